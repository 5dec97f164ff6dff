/*
 * hv_msr.c - the guest's MSRs: one table, one row per MSR (or range), in
 * one place.  Each row names the CPUID feature the MSR belongs to and its
 * policy:
 *   HV_MSR_FN    handled by a function (emulated here, or by another part:
 *                the local APIC's hv_lapic_msr has the same signature)
 *   HV_MSR_PASS  passed through: its MSR-bitmap bits are clear, the guest
 *                owns the real MSR (state the VMCS switches or the host
 *                never uses)
 *   HV_MSR_RAZ   reads 0, writes ignored, where that is architectural
 *   HV_MSR_GP    #GP: its feature is hidden from the guest's CPUID
 * Whatever the policy, a row whose feature the guest's CPUID does not
 * advertise (hv_cpuid.c) raises #GP, and the MSR bitmap (vmx_vmcs.c) is
 * derived from the table: only PASS rows whose feature is advertised pass
 * through, so nothing passes by accident.  An MSR not in the table raises
 * #GP with a report line naming it.
 *
 * The table and its derivations (lookup, bitmap) are pure, so the host
 * unit tests (tests/unit/test_hv_msr.c) check them.
 */
#include "hv.h"

/* ---- feature bits (SDM 2A CPUID) ---- */
#define FEAT(l, s, r, m)	{ (l), (s), (r), (m) }
#define ARCH			FEAT(0, 0, 0, 0)	/* always there (P6 and later) */
#define NEVER			FEAT(0, 0, HV_FEAT_NEVER, 0)	/* model-specific: never advertised */
#define EAX 0
#define EBX 1
#define ECX 2
#define EDX 3
#define F1C(b)		FEAT(1, 0, ECX, 1u << (b))
#define F1D(b)		FEAT(1, 0, EDX, 1u << (b))
#define F7B(b)		FEAT(7, 0, EBX, 1u << (b))
#define F7C(b)		FEAT(7, 0, ECX, 1u << (b))
#define F7D(b)		FEAT(7, 0, EDX, 1u << (b))
#define F6A(b)		FEAT(6, 0, EAX, 1u << (b))
#define F6C(b)		FEAT(6, 0, ECX, 1u << (b))
#define FXD(b)		FEAT(0x80000001u, 0, EDX, 1u << (b))
#define FEAT_TSC	F1D(4)
#define FEAT_MSR_SEP	F1D(11)
#define FEAT_MTRR	F1D(12)
#define FEAT_MCA	F1D(14)
#define FEAT_PAT	F1D(16)
#define FEAT_DS		F1D(21)
#define FEAT_ACPI	F1D(22)
#define FEAT_APIC	F1D(9)
#define FEAT_VMX_SMX	FEAT(1, 0, ECX, (1u << 5) | (1u << 6))
#define FEAT_EIST	F1C(7)
#define FEAT_PDCM	F1C(15)
#define FEAT_X2APIC	F1C(21)
#define FEAT_DEADLINE	F1C(24)
#define FEAT_TSC_ADJ	F7B(1)
#define FEAT_MPX	F7B(14)
#define FEAT_PT		F7B(25)
#define FEAT_WAITPKG	F7C(5)
#define FEAT_CET	FEAT(7, 0, ECX, 1u << 7)
#define FEAT_CET_IBT	F7D(20)
#define FEAT_PKS	F7C(31)
#define FEAT_SPEC_CTRL	FEAT(7, 0, EDX, (1u << 26) | (1u << 27) | (1u << 31))
#define FEAT_IBPB	F7D(26)
#define FEAT_L1D_FLUSH	F7D(28)
#define FEAT_ARCH_CAP	F7D(29)
#define FEAT_CORE_CAP	F7D(30)
#define FEAT_PMU	FEAT(0xa, 0, EAX, 0xff)		/* version > 0 */
#define FEAT_APERF	F6C(0)
#define FEAT_EPB	F6C(3)
#define FEAT_HWP	F6A(7)
#define FEAT_DTS	F6A(0)
#define FEAT_XSAVES	FEAT(0xd, 1, EAX, 1u << 3)
#define FEAT_EFER	FEAT(0x80000001u, 0, EDX, (1u << 29) | (1u << 20) | (1u << 11))
#define FEAT_SYSCALL_LM	FEAT(0x80000001u, 0, EDX, (1u << 29) | (1u << 11))
#define FEAT_LM		FXD(29)
#define FEAT_TSC_AUX	FXD(27)		/* RDTSCP (RDPID alone is not offered without it) */

