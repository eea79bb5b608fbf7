#!/usr/bin/env bats
# artstrip: boilerplate removal, its audit mode and its guarantees.
#
# Each fixture NAME.txt in fixtures/artstrip comes with NAME.expect, the
# numbers of its boilerplate lines, listed by hand.

bats_require_minimum_version 1.5.0
load test_helper

F="$BATS_TEST_DIRNAME/fixtures/artstrip"
FIXTURES_ALL="nos nu rtl krant regio bbc guardian reuters content"

# The lines of file $1 whose numbers file $2 does not list.
without() {
	awk 'NR == FNR { drop[$1] = 1; next } !(FNR in drop)' "$2" "$1"
}

# The white space normalisation of artstrip(1), done independently: NBSP
# and narrow NBSP to space; soft hyphen, zero-width space and BOM removed;
# runs of white space to one space; the ends trimmed.
norm() {
	LC_ALL=C sed -e 's/\xc2\xa0/ /g; s/\xe2\x80\xaf/ /g' \
	    -e 's/\xc2\xad//g; s/\xe2\x80\x8b//g; s/\xef\xbb\xbf//g' \
	    -e 's/[[:space:]][[:space:]]*/ /g; s/^ //; s/ $//'
}

# Prints every non-empty normalised line of $1 that neither the output of
# artstrip nor its -v listing holds (as many times as it occurs).
lost() {
	comm -23 <(norm < "$1" | grep -v '^$' | LC_ALL=C sort) \
	    <({ artstrip -v "$1" | cut -d: -f4-; artstrip "$1"; } | norm | LC_ALL=C sort)
}

@test "a trailer-only article loses exactly its three trailer lines" {
	f=$(mkarticle t.txt "Titel van een artikel" 2024-06-19T21:55:01+0200 \
	    https://nos.nl/artikel/2500001-titel <<-'EOF'
	Eerste alinea van het artikel, met een paar woorden.
	Tweede alinea. "Een citaat", zegt iemand.
	Nieuwsuur
	Buitenland
	Deel artikel:
	EOF
	)
	printf '%s' "$(cat "$f")" > "$f"   # no final newline, as real files
	run --separate-stderr artstrip "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(head -n 6 "$f")" ]
	run --separate-stderr artstrip -v "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s:7:trailer:Nieuwsuur\n%s:8:trailer:Buitenland\n%s:9:share:Deel artikel:' "$f" "$f" "$f")" ]
}

@test "each fixture: -v lists exactly its boilerplate lines" {
	for n in $FIXTURES_ALL; do
		run --separate-stderr artstrip -v "$F/$n.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$(printf '%s\n' "$output" | cut -d: -f2)" = "$(cat "$F/$n.expect")" ] || {
			echo "fixture $n"; echo "$output"; false; }
	done
}

@test "each fixture: the output is the input without its boilerplate lines" {
	for n in $FIXTURES_ALL; do
		run --separate-stderr artstrip "$F/$n.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$(without "$F/$n.txt" "$F/$n.expect")" ] || {
			echo "fixture $n"; false; }
	done
}

@test "-v lines are file:LINE:reason:text with stable reasons" {
	run --separate-stderr artstrip -v "$F/rtl.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$F/rtl.txt:7:video:Video" ]
	[ "${lines[3]}" = "$F/rtl.txt:13:social:Volg ons op Instagram en TikTok voor meer nieuws uit je regio." ]
	[ "${lines[4]}" = "$F/rtl.txt:14:ad:Advertentie" ]
	[ "${lines[5]}" = "$F/rtl.txt:15:photo:© ANP" ]
	run --separate-stderr bash -c 'artstrip -v "$@" | cut -d: -f3 | sort | uniq -c | awk "{ print \$2 }" | tr "\n" " "' \
	    bash "$F/nos.txt" "$F/nu.txt"
	[ "$output" = "byline newsletter photo readmore share source trailer video " ]
}

@test "content stays: prose that mentions a video, subheadings, corrections" {
	run --separate-stderr artstrip -v "$F/content.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$F/content.txt:22:video:Video" ]
	run --separate-stderr artstrip "$F/content.txt"
	[[ "$output" == *$'\nCorrectie: in een eerdere versie stond dat de proef drie jaar duurde. Dat was twee jaar.\n'* ]]
	[[ "$output" == *$'\nVolg het geld\n'* ]]
	[[ "$output" == *$'\nAkkoord\n'* ]]
	[[ "$output" == *$'\nKortom' ]]
}

