/*
 * Unicode Normalization Form C.  The text is cut before every character
 * that is a starter nothing can combine with (combining class 0 and
 * NFC_Quick_Check Yes, or a byte that is not UTF-8); each segment between
 * two cuts is decomposed, put in canonical order and composed on its own,
 * which gives the same result as normalizing the whole text at once.
 * Hangul syllables are decomposed and composed by arithmetic.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

/* A byte that is not UTF-8 travels through the segment as a value past
 * U+10FFFF that no table knows, with combining class 0. */
enum { RAW_BYTE = 0x110000 };
#define CP_MASK 0xFFFFFFu
#define CCC_OF(v) ((v) >> 24)

enum {
	SBASE = 0xAC00, LBASE = 0x1100, VBASE = 0x1161, TBASE = 0x11A7,
	LCOUNT = 19, VCOUNT = 21, TCOUNT = 28,
	NCOUNT = VCOUNT * TCOUNT, SCOUNT = LCOUNT * NCOUNT
};

/* Below U+0300 every character is a starter in NFC that nothing follows
 * into a composite (tests/normalization.c checks it against the tables). */
enum { FIRST_NONTRIVIAL = 0x300 };

/* Runs of marks up to this long are sorted in place; longer ones by
 * counting, so a run of millions costs a pass, not its square. */
enum { SHORT_RUN = 16 };

const struct nfrec *
nf_rec(uint32_t cp)
{
	if (cp > 0x10FFFF)
		return &nf_records[0];
	return &nf_records[nf_stage2[(size_t)nf_stage1[cp >> 8] << 8 | (cp & 0xFF)]];
}

static int
all_ascii8(const char *s)
{
	uint64_t w;

	memcpy(&w, s, 8);
	return (w & 0x8080808080808080ull) == 0;
}

int
nfc_is_quick(const char *s, size_t n)
{
	size_t i = 0, k;
	unsigned last = 0;
	uint32_t cp;
	const struct nfrec *r;

	while (i < n) {
		if (i + 8 <= n && all_ascii8(s + i)) {
			i += 8;
			last = 0;
			continue;
		}
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		i += k;
		if (cp < FIRST_NONTRIVIAL || cp == UTF8_INVALID) {
			last = 0;
			continue;
		}
		r = nf_rec(cp);
		if (r->flags & (NF_QC_NO | NF_QC_MAYBE) || (r->ccc != 0 && r->ccc < last))
			return 0;
		last = r->ccc;
	}
	return 1;
}

static void *
grow(void *p, size_t *cap, size_t need, size_t size)
{
	if (need <= *cap)
		return p;
	*cap = need > 2 * *cap ? need : 2 * *cap;
	return ereallocarray(p, *cap, size);
}

static int
is_hangul_syllable(uint32_t cp)
{
	return cp >= SBASE && cp < SBASE + SCOUNT;
}

static const struct nfdecomp *
find_decomp(uint32_t cp)
{
	size_t lo = 0, hi = nf_ndecomps, mid;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (nf_decomps[mid].cp < cp)
			lo = mid + 1;
		else
			hi = mid;
	}
	return lo < nf_ndecomps && nf_decomps[lo].cp == cp ? &nf_decomps[lo] : NULL;
}

/* The composite of a and b, or 0 when they do not compose. */
static uint32_t
compose(uint32_t a, uint32_t b)
{
	size_t lo = 0, hi = nf_npairs, mid;

	if (a >= LBASE && a < LBASE + LCOUNT && b >= VBASE && b < VBASE + VCOUNT)
		return SBASE + ((a - LBASE) * VCOUNT + (b - VBASE)) * TCOUNT;
	if (is_hangul_syllable(a) && (a - SBASE) % TCOUNT == 0 &&
	    b > TBASE && b < TBASE + TCOUNT)
		return a + (b - TBASE);
	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		if (nf_pairs[mid].first < a ||
		    (nf_pairs[mid].first == a && nf_pairs[mid].second < b))
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo < nf_npairs && nf_pairs[lo].first == a && nf_pairs[lo].second == b)
		return nf_pairs[lo].composite;
	return 0;
}

