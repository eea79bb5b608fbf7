/*
 * The article reader.  A file or stream holds articles separated by lines
 * that hold a single form feed.  An article may start with a header
 * (title, timestamp, URL, empty line); without one (line 2 is neither a
 * timestamp nor a URL) all of it is body.  After the body of an article
 * with a header come trailer lines: labels followed by share markers.
 *
 * Body lines are handed out one at a time.  Lines that might belong to the
 * trailer (short labels, share markers, blank lines) wait in a small queue
 * until a content line or the article's end decides what they are, so
 * memory stays bounded by the longest line.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

/* Header lines that turned out to be body wait here, at most three. */
enum { PENDING_MAX = 3 };

struct slot {
	char *s;
	size_t len, cap;
	size_t lineno;
	int kind;
};

enum rstate {
	BEFORE,     /* no article started yet */
	BODY,       /* inside a body */
	ENDED,      /* body over, at a separator: another article follows */
	FINISHED    /* end of input */
};

struct reader {
	struct lineread lr;
	char *file;
	int state;
	int err;
	int errsaid;
	int whole;              /* no trailer: every line is body */
	struct article art;

	struct slot hdr[4];     /* copies of the raw header lines */
	size_t pending[PENDING_MAX]; /* header slots to read as body, in order */
	size_t npending, pendnext;

	/* the run of trailer candidates at the end of the body so far */
	struct tailrun run;
	struct slot cand[TRAILER_RUN_MAX];
	size_t deliver, delivered;   /* cand[delivered..deliver) are body */
	int renew;              /* once they are out, the run starts anew */
	int held;               /* a line waits behind the candidates */
	struct artline heldline;

	struct artline trailer[TRAILER_RUN_MAX];
	char *name;
	size_t namecap;
};

static void
slot_set(struct slot *sl, struct text t, size_t lineno, int kind)
{
	if (sl->cap < t.len + 1) {
		sl->cap = t.len + 1 < 128 ? 128 : t.len + 1;
		sl->s = erealloc(sl->s, sl->cap);
	}
	memcpy(sl->s, t.s, t.len);
	sl->s[t.len] = '\0';
	sl->len = t.len;
	sl->lineno = lineno;
	sl->kind = kind;
}

struct reader *
reader_open(const char *path)
{
	struct reader *r;
	int fd;

	if ((fd = open_operand(path)) < 0)
		return NULL;
	r = emalloc(sizeof *r);
	memset(r, 0, sizeof *r);
	lr_init(&r->lr, fd);
	r->file = estrndup(path, strlen(path));
	r->state = BEFORE;
	return r;
}

void
reader_whole(struct reader *r)
{
	r->whole = 1;
}

void
reader_close(struct reader *r)
{
	size_t i;

	if (r == NULL)
		return;
	if (r->lr.fd > 0)
		close(r->lr.fd);
	lr_free(&r->lr);
	for (i = 0; i < TRAILER_RUN_MAX; i++)
		free(r->cand[i].s);
	for (i = 0; i < 4; i++)
		free(r->hdr[i].s);
	free(r->file);
	free(r->name);
	free(r);
}

void
reader_tap(struct reader *r, void (*fn)(const char *s, size_t n, void *arg),
    void *arg)
{
	lr_tap(&r->lr, fn, arg);
}

int
reader_error(const struct reader *r)
{
	return r->err;
}

int
is_separator_line(const char *s, size_t n)
{
	if (n == 0 || s[0] != '\f')
		return 0;
	return n == 1 || (n == 2 && (s[1] == '\n' || s[1] == '\r')) ||
	    (n == 3 && s[1] == '\r' && s[2] == '\n');
}

static int
is_separator(struct text t)
{
	return is_separator_line(t.s, t.len);
}

/* The next raw line: 1 a line, 0 end of input, -1 read error. */
static int
raw_line(struct reader *r, struct text *t)
{
	int n = lr_next(&r->lr, t);

	if (n < 0) {
		r->err = r->lr.err;
		errno = r->err;
	}
	return n;
}

