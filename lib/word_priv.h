/*
 * Inside the word tokenizer: what word.c (word_next() and the tables it
 * is built on), wordblock.c (word_count() and word_list(), 64 bytes at a
 * time), wordcheck.c (the check of the engine) and charmask.c (the block
 * engines) share, and the hooks the tests reach them by.  Programs need
 * artkit.h alone.
 */
#ifndef WORD_PRIV_H
#define WORD_PRIV_H

#include <string.h>

#include "artkit.h"

/* ---- charmask.c: 64-byte blocks as class masks ----
 * Bit j of a mask stands for byte j of a block; charmask_blocks() fills
 * m[k] for the k-th block of 64 bytes at p.  charmask_pack() writes the
 * bytes whose bit is set in keep, those outside word as newlines, and may
 * write up to 64 bytes at out.  The engine is the best the processor has;
 * charmask_engine(name) picks another and returns NULL when there is no
 * such engine here; charmask_engine(NULL) names the one in use. */
struct charmask {
	uint64_t letter;        /* A-Z a-z */
	uint64_t digit;         /* 0-9 */
	uint64_t hyphen;        /* - */
	uint64_t midletter;     /* : */
	uint64_t midnumlet;     /* . ' */
	uint64_t midnum;        /* , ; */
	uint64_t apos;          /* ' */
	uint64_t w;             /* w W, for www. */
	uint64_t slash;         /* /, for :// */
	uint64_t look;          /* @ _ LF VT FF CR: only word_next() knows */
	uint64_t high;          /* bytes 0x80 and up */
};
void   charmask_blocks(const unsigned char *p, size_t nblocks, struct charmask *m);
/* For the sentence splitter: bit j of m[k] set for each byte j of the k-th
 * block that is . ! ? LF or CR or starts a character of two or more bytes
 * other than U+00C0..U+00FF (lead byte 0xC3); other bits may be set too. */
void   charmask_stops(const unsigned char *p, size_t nblocks, uint64_t *m);
size_t charmask_pack(const unsigned char *p, uint64_t word, uint64_t keep, char *out);
/* For artstrip's first look at a line (rules.c): the bytes its quick
 * tests turn on; and the bytes of each block
 * with the ASCII letters lowered, to lower (64 bytes a block). */
struct screenmask {
	uint64_t space;         /* ' ' */
	uint64_t odd;           /* bytes below 0x20, & */
	uint64_t high;          /* bytes 0x80 and up */
	uint64_t alnum;         /* A-Z a-z 0-9 */
	uint64_t close;         /* . ! ? ) " ' */
};
void   charmask_screen(const unsigned char *p, size_t nblocks, struct screenmask *m,
           unsigned char *lower);
/* Where a plea may begin in blocks of such lowered bytes: bit j of
 * starts[k] for each byte j of block k that begins "coo", "nie", "new" or
 * "tip".  Two bytes past the last block are read. */
void   charmask_pleas(const unsigned char *lower, size_t nblocks, uint64_t *starts);
/* For the stop-word vote of language detection (lang.c), in the 64 bytes
 * at p: bit j of word for each ASCII letter and each byte from 0x80 on,
 * of care for each byte the vote must look at one by one: " and a , or '
 * with the same byte after it (so 65 bytes are read), and the lead bytes
 * 0xC2 0xC3 0xE2 0xE3 of quotation marks and German letters.  Only
 * where charmask_votes() says the engine has them: the portable engine
 * has not, eight bytes at a time being slower than the vote's own loop
 * over the bytes. */
struct votemask {
	uint64_t word, care;
};
int    charmask_votes(void);
void   charmask_vote(const unsigned char *p, struct votemask *m);
const char *charmask_engine(const char *name);
const char *charmask_engine_at(size_t k);  /* k-th of this build, best last; NULL past them */
/* A number that changes whenever what the engine gives may have changed:
 * another engine, or charmask_break(). */
unsigned charmask_changes(void);
/* Test hook: from now on every engine says each byte c (0 to 255) is a
 * letter when it is none and none when it is one, as a broken engine
 * would; -1 mends them. */
void   charmask_break(int c);

/* The position of the lowest set bit of x, which is not 0. */
static inline unsigned
lowest_bit(uint64_t x)
{
#ifdef __GNUC__
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned k = 0;

	while (!(x >> k & 1))
		k++;
	return k;
#endif
}

/* Eight bytes below 0x80 at a time: bit 7 of each byte of a that equals
 * c, or that lies from lo to hi. */
static inline uint64_t
swar_eq(uint64_t a, unsigned c)
{
	uint64_t t = a ^ (0x0101010101010101u * c);

	return ~(t + 0x7F7F7F7F7F7F7F7Fu) & 0x8080808080808080u;
}

