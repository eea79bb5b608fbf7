#!/usr/bin/env bats
# artfreq: word and n-gram frequencies, most frequent first.

bats_require_minimum_version 1.5.0
load test_helper

F="$BATS_TEST_DIRNAME/fixtures/artfreq"
T="$(printf '\t')"

# What artfreq must print, from arttok: its tokens counted with sort and
# uniq, then ordered by count down and by bytes: reference [arttok options] file
reference() {
	local f=${*: -1}
	arttok "${@:1:$#-1}" "$f" | LC_ALL=C sort | uniq -c |
	    sed 's/^ *\([0-9]*\) /\1\t/' | LC_ALL=C sort -t "$T" -k1,1nr -k2
}

# A stream of articles of multi-language text: Dutch, German, French,
# Vietnamese, Greek, Turkish and Korean words, each diacritic now typed
# precomposed, now with combining marks (in either order when there are
# two), in any case, with punctuation and sentences: gen SEED ARTICLES
gen() {
	awk -v seed="$1" -v n="$2" 'BEGIN {
		srand(seed)
		nw = split("de het een café cafe\314\201 naïve nai\314\210ve Über U\314\210ber " \
		    "straße Straße élève e\314\201le\314\200ve déjà de\314\201ja\314\200 " \
		    "Việt Vie\314\202\314\243t Vie\314\243\314\202t ΣΟΦΊΑ σοφία σοφι\314\201α " \
		    "İstanbul ıslak IJsland ĳs Ångström \342\204\253ngstro\314\210m " \
		    "\341\204\222\341\205\241\341\206\253 \355\225\234 Noord-Koreaanse \047s-Hertogenbosch " \
		    "z\047n 3.000 2,5 Covid-19 ÉÉN één e\314\201e\314\201n DE HET CAFÉ", w, " ")
		np = split(". . , ; : ! ? \" ( ) -", p, " ")
		for (a = 1; a <= n; a++) {
			if (a > 1)
				printf "\f\n"
			printf "Titel %d van Het Nieuws\n2025-03-%02dT08:12:45+0100\nhttps://nos.nl/artikel/%d-x\n\n", a, a % 28 + 1, a
			lines = 1 + int(rand() * 6)
			for (l = 0; l < lines; l++) {
				words = 1 + int(rand() * 40)
				s = ""
				for (k = 0; k < words; k++) {
					s = s (k ? " " : "") w[1 + int(rand() * nw)]
					if (rand() < 0.15)
						s = s p[1 + int(rand() * np)]
				}
				if (rand() < 0.5)
					s = s ". " (rand() < 0.5 ? "De" : "Het") " einde."
				print s
			}
			print "Buitenland"
			print "Deel artikel:"
		}
	}'
}

@test "the body's words with their counts, most frequent first, ties in byte order" {
	run --separate-stderr artfreq "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/artikel.freq")" ]
	[ "${lines[0]}" = "3${T}De" ]
}

@test "-f folds case as arttok -f does" {
	run --separate-stderr artfreq -f "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$F/artikel.fold")" ]
}

@test "the output is that of arttok | sort | uniq -c on streams of multi-language text, with and without -f" {
	for seed in 1 2 3 4 5; do
		gen "$seed" $((seed * 7)) > "$BATS_TEST_TMPDIR/s$seed.txt"
		run --separate-stderr artfreq "$BATS_TEST_TMPDIR/s$seed.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$(reference "$BATS_TEST_TMPDIR/s$seed.txt")" ]
		run --separate-stderr artfreq -f "$BATS_TEST_TMPDIR/s$seed.txt"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$(reference -f "$BATS_TEST_TMPDIR/s$seed.txt")" ]
		# and the same from standard input
		[ "$(artfreq -f < "$BATS_TEST_TMPDIR/s$seed.txt")" = "$output" ]
	done
}

