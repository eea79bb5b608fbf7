/*
 * Test driver: artstrip's first look at a line against the whole way.
 *   - the screen masks, lowered bytes and plea starts of every block
 *     engine this machine has against their definitions, byte by byte;
 *   - on random lines of prose and boilerplate pieces, through every
 *     engine: a line that bp_prose_look() calls clean is one that
 *     bp_normalize() leaves as it is, one it keeps the rules keep too,
 *     bp_inline() (with its shortcut) says what bp_inline_rules() says,
 *     the words of the line from the masks are those found a character
 *     at a time, and every pattern that matches passes its filters.
 *
 *   stripfast ROUNDS   prints what it checked; exit 1 on a difference
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "word_priv.h"

static unsigned long seed = 20241202;

static unsigned
rnd(unsigned n)
{
	seed = seed * 6364136223846793005u + 1442695040888963407u;
	return (unsigned)(seed >> 33) % n;
}

/* ---- the masks ---- */

static void
wanted(const unsigned char *p, struct screenmask *m, unsigned char *lower)
{
	unsigned j, c;
	uint64_t b;

	memset(m, 0, sizeof *m);
	for (j = 0; j < 64; j++) {
		c = p[j];
		b = (uint64_t)1 << j;
		lower[j] = (unsigned char)(c >= 'A' && c <= 'Z' ? c + 32 : c);
		m->space |= c == ' ' ? b : 0;
		m->odd |= c < 0x20 || c == '&' ? b : 0;
		m->high |= c >= 0x80 ? b : 0;
		m->alnum |= (c < 0x80 && ((c | 0x20) >= 'a' && (c | 0x20) <= 'z')) ||
		    (c >= '0' && c <= '9') ? b : 0;
		m->close |= c != 0 && strchr(".!?)\"'", (int)c) != NULL ? b : 0;
	}
}

/* Bit j of the plea starts of the lowered bytes at p, two past the
 * block there. */
static uint64_t
wanted_pleas(const unsigned char *p)
{
	static const char *const pleas[] = { "coo", "nie", "new", "tip" };
	uint64_t b = 0;
	unsigned j, k;

	for (j = 0; j < 64; j++)
		for (k = 0; k < 4; k++)
			if (memcmp(p + j, pleas[k], 3) == 0)
				b |= (uint64_t)1 << j;
	return b;
}

/* The bytes the screen looks at, and some of any value. */
static unsigned char
random_byte(void)
{
	static const char some[] = " &.!?)\"'cCeEiInNoOpPtTwWaZz09@-:\t\n";

	/* the letters of the pleas, often enough to make them */
	static const char plea[] = "coonienewtipCOONIENEWTIP";

	switch (rnd(5)) {
	case 0:
		return (unsigned char)rnd(256);
	case 1:
		return (unsigned char)(0x80 + rnd(128));
	case 2:
		return (unsigned char)plea[rnd(sizeof plea - 1)];
	default:
		return (unsigned char)some[rnd(sizeof some - 1)];
	}
}

static unsigned long
check_masks(const char *engine, unsigned rounds)
{
	enum { MAXBLOCKS = 4 };
	unsigned char p[64 * MAXBLOCKS], lower[64 * MAXBLOCKS + 2], want_lower[64];
	struct screenmask m[MAXBLOCKS], want;
	uint64_t starts[MAXBLOCKS];
	unsigned r, j, nb, k;
	unsigned long failed = 0;

	for (r = 0; r < rounds; r++) {
		nb = 1 + rnd(MAXBLOCKS);
		for (j = 0; j < 64 * nb; j++)
			p[j] = random_byte();
		charmask_screen(p, nb, m, lower);
		/* the two bytes after the blocks, which a plea may run into */
		lower[64 * nb] = (unsigned char)"oiepw"[rnd(5)];
		lower[64 * nb + 1] = (unsigned char)"oiepw"[rnd(5)];
		charmask_pleas(lower, nb, starts);
		for (k = 0; k < nb; k++) {
			wanted(p + 64 * k, &want, want_lower);
			if (memcmp(&want, &m[k], sizeof want) != 0 ||
			    memcmp(want_lower, lower + 64 * k, 64) != 0 ||
			    starts[k] != wanted_pleas(lower + 64 * k)) {
				if (failed++ == 0)
					fprintf(stderr, "%s: block %u of round %u differs\n",
					    engine, k, r);
			}
		}
	}
	printf("%s: %u rounds of blocks screened, %lu failed\n", engine, rounds, failed);
	return failed;
}

