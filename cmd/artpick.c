/* artpick: the articles that pass a test, copied byte for byte. */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

/* Where the raw bytes of the article being read go. */
enum mode { HOLD, COPY, DROP };
enum { CUTS_MAX = 4 };   /* separators read ahead: the reader reads one line */

struct pick {
	struct fieldvals fv;
	struct exprscratch sc;
	int mode;
	int verdict;                 /* EXPR_TRUE, EXPR_FALSE or EXPR_UNKNOWN */
	int body_match;              /* -e: a body line matched */
	char *held;                  /* raw bytes not yet copied or dropped */
	size_t len, cap;
	size_t cut[CUTS_MAX];        /* where separators stood in held */
	size_t ncut;
	FILE *file;                  /* -o: the article's own file */
	char *filename;
};

static struct expr *test;
static regex_t *patterns;
static size_t npatterns;
static int cflag, vflag;
static const char *template;         /* -o */
static unsigned want;                /* the counts the test needs */
static struct langsel *langs;        /* the language of sentences and lang */
static unsigned long long nselected;
static int last_eol = 1;             /* the last byte written ended a line */
static int last_empty;               /* the last article written was empty */
static int status;

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-c", "print the number of selected articles instead" },
	{ "-e ERE", "select articles whose body matches (repeatable: any of them)" },
	{ "-i", "-e ignores case" },
	{ "-l lang", "the language of the fields sentences and lang: %s" },
	{ "-o template", "one file per article, named by %%n (number) or %%i (id)" },
	{ "-t expr", "select articles for which the expression holds" },
	{ "-v", "select the articles that do not match" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-civV] [-a file] [-e ERE] [-l %s] [-o template] [-t expr] [file ...]",
	"Select news articles by their fields and bodies, and copy them unchanged.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

static void
sink_write(struct pick *pk, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (pk->file != NULL) {
		fwrite(s, 1, n, pk->file);
		return;
	}
	out_write(s, n);
	last_eol = s[n - 1] == '\n' || s[n - 1] == '\r';
}

static void
tap(const char *s, size_t n, void *arg)
{
	struct pick *pk = arg;

	if (is_separator_line(s, n)) {
		if (pk->ncut < CUTS_MAX)
			pk->cut[pk->ncut++] = pk->len;
		pk->mode = HOLD;     /* what follows is the next article's */
		return;
	}
	switch (pk->mode) {
	case HOLD:
		if (pk->cap - pk->len < n) {
			pk->cap = pk->len + n > 2 * pk->cap ? pk->len + n : 2 * pk->cap;
			pk->held = erealloc(pk->held, pk->cap);
		}
		memcpy(pk->held + pk->len, s, n);
		pk->len += n;
		break;
	case COPY:
		sink_write(pk, s, n);
		last_empty = 0;
		break;
	}
}

/* The held bytes of the current article, all of them until a separator
 * has been read, then those before it. */
static size_t
article_bytes(const struct pick *pk)
{
	return pk->ncut > 0 ? pk->cut[0] : pk->len;
}

/* Forget the first n held bytes. */
static void
unhold(struct pick *pk, size_t n)
{
	size_t i;

	if (n == 0)
		return;          /* held may still be NULL */
	memmove(pk->held, pk->held + n, pk->len - n);
	pk->len -= n;
	for (i = 0; i < pk->ncut; i++)
		pk->cut[i] -= n;
}

/* -o: the template with %n the article's number among those selected, %i
 * its id, %% a percent sign; NULL after a message when there is no id. */
