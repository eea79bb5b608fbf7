/*
 * The built-in boilerplate rules, which know the inline boilerplate
 * lines of Dutch and English news sites.  Their patterns are data, in
 * rules_table.c.
 *
 * Every built-in rule looks at one whole line, never at its neighbours, so
 * a second pass over cleaned text decides exactly as the first did.  The
 * rules are deliberately narrow: a line is boilerplate when all of it is a
 * pointer, a credit, a plea or a widget label.  A line that reads as prose
 * (bp_is_content) is left alone by every rule except the few that need
 * stronger evidence: a boilerplate label and a colon at its start ("Lees
 * ook:", "Foto:"), and the consent and subscription pleas.
 */
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "rules.h"
#include "word_priv.h"

/* Longer lines are never boilerplate by a built-in rule; the word list of
 * a line holds at most MAXWORDS words. */
enum { MAXRULELEN = 600, MAXWORDS = 64 };
/* The most words of a credit, the longest of the rules for short lines:
 * bylines (14), dates and pointers without a colon (12), here-lines
 * without one (10).  Past it, a line that ends no sentence is taken only
 * by the pleas, a caption, a pattern, or a pointer or here-line that ends
 * in a colon; and past HEADLINE_WORDS, the most of a linked title
 * (bp_headline()), it is no title either.  surely_kept() counts on both. */
enum { SHORT_RULE_WORDS = 16, HEADLINE_WORDS = 20 };
/* The words past which a line that ends no sentence is screened. */
enum { UNENDED_WORDS = SHORT_RULE_WORDS > HEADLINE_WORDS ? SHORT_RULE_WORDS : HEADLINE_WORDS };
/* The masks of a line are taken this many blocks at a time. */
enum { SCREEN_BLOCKS = (MAXRULELEN + 63) / 64 };

/* ---- the word lists ---- */

/* The word lists of the rules below. */
static const char *const more_words[] = { "meer", "more", "alles", NULL };
static const char *const determiners[] = {
	"de", "het", "een", "deze", "dit", "the", "a", "this", NULL
};
static const char *const app_determiners[] = {
	"de", "het", "onze", "nu", "gratis", "hier", "the", "our", "now", NULL
};
static const char *const app_words[] = { "app", "apps", NULL };
static const char *const tip_words[] = { "tip", "tips", "tippen", NULL };
static const char *const newsroom_words[] = { "redactie", "ons", "onze", "us", NULL };
static const char *const byline_openers[] = {
	"Door", "By", "Verslaggever", "Correspondent", "Redacteur", "Reporter",
	"Tekst", NULL
};
static const char *const order_words[] = { "laatst", "last", "first", "eerst", NULL };

/* First words of the app plea, of the plea to follow, and the labels
 * that open a credit; the labels of a credit after a caption.
 * surely_kept() looks for them too. */
static const char *const app_verbs[] = {
	"download", "installeer", "install", "haal", "get", NULL
};
static const char *const follow_verbs[] = { "volg", "follow", NULL };
static const char *const photo_labels[] = {
	"foto", "foto's", "beeld", "photo", "image", "credit", "fotograaf",
	"fotografie", "beelden", NULL
};
static const char *const source_labels[] = {
	"bron", "bronnen", "source", "sources", NULL
};
static const char *const caption_labels[] = {
	"photograph", "photo", "foto", "beeld", "composite", "illustration",
	"image", "picture", "video", NULL
};

static const char *const rights[] = {
	"alle", "rechten", "voorbehouden", "all", "rights", "reserved", "inc",
	"ltd", "bv", "b.v", "nv", "n.v", "plc", "llc", NULL
};

/* The markers of the pleas (rule_plea()). */
static const char *const plea_consent[] = {
	"accepteer", "accepteert", "accepteren", "toestemming", "instellingen",
	"voorkeuren", "toestaan", "akkoord", "accept", "allow", "consent",
	"settings", "preferences", "enable", "cookie-instellingen",
	"cookievoorkeuren", "cookie-voorkeuren", "cookiebeleid", NULL
};
static const char *const plea_view[] = {
	"bekijken", "zien", "tonen", "weergeven", "afspelen", "laden",
	"bekijk", "view", "see", "display", "watch", "load", "play", "inhoud",
	"content", "video", "element", "onderdeel", "embed", "tweet",
	"bericht", "post", "media", "widget", "getoond", "weergegeven", NULL
};
static const char *const plea_subscribe[] = {
	"abonneer", "abonneren", "aanmelden", "meld", "schrijf", "inschrijven",
	"ontvang", "ontvangen", "registreer", "sign", "subscribe", "get",
	"krijg", "mis", NULL
};
static const char *const plea_imperative[] = {
	"abonneer", "meld", "schrijf", "ontvang", "sign", "subscribe", "get",
	"registreer", "krijg", "mis", NULL
};
/* The labels and words of a date line (rule_date()). */
static const char *const date_labels[] = {
	"gepubliceerd", "geplaatst", "bijgewerkt", "aangepast", "gewijzigd",
	"geactualiseerd", "geüpdatet", "published", "updated", "posted",
	"modified", NULL
};
static const char *const date_words[] = {
	"om", "op", "uur", "geleden", "minuten", "minuut", "min", "uren",
	"dagen", "dag", "seconden", "ago", "hours", "hour", "minutes", "minute",
	"mins", "days", "day", "seconds", "vandaag", "gisteren", "eergisteren",
	"today", "yesterday", "at", "on", "cet", "cest", "gmt", "bst", "utc",
	"am", "pm", "januari", "februari", "maart", "april", "mei", "juni",
	"juli", "augustus", "september", "oktober", "november", "december",
	"jan", "feb", "mrt", "apr", "jun", "jul", "aug", "sep", "sept", "okt",
	"nov", "dec", "january", "february", "march", "may", "june", "july",
	"august", "october", "mar", "oct", "maandag", "dinsdag", "woensdag",
	"donderdag", "vrijdag", "zaterdag", "zondag", "ma", "di", "wo", "do",
	"vr", "za", "zo", "monday", "tuesday", "wednesday", "thursday",
	"friday", "saturday", "sunday", "mon", "tue", "wed", "thu", "fri",
	"sat", "sun", "een", "an", "a", "laatst", "last", "first", "eerst",
	NULL
};
/* The first words of corrections and editor's notes (protected()). */
static const char *const protected_first[] = {
	"correctie", "correcties", "rectificatie", "herstel", "erratum",
	"correction", "corrections", "clarification", "update", "naschrift",
	"noot", "disclaimer", "editor's", NULL
};

/* Every list a rule asks of a word, by its bit in the set: a word is
 * looked up once, for all of them (wordset.c). */
