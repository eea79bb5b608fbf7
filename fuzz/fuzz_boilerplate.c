/*
 * The boilerplate rules (bp_clean, bp_normalize, html_decode, bp_inline,
 * bp_is_content, bp_points_ahead, bp_headline, the user rules bp_rules_*
 * and the corpus counts bp_count_*) on each line of the input.
 * Properties:
 *  - bp_clean() never grows a line, ends it with a NUL, leaves no white
 *    space but single inner spaces, is idempotent, and keeps every byte
 *    that is neither white space nor an invisible character, in order;
 *  - bp_inline() gives BP_KEPT or a named reason, the same one twice
 *    and the same as bp_inline_rules(), without its shortcut, and leaves
 *    a line of more than 600 bytes with a letter or digit alone;
 *  - a line that bp_prose_look() calls clean is one that bp_normalize()
 *    leaves as it is, and one it keeps the rules keep;
 *  - a fixed user rule matches its own line, and every line may be a
 *    pattern (the limits of user patterns keep them cheap or refuse
 *    them);
 *  - html_decode() never grows a line, works in place, and makes no "&"
 *    of nothing; html_decode() and bp_normalize() are idempotent;
 *  - bp_count_get() is the number of articles a line of at most
 *    BP_COUNT_MAXLEN bytes occurs in, 0 for longer or empty lines.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

static struct fz_lines lines;
static char *buf, *buf2, *rules;
static size_t bufcap, rulescap;
static struct bpnorm norm;

struct occ {
	struct text t;
	unsigned long article;
};

/* Invisible characters bp_clean() drops: soft hyphen, zero-width space,
 * non-joiner and joiner, word joiner, BOM, Mongolian vowel separator. */
static size_t
invisible(const unsigned char *u, size_t n)
{
	static const char *const seq[] = {
		"\xC2\xAD", "\xE2\x80\x8B", "\xE2\x80\x8C", "\xE2\x80\x8D",
		"\xE2\x81\xA0", "\xEF\xBB\xBF", "\xE1\xA0\x8E", NULL
	};
	size_t k;
	int i;

	for (i = 0; seq[i] != NULL; i++) {
		k = strlen(seq[i]);
		if (n >= k && memcmp(u, seq[i], k) == 0)
			return k;
	}
	return 0;
}

static void
check_clean(struct text in, struct text out)
{
	size_t i, o = 0, k, n2;

	FZ_CHECK(out.len <= in.len && out.s[out.len] == '\0', "bp_clean grew a line");
	FZ_CHECK(out.len == 0 || (out.s[0] != ' ' && out.s[out.len - 1] != ' '),
	    "bp_clean left a space at an end");
	for (i = 0; i + 1 < out.len; i++)
		FZ_CHECK(out.s[i] != ' ' || out.s[i + 1] != ' ', "bp_clean left two spaces");
	/* what is not white space or invisible stays, in order; an invisible
	 * character may stay too (between an unfinished sequence and a
	 * continuation byte, which it keeps apart) */
	for (i = 0; i < in.len; i += k) {
		if ((k = invisible((const unsigned char *)in.s + i, in.len - i)) > 0) {
			size_t q = o;

			while (q < out.len && out.s[q] == ' ')
				q++;
			if (q + k <= out.len && memcmp(out.s + q, in.s + i, k) == 0)
				o = q + k;
			continue;
		}
		if ((k = space_len(in.s + i, in.len - i)) > 0)
			continue;
		k = 1;
		while (o < out.len && out.s[o] == ' ')
			o++;
		FZ_CHECK(o < out.len && out.s[o] == in.s[i], "bp_clean lost byte %zu", i);
		o++;
	}
	while (o < out.len && out.s[o] == ' ')
		o++;
	FZ_CHECK(o == out.len, "bp_clean added text");
	/* cleaning twice changes nothing */
	n2 = bp_clean(out.s, out.len, buf2);
	FZ_CHECK(fz_memeq(buf2, n2, out.s, out.len), "bp_clean is not idempotent");
}

static int
occcmp(const void *a, const void *b)
{
	const struct occ *x = a, *y = b;
	size_t n = x->t.len < y->t.len ? x->t.len : y->t.len;
	int c = n > 0 ? memcmp(x->t.s, y->t.s, n) : 0;

	if (c != 0)
		return c;
	if (x->t.len != y->t.len)
		return x->t.len < y->t.len ? -1 : 1;
	return (x->article > y->article) - (x->article < y->article);
}

/* html_decode() on one line: never longer, the same in place; it and
 * bp_normalize() change nothing on a second pass. */
