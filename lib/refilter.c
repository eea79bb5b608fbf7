/*
 * Cheap tests that rule out a built-in pattern before regexec() runs:
 * most lines cannot match most patterns, and showing that from a byte
 * or two costs far less than running the matcher.
 *
 * Each test is derived from the pattern's text when the rules are
 * compiled, and it only ever says "cannot match" when that is certain:
 *  - first: the bytes a match can begin with (after the optional bullet
 *    of H: any one character, and a space);
 *  - need: a run of bytes that every match holds;
 *  - needset: a few bytes of which every match holds one;
 *  - prefix: the strings of which every match (after the bullet) begins
 *    with one, as far as literals, groups and alternatives go.
 * Whatever the analysis does not understand, it leaves untested.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

static void
set_add(uint64_t set[4], unsigned char c)
{
	set[c >> 6] |= 1ULL << (c & 63);
}

static int
set_has(const uint64_t set[4], unsigned char c)
{
	return (set[c >> 6] >> (c & 63)) & 1;
}

static void
set_all(uint64_t set[4])
{
	set[0] = set[1] = set[2] = set[3] = ~0ULL;
}

static int
set_count(const uint64_t set[4])
{
	int i, n = 0;

	for (i = 0; i < 256; i++)
		n += set_has(set, (unsigned char)i);
	return n;
}

/* The end of the bracket expression opening at p[i]. */
static size_t
bracket_end(const char *p, size_t i)
{
	size_t j = i + 1;

	if (p[j] == '^')
		j++;
	if (p[j] == ']')
		j++;
	while (p[j] != '\0' && p[j] != ']') {
		if (p[j] == '[' && p[j + 1] != '\0' && strchr(":.=", p[j + 1]) != NULL) {
			char kind = p[j + 1];

			for (j += 2; p[j] != '\0' && !(p[j] == kind && p[j + 1] == ']'); j++)
				;
			if (p[j] != '\0')
				j += 2;
			continue;
		}
		j++;
	}
	return p[j] == ']' ? j + 1 : j;
}

/* The bytes of the bracket expression p[i..end); all of them when it is
 * negated or names a class. */
static void
bracket_set(const char *p, size_t i, size_t end, uint64_t set[4])
{
	const unsigned char *u = (const unsigned char *)p;
	size_t j = i + 1;
	unsigned c;

	memset(set, 0, 4 * sizeof set[0]);
	if (p[j] == '^') {
		set_all(set);
		return;
	}
	for (; j + 1 < end; j++) {
		if (p[j] == '[' && strchr(":.=", p[j + 1]) != NULL) {
			set_all(set);
			return;
		}
		if (j + 3 < end && p[j + 1] == '-' && p[j + 2] != ']') {
			for (c = u[j]; c <= u[j + 2]; c++)
				set_add(set, (unsigned char)c);
			j += 2;
			continue;
		}
		set_add(set, u[j]);
	}
}

/* Where the alternative of a group that begins at p[j] ends: at the '|'
 * or ')' of its own level, or at the end of p. */
static size_t
alt_end(const char *p, size_t j)
{
	size_t depth = 0;

	for (;; j++) {
		if (p[j] == '\0')
			return j;
		if (p[j] == '\\' && p[j + 1] != '\0')
			j++;
		else if (p[j] == '[')
			j = bracket_end(p, j) - 1;
		else if (p[j] == '(')
			depth++;
		else if (p[j] == ')' && depth > 0)
			depth--;
		else if ((p[j] == '|' || p[j] == ')') && depth == 0)
			return j;
	}
}

/* The end of the atom at p[i]: a group, a bracket expression, an escape
 * or one byte. */
static size_t
atom_end(const char *p, size_t i)
{
	size_t j;

	switch (p[i]) {
	case '[':
		return bracket_end(p, i);
	case '\\':
		return p[i + 1] != '\0' ? i + 2 : i + 1;
	case '(':
		/* past the alternatives, to the ')' that closes them */
		for (j = alt_end(p, i + 1); p[j] == '|'; j = alt_end(p, j + 1))
			;
		return p[j] == ')' ? j + 1 : j;
	}
	return i + 1;
}

