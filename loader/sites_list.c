/*
 * sites_list.c - `afterburn-sites list`: one line per site record with its
 * decoded operands, and per-class totals.
 */
#include <stddef.h>
#include "sites.h"

/* Register names as records encode them (enum ab_reg). */
static const char *ab_sites_reg(unsigned r, char *buf, size_t len)
{
	static const char *const gpr[16] = { "rax", "rcx", "rdx", "rbx", "rsp", "rbp", "rsi", "rdi",
		"r8", "r9", "r10", "r11", "r12", "r13", "r14", "r15" };
	static const char *const sreg[6] = { "es", "cs", "ss", "ds", "fs", "gs" };

	if (r < 16)
		snprintf(buf, len, "%%%s", gpr[r]);
	else if (r >= AB_REG_ES && r <= AB_REG_GS)
		snprintf(buf, len, "%%%s", sreg[r - AB_REG_ES]);
	else if (r >= AB_REG_CR0 && r < AB_REG_CR0 + 16)
		snprintf(buf, len, "%%cr%u", r - AB_REG_CR0);
	else if (r >= AB_REG_DR0 && r < AB_REG_DR0 + 16)
		snprintf(buf, len, "%%db%u", r - AB_REG_DR0);
	else if (r == AB_REG_RIP)
		snprintf(buf, len, "%%rip");
	else if (r == AB_REG_NONE)
		snprintf(buf, len, "%s", "");
	else
		snprintf(buf, len, "?reg%u", r);
	return buf;
}

/* Operand summary of a record, for `list`. */
static void ab_sites_operands(const struct ab_elf *e, const struct ab_site *r, uint64_t rec_va,
			      uint64_t site_va, char *out, size_t len)
{
	char a[16], b[16], c[16], sym[128];
	size_t n = 0;

	switch (r->form) {
	case AB_FORM_NONE:
		n = (size_t)snprintf(out, len, "-");
		break;
	case AB_FORM_REG:
		n = (size_t)snprintf(out, len, "reg %s", ab_sites_reg(r->reg, a, sizeof(a)));
		break;
	case AB_FORM_IMM:
		n = (size_t)snprintf(out, len, "imm $0x%x", (unsigned)r->imm);
		break;
	case AB_FORM_DX:
		n = (size_t)snprintf(out, len, "port %%dx");
		break;
	case AB_FORM_FAR_IMM:
		n = (size_t)snprintf(out, len, "far $0x%x,$0x%x", (unsigned)r->imm, (unsigned)r->disp);
		break;
	case AB_FORM_MEM:
		if (r->base == AB_REG_RIP) {
			uint64_t t = (r->flags & AB_SITE_F_DISP_PCREL)
				? rec_va + offsetof(struct ab_site, disp) + (uint64_t)(int64_t)r->disp
				: site_va + r->insn_len + (uint64_t)(int64_t)r->disp;

			n = (size_t)snprintf(out, len, "mem %s(%%rip) = 0x%lx",
					     ab_elf_symbolize(e, t, sym, sizeof(sym)), (unsigned long)t);
		} else {
			char idx[24] = "";

			if (r->index != AB_REG_NONE)
				snprintf(idx, sizeof(idx), ",%s,%u", ab_sites_reg(r->index, b, sizeof(b)),
					 r->scale);
			n = (size_t)snprintf(out, len, "mem %s%s%s0x%x(%s%s)",
					     r->seg != AB_REG_NONE ? ab_sites_reg(r->seg, c, sizeof(c)) : "",
					     r->seg != AB_REG_NONE ? ":" : "", r->disp < 0 ? "-" : "",
					     r->disp < 0 ? -(unsigned)r->disp : (unsigned)r->disp,
					     ab_sites_reg(r->base, a, sizeof(a)), idx);
		}
		break;
	default:
		n = (size_t)snprintf(out, len, "?form%u", r->form);
	}
	if (n < len && r->opsize)
		n += (size_t)snprintf(out + n, len - n, " size %u", r->opsize);
	if (n < len && (r->flags & AB_SITE_F_PAIR))
		n += (size_t)snprintf(out + n, len - n, " +%s", ab_class_name(r->pair_cls));
	if (n < len && (r->flags & AB_SITE_F_REP))
		n += (size_t)snprintf(out + n, len - n, " rep");
	if (n < len && (r->flags & AB_SITE_F_LOCK))
		n += (size_t)snprintf(out + n, len - n, " lock");
	if (n < len && r->id)
		snprintf(out + n, len - n, " id %08x", r->id);
}

int ab_sites_list(struct ab_elf *e)
{
	uint32_t per_class[AB_CLASS_COUNT + 1] = { 0 }, i;
	char sym[128], ops[160];

	if (ab_elf_sites(e, 0))
		return 1;
	printf("%-18s %-32s %-13s %4s %4s  %s\n", "ADDRESS", "SYMBOL+OFF", "CLASS", "INSN", "SITE",
	       "OPERANDS");
	for (i = 0; i < e->nsites; i++) {
		struct ab_site r;
		uint64_t site_va, slot_va;

		ab_elf_record(e, i, &r, &site_va, &slot_va);
		ab_sites_operands(e, &r, e->sites_va + (uint64_t)i * sizeof(r), site_va, ops, sizeof(ops));
		printf("0x%016lx %-32s %-13s %4u %4u  %s\n", (unsigned long)site_va,
		       ab_elf_symbolize(e, site_va, sym, sizeof(sym)), ab_class_name(r.cls),
		       r.insn_len, r.site_len, ops);
		per_class[r.cls < AB_CLASS_COUNT ? r.cls : AB_CLASS_COUNT]++;
	}
	printf("sites: %u\n", e->nsites);
	for (i = 0; i <= AB_CLASS_COUNT; i++)
		if (per_class[i])
			printf("  %-13s %u\n", i < AB_CLASS_COUNT ? ab_class_name(i) : "(bad class)",
			       per_class[i]);
	return 0;
}

