/*
 * An article from a JSON object, the way artjson -d reads one: the keys
 * title, date, url, tags and body (every other key is ignored; a null
 * member counts as absent), written through the article writer.  The
 * body was called paragraphs before that name became the count's:
 * objects that still say so are read as they were meant.
 */
#include <stdio.h>
#include <string.h>

#include "artkit.h"

enum dkey { K_TITLE, K_DATE, K_URL, K_TAGS, K_BODY, K_PARAGRAPHS, NDKEYS };
static const char *const dkeys[NDKEYS] = {
	"title", "date", "url", "tags", "body", "paragraphs"
};

/* The members, checked: NULL when all is well, else the reason. */
static const char *
members(const struct jvalue *root, const struct jvalue *v[NDKEYS], char *why, size_t whysz)
{
	const struct jvalue *m, *e;
	int k;

	if (root->type != JSON_OBJECT)
		return "not a JSON object";
	for (k = 0; k < NDKEYS; k++)
		v[k] = NULL;
	for (m = root->child; m != NULL; m = m->next) {
		for (k = 0; k < NDKEYS && !text_eq(m->key, dkeys[k]); k++)
			;
		if (k == NDKEYS)
			continue;
		if (v[k] != NULL) {
			snprintf(why, whysz, "duplicate key \"%s\"", dkeys[k]);
			return why;
		}
		v[k] = m;
		if (m->type == JSON_NULL)
			continue;
		if (k == K_TAGS || k == K_BODY || k == K_PARAGRAPHS) {
			if (m->type != JSON_ARRAY) {
				snprintf(why, whysz, "\"%s\" is not an array of strings", dkeys[k]);
				return why;
			}
			for (e = m->child; e != NULL; e = e->next)
				if (e->type != JSON_STRING) {
					snprintf(why, whysz, "\"%s\" holds a value that is not a string",
					    dkeys[k]);
					return why;
				}
		} else if (m->type != JSON_STRING) {
			snprintf(why, whysz, "\"%s\" is not a string or null", dkeys[k]);
			return why;
		}
	}
	for (k = 0; k < NDKEYS; k++)
		if (v[k] != NULL && v[k]->type == JSON_NULL)
			v[k] = NULL;
	if (v[K_BODY] != NULL && v[K_PARAGRAPHS] != NULL)
		return "both \"body\" and \"paragraphs\", the old name of the body";
	if (v[K_BODY] == NULL)
		v[K_BODY] = v[K_PARAGRAPHS];
	return NULL;
}

static struct text
member_text(const struct jvalue *v)
{
	return v != NULL ? v->str : (struct text){ "", 0 };
}

static int
looks_bad(const struct jvalue *v, int (*looks)(const char *, size_t))
{
	struct text t;

	if (v == NULL)
		return 0;
	t = trim(v->str);
	return t.len > 0 && !looks(t.s, t.len);
}

const char *
json_article(const struct jvalue *root, struct artwriter *w, char *why, size_t whysz)
{
	static struct text *tags;
	static size_t tagcap;
	const struct jvalue *v[NDKEYS], *e;
	struct text title;
	const char *bad;
	size_t ntags = 0;

	if ((bad = members(root, v, why, whysz)) != NULL)
		return bad;
	if (looks_bad(v[K_DATE], ts_looks_like))
		return "\"date\" is not a timestamp (YYYY-MM-DD...)";
	if (looks_bad(v[K_URL], url_looks_like))
		return "\"url\" is not a URL";
	title = trim(member_text(v[K_TITLE]));
	aw_begin(w);
	if (aw_fields(w, title, member_text(v[K_DATE]), member_text(v[K_URL])) < 0)
		aw_line(w, title);      /* no header holds a title alone */
	if (v[K_BODY] != NULL)
		for (e = v[K_BODY]->child; e != NULL; e = e->next)
			if (!is_blank(e->str.s, e->str.len))
				aw_line(w, e->str);
	if (v[K_TAGS] != NULL) {
		if (tagcap < v[K_TAGS]->n) {
			tagcap = v[K_TAGS]->n;
			tags = ereallocarray(tags, tagcap, sizeof tags[0]);
		}
		for (e = v[K_TAGS]->child; e != NULL; e = e->next)
			if (!is_blank(e->str.s, e->str.len))
				tags[ntags++] = e->str;
	}
	bad = aw_trailer(w, tags, ntags) < 0 ?
	    "written, but its tags would not read back as a trailer" : NULL;
	aw_end(w);
	return bad;
}
