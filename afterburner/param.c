/*
 * param.c - sensitive instructions whose register comes from a macro or
 * .irp argument: "movq \reg, %cr3", "rdgsbase \save_reg", "push %\r",
 * "mov %\r, %cr4", "mov %cr\n, %rax".
 *
 * The argument is only known when gas expands the body, so the choice is
 * made there: for every register name an argument may be, a gas `.ifc`
 * line sets symbols (.Lafterburn_pk1 = kind, .Lafterburn_pn1 = enum ab_reg); then one
 * `.if` per kind (pair of kinds for two arguments) sets the record's
 * class, size, form, register and immediate; then the record is emitted
 * once with those symbols as its fields.  An argument that makes the
 * instruction sensitive but unrecordable, or a register argument that no
 * `.ifc` recognised, ends the assembly with `.error` (fails closed).
 *
 * Which kinds give which record is decided here, not guessed: every
 * register name of a kind is substituted and classified (classify.c), and
 * a kind whose registers do not all give the same record shape (the
 * register or immediate field following the argument) is an afterburn
 * error, which names two registers that disagree and why.  A register
 * the instruction cannot take at all (the classifier's "invalid": gas
 * refuses that expansion itself, e.g. "outb %cl, $1") needs no record and
 * is left out of its kind; an argument no .ifc names gets the .error too.
 *
 * Slots: an operand "%PRE\name[\()]SUF" (a register whose name contains the
 * argument) or an operand that is exactly "\name" (a register, or anything
 * else: then it is classified as written, as before).  A parameter inside a
 * larger operand (8(\base), $\imm) is plain expression text, as before.
 * Limits: two distinct parameters; register names in lower or upper case
 * (gas' `.ifc` compares exactly: "%Rax" through a whole-operand parameter
 * is taken as "not a register").
 */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

#define MAX_SLOTS	2
#define MAX_NAMES	300	/* register names, with and without '%' */

/* Every register name ab_reg_lookup() knows, lower case. */
static const char *const *reg_names(size_t *n)
{
	static char store[MAX_NAMES][8];
	static const char *names[MAX_NAMES];
	static size_t cnt;
	static const char *const fixed[] = {
		"rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
		"eax", "ecx", "edx", "ebx", "esp", "ebp", "esi", "edi",
		"ax", "cx", "dx", "bx", "sp", "bp", "si", "di",
		"al", "cl", "dl", "bl", "spl", "bpl", "sil", "dil", "ah", "ch", "dh", "bh",
		"es", "cs", "ss", "ds", "fs", "gs", "rip", "eip",
	};

	if (!cnt) {
		for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]); i++)
			snprintf(store[cnt++], sizeof(store[0]), "%s", fixed[i]);
		for (int r = 8; r < 16; r++) {
			static const char *const suf[] = { "", "d", "w", "b", "l" };
			for (int s = 0; s < 5; s++)
				snprintf(store[cnt++], sizeof(store[0]), "r%d%s", r, suf[s]);
		}
		for (int r = 0; r < 16; r++) {
			snprintf(store[cnt++], sizeof(store[0]), "cr%d", r);
			snprintf(store[cnt++], sizeof(store[0]), "dr%d", r);
			snprintf(store[cnt++], sizeof(store[0]), "db%d", r);
		}
		for (size_t i = 0; i < cnt; i++)
			names[i] = store[i];
	}
	*n = cnt;
	return names;
}

/* Kind of a register: same kind, same record shape (checked, not assumed). */
static unsigned reg_kind(const char *name, unsigned *regno)
{
	unsigned sz;
	int r = ab_reg_lookup(name, strlen(name), &sz);

	*regno = (unsigned)r;
	if (r < 0)
		return 0;
	if (r < 16) {	/* size, and the registers in/out name: rax, rdx; high bytes */
		unsigned sub = r == 0 ? 1 : r == 2 ? 2 : 0;
		if (sz == 1 && name[1] == 'h' && strchr("acdb", name[0]))
			sub = 3;
		return 10 + sz * 4 + sub;	/* 14..45 */
	}
	if (r >= AB_REG_ES && r <= AB_REG_GS)
		return 50;
	if (r >= AB_REG_CR0 && r < AB_REG_CR0 + 16)
		return 51;
	if (r >= AB_REG_DR0 && r < AB_REG_DR0 + 16)
		return 52;
	return 53;	/* rip, eip */
}

