/*
 * tg_msr.S - faithful test guest (issue 10): MSRs and CPUID bits checked
 * against the rules the SDM gives, so that bare Bochs and the hypervisor
 * print the SAME lines (tests/suites/62-hv-equivalence.sh diffs them).
 *
 * No line prints a value that a machine may choose (a CPUID feature, a
 * counter): each states a rule, and "ok" means the machine keeps it.  The
 * rule of most rows: an MSR is readable iff CPUID advertises its feature,
 * and every access to it faults with #GP otherwise.  The number of lines
 * never depends on the features, so the verdict line matches too.
 *
 * Table rows (msr_rows): MSR, CPUID leaf, subleaf, register (0-3 = EAX-EDX,
 * 4 = architectural: always there, 5 = never advertised: model-specific
 * MSRs we treat as absent), bit mask (any bit present = feature present),
 * flags, a value to store, a reserved value, name.
 */
#include "tg_common.inc"

#define F_WB	1	/* writing back the value read works (iff advertised) */
#define F_RO	2	/* read-only: any write #GP */
#define F_STORE	4	/* keeps the value `val` (then restored) */
#define F_WO	8	/* write-only: rdmsr #GP always, wrmsr 0 works iff advertised */
#define F_BAD	16	/* writing `bad` #GP (reserved bits) */

#define R_EAX	0
#define R_EBX	1
#define R_ECX	2
#define R_EDX	3
#define ALWAYS	4
#define NEVER	5

	.macro ROW msr, leaf, sub, reg, mask, flags, val, bad, name
	.long \msr, \leaf, \sub, \reg, \mask, \flags, \val, \bad
	.long 9f
	.section .rodata
9:	.asciz "\name"
	.section .data
	.endm
#define ROW_SIZE 36

	.text
	.globl tg_main
tg_main:
	movl	$0, %eax
	cpuid
	movl	%eax, max_basic
	movl	$0x80000000, %eax
	cpuid
	movl	%eax, max_ext

	call	probe_zero_at_entry
	movl	$msr_rows, %ebx
1:	cmpl	$msr_rows_end, %ebx
	jae	2f
	call	probe_row
	addl	$ROW_SIZE, %ebx
	jmp	1b
2:	call	probe_apic_base
	call	probe_misc_enable
	call	probe_pmu
	call	probe_mc_banks
	call	probe_tsc_adjust
	call	probe_x2apic
	call	probe_osxsave
	call	probe_ospke
	call	probe_syscall_bit
	call	leave_dirty
	jmp	tg_verdict

/* ---- helpers ---- */

/* rdmsr %ecx -> %edx:%eax; %edi = 0 no fault, 1 #GP, 2 another exception */
msr_rd:
	movl	$-1, tg_last_vec
	movl	$1f, tg_recover
	rdmsr
	movl	$0, tg_recover
1:	jmp	msr_fault

/* wrmsr %ecx <- %edx:%eax; %edi as for msr_rd */
msr_wr:
	movl	$-1, tg_last_vec
	movl	$1f, tg_recover
	wrmsr
	movl	$0, tg_recover
1:
msr_fault:
	xorl	%edi, %edi
	cmpl	$-1, tg_last_vec
	je	1f
	movl	$1, %edi
	cmpl	$13, tg_last_vec
	je	1f
	movl	$2, %edi
1:	ret

/* cpuid(%eax leaf, %ecx sub) if the leaf exists, else all zero */
cpuid_safe:
	cmpl	$0x80000000, %eax
	jae	1f
	cmpl	max_basic, %eax
	ja	2f
	cpuid
	ret
1:	cmpl	max_ext, %eax
	ja	2f
	cpuid
	ret
2:	xorl	%eax, %eax
	xorl	%ebx, %ebx
	xorl	%ecx, %ecx
	xorl	%edx, %edx
	ret