static inline uint64_t
swar_range(uint64_t a, unsigned lo, unsigned hi)
{
	return (a + 0x0101010101010101u * (0x80 - lo)) & ~(a + 0x0101010101010101u * (0x7F - hi)) &
	    0x8080808080808080u;
}

/* The 8 bytes at p, the first in the low byte. */
static inline uint64_t
load8(const unsigned char *p)
{
	uint64_t x;
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(&x, p, 8);
#else
	unsigned j;

	for (x = 0, j = 0; j < 8; j++)
		x |= (uint64_t)p[j] << 8 * j;
#endif
	return x;
}

/* The n (1 to 8) bytes at p, the first in the low byte, zeros above
 * them; nothing past p[n - 1] is read. */
static inline uint64_t
load_upto8(const unsigned char *p, size_t n)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	uint32_t lo, hi;

	if (n == 8)
		return load8(p);
	if (n >= 4) {
		/* two loads that overlap: the same bytes where they do */
		memcpy(&lo, p, 4);
		memcpy(&hi, p + n - 4, 4);
		return lo | (uint64_t)hi << 8 * (n - 4);
	}
	return p[0] | (uint64_t)p[n / 2] << 8 * (n / 2) | (uint64_t)p[n - 1] << 8 * (n - 1);
#else
	uint64_t x;

	for (x = 0; n-- > 0;)
		x = x << 8 | p[n];
	return x;
#endif
}

/* ascii_alnum() of each of the eight bytes of w, as its bit 7. */
static inline uint64_t
ascii_alnum8(uint64_t w)
{
	uint64_t a = w & 0x7F7F7F7F7F7F7F7Fu;

	return (swar_range(a, '0', '9') | swar_range(a | 0x2020202020202020u, 'a', 'z')) & ~w;
}

/* The position of the highest set bit of x, which is not 0. */
static inline unsigned
highest_bit(uint64_t x)
{
#ifdef __GNUC__
	return 63 - (unsigned)__builtin_clzll(x);
#else
	unsigned k = 63;

	while (!(x >> k & 1))
		k--;
	return k;
#endif
}

/* The number of set bits of x.  Without a popcount instruction in the
 * baseline, the compiler's builtin would be a library call. */
static inline unsigned
bit_count(uint64_t x)
{
	x = x - (x >> 1 & 0x5555555555555555u);
	x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
	return (unsigned)((x * 0x0101010101010101u) >> 56);
}

/* ---- wordcheck.c: the start-up check of the block engine ----
 * Before the block loops first use an engine they compare its classes of
 * every byte value with the tokenizer's, and when they differ they write
 * a message to standard error once and find the words without it (right,
 * only slower): word_blocks_usable() says whether they may use it.
 * word_blocks_check() runs the comparison for the engine in use: -1 when
 * it agrees, else the first byte value that differs. */
int word_blocks_usable(void);
int word_blocks_check(void);
/* wordblock.c: the masks an engine must give for the 64 bytes at p. */
void word_wanted_masks(const unsigned char *p, struct charmask *m);

/* ---- word.c: the tables of both ---- */
/* What a token is made of, by property record. */
enum { K_ALNUM = 1, K_LETTER = 2, K_NONSPACE = 4 };
/*
 * Character classes of the fast loops.  F_X marks what only word_next()
 * handles: marks and format characters (rule WB4), line breaks, Katakana,
 * Hebrew, regional indicators, ExtendNumLet, letters and digits outside
 * ALetter and Numeric, and the characters that may start a URL or e-mail
 * address.
 */
enum { F_X, F_L, F_D, F_O, F_SP, F_HY, F_ML, F_MNL, F_MN };  /* joiners last */
extern unsigned char word_fclass[256];   /* F_* by property record */
extern unsigned char word_afclass[128];  /* F_* of each ASCII character */
void word_tables(void);                  /* sets the tables up, once */

static inline unsigned
word_recidx(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return 0;
	return uc_stage2[(size_t)uc_stage1[cp >> 8] << 8 | (cp & 0xFF)];
}

/* An apostrophe (U+0027 or U+2019) that fills s[p..e)? */
static inline int
word_apostrophe(const unsigned char *s, size_t p, size_t e)
{
	return (e - p == 1 && s[p] == '\'') ||
	    (e - p == 3 && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x99);
}

/*
 * The tokens of w's text from `from` on, from word_next() after a fresh
 * context, up to the first one that ends before an ASCII space after
 * stop; returns that end.  The words are counted in *count, or written,
 * each with a newline, to *o.  One w serves every call for a text, so
 * that what it has found out about the rest of the text is not sought
 * again: the calls together take time linear in the text.
 */
size_t word_redo(struct wordit *w, size_t from, size_t stop, size_t *count, char **o);

#endif
