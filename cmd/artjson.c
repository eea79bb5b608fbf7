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

/* What artjson -d reads; every other key is ignored. */
enum dkey { K_TITLE, K_DATE, K_URL, K_TAGS, K_PARAGRAPHS, NDKEYS };
static const char *const dkeys[NDKEYS] = {
	"title", "date", "url", "tags", "paragraphs"
};

/* The share marker that artjson -d writes after tags that a reader would
 * not know as trailer labels by themselves. */
static const char share_marker[] = "Deel artikel:";

static int sflag, tflag;
static struct langsel *langs;   /* sentence rules for -s */
static size_t narticles;        /* articles written by -d */

/* The paragraphs of one article, kept until the article has ended, since
 * its name and tags are only known then. */
struct body {
	char *buf;
	size_t len, cap;
	size_t *end;            /* paragraph i is buf[end[i-1] .. end[i]) */
	size_t n, ncap;
};

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-dstV] [-a file] [-l %s] [file ...]\n",
	    progname, lang_codes());
	exit(2);
}

static void
body_add(struct body *b, struct text t)
{
	if (b->cap - b->len < t.len) {
		b->cap = b->len + t.len > 2 * b->cap ? b->len + t.len : 2 * b->cap;
		b->buf = erealloc(b->buf, b->cap);
	}
	if (b->n == b->ncap) {
		b->ncap = b->ncap ? 2 * b->ncap : 64;
		b->end = ereallocarray(b->end, b->ncap, sizeof b->end[0]);
	}
	memcpy(b->buf + b->len, t.s, t.len);
	b->len += t.len;
	b->end[b->n++] = b->len;
}

static struct text
body_par(const struct body *b, size_t i)
{
	struct text t;
	size_t start = i > 0 ? b->end[i - 1] : 0;

	t.s = b->buf + start;
	t.len = b->end[i] - start;
	return t;
}

static void
write_paragraphs(struct jsonobj *o, const struct body *b)
{
	struct text t;
	size_t i;

	json_key(o, "paragraphs");
	out_char('[');
	for (i = 0; i < b->n; i++) {
		if (i > 0)
			out_char(',');
		t = body_par(b, i);
		json_string(t.s, t.len);
	}
	out_char(']');
}

static void
write_sentences(struct jsonobj *o, const struct body *b)
{
	struct sentsplit sp;
	struct text t;
	size_t i;
	int k;

	json_key(o, "sentences");
	out_char('[');
	for (i = 0; i < b->n; i++) {
		if (i > 0)
			out_char(',');
		out_char('[');
		t = body_par(b, i);
		sent_begin(&sp, langsel_rules(langs), t.s, t.len);
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
write_tokens(struct jsonobj *o, const struct body *b)
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
		t = body_par(b, i);
		if (!sflag) {
			write_words(t);
			continue;
		}
		out_char('[');
		sent_begin(&sp, langsel_rules(langs), t.s, t.len);
		for (k = 0; sent_next(&sp, &t); k++) {
			if (k > 0)
				out_char(',');
			write_words(t);
		}
		out_char(']');
	}
	out_char(']');
}

static void
write_object(const struct article *a, const struct body *b)
{
	struct jsonobj o;
	struct urlparts u;
	struct text t;
	const char *name = article_name(a);
	char buf[TS_UTC_SIZE];

	json_begin(&o);
	json_key_text(&o, "file", name, strlen(name));
	if (a->has_header) {
		t = trim(a->title);
		json_key_text(&o, "title", t.s, t.len);
	} else
		json_key_null(&o, "title");
	if (a->date.len > 0)
		json_key_text(&o, "date", a->date.s, a->date.len);
	else
		json_key_null(&o, "date");
	if (a->ts_ok) {
		json_key_text(&o, "utc", buf, ts_utc(&a->ts, buf));
		json_key_num(&o, "epoch", a->ts.epoch);
	} else {
		json_key_null(&o, "utc");
		json_key_null(&o, "epoch");
	}
	if (a->url.len > 0)
		json_key_text(&o, "url", a->url.s, a->url.len);
	else
		json_key_null(&o, "url");
	if (a->url.len > 0 && url_split(a->url.s, a->url.len, &u) == 0 && u.id.len > 0)
		json_key_text(&o, "id", u.id.s, u.id.len);
	else
		json_key_null(&o, "id");
	if (a->has_header)
		json_key_tags(&o, "tags", a);
	else
		json_key_null(&o, "tags");
	write_paragraphs(&o, b);
	if (sflag)
		write_sentences(&o, b);
	if (tflag)
		write_tokens(&o, b);
	json_end(&o);
}

static void
encode_begin(struct article *a, void *arg)
{
	struct body *b = arg;

	(void)a;
	b->len = b->n = 0;
}

static void
encode_line(struct article *a, struct artline *line, void *arg)
{
	(void)a;
	if (!is_blank(line->t.s, line->t.len))
		body_add(arg, line->t);
}

static int
encode_end(struct article *a, void *arg)
{
	write_object(a, arg);
	return 0;
}

static int
encode(const char *file, struct body *b)
{
	static const struct article_handler h = { encode_begin, encode_line, encode_end };

	/* only sentences need the article's language */
	if (!sflag)
		return read_articles(file, &h, b);
	return read_articles_lang(file, langs, &h, b);
}

/* One line of an article: line breaks inside become spaces, and a line
 * that would read as an article separator is left empty. */
static void
write_line(const char *s, size_t n)
{
	size_t i, start = 0;

	if (n == 1 && s[0] == '\f')
		n = 0;
	for (i = 0; i < n; i++) {
		if (s[i] != '\n' && s[i] != '\r')
			continue;
		out_write(s + start, i - start);
		out_char(' ');
		start = i + 1;
	}
	out_write(s + start, n - start);
	out_char('\n');
}

