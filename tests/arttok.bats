#!/usr/bin/env bats
# arttok: word tokens, one per line.

bats_require_minimum_version 1.5.0
load test_helper

F="$BATS_TEST_DIRNAME/fixtures/arttok"

# A plain text (no header) on standard input.
tok() {
	printf '%s\n' "$2" | arttok $1
}

@test "the body's words, header and trailer left out" {
	run --separate-stderr arttok "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/artikel.words")" ]
}

@test "-T puts the title's words first" {
	run --separate-stderr arttok -T "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Kabinet wil "'s-Hertogenbosch" en Noord-Brabant helpen Nu of nooit; cat "$F/artikel.words")" ]
}

@test "-p also prints punctuation and symbol tokens" {
	run --separate-stderr arttok -p "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/artikel.punct")" ]
}

@test "hyphens join letters and digits when one side is a letter" {
	run --separate-stderr tok "" "Noord-Koreaanse anti-Amerikaanse Covid-19 tv-programma 19-jarige 2-1 2024-2025 A-B a--b -x x- Oost‐Europa Zuid‑Afrika"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Noord-Koreaanse anti-Amerikaanse Covid-19 tv-programma 19-jarige 2 1 2024 2025 A-B a b x x Oost‐Europa Zuid‑Afrika)" ]
}

@test "the clitics 's 't 'n keep their apostrophe; z'n and d'r stay whole" {
	run --separate-stderr tok "" "'s avonds 't is 'n keer ’s-Gravenhage z'n d'r m’n auto's 'sochtends 'Nu' x's"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' "'s" avonds "'t" is "'n" keer "’s-Gravenhage" "z'n" "d'r" "m’n" "auto's" sochtends Nu "x's")" ]
}

@test "numbers keep their separators" {
	run --separate-stderr tok -p "3.000 2,5 19.30 1.234.567,89 10:15 50%"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' 3.000 2,5 19.30 1.234.567,89 10 : 15 50 %)" ]
}

@test "URLs and e-mail addresses are one token, without trailing punctuation" {
	run --separate-stderr tok -p "Zie https://nos.nl/artikel/1-a?b=c&d=e#f, www.Example.nl. Mail: jan.de-vries@nos.nl; ftp://x.org/a_(b)). (http://a.nl) 'https://q.nl'"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Zie 'https://nos.nl/artikel/1-a?b=c&d=e#f' , www.Example.nl . Mail : jan.de-vries@nos.nl ';' 'ftp://x.org/a_(b)' ')' . '(' http://a.nl ')' "'" https://q.nl "'")" ]
}

@test "what only looks like a link stays words" {
	run --separate-stderr tok "" "https:// www. a@b x@y.1 mailto:jan"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' https www a b x y 1 mailto:jan)" ]
}

@test "quotes, dashes and symbols are not words" {
	run --separate-stderr tok "" "' \" “ ” ‘ ’ « » – — - … € % & * ( ) [ ]"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "-f folds to lower case by Unicode simple case mapping" {
	run --separate-stderr tok -f "ÉÉN IJsland Ĳsselmeer ÖSTERREICH ΣΟΦΊΑ ÇELİK Covid-19"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' één ijsland ĳsselmeer österreich σοφία çelik covid-19)" ]
}

@test "combining marks stay with their letter, composed where NFC composes them" {
	run --separate-stderr tok "" "$(printf 'cafe\xcc\x81 e\xcc\x81e\xcc\x81n q\xcc\x81x')"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'caf\xc3\xa9\n\xc3\xa9\xc3\xa9n\nq\xcc\x81x')" ]
}

