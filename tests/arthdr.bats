#!/usr/bin/env bats
# arthdr: header fields as TSV and JSON Lines.

bats_require_minimum_version 1.5.0
load test_helper

F="$BATS_TEST_DIRNAME/fixtures/arthdr"
ALL=file,title,date,utc,epoch,day,time,tz,url,host,path,id,slug,tags

@test "default fields of a normal article: title, date, url" {
	run --separate-stderr arthdr "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Kabinet presenteert plan voor betaalbare huurwoningen\t2024-09-17T15:04:05+0200\thttps://nos.nl/artikel/2538001-kabinet-presenteert-plan-voor-betaalbare-huurwoningen')" ]
}

@test "every field of a normal article" {
	run --separate-stderr arthdr -f utc,epoch,day,time,tz,host,path,id,slug,tags "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2024-09-17T13:04:05Z\t1726578245\t2024-09-17\t15:04:05\t+02:00\tnos.nl\t/artikel/2538001-kabinet-presenteert-plan-voor-betaalbare-huurwoningen\t2538001\tkabinet-presenteert-plan-voor-betaalbare-huurwoningen\tPolitiek,Binnenland')" ]
}

@test "-f orders fields as given" {
	run --separate-stderr arthdr -f id,title "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2538001\tKabinet presenteert plan voor betaalbare huurwoningen')" ]
}

@test "a stream of three articles gives three rows named file#N" {
	run --separate-stderr arthdr -f file,utc,epoch,id,tags "$F/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${lines[0]}" = "$(printf '%s\t2024-09-17T13:04:05Z\t1726578245\t2538001\tPolitiek,Binnenland' "$F/stream.txt#1")" ]
	[ "${lines[1]}" = "$(printf '%s\t2024-12-31T23:59:59Z\t1735689599\t2549002\tBuitenland' "$F/stream.txt#2")" ]
	[ "${lines[2]}" = "$(printf '%s\t2024-02-29T11:30:00Z\t1709206200\t6300003\t' "$F/stream.txt#3")" ]
	[ "${#lines[@]}" -eq 3 ]
}

@test "the stream also works on standard input" {
	run --separate-stderr sh -c 'arthdr -f file,id < "$1"' sh "$F/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf -- '-#1\t2538001\n-#2\t2549002\n-#3\t6300003')" ]
}

@test "nu.nl style URL: id from the path segment, slug without .html" {
	run --separate-stderr sh -c 'arthdr -f host,id,slug "$1" | sed -n 3p' sh "$F/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'www.nu.nl\t6300003\tschrikkeldag-valt-dit-jaar-op-donderdag')" ]
}

@test "CRLF line ends give the same fields as LF" {
	run --separate-stderr arthdr -f "${ALL#file,}" "$F/crlf.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(arthdr -f "${ALL#file,}" "$F/normal.txt")" ]
	[[ "$output" != *$'\r'* ]]
}

@test "a UTF-8 byte order mark is not part of the title" {
	run --separate-stderr arthdr -f title,tags "$F/bom.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Kabinet presenteert plan voor betaalbare huurwoningen\tPolitiek,Binnenland')" ]
}

@test "no final newline: the trailer is still found" {
	run --separate-stderr arthdr -f utc,tags "$F/nofinal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2024-05-01T10:00:00Z\tEconomie')" ]
}

@test "no trailer: tags are empty" {
	run --separate-stderr arthdr -f id,tags "$F/notrailer.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2515004\t')" ]
}

@test "no header: a warning, empty fields, exit 1" {
	run --separate-stderr arthdr "$F/noheader.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arthdr: $F/noheader.txt:1: no article header (line 2 is no timestamp, nor a URL before an empty line)" ]
	[ "$output" = "$(printf '\t\t')" ]
}

@test "a date that does not exist is reported with its line, fields left empty" {
	run --separate-stderr arthdr -f title,utc,epoch,id "$F/badtime.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arthdr: $F/badtime.txt:2: invalid timestamp '2024-02-30T10:00:00+01:00'" ]
	[ "$output" = "$(printf 'Datum bestaat niet\t\t\t2515005')" ]
}