#define NKIND 54	/* kinds 1..53; 0 = not a known register ("other") */

struct slot {
	char name[AB_NAME_MAX];	/* the parameter */
	int noprefix;		/* .att_syntax noprefix: "fs" is the register too */
	int whole;		/* the operand is exactly \name */
	char pre[16], suf[16];	/* %PRE\nameSUF */
	/* the operands this parameter fills: spans in args */
	struct ab_span at[4];
	int nat;
	/* candidates: value text as gas sees the argument, and the register */
	struct cand {
		char val[16];
		char reg[8];	/* lower-case register name */
		unsigned kind, regno;
	} c[MAX_NAMES];
	int nc;
};

/* Parameter reference at s: "\name" (returns its length incl. '\', 0 if none). */
static size_t param_ref(const char *s, size_t n, char *name)
{
	size_t i = 1;

	if (n < 2 || s[0] != '\\' || !(isalpha((unsigned char)s[1]) || s[1] == '_'))
		return 0;
	while (i < n && (isalnum((unsigned char)s[i]) || s[i] == '_' || s[i] == '$' || s[i] == '.'))
		i++;
	if (i - 1 >= AB_NAME_MAX)
		return 0;
	memcpy(name, s + 1, i - 1);
	name[i - 1] = 0;
	return i;
}

/* Finds the register slots of the statement's operands; -1 if too many. */
static int find_slots(const struct ab_stmt *st, struct slot *sl, int *nsl)
{
	struct ab_span sp[4];
	int n = ab_opnd_split(st->args, st->argslen, sp, 4);

	*nsl = 0;
	for (int i = 0; i < n; i++) {
		const char *t = st->args + sp[i].off;
		size_t len = sp[i].len, off = 0;
		char name[AB_NAME_MAX];
		if (len && t[0] == '*')
			off = 1;
		const char *bs = memchr(t, '\\', len);
		if (!bs)
			continue;
		size_t b = (size_t)(bs - t), r = param_ref(bs, len - b, name);
		if (!r)
			continue;
		size_t after = b + r;
		if (after + 3 <= len && !memcmp(t + after, "\\()", 3))
			after += 3;
		int whole = b == off && after == len;
		int reg = t[off] == '%' && b > off;
		for (size_t j = after; reg && j < len; j++)
			if (!isalnum((unsigned char)t[j]))
				reg = 0;
		for (size_t j = off + 1; reg && j < b; j++)
			if (!isalnum((unsigned char)t[j]))
				reg = 0;
		if (!whole && !reg)
			continue;	/* 8(\base), $\imm, sym+\x: expression text */
		int k;
		for (k = 0; k < *nsl; k++)
			if (!strcmp(sl[k].name, name))
				break;
		if (k == *nsl) {
			if (*nsl == MAX_SLOTS)
				return -1;
			memset(&sl[k], 0, sizeof(sl[k]));
			snprintf(sl[k].name, sizeof(sl[k].name), "%s", name);
			sl[k].whole = whole;
			if (reg) {
				if (b - off - 1 >= sizeof(sl[k].pre) || len - after >= sizeof(sl[k].suf))
					continue;
				snprintf(sl[k].pre, sizeof(sl[k].pre), "%.*s", (int)(b - off - 1), t + off + 1);
				snprintf(sl[k].suf, sizeof(sl[k].suf), "%.*s", (int)(len - after), t + after);
			}
			(*nsl)++;
		} else if (sl[k].whole != whole) {
			return -1;	/* \r and %\r in one statement */
		}
		if (sl[k].nat < 4) {
			sl[k].at[sl[k].nat].off = sp[i].off + off;
			sl[k].at[sl[k].nat].len = len - off;
			sl[k].nat++;
		}
	}
	return 0;
}

static void lower(char *d, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		d[i] = (char)tolower((unsigned char)s[i]);
	d[n] = 0;
}

