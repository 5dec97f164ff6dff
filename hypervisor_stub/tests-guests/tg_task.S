/*
 * tg_task.S - faithful guest: hardware task switches in 32-bit protected
 * mode (SDM 3A chapter 7), as classic test kernels use them.  Under VT-x
 * every task switch is a VM exit the hypervisor emulates (hv_task.c); bare
 * Bochs does them itself: the lines printed must be the same.
 *   JMP to a TSS and back (busy bits, saved EIP, registers, CR0.TS),
 *   CALL to a TSS and IRET back (NT, back link), CALL through a task gate,
 *   INT n through a task gate in the IDT, JMP to a busy TSS (#GP), a TSS
 *   with a too small limit (#TS, error code, RF pushed), IRET with NT to a
 *   TSS that is not busy (#TS), #GP through a task gate (error code on the
 *   new task's stack), a #DF through a task gate (a #GP whose gate is
 *   not present: #NP during #GP delivery is a double fault), and INT n and
 *   a timer interrupt through task gates to a TSS with a bad DS (#TS in the
 *   new task, EXT clear for INT n, set for the interrupt), and ring-3 code
 *   calling a DPL-3 task gate to a DPL-0 TSS, the T flag (#DB, BT), and
 *   CR3 switched with the task under paging (no stale TLB entry after).
 */
#include "tg_common.inc"

#define SEL_MAIN	0x18
#define SEL_A		0x20
#define SEL_DF		0x28
#define SEL_GATE_A	0x30
#define SEL_SHORT	0x38
#define SEL_INT		0x40
#define SEL_GP		0x48
#define SEL_BAD		0x50
#define SEL_UCODE	0x58
#define SEL_UDATA	0x60
#define SEL_GATE3	0x68
#define SEL_K		0x70
#define SEL_P		0x78
#define TSS_LINK	0
#define TSS_EIP		0x20
#define TSS_EFLAGS	0x24
#define TSS_ESP		0x38
#define NT		0x4000
#define RF		0x10000

	/* IDT gate vec: task gate to TSS selector sel (DPL 0) */
	.macro TASKGATE vec, sel
	movl	$(\sel << 16), tg_idt+\vec*8
	movl	$0x8500, tg_idt+\vec*8+4
	.endm

	.text
	.globl tg_main
tg_main:
	lgdt	gdtr			/* ours: room for the TSS descriptors below */
	/* TSS descriptors in the GDT, the current task is tss_main */
	movl	$SEL_MAIN, %ecx
	movl	$tss_main, %eax
	movl	$0x67, %edx
	call	set_tss_desc
	movl	$SEL_A, %ecx
	movl	$tss_a, %eax
	call	set_tss_desc
	movl	$SEL_DF, %ecx
	movl	$tss_df, %eax
	call	set_tss_desc
	movl	$SEL_INT, %ecx
	movl	$tss_int, %eax
	call	set_tss_desc
	movl	$SEL_GP, %ecx
	movl	$tss_gp, %eax
	call	set_tss_desc
	movl	$SEL_SHORT, %ecx
	movl	$tss_short, %eax
	movl	$0x50, %edx		/* below the 67H minimum: #TS */
	call	set_tss_desc
	movl	$(SEL_A << 16), gdt+SEL_GATE_A	/* task gate in the GDT */
	movl	$0x8500, gdt+SEL_GATE_A+4
	movw	$104, tss_main+0x66
	movl	$SEL_MAIN, %eax
	ltr	%ax
	INTGATE 10, ts_handler
	INTGATE 13, gp_handler

	/* 1. JMP to task A, which JMPs back */
	call	reset_a
	clts
	movl	$0x1111, %ebx
	movl	$0x2222, %esi
	movl	$0x3333, %edi
	movl	$0x4444, %ebp
	movl	%esp, saved_esp
	ljmp	$SEL_A, $0
jmp_back:
	cmpl	$0x1111, %ebx
	jne	1f
	cmpl	$0x2222, %esi
	jne	1f
	cmpl	$0x3333, %edi
	jne	1f
	cmpl	$0x4444, %ebp
	jne	1f
	cmpl	saved_esp, %esp
