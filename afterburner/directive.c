/*
 * directive.c - the assembler directives that change what afterburn must
 * do with an instruction: sections (.section/.pushsection/.popsection/
 * .previous/.subsection/.text/.data/.bss), code modes (.code16/32/64),
 * source locations (.file/.loc), macros and repeat blocks, data directives
 * in code (decoded, see bytes.c), and the ones it cannot see through
 * (.include is an error, .insn is reported).
 *
 * Section semantics follow gas: .previous swaps the current and previous
 * section; .pushsection saves both and .popsection restores both.
 * Sections without flags are code only if gas would make them code
 * (.text, .text.*, .init, .fini, .gnu.linkonce.t.*).
 */
#include <ctype.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

/* ---- sections ---- */

static int default_exec(const char *n)
{
	return !strcmp(n, ".text") || !strncmp(n, ".text.", 6) || !strcmp(n, ".init") ||
	       !strcmp(n, ".fini") || !strncmp(n, ".gnu.linkonce.t.", 16);
}

/* Index of section name (flags: the flags string or NULL if none given). */
static size_t section_get(struct ab_pass *p, const char *name, size_t n, const char *flags)
{
	for (size_t i = 0; i < p->nsecs; i++)
		if (strlen(p->secs[i].name) == n && !strncmp(p->secs[i].name, name, n))
			return i;
	struct ab_section *s = realloc(p->secs, (p->nsecs + 1) * sizeof(*s));
	if (!s)
		ab_oom();
	p->secs = s;
	s = &p->secs[p->nsecs];
	s->name = strndup(name, n);
	if (!s->name)
		ab_oom();
	s->exec = flags ? strchr(flags, 'x') != NULL : default_exec(s->name);
	s->group = NULL;
	return p->nsecs++;
}

static int is_copied(const struct ab_pass *p, const char *name)
{
	for (int i = 0; i < p->opt->ncopied; i++)
		if (!strcmp(p->opt->copied[i], name))
			return 1;
	return !strcmp(name, ".altinstr_replacement");
}

static void section_apply(struct ab_pass *p)
{
	p->sec = &p->secs[p->cur.sec];
	p->sec_exec = p->sec->exec;
	p->sec_copied = is_copied(p, p->sec->name);
}

/* Do sections a and b get the same treatment (code, copied, COMDAT group)? */
static int sec_alike(const struct ab_pass *p, size_t a, size_t b)
{
	const struct ab_section *x = &p->secs[a], *y = &p->secs[b];

	return x->exec == y->exec && is_copied(p, x->name) == is_copied(p, y->name) &&
	       (x->group ? y->group && !strcmp(x->group, y->group) : !y->group);
}

static void range_open(struct ab_pass *p, size_t k)
{
	struct ab_buf b = { 0 };

	if (p->macro_depth) {	/* the body runs wherever it is expanded */
		ab_pass_report(p, p->stmt_line[k], AB_REP_MODE_RANGE,
			       "%u-bit code inside a .macro body (range not recorded)", p->bits);
		return;
	}

	if (p->passthrough)
		return;
	p->range_no = ++p->label_no;
	ab_buf_puts(&b, "; ");
	ab_emit_mode_start(&b, p->range_no);
	ab_pass_post(p, k, b.p);
	ab_buf_free(&b);
	p->range_open = 1;
	ab_pass_report(p, p->stmt_line[k], AB_REP_MODE_RANGE,
		       "%u-bit code in %s (not padded; recorded in %s)", p->bits, p->sec->name,
		       AB_MODES_SECTION);
}

static void range_close(struct ab_pass *p, size_t k, unsigned bits)
{
	struct ab_buf b = { 0 };

	if (p->macro_depth) {
		p->range_open = 0;
		return;
	}

	if (p->passthrough) {
		p->range_open = 0;
		return;
	}
	ab_emit_mode_end(&b, bits, p->range_no);
	if (k == SIZE_MAX) {	/* end of file */
		ab_buf_puts(&p->tail, "\t");
		ab_buf_puts(&p->tail, b.p);
		ab_buf_puts(&p->tail, "\n");
	} else {
		ab_pass_pre(p, k, b.p);
	}
	ab_buf_free(&b);
	p->range_open = 0;
}

