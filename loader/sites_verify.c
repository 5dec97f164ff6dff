/*
 * sites_verify.c - `afterburn-sites verify`: is every record true?
 *
 * The rewriter trusts records (it never decodes), so this is where they are
 * checked against the code: each site lies in an executable section and
 * its slot in afterburn_slots; Zydis decodes the site (or, in a patched
 * image, the saved original bytes) to the record's class, pair class and
 * length; a rip-relative operand is in the record iff it is in the code,
 * with the same target; port/vector immediates agree; pads are NOPs
 * (the rewriter's own check); no two sites or slots overlap.
 */
#include <elf.h>
#include <stdlib.h>
#include <string.h>
#include "sites.h"

const char *ab_sites_where(const struct ab_elf *e, uint64_t va, char *buf, size_t len)
{
	char sym[128];

	snprintf(buf, len, "0x%lx %s", (unsigned long)va, ab_elf_symbolize(e, va, sym, sizeof(sym)));
	return buf;
}

struct vf_span {
	uint64_t start, len;
	uint32_t rec;
};

static int vf_span_cmp(const void *a, const void *b)
{
	const struct vf_span *x = a, *y = b;

	return x->start < y->start ? -1 : x->start > y->start;
}

/* Report overlapping spans (sites or slots) of different records. */
static unsigned vf_overlaps(const struct ab_elf *e, struct vf_span *sp, uint32_t n, const char *what)
{
	unsigned problems = 0;
	uint32_t i;
	char w[160];

	qsort(sp, n, sizeof(*sp), vf_span_cmp);
	for (i = 1; i < n; i++)
		if (sp[i].start < sp[i - 1].start + sp[i - 1].len) {
			fprintf(stderr, "verify: %s: %s of record %u overlaps that of record %u\n",
				ab_sites_where(e, sp[i].start, w, sizeof(w)), what, sp[i].rec, sp[i - 1].rec);
			problems++;
		}
	return problems;
}

/* The record's operand against the instruction's (sites_zy.c); 1 if wrong. */
static unsigned vf_operands(const struct ab_site *r, const struct ab_zy_insn *a, const char *where)
{
	const struct ab_zy_operand op = { r->form, r->reg, r->base, r->index, r->scale, r->seg,
					  (int32_t)r->imm, r->disp, 1, 1 };
	const char *why = ab_zy_operand_mismatch(&op, a);

	if (!why)
		return 0;
	fprintf(stderr, "verify: %s: %s: record has form %u reg %u base %u index %u scale %u "
		"seg %u disp %d imm %d, code is `%s`\n", where, why, r->form, r->reg, r->base,
		r->index, r->scale, r->seg, r->disp, (int)r->imm, a->text);
	return 1;
}

/* Decode the original bytes of one record and compare with it; returns problems. */
static unsigned vf_decode(const struct ab_elf *e, const struct ab_site *r, uint64_t rec_va,
			  uint64_t site_va, const uint8_t *orig, const char *where)
{
	struct ab_zy_insn a, b;
	unsigned problems = 0, len;
	int rec_rip = r->form == AB_FORM_MEM && r->base == AB_REG_RIP;

	if (ab_zy_decode(orig, r->site_len, site_va, 64, &a)) {
		fprintf(stderr, "verify: %s: bytes do not decode as an x86-64 instruction\n", where);
		return 1;
	}
	if (ab_sites_memclass(r->cls)) {
		/* A profiled memory operation: an otherwise innocuous instruction
		 * that writes (pt-write, mmio-write) or reads (mmio-read) memory. */
		int ok = r->cls == AB_CLASS_MMIO_READ ? a.mem_read : a.mem_write;
		if (a.cls || !ok) {
			fprintf(stderr, "verify: %s: record says %s, code is `%s` (%s)\n", where,
				ab_class_name(r->cls), a.text, a.cls ? ab_class_name(a.cls) :
				r->cls == AB_CLASS_MMIO_READ ? "reads no memory" : "writes no memory");
			problems++;
		}
		if (!r->id) {
			fprintf(stderr, "verify: %s: %s site without a stable ID\n", where, ab_class_name(r->cls));
			problems++;
		}
	} else if (a.cls != r->cls) {
		fprintf(stderr, "verify: %s: record says %s, code is `%s` (%s)\n", where,
			ab_class_name(r->cls), a.text, a.cls ? ab_class_name(a.cls) : "not sensitive");
		problems++;
	}
	len = a.len;
	if (r->flags & AB_SITE_F_PAIR) {
		int ok;

		if (a.len >= r->site_len ||
		    ab_zy_decode(orig + a.len, r->site_len - a.len, site_va + a.len, 64, &b)) {
			fprintf(stderr, "verify: %s: pair tail does not decode\n", where);
			return problems + 1;
		}
		ok = r->pair_cls == AB_CLASS_RET ? b.near_ret : b.cls == r->pair_cls;
		if (!ok) {
			fprintf(stderr, "verify: %s: record says pair tail %s, code is `%s`\n", where,
				ab_class_name(r->pair_cls), b.text);
			problems++;
		}
		len += b.len;
	}
	if (len != r->insn_len) {
		fprintf(stderr, "verify: %s: record says insn_len %u, `%s` is %u bytes\n", where,
			r->insn_len, a.text, len);
		problems++;
	}
	if (a.rip != rec_rip) {
		fprintf(stderr, "verify: %s: `%s` %s a rip-relative operand but the record says %s\n",
			where, a.text, a.rip ? "has" : "has no", rec_rip ? "it has" : "it has not");
		problems++;
	} else if (a.rip) {
		uint64_t t = (r->flags & AB_SITE_F_DISP_PCREL)
			? rec_va + offsetof(struct ab_site, disp) + (uint64_t)(int64_t)r->disp
			: site_va + r->insn_len + (uint64_t)(int64_t)r->disp;

		if (t != a.rip_target) {
			fprintf(stderr, "verify: %s: `%s` addresses 0x%lx, the record 0x%lx\n", where,
				a.text, (unsigned long)a.rip_target, (unsigned long)t);
			problems++;
		}
	}
	problems += vf_operands(r, &a, where);
	/* Port and vector immediates are what a VMM emulates from the record. */
	if (r->form == AB_FORM_IMM && (r->cls == AB_CLASS_IN || r->cls == AB_CLASS_OUT ||
				       r->cls == AB_CLASS_INT) &&
	    (!a.has_imm || a.imm != (uint64_t)(uint32_t)r->imm)) {
		fprintf(stderr, "verify: %s: record says imm 0x%x, `%s` disagrees\n", where,
			(unsigned)r->imm, a.text);
		problems++;
	}
	return problems;
}

