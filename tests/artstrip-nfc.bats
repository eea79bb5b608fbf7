#!/usr/bin/env bats
# artstrip: titles and body lines are composed to Unicode NFC.

bats_require_minimum_version 1.5.0
load test_helper

# An article with title $2 whose body is standard input, written to
# $BATS_TEST_TMPDIR/$1.
article() {
	{ printf '%s\n2024-01-01T10:00:00Z\nhttps://e.nl/cafe\xcc\x81\n\n' "$2"; cat; } > "$BATS_TEST_TMPDIR/$1"
}

# Standard input in NFC, by the test driver of lib/nfc.c.
nfc() {
	"$ARTKIT_BIN/tests/bin/normalization" -c
}

@test "combining sequences compose in the title and the body; the timestamp and URL stay" {
	article a.txt "$(printf 'Cafe\xcc\x81 in \xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8 &amp; e\xcc\x81')" <<-EOF
	$(printf 'Het cafe\xcc\x81 en e\xcc\x81e\xcc\x81n \xea\xb0\x80 of \xe1\x84\x80\xe1\x85\xa1\xe1\x86\xa8 bij elkaar.')
	$(printf 'Eenheden: \xe2\x84\xab, \xe2\x84\xa6 en \xe2\x84\xaa; tekens: \xcd\xbe en \xe0\xa5\x98.')
	$(printf 'Volgorde: q\xcc\x87\xcc\xa3 en a\xcc\x82\xcc\xa3 of a\xcc\xa3\xcc\x82 zijn gelijk.')
	EOF
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	# é, the syllable 각 from its jamo; singletons: Å, Ω, K, ';', and
	# the exclusion U+0958 decomposed; marks in canonical order, and
	# composed across a mark of another class: ậ
	[ "$output" = "$(printf 'Caf\xc3\xa9 in \xea\xb0\x81 &amp; \xc3\xa9\n2024-01-01T10:00:00Z\nhttps://e.nl/cafe\xcc\x81\n
Het caf\xc3\xa9 en \xc3\xa9\xc3\xa9n \xea\xb0\x80 of \xea\xb0\x81 bij elkaar.
Eenheden: \xc3\x85, \xce\xa9 en K; tekens: ; en \xe0\xa4\x95\xe0\xa4\xbc.
Volgorde: q\xcc\xa3\xcc\x87 en \xe1\xba\xad of \xe1\xba\xad zijn gelijk.')" ]
	# the same as the test driver of lib/nfc.c makes of title and body
	[ "$(printf '%s\n' "$output" | sed 3d)" = "$(sed 3d "$BATS_TEST_TMPDIR/a.txt" | nfc)" ]
	run --separate-stderr artstrip -v "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	artstrip "$BATS_TEST_TMPDIR/a.txt" > "$BATS_TEST_TMPDIR/once"
	artstrip "$BATS_TEST_TMPDIR/once" | cmp - "$BATS_TEST_TMPDIR/once"
}

@test "references decode before composing, and composing may end a reference" {
	# U+037E GREEK QUESTION MARK is ';' in NFC: it ends "&amp"
	article b.txt Titel <<-EOF
	Caf&eacute; is cafe&#769; is cafe&#x301; is caf&#233;.
	$(printf 'Het teken &#x212B; en &#8491; zijn &Aring;, en &amp; is &amp;#38; is &amp\xcd\xbe.')
	EOF
	run --separate-stderr artstrip -b "$BATS_TEST_TMPDIR/b.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Caf\xc3\xa9 is caf\xc3\xa9 is caf\xc3\xa9 is caf\xc3\xa9.\nHet teken \xc3\x85 en \xc3\x85 zijn \xc3\x85, en & is & is &.')" ]
	artstrip "$BATS_TEST_TMPDIR/b.txt" > "$BATS_TEST_TMPDIR/once"
	artstrip "$BATS_TEST_TMPDIR/once" | cmp - "$BATS_TEST_TMPDIR/once"
}

@test "the rules, -f and -r see the composed line; -v lists it as it was read" {
	article c.txt Titel <<-EOF
	$(printf 'Foto: Jose\xcc\x81 Jansen')
	$(printf 'Tip van Rene\xcc\x81 & Zn.')
	Een gewone zin die blijft staan, zoals altijd het geval is.
	EOF
	printf 'Tip van Ren\xc3\xa9 & Zn.\n' > "$BATS_TEST_TMPDIR/rules"
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" "$BATS_TEST_TMPDIR/c.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s:5:photo:Foto: Jose\xcc\x81 Jansen\n%s:6:user:Tip van Rene\xcc\x81 & Zn.' "$BATS_TEST_TMPDIR/c.txt" "$BATS_TEST_TMPDIR/c.txt")" ]
	# a fixed rule written decomposed means the composed line
	printf 'Tip van Rene\xcc\x81 &amp; Zn.\n' > "$BATS_TEST_TMPDIR/rules2"
	printf 'Titel\n2024-01-02T10:00:00Z\nhttps://e.nl/2\n\nTip van Ren\xc3\xa9 & Zn.\n' > "$BATS_TEST_TMPDIR/d.txt"
	run --separate-stderr artstrip -v -I -f "$BATS_TEST_TMPDIR/rules2" "$BATS_TEST_TMPDIR/d.txt"
	[ "$output" = "$(printf '%s:5:user:Tip van Ren\xc3\xa9 & Zn.' "$BATS_TEST_TMPDIR/d.txt")" ]
	# -r counts the decomposed and the composed line as one
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr artstrip -v -I -r 2 c.txt d.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'c.txt:6:repeated:Tip van Rene\xcc\x81 & Zn.\nd.txt:5:repeated:Tip van Ren\xc3\xa9 & Zn.')" ]
}

