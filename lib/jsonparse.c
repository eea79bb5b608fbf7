/*
 * A strict JSON parser (RFC 8259) for one JSON text held in memory, such
 * as one line of JSON Lines.  It builds a tree of values in blocks that
 * the parser keeps and reuses, so parsing line after line allocates
 * nothing once the blocks and the string buffer have grown to fit.
 *
 * Strict means: exactly one value and nothing after it but white space;
 * no comments, trailing commas, single quotes, NaN, leading zeros, bare
 * control characters or invalid UTF-8 in strings, and no \u escape that
 * leaves a surrogate unpaired.  Nesting is limited, so no input can
 * exhaust the stack.
 */
#include <stdio.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

enum { JP_BLOCK = 1024, JP_MAXDEPTH = 512 };

struct jblock {
	struct jblock *next;
	struct jvalue v[JP_BLOCK];
};

struct jparser {
	const unsigned char *s;
	size_t n, pos;
	int depth;
	struct jblock *first, *cur;
	size_t used;            /* values used in cur */
	char *str;              /* decoded strings, each NUL-terminated */
	size_t strcap, strused;
	size_t errpos;
	char err[96];
};

struct jparser *
jp_new(void)
{
	struct jparser *p = emalloc(sizeof *p);

	memset(p, 0, sizeof *p);
	return p;
}

void
jp_free(struct jparser *p)
{
	struct jblock *b, *next;

	if (p == NULL)
		return;
	for (b = p->first; b != NULL; b = next) {
		next = b->next;
		free(b);
	}
	free(p->str);
	free(p);
}

const char *
jp_error(const struct jparser *p)
{
	return p->err;
}

size_t
jp_column(const struct jparser *p)
{
	return p->errpos + 1;
}

static struct jvalue *
fail(struct jparser *p, size_t at, const char *fmt, const char *arg)
{
	if (p->err[0] == '\0') {
		snprintf(p->err, sizeof p->err, fmt, arg);
		p->errpos = at;
	}
	return NULL;
}

/* A short printable description of the byte at pos. */
static const char *
what(struct jparser *p, char buf[10])
{
	unsigned char c;

	if (p->pos >= p->n)
		return "end of line";
	c = p->s[p->pos];
	if (c > 0x20 && c < 0x7F)
		snprintf(buf, 10, "\"%c\"", c);
	else
		snprintf(buf, 10, "byte %02X", c);
	return buf;
}

static struct jvalue *
unexpected(struct jparser *p, const char *wanted)
{
	char buf[10];

	if (p->err[0] == '\0') {
		snprintf(p->err, sizeof p->err, "expected %s, found %s", wanted, what(p, buf));
		p->errpos = p->pos;
	}
	return NULL;
}

static struct jvalue *
newvalue(struct jparser *p, int type)
{
	struct jvalue *v;

	if (p->cur == NULL || p->used == JP_BLOCK) {
		if (p->cur != NULL && p->cur->next != NULL)
			p->cur = p->cur->next;
		else {
			struct jblock *b = emalloc(sizeof *b);

			b->next = NULL;
			if (p->cur != NULL)
				p->cur->next = b;
			else
				p->first = b;
			p->cur = b;
		}
		p->used = 0;
	}
	v = &p->cur->v[p->used++];
	memset(v, 0, sizeof *v);
	v->type = type;
	return v;
}

static void
skipspace(struct jparser *p)
{
	while (p->pos < p->n && (p->s[p->pos] == ' ' || p->s[p->pos] == '\t' ||
	    p->s[p->pos] == '\n' || p->s[p->pos] == '\r'))
		p->pos++;
}

static int
hex4(const unsigned char *s, uint32_t *v)
{
	int i;

	*v = 0;
	for (i = 0; i < 4; i++) {
		*v <<= 4;
		if (s[i] >= '0' && s[i] <= '9')
			*v |= (uint32_t)(s[i] - '0');
		else if (s[i] >= 'a' && s[i] <= 'f')
			*v |= (uint32_t)(s[i] - 'a' + 10);
		else if (s[i] >= 'A' && s[i] <= 'F')
			*v |= (uint32_t)(s[i] - 'A' + 10);
		else
			return -1;
	}
	return 0;
}

