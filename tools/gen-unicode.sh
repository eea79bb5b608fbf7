#!/bin/sh
# Generate lib/unicode_tables.c from the Unicode Character Database.
#
#   sh tools/gen-unicode.sh /usr/share/unicode > lib/unicode_tables.c
#
# Reads (Unicode 15.0, Debian package unicode-data):
#   UnicodeData.txt                    General_Category, simple lowercase,
#                                      combining class, decompositions
#   DerivedCoreProperties.txt          Alphabetic
#   CompositionExclusions.txt          composites NFC never forms
#   DerivedNormalizationProps.txt      NFC_Quick_Check, and
#                                      Full_Composition_Exclusion to check
#                                      the exclusions derived here
#   auxiliary/WordBreakProperty.txt    Word_Break
#   auxiliary/SentenceBreakProperty.txt Sentence_Break
#   emoji/emoji-data.txt               Extended_Pictographic
#
# Output: a two-stage table.  Every code point has one property record
# (Word_Break, Sentence_Break, general category class, flags, lowercase
# delta); the distinct records are few, so uc_stage2 stores record numbers
# in blocks of 256 code points, identical blocks are stored once, and
# uc_stage1[cp >> 8] gives the block.  Normalization has tables of its
# own in the same layout (nf_stage1, nf_stage2: combining class and quick
# check), the full canonical decompositions sorted by code point, and the
# primary composites sorted by their pair; Hangul syllables are left to
# arithmetic.  Only portable sh and POSIX awk.

set -eu

UCD=${1:-/usr/share/unicode}
for f in UnicodeData.txt DerivedCoreProperties.txt \
    CompositionExclusions.txt DerivedNormalizationProps.txt \
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
		f[3] = ""
		split(line, f, ";")
		gsub(/[ \t]/, "", f[1])
		gsub(/[ \t]/, "", f[2])
		gsub(/[ \t]/, "", f[3])
		n++
		if (split(f[1], a, /\.\./) == 2) {
			lo[n] = hex(a[1])
			hi[n] = hex(a[2])
		} else
			lo[n] = hi[n] = hex(f[1])
		val[n] = f[2]
		val3[n] = f[3]
	}
	close(file)
	return n
}

# The full canonical decomposition of c as hex numbers separated by
# spaces, applying the mappings of its parts until none is left.
function fulldecomp(c,    n, a, i, r) {
	if (!(c in decomp))
		return c
	n = split(decomp[c], a, " ")
	r = ""
	for (i = 1; i <= n; i++)
		r = r (i > 1 ? " " : "") fulldecomp(a[i])
	return r
}

# The record key k, numbered in recid (the count under "#") and listed
# in rec.
function addrec(k, recid, rec) {
	if (!(k in recid)) {
		rec[recid["#"]] = k
		recid[k] = recid["#"]++
	}
	return recid[k]
}

# Block b of the code points whose record keys are k[0..SHIFT): its
# record numbers, stored once in blk, and stage1[b] naming it.
function addblock(b, k, recid, rec, blkid, blk, stage1,    c, key) {
	key = ""
	for (c = 0; c < SHIFT; c++)
		key = key " " addrec(k[c], recid, rec)
	if (recid["#"] > 256)
		fail(recid["#"] " distinct records do not fit uint8_t")
	stage1[b] = addrec(key, blkid, blk)
}

# A two-stage table as PREFIX_records (of struct RECTYPE), PREFIX_stage1
# and PREFIX_stage2.
function printstages(prefix, rectype, comment, recid, rec, blkid, blk, stage1,    i, line) {
	print "/* " comment " */"
	print "const unsigned " prefix "_nrecords = " recid["#"] ";"
	print "const struct " rectype " " prefix "_records[" recid["#"] "] = {"
	for (i = 0; i < recid["#"]; i++)
		print "\t{ " rec[i] " },"
	print "};"
	print ""
	print "const uint16_t " prefix "_stage1[" nstage1 "] = {"
	line = ""
	for (i = 0; i < nstage1; i++)
		line = line " " stage1[i]
	printnums(line)
	print "};"
	print ""
	print "const uint8_t " prefix "_stage2[" blkid["#"] * SHIFT "] = {"
	for (i = 0; i < blkid["#"]; i++) {
		print "\t/* block " i " */"
		printnums(blk[i])
	}
	print "};"
}

# Numbers in a C array initialiser, a few to a line.
function printnums(s,    n, a, i, line) {
	n = split(s, a, " ")
	line = ""
	for (i = 1; i <= n; i++) {
		line = line (line == "" ? "\t" : " ") a[i] ","
		if (length(line) > 64) {
			print line
			line = ""
		}
	}
	if (line != "")
		print line
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
	    version(ucd "/DerivedCoreProperties.txt") != uver ||
	    version(ucd "/CompositionExclusions.txt") != uver ||
	    version(ucd "/DerivedNormalizationProps.txt") != uver)
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
		if (f[4] != 0)
			ccc[c] = f[4] + 0
		if (f[6] != "" && f[6] !~ /^</) {
			n = split(f[6], a, " ")
			decomp[c] = hex(a[1])
			for (i = 2; i <= n; i++)
				decomp[c] = decomp[c] " " hex(a[i])
		}
	}
	close(file)

	# Full_Composition_Exclusion: the listed exclusions, singletons and
	# decompositions that begin with, or are, a non-starter.
	file = ucd "/CompositionExclusions.txt"
	while ((getline line < file) > 0) {
		sub(/#.*/, "", line)
		gsub(/[ \t]/, "", line)
		if (line != "")
			compex[hex(line)] = 1
	}
	close(file)
	for (c in decomp) {
		n = split(decomp[c], a, " ")
		if (n == 1 || c in ccc || a[1] in ccc)
			compex[c] = 1
	}
	n = ranges(ucd "/DerivedNormalizationProps.txt")
	for (i = 1; i <= n; i++)
		for (c = lo[i]; c <= hi[i]; c++) {
			if (val[i] == "Full_Composition_Exclusion")
				fce[c] = 1
			else if (val[i] == "NFC_QC")
				nfcqc[c] = val3[i]
		}
	for (c in compex)
		if (!(c in fce))
			fail("U+" sprintf("%04X", c) " excluded here, not in Full_Composition_Exclusion")
	for (c in fce)
		if (!(c in compex))
			fail("U+" sprintf("%04X", c) " in Full_Composition_Exclusion, not excluded here")

	# Primary composites by their first character; a character that ends
	# one may combine with what precedes it (NFC_QC Maybe, with Hangul
	# vowels and trailing consonants).
	for (c in decomp) {
		if (c in compex)
			continue
		split(decomp[c], a, " ")
		pairs[a[1]] = pairs[a[1]] " " a[2] ":" c
		second[a[2]] = 1
	}
	for (c = 4449; c <= 4469; c++)
		second[c] = 1
	for (c = 4520; c <= 4546; c++)
		second[c] = 1
	for (c in nfcqc)
		if ((nfcqc[c] == "M") != (c in second))
			fail("U+" sprintf("%04X", c) ": NFC_QC " nfcqc[c] " disagrees with the composites")

	# Record 0 is the default: unassigned code points and invalid input.
	split("", urec); split("", nrec); split("", ublk); split("", nblk)
	split("", ustage); split("", nfstage); split("", ukey); split("", nkey)
	urecid["#"] = nrecid["#"] = ublkid["#"] = nblkid["#"] = 0
	addrec("WB_OTHER, SB_OTHER, GC_OTHER, 0, 0", urecid, urec)
	addrec("0, 0", nrecid, nrec)
	for (b = 0; b * SHIFT <= MAXCP; b++) {
		for (c = b * SHIFT; c < (b + 1) * SHIFT; c++) {
			ukey[c - b * SHIFT] = (c in wb ? wb[c] : "WB_OTHER") ", " \
			    (c in sb ? sb[c] : "SB_OTHER") ", " \
			    (c in gc ? gc[c] : "GC_OTHER") ", " \
			    (c in flag ? flag[c] : 0) ", " \
			    (c in delta ? delta[c] : 0)
			q = c in nfcqc ? nfcqc[c] : "Y"
			nkey[c - b * SHIFT] = (c in ccc ? ccc[c] : 0) ", " \
			    ((q == "N" ? 1 : q == "M" ? 2 : 0) + (c in decomp ? 4 : 0))
		}
		addblock(b, ukey, urecid, urec, ublkid, ublk, ustage)
		addblock(b, nkey, nrecid, nrec, nblkid, nblk, nfstage)
	}
	nstage1 = b
	ndecomp = ndcp = 0
	decomps = ""
	npair = 0
	for (c = 0; c <= MAXCP; c++) {
		if (c in decomp) {
			d = fulldecomp(c)
			n = split(d, a, " ")
			if (n > 4)
				fail("U+" sprintf("%04X", c) " decomposes into more than 4 characters")
			decline[ndecomp++] = c ", " ndcp ", " n
			ndcp += n
			decomps = decomps " " d
		}
		if (c in pairs) {
			# few pairs share a first character: insertion sort by second
			n = split(substr(pairs[c], 2), a, " ")
			for (i = 2; i <= n; i++)
				for (j = i; j > 1 && a[j] + 0 < a[j - 1] + 0; j--) {
					t = a[j]; a[j] = a[j - 1]; a[j - 1] = t
				}
			for (i = 1; i <= n; i++) {
				split(a[i], sc, ":")
				pairline[npair++] = c ", " sc[1] ", " sc[2]
			}
		}
	}

	print "/*"
	print " * Unicode character properties, Unicode " uver "."
	print " * Generated by tools/gen-unicode.sh from the Unicode Character Database"
	print " * (UnicodeData.txt, DerivedCoreProperties.txt, WordBreakProperty.txt,"
	print " * SentenceBreakProperty.txt, emoji-data.txt, CompositionExclusions.txt,"
	print " * DerivedNormalizationProps.txt).  Do not edit; run"
	print " * \"make unicode\" instead.  The Unicode data are distributed under"
	print " * the Unicode licence in tests/unicode/LICENSE."
	print " */"
	print "#include \"artkit.h\""
	print ""
	print "const char uc_version[] = \"" uver "\";"
	print ""
	printstages("uc", "ucrec", \
	    "Word_Break, Sentence_Break, category class, UC_* flags, lowercase - cp", \
	    urecid, urec, ublkid, ublk, ustage)
	print ""
	printstages("nf", "nfrec", "Canonical combining class, NF_* flags", \
	    nrecid, nrec, nblkid, nblk, nfstage)
	print ""
	print "/* Full canonical decompositions (Hangul syllables aside): code point,"
	print " * offset in nf_decomp_cps, length */"
	print "const unsigned nf_ndecomps = " ndecomp ";"
	print "const struct nfdecomp nf_decomps[" ndecomp "] = {"
	for (i = 0; i < ndecomp; i++)
		print "\t{ " decline[i] " },"
	print "};"
	print ""
	print "const uint32_t nf_decomp_cps[" ndcp "] = {"
	printnums(decomps)
	print "};"
	print ""
	print "/* Primary composites (Hangul syllables aside): first, second, composite */"
	print "const unsigned nf_npairs = " npair ";"
	print "const struct nfpair nf_pairs[" npair "] = {"
	for (i = 0; i < npair; i++)
		print "\t{ " pairline[i] " },"
	print "};"
}
END {
	if (failed)
		exit 1
}
'
