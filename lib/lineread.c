/*
 * Lines of any length from a file descriptor, with one growing buffer per
 * reader: memory is bounded by the longest line, and there is no copy for
 * a line that fits in the buffer.
 */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

enum { LR_INITIAL = 1 << 16 };

void
lr_init(struct lineread *lr, int fd)
{
	memset(lr, 0, sizeof *lr);
	lr->fd = fd;
	lr->cr = NO_CR;
	lr->left = (size_t)-1;
}

void
lr_limit(struct lineread *lr, size_t n)
{
	lr->left = n;
}

void
lr_free(struct lineread *lr)
{
	free(lr->buf);
	lr->buf = NULL;
}

/* Read more input behind the unread part; 1 if any came, 0 at EOF, -1 error. */
static int
fill(struct lineread *lr)
{
	ssize_t n;

	if (lr->eof)
		return 0;
	if (lr->pos > 0) {
		memmove(lr->buf, lr->buf + lr->pos, lr->end - lr->pos);
		if (lr->cr != NO_CR)
			lr->cr = lr->cr >= lr->pos ? lr->cr - lr->pos : NO_CR;
		lr->crdone = lr->crdone > lr->pos ? lr->crdone - lr->pos : 0;
		lr->tapped = lr->tapped > lr->pos ? lr->tapped - lr->pos : 0;
		lr->end -= lr->pos;
		lr->pos = 0;
	}
	if (lr->end == lr->cap) {
		lr->cap = lr->cap ? lr->cap * 2 : LR_INITIAL;
		lr->buf = erealloc(lr->buf, lr->cap);
	}
	for (;;) {
		n = lr->left == 0 ? 0 : read(lr->fd, lr->buf + lr->end,
		    lr->cap - lr->end < lr->left ? lr->cap - lr->end : lr->left);
		if (n > 0) {
			lr->end += (size_t)n;
			lr->left -= (size_t)n;
			return 1;
		}
		if (n == 0) {
			lr->eof = 1;
			return 0;
		}
		if (errno != EINTR) {
			lr->err = errno;
			lr->eof = 1;
			return -1;
		}
	}
}

/* next_cr() when what is kept does not tell. */
static size_t
search_cr(struct lineread *lr, size_t lim)
{
	char *c;

	if (lr->cr != NO_CR && lr->cr < lr->pos)
		lr->cr = NO_CR;         /* taken by an earlier line */
	if (lr->crdone < lr->pos)
		lr->crdone = lr->pos;
	if (lr->cr == NO_CR && lr->crdone < lr->end) {
		c = memchr(lr->buf + lr->crdone, '\r', lr->end - lr->crdone);
		lr->cr = c ? (size_t)(c - lr->buf) : NO_CR;
		lr->crdone = c ? lr->cr + 1 : lr->end;
	}
	return lr->cr < lim ? lr->cr : lim;
}

/* The offset of the first CR at or after lr->pos and before lim, or lim.
 * The buffer is searched once, however many lines it holds: the place of
 * the next CR, or how far there is none, is kept. */
static inline size_t
next_cr(struct lineread *lr, size_t lim)
{
	/* most calls: the next CR is known, or none lies before lim */
	if (lr->cr == NO_CR ? lr->crdone > lim : lr->cr >= lr->pos)
		return lr->cr < lim ? lr->cr : lim;
	return search_cr(lr, lim);
}

void
lr_tap(struct lineread *lr, void (*fn)(const char *s, size_t n, void *arg),
    void *arg)
{
	lr->tap = fn;
	lr->taparg = arg;
}

/* Hand the raw bytes up to end to the tap, those not handed yet: a line
 * read again after a reader put it back is not seen twice. */
static void
tap_to(struct lineread *lr, size_t start, size_t end)
{
	if (lr->tap == NULL || end <= lr->tapped)
		return;
	if (start < lr->tapped)
		start = lr->tapped;
	lr->tap(lr->buf + start, end - start, lr->taparg);
	lr->tapped = end;
}

/* Hand out the line from lr->pos to the terminator at q, the raw bytes
 * going to the tap up to end. */
static inline void
hand_out(struct lineread *lr, struct text *line, const char *q, size_t end)
{
	tap_to(lr, lr->pos, end);
	line->s = lr->buf + lr->pos;
	line->len = (size_t)(q - line->s);
	lr->pos = (size_t)(q - lr->buf) + 1;
	lr->lineno++;
}

/* lr_next() for the other lines: a CR, a line that goes on past what was
 * read, the end of the input.  Kept out of lr_next(), whose common case
 * then saves no registers. */
#ifdef __GNUC__
__attribute__((noinline))
#endif
static int
next_slow(struct lineread *lr, struct text *line)
{
	size_t scan = 0, i, e;
	char *p, *q;
	int r;

	for (;;) {
		if (lr->skiplf && lr->pos < lr->end) {
			if (lr->buf[lr->pos] == '\n')
				lr->pos++;
			lr->skiplf = 0;
		}
		i = lr->end - lr->pos - scan;
		/* find the first LF or CR (buf is NULL before the first read) */
		q = NULL;
		if (i > 0) {
			p = lr->buf + lr->pos + scan;
			q = memchr(p, '\n', i);
			e = next_cr(lr, q ? (size_t)(q - lr->buf) : lr->end);
			if (e < lr->end)
				q = lr->buf + e;
		}
		if (q != NULL && *q == '\r' && lr->tap != NULL && !lr->eof &&
		    (size_t)(q - lr->buf) + 1 == lr->end) {
			/* the tap sees a CR LF whole: read on for the LF */
			scan = (size_t)(q - lr->buf) - lr->pos;
			if (fill(lr) < 0)
				return -1;
			continue;
		}
		if (q != NULL) {
			e = (size_t)(q - lr->buf) + 1;
			if (*q == '\r' && e < lr->end && lr->buf[e] == '\n')
				e++;
			hand_out(lr, line, q, e);
			if (*q == '\r')
				lr->skiplf = 1;
			return 1;
		}
		scan = lr->end - lr->pos;
		r = fill(lr);
		if (r < 0)
			return -1;
		if (r == 0) {
			if (lr->pos == lr->end)
				return 0;
			/* a last line without a line end */
			tap_to(lr, lr->pos, lr->end);
			line->s = lr->buf + lr->pos;
			line->len = lr->end - lr->pos;
			lr->pos = lr->end;
			lr->lineno++;
			return 1;
		}
		/* fill() moved the unread part to the front */
	}
}

int
lr_next(struct lineread *lr, struct text *line)
{
	char *q;

	/* most lines: an LF in the buffer, no CR before it, no LF to swallow */
	if (!lr->skiplf && lr->pos < lr->end &&
	    (q = memchr(lr->buf + lr->pos, '\n', lr->end - lr->pos)) != NULL &&
	    next_cr(lr, (size_t)(q - lr->buf)) == (size_t)(q - lr->buf)) {
		hand_out(lr, line, q, (size_t)(q - lr->buf) + 1);
		return 1;
	}
	return next_slow(lr, line);
}
