/*
 * tg_lapic.S - the local APIC as a guest sees it, one ok/not ok line per
 * check: CPUID and IA32_APIC_BASE, ID and version, TPR/PPR, self-IPIs and
 * their order, ISR and EOI, ESR, the timer in one-shot, periodic and
 * TSC-deadline modes (each waited for with sti;hlt), a masked timer, and the
 * software disable, and x2APIC mode through MSRs.  It must print the same lines bare in Bochs and under
 * the hypervisor (tests/suites/61-hv-lapic.sh compares them), so it prints
 * no value that depends on timing or on how fast the host runs.
 *
 * Register accesses use the MOV forms a compiler emits (a1/a3 moffs, 8b/89
 * with disp32 and base+disp32, c7 with an immediate): under the hypervisor
 * each is one decoded EPT violation.
 */
#include "tg_common.inc"

#define APIC	0xfee00000
#define ID	(APIC + 0x020)
#define VER	(APIC + 0x030)
#define TPR	(APIC + 0x080)
#define PPR	(APIC + 0x0a0)
#define EOI	(APIC + 0x0b0)
#define SVR	(APIC + 0x0f0)
#define ISR	(APIC + 0x100)
#define IRR	(APIC + 0x200)
#define ESR	(APIC + 0x280)
#define ICRLO	(APIC + 0x300)
#define ICRHI	(APIC + 0x310)
#define LVTT	(APIC + 0x320)
#define LINT0	(APIC + 0x350)
#define TMICT	(APIC + 0x380)
#define TMCCT	(APIC + 0x390)
#define TDCR	(APIC + 0x3e0)
#define SELF	0x00040000	/* ICR destination shorthand: self */

	/* WAIT counter, n: sleep with sti;hlt until counter >= n (no lost wake-up) */
	.macro WAIT counter, n
1:	cli
	cmpl	$\n, \counter
	jae	2f
	sti
	hlt
	jmp	1b
2:
	.endm

	.text
	.globl tg_main
tg_main:
	movb	$0xff, %al		/* 8259s masked: only the local APIC interrupts us */
	outb	%al, $0x21
	outb	%al, $0xa1
	.irp v,0x50,0x51,0x55,0x60,0x61,0x62,0x63,0x91,0xff
	movl	$isr_\v, %eax
	movl	$\v, %ecx
	call	set_gate
	.endr
	.irp v,0x52,0x53
	movl	$isr_x2_\v, %eax
	movl	$\v, %ecx
	call	set_gate
	.endr

	/* command line "bad-access": an access the hypervisor does not decode (suite 61) */
	movl	$s_bad, %edi
	movl	$s_bad_len, %ecx
	call	tg_cmdline_is
	jne	0f
	addl	$0x10, TPR		/* read-modify-write: not a MOV */
	movl	$s_bad_done, %esi
	call	tg_puts
0:	/* "hc-halt" (hypervisor only): AB_HC_HALT waits for the APIC timer too */
	movl	$s_hchalt, %edi
	movl	$s_hchalt_len, %ecx
	call	tg_cmdline_is
	jne	0f
	cli
	movl	$0xb, TDCR
	movl	$0x60, LVTT
	movl	$100000, TMICT		/* one-shot: the only timer armed */
	movl	$AB_HC_HALT, %eax
	vmcall
	movl	%eax, %ebx		/* 0, and 0x60 pending in IRR */
	movl	IRR + 0x30, %eax	/* vectors 0x60-0x7f: bit 0 is 0x60 */
	andl	$1, %eax
	xorl	$1, %eax
	orl	%ebx, %eax
	CHECK z, s_hchalt_ok
	sti				/* take it */
	nop
	cli
	jmp	tg_verdict