/* A string at pos (which holds the opening quote), decoded into p->str. */
static int
string(struct jparser *p, struct text *out)
{
	size_t start = p->pos, k;
	char *d = p->str + p->strused, *d0 = d;
	uint32_t cp, lo;
	unsigned char c;

	p->pos++;
	for (;;) {
		if (p->pos >= p->n) {
			fail(p, start, "%s", "unterminated string");
			return -1;
		}
		c = p->s[p->pos];
		if (c == '"')
			break;
		if (c < 0x20) {
			fail(p, p->pos, "%s", "control character in string (must be escaped)");
			return -1;
		}
		if (c >= 0x80) {
			k = utf8_decode(p->s + p->pos, p->n - p->pos, &cp);
			if (cp == UTF8_INVALID) {
				fail(p, p->pos, "%s", "invalid UTF-8 in string");
				return -1;
			}
			memcpy(d, p->s + p->pos, k);
			d += k;
			p->pos += k;
			continue;
		}
		if (c != '\\') {
			*d++ = (char)c;
			p->pos++;
			continue;
		}
		if (p->pos + 1 >= p->n) {
			fail(p, start, "%s", "unterminated string");
			return -1;
		}
		switch (p->s[p->pos + 1]) {
		case '"': *d++ = '"'; break;
		case '\\': *d++ = '\\'; break;
		case '/': *d++ = '/'; break;
		case 'b': *d++ = '\b'; break;
		case 'f': *d++ = '\f'; break;
		case 'n': *d++ = '\n'; break;
		case 'r': *d++ = '\r'; break;
		case 't': *d++ = '\t'; break;
		case 'u':
			if (p->n - p->pos < 6 || hex4(p->s + p->pos + 2, &cp) < 0) {
				fail(p, p->pos, "%s", "bad \\u escape (four hex digits expected)");
				return -1;
			}
			if (cp >= 0xDC00 && cp <= 0xDFFF) {
				fail(p, p->pos, "%s", "unpaired surrogate in \\u escape");
				return -1;
			}
			if (cp >= 0xD800 && cp <= 0xDBFF) {
				if (p->n - p->pos < 12 || p->s[p->pos + 6] != '\\' ||
				    p->s[p->pos + 7] != 'u' ||
				    hex4(p->s + p->pos + 8, &lo) < 0 ||
				    lo < 0xDC00 || lo > 0xDFFF) {
					fail(p, p->pos, "%s", "unpaired surrogate in \\u escape");
					return -1;
				}
				cp = 0x10000 + ((cp - 0xD800) << 10) + (lo - 0xDC00);
				p->pos += 6;
			}
			d += utf8_encode(cp, d);
			p->pos += 4;
			break;
		default:
			fail(p, p->pos, "%s", "invalid escape in string");
			return -1;
		}
		p->pos += 2;
	}
	p->pos++;
	*d = '\0';
	out->s = d0;
	out->len = (size_t)(d - d0);
	p->strused += out->len + 1;
	return 0;
}

static int
isdigit_(unsigned char c)
{
	return c >= '0' && c <= '9';
}

static struct jvalue *
number(struct jparser *p)
{
	size_t start = p->pos;
	struct jvalue *v;

	if (p->s[p->pos] == '-')
		p->pos++;
	if (p->pos >= p->n || !isdigit_(p->s[p->pos]))
		return fail(p, start, "%s", "bad number (digit expected)");
	if (p->s[p->pos] == '0') {
		p->pos++;
		if (p->pos < p->n && isdigit_(p->s[p->pos]))
			return fail(p, start, "%s", "bad number (leading zero)");
	} else
		while (p->pos < p->n && isdigit_(p->s[p->pos]))
			p->pos++;
	if (p->pos < p->n && p->s[p->pos] == '.') {
		p->pos++;
		if (p->pos >= p->n || !isdigit_(p->s[p->pos]))
			return fail(p, start, "%s", "bad number (digit expected after '.')");
		while (p->pos < p->n && isdigit_(p->s[p->pos]))
			p->pos++;
	}
	if (p->pos < p->n && (p->s[p->pos] == 'e' || p->s[p->pos] == 'E')) {
		p->pos++;
		if (p->pos < p->n && (p->s[p->pos] == '+' || p->s[p->pos] == '-'))
			p->pos++;
		if (p->pos >= p->n || !isdigit_(p->s[p->pos]))
			return fail(p, start, "%s", "bad number (digit expected in exponent)");
		while (p->pos < p->n && isdigit_(p->s[p->pos]))
			p->pos++;
	}
	v = newvalue(p, JSON_NUMBER);
	v->str.s = (const char *)p->s + start;
	v->str.len = p->pos - start;
	return v;
}

static struct jvalue *value(struct jparser *p);

static struct jvalue *
literal(struct jparser *p, const char *word, int type)
{
	size_t len = strlen(word);

	if (p->n - p->pos < len || memcmp(p->s + p->pos, word, len) != 0)
		return unexpected(p, "true, false or null");
	p->pos += len;
	return newvalue(p, type);
}

