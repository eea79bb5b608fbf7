#!/usr/bin/env bats
# The fast paths of the sentence splitter against their slow forms, on
# random texts, through the test driver tests/sentfast.c: the scan for
# terminators with every block engine of this machine, the hashed
# abbreviation look-ups with and without a user file (-a), and the
# stop-word vote of -l auto with every block engine.

bats_require_minimum_version 1.5.0
load test_helper

@test "sentfast: block scan, abbreviation hash and vote agree with the slow paths" {
	printf '%s\n' '# user abbreviations' 'km final' 'NOS' 'wk.' 'u.s name' \
		'Hauptstr final' 'Zz inner' 'Str. name' 'dr final' > "$BATS_TEST_TMPDIR/abbr.txt"
	run --separate-stderr "$ARTKIT_BIN/tests/bin/sentfast" 5000 "$BATS_TEST_TMPDIR/abbr.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "${lines[0]}" == "portable: 5000 random texts scanned, 0 failed" ]]
	[ "$(grep -c ', 0 failed$' <<< "$output")" -eq "${#lines[@]}" ]
	[[ "$output" == *"nl: 5000 random words looked up, 0 failed"* ]]
	[[ "$output" == *"de: 5000 random words looked up, 0 failed"* ]]
	[[ "${lines[1]}" == "portable: 5000 random texts voted on, 0 failed" ]]
	[ "$(grep -c 'random texts voted on, 0 failed$' <<< "$output")" -eq \
	    "$(grep -c 'random texts scanned, 0 failed$' <<< "$output")" ]
}

@test "sentfast: a bad count is a usage error" {
	run --separate-stderr "$ARTKIT_BIN/tests/bin/sentfast" 0 /dev/null
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == Usage:* ]]
}
