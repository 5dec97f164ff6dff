/*
 * vmx_defs.h - every VMX constant the hypervisor uses, named after the Intel
 * SDM (vol. 3C, order no. 326019).  Nothing here is code; all numbers that
 * describe hardware live in this one file so each can be checked against the
 * manual section cited next to it.
 */
#ifndef HV_VMX_DEFS_H
#define HV_VMX_DEFS_H

#define HV_BIT(n)		(1ull << (n))

/* ---- Architectural MSRs (SDM vol. 4, table 2-2; vol. 3C appendix A) ---- */
#define MSR_IA32_FEATURE_CONTROL	0x03a
#define   FEATURE_CONTROL_LOCK		HV_BIT(0)
#define   FEATURE_CONTROL_VMXON_OUTSIDE_SMX HV_BIT(2)
#define MSR_IA32_SYSENTER_CS		0x174
#define MSR_IA32_SYSENTER_ESP		0x175
#define MSR_IA32_SYSENTER_EIP		0x176
#define MSR_IA32_PAT			0x277
#define MSR_IA32_MTRRCAP		0x0fe
#define MSR_IA32_MTRR_DEF_TYPE		0x2ff
#define MSR_IA32_APIC_BASE		0x01b
#define MSR_IA32_MISC_ENABLE		0x1a0
#define MSR_IA32_MCG_CAP		0x179
#define MSR_IA32_TSC_ADJUST		0x03b
#define MSR_IA32_TSC			0x010
#define MSR_IA32_EFER			0xc0000080
#define   EFER_SCE			HV_BIT(0)
#define   EFER_LME			HV_BIT(8)
#define   EFER_LMA			HV_BIT(10)
#define   EFER_NXE			HV_BIT(11)
#define MSR_IA32_STAR			0xc0000081
#define MSR_IA32_LSTAR			0xc0000082
#define MSR_IA32_CSTAR			0xc0000083
#define MSR_IA32_FMASK			0xc0000084
#define MSR_IA32_FS_BASE		0xc0000100
#define MSR_IA32_GS_BASE		0xc0000101
#define MSR_IA32_KERNEL_GS_BASE		0xc0000102
#define MSR_IA32_TSC_AUX		0xc0000103

/* VMX capability MSRs (SDM 3C appendix A.1-A.10). */
#define MSR_IA32_VMX_BASIC		0x480
#define   VMX_BASIC_REVISION_MASK	0x7fffffffull		/* A.1 bits 30:0 */
#define   VMX_BASIC_TRUE_CTLS		HV_BIT(55)		/* A.1 bit 55 */
#define MSR_IA32_VMX_PINBASED_CTLS	0x481
#define MSR_IA32_VMX_PROCBASED_CTLS	0x482
#define MSR_IA32_VMX_EXIT_CTLS		0x483
#define MSR_IA32_VMX_ENTRY_CTLS		0x484
#define MSR_IA32_VMX_MISC		0x485
#define   VMX_MISC_PREEMPT_RATE_MASK	0x1full			/* A.6 bits 4:0 */
#define   VMX_MISC_STORE_LMA		HV_BIT(5)		/* A.6 bit 5 */
#define   VMX_MISC_ACT_HLT		HV_BIT(6)		/* A.6 bit 6 */
#define MSR_IA32_VMX_CR0_FIXED0		0x486
#define MSR_IA32_VMX_CR0_FIXED1		0x487
#define MSR_IA32_VMX_CR4_FIXED0		0x488
#define MSR_IA32_VMX_CR4_FIXED1		0x489
#define MSR_IA32_VMX_PROCBASED_CTLS2	0x48b
#define MSR_IA32_VMX_EPT_VPID_CAP	0x48c
#define   EPT_CAP_WALK_4		HV_BIT(6)		/* A.10 */
#define   EPT_CAP_WB			HV_BIT(14)
#define   EPT_CAP_2MB			HV_BIT(16)
#define   EPT_CAP_INVEPT		HV_BIT(20)
#define   EPT_CAP_INVEPT_ALL		HV_BIT(26)
#define   VPID_CAP_INVVPID		HV_BIT(32)
#define   VPID_CAP_INVVPID_ALL		HV_BIT(42)
#define MSR_IA32_VMX_TRUE_PINBASED_CTLS	0x48d
#define MSR_IA32_VMX_TRUE_PROCBASED_CTLS 0x48e
#define MSR_IA32_VMX_TRUE_EXIT_CTLS	0x48f
#define MSR_IA32_VMX_TRUE_ENTRY_CTLS	0x490

