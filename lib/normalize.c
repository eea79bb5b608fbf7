/*
 * A body line as artstrip keeps it and its rules see it: white space
 * cleaned, HTML character references decoded.  The user's fixed rules
 * and the corpus counts take lines through the same steps, so that they
 * compare like with like.
 */
#include <string.h>

#include "artkit.h"

size_t
bp_normalize(const char *s, size_t n, char *out)
{
	size_t len = bp_clean(s, n, out), decoded;

	if (memchr(out, '&', len) == NULL)
		return len;
	decoded = html_decode(out, len, out);
	/* Composition to NFC belongs here, once the references are
	 * characters: it may join what they decoded to. */
	if (decoded == len)
		return len;
	/* decoded spaces (&nbsp;, &#9;) are cleaned as the others */
	return bp_clean(out, decoded, out);
}