0:	/* "ticks=pit|lapic|deadline": the timer-path measurement (bench, README) */
	.irp m,pit,lapic,deadline,x2apic
	movl	$s_ticks_\m, %edi
	movl	$s_ticks_\m\()_len, %ecx
	call	tg_cmdline_is
	je	ticks_\m
	.endr

	/* 1. what CPUID and IA32_APIC_BASE say */
	movl	$1, %eax
	cpuid
	btl	$9, %edx
	CHECK c, s_cpuid_apic
	movl	$1, %eax
	cpuid
	btl	$24, %ecx
	CHECK c, s_cpuid_dl
	movl	$1, %eax
	cpuid
	btl	$21, %ecx
	CHECK c, s_cpuid_x2
	movl	$0x1b, %ecx
	rdmsr
	cmpl	$0xfee00900, %eax
	CHECK e, s_base

	/* 2. ID and version */
	movl	ID, %eax
	cmpl	$0, %eax
	CHECK e, s_id
	movl	VER, %eax
	cmpl	$0x00050014, %eax
	CHECK e, s_ver

	/* 3. software enable, spurious vector 0xff */
	movl	$0x1ff, SVR
	movl	SVR, %eax
	andl	$0x1ff, %eax
	cmpl	$0x1ff, %eax
	CHECK e, s_svr

	/* 4. TPR and PPR */
	movl	$0x20, %eax
	movl	%eax, TPR
	movl	TPR, %eax
	movl	PPR, %ebx
	cmpl	$0x20, %eax
	jne	4f
	cmpl	$0x20, %ebx
4:	CHECK e, s_tpr
	movl	$0, TPR
	movl	PPR, %eax
	cmpl	$0, %eax
	CHECK e, s_ppr0

	/* 5. self-IPI with IF=0 waits in IRR; sti delivers it; ISR/PPR in the handler; EOI */
	cli
	movl	$SELF | 0x50, ICRLO
	movl	IRR + 0x20, %eax	/* vectors 0x40-0x5f */
	btl	$16, %eax
	CHECK c, s_irr
	movl	$0, last_isr
	movl	$0, last_ppr
	WAIT count+0x50*4, 1
	cmpl	$1, count + 0x50 * 4
	CHECK e, s_ipi
	movl	last_isr, %eax
	btl	$16, %eax
	CHECK c, s_isr
	cmpl	$0x50, last_ppr
	CHECK e, s_ppr_isr
	movl	ISR + 0x20, %eax
	movl	PPR, %ebx
	orl	%ebx, %eax
	CHECK z, s_eoi
	movl	$0, EOI			/* nothing in service: harmless */
	xorl	%eax, %eax
	movl	$ISR, %ebx
5:	movl	(%ebx), %ecx		/* a MOV: the hypervisor decodes only those */
	orl	%ecx, %eax
	addl	$0x10, %ebx
	cmpl	$ISR + 0x80, %ebx
	jb	5b
	testl	%eax, %eax
	CHECK z, s_eoi_empty

	/* 6. TPR holds a vector of its class; lowering it releases the vector */
	movl	$0x60, %eax
	movl	%eax, TPR
	movl	$SELF | 0x55, ICRLO
	sti
	nop
	nop
	cli
	cmpl	$0, count + 0x55 * 4
	CHECK e, s_tpr_hold
	movl	$0, TPR
	sti
	nop
	nop
	cli
	cmpl	$1, count + 0x55 * 4
	CHECK e, s_tpr_release

	/* 7. two pending: the higher vector first */
	movl	$0, log_n
	movl	$SELF | 0x51, ICRLO
	movl	$SELF | 0x91, ICRLO
	WAIT count+0x51*4, 1
	cmpl	$2, log_n
	jne	7f
	cmpb	$0x91, log
	jne	7f
	cmpb	$0x51, log + 1
7:	CHECK e, s_order

	/* 8. ESR: an illegal vector is an error; write, then read; the write clears */
	movl	$0, ESR
	movl	$SELF | 0x03, ICRLO
	movl	$0, ESR
	movl	ESR, %eax
	testl	$0x60, %eax		/* send or receive illegal vector */
	CHECK nz, s_esr
	movl	$0, ESR
	movl	ESR, %eax
	testl	%eax, %eax
	CHECK z, s_esr_clear

	/* 9. one-shot: the count runs down, fires once under hlt, reads 0 after */
	movl	$0xb, TDCR		/* divide by 1 */
	movl	$0x60, LVTT		/* one-shot, vector 0x60 */
	movl	$200000, TMICT
	movl	TMCCT, %eax
	movl	$100, %ecx
