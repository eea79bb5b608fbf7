#!/usr/bin/env bats
# artstrip: the limits of user rules (-f), corpus mode (-r) against
# crafted input, and the built-in read-more rules.

bats_require_minimum_version 1.5.0
load test_helper

hashflood() {
	"$ARTKIT_BIN/tests/bin/hashflood" "$@"
}

# A rules file holding the one line $1.
rule() {
	printf '%s\n' "$1" > "$BATS_TEST_TMPDIR/rules"
}

# artstrip -f with the rule $1 must refuse it at line 1 for reason $2.
refused() {
	rule "$1"
	run --separate-stderr artstrip -f "$BATS_TEST_TMPDIR/rules" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artstrip: $BATS_TEST_TMPDIR/rules:1: $2" ]
}

@test "-f: back-references are refused" {
	refused '/(a*)\1b/' "back-references are not allowed"
	refused '/(x)(y)\2/i' "back-references are not allowed"
}

@test "-f: repetition counts above 255 are refused, 255 is allowed" {
	refused '/((a{1000}){1000}){1000}/' "repetition count above 255"
	refused '/a{256}/' "repetition count above 255"
	refused '/a{2,256}/' "repetition count above 255"
	refused '/a{99999999999999999999999}/' "repetition count above 255"
	rule '/^a{255}$/'
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" \
	    <(printf '%0255d\n%0256d\n' 0 0 | tr 0 a)
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#output}" -gt 255 ]
	[[ "$output" == *":1:user:aaa"* ]]
	[[ "$output" != *":2:user:"* ]]
}

@test "-f: a pattern too large once its repetitions are expanded is refused" {
	refused '/((a{200}){200}){200}/' "pattern larger than 1024 atoms with its repetitions expanded"
	refused '/(abcde){205}/' "pattern larger than 1024 atoms with its repetitions expanded"
	refused '/((b){200}){200}/' "pattern larger than 1024 atoms with its repetitions expanded"
	refused '/(((c)){40}|a){40}/' "pattern larger than 1024 atoms with its repetitions expanded"
	refused '/((a{1,40}){1,40}){1,40}/' "pattern larger than 1024 atoms with its repetitions expanded"
	refused "/Bi$(printf '+%.0s' $(seq 11))n/" "pattern larger than 1024 atoms with its repetitions expanded"
	refused '/(ab){200}(cd){200}(ef){200}/' "pattern larger than 1024 atoms with its repetitions expanded"
	refused '/((ab?){255}a{255}){3}b/' "pattern larger than 1024 atoms with its repetitions expanded"
	rule '/(abcde){204}/'
	run --separate-stderr artstrip -f "$BATS_TEST_TMPDIR/rules" /dev/null
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
}

@test "-f: a ) with no ( before it is an ordinary character" {
	rule '/^a)b$/'
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" <(printf 'ab)\na)b\nab\n')
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -d: -f2-)" = "2:user:a)b" ]
}

@test "-f: *, + or {n,} after something that can match the empty string is refused" {
	for p in '/(a|a?)+b/' '/((a*)*)*b/' '/(x?)*/' '/a**/' '/(b|)+/i' '/(^)*x/' \
	    '/((((((a*)+)+)+)+)+)/' '/(((\w+|()?){0,3}){2}){2,}/' '/(a?b*){3,}/'; do
		refused "$p" "*, + or {n,} after something that can match the empty string"
	done
	rule '/(a?b){2,}|(a+)*|(a?){3}/'
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" <(printf 'xbbx\nc\n')
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -d: -f2-)" = "$(printf '1:user:xbbx\n2:user:c')" ]
}

@test "-f: a pattern, a plain string or not, sees a line up to its first NUL byte" {
	printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\nstorm a\0b storm\n' > "$BATS_TEST_TMPDIR/nul"
	for p in '/storm/@1' '/stor[m]/@1' '/b storm/@0' '/b stor[m]/@0'; do
		rule "${p%@*}"
		run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" "$BATS_TEST_TMPDIR/nul"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$(printf '%s\n' "$output" | grep -c ':user:')" = "${p#*@}" ]
	done
}

