#!/usr/bin/env bats
# artsent: sentences, one per line; the splitter's Dutch and English rules.

bats_require_minimum_version 1.5.0
load test_helper

F="$BATS_TEST_DIRNAME/fixtures/artsent"

# split TEXT [option ...]: artsent over TEXT as one plain-text paragraph
split() {
	local f="$BATS_TEST_TMPDIR/para.txt"
	printf '%s\n' "$1" > "$f"
	shift
	run --separate-stderr artsent "$@" "$f"
}

# want LINE ...: the output is exactly these lines, nothing on stderr, status 0
want() {
	local expected
	expected=$(printf '%s\n' "$@")
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$expected" ]
}

@test "plain sentences, one per line, inner white space kept" {
	split 'De trein  was te laat. Niemand   wist waarom! Kwam het door de storm?   Morgen meer.'
	want 'De trein  was te laat.' 'Niemand   wist waarom!' 'Kwam het door de storm?' 'Morgen meer.'
}

@test "an article: header and trailer left out" {
	run --separate-stderr artsent "$F/artikel.txt"
	want 'De gemeente heeft vandaag een nieuwe fietsenstalling geopend.' \
		'Er is plek voor ca. 5000 fietsen.' \
		"Wethouder mr. A.B. de Vries sprak van ,,een mijlpaal''." \
		'Volgens haar is de stalling o.a. bedoeld voor forensen.' \
		'"Het was hard nodig," zegt reiziger Tom.' \
		'"Ik zocht elke ochtend een plekje."'
}

@test "-T puts the title first as one sentence, -p an empty line between paragraphs" {
	run --separate-stderr artsent -pT "$F/artikel.txt"
	want "Gemeente opent nieuwe fietsenstalling: 'Eindelijk plek genoeg'" '' \
		'De gemeente heeft vandaag een nieuwe fietsenstalling geopend.' \
		'Er is plek voor ca. 5000 fietsen.' '' \
		"Wethouder mr. A.B. de Vries sprak van ,,een mijlpaal''." \
		'Volgens haar is de stalling o.a. bedoeld voor forensen.' '' \
		'"Het was hard nodig," zegt reiziger Tom.' \
		'"Ik zocht elke ochtend een plekje."'
}

@test "-p without -T: no empty line before the first paragraph or at the end" {
	printf 'Een. Twee.\n\n\nDrie.\n' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artsent -p "$BATS_TEST_TMPDIR/p.txt"
	want 'Een.' 'Twee.' '' 'Drie.'
}

@test "articles in a stream keep their form-feed separator lines" {
	run --separate-stderr artsent "$F/stroom.txt"
	want 'Eerste artikel zonder kop.' 'Het heeft twee zinnen.' $'\f' \
		'Tweede artikel.' 'Ook hier twee zinnen.'
}

@test "several files are separated like articles; standard input is -" {
	run --separate-stderr artsent "$F/stroom.txt" - < "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 12 ]
	[ "${lines[5]}" = $'\f' ]
	[ "${lines[6]}" = 'De gemeente heeft vandaag een nieuwe fietsenstalling geopend.' ]
}

@test "a new paragraph is always a new sentence" {
	printf 'Een kop zonder punt\nEn een zin die doorloopt, op de volgende regel\n' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/p.txt"
	want 'Een kop zonder punt' 'En een zin die doorloopt, op de volgende regel'
}

@test "Dutch titles never end a sentence" {
	split 'Het onderzoek van prof. Bakker en dr. Smit is klaar. Volgens mr. Jansen en ir. De Boer klopt het. Mevr. Pietersen en dhr. Visser zijn het eens.'
	want 'Het onderzoek van prof. Bakker en dr. Smit is klaar.' \
		'Volgens mr. Jansen en ir. De Boer klopt het.' \
		'Mevr. Pietersen en dhr. Visser zijn het eens.'
}

@test "Dutch inner abbreviations: o.a. i.p.v. d.w.z. m.b.t. t.o.v. ca. bijv." {
	split 'Er kwamen o.a. Duitsers en Belgen. We nemen de bus i.p.v. de trein, d.w.z. als het kan. Het gaat m.b.t. Europa slecht, t.o.v. Amerika goed. Er waren ca. 300 mensen, bijv. Marokkanen.'
	want 'Er kwamen o.a. Duitsers en Belgen.' \
		'We nemen de bus i.p.v. de trein, d.w.z. als het kan.' \
		'Het gaat m.b.t. Europa slecht, t.o.v. Amerika goed.' \
		'Er waren ca. 300 mensen, bijv. Marokkanen.'
}

