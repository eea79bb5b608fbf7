#!/usr/bin/env bats
# Bad input for every program: empty and degenerate files, random bytes,
# NUL bytes, invalid UTF-8, CR line ends, a 100 MB line, a million
# paragraphs, files that cannot be read, a full disk and a closed pipe.
# No program may crash; each exits with its documented status and
# message, still processes the good files, and loses no text where it
# passes text through.
#
# The programs are every art* program that was built, so a new program is
# covered as soon as it exists: what this file knows about a program it
# checks exactly, and of one it does not know yet it checks what all share.

bats_require_minimum_version 1.5.0
load test_helper

D="$BATS_FILE_TMPDIR"
NOHDR='no article header (line 2 is no timestamp, nor a URL before an empty line)'

# The programs under test, one per line.
programs() {
	local f
	for f in "$ARTKIT_BIN"/art*; do
		[ -f "$f" ] && [ -x "$f" ] && printf '%s\n' "${f##*/}"
	done
	return 0
}

# COUNT pseudo-random bytes from a fixed SEED (a Lehmer generator, the same
# in every awk): randbytes SEED COUNT
randbytes() {
	awk -v seed="$1" -v n="$2" 'BEGIN {
		x = seed
		for (i = 0; i < n; i++) {
			x = (x * 16807) % 2147483647
			printf "\\%03o", int(x / 8388608)
			if (i % 1024 == 1023)
				printf "\n"
		}
		printf "\n"
	}' | while IFS= read -r l; do printf "$l"; done
}

# The text without ASCII white space, to compare text modulo white space.
nows() {
	LC_ALL=C tr -d ' \t\n\v\f\r'
}

# Non-empty lines, lines ending at LF, CR LF or CR: nonempty < file
nonempty() {
	tr '\r' '\n' | LC_ALL=C grep -acv '^$'
}

# artwc rows with the column padding squeezed out.
squeeze() {
	sed -e 's/^ *//' -e 's/  */ /g'
}

setup_file() {
	cd "$D"
	[ -n "$(programs)" ] || { echo "no programs in $ARTKIT_BIN" >&2; return 1; }
	printf 'Kabinet wil meer woningen\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-kabinet-wil-meer-woningen\n\nHet kabinet wil dat er volgend jaar meer woningen komen.\nDe Tweede Kamer praat er volgende week over.\nBinnenland\nDeel artikel:\n' > good1.txt
	printf 'Storm trekt over het land\n2024-06-20T08:00:00Z\nhttps://www.nu.nl/weer/6312345/storm-trekt-over-het-land.html\n\nHet KNMI heeft code oranje afgegeven voor de kust.\n' > good2.txt
	: > empty.txt
	printf '\n' > newline.txt
	printf '\f\n\f\n\f\n' > formfeeds.txt
	printf '\f\f\f' > formfeeds-raw.txt
	randbytes 20240619 262144 > random.bin
	# the same without the bytes that begin the Unicode spaces and the
	# byte order mark, so that nows() removes all white space from it
	LC_ALL=C tr -d '\302\341\342\343\357' < random.bin > random-text.bin
	printf 'Ti\0tel met NUL\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-titel\n\nEen alinea met een \0 NUL-byte erin.\nTweede alinea.\n' > nul.txt
	printf 'Ongeldig \200 in de titel\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-titel\n\nLosse \200\277 vervolgbytes.\nOverlong \300\257 en \340\200\257 en \360\200\200\257 hier.\nSurrogaten \355\240\200 en \355\277\277 en te groot \364\220\200\200 daar.\nAfgekapt aan het eind: \342\202' > invalid.txt
	printf 'Titel\r2024-06-19T21:55:01+0200\rhttps://nos.nl/artikel/2525318-titel\r\rEen alinea.\rTwee alinea.\rBuitenland\rDeel artikel:\r' > cr.txt
	# LF lines first, then a CR and a CR LF before the next LF, in one
	# read: a line must end at the first of them
	printf 'Titel\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-titel\n\nEen alinea.\nTwee alinea.\rDrie alinea.\r\nVier alinea.\nBuitenland\rDeel artikel:\n' > mixed-ends.txt
	# one paragraph of 99,999,991 bytes: 2,439,025 sentences, 17,073,169 words
	{ yes 'Het kabinet bouwt in 2025 meer woningen.' | head -n 2439024 | tr '\n' ' '
	  printf 'Einde.\n'; } > bigline.txt
	yes woord | head -n 1000000 > words.txt
	# 32,768 articles in one stream, for a closed pipe
	{ cat good1.txt; printf '\f\n'; } > stream.txt
	for i in 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15; do
		cat stream.txt stream.txt > stream2.txt && mv stream2.txt stream.txt
	done
	mkdir -p adir
}

