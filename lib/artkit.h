/*
 * artkit: shared library for the artkit filters.
 * One header for everything in lib/; each section names the file that
 * implements it.
 */
#ifndef ARTKIT_H
#define ARTKIT_H

#include <regex.h>
#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/types.h>

#define ARTKIT_VERSION "0.1.0"

/* A byte string that is not NUL-terminated (NUL bytes may occur inside). */
struct text {
	const char *s;
	size_t len;
};

/* ---- error.c: messages of the form "prog: file: reason" ---- */
extern const char *progname;
void setprogname(char *argv[]);  /* argv[0] too; also std_guard() */
void warnmsg(const char *fmt, ...);            /* prog: <fmt> */
void warnfile(const char *file, const char *fmt, ...); /* prog: file: <fmt> */
void warnsys(const char *file);                /* prog: file: strerror(errno) */
void die(const char *fmt, ...);                /* warnmsg, then exit 1 */
void printversion(void);                       /* "prog (artkit) VERSION", exit 0 */
const char *displayname(const char *file);     /* "-" -> "<stdin>" for messages */

/* ---- usage.c: the synopsis, --help and --version ----
 * long_options() before getopt(): --help prints the synopsis, the summary
 * and one line per option to standard output, --version the version, and
 * both exit 0.  usage_exit() prints the synopsis to standard error and
 * exits 2.  options ends with a NULL flag.  The synopsis and the option
 * texts are formats: a %s in them stands for the language codes. */
struct optdoc {
	const char *flag;       /* "-f FILE" */
	const char *text;
};
struct usage {
	const char *synopsis;   /* what follows the program's name */
	const char *summary;    /* one line: what the program does */
	const struct optdoc *options;
};
void long_options(int argc, char *argv[], const struct usage *u);
void usage_exit(const struct usage *u);

/* ---- stdfds.c: standard descriptors closed at start-up ----
 * std_guard() gives each closed one of 0, 1, 2 to /dev/null, so that no
 * file opened later takes its number; stdin_closed() then says that "-"
 * cannot be read (EBADF). */
void std_guard(void);
int  stdin_closed(void);

/* ---- keyedhash.c: a hash that input cannot flood a table with ----
 * SipHash-1-3 under a key drawn once per run from the system's random
 * source. */
uint64_t keyed_hash(const void *p, size_t n);

/* ---- strtable.c: a fixed table of the program's own strings ----
 * An open-addressing table over n keys that key(arg, i, &len) gives:
 * slot k holds 1 + the index of a key, or 0, at most half of them used.
 * The keys are the program's lists, not input, and the table never grows,
 * so a plain hash will do.  strtable_find() gives the index of s[0..n),
 * which same(arg, i, s, n) compares with key i, or -1; a string longer
 * than the longest key, or empty, misses at once.  strtable_build() may
 * be called again on a built table. */
struct strtable {
	unsigned *slot;         /* NULL before the first build */
	size_t mask;            /* slots - 1 */
	size_t maxlen;          /* of the longest key */
};
void strtable_build(struct strtable *t, size_t n,
         const char *(*key)(const void *, size_t, size_t *), const void *arg);
void strtable_free(struct strtable *t);
/* A hash of the first and last bytes and the length: a few loads, what
 * a string of any length costs.  The keys are short, and same() tells
 * the rest apart. */
static inline size_t
strtable_hash(const char *s, size_t n)
{
	uint64_t a, b;
	uint32_t a4, b4;

	if (n >= 8) {
		memcpy(&a, s, 8);
		memcpy(&b, s + n - 8, 8);
	} else if (n >= 4) {
		memcpy(&a4, s, 4);
		memcpy(&b4, s + n - 4, 4);
		a = a4;
		b = b4;
	} else if (n > 0) {
		a = (unsigned char)s[0] | (unsigned)(unsigned char)s[n / 2] << 8 |
		    (unsigned)(unsigned char)s[n - 1] << 16;
		b = 0;
	} else
		a = b = 0;
	a = (a ^ n) * 0x9E3779B97F4A7C15u ^ b * 0xC2B2AE3D27D4EB4Fu;
	return (size_t)(a >> 32 ^ a);
}

/* Inline, so that a caller's same() is inlined with it. */
static inline long
strtable_find(const struct strtable *t, const char *s, size_t n,
    int (*same)(const void *, size_t, const char *, size_t), const void *arg)
{
	size_t k;

	if (n > t->maxlen || n == 0)
		return -1;
	for (k = strtable_hash(s, n) & t->mask; t->slot[k] != 0; k = (k + 1) & t->mask)
		if (same(arg, t->slot[k] - 1, s, n))
			return (long)t->slot[k] - 1;
	return -1;
}

/* ---- operands.c, filelines.c: what a program reads ----
 * each_operand() calls fn for every file operand, or for "-" when there
 * is none, and returns its results or'ed.  each_line() calls fn for every
 * line of path ("-": standard input), numbered from 1, and returns 0, the
 * results of fn or'ed, or -1 after a message when the file cannot be
 * read. */
int each_operand(int argc, char *argv[], int (*fn)(const char *file, void *arg), void *arg);
int open_operand(const char *path);  /* "-": 0, or -1 and EBADF when closed */
int each_line(const char *path, int (*fn)(struct text line, size_t lineno, void *arg), void *arg);
int each_line_fd(int fd, const char *name,
    int (*fn)(struct text line, size_t lineno, void *arg), void *arg);

/* ---- spool.c: standard input, to be read twice ----
 * Copies it to an unlinked temporary file that becomes descriptor 0, at
 * its start; -1 after a message. */
int spool_stdin(void);

/* ---- ealloc.c: allocation that never returns NULL ---- */
void *emalloc(size_t n);
void *erealloc(void *p, size_t n);
void *ereallocarray(void *p, size_t n, size_t size);
char *estrndup(const char *s, size_t n);

/* ---- output.c: checked, line-atomic standard output ----
 * Everything a program prints to standard output goes through these.  When
 * standard output is a pipe, whole lines are written in single write(2)
 * calls of at most PIPE_BUF bytes, so concurrent writers never interleave
 * inside a line.  A closed pipe ends the program quietly with status 0; any
 * other write error is reported as "prog: <stdout>: reason" and exits 1. */
void out_write(const void *p, size_t n);
void out_char(int c);
void out_str(const char *s);
void out_printf(const char *fmt, ...);
void out_uint(unsigned long long v, int width);  /* decimal, right-aligned */
/* Room for n bytes at the end of the buffer, to write in place and then
 * out_commit() as many as were written; NULL when there is not that much. */
