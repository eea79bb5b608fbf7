/*
 * word_count() and word_list(): the words of word_next(), found 64 bytes at
 * a time from class masks (charmask.c), the rarer characters taken one by
 * one, and anything unusual handed back to word_next() from the last run
 * of spaces on.
 */
#include <string.h>

#include "word_priv.h"

/*
 * The fast counter.  Among the F_ classes the rules reduce to: a letter or
 * digit starts a new word unless it follows a letter or digit, or follows
 * a joiner that follows one and may stand between the two (WB6, WB7, WB11,
 * WB12, the hyphen rule).  An ASCII space always ends a token and leaves
 * no context behind, so when an F_X character turns up, the words are
 * counted again by word_next() from the last space on.
 */
static inline int
joins(int p2, int p1, int f)
{
	switch (p1) {
	case F_ML:
		return p2 == F_L && f == F_L;
	case F_MNL:
		return p2 == f;
	case F_MN:
		return p2 == F_D && f == F_D;
	case F_HY:
		return (p2 == F_L || p2 == F_D) && (p2 == F_L || f == F_L);
	}
	return 0;
}

/* Does a character of class f start a word after characters of classes
 * p2 and p1? */
static inline int
starts_word(int p2, int p1, int f)
{
	return (f == F_L || f == F_D) && p1 != F_L && p1 != F_D &&
	    !joins(p2, p1, f);
}

/*
 * The character loops classify each ASCII byte (bclass).  Beyond the F_
 * classes, three mark the bytes of what may begin a token that only
 * word_next() handles ("ww" of www., "//" of a URL, an apostrophe before
 * a clitic), and C_LOOK what always needs word_next(): '@', '_', control
 * characters, and in bclass the bytes of multibyte characters.
 */
enum { C_W = F_MN + 1, C_SLASH, C_APOS, C_LOOK, W_LOOK = 2 };
static unsigned char bclass[256];
static unsigned char member[1 << 12];   /* for word_list() */
static unsigned char keep[512];         /* '\n' for a byte outside words */
static unsigned char two[30 << 6];      /* class of U+0080..U+07FF by its bytes */

static int
unpair(int c)
{
	return c == C_W ? F_L : c == C_SLASH ? F_O : c == C_APOS ? F_MNL : c;
}

/* The class of a character outside ASCII. */
static inline unsigned
cp_class(uint32_t cp)
{
	return cp == 0x2010 || cp == 0x2011 ? F_HY : word_fclass[word_recidx(cp)];
}

/* The class of the character at s[i] of s[0..n) and its length: bclass
 * for ASCII, the F_ class of others.  Letters with diacritics (two bytes)
 * and typographic quotes and dashes (three) are common enough in news
 * text to be decoded here, in the loops themselves. */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline unsigned
char_class(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	unsigned c = s[i], c1, c2;
	uint32_t cp;

	if (c < 0x80) {
		*len = 1;
		return bclass[c];
	}
	if (n - i >= 2 && ((c1 = s[i + 1]) & 0xC0) == 0x80) {
		if (c >= 0xC2 && c <= 0xDF) {
			*len = 2;
			return two[(c - 0xC2) << 6 | (c1 & 0x3F)];
		}
		if (c >= 0xE0 && c <= 0xEF && n - i >= 3 &&
		    ((c2 = s[i + 2]) & 0xC0) == 0x80) {
			cp = (c & 0x0F) << 12 | (c1 & 0x3F) << 6 | (c2 & 0x3F);
			/* neither overlong nor a surrogate */
			if (cp >= 0x800 && (cp < 0xD800 || cp > 0xDFFF)) {
				*len = 3;
				return cp_class(cp);
			}
		}
	}
	*len = utf8_decode(s + i, n - i, &cp);
	return cp_class(cp);
}

/* Words that start in s[from..to), from a fresh context at from.  The
 * caller knows that the span holds nothing that word_next() must see. */
static size_t
count_span(const unsigned char *s, size_t from, size_t to)
{
	size_t i = from, len, count = 0;
	int f, prev = F_SP, prev2 = F_SP;

	while (i < to) {
		f = unpair((int)char_class(s, to, i, &len));
		count += starts_word(prev2, prev, f);
		prev2 = prev;
		prev = f;
		i += len;
	}
	return count;
}