setup() {
	cd "$D"
	OUT="$BATS_TEST_TMPDIR/out"
	export OUT
}

# Tests too slow for memcheck (make check-valgrind) say so and skip.
slow() {
	if [ -n "${ARTKIT_VALGRIND:-}" ]; then
		skip "too slow under valgrind"
	fi
}

# Run a program with its standard output into $OUT (it may hold NUL bytes).
runo() {
	run --separate-stderr sh -c 'p=$1; shift; exec "$p" "$@" > "$OUT"' sh "$@"
}

# check PROG STATUS STDERR [STDOUT]: the last run ended with STATUS (not a
# signal) and wrote exactly STDERR and STDOUT; on a mismatch say which
# program did what.
check() {
	if [ "$status" -ge 128 ]; then
		printf '%s: killed by signal %d\nstderr: %s\n' "$1" $((status - 128)) "$stderr"
		return 1
	fi
	if [ "$status" != "$2" ]; then
		printf '%s: exit %s, not %s\nstderr: %s\n' "$1" "$status" "$2" "$stderr"
		return 1
	fi
	if [ "$stderr" != "$3" ]; then
		printf '%s: stderr\n%s\nnot\n%s\n' "$1" "$stderr" "$3"
		return 1
	fi
	if [ $# -ge 4 ] && [ "$output" != "$4" ]; then
		printf '%s: stdout\n%s\nnot\n%s\n' "$1" "$output" "$4"
		return 1
	fi
}

# For a program this file does not know: no crash, exit 0 or 1, and every
# message in the form "prog: ...".
check_any() {
	local line
	if [ "$status" -ge 128 ] || [ "$status" -gt 1 ]; then
		printf '%s: exit %s\nstderr: %s\n' "$1" "$status" "$stderr"
		return 1
	fi
	while IFS= read -r line; do
		case $line in
		"$1: "*) ;;
		*) printf '%s: message not in the form "%s: ...": %s\n' "$1" "$1" "$line"
		   return 1 ;;
		esac || return 1
	done <<< "$stderr"
}

# same FILE EXPECTED-FILE WHAT: the files are equal byte for byte.
same() {
	cmp -s "$1" "$2" || { printf '%s: output differs from the input\n' "$3"; cmp "$1" "$2"; return 1; }
}

# A JSON row of artjson for plain text: json_plain NAME PARAGRAPHS-ARRAY
json_plain() {
	printf '{"file":"%s","title":null,"date":null,"utc":null,"epoch":null,"url":null,"id":null,"tags":null,"lang":"nl","body":%s}' "$1" "$2"
}

# The row arthdr writes for a file without a header (in $OUT), and its
# message: nohdr_row FILE
nohdr_row() {
	check arthdr 1 "arthdr: $1:1: $NOHDR" "" && printf '\t\t\n' | same "$OUT" - arthdr
}

# artjson's output (in $OUT) is one line that decodes back to FILE:
# roundtrip FILE
roundtrip() {
	check artjson 0 "" "" && [ "$(wc -l < "$OUT")" -eq 1 ] || return 1
	run --separate-stderr sh -c 'artjson -d < "$OUT" | cmp - "$1"' sh "$1"
	check "artjson -d" 0 "" ""
}

