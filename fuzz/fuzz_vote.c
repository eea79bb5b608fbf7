/*
 * The stop-word vote of language detection: lang_vote_add() gives the
 * scores of its plain loop, lang_vote_add_ref(), with every block engine
 * of this machine and from every start of the first bytes, and
 * lang_vote_add_settling() stops with at most those scores, settled, or
 * ends with exactly them.
 */
#include <string.h>

#include "fuzz.h"
#include "langtab.h"
#include "word_priv.h"

static void
check(const char *s, size_t n, const char *engine)
{
	struct langvote fast, ref, settling;
	size_t k;
	int settled, below = 1;

	lang_vote_begin(&fast);
	lang_vote_begin(&ref);
	lang_vote_begin(&settling);
	lang_vote_add(&fast, s, n);
	lang_vote_add_ref(&ref, s, n);
	FZ_CHECK(memcmp(fast.score, ref.score, sizeof fast.score) == 0,
	    "%s: the vote over %zu bytes differs from the plain loop", engine, n);
	settled = lang_vote_add_settling(&settling, s, n);
	for (k = 0; k < LANG_MAX; k++)
		below &= settling.score[k] <= ref.score[k];
	if (settled)
		FZ_CHECK(below && lang_vote_settled(&settling),
		    "%s: a settled vote over %zu bytes is not a part of the whole", engine, n);
	else
		FZ_CHECK(memcmp(settling.score, ref.score, sizeof ref.score) == 0,
		    "%s: an unsettled vote over %zu bytes differs from the whole", engine, n);
}

int
LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	const char *s = (const char *)data, *name;
	size_t e, k;

	for (e = 0; (name = charmask_engine_at(e)) != NULL; e++) {
		if (charmask_engine(name) == NULL)
			continue;
		/* the windows of 64 bytes fall elsewhere from each start */
		for (k = 0; k < size && k < 64; k++)
			check(s + k, size - k, name);
		if (size == 0)
			check(s, 0, name);
	}
	return 0;
}
