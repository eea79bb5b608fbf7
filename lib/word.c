/*
 * Word tokens.  The base is the word boundary algorithm of Unicode UAX #29
 * (rules WB1 to WB999).  On top of it artkit joins what news text means as
 * one word: letters or digits around a hyphen, the Dutch clitics 's 't 'n
 * with their apostrophe, URLs and e-mail addresses.
 *
 * word_next() is the tokenizer; word_count() and word_list() find the same
 * words 64 bytes at a time from class masks (charmask.c), take the rarer
 * characters one by one, and hand anything unusual back to word_next(),
 * so that they can never disagree.
 */
#include <string.h>

#include "artkit.h"

/* What a token is made of, by property record. */
enum { K_ALNUM = 1, K_LETTER = 2, K_NONSPACE = 4 };

/*
 * Character classes of the fast counter.  F_X marks what only word_next()
 * handles: marks and format characters (rule WB4), line breaks, Katakana,
 * Hebrew, regional indicators, ExtendNumLet, letters and digits outside
 * ALetter and Numeric, and the characters that may start a URL or e-mail
 * address.
 */
enum { F_X, F_L, F_D, F_O, F_SP, F_HY, F_ML, F_MNL, F_MN };  /* joiners last */

static unsigned char kbits[256];    /* K_* by record */
static unsigned char fclass[256];   /* F_* by record */
static unsigned char arec[128];     /* record of each ASCII character */
static unsigned char awb[128];      /* its Word_Break */
static unsigned char afclass[128];  /* its F_* */
static unsigned char arun[128];     /* ALetter or Numeric: runs never break */
static int ready;

static void setup_count(void);

static void
setup(void)
{
	const struct ucrec *r;
	unsigned i, k, f;

	for (i = 0; i < uc_nrecords && i < 256; i++) {
		r = &uc_records[i];
		k = 0;
		if (r->flags & UC_ALPHA)
			k |= K_ALNUM | K_LETTER;
		if (r->gc == GC_DIGIT || r->gc == GC_NUMBER)
			k |= K_ALNUM;
		if (r->gc != GC_SPACE && r->sb != SB_SP && r->sb != SB_SEP &&
		    r->sb != SB_CR && r->sb != SB_LF)
			k |= K_NONSPACE;
		kbits[i] = (unsigned char)k;

		f = F_X;
		if (r->wb == WB_ALETTER && (k & K_LETTER))
			f = F_L;
		else if (r->wb == WB_NUMERIC && k == (K_ALNUM | K_NONSPACE))
			f = F_D;
		else if (!(k & K_ALNUM)) {
			switch (r->wb) {
			case WB_OTHER:
			case WB_DQUOTE:     /* joins Hebrew letters only */
			case WB_WSEGSPACE:
				f = F_O;
				break;
			case WB_MIDLETTER:
				f = F_ML;
				break;
			case WB_MIDNUMLET:
			case WB_SQUOTE:     /* differs from MidNumLet for Hebrew only */
				f = F_MNL;
				break;
			case WB_MIDNUM:
				f = F_MN;
				break;
			}
		}
		fclass[i] = (unsigned char)f;
	}
	for (i = 0; i < 128; i++) {
		arec[i] = uc_stage2[(size_t)uc_stage1[0] << 8 | i];
		awb[i] = uc_records[arec[i]].wb;
		afclass[i] = fclass[arec[i]];
		arun[i] = awb[i] == WB_ALETTER || awb[i] == WB_NUMERIC;
	}
	afclass[' '] = F_SP;
	afclass['-'] = F_HY;
	afclass['@'] = F_X;
	setup_count();
	ready = 1;
}

static inline unsigned
recidx(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return 0;
	return uc_stage2[(size_t)uc_stage1[cp >> 8] << 8 | (cp & 0xFF)];
}

/* The record of the character at s[i], and its length in *len. */
static inline unsigned
rec_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;

	if (s[i] < 0x80) {
		*len = 1;
		return arec[s[i]];
	}
	*len = utf8_decode(s + i, n - i, &cp);
	return recidx(cp);
}

/* Length of a hyphen (U+002D, U+2010, U+2011) at s, or 0. */
static inline size_t
hyphen_len(const unsigned char *s, size_t n)
{
	if (n >= 1 && s[0] == '-')
		return 1;
	if (n >= 3 && s[0] == 0xE2 && s[1] == 0x80 &&
	    (s[2] == 0x90 || s[2] == 0x91))
		return 3;
	return 0;
}

static inline int
ignorable(int wb)
{
	return wb == WB_EXTEND || wb == WB_FORMAT || wb == WB_ZWJ;
}

