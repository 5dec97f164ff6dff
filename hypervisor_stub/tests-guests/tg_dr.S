/*
 * tg_dr.S - faithful guest: debug registers as bare metal has them (SDM 3A
 * chapter 17).  Every line it prints must be the same bare in Bochs and under
 * the hypervisor: register read-back, instruction and data breakpoints with
 * their DR6 bits and pushed EIP/RF, breakpoints that survive VM exits
 * (DR7 armed, then an exit, then the access), single-step over an
 * instruction the hypervisor emulates, RF over an emulated instruction, and
 * general detect, and a single-step trap over an emulated port write
 * ordered before the interrupt that write unmasks, an I/O breakpoint on an
 * emulated port.  Values are printed ("tg_dr: NAME=0x...") as well as
 * checked, so a difference shows what differs.
 */
#include "tg_common.inc"

#define DR7_RESERVED	0x400
#define RF		0x10000
#define TF		0x100

	.text
	.globl tg_main
tg_main:
	/* #DB handler: interrupt gate at vector 1 */
	movl	$db_handler, %eax
	movw	%ax, tg_idt+1*8
	movw	$0x08, tg_idt+1*8+2
	movw	$0x8e00, tg_idt+1*8+4
	shrl	$16, %eax
	movw	%ax, tg_idt+1*8+6

	/* 1. DR0-DR3 read back what was written */
	movl	$0x11111111, %eax
	movl	%eax, %dr0
	movl	$0x22222222, %eax
	movl	%eax, %dr1
	movl	$0x33333333, %eax
	movl	%eax, %dr2
	movl	$0x44444444, %eax
	movl	%eax, %dr3
	movl	$0x55555555, %eax	/* an exit between write and read */
	cpuid
	movl	%dr0, %eax
	cmpl	$0x11111111, %eax
	jne	1f
	movl	%dr1, %eax
	cmpl	$0x22222222, %eax
	jne	1f
	movl	%dr2, %eax
	cmpl	$0x33333333, %eax
	jne	1f
	movl	%dr3, %eax
	cmpl	$0x44444444, %eax
1:	CHECK e, s_rdback

	/* 2. DR6 and DR7 read-back: fixed bits as the CPU has them */
	xorl	%eax, %eax
	movl	%eax, %dr6
	movl	%dr6, %eax
	PRINTV s_v_dr6_0
	movl	$0xffffffff, %eax
	movl	%eax, %dr6
	movl	$1, %eax
	cpuid				/* exit: DR6 must survive it */
	movl	%dr6, %eax
	PRINTV s_v_dr6_1
	xorl	%eax, %eax
	movl	%eax, %dr6
	movl	%dr7, %eax
	PRINTV s_v_dr7
	cmpl	$DR7_RESERVED, %eax
	CHECK e, s_dr7init

	/* 3. instruction breakpoint (DR0, L0, RW=00, LEN=00): fault at the
	 * instruction, DR6.B0, pushed EIP = the instruction, RF pushed 0;
	 * the handler sets RF so the instruction then runs once */
	call	db_reset
	movl	$1, db_set_rf
	movl	$bp_insn, %eax
	movl	%eax, %dr0
	movl	$0x401, %eax
	movl	%eax, %dr7
	movl	$0, counter
bp_insn:
	incl	counter
	movl	$DR7_RESERVED, %eax
	movl	%eax, %dr7
	movl	db_dr6, %eax
	PRINTV s_v_ibp_dr6
	cmpl	$1, db_count
	jne	3f
	cmpl	$bp_insn, db_eip
	jne	3f
	testl	$RF, db_eflags
	jnz	3f
	cmpl	$1, counter
	jne	3f
	movl	db_dr6, %eax
	andl	$1, %eax
	cmpl	$1, %eax
3:	CHECK e, s_ibp

	/* 4. the issue's case: DR6 written, then DR2 armed as a write
	 * breakpoint, then VM exits (cpuid, a port write), then the store:
	 * #DB trap after the store, DR6.B2, pushed EIP = the next instruction */
	call	db_reset
	xorl	%eax, %eax
	movl	%eax, %dr6
	movl	$watched, %eax
	movl	%eax, %dr2
	movl	$(DR7_RESERVED | 0x20 | (0xd << 24)), %eax	/* G2, RW2=01 write, LEN2=11 (4 bytes) */
	movl	%eax, %dr7
	movl	$0, %eax
	cpuid
	movb	$0, %al
	outb	%al, $0x80		/* port without device: an I/O exit either way */
	movl	$0x1234, watched
dr2_after:
	movl	$DR7_RESERVED, %eax
	movl	%eax, %dr7
	movl	db_dr6, %eax
	PRINTV s_v_dr2_dr6
	cmpl	$1, db_count
	jne	4f
	cmpl	$dr2_after, db_eip
	jne	4f
	movl	db_dr6, %eax
	andl	$4, %eax
	cmpl	$4, %eax
4:	CHECK e, s_dr2

	/* 5. read/write data breakpoint (DR1, RW=11, LEN=01) hit by a load */
	call	db_reset
	movl	$watched+2, %eax
	movl	%eax, %dr1
	movl	$(DR7_RESERVED | 0x4 | (0x7 << 20)), %eax	/* L1, RW1=11, LEN1=01 */
	movl	%eax, %dr7
	movw	watched+2, %ax
dr1_after:
	movl	$DR7_RESERVED, %eax
	movl	%eax, %dr7
	movl	db_dr6, %eax
	PRINTV s_v_dr1_dr6
	cmpl	$1, db_count
	jne	5f
	cmpl	$dr1_after, db_eip
	jne	5f
	movl	db_dr6, %eax
	andl	$2, %eax
	cmpl	$2, %eax
5:	CHECK e, s_dr1

	/* 6. single-step (TF) over an ordinary instruction: DR6.BS */
	call	db_reset
	pushfl
	orl	$TF, (%esp)
	popfl
	nop				/* the #DB comes after the instruction following popf */
ss1_after:
	nop
	cmpl	$1, db_count
	jne	6f
	cmpl	$ss1_after, db_eip
	jne	6f
	movl	db_dr6, %eax
	andl	$0x4000, %eax
	cmpl	$0x4000, %eax
6:	CHECK e, s_ss
	movl	db_dr6, %eax
	PRINTV s_v_ss_dr6

	/* 7. single-step over an instruction the hypervisor emulates (cpuid):
	 * one #DB, after it, DR6.BS */
	call	db_reset
	movl	$0, %eax
	pushfl
	orl	$TF, (%esp)
	popfl
	cpuid
ss2_after:
	nop
	cmpl	$1, db_count
	jne	7f
	cmpl	$ss2_after, db_eip
	jne	7f
	movl	db_dr6, %eax
	andl	$0x4000, %eax
	cmpl	$0x4000, %eax
7:	CHECK e, s_ss_cpuid
	movl	db_dr6, %eax
	PRINTV s_v_ss2_dr6

	/* 8. RF over an emulated instruction: breakpoints on cpuid (DR0) and
	 * on the next instruction (DR1); the handler resumes with RF=1 at
	 * cpuid, which must clear RF when it completes, so DR1 fires too */
	call	db_reset
	movl	$1, db_set_rf
	movl	$rf_cpuid, %eax
	movl	%eax, %dr0
	movl	$rf_next, %eax
	movl	%eax, %dr1
	movl	$(DR7_RESERVED | 0x5), %eax	/* L0, L1: execute */
	movl	%eax, %dr7
	movl	$0, %eax
rf_cpuid:
	cpuid
rf_next:
	nop
	movl	$DR7_RESERVED, %eax
	movl	%eax, %dr7
	movl	db_count, %eax
	PRINTV s_v_rf_count
	cmpl	$2, db_count
	jne	8f
	cmpl	$rf_next, db_eip
8:	CHECK e, s_rf

	/* 9. general detect: DR7.GD set, the next MOV DR faults (#DB, DR6.BD,
	 * EIP = the MOV, GD cleared for the handler) */
	call	db_reset
	movl	$gd_resume, db_resume
	movl	$(DR7_RESERVED | 0x2000), %eax
	movl	%eax, %dr7
gd_mov:
	movl	%dr0, %eax
