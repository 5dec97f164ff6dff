/*
 * hv.h - the face of hypervisor_stub: the types and functions its files share.
 *
 * One physical CPU, one guest at a time (struct hv_guest owns its VMCS, EPT,
 * bitmaps and virtual devices).  The host runs with interrupts off; it never
 * needs them, because the only time source it uses is the VMX-preemption
 * timer, which ends up as a VM exit.
 *
 * Memory layout (host-physical, identity mapped 0-4 GiB by hv_boot.S):
 *   1 MiB ..            hypervisor image, stacks, VMX/EPT pages (.bss)
 *   GRUB modules        wherever GRUB put them, with its multiboot info
 *   hv_mem_hpa ..       backing store of the guest's RAM: hv.mem= bytes from
 *                       the first 2 MiB boundary above all of the above
 *                       (hv_main.c; a size the machine cannot back is FATAL)
 * The guest sees only [0, hv.mem) guest-physical, mapped by EPT onto its
 * backing store (hv_ept.c); nothing of the hypervisor is in its EPT, and no
 * guest-physical address is the hypervisor's: what a boot loader puts in
 * guest memory (multiboot info, GDT, Linux's zero page) goes where the
 * guest's image is not (hv_guest.c).
 */
#ifndef HV_H
#define HV_H

#include <stdint.h>
#include <stddef.h>
#include <stdarg.h>
#include "vmx_defs.h"
#include "hv_cpu.h"
#include "devices.h"

/* Guest RAM (hv.mem=, in bytes with an optional K, M or G suffix). */
#define HV_GUEST_MEM_DEFAULT	(128ull << 20)	/* afterburn-run's --mem default too */
#define HV_GUEST_MEM_MIN	(2ull << 20)
#define HV_GUEST_MEM_MAX	(3ull << 30)	/* below the 4 GiB of MMIO and our identity map */
extern uint64_t hv_mem_size, hv_mem_hpa;	/* set once at boot (hv_main.c) */
#define HV_PAGE		4096ull
#define HV_MAX_GUESTS	8	/* multiboot modules run one after another */

/*
 * TSC ticks per virtual second.  Bochs' TSC counts instructions and its
 * clock makes `ips` of them one second, so this must equal bochsrc's ips:
 * `afterburn-run --on vtx --ips N` passes it as hv.tsc_hz=N (default
 * HV_TSC_HZ_DEFAULT when the command line has none).
 */
#define HV_TSC_HZ_DEFAULT	10000000ull
extern uint64_t hv_tsc_hz;

/* Guest general registers, saved by hv_entry.S at each exit (push order). */
struct hv_regs {
	uint64_t rax, rbx, rcx, rdx, rsi, rdi, rbp;
	uint64_t r8, r9, r10, r11, r12, r13, r14, r15;
	uint64_t pad;	/* keeps the frame 16-byte aligned for the C call */
};
_Static_assert(sizeof(struct hv_regs) == 128, "hv_entry.S pushes 16 quadwords");
_Static_assert(__builtin_offsetof(struct hv_regs, r15) == 14 * 8, "push order");

/* Devices of hv_vdev.c, for the per-device I/O statistics. */
enum hv_dev { HV_DEV_UART, HV_DEV_PIC, HV_DEV_PIT, HV_DEV_RTC, HV_DEV_EXIT, HV_DEV_OTHER, HV_DEV_NONE,
	      HV_DEV_COUNT };

/* Stop reasons: how a guest ended (hv_guest_stop). */
enum hv_stop {
	HV_STOP_NONE = 0,
	HV_STOP_EXIT,		/* guest asked: port 0xf4, 0x8900 or AB_HC_EXIT */
	HV_STOP_FAULT,		/* guest did something we refuse: report printed */
};

/*
 * MSRs (hv_msr.c): the table, one row per MSR or range, and the state of
 * the emulated ones.  CPUID (hv_cpuid.c): the guest's view, one policy with
 * the table.
 */
