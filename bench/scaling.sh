#!/bin/sh
# Seconds per MB on single huge paragraphs: each program on one paragraph
# of 1, 8 and 64 MB (or the sizes given) of each kind of text.  Linear
# code gives the same figure at every size; a figure that grows with the
# size is a super-linear path.
#
#   bench/scaling.sh [MB ...]
#
# The paragraphs are generated into bench/out/ (one article: a header and
# one body line), the CPU time (user + system) of each run is measured
# with GNU time when /usr/bin/time has -f, else the wall clock.  Set
# SCALING_LIMIT to the seconds after which a run is stopped (default 120);
# a stopped run shows as ">LIMIT".
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
out=$top/bench/out
limit=${SCALING_LIMIT:-120}
[ $# -gt 0 ] || set -- 1 8 64
for p in artwc arttok artsent artstrip artjson arthdr; do
	[ -x "$top/$p" ] || { echo "bench/scaling.sh: build first (make)" >&2; exit 2; }
done
mkdir -p "$out"
export LC_ALL=C.UTF-8

# The unit each kind of paragraph repeats.
unit() {
	case $1 in
	urls) printf '%s ' 'zie https://nos.nl/artikel/2481234-kabinet-valt,' \
	    'www.nos.nl/sport en http://example.com/a_b?x=1&y=(2).' ;;
	email) printf '%s ' 'mail jan.jansen@nos.nl of info@rtl-nieuws.nl,' 'x@y.z' ;;
	underscores) printf '%s ' 'snake_case_name __init__ a_1 _ x__' ;;
	emoji) printf '\360\237\221\251\360\237\217\275\342\200\215\360\237\222\273 \360\237\221\250\342\200\215\360\237\221\251\342\200\215\360\237\221\247\342\200\215\360\237\221\246 \360\237\221\215\360\237\217\277 \360\237\207\263\360\237\207\261\360\237\207\247\360\237\207\252 \342\235\244\357\270\217 \342\230\235\360\237\217\273x ' ;;
	marks) printf 'e\314\201e\314\201n cafe\314\201 n\314\203a\314\210\314\204 \314\201 ' ;;
	quotes) printf "'s Avonds zei hij: \"Ja.\" \342\200\230Nee\342\200\231, \342\200\234zeker\342\200\235 z\342\200\231n 't " ;;
	abbreviations) printf '%s ' 'o.a. dr. J. Jansen e.d. i.p.v. 3.000 2,5 19.30 uur.' ;;
	bullets) printf '\342\200\242 een punt ' ;;
	prose) printf '%s ' 'De minister van Buitenlandse Zaken zei gisteren dat' \
	    'het kabinet niet van plan is de maatregelen te versoepelen.' ;;
	esac
}
kinds="urls email underscores emoji marks quotes abbreviations bullets prose"

# paragraph KIND MB FILE: an article whose body is one paragraph of about
# MB megabytes of the kind.
paragraph() {
	u=$(unit "$1")
	n=$(printf %s "$u" | wc -c | awk -v mb="$2" '{ printf "%d", mb * 1e6 / $1 + 1 }')
	{
		printf 'Kop\n2026-11-30T12:00:00+01:00\nhttps://nos.nl/artikel/1-kop\n\n'
		yes "$u" | head -n "$n" | tr -d '\n'
		printf '\n'
	} > "$3"
}

if /usr/bin/time -f %e true 2>/dev/null; then
	gnutime=1
else
	gnutime=0
fi

# seconds CMD FILE: CPU seconds of sh -c CMD with FILE as $1, or >limit.
seconds() {
	if [ "$gnutime" = 1 ]; then
		if timeout "$limit" /usr/bin/time -f '%U %S' -o "$out/time.txt" \
		    sh -c "$1" sh "$2" > /dev/null; then
			awk '{ printf "%.2f", $1 + $2 }' "$out/time.txt"
		else
			printf '>%s' "$limit"
		fi
	else
		t0=$(date +%s.%N)
		if timeout "$limit" sh -c "$1" sh "$2" > /dev/null; then
			t1=$(date +%s.%N)
			echo "$t0 $t1" | awk '{ printf "%.2f", $2 - $1 }'
		else
			printf '>%s' "$limit"
		fi
	fi
}

progs="artwc|artwc -s|arttok|arttok -p|arttok -s|artsent|artstrip|artjson|arthdr"
echo "seconds of CPU per MB on one paragraph of $* MB; $(nproc 2>/dev/null || echo ?) CPUs," \
    "load $(cut -d ' ' -f 1-3 /proc/loadavg 2>/dev/null || echo ?)"
printf '%-14s %-10s' kind program
for mb; do printf ' %9s' "${mb} MB"; done
printf '\n'
for kind in $kinds; do
	for mb; do
		paragraph "$kind" "$mb" "$out/scaling-$kind-$mb.txt"
	done
	old_ifs=$IFS
	IFS='|'
	for prog in $progs; do
		IFS=$old_ifs
		printf '%-14s %-10s' "$kind" "$prog"
		for mb; do
			s=$(seconds "'$top/'$prog \"\$1\"" "$out/scaling-$kind-$mb.txt")
			case $s in
			'>'*) printf ' %9s' "$s" ;;
			*) printf ' %9.4f' "$(echo "$s $mb" | awk '{ print $1 / $2 }')" ;;
			esac
		done
		printf '\n'
		IFS='|'
	done
	IFS=$old_ifs
	for mb; do
		rm -f "$out/scaling-$kind-$mb.txt"
	done
done
rm -f "$out/time.txt"