/* %eax = 1 if row %ebx's feature is advertised, else 0 */
row_feature:
	pushl	%ebx
	pushl	%ecx
	pushl	%edx
	pushl	%esi
	movl	%ebx, %esi
	movl	12(%esi), %eax
	cmpl	$ALWAYS, %eax
	je	8f
	cmpl	$NEVER, %eax
	je	9f
	movl	4(%esi), %eax
	movl	8(%esi), %ecx
	call	cpuid_safe
	movl	%eax, regs
	movl	%ebx, regs+4
	movl	%ecx, regs+8
	movl	%edx, regs+12
	movl	12(%esi), %eax
	movl	regs(,%eax,4), %eax
	testl	16(%esi), %eax
	jz	9f
8:	movl	$1, %eax
	jmp	1f
9:	xorl	%eax, %eax
1:	popl	%esi
	popl	%edx
	popl	%ecx
	popl	%ebx
	ret

/*
 * report: %eax = 1 pass / 0 fail, %esi = name, %edx = rule text: prints
 * "ok N - NAME: RULE" or "not ok N - NAME: RULE".
 */
report:
	pushl	%esi
	incl	tg_tests
	testl	%eax, %eax
	jnz	1f
	incl	tg_failed
	movl	$tg_s_notok, %esi
	jmp	2f
1:	movl	$tg_s_ok, %esi
2:	call	tg_puts
	movl	tg_tests, %eax
	call	tg_num
	movl	$tg_s_dash, %esi
	call	tg_puts
	popl	%esi
	call	tg_puts
	pushl	%esi
	movl	$s_colon, %esi
	call	tg_puts
	movl	%edx, %esi
	call	tg_puts
	movb	$'\n', %al
	call	tg_putc
	popl	%esi
	ret

/* %eax = (%edi == 0) == feature (%ebp): no fault iff advertised */
expect_iff:
	xorl	%eax, %eax
	testl	%edi, %edi
	sete	%al
	cmpl	%ebp, %eax
	sete	%al
	movzbl	%al, %eax
	ret

/* ---- one table row: %ebx ---- */
probe_row:
	call	row_feature
	movl	%eax, %ebp		/* advertised? */
	movl	32(%ebx), %esi		/* name */

	/* rdmsr: works iff advertised (write-only: #GP always) */
	movl	(%ebx), %ecx
	call	msr_rd
	movl	%eax, saved_lo
	movl	%edx, saved_hi
	testl	$F_WO, 20(%ebx)
	jz	1f
	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	movl	$s_rd_wo, %edx
	call	report
	/* wrmsr 0: works iff advertised */
	movl	(%ebx), %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	call	msr_wr
	call	expect_iff
	movl	$s_wr_wo, %edx
	call	report
	ret
1:	pushl	%edi
	call	expect_iff
	movl	$s_rd, %edx
	call	report
	popl	%edi

	/* write back what was read: works iff advertised, or #GP if read-only */
	testl	$F_WB | F_RO, 20(%ebx)
	jz	3f
	movl	(%ebx), %ecx
	movl	saved_lo, %eax
	movl	saved_hi, %edx
	testl	%edi, %edi
	jz	2f
	xorl	%eax, %eax		/* not readable: write 0 */
	xorl	%edx, %edx
2:	call	msr_wr
	testl	$F_RO, 20(%ebx)
	jnz	2f
	call	expect_iff
	movl	$s_wb, %edx
	call	report
	jmp	3f
2:	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	movl	$s_ro, %edx
	call	report

3:	/* keeps a written value (absent: the write faults) */
	testl	$F_STORE, 20(%ebx)
	jz	5f
	movl	(%ebx), %ecx
	movl	24(%ebx), %eax
	xorl	%edx, %edx
	call	msr_wr
	testl	%ebp, %ebp
	jnz	4f
	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	jmp	41f
4:	xorl	%eax, %eax
	testl	%edi, %edi
	jnz	41f
	movl	(%ebx), %ecx
	call	msr_rd
	testl	%edi, %edi
	jnz	40f
	cmpl	24(%ebx), %eax
	jne	40f
	testl	%edx, %edx
	jne	40f
	movl	$1, %eax
	jmp	41f
