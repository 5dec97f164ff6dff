/*
 * tg_exc.S - faithful guest: the details of exceptions as a handler sees
 * them - vector, whether an error code was pushed (stack depth), its value,
 * the pushed EIP and RFLAGS.RF - for exceptions the hypervisor injects
 * (wrmsr of reserved EFER bits, vmxon, xsetbv: #GP or #UD with RF=1 as
 * for any fault, SDM 3A 17.3.1.1) and for the CPU's own (int3, a trap: RF
 * 0; a timer interrupt: RF 0), and nested faults: an injected #GP whose
 * gate is not present (#NP during delivery: #DF), and a #GP (injected or
 * the CPU's own) delivered through a task gate to a TSS that is too short (the #TS comes from the
 * hypervisor's task switch, during the #GP's delivery: #DF, error code 0),
 * also when the #TS comes after the task switch's commit point (a bad DS in
 * the new TSS: the #DF is delivered in the new task).
 * Every line must be the same bare in Bochs and under the hypervisor.
 */
#include "tg_common.inc"

#define RF	0x10000
#define SEL_SHORT 0x18
#define SEL_BAD 0x28

	/* ARM label: the next exception resumes at label; records reset */
	.macro ARM label
	movl	$\label, tg_recover
	movl	$0, exc_vec
	movl	$0, exc_err
	movl	$0, exc_eip
	movl	$0, exc_eflags
	movl	%esp, pre_esp
	.endm

	/* REPORT tag: "tg_exc: tag vector=.. depth=.. err=.. rf=.." */
	.macro REPORT tag
	movl	$\tag, %esi
	call	report
	.endm

	.text
	.globl tg_main
tg_main:
	lgdt	gdtr			/* ours: room for the TSS descriptors below */
	INTGATE 3, h_bp
	INTGATE 6, h_ud
	INTGATE 8, h_df
	INTGATE 10, h_ts
	INTGATE 11, h_np
	INTGATE 13, h_gp
	INTGATE 0x20, h_timer

	/* 1. wrmsr of EFER with a reserved bit: #GP(0), a fault: RF pushed 1,
	 * EIP at wrmsr.  (Not an unknown MSR: bare Bochs ignores those by
	 * default, cpu option ignore_bad_msrs=1, where hardware raises #GP.) */
	ARM 1f
	movl	$0xc0000080, %ecx
	movl	$0x2, %eax		/* bit 1: reserved */
	xorl	%edx, %edx
rdmsr_insn:
	wrmsr
1:	REPORT s_rdmsr
	cmpl	$13, exc_vec
	jne	1f
	cmpl	$16, depth
	jne	1f
	cmpl	$0, exc_err
	jne	1f
	cmpl	$rdmsr_insn, exc_eip
	jne	1f
	movl	exc_eflags, %eax
	andl	$RF, %eax
	cmpl	$RF, %eax
1:	CHECK e, s_c_rdmsr

	/* 2. wrmsr of EFER with a high reserved bit: the same */
	ARM 2f
	movl	$0xc0000080, %ecx
	xorl	%eax, %eax
	movl	$1, %edx		/* bit 32: reserved */
	wrmsr
2:	REPORT s_wrmsr
	cmpl	$13, exc_vec
	jne	2f
	movl	exc_eflags, %eax
	andl	$RF, %eax
	cmpl	$RF, %eax
2:	CHECK e, s_c_wrmsr

	/* 3. vmxon (VMX hidden, CR4.VMXE 0): #UD, no error code, RF 1 */
	ARM 3f
	movl	$vmxon_region, %eax
vmxon_insn:
	vmxon	(%eax)
3:	REPORT s_vmxon
	cmpl	$6, exc_vec
	jne	3f
	cmpl	$12, depth
	jne	3f
	cmpl	$vmxon_insn, exc_eip
	jne	3f
	movl	exc_eflags, %eax
	andl	$RF, %eax
	cmpl	$RF, %eax
3:	CHECK e, s_c_vmxon

	/* 4. xsetbv of an invalid XCR0 (x87 bit clear): #GP(0), RF 1 */
	movl	%cr4, %eax
	orl	$0x40000, %eax		/* OSXSAVE */
	movl	%eax, %cr4
	ARM 4f
	xorl	%ecx, %ecx
	xorl	%eax, %eax
	xorl	%edx, %edx
	xsetbv
