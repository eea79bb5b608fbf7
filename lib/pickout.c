/*
 * Where artpick writes a selected article.  On standard output the
 * articles form a stream; with -o each goes to a new file, named by its
 * number or id, and never over an existing one.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"
#include "pick_priv.h"

const char *
pick_template_error(const char *t)
{
	for (; *t != '\0'; t++)
		if (*t == '%' && (t[1] == 'n' || t[1] == 'i' || t[1] == '%'))
			t++;
		else if (*t == '%')
			return t;
	return NULL;
}

/* The template with %n the article's number among those selected, %i
 * its id, %% a percent sign; NULL after a message when there is no id. */
static char *
output_name(const char *template, unsigned long long number,
    const struct article *a, struct fieldvals *fv)
{
	char *name = NULL, num[24];
	const char *t;
	struct text v;
	size_t len = 0, cap = 0, add;

	for (t = template; *t != '\0'; t++) {
		v.s = t;
		v.len = 1;
		if (*t == '%' && t[1] == 'n') {
			v.len = fmt_uint(num, number);
			v.s = num;
			t++;
		} else if (*t == '%' && t[1] == 'i') {
			if (!fv_text(fv, FIELD_ID, &v) || memchr(v.s, '/', v.len) != NULL) {
				warnfile(displayname(article_name(a)), "no id to name a file by");
				free(name);
				return NULL;
			}
			t++;
		} else if (*t == '%')
			t++;         /* %%, as pick_template_error() allowed */
		add = v.len;
		if (cap - len < add + 1) {
			cap = 2 * (len + add + 1);
			name = erealloc(name, cap);
		}
		memcpy(name + len, v.s, add);
		len += add;
	}
	name[len] = '\0';
	return name;
}

/* O_EXCL: open fails rather than overwrite a file. */
int
pickout_open(struct pickout *po, unsigned long long number,
    const struct article *a, struct fieldvals *fv)
{
	int fd;

	if (po->template == NULL) {
		if (number > 1) {
			if (!po->last_eol)
				out_char('\n');
			out_write("\f\n", 2);
		}
		po->last_empty = 1;
		return 0;
	}
	if ((po->filename = output_name(po->template, number, a, fv)) == NULL)
		return -1;
	fd = open(po->filename, O_WRONLY | O_CREAT | O_EXCL, 0666);
	if (fd < 0 || (po->file = fdopen(fd, "w")) == NULL) {
		warnsys(po->filename);
		if (fd >= 0)
			close(fd);
		free(po->filename);
		po->filename = NULL;
		return -1;
	}
	return 0;
}

void
pickout_write(struct pickout *po, const char *s, size_t n)
{
	if (n == 0)
		return;
	if (po->file != NULL) {
		fwrite(s, 1, n, po->file);
		return;
	}
	out_write(s, n);
	po->last_eol = s[n - 1] == '\n' || s[n - 1] == '\r';
	po->last_empty = 0;
}

int
pickout_close(struct pickout *po)
{
	int ret = 0;

	if (po->file == NULL)
		return 0;
	if (ferror(po->file) | (fclose(po->file) != 0)) {
		warnsys(po->filename);
		ret = 1;
	}
	po->file = NULL;
	free(po->filename);
	po->filename = NULL;
	return ret;
}

/* "A\f\n" is one article: an empty last one needs its separator. */
void
pickout_finish(const struct pickout *po, unsigned long long count)
{
	if (po->template == NULL && count > 1 && po->last_empty)
		out_write("\f\n", 2);
}
