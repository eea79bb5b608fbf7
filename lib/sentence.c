/*
 * Sentence boundaries inside one paragraph: sent_begin(), sent_next().
 * Without a table of abbreviations the pieces are the UAX #29 segments of
 * sentence_uax.c.
 *
 * Language layer (the abbreviation lists and rule bits of an entry of the
 * table of languages, lang.c): the candidates are
 * the places after a terminator (. ? ! and the other Unicode STerm and
 * ATerm characters, and the ellipsis), the closing quotes and brackets
 * right after it and the white space that follows, as in UAX #29.  Then:
 *   - a paragraph separator always ends a sentence (SB4);
 *   - without white space after the terminator there is no boundary
 *     ("3.5", "J.P.", "nos.nl");
 *   - a closing quote or bracket standing alone after the white space
 *     ("... houden. ''") still belongs to the sentence;
 *   - before a lower-case word there is no boundary, after ? and ! too
 *     ("'Kom je?' vroeg ze"), except before the Dutch 's 't 'n ("'s
 *     Avonds"); before , ; : there is none either (SB8a);
 *   - ? ! and an ellipsis end a sentence before anything else;
 *   - a single period: the word before it decides.  An abbreviation of
 *     class inner never ends a sentence; one of class final does, except
 *     before a digit; initials (W., J.P.) and unknown single letters or
 *     dotted letter groups do only before a word that usually opens a
 *     sentence; a number, single letter or Roman numeral that opens the
 *     sentence is a list marker ("3. De ..."); any other word ends it;
 *   - a sentence without a letter or digit yet goes on; (...) [...] and a
 *     spaced ". . ." are omissions inside a sentence;
 *   - a sentence that opens with a list item ends before the next item's
 *     marker, punctuation or not;
 *   - the entry's bits add German ordinals and noun capitals, Dutch
 *     clitics and English lower-case openings of web text.
 * The punctuation these rules look at is found in sentence_marks.c.
 */
#include <string.h>

#include "sentence_priv.h"
#include "word_priv.h"

enum {
	TOKMAX = 64,             /* longest word looked up, in bytes */
	LOOKMAX = 16             /* code points skipped looking for a word */
};

enum wordclass { W_OTHER, W_UPPER, W_LOWER, W_DIGIT, W_CLITIC };

/* Dutch 's 't 'n (with ' or ’) before a space, a hyphen or the end. */
static int
clitic_at(const unsigned char *s, size_t len, size_t i)
{
	size_t a;

	if (s[i] == '\'')
		a = 1;
	else if (i + 2 < len && s[i] == 0xE2 && s[i + 1] == 0x80 && s[i + 2] == 0x99)
		a = 3;
	else
		return 0;
	i += a;
	if (i >= len || (s[i] != 's' && s[i] != 't' && s[i] != 'n'))
		return 0;
	i++;
	return i >= len || s[i] == ' ' || s[i] == '-' || s[i] == '\t';
}

/* The kind of the word that follows at k, after opening punctuation;
 * *ws gets the start of its letters. */
static int
next_word(const struct sentsplit *sp, size_t k, size_t *ws)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t len = sp->len, l, n;
	uint32_t cp;
	int c;

	for (n = 0; k < len && n < LOOKMAX; n++, k += l) {
		if ((abbrev_lang(sp->ab)->rules & LANG_CLITICS) && clitic_at(s, len, k))
			return W_CLITIC;
		c = cls_at(s, len, k, &cp, &l);
		if (c == SB_UPPER || c == SB_OLETTER) {
			*ws = k;
			return W_UPPER;
		}
		if (c == SB_LOWER)
			return W_LOWER;
		if (c == SB_NUMERIC)
			return W_DIGIT;
		if (c != SB_SP && c != SB_CLOSE && uc_gc(cp) != GC_PUNCT)
			return W_OTHER;
	}
	return W_OTHER;
}

/* The length of the letters of the word at ws, up to TOKMAX bytes; only
 * some rules need it, so next_word() leaves it. */
static size_t
word_length(const struct sentsplit *sp, size_t ws)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t e, l;
	uint32_t cp;
	int c;

	for (e = ws; e < sp->len && e - ws < TOKMAX; e += l) {
		c = cls_at(s, sp->len, e, &cp, &l);
		if (c != SB_UPPER && c != SB_LOWER && c != SB_OLETTER &&
		    c != SB_EXTEND)
			break;
	}
	return e - ws;
}