/* Switch to (cur, prev); a .code16/32 range never spans two sections. */
static void section_switch(struct ab_pass *p, size_t k, struct ab_secpos cur, struct ab_secpos prev)
{
	ab_data_flush(p);
	if (p->range_open)
		range_close(p, k, p->bits);
	p->cur = cur;
	p->prev = prev;
	section_apply(p);
	if (p->bits != 64 && p->sec_exec && p->cur.unknown != AB_POS_UNKNOWN && !p->bits_unknown)
		range_open(p, k);
}

void ab_sections_init(struct ab_pass *p)
{
	p->cur.sec = section_get(p, ".text", 5, NULL);
	p->prev = p->cur;
	section_apply(p);
}

void ab_sections_finish(struct ab_pass *p)
{
	if (p->block_depth > 0 && p->nstmt)
		ab_pass_error(p, p->stmt_line[p->nstmt - 1],
			      "end of input inside .macro/.rept/.irp (truncated file?)");
	if (p->range_open)
		range_close(p, SIZE_MAX, p->bits);
}

void ab_sections_free(struct ab_pass *p)
{
	for (size_t i = 0; i < p->nsecs; i++) {
		free(p->secs[i].name);
		free(p->secs[i].group);
	}
	free(p->secs);
}

/* ---- argument helpers ---- */

static const char *skip_ws(const char *s, const char *e)
{
	while (s < e && isspace((unsigned char)*s))
		s++;
	return s;
}

/* Section name: quoted or up to ',' / blank.  Returns the end of it. */
static const char *sec_name(const char *s, const char *e, const char **name, size_t *n)
{
	s = skip_ws(s, e);
	if (s < e && *s == '"') {
		const char *q = ++s;
		while (q < e && *q != '"')
			q++;
		*name = s;
		*n = (size_t)(q - s);
		return q < e ? q + 1 : q;
	}
	const char *q = s;
	while (q < e && *q != ',' && !isspace((unsigned char)*q))
		q++;
	*name = s;
	*n = (size_t)(q - s);
	return q;
}

/* After the name: ", "flags"" (copied into flags) or ", subsection". */
static int sec_flags(const char *s, const char *e, char *flags, size_t fl, long *sub)
{
	s = skip_ws(s, e);
	if (s == e || *s != ',')
		return 0;
	s = skip_ws(s + 1, e);
	if (s < e && *s == '"') {
		const char *q = ++s;
		while (q < e && *q != '"')
			q++;
		snprintf(flags, fl, "%.*s", (int)(q - s), s);
		return 1;
	}
	char num[32];
	snprintf(num, sizeof(num), "%.*s", (int)(e - s), s);
	*sub = strtol(num, NULL, 0);
	return 0;
}

static void do_section(struct ab_pass *p, size_t k, const struct ab_stmt *st, int push)
{
	const char *e = st->args + st->argslen, *name;
	char flags[64] = "";
	long sub = 0;
	size_t n;
	const char *r = sec_name(st->args, e, &name, &n);

	if (!n) {
		ab_pass_error(p, p->stmt_line[k], "%s without a section name", st->name);
		return;
	}
	int has_flags = sec_flags(r, e, flags, sizeof(flags), &sub);
	struct ab_secpos np = { section_get(p, name, n, has_flags ? flags : NULL), sub, 0 };
	/* name,"...G...",@type,GROUP[,comdat]: remember the group */
	struct ab_span part[6];
	if (has_flags && strchr(flags, 'G') && !p->secs[np.sec].group &&
	    ab_opnd_split(st->args, st->argslen, part, 6) >= 4 && part[3].len && part[3].len < 256)
		p->secs[np.sec].group = strndup(st->args + part[3].off, part[3].len);
	if (push) {
		if (p->depth == AB_SECSTACK_MAX) {
			ab_pass_error(p, p->stmt_line[k], ".pushsection nested deeper than %d", AB_SECSTACK_MAX);
			return;
		}
		p->stack[p->depth][0] = p->cur;
		p->stack[p->depth][1] = p->prev;
		p->depth++;
	}
	section_switch(p, k, np, p->cur);
}

static void do_simple_section(struct ab_pass *p, size_t k, const struct ab_stmt *st)
{
	char num[32];
	snprintf(num, sizeof(num), "%.*s", (int)st->argslen, st->args);
	struct ab_secpos np = { section_get(p, st->name, strlen(st->name), NULL), strtol(num, NULL, 0), 0 };
	section_switch(p, k, np, p->cur);
}

