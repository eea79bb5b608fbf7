/*
 * Checked standard output.  Output is collected in one buffer and written
 * with write(2).  On a pipe each write ends at a line boundary and holds at
 * most PIPE_BUF bytes, so several artkit processes writing into one pipe
 * never interleave inside a line.  On a terminal every line is written at
 * once.
 */
#include <errno.h>
#include <limits.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artkit.h"

#ifndef PIPE_BUF
#define PIPE_BUF 512
#endif

enum { OUT_CAP = 1 << 16 };

static char outbuf[OUT_CAP];
static size_t outlen;
static int mode = -1;   /* -1 unknown, 0 file, 1 pipe, 2 terminal */
static int failed;

static void
detect_mode(void)
{
	struct stat st;

	/* A closed pipe must end the program quietly, not through SIGPIPE. */
	signal(SIGPIPE, SIG_IGN);
	if (isatty(1))
		mode = 2;
	else if (fstat(1, &st) == 0 && (S_ISFIFO(st.st_mode) || S_ISSOCK(st.st_mode)))
		mode = 1;
	else
		mode = 0;
}

static void
write_all(const char *p, size_t n)
{
	ssize_t w;

	while (n > 0) {
		w = write(1, p, n);
		if (w < 0) {
			if (errno == EINTR)
				continue;
			if (errno == EPIPE)
				exit(0);
			warnsys("<stdout>");
			exit(1);
		}
		p += w;
		n -= (size_t)w;
	}
}

/* Write out the buffer.  With partial set, keep an unfinished last line in
 * the buffer when it is short enough to stay there. */
static void
drain(int partial)
{
	size_t done = 0, chunk, last;
	char *nl;

	if (mode < 0)
		detect_mode();
	if (mode != 1) {
		last = outlen;
		if (partial && mode == 2) {
			nl = NULL;
			for (size_t i = outlen; i > 0; i--)
				if (outbuf[i - 1] == '\n') {
					nl = outbuf + i - 1;
					break;
				}
			last = nl ? (size_t)(nl - outbuf) + 1 : (outlen == OUT_CAP ? outlen : 0);
		}
		write_all(outbuf, last);
		done = last;
	} else {
		while (done < outlen) {
			chunk = outlen - done;
			if (chunk > PIPE_BUF)
				chunk = PIPE_BUF;
			/* end the chunk at its last newline */
			last = 0;
			for (size_t i = chunk; i > 0; i--)
				if (outbuf[done + i - 1] == '\n') {
					last = i;
					break;
				}
			if (last == 0) {
				/* a line longer than PIPE_BUF, or an unfinished one */
				nl = memchr(outbuf + done, '\n', outlen - done);
				if (nl != NULL)
					last = (size_t)(nl - (outbuf + done)) + 1;
				else if (partial && done > 0)
					break;
				else
					last = outlen - done;
			}
			write_all(outbuf + done, last);
			done += last;
		}
	}
	memmove(outbuf, outbuf + done, outlen - done);
	outlen -= done;
}

void
out_write(const void *p, size_t n)
{
	const char *s = p;
	size_t room;

	if (mode < 0)
		detect_mode();
	while (n > 0) {
		if (outlen == OUT_CAP)
			drain(1);
		room = OUT_CAP - outlen;
		if (room > n)
			room = n;
		memcpy(outbuf + outlen, s, room);
		outlen += room;
		s += room;
		n -= room;
	}
	if (mode == 2 && outlen > 0 && memchr(p, '\n', (size_t)(s - (const char *)p)))
		drain(1);
}

char *
out_room(size_t n)
{
	if (mode < 0)
		detect_mode();
	if (OUT_CAP - outlen < n)
		drain(1);
	return OUT_CAP - outlen < n ? NULL : outbuf + outlen;
}

void
out_commit(size_t n)
{
	const char *p = outbuf + outlen;

	outlen += n;
	if (mode == 2 && memchr(p, '\n', n) != NULL)
		drain(1);
}

void
out_char(int c)
{
	if (mode < 0)
		detect_mode();
	if (outlen == OUT_CAP)
		drain(1);
	outbuf[outlen++] = (char)c;
	if (c == '\n' && mode == 2)
		drain(1);
}

void
out_str(const char *s)
{
	out_write(s, strlen(s));
}

void
out_printf(const char *fmt, ...)
{
	char small[256], *big;
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(small, sizeof small, fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof small) {
		out_write(small, (size_t)n);
		return;
	}
	big = emalloc((size_t)n + 1);
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	out_write(big, (size_t)n);
	free(big);
}

void
out_uint(unsigned long long v, int width)
{
	char digits[20];
	size_t n = fmt_uint(digits, v);

	for (; width > 0 && (size_t)width > n; width--)
		out_char(' ');
	out_write(digits, n);
}

void
out_flush(void)
{
	drain(0);
}

int
out_close(void)
{
	if (failed)
		return 1;
	drain(0);
	if (close(1) != 0 && errno != EBADF && errno != EINTR) {
		warnsys("<stdout>");
		failed = 1;
		return 1;
	}
	return 0;
}