enum {
	WL_SECOND_PERSON, WL_PLATFORMS, WL_VERBS_VIEW, WL_VERBS_LISTEN,
	WL_VERBS_READ, WL_VERBS_FOLLOW, WL_NOUNS_VIDEO, WL_NOUNS_PHOTO,
	WL_NOUNS_AUDIO, WL_NOUNS_LIVEBLOG, WL_NOUNS_TEXT, WL_POINTER_ADVERBS,
	WL_HERE, WL_AGENCIES, WL_PARTICLES, WL_MORE, WL_DETERMINERS,
	WL_APP_DETERMINERS, WL_APP_WORDS, WL_TIP_WORDS, WL_NEWSROOM,
	WL_BYLINE_OPENERS, WL_ORDER, WL_APP_VERBS, WL_PHOTO_LABELS,
	WL_SOURCE_LABELS, WL_CAPTION_LABELS, WL_RIGHTS, WL_CONSENT, WL_VIEW,
	WL_SUBSCRIBE, WL_IMPERATIVE, WL_DATE_LABELS, WL_DATE_WORDS, WL_PROTECTED
};
static const char *const *const rule_lists[] = {
	[WL_SECOND_PERSON] = bp_second_person, [WL_PLATFORMS] = bp_platforms,
	[WL_VERBS_VIEW] = bp_verbs_view, [WL_VERBS_LISTEN] = bp_verbs_listen,
	[WL_VERBS_READ] = bp_verbs_read, [WL_VERBS_FOLLOW] = bp_verbs_follow,
	[WL_NOUNS_VIDEO] = bp_nouns_video, [WL_NOUNS_PHOTO] = bp_nouns_photo,
	[WL_NOUNS_AUDIO] = bp_nouns_audio, [WL_NOUNS_LIVEBLOG] = bp_nouns_liveblog,
	[WL_NOUNS_TEXT] = bp_nouns_text, [WL_POINTER_ADVERBS] = bp_pointer_adverbs,
	[WL_HERE] = bp_here_words, [WL_AGENCIES] = bp_agencies,
	[WL_PARTICLES] = bp_particles, [WL_MORE] = more_words,
	[WL_DETERMINERS] = determiners, [WL_APP_DETERMINERS] = app_determiners,
	[WL_APP_WORDS] = app_words, [WL_TIP_WORDS] = tip_words,
	[WL_NEWSROOM] = newsroom_words, [WL_BYLINE_OPENERS] = byline_openers,
	[WL_ORDER] = order_words, [WL_APP_VERBS] = app_verbs,
	[WL_PHOTO_LABELS] = photo_labels, [WL_SOURCE_LABELS] = source_labels,
	[WL_CAPTION_LABELS] = caption_labels, [WL_RIGHTS] = rights,
	[WL_CONSENT] = plea_consent, [WL_VIEW] = plea_view,
	[WL_SUBSCRIBE] = plea_subscribe, [WL_IMPERATIVE] = plea_imperative,
	[WL_DATE_LABELS] = date_labels, [WL_DATE_WORDS] = date_words,
	[WL_PROTECTED] = protected_first
};
static struct wordsets rule_words = {
	rule_lists, sizeof rule_lists / sizeof rule_lists[0], NULL, { NULL, 0, 0 }
};

/* The lists that hold w, as bits WL_*. */
static uint64_t
lists_of(struct text w)
{
	return wordsets_of(&rule_words, w);
}

#define IN(lists, l) ((lists) >> (l) & 1)

/* ---- the line as the rules see it ---- */

struct line {
	struct text t;             /* cleaned */
	char lc[SCREEN_BLOCKS * 64 + 1];   /* ASCII lower case copy of t */
	struct text w[MAXWORDS];   /* words of lc */
	uint64_t in[MAXWORDS];     /* the lists that hold each (lists_of())... */
	uint64_t known;            /* ...bit i: looked up for word i */
	size_t nw;                 /* number of words, at most MAXWORDS */
	size_t wordsend;           /* lc[0..wordsend) holds the words */
	int colon;                 /* t ends with a colon */
	int content;               /* bp_is_content(t) */
};

/* The word of lc[first..last) is the next of L, if there is room. */
static void
add_word(struct line *L, size_t first, size_t last)
{
	if (L->nw < MAXWORDS) {
		L->w[L->nw].s = L->lc + first;
		L->w[L->nw++].len = last - first;
	}
}

/* What follows from the words of L and its text t. */
static void
line_finish(struct line *L, struct text t)
{
	L->lc[t.len] = '\0';
	L->known = 0;
	L->wordsend = L->nw > 0 ? (size_t)(L->w[L->nw - 1].s + L->w[L->nw - 1].len - L->lc) : 0;
	L->colon = t.len > 0 && t.s[t.len - 1] == ':';
	/* bp_is_content(), with the words already counted */
	L->content = L->nw > BP_HANDFUL && bp_ends_sentence(t);
}

/* line_init() a character at a time, for any line of at most MAXRULELEN
 * bytes. */
static void
line_init_bytes(struct line *L, struct text t)
{
	const unsigned char *u = (const unsigned char *)t.s;
	struct wordspan span;
	size_t i = 0, k;

	/* one pass: the lower case copy, and its words as bp_next_word()
	 * would find them (lowering ASCII letters moves no boundary) */
	L->t = t;
	L->nw = 0;
	span.found = 0;
	while (i < t.len) {
		if (u[i] == ' ') {
			L->lc[i++] = ' ';
			if (span.found)
				add_word(L, span.first, span.last);
			span.found = 0;
			continue;
		}
		if (u[i] < 0x80) {
			L->lc[i] = (char)(u[i] >= 'A' && u[i] <= 'Z' ? u[i] + ('a' - 'A') : u[i]);
			if (ascii_alnum(u[i]))
				bp_span_add(&span, i, 1);
			i++;
			continue;
		}
		k = bp_word_step(u, i, t.len, &span);
		memcpy(L->lc + i, t.s + i, k);
		i += k;
	}
	if (span.found)
		add_word(L, span.first, span.last);
	line_finish(L, t);
}

/* The word i as it stands in the original line (its case kept). */
static struct text
orig(struct line *L, size_t i)
{
	struct text o;

	o.s = L->t.s + (L->w[i].s - L->lc);
	o.len = L->w[i].len;
	return o;
}


/* The lists that hold word i of L, looked up when first asked: most
 * rules look at a few words of a line. */
static uint64_t
lists_of_word(struct line *L, size_t i)
{
	if (!(L->known >> i & 1)) {
		L->in[i] = lists_of(L->w[i]);
		L->known |= (uint64_t)1 << i;
	}
	return L->in[i];
}

