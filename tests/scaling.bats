bats_require_minimum_version 1.5.0
load test_helper

# Linear time on any paragraph.  For each kind of text, one article whose
# body is a single paragraph of about 16 MB, the same short piece of text
# over and over, goes through every program, each given 20 seconds of CPU
# time (tens of times what linear code needs here, even under the
# sanitizers; code that rescans the rest of the paragraph now and then
# takes many minutes).  The outputs
# are checked against what the piece alone gives, repeated, and against
# the number of words the piece holds, counted by hand.

SIZE=${SCALING_SIZE:-16000000}
LIMIT=20

# piece KIND: print the piece of text the kind repeats (it ends with a
# space) and set WORDS to its number of words.
piece() {
	case $1 in
	urls)   # zie, two URLs, www.nos.nl/sport, en
		printf '%s' 'zie https://nos.nl/artikel/2481234-kabinet-valt, www.nos.nl/sport en http://example.com/a_b?x=1&y=(2). '
		WORDS=5 ;;
	email)  # mail, of and three addresses
		printf '%s' 'mail jan.jansen@nos.nl of info@rtl-nieuws.nl, x@y.z '
		WORDS=5 ;;
	underscores)    # a lone _ holds no letter
		printf '%s' 'snake_case_name __init__ a_1 _ x__ '
		WORDS=4 ;;
	emoji)  # ok and the keycap 1; skin tones, ZWJ sequences, flags
		printf '\360\237\221\251\360\237\217\275\342\200\215\360\237\222\273 '
		printf '\360\237\221\250\342\200\215\360\237\221\251\342\200\215\360\237\221\247 '
		printf '\360\237\221\215\360\237\217\277 \360\237\207\263\360\237\207\261\360\237\207\247\360\237\207\252 '
		printf '\342\235\244\357\270\217 1\357\270\217\342\203\243 ok\342\200\215 '
		WORDS=2 ;;
	marks)  # een, cafe and n a with marks; a lone mark after a space
		printf 'e\314\201e\314\201n cafe\314\201 n\314\203a\314\210\314\204 \314\201 '
		WORDS=3 ;;
	quotes) # 's Avonds zei hij Ja Nee zeker z'n 't
		printf "'s Avonds zei hij: \"Ja.\" \342\200\230Nee\342\200\231, \342\200\234zeker\342\200\235 z\342\200\231n 't "
		WORDS=9 ;;
	abbreviations)
		printf '%s' 'o.a. dr. J. Jansen e.d. i.p.v. 3.000 2,5 19.30 uur. '
		WORDS=10 ;;
	prose)
		printf '%s' 'De minister van Buitenlandse Zaken zei gisteren dat het kabinet niet van plan is de maatregelen te versoepelen. '
		WORDS=18 ;;
	bullets)        # items of a list, each a sentence without a terminator
		printf '\342\200\242 een punt '
		WORDS=2 ;;
	nbsp)   # marks between no-break spaces: no ASCII space at all
		printf 'cafe\314\201\302\240e\314\201e\314\201n\302\240x_y\302\240'
		WORDS=3 ;;
	esac
}

# article FILE [REPS]: an article of one paragraph, the piece in $piece
# REPS times (default 1).
article() {
	printf 'Kop\n2026-11-30T12:00:00+01:00\nhttps://nos.nl/artikel/2481234-kop\n\n' > "$1"
	yes "$piece" | head -n "${2:-1}" | tr -d '\n' >> "$1"
	printf '\n' >> "$1"
}

# repeat N: standard input N times.
repeat() {
	awk -v n="$1" '{ b = b $0 "\n" } END { for (i = 0; i < n; i++) printf "%s", b }'
}

# limited PROG ARGS...: PROG ARGS with at most LIMIT seconds of CPU time
# (CPU time, not the wall clock: the machine may be busy), standard output
# to $out; status and stderr as run gives them.
limited() {
	run --separate-stderr sh -c 'ulimit -t "$1"; shift; exec "$@" > "$0"' \
	    "$out" "$LIMIT" "$@"
	case $status in
	$((128 + 24)) | $((128 + 9))) echo "$* took more than $LIMIT seconds" >&2 ;;
	esac
}