1:	CHECK e, s_jmp_regs
	cmpl	$1, a_runs
	jne	1f
	testl	$NT, a_eflags
1:	CHECK z, s_jmp_nt
	movb	gdt+SEL_MAIN+5, %al
	movb	gdt+SEL_A+5, %ah
	movzwl	%ax, %eax
	PRINTV s_v_busy1
	cmpw	$0x898b, %ax		/* main busy, A available */
	CHECK e, s_jmp_busy
	movl	tss_a+TSS_EIP, %eax
	cmpl	$a_after_jmp, %eax
	CHECK e, s_jmp_saved_eip
	smsw	%ax
	testb	$8, %al
	CHECK nz, s_jmp_ts
	clts

	/* 2. CALL task A, which IRETs back: NT, back link */
	call	reset_a
	movl	$1, a_mode		/* A returns by iret */
	lcall	$SEL_A, $0
	cmpl	$SEL_MAIN, a_link
	jne	2f
	movl	a_eflags, %eax
	andl	$NT, %eax
	cmpl	$NT, %eax
2:	CHECK e, s_call_link_nt
	pushfl
	popl	%eax
	testl	$NT, %eax
	CHECK z, s_call_nt_back
	movb	gdt+SEL_MAIN+5, %al
	movb	gdt+SEL_A+5, %ah
	movzwl	%ax, %eax
	PRINTV s_v_busy2
	cmpw	$0x898b, %ax
	CHECK e, s_call_busy
	movl	tss_a+TSS_EFLAGS, %eax
	PRINTV s_v_a_eflags

	/* 3. CALL through a task gate in the GDT */
	call	reset_a
	movl	$1, a_mode
	lcall	$SEL_GATE_A, $0
	cmpl	$3, a_runs		/* jmp, call, gate */
	jne	3f
	cmpl	$SEL_MAIN, a_link
3:	CHECK e, s_gate

	/* 4. INT 0x80 through a task gate in the IDT */
	TASKGATE 0x80, SEL_INT
	movl	$tss_int, %edi
	movl	$int_task, %eax
	movl	$int_stack_top, %edx
	call	init_tss
	int	$0x80
int_back:
	cmpl	$1, int_runs
	jne	4f
	cmpl	$SEL_MAIN, int_link
	jne	4f
	cmpl	$int_back, tss_main+TSS_EIP
4:	CHECK e, s_int

	/* 5. JMP to the busy current TSS: #GP(selector) */
	movl	$0, exc_count
	movl	$5f, tg_recover
	ljmp	$SEL_MAIN, $0
5:	movl	exc_err, %eax
	PRINTV s_v_busy_err
	cmpl	$13, tg_last_vec
	jne	5f
	cmpl	$SEL_MAIN, exc_err
5:	CHECK e, s_busy_gp

	/* 6. JMP to a TSS whose limit is below 67H: #TS(selector), a fault (RF) */
	movl	$0, exc_count
	movl	$6f, tg_recover
short_jmp:
	ljmp	$SEL_SHORT, $0
6:	movl	exc_err, %eax
	PRINTV s_v_short_err
	movl	exc_eflags, %eax
	andl	$RF, %eax
	PRINTV s_v_short_rf
	cmpl	$10, tg_last_vec
	jne	6f
	cmpl	$short_jmp, exc_eip
	jne	6f
	cmpl	$SEL_SHORT, exc_err
6:	CHECK e, s_short_ts

	/* 7. IRET with NT=1 to a back link that is not busy: #TS(link) */
	movl	$0, exc_count
	movl	$SEL_A, tss_main+TSS_LINK
	movl	$7f, tg_recover
	pushfl
	orl	$NT, (%esp)
	popfl
	iret
7:	pushfl
	andl	$~NT, (%esp)
	popfl
	movl	exc_err, %eax
	PRINTV s_v_iret_err
	cmpl	$10, tg_last_vec
	jne	7f
	cmpl	$SEL_A, exc_err
