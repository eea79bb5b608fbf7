/*
 * The expression language of artpick -t: comparisons of fields of the
 * field set with strings and numbers, joined by && || ! and parentheses.
 *
 *   expr    := and { "||" and }
 *   and     := unary { "&&" unary }
 *   unary   := "!" unary | "(" expr ")" | operand op operand
 *   operand := field | "string" | number
 *   op      := == != < <= > >= ~ !~
 *
 * An expression is evaluated in three values, so that an article can be
 * decided at its header when the fields known there already settle it.
 * Chains of && and || are lists, not nested nodes, so neither parsing nor
 * evaluation recurses deeper than the parentheses and ! do.
 */
#include <regex.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "artkit.h"

enum { EXPR_DEPTH_MAX = 256 };
_Static_assert(NFIELDS <= 32, "a bit for each field in an unsigned long");
enum nodekind { N_OR, N_AND, N_NOT, N_CMP };
enum op { OP_EQ, OP_NE, OP_LT, OP_LE, OP_GT, OP_GE, OP_MATCH, OP_NOMATCH };

struct operand {
	int field;           /* enum field, or -1 for a literal */
	struct text lit;     /* a literal's text, NUL-terminated */
	int isnum;
	long long num;
};

struct node {
	int kind, op;
	size_t first, next;  /* children of N_OR, N_AND, N_NOT; NONE ends */
	struct operand a, b;
	struct ere *re;      /* ~ and !~ */
};
#define NONE ((size_t)-1)

struct expr {
	struct node *node;
	size_t n, cap, root;
	unsigned counts;     /* count bits the fields need */
	unsigned long fields; /* a bit for each field named */
	int reflags;
};

struct parser {
	struct expr *e;
	const char *src, *p;
	struct exprerr *err;
	int depth;
};

static int
fail(struct parser *ps, const char *at, const char *fmt, ...)
{
	va_list ap;

	ps->err->column = (size_t)(at - ps->src) + 1;
	va_start(ap, fmt);
	vsnprintf(ps->err->msg, sizeof ps->err->msg, fmt, ap);
	va_end(ap);
	return -1;
}

static void
skip_space(struct parser *ps)
{
	while (*ps->p == ' ' || *ps->p == '\t' || *ps->p == '\n')
		ps->p++;
}

static size_t
new_node(struct expr *e, int kind)
{
	struct node *nd;

	if (e->n == e->cap) {
		e->cap = e->cap ? e->cap * 2 : 16;
		e->node = ereallocarray(e->node, e->cap, sizeof *e->node);
	}
	nd = &e->node[e->n];
	memset(nd, 0, sizeof *nd);
	nd->kind = kind;
	nd->first = nd->next = NONE;
	nd->a.field = nd->b.field = -1;
	return e->n++;
}

static int
is_word(char c)
{
	return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
	    (c >= '0' && c <= '9');
}

/* A decimal integer, all of s; sets *v. */
static int
integer(const char *s, size_t n, long long *v)
{
	size_t i = 0;
	unsigned long long u = 0;
	int neg = 0;

	if (n > 0 && s[0] == '-') {
		neg = 1;
		i = 1;
	}
	if (i == n || n - i > 18)
		return 0;
	for (; i < n; i++) {
		if (s[i] < '0' || s[i] > '9')
			return 0;
		u = u * 10 + (unsigned)(s[i] - '0');
	}
	*v = neg ? -(long long)u : (long long)u;
	return 1;
}