40:	xorl	%eax, %eax
41:	pushl	%eax
	movl	(%ebx), %ecx		/* restore */
	movl	saved_lo, %eax
	movl	saved_hi, %edx
	testl	%ebp, %ebp
	jz	42f
	call	msr_wr
42:	popl	%eax
	movl	$s_store, %edx
	call	report

5:	/* a reserved value faults */
	testl	$F_BAD, 20(%ebx)
	jz	6f
	movl	(%ebx), %ecx
	movl	28(%ebx), %eax
	movl	saved_hi, %edx
	testl	%ebp, %ebp
	jnz	51f
	xorl	%edx, %edx
51:	call	msr_wr
	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	movl	$s_bad, %edx
	call	report
6:	ret

/* ---- special rules ---- */

/*
 * The syscall MSRs, KERNEL_GS_BASE and TSC_AUX as we find them (what the
 * firmware left: Bochs resets FMASK to 0x20200), printed so that bare and
 * hypervisor runs must agree.  leave_dirty writes them before we exit, so a
 * second guest in the same hypervisor run shows that it does not inherit
 * them (suite 62 boots two and compares this line).
 */
probe_zero_at_entry:
	movl	$s_entry, %esi
	call	tg_puts
	movl	$zero_msrs, %ebx
1:	movl	(%ebx), %ecx
	testl	%ecx, %ecx
	jz	2f
	movb	$' ', %al
	call	tg_putc
	call	msr_rd
	testl	%edi, %edi
	jz	3f
	movl	$s_gp, %esi
	call	tg_puts
	jmp	4f
3:	pushl	%eax
	movl	%edx, %eax
	call	tg_hex
	movb	$':', %al
	call	tg_putc
	popl	%eax
	call	tg_hex
4:	addl	$4, %ebx
	jmp	1b
2:	movb	$'\n', %al
	jmp	tg_putc

leave_dirty:
	movl	$zero_msrs, %ebx
1:	movl	(%ebx), %ecx
	testl	%ecx, %ecx
	jz	2f
	movl	$0x1000, %eax
	xorl	%edx, %edx
	call	msr_wr
	addl	$4, %ebx
	jmp	1b
2:	ret

/* IA32_APIC_BASE: always readable (P6 and later); bit 11 (enable) = CPUID.1:EDX.APIC */
probe_apic_base:
	movl	$0x1b, %ecx
	call	msr_rd
	xorl	%ebp, %ebp
	testl	%edi, %edi
	jnz	1f
	shrl	$11, %eax
	andl	$1, %eax
	movl	%eax, %esi
	movl	$1, %eax
	cpuid
	shrl	$9, %edx
	andl	$1, %edx
	cmpl	%edx, %esi
	jne	1f
	movl	$1, %ebp
1:	movl	%ebp, %eax
	movl	$s_apicbase, %esi
	movl	$s_apicbase_rule, %edx
	jmp	report

/* IA32_MISC_ENABLE: readable; bit 18 (MONITOR FSM) = CPUID.1:ECX.MONITOR; bit 22 (limit CPUID) 0 */
probe_misc_enable:
	movl	$0x1a0, %ecx
	call	msr_rd
	xorl	%ebp, %ebp
	testl	%edi, %edi
	jnz	1f
	testl	$1 << 22, %eax
	jnz	1f
	shrl	$18, %eax
	andl	$1, %eax
	movl	%eax, %esi
	movl	$1, %eax
	cpuid
	shrl	$3, %ecx
	andl	$1, %ecx
	cmpl	%ecx, %esi
	jne	1f
	movl	$1, %ebp
1:	movl	%ebp, %eax
	movl	$s_misc, %esi
	movl	$s_misc_rule, %edx
	jmp	report

