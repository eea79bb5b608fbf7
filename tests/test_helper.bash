# Shared set-up for the artkit bats suite: the programs under test come
# first on PATH (ARTKIT_BIN, set by make check, or the top of the tree).
ARTKIT_TOP="$(cd "$BATS_TEST_DIRNAME/.." && pwd)"
ARTKIT_BIN="${ARTKIT_BIN:-$ARTKIT_TOP}"
PATH="$ARTKIT_BIN:$PATH"
FIXTURES="$BATS_TEST_DIRNAME/fixtures"
export LC_ALL=C.UTF-8

# An article in the format of artkit(5), written to a file in the test's
# temporary directory: mkarticle NAME TITLE TIMESTAMP URL < body
mkarticle() {
	local f="$BATS_TEST_TMPDIR/$1"
	{ printf '%s\n%s\n%s\n\n' "$2" "$3" "$4"; cat; } > "$f"
	printf '%s\n' "$f"
}
