/*
 * hv_irq.c - virtual time and virtual interrupts.
 *
 * The hypervisor owns the timer: guest time sources (the emulated PIT's
 * channel 0 in devices/pit.c, the AB_HC_TIMER_SET hypercall timer) are
 * deadlines in host TSC ticks, and the VMX-preemption timer (SDM 3C 25.5.1) is armed before every
 * VM entry to the nearest one.  Interrupts reach the guest only by injection
 * (SDM 3C 26.6): when the guest cannot take one (IF=0, STI/MOV-SS shadow),
 * interrupt-window exiting asks the CPU to exit as soon as it can.
 *
 * Sources in the order the CPU takes them: the hypercall timer (paravirtual,
 * first), the 8259 - only while the local APIC passes its INTR line on
 * (LINT0 ExtINT, or the APIC globally disabled), and ExtINT is not subject
 * to the APIC's priorities - then the local APIC's highest vector above its
 * PPR (hv_lapic.c, devices/lapic.c).
 *
 * Pre-virtualized guests (shared page registered, hypercall.h): while their
 * IF (RFLAGS.IF & vif) is 0 nothing is injected and no interrupt window is
 * requested;
 * the vector is taken from its source (vPIC acknowledged) and parked in the
 * shared page's pending[] bitmap.  The wedge replays it when it re-enables
 * interrupts (claiming the bit with one btr), or - if it has not yet by the
 * next VM exit with virtual IF 1 - the hypervisor injects it itself.
 */
#include "hv.h"
#include "hv_cpu.h"
#include "afterburn/hypercall.h"

static struct ab_shared_page *hv_shared(struct hv_guest *g)
{
	return g->shared_gpa ? hv_gpa_to_hva(g, g->shared_gpa, sizeof(struct ab_shared_page)) : 0;
}

void hv_irq_timer_tick(struct hv_guest *g)
{
	uint64_t now = hv_rdtsc();
	dev_pc_tick(&g->pc, now);	/* PIT channel 0 -> IRQ0 of the 8259 pair */
	if (g->hc_deadline && now >= g->hc_deadline) {
		g->hc_pending[g->hc_vector / 64] |= 1ull << (g->hc_vector % 64);
		g->hc_deadline = dev_deadline_advance(g->hc_deadline, g->hc_period_tsc, now);
	}
	lapic_timer_tick(&g->lapic, now);
}

/* Any time source armed (PIT, hypercall timer, local APIC timer)? */
int hv_irq_armed(struct hv_guest *g)
{
	return dev_pc_deadline(&g->pc) || g->hc_deadline || lapic_timer_next(&g->lapic);
}

/* Where a pending vector comes from. */
enum hv_src { HV_SRC_HCALL, HV_SRC_PIC, HV_SRC_LAPIC, HV_SRC_PARKED };

static int hv_first_bit(const uint64_t bits[4])
{
	for (int w = 0; w < 4; w++)
		if (bits[w])
			return w * 64 + __builtin_ctzll(bits[w]);
	return -1;
}

/* Next vector to deliver (hypercall timer first: it is the paravirtual one), or -1. */
static int hv_irq_next(struct hv_guest *g, enum hv_src *src)
{
	int v = hv_first_bit(g->hc_pending);
	if (v >= 0) {
		*src = HV_SRC_HCALL;
		return v;
	}
	if (lapic_extint_open(&g->lapic) && (v = dev_pic_pending(&g->pc.pic)) >= 0) {
		*src = HV_SRC_PIC;
		return v;
	}
	*src = HV_SRC_LAPIC;
	return lapic_pending(&g->lapic);
}

static void hv_irq_take(struct hv_guest *g, struct ab_shared_page *sp, int vec, enum hv_src src)
{
	if (src == HV_SRC_PIC)
		dev_pic_ack(&g->pc.pic, vec);
	else if (src == HV_SRC_LAPIC)
		lapic_ack(&g->lapic);	/* IRR -> ISR: the guest EOIs it */
	else if (src == HV_SRC_HCALL)
		g->hc_pending[vec / 64] &= ~(1ull << (vec % 64));
	else
		sp->pending[vec / 64] &= ~(1ull << (vec % 64));
}

