/*
 * tg_pv.S - a paravirtual test guest: uses the hypervisor side of the
 * hypercall ABI the way the wedge's hypercall back end will (shared page,
 * virtual IF, parked interrupts, batched port writes and console, timer,
 * halt, statistics) and ends with AB_HC_EXIT instead of the exit ports.
 */
#include "tg_common.inc"

#define TVEC	0x40
#define SP(off)	(shared + (off))

	.text
	.globl tg_main
tg_main:
	movl	$1, tg_exit_by_hcall
	/* gate for the hypercall timer's vector */
	movl	$tick_isr, %eax
	movw	%ax, tg_idt+TVEC*8
	movw	$0x08, tg_idt+TVEC*8+2
	movw	$0x8e00, tg_idt+TVEC*8+4
	shrl	$16, %eax
	movw	%ax, tg_idt+TVEC*8+6

	/* 1. register the shared page, virtual IF off */
	movl	$AB_HV_ABI_VERSION, SP(AB_SHARED_OFF_ABI_VERSION)
	movl	$0, SP(AB_SHARED_OFF_VIF)
	movl	$AB_HC_SHARED_PAGE, %eax
	movl	$shared, %edi
	vmcall
	testl	%eax, %eax
	CHECK z, s_reg

	/* 2. one flush: a batched port write (UART scratch) plus buffered console text */
	movl	$AB_BATCH_OUT, SP(AB_SHARED_OFF_BATCH + AB_BATCH_OFF_KIND)
	movl	$1, SP(AB_SHARED_OFF_BATCH + AB_BATCH_OFF_SIZE)
	movl	$0x3ff, SP(AB_SHARED_OFF_BATCH + AB_BATCH_OFF_ADDR)
	movl	$0x5a, SP(AB_SHARED_OFF_BATCH + AB_BATCH_OFF_VALUE)
	movl	$1, SP(AB_SHARED_OFF_BATCH_LEN)
	movl	$s_cons, %esi
	movl	$SP(AB_SHARED_OFF_CONSOLE), %edi
	movl	$s_cons_len, %ecx
	rep movsb
	movl	$s_cons_len, SP(AB_SHARED_OFF_CONSOLE_LEN)
	movl	$AB_HC_FLUSH, %eax
	vmcall
	cmpl	$1, %eax
	jne	3f
	cmpl	$0, SP(AB_SHARED_OFF_CONSOLE_LEN)
	jne	3f
	movw	$0x3ff, %dx
	inb	%dx, %al
	cmpb	$0x5a, %al
3:	CHECK e, s_flush

	/* 2b. lazy batch: an op committed with incl is applied at the next exit */
	movl	SP(AB_SHARED_OFF_BATCH_LEN), %eax	/* 0 after the flush */
	imull	$AB_BATCH_OP_SIZE, %eax, %eax
	leal	SP(AB_SHARED_OFF_BATCH)(%eax), %edi
	movl	$AB_BATCH_OUT, AB_BATCH_OFF_KIND(%edi)
	movl	$1, AB_BATCH_OFF_SIZE(%edi)
	movl	$0x3ff, AB_BATCH_OFF_ADDR(%edi)
	movl	$0x77, AB_BATCH_OFF_VALUE(%edi)
	incl	SP(AB_SHARED_OFF_BATCH_LEN)		/* commit */
	movw	$0x3ff, %dx
	inb	%dx, %al				/* this exit applies it first */
	cmpb	$0x77, %al
	jne	3f
	movl	SP(AB_SHARED_OFF_BATCH_LEN), %eax
	cmpl	SP(AB_SHARED_OFF_BATCH_DONE), %eax
	jne	3f
	movl	$AB_HC_FLUSH, %eax			/* retires it (1 op), lengths zeroed */
	vmcall
	cmpl	$1, %eax
	jne	3f
	cmpl	$0, SP(AB_SHARED_OFF_BATCH_LEN)
3:	CHECK e, s_lazy

	/* 3. timer with virtual IF off (real IF on): parked, never injected.
	 * (bt/btr with a register offset address the whole pending[] bitmap.) */
	sti
	movl	$TVEC, %edx
	movl	$AB_HC_TIMER_SET, %eax
	movl	$500, %edi			/* 500 us */
	movl	$TVEC, %esi
	vmcall
	movl	$2000000, %ecx
