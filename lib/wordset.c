/*
 * Which of a set of word lists hold a word?  The rules ask it of every
 * word of a line and of many lists, so all the words of all the lists go
 * into one string table (strtable.c), made on the first look-up, each
 * with the lists that hold it as bits: one look-up answers for them all.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"

struct wordkey {
	const char *s;
	size_t len;
	uint64_t lists;
};

static const char *
set_key(const void *arg, size_t i, size_t *len)
{
	const struct wordkey *k = arg;

	*len = k[i].len;
	return k[i].s;
}

static int
set_same(const void *arg, size_t i, const char *s, size_t n)
{
	const struct wordkey *k = arg;

	return k[i].len == n && memcmp(k[i].s, s, n) == 0;
}

static int
by_text(const void *a, const void *b)
{
	const struct wordkey *x = a, *y = b;
	int c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);

	return c != 0 ? c : (x->len > y->len) - (x->len < y->len);
}

/* Every word once, with the bits of all its lists. */
static void
wordsets_build(struct wordsets *ws)
{
	const char *const *w;
	struct wordkey *k;
	size_t i, j, n = 0;

	if (ws->nlists > 64)
		die("internal error: more than 64 word lists in a set");
	for (i = 0; i < ws->nlists; i++)
		for (w = ws->lists[i]; *w != NULL; w++)
			n++;
	k = ereallocarray(NULL, n > 0 ? n : 1, sizeof k[0]);
	for (n = i = 0; i < ws->nlists; i++)
		for (w = ws->lists[i]; *w != NULL; w++) {
			k[n].s = *w;
			k[n].len = strlen(*w);
			k[n++].lists = (uint64_t)1 << i;
		}
	qsort(k, n, sizeof k[0], by_text);
	for (i = j = 0; i < n; i++)
		if (j > 0 && by_text(&k[j - 1], &k[i]) == 0)
			k[j - 1].lists |= k[i].lists;
		else
			k[j++] = k[i];
	ws->keys = k;
	strtable_build(&ws->table, j, set_key, k);
}

uint64_t
wordsets_of(struct wordsets *ws, struct text w)
{
	long i;

	if (ws->keys == NULL)
		wordsets_build(ws);
	i = strtable_find(&ws->table, w.s, w.len, set_same, ws->keys);
	return i < 0 ? 0 : ((const struct wordkey *)ws->keys)[i].lists;
}