@test "an abbreviation before a lower-case word or a digit never ends a sentence" {
	split 'Hij kocht appels, peren enz. en ging naar huis. Het kost 3 mln. euro. Zie blz. 12 en nr. 4 voor meer. Het was op 3 jan. 2023 klaar.'
	want 'Hij kocht appels, peren enz. en ging naar huis.' \
		'Het kost 3 mln. euro.' 'Zie blz. 12 en nr. 4 voor meer.' \
		'Het was op 3 jan. 2023 klaar.'
}

@test "etc. enz. e.d. end a sentence before a capitalised word" {
	split 'Ze verkopen tassen, riemen etc. Daarna gaan ze dicht. Er lagen stenen, takken enz. De weg was versperd. Denk aan kranten, tijdschriften e.d. Die worden gerecycled.'
	want 'Ze verkopen tassen, riemen etc.' 'Daarna gaan ze dicht.' \
		'Er lagen stenen, takken enz.' 'De weg was versperd.' \
		'Denk aan kranten, tijdschriften e.d.' 'Die worden gerecycled.'
}

@test "a capitalised abbreviation opening a sentence is found in lower case" {
	split 'Het is druk. Bijv. Amsterdam heeft een tekort. Ca. Tweehonderd mensen wachten.'
	want 'Het is druk.' 'Bijv. Amsterdam heeft een tekort.' 'Ca. Tweehonderd mensen wachten.'
}

@test "initials: J.P. Balkenende and W. Hoekstra" {
	split 'Premier J.P. Balkenende sprak met minister W. Hoekstra. Ook A. van Dam was erbij. Volgens J. Peters en H.J. Smit ging het goed.'
	want 'Premier J.P. Balkenende sprak met minister W. Hoekstra.' \
		'Ook A. van Dam was erbij.' 'Volgens J. Peters en H.J. Smit ging het goed.'
}

@test "a single capital at the end of a sentence, then an opening word" {
	split 'Oranje speelt in groep B. De eerste wedstrijd is zaterdag. Het was plan B. Toen ging het mis.'
	want 'Oranje speelt in groep B.' 'De eerste wedstrijd is zaterdag.' \
		'Het was plan B.' 'Toen ging het mis.'
}

@test "a shortened surname ends a sentence before an opening word, not before an age" {
	split 'De politie hield Mohammed B. Hij werd verhoord. Verdachte Jan de V. (45) uit Utrecht zweeg. Het OM vervolgt Karin S. Zij ontkent.'
	want 'De politie hield Mohammed B.' 'Hij werd verhoord.' 'Verdachte Jan de V. (45) uit Utrecht zweeg.' \
		'Het OM vervolgt Karin S.' 'Zij ontkent.'
}

@test "letters with periods: the V.S. before an opening word end a sentence" {
	split 'Hij woonde jaren in de V.S. Daarna kwam hij terug. De N.V. Nederlandse Spoorwegen reed niet.'
	want 'Hij woonde jaren in de V.S.' 'Daarna kwam hij terug.' \
		'De N.V. Nederlandse Spoorwegen reed niet.'
}

@test "numbers: decimals, dates and times inside, a number at the end" {
	split 'De groei was 2.5 procent op 12.03.2024 om 14.30 uur. Het werd 2-1. Daarna was het feest. Dat was in 2003. 25 jaar later kwam hij terug.'
	want 'De groei was 2.5 procent op 12.03.2024 om 14.30 uur.' 'Het werd 2-1.' \
		'Daarna was het feest.' 'Dat was in 2003.' '25 jaar later kwam hij terug.'
}

@test "a date at the end of a sentence" {
	split 'De wet geldt vanaf 20 juni. Het kabinet is tevreden.'
	want 'De wet geldt vanaf 20 juni.' 'Het kabinet is tevreden.'
}

@test "list markers: 3. De ..., a. Het ..., IV. Een ..." {
	printf '%s\n' '1. De kosten stijgen.' '2. Het aantal klanten daalt. Dat is zorgelijk.' \
		'a. Een nieuw plan.' 'IV. Slotsom' > "$BATS_TEST_TMPDIR/l.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/l.txt"
	want '1. De kosten stijgen.' '2. Het aantal klanten daalt.' 'Dat is zorgelijk.' \
		'a. Een nieuw plan.' 'IV. Slotsom'
}