4:	REPORT s_xsetbv
	cmpl	$13, exc_vec
	jne	4f
	cmpl	$16, depth
	jne	4f
	movl	exc_eflags, %eax
	andl	$RF, %eax
	cmpl	$RF, %eax
4:	CHECK e, s_c_xsetbv

	/* 5. int3, a trap: no error code, EIP after it, RF 0 */
	ARM 5f
	int3
5:	REPORT s_int3
	cmpl	$3, exc_vec
	jne	5f
	cmpl	$12, depth
	jne	5f
	testl	$RF, exc_eflags
5:	CHECK z, s_c_int3

	/* 6. a timer interrupt (PIT via PIC, injected under the hypervisor): RF 0, IF 1 */
	call	tg_pit_1khz		/* 8259: vectors 0x20.., only IRQ0; PIT ~1 kHz */
	movl	$0, ticks
	sti
6:	hlt
	cmpl	$0, ticks
	je	6b
	cli
	movb	$0xff, %al
	outb	%al, $0x21
	movl	tick_eflags, %eax
	andl	$(RF | 0x200), %eax
	PRINTV s_v_tick
	cmpl	$0x200, %eax
	CHECK e, s_c_tick

	/* 7. injected #GP whose gate is not present: #NP during its delivery
	 * is a double fault (error code 0) */
	movl	tg_idt+13*8+4, %eax
	movl	%eax, saved_gp_hi
	andl	$~0x8000, tg_idt+13*8+4	/* #GP gate not present */
	ARM 7f
	movl	$0xc0000080, %ecx
	movl	$0x2, %eax
	xorl	%edx, %edx
	wrmsr				/* #GP injected by the hypervisor */
7:	movl	saved_gp_hi, %eax
	movl	%eax, tg_idt+13*8+4
	REPORT s_nested1
	cmpl	$8, exc_vec
	jne	7f
	cmpl	$16, depth
	jne	7f
	cmpl	$0, exc_err
7:	CHECK e, s_c_nested1

	/* 8. #GP (injected: rdmsr) delivered through a task gate to a TSS with
	 * a limit below 67H: the task switch raises #TS during the delivery of
	 * #GP, and the two make #DF (error code 0) */
	movl	$tss_main, %eax
	movl	$0x67, %edx
	movl	$0x20, %ecx
	call	set_tss_desc
	movw	$0x20, %ax
	ltr	%ax
	movl	$tss_short, %eax
	movl	$0x50, %edx
	movl	$SEL_SHORT, %ecx
	call	set_tss_desc
	movl	tg_idt+13*8, %eax
	movl	%eax, saved_gp_lo
	movl	$(SEL_SHORT << 16), tg_idt+13*8	/* task gate */
	movl	$0x8500, tg_idt+13*8+4
	ARM 8f
	movl	$0xc0000080, %ecx
	movl	$0x2, %eax
	xorl	%edx, %edx
	wrmsr				/* #GP injected by the hypervisor */
8:	movl	saved_gp_lo, %eax
	movl	%eax, tg_idt+13*8
	movl	saved_gp_hi, %eax
	movl	%eax, tg_idt+13*8+4
	REPORT s_nested2
	cmpl	$8, exc_vec
	jne	8f
	cmpl	$16, depth
	jne	8f
	cmpl	$0, exc_err
8:	CHECK e, s_c_nested2

	/* 9. the same with a native #GP (a bad selector load): #DF too */
	movl	$(SEL_SHORT << 16), tg_idt+13*8
	movl	$0x8500, tg_idt+13*8+4
	ARM 9f
	movw	$0x1230, %ax
	movw	%ax, %fs
9:	movl	saved_gp_lo, %eax
	movl	%eax, tg_idt+13*8
	movl	saved_gp_hi, %eax
	movl	%eax, tg_idt+13*8+4
	REPORT s_nested3
	cmpl	$8, exc_vec
	jne	9f
	cmpl	$0, exc_err
9:	CHECK e, s_c_nested3

	/* 10. #GP through a task gate to a TSS whose DS is no data segment: the
	 * #TS comes after the commit point, in the new task, during the #GP's
	 * delivery: #DF (error code 0) delivered in the new task */
	movl	$tss_bad, %edi
	movl	$bad_task, %eax
	movl	$bad_stack_top, %edx
	call	init_tss
	movl	$0x70, 0x54(%edi)	/* ds: an empty GDT slot */
	movl	$tss_bad, %eax
	movl	$0x67, %edx
	movl	$SEL_BAD, %ecx
	call	set_tss_desc
	movl	$(SEL_BAD << 16), tg_idt+13*8	/* #GP: task gate */
	movl	$0x8500, tg_idt+13*8+4
	INTGATE 8, h_df_newtask
	movl	$0, df_tr
	movl	$0, df_ds
	ARM 10f
	movw	$0x1230, %ax
	movw	%ax, %fs		/* #GP -> task switch -> #TS(ds) -> #DF */
