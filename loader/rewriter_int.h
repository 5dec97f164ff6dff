/*
 * rewriter_int.h - internals shared by the files of the rewriter core
 * (rewriter.c, rewriter_slot.c, rewriter_nop.c, rewriter_sync_*.c): opcodes
 * and offsets, the resolved record, the slot-code builder.  Not part of loader's
 * face: other components include rewriter.h only.  Freestanding.
 */
#ifndef AFTERBURN_REWRITER_INT_H
#define AFTERBURN_REWRITER_INT_H

#include "rewriter.h"

/* Longest single NOP gas emits for `.nops` on x86-64 (binutils 2.40). */
#define AB_RW_NOP_MAX	11

/* Length of the one NOP encoding at p (at most avail bytes), 0 if none. */
size_t ab_rw_nop_len(const uint8_t *p, size_t avail);

/* Fill [p, p+len) with the same NOP encodings gas uses for `.nops len`. */
void ab_rw_nop_fill(uint8_t *p, size_t len);

/* gas's NOP of each length 1..AB_RW_NOP_MAX (rewriter_nop.c) */
extern const uint8_t ab_rw_nop_table[AB_RW_NOP_MAX + 1][AB_RW_NOP_MAX];

/*
 * Per-class facts for the checks (rewriter.c), indexed by any byte.
 *   OK: valid as a record's class; TAIL: valid as pair_cls after sti;
 *   STACKLESS: ab_class_stackless(); LONG: ab_class_site_len() is the
 *   inline store's; PORTIO: in/out/ins/outs (operands checked).
 */
#define RW_CI_OK	0x01
#define RW_CI_TAIL	0x02
#define RW_CI_STACKLESS	0x04
#define RW_CI_LONG	0x08
#define RW_CI_PORTIO	0x10
extern const uint8_t ab_rw_cls_info[256];

/* x86 opcodes the rewriter writes (Intel SDM vol. 2). */
#define X86_JMP_REL32	0xe9
#define X86_CALL_REL32	0xe8
#define X86_PUSHFQ	0x9c
#define X86_POPFQ	0x9d
#define X86_LOCK	0xf0
#define X86_REX_W	0x48
#define X86_INC_RM	0xff	/* ff /0: inc r/m64 */
#define X86_MOV_STORE	0x89	/* 89 /r: mov r64 -> r/m64 */
#define X86_MOV_LOAD	0x8b	/* 8b /r: mov r/m64 -> r64 */
#define X86_LEA		0x8d
#define X86_MOVB_IMM	0xc6	/* c6 /0 ib: movb $imm8, r/m8 (the inline cli) */
#define X86_TESTB_IMM	0xf6	/* f6 /0 ib: testb $imm8, r/m8 */
#define X86_JNZ_REL8	0x75
#define MODRM_RIP_RAX	0x05	/* mod 00, reg 0 (%rax or /0), rm 101 = disp32(%rip) */
#define MODRM_RAX_D8	0x40	/* mod 01, reg 0, rm 0 = disp8(%rax) */

#define REC_SIZE	((uint64_t)sizeof(struct ab_site))
#define REC_OFF_SLOT	((uint64_t)__builtin_offsetof(struct ab_site, slot))
#define REC_OFF_DISP	((uint64_t)__builtin_offsetof(struct ab_site, disp))
#define SLOT_OFF_COUNT	((uint64_t)__builtin_offsetof(struct ab_slot, count))
#define SLOT_OFF_SCRATCH ((uint64_t)__builtin_offsetof(struct ab_slot, scratch))
#define SLOT_OFF_SAVED	((uint64_t)__builtin_offsetof(struct ab_slot, saved))
_Static_assert(__builtin_offsetof(struct ab_slot, code) == 0, "slot code first: the site jumps to the slot address");

/* One record, copied out of the window and resolved to addresses. */
struct rw_site {
	struct ab_site rec;
	uint64_t rec_va, site_va, slot_va;
	uint64_t site_off, slot_off;	/* site_va, slot_va - the window's vaddr */
	uint8_t *site, *slot;		/* host pointers into the window */
	int stackless;			/* cls or pair_cls must not touch the stack */
	int rip;			/* has a rip-relative operand to re-base */
	uint64_t rip_target;		/* its target, from the record */
};

/*
 * Unaligned words that may alias anything: the rewriter runs its copies
 * and compares for every site at boot (in the guest, where every
 * instruction counts), so short byte runs go a word at a time.
 */
typedef uint64_t __attribute__((may_alias, aligned(1))) rw_u64;
typedef uint32_t __attribute__((may_alias, aligned(1))) rw_u32;
typedef uint16_t __attribute__((may_alias, aligned(1))) rw_u16;

