#!/usr/bin/env bats
# artstrip's first look at a line against the whole way, through the test
# driver tests/stripfast.c: the screen masks of every block engine of this
# machine against their definitions, and on random lines of prose and
# boilerplate (short, long, past the rules' limit, 100 KB and more) that
# a line the screen lets through is one that cleaning leaves as it is and
# the built-in rules keep, and that bp_inline() with its shortcut says
# what the rules say.

bats_require_minimum_version 1.5.0
load test_helper

@test "stripfast: the screen agrees with the rules on every engine" {
	run --separate-stderr "$ARTKIT_BIN/tests/bin/stripfast" 20000
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "portable: 20000 rounds of blocks screened, 0 failed" ]
	[[ "${lines[1]}" =~ ^portable:\ 20000\ random\ lines,\ [0-9]+\ screened,\ [0-9]+\ removed,\ 0\ failed$ ]]
	[ "$(grep -c ', 0 failed$' <<< "$output")" -eq "${#lines[@]}" ]
	# both kinds of line come: many screened, many removed
	screened=$(sed -n '2s/.* lines, \([0-9]*\) screened.*/\1/p' <<< "$output")
	removed=$(sed -n '2s/.* screened, \([0-9]*\) removed.*/\1/p' <<< "$output")
	[ "$screened" -ge 2000 ]
	[ "$removed" -ge 2000 ]
}

@test "stripfast: a bad count is a usage error" {
	run --separate-stderr "$ARTKIT_BIN/tests/bin/stripfast" 0
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == Usage:* ]]
}