static size_t mul_bound(size_t a, size_t b);

/* After the atom ending at p[*i]: is it optional?  *i moves past its
 * quantifier; *plain says whether there was none, and *most how many
 * times at most it repeats the atom (SIZE_MAX: no bound). */
static int
quantified(const char *p, size_t *i, int *plain, size_t *most)
{
	int optional = 0;
	size_t n;
	char *end;

	*plain = 1;
	*most = 1;
	while (p[*i] == '?' || p[*i] == '*' || p[*i] == '+' || p[*i] == '{') {
		*plain = 0;
		if (p[*i] == '{') {
			n = strtoul(p + *i + 1, &end, 10);
			optional |= n == 0;
			if (*end == ',')
				n = end[1] == '}' ? SIZE_MAX : strtoul(end + 1, &end, 10);
			if (n != SIZE_MAX && *end != '}')
				n = SIZE_MAX;   /* a form not understood: no bound */
			*most = mul_bound(*most, n);
			while (p[*i] != '\0' && p[*i] != '}')
				(*i)++;
		} else {
			optional |= p[*i] != '+';
			if (p[*i] != '?')
				*most = SIZE_MAX;
		}
		if (p[*i] != '\0')
			(*i)++;
	}
	return optional;
}

static int
literal(char c)
{
	return c != '\0' && strchr(".[]()^$|*+?{}\\", c) == NULL;
}


/* The bytes a match of the sequence p[i..end) can begin with: 0 when
 * that is not known. */
static int
first_of(const char *p, size_t i, size_t end, uint64_t set[4])
{
	uint64_t alt[4];
	size_t a, j, most;
	int plain;

	if (i >= end)
		return 0;
	a = atom_end(p, i);
	j = a;
	if (quantified(p, &j, &plain, &most))
		return 0;
	if (literal(p[i])) {
		set_add(set, (unsigned char)p[i]);
		return 1;
	}
	if (p[i] == '\\' && literal(p[i + 1]) == 0 && p[i + 1] != '\0') {
		set_add(set, (unsigned char)p[i + 1]);
		return 1;
	}
	if (p[i] == '[') {
		bracket_set(p, i, a, alt);
		for (j = 0; j < 4; j++)
			set[j] |= alt[j];
		return 1;
	}
	if (p[i] != '(')
		return 0;
	/* a group: every alternative */
	for (a = i + 1;; a = j + 1) {
		j = alt_end(p, a);
		if (p[j] == '\0' || !first_of(p, a, j, set))
			return 0;
		if (p[j] == ')')
			return 1;
	}
}

/* Sums and products that stay at SIZE_MAX, "no bound", once there. */
static size_t
add_bound(size_t a, size_t b)
{
	return a > SIZE_MAX - b ? SIZE_MAX : a + b;
}

static size_t
mul_bound(size_t a, size_t b)
{
	return a != 0 && b > SIZE_MAX / a ? SIZE_MAX : a * b;
}

static size_t longest_seq(const char *p, size_t i, size_t end);

/* The most bytes the atom p[i..a) matches.  A bracket or '.' is one
 * character, up to four bytes in UTF-8; a back-reference has no bound. */
static size_t
longest_atom(const char *p, size_t i, size_t a)
{
	size_t j, most = 0, n;

	switch (p[i]) {
	case '^': case '$':
		return 0;
	case '.': case '[':
		return 4;
	case '\\':
		if (p[i + 1] >= '1' && p[i + 1] <= '9')
			return SIZE_MAX;
		return p[i + 1] == '<' || p[i + 1] == '>' ? 0 : 1;
	case '(':
		for (j = i + 1;; j++) {
			size_t e = alt_end(p, j);

			if ((n = longest_seq(p, j, e)) > most)
				most = n;
			if (p[e] != '|' || e >= a)
				return most;
			j = e;
		}
	}
	return 1;
}

/* The most bytes a match of the sequence p[i..end) can take. */
static size_t
longest_seq(const char *p, size_t i, size_t end)
{
	size_t total = 0, a, q, most;
	int plain;

	while (i < end) {
		a = atom_end(p, i);
		q = a;
		(void)quantified(p, &q, &plain, &most);
		total = add_bound(total, mul_bound(longest_atom(p, i, a), most));
		i = q;
	}
	return total;
}