char *out_room(size_t n);
void out_commit(size_t n);
void out_flush(void);
int  out_close(void);   /* flush and close; 0 ok, 1 after reporting an error */

/* ---- lineread.c: lines of any length from a file descriptor ----
 * A line ends at LF, CR LF or a lone CR; the terminator is not part of the
 * line.  The returned pointer is valid until the next call. */
struct lineread {
	int fd;
	char *buf;
	size_t cap, pos, end;
	int eof;
	int skiplf;      /* last line ended with CR: swallow a following LF */
	int err;         /* errno of a failed read, 0 if none */
	size_t lineno;
	struct lrfound { /* where the next LF, or CR, lies in buf */
		size_t at;       /* its offset, or LR_NONE while none is known */
		size_t done;     /* with none known, none lies before this */
	} lf, cr;
	void (*tap)(const char *s, size_t n, void *arg);
	void *taparg;
	size_t tapped;   /* bytes before this offset went to the tap */
	size_t left;     /* bytes it may still read: lr_limit() */
};
#define LR_NONE ((size_t)-1)
void lr_init(struct lineread *lr, int fd);
int  lr_next(struct lineread *lr, struct text *line); /* 1 line, 0 EOF, -1 error */
void lr_limit(struct lineread *lr, size_t n);        /* read n more bytes at most */
void lr_free(struct lineread *lr);
/* Every byte read, in order and once, as whole lines with their
 * terminators (a CR LF is never split): for copying input raw. */
void lr_tap(struct lineread *lr, void (*fn)(const char *s, size_t n, void *arg),
    void *arg);

/* ---- timestamp.c: ISO 8601 timestamps, independent of TZ and locale ---- */
struct timestamp {
	int year, month, day, hour, min, sec;
	int offset;          /* minutes east of UTC */
	long long epoch;     /* seconds since 1970-01-01T00:00:00Z */
};
int  ts_looks_like(const char *s, size_t n);   /* begins with YYYY-MM-DD */
int  ts_parse(const char *s, size_t n, struct timestamp *ts); /* 0 ok, -1 bad */
long long days_from_civil(int y, int m, int d);
void ts_civil_from_epoch(long long epoch, struct timestamp *ts); /* UTC */
/* The moment as YYYY-MM-DDTHH:MM:SSZ in buf; returns its length. */
#define TS_UTC_SIZE 32
size_t ts_utc(const struct timestamp *ts, char buf[TS_UTC_SIZE]);

/* ---- url.c: splitting article URLs ---- */
struct urlparts {
	struct text scheme, host, path, id, slug;
};
int url_looks_like(const char *s, size_t n);
int url_split(const char *s, size_t n, struct urlparts *u); /* 0 ok, -1 not a URL */

/* ---- article.c: articles from files and streams ----
 * A file or stream holds one or more articles separated by lines that hold
 * a single form feed.  Each article: optional header (title, timestamp,
 * URL, empty line), body lines, optional trailer (labels and share markers
 * at the end, as trailer.c decides).  Body lines come in order, except
 * that a blank line inside a run of trailer candidates is handed out when
 * it is read, before the candidates that wait: no blank line is held. */
enum hdrproblem {
	HDR_NO_TIMESTAMP = 1,
	HDR_BAD_TIMESTAMP = 2,
	HDR_NO_URL = 4
};

struct artline {
	struct text t;
	size_t lineno;       /* 1-based line number in the file */
	int kind;            /* TRAILER_LABEL, TRAILER_SHARE or 0 */
};

struct reader;
struct article {
	struct reader *reader;
	const char *file;    /* operand as given; "-" for standard input */
	size_t index;        /* 1-based position in its stream */
	size_t line0;        /* the file's line number of its first line */
	int more;            /* known after the body: another article follows */
	int has_header;
	int problems;        /* HDR_* bits */
	size_t problem_line[3]; /* line of each problem, by bit position */
	struct text title, date, url;   /* raw header lines, empty if absent */
	size_t title_line, date_line, url_line;
	size_t nheader;      /* raw header lines including the empty line */
	struct text header[4];
	struct timestamp ts;
	int ts_ok;
	struct artline *trailer;  /* valid after the body has ended */
	size_t ntrailer;
};

struct reader *reader_open(const char *path); /* NULL with errno set */
void reader_whole(struct reader *r);          /* no trailer: every line is body */
int  reader_article(struct reader *r, struct article **a); /* 1, 0 end, -1 error */
int  reader_line(struct reader *r, struct artline *line);  /* 1 body line, 0 body ended, -1 error */
int  reader_error(const struct reader *r);    /* errno of a read error */
void reader_close(struct reader *r);
/* The raw bytes of the input as lr_tap() hands them out, separators and
 * all, as the reader reads them (it reads up to one line ahead). */
/* Read from byte off of the file on, and len bytes at most when len is
 * not negative; before the first article.  -1 with errno on failure. */
int  reader_range(struct reader *r, off_t off, off_t len);
void reader_tap(struct reader *r, void (*fn)(const char *s, size_t n, void *arg),
    void *arg);
/* What a program does with the articles of a file: begin at the start of
 * each article (its header known), line for each body line, end when its
 * body has ended (its trailer known), returning 1 to mark the file as
 * failed.  Any of them may be NULL. */
struct article_handler {
	void (*begin)(struct article *a, void *arg);
	void (*line)(struct article *a, struct artline *line, void *arg);
	int  (*end)(struct article *a, void *arg);
};
/* Every article of file through h.  A file that cannot be read is reported
 * as "prog: file: reason"; returns 1 then, or when end asked for it. */
int read_articles(const char *file, const struct article_handler *h, void *arg);
/* The same for the bytes of a regular file from off on, len of them (all
 * when len is negative): a share of a stream cut after a separator line. */
int read_articles_range(const char *file, off_t off, off_t len,
    const struct article_handler *h, void *arg);
/* The same with reader_whole(), for a handler that finds the trailer. */
int read_whole_articles(const char *file, const struct article_handler *h, void *arg);
/* read_articles() with the file's raw bytes also handed to tap, as reader_tap()
 * hands them out: for copying articles as they are read.  tap may be NULL. */
int read_articles_tap(const char *file, const struct article_handler *h, void *arg,
    void (*tap)(const char *s, size_t n, void *arg), void *taparg);
/* "file", or "file#N" when the file holds several articles; valid until the
 * next reader call. Only final once the body has ended. */
