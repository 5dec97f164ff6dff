/*
 * vmx_vmcs.c - VMXON and one guest's VMCS: controls (derived in vmx_caps.c),
 * bitmaps, host state and the multiboot entry state of the guest.
 *
 * Every VMWRITE is checked; a failure names the field and the VM-instruction
 * error (SDM 3C 30.4) and stops - a half-written VMCS is never launched.
 */
#include "hv.h"
#include "hv_cpu.h"

static uint8_t vmx_on_region[4096] __attribute__((aligned(4096)));
static uint8_t vmx_vmcs_region[HV_MAX_GUESTS][4096] __attribute__((aligned(4096)));
static uint8_t vmx_io_bitmaps[2][4096] __attribute__((aligned(4096)));
static uint8_t vmx_msr_bitmap[4096] __attribute__((aligned(4096)));

extern char vmx_exit_entry[];
extern uint64_t hv_gdt[];
extern char hv_tss[];

#define HV_FIELD(f) { f, #f }
static const struct { uint32_t field; const char *name; } vmx_fields[] = {
	HV_FIELD(VMCS_VPID),
	HV_FIELD(VMCS_GUEST_ES_SEL),
	HV_FIELD(VMCS_GUEST_CS_SEL),
	HV_FIELD(VMCS_GUEST_SS_SEL),
	HV_FIELD(VMCS_GUEST_DS_SEL),
	HV_FIELD(VMCS_GUEST_FS_SEL),
	HV_FIELD(VMCS_GUEST_GS_SEL),
	HV_FIELD(VMCS_GUEST_LDTR_SEL),
	HV_FIELD(VMCS_GUEST_TR_SEL),
	HV_FIELD(VMCS_HOST_ES_SEL),
	HV_FIELD(VMCS_HOST_CS_SEL),
	HV_FIELD(VMCS_HOST_SS_SEL),
	HV_FIELD(VMCS_HOST_DS_SEL),
	HV_FIELD(VMCS_HOST_FS_SEL),
	HV_FIELD(VMCS_HOST_GS_SEL),
	HV_FIELD(VMCS_HOST_TR_SEL),
	HV_FIELD(VMCS_IO_BITMAP_A),
	HV_FIELD(VMCS_IO_BITMAP_B),
	HV_FIELD(VMCS_MSR_BITMAP),
	HV_FIELD(VMCS_EXIT_MSR_STORE_ADDR),
	HV_FIELD(VMCS_EXIT_MSR_LOAD_ADDR),
	HV_FIELD(VMCS_ENTRY_MSR_LOAD_ADDR),
	HV_FIELD(VMCS_TSC_OFFSET),
	HV_FIELD(VMCS_EPT_POINTER),
	HV_FIELD(VMCS_GUEST_PHYS_ADDR),
	HV_FIELD(VMCS_LINK_POINTER),
	HV_FIELD(VMCS_GUEST_DEBUGCTL),
	HV_FIELD(VMCS_GUEST_PAT),
	HV_FIELD(VMCS_GUEST_EFER),
	HV_FIELD(VMCS_HOST_PAT),
	HV_FIELD(VMCS_HOST_EFER),
	HV_FIELD(VMCS_PIN_CTLS),
	HV_FIELD(VMCS_PROC_CTLS),
	HV_FIELD(VMCS_EXCEPTION_BITMAP),
	HV_FIELD(VMCS_PF_ERR_MASK),
	HV_FIELD(VMCS_PF_ERR_MATCH),
	HV_FIELD(VMCS_CR3_TARGET_COUNT),
	HV_FIELD(VMCS_EXIT_CTLS),
	HV_FIELD(VMCS_EXIT_MSR_STORE_COUNT),
	HV_FIELD(VMCS_EXIT_MSR_LOAD_COUNT),
	HV_FIELD(VMCS_ENTRY_CTLS),
	HV_FIELD(VMCS_ENTRY_MSR_LOAD_COUNT),
	HV_FIELD(VMCS_ENTRY_INTR_INFO),
	HV_FIELD(VMCS_ENTRY_EXCEPTION_ERR),
	HV_FIELD(VMCS_ENTRY_INSN_LEN),
	HV_FIELD(VMCS_TPR_THRESHOLD),
	HV_FIELD(VMCS_PROC_CTLS2),
	HV_FIELD(VMCS_VM_INSN_ERROR),
	HV_FIELD(VMCS_EXIT_REASON),
	HV_FIELD(VMCS_EXIT_INTR_INFO),
	HV_FIELD(VMCS_EXIT_INTR_ERR),
	HV_FIELD(VMCS_IDT_VECTORING_INFO),
	HV_FIELD(VMCS_IDT_VECTORING_ERR),
	HV_FIELD(VMCS_EXIT_INSN_LEN),
	HV_FIELD(VMCS_EXIT_INSN_INFO),
	HV_FIELD(VMCS_GUEST_ES_LIMIT),
	HV_FIELD(VMCS_GUEST_CS_LIMIT),
	HV_FIELD(VMCS_GUEST_SS_LIMIT),
	HV_FIELD(VMCS_GUEST_DS_LIMIT),
	HV_FIELD(VMCS_GUEST_FS_LIMIT),
	HV_FIELD(VMCS_GUEST_GS_LIMIT),
	HV_FIELD(VMCS_GUEST_LDTR_LIMIT),
	HV_FIELD(VMCS_GUEST_TR_LIMIT),
	HV_FIELD(VMCS_GUEST_GDTR_LIMIT),
	HV_FIELD(VMCS_GUEST_IDTR_LIMIT),
	HV_FIELD(VMCS_GUEST_ES_AR),
	HV_FIELD(VMCS_GUEST_CS_AR),
	HV_FIELD(VMCS_GUEST_SS_AR),
	HV_FIELD(VMCS_GUEST_DS_AR),
	HV_FIELD(VMCS_GUEST_FS_AR),
	HV_FIELD(VMCS_GUEST_GS_AR),
	HV_FIELD(VMCS_GUEST_LDTR_AR),
	HV_FIELD(VMCS_GUEST_TR_AR),
	HV_FIELD(VMCS_GUEST_INTERRUPTIBILITY),
	HV_FIELD(VMCS_GUEST_ACTIVITY_STATE),
	HV_FIELD(VMCS_GUEST_SYSENTER_CS),
	HV_FIELD(VMCS_PREEMPT_TIMER_VALUE),
	HV_FIELD(VMCS_HOST_SYSENTER_CS),
	HV_FIELD(VMCS_CR0_GUEST_HOST_MASK),
	HV_FIELD(VMCS_CR4_GUEST_HOST_MASK),
	HV_FIELD(VMCS_CR0_READ_SHADOW),
	HV_FIELD(VMCS_CR4_READ_SHADOW),
	HV_FIELD(VMCS_EXIT_QUALIFICATION),
	HV_FIELD(VMCS_GUEST_LINEAR_ADDR),
	HV_FIELD(VMCS_GUEST_CR0),
	HV_FIELD(VMCS_GUEST_CR3),
	HV_FIELD(VMCS_GUEST_CR4),
	HV_FIELD(VMCS_GUEST_ES_BASE),
	HV_FIELD(VMCS_GUEST_CS_BASE),
	HV_FIELD(VMCS_GUEST_SS_BASE),
	HV_FIELD(VMCS_GUEST_DS_BASE),
	HV_FIELD(VMCS_GUEST_FS_BASE),
	HV_FIELD(VMCS_GUEST_GS_BASE),
	HV_FIELD(VMCS_GUEST_LDTR_BASE),
	HV_FIELD(VMCS_GUEST_TR_BASE),
	HV_FIELD(VMCS_GUEST_GDTR_BASE),
	HV_FIELD(VMCS_GUEST_IDTR_BASE),
	HV_FIELD(VMCS_GUEST_DR7),
	HV_FIELD(VMCS_GUEST_RSP),
	HV_FIELD(VMCS_GUEST_RIP),
	HV_FIELD(VMCS_GUEST_RFLAGS),
	HV_FIELD(VMCS_GUEST_PENDING_DBG),
	HV_FIELD(VMCS_GUEST_SYSENTER_ESP),
	HV_FIELD(VMCS_GUEST_SYSENTER_EIP),
	HV_FIELD(VMCS_HOST_CR0),
	HV_FIELD(VMCS_HOST_CR3),
	HV_FIELD(VMCS_HOST_CR4),
	HV_FIELD(VMCS_HOST_FS_BASE),
	HV_FIELD(VMCS_HOST_GS_BASE),
	HV_FIELD(VMCS_HOST_TR_BASE),
	HV_FIELD(VMCS_HOST_GDTR_BASE),
	HV_FIELD(VMCS_HOST_IDTR_BASE),
	HV_FIELD(VMCS_HOST_SYSENTER_ESP),
	HV_FIELD(VMCS_HOST_SYSENTER_EIP),
	HV_FIELD(VMCS_HOST_RSP),
	HV_FIELD(VMCS_HOST_RIP),
};