# nothing_in FILE CHARS: each program on a file that holds no text, which
# artwc counts as CHARS characters.
nothing_in() {
	local p
	for p in $(programs); do
		run --separate-stderr "$p" "$1"
		case $p in
		arthdr) check "$p" 1 "arthdr: $1:1: $NOHDR" "$(printf '\t')	" ;;
		artwc) check "$p" 0 "" "0 0 $2 $1" ;;
		artjson) check "$p" 0 "" "$(json_plain "$1" '[]')" ;;
		artstrip|artsent|arttok|artfreq) check "$p" 0 "" "" ;;
		artpick) runo "$p" "$1"; check "$p" 0 "" && same "$OUT" "$1" "$p" ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

@test "an empty file" {
	nothing_in empty.txt 0
}

@test "a file of only a newline" {
	nothing_in newline.txt 1
}

@test "a line of form feeds is white space, not a separator" {
	nothing_in formfeeds-raw.txt 4
}

@test "a file of only form-feed lines: three empty articles" {
	for p in $(programs); do
		run --separate-stderr "$p" formfeeds.txt
		case $p in
		arthdr)
			check "$p" 1 "${stderr}" "$(printf '\t\t\n\t\t\n\t\t')" || return 1
			[ "${#stderr_lines[@]}" -eq 3 ]
			for l in "${stderr_lines[@]}"; do
				[[ $l =~ ^arthdr:\ formfeeds\.txt:[0-9]+:\ no\ article\ header ]]
			done ;;
		artwc)
			run --separate-stderr sh -c 'artwc formfeeds.txt | sed -e "s/^ *//" -e "s/  */ /g"'
			check "$p" 0 "" "$(printf '0 0 0 formfeeds.txt#1\n0 0 0 formfeeds.txt#2\n0 0 0 formfeeds.txt#3\n0 0 0 total')" ;;
		artjson)
			check "$p" 0 "" "$(json_plain 'formfeeds.txt#1' '[]'; echo; json_plain 'formfeeds.txt#2' '[]'; echo; json_plain 'formfeeds.txt#3' '[]')" ;;
		artstrip)
			# every article keeps its place, the input comes back
			runo "$p" formfeeds.txt
			check "$p" 0 "" "" && same "$OUT" formfeeds.txt "$p" ;;
		artsent)
			check "$p" 0 "" "$(printf '\f\n\f')" ;;
		artpick)
			runo "$p" formfeeds.txt
			check "$p" 0 "" && same "$OUT" formfeeds.txt "$p" ;;
		arttok|artfreq)
			check "$p" 0 "" "" ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