#define HV_MTRR_VAR_MAX		16	/* variable ranges kept (0x200-0x21f) */
#define HV_MTRR_FIXED		11	/* fixed-range MSRs */
#define HV_MSR_REPORT_MAX	8	/* unknown MSRs named per guest */
struct hv_msr_state {
	uint64_t mtrr_cap, mtrr_def, mtrr_fixed[HV_MTRR_FIXED], mtrr_var[2 * HV_MTRR_VAR_MAX];
	uint64_t tsc_adjust;		/* IA32_TSC_ADJUST (the TSC offset moves with it) */
	uint64_t mcg_status;
	unsigned unknown_reported;
};

/* A CPUID feature: leaf, subleaf, register (0-3 = EAX-EDX), any bit of mask; mask 0 = always. */
#define HV_FEAT_NEVER	0xff	/* reg: never advertised (model-specific MSRs) */
struct hv_feat { uint32_t leaf, sub; uint8_t reg; uint32_t mask; };
enum hv_msr_policy { HV_MSR_FN, HV_MSR_PASS, HV_MSR_RAZ, HV_MSR_GP };
struct hv_guest;
/* 0 = done (*val read or written), -1 = #GP; the local APIC's hv_lapic_msr has this signature. */
typedef int (*hv_msr_fn)(struct hv_guest *g, uint32_t msr, int write, uint64_t *val);
struct hv_msr_row {
	uint32_t first, last;		/* MSR range, inclusive */
	const char *name;
	struct hv_feat feat;		/* not advertised: #GP whatever the policy */
	enum hv_msr_policy policy;
	hv_msr_fn fn;			/* HV_MSR_FN */
};
extern const struct hv_msr_row hv_msr_table[];
extern const unsigned hv_msr_table_len;
const struct hv_msr_row *hv_msr_lookup(uint32_t msr);
void hv_msr_bitmap_build(uint8_t bitmap[4096], int (*advertised)(const struct hv_feat *f));
int hv_msr_access(struct hv_guest *g, uint32_t msr, int write, uint64_t *val);
int hv_msr_memtype_ok(unsigned type, int pat);
void hv_msr_reset(struct hv_guest *g);		/* at VMCS set-up: MTRRs, pass-through MSRs as at boot */
uint64_t hv_guest_tsc(void);			/* the current guest's TSC (host TSC + VMCS TSC offset) */

/* What the CPUID filter depends on: the guest's CR4 and mode, the VMCS's controls. */
struct hv_cpuid_ctx { uint64_t cr4; int long64, intel, tsc_offsetting, rdtscp, invpcid, apic_on; };
void hv_cpuid_filter(uint32_t leaf, uint32_t sub, const struct hv_cpuid_ctx *ctx, uint32_t v[4]);
void hv_cpuid_ctx_get(struct hv_cpuid_ctx *ctx);
void hv_cpuid_guest(uint32_t leaf, uint32_t sub, uint32_t v[4]);
int hv_cpuid_has(const struct hv_feat *f);

struct hv_guest {
	unsigned index;			/* which multiboot module (0-based) */
	uint64_t mem_hpa, mem_size;	/* backing store of guest-physical 0.. */
	void *vmcs;			/* this guest's VMCS region */
	uint64_t entry;			/* guest-physical entry point */
	uint64_t mbi_gpa;		/* multiboot info (Linux: zero page) handed to the guest */
	uint64_t gdt_gpa;		/* flat GDT we give it (multiboot leaves GDTR undefined) */
	/* What the guest's image and our boot data occupy (hv_guest.c), so
	 * that each new piece goes where nothing is yet. */
#define HV_GUEST_RANGES 16
	struct hv_range { uint64_t start, end; } used[HV_GUEST_RANGES];
	unsigned n_used;
	int is_linux;			/* booted by the Linux boot protocol (hv_linux.c) */
	int vpid_on;			/* VPID enabled in its VMCS */
	uint64_t proc_ctls;		/* cached VMCS_PROC_CTLS (hv_irq.c toggles the window bit) */
	const char *cmdline;
	struct hv_msr_state msr;	/* emulated MSRs (hv_msr.c) */