/* Does the word at ws usually open a sentence? */
static int
starter_at(const struct sentsplit *sp, size_t ws)
{
	return abbrev_starter(sp->ab, sp->s + ws, word_length(sp, ws));
}

/* Where the first word of the sentence at start begins. */
static size_t
first_word(const struct sentsplit *sp, size_t start)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t n, l;
	uint32_t cp;
	int c;

	/* most sentences begin with a letter */
	if (start < sp->len && ascii_alnum(s[start]))
		return start;
	for (n = 0; start < sp->len && n < LOOKMAX; n++, start += l) {
		c = cls_at(s, sp->len, start, &cp, &l);
		if (c != SB_SP && c != SB_CLOSE && uc_gc(cp) != GC_PUNCT)
			break;
	}
	return start;
}

/* How many of the eight bytes u[0..8) are ASCII letters or digits at
 * their end: 0 to 8. */
static inline size_t
ascii_tail(const unsigned char *u)
{
	uint64_t other = ~ascii_alnum8(load8(u)) & 0x8080808080808080u;

	return other == 0 ? 8 : 7 - highest_bit(other) / 8;
}

/* The word that ends at the period at t: letters, digits, marks and
 * periods between them.  Returns its start; *long_ is set when it is
 * longer than any abbreviation. */
static size_t
word_before(const unsigned char *s, size_t lo, size_t t, int *long_)
{
	size_t p = t, q, q2, k;
	uint32_t cp, cp2;
	int c;

	*long_ = 0;
	while (p > lo) {
		if (t - p > TOKMAX) {
			*long_ = 1;
			break;
		}
		/* eight ASCII letters and digits at a time, where there are
		 * eight bytes: as far as a byte at a time would go */
		if (p - lo >= 8 && (k = ascii_tail(s + p - 8)) > 0) {
			p -= k;
			if (t - p > TOKMAX) {
				p = t - TOKMAX - 1;
				*long_ = 1;
				break;
			}
			continue;
		}
		if (ascii_alnum(s[p - 1])) {
			p--;
			continue;
		}
		if (s[p - 1] == ' ')    /* most words */
			break;
		q = prev_at(s, lo, p, &cp);
		c = sbof(cp);
		if (alnum(c) || (c == SB_EXTEND && p < t)) {
			p = q;
			continue;
		}
		if (cp == '.' && p < t && q > lo) {
			q2 = prev_at(s, lo, q, &cp2);
			if (alnum(sbof(cp2))) {
				p = q2;
				continue;
			}
		}
		break;
	}
	return p;
}

/* Does the word at a stand on its own: after white space, the start, or
 * an opening quote or bracket that does?  Not so "s" in "foto's" or a
 * part of a hyphenated word. */
static int
standalone(const unsigned char *s, size_t lo, size_t a)
{
	uint32_t cp;
	int c;

	if (a <= lo || s[a - 1] == ' ')
		return 1;
	a = prev_at(s, lo, a, &cp);
	c = sbof(cp);
	if (white(c))
		return 1;
	if (!sent_opener(cp) && !sent_bullet(cp) && cp != '\'' && cp != '"' &&
	    cp != 0x2019)
		return 0;
	if (a <= lo)
		return 1;
	prev_at(s, lo, a, &cp);
	return white(sbof(cp)) || sent_opener(cp);
}

/* Each period-separated part a single letter (J.P, V.S, z.s.m)? */
static int
letter_groups(const unsigned char *s, size_t a, size_t b)
{
	size_t l, n = 0;
	uint32_t cp;
	int c;

	/* most words: two ASCII characters before any period */
	if (b - a >= 2 && s[a] < 0x80 && s[a + 1] < 0x80 && s[a + 1] != '.')
		return 0;
	while (a < b) {
		c = cls_at(s, b, a, &cp, &l);
		a += l;
		if (cp == '.') {
			if (n != 1)
				return 0;
			n = 0;
		} else if (c == SB_EXTEND)
			continue;
		else if (c == SB_NUMERIC || ++n > 1)
			return 0;
	}
	return n == 1;
}

/* A list marker: a number of up to three digits, a single letter or a
 * Roman numeral. */
