/*
 * Word tokens.  The base is the word boundary algorithm of Unicode UAX #29
 * (rules WB1 to WB999).  On top of it artkit joins what news text means as
 * one word: letters or digits around a hyphen, the Dutch clitics 's 't 'n
 * with their apostrophe, URLs and e-mail addresses.
 *
 * word_next() is the tokenizer; word_count() counts the same words with a
 * byte loop over the common characters, and hands anything unusual back to
 * word_next(), so the two can never disagree.
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

/* The class of the character at s[i] and its length, for the counter. */
static inline int
fclass_at(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;

	if (s[i] < 0x80) {
		*len = 1;
		return afclass[s[i]];
	}
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
		f = fclass_at(s, to, i, &len);
		count += starts_word(prev2, prev, f);
		prev2 = prev;
		prev = f;
		i += len;
	}
	return count;
}

/*
 * The counting loop classifies each byte (bclass) and looks the class
 * window of three characters up in wstart: 1 when the last one starts a
 * word, 0 when it does not, W_LOOK when it needs a closer look: bytes of
 * multibyte characters, and what may begin a token that only word_next()
 * handles ("ww" of www., "//" of a URL, '@', '_', control characters).
 * Two classes beyond the F_ ones mark the bytes of those pairs.
 */
enum { C_W = F_MN + 1, C_SLASH, C_APOS, C_LOOK, W_LOOK = 2 };
static unsigned char bclass[256];
static unsigned char wstart[1 << 12];
static unsigned char member[1 << 12];   /* for word_list() */
static unsigned char keep[512];         /* '\n' for a byte outside words */
static unsigned char ones8[256];        /* bits set in each byte */

