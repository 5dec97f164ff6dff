/*
 * hc_entry.S - the hypercall back end's handlers: the code the rewriter's
 * slots call (struct ab_handlers in loader/rewriter.h; table filled in
 * hypercall.c).  Each handler leaves every register and flag exactly as the
 * original instruction defines them.
 *
 * The interrupt flag is virtual: the guest's IF is (RFLAGS.IF & vif), vif
 * being the byte at wedge_hc_page + AB_SHARED_OFF_VIF.  An interrupt gate
 * still clears the real IF, so inside a handler the guest sees IF = 0 with
 * vif untouched; cli only clears vif (inline store); sti, popf and iretq set
 * both.  While vif = 0 the hypervisor does not inject: it parks the vector
 * in the shared page's pending[] bitmap.  When the guest's IF goes back to
 * 1 (sti, popf, iretq, hlt) the wedge replays what is parked by delivering
 * it through the guest's IDT itself - the frame the CPU would push at CPL 0
 * - so a replay costs no VM exit.  A bit is claimed with one `lock btr`
 * (VM exits happen only at instruction boundaries, so the hypervisor, which
 * also injects parked bits at an exit with vif = 1, never delivers a vector
 * twice).
 *
 * Calling: the slot code is `call pre; <original>; [call post]; jmp back`,
 * so a pre handler's return address is the original instruction: it returns
 * there to run it (the fallback, trapped and emulated by the hypervisor; the
 * slot's count is incremented) or past it when it did the work.
 */
#include "afterburn/site.h"
#include "afterburn/hypercall.h"
#include "entry.inc"

#define VIF		(wedge_hc_page + AB_SHARED_OFF_VIF)
#define PEND		(wedge_hc_page + AB_SHARED_OFF_PENDING)
#define RFLAGS_IF	0x200
/* slot->count, seen from a pre handler's return address (slot + AB_BRANCH_LEN) */
#define COUNT_FROM_RET	(56 - AB_BRANCH_LEN)

	.text

/* %eax = number, %rdi/%rsi/%rcx arguments -> %rax.  Clobbers flags only. */
	.globl	wedge_hc_trap
wedge_hc_trap:
	cmpl	$AB_HV_TRAP_VMCALL, wedge_hv_trap(%rip)
	jne	1f
	vmcall
	ret
1:	outl	%eax, $AB_HV_PORT
	ret

/* ZF = 0 if any vector is parked.  Clobbers %rax. */
.macro ANY_PENDING
	movq	PEND(%rip), %rax
	orq	PEND+8(%rip), %rax
	orq	PEND+16(%rip), %rax
	orq	PEND+24(%rip), %rax
.endm

/*
 * Claim the lowest parked vector: %eax = vector, or -1 if none is left.
 * Clobbers %rcx, %rdx, flags.
 */
wedge_hc_claim:
1:	leaq	PEND(%rip), %rdx
	xorl	%ecx, %ecx
2:	movq	(%rdx,%rcx,8), %rax
	testq	%rax, %rax
	jnz	3f
	incl	%ecx
	cmpl	$4, %ecx
	jb	2b
	movl	$-1, %eax
	ret
3:	bsfq	%rax, %rax
	lock btrq %rax, (%rdx,%rcx,8)
	jnc	1b			/* the hypervisor injected it meanwhile */
	shll	$6, %ecx
	addl	%ecx, %eax
	ret

/*
 * The guest's handler for vector %eax, from its IDT (sidt: the guest may
 * have moved it): %rax = handler address, %edx = 1 for an interrupt gate
 * (IF to clear), 0 for a trap gate.  Clobbers %rcx, flags.  External
 * interrupts are assumed not to use an IST stack (the sample guest's do not).
 */
wedge_hc_gate:
	subq	$16, %rsp
	sidt	6(%rsp)			/* limit at 6, base at 8 */
	movq	8(%rsp), %rcx
	addq	$16, %rsp
	movzbl	%al, %eax
	shll	$4, %eax
	addq	%rax, %rcx
	movzwl	6(%rcx), %eax
	shll	$16, %eax
	movw	(%rcx), %ax
	movl	8(%rcx), %edx
	shlq	$32, %rdx
	orq	%rdx, %rax
	movzbl	5(%rcx), %edx
	notl	%edx
	andl	$1, %edx		/* type 0xe (interrupt gate) -> 1, 0xf -> 0 */
	ret

