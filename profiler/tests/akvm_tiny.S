/*
 * akvm_tiny.S - a tiny multiboot guest that exercises afterburn-kvm on its own,
 * so the KVM host can be tested before (and independently of) the sample guest.
 *
 * Same conventions as the sample guest: multiboot v1 with the a.out kludge,
 * 32-bit entry that switches to long mode itself, polled COM1, PIT+8259
 * timer, exit via isa-debug-exit (0xf4), `afterburn-guest:` verdict lines.
 * Command-line words select failure modes for the host's tests:
 *   fail   report a failed self-test (exit 0x11)
 *   hang   cli; hlt forever (host --timeout)
 *   crash  ud2 without an IDT entry (triple fault)
 *   hctimer  also test AB_HC_TIMER_SET (afterburn-kvm --irqchip user)
 *   bench  time 2000 hypercalls, 2000 port writes, 2000 PTE stores (rdtsc)
 * The page-table phases give --profile a known answer: after paging is on,
 * the only stores into live tables are akvm_tiny_pt_store (3x, a PT),
 * akvm_tiny_pd_store (2x, the PD: adds and frees a table), the rep stosq of
 * akvm_tiny_pt_clear (3 entries of the added table) and one of the
 * 514 calls of akvm_tiny_pt_fill (the others fill the new table before it
 * is linked, or scribble on it after it was freed).  akvm_tiny_mmio does one
 * store and one load to unbacked guest-physical memory.
 */
#define COM1		0x3f8
#define MB_MAGIC	0x1badb002
#define MB_FLAGS	0x00010003	/* page align, memory info, a.out kludge */
#define PTE_P		0x001
#define PTE_W		0x002
#define PTE_A		0x020
#define PTE_D		0x040
#define PTE_PS		0x080
#define PTE_FLAGS	(PTE_P | PTE_W | PTE_A | PTE_D)	/* A/D preset: no hardware A/D writes */
#define TICKS		10
#define SCRATCH_VA	0x1ff000	/* last 4K page of the first 2M: remapped by the PT phase */
#define MMIO_GPA	0x3ff00000	/* identity mapped, above any RAM size we run with */

	.section .mbhdr, "a"
	.balign 4
akvm_tiny_mbhdr:
	.long MB_MAGIC, MB_FLAGS, -(MB_MAGIC + MB_FLAGS)
	.long akvm_tiny_mbhdr, akvm_tiny_image_start, akvm_tiny_load_end, akvm_tiny_bss_end
	.long akvm_tiny_entry32

	.text
	.code32
	.globl akvm_tiny_entry32
akvm_tiny_entry32:
	mov	%eax, mb_magic
	mov	%ebx, mb_info
	mov	$stack_top, %esp
	/* Identity map 1 GiB: PML4[0] -> PDPT[0] -> PD; PD[0] -> PT (4K pages), PD[1..511] 2M pages. */
	mov	$pdpt, %eax
	or	$(PTE_P | PTE_W | PTE_A), %eax
	mov	%eax, pml4
	mov	$pd, %eax
	or	$(PTE_P | PTE_W | PTE_A), %eax
	mov	%eax, pdpt
	mov	$pt, %eax
	or	$(PTE_P | PTE_W | PTE_A), %eax
	mov	%eax, pd
	mov	$1, %ecx
1:	mov	%ecx, %eax
	shl	$21, %eax
	or	$(PTE_FLAGS | PTE_PS), %eax
	mov	%eax, pd(,%ecx,8)
	inc	%ecx
	cmp	$512, %ecx
	jb	1b
	xor	%ecx, %ecx
1:	mov	%ecx, %eax
	shl	$12, %eax
	or	$PTE_FLAGS, %eax
	mov	%eax, pt(,%ecx,8)
	inc	%ecx
	cmp	$512, %ecx
	jb	1b
	/* Long mode: PAE, EFER.LME, CR3, paging on, then a far jump into 64-bit code. */
	mov	%cr4, %eax
	or	$0x20, %eax
	mov	%eax, %cr4
	mov	$0xc0000080, %ecx
	rdmsr
	or	$0x100, %eax
	wrmsr
	mov	$pml4, %eax
	mov	%eax, %cr3
	lgdt	gdt_desc
	mov	%cr0, %eax
	or	$0x80000001, %eax
	mov	%eax, %cr0
	ljmp	$0x08, $akvm_tiny_entry64

	.code64
