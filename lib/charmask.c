/*
 * Blocks of 64 bytes as bit masks of the ASCII classes the word counter
 * turns on, and the packing of word bytes for word_list().  Four engines
 * do the same, the best the processor has chosen at run time: AVX-512
 * (with VBMI2, for compressing bytes), AVX2, SSE2, which every x86-64 has,
 * and a portable byte loop.  wordblock.c checks each engine before it uses
 * it against the tokenizer's own tables, byte by byte.
 */
#include <string.h>

#include "word_priv.h"

#if defined(__GNUC__) && defined(__x86_64__)
#define HAVE_X86 1
#include <immintrin.h>
#endif

static void masks_portable(const unsigned char *p, size_t nblocks, struct charmask *m);
static size_t pack_portable(const unsigned char *p, uint64_t word, uint64_t keep, char *out);

static void (*masks_fn)(const unsigned char *, size_t, struct charmask *) = masks_portable;
static void stops_portable(const unsigned char *p, size_t nblocks, uint64_t *m);
static void (*stops_fn)(const unsigned char *, size_t, uint64_t *) = stops_portable;
static size_t (*pack_fn)(const unsigned char *, uint64_t, uint64_t, char *) = pack_portable;
static void screen_portable(const unsigned char *p, size_t nblocks, struct screenmask *m, unsigned char *lower);
static void (*screen_fn)(const unsigned char *, size_t, struct screenmask *, unsigned char *) = screen_portable;
static void pleas_portable(const unsigned char *p, size_t nblocks, uint64_t *m);
static void (*pleas_fn)(const unsigned char *, size_t, uint64_t *) = pleas_portable;
static void (*vote_fn)(const unsigned char *, struct votemask *);
static const char *engine = "portable";
static int chosen;
static unsigned changes;
static int broken = -1;         /* the byte charmask_break() asked for */
static void choose(void);
/* For packing, by the eight bits of a byte: the positions of the set
 * bits (then 0x80, a zero byte for a shuffle), how many there are, and
 * the bits spread to whole bytes (bit j to byte j, 0xFF). */
static unsigned char packidx[256][8];
static unsigned char packn[256];
static uint64_t packspread[256];

#define ONES 0x0101010101010101u
#define LOW7 0x7F7F7F7F7F7F7F7Fu
#define HIGH 0x8080808080808080u

/* The 8 bytes of x to p, the low byte first. */
static inline void
store8(char *p, uint64_t x)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	memcpy(p, &x, 8);
#else
	unsigned j;

	for (j = 0; j < 8; j++)
		p[j] = (char)(x >> 8 * j);
#endif
}

/* The 8 by 8 bit matrix x, byte i bit j, turned: byte j bit i. */
static inline uint64_t
transpose8(uint64_t x)
{
	uint64_t t;

	t = (x ^ (x >> 7)) & 0x00AA00AA00AA00AAu;
	x ^= t ^ (t << 7);
	t = (x ^ (x >> 14)) & 0x0000CCCC0000CCCCu;
	x ^= t ^ (t << 14);
	t = (x ^ (x >> 28)) & 0x00000000F0F0F0F0u;
	x ^= t ^ (t << 28);
	return x;
}

/*
 * Eight bytes at a time in a 64-bit word, each byte's classes found by
 * carry-free arithmetic on its seven low bits (the bytes from 0x80 on set
 * apart first), a few operations per class for eight bytes.  The class of
 * byte j of group g goes to bit g of byte j, and one transposition per
 * class and block puts it at bit 8 g + j.
 */
static void
one_portable(const unsigned char *p, struct charmask *m)
{
	uint64_t x, a, lc, ascii;
	uint64_t L = 0, W = 0, D = 0, H = 0, ML = 0, AP = 0, MNL = 0, MN = 0,
	    SL = 0, LK = 0, HI = 0;
	unsigned g;

	for (g = 0; g < 8; g++) {
		x = load8(p + 8 * g);
		ascii = ~x & HIGH;
		a = x & LOW7;
		lc = a | ONES * 0x20;
		L |= (swar_range(lc, 'a', 'z') & ascii) >> (7 - g);
		W |= (swar_eq(lc, 'w') & ascii) >> (7 - g);
		D |= (swar_range(a, '0', '9') & ascii) >> (7 - g);
		H |= (swar_eq(a, '-') & ascii) >> (7 - g);
		ML |= (swar_eq(a, ':') & ascii) >> (7 - g);
		AP |= (swar_eq(a, '\'') & ascii) >> (7 - g);
		MNL |= ((swar_eq(a, '.') | swar_eq(a, '\'')) & ascii) >> (7 - g);
		MN |= ((swar_eq(a, ',') | swar_eq(a, ';')) & ascii) >> (7 - g);
		SL |= (swar_eq(a, '/') & ascii) >> (7 - g);
		LK |= ((swar_range(a, '\n', '\r') | swar_eq(a, '@') |
		    swar_eq(a, '_')) & ascii) >> (7 - g);
		HI |= (x & HIGH) >> (7 - g);
	}
	m->letter = transpose8(L);
	m->w = transpose8(W);
	m->digit = transpose8(D);
	m->hyphen = transpose8(H);
	m->midletter = transpose8(ML);
	m->apos = transpose8(AP);
	m->midnumlet = transpose8(MNL);
	m->midnum = transpose8(MN);
	m->slash = transpose8(SL);
	m->look = transpose8(LK);
	m->high = transpose8(HI);
}

static void
masks_portable(const unsigned char *p, size_t nblocks, struct charmask *m)
{
	for (; nblocks > 0; nblocks--, p += 64, m++)
		one_portable(p, m);
}

