	.file	"desc.c"
	.text
	.p2align 4
	.globl	load_gdt
	.type	load_gdt, @function
load_gdt:
	movl	$63, %eax
	movw	%ax, -10(%rsp)
	leaq	gdt(%rip), %rax
	movq	%rax, -8(%rsp)
#APP
# 11 "desc.c" 1
	lgdt -10(%rsp)
# 0 "" 2
#NO_APP
	movl	$16, %eax
#APP
# 12 "desc.c" 1
	mov %eax, %ds
	mov %eax, %es
	mov %eax, %ss
# 0 "" 2
#NO_APP
	ret
	.size	load_gdt, .-load_gdt
	.p2align 4
	.globl	load_idt
	.type	load_idt, @function
load_idt:
	movl	$4095, %eax
	movw	%ax, -10(%rsp)
	leaq	idt(%rip), %rax
	movq	%rax, -8(%rsp)
#APP
# 18 "desc.c" 1
	lidt -10(%rsp)
# 0 "" 2
#NO_APP
	ret
	.size	load_idt, .-load_idt
	.p2align 4
	.globl	save_tables
	.type	save_tables, @function
save_tables:
#APP
# 23 "desc.c" 1
	sgdt (%rdi)
# 0 "" 2
# 24 "desc.c" 1
	sidt saved(%rip)
# 0 "" 2
#NO_APP
	ret
	.size	save_tables, .-save_tables
	.p2align 4
	.globl	load_tr
	.type	load_tr, @function
load_tr:
#APP
# 29 "desc.c" 1
	ltr %di
# 0 "" 2
#NO_APP
	xorl	%eax, %eax
#APP
# 30 "desc.c" 1
	lldt %ax
# 0 "" 2
#NO_APP
	ret
	.size	load_tr, .-load_tr
	.p2align 4
	.globl	cur_tr
	.type	cur_tr, @function
cur_tr:
#APP
# 36 "desc.c" 1
	str %ax
# 0 "" 2
#NO_APP
	ret
	.size	cur_tr, .-cur_tr
	.p2align 4
	.globl	read_fs
	.type	read_fs, @function
read_fs:
#APP
# 43 "desc.c" 1
	mov %fs, %ax
# 0 "" 2
#NO_APP
	ret
	.size	read_fs, .-read_fs
	.p2align 4
	.globl	fs_roundtrip
	.type	fs_roundtrip, @function
fs_roundtrip:
#APP
# 49 "desc.c" 1
	push %fs; pop %fs
# 0 "" 2
# 50 "desc.c" 1
	pushq %gs
	popq %gs
# 0 "" 2
#NO_APP
	ret
	.size	fs_roundtrip, .-fs_roundtrip
	.p2align 4
	.globl	seg_ok
	.type	seg_ok, @function
seg_ok:
	movw	%di, -4(%rsp)
	movzwl	%di, %eax
#APP
# 57 "desc.c" 1
	lsl %eax, %eax
# 0 "" 2
#NO_APP
	movzwl	%di, %edi
#APP
# 58 "desc.c" 1
	lar %rdi, %rdi
# 0 "" 2
# 59 "desc.c" 1
	verr -4(%rsp); jz .L11
# 0 "" 2
#NO_APP
	addl	%edi, %eax
	ret
	.p2align 4,,10
	.p2align 3
.L11:
.L10:
	movl	$-1, %eax
	ret
	.size	seg_ok, .-seg_ok
	.local	saved
	.comm	saved,10,8
	.globl	idt
	.bss
	.align 32
	.type	idt, @object
	.size	idt, 4096
idt:
	.zero	4096
	.globl	gdt
	.align 32
	.type	gdt, @object
	.size	gdt, 64
gdt:
	.zero	64
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
