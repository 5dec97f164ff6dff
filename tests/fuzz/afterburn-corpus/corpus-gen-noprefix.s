# 0 "tests/corpus/S-gen/noprefix.cli-stihlt-pushf.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S-gen/noprefix.cli-stihlt-pushf.S"


 .text
 .globl f_noprefix
 .type f_noprefix, @function
f_noprefix:
 .att_syntax noprefix
 cli
 movq rax, rbx
 sti; hlt
 .att_syntax prefix
 pushfq
 .att_syntax noprefix
 pushfq
 .att_syntax
 movq %rbx, %rax
 ret
 .size f_noprefix, .-f_noprefix