/* ---- Control registers (SDM vol. 3A 2.5) ---- */
#define CR0_PE		HV_BIT(0)
#define CR0_MP		HV_BIT(1)
#define CR0_ET		HV_BIT(4)
#define CR0_NE		HV_BIT(5)
#define CR0_WP		HV_BIT(16)
#define CR0_NW		HV_BIT(29)
#define CR0_CD		HV_BIT(30)
#define CR0_PG		HV_BIT(31)
#define CR4_DE		HV_BIT(3)
#define CR4_PAE		HV_BIT(5)
#define CR4_PCIDE	HV_BIT(17)
#define CR4_VMXE	HV_BIT(13)
#define CR4_OSXSAVE	HV_BIT(18)
#define CR4_PKE		HV_BIT(22)
/* Guest paging-structure entries (SDM 3A 4.5): hv_gmem.c walks them, hv_prof.c enumerates them. */
#define PTE_P		HV_BIT(0)
#define PTE_PS		HV_BIT(7)
#define PTE_ADDR	0x000ffffffffff000ull
#define RFLAGS_FIXED1	HV_BIT(1)
#define RFLAGS_TF	HV_BIT(8)
#define RFLAGS_IF	HV_BIT(9)
#define RFLAGS_NT	HV_BIT(14)
#define RFLAGS_RF	HV_BIT(16)
#define RFLAGS_VM	HV_BIT(17)
#define CR0_TS		HV_BIT(3)

/* Debug (SDM 3A 17.2, 17.4.1; SDM 3C 24.4.2 pending debug exceptions). */
#define DEBUGCTL_BTF		HV_BIT(1)
#define PENDING_DBG_B0_3	0xfull
#define PENDING_DBG_ENABLED_BP	HV_BIT(12)
#define PENDING_DBG_BS		HV_BIT(14)

/* CPUID bits (SDM vol. 2A, CPUID). */
#define CPUID1_ECX_VMX		HV_BIT(5)
#define CPUID1_ECX_HYPERVISOR	HV_BIT(31)	/* reserved for hypervisors */

/* ---- Pin-based VM-execution controls (SDM 3C 24.6.1, table 24-5) ---- */
#define PIN_EXTINT_EXITING		HV_BIT(0)
#define PIN_NMI_EXITING			HV_BIT(3)
#define PIN_VIRTUAL_NMIS		HV_BIT(5)
#define PIN_PREEMPT_TIMER		HV_BIT(6)

/* ---- Primary processor-based controls (SDM 3C 24.6.2, table 24-6) ---- */
#define PROC_INTR_WINDOW_EXITING	HV_BIT(2)
#define PROC_TSC_OFFSETTING		HV_BIT(3)
#define PROC_HLT_EXITING		HV_BIT(7)
#define PROC_INVLPG_EXITING		HV_BIT(9)
#define PROC_MWAIT_EXITING		HV_BIT(10)
#define PROC_RDPMC_EXITING		HV_BIT(11)
#define PROC_RDTSC_EXITING		HV_BIT(12)
#define PROC_CR3_LOAD_EXITING		HV_BIT(15)
#define PROC_CR3_STORE_EXITING		HV_BIT(16)
#define PROC_CR8_LOAD_EXITING		HV_BIT(19)
#define PROC_CR8_STORE_EXITING		HV_BIT(20)
#define PROC_TPR_SHADOW			HV_BIT(21)
#define PROC_MOV_DR_EXITING		HV_BIT(23)
#define PROC_UNCOND_IO_EXITING		HV_BIT(24)
#define PROC_USE_IO_BITMAPS		HV_BIT(25)
#define PROC_MONITOR_TRAP_FLAG		HV_BIT(27)
#define PROC_USE_MSR_BITMAPS		HV_BIT(28)
#define PROC_MONITOR_EXITING		HV_BIT(29)
#define PROC_PAUSE_EXITING		HV_BIT(30)
#define PROC_ACTIVATE_SECONDARY		HV_BIT(31)

