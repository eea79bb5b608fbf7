/*
 * What -l and -a chose, and the language of each article under -l auto.
 *
 * Under auto an article's language is decided from a bounded prefix of
 * its own text, so that memory stays bounded by that prefix plus the
 * longest paragraph whatever the article's length: the handler's begin
 * and the first body lines are held back (the lines copied, since the
 * reader reuses its buffer) until LANGSEL_PREFIX bytes are seen or the
 * body ends, and then replayed in order.
 */
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

struct heldline {
	size_t off, len, lineno;
	size_t count;           /* lines held: more than one for empty lines */
	int kind;
};

struct langsel {
	const char *code;               /* -l as given; NULL for auto */
	const char **files;             /* -a, in order */
	size_t nfiles;
	const struct lang *fixed;       /* NULL under auto */
	const struct lang *fallback;
	const struct lang *current;
	struct abbrevs *rules[LANG_MAX];

	/* one article under auto */
	const struct article_handler *h;
	void *arg;
	int holding;
	size_t seen;
	struct langvote vote;
	char *text;
	size_t textlen, textcap;
	struct heldline *held;
	size_t nheld, heldcap;
};

struct langsel *
langsel_new(void)
{
	struct langsel *ls = emalloc(sizeof *ls);

	memset(ls, 0, sizeof *ls);
	return ls;
}

void
langsel_option(struct langsel *ls, int opt, const char *arg)
{
	if (opt == 'l') {
		ls->code = strcmp(arg, "auto") == 0 ? NULL : arg;
		return;
	}
	ls->files = ereallocarray(ls->files, ls->nfiles + 1, sizeof ls->files[0]);
	ls->files[ls->nfiles++] = arg;
}

void
langsel_ready(struct langsel *ls)
{
	const struct lang *l;
	size_t k, i;

	if (ls->code != NULL && (ls->fixed = lang_find(ls->code)) == NULL) {
		warnmsg("unknown language '%s' (%s)", ls->code, lang_codes());
		exit(2);
	}
	ls->fallback = lang_default();
	ls->current = ls->fixed != NULL ? ls->fixed : ls->fallback;
	for (k = 0; (l = lang_at(k)) != NULL && k < LANG_MAX; k++) {
		ls->rules[k] = abbrev_new(l);
		for (i = 0; i < ls->nfiles; i++)
			if (abbrev_load(ls->rules[k], ls->files[i]) < 0)
				exit(2);
	}
}

const struct abbrevs *
langsel_rules(const struct langsel *ls)
{
	return ls->rules[lang_index(ls->current)];
}

const struct lang *
langsel_lang(const struct langsel *ls)
{
	return ls->current;
}

void
langsel_free(struct langsel *ls)
{
	size_t k;

	if (ls == NULL)
		return;
	for (k = 0; k < LANG_MAX; k++)
		abbrev_free(ls->rules[k]);
	free(ls->files);
	free(ls->text);
	free(ls->held);
	free(ls);
}

static void
hold_begin(struct article *a, void *arg)
{
	struct langsel *ls = arg;

	ls->holding = 1;
	ls->seen = 0;
	ls->textlen = 0;
	ls->nheld = 0;
	lang_vote_begin(&ls->vote);
	if (a->has_header) {
		lang_vote_add(&ls->vote, a->title.s, a->title.len);
		ls->seen += a->title.len;
	}
}

/* The language is known: begin the article and replay its lines. */
static void
release(struct article *a, struct langsel *ls)
{
	struct artline line;
	size_t i, j;

	ls->current = lang_vote_result(&ls->vote, ls->fallback);
	ls->holding = 0;
	if (ls->h->begin != NULL)
		ls->h->begin(a, ls->arg);
	if (ls->h->line == NULL)
		return;
	for (i = 0; i < ls->nheld; i++) {
		/* empty lines alone leave the text unallocated */
		line.t.s = ls->text != NULL ? ls->text + ls->held[i].off : "";
		line.t.len = ls->held[i].len;
		line.kind = ls->held[i].kind;
		for (j = 0; j < ls->held[i].count; j++) {
			line.lineno = ls->held[i].lineno + j;
			ls->h->line(a, &line, ls->arg);
		}
	}
}

/* An empty line right after one of the same kind joins it: the bytes
 * seen count toward LANGSEL_PREFIX, empty lines do not, and so memory
 * stays bounded by the prefix however many empty lines come before the
 * vote is decided. */
static int
joins_held(const struct langsel *ls, const struct artline *line)
{
	const struct heldline *hl;

	if (line->t.len != 0 || ls->nheld == 0)
		return 0;
	hl = &ls->held[ls->nheld - 1];
	return hl->len == 0 && hl->kind == line->kind &&
	    hl->lineno + hl->count == line->lineno;
}

/* Copy the line into what is held. */
static void
hold(struct langsel *ls, const struct artline *line)
{
	struct heldline *hl;

	if (ls->textcap - ls->textlen < line->t.len) {
		ls->textcap = 2 * (ls->textlen + line->t.len);
		ls->text = erealloc(ls->text, ls->textcap);
	}
	if (ls->nheld == ls->heldcap) {
		ls->heldcap = ls->heldcap ? 2 * ls->heldcap : 16;
		ls->held = ereallocarray(ls->held, ls->heldcap, sizeof ls->held[0]);
	}
	hl = &ls->held[ls->nheld++];
	hl->off = ls->textlen;
	hl->len = line->t.len;
	hl->lineno = line->lineno;
	hl->count = 1;
	hl->kind = line->kind;
	if (line->t.len > 0)
		memcpy(ls->text + ls->textlen, line->t.s, line->t.len);
	ls->textlen += line->t.len;
	ls->seen += line->t.len;
}

static void
hold_line(struct article *a, struct artline *line, void *arg)
{
	struct langsel *ls = arg;

	if (!ls->holding) {
		if (ls->h->line != NULL)
			ls->h->line(a, line, ls->arg);
		return;
	}
	if (joins_held(ls, line))
		ls->held[ls->nheld - 1].count++;
	else
		hold(ls, line);
	if (lang_vote_add_settling(&ls->vote, line->t.s, line->t.len) ||
	    ls->seen >= LANGSEL_PREFIX)
		release(a, ls);
}

static int
hold_end(struct article *a, void *arg)
{
	struct langsel *ls = arg;

	if (ls->holding)
		release(a, ls);
	return ls->h->end != NULL ? ls->h->end(a, ls->arg) : 0;
}

void
langsel_handler(struct langsel *ls, const struct article_handler **h, void **arg)
{
	static const struct article_handler hold = { hold_begin, hold_line, hold_end };

	if (ls->fixed != NULL)
		return;
	ls->h = *h;
	ls->arg = *arg;
	*h = &hold;
	*arg = ls;
}

int
read_articles_lang(const char *file, struct langsel *ls,
    const struct article_handler *h, void *arg)
{
	langsel_handler(ls, &h, &arg);
	return read_articles(file, h, arg);
}
