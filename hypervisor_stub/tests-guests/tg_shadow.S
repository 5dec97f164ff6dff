/*
 * tg_shadow.S - what a guest sees of its own 4-level paging, checked in a
 * 64-bit excursion and printed afterwards: accessed/dirty bits set by the
 * CPU at every level (4 KiB and 2 MiB pages), #PF error codes and CR2 for a
 * write to a read-only page, a not-present page and an NX fetch, a remap
 * seen after invlpg, a page table freed, its page reused as data and then
 * as a table again, a self-referencing PML4 read and written through, and a
 * CR3 switch away and back, and a table linked under more PDEs than a
 * shadow MMU tracks per table written, then a new table needed (under
 * hv.mmu=shadow that write drops every shadow: the CPU must not stay on
 * the dropped root).  The same lines bare in Bochs, under EPT and
 * under hv.mmu=shadow (tests/suites/66-hv-shadow.sh), so it prints nothing
 * that depends on where it runs.
 *
 * Hostile modes (command line `hostile=WHAT`), each of which a hypervisor
 * must stop with a report and survive:
 *   table   a PDE naming a page table outside guest RAM (at 2032 MiB)
 *   leaf    a PTE naming guest-physical 0x8000000: with the default 128 MiB
 *           that is where hv.mmu=shadow keeps its shadow tables
 *   cr3     CR3 loaded with 0x8000000 (the same: the hypervisor's tables)
 * `notes` (hypervisor only: vmcall) adds one check of the pre-virtualized
 * protocol: with the shared page registered, a store into a page table
 * announced by an AB_BATCH_PT_NOTE opens the table, a second store into it
 * without a note (a missed site) costs no exit, and both are seen after a
 * CR3 reload (the hypervisor compares the open table with its snapshot);
 * and in an open table a change, a fill through it (after invlpg) and the
 * change undone are seen after a CR3 reload: the undo too, although the
 * table then equals what it was when opened.
 */
#include "tg_common.inc"

#define TVA	0x40000000		/* the test window: PDPT[1] -> pd1 -> pt1 */
#define P	1
#define W	2
#define PS	0x80
#define A	0x20
#define D	0x40
#define MAGIC1	0x1111111111111111
#define MAGIC2	0x2222222222222222
#define MAGIC4	0x4444444444444444
#define RVA_PTE	0xffffff8000200000	/* PML4[511] = PML4: pt1[0] seen as data */
#define RVA_SELF 0xfffffffffffffff8	/* ... and PML4[511] itself */
#define MAGIC5	0x5555555555555555
#define NTESTS	19

	.text
	.code32
	.globl tg_main
tg_main:
	movl	$1, %ebx
	movl	$s_h_table, %edi
	movl	$13, %ecx
	call	tg_cmdline_is
	je	1f
	movl	$2, %ebx
	movl	$s_h_leaf, %edi
	movl	$12, %ecx
	call	tg_cmdline_is
	je	1f
	movl	$3, %ebx
	movl	$s_h_cr3, %edi
	movl	$11, %ecx
	call	tg_cmdline_is
	je	1f
	movl	$4, %ebx
	movl	$s_h_notes, %edi
	movl	$5, %ecx
	call	tg_cmdline_is
	je	1f
	xorl	%ebx, %ebx
1:	movl	%ebx, hostile
	call	build_tables
	call	run64
	cmpl	$0, unexpected
	je	1f
	movl	pf_count, %eax
	PRINTV	s_unexpected