	/* exit statistics */
	uint64_t exits[EXIT_REASON_MAX];
	uint64_t exits_total;

	/* virtual devices: the 8259 pair, 8254, COM1 and CMOS/RTC of devices/ */
	struct dev_pc pc;
	char shutdown_buf[8];		/* bytes seen on the Bochs 0x8900 port */
	unsigned shutdown_len;
	uint64_t bad_ports;		/* accesses to ports with no device */
	uint64_t io_count[HV_DEV_COUNT];	/* port accesses per device (hv_vdev.c) */
	uint64_t tsc_start;		/* TSC at first VM entry */

	/* time: one deadline per source, in host TSC ticks (0 = off; the PIT's is in pc) */
	uint64_t hc_period_tsc, hc_deadline;
	uint8_t hc_vector;
	uint64_t hc_pending[4];		/* AB_HC_TIMER vectors waiting for IF=1 */
	uint64_t shared_gpa;		/* AB_HC_SHARED_PAGE, 0 = none */
	unsigned hc_reported;		/* refused hypercalls reported so far */
	uint64_t watchdog;		/* TSC deadline for the whole run (hv.watchdog=), 0 = off */
	struct lapic lapic;		/* hv_lapic.c; its timer is one more deadline */
	uint64_t lapic_reads, lapic_writes;	/* MMIO accesses (statistics) */

	enum hv_stop stop;
	int status;			/* exit status (guest's 0xf4 value etc.) */
};

extern struct hv_guest *hv_cur;		/* the guest that runs now */

/* hv_main.c: guests run one after another, each with its own VMCS. */
void hv_guest_start(unsigned index) __attribute__((noreturn));

/* hv_console.c: COM1 log of the hypervisor (and the guest's UART output). */
void hv_console_init(void);
void hv_putc(char c);
void hv_guest_putc(char c);	/* guest bytes: tracks line state */
void hv_printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
void hv_vprintf(const char *fmt, va_list ap);
int hv_snprintf(char *buf, size_t len, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
void hv_console_drain(void);
void hv_poweroff(void) __attribute__((noreturn));
void hv_fatal(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));

/* hv_lib.c */
void *hv_memset(void *d, int c, size_t n);
void *hv_memcpy(void *d, const void *s, size_t n);
void *hv_memmove(void *d, const void *s, size_t n);
size_t hv_strlen(const char *s);
int hv_memcmp(const void *a, const void *b, size_t n);
int hv_cmdline_has(const char *s, const char *word);
uint64_t hv_cmdline_num(const char *s, const char *key, uint64_t def);
const char *hv_cmdline_value(const char *s, const char *key);	/* after "key=", or NULL */

/* hv_idt.c: the host's own exception handling (every host fault is fatal). */
void hv_cpu_init(void);

/* vmx_caps.c: capability table and control derivation. */
struct vmx_ctls { uint32_t pin, proc, proc2, exit, entry; };
int vmx_caps_check(void);		/* 0 or -1 after naming what is missing */
int vmx_ctl_derive(const char *name, uint32_t msr, uint32_t want, uint32_t optional, uint32_t *out);
uint64_t vmx_cr_fixed(int cr, uint64_t value, int unrestricted);
extern uint32_t vmx_revision;
extern unsigned vmx_preempt_shift;

/* vmx_vmcs.c */
int vmx_on(void);
void vmx_write_failed(uint32_t field, uint64_t v, int rc) __attribute__((noreturn, cold));
void vmx_read_failed(uint32_t field, int rc) __attribute__((noreturn, cold));

/* Checked VMWRITE/VMREAD, inline: a dozen of them run on every VM exit. */
static inline void vmx_write(uint32_t field, uint64_t v)
{
	int rc = hv_vmwrite_raw(field, v);
	if (__builtin_expect(rc, 0))
		vmx_write_failed(field, v, rc);
}