static void
check_decode(struct text in)
{
	size_t n, n2, amp_in = 0, amp_out = 0, i;
	struct text t;
	enum bp_look look;
	char *once;

	n = html_decode(in.s, in.len, buf);
	FZ_CHECK(n <= in.len && buf[n] == '\0', "html_decode grew a line");
	n2 = html_decode(buf, n, buf2);
	FZ_CHECK(fz_memeq(buf2, n2, buf, n), "html_decode is not idempotent");
	for (i = 0; i < in.len; i++)
		amp_in += in.s[i] == '&';
	for (i = 0; i < n; i++)
		amp_out += buf[i] == '&';
	FZ_CHECK(amp_out <= amp_in, "html_decode made an ampersand of nothing");
	memcpy(buf2, in.s, in.len);
	n2 = html_decode(buf2, in.len, buf2);
	FZ_CHECK(fz_memeq(buf2, n2, buf, n), "html_decode differs in place");

	t = bp_normalize(&norm, in.s, in.len);
	FZ_CHECK(t.s[t.len] == '\0', "bp_normalize left no NUL");
	look = bp_prose_look(in);
	FZ_CHECK(look == BP_LOOK_UNSURE || fz_memeq(t.s, t.len, in.s, in.len),
	    "bp_prose_look called a line clean that cleaning changes");
	FZ_CHECK(look != BP_LOOK_KEPT || bp_inline_rules(t) == BP_KEPT,
	    "bp_prose_look kept a line that a rule removes");
	once = estrndup(t.s, t.len);
	n = t.len;
	t = bp_normalize(&norm, once, n);
	FZ_CHECK(fz_memeq(t.s, t.len, once, n), "bp_normalize is not idempotent");
	free(once);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *path;
	enum bp_reason why, again;
	struct bpcount *bc;
	struct bprules *br;
	struct occ *occ;
	struct text in, out, t;
	size_t i, j, n, len, nocc = 0, want;
	unsigned long article = 1;
	int alnum, fd;

	if (bufcap < size + 1) {
		bufcap = size + 1;
		buf = erealloc(buf, bufcap);
		buf2 = erealloc(buf2, bufcap);
	}
	fz_split_lines(s, size, &lines);
	occ = ereallocarray(NULL, lines.n + 1, sizeof occ[0]);
	bc = bp_count_new();
	for (i = 0; i < lines.n; i++) {
		in = lines.v[i];
		if (in.len == 1 && in.s[0] == '\f') {
			article++;
			continue;
		}
		out.len = bp_clean(in.s, in.len, buf);
		out.s = buf;
		check_clean(in, out);

		why = bp_inline(out);
		again = bp_inline(out);
		FZ_CHECK(why < BP_NREASONS && bp_reason_name(why)[0] != '\0',
		    "bp_inline gave no named reason");
		FZ_CHECK(why == again, "bp_inline changed its mind");
		FZ_CHECK(why == bp_inline_rules(out), "bp_inline and its rules differ");
		for (j = 0, alnum = 0; j < out.len; j++)
			if ((out.s[j] >= '0' && out.s[j] <= '9') ||
			    ((out.s[j] | 0x20) >= 'a' && (out.s[j] | 0x20) <= 'z'))
				alnum = 1;
		FZ_CHECK(out.len <= 600 || !alnum || why == BP_KEPT,
		    "bp_inline removed a line of %zu bytes as %s", out.len,
		    bp_reason_name(why));
		(void)bp_is_content(out);
		(void)bp_points_ahead(out);
		(void)bp_headline(out);

		/* the corpus counts, of the cleaned line, as artstrip -r keeps them */
		t.s = estrndup(out.s, out.len);
		t.len = out.len;
		occ[nocc].t = t;
		occ[nocc].article = article;
		nocc++;
		bp_count_add(bc, t, article);
	}
	qsort(occ, nocc, sizeof occ[0], occcmp);
	for (i = 0; i < nocc; i = j) {
		want = 0;
		for (j = i; j < nocc && fz_memeq(occ[j].t.s, occ[j].t.len, occ[i].t.s, occ[i].t.len); j++)
			if (j == i || occ[j].article != occ[j - 1].article)
				want++;
		if (occ[i].t.len == 0 || occ[i].t.len > BP_COUNT_MAXLEN)
			want = 0;
		n = bp_count_get(bc, occ[i].t);
		FZ_CHECK(n == want, "bp_count_get says %zu, the line is in %zu articles", n, want);
	}
	bp_count_free(bc);
	for (i = 0; i < nocc; i++)
		free((char *)occ[i].t.s);
	free(occ);

	for (i = 0; i < lines.n; i++)
		check_decode(lines.v[i]);

	/* the lines as a rules file: the pattern limits keep every one of
	 * them cheap to compile and to run, or refuse it */
	if (rulescap < size + 1) {
		rulescap = size + 1;
		rules = erealloc(rules, rulescap);
	}
	for (i = 0, len = 0; i < lines.n; i++) {
		memcpy(rules + len, lines.v[i].s, lines.v[i].len);
		len += lines.v[i].len;
		rules[len++] = '\n';
	}
	br = bp_rules_new();
	fd = fz_pipe(rules, len, &path);
	(void)bp_rules_load(br, path);
	close(fd);
	for (i = 0; i < lines.n; i++) {
		t = trim(lines.v[i]);
		if (t.len == 0 || t.s[0] == '#' || t.s[0] == '/')
			continue;
		out = bp_normalize(&norm, t.s, t.len);
		FZ_CHECK(bp_rules_match(br, out), "the fixed rule of line %zu does not match it",
		    i + 1);
	}
	/* the patterns run on every line, within their limits */
	for (i = 0; i < lines.n; i++) {
		out = bp_normalize(&norm, lines.v[i].s, lines.v[i].len);
		(void)bp_rules_match(br, out);
	}
	bp_rules_free(br);
	return 0;
}
