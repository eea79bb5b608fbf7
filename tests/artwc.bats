#!/usr/bin/env bats
# artwc: paragraphs, words, characters and bytes per article.

bats_require_minimum_version 1.5.0
load test_helper

F="$BATS_TEST_DIRNAME/fixtures/artwc"
S="$F/stream.txt"

setup_file() {
	# the corpus generator of the benchmarks makes the long streams
	cc -O2 -o "$BATS_FILE_TMPDIR/gen-corpus" "$BATS_TEST_DIRNAME/../bench/gen-corpus.c"
}

# Bytes and characters of lines $2 to $3 of file $1, each with its newline,
# as wc counts them.
wcbytes() { sed -n "$2,$3p" "$1" | wc -c; }
wcchars() { sed -n "$2,$3p" "$1" | wc -m; }

@test "default: paragraphs, words and characters, a row per article and a total" {
	run --separate-stderr artwc "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	c1=$(wcchars "$S" 5 8) c2=$(wcchars "$S" 12 13) c3=$(wcchars "$S" 19 19)
	size=$(wc -c < "$S")
	w=${#size}
	[ "$output" = "$(printf "%${w}d %${w}d %${w}d %s\n" \
	    3 22 "$c1" "$S#1" 2 13 "$c2" "$S#2" 1 9 "$c3" "$S#3" \
	    6 44 $((c1 + c2 + c3)) total)" ]
}

@test "columns come in a fixed order, whatever the order of the options" {
	run --separate-stderr artwc -cw "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$(printf '%3d %3d %s' 22 "$(wcbytes "$S" 5 8)" "$S#1")" ]
	run --separate-stderr artwc -m -p "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[2]}" = "$(printf '%3d %3d %s' 1 "$(wcchars "$S" 19 19)" "$S#3")" ]
}

@test "one count of one article is not padded, as in wc" {
	sed -n 1,10p "$S" > "$BATS_TEST_TMPDIR/one.txt"
	run --separate-stderr artwc -w "$BATS_TEST_TMPDIR/one.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "22 $BATS_TEST_TMPDIR/one.txt" ]
}

@test "-T adds the title" {
	run --separate-stderr artwc -pwcT "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$(printf '%3d %3d %3d %s' 4 28 $(($(wcbytes "$S" 1 1) + $(wcbytes "$S" 5 8))) "$S#1")" ]
	[ "${lines[1]}" = "$(printf '%3d %3d %3d %s' 2 13 "$(wcbytes "$S" 12 13)" "$S#2")" ]
	[ "${lines[2]}" = "$(printf '%3d %3d %3d %s' 2 14 $(($(wcbytes "$S" 15 15) + $(wcbytes "$S" 19 19))) "$S#3")" ]
}

@test "-j: JSON Lines with the counted keys only, and no total" {
	run --separate-stderr artwc -j -wc "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '{"file":"%s","words":%d,"bytes":%d}\n' \
	    "$S#1" 22 "$(wcbytes "$S" 5 8)" "$S#2" 13 "$(wcbytes "$S" 12 13)" \
	    "$S#3" 9 "$(wcbytes "$S" 19 19)")" ]
}

@test "-j names standard input -" {
	run --separate-stderr sh -c 'sed -n 12,13p "$1" | artwc -j' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "{\"file\":\"-\",\"paragraphs\":2,\"words\":13,\"chars\":$(wcchars "$S" 12 13)}" ]
}

@test "standard input is read with no operand and with -; its columns are 7 wide" {
	run --separate-stderr sh -c 'artwc < "$1"; artwc -w - < "$1"' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$(printf '%7d %7d %7d %s' 3 22 "$(wcchars "$S" 5 8)" '-#1')" ]
	[ "${lines[3]}" = "$(printf '%7d %7d %7d %s' 6 44 $(($(wcchars "$S" 5 8) + $(wcchars "$S" 12 13) + $(wcchars "$S" 19 19))) total)" ]
	[ "${lines[4]}" = "22 -#1" ]
	[ "${lines[7]}" = "44 total" ]
}

@test "an empty file has a row of zeros" {
	: > "$BATS_TEST_TMPDIR/empty.txt"
	run --separate-stderr artwc "$BATS_TEST_TMPDIR/empty.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "0 0 0 $BATS_TEST_TMPDIR/empty.txt" ]
}

@test "characters are code points; a byte that is not UTF-8 counts as one" {
	printf 'a\377b \303\251 \342\202\n' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr artwc -wmc "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = " 3  9 10 $BATS_TEST_TMPDIR/bad.txt" ]
}

@test "CRLF, a BOM, NUL bytes and a missing final newline keep the words" {
	printf 'Een twee drie.\nVier, vijf.\n' > "$BATS_TEST_TMPDIR/plain.txt"
	printf '\357\273\277Een twee drie.\r\nVier, vijf.' > "$BATS_TEST_TMPDIR/odd.txt"
	printf 'Een twee\0drie.\nVier, vijf.\n' > "$BATS_TEST_TMPDIR/nul.txt"
	run --separate-stderr artwc -pw "$BATS_TEST_TMPDIR/plain.txt" "$BATS_TEST_TMPDIR/odd.txt" "$BATS_TEST_TMPDIR/nul.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%2d %2d %s\n' 2 5 "$BATS_TEST_TMPDIR/plain.txt" 2 5 "$BATS_TEST_TMPDIR/odd.txt" 2 5 "$BATS_TEST_TMPDIR/nul.txt" 6 15 total)" ]
}