/* ---- handlers: int fn(g, msr, write, *val), 0 = done, -1 = #GP ---- */

static int hv_msr_efer(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	if (!write) {
		*val = vmx_read(VMCS_GUEST_EFER);
		return 0;
	}
	uint64_t old = vmx_read(VMCS_GUEST_EFER);
	/* LMA is read-only (SDM 3A 2.2.1); LME may not change with paging on. */
	if ((*val & ~(EFER_SCE | EFER_LME | EFER_LMA | EFER_NXE)) ||
	    (((*val ^ old) & EFER_LME) && (vmx_read(VMCS_GUEST_CR0) & CR0_PG)))
		return -1;
	vmx_write(VMCS_GUEST_EFER, (*val & ~EFER_LMA) | (old & EFER_LMA));
	return 0;
}

/* A memory type a PAT entry (pat=1) or an MTRR may hold (SDM 3A 11.11, 11.12). */
int hv_msr_memtype_ok(unsigned type, int pat)
{
	return type == 0 || type == 1 || type == 4 || type == 5 || type == 6 || (pat && type == 7);
}

static int hv_msr_types_ok(uint64_t v, int pat)
{
	for (int i = 0; i < 8; i++)
		if (!hv_msr_memtype_ok((v >> (8 * i)) & 0xff, pat))
			return 0;
	return 1;
}

static int hv_msr_pat(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	if (!write) {
		*val = vmx_read(VMCS_GUEST_PAT);
		return 0;
	}
	if (!hv_msr_types_ok(*val, 1))
		return -1;
	vmx_write(VMCS_GUEST_PAT, *val);
	return 0;
}

/*
 * Time: the guest's TSC is the host's plus VMCS_TSC_OFFSET ("use TSC
 * offsetting"; the host's virtual time keeps the real TSC).  Writing the
 * TSC or TSC_ADJUST moves the offset, and each moves the other by the same
 * amount (SDM 3B 17.17.3).
 */
uint64_t hv_guest_tsc(void)
{
	return hv_rdtsc() + vmx_read(VMCS_TSC_OFFSET);
}

static int hv_msr_tsc(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	uint64_t off = vmx_read(VMCS_TSC_OFFSET);
	if (!write) {
		*val = msr == MSR_IA32_TSC ? hv_rdtsc() + off : g->msr.tsc_adjust;
		return 0;
	}
	if (!(vmx_read(VMCS_PROC_CTLS) & PROC_TSC_OFFSETTING))
		return 0;	/* no offsetting: TSC writes ignored (TSC_ADJUST is hidden then) */
	uint64_t delta = msr == MSR_IA32_TSC ? *val - (hv_rdtsc() + off) : *val - g->msr.tsc_adjust;
	vmx_write(VMCS_TSC_OFFSET, off + delta);
	g->msr.tsc_adjust += delta;
	return 0;
}

/*
 * MISC_ENABLE: fast strings OFF (bit 0 clear); BTS and PEBS unavailable (DS
 * hidden), no performance monitoring (CPUID.0xA version 0), MONITOR FSM off
 * (MONITOR hidden), CPUID not limited.  Writes are accepted and change
 * nothing.
 *
 * Why fast strings off: the host is Bochs, which has no MISC_ENABLE; a
 * kernel booted bare on it reads 0 there and drops REP_GOOD and ERMS
 * (Linux: "Disabled fast string operations"), so it zeroes and copies
 * pages with unrolled loops.  Claiming fast strings made the same kernel
 * pick rep stosb/movsb under the hypervisor, and Bochs counts every REP
 * iteration as an instruction (clear_page_erms: 4096 per page against
 * ~700): issue 9's P3 compared different string routines, not the cost of
 * virtualization.  The guest now sees what it sees bare.
 */
#define HV_MISC_ENABLE	(HV_BIT(11) | HV_BIT(12))
static int hv_msr_misc_enable(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	if (!write)
		*val = HV_MISC_ENABLE;
	return 0;
}

/* Machine check: no banks (MCG_CAP = 0, legal: SDM 3B 15.3.1.1); MCG_STATUS RIPV/EIPV/MCIP. */
static int hv_msr_mcg(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	if (msr == MSR_IA32_MCG_CAP) {
		if (write)
			return -1;	/* read-only */
		*val = 0;
		return 0;
	}
	if (!write) {
		*val = g->msr.mcg_status;
		return 0;
	}
	if (*val & ~7ull)
		return -1;
	g->msr.mcg_status = *val;
	return 0;
}

