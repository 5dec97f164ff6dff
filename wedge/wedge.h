/*
 * wedge.h - the face of the wedge: the in-place VMM linked into a
 * pre-virtualized guest kernel.
 *
 * The wedge is freestanding (no libc) and is built WITHOUT the afterburner:
 * it is the code that patches the guest, so none of its own instructions are
 * sites.  The linker script of a guest should keep its code in an output
 * section of its own (the sample guest names it afterburn_wedge_text) so
 * that coverage checkers can tell wedge code from guest code.
 *
 * Order of use by a guest:
 *   1. afterburn_wedge_boot(cmdline) before any afterburned site executes
 *      (interrupts off).  It brings up the console, detects the platform,
 *      chooses the back end and rewrites every site.
 *   2. the guest runs; wedge_printf() and friends are its console.
 *   3. afterburn_wedge_exit_report() prints the trace summary, then
 *      afterburn_wedge_exit() powers off with the guest's status.
 *
 * Back ends: native (sites untouched), trace (every site runs out of line
 * and counts), hypercall (under an AfterburnVMM hypervisor that delivers
 * interrupts through the shared page; the default there): the interrupt
 * flag is virtual (cli is an inline store, pushf/popf/sti/iretq keep the
 * virtual IF, parked interrupts are replayed through the guest's IDT), hlt
 * is AB_HC_HALT, constant cpuid leaves are cached, the console (wedge_putc
 * and the guest's COM1 THR writes) goes through the shared page with one
 * AB_HC_FLUSH per line, 8259 EOIs are batched where the hypervisor applies
 * the batch at every exit; pt-write sites (second pass) run their store
 * out of line by default, or are stored or queued by the wedge with
 * afterburn.ptwrite=direct|batch (ptwrite.c says why the default); every
 * other site runs out of line and traps.
 * profile (afterburn.backend=profile, profile.c): only in an image built with
 * the LLVM plugin's instrument mode; answers afterburn_probe_store(), counts
 * the stores into page tables per stable ID and prints the profile at exit;
 * only the CR3-load sites are rewritten (a post handler keeps its table map).
 * Details: hypercall.c, ptwrite.c and hc_entry.S.  At exit the hypercall back end
 * prints `afterburn: hypercall out-of-line total=N cls=n ...` (executions
 * of original instructions, which exit where the hypervisor traps them).
 */
#ifndef AFTERBURN_WEDGE_H
#define AFTERBURN_WEDGE_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>
#include "afterburn/site.h"
#include "rewriter.h"	/* enum ab_backend */

/* Platforms the boot stub tells apart (CPUID.1:ECX[31], leaf 0x40000000). */
enum wedge_platform {
	WEDGE_PLATFORM_BARE = 0,	/* no hypervisor bit and no Bochs BIOS: real hardware */
	WEDGE_PLATFORM_BOCHS,		/* no hypervisor bit, Bochs BIOS in the ROM */
	WEDGE_PLATFORM_TCG,		/* "TCGTCGTCGTCG": an emulator, bare metal for us */
	WEDGE_PLATFORM_KVM,		/* "KVMKVMKVM\0\0\0" */
	WEDGE_PLATFORM_AFTERBURNVMM,	/* AB_HV_SIGNATURE: one of our hypervisors */
	WEDGE_PLATFORM_OTHER_HV,	/* some other hypervisor: treated like bare */
	WEDGE_PLATFORM_COUNT
};

/* Values of the image's afterburn_wedge_prepatched word. */
#define WEDGE_PREPATCHED_NONE	0u	/* sites hold their original bytes */
/* otherwise: back end + 1, written by `afterburn-sites patch` */

/*
 * Set by the host tool in a patched copy of the image; 0 in a fresh build.
 * Lives in .data so that the tool finds it by symbol and patches the file.
 */
extern volatile uint32_t afterburn_wedge_prepatched;

/*
 * Boot stub.  Precondition: interrupts disabled, identity-mapped image,
 * no site executed since entry (or only native ones).  cmdline may be NULL.
 * Never fails hard: errors are printed, counted (afterburn_wedge_errors())
 * and the guest continues on the native back end.
 */
