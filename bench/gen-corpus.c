/*
 * gen-corpus: invented Dutch news articles in the artkit(5) format, for
 * benchmarks and tests.  The same options give the same bytes.
 *
 *   gen-corpus [-s seed] -m MiB           a stream of at least MiB MiB
 *   gen-corpus [-s seed] -a N             a stream of N articles
 *   gen-corpus [-s seed] -a N -d dir      N files dir/a000001.txt ...
 *
 * Articles in a stream are separated by form-feed lines.  The text mixes
 * what news text holds: diacritics, hyphenated compounds, clitics, numbers
 * with separators, quotes (straight and typographic), dashes, brackets, an
 * occasional URL or e-mail address, inline boilerplate and a trailer.
 *
 * Build: cc -O2 -o gen-corpus gen-corpus.c
 */
#include <errno.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const function_words[] = {
	"de", "de", "de", "het", "het", "een", "een", "en", "en", "van", "van",
	"in", "in", "is", "dat", "op", "te", "voor", "met", "niet", "zijn",
	"er", "die", "ook", "aan", "om", "maar", "bij", "als", "nog", "dan",
	"naar", "over", "uit", "wel", "door", "tot", "heeft", "hebben", "werd",
	"wordt", "was", "zou", "kan", "moet", "al", "of", "ze", "hij", "we",
	"zich", "meer", "na", "tegen", "onder", "sinds", "omdat", "toen", "nu",
	"zo", "geen", "veel", "twee", "drie", "volgens", "tijdens", "waar",
	"deze", "dit", "wat", "wie", "hun", "haar", "zegt", "zei", "gaat"
};

static const char *const content_words[] = {
	"kabinet", "minister", "regering", "Tweede", "Kamer", "verkiezingen",
	"partij", "coalitie", "oppositie", "voorstel", "besluit", "onderzoek",
	"politie", "rechter", "verdachte", "rechtbank", "gemeente", "provincie",
	"burgemeester", "inwoners", "bewoners", "huizen", "woningmarkt", "prijzen",
	"economie", "inflatie", "bedrijven", "werknemers", "banen", "vakbond",
	"staking", "ziekenhuis", "zorg", "artsen", "onderwijs",
	"leerlingen", "scholen", "studenten", "klimaat", "uitstoot", "energie",
	"stikstof", "boeren", "natuur", "water", "overstroming", "storm", "weer",
	"oorlog", "leger", "soldaten", "aanval", "wapens", "munitie", "sancties",
	"vrede", "onderhandelingen", "akkoord", "verdrag", "top", "leiders",
	"president", "premier", "land", "landen", "grens", "vluchtelingen",
	"asiel", "migratie", "Europese", "Unie", "Brussel", "Den", "Haag",
	"Amsterdam", "Rotterdam", "Utrecht", "Groningen", "Eindhoven",
	"Rusland", "Duitsland", "Frankrijk", "China", "Verenigde",
	"Staten", "Gaza", "Kiev", "Moskou", "Washington", "Londen",
	"belangrijk", "groot", "grote", "kleine", "nieuwe", "oude", "eerste",
	"laatste", "volgende", "afgelopen", "lange", "korte", "sterke", "zware",
	"snel", "langzaam", "duidelijk", "moeilijk", "mogelijk", "waarschijnlijk",
	"gisteren", "vandaag", "morgen", "vanavond", "vanochtend", "jaar",
	"jaren", "maanden", "weken", "dagen", "uur", "minuten", "procent",
	"miljoen", "miljard", "euro", "mensen", "kinderen", "vrouwen", "mannen",
	"familie", "slachtoffers", "gewonden", "doden", "brand", "ongeluk",
	"snelweg", "trein", "vliegtuig", "luchthaven", "Schiphol", "haven",
	"verklaring", "persconferentie", "woordvoerder", "deskundigen",
	"onderzoekers", "wetenschappers", "cijfers", "gegevens", "rapport",
	"kritiek", "steun", "zorgen", "vragen", "antwoord", "probleem",
	"oplossing", "maatregelen", "regels", "wet", "wetsvoorstel", "debat",
	"stemming", "meerderheid", "zetels", "peiling", "kiezers", "campagne",
	"voetbal", "wedstrijd", "finale", "doelpunt", "trainer", "spelers",
	"club", "seizoen", "kampioen", "Oranje", "medaille", "Spelen",
	"bekendgemaakt", "aangekondigd", "gearresteerd", "aangehouden",
	"veroordeeld", "vrijgesproken", "gewaarschuwd", "onderzocht", "gebouwd",
	"gesloten", "geopend", "verkocht", "gekocht", "betaald", "verhoogd",
	"verlaagd", "gestegen", "gedaald", "verwacht", "gemeld", "bevestigd",
	"ontkend", "gezegd", "gevraagd", "besloten", "gestart", "gestopt",
	"coronacrisis", "kabinetsformatie", "woningbouw", "energierekening",
	"zorgverzekering", "studiefinanciering", "arbeidsmarkt", "koopkracht"
};