# 256 KiB of random bytes (fixed seed), all of it one plain-text article.
@test "random bytes" {
	local n words sents
	for p in $(programs); do
		runo "$p" random.bin
		case $p in
		artpick) check "$p" 0 "" && same "$OUT" random.bin "$p" ;;
		arthdr)
			check "$p" 1 "arthdr: random.bin:1: $NOHDR" "" &&
			[ "$(od -An -c "$OUT" | tr -d ' \n')" = '\t\t\n' ] ;;
		artstrip)
			# lossless audit: every non-empty line kept or listed
			check "$p" 0 "" "" || return 1
			n=$(nonempty < "$OUT")
			run --separate-stderr sh -c 'artstrip -v random.bin | LC_ALL=C grep -ac ""'
			check "$p -v" 0 "" "$(($(nonempty < random.bin) - n))" || return 1
			# idempotent
			run --separate-stderr sh -c 'artstrip < "$OUT" | cmp - "$OUT"'
			check "$p twice" 0 "" "" ;;
		artwc)
			check "$p" 0 "" "" || return 1
			# bytes: every byte of the body, CR before LF not counted
			# and a line end added to the unfinished last line
			n=$(( $(wc -c < random.bin) - $(LC_ALL=C grep -ac $'\r$' random.bin) + 1 ))
			run --separate-stderr artwc -c random.bin
			check "$p -c" 0 "" "$n random.bin" ;;
		artsent|arttok)
			check "$p" 0 "" "" ;;
		artfreq)
			# every word counted: the counts add up to arttok's lines
			check "$p" 0 "" "" &&
			[ "$(awk -F '\t' '{ n += $1 } END { print n + 0 }' "$OUT")" -eq "$(arttok random.bin | wc -l)" ] ;;
		artjson)
			# valid JSON: the strict decoder takes it
			check "$p" 0 "" "" || return 1
			[ "$(wc -l < "$OUT")" -eq 1 ]
			run --separate-stderr sh -c 'artjson -d < "$OUT" > /dev/null'
			check "$p -d" 0 "" "" || return 1
			# and as JSON Lines input: each line not blank is reported
			run --separate-stderr artjson -d random.bin
			check "$p -d" 1 "$stderr" "" || return 1
			[ "${#stderr_lines[@]}" -eq "$(tr '\r' '\n' < random.bin | LC_ALL=C grep -acv $'^[ \t]*$')" ]
			for l in "${stderr_lines[@]}"; do
				[[ $l =~ ^artjson:\ random\.bin:[0-9]+:\ column\ [0-9]+:\  ]]
			done ;;
		*) check_any "$p" ;;
		esac || return 1
	done
	# no text lost: the same text modulo white space
	nows < random-text.bin > "$BATS_TEST_TMPDIR/text"
	for p in artsent "arttok -p"; do
		[ -x "$ARTKIT_BIN/${p%% *}" ] || continue
		run --separate-stderr sh -c "$p random-text.bin | LC_ALL=C tr -d ' \t\n\v\f\r' | cmp - \"\$1\"" sh "$BATS_TEST_TMPDIR/text"
		case $p in
		# tokens are in NFC: the same text once both are normalized
		arttok*)
			run --separate-stderr sh -c "$p random-text.bin | LC_ALL=C tr -d ' \t\n\v\f\r' | \"\$1\" -c | cmp - \"\$2\"" \
			    sh "$ARTKIT_BIN/tests/bin/normalization" <("$ARTKIT_BIN/tests/bin/normalization" -c < "$BATS_TEST_TMPDIR/text") ;;
		esac
		check "$p" 0 "" "" || return 1
	done
	# the counts agree with the splitters
	if [ -x "$ARTKIT_BIN/artwc" ] && [ -x "$ARTKIT_BIN/artsent" ] && [ -x "$ARTKIT_BIN/arttok" ]; then
		sents=$(artsent random.bin | LC_ALL=C grep -acv '^$')
		words=$(arttok random.bin | wc -l)
		run --separate-stderr artwc -sw random.bin
		check artwc 0 "" || return 1
		[ "$(squeeze <<< "$output")" = "$sents $words random.bin" ]
	fi
}

@test "NUL bytes in a title and a paragraph" {
	for p in $(programs); do
		runo "$p" nul.txt
		case $p in
		artpick) check "$p" 0 "" && same "$OUT" nul.txt "$p" ;;
		arthdr)
			check "$p" 0 "" "" || return 1
			[ "$(cat "$OUT")" = "$(printf 'Ti\\x00tel met NUL\t2024-06-19T21:55:01+0200\thttps://nos.nl/artikel/2525318-titel')" ]
			run --separate-stderr arthdr -j -f title nul.txt
			check "$p -j" 0 "" '{"title":"Ti\u0000tel met NUL"}' ;;
		artstrip)
			check "$p" 0 "" "" && same "$OUT" nul.txt "$p" ;;
		artwc)
			run --separate-stderr sh -c 'artwc nul.txt | sed -e "s/^ *//" -e "s/  */ /g"'
			check "$p" 0 "" "2 8 51 nul.txt" ;;
		artsent)
			check "$p" 0 "" "" && tail -n +5 nul.txt | same "$OUT" - "$p" ;;
		arttok)
			run --separate-stderr arttok nul.txt
			check "$p" 0 "" "$(printf '%s\n' Een alinea met een NUL-byte erin Tweede alinea)" ;;
		artjson)
			grep -q '"title":"Ti\\u0000tel met NUL"' "$OUT" && roundtrip nul.txt ;;
		artfreq)
			check "$p" 0 "" "" &&
			printf '2\talinea\n1\tEen\n1\tNUL-byte\n1\tTweede\n1\teen\n1\terin\n1\tmet\n' | same "$OUT" - "$p" ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

