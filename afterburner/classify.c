/*
 * classify.c - which instructions are sensitive, and what a site record
 * says about their operands.
 *
 * One table maps every accepted spelling (suffixes included) to a class
 * and an operand shape; the shape handlers fill struct ab_insn.  Operand
 * conventions beyond site.h (documented here because site.h has one reg
 * field):
 *   mov to/from %crN/%drN/%seg: reg/mem fields = the other operand,
 *       imm = the special register as enum ab_reg (AB_REG_CR0 + n, ...).
 *   lar/lsl, invpcid: form = the source operand, imm = the destination
 *       (lar/lsl) or type (invpcid) register as enum ab_reg.
 *   ljmp/lcall $sel, $off: form FAR_IMM, imm = sel, disp = off.
 * Anything the table knows but whose operands cannot be recorded is an
 * error (-1): afterburn fails closed rather than leave a site unpadded.
 */
#include <ctype.h>
#include <stdio.h>
#include <string.h>
#include "afterburner.h"

enum shape {
	SH_NONE,	/* no explicit operand */
	SH_IMPLICIT,	/* register operands allowed but implied (monitor, mwait) */
	SH_IN, SH_OUT, SH_INS, SH_OUTS,
	SH_MOV, SH_PUSH, SH_POP,
	SH_RM,		/* one register or memory operand */
	SH_MEM,		/* one memory operand */
	SH_REG,		/* one register operand */
	SH_LARLSL, SH_INVPCID, SH_INT, SH_FAR, SH_LRET,
	SH_JMPCALL,	/* jmp/call: far only with "$sel, $off" */
	SH_TAIL,	/* not sensitive alone: may end an sti pair (ret) */
	SH_INT3,
};

struct mnem {
	const char *name;
	unsigned char cls, shape, opsize, tail;
};

