/* arttok: the words of article bodies, one per line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

static int fflag, nflag, pflag, sflag, Tflag;
static struct numbered numbered;        /* -n */
static const struct article *current;   /* whose tokens -n names */
static int wordflags;           /* WORD_UAX29 with -U */
static struct langsel *langs;   /* sentence rules, with -s */

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-l lang", "the language of the sentence rules: %s (auto: each article's own)" },
	{ "-f", "fold: the words in lower case" },
	{ "-n", "begin each line with the article's name and the token's number" },
	{ "-p", "punctuation tokens too" },
	{ "-s", "an empty line after each sentence" },
	{ "-T", "the title too" },
	{ "-U", "plain UAX #29 word boundaries" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-fnpsTUV] [-a file] [-l %s] [file ...]",
	"Write the words of news articles, one per line, in NFC.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

/* -n: each token of the newline-ended list in buf after the article's
 * name and its number. */
static void
numbered_tokens(const char *buf, size_t len)
{
	const char *p = buf, *nl;

	for (; p < buf + len; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(buf + len - p));
		numbered_line(&numbered, current, p, (size_t)(nl - p));
	}
}

/* The tokens of a piece of text; 0 when there were none. */
static size_t
tokens(struct text t)
{
	static char *buf;
	static size_t cap;
	static struct nfc norm;
	size_t len;
	char *room;
	struct text form;
	unsigned kinds = 1u << TOK_WORD | (pflag ? 1u << TOK_PUNCT : 0);

	/* straight into the output buffer when it can take the most there
	 * may be and the tokens are already in their printed form */
	if (!fflag && !nflag && (room = out_room(2 * t.len + 1)) != NULL) {
		len = word_list(t.s, t.len, wordflags, kinds, room);
		if (nfc_is_quick(room, len)) {
			out_commit(len);
			return len;
		}
		form = nfc(&norm, room, len);
		out_write(form.s, form.len);
		return len;
	}
	if (cap < 2 * t.len + 1) {
		cap = 2 * t.len + 1;
		buf = erealloc(buf, cap);
	}
	len = word_list(t.s, t.len, wordflags, kinds, buf);
	form = tok_form(&norm, buf, len, fflag);
	if (nflag)
		numbered_tokens(form.s, form.len);
	else
		out_write(form.s, form.len);
	return len;
}

/* -s: the empty line after a sentence. */
static void
sentence_end(void)
{
	if (nflag)
		numbered_blank(&numbered);
	else
		out_char('\n');
}

/* The tokens of one paragraph (or of the title); with -s an empty line
 * after each sentence that has any, the title being one sentence, as
 * artsent -T has it. */
static void
paragraph(struct text t, int title)
{
	struct sentsplit sp;
	struct text s;

	if (!sflag) {
		tokens(t);
		return;
	}
	if (title) {
		if (tokens(t) > 0)
			sentence_end();
		return;
	}
	sent_begin(&sp, langsel_rules(langs), t.s, t.len);
	while (sent_next(&sp, &s))
		if (tokens(s) > 0)
			sentence_end();
}

static void
begin_article(struct article *a, void *arg)
{
	(void)arg;
	current = a;
	if (nflag)
		numbered_begin(&numbered, a);
	if (Tflag && a->has_header)
		paragraph(a->title, 1);
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	(void)a;
	(void)arg;
	paragraph(line->t, 0);
}

static int
end_article(struct article *a, void *arg)
{
	(void)arg;
	return numbered_end(&numbered, a);
}

static int
arttok(const char *file, void *arg)
{
	(void)arg;
	static const struct article_handler h = { begin_article, body_line, end_article };

	/* only sentences need the article's language */
	if (!sflag)
		return read_articles(file, &h, NULL);
	return read_articles_lang(file, langs, &h, NULL);
}

int
main(int argc, char *argv[])
{
	int c, ret = 0;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:fl:npsTUV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'f':
			fflag = 1;
			break;
		case 'n':
			nflag = 1;
			break;
		case 'p':
			pflag = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 'T':
			Tflag = 1;
			break;
		case 'U':
			wordflags = WORD_UAX29;
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
	ret |= each_operand(argc, argv, arttok, NULL);
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
