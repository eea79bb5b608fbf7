/*
 * User rules (artstrip -f): fixed lines, looked up in a sorted table, and
 * /ERE/ patterns, checked and compiled by ere_new().  A pattern is
 * tried only on lines of at most BP_PATTERN_MAXLINE bytes, so that a
 * file of many patterns costs little on a long paragraph.
 */
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

struct bprules {
	struct text *fixed;     /* cleaned, sorted before the first match */
	size_t nfixed, capfixed;
	int sorted;
	struct ere **re;
	size_t nre, capre;
	struct bpnorm norm;     /* a fixed rule, cleaned as lines are */
};

struct bprules *
bp_rules_new(void)
{
	struct bprules *r = emalloc(sizeof *r);

	memset(r, 0, sizeof *r);
	return r;
}

void
bp_rules_free(struct bprules *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nfixed; i++)
		free((char *)r->fixed[i].s);
	for (i = 0; i < r->nre; i++)
		ere_free(r->re[i]);
	free(r->fixed);
	free(r->re);
	bp_normalize_free(&r->norm);
	free(r);
}

static int
textcmp(const void *a, const void *b)
{
	const struct text *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, n);

	if (c != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}


static int
refuse(const char *path, size_t lineno, const char *why)
{
	warnmsg("%s:%zu: %s", displayname(path), lineno, why);
	return -1;
}

/* One line of a rules file: 0 done, -1 a bad pattern (reported). */
static int
add_rule(struct bprules *r, const char *path, size_t lineno, struct text t)
{
	char *pat, msg[256];
	int flags = 0;
	size_t n;

	t = trim(t);
	if (t.len == 0 || t.s[0] == '#')
		return 0;
	if (t.len >= 2 && t.s[0] == '/' && (t.s[t.len - 1] == '/' ||
	    (t.len >= 3 && t.s[t.len - 1] == 'i' && t.s[t.len - 2] == '/'))) {
		n = t.len - 2;
		if (t.s[t.len - 1] == 'i') {
			flags |= REG_ICASE;
			n--;
		}
		if (n == 0)
			return refuse(path, lineno, "empty pattern");
		if (r->nre == r->capre) {
			r->capre = r->capre ? r->capre * 2 : 8;
			r->re = ereallocarray(r->re, r->capre, sizeof r->re[0]);
		}
		if ((r->re[r->nre] = ere_new(t.s + 1, n, flags, msg, sizeof msg)) == NULL)
			return refuse(path, lineno, msg);
		r->nre++;
		return 0;
	}
	t = bp_normalize(&r->norm, t.s, t.len);
	n = t.len;
	pat = estrndup(t.s, n);
	if (r->nfixed == r->capfixed) {
		r->capfixed = r->capfixed ? r->capfixed * 2 : 16;
		r->fixed = ereallocarray(r->fixed, r->capfixed, sizeof r->fixed[0]);
	}
	r->fixed[r->nfixed].s = pat;
	r->fixed[r->nfixed].len = n;
	r->nfixed++;
	r->sorted = 0;
	return 0;
}

struct loading {
	struct bprules *r;
	const char *path;
};

static int
load_line(struct text t, size_t lineno, void *arg)
{
	struct loading *l = arg;

	return add_rule(l->r, l->path, lineno, t) < 0;
}

int
bp_rules_load(struct bprules *r, const char *path)
{
	struct loading l = { r, path };
	int ret = each_line(path, load_line, &l) != 0 ? -1 : 0;

	if (r->nfixed > 0 && !r->sorted) {
		qsort(r->fixed, r->nfixed, sizeof r->fixed[0], textcmp);
		r->sorted = 1;
	}
	return ret;
}

int
bp_rules_match(const struct bprules *r, struct text t)
{
	size_t i;

	if (r == NULL)
		return 0;
	if (r->nfixed > 0 && bsearch(&t, r->fixed, r->nfixed, sizeof r->fixed[0], textcmp))
		return 1;
	if (t.len > BP_PATTERN_MAXLINE)
		return 0;
	for (i = 0; i < r->nre; i++)
		if (ere_exec(r->re[i], t.s, t.len))
			return 1;
	return 0;
}
