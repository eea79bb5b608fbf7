/*
 * Line output named and numbered, as grep -Hn prints it: the article's
 * name, the number of the item inside the article, the item.  The name of
 * a file's first article is "file" or "file#1", and which one is known
 * only once it is known whether another article follows.  A regular file
 * is searched for a separator first; otherwise the first article's lines
 * wait in a temporary file until the article ends, so that memory stays
 * bounded whatever the article's length.
 */
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "artkit.h"

enum { SCAN_CHUNK = 1 << 16 };

static int
is_eol(char c)
{
	return c == '\n' || c == '\r';
}

/* Whether a line holding a single form feed, with something after it,
 * stands in the regular file path: 1 or 0, -1 when it cannot be told
 * beforehand (standard input, a pipe). */
static int
holds_several(const char *path)
{
	char buf[SCAN_CHUNK], after[2];
	struct stat st;
	off_t off = 0, at, size;
	ssize_t n, k;
	char prev = '\n';
	const char *p;
	int fd, several = 0;

	if (strcmp(path, "-") == 0 || (fd = open(path, O_RDONLY)) < 0)
		return -1;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		close(fd);
		return -1;
	}
	size = st.st_size;
	while (!several && (n = pread(fd, buf, sizeof buf, off)) > 0) {
		for (p = buf; (p = memchr(p, '\f', (size_t)(buf + n - p))) != NULL; p++) {
			if (!is_eol(p == buf ? prev : p[-1]))
				continue;
			at = off + (p - buf) + 1;
			k = pread(fd, after, 2, at);
			if (k <= 0 || !is_eol(after[0]))
				continue;
			at += 1 + (k == 2 && after[0] == '\r' && after[1] == '\n');
			if (at < size) {
				several = 1;
				break;
			}
		}
		prev = buf[n - 1];
		off += n;
	}
	close(fd);
	return several;
}

void
numbered_begin(struct numbered *nb, const struct article *a)
{
	nb->item = 0;
	nb->spill = NULL;
	nb->direct = a->index > 1 || holds_several(a->file) == 0;
}

static void
prefix(const struct article *a)
{
	tsv_name(article_name(a));
	out_char('\t');
}

void
numbered_line(struct numbered *nb, const struct article *a, const char *s, size_t n)
{
	nb->item++;
	if (nb->direct) {
		prefix(a);
		out_uint(nb->item, 0);
		out_char('\t');
		out_write(s, n);
		out_char('\n');
		return;
	}
	if (nb->spill == NULL && (nb->spill = tmpfile()) == NULL)
		die("a temporary file: %s", strerror(errno));
	fprintf(nb->spill, "%llu\t", nb->item);
	fwrite(s, 1, n, nb->spill);
	putc('\n', nb->spill);
}

void
numbered_blank(struct numbered *nb)
{
	if (nb->direct)
		out_char('\n');
	else {
		if (nb->spill == NULL && (nb->spill = tmpfile()) == NULL)
			die("a temporary file: %s", strerror(errno));
		putc('\n', nb->spill);
	}
}

int
numbered_end(struct numbered *nb, const struct article *a)
{
	char *line = NULL;
	size_t cap = 0;
	ssize_t len;

	if (nb->spill == NULL)
		return 0;
	if (fflush(nb->spill) != 0 || ferror(nb->spill) || fseek(nb->spill, 0, SEEK_SET) != 0)
		die("a temporary file: %s", strerror(errno));
	while ((len = getline(&line, &cap, nb->spill)) > 0) {
		if (len > 1)
			prefix(a);
		out_write(line, (size_t)len);
	}
	if (ferror(nb->spill))
		die("a temporary file: %s", strerror(errno));
	free(line);
	fclose(nb->spill);
	nb->spill = NULL;
	return 0;
}