akvm_tiny_entry64:
	mov	$0x10, %eax
	mov	%eax, %ds
	mov	%eax, %es
	mov	%eax, %ss
	mov	$stack_top, %rsp
	lea	msg_hello(%rip), %rsi
	call	puts
	call	parse_cmdline

	/* 1: multiboot magic */
	cmpl	$0x2badb002, mb_magic(%rip)
	lea	t_magic(%rip), %rsi
	call	check

	/* 2: the host announces itself: hypervisor bit and AfterburnVMM leaves */
	mov	$0x40000000, %eax
	cpuid
	mov	%ebx, sigbuf(%rip)
	mov	%ecx, sigbuf+4(%rip)
	mov	%edx, sigbuf+8(%rip)
	lea	msg_sig(%rip), %rsi
	call	puts
	lea	sigbuf(%rip), %rsi
	call	puts
	mov	$'\n', %al
	call	putc
	mov	$1, %eax
	cpuid
	bt	$31, %ecx
	jc	1f
	test	%esp, %esp		/* ZF=0: no hypervisor bit */
	jmp	2f
1:	mov	$0x40000000, %eax
	cpuid
	cmp	$0x65746641, %ebx	/* "Afte" */
	jne	2f
	cmp	$0x72756272, %ecx	/* "rbur" */
	jne	2f
	cmp	$0x4d4d566e, %edx	/* "nVMM" */
2:	lea	t_cpuid(%rip), %rsi
	call	check

	/* 3: hypercall AB_HC_VERSION over the I/O port returns 1 in %rax */
	mov	$0x40000001, %eax
	cpuid
	cmp	$2, %ebx		/* AB_HV_TRAP_PORTIO */
	jne	3f
	cmp	$0xe0, %ecx
	jne	3f
	mov	$0x1234, %rdi
	xor	%eax, %eax		/* AB_HC_VERSION */
	outl	%eax, $0xe0
	cmp	$1, %rax
	jne	3f
	cmp	$0x1234, %rdi		/* arguments preserved */
3:	lea	t_hcall(%rip), %rsi
	call	check

	/* 4: timer interrupts: 8259 at vector 0x20, PIT channel 0 at ~1 kHz */
	call	timer_test
	lea	t_timer(%rip), %rsi
	call	check

	/* 5: page-table updates through akvm_tiny_pt_store (profiled) */
	call	pt_test
	lea	t_pt(%rip), %rsi
	call	check

	/* 7: a page table added and freed: PD[2] -> new PT -> back to a 2M page */
	call	pt_add_free_test
	lea	t_ptadd(%rip), %rsi
	call	check

	/* 8: AB_HC_HALT with IF=1 returns after a timer tick */
	call	hc_halt_test
	lea	t_halt(%rip), %rsi
	call	check

	/* 9: int $0x31 and int3 in kernel mode reach their gates (KVM's emulator
	 * on PVM gives up on both; afterburn-kvm delivers them) */
	call	int_test
	lea	t_int(%rip), %rsi
	call	check

	/* 6: unbacked guest-physical memory reads as all-ones, writes are dropped */
	call	akvm_tiny_mmio
	cmp	$0xffffffff, %eax
	lea	t_mmio(%rip), %rsi
	call	check

	/* 9 (hctimer): AB_HC_TIMER_SET(1000 us, 0x30) interrupts, woken by AB_HC_HALT */
	testb	$8, mode(%rip)
	jz	1f
	call	hc_timer_test
	lea	t_hctimer(%rip), %rsi
	call	check
1:	testb	$16, mode(%rip)
	jz	1f
	call	bench
1:
	/* command-line failure modes */
	testb	$1, mode(%rip)
	jz	1f
	xor	%eax, %eax
	cmp	$1, %eax		/* ZF=0: a failing check */
	lea	t_fail(%rip), %rsi
	call	check
1:	testb	$2, mode(%rip)
	jz	1f
	lea	msg_hang(%rip), %rsi
	call	puts
	cli
2:	hlt
	jmp	2b
1:	testb	$4, mode(%rip)
	jz	1f
	lidt	idt_null(%rip)
	ud2
