/*
 * Trailer lines: the labels (programme, section, partner) and share
 * markers that news sites put after the last paragraph.
 */
#include <string.h>

#include "artkit.h"

/* Exact lines (ASCII case ignored) that close an article's page. */
static const char *const share_markers[] = {
	"Advertentie via Ster.nl",
	"Deel artikel", "Deel artikel:",
	"Deel dit artikel", "Deel dit artikel:",
	"Deel:", "Delen", "Delen:",
	"Link copied", "Link copied!",
	"Link gekopieerd", "Link gekopieerd!",
	"Share", "Share:", "Share article:", "Share this article", "Share this article:",
	NULL
};

/* Section and programme labels that mark a trailer even without a share
 * marker after them. */
static const char *const known_labels[] = {
	"Binnenland", "Buitenland", "Politiek", "Economie", "Opmerkelijk",
	"Koningshuis", "Cultuur & Media", "Cultuur en media", "Tech", "Sport",
	"Voetbal", "Wielrennen", "Schaatsen", "Tennis", "Formule 1",
	"Regionaal nieuws", "Nieuwsuur", "NOS Nieuws", "NOS Sport", "NOS op 3",
	"Jeugdjournaal", "NOS Jeugdjournaal", "In samenwerking met",
	"Klimaat", "Wetenschap", "Gezondheid", "Media",
	NULL
};

static int
in_list(const char *const *list, struct text t)
{
	for (; *list != NULL; list++)
		if (text_caseeq(t, *list))
			return 1;
	return 0;
}

int
trailer_known_label(const char *s, size_t n)
{
	struct text t = { s, n };

	return in_list(known_labels, trim(t));
}

/* A label is short, has no sentence punctuation at its end, no quotes or
 * brackets, and at least one letter. */
static int
label_like(struct text t)
{
	size_t i, words = 0;
	int letter = 0, inword = 0;
	unsigned char c, last;

	if (t.len == 0 || t.len > 60)
		return 0;
	last = (unsigned char)t.s[t.len - 1];
	if (strchr(".!?;:,", last) != NULL)
		return 0;
	for (i = 0; i < t.len; i++) {
		c = (unsigned char)t.s[i];
		if (c == '"' || c == '(' || c == ')' || c == '[' || c < 0x20)
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
	if (in_list(share_markers, t))
		return TRAILER_SHARE;
	return label_like(t) ? TRAILER_LABEL : 0;
}