/* The longest run of bytes and the smallest set of bytes that every
 * match of p holds, from the atoms at its top level; when p is anchored
 * and what comes before them has a bound, how far into the line they
 * can stand. */
static void
needs(const char *p, struct refilter *f)
{
	size_t i, a, start = 0, run = 0;
	/* the most bytes before the atom, and before the run */
	size_t reach = p[0] == '^' ? 0 : SIZE_MAX, runreach = 0, at;
	uint64_t set[4];
	int plain;

	for (i = 0; p[i] != '\0'; i = a) {
		if (p[i] == '|' || p[i] == ')') {
			/* alternatives at the top: nothing is certain */
			f->needlen = 0;
			f->needset[0] = '\0';
			f->needend = f->needsetend = SIZE_MAX;
			return;
		}
		a = atom_end(p, i);
		{
			size_t q = a, most;
			int optional = quantified(p, &q, &plain, &most), lit;

			at = reach;
			reach = add_bound(reach, mul_bound(longest_atom(p, i, a), most));

			lit = literal(p[i]) || (p[i] == '\\' && !literal(p[i + 1]) && p[i + 1] != '\0' &&
			    p[i + 1] != '<' && p[i + 1] != '>');
			if (lit && !optional) {
				if (run == 0) {
					start = i;
					runreach = at;
				}
				run = a - start;
				if (run > f->needlen && run < sizeof f->need) {
					size_t k, n = 0;

					/* the run without its escapes */
					for (k = start; k < a; k++) {
						if (p[k] == '\\')
							k++;
						f->need[n++] = p[k];
					}
					if (n > f->needlen) {
						f->needlen = n;
						f->needend = add_bound(runreach, n);
					}
				}
				if (!plain)
					run = 0;
			} else
				run = 0;
			if (p[i] == '[' && !optional) {
				bracket_set(p, i, a, set);
				if (set_count(set) < (int)sizeof f->needset &&
				    (f->needset[0] == '\0' ||
				    set_count(set) < (int)strlen(f->needset))) {
					int c;
					size_t n = 0;

					for (c = 1; c < 256; c++)
						if (set_has(set, (unsigned char)c))
							f->needset[n++] = (char)c;
					f->needset[n] = '\0';
					f->needsetend = add_bound(at, 4);
				}
			}
			a = q;
		}
	}
}

/* The bracket expression p[i..a) as the next byte of every open string
 * from from on: each string once for each byte of a small set ("[0-9]"),
 * still open when the bracket is not repeated (plain).  0, and nothing
 * done, when the set is larger or the strings would be too many. */
enum { BRACKET_BYTES = 10 };
static int
bracket_prefixes(const char *p, size_t i, size_t a, int plain, struct refilter *f,
    size_t from, unsigned char *open)
{
	uint64_t set[4];
	size_t n = f->nprefix, k, len, nopen = 0;
	int count, c, first;

	bracket_set(p, i, a, set);
	if ((count = set_count(set)) == 0 || count > BRACKET_BYTES)
		return 0;
	for (k = from; k < n; k++)
		nopen += open[k] != 0;
	if (n + nopen * (size_t)(count - 1) > REFILTER_PREFIXES)
		return 0;
	for (k = from; k < n; k++) {
		if (!open[k])
			continue;
		if ((len = f->prefixlen[k]) == REFILTER_PREFIXLEN) {
			open[k] = 0;
			continue;
		}
		for (c = 0, first = -1; c < 256; c++) {
			if (!set_has(set, (unsigned char)c))
				continue;
			if (first < 0) {
				first = c;
				continue;
			}
			memcpy(f->prefix[f->nprefix], f->prefix[k], len);
			f->prefix[f->nprefix][len] = (char)c;
			f->prefixlen[f->nprefix] = (unsigned char)(len + 1);
			open[f->nprefix++] = (unsigned char)plain;
		}
		f->prefix[k][len] = (char)first;
		f->prefixlen[k] = (unsigned char)(len + 1);
		open[k] = (unsigned char)plain;
	}
	return 1;
}