static int
unpair(int c)
{
	return c == C_W ? F_L : c == C_SLASH ? F_O : c == C_APOS ? F_MNL : c;
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

static void
setup_count(void)
{
	unsigned i, c2, c1, c0;

	for (i = 0; i < 256; i++) {
		ones8[i] = (unsigned char)((i & 1) + ones8[i >> 1]);
		keep[i] = '\n';
		keep[256 + i] = (unsigned char)i;
	}
	for (i = 0; i < 256; i++)
		bclass[i] = i >= 0x80 || afclass[i] == F_X ? C_LOOK :
		    (i | 0x20) == 'w' ? C_W : i == '/' ? C_SLASH :
		    i == '\'' ? C_APOS : afclass[i];
	for (i = 0; i < sizeof wstart; i++) {
		c2 = i >> 8;
		c1 = i >> 4 & 0xF;
		c0 = i & 0xF;
		if (c0 > C_LOOK || c1 > C_LOOK || c2 > C_LOOK)
			continue;       /* no such class */
		if (c0 == C_LOOK || c1 == C_LOOK || c2 == C_LOOK ||
		    (c1 == C_W && c0 == C_W) || (c1 == C_SLASH && c0 == C_SLASH))
			wstart[i] = W_LOOK;
		else
			wstart[i] = starts_word(unpair((int)c2), unpair((int)c1),
			    unpair((int)c0));
		/* for word_list(): c2 before, c1 the byte, c0 after it */
		member[i] = list_member(c2, c1, c0);
	}
}

/*
 * Declare v0 to v7 as the table values of the eight windows of three
 * classes in the sequence a, b, then the classes of bytes[0..7]: v##k for
 * the window that ends at bytes[k].  A macro, so that they stay in
 * registers.
 */
#define WINDOWS8(table, a, b, bytes, v)                                  \
	unsigned v##c0 = bclass[(bytes)[0]], v##c1 = bclass[(bytes)[1]],  \
	    v##c2 = bclass[(bytes)[2]], v##c3 = bclass[(bytes)[3]],        \
	    v##c4 = bclass[(bytes)[4]], v##c5 = bclass[(bytes)[5]],        \
	    v##c6 = bclass[(bytes)[6]], v##c7 = bclass[(bytes)[7]];        \
	unsigned v##0 = (table)[(a) << 8 | (b) << 4 | v##c0],            \
	    v##1 = (table)[(b) << 8 | v##c0 << 4 | v##c1],                 \
	    v##2 = (table)[v##c0 << 8 | v##c1 << 4 | v##c2],               \
	    v##3 = (table)[v##c1 << 8 | v##c2 << 4 | v##c3],               \
	    v##4 = (table)[v##c2 << 8 | v##c3 << 4 | v##c4],               \
	    v##5 = (table)[v##c3 << 8 | v##c4 << 4 | v##c5],               \
	    v##6 = (table)[v##c4 << 8 | v##c5 << 4 | v##c6],               \
	    v##7 = (table)[v##c5 << 8 | v##c6 << 4 | v##c7]

#if defined(__SSE2__) && defined(__GNUC__)
/* After a block the block loops could not take, the byte loops take this
 * many windows of eight bytes before the block loops try again. */
#define WINDOW_ROUNDS 2
#else
#define WINDOW_ROUNDS ((size_t)-1)
#endif

#if defined(__SSE2__) && defined(__GNUC__)
#include <emmintrin.h>

/* Bits of the classes of one character, for the block counter. */
enum { B_L = 1, B_D = 2, B_HY = 4, B_ML = 8, B_MNL = 16, B_MN = 32, B_W = 64, B_SL = 128 };

static unsigned
class_bits(unsigned c)
{
	switch (c) {
	case F_L: return B_L;
	case F_D: return B_D;
	case F_HY: return B_HY;
	case F_ML: return B_ML;
	case F_MNL: case C_APOS: return B_MNL;
	case F_MN: return B_MN;
	case C_W: return B_L | B_W;
	case C_SLASH: return B_SL;
	}
	return 0;
}

/* Add the number of bits set in the low 16 bits of x to *count. */
static inline void
count_bits(size_t *count, uint32_t x)
{
	*count += ones8[x & 0xFF] + ones8[x >> 8 & 0xFF];
}

static unsigned
bytemask(__m128i v, char c)
{
	return (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(v, _mm_set1_epi8(c)));
}

enum { NOT_SIMPLE = 0x10000 };

/*
 * The non-ASCII characters the block counter knows: the letters U+00C0 to
 * U+00FF but for the signs U+00D7 and U+00F7 (two bytes, C3 xx), and the
 * dashes, double quotes and ellipsis U+2013, U+2014, U+201C, U+201D and
 * U+2026 (E2 80 xx), which join nothing.  Given the mask of bytes >= 0x80
 * of a block, returns the mask of the letters' bytes, or NOT_SIMPLE when
 * the block holds anything else or a character crosses its end.
 */
static uint32_t
latin_letters(__m128i v, uint32_t hibytes)
{
	uint32_t c3 = bytemask(v, (char)0xC3), e2 = bytemask(v, (char)0xE2);
	uint32_t c3tail = c3 << 1, e2mid = e2 << 1, e2tail = e2 << 2;
	uint32_t cont = (unsigned)_mm_movemask_epi8(_mm_cmpgt_epi8(_mm_set1_epi8((char)0xC0), v)) & hibytes;

	if (((c3 | c3tail | e2 | e2mid | e2tail) & ~0xFFFFu) != 0 ||
	    hibytes != (c3 | c3tail | e2 | e2mid | e2tail) ||
	    ((c3tail | e2mid | e2tail) & (c3 | e2)) != 0 ||
	    (c3tail & ~cont) != 0 ||
	    (c3tail & (bytemask(v, (char)0x97) | bytemask(v, (char)0xB7))) != 0 ||
	    (e2mid & ~bytemask(v, (char)0x80)) != 0 ||
	    (e2tail & ~(bytemask(v, (char)0x93) | bytemask(v, (char)0x94) |
	    bytemask(v, (char)0x9C) | bytemask(v, (char)0x9D) | bytemask(v, (char)0xA6))) != 0)
		return NOT_SIMPLE;
	return c3 | c3tail;
}

/* The class of the character that ends at s[k - 1], in a span the block
 * counter took. */
static unsigned
class_before(const unsigned char *s, size_t k)
{
	if (s[k - 1] < 0x80)
		return bclass[s[k - 1]];
	return s[k - 2] == 0xC3 ? F_L : F_O;
}

/* The classes of the bytes of a 16-byte block, bit j for byte j. */
struct blockclass {
	uint32_t L, D, HY, ML, MNL, MN, W, SL, apos;
	int plain;              /* only letters and spaces */
};

/*
 * Classify the 16 bytes at p.  Returns 0 when one of them needs the
 * character loop: non-ASCII but for latin_letters(), LF, VT, FF, CR, '@'
 * or '_'.  An apostrophe counts as MidNumLet, and is also in apos.
 */
#ifdef __GNUC__
__attribute__((always_inline))
#endif
static inline int
classify_block(const unsigned char *p, struct blockclass *b)
{
	const __m128i v = _mm_loadu_si128((const __m128i *)p);
	const __m128i lc = _mm_or_si128(v, _mm_set1_epi8(0x20));
	uint32_t SP, bad, hibytes, more;

	b->L = (unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpgt_epi8(lc, _mm_set1_epi8('a' - 1)),
	    _mm_cmpgt_epi8(_mm_set1_epi8('z' + 1), lc)));
	SP = bytemask(v, ' ');
	b->W = (unsigned)_mm_movemask_epi8(_mm_cmpeq_epi8(lc, _mm_set1_epi8('w')));
	if ((b->L | SP) == 0xFFFF) {
		b->plain = 1;
		b->D = b->HY = b->ML = b->MNL = b->MN = b->SL = b->apos = 0;
		return 1;
	}
	b->plain = 0;
	/* LF, VT, FF, CR */
	bad = (unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8(0x09)),
	    _mm_cmpgt_epi8(_mm_set1_epi8(0x0E), v)));
	bad |= bytemask(v, '@') | bytemask(v, '_');
	if ((hibytes = (unsigned)_mm_movemask_epi8(v)) != 0) {
		if ((more = latin_letters(v, hibytes)) == NOT_SIMPLE)
			return 0;
		b->L |= more;
	}
	b->D = (unsigned)_mm_movemask_epi8(_mm_and_si128(
	    _mm_cmpgt_epi8(v, _mm_set1_epi8('0' - 1)),
	    _mm_cmpgt_epi8(_mm_set1_epi8('9' + 1), v)));
	b->HY = bytemask(v, '-');
	b->ML = bytemask(v, ':');
	b->apos = bytemask(v, '\'');
	b->MNL = bytemask(v, '.') | b->apos;
	b->MN = bytemask(v, ',') | bytemask(v, ';');
	b->SL = bytemask(v, '/');
	return bad == 0;
}

