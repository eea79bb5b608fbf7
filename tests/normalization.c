/*
 * Test driver for lib/nfc.c, built by "make check".
 *
 *   normalization FILE   the NFC columns of a UAX #15 NormalizationTest.txt:
 *                        c2 == NFC(c1) == NFC(c2) == NFC(c3) and
 *                        c4 == NFC(c4) == NFC(c5) on every line, each also
 *                        behind a prefix that the quick check rejects, so
 *                        the full algorithm runs too; and when the file
 *                        has a Part 1, every code point it does not list
 *                        is its own NFC.
 *   normalization -r N   N random texts of tricky characters (marks of
 *                        many classes in long runs, Hangul jamo and
 *                        syllables, composites, exclusions, singletons,
 *                        invalid bytes): nfc() agrees with a plain
 *                        reference that sorts the whole text and composes
 *                        by searching back, is idempotent, and returns
 *                        any text that passes nfc_is_quick() unchanged.
 *   normalization -m MB  a run of MB megabytes of combining marks of
 *                        mixed classes, with no starter: the result must
 *                        be the marks stably sorted by combining class.
 *   normalization -c     standard input in NFC on standard output, for
 *                        tests that compare texts up to normalization.
 *
 * Prints each failure and a summary; exits 1 when anything failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

static struct nfc z;

/* A field of space-separated hexadecimal code points as UTF-8. */
static size_t
field_utf8(const char *f, size_t flen, char **buf, size_t *cap)
{
	size_t len = 0, need;
	char *end;
	const char *p = f, *stop = f + flen;
	unsigned long cp;

	while (p < stop) {
		cp = strtoul(p, &end, 16);
		if (end == p)
			break;
		need = len + 4;
		if (need > *cap) {
			*cap = 2 * need;
			*buf = erealloc(*buf, *cap);
		}
		len += utf8_encode((uint32_t)cp, *buf + len);
		p = end;
	}
	return len;
}

/* NFC of s must be want, directly and behind a rejected prefix. */
static int
nfc_is(const char *s, size_t n, const char *want, size_t wn)
{
	static const char prefix[] = "\xcc\x81 ";   /* U+0301, a space */
	static char *buf;
	static size_t cap;
	struct text t;
	size_t pn = sizeof prefix - 1;

	t = nfc(&z, s, n);
	if (!(t.len == wn && memcmp(t.s, want, wn) == 0))
		return 0;
	if (cap < pn + n) {
		cap = pn + n;
		buf = erealloc(buf, cap);
	}
	memcpy(buf, prefix, pn);
	memcpy(buf + pn, s, n);
	t = nfc(&z, buf, pn + n);
	return t.len == pn + wn && memcmp(t.s, prefix, pn) == 0 &&
	    memcmp(t.s + pn, want, wn) == 0;
}

static int
checkfile(const char *path)
{
	FILE *fp;
	char *line = NULL, *col[6], *p, *q;
	char *val[6] = { 0 };
	size_t cap = 0, vcap[6] = { 0 }, vlen[6], lineno = 0, ok = 0, bad = 0, i;
	size_t nlisted = 0;
	int part1 = 0;
	unsigned long cp;
	char *listed = calloc(0x110000, 1);

	if (listed == NULL)
		die("out of memory");
	if ((fp = fopen(path, "r")) == NULL) {
		warnsys(path);
		free(listed);
		return 1;
	}
	while (getline(&line, &cap, fp) > 0) {
		lineno++;
		if (line[0] == '@') {
			part1 = strncmp(line, "@Part1", 6) == 0;
			continue;
		}
		if (line[0] == '#' || line[0] == '\n')
			continue;
		p = line;
		for (i = 0; i < 5; i++) {
			col[i] = p;
			if ((q = strchr(p, ';')) == NULL)
				break;
			p = q + 1;
		}
		if (i < 5) {
			out_printf("%s:%zu: not five columns\n", path, lineno);
			bad++;
			continue;
		}
		for (i = 0; i < 5; i++)
			vlen[i] = field_utf8(col[i], (size_t)(strchr(col[i], ';') - col[i]),
			    &val[i], &vcap[i]);
		if (part1) {
			cp = strtoul(col[0], &q, 16);
			if (*q == ';' && cp <= 0x10FFFF) {
				listed[cp] = 1;
				nlisted++;
			}
		}
		if (nfc_is(val[0], vlen[0], val[1], vlen[1]) &&
		    nfc_is(val[1], vlen[1], val[1], vlen[1]) &&
		    nfc_is(val[2], vlen[2], val[1], vlen[1]) &&
		    nfc_is(val[3], vlen[3], val[3], vlen[3]) &&
		    nfc_is(val[4], vlen[4], val[3], vlen[3])) {
			ok++;
			continue;
		}
		bad++;
		out_printf("%s:%zu: NFC differs: %.*s\n", path, lineno,
		    (int)(strchr(col[4], ';') - col[0]), col[0]);
	}
	if (ferror(fp)) {
		warnsys(path);
		bad++;
	}
	fclose(fp);
	/* Part 1 lists the code points that NFC may change */
	for (cp = 0; nlisted > 0 && cp <= 0x10FFFF; cp++) {
		char enc[4];
		size_t n;

		if (listed[cp] || (cp >= 0xD800 && cp <= 0xDFFF))
			continue;
		n = utf8_encode((uint32_t)cp, enc);
		if (!nfc_is(enc, n, enc, n)) {
			out_printf("U+%04lX is not listed in Part 1 but changes\n", cp);
			bad++;
		}
	}
	out_printf("%zu lines passed, %zu failed\n", ok, bad);
	for (i = 0; i < 6; i++)
		free(val[i]);
	free(line);
	free(listed);
	return bad > 0;
}