const char *article_name(const struct article *a);
/* A line that separates articles: a single form feed, with or without
 * its line end. */
int is_separator_line(const char *s, size_t n);

struct jsonobj;
struct abbrevs;
/* ---- fields.c: the one field set ----
 * Every name arthdr -f, artpick -t, artwc -j and artjson use for a value of
 * an article, with its meaning, once.  A field is known at the header
 * (FIELD_AT_HEADER; lang too, as fv_begin() is given the article's rules,
 * which read_articles_lang() knows before it begins an article), once
 * the trailer is known (FIELD_AT_END: tags), or after counting the body
 * (FIELD_AT_END with a count bit).  Counts are made only for the fields
 * that need them: fv_begin() with the bits of fields_counts(), fv_line()
 * for each body line. */
enum field {
	FIELD_FILE, FIELD_TITLE, FIELD_DATE, FIELD_UTC, FIELD_UTCDAY,
	FIELD_EPOCH, FIELD_DAY, FIELD_TIME, FIELD_TZ, FIELD_URL, FIELD_HOST,
	FIELD_PATH, FIELD_ID, FIELD_SLUG, FIELD_TAGS,
	FIELD_PARAGRAPHS, FIELD_SENTENCES, FIELD_WORDS, FIELD_CHARS, FIELD_BYTES,
	FIELD_LANG,          /* the language of the sentence rules, ab's */
	NFIELDS
};
enum { COUNT_PARAGRAPHS, COUNT_SENTENCES, COUNT_WORDS, COUNT_CHARS,
	COUNT_BYTES, NCOUNTS };
enum fieldtype { FIELD_TEXT, FIELD_NUMBER, FIELD_LIST };
enum { FIELD_AT_HEADER, FIELD_AT_END };
struct fielddef {
	const char *name;
	int type;            /* enum fieldtype */
	int when;            /* FIELD_AT_HEADER or FIELD_AT_END */
	int count;           /* COUNT_* for a count, else -1 */
};
extern const struct fielddef field_def[NFIELDS];
extern const char field_namelist[];        /* "file title ... bytes" */
int field_find(const char *s, size_t n);   /* enum field, or -1 */
unsigned field_countbit(int f);            /* 1 << COUNT_* for a count, else 0 */

/* Counting one paragraph (a body line, or the title as one sentence),
 * as artwc counts: the bits of want say which counts; ab gives the
 * sentence rules.  A line counts its newline as a character and a byte. */
struct counts {
	unsigned long long n[NCOUNTS];
};
void counts_line(struct counts *c, unsigned want, const struct abbrevs *ab,
    struct text t, int title);

struct fieldvals {
	const struct article *a;
	unsigned want;
	const struct abbrevs *ab;
	struct counts counts;
	struct urlparts url;
	int urlok;           /* -1 until a field needs the URL's parts */
	char buf[TS_UTC_SIZE + 32];
};
void fv_begin(struct fieldvals *fv, const struct article *a, unsigned want,
    const struct abbrevs *ab);
void fv_line(struct fieldvals *fv, struct text t);
/* The value of a FIELD_TEXT or FIELD_NUMBER field as text, valid until the
 * next call; 0 when the article lacks it. */
int  fv_text(struct fieldvals *fv, int f, struct text *v);
int  fv_number(const struct fieldvals *fv, int f, long long *v);
size_t fv_ntags(const struct fieldvals *fv);
struct text fv_tag(const struct fieldvals *fv, size_t i);
/* The value as a TSV field (a list joined by commas, a comma inside an
 * item written \,), or as a member of a JSON object (null when absent, a
 * list as an array). */
void fv_tsv(struct fieldvals *fv, int f);
void fv_json(struct fieldvals *fv, struct jsonobj *o, int f);

/* ---- expr.c: artpick's expressions over the field set ----
 * expr_parse() returns NULL and fills err (a 1-based byte column and a
 * message) for a broken expression.  expr_eval() is EXPR_UNKNOWN when,
 * before the end (at_end 0), fields not yet known would decide.  icase
 * makes every ~ ignore case. */
enum { EXPR_FALSE, EXPR_TRUE, EXPR_UNKNOWN };
struct exprerr {
	size_t column;
	char msg[160];
};
struct exprscratch {
	char *buf, *buf2;
	size_t cap, cap2;
};
struct expr;
struct expr *expr_parse(const char *src, int icase, struct exprerr *err);
void expr_free(struct expr *e);
unsigned expr_counts(const struct expr *e);
unsigned long expr_fields(const struct expr *e);  /* 1ul << f for each field f named */
int  expr_eval(const struct expr *e, struct fieldvals *fv, int at_end,
    struct exprscratch *sc);

/* ---- ere.c: the extended regular expressions users give ----
 * ere_new() refuses a pattern beyond the limits below (the manuals of
 * artpick(1) and artstrip(1) state them) or one regcomp() rejects: NULL,
 * with why in msg.  flags may add REG_ICASE.  ere_exec() tries it on the
 * C string s (s[len] is NUL, or an earlier byte), ere_search() on text that may hold NUL
 * bytes (copying it to *scratch when it must), in time proportional to
 * the text's length times the pattern's size. */
enum {
	ERE_MAXLEN = 1024,      /* bytes of one pattern */
	ERE_MAXREPEAT = 255,    /* {n,m}: n and m at most this */
	ERE_MAXNEST = 16,       /* depth of parentheses */
	ERE_MAXSIZE = 1024,     /* atoms, once repetitions are expanded */
	ERE_MAXEMPTYCOPIES = 64 /* of them in copies of an empty match */
};
struct ere;
struct ere *ere_new(const char *p, size_t n, int flags, char *msg, size_t msgsize);
void ere_free(struct ere *e);
int  ere_exec(const struct ere *e, const char *s, size_t len);
int  ere_search(const struct ere *e, struct text t, char **scratch, size_t *cap);

/* ---- pick.c, pickout.c: what artpick selects, and where it goes ----
 * pick_new() with the tests, which stay the caller's; pick_file() for
 * each file, as each_operand() calls it, is 1 when the file could not be
 * read; pick_end() ends the output (with cflag: the count), frees the
 * pick, and is 1 when an article could not be written to its own file.
 * pick_template_error() is the '%' of an -o template that is none of
 * %n, %i and %%, or NULL. */
