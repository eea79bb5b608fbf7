#!/bin/sh
# Language detection (-l auto) on held-out articles, by language:
#   - whole articles: eight consecutive paragraphs of a UD dev set;
#   - one-paragraph articles: single paragraphs of at least 20 words;
#   - the hand-written cases of bench/lang-cases/ (Dutch articles quoting
#     English, English articles about Dutch places, German ones quoting
#     either, one-line news items), one stream per expected language.
#
#   bench/eval-lang.sh [corpusdir]     (or ARTKIT_CORPUS=corpusdir)
#
# corpusdir holds ud-nl/, ud-en/ and ud-de/ with NAME.raw.txt files, one
# paragraph per line; by default ../shared/corpus beside the repository.
# Set SHOW=1 to list every wrong article.  Not part of make check.
set -eu

top=$(cd "$(dirname "$0")/.." && pwd)
data=${1:-${ARTKIT_CORPUS:-$top/../shared/corpus}}
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT INT TERM

make -C "$top" libartkit.a >/dev/null
${CC:-cc} -std=c11 -D_POSIX_C_SOURCE=200809L -I"$top/lib" -o "$tmp/langid" \
    "$top/bench/langid.c" "$top/libartkit.a"

# articles LANG KIND RAW...: the paragraphs of RAW as a stream of articles
articles() {
	lang=$1 kind=$2
	shift 2
	awk -v kind="$kind" '
		kind == "whole" {
			if (n > 0 && n % 8 == 0) print "\f"
			print; n++; next
		}
		NF >= 20 { if (m++ > 0) print "\f"; print }
	' "$@" > "$tmp/$lang-$kind.txt"
}

for lang in nl en de; do
	set -- "$data"/ud-$lang/*.raw.txt
	[ -f "$1" ] || { echo "eval-lang: no ud-$lang data in $data" >&2; exit 2; }
	articles "$lang" whole "$@"
	articles "$lang" paragraph "$@"
	cp "$top/bench/lang-cases/$lang.txt" "$tmp/$lang-cases.txt"
done

printf '%-4s %-10s %8s %8s %9s\n' lang kind articles right accuracy
for lang in nl en de; do
	for kind in whole paragraph cases; do
		"$tmp/langid" "$tmp/$lang-$kind.txt" > "$tmp/out"
		awk -F '\t' -v lang="$lang" -v kind="$kind" -v show="${SHOW:-0}" '
			{ n++; if ($2 == lang) ok++; else if (show) print "  wrong: " $1 " " $2 > "/dev/stderr" }
			END { printf "%-4s %-10s %8d %8d %9.4f\n", lang, kind, n, ok, n ? ok / n : 0 }
		' "$tmp/out"
	done
done
