/*
 * emit.c - the text afterburn adds: per-site pad, slot and record, the
 * .code16/.code32 range records and the per-file ABI word.
 *
 * Everything a site adds is joined with ';' onto the line of its
 * instruction, so output line N is input line N (linemarkers, .loc and gas'
 * own -g line info stay right).  Pad, slot and record of a site are the
 * macro of include/afterburn/site_asm.h, the only place that spells
 * struct ab_site out in gas, expanded by sitemacro.c.
 */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include "afterburner.h"

_Noreturn void ab_oom(void)
{
	fputs("afterburn: out of memory\n", stderr);
	exit(1);
}

void ab_buf_put(struct ab_buf *b, const char *s, size_t n)
{
	if (b->len + n + 1 > b->cap) {
		size_t cap = b->cap ? b->cap : 4096;
		while (cap < b->len + n + 1)
			cap *= 2;
		char *p = realloc(b->p, cap);
		if (!p)
			ab_oom();
		b->p = p;
		b->cap = cap;
	}
	memcpy(b->p + b->len, s, n);
	b->len += n;
	b->p[b->len] = 0;
}

void ab_buf_puts(struct ab_buf *b, const char *s)
{
	ab_buf_put(b, s, strlen(s));
}

void ab_buf_printf(struct ab_buf *b, const char *fmt, ...)
{
	char tmp[1024];
	va_list ap;

	va_start(ap, fmt);
	int n = vsnprintf(tmp, sizeof(tmp), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n < sizeof(tmp)) {
		ab_buf_put(b, tmp, (size_t)n);
		return;
	}
	char *big = malloc((size_t)n + 1);
	if (!big)
		ab_oom();
	va_start(ap, fmt);
	vsnprintf(big, (size_t)n + 1, fmt, ap);
	va_end(ap);
	ab_buf_put(b, big, (size_t)n);
	free(big);
}

void ab_buf_free(struct ab_buf *b)
{
	free(b->p);
	memset(b, 0, sizeof(*b));
}

/*
 * Label names: AB_LBL_PREFIX, a kind and the pass' label number n.  Every
 * name is defined by assignment ("name = .") as a statement of its own, and
 * every use comes after its definition on the same line:
 *  - assignment may be repeated, so one text expanded many times (.macro,
 *    .rept, .irp, .irpc, nested macros) redefines the names and each
 *    expansion's uses see its own values (no \@ needed, which .rept lacks);
 *  - in a dead .if branch gas skips each statement whole: a site's
 *    definitions and uses are skipped together, and our own .if/.endif are
 *    never hidden behind a label (the bug of "98702: .if": the label made gas
 *    skip that .if but not our .endif, which then closed the user's .if);
 *  - the prefix is refused in input (process.c), so no user or compiler
 *    label can meet ours.
 */
#define L AB_LBL_PREFIX

void ab_emit_site_start(struct ab_buf *b, unsigned n)
{
	ab_buf_printf(b, L "s%u = .; ", n);
}

/*
 * The site's tail after its instruction(s): the macro of
 * include/afterburn/site_asm.h (pad, slot, record) expanded by sitemacro.c,
 * its arguments in the header's order.
 */
void ab_emit_site_end(struct ab_buf *b, const struct ab_insn *in, const char *group, unsigned n)
{
	unsigned len = ab_class_site_len(in->cls);
	char num[11][12], reg[24], id[16] = "0";

	if (in->pair_cls && ab_class_site_len(in->pair_cls) > len)
		len = ab_class_site_len(in->pair_cls);
	if (in->reg_expr[0])	/* chosen by gas at macro expansion (param.c) */
		snprintf(reg, sizeof(reg), "%s", in->reg_expr);
	else
		snprintf(reg, sizeof(reg), "%u", in->reg);
	if (in->id)
		snprintf(id, sizeof(id), "0x%08x", in->id);
	const unsigned v[] = { n, len, in->cls, in->pair_cls, in->flags, in->opsize, in->form,
			       in->base, in->index, in->scale, in->seg };
	for (unsigned i = 0; i < sizeof(v) / sizeof(v[0]); i++)
		snprintf(num[i], sizeof(num[i]), "%u", v[i]);
	const char *args[] = {
		num[0], num[1], num[2], num[3], num[4], num[5], num[6], reg,
		num[7], num[8], num[9], num[10], in->imm[0] ? in->imm : "0", in->disp[0] ? in->disp : "0", id,
		group ? group : "",
		in->disp_reloc ? "1" : "0",	/* sym+const: signed 32-bit like the insn's own disp32 */
	};
	ab_buf_puts(b, "; ");
	if (ab_site_expand(b, args, sizeof(args) / sizeof(args[0]))) {
		/* the header holds what sitemacro.c cannot expand: a build error, never a silent one */
		fputs("afterburn: internal error: cannot expand the macro of afterburn/site_asm.h\n", stderr);
		exit(2);
	}
}

/*
 * An instruction whose length gas must confirm (ab_insn.guard_len: `int $SYM`
 * is int3 when SYM is 3): labels around it, then an .error if it came out
 * shorter.  The statement is quoted in the message without its '"'.
 */
void ab_emit_guard_start(struct ab_buf *b, unsigned n)
{
	ab_buf_printf(b, L "g%u = .; ", n);
}

void ab_emit_guard_end(struct ab_buf *b, unsigned n, unsigned len, const char *stmt, size_t stmtlen)
{
	ab_buf_printf(b, "; " L "ge%u = .; .if (" L "ge%u - " L "g%u) < %u; .error \"afterburn: [", n, n, n, len);
	for (size_t i = 0; i < stmtlen && i < 160; i++)
		if (stmt[i] != '"')
			ab_buf_put(b, &stmt[i], 1);
	ab_buf_printf(b, "] assembled to fewer than %u bytes (int3?): write int3, or a vector that is not 3\"; .endif",
		      len);
}

void ab_emit_mode_start(struct ab_buf *b, unsigned n)
{
	ab_buf_printf(b, L "ms%u = .", n);
}

void ab_emit_mode_end(struct ab_buf *b, unsigned bits, unsigned n)
{
	ab_buf_printf(b, L "me%u = .; .pushsection %s,\"\",@progbits; .balign 8; .quad " L "ms%u, " L "me%u; .long %u, 0; .popsection; ",
		      n, AB_MODES_SECTION, n, n, bits);
}

void ab_emit_abi_word(struct ab_buf *b)
{
	ab_buf_printf(b, "\t.pushsection %s,\"a\",@progbits; .balign 4; .long 0x%08x; .popsection\n",
		      AB_ABI_SECTION, AB_ABI_WORD);
}

/* Non-allocated (flags ""): ld resolves the address, the image layout stays. */
void ab_emit_id_label(struct ab_buf *b, unsigned n)
{
	ab_buf_printf(b, L "id%u = .; ", n);
}

void ab_emit_id(struct ab_buf *b, uint32_t id, uint32_t file, const char *group, unsigned n)
{
	if (group)
		ab_buf_printf(b, "; .pushsection %s,\"G\",@progbits,%s,comdat", AB_IDS_SECTION, group);
	else
		ab_buf_printf(b, "; .pushsection %s,\"\",@progbits", AB_IDS_SECTION);
	ab_buf_printf(b, "; .balign 8; .quad " L "id%u; .long 0x%08x, 0x%08x; .popsection", n, id, file);
}

void ab_emit_id_file(struct ab_buf *b, const char *file)
{
	ab_buf_printf(b, "\t.pushsection %s,\"\",@progbits; .asciz \"%s\"; .popsection\n",
		      AB_IDFILES_SECTION, file);
}
