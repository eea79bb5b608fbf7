/* Shared helpers for the fuzz targets (see fuzz.h). */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <fcntl.h>
#include <unistd.h>

#include "fuzz.h"

void
fz_fail(const char *fmt, ...)
{
	va_list ap;

	fputs("property failed: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

static int capfd = -1;
static char *capbuf;
static size_t capcap;

void
fz_capture_begin(void)
{
	char tmpl[] = "/tmp/artkit-fuzz-out-XXXXXX";

	if (capfd < 0) {
		if ((capfd = mkstemp(tmpl)) < 0)
			fz_fail("cannot create a scratch file");
		unlink(tmpl);
		if (dup2(capfd, 1) < 0)
			fz_fail("cannot redirect standard output");
	}
	out_flush();
	if (ftruncate(capfd, 0) != 0 || lseek(capfd, 0, SEEK_SET) != 0)
		fz_fail("cannot empty the scratch file");
}

const char *
fz_capture_end(size_t *n)
{
	off_t len;
	ssize_t got;
	size_t done = 0;

	out_flush();
	if ((len = lseek(capfd, 0, SEEK_CUR)) < 0)
		fz_fail("cannot tell the scratch file's size");
	if (capcap < (size_t)len + 1) {
		capcap = (size_t)len + 1;
		capbuf = erealloc(capbuf, capcap);
	}
	while (done < (size_t)len) {
		got = pread(capfd, capbuf + done, (size_t)len - done, (off_t)done);
		if (got <= 0)
			fz_fail("cannot read the scratch file back");
		done += (size_t)got;
	}
	capbuf[done] = '\0';
	*n = done;
	return capbuf;
}

const char *
fz_tempfile(const void *data, size_t n)
{
	static char path[64];
	const char *p = data;
	ssize_t w;
	int fd;

	if (path[0] == '\0') {
		strcpy(path, "/tmp/artkit-fuzz-in-XXXXXX");
		if ((fd = mkstemp(path)) < 0)
			fz_fail("cannot create a scratch file");
		close(fd);
	}
	if ((fd = open(path, O_WRONLY | O_TRUNC)) < 0)
		fz_fail("cannot open the scratch file");
	while (n > 0) {
		if ((w = write(fd, p, n)) <= 0)
			fz_fail("cannot write the scratch file");
		p += w;
		n -= (size_t)w;
	}
	close(fd);
	return path;
}

int
fz_pipe(const void *data, size_t n, const char **path)
{
	static char name[32];
	const char *p = data;
	ssize_t w;
	int fd[2];

	if (n > 65536) {
		*path = fz_tempfile(data, n);
		if ((fd[0] = open(*path, O_RDONLY)) < 0)
			fz_fail("cannot open the scratch file");
		return fd[0];
	}
	if (pipe(fd) != 0)
		fz_fail("cannot make a pipe");
	while (n > 0) {
		if ((w = write(fd[1], p, n)) <= 0)
			fz_fail("cannot fill the pipe");
		p += w;
		n -= (size_t)w;
	}
	close(fd[1]);
	snprintf(name, sizeof name, "/dev/fd/%d", fd[0]);
	*path = name;
	return fd[0];
}

void
fz_split_lines(const char *s, size_t n, struct fz_lines *out)
{
	size_t i, start = 0;

	out->n = 0;
	for (i = 0; i <= n; i++) {
		if (i < n && s[i] != '\n' && s[i] != '\r')
			continue;
		if (i == n && start == n)
			break;
		if (out->n == out->cap) {
			out->cap = out->cap ? 2 * out->cap : 64;
			out->v = ereallocarray(out->v, out->cap, sizeof out->v[0]);
		}
		out->v[out->n].s = s + start;
		out->v[out->n].len = i - start;
		out->n++;
		if (i < n && s[i] == '\r' && i + 1 < n && s[i + 1] == '\n')
			i++;
		start = i + 1;
	}
}

size_t
fz_utf8_valid(const unsigned char *s, size_t n)
{
	size_t len, i;
	unsigned lo = 0x80, hi = 0xBF;

	if (s[0] <= 0x7F)
		return 1;
	if (s[0] >= 0xC2 && s[0] <= 0xDF)
		len = 2;
	else if (s[0] >= 0xE0 && s[0] <= 0xEF)
		len = 3;
	else if (s[0] >= 0xF0 && s[0] <= 0xF4)
		len = 4;
	else
		return 0;
	/* the second byte's range excludes overlong forms, surrogates and
	 * code points past U+10FFFF (RFC 3629, section 4) */
	if (s[0] == 0xE0)
		lo = 0xA0;
	else if (s[0] == 0xED)
		hi = 0x9F;
	else if (s[0] == 0xF0)
		lo = 0x90;
	else if (s[0] == 0xF4)
		hi = 0x8F;
	if (n < len || s[1] < lo || s[1] > hi)
		return 0;
	for (i = 2; i < len; i++)
		if (s[i] < 0x80 || s[i] > 0xBF)
			return 0;
	return len;
}

size_t
fz_utf8_repair(const char *s, size_t n, char **buf, size_t *cap)
{
	const unsigned char *u = (const unsigned char *)s;
	size_t i = 0, o = 0, k;

	if (*cap < 3 * n + 1) {
		*cap = 3 * n + 1;
		*buf = erealloc(*buf, *cap);
	}
	while (i < n) {
		if ((k = fz_utf8_valid(u + i, n - i)) > 0) {
			memcpy(*buf + o, s + i, k);
			o += k;
			i += k;
		} else {
			memcpy(*buf + o, "\xEF\xBF\xBD", 3);
			o += 3;
			i++;
		}
	}
	return o;
}

int
fz_cut(const uint8_t *data, size_t size, size_t at, size_t np, struct text *piece)
{
	size_t i, len, pos = at + np - 1;

	if (np == 0 || pos > size)
		return -1;
	for (i = 0; i < np; i++) {
		len = i + 1 < np ? data[at + i] : size - pos;
		if (len > size - pos)
			len = size - pos;
		piece[i].s = (const char *)data + pos;
		piece[i].len = len;
		pos += len;
	}
	return 0;
}

int
fz_memeq(const void *a, size_t an, const void *b, size_t bn)
{
	return an == bn && (an == 0 || memcmp(a, b, an) == 0);
}
