/*
 * afterburn/hypercall.h - the hypercall ABI between a pre-virtualized guest's
 * wedge and the project's two hypervisors (the VT-x hypervisor_stub and the
 * KVM host afterburn-kvm).  One ABI, so the guest is neutral between them;
 * only the trap instruction differs (vmcall vs a port write).
 *
 * Discovery: CPUID.1:ECX[31] (hypervisor present), then leaf AB_HV_CPUID_BASE
 * returns eax = highest leaf, ebx:ecx:edx = AB_HV_SIGNATURE.  Leaf
 * AB_HV_CPUID_FEATURES returns eax = AB_HV_ABI_VERSION, ebx = AB_HV_TRAP_*,
 * ecx = the port for AB_HV_TRAP_PORTIO.
 *
 * Calling convention: %rax = hypercall number, arguments in %rdi, %rsi,
 * %rcx; result in %rax (>= 0 success, negative AB_HC_E* error).  All other
 * registers and flags are preserved.  Trap:
 *   AB_HV_TRAP_VMCALL   vmcall
 *   AB_HV_TRAP_PORTIO   outl %eax, $AB_HV_PORT   (the host reads the
 *                       registers at the I/O exit and writes %rax back)
 *
 * Version 1.  Append only: never renumber.
 */
#ifndef AFTERBURN_HYPERCALL_H
#define AFTERBURN_HYPERCALL_H

#define AB_HV_CPUID_BASE	0x40000000u
#define AB_HV_CPUID_FEATURES	0x40000001u
#define AB_HV_SIGNATURE		"AfterburnVMM"	/* 12 bytes: ebx, ecx, edx */
#define AB_HV_ABI_VERSION	1

#define AB_HV_TRAP_VMCALL	1
#define AB_HV_TRAP_PORTIO	2
#define AB_HV_PORT		0xe0	/* imm8 port: %dx stays free */

/* Hypercall numbers (%rax). */
#define AB_HC_VERSION		0	/* () -> AB_HV_ABI_VERSION */
#define AB_HC_CONSOLE_WRITE	1	/* (gpa buf, len) -> bytes written */
#define AB_HC_EXIT		2	/* (status) -> does not return */
#define AB_HC_HALT		3	/* () wait until an interrupt is pending */
#define AB_HC_TIMER_SET		4	/* (period in microseconds, vector) */
#define AB_HC_EOI		5	/* (vector) acknowledge a virtual interrupt */
#define AB_HC_STATS		6	/* (gpa buf, len) copy exit statistics text */
#define AB_HC_SHARED_PAGE	7	/* (gpa) register the shared page */
#define AB_HC_FLUSH		8	/* () apply batched operations in the shared page */
#define AB_HC_COUNT		9

/* Errors returned in %rax. */
#define AB_HC_ENOSYS		(-38)
#define AB_HC_EINVAL		(-22)
#define AB_HC_EFAULT		(-14)

#ifndef __ASSEMBLER__
#include <stdint.h>

#define AB_SHARED_CONSOLE_SIZE	2048
#define AB_SHARED_BATCH_MAX	64

/* One batched operation (port write or page-table store), applied in order. */
struct ab_batch_op {
	uint32_t kind;		/* AB_BATCH_* */
	uint32_t size;		/* 1, 2, 4 or 8 bytes */
	uint64_t addr;		/* port number or guest-physical address */
	uint64_t value;
};
#define AB_BATCH_OUT		1
#define AB_BATCH_PT_WRITE	2
/* The guest stored size bytes at guest-linear addr in one of its page tables
 * itself (the op's value unused): a host that shadows page tables learns of
 * it; nothing is stored.  Hosts without shadow paging ignore it. */
#define AB_BATCH_PT_NOTE	3

/*
 * The page shared by wedge and hypervisor (4 KiB, guest-physical, registered
 * with AB_HC_SHARED_PAGE).  The guest owns vif and the rings' tails; the
 * hypervisor owns pending[] bits it sets and the heads.
 */
