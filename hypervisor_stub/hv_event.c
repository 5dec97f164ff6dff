/*
 * hv_event.c - exceptions the hypervisor injects, and events an exit
 * interrupted, delivered the way the CPU itself would deliver them.
 *
 * VM entry delivers an injected event through the guest's IDT but does not
 * make it look like a fault of the guest's own (SDM 3C 26.5.1): it pushes
 * RFLAGS as the VMCS has it, and an exit in the middle of a delivery (an EPT
 * violation on the handler's stack, a task gate: SDM 3C 27.2.4, IDT-vectoring
 * information) drops the event unless it is injected again.  The rules here:
 *  - RF: for a fault-class exception the CPU pushes RF=1 (SDM 3A 17.3.1.1),
 *    so we set RFLAGS.RF before injecting one (also when it turns into a
 *    #DF); traps, aborts and interrupts push RF as it is.
 *  - error codes: #DF (always 0), #TS, #NP, #SS, #GP, #PF, #AC and #CP push
 *    one (SDM 3A 6.13, table 6-1); no other vector does, and nothing does in
 *    real-address mode (SDM 3C 26.2.1.3 refuses the entry).  The vector
 *    decides, not the caller.
 *  - an exception raised while the exit interrupted the delivery of an
 *    earlier one combines with it as SDM 3A 6.15 table 6-5 says: contributory
 *    on contributory, or contributory/#PF on #PF, is a #DF with error code 0;
 *    contributory or #PF on #DF is a triple fault (shutdown: the guest
 *    stops, as on a triple-fault exit); anything else is delivered by itself.
 *  - an interrupted delivery the handler did not replace or consume (a task
 *    switch through a task gate consumes it) is injected again, with its
 *    error code and, for software interrupts and exceptions, its
 *    instruction length (SDM 3C 27.2.4, 26.2.1.3).
 *  - a debug trap pending in the VMCS (single-step, data breakpoint) is lost
 *    by an entry that injects an external interrupt (SDM 3C 26.6.3), while
 *    the CPU would deliver the trap first (SDM 3A 6.9): hv_irq.c asks for an
 *    interrupt window instead (hv_event_debug_pending).
 */
#include "hv.h"

/* SDM 3A 6.15 table 6-4: classes for double-fault detection. */
enum hv_exc_class { HV_EXC_BENIGN, HV_EXC_CONTRIBUTORY, HV_EXC_PAGE_FAULT, HV_EXC_DOUBLE_FAULT };

static enum hv_exc_class hv_exc_class(unsigned v)
{
	switch (v) {
	case 0: case 10: case 11: case 12: case 13: case 21:	/* #DE #TS #NP #SS #GP #CP */
		return HV_EXC_CONTRIBUTORY;
	case 14: case 20:					/* #PF #VE */
		return HV_EXC_PAGE_FAULT;
	case 8:
		return HV_EXC_DOUBLE_FAULT;
	default:
		return HV_EXC_BENIGN;
	}
}

int hv_exc_has_error_code(unsigned v)
{
	return v == 8 || (v >= 10 && v <= 14) || v == 17 || v == 21;
}

/*
 * Fault-class exceptions (SDM 3A 6.5, table 6-1): the CPU pushes RF=1 for
 * them.  #DB is a fault only for instruction breakpoints and general detect;
 * the hypervisor injects #DB for neither, so it counts as a trap here.
 */
static int hv_exc_is_fault(unsigned v)
{
	switch (v) {
	case 0: case 5: case 6: case 7: case 10: case 11: case 12: case 13:
	case 14: case 16: case 17: case 19: case 20: case 21:
		return 1;
	default:	/* #DB, NMI, #BP, #OF: traps/interrupt; #DF, #MC: aborts */
		return 0;
	}
}

/*
 * This exit's interrupted event is dealt with (delivered by a task switch,
 * replaced by an injected exception): the flag names the exit, so a guest
 * stopped in the middle of one leaves nothing behind for the next guest.
 */
static uint64_t hv_consumed_tag;

static uint64_t hv_exit_tag(void)
{
	return ((uint64_t)(hv_cur->index + 1) << 48) | hv_cur->exits_total;
}

void hv_event_consume_vectoring(void)
{
	hv_consumed_tag = hv_exit_tag();
}

