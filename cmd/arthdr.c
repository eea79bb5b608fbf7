/* arthdr: the header fields of articles, as TSV or JSON Lines. */
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

enum field {
	F_FILE, F_TITLE, F_DATE, F_UTC, F_EPOCH, F_DAY, F_TIME, F_TZ,
	F_URL, F_HOST, F_PATH, F_ID, F_SLUG, F_TAGS, NFIELDS
};

static const char *const fieldnames[NFIELDS] = {
	"file", "title", "date", "utc", "epoch", "day", "time", "tz",
	"url", "host", "path", "id", "slug", "tags"
};

static int fields[64];
static int nfields;
static int jflag;

static void
usage(void)
{
	fprintf(stderr, "Usage: %s [-HhjV] [-f fields] [file ...]\n", progname);
	exit(2);
}

static void
parse_fields(const char *spec)
{
	const char *p = spec, *comma;
	size_t len;
	int i;

	nfields = 0;
	for (;;) {
		comma = strchr(p, ',');
		len = comma ? (size_t)(comma - p) : strlen(p);
		for (i = 0; i < NFIELDS; i++)
			if (strlen(fieldnames[i]) == len && strncmp(fieldnames[i], p, len) == 0)
				break;
		if (i == NFIELDS) {
			warnmsg("unknown field '%.*s' (fields: file title date utc epoch "
			    "day time tz url host path id slug tags)", (int)len, p);
			exit(2);
		}
		if (nfields == (int)(sizeof fields / sizeof fields[0]))
			usage();
		fields[nfields++] = i;
		if (comma == NULL)
			break;
		p = comma + 1;
	}
}

/* One field's value; *num is set for epoch. Returns 0 when absent. */
static int
field_value(const struct article *a, const struct urlparts *u, int urlok,
    const char *tags, size_t tagslen, int f, char *buf, size_t bufsz,
    struct text *v)
{
	const struct timestamp *ts = &a->ts;
	int n = 0;

	v->s = buf;
	switch (f) {
	case F_FILE:
		v->s = article_name(a);
		v->len = strlen(v->s);
		return 1;
	case F_TITLE:
		*v = trim(a->title);
		return a->has_header;
	case F_DATE:
		*v = a->date;
		return a->date.len > 0;
	case F_UTC:
		if (!a->ts_ok)
			return 0;
		v->len = ts_utc(ts, buf);
		return 1;
	case F_EPOCH:
		if (!a->ts_ok)
			return 0;
		n = snprintf(buf, bufsz, "%lld", ts->epoch);
		break;
	case F_DAY:
		if (!a->ts_ok)
			return 0;
		n = snprintf(buf, bufsz, "%04d-%02d-%02d", ts->year, ts->month, ts->day);
		break;
	case F_TIME:
		if (!a->ts_ok)
			return 0;
		n = snprintf(buf, bufsz, "%02d:%02d:%02d", ts->hour, ts->min, ts->sec);
		break;
	case F_TZ:
		if (!a->ts_ok)
			return 0;
		n = snprintf(buf, bufsz, "%c%02d:%02d", ts->offset < 0 ? '-' : '+',
		    abs(ts->offset) / 60, abs(ts->offset) % 60);
		break;
	case F_URL:
		*v = a->url;
		return a->url.len > 0;
	case F_HOST:
		*v = u->host;
		return urlok;
	case F_PATH:
		*v = u->path;
		return urlok;
	case F_ID:
		*v = u->id;
		return urlok && u->id.len > 0;
	case F_SLUG:
		*v = u->slug;
		return urlok && u->slug.len > 0;
	case F_TAGS:
		v->s = tags;
		v->len = tagslen;
		return a->has_header;
	}
	v->len = n > 0 ? (size_t)n : 0;
	return 1;
}