/* DEBUGCTL: LBR and BTF, kept in the VMCS (the guest's value while it runs). */
static int hv_msr_debugctl(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	if (!write) {
		*val = vmx_read(VMCS_GUEST_DEBUGCTL);
		return 0;
	}
	if (*val & ~3ull)
		return -1;
	vmx_write(VMCS_GUEST_DEBUGCTL, *val);
	return 0;
}

/*
 * MTRRs: read/write storage consistent with MTRRCAP (the firmware's count
 * of variable ranges, fixed ranges and WC; SMRR hidden).  EPT maps guest RAM
 * write-back and ignores guest memory types, so the values change nothing
 * but are checked as the SDM says (3A 11.11.2): valid types, reserved bits
 * clear, addresses below MAXPHYADDR.
 */
static const uint32_t hv_mtrr_fixed_msr[HV_MTRR_FIXED] = {
	0x250, 0x258, 0x259, 0x268, 0x269, 0x26a, 0x26b, 0x26c, 0x26d, 0x26e, 0x26f,
};

static uint64_t hv_phys_mask(void)
{
	uint32_t v[4];
	hv_cpuid(0x80000008u, 0, v);
	unsigned bits = v[0] & 0xff;
	return ((bits && bits < 64) ? (1ull << bits) : (1ull << 36)) - 1;
}

static int hv_msr_mtrr(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	struct hv_msr_state *m = &g->msr;
	unsigned vcnt = m->mtrr_cap & 0xff;
	uint64_t *slot = 0;
	uint64_t reserved = 0;
	int types = 0;		/* 8 type bytes (fixed) */

	if (msr == MSR_IA32_MTRRCAP) {
		if (write)
			return -1;
		*val = m->mtrr_cap;
		return 0;
	}
	if (msr == MSR_IA32_MTRR_DEF_TYPE) {
		slot = &m->mtrr_def;
		reserved = ~0xcffull;
		if (write && !hv_msr_memtype_ok(*val & 0xff, 0))
			return -1;
	} else if (msr >= 0x200 && msr < 0x200 + 2 * vcnt) {
		unsigned i = msr - 0x200;
		slot = &m->mtrr_var[i];
		if (i & 1)	/* PHYSMASK: valid bit 11, mask from bit 12 */
			reserved = ~(hv_phys_mask() & ~0x7ffull);
		else {		/* PHYSBASE: type, base from bit 12 */
			reserved = ~(hv_phys_mask() & ~0xf00ull);
			if (write && !hv_msr_memtype_ok(*val & 0xff, 0))
				return -1;
		}
	} else {
		for (unsigned i = 0; i < HV_MTRR_FIXED; i++)
			if (hv_mtrr_fixed_msr[i] == msr)
				slot = &m->mtrr_fixed[i];
		types = 1;
		if (!slot || !(m->mtrr_cap & HV_BIT(8)))
			return -1;	/* no such variable range / no fixed ranges */
	}
	if (!write) {
		*val = *slot;
		return 0;
	}
	if ((*val & reserved) || (types && !hv_msr_types_ok(*val, 0)))
		return -1;
	*slot = *val;
	return 0;
}

/* Copy the firmware's MTRRs, as a kernel booted on the bare machine finds them. */
static void hv_msr_mtrr_reset(struct hv_msr_state *m)
{
	uint32_t v[4];
	hv_cpuid(1, 0, v);
	if (!(v[3] & (1u << 12)))
		return;
	m->mtrr_cap = hv_rdmsr(MSR_IA32_MTRRCAP) & (0xff | HV_BIT(8) | HV_BIT(10));
	if ((m->mtrr_cap & 0xff) > HV_MTRR_VAR_MAX)
		m->mtrr_cap = (m->mtrr_cap & ~0xffull) | HV_MTRR_VAR_MAX;
	m->mtrr_def = hv_rdmsr(MSR_IA32_MTRR_DEF_TYPE);
	for (unsigned i = 0; i < 2 * (m->mtrr_cap & 0xff); i++)
		m->mtrr_var[i] = hv_rdmsr(0x200 + i);
	if (m->mtrr_cap & HV_BIT(8))
		for (unsigned i = 0; i < HV_MTRR_FIXED; i++)
			m->mtrr_fixed[i] = hv_rdmsr(hv_mtrr_fixed_msr[i]);
}

