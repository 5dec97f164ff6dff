/*
 * guest.h - internal interfaces of the sample guest kernel.
 *
 * The guest is one flat, identity-mapped image linked at 1 MiB.  Files:
 *   boot.S      multiboot header, 32-bit entry, long mode
 *   entry.S     trap stubs, ring-3 round trips, far-transfer helpers
 *   main.c      guest_main: wedge boot, init order, verdict, exit
 *   cpu.c       GDT/TSS/IDT, PIC/PIT, trap dispatch, panic, expected faults
 *   paging.c    page pool and the guest's own 4-level page tables
 *   proc.c      ring-3 processes, scheduler, system calls, workload
 *   test_*.c    the self-tests of every sensitive class
 *   lib.c       the few libc-named helpers gcc may emit calls to
 */
#ifndef GUEST_H
#define GUEST_H

#include <stdint.h>
#include <stddef.h>
#include "afterburn/x86.h"
#include "wedge.h"
#include "guest_asm.h"

/* Trap frame, as entry.S builds it (lowest address first). */
struct guest_frame {
	uint64_t r15, r14, r13, r12, r11, r10, r9, r8;
	uint64_t rdi, rsi, rbp, rdx, rcx, rbx, rax;
	uint64_t vector, error;
	uint64_t rip, cs, rflags, rsp, ss;	/* pushed by the CPU */
};
_Static_assert(sizeof(struct guest_frame) == 22 * 8, "entry.S pushes 22 words");
_Static_assert(__builtin_offsetof(struct guest_frame, vector) == 15 * 8, "vector after 15 GPRs");

#define GUEST_RFLAGS_IF		(1u << 9)
#define GUEST_RFLAGS_AC		(1u << 18)

/* main.c */
extern char guest_cmdline[256];
/*
 * Platform facts the self-tests adapt to, each found by a probe or by the
 * wedge's platform detection, and each printed where it causes a skip:
 *  - ring-3 code sees a %cs other than ours: it runs on a foreign GDT (the
 *    PVM-based KVM here runs guest user mode natively on the host's GDT and
 *    IDT), so ring-3 segment checks and syscall from ring 3 are meaningless;
 *  - kernel mode is run by KVM's instruction emulator (QEMU -accel kvm
 *    here), which fails on some instructions (xgetbv/xsetbv, lar, lsl,
 *    verr, verw, int $n, stac/clac, xrstor).
 */
extern uint64_t guest_ring3_cs;		/* %cs as read in ring 3 */
int guest_ring3_foreign(void);		/* guest_ring3_cs != GUEST_UCODE_SEL */
int guest_kernel_emulated(void);	/* QEMU KVM: the emulator runs ring 0 */
int guest_cmdline_has(const char *word);
__attribute__((noreturn)) void guest_finish(void);

/* cpu.c */
void guest_cpu_init(void);
void guest_set_rsp0(uint64_t rsp0);
struct guest_frame *guest_trap(struct guest_frame *f);
__attribute__((noreturn)) void guest_panic(const char *what, uint64_t rip);
void guest_pic_unmask_timer(int on);
void guest_pit_start(unsigned hz);
extern volatile uint64_t guest_ticks;
extern volatile uint64_t guest_int82_count;
extern uint64_t guest_int80_emulated;	/* int $0x80 taken as #UD (PVM KVM) */
struct guest_frame *guest_syscall(struct guest_frame *f);
struct guest_frame *guest_sched_tick(struct guest_frame *f);
extern uint64_t guest_gdt[GUEST_GDT_ENTRIES];
extern uint8_t *const guest_trap_stack_top_ptr;	/* ring-0 stack for self-test traps */

/*
 * Expected faults: a test arms a vector and a resume address; if that
 * exception hits, the handler records it and resumes there instead of
 * panicking.  GUEST_EXPECT_ASM(insns) runs insns with the resume label
 * right after them.
 */
struct guest_expect {
	uint64_t resume;	/* rip to resume at (set by the asm) */
	uint32_t vector;	/* armed vector, or ~0u */
	uint32_t hit;		/* 1 if the fault happened */
	uint64_t error;		/* its error code */
};
extern volatile struct guest_expect guest_expect;
void guest_expect_arm(unsigned vector);
int guest_expect_done(void);	/* disarms; returns hit */

/* paging.c */
#define GUEST_PAGE_SIZE		4096ull
#define GUEST_PTE_P		(1ull << 0)	/* present */
#define GUEST_PTE_W		(1ull << 1)	/* writable */
#define GUEST_PTE_U		(1ull << 2)	/* user accessible */
#define GUEST_PTE_PS		(1ull << 7)	/* 2 MiB page (PD entry) */
#define GUEST_PTE_ADDR		0x000ffffffffff000ull
/* Last 4 KiB page of the low 4 MiB: free for tests (the image ends below). */
#define GUEST_TEST_VA		0x3ff000ull
/* Per-process private window: PDPT[1], 1 GiB up. */
#define GUEST_USER_PRIV		0x40000000ull	/* private data page */
#define GUEST_USER_STACK_TOP	0x40002000ull	/* top of the private stack page */