1:
	/* verdict and exit (drain the UART first) */
	lea	msg_verdict(%rip), %rsi
	call	puts
	mov	failed(%rip), %eax
	test	%eax, %eax
	jnz	1f
	lea	msg_pass(%rip), %rsi
	call	puts
	mov	tests(%rip), %eax
	call	putdec
	mov	$0x10, %bl
	jmp	2f
1:	lea	msg_fail(%rip), %rsi
	call	puts
	mov	failed(%rip), %eax
	call	putdec
	lea	msg_tests(%rip), %rsi
	call	puts
	mov	tests(%rip), %eax
	call	putdec
	mov	$0x11, %bl
2:	mov	$'\n', %al
	call	putc
	mov	$COM1 + 5, %dx
3:	in	%dx, %al
	test	$0x40, %al
	jz	3b
	mov	%bl, %al
	out	%al, $0xf4
	mov	$2, %rdi		/* AB_HC_EXIT(2): only reached if 0xf4 did not stop us */
	mov	$2, %eax
	outl	%eax, $0xe0
	cli
4:	hlt
	jmp	4b

/* check: ZF=1 -> "ok N - name", else "not ok N - name"; %rsi = name */
check:
	pushfq
	incl	tests(%rip)
	popfq
	jz	1f
	incl	failed(%rip)
	push	%rsi
	lea	msg_not(%rip), %rsi
	call	puts
	pop	%rsi
1:	push	%rsi
	lea	msg_ok(%rip), %rsi
	call	puts
	mov	tests(%rip), %eax
	call	putdec
	lea	msg_dash(%rip), %rsi
	call	puts
	pop	%rsi
	call	puts
	mov	$'\n', %al
	jmp	putc

/* parse_cmdline: multiboot info flag bit 2 -> cmdline; set mode bits for fail/hang/crash */
parse_cmdline:
	mov	mb_info(%rip), %ebx
	testl	$4, (%rbx)
	jz	9f
	mov	16(%rbx), %esi
	lea	msg_cmd(%rip), %rdi
	xchg	%rsi, %rdi
	call	puts
	mov	%rdi, %rsi
	call	puts
	mov	$'\n', %al
	call	putc
1:	mov	(%rdi), %eax
	test	%al, %al
	jz	9f
	cmp	$0x6c696166, %eax	/* "fail" */
	jne	2f
	orb	$1, mode(%rip)
2:	cmp	$0x676e6168, %eax	/* "hang" */
	jne	2f
	orb	$2, mode(%rip)
2:	cmp	$0x73617263, %eax	/* "cras" */
	jne	2f
	orb	$4, mode(%rip)
2:	cmp	$0x636e6562, %eax	/* "benc" */
	jne	2f
	orb	$16, mode(%rip)
2:	cmp	$0x69746368, %eax	/* "hcti" */
	jne	2f
	orb	$8, mode(%rip)
2:	inc	%rdi
	jmp	1b
9:	ret

timer_test:
	lea	irq0_handler(%rip), %rax	/* IDT gate 0x20: 64-bit interrupt gate, selector 8 */
	lea	idt+0x20*16(%rip), %rdi
	mov	%ax, (%rdi)
	movw	$0x08, 2(%rdi)
	movw	$0x8e00, 4(%rdi)
	shr	$16, %rax
	mov	%ax, 6(%rdi)
	shr	$16, %rax
	mov	%eax, 8(%rdi)
	lidt	idt_desc(%rip)
	mov	$0x11, %al		/* 8259 ICW1..4: vectors 0x20/0x28, cascade, 8086 mode */
	out	%al, $0x20
	out	%al, $0xa0
	mov	$0x20, %al
	out	%al, $0x21
	mov	$0x28, %al
	out	%al, $0xa1
	mov	$4, %al
	out	%al, $0x21
	mov	$2, %al
	out	%al, $0xa1
	mov	$1, %al
	out	%al, $0x21
	out	%al, $0xa1
	mov	$0xfe, %al		/* only IRQ0 */
	out	%al, $0x21
	mov	$0xff, %al
	out	%al, $0xa1
	mov	$0x34, %al		/* PIT ch0, lo/hi, mode 2 */
	out	%al, $0x43
	mov	$1193 & 0xff, %al
	out	%al, $0x40
	mov	$1193 >> 8, %al
	out	%al, $0x40
	sti