/* The prefixes of matches of the sequence p[i..end), each string in
 * f->prefix[from..] extended by it (and with optgroups, through groups
 * marked '?'): open[k] says string k may grow
 * further.  0 when there are too many to list. */
static int
prefixes_of(const char *p, size_t i, size_t end, struct refilter *f, size_t from,
    unsigned char *open, int optgroups)
{
	size_t a, q, k, n, alt, j, most;
	int plain, optional, maybe;
	char c;

	while (i < end) {
		a = atom_end(p, i);
		q = a;
		optional = quantified(p, &q, &plain, &most);
		if (literal(p[i]) || (p[i] == '\\' && p[i + 1] != '\0' &&
		    !literal(p[i + 1]))) {
			c = p[i] == '\\' ? p[i + 1] : p[i];
			/* "x?": each open string both without and with it */
			n = f->nprefix;
			if (optional && q == a + 1 && p[a] == '?' && 2 * n - from <= REFILTER_PREFIXES) {
				for (k = from; k < n; k++) {
					if (!open[k] || f->prefixlen[k] == REFILTER_PREFIXLEN)
						continue;
					memcpy(f->prefix[f->nprefix], f->prefix[k], f->prefixlen[k]);
					f->prefixlen[f->nprefix] = f->prefixlen[k];
					open[f->nprefix++] = 1;
					f->prefix[k][f->prefixlen[k]++] = c;
				}
				i = q;
				continue;
			}
			for (k = from; k < f->nprefix; k++) {
				if (!open[k])
					continue;
				if (optional || f->prefixlen[k] == REFILTER_PREFIXLEN) {
					open[k] = 0;
					continue;
				}
				f->prefix[k][f->prefixlen[k]++] = c;
				if (!plain)
					open[k] = 0;
			}
			i = q;
			continue;
		}
		if (p[i] == '[' && !optional && bracket_prefixes(p, i, a, plain, f, from, open)) {
			i = q;
			continue;
		}
		maybe = optgroups && !plain && q == a + 1 && p[a] == '?';
		if (p[i] != '(' || (!plain && !maybe)) {
			/* a bracket, '.', an anchor or a repeated group: the
			 * prefixes end here */
			for (k = from; k < f->nprefix; k++)
				open[k] = 0;
			return 1;
		}
		/* a group: each open string once for each alternative, and
		 * for "(...)?" once without it; when that makes too many, the
		 * strings end before it */
		n = f->nprefix;
		for (k = from, j = 0; k < n; k++)
			j += open[k] != 0;
		for (alt = 1, a = alt_end(p, i + 1); p[a] == '|'; a = alt_end(p, a + 1))
			alt++;
		if (n + j * (alt + (size_t)maybe) > REFILTER_PREFIXES) {
			for (k = from; k < n; k++)
				open[k] = 0;
			return 1;
		}
		for (k = from; maybe && k < n; k++)
			if (open[k]) {
				memcpy(f->prefix[f->nprefix], f->prefix[k], f->prefixlen[k]);
				f->prefixlen[f->nprefix] = f->prefixlen[k];
				open[f->nprefix++] = 1;
			}
		for (k = from; k < n; k++) {
			if (!open[k])
				continue;
			for (alt = i + 1;; alt = j + 1) {
				j = alt_end(p, alt);
				if (p[j] == '\0' || f->nprefix == REFILTER_PREFIXES)
					return 0;
				memcpy(f->prefix[f->nprefix], f->prefix[k], f->prefixlen[k]);
				f->prefixlen[f->nprefix] = f->prefixlen[k];
				open[f->nprefix++] = 1;
				if (!prefixes_of(p, alt, j, f, f->nprefix - 1, open, optgroups))
					return 0;
				if (p[j] == ')')
					break;
			}
			/* string k is replaced by its copies: drop it */
			f->prefixlen[k] = 0;
			open[k] = 2;
		}
		/* squeeze out the replaced strings */
		for (k = j = from; k < f->nprefix; k++) {
			if (open[k] == 2)
				continue;
			if (j != k) {
				memcpy(f->prefix[j], f->prefix[k], f->prefixlen[k]);
				f->prefixlen[j] = f->prefixlen[k];
				open[j] = open[k];
			}
			j++;
		}
		f->nprefix = j;
		i = q;
	}
	return 1;
}