static void hv_triple_fault(const char *why, unsigned first, unsigned second)
{
	hv_printf("hv: guest triple fault (shutdown): %s (vector %u during delivery of vector %u)\n",
		  why, second, first);
	hv_guest_stop(hv_cur, HV_STOP_FAULT, 0, "triple fault");
}

void hv_inject_exception(unsigned vector, int has_err, uint32_t err)
{
	uint64_t idt = vmx_read(VMCS_IDT_VECTORING_INFO);
	unsigned raised = vector;	/* before any promotion to #DF */

	if (has_err != hv_exc_has_error_code(vector))
		hv_printf("hv: injecting vector %u %s an error code as asked: the vector decides (SDM 3A table 6-1)\n",
			  vector, has_err ? "without" : "with");
	/* An exit during the delivery of an exception: SDM 3A table 6-5. */
	if ((idt & INTR_INFO_VALID) && hv_consumed_tag != hv_exit_tag() &&
	    ((idt >> INTR_INFO_TYPE_SHIFT) & 7) == INTR_TYPE_HW_EXCEPTION) {
		unsigned first = idt & INTR_INFO_VECTOR_MASK;
		enum hv_exc_class c1 = hv_exc_class(first), c2 = hv_exc_class(vector);
		if (c1 == HV_EXC_DOUBLE_FAULT && (c2 == HV_EXC_CONTRIBUTORY || c2 == HV_EXC_PAGE_FAULT)) {
			hv_triple_fault("fault while delivering #DF", first, vector);
			hv_event_consume_vectoring();
			return;
		}
		if ((c1 == HV_EXC_CONTRIBUTORY && c2 == HV_EXC_CONTRIBUTORY) ||
		    (c1 == HV_EXC_PAGE_FAULT && (c2 == HV_EXC_CONTRIBUTORY || c2 == HV_EXC_PAGE_FAULT))) {
			vector = VEC_DF;
			err = 0;
		}
	}
	hv_event_consume_vectoring();	/* replaced (or, if benign, handled serially after it) */

	uint64_t info = INTR_INFO_VALID | (INTR_TYPE_HW_EXCEPTION << INTR_INFO_TYPE_SHIFT) | vector;
	int prot = !!(vmx_read(VMCS_GUEST_CR0) & CR0_PE);
	/* Real mode pushes no error code; entry would fail on one (SDM 3C 26.2.1.3). */
	if (hv_exc_has_error_code(vector) && prot) {
		info |= INTR_INFO_DELIVER_ERR;
		vmx_write(VMCS_ENTRY_EXCEPTION_ERR, vector == VEC_DF ? 0 : err);
	}
	/*
	 * A fault pushes RF=1 (SDM 3A 17.3.1.1); real mode pushes only FLAGS.
	 * The fault that was raised decides, also when it became a #DF: the
	 * RFLAGS image of the #DF is the one the fault had (as Bochs, the
	 * reference, pushes it).
	 */
	if (hv_exc_is_fault(raised) && prot)
		vmx_write(VMCS_GUEST_RFLAGS, vmx_read(VMCS_GUEST_RFLAGS) | RFLAGS_RF);
	vmx_write(VMCS_ENTRY_INTR_INFO, info);
}

/*
 * End of an exit: an event whose delivery the exit interrupted and that the
 * handler neither replaced nor consumed is delivered again.
 */
void hv_event_reinject(void)
{
	uint64_t idt = vmx_read(VMCS_IDT_VECTORING_INFO);
	if (!(idt & INTR_INFO_VALID) || hv_consumed_tag == hv_exit_tag() || (vmx_read(VMCS_ENTRY_INTR_INFO) & INTR_INFO_VALID))
		return;
	/* vector, type, error-code bit and valid; bits 30:12 must be 0 on entry (26.2.1.3) */
	vmx_write(VMCS_ENTRY_INTR_INFO, idt & (0xfffull | INTR_INFO_VALID));
	if (idt & INTR_INFO_DELIVER_ERR)
		vmx_write(VMCS_ENTRY_EXCEPTION_ERR, vmx_read(VMCS_IDT_VECTORING_ERR));
	/* software interrupts/exceptions (types 4-6) need it; harmless for the others */
	vmx_write(VMCS_ENTRY_INSN_LEN, vmx_read(VMCS_EXIT_INSN_LEN));
}

