/*
 * Word tokens.  The base is the word boundary algorithm of Unicode UAX #29
 * (rules WB1 to WB999).  On top of it artkit joins what news text means as
 * one word: letters or digits around a hyphen, the Dutch clitics 's 't 'n
 * with their apostrophe, URLs and e-mail addresses.
 *
 * word_next() is the tokenizer, and the one place that knows these rules;
 * word_count() and word_list() (wordblock.c) find the same words faster
 * and hand anything unusual back to it, so that they can never disagree.
 */
#include <string.h>

#include "word_priv.h"

unsigned char word_fclass[256];
unsigned char word_afclass[128];
static unsigned char kbits[256];    /* K_* by record */
static unsigned char arec[128];     /* record of each ASCII character */
static unsigned char awb[128];      /* its Word_Break */
static unsigned char arun[128];     /* ALetter or Numeric: runs never break */
static int ready;

void
word_tables(void)
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
		word_fclass[i] = (unsigned char)f;
	}
	for (i = 0; i < 128; i++) {
		arec[i] = uc_stage2[(size_t)uc_stage1[0] << 8 | i];
		awb[i] = uc_records[arec[i]].wb;
		word_afclass[i] = word_fclass[arec[i]];
		arun[i] = awb[i] == WB_ALETTER || awb[i] == WB_NUMERIC;
	}
	word_afclass[' '] = F_SP;
	word_afclass['-'] = F_HY;
	word_afclass['@'] = F_X;
	ready = 1;
	ready = 1;
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
	return word_recidx(cp);
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

/* Go on at pos with no context before it.  Where the next '@' and "://"
 * are stays known: it holds for any position up to there. */
static void
restart(struct wordit *w, size_t pos)
{
	w->pos = pos;
	w->rawprev = w->prev = w->prevprev = -1;
	w->prevrec = 0;
	w->ri = 0;
}

void
word_init(struct wordit *w, const char *s, size_t n, int flags)
{
	if (!ready)
		word_tables();
	w->s = (const unsigned char *)s;
	w->n = n;
	w->flags = flags;
	w->at = w->css = 0;
	restart(w, 0);
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
	if (word_apostrophe(s, p, e) && (p == 0 || !(kbits[before] & K_ALNUM)) &&
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

size_t
word_redo(struct wordit *w, size_t from, size_t stop, size_t *count, char **o)
{
	struct text tok;
	int kind;

	restart(w, from);
	while ((kind = word_next(w, &tok)) != 0) {
		if (kind == TOK_WORD && count != NULL)
			(*count)++;
		if (kind == TOK_WORD && o != NULL) {
			memcpy(*o, tok.s, tok.len);
			*o += tok.len;
			*(*o)++ = '\n';
		}
		if (w->pos > stop && w->pos < w->n && w->s[w->pos] == ' ')
			return w->pos;
	}
	return w->n;
}
