#!/usr/bin/env bats
# Guarantees the manual pages state without a limit, held to at any run
# length: artstrip's audit and idempotence, plain text that stays plain,
# closed standard input, memory bounded by the longest line.

bats_require_minimum_version 1.5.0
load test_helper

G="$FIXTURES/guarantees"

# The line numbers artstrip -v lists, one per line.
listed() {
	artstrip -v "$1" | awk -F: '{ print $2 }'
}

# Non-empty lines of $1 that are not form feeds, without the line numbers
# in file $2.
unlisted() {
	awk -v skip="$2" 'BEGIN { while ((getline n < skip) > 0) gone[n] = 1 }
	    !(FNR in gone) && $0 != "" && $0 != "\f"' "$1"
}

# The same guarantees on one file; prints what went wrong.  With a
# second file, line for line the first as artstrip keeps it (composed,
# references decoded), the lines not listed must be kept in that form.
check_stream() {
	local f="$1" want="${2:-$1}" t="$BATS_TEST_TMPDIR"
	artstrip "$f" > "$t/once" || { echo "artstrip failed"; return 1; }
	artstrip "$t/once" > "$t/twice" || { echo "second artstrip failed"; return 1; }
	cmp -s "$t/once" "$t/twice" || { echo "not idempotent"; diff "$t/once" "$t/twice" | head; return 1; }
	listed "$f" > "$t/listed"
	# each line at most once, in the input
	[ "$(sort "$t/listed" | uniq -d | wc -l)" -eq 0 ] || { echo "a line listed twice"; return 1; }
	[ "$(wc -l < "$want")" -eq "$(wc -l < "$f")" ] || { echo "the kept forms do not match the lines"; return 1; }
	unlisted "$want" "$t/listed" > "$t/rest"
	grep -v -x -e '' -e "$(printf '\f')" "$t/once" > "$t/kept" || true
	cmp -s "$t/rest" "$t/kept" || { echo "audit and output do not add up"; diff "$t/rest" "$t/kept" | head; return 1; }
}

@test "artstrip: idempotent and its audit lossless on 400 generated streams with runs of 0-200 lines" {
	local seed n=0 nfd=0
	for seed in $(seq 1 400); do
		awk -v seed="$seed" -v want="$BATS_TEST_TMPDIR/w.txt" -f "$G/gen-stream.awk" > "$BATS_TEST_TMPDIR/s.txt"
		check_stream "$BATS_TEST_TMPDIR/s.txt" "$BATS_TEST_TMPDIR/w.txt" || { echo "seed $seed"; return 1; }
		cmp -s "$BATS_TEST_TMPDIR/s.txt" "$BATS_TEST_TMPDIR/w.txt" || nfd=$((nfd + 1))
		n=$((n + 1))
	done
	[ "$n" -eq 400 ]
	# most streams hold lines that composing or decoding changes
	[ "$nfd" -gt 300 ]
}

@test "artstrip -v: a label before 64 removed lines is still listed, and every removed line" {
	f=$(mkarticle a.txt "Titel" 2024-01-01T10:00:00Z https://e.nl/1 <<-'EOF'
	Tekst hier.
	Binnenland
	EOF
	)
	for i in $(seq 64); do echo "Foto: ANP"; done >> "$f"
	run --separate-stderr artstrip -v "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 65 ]
	[ "${lines[0]}" = "$f:6:trailer:Binnenland" ]
	[ "${lines[64]}" = "$f:70:photo:Foto: ANP" ]
	run --separate-stderr artstrip "$f"
	[ "$output" = "$(printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nTekst hier.')" ]
}

@test "artstrip: any number of labels after the text, the second pass changes nothing" {
	local n
	for n in 1 6 7 15 16 17 32 33 100; do
		f=$(mkarticle l.txt "Titel" 2024-01-01T10:00:00Z https://e.nl/1 <<< "Tekst hier.")
		for i in $(seq "$n"); do echo "Binnenland"; done >> "$f"
		artstrip "$f" > "$BATS_TEST_TMPDIR/once"
		run --separate-stderr artstrip "$BATS_TEST_TMPDIR/once"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$(cat "$BATS_TEST_TMPDIR/once")" ] || { echo "$n labels"; false; }
		# at most sixteen candidates are a trailer; more are a list
		kept=$(grep -c -x Binnenland "$BATS_TEST_TMPDIR/once" || true)
		if [ "$n" -le 16 ]; then [ "$kept" -eq 0 ]; else [ "$kept" -eq "$n" ]; fi
	done
}

@test "plain text stays plain through artjson and back" {
	printf 'Hallo daar.\n\n2024-01-01 10:00\nTweede alinea.\n' > "$BATS_TEST_TMPDIR/p.txt"
	artjson "$BATS_TEST_TMPDIR/p.txt" | artjson -d > "$BATS_TEST_TMPDIR/back"
	run --separate-stderr artjson "$BATS_TEST_TMPDIR/back"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == *'"title":null'* ]]
	[[ "$output" == *'"body":["Hallo daar.","2024-01-01 10:00","Tweede alinea."]'* ]]
}