@test "invalid UTF-8: lone continuation bytes, overlong forms, surrogates, a truncated sequence at the end" {
	local R='\357\277\275'
	printf "Ongeldig $R in de titel\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-titel\n\nLosse $R$R vervolgbytes.\nOverlong $R$R en $R$R$R en $R$R$R$R hier.\nSurrogaten $R$R$R en $R$R$R en te groot $R$R$R$R daar.\nAfgekapt aan het eind: $R$R\n" > "$BATS_TEST_TMPDIR/repaired"
	{ cat invalid.txt; echo; } > "$BATS_TEST_TMPDIR/ended"
	for p in $(programs); do
		runo "$p" invalid.txt
		case $p in
		artpick) check "$p" 0 "" && same "$OUT" invalid.txt "$p" ;;
		arthdr)
			# text output passes the bytes through
			check "$p" 0 "" "" &&
			printf 'Ongeldig \200 in de titel\t2024-06-19T21:55:01+0200\thttps://nos.nl/artikel/2525318-titel\n' | same "$OUT" - "$p" ;;
		artstrip)
			check "$p" 0 "" "" && same "$OUT" "$BATS_TEST_TMPDIR/ended" "$p" ;;
		artwc)
			run --separate-stderr sh -c 'artwc -pwmc invalid.txt | sed -e "s/^ *//" -e "s/  */ /g"'
			check "$p" 0 "" "4 16 127 127 invalid.txt" ;;
		artsent)
			check "$p" 0 "" "" && tail -n +5 "$BATS_TEST_TMPDIR/ended" | same "$OUT" - "$p" ;;
		arttok)
			run --separate-stderr arttok invalid.txt
			check "$p" 0 "" "$(printf '%s\n' Losse vervolgbytes Overlong en en hier Surrogaten en en te groot daar Afgekapt aan het eind)" || return 1
			run --separate-stderr sh -c 'arttok -p invalid.txt | tr -d "\n" | cmp - "$1"' sh <(tail -n +5 invalid.txt | tr -d ' \n')
			check "$p -p" 0 "" "" ;;
		artjson)
			# JSON output gets U+FFFD for each invalid byte
			roundtrip "$BATS_TEST_TMPDIR/repaired" ;;
		artfreq)
			check "$p" 0 "" "" &&
			printf '4\ten\n1\tAfgekapt\n1\tLosse\n1\tOverlong\n1\tSurrogaten\n1\taan\n1\tdaar\n1\teind\n1\tgroot\n1\thet\n1\thier\n1\tte\n1\tvervolgbytes\n' | same "$OUT" - "$p" ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

@test "CR-only line ends" {
	for p in $(programs); do
		run --separate-stderr "$p" cr.txt
		case $p in
		artpick) runo "$p" cr.txt; check "$p" 0 "" && same "$OUT" cr.txt "$p" ;;
		arthdr) check "$p" 0 "" "$(printf 'Titel\t2024-06-19T21:55:01+0200\thttps://nos.nl/artikel/2525318-titel')" ;;
		artstrip) check "$p" 0 "" "$(printf 'Titel\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-titel\n\nEen alinea.\nTwee alinea.')" ;;
		artwc) check "$p" 0 "" && [ "$(squeeze <<< "$output")" = "2 4 25 cr.txt" ] ;;
		artsent) check "$p" 0 "" "$(printf 'Een alinea.\nTwee alinea.')" ;;
		arttok) check "$p" 0 "" "$(printf 'Een\nalinea\nTwee\nalinea')" ;;
		artfreq) check "$p" 0 "" "$(printf '2\talinea\n1\tEen\n1\tTwee')" ;;
		artjson) check "$p" 0 "" '{"file":"cr.txt","title":"Titel","date":"2024-06-19T21:55:01+0200","utc":"2024-06-19T19:55:01Z","epoch":1718826901,"url":"https://nos.nl/artikel/2525318-titel","id":"2525318","tags":["Buitenland"],"lang":"nl","body":["Een alinea.","Twee alinea."]}' ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

