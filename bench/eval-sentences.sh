#!/bin/sh
# Sentence splitting accuracy on the Universal Dependencies dev sets, each
# by the rules of its language: Dutch (Alpino: newspaper text; LassySmall:
# Wikipedia and web text), English (EWT: web text) and German (GSD: web
# sentences).  The input holds one paragraph per line; the score is the
# sentence F1 of the CoNLL 2018 shared task, with the paragraph-internal
# boundaries reported apart.
#
#   bench/eval-sentences.sh [corpusdir]      (or ARTKIT_CORPUS=corpusdir)
#
# corpusdir holds ud-nl/, ud-en/ and ud-de/, each with NAME.raw.txt,
# NAME.gold.txt and NAME.pars.tsv, and ud-nl/score.py; by default
# ../shared/corpus beside the repository.  Set UCTO=1 to score ucto on the
# Dutch sets too (ucto -L nld -n); SHOW=N lists N errors of each kind.
# Not part of make check.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-${ARTKIT_CORPUS:-$top/../shared/corpus}}
artsent=${ARTSENT:-$top/artsent}
score=$data/ud-nl/score.py

if [ ! -f "$score" ]; then
	echo "eval-sentences: no ud-nl/score.py in $data" >&2
	exit 2
fi
[ -x "$artsent" ] || make -C "$top" >/dev/null
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

for lang in nl en de; do
	for raw in "$data"/ud-$lang/*.raw.txt; do
		[ -f "$raw" ] || continue
		name=$(basename "$raw" .raw.txt)
		gold=${raw%.raw.txt}.gold.txt
		pars=${raw%.raw.txt}.pars.tsv
		[ -f "$gold" ] || continue
		echo "== $name: artsent -l $lang"
		"$artsent" -l "$lang" "$raw" > "$tmp/$name.artsent"
		python3 "$score" "$gold" "$tmp/$name.artsent" "$pars"
		if [ "$lang" = nl ] && [ "${UCTO:-0}" = 1 ] && command -v ucto >/dev/null 2>&1; then
			echo "== $name: ucto"
			ucto -L nld -n -m "$raw" > "$tmp/$name.ucto" 2>/dev/null
			SHOW=0 python3 "$score" "$gold" "$tmp/$name.ucto" "$pars"
		fi
	done
done