@test "a sentence ending inside straight double quotes ends after the quote" {
	split 'Town: "We moeten dit niet onderschatten." Daarna ging hij weg.'
	want 'Town: "We moeten dit niet onderschatten."' 'Daarna ging hij weg.'
}

@test "Dutch newspaper quotes ,,...'' and „...”" {
	split ",,Dit is een mijlpaal.'' Dat zei de burgemeester. „Wij zijn blij.” Daarna was er taart."
	want ",,Dit is een mijlpaal.''" 'Dat zei de burgemeester.' '„Wij zijn blij.”' 'Daarna was er taart.'
}

@test "curly quotes “...” and single quotes '...' and ‘...’" {
	split "Ze zei: “Ik kom morgen.” Hij knikte. Hij riep: 'Pas op!' Iedereen schrok. ‘Het is over.’ Zo eindigde het."
	want 'Ze zei: “Ik kom morgen.”' 'Hij knikte.' "Hij riep: 'Pas op!'" 'Iedereen schrok.' \
		'‘Het is over.’' 'Zo eindigde het.'
}

@test "?\" or !\" followed by , zegt ... or a lower-case verb is not a boundary" {
	split '"Waarom nu?", vraagt de minister zich af. "Geweldig!" riep de trainer. ,,Kom je ook?'"''"' vroeg ze.'
	want '"Waarom nu?", vraagt de minister zich af.' '"Geweldig!" riep de trainer.' \
		",,Kom je ook?'' vroeg ze."
}

@test "a closing quote after a space belongs to the sentence before it" {
	split ",, Mijn hoofd was leeg. Ik reed alleen nog. '' Daarna won ze. \"Niets aan de hand. \" Zei hij dat? ,, Dat weet ik niet. ''"
	want ',, Mijn hoofd was leeg.' "Ik reed alleen nog. ''" 'Daarna won ze.' \
		'"Niets aan de hand. "' 'Zei hij dat?' ",, Dat weet ik niet. ''"
}

@test "a spaced opening quote starts the next sentence" {
	split 'Hij zweeg. " Ik weet het niet ", zei hij later. Einde.'
	want 'Hij zweeg.' '" Ik weet het niet ", zei hij later.' 'Einde.'
}

@test "brackets: a sentence in brackets, an abbreviation in brackets" {
	split 'Het ging mis (zie ook p. 4). (Dat was al eerder gebeurd.) Toen kwam de politie (o.a. de ME) erbij.'
	want 'Het ging mis (zie ook p. 4).' '(Dat was al eerder gebeurd.)' 'Toen kwam de politie (o.a. de ME) erbij.'
}

@test "an ellipsis before a lower-case word is no boundary, before a capital it is" {
	split 'Het was... nou ja, lastig. Hij twijfelde... Toen besloot hij te gaan. Ze wachtte… en wachtte. Niemand kwam… Daarna ging ze.'
	want 'Het was... nou ja, lastig.' 'Hij twijfelde...' 'Toen besloot hij te gaan.' \
		'Ze wachtte… en wachtte.' 'Niemand kwam…' 'Daarna ging ze.'
}

@test "a question or exclamation before a capital or a digit ends a sentence" {
	split 'Wat nu? Niemand weet het! 30 mensen bleven thuis.'
	want 'Wat nu?' 'Niemand weet het!' '30 mensen bleven thuis.'
}

@test "Dutch 's 't 'n may open a sentence after a period" {
	split "Hij werkte de hele dag. 's Avonds ging hij naar huis. Het regende. 't Was koud."
	want 'Hij werkte de hele dag.' "'s Avonds ging hij naar huis." 'Het regende.' "'t Was koud."
}

@test "a plural with an apostrophe is a word, not an initial" {
	split "Hij maakte foto's. Daarna ging hij naar de auto's. Ook wij gingen."
	want "Hij maakte foto's." "Daarna ging hij naar de auto's." 'Ook wij gingen.'
}

@test "no space after a period: no boundary (web addresses, 3.5)" {
	split 'Kijk op nos.nl voor meer. De score was 3.5 tegen 2.'
	want 'Kijk op nos.nl voor meer.' 'De score was 3.5 tegen 2.'
}

