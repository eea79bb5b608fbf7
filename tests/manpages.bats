#!/usr/bin/env bats
# The manual pages: they render cleanly, and every command in their
# EXAMPLES runs (and prints what the page shows, where it shows output)
# in a folder with a small corpus.

bats_require_minimum_version 1.5.0
load test_helper
load manpage

MAN="$ARTKIT_TOP/man"

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p examples corpus
	cp "$ARTKIT_TOP/examples/sample.txt" "$ARTKIT_TOP/examples/Makefile" examples/
	for f in normal notrailer nofinal crlf; do
		cp "$FIXTURES/arthdr/$f.txt" corpus/
	done
	cp examples/sample.txt corpus/sample.txt
	awk 'FNR == 1 && NR > 1 { print "\f" } { print }' corpus/*.txt > stream.txt
}

# Run every example of a page in order; print what failed.  Each command
# of EXAMPLES runs, or is skipped for a tool that is missing here.
run_examples() {
	local page=$1 block cmd want got err status failed=0 ran=0 skipped=0 total
	examples "$page" > "$BATS_TEST_TMPDIR/ex.txt"
	while IFS= read -r line; do
		case $line in
		"@@ cmd") cmd=""; want=""; mode=cmd; continue ;;
		"@@ out") mode=out; continue ;;
		"@@ end") ;;
		*)
			if [ "$mode" = cmd ]; then cmd="${cmd:+$cmd
}$line"; else want="${want:+$want
}$line"; fi
			continue ;;
		esac
		case $cmd in
		*duckdb*) command -v duckdb >/dev/null || { skipped=$((skipped + 1)); continue; } ;;
		*pandas*) python3 -c 'import pandas' 2>/dev/null || { skipped=$((skipped + 1)); continue; } ;;
		*host1*) skipped=$((skipped + 1)); continue ;;  # distributed.bats runs these
		*parallel*) command -v parallel >/dev/null || { skipped=$((skipped + 1)); continue; } ;;
		esac
		ran=$((ran + 1))
		status=0
		# as typed in a shell, not as part of the make that runs the suite
		got=$(env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS bash -c "$cmd" 2>"$BATS_TEST_TMPDIR/err.txt") || status=$?
		err=$(cat "$BATS_TEST_TMPDIR/err.txt")
		if [ "$status" -ne 0 ] || [ -n "$err" ] ||
		    { [ -n "$want" ] && [ "$got" != "$want" ]; }; then
			printf '%s: example failed (status %s):\n%s\nstderr: %s\nwanted:\n%s\ngot:\n%s\n' \
			    "${page##*/}" "$status" "$cmd" "$err" "$want" "$got"
			failed=1
		fi
	done < "$BATS_TEST_TMPDIR/ex.txt"
	total=$(grep -c '^@@ cmd$' "$BATS_TEST_TMPDIR/ex.txt")
	if [ "$ran" -eq 0 ] || [ "$((ran + skipped))" -ne "$total" ]; then
		echo "${page##*/}: $ran examples ran, $skipped skipped, of $total"
		failed=1
	fi
	return "$failed"
}

@test "every manual page has its sections and passes mandoc -Tlint" {
	for page in "$MAN"/man*/*.[157]; do
		for sec in NAME SYNOPSIS DESCRIPTION EXAMPLES "SEE ALSO"; do
			case ${page##*/} in artkit.[57]) [ "$sec" = SYNOPSIS ] && continue ;; esac
			grep -q "^\.Sh $sec\$" "$page" || { echo "${page##*/}: no $sec"; false; }
		done
		case ${page##*/} in
		*.1) grep -q '^\.Sh EXIT STATUS$' "$page" || { echo "${page##*/}: no EXIT STATUS"; false; } ;;
		esac
	done
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run --separate-stderr mandoc -Tlint -Wwarning "$MAN"/man*/*.[157]
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	[ "$stderr" = "" ]
}

@test "every program's usage line matches its SYNOPSIS" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	for page in "$MAN"/man1/*.1; do
		prog=$(basename "$page" .1)
		run --separate-stderr "$prog" -'?'
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		usage=$(printf '%s\n' "$stderr" | grep '^Usage: ' | sed 's/ *| */|/g')
		synopsis=$(mandoc -Tascii -O width=200 "$page" 2>/dev/null | sed 's/.\x08//g' |
		    awk '/^SYNOPSIS/ { s = 1; next } s && NF { sub(/^ +/, ""); print; exit }' |
		    sed 's/ *| */|/g')
		[ -n "$usage" ]
		[ "$usage" = "Usage: $synopsis" ] || { echo "$prog: '$usage' != 'Usage: $synopsis'"; false; }
	done
}