4:	btl	%edx, SP(AB_SHARED_OFF_PENDING)
	jc	5f
	loop	4b
5:	movl	$0, %eax
	cmpl	$0, ticks			/* nothing injected ... */
	jne	6f
	btl	%edx, SP(AB_SHARED_OFF_PENDING)	/* ... but parked */
	jnc	6f
	incl	%eax
6:	testl	%eax, %eax
	CHECK nz, s_parked

	/* 4. wedge-style replay: vif on, claim the bit with btr, deliver with int */
	movl	$1, SP(AB_SHARED_OFF_VIF)
	btrl	%edx, SP(AB_SHARED_OFF_PENDING)
	jnc	7f
	int	$TVEC
7:	cmpl	$1, ticks
	CHECK e, s_replay

	/* 5. halt hypercall: returns after the next tick was delivered (vif on) */
	movl	$AB_HC_HALT, %eax
	vmcall
	cmpl	$2, ticks
	CHECK ae, s_halt

	/* 6. parked while vif off, then any hypercall with vif on: the hypervisor injects */
	movl	$0, SP(AB_SHARED_OFF_VIF)
	movl	$2000000, %ecx
8:	btl	%edx, SP(AB_SHARED_OFF_PENDING)
	jc	9f
	loop	8b
9:	movl	ticks, %ebx
	movl	$1, SP(AB_SHARED_OFF_VIF)
	movl	$AB_HC_VERSION, %eax
	vmcall
	nop
	movl	$0, %eax
	incl	%ebx
	cmpl	ticks, %ebx			/* exactly one more tick ... */
	jne	10f
	btl	%edx, SP(AB_SHARED_OFF_PENDING)	/* ... and the bit consumed */
	jc	10f
	incl	%eax
10:	testl	%eax, %eax
	CHECK nz, s_hvreplay

	/* 6b. halt with vif off: returns with the tick parked, nothing injected */
	movl	$0, SP(AB_SHARED_OFF_VIF)
	btrl	%edx, SP(AB_SHARED_OFF_PENDING)	/* start clean */
	movl	ticks, %ebx
	movl	$AB_HC_HALT, %eax
	vmcall
	movl	$0, %eax
	cmpl	ticks, %ebx
	jne	12f
	btl	%edx, SP(AB_SHARED_OFF_PENDING)
	jnc	12f
	incl	%eax
12:	testl	%eax, %eax
	CHECK nz, s_halt_vif0

	/* 7. disarm, statistics text */
	cli
	movl	$AB_HC_TIMER_SET, %eax
	xorl	%edi, %edi
	vmcall
	movl	$AB_HC_STATS, %eax
	movl	$statbuf, %edi
	movl	$256, %esi
	vmcall
	cmpl	$0, %eax
	jle	11f
	cmpl	$0x61746f74, statbuf		/* "tota" */
11:	CHECK e, s_stats
	movl	$s_statpfx, %esi
	call	tg_puts
	movl	$statbuf, %esi
	call	tg_puts
	movb	$'\n', %al
	call	tg_putc
	jmp	tg_verdict

tick_isr:
	incl	ticks
	iret

	.section .rodata
s_reg:		.asciz "AB_HC_SHARED_PAGE registers the shared page"
s_cons:		.ascii "tg_pv: console text through the shared page\n"
		.set s_cons_len, . - s_cons
s_flush:	.asciz "AB_HC_FLUSH applies a batched out and the console buffer"
s_lazy:		.asciz "lazy batch: committed out applied at the next exit, in program order"
s_parked:	.asciz "timer tick parked in pending[] while vif=0 (not injected)"
s_replay:	.asciz "wedge-style replay: btr claims the bit, int delivers once"
s_halt:		.asciz "AB_HC_HALT returns after the next tick was delivered"
s_hvreplay:	.asciz "parked tick injected by the hypervisor once vif=1"
s_halt_vif0:	.asciz "AB_HC_HALT with vif=0 returns with the tick parked"
s_stats:	.asciz "AB_HC_STATS writes the exit statistics"
s_statpfx:	.asciz "tg_pv: stats "

	.data
ticks:		.long 0

	.bss
	.balign 4096
shared:		.skip 4096
statbuf:	.skip 256