/*
 * Copy n <= 24 bytes (a site, a slot's instruction bytes) with at most
 * three word moves: two overlapping words cover any length between one
 * word and two.  Every byte read and written lies in [0, n).
 */
static inline void rw_copy_small(uint8_t *d, const uint8_t *s, size_t n)
{
	/* short runs first: most sites are a 1-byte insn and 0-6 pad bytes */
	if (n < 4) {
		if (n >= 2) {
			uint16_t a = *(const rw_u16 *)s, b = *(const rw_u16 *)(s + n - 2);
			*(rw_u16 *)d = a;
			*(rw_u16 *)(d + n - 2) = b;
		} else if (n) {
			*d = *s;
		}
	} else if (n < 8) {
		uint32_t a = *(const rw_u32 *)s, b = *(const rw_u32 *)(s + n - 4);
		*(rw_u32 *)d = a;
		*(rw_u32 *)(d + n - 4) = b;
	} else if (n < 16) {
		uint64_t a = *(const rw_u64 *)s, b = *(const rw_u64 *)(s + n - 8);
		*(rw_u64 *)d = a;
		*(rw_u64 *)(d + n - 8) = b;
	} else {
		uint64_t a = *(const rw_u64 *)s, b = *(const rw_u64 *)(s + 8), c = *(const rw_u64 *)(s + n - 8);
		*(rw_u64 *)d = a;
		*(rw_u64 *)(d + 8) = b;
		*(rw_u64 *)(d + n - 8) = c;
	}
}

/* Are a[0..n) and b[0..n) equal, n <= 24?  Same shape as rw_copy_small. */
static inline int rw_equal_small(const uint8_t *a, const uint8_t *b, size_t n)
{
	if (n < 4) {
		if (n >= 2)
			return *(const rw_u16 *)a == *(const rw_u16 *)b &&
			       *(const rw_u16 *)(a + n - 2) == *(const rw_u16 *)(b + n - 2);
		return !n || *a == *b;
	}
	if (n < 8)
		return *(const rw_u32 *)a == *(const rw_u32 *)b &&
		       *(const rw_u32 *)(a + n - 4) == *(const rw_u32 *)(b + n - 4);
	if (n < 16)
		return *(const rw_u64 *)a == *(const rw_u64 *)b &&
		       *(const rw_u64 *)(a + n - 8) == *(const rw_u64 *)(b + n - 8);
	return *(const rw_u64 *)a == *(const rw_u64 *)b &&
	       *(const rw_u64 *)(a + 8) == *(const rw_u64 *)(b + 8) &&
	       *(const rw_u64 *)(a + n - 8) == *(const rw_u64 *)(b + n - 8);
}

/*
 * ab_is_nop_run and ab_rw_nop_fill with their common case inline: a pad
 * of one NOP as gas writes it (every pad up to AB_RW_NOP_MAX bytes), one
 * compare or copy per site.
 */
static inline __attribute__((always_inline)) int rw_is_nop_run(const uint8_t *p, size_t len)
{
	if (len <= AB_RW_NOP_MAX && rw_equal_small(p, ab_rw_nop_table[len], len))
		return 1;
	return ab_is_nop_run(p, len);
}

static inline __attribute__((always_inline)) void rw_nop_fill(uint8_t *p, size_t len)
{
	if (len <= AB_RW_NOP_MAX)
		rw_copy_small(p, ab_rw_nop_table[len], len);
	else
		ab_rw_nop_fill(p, len);
}

static inline int32_t rw_get32(const uint8_t *p)
{
	return (int32_t)((uint32_t)p[0] | (uint32_t)p[1] << 8 |
			 (uint32_t)p[2] << 16 | (uint32_t)p[3] << 24);
}

static inline void rw_put32(uint8_t *p, int32_t v)
{
	uint32_t u = (uint32_t)v;

	p[0] = (uint8_t)u;
	p[1] = (uint8_t)(u >> 8);
	p[2] = (uint8_t)(u >> 16);
	p[3] = (uint8_t)(u >> 24);
}

/* Does target - next fit a signed 32-bit displacement?  Sets *out. */
static inline int rw_rel32(uint64_t target, uint64_t next, int32_t *out)
{
	int64_t d = (int64_t)(target - next);

	if (d < INT32_MIN || d > INT32_MAX)
		return 0;
	*out = (int32_t)d;
	return 1;
}