@test "the examples of artfreq(1) run" {
	run_examples "$MAN/man1/artfreq.1"
	[ "$(artfreq -m shards/*.tsv)" = "$(artfreq -f corpus/*.txt)" ]
}

@test "the examples of arthdr(1) run" {
	run_examples "$MAN/man1/arthdr.1"
}

@test "the examples of artjson(1) run" {
	run_examples "$MAN/man1/artjson.1"
}

@test "the examples of artpick(1) run" {
	run_examples "$MAN/man1/artpick.1"
	cmp nos/1.txt corpus/crlf.txt
}

@test "the examples of artsent(1) run" {
	run_examples "$MAN/man1/artsent.1"
}

@test "the examples of artstrip(1) run" {
	run_examples "$MAN/man1/artstrip.1"
}

@test "the examples of arttok(1) run" {
	run_examples "$MAN/man1/arttok.1"
}

@test "the examples of artwc(1) run" {
	run_examples "$MAN/man1/artwc.1"
}

@test "the examples of artkit(5) run" {
	run_examples "$MAN/man5/artkit.5"
	[ "$(cat art0001.txt)" = "$(cat corpus/crlf.txt)" ]
}

@test "the examples of artkit(7) run" {
	run_examples "$MAN/man7/artkit.7"
}

@test "no page loses a period to mdoc or nests a quote inside a quote" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	run --separate-stderr awk '
	# A lone "." ending a macro line is punctuation mdoc moves outside
	# the quotes: the sentence must end there, so what follows on the next
	# line starts a new sentence, never in lower case; and a period is
	# never followed by more punctuation.
	held != "" && /^[a-z]/ { print FILENAME ":" FNR - 1 ": " held }
	{ held = "" }
	/^\.[A-Z][a-z]/ && / \.$/ { held = $0 }
	/^\.[A-Z][a-z].* \. [.,;:?!]( |$)/ { print FILENAME ":" FNR ": " $0 }
	' "$MAN"/man*/*.[157]
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	for page in "$MAN"/man*/*.[157]; do
		run --separate-stderr render "$page"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		bad=$(printf '%s\n' "$output" | grep -n -e '“[^”]*“' -e '‘[^’]*‘' -e "’\.[,;:]") || true
		[ -z "$bad" ] || { echo "${page##*/}: $bad"; false; }
	done
}

@test "every example reads on the rendered page as it runs" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	for page in "$MAN"/man*/*.[157]; do
		render "$page" | sed 's/^[[:space:]]*//; s/^\$ //; s/[[:space:]][[:space:]]*/ /g' > shown.txt
		examples "$page" | grep -v '^@@ ' |
		    sed 's/^[[:space:]]*//; s/[[:space:]][[:space:]]*/ /g' > ran.txt
		[ -s ran.txt ]
		run --separate-stderr grep -v -x -F -f shown.txt ran.txt
		[ "$status" -eq 1 ] || { echo "${page##*/}: not on the page as it runs: $output"; false; }
		[ "$stderr" = "" ]
		[ "$output" = "" ]
	done
}