/* ---- Secondary processor-based controls (SDM 3C 24.6.2, table 24-7) ---- */
#define PROC2_ENABLE_EPT		HV_BIT(1)
#define PROC2_DESC_TABLE_EXITING	HV_BIT(2)
#define PROC2_ENABLE_RDTSCP		HV_BIT(3)
#define PROC2_ENABLE_VPID		HV_BIT(5)
#define PROC2_WBINVD_EXITING		HV_BIT(6)
#define PROC2_UNRESTRICTED_GUEST	HV_BIT(7)
#define PROC2_ENABLE_INVPCID		HV_BIT(12)
#define PROC2_ENABLE_XSAVES		HV_BIT(20)

/* ---- VM-exit controls (SDM 3C 24.7.1, table 24-13) ---- */
#define EXIT_SAVE_DEBUG_CTLS		HV_BIT(2)
#define EXIT_HOST_ADDR_SPACE_SIZE	HV_BIT(9)
#define EXIT_ACK_INTR_ON_EXIT		HV_BIT(15)
#define EXIT_SAVE_PAT			HV_BIT(18)
#define EXIT_LOAD_PAT			HV_BIT(19)
#define EXIT_SAVE_EFER			HV_BIT(20)
#define EXIT_LOAD_EFER			HV_BIT(21)

/* ---- VM-entry controls (SDM 3C 24.8.1, table 24-15) ---- */
#define ENTRY_LOAD_DEBUG_CTLS		HV_BIT(2)
#define ENTRY_IA32E_MODE_GUEST		HV_BIT(9)
#define ENTRY_LOAD_PAT			HV_BIT(14)
#define ENTRY_LOAD_EFER			HV_BIT(15)