static unsigned vf_record(const struct ab_elf *e, uint32_t i)
{
	struct ab_site r;
	uint64_t site_va, slot_va, rec_va = e->sites_va + (uint64_t)i * sizeof(r);
	const struct ab_elf_sec *sec;
	const uint8_t *orig;
	unsigned problems = 0;
	char where[200];
	int st;

	ab_elf_record(e, i, &r, &site_va, &slot_va);
	ab_sites_where(e, site_va, where, sizeof(where));
	sec = ab_elf_section_at(e, site_va, r.site_len);
	if (!sec || !(sec->flags & SHF_EXECINSTR) || sec == e->slots) {
		fprintf(stderr, "verify: %s: record %u: site is not inside an executable section (%s)\n",
			where, i, sec ? sec->name : "no section");
		problems++;
	}
	if (ab_elf_section_at(e, slot_va, AB_SLOT_SIZE) != e->slots) {
		fprintf(stderr, "verify: %s: record %u: slot 0x%lx is not inside %s\n", where, i,
			(unsigned long)slot_va, AB_SLOTS_SECTION);
		problems++;
	}
	st = ab_rewrite_check_site(&e->win, rec_va);
	if (st == -AB_RW_EOPERAND) {
		/* the rewriter's own check; the decode below says which operand */
		fprintf(stderr, "verify: %s: record %u (%s): %s\n", where, i, ab_class_name(r.cls),
			ab_rewrite_strerror(st));
		problems++;
		const uint8_t *p = ab_elf_ptr(e, site_va, 1);
		st = p && *p == 0xe9;	/* jmp rel32: patched, the original is in the slot */
	} else if (st < 0) {
		fprintf(stderr, "verify: %s: record %u (%s): %s\n", where, i, ab_class_name(r.cls),
			ab_rewrite_strerror(st));
		return problems + 1;
	}
	/* A patched site's original bytes are in its slot. */
	orig = st == 1 ? ab_elf_ptr(e, slot_va + offsetof(struct ab_slot, saved), AB_SITE_MAX_LEN)
		       : ab_elf_ptr(e, site_va, r.site_len);
	return problems + vf_decode(e, &r, rec_va, site_va, orig, where);
}

int ab_sites_verify(struct ab_elf *e, int quiet)
{
	struct vf_span *sites, *slots;
	unsigned problems = 0;
	uint32_t i;

	if (ab_elf_sites(e, 1))
		return 1;
	sites = calloc(e->nsites + 1, sizeof(*sites));
	slots = calloc(e->nsites + 1, sizeof(*slots));
	if (!sites || !slots) {
		free(sites);
		free(slots);
		ab_elf_err(e, "out of memory");
		return 1;
	}
	for (i = 0; i < e->nsites; i++) {
		struct ab_site r;
		uint64_t site_va, slot_va;

		problems += vf_record(e, i);
		ab_elf_record(e, i, &r, &site_va, &slot_va);
		sites[i] = (struct vf_span){ site_va, r.site_len, i };
		slots[i] = (struct vf_span){ slot_va, AB_SLOT_SIZE, i };
	}
	problems += vf_overlaps(e, sites, e->nsites, "site");
	problems += vf_overlaps(e, slots, e->nsites, "slot");
	free(sites);
	free(slots);
	if (!quiet || problems)
		printf("verify: %s: %u sites, %u problem%s\n", e->path, e->nsites, problems,
		       problems == 1 ? "" : "s");
	return problems ? 1 : 0;
}
