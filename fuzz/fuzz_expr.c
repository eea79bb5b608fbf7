/*
 * expr_parse() and expr_eval(): a broken expression names a column inside
 * it (or just past its end) and says something; one that parses gives an
 * answer for every article of the input, never "unknown" at the end, and
 * an answer known at the header is the one the end gives.
 *
 * Input: one length byte, the expression, then the articles.
 */
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "fuzz.h"

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct text piece[2];
	struct exprerr err;
	struct exprscratch sc = { NULL, NULL, 0, 0 };
	struct fieldvals fv;
	struct expr *e;
	struct reader *r;
	struct article *a;
	struct artline line;
	const char *path;
	char *src;
	int fd, early, late;

	if (fz_cut(data, size, 0, 2, piece) < 0)
		return 0;
	src = estrndup(piece[0].s, piece[0].len);  /* up to a NUL, as argv has it */
	if ((e = expr_parse(src, size & 1, &err)) == NULL) {
		FZ_CHECK(err.column >= 1 && err.column <= strlen(src) + 1,
		    "column %zu outside '%s'", err.column, src);
		FZ_CHECK(err.msg[0] != '\0', "no message for '%s'", src);
		free(src);
		return 0;
	}
	fd = fz_pipe(piece[1].s, piece[1].len, &path);
	if ((r = reader_open(path)) != NULL) {
		while (reader_article(r, &a) > 0) {
			fv_begin(&fv, a, expr_counts(e), NULL);
			early = expr_eval(e, &fv, 0, &sc);
			while (reader_line(r, &line) > 0)
				fv_line(&fv, line.t);
			late = expr_eval(e, &fv, 1, &sc);
			FZ_CHECK(late == EXPR_TRUE || late == EXPR_FALSE,
			    "'%s' undecided at the end", src);
			FZ_CHECK(early == EXPR_UNKNOWN || early == late,
			    "'%s': %d at the header, %d at the end", src, early, late);
		}
		reader_close(r);
	}
	close(fd);
	free(sc.buf);
	free(sc.buf2);
	expr_free(e);
	free(src);
	return 0;
}
