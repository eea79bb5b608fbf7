/*
 * User abbreviation files (abbrev_load, abbrev_class, abbrev_print) on top
 * of the built-in Dutch list.  Properties:
 *  - every valid line ("word." and an optional class inner, final or
 *    name) is found afterwards with the class of its last definition;
 *  - abbrev_print() writes the list in the format abbrev_load() reads:
 *    loading it into a fresh list prints the same list again.
 */
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

struct def {
	struct text w;
	int cls;
};

static struct fz_lines lines;
static struct def *defs;
static size_t ndefs, defcap;
static char *printed;
static size_t printedcap;

/* The definition on one line, as the documentation describes the format:
 * 0 none, 1 a definition, -1 a bad class. */
static int
parse(struct text t, struct def *d)
{
	static const char *const cls[] = { "inner", "final", "name" };
	struct text c;
	size_t i = 0;
	int k;

	t = trim(t);
	if (t.len == 0 || t.s[0] == '#')
		return 0;
	while (i < t.len && t.s[i] != ' ' && t.s[i] != '\t')
		i++;
	d->w.s = t.s;
	d->w.len = i;
	c.s = t.s + i;
	c.len = t.len - i;
	c = trim(c);
	d->cls = ABBR_INNER;
	if (c.len > 0) {
		for (k = 0; k < 3 && !text_eq(c, cls[k]); k++)
			;
		if (k == 3)
			return -1;
		d->cls = ABBR_INNER + k;
	}
	if (d->w.len > 0 && d->w.s[d->w.len - 1] == '.')
		d->w.len--;
	return d->w.len > 0;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct abbrevs *ab, *ab2;
	const char *path, *out;
	struct text t;
	size_t i, j, n;
	int fd, cls;

	fz_split_lines((const char *)data, size, &lines);
	ndefs = 0;
	for (i = 0; i < lines.n; i++) {
		t = lines.v[i];
		if (i == 0 && t.len >= 3 && memcmp(t.s, "\xEF\xBB\xBF", 3) == 0) {
			t.s += 3;
			t.len -= 3;
		}
		if (ndefs == defcap) {
			defcap = defcap ? 2 * defcap : 64;
			defs = ereallocarray(defs, defcap, sizeof defs[0]);
		}
		if (parse(t, &defs[ndefs]) > 0)
			ndefs++;
	}

	ab = abbrev_new(lang_find("nl"));
	fd = fz_pipe(data, size, &path);
	(void)abbrev_load(ab, path);
	close(fd);
	for (i = 0; i < ndefs; i++) {
		/* the last definition of the word wins */
		cls = defs[i].cls;
		for (j = i + 1; j < ndefs; j++)
			if (fz_memeq(defs[j].w.s, defs[j].w.len, defs[i].w.s, defs[i].w.len))
				cls = defs[j].cls;
		FZ_CHECK(abbrev_class(ab, defs[i].w.s, defs[i].w.len) == cls,
		    "'%.*s' is not of class %d", (int)defs[i].w.len, defs[i].w.s, cls);
	}

	/* what abbrev_print() writes, abbrev_load() reads back */
	fz_capture_begin();
	abbrev_print(ab);
	out = fz_capture_end(&n);
	if (printedcap < n + 1) {
		printedcap = n + 1;
		printed = erealloc(printed, printedcap);
	}
	memcpy(printed, out, n);
	ab2 = abbrev_new(lang_find("nl"));
	fd = fz_pipe(printed, n, &path);
	FZ_CHECK(abbrev_load(ab2, path) == 0, "the printed list does not load");
	close(fd);
	fz_capture_begin();
	abbrev_print(ab2);
	out = fz_capture_end(&i);
	FZ_CHECK(fz_memeq(out, i, printed, n), "the printed list does not print the same");
	abbrev_free(ab);
	abbrev_free(ab2);
	return 0;
}