/* ---- the lines ---- */

/* Prose, the words and marks of the rules, and what cleaning changes. */
static const char *const pieces[] = {
	"de", "het", "een", "minister", "zei", "dat", "kabinet", "Kamer",
	"the", "government", "said", "Der", "und", "Regierung", "in", "op",
	"Lees", "ook", "meer", "Foto", "foto", "Beeld", "beeld", "ANP",
	"Reuters", "Getty", "Images", "\xC2\xA9", "copyright", "(c)", "cookie",
	"cookies", "accepteer", "instellingen", "je", "u", "bekijk", "video",
	"nieuwsbrief", "newsletter", "abonneer", "aanmelden", "tip", "tips",
	"redactie", "tip@nos.nl", "Download", "app", "Volg", "ons", "Twitter",
	"Instagram", "javascript", "JavaScript", "browser", "inschakelen",
	"Door", "Jan", "Vries", "Deel", "artikel", "Photograph:", "image",
	"caption", "Bron:", "NOS", "Gepubliceerd:", "juni", "2024",
	"Advertentie", "Tekst:", "Lees ook:", "Correctie:", "Coo", "Nie", "Tip",
	"stipt", "Newark", "photo", "Picture", "composite", "illustration",
	" ", " ", " ", " ", "  ", ". ", ". ", ", ", ": ", "! ", "? ", ") ", "(",
	"\" ", "' ", "\xC2\xBB", "\xE2\x80\x9C", "\xE2\x80\x9D", "\xE2\x80\x99",
	"&amp;", "&", "&nbsp;", "&#233;", "\t", "\x01", "\x7F", "\xC2\xA0",
	"\xE2\x80\x8B", "\xC2\xAD", "e\xCC\x81", "\xC3\xA9", "\xC3\xAB",
	"\xE2\x80\xA6", "\xF0\x9F\x91\x87", "\xE2\x96\xBA", "\xC3", "\xFF",
	"\xE2\x80\x94", "-", "|", "*", "\xEF\xBB\xBF", "\xE1\x84\x80",
};
enum { NPIECES = sizeof pieces / sizeof pieces[0] };

/* Line endings that end a sentence, or not. */
static const char *const ends[] = {
	".", ".", ".", "!", "?", ".\"", ".)", "\xE2\x80\xA6", ".\xE2\x80\x9D",
	":", "", " ", ". ",
};
enum { NENDS = sizeof ends / sizeof ends[0] };

/* Lines of prose begin with a word or a label; boilerplate with one. */
static const char *const heads[] = {
	"Lees ook: ", "Foto: ", "Beeld ", "\xC2\xA9 ", "(c) ", "Bron: ", "Door ",
	"Volg ons op ", "Download de app ", "Tip de redactie: ", "Deel artikel",
	"Advertentie", "Bekijk de video", "Gepubliceerd: ", "\xE2\x96\xBA ",
	"- ", "JavaScript ", "Je browser ", "To play this video ", "Correctie: ",
	"\xC2\xA9 2024 DPG Media. Alle rechten voorbehouden",
	"(c) 2024 NOS. Alle rechten voorbehouden", "3 reacties", "12:30 min",
	"\xE2\x96\xBA Lees meer", "\xE2\x80\x94 Lees ook", "Bekijk de video",
	"Meer video's", "10 minuten leestijd", "\xC2\xBB Deel dit artikel",
	"* Volg ons op Instagram", "# Advertentie", "Lees verder onder de advertentie",
	"(c) 2024 DPG Media Groep BV. Alle rechten voorbehouden",
};
enum { NHEADS = sizeof heads / sizeof heads[0] };