/* Candidates of a slot: the argument texts that make the operand a register. */
static void slot_candidates(struct slot *s)
{
	size_t nn;
	const char *const *names = reg_names(&nn);
	char pre[16], suf[16];
	size_t pl = strlen(s->pre), fl = strlen(s->suf);

	lower(pre, s->pre, pl);
	lower(suf, s->suf, fl);
	s->nc = 0;
	for (size_t i = 0; i < nn && s->nc < MAX_NAMES; i++) {
		const char *r = names[i];
		size_t rl = strlen(r);
		struct cand *c = &s->c[s->nc];
		if (s->whole && s->noprefix && s->nc + 1 < MAX_NAMES) {
			snprintf(c->val, sizeof(c->val), "%s", r);	/* bare, as gas reads it here */
			snprintf(c->reg, sizeof(c->reg), "%s", r);
			c->kind = reg_kind(r, &c->regno);
			c = &s->c[++s->nc];
		}
		if (s->whole) {
			snprintf(c->val, sizeof(c->val), "%%%s", r);
		} else {
			if (rl <= pl + fl || strncmp(r, pre, pl) || strcmp(r + rl - fl, suf))
				continue;
			snprintf(c->val, sizeof(c->val), "%.*s", (int)(rl - pl - fl), r + pl);
		}
		snprintf(c->reg, sizeof(c->reg), "%s", r);
		c->kind = reg_kind(r, &c->regno);
		s->nc++;
	}
}

/* The statement with the slots replaced: value v[i] for slot i (NULL: as written). */
static int substitute(const struct ab_stmt *st, const struct slot *sl, int nsl, const char *const *v,
		      char *out, size_t cap)
{
	size_t head = (size_t)(st->args - st->body), o = 0, i = 0;

	if (head >= cap)
		return -1;
	memcpy(out, st->body, head);
	o = head;
	while (i < st->argslen) {
		const struct slot *s = NULL;
		size_t skip = 0;
		int vk = 0;
		for (int k = 0; k < nsl && !s; k++)
			for (int a = 0; a < sl[k].nat; a++)
				if (sl[k].at[a].off == i && v[k]) {
					s = &sl[k];
					skip = sl[k].at[a].len;
					vk = k;
				}
		if (s) {
			/* \name -> value; %PRE\nameSUF -> %PRE value SUF */
			char buf[64];
			if (s->whole)
				snprintf(buf, sizeof(buf), "%s", v[vk]);
			else
				snprintf(buf, sizeof(buf), "%%%s%s%s", s->pre, v[vk], s->suf);
			size_t bl = strlen(buf);
			if (o + bl + 1 > cap)
				return -1;
			memcpy(out + o, buf, bl);
			o += bl;
			i += skip;
		} else {
			if (o + 2 > cap)
				return -1;
			out[o++] = st->args[i++];
		}
	}
	out[o] = 0;
	return (int)o;
}

/* One classification outcome. */
struct outcome {
	int rc;			/* -1 error, 0 innocuous, > 0 class */
	struct ab_insn in;
	char err[200];
	char text[80];		/* the statement as classified, for messages */
};

static void classify_with(const struct ab_stmt *st, const struct slot *sl, int nsl,
			  const char *const *v, struct outcome *o)
{
	char text[1024];
	struct ab_stmt s2;

	memset(o, 0, sizeof(*o));
	if (substitute(st, sl, nsl, v, text, sizeof(text)) < 0) {
		o->rc = -1;
		snprintf(o->err, sizeof(o->err), "statement too long");
		return;
	}
	if (sl[0].noprefix) {	/* registers without '%': as process.c does */
		char t2[1024];
		struct ab_stmt h;
		ab_stmt_parse(text, strlen(text), &h);
		const char *a = h.args ? h.args : text + strlen(text);
		size_t head = (size_t)(a - text);
		int n = ab_att_add_prefix(a, strlen(a), t2 + head, sizeof(t2) - head);
		if (n < 0) {
			o->rc = -1;
			snprintf(o->err, sizeof(o->err), "statement too long");
			return;
		}
		memcpy(t2, text, head);
		memcpy(text, t2, head + (size_t)n + 1);
	}
	snprintf(o->text, sizeof(o->text), "%s", text);
	ab_stmt_parse(text, strlen(text), &s2);
	s2.prefixes |= st->prefixes;
	o->rc = ab_classify(&s2, &o->in, o->err, sizeof(o->err));
	if (o->rc == 0 && (o->in.macro_reg || o->in.int3)) {
		/* still a parameter we cannot see through, or int3: not recordable */
		o->rc = -1;
		snprintf(o->err, sizeof(o->err), "%s", o->in.int3 ? "int3" : "register still unknown");
	}
}