@test "English: titles and e.g., i.e., vs. inside a sentence" {
	split 'Mr. Smith met Dr. Jones and Mrs. Brown on Monday. They discussed e.g. taxes, i.e. the new ones. It was Ajax vs. Feyenoord. St. Louis won.' -l en
	want 'Mr. Smith met Dr. Jones and Mrs. Brown on Monday.' \
		'They discussed e.g. taxes, i.e. the new ones.' 'It was Ajax vs. Feyenoord.' 'St. Louis won.'
}

@test "English: etc. and the U.S. before a new sentence, initials before a name" {
	split 'They sold pens, paper etc. The shop closed at 5 p.m. on Friday. He moved to the U.S. The move was hard. J. R. Smith and T.S. Eliot came.' -l en
	want 'They sold pens, paper etc.' 'The shop closed at 5 p.m. on Friday.' \
		'He moved to the U.S.' 'The move was hard.' 'J. R. Smith and T.S. Eliot came.'
}

@test "English: No. before a number, no. as a word" {
	split 'He lives at No. 10 Downing Street. She said no. Then she left.' -l en
	want 'He lives at No. 10 Downing Street.' 'She said no.' 'Then she left.'
}

@test "Dutch rules do not apply with -l en, English ones not with -l nl" {
	split 'Hij sprak met Mr. Smith.' -l nl
	want 'Hij sprak met Mr. Smith.'
	split 'Ze sprak met dhr. Visser.' -l en
	want 'Ze sprak met dhr.' 'Visser.'
}

@test "-A prints the built-in list of the language with each class" {
	run --separate-stderr artsent -A
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == *$'\no.a.\tinner\n'* ]]
	[[ "$output" == *$'\netc.\tfinal\n'* ]]
	[[ "$output" != *$'\nMrs.\t'* ]]
	run --separate-stderr artsent -A -l en
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == *$'\nMrs.\tinner\n'* ]]
	[[ "$output" != *$'\no.a.\t'* ]]
}

@test "-A output is sorted and has no duplicates" {
	run --separate-stderr artsent -A
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -f1 | LC_ALL=C sort -u)" = "$(printf '%s\n' "$output" | cut -f1)" ]
}

@test "-a adds abbreviations from a file, with an optional class" {
	printf '# eigen lijst\r\nJhr.\nvzl final\n\n' > "$BATS_TEST_TMPDIR/abbr.txt"
	split 'Het landgoed van Jhr. Van Loon is open. Ook de vzl. Jansen kwam.'
	want 'Het landgoed van Jhr.' 'Van Loon is open.' 'Ook de vzl.' 'Jansen kwam.'
	split 'Het landgoed van Jhr. Van Loon is open. Ook de vzl. Jansen kwam.' -a "$BATS_TEST_TMPDIR/abbr.txt"
	want 'Het landgoed van Jhr. Van Loon is open.' 'Ook de vzl.' 'Jansen kwam.'
	run --separate-stderr artsent -A -a "$BATS_TEST_TMPDIR/abbr.txt"
	[ "$status" -eq 0 ]
	[[ "$output" == *$'\nJhr.\tinner\n'* ]]
	[[ "$output" == *$'\nvzl.\tfinal\n'* ]]
}

@test "-a can change the class of a built-in abbreviation" {
	printf 'etc inner\n' > "$BATS_TEST_TMPDIR/abbr.txt"
	split 'Pennen, papier etc. Daarna niets.' -a "$BATS_TEST_TMPDIR/abbr.txt"
	want 'Pennen, papier etc. Daarna niets.'
}

@test "-a with an unknown class or a missing file is a usage error" {
	printf 'ok\nfout soms\n' > "$BATS_TEST_TMPDIR/abbr.txt"
	run --separate-stderr artsent -a "$BATS_TEST_TMPDIR/abbr.txt" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artsent: $BATS_TEST_TMPDIR/abbr.txt: line 2: unknown class (inner, final or name)" ]
	run --separate-stderr artsent -a "$BATS_TEST_TMPDIR/nothere" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artsent: $BATS_TEST_TMPDIR/nothere: No such file or directory" ]
}

@test "an unknown language or option is a usage error" {
	run --separate-stderr artsent -l xx /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artsent: unknown language 'xx' (auto|nl|en|de)" ]
	run --separate-stderr artsent -x /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${lines[0]:-}" = "" ]
	[[ "$stderr" == *"Usage: artsent [-AnpTUV] [-a file] [-l auto|nl|en|de] [file ...]" ]]
}

