/* Allocation that reports exhaustion and exits instead of returning NULL. */
#include <errno.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

void *
emalloc(size_t n)
{
	void *p = malloc(n ? n : 1);

	if (p == NULL)
		die("out of memory");
	return p;
}

void *
erealloc(void *p, size_t n)
{
	p = realloc(p, n ? n : 1);
	if (p == NULL)
		die("out of memory");
	return p;
}

void *
ereallocarray(void *p, size_t n, size_t size)
{
	if (size != 0 && n > SIZE_MAX / size)
		die("out of memory");
	return erealloc(p, n * size);
}

char *
estrndup(const char *s, size_t n)
{
	char *d = emalloc(n + 1);

	memcpy(d, s, n);
	d[n] = '\0';
	return d;
}
