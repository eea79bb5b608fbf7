/*
 * jp_parse() and the jv_* accessors: a text the parser accepts is valid
 * UTF-8 with no bare control character but white space; writing its tree
 * back out with the JSON writer and parsing that gives the same tree; a
 * text it rejects gets a message and a column inside the text.  Integers
 * that jv_integer() reads print back as their literal.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

static struct jparser *jp, *jp2;

static void
write_value(const struct jvalue *v)
{
	const struct jvalue *k;
	int i = 0;

	switch (v->type) {
	case JSON_NULL: out_str("null"); break;
	case JSON_FALSE: out_str("false"); break;
	case JSON_TRUE: out_str("true"); break;
	case JSON_NUMBER: out_write(v->str.s, v->str.len); break;
	case JSON_STRING: json_string(v->str.s, v->str.len); break;
	case JSON_ARRAY:
	case JSON_OBJECT:
		out_char(v->type == JSON_ARRAY ? '[' : '{');
		for (k = v->child; k != NULL; k = k->next) {
			if (i++ > 0)
				out_char(',');
			if (v->type == JSON_OBJECT) {
				json_string(k->key.s, k->key.len);
				out_char(':');
			}
			write_value(k);
		}
		out_char(v->type == JSON_ARRAY ? ']' : '}');
		break;
	default:
		fz_fail("a value of type %d", v->type);
	}
}

static void
same_tree(const struct jvalue *a, const struct jvalue *b, int inobj)
{
	const struct jvalue *x, *y;
	size_t n = 0;

	FZ_CHECK(a->type == b->type, "a value changed its type");
	if (inobj)
		FZ_CHECK(fz_memeq(a->key.s, a->key.len, b->key.s, b->key.len), "a key changed");
	if (a->type == JSON_NUMBER || a->type == JSON_STRING)
		FZ_CHECK(fz_memeq(a->str.s, a->str.len, b->str.s, b->str.len), "a value changed");
	if (a->type == JSON_STRING)
		FZ_CHECK(a->str.s[a->str.len] == '\0', "a string is not NUL-terminated");
	FZ_CHECK(a->n == b->n, "a container changed its size");
	for (x = a->child, y = b->child; x != NULL; x = x->next, y = y->next) {
		FZ_CHECK(y != NULL, "a container lost an element");
		same_tree(x, y, a->type == JSON_OBJECT);
		n++;
	}
	FZ_CHECK(y == NULL && n == a->n, "a container's count is wrong");
}

static void
check_numbers(const struct jvalue *v)
{
	const struct jvalue *k;
	long long x;
	char buf[32];

	if (v->type == JSON_NUMBER && jv_integer(v, &x) == 0) {
		snprintf(buf, sizeof buf, "%lld", x);
		FZ_CHECK(fz_memeq(buf, strlen(buf), v->str.s, v->str.len) ||
		    (x == 0 && fz_memeq("-0", 2, v->str.s, v->str.len)),
		    "jv_integer read %lld from %.*s", x, (int)v->str.len, v->str.s);
	}
	for (k = v->child; k != NULL; k = k->next)
		check_numbers(k);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *out;
	struct jvalue *root, *again;
	const struct jvalue *k, *m;
	size_t i, len, n;

	if (jp == NULL) {
		jp = jp_new();
		jp2 = jp_new();
	}
	if (jp_parse(jp, s, size, &root) != 0) {
		FZ_CHECK(jp_error(jp)[0] != '\0', "a rejection without a message");
		FZ_CHECK(jp_column(jp) >= 1 && jp_column(jp) <= size + 1,
		    "column %zu of a %zu-byte text", jp_column(jp), size);
		return 0;
	}
	for (i = 0; i < size; i += len) {
		len = fz_utf8_valid(data + i, size - i);
		FZ_CHECK(len > 0, "accepted invalid UTF-8 at byte %zu", i);
		FZ_CHECK(data[i] >= 0x20 || data[i] == ' ' || data[i] == '\t' ||
		    data[i] == '\n' || data[i] == '\r', "accepted a bare control character");
	}
	check_numbers(root);
	if (root->type == JSON_OBJECT)
		for (k = root->child; k != NULL; k = k->next) {
			char *key = estrndup(k->key.s, k->key.len);

			/* keys with a NUL inside cannot be asked for */
			if (strlen(key) == k->key.len) {
				m = jv_member(root, key);
				FZ_CHECK(m != NULL && text_eq(m->key, key), "jv_member misses a key");
				for (const struct jvalue *e = root->child; e != m; e = e->next)
					FZ_CHECK(!fz_memeq(e->key.s, e->key.len, key, k->key.len),
					    "jv_member did not give the first member");
			}
			free(key);
		}
	fz_capture_begin();
	write_value(root);
	out = fz_capture_end(&n);
	if (jp_parse(jp2, out, n, &again) != 0)
		fz_fail("the tree written back does not parse: %s", jp_error(jp2));
	same_tree(root, again, 0);
	return 0;
}
