/*
 * vmx_caps.c - what this CPU's VMX offers, checked once from a table.
 *
 * Every control value the VMCS gets is derived here from the capability MSRs
 * (SDM 3C appendix A.3-A.5: low dword = allowed-0 settings, a 1 there means
 * the bit must be 1; high dword = allowed-1 settings, a 0 there means the bit
 * must be 0).  A control we need that the CPU cannot set stops start-up with
 * its name; a control we merely like is dropped silently.
 */
#include "hv.h"
#include "hv_cpu.h"

uint32_t vmx_revision;
unsigned vmx_preempt_shift;
static int vmx_true_ctls;

/* ---- the capability table ---- */
struct vmx_cap {
	const char *what;	/* printed when missing */
	uint32_t msr;		/* 0 = CPUID.1:ECX */
	uint64_t mask;		/* bits that must all be set in the MSR value */
};

static const struct vmx_cap vmx_caps[] = {
	{ "CPUID.1:ECX.VMX[bit 5] (no VMX: use cpu model=corei7_skylake_x)", 0, CPUID1_ECX_VMX },
	{ "IA32_VMX_BASIC[55] TRUE control MSRs (SDM 3C A.1)", MSR_IA32_VMX_BASIC, VMX_BASIC_TRUE_CTLS },
	{ "IA32_VMX_PROCBASED_CTLS allowed-1[31] activate secondary controls",
	  MSR_IA32_VMX_PROCBASED_CTLS, (uint64_t)PROC_ACTIVATE_SECONDARY << 32 },
	{ "IA32_VMX_PROCBASED_CTLS2 allowed-1[1] enable EPT",
	  MSR_IA32_VMX_PROCBASED_CTLS2, (uint64_t)PROC2_ENABLE_EPT << 32 },
	{ "IA32_VMX_PROCBASED_CTLS2 allowed-1[7] unrestricted guest",
	  MSR_IA32_VMX_PROCBASED_CTLS2, (uint64_t)PROC2_UNRESTRICTED_GUEST << 32 },
	{ "IA32_VMX_EPT_VPID_CAP[6] 4-level EPT walk", MSR_IA32_VMX_EPT_VPID_CAP, EPT_CAP_WALK_4 },
	{ "IA32_VMX_EPT_VPID_CAP[14] write-back EPT structures", MSR_IA32_VMX_EPT_VPID_CAP, EPT_CAP_WB },
	{ "IA32_VMX_EPT_VPID_CAP[16] 2 MiB EPT pages", MSR_IA32_VMX_EPT_VPID_CAP, EPT_CAP_2MB },
	{ "IA32_VMX_EPT_VPID_CAP[20,26] INVEPT all-context",
	  MSR_IA32_VMX_EPT_VPID_CAP, EPT_CAP_INVEPT | EPT_CAP_INVEPT_ALL },
	{ "IA32_VMX_MISC[5] store EFER.LMA into IA-32e mode guest on exit",
	  MSR_IA32_VMX_MISC, VMX_MISC_STORE_LMA },
};

int vmx_caps_check(void)
{
	uint32_t id[4];
	int missing = 0;

	hv_cpuid(1, 0, id);
	for (size_t i = 0; i < sizeof(vmx_caps) / sizeof(vmx_caps[0]); i++) {
		const struct vmx_cap *c = &vmx_caps[i];
		uint64_t v;
		if (c->msr == 0)
			v = id[2];
		else if (!(id[2] & CPUID1_ECX_VMX))
			continue;	/* the MSRs do not exist: already named */
		else
			v = hv_rdmsr(c->msr);
		int ok = (v & c->mask) == c->mask;
		hv_printf("hv: cap %-4s %s\n", ok ? "ok" : "MISSING", c->what);
		missing += !ok;
		if (c->msr == 0 && !ok)
			break;
	}
	if (missing)
		return -1;

	/* IA32_FEATURE_CONTROL: firmware normally locks it; lock it ourselves if not. */
	uint64_t fc = hv_rdmsr(MSR_IA32_FEATURE_CONTROL);
	if (!(fc & FEATURE_CONTROL_LOCK)) {
		fc |= FEATURE_CONTROL_LOCK | FEATURE_CONTROL_VMXON_OUTSIDE_SMX;
		hv_wrmsr(MSR_IA32_FEATURE_CONTROL, fc);
	}
	if (!(fc & FEATURE_CONTROL_VMXON_OUTSIDE_SMX)) {
		hv_printf("hv: cap MISSING IA32_FEATURE_CONTROL=0x%lx: locked with VMXON outside SMX "
			  "disabled (enable VT-x in firmware)\n", fc);
		return -1;
	}
	uint64_t basic = hv_rdmsr(MSR_IA32_VMX_BASIC);
	vmx_revision = (uint32_t)(basic & VMX_BASIC_REVISION_MASK);
	vmx_true_ctls = !!(basic & VMX_BASIC_TRUE_CTLS);
	vmx_preempt_shift = (unsigned)(hv_rdmsr(MSR_IA32_VMX_MISC) & VMX_MISC_PREEMPT_RATE_MASK);
	hv_printf("hv: VMX revision 0x%x, feature control 0x%lx, EPT/VPID caps 0x%lx, "
		  "preemption timer = TSC >> %u\n", vmx_revision, fc,
		  hv_rdmsr(MSR_IA32_VMX_EPT_VPID_CAP), vmx_preempt_shift);
	return 0;
}

/*
 * Derive a control value: want = bits we need (fail if not allowed-1),
 * optional = bits we use if offered; allowed-0 bits are forced on.
 */
int vmx_ctl_derive(const char *name, uint32_t msr, uint32_t want, uint32_t optional, uint32_t *out)
{
	static const struct { uint32_t plain, truemsr; } map[] = {
		{ MSR_IA32_VMX_PINBASED_CTLS, MSR_IA32_VMX_TRUE_PINBASED_CTLS },
		{ MSR_IA32_VMX_PROCBASED_CTLS, MSR_IA32_VMX_TRUE_PROCBASED_CTLS },
		{ MSR_IA32_VMX_EXIT_CTLS, MSR_IA32_VMX_TRUE_EXIT_CTLS },
		{ MSR_IA32_VMX_ENTRY_CTLS, MSR_IA32_VMX_TRUE_ENTRY_CTLS },
	};
	for (size_t i = 0; i < sizeof(map) / sizeof(map[0]); i++)
		if (map[i].plain == msr && vmx_true_ctls)
			msr = map[i].truemsr;	/* A.3.1: TRUE MSRs allow more 0-settings */

	uint64_t cap = hv_rdmsr(msr);
	uint32_t allowed0 = (uint32_t)cap, allowed1 = (uint32_t)(cap >> 32);
	uint32_t bad = want & ~allowed1;
	if (bad) {
		hv_printf("hv: cap MISSING %s control bits 0x%x (MSR 0x%x allowed-1 = 0x%x)\n",
			  name, bad, msr, allowed1);
		return -1;
	}
	*out = (want | (optional & allowed1) | allowed0) & allowed1;
	hv_printf("hv: ctl %-6s = 0x%08x (want 0x%08x, MSR 0x%x: must-be-1 0x%08x may-be-1 0x%08x)\n",
		  name, *out, want, msr, allowed0, allowed1);
	return 0;
}

/*
 * Apply IA32_VMX_CR{0,4}_FIXED{0,1} (SDM 3C A.7/A.8).  With unrestricted
 * guest, CR0.PE and CR0.PG are exempt for the guest (SDM 3C 26.3.1.1).
 */
uint64_t vmx_cr_fixed(int cr, uint64_t value, int unrestricted)
{
	uint64_t f0 = hv_rdmsr(cr == 0 ? MSR_IA32_VMX_CR0_FIXED0 : MSR_IA32_VMX_CR4_FIXED0);
	uint64_t f1 = hv_rdmsr(cr == 0 ? MSR_IA32_VMX_CR0_FIXED1 : MSR_IA32_VMX_CR4_FIXED1);
	if (cr == 0 && unrestricted)
		f0 &= ~(CR0_PE | CR0_PG);
	return (value | f0) & f1;
}