/*
 * Count the words that start in the 16-byte blocks from s[i] on, as
 * starts_word() would, from the class masks of each block; p1 and p2 give
 * the classes of the two characters before i.  Stops at the first block
 * that needs the character loop (classify_block(), and the "ww" of www.
 * and the "//" of a URL), and returns where it stopped.
 */
static size_t
count_blocks(const unsigned char *s, size_t i, size_t n, size_t *count,
    unsigned *p1, unsigned *p2)
{
	unsigned b1 = class_bits(*p1), b2 = class_bits(*p2);
	/* masks of the two characters before the block: bit 0 for i-2 */
	uint32_t cL = (b2 & B_L) | (b1 & B_L) << 1, cD = (b2 & B_D) >> 1 | (b1 & B_D);
	uint32_t cHY = (b2 & B_HY) >> 2 | (b1 & B_HY) >> 1, cML = (b2 & B_ML) >> 3 | (b1 & B_ML) >> 2;
	uint32_t cMNL = (b2 & B_MNL) >> 4 | (b1 & B_MNL) >> 3, cMN = (b2 & B_MN) >> 5 | (b1 & B_MN) >> 4;
	uint32_t cW = (b1 & B_W) >> 6, cSL = (b1 & B_SL) >> 7;
	uint32_t eL, eD, eA, eHY, eML, eMNL, eMN, st;
	struct blockclass b;
	size_t start = i, total = 0;   /* in a register, not through count */

	for (; n - i >= 16; i += 16) {
		if (!classify_block(s + i, &b) ||
		    (b.W & (b.W << 1 | cW)) || (b.SL & (b.SL << 1 | cSL)))
			break;
		/* bit j + 2 of e* is the character at i + j */
		eL = b.L << 2 | cL;
		if (b.plain) {
			/* the characters before the block may still join */
			eA = eL | cD;
			st = b.L & ~(eA >> 1) & ~(((cML | cMNL) >> 1 & eL) | (cHY >> 1 & eA));
			count_bits(&total, st);
			cL = eL >> 16;
			cD = cHY = cML = cMNL = cMN = cSL = 0;
			cW = b.W >> 15;
			continue;
		}
		eD = b.D << 2 | cD;
		eHY = b.HY << 2 | cHY;
		eML = b.ML << 2 | cML;
		eMNL = b.MNL << 2 | cMNL;
		eMN = b.MN << 2 | cMN;
		eA = eL | eD;
		st = (b.L | b.D) & ~(eA >> 1) &
		    ~((eML >> 1 & eL & b.L) |
		      (eMNL >> 1 & ((eL & b.L) | (eD & b.D))) |
		      (eMN >> 1 & eD & b.D) |
		      (eHY >> 1 & eA & (eL | b.L)));
		count_bits(&total, st);
		cL = eL >> 16;
		cD = eD >> 16;
		cHY = eHY >> 16;
		cML = eML >> 16;
		cMNL = eMNL >> 16;
		cMN = eMN >> 16;
		cW = b.W >> 15;
		cSL = b.SL >> 15;
	}
	*count += total;
	if (i != start) {
		*p1 = class_before(s, i);
		*p2 = class_before(s, i - (s[i - 1] < 0x80 ? 1 : s[i - 2] == 0xC3 ? 2 : 3));
	}
	return i;
}

