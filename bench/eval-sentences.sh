#!/bin/sh
# Sentence splitting accuracy on the Universal Dependencies Dutch dev sets
# (Alpino: newspaper text; LassySmall: Wikipedia and web text).  The input
# holds one paragraph per line; the score is the sentence F1 of the CoNLL
# 2018 shared task, with the paragraph-internal boundaries reported apart.
#
#   bench/eval-sentences.sh [datadir]      (or ARTKIT_UDNL=datadir)
#
# The data directory holds NAME.raw.txt, NAME.gold.txt, NAME.pars.tsv and
# score.py; by default ../shared/corpus/ud-nl beside the repository.  Set
# UCTO=1 to score ucto (ucto -L nld -n) on the same input; SHOW=N lists N
# errors of each kind.  Not part of make check.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-${ARTKIT_UDNL:-$top/../shared/corpus/ud-nl}}
artsent=${ARTSENT:-$top/artsent}

if [ ! -f "$data/score.py" ]; then
	echo "eval-sentences: no score.py in $data" >&2
	exit 2
fi
[ -x "$artsent" ] || make -C "$top" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for raw in "$data"/*.raw.txt; do
	name=$(basename "$raw" .raw.txt)
	gold=$data/$name.gold.txt
	pars=$data/$name.pars.tsv
	[ -f "$gold" ] || continue
	echo "== $name: artsent"
	"$artsent" "$raw" > "$tmp/$name.artsent"
	python3 "$data/score.py" "$gold" "$tmp/$name.artsent" "$pars"
	if [ "${UCTO:-0}" = 1 ] && command -v ucto >/dev/null 2>&1; then
		echo "== $name: ucto"
		ucto -L nld -n -m "$raw" > "$tmp/$name.ucto" 2>/dev/null
		SHOW=0 python3 "$data/score.py" "$gold" "$tmp/$name.ucto" "$pars"
	fi
done
