/*
 * Inside the item table: the cache in front of it, which freqtable.c
 * keeps and freqwords.c looks into without a call for each word (most
 * words are found there).  Programs need artkit.h alone.
 */
#ifndef FREQ_PRIV_H
#define FREQ_PRIV_H

#include <string.h>

#include "artkit.h"

/* Eight bytes as a number, in the machine's byte order: the hash and the
 * cache need not be the same on every machine, only the same everywhere
 * in one run. */
static inline uint64_t
freq_load8(const void *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

/* Most words of a text are a few frequent ones, so a direct-mapped cache
 * under a cheap hash finds them before the keyed hash is computed (128K
 * slots, 4 MB: with 16K, a corpus of Dutch, English and German text took
 * a third longer to count);
 * it holds each word's first and last eight bytes (zero-padded when it
 * is shorter), which tell most words apart without memcmp().  Crafted
 * input can at worst make every look-up miss it: one comparison more per
 * word. */
enum { FREQ_CACHE_BITS = 17 };
struct freq_cached {
	uint64_t head, tail;
	size_t len;
	struct freqitem *item;
};
extern struct freq_cached freq_cache[1 << FREQ_CACHE_BITS];

/* The item s[0..n) from the table, remembered in c. */
struct freqitem *freq_cache_miss(struct freq_cached *c, const char *s, size_t n,
    uint64_t head, uint64_t tail);

static inline struct freq_cached *
freq_cache_slot(uint64_t head, uint64_t tail, size_t n)
{
	return &freq_cache[((head ^ tail * 0xC2B2AE3D27D4EB4Full ^ n) *
	    0x9E3779B97F4A7C15ull) >> (64 - FREQ_CACHE_BITS)];
}

static inline void
freq_bump(struct freqitem *it, unsigned long doc)
{
	if (doc == 0)
		it->count++;
	else if (it->doc != doc) {
		it->doc = doc;
		it->count++;
	}
}

/* freq_count() with the ends of s, as the cache holds them, known. */
static inline void
freq_count_ends(const char *s, size_t n, uint64_t head, uint64_t tail, unsigned long doc)
{
	struct freq_cached *c = freq_cache_slot(head, tail, n);

	if (c->item != NULL && c->len == n && c->head == head && c->tail == tail &&
	    (n <= 16 || memcmp(c->item->s + 8, s + 8, n - 16) == 0))
		freq_bump(c->item, doc);
	else
		freq_bump(freq_cache_miss(c, s, n, head, tail), doc);
}

/* A word of fewer than eight bytes, held as freq_load8() would load them
 * into eight, the other bytes zero: its bytes are only needed when the
 * cache misses. */
static inline void
freq_count_short(uint64_t eight, size_t n, unsigned long doc)
{
	struct freq_cached *c = freq_cache_slot(eight, 0, n);
	unsigned char b[8];

	if (c->item != NULL && c->len == n && c->head == eight && c->tail == 0) {
		freq_bump(c->item, doc);
		return;
	}
	memcpy(b, &eight, 8);
	freq_bump(freq_cache_miss(c, (const char *)b, n, eight, 0), doc);
}

#endif