@test "tokens are in NFC: a decomposed and a precomposed word are one token" {
	# café, Ångström (with the angstrom sign), Hangul jamo, marks out of order
	printf 'cafe\xcc\x81 caf\xc3\xa9 \xe2\x84\xabngstro\xcc\x88m \xc3\x85ngstr\xc3\xb6m\n' > "$BATS_TEST_TMPDIR/nfc.txt"
	printf '\xe1\x84\x92\xe1\x85\xa1\xe1\x86\xab \xed\x95\x9c s\xcc\x87\xcc\xa3 \xe1\xb9\xa9 CAFE\xcc\x81\n' >> "$BATS_TEST_TMPDIR/nfc.txt"
	want=$(printf 'caf\xc3\xa9\ncaf\xc3\xa9\n\xc3\x85ngstr\xc3\xb6m\n\xc3\x85ngstr\xc3\xb6m\n\xed\x95\x9c\n\xed\x95\x9c\n\xe1\xb9\xa9\n\xe1\xb9\xa9\nCAF\xc3\x89')
	run --separate-stderr arttok "$BATS_TEST_TMPDIR/nfc.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$want" ]
	run --separate-stderr arttok -f "$BATS_TEST_TMPDIR/nfc.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'caf\xc3\xa9\ncaf\xc3\xa9\n\xc3\xa5ngstr\xc3\xb6m\n\xc3\xa5ngstr\xc3\xb6m\n\xed\x95\x9c\n\xed\x95\x9c\n\xe1\xb9\xa9\n\xe1\xb9\xa9\ncaf\xc3\xa9')" ]
	[ "$(arttok "$BATS_TEST_TMPDIR/nfc.txt" | wc -l)" -eq "$(artwc -w "$BATS_TEST_TMPDIR/nfc.txt" | awk '{ print $1 }')" ]
}

@test "an emoji ZWJ sequence and flag pairs are one token each" {
	run --separate-stderr tok -p "$(printf 'hoi \xf0\x9f\x91\xa9\xe2\x80\x8d\xe2\x9d\xa4\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x91\xa8 \xf0\x9f\x87\xb3\xf0\x9f\x87\xb1\xf0\x9f\x87\xa7\xf0\x9f\x87\xaa!')"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'hoi\n\xf0\x9f\x91\xa9\xe2\x80\x8d\xe2\x9d\xa4\xef\xb8\x8f\xe2\x80\x8d\xf0\x9f\x91\xa8\n\xf0\x9f\x87\xb3\xf0\x9f\x87\xb1\n\xf0\x9f\x87\xa7\xf0\x9f\x87\xaa\n!')" ]
}

@test "-U: plain UAX #29 segments, without the artkit rules" {
	run --separate-stderr tok -U "Noord-Koreaanse 's-Hertogenbosch z'n https://nos.nl 3.000"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Noord Koreaanse s Hertogenbosch "z'n" https nos.nl 3.000)" ]
}

@test "-U -p: every segment that is not white space, unchanged" {
	run --separate-stderr tok "-U -p" "$(printf "Hé, 'n  x.y:z\xc2\xa0a_b \xe3\x83\xa9\xe3\x83\xbc\xe3\x83\xa1\xe3\x83\xb3!")"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf "Hé\n,\n'\nn\nx.y:z\na_b\n\xe3\x83\xa9\xe3\x83\xbc\xe3\x83\xa1\xe3\x83\xb3\n!")" ]
}

@test "invalid UTF-8 and NUL bytes pass through as tokens of their own" {
	printf 'a\377b \303\251 c\0d \342\202\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr arttok -p "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(arttok -p "$BATS_TEST_TMPDIR/bad.txt" | od -An -c | tr -s ' ')" = "$(printf 'a\n\377\nb\n\303\251\nc\n\0\nd\n\342\n\202\n' | od -An -c | tr -s ' ')" ]
	[ "$(arttok "$BATS_TEST_TMPDIR/bad.txt" | wc -l)" -eq 5 ]
}

@test "a text without header is all body; CRLF, BOM and no final newline change nothing" {
	printf '\357\273\277Eerste regel.\r\nTweede regel' > "$BATS_TEST_TMPDIR/odd.txt"
	run --separate-stderr arttok "$BATS_TEST_TMPDIR/odd.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Eerste regel Tweede regel)" ]
}

@test "a stream: the words of every article, from a file or standard input" {
	{ cat "$F/artikel.txt"; printf '\f\n'; printf 'Los stuk tekst\n'; } > "$BATS_TEST_TMPDIR/stream.txt"
	run --separate-stderr arttok "$BATS_TEST_TMPDIR/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/artikel.words"; printf '%s\n' Los stuk tekst)" ]
	run --separate-stderr sh -c 'arttok - < "$1"' sh "$BATS_TEST_TMPDIR/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/artikel.words"; printf '%s\n' Los stuk tekst)" ]
}

@test "a 50 MB paragraph" {
	yes 'kort woord' | head -n 4600000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/big.txt"
	[ "$(wc -c < "$BATS_TEST_TMPDIR/big.txt")" -eq 50600000 ]
	run --separate-stderr sh -c 'arttok "$1" | awk "{ n[\$0]++ } END { print NR, n[\"kort\"], n[\"woord\"] }"' sh "$BATS_TEST_TMPDIR/big.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "9200000 4600000 4600000" ]
	run --separate-stderr artwc -pw "$BATS_TEST_TMPDIR/big.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf "%8d %8d %s" 1 9200000 "$BATS_TEST_TMPDIR/big.txt")" ]
}

