/* arttok: the words of article bodies, one per line. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

static int lflag, nflag, pflag, sflag, Tflag;
static struct numbered numbered;        /* -n */
static const struct article *current;   /* whose tokens -n names */
static int wordflags;           /* WORD_UAX29 with -U */
static struct abbrevs *rules;   /* Dutch sentence rules, with -s */

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-lnpsTUV] [file ...]\n", progname);
	exit(2);
}

/* Text in lower case (Unicode simple lowercase mapping) into out, which
 * has room for 2 * n bytes (no mapping makes a character more than half
 * as long again); bytes that are not UTF-8 pass unchanged. */
static size_t
lower_into(const char *s, size_t n, char *out)
{
	size_t i = 0, len = 0, k;
	uint32_t cp;
	unsigned char c;

	while (i < n) {
		c = (unsigned char)s[i];
		if (c < 0x80) {
			out[len++] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : (char)c;
			i++;
			continue;
		}
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (cp == UTF8_INVALID)
			out[len++] = (char)c;
		else
			len += utf8_encode(uc_tolower(cp), out + len);
		i += k;
	}
	return len;
}

/* -n: each token of the newline-ended list in buf after the article's
 * name and its number. */
static void
numbered_tokens(const char *buf, size_t len)
{
	static char *low;
	static size_t cap;
	const char *p = buf, *nl;
	size_t n;

	for (; p < buf + len; p = nl + 1) {
		nl = memchr(p, '\n', (size_t)(buf + len - p));
		n = (size_t)(nl - p);
		if (lflag) {
			if (cap < 2 * n + 4) {
				cap = 2 * n + 4;
				low = erealloc(low, cap);
			}
			numbered_line(&numbered, current, low, lower_into(p, n, low));
		} else
			numbered_line(&numbered, current, p, n);
	}
}

/* The tokens of a piece of text; 0 when there were none. */
static size_t
tokens(struct text t)
{
	static char *buf, *low;
	static size_t cap, lowcap;
	size_t len;
	char *room;
	unsigned kinds = 1u << TOK_WORD | (pflag ? 1u << TOK_PUNCT : 0);

	/* straight into the output buffer when it can take the most there
	 * may be */
	if (!lflag && !nflag && (room = out_room(2 * t.len + 1)) != NULL) {
		len = word_list(t.s, t.len, wordflags, kinds, room);
		out_commit(len);
		return len;
	}
	if (cap < 2 * t.len + 1) {
		cap = 2 * t.len + 1;
		buf = erealloc(buf, cap);
	}
	len = word_list(t.s, t.len, wordflags, kinds, buf);
	if (nflag)
		numbered_tokens(buf, len);
	else if (lflag) {
		if (lowcap < 2 * len) {
			lowcap = 2 * len;
			low = erealloc(low, lowcap);
		}
		out_write(low, lower_into(buf, len, low));
	} else
		out_write(buf, len);
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
	sent_begin(&sp, rules, t.s, t.len);
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
arttok(const char *file)
{
	static const struct article_handler h = { begin_article, body_line, end_article };

	return read_articles(file, &h, NULL);
}

int
main(int argc, char *argv[])
{
	int c, ret = 0, i;

	setprogname(argv[0]);
	while ((c = getopt(argc, argv, "lnpsTUV")) != -1) {
		switch (c) {
		case 'l':
			lflag = 1;
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
	if (sflag)
		rules = abbrev_new("nl");
	if (argc == 0)
		ret |= arttok("-");
	for (i = 0; i < argc; i++)
		ret |= arttok(argv[i]);
	abbrev_free(rules);
	ret |= out_close();
	return ret;
}
