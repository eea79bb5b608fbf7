/*
 * The entries of the table of languages, each defined in its own
 * lang_XX.c with its data; lang.c lists them.  Not part of the API.
 */
#ifndef LANGTAB_H
#define LANGTAB_H

#include "artkit.h"

extern const struct lang lang_nl, lang_en, lang_de;

/* lang_vote_add() as a plain loop over the bytes, for the tests: both
 * must always give the same scores. */
void lang_vote_add_ref(struct langvote *v, const char *s, size_t n);

#endif