@test "a missing file is reported and the others are still read" {
	run --separate-stderr arttok "$BATS_TEST_TMPDIR/none.txt" "$F/artikel.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arttok: $BATS_TEST_TMPDIR/none.txt: No such file or directory" ]
	[ "$output" = "$(cat "$F/artikel.words")" ]
}

@test "a directory is an error" {
	run --separate-stderr arttok "$BATS_TEST_TMPDIR"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arttok: $BATS_TEST_TMPDIR: Is a directory" ]
	[ "$output" = "" ]
}

@test "usage errors exit 2" {
	run --separate-stderr arttok -x
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr##*$'\n'}" = "Usage: arttok [-fnpsTUV] [-a file] [-l auto|nl|en|de] [file ...]" ]
}

@test "-V prints the version" {
	run --separate-stderr arttok -V
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" =~ ^arttok\ \(artkit\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
}

@test "a closed pipe ends quietly" {
	run --separate-stderr sh -c 'arttok "$1" | head -n 1' sh "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "De" ]
}

@test "the man page's examples on the sample article run" {
	S="$ARTKIT_TOP/examples/sample.txt"
	run --separate-stderr sh -c 'arttok -f "$1" | sort | uniq -c | sort -rn | head' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 10 ]
	[ "$(echo "${lines[0]}" | awk '{ print $2 }')" = "de" ]
	run --separate-stderr sh -c 'arttok "$1" | grep -e - -e "[0-9]"' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' 2027 2029 8 38,5 "'s-Hertogenbosch" 2 20)" ]
	run --separate-stderr sh -c 'artstrip "$1" | arttok -f | wc -l' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -gt 100 ]
	run --separate-stderr sh -c "echo \"Noord-Koreaanse 's-Hertogenbosch, https://nos.nl\" | arttok -U -p"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' Noord - Koreaanse "'" s - Hertogenbosch , https : / / nos.nl)" ]
}

@test "the same tokens at every offset of a 64-byte block" {
	words="zo’n ’s-Hertogenbosch geïsoleerd Noord‐Koreaanse één 3.000 d’Ancona Ελλάδα Москва x@y.nl 2,5 ŞAHİN"
	for k in $(seq 0 70); do
		printf '%*s%s %s\n' "$k" "" "$words" "$words"
	done > "$BATS_TEST_TMPDIR/t.txt"
	one=$(printf '%s\n' $words)
	want=$(for k in $(seq 1 142); do printf '%s\n' "$one"; done)
	run --separate-stderr arttok "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$want" ]
	run --separate-stderr artwc -w "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "1704 $BATS_TEST_TMPDIR/t.txt" ]
}

@test "-n: each token after its article's name and number; the counts are artwc's" {
	s="$BATS_TEST_DIRNAME/fixtures/arthdr/stream.txt"
	run --separate-stderr arttok -n "$s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$s#1	1	Het" ]
	[ "$(printf '%s\n' "$output" | cut -f 3-)" = "$(arttok "$s")" ]
	[ "$(printf '%s\n' "$output" | cut -f 1 | uniq -c | awk '{ print $1, $2 }')" = "$(artwc -w "$s" | sed '$d' | sed 's/^ *//')" ]
	# numbers count inside each article
	[ "$(printf '%s\n' "$output" | awk -F '\t' '$1 != prev { n = 0; prev = $1 } $2 != ++n { print "bad", NR }')" = "" ]
	run --separate-stderr sh -c 'arttok -n < "$1"' sh "$s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(arttok -n "$s" | sed "s|^$s|-|")" ]
}

@test "-n with -f and -s: lower case after the prefix, empty lines between sentences" {
	printf 'Één IJsland. Twee.\n' > "$BATS_TEST_TMPDIR/x.txt"
	run --separate-stderr arttok -n -f -s "$BATS_TEST_TMPDIR/x.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\t1\téén\n%s\t2\tijsland\n\n%s\t3\ttwee\n' "$BATS_TEST_TMPDIR/x.txt" "$BATS_TEST_TMPDIR/x.txt" "$BATS_TEST_TMPDIR/x.txt")" ]
}
