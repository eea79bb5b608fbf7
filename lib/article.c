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
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

/* How many trailer candidates may wait; older ones are body for sure. */
enum { QUEUE_MAX = 16, TRAILER_LABELS_MAX = 6 };

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
	struct article art;

	/* lines waiting: body lines to hand out, or trailer candidates */
	struct slot queue[QUEUE_MAX + 4];
	size_t qhead, qlen;
	size_t deliver;         /* how many queued lines are body for sure */
	int held;               /* a content line waits in lr's buffer */
	struct artline heldline;

	struct slot hdr[4];     /* copies of the raw header lines */
	struct slot trail[QUEUE_MAX + 4];
	struct artline trailer[QUEUE_MAX + 4];
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

static struct slot *
queue_at(struct reader *r, size_t i)
{
	return &r->queue[(r->qhead + i) % (QUEUE_MAX + 4)];
}

static void
queue_push(struct reader *r, struct text t, size_t lineno, int kind)
{
	slot_set(queue_at(r, r->qlen), t, lineno, kind);
	r->qlen++;
}

/* Queue the copy of header line i as a body line: the slots trade their
 * buffers, so a long first line of plain text is not copied again. */
static void
queue_take_header(struct reader *r, int i, size_t lineno)
{
	struct slot *q = queue_at(r, r->qlen), tmp = *q;

	*q = r->hdr[i];
	q->len = r->art.header[i].len;
	q->lineno = lineno;
	q->kind = 0;
	r->hdr[i] = tmp;
	r->qlen++;
}

