/*
 * Is a word one of the words of a list?  The rules ask it of most words
 * of a line, so each list gets a string table (strtable.c) on its first
 * look-up, found again by the list's address.
 */
#include <stdint.h>
#include <string.h>

#include "rules.h"

enum { REGISTRY = 256 };        /* a power of two, far more than the lists */

struct wordtable {
	const char *const *list;        /* NULL: a free entry */
	struct strtable table;
};

static struct wordtable registry[REGISTRY];

static const char *
list_key(const void *arg, size_t i, size_t *len)
{
	const char *const *list = arg;

	*len = strlen(list[i]);
	return list[i];
}

static int
list_same(const void *arg, size_t i, const char *s, size_t n)
{
	const char *const *list = arg;
	struct text w = { s, n };

	return text_eq(w, list[i]);
}

/* The table of list, made on the first call. */
static const struct strtable *
table_of(const char *const *list)
{
	size_t i, k, n;

	i = (size_t)((uint64_t)((uintptr_t)list >> 3) * 0x9E3779B97F4A7C15u >> 40) & (REGISTRY - 1);
	for (k = 0; k < REGISTRY; k++, i = (i + 1) & (REGISTRY - 1)) {
		if (registry[i].list == list)
			return &registry[i].table;
		if (registry[i].list == NULL) {
			for (n = 0; list[n] != NULL; n++)
				;
			strtable_build(&registry[i].table, n, list_key, list);
			registry[i].list = list;
			return &registry[i].table;
		}
	}
	die("internal error: more word lists than their registry holds");
	return NULL;
}

int
words_have(const char *const *list, struct text w)
{
	return strtable_find(table_of(list), w.s, w.len, list_same, list) >= 0;
}