9:	loop	9b
	movl	TMCCT, %ebx
	xorl	%ecx, %ecx		/* 1 = good */
	cmpl	$200000, %eax
	ja	91f
	cmpl	%eax, %ebx
	jae	91f
	testl	%ebx, %ebx
	jz	91f
	incl	%ecx
91:	testl	%ecx, %ecx
	CHECK nz, s_count
	WAIT count+0x60*4, 1
	movl	TMCCT, %eax
	cmpl	$0, %eax
	CHECK e, s_oneshot

	/* 10. periodic: three interrupts under hlt, stopped by initial count 0 */
	movl	$0x20061, LVTT
	movl	$100000, TMICT
	WAIT count+0x61*4, 3
	movl	$0, TMICT
	cmpl	$3, count + 0x61 * 4
	CHECK e, s_periodic
	cmpl	$1, count + 0x60 * 4
	CHECK e, s_oneshot_once

	/* 11. TSC deadline: the MSR reads back, fires under hlt, reads 0 after */
	movl	$0x40062, LVTT
	rdtsc
	addl	$200000, %eax
	adcl	$0, %edx
	movl	%eax, dl_lo
	movl	%edx, dl_hi
	movl	$0x6e0, %ecx
	wrmsr
	rdmsr
	cmpl	dl_lo, %eax
	jne	11f
	cmpl	dl_hi, %edx
11:	CHECK e, s_dl_msr
	WAIT count+0x62*4, 1
	cmpl	$1, count + 0x62 * 4
	CHECK e, s_dl_fire
	/*
	 * Once fired it stays quiet (a while past the deadline).  The SDM also
	 * has the MSR read 0 after firing (the model does); Bochs 2.7 keeps
	 * the old value, so that is not checked here (unit-tested instead).
	 */
	addl	$200000, dl_lo
	adcl	$0, dl_hi
111:	rdtsc
	cmpl	dl_hi, %edx
	jb	111b
	ja	112f
	cmpl	dl_lo, %eax
	jb	111b
112:	cmpl	$1, count + 0x62 * 4
	CHECK e, s_dl_clear

	/* 12. a masked one-shot runs out without an interrupt */
	movl	$0x10063, LVTT
	movl	$20000, TMICT
12:	movl	TMCCT, %eax
	testl	%eax, %eax
	jnz	12b
	movl	IRR + 0x30, %eax	/* vectors 0x60-0x7f: bit 3 is 0x63 */
	andl	$8, %eax
	orl	count + 0x63 * 4, %eax
	CHECK z, s_masked

	/* 13. software disable sets every LVT mask; re-enable */
	movl	$0x63, LVTT
	movl	$0xff, SVR
	movl	LVTT, %eax
	movl	LINT0, %ebx
	andl	%ebx, %eax
	btl	$16, %eax
	CHECK c, s_swdis
	movl	$0x1ff, SVR

	/* 13b. CR8 is TPR[7:4]: a 64-bit excursion (IF=0, nothing may fault there) */
	call	cr8_check
	cmpl	$0x30, cr8_tpr		/* mov $3 to cr8: TPR 0x30 */
	jne	131f
	cmpl	$5, cr8_read		/* TPR 0x50 written: cr8 reads 5 */
131:	CHECK e, s_cr8

	/* 14. x2APIC: the registers as MSRs 0x800-0x8ff */
	movl	$0x1b, %ecx
	movl	$0xfee00d00, %eax	/* EN | EXTD | BSP */
	xorl	%edx, %edx
	wrmsr
	rdmsr
	cmpl	$0xfee00d00, %eax
	CHECK e, s_x2_on
	movl	$0x802, %ecx		/* (LDR: the SDM derives 1 from ID 0, Bochs 2.7 reads 0) */
	rdmsr
	cmpl	$0, %eax
	CHECK e, s_x2_id
	movl	$0x803, %ecx
	rdmsr
	cmpl	$0x00050014, %eax
	CHECK e, s_x2_ver
	movl	$0x808, %ecx		/* TPR 0x20 -> PPR 0x20 */
	movl	$0x20, %eax
	xorl	%edx, %edx
	wrmsr
	movl	$0x80a, %ecx
	rdmsr
	movl	%eax, %ebx
	movl	$0x808, %ecx
	xorl	%eax, %eax
	wrmsr
	cmpl	$0x20, %ebx
	CHECK e, s_x2_tpr
	cli				/* SELF IPI 0x52: waits in IRR (0x822 bit 18), sti delivers */
	movl	$0x83f, %ecx
	movl	$0x52, %eax
	xorl	%edx, %edx
	wrmsr
	movl	$0x822, %ecx
	rdmsr
	btl	$18, %eax
	CHECK c, s_x2_irr
	WAIT count+0x52*4, 1
	movl	$0x812, %ecx		/* ISR word 2 clear after the handler's EOI */
	rdmsr
	testl	%eax, %eax
	jnz	141f
	cmpl	$1, count + 0x52 * 4
