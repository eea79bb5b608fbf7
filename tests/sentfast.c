/*
 * Test driver: the fast paths of the sentence splitter against their slow
 * forms, on random texts of tricky pieces.
 *   - the scan for terminators (block masks, through every block engine
 *     this machine has) against a loop that decodes every character;
 *   - the hashed abbreviation and sentence-opener look-ups against binary
 *     search in the sorted lists, for every language with the abbreviations
 *     of a user file (-a) added;
 *   - the stop-word vote of language detection (block masks through every
 *     engine) against its plain loop.
 *
 *   sentfast ROUNDS ABBRFILE   prints what it checked; exit 1 on a difference
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sentence_priv.h"
#include "word_priv.h"
#include "langtab.h"

enum { MAXTEXT = 600 };

static unsigned long seed = 20240619;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005u + 1442695040888963407u;
	return (unsigned)(seed >> 33) % n;
}

/* Pieces of text: terminators of one to three bytes, separators, quotes
 * and brackets, letters with diacritics, abbreviations, broken UTF-8. */
static const char *const pieces[] = {
	".", ".", "!", "?", "...", ". . .", "\xE2\x80\xA6", "\n", "\r", "\r\n",
	" ", " ", "  ", "\t", "\xC2\x85", "\xE2\x80\xA8", "\xE2\x80\xA9",
	"\xE2\x80\xBC", "\xE3\x80\x82", "\xD8\x9F", "\xEF\xBC\x8E", "\xE2\x80\xA4",
	"\xC3\xA9", "\xC3\xAB", "\xC3\x9F", "\xC3\xA4", "\xE2\x80\x99",
	"\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E", "\xC2\xAB", "\xC2\xBB",
	"\xE2\x80\x93", "\xF0\x9F\x98\x80", "\xE2", "\x80", "\xF0\x9F", "\xC3",
	"(", ")", "[", "]", "\"", "'", ",,", "''", ",", ";", ":", "-",
	"a", "b", "Zz", "de", "De", "Het", "the", "The", "Der", "und", "het",
	"1", "23", "3.5", "J.P", "W", "Dr", "dr", "mr", "Mr", "etc", "enz",
	"o.a", "i.p.v", "ca", "km", "wk", "NOS", "u.s", "Hauptstr", "Str",
	"www.nos.nl", "'s", "z'n", "II", "iv", "\xE2\x80\xA2", "1.", "2)",
	"Prof", "St", "Inc", "Jan", "okt", "\0",
};
enum { NPIECES = sizeof pieces / sizeof pieces[0] };

/* A random text of up to MAXTEXT bytes; at times most of it plain
 * letters, so that blocks of 64 bytes without a candidate come too. */
static size_t
random_text(char *t)
{
	size_t n = 0, k, want = 1 + rnd(MAXTEXT - 8);
	int plain = rnd(3) == 0;
	const char *p;

	while (n < want) {
		if (plain && rnd(8) != 0) {
			t[n++] = (char)('a' + rnd(26));
			continue;
		}
		k = rnd(NPIECES);
		p = pieces[k];
		if (*p == '\0') {               /* a NUL byte */
			t[n++] = '\0';
			continue;
		}
		while (*p != '\0' && n < MAXTEXT)
			t[n++] = *p++;
	}
	return n;
}

/* The scan as a loop over the characters. */
static size_t
slow_stop(const unsigned char *s, size_t len, size_t i, int ell, int *c)
{
	uint32_t cp;
	size_t l;

	for (; i < len; i += l) {
		*c = cls_at(s, len, i, &cp, &l);
		if (*c == SB_STERM || *c == SB_ATERM || parasep(*c))
			return i;
		if (ell && cp == 0x2026) {
			*c = ELLIPSIS;
			return i;
		}
	}
	return len;
}