static void
strip_bom(struct text *t)
{
	if (t->len >= 3 && memcmp(t->s, "\xEF\xBB\xBF", 3) == 0) {
		t->s += 3;
		t->len -= 3;
	}
}

static struct text
keep_header_line(struct reader *r, int i, struct text t)
{
	struct text k;

	slot_set(&r->hdr[i], t, r->lr.lineno, 0);
	k.s = r->hdr[i].s;
	k.len = t.len;
	r->art.header[i] = k;
	r->art.nheader = (size_t)i + 1;
	return k;
}

static void
problem(struct article *a, int bit, size_t line)
{
	int i;

	a->problems |= bit;
	for (i = 0; i < 3; i++)
		if (bit == 1 << i)
			a->problem_line[i] = line;
}

/* End of the body at a separator (sep), at the end of input or at an
 * error: the trailer policy takes its part of the waiting candidates. */
static void
end_body(struct reader *r, int sep)
{
	struct article *a = &r->art;
	size_t i, start;

	r->state = sep ? ENDED : FINISHED;
	a->more = sep;
	if (sep) {
		/* a separator at the very end of the input starts nothing */
		struct text t;
		int n = raw_line(r, &t);

		if (n <= 0) {
			r->state = FINISHED;
			a->more = 0;
		} else {
			/* give the line back: the reader keeps it at the front */
			r->lr.pos = (size_t)(t.s - r->lr.buf);
			r->lr.lineno--;
			r->lr.skiplf = 0;
		}
	}
	start = tailrun_start(&r->run);
	a->ntrailer = 0;
	for (i = start; i < r->run.n; i++) {
		a->trailer[a->ntrailer].t.s = r->cand[i].s;
		a->trailer[a->ntrailer].t.len = r->cand[i].len;
		a->trailer[a->ntrailer].lineno = r->cand[i].lineno;
		a->trailer[a->ntrailer].kind = r->cand[i].kind;
		a->ntrailer++;
	}
	r->deliver = start;
}

/* The next line of the body as read: header lines that turned out to be
 * body first. */
static int
next_body_line(struct reader *r, struct artline *line)
{
	struct slot *sl;
	int n;

	if (r->pendnext < r->npending) {
		sl = &r->hdr[r->pending[r->pendnext++]];
		line->t.s = sl->s;
		line->t.len = sl->len;
		line->lineno = sl->lineno;
		line->kind = 0;
		return 1;
	}
	if ((n = raw_line(r, &line->t)) <= 0)
		return n;
	line->lineno = r->lr.lineno;
	line->kind = 0;
	return is_separator(line->t) ? 2 : 1;
}

int
reader_line(struct reader *r, struct artline *line)
{
	struct slot *c;
	size_t held;
	int n, kind;

	for (;;) {
		if (r->delivered < r->deliver) {
			c = &r->cand[r->delivered++];
			line->t.s = c->s;
			line->t.len = c->len;
			line->lineno = c->lineno;
			line->kind = 0;
			return 1;
		}
		if (r->held) {
			r->held = 0;
			*line = r->heldline;
			return 1;
		}
		if (r->state != BODY && r->pendnext == r->npending) {
			/* report a read error once, after the lines before it */
			if (r->err != 0 && !r->errsaid) {
				r->errsaid = 1;
				errno = r->err;
				return -1;
			}
			return 0;
		}
		r->delivered = r->deliver = 0;
		if (r->renew) {
			r->renew = 0;
			tailrun_reset(&r->run);
		}
		n = next_body_line(r, line);
		if (n <= 0 || n == 2) {
			end_body(r, n == 2);
			continue;
		}
		if (!r->art.has_header || r->whole || is_blank(line->t.s, line->t.len))
			return 1;
		kind = trailer_candidate(line->t.s, line->t.len);
		if (kind == 0) {
			/* a content line: what waited before it is body, and
			 * goes out first; with none, the line goes now */
			r->renew = 1;
			if (r->run.n == 0)
				return 1;
			r->deliver = r->run.n;
			r->held = 1;
			r->heldline = *line;
			continue;
		}
		held = r->run.n;
		if (tailrun_add(&r->run, kind, line->t.s, line->t.len)) {
			slot_set(&r->cand[held], line->t, line->lineno, kind);
			continue;
		}
		/* too long a run for a trailer: it is all body, the rest too */
		if (held == 0)
			return 1;
		r->deliver = held;
		r->held = 1;
		r->heldline = *line;
	}
}
/* Header lines 0 .. n-1 are body after all. */
static void
header_is_body(struct reader *r, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		r->pending[i] = i;
	r->npending = n;
	r->art.nheader = 0;
}