/*
 * Is a byte of class c, between classes p and nx, part of a word token
 * (1), not (0), or does it take word_next() to say (W_LOOK)?  Letters
 * and digits always are; a joiner is when it joins; an apostrophe that
 * may begin a clitic and a joiner before a multibyte character need the
 * closer look.
 */
static unsigned char
list_member(unsigned p, unsigned c, unsigned nx)
{
	int pc = unpair((int)p), cc = unpair((int)c), nc = unpair((int)nx);

	if (c == C_LOOK || p == C_LOOK ||
	    (c == C_W && p == C_W) || (c == C_SLASH && p == C_SLASH))
		return W_LOOK;
	if (cc == F_L || cc == F_D)
		return 1;
	if (cc < F_HY)
		return 0;
	if (nx == C_LOOK ||
	    (c == C_APOS && pc != F_L && pc != F_D && (nc == F_L || nc == F_D)))
		return W_LOOK;
	return (pc == F_L || pc == F_D) && (nc == F_L || nc == F_D) &&
	    joins(pc, cc, nc);
}

static int ready;

static void
setup(void)
{
	unsigned i, c2, c1, c0;

	word_tables();
	for (i = 0; i < sizeof two; i++)
		two[i] = (unsigned char)cp_class(((i >> 6) + 2) << 6 | (i & 0x3F));
	for (i = 0; i < 256; i++) {
		keep[i] = '\n';
		keep[256 + i] = (unsigned char)i;
		bclass[i] = i >= 0x80 || word_afclass[i] == F_X ? C_LOOK :
		    (i | 0x20) == 'w' ? C_W : i == '/' ? C_SLASH :
		    i == '\'' ? C_APOS : word_afclass[i];
	}
	/* for word_list(): c2 before, c1 the byte, c0 after it */
	for (i = 0; i < sizeof member; i++) {
		c2 = i >> 8;
		c1 = i >> 4 & 0xF;
		c0 = i & 0xF;
		if (c0 <= C_LOOK && c1 <= C_LOOK && c2 <= C_LOOK)
			member[i] = list_member(c2, c1, c0);
	}
	ready = 1;
}

/*
 * The block loops of word_count() and word_list().  charmask_blocks() gives
 * the ASCII classes of 64 bytes as bit masks; the non-ASCII characters are
 * added one by one from the Unicode tables: a letter or digit marks all its
 * bytes, a joiner of several bytes marks its last byte, and the bytes
 * before that take the class of the character before the joiner, so that
 * the rules can look one and two bytes back as if each character were
 * one byte.  The loops stop where the character loop must take over: at
 * a character only word_next() knows, at a character that crosses the end
 * of the block, at the "ww" of www. and the "//" of a URL, and, for
 * word_list(), at an apostrophe that may begin a clitic.
 */
struct block {
	struct charmask *m;     /* own, or one of a batch */
	struct charmask own;
	uint64_t lead;          /* bytes before the last of a multibyte joiner */
	const unsigned char *bytes;     /* the block, or pad at the end */
	unsigned char pad[64];
};

static inline uint64_t
low_bits(unsigned k)
{
	return k >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << k) - 1;
}

/* x with each bit moved k places on: byte j gets the bit of byte j - k,
 * the first k from the block before. */
#define BEFORE(x, k) ((b->m->x << (k)) | (pv->m->x >> (64 - (k))))

/* The masks of the class c, in bit k of b. */
static void
set_class(struct block *b, unsigned c, unsigned k)
{
	uint64_t bit = (uint64_t)1 << k;

	switch (c) {
	case C_W: b->m->w |= bit; /* FALLTHROUGH */
	case F_L: b->m->letter |= bit; break;
	case F_D: b->m->digit |= bit; break;
	case F_HY: b->m->hyphen |= bit; break;
	case F_ML: b->m->midletter |= bit; break;
	case C_APOS: b->m->apos |= bit; /* FALLTHROUGH */
	case F_MNL: b->m->midnumlet |= bit; break;
	case F_MN: b->m->midnum |= bit; break;
	case C_SLASH: b->m->slash |= bit; break;
	}
}

