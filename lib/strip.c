/*
 * artstrip's whole decision: each body line cleaned, then removed by the
 * built-in rules, the user's (-f) or corpus counts (-r), or kept; the
 * kept lines at the end of a body judged by the trailer policy as they
 * will read back; the removed ones listed (-v) in input order.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

/* Removed lines wait for the -v listing behind trailer candidates, in
 * input order, while they take no more than this; past it they are
 * listed at once. */
enum { AUDIT_HOLD_BYTES = 4 << 20 };

/* Short lines come back article after article (section labels, share
 * markers, "Lees ook:"), and the built-in rules look at a line alone: a
 * short line that cleaning leaves as it is keeps its verdict here, in a
 * slot chosen by its bytes, until another line takes the slot. */
enum { MEMO_SLOTS = 512, MEMO_LINE = 64 };

struct memo {
	char s[MEMO_LINE + 1];           /* the line, NUL-terminated */
	size_t len;                      /* 0: a free slot */
	enum bp_reason why;              /* bp_inline() */
	int ahead, headline;             /* bp_points_ahead(), bp_headline();
	                                  * -1 until asked */
	int kind;                        /* trailer_candidate() */
};

/* A line that waits at the end of a body: a kept line that may still turn
 * out to be part of the trailer (kind != 0), or with -v a removed line
 * waiting for its turn in the listing (kind 0). */
struct held {
	char *raw, *clean;
	size_t rawlen, cleanlen, rawcap, cleancap;
	size_t lineno;
	int kind;
	enum bp_reason why;
};

struct strip {
	struct stripopts o;
	struct bpcount *counts;          /* with -r */
	const char *file;
	int follow;                      /* a bare pointer was just removed */
	unsigned long narticles;         /* counted for -r */
	struct artwriter out;
	struct numbered numbered;        /* -n */
	const struct article *art;       /* the article being read */
	struct tailrun run;
	struct held *hold;
	size_t nhold, holdcap, heldbytes;
	struct bpnorm norm;              /* the cleaned line */
	struct nfc title;
	struct memo *memo;               /* MEMO_SLOTS of them, when first used */
};

static void
copy(char **dst, size_t *cap, size_t *len, struct text t)
{
	if (*cap < t.len + 1) {
		*cap = t.len + 1 < 64 ? 64 : t.len + 1;
		*dst = erealloc(*dst, *cap);
	}
	memcpy(*dst, t.s, t.len);
	(*dst)[t.len] = '\0';
	*len = t.len;
}

static void
report(struct strip *st, size_t lineno, enum bp_reason why, struct text raw)
{
	tsv_field(st->file, strlen(st->file));
	out_char(':');
	out_uint(lineno, 0);
	out_char(':');
	out_str(bp_reason_name(why));
	out_char(':');
	out_write(raw.s, raw.len);
	out_char('\n');
}

/* kind: trailer_candidate() of t, 0 without a header; unbroken: t is
 * known to hold no line break */
static void
emit(struct strip *st, struct text t, int kind, int unbroken)
{
	if (st->o.vflag)
		return;
	if (st->o.nflag)
		numbered_line(&st->numbered, st->art, t.s, t.len);
	else
		aw_line_known(&st->out, t, kind, unbroken);
}

static struct held *
hold_push(struct strip *st)
{
	if (st->nhold == st->holdcap) {
		st->holdcap = st->holdcap ? 2 * st->holdcap : 32;
		st->hold = ereallocarray(st->hold, st->holdcap, sizeof st->hold[0]);
		memset(st->hold + st->nhold, 0, (st->holdcap - st->nhold) * sizeof st->hold[0]);
	}
	return &st->hold[st->nhold++];
}

/* Let every held line go: candidates from start on are the trailer, the
 * ones before are body; removed lines are listed. */
static void
release(struct strip *st, size_t start)
{
	size_t i, k = 0;

	for (i = 0; i < st->nhold; i++) {
		struct held *h = &st->hold[i];
		struct text raw = { h->raw, h->rawlen };

		if (h->kind == 0)
			report(st, h->lineno, h->why, raw);
		else if (k++ >= start) {
			if (st->o.vflag)
				report(st, h->lineno, h->kind == TRAILER_SHARE ? BP_SHARE : BP_TRAILER, raw);
		} else
			emit(st, (struct text){ h->clean, h->cleanlen }, h->kind, 0);
	}
	st->nhold = st->heldbytes = 0;
}