141:	CHECK e, s_x2_ipi
	movl	$0, tg_last_vec		/* EOI with a non-zero value: #GP */
	movl	$142f, tg_recover
	movl	$0x80b, %ecx
	movl	$1, %eax
	xorl	%edx, %edx
	wrmsr
142:	movl	$0, tg_recover
	cmpl	$13, tg_last_vec
	CHECK e, s_x2_eoi_gp
	movl	$0x83e, %ecx		/* timer: divide 1, one-shot 0x53 */
	movl	$0xb, %eax
	xorl	%edx, %edx
	wrmsr
	movl	$0x832, %ecx
	movl	$0x53, %eax
	wrmsr
	movl	$0x838, %ecx
	movl	$100000, %eax
	wrmsr
	WAIT count+0x53*4, 1
	movl	$0x839, %ecx
	rdmsr
	orl	%edx, %eax
	jnz	143f
	cmpl	$1, count + 0x53 * 4
143:	CHECK e, s_x2_timer
	movl	$0, tg_last_vec		/* x2APIC -> xAPIC directly: #GP */
	movl	$144f, tg_recover
	movl	$0x1b, %ecx
	movl	$0xfee00900, %eax
	xorl	%edx, %edx
	wrmsr
144:	movl	$0, tg_recover
	cmpl	$13, tg_last_vec
	CHECK e, s_x2_back_gp
	/*
	 * Globally disabled: IA32_APIC_BASE says so and CPUID.1:EDX.APIC
	 * clears.  (Enabling it again is valid by the SDM and the model;
	 * Bochs 2.7 ignores it, so the guest ends here with no APIC.)
	 */
	movl	$0x1b, %ecx
	movl	$0xfee00100, %eax
	xorl	%edx, %edx
	wrmsr
	rdmsr
	cmpl	$0xfee00100, %eax
	CHECK e, s_x2_off
	movl	$1, %eax
	cpuid
	btl	$9, %edx
	CHECK nc, s_off_cpuid

	cmpl	$0, count + 0xff * 4
	CHECK e, s_spurious
	jmp	tg_verdict

/*
 * Into IA-32e mode (PAE paging: the first 4 MiB and the APIC's 2 MiB page
 * identity mapped, the APIC page uncached), a 64-bit code segment, CR8
 * against the TPR through MMIO, and back to 32-bit protected mode.
 */
cr8_check:
	lgdt	cr8_gdtr
	movl	$cr8_pdpt + 3, cr8_pml4
	movl	$cr8_pd0 + 3, cr8_pdpt
	movl	$cr8_pd3 + 3, cr8_pdpt + 3 * 8
	movl	$0x83, cr8_pd0			/* 0-2 MiB */
	movl	$0x200083, cr8_pd0 + 8		/* 2-4 MiB */
	movl	$APIC | 0x93, cr8_pd3 + 0x1f7 * 8	/* 0xfee00000: PCD */
	movl	%cr4, %eax
	orl	$0x20, %eax			/* PAE */
	movl	%eax, %cr4
	movl	$cr8_pml4, %eax
	movl	%eax, %cr3
	movl	$0xc0000080, %ecx
	rdmsr
	orl	$0x100, %eax			/* LME */
	wrmsr
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0			/* IA-32e, compatibility mode */
	ljmp	$0x18, $1f
	.code64
