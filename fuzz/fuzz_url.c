/*
 * url_looks_like() and url_split(): every part a split gives lies inside
 * the input, in order (scheme, host, path), the host is not empty, the id
 * and slug lie inside the path, and a split only succeeds on what
 * url_looks_like() accepts.
 */
#include <string.h>

#include "fuzz.h"

static int
inside(struct text part, const char *s, size_t n)
{
	return part.len == 0 || (part.s >= s && part.len <= n &&
	    part.s - s <= (ptrdiff_t)(n - part.len));
}

static int
within(struct text part, struct text whole)
{
	return part.len == 0 || (part.s >= whole.s &&
	    part.s + part.len <= whole.s + whole.len);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data;
	struct urlparts u;
	const void *close;
	size_t i;

	if (url_split(s, size, &u) != 0)
		return 0;
	FZ_CHECK(url_looks_like(s, size), "url_split accepted what url_looks_like rejects");
	FZ_CHECK(inside(u.scheme, s, size) && inside(u.host, s, size) &&
	    inside(u.path, s, size) && inside(u.id, s, size) && inside(u.slug, s, size),
	    "a URL part lies outside the input");
	FZ_CHECK(u.host.len > 0, "url_split succeeded with an empty host");
	FZ_CHECK(u.scheme.len == 0 || u.scheme.s + u.scheme.len <= u.host.s,
	    "the scheme does not come before the host");
	FZ_CHECK(u.path.len == 0 || u.host.s + u.host.len <= u.path.s,
	    "the host does not come before the path");
	FZ_CHECK(within(u.id, u.path) && within(u.slug, u.path),
	    "the id or slug lies outside the path");
	FZ_CHECK(u.path.len == 0 || u.path.s[0] == '/', "the path does not start with /");
	/* colons only inside the brackets of an IPv6 address */
	close = u.host.len > 0 && u.host.s[0] == '[' ?
	    memchr(u.host.s, ']', u.host.len) : NULL;
	for (i = 0; i < u.host.len; i++)
		FZ_CHECK(u.host.s[i] != '/' && u.host.s[i] != '?' && u.host.s[i] != '#' &&
		    u.host.s[i] != '@' && (u.host.s[i] != ':' ||
		    (close != NULL && u.host.s + i < (const char *)close)),
		    "the host holds a delimiter");
	for (i = 0; i < u.path.len; i++)
		FZ_CHECK(u.path.s[i] != '?' && u.path.s[i] != '#', "the path holds ? or #");
	return 0;
}