static void
put(char **buf, size_t *cap, size_t *n, const char *p)
{
	size_t k = strlen(p);

	if (*n + k + 1 > *cap) {
		*cap = 2 * (*n + k + 1);
		if ((*buf = realloc(*buf, *cap)) == NULL) {
			perror("stripfast");
			exit(2);
		}
	}
	memcpy(*buf + *n, p, k);
	*n += k;
}

/* Lines without a word. */
static const char *const symbols[] = {
	"\xF0\x9F\x91\x87", "-", "*", "|", "\xE2\x80\x94", "\xE2\x96\xBA", "#",
};
enum { NSYMBOLS = sizeof symbols / sizeof symbols[0] };

/* And end with a credit, now and then. */
static const char *const tails[] = {
	". Foto: ANP", ". Beeld Reuters", ". Photograph: Getty Images",
	" \xC2\xA9 ANP", ". Foto ANP/Robin Utrecht", "! Image: EPA-EFE",
	" \xC2\xA9 2024 DPG Media. Alle rechten voorbehouden",
	"\" Video: NOS", ") Beeld Jan de Vries",
};
enum { NTAILS = sizeof tails / sizeof tails[0] };

/* The rules for lines of few words (bylines, dates, pointers, here-lines,
 * credits): their first words, and words they take or stop at. */
static const char *const fewheads[] = {
	"Door", "By", "Bekijk", "Lees", "Luister", "Kijk", "Volg",
	"Gepubliceerd:", "Bijgewerkt", "Last", "Hieronder", "Foto", "Bron:",
	"ANP", "\xC2\xA9", "Download",
};
enum { NFEWHEADS = sizeof fewheads / sizeof fewheads[0] };
static const char *const fewwords[] = {
	"Jan", "de", "Vries", "van", "Anna", "Jansen", "ANP", "Reuters", "Getty",
	"Images", "/", "hier", "ook", "meer", "de", "video", "beelden", "podcast",
	"foto's", "liveblog", "juni", "2024", "12:30", "uur", "geleden", "om",
	"updated", "correspondent", "Afrika,", "hieronder", "het", "kabinet",
	"zegt", "dat", "app", "ons", "Instagram",
};
enum { NFEWWORDS = sizeof fewwords / sizeof fewwords[0] };

/* A line of a rule for few words, of about as many words as such rules
 * take, ending a sentence or not. */
static size_t
few_words_line(char **buf, size_t *cap)
{
	size_t n = 0, k, words = 1 + rnd(20);

	put(buf, cap, &n, fewheads[rnd(NFEWHEADS)]);
	for (k = 1; k < words; k++) {
		put(buf, cap, &n, " ");
		put(buf, cap, &n, fewwords[rnd(NFEWWORDS)]);
	}
	put(buf, cap, &n, ends[rnd(NENDS)]);
	return n;
}

/* A random line into *buf, of a length that the rules treat apart:
 * short, up to their limit, past it, and now and then very long.  Most
 * are prose: words of the first pieces and single spaces. */
static size_t
random_line(char **buf, size_t *cap)
{
	size_t n = 0, want;
	/* how rare the other pieces are: in prose, one in 60 */
	unsigned odd = rnd(4) != 0 ? 60 : 2;

	switch (rnd(8)) {
	case 0:
		want = rnd(61);
		break;
	case 1:
		want = 600 + rnd(400);
		break;
	case 2:
		want = rnd(40) == 0 ? 100000 + rnd(100000) : 1000 + rnd(3000);
		break;
	default:
		want = 60 + rnd(540);
	}
	if (rnd(8) == 0)
		return few_words_line(buf, cap);
	if (rnd(30) == 0) {
		/* no letter or digit at all */
		while (n < want) {
			put(buf, cap, &n, symbols[rnd(NSYMBOLS)]);
			put(buf, cap, &n, " ");
		}
		put(buf, cap, &n, "...");
		return n;
	}
	if (rnd(6) == 0) {
		put(buf, cap, &n, heads[rnd(NHEADS)]);
		if (rnd(4) == 0)
			want = 0;       /* the head and an end alone */
	}
	while (n < want) {
		put(buf, cap, &n, rnd(odd) != 0 ? pieces[rnd(16)] : pieces[rnd(NPIECES)]);
		put(buf, cap, &n, rnd(odd) != 0 ? " " : pieces[rnd(NPIECES)]);
	}
	if (n > 0 && (*buf)[n - 1] == ' ' && rnd(4) != 0)
		n--;
	if (rnd(5) == 0)
		put(buf, cap, &n, tails[rnd(NTAILS)]);
	put(buf, cap, &n, ends[rnd(NENDS)]);
	return n;
}

