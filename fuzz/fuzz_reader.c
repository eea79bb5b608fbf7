/*
 * The article reader (reader_open, reader_article, reader_line,
 * article_name) on a pipe holding the input.  Properties:
 *  - no text lost: every line of the input but the separators comes out
 *    exactly once, as a header, body or trailer line with its own line
 *    number and its exact bytes (a byte order mark at an article's start
 *    aside);
 *  - lines come out in input order, and the trailer after the body, but
 *    that a blank line may come before trailer candidates above it;
 *  - the article count is one more than the separators that have
 *    something after them, and "more" says whether another follows;
 *  - skipping bodies (reader_article before the body is read) yields the
 *    same articles with the same headers.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

struct hdrcopy {
	int has_header, problems;
	size_t nheader, title_line;
	char *title;
	size_t title_len;
};

static struct fz_lines lines;
static unsigned char *covered;      /* by line number - 1 */
static unsigned char *first;        /* line starts an article */
static int trailing_sep;            /* the last line is a separator */
static struct hdrcopy *hdrs;
static size_t nhdrs, hdrcap;

static int
is_sep(struct text t)
{
	return t.len == 1 && t.s[0] == '\f';
}

/* The line lineno of the input came out as t. */
static void
cover(size_t lineno, struct text t, const char *what)
{
	struct text in;

	FZ_CHECK(lineno >= 1 && lineno <= lines.n, "%s line number %zu of %zu lines",
	    what, lineno, lines.n);
	FZ_CHECK(!covered[lineno - 1], "%s line %zu came out twice", what, lineno);
	covered[lineno - 1] = 1;
	in = lines.v[lineno - 1];
	if (first[lineno - 1] && in.len >= 3 && memcmp(in.s, "\xEF\xBB\xBF", 3) == 0) {
		in.s += 3;
		in.len -= 3;
	}
	FZ_CHECK(fz_memeq(t.s, t.len, in.s, in.len), "%s line %zu is not the input's line",
	    what, lineno);
}

static void
keep_header(const struct article *a)
{
	struct hdrcopy *h;

	if (nhdrs == hdrcap) {
		hdrcap = hdrcap ? 2 * hdrcap : 16;
		hdrs = ereallocarray(hdrs, hdrcap, sizeof hdrs[0]);
	}
	h = &hdrs[nhdrs++];
	h->has_header = a->has_header;
	h->problems = a->problems;
	h->nheader = a->nheader;
	h->title_line = a->title_line;
	h->title = a->title.len > 0 ? estrndup(a->title.s, a->title.len) : NULL;
	h->title_len = a->title.len;
}

static void
same_header(const struct article *a, size_t i)
{
	const struct hdrcopy *h = &hdrs[i];

	FZ_CHECK(h->has_header == a->has_header && h->problems == a->problems &&
	    h->nheader == a->nheader && h->title_line == a->title_line &&
	    fz_memeq(h->title, h->title_len, a->title.s, a->title.len),
	    "article %zu has another header when its body is skipped", i + 1);
}