7:	CHECK e, s_iret_ts

	/* 8. #GP through a task gate: its error code on the new task's stack */
	movl	$tss_gp, %edi
	movl	$gp_task, %eax
	movl	$gp_stack_top, %edx
	call	init_tss
	TASKGATE 13, SEL_GP
	movw	$0x1238, %ax
gp_insn:
	movw	%ax, %fs		/* beyond the GDT limit: #GP(0x1238) */
gp_resume:
	INTGATE 13, gp_handler
	movl	gp_err, %eax
	PRINTV s_v_gp_err
	cmpl	$0x1238, gp_err
	jne	8f
	cmpl	$gp_stack_top-4, gp_esp
	jne	8f
	cmpl	$gp_insn, gp_saved_eip
8:	CHECK e, s_gp_task
	movl	gp_saved_eflags, %eax
	andl	$RF, %eax
	PRINTV s_v_gp_rf

	/* 9. #DF through a task gate: the #GP gate is not present, so the
	 * #NP raised while delivering #GP makes a double fault */
	movl	$tss_df, %edi
	movl	$df_task, %eax
	movl	$df_stack_top, %edx
	call	init_tss
	TASKGATE 8, SEL_DF
	movl	$0, tg_idt+13*8+4	/* #GP gate not present */
	movw	$0x1230, %ax
df_insn:
	movw	%ax, %gs		/* #GP -> #NP -> #DF */
df_recover:
	INTGATE 13, gp_handler
	movl	df_err, %eax
	PRINTV s_v_df_err
	movl	df_saved_eip, %eax
	subl	$df_insn, %eax
	PRINTV s_v_df_eip
	cmpl	$1, df_runs
	jne	9f
	cmpl	$0, df_err
	jne	9f
	cmpl	$df_stack_top-4, df_esp
	jne	9f
	cmpl	$SEL_MAIN, df_link
	jne	9f
	cmpl	$df_insn, df_saved_eip
9:	CHECK e, s_df

	/* 10. INT n through a task gate to a TSS whose DS is no data segment:
	 * #TS(DS) in the new task after the commit point, EXT clear (the
	 * program raised the event) */
	INTGATE 8, df_unexpected
	movl	$tss_bad, %edi
	movl	$bad_task, %eax
	movl	$bad_stack_top, %edx
	call	init_tss
	movl	$0x70, 0x54(%edi)	/* ds: an empty GDT slot */
	movl	$SEL_BAD, %ecx
	movl	$tss_bad, %eax
	movl	$0x67, %edx
	call	set_tss_desc
	TASKGATE 0x81, SEL_BAD
	INTGATE 10, ts_newtask
	movl	$0, nt_err
	movl	$0, nt_tr
	movl	$10f, nt_resume
	int	$0x81
10:	movl	nt_err, %eax
	PRINTV s_v_int_ts
	cmpl	$SEL_BAD, nt_tr
	jne	10f
	cmpl	$0x70, nt_err
10:	CHECK e, s_int_ts

	/* 11. a timer interrupt through a task gate to the same TSS: the same
	 * #TS with EXT set (an external event) */
	movl	$tss_bad, %edi
	movl	$bad_task, %eax
	movl	$bad_stack_top, %edx
	call	init_tss
	movl	$0x70, 0x54(%edi)
	TASKGATE 0x20, SEL_BAD
	movl	$0, nt_err
	movl	$0, nt_tr
	movl	$11f, nt_resume
	call	tg_pit_1khz		/* 8259: vectors 0x20.., only IRQ0; PIT ~1 kHz */
	sti
wait_irq:
	hlt
	jmp	wait_irq
11:	cli
	movb	$0xff, %al		/* mask, and end the interrupt nobody served */
	outb	%al, $0x21
	movb	$0x20, %al
	outb	%al, $0x20
	movl	nt_err, %eax
	PRINTV s_v_irq_ts
	cmpl	$SEL_BAD, nt_tr
	jne	11f
	cmpl	$0x71, nt_err