/* ---- the reference: the definitions of UAX #15 applied literally ---- */

enum { RAW = 0x110000 };
enum { SB = 0xAC00, LB = 0x1100, VB = 0x1161, TB = 0x11A7, TC = 28, NC = 21 * 28 };

static unsigned
ccc(uint32_t cp)
{
	return cp >= RAW ? 0 : nf_rec(cp)->ccc;
}

static int
cmp_decomp(const void *key, const void *elem)
{
	uint32_t a = *(const uint32_t *)key, b = ((const struct nfdecomp *)elem)->cp;

	return a < b ? -1 : a > b;
}

static int
cmp_pair(const void *key, const void *elem)
{
	const uint32_t *k = key;
	const struct nfpair *p = elem;

	if (k[0] != p->first)
		return k[0] < p->first ? -1 : 1;
	return k[1] < p->second ? -1 : k[1] > p->second;
}

static size_t
ref_decompose(uint32_t cp, uint32_t *out)
{
	const struct nfdecomp *d;
	size_t i, n = 0;

	if (cp >= SB && cp < SB + 11172) {
		out[n++] = LB + (cp - SB) / NC;
		out[n++] = VB + (cp - SB) % NC / TC;
		if ((cp - SB) % TC)
			out[n++] = TB + (cp - SB) % TC;
		return n;
	}
	if (cp < RAW && (d = bsearch(&cp, nf_decomps, nf_ndecomps, sizeof *nf_decomps,
	    cmp_decomp)) != NULL) {
		for (i = 0; i < d->len; i++)
			out[n++] = nf_decomp_cps[d->off + i];
		return n;
	}
	out[0] = cp;
	return 1;
}

static uint32_t
ref_primary(uint32_t a, uint32_t b)
{
	uint32_t key[2] = { a, b };
	const struct nfpair *p;

	if (a >= LB && a < LB + 19 && b >= VB && b < VB + 21)
		return SB + ((a - LB) * 21 + (b - VB)) * TC;
	if (a >= SB && a < SB + 11172 && (a - SB) % TC == 0 && b > TB && b < TB + TC)
		return a + b - TB;
	p = bsearch(key, nf_pairs, nf_npairs, sizeof *nf_pairs, cmp_pair);
	return p != NULL ? p->composite : 0;
}