/* Bit 7 of each byte that may be a terminator or paragraph separator of
 * the sentence splitter: . ! ? LF CR and the lead bytes from 0xC0 on.  A
 * byte above one of them may be set too: callers look at each. */
static inline uint64_t
swar_stops(uint64_t x)
{
#define ZB(v) (((v) - ONES) & ~(v))
	/* x - 0x0E in a byte borrows for LF and CR, and for the other
	 * bytes below 0x0E */
	return (ZB(x ^ (ONES * '.')) | ZB(x ^ (ONES * '!')) | ZB(x ^ (ONES * '?')) |
	    ((x - ONES * 0x0E) & ~x) | (x & x << 1)) & HIGH;
#undef ZB
}

static void
stops_portable(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	uint64_t x, bits;
	unsigned g;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		bits = 0;
		for (g = 0; g < 8; g++) {
			x = load8(p + 8 * g);
			/* bit 7 of byte j to bit j */
			bits |= ((swar_stops(x) >> 7) * 0x0102040810204080u) >> 56 << 8 * g;
		}
		*m = bits;
	}
}

static void
screen_portable(const unsigned char *p, size_t nblocks, struct screenmask *m,
    unsigned char *lower)
{
	uint64_t x, a, f, ascii;
	uint64_t S, O, HI, AN, CL;
	unsigned g, sh;

	for (; nblocks > 0; nblocks--, p += 64, m++, lower += 64) {
		S = O = HI = AN = CL = 0;
		for (g = 0; g < 8; g++) {
			x = load8(p + 8 * g);
			ascii = ~x & HIGH;
			a = x & LOW7;
			f = a | ONES * 0x20;
			sh = 7 - g;
			store8((char *)lower + 8 * g, x | (swar_range(a, 'A', 'Z') & ascii) >> 2);
			S |= (swar_eq(a, ' ') & ascii) >> sh;
			O |= ((swar_range(a, 0, 0x1F) | swar_eq(a, '&')) & ascii) >> sh;
			HI |= (x & HIGH) >> sh;
			AN |= ((swar_range(f, 'a', 'z') | swar_range(a, '0', '9')) & ascii) >> sh;
			CL |= ((swar_eq(a, '.') | swar_eq(a, '!') | swar_eq(a, '?') |
			    swar_eq(a, ')') | swar_eq(a, '"') | swar_eq(a, '\'')) & ascii) >> sh;
		}
		m->space = transpose8(S);
		m->odd = transpose8(O);
		m->high = transpose8(HI);
		m->alnum = transpose8(AN);
		m->close = transpose8(CL);
	}
}

/* Bit 7 of each byte of the lowered bytes a where a plea may begin:
 * "coo", "nie", "new" or "tip", with b and c the bytes one and two
 * places on. */
static inline uint64_t
swar_pleas(uint64_t a, uint64_t b, uint64_t c)
{
	uint64_t ascii = ~(a | b | c) & HIGH;

	a &= LOW7;
	b &= LOW7;
	c &= LOW7;
	return ((swar_eq(a, 'c') & swar_eq(b, 'o') & swar_eq(c, 'o')) |
	    (swar_eq(a, 'n') & ((swar_eq(b, 'i') & swar_eq(c, 'e')) |
	    (swar_eq(b, 'e') & swar_eq(c, 'w')))) |
	    (swar_eq(a, 't') & swar_eq(b, 'i') & swar_eq(c, 'p'))) & ascii;
}

static void
pleas_portable(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	uint64_t bits;
	unsigned g;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		bits = 0;
		for (g = 0; g < 8; g++)
			/* bit 7 of byte j to bit j */
			bits |= ((swar_pleas(load8(p + 8 * g), load8(p + 8 * g + 1),
			    load8(p + 8 * g + 2)) >> 7) * 0x0102040810204080u) >> 56 << 8 * g;
		*m = bits;
	}
}

/* Eight bytes at a time: a byte outside words becomes a newline by a
 * mask, and a group whose bytes all stay (most of them, in prose) goes
 * out whole; the others byte by byte, only those that stay. */
static size_t
pack_portable(const unsigned char *p, uint64_t word, uint64_t keep, char *out)
{
	size_t o = 0;
	unsigned g, k, j;
	uint64_t m, t;

	for (g = 0; g < 8; g++, p += 8) {
		k = (unsigned)(keep >> 8 * g) & 0xFF;
		if (k == 0)
			continue;
		m = packspread[(word >> 8 * g) & 0xFF];
		t = (load8(p) & m) | (0x0A0A0A0A0A0A0A0Aull & ~m);
		if (k == 0xFF) {
			store8(out + o, t);
			o += 8;
			continue;
		}
		for (j = 0; j < packn[k]; j++)
			out[o + j] = (char)(t >> 8 * packidx[k][j]);
		o += packn[k];
	}
	return o;
}

#ifdef HAVE_X86
static inline uint64_t
sse2_eq(__m128i v, char c)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
}

/* Bytes strictly between lo and hi; bytes >= 0x80 are negative, so
 * never between two ASCII bounds. */
static inline uint64_t
sse2_between(__m128i v, char lo, char hi)
{
	return (uint64_t)(unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8(lo)), _mm_cmpgt_epi8(_mm_set1_epi8(hi), v)));
}

