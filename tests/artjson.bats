#!/usr/bin/env bats
# artjson: articles to JSON Lines and back.
bats_require_minimum_version 1.5.0
load test_helper

F="$FIXTURES/artjson"

# The lines of an article file that are neither blank nor a share marker
# (header, paragraphs and tags): what a round trip must keep.
kept() {
	grep -v -e '^[[:space:]]*$' -e '^Deel artikel:$' "$1"
}

@test "one object per article, keys in the documented order" {
	run --separate-stderr sh -c 'artjson "$1" | jq -r "keys_unsorted | join(\",\")"' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "file,title,date,utc,epoch,url,id,tags,lang,body" ]
}

@test "header fields, tags and paragraphs of an article" {
	run --separate-stderr sh -c 'artjson "$1" | jq -c "[.title, .date, .utc, .epoch, .id, .tags, (.body | length), .body[3]]"' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = '["Gemeente Zwolle sluit fietsenstalling na vondst van \"vreemd\" pakketje","2024-03-05T08:15:00+0100","2024-03-05T07:15:00Z",1709622900,"2500001",["Regionaal nieuws","Binnenland"],4,"\"We nemen geen enkel risico\", zei de woordvoerder."]' ]
}

@test "paragraphs are the body lines exactly, blank lines skipped" {
	run --separate-stderr sh -c 'artjson "$1" | jq -r ".body[]"' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(sed -n '5,10p' "$F/article.txt" | grep -v '^$')" ]
}

@test "a stream: one line per article, named file#N" {
	run --separate-stderr sh -c 'artjson "$1" | jq -r "[.file, .id, (.tags | join(\"+\"))] | @tsv"' sh "$F/stream.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' "$F/stream.txt#1	345678	Hoogwater" "$F/stream.txt#2	345690	" "$F/stream.txt#3	345701	")" ]
}

@test "plain text: header fields and tags are null, every line a paragraph" {
	run --separate-stderr artjson "$F/plain.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "{\"file\":\"$F/plain.txt\",\"title\":null,\"date\":null,\"utc\":null,\"epoch\":null,\"url\":null,\"id\":null,\"tags\":null,\"lang\":\"nl\",\"body\":[\"Dit is gewone tekst zonder kop.\",\"Ook de tweede regel is gewone tekst.\",\"En na een lege regel nog een alinea.\"]}" ]
}

@test "no timestamp or a bad one: date, utc and epoch are null or raw" {
	run --separate-stderr sh -c 'artjson "$1" "$2" | jq -c "[.date, .utc, .epoch, .id]"' sh "$F/nodate.txt" "$F/baddate.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' '[null,null,null,"2411111"]' '["2024-13-45T99:00:00+0100",null,null,"2422222"]')" ]
}

@test "invalid UTF-8 becomes U+FFFD and control characters are escaped" {
	run --separate-stderr artjson "$F/odd.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" == *'"title":"Titel met\ttab en '$'\xef\xbf\xbd'' ongeldig byte"'* ]]
	[[ "$output" == *'"Alinea met een beller \u0007 en een \u001b escape."'* ]]
	echo "$output" | jq -e . >/dev/null
}

@test "every byte that needs escaping is found at every offset of a long run of plain text" {
	# the plain-text scan takes eight bytes at a time: a special byte at
	# each of 40 offsets, behind and before plain text
	cd "$BATS_TEST_TMPDIR"
	plain=abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMN
	: > odd.txt
	for c in '\001' '\037' '"' '\\' '\177' 'é' '\377' '€'; do
		b=$(printf "$c.")
		b=${b%.}
		for k in $(seq 0 39); do
			printf '%s%s%s\n' "${plain:0:k}" "$b" "${plain:k}" >> odd.txt
		done
	done
	# jq gives the lines back, an invalid byte as U+FFFD
	run --separate-stderr sh -c 'artjson odd.txt | jq -r ".body[]"'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(printf '%s\n' "$output" | wc -l)" -eq 320 ]
	[ "$output" = "$(sed "s/$(printf '\377')/$(printf '\357\277\275')/" odd.txt)" ]
	run --separate-stderr sh -c 'artjson odd.txt | grep -o -e "\\\\u0001" -e "\\\\u001f" -e "\\\\u007f" | sort | uniq -c'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(echo $output)" = '40 \u0001 40 \u001f 40 \u007f' ]
}

@test "every fixture gives valid JSON, one line per article" {
	for f in "$F"/*.txt; do
		artjson "$f" > "$BATS_TEST_TMPDIR/out.json"
		jq -e -c .file "$BATS_TEST_TMPDIR/out.json" > /dev/null
		[ "$(wc -l < "$BATS_TEST_TMPDIR/out.json")" -eq "$(jq -s length "$BATS_TEST_TMPDIR/out.json")" ]
	done
	run --separate-stderr sh -c 'artjson "$@" | wc -l' sh "$F"/*.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq 9 ]
}

@test "-s: the sentences of each paragraph, as artsent splits them" {
	for f in "$F/article.txt" "$F/stream.txt" "$F/plain.txt" "$ARTKIT_TOP/examples/sample.txt"; do
		run --separate-stderr sh -c 'artjson -s "$1" | jq -r ".body_sentences[][]"' sh "$f"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$(artsent "$f" | grep -v "$(printf '^\f$')")" ]
		# one array per paragraph
		[ "$(artjson -s "$f" | jq -c '[(.body | length), (.body_sentences | length)] | unique | length' | sort -u)" = 1 ]
	done
	run --separate-stderr sh -c 'artjson -s "$1" | jq -c ".body_sentences[0]"' sh "$F/article.txt"
	[ "$output" = '["De gemeente Zwolle heeft dinsdagochtend de fietsenstalling bij het station gesloten.","Een medewerker vond er een pakketje met draden."]' ]
	run --separate-stderr sh -c 'artjson -s -l en "$1" | jq -c ".body_sentences"' sh /dev/stdin <<-'EOF'
	Mr. Smith arrived. He sat down.
	EOF
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = '[["Mr. Smith arrived.","He sat down."]]' ]
}

@test "-t: the words of each paragraph, as arttok prints them" {
	for f in "$F/article.txt" "$F/stream.txt" "$F/plain.txt" "$ARTKIT_TOP/examples/sample.txt"; do
		run --separate-stderr sh -c 'artjson -t "$1" | jq -r ".tokens[][]"' sh "$f"
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$(arttok "$f" | grep -v "$(printf '^\f$')")" ]
	done
	run --separate-stderr sh -c 'artjson -t "$1" | jq -c ".tokens[3]"' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = '["We","nemen","geen","enkel","risico","zei","de","woordvoerder"]' ]
}

@test "-s -t: the words of each sentence of each paragraph" {
	run --separate-stderr sh -c 'artjson -s -t "$1" | jq -c "[(.tokens | length), .tokens[0], ([.tokens[][][]] | length)]"' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = '[4,[["De","gemeente","Zwolle","heeft","dinsdagochtend","de","fietsenstalling","bij","het","station","gesloten"],["Een","medewerker","vond","er","een","pakketje","met","draden"]],55]' ]
	run --separate-stderr sh -c 'artjson -s -t "$1" | jq -r "keys_unsorted | join(\",\")"' sh "$F/article.txt"
	[ "$output" = "file,title,date,utc,epoch,url,id,tags,lang,body,body_sentences,tokens" ]
}

@test "paragraph, sentence and word counts agree with artwc -j" {
	run --separate-stderr sh -c 'artjson -s -t "$@" | jq -c "{file, paragraphs: (.body | length), sentences: ([.body_sentences[][]] | length), words: ([.tokens[][][]] | length)}"' sh "$F"/*.txt "$ARTKIT_TOP/examples/sample.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artwc -j -p -s -w "$F"/*.txt "$ARTKIT_TOP/examples/sample.txt")" ]
	run --separate-stderr sh -c 'artjson -t "$@" | jq -c "{file, paragraphs: (.body | length), words: ([.tokens[][]] | length)}"' sh "$F"/*.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artwc -j -p -w "$F"/*.txt)" ]
}

@test "arthdr -j and artjson agree on every shared key" {
	run --separate-stderr sh -c 'arthdr -j -f file,title,date,utc,epoch,url,id,tags,lang "$@" 2>/dev/null' sh "$F"/*.txt
	[ "$status" -eq 1 ]    # arthdr reports the header problems of some fixtures
	[ "$stderr" = "" ]
	hdr=$output
	run --separate-stderr sh -c 'artjson "$@" | jq -c "del(.body)"' sh "$F"/*.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '%s\n' "$hdr" | jq -c .)" ]
}

@test "round trip: artjson F | artjson -d reproduces F's header and paragraphs" {
	for f in article.txt stream.txt plain.txt nodate.txt baddate.txt nomarker.txt; do
		artjson "$F/$f" | artjson -d > "$BATS_TEST_TMPDIR/back"
		run --separate-stderr diff <(kept "$F/$f") <(kept "$BATS_TEST_TMPDIR/back")
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "" ]
	done
	# known labels need no share marker, so none is written
	[ "$(tail -n 1 "$BATS_TEST_TMPDIR/back")" = "Economie" ]
	artjson "$F/article.txt" | artjson -d > "$BATS_TEST_TMPDIR/back"
	[ "$(tail -n 1 "$BATS_TEST_TMPDIR/back")" = "Binnenland" ]
}

@test "round trip: JSON to articles to JSON is the identity" {
	run --separate-stderr sh -c 'artjson "$@" | jq -c "del(.file)" > "$BATS_TEST_TMPDIR/a"; artjson "$@" | artjson -d | artjson | jq -c "del(.file)" | diff "$BATS_TEST_TMPDIR/a" -' sh "$F"/*.txt
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "-d: articles are separated by form-feed lines, header then paragraphs" {
	run --separate-stderr sh -c 'printf "%s\n" "{\"title\":\"Een\",\"date\":\"2024-01-01T00:00:00Z\",\"url\":\"https://nos.nl/artikel/2000001-een\",\"paragraphs\":[\"Alinea een.\",\"\",\"Alinea twee.\"]}" "{\"paragraphs\":[\"Alleen tekst.\"]}" | artjson -d | od -c | sed "s/^[0-7]* *//" | tr -s " " | tr -d "\n"'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Een\n2024-01-01T00:00:00Z\nhttps://nos.nl/artikel/2000001-een\n\nAlinea een.\nAlinea twee.\n\f\nAlleen tekst.\n' | od -c | sed 's/^[0-7]* *//' | tr -s ' ' | tr -d '\n')" ]
}

@test "-d: tags become trailer lines, with a share marker unless all are known labels" {
	run --separate-stderr sh -c 'printf "%s\n" "{\"title\":\"T\",\"date\":\"2024-01-01T00:00:00Z\",\"url\":\"https://nos.nl/artikel/2000001-t\",\"tags\":[\"Politiek\",\"Binnenland\"],\"paragraphs\":[\"Tekst.\"]}" "{\"title\":\"U\",\"date\":\"2024-01-01T00:00:00Z\",\"url\":\"https://nos.nl/artikel/2000002-u\",\"tags\":[\"Oekraine\"],\"paragraphs\":[\"Tekst.\"]}" | artjson -d | tee "$BATS_TEST_TMPDIR/out" | arthdr -f tags'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Politiek,Binnenland\nOekraine')" ]
	[ "$(sed -n 7p "$BATS_TEST_TMPDIR/out")" = "Binnenland" ]
	[ "$(sed -n 8p "$BATS_TEST_TMPDIR/out")" = "$(printf '\f')" ]
	[ "$(tail -n 1 "$BATS_TEST_TMPDIR/out")" = "Deel artikel:" ]
}

@test "-d: line breaks inside a string become spaces, a lone form feed an empty line" {
	run --separate-stderr sh -c 'printf "%s\n" "{\"title\":\"Kop\\nmet breuk\",\"date\":\"2024-01-01T00:00:00Z\",\"paragraphs\":[\"een\\r\\ntwee\",\"\\f\",\"drie\"]}" | artjson -d'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'Kop met breuk\n2024-01-01T00:00:00Z\n\neen  twee\ndrie')" ]
}

@test "-d: \\u escapes and surrogate pairs decode to UTF-8, NUL bytes pass" {
	run --separate-stderr sh -c 'printf "%s\n" "{\"paragraphs\":[\"caf\\u00e9 \\ud83d\\ude00 \\u20AC a\\u0000b\"]}" | artjson -d | od -An -tx1 | tr -d " \n"'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf 'caf\303\251 \360\237\230\200 \342\202\254 a' | od -An -tx1 | tr -d ' \n')00620a" ]
}

@test "-d: bad lines are reported as file:LINE: reason, the good ones still convert" {
	run --separate-stderr artjson -d "$F/bad.jsonl"
	[ "$status" -eq 1 ]
	[ "$output" = "$(printf 'Goed\n2024-01-01T00:00:00Z\nhttps://nos.nl/artikel/2000001-goed\n\nEerste goede alinea.\n\f\nTweede goed\n2024-01-02T00:00:00Z\nhttps://nos.nl/artikel/2000002-ook\n\nTweede goede alinea.\nBinnenland')" ]
	P="artjson: $F/bad.jsonl"
	[ "$stderr" = "$P:2: column 44: trailing comma
$P:3: column 11: expected a value, found \"'\"
$P:4: not a JSON object
$P:5: duplicate key \"title\"
$P:6: column 32: bad number (leading zero)
$P:7: column 10: unterminated string
$P:8: column 26: invalid escape in string
$P:9: column 27: unpaired surrogate in \\u escape
$P:10: column 18: expected the end of the line after the value, found \"x\"
$P:12: \"paragraphs\" is not an array of strings
$P:13: \"tags\" holds a value that is not a string
$P:14: \"title\" is not a string or null
$P:16: column 1: expected true, false or null, found \"t\"
$P:17: column 10: expected the end of the line after the value, found \"/\"
$P:18: column 14: control character in string (must be escaped)
$P:19: column 20: invalid UTF-8 in string" ]
}

@test "-d: strict numbers, literals and structure" {
	printf '%s\n' '{"x":1.}' '{"x":-}' '{"x":1e}' '{"x":.5}' '{"x":+1}' '{"x":NaN}' \
		'{"x":[1 2]}' '{"x" 1}' '{x:1}' '{"x":1,}' '{' '' '"x"' 'null' \
		'{"x":-0.5e+10,"y":[true,false,null,{}],"paragraphs":["ok"]}' > "$BATS_TEST_TMPDIR/in"
	run --separate-stderr artjson -d "$BATS_TEST_TMPDIR/in"
	[ "$status" -eq 1 ]
	[ "$output" = "ok" ]
	P="artjson: $BATS_TEST_TMPDIR/in"
	[ "$stderr" = "$P:1: column 6: bad number (digit expected after '.')
$P:2: column 6: bad number (digit expected)
$P:3: column 6: bad number (digit expected in exponent)
$P:4: column 6: expected a value, found \".\"
$P:5: column 6: expected a value, found \"+\"
$P:6: column 6: expected a value, found \"N\"
$P:7: column 9: expected ',' or ']', found \"2\"
$P:8: column 6: expected ':', found \"1\"
$P:9: column 2: expected a member name in double quotes, found \"x\"
$P:10: column 8: trailing comma
$P:11: column 2: expected a member name in double quotes, found end of line
$P:13: not a JSON object
$P:14: not a JSON object" ]
}

@test "-d: deep nesting and a long line are handled" {
	awk 'BEGIN { s = ""; for (i = 0; i < 100000; i++) s = s "["; print s }' > "$BATS_TEST_TMPDIR/deep"
	run --separate-stderr artjson -d "$BATS_TEST_TMPDIR/deep"
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "artjson: $BATS_TEST_TMPDIR/deep:1: column 513: nested too deeply" ]
	awk 'BEGIN { s = "x"; for (i = 0; i < 21; i++) s = s s; printf "{\"paragraphs\":[\"%s\"]}\n", s }' > "$BATS_TEST_TMPDIR/long"
	run --separate-stderr sh -c 'artjson -d "$1" | wc -c' sh "$BATS_TEST_TMPDIR/long"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" -eq 2097153 ]
}

@test "-d: unknown keys are ignored, null counts as absent, empty lines skipped" {
	run --separate-stderr sh -c 'printf "%s\n" "" "{\"file\":\"x\",\"sentences\":[[\"a\"]],\"title\":null,\"paragraphs\":[\"Tekst.\"],\"extra\":{\"a\":[1]}}" "   " | artjson -d'
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "Tekst." ]
}

