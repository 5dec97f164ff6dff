/*
 * rewriter.h - the load-time rewriter core: the face of loader/.
 *
 * Freestanding (no libc): used by the wedge inside the guest, by the
 * hypervisor's guest loader and by the host CLI afterburn-sites.  Given the
 * site records, a window onto the image and a back end, it writes the bytes
 * of every site (and of its out-of-line slot).  Undo is exact: the original
 * site bytes are kept in the slot and written back.
 *
 * Addresses: the image window maps guest virtual addresses
 * [vaddr, vaddr + size) to host bytes [base, base + size).  Inside the guest
 * base == vaddr; on the host base is a buffer holding a copy of the image.
 * Site records are read from the window too, so their PC-relative fields
 * resolve with guest addresses.
 */
#ifndef AFTERBURN_REWRITER_H
#define AFTERBURN_REWRITER_H

#include <stddef.h>
#include <stdint.h>
#include "afterburn/site.h"

/* Back ends a site can be rewritten for. */
enum ab_backend {
	AB_BACKEND_NATIVE = 0,	/* original instruction stays; pads checked */
	AB_BACKEND_TRACE,	/* jmp to a per-site slot that counts, runs the insn, jumps back */
	AB_BACKEND_HYPERCALL,	/* para-virtual handlers (hypervisor issue) */
	AB_BACKEND_PROFILE,	/* wedge only (wedge/profile.c): CR3 loads call the
				   profiler; the rewriter itself knows no such back end */
	AB_BACKEND_COUNT
};

const char *ab_backend_name(enum ab_backend b);
/* Returns the back end named s (length n), or -1. */
int ab_backend_parse(const char *s, size_t n);

/* Errors, returned negated. */
enum ab_rewrite_error {
	AB_RW_OK = 0,
	AB_RW_ERANGE,		/* a site, slot or record lies outside the image window */
	AB_RW_ELEN,		/* insn_len/site_len inconsistent or site too short for the replacement */
	AB_RW_EPAD,		/* pad bytes are not NOPs (image altered or records stale) */
	AB_RW_ECLASS,		/* unknown class, or a class this back end cannot handle */
	AB_RW_ESTATE,		/* site not in the state expected (already patched / not patched) */
	AB_RW_ERELOC,		/* rip-relative operand cannot be moved out of line */
	AB_RW_EBACKEND,		/* unknown back end */
	AB_RW_EOPERAND,		/* the record's operands disagree with the instruction bytes */
	AB_RW_ECOUNT
};
const char *ab_rewrite_strerror(int err);	/* takes the negative value */

struct ab_image {
	uint8_t  *base;		/* host pointer to the bytes at vaddr */
	uint64_t  vaddr;	/* guest virtual address of base[0] */
	uint64_t  size;
};

/*
 * Hypercall back end: per-class handler entry points (guest vaddr, 0 = none).
 * Fields after entry[] were appended for the wedge's hypercall back end; a
 * table that leaves them zero gets exactly the provisional shape of entry[].
 * Slot shapes, first match wins (a call needs a stack: stack-less classes
 * with any handler are refused with -AB_RW_ECLASS):
 *   sti + hlt pair, sti_hlt set:  call sti_hlt; jmp back    (full emulation)
 *   entry[cls] set:               call entry; jmp back      (full emulation)
 *   vif set, cls cli:             site = movb $0, vif(%rip) + NOPs, inline;
 *                                 slot = the trace code (kept: it marks the
 *                                 slot taken, see rw_hc_kind in rewriter_int.h)
 *   vif set, cls pushf (pushfq):  pushfq; pushfq; testb $1, vif(%rip); jnz 1f;
 *                                 andq $~IF, 8(%rsp); 1: popfq; jmp back
 *   pre[cls] or post[cls] set:    [call pre]; <original>; [call post]; jmp back
 *                                 pre returns either to the original (which
 *                                 then runs: the fallback) or past it (done);
 *                                 it finds the original at its return address.
 *   otherwise:                    the trace code (count, original, jmp back)
 */
