/* artwc: paragraphs, sentences, words, characters and bytes per article. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artkit.h"

/* The columns, in the order they are printed: the counts of the field
 * set. */
enum { NCOLS = NCOUNTS };

static unsigned want;
static int jflag, Tflag;
static struct langsel *langs;   /* sentence rules, with -s */
static int width;               /* of a count column */
static size_t narticles;
static struct counts total;

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-l lang", "the language of the sentence rules: %s (auto: each article's own)" },
	{ "-c", "bytes" },
	{ "-j", "JSON Lines, one object per article" },
	{ "-m", "characters" },
	{ "-N", "the name column (always printed; as arthdr -N)" },
	{ "-p", "paragraphs" },
	{ "-s", "sentences" },
	{ "-T", "count the title too" },
	{ "-w", "words" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-cjmNpswTV] [-a file] [-l %s] [file ...]",
	"Count paragraphs, sentences, words, characters and bytes per article.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

static const char *
count_key(int count)
{
	int f;

	for (f = 0; field_def[f].count != count; f++)
		;
	return field_def[f].name;
}

static void
print_row(const struct counts *c, const char *name)
{
	struct jsonobj o;
	int i, first = 1;

	if (jflag) {
		json_begin(&o);
		json_key_text(&o, "file", name, strlen(name));
		for (i = 0; i < NCOLS; i++)
			if (want & 1u << i)
				json_key_num(&o, count_key(i), (long long)c->n[i]);
		json_end(&o);
		return;
	}
	for (i = 0; i < NCOLS; i++) {
		if (!(want & 1u << i))
			continue;
		if (!first)
			out_char(' ');
		out_uint(c->n[i], width);
		first = 0;
	}
	out_char(' ');
	tsv_name(name);
	out_char('\n');
}

static void
begin_article(struct article *a, void *arg)
{
	struct counts *c = arg;

	memset(c, 0, sizeof *c);
	if (Tflag && a->has_header)
		counts_line(c, want, langsel_rules(langs), a->title, 1);
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	(void)a;
	counts_line(arg, want, langsel_rules(langs), line->t, 0);
}

static int
end_article(struct article *a, void *arg)
{
	struct counts *c = arg;
	int i;

	print_row(c, article_name(a));
	for (i = 0; i < NCOLS; i++)
		total.n[i] += c->n[i];
	narticles++;
	return 0;
}

static int
artwc(const char *file, void *arg)
{
	(void)arg;
	static const struct article_handler h = { begin_article, body_line, end_article };
	struct counts c;

	/* only sentences need the article's language */
	if (!(want & 1u << COUNT_SENTENCES))
		return read_articles(file, &h, &c);
	return read_articles_lang(file, langs, &h, &c);
}

/* Like wc: wide enough for the total size of the files, at least 7 when
 * some input is not a regular file, and 1 for a single count of a single
 * file. */
static int
count_width(char *files[], int nfiles, int ncols)
{
	struct stat st;
	unsigned long long size = 0;
	int i, w = 1, min = 1;

	if (ncols == 1 && nfiles <= 1)
		return 1;
	if (nfiles == 0)
		return 7;
	for (i = 0; i < nfiles; i++) {
		if (strcmp(files[i], "-") != 0 && stat(files[i], &st) == 0 &&
		    S_ISREG(st.st_mode))
			size += (unsigned long long)st.st_size;
		else
			min = 7;
	}
	for (; size >= 10; size /= 10)
		w++;
	return w > min ? w : min;
}

int
main(int argc, char *argv[])
{
	int c, ret = 0, i, ncols = 0;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:cjl:mNpswTV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'c':
			want |= 1u << COUNT_BYTES;
			break;
		case 'j':
			jflag = 1;
			break;
		case 'm':
			want |= 1u << COUNT_CHARS;
			break;
		case 'N':
			break;  /* the name is always printed */
		case 'p':
			want |= 1u << COUNT_PARAGRAPHS;
			break;
		case 's':
			want |= 1u << COUNT_SENTENCES;
			break;
		case 'T':
			Tflag = 1;
			break;
		case 'V':
			printversion();
			break;
		case 'w':
			want |= 1u << COUNT_WORDS;
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	langsel_ready(langs);
	if (want == 0)
		want = 1u << COUNT_PARAGRAPHS | 1u << COUNT_WORDS | 1u << COUNT_CHARS;
	for (i = 0; i < NCOLS; i++)
		ncols += (want >> i) & 1;
	width = count_width(argv, argc, ncols);

	ret |= each_operand(argc, argv, artwc, NULL);
	if (narticles > 1 && !jflag)
		print_row(&total, "total");
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
