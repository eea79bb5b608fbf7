/*
 * The sentence splitter (sent_begin, sent_next, sent_count,
 * sent_uax_end) without rules and with the rules of every language of the table.
 * Properties:
 *  - sentences are non-empty substrings of the paragraph, in order, that
 *    neither begin nor end with white space, and what lies between them
 *    is white space only: they concatenate back to the paragraph modulo
 *    white space;
 *  - without rules the sentences are exactly the UAX #29 segments that
 *    sent_uax_end() gives, trailing white space trimmed, segments of only
 *    white space left out (so only there may a sentence start with white
 *    space);
 *  - sent_count() equals the number of sentences.
 */
#include <string.h>

#include "fuzz.h"

static struct abbrevs *rules[LANG_MAX];

static int
white_cp(uint32_t cp)
{
	int sb = uc_sb(cp);

	return sb == SB_SP || sb == SB_SEP || sb == SB_CR || sb == SB_LF;
}

/* Length of the white space character at s, or 0. */
static size_t
white_at(const char *s, size_t n)
{
	uint32_t cp;
	size_t k = utf8_decode((const unsigned char *)s, n, &cp);

	return white_cp(cp) ? k : 0;
}

static int
ends_white(struct text t)
{
	size_t i, k;
	uint32_t cp = 0;

	for (i = 0; i < t.len; i += k)
		k = utf8_decode((const unsigned char *)t.s + i, t.len - i, &cp);
	return t.len > 0 && white_cp(cp);
}

static void
split(const char *s, size_t n, const struct abbrevs *ab, const char *name)
{
	struct sentsplit sp;
	struct text t;
	size_t pos = 0, count = 0, k, b, e;

	sent_begin(&sp, ab, s, n);
	b = 0;
	while (sent_next(&sp, &t)) {
		FZ_CHECK(++count <= n, "%s: more sentences than bytes", name);
		FZ_CHECK(t.len > 0 && t.s >= s + pos && t.len <= n &&
		    (size_t)(t.s - s) <= n - t.len, "%s: sentence %zu is out of order",
		    name, count);
		/* only white space since the last sentence */
		while (s + pos < t.s) {
			k = white_at(s + pos, n - pos);
			FZ_CHECK(k > 0, "%s: text lost before sentence %zu at byte %zu",
			    name, count, pos);
			pos += k;
		}
		FZ_CHECK(s + pos == t.s, "%s: sentence %zu starts inside a character",
		    name, count);
		FZ_CHECK(!ends_white(t), "%s: sentence %zu ends in white space", name, count);
		if (ab != NULL) {
			FZ_CHECK(white_at(t.s, t.len) == 0,
			    "%s: sentence %zu starts with white space", name, count);
		} else {
			/* the next UAX #29 segment that is not only white space */
			for (;;) {
				e = sent_uax_end(s, n, b);
				FZ_CHECK(e > b && e <= n, "sent_uax_end(%zu) gave %zu", b, e);
				if (e > pos)
					break;
				b = e;
			}
			FZ_CHECK((size_t)(t.s - s) == b && b + t.len <= e,
			    "UAX #29: sentence %zu is not the segment %zu-%zu", count, b, e);
			for (k = b + t.len; k < e; k += white_at(s + k, n - k))
				FZ_CHECK(white_at(s + k, n - k) > 0, "UAX #29: sentence %zu lost "
				    "text at the end of its segment", count);
			b = e;
		}
		pos += t.len;
	}
	while (pos < n) {
		k = white_at(s + pos, n - pos);
		FZ_CHECK(k > 0, "%s: text lost after the last sentence at byte %zu", name, pos);
		pos += k;
	}
	FZ_CHECK(sent_count(ab, s, n) == count, "%s: sent_count is not %zu", name, count);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;

	const struct lang *l;
	size_t k;

	if (rules[0] == NULL)
		for (k = 0; (l = lang_at(k)) != NULL; k++)
			rules[k] = abbrev_new(l);
	split(s, size, NULL, "UAX #29");
	for (k = 0; (l = lang_at(k)) != NULL; k++)
		split(s, size, rules[k], l->code);
	return 0;
}
