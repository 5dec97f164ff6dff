/*
 * hv_cpuid.c - the CPUID the guest sees: Bochs' answer with every feature
 * the hypervisor cannot back cleared, ours announced (hypercall.h), and
 * the bits that follow the guest's CR4 (OSXSAVE, OSPKE) computed from it.
 *
 * One policy with the MSR table (hv_msr.c): an MSR row whose feature this
 * filter clears raises #GP, and an MSR whose feature it leaves is in the
 * table with a non-#GP policy (tests/unit/test_hv_msr.c checks both).
 *
 * hv_cpuid_filter() is pure (no VMCS, no instruction), so the host unit
 * tests run it; hv_cpuid_guest() feeds it the real CPUID and the guest's CR4.
 */
#include "hv.h"
#include "afterburn/hypercall.h"

#define B(n)	(1u << (n))

/*
 * What is cleared, leaf by leaf (SDM 2A CPUID), and why:
 *  1.ECX  DTES64, MONITOR, DS-CPL, VMX, SMX, EIST, TM2, PDCM (no
 *         PERF_CAPABILITIES), OSXSAVE (recomputed from CR4); HYPERVISOR,
 *         x2APIC and TSC-deadline set (hv_lapic.c backs both).
 *  1.EDX  DS, ACPI (thermal MSRs), TM, PBE; APIC follows IA32_APIC_BASE's
 *         global enable, as on hardware.
 *  5      MONITOR/MWAIT leaf: MONITOR is hidden.
 *  6      thermal and power management (no MPERF/APERF, EPB, HWP, DTS);
 *         ARAT kept: virtual time never stops.
 *  7.0    EBX: SGX, HLE/RTM, RDT monitoring/allocation, MPX (BNDCFGS is not
 *         switched), Intel PT; ECX: WAITPKG, CET, SGX-LC, PKS, OSPKE
 *         (recomputed from CR4); EDX: CET-IBT, the speculation-control MSRs
 *         (Bochs has none of IA32_SPEC_CTRL, PRED_CMD, FLUSH_CMD,
 *         ARCH_CAPABILITIES, CORE_CAPABILITIES).  TSC_ADJUST, INVPCID and
 *         RDPID stay only if the VMCS could enable what backs them.
 *  0xA    architectural performance monitoring: version 0 (Bochs counts
 *         nothing; its own CPUID advertises counters it does not implement).
 *  0xD.1  XSAVES (disabled in the secondary controls: it would #UD; XSS #GP).
 *  0xF, 0x10, 0x12, 0x14  RDT, SGX and PT leaves: zero.
 *  0x80000001  RDTSCP only with "enable RDTSCP"; SYSCALL only in 64-bit
 *         mode, as Intel CPUs (and Bochs) report it: our own CPUID runs in
 *         64-bit mode and would report it to a 32-bit guest.
 *  0x80000007  power management: only the invariant TSC stays.
 */
void hv_cpuid_filter(uint32_t leaf, uint32_t sub, const struct hv_cpuid_ctx *ctx, uint32_t v[4])
{
	switch (leaf) {
	case 1:
		v[2] &= ~(B(2) | B(3) | B(4) | B(5) | B(6) | B(7) | B(8) | B(15) | B(27));
		v[2] |= B(31) | B(21) | B(24);
		if ((ctx->cr4 & CR4_OSXSAVE) && (v[2] & B(26)))
			v[2] |= B(27);
		v[3] &= ~(B(21) | B(22) | B(29) | B(31) | B(9));
		if (ctx->apic_on)
			v[3] |= B(9);
		break;
	case 5:
	case 0xa:
	case 0xf:
	case 0x10:
	case 0x12:
	case 0x14:
		v[0] = v[1] = v[2] = v[3] = 0;
		break;
	case 6:
		v[0] &= B(2);
		v[1] = v[2] = v[3] = 0;
		break;
	case 7:
		if (sub != 0) {
			v[0] = v[1] = v[2] = v[3] = 0;
			break;
		}
		v[0] = 0;	/* highest subleaf: only 0 is described */
		v[1] &= ~(B(2) | B(4) | B(11) | B(12) | B(14) | B(15) | B(25));
		if (!ctx->tsc_offsetting)
			v[1] &= ~B(1);
		if (!ctx->invpcid)
			v[1] &= ~B(10);
		v[2] &= ~(B(4) | B(5) | B(7) | B(30) | B(31));
		if ((ctx->cr4 & CR4_PKE) && (v[2] & B(3)))
			v[2] |= B(4);
		if (!ctx->rdtscp)
			v[2] &= ~B(22);
		v[3] &= ~(B(20) | B(26) | B(27) | B(28) | B(29) | B(30) | B(31));
		break;
	case 0xd:
		if (sub == 1)
			v[0] &= ~B(3);
		break;
	case 0x80000001:
		if (!ctx->rdtscp)
			v[3] &= ~B(27);
		if (!ctx->long64 && ctx->intel)
			v[3] &= ~B(11);
		break;
	case 0x80000007:
		v[0] = v[1] = v[2] = 0;
		v[3] &= B(8);
		break;
	}
}