/* An array or object at pos (which holds '[' or '{'). */
static struct jvalue *
container(struct jparser *p)
{
	int obj = p->s[p->pos] == '{';
	char close = obj ? '}' : ']';
	struct jvalue *v, *kid, *last = NULL;
	struct text key;

	if (++p->depth > JP_MAXDEPTH)
		return fail(p, p->pos, "%s", "nested too deeply");
	v = newvalue(p, obj ? JSON_OBJECT : JSON_ARRAY);
	p->pos++;
	skipspace(p);
	if (p->pos < p->n && p->s[p->pos] == close) {
		p->pos++;
		p->depth--;
		return v;
	}
	for (;;) {
		if (obj) {
			if (p->pos >= p->n || p->s[p->pos] != '"')
				return unexpected(p, "a member name in double quotes");
			if (string(p, &key) < 0)
				return NULL;
			skipspace(p);
			if (p->pos >= p->n || p->s[p->pos] != ':')
				return unexpected(p, "':'");
			p->pos++;
		}
		if ((kid = value(p)) == NULL)
			return NULL;
		if (obj)
			kid->key = key;
		if (last == NULL)
			v->child = kid;
		else
			last->next = kid;
		last = kid;
		v->n++;
		skipspace(p);
		if (p->pos < p->n && p->s[p->pos] == ',') {
			p->pos++;
			skipspace(p);
			if (p->pos < p->n && p->s[p->pos] == close)
				return fail(p, p->pos, "%s", "trailing comma");
			continue;
		}
		if (p->pos < p->n && p->s[p->pos] == close)
			break;
		return unexpected(p, obj ? "',' or '}'" : "',' or ']'");
	}
	p->pos++;
	p->depth--;
	return v;
}

static struct jvalue *
value(struct jparser *p)
{
	struct jvalue *v;

	skipspace(p);
	if (p->pos >= p->n)
		return unexpected(p, "a value");
	switch (p->s[p->pos]) {
	case '{':
	case '[':
		return container(p);
	case '"':
		v = newvalue(p, JSON_STRING);
		if (string(p, &v->str) < 0)
			return NULL;
		return v;
	case 't':
		return literal(p, "true", JSON_TRUE);
	case 'f':
		return literal(p, "false", JSON_FALSE);
	case 'n':
		return literal(p, "null", JSON_NULL);
	default:
		if (p->s[p->pos] == '-' || isdigit_(p->s[p->pos]))
			return number(p);
		return unexpected(p, "a value");
	}
}

int
jp_parse(struct jparser *p, const char *s, size_t n, struct jvalue **root)
{
	struct jvalue *v;

	p->s = (const unsigned char *)s;
	p->n = n;
	p->pos = 0;
	p->depth = 0;
	p->cur = p->first;
	p->used = 0;
	p->err[0] = '\0';
	p->errpos = 0;
	/* decoded strings never take more room than the text they come from */
	if (p->strcap < n + 1) {
		free(p->str);
		p->strcap = n + 1 < 4096 ? 4096 : n + 1;
		p->str = emalloc(p->strcap);
	}
	p->strused = 0;
	if ((v = value(p)) == NULL)
		return -1;
	skipspace(p);
	if (p->pos < p->n) {
		unexpected(p, "the end of the line after the value");
		return -1;
	}
	*root = v;
	return 0;
}

const struct jvalue *
jv_member(const struct jvalue *obj, const char *key)
{
	const struct jvalue *v;

	if (obj == NULL || obj->type != JSON_OBJECT)
		return NULL;
	for (v = obj->child; v != NULL; v = v->next)
		if (text_eq(v->key, key))
			return v;
	return NULL;
}

int
jv_integer(const struct jvalue *v, long long *out)
{
	long long x = 0;
	size_t i = 0;
	int neg = 0, d;

	if (v == NULL || v->type != JSON_NUMBER || v->str.len == 0)
		return -1;
	if (v->str.s[0] == '-') {
		neg = 1;
		i = 1;
	}
	/* accumulate downwards: the most negative value has no positive twin */
	for (; i < v->str.len; i++) {
		if (!isdigit_((unsigned char)v->str.s[i]))
			return -1;      /* a fraction or an exponent */
		d = v->str.s[i] - '0';
		if (x < (LLONG_MIN + d) / 10)
			return -1;
		x = x * 10 - d;
	}
	if (!neg && x == LLONG_MIN)
		return -1;
	*out = neg ? x : -x;
	return 0;
}