@test "-s counts the sentences artsent prints, the title with -T as one" {
	printf 'Kop: een vraag? Ja\n2024-05-01T10:00:00+0200\nhttps://nos.nl/artikel/1-kop\n\nDr. Jansen kwam. Hij bleef.\n\nEen derde zin.\n' > "$BATS_TEST_TMPDIR/s.txt"
	run --separate-stderr artwc -s "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "3 $BATS_TEST_TMPDIR/s.txt" ]
	run --separate-stderr artwc -sT "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "4 $BATS_TEST_TMPDIR/s.txt" ]
}

@test "a write error is reported: a full disk" {
	run --separate-stderr sh -c 'artwc "$1" > /dev/full' sh "$S"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "artwc: <stdout>: No space left on device" ]
}

@test "a missing file or a directory is reported and the others are still counted" {
	run --separate-stderr artwc -w "$BATS_TEST_TMPDIR/none.txt" "$S" "$BATS_TEST_TMPDIR"
	[ "$status" -eq 1 ]
	[ "$stderr" = "artwc: $BATS_TEST_TMPDIR/none.txt: No such file or directory
artwc: $BATS_TEST_TMPDIR: Is a directory" ]
	[ "${lines[3]}" = "$(printf "%7d total" 44)" ]
	[ "${#lines[@]}" -eq 4 ]
}

@test "usage errors exit 2" {
	run --separate-stderr artwc -x
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr##*$'\n'}" = "Usage: artwc [-cjmNpswTV] [-a file] [-l auto|nl|en|de] [file ...]" ]
}

@test "-V prints the version" {
	run --separate-stderr artwc -V
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" =~ ^artwc\ \(artkit\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
}

# The words artwc counts are the tokens arttok prints.
words() { artwc -w "$1" | tail -n 1 | awk '{ print $1 }'; }

@test "arttok F | wc -l equals artwc -w F for every fixture" {
	n=0
	for f in "$BATS_TEST_DIRNAME"/fixtures/*/*.txt; do
		a=$(arttok "$f" | wc -l) b=$(words "$f")
		[ "$a" -eq "$b" ] || { echo "$f: arttok $a, artwc $b"; false; }
		a=$(arttok -T "$f" | wc -l) b=$(artwc -wT "$f" | tail -n 1 | awk '{ print $1 }')
		[ "$a" -eq "$b" ] || { echo "$f -T: arttok $a, artwc $b"; false; }
		n=$((n + 1))
	done
	[ "$n" -gt 10 ]
}

@test "arttok F | wc -l equals artwc -w F on a stream of 1000 generated articles" {
	"$BATS_FILE_TMPDIR/gen-corpus" -s 7 -a 1000 > "$BATS_TEST_TMPDIR/corpus.txt"
	[ "$(grep -c "$(printf '^\f$')" "$BATS_TEST_TMPDIR/corpus.txt")" -eq 999 ]
	run --separate-stderr artwc -w "$BATS_TEST_TMPDIR/corpus.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 1001 ]
	[ "${lines[1000]##* }" = "total" ]
	total=$(printf '%s\n' "${lines[1000]}" | awk '{ print $1 }')
	[ "$total" -gt 300000 ]
	[ "$(arttok "$BATS_TEST_TMPDIR/corpus.txt" | wc -l)" -eq "$total" ]
	# every row, too
	[ "$(printf '%s\n' "${lines[@]}" | sed '$d' | awk '{ s += $1 } END { print s }')" -eq "$total" ]
}

@test "the same holds on random bytes" {
	# deterministic noise: bytes of every value, lines of every length
	awk 'BEGIN { srand(11); for (i = 0; i < 200000; i++) printf "%c", int(rand() * 256) }' \
	    > "$BATS_TEST_TMPDIR/random.bin"
	[ "$(wc -c < "$BATS_TEST_TMPDIR/random.bin")" -eq 200000 ]
	a=$(arttok -T "$BATS_TEST_TMPDIR/random.bin" | wc -l)
	run --separate-stderr artwc -wT "$BATS_TEST_TMPDIR/random.bin"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$a" -gt 1000 ]
	[ "$(printf '%s\n' "$output" | tail -n 1 | awk '{ print $1 }')" -eq "$a" ]
}

@test "the man page's examples on the sample article run" {
	cd "$ARTKIT_TOP"
	# the sample's body is lines 5 to 11; each of its blank-separated
	# pieces holds one word
	w=$(sed -n 5,11p examples/sample.txt | wc -w)
	m=$(sed -n 5,11p examples/sample.txt | wc -m)
	run --separate-stderr artwc examples/sample.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%4d %4d %4d examples/sample.txt' 7 "$w" "$m")" ]
	run --separate-stderr sh -c "artwc -w examples/sample.txt | cut -d ' ' -f 1"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$w" ]
	run --separate-stderr sh -c "artwc -w examples/sample.txt \"\$1\" | sed '\$d' | sort -rn | head -n 5" sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$(printf '%4d examples/sample.txt' "$w")" ]
	[ "${#lines[@]}" -eq 4 ]
	run --separate-stderr sh -c "artwc -j -w examples/sample.txt \"\$1\" | jq -s 'map(.words) | add'" sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq $((w + 44)) ]
}

@test "a tab or newline in a file name is escaped as arthdr escapes it" {
	printf 'een twee\n' > "$BATS_TEST_TMPDIR/a	b
c.txt"
	run --separate-stderr artwc -w "$BATS_TEST_TMPDIR/a	b
c.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "2 $BATS_TEST_TMPDIR/a\\tb\\nc.txt" ]
	[ "${output#2 }" = "$(arthdr -N -f file "$BATS_TEST_TMPDIR/a	b
c.txt" 2>/dev/null)" ]
}

@test "-N is accepted: the name column is always there" {
	run --separate-stderr artwc -N -w "$FIXTURES/arthdr/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artwc -w "$FIXTURES/arthdr/normal.txt")" ]
	[ "${output#* }" = "$FIXTURES/arthdr/normal.txt" ]
}
