#!/bin/sh
# Every speed and memory target of the suite in one table: each program
# beside GNU wc -w (LC_ALL=C.UTF-8) on the same file from the page cache,
# on a generated corpus and on one built from real text, once for every
# block engine the word and sentence code can use.
#
#   bench/targets.sh [MiB] [runs] [text ...]
#
# MiB (default 64) of articles come from bench/gen-corpus.c (seed 1).  The
# real corpus repeats the given text files (articles, or plain text such
# as raw treebank text, cut into articles of 20 lines with a header and a
# trailer) as a stream of articles until it holds MiB MiB; without files
# only the generated corpus is measured.
# Each command runs [runs] times (default 5), taking turns with the
# others; the table gives the median wall-clock time and the least CPU
# time (user + system of every process of a pipeline), the steadier of
# the two on a shared machine, and the ratios by each.  An engine the
# processor lacks is left out.  The peak memory (maximum resident set) of
# each program on the stream comes last.  ENGINES="sse2 avx2" measures
# only those.  Needs GNU time in /usr/bin/time.
set -eu

mib=${1:-64}
runs=${2:-5}
[ $# -ge 2 ] && shift 2 || shift $#
top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/bench/out
progs="artfreq arthdr artjson artpick artsent artstrip arttok artwc"
for p in $progs; do
	[ -x "$top/$p" ] || { echo "bench/targets.sh: build first (make)" >&2; exit 2; }
done
/usr/bin/time -f %e true 2>/dev/null ||
    { echo "bench/targets.sh: needs GNU time in /usr/bin/time" >&2; exit 2; }
mkdir -p "$out"
export LC_ALL=C.UTF-8

# One build of the programs per engine: the library once, then charmask.c
# again for each engine (cc -DCHARMASK_ENGINE=name).
engines=${ENGINES:-$(sed -n 's/^	{ "\([a-z0-9]*\)", masks_.*/\1/p' "$top/lib/charmask.c")}
cflags="-O2 -std=c11 -D_POSIX_C_SOURCE=200809L -I$top/lib"
mkdir -p "$out/obj/lib" "$out/obj/cmd"
for c in "$top"/lib/*.c "$top"/cmd/*.c; do
	d=${c%/*}
	${CC:-cc} $cflags -c -o "$out/obj/${d##*/}/$(basename "$c" .c).o" "$c"