static inline uint64_t vmx_read(uint32_t field)
{
	uint64_t v = 0;
	int rc = hv_vmread_raw(field, &v);
	if (__builtin_expect(rc, 0))
		vmx_read_failed(field, rc);
	return v;
}
const char *vmx_field_name(uint32_t field);
const char *vmx_insn_error_name(uint64_t err);
int vmx_vmcs_setup(struct hv_guest *g);
void vmx_vmcs_release(struct hv_guest *g);	/* VMCLEAR: the guest is done */
void vmx_launch(struct hv_regs *frame) __attribute__((noreturn));	/* hv_entry.S */
extern uint8_t hv_exit_stack_top[];

/* hv_ept.c */
uint64_t hv_ept_build(struct hv_guest *g);	/* returns EPTP */
/* Map guest-physical [gpa, gpa+len) onto host [hpa, ...) with attributes
 * attr (EPT_R/W/X, memory type): 2 MiB pages where both are aligned, 4 KiB
 * pages elsewhere.  0, or -1 when the table pool is exhausted (printed).
 * hv_ept_build() (from vmx_vmcs_setup) starts each guest's tables afresh
 * with its RAM: map anything more (a device page) after it. */
int hv_ept_map(uint64_t gpa, uint64_t hpa, uint64_t len, uint64_t attr);
void *hv_gpa_to_hva(struct hv_guest *g, uint64_t gpa, uint64_t len);	/* NULL outside */
int hv_ept_protect(struct hv_guest *g, uint64_t gpa, int protect);	/* 4 KiB frame; -1 pool full */
void hv_invept_all(void);	/* vmx_vmcs.c */
void hv_invvpid(struct hv_guest *g);	/* vmx_vmcs.c: drop this guest's linear translations */

/* hv_prof.c: hv.profile, the guest's page-table stores (afterburn-run --profile). */
void hv_prof_start(struct hv_guest *g, const char *hv_cmdline);
void hv_prof_exit(struct hv_guest *g);			/* every exit */
void hv_prof_cr3(struct hv_guest *g, uint64_t cr3);	/* a MOV to CR3 */
int hv_prof_ept_write(struct hv_guest *g, uint64_t gpa);	/* 1: a table store, stepped */
int hv_prof_step_done(struct hv_guest *g, uint64_t qual);	/* #DB exit: 1 if ours */
int hv_prof_stepping(void);				/* no injection while 1 */
void hv_prof_report(struct hv_guest *g);

/* hv_shadow.c: hv.mmu=shadow, shadow page tables on top of the EPT identity map. */
void hv_shadow_start(struct hv_guest *g, const char *hv_cmdline);	/* after hv_guest_boot_state */
int hv_shadow_on(void);
uint64_t hv_guest_cr3(void);			/* the guest's CR3 (the VMCS holds the shadow's) */
void hv_shadow_pf(struct hv_guest *g, struct hv_regs *r);	/* #PF exit */
void hv_shadow_cr3(struct hv_guest *g, uint64_t v);	/* MOV to CR3 */
uint64_t hv_shadow_cr3_read(void);
void hv_shadow_cr_changed(struct hv_guest *g, int cr, uint64_t old, uint64_t val);	/* CR0/CR4 written */
void hv_shadow_invlpg(struct hv_guest *g, uint64_t la);
void hv_shadow_invpcid(struct hv_guest *g);
int hv_shadow_ept_write(struct hv_guest *g, struct hv_regs *r, uint64_t gpa);	/* 1: a guest table store */
void hv_shadow_pt_written(struct hv_guest *g, uint64_t gpa, unsigned len);	/* the hypervisor stores */
void hv_shadow_pt_note(struct hv_guest *g, uint64_t lin, unsigned size);	/* AB_BATCH_PT_NOTE */
void hv_shadow_report(struct hv_guest *g);

/* hv_gmem.c: guest-linear -> guest-physical through the guest's paging. */
int hv_gva_to_gpa(struct hv_guest *g, uint64_t lin, uint64_t *gpa);
void *hv_gva_to_hva(struct hv_guest *g, uint64_t lin, uint64_t len);	/* NULL if unmapped */

