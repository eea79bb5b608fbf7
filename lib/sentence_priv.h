/*
 * Inside the sentence splitter: what sentence_uax.c (the UAX #29 base
 * layer and the scan for terminators), sentence_marks.c (quotes, brackets,
 * ellipses and list item markers around a terminator) and sentence.c (the
 * language rules and sent_next()) share.  Programs need artkit.h alone.
 *
 * The scan is table driven and never allocates; every loop moves forward,
 * and look-arounds are bounded, so time is linear in the paragraph.
 */
#ifndef SENTENCE_PRIV_H
#define SENTENCE_PRIV_H

#include "artkit.h"

enum { ELLIPSIS = 100 };         /* pseudo class of U+2026 in language mode */

/* ---- sentence_uax.c: classes and the scan for terminators ---- */

/* Sentence_Break classes of ASCII, filled by sent_ascii_init(), which
 * sent_begin() and sent_uax_end() call first. */
extern unsigned char sent_ascii_sb[128];
void sent_ascii_init(void);

static inline int
sbof(uint32_t cp)
{
	return cp < 128 ? sent_ascii_sb[cp] : uc_sb(cp);
}

/* The Sentence_Break class of the code point at s[i] (i < len). */
static inline int
cls_at(const unsigned char *s, size_t len, size_t i, uint32_t *cp, size_t *l)
{
	if (s[i] < 0x80) {
		*cp = s[i];
		*l = 1;
		return sent_ascii_sb[s[i]];
	}
	*l = utf8_decode(s + i, len - i, cp);
	return uc_sb(*cp);
}

/* The start of the code point that ends at s[i] (lo < i). */
static inline size_t
prev_at(const unsigned char *s, size_t lo, size_t i, uint32_t *cp)
{
	size_t k;

	if (s[i - 1] < 0x80) {
		*cp = s[i - 1];
		return i - 1;
	}
	for (k = 1; k <= 4 && k <= i - lo; k++) {
		if ((s[i - k] & 0xC0) != 0x80) {
			if (utf8_decode(s + i - k, k, cp) == k)
				return i - k;
			break;
		}
	}
	*cp = s[i - 1] < 0x80 ? s[i - 1] : UTF8_INVALID;
	return i - 1;
}

static inline int
parasep(int c)
{
	return c == SB_SEP || c == SB_CR || c == SB_LF;
}

static inline int
white(int c)
{
	return c == SB_SP || parasep(c);
}

static inline int
alnum(int c)
{
	return c == SB_UPPER || c == SB_LOWER || c == SB_OLETTER ||
	    c == SB_NUMERIC;
}

/* The next terminator or paragraph separator at or after i; len if none.
 * *c gets its class (ELLIPSIS for U+2026 when ell is set), *l its length.
 * st keeps the candidates of a block and the last answer between the
 * calls for one text, which sent_stops_begin() clears. */
void   sent_stops_begin(struct sentstops *st);
size_t sent_next_stop(const unsigned char *s, size_t len, struct sentstops *st,
           size_t i, int ell, int *c, size_t *l);
/* The end of a paragraph separator at i, with CR LF as one (SB3). */
size_t sent_sep_end(const unsigned char *s, size_t len, size_t i, int c,
           size_t l);
/* The class of the character before position t, Extend and Format
 * skipped (SB5), not looking before lo. */
int    sent_class_before(const unsigned char *s, size_t lo, size_t t);

/* ---- abbrev.c: the look-ups by binary search, for the tests ----
 * abbrev_class() and abbrev_starter() hash; these search the sorted lists
 * and must always agree with them. */
int    abbrev_class_sorted(const struct abbrevs *ab, const char *s, size_t n);
int    abbrev_starter_sorted(const struct abbrevs *ab, const char *s, size_t n);

/* ---- sentence_marks.c: the punctuation around a terminator ---- */

/* Opening quotes and brackets start the next sentence. */
int    sent_opener(uint32_t cp);
/* Closing quotes and brackets right after a terminator belong to the
 * sentence; the German „...“ and »...« close with what opens elsewhere. */
int    sent_closes_after(uint32_t cp);
int    sent_bullet(uint32_t cp);       /* • ‣ ⁃ ◦ */
/* The length of a closing quote or bracket at k that stands alone after
 * the white space following a terminator, or 0. */
size_t sent_detached_closer(struct sentsplit *sp, size_t k);

/* A spaced ellipsis from the period at t: ". . ." and longer, the
 * periods one space apart.  Returns the number of periods (0 when fewer
 * than three) and sets *after past the last. */
int    sent_spaced_ellipsis(const unsigned char *s, size_t len, size_t t,
           size_t *after);
/* An ellipsis in brackets, "[...]" or "(...)", from the terminator at t
 * whose run of terminators and closers ends at j: an omission inside a
 * sentence, never its end. */
int    sent_bracketed_ellipsis(const unsigned char *s, size_t start, size_t t,
           size_t j);

/* Inline lists: a sentence that opens with an item marker (1. 1) 1.) a.
 * or a bullet) ends where the marker of the next item stands, after white
 * space, whether or not the item ended with punctuation: "1. The first
 * item 2. The second item" is two sentences, the marker with its item. */
enum { ITEM_NONE, ITEM_NUM, ITEM_LETTER, ITEM_BULLET };
struct listitem {
	int kind;
	unsigned want;          /* the number or letter of the next item */
	char punct[3];          /* what follows it: ".", ")" or ".)" */
	uint32_t bullet;
	size_t from;            /* searched up to here */
};
/* Can a sentence whose first byte is c open with an item marker?  The
 * bullets are all beyond ASCII; the rest are a number or a letter a to y.
 * Most sentences open with a capital, and are told by this alone. */
static inline int
sent_item_may_open(unsigned char c)
{
	return c >= 0x80 || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'y');
}
/* Reads the item marker the sentence at start opens with, if any; kind
 * ITEM_NONE when there is none. */
void   sent_item_begin(struct listitem *it, const unsigned char *s, size_t len,
           size_t start);
/* Where in s[i..t) the next item's marker starts, after white space; t
 * when it is not there. */
size_t sent_item_next(struct listitem *it, const unsigned char *s, size_t len,
           size_t i, size_t t);

#endif