/* Interrupt-window exiting on/off; the control word is cached per guest (one VMREAD less per exit). */
static void hv_set_window(struct hv_guest *g, int on)
{
	uint64_t want = on ? g->proc_ctls | PROC_INTR_WINDOW_EXITING
			   : g->proc_ctls & ~(uint64_t)PROC_INTR_WINDOW_EXITING;
	if (want != g->proc_ctls) {
		vmx_write(VMCS_PROC_CTLS, want);
		g->proc_ctls = want;
	}
}

/*
 * The IF of a guest with a shared page: RFLAGS.IF & vif in its kernel; in
 * user mode (CPL 3) RFLAGS.IF alone.  vif is the kernel's: user code cannot
 * change it, and a kernel returns to user mode with whatever vif its last
 * cli left - Linux's syscall exit does cli, then sysret loads RFLAGS.IF = 1
 * from %r11, and no wedge handler runs on sysret (a stack-less class) or on
 * the iret Linux keeps in place (its bad-iret fixup knows that address) -
 * so its processes would run with every interrupt parked.
 */
static int hv_irq_guest_if(const struct ab_shared_page *sp)
{
	if (!(vmx_read(VMCS_GUEST_RFLAGS) & RFLAGS_IF))
		return 0;
	return sp->vif || ((vmx_read(VMCS_GUEST_SS_AR) >> 5) & 3) == 3;
}

/* Parking applies: a shared page whose guest keeps a virtual IF (hypercall.h, AB_SHARED_F_REAL_IF). */
static struct ab_shared_page *hv_irq_parking(struct ab_shared_page *sp)
{
	return sp && !(sp->flags & AB_SHARED_F_REAL_IF) ? sp : 0;
}

void hv_irq_before_entry(struct hv_guest *g)
{
	struct ab_shared_page *sp = hv_shared(g);
	enum hv_src src;
	int vec;

	hv_irq_timer_tick(g);
	vec = hv_irq_next(g, &src);
	/* The pre-virtualized guest's IF is RFLAGS.IF & vif (hypercall.h). */
	if (hv_irq_parking(sp) && !hv_irq_guest_if(sp)) {
		/* Guest IF off: park everything in the shared page for the wedge. */
		int parked = 0;
		while (vec >= 0) {
			hv_irq_take(g, sp, vec, src);
			sp->pending[vec / 64] |= 1ull << (vec % 64);
			vec = hv_irq_next(g, &src);
			parked = 1;
		}
		/* AB_HC_HALT returns once something is pending, even with vif=0. */
		if (parked && vmx_read(VMCS_GUEST_ACTIVITY_STATE) == ACTIVITY_HLT)
			vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_ACTIVE);
	} else if (vec < 0 && sp) {
		/* Virtual IF on again and the wedge has not replayed yet: we deliver. */
		vec = hv_first_bit(sp->pending);
		src = HV_SRC_PARKED;
	}
	/* A profiled store is being single-stepped: the MTF exit comes first. */
	if (vec >= 0 && !hv_prof_stepping()) {
		uint64_t rflags = vmx_read(VMCS_GUEST_RFLAGS);
		uint64_t intr = vmx_read(VMCS_GUEST_INTERRUPTIBILITY);
		int busy = !!(vmx_read(VMCS_ENTRY_INTR_INFO) & INTR_INFO_VALID);
		/* a pending debug trap comes first and an injection would drop it (hv_event.c) */
		if (!busy && (rflags & RFLAGS_IF) && !hv_event_debug_pending() &&
		    !(intr & (INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS))) {
			hv_irq_take(g, sp, vec, src);
			vmx_write(VMCS_ENTRY_INTR_INFO, INTR_INFO_VALID |
				  (INTR_TYPE_EXT_INTR << INTR_INFO_TYPE_SHIFT) | (unsigned)vec);
			vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_ACTIVE);
			hv_set_window(g, 0);
		} else {
			hv_set_window(g, 1);
			/* halted by AB_HC_HALT with IF=0: pending now, so it returns */
			if (vmx_read(VMCS_GUEST_ACTIVITY_STATE) == ACTIVITY_HLT)
				vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_ACTIVE);
		}
	} else
		hv_set_window(g, 0);

	/* Arm the preemption timer to the nearest deadline (it counts TSC >> shift). */
	uint64_t next = dev_pc_deadline(&g->pc);
	if (g->hc_deadline && (!next || g->hc_deadline < next))
		next = g->hc_deadline;
	if (g->watchdog && (!next || g->watchdog < next))
		next = g->watchdog;
	uint64_t lt = lapic_timer_next(&g->lapic);
	if (lt && (!next || lt < next))
		next = lt;
	uint64_t ticks = 0xffffffffull;
	if (next) {
		uint64_t now = hv_rdtsc();
		ticks = next > now ? (next - now) >> vmx_preempt_shift : 0;
		if (ticks > 0xffffffffull)
			ticks = 0xffffffffull;
	}
	vmx_write(VMCS_PREEMPT_TIMER_VALUE, ticks);
	hv_exitstat_resume();
}

