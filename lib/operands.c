/* The file operands of a program: "-" and no operand at all mean
 * standard input. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>

#include "artkit.h"

int
open_operand(const char *path)
{
	if (strcmp(path, "-") != 0)
		return open(path, O_RDONLY);
	if (stdin_closed()) {
		errno = EBADF;
		return -1;
	}
	return 0;
}

int
each_operand(int argc, char *argv[], int (*fn)(const char *file, void *arg), void *arg)
{
	int i, ret = 0;

	if (argc == 0)
		return fn("-", arg);
	for (i = 0; i < argc; i++)
		ret |= fn(argv[i], arg);
	return ret;
}
