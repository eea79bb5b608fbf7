#!/bin/sh
# Generate lib/unicode_tables.c from the Unicode Character Database.
#
#   sh tools/gen-unicode.sh /usr/share/unicode > lib/unicode_tables.c
#
# Reads (Unicode 15.0, Debian package unicode-data):
#   UnicodeData.txt                    General_Category, simple lowercase
#   DerivedCoreProperties.txt          Alphabetic
#   auxiliary/WordBreakProperty.txt    Word_Break
#   auxiliary/SentenceBreakProperty.txt Sentence_Break
#   emoji/emoji-data.txt               Extended_Pictographic
#
# Output: a two-stage table.  Every code point has one property record
# (Word_Break, Sentence_Break, general category class, flags, lowercase
# delta); the distinct records are few, so uc_stage2 stores record numbers
# in blocks of 256 code points, identical blocks are stored once, and
# uc_stage1[cp >> 8] gives the block.  Only portable sh and POSIX awk.

set -eu

UCD=${1:-/usr/share/unicode}
for f in UnicodeData.txt DerivedCoreProperties.txt \
    auxiliary/WordBreakProperty.txt auxiliary/SentenceBreakProperty.txt \
    emoji/emoji-data.txt; do
	if [ ! -r "$UCD/$f" ]; then
		echo "gen-unicode.sh: $UCD/$f: cannot read" >&2
		exit 1
	fi
done

awk -v ucd="$UCD" '
function hex(s,    i, c, v) {
	v = 0
	s = toupper(s)
	for (i = 1; i <= length(s); i++) {
		c = index("0123456789ABCDEF", substr(s, i, 1))
		if (c == 0)
			fail("bad hex number " s)
		v = v * 16 + c - 1
	}
	return v
}

function fail(msg) {
	print "gen-unicode.sh: " msg > "/dev/stderr"
	failed = 1
	exit 1
}

# Lines "XXXX[..YYYY] ; Value # comment" of a property file, into the
# arrays lo[], hi[], val[]; returns the number of ranges.
function ranges(file,    n, line, f, r, a) {
	n = 0
	while ((getline line < file) > 0) {
		sub(/#.*/, "", line)
		if (line !~ /;/)
			continue
		split(line, f, ";")
		gsub(/[ \t]/, "", f[1])
		gsub(/[ \t]/, "", f[2])
		n++
		if (split(f[1], a, /\.\./) == 2) {
			lo[n] = hex(a[1])
			hi[n] = hex(a[2])
		} else
			lo[n] = hi[n] = hex(f[1])
		val[n] = f[2]
	}
	close(file)
	return n
}

# An enumerated property: prop[cp] = name[value] for every listed cp.
function enumprop(file, name, prop,    n, i, c) {
	n = ranges(file)
	for (i = 1; i <= n; i++) {
		if (!(val[i] in name))
			fail(file ": unknown value " val[i])
		for (c = lo[i]; c <= hi[i]; c++)
			prop[c] = name[val[i]]
	}
}

function version(file,    line) {
	getline line < file
	close(file)
	if (match(line, /[0-9]+\.[0-9]+\.[0-9]+/))
		return substr(line, RSTART, RLENGTH)
	fail(file ": no version on its first line")
}

function gcclass(gc,    c) {
	c = substr(gc, 1, 1)
	if (c == "L") return "GC_LETTER"
	if (c == "M") return "GC_MARK"
	if (gc == "Nd") return "GC_DIGIT"
	if (c == "N") return "GC_NUMBER"
	if (c == "P") return "GC_PUNCT"
	if (c == "S") return "GC_SYMBOL"
	if (c == "Z") return "GC_SPACE"
	if (gc == "Cc" || gc == "Cf") return "GC_CONTROL"
	return "GC_OTHER"
}

BEGIN {
	MAXCP = 1114111
	SHIFT = 256

	wbname["CR"] = "WB_CR"; wbname["LF"] = "WB_LF"
	wbname["Newline"] = "WB_NEWLINE"; wbname["Extend"] = "WB_EXTEND"
	wbname["ZWJ"] = "WB_ZWJ"; wbname["Regional_Indicator"] = "WB_RI"
	wbname["Format"] = "WB_FORMAT"; wbname["Katakana"] = "WB_KATAKANA"
	wbname["Hebrew_Letter"] = "WB_HEBREW"; wbname["ALetter"] = "WB_ALETTER"
	wbname["Single_Quote"] = "WB_SQUOTE"
	wbname["Double_Quote"] = "WB_DQUOTE"
	wbname["MidNumLet"] = "WB_MIDNUMLET"
	wbname["MidLetter"] = "WB_MIDLETTER"; wbname["MidNum"] = "WB_MIDNUM"
	wbname["Numeric"] = "WB_NUMERIC"
	wbname["ExtendNumLet"] = "WB_EXTENDNUMLET"
	wbname["WSegSpace"] = "WB_WSEGSPACE"

	sbname["CR"] = "SB_CR"; sbname["LF"] = "SB_LF"
	sbname["Extend"] = "SB_EXTEND"; sbname["Sep"] = "SB_SEP"
	sbname["Format"] = "SB_FORMAT"; sbname["Sp"] = "SB_SP"
	sbname["Lower"] = "SB_LOWER"; sbname["Upper"] = "SB_UPPER"
	sbname["OLetter"] = "SB_OLETTER"; sbname["Numeric"] = "SB_NUMERIC"
	sbname["ATerm"] = "SB_ATERM"; sbname["SContinue"] = "SB_SCONTINUE"
	sbname["STerm"] = "SB_STERM"; sbname["Close"] = "SB_CLOSE"

	uver = version(ucd "/auxiliary/WordBreakProperty.txt")
	if (version(ucd "/auxiliary/SentenceBreakProperty.txt") != uver ||
	    version(ucd "/DerivedCoreProperties.txt") != uver)
		fail("the UCD files are of different Unicode versions")

	enumprop(ucd "/auxiliary/WordBreakProperty.txt", wbname, wb)
	enumprop(ucd "/auxiliary/SentenceBreakProperty.txt", sbname, sb)
	n = ranges(ucd "/emoji/emoji-data.txt")
	for (i = 1; i <= n; i++)
		if (val[i] == "Extended_Pictographic")
			for (c = lo[i]; c <= hi[i]; c++)
				flag[c] += 1
	n = ranges(ucd "/DerivedCoreProperties.txt")
	for (i = 1; i <= n; i++)
		if (val[i] == "Alphabetic")
			for (c = lo[i]; c <= hi[i]; c++)
				flag[c] += 2

	file = ucd "/UnicodeData.txt"
	first = -1
	while ((getline line < file) > 0) {
		split(line, f, ";")
		c = hex(f[1])
		g = gcclass(f[3])
		if (f[2] ~ /, First>$/) {
			first = c
			continue
		}
		if (f[2] ~ /, Last>$/) {
			if (first < 0)
				fail("range end without start at " f[1])
			for (i = first; i <= c; i++)
				gc[i] = g
			first = -1
			continue
		}
		gc[c] = g
		if (f[14] != "")
			delta[c] = hex(f[14]) - c
	}
	close(file)

	# Record 0 is the default: unassigned code points and invalid input.
	nrec = 0
	defkey = "WB_OTHER, SB_OTHER, GC_OTHER, 0, 0"
	recid[defkey] = nrec
	rec[nrec++] = defkey
	nblk = 0
	for (b = 0; b * SHIFT <= MAXCP; b++) {
		key = ""
		for (c = b * SHIFT; c < (b + 1) * SHIFT; c++) {
			k = (c in wb ? wb[c] : "WB_OTHER") ", " \
			    (c in sb ? sb[c] : "SB_OTHER") ", " \
			    (c in gc ? gc[c] : "GC_OTHER") ", " \
			    (c in flag ? flag[c] : 0) ", " \
			    (c in delta ? delta[c] : 0)
			if (!(k in recid)) {
				recid[k] = nrec
				rec[nrec++] = k
			}
			key = key "," recid[k]
		}
		if (!(key in blkid)) {
			blkid[key] = nblk
			blk[nblk++] = key
		}
		stage1[b] = blkid[key]
	}
	nstage1 = b
	if (nrec > 256)
		fail(nrec " distinct records do not fit uint8_t")

	print "/*"
	print " * Unicode character properties, Unicode " uver "."
	print " * Generated by tools/gen-unicode.sh from the Unicode Character Database"
	print " * (UnicodeData.txt, DerivedCoreProperties.txt, WordBreakProperty.txt,"
	print " * SentenceBreakProperty.txt, emoji-data.txt).  Do not edit; run"
	print " * \"make unicode\" instead.  The Unicode data are distributed under"
	print " * the Unicode licence in tests/unicode/LICENSE."
	print " */"
	print "#include \"artkit.h\""
	print ""
	print "const char uc_version[] = \"" uver "\";"
	print ""
	print "/* Word_Break, Sentence_Break, category class, UC_* flags, lowercase - cp */"
	print "const unsigned uc_nrecords = " nrec ";"
	print "const struct ucrec uc_records[" nrec "] = {"
	for (i = 0; i < nrec; i++)
		print "\t{ " rec[i] " },"
	print "};"
	print ""
	print "const uint16_t uc_stage1[" nstage1 "] = {"
	line = ""
	for (i = 0; i < nstage1; i++) {
		line = line (line == "" ? "\t" : " ") stage1[i] ","
		if (length(line) > 64) {
			print line
			line = ""
		}
	}
	if (line != "")
		print line
	print "};"
	print ""
	print "const uint8_t uc_stage2[" nblk * SHIFT "] = {"
	for (i = 0; i < nblk; i++) {
		print "\t/* block " i " */"
		n = split(substr(blk[i], 2), a, ",")
		line = ""
		for (j = 1; j <= n; j++) {
			line = line (line == "" ? "\t" : " ") a[j] ","
			if (j % 16 == 0) {
				print line
				line = ""
			}
		}
	}
	print "};"
}
END {
	if (failed)
		exit 1
}
'