1:	movl	$3, %eax
	movq	%rax, %cr8
	movl	$TPR, %ebx
	movl	(%rbx), %eax			/* 8b 03 in 64-bit mode */
	movl	%eax, cr8_tpr(%rip)
	movl	$0x50, (%rbx)			/* c7 03 imm32 */
	movq	%cr8, %rax
	movl	%eax, cr8_read(%rip)
	xorl	%eax, %eax
	movq	%rax, %cr8
	pushq	$0x08				/* back to the 32-bit code segment */
	leaq	2f(%rip), %rax
	pushq	%rax
	lretq
	.code32
2:	movl	%cr0, %eax
	andl	$0x7fffffff, %eax
	movl	%eax, %cr0			/* paging off: IA-32e mode off */
	movl	$0xc0000080, %ecx
	rdmsr
	andl	$~0x100, %eax
	wrmsr
	movl	%cr4, %eax
	andl	$~0x20, %eax
	movl	%eax, %cr4
	ret

/*
 * Timer-path measurement: TICKS interrupts at 1 kHz under sti;hlt, each
 * EOI'd (and, for the TSC deadline, re-armed) in its handler, which times
 * those instructions with rdtsc (in Bochs the TSC counts instructions, the
 * hypervisor's too): one line with the mean costs, then the verdict.
 */
#define TICKS	200
#define PERIOD	10000			/* TSC ticks (= APIC counts at divide 1): 1 ms at 10 M */
ticks_pit:
	movl	$tick_pit, %eax
	movl	$0x20, %ecx
	call	set_gate
	call	tg_pit_1khz		/* 8259: vectors 0x20.., only IRQ0; PIT ~1 kHz */
	movl	$s_m_pit, mode_name
	jmp	ticks_wait
ticks_lapic:
	movl	$tick_lapic, %eax
	movl	$0x64, %ecx
	call	set_gate
	movl	$0xb, TDCR
	movl	$0x20064, LVTT		/* periodic */
	movl	$PERIOD, TMICT
	movl	$s_m_lapic, mode_name
	jmp	ticks_wait
ticks_deadline:
	movl	$tick_dl, %eax
	movl	$0x65, %ecx
	call	set_gate
	movl	$0x40065, LVTT
	rdtsc
	addl	$PERIOD, %eax
	adcl	$0, %edx
	movl	$0x6e0, %ecx
	wrmsr
	movl	$s_m_deadline, mode_name
	jmp	ticks_wait
ticks_x2apic:
	movl	$tick_x2, %eax
	movl	$0x66, %ecx
	call	set_gate
	movl	$0x1b, %ecx
	movl	$0xfee00d00, %eax
	xorl	%edx, %edx
	wrmsr
	movl	$0x83e, %ecx		/* divide 1, periodic 0x66, 1 ms */
	movl	$0xb, %eax
	wrmsr
	movl	$0x832, %ecx
	movl	$0x20066, %eax
	wrmsr
	movl	$0x838, %ecx
	movl	$PERIOD, %eax
	wrmsr
	movl	$s_m_x2apic, mode_name
ticks_wait:
	WAIT nticks, TICKS
	movb	$0xff, %al		/* everything off again */
	outb	%al, $0x21
	movl	$0x1b, %ecx
	rdmsr
	btl	$10, %eax
	jnc	1f
	movl	$0x838, %ecx		/* x2APIC: stop by MSR */
	xorl	%eax, %eax
	xorl	%edx, %edx
	wrmsr
	jmp	2f
1:	movl	$0x10000, LVTT
	movl	$0, TMICT
2:
	movl	mode_name, %esi
	call	tg_puts
	movl	$s_m_eoi, %esi
	call	tg_puts
	movl	eoi_sum, %eax
	xorl	%edx, %edx
	movl	$TICKS, %ecx
	divl	%ecx
	call	tg_num
	movl	$s_m_arm, %esi
	call	tg_puts
	movl	arm_sum, %eax
	xorl	%edx, %edx
	movl	$TICKS, %ecx
	divl	%ecx
	call	tg_num
	movb	$'\n', %al
	call	tg_putc
	jmp	tg_verdict

	.macro TIMED insn:vararg	/* \insn with its rdtsc cost added to eoi_sum (%ebx, %esi free) */
	rdtsc
	movl	%eax, %esi
	\insn
	rdtsc
	subl	%esi, %eax
	addl	%eax, eoi_sum
	.endm