static char *
output_name(const struct article *a, struct fieldvals *fv)
{
	char *name = NULL, num[24];
	const char *t;
	struct text v;
	size_t len = 0, cap = 0, add;

	for (t = template; *t != '\0'; t++) {
		v.s = t;
		v.len = 1;
		if (*t == '%' && t[1] == 'n') {
			v.len = fmt_uint(num, nselected);
			v.s = num;
			t++;
		} else if (*t == '%' && t[1] == 'i') {
			if (!fv_text(fv, FIELD_ID, &v) || memchr(v.s, '/', v.len) != NULL) {
				warnfile(displayname(article_name(a)), "no id to name a file by");
				free(name);
				return NULL;
			}
			t++;
		} else if (*t == '%')
			t++;         /* %%, checked by main */
		add = v.len;
		if (cap - len < add + 1) {
			cap = 2 * (len + add + 1);
			name = erealloc(name, cap);
		}
		memcpy(name + len, v.s, add);
		len += add;
	}
	name[len] = '\0';
	return name;
}

/* The article is selected: where its bytes go.  Never over an existing
 * file: open fails then. */
static int
open_sink(struct pick *pk, const struct article *a)
{
	int fd;

	if (template == NULL) {
		if (nselected > 1) {
			if (!last_eol)
				out_char('\n');
			out_write("\f\n", 2);
		}
		return 0;
	}
	if ((pk->filename = output_name(a, &pk->fv)) == NULL)
		return -1;
	fd = open(pk->filename, O_WRONLY | O_CREAT | O_EXCL, 0666);
	if (fd < 0 || (pk->file = fdopen(fd, "w")) == NULL) {
		warnsys(pk->filename);
		if (fd >= 0)
			close(fd);
		free(pk->filename);
		pk->filename = NULL;
		return -1;
	}
	return 0;
}

static void
close_sink(struct pick *pk)
{
	if (pk->file == NULL)
		return;
	if (ferror(pk->file) | (fclose(pk->file) != 0)) {
		warnsys(pk->filename);
		status = 1;
	}
	pk->file = NULL;
	free(pk->filename);
	pk->filename = NULL;
}

/* Act on a verdict: once it is known, the held bytes go out or away and
 * the rest of the article follows them without being held. */
static void
settle(struct pick *pk, const struct article *a, int verdict)
{
	size_t n = article_bytes(pk);
	int copy = 0;

	pk->verdict = verdict;
	if (verdict == EXPR_UNKNOWN)
		return;
	if (verdict == EXPR_TRUE) {
		nselected++;
		if (!cflag && open_sink(pk, a) == 0)
			copy = 1;
		else if (!cflag)
			status = 1;
	}
	if (copy) {
		sink_write(pk, pk->held, n);
		last_empty = n == 0;
	}
	unhold(pk, n);
	if (pk->ncut == 0)
		pk->mode = copy ? COPY : DROP;
}

/* Both tests; -v turns a known answer round. */
static int
decide(struct pick *pk, int at_end)
{
	int t = test ? expr_eval(test, &pk->fv, at_end, &pk->sc) : EXPR_TRUE;
	int b = npatterns == 0 || pk->body_match ? EXPR_TRUE :
	    at_end ? EXPR_FALSE : EXPR_UNKNOWN;
	int v;

	if (t == EXPR_FALSE || b == EXPR_FALSE)
		v = EXPR_FALSE;
	else if (t == EXPR_TRUE && b == EXPR_TRUE)
		v = EXPR_TRUE;
	else
		return EXPR_UNKNOWN;
	return vflag ? !v : v;
}

static int
body_matches(struct pick *pk, struct text t)
{
	size_t i;

	for (i = 0; i < npatterns; i++)
		if (ere_search(&patterns[i], t, &pk->sc.buf, &pk->sc.cap))
			return 1;
	return 0;
}

static void
finish_article(struct pick *pk, const struct article *a)
{
	size_t i;

	if (pk->verdict == EXPR_UNKNOWN)
		settle(pk, a, decide(pk, 1));
	close_sink(pk);
	if (pk->ncut > 0) {
		for (i = 1; i < pk->ncut; i++)
			pk->cut[i - 1] = pk->cut[i];
		pk->ncut--;
	}
	pk->mode = HOLD;
}

