# 0 "tests/corpus/S-gen/numlabels.cli-stihlt-pushf.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S-gen/numlabels.cli-stihlt-pushf.S"


 .text
 .globl f_numlabels
 .type f_numlabels, @function
f_numlabels:
1: cli
 jne 1b
1: sti; hlt
 jne 1f
98701: pushfq
 jmp 98701b
98701: nop
 loop 98701b
 jmp 98701f
98701:
1: leaq 1b(%rip), %rax
 ret
 .size f_numlabels, .-f_numlabels
