/*
 * The punctuation around a terminator that the language layer of the
 * sentence splitter (sentence.c) weighs: quotes and brackets that close or
 * open, a closer standing alone after the white space, spaced and
 * bracketed ellipses, and the markers of the items of an inline list.
 */
#include <string.h>

#include "sentence_priv.h"

int
sent_opener(uint32_t cp)
{
	switch (cp) {
	case '(': case '[': case '{':
	case 0x201C: case 0x201E: case 0x2018: case 0x201A: /* “ „ ‘ ‚ */
	case 0x00AB: case 0x2039:                           /* « ‹ */
		return 1;
	}
	return 0;
}

int
sent_closes_after(uint32_t cp)
{
	return !sent_opener(cp) || cp == 0x201C || cp == 0x2018 || cp == 0x00AB;
}

int
sent_bullet(uint32_t cp)
{
	return cp == 0x2022 || cp == 0x2023 || cp == 0x2043 || cp == 0x25E6;
}

/* Is the character at i (if any) not a letter or digit? */
static int
nonword_at(const unsigned char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t l;

	return i >= len || !alnum(cls_at(s, len, i, &cp, &l));
}

/* Count the ASCII double quotes and the guillemets before position k,
 * incrementally: positions only grow within a paragraph. */
static void
count_quotes(struct sentsplit *sp, size_t k)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t i;

	if (k < sp->qpos) {
		sp->qpos = 0;
		sp->qcount = 0;
		sp->gopen = 0;
	}
	for (i = sp->qpos; i < k; i++) {
		if (s[i] == '"')
			sp->qcount++;
		else if (s[i] == 0xC2 && i + 1 < k && s[i + 1] == 0xAB)
			sp->gopen++;
		else if (s[i] == 0xC2 && i + 1 < k && s[i + 1] == 0xBB)
			sp->gopen--;
	}
	sp->qpos = k;
}

size_t
sent_detached_closer(struct sentsplit *sp, size_t k)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t len = sp->len, l;
	uint32_t cp;

	if (ascii_alnum(s[k]))
		return 0;                       /* the common case: a word */
	if (k + 1 < len && s[k] == '\'' && s[k + 1] == '\'')
		return 2;                       /* Dutch ,,...'' */
	cls_at(s, len, k, &cp, &l);
	switch (cp) {
	case '"': case 0x00BB:                              /* " » */
		/* closing only while a quotation is open, or at the end */
		if (k + l < len) {
			count_quotes(sp, k);
			if (cp == '"' ? sp->qcount % 2 == 0 : sp->gopen <= 0)
				return 0;
		}
		/* FALLTHROUGH */
	case '\'': case ')': case ']': case '}':
	case 0x2019: case 0x201D: case 0x203A:              /* ’ ” › */
		return nonword_at(s, len, k + l) ? l : 0;
	}
	return 0;
}

/* The length of the punctuation after a marker at s[i], followed by white
 * space: ".", ")" or ".)"; 0 if none. */
static size_t
marker_punct(const unsigned char *s, size_t len, size_t i)
{
	size_t n = 0;

	if (i < len && s[i] == '.')
		n++;
	if (i + n < len && s[i + n] == ')')
		n++;
	if (n == 0 || i + n >= len || (s[i + n] != ' ' && s[i + n] != '\t'))
		return 0;
	return n;
}

void
sent_item_begin(struct listitem *it, const unsigned char *s, size_t len,
    size_t start)
{
	size_t i = start, n, l;
	unsigned v = 0;
	uint32_t cp;

	it->kind = ITEM_NONE;
	if (!sent_item_may_open(s[start]))
		return;
	if (s[start] >= 0x80) {
		cls_at(s, len, start, &cp, &l);
		if (sent_bullet(cp)) {
			it->kind = ITEM_BULLET;
			it->bullet = cp;
			it->from = start + l;
		}
		return;
	}
	while (i < len && i - start < 3 && s[i] >= '0' && s[i] <= '9')
		v = 10 * v + (unsigned)(s[i++] - '0');
	if (i > start)
		it->kind = ITEM_NUM;
	else if (s[i] >= 'a' && s[i] <= 'y') {
		it->kind = ITEM_LETTER;
		v = s[i++];
	}
	if (it->kind == ITEM_NONE || (n = marker_punct(s, len, i)) == 0) {
		it->kind = ITEM_NONE;
		return;
	}
	it->want = v + 1;
	memcpy(it->punct, s + i, n);
	it->punct[n] = '\0';
	it->from = i + n;
}

/* Is the marker of the next item at p? */
static int
item_at(const struct listitem *it, const unsigned char *s, size_t len,
    size_t p)
{
	size_t i = p, n;
	unsigned v = 0;
	uint32_t cp;
	size_t l;

	if (it->kind == ITEM_BULLET) {
		cls_at(s, len, p, &cp, &l);
		return cp == it->bullet;
	}
	n = strlen(it->punct);   /* a bullet item has no punctuation */
	if (it->kind == ITEM_LETTER) {
		if (s[p] != it->want)
			return 0;
		i++;
	} else {
		while (i < len && i - p < 3 && s[i] >= '0' && s[i] <= '9')
			v = 10 * v + (unsigned)(s[i++] - '0');
		if (i == p || v != it->want || (i < len && s[i] >= '0' && s[i] <= '9'))
			return 0;
	}
	return marker_punct(s, len, i) == n && memcmp(s + i, it->punct, n) == 0;
}

size_t
sent_item_next(struct listitem *it, const unsigned char *s, size_t len,
    size_t i, size_t t)
{
	size_t p;

	if (it->kind == ITEM_NONE)
		return t;
	for (p = i > it->from ? i : it->from; p < t; p++)
		if ((s[p - 1] == ' ' || s[p - 1] == '\t') && item_at(it, s, len, p)) {
			it->from = p;
			return p;
		}
	it->from = t;
	return t;
}

int
sent_spaced_ellipsis(const unsigned char *s, size_t len, size_t t,
    size_t *after)
{
	int n = 1;

	while (t + 2 < len && s[t + 1] == ' ' && s[t + 2] == '.') {
		t += 2;
		n++;
	}
	if (n < 3)
		return 0;
	*after = t + 1;
	return n;
}

int
sent_bracketed_ellipsis(const unsigned char *s, size_t start, size_t t,
    size_t j)
{
	size_t e = t;

	if (t <= start)
		return 0;
	while (e < j && (s[e] == '.' || (s[e] == 0xE2 && e + 2 < j &&
	    s[e + 1] == 0x80 && s[e + 2] == 0xA6)))
		e += s[e] == '.' ? 1 : 3;
	return e < j && ((s[t - 1] == '[' && s[e] == ']') ||
	    (s[t - 1] == '(' && s[e] == ')'));
}
