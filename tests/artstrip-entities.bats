#!/usr/bin/env bats
# artstrip: HTML character references in the body are decoded.

bats_require_minimum_version 1.5.0
load test_helper

# An article whose body is standard input, written to $BATS_TEST_TMPDIR/$1.
body() {
	{ printf 'Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n'; cat; } > "$BATS_TEST_TMPDIR/$1"
}

@test "named and numeric references are decoded; the line is kept, not removed" {
	body a.txt <<-'EOF'
	Mouth &amp; MacNeal zongen &quot;How Do You Do&quot; in 1972.
	Caf&eacute;, caf&#233;, caf&#xE9; en caf&#XE9; zijn hetzelfde &lt;woord&gt;.
	Het kost &euro;&nbsp;5&hellip; of &pound;4 &ndash; zei &lsquo;hij&rsquo; &mdash; niet &ldquo;zij&rdquo;.
	Windows-1252 in HTML: &#150; &#147;x&#148; &#128;.
	Een apostrof: rock &apos;n&apos; roll, &Uuml;ber &szlig; &copy; &deg;C.
	EOF
	run --separate-stderr artstrip -b "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "Mouth & MacNeal zongen \"How Do You Do\" in 1972.
Café, café, café en café zijn hetzelfde <woord>.
Het kost € 5… of £4 – zei ‘hij’ — niet “zij”.
Windows-1252 in HTML: – “x” €.
Een apostrof: rock 'n' roll, Über ß © °C." ]
	run --separate-stderr artstrip -v "$BATS_TEST_TMPDIR/a.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "unknown and malformed references, NUL, surrogates and values past U+10FFFF stay" {
	body b.txt <<-'EOF'
	AT&T en R&D, &bogus; &amp zonder puntkomma, &#65 ook, &#; &#x; &;
	Geen tekens: &#0; &#x0; &#xD800; &#xDFFF; &#x110000; &#1114112; &#99999999999; &#7; &#x81;
	Te lang: &#000000000000000065; en &eacutes; en &Eacute; maar niet &EACUTE;
	EOF
	run --separate-stderr artstrip -b "$BATS_TEST_TMPDIR/b.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "AT&T en R&D, &bogus; &amp zonder puntkomma, &#65 ook, &#; &#x; &;
Geen tekens: &#0; &#x0; &#xD800; &#xDFFF; &#x110000; &#1114112; &#99999999999; &#7; &#x81;
Te lang: &#000000000000000065; en &eacutes; en É maar niet &EACUTE;" ]
}

@test "references that decoding forms are decoded too, so a second pass changes nothing" {
	body c.txt <<-'EOF'
	Dubbel: &amp;amp; &amp;lt;b&amp;gt; &amp;#233; &am&#112;; &am&shy;p;lt;
	Spaties: a&nbsp;&nbsp;&#9;b&#10;c &ensp; &#32;
	EOF
	run --separate-stderr artstrip -b "$BATS_TEST_TMPDIR/c.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "Dubbel: & <b> é & <
Spaties: a b c" ]
	artstrip "$BATS_TEST_TMPDIR/c.txt" > "$BATS_TEST_TMPDIR/once"
	artstrip "$BATS_TEST_TMPDIR/once" > "$BATS_TEST_TMPDIR/twice"
	cmp "$BATS_TEST_TMPDIR/once" "$BATS_TEST_TMPDIR/twice"
}

@test "the rules, -f and -r see the decoded line" {
	body d.txt <<-'EOF'
	Foto:&nbsp;ANP
	Tip van Jansen &amp; Zn.
	Gewone zin met &eacute;&eacute;n woord die blijft staan, zoals altijd.
	EOF
	printf 'Tip van Jansen & Zn.\n' > "$BATS_TEST_TMPDIR/rules"
	run --separate-stderr artstrip -v -f "$BATS_TEST_TMPDIR/rules" "$BATS_TEST_TMPDIR/d.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$BATS_TEST_TMPDIR/d.txt:5:photo:Foto:&nbsp;ANP
$BATS_TEST_TMPDIR/d.txt:6:user:Tip van Jansen &amp; Zn." ]
	# a fixed rule written with references means the decoded line
	printf 'Tip van Jansen &amp; Zn.\n' > "$BATS_TEST_TMPDIR/rules2"
	run --separate-stderr artstrip -v -I -f "$BATS_TEST_TMPDIR/rules2" "$BATS_TEST_TMPDIR/d.txt"
	[ "$output" = "$BATS_TEST_TMPDIR/d.txt:6:user:Tip van Jansen &amp; Zn." ]
	# -r counts "&amp;" and "&" as the same line
	printf 'Titel\n2024-01-02T10:00:00Z\nhttps://e.nl/2\n\nTip van Jansen & Zn.\n' > "$BATS_TEST_TMPDIR/e.txt"
	cd "$BATS_TEST_TMPDIR"
	run --separate-stderr artstrip -v -I -r 2 d.txt e.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "d.txt:6:repeated:Tip van Jansen &amp; Zn.
e.txt:5:repeated:Tip van Jansen & Zn." ]
}

@test "property: on generated lines of references, idempotent and every line accounted for" {
	# fragments that make and break references, white space and
	# invisible characters among them
	awk 'BEGIN {
		srand(7)
		n = split("& &amp; &amp ; # #x x X 0 9 23 233 E9 e9 amp lt gt eacute nbsp shy " \
		    "&#; &#x &#38; &#x26; &#59; &#0; &#xD800; &#x110000; a b Z \xc2\xa0 \xc2\xad " \
		    "\xe2\x80\x8b \t \xc3 \xa9 &shy; &nbsp; &#10; &#9; . : Foto: Lees ook:", f, " ")
		f[++n] = " "
		printf "Titel\n2024-01-01T10:00:00Z\nhttps://e.nl/1\n\n"
		for (l = 0; l < 3000; l++) {
			k = 1 + int(rand() * 30)
			s = ""
			for (i = 0; i < k; i++)
				s = s f[1 + int(rand() * n)]
			print s
		}
	}' > "$BATS_TEST_TMPDIR/p.txt"
	artstrip "$BATS_TEST_TMPDIR/p.txt" > "$BATS_TEST_TMPDIR/once"
	run --separate-stderr artstrip "$BATS_TEST_TMPDIR/once"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$BATS_TEST_TMPDIR/once")" ]
	# each input line with text is kept or listed once by -v
	kept=$(artstrip -b "$BATS_TEST_TMPDIR/p.txt" | wc -l)
	listed=$(artstrip -v "$BATS_TEST_TMPDIR/p.txt" | grep -c '')
	text=$(tail -n +5 "$BATS_TEST_TMPDIR/p.txt" | LC_ALL=C grep -c .)
	[ $((kept + listed)) -eq "$text" ]
}