#define C(x) AB_CLASS_##x
static const struct mnem table[] = {
	{ "cli", C(CLI), SH_NONE, 0, 0 }, { "sti", C(STI), SH_NONE, 0, 0 },
	{ "pushf", C(PUSHF), SH_NONE, 8, 0 }, { "pushfq", C(PUSHF), SH_NONE, 8, 0 },
	{ "pushfw", C(PUSHF), SH_NONE, 2, 0 }, { "pushfl", C(PUSHF), SH_NONE, 4, 0 },
	{ "popf", C(POPF), SH_NONE, 8, 0 }, { "popfq", C(POPF), SH_NONE, 8, 0 },
	{ "popfw", C(POPF), SH_NONE, 2, 0 }, { "popfl", C(POPF), SH_NONE, 4, 0 },
	{ "hlt", C(HLT), SH_NONE, 0, C(HLT) },
	{ "in", C(IN), SH_IN, 0, 0 }, { "inb", C(IN), SH_IN, 1, 0 },
	{ "inw", C(IN), SH_IN, 2, 0 }, { "inl", C(IN), SH_IN, 4, 0 },
	{ "out", C(OUT), SH_OUT, 0, 0 }, { "outb", C(OUT), SH_OUT, 1, 0 },
	{ "outw", C(OUT), SH_OUT, 2, 0 }, { "outl", C(OUT), SH_OUT, 4, 0 },
	{ "ins", C(INS), SH_INS, 0, 0 }, { "insb", C(INS), SH_INS, 1, 0 },
	{ "insw", C(INS), SH_INS, 2, 0 }, { "insl", C(INS), SH_INS, 4, 0 },
	{ "insd", C(INS), SH_INS, 4, 0 },
	{ "outs", C(OUTS), SH_OUTS, 0, 0 }, { "outsb", C(OUTS), SH_OUTS, 1, 0 },
	{ "outsw", C(OUTS), SH_OUTS, 2, 0 }, { "outsl", C(OUTS), SH_OUTS, 4, 0 },
	{ "outsd", C(OUTS), SH_OUTS, 4, 0 },
	{ "mov", 0, SH_MOV, 0, 0 }, { "movw", 0, SH_MOV, 2, 0 },
	{ "movl", 0, SH_MOV, 4, 0 }, { "movq", 0, SH_MOV, 8, 0 },
	{ "push", 0, SH_PUSH, 8, 0 }, { "pushq", 0, SH_PUSH, 8, 0 },
	{ "pushw", 0, SH_PUSH, 2, 0 }, { "pushl", 0, SH_PUSH, 4, 0 },
	{ "pop", 0, SH_POP, 8, 0 }, { "popq", 0, SH_POP, 8, 0 },
	{ "popw", 0, SH_POP, 2, 0 }, { "popl", 0, SH_POP, 4, 0 },
	{ "clts", C(CLTS), SH_NONE, 0, 0 },
	{ "smsw", C(SMSW), SH_RM, 0, 0 }, { "smsww", C(SMSW), SH_RM, 2, 0 },
	{ "smswl", C(SMSW), SH_RM, 4, 0 }, { "smswq", C(SMSW), SH_RM, 8, 0 },
	{ "lmsw", C(LMSW), SH_RM, 2, 0 }, { "lmsww", C(LMSW), SH_RM, 2, 0 },
	{ "lgdt", C(LGDT), SH_MEM, 10, 0 }, { "lgdtq", C(LGDT), SH_MEM, 10, 0 },
	{ "lgdtl", C(LGDT), SH_MEM, 6, 0 }, { "lgdtw", C(LGDT), SH_MEM, 6, 0 },
	{ "lidt", C(LIDT), SH_MEM, 10, 0 }, { "lidtq", C(LIDT), SH_MEM, 10, 0 },
	{ "lidtl", C(LIDT), SH_MEM, 6, 0 }, { "lidtw", C(LIDT), SH_MEM, 6, 0 },
	{ "sgdt", C(SGDT), SH_MEM, 10, 0 }, { "sgdtq", C(SGDT), SH_MEM, 10, 0 },
	{ "sgdtl", C(SGDT), SH_MEM, 6, 0 }, { "sgdtw", C(SGDT), SH_MEM, 6, 0 },
	{ "sidt", C(SIDT), SH_MEM, 10, 0 }, { "sidtq", C(SIDT), SH_MEM, 10, 0 },
	{ "sidtl", C(SIDT), SH_MEM, 6, 0 }, { "sidtw", C(SIDT), SH_MEM, 6, 0 },
	{ "lldt", C(LLDT), SH_RM, 2, 0 }, { "lldtw", C(LLDT), SH_RM, 2, 0 },
	{ "ltr", C(LTR), SH_RM, 2, 0 }, { "ltrw", C(LTR), SH_RM, 2, 0 },
	{ "sldt", C(SLDT), SH_RM, 0, 0 }, { "sldtw", C(SLDT), SH_RM, 2, 0 },
	{ "sldtl", C(SLDT), SH_RM, 4, 0 }, { "sldtq", C(SLDT), SH_RM, 8, 0 },
	{ "str", C(STR), SH_RM, 0, 0 }, { "strw", C(STR), SH_RM, 2, 0 },
	{ "strl", C(STR), SH_RM, 4, 0 }, { "strq", C(STR), SH_RM, 8, 0 },
	{ "invlpg", C(INVLPG), SH_MEM, 0, 0 }, { "invpcid", C(INVPCID), SH_INVPCID, 16, 0 },
	{ "invd", C(INVD), SH_NONE, 0, 0 }, { "wbinvd", C(WBINVD), SH_NONE, 0, 0 },
	{ "wbnoinvd", C(WBINVD), SH_NONE, 0, 0 },
	{ "rdmsr", C(RDMSR), SH_NONE, 0, 0 }, { "wrmsr", C(WRMSR), SH_NONE, 0, 0 },
	{ "rdtsc", C(RDTSC), SH_NONE, 0, 0 }, { "rdtscp", C(RDTSCP), SH_NONE, 0, 0 },
	{ "rdpmc", C(RDPMC), SH_NONE, 0, 0 }, { "cpuid", C(CPUID), SH_NONE, 0, 0 },
	{ "xsetbv", C(XSETBV), SH_NONE, 0, 0 },
	{ "iret", C(IRET), SH_NONE, 4, C(IRET) }, { "iretw", C(IRET), SH_NONE, 2, C(IRET) },
	{ "iretl", C(IRET), SH_NONE, 4, C(IRET) }, { "iretd", C(IRET), SH_NONE, 4, C(IRET) },
	{ "iretq", C(IRET), SH_NONE, 8, C(IRET) },
	{ "sysret", C(SYSRET), SH_NONE, 4, C(SYSRET) },
	{ "sysretl", C(SYSRET), SH_NONE, 4, C(SYSRET) },
	{ "sysretq", C(SYSRET), SH_NONE, 8, C(SYSRET) },
	{ "sysexit", C(SYSEXIT), SH_NONE, 4, 0 }, { "sysexitl", C(SYSEXIT), SH_NONE, 4, 0 },
	{ "sysexitq", C(SYSEXIT), SH_NONE, 8, 0 },
	{ "swapgs", C(SWAPGS), SH_NONE, 0, 0 },
	{ "ljmp", C(FAR_JMP), SH_FAR, 4, 0 }, { "ljmpw", C(FAR_JMP), SH_FAR, 2, 0 },
	{ "ljmpl", C(FAR_JMP), SH_FAR, 4, 0 }, { "ljmpq", C(FAR_JMP), SH_FAR, 8, 0 },
	{ "lcall", C(FAR_CALL), SH_FAR, 4, 0 }, { "lcallw", C(FAR_CALL), SH_FAR, 2, 0 },
	{ "lcalll", C(FAR_CALL), SH_FAR, 4, 0 }, { "lcallq", C(FAR_CALL), SH_FAR, 8, 0 },
	{ "lret", C(FAR_RET), SH_LRET, 4, 0 }, { "lretw", C(FAR_RET), SH_LRET, 2, 0 },
	{ "lretl", C(FAR_RET), SH_LRET, 4, 0 }, { "lretq", C(FAR_RET), SH_LRET, 8, 0 },
	/* gas' other spelling of the far return (same encodings: cb, ca iw, 66/48 cb) */
	{ "retf", C(FAR_RET), SH_LRET, 4, 0 }, { "retfw", C(FAR_RET), SH_LRET, 2, 0 },
	{ "retfl", C(FAR_RET), SH_LRET, 4, 0 }, { "retfq", C(FAR_RET), SH_LRET, 8, 0 },
	{ "jmp", C(FAR_JMP), SH_JMPCALL, 4, 0 }, { "call", C(FAR_CALL), SH_JMPCALL, 4, 0 },
	{ "int", C(INT), SH_INT, 0, 0 }, { "int3", 0, SH_INT3, 0, 0 },
	/* int1 (f1, "icebp"): a one-byte debug trap like int3, never padded */
	{ "int1", 0, SH_INT3, 1, 0 }, { "icebp", 0, SH_INT3, 1, 0 },
	{ "lar", C(LAR), SH_LARLSL, 0, 0 }, { "larw", C(LAR), SH_LARLSL, 2, 0 },
	{ "larl", C(LAR), SH_LARLSL, 4, 0 }, { "larq", C(LAR), SH_LARLSL, 8, 0 },
	{ "lsl", C(LSL), SH_LARLSL, 0, 0 }, { "lslw", C(LSL), SH_LARLSL, 2, 0 },
	{ "lsll", C(LSL), SH_LARLSL, 4, 0 }, { "lslq", C(LSL), SH_LARLSL, 8, 0 },
	{ "verr", C(VERR), SH_RM, 2, 0 }, { "verrw", C(VERR), SH_RM, 2, 0 },
	{ "verw", C(VERW), SH_RM, 2, 0 }, { "verww", C(VERW), SH_RM, 2, 0 },
	{ "monitor", C(MONITOR), SH_IMPLICIT, 0, 0 }, { "mwait", C(MWAIT), SH_IMPLICIT, 0, C(MWAIT) },
	{ "rdfsbase", C(RDFSBASE), SH_REG, 0, 0 }, { "rdfsbasel", C(RDFSBASE), SH_REG, 4, 0 },
	{ "rdfsbaseq", C(RDFSBASE), SH_REG, 8, 0 },
	{ "rdgsbase", C(RDGSBASE), SH_REG, 0, 0 }, { "rdgsbasel", C(RDGSBASE), SH_REG, 4, 0 },
	{ "rdgsbaseq", C(RDGSBASE), SH_REG, 8, 0 },
	{ "wrfsbase", C(WRFSBASE), SH_REG, 0, 0 }, { "wrfsbasel", C(WRFSBASE), SH_REG, 4, 0 },
	{ "wrfsbaseq", C(WRFSBASE), SH_REG, 8, 0 },
	{ "wrgsbase", C(WRGSBASE), SH_REG, 0, 0 }, { "wrgsbasel", C(WRGSBASE), SH_REG, 4, 0 },
	{ "wrgsbaseq", C(WRGSBASE), SH_REG, 8, 0 },
	{ "clac", C(CLAC), SH_NONE, 0, 0 }, { "stac", C(STAC), SH_NONE, 0, 0 },
	{ "xsaves", C(XSAVES), SH_MEM, 0, 0 }, { "xsaves64", C(XSAVES), SH_MEM, 8, 0 },
	{ "xsavesq", C(XSAVES), SH_MEM, 8, 0 },
	{ "xrstors", C(XRSTORS), SH_MEM, 0, 0 }, { "xrstors64", C(XRSTORS), SH_MEM, 8, 0 },
	{ "xrstorsq", C(XRSTORS), SH_MEM, 8, 0 },
	{ "ret", 0, SH_TAIL, 8, C(RET) }, { "retq", 0, SH_TAIL, 8, C(RET) },
	{ "retl", 0, SH_TAIL, 4, C(RET) }, { "retw", 0, SH_TAIL, 2, C(RET) },
};
#undef C