11:	CHECK e, s_irq_ts

	/* 12. from ring 3, CALL a DPL-3 task gate to a DPL-0 TSS: the gate's
	 * DPL is what counts; the ring-0 task IRETs back to ring 3 */
	movl	$0x00cffa00, gdt+SEL_UCODE+4	/* flat code, DPL 3 */
	movl	$0x0000ffff, gdt+SEL_UCODE
	movl	$0x00cff200, gdt+SEL_UDATA+4	/* flat data, DPL 3 */
	movl	$0x0000ffff, gdt+SEL_UDATA
	movl	$(SEL_K << 16), gdt+SEL_GATE3	/* task gate, DPL 3 */
	movl	$0xe500, gdt+SEL_GATE3+4
	movl	$tss_k, %edi
	movl	$k_task, %eax
	movl	$k_stack_top, %edx
	call	init_tss
	movl	$SEL_K, %ecx
	movl	$tss_k, %eax
	movl	$0x67, %edx
	call	set_tss_desc		/* DPL 0 */
	movl	$kern_stack_top, tss_main+4	/* esp0, ss0: int 0x30 back to ring 0 */
	movl	$0x10, tss_main+8
	movl	$ring0_back, %eax	/* int 0x30: interrupt gate callable from ring 3 */
	movw	%ax, tg_idt+0x30*8
	movw	$0x08, tg_idt+0x30*8+2
	movw	$0xee00, tg_idt+0x30*8+4
	shrl	$16, %eax
	movw	%ax, tg_idt+0x30*8+6
	movl	%esp, kern_esp
	pushl	$(SEL_UDATA | 3)
	pushl	$user_stack_top
	pushl	$2
	pushl	$(SEL_UCODE | 3)
	pushl	$user_code
	iret
user_code:
	movl	$(SEL_UDATA | 3), %eax
	movl	%eax, %ds
	movl	%eax, %es
	lcall	$(SEL_GATE3 | 3), $0
	movl	%cs, %eax
	movl	%eax, user_cs_after
	int	$0x30
ring0_back:
	movl	kern_esp, %esp
	movl	$0x10, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %fs
	movl	%eax, %gs
	movl	k_cs, %eax
	PRINTV s_v_k_cs
	cmpl	$1, k_runs
	jne	12f
	cmpl	$SEL_MAIN, k_link
	jne	12f
	cmpl	$(SEL_UCODE | 3), user_cs_after
	jne	12f
	cmpl	$0x08, k_cs
12:	CHECK e, s_gate3

	/* 13. the new TSS's T flag: a #DB (DR6.BT) before the new task's
	 * first instruction */
	call	reset_a
	movw	$1, tss_a+0x64		/* T */
	INTGATE 1, db_handler
	xorl	%eax, %eax
	movl	%eax, %dr6
	movl	$0, db_count
	ljmp	$SEL_A, $0		/* task A jumps back */
	movl	db_dr6, %eax
	PRINTV s_v_t_dr6
	movl	db_eip, %eax
	subl	$task_a, %eax
	PRINTV s_v_t_eip
	cmpl	$1, db_count
	jne	13f
	cmpl	$task_a, db_eip
	jne	13f
	movl	db_dr6, %eax
	andl	$0x8000, %eax
	cmpl	$0x8000, %eax
13:	CHECK e, s_tflag

	/* 14. paging on: the new task's CR3 is loaded (its directory maps an
	 * alias at 1 GiB the old one does not), the old one's comes back with
	 * the return, and its TLB does not keep the alias (#PF, CR2) */
	movl	$0x00000083, pd1	/* 4 MiB pages: 0-8 MiB identity */
	movl	$0x00400083, pd1+4
	movl	$0x00000083, pd2
	movl	$0x00400083, pd2+4
	movl	$0x00000083, pd2+0x100*4	/* 1 GiB -> 0 */
	movl	$pd1, tss_main+0x1c	/* the CPU never saves CR3: the TSS holds it */
	movl	%cr4, %eax
	orl	$0x10, %eax		/* PSE */
	movl	%eax, %cr4
	movl	$pd1, %eax
	movl	%eax, %cr3
	movl	%cr0, %eax
	orl	$0x80000000, %eax
	movl	%eax, %cr0
	movl	$tss_p, %edi
	movl	$p_task, %eax
	movl	$p_stack_top, %edx
	call	init_tss
	movl	$pd2, tss_p+0x1c
	movl	$SEL_P, %ecx
	movl	$tss_p, %eax
	movl	$0x67, %edx
	call	set_tss_desc
	movl	$0x5a5a1234, p_marker
	ljmp	$SEL_P, $0		/* p_task jumps back */
	movl	%cr3, %eax
	movl	%eax, main_cr3
	movl	$0, tg_last_vec
	movl	$14f, tg_recover
	movl	0x40000000+p_marker, %eax	/* not mapped by pd1: #PF */
