/*
 * Usage: the synopsis on a usage error, and --help and --version, which
 * every program takes as GNU and BSD users expect, before its getopt()
 * sees them.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

void
usage_exit(const struct usage *u)
{
	fprintf(stderr, "Usage: %s ", progname);
	fprintf(stderr, u->synopsis, lang_codes());
	fputc('\n', stderr);
	exit(2);
}

static void
help(const struct usage *u)
{
	const struct optdoc *d;
	size_t w = 0, n;

	out_printf("Usage: %s ", progname);
	out_printf(u->synopsis, lang_codes());
	out_printf("\n%s\n", u->summary);
	for (d = u->options; d != NULL && d->flag != NULL; d++)
		if ((n = strlen(d->flag)) > w)
			w = n;
	if (u->options != NULL && u->options->flag != NULL)
		out_str("\n");
	for (d = u->options; d != NULL && d->flag != NULL; d++) {
		out_printf("  %-*s  ", (int)w, d->flag);
		out_printf(d->text, lang_codes());
		out_char('\n');
	}
	out_printf("\nSee %s(1).\n", progname);
	exit(out_close());
}

void
long_options(int argc, char *argv[], const struct usage *u)
{
	int i;

	for (i = 1; i < argc && strcmp(argv[i], "--") != 0; i++) {
		if (strcmp(argv[i], "--help") == 0)
			help(u);
		if (strcmp(argv[i], "--version") == 0)
			printversion();
	}
}
