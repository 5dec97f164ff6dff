	.text
	.file	"sysctl.c"
	.file	0 "." "sysctl.c" md5 0xe6e073b6a3ffb17a4d0212762795ac95
	.p2align	4, 0x90                         # -- Begin function op_cr0
	.type	op_cr0,@function
op_cr0:                                 # @op_cr0
.Lfunc_begin0:
	.loc	0 4 0                           # sysctl.c:4:0
	.cfi_sections .debug_frame
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: op_cr0:a <- $rdi
	.loc	0 4 41 prologue_end             # sysctl.c:4:41
	#APP
	mov %cr0, %rax
	#NO_APP
.Ltmp0:
	#DEBUG_VALUE: op_cr0:v <- $rax
	.loc	0 4 91 is_stmt 0                # sysctl.c:4:91
	addq	%rdi, %rax
.Ltmp1:
	.loc	0 4 82                          # sysctl.c:4:82
	retq
.Ltmp2:
.Lfunc_end0:
	.size	op_cr0, .Lfunc_end0-op_cr0
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_tsc
	.type	op_tsc,@function
op_tsc:                                 # @op_tsc
.Lfunc_begin1:
	.loc	0 5 0 is_stmt 1                 # sysctl.c:5:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: op_tsc:a <- $rdi
	.loc	0 5 49 prologue_end             # sysctl.c:5:49
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
.Ltmp3:
	#DEBUG_VALUE: op_tsc:lo <- $eax
	#DEBUG_VALUE: op_tsc:hi <- $edx
	.loc	0 5 111 is_stmt 0               # sysctl.c:5:111
	shlq	$32, %rdx
.Ltmp4:
	.loc	0 5 119                         # sysctl.c:5:119
	movl	%eax, %eax
.Ltmp5:
	.loc	0 5 117                         # sysctl.c:5:117
	addq	%rdi, %rax
	.loc	0 5 123                         # sysctl.c:5:123
	addq	%rdx, %rax
	.loc	0 5 93                          # sysctl.c:5:93
	retq
.Ltmp6:
.Lfunc_end1:
	.size	op_tsc, .Lfunc_end1-op_tsc
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_msr
	.type	op_msr,@function
op_msr:                                 # @op_msr
.Lfunc_begin2:
	.loc	0 6 0 is_stmt 1                 # sysctl.c:6:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: op_msr:a <- $rdi
	movq	%rdi, %rcx
                                        # kill: def $ecx killed $ecx killed $rcx
.Ltmp7:
	.loc	0 6 49 prologue_end             # sysctl.c:6:49
	#APP
	rdmsr
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
.Ltmp8:
	#DEBUG_VALUE: op_msr:lo <- $eax
	#DEBUG_VALUE: op_msr:hi <- $edx
	.loc	0 6 129 is_stmt 0               # sysctl.c:6:129
	shlq	$32, %rdx
.Ltmp9:
	.loc	0 6 137                         # sysctl.c:6:137
	movl	%eax, %eax
.Ltmp10:
	.loc	0 6 135                         # sysctl.c:6:135
	orq	%rdx, %rax
	.loc	0 6 112                         # sysctl.c:6:112
	retq
.Ltmp11:
.Lfunc_end2:
	.size	op_msr, .Lfunc_end2-op_msr
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_in
	.type	op_in,@function
op_in:                                  # @op_in
.Lfunc_begin3:
	.loc	0 7 0 is_stmt 1                 # sysctl.c:7:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: op_in:a <- $rdi
	.loc	0 7 48 prologue_end             # sysctl.c:7:48
	movq	%rdi, %rdx
	#APP
	inb %dx, %al
	#NO_APP
.Ltmp12:
	#DEBUG_VALUE: op_in:v <- $al
	.loc	0 7 104 is_stmt 0               # sysctl.c:7:104
	movzbl	%al, %eax
.Ltmp13:
	.loc	0 7 97                          # sysctl.c:7:97
	retq
.Ltmp14:
.Lfunc_end3:
	.size	op_in, .Lfunc_end3-op_in
	.cfi_endproc
                                        # -- End function
	.p2align	4, 0x90                         # -- Begin function op_halt
	.type	op_halt,@function
op_halt:                                # @op_halt
.Lfunc_begin4:
	.loc	0 8 0 is_stmt 1                 # sysctl.c:8:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: op_halt:a <- $rdi
	movq	%rdi, %rax
.Ltmp15:
	.loc	0 8 33 prologue_end             # sysctl.c:8:33
	#APP
	hlt
	#NO_APP
	.loc	0 8 54 is_stmt 0                # sysctl.c:8:54
	retq
.Ltmp16:
.Lfunc_end4:
	.size	op_halt, .Lfunc_end4-op_halt
	.cfi_endproc
                                        # -- End function
	.globl	run_op                          # -- Begin function run_op
	.p2align	4, 0x90
	.type	run_op,@function
run_op:                                 # @run_op
.Lfunc_begin5:
	.loc	0 16 0 is_stmt 1                # sysctl.c:16:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: i <- 0
	.loc	0 19 3 prologue_end             # sysctl.c:19:3
	leaq	3(%rdi), %r8
	movb	$99, %al
	.loc	0 19 19 is_stmt 0               # sysctl.c:19:19
	cmpb	$99, (%rdi)
.Ltmp17:
	#DEBUG_VALUE: a <- undef
	.loc	0 0 19                          # sysctl.c:0:19
	movq	%rdi, %rcx
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_4
.Ltmp18:
# %bb.1:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: b <- undef
	.loc	0 19 19                         # sysctl.c:19:19
	cmpb	$114, 1(%rdi)
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_2
.Ltmp19:
# %bb.3:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 0
	.loc	0 20 10 is_stmt 1               # sysctl.c:20:10
	leaq	2(%rdi), %rcx
.Ltmp20:
	#DEBUG_VALUE: b <- $rcx
	.loc	0 0 10 is_stmt 0                # sysctl.c:0:10
	xorl	%edx, %edx
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$48, 2(%rdi)
	.loc	0 19 3 is_stmt 0                # sysctl.c:19:3
	cmoveq	%r8, %rcx
.Ltmp21:
	.loc	0 0 3                           # sysctl.c:0:3
	movl	$48, %eax
	.loc	0 19 3                          # sysctl.c:19:3
	cmovel	%edx, %eax
