/* Diagnostics: every message is "prog: file: reason" on standard error. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

const char *progname = "artkit";

/* argv[0] becomes the name too, so that getopt()'s messages begin as
 * ours do: "artwc: invalid option", not "/usr/local/bin/artwc: ...". */
void
setprogname(char *argv[])
{
	char *slash;

	std_guard();
	if (argv[0] == NULL || *argv[0] == '\0')
		return;
	if ((slash = strrchr(argv[0], '/')) != NULL)
		argv[0] = slash + 1;
	progname = argv[0];
}

const char *
displayname(const char *file)
{
	return strcmp(file, "-") == 0 ? "<stdin>" : file;
}

static void
vmsg(const char *file, const char *fmt, va_list ap)
{
	fprintf(stderr, "%s: ", progname);
	if (file != NULL)
		fprintf(stderr, "%s: ", displayname(file));
	vfprintf(stderr, fmt, ap);
	fputc('\n', stderr);
}

void
warnmsg(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
}

void
warnfile(const char *file, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(file, fmt, ap);
	va_end(ap);
}

void
warnsys(const char *file)
{
	warnfile(file, "%s", strerror(errno));
}

void
die(const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	vmsg(NULL, fmt, ap);
	va_end(ap);
	exit(1);
}

void
printversion(void)
{
	out_printf("%s (artkit) %s\n", progname, ARTKIT_VERSION);
	exit(out_close());
}
