/*
 * Corpus mode (artstrip -r): in how many articles each cleaned line
 * occurs, in an open-addressing table of 64-bit line hashes.
 *
 * The hash is keyed_hash(), so that no input can aim lines at one run of
 * the table: each lookup costs O(1) expected, whatever the input.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

struct bpslot {
	uint64_t hash;          /* 0: free */
	uint32_t count;
	uint32_t last;          /* the last article that counted */
};

struct bpcount {
	struct bpslot *slot;
	size_t cap, used;       /* cap a power of two */
};

static uint64_t
line_hash(struct text t)
{
	uint64_t h = keyed_hash(t.s, t.len);

	return h == 0 ? 1 : h;   /* 0 marks a free slot */
}

struct bpcount *
bp_count_new(void)
{
	struct bpcount *c = emalloc(sizeof *c);

	c->cap = 1024;
	c->used = 0;
	c->slot = ereallocarray(NULL, c->cap, sizeof c->slot[0]);
	memset(c->slot, 0, c->cap * sizeof c->slot[0]);
	return c;
}

void
bp_count_free(struct bpcount *c)
{
	if (c == NULL)
		return;
	free(c->slot);
	free(c);
}

static struct bpslot *
find_slot(struct bpslot *slot, size_t cap, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (slot[i].hash != 0 && slot[i].hash != h)
		i = (i + 1) & (cap - 1);
	return &slot[i];
}

static void
grow(struct bpcount *c)
{
	struct bpslot *old = c->slot, *s;
	size_t i, oldcap = c->cap;

	c->cap *= 2;
	c->slot = ereallocarray(NULL, c->cap, sizeof c->slot[0]);
	memset(c->slot, 0, c->cap * sizeof c->slot[0]);
	for (i = 0; i < oldcap; i++)
		if (old[i].hash != 0) {
			s = find_slot(c->slot, c->cap, old[i].hash);
			*s = old[i];
		}
	free(old);
}

void
bp_count_add(struct bpcount *c, struct text t, unsigned long article)
{
	struct bpslot *s;
	uint64_t h;

	if (t.len == 0 || t.len > BP_COUNT_MAXLEN)
		return;
	h = line_hash(t);
	s = find_slot(c->slot, c->cap, h);
	if (s->hash == 0) {
		s->hash = h;
		s->count = 1;
		s->last = (uint32_t)article;
		if (++c->used * 10 > c->cap * 7)
			grow(c);
		return;
	}
	if (s->last != (uint32_t)article) {
		s->last = (uint32_t)article;
		if (s->count < UINT32_MAX)
			s->count++;
	}
}

size_t
bp_count_get(const struct bpcount *c, struct text t)
{
	const struct bpslot *s;

	if (t.len == 0 || t.len > BP_COUNT_MAXLEN)
		return 0;
	s = find_slot(c->slot, c->cap, line_hash(t));
	return s->hash == 0 ? 0 : s->count;
}
