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

/* Count the words of s[from..n) with word_next() up to the first token
 * that ends before an ASCII space after stop.  Returns that end. */
static size_t
count_slow(const char *text, size_t from, size_t stop, size_t n, size_t *count)
{
	const unsigned char *s = (const unsigned char *)text;
	struct wordit w;
	struct text tok;
	size_t end;
	int kind;

	word_init(&w, text + from, n - from, 0);
	while ((kind = word_next(&w, &tok)) != 0) {
		if (kind == TOK_WORD)
			(*count)++;
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
enum { C_W = F_MN + 1, C_SLASH, C_LOOK, W_LOOK = 2 };
static unsigned char bclass[256];
static unsigned char wstart[1 << 12];

static int
unpair(int c)
{
	return c == C_W ? F_L : c == C_SLASH ? F_O : c;
}

static void
setup_count(void)
{
	unsigned i, c2, c1, c0;

	for (i = 0; i < 256; i++)
		bclass[i] = i >= 0x80 || afclass[i] == F_X ? C_LOOK :
		    (i | 0x20) == 'w' ? C_W : i == '/' ? C_SLASH : afclass[i];
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
	}
}

size_t
word_count(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, len, count = 0, floor = 0, from;
	unsigned p1 = F_SP, p2 = F_SP;  /* classes of the two chars before i */
	unsigned c, k;
	int f;
	uint32_t cp;

	if (!ready)
		setup();
	while (i < n) {
		/* eight bytes at a time while none needs a closer look */
		for (; n - i >= 8; i += 8) {
			const unsigned char *b = s + i;
			unsigned c0 = bclass[b[0]], c1 = bclass[b[1]],
			    c2 = bclass[b[2]], c3 = bclass[b[3]],
			    c4 = bclass[b[4]], c5 = bclass[b[5]],
			    c6 = bclass[b[6]], c7 = bclass[b[7]];

			unsigned v0 = wstart[p2 << 8 | p1 << 4 | c0],
			    v1 = wstart[p1 << 8 | c0 << 4 | c1],
			    v2 = wstart[c0 << 8 | c1 << 4 | c2],
			    v3 = wstart[c1 << 8 | c2 << 4 | c3],
			    v4 = wstart[c2 << 8 | c3 << 4 | c4],
			    v5 = wstart[c3 << 8 | c4 << 4 | c5],
			    v6 = wstart[c4 << 8 | c5 << 4 | c6],
			    v7 = wstart[c5 << 8 | c6 << 4 | c7];

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
			p2 = c6;
			p1 = c7;
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
		count -= count_span(s, from, i);
		i = count_slow(text, from, i, n, &count);
		floor = i;
		p1 = p2 = F_SP;
	}
	return count;
}
