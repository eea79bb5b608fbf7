/*
 * Trailer lines: the labels (programme, section, partner) and share
 * markers that news sites put after the last paragraph.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

/* Exact lines (ASCII case ignored) that only a page's furniture holds:
 * share widgets and the headings of tag lists.  Before one of them, a few
 * short label lines are the trailer. */
static const char *const share_markers[] = {
	"Advertentie via Ster.nl",
	"Deel artikel", "Deel artikel:",
	"Deel dit artikel", "Deel dit artikel:", "Deel dit bericht", "Deel dit bericht:",
	"Deel:", "Delen", "Delen:", "Deel via", "Deel via:", "Delen via", "Delen via:",
	"Kopieer link", "Link kopi\xC3\xABren", "Copy link",
	"Link copied", "Link copied!",
	"Link gekopieerd", "Link gekopieerd!",
	"Share", "Share:", "Share article:", "Share this article", "Share this article:",
	"Share this story", "Share this page",
	"Lees meer over:", "Meer over:", "Onderwerpen:", "Tags:", "Trefwoorden:",
	"Gerelateerde onderwerpen:", "Related Topics", "Related topics:",
	"Explore more on these topics", "Reuse this content",
	NULL
};

/* Section and programme labels, and NOS's regional partners, that mark a
 * trailer even without a share marker after them. */
static const char *const known_labels[] = {
	/* sections */
	"Binnenland", "Buitenland", "Politiek", "Economie", "Opmerkelijk",
	"Koningshuis", "Cultuur & Media", "Cultuur en media", "Tech", "Sport",
	"Voetbal", "Wielrennen", "Schaatsen", "Tennis", "Formule 1", "Darts",
	"Hockey", "Atletiek", "Zwemmen", "Turnen", "Volleybal", "Basketbal",
	"Olympische Spelen", "Paralympische Spelen", "Regionaal nieuws",
	"Klimaat", "Wetenschap", "Gezondheid", "Media", "Cultuur", "Onderwijs",
	"Opmerkelijk nieuws", "Goed nieuws", "Nieuws", "Algemeen",
	/* programmes */
	"Nieuwsuur", "NOS Nieuws", "NOS Sport", "NOS op 3", "NOS Stories",
	"Op3", "NOS Jeugdjournaal", "Jeugdjournaal", "NOS Journaal", "Journaal",
	"NOS Radio 1 Journaal", "Radio 1 Journaal", "Met het Oog op Morgen",
	"Nieuws en Co", "NOS Met het Oog op Morgen", "Studio Sport",
	"In samenwerking met",
	/* regional broadcasters */
	"Omroep Brabant", "Omroep Gelderland", "Omroep West", "Omroep Zeeland",
	"Omroep Flevoland", "Omrop Frysl\xC3\xA2n", "RTV Noord", "RTV Drenthe",
	"RTV Oost", "RTV Utrecht", "Rijnmond", "RTV Rijnmond", "L1", "L1 Nieuws",
	"NH Nieuws", "NH", "Omroep Limburg", "Dtv Nieuws",
	NULL
};

static int
fold(unsigned char c)
{
	return c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c;
}

/* Compare t with the string lit, ASCII case ignored. */
static int
foldcmp(struct text t, const char *lit)
{
	size_t i;
	int a, b;

	for (i = 0; i < t.len && lit[i] != '\0'; i++) {
		a = fold((unsigned char)t.s[i]);
		b = fold((unsigned char)lit[i]);
		if (a != b)
			return a - b;
	}
	if (i < t.len)
		return 1;
	return lit[i] == '\0' ? 0 : -1;
}

static int
entrycmp(const void *x, const void *y)
{
	const char *a = *(const char *const *)x, *b = *(const char *const *)y;
	struct text t;

	t.s = a;
	t.len = strlen(a);
	return foldcmp(t, b);
}

struct sorted {
	const char **v;
	size_t n;
};

/* The entries of a list sorted without regard to case, made once, so that
 * a line is looked up in a few comparisons: every short body line is. */
static void
sort_list(struct sorted *out, const char *const *list)
{
	size_t n;

	for (n = 0; list[n] != NULL; n++)
		;
	out->v = emalloc(n * sizeof out->v[0]);
	memcpy(out->v, list, n * sizeof out->v[0]);
	qsort(out->v, n, sizeof out->v[0], entrycmp);
	out->n = n;
}

static int
in_list(const char *const *list, struct text t)
{
	static struct sorted shares, labels;
	struct sorted *sl = list == share_markers ? &shares : &labels;
	size_t lo = 0, hi;
	int c;

	if (sl->v == NULL)
		sort_list(sl, list);
	hi = sl->n;
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		c = foldcmp(t, sl->v[mid]);
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

int
trailer_known_label(const char *s, size_t n)
{
	struct text t = { s, n };

	return in_list(known_labels, trim(t));
}

/* A label is short, begins with a capital or a digit, has no sentence
 * punctuation at its end, no colon, quotes, brackets or list bullets, and
 * at least one letter: "Oorlog in Oekraïne", "Omroep West".  A list
 * item or a lower-case fragment at the end of a body is not one. */
static int
label_like(struct text t)
{
	size_t i, words = 0;
	int letter = 0, inword = 0;
	unsigned char c, last, c0;

	if (t.len == 0 || t.len > 60)
		return 0;
	last = (unsigned char)t.s[t.len - 1];
	if (strchr(".!?;:,", last) != NULL)
		return 0;
	c0 = (unsigned char)t.s[0];
	if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') || c0 >= 0xC0))
		return 0;
	for (i = 0; i < t.len; i++) {
		c = (unsigned char)t.s[i];
		if (c == '"' || c == '(' || c == ')' || c == '[' || c == ':' ||
		    c == ';' || c < 0x20)
			return 0;
		if (c == ' ') {
			inword = 0;
			continue;
		}
		if (!inword) {
			inword = 1;
			words++;
		}
		if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || c >= 0xC0)
			letter = 1;
	}
	return letter && words <= 5;
}

int
trailer_candidate(const char *s, size_t n)
{
	struct text t = { s, n };

	t = trim(t);
	/* longer than any marker or label: most lines, quickly */
	if (t.len > 60)
		return 0;
	if (in_list(share_markers, t))
		return TRAILER_SHARE;
	if (in_list(known_labels, t))
		return TRAILER_LABEL;
	return label_like(t) ? TRAILER_LABEL : 0;
}