static inline int
ahletter(int wb)
{
	return wb == WB_ALETTER || wb == WB_HEBREW;
}

static inline int
midnumletq(int wb)
{
	return wb == WB_MIDNUMLET || wb == WB_SQUOTE;
}

void
word_init(struct wordit *w, const char *s, size_t n, int flags)
{
	if (!ready)
		setup();
	w->s = (const unsigned char *)s;
	w->n = n;
	w->pos = 0;
	w->flags = flags;
	w->rawprev = w->prev = w->prevprev = -1;
	w->prevrec = 0;
	w->ri = 0;
	w->at = w->css = 0;
}

/* Word_Break of the first character at or after j that rule WB4 does not
 * skip, or -1 at the end of the text. */
static int
next_wb(const struct wordit *w, size_t j)
{
	size_t len;
	int x;

	while (j < w->n) {
		x = uc_records[rec_at(w->s, w->n, j, &len)].wb;
		if (!ignorable(x))
			return x;
		j += len;
	}
	return -1;
}

/* Is there a word boundary before a character of Word_Break x and record
 * r, given the context in w?  j is where the character after it starts. */
static int
isbreak(const struct wordit *w, int x, unsigned r, size_t j)
{
	int rp = w->rawprev, p = w->prev, pp = w->prevprev;

	if (rp == WB_CR && x == WB_LF)
		return 0;                               /* WB3 */
	if (rp == WB_CR || rp == WB_LF || rp == WB_NEWLINE)
		return 1;                               /* WB3a */
	if (x == WB_CR || x == WB_LF || x == WB_NEWLINE)
		return 1;                               /* WB3b */
	if (rp == WB_ZWJ && (uc_records[r].flags & UC_EXTPICT))
		return 0;                               /* WB3c */
	if (rp == WB_WSEGSPACE && x == WB_WSEGSPACE)
		return 0;                               /* WB3d */
	if (ignorable(x))
		return 0;                               /* WB4 */
	if (ahletter(p)) {
		if (ahletter(x) || x == WB_NUMERIC || x == WB_EXTENDNUMLET)
			return 0;                       /* WB5, WB9, WB13a */
		if ((x == WB_MIDLETTER || midnumletq(x)) && ahletter(next_wb(w, j)))
			return 0;                       /* WB6 */
		if (p == WB_HEBREW && x == WB_SQUOTE)
			return 0;                       /* WB7a */
		if (p == WB_HEBREW && x == WB_DQUOTE && next_wb(w, j) == WB_HEBREW)
			return 0;                       /* WB7b */
	}
	if ((p == WB_MIDLETTER || midnumletq(p)) && ahletter(pp) && ahletter(x))
		return 0;                               /* WB7 */
	if (p == WB_DQUOTE && pp == WB_HEBREW && x == WB_HEBREW)
		return 0;                               /* WB7c */
	if (p == WB_NUMERIC) {
		if (x == WB_NUMERIC || ahletter(x) || x == WB_EXTENDNUMLET)
			return 0;                       /* WB8, WB10, WB13a */
		if ((x == WB_MIDNUM || midnumletq(x)) && next_wb(w, j) == WB_NUMERIC)
			return 0;                       /* WB12 */
	}
	if ((p == WB_MIDNUM || midnumletq(p)) && pp == WB_NUMERIC && x == WB_NUMERIC)
		return 0;                               /* WB11 */
	if (p == WB_KATAKANA && (x == WB_KATAKANA || x == WB_EXTENDNUMLET))
		return 0;                               /* WB13, WB13a */
	if (p == WB_EXTENDNUMLET && (ahletter(x) || x == WB_NUMERIC ||
	    x == WB_KATAKANA || x == WB_EXTENDNUMLET))
		return 0;                               /* WB13a, WB13b */
	if (p == WB_RI && x == WB_RI && (w->ri & 1))
		return 0;                               /* WB15, WB16 */
	return 1;                                       /* WB999 */
}

/* Take a character into the context.  Inside a segment, rule WB4 makes
 * Extend, Format and ZWJ invisible to the rules that follow. */
static inline void
advance(struct wordit *w, int x, unsigned r, int inside)
{
	if (!inside || !ignorable(x)) {
		w->ri = x == WB_RI ? w->ri + 1 : 0;
		w->prevprev = w->prev;
		w->prev = x;
		w->prevrec = r;
	}
	w->rawprev = x;
}

