#!/bin/sh
# arthdr over many small files: files per second, beside head(1) reading
# the same three header lines, through xargs as a user would run it.
#
#   bench/arthdr.sh [count] [dir]
#
# count files (default 100000) are generated once into dir (default a
# temporary directory, removed afterwards; a memory file system such as
# /dev/shm/arthdr-bench keeps the disk out of the figures); every command
# runs through xargs -n 1000, three times, and the median is reported.
# Run from the top of the tree after make.
set -eu

count=${1:-100000}
top=$(cd "$(dirname "$0")/.." && pwd)
arthdr=$top/arthdr
[ -x "$arthdr" ] || { echo "bench/arthdr.sh: build first (make)" >&2; exit 2; }

if [ $# -ge 2 ]; then
	dir=$2
	keep=1
else
	dir=$(mktemp -d "${TMPDIR:-/tmp}/arthdr-bench.XXXXXX")
	keep=0
fi
cleanup() { [ "$keep" = 1 ] || rm -rf "$dir"; }
trap cleanup EXIT INT TERM

mkdir -p "$dir/files"
if [ "$(find "$dir/files" -name '*.txt' | wc -l)" -ne "$count" ]; then
	rm -rf "$dir/files"
	mkdir -p "$dir/files"
	awk -v n="$count" -v small=1 -v dir="$dir/files" \
	    -f "$top/tests/fixtures/pipelines/gen-articles.awk"
fi
find "$dir/files" -name '*.txt' > "$dir/list"
# warm the page cache
xargs cat < "$dir/list" > /dev/null

now() {
	# seconds with fractions; date +%N is not POSIX, so fall back to seconds
	t=$(date +%s.%N 2>/dev/null)
	case $t in
	*N) date +%s ;;
	*) echo "$t" ;;
	esac
}

# The median of three runs of a command line fed the file list: wall
# seconds, and CPU seconds (user plus system of the command's processes,
# from the shell's times), steadier when the machine is shared.
run() {
	for i in 1 2 3; do
		t0=$(now)
		cpu=$(sh -c "$1 > /dev/null; times" < "$dir/list" | tail -n 1)
		t1=$(now)
		echo "$t0 $t1 $cpu" | awk '
		function sec(s,   m) {
			m = s; sub(/m.*/, "", m); sub(/^[0-9]*m/, "", s); sub(/s$/, "", s)
			return m * 60 + s
		}
		{ printf "%.3f %.3f\n", $2 - $1, sec($3) + sec($4) }'
	done | sort -n | sed -n 2p
}

report() {
	awk -v name="$1" -v w="${2% *}" -v c="${2#* }" -v n="$count" 'BEGIN {
		printf "%-42s %6.2f s %8.0f files/s  %6.2f s CPU %8.0f files/CPU-s\n",
		    name, w, n / w, c, n / c }'
}

np=$(nproc 2>/dev/null || echo 2)
echo "$count files, $(du -sk "$dir/files" | cut -f1) KiB, $np CPUs; median of 3 runs"
report "arthdr -h -f id" "$(run "xargs -n 1000 $arthdr -h -f id")"
report "arthdr -h -f id,utc,tags" "$(run "xargs -n 1000 $arthdr -h -f id,utc,tags")"
report "arthdr -j -f file,title,utc,id,tags" "$(run "xargs -n 1000 $arthdr -j -f file,title,utc,id,tags")"
report "arthdr -h -f id, xargs -P $np" "$(run "xargs -n 1000 -P $np $arthdr -h -f id")"
report "head -q -n 3" "$(run "xargs -n 1000 head -q -n 3")"
report "awk 'FNR <= 3'" "$(run "xargs -n 1000 awk 'FNR <= 3'")"
