# 0 "tests/corpus/S/head.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S/head.S"
# 9 "tests/corpus/S/head.S"
 .section .text.head, "ax", @progbits
 .code32
 .globl start32
start32:
 cli
 movl $boot_pml4, %eax
 movl %eax, %cr3
 movl %cr4, %eax
 orl $0x20, %eax
 movl %eax, %cr4
 movl $0xc0000080, %ecx
 rdmsr
 orl $0x100, %eax
 wrmsr
 movl %cr0, %eax
 orl $0x80000000, %eax
 movl %eax, %cr0
 lgdt gdt_ptr
 ljmp $0x08, $start64

 .code64
start64:
 movw $0x10, %ax
 movw %ax, %ds
 movw %ax, %ss
 lgdt gdt_ptr(%rip)
 lidt idt_ptr(%rip)
 movq %cr4, %rax
 orq $0x80, %rax
 movq %rax, %cr4
 pushq $0
 popfq
 call kmain
1: hlt
 jmp 1b

 .section .rodata, "a"
 .p2align 3
gdt: .quad 0, 0x00af9a000000ffff, 0x00cf92000000ffff
gdt_ptr:
 .word gdt_ptr - gdt - 1
 .quad gdt
idt_ptr:
 .word 0
 .quad 0
 .section .bss
 .p2align 12
boot_pml4:
 .skip 4096