struct ab_shared_page {
	uint32_t abi_version;		/* AB_HV_ABI_VERSION, written by the guest */
	uint32_t vif;			/* virtual IF: 1 = interrupts enabled */
	uint64_t pending[4];		/* pending virtual interrupt vectors, bitmap */
	uint32_t console_len;		/* bytes buffered in console[] */
	uint32_t batch_len;		/* ops buffered in batch[] */
	struct ab_batch_op batch[AB_SHARED_BATCH_MAX];
	char     console[AB_SHARED_CONSOLE_SIZE];
	uint32_t batch_done;		/* appended: ops of batch[] already applied (hypervisor) */
	uint32_t flags;			/* appended: AB_SHARED_F_*, written by the guest */
	uint32_t pt_epoch;		/* appended: page-table note epoch, written by the host */
};
/*
 * flags: AB_SHARED_F_REAL_IF - the guest keeps no virtual IF (vif is not
 * used): its IF is RFLAGS.IF, and the hypervisor injects as for any guest
 * (an interrupt window when it cannot), parking nothing.  For kernels that
 * return from interrupts and exceptions by an iret no wedge handler sees
 * (Linux keeps the iret its bad-iret fixup knows by address in place): a
 * handler's cli would otherwise leave vif 0 behind that iret.
 */
#define AB_SHARED_F_REAL_IF	1u
/*
 * pt_epoch: a host that shadows page tables bumps it whenever a note could
 * matter again for a page the guest noted before (a table frame it had
 * opened is write-protected again, or a frame starts to be tracked).  A
 * guest may skip an AB_BATCH_PT_NOTE for the page it noted last if the
 * epoch has not moved since: notes are hints, so a skipped one costs at most
 * a trap, never correctness.  Hosts without shadow paging leave it 0.
 */

_Static_assert(sizeof(struct ab_shared_page) <= 4096, "shared page fits one page");

#endif /* !__ASSEMBLER__ */
/*
 * ---- Appended (hypervisor_stub, ABI version 1 unchanged) ----
 *
 * Semantics the VT-x hypervisor implements (the KVM host should match):
 *  AB_HC_CONSOLE_WRITE  buf must lie wholly in guest RAM, else -EFAULT.
 *  AB_HC_EXIT           stops the guest; the status is reported like a
 *                       port-0xf4 status (0x10 pass, 0x11 fail, 0x12 panic).
 *  AB_HC_HALT           returns once an interrupt is pending - injected, or
 *                       parked in pending[] (the guest's IF does not matter);
 *                       -EINVAL if no timer is armed (it could never wake).
 *  AB_HC_TIMER_SET      periodic; period 0 disarms; vector must be 32..255
 *                       (-EINVAL).  Its interrupts need no EOI.
 *  AB_HC_EOI            ends the in-service state of a vector of the
 *                       emulated 8259 pair (the same as an OCW2 EOI).
 *  AB_HC_STATS          writes "total=N reason=count ..." (the hypervisor's
 *                       exits: line without its prefix), NUL-terminated;
 *                       returns the length.
 *  AB_HC_SHARED_PAGE    gpa must be page aligned and in guest RAM (-EFAULT).
 *  AB_HC_FLUSH          applies batch[batch_done..batch_len) in order, then
 *                       writes console[0..console_len); zeroes batch_len,
 *                       batch_done and console_len; returns the number of
 *                       ops retired (batch_len; some may have been applied
 *                       lazily already); -EINVAL for a bad op or length.
 *  Lazy batch: at every VM exit, before it handles the exit (so in program
 *  order) and before it looks at interrupts, the hypervisor also applies batch[batch_done..batch_len) and sets batch_done
 *  = batch_len (it never changes batch_len outside AB_HC_FLUSH).  So an op
 *  that may wait for the next exit - typically the EOI of a timer tick,
 *  which matters only when the next tick is due, itself an exit - costs no
 *  exit: write batch[batch_len] completely, then commit it with one
 *  `incl batch_len` (one instruction: atomic against exits); call
 *  AB_HC_FLUSH only when batch_len reaches AB_SHARED_BATCH_MAX.
 * Virtual interrupts with a shared page registered (the guest's IF is
 * RFLAGS.IF & vif in its kernel, RFLAGS.IF alone at CPL 3: vif is the
 * kernel's, and a kernel may return to user mode - sysret, an iret it
 * keeps in place - with the vif of its last cli; the VT-x hypervisor
 * does this, afterburn-kvm does not yet):
 *  - guest IF 1: delivered by injection as usual (an STI/MOV-SS shadow waits
 *    for an interrupt window).
 *  - guest IF 0 (vif == 0, or RFLAGS.IF == 0 as inside a handler entered by
 *    an interrupt gate): never injected, no interrupt-window exit either: the
 *    vector is taken from its source (the emulated PIC is acknowledged, as
 *    an INTA would) and its bit set in pending[].  The wedge replays it when
 *    the guest's IF goes back to 1 (sti, popf, iretq): claim the bit with one
 *    `btr` (exits happen only at instruction boundaries, so one instruction
 *    is atomic against the hypervisor) and deliver it only if the bit was
 *    set.  A pending bit the wedge has not claimed when a later VM exit finds
 *    the guest's IF 1 is injected by the hypervisor itself (so any
 *    hypercall, e.g. AB_HC_FLUSH, replays).
 */

