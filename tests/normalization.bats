bats_require_minimum_version 1.5.0
load test_helper

# Unicode Normalization Form C (lib/nfc.c) against the Unicode test data
# and a plain reference, through the test driver tests/normalization.c
# (built by make check into tests/bin).

normalization() {
	"$ARTKIT_BIN/tests/bin/normalization" "$@"
}

testfile() {
	local f=/usr/share/unicode/NormalizationTest.txt
	[ -r "$f" ] && head -1 "$f" | grep -q 'NormalizationTest-15\.0\.0' || f="$BATS_TEST_DIRNAME/unicode/NormalizationTest.txt"
	printf '%s\n' "$f"
}

@test "normalization: the NFC columns of every line of NormalizationTest.txt 15.0.0" {
	f=$(testfile)
	n=$(grep -c '^[0-9A-F]' "$f")
	[ "$n" -gt 19000 ]
	run --separate-stderr normalization "$f"
	[ "$status" -eq 0 ]
	[ "$output" = "$n lines passed, 0 failed" ]
	[ "$stderr" = "" ]
}

@test "normalization: the shipped copy is the 15.0.0 file" {
	run --separate-stderr head -1 "$BATS_TEST_DIRNAME/unicode/NormalizationTest.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "# NormalizationTest-15.0.0.txt" ]
	[ "$stderr" = "" ]
}

@test "normalization: a wrong expectation is reported with its line" {
	# the second line claims NFC keeps e + U+0301 apart
	printf '%s\n' '@Part0 # test' '00E9;00E9;0065 0301;00E9;0065 0301;' \
	    '0065 0301;0065 0301;0065 0301;0065 0301;0065 0301;' > "$BATS_TEST_TMPDIR/t.txt"
	run --separate-stderr normalization "$BATS_TEST_TMPDIR/t.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$BATS_TEST_TMPDIR/t.txt:3: NFC differs: 0065 0301;0065 0301;0065 0301;0065 0301;0065 0301" ]
	[ "${lines[1]}" = "1 lines passed, 1 failed" ]
	[ "${#lines[@]}" -eq 2 ]
	[ "$stderr" = "" ]
}

@test "normalization: a missing test file is an error" {
	run --separate-stderr normalization "$BATS_TEST_TMPDIR/none.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "normalization: $BATS_TEST_TMPDIR/none.txt: No such file or directory" ]
}

@test "normalization: nfc agrees with the reference on 20000 random texts" {
	run --separate-stderr normalization -r 20000
	[ "$status" -eq 0 ]
	[ "$output" = "20000 random texts, 0 failed" ]
	[ "$stderr" = "" ]
}

@test "normalization: 16 MB of combining marks in one run are sorted in linear time" {
	# sorting by insertion would take hours here
	run --separate-stderr timeout 120 "$ARTKIT_BIN/tests/bin/normalization" -m 16
	[ "$status" -eq 0 ]
	[ "$output" = "8388608 marks in one run: stably sorted" ]
	[ "$stderr" = "" ]
}

@test "normalization -c: standard input in NFC" {
	run --separate-stderr sh -c 'printf "cafe\314\201 \341\204\222\341\205\241\341\206\253 a\377\n" | "$1" -c | od -An -tx1' sh "$ARTKIT_BIN/tests/bin/normalization"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf "caf\303\251 \355\225\234 a\377\n" | od -An -tx1)" ]
}