static void
one_sse2(const unsigned char *p, struct charmask *m)
{
	unsigned k, sh;
	__m128i v, lc;

	memset(m, 0, sizeof *m);
	for (k = 0; k < 4; k++) {
		sh = 16 * k;
		v = _mm_loadu_si128((const __m128i *)(const void *)(p + sh));
		lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
		m->letter |= sse2_between(lc, 'a' - 1, 'z' + 1) << sh;
		m->w |= sse2_eq(lc, 'w') << sh;
		m->digit |= sse2_between(v, '0' - 1, '9' + 1) << sh;
		m->hyphen |= sse2_eq(v, '-') << sh;
		m->midletter |= sse2_eq(v, ':') << sh;
		m->apos |= sse2_eq(v, '\'') << sh;
		m->midnumlet |= sse2_eq(v, '.') << sh;
		m->midnum |= (sse2_eq(v, ',') | sse2_eq(v, ';')) << sh;
		m->slash |= sse2_eq(v, '/') << sh;
		m->look |= (sse2_between(v, '\t', '\r' + 1) | sse2_eq(v, '@') |
		    sse2_eq(v, '_')) << sh;
		m->high |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << sh;
	}
	m->midnumlet |= m->apos;
}

static void
masks_sse2(const unsigned char *p, size_t nblocks, struct charmask *m)
{
	for (; nblocks > 0; nblocks--, p += 64, m++)
		one_sse2(p, m);
}

/* . ! ? LF CR, and the bytes from 0xC0 on but 0xC3 (é and the other
 * letters from U+00C0 to U+00FF), signed from -64 to -1. */
static void
stops_sse2(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	unsigned k;
	__m128i v, x;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		*m = 0;
		for (k = 0; k < 4; k++) {
			v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
			x = _mm_or_si128(_mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('.')),
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('!'))),
			    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('?')),
			    _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\n')),
			    _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')))));
			x = _mm_or_si128(x, _mm_andnot_si128(
			    _mm_cmpeq_epi8(v, _mm_set1_epi8((char)0xC3)),
			    _mm_and_si128(_mm_cmpgt_epi8(v, _mm_set1_epi8(-65)),
			    _mm_cmplt_epi8(v, _mm_setzero_si128()))));
			*m |= (uint64_t)(unsigned)_mm_movemask_epi8(x) << 16 * k;
		}
	}
}

static void
screen_sse2(const unsigned char *p, size_t nblocks, struct screenmask *m,
    unsigned char *lower)
{
	unsigned k, sh;
	__m128i v, f;

	for (; nblocks > 0; nblocks--, p += 64, m++, lower += 64) {
		memset(m, 0, sizeof *m);
		for (k = 0; k < 4; k++) {
			sh = 16 * k;
			v = _mm_loadu_si128((const __m128i *)(const void *)(p + sh));
			f = _mm_or_si128(v, _mm_set1_epi8(0x20));
			_mm_storeu_si128((__m128i *)(void *)(lower + sh), _mm_or_si128(v,
			    _mm_and_si128(_mm_set1_epi8(0x20), _mm_and_si128(
			    _mm_cmpgt_epi8(v, _mm_set1_epi8('A' - 1)),
			    _mm_cmpgt_epi8(_mm_set1_epi8('Z' + 1), v)))));
			m->space |= sse2_eq(v, ' ') << sh;
			/* the bytes below 0x20 are from -1 to 0x20 signed, but for
			 * the negative ones: those are high */
			m->odd |= ((uint64_t)(unsigned)_mm_movemask_epi8(_mm_andnot_si128(v,
			    _mm_cmplt_epi8(v, _mm_set1_epi8(0x20)))) | sse2_eq(v, '&')) << sh;
			m->high |= (uint64_t)(unsigned)_mm_movemask_epi8(v) << sh;
			m->alnum |= (sse2_between(f, 'a' - 1, 'z' + 1) |
			    sse2_between(v, '0' - 1, '9' + 1)) << sh;
			m->close |= (sse2_eq(v, '.') | sse2_eq(v, '!') | sse2_eq(v, '?') |
			    sse2_eq(v, ')') | sse2_eq(v, '"') | sse2_eq(v, '\'')) << sh;
		}
	}
}

static inline __m128i
sse2_is(__m128i v, char c)
{
	return _mm_cmpeq_epi8(v, _mm_set1_epi8(c));
}

static void
pleas_sse2(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	__m128i a, b, c, hit;
	unsigned k;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		*m = 0;
		for (k = 0; k < 4; k++) {
			a = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
			b = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k + 1));
			c = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k + 2));
			hit = _mm_or_si128(_mm_or_si128(
			    _mm_and_si128(sse2_is(a, 'c'), _mm_and_si128(sse2_is(b, 'o'), sse2_is(c, 'o'))),
			    _mm_and_si128(sse2_is(a, 'n'), _mm_or_si128(
			    _mm_and_si128(sse2_is(b, 'i'), sse2_is(c, 'e')),
			    _mm_and_si128(sse2_is(b, 'e'), sse2_is(c, 'w'))))),
			    _mm_and_si128(sse2_is(a, 't'), _mm_and_si128(sse2_is(b, 'i'), sse2_is(c, 'p'))));
			*m |= (uint64_t)(unsigned)_mm_movemask_epi8(hit) << 16 * k;
		}
	}
}

/* The care bytes of the vote in v, with n the bytes one place on. */
static inline __m128i
sse2_care(__m128i v, __m128i n)
{
	return _mm_or_si128(_mm_or_si128(sse2_is(v, '"'),
	    _mm_cmpeq_epi8(_mm_and_si128(v, _mm_set1_epi8((char)0xDE)), _mm_set1_epi8((char)0xC2))),
	    _mm_or_si128(_mm_and_si128(sse2_is(v, ','), sse2_is(n, ',')),
	    _mm_and_si128(sse2_is(v, '\''), sse2_is(n, '\''))));
}

