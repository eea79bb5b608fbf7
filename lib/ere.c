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

/* A repetition: at least min copies, at most max, or any number more
 * (star); the most copies regcomp() writes out of the item. */
struct rep {
	size_t min, max;
	int star;
};

static size_t
copies(struct rep r)
{
	if (r.star)
		return r.min > 0 ? r.min + 1 : 1;  /* n copies and a starred one */
	return r.max > 0 ? r.max : 1;
}

/* After the { at p[i]: an interval {n}, {n,}, {n,m} or {,m} (glibc reads
 * it as {0,m}) ends at *end, just past its }, and is 1, with its counts
 * in *r; 0 when it is none, and regcomp() decides what the { is; -1 when
 * a count is above the limit. */
static int
interval(const char *p, size_t n, size_t i, size_t *end, struct rep *r)
{
	size_t j = i + 1;
	long lo = count_at(p, n, &j), hi;

	if (j == n)
		return 0;
	hi = lo;
	r->star = 0;
	if (p[j] == ',') {
		j++;
		hi = count_at(p, n, &j);
		if (lo < 0 && hi < 0)
			return 0;
		r->star = hi < 0;
	} else if (lo < 0) {
		return 0;
	}
	if (j == n || p[j] != '}')
		return 0;
	if (lo > ERE_MAXREPEAT || hi > ERE_MAXREPEAT)
		return -1;
	r->min = lo > 0 ? (size_t)lo : 0;
	r->max = hi > 0 ? (size_t)hi : 0;
	*end = j + 1;
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
 * A piece of the pattern as regcomp() lays it out: its size in atoms once
 * repetitions are written out, and whether it can match the empty string.
 * A star (*, +, {n,}) over a piece that can match the empty string makes
 * a loop of empty moves, and regcomp()'s closure of empty moves takes
 * time exponential in the branches that reach such a loop:
 * "(((\\w+|()?){0,3}){2}){2,}" or "((((((a*)+)+)+)+)+)" take longer than
 * any user would wait.  So such a star is refused; it never matches
 * more than the same star over the piece without its empty match.
 */
struct piece {
	size_t size;
	int nullable;
};

static const struct piece nothing = { 0, 1 };

/* One level of parentheses: the branches done, the pieces before the
 * last of the branch at hand, and that last piece, which a repetition
 * would apply to. */
struct level {
	struct piece alts, before, last;
};

static void
fold_last(struct level *l)
{
	l->before.size += l->last.size;
	l->before.nullable &= l->last.nullable;
	l->last = nothing;
}

static void
end_branch(struct level *l)
{
	fold_last(l);
	l->alts.size += l->before.size;
	l->alts.nullable |= l->before.nullable;
	l->before = nothing;
}

static void
open_level(struct level *l)
{
	l->alts.size = 0;
	l->alts.nullable = 0;
	l->before = l->last = nothing;
}

/* The repetition r of the piece *last: 0, or -1 with why in msg.  The
 * copies of a piece that can match the empty string are counted in
 * *empty_copies: regcomp() can take time cubic in them ("(a?){,255}" 2 s,
 * "(($)?){255}" 20 s, "((a?){,32}){,32}" 9 s), while copies of a piece
 * that cannot match the empty string are cheap. */
static int
repeat(struct piece *last, struct rep r, size_t *empty_copies, char *msg,
    size_t msgsize)
{
	if (r.star && last->nullable)
		return refused(msg, msgsize, "*, + or {n,} after something "
		    "that can match the empty string");
	if (last->nullable && copies(r) > 1 &&
	    (*empty_copies += last->size * copies(r)) > ERE_MAXEMPTYCOPIES)
		return refused(msg, msgsize, "more than %d atoms in copies of "
		    "something that can match the empty string", ERE_MAXEMPTYCOPIES);
	last->size *= copies(r);
	last->nullable |= r.min == 0;
	return 0;
}

/* \b \B \< \> \` \' of glibc match the empty string. */
static int
empty_escape(char c)
{
	return c != '\0' && strchr("bB<>`'", c) != NULL;
}

/*
 * Check p[0..n) and write it, wrapped, to out (room for 2n + the
 * wrapping): 0, or -1 with why it is refused in msg.
 */
static int
check_and_wrap(const char *p, size_t n, char *out, char *msg, size_t msgsize)
{
	struct level g[ERE_MAXNEST + 1], *l = g;
	struct piece atom = { 1, 0 };
	struct rep r;
	size_t i = 0, end, empty_copies = 0;
	char *o = stpcpy(out, WRAP_HEAD);
	int isrep;

	open_level(l);
	while (i < n) {
		end = i + 1;
		isrep = 1;
		atom.size = 1;
		atom.nullable = 0;
		switch (p[i]) {
		case '(':
			if (l == g + ERE_MAXNEST)
				return refused(msg, msgsize,
				    "groups nested deeper than %d", ERE_MAXNEST);
			fold_last(l);
			open_level(++l);
			*o++ = p[i++];
			continue;
		case ')':
			if (l == g) {
				*o++ = '\\';   /* an ordinary character */
				isrep = 0;
				break;
			}
			end_branch(l);
			/* an empty group is an atom too: regcomp makes a node of it */
			if (l->alts.size == 0)
				l->alts.size = 1;
			l[-1].last = l->alts;
			l--;
			*o++ = p[i++];
			goto check;
		case '|':
			end_branch(l);
			*o++ = p[i++];
			continue;
		case '*':
			r.min = r.max = 0;
			r.star = 1;
			break;
		case '?':
			r.min = 0;
			r.max = 1;
			r.star = 0;
			break;
		case '+':
			r.min = r.max = 1;
			r.star = 1;
			break;
		case '{':
			switch (interval(p, n, i, &end, &r)) {
			case -1:
				return refused(msg, msgsize,
				    "repetition count above %d", ERE_MAXREPEAT);
			case 0:
				end = i + 1;
				isrep = 0;
			}
			break;
		case '\\':
			/* alone at the end it would escape the wrapper's ) */
			if (i + 1 == n)
				return refused(msg, msgsize, "trailing backslash");
			if (p[i + 1] >= '1' && p[i + 1] <= '9')
				return refused(msg, msgsize,
				    "back-references are not allowed");
			atom.nullable = empty_escape(p[i + 1]);
			/* copies of \b and \B cost regcomp() far more than others */
			if (p[i + 1] == 'b' || p[i + 1] == 'B')
				atom.size = 4;
			end = i + 2;
			isrep = 0;
			break;
		case '[':
			/* one atom: up to its ], or the end, where regcomp decides */
			end = bracket_end(p, n, i);
			end = end < n ? end + 1 : n;
			isrep = 0;
			break;
		case '^': case '$':
			atom.nullable = 1;
			isrep = 0;
			break;
		default:
			isrep = 0;
		}
		if (isrep) {
			if (repeat(&l->last, r, &empty_copies, msg, msgsize) < 0)
				return -1;
		} else {
			fold_last(l);
			l->last = atom;
		}
		memcpy(o, p + i, end - i);
		o += end - i;
		i = end;
check:
		if (l->alts.size + l->before.size + l->last.size > ERE_MAXSIZE)
			return refused(msg, msgsize, "pattern larger than %d "
			    "atoms with its repetitions expanded", ERE_MAXSIZE);
	}
	strcpy(o, WRAP_TAIL);
	return 0;
}

struct ere {
	regex_t re;
	/* A pattern without a special character, and without REG_ICASE, is
	 * a string: a string search finds it faster than the matcher, which
	 * must step through every byte of the text. */
	char *string;
	size_t len;
};

/* No character of p[0..n) is special in an ERE. */
static int
plain_string(const char *p, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (strchr("\\^$.[]|()*+?{}", p[i]) != NULL)
			return 0;
	return 1;
}

struct ere *
ere_new(const char *p, size_t n, int flags, char *msg, size_t msgsize)
{
	struct ere *e;
	char *wrapped;
	int err = -1;

	if (memchr(p, '\0', n) != NULL) {
		refused(msg, msgsize, "NUL byte in pattern");
		return NULL;
	}
	if (n > ERE_MAXLEN) {
		refused(msg, msgsize, "pattern longer than %d bytes", ERE_MAXLEN);
		return NULL;
	}
	e = emalloc(sizeof *e);
	wrapped = emalloc(2 * n + sizeof WRAP_HEAD WRAP_TAIL);
	if (check_and_wrap(p, n, wrapped, msg, msgsize) == 0 &&
	    (err = regcomp(&e->re, wrapped, REG_EXTENDED | REG_NOSUB | flags)) != 0) {
		regerror(err, &e->re, msg, msgsize);
		err = -1;
	}
	free(wrapped);
	if (err != 0) {
		free(e);
		return NULL;
	}
	e->string = NULL;
	e->len = n;
	if (!(flags & REG_ICASE) && plain_string(p, n))
		e->string = estrndup(p, n);
	return e;
}

void
ere_free(struct ere *e)
{
	if (e == NULL)
		return;
	regfree(&e->re);
	free(e->string);
	free(e);
}

/* The string e->string in s[0..len): 1 or 0; -1 when candidates that
 * fail late cost more than a few times the text (a run of "a" and the
 * string "aaab", say), and the matcher, linear for a string, decides. */
static int
has_string(const struct ere *e, const char *s, size_t len)
{
	const char *p = s, *end = s + len;
	size_t work = 0;

	if (e->len == 0)
		return 1;
	while ((size_t)(end - p) >= e->len &&
	    (p = memchr(p, e->string[0], (size_t)(end - p) - e->len + 1)) != NULL) {
		if (memcmp(p + 1, e->string + 1, e->len - 1) == 0)
			return 1;
		if ((work += e->len) > 4 * len + 256)
			return -1;
		p++;
	}
	return 0;
}

static int
regex_search(const struct ere *e, struct text t, char **scratch, size_t *cap)
{
	size_t i, start = 0;

	if (*cap < t.len + 1) {
		*cap = t.len + 1;
		*scratch = erealloc(*scratch, *cap);
	}
	memcpy(*scratch, t.s, t.len);
	(*scratch)[t.len] = '\0';
	/* regexec() reads each piece up to its NUL; memchr() finds the next */
	for (;;) {
		if (regexec(&e->re, *scratch + start, 0, NULL, 0) == 0)
			return 1;
		i = (size_t)((char *)memchr(*scratch + start, '\0', t.len + 1 - start) - *scratch);
		if (i == t.len)
			return 0;
		start = i + 1;
	}
}

/* A C string: as regexec() does, it ends at its first NUL. */
int
ere_exec(const struct ere *e, const char *s, size_t len)
{
	const char *nul;
	int r;

	if ((nul = memchr(s, '\0', len)) != NULL)
		len = (size_t)(nul - s);
	if (e->string != NULL && (r = has_string(e, s, len)) >= 0)
		return r;
	return regexec(&e->re, s, 0, NULL, 0) == 0;
}

/* Text that may hold NUL bytes: each piece between them (a string holds
 * no NUL, so it is looked for in the whole text at once). */
int
ere_search(const struct ere *e, struct text t, char **scratch, size_t *cap)
{
	int r;

	if (e->string != NULL && (r = has_string(e, t.s, t.len)) >= 0)
		return r;
	return regex_search(e, t, scratch, cap);
}