/*
 * The pass-through MSRs the VMCS does not switch live in the real MSRs:
 * each guest starts with the values the firmware left (read before the
 * first guest runs; Bochs resets FMASK to 0x20200), as a kernel booted on
 * the bare machine would, never with the previous guest's values.
 * (FS/GS base and SYSENTER are guest-state fields of the VMCS.)
 */
static void hv_msr_pass_reset(void)
{
	static const uint32_t msrs[] = {
		MSR_IA32_STAR, MSR_IA32_LSTAR, MSR_IA32_CSTAR, MSR_IA32_FMASK, MSR_IA32_KERNEL_GS_BASE,
		MSR_IA32_TSC_AUX,
	};
	static uint64_t boot[sizeof(msrs) / sizeof(msrs[0])];
	static int have[sizeof(msrs) / sizeof(msrs[0])], captured;
	uint32_t v[4];

	if (!captured) {
		hv_cpuid(0x80000001u, 0, v);
		for (unsigned i = 0; i < sizeof(msrs) / sizeof(msrs[0]); i++) {
			have[i] = msrs[i] == MSR_IA32_TSC_AUX ? !!(v[3] & (1u << 27)) : !!(v[3] & (1u << 29));
			if (have[i])
				boot[i] = hv_rdmsr(msrs[i]);
		}
		captured = 1;
	}
	for (unsigned i = 0; i < sizeof(msrs) / sizeof(msrs[0]); i++)
		if (have[i])
			hv_wrmsr(msrs[i], boot[i]);
}

void hv_msr_reset(struct hv_guest *g)
{
	hv_memset(&g->msr, 0, sizeof(g->msr));
	hv_msr_mtrr_reset(&g->msr);
	hv_msr_pass_reset();
}

