/*
 * reader_tap(): reading every article of the input hands the tap every
 * byte of it, once and in order, whatever its line ends, separators and
 * read-ahead, which is what artpick's copies rest on.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

struct copy {
	char *s;
	size_t n, cap;
};

static void
keep(const char *s, size_t n, void *arg)
{
	struct copy *c = arg;

	if (c->cap - c->n < n) {
		c->cap = 2 * (c->n + n);
		c->s = erealloc(c->s, c->cap);
	}
	memcpy(c->s + c->n, s, n);
	c->n += n;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct copy c = { NULL, 0, 0 };
	struct reader *r;
	struct article *a;
	struct artline line;
	const char *path;
	int fd;

	fd = fz_pipe(data, size, &path);
	if ((r = reader_open(path)) == NULL)
		fz_fail("cannot open the input");
	reader_tap(r, keep, &c);
	while (reader_article(r, &a) > 0)
		while (reader_line(r, &line) > 0)
			;
	reader_close(r);
	close(fd);
	FZ_CHECK(fz_memeq(c.s, c.n, data, size), "tapped %zu bytes of %zu, or others", c.n, size);
	free(c.s);
	return 0;
}
