/* artpick: the articles that pass a test, copied byte for byte. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "artkit.h"

static const struct optdoc options[] = {
	{ "-a file", "more abbreviations for the sentence rules, one per line" },
	{ "-c", "print the number of selected articles instead" },
	{ "-e ERE", "select articles whose body matches (repeatable: any of them)" },
	{ "-i", "-e ignores case" },
	{ "-l lang", "the language of the fields sentences and lang: %s (auto: each article's own)" },
	{ "-o template", "one file per article, named by %%n (number) or %%i (id)" },
	{ "-t expr", "select articles for which the expression holds" },
	{ "-v", "select the articles that do not match" },
	{ "-V", "print the version" },
	{ NULL, NULL }
};
static const struct usage usage_doc = {
	"[-civV] [-a file] [-e ERE] [-l %s] [-o template] [-t expr] [file ...]",
	"Select news articles by their fields and bodies, and copy them unchanged.",
	options
};

static void
usage(void)
{
	usage_exit(&usage_doc);
}

/* A broken -t: where, and the expression with a caret under the place. */
static void
expr_usage(const char *src, const struct exprerr *err)
{
	size_t i;

	warnmsg("-t: column %zu: %s", err->column, err->msg);
	fprintf(stderr, "  %s\n  ", src);
	for (i = 1; i < err->column; i++)
		fputc(src[i - 1] == '\t' ? '\t' : ' ', stderr);
	fputs("^\n", stderr);
	exit(2);
}

/* -o with a '%' that is none of %n, %i and %%. */
static void
template_usage(const char *t)
{
	const char *bad = pick_template_error(t);

	if (bad != NULL) {
		warnmsg("-o: '%%%c' in the name: only %%n, %%i and %%%% are known", bad[1]);
		exit(2);
	}
}

int
main(int argc, char *argv[])
{
	struct pickopts o;
	struct pick *pk;
	struct exprerr err;
	struct ere **patterns;
	const char *src = NULL, **pats = NULL;
	char msg[128];
	size_t i, npatterns = 0;
	int c, iflag = 0, status;

	setprogname(argv);
	long_options(argc, argv, &usage_doc);
	memset(&o, 0, sizeof o);
	o.langs = langsel_new();
	while ((c = getopt(argc, argv, "a:ce:il:o:t:vV")) != -1) {
		switch (c) {
		case 'a':
		case 'l':
			langsel_option(o.langs, c, optarg);
			break;
		case 'c':
			o.cflag = 1;
			break;
		case 'e':
			pats = ereallocarray(pats, npatterns + 1, sizeof *pats);
			pats[npatterns++] = optarg;
			break;
		case 'i':
			iflag = 1;
			break;
		case 'o':
			template_usage(optarg);
			o.template = optarg;
			break;
		case 't':
			if (src != NULL) {
				warnmsg("-t: one expression; join tests with &&");
				exit(2);
			}
			src = optarg;
			break;
		case 'v':
			o.vflag = 1;
			break;
		case 'V':
			printversion();
			break;
		default:
			usage();
		}
	}
	argc -= optind;
	argv += optind;
	if (src != NULL && (o.test = expr_parse(src, iflag, &err)) == NULL)
		expr_usage(src, &err);
	patterns = ereallocarray(NULL, npatterns + 1, sizeof *patterns);
	for (i = 0; i < npatterns; i++) {
		if ((patterns[i] = ere_new(pats[i], strlen(pats[i]),
		    iflag ? REG_ICASE : 0, msg, sizeof msg)) == NULL) {
			warnmsg("-e: '%s': %s", pats[i], msg);
			exit(2);
		}
	}
	o.patterns = patterns;
	o.npatterns = npatterns;
	langsel_ready(o.langs);
	pk = pick_new(&o);
	status = each_operand(argc, argv, pick_file, pk);
	status |= pick_end(pk);
	for (i = 0; i < npatterns; i++)
		ere_free(patterns[i]);
	free(patterns);
	free(pats);
	expr_free(o.test);
	langsel_free(o.langs);
	status |= out_close();
	return status;
}