/*
 * word_list()'s block loop: writes the word tokens of the 16-byte blocks
 * from s[i] on, each followed by a newline, to out at *op, as the member
 * table would have it; p is the class of the byte before i and pm whether
 * it belongs to a word.  A word byte is a letter or digit, or a joiner
 * between two characters it joins.  Stops, and returns where, at the first
 * block that needs the character loop: as for count_blocks(), and also at
 * an apostrophe (a clitic may start there) and before a block whose next
 * byte needs the character loop, which must see the joiner before it.
 */
static size_t
list_blocks(const unsigned char *s, size_t i, size_t n, char *out, size_t *op,
    unsigned *p, unsigned *pm)
{
	unsigned bp = class_bits(*p);
	/* classes of the byte before the block */
	uint32_t cL = bp & B_L, cD = (bp & B_D) >> 1, cW = (bp & B_W) >> 6, cSL = (bp & B_SL) >> 7;
	uint32_t nL, nD, pL, pD, xL, xD, mem, at, mj;
	struct blockclass b;
	size_t o = *op, start = i;
	unsigned inword = *pm, nx;

	for (; n - i >= 17 && bclass[s[i + 16]] != C_LOOK; i += 16) {
		if (!classify_block(s + i, &b) || b.apos ||
		    (b.W & (b.W << 1 | cW)) || (b.SL & (b.SL << 1 | cSL)))
			break;
		if (b.plain)
			mem = b.L;
		else {
			nx = bclass[s[i + 16]];
			nL = nx == F_L || nx == C_W;
			nD = nx == F_D;
			/* the classes of the characters on either side of each byte */
			pL = b.L << 1 | cL;
			pD = b.D << 1 | cD;
			xL = b.L >> 1 | nL << 15;
			xD = b.D >> 1 | nD << 15;
			mem = b.L | b.D |
			    (b.ML & pL & xL) |
			    (b.MNL & ((pL & xL) | (pD & xD))) |
			    (b.MN & pD & xD) |
			    (b.HY & (pL | pD) & (xL | xD) & (pL | xL));
		}
		cL = b.L >> 15;
		cD = b.D >> 15;
		cW = b.W >> 15;
		cSL = b.SL >> 15;
		/* word bytes as they are, a newline where a word ends: without
		 * branches, as words and spaces come at random */
		for (at = 0; at < 16; at++) {
			mj = mem >> at & 1;
			out[o] = (char)keep[mj << 8 | s[i + at]];
			o += mj | inword;
			inword = mj;
		}
	}
	if (i != start)
		*p = class_before(s, i);
	*pm = inword;
	*op = o;
	return i;
}
#endif