/*
 * Deliver every parked vector now, as the CPU would at this instruction
 * boundary (CPL 0, no IST): frame SS, RSP, RFLAGS, CS, RIP on the stack
 * aligned to 16, IF cleared for an interrupt gate, jump to the handler.  Its
 * iretq (our iret handler) comes back to 5: and we look again.  Called with
 * the guest's IF = 1; preserves every register and flag.
 */
	.globl	wedge_hc_deliver
wedge_hc_deliver:
	pushfq
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%r8
1:	call	wedge_hc_claim
	testl	%eax, %eax
	js	8f
	call	wedge_hc_gate
	lock incq wedge_hc_replays_here(%rip)
	movl	%edx, %r8d
	movq	%rsp, %rcx
	andq	$-16, %rsp
	movl	%ss, %edx
	pushq	%rdx
	pushq	%rcx
	pushfq
	orq	$RFLAGS_IF, (%rsp)
	movl	%cs, %edx
	pushq	%rdx
	leaq	5f(%rip), %rdx
	pushq	%rdx
	testl	%r8d, %r8d
	jz	4f
	cli
4:	jmp	*%rax
5:	jmp	1b
8:	popq	%r8
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	ret

/* post for sti and popf: replay parked vectors if the guest's IF is now 1. */
	.globl	wedge_hc_replay
wedge_hc_replay:
	pushfq
	testl	$RFLAGS_IF, (%rsp)
	jz	9f
	testb	$1, VIF(%rip)
	jz	9f
	pushq	%rax
	ANY_PENDING
	popq	%rax
	jz	9f
	call	wedge_hc_deliver
9:	popfq
	ret

/* pre for sti: vif = 1, then the original sti sets the real IF. */
	.globl	wedge_hc_sti_pre
wedge_hc_sti_pre:
	movb	$1, VIF(%rip)
	ret

/* pre for popf: vif = IF of the image about to be popped (popf reloads every flag). */
	.globl	wedge_hc_popf_pre
wedge_hc_popf_pre:
	btl	$9, 8(%rsp)
	setc	VIF(%rip)
	ret

/*
 * pre for iret: vif = IF of the frame.  If that is 1 and a vector is
 * parked, it is taken at the target right after the iret: the CPU would
 * push the same five words the frame already holds, so the handler is
 * entered with the frame in place (exact when the frame sits where the CPU
 * would put it: at the aligned target stack or the TSS rsp0).  Otherwise
 * the original iret runs.  iretq only for the replay (an iretd frame has
 * other offsets; it just sets vif).
 */
	.globl	wedge_hc_iret_pre
wedge_hc_iret_pre:
	pushq	%rax
	movq	8(%rsp), %rax
	cmpw	$0xcf48, (%rax)
	jne	6f
	btl	$9, 32(%rsp)		/* RFLAGS: 16 + 16 */
	jmp	7f
6:	btl	$9, 24(%rsp)		/* iretd: EFLAGS at 16 + 8 */
7:	setc	VIF(%rip)
	jnc	8f
	movq	8(%rsp), %rax
	cmpw	$0xcf48, (%rax)
	jne	8f
	ANY_PENDING
	jz	8f
	pushq	%rcx
	pushq	%rdx
	call	wedge_hc_claim
	testl	%eax, %eax
	js	9f
	call	wedge_hc_gate
	lock incq wedge_hc_replays_iret(%rip)
	movq	%rax, 24(%rsp)		/* our return address becomes the handler */
	testl	%edx, %edx
	popq	%rdx
	popq	%rcx
	popq	%rax
	jz	1f
	cli
1:	ret				/* into the guest's handler, the frame at %rsp */
9:	popq	%rdx
	popq	%rcx
8:	popq	%rax
	ret				/* run the original iret */

/* Count a fallback in the slot whose pre handler returns to 16(%rsp) (after pushfq; push %rax). */
.macro COUNT_FALLBACK
	movq	16(%rsp), %rax
	lock incq COUNT_FROM_RET(%rax)
.endm

/*
 * pre for hlt: with the guest's IF = 1, AB_HC_HALT (wakes on the next
 * interrupt, which the hypervisor then injects) and skip the hlt.  With the
 * guest's IF = 0 the real hlt runs with the real IF cleared too (the guest's
 * IF is already 0, so that changes nothing it can see, and the hypervisor
 * then sees a halt that nothing can end - the guest is done - rather than
 * waking it for an interrupt the guest has masked).  If AB_HC_HALT is
 * refused (no timer armed: it could never return) the real hlt runs too,
 * so the hypervisor judges it as it would natively.
 */
	.globl	wedge_hc_hlt_pre