/* The masks of the stop-word vote: a letter is a byte that OR 0x20 and
 * less 'a' leaves below 26. */
static void
vote_sse2(const unsigned char *p, struct votemask *m)
{
	__m128i v, a;
	unsigned k;

	m->word = m->care = 0;
	for (k = 0; k < 4; k++) {
		v = _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k));
		a = _mm_sub_epi8(_mm_or_si128(v, _mm_set1_epi8(0x20)), _mm_set1_epi8('a'));
		m->word |= (uint64_t)(unsigned)_mm_movemask_epi8(_mm_or_si128(v,
		    _mm_cmpeq_epi8(_mm_min_epu8(a, _mm_set1_epi8(25)), a))) << 16 * k;
		m->care |= (uint64_t)(unsigned)_mm_movemask_epi8(sse2_care(v,
		    _mm_loadu_si128((const __m128i *)(const void *)(p + 16 * k + 1))))
		    << 16 * k;
	}
}

#define AVX2 __attribute__((target("avx2,popcnt")))

AVX2 static inline uint64_t
avx2_mask(__m256i lo, __m256i hi)
{
	return (uint64_t)(uint32_t)_mm256_movemask_epi8(hi) << 32 |
	    (uint32_t)_mm256_movemask_epi8(lo);
}

AVX2 static inline __m256i
avx2_eq(__m256i v, char c)
{
	return _mm256_cmpeq_epi8(v, _mm256_set1_epi8(c));
}

AVX2 static inline __m256i
avx2_between(__m256i v, char lo, char hi)
{
	return _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(lo)),
	    _mm256_cmpgt_epi8(_mm256_set1_epi8(hi), v));
}

/* A table for _mm256_shuffle_epi8() by the high four bits of a byte, the
 * rows 0 to 7 of ASCII, and by the low four, the columns 0 to F. */
#define AVX2_ROWS(r0, r1, r2, r3, r4, r5, r6, r7) _mm256_setr_epi8( \
	(char)(r0), (char)(r1), (char)(r2), (char)(r3), (char)(r4), (char)(r5), \
	(char)(r6), (char)(r7), 0, 0, 0, 0, 0, 0, 0, 0, \
	(char)(r0), (char)(r1), (char)(r2), (char)(r3), (char)(r4), (char)(r5), \
	(char)(r6), (char)(r7), 0, 0, 0, 0, 0, 0, 0, 0)
#define AVX2_COLS(c0, c1, c2, c3, c4, c5, c6, c7, c8, c9, ca, cb, cc, cd, ce, cf) \
	_mm256_setr_epi8((char)(c0), (char)(c1), (char)(c2), (char)(c3), (char)(c4), \
	(char)(c5), (char)(c6), (char)(c7), (char)(c8), (char)(c9), (char)(ca), \
	(char)(cb), (char)(cc), (char)(cd), (char)(ce), (char)(cf), \
	(char)(c0), (char)(c1), (char)(c2), (char)(c3), (char)(c4), \
	(char)(c5), (char)(c6), (char)(c7), (char)(c8), (char)(c9), (char)(ca), \
	(char)(cb), (char)(cc), (char)(cd), (char)(ce), (char)(cf))

/*
 * The classes of the word counter from two table look-ups a byte: by its
 * low four bits and by its high four, each giving the classes whose
 * bytes have them; a byte is of the classes both give.  Each class bit
 * below stands for one rectangle of the ASCII table, rows by the high
 * bits and columns by the low, so that the two look-ups find it exactly;
 * a byte from 0x80 on finds none.  Two pairs of tables hold the classes:
 *   first:  LA  A-O a-o   LB  P-Z p-z   DIG 0-9   HYP -   COL :   APO '
 *           DOT .         SLA /
 *   second: COM ,   SEM ;   CTL LF VT FF CR   AT @   UND _   W W w
 */
enum {
	LA = 0x80, LB = 0x40, DIG = 0x20, HYP = 0x10, COL = 0x08, APO = 0x04,
	DOT = 0x02, SLA = 0x01,
	COM = 0x80, SEM = 0x40, CTL = 0x20, AT = 0x10, UND = 0x08, WW = 0x04
};

/* The high four bits of each byte of v, as a table index. */
AVX2 static inline __m256i
avx2_high4(__m256i v)
{
	return _mm256_and_si256(_mm256_srli_epi16(v, 4), _mm256_set1_epi8(0x0F));
}

/* The classes of the bytes of v, whose high four bits are h, that both
 * the row table and the column table give them. */
AVX2 static inline __m256i
avx2_classes(__m256i v, __m256i h, __m256i row, __m256i col)
{
	/* a byte from 0x80 on looks up 0 by its low bits */
	return _mm256_and_si256(_mm256_shuffle_epi8(col, v), _mm256_shuffle_epi8(row, h));
}

/* The 64-bit mask of the bytes of lo and hi with any bit of k. */
AVX2 static inline uint64_t
avx2_any(__m256i lo, __m256i hi, __m256i k)
{
	const __m256i zero = _mm256_setzero_si256();

	return ~avx2_mask(_mm256_cmpeq_epi8(_mm256_and_si256(lo, k), zero),
	    _mm256_cmpeq_epi8(_mm256_and_si256(hi, k), zero));
}

/* The mask of the bytes with bit 7 - b set. */
#define AVX2_BIT(lo, hi, b) avx2_mask(_mm256_slli_epi16((lo), (b)), _mm256_slli_epi16((hi), (b)))

