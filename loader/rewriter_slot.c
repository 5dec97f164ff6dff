/*
 * rewriter_slot.c - the code the rewriter writes into a site's out-of-line
 * slot (struct ab_slot.code), per back end.  Used both to patch and, before
 * undo, to rebuild what must be there (the slot is compared byte for byte).
 *
 * trace, general:     pushfq; lock incq count(%rip); popfq;
 *                     <original insn(s), rip-relative disp32 re-based>;
 *                     jmp site+site_len
 * trace, stack-less:  mov %rax,scratch(%rip); mov count(%rip),%rax;
 * (swapgs, sysret,    lea 1(%rax),%rax; mov %rax,count(%rip);
 *  sysexit)           mov scratch(%rip),%rax; <original>; jmp back
 * hypercall with a    call entry; jmp back   (provisional, see rewriter.h)
 * handler entry:
 * Freestanding: no libc.
 */
#include "rewriter_int.h"


static void em_byte(struct rw_emit *e, uint8_t b)
{
	if (e->pos < AB_SLOT_CODE_LEN)
		e->buf[e->pos] = b;
	e->pos++;
}

/* Emit opcode bytes op[0..n) + disp32(%rip) modrm form addressing target. */
static int em_rip(struct rw_emit *e, const uint8_t *op, size_t n, uint64_t target)
{
	size_t i;
	int32_t d;

	for (i = 0; i < n; i++)
		em_byte(e, op[i]);
	if (!rw_rel32(target, e->va + e->pos + 4, &d))
		return -AB_RW_ERELOC;
	em_byte(e, (uint8_t)d);
	em_byte(e, (uint8_t)(d >> 8));
	em_byte(e, (uint8_t)(d >> 16));
	em_byte(e, (uint8_t)(d >> 24));
	return 0;
}

/* Emit a rel32 branch (jmp or call) to target. */
static int em_branch(struct rw_emit *e, uint8_t op, uint64_t target)
{
	return em_rip(e, &op, 1, target);	/* same shape: opcode + disp32 from the next insn */
}

/* The trace prologue: count this execution without changing any register or flag. */
static int em_count(struct rw_emit *e, const struct rw_site *s)
{
	static const uint8_t inc[] = { X86_LOCK, X86_REX_W, X86_INC_RM, MODRM_RIP_RAX };
	static const uint8_t store[] = { X86_REX_W, X86_MOV_STORE, MODRM_RIP_RAX };
	static const uint8_t load[] = { X86_REX_W, X86_MOV_LOAD, MODRM_RIP_RAX };
	uint64_t count = s->slot_va + SLOT_OFF_COUNT, scratch = s->slot_va + SLOT_OFF_SCRATCH;
	int err = 0;

	if (!s->stackless) {
		/* pushfq; lock incq count(%rip); popfq - inc changes flags, so save them */
		em_byte(e, X86_PUSHFQ);
		err = em_rip(e, inc, sizeof(inc), count);
		em_byte(e, X86_POPFQ);
		return err;
	}
	/*
	 * swapgs/sysret/sysexit run on the user or not-yet-switched stack:
	 * spill %rax to the slot and count with lea, which leaves flags alone.
	 */
	err |= em_rip(e, store, sizeof(store), scratch);
	err |= em_rip(e, load, sizeof(load), count);
	em_byte(e, X86_REX_W);
	em_byte(e, X86_LEA);
	em_byte(e, MODRM_RAX_D8);
	em_byte(e, 1);
	err |= em_rip(e, store, sizeof(store), count);
	err |= em_rip(e, load, sizeof(load), scratch);
	return err ? -AB_RW_ERELOC : 0;
}

/* The original instruction(s), rip-relative disp32 re-based for the new address. */
static int em_original(struct rw_emit *e, const struct rw_site *s, const uint8_t *orig)
{
	size_t i, at = e->pos;
	uint8_t n = s->rec.insn_len;
	int32_t d;

	for (i = 0; i < n; i++)
		em_byte(e, orig[i]);
	if (!s->rip)
		return 0;
	if (!rw_rel32(s->rip_target, e->va + at + n, &d))
		return -AB_RW_ERELOC;
	if (at + n <= AB_SLOT_CODE_LEN)
		rw_put32(e->buf + at + n - 4, d);
	return 0;
}

/*
 * Build the slot code for site s from its original bytes orig[] for rw's
 * back end.  Returns 0 or a negative error; the code is in e->buf[0..pos).
 */
int ab_rw_build_slot(const struct ab_rewrite *rw, const struct rw_site *s,
		     const uint8_t *orig, struct rw_emit *e)
{
	uint64_t back = s->site_va + s->rec.site_len;
	uint64_t entry = 0;
	int err;

	e->pos = 0;
	e->va = s->slot_va;
	if (rw->backend == AB_BACKEND_HYPERCALL)
		entry = rw->handlers->entry[s->rec.cls];
	if (entry) {
		/*
		 * Provisional hypercall shape (the handler ABI belongs to the
		 * hypervisor issue): `call handler; jmp back`.  The handler finds
		 * its slot at return address - AB_BRANCH_LEN and the original
		 * instruction in slot->saved.  A call needs a stack.
		 */
		if (s->stackless)
			return -AB_RW_ECLASS;
		err = em_branch(e, X86_CALL_REL32, entry);
	} else {
		err = em_count(e, s);
		if (!err)
			err = em_original(e, s, orig);
	}
	if (!err)
		err = em_branch(e, X86_JMP_REL32, back);
	if (!err && e->pos > AB_SLOT_CODE_LEN)
		err = -AB_RW_ELEN;
	return err;
}