static int
list_marker(const unsigned char *s, size_t a, size_t b)
{
	size_t i;

	if (b - a <= 3) {
		for (i = a; i < b && s[i] >= '0' && s[i] <= '9'; i++)
			;
		if (i == b)
			return 1;
	}
	if (letter_groups(s, a, b) && memchr(s + a, '.', b - a) == NULL)
		return 1;
	if (b - a <= 6) {
		for (i = a; i < b && strchr("IVXLC", s[i]) != NULL; i++)
			;
		if (i == b)
			return 1;
		for (i = a; i < b && strchr("ivxlc", s[i]) != NULL; i++)
			;
		if (i == b)
			return 1;
	}
	return 0;
}

/* A number of one or two digits: in German a period after it usually
 * makes it an ordinal ("am 3. Oktober", "im 19. Jahrhundert"). */
static int
ordinal(const unsigned char *s, size_t a, size_t b)
{
	return (b - a == 1 || b - a == 2) && s[a] >= '0' && s[a] <= '9' &&
	    s[b - 1] >= '0' && s[b - 1] <= '9';
}

/* A compound that ends in one of the language's abbreviation suffixes
 * ("Hauptstr.") is of the class of that abbreviation. */
static int
suffix_class(const struct abbrevs *ab, const unsigned char *s, size_t a,
    size_t b)
{
	const char *const *x = abbrev_lang(ab)->suffixes;
	size_t n;

	for (; x != NULL && *x != NULL; x++) {
		n = strlen(*x);
		if (b - a > n && memcmp(s + b - n, *x, n) == 0)
			return abbrev_class(ab, *x, n);
	}
	return ABBR_NONE;
}

/* The class of the word s[a..b) in the abbreviation lists; at the start of
 * a sentence a capitalised word is also tried in lower case, and a word
 * made of known abbreviations joined by periods ("mr.drs") takes the
 * class of its last part. */
static int
lookup(const struct abbrevs *ab, const unsigned char *s, size_t a, size_t b,
    int first)
{
	char buf[TOKMAX + 8];
	size_t l, n, p, q;
	uint32_t cp, lc;
	int cls;

	cls = abbrev_class(ab, (const char *)s + a, b - a);
	if (cls != ABBR_NONE)
		return cls;
	if (first) {
		l = utf8_decode(s + a, b - a, &cp);
		lc = uc_tolower(cp);
		if (lc != cp && cp != UTF8_INVALID) {
			n = utf8_encode(lc, buf);
			memcpy(buf + n, s + a + l, b - a - l);
			cls = abbrev_class(ab, buf, n + b - a - l);
			if (cls != ABBR_NONE)
				return cls;
		}
	}
	if ((cls = suffix_class(ab, s, a, b)) != ABBR_NONE)
		return cls;
	if (memchr(s + a, '.', b - a) == NULL)
		return ABBR_NONE;
	for (p = a; p < b; p = q + 1) {
		for (q = p; q < b && s[q] != '.'; q++)
			;
		cls = abbrev_class(ab, (const char *)s + p, q - p);
		if (cls == ABBR_NONE)
			return ABBR_NONE;
	}
	return cls;
}

/* Is the word before the terminator at t a plain word: standalone, two or
 * more lower-case ASCII letters, no abbreviation? */
static int
plain_word_before(const struct sentsplit *sp, size_t start, size_t t)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t a, i;
	int long_;

	a = word_before(s, start, t, &long_);
	if (long_ || t - a < 2 || !standalone(s, start, a))
		return 0;
	for (i = a; i < t; i++)
		if (s[i] < 'a' || s[i] > 'z')
			return 0;
	return lookup(sp->ab, s, a, t, 0) == ABBR_NONE;
}

/* No white space after a terminator, yet plainly a new sentence: a plain
 * word, then a capitalised word that usually opens a sentence and a space
 * or an apostrophe ("it.The next", "quality.You'll"). */
static int
glued_start(const struct sentsplit *sp, size_t start, size_t t, size_t k)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t ws, wl;

	if (!plain_word_before(sp, start, t))
		return 0;
	if (next_word(sp, k, &ws) != W_UPPER || ws != k)
		return 0;
	wl = word_length(sp, ws);
	if (ws + wl >= sp->len || (s[ws + wl] != ' ' && s[ws + wl] != '\''))
		return 0;
	return abbrev_starter(sp->ab, (const char *)s + ws, wl);
}