/*
 * Architectural performance monitoring (CPUID.0xA): PMC0/PERFEVTSEL0 exist
 * iff version > 0 and counters > 0; PERF_GLOBAL_CTRL iff version >= 2; an
 * existing event select keeps a value written with EN clear.
 */
probe_pmu:
	movl	$0xa, %eax
	xorl	%ecx, %ecx
	call	cpuid_safe
	movl	%eax, pmu_eax
	xorl	%ebp, %ebp
	testb	%al, %al
	jz	1f
	testb	%ah, %ah
	jz	1f
	movl	$1, %ebp
1:	movl	$0x186, %ecx
	call	msr_rd
	pushl	%edi
	movl	$0xc1, %ecx
	call	msr_rd
	popl	%eax
	cmpl	%eax, %edi		/* both alike */
	jne	2f
	call	expect_iff
	jmp	3f
2:	xorl	%eax, %eax
3:	movl	$s_pmc0, %esi
	movl	$s_pmu_rule, %edx
	call	report

	movl	$0x186, %ecx
	movl	$0x3c, %eax		/* unhalted core cycles, EN (bit 22) clear */
	xorl	%edx, %edx
	call	msr_wr
	testl	%ebp, %ebp
	jnz	4f
	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	jmp	5f
4:	xorl	%eax, %eax
	testl	%edi, %edi
	jnz	5f
	movl	$0x186, %ecx
	call	msr_rd
	cmpl	$0x3c, %eax
	sete	%al
	movzbl	%al, %eax
	pushl	%eax
	movl	$0x186, %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	call	msr_wr
	popl	%eax
5:	movl	$s_evtsel0, %esi
	movl	$s_store, %edx
	call	report

	xorl	%ebp, %ebp
	cmpb	$2, pmu_eax
	jb	6f
	movl	$1, %ebp
6:	movl	$0x38f, %ecx
	call	msr_rd
	call	expect_iff
	movl	$s_globalctl, %esi
	movl	$s_pmu2_rule, %edx
	jmp	report

/* Machine-check banks: MC0_CTL iff MCG_CAP.Count > 0, MCG_CTL iff MCG_CAP.MCG_CTL_P */
probe_mc_banks:
	movl	$0x179, %ecx
	call	msr_rd
	testl	%edi, %edi
	jz	1f
	xorl	%eax, %eax		/* no MCA: no banks */
1:	movl	%eax, mcg_cap
	xorl	%ebp, %ebp
	testb	%al, %al
	jz	2f
	movl	$1, %ebp
2:	movl	$0x400, %ecx
	call	msr_rd
	call	expect_iff
	movl	$s_mc0, %esi
	movl	$s_mc0_rule, %edx
	call	report
	xorl	%ebp, %ebp
	testl	$1 << 8, mcg_cap
	jz	3f
	movl	$1, %ebp
3:	movl	$0x17b, %ecx
	call	msr_rd
	call	expect_iff
	movl	$s_mcgctl, %esi
	movl	$s_mcgctl_rule, %edx
	jmp	report

/*
 * IA32_TSC_ADJUST: adding 2^40 to it moves the TSC forward by 2^40 (and back
 * when restored).  Without the feature, the write faults.
 */
probe_tsc_adjust:
	movl	$7, %eax
	xorl	%ecx, %ecx
	call	cpuid_safe
	xorl	%ebp, %ebp
	testl	$2, %ebx
	jz	1f
	movl	$1, %ebp
1:	movl	$0x3b, %ecx
	call	msr_rd
	testl	%ebp, %ebp
	jnz	2f
	movl	$0x3b, %ecx		/* absent: the write must fault */
	xorl	%eax, %eax
	xorl	%edx, %edx
	call	msr_wr
	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	jmp	9f
