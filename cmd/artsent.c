/* artsent: the sentences of article bodies, one per line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

static struct langsel *langs;
static int Uflag;                       /* plain UAX #29: no rules */
static int pflag;
static int Tflag;
static int nflag;
static int narticles;                   /* articles begun, for separators */
static struct numbered numbered;        /* -n */

static const struct optdoc options[] = {
	{ "-A", "print the abbreviation list in use and exit" },
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-l lang", "the language of the sentence rules: %s (auto: each article's own)" },
	{ "-n", "begin each line with the article's name and the sentence's number" },
	{ "-p", "an empty line between paragraphs" },
	{ "-T", "the title is a sentence too" },
	{ "-U", "plain UAX #29 sentence boundaries, no language rules" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-AnpTUV] [-a file] [-l %s] [file ...]",
	"Write the sentences of news articles, one per line.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

/* One sentence, with -n after the article's name and its number. */
static void
sentence(const struct article *a, struct text s)
{
	if (nflag)
		numbered_line(&numbered, a, s.s, s.len);
	else {
		out_write(s.s, s.len);
		out_char('\n');
	}
}

/* The sentences of one paragraph; *para counts the paragraphs printed, so
 * that -p puts an empty line between them. */
static void
paragraph(const struct article *a, struct text t, size_t *para)
{
	struct sentsplit sp;
	struct text s;
	int any = 0;

	sent_begin(&sp, Uflag ? NULL : langsel_rules(langs), t.s, t.len);
	while (sent_next(&sp, &s)) {
		if (!any && pflag && *para > 0) {
			if (nflag)
				numbered_blank(&numbered);
			else
				out_char('\n');
		}
		any = 1;
		sentence(a, s);
	}
	*para += any;
}

static void
begin_article(struct article *a, void *arg)
{
	size_t *para = arg;
	struct text title;

	/* with -n the names tell the articles apart */
	if (narticles++ > 0 && !nflag)
		out_str("\f\n");
	if (nflag)
		numbered_begin(&numbered, a);
	*para = 0;
	if (Tflag && a->has_header) {
		/* the title is one sentence, whatever it holds */
		title = trim(a->title);
		if (title.len > 0) {
			sentence(a, title);
			(*para)++;
		}
	}
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	if (!is_blank(line->t.s, line->t.len))
		paragraph(a, line->t, arg);
}

static int
end_article(struct article *a, void *arg)
{
	(void)arg;
	return numbered_end(&numbered, a);
}

static int
artsent(const char *file, void *arg)
{
	(void)arg;
	static const struct article_handler h = { begin_article, body_line, end_article };
	size_t para = 0;

	return read_articles_lang(file, langs, &h, &para);
}

int
main(int argc, char *argv[])
{
	int c, Aflag = 0, ret = 0;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "Aa:l:npTUV")) != -1) {
		switch (c) {
		case 'A':
			Aflag = 1;
			break;
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'n':
			nflag = 1;
			break;
		case 'p':
			pflag = 1;
			break;
		case 'T':
			Tflag = 1;
			break;
		case 'U':
			Uflag = 1;
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
	langsel_ready(langs);
	if (Aflag) {
		abbrev_print(langsel_rules(langs));
		langsel_free(langs);
		return out_close();
	}
	ret |= each_operand(argc, argv, artsent, NULL);
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
