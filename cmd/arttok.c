/* arttok: the words of article bodies, one per line. */
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "artkit.h"

static int lflag, pflag, sflag, Tflag;
static int wordflags;           /* WORD_UAX29 with -U */
static struct abbrevs *rules;   /* Dutch sentence rules, with -s */

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-lpsTUV] [file ...]\n", progname);
	exit(2);
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
	if (!lflag && (room = out_room(2 * t.len + 1)) != NULL) {
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
	form = tok_form(&norm, buf, len, lflag);
	out_write(form.s, form.len);
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
	sent_begin(&sp, rules, t.s, t.len);
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

	return read_articles(file, &h, NULL);
}

int
main(int argc, char *argv[])
{
	int c, ret = 0, i;

	setprogname(argv[0]);
	while ((c = getopt(argc, argv, "lpsTUV")) != -1) {
		switch (c) {
		case 'l':
			lflag = 1;
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