static uint32_t
tagged(uint32_t cp)
{
	return (uint32_t)nf_rec(cp)->ccc << 24 | cp;
}

/* Append the full canonical decomposition of cp to z->cp[*n..]; there is
 * room for four. */
static void
decompose(struct nfc *z, size_t *n, uint32_t cp)
{
	const struct nfdecomp *d;
	uint32_t s, t;
	size_t i;

	if (is_hangul_syllable(cp)) {
		s = cp - SBASE;
		z->cp[(*n)++] = LBASE + s / NCOUNT;
		z->cp[(*n)++] = VBASE + s % NCOUNT / TCOUNT;
		if ((t = s % TCOUNT) != 0)
			z->cp[(*n)++] = TBASE + t;
		return;
	}
	if (cp <= 0x10FFFF && (nf_rec(cp)->flags & NF_DECOMP) &&
	    (d = find_decomp(cp)) != NULL) {
		for (i = 0; i < d->len; i++)
			z->cp[(*n)++] = tagged(nf_decomp_cps[d->off + i]);
		return;
	}
	z->cp[(*n)++] = cp <= 0x10FFFF ? tagged(cp) : cp;
}

/* A stable sort of v[0..n) by combining class. */
static void
sort_run(struct nfc *z, uint32_t *v, size_t n)
{
	size_t count[257], i, j;
	uint32_t x;

	if (n <= SHORT_RUN) {
		for (i = 1; i < n; i++) {
			x = v[i];
			for (j = i; j > 0 && CCC_OF(v[j - 1]) > CCC_OF(x); j--)
				v[j] = v[j - 1];
			v[j] = x;
		}
		return;
	}
	z->tmp = grow(z->tmp, &z->tmpcap, n, sizeof *z->tmp);
	memset(count, 0, sizeof count);
	for (i = 0; i < n; i++)
		count[CCC_OF(v[i]) + 1]++;
	for (i = 1; i < 257; i++)
		count[i] += count[i - 1];
	for (i = 0; i < n; i++)
		z->tmp[count[CCC_OF(v[i])]++] = v[i];
	memcpy(v, z->tmp, n * sizeof *v);
}

static void
canonical_order(struct nfc *z, size_t n)
{
	size_t i = 0, start;

	while (i < n) {
		if (CCC_OF(z->cp[i]) == 0) {
			i++;
			continue;
		}
		start = i;
		while (i < n && CCC_OF(z->cp[i]) != 0)
			i++;
		sort_run(z, z->cp + start, i - start);
	}
}

/* Canonical composition of z->cp[0..n) in place; the new length. */
static size_t
canonical_compose(struct nfc *z, size_t n)
{
	uint32_t *v = z->cp, c, comp;
	size_t starter = 0, out = 1, i;
	unsigned last, cc;

	if (n == 0)
		return 0;
	/* a segment that opens with a mark has no starter to compose onto */
	last = CCC_OF(v[0]) == 0 ? 0 : 256;
	for (i = 1; i < n; i++) {
		c = v[i];
		cc = CCC_OF(c);
		if ((last < cc || last == 0) && (c & CP_MASK) <= 0x10FFFF &&
		    (nf_rec(c & CP_MASK)->flags & NF_QC_MAYBE) &&
		    (comp = compose(v[starter] & CP_MASK, c & CP_MASK)) != 0) {
			v[starter] = tagged(comp);
			continue;
		}
		if (cc == 0)
			starter = out;
		last = cc;
		v[out++] = c;
	}
	return out;
}

static size_t
encode(struct nfc *z, size_t len, size_t n)
{
	size_t i;
	uint32_t cp;

	z->out = grow(z->out, &z->outcap, len + 4 * n, 1);
	for (i = 0; i < n; i++) {
		cp = z->cp[i] & CP_MASK;
		if (cp >= RAW_BYTE)
			z->out[len++] = (char)(cp - RAW_BYTE);
		else
			len += utf8_encode(cp, z->out + len);
	}
	return len;
}

