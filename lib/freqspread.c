/*
 * artfreq's counting spread over processes.  The bytes of the regular
 * files named are cut into one share for each process, at separator lines
 * only, so that every article is counted whole by exactly one of them.
 * Each process counts its share into a table of its own and sends it back
 * as lines artfreq -m reads; the first process counts a share too, and
 * then adds up the others.  Counts add up whatever the cut: an article
 * is never split, and -d counts articles, each in one share.
 *
 * Processes, not threads: the counting code keeps tables and buffers of
 * its own per process, and a table crosses over as text, which costs a few
 * milliseconds against the seconds of counting that make spreading pay.
 */
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "artkit.h"

enum {
	SCAN = 1 << 16,                 /* bytes read at a time for a cut */
	SHARE_MIN = 4 << 20,            /* what makes another process pay */
	PROCESSES_MAX = 64
};

struct piece {
	const char *file;
	off_t off, len;                 /* len < 0: to the end */
};

struct share {
	struct piece *piece;
	size_t n, cap;
};

static void
add_piece(struct share *sh, const char *file, off_t off, off_t len)
{
	if (sh->n == sh->cap) {
		sh->cap = sh->cap ? 2 * sh->cap : 8;
		sh->piece = ereallocarray(sh->piece, sh->cap, sizeof *sh->piece);
	}
	sh->piece[sh->n].file = file;
	sh->piece[sh->n].off = off;
	sh->piece[sh->n].len = len;
	sh->n++;
}

/* The offset just after the first separator line ("\f" with LF or CR LF)
 * that ends at or after from, or size when there is none. */
static off_t
next_cut(int fd, off_t from, off_t size)
{
	char buf[SCAN + 3];
	off_t at = from > 0 ? from - 1 : 0;
	ssize_t n, i;

	while (at < size) {
		if ((n = pread(fd, buf, sizeof buf, at)) <= 0)
			return size;
		for (i = 0; i + 2 < n; i++) {
			if (buf[i] != '\n' || buf[i + 1] != '\f')
				continue;
			if (buf[i + 2] == '\n')
				return at + i + 3;
			if (i + 3 < n && buf[i + 2] == '\r' && buf[i + 3] == '\n')
				return at + i + 4;
		}
		if (n < (ssize_t)sizeof buf)
			return size;
		at += n - 3;                /* a separator across the edge */
	}
	return size;
}

/* The bytes of the regular files among the operands, cut into nshare
 * shares; everything else (standard input, pipes, what cannot be opened)
 * goes to share 0, to be read in order as ever. */
static void
plan(int argc, char *argv[], size_t nshare, struct share *share)
{
	struct stat st;
	off_t total = 0, quota, done = 0, off, cut;
	size_t k = 0;
	int i, fd;

	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
			total += st.st_size;
	quota = total / (off_t)nshare + 1;
	for (i = 0; i < argc; i++) {
		if (strcmp(argv[i], "-") == 0 || (fd = open(argv[i], O_RDONLY)) < 0) {
			add_piece(&share[0], argv[i], 0, -1);
			continue;
		}
		if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
			close(fd);
			add_piece(&share[0], argv[i], 0, -1);
			continue;
		}
		for (off = 0; ; off = cut) {
			while (k + 1 < nshare && done >= quota * (off_t)(k + 1))
				k++;
			cut = k + 1 < nshare ? next_cut(fd, quota * (off_t)(k + 1) - done + off, st.st_size) : st.st_size;
			if (cut >= st.st_size) {
				add_piece(&share[k], argv[i], off, -1);
				done += st.st_size - off;
				break;
			}
			add_piece(&share[k], argv[i], off, cut - off);
			done += cut - off;
		}
		close(fd);
	}
}

static int
count_share(const struct share *sh, int (*count)(const char *file, off_t off, off_t len))
{
	size_t i;
	int ret = 0;

	for (i = 0; i < sh->n; i++)
		ret |= count(sh->piece[i].file, sh->piece[i].off, sh->piece[i].len);
	return ret;
}

/* A process for share sh, writing its table to the pipe it returns, or
 * -1 after a message. */
static int
start(const struct share *sh, int (*count)(const char *file, off_t off, off_t len),
    pid_t *pid)
{
	int p[2], ret;

	if (pipe(p) < 0) {
		warnsys("pipe");
		return -1;
	}
	if ((*pid = fork()) < 0) {
		warnsys("fork");
		close(p[0]);
		close(p[1]);
		return -1;
	}
	if (*pid == 0) {
		close(p[0]);
		if (dup2(p[1], 1) < 0)
			_exit(1);
		close(p[1]);
		ret = count_share(sh, count);
		freq_write_all();
		ret |= out_close();
		_exit(ret);
	}
	close(p[1]);
	return p[0];
}

static size_t
processes(int asked, int argc, char *argv[])
{
	struct stat st;
	off_t total = 0;
	long cpus = 1;
	int i;

	if (asked > 0)
		return (size_t)asked;
#ifdef _SC_NPROCESSORS_ONLN
	cpus = sysconf(_SC_NPROCESSORS_ONLN);
#endif
	for (i = 0; i < argc; i++)
		if (strcmp(argv[i], "-") != 0 && stat(argv[i], &st) == 0 && S_ISREG(st.st_mode))
			total += st.st_size;
	if (cpus > total / SHARE_MIN)
		cpus = (long)(total / SHARE_MIN);
	if (cpus > 8)
		cpus = 8;
	return cpus > 1 ? (size_t)cpus : 1;
}

int
freq_spread(int asked, int argc, char *argv[],
    int (*count)(const char *file, off_t off, off_t len))
{
	struct share share[PROCESSES_MAX];
	pid_t pid[PROCESSES_MAX];
	int fd[PROCESSES_MAX];
	size_t n = processes(asked, argc, argv), k;
	int ret = 0, st;
	char name[32];

	if (n > PROCESSES_MAX)
		n = PROCESSES_MAX;
	memset(share, 0, sizeof share);
	plan(argc, argv, n, share);
	for (k = 1; k < n; k++)
		fd[k] = share[k].n == 0 ? -2 : start(&share[k], count, &pid[k]);
	/* a share that no process took is counted here */
	for (k = 1; k < n; k++)
		if (fd[k] == -1)
			ret |= count_share(&share[k], count);
	ret |= count_share(&share[0], count);
	for (k = 1; k < n; k++) {
		if (fd[k] < 0)
			continue;
		snprintf(name, sizeof name, "counting process %zu", k);
		ret |= freq_merge_fd(fd[k], name);
		close(fd[k]);
		while (waitpid(pid[k], &st, 0) < 0)
			if (errno != EINTR) {
				warnsys("waitpid");
				st = 1;
				break;
			}
		if (WIFSIGNALED(st))
			warnmsg("%s: ended by signal %d", name, WTERMSIG(st));
		if (!WIFEXITED(st) || WEXITSTATUS(st) != 0)
			ret = 1;
	}
	for (k = 0; k < n; k++)
		free(share[k].piece);
	return ret;
}
