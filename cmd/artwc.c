/* artwc: paragraphs, sentences, words, characters and bytes per article. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artkit.h"

/* The columns, in the order they are printed. */
enum { C_PARA, C_SENT, C_WORD, C_CHAR, C_BYTE, NCOLS };
static const char *const keys[NCOLS] = {
	"paragraphs", "sentences", "words", "chars", "bytes"
};

struct counts {
	unsigned long long n[NCOLS];
};

static int want[NCOLS];
static int jflag, Tflag;
static struct langsel *langs;   /* sentence rules, with -s */
static int width;               /* of a count column */
static size_t narticles;
static struct counts total;

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-cjmpswTV] [-a file] [-l %s] [file ...]\n",
	    progname, lang_codes());
	exit(2);
}

/* Code points; a byte that does not start a valid UTF-8 sequence counts
 * as one. */
static size_t
nchars(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, count = 0;
	uint64_t eight;
	uint32_t cp;

	while (i < n) {
		if (n - i >= 8) {
			memcpy(&eight, s + i, 8);
			if ((eight & 0x8080808080808080ULL) == 0) {
				i += 8;
				count += 8;
				continue;
			}
		}
		i += s[i] < 0x80 ? 1 : utf8_decode(s + i, n - i, &cp);
		count++;
	}
	return count;
}

/* Count one paragraph: a body line, or the title with -T.  A line counts
 * its newline as a character and a byte, as wc does.  Sentences are those
 * artsent prints: the title is one. */
static void
count_line(struct counts *c, struct text t, int title)
{
	if (want[C_PARA] && !is_blank(t.s, t.len))
		c->n[C_PARA]++;
	if (want[C_SENT] && !is_blank(t.s, t.len))
		c->n[C_SENT] += title ? 1 : sent_count(langsel_rules(langs), t.s, t.len);
	if (want[C_WORD])
		c->n[C_WORD] += word_count(t.s, t.len);
	if (want[C_CHAR])
		c->n[C_CHAR] += nchars(t.s, t.len) + 1;
	if (want[C_BYTE])
		c->n[C_BYTE] += t.len + 1;
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
			if (want[i])
				json_key_num(&o, keys[i], (long long)c->n[i]);
		json_end(&o);
		return;
	}
	for (i = 0; i < NCOLS; i++) {
		if (!want[i])
			continue;
		if (!first)
			out_char(' ');
		out_uint(c->n[i], width);
		first = 0;
	}
	out_char(' ');
	out_str(name);
	out_char('\n');
}

static void
begin_article(struct article *a, void *arg)
{
	struct counts *c = arg;

	memset(c, 0, sizeof *c);
	if (Tflag && a->has_header)
		count_line(c, a->title, 1);
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	(void)a;
	count_line(arg, line->t, 0);
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
artwc(const char *file)
{
	static const struct article_handler h = { begin_article, body_line, end_article };
	struct counts c;

	/* only sentences need the article's language */
	if (!want[C_SENT])
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

	setprogname(argv[0]);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:cjl:mpswTV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(langs, c, optarg);
			break;
		case 'c':
			want[C_BYTE] = 1;
			break;
		case 'j':
			jflag = 1;
			break;
		case 'm':
			want[C_CHAR] = 1;
			break;
		case 'p':
			want[C_PARA] = 1;
			break;
		case 's':
			want[C_SENT] = 1;
			break;
		case 'T':
			Tflag = 1;
			break;
		case 'V':
			printversion();
			break;
		case 'w':
			want[C_WORD] = 1;
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
	for (i = 0; i < NCOLS; i++)
		ncols += want[i];
	if (ncols == 0) {
		want[C_PARA] = want[C_WORD] = want[C_CHAR] = 1;
		ncols = 3;
	}
	width = count_width(argv, argc, ncols);

	if (argc == 0)
		ret |= artwc("-");
	for (i = 0; i < argc; i++)
		ret |= artwc(argv[i]);
	if (narticles > 1 && !jflag)
		print_row(&total, "total");
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