@test "no URL in the header" {
	run --separate-stderr arthdr -f title,utc,url "$F/nourl.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arthdr: $F/nourl.txt:3: no URL" ]
	[ "$output" = "$(printf 'Geen adres\t2024-03-10T08:00:00Z\t')" ]
}

@test "no timestamp in the header" {
	run --separate-stderr arthdr -f title,date,id "$F/notime.txt"
	[ "$status" -eq 1 ]
	[ "$stderr" = "arthdr: $F/notime.txt:2: no timestamp" ]
	[ "$output" = "$(printf 'Geen tijd\t\t2515010')" ]
}

@test "a tab in a title is escaped in TSV and kept in JSON" {
	run --separate-stderr arthdr -f title,id "$F/tab.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Titel\\tmet tab\t2515006')" ]
	run --separate-stderr sh -c 'arthdr -j -f title "$1" | jq -r .title' sh "$F/tab.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf 'Titel\tmet tab')" ]
}

@test "invalid UTF-8 passes through TSV and becomes U+FFFD in JSON" {
	run --separate-stderr arthdr -f title "$F/invalid.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Ongeldige \xff\xfe bytes \xc3')" ]
	run --separate-stderr sh -c 'arthdr -j -f title "$1" | jq -r .title' sh "$F/invalid.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "Ongeldige �� bytes �" ]
}

@test "NUL bytes in a title are escaped, not cut off" {
	run --separate-stderr arthdr -f title,id "$F/nul.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Titel met \\x00 nul\t2515008')" ]
	run --separate-stderr sh -c 'arthdr -j -f title "$1" | jq -c .title' sh "$F/nul.txt"
	[ "$output" = '"Titel met \u0000 nul"' ]
}