@test "LF, CR and CR LF line ends in one file" {
	for p in $(programs); do
		run --separate-stderr "$p" mixed-ends.txt
		case $p in
		artpick) runo "$p" mixed-ends.txt; check "$p" 0 "" && same "$OUT" mixed-ends.txt "$p" ;;
		artwc) check "$p" 0 "" && [ "$(squeeze <<< "$output")" = "4 8 51 mixed-ends.txt" ] ;;
		artstrip) check "$p" 0 "" "$(printf 'Titel\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/2525318-titel\n\nEen alinea.\nTwee alinea.\nDrie alinea.\nVier alinea.')" ;;
		artfreq) check "$p" 0 "" "$(printf '4\talinea\n1\tDrie\n1\tEen\n1\tTwee\n1\tVier')" ;;
		artjson) check "$p" 0 "" '{"file":"mixed-ends.txt","title":"Titel","date":"2024-06-19T21:55:01+0200","utc":"2024-06-19T19:55:01Z","epoch":1718826901,"url":"https://nos.nl/artikel/2525318-titel","id":"2525318","tags":["Buitenland"],"lang":"nl","body":["Een alinea.","Twee alinea.","Drie alinea.","Vier alinea."]}' ;;
		artsent) check "$p" 0 "" "$(printf 'Een alinea.\nTwee alinea.\nDrie alinea.\nVier alinea.')" ;;
		arttok) check "$p" 0 "" "$(printf 'Een\nalinea\nTwee\nalinea\nDrie\nalinea\nVier\nalinea')" ;;
		arthdr) check "$p" 0 "" "$(printf 'Titel\t2024-06-19T21:55:01+0200\thttps://nos.nl/artikel/2525318-titel')" ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

# Each program runs once on the 100 MB line.
@test "a 100 MB single line" {
	slow
	for p in $(programs); do
		runo "$p" bigline.txt
		case $p in
		artpick) check "$p" 0 "" && same "$OUT" bigline.txt "$p" ;;
		arthdr) nohdr_row bigline.txt ;;
		artstrip)
			check "$p" 0 "" "" && same "$OUT" bigline.txt "$p" ;;
		artwc)
			check "$p" 0 "" "" &&
			[ "$(squeeze < "$OUT")" = "1 17073169 99999991 bigline.txt" ] ;;
		artsent)
			# one sentence a line: the spaces between them became newlines
			check "$p" 0 "" "" || return 1
			run --separate-stderr sh -c 'tr "\n" " " < "$OUT" | cmp - "$1"' sh <(tr '\n' ' ' < bigline.txt)
			check "$p" 0 "" "" &&
			[ "$(wc -l < "$OUT")" -eq 2439025 ] ;;
		arttok)
			check "$p" 0 "" "" &&
			[ "$(wc -l < "$OUT")" -eq 17073169 ] &&
			[ "$(head -n 7 "$OUT" | tr '\n' ' ')" = "Het kabinet bouwt in 2025 meer woningen " ] &&
			[ "$(tail -n 1 "$OUT")" = Einde ] ;;
		artfreq)
			check "$p" 0 "" "" &&
			printf '2439024\t%s\n' 2025 Het bouwt in kabinet meer woningen | { cat; printf '1\tEinde\n'; } | same "$OUT" - "$p" ;;
		artjson) roundtrip bigline.txt ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

@test "1,000,000 one-word paragraphs" {
	slow
	for p in $(programs); do
		runo "$p" words.txt
		case $p in
		artpick) check "$p" 0 "" && same "$OUT" words.txt "$p" ;;
		arthdr) nohdr_row words.txt ;;
		artstrip|artsent|arttok)
			# every word comes out on its own line, as it went in
			check "$p" 0 "" "" && same "$OUT" words.txt "$p" ;;
		artwc)
			check "$p" 0 "" "" &&
			[ "$(squeeze < "$OUT")" = "1000000 1000000 6000000 words.txt" ] ;;
		artfreq) check "$p" 0 "" "" && printf '1000000\twoord\n' | same "$OUT" - "$p" ;;
		artjson) roundtrip words.txt ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

