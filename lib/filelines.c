/* Every line of a file, for the loaders of word lists and rules and for
 * JSON Lines. */
#include <errno.h>
#include <unistd.h>

#include "artkit.h"

int
each_line(const char *path, int (*fn)(struct text line, size_t lineno, void *arg), void *arg)
{
	struct lineread lr;
	struct text line;
	int fd, n, ret = 0;

	if ((fd = open_operand(path)) < 0) {
		warnsys(path);
		return -1;
	}
	lr_init(&lr, fd);
	while ((n = lr_next(&lr, &line)) > 0)
		ret |= fn(line, lr.lineno, arg);
	if (n < 0) {
		errno = lr.err;
		warnsys(path);
		ret = -1;
	}
	lr_free(&lr);
	if (fd > 0)
		close(fd);
	return ret;
}
