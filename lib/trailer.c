/*
 * Trailer lines: the labels (programme, section, partner) and share
 * markers that news sites put after the last paragraph.
 */
#include <stdint.h>
#include <string.h>

#include "word_priv.h"

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

/* Both lists are looked up through one hash of their entries with ASCII
 * case folded, made once: every short body line is looked up. */
enum { HASH_SLOTS = 256 };      /* a power of two, over twice both lists */

struct entry {
	const char *s;          /* NULL: a free slot */
	size_t len;
	int kind;               /* TRAILER_SHARE or TRAILER_LABEL */
};

static struct entry slot[HASH_SLOTS];
static size_t nentries;

/* The bytes that end an entry of a list, as a set (bit c % 64 of
 * [c / 64]): a line that ends in another can only be a label_like() one. */
static uint64_t list_ends[4];

/* The hash of s[0..n) with ASCII case folded, eight bytes at a time. */
static unsigned
foldhash(const char *s, size_t n)
{
	uint64_t h = n, w;
	size_t i;

	for (i = 0; i < n; i += 8) {
		w = load_upto8((const unsigned char *)s + i, n - i < 8 ? n - i : 8);
		h = (h ^ lower_any8(w)) * 0x9E3779B97F4A7C15u;
		h ^= h >> 29;
	}
	return (unsigned)(h >> 32);
}

/* Are a and b, of n bytes each, the same with ASCII case folded? */
static int
same_folded(const char *a, const char *b, size_t n)
{
	size_t i, k;

	for (i = 0; i < n; i += 8) {
		k = n - i < 8 ? n - i : 8;
		if (lower_any8(load_upto8((const unsigned char *)a + i, k)) !=
		    lower_any8(load_upto8((const unsigned char *)b + i, k)))
			return 0;
	}
	return 1;
}

/* The entry that t, of hash h, is, or NULL. */
static const struct entry *
find(struct text t, unsigned h)
{
	for (; slot[h % HASH_SLOTS].s != NULL; h++)
		if (slot[h % HASH_SLOTS].len == t.len && same_folded(t.s, slot[h % HASH_SLOTS].s, t.len))
			return &slot[h % HASH_SLOTS];
	return NULL;
}

static void
hash_list(const char *const *list, int kind)
{
	struct text t;
	unsigned h, c;

	for (; *list != NULL; list++) {
		t.s = *list;
		t.len = strlen(*list);
		h = foldhash(t.s, t.len);
		if (++nentries > HASH_SLOTS / 2 || find(t, h) != NULL)
			die("internal error: a trailer list outgrew its table or has \"%s\" twice", t.s);
		c = (unsigned char)t.s[t.len - 1];
		list_ends[c / 64] |= (uint64_t)1 << c % 64;
		while (slot[h % HASH_SLOTS].s != NULL)
			h++;
		slot[h % HASH_SLOTS] = (struct entry){ t.s, t.len, kind };
	}
}

static void
hash_lists(void)
{
	if (nentries == 0) {
		hash_list(share_markers, TRAILER_SHARE);
		hash_list(known_labels, TRAILER_LABEL);
	}
}

/* Which list t, of hash h, is in: TRAILER_SHARE, TRAILER_LABEL or 0. */
static int
in_lists(struct text t, unsigned h)
{
	const struct entry *e;

	hash_lists();
	return (e = find(t, h)) != NULL ? e->kind : 0;
}

int
trailer_known_label(const char *s, size_t n)
{
	struct text t = { s, n };

	t = trim(t);
	return in_lists(t, foldhash(t.s, t.len)) == TRAILER_LABEL;
}

/* Does c end a sentence or a clause, as no label does? */
static int
clause_end(unsigned char c)
{
	switch (c) {
	case '.': case '!': case '?': case ';': case ':': case ',':
		return 1;
	}
	return 0;
}

/* Can t be in neither list nor label_like()?  Most lines end in a
 * sentence's or a clause's punctuation, which no list's entry does. */
static int
surely_not(struct text t)
{
	unsigned char c = (unsigned char)t.s[t.len - 1];

	if (!clause_end(c))
		return 0;
	hash_lists();
	return !(list_ends[c / 64] >> c % 64 & 1);
}

/* A label is short, begins with a capital or a digit, has no sentence
 * punctuation at its end, no colon, quotes, brackets or list bullets, and
 * at least one letter: "Oorlog in Oekraïne", "Omroep West".  A list
 * item or a lower-case fragment at the end of a body is not one. */