10:	movl	saved_gp_lo, %eax
	movl	%eax, tg_idt+13*8
	movl	saved_gp_hi, %eax
	movl	%eax, tg_idt+13*8+4
	INTGATE 8, h_df
	REPORT s_nested4
	movl	df_tr, %eax
	PRINTV s_v_df_tr
	movl	df_ds, %eax
	PRINTV s_v_df_ds
	cmpl	$8, exc_vec
	jne	10f
	cmpl	$0, exc_err
	jne	10f
	cmpl	$SEL_BAD, df_tr
	jne	10f
	cmpl	$0x70, df_ds
10:	CHECK e, s_c_nested4

	jmp	tg_verdict

/* #DF in the new task (test 10): DS is unusable there; record TR and the DS
 * selector, send the old task to the recovery point, return into the new
 * task, whose IRET (NT set) goes back to the old one */
h_df_newtask:
	movl	%esp, %ss:exc_esp
	pushl	%eax
	movw	%ds, %ax
	movzwl	%ax, %eax
	movl	%eax, %ss:df_ds
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	str	%ax
	movzwl	%ax, %eax
	movl	%eax, df_tr
	movl	$8, exc_vec
	movl	4(%esp), %eax
	movl	%eax, exc_err
	movl	8(%esp), %eax
	movl	%eax, exc_eip
	movl	16(%esp), %eax
	movl	%eax, exc_eflags
	movl	tg_recover, %eax
	movl	%eax, tss_main+0x20	/* the old task resumes there */
	movl	$0, tg_recover
	popl	%eax
	addl	$4, %esp		/* error code */
	iret
bad_task:
	iret				/* NT: back to the old task */

/* %edi = TSS, %eax = EIP, %edx = ESP: flat ring-0 task, paging off */
init_tss:
	pushl	%ecx
	pushl	%eax
	pushl	%edi
	xorl	%eax, %eax
	movl	$26, %ecx
	rep stosl
	popl	%edi
	popl	%eax
	movl	%eax, 0x20(%edi)	/* eip */
	movl	$2, 0x24(%edi)		/* eflags */
	movl	%edx, 0x38(%edi)	/* esp */
	movl	$0x10, 0x48(%edi)	/* es */
	movl	$0x08, 0x4c(%edi)	/* cs */
	movl	$0x10, 0x50(%edi)	/* ss */
	movl	$0x10, 0x54(%edi)	/* ds */
	movl	$0x10, 0x58(%edi)	/* fs */
	movl	$0x10, 0x5c(%edi)	/* gs */
	movw	$104, 0x66(%edi)
	popl	%ecx
	ret

/* report: %esi = tag; prints vector, stack depth, error code, EIP and RF */
report:
	call	tg_puts
	movl	pre_esp, %eax
	subl	exc_esp, %eax
	movl	%eax, depth
	movl	$s_vec, %esi
	call	tg_puts
	movl	exc_vec, %eax
	call	tg_hex
	movl	$s_depth, %esi
	call	tg_puts
	movl	depth, %eax
	call	tg_hex
	movl	$s_err, %esi
	call	tg_puts
	movl	exc_err, %eax
	call	tg_hex
	movl	$s_eip, %esi
	call	tg_puts
	movl	exc_eip, %eax
	call	tg_hex
	movl	$s_rf, %esi
	call	tg_puts
	movl	exc_eflags, %eax
	andl	$RF, %eax
	call	tg_hex
	movb	$'\n', %al
	call	tg_putc
	ret

/* handlers: record, then resume at tg_recover (with the error code popped) */
	.macro HANDLER name, vec, err
\name:
	movl	%esp, exc_esp
	movl	$\vec, exc_vec
	.if \err
	popl	exc_err
	.endif
	jmp	exc_common
	.endm
	HANDLER h_bp, 3, 0
	HANDLER h_ud, 6, 0
	HANDLER h_df, 8, 1
	HANDLER h_ts, 10, 1
	HANDLER h_np, 11, 1
	HANDLER h_gp, 13, 1

