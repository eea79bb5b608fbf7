/*
 * The article writer: every program that writes articles writes them
 * here, so that what it writes reads back as what it meant.  Articles are
 * separated by form-feed lines; a header ends with an empty line; text
 * without a header is kept from passing for one; labels written as a
 * trailer are checked against the trailer policy.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

static const char share_marker[] = "Deel artikel:";

/* One line: line breaks inside become spaces, and a line that would read
 * as an article separator is left empty.  With unbroken, the caller
 * knows it holds no line break. */
static void
put_text(struct artwriter *w, struct text t, int unbroken)
{
	size_t i, start = 0;

	if (t.len == 1 && t.s[0] == '\f')
		t.len = 0;
	/* most lines hold neither */
	if (unbroken || (memchr(t.s, '\n', t.len) == NULL && memchr(t.s, '\r', t.len) == NULL))
		i = t.len;
	else
		i = 0;
	for (; i < t.len; i++) {
		if (t.s[i] != '\n' && t.s[i] != '\r')
			continue;
		out_write(t.s + start, i - start);
		out_char(' ');
		start = i + 1;
	}
	out_write(t.s + start, t.len - start);
	out_char('\n');
	w->nlines++;
}

static void
put_line(struct artwriter *w, struct text t)
{
	put_text(w, t, 0);
}

void
aw_begin(struct artwriter *w)
{
	if (w->narticles++ > 0)
		out_write("\f\n", 2);
	w->nlines = 0;
	w->header = 0;
	w->firstheld = 0;
	tailrun_reset(&w->run);
}

void
aw_header(struct artwriter *w, const struct text *lines, size_t n)
{
	size_t i;

	for (i = 0; i < n; i++)
		put_line(w, lines[i]);
	if (n == 0 || !is_blank(lines[n - 1].s, lines[n - 1].len))
		put_line(w, (struct text){ "", 0 });
	w->header = 1;
}

int
aw_fields(struct artwriter *w, struct text title, struct text date, struct text url)
{
	struct text lines[3];
	size_t n = 0;

	date = trim(date);
	url = trim(url);
	if (date.len > 0 && !ts_looks_like(date.s, date.len))
		return -1;
	if (url.len > 0 && !url_looks_like(url.s, url.len))
		return -1;
	if (date.len == 0 && url.len == 0)
		return title.len > 0 ? -1 : 0;
	lines[n++] = title;
	if (date.len > 0)
		lines[n++] = date;
	if (url.len > 0)
		lines[n++] = url;
	aw_header(w, lines, n);
	return 0;
}

/* Would this line, second in plain text, make the text a header? */
static int
header_like(struct text t)
{
	t = trim(t);
	return ts_looks_like(t.s, t.len) || url_looks_like(t.s, t.len);
}

void
aw_line(struct artwriter *w, struct text t)
{
	aw_line_known(w, t, -1, 0);
}

void
aw_line_known(struct artwriter *w, struct text t, int kind, int unbroken)
{
	if (!w->header && w->nlines == 0 && !w->firstheld) {
		w->first = erealloc(w->first, t.len + 1);
		memcpy(w->first, t.s, t.len);
		w->firstlen = t.len;
		w->firstheld = 1;
		return;
	}
	if (w->firstheld) {
		w->firstheld = 0;
		put_line(w, (struct text){ w->first, w->firstlen });
		if (header_like(t))
			put_line(w, (struct text){ "", 0 });
	}
	put_text(w, t, unbroken);
	if (!w->header || is_blank(t.s, t.len))
		return;
	if (kind < 0)
		kind = trailer_candidate(t.s, t.len);
	if (kind == 0)
		tailrun_reset(&w->run);
	else
		tailrun_add(&w->run, kind, t.s, t.len);
}

/* Where the trailer policy would start the trailer if labels (and the
 * share marker, with share) followed what has been written. */
static int
reads_back(const struct artwriter *w, const struct text *labels, size_t n, int share)
{
	struct tailrun run = w->run;
	size_t i, body = run.overlong ? 0 : run.n;
	int kind;

	for (i = 0; i <= n; i++) {
		struct text t = i < n ? trim(labels[i]) :
		    (struct text){ share_marker, sizeof share_marker - 1 };

		if (i == n && !share)
			break;
		kind = trailer_candidate(t.s, t.len);
		if (kind == 0 || !tailrun_add(&run, kind, t.s, t.len))
			return 0;
	}
	return tailrun_start(&run) == body;
}

int
aw_trailer(struct artwriter *w, const struct text *labels, size_t n)
{
	size_t i;
	int share = 0, ok = 1;

	if (n == 0)
		return 0;
	if (!w->header)
		ok = 0;
	else if (!reads_back(w, labels, n, 0))
		ok = share = reads_back(w, labels, n, 1);
	for (i = 0; i < n; i++)
		aw_line(w, trim(labels[i]));
	if (share)
		aw_line(w, (struct text){ share_marker, sizeof share_marker - 1 });
	return ok ? 0 : -1;
}

void
aw_end(struct artwriter *w)
{
	if (w->firstheld) {
		w->firstheld = 0;
		put_line(w, (struct text){ w->first, w->firstlen });
	}
}

void
aw_finish(struct artwriter *w)
{
	aw_end(w);
	/* an empty last article needs a separator of its own to be seen */
	if (w->narticles > 1 && w->nlines == 0)
		out_write("\f\n", 2);
	free(w->first);
	w->first = NULL;
}
