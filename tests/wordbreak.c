/*
 * Test driver for the word tokenizer, built by "make check".
 *
 *   wordbreak FILE   check every line of a UAX #29 WordBreakTest.txt:
 *                    the segments of word_next(WORD_UAX29) must end exactly
 *                    at the marked break opportunities.
 *   wordbreak -f N   N random texts of tricky characters: the artkit
 *                    tokens must cover the text, word_count() must equal
 *                    the number of TOK_WORD tokens and word_list() must
 *                    list them.  The same texts go through each block
 *                    engine this machine has (portable, sse2, avx2,
 *                    avx512), each after its start-up check.
 *   wordbreak -c     the start-up check of each block engine this machine
 *                    has: every byte value at every offset of a block
 *                    classed as the tokenizer does.
 *   wordbreak -b C ...  first break every engine at byte value C (a test
 *                    hook), to see the checks fail.
 *
 * Prints each failure with its line (or its text in hex) and a summary;
 * exits 1 when anything failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "word_priv.h"

enum { MAXCP = 64 };

static int
checkfile(const char *path)
{
	FILE *fp;
	char *line = NULL, *tok, *save;
	size_t cap = 0, lineno = 0, len, nb, ngot, nc, i, ok = 0, bad = 0;
	char text[MAXCP * 4], cbuf[4];
	size_t want[MAXCP + 1], got[MAXCP + 1];
	struct wordit w;
	struct text t;
	unsigned long cp;

	if ((fp = fopen(path, "r")) == NULL) {
		warnsys(path);
		return 1;
	}
	while (getline(&line, &cap, fp) > 0) {
		lineno++;
		if ((tok = strchr(line, '#')) != NULL)
			*tok = '\0';
		len = 0;
		nb = 0;
		for (tok = strtok_r(line, " \t\n", &save); tok != NULL;
		    tok = strtok_r(NULL, " \t\n", &save)) {
			if (strcmp(tok, "\xc3\xb7") == 0) {        /* ÷ */
				if (len > 0)
					want[nb++] = len;
			} else if (strcmp(tok, "\xc3\x97") == 0) { /* × */
				continue;
			} else {
				cp = strtoul(tok, NULL, 16);
				if (len + 4 > sizeof text || nb >= MAXCP) {
					out_printf("line %zu: too long\n", lineno);
					bad++;
					goto next;
				}
				nc = utf8_encode((uint32_t)cp, cbuf);
				memcpy(text + len, cbuf, nc);
				len += nc;
			}
		}
		if (len == 0)
			continue;
		word_init(&w, text, len, WORD_UAX29);
		ngot = 0;
		while (word_next(&w, &t) != 0 && ngot < MAXCP)
			got[ngot++] = (size_t)(t.s - text) + t.len;
		if (ngot == nb && memcmp(got, want, nb * sizeof want[0]) == 0) {
			ok++;
			continue;
		}
		bad++;
		out_printf("%s:%zu: breaks expected at", path, lineno);
		for (i = 0; i < nb; i++)
			out_printf(" %zu", want[i]);
		out_printf(", got");
		for (i = 0; i < ngot; i++)
			out_printf(" %zu", got[i]);
		out_printf(" (byte offsets)\n");
	next:
		;
	}
	free(line);
	fclose(fp);
	out_printf("%zu lines passed, %zu failed\n", ok, bad);
	return bad > 0 || ok == 0;
}

/* Characters on which the tokenizer's rules turn: those the fast counter
 * handles itself, and those it hands back to word_next(). */
static const uint32_t simple[] = {
	'a', 'b', 's', 't', 'n', 'w', 'Z', '0', '7', ' ', ' ', ' ', '\t',
	'.', ',', ';', ':', '\'', '"', '-', '/', '(', ')', '!', '?',
	0xE9, 0xEF, 0xEB, 0xC9, 0xA0, 0xB7, 0xD7,       /* é ï ë É NBSP · × */
	0x2010, 0x2011, 0x2013, 0x2018, 0x2019, 0x201C, 0x2026, 0x3000,
	0x1F600, 0x2764, UTF8_INVALID,
	0x015F, 0x0434, 0x03B1, 0x20AC, 0xFF0E, 0xFE55, 0x037E, 0x1D400 /* ş д α € ． ﹕ ; 𝐀 */
};
static const uint32_t hard[] = {
	'_', '@', 0x00AD, 0x0301, 0x0308, 0x200D, 0x200B, 0x1F1F3, 0x1F1F1,
	0x05D0, 0x05D1, 0x30A2, 0x4E00, 0x0660, 0x066B, 0x00BD, 0x02C2
};