static size_t
reference(const char *s, size_t n, char *out)
{
	uint32_t *v = emalloc((4 * n + 1) * sizeof *v), cp, t, p;
	size_t nv = 0, i, j, k, len = 0;
	int swapped, blocked;

	for (i = 0; i < n; i += k) {
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		nv += ref_decompose(cp == UTF8_INVALID ? (uint32_t)RAW + (unsigned char)s[i] : cp, v + nv);
	}
	do {
		swapped = 0;
		for (i = 0; i + 1 < nv; i++)
			if (ccc(v[i + 1]) != 0 && ccc(v[i]) > ccc(v[i + 1])) {
				t = v[i];
				v[i] = v[i + 1];
				v[i + 1] = t;
				swapped = 1;
			}
	} while (swapped);
	for (i = 1; i < nv; i++) {
		/* the last starter before v[i], if any */
		for (j = i; j > 0 && ccc(v[j - 1]) != 0; j--)
			;
		if (j-- == 0)
			continue;
		blocked = 0;
		for (k = j + 1; k < i; k++)
			if (ccc(v[k]) == 0 || ccc(v[k]) >= ccc(v[i]))
				blocked = 1;
		if (blocked || v[j] >= RAW || v[i] >= RAW || (p = ref_primary(v[j], v[i])) == 0)
			continue;
		v[j] = p;
		memmove(v + i, v + i + 1, (nv - i - 1) * sizeof *v);
		nv--;
		i--;
	}
	for (i = 0; i < nv; i++)
		if (v[i] >= RAW)
			out[len++] = (char)(v[i] - RAW);
		else
			len += utf8_encode(v[i], out + len);
	free(v);
	return len;
}

/* ---- random texts ---- */

static unsigned long long rng = 0x9E3779B97F4A7C15ull;

static unsigned
rnd(unsigned n)
{
	rng ^= rng << 13;
	rng ^= rng >> 7;
	rng ^= rng << 17;
	return (unsigned)(rng % n);
}

static const uint32_t starters[] = {
	'a', 'A', 'e', 'o', 'u', 'C', 'n', ' ', '.',
	0x00C5, 0x00E9, 0x00F1, 0x1E0A, 0x1E63, 0x01D5, 0x1FB3, 0x03B1, 0x0399,
	0x212B, 0x2126, 0x0958, 0x2ADC, 0x1D15E, 0x0B47, 0x0B3E, 0x0B4B, 0x09C7,
	0x09BE, 0x1100, 0x1112, 0x1161, 0x1175, 0x11A8, 0x11C2, 0xAC00, 0xAC01,
	0xD7A3, 0x0DD9, 0x0DCF, 0x0DDA, 0x05D0, 0x0627, 0x3099, 0x304B, 0x11099,
};
static const uint32_t marks[] = {
	0x0300, 0x0301, 0x0302, 0x0303, 0x0308, 0x030A, 0x0323, 0x0327, 0x0328,
	0x031B, 0x0334, 0x0345, 0x035C, 0x035D, 0x0315, 0x0340, 0x0344, 0x0F71,
	0x0F72, 0x0F74, 0x0F80, 0x05B0, 0x05B4, 0x05BC, 0x0651, 0x064B, 0x093C,
	0x094D, 0x0E38, 0x0E48, 0x1DCE, 0x302A, 0x302E, 0x0F39, 0x0F75, 0x0F73,
	0x0F81, 0x1D165, 0x1D16D, 0x0CD5, 0x0D57, 0x0BD7, 0x110BA,
};

static size_t
put_cp(char *out, uint32_t cp)
{
	return utf8_encode(cp, out);
}

static size_t
random_text(char *buf)
{
	size_t len = 0, n = 1 + rnd(40), i, run;
	unsigned r;

	for (i = 0; i < n; i++) {
		r = rnd(20);
		if (r == 0)
			buf[len++] = (char)(0x80 + rnd(0x80));      /* a stray byte */
		else if (r < 9)
			len += put_cp(buf + len, starters[rnd(sizeof starters / sizeof *starters)]);
		else {
			run = r == 19 ? 20 + rnd(40) : 1 + rnd(3);
			while (run-- > 0)
				len += put_cp(buf + len, marks[rnd(sizeof marks / sizeof *marks)]);
		}
	}
	return len;
}

static void
hex(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		out_printf("%02x", (unsigned char)s[i]);
}