/* ---- modes ---- */

static void do_code(struct ab_pass *p, size_t k, unsigned bits)
{
	ab_data_flush(p);
	if (bits == p->bits && !p->bits_unknown)
		return;
	if (p->range_open)
		range_close(p, k, p->bits);
	p->bits = bits;
	p->bits_unknown = 0;
	if (bits != 64 && p->sec_exec && p->cur.unknown != AB_POS_UNKNOWN)
		range_open(p, k);
}

/* ---- .file / .loc ---- */

static void do_file(struct ab_pass *p, const struct ab_stmt *st)
{
	const char *s = st->args, *e = st->args + st->argslen, *last = NULL;
	size_t lastn = 0;
	char *end;

	if (s == e || !isdigit((unsigned char)*s))
		return;		/* .file "name": no line table number */
	unsigned long n = strtoul(s, &end, 10);
	if (n > 100000)
		return;
	for (s = end; s < e; s++)
		if (*s == '"') {
			const char *q = ++s;
			while (q < e && *q != '"')
				q++;
			last = s;
			lastn = (size_t)(q - s);
			s = q;
		}
	if (!last)
		return;
	if (n >= p->nfiles) {
		char **f = realloc(p->files, (n + 1) * sizeof(*f));
		if (!f)
			ab_oom();
		memset(f + p->nfiles, 0, (n + 1 - p->nfiles) * sizeof(*f));
		p->files = f;
		p->nfiles = n + 1;
	}
	free(p->files[n]);
	p->files[n] = strndup(last, lastn);
}

/* Decimal number at *s (bounded by e), skipping blanks first. */
static unsigned long dec(const char **s, const char *e)
{
	unsigned long v = 0;

	while (*s < e && (**s == ' ' || **s == '\t'))
		(*s)++;
	for (int n = 0; *s < e && (unsigned)(**s - '0') < 10 && n < 12; n++)
		v = v * 10 + (unsigned long)(*(*s)++ - '0');
	return v;
}

/* .loc FILE LINE [COLUMN] [options]: runs for every line of C, so no stdio. */
static void do_loc(struct ab_pass *p, const struct ab_stmt *st)
{
	const char *s = st->args, *e = st->args + st->argslen;
	unsigned long f = dec(&s, e);
	unsigned long l = dec(&s, e);

	p->loc_file = f;
	p->loc_line = (long)l;
	p->loc_seen = 1;
	p->loc_mode = LOC_DOTLOC;
}

/* ---- data in code ---- */

/*
 * A .byte-encoded sensitive instruction is padded like a mnemonic when its
 * bytes are exactly whole data statements (Linux: `1: .byte 0x48,0x0f,
 * 0xc7,0x2f` for xsaves, `.byte 0x0f,0x01,0xc8` for monitor): then the
 * statements are the instruction's boundaries, whatever the decoder's
 * resynchronisation did before it.  Anywhere the mnemonic path would not
 * pad either (16/32-bit code, copied sections, macro bodies, a section
 * that depends on a conditional) or with a boundary inside a statement,
 * it is reported, not padded.  sti is never padded here: its pair rules
 * (interrupt shadow) need the mnemonic path.
 */
static int bytes_padable(const struct ab_pass *p, const struct ab_bytes_hit *h, size_t k, size_t last)
{
	size_t end = h->off + h->len;

	return !h->int3 && h->cls > 0 && h->cls < AB_CLASS_COUNT && h->cls != AB_CLASS_STI &&
	       p->bits == 64 && !p->bits_unknown && p->cur.unknown != AB_POS_UNKNOWN &&
	       p->sec_exec && !p->sec_copied && !p->block_depth && !p->macro_depth &&
	       (h->off == 0 || p->data.stmt[h->off - 1] != k) &&
	       (end == p->data.len || p->data.stmt[end] != last);
}

