/* Every line of a file, for the loaders of word lists and rules and for
 * JSON Lines. */
#include <errno.h>
#include <unistd.h>

#include "artkit.h"

int
each_line_fd(int fd, const char *name,
    int (*fn)(struct text line, size_t lineno, void *arg), void *arg)
{
	struct lineread lr;
	struct text line;
	int n, ret = 0;

	lr_init(&lr, fd);
	while ((n = lr_next(&lr, &line)) > 0)
		ret |= fn(line, lr.lineno, arg);
	if (n < 0) {
		errno = lr.err;
		warnsys(name);
		ret = -1;
	}
	lr_free(&lr);
	return ret;
}

int
each_line(const char *path, int (*fn)(struct text line, size_t lineno, void *arg), void *arg)
{
	int fd, ret;

	if ((fd = open_operand(path)) < 0) {
		warnsys(path);
		return -1;
	}
	ret = each_line_fd(fd, path, fn, arg);
	if (fd > 0)
		close(fd);
	return ret;
}