wedge_hc_hlt_pre:
	pushfq
	pushq	%rax
	testl	$RFLAGS_IF, 8(%rsp)
	jz	8f
	testb	$1, VIF(%rip)
	jz	7f
	movl	$AB_HC_HALT, %eax
	call	wedge_hc_trap
	testq	%rax, %rax
	js	8f
	popq	%rax
	call	wedge_hc_replay
	addq	$1, 8(%rsp)		/* past the 1-byte hlt */
	popfq
	ret
7:	andq	$~RFLAGS_IF, 8(%rsp)
8:	COUNT_FALLBACK
	popq	%rax
	popfq
	ret

/*
 * entry for an "sti; hlt" pair: the real IF stays 0 until the sti right
 * before the trap, whose interrupt shadow covers it - so no interrupt slips
 * in between (the reason for the pair).  A parked vector wakes it at once.
 */
	.globl	wedge_hc_sti_hlt
wedge_hc_sti_hlt:
	pushfq
	orq	$RFLAGS_IF, (%rsp)	/* the one flag sti;hlt changes */
	pushq	%rax
	cli
	movb	$1, VIF(%rip)
	ANY_PENDING
	jnz	5f
	movl	$AB_HC_HALT, %eax
	cmpl	$AB_HV_TRAP_VMCALL, wedge_hv_trap(%rip)
	jne	2f
	sti
	vmcall
	jmp	3f
2:	sti
	outl	%eax, $AB_HV_PORT
3:	testq	%rax, %rax
	jns	4f
	hlt				/* refused (nothing armed): the real one, judged natively */
4:	popq	%rax
	popfq
	ret
5:	sti
	popq	%rax
	call	wedge_hc_deliver
	popfq
	ret

/* pre handlers written in C (hypercall.c): entry.inc's C_CALL. */
.macro C_PRE name, func
	C_CALL	wedge_hc_\name, \func
.endm

/* The same with every general register saved (struct wedge_hc_gprs), for
 * handlers that read any register (a memory operand's base and index). */
.macro C_PRE_ALL name, func
	.globl	wedge_hc_\name
wedge_hc_\name:
	pushfq
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rbx
	pushq	%rbp
	pushq	%rsi
	pushq	%rdi
	pushq	%r8
	pushq	%r9
	pushq	%r10
	pushq	%r11
	pushq	%r12
	pushq	%r13
	pushq	%r14
	pushq	%r15
	movq	%rsp, %rdi
	movq	%rsp, %rbx
	andq	$-16, %rsp
	cld
	call	\func
	movq	%rbx, %rsp
	addq	%rax, 128(%rsp)		/* the return address: past the original if done */
	popq	%r15
	popq	%r14
	popq	%r13
	popq	%r12
	popq	%r11
	popq	%r10
	popq	%r9
	popq	%r8
	popq	%rdi
	popq	%rsi
	popq	%rbp
	popq	%rbx
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	ret
.endm

	C_PRE_ALL ptwrite_full, wedge_hc_ptwrite

/*
 * The pt-write pre handler.  Fast path, for ptwrite=note once the C path
 * has checked the site's record and bytes (bit 0 of slot->scratch): the
 * store's address from the record and the registers it names, and if it
 * lies in the page noted last while the shared page's pt_epoch has not
 * moved, no note is due, so the original store runs in the slot.  Four
 * registers saved instead of sixteen and no C call: about a quarter of the
 * full path's ~130 instructions, and clear_page alone runs its 8
 * pt-write stores 1.5 M times in one Linux /init run.  Anything else (the
 * first run of a site, a note due, rip-relative or %rsp addressing, other
 * sizes, misalignment, other modes) takes the full path.
 */
