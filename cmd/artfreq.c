/* artfreq: word and n-gram frequencies of article bodies, most frequent first. */
#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "artkit.h"

static int fflag, dflag, jflag, mflag;
static size_t ngram = 1;
static unsigned long long topk = ULLONG_MAX;
static struct langsel *langs;   /* sentence rules, for n-grams */

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-dfjV] [-a file] [-k K] [-l %s] [-n N] [file ...]\n"
	    "       %s -m [-jV] [-k K] [file ...]\n", progname, lang_codes(), progname);
	exit(2);
}

/* ---- the items: a hash table of their own over an arena ----
 * Open addressing with linear probing; the hash is SipHash-1-3 under a
 * key drawn at start, so no input can be made to collide on purpose and
 * the table stays linear in the input. */

struct item {
	unsigned long long count;
	unsigned long doc;      /* the last article counted, for -d */
	size_t len;
	char s[];
};

struct slot {
	uint64_t hash;
	struct item *item;
};

enum { CHUNK = 1 << 20 };

static struct {
	struct slot *slot;
	size_t cap, n;
	uint64_t k0, k1;
	char **chunk;           /* the arena */
	size_t nchunk, chunkcap;
	char *free;
	size_t left;
} tab;

static uint64_t
rotl(uint64_t x, int b)
{
	return x << b | x >> (64 - b);
}

#define SIPROUND(v0, v1, v2, v3) do { \
	v0 += v1; v1 = rotl(v1, 13); v1 ^= v0; v0 = rotl(v0, 32); \
	v2 += v3; v3 = rotl(v3, 16); v3 ^= v2; \
	v0 += v3; v3 = rotl(v3, 21); v3 ^= v0; \
	v2 += v1; v1 = rotl(v1, 17); v1 ^= v2; v2 = rotl(v2, 32); \
} while (0)

/* Eight bytes as a number, in the machine's byte order: the hash and the
 * cache need not be the same on every machine, only the same everywhere
 * in one run. */
static uint64_t
load8(const unsigned char *p)
{
	uint64_t v;

	memcpy(&v, p, 8);
	return v;
}

static void
store8(unsigned char *p, uint64_t v)
{
	memcpy(p, &v, 8);
}

static uint64_t
siphash13(const char *s, size_t n)
{
	const unsigned char *p = (const unsigned char *)s;
	uint64_t v0 = tab.k0 ^ 0x736f6d6570736575ull, v1 = tab.k1 ^ 0x646f72616e646f6dull;
	uint64_t v2 = tab.k0 ^ 0x6c7967656e657261ull, v3 = tab.k1 ^ 0x7465646279746573ull;
	uint64_t m;
	unsigned char tail[8] = { 0 };
	size_t i, whole = n & ~(size_t)7;

	for (i = 0; i < whole; i += 8) {
		m = load8(p + i);
		v3 ^= m;
		SIPROUND(v0, v1, v2, v3);
		v0 ^= m;
	}
	memcpy(tail, p + whole, n - whole);
	m = (uint64_t)n << 56 ^ load8(tail);
	v3 ^= m;
	SIPROUND(v0, v1, v2, v3);
	v0 ^= m;
	v2 ^= 0xff;
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	SIPROUND(v0, v1, v2, v3);
	return v0 ^ v1 ^ v2 ^ v3;
}

/* The key: from /dev/urandom, or failing that from the clock and the
 * process, which an attacker would still have to guess. */
static void
hash_key(void)
{
	unsigned char k[16];
	struct timespec ts;
	int fd;
	ssize_t got = 0;

	if ((fd = open("/dev/urandom", O_RDONLY)) >= 0) {
		got = read(fd, k, sizeof k);
		close(fd);
	}
	if (got == (ssize_t)sizeof k) {
		tab.k0 = load8(k);
		tab.k1 = load8(k + 8);
		return;
	}
	clock_gettime(CLOCK_REALTIME, &ts);
	tab.k0 = (uint64_t)ts.tv_nsec * 0x9E3779B97F4A7C15ull ^ (uint64_t)ts.tv_sec;
	tab.k1 = (uint64_t)getpid() * 0xC2B2AE3D27D4EB4Full ^ (uint64_t)(uintptr_t)&ts;
}

static struct item *
arena_item(const char *s, size_t n)
{
	size_t need = (offsetof(struct item, s) + n + 7) & ~(size_t)7;
	struct item *it;

	if (need > tab.left) {
		if (tab.nchunk == tab.chunkcap) {
			tab.chunkcap = tab.chunkcap ? 2 * tab.chunkcap : 16;
			tab.chunk = ereallocarray(tab.chunk, tab.chunkcap, sizeof *tab.chunk);
		}
		/* an item longer than a chunk gets one of its own */
		tab.left = need > CHUNK ? need : CHUNK;
		tab.free = tab.chunk[tab.nchunk++] = emalloc(tab.left);
	}
	it = (struct item *)(void *)tab.free;
	tab.free += need;
	tab.left -= need;
	it->count = 0;
	it->doc = 0;
	it->len = n;
	memcpy(it->s, s, n);
	return it;
}