1:	hlt
	cmpl	$TICKS, ticks(%rip)
	jb	1b
	cli
	mov	$0xff, %al
	out	%al, $0x21
	cmpl	$TICKS, ticks(%rip)
	setae	%al
	cmp	$1, %al
	ret

irq0_handler:
	push	%rax
	incl	ticks(%rip)
	mov	$0x20, %al
	out	%al, $0x20
	pop	%rax
	iretq

/* bench: "akvm-tiny: bench NAME cycles/op=N" for hypercall, port write, PTE store */
#define BENCH_N	2000
bench:
	push	%rbx
	push	%r12
	rdtsc
	shl	$32, %rdx
	or	%rax, %rdx
	mov	%rdx, %r12
	mov	$BENCH_N, %ebx
1:	xor	%eax, %eax		/* AB_HC_VERSION */
	outl	%eax, $0xe0
	dec	%ebx
	jnz	1b
	lea	b_hc(%rip), %rsi
	call	bench_report
	mov	$BENCH_N, %ebx
1:	mov	$0x55, %al		/* a port nobody emulates: exits, ignored */
	out	%al, $0x87
	dec	%ebx
	jnz	1b
	lea	b_out(%rip), %rsi
	call	bench_report
	mov	$BENCH_N, %ebx
1:	mov	$SCRATCH_VA | PTE_FLAGS, %rsi
	call	akvm_tiny_pt_store
	dec	%ebx
	jnz	1b
	lea	b_pte(%rip), %rsi
	call	bench_report
	pop	%r12
	pop	%rbx
	ret

/* bench_report: print name %rsi and (rdtsc - %r12) / BENCH_N; restart %r12 */
bench_report:
	call	puts
	rdtsc
	shl	$32, %rdx
	or	%rax, %rdx
	mov	%rdx, %rax
	sub	%r12, %rax
	xor	%edx, %edx
	mov	$BENCH_N, %ecx
	div	%rcx
	call	putdec
	mov	$'\n', %al
	call	putc
	rdtsc
	shl	$32, %rdx
	or	%rax, %rdx
	mov	%rdx, %r12
	ret

/* int_test: gates 0x31 and 3 count into int_hits; both must arrive, RSP/flags intact */
int_test:
	lea	int_handler(%rip), %rax
	lea	idt+0x31*16(%rip), %rdi
	call	set_gate
	lea	int_handler(%rip), %rax
	lea	idt+3*16(%rip), %rdi
	call	set_gate
	mov	%rsp, %rbx
	int	$0x31
	int3
	cmp	%rsp, %rbx
	jne	1f
	cmpl	$2, int_hits(%rip)
1:	ret

int_handler:
	incl	int_hits(%rip)
	iretq

/* set_gate: 64-bit interrupt gate at %rdi -> %rax, selector 8 */
set_gate:
	mov	%ax, (%rdi)
	movw	$0x08, 2(%rdi)
	movw	$0x8e00, 4(%rdi)
	shr	$16, %rax
	mov	%ax, 6(%rdi)
	shr	$16, %rax
	mov	%eax, 8(%rdi)
	movl	$0, 12(%rdi)
	ret

/* hc_timer_test: gate 0x30 counts; 3 ticks of the hypercall timer, then stop it */
hc_timer_test:
	lea	hc_handler(%rip), %rax
	lea	idt+0x30*16(%rip), %rdi
	mov	%ax, (%rdi)
	movw	$0x08, 2(%rdi)
	movw	$0x8e00, 4(%rdi)
	shr	$16, %rax
	mov	%ax, 6(%rdi)
	shr	$16, %rax
	mov	%eax, 8(%rdi)
	mov	$1000, %rdi
	mov	$0x30, %rsi
	mov	$4, %eax		/* AB_HC_TIMER_SET */
	outl	%eax, $0xe0
	test	%rax, %rax
	jnz	9f
	mov	$1000, %ecx		/* bounded */
	sti
1:	mov	$3, %eax		/* AB_HC_HALT */
	outl	%eax, $0xe0
	cmpl	$3, hc_ticks(%rip)
	jae	2f
	loop	1b
2:	cli
	xor	%edi, %edi
	mov	$4, %eax		/* stop */
	outl	%eax, $0xe0
	cmpl	$3, hc_ticks(%rip)
	setae	%al
	cmp	$1, %al