/* The class of byte k of b, as the character loop names it. */
static unsigned
class_of(const struct block *b, unsigned k)
{
	const struct charmask *m = b->m;

	if (m->letter >> k & 1)
		return m->w >> k & 1 ? C_W : F_L;
	if (m->digit >> k & 1)
		return F_D;
	if (m->hyphen >> k & 1)
		return F_HY;
	if (m->midletter >> k & 1)
		return F_ML;
	if (m->apos >> k & 1)
		return C_APOS;
	if (m->midnumlet >> k & 1)
		return F_MNL;
	if (m->midnum >> k & 1)
		return F_MN;
	if (m->slash >> k & 1)
		return C_SLASH;
	return F_O;
}

void
word_wanted_masks(const unsigned char *p, struct charmask *m)
{
	static const struct charmask none;
	struct block want;
	unsigned j;

	if (!ready)
		setup();
	*m = none;
	want.m = m;
	for (j = 0; j < 64; j++) {
		if (p[j] >= 0x80)
			m->high |= (uint64_t)1 << j;
		else if (bclass[p[j]] == C_LOOK)
			m->look |= (uint64_t)1 << j;
		else
			set_class(&want, bclass[p[j]], j);
	}
}

/* A block before the first, holding the classes p2 and p1 in its last two
 * bytes. */
static void
block_before(struct block *b, unsigned p2, unsigned p1)
{
	static const struct charmask none;

	b->own = none;
	b->m = &b->own;
	b->lead = 0;
	set_class(b, p2, 62);
	set_class(b, p1, 63);
}

/*
 * Blocks are classified a few at a time, so that the engine sets up its
 * constants once for several; a stop wastes the rest.
 */
enum { BATCH = 4 };
struct batch {
	struct charmask m[BATCH];
	size_t k, n;            /* the next to take, how many there are */
};

/* A walk over blocks: the one at hand, b, and the one before it, pv. */
struct walk {
	struct block blk[2], *b, *pv;
	struct batch bt;
};

/* Begin after characters of classes p2 and p1. */
static void
walk_begin(struct walk *w, unsigned p2, unsigned p1)
{
	w->b = &w->blk[0];
	w->pv = &w->blk[1];
	block_before(w->pv, p2, p1);
	w->bt.k = w->bt.n = 0;
}

/* The block at hand becomes the one before. */
static void
walk_on(struct walk *w)
{
	struct block *t = w->pv;

	w->pv = w->b;
	w->b = t;
}

/*
 * Classify the block at s[i] of the walk, the bytes from n on read as
 * spaces.  Returns the offset of the first byte the character loop must
 * take: 64 when there is none, and at most the n - i bytes that are there.
 */
static unsigned
block_classes(const unsigned char *s, size_t i, size_t n, struct walk *w)
{
	struct block *b = w->b, *pv = w->pv;
	struct batch *bt = &w->bt;
	uint64_t hi, bits, last, stop;
	unsigned j;
	size_t len;
	unsigned f;

	b->bytes = s + i;
	if (bt->k == bt->n) {
		/* the block before is still needed */
		if (pv->m != &pv->own) {
			pv->own = *pv->m;
			pv->m = &pv->own;
		}
		bt->k = 0;
		bt->n = (n - i) / 64 < BATCH ? (n - i) / 64 : BATCH;
		if (bt->n == 0) {
			memcpy(b->pad, s + i, n - i);
			memset(b->pad + (n - i), ' ', 64 - (n - i));
			charmask_blocks(b->pad, 1, bt->m);
			bt->n = 1;
		} else
			charmask_blocks(s + i, bt->n, bt->m);
	}
	if (n - i < 64)
		b->bytes = b->pad;
	b->m = &bt->m[bt->k++];
	b->lead = 0;
	stop = b->m->look | (b->m->w & BEFORE(w, 1)) | (b->m->slash & BEFORE(slash, 1));
	for (hi = b->m->high & low_bits(stop ? lowest_bit(stop) : 64); hi != 0; hi &= ~bits) {
		j = lowest_bit(hi);
		f = char_class(s, n, i + j, &len);
		if (j + len > 64 || f == F_X)
			return j;
		bits = (((uint64_t)1 << len) - 1) << j;
		switch (f) {
		case F_L: b->m->letter |= bits; break;
		case F_D: b->m->digit |= bits; break;
		case F_O: case F_SP: break;
		default:
			/* a joiner of len bytes */
			last = (uint64_t)1 << (j + len - 1);
			if (len > 1) {
				b->lead |= bits & ~last;
				if (BEFORE(letter, 1) >> j & 1)
					b->m->letter |= bits & ~last;
				else if (BEFORE(digit, 1) >> j & 1)
					b->m->digit |= bits & ~last;
			}
			set_class(b, f, j + (unsigned)len - 1);
			if (f == F_MNL && word_apostrophe(s, i + j, i + j + len))
				b->m->apos |= last;      /* U+2019, as ' */
		}
	}
	j = stop ? lowest_bit(stop) : 64;
	return n - i < j ? (unsigned)(n - i) : j;
}