14:	movl	%cr2, %eax
	movl	%eax, p_cr2
	movl	%cr0, %eax
	andl	$0x7fffffff, %eax
	movl	%eax, %cr0
	movl	%cr4, %eax
	andl	$~0x10, %eax
	movl	%eax, %cr4
	movl	p_val, %eax
	PRINTV s_v_p_val
	movl	tg_last_vec, %eax
	PRINTV s_v_p_vec
	cmpl	$pd2, p_cr3
	jne	14f
	cmpl	$0x5a5a1234, p_val
	jne	14f
	cmpl	$pd1, main_cr3
	jne	14f
	cmpl	$14, tg_last_vec
	jne	14f
	cmpl	$0x40000000+p_marker, p_cr2
14:	CHECK e, s_paging

	jmp	tg_verdict

p_task:
	movl	%cr3, %eax
	movl	%eax, p_cr3
	movl	0x40000000+p_marker, %eax	/* through the alias only pd2 has */
	movl	%eax, p_val
	ljmp	$SEL_MAIN, $0
	jmp	p_task

db_handler:
	pushl	%eax
	incl	db_count
	movl	%dr6, %eax
	movl	%eax, db_dr6
	movl	4(%esp), %eax
	movl	%eax, db_eip
	xorl	%eax, %eax
	movl	%eax, %dr6
	popl	%eax
	iret

k_task:
	incl	k_runs
	movl	%cs, %eax
	movl	%eax, k_cs
	movzwl	tss_k+TSS_LINK, %eax
	movl	%eax, k_link
	iret				/* NT: back to ring 3 */
	jmp	k_task

/* #TS in the new task (tests 10, 11): its DS is unusable; record the error
 * code and TR, send the old task to nt_resume, return into the new task,
 * whose IRET (NT set) goes back to the old one */
ts_newtask:
	pushl	%eax
	movw	$0x10, %ax
	movw	%ax, %ds
	movw	%ax, %es
	movl	4(%esp), %eax
	movl	%eax, nt_err
	str	%ax
	movzwl	%ax, %eax
	movl	%eax, nt_tr
	movl	nt_resume, %eax
	movl	%eax, tss_main+TSS_EIP
	popl	%eax
	addl	$4, %esp
	iret
bad_task:
	iret
	jmp	bad_task
df_unexpected:
	movw	$0x10, %ax
	movw	%ax, %ds
	movl	$s_df_unexpected, %esi
	call	tg_notok
	jmp	tg_verdict

/* ---- tasks ---- */
task_a:				/* a_mode 0: JMP back; 1: IRET back */
	incl	a_runs
	pushfl
	popl	a_eflags
	movzwl	tss_a+TSS_LINK, %eax
	movl	%eax, a_link
	cmpl	$0, a_mode
	jne	1f
	ljmp	$SEL_MAIN, $0
a_after_jmp:
	jmp	task_a
1:	iret
	jmp	task_a

int_task:
	incl	int_runs
	movzwl	tss_int+TSS_LINK, %eax
	movl	%eax, int_link
	iret
	jmp	int_task

gp_task:
	popl	gp_err
	movl	%esp, %eax
	subl	$4, %eax
	movl	%eax, gp_esp
	movl	tss_main+TSS_EIP, %eax
	movl	%eax, gp_saved_eip
	movl	tss_main+TSS_EFLAGS, %eax
	movl	%eax, gp_saved_eflags
	movl	$gp_resume, tss_main+TSS_EIP	/* past the faulting instruction */
	iret
	jmp	gp_task