.Ltmp22:
.LBB5_4:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 0
	.loc	0 21 10 is_stmt 1               # sysctl.c:21:10
	cmpb	(%rcx), %al
.Ltmp23:
	.loc	0 21 7 is_stmt 0                # sysctl.c:21:7
	jne	.LBB5_7
.Ltmp24:
.LBB5_5:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 0
	.loc	0 0 7                           # sysctl.c:0:7
	xorl	%ecx, %ecx
	jmp	.LBB5_6
.Ltmp25:
.LBB5_2:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 0
	leaq	1(%rdi), %rcx
.Ltmp26:
	#DEBUG_VALUE: b <- $rcx
	movb	$114, %al
.Ltmp27:
	.loc	0 21 10                         # sysctl.c:21:10
	cmpb	(%rcx), %al
.Ltmp28:
	.loc	0 21 7                          # sysctl.c:21:7
	je	.LBB5_5
.Ltmp29:
.LBB5_7:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 0
	#DEBUG_VALUE: i <- 1
	#DEBUG_VALUE: b <- $rdi
	.loc	0 0 7                           # sysctl.c:0:7
	movb	$116, %al
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$116, (%rdi)
.Ltmp30:
	#DEBUG_VALUE: a <- undef
	.loc	0 0 19 is_stmt 0                # sysctl.c:0:19
	movq	%rdi, %rdx
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_11
.Ltmp31:
# %bb.8:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: i <- 1
	#DEBUG_VALUE: b <- undef
	.loc	0 19 19                         # sysctl.c:19:19
	cmpb	$115, 1(%rdi)
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_9
.Ltmp32:
# %bb.10:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 1
	.loc	0 20 10 is_stmt 1               # sysctl.c:20:10
	leaq	2(%rdi), %rdx
.Ltmp33:
	#DEBUG_VALUE: b <- $rdx
	.loc	0 0 10 is_stmt 0                # sysctl.c:0:10
	xorl	%ecx, %ecx
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$99, 2(%rdi)
	.loc	0 19 3 is_stmt 0                # sysctl.c:19:3
	cmoveq	%r8, %rdx
.Ltmp34:
	.loc	0 0 3                           # sysctl.c:0:3
	movl	$99, %eax
	.loc	0 19 3                          # sysctl.c:19:3
	cmovel	%ecx, %eax
	jmp	.LBB5_11
.Ltmp35:
.LBB5_9:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 1
	.loc	0 0 3                           # sysctl.c:0:3
	leaq	1(%rdi), %rdx
.Ltmp36:
	#DEBUG_VALUE: b <- $rdx
	movb	$115, %al
.Ltmp37:
.LBB5_11:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 1
	movl	$1, %ecx
.Ltmp38:
	.loc	0 21 10 is_stmt 1               # sysctl.c:21:10
	cmpb	(%rdx), %al
.Ltmp39:
	.loc	0 21 7 is_stmt 0                # sysctl.c:21:7
	je	.LBB5_6
.Ltmp40:
# %bb.12:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 1
	#DEBUG_VALUE: i <- 2
	#DEBUG_VALUE: b <- $rdi
	.loc	0 0 7                           # sysctl.c:0:7
	movb	$109, %al
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$109, (%rdi)
.Ltmp41:
	#DEBUG_VALUE: a <- undef
	.loc	0 0 19 is_stmt 0                # sysctl.c:0:19
	movq	%rdi, %rdx
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_16
.Ltmp42:
# %bb.13:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: i <- 2
	#DEBUG_VALUE: b <- undef
	.loc	0 19 19                         # sysctl.c:19:19
	cmpb	$115, 1(%rdi)
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_14
.Ltmp43:
# %bb.15:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 2
	.loc	0 20 10 is_stmt 1               # sysctl.c:20:10
	leaq	2(%rdi), %rdx
.Ltmp44:
	#DEBUG_VALUE: b <- $rdx
	.loc	0 0 10 is_stmt 0                # sysctl.c:0:10
	xorl	%ecx, %ecx
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$114, 2(%rdi)
	.loc	0 19 3 is_stmt 0                # sysctl.c:19:3
	cmoveq	%r8, %rdx
.Ltmp45:
	.loc	0 0 3                           # sysctl.c:0:3
	movl	$114, %eax
	.loc	0 19 3                          # sysctl.c:19:3
	cmovel	%ecx, %eax
	jmp	.LBB5_16
.Ltmp46:
.LBB5_14:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 2
	.loc	0 0 3                           # sysctl.c:0:3
	leaq	1(%rdi), %rdx
.Ltmp47:
	#DEBUG_VALUE: b <- $rdx
	movb	$115, %al
.Ltmp48:
.LBB5_16:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 2
	movl	$2, %ecx
.Ltmp49:
	.loc	0 21 10 is_stmt 1               # sysctl.c:21:10
	cmpb	(%rdx), %al
.Ltmp50:
	.loc	0 21 7 is_stmt 0                # sysctl.c:21:7
	je	.LBB5_6
.Ltmp51:
# %bb.17:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 2
	#DEBUG_VALUE: i <- 3
	#DEBUG_VALUE: b <- $rdi
	.loc	0 0 7                           # sysctl.c:0:7
	movb	$105, %dl
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$105, (%rdi)
.Ltmp52:
	#DEBUG_VALUE: a <- undef
	.loc	0 0 19 is_stmt 0                # sysctl.c:0:19
	movq	%rdi, %rax
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_19
.Ltmp53:
# %bb.18:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: i <- 3
	leaq	2(%rdi), %rcx
	.loc	0 20 10 is_stmt 1               # sysctl.c:20:10
	leaq	1(%rdi), %rax
.Ltmp54:
	#DEBUG_VALUE: b <- $rax
	.loc	0 0 10 is_stmt 0                # sysctl.c:0:10
	xorl	%r9d, %r9d
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$110, 1(%rdi)
	.loc	0 19 3 is_stmt 0                # sysctl.c:19:3
	cmoveq	%rcx, %rax
.Ltmp55:
	.loc	0 0 3                           # sysctl.c:0:3
	movl	$110, %edx
	.loc	0 19 3                          # sysctl.c:19:3
	cmovel	%r9d, %edx
.Ltmp56:
.LBB5_19:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 3
	.loc	0 0 3                           # sysctl.c:0:3
	movl	$3, %ecx