1:
	cmpl	$1, res + 0 * 4
	CHECK e, s_a_read
	cmpl	$1, res + 1 * 4
	CHECK e, s_d_write
	cmpl	$1, res + 2 * 4
	CHECK e, s_ro_fault
	cmpl	$1, res + 3 * 4
	CHECK e, s_ro_kept
	cmpl	$1, res + 4 * 4
	CHECK e, s_ro_read
	cmpl	$1, res + 5 * 4
	CHECK e, s_np_read
	cmpl	$1, res + 6 * 4
	CHECK e, s_np_write
	cmpl	$1, res + 7 * 4
	CHECK e, s_nx
	cmpl	$1, res + 8 * 4
	CHECK e, s_remap
	cmpl	$1, res + 9 * 4
	CHECK e, s_unlinked
	cmpl	$1, res + 10 * 4
	CHECK e, s_newtable
	cmpl	$1, res + 11 * 4
	CHECK e, s_reused
	cmpl	$1, res + 12 * 4
	CHECK e, s_self_read
	cmpl	$1, res + 13 * 4
	CHECK e, s_self_write
	cmpl	$1, res + 14 * 4
	CHECK e, s_large
	cmpl	$1, res + 15 * 4
	CHECK e, s_cr3
	cmpl	$1, res + 16 * 4
	CHECK e, s_reset
	cmpl	$4, hostile
	jne	3f			/* (CHECK uses the labels 1 and 2) */
	cmpl	$1, res + 17 * 4
	CHECK e, s_notes
	cmpl	$1, res + 18 * 4
	CHECK e, s_notes_undo
3:	cmpl	$0, unexpected
	CHECK e, s_no_unexpected
	jmp	tg_verdict

/* Identity map of the first 4 MiB in two 2 MiB pages (A/D clear), the window empty. */
build_tables:
	movl	$pdpt + (P | W), pml4
	movl	$pd0 + (P | W), pdpt
	movl	$(P | W | PS), pd0
	movl	$0x200000 + (P | W | PS), pd0 + 8
	movl	$pd1 + (P | W), pdpt + 8
	movl	$pt1 + (P | W), pd1
	ret

/* Into IA-32e mode with NXE and CR0.WP, the tests, and back to 32-bit protected mode. */
run64:
	movl	%esp, saved_esp
	lgdt	gdtr64
	movl	%cr4, %eax
	orl	$0x20, %eax			/* PAE */
	movl	%eax, %cr4
	movl	$pml4, %eax
	movl	%eax, %cr3
	movl	$0xc0000080, %ecx
	rdmsr
	orl	$0x900, %eax			/* LME, NXE */
	wrmsr
	movl	%cr0, %eax
	orl	$0x80010000, %eax		/* PG, WP */
	movl	%eax, %cr0
	ljmp	$0x18, $tests64
leave32:
	.code32
	movw	$0x10, %ax
	movw	%ax, %ss
	movl	saved_esp, %esp
	movl	%cr0, %eax
	andl	$0x7ffeffff, %eax
	movl	%eax, %cr0			/* paging off: IA-32e mode off */
	movl	$0xc0000080, %ecx
	rdmsr
	andl	$~0x900, %eax
	wrmsr
	movl	%cr4, %eax
	andl	$~0x20, %eax
	movl	%eax, %cr4
	lgdt	tg_gdtr
	lidt	tg_idtr
	ret

	.code64
/* %rax = where the next #PF resumes */
#define RECOVER(l)	leaq l(%rip), %rax; movq %rax, pf_recover(%rip); movl $0, pf_count(%rip)
#define RESULT(n)	setz %al; movzbl %al, %eax; movl %eax, res + (n) * 4(%rip)

tests64:
	movl	$0x10, %eax
	movl	%eax, %ds
	movl	%eax, %es
	movl	%eax, %ss
	lidt	idtr64(%rip)
	movq	$stack64_top, %rsp
	call	idt64_init

	/* hostile modes first: none of them returns under a hypervisor */
	movl	hostile(%rip), %eax
	cmpl	$1, %eax
	jne	1f
	movq	$0x7f000000 + (P | W), %rax	/* a PT outside guest RAM */
	movq	%rax, pd1(%rip)
	movq	TVA, %rax
	jmp	out64
1:	cmpl	$2, %eax
	jne	1f
	movq	$0x8000000 + (P | W), %rax	/* a page of the hypervisor's shadow tables */
	movq	%rax, pt1 + 5 * 8(%rip)
	movq	TVA + 0x5000, %rax
	movq	$0, TVA + 0x5000
	jmp	out64
1:	cmpl	$3, %eax
	jne	1f
	movl	$0x8000000, %eax
	movq	%rax, %cr3
	nop
	jmp	out64
