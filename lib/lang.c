/*
 * The table of languages, and language detection by stop words.
 *
 * Detection counts, over the words of a text, those on a language's list
 * of stop words: frequent function words that the other languages of the
 * table rarely use.  Whole news articles hold dozens of them, so counting
 * is enough; below LANG_MIN_EVIDENCE hits, or when two languages tie, the
 * text says too little and the caller's fallback wins.  Words inside
 * double quotes count half, so that a Dutch article quoting an English
 * speaker stays Dutch; the German letters ß ä ö ü add a little to German,
 * so that a short German text with few function words leans the right
 * way.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "langtab.h"
#include "word_priv.h"

static const struct lang *const table[] = { &lang_nl, &lang_en, &lang_de };
enum { NLANGS = sizeof table / sizeof table[0] };
_Static_assert((int)NLANGS <= (int)LANG_MAX, "struct langvote has room for every language");

/* Every stop word of every language in one open-addressing hash: the
 * word, and the languages (bit k: table[k]) that list it. */
enum { WORDMAX = 12, SLOTS = 1024 };
#define ASCII_LOWER 0x2020202020202020u      /* bit 5 of each byte */
struct slot {
	char w[16];                     /* zeros after the word */
	unsigned char len;
	unsigned langs;
};
static struct slot slots[SLOTS];
static int slots_ready;
static size_t stopmax;                  /* the longest stop word */
static size_t german_at;                /* German's index in table[] */
static void init_bytes(void);

const struct lang *
lang_at(size_t k)
{
	return k < NLANGS ? table[k] : NULL;
}

size_t
lang_index(const struct lang *l)
{
	size_t k;

	for (k = 0; k < NLANGS && table[k] != l; k++)
		;
	return k;
}

const struct lang *
lang_find(const char *code)
{
	size_t k;

	for (k = 0; k < NLANGS; k++)
		if (strcmp(table[k]->code, code) == 0)
			return table[k];
	return NULL;
}

const struct lang *
lang_default(void)
{
	const char *env = getenv("ARTKIT_LANG");
	const struct lang *l = env != NULL ? lang_find(env) : NULL;

	return l != NULL ? l : &lang_nl;
}

const char *
lang_codes(void)
{
	static char codes[sizeof "auto" + NLANGS * 8];
	size_t k;

	if (codes[0] == '\0') {
		strcpy(codes, "auto");
		for (k = 0; k < NLANGS; k++) {
			strcat(codes, "|");
			strcat(codes, table[k]->code);
		}
	}
	return codes;
}

/* The hash of a word of n bytes (at most WORDMAX), its first eight bytes
 * in lo and the others in hi (the first byte lowest), zeros after it:
 * two multiplications for the whole word, not one for each byte. */
static unsigned
hash_words(uint64_t lo, uint64_t hi, size_t n)
{
	uint64_t h = (lo * 0x9E3779B97F4A7C15u) ^ (hi * 0xC2B2AE3D27D4EB4Fu) ^ n;

	return (unsigned)(h >> 40 ^ h >> 17);
}

/* The slot of the word of len bytes in lo and hi, as hash_words() takes
 * it: the word's own, or the empty one where it would go (langs 0). */
static inline struct slot *
find_slot(uint64_t lo, uint64_t hi, size_t len)
{
	struct slot *sl;
	unsigned i = hash_words(lo, hi, len) & (SLOTS - 1);

	for (;; i = (i + 1) & (SLOTS - 1)) {
		sl = &slots[i];
		if (sl->len == 0 || (sl->len == len &&
		    load8((const unsigned char *)sl->w) == lo &&
		    load8((const unsigned char *)sl->w + 8) == hi))
			return sl;
	}
}

/* The same of the word s[0..n), n at most WORDMAX. */
static struct slot *
slot_of(const char *s, size_t n)
{
	unsigned char w[16] = { 0 };

	memcpy(w, s, n);
	return find_slot(load8(w), load8(w + 8), n);
}

static void
init_slots(void)
{
	const char *const *w;
	struct slot *sl;
	size_t k, n;

	if (slots_ready)
		return;
	init_bytes();
	german_at = lang_index(&lang_de);
	for (k = 0; k < NLANGS; k++)
		for (w = table[k]->stopwords; *w != NULL; w++) {
			n = strlen(*w);
			sl = slot_of(*w, n);
			memcpy(sl->w, *w, n);
			sl->len = (unsigned char)n;
			sl->langs |= 1u << k;
			if (n > stopmax)
				stopmax = n;
		}
	slots_ready = 1;
}