gd_resume:
	movl	%dr7, %eax
	PRINTV s_v_gd_dr7
	movl	db_dr6, %eax
	PRINTV s_v_gd_dr6
	cmpl	$1, db_count
	jne	9f
	cmpl	$gd_mov, db_eip
	jne	9f
	movl	db_dr6, %eax
	andl	$0x2000, %eax
	cmpl	$0x2000, %eax
9:	CHECK e, s_gd

	/* 10. single-step over an emulated port write that unmasks a pending
	 * timer interrupt: the #DB trap comes first, then the interrupt, then
	 * the #DB after the next instruction (SDM 3A 6.9 priorities): the
	 * hypervisor must not inject the interrupt over the pending trap */
	call	db_reset
	movl	$isr_seq, %eax
	movw	%ax, tg_idt+0x20*8
	movw	$0x08, tg_idt+0x20*8+2
	movw	$0x8e00, tg_idt+0x20*8+4
	shrl	$16, %eax
	movw	%ax, tg_idt+0x20*8+6
	movb	$0x11, %al		/* PIC: base 0x20, all masked */
	outb	%al, $0x20
	movb	$0x20, %al
	outb	%al, $0x21
	movb	$0x04, %al
	outb	%al, $0x21
	movb	$0x01, %al
	outb	%al, $0x21
	movb	$0xff, %al
	outb	%al, $0x21
	movb	$0x34, %al		/* PIT channel 0, mode 2, 18.2 Hz: one tick */
	outb	%al, $0x43		/* in the window, however slow the exits */
	xorl	%eax, %eax
	outb	%al, $0x40
	outb	%al, $0x40
1:	inb	$0x20, %al		/* IRQ0 latches in the IRR while masked */
	testb	$1, %al
	jz	1b
	movl	$0, seq_len
	movl	$1, db_keep_tf
	movl	$ss_stop, db_stop
	movb	$0xfe, %al
	pushfl
	orl	$(TF | 0x200), (%esp)
	popfl
	outb	%al, $0x21		/* unmask IRQ0: trap after it, IRQ pending */
	nop
ss_stop:
	cli
	movb	$0xff, %al
	outb	%al, $0x21
	movl	$0, db_keep_tf
	movl	seq_len, %ecx
	movb	$0, seq(%ecx)
	movl	$s_v_seq, %esi
	call	tg_puts
	movl	$seq, %esi
	call	tg_puts
	movb	$'\n', %al
	call	tg_putc
	cmpl	$0x444944, seq		/* "DID" little-endian, then NUL */
	CHECK e, s_ss_irq

	/* 11. I/O breakpoint (CR4.DE, DR3 RW=10, LEN 1) on a port the
	 * hypervisor emulates: #DB trap after the out, DR6.B3 */
	call	db_reset
	movl	%cr4, %eax
	orl	$8, %eax
	movl	%eax, %cr4
	movl	$0x80, %eax
	movl	%eax, %dr3
	movl	$(DR7_RESERVED | 0x40 | (0x2 << 28)), %eax	/* L3, RW3=10 */
	movl	%eax, %dr7
	movb	$0, %al
	outb	%al, $0x80
io_after:
	movb	$0, %al
	outb	%al, $0x84		/* another port: no #DB */
	movl	$DR7_RESERVED, %eax
	movl	%eax, %dr7
	movl	%cr4, %eax
	andl	$~8, %eax
	movl	%eax, %cr4
	movl	db_dr6, %eax
	PRINTV s_v_io_dr6
	cmpl	$1, db_count
	jne	11f
	cmpl	$io_after, db_eip
	jne	11f
	movl	db_dr6, %eax
	andl	$8, %eax
	cmpl	$8, %eax
11:	CHECK e, s_io

	xorl	%eax, %eax
	movl	%eax, %dr6
	jmp	tg_verdict

/* timer: log 'I', EOI */
isr_seq:
	pushl	%eax
	pushl	%ecx
	movl	seq_len, %ecx
	cmpl	$15, %ecx
	jae	1f
	movb	$'I', seq(%ecx)
	incl	seq_len
1:	movb	$0x20, %al
	outb	%al, $0x20
	popl	%ecx
	popl	%eax
	iret

