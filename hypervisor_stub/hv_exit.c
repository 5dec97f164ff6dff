/*
 * hv_exit.c - VM-exit dispatch: one table indexed by basic exit reason
 * (SDM 3C appendix C), every exit counted, and the handlers for the exits
 * that are about the CPU itself (CPUID, MSRs, CRs, HLT, XSETBV, INVD, VMX
 * instructions, EPT violations, triple fault, failed entry).  Devices live in
 * hv_vdev.c, interrupts in hv_irq.c, hypercalls in hv_hcall.c.
 *
 * A guest that does something we refuse is stopped with a report naming what
 * it did; the hypervisor itself keeps control, prints its statistics and
 * powers off (hv_finish).
 */
#include "hv.h"
#include "hv_cpu.h"
#include "afterburn/hypercall.h"

typedef void (*hv_exit_fn)(struct hv_guest *g, struct hv_regs *r, uint64_t qual);

static void hv_exit_vmx_insn(struct hv_guest *g, struct hv_regs *r, uint64_t qual);

/* ---- small helpers ---- */
void hv_skip_insn(void)
{
	vmx_write(VMCS_GUEST_RIP, vmx_read(VMCS_GUEST_RIP) + vmx_read(VMCS_EXIT_INSN_LEN));
	/* An emulated instruction ends STI/MOV-SS blocking (SDM 3C 24.4.2). */
	uint64_t intr = vmx_read(VMCS_GUEST_INTERRUPTIBILITY);
	if (intr & (INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS))
		vmx_write(VMCS_GUEST_INTERRUPTIBILITY, intr & ~(INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS));
	hv_event_insn_done();	/* RF clears, TF single-steps (hv_event.c) */
}

/* General register n of the CR/MSR exit encodings; 4 is RSP, kept in the VMCS. */
static uint64_t hv_gpr_get(struct hv_regs *r, unsigned n)
{
	uint64_t *map[16] = { &r->rax, &r->rcx, &r->rdx, &r->rbx, 0, &r->rbp, &r->rsi, &r->rdi,
			      &r->r8, &r->r9, &r->r10, &r->r11, &r->r12, &r->r13, &r->r14, &r->r15 };
	return n == 4 ? vmx_read(VMCS_GUEST_RSP) : *map[n & 15];
}

static void hv_gpr_set(struct hv_regs *r, unsigned n, uint64_t v)
{
	uint64_t *map[16] = { &r->rax, &r->rcx, &r->rdx, &r->rbx, 0, &r->rbp, &r->rsi, &r->rdi,
			      &r->r8, &r->r9, &r->r10, &r->r11, &r->r12, &r->r13, &r->r14, &r->r15 };
	if (n == 4)
		vmx_write(VMCS_GUEST_RSP, v);
	else
		*map[n & 15] = v;
}

void hv_guest_stop(struct hv_guest *g, enum hv_stop why, int status, const char *fmt, ...)
{
	va_list ap;
	if (g->stop != HV_STOP_NONE)
		return;		/* the first reason wins */
	g->stop = why;
	g->status = status;
	hv_printf(why == HV_STOP_EXIT ? "hv: guest exit: " : "hv: guest stopped: ");
	va_start(ap, fmt);
	hv_vprintf(fmt, ap);
	va_end(ap);
	hv_printf(" (rip=0x%lx)\n", vmx_read(VMCS_GUEST_RIP));
}

/* ---- CPUID: the guest's view is computed in hv_cpuid.c ---- */
static void hv_exit_cpuid(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint32_t v[4];

	hv_cpuid_guest((uint32_t)r->rax, (uint32_t)r->rcx, v);
	r->rax = v[0]; r->rbx = v[1]; r->rcx = v[2]; r->rdx = v[3];
	hv_skip_insn();
}

static void hv_exit_vmcall(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_hcall(g, r);
}

/* ---- MSRs: only what the bitmap did not pass through arrives here (table: hv_msr.c) ---- */
static void hv_exit_msr(struct hv_guest *g, struct hv_regs *r, uint64_t qual, int write)
{
	uint64_t val = (r->rdx << 32) | (uint32_t)r->rax;

	if (hv_msr_access(g, (uint32_t)r->rcx, write, &val) < 0) {
		hv_inject_exception(VEC_GP, 1, 0);
		return;
	}
	if (!write) {
		r->rax = (uint32_t)val;
		r->rdx = val >> 32;
	}
	hv_skip_insn();
}
static void hv_exit_rdmsr(struct hv_guest *g, struct hv_regs *r, uint64_t q) { hv_exit_msr(g, r, q, 0); }
static void hv_exit_wrmsr(struct hv_guest *g, struct hv_regs *r, uint64_t q) { hv_exit_msr(g, r, q, 1); }

