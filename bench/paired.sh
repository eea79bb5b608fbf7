#!/bin/sh
# Ratios to GNU wc -w taken in pairs, for a host whose speed drifts: each
# command runs right between two runs of wc -w on the same file, and the
# ratio of that round is the mean of the two wc -w times over the
# command's time (CPU time, user + system).  The median ratio of the
# rounds is printed for each build, so that builds of the programs (an
# older commit, another engine) are compared under the same conditions.
#
#   bench/paired.sh [rounds] file build-dir ...
#
# A build directory holds the programs (artwc, artsent, ...).  For
# artwc -s the ratio is its time over artwc -w's, taken the same way.
# Needs GNU time in /usr/bin/time.
set -eu

rounds=${1:-5}
file=$2
shift 2
[ $# -ge 1 ] || { echo "usage: bench/paired.sh [rounds] file build-dir ..." >&2; exit 2; }
/usr/bin/time -f %e true 2>/dev/null ||
    { echo "bench/paired.sh: needs GNU time in /usr/bin/time" >&2; exit 2; }
export LC_ALL=C.UTF-8
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT

# cpu COMMAND: the CPU seconds of one run of the command, the file as $1
cpu() {
	/usr/bin/time -f '%U %S' -o "$tmp/t" sh -c "$1 \"\$1\" > /dev/null" sh "$file"
	awk '{ printf "%.3f\n", $1 + $2 }' "$tmp/t"
}

median() {
	sort -n | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'
}

printf '%-28s' "command"
for b in "$@"; do printf ' %12s' "$(basename "$b")"; done
printf '\n'
for cmd in "artwc -w" "artwc -s" "artsent" "artstrip" "arttok -f" "artjson" \
    "artpick -t 'words > 300'"; do
	base="wc -w"
	case $cmd in "artwc -s") base="artwc -w" ;; esac
	k=0
	for b in "$@"; do
		: > "$tmp/r.$k"
		k=$((k + 1))
	done
	r=0
	while [ $r -lt "$rounds" ]; do
		k=0
		for b in "$@"; do
			case $base in wc*) bcmd=$base ;; *) bcmd="$b/$base" ;; esac
			before=$(cpu "$bcmd")
			t=$(cpu "$b/$cmd")
			after=$(cpu "$bcmd")
			echo "$before $after $t" |
			    awk '{ printf "%.3f\n", ($3 > 0 ? ($1 + $2) / 2 / $3 : 0) }' >> "$tmp/r.$k"
			k=$((k + 1))
		done
		r=$((r + 1))
	done
	printf '%-28s' "$cmd"
	k=0
	for b in "$@"; do
		m=$(median < "$tmp/r.$k")
		case $cmd in "artwc -s") m=$(echo "$m" | awk '{ printf "%.2f", ($1 > 0 ? 1 / $1 : 0) }') ;;
		*) m=$(printf '%.2f' "$m") ;; esac
		printf ' %12s' "$m"
		k=$((k + 1))
	done
	printf '\n'
done
