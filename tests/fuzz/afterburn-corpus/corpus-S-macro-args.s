# 0 "tests/corpus/S/macro-args.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S/macro-args.S"



 .macro port_out port, val=%al
 outb \val, $\port
 .endm
 .macro push_seg s
 pushq %\s
 .endm
 .macro table_load insn, where
 \insn \where
 .endm

 .text
 .globl ma
ma: port_out 0x80
 port_out 0x70, %al
 push_seg fs
 push_seg gs
 .irp r, rax, rcx
 movq %\r, %cr0
 .endr
 .irp p, 0x20, 0xa0
 inb $\p, %al
 .endr
 table_load lgdt, (%rdi)
 table_load lidt, 8(%rsi)
 ret
