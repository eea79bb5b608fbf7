/* TSV fields: one row per line, fields separated by tabs.  Backslash,
 * tab, newline and carriage return are escaped as \\ \t \n \r, other control
 * characters as \xHH, so a field never breaks a row.  An item of a list,
 * whose items are joined by commas, also escapes its commas as \, so that
 * a tag such as "Zorg, welzijn" stays one. */
#include <string.h>

#include "artkit.h"

static void
escaped(const char *s, size_t n, int comma)
{
	static const char hex[] = "0123456789abcdef";
	size_t i, start = 0;
	unsigned char c;
	char esc[4];

	for (i = 0; i < n; i++) {
		c = (unsigned char)s[i];
		if ((c >= 0x20 && c != '\\' && c != 0x7F) && !(c == ',' && comma))
			continue;
		out_write(s + start, i - start);
		start = i + 1;
		esc[0] = '\\';
		switch (c) {
		case '\\': out_write("\\\\", 2); break;
		case '\t': out_write("\\t", 2); break;
		case '\n': out_write("\\n", 2); break;
		case '\r': out_write("\\r", 2); break;
		case ',': out_write("\\,", 2); break;
		default:
			esc[1] = 'x';
			esc[2] = hex[c >> 4];
			esc[3] = hex[c & 15];
			out_write(esc, 4);
		}
	}
	out_write(s + start, n - start);
}

void
tsv_field(const char *s, size_t n)
{
	escaped(s, n, 0);
}

void
tsv_item(const char *s, size_t n)
{
	escaped(s, n, 1);
}

void
tsv_name(const char *name)
{
	escaped(name, strlen(name), 0);
}