/* A lower-case word after a period or ? ! usually continues the sentence
 * ("etc. and", "'Kom je?' vroeg ze").  Where a language marks LANG_LOWER,
 * a new sentence may begin in lower case, as web text has it, after a
 * plain word when no quote or bracket closes after the terminator. */
static int
lower_opens(const struct sentsplit *sp, size_t start, size_t t, size_t j)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t e;

	if (!(abbrev_lang(sp->ab)->rules & LANG_LOWER))
		return 0;
	for (e = t; e < j && (s[e] == '.' || s[e] == '?' || s[e] == '!'); e++)
		;
	return e == j && plain_word_before(sp, start, t);
}

/* A single period at t, with a word of kind w at ws after the white
 * space: the word before the period decides.  1 for a boundary. */
static int
period_decides(const struct sentsplit *sp, size_t start, size_t t, int w,
    size_t ws)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	unsigned rules = abbrev_lang(sp->ab)->rules;
	size_t a;
	int cls, first, long_;

	a = word_before(s, start, t, &long_);
	if (a == t)             /* "N°. 3" goes on, "(1994). 10" does not */
		return w != W_DIGIT ||
		    sent_class_before(s, start, t) != SB_OTHER;
	if (long_ || !standalone(s, start, a))
		return 1;
	first = a == first_word(sp, start);
	cls = lookup(sp->ab, s, a, t, first);
	if (cls == ABBR_NONE) {
		if (first && list_marker(s, a, t))
			return 0;
		if (letter_groups(s, a, t))
			cls = ABBR_NAME;
		else if ((rules & LANG_ORDINALS) && ordinal(s, a, t))
			cls = ABBR_NAME;
	}
	switch (cls) {
	case ABBR_INNER:
		return 0;
	case ABBR_FINAL:
		if (rules & LANG_NOUNCAPS && w == W_UPPER)
			return starter_at(sp, ws);
		return w != W_DIGIT;
	case ABBR_NAME:
		if (w == W_UPPER)
			return starter_at(sp, ws);
		return w != W_DIGIT;
	}
	return 1;
}

/* Decide about the terminator at t in the sentence that began at start;
 * wordless says the sentence has no letter or digit before t.  Returns 1
 * for a boundary: *end is where the sentence ends, *next where the
 * following one may begin.  Returns 0 for none: scanning goes on at
 * *next. */
static int
decide(struct sentsplit *sp, size_t start, size_t t, int wordless,
    size_t *end, size_t *next)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t len = sp->len, j = t, k, l, n, ws = 0;
	uint32_t cp;
	int c = SB_OTHER, q = 0, dots = 0, ell = 0, w;
	int inner_ell = 0, bracketed;

	/* most terminators: a period, a space and a capital, which the scans
	 * below would find to be one period before a word of W_UPPER */
	if (!wordless && s[t] == '.' && t + 2 < len && s[t + 1] == ' ' &&
	    (unsigned char)(s[t + 2] - 'A') < 26) {
		*end = t + 1;
		*next = t + 2;
		return period_decides(sp, start, t, W_UPPER, t + 2);
	}
	/* ". . ." inside a sentence, ". . . ." or "word. . ." at its end */
	if (s[t] == '.' && (dots = sent_spaced_ellipsis(s, len, t, &j)) > 0)
		inner_ell = dots < 4 && t > start && s[t - 1] == ' ';
	/* the terminators and the closing punctuation right after them */
	for (; j < len; j += l) {
		c = cls_at(s, len, j, &cp, &l);
		if (c == SB_STERM)
			q = 1;
		else if (c == SB_ATERM)
			dots++;
		else if (cp == 0x2026)
			ell = 1;
		else if (!(c == SB_CLOSE && sent_closes_after(cp)) &&
		    c != SB_EXTEND && c != SB_FORMAT)
			break;
	}
	if (inner_ell || wordless) {
		*next = j;
		return 0;
	}
	bracketed = (dots > 1 || ell) &&
	    sent_bracketed_ellipsis(s, start, t, j);
	for (;;) {
		*end = j;
		for (k = j; k < len; k += l)
			if ((c = cls_at(s, len, k, &cp, &l)) != SB_SP)
				break;
		*next = k;
		if (k >= len || parasep(c))
			return 1;
		if (k == j)             /* no space: "3.5", "J.P.", "nos.nl" */
			return glued_start(sp, start, t, k);
		if ((n = sent_detached_closer(sp, k)) == 0)
			break;
		for (j = k + n; j < len; j += l) {
			c = cls_at(s, len, j, &cp, &l);
			if (!(c == SB_CLOSE && !sent_opener(cp)) &&
			    c != SB_EXTEND && c != SB_FORMAT)
				break;
		}
	}
	/* , ; : after the white space continue the sentence (SB8a); a dash
	 * and the Dutch opening quote ,, do not */
	if (c == SB_SCONTINUE && !(cp == ',' && k + 1 < len && s[k + 1] == ',') &&
	    cp != '-' && cp != 0x2013 && cp != 0x2014)
		return 0;
	w = next_word(sp, k, &ws);
	if (bracketed)          /* an omission: a new sentence must be plain */
		return w == W_UPPER && starter_at(sp, ws);
	if (w == W_LOWER)
		return !ell && dots <= 1 && lower_opens(sp, start, t, *end);
	if (w == W_CLITIC || q || ell || dots > 1)
		return 1;

	return period_decides(sp, start, t, w, ws);
}