/* Appended error: a hypercall from CPL > 0 (only the guest kernel may call). */
#define AB_HC_EPERM		(-1)

/* Byte offsets in struct ab_shared_page / ab_batch_op, for assembly users
 * (the batch kinds repeated identically so assembly sees them too). */
#define AB_BATCH_OUT		1
#define AB_BATCH_PT_WRITE	2
#define AB_BATCH_PT_NOTE	3
#define AB_SHARED_OFF_ABI_VERSION	0
#define AB_SHARED_OFF_VIF		4
#define AB_SHARED_OFF_PENDING		8
#define AB_SHARED_OFF_CONSOLE_LEN	40
#define AB_SHARED_OFF_BATCH_LEN		44
#define AB_SHARED_OFF_BATCH		48
#define AB_SHARED_OFF_CONSOLE		1584
#define AB_SHARED_OFF_BATCH_DONE	3632
#define AB_SHARED_OFF_FLAGS		3636
#define AB_SHARED_OFF_PT_EPOCH		3640
#define AB_BATCH_OP_SIZE		24
#define AB_BATCH_OFF_KIND		0
#define AB_BATCH_OFF_SIZE		4
#define AB_BATCH_OFF_ADDR		8
#define AB_BATCH_OFF_VALUE		16

#ifndef __ASSEMBLER__
#include <stddef.h>
_Static_assert(offsetof(struct ab_shared_page, vif) == AB_SHARED_OFF_VIF, "vif");
_Static_assert(offsetof(struct ab_shared_page, pending) == AB_SHARED_OFF_PENDING, "pending");
_Static_assert(offsetof(struct ab_shared_page, console_len) == AB_SHARED_OFF_CONSOLE_LEN, "console_len");
_Static_assert(offsetof(struct ab_shared_page, batch_len) == AB_SHARED_OFF_BATCH_LEN, "batch_len");
_Static_assert(offsetof(struct ab_shared_page, batch) == AB_SHARED_OFF_BATCH, "batch");
_Static_assert(offsetof(struct ab_shared_page, console) == AB_SHARED_OFF_CONSOLE, "console");
_Static_assert(offsetof(struct ab_shared_page, batch_done) == AB_SHARED_OFF_BATCH_DONE, "batch_done");
_Static_assert(offsetof(struct ab_shared_page, flags) == AB_SHARED_OFF_FLAGS, "flags");
_Static_assert(offsetof(struct ab_shared_page, pt_epoch) == AB_SHARED_OFF_PT_EPOCH, "pt_epoch");
_Static_assert(sizeof(struct ab_batch_op) == AB_BATCH_OP_SIZE, "batch op");
_Static_assert(offsetof(struct ab_batch_op, value) == AB_BATCH_OFF_VALUE, "batch value");
#endif

#endif /* AFTERBURN_HYPERCALL_H */
