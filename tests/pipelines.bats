#!/usr/bin/env bats
# Corpus scale: the example Makefile, parallel runs through xargs and GNU
# parallel, concurrent writers into one pipe, 100,000 files, and the jq
# lines of examples/pipelines.txt.  The corpora are invented articles,
# generated once for the whole file.
bats_require_minimum_version 1.5.0
load test_helper

# The corpora go to a memory file system when there is one: creating and
# removing 100,000 files there takes seconds, not half a minute.
setup_file() {
	local gen="$BATS_TEST_DIRNAME/fixtures/pipelines/gen-articles.awk"
	if [ -d /dev/shm ] && [ -w /dev/shm ]; then
		C=$(mktemp -d /dev/shm/artkit-pipelines.XXXXXX)
	else
		C=$BATS_FILE_TMPDIR/corpora
	fi
	export C
	mkdir -p "$C/raw200" "$C/c10k" "$C/c100k"
	awk -v n=200 -v dir="$C/raw200" -f "$gen"
	awk -v n=10000 -v seed=2 -v dir="$C/c10k" -f "$gen"
	# the same 10,000 articles as one stream
	awk -v n=10000 -v seed=2 -f "$gen" > "$C/stream10k.txt"
	awk -v n=100000 -v seed=3 -v small=1 -v dir="$C/c100k" -f "$gen"
}

teardown_file() {
	case $C in
	/dev/shm/artkit-pipelines.*) rm -rf "$C" ;;
	esac
}

# make with the example Makefile in a folder of its own, on the 200 articles
exmake() {
	local dir=$1
	shift
	mkdir -p "$dir"
	env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS \
		make -C "$dir" -f "$ARTKIT_TOP/examples/Makefile" RAW="$C/raw200" "$@"
}

# The totals of artwc -j rows, by the jq line of examples/pipelines.txt.
jqsum() {
	jq -n -c 'reduce (inputs | del(.file) | to_entries[]) as $e ({}; .[$e.key] += $e.value)'
}

@test "examples/Makefile: 200 articles, the same summary under make -j1 and make -j4" {
	run --separate-stderr exmake "$C/seq" -s -j1
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	run --separate-stderr exmake "$C/par" -s -j4
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	cmp "$C/seq/summary.tsv" "$C/par/summary.tsv"
	[ "$(head -n 1 "$C/par/summary.tsv")" = "$(printf 'file\tid\tday\ttitle\tparagraphs\tsentences\twords\tchars')" ]
	[ "$(wc -l < "$C/par/summary.tsv")" -eq 201 ]
	[ "$(ls "$C/par/clean" | wc -l)" -eq 200 ]
	# every row complete, and the ids those of the raw files
	[ "$(awk -F '\t' 'NR > 1 && NF == 8 && $2 != "" && $8 > 0' "$C/par/summary.tsv" | wc -l)" -eq 200 ]
	[ "$(cut -f 2 "$C/par/summary.tsv" | sed 1d)" = "$(arthdr -h -f id "$C"/raw200/*.txt)" ]
	# the summed rows equal artwc's own total over the clean texts
	run --separate-stderr sh -c 'awk -F "\t" "NR > 1 { p += \$5; s += \$6; w += \$7; c += \$8 } END { print p, s, w, c }" "$1"' sh "$C/par/summary.tsv"
	[ "$output" = "$(artwc -p -s -w -m "$C"/par/clean/*.txt | awk '$NF == "total" { print $1, $2, $3, $4 }')" ]
	# nothing left behind
	[ "$(find "$C/par" -name '*.tmp' -o -name '*.hdr' -o -name '*.wc' -o -name '*.list' | wc -l)" -eq 0 ]
}