@test "a word typed precomposed and with combining marks is one item" {
	printf 'caf\303\251 cafe\314\201 CAFE\314\201 Vie\314\202\314\243t Vi\341\273\207t Vie\314\243\314\202t \342\204\253 \303\205\n' > "$BATS_TEST_TMPDIR/nfc.txt"
	run --separate-stderr artfreq "$BATS_TEST_TMPDIR/nfc.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '3\tVi\341\273\207t\n2\tcaf\303\251\n2\t\303\205\n1\tCAF\303\211')" ]
	run --separate-stderr artfreq -f "$BATS_TEST_TMPDIR/nfc.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '3\tcaf\303\251\n3\tvi\341\273\207t\n2\t\303\245')" ]
}

@test "the counts add up to artwc -w" {
	gen 7 20 > "$BATS_TEST_TMPDIR/s.txt"
	run --separate-stderr sh -c 'artfreq "$1" | awk -F "\t" "{ n += \$1 } END { print n }"' sh "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artwc -w "$BATS_TEST_TMPDIR/s.txt" | awk 'END { print $1 }')" ]
}

@test "-n 2 and -n 3: the n-grams of each sentence of arttok -s, never across sentences or paragraphs" {
	for seed in 11 12 13; do
		gen "$seed" 9 > "$BATS_TEST_TMPDIR/s.txt"
		for n in 2 3; do
			want=$(arttok -s -f "$BATS_TEST_TMPDIR/s.txt" | awk -v n="$n" '
			    NF == 0 { k = 0; next }
			    { w[++k] = $0; if (k >= n) { s = w[k - n + 1]; for (i = k - n + 2; i <= k; i++) s = s " " w[i]; print s } }' |
			    LC_ALL=C sort | uniq -c | sed 's/^ *\([0-9]*\) /\1\t/' | LC_ALL=C sort -t "$T" -k1,1nr -k2)
			run --separate-stderr artfreq -f -n "$n" "$BATS_TEST_TMPDIR/s.txt"
			[ "$status" -eq 0 ]
			[ "$stderr" = "" ]
			[ "$output" = "$want" ]
		done
	done
	printf 'Een twee drie. Vier vijf\nzes zeven\n' > "$BATS_TEST_TMPDIR/p.txt"
	run --separate-stderr artfreq -n 2 "$BATS_TEST_TMPDIR/p.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '1\tEen twee\n1\tVier vijf\n1\ttwee drie\n1\tzes zeven')" ]
	[ "$(artfreq -n 1 "$BATS_TEST_TMPDIR/p.txt")" = "$(artfreq "$BATS_TEST_TMPDIR/p.txt")" ]
}

@test "-l en: English sentence rules for n-grams" {
	printf 'Mrs. Smith went home.\n' > "$BATS_TEST_TMPDIR/en.txt"
	run --separate-stderr artfreq -l en -n 2 "$BATS_TEST_TMPDIR/en.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '1\tMrs Smith\n1\tSmith went\n1\twent home')" ]
	# in Dutch "Mrs." ends a sentence
	run --separate-stderr artfreq -l nl -n 2 "$BATS_TEST_TMPDIR/en.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '1\tSmith went\n1\twent home')" ]
}

@test "-d counts the articles an item occurs in" {
	gen 21 12 > "$BATS_TEST_TMPDIR/s.txt"
	# the same articles, one file each
	awk -v d="$BATS_TEST_TMPDIR" '/^\f$/ { n++; next } { print > (d "/a" n ".txt") }' "$BATS_TEST_TMPDIR/s.txt"
	want=$(for f in "$BATS_TEST_TMPDIR"/a*.txt; do arttok -f "$f" | LC_ALL=C sort -u; done |
	    LC_ALL=C sort | uniq -c | sed 's/^ *\([0-9]*\) /\1\t/' | LC_ALL=C sort -t "$T" -k1,1nr -k2)
	run --separate-stderr artfreq -d -f "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$want" ]
	[ "$(artfreq -d -f "$BATS_TEST_TMPDIR"/a*.txt)" = "$want" ]
	[ "$(echo "${lines[0]}" | cut -f 1)" -le 12 ]
}

