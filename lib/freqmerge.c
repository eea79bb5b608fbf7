/*
 * Merging (artfreq -m): the lines artfreq printed, count<TAB>item or the
 * -j object, summed into the item table.
 */
#include <limits.h>

#include "artkit.h"

/* A line of artfreq output; NULL when it is one, or why not. */
static const char *
parse_line(struct jparser *jp, struct text line, unsigned long long *n, struct text *item)
{
	const struct jvalue *root, *c, *s;
	struct jvalue *tree;
	long long v;
	size_t i;

	if (line.len > 0 && line.s[0] == '{') {
		if (jp_parse(jp, line.s, line.len, &tree) < 0)
			return jp_error(jp);
		root = tree;
		if (root->type != JSON_OBJECT || (c = jv_member(root, "count")) == NULL ||
		    (s = jv_member(root, "item")) == NULL || root->n != 2)
			return "not an object of count and item";
		if (jv_integer(c, &v) < 0 || v < 0)
			return "count is not a whole number of 0 or more";
		if (s->type != JSON_STRING || s->str.len == 0)
			return "item is not a string of one byte or more";
		*n = (unsigned long long)v;
		*item = s->str;
		return NULL;
	}
	*n = 0;
	for (i = 0; i < line.len && line.s[i] >= '0' && line.s[i] <= '9'; i++) {
		if (*n > (unsigned long long)(LLONG_MAX - (line.s[i] - '0')) / 10)
			return "count out of range";
		*n = *n * 10 + (unsigned long long)(line.s[i] - '0');
	}
	if (i == 0 || i == line.len || line.s[i] != '\t')
		return "not count<TAB>item";
	if (i + 1 == line.len)
		return "empty item";
	item->s = line.s + i + 1;
	item->len = line.len - i - 1;
	return NULL;
}

struct merging {
	struct jparser *jp;
	const char *file;
};

static int
merge_line(struct text line, size_t lineno, void *arg)
{
	struct merging *m = arg;
	struct text t = { NULL, 0 };
	struct freqitem *it;
	unsigned long long n = 0;
	const char *why;

	if ((why = parse_line(m->jp, line, &n, &t)) == NULL) {
		it = freq_item(t.s, t.len);
		if (it->count > (unsigned long long)LLONG_MAX - n)
			why = "the sum is out of range";
		else
			it->count += n;
	}
	if (why == NULL)
		return 0;
	warnmsg("%s:%zu: %s", displayname(m->file), lineno, why);
	return 1;
}

static struct merging
merging(const char *name)
{
	static struct jparser *jp;
	struct merging m;

	if (jp == NULL)
		jp = jp_new();
	m.jp = jp;
	m.file = name;
	return m;
}

int
freq_merge(const char *file)
{
	struct merging m = merging(file);

	return each_line(file, merge_line, &m) != 0;
}

int
freq_merge_fd(int fd, const char *name)
{
	struct merging m = merging(name);

	return each_line_fd(fd, name, merge_line, &m) != 0;
}