/* ---- VMCS field encodings (SDM 3C appendix B) ---- */
/* B.1.1 16-bit control */
#define VMCS_VPID			0x0000
/* B.1.2 16-bit guest state */
#define VMCS_GUEST_ES_SEL		0x0800
#define VMCS_GUEST_CS_SEL		0x0802
#define VMCS_GUEST_SS_SEL		0x0804
#define VMCS_GUEST_DS_SEL		0x0806
#define VMCS_GUEST_FS_SEL		0x0808
#define VMCS_GUEST_GS_SEL		0x080a
#define VMCS_GUEST_LDTR_SEL		0x080c
#define VMCS_GUEST_TR_SEL		0x080e
/* B.1.3 16-bit host state */
#define VMCS_HOST_ES_SEL		0x0c00
#define VMCS_HOST_CS_SEL		0x0c02
#define VMCS_HOST_SS_SEL		0x0c04
#define VMCS_HOST_DS_SEL		0x0c06
#define VMCS_HOST_FS_SEL		0x0c08
#define VMCS_HOST_GS_SEL		0x0c0a
#define VMCS_HOST_TR_SEL		0x0c0c
/* B.2.1 64-bit control */
#define VMCS_IO_BITMAP_A		0x2000
#define VMCS_IO_BITMAP_B		0x2002
#define VMCS_MSR_BITMAP			0x2004
#define VMCS_EXIT_MSR_STORE_ADDR	0x2006
#define VMCS_EXIT_MSR_LOAD_ADDR		0x2008
#define VMCS_ENTRY_MSR_LOAD_ADDR	0x200a
#define VMCS_TSC_OFFSET			0x2010
#define VMCS_EPT_POINTER		0x201a
/* B.2.2 64-bit read-only data */
#define VMCS_GUEST_PHYS_ADDR		0x2400
/* B.2.3 64-bit guest state */
#define VMCS_LINK_POINTER		0x2800
#define VMCS_GUEST_DEBUGCTL		0x2802
#define VMCS_GUEST_PAT			0x2804
#define VMCS_GUEST_EFER			0x2806
#define VMCS_GUEST_PDPTE0		0x280a	/* ..PDPTE3 at +2, +4, +6 */
#define VMCS_GUEST_PDPTE1		0x280c
#define VMCS_GUEST_PDPTE2		0x280e
#define VMCS_GUEST_PDPTE3		0x2810
/* B.2.4 64-bit host state */
#define VMCS_HOST_PAT			0x2c00
#define VMCS_HOST_EFER			0x2c02
/* B.3.1 32-bit control */
#define VMCS_PIN_CTLS			0x4000
#define VMCS_PROC_CTLS			0x4002
#define VMCS_EXCEPTION_BITMAP		0x4004
#define VMCS_PF_ERR_MASK		0x4006
#define VMCS_PF_ERR_MATCH		0x4008
#define VMCS_CR3_TARGET_COUNT		0x400a
#define VMCS_EXIT_CTLS			0x400c
#define VMCS_EXIT_MSR_STORE_COUNT	0x400e
#define VMCS_EXIT_MSR_LOAD_COUNT	0x4010
#define VMCS_ENTRY_CTLS			0x4012
#define VMCS_ENTRY_MSR_LOAD_COUNT	0x4014
#define VMCS_ENTRY_INTR_INFO		0x4016
#define VMCS_ENTRY_EXCEPTION_ERR	0x4018
#define VMCS_ENTRY_INSN_LEN		0x401a
#define VMCS_TPR_THRESHOLD		0x401c
#define VMCS_PROC_CTLS2			0x401e
/* B.3.2 32-bit read-only data */
#define VMCS_VM_INSN_ERROR		0x4400
#define VMCS_EXIT_REASON		0x4402
#define VMCS_EXIT_INTR_INFO		0x4404
#define VMCS_EXIT_INTR_ERR		0x4406
#define VMCS_IDT_VECTORING_INFO		0x4408
#define VMCS_IDT_VECTORING_ERR		0x440a
#define VMCS_EXIT_INSN_LEN		0x440c
#define VMCS_EXIT_INSN_INFO		0x440e
/* B.3.3 32-bit guest state */
#define VMCS_GUEST_ES_LIMIT		0x4800
#define VMCS_GUEST_CS_LIMIT		0x4802
#define VMCS_GUEST_SS_LIMIT		0x4804
#define VMCS_GUEST_DS_LIMIT		0x4806
#define VMCS_GUEST_FS_LIMIT		0x4808
#define VMCS_GUEST_GS_LIMIT		0x480a
#define VMCS_GUEST_LDTR_LIMIT		0x480c
#define VMCS_GUEST_TR_LIMIT		0x480e
#define VMCS_GUEST_GDTR_LIMIT		0x4810
#define VMCS_GUEST_IDTR_LIMIT		0x4812
#define VMCS_GUEST_ES_AR		0x4814
#define VMCS_GUEST_CS_AR		0x4816
#define VMCS_GUEST_SS_AR		0x4818
#define VMCS_GUEST_DS_AR		0x481a
#define VMCS_GUEST_FS_AR		0x481c
#define VMCS_GUEST_GS_AR		0x481e
#define VMCS_GUEST_LDTR_AR		0x4820
#define VMCS_GUEST_TR_AR		0x4822
#define VMCS_GUEST_INTERRUPTIBILITY	0x4824
#define VMCS_GUEST_ACTIVITY_STATE	0x4826
#define VMCS_GUEST_SYSENTER_CS		0x482a
#define VMCS_PREEMPT_TIMER_VALUE	0x482e
/* B.3.4 32-bit host state */
#define VMCS_HOST_SYSENTER_CS		0x4c00
/* B.4.1 natural-width control */
#define VMCS_CR0_GUEST_HOST_MASK	0x6000
#define VMCS_CR4_GUEST_HOST_MASK	0x6002
#define VMCS_CR0_READ_SHADOW		0x6004
#define VMCS_CR4_READ_SHADOW		0x6006
/* B.4.2 natural-width read-only data */
#define VMCS_EXIT_QUALIFICATION		0x6400
#define VMCS_GUEST_LINEAR_ADDR		0x640a
/* B.4.3 natural-width guest state */
#define VMCS_GUEST_CR0			0x6800
#define VMCS_GUEST_CR3			0x6802
#define VMCS_GUEST_CR4			0x6804
#define VMCS_GUEST_ES_BASE		0x6806
#define VMCS_GUEST_CS_BASE		0x6808
#define VMCS_GUEST_SS_BASE		0x680a
#define VMCS_GUEST_DS_BASE		0x680c
#define VMCS_GUEST_FS_BASE		0x680e
#define VMCS_GUEST_GS_BASE		0x6810
#define VMCS_GUEST_LDTR_BASE		0x6812
#define VMCS_GUEST_TR_BASE		0x6814
#define VMCS_GUEST_GDTR_BASE		0x6816
#define VMCS_GUEST_IDTR_BASE		0x6818
#define VMCS_GUEST_DR7			0x681a
#define VMCS_GUEST_RSP			0x681c
#define VMCS_GUEST_RIP			0x681e
#define VMCS_GUEST_RFLAGS		0x6820
#define VMCS_GUEST_PENDING_DBG		0x6822
#define VMCS_GUEST_SYSENTER_ESP		0x6824
#define VMCS_GUEST_SYSENTER_EIP		0x6826
/* B.4.4 natural-width host state */
#define VMCS_HOST_CR0			0x6c00
#define VMCS_HOST_CR3			0x6c02
#define VMCS_HOST_CR4			0x6c04
#define VMCS_HOST_FS_BASE		0x6c06
#define VMCS_HOST_GS_BASE		0x6c08
#define VMCS_HOST_TR_BASE		0x6c0a
#define VMCS_HOST_GDTR_BASE		0x6c0c
#define VMCS_HOST_IDTR_BASE		0x6c0e
#define VMCS_HOST_SYSENTER_ESP		0x6c10
#define VMCS_HOST_SYSENTER_EIP		0x6c12
#define VMCS_HOST_RSP			0x6c14
#define VMCS_HOST_RIP			0x6c16

