/*
 * The word tokenizer (word_init, word_next, word_count), in artkit's mode
 * and in plain UAX #29 mode.  Properties:
 *  - the tokens are non-empty substrings of the input, in order, and
 *    together they are the input, byte for byte;
 *  - a token's kind follows from what it holds: TOK_WORD a letter or a
 *    digit, TOK_SPACE only white space, TOK_PUNCT anything else;
 *  - word_count() equals the number of TOK_WORD tokens, and word_list()
 *    writes exactly the tokens of the kinds asked for, each on a line,
 *    within the room of 2 * n bytes it is given, with each block engine;
 *  - in text without URLs and e-mail addresses artkit's rules only join:
 *    every boundary artkit's mode finds is a UAX #29 boundary too.  (A
 *    link may end where UAX #29 would go on, as at U+202F or before a
 *    final ".00", and what follows starts afresh.)
 */
#include <stdlib.h>
#include <string.h>

#include "fuzz.h"
#include "word_priv.h"

static unsigned char *uaxb;     /* UAX #29 boundary at each offset */
static size_t uaxcap;

static int
expected_kind(struct text t)
{
	const unsigned char *s = (const unsigned char *)t.s;
	size_t i, k;
	uint32_t cp;
	int alnum = 0, nonspace = 0, gc, sb;

	for (i = 0; i < t.len; i += k) {
		k = utf8_decode(s + i, t.len - i, &cp);
		gc = uc_gc(cp);
		sb = uc_sb(cp);
		if (uc_alpha(cp) || gc == GC_DIGIT || gc == GC_NUMBER)
			alnum = 1;
		if (gc != GC_SPACE && sb != SB_SP && sb != SB_SEP && sb != SB_CR &&
		    sb != SB_LF)
			nonspace = 1;
	}
	return alnum ? TOK_WORD : nonspace ? TOK_PUNCT : TOK_SPACE;
}

/* Whether s may hold a URL or an e-mail address. */
static int
has_link(const char *s, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (s[i] == '@' || (s[i] == ':' && n - i >= 3 && s[i + 1] == '/' &&
		    s[i + 2] == '/') || ((s[i] | 0x20) == 'w' && n - i >= 4 &&
		    (s[i + 1] | 0x20) == 'w' && (s[i + 2] | 0x20) == 'w' && s[i + 3] == '.'))
			return 1;
	return 0;
}

/* Tokenize; marks 1: record the boundaries, 0: check them, -1: neither. */
static size_t
tokens(const char *s, size_t n, int flags, int marks)
{
	struct wordit w;
	struct text tok;
	size_t pos = 0, words = 0, count = 0;
	int kind;

	word_init(&w, s, n, flags);
	while ((kind = word_next(&w, &tok)) != 0) {
		FZ_CHECK(++count <= n, "more tokens than bytes");
		FZ_CHECK(tok.s == s + pos && tok.len > 0 && tok.len <= n - pos,
		    "token %zu is not the next piece of the input", count);
		FZ_CHECK(kind == TOK_WORD || kind == TOK_SPACE || kind == TOK_PUNCT,
		    "token %zu has kind %d", count, kind);
		/* a URL or e-mail address is a word whatever it holds */
		FZ_CHECK(kind == expected_kind(tok) || (kind == TOK_WORD && !(flags & WORD_UAX29)),
		    "token %zu '%.*s' has kind %d", count, (int)tok.len, tok.s, kind);
		if (kind == TOK_WORD)
			words++;
		if (marks == 0)
			FZ_CHECK(uaxb[pos], "a boundary at %zu that UAX #29 does not have", pos);
		pos += tok.len;
		if (marks == 1)
			uaxb[pos] = 1;
	}
	FZ_CHECK(pos == n, "the tokens end at %zu of %zu bytes", pos, n);
	FZ_CHECK(word_next(&w, &tok) == 0, "a token after the end");
	return words;
}

/* word_list() against word_next() for one set of kinds. */
static void
check_list(const char *s, size_t n, int flags, unsigned kinds)
{
	struct wordit w;
	struct text tok;
	char *out, *want = emalloc(2 * n + 1);
	size_t len, wlen = 0;
	int kind;

	word_init(&w, s, n, flags);
	while ((kind = word_next(&w, &tok)) != 0)
		if (kinds & 1u << kind) {
			memcpy(want + wlen, tok.s, tok.len);
			wlen += tok.len;
			want[wlen++] = '\n';
		}
	/* exactly 2 * n bytes of room, so that ASan sees any overflow */
	out = emalloc(n > 0 ? 2 * n : 1);
	len = word_list(s, n, flags, kinds, out);
	FZ_CHECK(len <= 2 * n, "word_list wrote %zu bytes for %zu", len, n);
	FZ_CHECK(fz_memeq(out, len, want, wlen),
	    "word_list (flags %d, kinds %u) differs from word_next", flags, kinds);
	free(out);
	free(want);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *name;
	size_t words, count, e;

	if (uaxcap < size + 1) {
		uaxcap = size + 1;
		uaxb = erealloc(uaxb, uaxcap);
	}
	memset(uaxb, 0, size + 1);
	uaxb[0] = 1;
	tokens(s, size, WORD_UAX29, 1);
	words = tokens(s, size, 0, has_link(s, size) ? -1 : 0);
	/* each block engine the machine has in turn */
	for (e = 0; (name = charmask_engine_at(e)) != NULL; e++) {
		if (charmask_engine(name) == NULL)
			continue;
		count = word_count(s, size);
		FZ_CHECK(count == words, "word_count (%s) says %zu, word_next finds %zu words",
		    name, count, words);
		check_list(s, size, 0, 1u << TOK_WORD);
	}
	check_list(s, size, 0, 1u << TOK_WORD | 1u << TOK_PUNCT);
	check_list(s, size, WORD_UAX29, 1u << TOK_WORD | 1u << TOK_PUNCT);
	check_list(s, size, size > 0 ? data[0] & WORD_UAX29 : 0,
	    1u << TOK_WORD | 1u << TOK_PUNCT | 1u << TOK_SPACE);
	return 0;
}
