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

@test "wordbreak: every block engine the processor offers takes part" {
	[ "$(uname -m)" = x86_64 ] || skip "SSE2, AVX2 and AVX-512 are engines for x86-64"
	run --separate-stderr wordbreak -f 10
	[ "$status" -eq 0 ]
	want="portable: 10 random texts, 0 failed
sse2: 10 random texts, 0 failed"
	flags=$(grep -m 1 '^flags' /proc/cpuinfo)
	case " $flags " in *" avx2 "*)
		want="$want
avx2: 10 random texts, 0 failed" ;;
	esac
	case " $flags " in *" avx512bw "*)
		case " $flags " in *" avx512_vbmi2 "*)
			want="$want
avx512: 10 random texts, 0 failed" ;;
		esac ;;
	esac
	[ "$output" = "$want" ]
	[ "$stderr" = "" ]
}