/* Hash index over table[], built on first use: every instruction of every
 * input is looked up, so no linear scan. */
#define HASH_SIZE 512
#define NTABLE (sizeof(table) / sizeof(table[0]))

static unsigned hash_name(const char *s)
{
	unsigned h = 2166136261u;
	while (*s)
		h = (h ^ (unsigned char)*s++) * 16777619u;
	return h & (HASH_SIZE - 1);
}

static const struct mnem *lookup(const char *name)
{
	static short head[HASH_SIZE], next[NTABLE];
	static int built;

	if (!built) {
		for (size_t i = 0; i < HASH_SIZE; i++)
			head[i] = -1;
		for (size_t i = 0; i < NTABLE; i++) {
			unsigned h = hash_name(table[i].name);
			next[i] = head[h];
			head[h] = (short)i;
		}
		built = 1;
	}
	for (int i = head[hash_name(name)]; i >= 0; i = next[i])
		if (!strcmp(name, table[i].name))
			return &table[i];
	return NULL;
}

static int is_gpr(const struct ab_opnd *o)
{
	return o->kind == AB_OP_REG && o->reg < 16;
}

static int is_seg(const struct ab_opnd *o)
{
	return o->kind == AB_OP_REG && o->reg >= AB_REG_ES && o->reg <= AB_REG_GS;
}

