#!/usr/bin/env bats
# artpick: articles selected by fields and patterns, copied byte for byte.

bats_require_minimum_version 1.5.0
load test_helper

P="$BATS_TEST_DIRNAME/fixtures/artpick"
H="$BATS_TEST_DIRNAME/fixtures/arthdr"
S="$BATS_TEST_DIRNAME/fixtures/artsent"

setup_file() {
	cc -O2 -o "$BATS_FILE_TMPDIR/gen-corpus" "$BATS_TEST_DIRNAME/../bench/gen-corpus.c"
}

# The four fixtures as one stream, made by hand: the missing final newline
# of bom-nofinal.txt gets one before its separator.
stream4() {
	cat "$P/zorg.txt"; printf '\f\n'
	cat "$P/storm-crlf.txt"; printf '\f\n'
	cat "$P/bom-nofinal.txt"; printf '\n\f\n'
	cat "$P/plain.txt"
}

@test "with no test every file is copied byte for byte: CRLF, BOM, NUL, no final newline" {
	for f in "$P"/*.txt "$H"/*.txt; do
		run --separate-stderr sh -c 'artpick "$1" | cmp - "$1"' sh "$f"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "" ]
	done
}

@test "files become one stream; a missing final newline gets one before the separator" {
	stream4 > "$BATS_TEST_TMPDIR/want"
	run --separate-stderr sh -c 'artpick "$@" | cmp - "$0"' "$BATS_TEST_TMPDIR/want" \
	    "$P/zorg.txt" "$P/storm-crlf.txt" "$P/bom-nofinal.txt" "$P/plain.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	# and the stream is four articles to every other program
	run --separate-stderr arthdr -f file,id "$BATS_TEST_TMPDIR/want"
	[ "${#lines[@]}" -eq 4 ]
}

@test "a stream read from standard input passes unchanged" {
	run --separate-stderr sh -c 'artpick < "$1" | cmp - "$1"' sh "$H/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "-t on header fields: id, utc against an ISO string, host" {
	stream4 > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr artpick -t 'id == "2530102"' "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$P/storm-crlf.txt")" ]
	run --separate-stderr sh -c 'artpick -t "utc >= \"2024-07-01\"" "$1" | arthdr -f id' sh "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2530101\n2530103')" ]
	# utcday and day differ for the article after midnight local time
	run --separate-stderr sh -c 'artpick -t "utcday == \"2024-07-17\" && day == \"2024-07-18\"" "$1" | arthdr -f id' sh "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "2530101" ]
}

@test "-t on counts and tags, numbers compared as numbers" {
	stream4 > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr sh -c 'artpick -t "words > 9 && tags ~ \"Binnen\"" "$1" | arthdr -f id,words' sh "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2530101\t15')" ]
	# 15, 12 and 11 > 9 as numbers, though not as strings
	run --separate-stderr artpick -c -t 'words > 9' "$BATS_TEST_TMPDIR/s"
	[ "$output" = 3 ]
	run --separate-stderr artpick -c -t 'words >= 12 || paragraphs == 1' "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$output" = 3 ]
	# a tag with a comma is one tag
	run --separate-stderr artpick -c -t 'tags == "Zorg, welzijn"' "$BATS_TEST_TMPDIR/s"
	[ "$output" = 1 ]
	# != is the negation of ==, for a list too
	run --separate-stderr artpick -c -t 'tags != "Binnenland"' "$BATS_TEST_TMPDIR/s"
	[ "$output" = 3 ]
	run --separate-stderr artpick -c -t '!(tags == "Binnenland")' "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 3 ]
}

@test "-e looks in the body; -i ignores case; several -e: any of them" {
	stream4 > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr artpick -e storm "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$P/storm-crlf.txt"; printf '\f\n'; cat "$P/plain.txt")" ]
	run --separate-stderr artpick -c -e STORM "$BATS_TEST_TMPDIR/s"
	[ "$output" = 0 ]
	run --separate-stderr artpick -c -i -e STORM "$BATS_TEST_TMPDIR/s"
	[ "$output" = 2 ]
	run --separate-stderr artpick -c -e Noordzee -e Maastricht "$BATS_TEST_TMPDIR/s"
	[ "$output" = 2 ]
	# the title and the trailer are not the body
	run --separate-stderr artpick -c -e 'Storm op zee' -e Buitenland "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 0 ]
}

@test "-v inverts the whole selection; -c counts" {
	stream4 > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr artpick -c -v -e storm -t 'words > 5' "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 2 ]
	run --separate-stderr sh -c 'artpick -v -e storm "$1" | arthdr -f id' sh "$BATS_TEST_TMPDIR/s"
	[ "$output" = "$(printf '2530101\n2530103')" ]
}

@test "a body pattern in a NUL-holding line is found after the NUL" {
	printf 'a\0b storm\n' > "$BATS_TEST_TMPDIR/nul.txt"
	run --separate-stderr artpick -c -e storm "$BATS_TEST_TMPDIR/nul.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
}

@test "-e and ~: a pattern that would exhaust memory, or a back-reference, is a usage error" {
	plus=$(printf '+%.0s' $(seq 130))
	while IFS='@' read -r pat msg; do
		run --separate-stderr artpick -e "$pat" /dev/null
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		[ "$stderr" = "artpick: -e: '$pat': $msg" ]
		run --separate-stderr artpick -t "path ~ \"$pat\"" /dev/null
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		[ "${stderr_lines[0]}" = "artpick: -t: column 8: bad pattern: $msg" ]
	done <<EOT
Bi${plus}n@pattern larger than 1024 atoms with its repetitions expanded
B*${plus}n@*, + or {n,} after something that can match the empty string
Bi+{2}+{2}+{2}+{2}+{2}+{2}+{2}+{2}+{2}+n@pattern larger than 1024 atoms with its repetitions expanded
(((\\w+|()?){0,3}){2}){2,}@*, + or {n,} after something that can match the empty string
((a{1,40}){1,40}){1,40}@pattern larger than 1024 atoms with its repetitions expanded
a{256}@repetition count above 255
((a?){,32}){,32}@more than 64 atoms in copies of something that can match the empty string
(a)\\1@back-references are not allowed
$(printf '(%.0s' $(seq 17))a$(printf ')%.0s' $(seq 17))@groups nested deeper than 16
EOT
	run --separate-stderr artpick -e 'ab\' /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artpick: -e: 'ab\': trailing backslash" ]
	run --separate-stderr artpick -e "$(head -c 1025 /dev/zero | tr '\0' x)" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == *"': pattern longer than 1024 bytes" ]]
}

@test "-e and ~: a ) with no ( before it is an ordinary character" {
	printf 'T a)b\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nab) en a)b\n' > "$BATS_TEST_TMPDIR/p.txt"
	for t in '-e a)b' '-e ^ab)' '-t title~"a)b$"'; do
		run --separate-stderr artpick -c $t "$BATS_TEST_TMPDIR/p.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = 1 ]
	done
	run --separate-stderr artpick -c -e 'ab)$' -e 'a)b )' "$BATS_TEST_TMPDIR/p.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 0 ]
}

@test "-e and ~: patterns that took the matcher quadratic time run in a moment on a long line" {
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'
	  head -c 300000 /dev/zero | tr '\0' a; echo; } > "$BATS_TEST_TMPDIR/long"
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/2\n\n'
	  head -c 300000 /dev/zero | tr '\0' a; echo b; } > "$BATS_TEST_TMPDIR/longb"
	for p in 'a.*b' '(a|aa)*b' 'a[^b]*b' '(a?){64}a{255}b'; do
		run --separate-stderr timeout 10 artpick -c -e "$p" "$BATS_TEST_TMPDIR/long" "$BATS_TEST_TMPDIR/longb"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = 1 ]
	done
	{ head -c 300000 /dev/zero | tr '\0' a
	  printf '\n2024-01-01T10:00:00Z\nhttps://e.nl/3\n\nb\n'; } > "$BATS_TEST_TMPDIR/longtitle"
	run --separate-stderr timeout 10 artpick -c -t 'title ~ "a.*b" || title ~ "^a+$"' "$BATS_TEST_TMPDIR/longtitle"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
}

@test "-e and ~: a plain string is found on a long line whose candidates all fail late" {
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'
	  head -c 3000000 /dev/zero | tr '\0' a; echo; } > "$BATS_TEST_TMPDIR/long"
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/2\n\n'
	  head -c 3000000 /dev/zero | tr '\0' a; echo b; } > "$BATS_TEST_TMPDIR/longb"
	s=$(head -c 1000 /dev/zero | tr '\0' a)b
	run --separate-stderr timeout 10 artpick -c -e "$s" "$BATS_TEST_TMPDIR/long" "$BATS_TEST_TMPDIR/longb"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
	run --separate-stderr timeout 10 artpick -c -t "title ~ \"Tb\" || url ~ \"nl/2\"" "$BATS_TEST_TMPDIR/long" "$BATS_TEST_TMPDIR/longb"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
}

@test "an unknown field names its column, shows a caret, exits 2" {
	run --separate-stderr artpick -t 'words > 300 && wrods < 5' /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "artpick: -t: column 16: unknown field 'wrods'" ]
	[ "${stderr_lines[1]}" = "  words > 300 && wrods < 5" ]
	[ "${stderr_lines[2]}" = "                 ^" ]
}

@test "broken expressions are usage errors with a column" {
	while IFS='|' read -r expr col msg; do
		run --separate-stderr artpick -t "$expr" /dev/null
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		[ "${stderr_lines[0]}" = "artpick: -t: column $col: $msg" ]
	done <<'EOT'
words >|8|unexpected end: a field, string or number expected
(words > 1|11|')' expected
words > 1)|10|unmatched ')'
words|6|unexpected end: a comparison operator expected
title ~ "(|9|unterminated string
title ~ "("|9|bad pattern: Unmatched ( or \(
title ~ words|9|a pattern after ~ is a string
words > 12x|9|bad number '12x'
words > 1 words|11|'w': '&&', '||' or the end expected
EOT
}

@test "100000 nested parentheses or ! give an error, not a crash" {
	deep=$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "(" }')
	run --separate-stderr artpick -t "$deep" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "artpick: -t: column 257: nested too deeply" ]
	nots=$(awk 'BEGIN { for (i = 0; i < 100000; i++) printf "!" }')
	run --separate-stderr artpick -t "${nots}words > 1" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "artpick: -t: column 257: nested too deeply" ]
}

@test "a chain of 8000 tests is no deeper than one" {
	chain=$(awk 'BEGIN { printf "words > 0"; for (i = 0; i < 8000; i++) printf " && words > 0" }')
	run --separate-stderr artpick -c -t "$chain" "$P/zorg.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
}

@test "-o splits a stream into one file per article, by id or by number" {
	mkdir "$BATS_TEST_TMPDIR/out"
	artpick "$P/zorg.txt" "$P/storm-crlf.txt" "$P/bom-nofinal.txt" > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr artpick -o "$BATS_TEST_TMPDIR/out/nos-%i.txt" "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	cmp "$BATS_TEST_TMPDIR/out/nos-2530101.txt" "$P/zorg.txt"
	cmp "$BATS_TEST_TMPDIR/out/nos-2530102.txt" "$P/storm-crlf.txt"
	cmp "$BATS_TEST_TMPDIR/out/nos-2530103.txt" "$P/bom-nofinal.txt"
	[ "$(ls "$BATS_TEST_TMPDIR/out" | wc -l)" -eq 3 ]
	run --separate-stderr artpick -t 'words < 10' -o "$BATS_TEST_TMPDIR/out/%n%%.txt" "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	cmp "$BATS_TEST_TMPDIR/out/1%.txt" "$P/storm-crlf.txt"
}

@test "-o never overwrites a file: it says so, goes on, exits 1" {
	mkdir "$BATS_TEST_TMPDIR/out"
	echo keep > "$BATS_TEST_TMPDIR/out/2.txt"
	run --separate-stderr artpick -o "$BATS_TEST_TMPDIR/out/%n.txt" "$P/zorg.txt" "$P/storm-crlf.txt" "$P/plain.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "artpick: $BATS_TEST_TMPDIR/out/2.txt: File exists" ]
	[ "$(cat "$BATS_TEST_TMPDIR/out/2.txt")" = keep ]
	cmp "$BATS_TEST_TMPDIR/out/1.txt" "$P/zorg.txt"
	cmp "$BATS_TEST_TMPDIR/out/3.txt" "$P/plain.txt"
}

@test "-o with %i and an article without an id: a message, exit 1" {
	mkdir "$BATS_TEST_TMPDIR/out"
	run --separate-stderr artpick -o "$BATS_TEST_TMPDIR/out/%i.txt" "$P/plain.txt" "$P/zorg.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "artpick: $P/plain.txt: no id to name a file by" ]
	cmp "$BATS_TEST_TMPDIR/out/2530101.txt" "$P/zorg.txt"
}

@test "usage errors exit 2: an unknown option, a bad -o, a bad -e, two -t" {
	run --separate-stderr artpick -x
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr##*$'\n'}" = "Usage: artpick [-civV] [-a file] [-e ERE] [-l auto|nl|en|de] [-o template] [-t expr] [file ...]" ]
	run --separate-stderr artpick -o '%x' /dev/null
	[ "$status" -eq 2 ]
	[ "$stderr" = "artpick: -o: '%x' in the name: only %n, %i and %% are known" ]
	run --separate-stderr artpick -e '(' /dev/null
	[ "$status" -eq 2 ]
	[ "$stderr" = "artpick: -e: '(': Unmatched ( or \\(" ]
	run --separate-stderr artpick -t 'words > 1' -t 'words > 2' /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artpick: -t: one expression; join tests with &&" ]
}

@test "a missing file is reported, the others are still copied" {
	run --separate-stderr artpick "$BATS_TEST_TMPDIR/nonesuch" "$P/zorg.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "artpick: $BATS_TEST_TMPDIR/nonesuch: No such file or directory" ]
	[ "$output" = "$(cat "$P/zorg.txt")" ]
}

@test "a full disk is reported and exits 1" {
	[ -w /dev/full ] || skip "no /dev/full"
	run --separate-stderr sh -c 'artpick "$1" > /dev/full' sh "$H/stream.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "artpick: <stdout>: No space left on device" ]
}

@test "a generated stream: no test copies it whole; -t and -v split it in two" {
	"$BATS_FILE_TMPDIR/gen-corpus" -s 5 -a 500 > "$BATS_TEST_TMPDIR/c"
	run --separate-stderr sh -c 'artpick "$1" | cmp - "$1"' sh "$BATS_TEST_TMPDIR/c"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	want=$(arthdr -f words "$BATS_TEST_TMPDIR/c" | awk '$1 > 300' | wc -l)
	[ "$want" -gt 50 ]
	[ "$want" -lt 450 ]
	artpick -t 'words > 300' "$BATS_TEST_TMPDIR/c" > "$BATS_TEST_TMPDIR/big"
	artpick -v -t 'words > 300' "$BATS_TEST_TMPDIR/c" > "$BATS_TEST_TMPDIR/small"
	[ "$(arthdr -f words "$BATS_TEST_TMPDIR/big" | awk '$1 > 300' | wc -l)" -eq "$want" ]
	[ "$(arthdr -f words "$BATS_TEST_TMPDIR/big" | wc -l)" -eq "$want" ]
	[ "$(arthdr -f words "$BATS_TEST_TMPDIR/small" | awk '$1 <= 300' | wc -l)" -eq $((500 - want)) ]
	# together they hold every article, each unchanged: one separator less
	[ "$(cat "$BATS_TEST_TMPDIR/big" "$BATS_TEST_TMPDIR/small" | wc -c)" -eq $(( $(wc -c < "$BATS_TEST_TMPDIR/c") - 2 )) ]
	[ "$(artpick -c -t 'words > 300' "$BATS_TEST_TMPDIR/c")" -eq "$want" ]
	# the selected ones are the articles with those ids, byte for byte
	arthdr -f id "$BATS_TEST_TMPDIR/big" > "$BATS_TEST_TMPDIR/ids"
	mkdir "$BATS_TEST_TMPDIR/all" "$BATS_TEST_TMPDIR/sel"
	artpick -o "$BATS_TEST_TMPDIR/all/%n" "$BATS_TEST_TMPDIR/c"
	artpick -o "$BATS_TEST_TMPDIR/sel/%n" "$BATS_TEST_TMPDIR/big"
	for i in 1 2 3 $want; do
		id=$(sed -n "${i}p" "$BATS_TEST_TMPDIR/ids")
		n=$(arthdr -f id "$BATS_TEST_TMPDIR/c" | grep -nx -- "$id" | cut -d: -f1)
		cmp "$BATS_TEST_TMPDIR/sel/$i" "$BATS_TEST_TMPDIR/all/$n"
	done
}

# Random input over the bytes that matter to the format: line ends of
# every kind, form feeds, BOMs, NUL, tabs, invalid UTF-8.
noise() {
	awk -v seed="$1" -v n="$2" 'BEGIN {
		srand(seed)
		split("a|b| |\n|\n|\r|\r\n|\f\n|\f\r\n|\f|\xef\xbb\xbf|\t|\xff|\xc3\xa9|2024-07-01T10:00:00Z\n|https://nos.nl/artikel/2530999-x\n|Binnenland\n|Deel artikel:\n", piece, "|")
		for (i = 0; i < n; i++) printf "%s", piece[int(rand() * 18) + 1]
	}'
}

@test "random input: the output reads back as the same articles, and again unchanged" {
	for seed in 1 2 3 4 5 6 7 8; do
		noise $seed 20000 > "$BATS_TEST_TMPDIR/in"
		run --separate-stderr sh -c 'artpick "$1" > "$1.out"' sh "$BATS_TEST_TMPDIR/in"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "" ]
		# the same articles: the same counts and header fields
		[ "$(artwc -pswmc "$BATS_TEST_TMPDIR/in.out")" = "$(artwc -pswmc "$BATS_TEST_TMPDIR/in" | sed "s|$BATS_TEST_TMPDIR/in|&.out|")" ]
		[ "$(arthdr -f title,date,url,tags "$BATS_TEST_TMPDIR/in.out" 2>/dev/null)" = "$(arthdr -f title,date,url,tags "$BATS_TEST_TMPDIR/in" 2>/dev/null)" ]
		# a stream artpick wrote passes through it unchanged
		artpick "$BATS_TEST_TMPDIR/in.out" | cmp - "$BATS_TEST_TMPDIR/in.out"
	done
	# without separators, byte for byte
	noise 9 20000 | tr '\f' 'x' > "$BATS_TEST_TMPDIR/in"
	artpick "$BATS_TEST_TMPDIR/in" | cmp - "$BATS_TEST_TMPDIR/in"
}

@test "huge lines and long runs pass unchanged" {
	awk 'BEGIN { printf "T\n2024-07-01T10:00:00Z\nhttps://nos.nl/artikel/2530998-x\n\n"; for (i = 0; i < 300000; i++) printf "woord%d ", i; printf "\r\n" }' > "$BATS_TEST_TMPDIR/huge"
	run --separate-stderr sh -c 'artpick -t "words > 299999" "$1" | cmp - "$1"' sh "$BATS_TEST_TMPDIR/huge"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	run --separate-stderr artpick -c -t 'words > 300000' "$BATS_TEST_TMPDIR/huge"
	[ "$output" = 0 ]
}

# held_apart FILE EXPR1 EXPR2: both tests select the article of FILE, over
# 25 MB, and copy it whole; the second holds it, the first not: its peak
# memory is smaller by more than 20 MB.
held_apart() {
	[ "$(wc -c < "$1")" -gt 25000000 ]
	/usr/bin/time -f %M -o "$1.rss1" artpick -t "$2" "$1" > "$1.out1"
	/usr/bin/time -f %M -o "$1.rss2" artpick -t "$3" "$1" > "$1.out2"
	cmp "$1.out1" "$1"
	cmp "$1.out2" "$1"
	# kilobytes
	[ $(( $(tail -n 1 "$1.rss2") - $(tail -n 1 "$1.rss1") )) -gt 20000 ]
}

@test "a test the header decides copies without holding the article" {
	[ -x /usr/bin/time ] || skip "no /usr/bin/time"
	awk 'BEGIN { printf "T\n2024-07-01T10:00:00Z\nhttps://nos.nl/artikel/2530997-x\n\n"; for (i = 0; i < 600000; i++) printf "een regel met wat woorden erin, nummer %d\n", i }' > "$BATS_TEST_TMPDIR/big"
	# the body test holds the 25 MB article, the header test not
	held_apart "$BATS_TEST_TMPDIR/big" 'id == "2530997"' 'words > 1'
}

@test "file names the article as artwc does, #1 included" {
	printf 'een\n\f\ntwee\n' > "$BATS_TEST_TMPDIR/two.txt"
	run --separate-stderr artpick -t "file == \"$BATS_TEST_TMPDIR/two.txt#1\"" "$BATS_TEST_TMPDIR/two.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "een" ]
	run --separate-stderr artpick -c -t "file == \"$BATS_TEST_TMPDIR/two.txt\"" "$BATS_TEST_TMPDIR/two.txt"
	[ "$output" = 0 ]
}

@test "random expressions: each parses or is a usage error with a column, never a crash" {
	# expressions of the grammar, a third of them with one byte changed
	awk '
	function pick(list,   a, n) { n = split(list, a, " "); return a[int(rand() * n) + 1] }
	function value() { return rand() < 0.5 ? int(rand() * 400) - 20 : "\"" pick("2024 Binnen ^[0-9]+$ a\\\"b ( x") "\"" }
	function expr(d,   r) {
		r = rand()
		if (d > 3 || r < 0.4) return pick("words utc tags id title paragraphs epoch wrods") " " pick("== != < <= > >= ~ !~") " " value()
		if (r < 0.6) return expr(d + 1) " && " expr(d + 1)
		if (r < 0.8) return expr(d + 1) " || " expr(d + 1)
		if (r < 0.9) return "!" expr(d + 1)
		return "(" expr(d + 1) ")"
	}
	BEGIN {
		srand(3)
		for (e = 0; e < 400; e++) {
			s = expr(0)
			if (rand() < 0.33) {
				i = int(rand() * length(s)) + 1
				s = substr(s, 1, i - 1) substr("()!~=<>&|\" x", int(rand() * 13) + 1, 1) substr(s, i + 1)
			}
			print s
		}
	}' > "$BATS_TEST_TMPDIR/exprs"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/exprs")" -eq 400 ]
	ok=0 bad=0
	while IFS= read -r expr; do
		run --separate-stderr artpick -c -t "$expr" "$P/zorg.txt"
		case $status in
		0) [ "$stderr" = "" ]; [[ "$output" = [01] ]]; ok=$((ok + 1)) ;;
		2) [ "$output" = "" ]; [[ "${stderr_lines[0]}" = "artpick: -t: column "[0-9]*": "* ]]
		   [ "${stderr_lines[1]}" = "  $expr" ]; bad=$((bad + 1)) ;;
		*) echo "status $status for: $expr"; false ;;
		esac
	done < "$BATS_TEST_TMPDIR/exprs"
	[ "$ok" -gt 100 ]
	[ "$bad" -gt 50 ]
}

@test "an empty last article keeps its place: the stream ends with a separator then" {
	: > "$BATS_TEST_TMPDIR/empty.txt"
	run --separate-stderr artpick "$P/zorg.txt" "$BATS_TEST_TMPDIR/empty.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$P/zorg.txt"; printf '\f\n\f')" ]
	artpick "$P/zorg.txt" "$BATS_TEST_TMPDIR/empty.txt" > "$BATS_TEST_TMPDIR/s"
	[ "$(artwc -w "$BATS_TEST_TMPDIR/s" | wc -l)" -eq 3 ]
	printf '\f\n\f\n\f\n' > "$BATS_TEST_TMPDIR/ff.txt"
	run --separate-stderr sh -c 'artpick "$1" | cmp - "$1"' sh "$BATS_TEST_TMPDIR/ff.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

# Dutch, English and German articles in one stream, made by hand: an
# English one with CRLF line ends, a German one without a final newline.
mixed() {
	cat "$P/zorg.txt"; printf '\f\n'
	cat "$S/en.txt"; printf '\f\n'
	cat "$S/de.txt"; printf '\f\n'
	cat "$P/storm-crlf.txt"; printf '\f\n'
	cat "$P/en-crlf.txt"; printf '\f\n'
	cat "$S/nl.txt"; printf '\f\n'
	cat "$P/de-nofinal.txt"
}

@test "-t lang: each article's own language, detected; the articles of one language copied byte for byte" {
	mixed > "$BATS_TEST_TMPDIR/m"
	{ cat "$S/en.txt"; printf '\f\n'; cat "$P/en-crlf.txt"; } > "$BATS_TEST_TMPDIR/en"
	{ cat "$S/de.txt"; printf '\f\n'; cat "$P/de-nofinal.txt"; } > "$BATS_TEST_TMPDIR/de"
	{ cat "$P/zorg.txt"; printf '\f\n'; cat "$P/storm-crlf.txt"; printf '\f\n'; cat "$S/nl.txt"; } > "$BATS_TEST_TMPDIR/nl"
	for lang in en de nl; do
		run --separate-stderr sh -c 'artpick -t "lang == \"$1\"" "$2" | cmp - "$3"' sh "$lang" "$BATS_TEST_TMPDIR/m" "$BATS_TEST_TMPDIR/$lang"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "" ]
	done
	# -v: all but the English, in their order
	run --separate-stderr sh -c 'artpick -v -t "lang == \"en\"" "$1" | arthdr -h -f lang' sh "$BATS_TEST_TMPDIR/m"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'nl\nde\nnl\nnl\nde')" ]
	# -l names the language of every article
	run --separate-stderr artpick -l nl -t 'lang == "en"' "$BATS_TEST_TMPDIR/m"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	run --separate-stderr sh -c 'artpick -l en -t "lang == \"en\"" "$1" | cmp - "$1"' sh "$BATS_TEST_TMPDIR/m"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "-c and -o with lang" {
	mixed > "$BATS_TEST_TMPDIR/m"
	while IFS='@' read -r expr want; do
		run --separate-stderr artpick -c -t "$expr" "$BATS_TEST_TMPDIR/m"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$want" ] || { echo "$expr: $output, not $want"; false; }
	done <<'EOT'
lang == "en"@2
lang == "de"@2
lang == "nl"@3
lang != "nl"@4
lang ~ "^(en|de)$" && sentences > 3@3
!(lang == "nl") || tags ~ "Binnen"@6
EOT
	run --separate-stderr artpick -c -v -t 'lang == "nl"' "$BATS_TEST_TMPDIR/m"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 4 ]
	# with -e: Smith is in one English body
	run --separate-stderr artpick -c -e Smith -t 'lang == "en"' "$BATS_TEST_TMPDIR/m"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
	mkdir "$BATS_TEST_TMPDIR/out"
	run --separate-stderr artpick -t 'lang == "de"' -o "$BATS_TEST_TMPDIR/out/%n.txt" "$BATS_TEST_TMPDIR/m"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	cmp "$BATS_TEST_TMPDIR/out/1.txt" "$S/de.txt"
	cmp "$BATS_TEST_TMPDIR/out/2.txt" "$P/de-nofinal.txt"
	[ "$(ls "$BATS_TEST_TMPDIR/out" | wc -l)" -eq 2 ]
}

@test "sentences and lang under -l auto are those arthdr gives, article by article" {
	mixed > "$BATS_TEST_TMPDIR/m"
	arthdr -h -f file,lang,sentences "$BATS_TEST_TMPDIR/m" > "$BATS_TEST_TMPDIR/auto"
	arthdr -h -l nl -f sentences "$BATS_TEST_TMPDIR/m" > "$BATS_TEST_TMPDIR/nl"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/auto")" -eq 7 ]
	n=0 other=0
	while IFS=$'\t' read -r name lang count <&3 && read -r nlcount <&4; do
		run --separate-stderr artpick -c -t "file == \"$name\" && lang == \"$lang\" && sentences == $count" "$BATS_TEST_TMPDIR/m"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = 1 ] || { echo "$name: not $lang with $count sentences"; false; }
		if [ "$nlcount" != "$count" ]; then
			# Dutch rules would have counted otherwise
			run --separate-stderr artpick -l nl -c -t "file == \"$name\" && sentences == $count" "$BATS_TEST_TMPDIR/m"
			[ "$status" -eq 0 ]
			[ "$output" = 0 ]
			other=$((other + 1))
		fi
		n=$((n + 1))
	done 3< "$BATS_TEST_TMPDIR/auto" 4< "$BATS_TEST_TMPDIR/nl"
	[ "$n" -eq 7 ]
	# the two English and the two German articles
	[ "$other" -eq 4 ]
}

@test "articles shorter than the detection window: each decided at its end, too little text falls back" {
	printf '%s\n\f\n' 'It was the end of the day and they would not be back.' \
	    'Het is niet zo dat de raad het wil, maar ze zijn er wel.' > "$BATS_TEST_TMPDIR/short"
	printf 'Gov. Smith came.' >> "$BATS_TEST_TMPDIR/short"
	run --separate-stderr artpick -t 'lang == "en"' "$BATS_TEST_TMPDIR/short"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 'It was the end of the day and they would not be back.' ]
	run --separate-stderr artpick -t 'lang == "nl"' "$BATS_TEST_TMPDIR/short"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n\f\n%s' 'Het is niet zo dat de raad het wil, maar ze zijn er wel.' 'Gov. Smith came.')" ]
	# the fallback is ARTKIT_LANG, and its rules count the sentences
	run --separate-stderr env ARTKIT_LANG=en artpick -t 'lang == "en" && sentences == 1' "$BATS_TEST_TMPDIR/short"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n\f\n%s' 'It was the end of the day and they would not be back.' 'Gov. Smith came.')" ]
	run --separate-stderr artpick -c -t 'sentences == 2' "$BATS_TEST_TMPDIR/short"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 1 ]
}

@test "a long article: its first 4096 bytes decide its language, and it is copied byte for byte" {
	# English lines with an English abbreviation, then Dutch ones
	awk 'BEGIN { printf "The council and the city\r\n2026-03-04T10:00:00Z\r\nhttps://example.com/news/2600104-council\r\n\r\n"
		for (i = 0; i < 12000; i++) printf "It was the %dth time that Gov. Smith said it to the council, and they would not listen.\r\n", i
		for (i = 0; i < 2000; i++) printf "Het is niet zo dat de raad het wil, maar ze zijn er wel.\r\n" }' > "$BATS_TEST_TMPDIR/long"
	[ "$(wc -c < "$BATS_TEST_TMPDIR/long")" -gt 1000000 ]
	{ cat "$P/zorg.txt"; printf '\f\n'; cat "$BATS_TEST_TMPDIR/long"; printf '\f\n'; cat "$S/nl.txt"; } > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr sh -c 'artpick -t "lang == \"en\"" "$1" | cmp - "$2"' sh "$BATS_TEST_TMPDIR/s" "$BATS_TEST_TMPDIR/long"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	count=$(arthdr -h -f sentences "$BATS_TEST_TMPDIR/long")
	[ "$count" != "$(arthdr -h -l nl -f sentences "$BATS_TEST_TMPDIR/long")" ]
	run --separate-stderr sh -c 'artpick -t "sentences == $3" "$1" | cmp - "$2"' sh "$BATS_TEST_TMPDIR/s" "$BATS_TEST_TMPDIR/long" "$count"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	run --separate-stderr artpick -c -t 'lang == "nl"' "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 2 ]
}

@test "a test of lang decides once the language is known, and copies without holding the article" {
	[ -x /usr/bin/time ] || skip "no /usr/bin/time"
	awk 'BEGIN { printf "The mayor of the city\n2026-03-04T10:00:00Z\nhttps://example.com/news/2600105-mayor\n\n"; for (i = 0; i < 600000; i++) printf "It was the first time that he said it to the council, number %d.\n", i }' > "$BATS_TEST_TMPDIR/big"
	# the count holds the 25 MB article, the language not
	held_apart "$BATS_TEST_TMPDIR/big" 'lang == "en"' 'lang == "en" && words > 1'
	run --separate-stderr artpick -t 'lang == "nl"' "$BATS_TEST_TMPDIR/big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}