struct pickopts {
	struct expr *test;           /* -t, or NULL */
	struct ere *const *patterns; /* -e: any of them in the body */
	size_t npatterns;
	int cflag, vflag;
	const char *template;        /* -o, or NULL for standard output */
	struct langsel *langs;       /* -l and -a, ready */
};
struct pick;
struct langsel;
struct pick *pick_new(const struct pickopts *o);
int  pick_file(const char *file, void *pick);
int  pick_end(struct pick *pk);
const char *pick_template_error(const char *t);

/* ---- numbered.c: line output named and numbered (-n), as grep -Hn ----
 * Each line: the article's name as article_name() gives it (TSV
 * escaped), a tab, the number of the item inside the article, a tab, the
 * item.  numbered_begin() at the start of each article, numbered_line()
 * for each item (one line of text, no newline in it), numbered_blank()
 * for an empty line between groups, numbered_end() when its body ended
 * (nothing when no line waits): the lines of a first article whose name
 * is not yet known wait in a temporary file until then. */
struct numbered {
	FILE *spill;
	int direct;
	unsigned long long item;
};
void numbered_begin(struct numbered *nb, const struct article *a);
void numbered_line(struct numbered *nb, const struct article *a, const char *s, size_t n);
void numbered_blank(struct numbered *nb);
int  numbered_end(struct numbered *nb, const struct article *a); /* 0: for an end handler */

/* ---- trailer.c: trailer lines and the one policy that finds them ----
 * A body's last lines that trailer_candidate() calls labels or share
 * markers form a run (blank lines inside it do not break it).  Feed each
 * candidate to tailrun_add(), parallel to a store of one's own, and
 * tailrun_reset() at every other line.  tailrun_add() returns 0 when the
 * run has grown too long to be a trailer: then the held candidates, this
 * one and the rest of the run are body.  At the end of the body,
 * tailrun_start() is the index of the first held candidate that belongs
 * to the trailer (n: none).  tailrun_share() tells of a share marker in
 * the run that is not held.  The rules are in artkit(5). */
enum { TRAILER_LABEL = 1, TRAILER_SHARE = 2 };
enum { TRAILER_RUN_MAX = 16, TRAILER_LABELS_MAX = 6 };
int trailer_candidate(const char *s, size_t n);   /* 0, TRAILER_LABEL or TRAILER_SHARE */
int trailer_known_label(const char *s, size_t n);
struct tailrun {
	size_t n;                        /* candidates held */
	int overlong;
	int share;                       /* tailrun_share() */
	unsigned char kind[TRAILER_RUN_MAX];
	unsigned char known[TRAILER_RUN_MAX]; /* a known label or share marker */
};
void   tailrun_reset(struct tailrun *r);
int    tailrun_add(struct tailrun *r, int kind, const char *s, size_t n);
size_t tailrun_start(const struct tailrun *r);
void   tailrun_share(struct tailrun *r);  /* a share marker not held */

/* ---- lines.c: lines kept together (an article's paragraphs) ----
 * Start from a zeroed struct; lines_at(b, i) for i < b->n is valid until
 * the next lines_add(). */
struct lines {
	char *buf;
	size_t len, cap;
	size_t *end;             /* line i is buf[end[i-1] .. end[i]) */
	size_t n, ncap;
};
void lines_add(struct lines *b, struct text t);
struct text lines_at(const struct lines *b, size_t i);
void lines_clear(struct lines *b);
void lines_free(struct lines *b);

/* ---- writer.c: the article writer ----
 * aw_begin() starts an article (a form-feed line before all but the
 * first); then a header, from raw lines (aw_header: the closing empty line
 * is added when missing) or from fields (aw_fields: -1 when no header
 * could hold them: a date that is no timestamp, a URL that is none, or a
 * title alone); body lines (aw_line: line breaks inside become spaces,
 * and text without a header gets an empty second line where its second
 * line would pass for a timestamp or URL; aw_line_known() when the caller
 * has taken trailer_candidate() of the line, kind, and with unbroken
 * knows it holds no line break); labels for the trailer
 * (aw_trailer: a share marker is added where the policy needs one; -1
 * when they would not read back as the trailer); aw_end().  aw_finish()
 * once at the end of the output.  Start from a zeroed struct. */
struct artwriter {
	unsigned long narticles;
	size_t nlines;             /* of the current article */
	int header;
	int firstheld;             /* plain text's first line, held back */
	char *first;
	size_t firstlen;
	struct tailrun run;        /* candidates at the end of the body */
};
void aw_begin(struct artwriter *w);
void aw_header(struct artwriter *w, const struct text *lines, size_t n);
int  aw_fields(struct artwriter *w, struct text title, struct text date, struct text url);
void aw_line(struct artwriter *w, struct text t);
void aw_line_known(struct artwriter *w, struct text t, int kind, int unbroken);
int  aw_trailer(struct artwriter *w, const struct text *labels, size_t n);
void aw_end(struct artwriter *w);
void aw_finish(struct artwriter *w);

/* ---- strip.c: what artstrip decides ----
 * strip_new() with the options; with rcount, strip_count() over every
 * file first (each read again by strip_file(), so not a pipe); then
 * strip_file() writes each file's articles without their boilerplate, or
 * with vflag lists what goes as "file:line:reason:text" lines, or with
 * nflag writes the kept body lines through numbered.c.  strip_free()
 * ends the output. */
struct bprules;
struct stripopts {
	int bflag;               /* the body only */
	int noinline;            /* no built-in inline rules (-I) */
	int nflag;               /* the body named and numbered, as grep -Hn */
	int vflag;               /* list what is removed */
	unsigned long rcount;    /* lines in this many articles go; 0: no such rule */
	struct bprules *rules;   /* the user's, or NULL */
};
struct strip;
struct strip *strip_new(const struct stripopts *o);
void strip_count(struct strip *st, const char *file);
int  strip_file(struct strip *st, const char *file);
void strip_free(struct strip *st);

/* ---- jsonarticle.c: an article from a JSON object (artjson -d) ----
 * Writes the article the object's title, date, url, tags and paragraphs
 * make; returns NULL, or the reason the object was not written (or, with
 * tags that cannot read back as its trailer, written but not as it
 * meant), perhaps in why. */
struct jvalue;
const char *json_article(const struct jvalue *root, struct artwriter *w, char *why, size_t whysz);