/* The end of the UAX #29 segment that starts at p; ORs its K_* into *kb. */
static size_t
seg_end(struct wordit *w, size_t p, unsigned *kb)
{
	const unsigned char *s = w->s;
	size_t n = w->n, i = p, len, q;
	unsigned r = rec_at(s, n, i, &len), k = kbits[r];
	int x = uc_records[r].wb;

	advance(w, x, r, 0);
	for (;;) {
		i += len;
		/* An ASCII letter or digit after a letter or digit never
		 * breaks (WB5, WB8, WB9, WB10): take the run at once. */
		if (w->prev == WB_ALETTER || w->prev == WB_NUMERIC ||
		    w->prev == WB_HEBREW) {
			for (q = i; q < n && s[q] < 0x80 && arun[s[q]]; q++)
				;
			if (q > i) {
				w->prevprev = q - i >= 2 ? awb[s[q - 2]] : w->prev;
				w->prev = w->rawprev = awb[s[q - 1]];
				w->prevrec = arec[s[q - 1]];
				w->ri = 0;
				k |= K_ALNUM | K_NONSPACE;
				i = q;
			}
		}
		if (i >= n)
			break;
		r = rec_at(s, n, i, &len);
		x = uc_records[r].wb;
		if (isbreak(w, x, r, i + len))
			break;
		advance(w, x, r, 1);
		k |= kbits[r];
	}
	*kb |= k;
	return i;
}

static int
isalnum_ascii(int c)
{
	return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') ||
	    (c >= 'A' && c <= 'Z');
}