df_task:
	incl	df_runs
	popl	df_err
	movl	%esp, %eax
	subl	$4, %eax
	movl	%eax, df_esp
	movzwl	tss_df+TSS_LINK, %eax
	movl	%eax, df_link
	movl	tss_main+TSS_EIP, %eax
	movl	%eax, df_saved_eip
	movl	$df_recover, tss_main+TSS_EIP
	iret
	jmp	df_task

/* ---- helpers ---- */
/* %ecx = GDT offset, %eax = base, %edx = limit: an available 32-bit TSS */
set_tss_desc:
	pushl	%eax
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
	movl	%edx, %eax
	andl	$0xf0000, %eax
	orl	%eax, %ebx
	orl	$0x8900, %ebx
	movl	%ebx, gdt+4(%ecx)
	popl	%ebx
	popl	%eax
	ret

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
	movl	%eax, TSS_EIP(%edi)
	movl	$2, TSS_EFLAGS(%edi)
	movl	%edx, TSS_ESP(%edi)
	movl	$0x10, 0x48(%edi)	/* es */
	movl	$0x08, 0x4c(%edi)	/* cs */
	movl	$0x10, 0x50(%edi)	/* ss */
	movl	$0x10, 0x54(%edi)	/* ds */
	movl	$0x10, 0x58(%edi)	/* fs */
	movl	$0x10, 0x5c(%edi)	/* gs */
	movw	$104, 0x66(%edi)	/* no I/O bitmap */
	popl	%ecx
	ret

reset_a:
	movl	$tss_a, %edi
	movl	$task_a, %eax
	movl	$a_stack_top, %edx
	call	init_tss
	movl	$0, a_mode
	movl	$0, a_link
	movl	$0, a_eflags
	ret

/* #TS and #GP through interrupt gates: record vector, error code, EIP, EFLAGS; resume at tg_recover */
ts_handler:
	movl	$10, tg_last_vec
	jmp	exc_common
gp_handler:
	movl	$13, tg_last_vec
exc_common:
	incl	exc_count
	popl	exc_err
	movl	(%esp), %eax
	movl	%eax, exc_eip
	movl	8(%esp), %eax
	movl	%eax, exc_eflags
	movl	tg_recover, %eax
	testl	%eax, %eax
	jz	1f
	movl	%eax, (%esp)
	movl	$0, tg_recover
	iret
1:	movl	$s_unexpected, %esi
	call	tg_notok
	jmp	tg_verdict

	.section .rodata