@test "a line with sentence punctuation and more than five words is never removed by a built-in rule" {
	f=$(mkarticle g.txt "Titel" 2024-01-01T10:00:00Z https://example.nl/a/1 <<-'EOF'
	Bekijk de video van de aanrijding op de site.
	Lees ook wat de burgemeester er gisteren over zei.
	Volg het liveblog van de gemeente voor de stand van zaken.
	Meer bekijken van de stad kan met een rondvaart!
	Video's van de brand gingen vorige week rond?
	Kijk ook naar de kosten van een nieuwe cv-ketel.
	Foto's van het ongeluk laten een zwaar beschadigde auto zien.
	EOF
	)
	run --separate-stderr artstrip -v "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	run --separate-stderr artstrip -b "$f"
	[ "$output" = "$(tail -n +5 "$f")" ]
}

@test "-I keeps inline boilerplate and removes only the trailer and white space" {
	run --separate-stderr artstrip -I -v "$F/nos.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -d: -f2 | tr '\n' ' ')" = "18 19 20 21 22 " ]
}

@test "-n: the kept paragraphs of a file, each after its name and number" {
	run --separate-stderr artstrip -n "$F/nos.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(without "$F/nos.txt" "$F/nos.expect" | tail -n +5 |
	    awk -v f="$F/nos.txt" '{ printf "%s\t%d\t%s\n", f, NR, $0 }')" ]
	# the text column is -b's output, line for line
	[ "$(printf '%s\n' "$output" | cut -f3-)" = "$(artstrip -b "$F/nos.txt")" ]
	# -n implies -b: with -b it is the same
	run --separate-stderr artstrip -b -n "$F/nos.txt"
	[ "$status" -eq 0 ]
	[ "$(printf '%s\n' "$output" | cut -f1 | sort -u)" = "$F/nos.txt" ]
	[ "${#lines[@]}" -eq "$(artstrip -b "$F/nos.txt" | wc -l)" ]
}

@test "-n: articles in a stream are file#1, file#2; numbers restart; no form feeds" {
	cd "$BATS_TEST_TMPDIR"
	{ cat "$F/nos.txt"; printf '\f\n\f\n'; cat "$F/bbc.txt"; } > s.txt
	run --separate-stderr artstrip -n s.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$({ without "$F/nos.txt" "$F/nos.expect" | tail -n +5 |
	    awk '{ printf "s.txt#1\t%d\t%s\n", NR, $0 }'
	    without "$F/bbc.txt" "$F/bbc.expect" | tail -n +5 |
	    awk '{ printf "s.txt#3\t%d\t%s\n", NR, $0 }'; })" ]
	[[ "$output" != *$'\f'* ]]
	# from standard input the first article waits for its name: "-#1"
	run --separate-stderr sh -c 'artstrip -n < s.txt | cut -f1,2 | uniq -c -w 3 | awk "{ print \$1, \$2 }"'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s -#1\n%s -#3' "$(artstrip -b "$F/nos.txt" | wc -l)" "$(artstrip -b "$F/bbc.txt" | wc -l)")" ]
	# one article from standard input is "-"
	run --separate-stderr sh -c 'artstrip -n < "$1" | cut -f1 | sort -u' sh "$F/bbc.txt"
	[ "$output" = "-" ]
}

@test "-n: the names are those of artsent -n and artwc, for files, streams and standard input" {
	cd "$BATS_TEST_TMPDIR"
	{ cat "$F/nos.txt"; printf '\f\n'; cat "$F/bbc.txt"; } > s.txt
	cp "$F/reuters.txt" "a	b.txt"
	for input in files -; do
		if [ "$input" = "-" ]; then
			a=$(artstrip -n < s.txt | cut -f1 | uniq)
			b=$(artsent -n < s.txt | cut -f1 | uniq)
			c=$(artwc < s.txt | awk '$NF != "total" { print $NF }')
		else
			a=$(artstrip -n s.txt "a	b.txt" "$F/nu.txt" | cut -f1 | uniq)
			b=$(artsent -n s.txt "a	b.txt" "$F/nu.txt" | cut -f1 | uniq)
			c=$(artwc s.txt "$F/nu.txt" | awk '$NF != "total" { print $NF }')
			# artwc's column holds the tab itself; -n escapes it
			[[ "$a" == *'a\tb.txt'* ]]
			c=$(printf '%s\n' "$c" | sed '2a\
a\\tb.txt')
		fi
		[ -n "$a" ]
		[ "$a" = "$b" ] || { echo "artstrip: $a / artsent: $b"; false; }
		[ "$a" = "$c" ] || { echo "artstrip: $a / artwc: $c"; false; }
	done
}

