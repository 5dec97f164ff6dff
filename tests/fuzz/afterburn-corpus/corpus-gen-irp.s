# 0 "tests/corpus/S-gen/irp.cli-stihlt-pushf.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S-gen/irp.cli-stihlt-pushf.S"


 .text
 .globl f_irp
 .type f_irp, @function
f_irp:
 .irp reg, rax, rbx, r12
 pushq %\reg
 cli
 popq %\reg
 .endr
 .irpc n, 123
 leaq \n(%rsi), %rsi
 sti; hlt
 .endr
 .irp x, 1, 2
 pushfq
 .endr
 ret
 .size f_irp, .-f_irp