static int is_cr(const struct ab_opnd *o)
{
	return o->kind == AB_OP_REG && o->reg >= AB_REG_CR0 && o->reg < AB_REG_CR0 + 16;
}

static int is_dr(const struct ab_opnd *o)
{
	return o->kind == AB_OP_REG && o->reg >= AB_REG_DR0 && o->reg < AB_REG_DR0 + 16;
}

/* Does operand text name a control, debug or segment register (not as a
 * segment override)?  Used when operands do not parse, to fail closed.
 * 1: yes; 2: only a register given by a macro parameter (%\reg); 0: no. */
static int mentions_special(const char *s, size_t n)
{
	int param = 0;

	for (size_t i = 0; i + 2 < n; i++) {
		if (s[i] != '%')
			continue;
		char a = (char)tolower((unsigned char)s[i + 1]), b = (char)tolower((unsigned char)s[i + 2]);
		if ((a == 'c' && b == 'r') || (a == 'd' && (b == 'r' || b == 'b')))
			return 1;
		if (b == 's' && strchr("ecsdfg", a)) {
			size_t j = i + 3;
			while (j < n && isspace((unsigned char)s[j]))
				j++;
			if (j == n || s[j] != ':')
				return 1;
		}
		if (s[i + 1] == '\\')	/* %\reg: a macro parameter could be anything */
			param = 1;
	}
	return param ? 2 : 0;
}

static unsigned prefix_count(const struct ab_stmt *st)
{
	return st->nprefix;
}

static void set_mem(struct ab_insn *in, const struct ab_opnd *o)
{
	in->form = AB_FORM_MEM;
	in->base = o->base;
	in->index = o->index;
	in->scale = o->scale;
	in->seg = o->seg;
	snprintf(in->disp, sizeof(in->disp), "%s", o->expr[0] ? o->expr : "0");
}

static int set_rm(struct ab_insn *in, const struct ab_opnd *o, char *err, size_t errlen)
{
	if (o->kind == AB_OP_REG) {
		if (!is_gpr(o)) {
			snprintf(err, errlen, "operand must be a general register or memory");
			return -1;
		}
		in->form = AB_FORM_REG;
		in->reg = o->reg;
		return 0;
	}
	if (o->kind == AB_OP_MEM) {
		set_mem(in, o);
		return 0;
	}
	snprintf(err, errlen, "operand must be a register or memory");
	return -1;
}

/* "sym", "sym+8", "sym-0x10": a symbol plus a constant (what .reloc takes). */
static int is_sym_plus_const(const char *e)
{
	const char *s = e;
	long long v;

	if (!(isalpha((unsigned char)*s) || *s == '_' || *s == '.' || *s == '$'))
		return 0;
	while (isalnum((unsigned char)*s) || *s == '_' || *s == '.' || *s == '$')
		s++;
	while (isspace((unsigned char)*s))
		s++;
	if (!*s)
		return 1;
	return (*s == '+' || *s == '-') && ab_expr_number(s + 1, &v);
}

