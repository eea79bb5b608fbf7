/*
 * The extended regular expressions users give (artpick -e and ~,
 * artstrip -f).  A pattern is checked before regcomp() sees it: no
 * back-references (matching them can take exponential time), bounded
 * repetition counts, nesting and size once repetitions are expanded
 * (glibc's regcomp() writes out every copy a repetition asks for, and
 * a stack of them multiplies, so that "a+++..." or "((a{,40}){,40}){,40}"
 * would exhaust memory).
 *
 * It is compiled as ^.*(PATTERN): the same lines match, but regexec()
 * makes one pass over the text instead of one from every position where
 * a match could start, so that searching takes time proportional to the
 * length of the text times the size of the pattern, not its square.
 * A ) with no ( before it is an ordinary character in an ERE; inside the
 * wrapping it would close the wrapper's group, so it is written \).
 */
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

#define WRAP_HEAD "^.*("
#define WRAP_TAIL ")"

static int
refused(char *msg, size_t msgsize, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, msgsize, fmt, ap);
	va_end(ap);
	return -1;
}

/* The number at p[*j...], at most ERE_MAXREPEAT + 1; -1 when no digit. */
static long
count_at(const char *p, size_t n, size_t *j)
{
	long v = -1;

	for (; *j < n && p[*j] >= '0' && p[*j] <= '9'; ++*j) {
		v = (v < 0 ? 0 : v * 10) + (p[*j] - '0');
		if (v > ERE_MAXREPEAT)
			v = ERE_MAXREPEAT + 1;
	}
	return v;
}

/* After the { at p[i]: an interval {n}, {n,}, {n,m} or {,m} (glibc reads
 * it as {0,m}) ends at *end, just past its }, and is 1, with the most
 * copies regcomp() makes in *times; 0 when it is none, and regcomp()
 * decides what the { is; -1 when a count is above the limit. */
static int
interval(const char *p, size_t n, size_t i, size_t *end, size_t *times)
{
	size_t j = i + 1;
	long lo = count_at(p, n, &j), hi;

	if (j == n)
		return 0;
	hi = lo;
	if (p[j] == ',') {
		j++;
		hi = count_at(p, n, &j);
		if (lo < 0 && hi < 0)
			return 0;
		if (hi < 0)
			hi = lo + 1;   /* {n,}: n copies and a starred one */
	} else if (lo < 0) {
		return 0;
	}
	if (j == n || p[j] != '}')
		return 0;
	if (lo > ERE_MAXREPEAT || hi > ERE_MAXREPEAT)
		return -1;
	*end = j + 1;
	*times = hi > 0 ? (size_t)hi : 1;
	return 1;
}

/* After the [ at p[i]: the index of the ] that ends the bracket
 * expression, or n. */
static size_t
bracket_end(const char *p, size_t n, size_t i)
{
	size_t j = i + 1, k;

	if (j < n && p[j] == '^')
		j++;
	if (j < n && p[j] == ']')
		j++;
	while (j < n && p[j] != ']') {
		if (p[j] == '[' && j + 1 < n && strchr(":.=", p[j + 1]) != NULL) {
			for (k = j + 2; k + 1 < n; k++)
				if (p[k] == p[j + 1] && p[k + 1] == ']')
					break;
			if (k + 1 >= n)
				return n;
			j = k + 2;
			continue;
		}
		j++;
	}
	return j;
}

/*
 * Check p[0..n) and write it, wrapped, to out (room for 2n + the
 * wrapping): 0, or -1 with why it is refused in msg.  Its size is
 * counted as regcomp() lays it out: an atom is one, a group the sum of
 * its branches, a repeated item its size times the most copies.
 */