@test "-n with -r and -f: the removed lines leave no gap in the numbers" {
	cd "$BATS_TEST_TMPDIR"
	for i in 1 2 3; do
		{ printf 'Titel %s\n2024-01-0%sT10:00:00Z\nhttps://e.nl/%s\n\n' $i $i $i
		  printf 'Eigen alinea %s, met eigen woorden.\n' $i
		  printf 'Denk je aan zelfdoding? Bel 0800-0113, gratis en anoniem.\n'
		  printf 'Col ofon\n'
		  printf 'Slot van stuk %s.\n' $i; } > "r$i.txt"
	done
	printf 'Col ofon\n' > rules
	run --separate-stderr artstrip -n -r 3 -f rules r1.txt r2.txt r3.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(for i in 1 2 3; do printf 'r%s.txt\t1\tEigen alinea %s, met eigen woorden.\nr%s.txt\t2\tSlot van stuk %s.\n' $i $i $i $i; done)" ]
	# the same from one stream on standard input, copied for -r
	run --separate-stderr sh -c 'for i in 1 2 3; do cat r$i.txt; printf "\f\n"; done | artstrip -n -r 3 -f rules'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(for i in 1 2 3; do printf -- '-#%s\t1\tEigen alinea %s, met eigen woorden.\n-#%s\t2\tSlot van stuk %s.\n' $i $i $i $i; done)" ]
}

@test "-n with -v: the audit listing as without -n" {
	run --separate-stderr artstrip -v -n "$F/nos.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ -n "$output" ]
	[ "$output" = "$(artstrip -v "$F/nos.txt")" ]
}

@test "white space junk: no-break and soft hyphens, zero-width, tabs, blank lines" {
	f="$BATS_TEST_TMPDIR/ws.txt"
	printf 'Titel  met  spaties\n2024-01-01T10:00:00+0100\nhttps://example.nl/a/1\n\n' > "$f"
	printf '  Eerste\xc2\xa0alinea  met\tspaties.  \n\n   \n' >> "$f"
	printf 'Zacht\xc2\xadafbreek en nul\xe2\x80\x8bbreedte.\n\xc2\xa0\nLaatste alinea.\r\n' >> "$f"
	run --separate-stderr artstrip "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Titel  met  spaties\n2024-01-01T10:00:00+0100\nhttps://example.nl/a/1\n\nEerste alinea met spaties.\nZachtafbreek en nulbreedte.\nLaatste alinea.')" ]
	run --separate-stderr artstrip -v "$f"
	[ "$output" = "$(printf '%s:7:blank:   \n%s:9:blank:\xc2\xa0' "$f" "$f")" ]
}

@test "idempotent: artstrip F | artstrip equals artstrip F" {
	for n in $FIXTURES_ALL; do
		artstrip "$F/$n.txt" > "$BATS_TEST_TMPDIR/once"
		artstrip < "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
		cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
		run artstrip -v "$BATS_TEST_TMPDIR/once"
		[ "$output" = "" ]
	done
}

@test "idempotent when removing a line bares a label at the end" {
	f=$(mkarticle m.txt "Titel" 2024-01-01T10:00:00Z https://example.nl/a/1 <<-'EOF'
	Een alinea met inhoud, lang genoeg om inhoud te zijn.
	Buitenland
	Foto: ANP
	Deel artikel:
	EOF
	)
	run --separate-stderr artstrip -v "$f"
	[ "$output" = "$(printf '%s:6:trailer:Buitenland\n%s:7:photo:Foto: ANP\n%s:8:share:Deel artikel:' "$f" "$f" "$f")" ]
	artstrip "$f" > "$BATS_TEST_TMPDIR/once"
	[ "$(cat "$BATS_TEST_TMPDIR/once")" = "$(head -n 5 "$f")" ]
	artstrip "$BATS_TEST_TMPDIR/once" | cmp - "$BATS_TEST_TMPDIR/once"
}