static int
random_texts(unsigned long count)
{
	char text[40 * 60 * 4 + 64], want[sizeof text * 3], first[sizeof want];
	size_t n, wn, fn;
	unsigned long i, bad = 0;
	uint32_t cp;
	struct text t;

	/* lib/nfc.c lets everything below U+0300 through unchecked */
	for (cp = 0; cp < 0x300; cp++)
		if (nf_rec(cp)->ccc != 0 || nf_rec(cp)->flags & (NF_QC_NO | NF_QC_MAYBE)) {
			out_printf("U+%04X is below U+0300 but not a plain starter\n", (unsigned)cp);
			bad++;
		}
	for (i = 0; i < count; i++) {
		n = random_text(text);
		wn = reference(text, n, want);
		t = nfc(&z, text, n);
		fn = t.len;
		memcpy(first, t.s, fn);
		if (fn != wn || memcmp(first, want, wn) != 0) {
			out_printf("differs from the reference: ");
			hex(text, n);
			out_char('\n');
			bad++;
			continue;
		}
		t = nfc(&z, first, fn);
		if (t.len != fn || memcmp(t.s, first, fn) != 0) {
			out_printf("not idempotent: ");
			hex(text, n);
			out_char('\n');
			bad++;
		}
		if (nfc_is_quick(text, n) && (wn != n || memcmp(want, text, n) != 0)) {
			out_printf("passes the quick check but changes: ");
			hex(text, n);
			out_char('\n');
			bad++;
		}
	}
	out_printf("%lu random texts, %lu failed\n", count, bad);
	return bad > 0;
}

/* ---- one long run of marks ---- */

struct tagged {
	uint32_t cp;
	size_t at;
};

static int
cmp_stable(const void *a, const void *b)
{
	const struct tagged *x = a, *y = b;
	unsigned cx = ccc(x->cp), cy = ccc(y->cp);

	if (cx != cy)
		return cx < cy ? -1 : 1;
	return x->at < y->at ? -1 : x->at > y->at;
}

static int
long_run(unsigned long mb)
{
	/* two-byte marks of many classes, none decomposing or composing */
	static const uint32_t m[] = {
		0x0300, 0x0316, 0x031B, 0x0321, 0x0334, 0x0345, 0x035C, 0x035D,
		0x0315, 0x0358, 0x0350, 0x0359, 0x035F, 0x0362, 0x05B0, 0x05B8,
		0x05C1, 0x05C2, 0x064B, 0x0651, 0x0652, 0x0670, 0x0711, 0x07EB,
	};
	size_t bytes = mb << 20, n = bytes / 2, i, len = 0;
	char *text = emalloc(bytes), *want = emalloc(bytes);
	struct tagged *v = emalloc(n * sizeof *v);
	struct text t;
	int bad;

	for (i = 0; i < n; i++) {
		v[i].cp = m[rnd(sizeof m / sizeof *m)];
		v[i].at = i;
		put_cp(text + 2 * i, v[i].cp);
	}
	qsort(v, n, sizeof *v, cmp_stable);
	for (i = 0; i < n; i++)
		len += put_cp(want + len, v[i].cp);
	t = nfc(&z, text, 2 * n);
	bad = !(t.len == len && memcmp(t.s, want, len) == 0);
	out_printf("%zu marks in one run: %s\n", n, bad ? "FAILED" : "stably sorted");
	free(text);
	free(want);
	free(v);
	return bad;
}

/* Standard input, all of it, in NFC. */
static int
normalize_stdin(void)
{
	char *buf = NULL;
	size_t len = 0, cap = 0, got;
	struct text t;

	do {
		if (cap - len < 65536) {
			cap = 2 * cap + 65536;
			buf = erealloc(buf, cap);
		}
		got = fread(buf + len, 1, cap - len, stdin);
		len += got;
	} while (got > 0);
	if (ferror(stdin)) {
		warnsys("-");
		free(buf);
		return 1;
	}
	t = nfc(&z, buf, len);
	out_write(t.s, t.len);
	free(buf);
	return 0;
}

int
main(int argc, char *argv[])
{
	int ret;

	setprogname(argv);
	if (argc == 3 && strcmp(argv[1], "-r") == 0)
		ret = random_texts(strtoul(argv[2], NULL, 10));
	else if (argc == 3 && strcmp(argv[1], "-m") == 0)
		ret = long_run(strtoul(argv[2], NULL, 10));
	else if (argc == 2 && strcmp(argv[1], "-c") == 0)
		ret = normalize_stdin();
	else if (argc == 2)
		ret = checkfile(argv[1]);
	else {
		fprintf(stderr, "usage: %s FILE | -r N | -m MB | -c\n", progname);
		return 2;
	}
	nfc_free(&z);
	ret |= out_close();
	return ret;
}
