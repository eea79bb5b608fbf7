/* artstrip: articles without their boilerplate, or (-v) the boilerplate. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artkit.h"

/* As the reader: how many trailer candidates wait before the oldest is
 * body for sure, and how many labels a trailer with a share marker may
 * hold. */
enum { CAND_MAX = 16, LABELS_MAX = 6, HOLD_MAX = 64 };

static int bflag, nflag, vflag;
static unsigned long rcount;         /* -r N, 0 without -r */
static struct bprules *rules;
static struct bpcount *counts;

/* A line that waits at the end of a body: a kept line that may still turn
 * out to be a trailer label (kind != 0), or a removed line waiting for its
 * turn in the -v listing (kind 0). */
struct held {
	char *raw, *clean;
	size_t rawlen, cleanlen, rawcap, cleancap;
	size_t lineno;
	int kind;
	const char *why;
};

static struct held hold[HOLD_MAX];
static size_t nhold, ncand;

static char *cbuf;                   /* the cleaned line */
static size_t ccap;

/* Output state: articles written, lines of the current one. */
static unsigned long narticles;
static size_t nlines;
static int bodyonly;                 /* no header written for this article */
static char *first;                  /* its first line, held back */
static size_t firstlen, firstcap;
static int firstheld;

static const char *curfile;
static int follow;                   /* a bare pointer was just removed */

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-bnvV] [-f patterns] [-r N] [file ...]\n", progname);
	exit(2);
}

static void
copy(char **dst, size_t *cap, size_t *len, struct text t)
{
	if (*cap < t.len + 1) {
		*cap = t.len + 1 < 64 ? 64 : t.len + 1;
		*dst = erealloc(*dst, *cap);
	}
	memcpy(*dst, t.s, t.len);
	(*dst)[t.len] = '\0';
	*len = t.len;
}

static void
put_line(const char *s, size_t n)
{
	out_write(s, n);
	out_char('\n');
	nlines++;
}

/* A kept line.  Text without a header must not look like one to the
 * next reader: when the second line would pass for a timestamp or URL,
 * an empty first line keeps the text plain. */
static void
emit(const char *s, size_t n)
{
	struct text t;

	if (vflag)
		return;
	if (bodyonly && nlines == 0 && !firstheld) {
		t.s = s;
		t.len = n;
		copy(&first, &firstcap, &firstlen, t);
		firstheld = 1;
		return;
	}
	if (firstheld) {
		t.s = s;
		t.len = n;
		t = trim(t);
		if (ts_looks_like(t.s, t.len) || url_looks_like(t.s, t.len))
			put_line("", 0);
		put_line(first, firstlen);
		firstheld = 0;
	}
	put_line(s, n);
}

static void
report(size_t lineno, const char *why, const char *s, size_t n)
{
	if (!vflag)
		return;
	out_printf("%s:%zu:%s:", curfile, lineno, why);
	out_write(s, n);
	out_char('\n');
}

/* Let the oldest held line go: kept lines are body, removed ones are
 * listed. */
static void
release_one(void)
{
	struct held tmp = hold[0];

	if (tmp.kind != 0) {
		emit(tmp.clean, tmp.cleanlen);
		ncand--;
	} else
		report(tmp.lineno, tmp.why, tmp.raw, tmp.rawlen);
	memmove(hold, hold + 1, (nhold - 1) * sizeof hold[0]);
	hold[--nhold] = tmp;     /* keep its buffers for reuse */
}

static struct held *
hold_push(void)
{
	if (nhold == HOLD_MAX)
		release_one();
	return &hold[nhold++];
}

static void
removed(size_t lineno, const char *why, struct text raw)
{
	struct held *h;

	if (!vflag)
		return;
	if (ncand == 0) {
		report(lineno, why, raw.s, raw.len);
		return;
	}
	h = hold_push();
	copy(&h->raw, &h->rawcap, &h->rawlen, raw);
	h->lineno = lineno;
	h->kind = 0;
	h->why = why;
}

static void
kept(const struct article *a, size_t lineno, struct text raw, struct text c)
{
	struct held *h;
	int kind;

	kind = a->has_header ? trailer_candidate(c.s, c.len) : 0;
	if (kind == 0) {
		while (nhold > 0)
			release_one();
		emit(c.s, c.len);
		return;
	}
	h = hold_push();
	copy(&h->raw, &h->rawcap, &h->rawlen, raw);
	copy(&h->clean, &h->cleancap, &h->cleanlen, c);
	h->lineno = lineno;
	h->kind = kind;
	ncand++;
	while (ncand > CAND_MAX)
		release_one();
}