/* Does list l hold word i of L? */
static int
word_in(struct line *L, size_t i, int l)
{
	return IN(lists_of_word(L, i), l);
}

/* Does list l hold a word of L from word `from` on? */
static int
has_word(struct line *L, size_t from, int l)
{
	size_t i;

	for (i = from; i < L->nw; i++)
		if (word_in(L, i, l))
			return 1;
	return 0;
}

/* Does a word of L contain the string sub? */
static int
has_part(struct line *L, const char *sub)
{
	size_t i, k = strlen(sub), j;

	/* letters in lc before the end of the last word lie in a word */
	for (i = 0; i < k && sub[i] >= 'a' && sub[i] <= 'z'; i++)
		;
	if (i == k)
		return bp_contains(L->lc, L->wordsend, sub, k);

	for (i = 0; i < L->nw; i++)
		for (j = 0; j + k <= L->w[i].len; j++)
			if (memcmp(L->w[i].s + j, sub, k) == 0)
				return 1;
	return 0;
}

static int
starts_upper(struct text w)
{
	unsigned char c = (unsigned char)w.s[0];

	/* A non-ASCII initial (É, Ö, Ş) is taken as a capital. */
	return (c >= 'A' && c <= 'Z') || c >= 0xC0 || (c >= '0' && c <= '9');
}

/* What pointer verbs and the nouns after them point at. */
enum { PV_VIEW = 1, PV_LISTEN, PV_READ, PV_FOLLOW };
enum { PN_VIDEO = 1, PN_PHOTO, PN_AUDIO, PN_LIVEBLOG, PN_TEXT };

/* ---- C rules ---- */


/* The pointer verb and the noun that a word is, by its lists. */
static int
verb_class(uint64_t in)
{
	if (IN(in, WL_VERBS_VIEW))
		return PV_VIEW;
	if (IN(in, WL_VERBS_LISTEN))
		return PV_LISTEN;
	if (IN(in, WL_VERBS_READ))
		return PV_READ;
	if (IN(in, WL_VERBS_FOLLOW))
		return PV_FOLLOW;
	return 0;
}

static int
noun_class(uint64_t in)
{
	if (IN(in, WL_NOUNS_VIDEO))
		return PN_VIDEO;
	if (IN(in, WL_NOUNS_PHOTO))
		return PN_PHOTO;
	if (IN(in, WL_NOUNS_AUDIO))
		return PN_AUDIO;
	if (IN(in, WL_NOUNS_LIVEBLOG))
		return PN_LIVEBLOG;
	if (IN(in, WL_NOUNS_TEXT))
		return PN_TEXT;
	return 0;
}

static enum bp_reason
noun_reason(int noun, int verb)
{
	switch (noun) {
	case PN_VIDEO:
		return BP_VIDEO;
	case PN_PHOTO:
		return BP_PHOTO;
	case PN_AUDIO:
		return BP_AUDIO;
	case PN_LIVEBLOG:
		return BP_LIVEBLOG;
	}
	if (verb == PV_VIEW)
		return BP_VIDEO;
	if (verb == PV_LISTEN)
		return BP_AUDIO;
	return BP_READMORE;
}

static int
first_noun(struct line *L, size_t from)
{
	size_t i;
	int c;

	for (i = from; i < L->nw; i++)
		if ((c = noun_class(lists_of_word(L, i))) != 0)
			return c;
	return 0;
}

/* "Bekijk hier de video", "Lees het hele interview", "Kijk ook",
 * "Lees meer over de verkiezingen", "Bekijk in de video hieronder hoe ...:"
 * A verb that points, then what it points at; short, or ending in a
 * colon. */
static enum bp_reason
rule_pointer(struct line *L)
{
	size_t i;
	int verb, noun;

	if (L->nw == 0 || (verb = verb_class(lists_of_word(L, 0))) == 0)
		return BP_KEPT;
	if (L->nw > (L->colon ? 40u : 12u))
		return BP_KEPT;
	/* only adverbs after the verb: "Lees verder", "Kijk hier ook" */
	for (i = 1; i < L->nw && word_in(L, i, WL_POINTER_ADVERBS); i++)
		;
	if (i > 1 && (i == L->nw ||
	    ((text_eq(L->w[i], "over") || text_eq(L->w[i], "about")) &&
	    has_word(L, 1, WL_MORE) &&
	    L->nw - i <= 9)))
		return noun_reason(0, verb == PV_FOLLOW ? PV_READ : verb);
	/* "Lees ook: ..." without the colon: a linked headline follows */
	if (L->nw >= 3 && text_eq(L->w[1], "ook") && !text_eq(L->w[0], "kijk") &&
	    verb != PV_FOLLOW)
		return noun_reason(0, verb);
	if ((noun = first_noun(L, 1)) == 0) {
		/* "Kijk hier de persconferentie terug" */
		if (verb == PV_VIEW && L->nw <= 10 && text_eq(L->w[L->nw - 1], "terug"))
			return BP_VIDEO;
		return BP_KEPT;
	}
	if (verb == PV_FOLLOW && noun != PN_LIVEBLOG && noun != PN_VIDEO)
		return BP_KEPT;
	return noun_reason(noun, verb);
}

/* "Hieronder de beelden", "In de video hieronder legt ... uit:",
 * "Beelden van de brand:", "De video:". */
static enum bp_reason
rule_here(struct line *L)
{
	int noun;

	if (L->nw == 0)
		return BP_KEPT;
	if ((L->colon ? L->nw <= 30 : L->nw <= 10) && has_word(L, 0, WL_HERE)) {
		if ((noun = first_noun(L, 0)) != 0 && noun != PN_TEXT)
			return noun_reason(noun, 0);
		return BP_KEPT;
	}
	if (!L->colon || L->nw > 10)
		return BP_KEPT;
	noun = noun_class(lists_of_word(L, 0));
	if (noun == 0 && L->nw >= 2 && word_in(L, 0, WL_DETERMINERS))
		noun = noun_class(lists_of_word(L, 1));
	if (noun == 0 || noun == PN_TEXT)
		return BP_KEPT;
	return noun_reason(noun, 0);
}

/* Pleas that may be whole sentences: cookie walls, newsletters, apps,
 * social media.  Each needs several markers at once. */