@test "lossless audit: -v plus the output hold every non-empty input line" {
	printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n\xc2\xa0Een\t zin.\n  \nFoto: ANP\nMeer.\nSport\n' > "$BATS_TEST_TMPDIR/a.txt"
	for f in "$F"/*.txt "$BATS_TEST_TMPDIR/a.txt"; do
		run lost "$f"
		[ "$status" -eq 0 ]
		[ "$output" = "" ] || { echo "$f lost: $output"; false; }
	done
}

@test "several articles in, several out, separated by form-feed lines" {
	run --separate-stderr artstrip "$F/nos.txt" "$F/bbc.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(without "$F/nos.txt" "$F/nos.expect"; printf '\f\n'; without "$F/bbc.txt" "$F/bbc.expect")" ]
	{ cat "$F/nos.txt"; printf '\f\n'; cat "$F/bbc.txt"; } > "$BATS_TEST_TMPDIR/stream"
	run --separate-stderr artstrip < "$BATS_TEST_TMPDIR/stream"
	[ "$output" = "$(without "$F/nos.txt" "$F/nos.expect"; printf '\f\n'; without "$F/bbc.txt" "$F/bbc.expect")" ]
	# -v gives the stream's own line numbers
	run --separate-stderr artstrip -v "$BATS_TEST_TMPDIR/stream"
	[ "${lines[10]}" = "$BATS_TEST_TMPDIR/stream:28:byline:By Sarah Thompson, BBC News" ]
}

@test "the output is an article: arthdr reads the same header fields" {
	for n in nos nu bbc; do
		a=$(arthdr -f title,date,url,id "$F/$n.txt")
		b=$(artstrip "$F/$n.txt" | arthdr -f title,date,url,id)
		[ "$a" = "$b" ]
	done
	run --separate-stderr bash -c 'artstrip "$1" | arthdr -f tags' bash "$F/nos.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
}

@test "a header without its empty line gets one" {
	printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\nMeteen tekst.\n' > "$BATS_TEST_TMPDIR/h.txt"
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/h.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nMeteen tekst.')" ]
	artstrip "$BATS_TEST_TMPDIR/h.txt" | artstrip | cmp - <(artstrip "$BATS_TEST_TMPDIR/h.txt")
}

@test "-b writes the body only" {
	run --separate-stderr artstrip -b "$F/reuters.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(without "$F/reuters.txt" "$F/reuters.expect" | tail -n +5)" ]
}

@test "plain text has no header and no trailer; it stays plain text" {
	printf 'Gewoon een zin.\nSport\n' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/p.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'Gewoon een zin.\nSport')" ]
	# line 2 is no timestamp: plain text, although lines 2-4 look like a
	# header; an empty second line keeps what is written plain
	printf '\nTitel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nTekst.\n' > "$BATS_TEST_TMPDIR/q.txt"
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/q.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Titel\n\n2024-01-01T10:00:00Z\nhttps://e.nl/1\nTekst.')" ]
	artstrip "$BATS_TEST_TMPDIR/q.txt" | artstrip | cmp - <(artstrip "$BATS_TEST_TMPDIR/q.txt")
}

@test "empty articles in a stream keep their place" {
	printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nA.\n\f\n\f\n' > "$BATS_TEST_TMPDIR/s.txt"
	artstrip "$BATS_TEST_TMPDIR/s.txt" > "$BATS_TEST_TMPDIR/once"
	cmp "$BATS_TEST_TMPDIR/once" <(printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nA.\n\f\n\f\n')
	artstrip "$BATS_TEST_TMPDIR/once" | cmp - "$BATS_TEST_TMPDIR/once"
}

@test "-f: fixed lines, /ERE/ and /ERE/i; comments and empty lines ignored" {
	printf '# site rules\n\nCol   ofon\n/^Hulp nodig\\?/\n/^meer van/i\n' > "$BATS_TEST_TMPDIR/rules"
	f=$(mkarticle u.txt "Titel" 2024-01-01T10:00:00Z https://e.nl/1 <<-'EOF'
	Een zin met inhoud die blijft staan, ook met de regels.
	Col ofon
	Hulp nodig? Bel de hulplijn, dag en nacht bereikbaar.
	MEER VAN DEZE REDACTIE
	Steun onze journalistiek vandaag.
	EOF
	)
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s:6:user:Col ofon\n%s:7:user:Hulp nodig? Bel de hulplijn, dag en nacht bereikbaar.\n%s:8:user:MEER VAN DEZE REDACTIE' "$f" "$f" "$f")" ]
}

@test "-f: a bad pattern or a missing file is a usage error" {
	printf 'ok\n/[unclosed/\n' > "$BATS_TEST_TMPDIR/bad"
	run --separate-stderr artstrip -f "$BATS_TEST_TMPDIR/bad" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == "artstrip: $BATS_TEST_TMPDIR/bad:2: "* ]]
	run --separate-stderr artstrip -f "$BATS_TEST_TMPDIR/none" /dev/null
	[ "$status" -eq 2 ]
	[ "$stderr" = "artstrip: $BATS_TEST_TMPDIR/none: No such file or directory" ]
}

@test "-r N: a line in at least N articles is repeated boilerplate" {
	for i in 1 2 3 4; do
		{ printf 'Titel %s\n2024-01-0%sT10:00:00Z\nhttps://e.nl/%s\n\n' $i $i $i
		  printf 'Eigen alinea %s, met eigen woorden.\n' $i
		  [ $i -le 3 ] && printf 'Denk je aan zelfdoding? Bel 0800-0113, gratis en anoniem.\n'
		  printf 'Slot van stuk %s.\n' $i; } > "$BATS_TEST_TMPDIR/r$i.txt"
	done
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr artstrip -v -r 3 r1.txt r2.txt r3.txt r4.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(for i in 1 2 3; do printf 'r%s.txt:6:repeated:Denk je aan zelfdoding? Bel 0800-0113, gratis en anoniem.\n' $i; done)" ]
	run --separate-stderr artstrip -v -r 4 r1.txt r2.txt r3.txt r4.txt
	[ "$output" = "" ]
	# standard input is read twice too, through a temporary copy
	run --separate-stderr bash -c 'for i in 1 2 3; do cat r$i.txt; printf "\f\n"; done | artstrip -r 3 | grep -c zelfdoding'
	[ "$output" = "0" ]
	run --separate-stderr bash -c 'for i in 1 2 3; do cat r$i.txt; printf "\f\n"; done | artstrip -r 3 | grep -c "^Slot van stuk"'
	[ "$output" = "3" ]
}

@test "-r: bad counts are usage errors" {
	for n in 1 0 -3 abc 2x ""; do
		run --separate-stderr artstrip -r "$n" /dev/null
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		[ "$stderr" = "artstrip: -r: '$n': a number of articles, 2 or more" ]
	done
}

@test "bad input: empty file, NUL bytes, invalid UTF-8, BOM, no final newline, CRLF" {
	: > "$BATS_TEST_TMPDIR/empty"
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/empty"
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	[ "$stderr" = "" ]
	printf '\xef\xbb\xbfT\r\n2024-01-01T10:00:00Z\r\nhttps://e.nl/1\r\n\r\nA\0B caf\xe9.\r\nFoto: ANP\r\nLaatste' > "$BATS_TEST_TMPDIR/bad"
	artstrip "$BATS_TEST_TMPDIR/bad" > "$BATS_TEST_TMPDIR/out"
	cmp "$BATS_TEST_TMPDIR/out" <(printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nA\0B caf\xe9.\nLaatste\n')
}

@test "a 2 MB line passes whole" {
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'; head -c 2000000 /dev/zero | tr '\0' 'a'; printf '.\n'; } > "$BATS_TEST_TMPDIR/long"
	run --separate-stderr artstrip -b "$BATS_TEST_TMPDIR/long"
	[ "$status" -eq 0 ]
	[ "${#output}" -eq 2000001 ]
}

@test "a missing file and a directory are reported; the other files still processed" {
	mkdir "$BATS_TEST_TMPDIR/dir"
	run --separate-stderr artstrip -b "$BATS_TEST_TMPDIR/none" "$BATS_TEST_TMPDIR/dir" "$F/reuters.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "$(printf 'artstrip: %s: No such file or directory\nartstrip: %s: Is a directory' "$BATS_TEST_TMPDIR/none" "$BATS_TEST_TMPDIR/dir")" ]
	[ "$output" = "$(without "$F/reuters.txt" "$F/reuters.expect" | tail -n +5)" ]
}

@test "usage errors exit 2; -V prints the version" {
	run --separate-stderr artstrip -x
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == *"Usage: artstrip [-bInvV] [-f patterns] [-r N] [file ...]" ]]
	run --separate-stderr artstrip -V
	[ "$status" -eq 0 ]
	[[ "$output" == "artstrip (artkit) "* ]]
}

@test "a closed pipe ends quietly, with status 0" {
	for i in $(seq 2000); do cat "$F/nos.txt"; printf '\f\n'; done > "$BATS_TEST_TMPDIR/big"
	run --separate-stderr bash -c 'set -o pipefail; artstrip "$1" | head -1' bash "$BATS_TEST_TMPDIR/big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(head -1 "$F/nos.txt")" ]
}

@test "the man page's examples on the sample article run" {
	cd "$ARTKIT_TOP"
	run --separate-stderr artstrip -v examples/sample.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' 'examples/sample.txt:7:video:Bekijk hier de video:' \
	    'examples/sample.txt:10:photo:Foto: ANP' \
	    'examples/sample.txt:12:trailer:Regionaal nieuws' \
	    'examples/sample.txt:13:trailer:Binnenland' \
	    'examples/sample.txt:14:share:Deel artikel:')" ]
	# the listing in the manual is the same
	[ "$(sed -n '/^\$ artstrip -v examples/,/^\.Ed/p' man/man1/artstrip.1 | sed '1d;$d')" = "$output" ]
	run --separate-stderr sh -c 'artstrip -v examples/sample.txt | cut -d: -f3 | sort | uniq -c | sort -rn | head -1'
	[ "$output" = "$(printf '%7s trailer' 2)" ]
	run --separate-stderr sh -c 'artstrip examples/sample.txt | wc -l'
	[ "$output" -eq 9 ]
}

@test "a short line's verdict does not hang on the lines read before it" {
	# 1500 articles: short lines from a pool of 800, each now after
	# "Lees ook:" (a linked title, removed) and now alone (kept), so that
	# the same line comes back in both places and in many others between
	awk 'BEGIN {
		for (i = 1; i <= 1500; i++) {
			printf "Titel %d\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/%d\n\n", i, i
			printf "Een zin van het artikel nummer %d, met genoeg woorden erin.\n", i
			printf "Onderwerp %d\n", (i * 7) % 800
			if (i % 3 == 0)
				printf "Lees ook:\n"
			printf "Onderwerp %d\n", (i * 11) % 800
			printf "Nog een zin aan het einde van het artikel, heel gewoon.\n"
			printf "Buitenland\nDeel artikel:\n\f\n"
		}
	}' > "$BATS_TEST_TMPDIR/a.txt"
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr artstrip -v a.txt
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	once=$output
	[ "$(grep -c '^a.txt:[0-9]*:readmore:Onderwerp ' <<<"$once")" -eq 500 ]
	[ "$(grep -c '^a.txt:[0-9]*:readmore:Lees ook:$' <<<"$once")" -eq 500 ]
	run --separate-stderr artstrip -v a.txt a.txt
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	[ "$output" = "$once"$'\n'"$once" ]
	run --separate-stderr artstrip a.txt
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	[ "$(grep -c '^Onderwerp ' <<<"$output")" -eq 2500 ]
	kept=$output
	run --separate-stderr artstrip a.txt a.txt
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	[ "$output" = "$kept"$'\n\f\n'"$kept" ]
}

@test "after a pointer, a title of up to 20 words that ends no sentence goes with it, however long" {
	t17='Dit is een lange titel van een ander artikel met zeventien woorden zonder punt erachter hier nu'
	t20='Dit is een nog langere titel van een ander artikel met twintig woorden zonder een punt aan het eind hier'
	t21='Dit is de allerlangste titel van een ander artikel met eenentwintig woorden zonder een punt aan het eind hier en nu'
	f=$(mkarticle t.txt 'Titel' 2024-06-19T21:55:01+0200 https://nos.nl/artikel/2500002-titel <<-EOF
	Een gewone zin van het artikel, met wat woorden.
	Lees ook:
	$t17
	Lees ook:
	$t20
	Lees ook:
	$t21
	Lees ook:
	$t17.
	Nog een zin aan het einde van het artikel.
	EOF
	)
	run --separate-stderr artstrip -v "$f"
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	[ "$output" = "$f:6:readmore:Lees ook:
$f:7:readmore:$t17
$f:8:readmore:Lees ook:
$f:9:readmore:$t20
$f:10:readmore:Lees ook:
$f:12:readmore:Lees ook:" ]
	run --separate-stderr artstrip -b "$f"
	[ "$status" -eq 0 ] && [ -z "$stderr" ]
	[ "$output" = "Een gewone zin van het artikel, met wat woorden.
$t21
$t17.
Nog een zin aan het einde van het artikel." ]
}