@test "examples/Makefile: incremental, one changed article rebuilds one article" {
	exmake "$C/inc" -s -j4
	cp "$C/inc/summary.tsv" "$C/before.tsv"
	run --separate-stderr exmake "$C/inc" -j4
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == *"Nothing to be done"* ]]
	sleep 1
	touch "$C/raw200/a000007.txt"
	run --separate-stderr exmake "$C/inc" -j4
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | grep -c '^artstrip ')" -eq 1 ]
	[ "$(printf '%s\n' "$output" | grep -c '^arthdr ')" -eq 1 ]
	[ "$(printf '%s\n' "$output" | grep -c '^artwc ')" -eq 1 ]
	[[ "$output" == *"artstrip $C/raw200/a000007.txt"* ]]
	cmp "$C/before.tsv" "$C/inc/summary.tsv"
	# a changed text changes its row and no other
	sleep 1
	awk 'NR == 5 { print "Een nieuwe alinea van zes woorden." } { print }' \
		"$C/raw200/a000009.txt" > "$C/new.txt"
	mv "$C/new.txt" "$C/raw200/a000009.txt"
	exmake "$C/inc" -s -j4
	run --separate-stderr sh -c 'diff "$1" "$2" | grep "^[<>]" | cut -f 1,5-7' sh "$C/before.tsv" "$C/inc/summary.tsv"
	[ "$status" -eq 0 ]
	old=$(awk -F '\t' '$1 == "clean/a000009.txt" { print $5 "\t" $6 "\t" $7 }' "$C/before.tsv")
	new=$(echo "$old" | awk -F '\t' '{ print $1 + 1 "\t" $2 + 1 "\t" $3 + 6 }')
	[ "$output" = "$(printf '< clean/a000009.txt\t%s\n> clean/a000009.txt\t%s' "$old" "$new")" ]
}

@test "xargs -P: the parallel totals of 10,000 articles equal the sequential ones" {
	seq=$(artwc -p -w -m "$C/stream10k.txt" | awk '$NF == "total" { printf "{\"paragraphs\":%s,\"words\":%s,\"chars\":%s}", $1, $2, $3 }')
	[ -n "$seq" ]
	run --separate-stderr sh -c 'find "$1" -name "*.txt" -print0 | xargs -0 -P 2 -n 500 artwc -j > "$2"' sh "$C/c10k" "$C/rows.json"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(wc -l < "$C/rows.json")" -eq 10000 ]
	[ "$(jqsum < "$C/rows.json")" = "$seq" ]
	# the awk line, on artwc's own columns
	run --separate-stderr sh -c 'find "$1" -name "*.txt" -print0 | xargs -0 -P 2 -n 500 artwc -p -w -m | awk "\$NF != \"total\" { p += \$1; w += \$2; c += \$3 } END { printf \"{\\\"paragraphs\\\":%d,\\\"words\\\":%d,\\\"chars\\\":%d}\", p, w, c }"' sh "$C/c10k"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$seq" ]
}

@test "GNU parallel: --pipe over a stream and -X over files give the sequential totals" {
	command -v parallel >/dev/null || skip "GNU parallel is not installed"
	seq=$(artwc -p -w -m "$C/stream10k.txt" | awk '$NF == "total" { printf "{\"paragraphs\":%s,\"words\":%s,\"chars\":%s}", $1, $2, $3 }')
	# --recend must hold a real form feed and newline: GNU parallel does not
	# read backslash escapes in it
	run --separate-stderr bash -c 'parallel --will-cite -j 2 --pipe --block 256k --recend $'"'"'\f\n'"'"' artwc -j < "$1" > "$2"' bash "$C/stream10k.txt" "$C/prows.json"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(wc -l < "$C/prows.json")" -eq 10000 ]
	[ "$(jqsum < "$C/prows.json")" = "$seq" ]
	# the blocks really were split: several streams, each from article 1
	[ "$(grep -c '"file":"-#1"' "$C/prows.json")" -gt 1 ]
	# the same in a POSIX shell, as examples/pipelines.txt writes it
	run --separate-stderr sh -c 'sep=$(printf '"'"'\f\n.'"'"'); parallel --will-cite -j 2 --pipe --block 256k --recend "${sep%.}" artwc -j < "$1" | jq -n -c "reduce (inputs | del(.file) | to_entries[]) as \$e ({}; .[\$e.key] += \$e.value)"' sh "$C/stream10k.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$seq" ]
	grep -q "sep=\$(printf '\\\\f\\\\n.'); parallel --pipe --recend \"\${sep%.}\" artwc -j < stream.txt" "$ARTKIT_TOP/examples/pipelines.txt"
	run --separate-stderr sh -c 'find "$1" -name "*.txt" | parallel --will-cite -j 2 -X artwc -j > "$2"' sh "$C/c10k" "$C/xrows.json"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(wc -l < "$C/xrows.json")" -eq 10000 ]
	[ "$(jqsum < "$C/xrows.json")" = "$seq" ]
}