/* hv_io.c: the I/O-instruction exit (IN/OUT and INS/OUTS). */
void hv_exit_io(struct hv_guest *g, struct hv_regs *r, uint64_t qual);

/* hv_guest.c: load the multiboot module, build the guest's multiboot info. */
int hv_guest_load(struct hv_guest *g, uint32_t mb_magic, uint64_t mbi_pa, struct hv_regs *r);
void hv_guest_boot_state(struct hv_guest *g);	/* after vmx_vmcs_setup: the protocol's entry state */
const char *hv_boot_cmdline(uint32_t mb_magic, uint64_t mbi_pa);	/* the hypervisor's own */
uint64_t hv_boot_data_end(uint32_t mb_magic, uint64_t mbi_pa);	/* end of the loader's data */
uint64_t hv_boot_ram_end(uint32_t mb_magic, uint64_t mbi_pa, uint64_t from);	/* RAM from there */
/* A module as the hypervisor sees it: bytes, size and its GRUB string. */
struct hv_module { const uint8_t *data; uint64_t size; const char *string; };
int hv_boot_module(uint32_t mb_magic, uint64_t mbi_pa, unsigned i, struct hv_module *m);
/* Guest-physical bookkeeping shared by the loaders (hv_guest.c). */
int hv_guest_claim(struct hv_guest *g, const char *what, uint64_t gpa, uint64_t len);
/* The PC memory map every guest gets (multiboot mmap, Linux e820): RAM
 * below 640 KiB, the legacy hole 0xa0000-0xfffff reserved, RAM from 1 MiB
 * to hv.mem.  Returns the number of ranges (HV_MEMMAP_N). */
#define HV_LOW_END	0xa0000ull
#define HV_HOLE_END	0x100000ull
#define HV_MEMMAP_N	3
#define HV_MEM_RAM	1		/* multiboot and e820 agree on the types */
#define HV_MEM_RESERVED	2
struct hv_memrange { uint64_t addr, len; uint32_t type; };
unsigned hv_guest_memmap(const struct hv_guest *g, struct hv_memrange *m);
/* Lowest (top: highest) free guest RAM for len bytes, aligned, inside
 * [from, below), outside the 640 KiB-1 MiB hole; claimed for what.  The gpa,
 * or ~0 when nothing fits (printed). */
#define HV_NO_ROOM	(~0ull)
uint64_t hv_guest_place(struct hv_guest *g, const char *what, uint64_t len, uint64_t align,
			uint64_t from, uint64_t below, int top);
/* Module i is the guest index's kernel or belongs to it (hv.initrd). */
unsigned hv_boot_guests(uint32_t mb_magic, uint64_t mbi_pa);	/* how many guests */

/* hv_linux.c: the Linux boot protocol (a bzImage module). */
int hv_linux_is_bzimage(const uint8_t *img, uint64_t size);
int hv_linux_load(struct hv_guest *g, const struct hv_module *kernel, const struct hv_module *initrd,
		  unsigned n_initrd, struct hv_regs *r);
void hv_linux_boot_state(struct hv_guest *g);	/* selectors and GDT of the 32-bit protocol */

