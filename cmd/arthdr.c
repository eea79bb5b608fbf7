/* arthdr: fields of articles from the one field set, as TSV or JSON Lines. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

static int fields[64];
static int nfields;
static int jflag;
static unsigned want;           /* the counts the fields need */
static struct langsel *langs;   /* the language, for sentences and lang */
static int langwanted;          /* lang or sentences is a field */

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-l lang", "the language of the sentence rules: %s (auto: each article's own)" },
	{ "-f fields", "the comma-separated fields to print (see arthdr(1))" },
	{ "-H", "a first row with the field names" },
	{ "-h", "no file name column" },
	{ "-j", "JSON Lines instead of TSV" },
	{ "-N", "a file name column even for one file" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-HhjNV] [-a file] [-f fields] [-l %s] [file ...]",
	"Print header fields and counts of news articles as TSV or JSON Lines.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

static void
parse_fields(const char *spec)
{
	const char *p = spec, *comma;
	size_t len;
	int f;

	nfields = 0;
	for (;;) {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		if ((f = field_find(p, len)) < 0) {
			warnmsg("unknown field '%.*s' (fields: %s)", (int)len, p,
			    field_namelist);
			exit(2);
		}
		if (nfields == (int)(sizeof fields / sizeof fields[0]))
			usage();
		fields[nfields++] = f;
		want |= field_countbit(f);
		langwanted |= f == FIELD_LANG || f == FIELD_SENTENCES;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

static void
print_row(struct fieldvals *fv)
{
	struct jsonobj o;
	int k;

	if (jflag)
		json_begin(&o);
	for (k = 0; k < nfields; k++) {
		if (jflag) {
			fv_json(fv, &o, fields[k]);
			continue;
		}
		if (k > 0)
			out_char('\t');
		fv_tsv(fv, fields[k]);
	}
	if (jflag)
		json_end(&o);
	else
		out_char('\n');
}

static int
report_problems(const struct article *a)
{
	const char *name = a->file;   /* with the file's own line numbers */
	struct urlparts u;

	if (!a->has_header) {
		warnmsg("%s:%zu: no article header (line 2 is no timestamp, nor a URL before an empty line)",
		    displayname(name), a->line0);
		return 1;
	}
	if (a->problems & HDR_NO_TIMESTAMP)
		warnmsg("%s:%zu: no timestamp", displayname(name), a->problem_line[0]);
	if (a->problems & HDR_BAD_TIMESTAMP)
		warnmsg("%s:%zu: invalid timestamp '%.*s'", displayname(name),
		    a->problem_line[1], (int)a->date.len, a->date.s);
	if (a->problems & HDR_NO_URL)
		warnmsg("%s:%zu: no URL", displayname(name), a->problem_line[2]);
	if (a->url.len > 0 && url_split(a->url.s, a->url.len, &u) < 0) {
		warnmsg("%s:%zu: invalid URL", displayname(name), a->url_line);
		return 1;
	}
	return a->problems != 0;
}

static void
begin_article(struct article *a, void *arg)
{
	fv_begin(arg, a, want, langwanted ? langsel_rules(langs) : NULL);
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	(void)a;
	fv_line(arg, line->t);
}

static int
end_article(struct article *a, void *arg)
{
	int ret;

	ret = report_problems(a);
	print_row(arg);
	return ret;
}

static int
arthdr(const char *file, void *arg)
{
	(void)arg;
	static const struct article_handler counting = { begin_article, body_line, end_article };
	static const struct article_handler header = { begin_article, NULL, end_article };
	struct fieldvals fv;

	if (langwanted)
		return read_articles_lang(file, langs, &counting, &fv);
	return read_articles(file, want ? &counting : &header, &fv);
}

int
main(int argc, char *argv[])
{
	const char *spec = "title,date,url";
	int c, Hflag = 0, hflag = 0, Nflag = 0, ret = 0, k;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "Ha:f:hjl:NV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'H':
			Hflag = 1;
			break;
		case 'f':
			spec = optarg;
			break;
		case 'h':
			hflag = 1;
			Nflag = 0;
			break;
		case 'j':
			jflag = 1;
			break;
		case 'N':
			Nflag = 1;
			hflag = 0;
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
	parse_fields(spec);
	langsel_ready(langs);
	if ((argc > 1 || Nflag) && !hflag) {
		for (k = 0; k < nfields && fields[k] != FIELD_FILE; k++)
			;
		if (k == nfields) {
			memmove(fields + 1, fields, sizeof fields[0] * (size_t)(nfields < 63 ? nfields : 63));
			fields[0] = FIELD_FILE;
			if (nfields < 64)
				nfields++;
		}
	}
	if (Hflag && !jflag) {
		for (k = 0; k < nfields; k++) {
			if (k > 0)
				out_char('\t');
			out_str(field_def[fields[k]].name);
		}
		out_char('\n');
	}
	ret |= each_operand(argc, argv, arthdr, NULL);
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