tick_pit:
	pusha
	rdtsc
	movl	%eax, %esi
	movb	$0x20, %al
	outb	%al, $0x20
	rdtsc
	subl	%esi, %eax
	addl	%eax, eoi_sum
	incl	nticks
	popa
	iret
tick_lapic:
	pusha
	TIMED	movl $0, EOI
	incl	nticks
	popa
	iret
tick_x2:
	pusha
	rdtsc
	movl	%eax, %esi
	movl	$0x80b, %ecx		/* EOI: wrmsr of 0 */
	xorl	%eax, %eax
	xorl	%edx, %edx
	wrmsr
	rdtsc
	subl	%esi, %eax
	addl	%eax, eoi_sum
	incl	nticks
	popa
	iret
tick_dl:
	pusha
	TIMED	movl $0, EOI
	rdtsc				/* next deadline one period on, and what arming costs */
	movl	%eax, %esi
	addl	$PERIOD, %eax
	adcl	$0, %edx
	movl	$0x6e0, %ecx
	wrmsr
	rdtsc
	subl	%esi, %eax
	addl	%eax, arm_sum
	incl	nticks
	popa
	iret

/* %eax = handler, %ecx = vector: 32-bit interrupt gate */
set_gate:
	movw	%ax, tg_idt(,%ecx,8)
	movw	$0x08, tg_idt+2(,%ecx,8)
	movw	$0x8e00, tg_idt+4(,%ecx,8)
	shrl	$16, %eax
	movw	%ax, tg_idt+6(,%ecx,8)
	ret

	.irp v,0x50,0x51,0x55,0x60,0x61,0x62,0x63,0x91,0xff
isr_\v:	pushl	$\v
	jmp	isr_common
	.endr

/* x2APIC mode: count, EOI by MSR */
	.irp v,0x52,0x53
isr_x2_\v:
	incl	count + \v * 4
	pusha
	movl	$0x80b, %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	wrmsr
	popa
	iret
	.endr

/* count and log the vector, keep ISR[vector/32] and PPR as seen here, EOI */
isr_common:
	pushl	%eax
	pushl	%ebx
	movl	8(%esp), %eax
	incl	count(,%eax,4)
	movl	log_n, %ebx
	movb	%al, log(%ebx)
	incl	log_n
	cmpl	$0xff, %eax		/* spurious: no EOI (SDM 3A 10.9) */
	je	1f
	movl	PPR, %ebx
	movl	%ebx, last_ppr
	movl	%eax, %ebx
	shrl	$5, %ebx
	shll	$4, %ebx
	movl	ISR(%ebx), %ebx
	movl	%ebx, last_isr
	movl	$0, EOI
1:	popl	%ebx
	popl	%eax
	addl	$4, %esp
	iret

	.section .rodata
s_bad:		.ascii "bad-access"
		.set s_bad_len, . - s_bad
s_bad_done:	.asciz "tg_lapic: add to the TPR went through\n"
s_hchalt:	.ascii "hc-halt"
		.set s_hchalt_len, . - s_hchalt
s_hchalt_ok:	.asciz "AB_HC_HALT with only the APIC timer armed returns 0 once it fired"
s_ticks_pit:	.ascii "ticks=pit"
		.set s_ticks_pit_len, . - s_ticks_pit
s_ticks_lapic:	.ascii "ticks=lapic"
		.set s_ticks_lapic_len, . - s_ticks_lapic
s_ticks_deadline: .ascii "ticks=deadline"
		.set s_ticks_deadline_len, . - s_ticks_deadline
s_m_pit:	.asciz "tg_lapic: 200 ticks, pit+8259"
s_m_lapic:	.asciz "tg_lapic: 200 ticks, lapic periodic"
s_m_deadline:	.asciz "tg_lapic: 200 ticks, lapic tsc-deadline"
s_ticks_x2apic:	.ascii "ticks=x2apic"
		.set s_ticks_x2apic_len, . - s_ticks_x2apic