.Ltmp57:
	.loc	0 21 10 is_stmt 1               # sysctl.c:21:10
	cmpb	(%rax), %dl
.Ltmp58:
	.loc	0 21 7 is_stmt 0                # sysctl.c:21:7
	je	.LBB5_6
.Ltmp59:
# %bb.20:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 3
	#DEBUG_VALUE: i <- 4
	#DEBUG_VALUE: b <- $rdi
	.loc	0 0 7                           # sysctl.c:0:7
	movb	$104, %dl
	.loc	0 19 19 is_stmt 1               # sysctl.c:19:19
	cmpb	$104, (%rdi)
.Ltmp60:
	#DEBUG_VALUE: a <- undef
	.loc	0 19 3 is_stmt 0                # sysctl.c:19:3
	jne	.LBB5_26
.Ltmp61:
# %bb.21:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: i <- 4
	#DEBUG_VALUE: b <- undef
	.loc	0 19 19                         # sysctl.c:19:19
	cmpb	$97, 1(%rdi)
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_22
.Ltmp62:
# %bb.23:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 4
	#DEBUG_VALUE: b <- undef
	.loc	0 19 19                         # sysctl.c:19:19
	cmpb	$108, 2(%rdi)
	.loc	0 19 3                          # sysctl.c:19:3
	jne	.LBB5_24
.Ltmp63:
# %bb.25:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 4
	.loc	0 0 0                           # sysctl.c:0:0
	leaq	4(%rdi), %rax
.Ltmp64:
	#DEBUG_VALUE: b <- undef
	xorl	%ecx, %ecx
	.loc	0 19 19                         # sysctl.c:19:19
	cmpb	$116, 3(%rdi)
	.loc	0 19 3                          # sysctl.c:19:3
	cmoveq	%rax, %r8
	movl	$116, %edx
	cmovel	%ecx, %edx
	movq	%r8, %rdi
.Ltmp65:
	#DEBUG_VALUE: run_op:name <- [DW_OP_LLVM_entry_value 1] $rdi
	.loc	0 0 3                           # sysctl.c:0:3
	jmp	.LBB5_26
.Ltmp66:
.LBB5_22:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 4
	addq	$1, %rdi
.Ltmp67:
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: run_op:name <- [DW_OP_LLVM_entry_value 1] $rdi
	movb	$97, %dl
	jmp	.LBB5_26
.Ltmp68:
.LBB5_24:
	#DEBUG_VALUE: run_op:name <- $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 4
	addq	$2, %rdi
.Ltmp69:
	#DEBUG_VALUE: b <- $rdi
	#DEBUG_VALUE: run_op:name <- [DW_OP_LLVM_entry_value 1] $rdi
	movb	$108, %dl
.Ltmp70:
.LBB5_26:
	#DEBUG_VALUE: run_op:name <- [DW_OP_LLVM_entry_value 1] $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	#DEBUG_VALUE: i <- 4
	movl	$4, %ecx
.Ltmp71:
	.loc	0 21 10 is_stmt 1               # sysctl.c:21:10
	cmpb	(%rdi), %dl
.Ltmp72:
	.loc	0 21 7 is_stmt 0                # sysctl.c:21:7
	jne	.LBB5_27
.Ltmp73:
.LBB5_6:
	#DEBUG_VALUE: run_op:name <- [DW_OP_LLVM_entry_value 1] $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	.loc	0 22 18 is_stmt 1               # sysctl.c:22:18
	shlq	$4, %rcx
	leaq	ops(%rip), %rax
	.loc	0 22 11 is_stmt 0               # sysctl.c:22:11
	movq	%rsi, %rdi
.Ltmp74:
	jmpq	*8(%rcx,%rax)                   # TAILCALL
.Ltmp75:
.LBB5_27:
	#DEBUG_VALUE: run_op:name <- [DW_OP_LLVM_entry_value 1] $rdi
	#DEBUG_VALUE: run_op:arg <- $rsi
	.loc	0 25 1 is_stmt 1                # sysctl.c:25:1
	movq	$-1, %rax
	retq
.Ltmp76:
.Lfunc_end5:
	.size	run_op, .Lfunc_end5-run_op
	.cfi_endproc
                                        # -- End function
	.globl	by_index                        # -- Begin function by_index
	.p2align	4, 0x90
	.type	by_index,@function
by_index:                               # @by_index
.Lfunc_begin6:
	.loc	0 28 0                          # sysctl.c:28:0
	.cfi_startproc
# %bb.0:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	.loc	0 29 2 prologue_end             # sysctl.c:29:2
	cmpl	$6, %edi
	ja	.LBB6_1
.Ltmp77:
# %bb.2:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	.loc	0 0 2 is_stmt 0                 # sysctl.c:0:2
	movl	%edi, %eax
	leaq	.LJTI6_0(%rip), %rcx
	movslq	(%rcx,%rax,4), %rax
	addq	%rcx, %rax
	jmpq	*%rax
.Ltmp78:
.LBB6_3:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	#DEBUG_VALUE: op_cr0:a <- $rsi
	.loc	0 4 41 is_stmt 1                # sysctl.c:4:41
	#APP
	mov %cr0, %rax
	#NO_APP
.Ltmp79:
	#DEBUG_VALUE: op_cr0:v <- $rax
	.loc	0 4 91 is_stmt 0                # sysctl.c:4:91
	addq	%rsi, %rax
.Ltmp80:
	.loc	0 39 1 is_stmt 1                # sysctl.c:39:1
	retq
.Ltmp81:
.LBB6_1:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	.loc	0 0 1 is_stmt 0                 # sysctl.c:0:1
	xorl	%eax, %eax
	.loc	0 39 1                          # sysctl.c:39:1
	retq
.Ltmp82:
.LBB6_4:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	#DEBUG_VALUE: op_tsc:a <- $rsi
	.loc	0 5 49 is_stmt 1                # sysctl.c:5:49
	#APP
	rdtsc
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
.Ltmp83:
	#DEBUG_VALUE: op_tsc:lo <- $eax
	#DEBUG_VALUE: op_tsc:hi <- $edx
	.loc	0 5 111 is_stmt 0               # sysctl.c:5:111
	shlq	$32, %rdx
.Ltmp84:
	.loc	0 5 119                         # sysctl.c:5:119
	movl	%eax, %eax