@test "-d reads several files into one stream" {
	artjson "$F/article.txt" > "$BATS_TEST_TMPDIR/a.json"
	artjson "$F/stream.txt" > "$BATS_TEST_TMPDIR/b.json"
	run --separate-stderr sh -c 'artjson -d "$1" "$2" | arthdr -f id' sh "$BATS_TEST_TMPDIR/a.json" "$BATS_TEST_TMPDIR/b.json"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf '2500001\n345678\n345690\n345701')" ]
}

@test "a missing file is reported and the others are still processed" {
	run --separate-stderr sh -c 'artjson "$1" /nonexistent/x.txt | jq -r .id' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$output" = "2500001" ]
	[ "$stderr" = "artjson: /nonexistent/x.txt: No such file or directory" ]
	run --separate-stderr artjson /nonexistent/x.txt
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	run --separate-stderr artjson -d /nonexistent/y.jsonl
	[ "$status" -eq 1 ]
	[ "$output" = "" ]
	[ "$stderr" = "artjson: /nonexistent/y.jsonl: No such file or directory" ]
}

@test "standard input, as - or without operands" {
	run --separate-stderr sh -c 'artjson < "$1" | jq -r .file; artjson - < "$1" | jq -r .file' sh "$F/article.txt"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(printf -- '-\n-')" ]
}

@test "usage errors exit 2" {
	run --separate-stderr artjson -x
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[[ "$stderr" == *"Usage: artjson [-dstV] [-a file] [-l auto|nl|en|de] [file ...]" ]]
	run --separate-stderr artjson -d -s
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artjson: -d cannot be combined with -s or -t
Usage: artjson [-dstV] [-a file] [-l auto|nl|en|de] [file ...]" ]
	run --separate-stderr artjson -s -l xx "$F/article.txt"
	[ "$status" -eq 2 ]
	[ "$output" = "" ]
	[ "$stderr" = "artjson: unknown language 'xx' (auto|nl|en|de)" ]
}

@test "-V prints the version" {
	run --separate-stderr artjson -V
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[[ "$output" =~ ^artjson\ \(artkit\)\ [0-9]+\.[0-9]+\.[0-9]+$ ]]
}

@test "a closed pipe ends quietly" {
	for i in $(seq 1 3000); do cat "$F/article.txt"; printf '\f\n'; done > "$BATS_TEST_TMPDIR/big"
	run --separate-stderr sh -c 'artjson "$1" | head -n 1 | jq -r .id' sh "$BATS_TEST_TMPDIR/big"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "2500001" ]
	artjson "$BATS_TEST_TMPDIR/big" > "$BATS_TEST_TMPDIR/big.json"
	run --separate-stderr sh -c 'artjson -d "$1" | head -n 2' sh "$BATS_TEST_TMPDIR/big.json"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(head -n 2 "$F/article.txt")" ]
}

@test "the man page's examples on the sample article run" {
	S="$ARTKIT_TOP/examples/sample.txt"
	run --separate-stderr sh -c 'artjson "$1" | jq -r .id' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "2561234" ]
	run --separate-stderr sh -c 'artjson "$1" | jq -c ".body |= map(select(test(\"fiets\")))" | artjson -d | artjson | jq -c "[.id, (.body | length), .tags]"' sh "$S"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(artjson "$S" | jq -c '[.id, ([.body[] | select(test("fiets"))] | length), .tags]')" ]
	[ "$(echo "$output" | jq '.[1]')" -ge 1 ]
}
