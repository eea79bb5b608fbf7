/*
 * utf8_decode() and utf8_encode(): at every offset of the input the
 * decoder agrees with an independent RFC 3629 check, never claims more
 * bytes than are left, and encoding what it decoded gives back the same
 * bytes.  The property lookups (uc_*) take any 32-bit value made of four
 * input bytes: they agree with uc_rec(), stay inside their enums, give
 * the default properties past U+10FFFF, and lower-case to a code point.
 */
#include <string.h>

#include "fuzz.h"

static void
check_props(uint32_t cp)
{
	const struct ucrec *r = uc_rec(cp);
	uint32_t lo = uc_tolower(cp);

	FZ_CHECK(r->wb == uc_wb(cp) && r->sb == uc_sb(cp) && r->gc == uc_gc(cp) &&
	    !(r->flags & UC_EXTPICT) == !uc_extpict(cp) &&
	    !(r->flags & UC_ALPHA) == !uc_alpha(cp), "uc_rec(%X) disagrees", (unsigned)cp);
	FZ_CHECK(r->wb <= WB_WSEGSPACE && r->sb <= SB_CLOSE && r->gc <= GC_CONTROL,
	    "U+%X has a property out of range", (unsigned)cp);
	if (cp > 0x10FFFF)
		FZ_CHECK(r->wb == WB_OTHER && r->sb == SB_OTHER && r->gc == GC_OTHER &&
		    r->flags == 0 && lo == cp, "%X past U+10FFFF has properties", (unsigned)cp);
	else
		FZ_CHECK(lo <= 0x10FFFF && (lo < 0xD800 || lo > 0xDFFF || lo == cp),
		    "U+%X lower-cases to %X", (unsigned)cp, (unsigned)lo);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	size_t i, k, want, m;
	uint32_t cp;
	char enc[4];

	for (i = 0; i + 4 <= size; i += 4)
		check_props((uint32_t)data[i] << 24 | (uint32_t)data[i + 1] << 16 |
		    (uint32_t)data[i + 2] << 8 | data[i + 3]);
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
		check_props(cp);
	}
	return 0;
}