.Ltmp85:
	.loc	0 5 117                         # sysctl.c:5:117
	addq	%rsi, %rax
	.loc	0 5 123                         # sysctl.c:5:123
	addq	%rdx, %rax
.Ltmp86:
	.loc	0 31 27 is_stmt 1               # sysctl.c:31:27
	xorq	$1, %rax
.Ltmp87:
	.loc	0 39 1                          # sysctl.c:39:1
	retq
.Ltmp88:
.LBB6_5:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	#DEBUG_VALUE: op_msr:a <- $rsi
	.loc	0 6 49                          # sysctl.c:6:49
	movl	%esi, %ecx
	#APP
	rdmsr
	#NO_APP
                                        # kill: def $edx killed $edx def $rdx
.Ltmp89:
	#DEBUG_VALUE: op_msr:lo <- $eax
	#DEBUG_VALUE: op_msr:hi <- $edx
	.loc	0 6 129 is_stmt 0               # sysctl.c:6:129
	shlq	$32, %rdx
.Ltmp90:
	.loc	0 6 137                         # sysctl.c:6:137
	movl	%eax, %eax
.Ltmp91:
	.loc	0 32 27 is_stmt 1               # sysctl.c:32:27
	addq	%rdx, %rax
	addq	$7, %rax
.Ltmp92:
	.loc	0 39 1                          # sysctl.c:39:1
	retq
.Ltmp93:
.LBB6_6:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	#DEBUG_VALUE: op_in:a <- $rsi
	.loc	0 7 48                          # sysctl.c:7:48
	movq	%rsi, %rdx
	#APP
	inb %dx, %al
	#NO_APP
.Ltmp94:
	#DEBUG_VALUE: op_in:v <- $al
	.loc	0 7 104 is_stmt 0               # sysctl.c:7:104
	movzbl	%al, %eax
.Ltmp95:
	.loc	0 33 26 is_stmt 1               # sysctl.c:33:26
	shlq	$3, %rax
.Ltmp96:
	.loc	0 39 1                          # sysctl.c:39:1
	retq
.Ltmp97:
.LBB6_7:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	#DEBUG_VALUE: op_halt:a <- $rsi
	.loc	0 8 33                          # sysctl.c:8:33
	#APP
	hlt
	#NO_APP
.Ltmp98:
	.loc	0 34 28                         # sysctl.c:34:28
	addq	$-2, %rsi
.Ltmp99:
	#DEBUG_VALUE: by_index:a <- [DW_OP_LLVM_entry_value 1] $rsi
	.loc	0 0 28 is_stmt 0                # sysctl.c:0:28
	movq	%rsi, %rax
.Ltmp100:
	.loc	0 39 1 is_stmt 1                # sysctl.c:39:1
	retq
.Ltmp101:
.LBB6_8:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	.loc	0 35 19                         # sysctl.c:35:19
	leaq	(%rsi,%rsi,2), %rax
.Ltmp102:
	.loc	0 39 1                          # sysctl.c:39:1
	retq
.Ltmp103:
.LBB6_9:
	#DEBUG_VALUE: by_index:i <- $edi
	#DEBUG_VALUE: by_index:a <- $rsi
	.loc	0 0 1 is_stmt 0                 # sysctl.c:0:1
	movabsq	$-3689348814741910323, %rcx     # imm = 0xCCCCCCCCCCCCCCCD
.Ltmp104:
	.loc	0 36 19 is_stmt 1               # sysctl.c:36:19
	movq	%rsi, %rax
	mulq	%rcx
	movq	%rdx, %rax
	shrq	$2, %rax
.Ltmp105:
	.loc	0 39 1                          # sysctl.c:39:1
	retq
.Ltmp106:
.Lfunc_end6:
	.size	by_index, .Lfunc_end6-by_index
	.cfi_endproc
	.section	.rodata,"a",@progbits
	.p2align	2
.LJTI6_0:
	.long	.LBB6_3-.LJTI6_0
	.long	.LBB6_4-.LJTI6_0
	.long	.LBB6_5-.LJTI6_0
	.long	.LBB6_6-.LJTI6_0
	.long	.LBB6_7-.LJTI6_0
	.long	.LBB6_8-.LJTI6_0
	.long	.LBB6_9-.LJTI6_0
                                        # -- End function
	.type	.L.str,@object                  # @.str
	.section	.rodata.str1.1,"aMS",@progbits,1
.L.str:
	.asciz	"cr0"
	.size	.L.str, 4

	.type	.L.str.1,@object                # @.str.1
.L.str.1:
	.asciz	"tsc"
	.size	.L.str.1, 4

	.type	.L.str.2,@object                # @.str.2
.L.str.2:
	.asciz	"msr"
	.size	.L.str.2, 4

	.type	.L.str.3,@object                # @.str.3
.L.str.3:
	.asciz	"in"
	.size	.L.str.3, 3

	.type	.L.str.4,@object                # @.str.4
.L.str.4:
	.asciz	"halt"
	.size	.L.str.4, 5

	.type	ops,@object                     # @ops
	.section	.data.rel.ro,"aw",@progbits
	.globl	ops
	.p2align	4
ops:
	.quad	.L.str
	.quad	op_cr0
	.quad	.L.str.1
	.quad	op_tsc
	.quad	.L.str.2
	.quad	op_msr
	.quad	.L.str.3
	.quad	op_in
	.quad	.L.str.4
	.quad	op_halt
	.size	ops, 80

	.section	.debug_loclists,"",@progbits
	.long	.Ldebug_list_header_end0-.Ldebug_list_header_start0 # Length
.Ldebug_list_header_start0:
	.short	5                               # Version
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
	.long	16                              # Offset entry count
.Lloclists_table_base0:
	.long	.Ldebug_loc0-.Lloclists_table_base0
	.long	.Ldebug_loc1-.Lloclists_table_base0
	.long	.Ldebug_loc2-.Lloclists_table_base0
	.long	.Ldebug_loc3-.Lloclists_table_base0
	.long	.Ldebug_loc4-.Lloclists_table_base0
	.long	.Ldebug_loc5-.Lloclists_table_base0
	.long	.Ldebug_loc6-.Lloclists_table_base0
	.long	.Ldebug_loc7-.Lloclists_table_base0
	.long	.Ldebug_loc8-.Lloclists_table_base0
	.long	.Ldebug_loc9-.Lloclists_table_base0
	.long	.Ldebug_loc10-.Lloclists_table_base0
	.long	.Ldebug_loc11-.Lloclists_table_base0
	.long	.Ldebug_loc12-.Lloclists_table_base0
	.long	.Ldebug_loc13-.Lloclists_table_base0
	.long	.Ldebug_loc14-.Lloclists_table_base0
	.long	.Ldebug_loc15-.Lloclists_table_base0