static void
grow_table(void)
{
	struct slot *old = tab.slot;
	size_t oldcap = tab.cap, i, j;

	tab.cap = oldcap ? 2 * oldcap : 1024;
	tab.slot = ereallocarray(NULL, tab.cap, sizeof *tab.slot);
	memset(tab.slot, 0, tab.cap * sizeof *tab.slot);
	for (i = 0; i < oldcap; i++) {
		if (old[i].item == NULL)
			continue;
		for (j = old[i].hash & (tab.cap - 1); tab.slot[j].item != NULL;
		    j = (j + 1) & (tab.cap - 1))
			;
		tab.slot[j] = old[i];
	}
	free(old);
}

/* Most words of a text are a few frequent ones, so a small direct-mapped
 * cache under a cheap hash finds them before the keyed hash is computed;
 * it holds each word's first and last eight bytes (zero-padded when it
 * is shorter), which tell most words apart without memcmp().  Crafted
 * input can at worst make every look-up miss it: one comparison more per
 * word. */
enum { CACHE_BITS = 14 };
static struct cached {
	uint64_t head, tail;
	size_t len;
	struct item *item;
} cache[1 << CACHE_BITS];

static struct item *lookup_keyed(const char *s, size_t n);

/* The first and the last eight bytes of s, zero-padded when it is shorter. */
static void
word_ends(const char *s, size_t n, uint64_t *head, uint64_t *tail)
{
	unsigned char b[8] = { 0 };

	if (n >= 8) {
		*head = load8((const unsigned char *)s);
		*tail = load8((const unsigned char *)s + n - 8);
		return;
	}
	memcpy(b, s, n);
	*head = load8(b);
	*tail = 0;
}

static struct item *
cache_miss(struct cached *c, const char *s, size_t n, uint64_t head, uint64_t tail)
{
	c->head = head;
	c->tail = tail;
	c->len = n;
	return c->item = lookup_keyed(s, n);
}

static inline struct cached *
cache_slot(uint64_t head, uint64_t tail, size_t n)
{
	return &cache[((head ^ tail * 0xC2B2AE3D27D4EB4Full ^ n) *
	    0x9E3779B97F4A7C15ull) >> (64 - CACHE_BITS)];
}

/* The item s[0..n), made when new; head and tail are its ends. */
static inline struct item *
lookup(const char *s, size_t n, uint64_t head, uint64_t tail)
{
	struct cached *c = cache_slot(head, tail, n);

	if (c->item != NULL && c->len == n && c->head == head && c->tail == tail &&
	    (n <= 16 || memcmp(c->item->s + 8, s + 8, n - 16) == 0))
		return c->item;
	return cache_miss(c, s, n, head, tail);
}

static struct item *
lookup_keyed(const char *s, size_t n)
{
	uint64_t h;
	size_t j;
	struct item *it;

	if (10 * (tab.n + 1) > 7 * tab.cap)
		grow_table();
	h = siphash13(s, n);
	for (j = h & (tab.cap - 1); (it = tab.slot[j].item) != NULL; j = (j + 1) & (tab.cap - 1))
		if (tab.slot[j].hash == h && it->len == n && memcmp(it->s, s, n) == 0)
			return it;
	tab.slot[j].hash = h;
	tab.n++;
	return tab.slot[j].item = arena_item(s, n);
}

static void
free_table(void)
{
	size_t i;

	for (i = 0; i < tab.nchunk; i++)
		free(tab.chunk[i]);
	free(tab.chunk);
	free(tab.slot);
}

/* ---- counting ---- */

static unsigned long article;   /* number of the article being read */

static inline void
bump(struct item *it)
{
	if (!dflag)
		it->count++;
	else if (it->doc != article) {
		it->doc = article;
		it->count++;
	}
}

static inline void
count(const char *s, size_t n, uint64_t head, uint64_t tail)
{
	bump(lookup(s, n, head, tail));
}

/* A word of fewer than eight bytes, given as the low bytes of eight (the
 * others zero): its bytes are only needed when the cache misses. */
static inline void
count_short(uint64_t eight, size_t n)
{
	struct cached *c = cache_slot(eight, 0, n);
	unsigned char b[8];

	if (c->item != NULL && c->len == n && c->head == eight && c->tail == 0) {
		bump(c->item);
		return;
	}
	store8(b, eight);
	bump(cache_miss(c, (const char *)b, n, eight, 0));
}

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

