/*
 * The items artfreq counts: a hash table of their own over an arena,
 * with a small cache in front of it.
 *
 * Open addressing with linear probing; the hash is keyed_hash(), so no
 * input can be made to collide on purpose and the table stays linear in
 * the input.
 */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "freq_priv.h"

struct slot {
	uint64_t hash;
	struct freqitem *item;
};

enum { CHUNK = 1 << 20 };

static struct {
	struct slot *slot;
	size_t cap, n;
	char **chunk;           /* the arena */
	size_t nchunk, chunkcap;
	char *free;
	size_t left;
} tab;

static struct freqitem *
arena_item(const char *s, size_t n)
{
	size_t need = (offsetof(struct freqitem, s) + n + 7) & ~(size_t)7;
	struct freqitem *it;

	if (need > tab.left) {
		if (tab.nchunk == tab.chunkcap) {
			tab.chunkcap = tab.chunkcap ? 2 * tab.chunkcap : 16;
			tab.chunk = ereallocarray(tab.chunk, tab.chunkcap, sizeof *tab.chunk);
		}
		/* an item longer than a chunk gets one of its own */
		tab.left = need > CHUNK ? need : CHUNK;
		tab.free = tab.chunk[tab.nchunk++] = emalloc(tab.left);
	}
	it = (struct freqitem *)(void *)tab.free;
	tab.free += need;
	tab.left -= need;
	it->count = 0;
	it->doc = 0;
	it->len = n;
	memcpy(it->s, s, n);
	return it;
}

static void
grow_table(void)
{
	struct slot *old = tab.slot;
	size_t oldcap = tab.cap, i, j;

	tab.cap = oldcap ? 2 * oldcap : 1024;
	tab.slot = ereallocarray(NULL, tab.cap, sizeof *tab.slot);
	memset(tab.slot, 0, tab.cap * sizeof *tab.slot);
	for (i = 0; i < oldcap; i++) {
		if (old[i].item == NULL)
			continue;
		for (j = old[i].hash & (tab.cap - 1); tab.slot[j].item != NULL;
		    j = (j + 1) & (tab.cap - 1))
			;
		tab.slot[j] = old[i];
	}
	free(old);
}

struct freqitem *
freq_item(const char *s, size_t n)
{
	uint64_t h;
	size_t j;
	struct freqitem *it;

	if (10 * (tab.n + 1) > 7 * tab.cap)
		grow_table();
	h = keyed_hash(s, n);
	for (j = h & (tab.cap - 1); (it = tab.slot[j].item) != NULL; j = (j + 1) & (tab.cap - 1))
		if (tab.slot[j].hash == h && it->len == n && memcmp(it->s, s, n) == 0)
			return it;
	tab.slot[j].hash = h;
	tab.n++;
	return tab.slot[j].item = arena_item(s, n);
}

/* The cache, described in freq_priv.h. */
struct freq_cached freq_cache[1 << FREQ_CACHE_BITS];

struct freqitem *
freq_cache_miss(struct freq_cached *c, const char *s, size_t n, uint64_t head, uint64_t tail)
{
	c->head = head;
	c->tail = tail;
	c->len = n;
	return c->item = freq_item(s, n);
}

void
freq_count(const char *s, size_t n, unsigned long doc)
{
	unsigned char b[8] = { 0 };

	if (n >= 8) {
		freq_count_ends(s, n, freq_load8(s), freq_load8(s + n - 8), doc);
		return;
	}
	memcpy(b, s, n);
	freq_count_ends(s, n, freq_load8(b), 0, doc);
}

static int
by_count(const void *a, const void *b)
{
	const struct freqitem *x = *(const struct freqitem *const *)a;
	const struct freqitem *y = *(const struct freqitem *const *)b;
	int c;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
	if (c != 0)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

struct freqitem **
freq_sorted(size_t *n)
{
	struct freqitem **v;
	size_t i;

	*n = 0;
	if (tab.n == 0)
		return NULL;
	v = ereallocarray(NULL, tab.n, sizeof *v);
	for (i = 0; i < tab.cap; i++)
		if (tab.slot[i].item != NULL && tab.slot[i].item->count > 0)
			v[(*n)++] = tab.slot[i].item;
	qsort(v, *n, sizeof *v, by_count);
	return v;
}

void
freq_print(const struct freqitem *it, int json)
{
	struct jsonobj o;
	char digits[24];
	size_t nd;

	if (json) {
		json_begin(&o);
		json_key_num(&o, "count", (long long)it->count);
		json_key_text(&o, "item", it->s, it->len);
		json_end(&o);
		return;
	}
	nd = fmt_uint(digits, it->count);
	digits[nd++] = '\t';
	out_write(digits, nd);
	out_write(it->s, it->len);
	out_char('\n');
}

void
freq_write_all(void)
{
	size_t i;

	for (i = 0; i < tab.cap; i++)
		if (tab.slot[i].item != NULL && tab.slot[i].item->count > 0)
			freq_print(tab.slot[i].item, 0);
}

void
freq_end(void)
{
	size_t i;

	for (i = 0; i < tab.nchunk; i++)
		free(tab.chunk[i]);
	free(tab.chunk);
	free(tab.slot);
}