exc_common:
	pushl	%eax
	movl	4(%esp), %eax
	movl	%eax, exc_eip
	movl	12(%esp), %eax
	movl	%eax, exc_eflags
	movl	tg_recover, %eax
	testl	%eax, %eax
	jz	1f
	movl	%eax, 4(%esp)
	movl	$0, tg_recover
	popl	%eax
	iret
1:	movl	$s_unexpected, %esi
	call	tg_notok
	jmp	tg_verdict

h_timer:
	pushl	%eax
	incl	ticks
	movl	12(%esp), %eax
	movl	%eax, tick_eflags
	movb	$0x20, %al
	outb	%al, $0x20
	popl	%eax
	iret

/* %ecx = GDT offset, %eax = base, %edx = limit: an available 32-bit TSS */
set_tss_desc:
	pushl	%ebx
	movl	%eax, %ebx
	shll	$16, %ebx
	movw	%dx, %bx
	movl	%ebx, gdt(%ecx)
	movl	%eax, %ebx
	shrl	$16, %ebx
	andl	$0xff, %ebx
	andl	$0xff000000, %eax
	orl	%eax, %ebx
	orl	$0x8900, %ebx
	movl	%ebx, gdt+4(%ecx)
	popl	%ebx
	ret

	.section .rodata
s_vec:		.asciz " vector="
s_depth:	.asciz " pushed="
s_err:		.asciz " err="
s_eip:		.asciz " eip="
s_rf:		.asciz " rf="
s_rdmsr:	.asciz "tg_exc: wrmsr efer bit 1:"
s_wrmsr:	.asciz "tg_exc: wrmsr efer bit 32:"
s_vmxon:	.asciz "tg_exc: vmxon:"
s_xsetbv:	.asciz "tg_exc: xsetbv xcr0=0:"
s_int3:		.asciz "tg_exc: int3:"
s_nested1:	.asciz "tg_exc: #GP with its gate not present:"
s_nested2:	.asciz "tg_exc: injected #GP through a task gate to a short tss:"
s_nested3:	.asciz "tg_exc: native #GP through a task gate to a short tss:"
s_v_tick:	.asciz "tg_exc: timer interrupt pushed eflags rf|if = "
s_c_rdmsr:	.asciz "wrmsr of a reserved efer bit: #GP(0), eip at wrmsr, rf 1"
s_c_wrmsr:	.asciz "wrmsr of a reserved high efer bit: #GP, rf 1"
s_c_vmxon:	.asciz "vmxon: #UD without error code, eip at vmxon, rf 1"
s_c_xsetbv:	.asciz "xsetbv of an invalid xcr0: #GP(0), rf 1"
s_c_int3:	.asciz "int3 (a trap): no error code, rf 0"
s_c_tick:	.asciz "timer interrupt: rf 0, if 1"
s_c_nested1:	.asciz "#NP while delivering #GP: #DF with error code 0"
s_c_nested2:	.asciz "#TS while delivering an injected #GP through a task gate: #DF(0)"
s_c_nested3:	.asciz "#TS while delivering a native #GP through a task gate: #DF(0)"
s_unexpected:	.asciz "unexpected exception"
s_nested4:	.asciz "tg_exc: #GP through a task gate to a tss with a bad ds:"
s_v_df_tr:	.asciz "tg_exc: #DF handler runs with tr = "
s_v_df_ds:	.asciz "tg_exc: #DF handler found ds = "
s_c_nested4:	.asciz "#TS loading the new task's ds during #GP delivery: #DF(0) in the new task"

	.data
	.balign 4
pre_esp:	.long 0
exc_esp:	.long 0
depth:		.long 0
exc_vec:	.long 0
exc_err:	.long 0
exc_eip:	.long 0
exc_eflags:	.long 0
ticks:		.long 0
tick_eflags:	.long 0
saved_gp_lo:	.long 0
saved_gp_hi:	.long 0
df_tr:		.long 0
df_ds:		.long 0

	.bss
	.balign 4096
vmxon_region:	.skip 4096
	.balign 64
tss_main:	.skip 104
tss_short:	.skip 104
tss_bad:	.skip 104
	.balign 16
	.skip 2048
bad_stack_top:

	.data
	.balign 8
gdt:	.quad 0
	.quad 0x00cf9b000000ffff	/* 0x08 flat 32-bit code, as tg_common's */
	.quad 0x00cf93000000ffff	/* 0x10 flat data */
	.fill 13, 8, 0			/* TSS descriptors and gates, filled in */
gdtr:	.word 16 * 8 - 1
	.long gdt