void afterburn_wedge_boot(const char *cmdline);

/* What the boot stub found. */
enum wedge_platform afterburn_wedge_platform(void);
const char *afterburn_wedge_platform_name(enum wedge_platform p);
int afterburn_wedge_backend(void);		/* enum ab_backend in force */
uint32_t afterburn_wedge_sites(void);		/* site records in the image */
uint32_t afterburn_wedge_patched(void);		/* sites currently rewritten */
/* Problems seen at boot (bad command line, ABI mismatch, rewrite error). */
unsigned afterburn_wedge_errors(void);

/* Site table walking, for self-tests and reports. */
const struct ab_site *afterburn_wedge_site(uint32_t i);
struct ab_slot *afterburn_wedge_slot(const struct ab_site *s);
/* Sum of the trace counters of every site of class cls (0 unless trace). */
uint64_t afterburn_wedge_class_count(unsigned cls);

/*
 * Undo every site (original bytes back, exactly) / rewrite again for the
 * back end in force.  Both run with interrupts off and serialize.  Return
 * the number of sites changed or a negative enum ab_rewrite_error.
 */
int afterburn_wedge_undo(void);
int afterburn_wedge_redo(void);

/*
 * For kernels that map physical memory elsewhere and patch their own text
 * (Linux; kernel.c says why).  set_direct_map: the virtual address of
 * physical 0 (default 0, identity), before afterburn_wedge_boot().
 * release: the kernel is about to rewrite [addr, addr+len), or needs the
 * instructions there at their own addresses; every site there gets its
 * original bytes back and is the wedge's no more (said on the console);
 * returns how many, or -1.  fault_site: the site whose slot holds
 * rip, or 0 (a fault there is to be handled as if taken at the site).
 */
void afterburn_wedge_set_direct_map(uintptr_t va_of_phys0);
int afterburn_wedge_release(uintptr_t addr, size_t len);
uintptr_t afterburn_wedge_fault_site(uintptr_t rip);

/*
 * The kernel would give the slots' memory away (Linux: with its init
 * sections, at the end of boot).  Returns 1 if no site uses a slot: the
 * native back end with nothing rewritten (bare metal).  The slots are the
 * kernel's from then on, and undo, redo and release, whose checks read
 * them, are refused.  Returns 0 when slots hold code (the kernel keeps them).
 */
int afterburn_wedge_drop_slots(void);

/* Trace: `afterburn: trace total=N cls=n ...`; hypercall: `afterburn: hypercall
 * out-of-line total=N cls=n ...`; silent otherwise. */
void afterburn_wedge_exit_report(void);

/* QEMU isa-debug-exit values (QEMU's status is (v << 1) | 1). */
#define WEDGE_EXIT_PASS		0x10
#define WEDGE_EXIT_FAIL		0x11
#define WEDGE_EXIT_PANIC	0x12

/*
 * Power off: drain the UART, isa-debug-exit, Bochs "Shutdown" port,
 * AB_HC_EXIT under AfterburnVMM, then cli;hlt forever.
 */
__attribute__((noreturn)) void afterburn_wedge_exit(unsigned code);

/* Console: COM1, polled.  Shared by the wedge and the guest. */
void wedge_console_init(void);
void wedge_putc(char c);
void wedge_write(const char *s, size_t n);
void wedge_puts(const char *s);
/* %s %c %d %u %x %lu %ld %lx %llx %p, width and '0' pad. */
void wedge_vprintf(const char *fmt, va_list ap);
__attribute__((format(printf, 1, 2))) void wedge_printf(const char *fmt, ...);
void wedge_console_drain(void);		/* wait for LSR.TEMT */

/* Small freestanding helpers the wedge has anyway. */
size_t wedge_strlen(const char *s);
int wedge_memcmp(const void *a, const void *b, size_t n);
void *wedge_memset(void *d, int c, size_t n);
void *wedge_memcpy(void *d, const void *s, size_t n);

#endif /* AFTERBURN_WEDGE_H */