.Ldebug_loc0:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp0-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp1-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc1:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp5-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc2:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp3-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp4-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc3:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp8-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp10-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc4:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp8-.Lfunc_begin0           #   starting offset
	.uleb128 .Ltmp9-.Lfunc_begin0           #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc5:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp12-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp13-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc6:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin5-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp65-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp65-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp66-.Lfunc_begin0          #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp66-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp67-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp67-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp68-.Lfunc_begin0          #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp68-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp69-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp69-.Lfunc_begin0          #   starting offset
	.uleb128 .Lfunc_end5-.Lfunc_begin0      #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	85                              # DW_OP_reg5
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc7:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin5-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp18-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp20-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp21-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp26-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	82                              # DW_OP_reg2
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp31-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp33-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp34-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp36-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp37-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp40-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp42-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp44-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp45-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp47-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp48-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # DW_OP_reg1
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp51-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp54-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp54-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp55-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp59-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp61-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp67-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp68-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp69-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp70-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	85                              # DW_OP_reg5
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc8:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin5-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp29-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	48                              # DW_OP_lit0
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp29-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp40-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	49                              # DW_OP_lit1
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp40-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp51-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	50                              # DW_OP_lit2
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp51-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp59-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	51                              # DW_OP_lit3
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp59-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp73-.Lfunc_begin0          #   ending offset
	.byte	2                               # Loc expr size
	.byte	52                              # DW_OP_lit4
	.byte	159                             # DW_OP_stack_value
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc9:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Lfunc_begin6-.Lfunc_begin0    #   starting offset
	.uleb128 .Ltmp99-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp99-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp101-.Lfunc_begin0         #   ending offset
	.byte	4                               # Loc expr size
	.byte	163                             # DW_OP_entry_value
	.byte	1                               # 1
	.byte	84                              # DW_OP_reg4
	.byte	159                             # DW_OP_stack_value
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp101-.Lfunc_begin0         #   starting offset
	.uleb128 .Lfunc_end6-.Lfunc_begin0      #   ending offset
	.byte	1                               # Loc expr size
	.byte	84                              # DW_OP_reg4
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc10:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp79-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp80-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc11:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp83-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp85-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc12:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp83-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp84-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc13:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp89-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp91-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc14:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp89-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp90-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	81                              # super-register DW_OP_reg1
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_loc15:
	.byte	4                               # DW_LLE_offset_pair
	.uleb128 .Ltmp94-.Lfunc_begin0          #   starting offset
	.uleb128 .Ltmp95-.Lfunc_begin0          #   ending offset
	.byte	1                               # Loc expr size
	.byte	80                              # super-register DW_OP_reg0
	.byte	0                               # DW_LLE_end_of_list
.Ldebug_list_header_end0:
	.section	.debug_abbrev,"",@progbits
	.byte	1                               # Abbreviation Code
	.byte	17                              # DW_TAG_compile_unit
	.byte	1                               # DW_CHILDREN_yes
	.byte	37                              # DW_AT_producer
	.byte	37                              # DW_FORM_strx1
	.byte	19                              # DW_AT_language
	.byte	5                               # DW_FORM_data2
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	114                             # DW_AT_str_offsets_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	16                              # DW_AT_stmt_list
	.byte	23                              # DW_FORM_sec_offset
	.byte	27                              # DW_AT_comp_dir
	.byte	37                              # DW_FORM_strx1
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	115                             # DW_AT_addr_base
	.byte	23                              # DW_FORM_sec_offset
	.ascii	"\214\001"                      # DW_AT_loclists_base
	.byte	23                              # DW_FORM_sec_offset
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	2                               # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	3                               # Abbreviation Code
	.byte	1                               # DW_TAG_array_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	4                               # Abbreviation Code
	.byte	33                              # DW_TAG_subrange_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	55                              # DW_AT_count
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	5                               # Abbreviation Code
	.byte	38                              # DW_TAG_const_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	6                               # Abbreviation Code
	.byte	19                              # DW_TAG_structure_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	7                               # Abbreviation Code
	.byte	13                              # DW_TAG_member
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	56                              # DW_AT_data_member_location
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	8                               # Abbreviation Code
	.byte	15                              # DW_TAG_pointer_type
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	9                               # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	10                              # Abbreviation Code
	.byte	21                              # DW_TAG_subroutine_type
	.byte	1                               # DW_CHILDREN_yes
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	11                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	12                              # Abbreviation Code
	.byte	22                              # DW_TAG_typedef
	.byte	0                               # DW_CHILDREN_no
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	13                              # Abbreviation Code
	.byte	36                              # DW_TAG_base_type
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	11                              # DW_AT_byte_size
	.byte	11                              # DW_FORM_data1
	.byte	62                              # DW_AT_encoding
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	14                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	15                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	16                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	17                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	64                              # DW_AT_frame_base
	.byte	24                              # DW_FORM_exprloc
	.byte	122                             # DW_AT_call_all_calls
	.byte	25                              # DW_FORM_flag_present
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	63                              # DW_AT_external
	.byte	25                              # DW_FORM_flag_present
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	18                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	19                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	24                              # DW_FORM_exprloc
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	20                              # Abbreviation Code
	.byte	11                              # DW_TAG_lexical_block
	.byte	1                               # DW_CHILDREN_yes
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	21                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	2                               # DW_AT_location
	.byte	34                              # DW_FORM_loclistx
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	22                              # Abbreviation Code
	.byte	52                              # DW_TAG_variable
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	23                              # Abbreviation Code
	.byte	72                              # DW_TAG_call_site
	.byte	0                               # DW_CHILDREN_no
	.ascii	"\203\001"                      # DW_AT_call_target
	.byte	24                              # DW_FORM_exprloc
	.ascii	"\202\001"                      # DW_AT_call_tail_call
	.byte	25                              # DW_FORM_flag_present
	.ascii	"\201\001"                      # DW_AT_call_pc
	.byte	27                              # DW_FORM_addrx
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	24                              # Abbreviation Code
	.byte	46                              # DW_TAG_subprogram
	.byte	1                               # DW_CHILDREN_yes
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	39                              # DW_AT_prototyped
	.byte	25                              # DW_FORM_flag_present
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	32                              # DW_AT_inline
	.byte	33                              # DW_FORM_implicit_const
	.byte	1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	25                              # Abbreviation Code
	.byte	5                               # DW_TAG_formal_parameter
	.byte	0                               # DW_CHILDREN_no
	.byte	3                               # DW_AT_name
	.byte	37                              # DW_FORM_strx1
	.byte	58                              # DW_AT_decl_file
	.byte	11                              # DW_FORM_data1
	.byte	59                              # DW_AT_decl_line
	.byte	11                              # DW_FORM_data1
	.byte	73                              # DW_AT_type
	.byte	19                              # DW_FORM_ref4
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	26                              # Abbreviation Code
	.byte	29                              # DW_TAG_inlined_subroutine
	.byte	1                               # DW_CHILDREN_yes
	.byte	49                              # DW_AT_abstract_origin
	.byte	19                              # DW_FORM_ref4
	.byte	17                              # DW_AT_low_pc
	.byte	27                              # DW_FORM_addrx
	.byte	18                              # DW_AT_high_pc
	.byte	6                               # DW_FORM_data4
	.byte	88                              # DW_AT_call_file
	.byte	11                              # DW_FORM_data1
	.byte	89                              # DW_AT_call_line
	.byte	11                              # DW_FORM_data1
	.byte	87                              # DW_AT_call_column
	.byte	11                              # DW_FORM_data1
	.byte	0                               # EOM(1)
	.byte	0                               # EOM(2)
	.byte	0                               # EOM(3)
	.section	.debug_info,"",@progbits