static void bytes_hit(void *ctx, const struct ab_bytes_hit *h)
{
	struct ab_pass *p = ctx;
	size_t k = p->data.stmt[h->off], last = p->data.stmt[h->off + h->len - 1];

	if (h->int3)
		p->res->int3++;
	if (bytes_padable(p, h, k, last)) {
		if (!p->passthrough) {
			ab_pass_site(p, ++p->label_no, k, last, &h->in);
			return;
		}
		if (ab_pass_has_site_start(p, k)) {	/* afterburn output: its site is there */
			p->res->sites++;
			p->res->per_class[h->cls]++;
			return;
		}
	}
	ab_pass_report(p, p->stmt_line[k], AB_REP_BYTES, ".byte-encoded %s '%s' (not padded)",
		       h->int3 ? "int3" : h->cls == AB_CLASS_COUNT ? "sensitive instruction" :
		       ab_class_name(h->cls), h->text);
}

void ab_data_flush(struct ab_pass *p)
{
	if (!p->data.len)
		return;
	if (ab_bytes_scan(p->data.buf, p->data.len, p->bits, bytes_hit, p) == (size_t)-1)
		/* fail closed: unverified bytes in code are not let through */
		ab_pass_error(p, p->stmt_line[p->data.stmt[0]], "data in code cannot be checked: "
			      "libZydis (libzydis-dev) not loadable");
	p->data.len = 0;
}

static void data_add(struct ab_pass *p, size_t k, unsigned long long v, unsigned size)
{
	if (p->data.len + size > p->data.cap) {
		size_t cap = p->data.cap ? p->data.cap * 2 : 256;
		uint8_t *b = realloc(p->data.buf, cap);
		if (!b)
			ab_oom();
		p->data.buf = b;
		size_t *s = realloc(p->data.stmt, cap * sizeof(*s));
		if (!s)
			ab_oom();
		p->data.stmt = s;
		p->data.cap = cap;
	}
	for (unsigned i = 0; i < size; i++) {
		p->data.buf[p->data.len] = (uint8_t)(v >> (8 * i));
		p->data.stmt[p->data.len++] = k;
	}
}

static void do_data(struct ab_pass *p, size_t k, const struct ab_stmt *st, unsigned size)
{
	const char *s = st->args, *e = st->args + st->argslen;

	if (p->pair_tail_of[k] != SIZE_MAX) {	/* "sti; .byte <mwait>": part of the sti's site */
		ab_data_flush(p);
		return;
	}

	while (s < e) {
		const char *c = s;
		int depth = 0;
		while (c < e && (depth || *c != ',')) {
			depth += *c == '(' ? 1 : *c == ')' ? -1 : 0;
			c++;
		}
		char v[128];
		long long n;
		snprintf(v, sizeof(v), "%.*s", (int)(c - s), s);
		if ((size_t)(c - s) < sizeof(v) && ab_expr_number(v, &n))
			data_add(p, k, (unsigned long long)n, size);
		else
			ab_data_flush(p);	/* a symbol: bytes unknown here */
		s = c < e ? c + 1 : c;
	}
}

/* ---- dispatch ---- */

/* ---- conditional assembly (.if ... .elseif ... .else ... .endif) ----
 *
 * afterburn cannot evaluate most conditions, so the text of every branch
 * gets its sites (each site's labels and record live in its instruction's
 * branch, see emit.c) and each branch is walked from the state at the .if.
 * At .endif the states at the ends of the branches (an absent .else is an
 * empty branch) are merged: what they agree on is known, anything else is
 * marked unknown until a directive sets it again, and a sensitive
 * instruction while the section or mode is unknown is an error (process.c).
 * A .code16/.code32 range open at a conditional directive is closed in
 * front of it and reopened after it, so that its two labels are always in
 * the same branch.
 */

static void state_save(const struct ab_pass *p, struct ab_secstate *s)
{
	s->cur = p->cur;
	s->prev = p->prev;
	memcpy(s->stack, p->stack, sizeof(s->stack));
	s->depth = p->depth;
	s->depth_unknown = p->depth_unknown;
	s->bits = p->bits;
	s->bits_unknown = p->bits_unknown;
}

static void state_load(struct ab_pass *p, const struct ab_secstate *s)
{
	p->cur = s->cur;
	p->prev = s->prev;
	memcpy(p->stack, s->stack, sizeof(p->stack));
	p->depth = s->depth;
	p->depth_unknown = s->depth_unknown;
	p->bits = s->bits;
	p->bits_unknown = s->bits_unknown;
}

/* Two branch ends in different sections that afterburn treats alike (both
 * code, neither copied, same group) still allow padding: AB_POS_ALIKE. */