@test "the invariants artkit(7) states hold for articles and streams of any text" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	"$ARTKIT_TOP/tests/genarticles" 1 40 news > news.txt
	for seed in 1 2 3; do
		"$ARTKIT_TOP/tests/genarticles" "$seed" 25 any > "any$seed.txt"
	done
	render "$MAN/man7/artkit.7" |
	    sed -n '/^   Invariants/,/^   [A-Z]/p' | sed -n 's/^ *• *//p' |
	    sed -n "s/^‘\([^’]*\)’ equals ‘\([^’]*\)’.*/\1\t\2/p" > equalities.txt
	# both counts, the word count and the idempotence of artstrip at least
	grep -q '^artsent' equalities.txt
	grep -q '^arttok' equalities.txt
	grep -q '^artstrip' equalities.txt
	checked=0
	while IFS=$'\t' read -r left right; do
		for f in corpus/*.txt stream.txt news.txt any1.txt any2.txt any3.txt; do
			[ "$(result "$left" "$f")" = "$(result "$right" "$f")" ] ||
				{ echo "$f: '$left' != '$right'"; false; }
			checked=$((checked + 1))
		done
	done < equalities.txt
	[ "$checked" -ge 30 ]
}

# What a command of the invariants gives for file $2: its output, or for
# artwc, which prints a total row after several articles, the first count
# of its last row.  It must succeed without a message.
result() {
	local cmd out
	cmd=$(printf '%s\n' "$1" | sed -E 's/(^| )F( |$)/\1"$f"\2/g')
	out=$(f=$2 bash -c "$cmd" 2> err.txt) || { echo "failed: $1 on $2"; return; }
	[ -s err.txt ] && { echo "stderr: $1 on $2: $(cat err.txt)"; return; }
	case $1 in
	artwc*) printf '%s\n' "$out" | tail -n 1 | awk '{ print $1 }' ;;
	*) printf '%s\n' "$out" ;;
	esac
}

@test "the README names manual pages by their section, and artkit(5) and artkit(7) point at each other" {
	run --separate-stderr grep -o 'man [0-9] [a-z]*' "$ARTKIT_TOP/README.md"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	printf '%s\n' "$output" | grep -qx 'man 7 artkit'
	printf '%s\n' "$output" | grep -qx 'man 5 artkit'
	while read -r _ sec page; do
		[ -f "$MAN/man$sec/$page.$sec" ] || { echo "README: man $sec $page: no such page"; false; }
	done <<< "$output"
	# where the README promises the tour, it gives the section
	[ -z "$(grep -n 'man artkit` gives' "$ARTKIT_TOP/README.md")" ]
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	for pair in 5:7 7:5; do
		page=$MAN/man${pair%:*}/artkit.${pair%:*}
		other=${pair#*:}
		render "$page" | sed -n '/^DESCRIPTION/,/^[A-Z]/p' | grep -q "artkit($other) (‘man $other artkit’)" ||
			{ echo "artkit.${pair%:*}: DESCRIPTION does not point at man $other artkit"; false; }
	done
}

@test "every program: --help prints its usage line and options to standard output, --version its version" {
	for page in "$MAN"/man1/*.1; do
		prog=$(basename "$page" .1)
		run --separate-stderr "$prog" -'?'
		usage=$(printf '%s\n' "$stderr" | grep '^Usage: ')
		run --separate-stderr "$prog" --help
		[ "$status" -eq 0 ] || { echo "$prog --help: status $status"; false; }
		[ "$stderr" = "" ]
		[ "${lines[0]}" = "$usage" ] || { echo "$prog: '${lines[0]}' != '$usage'"; false; }
		# one line for each option the page lists
		for opt in $(grep -o '^\.It Fl [a-zA-Z]' "$page" | awk '{ print $3 }'); do
			printf '%s\n' "$output" | grep -q "^  -$opt\b" || { echo "$prog --help lacks -$opt"; false; }
		done
		run --separate-stderr "$prog" --version
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[[ "$output" =~ ^$prog\ \(artkit\)\ [0-9] ]]
	done
}
