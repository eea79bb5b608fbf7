/*
 * Private to the built-in boilerplate rules: the shape of their pattern
 * table (rules_table.c), which the rule code (rules.c) compiles and runs.
 */
#ifndef ARTKIT_RULES_H
#define ARTKIT_RULES_H

#include <stdint.h>

#include "artkit.h"

/* POSIX EREs in lower case, matched against the cleaned line with ASCII
 * letters lowered, byte by byte (the C locale).  H and T allow the
 * bullets, arrows and punctuation that sites put around such lines. */
#define H "^((\\(|\\[|►|▶|▸|•|·|\\*|>|»|›|→|-|–|—|\\+|#) ?)?"
#define T "( ?([].:!|>)]|»|›|→|↓|⬇|👇|️|…))*$"
/* A label and a colon (or a bar) at the start of the line. */
#define LABEL_HEAD H "("
#define LABEL_TAIL ") ?[:|]( |$)"
#define LABEL(x) LABEL_HEAD x LABEL_TAIL

/* The forms a read-more phrase takes: a label before what it points at
 * ("Lees ook: ..."), the whole line ("Lees meer"), and the whole line
 * that points at the next line, its title (bp_points_ahead()). */
enum { RM_LABEL = 1, RM_LINE = 2, RM_AHEAD = 4, RM_ALL = 7 };

struct rmphrase {
	const char *re;    /* an ERE fragment, no anchors */
	int forms;         /* RM_* */
};
extern const struct rmphrase bp_readmore[];

struct rerule {
	enum bp_reason reason;
	int strong;        /* applies to lines that read as prose, too */
	const char *re;    /* NULL: built from bp_readmore[] in form `form` */
	int form;
};
extern const struct rerule bp_rerules[];
extern const size_t bp_nrerules;

/* rules.c: for the tests (tests/stripfast.c), which hold the first look
 * (bp_prose_look()) and bp_inline_rules() together. */
/* Do the two ways of taking a line apart into its words agree on t (for
 * the tests)? */
int bp_line_words_agree(struct text t);
/* Does every built-in pattern that matches the cleaned line t pass its
 * filters (for the tests)? */
int bp_filters_agree(struct text t);

/* linewords.c: the length of the character at u[0..n) and whether it
 * makes a word; the next word of s[*pos..n) (0 at the end); at most
 * `most` words counted; does t end a sentence? */
size_t bp_char_at(const unsigned char *u, size_t n, int *word);
/* The chunk being read: where its word characters begin and end.
 * bp_word_step() takes the character at u[i..n) into it; its length. */
struct wordspan { size_t first, last; int found; };
size_t bp_word_step(const unsigned char *u, size_t i, size_t n, struct wordspan *span);

static inline void
bp_span_add(struct wordspan *span, size_t i, size_t k)
{
	if (!span->found)
		span->first = i;
	span->found = 1;
	span->last = i + k;
}
int    bp_next_word(const char *s, size_t n, size_t *pos, struct text *w);
size_t bp_count_words(struct text t, size_t most);
int    bp_ends_sentence(struct text t);

/* refilter.c: what a pattern needs of a line before it can match. */
enum { REFILTER_PREFIXES = 128, REFILTER_PREFIXLEN = 15 };
struct refilter {
	uint64_t first[4];     /* the bytes a match can begin with */
	int bullet;            /* the pattern opens with H */
	char needset[9];       /* a match holds one of these bytes... */
	char need[64];         /* ...and this run of bytes */
	size_t needlen;
	/* ...within the first needsetend and needend bytes of the line */
	size_t needsetend, needend;
	/* a match begins with one of these (after the bullet); 0: unknown */
	size_t nprefix;
	unsigned char prefixlen[REFILTER_PREFIXES];
	char prefix[REFILTER_PREFIXES][REFILTER_PREFIXLEN];
	unsigned char pstart[256], pcount[256];   /* by first byte */
};
/* A line as the filters look at it: where a match may begin, at the
 * start or after a bullet (nat of them), and the byte there.  lc[len]
 * is a NUL byte. */
struct refilter_line {
	unsigned char start[3];
	size_t at[3], nat;
	const char *lc;
	size_t len;
};
void refilter_make(struct refilter *f, const char *re);
void refilter_line(struct refilter_line *l, const char *lc, size_t len);
int  refilter_may_match(const struct refilter *f, const struct refilter_line *l);
/* Could a match begin with the byte c, at the start of a line or
 * (after_bullet) after the bullet of H?  refilter_may_match() tests
 * this first. */
int  refilter_may_begin(const struct refilter *f, int after_bullet, unsigned char c);
/* Does s[0..n) hold sub[0..k)? */
int  bp_contains(const char *s, size_t n, const char *sub, size_t k);

/* Word lists, each ending in NULL. */
extern const char
    *const bp_second_person[],
    *const bp_platforms[],
    *const bp_verbs_view[],
    *const bp_verbs_listen[],
    *const bp_verbs_read[],
    *const bp_verbs_follow[],
    *const bp_nouns_video[],
    *const bp_nouns_photo[],
    *const bp_nouns_audio[],
    *const bp_nouns_liveblog[],
    *const bp_nouns_text[],
    *const bp_pointer_adverbs[],
    *const bp_here_words[],
    *const bp_agencies[],
    *const bp_particles[];

/* wordset.c: a set of at most 64 word lists (NULL-terminated, compared
 * byte for byte), and which of them hold w: bit i for lists[i]. */
struct wordsets {
	const char *const *const *lists;
	size_t nlists;
	const void *keys;            /* NULL until the first look-up */
	struct strtable table;
};
uint64_t wordsets_of(struct wordsets *ws, struct text w);

#endif