/* ---- the table: sorted by first MSR, ranges do not overlap ---- */
#define ROW(f, l, n, feat, pol, fn)	{ f, l, n, feat, pol, fn }
const struct hv_msr_row hv_msr_table[] = {
	ROW(0x010, 0x010, "IA32_TSC", FEAT_TSC, HV_MSR_FN, hv_msr_tsc),
	ROW(0x017, 0x017, "IA32_PLATFORM_ID (model-specific)", NEVER, HV_MSR_GP, 0),
	ROW(0x01b, 0x01b, "IA32_APIC_BASE", ARCH, HV_MSR_FN, hv_lapic_msr),
	ROW(0x03a, 0x03a, "IA32_FEATURE_CONTROL", FEAT_VMX_SMX, HV_MSR_GP, 0),
	ROW(0x03b, 0x03b, "IA32_TSC_ADJUST", FEAT_TSC_ADJ, HV_MSR_FN, hv_msr_tsc),
	ROW(0x048, 0x048, "IA32_SPEC_CTRL", FEAT_SPEC_CTRL, HV_MSR_GP, 0),
	ROW(0x049, 0x049, "IA32_PRED_CMD", FEAT_IBPB, HV_MSR_GP, 0),
	ROW(0x08b, 0x08b, "IA32_BIOS_SIGN_ID (microcode revision 0)", ARCH, HV_MSR_RAZ, 0),
	ROW(0x0c1, 0x0c8, "IA32_PMC0-7", FEAT_PMU, HV_MSR_GP, 0),
	ROW(0x0ce, 0x0ce, "MSR_PLATFORM_INFO (model-specific)", NEVER, HV_MSR_GP, 0),
	ROW(0x0e1, 0x0e1, "IA32_UMWAIT_CONTROL", FEAT_WAITPKG, HV_MSR_GP, 0),
	ROW(0x0e7, 0x0e8, "IA32_MPERF, IA32_APERF", FEAT_APERF, HV_MSR_GP, 0),
	ROW(0x0fe, 0x0fe, "IA32_MTRRCAP", FEAT_MTRR, HV_MSR_FN, hv_msr_mtrr),
	ROW(0x10a, 0x10a, "IA32_ARCH_CAPABILITIES", FEAT_ARCH_CAP, HV_MSR_GP, 0),
	ROW(0x10b, 0x10b, "IA32_FLUSH_CMD", FEAT_L1D_FLUSH, HV_MSR_GP, 0),
	ROW(0x174, 0x176, "IA32_SYSENTER_CS/ESP/EIP", FEAT_MSR_SEP, HV_MSR_PASS, 0),
	ROW(0x179, 0x17a, "IA32_MCG_CAP, IA32_MCG_STATUS", FEAT_MCA, HV_MSR_FN, hv_msr_mcg),
	ROW(0x17b, 0x17b, "IA32_MCG_CTL (MCG_CAP.MCG_CTL_P = 0)", FEAT_MCA, HV_MSR_GP, 0),
	ROW(0x186, 0x18d, "IA32_PERFEVTSEL0-7", FEAT_PMU, HV_MSR_GP, 0),
	ROW(0x198, 0x199, "IA32_PERF_STATUS, IA32_PERF_CTL", FEAT_EIST, HV_MSR_GP, 0),
	ROW(0x19a, 0x19c, "IA32_CLOCK_MODULATION, THERM_INTERRUPT, THERM_STATUS", FEAT_ACPI, HV_MSR_GP, 0),
	ROW(0x1a0, 0x1a0, "IA32_MISC_ENABLE", ARCH, HV_MSR_FN, hv_msr_misc_enable),
	ROW(0x1a2, 0x1a2, "MSR_TEMPERATURE_TARGET (model-specific)", NEVER, HV_MSR_GP, 0),
	ROW(0x1b0, 0x1b0, "IA32_ENERGY_PERF_BIAS", FEAT_EPB, HV_MSR_GP, 0),
	ROW(0x1b1, 0x1b2, "IA32_PACKAGE_THERM_STATUS/INTERRUPT", FEAT_DTS, HV_MSR_GP, 0),
	ROW(0x1d9, 0x1d9, "IA32_DEBUGCTL", ARCH, HV_MSR_FN, hv_msr_debugctl),
	ROW(0x200, 0x21f, "IA32_MTRR_PHYSBASEn/PHYSMASKn (n < MTRRCAP.VCNT)", FEAT_MTRR, HV_MSR_FN, hv_msr_mtrr),
	ROW(0x250, 0x250, "IA32_MTRR_FIX64K_00000", FEAT_MTRR, HV_MSR_FN, hv_msr_mtrr),
	ROW(0x258, 0x259, "IA32_MTRR_FIX16K_80000/A0000", FEAT_MTRR, HV_MSR_FN, hv_msr_mtrr),
	ROW(0x268, 0x26f, "IA32_MTRR_FIX4K_C0000-F8000", FEAT_MTRR, HV_MSR_FN, hv_msr_mtrr),
	ROW(0x277, 0x277, "IA32_PAT", FEAT_PAT, HV_MSR_FN, hv_msr_pat),
	ROW(0x2ff, 0x2ff, "IA32_MTRR_DEF_TYPE", FEAT_MTRR, HV_MSR_FN, hv_msr_mtrr),
	ROW(0x309, 0x30b, "IA32_FIXED_CTR0-2", FEAT_PMU, HV_MSR_GP, 0),
	ROW(0x345, 0x345, "IA32_PERF_CAPABILITIES", FEAT_PDCM, HV_MSR_GP, 0),
	ROW(0x38d, 0x390, "IA32_FIXED_CTR_CTRL, PERF_GLOBAL_STATUS/CTRL/OVF_CTRL", FEAT_PMU, HV_MSR_GP, 0),
	ROW(0x400, 0x47f, "IA32_MCi_CTL/STATUS/ADDR/MISC (MCG_CAP.Count = 0)", FEAT_MCA, HV_MSR_GP, 0),
	ROW(0x560, 0x572, "IA32_RTIT_* (Intel PT)", FEAT_PT, HV_MSR_GP, 0),
	ROW(0x600, 0x600, "IA32_DS_AREA", FEAT_DS, HV_MSR_GP, 0),
	ROW(0x6a0, 0x6a8, "IA32_U_CET, S_CET, PLx_SSP, SSP table (CET)", FEAT_CET, HV_MSR_GP, 0),
	ROW(0x6e0, 0x6e0, "IA32_TSC_DEADLINE", FEAT_DEADLINE, HV_MSR_FN, hv_lapic_msr),
	ROW(0x6e1, 0x6e1, "IA32_PKRS", FEAT_PKS, HV_MSR_GP, 0),
	ROW(0x770, 0x777, "IA32_PM_ENABLE, HWP_* ", FEAT_HWP, HV_MSR_GP, 0),
	ROW(0x800, 0x8ff, "x2APIC registers", FEAT_X2APIC, HV_MSR_FN, hv_lapic_msr),
	ROW(0xd90, 0xd90, "IA32_BNDCFGS (MPX)", FEAT_MPX, HV_MSR_GP, 0),
	ROW(0xda0, 0xda0, "IA32_XSS", FEAT_XSAVES, HV_MSR_GP, 0),
	ROW(0xc0000080, 0xc0000080, "IA32_EFER", FEAT_EFER, HV_MSR_FN, hv_msr_efer),
	ROW(0xc0000081, 0xc0000081, "IA32_STAR", FEAT_SYSCALL_LM, HV_MSR_PASS, 0),
	ROW(0xc0000082, 0xc0000084, "IA32_LSTAR, CSTAR, FMASK", FEAT_LM, HV_MSR_PASS, 0),
	ROW(0xc0000100, 0xc0000102, "IA32_FS_BASE, GS_BASE, KERNEL_GS_BASE", FEAT_LM, HV_MSR_PASS, 0),
	ROW(0xc0000103, 0xc0000103, "IA32_TSC_AUX", FEAT_TSC_AUX, HV_MSR_PASS, 0),
};
const unsigned hv_msr_table_len = sizeof(hv_msr_table) / sizeof(hv_msr_table[0]);