static int
operand(struct parser *ps, struct operand *o)
{
	const char *start;
	char *buf;
	size_t n = 0;

	skip_space(ps);
	start = ps->p;
	o->field = -1;
	if (*ps->p == '"') {
		/* \" and \\ are escapes; any other backslash stays, for EREs */
		buf = emalloc(strlen(ps->p) + 1);
		for (ps->p++; *ps->p != '"'; ps->p++) {
			if (*ps->p == '\0') {
				free(buf);
				return fail(ps, start, "unterminated string");
			}
			if (*ps->p == '\\' && (ps->p[1] == '"' || ps->p[1] == '\\'))
				ps->p++;
			buf[n++] = *ps->p;
		}
		ps->p++;
		buf[n] = '\0';
		o->lit.s = buf;
		o->lit.len = n;
		o->isnum = 0;
		return 0;
	}
	if (*ps->p == '-' || (*ps->p >= '0' && *ps->p <= '9')) {
		ps->p += *ps->p == '-';
		while (*ps->p >= '0' && *ps->p <= '9')
			ps->p++;
		n = (size_t)(ps->p - start);
		if (is_word(*ps->p) || !integer(start, n, &o->num))
			return fail(ps, start, "bad number '%.*s'",
			    (int)(n + (is_word(*ps->p) ? 1 : 0)), start);
		o->lit.s = estrndup(start, n);
		o->lit.len = n;
		o->isnum = 1;
		return 0;
	}
	while (is_word(*ps->p))
		ps->p++;
	n = (size_t)(ps->p - start);
	if (n == 0) {
		if (*start == '\0')
			return fail(ps, start, "unexpected end: a field, string or number expected");
		return fail(ps, start, "'%c': a field, string or number expected", *start);
	}
	if ((o->field = field_find(start, n)) < 0)
		return fail(ps, start, "unknown field '%.*s'", (int)n, start);
	ps->e->counts |= field_countbit(o->field);
	ps->e->fields |= 1ul << o->field;
	return 0;
}

static int
comparison_op(struct parser *ps, int *op)
{
	static const struct { const char *s; int op; } ops[] = {
		{ "==", OP_EQ }, { "!=", OP_NE }, { "<=", OP_LE }, { ">=", OP_GE },
		{ "!~", OP_NOMATCH }, { "<", OP_LT }, { ">", OP_GT }, { "~", OP_MATCH },
	};
	size_t i, len;

	skip_space(ps);
	for (i = 0; i < sizeof ops / sizeof ops[0]; i++) {
		len = strlen(ops[i].s);
		if (strncmp(ps->p, ops[i].s, len) == 0) {
			ps->p += len;
			*op = ops[i].op;
			return 0;
		}
	}
	if (*ps->p == '\0')
		return fail(ps, ps->p, "unexpected end: a comparison operator expected");
	return fail(ps, ps->p, "'%c': a comparison operator expected", *ps->p);
}

static int parse_or(struct parser *ps, size_t *out);

static int
parse_comparison(struct parser *ps, size_t *out)
{
	struct expr *e = ps->e;
	size_t k = new_node(e, N_CMP);
	const char *at;
	char msg[96];
	int op = OP_EQ;

	*out = k;
	if (operand(ps, &e->node[k].a) < 0 || comparison_op(ps, &op) < 0)
		return -1;
	e->node[k].op = op;
	skip_space(ps);
	at = ps->p;
	if (operand(ps, &e->node[k].b) < 0)
		return -1;
	if (op != OP_MATCH && op != OP_NOMATCH)
		return 0;
	if (e->node[k].b.field >= 0 || e->node[k].b.isnum)
		return fail(ps, at, "a pattern after ~ is a string");
	if ((e->node[k].re = ere_new(e->node[k].b.lit.s, e->node[k].b.lit.len,
	    e->reflags, msg, sizeof msg)) == NULL)
		return fail(ps, at, "bad pattern: %s", msg);
	return 0;
}

static int
parse_unary(struct parser *ps, size_t *out)
{
	size_t k, child = NONE;
	int r;

	skip_space(ps);
	if (++ps->depth > EXPR_DEPTH_MAX)
		return fail(ps, ps->p, "nested too deeply");
	if (ps->p[0] == '!' && ps->p[1] != '=' && ps->p[1] != '~') {
		ps->p++;
		k = new_node(ps->e, N_NOT);
		*out = k;
		/* not straight into the node: the array may move meanwhile */
		r = parse_unary(ps, &child);
		ps->e->node[k].first = child;
	} else if (*ps->p == '(') {
		ps->p++;
		r = parse_or(ps, out);
		skip_space(ps);
		if (r == 0 && *ps->p != ')')
			r = fail(ps, ps->p, "')' expected");
		if (r == 0)
			ps->p++;
	} else
		r = parse_comparison(ps, out);
	ps->depth--;
	return r;
}