.Lcu_begin0:
	.long	.Ldebug_info_end0-.Ldebug_info_start0 # Length of Unit
.Ldebug_info_start0:
	.short	5                               # DWARF version number
	.byte	1                               # DWARF Unit Type
	.byte	8                               # Address Size (in bytes)
	.long	.debug_abbrev                   # Offset Into Abbrev. Section
	.byte	1                               # Abbrev [1] 0xc:0x296 DW_TAG_compile_unit
	.byte	0                               # DW_AT_producer
	.short	12                              # DW_AT_language
	.byte	1                               # DW_AT_name
	.long	.Lstr_offsets_base0             # DW_AT_str_offsets_base
	.long	.Lline_table_start0             # DW_AT_stmt_list
	.byte	2                               # DW_AT_comp_dir
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin0       # DW_AT_high_pc
	.long	.Laddr_table_base0              # DW_AT_addr_base
	.long	.Lloclists_table_base0          # DW_AT_loclists_base
	.byte	2                               # Abbrev [2] 0x27:0xb DW_TAG_variable
	.byte	3                               # DW_AT_name
	.long	50                              # DW_AT_type
                                        # DW_AT_external
	.byte	0                               # DW_AT_decl_file
	.byte	11                              # DW_AT_decl_line
	.byte	2                               # DW_AT_location
	.byte	161
	.byte	0
	.byte	3                               # Abbrev [3] 0x32:0xc DW_TAG_array_type
	.long	62                              # DW_AT_type
	.byte	4                               # Abbrev [4] 0x37:0x6 DW_TAG_subrange_type
	.long	133                             # DW_AT_type
	.byte	5                               # DW_AT_count
	.byte	0                               # End Of Children Mark
	.byte	5                               # Abbrev [5] 0x3e:0x5 DW_TAG_const_type
	.long	67                              # DW_AT_type
	.byte	6                               # Abbrev [6] 0x43:0x18 DW_TAG_structure_type
	.byte	9                               # DW_AT_name
	.byte	16                              # DW_AT_byte_size
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	7                               # Abbrev [7] 0x48:0x9 DW_TAG_member
	.byte	4                               # DW_AT_name
	.long	91                              # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	0                               # DW_AT_data_member_location
	.byte	7                               # Abbrev [7] 0x51:0x9 DW_TAG_member
	.byte	6                               # DW_AT_name
	.long	105                             # DW_AT_type
	.byte	0                               # DW_AT_decl_file
	.byte	10                              # DW_AT_decl_line
	.byte	8                               # DW_AT_data_member_location
	.byte	0                               # End Of Children Mark
	.byte	8                               # Abbrev [8] 0x5b:0x5 DW_TAG_pointer_type
	.long	96                              # DW_AT_type
	.byte	5                               # Abbrev [5] 0x60:0x5 DW_TAG_const_type
	.long	101                             # DW_AT_type
	.byte	9                               # Abbrev [9] 0x65:0x4 DW_TAG_base_type
	.byte	5                               # DW_AT_name
	.byte	6                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	8                               # Abbrev [8] 0x69:0x5 DW_TAG_pointer_type
	.long	110                             # DW_AT_type
	.byte	10                              # Abbrev [10] 0x6e:0xb DW_TAG_subroutine_type
	.long	121                             # DW_AT_type
                                        # DW_AT_prototyped
	.byte	11                              # Abbrev [11] 0x73:0x5 DW_TAG_formal_parameter
	.long	121                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	12                              # Abbrev [12] 0x79:0x8 DW_TAG_typedef
	.long	129                             # DW_AT_type
	.byte	8                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	2                               # DW_AT_decl_line
	.byte	9                               # Abbrev [9] 0x81:0x4 DW_TAG_base_type
	.byte	7                               # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	8                               # DW_AT_byte_size
	.byte	13                              # Abbrev [13] 0x85:0x4 DW_TAG_base_type
	.byte	10                              # DW_AT_name
	.byte	8                               # DW_AT_byte_size
	.byte	7                               # DW_AT_encoding
	.byte	9                               # Abbrev [9] 0x89:0x4 DW_TAG_base_type
	.byte	11                              # DW_AT_name
	.byte	7                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	14                              # Abbrev [14] 0x8d:0x1a DW_TAG_subprogram
	.byte	1                               # DW_AT_low_pc
	.long	.Lfunc_end0-.Lfunc_begin0       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	356                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x99:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	364                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0xa0:0x6 DW_TAG_variable
	.byte	0                               # DW_AT_location
	.long	372                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xa7:0x20 DW_TAG_subprogram
	.byte	2                               # DW_AT_low_pc
	.long	.Lfunc_end1-.Lfunc_begin1       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	381                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0xb3:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	389                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0xba:0x6 DW_TAG_variable
	.byte	1                               # DW_AT_location
	.long	397                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0xc0:0x6 DW_TAG_variable
	.byte	2                               # DW_AT_location
	.long	405                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xc7:0x20 DW_TAG_subprogram
	.byte	3                               # DW_AT_low_pc
	.long	.Lfunc_end2-.Lfunc_begin2       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	414                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0xd3:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	422                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0xda:0x6 DW_TAG_variable
	.byte	3                               # DW_AT_location
	.long	430                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0xe0:0x6 DW_TAG_variable
	.byte	4                               # DW_AT_location
	.long	438                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0xe7:0x1a DW_TAG_subprogram
	.byte	4                               # DW_AT_low_pc
	.long	.Lfunc_end3-.Lfunc_begin3       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	447                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0xf3:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	455                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0xfa:0x6 DW_TAG_variable
	.byte	5                               # DW_AT_location
	.long	463                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	14                              # Abbrev [14] 0x101:0x14 DW_TAG_subprogram
	.byte	5                               # DW_AT_low_pc
	.long	.Lfunc_end4-.Lfunc_begin4       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.long	476                             # DW_AT_abstract_origin
	.byte	15                              # Abbrev [15] 0x10d:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.long	484                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x115:0x4f DW_TAG_subprogram
	.byte	6                               # DW_AT_low_pc
	.long	.Lfunc_end5-.Lfunc_begin5       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	22                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_external
	.byte	18                              # Abbrev [18] 0x124:0x9 DW_TAG_formal_parameter
	.byte	6                               # DW_AT_location
	.byte	4                               # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	91                              # DW_AT_type
	.byte	19                              # Abbrev [19] 0x12d:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.byte	24                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	15                              # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x137:0x28 DW_TAG_lexical_block
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp75-.Lfunc_begin5           # DW_AT_high_pc
	.byte	21                              # Abbrev [21] 0x13d:0x9 DW_TAG_variable
	.byte	8                               # DW_AT_location
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	17                              # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	20                              # Abbrev [20] 0x146:0x18 DW_TAG_lexical_block
	.byte	6                               # DW_AT_low_pc
	.long	.Ltmp75-.Lfunc_begin5           # DW_AT_high_pc
	.byte	21                              # Abbrev [21] 0x14c:0x9 DW_TAG_variable
	.byte	7                               # DW_AT_location
	.byte	25                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	91                              # DW_AT_type
	.byte	22                              # Abbrev [22] 0x155:0x8 DW_TAG_variable
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	18                              # DW_AT_decl_line
	.long	91                              # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	23                              # Abbrev [23] 0x15f:0x4 DW_TAG_call_site
	.byte	1                               # DW_AT_call_target
	.byte	82
                                        # DW_AT_call_tail_call
	.byte	7                               # DW_AT_call_pc
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x164:0x19 DW_TAG_subprogram
	.byte	12                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_inline
	.byte	25                              # Abbrev [25] 0x16c:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x174:0x8 DW_TAG_variable
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	4                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x17d:0x21 DW_TAG_subprogram
	.byte	15                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_inline
	.byte	25                              # Abbrev [25] 0x185:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x18d:0x8 DW_TAG_variable
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x195:0x8 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	5                               # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x19e:0x21 DW_TAG_subprogram
	.byte	18                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_inline
	.byte	25                              # Abbrev [25] 0x1a6:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1ae:0x8 DW_TAG_variable
	.byte	16                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1b6:0x8 DW_TAG_variable
	.byte	17                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	6                               # DW_AT_decl_line
	.long	137                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	24                              # Abbrev [24] 0x1bf:0x19 DW_TAG_subprogram
	.byte	19                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_inline
	.byte	25                              # Abbrev [25] 0x1c7:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	22                              # Abbrev [22] 0x1cf:0x8 DW_TAG_variable
	.byte	14                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	7                               # DW_AT_decl_line
	.long	472                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x1d8:0x4 DW_TAG_base_type
	.byte	20                              # DW_AT_name
	.byte	8                               # DW_AT_encoding
	.byte	1                               # DW_AT_byte_size
	.byte	24                              # Abbrev [24] 0x1dc:0x11 DW_TAG_subprogram
	.byte	21                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_inline
	.byte	25                              # Abbrev [25] 0x1e4:0x8 DW_TAG_formal_parameter
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	8                               # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	0                               # End Of Children Mark
	.byte	17                              # Abbrev [17] 0x1ed:0xb0 DW_TAG_subprogram
	.byte	8                               # DW_AT_low_pc
	.long	.Lfunc_end6-.Lfunc_begin6       # DW_AT_high_pc
	.byte	1                               # DW_AT_frame_base
	.byte	87
                                        # DW_AT_call_all_calls
	.byte	23                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
                                        # DW_AT_prototyped
	.long	121                             # DW_AT_type
                                        # DW_AT_external
	.byte	19                              # Abbrev [19] 0x1fc:0xa DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	85
	.byte	26                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	669                             # DW_AT_type
	.byte	18                              # Abbrev [18] 0x206:0x9 DW_TAG_formal_parameter
	.byte	9                               # DW_AT_location
	.byte	13                              # DW_AT_name
	.byte	0                               # DW_AT_decl_file
	.byte	27                              # DW_AT_decl_line
	.long	121                             # DW_AT_type
	.byte	26                              # Abbrev [26] 0x20f:0x1b DW_TAG_inlined_subroutine
	.long	356                             # DW_AT_abstract_origin
	.byte	9                               # DW_AT_low_pc
	.long	.Ltmp80-.Ltmp78                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	30                              # DW_AT_call_line
	.byte	17                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x21c:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	364                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x223:0x6 DW_TAG_variable
	.byte	10                              # DW_AT_location
	.long	372                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x22a:0x21 DW_TAG_inlined_subroutine
	.long	381                             # DW_AT_abstract_origin
	.byte	10                              # DW_AT_low_pc
	.long	.Ltmp86-.Ltmp82                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	31                              # DW_AT_call_line
	.byte	17                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x237:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	389                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x23e:0x6 DW_TAG_variable
	.byte	11                              # DW_AT_location
	.long	397                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x244:0x6 DW_TAG_variable
	.byte	12                              # DW_AT_location
	.long	405                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x24b:0x21 DW_TAG_inlined_subroutine
	.long	414                             # DW_AT_abstract_origin
	.byte	11                              # DW_AT_low_pc
	.long	.Ltmp91-.Ltmp88                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	32                              # DW_AT_call_line
	.byte	17                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x258:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	422                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x25f:0x6 DW_TAG_variable
	.byte	13                              # DW_AT_location
	.long	430                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x265:0x6 DW_TAG_variable
	.byte	14                              # DW_AT_location
	.long	438                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x26c:0x1b DW_TAG_inlined_subroutine
	.long	447                             # DW_AT_abstract_origin
	.byte	12                              # DW_AT_low_pc
	.long	.Ltmp95-.Ltmp93                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	33                              # DW_AT_call_line
	.byte	17                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x279:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	455                             # DW_AT_abstract_origin
	.byte	16                              # Abbrev [16] 0x280:0x6 DW_TAG_variable
	.byte	15                              # DW_AT_location
	.long	463                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	26                              # Abbrev [26] 0x287:0x15 DW_TAG_inlined_subroutine
	.long	476                             # DW_AT_abstract_origin
	.byte	13                              # DW_AT_low_pc
	.long	.Ltmp98-.Ltmp97                 # DW_AT_high_pc
	.byte	0                               # DW_AT_call_file
	.byte	34                              # DW_AT_call_line
	.byte	17                              # DW_AT_call_column
	.byte	15                              # Abbrev [15] 0x294:0x7 DW_TAG_formal_parameter
	.byte	1                               # DW_AT_location
	.byte	84
	.long	484                             # DW_AT_abstract_origin
	.byte	0                               # End Of Children Mark
	.byte	0                               # End Of Children Mark
	.byte	9                               # Abbrev [9] 0x29d:0x4 DW_TAG_base_type
	.byte	27                              # DW_AT_name
	.byte	5                               # DW_AT_encoding
	.byte	4                               # DW_AT_byte_size
	.byte	0                               # End Of Children Mark