/* The body has ended.  Lines this pass removed may have bared labels at
 * its end; decide about them as the reader would on a second pass, so
 * that the output is stable. */
static void
end_body(void)
{
	size_t i, labels = 0, cut = nhold;
	int share = 0;

	for (i = 0; i < nhold; i++) {
		share |= hold[i].kind == TRAILER_SHARE;
		labels += hold[i].kind == TRAILER_LABEL;
	}
	if (share && labels <= LABELS_MAX) {
		for (i = 0; i < nhold && hold[i].kind == 0; i++)
			;
		cut = i;
	} else
		for (i = nhold; i > 0; i--) {
			struct held *h = &hold[i - 1];

			if (h->kind == TRAILER_LABEL &&
			    !trailer_known_label(h->clean, h->cleanlen))
				break;
			if (h->kind != 0)
				cut = i - 1;
		}
	for (i = 0; i < nhold; i++) {
		struct held *h = &hold[i];

		if (h->kind == 0)
			report(h->lineno, h->why, h->raw, h->rawlen);
		else if (i >= cut)
			report(h->lineno, bp_reason_name(h->kind == TRAILER_SHARE ?
			    BP_SHARE : BP_TRAILER),
			    h->raw, h->rawlen);
		else
			emit(h->clean, h->cleanlen);
	}
	nhold = ncand = 0;
}

/* raw with its white space and character references normalised, in a
 * buffer reused per line */
static struct text
clean(struct text raw)
{
	struct text c;

	if (ccap < raw.len + 1) {
		ccap = raw.len + 1 < 256 ? 256 : raw.len + 1;
		cbuf = erealloc(cbuf, ccap);
	}
	c.s = cbuf;
	c.len = bp_normalize(raw.s, raw.len, cbuf);
	return c;
}

static void
body_line(const struct article *a, const struct artline *line)
{
	struct text raw = line->t, c;
	enum bp_reason why = BP_KEPT;

	if (raw.len == 0)
		return;
	c = clean(raw);
	if (c.len == 0)
		why = BP_BLANK;
	else if (!nflag) {
		why = bp_inline(c);
		if (why == BP_KEPT && follow && bp_headline(c))
			why = BP_READMORE;
		follow = why != BP_KEPT && bp_points_ahead(c);
	}
	if (why == BP_KEPT && rules != NULL && bp_rules_match(rules, c))
		why = BP_USER;
	if (why == BP_KEPT && counts != NULL && bp_count_get(counts, c) >= rcount)
		why = BP_REPEATED;
	if (why != BP_KEPT)
		removed(line->lineno, bp_reason_name(why), raw);
	else
		kept(a, line->lineno, raw, c);
}

static void
begin_article(const struct article *a)
{
	size_t i;

	nlines = 0;
	firstheld = 0;
	follow = 0;
	bodyonly = !a->has_header || bflag;
	if (vflag)
		return;
	if (narticles++ > 0)
		out_str("\f\n");
	if (bodyonly)
		return;
	for (i = 0; i < a->nheader; i++)
		put_line(a->header[i].s, a->header[i].len);
	/* the output is an article: its header ends with an empty line */
	if (!is_blank(a->header[a->nheader - 1].s, a->header[a->nheader - 1].len))
		put_line("", 0);
}

static void
end_article(void)
{
	if (firstheld) {
		put_line(first, firstlen);
		firstheld = 0;
	}
}

/* Standard input, copied to a temporary file that takes its place, so
 * that -r can read it twice. */
