/*
 * Is a word one of the words of a list?  The rules ask it of most words
 * of a line, of lists of up to some hundred words, so each list gets an
 * open-addressing hash table on its first look-up, found again by the
 * list's address.  The tables are made from the lists alone and never
 * grow: a line can make a look-up no longer than the longest run of
 * taken slots a list has.  Were there ever more lists than the registry
 * holds, the rest would be searched word by word.
 */
#include <stdint.h>
#include <string.h>

#include "rules.h"

enum { REGISTRY = 256 };        /* a power of two */

struct wordslot {
	const char *s;          /* NULL: empty */
	size_t len;
};

struct wordtable {
	const char *const *list;        /* NULL: a free entry */
	struct wordslot *slot;
	size_t mask;
};

static struct wordtable registry[REGISTRY];

/* A hash of the first and last bytes and the length: a few loads, what
 * a word of any length costs to look up.  The lists' words are short, and
 * memcmp() tells the rest apart. */
static size_t
word_hash(const char *s, size_t n)
{
	uint64_t a, b;
	uint32_t a4, b4;

	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&a4, s, 4);
		memcpy(&b4, s + n - 4, 4);
		a = a4;
		b = b4;
	} else {
		a = (unsigned char)s[0] | (unsigned)(unsigned char)s[n / 2] << 8 |
		    (unsigned)(unsigned char)s[n - 1] << 16;
		b = 0;
	}
	a = (a ^ n) * 0x9E3779B97F4A7C15u ^ b * 0xC2B2AE3D27D4EB4Fu;
	return (size_t)(a >> 32 ^ a);
}

static void
fill(struct wordtable *t, const char *const *list)
{
	size_t n, size, i, len;

	for (n = 0; list[n] != NULL; n++)
		;
	for (size = 8; size < 2 * n; size *= 2)
		;
	t->slot = ereallocarray(NULL, size, sizeof *t->slot);
	memset(t->slot, 0, size * sizeof *t->slot);
	t->mask = size - 1;
	for (n = 0; list[n] != NULL; n++) {
		len = strlen(list[n]);
		if (len == 0)
			continue;       /* no word is empty */
		for (i = word_hash(list[n], len) & t->mask; t->slot[i].s != NULL;
		    i = (i + 1) & t->mask)
			;
		t->slot[i].s = list[n];
		t->slot[i].len = len;
	}
	t->list = list;
}

/* The table of list, made on the first call; NULL when none is free. */
static const struct wordtable *
table_of(const char *const *list)
{
	size_t i, k;

	i = (size_t)((uint64_t)((uintptr_t)list >> 3) * 0x9E3779B97F4A7C15u >> 40) & (REGISTRY - 1);
	for (k = 0; k < REGISTRY; k++, i = (i + 1) & (REGISTRY - 1)) {
		if (registry[i].list == list)
			return &registry[i];
		if (registry[i].list == NULL) {
			fill(&registry[i], list);
			return &registry[i];
		}
	}
	return NULL;
}

int
words_have(const char *const *list, struct text w)
{
	const struct wordtable *t;
	size_t i;

	if (w.len == 0)
		return 0;
	if ((t = table_of(list)) == NULL) {
		for (; *list != NULL; list++)
			if (text_eq(w, *list))
				return 1;
		return 0;
	}
	for (i = word_hash(w.s, w.len) & t->mask; t->slot[i].s != NULL;
	    i = (i + 1) & t->mask)
		if (t->slot[i].len == w.len && memcmp(t->slot[i].s, w.s, w.len) == 0)
			return 1;
	return 0;
}
