/*
 * Article URLs: scheme, host, path, and the article's id and slug as news
 * sites write them:
 *   /nieuwsuur/artikel/2525318-de-titel      id 2525318, slug de-titel
 *   /politiek/6312345/de-titel.html          id 6312345, slug de-titel
 *   /binnenland/de-titel~b1a2c3d4/           id b1a2c3d4, slug de-titel
 *   /news/world-europe-68123456              id 68123456, slug world-europe
 *   /world/2024/jun/19/de-titel              no id, slug de-titel
 * An id has at least five digits, so a year is never taken for one.
 */
#include <string.h>

#include "artkit.h"

static int
isdigitc(char c)
{
	return c >= '0' && c <= '9';
}

static int
isalnumc(char c)
{
	return isdigitc(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

int
url_looks_like(const char *s, size_t n)
{
	size_t i;

	if (n >= 4 && strncmp(s, "www.", 4) == 0)
		return 1;
	for (i = 0; i < n && (isalnumc(s[i]) || s[i] == '+' || s[i] == '-' || s[i] == '.'); i++)
		;
	return i > 0 && i + 3 <= n && memcmp(s + i, "://", 3) == 0;
}

static size_t
span_digits(const char *s, size_t n)
{
	size_t i = 0;

	while (i < n && isdigitc(s[i]))
		i++;
	return i;
}

static struct text
mktext(const char *s, size_t n)
{
	struct text t;

	t.s = s;
	t.len = n;
	return t;
}

/* Strip a file extension such as .html or .php from a path segment. */
static size_t
without_extension(const char *s, size_t n)
{
	static const char *const ext[] = { ".html", ".htm", ".shtml", ".php", ".aspx", ".asp", ".jsp", NULL };
	size_t k;
	int i;

	for (i = 0; ext[i] != NULL; i++) {
		k = strlen(ext[i]);
		if (n > k && memcmp(s + n - k, ext[i], k) == 0)
			return n - k;
	}
	return n;
}

static void
id_and_slug(struct urlparts *u)
{
	const char *p = u->path.s, *seg, *prev = NULL;
	size_t n = u->path.len, segn, prevn = 0, d, i;

	u->id = mktext(p, 0);
	u->slug = mktext(p, 0);
	while (n > 0 && p[n - 1] == '/')
		n--;
	/* the last path segment, and the one before it */
	for (i = n; i > 0 && p[i - 1] != '/'; i--)
		;
	seg = p + i;
	segn = without_extension(seg, n - i);
	if (i > 0) {
		size_t j = i - 1;

		while (j > 0 && p[j - 1] != '/')
			j--;
		prev = p + j;
		prevn = i - 1 - j;
	}
	if (segn == 0)
		return;
	d = span_digits(seg, segn);
	if (d >= 5 && d < segn && seg[d] == '-') {           /* 2525318-slug */
		u->id = mktext(seg, d);
		u->slug = mktext(seg + d + 1, segn - d - 1);
		return;
	}
	if (d == segn && d >= 5) {                           /* .../2525318 */
		u->id = mktext(seg, d);
		return;
	}
	for (i = segn; i > 0 && isalnumc(seg[i - 1]); i--)
		;
	if (i > 1 && i < segn && seg[i - 1] == '~') {        /* slug~b1a2c3d4 */
		u->id = mktext(seg + i, segn - i);
		u->slug = mktext(seg, i - 1);
		return;
	}
	if (prev != NULL && prevn >= 5 && span_digits(prev, prevn) == prevn) {
		u->id = mktext(prev, prevn);                     /* 6312345/slug */
		u->slug = mktext(seg, segn);
		return;
	}
	for (i = segn; i > 0 && isdigitc(seg[i - 1]); i--)
		;
	if (segn - i >= 5 && i > 1 && seg[i - 1] == '-') {   /* slug-68123456 */
		u->id = mktext(seg + i, segn - i);
		u->slug = mktext(seg, i - 1);
		return;
	}
	u->slug = mktext(seg, segn);
}

int
url_split(const char *s, size_t n, struct urlparts *u)
{
	const char *p, *end = s + n, *host, *q, *from;

	memset(u, 0, sizeof *u);
	if (!url_looks_like(s, n))
		return -1;
	p = memchr(s, ':', n);
	if (p != NULL && p + 3 <= end && memcmp(p, "://", 3) == 0 && strncmp(s, "www.", 4) != 0) {
		u->scheme = mktext(s, (size_t)(p - s));
		host = p + 3;
	} else
		host = s;
	for (q = host; q < end && *q != '/' && *q != '?' && *q != '#'; q++)
		;
	u->host = mktext(host, (size_t)(q - host));
	/* user information and port are not part of the host name */
	for (p = u->host.s + u->host.len; p > u->host.s; p--)
		if (p[-1] == '@') {
			u->host.len -= (size_t)(p - u->host.s);
			u->host.s = p;
			break;
		}
	/* nor is the port; an IPv6 address, in brackets, holds colons of its
	 * own and keeps its brackets */
	from = u->host.s;
	if (u->host.len > 0 && *from == '[' &&
	    (p = memchr(from, ']', u->host.len)) != NULL)
		from = p;
	p = memchr(from, ':', u->host.len - (size_t)(from - u->host.s));
	if (p != NULL)
		u->host.len = (size_t)(p - u->host.s);
	host = q;
	for (; q < end && *q != '?' && *q != '#'; q++)
		;
	u->path = mktext(host, (size_t)(q - host));
	if (u->host.len == 0)
		return -1;
	id_and_slug(u);
	return 0;
}
