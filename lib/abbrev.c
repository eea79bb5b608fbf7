/*
 * Abbreviation lists for the sentence splitter: the built-in Dutch and
 * English lists, additions from a user file, and the short list of words
 * that typically open a sentence.
 *
 * An entry is written without its final period ("o.a", "dr") and belongs
 * to a class that says what the period after it means when a capitalised
 * word follows:
 *   inner  never ends a sentence (titles, "o.a.", "i.p.v.", "ca.");
 *   final  may end one ("etc.", "enz.", "e.d.", months, amounts);
 *   name   like an initial: ends one only before a sentence-opening word.
 * Before a lower-case word or a digit no abbreviation ends a sentence.
 * The lists are kept sorted; lookups use binary search.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

struct abbr {
	const char *s;
	size_t len;
	int cls;
	size_t seq;             /* order of addition: later entries win */
};

struct abbrevs {
	int lang;
	struct abbr *v;
	size_t n, cap;
	char **owned;           /* strings read from user files */
	size_t nowned;
	const char **starters;  /* sorted copy of a built-in list */
	size_t nstarters;
};

struct builtin {
	const char *s;
	int cls;
};

#define I ABBR_INNER
#define F ABBR_FINAL
#define N ABBR_NAME

/* Dutch.  Capitalised forms are listed where they occur inside a
 * sentence; at the start of a sentence a capitalised word is also looked
 * up with a lower-case first letter. */
static const struct builtin nl_list[] = {
	/* titles and forms of address */
	{ "bc", I }, { "br", I }, { "dhr", I }, { "dr", I }, { "drs", I },
	{ "ds", I }, { "em", I }, { "fam", I }, { "gebr", I }, { "hr", I },
	{ "ing", I }, { "ir", I }, { "kand", I }, { "lic", I }, { "mej", I },
	{ "mevr", I }, { "mgr", I }, { "mr", I }, { "mw", I }, { "prof", I },
	{ "wed", I }, { "zr", I },
	{ "Dhr", I }, { "Dr", I }, { "Drs", I }, { "Ds", I }, { "Gebr", I },
	{ "Ir", I }, { "Mej", I }, { "Mevr", I }, { "Mgr", I }, { "Mr", I },
	{ "Mw", I }, { "Prof", I }, { "St", I }, { "Ste", I },
	/* ranks and offices */
	{ "adj", I }, { "gedep", I }, { "insp", I },
	{ "kol", I }, { "kpt", I }, { "lt", I }, { "maj", I }, { "penn", I },
	{ "secr", I }, { "sgt", I }, { "voorz", I }, { "wnd", I },
	{ "Gen", I }, { "Kol", I }, { "Lt", I }, { "Maj", I },
	/* Latin-style and Dutch abbreviations used inside a sentence */
	{ "a.d", I }, { "a.g.v", I }, { "a.h.w", I }, { "b.v", I },
	{ "bijv", I }, { "bv", I }, { "c.q", I }, { "ca", I }, { "cf", I },
	{ "d.d", I }, { "d.i", I }, { "d.m.v", I }, { "d.w.z", I }, { "e.g", I },
	{ "e.e.a", I }, { "eig", I }, { "evt", I }, { "excl", I }, { "gem", I }, { "i.c", I },
	{ "i.e", I }, { "i.h.a", I }, { "i.h.b", I }, { "i.h.k.v", I },
	{ "i.o", I }, { "i.o.m", I }, { "i.p.v", I }, { "i.s.m", I },
	{ "i.t.t", I }, { "i.v.m", I }, { "i.z", I }, { "incl", I },
	{ "lett", I }, { "m.a.w", I }, { "m.b.t", I }, { "m.b.v", I },
	{ "m.i", I }, { "m.i.v", I }, { "m.n", I }, { "m.u.v", I }, { "max", I }, { "n.a.v", I },
	{ "nl", I }, { "nml", I }, { "o.a", I }, { "o.b.v", I }, { "o.i", I },
	{ "o.l.v", I }, { "o.m", I }, { "o.v.v", I }, { "ong", I }, { "oorspr", I },
	{ "plm", I }, { "resp", I }, { "t.a.v", I }, { "t.b.v", I },
	{ "t.g.v", I }, { "t.h.v", I }, { "t.o.v", I }, { "t.w", I },
	{ "v.a", I }, { "v.d", I }, { "v.h", I }, { "vgl", I }, { "vnl", I },
	{ "v.w.b", I }, { "vs", I }, { "w.o", I }, { "z.g", I }, { "z.i", I }, { "zgn", I }, { "zog", I },
	/* references, numbers and documents */
	{ "afb", I }, { "afd", I }, { "afl", I }, { "art", I },
	{ "bijl", I }, { "blz", I }, { "dl", I }, { "fig", I }, { "geb", I },
	{ "hfst", I }, { "jrg", I }, { "nr", I }, { "nrs", I }, { "ovl", I },
	{ "overl", I }, { "pag", I }, { "tel", I },
	{ "Art", I }, { "Nr", I },
	/* organisations, churches, place names */
	{ "Fa", I }, { "Geref", I }, { "Herv", I }, { "Kon", I }, { "Ned", I },
	{ "R.K", I }, { "r.k", I },
	/* may end a sentence */
	{ "a.i", F }, { "a.s", F }, { "a.u.b", F }, { "bln", F }, { "c.s", F }, { "ct", F },
	{ "e.a", F }, { "e.d", F }, { "e.o", F }, { "e.v", F }, { "ed", F },
	{ "enz", F }, { "etc", F }, { "j.l", F }, { "jl", F }, { "jr", F },
	{ "l.l", F }, { "m.m", F }, { "min", F }, { "mld", F }, { "mln", F },
	{ "mrd", F }, { "n.Chr", F }, { "n.v.t", F }, { "o.i.d", F },
	{ "p.j", F }, { "p.m", F }, { "p.p", F }, { "p.st", F }, { "pct", F }, { "red", F }, { "s.v.p", F }, { "sec", F },
	{ "sr", F }, { "st", F }, { "t.z.t", F }, { "v.Chr", F }, { "v.o.f", F },
	{ "v.z.w", F }, { "vert", F }, { "vlg", F }, { "z.o.z", F },
	{ "z.s.m", F },
	{ "Co", F }, { "Corp", F }, { "Inc", F }, { "Jr", F }, { "Ltd", F },
	{ "Sr", F },
	/* months and days */
	{ "apr", F }, { "aug", F }, { "dec", F }, { "feb", F }, { "febr", F },
	{ "jan", F }, { "jul", F }, { "jun", F }, { "mrt", F }, { "nov", F },
	{ "okt", F }, { "sep", F }, { "sept", F },
	{ "di", F }, { "do", F }, { "ma", F }, { "vr", F }, { "wo", F },
	{ "za", F }, { "zo", F },
	/* abbreviated first names, read as initials */
	{ "Ch", N }, { "Chr", N }, { "Corn", N }, { "Gerh", N }, { "Hub", N },
	{ "Jac", N }, { "Joh", N }, { "Ph", N }, { "Sj", N }, { "Th", N },
	{ "Tj", N }, { "Wm", N },
	{ NULL, 0 }
};

static const struct builtin en_list[] = {
	/* titles, ranks and forms of address */
	{ "Adm", I }, { "Atty", I }, { "Brig", I }, { "Capt", I }, { "Cdr", I },
	{ "Cmdr", I }, { "Col", I }, { "Cpl", I }, { "Cpt", I }, { "Det", I },
	{ "Dr", I }, { "Fr", I }, { "Gen", I }, { "Gov", I }, { "Hon", I },
	{ "Insp", I }, { "Lt", I }, { "Maj", I }, { "Messrs", I }, { "Mmes", I },
	{ "Mr", I }, { "Mrs", I }, { "Ms", I }, { "Msgr", I }, { "Pres", I },
	{ "Prof", I }, { "Pvt", I }, { "Rep", I }, { "Rev", I }, { "Revd", I },
	{ "Sen", I }, { "Sgt", I }, { "Supt", I },
	/* places before a name */
	{ "Ft", I }, { "Mt", I }, { "St", I }, { "Ste", I },
	/* Latin-style and other abbreviations used inside a sentence */
	{ "approx", I }, { "ca", I }, { "cf", I }, { "e.g", I }, { "esp", I },
	{ "est", I }, { "excl", I }, { "i.e", I }, { "incl", I }, { "v", I },
	{ "viz", I }, { "vs", I },
	/* references and numbers */
	{ "Dept", I }, { "Eq", I }, { "Fig", I }, { "Figs", I }, { "Nos", I },
	{ "Sec", I }, { "Univ", I }, { "Vol", I }, { "Vols", I }, { "eq", I },
	{ "fig", I }, { "p", I }, { "pp", I }, { "vol", I },
	{ "Art", F }, { "Ch", F }, { "art", F }, { "ch", F }, { "no", F },
	{ "nos", F },
	/* may end a sentence */
	{ "A.D", F }, { "A.M", F }, { "B.C", F }, { "P.M", F }, { "a.m", F },
	{ "p.m", F }, { "al", F }, { "etc", F }, { "Bros", F }, { "Co", F },
	{ "Corp", F }, { "Esq", F }, { "Inc", F }, { "Jr", F }, { "Ltd", F },
	{ "No", F }, { "Ph.D", F }, { "Plc", F }, { "Sr", F }, { "Ave", F },
	{ "Blvd", F }, { "Hwy", F }, { "Rd", F }, { "ft", F }, { "hr", F },
	{ "hrs", F }, { "lb", F }, { "lbs", F }, { "min", F }, { "mins", F },
	{ "oz", F }, { "sec", F }, { "secs", F }, { "govt", F }, { "dept", F },
	/* months, days, states */
	{ "Apr", F }, { "Aug", F }, { "Dec", F }, { "Feb", F }, { "Jan", F },
	{ "Jul", F }, { "Jun", F }, { "Mar", F }, { "Nov", F }, { "Oct", F },
	{ "Sep", F }, { "Sept", F },
	{ "Fri", F }, { "Mon", F }, { "Sat", F }, { "Sun", F }, { "Thu", F },
	{ "Thur", F }, { "Thurs", F }, { "Tue", F }, { "Tues", F }, { "Wed", F },
	{ "Ala", F }, { "Ariz", F }, { "Ark", F }, { "Calif", F }, { "Colo", F },
	{ "Conn", F }, { "Del", F }, { "Fla", F }, { "Ga", F }, { "Ill", F },
	{ "Ind", F }, { "Kan", F }, { "Ky", F }, { "La", F }, { "Mass", F },
	{ "Md", F }, { "Mich", F }, { "Minn", F }, { "Miss", F }, { "Mo", F },
	{ "Mont", F }, { "Neb", F }, { "Nev", F }, { "Okla", F }, { "Ore", F },
	{ "Pa", F }, { "Tenn", F }, { "Tex", F }, { "Va", F }, { "Vt", F },
	{ "Wash", F }, { "Wis", F }, { "Wyo", F },
	/* abbreviated first names, read as initials */
	{ "Chas", N }, { "Geo", N }, { "Jas", N }, { "Thos", N }, { "Wm", N },
	{ NULL, 0 }
};

#undef I
#undef F
#undef N

/* Capitalised words that usually open a sentence and are not part of a
 * name: after an initial or an unknown abbreviation they show that a new
 * sentence begins ("plan B. Het ..." against "W. Hoekstra").  Name
 * particles (Van, Den, Ter, Ten, Von) are left out. */
static const char *const nl_starters[] = {
	"Aan", "Acht", "Achter", "Afgelopen", "Al", "Alle", "Alles", "Als",
	"Andere", "Beide", "Beiden", "Bij", "Bijna", "Binnen", "Boven",
	"Bovendien", "Buiten", "Daar", "Daarbij", "Daardoor", "Daarin",
	"Daarmee", "Daarna", "Daarnaast", "Daarom", "Daarop", "Daarover",
	"Daaruit", "Daarvoor", "Dan", "Dankzij", "Dat", "De", "Deze", "Die",
	"Dit", "Door", "Drie", "Duizend", "Duizenden", "Dus", "Echter", "Een",
	"Eerder", "Eerst", "Eind", "Elke", "En", "Enkele", "Er", "Geen",
	"Gelukkig", "Gisteren", "Haar", "Helaas", "Het", "Hier", "Hierbij",
	"Hierdoor", "Hiermee", "Hierna", "Hiervoor", "Hij", "Hoe", "Hoewel",
	"Honderd", "Honderden", "Hun", "Ieder", "Iedere", "Ik", "Immers",
	"In", "Inmiddels", "Intussen", "Ja", "Je", "Jij", "Jullie", "Later",
	"Maar", "Meer", "Men", "Met", "Mijn", "Miljoenen", "Misschien",
	"Morgen", "Na", "Naast", "Nadat", "Namens", "Nee", "Negen", "Niemand",
	"Niet", "Nog", "Nu", "Of", "Om", "Omdat", "Ondanks", "Onder",
	"Ondertussen", "Ons", "Onze", "Ook", "Op", "Over", "Pas", "Ruim",
	"Sinds", "Sindsdien", "Sommige", "Tegen", "Terwijl", "Tien",
	"Tijdens", "Toch", "Toen", "Tot", "Tussen", "Twee", "Twintig", "U",
	"Uit", "Uiteindelijk", "Vandaag", "Vanuit", "Vanwege", "Veel",
	"Verder", "Vier", "Vijf", "Volgend", "Volgende", "Volgens", "Voor",
	"Vooral", "Voordat", "Vorig", "Vorige", "Waar", "Waarom", "Wanneer",
	"Want", "Wat", "We", "Wel", "Weliswaar", "Welke", "Wie", "Wij", "Ze",
	"Zelfs", "Zes", "Zeven", "Zij", "Zijn", "Zo", "Zonder", "Zowel",
	NULL
};

static const char *const en_starters[] = {
	"About", "According", "Across", "After", "Against", "Almost", "Also",
	"Although", "Among", "An", "And", "Another", "As", "At", "Because",
	"Before", "Both", "But", "By", "Despite", "During", "Each", "Earlier",
	"Even", "Every", "Five", "For", "Four", "From", "Further",
	"Furthermore", "He", "Her", "Here", "His", "How", "However",
	"Hundreds", "I", "If", "In", "Instead", "It", "Its", "Last", "Later",
	"Many", "Meanwhile", "More", "Moreover", "Most", "My", "Nevertheless",
	"Next", "No", "Not", "Now", "On", "One", "Only", "Or", "Other", "Our",
	"Over", "Several", "She", "Since", "Six", "So", "Some", "Still",
	"Such", "Ten", "That", "The", "Their", "Then", "There", "These",
	"They", "This", "Those", "Though", "Thousands", "Three", "Thus",
	"Today", "Tomorrow", "Two", "Under", "Until", "We", "What", "When",
	"Where", "Whether", "Which", "While", "Who", "Why", "With", "Without",
	"Yes", "Yesterday", "Yet", "You", "Your",
	NULL
};

static int
abbrcmp(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	if (c != 0)
		return c;
	return alen < blen ? -1 : alen > blen;
}

static int
entrycmp(const void *x, const void *y)
{
	const struct abbr *a = x, *b = y;

	return abbrcmp(a->s, a->len, b->s, b->len);
}

static int
strpcmp(const void *x, const void *y)
{
	return strcmp(*(const char *const *)x, *(const char *const *)y);
}

static struct abbr *
find(const struct abbrevs *ab, const char *s, size_t n)
{
	size_t lo = 0, hi = ab->n, mid;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		c = abbrcmp(s, n, ab->v[mid].s, ab->v[mid].len);
		if (c == 0)
			return &ab->v[mid];
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return NULL;
}

static void
add(struct abbrevs *ab, const char *s, size_t n, int cls)
{
	if (ab->n == ab->cap) {
		ab->cap = ab->cap ? 2 * ab->cap : 512;
		ab->v = ereallocarray(ab->v, ab->cap, sizeof ab->v[0]);
	}
	ab->v[ab->n].s = s;
	ab->v[ab->n].len = n;
	ab->v[ab->n].cls = cls;
	ab->v[ab->n].seq = ab->n;
	ab->n++;
}

/* Sort, and keep the latest of equal entries: additions win. */
static void
settle(struct abbrevs *ab)
{
	size_t i, k = 0;

	qsort(ab->v, ab->n, sizeof ab->v[0], entrycmp);
	for (i = 0; i < ab->n; i++) {
		if (k > 0 && entrycmp(&ab->v[k - 1], &ab->v[i]) == 0) {
			if (ab->v[i].seq > ab->v[k - 1].seq)
				ab->v[k - 1] = ab->v[i];
			continue;
		}
		ab->v[k++] = ab->v[i];
	}
	ab->n = k;
	for (i = 0; i < ab->n; i++)
		ab->v[i].seq = i;
}