/* ---- nfc.c: Unicode Normalization Form C (UAX #15) ----
 * nfc() gives the NFC form of s: canonical decomposition, canonical
 * ordering of combining marks, canonical composition.  Bytes that are not
 * UTF-8 stay as they are and act as starters that combine with nothing.
 * When nfc_is_quick() says s is already in NFC (most text, plain ASCII at
 * once), nfc() returns s itself; otherwise the result lives in z until the
 * next call on z.  Time is linear in n whatever s holds, a run of
 * millions of combining marks included; memory grows with the longest run
 * of characters between two that nothing can combine with.  A struct
 * nfc starts zeroed and is emptied by nfc_free().
 * tok_form() is the form in which a token is printed and counted: NFC, and
 * with fold first lower-cased (simple lowercase mapping); s may hold several
 * tokens separated by newlines. */
struct nfc {
	uint32_t *cp, *tmp;     /* one segment: combining class << 24 | code */
	size_t cpcap, tmpcap;
	char *out, *low;
	size_t outcap, lowcap;
};
int  nfc_is_quick(const char *s, size_t n);
struct text nfc(struct nfc *z, const char *s, size_t n);
struct text tok_form(struct nfc *z, const char *s, size_t n, int fold);
void nfc_free(struct nfc *z);
/* ---- what artstrip removes ----
 * Why a line goes, as artstrip -v names it (bp_reason_name()).  BP_KEPT
 * is no reason: the line stays.  The order is that of the name table in
 * rules_table.c. */
enum bp_reason {
	BP_KEPT, BP_BLANK, BP_USER, BP_REPEATED, BP_TRAILER, BP_SHARE,
	BP_SYMBOLS, BP_READMORE, BP_VIDEO, BP_PHOTO, BP_AUDIO, BP_LIVEBLOG,
	BP_COOKIE, BP_NEWSLETTER, BP_APP, BP_TIP, BP_SOCIAL, BP_CREDIT,
	BP_COPYRIGHT, BP_SOURCE, BP_BYLINE, BP_DATE, BP_TAGS, BP_EMBED, BP_AD,
	BP_SUBSCRIBE, BP_COMMENTS, BP_NAV, BP_META,
	BP_NREASONS
};
const char *bp_reason_name(enum bp_reason r);

/* whitespace.c: bp_clean() writes s[0..n) with white space normalised to
 * out (room for n + 1 bytes: the result is never longer, and
 * NUL-terminated): no-break and other Unicode spaces, tabs, VT and FF
 * become a space, soft hyphens and zero-width characters go, runs of
 * spaces collapse, the ends are trimmed.  Every other byte, invalid UTF-8
 * and NUL included, is kept. */
size_t bp_clean(const char *s, size_t n, char *out);   /* out may be s */
/* The invisible character at s that bp_clean() drops: its length, or 0. */
size_t bp_junk_len(const char *s, size_t n);
/* An ASCII letter or digit, for the loops that take ASCII a byte at a
 * time. */
static inline int
ascii_alnum(unsigned char c)
{
	return (unsigned char)(c - '0') < 10 || (unsigned char)((c | 0x20) - 'a') < 26;
}
/* Can the byte c start white space or an invisible character?  The
 * multibyte ones all begin with one of these five lead bytes. */
static inline int
bp_may_be_space(unsigned char c)
{
	return c <= ' ' || c == 0xC2 || c == 0xE1 || c == 0xE2 || c == 0xE3 ||
	    c == 0xEF;
}

/* entities.c: html_decode() writes s[0..n) to out (room for n + 1 bytes,
 * NUL-terminated; out may be s) with its HTML character references
 * decoded: the named ones of news text, &#N; and &#xH; (not &#0;,
 * surrogates, controls other than white space, or past U+10FFFF), also
 * those that decoding itself forms ("&amp;lt;"); every other "&" stays.
 * Decoding its result again changes nothing. */
size_t html_decode(const char *s, size_t n, char *out);

/* normalize.c: bp_normalize() is the line as artstrip keeps it: bp_clean(),
 * then html_decode(), then bp_clean() again, then composed to NFC (and
 * decoded once more when composing ends a reference: U+037E is ';').
 * The result is NUL-terminated and lives in z until the next call on z;
 * normalising it again changes nothing.  A struct bpnorm starts zeroed
 * and is emptied by bp_normalize_free(). */
struct bpnorm {
	char *buf;
	size_t cap;
	struct nfc nfc;
};
struct text bp_normalize(struct bpnorm *z, const char *s, size_t n);
/* Does the character at u[i..n) stay as it is?  Not a control byte, '&'
 * or a space that follows a space; past ASCII, valid UTF-8, neither white
 * space nor invisible, and of combining class 0 with NFC quick check Yes.
 * Its length, or 0. */
size_t bp_plain_char(const unsigned char *u, size_t i, size_t n);
void bp_normalize_free(struct bpnorm *z);

/* rules.c: bp_inline() takes a cleaned, NUL-terminated line and returns
 * the reason of the built-in rule that calls it boilerplate, or BP_KEPT.
 * bp_is_content() is the guard those rules respect: the line ends a
 * sentence and has more than BP_HANDFUL words. */
enum { BP_HANDFUL = 5, BP_COUNT_MAXLEN = 1000 };
int bp_is_content(struct text t);
enum bp_reason bp_inline(struct text t);
/* bp_inline() without its first look at the line: the rules alone. */
enum bp_reason bp_inline_rules(struct text t);
/* What a quick look at the line t, as read, tells, which it does for
 * most lines of prose: BP_LOOK_KEPT, bp_normalize() leaves it as it is,
 * bp_inline() keeps it and bp_headline() calls it no title; BP_LOOK_CLEAN, bp_normalize() leaves it as it
 * is, but it takes bp_inline_rules() to know more; BP_LOOK_UNSURE,
 * nothing is known. */
enum bp_look { BP_LOOK_UNSURE, BP_LOOK_CLEAN, BP_LOOK_KEPT };
enum bp_look bp_prose_look(struct text t);
/* A bare pointer ("Lees ook:", "Read more") whose next line, when
 * bp_headline() calls it a title, is part of the same boilerplate. */
int bp_points_ahead(struct text t);
int bp_headline(struct text t);

/* userrules.c, user rules (-f): fixed lines and /ERE/ or /ERE/i
 * patterns (ere.c), tried on lines of at most BP_PATTERN_MAXLINE bytes.
 * A rule that ere_new() refuses is reported as FILE:LINE: reason. */
enum { BP_PATTERN_MAXLINE = 4096 };
struct bprules;
struct bprules *bp_rules_new(void);
int  bp_rules_load(struct bprules *r, const char *path); /* 0, or -1 after a message */
int  bp_rules_match(const struct bprules *r, struct text t); /* t cleaned, NUL-terminated */
void bp_rules_free(struct bprules *r);