.Ldebug_info_end0:
	.section	.debug_str_offsets,"",@progbits
	.long	116                             # Length of String Offsets Set
	.short	5
	.short	0
.Lstr_offsets_base0:
	.section	.debug_str,"MS",@progbits,1
.Linfo_string0:
	.asciz	"Debian clang version 14.0.6"   # string offset=0
.Linfo_string1:
	.asciz	"sysctl.c"                      # string offset=28
.Linfo_string2:
	.asciz	"."                             # string offset=37
.Linfo_string3:
	.asciz	"ops"                           # string offset=39
.Linfo_string4:
	.asciz	"name"                          # string offset=43
.Linfo_string5:
	.asciz	"char"                          # string offset=48
.Linfo_string6:
	.asciz	"fn"                            # string offset=53
.Linfo_string7:
	.asciz	"unsigned long"                 # string offset=56
.Linfo_string8:
	.asciz	"ulong"                         # string offset=70
.Linfo_string9:
	.asciz	"op"                            # string offset=76
.Linfo_string10:
	.asciz	"__ARRAY_SIZE_TYPE__"           # string offset=79
.Linfo_string11:
	.asciz	"unsigned int"                  # string offset=99
.Linfo_string12:
	.asciz	"op_cr0"                        # string offset=112
.Linfo_string13:
	.asciz	"a"                             # string offset=119
