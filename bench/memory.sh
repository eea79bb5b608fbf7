#!/bin/sh
# bench/memory.sh: the limits of every program.  Memory must stay bounded
# by the longest paragraph, never grow with the input, and one huge
# paragraph must cost about what the same bytes cost as normal paragraphs.
#
#   sh bench/memory.sh [stream-MiB] [paragraph-MiB] [runs]
#
# For each program (default options, output to /dev/null):
#   - peak resident memory on a stream of stream-MiB MiB (default 1024) of
#     generated articles read through a pipe;
#   - peak resident memory on one paragraph of paragraph-MiB MiB (default
#     100): a generated corpus of that size with its line ends (and form
#     feeds) turned into spaces, so one line of the same bytes;
#   - CPU time (user plus system, the best of runs, default 3) on that
#     paragraph and on the corpus it was made from, and their ratio.
# Needs GNU time as /usr/bin/time.  Inputs are kept in bench/out/.
set -eu
cd "$(dirname "$0")/.."

stream_mib=${1:-1024}
par_mib=${2:-100}
runs=${3:-3}
out=bench/out
TIME=/usr/bin/time
PROGS="arthdr artstrip artwc artsent arttok artjson"

[ -x "$TIME" ] || { echo "bench/memory.sh: needs GNU time as $TIME" >&2; exit 2; }
export LC_ALL=C.UTF-8
mkdir -p "$out"
make -s all
cc -O2 -o "$out/gen-corpus" bench/gen-corpus.c

stream="$out/mem-stream-$stream_mib.txt"
normal="$out/mem-normal-$par_mib.txt"
para="$out/mem-paragraph-$par_mib.txt"
[ -s "$stream" ] || "$out/gen-corpus" -s 1 -m "$stream_mib" > "$stream"
[ -s "$normal" ] || "$out/gen-corpus" -s 2 -m "$par_mib" > "$normal"
[ -s "$para" ] || { tr '\n\f' '  ' < "$normal"; echo; } > "$para"

# run PROG INPUT [pipe]: "cpu-seconds peak-KiB" of one run of PROG on
# INPUT, read from the file or through a pipe.  Header problems make
# arthdr exit 1; that is no failure here.
run() {
	if [ $# -eq 3 ]; then
		cat "$2" | "$TIME" -f '%U %S %M' -o "$out/time.txt" "./$1" > /dev/null 2>&1 || true
	else
		"$TIME" -f '%U %S %M' -o "$out/time.txt" "./$1" < "$2" > /dev/null 2>&1 || true
	fi
	tail -n 1 "$out/time.txt" | awk '{ printf "%.2f %d\n", $1 + $2, $3 }'
}

# best PROG INPUT: the lowest CPU time of runs runs, and the highest peak.
best() {
	i=0
	while [ "$i" -lt "$runs" ]; do
		run "$1" "$2"
		i=$((i + 1))
	done | awk 'NR == 1 || $1 < t { t = $1 } $2 > m { m = $2 }
		END { printf "%.2f %d\n", t, m }'
}

printf 'stream: %s (%d bytes)\nparagraph: %s (%d bytes, one line)\n\n' \
    "$stream" "$(wc -c < "$stream")" "$para" "$(wc -c < "$para")"
printf '| program  | peak RSS, %d MiB stream | peak RSS, %d MiB paragraph | CPU s, %d MiB of paragraphs | CPU s, one %d MiB paragraph | ratio |\n' \
    "$stream_mib" "$par_mib" "$par_mib" "$par_mib"
printf '|----------|------:|------:|------:|------:|------:|\n'
for p in $PROGS; do
	[ -x "./$p" ] || continue
	s=$(run "$p" "$stream" pipe)
	n=$(best "$p" "$normal")
	b=$(best "$p" "$para")
	echo "$p $s $n $b" | awk '{
		printf "| %-8s | %7.1f MiB | %7.1f MiB | %6.2f | %6.2f | %5.2fx |\n",
		    $1, $3 / 1024, $7 / 1024, $4, $6, ($4 > 0 ? $6 / $4 : 0)
	}'
done
