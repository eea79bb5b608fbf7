#!/bin/sh
# Boilerplate removal speed: artstrip (plain, -b, -v) beside wc -w, on a
# generated corpus and on one built from real text, from the page cache.
#
#   bench/strip.sh [MiB] [runs] [text ...]
#
# MiB (default 64) of articles come from bench/gen-corpus.c (seed 1) into
# bench/out/, once.  The real corpus is made of the given files: a file
# whose second line is a timestamp is an article and is taken as it is;
# any other file is text with one paragraph per line (a treebank's raw
# text, say), cut into articles of eight paragraphs, each given a header
# and a trailer ("Buitenland", "Deel artikel:").  They are repeated, as a
# stream, until it holds MiB MiB; without files only the generated corpus
# is measured.  The commands take turns, each runs [runs] times (default
# 5), and the median is reported, by wall clock and by CPU time (user +
# system), with the ratio of wc -w's time to each: 3.00x means three times
# the throughput of wc -w.  GNU time is needed in /usr/bin/time.
set -eu

mib=${1:-64}
runs=${2:-5}
[ $# -ge 2 ] && shift 2 || shift $#
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/bench/out
[ -x "$top/artstrip" ] || { echo "bench/strip.sh: build first (make)" >&2; exit 2; }
/usr/bin/time -f %e true 2>/dev/null || { echo "bench/strip.sh: needs GNU time in /usr/bin/time" >&2; exit 2; }
mkdir -p "$out"
cc -O2 -o "$out/gen-corpus" "$top/bench/gen-corpus.c"
export LC_ALL=C.UTF-8

# Run a command line with the corpus as $1; print "wall cpu" seconds.
measure() {
	/usr/bin/time -f '%e %U %S' -o "$out/time.txt" sh -c "$1" sh "$corpus" > /dev/null
	awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$out/time.txt"
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# bench TITLE: each command in turn, runs times, on $corpus.
bench() {
	set -- "wc -w" 'wc -w "$1"' \
	    "artstrip" "'$top/artstrip' \"\$1\"" \
	    "artstrip -b" "'$top/artstrip' -b \"\$1\"" \
	    "artstrip -v" "'$top/artstrip' -v \"\$1\""
	bytes=$(wc -c < "$corpus")
	cat "$corpus" > /dev/null               # into the page cache
	rm -f "$out"/t.*
	r=0
	while [ "$r" -lt "$runs" ]; do
		k=0
		while [ "$k" -lt $(($# / 2)) ]; do
			eval "cmd=\${$((2 * k + 2))}"
			measure "$cmd" >> "$out/t.$k"
			k=$((k + 1))
		done
		r=$((r + 1))
	done
	k=0
	while [ "$k" -lt $(($# / 2)) ]; do
		eval "name=\${$((2 * k + 1))}"
		wall=$(cut -d ' ' -f 1 "$out/t.$k" | median)
		cpu=$(cut -d ' ' -f 2 "$out/t.$k" | median)
		[ "$k" = 0 ] && { wcw=$wall wcc=$cpu; }
		awk -v n="$name" -v b="$bytes" -v w="$wall" -v c="$cpu" -v bw="$wcw" -v bc="$wcc" 'BEGIN {
			printf "  %-12s %7.3f s %6.0f MB/s wall %7.3f s %6.0f MB/s cpu   %5.2fx %5.2fx of wc -w\n",
			    n, w, b / w / 1e6, c, b / c / 1e6, bw / w, bc / c }'
		k=$((k + 1))
	done
}

echo "$(nproc 2>/dev/null || echo ?) CPUs, load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo ?); LC_ALL=C.UTF-8; $runs runs each, median"
corpus=$out/strip-gen-$mib.txt
[ -s "$corpus" ] || "$out/gen-corpus" -s 1 -m "$mib" > "$corpus"
echo
echo "generated news text, $(wc -c < "$corpus") bytes:"
bench

if [ $# -gt 0 ]; then
	corpus=$out/strip-real-$mib.txt
	one=$out/strip-real-one.txt
	for f in "$@"; do
		awk -v name="$(basename "$f")" '
		function header() {
			if (narticles++ > 0)
				print "\f"
			printf "Artikel %d uit %s\n2024-06-19T21:55:01+0200\nhttps://nos.nl/artikel/%d-%s\n\n",
			    narticles, name, 2500000 + narticles, name
		}
		function trailer() { print "Buitenland"; print "Deel artikel:" }
		NR == 2 && /^[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9][T ]/ { article = 1 }
		{ line[NR] = $0 }
		END {
			if (article) {
				for (i = 1; i <= NR; i++)
					print line[i]
				exit
			}
			for (i = 1; i <= NR; i++) {
				if ((i - 1) % 8 == 0) {
					if (i > 1)
						trailer()
					header()
				}
				print line[i]
			}
			if (NR > 0)
				trailer()
		}' "$f"
		printf '\f\n'
	done > "$one"
	: > "$corpus"
	while [ "$(wc -c < "$corpus")" -lt $((mib * 1048576)) ]; do
		cat "$one" >> "$corpus"
	done
	echo
	echo "real text ($*), $(wc -c < "$corpus") bytes:"
	bench
fi
rm -f "$out"/t.* "$out/time.txt"
