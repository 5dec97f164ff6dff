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
};

_Static_assert(sizeof(struct ab_shared_page) <= 4096, "shared page fits one page");

#endif /* !__ASSEMBLER__ */
#endif /* AFTERBURN_HYPERCALL_H */
