bats_require_minimum_version 1.5.0
load test_helper

# UAX #29 word boundaries against the Unicode test data, through the test
# driver tests/wordbreak.c (built by make check into tests/bin).

wordbreak() {
	"$ARTKIT_BIN/tests/bin/wordbreak" "$@"
}

testfile() {
	local f=/usr/share/unicode/auxiliary/WordBreakTest.txt
	[ -r "$f" ] && head -1 "$f" | grep -q 'WordBreakTest-15\.0\.0' || f="$BATS_TEST_DIRNAME/unicode/WordBreakTest.txt"
	printf '%s\n' "$f"
}

@test "wordbreak: every line of WordBreakTest.txt 15.0.0" {
	f=$(testfile)
	n=$(grep -c '^÷' "$f")
	[ "$n" -gt 1800 ]
	run --separate-stderr wordbreak "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$n lines passed, 0 failed" ]
	[ "$stderr" = "" ]
}

@test "wordbreak: the shipped copy is the 15.0.0 file" {
	run --separate-stderr head -1 "$BATS_TEST_DIRNAME/unicode/WordBreakTest.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "# WordBreakTest-15.0.0.txt" ]
	[ "$stderr" = "" ]
}

@test "wordbreak: a wrong expectation is reported with its line" {
	printf '%s\n' '÷ 0061 × 0062 ÷' '÷ 0061 ÷ 0062 ÷	# wrong on purpose' > "$BATS_TEST_TMPDIR/t.txt"
	run --separate-stderr wordbreak "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$BATS_TEST_TMPDIR/t.txt:2: breaks expected at 1 2, got 2 (byte offsets)" ]
	[ "${lines[1]}" = "1 lines passed, 1 failed" ]
	[ "$stderr" = "" ]
}

@test "wordbreak: a missing test file is an error" {
	run --separate-stderr wordbreak "$BATS_TEST_TMPDIR/none.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "wordbreak: $BATS_TEST_TMPDIR/none.txt: No such file or directory" ]
}

@test "wordbreak: word_count agrees with word_next on 100000 random texts, in every block engine" {
	run --separate-stderr wordbreak -f 100000
	[ "$status" -eq 0 ]
	# the portable engine is everywhere; the others where the processor has them
	[ "${lines[0]}" = "portable: 100000 random texts, 0 failed" ]
	for line in "${lines[@]}"; do
		case $line in
		"portable: 100000 random texts, 0 failed" | "sse2: 100000 random texts, 0 failed" | \
		"avx2: 100000 random texts, 0 failed" | "avx512: 100000 random texts, 0 failed") ;;
		*) false ;;
		esac
	done
	[ "$stderr" = "" ]
}

# The block engines this processor offers, one a line, as the driver names
# them: the portable one everywhere, the others by the CPU flags.
engines_here() {
	echo portable
	[ "$(uname -m)" = x86_64 ] || return 0
	echo sse2
	flags=$(grep -m 1 '^flags' /proc/cpuinfo)
	case " $flags " in *" avx2 "*) echo avx2 ;; esac
	case " $flags " in *" avx512bw "*)
		case " $flags " in *" avx512_vbmi2 "*) echo avx512 ;; esac ;;
	esac
}

@test "wordbreak: every block engine the processor offers takes part" {
	[ "$(uname -m)" = x86_64 ] || skip "SSE2, AVX2 and AVX-512 are engines for x86-64"
	run --separate-stderr wordbreak -f 10
	[ "$status" -eq 0 ]
	[ "$output" = "$(engines_here | sed 's/$/: 10 random texts, 0 failed/')" ]
	[ "$stderr" = "" ]
}

@test "wordbreak: every block engine the processor offers passes its start-up check" {
	run --separate-stderr wordbreak -c
	[ "$status" -eq 0 ]
	[ "$output" = "$(engines_here | sed 's/$/: self-check passed/')" ]
	[ "$stderr" = "" ]
}

@test "wordbreak: an engine broken at one byte fails its check, for bytes of every class" {
	for c in $(seq 0 13 255) 0x0A 0x0D 0x27 0x2C 0x2D 0x2E 0x2F 0x30 0x3A 0x3B 0x40 0x5F 0x77 0x7A 0x80 0xE2; do
		run --separate-stderr wordbreak -b "$c" -c
		[ "$status" -eq 1 ]
		[ "$output" = "$(engines_here | sed "s/\$/: self-check failed: byte $(printf '0x%02X' "$c") classed unlike the tokenizer/")" ]
		[ "$stderr" = "" ]
	done
}

@test "wordbreak: a broken engine fails the random texts loudly; the words stay right, with a message" {
	run --separate-stderr wordbreak -b 0x61 -f 20
	[ "$status" -eq 1 ]
	[ "$output" = "$(engines_here | sed 's/.*/&: self-check failed: byte 0x61 classed unlike the tokenizer\
&: 20 random texts, 0 failed/')" ]
	[ "$stderr" = "$(engines_here | sed 's/.*/wordbreak: internal error: the & block engine classes byte 0x61 unlike the tokenizer; words are found without it, more slowly/')" ]
}