/*
 * PAE paging outside IA-32e mode with EPT: VM entry loads the four PDPTEs
 * from the VMCS, not from memory (SDM 3C 26.3.2.4), so an emulated switch
 * into that mode must read them from the guest's CR3 itself.
 */
static int hv_load_pdptes(struct hv_guest *g)
{
	uint64_t *pdpt = hv_gpa_to_hva(g, vmx_read(VMCS_GUEST_CR3) & 0xffffffe0ull, 32);
	if (!pdpt)
		return -1;
	for (int i = 0; i < 4; i++)
		vmx_write(VMCS_GUEST_PDPTE0 + 2 * i, pdpt[i]);
	return 0;
}

/*
 * CR0 writes that touch a host-owned bit (NE, reserved): the guest's view
 * goes to the shadow, the real CR0 keeps the VMX-fixed bits.  Turning paging
 * on/off with EFER.LME emulates IA-32e activation (SDM 3A 9.8.5).
 */
static void hv_write_cr0(struct hv_guest *g, uint64_t val)
{
	uint64_t old = vmx_read(VMCS_GUEST_CR0);
	uint64_t efer = vmx_read(VMCS_GUEST_EFER);
	uint64_t cr4 = vmx_read(VMCS_GUEST_CR4);
	/* #GP conditions of MOV to CR0 (SDM 2A MOV-Control Registers). */
	if ((val >> 32) || ((val & CR0_PG) && !(val & CR0_PE)) || ((val & CR0_NW) && !(val & CR0_CD)) ||
	    (!(old & CR0_PG) && (val & CR0_PG) && (efer & EFER_LME) && !(cr4 & CR4_PAE))) {
		hv_inject_exception(VEC_GP, 1, 0);
		return;
	}
	if ((val & CR0_PG) && (cr4 & CR4_PAE) && !(efer & EFER_LME) && hv_load_pdptes(g) < 0) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "PAE PDPT at cr3=0x%lx outside guest memory",
			      vmx_read(VMCS_GUEST_CR3));
		return;
	}
	uint64_t entry = vmx_read(VMCS_ENTRY_CTLS);
	if (!(old & CR0_PG) && (val & CR0_PG) && (efer & EFER_LME)) {
		vmx_write(VMCS_GUEST_EFER, efer | EFER_LMA);
		vmx_write(VMCS_ENTRY_CTLS, entry | ENTRY_IA32E_MODE_GUEST);
	} else if ((old & CR0_PG) && !(val & CR0_PG) && (efer & EFER_LMA)) {
		vmx_write(VMCS_GUEST_EFER, efer & ~EFER_LMA);
		vmx_write(VMCS_ENTRY_CTLS, entry & ~(uint64_t)ENTRY_IA32E_MODE_GUEST);
	}
	vmx_write(VMCS_CR0_READ_SHADOW, val);
	vmx_write(VMCS_GUEST_CR0, vmx_cr_fixed(0, val, 1));
	hv_skip_insn();
}

/*
 * MOV to CR3 (it exits only while profiling): with CR4.PCIDE, bit 63 asks
 * to keep the TLB and is not part of CR3; otherwise the guest's
 * translations go, as the instruction itself would drop them.
 */
static void hv_write_cr3(struct hv_guest *g, uint64_t v)
{
	if (hv_shadow_on()) {
		hv_shadow_cr3(g, v);
		return;
	}
	int keep = (vmx_read(VMCS_CR4_READ_SHADOW) & CR4_PCIDE) && (v >> 63);
	v &= ~(1ull << 63);
	vmx_write(VMCS_GUEST_CR3, v);
	if (!keep)
		hv_invvpid(g);
	hv_prof_cr3(g, v);
}

