#!/bin/sh
# Sentence splitting throughput, side by side in one run:
#   artsent against GNU wc -w (C.UTF-8) on the generated corpus (256 MiB),
#   ucto (ucto -L nld -n) against artsent on a smaller piece of it,
#   artwc -s against artwc -w on the whole corpus,
# and, when text files are given, artsent and artwc -s on a stream of
# real text as large, made of them.
#
#   bench/sentences.sh [MiB] [dir] [text ...]
#
# A text file that begins with a header (an ISO timestamp on its second
# line) is taken as an article; any other, such as the raw text of a
# treebank, becomes one, its non-empty lines the paragraphs under a made
# header.  The articles repeat, separated by form-feed lines, until the
# stream holds MiB MiB.
# The corpus (default 256 MiB) is generated once by bench/gen-corpus.c into
# dir (default $TMPDIR/artkit-bench, kept for the next run).  Every command
# runs three times with its output to /dev/null; the median is reported.
# Run from the top of the tree after make.  Not part of make check.
set -eu

mib=${1:-256}
top=$(cd "$(dirname "$0")/.." && pwd)
dir=${2:-${TMPDIR:-/tmp}/artkit-bench}
[ $# -ge 2 ] && shift 2 || shift $#
for p in artsent artwc; do
	[ -x "$top/$p" ] || { echo "bench/sentences.sh: build first (make)" >&2; exit 2; }
done
mkdir -p "$dir"
corpus=$dir/corpus-$mib.txt
small=$dir/corpus-ucto.txt
if [ ! -s "$corpus" ]; then
	${CC:-cc} -O2 -o "$dir/gen-corpus" "$top/bench/gen-corpus.c"
	"$dir/gen-corpus" -m "$mib" > "$corpus"
fi
[ -s "$small" ] || head -c 1048576 "$corpus" > "$small"
cat "$corpus" > /dev/null       # warm the page cache

now() {
	date +%s.%N
}

# run LABEL FILE COMMAND...: median of three wall-clock times and MB/s
run() {
	label=$1 file=$2
	shift 2
	bytes=$(wc -c < "$file")
	times=""
	for i in 1 2 3; do
		t0=$(now)
		"$@" "$file" > /dev/null
		t1=$(now)
		times="$times $(awk -v a="$t0" -v b="$t1" 'BEGIN { print b - a }')"
	done
	med=$(printf '%s\n' $times | sort -n | sed -n 2p)
	awk -v l="$label" -v t="$med" -v n="$bytes" \
	    'BEGIN { printf "%-28s %8.3f s %9.1f MB/s\n", l, t, n / t / 1e6 }'
	last=$med
}

quiet_ucto() {
	ucto -L nld -n "$@" 2> /dev/null
}

ratio() {
	awk -v l="$1" -v a="$2" -v b="$3" 'BEGIN { printf "%s: %.2f\n", l, a / b }'
}

export LC_ALL=C.UTF-8
echo "corpus: $corpus ($(wc -c < "$corpus") bytes)"
run "GNU wc -w" "$corpus" wc -w
wc_t=$last
run "artsent" "$corpus" "$top/artsent"
sent_t=$last
run "artsent -U (plain UAX #29)" "$corpus" "$top/artsent" -U
ratio "artsent / wc -w time" "$sent_t" "$wc_t"

echo
echo "small file: $small ($(wc -c < "$small") bytes)"
if command -v ucto > /dev/null 2>&1; then
	run "ucto -L nld -n" "$small" quiet_ucto
	ucto_t=$last
	run "artsent" "$small" "$top/artsent"
	ratio "ucto / artsent time" "$ucto_t" "$last"
else
	echo "ucto: not installed"
fi

echo
if "$top/artwc" -s /dev/null > /dev/null 2>&1; then
	run "artwc -w" "$corpus" "$top/artwc" -w
	w_t=$last
	run "artwc -s" "$corpus" "$top/artwc" -s
	ratio "artwc -s / artwc -w time" "$last" "$w_t"
else
	echo "artwc -s: not available"
fi

[ $# -gt 0 ] || exit 0
# one article of each text file, then the stream of them
real=$dir/real-$mib.txt
one=$dir/real-one.txt
: > "$one"
n=0
for f in "$@"; do
	[ "$n" -eq 0 ] || printf '\f\n' >> "$one"
	n=$((n + 1))
	if sed -n 2p "$f" | grep -q '^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]T'; then
		cat "$f" >> "$one"
		[ -z "$(tail -c 1 "$f")" ] || echo >> "$one"
	else
		printf 'Text %d\n2024-06-19T10:00:00+0200\nhttps://example.org/text-%d\n\n' "$n" "$n" >> "$one"
		grep -v '^[[:space:]]*$' "$f" >> "$one" || true
	fi
done
: > "$real"
while [ "$(wc -c < "$real")" -lt $((mib * 1048576)) ]; do
	cat "$one" >> "$real"
	printf '\f\n' >> "$real"
done
rm -f "$one"
cat "$real" > /dev/null
echo
echo "real text: $real ($(wc -c < "$real") bytes, from $n files)"
run "GNU wc -w" "$real" wc -w
wc_t=$last
run "artsent" "$real" "$top/artsent"
ratio "artsent / wc -w time" "$last" "$wc_t"
run "artwc -w" "$real" "$top/artwc" -w
w_t=$last
run "artwc -s" "$real" "$top/artwc" -s
ratio "artwc -s / artwc -w time" "$last" "$w_t"
