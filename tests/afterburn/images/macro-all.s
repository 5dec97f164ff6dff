# macro-all.s - every operand shape of the sensitive set with a register
# from a macro argument (whole operand \r, %\r, %cr\r, two arguments),
# expanded with general, segment, control and debug registers and symbols.
	.text
	.globl	macro_all
macro_all:
	.macro	M0 r
	mov %cr3, \r
	.endm
	M0 %rax
	M0 %r15
	M0 %RSI
	.macro	M1 r
	mov \r, %cr3
	.endm
	M1 %rbx
	M1 %r9
	.macro	M2 r
	movq \r, %db7
	.endm
	M2 %rcx
	M2 %r12
	.macro	M3 r
	mov %dr6, \r
	.endm
	M3 %rdx
	.macro	M4 r
	mov \r, %ds
	.endm
	M4 %ax
	M4 %eax
	M4 %rax
	M4 %r10w
	M4 sel_var
	.macro	M5 r
	movw \r, %es
	.endm
	M5 %bx
	M5 sel_var
	.macro	M6 r
	mov %fs, \r
	.endm
	M6 %ax
	M6 %eax
	M6 %rdi
	M6 sel_var
	.macro	M7 r
	push \r
	.endm
	M7 %fs
	M7 %gs
	M7 %rax
	M7 $1
	M7 sel_var
	M7 %FS
	.macro	M8 r
	pushw \r
	.endm
	M8 %fs
	M8 %ax
	.macro	M9 r
	pop \r
	.endm
	M9 %fs
	M9 %gs
	M9 %rbx
	M9 sel_var
	.macro	M10 r
	popw \r
	.endm
	M10 %gs
	.macro	M11 r
	smsw \r
	.endm
	M11 %eax
	M11 %ax
	M11 %rax
	M11 sel_var
	.macro	M12 r
	lmsw \r
	.endm
	M12 %ax
	M12 sel_var
	.macro	M13 r
	lldt \r
	.endm
	M13 %ax
	M13 %r8w
	M13 sel_var
	.macro	M14 r
	ltr \r
	.endm
	M14 %di
	M14 sel_var
	.macro	M15 r
	sldt \r
	.endm
	M15 %eax
	M15 %ax
	M15 %rax
	M15 sel_var
	.macro	M16 r
	str \r
	.endm
	M16 %ax
	M16 %r11
	M16 sel_var
	.macro	M17 r
	verr \r
	.endm
	M17 %ax
	M17 sel_var
	.macro	M18 r
	verw \r
	.endm
	M18 %cx
	.macro	M19 r
	lar \r, %eax
	.endm
	M19 %ax
	M19 %ecx
	M19 sel_var
	.macro	M20 r
	lsl %ax, \r
	.endm
	M20 %ebx
	M20 %rdx
	M20 %r9d
	.macro	M21 r
	larq \r, %rax
	.endm
	M21 %rcx
	.macro	M22 r
	rdfsbase \r
	.endm
	M22 %rax
	M22 %eax
	M22 %r13
	.macro	M23 r
	wrfsbase \r
	.endm
	M23 %rdi
	M23 %r8d
	.macro	M24 r
	rdgsbase \r
	.endm
	M24 %rsp
	M24 %r14
	.macro	M25 r
	wrgsbase \r
	.endm
	M25 %rbp
	.macro	M26 r
	invpcid sel_var, \r
	.endm
	M26 %rax
	M26 %r10
	.macro	M27 r
	lgdt \r
	.endm
	M27 sel_var
	M27 sel_var+2
	.macro	M28 r
	invlpg \r
	.endm
	M28 sel_var
	.macro	M29 r
	ljmp *\r
	.endm
	M29 sel_var
	.macro	M30 r
	in \r, %al
	.endm
	M30 %dx
	.macro	M31 r
	out %al, \r
	.endm
	M31 %dx
	.macro	M32 r
	inb \r
	.endm
	M32 %dx
	.macro	M33 r
	push %\r
	.endm
	M33 fs
	M33 gs
	M33 rax
	M33 r8
	.macro	M34 r
	pop %\r
	.endm
	M34 fs
	M34 gs
	M34 rcx
	.macro	M35 r
	mov %\r, %cr4
	.endm
	M35 rax
	M35 r11
	.macro	M36 r, s
	mov %\r, %\s
	.endm
	M36 rax, ds
	M36 ax, es
	M36 fs, eax
	M36 rdi, rsi
	M36 cr3, rax
	M36 rbx, cr0
	M36 dr7, r9
	.macro	M37 r, s
	movq \r, \s
	.endm
	M37 %rax, %cr3
	M37 %cr2, %rdx
	M37 %rax, %rbx
	M37 %ds, %rax
	M37 %rax, %fs
	M37 sel_var, %rcx
	M37 %r8, sel_var
	.macro	M38 r
	movq %rax, %cr\r
	.endm
	M38 0
	M38 3
	M38 4
	M38 8
	.macro	M39 r
	mov %db\r, %rax
	.endm
	M39 0
	M39 7
	ret
	.data
sel_var:	.quad	0
