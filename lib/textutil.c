/* Small text predicates shared by the programs. */
#include <string.h>

#include "artkit.h"

/* Length of the white space character at s (ASCII white space, no-break
 * space, the Unicode spaces, zero-width space and joiners, BOM), or 0. */
size_t
space_len(const char *s, size_t n)
{
	const unsigned char *u = (const unsigned char *)s;

	if (n == 0)
		return 0;
	switch (u[0]) {
	case ' ': case '\t': case '\n': case '\v': case '\f': case '\r':
		return 1;
	case 0xC2:
		return n >= 2 && u[1] == 0xA0 ? 2 : 0;      /* U+00A0 */
	case 0xE2:
		if (n < 3)
			return 0;
		if (u[1] == 0x80 && ((u[2] >= 0x80 && u[2] <= 0x8D) || /* U+2000-200D */
		    u[2] == 0xAF || u[2] == 0xA8 || u[2] == 0xA9))  /* 202F 2028 2029 */
			return 3;
		if (u[1] == 0x81 && (u[2] == 0x9F || u[2] == 0xA0)) /* U+205F, U+2060 */
			return 3;
		return 0;
	case 0xE3:
		return n >= 3 && u[1] == 0x80 && u[2] == 0x80 ? 3 : 0; /* U+3000 */
	case 0xEF:
		return n >= 3 && u[1] == 0xBB && u[2] == 0xBF ? 3 : 0; /* U+FEFF */
	}
	return 0;
}

/* Can s[0] not begin a white space character?  Most lines begin and end
 * in printable ASCII, which settles it at once. */
static int
printable_ascii(unsigned char c)
{
	return c > ' ' && c < 0x7F;
}

int
is_blank(const char *s, size_t n)
{
	size_t k;

	if (n > 0 && printable_ascii((unsigned char)s[0]))
		return 0;
	while (n > 0) {
		if ((k = space_len(s, n)) == 0)
			return 0;
		s += k;
		n -= k;
	}
	return 1;
}

/* Length of the white space character that ends s[0..n), or 0. */
static size_t
space_len_back(const char *s, size_t n)
{
	size_t k;

	for (k = 1; k <= 3 && k <= n; k++)
		if (space_len(s + n - k, k) == k)
			return k;
	return 0;
}

struct text
trim(struct text t)
{
	size_t k;

	if (t.len > 0 && printable_ascii((unsigned char)t.s[0]) &&
	    printable_ascii((unsigned char)t.s[t.len - 1]))
		return t;
	while ((k = space_len(t.s, t.len)) > 0) {
		t.s += k;
		t.len -= k;
	}
	while ((k = space_len_back(t.s, t.len)) > 0)
		t.len -= k;
	return t;
}

int
text_eq(struct text t, const char *lit)
{
	size_t i;

	for (i = 0; i < t.len; i++)
		if (lit[i] == '\0' || lit[i] != t.s[i])
			return 0;
	return lit[i] == '\0';
}

size_t
fmt_uint(char *buf, unsigned long long v)
{
	char tmp[20];
	size_t n = sizeof tmp, len;

	do
		tmp[--n] = (char)('0' + v % 10);
	while ((v /= 10) != 0);
	len = sizeof tmp - n;
	memcpy(buf, tmp + n, len);
	return len;
}
