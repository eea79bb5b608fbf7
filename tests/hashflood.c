/*
 * Test driver for artstrip -r, built by "make check".
 *
 *   hashflood N BITS    an article of N distinct lines whose hashes under
 *                       the fixed line hash artstrip -r once used (FNV-1a,
 *                       then a 64-bit mix) agree in their low BITS bits,
 *                       so that they fall into one run of its table
 *   hashflood -r N      N distinct lines of the same shape, unaimed
 *
 * The lines are found by trying letters after a fixed prefix.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { FNV_BASIS = 0 };

static uint64_t
fnv_step(uint64_t h, unsigned char c)
{
	return (h ^ c) * 0x100000001b3ULL;
}

static uint64_t
fnv(uint64_t h, const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		h = fnv_step(h, (unsigned char)s[i]);
	return h;
}

/* The mix that followed FNV-1a; the table took the low bits of this. */
static uint64_t
mix(uint64_t h)
{
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h == 0 ? 1 : h;
}

/* The stem of number k: a prefix and k in base 26. */
static size_t
stem(unsigned long long k, char *buf)
{
	size_t n = sizeof "Regel " - 1;

	memcpy(buf, "Regel ", n);
	do {
		buf[n++] = (char)('a' + k % 26);
		k /= 26;
	} while (k > 0);
	buf[n++] = ' ';
	return n;
}

int
main(int argc, char *argv[])
{
	char buf[64];
	unsigned long long k = 0;
	unsigned long n, got = 0, bits;
	uint64_t mask;
	uint64_t h, hx;
	size_t len;
	int aimed, x, y;

	if (argc != 3) {
		fprintf(stderr, "usage: hashflood N BITS | -r N\n");
		return 2;
	}
	aimed = strcmp(argv[1], "-r") != 0;
	n = strtoul(argv[aimed ? 1 : 2], NULL, 10);
	bits = aimed ? strtoul(argv[2], NULL, 10) : 0;
	mask = bits >= 64 ? ~0ULL : (1ULL << bits) - 1;
	printf("Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n");
	/* each stem is hashed once; then only its two last letters vary */
	while (got < n) {
		len = stem(k++, buf);
		h = fnv(0xcbf29ce484222325ULL, buf, len);
		for (x = 'a'; x <= 'z' && got < n; x++) {
			hx = fnv_step(h, x);
			for (y = 'a'; y <= 'z' && got < n; y++) {
				if (aimed && (mix(fnv_step(hx, y)) & mask) != 0)
					continue;
				printf("%.*s%c%c\n", (int)len, buf, x, y);
				got++;
			}
		}
	}
	return ferror(stdout) || fflush(stdout) != 0;
}
