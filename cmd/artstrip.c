/* artstrip: articles without their boilerplate, or (-v) the boilerplate. */
#include <errno.h>
#include <limits.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artkit.h"

static const struct optdoc options[] = {
	{ "-b", "write the body only, without the header" },
	{ "-f patterns", "also remove lines that a pattern in this file matches" },
	{ "-I", "no built-in inline rules: only the trailer and white space go" },
	{ "-n", "begin each body line with the article's name and the paragraph's number; implies -b" },
	{ "-r N", "also remove lines that occur in N or more articles" },
	{ "-v", "list what would be removed, as file:line:reason:text" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-bInvV] [-f patterns] [-r N] [file ...]",
	"Remove the boilerplate from news articles.",
	options
};

struct artstrip {
	struct stripopts o;
	struct strip *st;
	int stdin_bad;                   /* -r could not copy standard input */
};

/* -r reads every file twice: a pipe or a terminal named as an operand
 * could be read only once (standard input is copied to a file first). */
static int
readable_twice(const struct artstrip *as, const char *file, int say)
{
	struct stat sb;

	if (strcmp(file, "-") == 0)
		return !as->stdin_bad && lseek(0, 0, SEEK_SET) == 0;
	if (stat(file, &sb) != 0 || S_ISREG(sb.st_mode) || S_ISDIR(sb.st_mode))
		return 1;
	if (say)
		warnfile(file, "not a regular file (-r reads each file twice)");
	return 0;
}

/* The first pass of -r: count in how many articles each line occurs. */
static int
count_file(const char *file, void *arg)
{
	struct artstrip *as = arg;

	if (readable_twice(as, file, 0))
		strip_count(as->st, file);
	return 0;
}

static int
artstrip(const char *file, void *arg)
{
	struct artstrip *as = arg;

	if (as->o.rcount > 0 && !readable_twice(as, file, 1))
		return 1;
	return strip_file(as->st, file);
}

int
main(int argc, char *argv[])
{
	static struct artstrip as;
	char *end;
	int c, ret = 0;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	while ((c = getopt(argc, argv, "bf:Inr:vV")) != -1) {
		switch (c) {
		case 'b':
			as.o.bflag = 1;
			break;
		case 'f':
			if (as.o.rules == NULL)
				as.o.rules = bp_rules_new();
			if (bp_rules_load(as.o.rules, optarg) < 0)
				exit(2);
			break;
		case 'I':
			as.o.noinline = 1;
			break;
		case 'n':
			as.o.nflag = 1;
			break;
		case 'r':
			errno = 0;
			as.o.rcount = strtoul(optarg, &end, 10);
			if (errno != 0 || end == optarg || *end != '\0' || as.o.rcount < 2 ||
			    optarg[0] == '-' || as.o.rcount > UINT32_MAX) {
				warnmsg("-r: '%s': a number of articles, 2 or more", optarg);
				exit(2);
			}
			break;
		case 'v':
			as.o.vflag = 1;
			break;
		case 'V':
			printversion();
			break;
		default:
			usage_exit(&usage_doc);
		}
	}
	argc -= optind;
	argv += optind;
	if (as.o.rcount > 0) {
		for (c = 0; c < argc && strcmp(argv[c], "-") != 0; c++)
			;
		if ((argc == 0 || c < argc) && spool_stdin() < 0)
			as.stdin_bad = 1;
	}
	as.st = strip_new(&as.o);
	if (as.o.rcount > 0)
		each_operand(argc, argv, count_file, &as);
	ret = each_operand(argc, argv, artstrip, &as);
	strip_free(as.st);
	bp_rules_free(as.o.rules);
	ret |= out_close();
	return ret;
}
