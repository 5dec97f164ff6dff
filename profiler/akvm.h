/*
 * akvm.h - the face of profiler/: afterburn-kvm, the project's own KVM host.
 *
 * One process, one VM, one vCPU.  akvm_kvm.c owns /dev/kvm (capabilities,
 * memory slots, CPUID, register set-up and dumps), akvm_load.c loads a
 * multiboot image and builds the multiboot information, akvm_dev.c emulates
 * the port devices (COM1 and the CMOS/RTC of the shared devices/ library,
 * isa-debug-exit, the Bochs shutdown port and the hypercall port), akvm_prof.c records page-table writes for --profile and
 * akvm_main.c runs the exit loop.  Errors travel as negative errno values;
 * only main() exits.
 */
#ifndef AKVM_H
#define AKVM_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>
#include <time.h>
#include <linux/kvm.h>
#include "afterburn/profile.h"
#include "devices.h"

/* Exit status of afterburn-kvm (documented in --help). */
#define AKVM_EXIT_PASS		0	/* guest reported pass */
#define AKVM_EXIT_FAIL		1	/* guest reported failure */
#define AKVM_EXIT_CRASH		2	/* guest crashed, or a host/KVM error */
#define AKVM_EXIT_TIMEOUT	3	/* --timeout expired */

/* Guest-physical layout chosen by the host (below the 1 MiB image base). */
#define AKVM_MBI_GPA		0x8000u		/* struct multiboot_info */
#define AKVM_MMAP_GPA		0x8100u		/* multiboot memory map */
#define AKVM_LOADER_NAME_GPA	0x8400u
#define AKVM_CMDLINE_GPA	0x9000u
#define AKVM_CMDLINE_MAX	0x7000u		/* up to 0x10000 */
#define AKVM_LOW_MEM_END	0x9fc00u	/* conventional memory, as a PC reports it */
#define AKVM_HIGH_MEM_START	0x100000u

/* Exit categories counted for the final `exits:` line. */
enum akvm_xkind {
	AKVM_X_IO,		/* port I/O to an emulated device */
	AKVM_X_MMIO,		/* access to unbacked guest-physical memory */
	AKVM_X_PTWRITE,		/* store into a write-protected page-table page (--profile) */
	AKVM_X_HLT,
	AKVM_X_HYPERCALL,	/* outl to AB_HV_PORT */
	AKVM_X_INTR,		/* KVM_RUN interrupted by a host signal */
	AKVM_X_IRQ_WINDOW,
	AKVM_X_DEBUG,		/* single-step / breakpoint (--profile) */
	AKVM_X_SHUTDOWN,	/* triple fault */
	AKVM_X_INTERNAL,	/* KVM internal error */
	AKVM_X_EMUL,		/* emulation failure finished here (xgetbv, xsetbv) */
	AKVM_X_OTHER,
	AKVM_X_COUNT
};

struct akvm_options {
	const char *image;
	const char *cmdline;		/* guest arguments after `--` (may be "") */
	const char *kvm_device;		/* default /dev/kvm */
	const char *serial_path;	/* NULL: stdout */
	const char *profile_path;	/* --profile OUT, NULL: off */
	const char *profile_seed;	/* --profile-seed PREV: protect its table frames from the start */
	uint64_t mem_mb;
	double timeout_s;		/* 0: none */
	const char *entry64;		/* enter in long mode at this symbol/address, NULL: 32-bit entry */
	bool irqchip_user;		/* --irqchip user: 8259/PIT here, KVM_INTERRUPT */
	bool no_sync_regs;		/* --no-sync-regs: register ioctls at every use (to measure) */
	bool no_coalesce;		/* --no-coalesce: every COM1 THR write exits */
	bool check_only;		/* --check: is KVM usable here? no image */
	bool sig_kvm;			/* --signature kvm: CPUID says KVMKVMKVM, no hypercall leaf */
	bool quiet;
	bool kvm_stats;			/* print KVM's in-kernel vCPU counters too */
	bool verbose;
};

/* Where COM1's bytes go (the 16550 itself is devices/uart.c, in vm->pc). */
struct akvm_uart {
	FILE *out;
	char line[256];			/* current output line, to spot the guest's verdict */
	unsigned line_len;
	int verdict;			/* -1 none, else AKVM_EXIT_PASS/FAIL/CRASH from the text */
};

struct akvm_prof;

/* --irqchip user: the timer kick and the hypercall timer (the 8259 pair and
 * the PIT are devices/, in vm->pc). */
struct akvm_irq {
	struct dev_timer hc;		/* AB_HC_TIMER_SET, CLOCK_MONOTONIC ns */
	uint8_t hc_vector;
	uint64_t hc_pending[4];
	uint64_t ticks, injected;
	timer_t timer;			/* kicks KVM_RUN at the next deadline */
	bool timer_ok;
};

/* An ELF symbol of the image (functions and labels in loaded sections). */
struct akvm_sym {
	uint64_t addr, size;
	char *name;
};