@test "-V prints the version" {
	run --separate-stderr artsent -V
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == "artsent (artkit) "[0-9]* ]]
}

@test "-U: plain UAX #29 segments, no abbreviation knowledge" {
	split 'Hij sprak met dr. Jansen.  Het ging om o.a. geld. "Ja?" zei ze.' -U
	want 'Hij sprak met dr.' 'Jansen.' 'Het ging om o.a. geld.' '"Ja?"' 'zei ze.'
}

@test "-U keeps leading white space of a segment and trims trailing white space" {
	printf '  Een. \tTwee.  \n' > "$BATS_TEST_TMPDIR/u.txt"
	run --separate-stderr artsent -U "$BATS_TEST_TMPDIR/u.txt"
	want '  Een.' 'Twee.'
}

@test "a missing file is reported, the other files are still read" {
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/nothere" "$F/stroom.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "artsent: $BATS_TEST_TMPDIR/nothere: No such file or directory" ]
	[ "${lines[0]}" = 'Eerste artikel zonder kop.' ]
}

@test "a directory is reported and does not stop the others" {
	run --separate-stderr artsent "$BATS_TEST_TMPDIR" "$F/stroom.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "artsent: $BATS_TEST_TMPDIR: Is a directory" ]
	[ "${lines[0]}" = 'Eerste artikel zonder kop.' ]
}

@test "an empty file gives no output" {
	: > "$BATS_TEST_TMPDIR/leeg.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/leeg.txt"
	want
	[ "$output" = "" ]
}

@test "CRLF, a BOM and no final newline" {
	printf '\xef\xbb\xbfEen zin. Nog een.\r\nLaatste zin zonder einde' > "$BATS_TEST_TMPDIR/crlf.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/crlf.txt"
	want 'Een zin.' 'Nog een.' 'Laatste zin zonder einde'
}

@test "invalid UTF-8 and NUL bytes pass through unchanged" {
	printf 'Een \xff\xfe zin. Met\0nul. Klaar \xc3.\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	artsent "$BATS_TEST_TMPDIR/bad.txt" > "$BATS_TEST_TMPDIR/out.txt"
	printf 'Een \xff\xfe zin.\nMet\0nul.\nKlaar \xc3.\n' > "$BATS_TEST_TMPDIR/exp.txt"
	cmp "$BATS_TEST_TMPDIR/out.txt" "$BATS_TEST_TMPDIR/exp.txt"
}

@test "no text is lost: the output holds every non-space byte of the body" {
	awk 'NR > 4 && NR < 9' "$F/artikel.txt" | tr -d ' \n' > "$BATS_TEST_TMPDIR/in"
	artsent "$F/artikel.txt" | tr -d ' \n' > "$BATS_TEST_TMPDIR/out"
	cmp "$BATS_TEST_TMPDIR/in" "$BATS_TEST_TMPDIR/out"
	run --separate-stderr artsent "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
}

@test "a long single line of many sentences is split quickly and completely" {
	awk 'BEGIN { for (i = 0; i < 200000; i++) printf "Zin %d gaat o.a. over dr. Jansen. ", i; print "" }' > "$BATS_TEST_TMPDIR/long.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/long.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 200000 ]
	[ "${lines[199999]}" = 'Zin 199999 gaat o.a. over dr. Jansen.' ]
}

@test "a long line without any boundary, and one of only periods and spaces" {
	head -c 3000000 /dev/zero | tr '\0' 'a' > "$BATS_TEST_TMPDIR/a.txt"
	echo >> "$BATS_TEST_TMPDIR/a.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#output}" -eq 3000000 ]
	# periods and spaces only: one spaced ellipsis, no sentence of words
	awk 'BEGIN { for (i = 0; i < 300000; i++) printf ". "; print "" }' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/p.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 1 ]
	[ "${#output}" -eq 599999 ]
	# and the same with a word before each period: a sentence each
	awk 'BEGIN { for (i = 0; i < 300000; i++) printf "Ja. "; print "" }' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/p.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 300000 ]
	# periods, question marks and brackets with no word between them
	awk 'BEGIN { for (i = 0; i < 100000; i++) printf "(...) ? [. . .] "; print "" }' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/p.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 1 ]
}

@test "artsent F | grep -c . equals artwc -s F" {
	awk 'BEGIN { for (i = 0; i < 50; i++) printf "Zin %d van dr. Jansen o.a. over de V.S. Daarna? Ja! \"Kom.\" Zei hij... nee. ", i; print "" }' > "$BATS_TEST_TMPDIR/many.txt"
	for f in "$F/artikel.txt" "$F/stroom.txt" "$ARTKIT_TOP/examples/sample.txt" "$BATS_TEST_TMPDIR/many.txt"; do
		n=$(artsent "$f" | grep -c .)
		[ "$n" -gt 1 ]
		[ "$(artwc -s "$f" | tail -n 1 | awk '{ print $1 }')" -eq "$((n - $(artsent "$f" | grep -c $'^\f$')))" ]
		[ "$(artsent -T "$f" | grep -c .)" -eq "$(( $(artwc -sT "$f" | tail -n 1 | awk '{ print $1 }') + $(artsent "$f" | grep -c $'^\f$') ))" ]
	done
	run --separate-stderr artwc -s "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artsent "$F/artikel.txt" | grep -c .) $F/artikel.txt" ]
}

@test "arttok -s: an empty line after the words of each sentence" {
	printf 'Dr. Jansen kwam, zei hij. "Wat nu?" Niets.\n... \nLaatste zin\n' > "$BATS_TEST_TMPDIR/t.txt"
	run --separate-stderr arttok -s "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Dr Jansen kwam zei hij '' Wat nu '' Niets '' Laatste zin)" ]
	[ "$(arttok -s "$BATS_TEST_TMPDIR/t.txt" | grep -c .)" -eq "$(arttok "$BATS_TEST_TMPDIR/t.txt" | wc -l)" ]
}

@test "arttok -sT: the title is one sentence" {
	run --separate-stderr arttok -sT "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "Gemeente" ]
	[ "$(arttok -sT "$F/artikel.txt" | grep -c '^$')" -eq "$(artsent -T "$F/artikel.txt" | grep -c .)" ]
	[ "$(printf '%s\n' "$output" | sed -n 8p)" = "" ]
}

@test "-n: each sentence after its article's name and number, as artwc names articles" {
	s="$BATS_TEST_DIRNAME/fixtures/arthdr/stream.txt"
	run --separate-stderr artsent -n "$s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$s#1	1	Het kabinet wil de komende vijf jaar 100.000 extra huurwoningen laten bouwen." ]
	[ "${lines[4]}" = "$s#2	1	Een zware storm heeft vannacht schade aangericht in Vlissingen." ]
	# the sentences are those without -n, and no form feeds come between
	[ "$(printf '%s\n' "$output" | cut -f 3-)" = "$(artsent "$s" | grep -v "$(printf '^\f$')")" ]
	# as many per article as artwc -s counts
	[ "$(printf '%s\n' "$output" | cut -f 1 | uniq -c | awk '{ print $1, $2 }')" = "$(artwc -s "$s" | sed '$d' | sed 's/^ *//')" ]
}

@test "-n names the first article the same from a pipe, from a file and alone" {
	s="$BATS_TEST_DIRNAME/fixtures/arthdr/stream.txt"
	one="$BATS_TEST_DIRNAME/fixtures/arthdr/normal.txt"
	run --separate-stderr sh -c 'cat "$1" | artsent -n' sh "$s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artsent -n "$s" | sed "s|^$s|-|")" ]
	run --separate-stderr sh -c 'artsent -n -T < "$1"' sh "$one"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "-	1	Kabinet presenteert plan voor betaalbare huurwoningen" ]
	[ "$output" = "$(artsent -n -T "$one" | sed "s|^$one|-|")" ]
	# a separator at the very end starts no second article
	printf 'Een zin.\n\f\n' > "$BATS_TEST_TMPDIR/end.txt"
	run --separate-stderr artsent -n "$BATS_TEST_TMPDIR/end.txt"
	[ "$output" = "$BATS_TEST_TMPDIR/end.txt	1	Een zin." ]
	run --separate-stderr sh -c 'artsent -n < "$1"' sh "$BATS_TEST_TMPDIR/end.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "-	1	Een zin." ]
}

