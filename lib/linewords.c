/*
 * The words of a line as the built-in rules count them: space-separated
 * chunks that hold a letter, digit or other word character, without the
 * punctuation around them; and whether a line ends a sentence.
 */
#include <stdint.h>
#include <string.h>

#include "rules.h"


/* A character that makes a word: a letter, a digit or number, the
 * copyright sign, or a byte that is not valid UTF-8 (unknown, so it is
 * taken as text). */
static int
word_char(uint32_t cp)
{
	int gc;

	if (cp == UTF8_INVALID || cp == 0xA9)
		return 1;
	gc = uc_gc(cp);
	return gc == GC_LETTER || gc == GC_DIGIT || gc == GC_NUMBER || gc == GC_MARK;
}


/* The length of the character at u[0..n), and in *word whether it makes
 * a word; ASCII, most of the text, without a table lookup. */
size_t
bp_char_at(const unsigned char *u, size_t n, int *word)
{
	uint32_t cp;
	size_t k;

	if (u[0] < 0x80) {
		*word = ascii_alnum(u[0]);
		return 1;
	}
	k = utf8_decode(u, n, &cp);
	*word = word_char(cp);
	return k;
}

size_t
bp_word_step(const unsigned char *u, size_t i, size_t n, struct wordspan *span)
{
	int word;
	size_t k = bp_char_at(u + i, n - i, &word);

	if (word)
		bp_span_add(span, i, k);
	return k;
}

/* The next space-separated chunk of s[*pos..n) that holds a word
 * character, without the punctuation and symbols around it.  0 at the
 * end. */
int
bp_next_word(const char *s, size_t n, size_t *pos, struct text *w)
{
	const unsigned char *u = (const unsigned char *)s;
	struct wordspan span;
	size_t i = *pos;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		span.found = 0;
		while (i < n && s[i] != ' ')
			i += bp_word_step(u, i, n, &span);
		if (span.found) {
			w->s = s + span.first;
			w->len = span.last - span.first;
			*pos = i;
			return 1;
		}
	}
	*pos = n;
	return 0;
}

/* The chunks bp_next_word() would find, counted without taking their
 * bounds: ASCII, most of the text, is looked at in place. */
size_t
bp_count_words(struct text t, size_t most)
{
	const unsigned char *u = (const unsigned char *)t.s;
	size_t i = 0, n = 0;
	int found = 0, word;

	while (i < t.len && n < most) {
		if (u[i] == ' ') {
			n += (size_t)found;
			found = 0;
			i++;
		} else if (u[i] < 0x80)
			found |= ascii_alnum(u[i++]);
		else {
			i += bp_char_at(u + i, t.len - i, &word);
			found |= word;
		}
	}
	return n < most ? n + (size_t)found : n;
}

/* Length of the closing quote (», ”, ’ or ›) that ends s[0..n), or 0. */
static size_t
closer_back(const unsigned char *u, size_t n)
{
	if (n >= 2 && u[n - 2] == 0xC2 && u[n - 1] == 0xBB)
		return 2;
	if (n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 &&
	    (u[n - 1] == 0x9D || u[n - 1] == 0x99 || u[n - 1] == 0xBA))
		return 3;
	return 0;
}

/* Does t end a sentence?  Closing quotes and brackets after the mark do
 * not count. */
int
bp_ends_sentence(struct text t)
{
	const unsigned char *u = (const unsigned char *)t.s;
	size_t n = t.len, k;
	unsigned char last;

	for (;;) {
		if (n == 0)
			return 0;
		last = u[n - 1];
		if (last == '.' || last == '!' || last == '?')
			return 1;
		if (last == '"' || last == '\'' || last == ')' || last == ']' || last == ' ')
			n--;
		else if ((k = closer_back(u, n)) > 0)
			n -= k;
		else
			return n >= 3 && u[n - 3] == 0xE2 && u[n - 2] == 0x80 && last == 0xA6;
	}
}

int
bp_is_content(struct text t)
{
	return bp_ends_sentence(t) && bp_count_words(t, BP_HANDFUL + 1) > BP_HANDFUL;
}
