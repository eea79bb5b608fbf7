/*
 * A fixed open-addressing table of the program's own strings, for the
 * abbreviation lists and the rules' word lists.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

void
strtable_build(struct strtable *t, size_t n,
    const char *(*key)(const void *, size_t, size_t *), const void *arg)
{
	size_t size = 16, i, k, len;
	const char *s;

	while (size < 2 * n)
		size *= 2;
	free(t->slot);
	t->slot = ereallocarray(NULL, size, sizeof t->slot[0]);
	memset(t->slot, 0, size * sizeof t->slot[0]);
	t->mask = size - 1;
	t->maxlen = 0;
	for (i = 0; i < n; i++) {
		s = key(arg, i, &len);
		for (k = strtable_hash(s, len) & t->mask; t->slot[k] != 0; k = (k + 1) & t->mask)
			;
		t->slot[k] = (unsigned)(i + 1);
		if (len > t->maxlen)
			t->maxlen = len;
	}
}

void
strtable_free(struct strtable *t)
{
	free(t->slot);
	t->slot = NULL;
}