@test "-k K prints the K most frequent items" {
	gen 31 10 > "$BATS_TEST_TMPDIR/s.txt"
	run --separate-stderr artfreq -k 7 "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artfreq "$BATS_TEST_TMPDIR/s.txt" | head -n 7)" ]
	[ "${#lines[@]}" -eq 7 ]
	run --separate-stderr artfreq -k 0 "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "-j writes JSON Lines, invalid UTF-8 as U+FFFD" {
	printf 'De \"brug\" de a\377b DE\n' > "$BATS_TEST_TMPDIR/j.txt"
	run --separate-stderr artfreq -j "$BATS_TEST_TMPDIR/j.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' '{"count":1,"item":"DE"}' '{"count":1,"item":"De"}' '{"count":1,"item":"a"}' \
	    '{"count":1,"item":"b"}' '{"count":1,"item":"brug"}' '{"count":1,"item":"de"}')" ]
	run --separate-stderr artfreq -j -f "$F/artikel.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = '{"count":5,"item":"de"}' ]
	[ "${lines[2]}" = '{"count":2,"item":"café"}' ]
}

@test "-m merges shards into the count of the whole, from TSV and JSON alike" {
	gen 41 30 > "$BATS_TEST_TMPDIR/s.txt"
	awk -v d="$BATS_TEST_TMPDIR" '/^\f$/ { n++; next } { print > (d "/a" sprintf("%02d", n) ".txt") }' "$BATS_TEST_TMPDIR/s.txt"
	artfreq -f "$BATS_TEST_TMPDIR"/a0*.txt > "$BATS_TEST_TMPDIR/shard1"
	artfreq -f -j "$BATS_TEST_TMPDIR"/a1*.txt > "$BATS_TEST_TMPDIR/shard2"
	artfreq -f "$BATS_TEST_TMPDIR"/a2*.txt > "$BATS_TEST_TMPDIR/shard3"
	run --separate-stderr artfreq -m "$BATS_TEST_TMPDIR/shard1" "$BATS_TEST_TMPDIR/shard2" - < "$BATS_TEST_TMPDIR/shard3"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artfreq -f "$BATS_TEST_TMPDIR/s.txt")" ]
	# document frequencies add up over shards of different articles
	artfreq -d "$BATS_TEST_TMPDIR"/a0*.txt > "$BATS_TEST_TMPDIR/d1"
	artfreq -d "$BATS_TEST_TMPDIR"/a[12]*.txt > "$BATS_TEST_TMPDIR/d2"
	run --separate-stderr artfreq -m -j -k 5 "$BATS_TEST_TMPDIR/d1" "$BATS_TEST_TMPDIR/d2"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artfreq -d -j -k 5 "$BATS_TEST_TMPDIR/s.txt")" ]
	# merging a merge changes nothing
	[ "$(artfreq -f "$BATS_TEST_TMPDIR/s.txt" | artfreq -m)" = "$(artfreq -f "$BATS_TEST_TMPDIR/s.txt")" ]
}

@test "-m: bad lines are reported with file and line, the others still count" {
	printf '3\tde\nde\t3\n\n2\tde\n-1\tx\n5\t\n{"count":2,"item":"het"}\n{"count":-2,"item":"x"}\n{"count":1}\n{"count":1,"item":"a",\n99999999999999999999\tx\n9223372036854775807\tmax\n1\tmax\n' > "$BATS_TEST_TMPDIR/bad.tsv"
	run --separate-stderr artfreq -m "$BATS_TEST_TMPDIR/bad.tsv"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf '9223372036854775807\tmax\n5\tde\n2\thet')" ]
	b="artfreq: $BATS_TEST_TMPDIR/bad.tsv"
	[ "${stderr_lines[0]}" = "$b:2: not count<TAB>item" ]
	[ "${stderr_lines[1]}" = "$b:3: not count<TAB>item" ]
	[ "${stderr_lines[2]}" = "$b:5: not count<TAB>item" ]
	[ "${stderr_lines[3]}" = "$b:6: empty item" ]
	[ "${stderr_lines[4]}" = "$b:8: count is not a whole number of 0 or more" ]
	[ "${stderr_lines[5]}" = "$b:9: not an object of count and item" ]
	[[ "${stderr_lines[6]}" == "$b:10: "* ]]
	[ "${stderr_lines[7]}" = "$b:11: count out of range" ]
	[ "${stderr_lines[8]}" = "$b:13: the sum is out of range" ]
	[ "${#stderr_lines[@]}" -eq 9 ]
	run --separate-stderr artfreq -m - < /dev/null
	[ "$status" -eq 0 ]
	[ "$output" = "" ]
	[ "$stderr" = "" ]
}

@test "words that share their first and last eight bytes stay apart" {
	printf 'aaaaaaaaXbbbbbbbb aaaaaaaaYbbbbbbbb aaaaaaaaXYbbbbbbbb aaaaaaaaXbbbbbbbb abcdefghi abcdefghi abcdefgh abcdefghij\n' > "$BATS_TEST_TMPDIR/w.txt"
	run --separate-stderr artfreq "$BATS_TEST_TMPDIR/w.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2\taaaaaaaaXbbbbbbbb\n2\tabcdefghi\n1\taaaaaaaaXYbbbbbbbb\n1\taaaaaaaaYbbbbbbbb\n1\tabcdefgh\n1\tabcdefghij')" ]
}

@test "a million distinct words, a word of 4 MB and a 50 MB paragraph" {
	seq 1 1000000 | sed 's/^/w/' | tr '\n' ' ' > "$BATS_TEST_TMPDIR/many.txt"
	seq 1 1000 | sed 's/^/w/' >> "$BATS_TEST_TMPDIR/many.txt"
	run --separate-stderr sh -c 'artfreq "$1" | awk -F "\t" "{ n[\$1]++ } END { print n[2], n[1], NR }"' sh "$BATS_TEST_TMPDIR/many.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "1000 999000 1000000" ]
	[ "$(artfreq -k 3 "$BATS_TEST_TMPDIR/many.txt")" = "$(printf '2\tw1\n2\tw10\n2\tw100')" ]
	head -c 4000000 /dev/zero | tr '\0' x > "$BATS_TEST_TMPDIR/long.txt"
	printf ' y\n' >> "$BATS_TEST_TMPDIR/long.txt"
	run --separate-stderr sh -c 'artfreq "$1" | cut -c 1-12' sh "$BATS_TEST_TMPDIR/long.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '1\txxxxxxxxxx\n1\ty')" ]
	yes 'kort woord' | head -n 4600000 | tr '\n' ' ' > "$BATS_TEST_TMPDIR/big.txt"
	run --separate-stderr artfreq "$BATS_TEST_TMPDIR/big.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '4600000\tkort\n4600000\twoord')" ]
}

@test "invalid UTF-8, NUL bytes, CRLF and no final newline" {
	printf 'a\377b\r\nc\0d \303\251\342\202 a' > "$BATS_TEST_TMPDIR/bad.txt"
	run --separate-stderr artfreq "$BATS_TEST_TMPDIR/bad.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(reference "$BATS_TEST_TMPDIR/bad.txt")" ]
	[ "${lines[0]}" = "2${T}a" ]
}

# A stream whose articles are cut at separator lines only: some of its
# lines end in a form feed, some articles have CR LF line ends, some a
# separator line of a form feed and CR LF.
cuttable() {
	gen "$1" "$2" | awk '
	/^\f$/ { n++; if (n % 3 == 0) { printf "\f\r\n"; next } }
	NR % 7 == 0 && length($0) > 30 { $0 = $0 "\f" }
	n % 4 == 1 { printf "%s\r\n", $0; next }
	{ print }'
}

@test "-P: the counts are the same whatever the number of processes" {
	cd "$BATS_TEST_TMPDIR"
	cuttable 11 400 > stream.txt
	cuttable 12 3 > small.txt
	gen 13 1 > one.txt
	[ "$(grep -c "$(printf '\f\r$')" stream.txt)" -gt 20 ]
	[ "$(grep -c "$(printf '[^\r]\f$')" stream.txt)" -gt 20 ]
	for opts in "" "-f" "-d" "-d -f" "-j -k 25" "-n 2" "-n 3 -f -d" "-n 2 -l en"; do
		run --separate-stderr artfreq -P 1 $opts stream.txt small.txt one.txt
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		want=$output
		[ "$(printf '%s\n' "$want" | wc -l)" -ge 25 ]
		for p in 2 3 5 16 64; do
			run --separate-stderr artfreq -P $p $opts stream.txt small.txt one.txt
			[ "$status" -eq 0 ]
			[ "$stderr" = "" ]
			[ "$output" = "$want" ] || { echo "-P $p $opts differs"; false; }
		done
		# standard input among the files, and the default
		run --separate-stderr sh -c 'artfreq '"$opts"' stream.txt - one.txt < small.txt'
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$want" ]
	done
	# the same as one process reading it all through a pipe
	run --separate-stderr sh -c 'cat stream.txt | artfreq -d'
	[ "$output" = "$(artfreq -P 7 -d stream.txt)" ]
}

