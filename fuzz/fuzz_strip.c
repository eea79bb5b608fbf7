/*
 * artstrip's whole decision (strip.c: reader, trailer policy, built-in
 * rules, audit) on a file holding the input; the first byte picks -b
 * and -I.  Properties:
 *  - idempotent: stripping the output again gives the output;
 *  - the audit is lossless (without -b, which drops the header): every
 *    non-empty input line that is not a separator is listed by -v exactly
 *    once, or is in the output, in order, as it was or normalised (white
 *    space, character references, NFC);
 *  - nothing comes out that was not in the input.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

static struct fz_lines in, out;
static unsigned char *listed;
static char *copy;
static size_t copycap;
static struct bpnorm norm;
static struct nfc title;

static const char *
run(const char *path, const struct stripopts *o, size_t *n)
{
	struct strip *st;

	fz_capture_begin();
	st = strip_new(o);
	strip_file(st, path);
	strip_free(st);
	return fz_capture_end(n);
}

/* Mark the line numbers that the -v listing of path names. */
static void
mark_listed(const char *list, size_t n, const char *path)
{
	size_t plen = strlen(path), i = 0, line;
	char *end;

	memset(listed, 0, in.n + 1);
	while (i < n) {
		FZ_CHECK(n - i > plen && memcmp(list + i, path, plen) == 0 &&
		    list[i + plen] == ':', "a -v line does not start with the file name");
		line = strtoul(list + i + plen + 1, &end, 10);
		FZ_CHECK(line >= 1 && line <= in.n && *end == ':', "-v lists line %zu of %zu",
		    line, in.n);
		FZ_CHECK(!listed[line - 1], "-v lists line %zu twice", line);
		listed[line - 1] = 1;
		/* the listed text may hold a lone CR: find this line's end by
		 * the next file name at a line start, or the end */
		for (i = (size_t)(end - list); i < n; i++)
			if (list[i] == '\n' && (i + 1 == n || (n - i - 1 > plen &&
			    memcmp(list + i + 1, path, plen) == 0 && list[i + 1 + plen] == ':')))
				break;
		i++;
	}
}

static int
is_sep(struct text t)
{
	return t.len == 1 && t.s[0] == '\f';
}

/* A line either side may hold or not: empty, a separator, or a byte
 * order mark alone, which may stand for the empty line after a header. */
static int
ignorable(struct text t)
{
	return t.len == 0 || is_sep(t) || (t.len == 3 && memcmp(t.s, "\xEF\xBB\xBF", 3) == 0);
}

static int
matches(struct text raw, struct text o)
{
	struct text c;

	if (fz_memeq(raw.s, raw.len, o.s, o.len))
		return 1;
	if (raw.len >= 3 && memcmp(raw.s, "\xEF\xBB\xBF", 3) == 0) {
		raw.s += 3;
		raw.len -= 3;
		if (fz_memeq(raw.s, raw.len, o.s, o.len))
			return 1;
	}
	/* a title is only composed */
	c = nfc(&title, raw.s, raw.len);
	if (fz_memeq(c.s, c.len, o.s, o.len))
		return 1;
	c = bp_normalize(&norm, raw.s, raw.len);
	return fz_memeq(c.s, c.len, o.s, o.len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct stripopts o;
	const char *path, *list, *res;
	size_t nlist, nres, i, k = 0;
	int fd;

	if (size < 1)
		return 0;
	memset(&o, 0, sizeof o);
	o.bflag = data[0] & 1;
	o.noinline = (data[0] >> 1) & 1;
	path = fz_tempfile(data + 1, size - 1);
	fz_split_lines((const char *)data + 1, size - 1, &in);
	listed = erealloc(listed, in.n + 1);

	o.vflag = 1;
	list = run(path, &o, &nlist);
	mark_listed(list, nlist, path);
	o.vflag = 0;
	res = run(path, &o, &nres);
	if (copycap < nres + 1) {
		copycap = nres + 1;
		copy = erealloc(copy, copycap);
	}
	memcpy(copy, res, nres);
	fz_split_lines(copy, nres, &out);

	for (i = 0; i < in.n && !o.bflag; i++) {
		struct text t = in.v[i];

		if (listed[i] || ignorable(t))
			continue;
		while (k < out.n && ignorable(out.v[k]))
			k++;
		FZ_CHECK(k < out.n, "input line %zu is neither listed nor kept", i + 1);
		FZ_CHECK(matches(t, out.v[k]), "input line %zu is not output line %zu",
		    i + 1, k + 1);
		k++;
	}
	for (; k < out.n && !o.bflag; k++)
		FZ_CHECK(ignorable(out.v[k]),
		    "output line %zu was not in the input", k + 1);

	fd = fz_pipe(copy, nres, &path);
	res = run(path, &o, &nlist);
	close(fd);
	FZ_CHECK(fz_memeq(res, nlist, copy, nres), "a second pass changes the output");
	return 0;
}