AVX2 static void
masks_avx2(const unsigned char *p, size_t nblocks, struct charmask *m)
{
	/* rows 0 to 7 by the high bits, columns 0 to F by the low */
	const __m256i row1 = AVX2_ROWS(0, 0, HYP | APO | DOT | SLA, DIG | COL, LA, LB, LA, LB);
	const __m256i col1 = AVX2_COLS(LB | DIG, LA | LB | DIG, LA | LB | DIG,
	    LA | LB | DIG, LA | LB | DIG, LA | LB | DIG, LA | LB | DIG,
	    LA | LB | DIG | APO, LA | LB | DIG, LA | LB | DIG, LA | LB | COL,
	    LA, LA, LA | HYP, LA | DOT, LA | SLA);
	const __m256i row2 = AVX2_ROWS(CTL, 0, COM, SEM, AT, UND | WW, 0, WW);
	const __m256i col2 = AVX2_COLS(AT, 0, 0, 0, 0, 0, 0, WW, 0, 0, CTL, SEM | CTL,
	    COM | CTL, CTL, 0, UND);
	const __m256i letter = _mm256_set1_epi8((char)(LA | LB));
	const __m256i midnum = _mm256_set1_epi8((char)(COM | SEM));
	const __m256i look = _mm256_set1_epi8(CTL | AT | UND);
	__m256i v0, v1, h0, h1, a0, a1, b0, b1;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		v0 = _mm256_loadu_si256((const __m256i *)(const void *)p);
		v1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));
		h0 = avx2_high4(v0);
		h1 = avx2_high4(v1);
		a0 = avx2_classes(v0, h0, row1, col1);
		a1 = avx2_classes(v1, h1, row1, col1);
		b0 = avx2_classes(v0, h0, row2, col2);
		b1 = avx2_classes(v1, h1, row2, col2);
		m->letter = avx2_any(a0, a1, letter);
		m->digit = AVX2_BIT(a0, a1, 2);
		m->hyphen = AVX2_BIT(a0, a1, 3);
		m->midletter = AVX2_BIT(a0, a1, 4);
		m->apos = AVX2_BIT(a0, a1, 5);
		m->midnumlet = AVX2_BIT(a0, a1, 6) | m->apos;
		m->slash = AVX2_BIT(a0, a1, 7);
		m->midnum = avx2_any(b0, b1, midnum);
		m->look = avx2_any(b0, b1, look);
		m->w = AVX2_BIT(b0, b1, 5);
		m->high = avx2_mask(v0, v1);
	}
}
#undef AVX2_BIT

/* The ASCII stops by their low four bits: each byte is looked up by its
 * own low bits and compared with what it finds there.  A byte from 0x80
 * on finds 0, and an ASCII byte that is no stop finds 0x80: neither is
 * ever equal.  The lead bytes from 0xC0 on but 0xC3 are those with the
 * sign bit set that are greater than -65. */
AVX2 static inline uint64_t
avx2_stops32(__m256i v)
{
	const __m256i lut = _mm256_setr_epi8(
	    -128, '!', -128, -128, -128, -128, -128, -128,
	    -128, -128, '\n', -128, -128, '\r', '.', '?',
	    -128, '!', -128, -128, -128, -128, -128, -128,
	    -128, -128, '\n', -128, -128, '\r', '.', '?');
	__m256i x;

	x = _mm256_cmpeq_epi8(v, _mm256_shuffle_epi8(lut, v));
	x = _mm256_or_si256(x, _mm256_andnot_si256(avx2_eq(v, (char)0xC3),
	    _mm256_and_si256(_mm256_cmpgt_epi8(v, _mm256_set1_epi8(-65)), v)));
	return (uint32_t)_mm256_movemask_epi8(x);
}

AVX2 static void
stops_avx2(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	for (; nblocks > 0; nblocks--, p += 64, m++)
		*m = avx2_stops32(_mm256_loadu_si256((const __m256i *)(const void *)p)) |
		    avx2_stops32(_mm256_loadu_si256((const __m256i *)(const void *)(p + 32))) << 32;
}

/* The classes of the first look at a line, by the table look-ups of
 * masks_avx2(): SC_SP space, SC_CTL the bytes below 0x20, SC_AMP &,
 * SC_DIG 0-9, SC_LA A-O a-o, SC_LB P-Z p-z, SC_CL2 ! " ' ) . and SC_CL3 ?. */
enum {
	SC_SP = 0x80, SC_CTL = 0x40, SC_AMP = 0x20, SC_DIG = 0x10, SC_LA = 0x08, SC_LB = 0x04,
	SC_CL2 = 0x02, SC_CL3 = 0x01
};

