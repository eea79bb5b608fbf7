/* Diagnostics: every message is "prog: file: reason" on standard error. */
#include <errno.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

const char *progname = "artkit";

void
setprogname(const char *argv0)
{
	const char *slash;

	std_guard();
	if (argv0 == NULL || *argv0 == '\0')
		return;
	slash = strrchr(argv0, '/');
	progname = slash ? slash + 1 : argv0;
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