/* Segment access rights in the VMCS (SDM 3C 24.4.1, table 24-2). */
#define AR_TYPE_DATA_RW_ACC	0x3	/* read/write, accessed */
#define AR_TYPE_CODE_RX_ACC	0xb	/* execute/read, accessed */
#define AR_TYPE_TSS32_BUSY	0xb
#define AR_TYPE_LDT		0x2
#define AR_S			HV_BIT(4)	/* code/data, not system */
#define AR_P			HV_BIT(7)
#define AR_L			HV_BIT(13)
#define AR_DB			HV_BIT(14)
#define AR_G			HV_BIT(15)
#define AR_UNUSABLE		HV_BIT(16)

/* Guest interruptibility state (SDM 3C 24.4.2, table 24-3). */
#define INTERRUPTIBILITY_STI		HV_BIT(0)
#define INTERRUPTIBILITY_MOV_SS		HV_BIT(1)
/* Activity state (SDM 3C 24.4.2). */
#define ACTIVITY_ACTIVE			0
#define ACTIVITY_HLT			1

/* VM-entry interruption-information field (SDM 3C 24.8.3, table 24-16). */
#define INTR_INFO_VECTOR_MASK		0xffu
#define INTR_INFO_TYPE_SHIFT		8
#define INTR_TYPE_EXT_INTR		0u
#define INTR_TYPE_NMI			2u
#define INTR_TYPE_HW_EXCEPTION		3u
#define INTR_TYPE_SW_INTR		4u
#define INTR_INFO_DELIVER_ERR		HV_BIT(11)
#define INTR_INFO_VALID			HV_BIT(31)

/* Exception vectors (SDM 3A 6.3.1). */
#define VEC_DB		1
#define VEC_UD		6
#define VEC_DF		8
#define VEC_TS		10
#define VEC_NP		11
#define VEC_SS		12
#define VEC_GP		13
#define VEC_PF		14