/* Words up to this long that are plain ASCII are folded and looked up
 * eight bytes at a time, without tok_form(); ASCII is in NFC already. */
enum { FAST_WORD = 64 };

/* The word that ends at the next newline from p, into word in its printed
 * form, when it is ASCII and short: its length, or 0 when it is not. */
#define ONES 0x0101010101010101ull
#define HIGH_BITS (128 * ONES)

/* How many of the eight bytes come before the first newline, 8 when none
 * does.  The bit tricks take the first byte as the lowest, which the
 * callers make sure of (first_is_low). */
static inline size_t
before_newline(uint64_t eight)
{
	uint64_t x = eight ^ 10 * ONES;
	/* the lowest set bit marks the first newline exactly */
	uint64_t nlbits = (x - ONES) & ~x & HIGH_BITS;

	if (nlbits == 0)
		return 8;
	return (size_t)((((nlbits & (~nlbits + 1)) >> 7) * 0x0001020304050607ull) >> 56);
}

static int
first_is_low(void)
{
	static const unsigned char one[8] = { 1 };

	return load8(one) == 1;
}

static size_t
ascii_word(const unsigned char *p, unsigned char word[FAST_WORD])
{
	uint64_t eight;
	size_t n, k;

	for (n = 0; n < FAST_WORD; n += 8) {
		eight = load8(p + n);
		k = before_newline(eight);
		if (k < 8)
			eight &= ((uint64_t)1 << (8 * k)) - 1;
		if (eight & HIGH_BITS)
			return 0;
		store8(word + n, fflag ? lower_ascii8(eight) : eight);
		if (k < 8)
			return n + k;
	}
	return 0;
}

static void
count_words(struct text t)
{
	static char *buf;
	static size_t cap;
	static struct nfc norm;
	unsigned char word[FAST_WORD];
	const unsigned char *p, *end, *nl;
	size_t n, len;
	uint64_t head, tail, eight;
	struct text f;
	int fast;

	/* eight bytes of slack, zeroed, so that the last word can be read
	 * eight bytes at a time too */
	if (cap < 2 * t.len + 9) {
		cap = 2 * t.len + 9;
		buf = erealloc(buf, cap);
	}
	len = word_list(t.s, t.len, 0, 1u << TOK_WORD, buf);
	memset(buf + len, 0, 8);
	p = (const unsigned char *)buf;
	end = p + len;
	fast = first_is_low();
	while (p < end) {
		if (fast && (n = before_newline(eight = load8(p))) < 8 &&
		    ((eight &= ((uint64_t)1 << (8 * n)) - 1) & HIGH_BITS) == 0) {
			count_short(fflag ? lower_ascii8(eight) : eight, n);
			p += n + 1;
			continue;
		}
		if (fast && (n = ascii_word(p, word)) > 0) {
			/* the bytes past n are zero: the ends as word_ends() has them */
			count((const char *)word, n, load8(word), n >= 8 ? load8(word + n - 8) : 0);
			p += n + 1;
			continue;
		}
		nl = memchr(p, '\n', (size_t)(end - p));
		f = tok_form(&norm, (const char *)p, (size_t)(nl - p), fflag);
		word_ends(f.s, f.len, &head, &tail);
		count(f.s, f.len, head, tail);
		p = nl + 1;
	}
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
	uint64_t head, tail;

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
		word_ends(joined + start[i], n, &head, &tail);
		count(joined + start[i], n, head, tail);
	}
}

static void
begin_article(struct article *a, void *arg)
{
	(void)a;
	(void)arg;
	article++;
}

static void
body_line(struct article *a, struct artline *line, void *arg)
{
	struct sentsplit sp;
	struct text s;

	(void)a;
	(void)arg;
	if (ngram == 1) {
		count_words(line->t);
		return;
	}
	sent_begin(&sp, langsel_rules(langs), line->t.s, line->t.len);
	while (sent_next(&sp, &s))
		count_ngrams(s);
}

/* ---- merging ---- */

/* A line of artfreq output, count<TAB>item or the -j object; NULL when
 * it is one, or why not. */
