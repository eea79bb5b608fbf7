/*
 * The JSON writer (json_begin, json_key_text, json_key_num,
 * json_key_null, json_key_tags, json_end): whatever bytes go in, the
 * object that comes out is one line of valid JSON that the strict parser
 * in lib/jsonparse.c accepts, with the members in order and every string
 * equal to its input with each invalid UTF-8 byte replaced by U+FFFD.
 */
#include <limits.h>
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"

enum { MAXM = 6 };

static struct jparser *jp;
static char *want;
static size_t wantcap;

static void
same_text(struct text got, const char *s, size_t n, const char *what)
{
	size_t k = fz_utf8_repair(s, n, &want, &wantcap);

	FZ_CHECK(fz_memeq(got.s, got.len, want, k), "%s does not come back", what);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *out;
	struct text piece[2 * MAXM];
	char *key[MAXM];
	int type[MAXM];
	long long num[MAXM];
	struct artline tl[MAXM];
	struct article a;
	struct jsonobj o;
	struct jvalue *root, *v, *e;
	size_t nm, np, i, j, len, n, ntags;

	if (size < 2)
		return 0;
	if (jp == NULL)
		jp = jp_new();
	/* data[0]: members; data[1]: their types; then lengths, then text */
	nm = 1 + data[0] % MAXM;
	np = 2 * nm;
	if (fz_cut(data, size, 2, np, piece) != 0)
		return 0;
	memset(&a, 0, sizeof a);
	a.trailer = tl;
	for (i = 0; i < nm; i++) {
		/* keys are C strings */
		key[i] = estrndup(piece[2 * i].s, piece[2 * i].len);
		type[i] = (data[1] >> (i % 4 * 2)) & 3;
		num[i] = 0;
		for (j = 0; j < piece[2 * i + 1].len && j < 8; j++)
			num[i] = (long long)((unsigned long long)num[i] << 8 |
			    (unsigned char)piece[2 * i + 1].s[j]);
		/* the values double as trailer lines, labels and share markers */
		tl[i].t = piece[2 * i + 1];
		tl[i].lineno = i + 1;
		tl[i].kind = i % 3 == 2 ? TRAILER_SHARE : TRAILER_LABEL;
	}
	a.ntrailer = nm;

	fz_capture_begin();
	json_begin(&o);
	for (i = 0; i < nm; i++) {
		switch (type[i]) {
		case 0: json_key_text(&o, key[i], piece[2 * i + 1].s, piece[2 * i + 1].len); break;
		case 1: json_key_num(&o, key[i], num[i]); break;
		case 2: json_key_null(&o, key[i]); break;
		case 3: json_key_tags(&o, key[i], &a); break;
		}
	}
	json_end(&o);
	out = fz_capture_end(&n);

	FZ_CHECK(n > 0 && out[n - 1] == '\n' && memchr(out, '\n', n) == out + n - 1,
	    "the object is not one line");
	for (i = 0; i < n; i += len) {
		len = fz_utf8_valid((const unsigned char *)out + i, n - i);
		FZ_CHECK(len > 0, "invalid UTF-8 in the output at byte %zu", i);
		FZ_CHECK((unsigned char)out[i] >= 0x20 || i == n - 1,
		    "a raw control character in the output");
	}
	if (jp_parse(jp, out, n - 1, &root) != 0)
		fz_fail("the output does not parse: %s at column %zu", jp_error(jp),
		    jp_column(jp));
	FZ_CHECK(root->type == JSON_OBJECT && root->n == nm, "not an object of %zu members", nm);
	for (i = 0, v = root->child; i < nm; i++, v = v->next) {
		FZ_CHECK(v != NULL, "member %zu is missing", i + 1);
		same_text(v->key, key[i], strlen(key[i]), "a key");
		switch (type[i]) {
		case 0:
			FZ_CHECK(v->type == JSON_STRING, "member %zu is not a string", i + 1);
			same_text(v->str, piece[2 * i + 1].s, piece[2 * i + 1].len, "a string");
			break;
		case 1: {
			long long got;

			FZ_CHECK(v->type == JSON_NUMBER, "member %zu is not a number", i + 1);
			FZ_CHECK(jv_integer(v, &got) == 0 && got == num[i],
			    "member %zu is not the number %lld", i + 1, num[i]);
			break;
		}
		case 2:
			FZ_CHECK(v->type == JSON_NULL, "member %zu is not null", i + 1);
			break;
		case 3:
			FZ_CHECK(v->type == JSON_ARRAY, "member %zu is not an array", i + 1);
			ntags = 0;
			e = v->child;
			for (j = 0; j < nm; j++) {
				struct text t;

				if (tl[j].kind != TRAILER_LABEL)
					continue;
				FZ_CHECK(e != NULL && e->type == JSON_STRING, "a tag is missing");
				t = trim(tl[j].t);
				same_text(e->str, t.s, t.len, "a tag");
				e = e->next;
				ntags++;
			}
			FZ_CHECK(e == NULL && v->n == ntags, "too many tags");
			break;
		}
	}
	for (i = 0; i < nm; i++)
		free(key[i]);
	return 0;
}