static void
dump(const char *what, const char *t, size_t n)
{
	size_t i;

	out_printf("%s:", what);
	for (i = 0; i < n; i++)
		out_printf(" %02x", (unsigned char)t[i]);
	out_printf("\n");
}

/* The scan from every kind of start, going on from each stop as the
 * splitter does, or jumping back and on, with one state per text. */
static long
check_stops(long rounds)
{
	char t[MAXTEXT];
	const unsigned char *s = (const unsigned char *)t;
	struct sentstops st;
	size_t n, i, got, want, l;
	int c, wc, ell;
	long r, bad = 0;

	for (r = 0; r < rounds && bad < 10; r++) {
		n = random_text(t);
		sent_stops_begin(&st);
		ell = (int)rnd(2);
		for (i = 0; i <= n; ) {
			got = sent_next_stop(s, n, &st, i, ell, &c, &l);
			want = slow_stop(s, n, i, ell, &wc);
			if (got != want || (got < n && c != wc)) {
				out_printf("scan from %zu: %zu, want %zu\n", i, got, want);
				dump("text", t, n);
				bad++;
				break;
			}
			if (got >= n)
				break;
			switch (rnd(4)) {
			case 0:
				i = rnd((unsigned)n + 1);       /* anywhere, back too */
				break;
			case 1:
				i = got + 1;
				break;
			default:
				i = got + l;
			}
		}
	}
	return bad;
}

/* A word to look up: an entry of the lists, a piece, or random bytes,
 * changed a little at times. */
static size_t
random_word(char *w)
{
	const char *p = pieces[rnd(NPIECES)];
	size_t n = 0, k;

	switch (rnd(3)) {
	case 0:
		for (n = 1 + rnd(8), k = 0; k < n; k++)
			w[k] = (char)(rnd(4) == 0 ? rnd(256) : 'a' + rnd(26));
		break;
	default:
		n = strlen(p);
		memcpy(w, p, n);
		if (n > 0 && rnd(4) == 0)
			n--;
		if (n > 0 && rnd(4) == 0)
			w[rnd((unsigned)n)] ^= 0x20;
	}
	return n;
}

/* Every word of the lists as printed by -A, and random words, through
 * both look-ups. */
static long
check_abbrevs(const struct abbrevs *ab, long rounds, const char *code)
{
	const struct lang *lang = abbrev_lang(ab);
	const struct abbrdef *d;
	const char *const *x;
	char w[64];
	size_t n, m, k;
	long r, bad = 0;

	/* each entry, and the entry one byte shorter, longer or changed */
	for (d = lang->abbrevs; d->s != NULL; d++) {
		n = strlen(d->s);
		memcpy(w, d->s, n);
		w[n] = 'x';
		for (k = 0; k < 4 * n + 2; k++) {
			m = k == 0 ? n : k == 1 ? n - 1 : k == 2 ? n + 1 : n;
			if (k > 2)
				w[(k - 3) % n] ^= (char)(1 + (k - 3) / n);
			if (abbrev_class(ab, w, m) != abbrev_class_sorted(ab, w, m)) {
				dump("abbreviation look-ups differ", w, m);
				bad++;
			}
			if (k > 2)
				w[(k - 3) % n] ^= (char)(1 + (k - 3) / n);
		}
	}
	for (x = lang->starters; *x != NULL; x++)
		if (!abbrev_starter(ab, *x, strlen(*x))) {
			out_printf("%s: opener %s not found\n", code, *x);
			bad++;
		}
	for (r = 0; r < rounds && bad < 10; r++) {
		n = random_word(w);
		if (abbrev_class(ab, w, n) != abbrev_class_sorted(ab, w, n) ||
		    abbrev_starter(ab, w, n) != abbrev_starter_sorted(ab, w, n)) {
			dump("look-ups differ", w, n);
			bad++;
		}
	}
	return bad;
}

/* Words to vote on: stop words of every language, in either case, other
 * short and long words, and what may stand between them, the quotes and
 * letters the vote looks at closely now and then. */