static void hv_exit_cr(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	unsigned cr = CRQ_CR(qual), gpr = CRQ_GPR(qual);
	uint64_t v;

	switch (CRQ_TYPE(qual)) {
	case CRQ_TYPE_MOV_TO:
		v = hv_gpr_get(r, gpr);
		if (cr == 0) {
			uint64_t old0 = vmx_read(VMCS_CR0_READ_SHADOW);
			hv_write_cr0(g, v);
			if (hv_shadow_on())
				hv_shadow_cr_changed(g, 0, old0, vmx_read(VMCS_CR0_READ_SHADOW));
			return;
		}
		if (cr == 4) {
			/* VMXE stays ours: a guest that sets it (or a reserved bit) gets #GP. */
			uint64_t ok = hv_rdmsr(MSR_IA32_VMX_CR4_FIXED1) & ~CR4_VMXE;
			if (v & ~ok) {
				hv_printf("hv: guest mov to cr4 0x%lx sets unsupported bits 0x%lx: #GP\n", v, v & ~ok);
				hv_inject_exception(VEC_GP, 1, 0);
				return;
			}
			uint64_t old4 = vmx_read(VMCS_CR4_READ_SHADOW);
			vmx_write(VMCS_CR4_READ_SHADOW, v);
			vmx_write(VMCS_GUEST_CR4, vmx_cr_fixed(4, v, 1));
			if (hv_shadow_on())
				hv_shadow_cr_changed(g, 4, old4, v);
		} else if (cr == 3)
			hv_write_cr3(g, v);
		else if (cr == 8 && hv_lapic_cr8_write(g, v) < 0) {
			hv_inject_exception(VEC_GP, 1, 0);
			return;
		}
		break;
	case CRQ_TYPE_MOV_FROM:
		hv_gpr_set(r, gpr, cr == 3 ? hv_guest_cr3() : cr == 8 ? hv_lapic_cr8_read(g) : 0);
		break;
	case CRQ_TYPE_CLTS:
		vmx_write(VMCS_CR0_READ_SHADOW, vmx_read(VMCS_CR0_READ_SHADOW) & ~8ull);
		vmx_write(VMCS_GUEST_CR0, vmx_read(VMCS_GUEST_CR0) & ~8ull);
		break;
	case CRQ_TYPE_LMSW: {
		/* LMSW loads CR0[3:0] but cannot clear PE (SDM 2A LMSW). */
		uint64_t sh = vmx_read(VMCS_CR0_READ_SHADOW);
		uint64_t nv = (sh & ~0xeull) | (CRQ_LMSW_SRC(qual) & 0xf) | (sh & CR0_PE);
		hv_write_cr0(g, nv);
		if (hv_shadow_on())
			hv_shadow_cr_changed(g, 0, sh, vmx_read(VMCS_CR0_READ_SHADOW));
		return;
	}
	}
	hv_skip_insn();
}

static void hv_exit_hlt(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_skip_insn();
	hv_irq_hlt(g);
}

/* XSETBV: XCR0 is not switched by VMX; the host never uses extended state. */
static void hv_exit_xsetbv(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint32_t v[4];
	uint64_t val = (r->rdx << 32) | (uint32_t)r->rax;
	hv_cpuid_guest(0xd, 0, v);	/* the XCR0 bits the guest's CPUID offers (hv_cpuid.c) */
	uint64_t supported = ((uint64_t)v[3] << 32) | v[0];
	if ((uint32_t)r->rcx != 0 || !(val & 1) || (val & ~supported) || ((val & 4) && !(val & 2))) {
		hv_printf("hv: guest xsetbv xcr%u=0x%lx invalid: #GP\n", (uint32_t)r->rcx, val);
		hv_inject_exception(VEC_GP, 1, 0);
		return;
	}
	__asm__ volatile("xsetbv" :: "c"(0), "a"((uint32_t)val), "d"((uint32_t)(val >> 32)));
	hv_skip_insn();
}

/* INVD would drop dirty lines of host memory too: do WBINVD instead. */
static void hv_exit_invd(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	__asm__ volatile("wbinvd" ::: "memory");
	hv_skip_insn();
}

static void hv_exit_ept_violation(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint64_t gpa = vmx_read(VMCS_GUEST_PHYS_ADDR);
	if ((qual & EPTQ_WRITE) && hv_shadow_ept_write(g, r, gpa))
		return;		/* a store into a shadowed guest page table (hv_shadow.c) */
	if ((qual & EPTQ_WRITE) && hv_prof_ept_write(g, gpa))
		return;		/* a store into a page table, profiled: single-stepped */
	if (hv_lapic_mmio(g, r, gpa, qual))
		return;		/* the local APIC page (hv_lapic.c) */
	hv_printf("hv: EPT violation: guest %s guest-physical 0x%lx", qual & EPTQ_WRITE ? "write to" :
		  qual & EPTQ_FETCH ? "instruction fetch from" : "read from", gpa);
	if (qual & EPTQ_LINEAR_VALID)
		hv_printf(" (linear 0x%lx)", vmx_read(VMCS_GUEST_LINEAR_ADDR));
	hv_printf(", outside its memory 0x0-0x%lx\n", g->mem_size - 1);
	hv_guest_stop(g, HV_STOP_FAULT, 0, "memory access outside guest RAM at 0x%lx", gpa);
}