.Linfo_string14:
	.asciz	"v"                             # string offset=121
.Linfo_string15:
	.asciz	"op_tsc"                        # string offset=123
.Linfo_string16:
	.asciz	"lo"                            # string offset=130
.Linfo_string17:
	.asciz	"hi"                            # string offset=133
.Linfo_string18:
	.asciz	"op_msr"                        # string offset=136
.Linfo_string19:
	.asciz	"op_in"                         # string offset=143
.Linfo_string20:
	.asciz	"unsigned char"                 # string offset=149
.Linfo_string21:
	.asciz	"op_halt"                       # string offset=163
.Linfo_string22:
	.asciz	"run_op"                        # string offset=171
.Linfo_string23:
	.asciz	"by_index"                      # string offset=178
.Linfo_string24:
	.asciz	"arg"                           # string offset=187
.Linfo_string25:
	.asciz	"b"                             # string offset=191
.Linfo_string26:
	.asciz	"i"                             # string offset=193
.Linfo_string27:
	.asciz	"int"                           # string offset=195
	.section	.debug_str_offsets,"",@progbits
	.long	.Linfo_string0
	.long	.Linfo_string1
	.long	.Linfo_string2
	.long	.Linfo_string3
	.long	.Linfo_string4
	.long	.Linfo_string5
	.long	.Linfo_string6
	.long	.Linfo_string7
	.long	.Linfo_string8
	.long	.Linfo_string9
	.long	.Linfo_string10
	.long	.Linfo_string11
	.long	.Linfo_string12
	.long	.Linfo_string13
	.long	.Linfo_string14
	.long	.Linfo_string15
	.long	.Linfo_string16
	.long	.Linfo_string17
	.long	.Linfo_string18
	.long	.Linfo_string19
	.long	.Linfo_string20
	.long	.Linfo_string21
	.long	.Linfo_string22
	.long	.Linfo_string23
	.long	.Linfo_string24
	.long	.Linfo_string25
	.long	.Linfo_string26
	.long	.Linfo_string27
	.section	.debug_addr,"",@progbits
	.long	.Ldebug_addr_end0-.Ldebug_addr_start0 # Length of contribution
.Ldebug_addr_start0:
	.short	5                               # DWARF version number
	.byte	8                               # Address size
	.byte	0                               # Segment selector size
.Laddr_table_base0:
	.quad	ops
	.quad	.Lfunc_begin0
	.quad	.Lfunc_begin1
	.quad	.Lfunc_begin2
	.quad	.Lfunc_begin3
	.quad	.Lfunc_begin4
	.quad	.Lfunc_begin5
	.quad	.Ltmp74
	.quad	.Lfunc_begin6
	.quad	.Ltmp78
	.quad	.Ltmp82
	.quad	.Ltmp88
	.quad	.Ltmp93
	.quad	.Ltmp97
.Ldebug_addr_end0:
	.ident	"Debian clang version 14.0.6"
	.section	".note.GNU-stack","",@progbits
	.section	.debug_line,"",@progbits
.Lline_table_start0:
