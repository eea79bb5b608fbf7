/*
 * HTML character references in scraped text: "&amp;", "&eacute;",
 * "&#233;", "&#xE9;".  The named ones are those news text carries (the
 * markup characters, Latin-1, typographic punctuation, a few symbols);
 * anything else, and every malformed reference, stays as it is.
 *
 * Decoding works left to right on its own output: when a ';' arrives, a
 * reference that ends there is decoded, also one that earlier decoding
 * made ("&amp;lt;" becomes "&lt;", then "<").  So the result holds no
 * reference left to decode, and decoding it again changes nothing.
 */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

struct entity {
	const char *name;
	uint32_t cp;
};

/* Sorted by name, in strcmp() order, for bsearch(). */
static const struct entity entities[] = {
	{ "AElig", 0xC6 }, { "Aacute", 0xC1 }, { "Acirc", 0xC2 },
	{ "Agrave", 0xC0 }, { "Aring", 0xC5 }, { "Atilde", 0xC3 },
	{ "Auml", 0xC4 }, { "Ccedil", 0xC7 }, { "Dagger", 0x2021 },
	{ "ETH", 0xD0 }, { "Eacute", 0xC9 }, { "Ecirc", 0xCA },
	{ "Egrave", 0xC8 }, { "Euml", 0xCB }, { "Iacute", 0xCD },
	{ "Icirc", 0xCE }, { "Igrave", 0xCC }, { "Iuml", 0xCF },
	{ "Ntilde", 0xD1 }, { "OElig", 0x152 }, { "Oacute", 0xD3 },
	{ "Ocirc", 0xD4 }, { "Ograve", 0xD2 }, { "Oslash", 0xD8 },
	{ "Otilde", 0xD5 }, { "Ouml", 0xD6 }, { "Prime", 0x2033 },
	{ "Scaron", 0x160 }, { "THORN", 0xDE }, { "Uacute", 0xDA },
	{ "Ucirc", 0xDB }, { "Ugrave", 0xD9 }, { "Uuml", 0xDC },
	{ "Yacute", 0xDD }, { "Yuml", 0x178 }, { "Zcaron", 0x17D },
	{ "aacute", 0xE1 }, { "acirc", 0xE2 }, { "acute", 0xB4 },
	{ "aelig", 0xE6 }, { "agrave", 0xE0 }, { "amp", 0x26 },
	{ "apos", 0x27 }, { "aring", 0xE5 }, { "atilde", 0xE3 },
	{ "auml", 0xE4 }, { "bdquo", 0x201E }, { "brvbar", 0xA6 },
	{ "bull", 0x2022 }, { "ccedil", 0xE7 }, { "cedil", 0xB8 },
	{ "cent", 0xA2 }, { "circ", 0x2C6 }, { "copy", 0xA9 },
	{ "curren", 0xA4 }, { "dagger", 0x2020 }, { "darr", 0x2193 },
	{ "deg", 0xB0 }, { "divide", 0xF7 }, { "eacute", 0xE9 },
	{ "ecirc", 0xEA }, { "egrave", 0xE8 }, { "emsp", 0x2003 },
	{ "ensp", 0x2002 }, { "eth", 0xF0 }, { "euml", 0xEB },
	{ "euro", 0x20AC }, { "fnof", 0x192 }, { "frac12", 0xBD },
	{ "frac14", 0xBC }, { "frac34", 0xBE }, { "frasl", 0x2044 },
	{ "gt", 0x3E }, { "harr", 0x2194 }, { "hellip", 0x2026 },
	{ "iacute", 0xED }, { "icirc", 0xEE }, { "iexcl", 0xA1 },
	{ "igrave", 0xEC }, { "iquest", 0xBF }, { "iuml", 0xEF },
	{ "laquo", 0xAB }, { "larr", 0x2190 }, { "ldquo", 0x201C },
	{ "lrm", 0x200E }, { "lsaquo", 0x2039 }, { "lsquo", 0x2018 },
	{ "lt", 0x3C }, { "macr", 0xAF }, { "mdash", 0x2014 },
	{ "micro", 0xB5 }, { "middot", 0xB7 }, { "minus", 0x2212 },
	{ "nbsp", 0xA0 }, { "ndash", 0x2013 }, { "not", 0xAC },
	{ "ntilde", 0xF1 }, { "oacute", 0xF3 }, { "ocirc", 0xF4 },
	{ "oelig", 0x153 }, { "ograve", 0xF2 }, { "ordf", 0xAA },
	{ "ordm", 0xBA }, { "oslash", 0xF8 }, { "otilde", 0xF5 },
	{ "ouml", 0xF6 }, { "para", 0xB6 }, { "permil", 0x2030 },
	{ "plusmn", 0xB1 }, { "pound", 0xA3 }, { "prime", 0x2032 },
	{ "quot", 0x22 }, { "raquo", 0xBB }, { "rarr", 0x2192 },
	{ "rdquo", 0x201D }, { "reg", 0xAE }, { "rlm", 0x200F },
	{ "rsaquo", 0x203A }, { "rsquo", 0x2019 }, { "sbquo", 0x201A },
	{ "scaron", 0x161 }, { "sect", 0xA7 }, { "shy", 0xAD },
	{ "sup1", 0xB9 }, { "sup2", 0xB2 }, { "sup3", 0xB3 },
	{ "szlig", 0xDF }, { "thinsp", 0x2009 }, { "thorn", 0xFE },
	{ "tilde", 0x2DC }, { "times", 0xD7 }, { "trade", 0x2122 },
	{ "uacute", 0xFA }, { "uarr", 0x2191 }, { "ucirc", 0xFB },
	{ "ugrave", 0xF9 }, { "uml", 0xA8 }, { "uuml", 0xFC },
	{ "yacute", 0xFD }, { "yen", 0xA5 }, { "yuml", 0xFF },
	{ "zcaron", 0x17E }, { "zwj", 0x200D }, { "zwnj", 0x200C },
};