struct akvm_vm {
	const struct akvm_options *opt;
	int kvm_fd, vm_fd, vcpu_fd;
	struct kvm_run *run;
	size_t run_size;
	uint8_t *mem;			/* guest RAM, guest-physical 0 .. mem_size */
	uint64_t mem_size;
	uint64_t entry;			/* image entry (32-bit multiboot entry) */
	uint64_t entry64;		/* 64-bit entry for --entry64, 0 if unknown */
	uint64_t image_lo, image_hi;	/* loaded range */
	uint64_t image_size, image_fnv;	/* file size and FNV-1a 64 of its bytes (profile identity) */
	struct ab_id_rec *ids;		/* stable site IDs (afterburn_ids), sorted by addr */
	size_t nids;
	char **idfiles;			/* afterburn_idfiles: the program's sources, sorted */
	size_t nidfiles;
	struct akvm_sym *syms;		/* sorted by addr */
	size_t nsyms;
	struct akvm_uart uart;
	struct dev_pc pc;		/* COM1, CMOS/RTC; 8259 pair and PIT with --irqchip user */
	struct akvm_irq irq;		/* --irqchip user only */
	uint8_t shutdown_match;		/* bytes of "Shutdown" seen on port 0x8900 */
	uint64_t shared_gpa;		/* AB_HC_SHARED_PAGE, 0 = none */
	uint64_t xcount[AKVM_X_COUNT];
	uint64_t exits;
	uint64_t hc_count;		/* hypercalls handled */
	uint32_t sync;			/* KVM_SYNC_X86_* in kvm_run (KVM_CAP_SYNC_REGS), 0 = ioctls */
	struct kvm_coalesced_mmio_ring *ring;	/* coalesced COM1 THR writes, NULL = off */
	uint64_t coalesced;		/* port writes taken from the ring */
	bool done;
	int status;			/* valid once done */
	struct akvm_prof *prof;		/* NULL unless --profile */
};

/* akvm_kvm.c */
int akvm_kvm_alloc_mem(struct akvm_vm *vm);
int akvm_kvm_open(struct akvm_vm *vm);
int akvm_kvm_create(struct akvm_vm *vm);
void akvm_kvm_destroy(struct akvm_vm *vm);
int akvm_kvm_set_slot(struct akvm_vm *vm, uint32_t slot, uint64_t gpa, uint64_t size, bool readonly);
int akvm_kvm_setup_vcpu(struct akvm_vm *vm, uint64_t mbi_gpa);
void akvm_kvm_dump(struct akvm_vm *vm, FILE *f);
/* Registers at the current exit: from kvm_run's sync area when enabled, else ioctls. */
int akvm_kvm_get_regs(struct akvm_vm *vm, struct kvm_regs *r);
int akvm_kvm_set_regs(struct akvm_vm *vm, const struct kvm_regs *r);
int akvm_kvm_get_sregs(struct akvm_vm *vm, struct kvm_sregs *s);
void akvm_kvm_print_kstats(struct akvm_vm *vm, FILE *f);
const char *akvm_kvm_exit_name(uint32_t reason);

/* akvm_load.c */
int akvm_load_image(struct akvm_vm *vm, const char *path);
int akvm_load_mbi(struct akvm_vm *vm, const char *cmdline, uint64_t *mbi_gpa);
bool akvm_gpa_ok(const struct akvm_vm *vm, uint64_t gpa, uint64_t len);
const struct akvm_sym *akvm_sym_find(const struct akvm_vm *vm, uint64_t addr);
const struct akvm_sym *akvm_sym_lookup(const struct akvm_vm *vm, const char *name);
void akvm_load_free(struct akvm_vm *vm);
/* akvm_ids.c: elf is the image's Elf *; -1 after a message */
int akvm_ids_load(struct akvm_vm *vm, const char *path, void *elf);
const struct ab_id_rec *akvm_id_at(const struct akvm_vm *vm, uint64_t addr);
const char *akvm_id_file(const struct akvm_vm *vm, uint32_t hash);
void akvm_ids_free(struct akvm_vm *vm);

/* akvm_dev.c */
uint64_t akvm_dev_now(void);		/* CLOCK_MONOTONIC ns: the devices' clock */
#define AKVM_NS	1000000000ull		/* its ticks per second */
void akvm_dev_init(struct akvm_vm *vm, FILE *serial_out);
int akvm_dev_io(struct akvm_vm *vm);		/* handles run->io; sets done/status */
int akvm_dev_hypercall(struct akvm_vm *vm);
void akvm_dev_finish(struct akvm_vm *vm);
void akvm_dev_drain(struct akvm_vm *vm);	/* apply coalesced port writes, in order */

/* akvm_emul.c */
bool akvm_gva_to_gpa(const struct akvm_vm *vm, uint64_t cr0, uint64_t cr3, uint64_t va, uint64_t *pa);
size_t akvm_gva_read(const struct akvm_vm *vm, uint64_t cr0, uint64_t cr3, uint64_t va, uint8_t *buf,
		     size_t n);
int akvm_emul_failure(struct akvm_vm *vm);

/* akvm_irq.c (--irqchip user) */
int akvm_irq_init(struct akvm_vm *vm);
void akvm_irq_exit(struct akvm_vm *vm);
int akvm_irq_before_run(struct akvm_vm *vm);
bool akvm_irq_kick_seen(void);
int akvm_irq_wait(struct akvm_vm *vm);
int64_t akvm_irq_hc_timer(struct akvm_vm *vm, uint64_t period_us, uint64_t vector);
int64_t akvm_irq_hc_eoi(struct akvm_vm *vm, uint64_t vector);

/* akvm_prof.c */
int akvm_prof_init(struct akvm_vm *vm, const char *out_path);
int akvm_prof_exit(struct akvm_vm *vm);		/* called after every exit: follow CR3 */
int akvm_prof_mmio(struct akvm_vm *vm);		/* >0 handled a page-table write, 0 not ours */
int akvm_prof_debug(struct akvm_vm *vm);	/* single-step exit while profiling */
int akvm_prof_finish(struct akvm_vm *vm);	/* write the profile */
void akvm_prof_discard(struct akvm_vm *vm);	/* free without writing (error paths) */

/* Messages: every host message goes to stderr with this prefix. */
#define akvm_err(...)  (fprintf(stderr, "afterburn-kvm: " __VA_ARGS__), fputc('\n', stderr))
#define akvm_info(vm, ...) \
	do { if (!(vm)->opt->quiet) akvm_err(__VA_ARGS__); } while (0)

#endif /* AKVM_H */