@test "-P: an article is never cut, however long, and a missing file is reported once" {
	cd "$BATS_TEST_TMPDIR"
	gen 14 1 > one.txt
	{ cat one.txt; printf '\f\n'; seq 1 300000 | sed 's/^/w/' | paste -s -d ' '; } > long.txt
	run --separate-stderr artfreq -P 1 -d long.txt
	want=$output
	[ "$(printf '%s\n' "$want" | grep -c "^1$T")" -gt 300000 ]
	run --separate-stderr artfreq -P 8 -d long.txt none.txt one.txt
	[ "$status" -eq 1 ]
	[ "$stderr" = "artfreq: none.txt: No such file or directory" ]
	[ "$output" = "$(artfreq -P 1 -d long.txt one.txt)" ]
}

@test "a missing file is reported and the others are still read" {
	run --separate-stderr artfreq "$BATS_TEST_TMPDIR/none.txt" "$F/artikel.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "$(cat "$F/artikel.freq")" ]
	[ "$stderr" = "artfreq: $BATS_TEST_TMPDIR/none.txt: No such file or directory" ]
	run --separate-stderr artfreq -m "$BATS_TEST_TMPDIR/none.txt" "$F/artikel.freq"
	[ "$status" -eq 1 ]
	[ "$output" = "$(cat "$F/artikel.freq")" ]
	[ "$stderr" = "artfreq: $BATS_TEST_TMPDIR/none.txt: No such file or directory" ]
}

@test "usage errors exit 2" {
	for args in "-x" "-n 0" "-n x" "-n" "-k -1" "-k 1x" "-m -f" "-m -n 2" "-m -d" "-m -l en" "-m -a /dev/null" \
	    "-P 0" "-P 65" "-P x" "-m -P 2"; do
		run --separate-stderr artfreq $args "$F/artikel.txt"
		[ "$status" -eq 2 ]
		[ "$output" = "" ]
		[[ "$stderr" == *"Usage: artfreq [-dfjV] [-a file] [-k K] [-l auto|nl|en|de] [-n N] [-P N] [file ...]"* ]]
	done
	run --separate-stderr artfreq -l xx "$F/artikel.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr_lines[0]}" = "artfreq: unknown language 'xx' (auto|nl|en|de)" ]
	run --separate-stderr artfreq -n 0 "$F/artikel.txt"
	[ "${stderr_lines[0]}" = "artfreq: 0: not a number from 1 to $(getconf SIZE_MAX 2>/dev/null || echo 18446744073709551615)" ]
}

@test "-V prints the version" {
	run --separate-stderr artfreq -V
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" =~ ^artfreq\ \(artkit\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
}

@test "a closed pipe ends quietly" {
	seq 1 200000 | sed 's/^/w/' > "$BATS_TEST_TMPDIR/many.txt"
	run --separate-stderr sh -c 'artfreq "$1" | head -n 1' sh "$BATS_TEST_TMPDIR/many.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "1${T}w1" ]
}

@test "the output reads back through -m unchanged, even for long items with spaces" {
	gen 51 15 > "$BATS_TEST_TMPDIR/s.txt"
	artfreq -n 4 "$BATS_TEST_TMPDIR/s.txt" > "$BATS_TEST_TMPDIR/f.tsv"
	run --separate-stderr artfreq -m "$BATS_TEST_TMPDIR/f.tsv"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$BATS_TEST_TMPDIR/f.tsv")" ]
	run --separate-stderr sh -c 'artfreq -j -n 4 "$1" | artfreq -m'  sh "$BATS_TEST_TMPDIR/s.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cat "$BATS_TEST_TMPDIR/f.tsv")" ]
}