/* Finishes a memory displacement: rip-relative symbol vs number. */
static int fix_disp(struct ab_insn *in, char *err, size_t errlen)
{
	long long v;

	if (in->form != AB_FORM_MEM && in->form != AB_FORM_FAR_IMM)
		return 0;
	if (in->form == AB_FORM_MEM && strchr(in->disp, '\\')) {
		/* A macro argument as the whole operand ("lgdt \desc"): fine as a
		 * symbol or number; "(%rbx)" or "%rax" would only warn in ".long X"
		 * and leave a wrong record, but fail in "(X) - (X)". */
		char tmp[AB_EXPR_MAX];
		if (strlen(in->disp) > 80) {
			snprintf(err, errlen, "operand '%s' too long", in->disp);
			return -1;
		}
		snprintf(tmp, sizeof(tmp), "%s", in->disp);
		snprintf(in->disp, sizeof(in->disp), "((%.80s) - (%.80s) + (%.80s))", tmp, tmp, tmp);
		return 0;
	}
	if (strchr(in->disp, '@')) {
		snprintf(err, errlen, "cannot record relocation operator in '%s'", in->disp);
		return -1;
	}
	if (in->form == AB_FORM_MEM && in->base == AB_REG_RIP) {
		if (ab_expr_number(in->disp, &v)) {
			in->flags |= AB_SITE_F_RIP_NUMERIC;
		} else {
			char tmp[AB_EXPR_MAX];
			snprintf(tmp, sizeof(tmp), "%.*s", AB_EXPR_MAX - 1, in->disp);
			snprintf(in->disp, sizeof(in->disp), "(%.*s) - .", AB_EXPR_MAX - 1, tmp);
			in->flags |= AB_SITE_F_DISP_PCREL;
		}
	} else if (in->form == AB_FORM_MEM && !ab_expr_number(in->disp, &v) && is_sym_plus_const(in->disp)) {
		/* The instruction's disp32 is sign-extended (R_X86_64_32S): record
		 * it the same way, or code linked at -2 GiB would not link. */
		in->disp_reloc = 1;
	}
	return 0;
}

static int port_form(struct ab_insn *in, const struct ab_opnd *p, char *err, size_t errlen)
{
	if (p->kind == AB_OP_IMM) {
		in->form = AB_FORM_IMM;
		snprintf(in->imm, sizeof(in->imm), "%s", p->expr);
		return 0;
	}
	if ((p->kind == AB_OP_REG && p->reg == AB_REG_RDX && p->size == 2) ||
	    (p->kind == AB_OP_MEM && p->base == AB_REG_RDX && p->base_size == 2 &&
	     p->index == AB_REG_NONE && !p->expr[0] && p->seg == AB_REG_NONE)) {
		in->form = AB_FORM_DX;
		return 0;
	}
	/* gas 2.40 takes %dx, %edx and %rdx as the port (all encode as (%dx));
	 * any other register it refuses ("operand type/size mismatch") */
	if (p->kind == AB_OP_REG && !(p->reg == AB_REG_RDX && p->size >= 2))
		in->invalid = 1;
	snprintf(err, errlen, "port must be $imm8 or %%dx");
	return -1;
}

static int data_reg(struct ab_insn *in, const struct ab_opnd *d, char *err, size_t errlen)
{
	if (d->kind != AB_OP_REG || d->reg != AB_REG_RAX || d->size > 4 || d->high8) {
		/* gas 2.40 refuses every other register here (%ah, %rax, %cl, ...) */
		if (d->kind == AB_OP_REG)
			in->invalid = 1;
		snprintf(err, errlen, "data operand must be %%al, %%ax or %%eax");
		return -1;
	}
	if (in->opsize && in->opsize != d->size) {
		/* "outb %ax": gas 2.40 refuses a register the suffix contradicts */
		in->invalid = 1;
		snprintf(err, errlen, "data operand size differs from the suffix");
		return -1;
	}
	if (!in->opsize)
		in->opsize = d->size;
	return 0;
}

