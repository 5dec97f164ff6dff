# 0 "entry.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "entry.S"






 .text
 .globl boot64
boot64:
 cli
 pushfq; popq %rax
 movw $0x3f8, %dx
 outb %al, %dx
 pushq $0x08
 leaq 1f(%rip), %rax
 pushq %rax
 lretq
1: sti
 hlt
 jmp 1b
