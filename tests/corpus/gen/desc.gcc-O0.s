	.file	"desc.c"
	.text
	.globl	gdt
	.bss
	.align 32
	.type	gdt, @object
	.size	gdt, 64
gdt:
	.zero	64
	.globl	idt
	.align 32
	.type	idt, @object
	.size	idt, 4096
idt:
	.zero	4096
	.local	saved
	.comm	saved,10,8
	.text
	.globl	load_gdt
	.type	load_gdt, @function
load_gdt:
.LFB0:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movw	$63, -10(%rbp)
	leaq	gdt(%rip), %rax
	movq	%rax, -8(%rbp)
#APP
# 11 "desc.c" 1
	lgdt -10(%rbp)
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
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE0:
	.size	load_gdt, .-load_gdt
	.globl	load_idt
	.type	load_idt, @function
load_idt:
.LFB1:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movw	$4095, -10(%rbp)
	leaq	idt(%rip), %rax
	movq	%rax, -8(%rbp)
#APP
# 18 "desc.c" 1
	lidt -10(%rbp)
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE1:
	.size	load_idt, .-load_idt
	.globl	save_tables
	.type	save_tables, @function
save_tables:
.LFB2:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movq	%rdi, -8(%rbp)
	movq	-8(%rbp), %rax
#APP
# 23 "desc.c" 1
	sgdt (%rax)
# 0 "" 2
# 24 "desc.c" 1
	sidt saved(%rip)
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE2:
	.size	save_tables, .-save_tables
	.globl	load_tr
	.type	load_tr, @function
load_tr:
.LFB3:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -4(%rbp)
#APP
# 29 "desc.c" 1
	ltr -4(%rbp)
# 0 "" 2
#NO_APP
	movl	$0, %eax
#APP
# 30 "desc.c" 1
	lldt %ax
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE3:
	.size	load_tr, .-load_tr
	.globl	cur_tr
	.type	cur_tr, @function
cur_tr:
.LFB4:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 36 "desc.c" 1
	str %ax
# 0 "" 2
#NO_APP
	movw	%ax, -2(%rbp)
	movzwl	-2(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE4:
	.size	cur_tr, .-cur_tr
	.globl	read_fs
	.type	read_fs, @function
read_fs:
.LFB5:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 43 "desc.c" 1
	mov %fs, %ax
# 0 "" 2
#NO_APP
	movw	%ax, -2(%rbp)
	movzwl	-2(%rbp), %eax
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE5:
	.size	read_fs, .-read_fs
	.globl	fs_roundtrip
	.type	fs_roundtrip, @function
fs_roundtrip:
.LFB6:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
#APP
# 49 "desc.c" 1
	push %fs; pop %fs
# 0 "" 2
# 50 "desc.c" 1
	pushq %gs
	popq %gs
# 0 "" 2
#NO_APP
	nop
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE6:
	.size	fs_roundtrip, .-fs_roundtrip
	.globl	seg_ok
	.type	seg_ok, @function
seg_ok:
.LFB7:
	.cfi_startproc
	pushq	%rbp
	.cfi_def_cfa_offset 16
	.cfi_offset 6, -16
	movq	%rsp, %rbp
	.cfi_def_cfa_register 6
	movl	%edi, %eax
	movw	%ax, -20(%rbp)
	movl	$0, -4(%rbp)
	movq	$0, -16(%rbp)
	movzwl	-20(%rbp), %eax
	movzwl	%ax, %eax
#APP
# 57 "desc.c" 1
	lsl %eax, %eax
# 0 "" 2
#NO_APP
	movl	%eax, -4(%rbp)
	movzwl	-20(%rbp), %eax
	movzwl	%ax, %eax
#APP
# 58 "desc.c" 1
	lar %rax, %rax
# 0 "" 2
#NO_APP
	movq	%rax, -16(%rbp)
#APP
# 59 "desc.c" 1
	verr -20(%rbp); jz .L11
# 0 "" 2
#NO_APP
	movq	-16(%rbp), %rax
	movl	%eax, %edx
	movl	-4(%rbp), %eax
	addl	%edx, %eax
	jmp	.L12
.L11:
	movl	$-1, %eax
.L12:
	popq	%rbp
	.cfi_def_cfa 7, 8
	ret
	.cfi_endproc
.LFE7:
	.size	seg_ok, .-seg_ok
	.ident	"GCC: (Debian 12.2.0-14+deb12u1) 12.2.0"
	.section	.note.GNU-stack,"",@progbits