static int
by_first(const void *a, const void *b)
{
	return *(const unsigned char *)a - *(const unsigned char *)b;
}

/* The prefixes of every match of p from p[start]; none when one could
 * be empty or there are too many.  They are sorted by their first byte,
 * and those of a byte found by pstart and pcount. */
static void
prefixes(const char *p, size_t start, struct refilter *f)
{
	unsigned char open[REFILTER_PREFIXES];
	size_t k;
	int optgroups, ok;

	/* an optional group makes more strings, which may be too many:
	 * then the strings end before each such group */
	for (optgroups = 1; optgroups >= 0; optgroups--) {
		f->nprefix = 1;
		f->prefixlen[0] = 0;
		open[0] = 1;
		ok = prefixes_of(p, start, strlen(p), f, 0, open, optgroups);
		for (k = 0; ok && k < f->nprefix; k++)
			ok = f->prefixlen[k] > 0;
		if (ok)
			break;
	}
	if (!ok) {
		f->nprefix = 0;
		return;
	}
	/* the rows end in NUL bytes, which no pattern holds, so that they
	 * can be sorted alone and their lengths found again */
	for (k = 0; k < f->nprefix; k++)
		memset(f->prefix[k] + f->prefixlen[k], 0, REFILTER_PREFIXLEN - f->prefixlen[k]);
	qsort(f->prefix, f->nprefix, sizeof f->prefix[0], by_first);
	for (k = 0; k < f->nprefix; k++)
		f->prefixlen[k] = (unsigned char)strnlen(f->prefix[k], REFILTER_PREFIXLEN);
	memset(f->pstart, 0, sizeof f->pstart);
	memset(f->pcount, 0, sizeof f->pcount);
	for (k = f->nprefix; k-- > 0;) {
		f->pstart[(unsigned char)f->prefix[k][0]] = (unsigned char)k;
		f->pcount[(unsigned char)f->prefix[k][0]]++;
	}
}

void
refilter_make(struct refilter *f, const char *re)
{
	size_t hlen = strlen(H), start;

	memset(f, 0, sizeof *f);
	f->needend = f->needsetend = SIZE_MAX;
	if (strncmp(re, H, hlen) == 0) {
		f->bullet = 1;
		start = hlen;
	} else if (re[0] == '^')
		start = 1;
	else
		start = (size_t)-1;
	if (start == (size_t)-1 || !first_of(re, start, strlen(re), f->first))
		set_all(f->first);
	if (start != (size_t)-1)
		prefixes(re, start, f);
	needs(re, f);
}

/* The bullets H allows before a match: the alternatives of its group,
 * read from H itself, "^((" alternatives ") ?)?". */
enum { MAXBULLETS = 32, BULLETLEN = 4 };
static unsigned char bullet[MAXBULLETS][BULLETLEN];
static unsigned char bulletlen[MAXBULLETS];
static size_t nbullets;
static uint64_t bullet_first[4];   /* the bytes a bullet begins with */

static void
bullets_init(void)
{
	const char *p = H;
	size_t n;

	if (strncmp(p, "^((", 3) != 0)
		die("internal error: H does not open with a group of bullets");
	for (p += 3; nbullets < MAXBULLETS; p++) {
		for (n = 0; *p != '|' && *p != ')' && *p != '\0'; p++) {
			if (*p == '\\')
				p++;
			if (n == BULLETLEN || *p == '\0')
				die("internal error: a bullet of H is too long");
			bullet[nbullets][n++] = (unsigned char)*p;
		}
		set_add(bullet_first, bullet[nbullets][0]);
		bulletlen[nbullets++] = (unsigned char)n;
		if (*p != '|')
			return;
	}
	die("internal error: H has too many bullets");
}