@test "-f: more than 64 atoms in copies of something that can match the empty string are refused" {
	for p in '/(a?){65}/' '/((a?){,32}){,32}/' '/(($)?){255}/' '/(\b){1,40}/' \
	    '/((){200}){200}/' '/((\B){4}){4}/' '/((a{,40}){,40}){,40}/'; do
		refused "$p" "more than 64 atoms in copies of something that can match the empty string"
	done
	rule '/^(a?){48}(b|c){200}$|(\b){4}x/'
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" \
	    <(printf '%0200d\n' 0 | tr 0 b; printf 'y x\nyy\n')
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -d: -f2,3)" = "$(printf '1:user\n2:user')" ]
}

@test "-f: groups nested deeper than 16 are refused, 16 are allowed" {
	refused "/$(printf '(%.0s' $(seq 17))a$(printf ')%.0s' $(seq 17))/" "groups nested deeper than 16"
	rule "/$(printf '(%.0s' $(seq 16))a$(printf ')%.0s' $(seq 16))/"
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" <(printf 'a\nb\n')
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == *":1:user:a" ]]
}

@test "-f: a pattern longer than 1024 bytes is refused" {
	refused "/$(head -c 1025 /dev/zero | tr '\0' x)/" "pattern longer than 1024 bytes"
}

@test "-f: every refused rule is reported with its line, the others load" {
	printf 'Vaste regel\n/(a)\\1/\n# comment\n/a{300}/\n/fine/\n' > "$BATS_TEST_TMPDIR/rules"
	run --separate-stderr artstrip -f "$BATS_TEST_TMPDIR/rules" /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artstrip: $BATS_TEST_TMPDIR/rules:2: back-references are not allowed
artstrip: $BATS_TEST_TMPDIR/rules:4: repetition count above 255" ]
}

@test "-f: patterns that took the matcher quadratic time run in a moment on long lines" {
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'
	  for i in $(seq 500); do head -c 4000 /dev/zero | tr '\0' a; echo; done
	  head -c 300 /dev/zero | tr '\0' a; echo b; } > "$BATS_TEST_TMPDIR/long"
	for p in '/(a|aa)*b/' '/(a|aa?)+(a|aa?)+(a|aa?)+(a|aa?)+b/' '/(a?){64}a{255}b/' \
	    '/(((((((((a+)+)+)+)+)+)+)+)+)*b/'; do
		rule "$p"
		run --separate-stderr timeout 10 artstrip -v -f "$BATS_TEST_TMPDIR/rules" "$BATS_TEST_TMPDIR/long"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$BATS_TEST_TMPDIR/long:505:user:$(head -c 300 /dev/zero | tr '\0' a)b" ]
	done
}

@test "-f: patterns are not tried on lines longer than 4096 bytes; fixed lines are" {
	long=$(head -c 4097 /dev/zero | tr '\0' b)
	printf '/^b+$/\n%s\n' "$(head -c 5000 /dev/zero | tr '\0' c)" > "$BATS_TEST_TMPDIR/rules"
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'
	  head -c 4096 /dev/zero | tr '\0' b; echo
	  printf '%s\n' "$long"
	  head -c 5000 /dev/zero | tr '\0' c; echo; } > "$BATS_TEST_TMPDIR/in"
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" "$BATS_TEST_TMPDIR/in"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -d: -f2,3)" = "$(printf '5:user\n7:user')" ]
	run --separate-stderr artstrip -b -f "$BATS_TEST_TMPDIR/rules" "$BATS_TEST_TMPDIR/in"
	[ "$status" -eq 0 ]
	[ "$output" = "$long" ]
}

