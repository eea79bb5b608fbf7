/*
 * artjson: articles to JSON Lines, one object per article, and with -d
 * JSON Lines back to an article stream.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

/* Everything one run needs. */
struct artjson {
	int sflag, tflag;
	struct langsel *langs;          /* sentence rules for -s */
	struct jparser *jp;             /* with -d */
	struct artwriter out;           /* with -d */
	const char *file;
	struct lines body;              /* without -d */
};

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-l lang", "the language of the sentence rules: %s (auto: each article's own)" },
	{ "-d", "JSON Lines back to an article stream" },
	{ "-s", "also the sentences of each paragraph" },
	{ "-t", "also the words of each paragraph" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-dstV] [-a file] [-l %s] [file ...]",
	"Convert news articles to JSON Lines, and back with -d.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

static void
write_paragraphs(struct jsonobj *o, const struct lines *b)
{
	struct text t;
	size_t i;

	json_key(o, "body");
	out_char('[');
	for (i = 0; i < b->n; i++) {
		if (i > 0)
			out_char(',');
		t = lines_at(b, i);
		json_string(t.s, t.len);
	}
	out_char(']');
}

static void
write_sentences(struct jsonobj *o, const struct lines *b, const struct abbrevs *rules)
{
	struct sentsplit sp;
	struct text t;
	size_t i;
	int k;

	json_key(o, "body_sentences");
	out_char('[');
	for (i = 0; i < b->n; i++) {
		if (i > 0)
			out_char(',');
		out_char('[');
		t = lines_at(b, i);
		sent_begin(&sp, rules, t.s, t.len);
		for (k = 0; sent_next(&sp, &t); k++) {
			if (k > 0)
				out_char(',');
			json_string(t.s, t.len);
		}
		out_char(']');
	}
	out_char(']');
}

/* The words of a text as an array, the tokens arttok prints. */
static void
write_words(struct text t)
{
	struct wordit w;
	struct text tok;
	int type, k = 0;

	out_char('[');
	word_init(&w, t.s, t.len, 0);
	while ((type = word_next(&w, &tok)) != 0) {
		if (type != TOK_WORD)
			continue;
		if (k++ > 0)
			out_char(',');
		json_string(tok.s, tok.len);
	}
	out_char(']');
}

/* Per paragraph its words, or with -s per paragraph per sentence. */
static void
write_tokens(struct jsonobj *o, const struct lines *b, const struct artjson *aj)
{
	struct sentsplit sp;
	struct text t;
	size_t i;
	int k;

	json_key(o, "tokens");
	out_char('[');
	for (i = 0; i < b->n; i++) {
		if (i > 0)
			out_char(',');
		t = lines_at(b, i);
		if (!aj->sflag) {
			write_words(t);
			continue;
		}
		out_char('[');
		sent_begin(&sp, langsel_rules(aj->langs), t.s, t.len);
		for (k = 0; sent_next(&sp, &t); k++) {
			if (k > 0)
				out_char(',');
			write_words(t);
		}
		out_char(']');
	}
	out_char(']');
}

/* The keys of the field set that describe an article as a whole. */
static const int object_fields[] = {
	FIELD_FILE, FIELD_TITLE, FIELD_DATE, FIELD_UTC, FIELD_EPOCH, FIELD_URL,
	FIELD_ID, FIELD_TAGS, FIELD_LANG
};

static void
write_object(const struct article *a, const struct lines *b, const struct artjson *aj)
{
	struct fieldvals fv;
	struct jsonobj o;
	size_t i;

	fv_begin(&fv, a, 0, langsel_rules(aj->langs));
	json_begin(&o);
	for (i = 0; i < sizeof object_fields / sizeof object_fields[0]; i++)
		fv_json(&fv, &o, object_fields[i]);
	write_paragraphs(&o, b);
	if (aj->sflag)
		write_sentences(&o, b, langsel_rules(aj->langs));
	if (aj->tflag)
		write_tokens(&o, b, aj);
	json_end(&o);
}

static void
encode_begin(struct article *a, void *arg)
{
	struct artjson *aj = arg;

	(void)a;
	lines_clear(&aj->body);
}

static void
encode_line(struct article *a, struct artline *line, void *arg)
{
	struct artjson *aj = arg;

	(void)a;
	if (!is_blank(line->t.s, line->t.len))
		lines_add(&aj->body, line->t);
}

static int
encode_end(struct article *a, void *arg)
{
	struct artjson *aj = arg;

	write_object(a, &aj->body, aj);
	return 0;
}

static int
encode(const char *file, void *arg)
{
	static const struct article_handler h = { encode_begin, encode_line, encode_end };
	struct artjson *aj = arg;

	return read_articles_lang(file, aj->langs, &h, arg);
}

static int
decode_line(struct text line, size_t lineno, void *arg)
{
	struct artjson *aj = arg;
	struct jvalue *root;
	const char *why;
	char whybuf[96];
	size_t i;

	for (i = 0; i < line.len && (line.s[i] == ' ' || line.s[i] == '\t'); i++)
		;
	if (i == line.len)
		return 0;       /* an empty line holds no article */
	if (jp_parse(aj->jp, line.s, line.len, &root) < 0) {
		warnmsg("%s:%zu: column %zu: %s", displayname(aj->file), lineno,
		    jp_column(aj->jp), jp_error(aj->jp));
		return 1;
	}
	if ((why = json_article(root, &aj->out, whybuf, sizeof whybuf)) != NULL) {
		warnmsg("%s:%zu: %s", displayname(aj->file), lineno, why);
		return 1;
	}
	return 0;
}

static int
decode(const char *file, void *arg)
{
	struct artjson *aj = arg;

	aj->file = file;
	return each_line(file, decode_line, aj) != 0;
}

int
main(int argc, char *argv[])
{
	static struct artjson aj;
	int c, dflag = 0, ret;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	aj.langs = langsel_new();
	while ((c = getopt(argc, argv, "a:dl:stV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(aj.langs, c, optarg);
			break;
		case 'd':
			dflag = 1;
			break;
		case 's':
			aj.sflag = 1;
			break;
		case 't':
			aj.tflag = 1;
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
	if (dflag && (aj.sflag || aj.tflag)) {
		warnmsg("-d cannot be combined with -s or -t");
		usage();
	}
	langsel_ready(aj.langs);
	if (dflag) {
		aj.jp = jp_new();
		ret = each_operand(argc, argv, decode, &aj);
		aw_finish(&aj.out);
		jp_free(aj.jp);
	} else
		ret = each_operand(argc, argv, encode, &aj);
	langsel_free(aj.langs);
	lines_free(&aj.body);
	ret |= out_close();
	return ret;
}