static const char *const votewords[] = {
	"de", "het", "een", "van", "en", "the", "and", "of", "der", "und",
	"die", "nicht", "zwischen", "volgens", "De", "HET", "The", "Und",
	"kabinet", "minister", "x", "ab", "Noord-Koreaanse",
	"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa",
	"caf\xC3\xA9", "\xC3\xBC" "ber", "f\xC3\xBCr", "gro\xC3\x9F", "na\xC3\xAF" "ef",
	"\xC5\x82\xC3\xB3" "d\xC5\xBA", "\xD0\xB4\xD0\xB0", "z\xE2\x80\x99n",
	"1990", "3,5",
};
static const char *const votegaps[] = {
	" ", " ", " ", " ", " ", ", ", ". ", "\n", "-", "(", ") ", "\"", ",,",
	"''", "'", ",", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x9E",
	"\xC2\xAB", "\xC2\xBB", "\xE2\x80\x98", "\xC2\xA0", "\xE3\x80\x82",
};
enum {
	NVOTEWORDS = sizeof votewords / sizeof votewords[0],
	NVOTEGAPS = sizeof votegaps / sizeof votegaps[0]
};

static size_t
random_words(char *t)
{
	size_t n = 0, want = 1 + rnd(MAXTEXT - 80);
	unsigned rare = 1 + rnd(30);    /* how seldom a gap is not a space */
	const char *p;

	while (n < want) {
		for (p = votewords[rnd(NVOTEWORDS)]; *p != '\0' && n < MAXTEXT; p++)
			t[n++] = *p;
		p = rnd(rare) == 0 ? votegaps[rnd(NVOTEGAPS)] : " ";
		while (*p != '\0' && n < MAXTEXT)
			t[n++] = *p++;
	}
	return n;
}

/* The vote over random texts of pieces and of words, with the block
 * engine in use, against the plain loop. */
static long
check_vote(long rounds)
{
	char t[MAXTEXT];
	struct langvote a, b;
	size_t n;
	long r, bad = 0;

	for (r = 0; r < rounds && bad < 10; r++) {
		n = r % 2 ? random_words(t) : random_text(t);
		lang_vote_begin(&a);
		lang_vote_begin(&b);
		lang_vote_add(&a, t, n);
		lang_vote_add_ref(&b, t, n);
		if (memcmp(a.score, b.score, sizeof a.score) != 0) {
			dump("vote differs", t, n);
			bad++;
		}
	}
	return bad;
}

int
main(int argc, char *argv[])
{
	const char *name, *code;
	const struct lang *lang;
	struct abbrevs *ab;
	long rounds, bad, total = 0;
	size_t e, k;

	setprogname(argv);
	if (argc != 3 || (rounds = atol(argv[1])) <= 0) {
		fprintf(stderr, "Usage: sentfast rounds abbreviation-file\n");
		return 2;
	}
	sent_ascii_init();
	for (e = 0; (name = charmask_engine_at(e)) != NULL; e++) {
		if (charmask_engine(name) == NULL)
			continue;
		seed = 20240619;
		bad = check_stops(rounds);
		out_printf("%s: %ld random texts scanned, %ld failed\n", name, rounds, bad);
		total += bad;
		seed = 20240619;
		bad = check_vote(rounds);
		out_printf("%s: %ld random texts voted on, %ld failed\n", name, rounds, bad);
		total += bad;
	}
	for (k = 0; (lang = lang_at(k)) != NULL; k++) {
		code = lang->code;
		ab = abbrev_new(lang);
		bad = check_abbrevs(ab, rounds, code);
		if (abbrev_load(ab, argv[2]) != 0)
			return 2;
		bad += check_abbrevs(ab, rounds, code);
		out_printf("%s: %ld random words looked up, %ld failed\n", code, rounds, bad);
		abbrev_free(ab);
		total += bad;
	}
	return (out_close() != 0) | (total > 0);
}
