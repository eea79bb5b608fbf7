/*
 * tsv_field(): a row of fields cut from the input is one line with one
 * tab fewer than it has fields, holds no raw control character, and
 * unescaping each field gives back its exact bytes.
 */
#include <string.h>

#include "fuzz.h"

enum { MAXF = 8 };

static int
hexval(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	return -1;
}

/* Unescape field f of the row (out[0..n)) into buf; its length. */
static size_t
unescape(const char *s, size_t n, char *buf)
{
	size_t i, o = 0;
	int hi, lo;

	for (i = 0; i < n; i++) {
		if (s[i] != '\\') {
			buf[o++] = s[i];
			continue;
		}
		FZ_CHECK(i + 1 < n, "a field ends in a lone backslash");
		switch (s[++i]) {
		case '\\': buf[o++] = '\\'; break;
		case 't': buf[o++] = '\t'; break;
		case 'n': buf[o++] = '\n'; break;
		case 'r': buf[o++] = '\r'; break;
		case 'x':
			FZ_CHECK(i + 2 < n, "a truncated \\x escape");
			hi = hexval(s[i + 1]);
			lo = hexval(s[i + 2]);
			FZ_CHECK(hi >= 0 && lo >= 0, "a bad \\x escape");
			buf[o++] = (char)(hi * 16 + lo);
			i += 2;
			break;
		default:
			fz_fail("an unknown escape \\%c", s[i]);
		}
	}
	return o;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct text f[MAXF];
	const char *out, *p, *tab;
	size_t nf, i, len, n, k;
	static char *buf;
	static size_t bufcap;

	if (size < 1)
		return 0;
	/* the first byte: how many fields; the next ones: their lengths */
	nf = 1 + data[0] % MAXF;
	if (fz_cut(data, size, 1, nf, f) != 0)
		return 0;
	fz_capture_begin();
	for (i = 0; i < nf; i++) {
		if (i > 0)
			out_char('\t');
		tsv_field(f[i].s, f[i].len);
	}
	out_char('\n');
	out = fz_capture_end(&n);
	FZ_CHECK(n > 0 && out[n - 1] == '\n' && memchr(out, '\n', n) == out + n - 1,
	    "the row is not one line");
	for (i = 0; i < n; i++)
		FZ_CHECK(((unsigned char)out[i] >= 0x20 && out[i] != 0x7F) || out[i] == '\t' ||
		    i == n - 1, "a raw control character 0x%02X in the row",
		    (unsigned char)out[i]);
	if (bufcap < n) {
		bufcap = n;
		buf = erealloc(buf, bufcap);
	}
	p = out;
	for (i = 0; i < nf; i++) {
		tab = memchr(p, '\t', (size_t)(out + n - 1 - p));
		FZ_CHECK((tab != NULL) == (i + 1 < nf), "the row has the wrong number of fields");
		len = (size_t)((tab ? tab : out + n - 1) - p);
		k = unescape(p, len, buf);
		FZ_CHECK(fz_memeq(buf, k, f[i].s, f[i].len), "field %zu does not come back", i + 1);
		p += len + 1;
	}
	return 0;
}