/*
 * HLT (already skipped): sleep in the VMX "HLT" activity state until the
 * preemption timer fires; Bochs then idles instead of spinning.  A guest that
 * halts with IF=0 and nothing armed can never wake: that is its end.
 */
void hv_irq_hlt(struct hv_guest *g)
{
	enum hv_src src;
	uint64_t rflags = vmx_read(VMCS_GUEST_RFLAGS);
	int armed = hv_irq_armed(g);

	if (!(rflags & RFLAGS_IF)) {
		hv_guest_stop(g, HV_STOP_EXIT, g->status, "hlt with interrupts disabled (guest is done)");
		return;
	}
	if (hv_irq_next(g, &src) >= 0)
		return;			/* something is pending: it is injected right away */
	if (!armed) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "hlt with no timer armed and nothing pending: would sleep forever");
		return;
	}
	vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_HLT);
}

/*
 * A guest asleep in the HLT activity state whose every timer is off and
 * whose interrupts are all masked can never wake: end it rather than let the
 * run sit until the outer timeout.
 */
void hv_irq_check_sleep(struct hv_guest *g)
{
	enum hv_src src;
	if (vmx_read(VMCS_GUEST_ACTIVITY_STATE) != ACTIVITY_HLT || hv_irq_armed(g))
		return;
	if (hv_irq_next(g, &src) >= 0)
		return;
	struct ab_shared_page *sp = hv_shared(g);
	if (sp && hv_first_bit(sp->pending) >= 0)
		return;
	hv_guest_stop(g, HV_STOP_FAULT, 0, "asleep in hlt with no timer armed and no interrupt unmasked");
}

/* Top set bit of a 256-bit register in 32-bit words, or -1. */
static int hv_irq_top32(const uint32_t w[8])
{
	for (int i = 7; i >= 0; i--)
		if (w[i])
			return i * 32 + 31 - __builtin_clz(w[i]);
	return -1;
}

/*
 * Where the guest's interrupts stand (for a watchdog stop: a guest that
 * waits forever usually waits for an interrupt that is parked, in service
 * or masked): virtual IF and parked vectors, the local APIC, the 8259 pair.
 */
void hv_irq_dump(struct hv_guest *g)
{
	struct ab_shared_page *sp = hv_shared(g);
	struct lapic *l = &g->lapic;
	uint64_t now = hv_rdtsc();

	if (sp)
		hv_printf("hv:   vif=%u parked=%lx:%lx:%lx:%lx batch=%u/%u\n", sp->vif, sp->pending[3],
			  sp->pending[2], sp->pending[1], sp->pending[0], sp->batch_done, sp->batch_len);
	uint64_t lt = lapic_timer_next(l);
	hv_printf("hv:   lapic irr-top=%d isr-top=%d tpr=0x%x ppr=0x%x lvt-timer=0x%x timer in %ld ticks "
		  "(tsc-deadline 0x%lx)\n", hv_irq_top32(l->irr), hv_irq_top32(l->isr), l->tpr,
		  lapic_ppr(l), l->lvt[LAPIC_LVT_I_TIMER], lt ? (long)(lt - now) : 0L, l->tsc_deadline);
	const struct dev_pic *m = &g->pc.pic.c[0], *s = &g->pc.pic.c[1];
	hv_printf("hv:   8259 irr=%02x/%02x isr=%02x/%02x imr=%02x/%02x, pit next in %ld ticks, "
		  "lint0-extint=%d\n", m->irr, s->irr, m->isr, s->isr, m->imr, s->imr,
		  dev_pc_deadline(&g->pc) ? (long)(dev_pc_deadline(&g->pc) - now) : 0L,
		  lapic_extint_open(l));
}
