/*
 * A keyed hash for tables that input must not be able to flood: with a
 * fixed hash, items can be made whose hashes share their low bits, and
 * every lookup then walks one ever longer run of the table.  The key is
 * drawn once per run, so nobody can aim at a slot.  The construction is
 * SipHash-1-3.
 */
#include <fcntl.h>
#include <stdint.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "artkit.h"

static uint64_t key0, key1;
static int keyed;

static uint64_t
rotl(uint64_t x, int b)
{
	return x << b | x >> (64 - b);
}

#define SIPROUND(v0, v1, v2, v3) do { \
	v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32); \
	v2 += v3; v3 = rotl(v3, 16); v3 ^= v2; \
	v0 += v3; v3 = rotl(v3, 21); v3 ^= v0; \
	v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32); \
} while (0)

static uint64_t
load_le64(const unsigned char *p)
{
	uint64_t x = 0;
	int i;

	for (i = 7; i >= 0; i--)
		x = x << 8 | p[i];
	return x;
}

static uint64_t
siphash13(const unsigned char *p, size_t n)
{
	uint64_t v0 = key0 ^ 0x736f6d6570736575ull, v1 = key1 ^ 0x646f72616e646f6dull;
	uint64_t v2 = key0 ^ 0x6c7967656e657261ull, v3 = key1 ^ 0x7465646279746573ull;
	uint64_t m;
	unsigned char tail[8] = { 0 };
	size_t i, whole = n & ~(size_t)7;

	for (i = 0; i < whole; i += 8) {
		m = load_le64(p + i);
		v3 ^= m;
		SIPROUND(v0, v1, v2, v3);
		v0 ^= m;
	}
	memcpy(tail, p + whole, n - whole);
	m = (uint64_t)n << 56 ^ load_le64(tail);
	v3 ^= m;
	SIPROUND(v0, v1, v2, v3);
	v0 ^= m;
	v2 ^= 0xff;
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	return v0 ^ v1 ^ v2 ^ v3;
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
		key1 = siphash13((const unsigned char *)seed, sizeof seed) ^ key0;
	}
	keyed = 1;
}

uint64_t
keyed_hash(const void *p, size_t n)
{
	if (!keyed)
		make_key();
	return siphash13(p, n);
}