static void
print_row(const struct article *a)
{
	struct urlparts u;
	char buf[64], *tags = NULL;
	size_t tagslen = 0, i;
	struct text v;
	struct jsonobj o;
	int urlok, f, k, present;

	urlok = a->url.len > 0 && url_split(a->url.s, a->url.len, &u) == 0;
	for (i = 0; i < a->ntrailer; i++) {
		if (a->trailer[i].kind != TRAILER_LABEL)
			continue;
		v = trim(a->trailer[i].t);
		tags = erealloc(tags, tagslen + v.len + 2);
		if (tagslen > 0)
			tags[tagslen++] = ',';
		memcpy(tags + tagslen, v.s, v.len);
		tagslen += v.len;
	}
	if (jflag)
		json_begin(&o);
	for (k = 0; k < nfields; k++) {
		f = fields[k];
		present = field_value(a, &u, urlok, tags ? tags : "", tagslen, f, buf, sizeof buf, &v);
		if (jflag) {
			if (!present)
				json_key_null(&o, fieldnames[f]);
			else if (f == F_EPOCH)
				json_key_num(&o, fieldnames[f], a->ts.epoch);
			else if (f == F_TAGS)
				json_key_tags(&o, fieldnames[f], a);  /* an array */
			else
				json_key_text(&o, fieldnames[f], v.s, v.len);
		} else {
			if (k > 0)
				out_char('\t');
			if (present)
				tsv_field(v.s, v.len);
		}
	}
	if (jflag)
		json_end(&o);
	else
		out_char('\n');
	free(tags);
}

static int
report_problems(const struct article *a)
{
	const char *name = a->file;   /* with the file's own line numbers */
	struct urlparts u;

	if (!a->has_header) {
		warnmsg("%s:%zu: no article header (line 2 is not a timestamp)",
		    displayname(name), a->line0);
		return 1;
	}
	if (a->problems & HDR_NO_TIMESTAMP)
		warnmsg("%s:%zu: no timestamp", displayname(name), a->problem_line[0]);
	if (a->problems & HDR_BAD_TIMESTAMP)
		warnmsg("%s:%zu: invalid timestamp '%.*s'", displayname(name),
		    a->problem_line[1], (int)a->date.len, a->date.s);
	if (a->problems & HDR_NO_URL)
		warnmsg("%s:%zu: no URL", displayname(name), a->problem_line[2]);
	if (a->url.len > 0 && url_split(a->url.s, a->url.len, &u) < 0) {
		warnmsg("%s:%zu: invalid URL", displayname(name), a->url_line);
		return 1;
	}
	return a->problems != 0;
}

static int
end_article(struct article *a, void *arg)
{
	int ret;

	(void)arg;
	ret = report_problems(a);
	print_row(a);
	return ret;
}

static int
arthdr(const char *file)
{
	static const struct article_handler h = { NULL, NULL, end_article };

	return read_articles(file, &h, NULL);
}

int
main(int argc, char *argv[])
{
	const char *spec = "title,date,url";
	int c, Hflag = 0, hflag = 0, ret = 0, k, i;

	setprogname(argv[0]);
	while ((c = getopt(argc, argv, "Hf:hjV")) != -1) {
		switch (c) {
		case 'H':
			Hflag = 1;
			break;
		case 'f':
			spec = optarg;
			break;
		case 'h':
			hflag = 1;
			break;
		case 'j':
			jflag = 1;
			break;
		case 'V':
			printversion();
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	parse_fields(spec);
	if (argc > 1 && !hflag) {
		for (k = 0; k < nfields && fields[k] != F_FILE; k++)
			;
		if (k == nfields) {
			memmove(fields + 1, fields, sizeof fields[0] * (size_t)(nfields < 63 ? nfields : 63));
			fields[0] = F_FILE;
			if (nfields < 64)
				nfields++;
		}
	}
	if (Hflag && !jflag) {
		for (k = 0; k < nfields; k++) {
			if (k > 0)
				out_char('\t');
			out_str(fieldnames[fields[k]]);
		}
		out_char('\n');
	}
	if (argc == 0)
		ret |= arthdr("-");
	for (i = 0; i < argc; i++)
		ret |= arthdr(argv[i]);
	ret |= out_close();
	return ret;
}