done
# the engines this processor has (a build for one it lacks would fall
# back to the best it has)
flags=" $(grep -m 1 '^flags' /proc/cpuinfo 2>/dev/null || true) "
have=""
for e in $engines; do
	case $e in
	portable) ;;
	sse2) [ "$(uname -m)" = x86_64 ] || continue ;;
	avx2) case $flags in *" avx2 "*) ;; *) continue ;; esac ;;
	avx512) case $flags in *" avx512bw "*) ;; *) continue ;; esac
		case $flags in *" avx512_vbmi2 "*) ;; *) continue ;; esac ;;
	*) continue ;;
	esac
	mkdir -p "$out/$e"
	${CC:-cc} $cflags -DCHARMASK_ENGINE="\"$e\"" -c -o "$out/$e/charmask.o" "$top/lib/charmask.c"
	for p in $progs; do
		${CC:-cc} -o "$out/$e/$p" "$out/obj/cmd/$p.o" "$out/$e/charmask.o" \
		    $(ls "$out"/obj/lib/*.o | grep -v '/charmask\.o$')
	done
	have="$have $e"
done

# time_of COMMAND: "wall cpu" seconds of one run, the corpus as $1
time_of() {
	/usr/bin/time -f '%e %U %S' -o "$out/time.txt" sh -c "$1" sh "$corpus" > /dev/null
	awk '{ printf "%.3f %.3f\n", $1, $2 + $3 }' "$out/time.txt"
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

least() {
	sort -n | head -n 1
}

# measure LABEL COMMAND ...: every command runs[] times in turn; then
# "label wall cpu" per command into $out/m.txt
measure() {
	: > "$out/m.txt"
	for _ in $(seq "$runs"); do
		i=0
		while [ $i -lt $# ]; do
			i=$((i + 1))
			eval "cmd=\${$i}"
			time_of "$cmd" >> "$out/t.$i"
		done
	done
	i=0
	for cmd in "$@"; do
		i=$((i + 1))
		printf '%s %s\n' "$(cut -d ' ' -f 1 "$out/t.$i" | median)" \
		    "$(cut -d ' ' -f 2 "$out/t.$i" | least)" >> "$out/m.txt"
		rm -f "$out/t.$i"
	done
}

# ratio A B: A / B to two places
ratio() {
	awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else printf "-" }'
}

bench() {
	echo "$1: $(wc -c < "$corpus") bytes, $("$top/artwc" -w "$corpus" | tail -n 1 | awk '{ print $1 }') words"
	cat "$corpus" > /dev/null
	measure 'wc -w "$1"' 'arttok -f "$1" | LC_ALL=C sort | uniq -c | sort -rn'
	wc=$(sed -n 1p "$out/m.txt")
	pipe=$(sed -n 2p "$out/m.txt")
	printf '  %-34s %8s %8s\n' "GNU wc -w" "${wc% *}" "${wc#* }"
	printf '  %-34s %8s %8s\n' "arttok -f | sort | uniq -c | sort -rn" "${pipe% *}" "${pipe#* }"
	printf '  %-8s %-25s %8s %8s %13s  %s\n' engine command "wall s" "CPU s" "ratio w / CPU" target
	for e in $have; do
		b=$out/$e
		measure "'$b/artwc' -w \"\$1\"" "'$b/artwc' -s \"\$1\"" "'$b/artsent' \"\$1\"" \
		    "'$b/artstrip' \"\$1\"" "'$b/arttok' -f \"\$1\"" "'$b/artjson' \"\$1\"" \
		    "'$b/artpick' -t 'words > 300' \"\$1\"" "'$b/artfreq' -f \"\$1\""
		wcw=$(sed -n 1p "$out/m.txt")
		i=0
		for spec in "artwc -w:wc:5x wc -w" "artwc -s:artwc:1.5x artwc -w's time" \
		    "artsent:wc:3x wc -w" "artstrip:wc:3x wc -w" "arttok -f:wc:3x wc -w" \
		    "artjson:wc:2x wc -w" "artpick -t 'words > 300':wc:4x wc -w" \
		    "artfreq -f:pipe:20x the pipeline"; do
			i=$((i + 1))
			m=$(sed -n "${i}p" "$out/m.txt")
			w=${m% *} c=${m#* }
			label=${spec%%:*} rest=${spec#*:}
			against=${rest%%:*} target=${rest#*:}
			case $against in
			wc) r="$(ratio "${wc% *}" "$w") / $(ratio "${wc#* }" "$c")" ;;
			pipe) r="$(ratio "${pipe% *}" "$w") / $(ratio "${pipe#* }" "$c")" ;;
			artwc) r="$(ratio "$w" "${wcw% *}") / $(ratio "$c" "${wcw#* }")" ;;
			esac
			printf '  %-8s %-25s %8s %8s %13s  %s\n' "$e" "$label" "$w" "$c" "$r" "$target"
		done
	done
	echo "  peak memory, KiB (target: under 8192 but for artfreq):"
	for p in "arthdr -f title,words,sentences,lang" artjson artpick "artpick -t 'words > 300'" \
	    artsent artstrip "artstrip -b" arttok "arttok -f" artwc "artwc -s" "artfreq -f"; do
		/usr/bin/time -f '%M' -o "$out/rss.txt" sh -c "$top/$p < \"\$1\" > /dev/null" sh "$corpus"
		printf '    %-40s %8s\n' "$p" "$(cat "$out/rss.txt")"
	done
	echo
}

echo "$(nproc 2>/dev/null || echo ?) CPUs, load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo ?); engines:$have; LC_ALL=C.UTF-8; $runs runs"
echo "(ratio: how many times faster than wc -w or the pipeline, by wall clock / CPU; for artwc -s, its time over artwc -w's)"
echo
PATH=$top:$PATH
[ -x "$out/gen-corpus" ] && [ "$out/gen-corpus" -nt "$top/bench/gen-corpus.c" ] ||
    ${CC:-cc} -O2 -o "$out/gen-corpus" "$top/bench/gen-corpus.c"
corpus=$out/targets-gen-$mib.txt
[ -s "$corpus" ] || "$out/gen-corpus" -s 1 -m "$mib" > "$corpus"
bench "generated news text"
if [ $# -gt 0 ]; then
	corpus=$out/targets-real-$mib.txt
	# a file without an article header (plain text) becomes articles of
	# 20 lines each, with a header and a trailer of their own
	for f in "$@"; do
		if "$top/arthdr" -f date "$f" > /dev/null 2>&1; then
			cat "$f"
			printf '\n\f\n'
		else
			awk -v name="${f##*/}" '
			(NR - 1) % 20 == 0 {
				if (NR > 1) printf "Buitenland\nDeel artikel:\n\f\n"
				n++
				printf "%s, part %d\n2024-07-%02dT%02d:00:00+0200\n", name, n, 1 + n % 28, n % 24
				printf "https://example.org/artikel/%d-%s\n\n", n, name
			}
			{ print }
			END { if (NR > 0) printf "Buitenland\nDeel artikel:\n\f\n" }' "$f"
		fi
	done > "$out/targets-real-unit.txt"
	: > "$corpus"
	while [ "$(wc -c < "$corpus")" -lt $((mib * 1048576)) ]; do
		cat "$out/targets-real-unit.txt" >> "$corpus"
	done
	bench "real text ($*)"
fi
rm -f "$out/time.txt" "$out/rss.txt" "$out/m.txt"