/* Nothing before a character like this combines with it or with what
 * follows it. */
static int
starts_segment(uint32_t cp)
{
	const struct nfrec *r;

	if (cp < FIRST_NONTRIVIAL || cp == UTF8_INVALID)
		return 1;
	r = nf_rec(cp);
	return r->ccc == 0 && !(r->flags & (NF_QC_NO | NF_QC_MAYBE));
}

struct text
nfc(struct nfc *z, const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k, ncp = 0, len = 0;
	uint32_t cp;
	struct text t;

	if (nfc_is_quick(s, n)) {
		t.s = s;
		t.len = n;
		return t;
	}
	while (i < n) {
		k = utf8_decode(u + i, n - i, &cp);
		if (starts_segment(cp) && ncp > 0) {
			canonical_order(z, ncp);
			len = encode(z, len, canonical_compose(z, ncp));
			ncp = 0;
		}
		z->cp = grow(z->cp, &z->cpcap, ncp + 4, sizeof *z->cp);
		decompose(z, &ncp, cp == UTF8_INVALID ? (uint32_t)RAW_BYTE + u[i] : cp);
		i += k;
	}
	canonical_order(z, ncp);
	len = encode(z, len, canonical_compose(z, ncp));
	t.s = z->out;
	t.len = len;
	return t;
}

/* Lower case by the simple mapping.  ASCII stays ASCII and no code point
 * needs more than four bytes, so out has room for 2 * n bytes.  Whether
 * a character of U+0300 or above went in or came out goes to *nontrivial:
 * below, everything is in NFC already. */
static size_t
lower(const char *s, size_t n, char *out, int *nontrivial)
{
	size_t i = 0, len = 0, k;
	uint32_t cp;
	unsigned char c;
	uint64_t w, w2;

	while (i < n) {
		/* ASCII sixteen and eight bytes at a time, in loops of their own */
		for (; n - i >= 16; i += 16, len += 16) {
			memcpy(&w, s + i, 8);
			memcpy(&w2, s + i + 8, 8);
			if ((w | w2) & 0x8080808080808080ull)
				break;
			w = lower_ascii8(w);
			w2 = lower_ascii8(w2);
			memcpy(out + len, &w, 8);
			memcpy(out + len + 8, &w2, 8);
		}
		for (; n - i >= 8 && all_ascii8(s + i); i += 8, len += 8) {
			memcpy(&w, s + i, 8);
			w = lower_ascii8(w);
			memcpy(out + len, &w, 8);
		}
		if (i >= n)
			break;
		c = (unsigned char)s[i];
		if (c < 0x80) {
			out[len++] = c >= 'A' && c <= 'Z' ? (char)(c + ('a' - 'A')) : (char)c;
			i++;
			continue;
		}
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		if (cp == UTF8_INVALID)
			out[len++] = (char)c;
		else {
			*nontrivial |= cp >= FIRST_NONTRIVIAL;
			cp = uc_tolower(cp);
			*nontrivial |= cp >= FIRST_NONTRIVIAL;
			len += utf8_encode(cp, out + len);
		}
		i += k;
	}
	return len;
}

struct text
tok_form(struct nfc *z, const char *s, size_t n, int fold)
{
	size_t len;
	int nontrivial = 0;
	struct text t;

	if (!fold)
		return nfc(z, s, n);
	z->low = grow(z->low, &z->lowcap, 2 * n + 1, 1);
	len = lower(s, n, z->low, &nontrivial);
	if (nontrivial)
		return nfc(z, z->low, len);
	t.s = z->low;
	t.len = len;
	return t;
}

void
nfc_free(struct nfc *z)
{
	free(z->cp);
	free(z->tmp);
	free(z->out);
	free(z->low);
	memset(z, 0, sizeof *z);
}