static void hv_exit_ept_misconfig(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_guest_stop(g, HV_STOP_FAULT, 0, "EPT misconfiguration at guest-physical 0x%lx (hypervisor bug)",
		      vmx_read(VMCS_GUEST_PHYS_ADDR));
}

static void hv_dump_guest(struct hv_regs *r)
{
	hv_printf("hv:   rip=0x%lx rsp=0x%lx rflags=0x%lx cr0=0x%lx cr3=0x%lx cr4=0x%lx efer=0x%lx\n",
		  vmx_read(VMCS_GUEST_RIP), vmx_read(VMCS_GUEST_RSP), vmx_read(VMCS_GUEST_RFLAGS),
		  vmx_read(VMCS_CR0_READ_SHADOW), hv_guest_cr3(), vmx_read(VMCS_CR4_READ_SHADOW),
		  vmx_read(VMCS_GUEST_EFER));
	hv_printf("hv:   rax=0x%lx rbx=0x%lx rcx=0x%lx rdx=0x%lx rsi=0x%lx rdi=0x%lx\n",
		  r->rax, r->rbx, r->rcx, r->rdx, r->rsi, r->rdi);
	hv_printf("hv:   cs=0x%lx idtr=0x%lx/0x%lx idt-vectoring=0x%lx\n", vmx_read(VMCS_GUEST_CS_SEL),
		  vmx_read(VMCS_GUEST_IDTR_BASE), vmx_read(VMCS_GUEST_IDTR_LIMIT),
		  vmx_read(VMCS_IDT_VECTORING_INFO));
}

static void hv_exit_triple_fault(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_printf("hv: guest triple fault (shutdown): its exception handling failed\n");
	hv_dump_guest(r);
	hv_guest_stop(g, HV_STOP_FAULT, 0, "triple fault");
}

static void hv_exit_stop_reason(struct hv_guest *g, struct hv_regs *r, uint64_t qual);

static void hv_exit_extint(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	/* Acknowledged on exit; the host masked its PIC, so this is unexpected but harmless. */
	hv_printf("hv: stray host interrupt, exit info 0x%lx: ignored\n", vmx_read(VMCS_EXIT_INTR_INFO));
}

static void hv_exit_intr_window(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	/* Nothing to do here: hv_irq_before_entry injects and re-arms. */
}

static void hv_exit_preempt(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	if (g->watchdog && hv_rdtsc() >= g->watchdog) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "watchdog: still running after %lu TSC ticks",
			      hv_rdtsc() - g->tsc_start);
		hv_dump_guest(r);
		hv_irq_dump(g);
		return;
	}
	hv_irq_timer_tick(g);
	hv_irq_check_sleep(g);
}

static void hv_exit_exception(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint64_t info = vmx_read(VMCS_EXIT_INTR_INFO);
	if (((info >> INTR_INFO_TYPE_SHIFT) & 7) == INTR_TYPE_NMI) {
		hv_printf("hv: host NMI during guest: ignored\n");
		return;
	}
	if ((info & INTR_INFO_VECTOR_MASK) == VEC_DB && hv_prof_step_done(g, qual))
		return;		/* the single step over a profiled store */
	if ((info & INTR_INFO_VECTOR_MASK) == VEC_PF && hv_shadow_on()) {
		hv_shadow_pf(g, r);	/* fill the shadow or reflect the guest's fault */
		return;
	}
	hv_guest_stop(g, HV_STOP_FAULT, 0, "unexpected exception exit, info 0x%lx", info);
}

/* INVLPG / INVPCID exit only under hv.mmu=shadow (hv_shadow.c). */
static void hv_exit_invlpg(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_shadow_invlpg(g, qual);
	hv_skip_insn();
}

static void hv_exit_invpcid(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_shadow_invpcid(g);
	hv_skip_insn();
}

static void hv_exit_unsupported(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_exit_stop_reason(g, r, qual);
}