@test "-f: a large allowed rule set stays fast" {
	# 2000 patterns near the limits and 20000 fixed lines, on 3000 lines
	awk 'BEGIN {
		for (i = 0; i < 2000; i++)
			printf "/^(lees|bekijk|kijk) (ook|meer|hier)? ?%d[a-z]{1,40}( [a-z]+){0,20}$/i\n", i
		for (i = 0; i < 20000; i++)
			printf "Vaste regel nummer %d\n", i
	}' > "$BATS_TEST_TMPDIR/rules"
	{ printf 'T\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'
	  awk 'BEGIN {
		for (i = 0; i < 1000; i++) {
			printf "Een gewone zin met inhoud, nummer %d, die gewoon blijft staan.\n", i
			printf "Vaste regel nummer %d\n", i * 7
			printf "Lees meer %dabc over iets\n", i
		}
	  }'; } > "$BATS_TEST_TMPDIR/in"
	run --separate-stderr timeout 60 artstrip -f "$BATS_TEST_TMPDIR/rules" -b "$BATS_TEST_TMPDIR/in"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | grep -c '^Een gewone zin')" -eq 1000 ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 1000 ]
}

# The user CPU seconds of artstrip -r 2 on $1, the least of three runs.
cpu_r() {
	local best= t
	for _ in 1 2 3; do
		t=$( { TIMEFORMAT=%U; time artstrip -r 2 "$1" > /dev/null; } 2>&1 )
		if [ -z "$best" ] || awk -v a="$t" -v b="$best" 'BEGIN { exit !(a < b) }'; then
			best=$t
		fi
	done
	printf '%s\n' "$best"
}

@test "-r: lines aimed at one run of a fixed hash table cost no more than others" {
	hashflood 20000 15 > "$BATS_TEST_TMPDIR/aimed"
	hashflood -r 20000 > "$BATS_TEST_TMPDIR/plain"
	[ "$(wc -l < "$BATS_TEST_TMPDIR/aimed")" -eq 20004 ]
	[ "$(sort -u "$BATS_TEST_TMPDIR/aimed" | wc -l)" -eq 20004 ]
	# every line is distinct, so -r 2 removes none of them
	run --separate-stderr artstrip -r 2 "$BATS_TEST_TMPDIR/aimed"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$BATS_TEST_TMPDIR/aimed")" ]
	# with a hash known in advance the aimed lines took five times as long
	aimed=$(cpu_r "$BATS_TEST_TMPDIR/aimed")
	plain=$(cpu_r "$BATS_TEST_TMPDIR/plain")
	awk -v a="$aimed" -v p="$plain" 'BEGIN { exit !(a <= 2 * p + 0.05) }'
}

@test "read-more phrases: a label, a whole line and a pointer to the next line know the same ones" {
	f=$(mkarticle rm.txt "Titel" 2024-01-01T10:00:00Z https://e.nl/1 <<-'EOF'
	Een zin met inhoud die blijft staan, ook na de regels van vandaag.
	Ook gelezen
	Eerder verschenen:
	Waarom de dijken het hielden
	Meer hierover
	Gerelateerde berichten
	Kabinet valt over stikstof
	Lees hier ook
	Nog een zin met inhoud die blijft staan, zoals de eerste zin deed.
	EOF
	)
	run --separate-stderr artstrip -v "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$f:6:readmore:Ook gelezen
$f:7:readmore:Eerder verschenen:
$f:8:readmore:Waarom de dijken het hielden
$f:9:readmore:Meer hierover
$f:10:readmore:Gerelateerde berichten
$f:11:readmore:Kabinet valt over stikstof
$f:12:readmore:Lees hier ook" ]
	# as labels the same phrases take what follows them
	g=$(mkarticle rl.txt "Titel" 2024-01-01T10:00:00Z https://e.nl/1 <<-'EOF'
	Ook gelezen: Waarom de dijken het hielden, en wat er nu gebeurt.
	Meer hierover: Het kabinet valt over stikstof, zeggen ingewijden.
	EOF
	)
	run --separate-stderr artstrip -v "$g"
	[ "$status" -eq 0 ]
	[ "$output" = "$g:5:readmore:Ook gelezen: Waarom de dijken het hielden, en wat er nu gebeurt.
$g:6:readmore:Meer hierover: Het kabinet valt over stikstof, zeggen ingewijden." ]
}