void
lang_vote_begin(struct langvote *v)
{
	memset(v, 0, sizeof *v);
	init_slots();
}

/* German-only letters: ß ä ö ü Ä Ö Ü (C3 9F, A4, B6, BC, 84, 96, 9C). */
static int
german_letter(const unsigned char *s, size_t i, size_t n)
{
	if (s[i] != 0xC3 || i + 1 >= n)
		return 0;
	switch (s[i + 1]) {
	case 0x9F: case 0xA4: case 0xB6: case 0xBC: case 0x84: case 0x96:
	case 0x9C:
		return 1;
	}
	return 0;
}

/* The length of a double quotation mark at s[i] (" “ ” „ « » ,, ''), or 0. */
static size_t
dquote_len(const unsigned char *s, size_t i, size_t n)
{
	if (s[i] == '"')
		return 1;
	if (i + 1 < n && (s[i] == ',' || s[i] == '\'') && s[i + 1] == s[i])
		return 2;
	if (i + 1 < n && s[i] == 0xC2 && (s[i + 1] == 0xAB || s[i + 1] == 0xBB))
		return 2;
	if (i + 2 < n && s[i] == 0xE2 && s[i + 1] == 0x80 &&
	    s[i + 2] >= 0x9C && s[i + 2] <= 0x9E)
		return 3;
	return 0;
}

/* What a byte is to the vote: VB_LETTER for an ASCII letter, VB_HIGH for
 * a byte of a multi-byte character that is none of those below, VB_QUOTE
 * for the bytes that may start a double quotation mark (" , ' C2 E2),
 * VB_GERMAN for C3, 0 otherwise.  vplain[] holds the byte in lower case
 * for VB_LETTER and VB_HIGH, which a word takes without a second look,
 * and 0 for the others. */
enum { VB_LETTER = 1, VB_HIGH, VB_QUOTE, VB_GERMAN };
static unsigned char vbyte[256], vplain[256];

static void
init_bytes(void)
{
	unsigned c;

	for (c = 0; c < 256; c++) {
		vbyte[c] = (c | 0x20) >= 'a' && (c | 0x20) <= 'z' ? VB_LETTER :
		    c == '"' || c == ',' || c == '\'' || c == 0xC2 || c == 0xE2 ? VB_QUOTE :
		    c == 0xC3 ? VB_GERMAN : c >= 0x80 ? VB_HIGH : 0;
		if (vbyte[c] == VB_LETTER || vbyte[c] == VB_HIGH)
			vplain[c] = (unsigned char)(c >= 'A' && c <= 'Z' ? c | 0x20 : c);
	}
}

/* The len bytes at p (1 to WORDMAX, 16 of them may be read), letters and
 * bytes from 0x80 on, in lower case with zeros after them, as
 * hash_words() takes a word: a letter is lowered by an OR of 0x20. */
static inline void
word_value(const unsigned char *p, size_t len, uint64_t *lo, uint64_t *hi)
{
	uint64_t x = load8(p), y = 0;

	x |= ~x >> 2 & ASCII_LOWER;
	if (len < 8)
		x &= ((uint64_t)1 << 8 * len) - 1;
	else if (len > 8) {
		y = load8(p + 8);
		y = (y | (~y >> 2 & ASCII_LOWER)) & (((uint64_t)1 << 8 * (len - 8)) - 1);
	}
	*lo = x;
	*hi = y;
}

/* The ASCII word of 1 to 15 letters that begins at p, when an ASCII
 * byte ends it (the 16 bytes at p are there): its length, and when it has
 * at most `most` letters its value in *lo and *hi (word_value()); 0 for
 * any other, which the byte loop takes.  Eight letters at a time,
 * without a branch for each. */
static size_t
ascii_word(const unsigned char *p, size_t most, uint64_t *lo, uint64_t *hi)
{
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
	const uint64_t high = 0x8080808080808080u;
	uint64_t x[2], letters, ends;
	size_t k, len;

	memcpy(x, p, 16);
	for (k = 0; k < 2; k++) {
		/* bit 7 of each ASCII letter, either case */
		letters = swar_range((x[k] & ~high) | 0x2020202020202020u, 'a', 'z') & ~x[k];
		if ((ends = ~letters & high) != 0)
			break;
	}
	if (k == 2)
		return 0;
	len = 8 * k + lowest_bit(ends) / 8;
	if (p[len] >= 0x80)
		return 0;       /* a multi-byte character may go on with the word */
	if (len <= most)
		word_value(p, len, lo, hi);
	return len;
#else
	(void)p;
	(void)most;
	(void)lo;
	(void)hi;
	return 0;
#endif
}