@test "JSON Lines output parses with jq for every fixture" {
	for f in "$F"/*.txt; do
		arthdr -j -f "$ALL" "$f" 2>/dev/null > "$BATS_TEST_TMPDIR/out.json" || true
		[ -s "$BATS_TEST_TMPDIR/out.json" ]
		jq -e . "$BATS_TEST_TMPDIR/out.json" > /dev/null
	done
}

@test "-j: epoch is a number, absent values are null" {
	run --separate-stderr arthdr -j -f title,epoch,url,id "$F/nourl.txt"
	[ "$status" -eq 1 ]
	[ "$output" = '{"title":"Geen adres","epoch":1710057600,"url":null,"id":null}' ]
	[ "$stderr" = "arthdr: $F/nourl.txt:3: no URL" ]
}

@test "-H prints a header row; several files add the file column; -h drops it" {
	run --separate-stderr arthdr -H -f id "$F/normal.txt" "$F/notrailer.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'file\tid\n%s\t2538001\n%s\t2515004' "$F/normal.txt" "$F/notrailer.txt")" ]
	run --separate-stderr arthdr -h -f id "$F/normal.txt" "$F/notrailer.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "$(printf '2538001\n2515004')" ]
}

@test "a missing file and a directory are reported, the other files still processed" {
	mkdir "$BATS_TEST_TMPDIR/dir"
	run --separate-stderr arthdr -h -f id "$BATS_TEST_TMPDIR/none.txt" "$BATS_TEST_TMPDIR/dir" "$F/normal.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "2538001" ]
	[ "${stderr_lines[0]}" = "arthdr: $BATS_TEST_TMPDIR/none.txt: No such file or directory" ]
	[ "${stderr_lines[1]}" = "arthdr: $BATS_TEST_TMPDIR/dir: Is a directory" ]
}

@test "an unreadable file is reported" {
	[ "$(id -u)" -ne 0 ] || skip "root reads every file"
	cp "$F/normal.txt" "$BATS_TEST_TMPDIR/secret.txt"
	chmod 000 "$BATS_TEST_TMPDIR/secret.txt"
	run --separate-stderr arthdr "$BATS_TEST_TMPDIR/secret.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "arthdr: $BATS_TEST_TMPDIR/secret.txt: Permission denied" ]
}

@test "an unknown field is a usage error" {
	run --separate-stderr arthdr -f title,colour "$F/normal.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" = "arthdr: unknown field 'colour'"* ]]
}

@test "an unknown option prints the usage and exits 2" {
	run --separate-stderr arthdr -x
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "${stderr_lines[1]}" = "Usage: arthdr [-HhjNV] [-a file] [-f fields] [-l auto|nl|en|de] [file ...]" ]
}

@test "-V prints the version" {
	run --separate-stderr arthdr -V
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" =~ ^arthdr\ \(artkit\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
}

@test "a full disk is reported and exits 1" {
	run --separate-stderr arthdr "$F/normal.txt"
	run --separate-stderr sh -c 'arthdr "$1" > /dev/full' sh "$F/normal.txt"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "arthdr: <stdout>: No space left on device" ]
}

@test "a closed pipe ends quietly, with status 0" {
	for i in $(seq 3000); do cat "$F/normal.txt"; printf '\f\n'; done > "$BATS_TEST_TMPDIR/big.txt"
	run --separate-stderr bash -c 'set -o pipefail; arthdr -f id "$1" | head -1' bash "$BATS_TEST_TMPDIR/big.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "2538001" ]
}

@test "10,000 files through xargs: one row each" {
	d="$BATS_TEST_TMPDIR/many"
	mkdir "$d"
	awk -v d="$d" 'BEGIN { for (i = 1; i <= 10000; i++) {
		f = sprintf("%s/a%05d.txt", d, i)
		printf "Artikel %d\n2024-01-01T00:00:00Z\nhttps://nos.nl/artikel/%d-artikel\n\nTekst.\n", i, 2000000 + i > f
		close(f) } }'
	run --separate-stderr sh -c 'find "$1" -name "*.txt" | sort | xargs arthdr -h -f id | awk "{ n++; s += \$1 } END { printf \"%d %.0f\\n\", n, s }"' sh "$d"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "10000 20050005000" ]
}

@test "a long run of short lines before the share marker is a list, not a trailer" {
	f=$( { for club in Ajax PSV Feyenoord AZ Twente Utrecht Vitesse Heerenveen; do echo "$club"; done
		echo Sport; echo 'Deel artikel:'; } | mkarticle list.txt 'Eredivisie' '2024-08-01T20:00:00+02:00' 'https://nos.nl/artikel/2530001-eredivisie')
	run --separate-stderr arthdr -f tags "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "Sport" ]
}

@test "labels without a share marker: only well-known section names are a trailer" {
	f=$(printf 'Een alinea.\nKopje zonder punt\nBinnenland\n' | mkarticle known.txt 'Titel' '2024-08-01T20:00:00+02:00' 'https://nos.nl/artikel/2530002-titel')
	run --separate-stderr arthdr -f tags "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "Binnenland" ]
}

@test "a label before a share marker: short, capitalised, no sentence or clause mark, at most five words" {
	# each line alone before "Deel artikel:", and whether it is a label;
	# the lengths cross the eight-byte steps the test is taken in
	while IFS='|' read -r want line; do
		f=$(printf 'Een alinea.\n%s\nDeel artikel:\n' "$line" |
		    mkarticle label.txt 'Titel' '2024-08-01T20:00:00+02:00' 'https://nos.nl/artikel/2530003-titel')
		run --separate-stderr arthdr -f tags "$f"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		if [ "$want" = yes ]; then
			[ "$output" = "$line" ] || { echo "not taken: $line"; return 1; }
		else
			[ "$output" = "" ] || { echo "taken: $line"; return 1; }
		fi
	done <<-'EOF'
	yes|Oorlog in Oekraïne
	yes|Een twee drie vier vijf
	no|Een twee drie vier vijf zes
	yes|Een  twee   drie    vier     vijf
	yes|ABCDEFG
	yes|ABCDEFGH
	yes|ABCDEFGHI
	yes|ABCDEFGHIJKLMNOP
	yes|ABCDEFGHIJKLMNOPQ
	yes|Élysée en Matignon
	yes|2024 Olympische Spelen
	no|2024
	no|2024 1 2
	no|klein begin
	no|Omroep (West)
	no|Omroep West)
	no|Omroep [West
	no|Zeg "ja" nu
	no|Tijd: nu
	no|Weer; nu
	no|Een zin.
	no|Echt?
	no|Echt!
	yes|Noord-Holland & Utrecht
	no|Lijst,
	yes|Abcdefghijkl abcdefghijkl abcdefghijkl abcdefghijkl abcdefgh
	no|Abcdefghijkl abcdefghijkl abcdefghijkl abcdefghijkl abcdefghi
	no|Over het klimaat: nee
	EOF
}

# arthdr -f tags of an article whose body ends in "Sport" and the line $1
marker_tags() {
	f=$(printf 'Een alinea.\nSport\n%s\n' "$1" |
	    mkarticle marker.txt 'Titel' '2024-08-01T20:00:00+02:00' 'https://nos.nl/artikel/2530004-titel')
	run --separate-stderr arthdr -f tags "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
}

@test "a share marker is known in any case, and by every one of its bytes" {
	# markers that end in a colon, which no label does, so that only the
	# list makes them a marker; their lengths end inside an eight-byte
	# step.  Each in upper and lower case is one; each with one letter
	# changed, wherever it stands, is none.
	for m in 'Deel dit artikel:' 'Share this article:' 'Lees meer over:' 'Gerelateerde onderwerpen:'; do
		up=$(printf '%s' "$m" | tr 'a-z' 'A-Z')
		low=$(printf '%s' "$m" | tr 'A-Z' 'a-z')
		for v in "$m" "$up" "$low"; do
			marker_tags "$v"
			[ "$output" = "Sport" ] || { echo "not a marker: $v"; return 1; }
		done
		k=0
		while [ $k -lt $((${#m} - 1)) ]; do
			c=${m:$k:1}
			case $c in
			[a-pr-zA-PR-Z]) v="${m:0:$k}q${m:$((k + 1))}" ;;
			*) k=$((k + 1)); continue ;;
			esac
			marker_tags "$v"
			[ "$output" = "" ] || { echo "a marker: $v"; return 1; }
			k=$((k + 1))
		done
	done
}

@test "articles without a header in a stream are reported at their own first line" {
	run --separate-stderr sh -c "{ printf 'los\n\f\n'; cat \"\$1\"; printf '\f\nook los\n'; } | arthdr -f file,id" sh "$F/normal.txt"
	[ "$status" -eq 1 ]
	[ "${lines[0]}" = "$(printf -- '-#1\t')" ]
	[ "${lines[1]}" = "$(printf -- '-#2\t2538001')" ]
	[ "${lines[2]}" = "$(printf -- '-#3\t')" ]
	[ "${stderr_lines[0]}" = "arthdr: <stdin>:1: no article header (line 2 is no timestamp, nor a URL before an empty line)" ]
	[ "${stderr_lines[1]}" = "arthdr: <stdin>:13: no article header (line 2 is no timestamp, nor a URL before an empty line)" ]
}

@test "a separator at the very end starts no article, and names stay plain" {
	run --separate-stderr sh -c '{ cat "$1"; printf "\f\n"; } | arthdr -f file,id' sh "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf -- '-\t2538001')" ]
}

@test "counts in one row with header fields equal artwc's, on a stream too" {
	run --separate-stderr arthdr -j -f file,paragraphs,sentences,words,chars,bytes "$F/stream.txt" "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 4 ]
	[ "$output" = "$(artwc -j -pswmc "$F/stream.txt" "$F/normal.txt")" ]
	run --separate-stderr arthdr -f id,day,words,sentences "$F/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | cut -f3)" = "$(artwc -w "$F/stream.txt" | sed '$d' | awk '{ print $1 }')" ]
	[ "$(printf '%s\n' "$output" | cut -f4)" = "$(artwc -s "$F/stream.txt" | sed '$d' | awk '{ print $1 }')" ]
	[ "$(printf '%s\n' "$output" | cut -f1,2)" = "$(arthdr -f id,day "$F/stream.txt")" ]
}

@test "counts equal artwc's on 300 generated articles" {
	cc -O2 -o "$BATS_TEST_TMPDIR/gen-corpus" "$BATS_TEST_DIRNAME/../bench/gen-corpus.c"
	"$BATS_TEST_TMPDIR/gen-corpus" -s 3 -a 300 > "$BATS_TEST_TMPDIR/corpus.txt"
	run --separate-stderr arthdr -j -f file,paragraphs,sentences,words,chars,bytes "$BATS_TEST_TMPDIR/corpus.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "${#lines[@]}" -eq 300 ]
	[ "$output" = "$(artwc -j -pswmc "$BATS_TEST_TMPDIR/corpus.txt")" ]
}

@test "utcday is the UTC date, day the local one" {
	f=$(mkarticle late.txt 'Laat' '2024-07-18T01:30:00+0200' 'https://nos.nl/artikel/2530001-laat' <<< 'Tekst.')
	run --separate-stderr arthdr -f day,utcday,utc "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2024-07-18\t2024-07-17\t2024-07-17T23:30:00Z')" ]
}

@test "host: without user and port; an IPv6 address keeps its brackets and colons" {
	local url want
	for url in 'https://[2001:db8::7]/nieuws/12345-kop|[2001:db8::7]	12345	kop' \
	    'http://jan@[fe80::1]:8080/a/12345|[fe80::1]	12345	' \
	    'https://jan:geheim@nos.nl:443/artikel/2538001-kop?x=1#y|nos.nl	2538001	kop'; do
		want=${url#*|}
		f=$(mkarticle host.txt 'Kop' 2024-01-01T10:00:00Z "${url%%|*}" <<< 'Tekst.')
		run --separate-stderr arthdr -f host,id,slug "$f"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$want" ]
	done
}

@test "utc keeps four digits of year: a time outside 0000 to 9999 in UTC is no real date" {
	local ts
	# the first and last seconds that are, in the farthest zones
	for ts in 9999-12-31T23:59:59Z 9999-12-31T00:00:59-2359 \
	    0000-01-01T23:59:00+2359 0000-01-01T00:00:00Z; do
		f=$(mkarticle edge.txt 'Rand' "$ts" 'https://nos.nl/artikel/1-rand' <<< 'Tekst.')
		run --separate-stderr arthdr -f utc,utcday,epoch "$f"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		case $ts in
		9999*) [ "$output" = "$(printf '9999-12-31T23:59:59Z\t9999-12-31\t253402300799')" ] ;;
		0000*) [ "$output" = "$(printf '0000-01-01T00:00:00Z\t0000-01-01\t-62167219200')" ] ;;
		esac
	done
	# a second, or a minute of offset, beyond
	for ts in 9999-12-31T23:59:60Z 9999-12-31T00:01:00-2359 \
	    0000-01-01T23:59:00+2400 0000-01-01T23:58:59+2359 0000-01-01T00:00:00+0001; do
		f=$(mkarticle edge.txt 'Rand' "$ts" 'https://nos.nl/artikel/1-rand' <<< 'Tekst.')
		run --separate-stderr arthdr -f title,utc,utcday,epoch,day "$f"
		[ "$status" -eq 1 ]
		[ "$stderr" = "arthdr: $f:2: invalid timestamp '$ts'" ]
		[ "$output" = "$(printf 'Rand\t\t\t\t')" ]
	done
}

@test "a comma inside a tag is escaped in TSV; JSON keeps an array" {
	f=$(mkarticle zorg.txt 'Zorg' '2024-07-18T10:00:00+0200' 'https://nos.nl/artikel/2530002-zorg' <<'EOT'
Een alinea.
Zorg, welzijn
Binnenland
Deel artikel:
EOT
)
	run --separate-stderr arthdr -f tags "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = 'Zorg\, welzijn,Binnenland' ]
	run --separate-stderr arthdr -j -f tags "$f"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = '{"tags":["Zorg, welzijn","Binnenland"]}' ]
}

@test "-N prints the file column for a single file; -h after it wins" {
	run --separate-stderr arthdr -N -f id "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\t2538001' "$F/normal.txt")" ]
	run --separate-stderr arthdr -N -h -f id "$F/normal.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "2538001" ]
}

@test "a tab or newline in a file name is escaped in the file column" {
	cp "$F/normal.txt" "$BATS_TEST_TMPDIR/a	b
c.txt"
	run --separate-stderr arthdr -N -f id "$BATS_TEST_TMPDIR/a	b
c.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$BATS_TEST_TMPDIR/a\\tb\\nc.txt	2538001" ]
}