s_jmp_regs:	.asciz "jmp to a tss and back: registers and esp restored"
s_jmp_nt:	.asciz "jmp: the new task runs with nt clear"
s_jmp_busy:	.asciz "jmp: old tss available, new tss busy"
s_jmp_saved_eip: .asciz "jmp: eip saved in the old tss is after the jmp"
s_jmp_ts:	.asciz "task switch sets cr0.ts"
s_call_link_nt:	.asciz "call to a tss: back link = caller, nt set"
s_call_nt_back:	.asciz "iret back: caller's nt clear"
s_call_busy:	.asciz "iret back: callee's tss available again"
s_gate:		.asciz "call through a task gate in the gdt"
s_int:		.asciz "int 0x80 through a task gate in the idt: link, eip after int"
s_busy_gp:	.asciz "jmp to a busy tss raises #GP(selector)"
s_short_ts:	.asciz "tss limit below 67h raises #TS(selector) at the jmp"
s_iret_ts:	.asciz "iret with nt to a tss that is not busy raises #TS(link)"
s_gp_task:	.asciz "#GP through a task gate: error code on the new stack, eip of the fault saved"
s_df:		.asciz "#DF through a task gate (#NP while delivering #GP): error code 0, link, eip"
s_unexpected:	.asciz "unexpected exception"
s_df_unexpected: .asciz "unexpected double fault"
s_int_ts:	.asciz "int n through a task gate to a tss with a bad ds: #TS(ds) in the new task, ext clear"
s_irq_ts:	.asciz "irq through a task gate to a tss with a bad ds: #TS(ds) in the new task, ext set"
s_v_int_ts:	.asciz "tg_task: int n, bad ds in the new tss: error code = "
s_gate3:	.asciz "ring 3 calls a dpl-3 task gate to a dpl-0 tss: the switch happens, iret back to ring 3"
s_v_k_cs:	.asciz "tg_task: cs in the task called from ring 3 = "
s_tflag:	.asciz "t flag in the new tss: #DB with dr6.bt before its first instruction"
s_v_t_dr6:	.asciz "tg_task: t flag #DB dr6 = "
s_v_t_eip:	.asciz "tg_task: t flag #DB eip - task entry = "
s_paging:	.asciz "paging: the new task's cr3 loaded, the old one's back, no stale alias in the tlb"
s_v_p_val:	.asciz "tg_task: value read through the new task's alias = "
s_v_p_vec:	.asciz "tg_task: back in the old task, the alias faults with vector = "
s_v_irq_ts:	.asciz "tg_task: irq, bad ds in the new tss: error code = "
s_v_busy1:	.asciz "tg_task: descriptor type bytes after jmp back (A main) = "
s_v_busy2:	.asciz "tg_task: descriptor type bytes after iret back (A main) = "
s_v_a_eflags:	.asciz "tg_task: eflags saved in A's tss by iret = "
s_v_busy_err:	.asciz "tg_task: jmp to busy tss error code = "
s_v_short_err:	.asciz "tg_task: short tss error code = "
s_v_short_rf:	.asciz "tg_task: short tss fault pushed rf = "
s_v_iret_err:	.asciz "tg_task: iret to available tss error code = "
s_v_gp_err:	.asciz "tg_task: #GP task error code = "
s_v_gp_rf:	.asciz "tg_task: #GP task saved eflags rf = "
s_v_df_err:	.asciz "tg_task: #DF task error code = "
s_v_df_eip:	.asciz "tg_task: #DF saved eip - faulting insn = "

	.data
	.balign 4
saved_esp:	.long 0
a_runs:		.long 0
a_mode:		.long 0
a_link:		.long 0
a_eflags:	.long 0
int_runs:	.long 0
int_link:	.long 0
exc_count:	.long 0
exc_err:	.long 0
exc_eip:	.long 0
exc_eflags:	.long 0
gp_err:		.long 0
gp_esp:		.long 0
gp_saved_eip:	.long 0
gp_saved_eflags: .long 0
df_runs:	.long 0
df_err:		.long 0
df_esp:		.long 0
df_link:	.long 0
df_saved_eip:	.long 0
nt_err:		.long 0
nt_tr:		.long 0
nt_resume:	.long 0
kern_esp:	.long 0
user_cs_after:	.long 0
k_runs:		.long 0
k_cs:		.long 0
k_link:		.long 0
db_count:	.long 0
db_dr6:		.long 0
db_eip:		.long 0
p_marker:	.long 0
p_cr3:		.long 0
p_val:		.long 0
p_cr2:		.long 0
main_cr3:	.long 0

	.bss
	.balign 64
tss_main:	.skip 104
tss_a:		.skip 104
tss_df:		.skip 104
tss_int:	.skip 104
tss_gp:		.skip 104
tss_short:	.skip 104
tss_bad:	.skip 104
tss_k:		.skip 104
tss_p:		.skip 104
	.balign 16
	.skip 2048
a_stack_top:
	.skip 2048
int_stack_top:
	.skip 2048
gp_stack_top:
	.skip 2048
df_stack_top:
	.skip 2048
bad_stack_top:
	.skip 2048
k_stack_top:
	.skip 2048
kern_stack_top:
	.skip 2048
user_stack_top:
	.skip 2048
p_stack_top:
	.balign 4096
pd1:	.skip 4096
pd2:	.skip 4096

	.data
	.balign 8
gdt:	.quad 0
	.quad 0x00cf9b000000ffff	/* 0x08 flat 32-bit code, as tg_common's */
	.quad 0x00cf93000000ffff	/* 0x10 flat data */
	.fill 13, 8, 0			/* TSS descriptors and gates, filled in */
gdtr:	.word 16 * 8 - 1
	.long gdt
