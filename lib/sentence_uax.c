/*
 * The base layer of the sentence splitter: the sentence boundaries of
 * Unicode UAX #29 (Unicode 15.0), rules SB1 to SB998, on the
 * Sentence_Break property of the generated tables.  It is used as it is
 * for sent_begin(..., NULL, ...) (artsent -U) and passes
 * SentenceBreakTest.txt.  The scan for terminators here serves the
 * language layer (sentence.c) too.
 */
#include <string.h>

#include "sentence_priv.h"
#include "word_priv.h"

/* Bytes that may start a terminator or a paragraph separator.  Lead bytes
 * of multi-byte characters are decoded and looked up; U+00C0..U+00FF
 * (lead byte C3: accented Latin letters) holds none of them. */
static const unsigned char special[256] = {
	0,0,0,0,0,0,0,0, 0,0,1,0,0,1,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	0,1,0,0,0,0,0,0, 0,0,0,0,0,0,1,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,1,
	0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0, 0,0,0,0,0,0,0,0,
	0,0,1,0,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1,
	1,1,1,1,1,1,1,1, 1,1,1,1,1,1,1,1, 1,1,1,1,1,0,0,0, 0,0,0,0,0,0,0,0
};

unsigned char sent_ascii_sb[128];
static int ascii_ready;

void
sent_ascii_init(void)
{
	uint32_t c;

	if (ascii_ready)
		return;
	for (c = 0; c < 128; c++)
		sent_ascii_sb[c] = (unsigned char)uc_sb(c);
	ascii_ready = 1;
}

/* The class of the character at s[i], which special[] marks, as
 * cls_at() gives it; the punctuation of U+2000..U+203F (quotes, dashes,
 * the ellipsis) is common enough in news text to be decoded here. */
static inline int
special_cls(const unsigned char *s, size_t len, size_t i, uint32_t *cp,
    size_t *l)
{
	if (s[i] == 0xE2 && len - i >= 3 && s[i + 1] == 0x80 &&
	    (s[i + 2] & 0xC0) == 0x80) {
		*cp = 0x2000 | (s[i + 2] & 0x3F);
		*l = 3;
		return uc_sb(*cp);
	}
	return cls_at(s, len, i, cp, l);
}

/*
 * The candidates come from block masks (charmask.c): bit j of a mask is
 * set for each byte j of 64 that special[] may mark, and those bits are
 * taken one by one.  The bytes of a character that is no terminator are
 * continuation bytes, never candidates, so a candidate is always the
 * start of a character.  The masks of the blocks last classified, a few
 * at a time, stay in *st for the next call, which mostly starts inside
 * them.
 */
static void
classify_stops(const unsigned char *s, size_t len, struct sentstops *st,
    size_t i)
{
	unsigned char pad[64];
	size_t whole;

	/* blocks at multiples of 64 from the start of the text, so that each
	 * is classified once */
	st->base = i - i % 64;
	whole = (len - st->base) / 64;
	if (whole > 0) {
		st->nblocks = whole < SENT_STOP_BLOCKS ? whole : SENT_STOP_BLOCKS;
		charmask_stops(s + st->base, st->nblocks, st->mask);
	} else {
		memcpy(pad, s + st->base, len - st->base);
		memset(pad + (len - st->base), ' ', 64 - (len - st->base));
		charmask_stops(pad, 1, st->mask);
		st->nblocks = 1;
	}
}

void
sent_stops_begin(struct sentstops *st)
{
	st->base = SIZE_MAX;
	st->nblocks = 0;
	st->from = SIZE_MAX;
}

static size_t
keep_stop(struct sentstops *st, size_t at, int c, size_t l)
{
	st->at = at;
	st->cls = c;
	st->len = l;
	return at;
}

/* A scan from anywhere between the last start and the stop it found ends
 * at that stop again: the answer is kept, so that a sentence that ends
 * before any terminator (an item of a list of bullets) does not send a
 * scan over the rest of the paragraph once for each sentence. */
size_t
sent_next_stop(const unsigned char *s, size_t len, struct sentstops *st,
    size_t i, int ell, int *c, size_t *l)
{
	uint64_t m;
	size_t j, k, at;
	uint32_t cp;

	if (st->from <= i && i <= st->at && st->ell == ell) {
		*c = st->cls;
		*l = st->len;
		return st->at;
	}
	st->from = i;
	st->ell = ell;
	while (i < len) {
		if (i < st->base || i - st->base >= 64 * st->nblocks)
			classify_stops(s, len, st, i);
		k = (i - st->base) / 64;
		at = st->base + 64 * k;
		for (m = st->mask[k] >> (i - at) << (i - at); m != 0; m &= m - 1) {
			j = at + lowest_bit(m);
			if (!special[s[j]])
				continue;
			*c = special_cls(s, len, j, &cp, l);
			if (*c == SB_STERM || *c == SB_ATERM || parasep(*c))
				return keep_stop(st, j, *c, *l);
			if (ell && cp == 0x2026) {
				*c = ELLIPSIS;
				return keep_stop(st, j, *c, *l);
			}
		}
		i = at + 64;
	}
	*c = SB_OTHER;
	*l = 0;
	return keep_stop(st, len, *c, *l);
}

size_t
sent_sep_end(const unsigned char *s, size_t len, size_t i, int c, size_t l)
{
	if (c == SB_CR && i + 1 < len && s[i + 1] == '\n')
		return i + 2;
	return i + l;
}

/* SB8: from i, does a lower-case letter come before any other letter,
 * paragraph separator or terminator? */
static int
lower_follows(const unsigned char *s, size_t len, size_t i)
{
	uint32_t cp;
	size_t l;
	int c;

	for (; i < len; i += l) {
		c = cls_at(s, len, i, &cp, &l);
		if (c == SB_OLETTER || c == SB_UPPER || c == SB_LOWER ||
		    c == SB_STERM || c == SB_ATERM || parasep(c))
			return c == SB_LOWER;
	}
	return 0;
}

int
sent_class_before(const unsigned char *s, size_t lo, size_t t)
{
	uint32_t cp;
	int c;

	while (t > lo) {
		t = prev_at(s, lo, t, &cp);
		c = sbof(cp);
		if (c != SB_EXTEND && c != SB_FORMAT)
			return c;
	}
	return SB_OTHER;
}

/* The end of the UAX #29 segment that starts at start. */
static size_t
uax_end(const unsigned char *s, size_t len, size_t start)
{
	size_t i = start, t, j, l;
	struct sentstops st;
	uint32_t cp;
	int c, aterm, before, spaces, closes;

	sent_stops_begin(&st);
	for (;;) {
		t = sent_next_stop(s, len, &st, i, 0, &c, &l);
		if (t >= len)
			return len;                     /* SB2 */
		if (parasep(c))
			return sent_sep_end(s, len, t, c, l); /* SB3, SB4 */
		aterm = c == SB_ATERM;
		before = sent_class_before(s, start, t);
		spaces = closes = 0;
		for (j = t + l;; j += l) {
			if (j >= len)
				return len;
			c = cls_at(s, len, j, &cp, &l);
			if (c == SB_EXTEND || c == SB_FORMAT)
				continue;               /* SB5 */
			if (aterm && !spaces && !closes && (c == SB_NUMERIC ||
			    (c == SB_UPPER && (before == SB_UPPER || before == SB_LOWER))))
				break;                  /* SB6, SB7 */
			if (c == SB_SCONTINUE)
				break;                  /* SB8a */
			if (c == SB_STERM || c == SB_ATERM) {
				aterm = c == SB_ATERM;  /* SB8a */
				before = SB_OTHER;
				spaces = closes = 0;
				continue;
			}
			if (c == SB_CLOSE && !spaces) {
				closes++;               /* SB9 */
				continue;
			}
			if (c == SB_SP) {
				spaces++;               /* SB9, SB10 */
				continue;
			}
			if (parasep(c))                 /* SB9, SB10, SB4 */
				return sent_sep_end(s, len, j, c, l);
			if (aterm && lower_follows(s, len, j))
				break;                  /* SB8 */
			return j;                       /* SB11 */
		}
		i = j;
	}
}

size_t
sent_uax_end(const char *s, size_t n, size_t start)
{
	sent_ascii_init();
	return start < n ? uax_end((const unsigned char *)s, n, start) : n;
}
