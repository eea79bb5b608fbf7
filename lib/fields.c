/*
 * The field set: one name and one meaning for each value of an article,
 * shared by every program that prints or tests fields.  A new field (the
 * article's language, say) is one more entry in field_def and one more
 * case in fv_text().
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

/* file is known at the end: whether the first article of a file is
 * "file" or "file#1" depends on whether another follows.  lang is known
 * at the start, from the rules fv_begin() is given. */
const struct fielddef field_def[NFIELDS] = {
	[FIELD_FILE]       = { "file",       FIELD_TEXT,   FIELD_AT_END, -1 },
	[FIELD_TITLE]      = { "title",      FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_DATE]       = { "date",       FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_UTC]        = { "utc",        FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_UTCDAY]     = { "utcday",     FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_EPOCH]      = { "epoch",      FIELD_NUMBER, FIELD_AT_HEADER, -1 },
	[FIELD_DAY]        = { "day",        FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_TIME]       = { "time",       FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_TZ]         = { "tz",         FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_URL]        = { "url",        FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_HOST]       = { "host",       FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_PATH]       = { "path",       FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_ID]         = { "id",         FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_SLUG]       = { "slug",       FIELD_TEXT,   FIELD_AT_HEADER, -1 },
	[FIELD_TAGS]       = { "tags",       FIELD_LIST,   FIELD_AT_END, -1 },
	[FIELD_PARAGRAPHS] = { "paragraphs", FIELD_NUMBER, FIELD_AT_END, COUNT_PARAGRAPHS },
	[FIELD_SENTENCES]  = { "sentences",  FIELD_NUMBER, FIELD_AT_END, COUNT_SENTENCES },
	[FIELD_WORDS]      = { "words",      FIELD_NUMBER, FIELD_AT_END, COUNT_WORDS },
	[FIELD_CHARS]      = { "chars",      FIELD_NUMBER, FIELD_AT_END, COUNT_CHARS },
	[FIELD_BYTES]      = { "bytes",      FIELD_NUMBER, FIELD_AT_END, COUNT_BYTES },
	[FIELD_LANG]       = { "lang",       FIELD_TEXT,   FIELD_AT_HEADER, -1 },
};

const char field_namelist[] =
    "file title date utc utcday epoch day time tz url host path id slug tags "
    "paragraphs sentences words chars bytes lang";

int
field_find(const char *s, size_t n)
{
	int f;

	for (f = 0; f < NFIELDS; f++)
		if (strlen(field_def[f].name) == n && memcmp(field_def[f].name, s, n) == 0)
			return f;
	return -1;
}

unsigned
field_countbit(int f)
{
	return field_def[f].count >= 0 ? 1u << field_def[f].count : 0;
}

/* Code points; a byte that does not start a valid UTF-8 sequence counts
 * as one. */
static size_t
nchars(const char *text, size_t n)
{
	const unsigned char *s = (const unsigned char *)text;
	size_t i = 0, count = 0;
	uint64_t eight;
	uint32_t cp;

	while (i < n) {
		if (n - i >= 8) {
			memcpy(&eight, s + i, 8);
			if ((eight & 0x8080808080808080ULL) == 0) {
				i += 8;
				count += 8;
				continue;
			}
		}
		i += s[i] < 0x80 ? 1 : utf8_decode(s + i, n - i, &cp);
		count++;
	}
	return count;
}

/* Sentences are those artsent prints: the title is one. */
void
counts_line(struct counts *c, unsigned want, const struct abbrevs *ab,
    struct text t, int title)
{
	int blank = (want & (1u << COUNT_PARAGRAPHS | 1u << COUNT_SENTENCES)) &&
	    is_blank(t.s, t.len);

	if ((want & 1u << COUNT_PARAGRAPHS) && !blank)
		c->n[COUNT_PARAGRAPHS]++;
	if ((want & 1u << COUNT_SENTENCES) && !blank)
		c->n[COUNT_SENTENCES] += title ? 1 : sent_count(ab, t.s, t.len);
	if (want & 1u << COUNT_WORDS)
		c->n[COUNT_WORDS] += word_count(t.s, t.len);
	if (want & 1u << COUNT_CHARS)
		c->n[COUNT_CHARS] += nchars(t.s, t.len) + 1;
	if (want & 1u << COUNT_BYTES)
		c->n[COUNT_BYTES] += t.len + 1;
}

void
fv_begin(struct fieldvals *fv, const struct article *a, unsigned want,
    const struct abbrevs *ab)
{
	memset(&fv->counts, 0, sizeof fv->counts);
	fv->a = a;
	fv->want = want;
	fv->ab = ab;
	fv->urlok = -1;
}

/* The URL is split only for a field that needs its parts. */
static int
url_parts(struct fieldvals *fv)
{
	const struct article *a = fv->a;

	if (fv->urlok < 0)
		fv->urlok = a->url.len > 0 && url_split(a->url.s, a->url.len, &fv->url) == 0;
	return fv->urlok;
}

