/*
 * lr_next(): the lines of a pipe, read through a buffer that starts as
 * small as one byte so that every way a line can straddle a refill, a
 * CR LF pair included, is tried.  The lines must be exactly those of an
 * independent splitter, numbered from 1.
 */
#include <unistd.h>

#include "fuzz.h"

static struct fz_lines want;

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct lineread lr;
	struct text t;
	const char *path;
	size_t n = 0;
	int fd, got;

	if (size < 1)
		return 0;
	fd = fz_pipe(data + 1, size - 1, &path);
	fz_split_lines((const char *)data + 1, size - 1, &want);
	lr_init(&lr, fd);
	/* a tiny first buffer; lr_next() grows it as it must */
	lr.cap = 1 + data[0] % 16;
	lr.buf = emalloc(lr.cap);
	while ((got = lr_next(&lr, &t)) > 0) {
		FZ_CHECK(n < want.n, "more than %zu lines", want.n);
		FZ_CHECK(fz_memeq(t.s, t.len, want.v[n].s, want.v[n].len),
		    "line %zu differs", n + 1);
		n++;
		FZ_CHECK(lr.lineno == n, "line %zu is numbered %zu", n, lr.lineno);
	}
	FZ_CHECK(got == 0, "lr_next failed");
	FZ_CHECK(n == want.n, "%zu lines, not %zu", n, want.n);
	FZ_CHECK(lr_next(&lr, &t) == 0, "a line after the end");
	lr_free(&lr);
	close(fd);
	return 0;
}