9:	ret

hc_handler:
	incl	hc_ticks(%rip)
	iretq

/* hc_halt_test: unmask IRQ0, sti, AB_HC_HALT until a tick arrives (bounded) */
hc_halt_test:
	mov	$0xfe, %al
	out	%al, $0x21
	mov	ticks(%rip), %ebx
	mov	$100, %ecx
	sti
1:	mov	$3, %eax		/* AB_HC_HALT */
	outl	%eax, $0xe0
	mov	%rax, %rdx
	cmp	ticks(%rip), %ebx
	jne	2f
	loop	1b
2:	cli
	mov	$0xff, %al
	out	%al, $0x21
	test	%rdx, %rdx		/* hypercall returned 0 */
	jnz	4f
	cmp	ticks(%rip), %ebx	/* and a tick arrived */
	je	4f
	xor	%eax, %eax		/* ZF=1: pass */
	ret
4:	test	%esp, %esp		/* ZF=0: fail */
	ret

/*
 * pt_add_free_test: fill a fresh PT (pt2) mapping 4M..6M, link it into PD[2]
 * (a table is added), remap its first page through it, unlink it (the table
 * is freed) and write into the former table page again.
 */
#define PT2_VA		0x400000
pt_add_free_test:
	lea	pt2(%rip), %rdi
	mov	$PT2_VA | PTE_FLAGS, %rax
	mov	$512, %ecx
1:	call	akvm_tiny_pt_fill	/* before linking: not a table yet */
	add	$8, %rdi
	add	$0x1000, %rax
	loop	1b
	lea	pt2(%rip), %rsi
	or	$(PTE_P | PTE_W | PTE_A), %rsi
	call	akvm_tiny_pd_store	/* add the table */
	movq	$0x5555, PT2_VA + 0x1000
	lea	pt2(%rip), %rdi
	mov	$(PT2_VA + 0x1000) | PTE_FLAGS, %rax
	call	akvm_tiny_pt_fill	/* PT2[0] = frame of PT2_VA+4K: now a table write */
	invlpg	PT2_VA
	cmpq	$0x5555, PT2_VA		/* seen through the remapped page */
	jne	9f
	call	akvm_tiny_pt_clear	/* a string store into the live table */
	mov	$PT2_VA | PTE_FLAGS | PTE_PS, %rsi
	call	akvm_tiny_pd_store	/* free the table: back to a 2M page */
	lea	pt2(%rip), %rdi
	mov	$0x6666, %rax
	call	akvm_tiny_pt_fill	/* former table page: plain memory again */
	cmpq	$0x5555, PT2_VA + 0x1000
9:	ret

/* akvm_tiny_pt_fill: *(%rdi) = %rax (PT2 entries, and plain data once freed) */
	.globl akvm_tiny_pt_fill
akvm_tiny_pt_fill:
	mov	%rax, (%rdi)
	ret

/* akvm_tiny_pt_clear: rep stosq zeroes PT2[509..511] (unused entries, already zero) */
	.globl akvm_tiny_pt_clear
akvm_tiny_pt_clear:
	lea	pt2+509*8(%rip), %rdi
	mov	$3, %ecx
	xor	%eax, %eax
	rep stosq
	ret

/* akvm_tiny_pd_store: PD[2] = %rsi, then a full TLB flush */
	.globl akvm_tiny_pd_store
akvm_tiny_pd_store:
	lea	pd+2*8(%rip), %rdi
	mov	%rsi, (%rdi)
	mov	%cr3, %rax
	mov	%rax, %cr3
	ret

/* pt_test: remap SCRATCH_VA to two different frames and back; check through the mapping */
pt_test:
	push	%rbx
	mov	$SCRATCH_VA, %rbx
	movq	$0x1111, (%rbx)
	mov	$0x300000 | PTE_FLAGS, %rsi	/* frame at 3 MiB (inside the 2M identity map) */
	call	akvm_tiny_pt_store
	movq	$0x3333, (%rbx)
	mov	$0x1ff000 | PTE_FLAGS, %rsi	/* back to identity */
	call	akvm_tiny_pt_store
	cmpq	$0x1111, (%rbx)
	jne	1f
	cmpq	$0x3333, 0x300000
	jne	1f
	mov	$0x1ff000 | PTE_FLAGS, %rsi	/* a third store, so counts differ from 1 */
	call	akvm_tiny_pt_store
	cmpq	$0x1111, (%rbx)