/* Read the header of a new article: line 2 a timestamp, or line 2 a URL
 * and line 3 empty (artkit(5)).  Lines that turn out to be body are
 * handed out from their copies. */
static void
read_header(struct reader *r)
{
	struct article *a = &r->art;
	struct text t, v;
	size_t line0 = r->lr.lineno + 1;
	int n, i;

	for (i = 0; i < 2; i++) {
		if ((n = raw_line(r, &t)) <= 0 || is_separator(t)) {
			header_is_body(r, (size_t)i);
			end_body(r, n > 0);
			return;
		}
		if (i == 0)
			strip_bom(&t);
		keep_header_line(r, i, t);
	}
	v = trim(a->header[1]);
	if (ts_looks_like(v.s, v.len)) {
		a->date = v;
		a->date_line = line0 + 1;
		a->ts_ok = ts_parse(v.s, v.len, &a->ts) == 0;
		if (!a->ts_ok)
			problem(a, HDR_BAD_TIMESTAMP, line0 + 1);
		if ((n = raw_line(r, &t)) <= 0 || is_separator(t)) {
			problem(a, HDR_NO_URL, line0 + 2);
			a->has_header = 1;
			end_body(r, n > 0);
			goto title;
		}
		v = trim(t);
		if (url_looks_like(v.s, v.len)) {
			keep_header_line(r, 2, t);
			a->url = trim(a->header[2]);
			a->url_line = line0 + 2;
		} else {
			problem(a, HDR_NO_URL, line0 + 2);
			keep_header_line(r, 2, t);
			if (!is_blank(t.s, t.len)) {
				/* the first body line */
				r->pending[0] = 2;
				r->npending = 1;
				a->nheader = 2;
			}
			a->has_header = 1;
			goto title;
		}
	} else if (url_looks_like(v.s, v.len)) {
		if ((n = raw_line(r, &t)) <= 0 || is_separator(t) ||
		    !is_blank(t.s, t.len)) {
			if (n > 0 && !is_separator(t)) {
				keep_header_line(r, 2, t);
				header_is_body(r, 3);
			} else {
				header_is_body(r, 2);
				end_body(r, n > 0);
			}
			return;
		}
		keep_header_line(r, 2, t);
		problem(a, HDR_NO_TIMESTAMP, line0 + 1);
		a->url = v;
		a->url_line = line0 + 1;
		a->has_header = 1;
		goto title;
	} else {
		header_is_body(r, 2);
		return;
	}
	/* the empty line that closes the header */
	a->has_header = 1;
	if ((n = raw_line(r, &t)) <= 0 || is_separator(t))
		end_body(r, n > 0);
	else {
		keep_header_line(r, (int)a->nheader, t);
		if (!is_blank(t.s, t.len)) {
			r->pending[0] = a->nheader - 1;
			r->npending = 1;
			a->nheader--;
		}
	}
title:
	a->title = a->header[0];
	a->title_line = line0;
}