/* Read everything and check that no line is lost. */
static size_t
read_all(const char *path, size_t expect)
{
	struct reader *r;
	struct article *a;
	struct artline line;
	size_t count = 0, last = 0, i;
	int n;

	if ((r = reader_open(path)) == NULL)
		fz_fail("reader_open failed");
	while ((n = reader_article(r, &a)) > 0) {
		count++;
		FZ_CHECK(a->index == count, "article %zu has index %zu", count, a->index);
		keep_header(a);
		FZ_CHECK(a->nheader <= 4, "%zu header lines", a->nheader);
		FZ_CHECK(a->has_header || a->nheader == 0, "header lines without a header");
		if (a->has_header) {
			FZ_CHECK(a->title_line > last, "the header goes back in the input");
			for (i = 0; i < a->nheader; i++)
				cover(a->title_line + i, a->header[i], "header");
			FZ_CHECK(a->nheader >= 2, "a header of %zu lines", a->nheader);
			last = a->title_line + a->nheader - 1;
			FZ_CHECK(fz_memeq(a->title.s, a->title.len, a->header[0].s,
			    a->header[0].len), "the title is not header line 1");
		}
		while ((n = reader_line(r, &line)) > 0) {
			FZ_CHECK(line.lineno > last, "body line %zu after line %zu",
			    line.lineno, last);
			cover(line.lineno, line.t, "body");
			FZ_CHECK(line.kind == 0, "a body line of kind %d", line.kind);
			if (!is_blank(line.t.s, line.t.len))
				last = line.lineno;
		}
		FZ_CHECK(n == 0, "reader_line failed on a file");
		FZ_CHECK(a->has_header || a->ntrailer == 0, "a trailer without a header");
		for (i = 0; i < a->ntrailer; i++) {
			struct artline *t = &a->trailer[i];

			FZ_CHECK(t->lineno > last, "trailer line %zu after line %zu",
			    t->lineno, last);
			cover(t->lineno, t->t, "trailer");
			FZ_CHECK((t->kind == TRAILER_LABEL || t->kind == TRAILER_SHARE) &&
			    t->kind == trailer_candidate(t->t.s, t->t.len),
			    "trailer line %zu has kind %d", t->lineno, t->kind);
			last = t->lineno;
		}
		if (count == 1 && !a->more)
			FZ_CHECK(strcmp(article_name(a), path) == 0, "a single article is named %s",
			    article_name(a));
		else {
			const char *name = article_name(a);
			size_t k = strlen(path);

			FZ_CHECK(strncmp(name, path, k) == 0 && name[k] == '#' &&
			    strtoul(name + k + 1, NULL, 10) == count,
			    "article %zu is named %s", count, name);
		}
		/* a separator as the input's last line ends the last article
		 * too, and "more" cannot know that nothing follows it */
		FZ_CHECK(count < expect ? a->more : !a->more || trailing_sep,
		    "article %zu of %zu: more is %d", count, expect, a->more);
	}
	FZ_CHECK(n == 0, "reader_article failed on a file");
	reader_close(r);
	for (i = 0; i < lines.n; i++)
		FZ_CHECK(covered[i] || is_sep(lines.v[i]), "line %zu was lost", i + 1);
	return count;
}

/* Read only the first few body lines of each article. */
static size_t
read_some(const char *path, unsigned keep)
{
	struct reader *r;
	struct article *a;
	struct artline line;
	size_t count = 0;
	unsigned k;
	int n;

	if ((r = reader_open(path)) == NULL)
		fz_fail("reader_open failed");
	while ((n = reader_article(r, &a)) > 0) {
		FZ_CHECK(count < nhdrs, "more articles when bodies are skipped");
		same_header(a, count);
		count++;
		for (k = 0; k < keep && reader_line(r, &line) > 0; k++)
			;
	}
	FZ_CHECK(n == 0, "reader_article failed on a file");
	reader_close(r);
	return count;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data + 1, *path;
	size_t n, i, expect, got;
	int fd;

	if (size < 1)
		return 0;
	n = size - 1;
	fz_split_lines(s, n, &lines);
	covered = erealloc(covered, lines.n + 1);
	first = erealloc(first, lines.n + 1);
	memset(covered, 0, lines.n + 1);
	/* one article, plus one for each separator with a line after it */
	expect = 1;
	for (i = 0; i < lines.n; i++) {
		first[i] = i == 0 || is_sep(lines.v[i - 1]);
		if (is_sep(lines.v[i]) && i + 1 < lines.n)
			expect++;
	}
	trailing_sep = lines.n > 0 && is_sep(lines.v[lines.n - 1]);
	for (i = 0; i < nhdrs; i++)
		free(hdrs[i].title);
	nhdrs = 0;
	fd = fz_pipe(s, n, &path);
	got = read_all(path, expect);
	close(fd);
	FZ_CHECK(got == expect, "%zu articles, not %zu", got, expect);
	fd = fz_pipe(s, n, &path);
	got = read_some(path, data[0] % 4);
	close(fd);
	FZ_CHECK(got == expect, "%zu articles when bodies are skipped, not %zu", got, expect);
	return 0;
}