/* ---- Basic exit reasons (SDM 3C appendix C, table C-1) ---- */
#define EXIT_REASON_EXCEPTION_NMI	0
#define EXIT_REASON_EXTERNAL_INTR	1
#define EXIT_REASON_TRIPLE_FAULT	2
#define EXIT_REASON_INIT		3
#define EXIT_REASON_SIPI		4
#define EXIT_REASON_INTR_WINDOW		7
#define EXIT_REASON_NMI_WINDOW		8
#define EXIT_REASON_TASK_SWITCH		9
#define EXIT_REASON_CPUID		10
#define EXIT_REASON_GETSEC		11
#define EXIT_REASON_HLT			12
#define EXIT_REASON_INVD		13
#define EXIT_REASON_INVLPG		14
#define EXIT_REASON_RDPMC		15
#define EXIT_REASON_RDTSC		16
#define EXIT_REASON_RSM			17
#define EXIT_REASON_VMCALL		18
#define EXIT_REASON_VMCLEAR		19
#define EXIT_REASON_VMLAUNCH		20
#define EXIT_REASON_VMPTRLD		21
#define EXIT_REASON_VMPTRST		22
#define EXIT_REASON_VMREAD		23
#define EXIT_REASON_VMRESUME		24
#define EXIT_REASON_VMWRITE		25
#define EXIT_REASON_VMXOFF		26
#define EXIT_REASON_VMXON		27
#define EXIT_REASON_CR_ACCESS		28
#define EXIT_REASON_DR_ACCESS		29
#define EXIT_REASON_IO			30
#define EXIT_REASON_RDMSR		31
#define EXIT_REASON_WRMSR		32
#define EXIT_REASON_INVALID_GUEST	33
#define EXIT_REASON_MSR_LOADING		34
#define EXIT_REASON_MWAIT		36
#define EXIT_REASON_MTF			37
#define EXIT_REASON_MONITOR		39
#define EXIT_REASON_PAUSE		40
#define EXIT_REASON_MACHINE_CHECK	41
#define EXIT_REASON_TPR_BELOW		43
#define EXIT_REASON_APIC_ACCESS		44
#define EXIT_REASON_GDTR_IDTR		46
#define EXIT_REASON_LDTR_TR		47
#define EXIT_REASON_EPT_VIOLATION	48
#define EXIT_REASON_EPT_MISCONFIG	49
#define EXIT_REASON_INVEPT		50
#define EXIT_REASON_RDTSCP		51
#define EXIT_REASON_PREEMPT_TIMER	52
#define EXIT_REASON_INVVPID		53
#define EXIT_REASON_WBINVD		54
#define EXIT_REASON_XSETBV		55
#define EXIT_REASON_RDRAND		57
#define EXIT_REASON_INVPCID		58
#define EXIT_REASON_VMFUNC		59
#define EXIT_REASON_RDSEED		61
#define EXIT_REASON_XSAVES		63
#define EXIT_REASON_XRSTORS		64
#define EXIT_REASON_MAX			65
#define EXIT_REASON_BASIC_MASK		0xffffu		/* 24.9.1 bits 15:0 */
#define EXIT_REASON_ENTRY_FAILURE	HV_BIT(31)	/* 24.9.1 bit 31 */

/* Exit qualification layouts (SDM 3C 27.2.1). */
/* table 27-3: control-register accesses */
#define CRQ_CR(q)		((q) & 0xf)
#define CRQ_TYPE(q)		(((q) >> 4) & 3)
#define   CRQ_TYPE_MOV_TO	0
#define   CRQ_TYPE_MOV_FROM	1
#define   CRQ_TYPE_CLTS		2
#define   CRQ_TYPE_LMSW		3
#define CRQ_GPR(q)		(((q) >> 8) & 0xf)
#define CRQ_LMSW_SRC(q)		(((q) >> 16) & 0xffff)
/* table 27-5: I/O instructions */
#define IOQ_SIZE(q)		(((q) & 7) + 1)
#define IOQ_IN			HV_BIT(3)
#define IOQ_STRING		HV_BIT(4)
#define IOQ_REP			HV_BIT(5)
#define IOQ_PORT(q)		(((q) >> 16) & 0xffff)
/* table 27-7: EPT violations */
/* Exit qualification of a #DB exit (SDM 3C 27.2.1, table 27-1). */
#define DBQ_BS			HV_BIT(14)	/* single step */

#define EPTQ_READ		HV_BIT(0)
#define EPTQ_WRITE		HV_BIT(1)
#define EPTQ_FETCH		HV_BIT(2)
#define EPTQ_LINEAR_VALID	HV_BIT(7)

/* ---- EPT (SDM 3C 28.2.2 and 24.6.11) ---- */
#define EPTP_MEMTYPE_WB		6ull		/* bits 2:0 */
#define EPTP_WALK_LEN_4		(3ull << 3)	/* bits 5:3 = length - 1 */
#define EPT_R			HV_BIT(0)
#define EPT_W			HV_BIT(1)
#define EPT_X			HV_BIT(2)
#define EPT_MEMTYPE_WB		(6ull << 3)	/* leaf bits 5:3 */
#define EPT_LARGE		HV_BIT(7)	/* 2 MiB leaf in a PDE */

/* VM-instruction error numbers (SDM 3C 30.4, table 30-1). */
#define VMX_ERR_MAX		29

#endif /* HV_VMX_DEFS_H */
