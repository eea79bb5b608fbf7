#!/bin/sh
# Word frequencies: artfreq -f beside arttok -f | sort | uniq -c | sort -rn,
# on a generated corpus and on one built from real text, with both
# outputs compared, and the peak memory of artfreq per distinct item.
#
#   bench/freq.sh [MiB] [runs] [text ...]
#
# MiB (default 64) of articles come from bench/gen-corpus.c (seed 1) into
# bench/out/, once.  The real corpus repeats the given text files (articles
# or plain text, e.g. an article and raw treebank text) as a stream of
# articles until it holds MiB MiB; without files only the generated
# corpus is measured.  The two commands take turns, each runs [runs] times
# (default 3), and the median time is reported, by wall clock and by CPU
# time (user + system of every process of the pipeline).  GNU time is
# needed for the CPU and memory figures.
set -eu

mib=${1:-64}
runs=${2:-3}
[ $# -ge 2 ] && shift 2 || shift $#
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/bench/out
for p in artfreq arttok; do
	[ -x "$top/$p" ] || { echo "bench/freq.sh: build first (make)" >&2; exit 2; }
done
/usr/bin/time -f %e true 2>/dev/null || { echo "bench/freq.sh: needs GNU time in /usr/bin/time" >&2; exit 2; }
mkdir -p "$out"
cc -O2 -o "$out/gen-corpus" "$top/bench/gen-corpus.c"
export LC_ALL=C.UTF-8
tab=$(printf '\t')

# Run a command line with the corpus as $1; print "wall cpu" seconds.
measure() {
	/usr/bin/time -f '%e %U %S' -o "$out/time.txt" sh -c "$1" sh "$corpus" > "$out/freq.out"
	awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$out/time.txt"
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

artfreq_cmd="'$top/artfreq' -f \"\$1\""
pipeline_cmd="'$top/arttok' -l \"\$1\" | LC_ALL=C sort | uniq -c | sort -rn"

bench() {
	bytes=$(wc -c < "$corpus")
	cat "$corpus" > /dev/null               # into the page cache
	rm -f "$out"/t.*
	r=0
	while [ "$r" -lt "$runs" ]; do
		measure "$artfreq_cmd" >> "$out/t.a"
		measure "$pipeline_cmd" >> "$out/t.p"
		r=$((r + 1))
	done
	aw=$(cut -d ' ' -f 1 "$out/t.a" | median); ac=$(cut -d ' ' -f 2 "$out/t.a" | median)
	pw=$(cut -d ' ' -f 1 "$out/t.p" | median); pc=$(cut -d ' ' -f 2 "$out/t.p" | median)
	echo "$1: $bytes bytes, $runs runs each, median"
	awk -v b="$bytes" -v aw="$aw" -v ac="$ac" -v pw="$pw" -v pc="$pc" 'BEGIN {
		printf "  %-44s %7.3f s wall %7.3f s cpu\n", "artfreq -f", aw, ac
		printf "  %-44s %7.3f s wall %7.3f s cpu\n", "arttok -f | sort | uniq -c | sort -rn", pw, pc
		printf "  artfreq faster by %.1fx (wall), %.1fx (cpu)\n", pw / aw, pc / ac }'
	# the pipeline's lines put in artfreq's order: count down, then bytes
	"$top/artfreq" -f "$corpus" > "$out/a.out"
	sh -c "$pipeline_cmd" sh "$corpus" |
	    sed 's/^ *\([0-9]*\) /\1\t/' | LC_ALL=C sort -t "$tab" -k1,1nr -k2 > "$out/p.out"
	if cmp -s "$out/a.out" "$out/p.out"; then
		echo "  the same $(wc -l < "$out/a.out") items and counts"
	else
		echo "  OUTPUTS DIFFER: $out/a.out $out/p.out"
	fi
	/usr/bin/time -f '%M' -o "$out/rss.txt" "$top/artfreq" -f "$corpus" > /dev/null
	/usr/bin/time -f '%M' -o "$out/rss0.txt" "$top/artfreq" -f /dev/null > /dev/null
	items=$(wc -l < "$out/a.out")
	itembytes=$(cut -f 2 "$out/a.out" | wc -c)
	awk -v m="$(cat "$out/rss.txt")" -v m0="$(cat "$out/rss0.txt")" -v n="$items" -v ib="$itembytes" 'BEGIN {
		printf "  peak memory %d KiB (%d KiB on empty input): %.0f bytes per distinct item, items %.1f bytes long on average\n",
		    m, m0, (m - m0) * 1024 / n, (ib - n) / n }'
}

corpus=$out/freq-gen-$mib.txt
[ -s "$corpus" ] || "$out/gen-corpus" -s 1 -m "$mib" > "$corpus"
echo "$(nproc 2>/dev/null || echo ?) CPUs, load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo ?); LC_ALL=C.UTF-8"
echo
bench "generated news text"

if [ $# -gt 0 ]; then
	corpus=$out/freq-real-$mib.txt
	: > "$corpus"
	while [ "$(wc -c < "$corpus")" -lt $((mib * 1048576)) ]; do
		for f in "$@"; do
			cat "$f"
			printf '\n\f\n'
		done >> "$corpus"
	done
	echo
	bench "real text ($*)"
fi
rm -f "$out"/t.* "$out/time.txt" "$out/rss.txt" "$out/rss0.txt" "$out/freq.out"
