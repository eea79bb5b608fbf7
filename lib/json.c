/* JSON output that is valid whatever the input: control characters are
 * escaped and bytes that are not UTF-8 become U+FFFD. */
#include <string.h>

#include "artkit.h"

#define ONES 0x0101010101010101ull
#define HIGH_BITS (0x80 * ONES)

/* Whether one of eight bytes is a control character, '"', '\\', DEL or
 * not ASCII, so that it needs a look of its own.  (v - ONES) & ~v has the
 * high bit of some byte set exactly when a byte of v is zero, and so for
 * bytes below 0x20 when no byte has its high bit set. */
static int
needs_look(const unsigned char *p)
{
	uint64_t x, q, b, d;

	memcpy(&x, p, 8);
	q = x ^ '"' * ONES;
	b = x ^ '\\' * ONES;
	d = x ^ 0x7F * ONES;
	return (((x - 0x20 * ONES) & ~x) | ((q - ONES) & ~q) | ((b - ONES) & ~b) |
	    ((d - ONES) & ~d) | x) & HIGH_BITS ? 1 : 0;
}

void
json_string(const char *s, size_t n)
{
	static const char hex[] = "0123456789abcdef";
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, start = 0, end, k;
	uint32_t cp;
	char esc[6];

	out_char('"');
	while (i < n) {
		/* plain printable ASCII, eight bytes at a time, then the
		 * bytes up to the one that needs a look */
		while (i + 8 <= n && !needs_look(u + i))
			i += 8;
		for (end = n - i > 8 ? i + 8 : n; i < end && u[i] >= 0x20 && u[i] < 0x7F &&
		    u[i] != '"' && u[i] != '\\'; i++)
			;
		if (i == end)
			continue;
		if (u[i] >= 0x80) {
			k = utf8_decode(u + i, n - i, &cp);
			if (cp != UTF8_INVALID) {
				i += k;
				continue;
			}
		}
		out_write(s + start, i - start);
		switch (u[i]) {
		case '"': out_write("\\\"", 2); break;
		case '\\': out_write("\\\\", 2); break;
		case '\n': out_write("\\n", 2); break;
		case '\r': out_write("\\r", 2); break;
		case '\t': out_write("\\t", 2); break;
		case '\b': out_write("\\b", 2); break;
		case '\f': out_write("\\f", 2); break;
		default:
			if (u[i] >= 0x80) {
				out_write("\xEF\xBF\xBD", 3);
				break;
			}
			esc[0] = '\\';
			esc[1] = 'u';
			esc[2] = '0';
			esc[3] = '0';
			esc[4] = hex[u[i] >> 4];
			esc[5] = hex[u[i] & 15];
			out_write(esc, 6);
		}
		i++;
		start = i;
	}
	out_write(s + start, i - start);
	out_char('"');
}

void
json_begin(struct jsonobj *o)
{
	o->n = 0;
	out_char('{');
}

void
json_key(struct jsonobj *o, const char *key)
{
	if (o->n++ > 0)
		out_char(',');
	json_string(key, strlen(key));
	out_char(':');
}

void
json_key_text(struct jsonobj *o, const char *key, const char *s, size_t n)
{
	json_key(o, key);
	json_string(s, n);
}

void
json_key_num(struct jsonobj *o, const char *key, long long v)
{
	json_key(o, key);
	if (v >= 0)
		out_uint((unsigned long long)v, 0);
	else
		out_printf("%lld", v);
}

void
json_key_null(struct jsonobj *o, const char *key)
{
	json_key(o, key);
	out_write("null", 4);
}

void
json_end(struct jsonobj *o)
{
	(void)o;
	out_write("}\n", 2);
}

/* The trailer's label lines as an array of strings, the "tags" of arthdr -j
 * and artjson. */
void
json_key_tags(struct jsonobj *o, const char *key, const struct article *a)
{
	struct text v;
	size_t i;
	int n = 0;

	json_key(o, key);
	out_char('[');
	for (i = 0; i < a->ntrailer; i++) {
		if (a->trailer[i].kind != TRAILER_LABEL)
			continue;
		if (n++ > 0)
			out_char(',');
		v = trim(a->trailer[i].t);
		json_string(v.s, v.len);
	}
	out_char(']');
}
