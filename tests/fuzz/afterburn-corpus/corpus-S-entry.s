# 0 "tests/corpus/S/entry.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S/entry.S"
# 12 "tests/corpus/S/entry.S"
 .text
.globl syscall_entry; .type syscall_entry, @function; .p2align 4; syscall_entry:
 .cfi_startproc simple
 .cfi_def_cfa rsp, 8
 swapgs
 movq %rsp, %gs:16
 movq %gs:8, %rsp
 pushq %rdi; pushq %rsi; pushq %rdx; pushq %rcx; pushq %rax
 .cfi_adjust_cfa_offset 40
 call do_syscall
 popq %rax; popq %rcx; popq %rdx; popq %rsi; popq %rdi
 movq %gs:16, %rsp
 swapgs
 sysretq
 .cfi_endproc
.size syscall_entry, .-syscall_entry

.globl irq_entry; .type irq_entry, @function; .p2align 4; irq_entry:
 testb $3, 8(%rsp)
 jz 1f
 swapgs
1: pushq %rdi; pushq %rsi; pushq %rdx; pushq %rcx; pushq %rax
 movq %cr2, %rdi
 call do_irq
 popq %rax; popq %rcx; popq %rdx; popq %rsi; popq %rdi
 testb $3, 8(%rsp)
 jz 2f
 swapgs
2: iretq
.size irq_entry, .-irq_entry

.globl ret_from_fork; .type ret_from_fork, @function; .p2align 4; ret_from_fork:
 cli
 pushq $0x2b; pushq %rsi; pushq $0x202; pushq $0x33; pushq %rdi
 swapgs ; iretq
.size ret_from_fork, .-ret_from_fork
