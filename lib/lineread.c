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
	lr->lf.at = lr->cr.at = LR_NONE;
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

/* The unread part moved n bytes to the front of the buffer. */
static void
moved(struct lrfound *f, size_t n)
{
	if (f->at != LR_NONE)
		f->at = f->at >= n ? f->at - n : LR_NONE;
	f->done = f->done > n ? f->done - n : 0;
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
		moved(&lr->lf, lr->pos);
		moved(&lr->cr, lr->pos);
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

/* What a search for a byte found: p, or none up to the end. */
static inline void
found(const struct lineread *lr, struct lrfound *f, const char *p)
{
	f->at = p ? (size_t)(p - lr->buf) : LR_NONE;
	f->done = p ? f->at + 1 : lr->end;
}

/* next_byte() when what is kept does not tell. */
static size_t
search_byte(struct lineread *lr, struct lrfound *f, int c, size_t lim)
{
	char *p;

	if (f->at != LR_NONE && f->at < lr->pos)
		f->at = LR_NONE;          /* taken by an earlier line */
	if (f->done < lr->pos)
		f->done = lr->pos;
	if (f->at == LR_NONE && f->done < lr->end) {
		p = memchr(lr->buf + f->done, c, lr->end - f->done);
		found(lr, f, p);
	}
	return f->at < lim ? f->at : lim;
}

/* The offset of the first byte c (LF or CR, kept in f) at or after
 * lr->pos and before lim, or lim.  The buffer is searched for each once,
 * however many lines it holds: where the next one lies, or how far there
 * is none, is kept.  Searching again from each line's start would take
 * time with the square of the lines between two LFs, lines that end in
 * a lone CR. */
static inline size_t
next_byte(struct lineread *lr, struct lrfound *f, int c, size_t lim)
{
	/* most calls: the next one is known, or none lies before lim */
	if (f->at == LR_NONE ? f->done > lim : f->at >= lr->pos)
		return f->at < lim ? f->at : lim;
	return search_byte(lr, f, c, lim);
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
	size_t e;
	char *q;
	int r;

	for (;;) {
		if (lr->skiplf && lr->pos < lr->end) {
			if (lr->buf[lr->pos] == '\n')
				lr->pos++;
			lr->skiplf = 0;
		}
		/* find the first LF or CR (buf is NULL before the first read) */
		q = NULL;
		if (lr->pos < lr->end) {
			e = next_byte(lr, &lr->lf, '\n', lr->end);
			e = next_byte(lr, &lr->cr, '\r', e);
			if (e < lr->end)
				q = lr->buf + e;
		}
		if (q != NULL && *q == '\r' && lr->tap != NULL && !lr->eof &&
		    (size_t)(q - lr->buf) + 1 == lr->end) {
			/* the tap sees a CR LF whole: read on for the LF */
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

	/* most lines: nothing known past the last line's LF, an LF in the
	 * buffer, no CR before it, no LF to swallow */
	if (!lr->skiplf && lr->lf.done <= lr->pos && lr->pos < lr->end) {
		q = memchr(lr->buf + lr->pos, '\n', lr->end - lr->pos);
		found(lr, &lr->lf, q);
		if (q != NULL && next_byte(lr, &lr->cr, '\r', lr->lf.at) == lr->lf.at) {
			hand_out(lr, line, q, lr->lf.done);
			return 1;
		}
	}
	return next_slow(lr, line);
}
