#!/bin/sh
# artpick throughput: selecting by a count, by a header field and by a body
# pattern, beside GNU wc -w reading the same stream from the page cache.
#
#   bench/pick.sh [MiB] [runs]
#
# MiB (default 64) of articles come from bench/gen-corpus.c (seed 1) into
# bench/out/, once.  The commands take turns, each [runs] times (default
# 5); the median CPU time (user + system, steadier than the wall clock on
# a busy machine) gives MB/s and the ratio to wc -w.  The target for
# artpick -t 'words > 300' is at least four times wc -w.
set -eu

mib=${1:-64}
runs=${2:-5}
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/bench/out
[ -x "$top/artpick" ] || { echo "bench/pick.sh: build first (make)" >&2; exit 2; }
/usr/bin/time -f %U true 2>/dev/null || { echo "bench/pick.sh: needs GNU time" >&2; exit 2; }
mkdir -p "$out"
cc -O2 -o "$out/gen-corpus" "$top/bench/gen-corpus.c"
corpus=$out/corpus-$mib.txt
[ -s "$corpus" ] || "$out/gen-corpus" -s 1 -m "$mib" > "$corpus"
cat "$corpus" > /dev/null
bytes=$(wc -c < "$corpus")
export LC_ALL=C.UTF-8
PATH=$top:$PATH
export PATH

set -- \
	"wc -w" 'wc -w < "$0"' \
	"artpick -t 'words > 300'" 'artpick -t "words > 300" "$0"' \
	"artpick -c -t 'words > 300'" 'artpick -c -t "words > 300" "$0"' \
	"artpick -t 'utc >= \"2024-07-01\"'" 'artpick -t "utc >= \"2024-07-01\"" "$0"' \
	"artpick -e kabinet" 'artpick -e kabinet "$0"' \
	"artpick (all)" 'artpick "$0"'

i=0
while [ "$i" -lt "$runs" ]; do
	k=0
	for arg; do
		k=$((k + 1))
		[ $((k % 2)) -eq 0 ] || continue
		# five in a row, as time(1) counts in hundredths of a second
		/usr/bin/time -f '%U %S' -o "$out/time.txt" \
		    sh -c "for r in 1 2 3 4 5; do $arg; done" "$corpus" > /dev/null
		awk -v k=$k '{ print k, ($1 + $2) / 5 }' "$out/time.txt" >> "$out/pick-times.$$"
	done
	i=$((i + 1))
done

printf 'stream: %d bytes, %d runs each, median CPU seconds\n' "$bytes" "$runs"
k=0
for arg; do
	k=$((k + 1))
	if [ $((k % 2)) -eq 1 ]; then
		name=$arg
		continue
	fi
	awk -v k=$k '$1 == k { print $2 }' "$out/pick-times.$$" | sort -n |
	    awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }' > "$out/median.txt"
	s=$(cat "$out/median.txt")
	[ "$k" -eq 2 ] && base=$s
	awk -v n="$name" -v s="$s" -v b="$bytes" -v base="$base" 'BEGIN {
		if (s <= 0) s = 0.001
		printf "%-36s %7.3f s %8.1f MB/s %6.2fx wc -w\n", n, s, b / s / 1e6, base / s
	}'
done
rm -f "$out/pick-times.$$" "$out/median.txt"