static enum bp_reason
rule_plea(struct line *L)
{

	if (L->nw == 0 || L->nw > 40)
		return BP_KEPT;
	/* the words first: a line's words are looked up once for all the
	 * rules, a part of a word is looked for anew */
	if (has_word(L, 0, WL_CONSENT) && has_word(L, 0, WL_SECOND_PERSON) &&
	    has_word(L, 0, WL_VIEW) && has_part(L, "cookie"))
		return BP_COOKIE;
	if (L->nw <= 35 && has_word(L, 0, WL_SUBSCRIBE) &&
	    (has_word(L, 0, WL_SECOND_PERSON) || word_in(L, 0, WL_IMPERATIVE)) &&
	    (has_part(L, "nieuwsbrief") || has_part(L, "newsletter")))
		return BP_NEWSLETTER;
	if (L->nw >= 2 && L->nw <= 25 && word_in(L, 0, WL_APP_VERBS) &&
	    word_in(L, 1, WL_APP_DETERMINERS) &&
	    (has_word(L, 1, WL_APP_WORDS) ||
	    has_part(L, "-app")))
		return BP_APP;
	if (L->nw <= 20 && has_word(L, 0, WL_TIP_WORDS) &&
	    bp_contains(L->lc, L->wordsend, "tip", 3) && (memchr(L->t.s, '@', L->t.len) != NULL ||
	    has_word(L, 0, WL_NEWSROOM)) && (has_word(L, 0, WL_SECOND_PERSON) || text_eq(L->w[0], "tip")))
		return BP_TIP;
	/* the cheap test first */
	if (L->nw >= 3 && L->nw <= 25 &&
	    ((text_eq(L->w[0], follow_verbs[0]) && text_eq(L->w[1], "ons")) ||
	    (text_eq(L->w[0], follow_verbs[1]) && text_eq(L->w[1], "us"))) &&
	    has_word(L, 2, WL_PLATFORMS))
		return BP_SOCIAL;
	return BP_KEPT;
}

/* Does c join the pieces of a credit's word ("ANP/Robin", "EPA-EFE")? */
static int
credit_joiner(char c)
{
	switch (c) {
	case '/': case '|': case ',': case ';': case '&': case '-': case '+':
		return 1;
	}
	return 0;
}

/* Is w (o in its original case) part of a credit?  Its pieces between
 * slashes and hyphens ("ANP/Robin", "EPA-EFE") are bp_agencies, name
 * bp_particles or capitalised names. */

static int
credit_word(struct text w, struct text o, int *agency, size_t *names)
{
	struct text p, op;
	size_t i = 0, j;
	uint64_t in;

	while (i < w.len) {
		for (j = i; j < w.len && !credit_joiner(w.s[j]); j++)
			;
		if (j > i) {
			p.s = w.s + i;
			p.len = j - i;
			op.s = o.s + i;
			op.len = j - i;
			in = lists_of(p);
			if (IN(in, WL_AGENCIES))
				*agency = 1;
			else if (IN(in, WL_PARTICLES))
				;
			else if (starts_upper(op))
				(*names)++;
			else
				return 0;
		}
		i = j + 1;
	}
	return 1;
}


/* Credits: "ANP", "Reuters / Yves Herman", "Foto ANP", "© ANP 2024",
 * "Beeld Getty Images", "Bron: NOS", "© 2024 DPG Media".  After an
 * optional label only capitalised names, bp_agencies, bp_particles and years. */
static enum bp_reason
rule_credit(struct line *L)
{
	size_t i, start = 0, names = 0;
	int label = 0, agency = 0;
	struct text w;
	enum { L_PHOTO = 1, L_COPYRIGHT, L_SOURCE };

	if (L->nw == 0 || L->nw > SHORT_RULE_WORDS)
		return BP_KEPT;
	w = L->w[0];
	if (text_eq(w, "\xC2\xA9") || text_eq(w, "copyright") ||
	    (L->t.len >= 3 && memcmp(L->lc, "(c)", 3) == 0 && text_eq(w, "c")))
		label = L_COPYRIGHT;
	else if (word_in(L, 0, WL_PHOTO_LABELS))
		label = L_PHOTO;
	else if (word_in(L, 0, WL_SOURCE_LABELS))
		label = L_SOURCE;
	if (label != 0) {
		start = 1;
		if (label == L_COPYRIGHT && L->nw > 1 && text_eq(L->w[1], "copyright"))
			start = 2;
	} else if (L->content || L->nw > 8)
		return BP_KEPT;
	if (label == L_COPYRIGHT) {
		/* "© 2024 NOS. Alle rechten voorbehouden.": names, years and the
		 * reservation of rights, nothing else */
		if (L->nw > 15 || L->nw == start)
			return BP_KEPT;
		/* "(c)" also numbers list items: a year must follow it */
		if (!text_eq(L->w[0], "\xC2\xA9")) {
			for (i = start; i < L->nw && !(L->w[i].s[0] >= '0' && L->w[i].s[0] <= '9'); i++)
				;
			if (i == L->nw)
				return BP_KEPT;
		}
		for (i = start; i < L->nw; i++)
			if (!word_in(L, i, WL_RIGHTS) &&
			    !credit_word(L->w[i], orig(L, i), &agency, &names))
				return BP_KEPT;
		return agency ? BP_PHOTO : BP_COPYRIGHT;
	}
	if (L->nw - start > 8 || L->nw == start)
		return BP_KEPT;
	for (i = start; i < L->nw; i++)
		if (!credit_word(L->w[i], orig(L, i), &agency, &names))
			return BP_KEPT;
	/* "NOS / Wouter Zwart": names around a slash are a credit too */
	if (!agency && label == 0 && (names < 3 || L->nw > 6 ||
	    memchr(L->t.s, '/', L->t.len) == NULL))
		return BP_KEPT;
	/* "Foto Koen" could be a caption; a label without a colon needs an
	 * agency or at least two names */
	if (!agency && !L->colon && names < 2 && memchr(L->t.s, ':', L->t.len) == NULL)
		return BP_KEPT;
	if (label == L_SOURCE)
		return BP_SOURCE;
	return label == L_PHOTO ? BP_PHOTO : BP_CREDIT;
}

/* A caption that ends in its credit: "... on Friday. Photograph: Tom
 * Baker/PA", "De brand in de nacht. Foto: ANP", "Schoof in de Kamer.
 * Beeld ANP", "Schoof in de Kamer © ANP". */