static int
spool_stdin(void)
{
	char path[PATH_MAX], buf[65536];
	const char *dir = getenv("TMPDIR");
	ssize_t n, w, off;
	int fd;

	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	snprintf(path, sizeof path, "%s/artstrip.XXXXXX", dir);
	if ((fd = mkstemp(path)) < 0) {
		warnfile(path, "%s", strerror(errno));
		return -1;
	}
	unlink(path);
	for (;;) {
		n = read(0, buf, sizeof buf);
		if (n == 0)
			break;
		if (n < 0) {
			if (errno == EINTR)
				continue;
			warnsys("-");
			close(fd);
			return -1;
		}
		for (off = 0; off < n; off += w)
			if ((w = write(fd, buf + off, (size_t)(n - off))) < 0) {
				if (errno == EINTR) {
					w = 0;
					continue;
				}
				warnfile(path, "%s", strerror(errno));
				close(fd);
				return -1;
			}
	}
	if (dup2(fd, 0) < 0) {
		warnsys("-");
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}

/* The first pass of -r: count in how many articles each line occurs. */
static void
count_file(const char *file, unsigned long *seq)
{
	struct reader *r;
	struct article *a;
	struct artline line;

	if (strcmp(file, "-") == 0 && lseek(0, 0, SEEK_SET) < 0)
		return;
	if ((r = reader_open(file)) == NULL)
		return;     /* the second pass says why */
	while (reader_article(r, &a) > 0) {
		++*seq;
		while (reader_line(r, &line) > 0)
			bp_count_add(counts, clean(line.t), *seq);
	}
	reader_close(r);
}

static void
strip_begin(struct article *a, void *arg)
{
	(void)arg;
	begin_article(a);
}

static void
strip_line(struct article *a, struct artline *line, void *arg)
{
	(void)arg;
	body_line(a, line);
}

static int
strip_end(struct article *a, void *arg)
{
	size_t i;

	(void)arg;
	end_body();
	for (i = 0; i < a->ntrailer; i++)
		report(a->trailer[i].lineno, bp_reason_name(
		    a->trailer[i].kind == TRAILER_SHARE ? BP_SHARE : BP_TRAILER), a->trailer[i].t.s, a->trailer[i].t.len);
	end_article();
	return 0;
}

static int
artstrip(const char *file)
{
	static const struct article_handler h = { strip_begin, strip_line, strip_end };

	if (rcount > 0 && strcmp(file, "-") == 0 && lseek(0, 0, SEEK_SET) < 0) {
		warnsys(file);
		return 1;
	}
	curfile = file;
	return read_articles(file, &h, NULL);
}

/* -r needs every file twice: a pipe or a terminal named as an operand
 * could be read only once. */
static int
readable_twice(const char *file)
{
	struct stat st;

	if (strcmp(file, "-") == 0 || stat(file, &st) != 0 || S_ISREG(st.st_mode) ||
	    S_ISDIR(st.st_mode))
		return 1;
	warnfile(file, "not a regular file (-r reads each file twice)");
	return 0;
}

int
main(int argc, char *argv[])
{
	char *end;
	unsigned long seq = 0;
	int c, i, ret = 0, stdin_ok = 1, usesstdin;
	char *skip;

	setprogname(argv[0]);
	rules = NULL;
	while ((c = getopt(argc, argv, "bf:nr:vV")) != -1) {
		switch (c) {
		case 'b':
			bflag = 1;
			break;
		case 'f':
			if (rules == NULL)
				rules = bp_rules_new();
			if (bp_rules_load(rules, optarg) < 0)
				exit(2);
			break;
		case 'n':
			nflag = 1;
			break;
		case 'r':
			errno = 0;
			rcount = strtoul(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' || rcount < 2 ||
			    optarg[0] == '-' || rcount > UINT32_MAX) {
				warnmsg("-r: '%s': a number of articles, 2 or more", optarg);
				exit(2);
			}
			break;
		case 'v':
			vflag = 1;
			break;
		case 'V':
			printversion();
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	skip = emalloc((size_t)argc + 1);
	memset(skip, 0, (size_t)argc + 1);
	if (rcount > 0) {
		usesstdin = argc == 0;
		for (i = 0; i < argc; i++) {
			if (strcmp(argv[i], "-") == 0)
				usesstdin = 1;
			else if (!readable_twice(argv[i]))
				skip[i] = 1;
		}
		if (usesstdin && spool_stdin() < 0) {
			stdin_ok = 0;
			for (i = 0; i < argc; i++)
				skip[i] |= strcmp(argv[i], "-") == 0;
		}
		counts = bp_count_new();
		if (argc == 0 && stdin_ok)
			count_file("-", &seq);
		for (i = 0; i < argc; i++)
			if (!skip[i])
				count_file(argv[i], &seq);
	}
	if (argc == 0 && stdin_ok)
		ret |= artstrip("-");
	if (!stdin_ok)
		ret = 1;
	for (i = 0; i < argc; i++) {
		if (skip[i]) {
			ret = 1;
			continue;
		}
		ret |= artstrip(argv[i]);
	}
	free(skip);
	/* an empty last article needs a separator of its own to be seen */
	if (!vflag && narticles > 1 && nlines == 0)
		out_str("\f\n");
	bp_rules_free(rules);
	bp_count_free(counts);
	ret |= out_close();
	return ret;
}