2:	xorl	%eax, %eax
	testl	%edi, %edi
	jnz	9f
	movl	%eax, saved_lo		/* adjust */
	movl	%edx, saved_hi
	rdtsc
	movl	%edx, tsc_hi
	movl	$0x3b, %ecx
	movl	saved_lo, %eax
	movl	saved_hi, %edx
	addl	$0x100, %edx		/* + 2^40 */
	call	msr_wr
	rdtsc
	movl	%edx, %esi
	pushl	%edi
	movl	$0x3b, %ecx		/* restore */
	movl	saved_lo, %eax
	movl	saved_hi, %edx
	call	msr_wr
	popl	%edi
	xorl	%eax, %eax
	testl	%edi, %edi
	jnz	9f
	subl	tsc_hi, %esi		/* TSC[63:32] moved by 0x100 (0x100 or 0x101 with a carry) */
	cmpl	$0x100, %esi
	jb	9f
	cmpl	$0x101, %esi
	ja	9f
	movl	$1, %eax
9:	movl	$s_tscadj, %esi
	movl	$s_tscadj_rule, %edx
	jmp	report

/* x2APIC MSRs: #GP while IA32_APIC_BASE.EXTD (bit 10) = 0, which it is after reset */
probe_x2apic:
	movl	$x2apic_msrs, %ebx
1:	movl	(%ebx), %ecx
	testl	%ecx, %ecx
	jz	2f
	call	msr_rd
	xorl	%eax, %eax
	cmpl	$1, %edi
	sete	%al
	movl	4(%ebx), %esi
	movl	$s_x2apic_rule, %edx
	call	report
	addl	$8, %ebx
	jmp	1b
2:	ret

/*
 * CPUID.1:ECX.OSXSAVE follows CR4.OSXSAVE (set, then clear); without
 * CPUID.1:ECX.XSAVE, setting CR4.OSXSAVE is #GP.
 */
probe_osxsave:
	movl	$1, %eax
	cpuid
	testl	$1 << 26, %ecx
	jnz	1f
	movl	$1 << 18, %eax
	call	cr4_set_faults
	movl	$s_osxsave, %esi
	movl	$s_osxsave_rule, %edx
	jmp	report
1:	movl	%cr4, %eax
	orl	$1 << 18, %eax
	movl	%eax, %cr4
	movl	$1, %eax
	cpuid
	movl	%ecx, %ebp
	movl	%cr4, %eax
	andl	$~(1 << 18), %eax
	movl	%eax, %cr4
	movl	$1, %eax
	cpuid
	xorl	%eax, %eax
	testl	$1 << 27, %ebp
	jz	2f
	testl	$1 << 27, %ecx
	jnz	2f
	movl	$1, %eax
2:	movl	$s_osxsave, %esi
	movl	$s_osxsave_rule, %edx
	jmp	report

/* CPUID.7:ECX.OSPKE follows CR4.PKE; without CPUID.7:ECX.PKU, setting CR4.PKE is #GP. */
probe_ospke:
	movl	$7, %eax
	xorl	%ecx, %ecx
	call	cpuid_safe
	testl	$1 << 3, %ecx
	jnz	1f
	movl	$1 << 22, %eax
	call	cr4_set_faults
	movl	$s_ospke, %esi
	movl	$s_ospke_rule, %edx
	jmp	report
1:	movl	%cr4, %eax
	orl	$1 << 22, %eax
	movl	%eax, %cr4
	movl	$7, %eax
	xorl	%ecx, %ecx
	cpuid
	movl	%ecx, %ebp
	movl	%cr4, %eax
	andl	$~(1 << 22), %eax
	movl	%eax, %cr4
	movl	$7, %eax
	xorl	%ecx, %ecx
	cpuid
	xorl	%eax, %eax
	testl	$1 << 4, %ebp
	jz	2f
	testl	$1 << 4, %ecx
	jnz	2f
	movl	$1, %eax
2:	movl	$s_ospke, %esi
	movl	$s_ospke_rule, %edx
	jmp	report

/*
 * Intel CPUs report CPUID.80000001:EDX.SYSCALL only in 64-bit mode; this
 * guest runs in 32-bit protected mode (other vendors: nothing to check).
 */