static enum bp_reason
rule_caption(struct line *L)
{
	size_t i, j, names = 0;
	const char *p, *end = L->lc + L->t.len;
	int agency = 0;

	if (L->nw < 3)
		return BP_KEPT;
	for (i = L->nw > 7 ? L->nw - 7 : 1; i < L->nw - 1; i++) {
		int copyright = text_eq(L->w[i], "\xC2\xA9"), colon;

		p = L->w[i].s + L->w[i].len;
		colon = p < end && *p == ':';
		/* the caption before a label ends a sentence */
		p = L->w[i].s;
		if (!copyright && (p - L->lc < 2 || p[-1] != ' ' ||
		    strchr(".!?)\"'", p[-2]) == NULL || !(word_in(L, i, WL_CAPTION_LABELS) &&
		    (colon || text_eq(L->w[i], "beeld") || text_eq(L->w[i], "foto")))))
			continue;
		agency = 0;
		names = 0;
		for (j = i + 1; j < L->nw; j++)
			if (!credit_word(L->w[j], orig(L, j), &agency, &names))
				return BP_KEPT;
		/* "... Beeld ANP", "... © Jan Jansen" */
		if (colon || agency || names >= 2)
			return BP_PHOTO;
	}
	return BP_KEPT;
}

/* "Door Jan de Vries", "Door Anna Jansen, correspondent Afrika",
 * "By John Smith and Jane Doe, BBC News". */
static enum bp_reason
rule_byline(struct line *L)
{
	size_t i, names = 0;

	if (L->nw < 3 || L->nw > 14 || L->content)
		return BP_KEPT;
	if (!IN(lists_of(orig(L, 0)), WL_BYLINE_OPENERS))
		return BP_KEPT;
	for (i = 1; i < L->nw; i++) {
		/* a role after a comma: ", correspondent Afrika" */
		if (names >= 2 && L->w[i - 1].s + L->w[i - 1].len < L->lc + L->t.len &&
		    L->w[i - 1].s[L->w[i - 1].len] == ',')
			return L->nw - i <= 5 ? BP_BYLINE : BP_KEPT;
		if (word_in(L, i, WL_PARTICLES))
			continue;
		if (!starts_upper(orig(L, i)))
			return BP_KEPT;
		names++;
	}
	return names >= 2 ? BP_BYLINE : BP_KEPT;
}

/* "Gepubliceerd: 19 juni 2024, 21:55", "Bijgewerkt 2 uur geleden",
 * "Last updated 3 hours ago". */
static enum bp_reason
rule_date(struct line *L)
{
	size_t i = 0;

	if (L->nw < 2 || L->nw > 12)
		return BP_KEPT;
	if (word_in(L, 0, WL_ORDER))
		i = 1;
	if (!word_in(L, i, WL_DATE_LABELS))
		return BP_KEPT;
	for (i++; i < L->nw; i++)
		if (!word_in(L, i, WL_DATE_WORDS) &&
		    !(L->w[i].s[0] >= '0' && L->w[i].s[0] <= '9'))
			return BP_KEPT;
	return BP_DATE;
}

/* A line without a letter or a digit: "***", "—", "👇". */
static int
symbols_only(struct text t)
{
	struct text w;
	size_t pos = 0;

	return !bp_next_word(t.s, t.len, &pos, &w);
}

/* Lines that are never boilerplate: corrections and editor's notes. */
static int
protected(struct line *L)
{

	return L->nw > 0 && word_in(L, 0, WL_PROTECTED);
}


/* The read-more phrases of one form, as one alternation between head
 * and tail. */
static char *
readmore_pattern(int form, const char *head, const char *tail)
{
	size_t i, len = strlen(head) + strlen(tail) + 3;
	char *re, *p;

	for (i = 0; bp_readmore[i].re != NULL; i++)
		len += strlen(bp_readmore[i].re) + 1;
	p = re = emalloc(len);
	p = stpcpy(p, head);
	*p++ = '(';
	for (i = 0; bp_readmore[i].re != NULL; i++) {
		if (!(bp_readmore[i].forms & form))
			continue;
		if (p[-1] != '(')
			*p++ = '|';
		p = stpcpy(p, bp_readmore[i].re);
	}
	*p++ = ')';
	strcpy(p, tail);
	return re;
}

static void
compile(regex_t *re, const char *pattern, int flags, size_t rule)
{
	char msg[256];
	int e;

	if ((e = regcomp(re, pattern, REG_EXTENDED | REG_NOSUB | flags)) != 0) {
		regerror(e, re, msg, sizeof msg);
		die("built-in rule %zu: %s", rule, msg);
	}
}

static regex_t *recomp;
static unsigned char *compiled;   /* recomp[i] is ready */
static struct refilter *filters;
/* Bit i: rule i (of the first 64) may match a line that begins with the
 * byte, [0], or offers it after a bullet, [1]. */
static uint64_t by_start[2][256];
/* The same by the first two bytes, hashed: bit i of by_pair[k][b] when
 * a prefix of rule i begins with two bytes of bucket b (every bucket
 * when the rule has no prefixes listed); by_single[k][c] when a prefix
 * is the byte c alone ("[0-9]" before a repeat), which would fill many
 * buckets. */
enum { PAIR_BUCKETS = 1024 };
static uint64_t by_pair[2][PAIR_BUCKETS], by_single[2][256];
static uint64_t strong;           /* bit i: rule i (of the first 64) is strong */

/* The text of rule i; *built is what to free after. */
static const char *
rule_pattern(size_t i, char **built)
{
	*built = NULL;
	if (bp_rerules[i].re != NULL)
		return bp_rerules[i].re;
	*built = bp_rerules[i].form == RM_LABEL ?
	    readmore_pattern(RM_LABEL, LABEL_HEAD, LABEL_TAIL) :
	    readmore_pattern(RM_LINE, H, T);
	return *built;
}

static size_t
pair_bucket(unsigned c, unsigned d)
{
	return (c * 67 + d) % PAIR_BUCKETS;
}

/* Rule i (of the first 64) into by_pair, from its filter f. */
static void
add_pairs(const struct refilter *f, size_t i)
{
	uint64_t bit = (uint64_t)1 << i;
	size_t j, k, b;
	unsigned c;

	for (j = 0; j < (f->bullet ? 2u : 1u); j++) {
		if (f->nprefix == 0)
			for (b = 0; b < PAIR_BUCKETS; b++)
				by_pair[j][b] |= bit;
		for (k = 0; k < f->nprefix; k++) {
			c = (unsigned char)f->prefix[k][0];
			if (f->prefixlen[k] > 1)
				by_pair[j][pair_bucket(c, (unsigned char)f->prefix[k][1])] |= bit;
			else
				by_single[j][c] |= bit;
		}
	}
}

/* The filters of every rule; the matchers are compiled when first
 * needed, since the filters rule most of them out of most texts. */