static int
check_and_wrap(const char *p, size_t n, char *out, char *msg, size_t msgsize)
{
	struct group { size_t done, last; } g[ERE_MAXNEST + 1];
	size_t i = 0, depth = 0, times, end;
	char *o = stpcpy(out, WRAP_HEAD);

	g[0].done = g[0].last = 0;
	while (i < n) {
		times = 0;
		end = i + 1;
		switch (p[i]) {
		case '(':
			if (depth == ERE_MAXNEST)
				return refused(msg, msgsize,
				    "groups nested deeper than %d", ERE_MAXNEST);
			g[depth].done += g[depth].last;
			g[depth].last = 0;
			depth++;
			g[depth].done = g[depth].last = 0;
			*o++ = p[i++];
			continue;
		case ')':
			if (depth == 0) {
				*o++ = '\\';
				break;     /* an ordinary character */
			}
			depth--;
			g[depth].done += g[depth].last;
			/* an empty group is an atom too: regcomp makes a node of it */
			g[depth].last = g[depth + 1].done + g[depth + 1].last;
			if (g[depth].last == 0)
				g[depth].last = 1;
			*o++ = p[i++];
			goto check;
		case '|':
			g[depth].done += g[depth].last;
			g[depth].last = 0;
			*o++ = p[i++];
			continue;
		case '*': case '?':
			*o++ = p[i++];
			continue;
		case '+':
			times = 2;   /* an item and its starred copy */
			break;
		case '{':
			switch (interval(p, n, i, &end, &times)) {
			case -1:
				return refused(msg, msgsize,
				    "repetition count above %d", ERE_MAXREPEAT);
			case 0:
				end = i + 1;
				times = 0;
			}
			break;
		case '\\':
			/* alone at the end it would escape the wrapper's ) */
			if (i + 1 == n)
				return refused(msg, msgsize, "trailing backslash");
			if (p[i + 1] >= '1' && p[i + 1] <= '9')
				return refused(msg, msgsize,
				    "back-references are not allowed");
			end = i + 2;
			break;
		case '[':
			/* one atom: up to its ], or the end, where regcomp decides */
			end = bracket_end(p, n, i);
			end = end < n ? end + 1 : n;
			break;
		}
		if (times > 0) {
			g[depth].last *= times;
		} else {
			g[depth].done += g[depth].last;
			g[depth].last = 1;
		}
		memcpy(o, p + i, end - i);
		o += end - i;
		i = end;
check:
		if (g[depth].done + g[depth].last > ERE_MAXSIZE)
			return refused(msg, msgsize, "pattern larger than %d "
			    "atoms with its repetitions expanded", ERE_MAXSIZE);
	}
	strcpy(o, WRAP_TAIL);
	return 0;
}

int
ere_compile(regex_t *re, const char *p, size_t n, int flags, char *msg,
    size_t msgsize)
{
	char *wrapped;
	int e = -1;

	if (memchr(p, '\0', n) != NULL)
		return refused(msg, msgsize, "NUL byte in pattern");
	if (n > ERE_MAXLEN)
		return refused(msg, msgsize, "pattern longer than %d bytes",
		    ERE_MAXLEN);
	wrapped = emalloc(2 * n + sizeof WRAP_HEAD WRAP_TAIL);
	if (check_and_wrap(p, n, wrapped, msg, msgsize) == 0 &&
	    (e = regcomp(re, wrapped, REG_EXTENDED | REG_NOSUB | flags)) != 0) {
		regerror(e, re, msg, msgsize);
		e = -1;
	}
	free(wrapped);
	return e;
}

/* Text that may hold NUL bytes: each piece between them. */
int
ere_search(const regex_t *re, struct text t, char **scratch, size_t *cap)
{
	size_t i, start = 0;

	if (*cap < t.len + 1) {
		*cap = t.len + 1;
		*scratch = erealloc(*scratch, *cap);
	}
	memcpy(*scratch, t.s, t.len);
	(*scratch)[t.len] = '\0';
	for (i = 0; i <= t.len; i++) {
		if (i < t.len && (*scratch)[i] != '\0')
			continue;
		if (regexec(re, *scratch + start, 0, NULL, 0) == 0)
			return 1;
		start = i + 1;
	}
	return 0;
}