# scales KIND: every program on a paragraph of about SIZE bytes of KIND.
scales() {
	local big=$BATS_TEST_TMPDIR/big.txt one=$BATS_TEST_TMPDIR/one.txt reps opt
	local out=$BATS_TEST_TMPDIR/out want=$BATS_TEST_TMPDIR/want
	piece=$(piece "$1"; printf x)
	piece=${piece%x}
	piece "$1" > /dev/null
	reps=$((SIZE / $(printf '%s' "$piece" | wc -c) + 1))
	article "$big" "$reps"
	article "$one"

	# the count of words, against the count by hand
	limited artwc -w "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(cat "$out")" = "$((reps * WORDS)) $big" ]

	# the tokens: those of the piece alone, over and over, as many as
	# the piece has words
	for opt in "" -p; do
		arttok $opt "$one" | repeat "$reps" > "$want"
		limited arttok $opt "$big"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		cmp "$want" "$out"
	done
	arttok "$one" | repeat "$reps" > "$want"
	[ "$(wc -l < "$want")" -eq $((reps * WORDS)) ]

	# the same tokens by sentence: only empty lines added
	limited arttok -s "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	grep -v '^$' "$out" | cmp - "$want"

	# sentences: the paragraph again, but for the white space between
	# them, as many as artwc -s counts
	limited artsent "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	n=$(wc -l < "$out")
	sed 's/\xc2\xa0//g' "$out" | tr -d ' \n' > "$want"
	sed '1,4d; s/\xc2\xa0//g' "$big" | tr -d ' \n' | cmp - "$want"
	limited artwc -s "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(cat "$out")" = "$n $big" ]

	# nothing to strip: only the white space is normalised (no-break
	# spaces become spaces, zero-width joiners go, the end is trimmed),
	# and the text composed to NFC
	{ sed '$d' "$big"; sed '$!d; s/\xe2\x80\x8d//g; s/\xc2\xa0/ /g; s/  */ /g; s/ $//' "$big"; } |
	    "$ARTKIT_BIN/tests/bin/normalization" -c > "$want"
	limited artstrip "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	cmp "$want" "$out"

	# to JSON and back
	limited artjson "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	mv "$out" "$BATS_TEST_TMPDIR/json"
	limited artjson -d "$BATS_TEST_TMPDIR/json"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	cmp "$big" "$out"

	limited arthdr -f title,id "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(cat "$out")" = "Kop	2481234" ]
}

@test "scaling: a 16 MB paragraph of URLs" {
	scales urls
}

@test "scaling: a 16 MB paragraph of e-mail addresses" {
	scales email
}

@test "scaling: a 16 MB paragraph of words with underscores" {
	scales underscores
}

@test "scaling: a 16 MB paragraph of emoji, skin tones and ZWJ sequences" {
	scales emoji
}

@test "scaling: a 16 MB paragraph of combining marks" {
	scales marks
}

@test "scaling: a 16 MB paragraph of quotes and clitics" {
	scales quotes
}

@test "scaling: a 16 MB paragraph of abbreviations and numbers" {
	scales abbreviations
}

@test "scaling: a 16 MB paragraph of plain prose" {
	scales prose
}

@test "scaling: a 16 MB paragraph of bullet items, none ending in a terminator" {
	scales bullets
}

@test "scaling: a 16 MB paragraph of marks between no-break spaces" {
	scales nbsp
}

# Lines that end in a lone CR, after a line long enough to grow the
# reader's buffer to 16 MB: every line end must be searched for once,
# not again from each line's start over the rest of the buffer (which
# takes about a minute here, and hours for more such lines).
@test "scaling: two million lines ending in a lone CR after a 16 MB line" {
	local big=$BATS_TEST_TMPDIR/big.txt want=$BATS_TEST_TMPDIR/want
	local out=$BATS_TEST_TMPDIR/out head=$BATS_TEST_TMPDIR/head
	printf 'Kop\n2026-11-30T12:00:00+01:00\nhttps://nos.nl/artikel/2481234-kop\n\n' > "$head"
	{
		head -c "$SIZE" /dev/zero | tr '\0' x
		printf '\n'
		yes a | head -n 2000000
	} > "$want"
	{ cat "$head"; tr '\n' '\r' < "$want" | sed '1s/\r/\n/'; } > "$big"
	# the file: one LF after the long line, a lone CR after every "a"
	[ "$(tr -cd '\r' < "$big" | wc -c)" -eq 2000000 ]

	limited artwc -w "$big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(cat "$out")" = "2000001 $big" ]

	# tokens and sentences: a line each; articles out: the line ends
	# become LF, but artpick copies them as read
	cat "$head" "$want" > "$BATS_TEST_TMPDIR/lf.txt"
	for run in "arttok:$want" "artsent:$want" \
	    "artstrip:$BATS_TEST_TMPDIR/lf.txt" "artpick:$big"; do
		limited "${run%%:*}" "$big"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		cmp "${run#*:}" "$out"
	done
}