size_t
word_count(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, len, count = 0, floor = 0, from, rounds;
	unsigned p1 = F_SP, p2 = F_SP;  /* classes of the two chars before i */
	unsigned c, k;
	int f;
	uint32_t cp;

	if (!ready)
		setup();
	while (i < n) {
#if defined(__SSE2__) && defined(__GNUC__)
		i = count_blocks(s, i, n, &count, &p1, &p2);
#endif
		/* eight bytes at a time while none needs a closer look */
		for (rounds = 0; n - i >= 8 && rounds < WINDOW_ROUNDS; i += 8, rounds++) {
			const unsigned char *b = s + i;
			WINDOWS8(wstart, p2, p1, b, v);

			if ((v0 | v1 | v2 | v3 | v4 | v5 | v6 | v7) & W_LOOK) {
				/* take the bytes before the one to look at */
				while ((k = wstart[p2 << 8 | p1 << 4 | bclass[s[i]]]) != W_LOOK) {
					count += k;
					p2 = p1;
					p1 = bclass[s[i++]];
				}
				break;
			}
			count += v0 + v1 + v2 + v3 + v4 + v5 + v6 + v7;
			p2 = vc6;
			p1 = vc7;
		}
		if (i >= n)
			break;

		/* one character */
		c = s[i];
		len = 1;
		if (c < 0x80) {
			f = afclass[c];
			if (f == F_X || (bclass[c] == p1 && (p1 == C_W || p1 == C_SLASH)))
				goto slow;
		} else {
			if (c >= 0xC2 && c <= 0xDF && n - i >= 2 &&
			    (s[i + 1] & 0xC0) == 0x80) {
				/* two bytes, as most letters with diacritics */
				cp = (c & 0x1F) << 6 | (s[i + 1] & 0x3F);
				len = 2;
			} else
				len = utf8_decode(s + i, n - i, &cp);
			f = cp == 0x2010 || cp == 0x2011 ? F_HY : fclass[recidx(cp)];
			if (f == F_X)
				goto slow;
		}
		count += starts_word(unpair((int)p2), unpair((int)p1), f);
		p2 = p1;
		p1 = c < 0x80 ? bclass[c] : (unsigned)f;
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

/*
 * Output of word_list() for one byte b of membership m, after a byte of
 * membership pm: a word byte is copied, the first byte after a word
 * becomes the newline that ends it.  No branches, as words and spaces
 * come at random.
 */
#define EMIT(b, m) do {                                                 \
	out[op] = (char)keep[(m) << 8 | (b)];                           \
	op += (m) | pm;                                                 \
	pm = (m);                                                       \
} while (0)

/* The class of the character at s[i] for word_list(), its length in
 * *len; F_X when word_next() must decide. */
static unsigned
list_class(const unsigned char *s, size_t n, size_t i, size_t *len)
{
	uint32_t cp;
	unsigned c = s[i];

	*len = 1;
	if (c < 0x80)
		return bclass[c] == C_LOOK ? F_X : (unsigned)unpair(bclass[c]);
	if (c >= 0xC2 && c <= 0xDF && n - i >= 2 && (s[i + 1] & 0xC0) == 0x80) {
		cp = (c & 0x1F) << 6 | (s[i + 1] & 0x3F);
		*len = 2;
	} else
		*len = utf8_decode(s + i, n - i, &cp);
	return cp == 0x2010 || cp == 0x2011 ? F_HY : fclass[recidx(cp)];
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
		} else if (c == '\'' || (c == 0xE2 && len == 3 && s[i + 1] == 0x80 &&
		    s[i + 2] == 0x99)) {
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
	size_t i = 0, op = 0, floor = 0, from, rounds;
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
#if defined(__SSE2__) && defined(__GNUC__)
		i = list_blocks(s, i, n, out, &op, &p, &pm);
#endif
		/* eight bytes at a time while none needs a closer look */
		for (rounds = 0; n - i >= 9 && rounds < WINDOW_ROUNDS; rounds++) {
			const unsigned char *b = s + i;
			WINDOWS8(member, p, bclass[b[0]], b + 1, m);

			if ((m0 | m1 | m2 | m3 | m4 | m5 | m6 | m7) & W_LOOK)
				break;
			EMIT(b[0], m0);
			EMIT(b[1], m1);
			EMIT(b[2], m2);
			EMIT(b[3], m3);
			EMIT(b[4], m4);
			EMIT(b[5], m5);
			EMIT(b[6], m6);
			EMIT(b[7], m7);
			p = mc6;
			i += 8;
		}
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
