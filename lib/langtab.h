/*
 * The entries of the table of languages, each defined in its own
 * lang_XX.c with its data; lang.c lists them.  Not part of the API.
 */
#ifndef LANGTAB_H
#define LANGTAB_H

#include "artkit.h"

extern const struct lang lang_nl, lang_en, lang_de;

#endif
