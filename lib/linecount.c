/*
 * Corpus mode (artstrip -r): in how many articles each cleaned line
 * occurs, in an open-addressing table of 64-bit line hashes.
 *
 * The hash is keyed with random bytes drawn for each run: with a fixed
 * hash, lines can be made whose hashes share their low bits, and then
 * every lookup walks one ever longer run of the table.  Without knowing
 * the key nobody can aim at a slot, so each lookup costs O(1) expected,
 * whatever the input.  The construction is SipHash-1-3.
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

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

static uint64_t key0, key1;
static int keyed;

static uint64_t
rotl(uint64_t x, int b)
{
	return (x << b) | (x >> (64 - b));
}

struct sipstate { uint64_t v0, v1, v2, v3; };

static void
sipround(struct sipstate *s)
{
	s->v0 += s->v1; s->v1 = rotl(s->v1, 13); s->v1 ^= s->v0; s->v0 = rotl(s->v0, 32);
	s->v2 += s->v3; s->v3 = rotl(s->v3, 16); s->v3 ^= s->v2;
	s->v0 += s->v3; s->v3 = rotl(s->v3, 21); s->v3 ^= s->v0;
	s->v2 += s->v1; s->v1 = rotl(s->v1, 17); s->v1 ^= s->v2; s->v2 = rotl(s->v2, 32);
}

static uint64_t
load_le64(const unsigned char *p)
{
	uint64_t x = 0;
	int i;

	for (i = 7; i >= 0; i--)
		x = (x << 8) | p[i];
	return x;
}

static uint64_t
siphash13(const unsigned char *p, size_t n)
{
	struct sipstate s;
	uint64_t m, last = (uint64_t)n << 56;
	size_t i, tail = n & 7;

	s.v0 = key0 ^ 0x736f6d6570736575ULL;
	s.v1 = key1 ^ 0x646f72616e646f6dULL;
	s.v2 = key0 ^ 0x6c7967656e657261ULL;
	s.v3 = key1 ^ 0x7465646279746573ULL;
	for (i = 0; i + 8 <= n; i += 8) {
		m = load_le64(p + i);
		s.v3 ^= m;
		sipround(&s);
		s.v0 ^= m;
	}
	for (i = 0; i < tail; i++)
		last |= (uint64_t)p[n - tail + i] << (8 * i);
	s.v3 ^= last;
	sipround(&s);
	s.v0 ^= last;
	s.v2 ^= 0xff;
	sipround(&s);
	sipround(&s);
	sipround(&s);
	return s.v0 ^ s.v1 ^ s.v2 ^ s.v3;
}

/* The key: from the system's random source, or when it cannot be read,
 * from the clock, the process and where things lie in memory, mixed by
 * the hash itself so that every bit of them counts. */
static void
make_key(void)
{
	unsigned char k[16];
	struct timespec ts;
	uint64_t seed[6];
	ssize_t got = -1;
	int fd;

	if ((fd = open("/dev/urandom", O_RDONLY)) >= 0) {
		got = read(fd, k, sizeof k);
		close(fd);
	}
	if (got == (ssize_t)sizeof k) {
		key0 = load_le64(k);
		key1 = load_le64(k + 8);
	} else {
		clock_gettime(CLOCK_REALTIME, &ts);
		seed[0] = (uint64_t)ts.tv_sec;
		seed[1] = (uint64_t)ts.tv_nsec;
		seed[2] = (uint64_t)getpid();
		seed[3] = (uint64_t)clock();
		seed[4] = (uint64_t)(uintptr_t)&ts;
		seed[5] = (uint64_t)(uintptr_t)&keyed;
		key0 = siphash13((const unsigned char *)seed, sizeof seed);
		key1 = siphash13((const unsigned char *)seed, sizeof seed);
	}
	keyed = 1;
}

static uint64_t
line_hash(struct text t)
{
	uint64_t h = siphash13((const unsigned char *)t.s, t.len);

	return h == 0 ? 1 : h;   /* 0 marks a free slot */
}

struct bpcount *
bp_count_new(void)
{
	struct bpcount *c = emalloc(sizeof *c);

	if (!keyed)
		make_key();
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
