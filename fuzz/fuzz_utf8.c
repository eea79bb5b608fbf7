/*
 * utf8_decode() and utf8_encode(): at every offset of the input the
 * decoder agrees with an independent RFC 3629 check, never claims more
 * bytes than are left, and encoding what it decoded gives back the same
 * bytes.
 */
#include <string.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i, k, want, m;
	uint32_t cp;
	char enc[4];

	for (i = 0; i < size; i++) {
		k = utf8_decode(data + i, size - i, &cp);
		want = fz_utf8_valid(data + i, size - i);
		FZ_CHECK(k >= 1 && k <= 4 && k <= size - i,
		    "utf8_decode at %zu returned length %zu", i, k);
		if (want == 0) {
			FZ_CHECK(cp == UTF8_INVALID && k == 1,
			    "utf8_decode at %zu accepted an invalid sequence", i);
			continue;
		}
		FZ_CHECK(cp != UTF8_INVALID && k == want,
		    "utf8_decode at %zu rejected or mis-measured a valid sequence", i);
		FZ_CHECK(cp <= 0x10FFFF && (cp < 0xD800 || cp > 0xDFFF),
		    "utf8_decode at %zu gave U+%X", i, (unsigned)cp);
		m = utf8_encode(cp, enc);
		FZ_CHECK(m == k && memcmp(enc, data + i, k) == 0,
		    "utf8_encode(U+%X) does not give back the input", (unsigned)cp);
	}
	return 0;
}