1:	pop	%rbx
	ret

/* akvm_tiny_pt_store: PTE of SCRATCH_VA = %rsi; invlpg. The only PTE store after boot. */
	.globl akvm_tiny_pt_store
akvm_tiny_pt_store:
	lea	pt+(SCRATCH_VA >> 12)*8(%rip), %rdi
	mov	%rsi, (%rdi)
	invlpg	SCRATCH_VA
	ret

/* akvm_tiny_mmio: one store and one load to MMIO_GPA (above RAM); returns the load */
	.globl akvm_tiny_mmio
akvm_tiny_mmio:
	mov	$MMIO_GPA, %rdi
	movl	$0x12345678, (%rdi)
	mov	(%rdi), %eax
	ret

/* puts: %rsi = NUL-terminated string; putc: %al; putdec: %eax unsigned */
puts:
	push	%rsi
1:	lodsb
	test	%al, %al
	jz	2f
	call	putc
	jmp	1b
2:	pop	%rsi
	ret
putc:
	push	%rdx
	push	%rax
	mov	$COM1 + 5, %dx
1:	in	%dx, %al
	test	$0x20, %al
	jz	1b
	pop	%rax
	mov	$COM1, %dx
	out	%al, %dx
	pop	%rdx
	ret
putdec:
	push	%rbx
	push	%rdx
	mov	$10, %ebx
	xor	%ecx, %ecx
1:	xor	%edx, %edx
	div	%ebx
	push	%rdx
	inc	%ecx
	test	%eax, %eax
	jnz	1b
2:	pop	%rax
	add	$'0', %al
	call	putc
	loop	2b
	pop	%rdx
	pop	%rbx
	ret

	.section .rodata
msg_hello:	.asciz "akvm-tiny: long mode\n"
msg_cmd:	.asciz "akvm-tiny: cmdline="
msg_sig:	.asciz "akvm-tiny: cpuid 0x40000000 signature="
msg_hang:	.asciz "akvm-tiny: hanging with interrupts off\n"
msg_not:	.asciz "not "
msg_ok:		.asciz "ok "
msg_dash:	.asciz " - "
msg_verdict:	.asciz "afterburn-guest: "
msg_pass:	.asciz "PASS tests="
msg_fail:	.asciz "FAIL failed="
msg_tests:	.asciz " tests="
t_magic:	.asciz "multiboot magic"
t_cpuid:	.asciz "cpuid AfterburnVMM signature"
t_hcall:	.asciz "hypercall version"
t_timer:	.asciz "timer interrupts"
t_pt:		.asciz "page-table remap"
t_mmio:		.asciz "unbacked memory reads all-ones"
t_ptadd:	.asciz "page table added and freed"
t_halt:		.asciz "hypercall halt wakes on a tick"
t_hctimer:	.asciz "hypercall timer at vector 0x30"
b_hc:		.asciz "akvm-tiny: bench hypercall cycles/op="
b_out:		.asciz "akvm-tiny: bench port-write cycles/op="
b_pte:		.asciz "akvm-tiny: bench pte-store cycles/op="
t_int:		.asciz "int $0x31 and int3 in kernel mode"
t_fail:		.asciz "requested failure"

	.data
	.balign 8
gdt:	.quad 0, 0x00af9a000000ffff, 0x00cf92000000ffff
gdt_desc:
	.word 3*8 - 1
	.quad gdt
idt_desc:
	.word 256*16 - 1
	.quad idt
idt_null:
	.word 0
	.quad 0
mb_magic:	.long 0
mb_info:	.long 0
tests:		.long 0
failed:		.long 0
ticks:		.long 0
mode:		.long 0
sigbuf:		.skip 16
hc_ticks:	.long 0
int_hits:	.long 0

	.bss
	.balign 4096
	.globl akvm_tiny_pml4, akvm_tiny_pt
pml4:
akvm_tiny_pml4:	.skip 4096
pdpt:		.skip 4096
pd:		.skip 4096
pt:
akvm_tiny_pt:	.skip 4096
pt2:		.skip 4096
idt:		.skip 4096
		.skip 8192
stack_top:
