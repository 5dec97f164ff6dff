/*
 * mparam.c - sensitive instructions whose mnemonic comes from a macro or
 * .irp argument: "1: \op" expanded as "op_safe_regs rdmsr", "rd\op",
 * "\op\()l %eax".
 *
 * The mnemonic is only known when gas expands the body, so gas judges it
 * there, with text emitted after the instruction (all on its line):
 *
 *  - .irpc walks the mnemonic word as gas expands it ("PRE\op\()SUF ", the
 *    blank ends the last word) and folds each character to a number
 *    (a-z in either case 1..26, 0-9 27..36, '_' 37, '.' 38; '%' '$' ':'
 *    marked; anything else separates words).  A word is hashed as
 *    h = h * 40 + c over its first 10 characters: exact for every word of
 *    up to 10 characters (every sensitive spelling has at most 9).  This is
 *    gas' case folding of mnemonics, which .ifc alone cannot do.
 *  - One word (the usual "\op" = "rdmsr"): its hash is compared with every
 *    spelling the classifier knows whose "SPELLING operands" (with this
 *    statement's operands and prefixes) is a site: that spelling's record
 *    is emitted; a spelling that is sensitive but cannot be recorded, or a
 *    prefix word (its instruction would lose it), selects .error; any other
 *    word (an innocuous mnemonic, a macro name) leaves the statement alone.
 *  - More than one word (a whole statement as the argument, as Linux's
 *    ALTERNATIVE passes "jmp .Lfoo" or "cmp $0x20, %rdx; jb 1f"): no site
 *    can be placed around a statement list, so gas judges it coarsely and
 *    fails closed: .error if any word is a spelling that is sensitive
 *    whatever its operands, if a %-register is a control/debug register or
 *    a segment register not followed by ':', or if '$' follows a jmp/call
 *    word (a far jump); else innocuous.  If the body gives the statement
 *    operands of its own, a multi-word argument is always an error.
 *
 * The character's text is always the last operand of .ifc ("a,\c"; ':' as
 * "x:,x\c", since ".ifc :," does not parse): a ';' in the argument then only
 * ends that .ifc (compared with "", false).  A '#' or '"' in the argument
 * breaks the line, and gas fails (loudly).
 * Statically (here): the formal names in scope must not collide with the
 * .irpc parameter (or, under .altmacro, with the one-letter words of the
 * .ifc lines).  A spelling that would be a site but is also the name of a
 * macro of the file selects .error (gas would expand the macro, not the
 * instruction, and a site around the macro's code would be wrong).
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

#define HASH_CHARS	10	/* characters hashed; longer words are never sensitive */
#define IRPC_PARAM	"afterburn_c"

/* The character's number (0: not a word character). */
static unsigned char_val(char c)
{
	c = (char)tolower((unsigned char)c);
	if (c >= 'a' && c <= 'z')
		return (unsigned)(c - 'a' + 1);
	if (c >= '0' && c <= '9')
		return (unsigned)(c - '0' + 27);
	return c == '_' ? 37 : c == '.' ? 38 : 0;
}

/* The hash gas computes for a word; 0 if it has a non-word character. */
static unsigned long long word_hash(const char *w)
{
	unsigned long long h = 0;

	for (size_t i = 0; w[i]; i++) {
		unsigned v = char_val(w[i]);
		if (!v)
			return 0;
		if (i < HASH_CHARS)
			h = h * 40 + v;
	}
	return h;
}

/* One spelling's outcome with this statement's operands. */
struct cand {
	char name[16];
	unsigned long long hash;
	int rc;			/* 0 innocuous, > 0 site (variant index + 1 in var), -1 error */
	int var;
	char why[160];
};

static int same_record(const struct ab_insn *a, const struct ab_insn *b)
{
	return a->cls == b->cls && a->flags == b->flags && a->opsize == b->opsize && a->form == b->form &&
	       a->reg == b->reg && a->base == b->base && a->index == b->index && a->scale == b->scale &&
	       a->seg == b->seg && !strcmp(a->imm, b->imm) && !strcmp(a->disp, b->disp) &&
	       a->disp_reloc == b->disp_reloc;
}

/* The mnemonic token as written (the parsed name is lower case): PRE, the
 * parameter reference "\name", SUF; -1 if it is not one reference between
 * word characters. */
static int split_token(const struct ab_stmt *st, char *tok, size_t tcap, size_t *pre, size_t *ref,
		       size_t *reflen)
{
	size_t nl = strlen(st->name), i = 0;
	const char *b = st->body, *e = st->body + st->bodylen;

	/* the word of the body that is the mnemonic (after any prefix words) */
	while (b < e) {
		while (b < e && isspace((unsigned char)*b))
			b++;
		const char *w = b;
		while (b < e && !isspace((unsigned char)*b))
			b++;
		if ((size_t)(b - w) == nl && !strncasecmp(w, st->name, nl))
			break;
		if (b >= e)
			return -1;
	}
	if (nl + 1 > tcap)
		return -1;
	memcpy(tok, b - nl, nl);
	tok[nl] = 0;
	while (tok[i] && tok[i] != '\\') {
		if (!char_val(tok[i]))
			return -1;
		i++;
	}
	*pre = i;
	*ref = i;
	if (!tok[i] || !(isalpha((unsigned char)tok[i + 1]) || tok[i + 1] == '_'))
		return -1;
	i++;
	while (isalnum((unsigned char)tok[i]) || tok[i] == '_' || tok[i] == '$' || tok[i] == '.')
		i++;
	*reflen = i - *ref;
	if (!strncmp(tok + i, "\\()", 3))
		i += 3;
	for (; tok[i]; i++)
		if (!char_val(tok[i]))
			return -1;	/* a second reference, or something gas would not take */
	return 0;
}

/* Outcome of "SPELLING operands" for this statement. */
static void judge(const struct ab_stmt *st, struct cand *c, const char *group, unsigned label_no,
		  const struct ab_mparam_ctx *ctx, struct ab_insn *in)
{
	char text[1024], err[400];
	struct ab_stmt s2;
	int rc;

	c->rc = 0;
	snprintf(text, sizeof(text), "%s %.*s", c->name, (int)(st->args ? st->argslen : 0),
		 st->args ? st->args : "");
	ab_stmt_parse(text, strlen(text), &s2);
	s2.prefixes |= st->prefixes;
	s2.nprefix = st->nprefix;
	s2.seg_prefix = st->seg_prefix;
	if (st->args && memchr(st->args, '\\', st->argslen)) {
		struct ab_buf tmp = { 0 };
		unsigned pc;
		rc = ab_param_site(&s2, group, label_no, &tmp, &pc, NULL, err, sizeof(err));
		ab_buf_free(&tmp);
		if (rc == 1)
			return;
		if (rc != 0) {
			c->rc = -1;
			snprintf(c->why, sizeof(c->why), "with a register from an argument too");
			return;
		}
	}
	rc = ab_classify(&s2, in, err, sizeof(err));
	if (rc < 0 && in->invalid)
		return;		/* gas refuses these operands itself */
	if (rc < 0) {
		c->rc = -1;
		snprintf(c->why, sizeof(c->why), "%.150s", err);
		return;
	}
	if (in->macro_reg) {
		c->rc = -1;
		snprintf(c->why, sizeof(c->why), "register still unknown");
		return;
	}
	if (rc == 0)
		return;		/* innocuous, int3 (never padded), near jmp, ret */
	if (in->guard_len) {
		c->rc = -1;
		snprintf(c->why, sizeof(c->why), "int $SYMBOL needs its own length check");
		return;
	}
	if (in->cls == AB_CLASS_STI && ctx->next_tail) {
		c->rc = -1;
		snprintf(c->why, sizeof(c->why), "sti before hlt/sysret/iret must be one site with it");
		return;
	}
	c->rc = rc;
}

static int is_tail(const char *name)
{
	struct ab_insn in;
	char err[200];

	ab_classify_text(name, &in, err, sizeof(err));
	return in.tail_cls && in.tail_cls != AB_CLASS_RET;	/* hlt, sysret, iret, mwait */
}

/* Does the lower-case word start with pre and end with suf? */
static int fits(const char *w, const char *pre, const char *suf)
{
	size_t wl = strlen(w), pl = strlen(pre), sl = strlen(suf);

	return wl >= pl + sl && !strncasecmp(w, pre, pl) && !strcasecmp(w + wl - sl, suf);
}

/* "(.Lafterburn_mh == H1) || ..." for the words of a list */
static void put_any(struct ab_buf *b, const char *var, const char *const *w, size_t n)
{
	ab_buf_puts(b, "(");
	for (size_t i = 0; i < n; i++)
		ab_buf_printf(b, "%s(%s == %llu)", i ? " || " : "", var, word_hash(w[i]));
	ab_buf_puts(b, ")");
}

