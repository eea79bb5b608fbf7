/*
 * Boilerplate: the white space clean-up, the built-in rules that know the
 * inline boilerplate lines of Dutch and English news sites, user rules,
 * and the line counts of corpus mode.
 *
 * Every built-in rule looks at one whole line, never at its neighbours, so
 * a second pass over cleaned text decides exactly as the first did.  The
 * rules are deliberately narrow: a line is boilerplate when all of it is a
 * pointer, a credit, a plea or a widget label.  A line that reads as prose
 * (bp_is_content) is left alone by every rule except the few that need
 * stronger evidence: a boilerplate label and a colon at its start ("Lees
 * ook:", "Foto:"), and the consent and subscription pleas.
 */
#include <errno.h>
#include <fcntl.h>
#include <regex.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

/* Longer lines are never boilerplate by a built-in rule; the word list of
 * a line holds at most MAXWORDS words. */
enum { MAXRULELEN = 600, MAXWORDS = 64 };

/* ---- white space ---- */

/* Length of an invisible character at u that is dropped: soft hyphen,
 * zero-width space, non-joiner and joiner, word joiner, BOM, Mongolian
 * vowel separator. */
static size_t
junk_len(const unsigned char *u, size_t n)
{
	if (n >= 2 && u[0] == 0xC2 && u[1] == 0xAD)
		return 2;
	if (n < 3)
		return 0;
	if (u[0] == 0xE2 && u[1] == 0x80 && u[2] >= 0x8B && u[2] <= 0x8D)
		return 3;
	if (u[0] == 0xE2 && u[1] == 0x81 && u[2] == 0xA0)
		return 3;
	if (u[0] == 0xEF && u[1] == 0xBB && u[2] == 0xBF)
		return 3;
	if (u[0] == 0xE1 && u[1] == 0xA0 && u[2] == 0x8E)
		return 3;
	return 0;
}

/* Does out[0..o) end in the lead of a UTF-8 sequence that lacks its
 * continuation bytes?  Then dropping a character between it and a
 * continuation byte would make a new character, and a second cleaning
 * would change the line again. */
static int
unfinished(const char *out, size_t o)
{
	const unsigned char *u = (const unsigned char *)out;
	size_t back, need;

	for (back = 1; back <= 3 && back <= o; back++) {
		unsigned c = u[o - back];

		if ((c & 0xC0) == 0x80)
			continue;
		need = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
		return back < need;
	}
	return 0;
}

size_t
bp_clean(const char *s, size_t n, char *out)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, k;
	int pending = 0;

	while (i < n) {
		if ((k = junk_len(u + i, n - i)) > 0 &&
		    !(!pending && i + k < n && (u[i + k] & 0xC0) == 0x80 &&
		    unfinished(out, o))) {
			i += k;
			continue;
		}
		if ((k = space_len(s + i, n - i)) > 0) {
			pending = o > 0;
			i += k;
			continue;
		}
		if (pending) {
			out[o++] = ' ';
			pending = 0;
		}
		out[o++] = s[i++];
	}
	out[o] = '\0';
	return o;
}

/* ---- words ---- */

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

/* The next space-separated chunk of s[*pos..n) that holds a word
 * character, without the punctuation and symbols around it.  0 at the
 * end. */
static int
next_word(const char *s, size_t n, size_t *pos, struct text *w)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = *pos, k, first, last;
	uint32_t cp;
	int found;

	while (i < n) {
		while (i < n && s[i] == ' ')
			i++;
		found = 0;
		first = last = i;
		while (i < n && s[i] != ' ') {
			k = utf8_decode(u + i, n - i, &cp);
			if (word_char(cp)) {
				if (!found)
					first = i;
				found = 1;
				last = i + k;
			}
			i += k;
		}
		if (found) {
			w->s = s + first;
			w->len = last - first;
			*pos = i;
			return 1;
		}
	}
	*pos = n;
	return 0;
}

static size_t
count_words(struct text t, size_t most)
{
	struct text w;
	size_t pos = 0, n = 0;

	while (n < most && next_word(t.s, t.len, &pos, &w))
		n++;
	return n;
}

/* Does t end a sentence?  Closing quotes and brackets after the mark do
 * not count. */
static int
ends_sentence(struct text t)
{
	static const char *const closers[] = {
		"\xC2\xBB", "\xE2\x80\x9D", "\xE2\x80\x99", "\xE2\x80\xBA", NULL
	};
	const char *const *c;
	size_t n = t.len;
	unsigned char last;

	for (;;) {
		while (n > 0 && strchr("\"')] ", t.s[n - 1]) != NULL && t.s[n - 1] != '\0')
			n--;
		for (c = closers; *c != NULL; c++) {
			size_t k = strlen(*c);
			if (n >= k && memcmp(t.s + n - k, *c, k) == 0) {
				n -= k;
				break;
			}
		}
		if (*c == NULL)
			break;
	}
	if (n == 0)
		return 0;
	last = (unsigned char)t.s[n - 1];
	if (last == '.' || last == '!' || last == '?')
		return 1;
	return n >= 3 && memcmp(t.s + n - 3, "\xE2\x80\xA6", 3) == 0;
}

int
bp_is_content(struct text t)
{
	return ends_sentence(t) && count_words(t, BP_HANDFUL + 1) > BP_HANDFUL;
}

/* ---- the line as the rules see it ---- */

struct line {
	struct text t;             /* cleaned */
	char lc[MAXRULELEN + 1];   /* ASCII lower case copy of t */
	struct text w[MAXWORDS];   /* words of lc */
	size_t nw;                 /* number of words, at most MAXWORDS */
	int colon;                 /* t ends with a colon */
	int content;               /* bp_is_content(t) */
};

