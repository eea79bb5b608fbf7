/* Every line of a file, for the loaders of word lists and rules and for
 * JSON Lines. */
#include <errno.h>
#include <fcntl.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

int
each_line(const char *path, int (*fn)(struct text line, size_t lineno, void *arg), void *arg)
{
	struct lineread lr;
	struct text line;
	int fd, n, ret = 0;

	if (strcmp(path, "-") == 0) {
		if (stdin_closed()) {
			errno = EBADF;
			warnsys(path);
			return -1;
		}
		fd = 0;
	} else if ((fd = open(path, O_RDONLY)) < 0) {
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