struct abbrevs *
abbrev_new(const char *lang)
{
	const struct builtin *b;
	const char *const *st;
	struct abbrevs *ab;

	ab = emalloc(sizeof *ab);
	memset(ab, 0, sizeof *ab);
	if (strcmp(lang, "nl") == 0) {
		ab->lang = LANG_NL;
		b = nl_list;
		st = nl_starters;
	} else if (strcmp(lang, "en") == 0) {
		ab->lang = LANG_EN;
		b = en_list;
		st = en_starters;
	} else {
		free(ab);
		return NULL;
	}
	for (; b->s != NULL; b++)
		add(ab, b->s, strlen(b->s), b->cls);
	settle(ab);
	while (st[ab->nstarters] != NULL)
		ab->nstarters++;
	ab->starters = ereallocarray(NULL, ab->nstarters, sizeof ab->starters[0]);
	memcpy(ab->starters, st, ab->nstarters * sizeof ab->starters[0]);
	qsort(ab->starters, ab->nstarters, sizeof ab->starters[0], strpcmp);
	return ab;
}

void
abbrev_free(struct abbrevs *ab)
{
	size_t i;

	if (ab == NULL)
		return;
	for (i = 0; i < ab->nowned; i++)
		free(ab->owned[i]);
	free(ab->owned);
	free(ab->starters);
	free(ab->v);
	free(ab);
}

int
abbrev_lang(const struct abbrevs *ab)
{
	return ab->lang;
}

static const char *const clsnames[] = { "", "inner", "final", "name" };

/* One line of a user file: the abbreviation, its final period optional,
 * then optionally its class.  Returns 0, or -1 for a bad class. */
static int
add_line(struct abbrevs *ab, struct text t)
{
	size_t i = 0, wlen;
	const char *w;
	struct text c;
	int cls = ABBR_INNER, k;

	t = trim(t);
	if (t.len == 0 || t.s[0] == '#')
		return 0;
	while (i < t.len && t.s[i] != ' ' && t.s[i] != '\t')
		i++;
	w = t.s;
	wlen = i;
	c.s = t.s + i;
	c.len = t.len - i;
	c = trim(c);
	if (c.len > 0) {
		for (k = 1; k < 4; k++)
			if (text_eq(c, clsnames[k]))
				break;
		if (k == 4)
			return -1;
		cls = k;
	}
	if (wlen > 0 && w[wlen - 1] == '.')
		wlen--;
	if (wlen == 0)
		return 0;
	ab->owned = ereallocarray(ab->owned, ab->nowned + 1, sizeof ab->owned[0]);
	ab->owned[ab->nowned] = estrndup(w, wlen);
	add(ab, ab->owned[ab->nowned++], wlen, cls);
	return 0;
}

int
abbrev_load(struct abbrevs *ab, const char *path)
{
	struct lineread lr;
	struct text t;
	int fd, n, bad = 0;

	if ((fd = open(path, O_RDONLY)) < 0) {
		warnsys(path);
		return -1;
	}
	lr_init(&lr, fd);
	while ((n = lr_next(&lr, &t)) > 0) {
		if (lr.lineno == 1 && t.len >= 3 && memcmp(t.s, "\xEF\xBB\xBF", 3) == 0) {
			t.s += 3;
			t.len -= 3;
		}
		if (add_line(ab, t) < 0) {
			warnfile(path, "line %zu: unknown class (inner, final or name)",
			    lr.lineno);
			bad = 1;
		}
	}
	if (n < 0) {
		errno = lr.err;
		warnsys(path);
		bad = 1;
	}
	lr_free(&lr);
	close(fd);
	settle(ab);
	return bad ? -1 : 0;
}

int
abbrev_class(const struct abbrevs *ab, const char *s, size_t n)
{
	const struct abbr *a = find(ab, s, n);

	return a ? a->cls : ABBR_NONE;
}

int
abbrev_starter(const struct abbrevs *ab, const char *s, size_t n)
{
	size_t lo = 0, hi = ab->nstarters, mid;
	const char *m;
	int c;

	while (lo < hi) {
		mid = lo + (hi - lo) / 2;
		m = ab->starters[mid];
		c = abbrcmp(s, n, m, strlen(m));
		if (c == 0)
			return 1;
		if (c < 0)
			hi = mid;
		else
			lo = mid + 1;
	}
	return 0;
}

void
abbrev_print(const struct abbrevs *ab)
{
	size_t i;

	for (i = 0; i < ab->n; i++) {
		out_write(ab->v[i].s, ab->v[i].len);
		out_printf(".\t%s\n", clsnames[ab->v[i].cls]);
	}
}
