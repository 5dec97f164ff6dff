# 0 "tests/corpus/S-gen/macro.cli-stihlt-pushf.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S-gen/macro.cli-stihlt-pushf.S"


 .text
 .globl f_macro
 .type f_macro, @function
f_macro:
 .macro guard name, cnt=2, pad=nop
\name\()_start\@:
 cli
 .rept \cnt
 \pad
 .endr
\name\()_end\@:
 jmp \name\()_start\@
 .endm
 .macro three reg=%rax
 movq \reg, %rdx
 sti; hlt
 pushfq
 .endm
 guard a
 guard b, 3
 guard c, 1, pause
 three
 three %rbx
 ret
 .size f_macro, .-f_macro