static void
line_init(struct line *L, struct text t)
{
	size_t i, pos = 0;
	unsigned char c;

	L->t = t;
	for (i = 0; i < t.len; i++) {
		c = (unsigned char)t.s[i];
		L->lc[i] = (char)(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
	}
	L->lc[t.len] = '\0';
	L->nw = 0;
	while (L->nw < MAXWORDS && next_word(L->lc, t.len, &pos, &L->w[L->nw]))
		L->nw++;
	L->colon = t.len > 0 && t.s[t.len - 1] == ':';
	L->content = bp_is_content(t);
}

/* The word i as it stands in the original line (its case kept). */
static struct text
orig(const struct line *L, size_t i)
{
	struct text o;

	o.s = L->t.s + (L->w[i].s - L->lc);
	o.len = L->w[i].len;
	return o;
}

static int
in_words(struct text w, const char *const *list)
{
	for (; *list != NULL; list++)
		if (text_eq(w, *list))
			return 1;
	return 0;
}

static int
has_word(const struct line *L, size_t from, const char *const *list)
{
	size_t i;

	for (i = from; i < L->nw; i++)
		if (in_words(L->w[i], list))
			return 1;
	return 0;
}

/* Does a word of L contain the string sub? */
static int
has_part(const struct line *L, const char *sub)
{
	size_t i, k = strlen(sub), j;

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

/* ---- word lists ---- */

static const char *const second_person[] = {
	"je", "jij", "jou", "jouw", "u", "uw", "you", "your", NULL
};
static const char *const platforms[] = {
	"instagram", "twitter", "x", "facebook", "tiktok", "youtube", "whatsapp",
	"linkedin", "threads", "bluesky", "telegram", "snapchat", "mastodon", NULL
};

/* Verbs that open a pointer line, by what they point at. */
enum { PV_VIEW = 1, PV_LISTEN, PV_READ, PV_FOLLOW };
static const char *const verbs_view[] = {
	"bekijk", "kijk", "zie", "herbeleef", "bekijken", "kijken", "watch", "see",
	NULL
};
static const char *const verbs_listen[] = {
	"luister", "beluister", "luisteren", "listen", NULL
};
static const char *const verbs_read[] = { "lees", "read", NULL };
static const char *const verbs_follow[] = { "volg", "follow", NULL };

/* What pointer lines point at. */
enum { PN_VIDEO = 1, PN_PHOTO, PN_AUDIO, PN_LIVEBLOG, PN_TEXT };
static const char *const nouns_video[] = {
	"video", "video's", "videos", "videootje", "filmpje", "filmpjes",
	"beelden", "videobeelden", "camerabeelden", "dronebeelden", "reportage",
	"videoreportage", "uitzending", "uitzendingen", "aflevering",
	"afleveringen", "livestream", "stream", "fragment", "fragmenten", "clip",
	"clips", "footage", "highlights", "samenvatting", "documentaire",
	"compilatie", "vlog", "journaal", "tv-uitzending", "videoverslag",
	"live", "videos", NULL
};
static const char *const nouns_photo[] = {
	"foto's", "fotos", "foto", "fotoserie", "fotoreeks", "fotoalbum",
	"fotospecial", "fotoverslag", "galerij", "fotogalerij", "gallery",
	"photos", "pictures", "images", NULL
};
static const char *const nouns_audio[] = {
	"podcast", "podcasts", "podcastaflevering", "audio", "radio-uitzending",
	"radiofragment", "radio", "luisterverhaal", NULL
};
static const char *const nouns_liveblog[] = {
	"liveblog", "liveblogs", "live-blog", "blog", NULL
};
static const char *const nouns_text[] = {
	"artikel", "artikelen", "verhaal", "verhalen", "interview", "interviews",
	"analyse", "achtergrond", "achtergronden", "achtergrondverhaal",
	"column", "columns", "recensie", "reconstructie", "uitleg", "explainer",
	"dossier", "overzicht", "tijdlijn", "longread", "nieuwsoverzicht",
	"story", "stories", "article", "articles", "analysis", "coverage",
	"gesprek", NULL
};
/* Words that may follow a pointer verb in a line that says only "see
 * more", "read on", "listen here too". */
static const char *const pointer_adverbs[] = {
	"ook", "hier", "meer", "verder", "terug", "alles", "nu", "nog", "even",
	"dan", "hieronder", "hierboven", "onder", "more", "here", "also", "too",
	"now", "on", "again", "below", "above", "mee", NULL
};
static const char *const here_words[] = {
	"hier", "hieronder", "hierboven", "onderstaande", "bovenstaande",
	"below", "above", "beneath", "here", NULL
};

static const char *const agencies[] = {
	"anp", "afp", "ap", "epa", "efe", "reuters", "getty", "shutterstock",
	"istock", "istockphoto", "pexels", "unsplash", "pixabay", "belga", "dpa",
	"novum", "proshots", "imago", "alamy", "xinhua", "zuma", "sipa", "kippa",
	"hh", "nurphoto", "abaca", "sopa", "ritzau", "anadolu", "corbis",
	"eyevine", "soccrates", "sportida", "broederland", "bsr", "ansa", "aap",
	"kyodo", "yonhap", NULL
};
/* Name particles and joiners that may stand between capitalised names. */
static const char *const particles[] = {
	"van", "de", "der", "den", "het", "ten", "ter", "t", "von", "da", "di",
	"le", "la", "du", "des", "del", "el", "al", "bin", "ben", "op", "in",
	"en", "and", "via", "for", "voor", "s", "y", "e", "dos", "das", "do",
	NULL
};

/* ---- C rules ---- */

static int
verb_class(struct text w)
{
	if (in_words(w, verbs_view))
		return PV_VIEW;
	if (in_words(w, verbs_listen))
		return PV_LISTEN;
	if (in_words(w, verbs_read))
		return PV_READ;
	if (in_words(w, verbs_follow))
		return PV_FOLLOW;
	return 0;
}

static int
noun_class(struct text w)
{
	if (in_words(w, nouns_video))
		return PN_VIDEO;
	if (in_words(w, nouns_photo))
		return PN_PHOTO;
	if (in_words(w, nouns_audio))
		return PN_AUDIO;
	if (in_words(w, nouns_liveblog))
		return PN_LIVEBLOG;
	if (in_words(w, nouns_text))
		return PN_TEXT;
	return 0;
}

static const char *
noun_reason(int noun, int verb)
{
	switch (noun) {
	case PN_VIDEO:
		return "video";
	case PN_PHOTO:
		return "photo";
	case PN_AUDIO:
		return "audio";
	case PN_LIVEBLOG:
		return "liveblog";
	}
	if (verb == PV_VIEW)
		return "video";
	if (verb == PV_LISTEN)
		return "audio";
	return "readmore";
}

static int
first_noun(const struct line *L, size_t from)
{
	size_t i;
	int c;

	for (i = from; i < L->nw; i++)
		if ((c = noun_class(L->w[i])) != 0)
			return c;
	return 0;
}

/* "Bekijk hier de video", "Lees het hele interview", "Kijk ook",
 * "Lees meer over de verkiezingen", "Bekijk in de video hieronder hoe ...:"
 * A verb that points, then what it points at; short, or ending in a
 * colon. */
static const char *
rule_pointer(const struct line *L)
{
	size_t i;
	int verb, noun;

	if (L->nw == 0 || (verb = verb_class(L->w[0])) == 0)
		return NULL;
	if (L->nw > (L->colon ? 40u : 12u))
		return NULL;
	/* only adverbs after the verb: "Lees verder", "Kijk hier ook" */
	for (i = 1; i < L->nw && in_words(L->w[i], pointer_adverbs); i++)
		;
	if (i > 1 && (i == L->nw ||
	    ((text_eq(L->w[i], "over") || text_eq(L->w[i], "about")) &&
	    has_word(L, 1, (const char *const []){ "meer", "more", "alles", NULL }) &&
	    L->nw - i <= 9)))
		return noun_reason(0, verb == PV_FOLLOW ? PV_READ : verb);
	/* "Lees ook: ..." without the colon: a linked headline follows */
	if (L->nw >= 3 && text_eq(L->w[1], "ook") && !text_eq(L->w[0], "kijk") &&
	    verb != PV_FOLLOW)
		return noun_reason(0, verb);
	if ((noun = first_noun(L, 1)) == 0) {
		/* "Kijk hier de persconferentie terug" */
		if (verb == PV_VIEW && L->nw <= 10 && text_eq(L->w[L->nw - 1], "terug"))
			return "video";
		return NULL;
	}
	if (verb == PV_FOLLOW && noun != PN_LIVEBLOG && noun != PN_VIDEO)
		return NULL;
	return noun_reason(noun, verb);
}

/* "Hieronder de beelden", "In de video hieronder legt ... uit:",
 * "Beelden van de brand:", "De video:". */
static const char *
rule_here(const struct line *L)
{
	int noun;

	if (L->nw == 0)
		return NULL;
	if (has_word(L, 0, here_words) && (L->colon ? L->nw <= 30 : L->nw <= 10)) {
		if ((noun = first_noun(L, 0)) != 0 && noun != PN_TEXT)
			return noun_reason(noun, 0);
		return NULL;
	}
	if (!L->colon || L->nw > 10)
		return NULL;
	noun = noun_class(L->w[0]);
	if (noun == 0 && L->nw >= 2 && in_words(L->w[0],
	    (const char *const []){ "de", "het", "een", "deze", "dit", "the", "a", "this", NULL }))
		noun = noun_class(L->w[1]);
	if (noun == 0 || noun == PN_TEXT)
		return NULL;
	return noun_reason(noun, 0);
}

/* Pleas that may be whole sentences: cookie walls, newsletters, apps,
 * social media.  Each needs several markers at once. */
static const char *
rule_plea(const struct line *L)
{
	static const char *const consent[] = {
		"accepteer", "accepteert", "accepteren", "toestemming", "instellingen",
		"voorkeuren", "toestaan", "akkoord", "accept", "allow", "consent",
		"settings", "preferences", "enable", "cookie-instellingen",
		"cookievoorkeuren", "cookie-voorkeuren", "cookiebeleid", NULL
	};
	static const char *const view[] = {
		"bekijken", "zien", "tonen", "weergeven", "afspelen", "laden",
		"bekijk", "view", "see", "display", "watch", "load", "play", "inhoud",
		"content", "video", "element", "onderdeel", "embed", "tweet",
		"bericht", "post", "media", "widget", "getoond", "weergegeven", NULL
	};
	static const char *const subscribe[] = {
		"abonneer", "abonneren", "aanmelden", "meld", "schrijf", "inschrijven",
		"ontvang", "ontvangen", "registreer", "sign", "subscribe", "get",
		"krijg", "mis", NULL
	};
	static const char *const imperative[] = {
		"abonneer", "meld", "schrijf", "ontvang", "sign", "subscribe", "get",
		"registreer", "krijg", "mis", NULL
	};

	if (L->nw == 0 || L->nw > 40)
		return NULL;
	if (has_part(L, "cookie") && has_word(L, 0, consent) &&
	    has_word(L, 0, second_person) && has_word(L, 0, view))
		return "cookie";
	if ((has_part(L, "nieuwsbrief") || has_part(L, "newsletter")) &&
	    L->nw <= 35 && has_word(L, 0, subscribe) &&
	    (has_word(L, 0, second_person) || in_words(L->w[0], imperative)))
		return "newsletter";
	if (L->nw >= 2 && L->nw <= 25 && in_words(L->w[0], (const char *const []){
	    "download", "installeer", "install", "haal", "get", NULL }) &&
	    in_words(L->w[1], (const char *const []){ "de", "het", "onze", "nu",
	    "gratis", "hier", "the", "our", "now", NULL }) &&
	    (has_word(L, 1, (const char *const []){ "app", "apps", NULL }) ||
	    has_part(L, "-app")))
		return "app";
	if (L->nw <= 20 && has_word(L, 0, (const char *const []){ "tip", "tips",
	    "tippen", NULL }) && (memchr(L->t.s, '@', L->t.len) != NULL ||
	    has_word(L, 0, (const char *const []){ "redactie", "ons", "onze", "us",
	    NULL })) && (has_word(L, 0, second_person) || text_eq(L->w[0], "tip")))
		return "tip";
	if (L->nw >= 3 && L->nw <= 25 && has_word(L, 2, platforms) &&
	    ((text_eq(L->w[0], "volg") && text_eq(L->w[1], "ons")) ||
	    (text_eq(L->w[0], "follow") && text_eq(L->w[1], "us"))))
		return "social";
	return NULL;
}

/* Is w (o in its original case) part of a credit?  Its pieces between
 * slashes and hyphens ("ANP/Robin", "EPA-EFE") are agencies, name
 * particles or capitalised names. */
static int
credit_word(struct text w, struct text o, int *agency, size_t *names)
{
	struct text p, op;
	size_t i = 0, j;

	while (i < w.len) {
		for (j = i; j < w.len && strchr("/|,;&-+", w.s[j]) == NULL; j++)
			;
		if (j > i) {
			p.s = w.s + i;
			p.len = j - i;
			op.s = o.s + i;
			op.len = j - i;
			if (in_words(p, agencies))
				*agency = 1;
			else if (in_words(p, particles))
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

static const char *const rights[] = {
	"alle", "rechten", "voorbehouden", "all", "rights", "reserved", "inc",
	"ltd", "bv", "b.v", "nv", "n.v", "plc", "llc", NULL
};

/* Credits: "ANP", "Reuters / Yves Herman", "Foto ANP", "© ANP 2024",
 * "Beeld Getty Images", "Bron: NOS", "© 2024 DPG Media".  After an
 * optional label only capitalised names, agencies, particles and years. */
static const char *
rule_credit(const struct line *L)
{
	size_t i, start = 0, names = 0;
	int label = 0, agency = 0;
	struct text w;
	enum { L_PHOTO = 1, L_COPYRIGHT, L_SOURCE };

	if (L->nw == 0 || L->nw > 16)
		return NULL;
	w = L->w[0];
	if (text_eq(w, "\xC2\xA9") || text_eq(w, "copyright") ||
	    (L->t.len >= 3 && memcmp(L->lc, "(c)", 3) == 0 && text_eq(w, "c")))
		label = L_COPYRIGHT;
	else if (in_words(w, (const char *const []){ "foto", "foto's", "beeld",
	    "photo", "image", "credit", "fotograaf", "fotografie", "beelden", NULL }))
		label = L_PHOTO;
	else if (in_words(w, (const char *const []){ "bron", "bronnen", "source",
	    "sources", NULL }))
		label = L_SOURCE;
	if (label != 0) {
		start = 1;
		if (label == L_COPYRIGHT && L->nw > 1 && text_eq(L->w[1], "copyright"))
			start = 2;
	} else if (L->content || L->nw > 8)
		return NULL;
	if (label == L_COPYRIGHT) {
		/* "© 2024 NOS. Alle rechten voorbehouden.": names, years and the
		 * reservation of rights, nothing else */
		if (L->nw > 15 || L->nw == start)
			return NULL;
		/* "(c)" also numbers list items: a year must follow it */
		if (!text_eq(L->w[0], "\xC2\xA9")) {
			for (i = start; i < L->nw && !(L->w[i].s[0] >= '0' && L->w[i].s[0] <= '9'); i++)
				;
			if (i == L->nw)
				return NULL;
		}
		for (i = start; i < L->nw; i++)
			if (!in_words(L->w[i], rights) &&
			    !credit_word(L->w[i], orig(L, i), &agency, &names))
				return NULL;
		return agency ? "photo" : "copyright";
	}
	if (L->nw - start > 8 || L->nw == start)
		return NULL;
	for (i = start; i < L->nw; i++)
		if (!credit_word(L->w[i], orig(L, i), &agency, &names))
			return NULL;
	/* "NOS / Wouter Zwart": names around a slash are a credit too */
	if (!agency && label == 0 && (names < 3 || L->nw > 6 ||
	    memchr(L->t.s, '/', L->t.len) == NULL))
		return NULL;
	/* "Foto Koen" could be a caption; a label without a colon needs an
	 * agency or at least two names */
	if (!agency && !L->colon && names < 2 && memchr(L->t.s, ':', L->t.len) == NULL)
		return NULL;
	if (label == L_SOURCE)
		return "source";
	return label == L_PHOTO ? "photo" : "credit";
}

/* A caption that ends in its credit: "... on Friday. Photograph: Tom
 * Baker/PA", "De brand in de nacht. Foto: ANP", "Schoof in de Kamer.
 * Beeld ANP", "Schoof in de Kamer © ANP". */
static const char *
rule_caption(const struct line *L)
{
	static const char *const labels[] = {
		"photograph", "photo", "foto", "beeld", "composite", "illustration",
		"image", "picture", "video", NULL
	};
	size_t i, j, names = 0;
	const char *p, *end = L->lc + L->t.len;
	int agency = 0;

	if (L->nw < 3)
		return NULL;
	for (i = L->nw > 7 ? L->nw - 7 : 1; i < L->nw - 1; i++) {
		int copyright = text_eq(L->w[i], "\xC2\xA9"), colon;

		p = L->w[i].s + L->w[i].len;
		colon = p < end && *p == ':';
		if (!copyright && !(in_words(L->w[i], labels) && (colon ||
		    text_eq(L->w[i], "beeld") || text_eq(L->w[i], "foto"))))
			continue;
		/* the caption before a label ends a sentence */
		p = L->w[i].s;
		if (!copyright && (p - L->lc < 2 || p[-1] != ' ' ||
		    strchr(".!?)\"'", p[-2]) == NULL))
			continue;
		agency = 0;
		names = 0;
		for (j = i + 1; j < L->nw; j++)
			if (!credit_word(L->w[j], orig(L, j), &agency, &names))
				return NULL;
		/* "... Beeld ANP", "... © Jan Jansen" */
		if (colon || agency || names >= 2)
			return "photo";
	}
	return NULL;
}

/* "Door Jan de Vries", "Door Anna Jansen, correspondent Afrika",
 * "By John Smith and Jane Doe, BBC News". */
static const char *
rule_byline(const struct line *L)
{
	size_t i, names = 0;

	if (L->nw < 3 || L->nw > 14 || L->content)
		return NULL;
	if (!in_words(orig(L, 0), (const char *const []){ "Door", "By",
	    "Verslaggever", "Correspondent", "Redacteur", "Reporter", "Tekst", NULL }))
		return NULL;
	for (i = 1; i < L->nw; i++) {
		/* a role after a comma: ", correspondent Afrika" */
		if (names >= 2 && L->w[i - 1].s + L->w[i - 1].len < L->lc + L->t.len &&
		    L->w[i - 1].s[L->w[i - 1].len] == ',')
			return L->nw - i <= 5 ? "byline" : NULL;
		if (in_words(L->w[i], particles))
			continue;
		if (!starts_upper(orig(L, i)))
			return NULL;
		names++;
	}
	return names >= 2 ? "byline" : NULL;
}

/* "Gepubliceerd: 19 juni 2024, 21:55", "Bijgewerkt 2 uur geleden",
 * "Last updated 3 hours ago". */
static const char *
rule_date(const struct line *L)
{
	static const char *const labels[] = {
		"gepubliceerd", "geplaatst", "bijgewerkt", "aangepast", "gewijzigd",
		"geactualiseerd", "geüpdatet", "published", "updated", "posted",
		"modified", NULL
	};
	static const char *const datewords[] = {
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
	size_t i = 0;

	if (L->nw < 2 || L->nw > 12)
		return NULL;
	if (in_words(L->w[0], (const char *const []){ "laatst", "last", "first", "eerst", NULL }))
		i = 1;
	if (!in_words(L->w[i], labels))
		return NULL;
	for (i++; i < L->nw; i++)
		if (!in_words(L->w[i], datewords) &&
		    !(L->w[i].s[0] >= '0' && L->w[i].s[0] <= '9'))
			return NULL;
	return "date";
}

/* A line without a letter or a digit: "***", "—", "👇". */
static int
symbols_only(struct text t)
{
	struct text w;
	size_t pos = 0;

	return !next_word(t.s, t.len, &pos, &w);
}

/* Lines that are never boilerplate: corrections and editor's notes. */
static int
protected(const struct line *L)
{
	static const char *const first[] = {
		"correctie", "correcties", "rectificatie", "herstel", "erratum",
		"correction", "corrections", "clarification", "update", "naschrift",
		"noot", "disclaimer", "editor's", NULL
	};

	return L->nw > 0 && in_words(L->w[0], first);
}

/* ---- regular expression rules ----
 * POSIX EREs in lower case, matched against the cleaned line with ASCII
 * letters lowered, byte by byte (the C locale).  H and T allow the bullets, arrows
 * and punctuation that sites put around such lines. */
#define H "^((\\(|\\[|►|▶|▸|•|·|\\*|>|»|›|→|-|–|—|\\+|#) ?)?"
#define T "( ?([].:!|>)]|»|›|→|↓|⬇|👇|️|…))*$"
#define PLATFORM "(instagram|twitter|x|facebook|tiktok|youtube|whatsapp|" \
	"linkedin|threads|bluesky|telegram|snapchat|mastodon|vimeo|spotify|soundcloud)"
/* A label and a colon (or a bar) at the start of the line. */
#define LABEL(x) H "(" x ") ?[:|]( |$)"

struct rerule {
	const char *reason;
	int strong;      /* applies to lines that read as prose, too */
	const char *re;
};

static const struct rerule rerules[] = {
	/* labels: everything after them is the linked or credited item */
	{ "video", 1, LABEL("video|video's|videos|kijk|bekijk|watch|livestream|"
	    "beelden|videobeelden|camerabeelden|kijktip|tv-tip|bekijk (hier )?de "
	    "(video|beelden)|kijk hier|bekijk hier|zie hier|zie de (video|beelden)|"
	    "kijk ook|bekijk ook|watch more|watch again|watch live") },
	{ "audio", 1, LABEL("luister|luister ook|luister hier|beluister|listen|"
	    "podcast|audio|luistertip|listen to this") },
	{ "photo", 1, LABEL("foto|foto's|fotos|afbeelding|illustratie|fotografie|"
	    "fotograaf|bron foto|bron beeld|photo|photos|photograph|photographs|image|"
	    "images|picture|pictures|illustration|composite|screenshot|archieffoto|"
	    "archiefbeeld|(foto|beeld) ter illustratie|(foto|foto's|beeld) en "
	    "(tekst|video)|tekst en (foto|foto's|beeld)|credit|credits|fotocredit|"
	    "bijschrift|caption") },
	{ "photo", 1, H "(image source|image caption|media caption|video caption|"
	    "getty images),( |$)" },
	{ "readmore", 1, LABEL("lees|lees ook|lees ook hier|lees hier|lees hier ook|"
	    "lees meer|lees verder|lees het hele artikel|lees hier meer|zie ook|"
	    "ook interessant|ook lezen|ook leuk|ook gelezen|ook bekeken|meer lezen|"
	    "meer over( dit onderwerp| dit nieuws| dit thema)?|meer nieuws|"
	    "meer hierover|meer achtergrond|gerelateerd|gerelateerde "
	    "(artikelen|berichten|verhalen|nieuws|links)|eerder verschenen|"
	    "eerder (op|bij|in) [^ :]+|lees (ook|meer) (op|bij) [^ :]+|read more|"
	    "read|read also|also read|related|related (content|articles|stories|"
	    "coverage|links|reading)|see also|more on this( story)?|more from "
	    "[^:]{1,30}|more like this|recommended|recommended reading|aanbevolen|"
	    "uitgelicht|tip van de redactie|leestip|leestips|must read|in beeld") },
	{ "tags", 1, LABEL("tags|tag|onderwerpen|trefwoorden|trefwoord|topics|"
	    "related topics|gerelateerde onderwerpen|lees meer over|categorie|"
	    "categorieën|rubriek|keywords|explore more on these topics|more about") },
	{ "byline", 1, LABEL("tekst|text|door|auteur|auteurs|author|authors|"
	    "redactie|eindredactie|verslaggever|words|written by|geschreven door|"
	    "samenstelling") },
	{ "byline", 1, "^\\(?(reporting|additional reporting|writing|editing|"
	    "compiled|research|graphics|reporting and writing|written|edited|"
	    "with reporting|additional reporting) by " },
	{ "newsletter", 1, LABEL("privacy notice|nieuwsbrief|newsletter") },
	{ "source", 1, LABEL("our standards") },

	/* embeds: attributions and fallback texts of embedded posts */
	{ "embed", 1, "^(—|–|―|-|&mdash;) ?[^ ].{0,80}\\(@[a-z0-9_.-]{1,60}\\) "
	    ".{0,40}(19|20)[0-9][0-9]$" },
	{ "embed", 1, "^(deze|dit|die|this|the|that) (inhoud|content|video|"
	    "video's|element|onderdeel|bericht|embed|tweet|post|media|artikel|"
	    "widget|kaart|grafiek|infographic|stemwijzer|poll|peiling|module|"
	    "pagina|podcast|audio|livestream|stream|uitzending|fragment|afbeelding|"
	    "foto|image|player|speler)( [^ ]+){0,4} (kan|kon|wordt|werd|is|can|"
	    "could|cannot|can't|isn't|won't|will|may)( (helaas|momenteel|hier|nu|"
	    "not|niet|no|longer|meer|langer|worden|be|nog|op|dit|moment|been))* "
	    "(weergegeven|getoond|geladen|afgespeeld|bekeken|beschikbaar|gevonden|"
	    "ondersteund|available|displayed|shown|loaded|played|found|supported)"
	    "[^ ]{0,2}( .{0,120})?$" },
	{ "embed", 1, "^to (play|view|watch|see|use) this (video|content|media|"
	    "item|feature|player)" },
	{ "embed", 1, "^(je|jouw|uw|your) browser (ondersteunt|does not support|"
	    "doesn't support|kan|can|heeft)" },
	{ "embed", 1, "^.{0,60}javascript.{0,60}(inschakelen|ingeschakeld|"
	    "uitgeschakeld|aanzetten|nodig|vereist|enable|enabled|required|"
	    "disabled)[^ ]{0,2}( .{0,60})?$" },

	/* site furniture, whole lines */
	{ "share", 0, H "(deel|delen|share|deel dit artikel|deel dit bericht|"
	    "deel artikel|share this( article| story| page| post)?|share on|deel op|"
	    "delen op|deel via|delen via)( (via|op|on|met|with) " PLATFORM ")?"
	    "(( |, )(en |and |or |of )?" PLATFORM ")*" T },
	{ "share", 0, H "(" PLATFORM "|e-?mail|mail|messenger|pinterest|reddit|"
	    "print|printen|afdrukken|kopieer( de)? link|kopieer|link kopi(e|ë)ren|"
	    "copy link|copy|gekopieerd|copied|sms|e-?mailen|mailen)" T },
	{ "ad", 0, H "(advertentie|advertenties|advertisement|ad|ads|reclame|"
	    "gesponsord|gesponsorde content|sponsored|sponsored content|promoted|"
	    "promoted content|partnercontent|partner content|advertorial|anzeige|"
	    "skip advertisement|skip ad|ad feedback|(het )?(artikel|verhaal|bericht) "
	    "gaat (hieronder )?verder (onder|na) (de|deze) (advertentie|reclame)|"
	    "lees verder (onder|na) (de|deze) (advertentie|reclame)|(the )?(story|"
	    "article) continues (below|after)( (the|this))?( advertisement)?|"
	    "advertisement continues below|continue reading( the main story| below)?)" T },
	{ "cookie", 0, H "(cookies?|cookies? (accepteren|toestaan|instellingen|"
	    "voorkeuren|wijzigen|aanpassen|beheren|settings|preferences|policy)|"
	    "(accepteer|accepteren|sta)( alle| de)? cookies( toe)?|alle cookies "
	    "accepteren|cookie-?instellingen( (wijzigen|aanpassen|beheren))?|"
	    "cookievoorkeuren( (wijzigen|aanpassen|beheren))?|(wijzig|pas) (je |uw )?"
	    "cookie-?(instellingen|voorkeuren)( aan)?|accept( all)? cookies|manage "
	    "(cookies|consent|preferences)|cookie (settings|preferences|policy|"
	    "notice)|cookiebeleid|cookieverklaring|privacyverklaring|privacybeleid|"
	    "privacy policy|privacy settings|privacy-instellingen|externe inhoud|"
	    "inhoud van derden|content van derden|laad (externe )?(inhoud|content)|"
	    "(inhoud|content) laden|toon (externe )?(inhoud|content)|load (external )?"
	    "content|show (external )?content|alles accepteren|accept all|reject all|"
	    "ga akkoord|ik ga akkoord)" T },
	{ "embed", 0, H "(tweet|tweets|instagram-?post|instagram-?bericht|"
	    "x-?bericht|x-?post|tiktok-?video|youtube-?video|embed|embedded content|"
	    "ingesloten inhoud|ingesloten content|social media-?bericht|(bericht|"
	    "post) (op|on) " PLATFORM "|(bekijk|bekijken|view|watch|zie|open|kijk|"
	    "lees|read)( meer| more| het| de| dit| deze| this| the)?( bericht| post| "
	    "tweet| video| foto| reel| photo)? (op|on|in) " PLATFORM "|(a post shared "
	    "by|een bericht gedeeld door|bericht gedeeld door|gedeeld door|een "
	    "bericht van|a video posted by|een video van) .{1,80}\\(@[^)]{1,60}\\)|"
	    "pic\\.twitter\\.com/[a-z0-9]+|https?://t\\.co/[a-z0-9]+)" T },
	{ "newsletter", 0, H "(nieuwsbrief|nieuwsbrieven|newsletter|newsletters|"
	    "de nieuwsbrief|onze nieuwsbrief|nieuwsbrief ontvangen|aanmelden "
	    "(voor )?(de |onze )?nieuwsbrief|newsletter sign-?up|sign up|sign up for "
	    "free|after newsletter promotion|skip past newsletter promotion|gratis "
	    "nieuwsbrief|ontvang (de|onze) nieuwsbrief)" T },
	{ "subscribe", 0, H "(word abonnee|neem een abonnement|abonneer( je)?( nu| "
	    "hier)?|abonneren|al abonnee\\?( log in| inloggen)?|(log|meld) (je |u )?"
	    "(hier )?(in|aan)|inloggen|login|registreer( je)?( gratis| nu)?|"
	    "registreren|account aanmaken|maak een account aan|probeer (gratis|nu|"
	    "een maand)|gratis proberen|steun ons|steun onze journalistiek|doneer|"
	    "doneren|subscribe( now)?|sign in|log in to continue|become a (member|"
	    "subscriber|supporter)|support us|support the guardian|donate|premium|"
	    "plus|exclusief voor abonnees|alleen voor abonnees|voor abonnees|for "
	    "subscribers|subscribers? only|dit artikel is exclusief voor abonnees|"
	    "plusartikel|premium artikel)" T },
	{ "social", 0, H "(volg|follow|like|vind)( ons| nos| nu\\.nl| de redactie| "
	    "[^ ]{1,30})?( ook| nu| hier)? (op|on|via) " PLATFORM "(( |, )(en |and |"
	    "or |of )?" PLATFORM ")*|(word lid van|join|abonneer je op|volg) (ons|"
	    "onze|het|our) (whatsapp|telegram|nos)[- ]?(kanaal|channel|groep|group|"
	    "community))" T },
	{ "comments", 0, H "([0-9]+ (reacties|reactie|comments?)|reageer( op dit "
	    "artikel| hier| mee)?|bekijk (de |alle )?reacties|lees (de |alle )?"
	    "reacties|toon reacties|comments|view comments|show comments|join the "
	    "conversation|plaats een reactie|reactie plaatsen|schrijf een reactie|"
	    "praat mee|discussieer mee|reacties zijn gesloten|comments are closed)" T },
	{ "nav", 0, H "(terug naar boven|naar boven|back to top|scroll to top|menu|"
	    "open menu|sluit menu|hoofdmenu|home|homepage|zoeken|search|meer laden|"
	    "laad meer|toon meer|show more|load more|lees minder|show less|toon "
	    "minder|uitklappen|inklappen|sluiten|close|volgende artikel|vorige "
	    "artikel|volgend artikel|vorig artikel|next article|previous article|"
	    "next story|previous story|skip to (main )?content|ga (direct )?naar "
	    "(de )?(hoofd)?inhoud|naar (de )?(hoofd)?inhoud|klik hier|click here|"
	    "tap here|ga naar (de )?(homepage|voorpagina)|naar de (homepage|"
	    "voorpagina)|reuse this content|most viewed|most read|meest gelezen|meest "
	    "bekeken|top stories|elsewhere on the bbc|kopieer url|print dit artikel|"
	    "artikel printen|stuur door|doorsturen|e-?mail dit artikel|mail dit "
	    "artikel|tekstgrootte|lettergrootte)" T },
	{ "meta", 0, "^(leestijd|reading time|lees ?tijd|read time) ?:? ?(ca\\. |"
	    "circa |ongeveer )?[0-9]+ ?(min\\.?|minuten|minuut|minutes|minute|mins)$" },
	{ "meta", 0, "^[0-9]+ ?(min\\.?|minuten|minuut|minutes|minute|mins) "
	    "(leestijd|lezen|read|reading time)$" },
	{ "readmore", 0, H "(lees|lees ook|lees hier|lees meer|lees verder|zie ook|"
	    "ook interessant|ook lezen|ook leuk|meer lezen|meer over dit onderwerp|"
	    "meer over dit nieuws|meer nieuws|meer achtergrond|gerelateerd|"
	    "gerelateerde (artikelen|berichten|verhalen|links)|read more|read also|"
	    "also read|related|related (content|articles|stories|coverage|links|"
	    "reading)|see also|more on this story|more like this|recommended|"
	    "recommended reading|aanbevolen|aanbevolen artikelen|uitgelicht|"
	    "continue reading|keep reading|read the (full|whole) (story|article)|"
	    "meer (bekijken|lezen|zien|video's|foto's|nieuws)\\?|nog meer (bekijken|"
	    "lezen|zien)\\?|meer weten over [^?]{1,60}\\?|wil je meer (weten|lezen|"
	    "zien)( over [^?]{1,60})?\\?|tags|onderwerpen|trefwoorden|related topics|"
	    "explore more on these topics)" T },
	{ "byline", 0, "^(door|van) (onze|een|de) (eigen )?([a-z]*correspondente?|"
	    "verslaggever|verslaggeefster|[a-z]*redactie|redacteur|redactrice|"
	    "medewerker|medewerkster|reporter|journalist)( [^.!?]{1,60})?$" },
	{ "photo", 0, H "(foto|foto's|fotos|archieffoto|archiefbeeld|"
	    "illustratiefoto|illustratie|(foto|beeld) ter (illustratie|archief)|"
	    "ter illustratie|stockfoto|stockbeeld|fotoserie|fotoreeks|fotospecial|"
	    "bekijk (de |alle )?foto's|bekijk de (fotoserie|fotoreeks)|image|photo|"
	    "photos|picture|gallery|galerij|fotogalerij|afbeelding|afbeeldingen|"
	    "vergroot( afbeelding)?|enlarge( image| this image)?|open afbeelding|"
	    "bekijk afbeelding)" T },
	{ "video", 0, H "(video|video's|videos|videoplayer|video player|afspelen|"
	    "video afspelen|speel (de )?video af|speel af|play|play video|pause|"
	    "watch video|watch|bekijk video|bekijk de video|bekijk hier de video|"
	    "bekijk de beelden|bekijk hier de beelden|naar de video|live|livestream|"
	    "kijk live|bekijk live|kijk live mee|kijk mee|nu live|embedded video|"
	    "video niet beschikbaar|video is niet beschikbaar|geluid aan|unmute|mute|"
	    "meer video's|meer video|more videos|bekijk meer video's|"
	    "volledig scherm|fullscreen|full screen|[0-9]{1,2}:[0-9]{2} min)" T },
	{ "audio", 0, H "(luister|luisteren|listen|audio|podcast|audio afspelen|"
	    "play audio|listen to this article|listen to this story|luister naar "
	    "dit artikel|beluister dit artikel|dit artikel (voorlezen|beluisteren|"
	    "luisteren)|lees voor|laat dit artikel voorlezen|voorlezen|luister de "
	    "podcast|beluister de podcast|luister hier|beluister hier|luister naar "
	    "de podcast|luister ook)" T },
};

enum { NRERULES = sizeof rerules / sizeof rerules[0] };
static regex_t recomp[NRERULES];
static int recompiled;

static void
compile_rules(void)
{
	char msg[256];
	size_t i;
	int e;

	for (i = 0; i < NRERULES; i++) {
		e = regcomp(&recomp[i], rerules[i].re, REG_EXTENDED | REG_NOSUB);
		if (e != 0) {
			regerror(e, &recomp[i], msg, sizeof msg);
			die("built-in rule %zu: %s", i, msg);
		}
	}
	recompiled = 1;
}

const char *
bp_inline(struct text t)
{
	static struct line L;   /* large: kept out of the stack */
	const char *why;
	size_t i;

	if (t.len == 0)
		return NULL;
	if (symbols_only(t))
		return "symbols";
	if (trailer_candidate(t.s, t.len) == TRAILER_SHARE)
		return "share";
	if (t.len > MAXRULELEN)
		return NULL;
	line_init(&L, t);
	if (protected(&L))
		return NULL;
	if ((why = rule_plea(&L)) != NULL || (why = rule_credit(&L)) != NULL ||
	    (why = rule_caption(&L)) != NULL)
		return why;
	if (!recompiled)
		compile_rules();
	/* a NUL byte would cut the line short for regexec */
	if (memchr(t.s, '\0', t.len) == NULL)
		for (i = 0; i < NRERULES; i++) {
			if (L.content && !rerules[i].strong)
				continue;
			if (regexec(&recomp[i], L.lc, 0, NULL, 0) == 0)
				return rerules[i].reason;
		}
	if (L.content)
		return NULL;
	if ((why = rule_pointer(&L)) != NULL || (why = rule_here(&L)) != NULL ||
	    (why = rule_byline(&L)) != NULL || (why = rule_date(&L)) != NULL)
		return why;
	return NULL;
}

/* ---- user rules ---- */

struct bprules {
	struct text *fixed;     /* cleaned, sorted before the first match */
	size_t nfixed, capfixed;
	int sorted;
	regex_t *re;
	size_t nre, capre;
};

struct bprules *
bp_rules_new(void)
{
	struct bprules *r = emalloc(sizeof *r);

	memset(r, 0, sizeof *r);
	return r;
}

void
bp_rules_free(struct bprules *r)
{
	size_t i;

	if (r == NULL)
		return;
	for (i = 0; i < r->nfixed; i++)
		free((char *)r->fixed[i].s);
	for (i = 0; i < r->nre; i++)
		regfree(&r->re[i]);
	free(r->fixed);
	free(r->re);
	free(r);
}

static int
textcmp(const void *a, const void *b)
{
	const struct text *x = a, *y = b;
	size_t n = x->len < y->len ? x->len : y->len;
	int c = memcmp(x->s, y->s, n);

	if (c != 0)
		return c;
	return (x->len > y->len) - (x->len < y->len);
}

/* One line of a rules file: 0 done, -1 a bad pattern (reported). */
static int
add_rule(struct bprules *r, const char *path, size_t lineno, struct text t)
{
	char *pat, msg[256];
	int e, flags = REG_EXTENDED | REG_NOSUB;
	size_t n;

	t = trim(t);
	if (t.len == 0 || t.s[0] == '#')
		return 0;
	if (t.len >= 2 && t.s[0] == '/' && (t.s[t.len - 1] == '/' ||
	    (t.len >= 3 && t.s[t.len - 1] == 'i' && t.s[t.len - 2] == '/'))) {
		n = t.len - 2;
		if (t.s[t.len - 1] == 'i') {
			flags |= REG_ICASE;
			n--;
		}
		if (n == 0) {
			warnfile(path, "%zu: empty pattern", lineno);
			return -1;
		}
		if (memchr(t.s + 1, '\0', n) != NULL) {
			warnfile(path, "%zu: NUL byte in pattern", lineno);
			return -1;
		}
		pat = estrndup(t.s + 1, n);
		if (r->nre == r->capre) {
			r->capre = r->capre ? r->capre * 2 : 8;
			r->re = ereallocarray(r->re, r->capre, sizeof r->re[0]);
		}
		e = regcomp(&r->re[r->nre], pat, flags);
		free(pat);
		if (e != 0) {
			regerror(e, &r->re[r->nre], msg, sizeof msg);
			warnfile(path, "%zu: %s", lineno, msg);
			return -1;
		}
		r->nre++;
		return 0;
	}
	pat = emalloc(t.len + 1);
	n = bp_clean(t.s, t.len, pat);
	if (r->nfixed == r->capfixed) {
		r->capfixed = r->capfixed ? r->capfixed * 2 : 16;
		r->fixed = ereallocarray(r->fixed, r->capfixed, sizeof r->fixed[0]);
	}
	r->fixed[r->nfixed].s = pat;
	r->fixed[r->nfixed].len = n;
	r->nfixed++;
	r->sorted = 0;
	return 0;
}

int
bp_rules_load(struct bprules *r, const char *path)
{
	struct lineread lr;
	struct text t;
	int fd, n, ret = 0;

	if ((fd = open(path, O_RDONLY)) < 0) {
		warnsys(path);
		return -1;
	}
	lr_init(&lr, fd);
	while ((n = lr_next(&lr, &t)) > 0)
		if (add_rule(r, path, lr.lineno, t) < 0)
			ret = -1;
	if (n < 0) {
		errno = lr.err;
		warnsys(path);
		ret = -1;
	}
	lr_free(&lr);
	close(fd);
	if (r->nfixed > 0 && !r->sorted) {
		qsort(r->fixed, r->nfixed, sizeof r->fixed[0], textcmp);
		r->sorted = 1;
	}
	return ret;
}

int
bp_rules_match(const struct bprules *r, struct text t)
{
	size_t i;

	if (r == NULL)
		return 0;
	if (r->nfixed > 0 && bsearch(&t, r->fixed, r->nfixed, sizeof r->fixed[0], textcmp))
		return 1;
	for (i = 0; i < r->nre; i++)
		if (regexec(&r->re[i], t.s, 0, NULL, 0) == 0)
			return 1;
	return 0;
}

/* ---- corpus mode: line counts ---- */

struct bpslot {
	uint64_t hash;          /* 0: free */
	uint32_t count;
	uint32_t last;          /* the last article that counted */
};

struct bpcount {
	struct bpslot *slot;
	size_t cap, used;       /* cap a power of two */
};

static uint64_t
line_hash(struct text t)
{
	uint64_t h = 0xcbf29ce484222325ULL;
	size_t i;

	for (i = 0; i < t.len; i++) {
		h ^= (unsigned char)t.s[i];
		h *= 0x100000001b3ULL;
	}
	/* spread the bits: the table index uses the low ones */
	h ^= h >> 33;
	h *= 0xff51afd7ed558ccdULL;
	h ^= h >> 33;
	return h == 0 ? 1 : h;
}

struct bpcount *
bp_count_new(void)
{
	struct bpcount *c = emalloc(sizeof *c);

	c->cap = 1024;
	c->used = 0;
	c->slot = ereallocarray(NULL, c->cap, sizeof c->slot[0]);
	memset(c->slot, 0, c->cap * sizeof c->slot[0]);
	return c;
}

void
bp_count_free(struct bpcount *c)
{
	if (c == NULL)
		return;
	free(c->slot);
	free(c);
}

static struct bpslot *
find_slot(struct bpslot *slot, size_t cap, uint64_t h)
{
	size_t i = (size_t)h & (cap - 1);

	while (slot[i].hash != 0 && slot[i].hash != h)
		i = (i + 1) & (cap - 1);
	return &slot[i];
}

static void
grow(struct bpcount *c)
{
	struct bpslot *old = c->slot, *s;
	size_t i, oldcap = c->cap;

	c->cap *= 2;
	c->slot = ereallocarray(NULL, c->cap, sizeof c->slot[0]);
	memset(c->slot, 0, c->cap * sizeof c->slot[0]);
	for (i = 0; i < oldcap; i++)
		if (old[i].hash != 0) {
			s = find_slot(c->slot, c->cap, old[i].hash);
			*s = old[i];
		}
	free(old);
}

void
bp_count_add(struct bpcount *c, struct text t, unsigned long article)
{
	struct bpslot *s;
	uint64_t h;

	if (t.len == 0 || t.len > BP_COUNT_MAXLEN)
		return;
	h = line_hash(t);
	s = find_slot(c->slot, c->cap, h);
	if (s->hash == 0) {
		s->hash = h;
		s->count = 1;
		s->last = (uint32_t)article;
		if (++c->used * 10 > c->cap * 7)
			grow(c);
		return;
	}
	if (s->last != (uint32_t)article) {
		s->last = (uint32_t)article;
		if (s->count < UINT32_MAX)
			s->count++;
	}
}

size_t
bp_count_get(const struct bpcount *c, struct text t)
{
	const struct bpslot *s;

	if (t.len == 0 || t.len > BP_COUNT_MAXLEN)
		return 0;
	s = find_slot(c->slot, c->cap, line_hash(t));
	return s->hash == 0 ? 0 : s->count;
}

/* A pointer that names nothing itself: "Lees ook:", "Read more", "Bekijk
 * ook".  The line after it is the title of what it points at. */
int
bp_points_ahead(struct text t)
{
	static regex_t re;
	static int compiled;

	if (!compiled) {
		if (regcomp(&re, H "(lees|lees ook|lees ook hier|lees hier ook|lees meer|"
		    "lees verder|lees hier meer|zie ook|bekijk ook|kijk ook|luister ook|"
		    "ook interessant|ook lezen|ook leuk|ook gelezen|eerder verschenen|"
		    "gerelateerd|gerelateerde artikelen|meer over dit onderwerp|read more|"
		    "read also|also read|related|see also|watch more|more on this story)"
		    T, REG_EXTENDED | REG_ICASE | REG_NOSUB) != 0)
			die("built-in rule: bad pattern");
		compiled = 1;
	}
	return t.len > 0 && t.len < 80 && memchr(t.s, '\0', t.len) == NULL &&
	    regexec(&re, t.s, 0, NULL, 0) == 0;
}

/* Could t be a linked title?  Not prose, not a lead-in, 1 to 20 words. */
int
bp_headline(struct text t)
{
	size_t n = count_words(t, 21);

	return n > 0 && n <= 20 && !bp_is_content(t) && t.s[t.len - 1] != ':';
}