/* The record shape of one kind combination, checked over all its registers. */
struct shape {
	int used;		/* any candidate tuple */
	int rc;			/* -1, 0, class */
	struct ab_insn in;	/* fields that must be equal */
	int reg_from, imm_from;	/* -1 constant, else the slot whose register it is */
	int bad;		/* not uniform */
	char err[700];		/* why it cannot be recorded, or why it is not uniform */
	char text[80];		/* the first statement of this kind, for messages */
};

static int same_fixed(const struct ab_insn *a, const struct ab_insn *b)
{
	return a->cls == b->cls && a->flags == b->flags && a->opsize == b->opsize &&
	       a->form == b->form && a->base == b->base && a->index == b->index &&
	       a->scale == b->scale && a->seg == b->seg && !strcmp(a->disp, b->disp) &&
	       a->disp_reloc == b->disp_reloc && a->guard_len == b->guard_len;
}

static int same_shape(const struct shape *a, const struct shape *b)
{
	if (!a->used || !b->used)
		return a->used == b->used;
	if (a->rc <= 0 || b->rc <= 0)
		return a->rc == b->rc;
	return a->rc == b->rc && same_fixed(&a->in, &b->in) && a->reg_from == b->reg_from &&
	       a->imm_from == b->imm_from && (a->reg_from >= 0 || a->in.reg == b->in.reg) &&
	       (a->imm_from >= 0 || !strcmp(a->in.imm, b->in.imm));
}

/* What one outcome is, for a message. */
static void describe(int rc, const char *err, char *d, size_t cap)
{
	if (rc < 0)
		snprintf(d, cap, "cannot be recorded (%.200s)", err[0] ? err : "no reason given");
	else
		snprintf(d, cap, "%s", rc ? "is a site" : "is innocuous");
}

/* from: bit k set if the field equals slot k's register in every tuple so far */
static void add_tuple(struct shape *sh, const struct outcome *o, const unsigned *regno, int nsl,
		      unsigned *reg_mask, unsigned *imm_mask, int *reg_const, int *imm_const)
{
	char num[16];

	if (o->rc < 0 && o->in.invalid)
		return;		/* gas refuses this expansion itself: no record needed */
	if (!sh->used) {
		sh->used = 1;
		sh->rc = o->rc;
		sh->in = o->in;
		snprintf(sh->err, sizeof(sh->err), "%s", o->err);
		snprintf(sh->text, sizeof(sh->text), "%s", o->text);
		*reg_mask = *imm_mask = (1u << nsl) - 1;
		*reg_const = *imm_const = 1;
	} else if ((sh->rc < 0) != (o->rc < 0) || (sh->rc >= 0 && o->rc >= 0 && sh->rc != o->rc)) {
		if (!sh->bad) {
			char a[240], b[240];
			describe(sh->rc, sh->err, a, sizeof(a));
			describe(o->rc, o->err, b, sizeof(b));
			snprintf(sh->err, sizeof(sh->err), "'%.79s' %s, but '%.79s' %s", sh->text, a, o->text, b);
		}
		sh->bad = 1;
		return;
	}
	if (o->rc <= 0)
		return;
	if (!same_fixed(&sh->in, &o->in) && !sh->bad) {
		sh->bad = 1;
		snprintf(sh->err, sizeof(sh->err), "'%s' and '%s' give records of different shape",
			 sh->text, o->text);
	}
	if (o->in.reg != sh->in.reg)
		*reg_const = 0;
	if (strcmp(o->in.imm, sh->in.imm))
		*imm_const = 0;
	for (int k = 0; k < nsl; k++) {
		snprintf(num, sizeof(num), "%u", regno[k]);
		if (regno[k] == 0xffffffffu || o->in.reg != regno[k])
			*reg_mask &= ~(1u << k);
		if (regno[k] == 0xffffffffu || strcmp(o->in.imm, num))
			*imm_mask &= ~(1u << k);
	}
}

static int first_bit(unsigned m)
{
	for (int k = 0; k < MAX_SLOTS; k++)
		if (m & (1u << k))
			return k;
	return -1;
}

