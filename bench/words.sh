#!/bin/sh
# Word counting and tokenising speed: artwc -w beside wc -w and awk, arttok
# beside tr, all on the same generated corpus from the page cache, then
# artwc -w with each block engine beside wc -w on that corpus and on text
# dense with punctuation and diacritics, and the peak memory of artwc on a
# larger stream.
#
#   bench/words.sh [MiB] [runs] [rss-MiB]
#
# MiB (default 256) of articles come from bench/gen-corpus.c (seed 1) into
# bench/out/, once, and as much dense text from the awk program below; the
# commands take turns, each runs [runs] times (default 5), and the median
# throughput is reported, by wall clock and by CPU time (user + system,
# steadier on a busy machine).  Each engine the processor has gets a build
# of artwc of its own in bench/out/ (cc -DCHARMASK_ENGINE=name).  The peak
# memory of artwc -w is measured on rss-MiB (default 1024) of articles
# streamed through a pipe.  Run from anywhere after make; GNU time is used
# when /usr/bin/time has -f.
set -eu

mib=${1:-256}
runs=${2:-5}
rssmib=${3:-1024}
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/bench/out
for p in artwc arttok; do
	[ -x "$top/$p" ] || { echo "bench/words.sh: build first (make)" >&2; exit 2; }
done
mkdir -p "$out"
cc -O2 -o "$out/gen-corpus" "$top/bench/gen-corpus.c"
corpus=$out/corpus-$mib.txt
[ -s "$corpus" ] || "$out/gen-corpus" -s 1 -m "$mib" > "$corpus"
cat "$corpus" > /dev/null               # into the page cache
bytes=$(wc -c < "$corpus")
export LC_ALL=C.UTF-8

if /usr/bin/time -f %e true 2>/dev/null; then
	gnutime=1
else
	gnutime=0
fi

# Run a command line with the corpus as $1 and print "wall cpu" seconds.
measure() {
	if [ "$gnutime" = 1 ]; then
		/usr/bin/time -f '%e %U %S' -o "$out/time.txt" sh -c "$1" sh "$corpus" > /dev/null
		awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$out/time.txt"
	else
		t0=$(date +%s.%N)
		sh -c "$1" sh "$corpus" > /dev/null
		t1=$(date +%s.%N)
		echo "$t0 $t1" | awk '{ printf "%.3f %.3f\n", $2 - $1, $2 - $1 }'
	fi
}

# The median of the numbers on standard input.
median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

# compare NAME1 CMD1 NAME2 CMD2 ...: the commands take turns, runs times;
# ratios are to the first.
compare() {
	n=$(($# / 2))
	rm -f "$out"/t.*
	r=0
	while [ "$r" -lt "$runs" ]; do
		k=0
		while [ "$k" -lt "$n" ]; do
			eval "cmd=\${$((2 * k + 2))}"
			measure "$cmd" >> "$out/t.$k"
			k=$((k + 1))
		done
		r=$((r + 1))
	done
	k=0
	while [ "$k" -lt "$n" ]; do
		eval "name=\${$((2 * k + 1))}"
		wall=$(cut -d ' ' -f 1 "$out/t.$k" | median)
		cpu=$(cut -d ' ' -f 2 "$out/t.$k" | median)
		[ "$k" = 0 ] && { base_wall=$wall base_cpu=$cpu; }
		NAME=$name awk -v b="$bytes" -v w="$wall" -v c="$cpu" -v bw="$base_wall" -v bc="$base_cpu" \
		    'BEGIN { printf "  %-28s %6.0f MB/s wall %6.0f MB/s cpu   %5.2fx %5.2fx\n", ENVIRON["NAME"], b / w / 1e6, b / c / 1e6, w / bw, c / bc }'
		k=$((k + 1))
	done
}

echo "corpus: $corpus, $bytes bytes; $runs runs each, median;"
echo "$(nproc 2>/dev/null || echo ?) CPUs, load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo ?)"
echo "LC_ALL=C.UTF-8; the last columns: time relative to the first line (wall, cpu)"
echo
echo "word counts:"
compare \
    "artwc -w" "'$top/artwc' -w \"\$1\"" \
    "wc -w" 'wc -w "$1"' \
    "awk '{ n += NF }'" 'awk "{ n += NF } END { print n }" "$1"'
echo
echo "tokens, one per line:"
compare \
    "arttok" "'$top/arttok' \"\$1\"" \
    "tr -cs '[:alnum:]' '\\n'" 'tr -cs "[:alnum:]" "\n" < "$1"'
echo
echo "artwc -w by block engine, beside wc -w:"
dense=$out/dense-$mib.txt
[ -s "$dense" ] || LC_ALL=C awk -v mib="$mib" 'BEGIN {
	srand(3)
	nw = split("één café naïef coördinatie België Zürich größer Straße über " \
	    "façade déjà reëel geïnteresseerd minister kabinet Noord-Koreaanse " \
	    "Covid-19 zei het de van dat ëlle Ångström señor ça", W, " ")
	no = split("\" \047 “ ‘ ( ,, «", O, " ")
	nc = split("\" \047 ” ’ ) »", C, " ")
	np = split(", ; : ! ? . ... - – —", P, " ")
	nn = split("2,5 3.000 19.30 12% €4,50 1984 0,3 100.000", N, " ")
	while (bytes < mib * 1048576) {
		line = ""
		n = 20 + int(rand() * 60)
		for (i = 0; i < n; i++) {
			t = rand() < 0.15 ? N[1 + int(rand() * nn)] : W[1 + int(rand() * nw)]
			if (rand() < 0.25) t = O[1 + int(rand() * no)] t
			if (rand() < 0.25) t = t C[1 + int(rand() * nc)]
			if (rand() < 0.5) t = t P[1 + int(rand() * np)]
			line = line (i ? " " : "") t
		}
		print line
		bytes += length(line) + 1
	}
}' > "$dense"
engines=$(sed -n 's/^	{ "\([a-z0-9]*\)", masks_.*/\1/p' "$top/lib/charmask.c")
for e in $engines; do
	cc -O2 -std=c11 -D_POSIX_C_SOURCE=200809L -I"$top/lib" -DCHARMASK_ENGINE="\"$e\"" \
	    -o "$out/artwc-$e" "$top/cmd/artwc.c" "$top"/lib/*.c
done
for text in "$corpus" "$dense"; do
	echo " $(basename "$text"):"
	set -- "wc -w" 'wc -w "$1"'
	for e in $engines; do
		set -- "$@" "artwc -w ($e)" "'$out/artwc-$e' -w \"\$1\""
	done
	corpus_saved=$corpus
	corpus=$text
	bytes=$(wc -c < "$text")
	cat "$text" > /dev/null
	compare "$@"
	corpus=$corpus_saved
	bytes=$(wc -c < "$corpus")
done
echo "  (an engine the processor lacks falls back to the best it has)"
echo
echo "the same counts:"
echo "  artwc -w: $("$top/artwc" -w "$corpus" | tail -n 1)"
echo "  arttok | wc -l: $("$top/arttok" "$corpus" | wc -l)"
echo
if [ "$gnutime" = 1 ]; then
	"$out/gen-corpus" -s 2 -m "$rssmib" |
	    /usr/bin/time -f '%M' -o "$out/rss.txt" "$top/artwc" -w > /dev/null
	echo "peak memory of artwc -w on $rssmib MiB through a pipe: $(cat "$out/rss.txt") KiB"
fi
rm -f "$out"/t.* "$out/time.txt" "$out/rss.txt"