void
fv_line(struct fieldvals *fv, struct text t)
{
	counts_line(&fv->counts, fv->want, fv->ab, t, 0);
}

static int
text_of(struct text *v, struct text t, int present)
{
	*v = t;
	return present;
}

int
fv_number(const struct fieldvals *fv, int f, long long *v)
{
	if (field_def[f].count >= 0) {
		*v = (long long)fv->counts.n[field_def[f].count];
		return 1;
	}
	if (f == FIELD_EPOCH && fv->a->ts_ok) {
		*v = fv->a->ts.epoch;
		return 1;
	}
	return 0;
}

int
fv_text(struct fieldvals *fv, int f, struct text *v)
{
	const struct article *a = fv->a;
	const struct timestamp *ts = &a->ts;
	long long num;
	int n;

	v->s = fv->buf;
	v->len = 0;
	if (field_def[f].type == FIELD_NUMBER) {
		if (!fv_number(fv, f, &num))
			return 0;
		v->len = (size_t)snprintf(fv->buf, sizeof fv->buf, "%lld", num);
		return 1;
	}
	switch (f) {
	case FIELD_FILE:
		v->s = article_name(a);
		v->len = strlen(v->s);
		return 1;
	case FIELD_LANG:
		if (fv->ab == NULL)
			return 0;
		v->s = abbrev_lang(fv->ab)->code;
		v->len = strlen(v->s);
		return 1;
	case FIELD_TITLE:
		return text_of(v, trim(a->title), a->has_header);
	case FIELD_DATE:
		return text_of(v, a->date, a->date.len > 0);
	case FIELD_URL:
		return text_of(v, a->url, a->url.len > 0);
	case FIELD_HOST:
		return text_of(v, fv->url.host, url_parts(fv));
	case FIELD_PATH:
		return text_of(v, fv->url.path, url_parts(fv));
	case FIELD_ID:
		return text_of(v, fv->url.id, url_parts(fv) && fv->url.id.len > 0);
	case FIELD_SLUG:
		return text_of(v, fv->url.slug, url_parts(fv) && fv->url.slug.len > 0);
	}
	if (!a->ts_ok)
		return 0;
	switch (f) {
	case FIELD_UTC:
		v->len = ts_utc(ts, fv->buf);
		return 1;
	case FIELD_UTCDAY:
		/* the date part of utc, so that the two never disagree */
		v->len = ts_utc(ts, fv->buf) > 10 ? 10 : 0;
		return 1;
	case FIELD_DAY:
		n = snprintf(fv->buf, sizeof fv->buf, "%04d-%02d-%02d",
		    ts->year, ts->month, ts->day);
		break;
	case FIELD_TIME:
		n = snprintf(fv->buf, sizeof fv->buf, "%02d:%02d:%02d",
		    ts->hour, ts->min, ts->sec);
		break;
	case FIELD_TZ:
		n = snprintf(fv->buf, sizeof fv->buf, "%c%02d:%02d",
		    ts->offset < 0 ? '-' : '+', abs(ts->offset) / 60, abs(ts->offset) % 60);
		break;
	default:
		return 0;
	}
	v->len = n > 0 ? (size_t)n : 0;
	return 1;
}

size_t
fv_ntags(const struct fieldvals *fv)
{
	size_t i, n = 0;

	for (i = 0; i < fv->a->ntrailer; i++)
		n += fv->a->trailer[i].kind == TRAILER_LABEL;
	return n;
}

struct text
fv_tag(const struct fieldvals *fv, size_t k)
{
	size_t i;
	struct text none = { "", 0 };

	for (i = 0; i < fv->a->ntrailer; i++)
		if (fv->a->trailer[i].kind == TRAILER_LABEL && k-- == 0)
			return trim(fv->a->trailer[i].t);
	return none;
}

void
fv_tsv(struct fieldvals *fv, int f)
{
	struct text v;
	size_t i, n;

	if (field_def[f].type == FIELD_LIST) {
		n = fv_ntags(fv);
		for (i = 0; i < n; i++) {
			if (i > 0)
				out_char(',');
			v = fv_tag(fv, i);
			tsv_item(v.s, v.len);
		}
		return;
	}
	if (f == FIELD_FILE)
		tsv_name(article_name(fv->a));
	else if (fv_text(fv, f, &v))
		tsv_field(v.s, v.len);
}

void
fv_json(struct fieldvals *fv, struct jsonobj *o, int f)
{
	const char *key = field_def[f].name;
	struct text v;
	long long num;

	if (field_def[f].type == FIELD_LIST && fv->a->has_header)
		json_key_tags(o, key, fv->a);
	else if (field_def[f].type == FIELD_LIST)
		json_key_null(o, key);  /* plain text has no trailer to ask */
	else if (field_def[f].type == FIELD_NUMBER && fv_number(fv, f, &num))
		json_key_num(o, key, num);
	else if (fv_text(fv, f, &v))
		json_key_text(o, key, v.s, v.len);
	else
		json_key_null(o, key);
}