/* linecount.c, corpus mode (-r): in how many articles a cleaned line
 * occurs.  Only lines of at most BP_COUNT_MAXLEN bytes are counted; each
 * distinct line costs one 16-byte slot (a 64-bit hash, no text).  The
 * hash is keyed afresh for every run, so no input can be made to crowd
 * one part of the table. */
struct bpcount;
struct bpcount *bp_count_new(void);
void   bp_count_add(struct bpcount *c, struct text t, unsigned long article);
size_t bp_count_get(const struct bpcount *c, struct text t);
void   bp_count_free(struct bpcount *c);

/* ---- textutil.c ---- */
size_t space_len(const char *s, size_t n);   /* white space char at s, or 0 */
int is_blank(const char *s, size_t n);        /* only spaces, tabs, NBSP etc. */
struct text trim(struct text t);             /* without surrounding white space */
size_t fmt_uint(char *buf, unsigned long long v); /* decimal digits, at most 20; length */
int text_eq(struct text t, const char *lit);

/* ---- tsv.c and json.c: machine-readable output ----
 * TSV escapes backslash, tab, newline and CR as \\ \t \n \r, other control
 * characters as \xHH.  JSON is always valid: control characters escaped,
 * invalid UTF-8 bytes become U+FFFD. */
void tsv_field(const char *s, size_t n);
void tsv_item(const char *s, size_t n);  /* a list item: a comma also escaped, \, */
void tsv_name(const char *name);         /* an article's name, NUL-terminated */
void json_string(const char *s, size_t n);

struct jsonobj { int n; };
void json_begin(struct jsonobj *o);
void json_key(struct jsonobj *o, const char *key);
void json_key_text(struct jsonobj *o, const char *key, const char *s, size_t n);
void json_key_num(struct jsonobj *o, const char *key, long long v);
void json_key_null(struct jsonobj *o, const char *key);
void json_end(struct jsonobj *o);  /* "}\n" */
struct article;
void json_key_tags(struct jsonobj *o, const char *key, const struct article *a);

/* ---- jsonparse.c: a strict JSON parser (RFC 8259) ----
 * jp_parse() reads one JSON text (one line of JSON Lines) into a tree that
 * stays valid until the next jp_parse() or jp_free() on the same parser.
 * Strict: one value and only white space after it; no comments, trailing
 * commas, leading zeros, bare control characters, invalid UTF-8 or
 * unpaired surrogates.  Strings are decoded to UTF-8 and NUL-terminated
 * (they may hold NUL bytes: use str.len).  On error jp_parse() returns -1
 * and jp_error() says why, at byte column jp_column() (1-based). */
enum jtype {
	JSON_NULL, JSON_FALSE, JSON_TRUE, JSON_NUMBER, JSON_STRING,
	JSON_ARRAY, JSON_OBJECT
};
struct jvalue {
	int type;               /* enum jtype */
	struct text str;        /* JSON_STRING: decoded text; JSON_NUMBER: literal */
	struct text key;        /* the member name, for a member of an object */
	size_t n;               /* JSON_ARRAY, JSON_OBJECT: elements or members */
	struct jvalue *child;   /* first element or member */
	struct jvalue *next;    /* next element or member of the parent */
};
struct jparser;
struct jparser *jp_new(void);
void jp_free(struct jparser *p);
int  jp_parse(struct jparser *p, const char *s, size_t n, struct jvalue **root);
const char *jp_error(const struct jparser *p);
size_t jp_column(const struct jparser *p);
const struct jvalue *jv_member(const struct jvalue *obj, const char *key); /* first, or NULL */
int  jv_integer(const struct jvalue *v, long long *out);  /* 0, or -1 if not an integer */

/* ---- utf8.c: decoding ---- */
/* Decode one code point at s (n > 0 bytes available).  Returns its length;
 * an invalid or truncated sequence yields *cp = UTF8_INVALID and length 1. */
#define UTF8_INVALID 0xFFFFFFFFu
size_t utf8_decode(const unsigned char *s, size_t n, uint32_t *cp);
size_t utf8_encode(uint32_t cp, char out[4]);

/* ---- unicode.c, unicode_tables.c (generated by tools/gen-unicode.sh from
 * the Unicode Character Database 15.0): character properties ----
 * Every lookup accepts any uint32_t; UTF8_INVALID and values past U+10FFFF
 * have the default property (Other). */
enum wbprop {
	WB_OTHER, WB_CR, WB_LF, WB_NEWLINE, WB_EXTEND, WB_ZWJ, WB_RI, WB_FORMAT,
	WB_KATAKANA, WB_HEBREW, WB_ALETTER, WB_SQUOTE, WB_DQUOTE, WB_MIDNUMLET,
	WB_MIDLETTER, WB_MIDNUM, WB_NUMERIC, WB_EXTENDNUMLET, WB_WSEGSPACE
};
enum sbprop {
	SB_OTHER, SB_CR, SB_LF, SB_EXTEND, SB_SEP, SB_FORMAT, SB_SP, SB_LOWER,
	SB_UPPER, SB_OLETTER, SB_NUMERIC, SB_ATERM, SB_SCONTINUE, SB_STERM, SB_CLOSE
};
enum gcclass {
	GC_OTHER,    /* Cn Co Cs */
	GC_LETTER,   /* L* */
	GC_MARK,     /* M* */
	GC_DIGIT,    /* Nd */
	GC_NUMBER,   /* Nl No */
	GC_PUNCT,    /* P* */
	GC_SYMBOL,   /* S* */
	GC_SPACE,    /* Zs Zl Zp */
	GC_CONTROL   /* Cc Cf */
};
int uc_wb(uint32_t cp);
int uc_sb(uint32_t cp);
int uc_gc(uint32_t cp);
int uc_extpict(uint32_t cp);     /* Extended_Pictographic */
int uc_alpha(uint32_t cp);       /* Alphabetic */
uint32_t uc_tolower(uint32_t cp); /* simple lowercase mapping */

/* All properties of a code point in one record, for hot loops that need
 * several of them: uc_rec(cp)->wb and so on.  The tables are generated. */