/* db_reset: clear the handler's record and DR6 */
db_reset:
	movl	$0, db_count
	movl	$0, db_dr6
	movl	$0, db_eip
	movl	$0, db_eflags
	movl	$0, db_set_rf
	movl	$0, db_resume
	xorl	%eax, %eax
	movl	%eax, %dr6
	ret

/*
 * #DB: record DR6 and the pushed EIP/EFLAGS (of the last hit), clear DR6 and
 * TF, set RF if asked (so an instruction breakpoint lets the instruction
 * run), resume at db_resume if set.
 */
db_handler:
	pushl	%eax
	incl	db_count
	movl	%dr6, %eax
	movl	%eax, db_dr6
	movl	4(%esp), %eax
	movl	%eax, db_eip
	movl	12(%esp), %eax
	movl	%eax, db_eflags
	xorl	%eax, %eax
	movl	%eax, %dr6
	cmpl	$0, db_keep_tf		/* stepping on: log 'D', keep TF until db_stop */
	je	4f
	pushl	%ecx
	movl	seq_len, %ecx
	cmpl	$15, %ecx
	jae	5f
	movb	$'D', seq(%ecx)
	incl	seq_len
5:	popl	%ecx
	movl	4(%esp), %eax
	cmpl	db_stop, %eax
	jne	6f
4:	andl	$~TF, 12(%esp)
6:	cmpl	$0, db_set_rf
	je	2f
	orl	$RF, 12(%esp)
2:	movl	db_resume, %eax
	testl	%eax, %eax
	jz	3f
	movl	%eax, 4(%esp)
	movl	$0, db_resume
3:	popl	%eax
	iret

	.section .rodata
s_rdback:	.asciz "dr0-dr3 read back what was written, across an exit"
s_dr7init:	.asciz "dr7 reads 0x400 at start"
s_ibp:		.asciz "instruction breakpoint: #DB fault, dr6.b0, eip at it, rf pushed 0, runs once with rf"
s_dr2:		.asciz "dr2 write breakpoint armed after a dr6 write fires across exits (dr6.b2, trap)"
s_dr1:		.asciz "dr1 read/write breakpoint fires on a load (dr6.b1)"
s_ss:		.asciz "single-step: #DB after the instruction, dr6.bs"
s_ss_cpuid:	.asciz "single-step over cpuid (an exit): one #DB after it, dr6.bs"
s_rf:		.asciz "rf set over cpuid is cleared when it completes: next breakpoint fires"
s_gd:		.asciz "general detect: mov from dr0 faults with dr6.bd"
s_ss_irq:	.asciz "single-step over a port write unmasking an irq: #DB, then the irq, then #DB"
s_io:		.asciz "i/o breakpoint on port 0x80: #DB after the out, dr6.b3"
s_v_io_dr6:	.asciz "tg_dr: i/o breakpoint dr6 = "
s_v_seq:	.asciz "tg_dr: #DB (D) and interrupt (I) order = "
s_v_dr6_0:	.asciz "tg_dr: dr6 after writing 0 = "
s_v_dr6_1:	.asciz "tg_dr: dr6 after writing ~0 and an exit = "
s_v_dr7:	.asciz "tg_dr: dr7 = "
s_v_ibp_dr6:	.asciz "tg_dr: instruction breakpoint dr6 = "
s_v_dr2_dr6:	.asciz "tg_dr: dr2 breakpoint dr6 = "
s_v_dr1_dr6:	.asciz "tg_dr: dr1 breakpoint dr6 = "
s_v_ss_dr6:	.asciz "tg_dr: single-step dr6 = "
s_v_ss2_dr6:	.asciz "tg_dr: single-step over cpuid dr6 = "
s_v_rf_count:	.asciz "tg_dr: #DB count with rf over cpuid = "
s_v_gd_dr7:	.asciz "tg_dr: dr7 after general detect = "
s_v_gd_dr6:	.asciz "tg_dr: general detect dr6 = "

	.data
	.balign 4
watched:	.long 0
counter:	.long 0
db_count:	.long 0
db_dr6:		.long 0
db_eip:		.long 0
db_eflags:	.long 0
db_set_rf:	.long 0
db_resume:	.long 0
db_keep_tf:	.long 0
db_stop:	.long 0
seq_len:	.long 0
seq:		.skip 16