void guest_paging_init(void);
void *guest_page_alloc(void);		/* zeroed 4 KiB page, identity mapped (pool.c) */
void *guest_pages_take(unsigned n);	/* n contiguous pages, not zeroed (pool.c) */
void guest_pool_init(void);
void *guest_pages_alloc(unsigned n);	/* n contiguous zeroed pages */
uint64_t guest_kernel_cr3(void);
/* The only ways to change a PTE (tables are allocated as needed): */
void guest_map(uint64_t cr3, uint64_t va, uint64_t pa, uint64_t flags);
uint64_t guest_unmap(uint64_t cr3, uint64_t va);	/* old entry; invlpg done */
uint64_t guest_new_address_space(void);		/* PML4 sharing the kernel's low map */
void guest_free_address_space(uint64_t cr3);	/* its tables back to the free list */
extern unsigned guest_pages_used, guest_tables_reused;
#ifdef AFTERBURN_TEST_SHIFT
void guest_shift(void);
#endif

/* pgstress.c: the page-table workload phase */
void guest_pgstress_run(void);

/* proc.c */
void guest_workload_run(void);

/* tests */
void guest_test_ok(const char *name, int ok, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
void guest_test_skip(const char *name, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void guest_tests_cpu(void);
void guest_tests_sys(void);
void guest_tests_priv(void);
void guest_test_drop_slots(void);	/* last: ends undo and redo */
extern unsigned guest_tests_run, guest_tests_failed;

/* entry.S */
extern const uint64_t guest_trap_stubs[48];
void guest_trap_stub_syscall(void);
void guest_trap_stub_int82(void);
void guest_user_return(void);
void guest_syscall_entry(void);
void guest_user_stub_syscall(void);
void guest_user_stub_int80(void);
void guest_kernel_syscall(uint64_t nr);
uint64_t guest_user_call_iret(uint64_t rip, uint64_t rsp, uint64_t arg);
uint64_t guest_user_call_sysret(uint64_t rip, uint64_t rsp, uint64_t arg);
uint64_t guest_user_call_sysexit(uint64_t rip, uint64_t rsp, uint64_t arg);
uint64_t guest_far_jmp_test(void);
uint64_t guest_far_call_test(void);
uint64_t guest_far_ret_test(void);

/*
 * Small inline helpers (each is a site in guest.elf).  Port I/O, MSRs, CPUID
 * and TSC are the shared ones of include/afterburn/x86.h.
 */
#define guest_outb	ab_x86_outb
#define guest_inb	ab_x86_inb
#define guest_rdmsr	ab_x86_rdmsr
#define guest_wrmsr	ab_x86_wrmsr
#define guest_cpuid	ab_x86_cpuid
#define guest_rdtsc	ab_x86_rdtsc

static inline uint64_t guest_read_cr3(void)
{
	uint64_t v;
	__asm__ volatile("mov %%cr3, %0" : "=r"(v));
	return v;
}

static inline void guest_write_cr3(uint64_t v)
{
	__asm__ volatile("mov %0, %%cr3" : : "r"(v) : "memory");
}

static inline uint64_t guest_read_cr4(void)
{
	uint64_t v;
	__asm__ volatile("mov %%cr4, %0" : "=r"(v));
	return v;
}

static inline void guest_write_cr4(uint64_t v)
{
	__asm__ volatile("mov %0, %%cr4" : : "r"(v) : "memory");
}

static inline void guest_invlpg(uint64_t va)
{
	__asm__ volatile("invlpg (%0)" : : "r"(va) : "memory");
}

static inline void guest_cli(void) { __asm__ volatile("cli" : : : "memory"); }
static inline void guest_sti(void) { __asm__ volatile("sti" : : : "memory"); }

static inline uint64_t guest_flags(void)
{
	uint64_t f;
	__asm__ volatile("pushfq; popq %0" : "=r"(f) : : "memory");
	return f;
}

/* MSRs (SDM vol. 4). */
#define MSR_IA32_SYSENTER_CS	0x174
#define MSR_IA32_SYSENTER_ESP	0x175
#define MSR_IA32_SYSENTER_EIP	0x176
#define MSR_EFER		0xc0000080
#define MSR_STAR		0xc0000081
#define MSR_LSTAR		0xc0000082
#define MSR_SFMASK		0xc0000084
#define MSR_FS_BASE		0xc0000100
#define MSR_GS_BASE		0xc0000101
#define MSR_KERNEL_GS_BASE	0xc0000102
#define MSR_TSC_AUX		0xc0000103
#define EFER_SCE		(1ull << 0)
/* RFLAGS bits syscall clears (SDM vol. 3, 3.4.3): TF IF DF NT AC. */
#define GUEST_SFMASK		((1u << 8) | (1u << 9) | (1u << 10) | (1u << 14) | (1u << 18))

/* CR bits (SDM vol. 3, 2.5). */
#define CR0_PE			(1ull << 0)
#define CR0_TS			(1ull << 3)
#define CR0_PG			(1ull << 31)
#define CR4_TSD			(1ull << 2)
#define CR4_PCE			(1ull << 8)
#define CR4_FSGSBASE		(1ull << 16)
#define CR4_OSXSAVE		(1ull << 18)

#endif /* GUEST_H */