/* ---- the table ---- */
static const struct hv_exit_entry {
	hv_exit_fn fn;
	const char *name;	/* as printed in the exits: line */
} hv_exit_table[EXIT_REASON_MAX] = {
	[EXIT_REASON_EXCEPTION_NMI]	= { hv_exit_exception, "exception" },
	[EXIT_REASON_EXTERNAL_INTR]	= { hv_exit_extint, "extint" },
	[EXIT_REASON_TRIPLE_FAULT]	= { hv_exit_triple_fault, "triple_fault" },
	[EXIT_REASON_INIT]		= { hv_exit_unsupported, "init" },
	[EXIT_REASON_SIPI]		= { hv_exit_unsupported, "sipi" },
	[EXIT_REASON_INTR_WINDOW]	= { hv_exit_intr_window, "intr_window" },
	[EXIT_REASON_TASK_SWITCH]	= { hv_task_switch, "task_switch" },
	[EXIT_REASON_CPUID]		= { hv_exit_cpuid, "cpuid" },
	[EXIT_REASON_GETSEC]		= { hv_exit_vmx_insn, "getsec" },
	[EXIT_REASON_HLT]		= { hv_exit_hlt, "hlt" },
	[EXIT_REASON_INVD]		= { hv_exit_invd, "invd" },
	[EXIT_REASON_INVLPG]		= { hv_exit_invlpg, "invlpg" },
	[EXIT_REASON_INVPCID]		= { hv_exit_invpcid, "invpcid" },
	[EXIT_REASON_VMCALL]		= { hv_exit_vmcall, "vmcall" },
	[EXIT_REASON_VMCLEAR]		= { hv_exit_vmx_insn, "vmclear" },
	[EXIT_REASON_VMLAUNCH]		= { hv_exit_vmx_insn, "vmlaunch" },
	[EXIT_REASON_VMPTRLD]		= { hv_exit_vmx_insn, "vmptrld" },
	[EXIT_REASON_VMPTRST]		= { hv_exit_vmx_insn, "vmptrst" },
	[EXIT_REASON_VMREAD]		= { hv_exit_vmx_insn, "vmread" },
	[EXIT_REASON_VMRESUME]		= { hv_exit_vmx_insn, "vmresume" },
	[EXIT_REASON_VMWRITE]		= { hv_exit_vmx_insn, "vmwrite" },
	[EXIT_REASON_VMXOFF]		= { hv_exit_vmx_insn, "vmxoff" },
	[EXIT_REASON_VMXON]		= { hv_exit_vmx_insn, "vmxon" },
	[EXIT_REASON_CR_ACCESS]		= { hv_exit_cr, "cr" },
	[EXIT_REASON_IO]		= { hv_exit_io, "io" },
	[EXIT_REASON_RDMSR]		= { hv_exit_rdmsr, "rdmsr" },
	[EXIT_REASON_WRMSR]		= { hv_exit_wrmsr, "wrmsr" },
	[EXIT_REASON_INVALID_GUEST]	= { hv_exit_unsupported, "invalid_guest" },
	[EXIT_REASON_MSR_LOADING]	= { hv_exit_unsupported, "msr_loading" },
	[EXIT_REASON_MWAIT]		= { hv_exit_vmx_insn, "mwait" },
	[EXIT_REASON_MONITOR]		= { hv_exit_vmx_insn, "monitor" },
	[EXIT_REASON_MACHINE_CHECK]	= { hv_exit_unsupported, "machine_check" },
	[EXIT_REASON_EPT_VIOLATION]	= { hv_exit_ept_violation, "ept_violation" },
	[EXIT_REASON_EPT_MISCONFIG]	= { hv_exit_ept_misconfig, "ept_misconfig" },
	[EXIT_REASON_INVEPT]		= { hv_exit_vmx_insn, "invept" },
	[EXIT_REASON_PREEMPT_TIMER]	= { hv_exit_preempt, "timer" },
	[EXIT_REASON_INVVPID]		= { hv_exit_vmx_insn, "invvpid" },
	[EXIT_REASON_XSETBV]		= { hv_exit_xsetbv, "xsetbv" },
	[EXIT_REASON_VMFUNC]		= { hv_exit_vmx_insn, "vmfunc" },
};

/* VMX (and SMX/MONITOR) instructions: the guest sees no VMX, so #UD (SDM 3C 25.1.2). */
static void hv_exit_vmx_insn(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint32_t reason = (uint32_t)vmx_read(VMCS_EXIT_REASON) & EXIT_REASON_BASIC_MASK;
	hv_printf("hv: guest executed %s at rip=0x%lx: VMX is hidden, #UD injected\n",
		  hv_exit_table[reason].name, vmx_read(VMCS_GUEST_RIP));
	hv_inject_exception(VEC_UD, 0, 0);
}

