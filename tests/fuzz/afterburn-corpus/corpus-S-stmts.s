# 0 "tests/corpus/S/stmts.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S/stmts.S"



 .text
 .globl odd
odd: cli; sti; hlt # sti+hlt: one site (interrupt shadow)
 pushfq ; popfq ; nop
a1: rdtsc ; a2: rdtscp ; a3: rdpmc
 lock incl (%rdi) ; rep stosb ; rep insb ; rep outsw
 .byte 0x0f, 0x01, 0xd0
 movl $0, %ecx ; xsetbv
 int3
 int $0x80
 ljmp *(%rax)
 lcall *8(%rbx)
 wbinvd ; invd ; clts ; smsw %ax ; lmsw %ax
 sgdt (%rax) ; sidt (%rax) ; sldt %ax ; str %ax ; lldt %ax
 mov %es, %ax ; mov %ax, %fs ; push %fs ; pop %gs
 monitor ; mwait
 rdfsbase %rax ; wrgsbase %rbx
 verr %ax ; verw (%rdi) ; lar %ax, %bx ; lsl %eax, %ecx
 invpcid (%rdi), %rax
 xsaves (%rdi) ; xrstors (%rdi)
 sysexitq
 ret
