/* artfreq: word and n-gram frequencies of article bodies, most frequent first. */
#include <errno.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <unistd.h>

#include "artkit.h"

static int fflag, dflag, jflag, mflag;
static size_t ngram = 1;
static int nproc;               /* -P; 0: as many as pay */
static unsigned long long topk = ULLONG_MAX;
static struct langsel *langs;   /* sentence rules, for n-grams */

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-d", "count articles that hold an item, not its occurrences" },
	{ "-f", "fold: count the words in lower case" },
	{ "-j", "JSON Lines instead of count<TAB>item" },
	{ "-k K", "only the K most frequent" },
	{ "-l lang", "the language of the sentence rules for -n: %s" },
	{ "-m", "merge artfreq outputs: add up their counts" },
	{ "-n N", "count n-grams of N words inside a sentence" },
	{ "-P N", "count with N processes (default: one per processor, as pays)" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-dfjV] [-a file] [-k K] [-l %s] [-n N] [-P N] [file ...]\n"
	"       artfreq -m [-jV] [-k K] [file ...]",
	"Word and n-gram frequencies of news articles, most frequent first.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

/* The article being read, numbered from 1 for -d; 0, without -d, counts
 * every occurrence. */
static unsigned long doc;

/* The tokens of s in their printed form, separated by newlines. */
static struct text
tokens(const char *s, size_t n)
{
	static char *buf;
	static size_t cap;
	static struct nfc norm;
	size_t len;

	if (cap < 2 * n + 1) {
		cap = 2 * n + 1;
		buf = erealloc(buf, cap);
	}
	len = word_list(s, n, 0, 1u << TOK_WORD, buf);
	return tok_form(&norm, buf, len, fflag);
}

/* The n-grams of one sentence: its words joined by single spaces, each
 * run of ngram words counted. */
static void
count_ngrams(struct text sentence)
{
	static char *joined;
	static size_t cap, *start, startcap;
	struct text w = tokens(sentence.s, sentence.len);
	size_t nw = 0, i, n;

	if (cap < w.len) {
		cap = w.len;
		joined = erealloc(joined, cap);
	}
	for (i = 0; i < w.len; i++) {
		if (i == 0 || w.s[i - 1] == '\n') {
			if (nw == startcap) {
				startcap = startcap ? 2 * startcap : 64;
				start = ereallocarray(start, startcap, sizeof *start);
			}
			start[nw++] = i;
		}
		joined[i] = w.s[i] == '\n' ? ' ' : w.s[i];
	}
	/* each n-gram ends before the space that follows its last word */
	for (i = 0; i + ngram <= nw; i++) {
		n = (i + ngram < nw ? start[i + ngram] : w.len) - 1 - start[i];
		freq_count(joined + start[i], n, doc);
	}
}

static void
begin_article(struct article *a, void *arg)
{
	(void)a;
	(void)arg;
	if (dflag)
		doc++;
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	struct sentsplit sp;
	struct text s;

	(void)a;
	(void)arg;
	if (ngram == 1) {
		freq_count_words(line->t, fflag, doc);
		return;
	}
	sent_begin(&sp, langsel_rules(langs), line->t.s, line->t.len);
	while (sent_next(&sp, &s))
		count_ngrams(s);
}

/* ---- output ---- */

static void
print_items(void)
{
	struct freqitem **v;
	size_t i, n = 0;

	v = freq_sorted(&n);
	for (i = 0; i < n && i < topk; i++)
		freq_print(v[i], jflag);
	free(v);
}

static unsigned long long
number(const char *arg, unsigned long long min, unsigned long long max)
{
	char *end;
	unsigned long long v = 0;

	errno = 0;
	if (*arg >= '0' && *arg <= '9')
		v = strtoull(arg, &end, 10);
	if (*arg < '0' || *arg > '9' || *end != '\0' || errno != 0 || v < min || v > max) {
		warnmsg("%s: not a number from %llu to %llu", arg, min, max);
		usage();
	}
	return v;
}

/* Only n-grams need the article's language: they stay in a sentence.
 * The file, or the bytes from off on (len of them when len is not
 * negative), for freq_spread(). */
static int
count_piece(const char *file, off_t off, off_t len)
{
	static const struct article_handler words = { begin_article, body_line, NULL };
	const struct article_handler *h = &words;
	void *arg = NULL;

	if (ngram > 1)
		langsel_handler(langs, &h, &arg);
	return read_articles_range(file, off, len, h, arg);
}

int
main(int argc, char *argv[])
{
	int c, ret = 0, i, countopts = 0;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:dfjk:l:mn:P:V")) != -1) {
		switch (c) {
		case 'd':
			dflag = 1;
			countopts = 1;
			break;
		case 'f':
			fflag = 1;
			countopts = 1;
			break;
		case 'j':
			jflag = 1;
			break;
		case 'k':
			topk = number(optarg, 0, ULLONG_MAX);
			break;
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			countopts = 1;
			break;
		case 'm':
			mflag = 1;
			break;
		case 'n':
			ngram = (size_t)number(optarg, 1, SIZE_MAX);
			countopts = 1;
			break;
		case 'P':
			nproc = (int)number(optarg, 1, 64);
			countopts = 1;
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
	if (mflag && countopts) {
		warnmsg("-m merges counts: -a, -d, -f, -l, -n and -P belong to the counting runs");
		usage();
	}
	langsel_ready(langs);
	if (argc == 0)
		ret |= mflag ? freq_merge("-") : count_piece("-", 0, -1);
	else if (mflag)
		for (i = 0; i < argc; i++)
			ret |= freq_merge(argv[i]);
	else
		ret |= freq_spread(nproc, argc, argv, count_piece);
	print_items();
	freq_end();
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