# bad_operand FILE REASON: each program reports FILE with REASON, exits 1,
# and gives for the good files around it what it gives without FILE.
bad_operand() {
	local p want
	for p in $(programs); do
		run --separate-stderr "$p" "$1"
		case $p in
		arthdr|artstrip|artwc|artsent|arttok|artjson|artfreq) check "$p" 1 "$p: $1: $2" "" ;;
		*) check_any "$p" ;;
		esac || return 1
		want=$("$p" good1.txt good2.txt | squeeze)
		run --separate-stderr "$p" good1.txt "$1" good2.txt
		case $p in
		arthdr|artstrip|artwc|artsent|arttok|artjson|artfreq)
			check "$p" 1 "$p: $1: $2" && [ -n "$want" ] &&
			[ "$(squeeze <<< "$output")" = "$want" ] ;;
		*) check_any "$p" ;;
		esac || return 1
	done
}

@test "a directory, alone and among good files" {
	bad_operand adir 'Is a directory'
}

@test "a missing file among good ones" {
	bad_operand missing.txt 'No such file or directory'
}

@test "an unreadable file among good ones" {
	if [ "$(id -u)" -eq 0 ]; then
		skip "running as root, who may read any file"
	fi
	local f="$BATS_TEST_TMPDIR/unreadable.txt"
	cp good1.txt "$f"
	chmod 000 "$f"
	bad_operand "$f" 'Permission denied'
}

@test "output to a full disk: exit 1 with one message" {
	for p in $(programs); do
		for f in good1.txt stream.txt; do
			run --separate-stderr sh -c '"$1" "$2" > /dev/full' sh "$p" "$f"
			case $p in
			arthdr|artstrip|artwc|artsent|arttok|artjson|artfreq)
				check "$p" 1 "$p: <stdout>: No space left on device" "" ;;
			*) check_any "$p" && [ "$status" -eq 1 ] ;;
			esac || return 1
		done
	done
}

@test "an unknown option, the program called by its path: the message names it as the others do" {
	for p in $(programs); do
		run --separate-stderr "$ARTKIT_BIN/$p" -Q good1.txt
		[ "$status" -eq 2 ] || { echo "$p: status $status"; return 1; }
		[ "$output" = "" ]
		# the wording after the name is the C library's
		[[ "${stderr_lines[0]}" = "$p: "*Q* ]] || { echo "$p: ${stderr_lines[0]}"; return 1; }
		[[ "${stderr_lines[1]}" = "Usage: $p "* ]]
	done
}

@test "a closed pipe (| head -1) on a large input ends quietly" {
	for p in $(programs); do
		"$p" stream.txt > "$OUT"
		run --separate-stderr bash -c 'set -o pipefail; "$1" stream.txt | head -n 1' sh "$p"
		check "$p" 0 "" "$(head -n 1 "$OUT")" || return 1
		[ -n "$output" ]
	done
}

@test "artstrip stays idempotent when a dropped invisible character follows an unfinished sequence" {
	printf 'Een zin met een \302\302\255\240raar teken erin.\nNog een \342\201\342\200\214\240zin met iets vreemds.\n' > "$BATS_TEST_TMPDIR/in"
	artstrip "$BATS_TEST_TMPDIR/in" > "$BATS_TEST_TMPDIR/once"
	run --separate-stderr sh -c 'artstrip "$1" | cmp - "$1"' sh "$BATS_TEST_TMPDIR/once"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "arttok prints a word that starts with spaces and a mark the same with -p" {
	run --separate-stderr sh -c 'printf "a   \336\260 x\n" | arttok | od -An -tx1'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'a   \336\260 x\n' | arttok -p | od -An -tx1)" ]
}
