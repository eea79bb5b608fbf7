/*
 * nfc(), nfc_is_quick() and tok_form(): the result is its own NFC; text
 * the quick check accepts comes back as it was; no two neighbouring
 * marks are out of canonical order; the result is at most three times as
 * long; every byte that is not UTF-8 is kept; tok_form() with folding is
 * the NFC of the lower-cased text, without it plain nfc().
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static size_t
invalid_bytes(const char *s, size_t n)
{
	size_t i, k, count = 0;
	uint32_t cp;

	for (i = 0; i < n; i += k) {
		k = utf8_decode((const unsigned char *)s + i, n - i, &cp);
		count += cp == UTF8_INVALID;
	}
	return count;
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	static struct nfc z, again;
	const char *s = (const char *)data;
	char *first, *low;
	struct text t, u;
	size_t i, k, n, lown = 0;
	unsigned last = 0, cc;
	uint32_t cp;

	t = nfc(&z, s, size);
	FZ_CHECK(t.len <= 3 * size, "NFC of %zu bytes has %zu", size, t.len);
	if (nfc_is_quick(s, size))
		FZ_CHECK(t.s == s && t.len == size, "quick text changed");
	first = malloc(t.len + 1);
	memcpy(first, t.s, t.len);
	n = t.len;
	u = nfc(&again, first, n);
	FZ_CHECK(fz_memeq(u.s, u.len, first, n), "NFC is not idempotent");
	FZ_CHECK(invalid_bytes(first, n) == invalid_bytes(s, size),
	    "bytes that are not UTF-8 were lost or made");
	for (i = 0; i < n; i += k) {
		k = utf8_decode((const unsigned char *)first + i, n - i, &cp);
		cc = cp == UTF8_INVALID ? 0 : nf_rec(cp)->ccc;
		FZ_CHECK(cc == 0 || last <= cc, "marks out of order at %zu", i);
		last = cc;
	}

	/* folding: lower case code point by code point, then NFC */
	low = malloc(2 * size + 1);
	for (i = 0; i < size; i += k) {
		k = utf8_decode(data + i, size - i, &cp);
		if (cp == UTF8_INVALID)
			low[lown++] = s[i];
		else
			lown += utf8_encode(uc_tolower(cp), low + lown);
	}
	t = tok_form(&z, s, size, 1);
	u = nfc(&again, low, lown);
	FZ_CHECK(fz_memeq(t.s, t.len, u.s, u.len), "folding differs from NFC of lower case");
	t = tok_form(&z, s, size, 0);
	FZ_CHECK(fz_memeq(t.s, t.len, first, n), "tok_form without folding is not NFC");
	free(low);
	free(first);
	return 0;
}