enum { UC_EXTPICT = 1, UC_ALPHA = 2 };
struct ucrec {
	uint8_t wb, sb, gc;  /* enum wbprop, enum sbprop, enum gcclass */
	uint8_t flags;       /* UC_* bits */
	int32_t lower;       /* simple lowercase mapping minus cp */
};
extern const char uc_version[];          /* "15.0.0" */
extern const unsigned uc_nrecords;        /* at most 256 */
extern const struct ucrec uc_records[];
extern const uint16_t uc_stage1[];       /* cp >> 8 -> block */
extern const uint8_t uc_stage2[];        /* block * 256 + (cp & 255) -> record */
const struct ucrec *uc_rec(uint32_t cp);

/* nfc.c: eight bytes below 0x80 (in a 64-bit word, any byte order) with A-Z in
 * lower case, as tok_form() folds them: a byte gets its top bit from
 * adding 0x3F when it is 'A' or more, and from adding 0x25 when past 'Z'. */
static inline uint64_t
lower_ascii8(uint64_t w)
{
	uint64_t upper = (w + 0x3F3F3F3F3F3F3F3Full) & ~(w + 0x2525252525252525ull) &
	    0x8080808080808080ull;

	return w | upper >> 2;
}

/* lower_ascii8() for any eight bytes: those from 0x80 on stay. */
static inline uint64_t
lower_any8(uint64_t w)
{
	const uint64_t high = 0x8080808080808080ull;

	return w | (lower_ascii8(w & ~high) & 0x2020202020202020ull & ~(w & high) >> 2);
}

/* The normalization tables, generated with the others: combining class
 * and flags by nf_rec(cp), full canonical decompositions sorted by code
 * point, primary composites sorted by (first, second). */
enum { NF_QC_NO = 1, NF_QC_MAYBE = 2, NF_DECOMP = 4 };
struct nfrec { uint8_t ccc, flags; };
struct nfdecomp { uint32_t cp; uint16_t off; uint8_t len; };
struct nfpair { uint32_t first, second, composite; };
extern const unsigned nf_nrecords, nf_ndecomps, nf_npairs;
extern const struct nfrec nf_records[];
extern const uint16_t nf_stage1[];
extern const uint8_t nf_stage2[];
extern const struct nfdecomp nf_decomps[];
extern const uint32_t nf_decomp_cps[];
extern const struct nfpair nf_pairs[];
const struct nfrec *nf_rec(uint32_t cp);

/* ---- word.c, wordblock.c: word tokens ----
 * UAX #29 word boundaries; unless WORD_UAX29 is given, also artkit's rules:
 * a hyphen (U+002D, U+2010, U+2011) between letters or digits, one of them
 * a letter, joins them; the clitics 's 't 'n keep their apostrophe; a URL
 * or e-mail address is one token.  word_init() over one paragraph, then
 * word_next() for each token, white space too.  TOK_WORD: the token holds
 * a letter or digit; TOK_SPACE: only white space; TOK_PUNCT: the rest.
 * word_count(s, n) is the number of TOK_WORD tokens, found much faster.
 * No allocation. */
enum { WORD_UAX29 = 1 };
enum { TOK_SPACE = 1, TOK_PUNCT, TOK_WORD };
struct wordit {
	const unsigned char *s;
	size_t n, pos;
	int flags;
	int rawprev, prev, prevprev;  /* Word_Break context (rule WB4), -1 none */
	unsigned prevrec;             /* record of the character giving prev */
	unsigned ri;                  /* Regional_Indicators in a row */
	size_t at, css;               /* where the next '@' and "://" are */
};
void   word_init(struct wordit *w, const char *s, size_t n, int flags);
int    word_next(struct wordit *w, struct text *tok); /* TOK_*, 0 at the end */
size_t word_count(const char *s, size_t n);
/* The tokens of s whose kinds are in the bit set kinds (1 << TOK_WORD and
 * so on), each followed by a newline, into out, which has room for 2 * n
 * bytes; returns the length written.  Fast for words alone. */
size_t word_list(const char *s, size_t n, int flags, unsigned kinds, char *out);

/* ---- lang.c, lang_XX.c: the table of languages ----
 * Each language is one entry: its code and name, its abbreviation lists
 * (by class, see abbrev.c), the capitalised words that usually open a
 * sentence, its stop words for detection, and bits for the rules only
 * some languages have.  The splitter asks the entry, never a code.
 * lang_at(k) walks the table (NULL past its end); lang_find(code) is
 * NULL for an unknown code; lang_default() is the language of $ARTKIT_LANG
 * when that names one, Dutch otherwise.  lang_codes() is "auto|nl|en|de",
 * what -l takes, for usage lines and messages. */
enum langrule {
	LANG_CLITICS = 1,       /* Dutch 's 't 'n may open a sentence */
	LANG_ORDINALS = 2,      /* German "am 3. Oktober": a number and period
	                         * before a noun is an ordinal */
	LANG_NOUNCAPS = 4,      /* nouns are capitalised: a capital after an
	                         * abbreviation is no sign of a new sentence */
	LANG_LOWER = 8          /* web text may open a sentence in lower case
	                         * after a plain word ("bite. i think") */
};
struct abbrdef {
	const char *s;          /* without its final period */
	int cls;                /* enum abbrclass */
};
struct lang {
	const char *code, *name;
	const struct abbrdef *abbrevs;    /* ends with { NULL, 0 } */
	const char *const *starters;      /* NULL-terminated */
	const char *const *stopwords;     /* NULL-terminated, lower case */
	const char *const *suffixes;      /* abbreviations that end compounds
	                                   * ("Hauptstr."); NULL or NULL-terminated */
	unsigned rules;                   /* enum langrule bits */
};
const struct lang *lang_at(size_t k);
size_t lang_index(const struct lang *l);     /* k of lang_at(k) == l */
const struct lang *lang_find(const char *code);
const struct lang *lang_default(void);
const char *lang_codes(void);

/* Detection: feed an article's text (title, then body lines, as much as
 * the caller likes; a few KB are plenty) to a vote, then ask for the
 * winner.  With too little evidence (fewer than LANG_MIN_EVIDENCE stop
 * words, or a tie) the answer is fallback.  lang_vote_settled() says the
 * vote is decided, more text would not change it: LANG_SETTLED stop words
 * for the leader and three times the runner-up's score. */
enum { LANG_MAX = 8, LANG_MIN_EVIDENCE = 4, LANG_SETTLED = 12 };
struct langvote {
	unsigned long score[LANG_MAX];
};
void lang_vote_begin(struct langvote *v);
void lang_vote_add(struct langvote *v, const char *s, size_t n);
/* lang_vote_add() that stops as soon as the vote has settled: has it? */
int  lang_vote_add_settling(struct langvote *v, const char *s, size_t n);
const struct lang *lang_vote_result(const struct langvote *v,
    const struct lang *fallback);