/* The members artjson -d uses, checked: NULL when all is well, else the
 * reason.  Members that are null count as absent. */
static const char *
check_object(const struct jvalue *root, const struct jvalue *v[NDKEYS], char *why, size_t whysz)
{
	const struct jvalue *m, *e;
	int k;

	if (root->type != JSON_OBJECT)
		return "not a JSON object";
	for (k = 0; k < NDKEYS; k++)
		v[k] = NULL;
	for (m = root->child; m != NULL; m = m->next) {
		for (k = 0; k < NDKEYS; k++)
			if (text_eq(m->key, dkeys[k]))
				break;
		if (k == NDKEYS)
			continue;
		if (v[k] != NULL) {
			snprintf(why, whysz, "duplicate key \"%s\"", dkeys[k]);
			return why;
		}
		v[k] = m;
		if (m->type == JSON_NULL)
			continue;
		if (k == K_TAGS || k == K_PARAGRAPHS) {
			if (m->type != JSON_ARRAY) {
				snprintf(why, whysz, "\"%s\" is not an array of strings", dkeys[k]);
				return why;
			}
			for (e = m->child; e != NULL; e = e->next)
				if (e->type != JSON_STRING) {
					snprintf(why, whysz, "\"%s\" holds a value that is not a string",
					    dkeys[k]);
					return why;
				}
		} else if (m->type != JSON_STRING) {
			snprintf(why, whysz, "\"%s\" is not a string or null", dkeys[k]);
			return why;
		}
	}
	for (k = 0; k < NDKEYS; k++)
		if (v[k] != NULL && v[k]->type == JSON_NULL)
			v[k] = NULL;
	return NULL;
}

static void
write_article(const struct jvalue *v[NDKEYS])
{
	const struct jvalue *e;
	struct text t;
	int unknown = 0, ntags = 0;

	if (narticles++ > 0)
		out_write("\f\n", 2);
	if (v[K_TITLE] != NULL || v[K_DATE] != NULL || v[K_URL] != NULL) {
		t = v[K_TITLE] != NULL ? v[K_TITLE]->str : (struct text){ "", 0 };
		write_line(t.s, t.len);
		if (v[K_DATE] != NULL)
			write_line(v[K_DATE]->str.s, v[K_DATE]->str.len);
		if (v[K_URL] != NULL)
			write_line(v[K_URL]->str.s, v[K_URL]->str.len);
		out_char('\n');
	}
	if (v[K_PARAGRAPHS] != NULL)
		for (e = v[K_PARAGRAPHS]->child; e != NULL; e = e->next)
			if (!is_blank(e->str.s, e->str.len))
				write_line(e->str.s, e->str.len);
	if (v[K_TAGS] != NULL)
		for (e = v[K_TAGS]->child; e != NULL; e = e->next) {
			t = trim(e->str);
			if (t.len == 0)
				continue;
			write_line(t.s, t.len);
			ntags++;
			if (!trailer_known_label(t.s, t.len))
				unknown = 1;
		}
	/* Known labels end an article by themselves; others need the marker. */
	if (ntags > 0 && unknown)
		write_line(share_marker, sizeof share_marker - 1);
}

static int
decode(const char *file, struct jparser *jp)
{
	struct lineread lr;
	struct text line;
	struct jvalue *root;
	const struct jvalue *v[NDKEYS];
	const char *why;
	char whybuf[96];
	size_t i;
	int fd, n, ret = 0;

	if (strcmp(file, "-") == 0)
		fd = 0;
	else if ((fd = open(file, O_RDONLY)) < 0) {
		warnsys(file);
		return 1;
	}
	lr_init(&lr, fd);
	while ((n = lr_next(&lr, &line)) > 0) {
		for (i = 0; i < line.len && (line.s[i] == ' ' || line.s[i] == '\t'); i++)
			;
		if (i == line.len)
			continue;       /* an empty line holds no article */
		if (jp_parse(jp, line.s, line.len, &root) < 0) {
			warnmsg("%s:%zu: column %zu: %s", displayname(file), lr.lineno,
			    jp_column(jp), jp_error(jp));
			ret = 1;
			continue;
		}
		if ((why = check_object(root, v, whybuf, sizeof whybuf)) != NULL) {
			warnmsg("%s:%zu: %s", displayname(file), lr.lineno, why);
			ret = 1;
			continue;
		}
		write_article(v);
	}
	if (n < 0) {
		errno = lr.err;
		warnsys(file);
		ret = 1;
	}
	lr_free(&lr);
	if (fd > 0)
		close(fd);
	return ret;
}

int
main(int argc, char *argv[])
{
	struct body b;
	struct jparser *jp = NULL;
	int c, dflag = 0, ret = 0, i;

	setprogname(argv[0]);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:dl:stV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'd':
			dflag = 1;
			break;
		case 's':
			sflag = 1;
			break;
		case 't':
			tflag = 1;
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
	if (dflag && (sflag || tflag)) {
		warnmsg("-d cannot be combined with -s or -t");
		usage();
	}
	if (langsel_ready(langs) < 0) {
		langsel_free(langs);
		exit(2);
	}
	memset(&b, 0, sizeof b);
	if (dflag)
		jp = jp_new();
	if (argc == 0)
		ret |= dflag ? decode("-", jp) : encode("-", &b);
	for (i = 0; i < argc; i++)
		ret |= dflag ? decode(argv[i], jp) : encode(argv[i], &b);
	jp_free(jp);
	langsel_free(langs);
	free(b.buf);
	free(b.end);
	ret |= out_close();
	return ret;
}