/* What HTML makes of &#128; to &#159;: the characters of Windows-1252
 * at those bytes (0: none, the reference stays). */
static const uint16_t cp1252[32] = {
	0x20AC, 0, 0x201A, 0x192, 0x201E, 0x2026, 0x2020, 0x2021,
	0x2C6, 0x2030, 0x160, 0x2039, 0x152, 0, 0x17D, 0,
	0, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
	0x2DC, 0x2122, 0x161, 0x203A, 0x153, 0, 0x17E, 0x178
};

/* Longest name in the table, and the most digits worth reading. */
enum { NAME_MAX_LEN = 6, DIGITS_MAX = 16 };

struct key {
	const char *s;
	size_t len;
};

static int
entcmp(const void *k, const void *e)
{
	const struct key *key = k;
	const char *name = ((const struct entity *)e)->name;
	size_t n = strlen(name);
	int c = memcmp(key->s, name, key->len < n ? key->len : n);

	if (c != 0)
		return c;
	return (key->len > n) - (key->len < n);
}

/* The character a numeric reference names, or 0 when it stays: NUL,
 * surrogates, values past U+10FFFF, and the control characters other
 * than white space. */
static uint32_t
numeric_char(uint32_t v)
{
	if (v >= 0x80 && v <= 0x9F)
		return cp1252[v - 0x80];
	if (v == 0 || (v >= 0xD800 && v <= 0xDFFF) || v > 0x10FFFF || v == 0x7F)
		return 0;
	if (v < 0x20 && v != '\t' && v != '\n' && v != '\f' && v != '\r')
		return 0;
	return v;
}

static int
is_digit(unsigned char c, int hex)
{
	return (c >= '0' && c <= '9') ||
	    (hex && ((c | 0x20) >= 'a' && (c | 0x20) <= 'f'));
}

/* The reference at p[0] == '&' within p[0..n): its character in *cp and
 * its length, or 0 when there is none to decode there. */
static size_t
reference(const char *p, size_t n, uint32_t *cp)
{
	const unsigned char *u = (const unsigned char *)p;
	const struct entity *e;
	struct key key;
	size_t i = 1, start;
	uint32_t v = 0;
	int hex = 0;

	if (n >= 3 && u[1] == '#') {
		i = 2;
		if (u[2] == 'x' || u[2] == 'X') {
			hex = 1;
			i = 3;
		}
		start = i;
		for (; i < n && is_digit(u[i], hex) && i - start < DIGITS_MAX; i++)
			if (v <= 0x10FFFF)
				v = v * (hex ? 16 : 10) + (uint32_t)(u[i] <= '9' ?
				    u[i] - '0' : (u[i] | 0x20) - 'a' + 10);
		if (i == start || i == n || u[i] != ';' || (*cp = numeric_char(v)) == 0)
			return 0;
		return i + 1;
	}
	while (i < n && i <= NAME_MAX_LEN && (((u[i] | 0x20) >= 'a' &&
	    (u[i] | 0x20) <= 'z') || (u[i] >= '0' && u[i] <= '9')))
		i++;
	if (i == 1 || i == n || u[i] != ';')
		return 0;
	key.s = p + 1;
	key.len = i - 1;
	e = bsearch(&key, entities, sizeof entities / sizeof entities[0],
	    sizeof entities[0], entcmp);
	if (e == NULL)
		return 0;
	*cp = e->cp;
	return i + 1;
}

/* Invisible characters the white space clean-up drops: decoded, they go
 * at once, so that they cannot part what would read as a reference. */
static int
invisible(uint32_t cp)
{
	return cp == 0xAD || (cp >= 0x200B && cp <= 0x200D) || cp == 0x2060 ||
	    cp == 0xFEFF || cp == 0x180E;
}

/* out[0..o) ends with a ';': if a reference ends there, decode it in
 * place.  The new length of out. */
static size_t
decode_tail(char *out, size_t o)
{
	char utf8[4];
	size_t a, len, k;
	uint32_t cp;

	for (;;) {
		for (a = o - 1; a > 0 && o - a <= DIGITS_MAX + 4 && out[a] != '&'; a--)
			;
		if (out[a] != '&' || (len = reference(out + a, o - a, &cp)) != o - a)
			return o;
		k = invisible(cp) ? 0 : utf8_encode(cp, utf8);
		memcpy(out + a, utf8, k);
		o = a + k;
		if (o == 0 || out[o - 1] != ';')
			return o;
	}
}

size_t
html_decode(const char *s, size_t n, char *out)
{
	size_t i = 0, o = 0, k, len;
	char utf8[4];
	uint32_t cp;

	while (i < n) {
		if (s[i] == '&' && (len = reference(s + i, n - i, &cp)) > 0) {
			k = invisible(cp) ? 0 : utf8_encode(cp, utf8);
			/* no reference is shorter than its character */
			memcpy(out + o, utf8, k);
			o += k;
			i += len;
		} else
			out[o++] = s[i++];
		if (o > 0 && out[o - 1] == ';')
			o = decode_tail(out, o);
	}
	out[o] = '\0';
	return o;
}
