/*
 * Standard input copied to a temporary file that takes its place as
 * descriptor 0, for a program that must read its input twice.
 */
#include <errno.h>
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

static int
write_all(int fd, const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		if ((w = write(fd, p, n)) < 0) {
			if (errno == EINTR)
				continue;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

int
spool_stdin(void)
{
	char path[PATH_MAX], buf[65536];
	const char *dir = getenv("TMPDIR");
	ssize_t n;
	int fd;

	if (stdin_closed()) {
		errno = EBADF;
		warnsys("-");
		return -1;
	}
	if (dir == NULL || *dir == '\0')
		dir = "/tmp";
	snprintf(path, sizeof path, "%s/%s.XXXXXX", dir, progname);
	if ((fd = mkstemp(path)) < 0) {
		warnsys(path);
		return -1;
	}
	unlink(path);
	for (;;) {
		if ((n = read(0, buf, sizeof buf)) == 0)
			break;
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			warnsys("-");
			close(fd);
			return -1;
		}
		if (write_all(fd, buf, (size_t)n) < 0) {
			warnsys(path);
			close(fd);
			return -1;
		}
	}
	if (lseek(fd, 0, SEEK_SET) < 0 || dup2(fd, 0) < 0) {
		warnsys("-");
		close(fd);
		return -1;
	}
	close(fd);
	return 0;
}