1:
	/* 0: a read sets A at every level, not D */
	movq	$d1 + (P | W), %rax
	movq	%rax, pt1(%rip)
	movq	TVA, %rax
	movq	pt1(%rip), %rax
	andl	$(A | D), %eax
	cmpl	$A, %eax
	jne	1f
	testb	$A, pd1(%rip)
	jz	1f
	testb	$A, pdpt + 8(%rip)
	jz	1f
	testb	$A, pml4(%rip)
	jz	1f
	cmpl	%eax, %eax			/* ZF: all there */
	jmp	2f
1:	testq	%rsp, %rsp			/* !ZF */
2:	RESULT(0)
	/* 1: a write then sets D */
	movq	$MAGIC1, %rax
	movq	%rax, TVA
	testb	$D, pt1(%rip)
	setnz	%al
	movzbl	%al, %eax
	movl	%eax, res + 1 * 4(%rip)

	/* 2-4: a write to a read-only page faults (P|W, CR2), leaves it, a read works */
	movq	$MAGIC2, %rax
	movq	%rax, d2(%rip)
	movq	$d2 + P, %rax
	movq	%rax, pt1 + 8(%rip)
	RECOVER(1f)
	movq	$0x5a, TVA + 0x1000
1:	cmpl	$1, pf_count(%rip)
	jne	2f
	cmpq	$(P | W), pf_err(%rip)
	jne	2f
	cmpq	$TVA + 0x1000, pf_cr2(%rip)
2:	RESULT(2)
	movq	$MAGIC2, %rax
	cmpq	%rax, d2(%rip)
	RESULT(3)
	movq	$MAGIC2, %rax
	cmpq	%rax, TVA + 0x1000
	RESULT(4)

	/* 5-6: not present: error 0 for a read, W for a write, CR2 */
	RECOVER(1f)
	movq	TVA + 0x3000, %rax
1:	cmpl	$1, pf_count(%rip)
	jne	2f
	cmpq	$0, pf_err(%rip)
	jne	2f
	cmpq	$TVA + 0x3000, pf_cr2(%rip)
2:	RESULT(5)
	RECOVER(1f)
	movq	$1, TVA + 0x3008
1:	cmpl	$1, pf_count(%rip)
	jne	2f
	cmpq	$W, pf_err(%rip)
	jne	2f
	cmpq	$TVA + 0x3008, pf_cr2(%rip)
2:	RESULT(6)

	/* 7: a fetch from an NX page faults with P|I/D */
	movb	$0xc3, d3(%rip)
	movq	$d3 + (P | W), %rax
	btsq	$63, %rax
	movq	%rax, pt1 + 16(%rip)
	RECOVER(1f)
	movq	$TVA + 0x2000, %rax
	jmp	*%rax
1:	cmpl	$1, pf_count(%rip)
	jne	2f
	cmpq	$0x11, pf_err(%rip)
	jne	2f
	cmpq	$TVA + 0x2000, pf_cr2(%rip)
2:	RESULT(7)

	/* 8: remap TVA to d2, invlpg, read: d2's contents */
	movq	$d2 + (P | W), %rax
	movq	%rax, pt1(%rip)
	invlpg	TVA
	movq	$MAGIC2, %rax
	cmpq	%rax, TVA
	RESULT(8)

	/* 9: pt1 unlinked (invlpg drops the walk too): TVA not present */
	movq	$0, pd1(%rip)
	invlpg	TVA
	RECOVER(1f)
	movq	TVA, %rax
1:	cmpl	$1, pf_count(%rip)
	jne	2f
	cmpq	$0, pf_err(%rip)
2:	RESULT(9)
	/* 10: pt1's page reused as data (rep stos), a new table pt2 maps d4 */
	leaq	pt1(%rip), %rdi
	movq	$0x5a5a5a5a5a5a5a5a, %rax
	movl	$512, %ecx
	rep stosq
	movq	$MAGIC4, %rax
	movq	%rax, d4(%rip)
	movq	$d4 + (P | W), %rax
	movq	%rax, pt2(%rip)
	movq	$pt2 + (P | W), %rax
	movq	%rax, pd1(%rip)
	movq	$MAGIC4, %rax
	cmpq	%rax, TVA
	RESULT(10)
	/* 11: and pt1's page a table again (zeroed by plain stores), mapping d1 */
	leaq	pt1(%rip), %rdi
	movl	$512, %ecx
