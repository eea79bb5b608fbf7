/*
 * maxrss KIB command [arg ...]: runs the command and fails when its peak
 * resident memory passed KIB kibibytes.  Prints the peak on standard
 * error; exits with the command's status, or 3 over the limit.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int
main(int argc, char *argv[])
{
	struct rusage ru;
	long limit;
	pid_t pid;
	int status;

	if (argc < 3) {
		fprintf(stderr, "usage: maxrss KIB command [arg ...]\n");
		return 2;
	}
	limit = atol(argv[1]);
	if ((pid = fork()) < 0) {
		perror("maxrss: fork");
		return 2;
	}
	if (pid == 0) {
		execvp(argv[2], argv + 2);
		perror(argv[2]);
		_exit(127);
	}
	if (waitpid(pid, &status, 0) < 0 || getrusage(RUSAGE_CHILDREN, &ru) < 0) {
		perror("maxrss");
		return 2;
	}
	fprintf(stderr, "maxrss: %ld KiB\n", ru.ru_maxrss);
	if (ru.ru_maxrss > limit)
		return 3;
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