int ab_classify(const struct ab_stmt *st, struct ab_insn *in, char *err, size_t errlen)
{
	const struct mnem *m;
	struct ab_span sp[4];
	struct ab_opnd op[4];
	int n, i;

	memset(in, 0, sizeof(*in));
	in->reg = in->base = in->index = in->seg = AB_REG_NONE;
	strcpy(in->imm, "0");
	strcpy(in->disp, "0");
	if (errlen)
		err[0] = 0;
	if (st->kind != AB_STMT_INSN || !(m = lookup(st->name)))
		return 0;
	in->tail_cls = m->tail;
	if (m->shape == SH_INT3) {
		in->int3 = m->opsize ? 2 : 1;	/* int1 / int3 */
		return 0;
	}
	if (m->shape == SH_TAIL)
		return 0;
	n = ab_opnd_split(st->args, st->argslen, sp, 4);
	if (n < 0) {
		snprintf(err, errlen, "%s: too many operands", st->name);
		return -1;
	}
	for (i = 0; i < n; i++) {
		if (ab_opnd_parse(st->args + sp[i].off, sp[i].len, &op[i], err, errlen)) {
			/* Ordinary mov/push/pop/jmp/call operands we need not understand;
			 * a register from a macro parameter is the caller's to judge. */
			int ms = mentions_special(st->args, st->argslen);
			if (m->shape == SH_JMPCALL || ((m->shape == SH_MOV || m->shape == SH_PUSH ||
			    m->shape == SH_POP) && ms != 1)) {
				in->macro_reg = ms == 2 && m->shape != SH_JMPCALL;
				if (errlen)
					err[0] = 0;
				return 0;
			}
			char tmp[160];
			snprintf(tmp, sizeof(tmp), "%s", err);
			snprintf(err, errlen, "%s: cannot record operand: %s", st->name, tmp);
			return -1;
		}
	}
	in->cls = m->cls;
	in->opsize = m->opsize;
	if (st->prefixes & AB_PREFIX_LOCK)
		in->flags |= AB_SITE_F_LOCK;
	if (st->prefixes & AB_PREFIX_REP)
		in->flags |= AB_SITE_F_REP;
	switch (m->shape) {
	case SH_NONE:
		if (n) {
			snprintf(err, errlen, "%s takes no operands", st->name);
			return -1;
		}
		if (in->opsize && (st->prefixes & AB_PREFIX_REX_W))
			in->opsize = 8;
		else if (in->opsize && (st->prefixes & AB_PREFIX_DATA16))
			in->opsize = 2;
		break;
	case SH_IMPLICIT:
		for (i = 0; i < n; i++)
			if (!is_gpr(&op[i])) {
				snprintf(err, errlen, "%s: operands must be its implicit registers", st->name);
				return -1;
			}
		break;
	case SH_IN:	/* in port[, %al|%ax|%eax] */
	case SH_OUT:	/* out [%al|%ax|%eax,] port */
		if (n < 1 || n > 2)
			goto bad;
		{
			/* both operands, so that "invalid" sees a register gas refuses in either */
			int in_ = m->shape == SH_IN, pf, dr = 0;
			pf = port_form(in, &op[in_ ? 0 : n - 1], err, errlen);
			if (n == 2)
				dr = pf ? data_reg(in, &op[in_ ? 1 : 0], NULL, 0)
					: data_reg(in, &op[in_ ? 1 : 0], err, errlen);
			if (pf || dr)
				goto bad;
		}
		break;
	case SH_INS:	/* ins [(%dx), %es:(%rdi)] */
	case SH_OUTS:	/* outs [%ds:(%rsi), (%dx)] */
		if (n != 0 && n != 2)
			goto bad;
		if (n == 2 && port_form(in, &op[m->shape == SH_INS ? 0 : 1], err, errlen))
			goto bad;
		in->form = AB_FORM_DX;
		break;
	case SH_MOV:
		if (n != 2)
			return mentions_special(st->args, st->argslen) == 1 ? (snprintf(err, errlen,
				"%s: unexpected operands", st->name), -1) : 0;
		if (is_cr(&op[1]) || is_dr(&op[1]) || is_cr(&op[0]) || is_dr(&op[0])) {
			int to = is_cr(&op[1]) || is_dr(&op[1]);
			const struct ab_opnd *spec = &op[to], *gpr = &op[!to];
			if (!is_gpr(gpr) || gpr->size < 4) {
				snprintf(err, errlen, "%s: control/debug register moves need a 32/64-bit general register", st->name);
				return -1;
			}
			in->cls = is_cr(spec) ? (to ? AB_CLASS_MOV_TO_CR : AB_CLASS_MOV_FROM_CR)
					      : (to ? AB_CLASS_MOV_TO_DR : AB_CLASS_MOV_FROM_DR);
			in->form = AB_FORM_REG;
			in->reg = gpr->reg;
			in->opsize = 8;
			snprintf(in->imm, sizeof(in->imm), "%u", spec->reg);
		} else if (is_seg(&op[1]) || is_seg(&op[0])) {
			int to = is_seg(&op[1]);
			const struct ab_opnd *other = &op[!to];
			in->cls = to ? AB_CLASS_MOV_TO_SEG : AB_CLASS_MOV_FROM_SEG;
			if (set_rm(in, other, err, errlen))
				goto bad;
			if (!in->opsize)
				in->opsize = other->kind == AB_OP_REG ? other->size : 2;
			snprintf(in->imm, sizeof(in->imm), "%u", op[to].reg);
		} else {
			return 0;	/* ordinary move */
		}
		break;
	case SH_PUSH:
	case SH_POP:
		if (n != 1 || !is_seg(&op[0]))
			return 0;	/* pushq $imm, push %rax ... */
		in->cls = m->shape == SH_PUSH ? AB_CLASS_PUSH_SEG : AB_CLASS_POP_SEG;
		in->form = AB_FORM_REG;
		in->reg = op[0].reg;
		break;
	case SH_RM:
		if (n != 1 || set_rm(in, &op[0], err, errlen))
			goto bad;
		if (!in->opsize)
			in->opsize = op[0].kind == AB_OP_REG ? op[0].size : 2;
		break;
	case SH_MEM:
		if (n != 1 || op[0].kind != AB_OP_MEM) {
			snprintf(err, errlen, "operand must be memory");
			goto bad;
		}
		set_mem(in, &op[0]);
		break;
	case SH_REG:
		if (n != 1 || !is_gpr(&op[0]) || op[0].size < 4) {
			snprintf(err, errlen, "operand must be a 32/64-bit general register");
			goto bad;
		}
		in->form = AB_FORM_REG;
		in->reg = op[0].reg;
		if (!in->opsize)
			in->opsize = op[0].size;
		break;
	case SH_LARLSL:	/* lar src, %reg */
	case SH_INVPCID:	/* invpcid mem, %reg */
		if (n != 2 || !is_gpr(&op[1]) || set_rm(in, &op[0], err, errlen))
			goto bad;
		if (m->shape == SH_INVPCID && op[0].kind != AB_OP_MEM)
			goto bad;
		if (!in->opsize)
			in->opsize = op[1].size;
		snprintf(in->imm, sizeof(in->imm), "%u", op[1].reg);
		break;
	case SH_INT: {
		long long v;
		if (n != 1 || op[0].kind != AB_OP_IMM) {
			snprintf(err, errlen, "operand must be $vector");
			goto bad;
		}
		/* gas encodes "int $3" (any expression worth 3 when it is
		 * assembled) as int3 (cc): treat it exactly like int3. */
		if (ab_expr_eval(op[0].expr, &v)) {
			if (v == 3) {
				memset(in, 0, sizeof(*in));
				in->reg = in->base = in->index = in->seg = AB_REG_NONE;
				strcpy(in->imm, "0");
				strcpy(in->disp, "0");
				in->int3 = 1;
				return 0;
			}
		} else {
			/* A symbol: gas makes it int3 if the symbol is 3 where the
			 * instruction is assembled.  The caller adds an assembly-time
			 * check that the instruction is the 2-byte cd ib. */
			in->guard_len = 2 + prefix_count(st);
		}
		/* the vector is the imm8 (int $-1 is int $0xff) */
		in->form = AB_FORM_IMM;
		long long plain;
		if (ab_expr_number(op[0].expr, &plain) && plain >= 0 && plain <= 0xff)
			snprintf(in->imm, sizeof(in->imm), "%s", op[0].expr);
		else if (!in->guard_len)
			snprintf(in->imm, sizeof(in->imm), "%lld", v & 0xff);
		else
			snprintf(in->imm, sizeof(in->imm), "(%.*s) & 0xff", AB_EXPR_MAX - 12, op[0].expr);
		break;
	}
	case SH_JMPCALL:
		if (n != 2 || op[0].kind != AB_OP_IMM || op[1].kind != AB_OP_IMM)
			return 0;	/* near jmp/call */
		__attribute__((fallthrough));	/* "jmp $sel, $off" is a far jump */
	case SH_FAR:
		if (n == 2 && op[0].kind == AB_OP_IMM && op[1].kind == AB_OP_IMM) {
			in->form = AB_FORM_FAR_IMM;
			snprintf(in->imm, sizeof(in->imm), "%s", op[0].expr);
			snprintf(in->disp, sizeof(in->disp), "%s", op[1].expr);
		} else if (n == 1 && op[0].kind == AB_OP_MEM) {
			set_mem(in, &op[0]);
			if (st->prefixes & AB_PREFIX_REX_W)	/* m16:64 */
				in->opsize = 8;
			else if (st->prefixes & AB_PREFIX_DATA16)	/* m16:16 */
				in->opsize = 2;
		} else {
			snprintf(err, errlen, "operand must be $sel, $off or *memory");
			goto bad;
		}
		break;
	case SH_LRET:
		if (n > 1 || (n == 1 && op[0].kind != AB_OP_IMM))
			goto bad;
		if (n == 1) {
			in->form = AB_FORM_IMM;
			snprintf(in->imm, sizeof(in->imm), "%s", op[0].expr);
		}
		if (st->prefixes & AB_PREFIX_REX_W)
			in->opsize = 8;
		else if (st->prefixes & AB_PREFIX_DATA16)
			in->opsize = 2;
		break;
	}
	/* "fs lgdt (%rax)": the prefix word is the segment of the memory operand
	 * (an explicit %fs: wins in gas too: the last override is encoded) */
	if (in->form == AB_FORM_MEM && in->seg == AB_REG_NONE && st->seg_prefix)
		in->seg = st->seg_prefix;
	if (fix_disp(in, err, errlen))
		return -1;
	if (in->form == AB_FORM_MEM && in->scale == 0)
		in->scale = 1;
	return (int)in->cls;
bad:
	if (!err[0] || strncmp(err, st->name, strlen(st->name))) {
		char tmp[160];
		snprintf(tmp, sizeof(tmp), "%s", err[0] ? err : "unexpected operands");
		snprintf(err, errlen, "%s: cannot record operands '%.*s': %s", st->name,
			 (int)st->argslen, st->args, tmp);
	}
	return -1;
}