static void
removed(struct strip *st, size_t lineno, enum bp_reason why, struct text raw)
{
	struct held *h;

	if (!st->o.vflag)
		return;
	if (st->run.n == 0 || st->heldbytes + raw.len > AUDIT_HOLD_BYTES) {
		report(st, lineno, why, raw);
		return;
	}
	h = hold_push(st);
	copy(&h->raw, &h->rawcap, &h->rawlen, raw);
	h->lineno = lineno;
	h->kind = 0;
	h->why = why;
	st->heldbytes += raw.len + sizeof *h;
}

/* kind and unbroken: as for emit() */
static void
kept(struct strip *st, size_t lineno, struct text raw, struct text c, int kind,
    int unbroken)
{
	struct held *h;

	if (kind == 0) {
		release(st, SIZE_MAX);
		tailrun_reset(&st->run);
		emit(st, c, kind, unbroken);
	} else if (!tailrun_add(&st->run, kind, c.s, c.len)) {
		release(st, SIZE_MAX);  /* too long a run for a trailer */
		emit(st, c, kind, unbroken);
	} else {
		h = hold_push(st);
		copy(&h->raw, &h->rawcap, &h->rawlen, raw);
		copy(&h->clean, &h->cleancap, &h->cleanlen, c);
		h->lineno = lineno;
		h->kind = kind;
	}
}

/* raw with its white space, character references and composition
 * normalised, in a buffer reused per line */
static struct text
clean(struct strip *st, struct text raw)
{
	return bp_normalize(&st->norm, raw.s, raw.len);
}

/* The slot of the short line t. */
static struct memo *
memo_slot(struct strip *st, struct text t)
{
	if (st->memo == NULL) {
		st->memo = ereallocarray(NULL, MEMO_SLOTS, sizeof st->memo[0]);
		memset(st->memo, 0, MEMO_SLOTS * sizeof st->memo[0]);
	}
	/* the hash's middle bits, which every byte it reads has mixed */
	return &st->memo[(strtable_hash(t.s, t.len) >> 20) % MEMO_SLOTS];
}

/* The verdict on raw, when it is in its slot. */
static struct memo *
memo_find(struct strip *st, struct text raw)
{
	struct memo *m;

	if (raw.len > MEMO_LINE)
		return NULL;
	m = memo_slot(st, raw);
	return m->len == raw.len && memcmp(m->s, raw.s, raw.len) == 0 ? m : NULL;
}

/* The rules' verdict on the cleaned line c, taken for raw; kept in
 * its slot, which is returned, when cleaning changed nothing. */
static struct memo *
judge(struct strip *st, enum bp_look look, struct text raw, struct text c,
    enum bp_reason *why, int *kind)
{
	struct memo *m;

	/* a clean line's first look is not taken again */
	*why = look == BP_LOOK_CLEAN ? bp_inline_rules(c) : bp_inline(c);
	*kind = trailer_candidate(c.s, c.len);
	if (raw.len > MEMO_LINE || c.len != raw.len || memcmp(c.s, raw.s, c.len) != 0)
		return NULL;
	m = memo_slot(st, c);
	memcpy(m->s, c.s, c.len);
	m->s[c.len] = '\0';
	m->len = c.len;
	m->why = *why;
	m->ahead = m->headline = -1;
	m->kind = *kind;
	return m;
}

/* f(c), or its answer kept in *known (-1: not yet) when known is not NULL. */
static int
asked(int *known, int (*f)(struct text), struct text c)
{
	if (known == NULL)
		return f(c);
	if (*known < 0)
		*known = f(c);
	return *known;
}

/* The line c after a bare pointer is the title it points at; one that
 * points ahead makes the next line such a title.  m: its slot, or NULL. */
static enum bp_reason
follow_pointer(struct strip *st, struct memo *m, struct text c, enum bp_reason why)
{
	if (why == BP_KEPT && st->follow && asked(m != NULL ? &m->headline : NULL, bp_headline, c))
		why = BP_READMORE;
	st->follow = why != BP_KEPT && asked(m != NULL ? &m->ahead : NULL, bp_points_ahead, c);
	return why;
}