/* What a vote carries from one piece of a text to the next. */
struct voting {
	struct langvote *v;
	unsigned long german;   /* German letters since the last stop word */
	int quoted, settle;
};

/* A stop word of the languages langs scores; with settle, German letters
 * count now, and 1 says the vote has settled. */
static inline int
scored(struct voting *vt, unsigned langs)
{
	size_t k;

	for (k = 0; k < NLANGS; k++)
		if (langs & 1u << k)
			vt->v->score[k] += vt->quoted ? 1 : 2;
	if (!vt->settle)
		return 0;
	vt->v->score[german_at] += vt->german;
	vt->german = 0;
	return lang_vote_settled(vt->v);
}

/* The loop of lang_vote_add_ref() with a table for each byte, over what
 * begins before until (a word may go on past it); *settled is set when a
 * stop word settles the vote.  Where it stops. */
static size_t
vote_bytes(struct voting *vt, const unsigned char *s, size_t n, size_t i,
    size_t until, int *settled)
{
	const unsigned char *e = s + n, *p;
	unsigned char w[16];
	uint64_t lo, hi;
	size_t len, q;
	unsigned langs, b, c;

	while (i < until) {
		b = vbyte[c = s[i]];
		if (b == 0) {
			i++;
			continue;
		}
		if (b == VB_QUOTE && (q = dquote_len(s, i, n)) > 0) {
			vt->quoted = !vt->quoted;
			i += q;
			continue;
		}
		if (b == VB_QUOTE && c < 0x80) {
			i++;
			continue;
		}
		if (b == VB_LETTER && n - i >= 16 &&
		    (len = ascii_word(s + i, stopmax, &lo, &hi)) > 0) {
			i += len;
			/* no stop word is longer than stopmax */
			if (len <= stopmax && (langs = find_slot(lo, hi, len)->langs) != 0)
				goto scored;
			continue;
		}
		/* a word: letters and bytes of multi-byte characters, the
		 * first of which is here */
		len = 0;
		memset(w, 0, sizeof w);
		for (;;) {
			for (p = s + i; p < e && len < WORDMAX && (c = vplain[*p]) != 0; p++)
				w[len++] = (unsigned char)c;
			for (; p < e && vplain[*p] != 0; p++)
				len = WORDMAX + 1;      /* too long to look up */
			i = (size_t)(p - s);
			if (i >= n)
				break;
			b = vbyte[c = s[i]];
			if (b == VB_GERMAN)
				vt->german += german_letter(s, i, n);
			else if (b != VB_QUOTE || c < 0x80 || dquote_len(s, i, n) > 0)
				break;
			if (len < WORDMAX)
				w[len] = (unsigned char)c;
			len++;
			i++;
		}
		if (len <= stopmax &&
		    (langs = find_slot(load8(w), load8(w + 8), len)->langs) != 0) {
scored:
			if (scored(vt, langs)) {
				*settled = 1;
				return i;
			}
		}
	}
	return i;
}

#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
#define VOTE_MASKS 1
#else
#define VOTE_MASKS 0    /* the words are taken from the masks as little-endian */
#endif

/* The 64 bytes at p, 80 of which may be read, a mask at a time: each
 * word that ends among them before the first byte to be looked at
 * closely is looked up.  How many bytes are done: up to the start of a
 * word that may go on, or to that byte (0 when it is the first); 64 when
 * all are.  Only where charmask_votes(). */
static size_t
vote_window(struct voting *vt, const unsigned char *p, int *settled)
{
	struct votemask m;
	uint64_t starts, rest, lo, hi;
	unsigned b, len, langs, limit;

	charmask_vote(p, &m);
	limit = m.care != 0 ? lowest_bit(m.care) : 64;
	starts = m.word & ~(m.word << 1);
	if (limit < 64)
		starts &= ((uint64_t)1 << limit) - 1;
	for (; starts != 0; starts &= starts - 1) {
		b = lowest_bit(starts);
		/* ones past the word; none when it fills the block */
		rest = ~(m.word >> b);
		if (rest == 0 || b + (len = lowest_bit(rest)) >= limit)
			return b;
		if (len > stopmax)
			continue;
		word_value(p + b, len, &lo, &hi);
		if ((langs = find_slot(lo, hi, len)->langs) != 0 &&
		    scored(vt, langs)) {
			*settled = 1;
			return b + len;
		}
	}
	return limit;
}

