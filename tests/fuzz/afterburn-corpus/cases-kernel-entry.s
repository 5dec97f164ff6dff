# kernel-entry.s - a hand-written entry/exit path: every common sensitive
# class, rip-relative and numeric operands, an sti;hlt pair, rep prefixes.
	.text
	.globl	syscall_entry
syscall_entry:
	swapgs
	movq	%rsp, %gs:16
	pushfq
	cli
	movq	%cr3, %rax
	movq	%rax, %cr3
	lgdt	gdt_desc(%rip)
	lidt	idt_desc+2(%rip)
	movw	$0x10, %ax
	movw	%ax, %ds
	movl	%fs, %ecx
	pushq	%fs
	popq	%fs
	rdmsr
	wrmsr
	rdtsc
	rdtscp
	cpuid
	inb	$0x61, %al
	outb	%al, $0x80
	inw	%dx, %ax
	outl	%eax, (%dx)
	rep insb
	rep; outsl
	invlpg	(%rdi)
	invlpg	0x20(%rip)
	popfq
	swapgs
	sysretq
idle:
	sti
	hlt
	jmp	idle
	.globl	irq_return
irq_return:
	iretq
far_return:
	pushq	$0x08
	pushq	$1f
	lretq
1:	int	$0x80
	int3
	ret
	.section .rodata
gdt_desc:	.quad 0, 0
idt_desc:	.quad 0, 0