const char *vmx_field_name(uint32_t field)
{
	for (size_t i = 0; i < sizeof(vmx_fields) / sizeof(vmx_fields[0]); i++)
		if (vmx_fields[i].field == field)
			return vmx_fields[i].name;
	return "unknown field";
}

/* SDM 3C 30.4, table 30-1. */
static const char *const vmx_insn_errors[VMX_ERR_MAX] = {
	[1] = "VMCALL executed in VMX root operation",
	[2] = "VMCLEAR with invalid physical address",
	[3] = "VMCLEAR with VMXON pointer",
	[4] = "VMLAUNCH with non-clear VMCS",
	[5] = "VMRESUME with non-launched VMCS",
	[6] = "VMRESUME after VMXOFF",
	[7] = "VM entry with invalid control field(s)",
	[8] = "VM entry with invalid host-state field(s)",
	[9] = "VMPTRLD with invalid physical address",
	[10] = "VMPTRLD with VMXON pointer",
	[11] = "VMPTRLD with incorrect VMCS revision identifier",
	[12] = "VMREAD/VMWRITE from/to unsupported VMCS component",
	[13] = "VMWRITE to read-only VMCS component",
	[15] = "VMXON executed in VMX root operation",
	[16] = "VM entry with invalid executive-VMCS pointer",
	[17] = "VM entry with non-launched executive VMCS",
	[18] = "VM entry with executive-VMCS pointer not VMXON pointer",
	[19] = "VMCALL with non-clear VMCS",
	[20] = "VMCALL with invalid VM-exit control fields",
	[22] = "VMCALL with incorrect MSEG revision identifier",
	[23] = "VMXOFF under dual-monitor treatment of SMIs and SMM",
	[24] = "VMCALL with invalid SMM-monitor features",
	[25] = "VM entry with invalid VM-execution control fields in executive VMCS",
	[26] = "VM entry with events blocked by MOV SS",
	[28] = "invalid operand to INVEPT/INVVPID",
};

const char *vmx_insn_error_name(uint64_t err)
{
	return err < VMX_ERR_MAX && vmx_insn_errors[err] ? vmx_insn_errors[err] : "unknown error";
}

static uint64_t vmx_insn_error(void)
{
	uint64_t e = 0;
	hv_vmread_raw(VMCS_VM_INSN_ERROR, &e);
	return e;
}

void vmx_write_failed(uint32_t field, uint64_t v, int rc)
{
	if (rc == HV_VMFAIL_INVALID)
		hv_fatal("VMWRITE %s (0x%x) = 0x%lx: VMfailInvalid (no current VMCS)",
			 vmx_field_name(field), field, v);
	uint64_t e = vmx_insn_error();
	hv_fatal("VMWRITE %s (0x%x) = 0x%lx: VM-instruction error %lu (%s)",
		 vmx_field_name(field), field, v, e, vmx_insn_error_name(e));
}

void vmx_read_failed(uint32_t field, int rc)
{
	uint64_t e = rc == HV_VMFAIL_VALID ? vmx_insn_error() : 0;
	hv_fatal("VMREAD %s (0x%x): %s, VM-instruction error %lu (%s)", vmx_field_name(field), field,
		 rc == HV_VMFAIL_INVALID ? "VMfailInvalid" : "VMfailValid", e, vmx_insn_error_name(e));
}

/* Called from hv_entry.S with the RFLAGS VMLAUNCH/VMRESUME left behind. */
static void vmx_entry_failed(const char *insn, uint64_t rflags)
{
	if (rflags & 1)		/* CF: VMfailInvalid */
		hv_fatal("%s: VMfailInvalid (no current VMCS)", insn);
	uint64_t e = vmx_insn_error();
	hv_fatal("%s: VM-instruction error %lu (%s)%s", insn, e, vmx_insn_error_name(e),
		 e == 7 || e == 8 ? "; Bochs' log names the failed check (VMFAIL/VMENTER)" : "");
}
void vmx_launch_failed(uint64_t rflags) { vmx_entry_failed("VMLAUNCH", rflags); }
void vmx_resume_failed(uint64_t rflags) { vmx_entry_failed("VMRESUME", rflags); }

int vmx_on(void)
{
	/* VMXON needs CR0/CR4 within the fixed bits (SDM 3C 23.8): VMXE on. */
	HV_WRITE_CR(4, vmx_cr_fixed(4, HV_READ_CR(4) | CR4_VMXE, 0));
	HV_WRITE_CR(0, vmx_cr_fixed(0, HV_READ_CR(0), 0));
	*(uint32_t *)vmx_on_region = vmx_revision;
	int rc = hv_vmxon((uint64_t)vmx_on_region);
	if (rc) {
		hv_printf("hv: VMXON failed (%s)\n", rc == HV_VMFAIL_INVALID ? "VMfailInvalid" : "VMfailValid");
		return -1;
	}
	hv_printf("hv: VMXON ok (region at 0x%lx)\n", (uint64_t)vmx_on_region);
	return 0;
}

static void vmx_seg(uint32_t sel_f, uint16_t sel, uint64_t base, uint32_t limit, uint32_t ar)
{
	/* The encodings of one segment's fields are at fixed strides (appendix B). */
	uint32_t i = (sel_f - VMCS_GUEST_ES_SEL) / 2;
	vmx_write(sel_f, sel);
	vmx_write(VMCS_GUEST_ES_BASE + 2 * i, base);
	vmx_write(VMCS_GUEST_ES_LIMIT + 2 * i, limit);
	vmx_write(VMCS_GUEST_ES_AR + 2 * i, ar);
}

/* INVEPT all-context (SDM 3C 30.3 INVEPT; type 2, descriptor ignored). */
void hv_invept_all(void)
{
	struct { uint64_t eptp, rsvd; } desc = { 0, 0 };
	uint64_t type = 2;
	uint8_t cf, zf;
	__asm__ volatile("invept %2, %3; setc %0; setz %1" : "=r"(cf), "=r"(zf) : "m"(desc), "r"(type) : "cc", "memory");
	if (cf || zf)
		hv_fatal("INVEPT all-context failed (VMfail%s)", cf ? "Invalid" : "Valid");
}

/*
 * INVVPID single-context (type 1) for the guest's VPID: what a MOV to CR3
 * would flush, and more (globals too), which is always safe.  Without VPID
 * every VM entry and exit flushes already (SDM 3C 28.3.3.3).
 */
void hv_invvpid(struct hv_guest *g)
{
	struct { uint64_t vpid, addr; } desc = { g->index + 1, 0 };
	uint64_t type = 1;
	uint8_t cf, zf;
	if (!g->vpid_on)
		return;
	__asm__ volatile("invvpid %2, %3; setc %0; setz %1" : "=r"(cf), "=r"(zf) : "m"(desc), "r"(type) : "cc", "memory");
	if (cf || zf)
		hv_fatal("INVVPID single-context failed (VMfail%s)", cf ? "Invalid" : "Valid");
}

void vmx_vmcs_release(struct hv_guest *g)
{
	if (g->vmcs && hv_vmclear((uint64_t)g->vmcs))
		hv_printf("hv: VMCLEAR of guest %u's VMCS failed\n", g->index);
}

int vmx_vmcs_setup(struct hv_guest *g)
{
	struct vmx_ctls c;
	struct { uint16_t lim; uint64_t base; } __attribute__((packed)) idtr;

	/* -- controls: what we need (want) and what we use if offered (optional) -- */
	if (vmx_ctl_derive("pin", MSR_IA32_VMX_PINBASED_CTLS,
			   PIN_EXTINT_EXITING | PIN_NMI_EXITING | PIN_PREEMPT_TIMER, 0, &c.pin) ||
	    vmx_ctl_derive("proc", MSR_IA32_VMX_PROCBASED_CTLS,
			   PROC_HLT_EXITING | PROC_USE_IO_BITMAPS | PROC_USE_MSR_BITMAPS |
			   PROC_ACTIVATE_SECONDARY | PROC_INTR_WINDOW_EXITING |
			   PROC_CR8_LOAD_EXITING | PROC_CR8_STORE_EXITING,	/* CR8 is the virtual TPR */
			   PROC_MWAIT_EXITING | PROC_MONITOR_EXITING | PROC_TSC_OFFSETTING, &c.proc) ||
	    vmx_ctl_derive("proc2", MSR_IA32_VMX_PROCBASED_CTLS2,
			   PROC2_ENABLE_EPT | PROC2_UNRESTRICTED_GUEST,
			   PROC2_ENABLE_VPID | PROC2_ENABLE_RDTSCP | PROC2_ENABLE_INVPCID, &c.proc2) ||
	    vmx_ctl_derive("exit", MSR_IA32_VMX_EXIT_CTLS,
			   EXIT_HOST_ADDR_SPACE_SIZE | EXIT_SAVE_EFER | EXIT_LOAD_EFER | EXIT_ACK_INTR_ON_EXIT |
			   EXIT_SAVE_DEBUG_CTLS,
			   EXIT_SAVE_PAT | EXIT_LOAD_PAT, &c.exit) ||
	    vmx_ctl_derive("entry", MSR_IA32_VMX_ENTRY_CTLS,
			   ENTRY_LOAD_EFER | ENTRY_IA32E_MODE_GUEST | ENTRY_LOAD_DEBUG_CTLS, ENTRY_LOAD_PAT, &c.entry))
		return -1;
	/* Interrupt-window exiting and IA-32e mode were only checked: set on demand. */
	c.proc &= ~(uint32_t)PROC_INTR_WINDOW_EXITING;
	c.entry &= ~(uint32_t)ENTRY_IA32E_MODE_GUEST;
	hv_printf("hv: ctl proc/entry start as 0x%08x/0x%08x: interrupt-window exiting and "
		  "IA-32e mode guest are set on demand\n", c.proc, c.entry);

	/* One VMCS per guest (SDM 3C 24.1: revision id first, VMCLEAR before use). */
	g->vmcs = vmx_vmcs_region[g->index];
	hv_memset(g->vmcs, 0, 4096);
	*(uint32_t *)g->vmcs = vmx_revision;
	if (hv_vmclear((uint64_t)g->vmcs) || hv_vmptrld((uint64_t)g->vmcs)) {
		hv_printf("hv: VMCLEAR/VMPTRLD of the guest VMCS failed\n");
		return -1;
	}

	vmx_write(VMCS_PIN_CTLS, c.pin);
	vmx_write(VMCS_PROC_CTLS, c.proc);
	g->proc_ctls = c.proc;
	vmx_write(VMCS_PROC_CTLS2, c.proc2);
	vmx_write(VMCS_EXIT_CTLS, c.exit);
	vmx_write(VMCS_ENTRY_CTLS, c.entry);
	vmx_write(VMCS_EXCEPTION_BITMAP, 0);	/* the guest handles its own faults */
	vmx_write(VMCS_PF_ERR_MASK, 0);
	vmx_write(VMCS_PF_ERR_MATCH, 0);
	vmx_write(VMCS_CR3_TARGET_COUNT, 0);
	vmx_write(VMCS_EXIT_MSR_STORE_COUNT, 0);
	vmx_write(VMCS_EXIT_MSR_LOAD_COUNT, 0);
	vmx_write(VMCS_ENTRY_MSR_LOAD_COUNT, 0);
	vmx_write(VMCS_ENTRY_INTR_INFO, 0);
	if (c.proc2 & PROC2_ENABLE_VPID) {
		/* 0 is the host's (SDM 3C 26.2.1.1); one per guest keeps TLBs apart */
		vmx_write(VMCS_VPID, g->index + 1);
		g->vpid_on = 1;
	}

	/* Every port exits: the guest never reaches a real device. */
	hv_memset(vmx_io_bitmaps, 0xff, sizeof(vmx_io_bitmaps));
	vmx_write(VMCS_IO_BITMAP_A, (uint64_t)vmx_io_bitmaps[0]);
	vmx_write(VMCS_IO_BITMAP_B, (uint64_t)vmx_io_bitmaps[1]);
	/* MSRs: the table of hv_msr.c decides, and the bitmap follows from it. */
	hv_msr_reset(g);
	vmx_write(VMCS_TSC_OFFSET, 0);
	hv_msr_bitmap_build(vmx_msr_bitmap, hv_cpuid_has);
	vmx_write(VMCS_MSR_BITMAP, (uint64_t)vmx_msr_bitmap);
	vmx_write(VMCS_EPT_POINTER, hv_ept_build(g));
	/* The EPT pages are reused by each guest in turn: drop cached translations. */
	if (g->index > 0)
		hv_invept_all();

	/*
	 * CR0/CR4: the host owns the bits VMX fixes (CR0.NE, CR4.VMXE) and the
	 * reserved ones; the guest reads its own values from the shadows.  A
	 * guest write that changes an owned bit exits (hv_exit.c).
	 */
	uint64_t cr0_f0 = hv_rdmsr(MSR_IA32_VMX_CR0_FIXED0) & ~(CR0_PE | CR0_PG);
	uint64_t cr0_f1 = hv_rdmsr(MSR_IA32_VMX_CR0_FIXED1);
	uint64_t cr4_f0 = hv_rdmsr(MSR_IA32_VMX_CR4_FIXED0);
	uint64_t cr4_f1 = hv_rdmsr(MSR_IA32_VMX_CR4_FIXED1);
	uint64_t cr0_guest = CR0_PE | CR0_ET;	/* multiboot: protected mode, paging off */
	vmx_write(VMCS_CR0_GUEST_HOST_MASK, cr0_f0 | (~cr0_f1 & 0xffffffffull));
	vmx_write(VMCS_CR4_GUEST_HOST_MASK, cr4_f0 | (~cr4_f1 & 0xffffffffull));
	vmx_write(VMCS_CR0_READ_SHADOW, cr0_guest);
	vmx_write(VMCS_CR4_READ_SHADOW, 0);

	/* -- host state (SDM 3C 24.5, checked by 26.2.2-26.2.4) -- */
	__asm__ volatile("sidt %0" : "=m"(idtr));
	vmx_write(VMCS_HOST_CR0, HV_READ_CR(0));
	vmx_write(VMCS_HOST_CR3, HV_READ_CR(3));
	vmx_write(VMCS_HOST_CR4, HV_READ_CR(4));
	vmx_write(VMCS_HOST_CS_SEL, 0x08);
	vmx_write(VMCS_HOST_SS_SEL, 0x10);
	vmx_write(VMCS_HOST_DS_SEL, 0x10);
	vmx_write(VMCS_HOST_ES_SEL, 0x10);
	vmx_write(VMCS_HOST_FS_SEL, 0);
	vmx_write(VMCS_HOST_GS_SEL, 0);
	vmx_write(VMCS_HOST_TR_SEL, 0x18);
	vmx_write(VMCS_HOST_FS_BASE, 0);
	vmx_write(VMCS_HOST_GS_BASE, 0);
	vmx_write(VMCS_HOST_TR_BASE, (uint64_t)hv_tss);
	vmx_write(VMCS_HOST_GDTR_BASE, (uint64_t)hv_gdt);
	vmx_write(VMCS_HOST_IDTR_BASE, idtr.base);
	vmx_write(VMCS_HOST_SYSENTER_CS, 0);
	vmx_write(VMCS_HOST_SYSENTER_ESP, 0);
	vmx_write(VMCS_HOST_SYSENTER_EIP, 0);
	vmx_write(VMCS_HOST_EFER, hv_rdmsr(MSR_IA32_EFER));
	if (c.exit & EXIT_LOAD_PAT)
		vmx_write(VMCS_HOST_PAT, hv_rdmsr(MSR_IA32_PAT));
	vmx_write(VMCS_HOST_RSP, (uint64_t)hv_exit_stack_top);
	vmx_write(VMCS_HOST_RIP, (uint64_t)vmx_exit_entry);

	/*
	 * -- guest state: the multiboot v1 machine state (spec 3.2): 32-bit
	 * protected mode, paging off, CS a flat 4 GiB code segment, data
	 * segments flat, IF clear.  Unrestricted guest lets CR0.PG be 0.
	 */
	const uint32_t ar_code = AR_TYPE_CODE_RX_ACC | AR_S | AR_P | AR_DB | AR_G;
	const uint32_t ar_data = AR_TYPE_DATA_RW_ACC | AR_S | AR_P | AR_DB | AR_G;
	vmx_seg(VMCS_GUEST_CS_SEL, 0x08, 0, 0xffffffff, ar_code);
	vmx_seg(VMCS_GUEST_SS_SEL, 0x10, 0, 0xffffffff, ar_data);
	vmx_seg(VMCS_GUEST_DS_SEL, 0x10, 0, 0xffffffff, ar_data);
	vmx_seg(VMCS_GUEST_ES_SEL, 0x10, 0, 0xffffffff, ar_data);
	vmx_seg(VMCS_GUEST_FS_SEL, 0x10, 0, 0xffffffff, ar_data);
	vmx_seg(VMCS_GUEST_GS_SEL, 0x10, 0, 0xffffffff, ar_data);
	vmx_seg(VMCS_GUEST_LDTR_SEL, 0, 0, 0, AR_UNUSABLE);
	/* TR must be usable at entry (26.3.1.2): a busy 32-bit TSS of 104 bytes. */
	vmx_seg(VMCS_GUEST_TR_SEL, 0x18, 0, 0x67, AR_TYPE_TSS32_BUSY | AR_P);
	vmx_write(VMCS_GUEST_GDTR_BASE, g->gdt_gpa);
	vmx_write(VMCS_GUEST_GDTR_LIMIT, 4 * 8 - 1);
	vmx_write(VMCS_GUEST_IDTR_BASE, 0);
	vmx_write(VMCS_GUEST_IDTR_LIMIT, 0x3ff);
	vmx_write(VMCS_GUEST_CR0, vmx_cr_fixed(0, cr0_guest, 1));
	vmx_write(VMCS_GUEST_CR3, 0);
	vmx_write(VMCS_GUEST_CR4, vmx_cr_fixed(4, 0, 1));
	/*
	 * Debug registers: DR7 and IA32_DEBUGCTL are the VMCS's (saved at exit,
	 * loaded at entry: without those controls every exit leaves DR7 = 400H
	 * and disarms the guest's breakpoints, SDM 3C 27.5.1); DR0-DR3 and DR6
	 * are the guest's in hardware, MOV DR does not exit (hv_event.c).
	 */
	vmx_write(VMCS_GUEST_DR7, 0x400);
	hv_event_debug_reset();
	vmx_write(VMCS_GUEST_RSP, 0);
	vmx_write(VMCS_GUEST_RIP, g->entry);
	vmx_write(VMCS_GUEST_RFLAGS, RFLAGS_FIXED1);
	vmx_write(VMCS_GUEST_PENDING_DBG, 0);
	vmx_write(VMCS_GUEST_SYSENTER_CS, 0);
	vmx_write(VMCS_GUEST_SYSENTER_ESP, 0);
	vmx_write(VMCS_GUEST_SYSENTER_EIP, 0);
	vmx_write(VMCS_GUEST_INTERRUPTIBILITY, 0);
	vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_ACTIVE);
	vmx_write(VMCS_GUEST_DEBUGCTL, 0);
	vmx_write(VMCS_GUEST_EFER, 0);
	if (c.entry & ENTRY_LOAD_PAT)
		vmx_write(VMCS_GUEST_PAT, 0x0007040600070406ull);	/* power-on PAT */
	vmx_write(VMCS_LINK_POINTER, ~0ull);	/* no shadow VMCS (26.3.1.5) */
	vmx_write(VMCS_PREEMPT_TIMER_VALUE, 0xffffffffu);
	return 0;
}