probe_syscall_bit:
	xorl	%eax, %eax
	cpuid
	movl	$1, %eax
	cmpl	$0x756e6547, %ebx	/* "Genu" */
	jne	1f
	cmpl	$0x6c65746e, %ecx	/* "ntel" */
	jne	1f
	movl	$0x80000001, %eax
	call	cpuid_safe
	xorl	%eax, %eax
	testl	$1 << 11, %edx
	sete	%al
1:	movl	$s_syscall, %esi
	movl	$s_syscall_rule, %edx
	jmp	report

/* %eax = CR4 bit: 1 if setting it raises #GP (CR4 unchanged), else 0 (and cleared again) */
cr4_set_faults:
	pushl	%ebx
	movl	%eax, %ebx
	movl	$-1, tg_last_vec
	movl	$1f, tg_recover
	movl	%cr4, %eax
	orl	%ebx, %eax
	movl	%eax, %cr4
	movl	$0, tg_recover
	movl	%cr4, %eax
	notl	%ebx
	andl	%ebx, %eax
	movl	%eax, %cr4
1:	xorl	%eax, %eax
	cmpl	$13, tg_last_vec
	sete	%al
	popl	%ebx
	ret

	.section .rodata
s_colon:	.asciz ": "
s_rd:		.asciz "rdmsr works iff CPUID advertises it"
s_rd_wo:	.asciz "write-only, rdmsr #GP"
s_wr_wo:	.asciz "wrmsr 0 works iff CPUID advertises it"
s_wb:		.asciz "writing back the value read works iff advertised"
s_ro:		.asciz "read-only, wrmsr #GP"
s_store:	.asciz "keeps a written value (absent: the write #GP)"
s_bad:		.asciz "a reserved value #GP"
s_apicbase:	.asciz "0x1b IA32_APIC_BASE"
s_apicbase_rule: .asciz "readable, enable bit 11 equals CPUID.1:EDX.APIC"
s_misc:		.asciz "0x1a0 IA32_MISC_ENABLE"
s_misc_rule:	.asciz "readable, bit 18 equals CPUID.1:ECX.MONITOR, bit 22 clear"
s_pmc0:		.asciz "0xc1 IA32_PMC0 and 0x186 IA32_PERFEVTSEL0"
s_pmu_rule:	.asciz "readable iff CPUID.0xA version and counters > 0"
s_evtsel0:	.asciz "0x186 IA32_PERFEVTSEL0"
s_globalctl:	.asciz "0x38f IA32_PERF_GLOBAL_CTRL"
s_pmu2_rule:	.asciz "readable iff CPUID.0xA version >= 2"
s_mc0:		.asciz "0x400 IA32_MC0_CTL"
s_mc0_rule:	.asciz "readable iff IA32_MCG_CAP.Count > 0"
s_mcgctl:	.asciz "0x17b IA32_MCG_CTL"
s_mcgctl_rule:	.asciz "readable iff IA32_MCG_CAP.MCG_CTL_P"
s_tscadj:	.asciz "0x3b IA32_TSC_ADJUST"
s_tscadj_rule:	.asciz "adding 2^40 moves the TSC by 2^40 (absent: the write #GP)"
s_x2apic_rule:	.asciz "#GP while IA32_APIC_BASE.EXTD is 0"
s_osxsave:	.asciz "CPUID.1:ECX.OSXSAVE"
s_osxsave_rule:	.asciz "follows CR4.OSXSAVE (no XSAVE: setting CR4.OSXSAVE #GP)"
s_ospke:	.asciz "CPUID.7:ECX.OSPKE"
s_ospke_rule:	.asciz "follows CR4.PKE (no PKU: setting CR4.PKE #GP)"
s_entry:	.asciz "tg_msr: at entry STAR LSTAR CSTAR FMASK KERNEL_GS_BASE TSC_AUX ="
s_gp:		.asciz "#GP"
s_syscall:	.asciz "CPUID.80000001:EDX.SYSCALL"
s_syscall_rule:	.asciz "0 outside 64-bit mode (Intel)"
s_x2_id:	.asciz "0x802 x2APIC ID"
s_x2_tpr:	.asciz "0x808 x2APIC TPR"
s_x2_icr:	.asciz "0x830 x2APIC ICR"

	.balign 4
