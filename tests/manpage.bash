# Reading the manual pages in tests: the commands of their EXAMPLES and
# the text as a reader sees it.

# The commands of a page's EXAMPLES, each as: a line "@@ cmd", the command
# (continuation lines included), a line "@@ out", the output the page shows.
examples() {
	awk '
	/^\.Sh EXAMPLES/ { ex = 1; next }
	/^\.Sh / { ex = 0 }
	ex && /^\.Bd -literal/ { lit = 1; next }
	ex && /^\.Ed/ { if (incmd || inout) print "@@ end"; lit = incmd = inout = 0; next }
	!(ex && lit) { next }
	{ gsub(/\\e/, "\\"); gsub(/\\&/, "") }
	/^\$ / {
		if (incmd || inout) print "@@ end"
		print "@@ cmd"; print substr($0, 3); incmd = 1; inout = 0
		cont = ($0 ~ /[|\\]$/ || gsub(/\047/, "\047") % 2 == 1); next
	}
	incmd && cont {
		print; cont = ($0 ~ /[|\\]$/ || gsub(/\047/, "\047") % 2 == 1); next
	}
	{ if (!inout) { print "@@ out"; inout = 1; incmd = 0 } print }
	' "$1"
}

# A page rendered for a wide terminal, overstrike and all, as plain lines.
render() {
	mandoc -Tutf8 -O width=250 "$1" | sed 's/.\x08//g'
}
