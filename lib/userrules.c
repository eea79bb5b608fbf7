/*
 * User rules (artstrip -f): fixed lines, looked up in a sorted table, and
 * /ERE/ patterns.  A pattern is checked before regcomp() sees it: no
 * back-references (matching them can take exponential time), bounded
 * repetition counts, nesting and size once repetitions are expanded (so
 * that compiling cannot exhaust memory), and it is tried only on lines of
 * at most BP_PATTERN_MAXLINE bytes.  The matcher of a pattern without
 * back-references keeps sets of states, and it is run once per line, so
 * its time is bounded by the length of the line times the size of the
 * pattern.
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
	regex_t *re;
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
		regfree(&r->re[i]);
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


/* Is the pattern p[0..n) beyond the limits?  Then why goes to msg.  Its
 * size is counted as regcomp() lays it out: an atom is one, a group the
 * sum of its branches, a repeated item its size times the upper bound. */
static int
pattern_refused(const char *p, size_t n, char *msg, size_t msgsize)
{
	struct group { size_t done, last; } g[BP_PATTERN_MAXNEST + 1];
	size_t i = 0, depth = 0, lo, hi, times, j;
	int bounded;

	if (n > BP_PATTERN_MAXLEN)
		return snprintf(msg, msgsize, "pattern longer than %d bytes",
		    BP_PATTERN_MAXLEN);
	g[0].done = g[0].last = 0;
	while (i < n) {
		times = 0;
		switch (p[i]) {
		case '(':
			if (depth == BP_PATTERN_MAXNEST)
				return snprintf(msg, msgsize, "groups nested deeper than %d",
				    BP_PATTERN_MAXNEST);
			g[depth].done += g[depth].last;
			g[depth].last = 0;
			depth++;
			g[depth].done = g[depth].last = 0;
			i++;
			continue;
		case ')':
			if (depth == 0) {
				/* glibc's regcomp() takes all before it as a
				 * group: count it so, whatever repeats it */
				g[0].last += g[0].done;
				g[0].done = 0;
				i++;
				goto check;
			}
			depth--;
			g[depth].done += g[depth].last;
			/* an empty group is an atom too: regcomp makes a node of it */
			g[depth].last = g[depth + 1].done + g[depth + 1].last;
			if (g[depth].last == 0)
				g[depth].last = 1;
			i++;
			goto check;
		case '|':
			g[depth].done += g[depth].last;
			g[depth].last = 0;
			i++;
			continue;
		case '*': case '?':
			i++;
			continue;
		case '+':
			times = 2;   /* an item and its starred copy */
			i++;
			break;
		case '{':
			lo = hi = 0;
			bounded = 0;
			for (j = i + 1; j < n && p[j] >= '0' && p[j] <= '9'; j++)
				if ((lo = lo * 10 + (size_t)(p[j] - '0')) > BP_PATTERN_MAXREPEAT)
					lo = BP_PATTERN_MAXREPEAT + 1;
			if (j == i + 1 || j == n)
				break;    /* no bound: regcomp decides */
			hi = lo;
			if (p[j] == ',') {
				hi = lo + 1;
				if (j + 1 < n && p[j + 1] >= '0' && p[j + 1] <= '9') {
					bounded = 1;
					hi = 0;
				}
				for (j++; j < n && p[j] >= '0' && p[j] <= '9'; j++)
					if ((hi = hi * 10 + (size_t)(p[j] - '0')) > BP_PATTERN_MAXREPEAT)
						hi = BP_PATTERN_MAXREPEAT + 1;
			}
			if (j == n || p[j] != '}')
				break;
			if (lo > BP_PATTERN_MAXREPEAT || (bounded && hi > BP_PATTERN_MAXREPEAT))
				return snprintf(msg, msgsize, "repetition count above %d",
				    BP_PATTERN_MAXREPEAT);
			times = hi > 0 ? hi : 1;
			i = j + 1;
			break;
		case '\\':
			if (i + 1 < n && p[i + 1] >= '1' && p[i + 1] <= '9')
				return snprintf(msg, msgsize, "back-references are not allowed");
			i++;
			break;
		case '[':
			/* a bracket expression is one atom: skip to its ] */
			j = i + 1;
			if (j < n && p[j] == '^')
				j++;
			if (j < n && p[j] == ']')
				j++;
			while (j < n && p[j] != ']') {
				if (p[j] == '[' && j + 1 < n && strchr(":.=", p[j + 1]) != NULL) {
					const char *close = NULL;
					size_t k;

					for (k = j + 2; k + 1 < n; k++)
						if (p[k] == p[j + 1] && p[k + 1] == ']') {
							close = p + k;
							break;
						}
					if (close == NULL)
						break;
					j = (size_t)(close - p) + 2;
					continue;
				}
				j++;
			}
			i = j;     /* at the ], or the end: regcomp decides */
			break;
		}
		if (times > 0) {
			g[depth].last *= times;
		} else {
			/* one atom, the byte at i */
			g[depth].done += g[depth].last;
			g[depth].last = 1;
			i++;
		}
check:
		if (g[depth].done + g[depth].last > BP_PATTERN_MAXSIZE)
			return snprintf(msg, msgsize, "pattern larger than %d atoms "
			    "with its repetitions expanded", BP_PATTERN_MAXSIZE);
	}
	return 0;
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
	int e, flags = REG_EXTENDED | REG_NOSUB;
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
		if (memchr(t.s + 1, '\0', n) != NULL)
			return refuse(path, lineno, "NUL byte in pattern");
		if (pattern_refused(t.s + 1, n, msg, sizeof msg))
			return refuse(path, lineno, msg);
		/* anchored, so that regexec() makes one pass over the line
		 * instead of one from every position where a match could
		 * start: the same lines match */
		pat = emalloc(n + sizeof "^.*()");
		memcpy(pat, "^.*(", 4);
		memcpy(pat + 4, t.s + 1, n);
		memcpy(pat + 4 + n, ")", 2);
		if (r->nre == r->capre) {
			r->capre = r->capre ? r->capre * 2 : 8;
			r->re = ereallocarray(r->re, r->capre, sizeof r->re[0]);
		}
		e = regcomp(&r->re[r->nre], pat, flags);
		free(pat);
		if (e != 0) {
			regerror(e, &r->re[r->nre], msg, sizeof msg);
			return refuse(path, lineno, msg);
		}
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
		if (regexec(&r->re[i], t.s, 0, NULL, 0) == 0)
			return 1;
	return 0;
}
