/*
 * The start-up check of the block engine: before the block loops of
 * wordblock.c first use an engine, and again whenever it changes, its
 * classes of every byte value at every offset of a block are compared
 * with the tokenizer's.
 */
#include <string.h>

#include "word_priv.h"

/* The first of the 64 bytes at p whose bit differs between a and b. */
static unsigned
first_difference(const unsigned char *p, const struct charmask *a,
    const struct charmask *b)
{
	uint64_t x[sizeof *a / sizeof(uint64_t)], y[sizeof x / sizeof x[0]], d = 0;
	size_t k;

	memcpy(x, a, sizeof x);
	memcpy(y, b, sizeof y);
	for (k = 0; k < sizeof x / sizeof x[0]; k++)
		d |= x[k] ^ y[k];
	for (k = 0; !(d >> k & 1); k++)
		;
	return p[k];
}

/*
 * Every byte value at every offset of a block, in batches of four blocks,
 * against what word_wanted_masks() says: the block loops trust the engine
 * to class the bytes as the character loops do.  What each block must give
 * is worked out once; a check then costs about as much as classifying
 * 16 KB.
 */
enum { ROTATIONS = 64, VALUES = 4 };     /* 64 offsets, 256 byte values */
static unsigned char check_bytes[ROTATIONS][VALUES][64];
static struct charmask check_masks[ROTATIONS][VALUES];

static void
setup_check(void)
{
	unsigned r, q, j;

	for (r = 0; r < ROTATIONS; r++)
		for (q = 0; q < VALUES; q++) {
			for (j = 0; j < 64; j++)
				check_bytes[r][q][j] = (unsigned char)(q * 64 + (j + r) % 64);
			word_wanted_masks(check_bytes[r][q], &check_masks[r][q]);
		}
}

int
word_blocks_check(void)
{
	static int ready;
	struct charmask got[VALUES];
	unsigned r, q;

	if (!ready) {
		setup_check();
		ready = 1;
	}
	for (r = 0; r < ROTATIONS; r++) {
		charmask_blocks(check_bytes[r][0], VALUES, got);
		for (q = 0; q < VALUES; q++)
			if (memcmp(&got[q], &check_masks[r][q], sizeof got[q]) != 0)
				return first_difference(check_bytes[r][q], &got[q],
				    &check_masks[r][q]);
	}
	return -1;
}

/*
 * May the block loops use the engine?  Checked whenever it changes.  An
 * engine that disagrees would give wrong words: the character loops do
 * all the work then, slower but right, and the user hears of it.
 */
int
word_blocks_usable(void)
{
	static unsigned checked;
	static int ok;
	unsigned now = charmask_changes();
	int c;

	if (checked != now) {
		checked = now;
		c = word_blocks_check();
		ok = c < 0;
		if (!ok)
			warnmsg("internal error: the %s block engine classes byte 0x%02X "
			    "unlike the tokenizer; words are found without it, more slowly",
			    charmask_engine(NULL), (unsigned)c);
	}
	return ok;
}