/*
 * Intel syntax (-masm=intel, .intel_syntax): operands are not parsed, so a
 * sensitive mnemonic, or a mov/push/pop naming a control, debug or segment
 * register, or a far jmp/call ("FWORD PTR", "far"; retf is in the table),
 * is refused (fail closed).  Returns 1 if the statement must be refused.
 */
int ab_classify_intel(const struct ab_stmt *st)
{
	const struct mnem *m;

	if (st->kind != AB_STMT_INSN || !(m = lookup(st->name)) || m->shape == SH_TAIL ||
	    m->shape == SH_INT3)
		return 0;
	if (m->shape != SH_MOV && m->shape != SH_PUSH && m->shape != SH_POP && m->shape != SH_JMPCALL)
		return 1;
	/* whole words: crN, drN, the segment registers (not as "fs:"), far */
	const char *a = st->args, *e = st->args + st->argslen;
	while (a < e) {
		while (a < e && !isalnum((unsigned char)*a))
			a++;
		const char *w = a;
		while (a < e && isalnum((unsigned char)*a))
			a++;
		size_t n = (size_t)(a - w);
		char lw[8];
		if (!n || n >= sizeof(lw))
			continue;
		for (size_t i = 0; i < n; i++)
			lw[i] = (char)tolower((unsigned char)w[i]);
		lw[n] = 0;
		const char *c = a;
		while (c < e && isspace((unsigned char)*c))
			c++;
		if (((lw[0] == 'c' || lw[0] == 'd') && lw[1] == 'r' && isdigit((unsigned char)lw[2])) ||
		    !strcmp(lw, "far") || !strcmp(lw, "fword") || !strcmp(lw, "tbyte") ||
		    (n == 2 && lw[1] == 's' && strchr("ecsdfg", lw[0]) && (c == e || *c != ':')))
			return 1;
	}
	return 0;
}