static void
compile_rules(void)
{
	char *built;
	size_t i;
	unsigned c;

	recomp = ereallocarray(NULL, bp_nrerules, sizeof recomp[0]);
	compiled = emalloc(bp_nrerules);
	memset(compiled, 0, bp_nrerules);
	filters = ereallocarray(NULL, bp_nrerules, sizeof filters[0]);
	for (i = 0; i < bp_nrerules; i++) {
		refilter_make(&filters[i], rule_pattern(i, &built));
		free(built);
		if (i < 64 && bp_rerules[i].strong)
			strong |= (uint64_t)1 << i;
		if (i < 64)
			add_pairs(&filters[i], i);
		for (c = 0; c < 256 && i < 64; c++) {
			if (refilter_may_begin(&filters[i], 0, (unsigned char)c))
				by_start[0][c] |= (uint64_t)1 << i;
			if (refilter_may_begin(&filters[i], 1, (unsigned char)c))
				by_start[1][c] |= (uint64_t)1 << i;
		}
	}
}

/* The two bytes at place j of F, as a bucket of by_pair (the line is
 * NUL-terminated: there is a byte after its last). */
static size_t
pair_at(const struct refilter_line *F, size_t j)
{
	unsigned char c = F->start[j];

	return pair_bucket(c, c != 0 && F->at[j] < F->len ? (unsigned char)F->lc[F->at[j] + 1] : 0);
}

/* The rules that may match the line F, as bits; the first tests of
 * refilter_may_match() for all of them at once: the first byte, and the
 * first two of a prefix. */
static uint64_t
candidates_at(const struct refilter_line *F, int after_bullet, size_t j)
{
	unsigned char c = F->start[j];

	return by_start[after_bullet][c] &
	    (by_pair[after_bullet][pair_at(F, j)] | by_single[after_bullet][c]);
}

static uint64_t
candidates(const struct refilter_line *F)
{
	return candidates_at(F, 0, 0) | candidates_at(F, 1, 1) | candidates_at(F, 1, 2);
}

/* Does rule i match the lower-case line lc? */
static int
rule_matches(size_t i, const char *lc)
{
	char *built;

	if (!compiled[i]) {
		compile(&recomp[i], rule_pattern(i, &built), 0, i);
		free(built);
		compiled[i] = 1;
	}
	return regexec(&recomp[i], lc, 0, NULL, 0) == 0;
}

/* The first rule the line F (lc in lower case) matches, of all or of the
 * strong ones alone: its number, or bp_nrerules. */
static size_t
first_match(const struct refilter_line *F, const char *lc, int strong_only)
{
	uint64_t cand = candidates(F) & (strong_only ? strong : ~(uint64_t)0);
	size_t i;

	for (; cand != 0; cand &= cand - 1)
		if (refilter_may_match(&filters[i = lowest_bit(cand)], F) && rule_matches(i, lc))
			return i;
	for (i = 64; i < bp_nrerules; i++)
		if ((!strong_only || bp_rerules[i].strong) &&
		    refilter_may_match(&filters[i], F) && rule_matches(i, lc))
			return i;
	return bp_nrerules;
}

/* Strings to find where they begin, by their first byte: a table
 * built from word lists when first used. */
enum { MAXSTARTS = 64 };
struct starts {
	const char *const *const *lists;   /* NULL-terminated lists of them */
	int ready;
	struct { const char *s; size_t len; } word[MAXSTARTS];
	unsigned char from[256], count[256];
	/* bit b of pair[c]: a string begins with c and a byte whose low six
	 * bits are b (every bit for a string of one byte) */
	uint64_t pair[256];
};

/* Those of each byte side by side. */
static void
starts_ready(struct starts *t)
{
	const char *const *const *l;
	const char *const *w;
	size_t nw = 0;
	unsigned c;

	for (c = 0; c < 256; c++) {
		t->from[c] = (unsigned char)nw;
		for (l = t->lists; *l != NULL; l++)
			for (w = *l; *w != NULL; w++)
				if ((unsigned char)(*w)[0] == c && nw < MAXSTARTS) {
					t->word[nw].s = *w;
					t->word[nw++].len = strlen(*w);
					t->count[c]++;
					t->pair[c] |= (*w)[1] == '\0' ? ~(uint64_t)0 :
					    (uint64_t)1 << ((unsigned char)(*w)[1] & 63);
				}
	}
	t->ready = 1;
}

/* Does one of the strings of t begin at s[0..n)?  s[1] is there to
 * read (the lines are NUL-terminated).  Most places begin none: the
 * first two bytes tell it from one table, with a branch that is seldom
 * taken. */
static inline int
starts_at(struct starts *t, const char *s, size_t n)
{
	size_t k;
	unsigned c;

	if (!t->ready)
		starts_ready(t);
	if (n == 0)
		return 0;
	c = (unsigned char)s[0];
	if (!(t->pair[c] >> ((unsigned char)s[1] & 63) & 1))
		return 0;
	for (k = t->from[c]; k < (size_t)t->from[c] + t->count[c]; k++)
		if (t->word[k].len <= n && memcmp(s, t->word[k].s, t->word[k].len) == 0)
			return 1;
	return 0;
}

/* The words that the credits and the pleas look for first in a line. */
static struct starts openings = { .lists = (const char *const *const []){
	app_verbs, follow_verbs, photo_labels, source_labels,
	(const char *const []){ "copyright", NULL }, NULL } };
/* The labels rule_caption() looks for after the end of a sentence. */
static struct starts captions = {
	.lists = (const char *const *const []){ caption_labels, NULL } };
/* The markers of the pleas (rule_plea()), which the screen finds by
 * their first three letters in any case. */
static struct starts pleas = { .lists = (const char *const *const []){
	(const char *const []){ "cookie", "nieuwsbrief", "newsletter", "tip", NULL }, NULL } };

/* Does lc[0..n) hold one of the openings? */
static int
holds_opening(const char *lc, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		if (starts_at(&openings, lc + i, n - i))
			return 1;
	return 0;
}

/* The mask f of block k of m (nb blocks) moved d bytes back: bit j for
 * byte j + d. */
#define AHEAD(m, nb, k, f, d) ((m)[k].f >> (d) | \
	((k) + 1 < (nb) ? (m)[(k) + 1].f << (64 - (d)) : 0))

/* The masks of the blocks of s[0..n) from block k on, at most max of
 * them, and their bytes with the ASCII letters lowered, as line_init() writes
 * them, to lower; the block that
 * s ends in is read from a copy with zeros after the end.  How many
 * blocks there were. */
static size_t
screen_blocks(const char *s, size_t n, size_t k, size_t max, struct screenmask *m,
    unsigned char *lower)
{
	unsigned char last[64];
	size_t nb = (n + 63) / 64 - k, full = n / 64 > k ? n / 64 - k : 0;

	if (nb > max)
		nb = max;
	if (full > nb)
		full = nb;
	charmask_screen((const unsigned char *)s + 64 * k, full, m, lower);
	if (full < nb) {
		memset(last, 0, sizeof last);
		memcpy(last, s + 64 * (k + full), n - 64 * (k + full));
		charmask_screen(last, 1, m + full, lower + 64 * full);
	}
	return nb;
}

