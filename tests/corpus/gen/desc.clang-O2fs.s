	.text
	.file	"desc.c"
	.section	.text.load_gdt,"ax",@progbits
	.globl	load_gdt                        # -- Begin function load_gdt
	.p2align	4, 0x90
	.type	load_gdt,@function
load_gdt:                               # @load_gdt
# %bb.0:
	movzwl	.L__const.load_gdt.d+8(%rip), %eax
	movw	%ax, -8(%rsp)
	movq	.L__const.load_gdt.d(%rip), %rax
	movq	%rax, -16(%rsp)
	#APP
	lgdt -16(%rsp)
	#NO_APP
	movl	$16, %eax
	#APP
	mov %eax, %ds
	mov %eax, %es
	mov %eax, %ss
	#NO_APP
	retq
.Lfunc_end0:
	.size	load_gdt, .Lfunc_end0-load_gdt
                                        # -- End function
	.section	.text.load_idt,"ax",@progbits
	.globl	load_idt                        # -- Begin function load_idt
	.p2align	4, 0x90
	.type	load_idt,@function
load_idt:                               # @load_idt
# %bb.0:
	movzwl	.L__const.load_idt.d+8(%rip), %eax
	movw	%ax, -8(%rsp)
	movq	.L__const.load_idt.d(%rip), %rax
	movq	%rax, -16(%rsp)
	#APP
	lidt -16(%rsp)
	#NO_APP
	retq
.Lfunc_end1:
	.size	load_idt, .Lfunc_end1-load_idt
                                        # -- End function
	.section	.text.save_tables,"ax",@progbits
	.globl	save_tables                     # -- Begin function save_tables
	.p2align	4, 0x90
	.type	save_tables,@function
save_tables:                            # @save_tables
# %bb.0:
	#APP
	sgdt (%rdi)
	#NO_APP
	#APP
	sidt saved(%rip)
	#NO_APP
	retq
.Lfunc_end2:
	.size	save_tables, .Lfunc_end2-save_tables
                                        # -- End function
	.section	.text.load_tr,"ax",@progbits
	.globl	load_tr                         # -- Begin function load_tr
	.p2align	4, 0x90
	.type	load_tr,@function
load_tr:                                # @load_tr
# %bb.0:
	movw	%di, -2(%rsp)
	#APP
	ltr -2(%rsp)
	#NO_APP
	xorl	%eax, %eax
	#APP
	lldt %ax
	#NO_APP
	retq
.Lfunc_end3:
	.size	load_tr, .Lfunc_end3-load_tr
                                        # -- End function
	.section	.text.cur_tr,"ax",@progbits
	.globl	cur_tr                          # -- Begin function cur_tr
	.p2align	4, 0x90
	.type	cur_tr,@function
cur_tr:                                 # @cur_tr
# %bb.0:
	#APP
	str %ax
	#NO_APP
	retq
.Lfunc_end4:
	.size	cur_tr, .Lfunc_end4-cur_tr
                                        # -- End function
	.section	.text.read_fs,"ax",@progbits
	.globl	read_fs                         # -- Begin function read_fs
	.p2align	4, 0x90
	.type	read_fs,@function
read_fs:                                # @read_fs
# %bb.0:
	#APP
	mov %fs, %ax
	#NO_APP
	retq
.Lfunc_end5:
	.size	read_fs, .Lfunc_end5-read_fs
                                        # -- End function
	.section	.text.fs_roundtrip,"ax",@progbits
	.globl	fs_roundtrip                    # -- Begin function fs_roundtrip
	.p2align	4, 0x90
	.type	fs_roundtrip,@function
fs_roundtrip:                           # @fs_roundtrip
# %bb.0:
	#APP
	push %fs; pop %fs
	#NO_APP
	#APP
	pushq %gs
	popq %gs
	#NO_APP
	retq
.Lfunc_end6:
	.size	fs_roundtrip, .Lfunc_end6-fs_roundtrip
                                        # -- End function
	.section	.text.seg_ok,"ax",@progbits
	.globl	seg_ok                          # -- Begin function seg_ok
	.p2align	4, 0x90
	.type	seg_ok,@function
seg_ok:                                 # @seg_ok
# %bb.0:
	movw	%di, -6(%rsp)
	movl	%edi, -4(%rsp)
	#APP
	lsl -4(%rsp), %ecx
	#NO_APP
	movl	%edi, %eax
	#APP
	lar %rax, %rdx
	#NO_APP
	movl	$-1, %eax
	#APP
	verr -6(%rsp); jz .Ltmp0
	#NO_APP
# %bb.1:
	addl	%edx, %ecx
	movl	%ecx, %eax
.Ltmp0:                                 # Block address taken
.LBB7_2:
	retq
.Lfunc_end7:
	.size	seg_ok, .Lfunc_end7-seg_ok
                                        # -- End function
	.type	gdt,@object                     # @gdt
	.bss
	.globl	gdt
	.p2align	4
gdt:
	.zero	64
	.size	gdt, 64

	.type	.L__const.load_gdt.d,@object    # @__const.load_gdt.d
	.section	.data.rel.ro,"aw",@progbits
.L__const.load_gdt.d:
	.short	63                              # 0x3f
	.quad	gdt
	.size	.L__const.load_gdt.d, 10

	.type	idt,@object                     # @idt
	.bss
	.globl	idt
	.p2align	4
idt:
	.zero	4096
	.size	idt, 4096

	.type	.L__const.load_idt.d,@object    # @__const.load_idt.d
	.section	.data.rel.ro,"aw",@progbits
.L__const.load_idt.d:
	.short	4095                            # 0xfff
	.quad	idt
	.size	.L__const.load_idt.d, 10

	.type	saved,@object                   # @saved
	.local	saved
	.comm	saved,10,1
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