/* Bit j: a word starts at byte j of b, as starts_word() has it. */
static inline uint64_t
word_starts(const struct block *b, const struct block *pv)
{
	uint64_t L = b->m->letter, D = b->m->digit, A = L | D;
	uint64_t L2 = BEFORE(letter, 2), D2 = BEFORE(digit, 2), A2 = L2 | D2;

	return A & ~(BEFORE(letter, 1) | BEFORE(digit, 1)) &
	    ~((BEFORE(midletter, 1) & L2 & L) |
	      (BEFORE(midnumlet, 1) & ((L2 & L) | (D2 & D))) |
	      (BEFORE(midnum, 1) & D2 & D) |
	      (BEFORE(hyphen, 1) & A2 & (L2 | L)));
}

/*
 * Count the words that start in the blocks from s[i] on, after characters
 * of classes *p2 and *p1, and return where the character loop must go on,
 * with *p1 and *p2 the classes before that.
 */
static size_t
count_blocks(const unsigned char *s, size_t i, size_t n, size_t *count,
    unsigned *p1, unsigned *p2)
{
	struct walk w;
	size_t total = 0;
	unsigned stop;

	if (!word_blocks_usable())
		return i;
	walk_begin(&w, *p2, *p1);
	for (;;) {
		stop = block_classes(s, i, n, &w);
		total += bit_count(word_starts(w.b, w.pv) & low_bits(stop));
		if (stop < 64 || n - i == 64)
			break;
		i += 64;
		walk_on(&w);
	}
	i += stop;
	if (i < n) {            /* the character loop goes on */
		*p1 = stop >= 1 ? class_of(w.b, stop - 1) : class_of(w.pv, 63);
		*p2 = stop >= 2 ? class_of(w.b, stop - 2) : class_of(w.pv, 62 + stop);
	}
	*count += total;
	return i;
}

/*
 * Write the word tokens of the blocks from s[i] on to out at *op, each
 * followed by a newline, after a byte of class *p and membership *pm (1
 * in a word).  A word byte is a letter or digit, or a joiner between two
 * characters it joins.  Returns where the character loop must go on, with
 * *p and *pm for the byte before.
 */
static size_t
list_blocks(const unsigned char *s, size_t i, size_t n, char *out, size_t room,
    size_t *op, unsigned *p, unsigned *pm)
{
	struct walk w;
	struct block *b, *pv;
	uint64_t L, D, A, PL, PD, PA, NL, ND, NA, mem, x, last;
	size_t o = *op, len, rest;
	unsigned stop, next, k;
	int halt;
	char tail[64];

	if (!word_blocks_usable())
		return i;
	walk_begin(&w, F_O, *p);
	last = *pm;
	for (;;) {
		stop = block_classes(s, i, n, &w);
		b = w.b;
		pv = w.pv;
		rest = n - i;
		halt = stop < 64 && stop < rest;
		/* the character after the block */
		next = F_O;
		if (!halt && rest > 64 &&
		    ((next = char_class(s, n, i + 64, &len)) == F_X || next == C_LOOK))
			halt = 1;
		L = b->m->letter;
		D = b->m->digit;
		A = L | D;
		PL = BEFORE(letter, 1);
		PD = BEFORE(digit, 1);
		PA = PL | PD;
		/* an apostrophe that may begin a clitic */
		x = b->m->apos & ~PA;
		if (x != 0 && lowest_bit(x) < stop) {
			stop = lowest_bit(x);
			halt = 1;
		}
		NL = L >> 1 | (uint64_t)(next == F_L || next == C_W) << 63;
		ND = D >> 1 | (uint64_t)(next == F_D) << 63;
		NA = NL | ND;
		mem = A | (b->m->midletter & PL & NL) |
		    (b->m->midnumlet & ((PL & NL) | (PD & ND))) |
		    (b->m->midnum & PD & ND) |
		    (b->m->hyphen & PA & NA & (PL | NL));
		/* the bytes before a joiner's last are in a word when it is */
		x = mem & ~b->lead & b->lead << 1;
		x |= x >> 1 & b->lead;
		x |= x >> 1 & b->lead;
		x |= x >> 1 & b->lead;
		mem = (mem & ~b->lead) | x;
		if (halt && stop > 0) {
			/* whether a joiner is in a word hangs on the character
			 * after it: the character loop takes the character
			 * before the stop too, whole */
			stop--;
			while (stop > 0 && (b->bytes[stop] & 0xC0) == 0x80)
				stop--;
		}
		mem &= low_bits(stop);
		if (stop > 0) {
			x = (mem | mem << 1 | last) & low_bits(stop);
			if (room - o >= 64)
				o += charmask_pack(b->bytes, mem, x, out + o);
			else {
				k = (unsigned)charmask_pack(b->bytes, mem, x, tail);
				memcpy(out + o, tail, k);
				o += k;
			}
			last = mem >> (stop - 1) & 1;
		}
		if (stop < 64 || rest == 64)
			break;
		i += 64;
		walk_on(&w);
	}
	i += stop;
	*p = stop > 0 ? class_of(w.b, stop - 1) : class_of(w.pv, 63);
	*pm = (unsigned)last;
	*op = o;
	return i;
}