s_m_x2apic:	.asciz "tg_lapic: 200 ticks, x2apic periodic"
s_m_eoi:	.asciz ": eoi tsc mean "
s_m_arm:	.asciz ", re-arm tsc mean "
s_cr8:		.asciz "64-bit mode: cr8 writes tpr[7:4], reads it back"
s_cpuid_apic:	.asciz "cpuid.1:edx.apic set"
s_cpuid_dl:	.asciz "cpuid.1:ecx.tsc-deadline set"
s_cpuid_x2:	.asciz "cpuid.1:ecx.x2apic set"
s_x2_on:	.asciz "x2apic: ia32_apic_base 0xfee00d00 (extd, enabled)"
s_x2_id:	.asciz "x2apic: id msr 0x802 = 0"
s_x2_ver:	.asciz "x2apic: version msr 0x803"
s_x2_tpr:	.asciz "x2apic: tpr msr 0x808 0x20, ppr msr 0x80a follows"
s_x2_irr:	.asciz "x2apic: self ipi msr 0x83f with IF=0 waits in irr"
s_x2_ipi:	.asciz "x2apic: self ipi delivered once, eoi msr 0x80b clears isr"
s_x2_eoi_gp:	.asciz "x2apic: eoi msr with a non-zero value raises #GP"
s_x2_timer:	.asciz "x2apic: one-shot timer by msrs fires under hlt"
s_x2_back_gp:	.asciz "x2apic: straight back to xapic raises #GP"
s_x2_off:	.asciz "apic globally disabled: ia32_apic_base 0xfee00100"
s_off_cpuid:	.asciz "apic globally disabled: cpuid.1:edx.apic clear"
s_base:		.asciz "ia32_apic_base = 0xfee00900 (bsp, enabled)"
s_id:		.asciz "apic id 0"
s_ver:		.asciz "version 0x00050014 (version 0x14, max lvt 5)"
s_svr:		.asciz "svr: software enable, spurious vector 0xff"
s_tpr:		.asciz "tpr 0x20 reads back, ppr follows it"
s_ppr0:		.asciz "tpr 0: ppr 0"
s_irr:		.asciz "self-ipi 0x50 with IF=0 waits in irr"
s_ipi:		.asciz "self-ipi 0x50 delivered once after sti"
s_isr:		.asciz "isr bit of 0x50 set in its handler"
s_ppr_isr:	.asciz "ppr 0x50 in the handler (isr class)"
s_eoi:		.asciz "eoi cleared isr, ppr back to 0"
s_eoi_empty:	.asciz "eoi with nothing in service is harmless"
s_tpr_hold:	.asciz "tpr 0x60 holds vector 0x55"
s_tpr_release:	.asciz "tpr 0 releases vector 0x55"
s_order:	.asciz "pending 0x51 and 0x91: 0x91 first"
s_esr:		.asciz "esr: illegal vector 3 reported after write-then-read"
s_esr_clear:	.asciz "esr: the next write clears it"
s_count:	.asciz "one-shot current count runs down from the initial count"
s_oneshot:	.asciz "one-shot fired under hlt, current count 0 after"
s_periodic:	.asciz "periodic: three interrupts under hlt"
s_oneshot_once:	.asciz "one-shot fired exactly once"
s_dl_msr:	.asciz "tsc-deadline msr 0x6e0 reads back"
s_dl_fire:	.asciz "tsc-deadline fired under hlt"
s_dl_clear:	.asciz "tsc-deadline fires once"
s_masked:	.asciz "masked one-shot runs out without an interrupt"
s_swdis:	.asciz "software disable masks lvt timer and lint0"
s_spurious:	.asciz "no spurious interrupt"

	.data
	.balign 4
last_isr:	.long 0
last_ppr:	.long 0
log_n:		.long 0
dl_lo:		.long 0
dl_hi:		.long 0
nticks:		.long 0
eoi_sum:	.long 0
arm_sum:	.long 0
mode_name:	.long 0
cr8_tpr:	.long 0
cr8_read:	.long 0
	TG_GDT64 cr8_gdt, cr8_gdtr

	.bss
	.balign 4096
cr8_pml4:	.skip 4096
cr8_pdpt:	.skip 4096
cr8_pd0:	.skip 4096
cr8_pd3:	.skip 4096
	.balign 4
count:		.skip 256 * 4
log:		.skip 256
