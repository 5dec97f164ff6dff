/*
 * classes.S - one instruction per label, for the Zydis -> class mapping of
 * afterburn-sites (loader/sites_zy.c).  Nothing here has a site, so
 * `check` must report every x_CLASS_N label as "CLASS: not covered" and
 * never a neg_N label (look-alikes that are not sensitive).  CLASS is the
 * ab_class_name() with '-' written as '_'.  The list follows issue 2,
 * item 2: all suffixes and operand forms.
 */
	.text
	.globl _start
_start:
x_cli_1:	cli
x_sti_1:	sti
x_pushf_1:	pushf
x_pushf_2:	pushfq
x_pushf_3:	pushfw
x_popf_1:	popf
x_popf_2:	popfq
x_popf_3:	popfw
x_hlt_1:	hlt
x_in_1:		inb $0x60, %al
x_in_2:		inw $0x60, %ax
x_in_3:		inl $0x60, %eax
x_in_4:		inb %dx, %al
x_in_5:		inw %dx, %ax
x_in_6:		inl %dx, %eax
x_out_1:	outb %al, $0x80
x_out_2:	outw %ax, $0x80
x_out_3:	outl %eax, $0x80
x_out_4:	outb %al, %dx
x_out_5:	outw %ax, %dx
x_out_6:	outl %eax, %dx
x_ins_1:	insb
x_ins_2:	insw
x_ins_3:	insl
x_ins_4:	rep insb
x_outs_1:	outsb
x_outs_2:	outsw
x_outs_3:	rep outsl
x_mov_from_cr_1: mov %cr0, %rax
x_mov_from_cr_2: mov %cr2, %rax
x_mov_from_cr_3: mov %cr3, %r11
x_mov_from_cr_4: mov %cr4, %rax
x_mov_from_cr_5: mov %cr8, %rax
x_mov_to_cr_1:	mov %rax, %cr0
x_mov_to_cr_2:	mov %rax, %cr2
x_mov_to_cr_3:	mov %r9, %cr3
x_mov_to_cr_4:	mov %rax, %cr4
x_mov_to_cr_5:	mov %rax, %cr8
x_mov_from_dr_1: mov %db0, %rax
x_mov_from_dr_2: mov %db7, %rcx
x_mov_to_dr_1:	mov %rax, %db3
x_mov_to_dr_2:	mov %rdx, %db6
x_lgdt_1:	lgdt (%rdi)
x_lgdt_2:	lgdt 0x10(%rip)
x_lidt_1:	lidt (%rdi)
x_lldt_1:	lldt %ax
x_lldt_2:	lldt (%rdi)
x_ltr_1:	ltr %ax
x_ltr_2:	ltr 2(%rsi)
x_sgdt_1:	sgdt (%rdi)
x_sidt_1:	sidt (%rdi)
x_sldt_1:	sldt %ax
x_sldt_2:	sldt (%rdi)
x_str_1:	str %ax
x_str_2:	str (%rdi)
x_smsw_1:	smsw %ax
x_smsw_2:	smsw (%rdi)
x_lmsw_1:	lmsw %ax
x_lmsw_2:	lmsw (%rdi)
x_clts_1:	clts
x_invlpg_1:	invlpg (%rdi)
x_invlpg_2:	invlpg 0x1000(%rip)
x_invpcid_1:	invpcid (%rdi), %rax
x_invd_1:	invd
x_wbinvd_1:	wbinvd
x_rdmsr_1:	rdmsr
x_wrmsr_1:	wrmsr
x_rdtsc_1:	rdtsc
x_rdtscp_1:	rdtscp
x_rdpmc_1:	rdpmc
x_cpuid_1:	cpuid
x_xsetbv_1:	xsetbv
x_iret_1:	iretl
x_iret_2:	iretq
x_iret_3:	iretw
x_sysret_1:	sysretl
x_sysret_2:	sysretq
x_sysret_3:	sysretl
x_sysexit_1:	sysexitl
x_sysexit_2:	sysexitq
x_swapgs_1:	swapgs
x_far_jmp_1:	ljmp *(%rax)
x_far_jmp_2:	rex64 ljmp *8(%rdi)
x_far_jmp_3:	ljmpl *(%rax)
x_far_call_1:	lcall *(%rax)
x_far_call_2:	rex64 lcall *8(%rdi)
x_far_ret_1:	lretw
x_far_ret_2:	lretq
x_far_ret_3:	lretq $8
x_far_ret_4:	lretl
x_int_1:	int $0x80
x_int_2:	.byte 0xcd, 0x03	/* int $3 in its two-byte form (gas writes int3 for `int $3`) */
x_lar_1:	lar %ax, %eax
x_lar_2:	lar (%rdi), %rax
x_lsl_1:	lsl %ax, %eax
x_lsl_2:	lsl (%rdi), %rcx
x_verr_1:	verr %ax
x_verr_2:	verr (%rdi)
x_verw_1:	verw %ax
x_verw_2:	verw (%rdi)
x_mov_to_seg_1:	mov %ax, %ds
x_mov_to_seg_2:	mov %eax, %es
x_mov_to_seg_3:	mov (%rdi), %ss
x_mov_to_seg_4:	mov %ax, %fs
x_mov_to_seg_5:	mov %ax, %gs
x_mov_from_seg_1: mov %cs, %ax
x_mov_from_seg_2: mov %ds, %eax
x_mov_from_seg_3: mov %ss, (%rdi)
x_mov_from_seg_4: mov %fs, %rax
x_push_seg_1:	push %fs
x_push_seg_2:	push %gs
x_push_seg_3:	pushw %fs
x_pop_seg_1:	pop %fs
x_pop_seg_2:	pop %gs
x_monitor_1:	monitor
x_mwait_1:	mwait
x_rdfsbase_1:	rdfsbase %rax
x_rdfsbase_2:	rdfsbase %eax
x_rdgsbase_1:	rdgsbase %rax
x_wrfsbase_1:	wrfsbase %rax
x_wrgsbase_1:	wrgsbase %rdi
x_clac_1:	clac
x_stac_1:	stac
x_xsaves_1:	xsaves (%rdi)
x_xsaves_2:	xsaves64 (%rdi)
x_xrstors_1:	xrstors (%rdi)
x_xrstors_2:	xrstors64 (%rdi)
/* look-alikes: not sensitive */
neg_1:		mov %fs:0x28, %rax
neg_2:		mov %rax, %gs:8(%rdi)
neg_3:		pushq $1
neg_4:		push %rax
neg_5:		pop %rbx
neg_6:		mov %rax, %rbx
neg_7:		ret
neg_8:		ret $8
neg_9:		jmp *%rax
neg_10:		call *(%rax)
neg_11:		lea 8(%rip), %rax
neg_12:		lock incq (%rdi)
neg_13:		rep movsb
neg_14:		rep stosq
neg_15:		movq %rax, %xmm0
neg_16:		rdrand %rax
neg_17:		pause
neg_18:		nop
neg_19:		mfence
neg_20:		xchg %rax, (%rdi)
neg_21:		movabs 0x1122334455667788, %al
neg_22:		fs lodsb
neg_23:		clflush (%rdi)
neg_24:		lfence
neg_25:		int3
	.byte 0x0f, 0x0b	/* ud2 ends the sweep cleanly */