static void pos_merge(const struct ab_pass *p, struct ab_secpos *m, const struct ab_secpos *s)
{
	if (s->unknown > m->unknown)
		m->unknown = s->unknown;
	if (m->sec == s->sec && m->sub == s->sub)
		return;
	if (m->unknown < AB_POS_ALIKE)
		m->unknown = AB_POS_ALIKE;
	if (!sec_alike(p, m->sec, s->sec))
		m->unknown = AB_POS_UNKNOWN;
}

/* m = what m and s agree on. */
static void state_merge(const struct ab_pass *p, struct ab_secstate *m, const struct ab_secstate *s)
{
	pos_merge(p, &m->cur, &s->cur);
	pos_merge(p, &m->prev, &s->prev);
	if (m->depth != s->depth) {
		m->depth_unknown = 1;
		if (s->depth < m->depth)
			m->depth = s->depth;
	}
	m->depth_unknown |= s->depth_unknown;
	for (int i = 0; i < m->depth; i++) {
		pos_merge(p, &m->stack[i][0], &s->stack[i][0]);
		pos_merge(p, &m->stack[i][1], &s->stack[i][1]);
	}
	if (m->bits != s->bits)
		m->bits_unknown = 1;
	m->bits_unknown |= s->bits_unknown;
}

/* Is anything of s unknown (now, or after .popsection/.previous)? */
static int state_unknown(const struct ab_secstate *s)
{
	int u = s->cur.unknown == AB_POS_UNKNOWN || s->prev.unknown == AB_POS_UNKNOWN ||
		s->depth_unknown || s->bits_unknown;

	for (int i = 0; i < s->depth && !u; i++)
		u = s->stack[i][0].unknown == AB_POS_UNKNOWN || s->stack[i][1].unknown == AB_POS_UNKNOWN;
	return u;
}

/* The current state ends a branch of the innermost .if. */
static void cond_branch_end(struct ab_pass *p)
{
	struct ab_cond *c = &p->cond[p->ncond - 1];
	struct ab_secstate now;

	state_save(p, &now);
	if (c->nbranches++ == 0)
		c->merged = now;
	else
		state_merge(p, &c->merged, &now);
}

enum cond_kind { COND_IF, COND_ELSEIF, COND_ELSE, COND_ENDIF };

static void do_cond(struct ab_pass *p, size_t k, enum cond_kind kind)
{
	size_t line = p->stmt_line[k];

	if (kind != COND_IF && (!p->ncond || p->cond[p->ncond - 1].block_depth != p->block_depth))
		return;	/* gas rejects it ("without matching .if"); nothing to follow */
	if (p->range_open)
		range_close(p, k, p->bits);
	if (kind == COND_IF) {
		if (p->ncond == p->capcond) {
			int cap = p->capcond ? 2 * p->capcond : 8;
			struct ab_cond *c = realloc(p->cond, (size_t)cap * sizeof(*c));
			if (!c)
				ab_oom();
			p->cond = c;
			p->capcond = cap;
		}
		struct ab_cond *c = &p->cond[p->ncond++];
		state_save(p, &c->at);
		c->nbranches = 0;
		c->has_else = 0;
		c->block_depth = p->block_depth;
		ab_pass_where(p, line, c->where, sizeof(c->where));
	} else {
		struct ab_cond *c = &p->cond[p->ncond - 1];
		cond_branch_end(p);
		if (kind == COND_ENDIF) {
			if (!c->has_else)	/* no .else: the empty branch */
				state_merge(p, &c->merged, &c->at);
			struct ab_secstate before;
			state_save(p, &before);
			int was = state_unknown(&before);
			state_load(p, &c->merged);
			if (!was && state_unknown(&c->merged))
				memcpy(p->unknown_where, c->where, sizeof(p->unknown_where));
			p->ncond--;
		} else {
			c->has_else |= kind == COND_ELSE;
			state_load(p, &c->at);
		}
	}
	section_apply(p);
	if (p->bits != 64 && p->sec_exec && p->cur.unknown != AB_POS_UNKNOWN && !p->bits_unknown &&
	    !p->macro_depth)
		range_open(p, k);
}

/* .if, .ifdef, .ifc, .ifeqs, .ifnb ... (every gas conditional starts ".if"). */
static int cond_kind_of(const char *n, enum cond_kind *kind)
{
	if (!strncmp(n, ".if", 3))
		*kind = COND_IF;
	else if (!strcmp(n, ".elseif"))
		*kind = COND_ELSEIF;
	else if (!strcmp(n, ".else"))
		*kind = COND_ELSE;
	else if (!strcmp(n, ".endif"))
		*kind = COND_ENDIF;
	else
		return 0;
	return 1;
}

/*
 * A .macro body is not assembled where it stands but wherever the macro
 * is expanded, so its section and mode directives must not change the
 * state seen by the code after .endm: save it at .macro, restore it at
 * .endm.  (.rept/.irp bodies are expanded in place: their directives count.)
 */
static void block_push(struct ab_pass *p, char kind)
{
	if (p->block_depth < (int)sizeof(p->block_kind))
		p->block_kind[p->block_depth] = kind;
	p->block_depth++;
	if (kind == 'm' && p->macro_depth++ == 0) {
		struct ab_macro_save *m = &p->msave;
		state_save(p, &m->st);
		m->range_open = p->range_open;
		m->range_no = p->range_no;
		/* the body runs in the expansion's section: what a .if before
		 * the definition left unknown does not apply to it */
		p->cur.unknown = p->prev.unknown = 0;
		for (int i = 0; i < p->depth; i++)
			p->stack[i][0].unknown = p->stack[i][1].unknown = 0;
		p->depth_unknown = p->bits_unknown = 0;
	}
}

static void block_pop(struct ab_pass *p)
{
	if (p->block_depth <= 0)
		return;
	p->block_depth--;
	char kind = p->block_depth < (int)sizeof(p->block_kind) ? p->block_kind[p->block_depth] : 'r';
	/* a .if left open inside the body ends with it (gas: "end of macro
	 * inside conditional") */
	while (p->ncond && p->cond[p->ncond - 1].block_depth > p->block_depth)
		p->ncond--;
	if (kind == 'm' && --p->macro_depth == 0) {
		const struct ab_macro_save *m = &p->msave;
		ab_data_flush(p);
		state_load(p, &m->st);
		p->range_open = m->range_open;
		p->range_no = m->range_no;
		section_apply(p);
	}
}

/* The formal parameters after a .macro name ("a, b:req, c=1 d"), for
 * .altmacro bodies where gas substitutes them without a backslash.  A new
 * outermost .macro starts the list; nested ones add to it. */
static void formals_add(struct ab_pass *p, const char *s, const char *e)
{
	size_t have = 0;

	if (p->macro_depth == 0 || !p->formals) {
		free(p->formals);
		p->formals = NULL;
	} else {
		while (p->formals[have])
			have += strlen(p->formals + have) + 1;
	}
	char *f = realloc(p->formals, have + (size_t)(e - s) + 2);
	if (!f)
		ab_oom();
	p->formals = f;
	while (s < e) {
		while (s < e && (isspace((unsigned char)*s) || *s == ','))
			s++;
		const char *w = s;
		while (s < e && (isalnum((unsigned char)*s) || *s == '_' || *s == '.' || *s == '$'))
			s++;
		if (s > w && (isalpha((unsigned char)*w) || *w == '_')) {
			memcpy(f + have, w, (size_t)(s - w));
			have += (size_t)(s - w);
			f[have++] = 0;
		}
		while (s < e && !isspace((unsigned char)*s) && *s != ',')	/* :req, =default */
			s++;
	}
	f[have] = 0;
}

/* .irp NAME, V1, V2 ... / .irpc NAME, CHARS: remember the values so that an
 * instruction using \NAME as a register can be checked for each of them. */
