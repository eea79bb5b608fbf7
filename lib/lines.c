/* Lines kept together, as one buffer and their ends: an article's
 * paragraphs until the article has ended. */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

void
lines_add(struct lines *b, struct text t)
{
	if (b->cap - b->len < t.len) {
		b->cap = b->len + t.len > 2 * b->cap ? b->len + t.len : 2 * b->cap;
		b->buf = erealloc(b->buf, b->cap);
	}
	if (b->n == b->ncap) {
		b->ncap = b->ncap ? 2 * b->ncap : 64;
		b->end = ereallocarray(b->end, b->ncap, sizeof b->end[0]);
	}
	memcpy(b->buf + b->len, t.s, t.len);
	b->len += t.len;
	b->end[b->n++] = b->len;
}

struct text
lines_at(const struct lines *b, size_t i)
{
	size_t start = i > 0 ? b->end[i - 1] : 0;

	return (struct text){ b->buf + start, b->end[i] - start };
}

void
lines_clear(struct lines *b)
{
	b->len = b->n = 0;
}

void
lines_free(struct lines *b)
{
	free(b->buf);
	free(b->end);
	memset(b, 0, sizeof *b);
}
