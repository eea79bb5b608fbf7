/*
 * What artpick selects.  The raw bytes of each article come from the
 * reader's tap as they are read, and are held only until the tests
 * decide the article: a test the header settles decides at its start,
 * a body pattern at its first matching line, and the rest at its end.
 * Then the held bytes go out or away, and the rest of the article
 * follows them without being held.  A test of lang or sentences wants
 * the article's language: under -l auto the article begins only once
 * the hold of langsel_handler() has seen a bounded prefix of its text,
 * and its raw bytes wait until then.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"
#include "pick_priv.h"

/* Where the raw bytes of the article being read go. */
enum mode { HOLD, COPY, DROP };
enum { CUTS_MAX = 4 };   /* separators read ahead: the reader reads one line */

struct pick {
	struct pickopts o;
	unsigned want;               /* the counts the test needs */
	int detect;                  /* the test needs the language */
	struct pickout out;
	struct fieldvals fv;
	struct exprscratch sc;
	int mode;
	int verdict;                 /* EXPR_TRUE, EXPR_FALSE or EXPR_UNKNOWN */
	int body_match;              /* -e: a body line matched */
	char *held;                  /* raw bytes not yet copied or dropped */
	size_t len, cap;
	size_t cut[CUTS_MAX];        /* where separators stood in held */
	size_t ncut;
	unsigned long long nselected;
	int status;
};

struct pick *
pick_new(const struct pickopts *o)
{
	struct pick *pk = emalloc(sizeof *pk);

	memset(pk, 0, sizeof *pk);
	pk->o = *o;
	if (o->test != NULL) {
		pk->want = expr_counts(o->test);
		pk->detect = (expr_fields(o->test) &
		    (1ul << FIELD_LANG | 1ul << FIELD_SENTENCES)) != 0;
	}
	pk->out.template = o->template;
	pk->out.last_eol = 1;
	return pk;
}

static void
hold(struct pick *pk, const char *s, size_t n)
{
	if (pk->cap - pk->len < n) {
		pk->cap = pk->len + n > 2 * pk->cap ? pk->len + n : 2 * pk->cap;
		pk->held = erealloc(pk->held, pk->cap);
	}
	memcpy(pk->held + pk->len, s, n);
	pk->len += n;
}

static void
tap(const char *s, size_t n, void *arg)
{
	struct pick *pk = arg;

	if (is_separator_line(s, n)) {
		if (pk->ncut < CUTS_MAX)
			pk->cut[pk->ncut++] = pk->len;
		pk->mode = HOLD;     /* what follows is the next article's */
		return;
	}
	if (pk->mode == HOLD)
		hold(pk, s, n);
	else if (pk->mode == COPY)
		pickout_write(&pk->out, s, n);
}

/* The held bytes of the current article, all of them until a separator
 * has been read, then those before it. */
static size_t
article_bytes(const struct pick *pk)
{
	return pk->ncut > 0 ? pk->cut[0] : pk->len;
}

/* Forget the first n held bytes. */
static void
unhold(struct pick *pk, size_t n)
{
	size_t i;

	if (n == 0)
		return;          /* held may still be NULL */
	memmove(pk->held, pk->held + n, pk->len - n);
	pk->len -= n;
	for (i = 0; i < pk->ncut; i++)
		pk->cut[i] -= n;
}

/* Act on a verdict: once it is known, the held bytes go out or away and
 * the rest of the article follows them without being held. */
static void
settle(struct pick *pk, const struct article *a, int verdict)
{
	size_t n = article_bytes(pk);
	int copy = 0;

	pk->verdict = verdict;
	if (verdict == EXPR_UNKNOWN)
		return;
	if (verdict == EXPR_TRUE) {
		pk->nselected++;
		if (!pk->o.cflag && pickout_open(&pk->out, pk->nselected, a, &pk->fv) == 0)
			copy = 1;
		else if (!pk->o.cflag)
			pk->status = 1;
	}
	if (copy)
		pickout_write(&pk->out, pk->held, n);
	unhold(pk, n);
	if (pk->ncut == 0)
		pk->mode = copy ? COPY : DROP;
}

/* Both tests; -v turns a known answer round. */
static int
decide(struct pick *pk, int at_end)
{
	int t = pk->o.test ? expr_eval(pk->o.test, &pk->fv, at_end, &pk->sc) : EXPR_TRUE;
	int b = pk->o.npatterns == 0 || pk->body_match ? EXPR_TRUE :
	    at_end ? EXPR_FALSE : EXPR_UNKNOWN;
	int v;

	if (t == EXPR_FALSE || b == EXPR_FALSE)
		v = EXPR_FALSE;
	else if (t == EXPR_TRUE && b == EXPR_TRUE)
		v = EXPR_TRUE;
	else
		return EXPR_UNKNOWN;
	return pk->o.vflag ? !v : v;
}

static int
body_matches(struct pick *pk, struct text t)
{
	size_t i;

	for (i = 0; i < pk->o.npatterns; i++)
		if (ere_search(pk->o.patterns[i], t, &pk->sc.buf, &pk->sc.cap))
			return 1;
	return 0;
}

static void
begin_article(struct article *a, void *arg)
{
	struct pick *pk = arg;

	fv_begin(&pk->fv, a, pk->want, langsel_rules(pk->o.langs));
	pk->body_match = 0;
	settle(pk, a, decide(pk, 0));
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	struct pick *pk = arg;

	if (pk->want != 0)
		fv_line(&pk->fv, line->t);
	if (pk->o.npatterns > 0 && !pk->body_match && body_matches(pk, line->t)) {
		pk->body_match = 1;
		if (pk->verdict == EXPR_UNKNOWN)
			settle(pk, a, decide(pk, 0));
	}
}

static int
end_article(struct article *a, void *arg)
{
	struct pick *pk = arg;
	size_t i;

	if (pk->verdict == EXPR_UNKNOWN)
		settle(pk, a, decide(pk, 1));
	pk->status |= pickout_close(&pk->out);
	if (pk->ncut > 0) {
		for (i = 1; i < pk->ncut; i++)
			pk->cut[i - 1] = pk->cut[i];
		pk->ncut--;
	}
	pk->mode = HOLD;
	return 0;
}

int
pick_file(const char *file, void *pick)
{
	static const struct article_handler picking = { begin_article, body_line, end_article };
	const struct article_handler *h = &picking;
	struct pick *pk = pick;
	void *arg = pk;

	pk->len = pk->ncut = 0;
	pk->mode = HOLD;
	if (pk->detect)
		langsel_handler(pk->o.langs, &h, &arg);
	return read_articles_tap(file, h, arg, pk->o.cflag ? NULL : tap, pk);
}

int
pick_end(struct pick *pk)
{
	int status = pk->status;

	if (pk->o.cflag)
		out_printf("%llu\n", pk->nselected);
	else
		pickout_finish(&pk->out, pk->nselected);
	free(pk->held);
	free(pk->sc.buf);
	free(pk->sc.buf2);
	free(pk);
	return status;
}