/* Kind index of a candidate, or 0 for "as written". */
static void shapes_for(const struct ab_stmt *st, struct slot *sl, int nsl, struct shape *sh)
{
	/* tuple loop: slot i value index -1 = as written (kind 0) */
	int idx[MAX_SLOTS] = { -1, -1 };
	unsigned reg_mask[NKIND * NKIND], imm_mask[NKIND * NKIND];
	int reg_const[NKIND * NKIND], imm_const[NKIND * NKIND];

	for (;;) {
		const char *v[MAX_SLOTS] = { NULL, NULL };
		unsigned regno[MAX_SLOTS] = { 0xffffffffu, 0xffffffffu };
		unsigned kk = 0;
		for (int k = 0; k < nsl; k++) {
			unsigned kind = 0;
			if (idx[k] >= 0) {
				v[k] = sl[k].c[idx[k]].val;
				regno[k] = sl[k].c[idx[k]].regno;
				kind = sl[k].c[idx[k]].kind;
			}
			kk = kk * NKIND + kind;
		}
		struct outcome o;
		int as_written_reg = 0;
		for (int k = 0; k < nsl; k++)
			if (idx[k] < 0 && !sl[k].whole)
				as_written_reg = 1;
		if (as_written_reg) {
			/* %\r with an argument no .ifc names: decided below */
			memset(&o, 0, sizeof(o));
			o.rc = -1;
			snprintf(o.err, sizeof(o.err), "the argument is no register afterburn knows");
			snprintf(o.text, sizeof(o.text), "%.*s", (int)st->bodylen, st->body);
		} else {
			classify_with(st, sl, nsl, v, &o);
		}
		add_tuple(&sh[kk], &o, regno, nsl, &reg_mask[kk], &imm_mask[kk], &reg_const[kk], &imm_const[kk]);
		if (sh[kk].rc > 0 && !sh[kk].bad) {
			sh[kk].reg_from = reg_const[kk] ? -1 : first_bit(reg_mask[kk]);
			sh[kk].imm_from = imm_const[kk] ? -1 : first_bit(imm_mask[kk]);
			if ((!reg_const[kk] && !reg_mask[kk]) || (!imm_const[kk] && !imm_mask[kk])) {
				sh[kk].bad = 1;
				snprintf(sh[kk].err, sizeof(sh[kk].err), "the %s field of '%s' follows "
					 "neither the instruction nor one argument", !reg_const[kk] &&
					 !reg_mask[kk] ? "register" : "immediate", o.text);
			}
		}
		/* next tuple */
		int k = nsl - 1;
		while (k >= 0) {
			if (++idx[k] < sl[k].nc)
				break;
			idx[k] = -1;
			k--;
		}
		if (k < 0)
			break;
	}
}

/* One .ifc per spelling: special registers in every case mix (gas reads
 * %Cr3 as %cr3), general registers in lower and upper case. */
static void put_ifc(struct ab_buf *b, const struct slot *s, int k, const struct cand *cd)
{
	size_t l = strlen(cd->val);
	unsigned letters = 0, pos[8];

	for (size_t i = 0; i < l && letters < 8; i++)
		if (isalpha((unsigned char)cd->val[i]))
			pos[letters++] = (unsigned)i;
	unsigned nmask = cd->kind >= 50 && letters <= 3 ? 1u << letters : 2;
	for (unsigned m = 0; m < nmask; m++) {
		char v[16];
		snprintf(v, sizeof(v), "%s", cd->val);
		for (unsigned j = 0; j < letters; j++)
			if (nmask == 2 ? m : (m >> j) & 1)
				v[pos[j]] = (char)toupper((unsigned char)v[pos[j]]);
		if (m && !strcmp(v, cd->val))
			continue;
		ab_buf_printf(b, "; .ifc \\%s,%s; .set .Lafterburn_px%d, %u; .endif", s->name, v, k + 1,
			      cd->kind * 256 + cd->regno);
	}
}

/* The stop when gas selected no record (afterburner.h); shared with mparam.c. */
void ab_param_error_if_unrecorded(struct ab_buf *post, const struct ab_stmt *st, const char *why)
{
	ab_buf_puts(post, "; .if .Lafterburn_pv < 0; .error \"afterburn: [");
	for (size_t i = 0; i < st->bodylen; i++)	/* \name: gas puts the argument in */
		if (st->body[i] != '"')
			ab_buf_put(post, &st->body[i], 1);
	ab_buf_printf(post, "] %s\"; .endif", why);
}

/*
 * An .irp/.irpc body whose values are known: classify each expansion.
 * 1: all innocuous; -1: one cannot be recorded (err); 0: some are sites.
 */
