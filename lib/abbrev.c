/*
 * Abbreviation lists for the sentence splitter: the built-in list of a
 * language of the table (lang_XX.c), additions from a user file, and the
 * language's short list of words that typically open a sentence.
 *
 * An entry is written without its final period ("o.a", "dr") and belongs
 * to a class that says what the period after it means when a capitalised
 * word follows:
 *   inner  never ends a sentence (titles, "o.a.", "i.p.v.", "ca.");
 *   final  may end one ("etc.", "enz.", "e.d.", months, amounts);
 *   name   like an initial: ends one only before a sentence-opening word.
 * Before a lower-case word or a digit no abbreviation ends a sentence.
 * The lists are kept sorted (for -A and for the tests' slow look-up) and
 * hashed: each look-up of the splitter is one probe of an open-addressing
 * table, rebuilt whenever a user file adds entries.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "sentence_priv.h"

struct abbr {
	const char *s;
	size_t len;
	int cls;
	size_t seq;             /* order of addition: later entries win */
};

struct abbrevs {
	const struct lang *lang;
	struct abbr *v;
	size_t n, cap;
	char **owned;           /* strings read from user files */
	size_t nowned;
	const char **starters;  /* sorted copy of a built-in list */
	size_t nstarters;
	struct strtable entries, openers;       /* of v and of starters */
};

static int
abbrcmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return alen < blen ? -1 : alen > blen;
}

static int
entrycmp(const void *x, const void *y)
{
	const struct abbr *a = x, *b = y;

	return abbrcmp(a->s, a->len, b->s, b->len);
}

static int
strpcmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static const char *
entry_key(const void *arg, size_t i, size_t *len)
{
	const struct abbr *v = arg;

	*len = v[i].len;
	return v[i].s;
}

static int
entry_same(const void *arg, size_t i, const char *s, size_t n)
{
	const struct abbr *v = arg;

	return v[i].len == n && memcmp(v[i].s, s, n) == 0;
}

static const char *
starter_key(const void *arg, size_t i, size_t *len)
{
	const char *const *v = arg;

	*len = strlen(v[i]);
	return v[i];
}

static int
starter_same(const void *arg, size_t i, const char *s, size_t n)
{
	const char *const *v = arg;

	return strlen(v[i]) == n && memcmp(v[i], s, n) == 0;
}