/*
 * Offset of the rip-relative disp32 in the original instruction orig[], or
 * -1 if the bytes do not carry the record's target.  Every sensitive class
 * has it as its last 4 bytes.  A profiled memory site (pt-write, mmio-*) may
 * be a store of an immediate (movq $0, sym(%rip)): the immediate (1, 2 or 4
 * bytes) follows the disp32, so those offsets are tried too, and exactly
 * one must yield the record's target (else -1: refused, not guessed).
 */
static inline int rw_rip_disp_off(const struct rw_site *s, const uint8_t *orig)
{
	static const uint8_t imm_len[] = { 0, 1, 2, 4 };
	uint64_t next = s->site_va + s->rec.insn_len;
	int found = -1, tries, i;
	unsigned cls = s->rec.cls;

	tries = (cls == AB_CLASS_PT_WRITE || cls == AB_CLASS_MMIO_READ || cls == AB_CLASS_MMIO_WRITE) ? 4 : 1;
	for (i = 0; i < tries; i++) {
		int off = (int)s->rec.insn_len - 4 - imm_len[i];
		if (off < 2)	/* at least an opcode and a ModRM byte in front */
			continue;
		if (next + (uint64_t)(int64_t)rw_get32(orig + off) != s->rip_target)
			continue;
		if (found >= 0)
			return -1;	/* ambiguous */
		found = off;
	}
	return found;
}

/* Appends bytes to a slot code buffer; pos grows past the buffer on overflow. */
struct rw_emit {
	uint8_t buf[AB_SLOT_CODE_LEN] __attribute__((aligned(8)));
	size_t pos;
	uint64_t va;	/* guest address of buf[0] */
};

/*
 * Build the slot code for site s from its original bytes orig[] for rw's
 * back end (rewriter_slot.c).  Returns 0 or a negative error; the code is
 * in e->buf[0..pos).  Bytes of e->buf past pos are not touched: a caller
 * that copies the whole buffer zeroes it first.
 */
int ab_rw_build_slot(const struct ab_rewrite *rw, const struct rw_site *s,
		     const uint8_t *orig, struct rw_emit *e);

/*
 * What the hypercall back end writes for a site of class cls that is not a
 * pair (pairs: ab_rw_build_slot decides), from the handler table alone:
 *   RW_HC_TRACE   jmp to the slot, the trace code there (no handler)
 *   RW_HC_INLINE  the inline cli in the site (movb $0, vif(%rip)); its slot
 *                 still gets the trace code: code[] is what marks a slot
 *                 taken (a second record naming it is refused) and keeps
 *                 rw_check_patched's comparison the same for every site
 *   RW_HC_PRE     jmp to the slot, `call pre; <original>; jmp back` there
 *   RW_HC_CALLS   the same with a post handler, `[call pre]; <original>;
 *                 call post; jmp back` (rw_emit_calls: em_hypercall's bytes)
 *   RW_HC_SLOT    jmp to the slot, other handler code there (em_hypercall)
 * The order of the tests is em_hypercall's.  rw_patch_all asks once per
 * class, not per site; cls must be a valid class (rw_load_in checked).
 */
enum { RW_HC_TRACE, RW_HC_INLINE, RW_HC_PRE, RW_HC_CALLS, RW_HC_SLOT };
static inline int rw_hc_kind(const struct ab_handlers *h, unsigned cls)
{
	if (h->entry[cls])
		return RW_HC_SLOT;
	if (h->vif && cls == AB_CLASS_CLI && !h->pre[cls] && !h->post[cls])
		return RW_HC_INLINE;
	if (h->vif && cls == AB_CLASS_PUSHF)
		return RW_HC_SLOT;
	if (!h->pre[cls] && !h->post[cls])
		return RW_HC_TRACE;
	/* a stack-less class with a handler is refused by em_hypercall */
	if (ab_rw_cls_info[cls] & RW_CI_STACKLESS)
		return RW_HC_SLOT;
	return h->post[cls] ? RW_HC_CALLS : RW_HC_PRE;
}

/*
 * Does rw's back end write site s inline (hypercall cli: movb $0, vif(%rip))
 * rather than a jmp to its slot?  If so, ab_rw_build_inline() writes the
 * site_len bytes into out[] (0 or a negative error).
 */
static inline int ab_rw_site_inline(const struct ab_rewrite *rw, const struct rw_site *s)
{
	return rw->backend == AB_BACKEND_HYPERCALL && rw->handlers &&
	       !(s->rec.flags & AB_SITE_F_PAIR) && rw_hc_kind(rw->handlers, s->rec.cls) == RW_HC_INLINE;
}
int ab_rw_build_inline(const struct ab_rewrite *rw, const struct rw_site *s, uint8_t *out);

#endif /* AFTERBURN_REWRITER_INT_H */