2:	movq	$0, (%rdi)
	addq	$8, %rdi
	loop	2b
	movq	$d1 + (P | W), %rax
	movq	%rax, pt1(%rip)
	movq	$pt1 + (P | W), %rax
	movq	%rax, pd1(%rip)
	invlpg	TVA
	movq	$MAGIC1, %rax
	cmpq	%rax, TVA
	RESULT(11)

	/* 12: PML4[511] = PML4: pt1[0] and PML4[511] read through it */
	movq	$pml4 + (P | W), %rax
	movq	%rax, pml4 + 511 * 8(%rip)
	movq	$RVA_PTE, %rbx
	movq	(%rbx), %rax
	cmpq	pt1(%rip), %rax
	jne	1f
	movq	$RVA_SELF, %rbx
	movq	(%rbx), %rax
	andq	$~0xfff, %rax
	cmpq	$pml4, %rax
1:	RESULT(12)
	/* 13: pt1[0] written through it: TVA now maps d4 */
	movq	$RVA_PTE, %rbx
	movq	$d4 + (P | W), %rax
	movq	%rax, (%rbx)
	invlpg	TVA
	movq	$MAGIC4, %rax
	cmpq	%rax, TVA
	jne	1f
	cmpq	$d4 + (P | W), pt1(%rip)
	setae	%al			/* A (and D) may be set by now */
	cmpb	$1, %al
1:	RESULT(13)

	/* 14: a 2 MiB page: a write sets A and D in its PDE */
	movq	$1, 0x200008
	movq	pd0 + 8(%rip), %rax
	andl	$(A | D), %eax
	cmpl	$(A | D), %eax
	RESULT(14)

	/* 15: CR3 to a second PML4 (same PDPT) and back: TVA still maps d4 */
	movq	pml4(%rip), %rax
	movq	%rax, pml4b(%rip)
	movq	%cr3, %rbx
	movq	$pml4b, %rax
	movq	%rax, %cr3
	movq	TVA, %rcx
	movq	%rbx, %cr3
	movq	%cr3, %rax
	cmpq	%rbx, %rax
	jne	1f
	movq	$MAGIC4, %rax
	cmpq	%rax, %rcx
	jne	1f
	cmpq	%rax, TVA
1:	RESULT(15)

	/* 16: pt3 (pt3[0] = d5) linked at pd1[1..10] and read through each, then
	 * pt3[1] written; pd1[11] = pt4 (pt4[0] = d1) is new: all still right.
	 * First a rep stos into the live pt1 (an empty entry stays empty), which
	 * a shadow MMU cannot emulate as a MOV. */
	leaq	pt1 + 8 * 8(%rip), %rdi
	xorl	%eax, %eax
	movl	$1, %ecx
	rep stosq
	movq	$MAGIC5, %rax
	movq	%rax, d5(%rip)
	movq	$d5 + (P | W), %rax
	movq	%rax, pt3(%rip)
	movq	$pt3 + (P | W), %rax
	leaq	pd1 + 8(%rip), %rdi
	movl	$10, %ecx
2:	movq	%rax, (%rdi)
	addq	$8, %rdi
	loop	2b
	movq	$TVA + 0x200000, %rbx
	movl	$10, %ecx
2:	movq	(%rbx), %rax
	addq	$0x200000, %rbx
	loop	2b
	movq	$d2 + (P | W), %rax
	movq	%rax, pt3 + 8(%rip)
	movq	$d1 + (P | W), %rax
	movq	%rax, pt4(%rip)
	movq	$pt4 + (P | W), %rax
	movq	%rax, pd1 + 11 * 8(%rip)
	movq	$MAGIC1, %rax
	cmpq	%rax, TVA + 11 * 0x200000
	jne	1f
	movq	$MAGIC4, %rax
	cmpq	%rax, TVA
	jne	1f
	movq	$MAGIC2, %rax
	cmpq	%rax, TVA + 10 * 0x200000 + 0x1000
	jne	1f
	movq	$MAGIC5, %rax
	cmpq	%rax, TVA + 0x200000