@test "text already in NFC passes byte for byte, invalid UTF-8 too" {
	article e.txt "$(printf 'Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t \xce\xb1\xcc\x81')" <<-EOF
	$(printf 'Ti\xe1\xba\xbfng Vi\xe1\xbb\x87t, \xe1\xbc\x80\xce\xbd\xce\xae\xcf\x81 en \xed\x95\x9c\xea\xb5\xad\xec\x96\xb4 staan er al goed.')
	$(printf 'Losse bytes \xcc en \xe1\x84 en een los teken \xcc\x81 na een spatie.')
	EOF
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/e.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	# only the title's alpha and acute compose
	[ "$output" = "$(sed '1s/\xce\xb1\xcc\x81/\xce\xac/' "$BATS_TEST_TMPDIR/e.txt")" ]
}

@test "property: generated lines of marks, jamo and references, runs of thousands of marks among them" {
	awk 'BEGIN {
		srand(11)
		# bases, marks of many classes, jamo, syllables, singletons,
		# exclusions, references, white space, invisible and bad bytes
		n = split("a e o q A E K \xce\xb1 \xcc\x80 \xcc\x81 \xcc\x82 \xcc\x88 \xcc\xa3 \xcc\xa7 " \
		    "\xcc\xb4 \xcc\x9b \xd6\xb0 \xcd\x85 \xe0\xa4\xbc \xe1\x84\x80 \xe1\x85\xa1 \xe1\x86\xa8 " \
		    "\xea\xb0\x80 \xe2\x84\xab \xe2\x84\xa6 \xcd\xbe \xe0\xa5\x98 &#769; &#x323; &amp &amp; " \
		    "&eacute; ; &# 9 \xc2\xa0 \xc2\xad \xe2\x80\x8d \xcc \xe1\x84 . Foto: Lees ook:", f, " ")
		f[++n] = " "
		printf "Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n"
		for (l = 0; l < 2000; l++) {
			k = 1 + int(rand() * 30)
			s = ""
			for (i = 0; i < k; i++)
				s = s f[1 + int(rand() * n)]
			if (l % 100 == 0)
				for (i = 0; i < 5000; i++)
					s = s f[9 + int(rand() * 10)]
			print s
		}
	}' > "$BATS_TEST_TMPDIR/p.txt"
	artstrip "$BATS_TEST_TMPDIR/p.txt" > "$BATS_TEST_TMPDIR/once"
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/once"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$BATS_TEST_TMPDIR/once")" ]
	run --separate-stderr artstrip -v "$BATS_TEST_TMPDIR/once"
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	# what is kept is in NFC
	nfc < "$BATS_TEST_TMPDIR/once" | cmp - "$BATS_TEST_TMPDIR/once"
	# and composing changed lines (the decomposed ones are not kept as read)
	[ "$(LC_ALL=C grep -c "$(printf 'e\xcc\x81')" "$BATS_TEST_TMPDIR/p.txt")" -gt 0 ]
	[ "$(LC_ALL=C grep -c "$(printf 'e\xcc\x81')" "$BATS_TEST_TMPDIR/once")" -eq 0 ]
	# each input line with text is kept or listed once by -v
	kept=$(artstrip -b "$BATS_TEST_TMPDIR/p.txt" | wc -l)
	listed=$(artstrip -v "$BATS_TEST_TMPDIR/p.txt" | grep -c '')
	text=$(tail -n +5 "$BATS_TEST_TMPDIR/p.txt" | LC_ALL=C grep -c .)
	[ $((kept + listed)) -eq "$text" ]
}

@test "a paragraph of 4 MB of combining marks after one letter is composed in linear time" {
	{ printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\na'
	  awk 'BEGIN { srand(3); split("\xcc\x81 \xcc\xa3 \xcc\xb4 \xd6\xb0 \xcd\x85 \xcc\x9b", m, " ")
	      for (i = 0; i < 2000000; i++) printf "%s", m[1 + int(rand() * 6)]; print "" }'; } > "$BATS_TEST_TMPDIR/m.txt"
	run --separate-stderr sh -c 'ulimit -t 20; artstrip -b "$1" > "$1.out"' sh "$BATS_TEST_TMPDIR/m.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	tail -n 1 "$BATS_TEST_TMPDIR/m.txt" | nfc | cmp - "$BATS_TEST_TMPDIR/m.txt.out"
	# sorted by class, and the first dot below (class 220) composes with
	# the a, past the marks of lower classes: U+1EA1, then U+0334 (class 1)
	[ "$(head -c 5 "$BATS_TEST_TMPDIR/m.txt.out" | od -An -tx1 | tr -d ' ')" = "e1baa1ccb4" ]
}