static const char *
parse_line(struct jparser *jp, struct text line, unsigned long long *n, struct text *item)
{
	const struct jvalue *root, *c, *s;
	struct jvalue *tree;
	long long v;
	size_t i;

	if (line.len > 0 && line.s[0] == '{') {
		if (jp_parse(jp, line.s, line.len, &tree) < 0)
			return jp_error(jp);
		root = tree;
		if (root->type != JSON_OBJECT || (c = jv_member(root, "count")) == NULL ||
		    (s = jv_member(root, "item")) == NULL || root->n != 2)
			return "not an object of count and item";
		if (jv_integer(c, &v) < 0 || v < 0)
			return "count is not a whole number of 0 or more";
		if (s->type != JSON_STRING || s->str.len == 0)
			return "item is not a string of one byte or more";
		*n = (unsigned long long)v;
		*item = s->str;
		return NULL;
	}
	*n = 0;
	for (i = 0; i < line.len && line.s[i] >= '0' && line.s[i] <= '9'; i++) {
		if (*n > (unsigned long long)(LLONG_MAX - (line.s[i] - '0')) / 10)
			return "count out of range";
		*n = *n * 10 + (unsigned long long)(line.s[i] - '0');
	}
	if (i == 0 || i == line.len || line.s[i] != '\t')
		return "not count<TAB>item";
	if (i + 1 == line.len)
		return "empty item";
	item->s = line.s + i + 1;
	item->len = line.len - i - 1;
	return NULL;
}

static int
merge(const char *file)
{
	static struct jparser *jp;
	struct lineread lr;
	struct text line, t = { NULL, 0 };
	struct item *it;
	unsigned long long n = 0;
	const char *why;
	int fd, got, ret = 0;

	if (jp == NULL)
		jp = jp_new();
	if (strcmp(file, "-") == 0)
		fd = 0;
	else if ((fd = open(file, O_RDONLY)) < 0) {
		warnsys(file);
		return 1;
	}
	lr_init(&lr, fd);
	while ((got = lr_next(&lr, &line)) > 0) {
		if ((why = parse_line(jp, line, &n, &t)) == NULL) {
			it = lookup_keyed(t.s, t.len);
			if (it->count > (unsigned long long)LLONG_MAX - n)
				why = "the sum is out of range";
			else
				it->count += n;
		}
		if (why != NULL) {
			warnmsg("%s:%zu: %s", displayname(file), lr.lineno, why);
			ret = 1;
		}
	}
	if (got < 0) {
		errno = lr.err;
		warnsys(file);
		ret = 1;
	}
	lr_free(&lr);
	if (fd > 0)
		close(fd);
	return ret;
}

/* ---- output ---- */

static int
by_count(const void *a, const void *b)
{
	const struct item *x = *(const struct item *const *)a;
	const struct item *y = *(const struct item *const *)b;
	int c;

	if (x->count != y->count)
		return x->count > y->count ? -1 : 1;
	c = memcmp(x->s, y->s, x->len < y->len ? x->len : y->len);
	if (c != 0)
		return c;
	return x->len < y->len ? -1 : x->len > y->len;
}

static void
print_items(void)
{
	struct item **v;
	struct jsonobj o;
	size_t i, n = 0;
	char digits[24];
	size_t nd;

	if (tab.n == 0)
		return;
	v = ereallocarray(NULL, tab.n, sizeof *v);
	for (i = 0; i < tab.cap; i++)
		if (tab.slot[i].item != NULL && tab.slot[i].item->count > 0)
			v[n++] = tab.slot[i].item;
	qsort(v, n, sizeof *v, by_count);
	for (i = 0; i < n && i < topk; i++) {
		if (jflag) {
			json_begin(&o);
			json_key_num(&o, "count", (long long)v[i]->count);
			json_key_text(&o, "item", v[i]->s, v[i]->len);
			json_end(&o);
			continue;
		}
		nd = fmt_uint(digits, v[i]->count);
		digits[nd++] = '\t';
		out_write(digits, nd);
		out_write(v[i]->s, v[i]->len);
		out_char('\n');
	}
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

/* Only n-grams need the article's language: they stay in a sentence. */
static int
count_file(const char *file, const struct article_handler *h)
{
	if (ngram <= 1)
		return read_articles(file, h, NULL);
	return read_articles_lang(file, langs, h, NULL);
}

int
main(int argc, char *argv[])
{
	static const struct article_handler h = { begin_article, body_line, NULL };
	int c, ret = 0, i, countopts = 0;

	setprogname(argv[0]);
	langs = langsel_new();
	while ((c = getopt(argc, argv, "a:dfjk:l:mn:V")) != -1) {
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
		warnmsg("-m merges counts: -a, -d, -f, -l and -n belong to the counting runs");
		usage();
	}
	if (langsel_ready(langs) < 0) {
		langsel_free(langs);
		exit(2);
	}
	hash_key();
	if (argc == 0)
		ret |= mflag ? merge("-") : count_file("-", &h);
	for (i = 0; i < argc; i++)
		ret |= mflag ? merge(argv[i]) : count_file(argv[i], &h);
	print_items();
	free_table();
	langsel_free(langs);
	ret |= out_close();
	return ret;
}