static void
pick_file(const char *file, struct pick *pk)
{
	struct reader *r;
	struct article *a;
	struct artline line;
	int n;

	if ((r = reader_open(file)) == NULL) {
		warnsys(file);
		status = 1;
		return;
	}
	pk->len = pk->ncut = 0;
	pk->mode = HOLD;
	if (!cflag)
		reader_tap(r, tap, pk);
	while ((n = reader_article(r, &a)) > 0) {
		fv_begin(&pk->fv, a, want, langsel_rules(langs));
		pk->body_match = 0;
		settle(pk, a, decide(pk, 0));
		while ((n = reader_line(r, &line)) > 0) {
			if (want != 0)
				fv_line(&pk->fv, line.t);
			if (npatterns > 0 && !pk->body_match && body_matches(pk, line.t)) {
				pk->body_match = 1;
				if (pk->verdict == EXPR_UNKNOWN)
					settle(pk, a, decide(pk, 0));
			}
		}
		if (n < 0) {
			warnsys(file);
			status = 1;
		}
		finish_article(pk, a);
	}
	if (n < 0) {
		warnsys(file);
		status = 1;
	}
	reader_close(r);
}

/* A broken -t: where, and the expression with a caret under the place. */
static void
expr_usage(const char *src, const struct exprerr *err)
{
	size_t i;

	warnmsg("-t: column %zu: %s", err->column, err->msg);
	fprintf(stderr, "  %s\n  ", src);
	for (i = 1; i < err->column; i++)
		fputc(src[i - 1] == '\t' ? '\t' : ' ', stderr);
	fputs("^\n", stderr);
	exit(2);
}

static void
check_template(const char *t)
{
	for (; *t != '\0'; t++)
		if (*t == '%' && (t[1] == 'n' || t[1] == 'i' || t[1] == '%'))
			t++;
		else if (*t == '%') {
			warnmsg("-o: '%%%c' in the name: only %%n, %%i and %%%% are known", t[1]);
			exit(2);
		}
}

int
main(int argc, char *argv[])
{
	struct pick pk;
	struct exprerr err;
	const char *src = NULL, **pats = NULL;
	char msg[128];
	size_t i;
	int c, iflag = 0, e;

	setprogname(argv[0]);
	long_options(argc, argv, &usage_doc);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:ce:il:o:t:vV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'c':
			cflag = 1;
			break;
		case 'e':
			pats = ereallocarray(pats, npatterns + 1, sizeof *pats);
			pats[npatterns++] = optarg;
			break;
		case 'i':
			iflag = 1;
			break;
		case 'o':
			check_template(optarg);
			template = optarg;
			break;
		case 't':
			if (src != NULL) {
				warnmsg("-t: one expression; join tests with &&");
				exit(2);
			}
			src = optarg;
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
	if (src != NULL) {
		if ((test = expr_parse(src, iflag, &err)) == NULL)
			expr_usage(src, &err);
		want = expr_counts(test);
	}
	patterns = ereallocarray(NULL, npatterns + 1, sizeof *patterns);
	for (i = 0; i < npatterns; i++) {
		e = regcomp(&patterns[i], pats[i], REG_EXTENDED | REG_NOSUB |
		    (iflag ? REG_ICASE : 0));
		if (e != 0) {
			regerror(e, &patterns[i], msg, sizeof msg);
			warnmsg("-e: '%s': %s", pats[i], msg);
			exit(2);
		}
	}
	langsel_ready(langs);
	memset(&pk, 0, sizeof pk);
	if (argc == 0)
		pick_file("-", &pk);
	for (c = 0; c < argc; c++)
		pick_file(argv[c], &pk);
	/* "A\f\n" is one article: an empty last one needs its separator */
	if (template == NULL && !cflag && nselected > 1 && last_empty)
		out_write("\f\n", 2);
	if (cflag)
		out_printf("%llu\n", nselected);
	for (i = 0; i < npatterns; i++)
		regfree(&patterns[i]);
	free(patterns);
	free(pats);
	free(pk.held);
	free(pk.sc.buf);
	free(pk.sc.buf2);
	expr_free(test);
	langsel_free(langs);
	status |= out_close();
	return status;
}