/*
 * An instruction the hypervisor emulated has completed (hv_skip_insn): as
 * on the CPU, RF clears (SDM 3A 17.3.1.1: RF is cleared after each
 * instruction that completes), and with TF set a single-step trap follows
 * it (SDM 3A 17.3.1.4), which the VM exit did not record: it goes into the
 * pending debug exceptions (BS, SDM 3C 24.4.2) and the CPU delivers it
 * right after entry (SDM 3C 26.6.3).  With IA32_DEBUGCTL.BTF the trap is
 * on branches only: none of the emulated instructions is one.
 */
/*
 * I/O breakpoints (SDM 3A 17.2.4/17.2.5: CR4.DE, DR7 R/W = 10) on a port
 * access the hypervisor emulated: the CPU would have raised the #DB trap
 * after the instruction, the exit kept it from seeing the access.  The
 * matching Bn bits and "enabled breakpoint" go into the pending debug
 * exceptions (SDM 3C 24.4.2), which the CPU delivers after entry, setting
 * DR6 as for its own trap.  A REP INS/OUTS emulated in one go traps once,
 * after the last iteration (the CPU: after the iteration that matched).
 */
static void hv_event_io_breakpoints(uint64_t qual)
{
	uint64_t dr7 = vmx_read(VMCS_GUEST_DR7), hit = 0;
	uint32_t port = IOQ_PORT(qual), size = IOQ_SIZE(qual);

	if (!(vmx_read(VMCS_GUEST_CR4) & CR4_DE) || !(dr7 & 0xff))
		return;
	for (unsigned n = 0; n < 4; n++) {
		uint64_t addr, len;
		if (!((dr7 >> (2 * n)) & 3) || ((dr7 >> (16 + 4 * n)) & 3) != 2)
			continue;	/* not enabled, or not an I/O breakpoint */
		switch (n) {
		case 0: __asm__ volatile("mov %%dr0, %0" : "=r"(addr)); break;
		case 1: __asm__ volatile("mov %%dr1, %0" : "=r"(addr)); break;
		case 2: __asm__ volatile("mov %%dr2, %0" : "=r"(addr)); break;
		default: __asm__ volatile("mov %%dr3, %0" : "=r"(addr)); break;
		}
		static const uint8_t lens[4] = { 1, 2, 8, 4 };	/* LEN 00, 01, 10, 11 */
		len = lens[(dr7 >> (18 + 4 * n)) & 3];
		addr &= 0xffff & ~(len - 1);
		if (port < addr + len && addr < port + size)
			hit |= 1ull << n;
	}
	if (hit)
		vmx_write(VMCS_GUEST_PENDING_DBG, vmx_read(VMCS_GUEST_PENDING_DBG) | hit | PENDING_DBG_ENABLED_BP);
}

void hv_event_insn_done(void)
{
	uint64_t rflags = vmx_read(VMCS_GUEST_RFLAGS);
	if ((vmx_read(VMCS_EXIT_REASON) & EXIT_REASON_BASIC_MASK) == EXIT_REASON_IO)
		hv_event_io_breakpoints(vmx_read(VMCS_EXIT_QUALIFICATION));
	if (rflags & RFLAGS_RF)
		vmx_write(VMCS_GUEST_RFLAGS, rflags & ~RFLAGS_RF);
	if ((rflags & RFLAGS_TF) && !(vmx_read(VMCS_GUEST_DEBUGCTL) & DEBUGCTL_BTF))
		vmx_write(VMCS_GUEST_PENDING_DBG, vmx_read(VMCS_GUEST_PENDING_DBG) | PENDING_DBG_BS);
}

/* A debug trap waits in the VMCS: an injected interrupt would make the CPU drop it. */
int hv_event_debug_pending(void)
{
	return !!(vmx_read(VMCS_GUEST_PENDING_DBG) & (PENDING_DBG_B0_3 | PENDING_DBG_BS));
}

/*
 * Debug registers at the start of every guest: as after reset (SDM 3A
 * 17.2: DR0-DR3 0, DR6 FFFF0FF0H; DR7 400H is in the VMCS).  The guest owns
 * DR0-DR3 and DR6 outright - MOV DR does not exit, the hypervisor never
 * uses them, and VM exits leave them alone - so the one running before it
 * must not leave its breakpoints behind.
 */
void hv_event_debug_reset(void)
{
	__asm__ volatile("mov %0, %%dr0; mov %0, %%dr1; mov %0, %%dr2; mov %0, %%dr3; mov %1, %%dr6"
			 :: "r"(0ull), "r"(0xffff0ff0ull));
}