@test "xargs -P into one pipe: no line is ever cut or mixed" {
	# Four writers at once, each with far more than a pipe buffer of output
	# in lines much shorter than PIPE_BUF; a line cut or mixed with another
	# fails jq, or loses or changes a row.
	run --separate-stderr sh -c 'find "$1" -name "*.txt" | sort | head -n 40000 | xargs -P 4 -n 2000 artjson | jq -r .id | sort -n | uniq | wc -l' sh "$C/c100k"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq 40000 ]
	run --separate-stderr sh -c 'find "$1" -name "*.txt" | xargs -P 4 -n 1000 arthdr -j -f file,id,title,utc,tags | jq -c "select(.id == null or .utc == null)" | wc -l' sh "$C/c10k"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq 0 ]
	run --separate-stderr sh -c 'find "$1" -name "*.txt" | xargs -P 4 -n 1000 artwc -j | jq -r .file | sort | uniq | wc -l' sh "$C/c10k"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq 10000 ]
}

@test "100,000 files through xargs: one row each, nothing lost" {
	run --separate-stderr sh -c 'find "$1" -name "*.txt" | xargs -n 500 arthdr -h -f id | sort -n | uniq > "$2"' sh "$C/c100k" "$C/ids"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(wc -l < "$C/ids")" -eq 100000 ]
	[ "$(head -n 1 "$C/ids")" = 2000001 ]
	[ "$(tail -n 1 "$C/ids")" = 2100000 ]
	run --separate-stderr sh -c 'find "$1" -name "*.txt" -print0 | xargs -0 -P 2 -n 500 artwc -j | jq -n "reduce inputs as \$r (0; . + 1)"' sh "$C/c100k"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq 100000 ]
}

@test "the jq lines of examples/pipelines.txt" {
	P="$ARTKIT_TOP/examples/pipelines.txt"
	[ -f "$P" ]
	artjson "$C"/raw200/*.txt > "$C/corpus.jsonl"
	# tags, most frequent first
	run --separate-stderr sh -c 'jq -r ".tags[]" "$1" | sort | uniq -c | sort -rn | head -n 3' sh "$C/corpus.jsonl"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 3 ]
	[ "$(printf '%s\n' "$output" | awk '{ s += $1 } END { print (s > 0) }')" -eq 1 ]
	grep -q "jq -r '.tags\[\]' corpus.jsonl | sort | uniq -c | sort -rn" "$P"
	# articles per day, from the JSON and from arthdr: the same
	run --separate-stderr sh -c 'jq -r ".utc[0:10]" "$1" | sort | uniq -c' sh "$C/corpus.jsonl"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(arthdr -h -f utc "$C"/raw200/*.txt | cut -c 1-10 | sort | uniq -c)" ]
	grep -q "jq -r '.utc\[0:10\]' corpus.jsonl | sort | uniq -c" "$P"
	# the summing line, as written there
	grep -q "jq -n -c 'reduce (inputs | del(.file) | to_entries\[\]) as \$e ({}; .\[\$e.key\] += \$e.value)'" "$P"
	run --separate-stderr sh -c 'artwc -j "$@" | jq -n -c "reduce (inputs | del(.file) | to_entries[]) as \$e ({}; .[\$e.key] += \$e.value)"' sh "$C"/raw200/*.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artwc "$C"/raw200/*.txt | awk '$NF == "total" { printf "{\"paragraphs\":%s,\"words\":%s,\"chars\":%s}", $1, $2, $3 }')" ]
	# paragraphs that mention a word, back to articles
	run --separate-stderr sh -c 'jq -c ".body |= map(select(test(\"fiets\")))" "$1" | artjson -d | artjson | jq ".body | length" | sort -u' sh "$C/corpus.jsonl"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | awk '$1 > 0' | wc -l)" -ge 1 ]
	# word frequencies, from artjson -t and from arttok: the same
	run --separate-stderr sh -c 'artjson -t "$@" | jq -r ".tokens[][]" | sort | uniq -c | sort -rn | head -n 20' sh "$C"/raw200/*.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(arttok "$C"/raw200/*.txt | grep -v "$(printf '^\f$')" | sort | uniq -c | sort -rn | head -n 20)" ]
}

@test "DuckDB reads artjson output with read_json_auto" {
	command -v duckdb >/dev/null || skip "DuckDB is not installed"
	artjson "$C"/raw200/*.txt > "$C/corpus.jsonl"
	run --separate-stderr duckdb -csv -noheader -c "SELECT count(*), sum(len(body)) FROM read_json_auto('$C/corpus.jsonl')"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "200,$(jq -n '[inputs | .body | length] | add' "$C/corpus.jsonl")" ]
}
