#!/usr/bin/env bats
# The manual pages: they render cleanly, and every command in their
# EXAMPLES runs (and prints what the page shows, where it shows output)
# in a folder with a small corpus.

bats_require_minimum_version 1.5.0
load test_helper

MAN="$ARTKIT_TOP/man"

# The commands of a page's EXAMPLES, each as: a line "@@ cmd", the command
# (continuation lines included), a line "@@ out", the output the page shows.
examples() {
	awk '
	/^\.Sh EXAMPLES/ { ex = 1; next }
	/^\.Sh / { ex = 0 }
	ex && /^\.Bd -literal/ { lit = 1; next }
	ex && /^\.Ed/ { if (incmd || inout) print "@@ end"; lit = incmd = inout = 0; next }
	!(ex && lit) { next }
	{ gsub(/\\e/, "\\"); gsub(/\\&/, "") }
	/^\$ / {
		if (incmd || inout) print "@@ end"
		print "@@ cmd"; print substr($0, 3); incmd = 1; inout = 0
		cont = ($0 ~ /[|\\]$/ || gsub(/\047/, "\047") % 2 == 1); next
	}
	incmd && cont {
		print; cont = ($0 ~ /[|\\]$/ || gsub(/\047/, "\047") % 2 == 1); next
	}
	{ if (!inout) { print "@@ out"; inout = 1; incmd = 0 } print }
	' "$1"
}

setup() {
	cd "$BATS_TEST_TMPDIR"
	mkdir -p examples corpus
	cp "$ARTKIT_TOP/examples/sample.txt" examples/
	for f in normal notrailer nofinal crlf; do
		cp "$FIXTURES/arthdr/$f.txt" corpus/
	done
	cp examples/sample.txt corpus/sample.txt
	awk 'FNR == 1 && NR > 1 { print "\f" } { print }' corpus/*.txt > stream.txt
}

# Run every example of a page in order; print what failed.
run_examples() {
	local page=$1 block cmd want got err status failed=0
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
		*duckdb*) command -v duckdb >/dev/null || continue ;;
		*pandas*) python3 -c 'import pandas' 2>/dev/null || continue ;;
		*host1*) continue ;;            # needs other machines
		*parallel*) command -v parallel >/dev/null || continue ;;
		esac
		status=0
		got=$(bash -c "$cmd" 2>"$BATS_TEST_TMPDIR/err.txt") || status=$?
		err=$(cat "$BATS_TEST_TMPDIR/err.txt")
		if [ "$status" -ne 0 ] || [ -n "$err" ] ||
		    { [ -n "$want" ] && [ "$got" != "$want" ]; }; then
			printf '%s: example failed (status %s):\n%s\nstderr: %s\nwanted:\n%s\ngot:\n%s\n' \
			    "${page##*/}" "$status" "$cmd" "$err" "$want" "$got"
			failed=1
		fi
	done < "$BATS_TEST_TMPDIR/ex.txt"
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
		synopsis=$(MANWIDTH=200 mandoc -Tascii "$page" 2>/dev/null | sed 's/.\x08//g' |
		    awk '/^SYNOPSIS/ { s = 1; next } s && NF { sub(/^ +/, ""); print; exit }' |
		    sed 's/ *| */|/g')
		[ -n "$usage" ]
		[ "$usage" = "Usage: $synopsis" ] || { echo "$prog: '$usage' != 'Usage: $synopsis'"; false; }
	done
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
