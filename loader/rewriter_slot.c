/*
 * rewriter_slot.c - the code the rewriter writes into a site's out-of-line
 * slot (struct ab_slot.code), per back end.  Used both to patch and, before
 * undo, to rebuild what must be there (the slot is compared byte for byte).
 *
 * trace:              the count prologue, the original, jmp back
 *                     (rewriter_trace.h: inline, also built straight into
 *                     the slot by rewriter.c)
 * hypercall:         per struct ab_handlers (rewriter.h): call entry; jmp back |
 *                     call sti_hlt; jmp back | [call pre]; <original>;
 *                     [call post]; jmp back | inline pushfq code | inline cli
 *                     in the site itself | the trace code
 * Freestanding: no libc.
 */
#include "rewriter_trace.h"

/* Append p[0..n); past the buffer only pos grows (the caller refuses the slot). */
static inline __attribute__((always_inline)) void em_bytes(struct rw_emit *e, const uint8_t *p, size_t n)
{
	size_t i;

	if (e->pos + n <= AB_SLOT_CODE_LEN) {
		if (n <= AB_SITE_MAX_LEN) {
			rw_copy_small(e->buf + e->pos, p, n);
		} else {
			for (i = 0; i < n; i++)
				e->buf[e->pos + i] = p[i];
		}
	}
	e->pos += n;
}

/* Emit opcode bytes op[0..n) + disp32(%rip) modrm form addressing target. */
static inline __attribute__((always_inline)) int em_rip(struct rw_emit *e, const uint8_t *op, size_t n, uint64_t target)
{
	int32_t d;

	em_bytes(e, op, n);
	if (!rw_rel32(target, e->va + e->pos + 4, &d))
		return -AB_RW_ERELOC;
	if (e->pos + 4 <= AB_SLOT_CODE_LEN)
		rw_put32(e->buf + e->pos, d);
	e->pos += 4;
	return 0;
}

/* Emit a rel32 branch (jmp or call) to target. */
static inline __attribute__((always_inline)) int em_branch(struct rw_emit *e, uint8_t op, uint64_t target)
{
	return em_rip(e, &op, 1, target);	/* same shape: opcode + disp32 from the next insn */
}

/* The original instruction(s), rip-relative disp32 re-based for the new address. */
static inline __attribute__((always_inline)) int em_original(struct rw_emit *e, const struct rw_site *s, const uint8_t *orig)
{
	size_t at = e->pos;
	uint8_t n = s->rec.insn_len;
	int32_t d;

	em_bytes(e, orig, n);
	if (!s->rip)
		return 0;
	int off = rw_rip_disp_off(s, orig);	/* not always the last 4 bytes (store of an immediate) */
	if (off < 0 || !rw_rel32(s->rip_target, e->va + at + n, &d))
		return -AB_RW_ERELOC;
	if (at + n <= AB_SLOT_CODE_LEN)
		rw_put32(e->buf + at + (size_t)off, d);
	return 0;
}

/* IF in RFLAGS (the inline pushf clears it in the pushed image when vif is 0). */
#define RW_RFLAGS_IF	0x200u
#define RW_OP_PUSHFQ_LEN 1	/* 9c: pushfq, the only pushf form done inline */

/*
 * Inline pushf for the hypercall back end: the pushed image carries
 * IF = real IF & vif; every register and flag is as pushfq leaves them.
 *   pushfq                    the result
 *   pushfq                    the flags, to restore after the test
 *   testb $1, vif(%rip)
 *   jnz 1f
 *   andq $~IF, 8(%rsp)
 * 1:popfq
 * A template with vif's disp32 filled in (one copy, not a byte at a time).
 */
#define RW_PUSHF_DISP_OFF	4	/* testb's disp32 */
#define RW_PUSHF_DISP_END	9	/* ... is relative to after its imm8 */
#define RW_PUSHF_LEN		21
static const uint8_t rw_pushf_inline[24] __attribute__((aligned(8))) = {
	X86_PUSHFQ, X86_PUSHFQ,
	X86_TESTB_IMM, MODRM_RIP_RAX, 0, 0, 0, 0, 1,
	X86_JNZ_REL8, 9,				/* over the andq */
	X86_REX_W, 0x81, 0x64, 0x24, 0x08,		/* andq $imm32, 8(%rsp) */
	(uint8_t)~RW_RFLAGS_IF, (uint8_t)(~RW_RFLAGS_IF >> 8), 0xff, 0xff,
	X86_POPFQ,
};

