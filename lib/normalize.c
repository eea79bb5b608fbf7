/*
 * A body line as artstrip keeps it and its rules see it: white space
 * cleaned, HTML character references decoded, composed to NFC.  The
 * user's fixed rules and the corpus counts take lines through the same
 * steps, so that they compare like with like.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

size_t
bp_plain_char(const unsigned char *u, size_t i, size_t n)
{
	const struct nfrec *r;
	uint32_t cp;
	size_t k;

	if (u[i] < 0x80) {
		if (u[i] < ' ' || u[i] == '&' || (u[i] == ' ' && (i == 0 || u[i - 1] == ' ')))
			return 0;
		return 1;
	}
	if (bp_may_be_space(u[i]) && (space_len((const char *)u + i, n - i) > 0 ||
	    bp_junk_len((const char *)u + i, n - i) > 0))
		return 0;
	k = utf8_decode(u + i, n - i, &cp);
	if (cp == UTF8_INVALID)
		return 0;
	if (cp >= 0x300) {
		r = nf_rec(cp);
		if (r->ccc != 0 || (r->flags & (NF_QC_NO | NF_QC_MAYBE)))
			return 0;
	}
	return k;
}

/* Would normalising s change nothing?  Most lines are printable ASCII
 * with single spaces, and those pass eight bytes at a time; whatever
 * this cannot tell at a glance ('&', control bytes, invalid UTF-8, marks)
 * is "no", and the steps look closer. */
static int
is_normal(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, k, end;
	uint64_t x, sp;

	if (n == 0)
		return 1;
	if (u[0] == ' ' || u[n - 1] == ' ')
		return 0;
	while (i < n) {
		if (n - i >= 8) {
			memcpy(&x, u + i, 8);
			/* no high bit, no byte below 0x20 (adding 0x60 sets its
			 * high bit), no '&' */
			if (!(x & HIGHS) && !(~(x + 0x60 * ONES) & HIGHS) &&
			    !(((x ^ 0x26 * ONES) - ONES) & ~(x ^ 0x26 * ONES) & HIGHS)) {
				sp = x ^ (0x20 * ONES);
				sp = ~((sp + 0x7F * ONES) | sp) & HIGHS;
				/* no two spaces in a row, in either byte order, nor
				 * one after a space that ended the block before */
				if (!(sp & (sp << 8)) && !(sp & (sp >> 8)) &&
				    !(u[i] == ' ' && u[i - 1] == ' ')) {
					i += 8;
					continue;
				}
			}
			end = i + 8;
		} else
			end = n;
		while (i < end) {
			if ((k = bp_plain_char(u, i, n)) == 0)
				return 0;
			i += k;
		}
	}
	return 1;
}

static int
same(struct text a, const char *s, size_t n)
{
	return a.len == n && memcmp(a.s, s, n) == 0;
}

struct text
bp_normalize(struct bpnorm *z, const char *s, size_t n)
{
	size_t len, decoded;
	struct text t;

	if (z->cap < n + 1) {
		z->cap = n + 1 < 256 ? 256 : n + 1;
		z->buf = erealloc(z->buf, z->cap);
	}
	if (is_normal(s, n)) {
		memcpy(z->buf, s, n);
		z->buf[n] = '\0';
		return (struct text){ z->buf, n };
	}
	len = bp_clean(s, n, z->buf);
	for (;;) {
		if (memchr(z->buf, '&', len) != NULL) {
			decoded = html_decode(z->buf, len, z->buf);
			/* decoded spaces (&nbsp;, &#9;) are cleaned as the others */
			if (decoded != len)
				len = bp_clean(z->buf, decoded, z->buf);
		}
		/* once the references are characters: they may compose with
		 * what stands next to them */
		t = nfc(&z->nfc, z->buf, len);
		if (t.s == z->buf || same(t, z->buf, len))
			break;
		if (z->cap < t.len + 1) {
			z->cap = 2 * t.len + 1;
			z->buf = erealloc(z->buf, z->cap);
		}
		memcpy(z->buf, t.s, t.len);
		len = t.len;
		/* composing leaves nothing to clean, but U+037E becomes a ';'
		 * that may end a reference */
		if (memchr(z->buf, '&', len) == NULL)
			break;
	}
	z->buf[len] = '\0';
	t.s = z->buf;
	t.len = len;
	return t;
}

void
bp_normalize_free(struct bpnorm *z)
{
	free(z->buf);
	nfc_free(&z->nfc);
	memset(z, 0, sizeof *z);
}