static int
lower_ascii(int c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* The end of a domain name at s[j..n) (two labels at least, the last with
 * a letter), or 0. */
static size_t
domain_end(const unsigned char *s, size_t j, size_t n)
{
	size_t end = 0, start;
	int labels = 0, letter;

	for (;;) {
		start = j;
		letter = 0;
		while (j < n && (isalnum_ascii(s[j]) || s[j] == '-')) {
			if (!(s[j] >= '0' && s[j] <= '9') && s[j] != '-')
				letter = 1;
			j++;
		}
		/* a label neither starts nor ends with a hyphen */
		if (j == start || s[start] == '-' || s[j - 1] == '-')
			break;
		labels++;
		if (labels >= 2 && letter)
			end = j;
		if (j >= n || s[j] != '.')
			break;
		j++;
	}
	return end;
}

/* The end of the rest of a URL that starts at s[j], without the sentence
 * punctuation that may follow it, or 0 when nothing is left. */
static size_t
url_end(const unsigned char *s, size_t j, size_t n)
{
	size_t e = j, len, i;
	int paren = 0, bracket = 0, c, alnum = 0;
	unsigned r;

	while (e < n) {
		c = s[e];
		if (c < 0x80) {
			if (c <= ' ' || c == 0x7F || c == '<' || c == '>' ||
			    c == '"' || c == '`')
				break;
			paren += (c == '(') - (c == ')');
			bracket += (c == '[') - (c == ']');
			alnum |= isalnum_ascii(c);
			e++;
			continue;
		}
		/* letters, digits and marks of internationalised paths */
		r = rec_at(s, n, e, &len);
		if (!(kbits[r] & K_ALNUM) && uc_records[r].gc != GC_MARK)
			break;
		alnum = 1;
		e += len;
	}
	while (e > j) {
		c = s[e - 1];
		if (c == ')' && paren < 0)
			paren++;
		else if (c == ']' && bracket < 0)
			bracket++;
		else if (!strchr(".,;:!?'*", c))
			break;
		e--;
	}
	if (!alnum)
		return 0;
	for (i = j; i < e && !isalnum_ascii(s[i]) && s[i] < 0x80; i++)
		;
	return i < e ? e : 0;
}

/* The end of a URL or e-mail address that starts at p, or 0. */
static size_t
link_end(struct wordit *w, size_t p)
{
	const unsigned char *s = w->s, *q;
	size_t n = w->n, i, e;

	if (!isalnum_ascii(s[p]))
		return 0;

	/* name@domain.tld */
	if (w->at <= p) {
		q = memchr(s + p, '@', n - p);
		w->at = q ? (size_t)(q - s) : n;
	}
	if (w->at < n && w->at - p <= 64) {
		for (i = p; i < w->at && (isalnum_ascii(s[i]) ||
		    strchr("._%+-", s[i])); i++)
			;
		if (i == w->at && (e = domain_end(s, i + 1, n)) != 0)
			return e;
	}

	/* scheme://rest */
	if (w->css <= p) {
		for (i = p; (q = memchr(s + i, ':', n - i)) != NULL; i++) {
			i = (size_t)(q - s);
			if (i + 2 < n && q[1] == '/' && q[2] == '/')
				break;
		}
		w->css = q ? i : n;
	}
	if (w->css < n && w->css - p <= 32 && !(s[p] >= '0' && s[p] <= '9')) {
		for (i = p; i < w->css && (isalnum_ascii(s[i]) ||
		    s[i] == '+' || s[i] == '.' || s[i] == '-'); i++)
			;
		if (i == w->css && (e = url_end(s, i + 3, n)) != 0)
			return e;
	}

	/* www.domain */
	if (n - p > 4 && lower_ascii(s[p]) == 'w' && lower_ascii(s[p + 1]) == 'w' &&
	    lower_ascii(s[p + 2]) == 'w' && s[p + 3] == '.' && isalnum_ascii(s[p + 4]))
		return url_end(s, p + 4, n);
	return 0;
}

/* An apostrophe (U+0027 or U+2019) that fills s[p..e)? */
static int
apostrophe(const unsigned char *s, size_t p, size_t e)
{
	return (e - p == 1 && s[p] == '\'') ||
	    (e - p == 3 && s[p] == 0xE2 && s[p + 1] == 0x80 && s[p + 2] == 0x99);
}

int
word_next(struct wordit *w, struct text *tok)
{
	const unsigned char *s = w->s;
	size_t n = w->n, p = w->pos, e, e2, h, len;
	unsigned kb = 0, kb2, before, r;
	struct wordit saved;

	if (p >= n)
		return 0;
	if (w->flags & WORD_UAX29) {
		e = seg_end(w, p, &kb);
		goto done;
	}

	if ((e = link_end(w, p)) != 0) {
		/* The link is one unit: what follows it starts afresh. */
		w->rawprev = w->prev = w->prevprev = WB_OTHER;
		w->prevrec = 0;
		w->ri = 0;
		kb = K_ALNUM | K_NONSPACE;
		goto done;
	}

	before = w->prevrec;
	e = seg_end(w, p, &kb);

	/* 's 't 'n: an apostrophe, not after a letter or digit, before a
	 * segment that is just s, t or n */
	if (apostrophe(s, p, e) && (p == 0 || !(kbits[before] & K_ALNUM)) &&
	    e < n && strchr("stnSTN", s[e]) != NULL && s[e] != '\0') {
		saved = *w;
		kb2 = 0;
		e2 = seg_end(w, e, &kb2);
		if (e2 == e + 1) {
			e = e2;
			kb |= kb2;
		} else
			*w = saved;
	}

	/* letter-or-digit, hyphen, letter-or-digit, one of them a letter */
	while ((kbits[w->prevrec] & K_ALNUM) &&
	    (h = hyphen_len(s + e, n - e)) != 0 && e + h < n) {
		r = rec_at(s, n, e + h, &len);
		if (!(kbits[r] & K_ALNUM) || ignorable(uc_records[r].wb) ||
		    !((kbits[w->prevrec] | kbits[r]) & K_LETTER))
			break;
		e = seg_end(w, e, &kb);
		e = seg_end(w, e, &kb);
	}

done:
	tok->s = (const char *)s + p;
	tok->len = e - p;
	w->pos = e;
	if (kb & K_ALNUM)
		return TOK_WORD;
	return kb & K_NONSPACE ? TOK_PUNCT : TOK_SPACE;
}

/*
 * Take the tokens of s[from..n) from word_next() up to the first one that
 * ends before an ASCII space after stop, and return that end: count the
 * words in *count, or write them, each with a newline, to *o.
 */
static size_t
redo(const char *text, size_t from, size_t stop, size_t n, size_t *count,
    char **o)
{
	const unsigned char *s = (const unsigned char *)text;
	struct wordit w;
	struct text tok;
	size_t end;
	int kind;

	word_init(&w, text + from, n - from, 0);
	while ((kind = word_next(&w, &tok)) != 0) {
		if (kind == TOK_WORD && count != NULL)
			(*count)++;
		if (kind == TOK_WORD && o != NULL) {
			memcpy(*o, tok.s, tok.len);
			*o += tok.len;
			*(*o)++ = '\n';
		}
		end = from + w.pos;
		if (end > stop && end < n && s[end] == ' ')
			return end;
	}
	return n;
}

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
static int blocks_ok;                   /* charmask_blocks() agrees with bclass */

static int
unpair(int c)
{
	return c == C_W ? F_L : c == C_SLASH ? F_O : c == C_APOS ? F_MNL : c;
}

/* The class of the character at s[i] of s[0..n) and its length: bclass
 * for ASCII, the F_ class of others. */
static inline unsigned
char_class(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	unsigned c = s[i];
	uint32_t cp;

	if (c < 0x80) {
		*len = 1;
		return bclass[c];
	}
	if (c >= 0xC2 && c <= 0xDF && n - i >= 2 && (s[i + 1] & 0xC0) == 0x80) {
		/* two bytes, as most letters with diacritics */
		cp = (c & 0x1F) << 6 | (s[i + 1] & 0x3F);
		*len = 2;
	} else
		*len = utf8_decode(s + i, n - i, &cp);
	return cp == 0x2010 || cp == 0x2011 ? F_HY : fclass[recidx(cp)];
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

static void check_blocks(void);

static void
setup_count(void)
{
	unsigned i, c2, c1, c0;

	for (i = 0; i < 256; i++) {
		keep[i] = '\n';
		keep[256 + i] = (unsigned char)i;
		bclass[i] = i >= 0x80 || afclass[i] == F_X ? C_LOOK :
		    (i | 0x20) == 'w' ? C_W : i == '/' ? C_SLASH :
		    i == '\'' ? C_APOS : afclass[i];
	}
	/* for word_list(): c2 before, c1 the byte, c0 after it */
	for (i = 0; i < sizeof member; i++) {
		c2 = i >> 8;
		c1 = i >> 4 & 0xF;
		c0 = i & 0xF;
		if (c0 <= C_LOOK && c1 <= C_LOOK && c2 <= C_LOOK)
			member[i] = list_member(c2, c1, c0);
	}
	check_blocks();
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

static inline unsigned
lowest_bit(uint64_t x)
{
#ifdef __GNUC__
	return (unsigned)__builtin_ctzll(x);
#else
	unsigned k = 0;

	while (!(x >> k & 1))
		k++;
	return k;
#endif
}

/* Without a popcount instruction in the baseline, the compiler's
 * builtin would be a library call. */
static inline unsigned
bit_count(uint64_t x)
{
	x = x - (x >> 1 & 0x5555555555555555u);
	x = (x & 0x3333333333333333u) + (x >> 2 & 0x3333333333333333u);
	x = (x + (x >> 4)) & 0x0F0F0F0F0F0F0F0Fu;
	return (unsigned)((x * 0x0101010101010101u) >> 56);
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

/*
 * The block loops trust charmask_blocks() to class each ASCII byte as
 * bclass does; should a change of either ever make them differ, the
 * character loops do all the work, slower but right.
 */
static void
check_blocks(void)
{
	static const struct charmask none;
	unsigned char bytes[64];
	struct charmask got;
	struct block want;
	unsigned c;

	memset(bytes, ' ', sizeof bytes);
	blocks_ok = 1;
	for (c = 0; c < 256; c++) {
		bytes[5] = (unsigned char)c;
		charmask_blocks(bytes, 1, &got);
		want.own = none;
		want.m = &want.own;
		if (c >= 0x80)
			want.own.high = (uint64_t)1 << 5;
		else if (bclass[c] == C_LOOK)
			want.own.look = (uint64_t)1 << 5;
		else
			set_class(&want, bclass[c], 5);
		if (memcmp(&got, &want.own, sizeof got) != 0)
			blocks_ok = 0;
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
		bits = low_bits((unsigned)len) << j;
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
			if (f == F_MNL && apostrophe(s, i + j, i + j + len))
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

	if (!blocks_ok)
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
	*p1 = stop >= 1 ? class_of(w.b, stop - 1) : class_of(w.pv, 63);
	*p2 = stop >= 2 ? class_of(w.b, stop - 2) : class_of(w.pv, 62 + stop);
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

	if (!blocks_ok)
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

size_t
word_count(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, len, count = 0, floor = 0, from;
	unsigned p1 = F_SP, p2 = F_SP;  /* classes of the two chars before i */
	unsigned c;
	int f;

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
		/* back to the last space, and from there on by word_next() */
		for (from = i; from > floor && s[from] != ' '; from--)
			;
		/* and to the start of its run: a mark after spaces joins them all */
		while (from > floor && s[from - 1] == ' ')
			from--;
		count -= count_span(s, from, i);
		i = redo(text, from, i, n, &count, NULL);
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
		} else if (apostrophe(s, i, i + len)) {
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
	int kind;

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
		/* Back to the last space, take back what was written for the
		 * characters after it, and go on from it with word_next(). */
		for (from = i; from > floor && s[from] != ' '; from--)
			;
		/* and to the start of its run: a mark after spaces joins them all */
		while (from > floor && s[from - 1] == ' ')
			from--;
		op -= list_span(s, n, from, i);
		o = out + op;
		i = redo(text, from, i, n, NULL, &o);
		op = (size_t)(o - out);
		floor = i;
		pm = 0;
		p = F_SP;
	}
	if (pm)
		out[op++] = '\n';
	return op;
}
