#!/usr/bin/env bats
# Packaging: make install into a DESTDIR, make dist, and the tarball
# building and passing its tests when unpacked elsewhere.
bats_require_minimum_version 1.5.0
load test_helper

# make in the top of the tree, not as part of the make that runs the suite
topmake() {
	local san=
	case $ARTKIT_BIN in
	*/san/|*/san) san=1 ;;
	esac
	env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -C "$ARTKIT_TOP" SANITIZE=$san "$@"
}

# the programs of a tree (default: the one under test)
programs() {
	for c in "${1:-$ARTKIT_TOP}"/cmd/*.c; do
		basename "$c" .c
	done
}

version() {
	sed -n 's/^VERSION *= *//p' "$ARTKIT_TOP/Makefile"
}

@test "make install DESTDIR=... PREFIX=/usr installs programs and manual pages" {
	d=$BATS_TEST_TMPDIR/root
	run --separate-stderr topmake install DESTDIR="$d" PREFIX=/usr
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	n=0
	for p in $(programs); do
		[ -x "$d/usr/bin/$p" ]
		run --separate-stderr "$d/usr/bin/$p" -V
		[ "$status" -eq 0 ]
		[ "$stderr" = "" ]
		[ "$output" = "$p (artkit) $(version)" ]
		n=$((n + 1))
	done
	[ "$n" -ge 2 ]
	[ "$(ls "$d/usr/bin" | wc -l)" -eq "$n" ]
	for m in "$ARTKIT_TOP"/man/man[157]/*.[157]; do
		sec=${m##*.}
		cmp "$m" "$d/usr/share/man/man$sec/$(basename "$m")"
	done
	[ -f "$d/usr/share/man/man1/artjson.1" ]
	[ -f "$d/usr/share/man/man5/artkit.5" ]
	for e in Makefile sample.txt; do
		cmp "$ARTKIT_TOP/examples/$e" "$d/usr/share/doc/artkit/examples/$e"
	done
	# nothing lands outside DESTDIR/PREFIX
	[ "$(cd "$d" && find . -type f | grep -v -e '^\./usr/bin/' -e '^\./usr/share/man/man[157]/' \
	    -e '^\./usr/share/doc/artkit/examples/[^/]*$' | wc -l)" -eq 0 ]
}

# PATH without the programs of this tree, nor bats' own libexec folder
path_without_tree() {
	printf '%s\n' "$PATH" | tr ':' '\n' |
		grep -v -x -e "$ARTKIT_BIN" -e "${ARTKIT_BIN%/}" -e "$ARTKIT_TOP" \
		    -e '.*/libexec/bats-core' | paste -s -d: -
}

@test "the installed example Makefile builds a corpus with the installed programs" {
	d=$BATS_TEST_TMPDIR/root
	topmake install DESTDIR="$d" PREFIX=/usr
	ex=$d/usr/share/doc/artkit/examples
	c=$BATS_TEST_TMPDIR/corpus
	mkdir -p "$c/raw"
	cp "$ex/sample.txt" "$c/raw/sample.txt"
	cp "$FIXTURES/arthdr/crlf.txt" "$c/raw/crlf.txt"
	# as artkit(7) says: copied next to raw/, then make -j
	cp "$ex/Makefile" "$c/"
	bin=$d/usr/bin
	run --separate-stderr env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS \
	    PATH="$bin:$(path_without_tree)" make -s -j2 -C "$c"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
	[ "$(cat "$c/clean/sample.txt")" = "$("$bin/artstrip" "$ex/sample.txt")" ]
	# the row of an article: the header fields, then four counts
	row=$(cd "$c" && printf '%s\t%s\n' "$("$bin/arthdr" -h -f file,id,day,title clean/sample.txt)" \
	    "$("$bin/artwc" -p -s -w -m clean/sample.txt | awk '{ print $1 "\t" $2 "\t" $3 "\t" $4 }')")
	run --separate-stderr cat "$c/summary.tsv"
	[ "$status" -eq 0 ]
	[ "${lines[0]}" = "$(printf 'file\tid\tday\ttitle\tparagraphs\tsentences\twords\tchars')" ]
	[ "${#lines[@]}" -eq 3 ]
	[ "${lines[2]}" = "$row" ]
	[[ "${lines[1]}" == "clean/crlf.txt	"* ]]
}

@test "installed manual pages render and are clean" {
	command -v mandoc >/dev/null || skip "mandoc is not installed"
	d=$BATS_TEST_TMPDIR/root
	topmake install DESTDIR="$d" PREFIX=/usr
	run --separate-stderr sh -c 'mandoc -Tlint -Wwarning "$@"' sh "$d"/usr/share/man/man*/*
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "" ]
}

@test "make uninstall removes what make install put there" {
	d=$BATS_TEST_TMPDIR/root
	topmake install DESTDIR="$d" PREFIX=/opt/artkit
	[ -x "$d/opt/artkit/bin/artjson" ]
	run --separate-stderr topmake uninstall DESTDIR="$d" PREFIX=/opt/artkit
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$(find "$d" -type f | wc -l)" -eq 0 ]
}

@test "the version is the same in the Makefile, the header and -V" {
	run --separate-stderr sed -n 's/^#define ARTKIT_VERSION "\(.*\)"$/\1/p' "$ARTKIT_TOP/lib/artkit.h"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(version)" ]
	[ "$(artjson -V)" = "artjson (artkit) $(version)" ]
}

# A tarball made from a git checkout; a tree unpacked from a tarball has
# no git and skips these.
dist_or_skip() {
	[ -e "$ARTKIT_TOP/.git" ] && command -v git >/dev/null || skip "not a git checkout"
	topmake dist
	TARBALL=$ARTKIT_TOP/artkit-$(version).tar.gz
	[ -f "$TARBALL" ]
}

@test "make dist: artkit-VERSION.tar.gz holds the files under version control" {
	dist_or_skip
	run --separate-stderr sh -c 'gzip -dc "$1" | tar -tf - | grep -v "/$" | sort' sh "$TARBALL"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	[ "$output" = "$(cd "$ARTKIT_TOP" && git ls-files | sed "s|^|artkit-$(version)/|" | sort)" ]
	[[ "$output" == *"artkit-$(version)/Makefile"* ]]
	[[ "$output" == *"artkit-$(version)/man/man1/artjson.1"* ]]
}

@test "the tarball builds and passes make check when unpacked elsewhere" {
	dist_or_skip
	d=$BATS_TEST_TMPDIR/unpacked
	mkdir -p "$d"
	(cd "$d" && gzip -dc "$TARBALL" | tar -xf -)
	src=$d/artkit-$(version)
	[ ! -e "$src/.git" ]
	run --separate-stderr env -u MAKEFLAGS -u MAKELEVEL -u MFLAGS make -s -C "$src"
	[ "$status" -eq 0 ]
	[ "$stderr" = "" ]
	for p in $(programs "$src"); do
		[ -x "$src/$p" ]
	done
	# make check in the unpacked tree, on a quick subset of its suite that
	# runs every program (the whole suite runs in this tree already);
	# ARTKIT_DIST_FULL=1 runs all of it there too.
	if [ "${ARTKIT_DIST_FULL:-0}" = 1 ]; then
		bats=bats
	else
		bats=$BATS_TEST_TMPDIR/bats-subset
		printf '#!/bin/sh\nexec bats tests/arthdr.bats tests/artjson.bats\n' > "$bats"
		chmod +x "$bats"
	fi
	# a clean environment: no variables of this bats run or of the make
	# that runs it, and neither this tree's programs nor bats' own
	# libexec folder on PATH
	path=$(path_without_tree)
	run --separate-stderr env -i PATH="$path" HOME="$HOME" \
		TMPDIR="$BATS_TEST_TMPDIR" make -s -C "$src" check BATS="$bats"
	[ "$status" -eq 0 ]
	[[ "$output" == *"ok 1 "* ]]
	[[ "$output" != *"not ok"* ]]
	# the tree under test was the unpacked one, built there
	[ -x "$src/artjson" ]
	run --separate-stderr "$src/artjson" -V
	[ "$status" -eq 0 ]
	[ "$output" = "artjson (artkit) $(version)" ]
}