AVX2 static void
screen_avx2(const unsigned char *p, size_t nblocks, struct screenmask *m,
    unsigned char *lower)
{
	const __m256i row = AVX2_ROWS(SC_CTL, SC_CTL, SC_SP | SC_AMP | SC_CL2, SC_DIG | SC_CL3, SC_LA, SC_LB, SC_LA, SC_LB);
	const __m256i col = AVX2_COLS(SC_SP | SC_CTL | SC_DIG | SC_LB,
	    SC_CTL | SC_DIG | SC_LA | SC_LB | SC_CL2, SC_CTL | SC_DIG | SC_LA | SC_LB | SC_CL2,
	    SC_CTL | SC_DIG | SC_LA | SC_LB, SC_CTL | SC_DIG | SC_LA | SC_LB, SC_CTL | SC_DIG | SC_LA | SC_LB,
	    SC_CTL | SC_AMP | SC_DIG | SC_LA | SC_LB, SC_CTL | SC_DIG | SC_LA | SC_LB | SC_CL2,
	    SC_CTL | SC_DIG | SC_LA | SC_LB, SC_CTL | SC_DIG | SC_LA | SC_LB | SC_CL2, SC_CTL | SC_LA | SC_LB,
	    SC_CTL | SC_LA, SC_CTL | SC_LA, SC_CTL | SC_LA, SC_CTL | SC_LA | SC_CL2, SC_CTL | SC_LA | SC_CL3);
	const __m256i sp = _mm256_set1_epi8(0x20);
	const __m256i odd = _mm256_set1_epi8(SC_CTL | SC_AMP);
	const __m256i alnum = _mm256_set1_epi8(SC_DIG | SC_LA | SC_LB);
	const __m256i close = _mm256_set1_epi8(SC_CL2 | SC_CL3);
	__m256i v0, v1, a0, a1;

	for (; nblocks > 0; nblocks--, p += 64, m++, lower += 64) {
		v0 = _mm256_loadu_si256((const __m256i *)(const void *)p);
		v1 = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32));
		a0 = avx2_classes(v0, avx2_high4(v0), row, col);
		a1 = avx2_classes(v1, avx2_high4(v1), row, col);
		_mm256_storeu_si256((__m256i *)(void *)lower, _mm256_or_si256(v0,
		    _mm256_and_si256(sp, avx2_between(v0, 'A' - 1, 'Z' + 1))));
		_mm256_storeu_si256((__m256i *)(void *)(lower + 32), _mm256_or_si256(v1,
		    _mm256_and_si256(sp, avx2_between(v1, 'A' - 1, 'Z' + 1))));
		m->space = avx2_mask(a0, a1);
		m->odd = avx2_any(a0, a1, odd);
		m->high = avx2_mask(v0, v1);
		m->alnum = avx2_any(a0, a1, alnum);
		m->close = avx2_any(a0, a1, close);
	}
}

/* The bytes of the 32 lowered ones at p where a plea may begin. */
AVX2 static inline __m256i
avx2_pleas(const unsigned char *p)
{
	__m256i a = _mm256_loadu_si256((const __m256i *)(const void *)p);
	__m256i b = _mm256_loadu_si256((const __m256i *)(const void *)(p + 1));
	__m256i c = _mm256_loadu_si256((const __m256i *)(const void *)(p + 2));

	return _mm256_or_si256(_mm256_or_si256(
	    _mm256_and_si256(avx2_eq(a, 'c'), _mm256_and_si256(avx2_eq(b, 'o'), avx2_eq(c, 'o'))),
	    _mm256_and_si256(avx2_eq(a, 'n'), _mm256_or_si256(
	    _mm256_and_si256(avx2_eq(b, 'i'), avx2_eq(c, 'e')),
	    _mm256_and_si256(avx2_eq(b, 'e'), avx2_eq(c, 'w'))))),
	    _mm256_and_si256(avx2_eq(a, 't'), _mm256_and_si256(avx2_eq(b, 'i'), avx2_eq(c, 'p'))));
}

AVX2 static void
pleas_avx2(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	for (; nblocks > 0; nblocks--, p += 64, m++)
		*m = avx2_mask(avx2_pleas(p), avx2_pleas(p + 32));
}

/* The 32 bytes at p with each byte whose bit in bits is clear made a
 * newline. */
AVX2 static inline __m256i
avx2_newlines(const unsigned char *p, uint32_t bits)
{
	/* byte j of the mask to byte j, then its own bit picked out */
	const __m256i spread = _mm256_setr_epi8(0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 1, 1, 1,
	    2, 2, 2, 2, 2, 2, 2, 2, 3, 3, 3, 3, 3, 3, 3, 3);
	const __m256i pick = _mm256_set1_epi64x((long long)0x8040201008040201ULL);
	__m256i b = _mm256_set1_epi32((int)bits);
	__m256i v = _mm256_loadu_si256((const __m256i *)(const void *)p);

	b = _mm256_shuffle_epi8(b, spread);
	b = _mm256_cmpeq_epi8(_mm256_and_si256(b, pick), pick);
	return _mm256_blendv_epi8(_mm256_set1_epi8('\n'), v, b);
}

AVX2 static size_t
pack_avx2(const unsigned char *p, uint64_t word, uint64_t keep, char *out)
{
	unsigned char t[64];
	size_t o = 0;
	unsigned g, k;
	__m128i x;

	_mm256_storeu_si256((__m256i *)(void *)t, avx2_newlines(p, (uint32_t)word));
	_mm256_storeu_si256((__m256i *)(void *)(t + 32), avx2_newlines(p + 32, (uint32_t)(word >> 32)));
	for (g = 0; g < 8; g++) {
		k = (unsigned)(keep >> 8 * g) & 0xFF;
		x = _mm_loadl_epi64((const __m128i *)(const void *)(t + 8 * g));
		x = _mm_shuffle_epi8(x, _mm_loadl_epi64((const __m128i *)(const void *)packidx[k]));
		_mm_storel_epi64((__m128i *)(void *)(out + o), x);
		o += (size_t)_mm_popcnt_u32(k);
	}
	return o;
}