static void
show(const char *what, const char *s, size_t n)
{
	size_t i;

	fprintf(stderr, "%s: ", what);
	for (i = 0; i < n && i < 400; i++)
		if ((unsigned char)s[i] < 0x20 || (unsigned char)s[i] >= 0x7F || s[i] == '\\')
			fprintf(stderr, "\\x%02X", (unsigned char)s[i]);
		else
			fputc(s[i], stderr);
	fputc('\n', stderr);
}

static unsigned long
check_lines(const char *engine, unsigned rounds)
{
	static struct bpnorm z;
	char *buf = NULL, *raw;
	size_t cap = 0, n;
	unsigned r;
	unsigned long failed = 0, screened = 0, removed = 0;
	struct text t, c;
	enum bp_reason fast, whole;
	enum bp_look look;

	seed = 20241202;        /* the same lines for each engine */
	for (r = 0; r < rounds; r++) {
		n = random_line(&buf, &cap);
		/* a copy of its own size, so that reading past it shows */
		if ((raw = malloc(n > 0 ? n : 1)) == NULL) {
			perror("stripfast");
			exit(2);
		}
		memcpy(raw, buf, n);
		t.s = raw;
		t.len = n;
		if ((look = bp_prose_look(t)) != BP_LOOK_UNSURE) {
			screened += look == BP_LOOK_KEPT;
			c = bp_normalize(&z, t.s, t.len);
			if (c.len != n || memcmp(c.s, raw, n) != 0) {
				if (failed++ == 0)
					show("screened, but cleaning changes it", raw, n);
			} else if (look == BP_LOOK_KEPT && (whole = bp_inline_rules(c)) != BP_KEPT) {
				if (failed++ == 0)
					show("screened, but a rule removes it", raw, n);
			} else if (look == BP_LOOK_KEPT && bp_headline(c)) {
				if (failed++ == 0)
					show("screened, but it could be a linked title", raw, n);
			}
		}
		c = bp_normalize(&z, t.s, t.len);
		if (!bp_line_words_agree(c) && failed++ == 0)
			show("the words of the line differ", c.s, c.len);
		if (!bp_filters_agree(c) && failed++ == 0)
			show("a pattern matches, but its filters rule it out", c.s, c.len);
		fast = bp_inline(c);
		whole = bp_inline_rules(c);
		removed += whole != BP_KEPT;
		if (fast != whole && failed++ == 0)
			show("bp_inline() and bp_inline_rules() differ", c.s, c.len);
		free(raw);
	}
	printf("%s: %u random lines, %lu screened, %lu removed, %lu failed\n",
	    engine, rounds, screened, removed, failed);
	free(buf);
	return failed;
}

int
main(int argc, char *argv[])
{
	const char *name;
	unsigned long failed = 0;
	unsigned rounds;
	size_t k;

	if (argc != 2 || (rounds = (unsigned)strtoul(argv[1], NULL, 10)) == 0) {
		fprintf(stderr, "Usage: stripfast ROUNDS\n");
		return 2;
	}
	for (k = 0; (name = charmask_engine_at(k)) != NULL; k++) {
		if (charmask_engine(name) == NULL)
			continue;
		failed += check_masks(name, rounds);
		failed += check_lines(name, rounds);
	}
	return failed ? 1 : 0;
}
