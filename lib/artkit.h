/*
 * artkit: shared library for the artkit filters.
 * One header for everything in lib/; each section names the file that
 * implements it.
 */
#ifndef ARTKIT_H
#define ARTKIT_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#define ARTKIT_VERSION "0.1.0"

/* A byte string that is not NUL-terminated (NUL bytes may occur inside). */
struct text {
	const char *s;
	size_t len;
};

/* ---- error.c: messages of the form "prog: file: reason" ---- */
extern const char *progname;
void setprogname(const char *argv0);
void warnmsg(const char *fmt, ...);            /* prog: <fmt> */
void warnfile(const char *file, const char *fmt, ...); /* prog: file: <fmt> */
void warnsys(const char *file);                /* prog: file: strerror(errno) */
void die(const char *fmt, ...);                /* warnmsg, then exit 1 */
void printversion(void);                       /* "prog (artkit) VERSION", exit 0 */
const char *displayname(const char *file);     /* "-" -> "<stdin>" for messages */

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
	size_t cr;       /* offset of the next CR known, or NO_CR */
	size_t crdone;   /* with no CR known, none lies before this offset */
};
#define NO_CR ((size_t)-1)
void lr_init(struct lineread *lr, int fd);
int  lr_next(struct lineread *lr, struct text *line); /* 1 line, 0 EOF, -1 error */
void lr_free(struct lineread *lr);

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
 * at the end). */
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
int  reader_article(struct reader *r, struct article **a); /* 1, 0 end, -1 error */
int  reader_line(struct reader *r, struct artline *line);  /* 1 body line, 0 body ended, -1 error */
int  reader_error(const struct reader *r);    /* errno of a read error */
void reader_close(struct reader *r);
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
/* "file", or "file#N" when the file holds several articles; valid until the
 * next reader call. Only final once the body has ended. */
const char *article_name(const struct article *a);

/* ---- trailer.c: trailer lines ---- */
enum { TRAILER_LABEL = 1, TRAILER_SHARE = 2 };
int trailer_candidate(const char *s, size_t n);   /* 0, TRAILER_LABEL or TRAILER_SHARE */
int trailer_known_label(const char *s, size_t n);

/* ---- boilerplate.c: what artstrip removes ----
 * bp_clean() writes s[0..n) with white space normalised to out (room for
 * n + 1 bytes: the result is never longer, and NUL-terminated): no-break
 * and other Unicode spaces, tabs, VT and FF become a space, soft hyphens
 * and zero-width characters go, runs of spaces collapse, the ends are
 * trimmed.  Every other byte, invalid UTF-8 and NUL included, is kept.
 * bp_inline() takes such a cleaned, NUL-terminated line and returns the
 * reason of the built-in rule that calls it boilerplate, or NULL.
 * bp_is_content() is the guard those rules respect: the line ends a
 * sentence and has more than BP_HANDFUL words. */
enum { BP_HANDFUL = 5, BP_COUNT_MAXLEN = 1000 };
size_t bp_clean(const char *s, size_t n, char *out);
int bp_is_content(struct text t);
const char *bp_inline(struct text t);
/* A bare pointer ("Lees ook:", "Read more") whose next line, when
 * bp_headline() calls it a title, is part of the same boilerplate. */
int bp_points_ahead(struct text t);
int bp_headline(struct text t);

/* User rules (-f): fixed lines and /ERE/ or /ERE/i patterns. */
struct bprules;
struct bprules *bp_rules_new(void);
int  bp_rules_load(struct bprules *r, const char *path); /* 0, or -1 after a message */
int  bp_rules_match(const struct bprules *r, struct text t); /* t cleaned, NUL-terminated */
void bp_rules_free(struct bprules *r);

/* Corpus mode (-r): in how many articles a cleaned line occurs.  Only
 * lines of at most BP_COUNT_MAXLEN bytes are counted; each distinct line
 * costs one 16-byte slot (a 64-bit hash, no text). */
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
int text_caseeq(struct text t, const char *lit); /* ASCII case ignored */

/* ---- tsv.c and json.c: machine-readable output ----
 * TSV escapes backslash, tab, newline and CR as \\ \t \n \r, other control
 * characters as \xHH.  JSON is always valid: control characters escaped,
 * invalid UTF-8 bytes become U+FFFD. */
void tsv_field(const char *s, size_t n);
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

/* ---- charmask.c: 64-byte blocks as class masks, for word.c ----
 * Bit j of a mask stands for byte j of a block; charmask_blocks() fills
 * m[k] for the k-th block of 64 bytes at p.  charmask_pack() writes
 * the bytes whose bit is set in keep, those outside word as newlines, and
 * may write up to 64 bytes at out.  The engine ("avx2", "sse2" or
 * "portable") is the best the processor has; charmask_engine(name) picks
 * another for tests and returns NULL when there is no such engine here;
 * charmask_engine(NULL) names the one in use. */
struct charmask {
	uint64_t letter;        /* A-Z a-z */
	uint64_t digit;         /* 0-9 */
	uint64_t hyphen;        /* - */
	uint64_t midletter;     /* : */
	uint64_t midnumlet;     /* . ' */
	uint64_t midnum;        /* , ; */
	uint64_t apos;          /* ' */
	uint64_t w;             /* w W, for www. */
	uint64_t slash;         /* /, for :// */
	uint64_t look;          /* @ _ LF VT FF CR: only word_next() knows */
	uint64_t high;          /* bytes 0x80 and up */
};
void   charmask_blocks(const unsigned char *p, size_t nblocks, struct charmask *m);
size_t charmask_pack(const unsigned char *p, uint64_t word, uint64_t keep, char *out);
const char *charmask_engine(const char *name);
const char *charmask_engine_at(size_t k);  /* k-th of this build, best last; NULL past them */

/* ---- word.c: word tokens ----
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
 * a bad file and returns -1 (a usage error).  read_articles_lang() is
 * read_articles() that, under "auto", holds back each article until
 * LANGSEL_PREFIX bytes of its title and body (or its end) are seen, or
 * the vote has settled before, detects its language, and then calls the
 * handler as read_articles() would.  Inside the handler langsel_rules() and langsel_lang() are the
 * current article's; outside, those of -l, or the fallback under auto. */
enum { LANGSEL_PREFIX = 4096 };
struct langsel;
struct langsel *langsel_new(void);
void langsel_option(struct langsel *ls, int opt, const char *arg); /* 'l', 'a' */
int  langsel_ready(struct langsel *ls);
int  read_articles_lang(const char *file, struct langsel *ls,
    const struct article_handler *h, void *arg);
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
struct sentsplit {
	const struct abbrevs *ab;
	const char *s;
	size_t len, pos;
	size_t qpos, qcount;    /* ASCII double quotes counted before qpos */
	long gopen;             /* and how many guillemets are open there */
};
void   sent_begin(struct sentsplit *sp, const struct abbrevs *ab,
           const char *s, size_t n);
int    sent_next(struct sentsplit *sp, struct text *sentence); /* 1, 0 at the end */
size_t sent_count(const struct abbrevs *ab, const char *s, size_t n);
size_t sent_uax_end(const char *s, size_t n, size_t start); /* exact UAX #29 segment end */

#endif