@test "-n with -p keeps the empty lines between paragraphs; names are escaped" {
	printf 'Een. Twee.\nDrie.\n' > "$BATS_TEST_TMPDIR/a	b.txt"
	run --separate-stderr artsent -n -p "$BATS_TEST_TMPDIR/a	b.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\t1\tEen.\n%s\t2\tTwee.\n\n%s\t3\tDrie.' "$BATS_TEST_TMPDIR/a\\tb.txt" "$BATS_TEST_TMPDIR/a\\tb.txt" "$BATS_TEST_TMPDIR/a\\tb.txt")" ]
}

@test "-n on 300 generated articles through a pipe: artwc's counts per article" {
	cc -O2 -o "$BATS_TEST_TMPDIR/gen-corpus" "$BATS_TEST_DIRNAME/../bench/gen-corpus.c"
	"$BATS_TEST_TMPDIR/gen-corpus" -s 4 -a 300 > "$BATS_TEST_TMPDIR/c"
	run --separate-stderr sh -c 'artsent -n < "$1" | cut -f 1 | uniq -c | awk "{ print \$1, \$2 }"' sh "$BATS_TEST_TMPDIR/c"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 300 ]
	[ "$output" = "$(artwc -s < "$BATS_TEST_TMPDIR/c" | sed '$d' | sed 's/^ *//')" ]
}

# same_split LANG FILE: artsent, artwc -s and arttok -s agree on FILE
same_split() {
	local sents words
	run --separate-stderr artsent -l "$1" "$2"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	sents=$(printf '%s\n' "$output" | grep -v $'^\f$' | grep -c .) || true
	run --separate-stderr artwc -s -l "$1" "$2"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | awk '$2 != "total" { n += $1 } END { print n + 0 }')" -eq "$sents" ]
	# arttok -s: one block of words per sentence that has words, each
	# the words of that sentence
	artsent -l "$1" "$2" | grep -v $'^\f$' | while IFS= read -r line; do
		words=$(printf '%s\n' "$line" | arttok | tr '\n' ' ')
		[ -n "$words" ] && printf '%s\n' "$words"
	done > "$BATS_TEST_TMPDIR/want.tok"
	arttok -s -l "$1" "$2" | awk 'NF { b = b $0 " "; next } { print b; b = "" }' > "$BATS_TEST_TMPDIR/got.tok"
	cmp "$BATS_TEST_TMPDIR/want.tok" "$BATS_TEST_TMPDIR/got.tok"
	run --separate-stderr arttok -s -l "$1" "$2"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
}

@test "every language: artsent, artwc -s and arttok -s split alike, one article and a stream" {
	[ -z "${ARTKIT_VALGRIND:-}" ] || skip "too slow under valgrind"
	for lang in auto nl en de; do
		for f in "$F/nl.txt" "$F/en.txt" "$F/de.txt" "$F/mixed.txt" "$F/stroom.txt" "$F/artikel.txt" \
		    "$F/cases-nl.txt" "$F/cases-en.txt" "$F/cases-de.txt"; do
			same_split "$lang" "$f"
		done
	done
}

@test "every language: the three agree on generated text of every kind of character" {
	[ -z "${ARTKIT_VALGRIND:-}" ] || skip "too slow under valgrind"
	awk 'BEGIN { srand(7); split("Dr. Mr. Gov. z.B. ca. o.a. 3. 12. am Oktober De Het The Die der . . . ... [...] (...) ? ! \" '"'"' ,, '"''"' a.m. U.S. J. R. 1) 2. • etc. usw. \342\200\246 \302\253 \302\273 \342\200\234 \342\200\235 zei said sagte", w, " ")
		for (a = 0; a < 30; a++) {
			if (a) print "\f"
			for (p = 0; p < 4; p++) {
				line = ""
				for (i = 0; i < 60; i++) line = line (i ? " " : "") w[int(rand() * length(w)) + 1]
				print line
			}
		}
	}' > "$BATS_TEST_TMPDIR/gen.txt"
	for lang in auto nl en de; do
		same_split "$lang" "$BATS_TEST_TMPDIR/gen.txt"
	done
}

@test "-l auto splits each article of a mixed stream by its own language" {
	run --separate-stderr artsent "$F/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == 'De gemeenteraad heeft gisteravond ingestemd met het plan van wethouder mr. De Vries.'$'\n'* ]]
	[[ "$output" == *$'\nGov. Smith signed the bill on Monday.\n'* ]]
	[[ "$output" == *$'\nSen. Jones, who voted against it, called it a mistake.\n'* ]]
	[ "$output" = "$(artsent -l auto "$F/mixed.txt")" ]
	# each article as it is split alone, in its own language
	[ "$output" = "$(artsent -l nl "$F/nl.txt"; printf '\f\n'; artsent -l en "$F/en.txt"; printf '\f\n'; artsent -l de "$F/de.txt")" ]
	# and not as one language would split them all
	for lang in nl en de; do
		[ "$output" != "$(artsent -l "$lang" "$F/mixed.txt")" ]
	done
}

