/*
 * Inside artpick's selection: pick.c decides, pickout.c writes what it
 * selects.  Programs need artkit.h alone.
 */
#ifndef PICK_PRIV_H
#define PICK_PRIV_H

#include <stdio.h>

#include "artkit.h"

/* Where the selected articles go: standard output, a separator line
 * between two of them, or with a template (-o) a file for each.
 * pickout_open() starts the number'th selected article, and is 0 or -1
 * after a message; pickout_close() is 0 or 1 after a message;
 * pickout_finish() once after the last article, with their number. */
struct pickout {
	const char *template;
	FILE *file;
	char *filename;
	int last_eol;            /* the last byte written ended a line */
	int last_empty;          /* the last article written was empty */
};
int  pickout_open(struct pickout *po, unsigned long long number,
    const struct article *a, struct fieldvals *fv);
void pickout_write(struct pickout *po, const char *s, size_t n);
int  pickout_close(struct pickout *po);
void pickout_finish(const struct pickout *po, unsigned long long count);

#endif