/* Is u[0..k) one of the bullets of H? */
static int
is_bullet(const unsigned char *u, size_t k)
{
	size_t i;

	if (nbullets == 0)
		bullets_init();
	/* most lines begin with a letter */
	if (!set_has(bullet_first, u[0]))
		return 0;
	for (i = 0; i < nbullets; i++)
		if (bulletlen[i] == k && memcmp(bullet[i], u, k) == 0)
			return 1;
	return 0;
}

void
refilter_line(struct refilter_line *l, const char *lc, size_t len)
{
	const unsigned char *u = (const unsigned char *)lc;
	size_t k;

	l->lc = lc;
	l->len = len;
	/* where a match may begin: at the start, or after a bullet of H,
	 * and after a space following it */
	l->start[0] = u[0];
	k = 1;
	while (k < len && (u[k] & 0xC0) == 0x80)
		k++;
	l->start[1] = k < len ? u[k] : 0;
	l->start[2] = k + 1 < len && u[k] == ' ' ? u[k + 1] : 0;
	l->at[0] = 0;
	l->at[1] = k;
	l->at[2] = k + 1;
	l->nat = k + 1 < len && u[k] == ' ' ? 3 : 2;
	if (!is_bullet(u, k)) {
		/* then a match of H begins at the start */
		l->start[1] = l->start[2] = 0;
		l->nat = 1;
	}
}

/* Does a prefix of f stand at one of the places the line offers? */
static int
prefix_at(const struct refilter *f, const struct refilter_line *l)
{
	size_t k, j, i, nat = f->bullet ? l->nat : 1;

	for (j = 0; j < nat; j++) {
		const char *at = l->lc + l->at[j];
		unsigned char c = (unsigned char)*at;

		/* the prefixes are short and share the first byte: compared
		 * in place from the second */
		for (k = f->pstart[c]; k < (size_t)f->pstart[c] + f->pcount[c]; k++) {
			if (l->at[j] + f->prefixlen[k] > l->len)
				continue;
			for (i = 1; i < f->prefixlen[k] && at[i] == f->prefix[k][i]; i++)
				;
			if (i >= f->prefixlen[k])
				return 1;
		}
	}
	return 0;
}

static int
common(char c)
{
	switch (c) {
	case ' ': case 'e': case 't': case 'a': case 'o': case 'i': case 'n':
	case 's': case 'r': case 'd': case 'l':
		return 1;
	}
	return 0;
}

int
bp_contains(const char *s, size_t n, const char *sub, size_t k)
{
	const char *p, *q, *end = s + n;
	size_t i, j = 0;

	if (k == 0)
		return 1;
	if (n < k)
		return 0;
	/* look for a byte of sub that text holds less often than spaces
	 * and the commonest letters */
	while (j < k - 1 && common(sub[j]))
		j++;
	p = s + j;
	end = s + n - (k - 1 - j);
	while (p < end && (p = memchr(p, sub[j], (size_t)(end - p))) != NULL) {
		/* mostly a miss at the first byte or the second */
		q = p - j;
		for (i = 0; i < k && q[i] == sub[i]; i++)
			;
		if (i == k)
			return 1;
		p++;
	}
	return 0;
}

int
refilter_may_begin(const struct refilter *f, int after_bullet, unsigned char c)
{
	return (!after_bullet || f->bullet) && set_has(f->first, c);
}

int
refilter_may_match(const struct refilter *f, const struct refilter_line *l)
{
	const char *c;
	size_t n;

	if (!set_has(f->first, l->start[0]) && !(f->bullet &&
	    (set_has(f->first, l->start[1]) || set_has(f->first, l->start[2]))))
		return 0;
	if (f->nprefix > 0 && !prefix_at(f, l))
		return 0;
	if (f->needset[0] != '\0') {
		n = l->len < f->needsetend ? l->len : f->needsetend;
		for (c = f->needset; *c != '\0' && memchr(l->lc, *c, n) == NULL; c++)
			;
		if (*c == '\0')
			return 0;
	}
	n = l->len < f->needend ? l->len : f->needend;
	return f->needlen == 0 || bp_contains(l->lc, n, f->need, f->needlen);
}