int ab_mparam_site(const struct ab_stmt *st, const char *group, unsigned label_no, struct ab_buf *post,
		   unsigned *cls, const struct ab_mparam_ctx *ctx, char *err, size_t errlen)
{
	char tok[AB_NAME_MAX + 8], pre[AB_NAME_MAX], suf[AB_NAME_MAX];
	size_t npre, ref, reflen;
	struct cand *cd = NULL;
	struct ab_insn *var = NULL;
	const char **always = NULL;
	size_t ncd = 0, nvar = 0, nalways = 0, cap = 0;
	int rc = -1;

	if (split_token(st, tok, sizeof(tok), &npre, &ref, &reflen) < 0) {
		snprintf(err, errlen, "'%.*s': the mnemonic must be one argument between letters or digits "
			 "(\\op, rd\\op, \\op\\()l) for afterburn to judge it", (int)st->bodylen, st->body);
		return -1;
	}
	snprintf(pre, sizeof(pre), "%.*s", (int)npre, tok);
	snprintf(suf, sizeof(suf), "%s", tok + ref + reflen + (strncmp(tok + ref + reflen, "\\()", 3) ? 0 : 3));
	for (size_t i = 0; i < ctx->nparams; i++) {
		const char *f = ctx->params[i];
		if (!strcmp(f, IRPC_PARAM) || (ctx->altmacro && strlen(f) == 1 && isalnum((unsigned char)f[0]))) {
			snprintf(err, errlen, "'%.*s': the parameter '%s' would be substituted into afterburn's "
				 "check of the argument; rename it", (int)st->bodylen, st->body, f);
			return -1;
		}
	}

	/* every spelling, and every prefix word, that the word can be */
	for (size_t i = 0;; i++) {
		int alw;
		const char *nm = ab_mnem_name(i, &alw);
		if (!nm)
			break;
		if (alw) {
			const char **t = realloc(always, (nalways + 1) * sizeof(*t));
			if (!t)
				goto oom;
			always = t;
			always[nalways++] = nm;
		}
		if (!fits(nm, pre, suf))
			continue;
		if (ncd == cap) {
			cap = cap ? cap * 2 : 32;
			struct cand *t = realloc(cd, cap * sizeof(*t));
			struct ab_insn *v = realloc(var, cap * sizeof(*v));
			if (t)
				cd = t;
			if (v)
				var = v;
			if (!t || !v)
				goto oom;
		}
		struct cand *c = &cd[ncd];
		struct ab_insn in;
		memset(c, 0, sizeof(*c));
		snprintf(c->name, sizeof(c->name), "%s", nm);
		c->hash = word_hash(nm);
		judge(st, c, group, label_no, ctx, &in);
		if (c->rc > 0 && ctx->prev_sti && is_tail(nm)) {
			c->rc = -1;
			snprintf(c->why, sizeof(c->why), "after sti, %s must be one site with it", nm);
		}
		for (size_t m = 0; m < ctx->nmacros && c->rc; m++)
			if (!strcasecmp(ctx->macros[m], nm)) {
				c->rc = -1;	/* gas would expand the macro, not the instruction */
				snprintf(c->why, sizeof(c->why), "a macro of that name");
			}
		if (c->rc == 0)
			continue;
		if (c->rc > 0) {
			size_t v;
			for (v = 0; v < nvar && !same_record(&var[v], &in); v++)
				;
			if (v == nvar)
				var[nvar++] = in;
			c->var = (int)v + 1;
		}
		ncd++;
	}
	/* prefix words: "rep" alone would prefix the next statement, whose
	 * record would not know it */
	for (size_t i = 0;; i++) {
		const char *nm = ab_prefix_name(i);
		char rex[16];
		if (!nm)
			break;
		for (unsigned m = 0; m < (strcmp(nm, "rex") ? 1u : 17u); m++) {
			const char *w = nm;
			if (m) {	/* rex.w, rex.wr, ... rex.wrxb */
				unsigned bits = m - 1;
				snprintf(rex, sizeof(rex), "rex.%s%s%s%s", bits & 8 ? "w" : "", bits & 4 ? "r" : "",
					 bits & 2 ? "x" : "", bits & 1 ? "b" : "");
				if (m == 1)
					continue;	/* "rex." */
				w = rex;
			}
			if (!ab_prefix_word(w, strlen(w)) || !fits(w, pre, suf))
				continue;
			if (ncd == cap) {
				cap = cap ? cap * 2 : 32;
				struct cand *t = realloc(cd, cap * sizeof(*t));
				if (!t)
					goto oom;
				cd = t;
			}
			memset(&cd[ncd], 0, sizeof(cd[ncd]));
			snprintf(cd[ncd].name, sizeof(cd[ncd].name), "%s", w);
			cd[ncd].hash = word_hash(w);
			cd[ncd].rc = -1;
			snprintf(cd[ncd].why, sizeof(cd[ncd].why), "a prefix word");
			ncd++;
		}
	}

	/* gas: hash the argument's words (see the top of the file) */
	const char *M = ".Lafterburn_m";
	ab_buf_printf(post, "; .set %sh, 0; .set %sl, 0; .set %sf, 0; .set %sn, 0; .set %sb, 0; .set %sp, 0; "
		      ".set %sj, 0", M, M, M, M, M, M, M);
	ab_buf_printf(post, "; .irpc " IRPC_PARAM ",\"%s \"; .set %sc, 0", tok, M);
	for (int c = 0; c < 38; c++) {
		char ch = c < 26 ? (char)('a' + c) : c < 36 ? (char)('0' + c - 26) : c == 36 ? '_' : '.';
		ab_buf_printf(post, "; .ifc %c,\\" IRPC_PARAM "; .set %sc, %u; .endif", ch, M, char_val(ch));
		if (c < 26)
			ab_buf_printf(post, "; .ifc %c,\\" IRPC_PARAM "; .set %sc, %u; .endif",
				      toupper((unsigned char)ch), M, char_val(ch));
	}
	ab_buf_printf(post, "; .ifc %%,\\" IRPC_PARAM "; .set %sc, 41; .endif; .ifc $,\\" IRPC_PARAM
		      "; .set %sc, 42; .endif; .ifc x:,x\\" IRPC_PARAM "; .set %sc, 43; .endif", M, M, M);
	ab_buf_printf(post, "; .if (%sc > 0) && (%sc < 40); .if %sl < %d; .set %sh, %sh * 40 + %sc; .endif; "
		      ".set %sl, %sl + 1; .else; .set %sn, %sn + 1; .if %sl > 0; .if %sn == 1; .set %sf, %sh; "
		      ".endif; .if %sp", M, M, M, HASH_CHARS, M, M, M, M, M, M, M, M, M, M, M, M);
	{
		static const char *const seg[] = { "es", "cs", "ss", "ds", "fs", "gs" };
		static const char *const jc[] = { "jmp", "call" };
		char spec[48][8];
		const char *sp[48];
		for (int r = 0; r < 16; r++) {
			snprintf(spec[r], sizeof(spec[r]), "cr%d", r);
			snprintf(spec[16 + r], sizeof(spec[r]), "dr%d", r);
			snprintf(spec[32 + r], sizeof(spec[r]), "db%d", r);
		}
		for (int r = 0; r < 48; r++)
			sp[r] = spec[r];
		ab_buf_puts(post, "; .if ");
		put_any(post, ".Lafterburn_mh", sp, 48);
		ab_buf_printf(post, "; .set %sb, 1; .endif; .if ", M);
		put_any(post, ".Lafterburn_mh", seg, 6);
		ab_buf_printf(post, " && (%sc != 43); .set %sb, 1; .endif; .else; .if ", M, M);
		put_any(post, ".Lafterburn_mh", always, nalways);
		ab_buf_printf(post, "; .set %sb, 1; .endif; .endif; .set %sj, ", M, M);
		put_any(post, ".Lafterburn_mh", jc, 2);
		ab_buf_printf(post, "; .endif; .if (%sc == 42) && %sj; .set %sb, 1; .endif; .set %sp, %sc == 41; "
			      ".set %sh, 0; .set %sl, 0; .endif; .endr", M, M, M, M, M, M, M);
	}
	/* the decision */
	ab_buf_printf(post, "; .set .Lafterburn_pv, 0; .if %sn == 1", M);
	for (size_t i = 0; i < ncd; i++)
		ab_buf_printf(post, "; .if %sf == %llu; .set .Lafterburn_pv, %d; .endif", M, cd[i].hash,
			      cd[i].rc < 0 ? -1 : cd[i].var);
	ab_buf_printf(post, "; .else; .if %sb; .set .Lafterburn_pv, -1; .endif", M);
	if (st->args && st->argslen)
		ab_buf_puts(post, "; .set .Lafterburn_pv, -1");
	ab_buf_puts(post, "; .endif");
	ab_param_error_if_unrecorded(post, st, "is sensitive with this argument and cannot be recorded here, or "
				     "afterburn cannot judge the argument (a statement with a sensitive instruction, a prefix)");
	for (size_t v = 0; v < nvar; v++) {
		ab_buf_printf(post, "; .if .Lafterburn_pv == %zu", v + 1);
		struct ab_buf site = { 0 };
		ab_emit_site_end(&site, &var[v], group, label_no);
		ab_buf_puts(post, site.p);
		ab_buf_free(&site);
		ab_buf_puts(post, "; .endif");
		if (!v || ab_class_site_len(var[v].cls) > ab_class_site_len(*cls))
			*cls = var[v].cls;
	}
	if (!nvar)
		*cls = AB_CLASS_NONE;
	rc = 2;
	free(cd);
	free(var);
	free(always);
	return rc;
oom:
	ab_oom();
}