int
reader_article(struct reader *r, struct article **ap)
{
	struct artline skip;
	struct article *a = &r->art;
	size_t index = a->index;
	int n;

	if (r->state == BODY || r->delivered < r->deliver || r->held)
		while ((n = reader_line(r, &skip)) > 0)
			;
	if (r->state == FINISHED)
		return 0;
	memset(a, 0, sizeof *a);
	a->file = r->file;
	a->line0 = r->lr.lineno + 1;
	a->reader = r;
	a->index = index + 1;
	a->trailer = r->trailer;
	r->npending = r->pendnext = 0;
	r->deliver = r->delivered = 0;
	r->renew = r->held = 0;
	tailrun_reset(&r->run);
	r->state = BODY;
	read_header(r);
	if (r->err != 0 && a->index == 1 && r->npending == 0 && a->nheader == 0) {
		/* nothing could be read at all, as from a directory */
		r->errsaid = 1;
		errno = r->err;
		return -1;
	}
	*ap = a;
	return 1;
}

const char *
article_name(const struct article *a)
{
	struct reader *r = a->reader;
	size_t len;

	if (a->index <= 1 && !a->more)
		return a->file;
	len = strlen(a->file);
	if (r->namecap < len + 22) {       /* '#', 20 digits, NUL */
		r->namecap = len + 22;
		r->name = erealloc(r->name, r->namecap);
	}
	/* by hand: snprintf() would cost more than counting the article */
	memcpy(r->name, a->file, len);
	r->name[len++] = '#';
	len += fmt_uint(r->name + len, a->index);
	r->name[len] = '\0';
	return r->name;
}

int
reader_range(struct reader *r, off_t off, off_t len)
{
	if (off > 0 && lseek(r->lr.fd, off, SEEK_SET) < 0)
		return -1;
	if (len >= 0)
		lr_limit(&r->lr, (size_t)len);
	return 0;
}

/* How read_all() reads: the bytes from off on (len of them when len is
 * not negative), whole articles or not, with a tap or none. */
struct reading {
	off_t off, len;
	int whole;
	void (*tap)(const char *s, size_t n, void *arg);
	void *taparg;
};

static int
read_all(const char *file, const struct article_handler *h, void *arg,
    const struct reading *how)
{
	struct reader *r;
	struct article *a;
	struct artline line;
	int n, ret = 0;

	if ((r = reader_open(file)) == NULL) {
		warnsys(file);
		return 1;
	}
	if (reader_range(r, how->off, how->len) < 0) {
		warnsys(file);
		reader_close(r);
		return 1;
	}
	if (how->whole)
		reader_whole(r);
	reader_tap(r, how->tap, how->taparg);
	while ((n = reader_article(r, &a)) > 0) {
		if (h->begin != NULL)
			h->begin(a, arg);
		while ((n = reader_line(r, &line)) > 0)
			if (h->line != NULL)
				h->line(a, &line, arg);
		if (n < 0) {
			warnsys(file);
			ret = 1;
		}
		if (h->end != NULL)
			ret |= h->end(a, arg);
	}
	if (n < 0) {
		warnsys(file);
		ret = 1;
	}
	reader_close(r);
	return ret;
}

int
read_articles(const char *file, const struct article_handler *h, void *arg)
{
	struct reading how = { 0, -1, 0, NULL, NULL };

	return read_all(file, h, arg, &how);
}

int
read_articles_range(const char *file, off_t off, off_t len,
    const struct article_handler *h, void *arg)
{
	struct reading how = { 0, -1, 0, NULL, NULL };

	how.off = off;
	how.len = len;
	return read_all(file, h, arg, &how);
}

int
read_whole_articles(const char *file, const struct article_handler *h, void *arg)
{
	struct reading how = { 0, -1, 1, NULL, NULL };

	return read_all(file, h, arg, &how);
}

int
read_articles_tap(const char *file, const struct article_handler *h, void *arg,
    void (*tap)(const char *s, size_t n, void *arg), void *taparg)
{
	struct reading how = { 0, -1, 0, NULL, NULL };

	how.tap = tap;
	how.taparg = taparg;
	return read_all(file, h, arg, &how);
}