/* The first bit of v (nb blocks) from bit i on; 64 nb when none is set. */
static inline size_t
next_bit(const uint64_t *v, size_t nb, size_t i)
{
	size_t k = i / 64;
	uint64_t x;

	if (k >= nb)
		return 64 * nb;
	for (x = v[k] & (~(uint64_t)0 << i % 64); x == 0; x = v[k])
		if (++k == nb)
			return 64 * nb;
	return 64 * k + lowest_bit(x);
}

/* The last bit of v up to bit i; SIZE_MAX when none is set. */
static size_t
last_bit(const uint64_t *v, size_t i)
{
	size_t k = i / 64;
	uint64_t x = v[k] & (i % 64 == 63 ? ~(uint64_t)0 : ((uint64_t)1 << (i % 64 + 1)) - 1);

	while (x == 0) {
		if (k-- == 0)
			return SIZE_MAX;
		x = v[k];
	}
	return 64 * k + highest_bit(x);
}

/* The lower-case copy of t and its words (struct line), from the screen
 * masks when t is ASCII, else a character at a time: the chunks between
 * spaces that hold a letter or digit, from the first to the last. */
static void
line_init(struct line *L, struct text t)
{
	struct screenmask m[SCREEN_BLOCKS];
	uint64_t space[SCREEN_BLOCKS], text[SCREEN_BLOCKS], alnum[SCREEN_BLOCKS];
	size_t nb, k, i, a, b, f, n = t.len;

	if (n == 0) {
		line_init_bytes(L, t);
		return;
	}
	nb = screen_blocks(t.s, n, 0, SCREEN_BLOCKS, m, (unsigned char *)L->lc);
	for (k = 0; k < nb; k++) {
		if (m[k].high) {
			line_init_bytes(L, t);
			return;
		}
		space[k] = m[k].space;
		alnum[k] = m[k].alnum;
		text[k] = ~m[k].space;
	}
	if (n % 64 != 0)
		text[nb - 1] &= ((uint64_t)1 << n % 64) - 1;
	L->t = t;
	L->nw = 0;
	for (i = 0; (a = next_bit(text, nb, i)) < n; i = b) {
		if ((b = next_bit(space, nb, a)) > n)
			b = n;
		if ((f = next_bit(alnum, nb, a)) < b)
			add_word(L, f, last_bit(alnum, b - 1) + 1);
	}
	line_finish(L, t);
}

int
bp_filters_agree(struct text t)
{
	static struct line L;
	struct refilter_line F;
	uint64_t cand;
	size_t i;

	if (t.len == 0 || t.len > MAXRULELEN || memchr(t.s, '\0', t.len) != NULL)
		return 1;
	if (recomp == NULL)
		compile_rules();
	line_init(&L, t);
	refilter_line(&F, L.lc, t.len);
	cand = candidates(&F);
	for (i = 0; i < bp_nrerules; i++)
		if (rule_matches(i, L.lc) && ((i < 64 && !(cand >> i & 1)) ||
		    !refilter_may_match(&filters[i], &F)))
			return 0;
	return 1;
}

int
bp_line_words_agree(struct text t)
{
	static struct line fast, slow;
	size_t i;

	if (t.len > MAXRULELEN)
		return 1;
	line_init(&fast, t);
	line_init_bytes(&slow, t);
	if (fast.nw != slow.nw || fast.wordsend != slow.wordsend ||
	    fast.colon != slow.colon || fast.content != slow.content ||
	    memcmp(fast.lc, slow.lc, t.len + 1) != 0)
		return 0;
	for (i = 0; i < fast.nw; i++)
		if (fast.w[i].s - fast.lc != slow.w[i].s - slow.lc || fast.w[i].len != slow.w[i].len)
			return 0;
	return 1;
}

/* What screen_plain() carries from one block to the next. */
struct plainscan {
	uint64_t space;       /* the last byte was a space */
	size_t skip;          /* the bytes of a character already looked at */
};

/* Do the blocks k0 .. k0 + nb - 1 of the line t hold nothing that
 * bp_normalize() would change (with as_read) or the copyright sign?  No
 * control bytes, NUL, '&', two spaces in a row or characters past ASCII
 * that are not plain (bp_plain_char()). */
static int
screen_plain(struct text t, const struct screenmask *m, size_t k0, size_t nb,
    int as_read, struct plainscan *ps)
{
	const unsigned char *u = (const unsigned char *)t.s;
	uint64_t valid, bits;
	size_t k, j, len;

	for (k = 0; k < nb; k++, m++) {
		valid = (k0 + k + 1) * 64 <= t.len ? ~(uint64_t)0 :
		    ((uint64_t)1 << t.len % 64) - 1;
		if ((m->odd & valid) || (m->space & (m->space << 1 | ps->space)))
			return 0;
		ps->space = m->space >> 63;
		for (bits = m->high & valid; bits; bits &= bits - 1) {
			j = 64 * (k0 + k) + lowest_bit(bits);
			if (j < ps->skip)
				continue;
			if (u[j] == 0xC2 && j + 1 < t.len && u[j + 1] == 0xA9)
				return 0;
			len = as_read ? bp_plain_char(u, j, t.len) : 1;
			if (len == 0)
				return 0;
			ps->skip = j + len;
		}
	}
	return 1;
}

/* A line longer than any rule looks at is kept when it holds a word;
 * with as_read, when bp_normalize() leaves it as it is, too. */
static enum bp_look
long_kept(struct text t, int as_read)
{
	static unsigned char lower[SCREEN_BLOCKS * 64];
	struct screenmask m[SCREEN_BLOCKS];
	struct plainscan ps = { 0, 0 };
	size_t k, j, nb;
	uint64_t alnum = 0;

	for (k = 0; k * 64 < t.len; k += nb) {
		nb = screen_blocks(t.s, t.len, k, SCREEN_BLOCKS, m, lower);
		if (!screen_plain(t, m, k, nb, as_read, &ps))
			return BP_LOOK_UNSURE;
		for (j = 0; j < nb; j++)
			alnum |= m[j].alnum;
	}
	return alnum != 0 ? BP_LOOK_KEPT : BP_LOOK_CLEAN;
}