static void
strip_line(struct article *a, struct artline *line, void *arg)
{
	struct strip *st = arg;
	struct text raw = line->t, c;
	enum bp_reason why = BP_KEPT;
	enum bp_look look;
	struct memo *m;
	int kind = -1;

	if (raw.len == 0)
		return;
	m = st->o.noinline ? NULL : memo_find(st, raw);
	look = m != NULL || st->o.noinline ? BP_LOOK_UNSURE : bp_prose_look(raw);
	if (look == BP_LOOK_KEPT) {
		/* most lines: clean as read, and prose no built-in rule takes
		 * (the -f rules need the line NUL-terminated) */
		c = st->o.rules != NULL ? clean(st, raw) : raw;
		st->follow = 0;
	} else if (m != NULL) {
		c = (struct text){ m->s, m->len };
		kind = m->kind;
		why = follow_pointer(st, m, c, m->why);
	} else if ((c = clean(st, raw)).len == 0)
		why = BP_BLANK;
	else if (!st->o.noinline) {
		m = judge(st, look, raw, c, &why, &kind);
		why = follow_pointer(st, m, c, why);
	}
	if (why == BP_KEPT && st->o.rules != NULL && bp_rules_match(st->o.rules, c))
		why = BP_USER;
	if (why == BP_KEPT && st->counts != NULL && bp_count_get(st->counts, c) >= st->o.rcount)
		why = BP_REPEATED;
	if (!a->has_header)
		kind = 0;
	else if (kind < 0)
		kind = trailer_candidate(c.s, c.len);
	if (why != BP_KEPT && kind == TRAILER_SHARE)
		tailrun_share(&st->run);
	if (why != BP_KEPT)
		removed(st, line->lineno, why, raw);
	else
		/* a line kept at first look holds no control byte */
		kept(st, line->lineno, raw, c, kind, look == BP_LOOK_KEPT);
}

static void
strip_begin(struct article *a, void *arg)
{
	struct strip *st = arg;
	struct text header[sizeof a->header / sizeof a->header[0]];

	st->art = a;
	st->follow = 0;
	st->nhold = st->heldbytes = 0;
	tailrun_reset(&st->run);
	if (st->o.vflag)
		return;
	if (st->o.nflag) {
		numbered_begin(&st->numbered, a);
		return;
	}
	aw_begin(&st->out);
	if (a->has_header && !st->o.bflag) {
		/* the header as read, but for the title composed to NFC */
		memcpy(header, a->header, a->nheader * sizeof header[0]);
		header[0] = nfc(&st->title, header[0].s, header[0].len);
		aw_header(&st->out, header, a->nheader);
	}
}

static int
strip_end(struct article *a, void *arg)
{
	struct strip *st = arg;

	release(st, tailrun_start(&st->run));
	if (st->o.vflag)
		return 0;
	if (st->o.nflag)
		return numbered_end(&st->numbered, a);
	aw_end(&st->out);
	return 0;
}

struct strip *
strip_new(const struct stripopts *o)
{
	struct strip *st = emalloc(sizeof *st);

	memset(st, 0, sizeof *st);
	st->o = *o;
	if (o->rcount > 0)
		st->counts = bp_count_new();
	return st;
}

void
strip_count(struct strip *st, const char *file)
{
	struct reader *r;
	struct article *a;
	struct artline line;

	if ((r = reader_open(file)) == NULL)
		return;     /* the second pass says why */
	while (reader_article(r, &a) > 0) {
		st->narticles++;
		while (reader_line(r, &line) > 0)
			bp_count_add(st->counts, clean(st, line.t), st->narticles);
	}
	reader_close(r);
}

int
strip_file(struct strip *st, const char *file)
{
	static const struct article_handler h = { strip_begin, strip_line, strip_end };

	st->file = file;
	return read_whole_articles(file, &h, st);
}

void
strip_free(struct strip *st)
{
	size_t i;

	if (st == NULL)
		return;
	if (!st->o.vflag && !st->o.nflag)
		aw_finish(&st->out);
	for (i = 0; i < st->holdcap; i++) {
		free(st->hold[i].raw);
		free(st->hold[i].clean);
	}
	free(st->hold);
	free(st->memo);
	bp_normalize_free(&st->norm);
	nfc_free(&st->title);
	bp_count_free(st->counts);
	free(st);
}