1:	RESULT(16)

	cmpl	$4, hostile(%rip)
	jne	out64
	/* 17: notes (hypervisor only) */
	movl	$AB_HV_ABI_VERSION, shared + AB_SHARED_OFF_ABI_VERSION(%rip)
	movl	$1, shared + AB_SHARED_OFF_VIF(%rip)
	movl	$AB_HC_SHARED_PAGE, %eax
	movq	$shared, %rdi
	vmcall
	testl	%eax, %eax
	jnz	2f
	movq	$d2 + P, %rax			/* pt1[1] maps d2 read-only again */
	movq	%rax, pt1 + 8(%rip)
	invlpg	TVA + 0x1000
	RECOVER(2f)
	movq	TVA, %rax			/* both entries in the shadow */
	movq	TVA + 0x1000, %rax
	movl	$AB_BATCH_PT_NOTE, shared + AB_SHARED_OFF_BATCH + AB_BATCH_OFF_KIND(%rip)
	movl	$8, shared + AB_SHARED_OFF_BATCH + AB_BATCH_OFF_SIZE(%rip)
	movq	$pt1, shared + AB_SHARED_OFF_BATCH + AB_BATCH_OFF_ADDR(%rip)
	incl	shared + AB_SHARED_OFF_BATCH_LEN(%rip)	/* commit the note, then store */
	movq	$d1 + (P | W), %rax
	movq	%rax, pt1(%rip)
	movq	%rax, pt1 + 8(%rip)		/* no note: a missed site */
	movq	%cr3, %rax
	movq	%rax, %cr3
	movq	$MAGIC1, %rax
	cmpq	%rax, TVA
	jne	1f
	cmpq	%rax, TVA + 0x1000
	jmp	1f
2:	testq	%rsp, %rsp			/* a fault or no shared page: !ZF */
1:	RESULT(17)
	/* 18: notes: pt1[0] d1 -> d2, TVA filled from it, back to d1, CR3 reload */
	movl	$AB_HC_FLUSH, %eax		/* the batch empty: the note goes first */
	vmcall
	movl	$AB_BATCH_PT_NOTE, shared + AB_SHARED_OFF_BATCH + AB_BATCH_OFF_KIND(%rip)
	movl	$8, shared + AB_SHARED_OFF_BATCH + AB_BATCH_OFF_SIZE(%rip)
	movq	$pt1, shared + AB_SHARED_OFF_BATCH + AB_BATCH_OFF_ADDR(%rip)
	incl	shared + AB_SHARED_OFF_BATCH_LEN(%rip)
	RECOVER(2f)
	movq	pt1(%rip), %rbx			/* d1 with the A/D bits the CPU set */
	movq	$d2 + (P | W), %rax
	movq	%rax, pt1(%rip)			/* opens pt1 (protected since the reload) */
	invlpg	TVA
	movq	TVA, %rcx			/* filled from d2 */
	movq	%rbx, pt1(%rip)			/* undone: pt1 as it was when opened */
	movq	%cr3, %rax
	movq	%rax, %cr3
	movq	$MAGIC2, %rax
	cmpq	%rax, %rcx
	jne	1f
	movq	$MAGIC1, %rax
	cmpq	%rax, TVA
	jmp	1f
2:	testq	%rsp, %rsp
1:	RESULT(18)
	movl	$AB_HC_FLUSH, %eax
	vmcall

out64:
	pushq	$0x08				/* back to the 32-bit code segment */
	leaq	leave32(%rip), %rax
	pushq	%rax
	lretq

/* 64-bit IDT: #PF records error code and CR2 and resumes at pf_recover; anything else ends the tests. */
idt64_init:
	leaq	other_handler(%rip), %rdx
	xorl	%ecx, %ecx
1:	cmpl	$14, %ecx
	jne	2f
	leaq	pf_handler(%rip), %rax
	jmp	3f