int ab_classify_text(const char *text, struct ab_insn *in, char *err, size_t errlen)
{
	struct ab_stmt st;

	ab_stmt_parse(text, strlen(text), &st);
	return ab_classify(&st, in, err, errlen);
}

/*
 * A profiled memory instruction (second pass) as a site of class cls: the
 * memory operand is the last AT&T operand (or, for string stores, implicit:
 * form NONE); reg = the source register, imm = a numeric immediate source.
 */
int ab_classify_mem(const struct ab_stmt *st, unsigned cls, struct ab_insn *in, char *err, size_t errlen)
{
	struct ab_span sp[4];
	struct ab_opnd op[4];
	long long v;
	int n;

	memset(in, 0, sizeof(*in));
	in->reg = in->base = in->index = in->seg = AB_REG_NONE;
	strcpy(in->imm, "0");
	strcpy(in->disp, "0");
	in->cls = cls;
	if (st->prefixes & AB_PREFIX_LOCK)
		in->flags |= AB_SITE_F_LOCK;
	if (st->prefixes & AB_PREFIX_REP)
		in->flags |= AB_SITE_F_REP;
	n = st->args ? ab_opnd_split(st->args, st->argslen, sp, 4) : 0;
	if (n < 0) {
		snprintf(err, errlen, "too many operands");
		return -1;
	}
	for (int i = 0; i < n; i++)
		if (ab_opnd_parse(st->args + sp[i].off, sp[i].len, &op[i], err, errlen))
			return -1;
	if (n > 0) {
		if (op[n - 1].kind != AB_OP_MEM) {
			snprintf(err, errlen, "profiled instruction has no memory destination");
			return -1;
		}
		set_mem(in, &op[n - 1]);
		if (n >= 2 && op[0].kind == AB_OP_REG && is_gpr(&op[0])) {
			in->reg = op[0].reg;
			in->opsize = op[0].size;
		} else if (n >= 2 && op[0].kind == AB_OP_IMM && ab_expr_number(op[0].expr, &v)) {
			snprintf(in->imm, sizeof(in->imm), "%lld", v);
		}
	}
	if (!in->opsize) {
		size_t l = strlen(st->name);
		char c = l > 1 ? st->name[l - 1] : 0;
		in->opsize = c == 'b' ? 1 : c == 'w' ? 2 : c == 'l' ? 4 : c == 'q' ? 8 : 0;
	}
	return fix_disp(in, err, errlen);
}

/*
 * The i-th spelling of the table (mparam.c names every one at gas level),
 * NULL past the end.  *always: sensitive whatever its operands (not
 * mov/push/pop, near-or-far jmp/call, ret, int3).
 */
const char *ab_mnem_name(size_t i, int *always)
{
	if (i >= NTABLE)
		return NULL;
	*always = table[i].cls != 0 && table[i].shape != SH_JMPCALL;
	return table[i].name;
}