/*
 * Where word_next() takes over from the fast loops, which stopped at s[i]
 * with everything before floor its own: the last ASCII space before i,
 * which always ends a token and leaves no context behind, or rather the
 * start of its run, as a mark after spaces joins them all.
 */
static size_t
redo_from(const unsigned char *s, size_t i, size_t floor)
{
	size_t from = i;

	while (from > floor && s[from] != ' ')
		from--;
	while (from > floor && s[from - 1] == ' ')
		from--;
	return from;
}

/* The iterator of the character loop's slow way, set up the first time
 * a text needs it: most texts never do. */
static inline void
iterator(struct wordit *w, int *begun, const char *text, size_t n)
{
	if (!*begun) {
		word_init(w, text, n, 0);
		*begun = 1;
	}
}

size_t
word_count(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	struct wordit w;
	size_t i = 0, len, count = 0, floor = 0, from;
	unsigned p1 = F_SP, p2 = F_SP;  /* classes of the two chars before i */
	unsigned c;
	int f, begun = 0;

	if (!ready)
		setup();
	while (i < n) {
		i = count_blocks(s, i, n, &count, &p1, &p2);
		if (i >= n)
			break;

		/* one character */
		c = s[i];
		f = (int)char_class(s, n, i, &len);
		if (f == F_X || f == C_LOOK || (c < 0x80 && (unsigned)f == p1 &&
		    (p1 == C_W || p1 == C_SLASH)))
			goto slow;
		count += starts_word(unpair((int)p2), unpair((int)p1), unpair(f));
		p2 = p1;
		p1 = (unsigned)f;
		i += len;
		continue;
	slow:
		iterator(&w, &begun, text, n);
		from = redo_from(s, i, floor);
		count -= count_span(s, from, i);
		i = word_redo(&w, from, i, &count, NULL);
		floor = i;
		p1 = p2 = F_SP;
	}
	return count;
}

/* The class of the character at s[i] for word_list(), its length in
 * *len; F_X when word_next() must decide. */
static unsigned
list_class(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	unsigned f = char_class(s, n, i, len);

	return f == C_LOOK ? F_X : (unsigned)unpair((int)f);
}

/* Is the s, t or n at s[j] a clitic after its apostrophe: a UAX #29
 * segment of its own?  1 yes, 0 no, -1 word_next() must decide. */
static int
clitic_at(const unsigned char *s, size_t n, size_t j)
{
	size_t len;
	unsigned c;

	if (j >= n || strchr("stnSTN", s[j]) == NULL || s[j] == '\0')
		return 0;
	if (j + 1 >= n)
		return 1;
	c = list_class(s, n, j + 1, &len);
	if (c == F_X)
		return -1;
	if (c == F_L || c == F_D)
		return 0;               /* WB5, WB9 */
	if (c != F_ML && c != F_MNL)
		return 1;
	if (j + 1 + len >= n)
		return 1;
	c = list_class(s, n, j + 1 + len, &len);
	return c == F_X ? -1 : c != F_L;        /* WB6 */
}