2:	movq	%rdx, %rax
3:	movq	%rcx, %rdi
	shlq	$4, %rdi
	leaq	idt64(%rip), %rsi
	addq	%rdi, %rsi
	movw	%ax, (%rsi)
	movw	$0x18, 2(%rsi)
	movw	$0x8e00, 4(%rsi)
	shrq	$16, %rax
	movw	%ax, 6(%rsi)
	shrq	$16, %rax
	movl	%eax, 8(%rsi)
	movl	$0, 12(%rsi)
	incl	%ecx
	cmpl	$32, %ecx
	jne	1b
	ret

pf_handler:
	popq	pf_err(%rip)
	pushq	%rax
	movq	%cr2, %rax
	movq	%rax, pf_cr2(%rip)
	incl	pf_count(%rip)
	movq	pf_recover(%rip), %rax
	movq	%rax, 8(%rsp)			/* the interrupted RIP */
	popq	%rax
	iretq

other_handler:
	movl	$1, unexpected(%rip)
	movq	$stack64_top, %rsp
	jmp	out64

	.code32
	.data
s_unexpected:	.asciz "tg_shadow: unexpected exception in the 64-bit excursion, pf_count="
s_a_read:	.asciz "a/d: a read sets A in the PTE and every table above, not D"
s_d_write:	.asciz "a/d: a write after the read sets D"
s_ro_fault:	.asciz "#PF: a write to a read-only page faults with error P|W and CR2"
s_ro_kept:	.asciz "#PF: the read-only page keeps its contents"
s_ro_read:	.asciz "read-only page: a read works"
s_np_read:	.asciz "#PF: a read of a not-present page: error 0, CR2"
s_np_write:	.asciz "#PF: a write to a not-present page: error W, CR2"
s_nx:		.asciz "#PF: a fetch from an NX page: error P|I/D, CR2"
s_remap:	.asciz "remap: a changed PTE is seen after invlpg"
s_unlinked:	.asciz "table freed: the unlinked page table's mappings are gone after invlpg"
s_newtable:	.asciz "table freed: its page reused as data, a new table maps the window"
s_reused:	.asciz "table reused: the old page zeroed and linked as a table again"
s_self_read:	.asciz "self-referencing PML4: a PTE and the PML4 entry read through it"
s_self_write:	.asciz "self-referencing PML4: a PTE written through it takes effect after invlpg"
s_large:	.asciz "2 MiB page: a write sets A and D in the PDE"
s_cr3:		.asciz "cr3: a switch away and back keeps the mappings, mov from cr3 reads the guest's value"
s_reset:	.asciz "reset: a table linked under ten PDEs written, then a new table: every mapping right"
s_no_unexpected: .asciz "no unexpected exception in the 64-bit excursion"
s_h_table:	.asciz "hostile=table"
s_h_leaf:	.asciz "hostile=leaf"
s_h_cr3:	.asciz "hostile=cr3"
s_h_notes:	.asciz "notes"
s_notes_undo:	.asciz "notes: a change, a fill through it and the change undone in an open table: the undo is seen after a CR3 reload"
s_notes:	.asciz "notes: a noted and an unnoted store into an open table are both seen after a CR3 reload"
	TG_GDT64 gdt64, gdtr64
idtr64:	.word 32 * 16 - 1
	.quad idt64
hostile:	.long 0
unexpected:	.long 0
saved_esp:	.long 0
	.balign 8
pf_recover:	.quad 0
pf_err:		.quad 0
pf_cr2:		.quad 0
pf_count:	.long 0
res:		.skip NTESTS * 4

	.bss
	.balign 4096
pml4:	.skip 4096
pml4b:	.skip 4096
pdpt:	.skip 4096
pd0:	.skip 4096
pd1:	.skip 4096
pt1:	.skip 4096
pt2:	.skip 4096
pt3:	.skip 4096
pt4:	.skip 4096
d1:	.skip 4096
d2:	.skip 4096
d3:	.skip 4096
d4:	.skip 4096
d5:	.skip 4096
idt64:	.skip 32 * 16
	.balign 4096
shared:	.skip 4096
	.balign 16
	.skip 8192
stack64_top:
