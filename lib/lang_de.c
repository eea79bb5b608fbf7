/*
 * German: abbreviations, sentence openers and stop words.  Nouns are
 * capitalised, so a capital after an abbreviation says little: only a
 * word that usually opens a sentence ends one there (LANG_NOUNCAPS).
 */
#include "langtab.h"

#define I ABBR_INNER
#define F ABBR_FINAL
#define N ABBR_NAME

static const struct abbrdef abbrevs[] = {
	/* titles and forms of address */
	{ "Dipl", I }, { "Dr", I }, { "Fr", I }, { "Hr", I }, { "Hrn", I },
	{ "Ing", I }, { "Prof", I }, { "Hl", I }, { "St", I },
	{ "jun", F }, { "sen", F },
	{ "med", I }, { "jur", I }, { "phil", I }, { "rer", I }, { "nat", I },
	{ "oec", I }, { "theol", I }, { "habil", I },
	/* used inside a sentence */
	{ "Abb", I }, { "Abs", I }, { "Art", I }, { "Bd", I }, { "Bde", I },
	{ "Kap", I }, { "Nr", I }, { "Str", I }, { "str", I }, { "Tab", I },
	{ "Sp", I }, { "Anm", I }, { "Hrsg", I },
	{ "bspw", I }, { "bzgl", I }, { "bzw", I }, { "ca", I }, { "d.h", I },
	{ "evtl", I }, { "ggf", I }, { "gem", I }, { "i.A", I }, { "i.d.R", I },
	{ "inkl", I }, { "insb", I }, { "max", I }, { "min", I },
	{ "o.g", I }, { "sog", I }, { "u.a", I },
	{ "u.U", I }, { "usf", F }, { "v.a", I }, { "vgl", I }, { "z.B", I },
	{ "z.T", I }, { "z.Z", I }, { "z.Zt", I }, { "zzgl", I }, { "zw", I },
	{ "Bsp", I }, { "Ggf", I }, { "Vgl", I }, { "Z.B", I },
	/* may end a sentence */
	{ "a.D", F }, { "Chr", F }, { "Co", F }, { "e.V", F }, { "etc", F },
	{ "Jh", F }, { "Jhd", F }, { "Jhdt", F }, { "Mio", F }, { "Mrd", F },
	{ "Tsd", F }, { "n.Chr", F }, { "o.ä", F }, { "s.o", F }, { "s.u", F },
	{ "u.ä", F }, { "u.Ä", F }, { "u.v.m", F }, { "usw", F }, { "v.Chr", F },
	{ "Std", F }, { "Min", F }, { "Sek", F }, { "Tel", I }, { "Pkt", I },
	/* months and days */
	{ "Jan", F }, { "Feb", F }, { "Febr", F }, { "Mär", F }, { "Apr", F },
	{ "Jun", F }, { "Jul", F }, { "Aug", F }, { "Sep", F }, { "Sept", F },
	{ "Okt", F }, { "Nov", F }, { "Dez", F },
	{ "Mo", F }, { "Di", F }, { "Mi", F }, { "Do", F }, { "Sa", F },
	{ NULL, 0 }
};

#undef I
#undef F
#undef N

/* Words that usually open a sentence and seldom stand inside a name or
 * after a title, for the places where a capital alone proves nothing. */
static const char *const starters[] = {
	"Aber", "Alle", "Allerdings", "Als", "Am", "Andere", "Anschließend",
	"Auch", "Auf", "Aus", "Außerdem", "Bei", "Bereits", "Bis", "Bisher",
	"Da", "Dabei", "Dadurch", "Daher", "Damals", "Damit", "Danach",
	"Dann", "Darauf", "Darin", "Das", "Dass", "Dazu", "Dem", "Den",
	"Denn", "Dennoch", "Der", "Des", "Deshalb", "Die", "Dies", "Diese",
	"Diesem", "Diesen", "Dieser", "Dieses", "Doch", "Dort", "Drei",
	"Du", "Durch", "Ein", "Eine", "Einem", "Einen", "Einer", "Eines",
	"Er", "Es", "Etwa", "Für", "Gestern", "Heute", "Hier", "Ich", "Ihr",
	"Ihre", "Im", "Immer", "In", "Inzwischen", "Ja", "Jetzt", "Jedoch",
	"Kein", "Keine", "Laut", "Man", "Mehr", "Mit", "Morgen", "Nach",
	"Nachdem", "Nein", "Noch", "Nun", "Nur", "Ob", "Obwohl", "Oder",
	"Schon", "Sein", "Seine", "Seit", "Sie", "So", "Später", "Trotz",
	"Trotzdem", "Um", "Und", "Unser", "Unsere", "Viele", "Vielleicht",
	"Vom", "Von", "Vor", "Während", "Wann", "Warum", "Was", "Weil",
	"Wenn", "Wer", "Wie", "Wir", "Wo", "Zudem", "Zum", "Zunächst", "Zur",
	"Zwei",
	NULL
};

/* Frequent words that are rare in Dutch and English; "die", "in", "er",
 * "als", "den", "werden" and "wie" are left out for that reason ("der"
 * is kept: in Dutch it is mostly part of a name). */
static const char *const stopwords[] = {
	"aber", "auch", "auf", "aus", "bei", "beim", "bis", "das", "dass",
	"dem", "der", "des", "diese", "dieser", "dieses", "doch", "durch",
	"ein", "eine", "einem", "einen", "einer", "eines", "es", "für",
	"gegen", "gibt", "haben", "hat", "hatte", "ich", "ihr", "ihre",
	"ihren", "im", "ist", "jetzt", "kann", "kein", "keine", "können",
	"mehr", "mit", "muss", "nach", "nicht", "noch", "nur", "oder",
	"sagte", "schon", "sehr", "sein", "seine", "seit", "sich", "sie",
	"sind", "soll", "über", "um", "und", "vom", "von", "vor", "war",
	"wegen", "weil", "wenn", "wir", "wird", "wurde", "wurden", "zu",
	"zum", "zur", "zwischen",
	NULL
};

/* Street names are compounds: Hauptstr., Bahnhofstr. */
static const char *const suffixes[] = { "str", NULL };

const struct lang lang_de = {
	"de", "German", abbrevs, starters, stopwords, suffixes,
	LANG_ORDINALS | LANG_NOUNCAPS
};