zero_msrs:
	.long 0xc0000081, 0xc0000082, 0xc0000083, 0xc0000084, 0xc0000102, 0xc0000103, 0
x2apic_msrs:
	.long 0x802, s_x2_id
	.long 0x808, s_x2_tpr
	.long 0x830, s_x2_icr
	.long 0, 0

	.section .data
	.balign 4
max_basic:	.long 0
max_ext:	.long 0
regs:		.long 0, 0, 0, 0
saved_lo:	.long 0
saved_hi:	.long 0
pmu_eax:	.long 0
mcg_cap:	.long 0
tsc_hi:		.long 0

/*
 * The rows: SDM vol. 4 (MSR numbers) and vol. 2A CPUID (feature bits).
 * Values stored are valid for the MSR (canonical addresses, memory types
 * 6 = WB, MTRR mask valid bit 11).
 */
	.balign 4
msr_rows:
	ROW 0x10, 1, 0, R_EDX, 1 << 4, 0, 0, 0, "0x10 IA32_TSC"
	ROW 0x3a, 1, 0, R_ECX, 3 << 5, 0, 0, 0, "0x3a IA32_FEATURE_CONTROL (VMX or SMX)"
	ROW 0x48, 7, 0, R_EDX, (1 << 26) | (1 << 27) | (1 << 31), F_WB, 0, 0, "0x48 IA32_SPEC_CTRL"
	ROW 0x49, 7, 0, R_EDX, 1 << 26, F_WO, 0, 0, "0x49 IA32_PRED_CMD"
	ROW 0x10a, 7, 0, R_EDX, 1 << 29, F_RO, 0, 0, "0x10a IA32_ARCH_CAPABILITIES"
	ROW 0xce, 0, 0, NEVER, 0, 0, 0, 0, "0xce MSR_PLATFORM_INFO (model-specific)"
	ROW 0xe7, 6, 0, R_ECX, 1, 0, 0, 0, "0xe7 IA32_MPERF"
	ROW 0xfe, 1, 0, R_EDX, 1 << 12, F_RO, 0, 0, "0xfe IA32_MTRRCAP"
	ROW 0x174, 1, 0, R_EDX, 1 << 11, F_WB | F_STORE, 0x10, 0, "0x174 IA32_SYSENTER_CS"
	ROW 0x175, 1, 0, R_EDX, 1 << 11, F_STORE, 0x12345670, 0, "0x175 IA32_SYSENTER_ESP"
	ROW 0x176, 1, 0, R_EDX, 1 << 11, F_STORE, 0x12345678, 0, "0x176 IA32_SYSENTER_EIP"
	ROW 0x179, 1, 0, R_EDX, 1 << 14, F_RO, 0, 0, "0x179 IA32_MCG_CAP"
	ROW 0x17a, 1, 0, R_EDX, 1 << 14, F_WB, 0, 0, "0x17a IA32_MCG_STATUS"
	ROW 0x198, 1, 0, R_ECX, 1 << 7, 0, 0, 0, "0x198 IA32_PERF_STATUS (EIST)"
	ROW 0x1b0, 6, 0, R_ECX, 1 << 3, 0, 0, 0, "0x1b0 IA32_ENERGY_PERF_BIAS"
	ROW 0x19c, 1, 0, R_EDX, 1 << 22, 0, 0, 0, "0x19c IA32_THERM_STATUS (ACPI)"
	ROW 0x200, 1, 0, R_EDX, 1 << 12, F_STORE | F_BAD, 0x00100006, 0x00100002, "0x200 IA32_MTRR_PHYSBASE0"
	ROW 0x201, 1, 0, R_EDX, 1 << 12, F_STORE, 0xfff00800, 0, "0x201 IA32_MTRR_PHYSMASK0"
	ROW 0x250, 1, 0, R_EDX, 1 << 12, F_STORE | F_BAD, 0x06060606, 0x06060602, "0x250 IA32_MTRR_FIX64K_00000"
	ROW 0x268, 1, 0, R_EDX, 1 << 12, F_STORE, 0x05050505, 0, "0x268 IA32_MTRR_FIX4K_C0000"
	ROW 0x277, 1, 0, R_EDX, 1 << 16, F_STORE | F_BAD, 0x00070106, 0x00070102, "0x277 IA32_PAT"
	ROW 0x2ff, 1, 0, R_EDX, 1 << 12, F_WB | F_BAD, 0, 0x00001006, "0x2ff IA32_MTRR_DEF_TYPE"
	ROW 0x345, 1, 0, R_ECX, 1 << 15, F_RO, 0, 0, "0x345 IA32_PERF_CAPABILITIES (PDCM)"
	ROW 0x600, 1, 0, R_EDX, 1 << 21, F_STORE, 0x00200000, 0, "0x600 IA32_DS_AREA"
	ROW 0x6e0, 1, 0, R_ECX, 1 << 24, 0, 0, 0, "0x6e0 IA32_TSC_DEADLINE"
	ROW 0xd90, 7, 0, R_EBX, 1 << 14, 0, 0, 0, "0xd90 IA32_BNDCFGS (MPX)"
	ROW 0xda0, 0xd, 1, R_EAX, 1 << 3, F_WB, 0, 0, "0xda0 IA32_XSS (XSAVES)"
	ROW 0x6a2, 7, 0, R_ECX, 1 << 7, 0, 0, 0, "0x6a2 IA32_S_CET (CET)"
	ROW 0x8b, 0, 0, ALWAYS, 0, F_WB, 0, 0, "0x8b IA32_BIOS_SIGN_ID"
	ROW 0x2345, 0, 0, NEVER, 0, 0, 0, 0, "0x2345 (no such MSR)"
	ROW 0xc0000080, 0x80000001, 0, R_EDX, (1 << 29) | (1 << 20) | (1 << 11), F_WB | F_BAD, 0, 0x2, "0xc0000080 IA32_EFER"
	ROW 0xc0000081, 0x80000001, 0, R_EDX, (1 << 11) | (1 << 29), F_STORE, 0x00230010, 0, "0xc0000081 IA32_STAR"
	ROW 0xc0000082, 0x80000001, 0, R_EDX, 1 << 29, F_STORE, 0x00123450, 0, "0xc0000082 IA32_LSTAR"
	ROW 0xc0000083, 0x80000001, 0, R_EDX, 1 << 29, F_STORE, 0x00123460, 0, "0xc0000083 IA32_CSTAR"
	ROW 0xc0000084, 0x80000001, 0, R_EDX, 1 << 29, F_STORE, 0x00000700, 0, "0xc0000084 IA32_FMASK"
	ROW 0xc0000100, 0x80000001, 0, R_EDX, 1 << 29, F_STORE, 0x00345000, 0, "0xc0000100 IA32_FS_BASE"
	ROW 0xc0000101, 0x80000001, 0, R_EDX, 1 << 29, F_STORE, 0x00346000, 0, "0xc0000101 IA32_GS_BASE"
	ROW 0xc0000102, 0x80000001, 0, R_EDX, 1 << 29, F_STORE, 0x00347000, 0, "0xc0000102 IA32_KERNEL_GS_BASE"
	ROW 0xc0000103, 0x80000001, 0, R_EDX, 1 << 27, F_STORE, 0x00000005, 0, "0xc0000103 IA32_TSC_AUX"
msr_rows_end:
