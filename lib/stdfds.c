/*
 * Closed standard descriptors.  A program started with descriptor 0, 1
 * or 2 closed would hand that number to the first file it opens, and "-"
 * would then read that file, or output land in it.  Each closed one is
 * taken by /dev/null, opened so that using it fails where it should:
 * standard input is remembered as closed, standard output is opened for
 * reading only, so that every write to it fails with EBADF.
 */
#include <errno.h>
#include <fcntl.h>
#include <unistd.h>

#include "artkit.h"

static int in_closed;

static int
closed(int fd)
{
	return fcntl(fd, F_GETFD) < 0 && errno == EBADF;
}

void
std_guard(void)
{
	int fd;

	in_closed = closed(0);
	for (fd = 0; fd <= 2; fd++)
		if (closed(fd) && open("/dev/null", fd == 2 ? O_WRONLY : O_RDONLY) != fd)
			_exit(2);
}

int
stdin_closed(void)
{
	return in_closed;
}
