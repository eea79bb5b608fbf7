/*
 * White space cleaning for artstrip: every kind of space becomes one
 * ASCII space, invisible characters go, the ends are trimmed.
 *
 * Most lines are printable ASCII with single spaces between words, and
 * those pass eight bytes at a time; only a block that holds a control
 * byte, a byte of a multibyte character or two spaces in a row is taken
 * apart byte by byte.
 */
#include <stdint.h>
#include <string.h>

#include "artkit.h"

/* Length of an invisible character at u that is dropped: soft hyphen,
 * zero-width space, non-joiner and joiner, word joiner, BOM, Mongolian
 * vowel separator. */
size_t
bp_junk_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xAD)
		return 2;
	if (n < 3)
		return 0;
	if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D)
		return 3;
	if (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0)
		return 3;
	if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;
	if (u[0] == 0xE1 && u[1] == 0xA0 && u[2] == 0x8E)
		return 3;
	return 0;
}

/* Does out[0..o) end in the lead of a UTF-8 sequence that lacks its
 * continuation bytes?  Then dropping a character between it and a
 * continuation byte would make a new character, and a second cleaning
 * would change the line again. */
static int
unfinished(const char *out, size_t o)
{
	const unsigned char *u = (const unsigned char *)out;
	size_t back, need;

	for (back = 1; back <= 3 && back <= o; back++) {
		unsigned c = u[o - back];

		if ((c & 0xC0) == 0x80)
			continue;
		need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		return back < need;
	}
	return 0;
}


enum { BLOCK = 8 };

#define ONES  0x0101010101010101ULL
#define HIGHS 0x8080808080808080ULL

/* Can the eight bytes at u be copied as they stand after out[0..o)?
 * They must be printable ASCII or single spaces, and a space among them
 * must not follow a space already written or open the line. */
static int
plain_block(const unsigned char *u, const char *out, size_t o)
{
	uint64_t x, low, ctl, sp;

	memcpy(&x, u, sizeof x);
	if (x & HIGHS)
		return 0;
	/* a byte below 0x20 keeps its high bit clear when 0x60 is added */
	low = x + 0x60 * ONES;
	ctl = ~low & HIGHS;
	if (ctl)
		return 0;
	/* the spaces, as a high bit in each byte that is 0x20 */
	sp = x ^ (0x20 * ONES);
	sp = ~((sp + 0x7F * ONES) | sp) & HIGHS;
	if (sp == 0)
		return 1;
	if ((sp & (sp << 8)) || (sp & (sp >> 8)))
		return 0;
	/* the first byte on either byte order */
	if (u[0] == ' ' && (o == 0 || out[o - 1] == ' '))
		return 0;
	return 1;
}

size_t
bp_clean(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, k;

	while (i < n) {
		if (n - i >= BLOCK && plain_block(u + i, out, o)) {
			memmove(out + o, s + i, BLOCK);   /* out may be s */
			i += BLOCK;
			o += BLOCK;
			continue;
		}
		if (!bp_may_be_space(u[i])) {
			out[o++] = s[i++];
			continue;
		}
		/* an invisible character goes, unless it parts an unfinished
		 * sequence from a continuation byte: dropping it would make a
		 * new character, and a second cleaning would differ */
		if ((k = bp_junk_len(s + i, n - i)) > 0 &&
		    !(i + k < n && (u[i + k] & 0xC0) == 0x80 && unfinished(out, o))) {
			i += k;
			continue;
		}
		if ((k = space_len(s + i, n - i)) > 0) {
			if (o > 0 && out[o - 1] != ' ')
				out[o++] = ' ';
			i += k;
			continue;
		}
		out[o++] = s[i++];
	}
	/* a space is written when it comes; the last one had nothing after it */
	if (o > 0 && out[o - 1] == ' ')
		o--;
	out[o] = '\0';
	return o;
}