int  lang_vote_settled(const struct langvote *v);
const struct lang *lang_detect(const char *s, size_t n,
    const struct lang *fallback);

/* ---- abbrev.c: abbreviation lists for the sentence splitter ----
 * Entries are words without their final period ("o.a", "dr").  The class
 * says what such a period means before a capitalised word: INNER never
 * ends a sentence, FINAL may, NAME (initials) ends one only before a word
 * that usually opens a sentence (abbrev_starter). */
enum abbrclass { ABBR_NONE, ABBR_INNER, ABBR_FINAL, ABBR_NAME };
struct abbrevs;
struct abbrevs *abbrev_new(const struct lang *lang);
int  abbrev_load(struct abbrevs *ab, const char *path); /* 0, or -1 after a message */
int  abbrev_class(const struct abbrevs *ab, const char *s, size_t n);
int  abbrev_starter(const struct abbrevs *ab, const char *s, size_t n);
const struct lang *abbrev_lang(const struct abbrevs *ab);
void abbrev_print(const struct abbrevs *ab);    /* "word.<TAB>class" lines */
void abbrev_free(struct abbrevs *ab);

/* ---- langsel.c: what -l and -a chose, article by article ----
 * Every program that splits sentences or tokens takes -l LANG (a code of
 * the table or "auto", the default) and -a FILE (more abbreviations, for
 * every language): langsel_option() takes both from getopt, in any order;
 * langsel_ready() then builds the rules, or reports an unknown language or
 * a bad file and exits 2, a usage error.  read_articles_lang() is
 * read_articles() that, under "auto", holds back each article until
 * LANGSEL_PREFIX bytes of its title and body (or its end) are seen, or
 * the vote has settled before, detects its language, and then calls the
 * handler as read_articles() would.  Inside the handler langsel_rules() and langsel_lang() are the
 * current article's; outside, those of -l, or the fallback under auto.
 * langsel_handler() puts that hold in front of h and arg, for a program
 * that reads the articles in another way (read_articles_tap(), say):
 * under auto they become the hold's, which calls the old ones. */
enum { LANGSEL_PREFIX = 4096 };
struct langsel;
struct langsel *langsel_new(void);
void langsel_option(struct langsel *ls, int opt, const char *arg); /* 'l', 'a' */
void langsel_ready(struct langsel *ls);
int  read_articles_lang(const char *file, struct langsel *ls,
    const struct article_handler *h, void *arg);
void langsel_handler(struct langsel *ls, const struct article_handler **h, void **arg);
const struct abbrevs *langsel_rules(const struct langsel *ls);
const struct lang *langsel_lang(const struct langsel *ls);
void langsel_free(struct langsel *ls);

/* ---- sentence.c: sentence boundaries ----
 * sent_begin(), then sent_next() for each sentence of one paragraph: the
 * text without surrounding white space, never empty.  With ab NULL the
 * pieces are the plain UAX #29 segments, only trailing white space
 * trimmed.  No allocation.  The language rules mostly remove UAX #29
 * boundaries, but add some where UAX #29 has none: after a word and a
 * period before a number ("in 2003. 25 jaar later"), before Dutch 's 't 'n
 * ("'s Avonds"), after the ellipsis U+2026, and before a dash or ",,"
 * after a terminator.  See artsent(1). */
enum { SENT_STOP_BLOCKS = 4 };
struct sentstops {              /* the candidates of a few blocks of 64 bytes */
	size_t base, nblocks;
	uint64_t mask[SENT_STOP_BLOCKS];
	/* the last answer: the first stop at or after from is at, of class
	 * cls and length len (with the ellipsis as a stop when ell is set) */
	size_t from, at, len;
	int cls, ell;
};
struct sentsplit {
	const struct abbrevs *ab;
	const char *s;
	size_t len, pos;
	size_t qpos, qcount;    /* ASCII double quotes counted before qpos */
	long gopen;             /* and how many guillemets are open there */
	struct sentstops stops; /* where the scan for terminators is */
};
void   sent_begin(struct sentsplit *sp, const struct abbrevs *ab,
           const char *s, size_t n);
int    sent_next(struct sentsplit *sp, struct text *sentence); /* 1, 0 at the end */
size_t sent_count(const struct abbrevs *ab, const char *s, size_t n);
size_t sent_uax_end(const char *s, size_t n, size_t start); /* exact UAX #29 segment end */


/* ---- freqtable.c: counted items (artfreq) ----
 * One table per program, keyed by the item's bytes (keyed_hash());
 * freq_end() frees everything.  freq_item()
 * finds the item or makes it with count 0.  freq_count() counts s once,
 * or with doc != 0 at most once for each doc (article numbers from 1).
 * freq_sorted() lists the items counted more than 0 times, most first and
 * the same counts in byte order: the caller frees the array (NULL when
 * there are none). */
struct freqitem {
	unsigned long long count;
	unsigned long doc;      /* the last doc counted */
	size_t len;
	char s[];
};
void freq_end(void);
struct freqitem *freq_item(const char *s, size_t n);
void freq_count(const char *s, size_t n, unsigned long doc);
struct freqitem **freq_sorted(size_t *n);
void freq_print(const struct freqitem *it, int json);  /* count<TAB>item, or -j's */
void freq_write_all(void);  /* every item as count<TAB>item, in no order */

/* ---- freqwords.c: the words of a paragraph, counted ----
 * Every word token of t in its printed form (tok_form(), folded with
 * fold), through freq_count() with doc. */
void freq_count_words(struct text t, int fold, unsigned long doc);

/* ---- freqmerge.c: artfreq -m ----
 * Adds the counts of file ("-": standard input), lines of count<TAB>item
 * or {"count":N,"item":"..."} as artfreq prints them, to the table.  A
 * line that is neither, or a sum over LLONG_MAX, is reported as
 * "prog: file:line: reason" and skipped; returns 0, or 1 after any
 * message. */
int freq_merge(const char *file);
int freq_merge_fd(int fd, const char *name);    /* the same from fd */

/* ---- freqspread.c: counting on several processors ----
 * count(file, off, len) for every file operand, the bytes of the regular
 * ones cut at separator lines into one share for each of nproc processes
 * (0: one per processor, as many as the input makes pay), every table
 * added into this process's.  Returns the results of count or'ed, 1 when
 * a process failed. */
int freq_spread(int nproc, int argc, char *argv[],
    int (*count)(const char *file, off_t off, off_t len));

#endif