struct reader *
reader_open(const char *path)
{
	struct reader *r;
	int fd;

	if (strcmp(path, "-") == 0)
		fd = 0;
	else if ((fd = open(path, O_RDONLY)) < 0)
		return NULL;
	r = emalloc(sizeof *r);
	memset(r, 0, sizeof *r);
	lr_init(&r->lr, fd);
	r->file = estrndup(path, strlen(path));
	r->state = BEFORE;
	return r;
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
	for (i = 0; i < QUEUE_MAX + 4; i++) {
		free(r->queue[i].s);
		free(r->trail[i].s);
	}
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

static int
is_separator(struct text t)
{
	return t.len == 1 && t.s[0] == '\f';
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

/* End of the body at a separator (sep), at the end of input or at an error:
 * decide which of the queued lines form the trailer. */
static void
end_body(struct reader *r, int sep)
{
	struct article *a = &r->art;
	size_t i, start = r->qlen, known = r->qlen, labels;
	int share = 0;
	struct slot tmp, *q;

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
	if (a->has_header) {
		/* the longest run of candidates at the end */
		for (i = r->qlen; i > 0; i--) {
			q = queue_at(r, i - 1);
			if (q->kind == 0)
				break;
			if (q->kind == TRAILER_SHARE)
				share = 1;
			start = i - 1;
		}
		for (i = start, labels = 0; i < r->qlen; i++)
			labels += queue_at(r, i)->kind == TRAILER_LABEL;
		/* Real trailers hold a few labels; a longer run of short lines
		 * is a list in the body, and content is never given away. */
		if (!share || labels > TRAILER_LABELS_MAX) {
			/* only known labels and share markers count */
			for (i = r->qlen; i > start; i--) {
				q = queue_at(r, i - 1);
				if (q->kind == TRAILER_LABEL && !trailer_known_label(q->s, q->len))
					break;
				known = i - 1;
			}
			start = known;
		}
		/* blank lines before the trailer stay body */
		while (start < r->qlen && queue_at(r, start)->kind == -1)
			start++;
	}
	a->ntrailer = 0;
	for (i = start; i < r->qlen; i++) {
		q = queue_at(r, i);
		if (q->kind == -1)
			continue;
		tmp = r->trail[a->ntrailer];
		r->trail[a->ntrailer] = *q;
		*q = tmp;
		a->trailer[a->ntrailer].t.s = r->trail[a->ntrailer].s;
		a->trailer[a->ntrailer].t.len = r->trail[a->ntrailer].len;
		a->trailer[a->ntrailer].lineno = r->trail[a->ntrailer].lineno;
		a->trailer[a->ntrailer].kind = r->trail[a->ntrailer].kind;
		a->ntrailer++;
	}
	r->qlen = start;
	r->deliver = start;
}

int
reader_line(struct reader *r, struct artline *line)
{
	struct text t;
	struct slot *q;
	int n, kind;

	for (;;) {
		if (r->deliver > 0) {
			q = queue_at(r, 0);
			line->t.s = q->s;
			line->t.len = q->len;
			line->lineno = q->lineno;
			line->kind = 0;
			r->qhead = (r->qhead + 1) % (QUEUE_MAX + 4);
			r->qlen--;
			r->deliver--;
			return 1;
		}
		if (r->held) {
			r->held = 0;
			*line = r->heldline;
			return 1;
		}
		if (r->state != BODY) {
			/* report a read error once, after the lines before it */
			if (r->err != 0 && !r->errsaid) {
				r->errsaid = 1;
				errno = r->err;
				return -1;
			}
			return 0;
		}
		n = raw_line(r, &t);
		if (n <= 0 || is_separator(t)) {
			end_body(r, n > 0);
			continue;
		}
		if (!r->art.has_header) {
			line->t = t;
			line->lineno = r->lr.lineno;
			line->kind = 0;
			return 1;
		}
		kind = is_blank(t.s, t.len) ? -1 : trailer_candidate(t.s, t.len);
		if (kind != 0) {
			queue_push(r, t, r->lr.lineno, kind);
			if (r->qlen > QUEUE_MAX)
				r->deliver = 1;
			continue;
		}
		/* a content line: what waited before it is body */
		r->deliver = r->qlen;
		r->held = 1;
		r->heldline.t = t;
		r->heldline.lineno = r->lr.lineno;
		r->heldline.kind = 0;
	}
}

/* Read the header of a new article.  Lines that turn out to be body wait
 * in the queue. */
static void
read_header(struct reader *r)
{
	struct article *a = &r->art;
	struct text t[4], v;
	size_t line0;
	int n, i, got = 0;

	line0 = r->lr.lineno + 1;
	for (i = 0; i < 2; i++) {
		n = raw_line(r, &t[i]);
		if (n <= 0 || is_separator(t[i])) {
			/* one line or none: no header */
			for (int j = 0; j < got; j++)
				queue_take_header(r, j, line0 + (size_t)j);
			a->nheader = 0;
			r->deliver = r->qlen;
			end_body(r, n > 0);
			return;
		}
		if (i == 0)
			strip_bom(&t[0]);
		t[i] = keep_header_line(r, i, t[i]);
		got++;
		if (i == 0 && is_blank(t[0].s, t[0].len))
			break;
	}
	v = got == 2 ? trim(t[1]) : t[0];
	if (got < 2 || is_blank(t[0].s, t[0].len) ||
	    (!ts_looks_like(v.s, v.len) && !url_looks_like(v.s, v.len))) {
		for (i = 0; i < got; i++)
			queue_take_header(r, i, line0 + (size_t)i);
		a->nheader = 0;
		r->deliver = r->qlen;
		return;
	}
	a->has_header = 1;
	a->title = t[0];
	a->title_line = line0;
	if (ts_looks_like(v.s, v.len)) {
		a->date = v;
		a->date_line = line0 + 1;
		a->ts_ok = ts_parse(v.s, v.len, &a->ts) == 0;
		if (!a->ts_ok)
			problem(a, HDR_BAD_TIMESTAMP, line0 + 1);
		n = raw_line(r, &t[2]);
		if (n <= 0 || is_separator(t[2])) {
			problem(a, HDR_NO_URL, line0 + 2);
			end_body(r, n > 0);
			return;
		}
		v = trim(t[2]);
		if (url_looks_like(v.s, v.len)) {
			t[2] = keep_header_line(r, 2, t[2]);
			a->url = trim(t[2]);
			a->url_line = line0 + 2;
		} else {
			problem(a, HDR_NO_URL, line0 + 2);
			if (is_blank(t[2].s, t[2].len))
				keep_header_line(r, 2, t[2]);
			else {
				queue_push(r, t[2], line0 + 2, 0);
				r->deliver = r->qlen;
			}
			return;
		}
	} else {
		problem(a, HDR_NO_TIMESTAMP, line0 + 1);
		a->url = v;
		a->url_line = line0 + 1;
	}
	/* the empty line that closes the header */
	n = raw_line(r, &v);
	if (n <= 0 || is_separator(v)) {
		end_body(r, n > 0);
		return;
	}
	if (is_blank(v.s, v.len))
		keep_header_line(r, (int)a->nheader, v);
	else {
		queue_push(r, v, r->lr.lineno, 0);
		r->deliver = r->qlen;
	}
}

int
reader_article(struct reader *r, struct article **ap)
{
	struct artline skip;
	struct article *a = &r->art;
	size_t index = a->index;
	int n;

	if (r->state == BODY || r->deliver > 0 || r->held)
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
	r->qhead = r->qlen = r->deliver = 0;
	r->state = BODY;
	read_header(r);
	if (r->err != 0 && a->index == 1 && r->qlen == 0 && a->nheader == 0) {
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
read_articles(const char *file, const struct article_handler *h, void *arg)
{
	struct reader *r;
	struct article *a;
	struct artline line;
	int n, ret = 0;

	if ((r = reader_open(file)) == NULL) {
		warnsys(file);
		return 1;
	}
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
