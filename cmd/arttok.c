/* arttok: the words of article bodies, one per line. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "artkit.h"

static int fflag, pflag, sflag, Tflag;
static int wordflags;           /* WORD_UAX29 with -U */
static struct langsel *langs;   /* sentence rules, with -s */

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-fpsTUV] [-a file] [-l %s] [file ...]\n",
	    progname, lang_codes());
	exit(2);
}

/* A token in lower case (Unicode simple lowercase mapping); bytes that
 * are not UTF-8 pass unchanged. */
static void
put_lower(const char *s, size_t n)
{
	char buf[256];
	size_t i = 0, len = 0, k;
	uint32_t cp;
	unsigned char c;

	while (i < n) {
		if (len > sizeof buf - 4) {
			out_write(buf, len);
			len = 0;
		}
		c = (unsigned char)s[i];
		if (c < 0x80) {
			buf[len++] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : (char)c;
			i++;
			continue;
		}
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (cp == UTF8_INVALID)
			buf[len++] = (char)c;
		else
			len += utf8_encode(uc_tolower(cp), buf + len);
		i += k;
	}
	out_write(buf, len);
}

/* The tokens of a piece of text; 0 when there were none. */
static size_t
tokens(struct text t)
{
	static char *buf;
	static size_t cap;
	size_t len;
	char *room;
	unsigned kinds = 1u << TOK_WORD | (pflag ? 1u << TOK_PUNCT : 0);

	/* straight into the output buffer when it can take the most there
	 * may be */
	if (!fflag && (room = out_room(2 * t.len + 1)) != NULL) {
		len = word_list(t.s, t.len, wordflags, kinds, room);
		out_commit(len);
		return len;
	}
	if (cap < 2 * t.len + 1) {
		cap = 2 * t.len + 1;
		buf = erealloc(buf, cap);
	}
	len = word_list(t.s, t.len, wordflags, kinds, buf);
	if (fflag)
		put_lower(buf, len);
	else
		out_write(buf, len);
	return len;
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
			out_char('\n');
		return;
	}
	sent_begin(&sp, langsel_rules(langs), t.s, t.len);
	while (sent_next(&sp, &s))
		if (tokens(s) > 0)
			out_char('\n');
}

static void
begin_article(struct article *a, void *arg)
{
	(void)arg;
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
arttok(const char *file)
{
	static const struct article_handler h = { begin_article, body_line, NULL };

	/* only sentences need the article's language */
	if (!sflag)
		return read_articles(file, &h, NULL);
	return read_articles_lang(file, langs, &h, NULL);
}

int
main(int argc, char *argv[])
{
	int c, ret = 0, i;

	setprogname(argv[0]);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:fl:psTUV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'f':
			fflag = 1;
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
	if (langsel_ready(langs) < 0) {
		langsel_free(langs);
		exit(2);
	}
	if (argc == 0)
		ret |= arttok("-");
	for (i = 0; i < argc; i++)
		ret |= arttok(argv[i]);
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
