# 0 "tests/corpus/S-gen/cond.cli-stihlt-pushf.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S-gen/cond.cli-stihlt-pushf.S"


 .text
 .globl f_cond
 .type f_cond, @function
f_cond:
 .set LEVEL, 2
 .if LEVEL > 1
 cli
 .else
 sti; hlt
 .endif
 .ifdef LEVEL
 pushfq
 .endif
 .ifndef NOT_DEFINED
 nop
 .else
 cli
 .endif
 .macro pick what
 .ifc \what,one
 sti; hlt
 .else
 pushfq
 .endif
 .endm
 pick one
 pick two
 ret
 .size f_cond, .-f_cond