/* A list of one or more operands joined by sep ("&&" or "||"). */
static int
parse_list(struct parser *ps, size_t *out, int kind, const char *sep,
    int (*sub)(struct parser *, size_t *))
{
	size_t first, last, k, child;

	if (sub(ps, &first) < 0)
		return -1;
	skip_space(ps);
	if (strncmp(ps->p, sep, 2) != 0) {
		*out = first;
		return 0;
	}
	k = new_node(ps->e, kind);
	ps->e->node[k].first = last = first;
	*out = k;
	while (skip_space(ps), strncmp(ps->p, sep, 2) == 0) {
		ps->p += 2;
		if (sub(ps, &child) < 0)
			return -1;
		ps->e->node[last].next = child;
		last = child;
	}
	return 0;
}

static int
parse_and(struct parser *ps, size_t *out)
{
	return parse_list(ps, out, N_AND, "&&", parse_unary);
}

static int
parse_or(struct parser *ps, size_t *out)
{
	return parse_list(ps, out, N_OR, "||", parse_and);
}

struct expr *
expr_parse(const char *src, int icase, struct exprerr *err)
{
	struct parser ps;
	struct expr *e = emalloc(sizeof *e);

	memset(e, 0, sizeof *e);
	e->reflags = icase ? REG_ICASE : 0;
	ps.e = e;
	ps.src = ps.p = src;
	ps.err = err;
	ps.depth = 0;
	if (parse_or(&ps, &e->root) == 0) {
		skip_space(&ps);
		if (*ps.p == '\0')
			return e;
		if (ps.p[0] == ')')
			fail(&ps, ps.p, "unmatched ')'");
		else
			fail(&ps, ps.p, "'%c': '&&', '||' or the end expected", *ps.p);
	}
	expr_free(e);
	return NULL;
}

void
expr_free(struct expr *e)
{
	size_t i;

	if (e == NULL)
		return;
	for (i = 0; i < e->n; i++) {
		free((char *)e->node[i].a.lit.s);
		free((char *)e->node[i].b.lit.s);
		ere_free(e->node[i].re);
	}
	free(e->node);
	free(e);
}

unsigned
expr_counts(const struct expr *e)
{
	return e->counts;
}

unsigned long
expr_fields(const struct expr *e)
{
	return e->fields;
}

struct value {
	struct text t;
	int isnum, present;
	int textless;        /* a count or epoch: its text only when needed */
	long long num;
	char digits[24];
};

static struct value
value_of(struct fieldvals *fv, const struct operand *o, struct text item)
{
	struct value v;

	if (o->field < 0) {
		v.t = o->lit;
		v.isnum = o->isnum;
		v.num = o->num;
		v.present = 1;
		v.textless = 0;
		return v;
	}
	v.t = item;
	v.present = 1;
	v.textless = 0;
	if (field_def[o->field].type == FIELD_NUMBER) {
		v.present = v.isnum = v.textless = fv_number(fv, o->field, &v.num);
		if (!v.present)
			v.t.s = "", v.t.len = 0;
		return v;
	}
	if (field_def[o->field].type != FIELD_LIST && !(v.present = fv_text(fv, o->field, &v.t)))
		v.t.s = "", v.t.len = 0;
	v.isnum = v.present && integer(v.t.s, v.t.len, &v.num);
	return v;
}

static void
spell(struct value *v)
{
	if (!v->textless)
		return;
	v->t.s = v->digits;
	v->t.len = (size_t)snprintf(v->digits, sizeof v->digits, "%lld", v->num);
	v->textless = 0;
}

