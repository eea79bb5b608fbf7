#!/usr/bin/env bats
# UAX #29 sentence boundaries against the Unicode 15.0 test data: every
# line through the test driver tests/sentencebreak.c (exact boundary
# offsets), and through artsent -U (segments, trailing white space trimmed).

bats_require_minimum_version 1.5.0
load test_helper

sentencebreak() {
	"$ARTKIT_BIN/tests/bin/sentencebreak" "$@"
}

testfile() {
	local f=/usr/share/unicode/auxiliary/SentenceBreakTest.txt
	[ -r "$f" ] && head -1 "$f" | grep -q 'SentenceBreakTest-15\.0\.0' ||
		f="$BATS_TEST_DIRNAME/unicode/SentenceBreakTest.txt"
	printf '%s\n' "$f"
}

# segments in|out FILE: from the test data, either the text of every test
# line as one article of a stream (in), or what artsent -U must print for
# it (out): each segment with trailing white space trimmed, white-space-only
# segments left out, a form feed line between articles.
segments() {
	perl -CS -e '
		use feature "unicode_strings";
		my ($mode, $file) = @ARGV;
		my @groups;
		open my $fh, "<:utf8", $file or die "$file: $!\n";
		while (<$fh>) {
			next unless /^\x{F7}/;
			s/#.*//;
			my ($text, $cur, @segs) = ("", "");
			for my $tok (split " ") {
				if ($tok eq "\x{F7}") {
					push @segs, $cur;
					$cur = "";
				} elsif ($tok ne "\x{D7}") {
					$text .= chr(hex $tok);
					$cur .= chr(hex $tok);
				}
			}
			if ($mode eq "in") {
				push @groups, "$text\n";
			} else {
				push @groups, join "", map { "$_\n" } grep { length }
				    map { s/\s+\z//r } @segs;
			}
		}
		print join("\f\n", @groups);
	' "$@"
}

@test "sentencebreak: every line of SentenceBreakTest.txt 15.0.0" {
	f=$(testfile)
	n=$(grep -c '^÷' "$f")
	[ "$n" -gt 500 ]
	run --separate-stderr sentencebreak "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$n lines passed, 0 failed" ]
}

@test "sentencebreak: the shipped copy is the 15.0.0 file" {
	run --separate-stderr head -1 "$BATS_TEST_DIRNAME/unicode/SentenceBreakTest.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "# SentenceBreakTest-15.0.0.txt" ]
}

@test "sentencebreak: a wrong expectation is reported with its line" {
	printf '%s\n' '÷ 0061 × 002E ÷ 0020 ÷ 0042 ÷	# wrong on purpose' \
		'÷ 0061 × 002E × 0020 ÷ 0042 ÷' > "$BATS_TEST_TMPDIR/t.txt"
	run --separate-stderr sentencebreak "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$BATS_TEST_TMPDIR/t.txt:1: expected 2 3 4, got 3 4 (byte offsets)" ]
	[ "${lines[1]}" = "1 lines passed, 1 failed" ]
}

@test "artsent -U: the segments of every test line, one article each" {
	f=$(testfile)
	segments in "$f" > "$BATS_TEST_TMPDIR/in.txt"
	segments out "$f" > "$BATS_TEST_TMPDIR/want.txt"
	[ "$(grep -c . "$BATS_TEST_TMPDIR/want.txt")" -gt 1000 ]
	run --separate-stderr artsent -U "$BATS_TEST_TMPDIR/in.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	artsent -U "$BATS_TEST_TMPDIR/in.txt" > "$BATS_TEST_TMPDIR/got.txt"
	cmp "$BATS_TEST_TMPDIR/want.txt" "$BATS_TEST_TMPDIR/got.txt"
}