/* The masks of the vote, as vote_sse2() makes them. */
AVX2 static void
vote_avx2(const unsigned char *p, struct votemask *m)
{
	__m256i v[2], a[2], c[2], n;
	unsigned k;

	for (k = 0; k < 2; k++) {
		v[k] = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32 * k));
		n = _mm256_loadu_si256((const __m256i *)(const void *)(p + 32 * k + 1));
		a[k] = _mm256_sub_epi8(_mm256_or_si256(v[k], _mm256_set1_epi8(0x20)),
		    _mm256_set1_epi8('a'));
		a[k] = _mm256_or_si256(v[k], _mm256_cmpeq_epi8(_mm256_min_epu8(a[k],
		    _mm256_set1_epi8(25)), a[k]));
		c[k] = _mm256_or_si256(_mm256_or_si256(avx2_eq(v[k], '"'),
		    _mm256_cmpeq_epi8(_mm256_and_si256(v[k], _mm256_set1_epi8((char)0xDE)),
		    _mm256_set1_epi8((char)0xC2))),
		    _mm256_or_si256(_mm256_and_si256(avx2_eq(v[k], ','), avx2_eq(n, ',')),
		    _mm256_and_si256(avx2_eq(v[k], '\''), avx2_eq(n, '\''))));
	}
	m->word = avx2_mask(a[0], a[1]);
	m->care = avx2_mask(c[0], c[1]);
}

#define AVX512 __attribute__((target("avx512f,avx512bw,avx512vbmi2,popcnt")))

AVX512 static inline uint64_t
avx512_eq(__m512i v, char c)
{
	return _mm512_cmpeq_epi8_mask(v, _mm512_set1_epi8(c));
}

/* Bytes from lo to lo + n - 1, compared unsigned: bytes 0x80 and up are
 * never in an ASCII range. */
AVX512 static inline uint64_t
avx512_range(__m512i v, char lo, char n)
{
	return _mm512_cmplt_epu8_mask(_mm512_sub_epi8(v, _mm512_set1_epi8(lo)),
	    _mm512_set1_epi8(n));
}

AVX512 static void
masks_avx512(const unsigned char *p, size_t nblocks, struct charmask *m)
{
	__m512i v, lc;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		v = _mm512_loadu_si512((const void *)p);
		lc = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
		m->letter = avx512_range(lc, 'a', 26);
		m->w = avx512_eq(lc, 'w');
		m->digit = avx512_range(v, '0', 10);
		m->hyphen = avx512_eq(v, '-');
		m->midletter = avx512_eq(v, ':');
		m->apos = avx512_eq(v, '\'');
		m->midnumlet = avx512_eq(v, '.') | m->apos;
		m->midnum = avx512_eq(v, ',') | avx512_eq(v, ';');
		m->slash = avx512_eq(v, '/');
		m->look = avx512_range(v, '\n', 4) | avx512_eq(v, '@') | avx512_eq(v, '_');
		m->high = _mm512_movepi8_mask(v);
	}
}

AVX512 static void
stops_avx512(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	__m512i v;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		v = _mm512_loadu_si512((const void *)p);
		*m = avx512_eq(v, '.') | avx512_eq(v, '!') | avx512_eq(v, '?') |
		    avx512_eq(v, '\n') | avx512_eq(v, '\r') |
		    (_mm512_cmpge_epu8_mask(v, _mm512_set1_epi8((char)0xC0)) &
		    ~avx512_eq(v, (char)0xC3));
	}
}

AVX512 static void
screen_avx512(const unsigned char *p, size_t nblocks, struct screenmask *m,
    unsigned char *lower)
{
	__m512i v, f;

	for (; nblocks > 0; nblocks--, p += 64, m++, lower += 64) {
		v = _mm512_loadu_si512((const void *)p);
		f = _mm512_or_si512(v, _mm512_set1_epi8(0x20));
		_mm512_storeu_si512((void *)lower, _mm512_mask_add_epi8(v,
		    avx512_range(v, 'A', 26), v, _mm512_set1_epi8(0x20)));
		m->space = avx512_eq(v, ' ');
		m->odd = avx512_range(v, 0, 0x20) | avx512_eq(v, '&');
		m->high = _mm512_movepi8_mask(v);
		m->alnum = avx512_range(f, 'a', 26) | avx512_range(v, '0', 10);
		m->close = avx512_eq(v, '.') | avx512_eq(v, '!') | avx512_eq(v, '?') |
		    avx512_eq(v, ')') | avx512_eq(v, '"') | avx512_eq(v, '\'');
	}
}

AVX512 static void
pleas_avx512(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	__m512i a, b, c;

	for (; nblocks > 0; nblocks--, p += 64, m++) {
		a = _mm512_loadu_si512((const void *)p);
		b = _mm512_loadu_si512((const void *)(p + 1));
		c = _mm512_loadu_si512((const void *)(p + 2));
		*m = (avx512_eq(a, 'c') & avx512_eq(b, 'o') & avx512_eq(c, 'o')) |
		    (avx512_eq(a, 'n') & ((avx512_eq(b, 'i') & avx512_eq(c, 'e')) |
		    (avx512_eq(b, 'e') & avx512_eq(c, 'w')))) |
		    (avx512_eq(a, 't') & avx512_eq(b, 'i') & avx512_eq(c, 'p'));
	}
}

AVX512 static void
vote_avx512(const unsigned char *p, struct votemask *m)
{
	__m512i v = _mm512_loadu_si512((const void *)p);
	__m512i n = _mm512_loadu_si512((const void *)(p + 1));

	m->word = avx512_range(_mm512_or_si512(v, _mm512_set1_epi8(0x20)), 'a', 26) |
	    _mm512_movepi8_mask(v);
	m->care = avx512_eq(v, '"') | (avx512_eq(v, ',') & avx512_eq(n, ',')) |
	    (avx512_eq(v, '\'') & avx512_eq(n, '\'')) |
	    _mm512_cmpeq_epi8_mask(_mm512_and_si512(v, _mm512_set1_epi8((char)0xDE)),
	    _mm512_set1_epi8((char)0xC2));
}