/* Words with diacritics: in real news text about one word in a hundred
 * holds a character outside ASCII. */
static const char *const accented[] = {
	"financiële", "geïsoleerd", "creëren", "één", "ruïne", "reünie",
	"coördinatie", "café", "privé", "cliënten", "naïef", "beëindigd",
	"geëvacueerd", "geïnterviewd", "ideeën", "zeeën", "efficiënt", "Curaçao",
	"Oekraïne", "België", "Israël", "patiënten"
};

static const char *const hyphenated[] = {
	"Noord-Koreaanse", "Zuid-Korea", "tv-programma", "oud-premier",
	"ex-minister", "anti-Amerikaanse", "Covid-19", "Noord-Holland",
	"Zuid-Limburg", "e-mail", "A4-formaat", "18-jarige", "pro-Russische",
	"Midden-Oosten", "niet-westerse", "coronavirus-uitbraak", "G7-top",
	"NAVO-landen", "EU-lidstaten", "cao-overleg", "btw-verhoging",
	"open-source", "Sint-Petersburg", "Saint-Denis", "VVD-leider",
	"PVV-fractie", "Oost-Europa", "pop-up", "Rode-Kruis-medewerkers"
};

static const char *const clitics[] = {
	"'s avonds", "'s ochtends", "'s nachts", "'s middags", "z'n", "m'n",
	"d'r", "'t", "'n", "'s-Hertogenbosch", "'s-Gravenhage", "zo'n",
	"auto's", "foto's", "euro's", "video's", "radio's", "baby's",
	"z\xe2\x80\x99n", "\xe2\x80\x99s avonds", "cd's"
};

static const char *const names[] = {
	"Schoof", "Rutte", "Wilders", "Timmermans", "Omtzigt", "Yeşilgöz",
	"Poetin", "Zelensky", "Biden", "Trump", "Macron", "Scholz", "Von der Leyen",
	"Kim", "Jong-un", "De Vries", "Jansen", "Van den Berg", "Bakker",
	"Visser", "Smit", "Meijer", "De Jong", "Mulder", "El Amrani", "Çelik"
};

static const char *const sections[] = {
	"Binnenland", "Buitenland", "Politiek", "Economie", "Regionaal nieuws",
	"Tech", "Cultuur & Media", "Koningshuis", "Sport", "Opmerkelijk"
};

static const char *const programmes[] = {
	"Nieuwsuur", "NOS Journaal", "Op1", "NOS Sport"
};

static const char *const boilerplate[] = {
	"Bekijk hier de video:", "Lees ook:", "Link gekopieerd!",
	"Foto: ANP", "Bekijk de beelden:", "Luister hier de reportage:"
};

static unsigned long long rstate;

static unsigned long long
rnd64(void)
{
	/* xorshift64* */
	rstate ^= rstate >> 12;
	rstate ^= rstate << 25;
	rstate ^= rstate >> 27;
	return rstate * 2685821657736338717ULL;
}

