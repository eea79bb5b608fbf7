/* The file operands of a program: "-" and no operand at all mean
 * standard input. */
#include "artkit.h"

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