/*
 * One character of word_list()'s byte loop, at s[*ip] after a character
 * of class *p and membership *pm: it is written to out at *op, or only
 * counted in *op when out is NULL.  Returns -1 when word_next() must
 * decide, else 0.
 */
static int
list_step(const unsigned char *s, size_t n, size_t *ip, unsigned *p,
    unsigned *pm, char *out, size_t *op)
{
	size_t i = *ip, len = 1, nlen;
	unsigned c = s[i], f, g, m, pa, nx = F_SP;
	int cl;

	if (c < 0x80) {
		f = bclass[c];
		if (i + 1 < n)
			nx = bclass[s[i + 1]];
		m = member[*p << 8 | f << 4 | nx];
	} else {
		f = list_class(s, n, i, &len);
		m = f == F_L || f == F_D ? 1 : f == F_O ? 0 : W_LOOK;
	}
	if (m == W_LOOK) {
		/* a joiner before a multibyte character, an apostrophe
		 * before a letter, or a multibyte joiner */
		g = unpair((int)f);
		if (g < F_HY || g > F_MN || (c < 0x80 && f != C_APOS && nx != C_LOOK))
			return -1;
		pa = unpair((int)*p);
		if (pa == F_L || pa == F_D) {
			if (i + len >= n)
				m = 0;
			else {
				f = list_class(s, n, i + len, &nlen);
				if (f == F_X)
					return -1;
				m = (f == F_L || f == F_D) && joins((int)pa, (int)g, (int)f);
			}
		} else if (word_apostrophe(s, i, i + len)) {
			if ((cl = clitic_at(s, n, i + len)) < 0)
				return -1;
			m = (unsigned)cl;
		} else
			m = 0;
		f = c < 0x80 ? bclass[c] : g;
	}
	if (m && len > 1) {
		if (out != NULL)
			memcpy(out + *op, s + i, len);
		*op += len;
	} else {
		if (out != NULL)
			out[*op] = (char)keep[m << 8 | c];
		*op += m | *pm;
	}
	*pm = m;
	*p = f;
	*ip = i + len;
	return 0;
}

/* How many bytes word_list() writes for s[from..to), from a fresh context
 * at from; the caller knows that list_step() takes all of them. */
static size_t
list_span(const unsigned char *s, size_t n, size_t from, size_t to)
{
	size_t i = from, op = 0;
	unsigned p = F_SP, pm = 0;

	/* the bytes were taken by list_step() before, so they are now;
	 * should one not be, stop rather than loop */
	while (i < to && list_step(s, n, &i, &p, &pm, NULL, &op) == 0)
		;
	return op;
}

/*
 * The tokens of s[0..n) whose kinds are in the bit set kinds (1 << TOK_*),
 * each followed by a newline, into out, which has room for 2 * n bytes.
 * Returns the length written.  For words alone in artkit's mode a byte
 * loop decides which bytes belong to words, as word_count() does, and
 * hands unusual characters to word_next().
 */
size_t
word_list(const char *text, size_t n, int flags, unsigned kinds, char *out)
{
	const unsigned char *s = (const unsigned char *)text;
	struct wordit w;
	struct text tok;
	char *o = out;
	size_t i = 0, op = 0, floor = 0, from;
	unsigned p = F_SP, pm = 0;
	int kind, begun = 0;

	if (!ready)
		setup();
	if ((flags & WORD_UAX29) || kinds != 1u << TOK_WORD) {
		word_init(&w, text, n, flags);
		while ((kind = word_next(&w, &tok)) != 0)
			if (kinds & 1u << kind) {
				memcpy(o, tok.s, tok.len);
				o += tok.len;
				*o++ = '\n';
			}
		return (size_t)(o - out);
	}
	while (i < n) {
		i = list_blocks(s, i, n, out, 2 * n, &op, &p, &pm);
		if (i >= n)
			break;
		/* one character */
		if (list_step(s, n, &i, &p, &pm, out, &op) == 0)
			continue;
		iterator(&w, &begun, text, n);
		/* take back what was written from there on */
		from = redo_from(s, i, floor);
		op -= list_span(s, n, from, i);
		o = out + op;
		i = word_redo(&w, from, i, NULL, &o);
		op = (size_t)(o - out);
		floor = i;
		pm = 0;
		p = F_SP;
	}
	if (pm)
		out[op++] = '\n';
	return op;
}