static void hv_exit_stop_reason(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint32_t reason = (uint32_t)vmx_read(VMCS_EXIT_REASON);
	uint32_t basic = reason & EXIT_REASON_BASIC_MASK;
	const char *name = basic < EXIT_REASON_MAX && hv_exit_table[basic].name ? hv_exit_table[basic].name : "?";
	hv_dump_guest(r);
	if (reason & EXIT_REASON_ENTRY_FAILURE)	/* SDM 3C 26.7: qualification says which check class */
		hv_guest_stop(g, HV_STOP_FAULT, 0, "VM entry failed with exit reason %u (%s), qualification 0x%lx; "
			      "Bochs' log names the failed check", basic,
			      basic == EXIT_REASON_INVALID_GUEST ? "invalid guest state" : name, qual);
	else
		hv_guest_stop(g, HV_STOP_FAULT, 0, "exit reason %u (%s) not handled", basic, name);
}

/* The name of an exit reason (as in the exits: line). */
const char *hv_exit_name(uint32_t basic)
{
	return basic < EXIT_REASON_MAX && hv_exit_table[basic].name ? hv_exit_table[basic].name : "?";
}

/* "total=N reason=count ..." (non-zero reasons, table order) into buf. */
int hv_format_stats(struct hv_guest *g, char *buf, size_t len)
{
	int n = hv_snprintf(buf, len, "total=%lu", g->exits_total);
	for (unsigned i = 0; i < EXIT_REASON_MAX && n < (int)len; i++) {
		if (!g->exits[i])
			continue;
		if (hv_exit_table[i].name)
			n += hv_snprintf(buf + n, len - n, " %s=%lu", hv_exit_table[i].name, g->exits[i]);
		else
			n += hv_snprintf(buf + n, len - n, " reason%u=%lu", i, g->exits[i]);
	}
	return n < (int)len ? n : (int)len - 1;
}

void hv_print_stats(struct hv_guest *g)
{
	char line[512];
	uint64_t ran = hv_rdtsc() - g->tsc_start;
	hv_printf("hv: guest ran %lu TSC ticks (Bochs: instructions, guest and hypervisor)\n", ran);
	hv_printf("hv: port accesses by device: %s\n", hv_vdev_stats(g, line, sizeof(line)));
	hv_lapic_stats(g);
	/* last line of each guest's report, for runners to pick up */
	hv_format_stats(g, line, sizeof(line));
	hv_printf("exits: %s\n", line);
}

/* The guest is over: its report, then the next guest (or power-off). */
void hv_finish(struct hv_guest *g)
{
	hv_printf("hv: guest %s status=0x%x\n", g->stop == HV_STOP_EXIT ? "exited" : "stopped", g->status);
	hv_prof_report(g);
	hv_shadow_report(g);
	hv_exitstat_report(g);
	hv_print_stats(g);
	vmx_vmcs_release(g);
	hv_guest_start(g->index + 1);
}

void hv_exit_handle(struct hv_regs *r)
{
	struct hv_guest *g = hv_cur;
	uint32_t reason = (uint32_t)vmx_read(VMCS_EXIT_REASON);
	uint32_t basic = reason & EXIT_REASON_BASIC_MASK;
	uint64_t qual = vmx_read(VMCS_EXIT_QUALIFICATION);

	g->exits_total++;
	if (basic < EXIT_REASON_MAX)
		g->exits[basic]++;
	hv_exitstat_note(g, basic);

	if (g->shared_gpa)
		hv_batch_sync(g);	/* ops committed before this exit come first */
	hv_prof_exit(g);
	if (reason & EXIT_REASON_ENTRY_FAILURE)
		hv_exit_stop_reason(g, r, qual);	/* invalid guest state, MSR loading, MC */
	else if (basic < EXIT_REASON_MAX && hv_exit_table[basic].fn)
		hv_exit_table[basic].fn(g, r, qual);
	else
		hv_exit_stop_reason(g, r, qual);

	if (g->stop != HV_STOP_NONE)
		hv_finish(g);

	/*
	 * An exit in the middle of delivering an event (SDM 3C 27.2.4) loses it
	 * unless we re-inject it - unless a handler injected or delivered it.
	 */
	hv_event_reinject();
	hv_irq_before_entry(g);
}
