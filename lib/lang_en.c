/*
 * English: abbreviations, sentence openers and stop words.
 */
#include "langtab.h"

#define I ABBR_INNER
#define F ABBR_FINAL
#define N ABBR_NAME

static const struct abbrdef abbrevs[] = {
	/* titles, ranks and forms of address */
	{ "Adm", I }, { "Atty", I }, { "Brig", I }, { "Capt", I }, { "Cdr", I },
	{ "Cmdr", I }, { "Col", I }, { "Cpl", I }, { "Cpt", I }, { "Det", I },
	{ "Dr", I }, { "Drs", I }, { "Fr", I }, { "Gen", I }, { "Gov", I }, { "Hon", I },
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
	{ "A.D", F }, { "A.M", N }, { "B.C", F }, { "P.M", N }, { "a.m", N },
	{ "p.m", N }, { "al", F }, { "etc", F }, { "Bros", F }, { "Co", F },
	{ "Corp", F }, { "Esq", F }, { "Inc", F }, { "Jr", F }, { "Ltd", F },
	{ "No", F }, { "Ph.D", F }, { "Plc", F }, { "Sr", F }, { "Ave", F },
	{ "Blvd", F }, { "Hwy", F }, { "Rd", F }, { "ave", F }, { "blvd", F },
	{ "co", F }, { "corp", F }, { "inc", F }, { "jr", F }, { "ltd", F },
	{ "rd", F }, { "sr", F }, { "st", F }, { "yr", F }, { "yrs", F },
	{ "wk", F }, { "wks", F }, { "mo", F }, { "mos", F }, { "pt", F },
	{ "pts", F }, { "misc", F }, { "ext", I }, { "tel", I },
	{ "dr", I }, { "mr", I }, { "mrs", I }, { "ms", I }, { "prof", I },
	{ "avg", F }, { "max", F }, { "ref", I }, { "re", I }, { "ft", F },
	{ "hr", F }, { "hrs", F }, { "lb", F }, { "lbs", F }, { "min", F }, { "mins", F },
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
 * name: after an initial, a.m. or an unknown abbreviation they show that
 * a new sentence begins. */
static const char *const starters[] = {
	"About", "According", "Across", "After", "Against", "All", "Almost",
	"Also", "Although", "Among", "An", "And", "Another", "Are", "As", "At",
	"Because", "Before", "Both", "But", "By", "Can", "Could", "Despite",
	"Did", "Do", "Does", "During", "Each", "Earlier", "Even", "Every",
	"Five", "For", "Four", "From", "Further", "Furthermore", "Had", "Has",
	"Have", "He", "Her", "Here", "His", "How", "However", "Hundreds", "I",
	"If", "In", "Instead", "Is", "It", "Its", "Last", "Later", "Let",
	"Many", "Meanwhile", "More", "Moreover", "Most", "My", "Nevertheless",
	"Next", "No", "Not", "Now", "On", "One", "Only", "Or", "Other", "Our",
	"Over", "Please", "Several", "She", "Should", "Since", "Six", "So",
	"Some", "Still",
	"Such", "Ten", "That", "The", "Their", "Then", "There", "These",
	"They", "This", "Those", "Though", "Thousands", "Three", "Thus",
	"Today", "Tomorrow", "Two", "Under", "Until", "Was", "We", "Were",
	"What", "When",
	"Where", "Whether", "Which", "While", "Who", "Why", "With", "Without",
	"Would", "Yes", "Yesterday", "Yet", "You", "Your",
	NULL
};

/* Frequent words that are rare in Dutch and German; "in", "is", "was",
 * "had", "will" and "we" are left out for that reason. */
static const char *const stopwords[] = {
	"about", "after", "all", "also", "and", "are", "as", "at", "be",
	"because", "been", "but", "by", "can", "could", "did", "do", "does",
	"for", "from", "has", "have", "he", "her", "his", "how", "if", "into",
	"it", "its", "more", "not", "of", "on", "one", "or", "our", "out",
	"said", "she", "than", "that", "the", "their", "them", "then",
	"there", "they", "this", "to", "up", "were", "what", "when", "which",
	"who", "with", "would", "you", "your",
	NULL
};

const struct lang lang_en = {
	"en", "English", abbrevs, starters, stopwords, NULL, LANG_LOWER
};