AVX512 static size_t
pack_avx512(const unsigned char *p, uint64_t word, uint64_t keep, char *out)
{
	__m512i v = _mm512_mask_blend_epi8(word, _mm512_set1_epi8('\n'),
	    _mm512_loadu_si512((const void *)p));

	/* compressing in a register and storing all 64 bytes is faster than
	 * a compressing store on some processors */
	_mm512_storeu_si512((void *)out, _mm512_maskz_compress_epi8(keep, v));
	return (size_t)_mm_popcnt_u64(keep);
}
#endif

/* The engines, the best last.  SSE2 has no byte shuffle to pack with. */
static const struct engine {
	const char *name;
	void (*masks)(const unsigned char *, size_t, struct charmask *);
	size_t (*pack)(const unsigned char *, uint64_t, uint64_t, char *);
	void (*stops)(const unsigned char *, size_t, uint64_t *);
	void (*screen)(const unsigned char *, size_t, struct screenmask *, unsigned char *);
	void (*pleas)(const unsigned char *, size_t, uint64_t *);
	void (*vote)(const unsigned char *, struct votemask *);
} engines[] = {
	{ "portable", masks_portable, pack_portable, stops_portable, screen_portable, pleas_portable, NULL },
#ifdef HAVE_X86
	{ "sse2", masks_sse2, pack_portable, stops_sse2, screen_sse2, pleas_sse2, vote_sse2 },
	{ "avx2", masks_avx2, pack_avx2, stops_avx2, screen_avx2, pleas_avx2, vote_avx2 },
	{ "avx512", masks_avx512, pack_avx512, stops_avx512, screen_avx512, pleas_avx512, vote_avx512 },
#endif
};
enum { NENGINES = sizeof engines / sizeof engines[0] };

static int
runs_here(const struct engine *e)
{
#ifdef HAVE_X86
	__builtin_cpu_init();
	if (e->masks == masks_avx512)
		return __builtin_cpu_supports("avx512f") && __builtin_cpu_supports("avx512bw") &&
		    __builtin_cpu_supports("avx512vbmi2") && __builtin_cpu_supports("popcnt");
	if (e->masks == masks_avx2)
		return __builtin_cpu_supports("avx2") && __builtin_cpu_supports("popcnt");
#endif
	(void)e;
	return 1;
}

static void
use(const struct engine *e)
{
	masks_fn = e->masks;
	pack_fn = e->pack;
	stops_fn = e->stops;
	screen_fn = e->screen;
	pleas_fn = e->pleas;
	vote_fn = e->vote;
	engine = e->name;
	chosen = 1;
	changes++;
}

static void
choose(void)
{
	size_t k, j;
	unsigned n;

	for (k = 0; k < 256; k++) {
		for (j = 0, n = 0; j < 8; j++)
			if (k >> j & 1) {
				packidx[k][n++] = (unsigned char)j;
				packspread[k] |= (uint64_t)0xFF << 8 * j;
			}
		packn[k] = (unsigned char)n;
		while (n < 8)
			packidx[k][n++] = 0x80;     /* a zero byte */
	}
	for (k = NENGINES - 1; !runs_here(&engines[k]); k--)
		;
#ifdef CHARMASK_ENGINE
	/* a build for measuring one engine: bench/words.sh */
	for (j = 0; j < NENGINES; j++)
		if (strcmp(engines[j].name, CHARMASK_ENGINE) == 0 && runs_here(&engines[j]))
			k = j;
#endif
	use(&engines[k]);
}

const char *
charmask_engine_at(size_t k)
{
	return k < NENGINES ? engines[k].name : NULL;
}

const char *
charmask_engine(const char *name)
{
	size_t k;

	if (!chosen)
		choose();
	if (name == NULL)
		return engine;
	for (k = 0; k < NENGINES; k++)
		if (strcmp(name, engines[k].name) == 0 && runs_here(&engines[k])) {
			use(&engines[k]);
			return engine;
		}
	return NULL;
}

unsigned
charmask_changes(void)
{
	if (!chosen)
		choose();
	return changes;
}

void
charmask_break(int c)
{
	broken = c;
	changes++;
}

/* What charmask_break() asked for, after the engine. */
static void
break_masks(const unsigned char *p, size_t nblocks, struct charmask *m)
{
	unsigned j;

	for (; nblocks > 0; nblocks--, p += 64, m++)
		for (j = 0; j < 64; j++)
			if (p[j] == broken)
				m->letter ^= (uint64_t)1 << j;
}

void
charmask_blocks(const unsigned char *p, size_t nblocks, struct charmask *m)
{
	if (!chosen)
		choose();
	masks_fn(p, nblocks, m);
	if (broken >= 0)
		break_masks(p, nblocks, m);
}

void
charmask_stops(const unsigned char *p, size_t nblocks, uint64_t *m)
{
	if (!chosen)
		choose();
	stops_fn(p, nblocks, m);
}

void
charmask_screen(const unsigned char *p, size_t nblocks, struct screenmask *m,
    unsigned char *lower)
{
	if (!chosen)
		choose();
	screen_fn(p, nblocks, m, lower);
}

void
charmask_pleas(const unsigned char *lower, size_t nblocks, uint64_t *starts)
{
	if (!chosen)
		choose();
	pleas_fn(lower, nblocks, starts);
}

int
charmask_votes(void)
{
	if (!chosen)
		choose();
	return vote_fn != NULL;
}

void
charmask_vote(const unsigned char *p, struct votemask *m)
{
	vote_fn(p, m);
}

/* Blocks are classified before they are packed: the engine is chosen. */
size_t
charmask_pack(const unsigned char *p, uint64_t word, uint64_t keep, char *out)
{
	return pack_fn(p, word, keep, out);
}