static const char *const pieces[] = {
	"https://", "www.", "WWW.", "nos.nl", "x@y.nl", "mailto:", "'s-", "z'n",
	"\xe2\x80\x99t ", "Covid-19", "2-1", "3.000", "19.30", "\xff", "\xe2\x80",
	"\r\n", "\n", "\f", "\x0b"
};

static uint32_t seed = 20240619;

static uint32_t
rnd(uint32_t n)
{
	seed = seed * 1103515245u + 12345u;
	return (seed >> 8) % n;
}

static int
fuzz(long rounds)
{
	char text[8192], cbuf[4], want[16384], got[16384];
	size_t len, nchars, i, words, cover, pl, wlen, glen;
	long r, bad = 0;
	struct wordit w;
	struct text t;
	const char *p;
	uint32_t cp;
	int kind, plain;

	for (r = 0; r < rounds; r++) {
		/* every other text only of characters the fast counter knows */
		plain = r % 2;
		len = 0;
		/* and every fourth long enough for several blocks */
		nchars = 1 + rnd(r % 4 == 3 ? 600 : 40);
		for (i = 0; i < nchars; i++) {
			if (!plain && rnd(6) == 0) {
				p = pieces[rnd(sizeof pieces / sizeof pieces[0])];
				pl = strlen(p);
				memcpy(text + len, p, pl);
				len += pl;
				continue;
			}
			if (!plain && rnd(3) == 0)
				cp = hard[rnd(sizeof hard / sizeof hard[0])];
			else
				cp = simple[rnd(sizeof simple / sizeof simple[0])];
			if (cp == UTF8_INVALID) {
				text[len++] = (char)0x80;  /* a stray continuation byte */
				continue;
			}
			pl = utf8_encode(cp, cbuf);
			memcpy(text + len, cbuf, pl);
			len += pl;
		}
		word_init(&w, text, len, 0);
		words = 0;
		cover = 0;
		wlen = 0;
		while ((kind = word_next(&w, &t)) != 0) {
			if (t.s != text + cover || t.len == 0)
				break;
			cover += t.len;
			if (kind == TOK_WORD) {
				words++;
				memcpy(want + wlen, t.s, t.len);
				wlen += t.len;
				want[wlen++] = '\n';
			}
		}
		glen = word_list(text, len, 0, 1u << TOK_WORD, got);
		if (cover == len && words == word_count(text, len) &&
		    glen == wlen && memcmp(got, want, wlen) == 0)
			continue;
		bad++;
		out_printf("fuzz %ld: %s: word_next %zu words, word_count %zu:", r,
		    cover != len ? "tokens do not cover the text" :
		    words != word_count(text, len) ? "count differs" :
		    "word_list differs", words, word_count(text, len));
		for (i = 0; i < len; i++)
			out_printf(" %02x", (unsigned char)text[i]);
		out_printf("\n");
		if (bad >= 20)
			break;
	}
	out_printf("%ld random texts, %ld failed\n", r, bad);
	return bad > 0;
}

/* The start-up check of the engine in use, said aloud when it fails or
 * when passed is set; 1 when it fails. */
static int
selfcheck(const char *name, int passed)
{
	int c = word_blocks_check();

	if (c >= 0)
		out_printf("%s: self-check failed: byte 0x%02X classed unlike the tokenizer\n",
		    name, (unsigned)c);
	else if (passed)
		out_printf("%s: self-check passed\n", name);
	return c >= 0;
}

/* Each block engine of this machine in turn: fuzz rounds random texts
 * after the start-up check, or with rounds 0 the check alone. */
static int
each_engine(long rounds)
{
	const char *name;
	size_t e;
	int ret = 0;

	for (e = 0; (name = charmask_engine_at(e)) != NULL; e++) {
		if (charmask_engine(name) == NULL)
			continue;
		ret |= selfcheck(name, rounds == 0);
		if (rounds == 0)
			continue;
		out_printf("%s: ", name);
		seed = 20240619;
		ret |= fuzz(rounds);
	}
	return ret;
}

int
main(int argc, char *argv[])
{
	int ret;

	setprogname(argv);
	if (argc >= 3 && strcmp(argv[1], "-b") == 0) {
		charmask_break((int)strtol(argv[2], NULL, 0));
		argc -= 2;
		argv += 2;
	}
	if (argc == 3 && strcmp(argv[1], "-f") == 0 && atol(argv[2]) > 0)
		ret = each_engine(atol(argv[2]));
	else if (argc == 2 && strcmp(argv[1], "-c") == 0)
		ret = each_engine(0);
	else if (argc == 2)
		ret = checkfile(argv[1]);
	else {
		fprintf(stderr, "Usage: wordbreak [-b byte] file | -f rounds | -c\n");
		return 2;
	}
	ret |= out_close();
	return ret;
}
