/*
 * A body line as artstrip keeps it and its rules see it: white space
 * cleaned, HTML character references decoded, composed to NFC.  The
 * user's fixed rules and the corpus counts take lines through the same
 * steps, so that they compare like with like.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

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