/* The vote over text; with settle, it stops once the vote has settled.
 * Has it?  The end of the text goes to the masks padded with spaces. */
static int
vote(struct langvote *v, const char *text, size_t n, int settle)
{
	const unsigned char *s = (const unsigned char *)text;
	unsigned char pad[80];
	struct voting vt;
	size_t i = 0, r;
	int settled = 0;

	vt.v = v;
	vt.german = 0;
	vt.quoted = 0;
	vt.settle = settle;
	if (!VOTE_MASKS || !charmask_votes())
		i = vote_bytes(&vt, s, n, 0, n, &settled);
	while (i < n && !settled) {
		if (n - i >= sizeof pad)
			r = vote_window(&vt, s + i, &settled);
		else {
			memcpy(pad, s + i, n - i);
			memset(pad + (n - i), ' ', sizeof pad - (n - i));
			r = vote_window(&vt, pad, &settled);
			if (r > n - i)
				r = n - i;
		}
		if (r > 0)
			i += r;
		else if (!settled)     /* one word or mark, byte by byte */
			i = vote_bytes(&vt, s, n, i, i + 1, &settled);
	}
	if (settled)
		return 1;
	v->score[german_at] += vt.german;
	return settle && lang_vote_settled(v);
}

void
lang_vote_add(struct langvote *v, const char *s, size_t n)
{
	(void)vote(v, s, n, 0);
}

int
lang_vote_add_settling(struct langvote *v, const char *s, size_t n)
{
	return vote(v, s, n, 1);
}

/* Words are runs of ASCII letters and of bytes of multi-byte characters,
 * looked up in lower case; longer ones are no stop words.  A stop word
 * scores 2, or 1 inside double quotes (within the piece of text): a
 * quotation in another language weighs less than the article around it.
 * A German letter scores 1.  lang_vote_add() is the fast form of this
 * loop, which the tests hold it to. */
void
lang_vote_add_ref(struct langvote *v, const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	char w[WORDMAX];
	size_t i = 0, len, k, q;
	unsigned langs;
	size_t de = lang_index(&lang_de);
	int quoted = 0;

	while (i < n) {
		len = 0;
		while (i < n && ((s[i] | 0x20) >= 'a' && (s[i] | 0x20) <= 'z' ?
		    1 : s[i] >= 0x80 && dquote_len(s, i, n) == 0)) {
			if (german_letter(s, i, n))
				v->score[de]++;
			if (len < WORDMAX)
				w[len] = (char)(s[i] >= 'A' && s[i] <= 'Z' ? s[i] | 0x20 : s[i]);
			len++;
			i++;
		}
		if (len > 0 && len <= WORDMAX) {
			langs = slot_of(w, len)->langs;
			for (k = 0; k < NLANGS; k++)
				if (langs & 1u << k)
					v->score[k] += quoted ? 1 : 2;
		}
		if (len > 0)
			continue;
		if ((q = dquote_len(s, i, n)) > 0) {
			quoted = !quoted;
			i += q;
		} else
			i++;
	}
}

/* The leading language's index; *second gets the runner-up's score. */
static size_t
leader(const struct langvote *v, unsigned long *second)
{
	size_t k, best = 0;

	*second = 0;
	for (k = 1; k < NLANGS; k++) {
		if (v->score[k] > v->score[best]) {
			*second = v->score[best];
			best = k;
		} else if (v->score[k] > *second)
			*second = v->score[k];
	}
	return best;
}

const struct lang *
lang_vote_result(const struct langvote *v, const struct lang *fallback)
{
	unsigned long second;
	size_t best = leader(v, &second);

	if (v->score[best] == second || v->score[best] < 2 * LANG_MIN_EVIDENCE)
		return fallback;
	return table[best];
}

int
lang_vote_settled(const struct langvote *v)
{
	unsigned long second;
	size_t best = leader(v, &second);

	return v->score[best] >= 2 * LANG_SETTLED && v->score[best] >= 3 * second;
}

const struct lang *
lang_detect(const char *s, size_t n, const struct lang *fallback)
{
	struct langvote v;

	lang_vote_begin(&v);
	lang_vote_add(&v, s, n);
	return lang_vote_result(&v, fallback);
}