static int
compare(struct value *a, struct value *b)
{
	size_t n;
	int c;

	if (a->isnum && b->isnum)
		return (a->num > b->num) - (a->num < b->num);
	spell(a);
	spell(b);
	n = a->t.len < b->t.len ? a->t.len : b->t.len;
	c = n ? memcmp(a->t.s, b->t.s, n) : 0;
	if (c != 0)
		return c < 0 ? -1 : 1;
	return (a->t.len > b->t.len) - (a->t.len < b->t.len);
}

/* One comparison for one value of each side; the sides' texts are
 * copied since fv_text() has one buffer. */
static int
holds(struct fieldvals *fv, const struct node *nd, struct text item,
    struct exprscratch *sc)
{
	struct value a = value_of(fv, &nd->a, item), b;
	int c;

	if (nd->op == OP_MATCH || nd->op == OP_NOMATCH) {
		spell(&a);
		return ere_search(nd->re, a.t, &sc->buf, &sc->cap) == (nd->op == OP_MATCH);
	}
	if (nd->a.field >= 0 && nd->b.field >= 0) {
		if (sc->cap2 < a.t.len + 1) {
			sc->cap2 = a.t.len + 1;
			sc->buf2 = erealloc(sc->buf2, sc->cap2);
		}
		memcpy(sc->buf2, a.t.s, a.t.len);
		a.t.s = sc->buf2;
	}
	b = value_of(fv, &nd->b, item);
	c = compare(&a, &b);
	switch (nd->op) {
	case OP_EQ: return c == 0;
	case OP_NE: return c != 0;
	case OP_LT: return c < 0;
	case OP_LE: return c <= 0;
	case OP_GT: return c > 0;
	default:    return c >= 0;
	}
}

static int
list_side(const struct operand *o)
{
	return o->field >= 0 && field_def[o->field].type == FIELD_LIST;
}

/* A test of a list holds when it holds for some item; != and !~ when no
 * item is equal or matches, so that each is the negation of its pair. */
static int
eval_cmp(struct fieldvals *fv, const struct node *nd, struct exprscratch *sc)
{
	struct node pos = *nd;
	struct text none = { "", 0 };
	size_t i, n;
	int negate = 0, any = 0;

	if (!list_side(&nd->a) && !list_side(&nd->b))
		return holds(fv, nd, none, sc);
	if (nd->op == OP_NE || nd->op == OP_NOMATCH) {
		pos.op = nd->op == OP_NE ? OP_EQ : OP_MATCH;
		negate = 1;
	}
	n = fv_ntags(fv);
	for (i = 0; i < n && !any; i++)
		any = holds(fv, &pos, fv_tag(fv, i), sc);
	return any != negate;
}

static int
eval(const struct expr *e, size_t k, struct fieldvals *fv, int at_end,
    struct exprscratch *sc)
{
	const struct node *nd = &e->node[k];
	size_t c;
	int v, r, unknown = 0;

	switch (nd->kind) {
	case N_NOT:
		v = eval(e, nd->first, fv, at_end, sc);
		return v == EXPR_UNKNOWN ? v : !v;
	case N_AND:
	case N_OR:
		/* && is false at its first false, || true at its first true */
		r = nd->kind == N_OR;
		for (c = nd->first; c != NONE; c = e->node[c].next) {
			v = eval(e, c, fv, at_end, sc);
			if (v == r)
				return r;
			unknown |= v == EXPR_UNKNOWN;
		}
		return unknown ? EXPR_UNKNOWN : !r;
	}
	if (!at_end && ((nd->a.field >= 0 && field_def[nd->a.field].when != FIELD_AT_HEADER) ||
	    (nd->b.field >= 0 && field_def[nd->b.field].when != FIELD_AT_HEADER)))
		return EXPR_UNKNOWN;
	return eval_cmp(fv, nd, sc);
}

int
expr_eval(const struct expr *e, struct fieldvals *fv, int at_end,
    struct exprscratch *sc)
{
	return eval(e, e->root, fv, at_end, sc);
}