/* struct ab_site / ab_slot offsets and WEDGE_PT_NOTE (ptwrite.c checks them) */
#define PT_SITE_OPSIZE		13
#define PT_SITE_BASE		16
#define PT_SITE_INDEX		17
#define PT_SITE_SCALE		18
#define PT_SITE_DISP		24
#define PT_SCRATCH_FROM_RET	(AB_SLOT_CODE_LEN + 8 - AB_BRANCH_LEN)
#define WEDGE_PT_NOTE		3
/* enum ab_reg (site.h; C only), as the records hold them */
#define AB_REG_RAX	0
#define AB_REG_RCX	1
#define AB_REG_RDX	2
#define AB_REG_RBX	3
#define AB_REG_RBP	5
#define AB_REG_RSI	6
#define AB_REG_RDI	7
#define AB_REG_R8	8
#define AB_REG_R9	9
#define AB_REG_R10	10
#define AB_REG_R11	11
#define AB_REG_R12	12
#define AB_REG_R13	13
#define AB_REG_R14	14
#define AB_REG_R15	15
#define AB_REG_NONE	0xff
#define PT_RSI		0
#define PT_RDX		8
#define PT_RCX		16
#define PT_RAX		24
#define PT_RET		40
/* %rcx = src if %ecx is num (the next PT_ONE otherwise) */
.macro PT_ONE num, src
	cmpl	$\num, %ecx
	jne	1f
	movq	\src, %rcx
	jmp	9f
1:
.endm
/* %rcx = the site's value of the register numbered %ecx (enum ab_reg) */
.macro PT_REG
	PT_ONE	AB_REG_RDI, %rdi
	PT_ONE	AB_REG_RAX, PT_RAX(%rsp)
	PT_ONE	AB_REG_RDX, PT_RDX(%rsp)
	PT_ONE	AB_REG_RSI, PT_RSI(%rsp)
	PT_ONE	AB_REG_RCX, PT_RCX(%rsp)
	PT_ONE	AB_REG_RBX, %rbx
	PT_ONE	AB_REG_RBP, %rbp
	PT_ONE	AB_REG_R8, %r8
	PT_ONE	AB_REG_R9, %r9
	PT_ONE	AB_REG_R10, %r10
	PT_ONE	AB_REG_R11, %r11
	PT_ONE	AB_REG_R12, %r12
	PT_ONE	AB_REG_R13, %r13
	PT_ONE	AB_REG_R14, %r14
	PT_ONE	AB_REG_R15, %r15
	jmp	.Lpt_slow		/* %rsp, or no general register */
9:
.endm

	.globl	wedge_hc_ptwrite_pre
wedge_hc_ptwrite_pre:
	pushfq
	pushq	%rax
	pushq	%rcx
	pushq	%rdx
	pushq	%rsi
	cmpl	$WEDGE_PT_NOTE, wedge_pt_mode(%rip)
	jne	.Lpt_slow
	movq	PT_RET(%rsp), %rsi
	movq	PT_SCRATCH_FROM_RET(%rsi), %rsi	/* the record | checked */
	btrq	$0, %rsi
	jnc	.Lpt_slow
	movslq	PT_SITE_DISP(%rsi), %rax
	movzbl	PT_SITE_BASE(%rsi), %ecx
	cmpl	$AB_REG_NONE, %ecx
	je	2f
	PT_REG
	addq	%rcx, %rax
2:	movzbl	PT_SITE_INDEX(%rsi), %ecx
	cmpl	$AB_REG_NONE, %ecx
	je	3f
	PT_REG
	movzbl	PT_SITE_SCALE(%rsi), %edx
	testl	%edx, %edx
	jz	.Lpt_slow
	imulq	%rdx, %rcx
	addq	%rcx, %rax
3:	movzbl	PT_SITE_OPSIZE(%rsi), %edx	/* 4 or 8, aligned */
	cmpl	$8, %edx
	je	4f
	cmpl	$4, %edx
	jne	.Lpt_slow
4:	decl	%edx
	testq	%rdx, %rax
	jnz	.Lpt_slow
	andq	$-4096, %rax
	cmpq	wedge_pt_note_page(%rip), %rax
	jne	.Lpt_slow
	movl	wedge_hc_page + AB_SHARED_OFF_PT_EPOCH(%rip), %eax
	cmpl	wedge_pt_note_epoch(%rip), %eax
	jne	.Lpt_slow
	lock incq wedge_pt_notes_skipped(%rip)
	lock incq wedge_pt_direct(%rip)
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	ret				/* to the original store in the slot */
.Lpt_slow:
	popq	%rsi
	popq	%rdx
	popq	%rcx
	popq	%rax
	popfq
	jmp	wedge_hc_ptwrite_full
	C_PRE	cpuid_pre, wedge_hc_cpuid
	C_PRE	in_pre, wedge_hc_in
	C_PRE	out_pre, wedge_hc_out

	.section .note.GNU-stack, "", @progbits