static int em_pushf_inline(struct rw_emit *e, uint64_t vif)
{
	size_t at = e->pos;
	int32_t d;

	if (!rw_rel32(vif, e->va + at + RW_PUSHF_DISP_END, &d))
		return -AB_RW_ERELOC;
	em_bytes(e, rw_pushf_inline, RW_PUSHF_LEN);
	if (e->pos <= AB_SLOT_CODE_LEN)
		rw_put32(e->buf + at + RW_PUSHF_DISP_OFF, d);
	return 0;
}


/* movb $0, vif(%rip) (c6 05 disp32 00), then NOPs to site_len. */
int ab_rw_build_inline(const struct ab_rewrite *rw, const struct rw_site *s, uint8_t *out)
{
	int32_t d;

	if (s->rec.site_len < AB_INLINE_STORE_LEN)
		return -AB_RW_ELEN;
	if (!rw_rel32(rw->handlers->vif, s->site_va + AB_INLINE_STORE_LEN, &d))
		return -AB_RW_ERELOC;
	out[0] = X86_MOVB_IMM;
	out[1] = MODRM_RIP_RAX;
	rw_put32(out + 2, d);
	out[6] = 0;
	ab_rw_nop_fill(out + AB_INLINE_STORE_LEN, s->rec.site_len - AB_INLINE_STORE_LEN);
	return 0;
}

/* The hypercall back end's slot code; *done = 0 if the trace code applies. */
static int em_hypercall(struct rw_emit *e, const struct ab_handlers *h,
			const struct rw_site *s, const uint8_t *orig, int *done)
{
	unsigned cls = s->rec.cls;
	int pair = s->rec.flags & AB_SITE_F_PAIR;
	int err = 0;

	*done = 1;
	if (pair && cls == AB_CLASS_STI && s->rec.pair_cls == AB_CLASS_HLT && h->sti_hlt)
		return s->stackless ? -AB_RW_ECLASS : em_branch(e, X86_CALL_REL32, h->sti_hlt);
	if (h->entry[cls]) {
		/*
		 * Full emulation: the handler finds its slot at return address
		 * - AB_BRANCH_LEN and the original instruction in slot->saved.
		 */
		return s->stackless ? -AB_RW_ECLASS : em_branch(e, X86_CALL_REL32, h->entry[cls]);
	}
	if (h->vif && cls == AB_CLASS_PUSHF && !pair) {
		/*
		 * only pushfq: a pushfw pushes 2 bytes and would need other code.
		 * The record says which (opsize); the bytes must agree.
		 */
		if (s->rec.opsize != 8 || s->rec.insn_len != RW_OP_PUSHFQ_LEN || orig[0] != X86_PUSHFQ)
			return -AB_RW_ECLASS;
		return em_pushf_inline(e, h->vif);
	}
	if (h->pre[cls] || h->post[cls]) {
		/*
		 * "sti; mwait": vectors parked while vif was 0 are replayed
		 * before the mwait, not after it (no parked vector would wake
		 * it); the pair itself runs as it is, sti's shadow over mwait.
		 */
		int early = pair && s->rec.pair_cls == AB_CLASS_MWAIT;

		if (s->stackless)
			return -AB_RW_ECLASS;
		if (h->pre[cls])
			err = em_branch(e, X86_CALL_REL32, h->pre[cls]);
		if (!err && early && h->post[cls])
			err = em_branch(e, X86_CALL_REL32, h->post[cls]);
		if (!err)
			err = em_original(e, s, orig);
		if (!err && !early && h->post[cls])
			err = em_branch(e, X86_CALL_REL32, h->post[cls]);
		return err;
	}
	*done = 0;
	return 0;
}

/*
 * Build the slot code for site s from its original bytes orig[] for rw's
 * back end.  Returns 0 or a negative error; the code is in e->buf[0..pos),
 * and e->buf past pos is left as it was.
 */
int ab_rw_build_slot(const struct ab_rewrite *rw, const struct rw_site *s,
		     const uint8_t *orig, struct rw_emit *e)
{
	uint64_t back = s->site_va + s->rec.site_len;
	int err = 0, done = 0;

	e->pos = 0;
	e->va = s->slot_va;
	if (rw->backend == AB_BACKEND_HYPERCALL && !ab_rw_site_inline(rw, s))
		err = em_hypercall(e, rw->handlers, s, orig, &done);
	if (!err && !done) {
		int len = rw_emit_trace(e->buf, s, orig);	/* fits code[] by construction */

		if (len < 0)
			return len;
		e->pos = (size_t)len;
		return 0;
	}
	if (!err)
		err = em_branch(e, X86_JMP_REL32, back);
	if (!err && e->pos > AB_SLOT_CODE_LEN)
		err = -AB_RW_ELEN;
	return err;
}
