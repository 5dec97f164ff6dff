/*
 * rewriter_trace.h - the trace back end's slot code, inline: the rewriter
 * builds it for every site at boot (also the hypercall back end's code for
 * classes it has no handler for), so rewriter.c writes it straight into a
 * checked-empty slot and rewriter_slot.c into its buffer, from this one
 * definition.  Internal to the rewriter core (after rewriter_int.h).
 *
 * general:     pushfq; lock incq count(%rip); popfq;
 *              <original insn(s), rip-relative disp32 re-based>;
 *              jmp site+site_len
 * stack-less:  mov %rax,scratch(%rip); mov count(%rip),%rax;
 * (swapgs,     lea 1(%rax),%rax (leaves flags alone); mov %rax,count(%rip);
 *  sysret,     mov scratch(%rip),%rax; <original>; jmp back
 *  sysexit: they run on the user or not-yet-switched stack)
 */
#ifndef AFTERBURN_REWRITER_TRACE_H
#define AFTERBURN_REWRITER_TRACE_H

#include "rewriter_int.h"

/*
 * The prologue counts this execution without changing any register or
 * flag.  count and scratch sit at fixed offsets in the slot, so their
 * rip-relative displacements are the same for every slot: the prologue is
 * a template copied whole.  Each displacement is the field's offset minus
 * the end of its instruction.
 */
#define RW_D32(x)	(uint8_t)(x), (uint8_t)((x) >> 8), (uint8_t)((x) >> 16), (uint8_t)((x) >> 24)
static const uint8_t rw_count_general[16] __attribute__((aligned(8))) = {
	X86_PUSHFQ,
	X86_LOCK, X86_REX_W, X86_INC_RM, MODRM_RIP_RAX, RW_D32(SLOT_OFF_COUNT - 9),
	X86_POPFQ,
};
#define RW_COUNT_GENERAL_LEN	10
static const uint8_t rw_count_stackless[32] __attribute__((aligned(8))) = {
	X86_REX_W, X86_MOV_STORE, MODRM_RIP_RAX, RW_D32(SLOT_OFF_SCRATCH - 7),
	X86_REX_W, X86_MOV_LOAD, MODRM_RIP_RAX, RW_D32(SLOT_OFF_COUNT - 14),
	X86_REX_W, X86_LEA, MODRM_RAX_D8, 1,
	X86_REX_W, X86_MOV_STORE, MODRM_RIP_RAX, RW_D32(SLOT_OFF_COUNT - 25),
	X86_REX_W, X86_MOV_LOAD, MODRM_RIP_RAX, RW_D32(SLOT_OFF_SCRATCH - 32),
};
#define RW_COUNT_STACKLESS_LEN	32
#undef RW_D32
_Static_assert(RW_COUNT_STACKLESS_LEN + AB_SITE_MAX_INSN_LEN + AB_BRANCH_LEN <= AB_SLOT_CODE_LEN,
	       "the longest trace code fits code[]: no bounds checks below");

/*
 * Write the trace code for site s, original bytes orig[], at code[0..):
 * returns its length, or -AB_RW_ERELOC (then nothing is written: every
 * displacement is computed before the first byte).  Bytes of code[] past
 * the returned length are not touched.
 */
static inline __attribute__((always_inline)) int rw_emit_trace(uint8_t *code, const struct rw_site *s,
							      const uint8_t *orig)
{
	size_t pro = s->stackless ? RW_COUNT_STACKLESS_LEN : RW_COUNT_GENERAL_LEN;
	size_t n = s->rec.insn_len, end = pro + n;
	int32_t back, d = 0;
	int off = 0;

	if (!rw_rel32(s->site_va + s->rec.site_len, s->slot_va + end + AB_BRANCH_LEN, &back))
		return -AB_RW_ERELOC;
	if (s->rip) {
		off = rw_rip_disp_off(s, orig);	/* not always the last 4 bytes (store of an immediate) */
		if (off < 0 || !rw_rel32(s->rip_target, s->slot_va + end, &d))
			return -AB_RW_ERELOC;
	}
	if (s->stackless) {
		const uint64_t *t = (const uint64_t *)(const void *)rw_count_stackless;

		((rw_u64 *)code)[0] = t[0];
		((rw_u64 *)code)[1] = t[1];
		((rw_u64 *)code)[2] = t[2];
		((rw_u64 *)code)[3] = t[3];
	} else {
		*(rw_u64 *)code = *(const uint64_t *)(const void *)rw_count_general;
		*(rw_u16 *)(code + 8) = *(const uint16_t *)(const void *)(rw_count_general + 8);
	}
	rw_copy_small(code + pro, orig, n);
	if (s->rip)
		rw_put32(code + pro + (size_t)off, d);
	code[end] = X86_JMP_REL32;
	rw_put32(code + end + 1, back);
	return (int)(end + AB_BRANCH_LEN);
}

/*
 * The hypercall back end's code for a class with pre and/or post handlers
 * (Linux: in, out, cpuid, hlt; with the virtual IF also sti, popf, iret),
 * not a pair, also written straight into a slot (has_pre: pre != 0,
 * has_post: post != 0; constants in an inlined copy leave no test there):
 *   [call pre]; <original insn, rip-relative disp32 re-based>; [call post]; jmp back
 * exactly what em_hypercall emits for it (rewriter_slot.c; undo rebuilds
 * it there and compares).  Returns its length (at most 31) or
 * -AB_RW_ERELOC (then nothing is written); bytes of code[] past the length
 * are not touched.  Not for stack-less sites (rw_hc_kind gives them no
 * RW_HC_CALLS: em_hypercall refuses them).
 */
#define RW_CALLS_MAX	(3 * AB_BRANCH_LEN + AB_SITE_MAX_INSN_LEN)
static inline __attribute__((always_inline)) int rw_emit_calls(uint8_t *code, const struct rw_site *s,
							      const uint8_t *orig, int has_pre, uint64_t pre,
							      int has_post, uint64_t post)
{
	size_t n = s->rec.insn_len, at = has_pre ? AB_BRANCH_LEN : 0, end = at + n + (has_post ? AB_BRANCH_LEN : 0);
	int32_t call_pre = 0, call_post = 0, back, d = 0;
	int off = 0;

	if ((has_pre && !rw_rel32(pre, s->slot_va + AB_BRANCH_LEN, &call_pre)) ||
	    (has_post && !rw_rel32(post, s->slot_va + end, &call_post)) ||
	    !rw_rel32(s->site_va + s->rec.site_len, s->slot_va + end + AB_BRANCH_LEN, &back))
		return -AB_RW_ERELOC;
	if (s->rip) {
		off = rw_rip_disp_off(s, orig);	/* not always the last 4 bytes (store of an immediate) */
		if (off < 0 || !rw_rel32(s->rip_target, s->slot_va + at + n, &d))
			return -AB_RW_ERELOC;
	}
	if (has_pre) {
		code[0] = X86_CALL_REL32;
		rw_put32(code + 1, call_pre);
	}
	rw_copy_small(code + at, orig, n);
	if (s->rip)
		rw_put32(code + at + (size_t)off, d);
	if (has_post) {
		code[at + n] = X86_CALL_REL32;
		rw_put32(code + at + n + 1, call_post);
	}
	code[end] = X86_JMP_REL32;
	rw_put32(code + end + 1, back);
	return (int)(end + AB_BRANCH_LEN);
}

#endif /* AFTERBURN_REWRITER_TRACE_H */
