/*
 * Test driver: UAX #29 sentence boundaries (sent_uax_end) against the
 * Unicode SentenceBreakTest.txt format.  Each test line lists code points
 * in hex with "÷" (boundary) or "×" (none) between them; the driver
 * compares every boundary position and reports the lines that differ.
 *
 *   sentencebreak FILE      prints "N lines passed, M failed"; exit 1 if M > 0
 */
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

enum { MAXLEN = 4096 };

/* Parse one test line into text[] and the expected boundary offsets;
 * returns the number of boundaries, 0 for a comment or empty line, -1 for
 * a line that does not parse. */
static int
parse(struct text line, char *text, size_t *len, size_t *want)
{
	size_t i = 0, n = 0;
	unsigned long cp;
	char *end, hex[16];
	size_t h;
	int nb = 0;

	*len = 0;
	while (i < line.len && line.s[i] != '#') {
		if (line.s[i] == ' ' || line.s[i] == '\t') {
			i++;
		} else if (line.len - i >= 2 && memcmp(line.s + i, "\xC3\xB7", 2) == 0) {
			if (n > 0)
				want[nb++] = *len;   /* ÷ */
			i += 2;
		} else if (line.len - i >= 2 && memcmp(line.s + i, "\xC3\x97", 2) == 0) {
			i += 2;                      /* × */
		} else {
			for (h = 0; i < line.len && h < sizeof hex - 1 &&
			    strchr("0123456789ABCDEFabcdef", line.s[i]) != NULL &&
			    line.s[i] != '\0'; h++)
				hex[h] = line.s[i++];
			hex[h] = '\0';
			cp = strtoul(hex, &end, 16);
			if (h == 0 || *end != '\0' || cp > 0x10FFFF ||
			    *len + 4 > MAXLEN || (size_t)nb >= MAXLEN)
				return -1;
			*len += utf8_encode((uint32_t)cp, text + *len);
			n++;
		}
	}
	return n > 0 ? nb : 0;
}

int
main(int argc, char *argv[])
{
	static char text[MAXLEN];
	static size_t want[MAXLEN], got[MAXLEN];
	struct lineread lr;
	struct text line;
	size_t len, ngot, pos, i, passed = 0, failed = 0;
	int fd, nb;

	setprogname(argv);
	if (argc != 2) {
		warnmsg("usage: sentencebreak file");
		return 2;
	}
	if ((fd = open(argv[1], O_RDONLY)) < 0) {
		warnsys(argv[1]);
		return 2;
	}
	lr_init(&lr, fd);
	while (lr_next(&lr, &line) > 0) {
		if ((nb = parse(line, text, &len, want)) == 0)
			continue;
		if (nb < 0) {
			out_printf("%s:%zu: cannot parse\n", argv[1], lr.lineno);
			failed++;
			continue;
		}
		ngot = 0;
		for (pos = 0; pos < len && ngot < MAXLEN; pos = got[ngot++])
			got[ngot] = sent_uax_end(text, len, pos);
		if (ngot == (size_t)nb && memcmp(got, want, ngot * sizeof got[0]) == 0) {
			passed++;
			continue;
		}
		failed++;
		out_printf("%s:%zu: expected", argv[1], lr.lineno);
		for (i = 0; i < (size_t)nb; i++)
			out_printf(" %zu", want[i]);
		out_printf(", got");
		for (i = 0; i < ngot; i++)
			out_printf(" %zu", got[i]);
		out_printf(" (byte offsets)\n");
	}
	lr_free(&lr);
	close(fd);
	out_printf("%zu lines passed, %zu failed\n", passed, failed);
	return (out_close() | (failed > 0));
}