static struct abbr *
find(const struct abbrevs *ab, const char *s, size_t n)
{
	size_t lo = 0, hi = ab->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = abbrcmp(s, n, ab->v[mid].s, ab->v[mid].len);
		if (c == 0)
			return &ab->v[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static void
add(struct abbrevs *ab, const char *s, size_t n, int cls)
{
	if (ab->n == ab->cap) {
		ab->cap = ab->cap ? 2 * ab->cap : 512;
		ab->v = ereallocarray(ab->v, ab->cap, sizeof ab->v[0]);
	}
	ab->v[ab->n].s = s;
	ab->v[ab->n].len = n;
	ab->v[ab->n].cls = cls;
	ab->v[ab->n].seq = ab->n;
	ab->n++;
}

/* Sort, and keep the latest of equal entries: additions win. */
static void
settle(struct abbrevs *ab)
{
	size_t i, k = 0;

	qsort(ab->v, ab->n, sizeof ab->v[0], entrycmp);
	for (i = 0; i < ab->n; i++) {
		if (k > 0 && entrycmp(&ab->v[k - 1], &ab->v[i]) == 0) {
			if (ab->v[i].seq > ab->v[k - 1].seq)
				ab->v[k - 1] = ab->v[i];
			continue;
		}
		ab->v[k++] = ab->v[i];
	}
	ab->n = k;
	for (i = 0; i < ab->n; i++)
		ab->v[i].seq = i;
	strtable_build(&ab->entries, ab->n, entry_key, ab->v);
}

struct abbrevs *
abbrev_new(const struct lang *lang)
{
	const struct abbrdef *b;
	struct abbrevs *ab;

	ab = emalloc(sizeof *ab);
	memset(ab, 0, sizeof *ab);
	ab->lang = lang;
	for (b = lang->abbrevs; b->s != NULL; b++)
		add(ab, b->s, strlen(b->s), b->cls);
	settle(ab);
	while (lang->starters[ab->nstarters] != NULL)
		ab->nstarters++;
	ab->starters = ereallocarray(NULL, ab->nstarters, sizeof ab->starters[0]);
	memcpy(ab->starters, lang->starters, ab->nstarters * sizeof ab->starters[0]);
	qsort(ab->starters, ab->nstarters, sizeof ab->starters[0], strpcmp);
	strtable_build(&ab->openers, ab->nstarters, starter_key, ab->starters);
	return ab;
}

void
abbrev_free(struct abbrevs *ab)
{
	size_t i;

	if (ab == NULL)
		return;
	for (i = 0; i < ab->nowned; i++)
		free(ab->owned[i]);
	free(ab->owned);
	free(ab->starters);
	strtable_free(&ab->entries);
	strtable_free(&ab->openers);
	free(ab->v);
	free(ab);
}

const struct lang *
abbrev_lang(const struct abbrevs *ab)
{
	return ab->lang;
}

static const char *const clsnames[] = { "", "inner", "final", "name" };

/* One line of a user file: the abbreviation, its final period optional,
 * then optionally its class.  Returns 0, or -1 for a bad class. */
static int
add_line(struct abbrevs *ab, struct text t)
{
	size_t i = 0, wlen;
	const char *w;
	struct text c;
	int cls = ABBR_INNER, k;

	t = trim(t);
	if (t.len == 0 || t.s[0] == '#')
		return 0;
	while (i < t.len && t.s[i] != ' ' && t.s[i] != '\t')
		i++;
	w = t.s;
	wlen = i;
	c.s = t.s + i;
	c.len = t.len - i;
	c = trim(c);
	if (c.len > 0) {
		for (k = 1; k < 4; k++)
			if (text_eq(c, clsnames[k]))
				break;
		if (k == 4)
			return -1;
		cls = k;
	}
	if (wlen > 0 && w[wlen - 1] == '.')
		wlen--;
	if (wlen == 0)
		return 0;
	ab->owned = ereallocarray(ab->owned, ab->nowned + 1, sizeof ab->owned[0]);
	ab->owned[ab->nowned] = estrndup(w, wlen);
	add(ab, ab->owned[ab->nowned++], wlen, cls);
	return 0;
}

struct loading {
	struct abbrevs *ab;
	const char *path;
};

static int
load_line(struct text t, size_t lineno, void *arg)
{
	struct loading *l = arg;

	if (lineno == 1 && t.len >= 3 && memcmp(t.s, "\xEF\xBB\xBF", 3) == 0) {
		t.s += 3;
		t.len -= 3;
	}
	if (add_line(l->ab, t) < 0) {
		warnfile(l->path, "line %zu: unknown class (inner, final or name)", lineno);
		return 1;
	}
	return 0;
}

int
abbrev_load(struct abbrevs *ab, const char *path)
{
	struct loading l = { ab, path };
	int bad = each_line(path, load_line, &l) != 0;

	settle(ab);
	return bad ? -1 : 0;
}

int
abbrev_class(const struct abbrevs *ab, const char *s, size_t n)
{
	long k = strtable_find(&ab->entries, s, n, entry_same, ab->v);

	return k < 0 ? ABBR_NONE : ab->v[k].cls;
}

int
abbrev_starter(const struct abbrevs *ab, const char *s, size_t n)
{
	return strtable_find(&ab->openers, s, n, starter_same, ab->starters) >= 0;
}

/* The same look-ups by binary search in the sorted lists, for the tests. */
int
abbrev_class_sorted(const struct abbrevs *ab, const char *s, size_t n)
{
	const struct abbr *a = find(ab, s, n);

	return a ? a->cls : ABBR_NONE;
}

int
abbrev_starter_sorted(const struct abbrevs *ab, const char *s, size_t n)
{
	size_t lo = 0, hi = ab->nstarters, mid;
	const char *m;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		m = ab->starters[mid];
		c = abbrcmp(s, n, m, strlen(m));
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

void
abbrev_print(const struct abbrevs *ab)
{
	size_t i;

	for (i = 0; i < ab->n; i++) {
		out_write(ab->v[i].s, ab->v[i].len);
		out_printf(".\t%s\n", clsnames[ab->v[i].cls]);
	}
}