void hv_cpuid_ctx_get(struct hv_cpuid_ctx *ctx)
{
	/* The guest's CR4: bits it owns from the VMCS, the others from the shadow. */
	uint64_t mask = vmx_read(VMCS_CR4_GUEST_HOST_MASK);
	uint64_t proc2 = vmx_read(VMCS_PROC_CTLS2);
	ctx->cr4 = (vmx_read(VMCS_GUEST_CR4) & ~mask) | (vmx_read(VMCS_CR4_READ_SHADOW) & mask);
	ctx->long64 = (vmx_read(VMCS_GUEST_EFER) & EFER_LMA) && (vmx_read(VMCS_GUEST_CS_AR) & AR_L);
	ctx->tsc_offsetting = !!(vmx_read(VMCS_PROC_CTLS) & PROC_TSC_OFFSETTING);
	uint32_t v[4];
	hv_cpuid(0, 0, v);
	ctx->intel = v[1] == 0x756e6547u && v[3] == 0x49656e69u && v[2] == 0x6c65746eu;	/* GenuineIntel */
	ctx->rdtscp = !!(proc2 & PROC2_ENABLE_RDTSCP);
	ctx->invpcid = !!(proc2 & PROC2_ENABLE_INVPCID);
	ctx->apic_on = hv_cur && lapic_hw_enabled(&hv_cur->lapic);
}

/* CPUID as the current guest sees it (leaf, subleaf -> EAX..EDX). */
void hv_cpuid_guest(uint32_t leaf, uint32_t sub, uint32_t v[4])
{
	struct hv_cpuid_ctx ctx;

	v[0] = v[1] = v[2] = v[3] = 0;
	if (leaf == AB_HV_CPUID_BASE) {
		v[0] = AB_HV_CPUID_FEATURES;
		hv_memcpy(&v[1], AB_HV_SIGNATURE, 12);
		return;
	}
	if (leaf == AB_HV_CPUID_FEATURES) {
		v[0] = AB_HV_ABI_VERSION;
		v[1] = AB_HV_TRAP_VMCALL;
		return;
	}
	if ((leaf & 0xffff0000u) == AB_HV_CPUID_BASE)
		return;		/* other hypervisor leaves: zero */
	hv_cpuid(leaf, sub, v);
	hv_cpuid_ctx_get(&ctx);
	hv_cpuid_filter(leaf, sub, &ctx, v);
}

/* Is feature f advertised to the current guest?  mask 0 = architectural. */
int hv_cpuid_has(const struct hv_feat *f)
{
	uint32_t v[4], max[4];

	if (f->reg == HV_FEAT_NEVER)
		return 0;
	if (!f->mask)
		return 1;
	hv_cpuid_guest(f->leaf & 0x80000000u, 0, max);
	if (f->leaf > max[0])
		return 0;
	hv_cpuid_guest(f->leaf, f->sub, v);
	return (v[f->reg] & f->mask) != 0;
}