/* The row of msr, or NULL (binary search: the table is sorted, tests check it). */
const struct hv_msr_row *hv_msr_lookup(uint32_t msr)
{
	unsigned lo = 0, hi = hv_msr_table_len;
	while (lo < hi) {
		unsigned mid = (lo + hi) / 2;
		const struct hv_msr_row *r = &hv_msr_table[mid];
		if (msr < r->first)
			hi = mid;
		else if (msr > r->last)
			lo = mid + 1;
		else
			return r;
	}
	return 0;
}

/*
 * The MSR bitmap (SDM 3C 24.6.9: read-low, read-high, write-low,
 * write-high, 1 KiB each): every bit set, then cleared for the PASS rows
 * whose feature the guest sees.  Rows outside the two ranges the bitmap
 * covers always exit (the tests check no PASS row is there).
 */
void hv_msr_bitmap_build(uint8_t bitmap[4096], int (*advertised)(const struct hv_feat *f))
{
	hv_memset(bitmap, 0xff, 4096);
	for (unsigned i = 0; i < hv_msr_table_len; i++) {
		const struct hv_msr_row *r = &hv_msr_table[i];
		if (r->policy != HV_MSR_PASS || !advertised(&r->feat))
			continue;
		for (uint64_t m = r->first; m <= r->last; m++) {
			uint32_t base;
			if (m <= 0x1fff)
				base = 0;
			else if (m >= 0xc0000000u && m <= 0xc0001fffu)
				base = 1024;
			else
				continue;
			uint32_t idx = (uint32_t)m & 0x1fff;
			bitmap[base + idx / 8] &= (uint8_t)~(1u << (idx % 8));
			bitmap[2048 + base + idx / 8] &= (uint8_t)~(1u << (idx % 8));
		}
	}
}

/*
 * One RDMSR/WRMSR exit: 0 = done (*val read or written), -1 = #GP.  The
 * caller injects the #GP; an MSR outside the table is named (first few).
 */
int hv_msr_access(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	const struct hv_msr_row *r = hv_msr_lookup(msr);

	if (!r) {
		if (g->msr.unknown_reported < HV_MSR_REPORT_MAX) {
			g->msr.unknown_reported++;
			hv_printf("hv: guest %s MSR 0x%x: not in the MSR table, #GP injected%s\n",
				  write ? "wrmsr" : "rdmsr", msr,
				  g->msr.unknown_reported == HV_MSR_REPORT_MAX ? " (further ones not reported)" : "");
		}
		return -1;
	}
	if (!hv_cpuid_has(&r->feat))
		return -1;
	switch (r->policy) {
	case HV_MSR_RAZ:
		if (!write)
			*val = 0;
		return 0;
	case HV_MSR_FN:
		return r->fn(g, msr, write, val);
	case HV_MSR_PASS:
		/* the bitmap passes it: an exit means the bitmap and the table disagree */
		hv_printf("hv: guest %s MSR 0x%x (%s): pass-through MSR exited, #GP injected\n",
			  write ? "wrmsr" : "rdmsr", msr, r->name);
		return -1;
	case HV_MSR_GP:
	default:
		return -1;
	}
}