/* hv_exit.c */
void hv_exit_handle(struct hv_regs *r);		/* called from hv_entry.S */
void hv_guest_stop(struct hv_guest *g, enum hv_stop why, int status, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void hv_skip_insn(void);
void hv_print_stats(struct hv_guest *g);
int hv_format_stats(struct hv_guest *g, char *buf, size_t len);
void hv_finish(struct hv_guest *g) __attribute__((noreturn));

/* hv_vdev.c: the legacy devices (devices/ library) and the exit ports. */
void hv_vdev_reset(struct hv_guest *g);
int hv_vdev_io(struct hv_guest *g, uint16_t port, unsigned size, int in, uint32_t *val);
const char *hv_vdev_stats(struct hv_guest *g, char *buf, size_t len);
/* The guest's 8259 pair (g->pc.pic), kept under their old names for callers
 * outside hv_vdev.c/hv_irq.c: dev_pic_pending, dev_pic_ack, dev_pic_pulse. */
int hv_vpic_pending(struct hv_guest *g);		/* vector or -1 */
void hv_vpic_ack(struct hv_guest *g, int vector);
void hv_vpic_raise(struct hv_guest *g, unsigned irq);

/* hv_event.c: injected exceptions, interrupted deliveries, debug state (SDM 3A 6.15, 17). */
void hv_inject_exception(unsigned vector, int has_err, uint32_t err);	/* the vector decides has_err */
int hv_exc_has_error_code(unsigned vector);
void hv_event_consume_vectoring(void);	/* the exit's interrupted event was delivered by us */
void hv_event_reinject(void);		/* end of every exit */
void hv_event_insn_done(void);		/* an emulated instruction completed: RF, single-step */
int hv_event_debug_pending(void);
void hv_event_debug_reset(void);

/* hv_task.c: task switches (exit reason 9) of a 32-bit protected-mode guest. */
void hv_task_switch(struct hv_guest *g, struct hv_regs *r, uint64_t qual);

/* hv_irq.c: virtual time and interrupt injection. */
void hv_irq_before_entry(struct hv_guest *g);
void hv_irq_timer_tick(struct hv_guest *g);
void hv_irq_hlt(struct hv_guest *g);
void hv_irq_check_sleep(struct hv_guest *g);
/* hv_exitstat.c: exits by reason and by guest RIP in /init's workload window */
void hv_exitstat_note(struct hv_guest *g, uint32_t basic);
void hv_exitstat_console(struct hv_guest *g, char c);
void hv_exitstat_resume(void);
void hv_exitstat_report(struct hv_guest *g);
const char *hv_exit_name(uint32_t basic);	/* hv_exit.c */
void hv_irq_dump(struct hv_guest *g);	/* interrupt state, for a stop report */
int hv_irq_armed(struct hv_guest *g);	/* a timer (PIT, hypercall, local APIC) can wake it */

/* hv_lapic.c: the guest's local APIC (devices/lapic.c) */
void hv_lapic_reset(struct hv_guest *g);
int hv_lapic_mmio(struct hv_guest *g, struct hv_regs *r, uint64_t gpa, uint64_t qual);	/* 1 = APIC page */
int hv_lapic_msr(struct hv_guest *g, uint32_t msr, int write, uint64_t *val);	/* 0 ok, -1 #GP */
int hv_lapic_cr8_write(struct hv_guest *g, uint64_t v);	/* -1 = #GP */
uint64_t hv_lapic_cr8_read(struct hv_guest *g);
void hv_lapic_stats(struct hv_guest *g);
/* The MOV decoder of hv_lapic.c (8b/89/c7 with ModRM/SIB/disp, a1/a3; 66/REX/segment
 * prefixes), also used by hv_shadow.c; hv_insn_fetch reads up to 15 bytes at a linear address. */
struct hv_mov {
	int write;		/* a store */
	int reg;		/* register operand (x86 number), -1 for an immediate */
	uint64_t imm;		/* sign-extended as the CPU does */
	unsigned size;		/* operand size: 2, 4 or 8 */
	unsigned len;
	const char *bad;	/* why it is not emulated, or 0 */
};
void hv_decode_mov(const uint8_t *b, unsigned avail, int long_mode, int cs_d, struct hv_mov *in);
unsigned hv_insn_fetch(struct hv_guest *g, uint64_t lin, uint8_t *b);

/* hv_hcall.c: the VMCALL ABI of include/afterburn/hypercall.h. */
void hv_hcall(struct hv_guest *g, struct hv_regs *r);
struct ab_shared_page;
int64_t hv_batch_apply(struct hv_guest *g, struct ab_shared_page *sp);
void hv_batch_sync(struct hv_guest *g);		/* at every exit, if a shared page exists */

#endif /* HV_H */