static int
label_like(struct text t)
{
	const uint64_t high = 0x8080808080808080u;
	uint64_t w, a, bad, text, lead = 0;     /* the line begins as after a space */
	size_t i, k, words = 0;
	int letter = 0;
	unsigned char c0;

	if (t.len == 0 || t.len > 60 || clause_end((unsigned char)t.s[t.len - 1]))
		return 0;
	c0 = (unsigned char)t.s[0];
	if (!((c0 >= 'A' && c0 <= 'Z') || (c0 >= '0' && c0 <= '9') || c0 >= 0xC0))
		return 0;
	/* eight bytes at a time, the last ones made up with spaces: bit 7
	 * of each byte tells of it */
	for (i = 0; i < t.len; i += 8) {
		if ((k = t.len - i) >= 8)
			w = load8((const unsigned char *)t.s + i);
		else
			w = load_upto8((const unsigned char *)t.s + i, k) |
			    0x2020202020202020u << 8 * k;
		a = w & ~high;
		bad = (swar_eq(a, '"') | swar_eq(a, '(') | swar_eq(a, ')') | swar_eq(a, '[') |
		    swar_eq(a, ':') | swar_eq(a, ';') | swar_range(a, 0, 0x1F)) & ~w;
		if (bad != 0)
			return 0;
		text = ~(swar_eq(a, ' ') & ~w) & high;
		/* a word begins at a byte that is not a space after one that is */
		words += bit_count(text & ~(text << 8 | lead));
		lead = text >> 56;
		/* an ASCII letter, or a byte from 0xC0 on */
		letter |= ((swar_range(a | 0x2020202020202020u, 'a', 'z') & ~w) |
		    (w & w << 1 & high)) != 0;
	}
	return letter && words <= 5;
}

int
trailer_candidate(const char *s, size_t n)
{
	struct text t = { s, n };
	unsigned h;
	int kind;

	t = trim(t);
	/* longer than any marker or label: most lines, quickly */
	if (t.len > 60 || t.len == 0 || surely_not(t))
		return 0;
	h = foldhash(t.s, t.len);
	if ((kind = in_lists(t, h)) != 0)
		return kind;
	return label_like(t) ? TRAILER_LABEL : 0;
}

/*
 * The one trailer policy.  Every reader of articles and artstrip decide
 * what ends a body here, so that what artstrip keeps reads back with no
 * trailer left: artstrip's idempotence rests on this being one function.
 *
 * A run holding a share marker and at most TRAILER_LABELS_MAX labels is
 * the trailer, all of it.  Otherwise the known labels and share markers
 * at its very end are; and if what stays before them would itself pass
 * the first test, all of the run is the trailer, since a second look at
 * the text without them would take that part too.  A run of more than
 * TRAILER_RUN_MAX candidates is a list in the body.  A share marker that
 * artstrip removes wherever it stands is not held, but still counts as
 * the run's share marker for the first test (tailrun_share()); a second
 * pass, without it, then takes nothing more.
 */
void
tailrun_reset(struct tailrun *r)
{
	r->n = 0;
	r->overlong = 0;
	r->share = 0;
}

void
tailrun_share(struct tailrun *r)
{
	r->share = 1;
}

int
tailrun_add(struct tailrun *r, int kind, const char *s, size_t n)
{
	if (r->overlong)
		return 0;
	if (r->n == TRAILER_RUN_MAX) {
		r->n = 0;
		r->overlong = 1;
		return 0;
	}
	r->kind[r->n] = kind;
	r->known[r->n] = kind == TRAILER_SHARE || trailer_known_label(s, n);
	r->n++;
	return 1;
}

/* Would candidates [0, end) be a trailer by their share marker (or with
 * all, by one seen but not held)? */
static int
shared(const struct tailrun *r, size_t end, int all)
{
	size_t i, labels = 0;
	int share = all && r->share;

	for (i = 0; i < end; i++) {
		share |= r->kind[i] == TRAILER_SHARE;
		labels += r->kind[i] == TRAILER_LABEL;
	}
	return share && labels <= TRAILER_LABELS_MAX;
}

size_t
tailrun_start(const struct tailrun *r)
{
	size_t start = r->n;

	if (r->overlong)
		return r->n;
	if (shared(r, r->n, 1))
		return 0;
	while (start > 0 && r->known[start - 1])
		start--;
	return shared(r, start, 0) ? 0 : start;
}