@test "a URL on line 2 makes a header only before an empty line 3" {
	printf 'Een gewone zin hier.\nhttps://nos.nl/artikel/1\nNog een gewone zin.\n' > "$BATS_TEST_TMPDIR/u.txt"
	run --separate-stderr artsent "$BATS_TEST_TMPDIR/u.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Een gewone zin hier.\nhttps://nos.nl/artikel/1\nNog een gewone zin.')" ]
	printf 'Titel\nhttps://nos.nl/artikel/1\n\nTekst.\n' > "$BATS_TEST_TMPDIR/h.txt"
	run --separate-stderr arthdr -f title,url "$BATS_TEST_TMPDIR/h.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arthdr: $BATS_TEST_TMPDIR/h.txt:2: no timestamp" ]
	[ "$output" = "$(printf 'Titel\thttps://nos.nl/artikel/1')" ]
}

@test "an empty title before a timestamp is a header with an empty title" {
	printf '\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nTekst.\n' > "$BATS_TEST_TMPDIR/e.txt"
	run --separate-stderr arthdr -f title,utc,url "$BATS_TEST_TMPDIR/e.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '\t2024-01-01T10:00:00Z\thttps://e.nl/1')" ]
}

@test "artjson -d: title-only and date-only objects read back as written" {
	printf '%s\n' '{"title":"Alleen een titel","paragraphs":["Tekst."]}' \
	    '{"date":"2024-01-01T10:00:00Z","paragraphs":["Tekst."]}' \
	    '{"url":"https://e.nl/1"}' > "$BATS_TEST_TMPDIR/j"
	artjson -d "$BATS_TEST_TMPDIR/j" > "$BATS_TEST_TMPDIR/s"
	run --separate-stderr artjson "$BATS_TEST_TMPDIR/s"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 3 ]
	# a title alone cannot make a header: it is the first paragraph
	[[ "${lines[0]}" == *'"title":null'*'"body":["Alleen een titel","Tekst."]'* ]]
	[[ "${lines[1]}" == *'"title":"","date":"2024-01-01T10:00:00Z"'*'"body":["Tekst."]'* ]]
	[[ "${lines[2]}" == *'"title":"",'*'"url":"https://e.nl/1"'* ]]
}

@test "a - operand with standard input closed is an error for it alone" {
	printf 'Een zin.\n' > "$BATS_TEST_TMPDIR/f.txt"
	run --separate-stderr sh -c 'artwc "$1" - <&-' sh "$BATS_TEST_TMPDIR/f.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "artwc: <stdin>: Bad file descriptor" ]
	[ "${lines[0]}" = "$(printf '%7s %7s %7s %s' 1 2 9 "$BATS_TEST_TMPDIR/f.txt")" ]
	[[ "$output" != *" -"* ]]
	run --separate-stderr sh -c 'artstrip -r 2 "$1" - <&-' sh "$BATS_TEST_TMPDIR/f.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "artstrip: <stdin>: Bad file descriptor" ]
	[ "$output" = "Een zin." ]
}

@test "artstrip -v escapes a tab or newline in a file name" {
	f="$BATS_TEST_TMPDIR/a	b
c.txt"
	printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nTekst.\nFoto: ANP\n' > "$f"
	run --separate-stderr artstrip -v "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$BATS_TEST_TMPDIR/a\\tb\\nc.txt:6:photo:Foto: ANP" ]
}

# Peak memory of programs on blank lines of 10 MB: bounded by a few times
# the longest line, however many there are.
memtest() {
	"$ARTKIT_BIN/tests/bin/maxrss" "$@"
}

@test "memory: 17 blank 10 MB lines in artwc, a label and 70 in artstrip -v" {
	case "$ARTKIT_BIN" in
	*/san/*) skip "peak memory is not measured under sanitizers or valgrind" ;;
	esac
	f=$(mkarticle m.txt "Titel" 2024-01-01T10:00:00Z https://e.nl/1 <<< "Tekst hier.")
	echo Binnenland >> "$f"
	head -c 10000000 /dev/zero | tr '\0' ' ' > "$BATS_TEST_TMPDIR/blank"
	echo >> "$BATS_TEST_TMPDIR/blank"
	for i in $(seq 70); do cat "$BATS_TEST_TMPDIR/blank"; done >> "$f"
	run --separate-stderr memtest 65536 artwc "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%9s %9s %9s %s' 1 2 700000082 "$f")" ]
	run --separate-stderr memtest 65536 artstrip -v "$f"
	[ "$status" -eq 0 ]
	[ "${#lines[@]}" -eq 71 ]
	run --separate-stderr memtest 65536 artstrip "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nTekst hier.')" ]
}

# Under -l auto an article is held until its language is decided, from
# the first 4096 bytes of text: empty lines hold no text, and however many
# come first, what is held for them stays small.
@test "memory: four million empty lines before the text while the language is decided" {
	case "$ARTKIT_BIN" in
	*/san/*) skip "peak memory is not measured under sanitizers or valgrind" ;;
	esac
	local s1="The minister said that it would not be the end of the matter."
	local s2="They would have to wait and see what the others were going to do with it."
	f=$(mkarticle e.txt "Title" 2024-01-01T10:00:00Z https://e.nl/1 < /dev/null)
	{ head -c 4000000 /dev/zero | tr '\0' '\n'; echo "$s1 $s2"; } >> "$f"
	run --separate-stderr memtest 16384 artsent "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%s\n%s' "$s1" "$s2")" ]
	run --separate-stderr memtest 16384 artwc -s "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "2 $f" ]
	run --separate-stderr memtest 16384 arthdr -f lang,sentences "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'en\t2')" ]
	run --separate-stderr memtest 16384 arttok -s "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%s\n' $s1 | tr -d .; echo; printf '%s\n' $s2 | tr -d .)" ]
	run --separate-stderr memtest 16384 artwc "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '%7s %7s %7s %s' 1 29 4000136 "$f")" ]
}