static void irp_push(struct ab_pass *p, const struct ab_stmt *st)
{
	const char *s = st->args, *e = st->args + st->argslen, *q = s;
	int chars = !strcmp(st->name, ".irpc");

	if (p->nirp == (int)(sizeof(p->irp) / sizeof(p->irp[0])))
		return;
	while (q < e && *q != ',' && !isspace((unsigned char)*q))
		q++;
	if (q == s || (size_t)(q - s) >= AB_NAME_MAX)
		return;
	struct ab_irp *r = &p->irp[p->nirp];
	snprintf(r->name, sizeof(r->name), "%.*s", (int)(q - s), s);
	while (q < e && (isspace((unsigned char)*q) || *q == ','))
		q++;
	r->vals = malloc((size_t)(e - q) * 2 + 2);
	if (!r->vals)
		ab_oom();
	r->nvals = 0;
	char *o = r->vals;
	if (chars) {
		for (; q < e; q++) {
			*o++ = *q;
			*o++ = 0;
			r->nvals++;
		}
	} else {
		while (q < e) {
			const char *v = q;
			while (q < e && *q != ',' && !isspace((unsigned char)*q))
				q++;
			memcpy(o, v, (size_t)(q - v));
			o += q - v;
			*o++ = 0;
			r->nvals++;
			while (q < e && (isspace((unsigned char)*q) || *q == ','))
				q++;
		}
	}
	r->depth = p->block_depth;
	p->nirp++;
}

enum dir_id {
	D_OTHER = 0, D_BYTE, D_WORD, D_LONG, D_QUAD, D_LOC, D_FILE, D_SECTION, D_PUSHSECTION,
	D_POPSECTION, D_PREVIOUS, D_SUBSECTION, D_SIMPLESEC, D_CODE16, D_CODE32, D_CODE64,
	D_MACRO, D_BLOCK, D_ENDBLOCK, D_INCLUDE, D_INSN, D_INCBIN, D_INTEL, D_ATT,
};

static const struct { const char *name; unsigned char id; } dirs[] = {
	{ ".byte", D_BYTE }, { ".word", D_WORD }, { ".short", D_WORD }, { ".value", D_WORD },
	{ ".2byte", D_WORD }, { ".long", D_LONG }, { ".int", D_LONG }, { ".4byte", D_LONG },
	{ ".quad", D_QUAD }, { ".8byte", D_QUAD }, { ".loc", D_LOC }, { ".file", D_FILE },
	{ ".section", D_SECTION }, { ".pushsection", D_PUSHSECTION },
	{ ".popsection", D_POPSECTION }, { ".previous", D_PREVIOUS },
	{ ".subsection", D_SUBSECTION }, { ".text", D_SIMPLESEC }, { ".data", D_SIMPLESEC },
	{ ".bss", D_SIMPLESEC }, { ".code16", D_CODE16 }, { ".code16gcc", D_CODE16 },
	{ ".code32", D_CODE32 }, { ".code64", D_CODE64 }, { ".macro", D_MACRO },
	{ ".rept", D_BLOCK }, { ".irp", D_BLOCK }, { ".irpc", D_BLOCK },
	{ ".endm", D_ENDBLOCK }, { ".endr", D_ENDBLOCK }, { ".include", D_INCLUDE },
	{ ".insn", D_INSN }, { ".incbin", D_INCBIN },
	{ ".intel_syntax", D_INTEL }, { ".att_syntax", D_ATT },
};

/* Directive id by name; a small hash because every line of debug info
 * (.uleb128, .string, .long ...) passes through here. */
static enum dir_id dir_lookup(const char *n)
{
	enum { SZ = 128 };
	static signed char head[SZ], next[sizeof(dirs) / sizeof(dirs[0])];
	static int built;
	unsigned h;

	if (!built) {
		memset(head, -1, sizeof(head));
		for (size_t i = 0; i < sizeof(dirs) / sizeof(dirs[0]); i++) {
			const char *c = dirs[i].name;
			for (h = 5381; *c; c++)
				h = h * 33 + (unsigned char)*c;
			next[i] = head[h % SZ];
			head[h % SZ] = (signed char)i;
		}
		built = 1;
	}
	const char *c = n;
	for (h = 5381; *c; c++)
		h = h * 33 + (unsigned char)*c;
	for (int i = head[h % SZ]; i >= 0; i = next[i])
		if (!strcmp(n, dirs[i].name))
			return (enum dir_id)dirs[i].id;
	return D_OTHER;
}