@test "too little text falls back to Dutch, or to ARTKIT_LANG" {
	split 'Gov. Smith came. He left.'
	want 'Gov.' 'Smith came.' 'He left.'
	ARTKIT_LANG=en split 'Gov. Smith came. He left.'
	want 'Gov. Smith came.' 'He left.'
	ARTKIT_LANG=xx split 'Gov. Smith came. He left.'
	want 'Gov.' 'Smith came.' 'He left.'
	# with -l the text is not asked
	ARTKIT_LANG=en split 'Gov. Smith came. He left. It was the end of the day and they would not be back.' -l nl
	want 'Gov.' 'Smith came.' 'He left.' 'It was the end of the day and they would not be back.'
	# enough English words decide without it
	split 'Gov. Smith came. He left. It was the end of the day and they would not be back.'
	want 'Gov. Smith came.' 'He left.' 'It was the end of the day and they would not be back.'
}

@test "detection looks at a bounded prefix, so a long article streams" {
	awk 'BEGIN { print "The title of this article"; print "2026-01-01T00:00:00Z"; print "https://example.com/1"; print "";
		for (i = 0; i < 20000; i++) print "Gov. Smith said that it was " i " and they would go."; }' > "$BATS_TEST_TMPDIR/long.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/long.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 20000 ]
	[ "${lines[19999]}" = 'Gov. Smith said that it was 19999 and they would go.' ]
	# only the first 4096 bytes decide: Dutch after them changes nothing
	{ head -n 200 "$BATS_TEST_TMPDIR/long.txt"
	  for i in $(seq 400); do echo 'Het is niet zo dat de raad van dr. Bakker het wil, maar ze zijn er wel.'; done
	  echo 'Bij Gov. Smith en Sen. Jones.'; } > "$BATS_TEST_TMPDIR/mixed.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/mixed.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[${#lines[@]} - 1]}" = 'Bij Gov. Smith en Sen. Jones.' ]
}

@test "-a is read for every language" {
	printf 'Attn\n' > "$BATS_TEST_TMPDIR/my.abbr"
	for lang in nl en de; do
		split 'Mail Attn. Sales today.' -l "$lang" -a "$BATS_TEST_TMPDIR/my.abbr"
		want 'Mail Attn. Sales today.'
	done
}

# cases LANG: the hand-made cases of the language, one paragraph a line,
# split as cases-LANG.want has them
cases() {
	run --separate-stderr artsent -l "$1" "$F/cases-$1.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/cases-$1.want")" ]
}

@test "English: titles, initials, a.m. and p.m., U.S., numbers, quotes, ellipses, lists" {
	cases en
}

@test "German: z.B. d.h. usw. Mio., ordinals and dates, Hauptstr., „...“ and »...«" {
	cases de
}

@test "Dutch: a list after a colon stays one sentence, inline items split, ellipses stay" {
	cases nl
}

@test "inline lists in every language: the marker stays with its item" {
	for lang in nl en de; do
		split '1. Eins zwei 2. Drei vier 3) Fünf' -l "$lang"
		want '1. Eins zwei' '2. Drei vier 3) Fünf'
		split '1) Eins zwei 2) Drei vier' -l "$lang"
		want '1) Eins zwei' '2) Drei vier'
		split 'a. eins b. zwei' -l "$lang"
		want 'a. eins' 'b. zwei'
		split '• Eins • Zwei • Drei' -l "$lang"
		want '• Eins' '• Zwei' '• Drei'
	done
}

@test "a stray or spaced ellipsis and (...) or [...] are no sentences of their own" {
	for lang in nl en de; do
		split 'Ja. ... Nee.' -l "$lang"
		want 'Ja.' '... Nee.'
		split 'Ja. . . . Nee.' -l "$lang"
		want 'Ja. . . .' 'Nee.'
		split 'Ja (...) und [...] nein.' -l "$lang"
		want 'Ja (...) und [...] nein.'
	done
}