struct ab_handlers {
	uint64_t entry[AB_CLASS_COUNT];
	/* appended (hypercall back end of the wedge): */
	uint64_t pre[AB_CLASS_COUNT];
	uint64_t post[AB_CLASS_COUNT];
	uint64_t sti_hlt;	/* entry for an "sti; hlt" pair */
	uint64_t vif;		/* address of the virtual IF byte (0 = no inline cli/pushf) */
};

struct ab_rewrite {
	struct ab_image img;
	enum ab_backend backend;
	const struct ab_handlers *handlers;	/* AB_BACKEND_HYPERCALL only */
	/* out: */
	uint32_t patched;	/* sites whose bytes were changed */
	uint32_t failed_index;	/* index of the record an error refers to */
};

/*
 * Rewrite every site described by the n records at guest address
 * sites_vaddr (inside the window) for rw->backend.  All sites are checked
 * before any site is written (slots are filled then, and cleared again on
 * error): on error nothing has changed.  A record
 * whose operands disagree with its instruction bytes (ab_site_operands_match)
 * is -AB_RW_EOPERAND, for every back end.
 * Returns 0 or a negative enum ab_rewrite_error, with rw->failed_index set.
 * Sites and slots of different records must not overlap; records sharing a
 * site or a slot are detected (-AB_RW_ESTATE, rolled back), partial
 * overlaps are the loader's to rule out (afterburn-sites verify does).
 * Native writes nothing (patched = 0).  Trace and hypercall write
 * `jmp rel32 slot` + NOPs into the site and the slot code; the hypercall
 * back end needs rw->handlers (else -AB_RW_EBACKEND) and writes the slot
 * shapes struct ab_handlers lists.
 * Ends with ab_rewrite_sync() when anything was written.
 */
int ab_rewrite_all(struct ab_rewrite *rw, uint64_t sites_vaddr, uint32_t n);

/*
 * Restore the original bytes of every patched site exactly.  Same return.
 * The slots' code[] is cleared; count and saved[] are kept (so the counts
 * stay readable and the running guest can compare a site with saved[]).
 */
int ab_rewrite_undo(struct ab_rewrite *rw, uint64_t sites_vaddr, uint32_t n);

/*
 * Check one site (bounds, lengths, pad NOPs or patched state).
 * Returns 0 if the site holds its original bytes, 1 if it is patched (jmp to
 * its slot, saved bytes intact), or a negative enum ab_rewrite_error.
 */
int ab_rewrite_check_site(const struct ab_image *img, uint64_t rec_vaddr);

/*
 * Port I/O decoded from instruction bytes (rewriter_operand.c), to check a
 * record against: back ends take the operands from the record.
 */
struct ab_io_insn {
	uint8_t cls;	/* AB_CLASS_IN, _OUT, _INS or _OUTS */
	uint8_t size;	/* 1, 2 or 4 bytes */
	uint8_t form;	/* AB_FORM_IMM (port in the instruction) or AB_FORM_DX */
	uint8_t port;	/* AB_FORM_IMM: the imm8 port */
	uint8_t len;	/* instruction length */
	uint8_t rep;	/* ins/outs with a rep prefix */
};

/* Decode an in/out/ins/outs at p (at most avail bytes): 1, or 0 if it is none. */
int ab_io_decode(const uint8_t *p, size_t avail, struct ab_io_insn *io);

/*
 * Do record r's operands agree with its instruction bytes insn[0..insn_len)?
 * Checked for port I/O (class, width, port or %dx, rep, length); 1 for
 * every class whose operands are not decoded.  0 = disagree.
 */
int ab_site_operands_match(const struct ab_site *r, const uint8_t *insn);

/* Is [p, p+len) a sequence of valid x86 NOP encodings? */
int ab_is_nop_run(const uint8_t *p, size_t len);

/* Serialize the instruction stream after patching (cpuid on x86; no-op on the host). */
void ab_rewrite_sync(void);

#endif /* AFTERBURN_REWRITER_H */