/* Is there a letter or digit in s[*from..t)?  Moves *from on, so that
 * the scans of one sentence add up to its length. */
static int
word_seen(const unsigned char *s, size_t *from, size_t t)
{
	uint32_t cp;
	size_t l;

	for (; *from < t; *from += l)
		if (alnum(cls_at(s, t, *from, &cp, &l)))
			return 1;
	return 0;
}

/* The end of the sentence that starts at start; *next gets where the
 * following one may begin. */
static size_t
lang_end(struct sentsplit *sp, size_t start, size_t *next)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t i = start, t, l, end, scan = start, m;
	struct listitem item;
	int c, seen = 0;

	item.kind = ITEM_NONE;
	if (sent_item_may_open(s[start]))
		sent_item_begin(&item, s, sp->len, start);
	for (;;) {
		t = sent_next_stop(s, sp->len, &sp->stops, i, 1, &c, &l);
		if (item.kind != ITEM_NONE &&
		    (m = sent_item_next(&item, s, sp->len, i, t)) < t) {
			/* the next item of a list starts a sentence */
			*next = m;
			return m;
		}
		if (t >= sp->len) {
			*next = sp->len;
			return sp->len;
		}
		if (parasep(c)) {
			*next = sent_sep_end(s, sp->len, t, c, l);
			return t;
		}
		if (!seen)
			seen = word_seen(s, &scan, t);
		if (decide(sp, start, t, !seen, &end, next))
			return end;
		i = *next;
	}
}

void
sent_begin(struct sentsplit *sp, const struct abbrevs *ab, const char *s,
    size_t n)
{
	sent_ascii_init();
	sp->ab = ab;
	sp->s = s;
	sp->len = n;
	sp->pos = 0;
	sp->qpos = 0;
	sp->qcount = 0;
	sp->gopen = 0;
	sent_stops_begin(&sp->stops);
}

int
sent_next(struct sentsplit *sp, struct text *sentence)
{
	const unsigned char *s = (const unsigned char *)sp->s;
	size_t start, end, next, l, p;
	uint32_t cp;

	for (;;) {
		if (sp->ab != NULL)
			while (sp->pos < sp->len &&
			    white(cls_at(s, sp->len, sp->pos, &cp, &l)))
				sp->pos += l;
		if (sp->pos >= sp->len)
			return 0;
		start = sp->pos;
		if (sp->ab == NULL)
			end = next = sent_uax_end(sp->s, sp->len, start);
		else
			end = lang_end(sp, start, &next);
		sp->pos = next;
		while (end > start) {
			p = prev_at(s, start, end, &cp);
			if (!white(sbof(cp)))
				break;
			end = p;
		}
		if (end > start) {
			sentence->s = sp->s + start;
			sentence->len = end - start;
			return 1;
		}
	}
}

size_t
sent_count(const struct abbrevs *ab, const char *s, size_t n)
{
	struct sentsplit sp;
	struct text t;
	size_t count = 0;

	sent_begin(&sp, ab, s, n);
	while (sent_next(&sp, &t))
		count++;
	return count;
}