/*
 * Most lines are prose: bp_inline() keeps them, and finding that out
 * word by word is most of its cost.  This tells it for most of them from
 * the masks of a few bytes (charmask_screen()), and says 0 whenever a
 * rule could still apply: a line of prose (see bp_is_content) is removed
 * only by the pleas, a credit that opens with its label, a caption that
 * ends in a credit and the strong patterns, and each of those needs some
 * word or string that is looked for here.  A line of more than
 * UNENDED_WORDS words that ends no sentence, nor in a colon, is taken
 * by the same and the other patterns.  With as_read, the line is
 * also one that bp_normalize() leaves as it is: BP_LOOK_CLEAN when that
 * is all that is known.
 */
static enum bp_look
surely_kept(struct text t, int as_read)
{
	/* with two bytes more for charmask_pleas() */
	static unsigned char lower[SCREEN_BLOCKS * 64 + 2];
	const char *lc = (const char *)lower;
	struct screenmask m[SCREEN_BLOCKS];
	struct plainscan ps = { 0, 0 };
	struct refilter_line F;
	uint64_t bits, starts[SCREEN_BLOCKS];
	uint64_t after_space = 1;    /* the line begins as if after a space */
	size_t j, k, nb, n = t.len, first = n, words = 0;
	int ends;

	if (n == 0 || (as_read && (t.s[0] == ' ' || t.s[n - 1] == ' ')))
		return BP_LOOK_UNSURE;
	if (n > MAXRULELEN)
		return long_kept(t, as_read);
	/* a share marker ("Deel dit artikel") is short */
	ends = bp_ends_sentence(t);
	if ((!ends && t.s[n - 1] == ':') ||
	    (n <= 60 && trailer_candidate(t.s, n) == TRAILER_SHARE))
		return BP_LOOK_UNSURE;
	nb = screen_blocks(t.s, n, 0, SCREEN_BLOCKS, m, lower);
	if (!screen_plain(t, m, 0, nb, as_read, &ps))
		return BP_LOOK_UNSURE;
	/* after the line's last block, or its zeros, where a plea is looked for */
	lower[n] = lower[n + 1] = '\0';
	for (k = 0; k < nb; k++) {
		if (first == n && m[k].space)
			first = 64 * k + lowest_bit(m[k].space);
		/* chunks that begin with a letter or digit: each a word */
		words += bit_count(m[k].alnum & (m[k].space << 1 | after_space));
		after_space = m[k].space >> 63;
	}
	if (words <= (ends ? BP_HANDFUL : UNENDED_WORDS))
		return BP_LOOK_CLEAN;
	/* the first word, for the credits and the pleas that look at it,
	 * stands in the first chunk when that holds a letter or digit */
	if (!(m[0].alnum & (first >= 64 ? ~(uint64_t)0 : ((uint64_t)1 << first) - 1)) ||
	    memcmp(lc, "(c", 2) == 0 || holds_opening(lc, first))
		return BP_LOOK_CLEAN;
	/* a plea has at most 40 words */
	if (words <= 40) {
		charmask_pleas(lower, nb, starts);
		for (k = 0; k < nb; k++)
			for (bits = starts[k]; bits; bits &= bits - 1)
				if (starts_at(&pleas, lc + 64 * k + lowest_bit(bits),
				    n - 64 * k - lowest_bit(bits)))
					return BP_LOOK_CLEAN;
	}
	/* a label after the end of a sentence: a caption */
	for (k = 0; k < nb; k++)
		for (bits = m[k].close & AHEAD(m, nb, k, space, 1); bits; bits &= bits - 1)
			if ((j = 64 * k + lowest_bit(bits)) + 3 <= n &&
			    starts_at(&captions, lc + j + 2, n - j - 2))
				return BP_LOOK_CLEAN;
	if (recomp == NULL)
		compile_rules();
	refilter_line(&F, lc, n);
	return first_match(&F, lc, ends) == bp_nrerules ? BP_LOOK_KEPT : BP_LOOK_CLEAN;
}

enum bp_look
bp_prose_look(struct text t)
{
	return surely_kept(t, 1);
}

enum bp_reason
bp_inline(struct text t)
{
	return t.len == 0 || surely_kept(t, 0) == BP_LOOK_KEPT ? BP_KEPT : bp_inline_rules(t);
}

enum bp_reason
bp_inline_rules(struct text t)
{
	static struct line L;   /* large: kept out of the stack */
	struct refilter_line F;
	enum bp_reason why;
	size_t i;

	if (t.len == 0)
		return BP_KEPT;
	/* a line the rules look at has its words found once, which tell
	 * symbols_only() too */
	if (t.len <= MAXRULELEN)
		line_init(&L, t);
	if (t.len <= MAXRULELEN ? L.nw == 0 : symbols_only(t))
		return BP_SYMBOLS;
	if (trailer_candidate(t.s, t.len) == TRAILER_SHARE)
		return BP_SHARE;
	if (t.len > MAXRULELEN)
		return BP_KEPT;
	if (protected(&L))
		return BP_KEPT;
	if ((why = rule_plea(&L)) != BP_KEPT || (why = rule_credit(&L)) != BP_KEPT ||
	    (why = rule_caption(&L)) != BP_KEPT)
		return why;
	if (recomp == NULL)
		compile_rules();
	/* a NUL byte would cut the line short for regexec */
	if (memchr(t.s, '\0', t.len) == NULL) {
		refilter_line(&F, L.lc, t.len);
		if ((i = first_match(&F, L.lc, L.content)) < bp_nrerules)
			return bp_rerules[i].reason;
	}
	if (L.content)
		return BP_KEPT;
	if ((why = rule_pointer(&L)) != BP_KEPT || (why = rule_here(&L)) != BP_KEPT ||
	    (why = rule_byline(&L)) != BP_KEPT || (why = rule_date(&L)) != BP_KEPT)
		return why;
	return BP_KEPT;
}

/* A pointer that names nothing itself: "Lees ook:", "Read more", "Bekijk
 * ook".  The line after it is the title of what it points at. */
int
bp_points_ahead(struct text t)
{
	static regex_t re;
	static int compiled;
	char *built;

	if (!compiled) {
		built = readmore_pattern(RM_AHEAD, H, T);
		compile(&re, built, REG_ICASE, bp_nrerules);
		free(built);
		compiled = 1;
	}
	return t.len > 0 && t.len < 80 && memchr(t.s, '\0', t.len) == NULL &&
	    regexec(&re, t.s, 0, NULL, 0) == 0;
}

/* Could t be a linked title?  Not prose, not a lead-in, 1 to
 * HEADLINE_WORDS words. */
int
bp_headline(struct text t)
{
	size_t n = bp_count_words(t, HEADLINE_WORDS + 1);

	return n > 0 && n <= HEADLINE_WORDS && !bp_is_content(t) && t.s[t.len - 1] != ':';
}