static int known_values(const struct ab_stmt *st, const struct slot *sl, const struct ab_param_known *kn,
			char *err, size_t errlen)
{
	const char *v = kn->vals;
	int sens = 0;

	for (int i = 0; i < kn->nvals; i++, v += strlen(v) + 1)
		if (strchr(v, '\\'))
			return 0;	/* values from an outer macro: unknown here */
	v = kn->vals;
	for (int i = 0; i < kn->nvals; i++, v += strlen(v) + 1) {
		const char *vv[MAX_SLOTS] = { v, NULL };
		struct outcome o;
		char text[1024];
		classify_with(st, sl, 1, vv, &o);
		if (o.rc > 0) {
			sens = 1;
			continue;
		}
		if (o.rc == 0)
			continue;
		substitute(st, sl, 1, vv, text, sizeof(text));
		snprintf(err, errlen, "'%.*s' with %s=%s is '%s': %s", (int)st->bodylen, st->body,
			 kn->name, v, text, o.err);
		return -1;
	}
	return sens ? 0 : 1;
}

int ab_param_site(const struct ab_stmt *st, const char *group, unsigned label_no, struct ab_buf *post,
		  unsigned *cls, const struct ab_param_known *kn, char *err, size_t errlen)
{
	struct slot *sl;
	struct shape *sh;
	int nsl, rc = 0;

	if (st->kind != AB_STMT_INSN || !memchr(st->args, '\\', st->argslen))
		return 0;
	sl = calloc(MAX_SLOTS, sizeof(*sl));
	sh = calloc(NKIND * NKIND, sizeof(*sh));
	if (!sl || !sh)
		ab_oom();
	if (find_slots(st, sl, &nsl) < 0) {
		snprintf(err, errlen, "'%.*s': more than %d register arguments, or one used as %%\\r "
			 "and \\r: cannot be recorded", (int)st->bodylen, st->body, MAX_SLOTS);
		rc = -1;
		goto out;
	}
	if (nsl == 0)
		goto out;	/* parameters only inside expressions: the usual path */
	for (int k = 0; k < nsl; k++)
		sl[k].noprefix = kn && kn->noprefix;
	if (kn && kn->name && nsl == 1 && !strcmp(kn->name, sl[0].name)) {
		rc = known_values(st, sl, kn, err, errlen);
		if (rc)
			goto out;
	}
	for (int k = 0; k < nsl; k++)
		slot_candidates(&sl[k]);
	shapes_for(st, sl, nsl, sh);

	/*
	 * %\r left as written: every special register (segment, control,
	 * debug) is named in every case spelling, so an argument no .ifc names
	 * is a general register in an odd case (or junk gas refuses): an error
	 * if some general register makes the instruction sensitive, else
	 * innocuous.
	 */
	for (int k = 0; k < nsl; k++) {
		if (sl[k].whole)
			continue;
		for (unsigned kk = 0; kk < NKIND * NKIND; kk++) {
			unsigned ks[2] = { nsl == 2 ? kk / NKIND : kk, kk % NKIND };
			if (ks[k] != 0 || !sh[kk].used)
				continue;
			int gpr_sensitive = 0;
			for (unsigned g = 14; g < 50; g++) {
				unsigned o[2] = { ks[0], ks[1] };
				o[k] = g;
				unsigned j = nsl == 2 ? o[0] * NKIND + o[1] : o[0];
				if (sh[j].used && sh[j].rc != 0)
					gpr_sensitive = 1;
			}
			if (!gpr_sensitive)
				sh[kk].rc = 0;
		}
	}
	/* anything to do?  which kinds must the .ifc chain name: those that
	 * change the outcome compared with an argument no .ifc names */
	int any = 0;
	unsigned char need[MAX_SLOTS][NKIND];
	memset(need, 0, sizeof(need));
	for (unsigned kk = 0; kk < NKIND * NKIND; kk++) {
		if (!sh[kk].used || (sh[kk].rc == 0 && !sh[kk].bad))
			continue;
		any = 1;
		if (sh[kk].bad) {	/* registers of one kind disagree: never guess */
			snprintf(err, errlen, "'%.*s': the record would depend on the argument in a way "
				 "afterburn cannot express (%s); write the register out",
				 (int)st->bodylen, st->body, sh[kk].err[0] ? sh[kk].err : "no reason given");
			rc = -1;
			goto out;
		}
	}
	if (!any) {
		rc = 1;		/* innocuous whatever the argument */
		goto out;
	}
	for (unsigned kk = 0; kk < NKIND * NKIND; kk++) {
		unsigned ks[2] = { nsl == 2 ? kk / NKIND : kk, kk % NKIND };
		if (!sh[kk].used)
			continue;
		for (int k = 0; k < nsl; k++) {
			unsigned o[2] = { ks[0], ks[1] };
			o[k] = 0;
			unsigned j = nsl == 2 ? o[0] * NKIND + o[1] : o[0];
			if (ks[k] && !same_shape(&sh[kk], &sh[j]))
				need[k][ks[k]] = 1;
		}
	}
	/* the chain: argument -> .Lafterburn_pxN = kind * 256 + register */
	ab_buf_puts(post, "; .set .Lafterburn_pv, 0");
	for (int k = 0; k < nsl; k++) {
		ab_buf_printf(post, "; .set .Lafterburn_px%d, 255", k + 1);
		for (int c = 0; c < sl[k].nc; c++) {
			const struct cand *cd = &sl[k].c[c];
			if (need[k][cd->kind])
				put_ifc(post, &sl[k], k, cd);
		}
		ab_buf_printf(post, "; .set .Lafterburn_pk%d, .Lafterburn_px%d >> 8; .set .Lafterburn_pn%d, .Lafterburn_px%d & 255",
			      k + 1, k + 1, k + 1, k + 1);
	}
	/* kinds -> record fields; literal variants by their fixed fields */
	int nvar = 0;
	unsigned var_of[NKIND * NKIND];
	unsigned maxlen_cls = 0;
	for (unsigned kk = 0; kk < NKIND * NKIND; kk++) {
		if (!sh[kk].used || sh[kk].rc == 0)
			continue;
		unsigned a = nsl == 2 ? kk / NKIND : kk, bk = kk % NKIND;
		if (nsl == 2)
			ab_buf_printf(post, "; .if (.Lafterburn_pk1 == %u) && (.Lafterburn_pk2 == %u)", a, bk);
		else
			ab_buf_printf(post, "; .if .Lafterburn_pk1 == %u", a);
		if (sh[kk].rc < 0) {
			ab_buf_puts(post, "; .set .Lafterburn_pv, -1; .endif");
			continue;
		}
		unsigned v = 0;
		for (unsigned j = 0; j < kk; j++)
			if (sh[j].used && sh[j].rc > 0 && same_fixed(&sh[j].in, &sh[kk].in)) {
				v = var_of[j];
				break;
			}
		if (!v)
			v = (unsigned)++nvar;
		var_of[kk] = v;
		const struct ab_insn *in = &sh[kk].in;
		if (!maxlen_cls || ab_class_site_len(in->cls) > ab_class_site_len(maxlen_cls))
			maxlen_cls = in->cls;
		ab_buf_printf(post, "; .set .Lafterburn_pv, %u", v);
		if (sh[kk].reg_from >= 0)
			ab_buf_printf(post, "; .set .Lafterburn_pr, .Lafterburn_pn%d", sh[kk].reg_from + 1);
		else
			ab_buf_printf(post, "; .set .Lafterburn_pr, %u", in->reg);
		if (sh[kk].imm_from >= 0)
			ab_buf_printf(post, "; .set .Lafterburn_pi, .Lafterburn_pn%d", sh[kk].imm_from + 1);
		else
			ab_buf_printf(post, "; .set .Lafterburn_pi, %s", in->imm);
		ab_buf_puts(post, "; .endif");
	}
	ab_param_error_if_unrecorded(post, st, "is sensitive with this argument and cannot be recorded (or the "
				     "argument is no register afterburn knows)");
	for (int v = 1; v <= nvar; v++) {
		unsigned kk;
		for (kk = 0; kk < NKIND * NKIND; kk++)
			if (sh[kk].used && sh[kk].rc > 0 && var_of[kk] == (unsigned)v)
				break;
		struct ab_insn in = sh[kk].in;
		snprintf(in.reg_expr, sizeof(in.reg_expr), ".Lafterburn_pr");
		snprintf(in.imm, sizeof(in.imm), ".Lafterburn_pi");
		ab_buf_printf(post, "; .if .Lafterburn_pv == %d", v);
		struct ab_buf site = { 0 };
		ab_emit_site_end(&site, &in, group, label_no);
		ab_buf_puts(post, site.p);
		ab_buf_free(&site);
		ab_buf_puts(post, "; .endif");
	}
	*cls = maxlen_cls;
	rc = 2;
out:
	free(sl);
	free(sh);
	return rc;
}