void ab_directive(struct ab_pass *p, size_t k, const struct ab_stmt *st)
{
	size_t line = p->stmt_line[k];
	enum dir_id id = dir_lookup(st->name);
	static const unsigned char dsize[] = { [D_BYTE] = 1, [D_WORD] = 2, [D_LONG] = 4, [D_QUAD] = 8 };

	switch (id) {
	case D_BYTE: case D_WORD: case D_LONG: case D_QUAD:
		if (p->sec_exec)
			do_data(p, k, st, dsize[id]);
		return;
	case D_LOC:
		ab_data_flush(p);
		do_loc(p, st);
		return;
	case D_FILE:
		do_file(p, st);
		return;
	default:
		break;
	}
	ab_data_flush(p);
	enum cond_kind ck;
	if (id == D_OTHER && (st->name[1] == 'i' || st->name[1] == 'e') &&
	    cond_kind_of(st->name, &ck)) {
		do_cond(p, k, ck);
		return;
	}
	switch (id) {
	case D_SECTION:
		do_section(p, k, st, 0);
		break;
	case D_PUSHSECTION:
		do_section(p, k, st, 1);
		break;
	case D_POPSECTION:
		if (p->depth_unknown) {	/* the .if branches pushed differently */
			struct ab_secpos c = p->cur, v = p->prev;
			if (p->depth) {
				p->depth--;
				c = p->stack[p->depth][0];
				v = p->stack[p->depth][1];
			}
			c.unknown = v.unknown = AB_POS_UNKNOWN;
			section_switch(p, k, c, v);
			return;
		}
		if (!p->depth) {	/* gas ignores it (with a warning): so do we */
			ab_pass_warning(p, line, ".popsection without .pushsection; ignored");
			return;
		}
		p->depth--;
		section_switch(p, k, p->stack[p->depth][0], p->stack[p->depth][1]);
		break;
	case D_PREVIOUS:
		section_switch(p, k, p->prev, p->cur);
		break;
	case D_SUBSECTION: {
		char num[32];
		snprintf(num, sizeof(num), "%.*s", (int)st->argslen, st->args);
		struct ab_secpos np = { p->cur.sec, strtol(num, NULL, 0), p->cur.unknown };
		section_switch(p, k, np, p->cur);
		break;
	}
	case D_SIMPLESEC:
		do_simple_section(p, k, st);
		break;
	case D_CODE16:
		do_code(p, k, 16);
		break;
	case D_CODE32:
		do_code(p, k, 32);
		break;
	case D_CODE64:
		do_code(p, k, 64);
		break;
	case D_MACRO: {
		const char *s = st->args, *e = st->args + st->argslen, *q = s;
		while (q < e && *q != ',' && !isspace((unsigned char)*q))
			q++;
		char **m = realloc(p->macros, (p->nmacros + 1) * sizeof(*m));
		if (!m)
			ab_oom();
		p->macros = m;
		m[p->nmacros] = strndup(s, (size_t)(q - s));
		for (char *c = m[p->nmacros]; c && *c; c++)
			*c = (char)tolower((unsigned char)*c);
		p->nmacros++;
		formals_add(p, q, e);
		block_push(p, 'm');
		break;
	}
	case D_BLOCK:
		block_push(p, 'r');
		if (st->name[1] == 'i')
			irp_push(p, st);
		break;
	case D_ENDBLOCK:
		if (p->nirp && p->irp[p->nirp - 1].depth == p->block_depth) {
			p->nirp--;
			free(p->irp[p->nirp].vals);
		}
		block_pop(p);
		break;
	case D_INCLUDE:
		ab_pass_error(p, line, ".include hides its code from afterburn: run it through cpp "
			      "(#include) or inline it");
		break;
	case D_INSN:
		if (p->sec_exec)
			ab_pass_report(p, line, AB_REP_INSN_DIRECTIVE, ".insn '%.*s' not checked",
				       (int)st->argslen, st->args);
		break;
	case D_INTEL:
	case D_ATT: {
		/* [no]prefix: registers with or without '%' (no argument: with) */
		char a[16];
		snprintf(a, sizeof(a), "%.*s", (int)(st->argslen < 15 ? st->argslen : 15), st->args);
		p->intel = id == D_INTEL;
		p->noprefix = !strcmp(a, "noprefix");
		if (st->argslen && strcmp(a, "noprefix") && strcmp(a, "prefix"))
			ab_pass_error(p, line, "%s: unknown argument '%.*s' (prefix or noprefix)", st->name,
				      (int)st->argslen, st->args);
		break;
	}
	case D_INCBIN:
		if (p->sec_exec)
			ab_pass_report(p, line, AB_REP_BYTES, ".incbin in code not checked");
		break;
	default:
		break;
	}
}
