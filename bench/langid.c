/*
 * langid: the language that -l auto gives each article, one line per
 * article: its name, a tab, the code.  For bench/eval-lang.sh.
 *
 * Build: cc -Ilib -o langid bench/langid.c libartkit.a
 */
#include <stdio.h>

#include "artkit.h"

static struct langsel *langs;

static int
print_lang(struct article *a, void *arg)
{
	(void)arg;
	out_str(article_name(a));
	out_char('\t');
	out_str(langsel_lang(langs)->code);
	out_char('\n');
	return 0;
}

int
main(int argc, char *argv[])
{
	static const struct article_handler h = { NULL, NULL, print_lang };
	int i, ret = 0;

	setprogname(argv[0]);
	langs = langsel_new();
	langsel_ready(langs);
	for (i = 1; i < argc; i++)
		ret |= read_articles_lang(argv[i], langs, &h, NULL);
	langsel_free(langs);
	return ret | out_close();
}
