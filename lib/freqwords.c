/*
 * The words of a paragraph into the item table, in their printed form.
 * Short plain-ASCII words, which are most of them, are folded and handed
 * over eight bytes at a time, without tok_form(): ASCII is in NFC already.
 */
#include <string.h>

#include "freq_priv.h"

/* Words up to this long take the fast way. */
enum { FAST_WORD = 64 };

#define ONES 0x0101010101010101ull
#define HIGH_BITS (128 * ONES)

/* How many of the eight bytes come before the first newline, 8 when none
 * does.  The bit tricks take the first byte as the lowest, which the
 * callers make sure of (first_is_low). */
static inline size_t
before_newline(uint64_t eight)
{
	uint64_t x = eight ^ 10 * ONES;
	/* the lowest set bit marks the first newline exactly */
	uint64_t nlbits = (x - ONES) & ~x & HIGH_BITS;

	if (nlbits == 0)
		return 8;
	return (size_t)((((nlbits & (~nlbits + 1)) >> 7) * 0x0001020304050607ull) >> 56);
}

static int
first_is_low(void)
{
	static const unsigned char one[8] = { 1 };

	return freq_load8(one) == 1;
}

/* The word that ends at the next newline from p, into word in its printed
 * form, when it is ASCII and short: its length, or 0 when it is not. */
static size_t
ascii_word(const unsigned char *p, unsigned char word[FAST_WORD], int fold)
{
	uint64_t eight;
	size_t n, k;

	for (n = 0; n < FAST_WORD; n += 8) {
		eight = freq_load8(p + n);
		k = before_newline(eight);
		if (k < 8)
			eight &= ((uint64_t)1 << (8 * k)) - 1;
		if (eight & HIGH_BITS)
			return 0;
		eight = fold ? lower_ascii8(eight) : eight;
		memcpy(word + n, &eight, 8);
		if (k < 8)
			return n + k;
	}
	return 0;
}

void
freq_count_words(struct text t, int fold, unsigned long doc)
{
	static char *buf;
	static size_t cap;
	static struct nfc norm;
	unsigned char word[FAST_WORD];
	const unsigned char *p, *end, *nl;
	size_t n, len;
	uint64_t eight;
	struct text f;
	int fast;

	/* eight bytes of slack, zeroed, so that the last word can be read
	 * eight bytes at a time too */
	if (cap < 2 * t.len + 9) {
		cap = 2 * t.len + 9;
		buf = erealloc(buf, cap);
	}
	len = word_list(t.s, t.len, 0, 1u << TOK_WORD, buf);
	memset(buf + len, 0, 8);
	p = (const unsigned char *)buf;
	end = p + len;
	fast = first_is_low();
	while (p < end) {
		if (fast && (n = before_newline(eight = freq_load8(p))) < 8 &&
		    ((eight &= ((uint64_t)1 << (8 * n)) - 1) & HIGH_BITS) == 0) {
			freq_count_short(fold ? lower_ascii8(eight) : eight, n, doc);
			p += n + 1;
			continue;
		}
		if (fast && (n = ascii_word(p, word, fold)) > 0) {
			/* the bytes past n are zero: the ends as freq_count() has them */
			freq_count_ends((const char *)word, n, freq_load8(word),
			    n >= 8 ? freq_load8(word + n - 8) : 0, doc);
			p += n + 1;
			continue;
		}
		nl = memchr(p, '\n', (size_t)(end - p));
		f = tok_form(&norm, (const char *)p, (size_t)(nl - p), fold);
		freq_count(f.s, f.len, doc);
		p = nl + 1;
	}
}