static unsigned
rnd(unsigned n)
{
	return (unsigned)((rnd64() >> 33) % n);
}

static char *buf;
static size_t len, cap;

static void
put(const char *s, size_t n)
{
	if (len + n > cap) {
		cap = (len + n) * 2 + 4096;
		if ((buf = realloc(buf, cap)) == NULL) {
			perror("gen-corpus");
			exit(1);
		}
	}
	memcpy(buf + len, s, n);
	len += n;
}

static void
puts_(const char *s)
{
	put(s, strlen(s));
}

static void
putf(const char *fmt, ...)
{
	char tmp[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(tmp, sizeof tmp, fmt, ap);
	va_end(ap);
	put(tmp, (size_t)n);
}

/* One word, or a short group of words, with its own punctuation. */
static void
word(int first)
{
	unsigned k = rnd(1000);
	const char *w;

	if (k < 430)
		w = function_words[rnd(N(function_words))];
	else if (k < 822)
		w = content_words[rnd(N(content_words))];
	else if (k < 830)
		w = accented[rnd(N(accented))];
	else if (k < 870)
		w = hyphenated[rnd(N(hyphenated))];
	else if (k < 895)
		w = clitics[rnd(N(clitics))];
	else if (k < 935)
		w = names[rnd(N(names))];
	else {
		switch (rnd(9)) {
		case 0:
			putf("%u.%03u", 1 + rnd(99), rnd(1000));
			return;
		case 1:
			putf("%u,%u procent", rnd(100), rnd(10));
			return;
		case 2:
			putf("%u.%02u uur", rnd(24), rnd(60));
			return;
		case 3:
			putf("%u", 1990 + rnd(40));
			return;
		case 4:
			putf(rnd(3) ? "%u,%u miljard euro" :
			    "\xe2\x82\xac %u,%u miljard", 1 + rnd(50), rnd(10));
			return;
		case 5:
			putf("%u-%u", rnd(6), rnd(6));
			return;
		case 6:
			putf("%u", 2 + rnd(500));
			return;
		case 7:
			puts_("1,2 miljoen");
			return;
		default:
			putf("%ue", 1 + rnd(30));
			return;
		}
	}
	if (first && w[0] >= 'a' && w[0] <= 'z') {
		put((char[]){ (char)(w[0] - 'a' + 'A') }, 1);
		puts_(w + 1);
	} else
		puts_(w);
}

static void
sentence(void)
{
	unsigned n = 6 + rnd(20), i, q = rnd(100), opened = 0;

	if (q < 8)
		puts_("'");
	else if (q < 12)
		puts_("\"");
	else if (q < 14)
		puts_("\xe2\x80\x9c");
	opened = q < 14;
	for (i = 0; i < n; i++) {
		if (i > 0) {
			switch (rnd(400)) {
			case 0:
				puts_(" \xe2\x80\x93 ");
				break;
			case 1: case 2: case 3: case 4: case 5: case 6: case 7:
			case 8: case 9: case 10:
				puts_(" (");
				word(0);
				puts_(") ");
				break;
			case 11: case 12: case 13: case 14: case 15: case 16:
			case 17: case 18: case 19: case 20:
				puts_(": ");
				break;
			default:
				puts_(rnd(20) == 0 ? ", " : " ");
			}
		}
		word(i == 0);
	}
	if (rnd(300) == 0)
		putf(" via https://nos.nl/artikel/%u-nieuws", 2400000 + rnd(200000));
	if (rnd(400) == 0)
		putf(" (mail naar tips%u@redactie.example.nl)", rnd(100));
	if (rnd(400) == 0)
		puts_(" op www.rijksoverheid.nl");
	puts_(rnd(10) == 0 ? "?" : rnd(30) == 0 ? "!" : rnd(200) == 0 ?
	    "\xe2\x80\xa6" : ".");
	if (opened)
		puts_(q < 8 ? "'" : q < 12 ? "\"" : "\xe2\x80\x9d");
	if (opened && rnd(2))
		puts_(", zegt woordvoerder Jansen.");
}

static void
article(unsigned long id, unsigned day)
{
	unsigned i, n, k;
	size_t title, tlen;

	/* title, timestamp, URL */
	title = len;
	k = 3 + rnd(7);
	for (i = 0; i < k; i++) {
		if (i > 0)
			puts_(" ");
		word(i == 0);
	}
	if (rnd(4) == 0) {
		puts_(": '");
		word(1);
		puts_(" ");
		word(0);
		puts_("'");
	}
	tlen = len - title;
	putf("\n2024-%02u-%02uT%02u:%02u:%02u+0%u00\n", 1 + day / 28 % 12,
	    1 + day % 28, rnd(24), rnd(60), rnd(60), 1 + rnd(2));
	putf("https://nos.nl/artikel/%lu-", id);
	for (i = 0; i < tlen && i < 60; i++) {
		unsigned char c = (unsigned char)buf[title + i];
		if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
			put((char *)&c, 1);
		else if (c >= 'A' && c <= 'Z')
			put((char[]){ (char)(c - 'A' + 'a') }, 1);
		else if (c == ' ' && buf[len - 1] != '-')
			puts_("-");
	}
	puts_("\n\n");

	/* body */
	n = 3 + rnd(12);
	for (i = 0; i < n; i++) {
		if (i > 0 && rnd(25) == 0)
			putf("%s\n", boilerplate[rnd(N(boilerplate))]);
		k = 1 + rnd(5);
		while (k-- > 0) {
			sentence();
			if (k > 0)
				puts_(" ");
		}
		puts_("\n");
		if (rnd(20) == 0)
			puts_("\n");
	}

	/* trailer */
	if (rnd(3) == 0)
		putf("%s\n", programmes[rnd(N(programmes))]);
	putf("%s\n", sections[rnd(N(sections))]);
	if (rnd(2))
		putf("%s\n", sections[rnd(N(sections))]);
	puts_("Deel artikel:\n");
}

static void
flush(FILE *fp, const char *name)
{
	if (fwrite(buf, 1, len, fp) != len || fflush(fp) != 0) {
		fprintf(stderr, "gen-corpus: %s: %s\n", name, strerror(errno));
		exit(1);
	}
	len = 0;
}

int
main(int argc, char *argv[])
{
	unsigned long long limit = 0, written = 0, seed = 1;
	unsigned long narticles = 0, i;
	const char *dir = NULL;
	char path[4096];
	FILE *fp;
	int c;

	while ((c = getopt(argc, argv, "a:d:m:s:")) != -1) {
		switch (c) {
		case 'a':
			narticles = strtoul(optarg, NULL, 10);
			break;
		case 'd':
			dir = optarg;
			break;
		case 'm':
			limit = strtoull(optarg, NULL, 10) << 20;
			break;
		case 's':
			seed = strtoull(optarg, NULL, 10);
			break;
		default:
			goto usage;
		}
	}
	if (optind != argc || (narticles == 0) == (limit == 0) ||
	    (dir != NULL && narticles == 0)) {
usage:
		fprintf(stderr, "Usage: gen-corpus [-s seed] -m MiB | -a N [-d dir]\n");
		return 2;
	}
	rstate = seed * 0x9E3779B97F4A7C15ULL + 0x2545F4914F6CDD1DULL;
	for (i = 0; limit ? written < limit : i < narticles; i++) {
		if (dir == NULL && i > 0)
			puts_("\f\n");
		article(2400000 + i, (unsigned)(i / 40));
		if (dir != NULL) {
			snprintf(path, sizeof path, "%s/a%06lu.txt", dir, i + 1);
			if ((fp = fopen(path, "w")) == NULL) {
				fprintf(stderr, "gen-corpus: %s: %s\n", path, strerror(errno));
				return 1;
			}
			flush(fp, path);
			fclose(fp);
		} else if (len >= 1 << 16) {
			written += len;
			flush(stdout, "<stdout>");
		}
	}
	written += len;
	flush(stdout, "<stdout>");
	return 0;
}
