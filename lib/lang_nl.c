/*
 * Dutch: abbreviations, sentence openers and stop words.  Capitalised
 * forms are listed where they occur inside a sentence; at the start of a
 * sentence a capitalised word is also looked up with a lower-case first
 * letter.
 */
#include "langtab.h"

#define I ABBR_INNER
#define F ABBR_FINAL
#define N ABBR_NAME

static const struct abbrdef abbrevs[] = {
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

#undef I
#undef F
#undef N

/* Capitalised words that usually open a sentence and are not part of a
 * name: after an initial or an unknown abbreviation they show that a new
 * sentence begins ("plan B. Het ..." against "W. Hoekstra").  Name
 * particles (Van, Den, Ter, Ten, Von) are left out. */
static const char *const starters[] = {
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

/* Frequent words that are rare in English and German; words common in
 * one of those too ("die", "in", "is", "was", "of", "met", "als", "er",
 * "over", "we") are left out. */
static const char *const stopwords[] = {
	"aan", "al", "alle", "bij", "dan", "dat", "de", "deze", "dit",
	"door", "dus", "een", "en", "geen", "haar", "hebben", "heeft", "het",
	"hij", "hoe", "hun", "ik", "je", "kan", "maar", "meer", "moet",
	"naar", "niet", "nog", "nu", "omdat", "ook", "op", "te", "tegen",
	"toen", "tot", "twee", "uit", "van", "veel", "volgens", "voor",
	"waar", "wat", "wel", "werd", "wij", "wordt", "worden", "ze", "zal",
	"zegt", "zei", "zich", "zij", "zijn", "zo", "zou", "zullen",
	NULL
};

const struct lang lang_nl = {
	"nl", "Dutch", abbrevs, starters, stopwords, NULL, LANG_CLITICS
};
