# 0 "tests/corpus/S-gen/modes.cli-stihlt-pushf.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S-gen/modes.cli-stihlt-pushf.S"


 .text
 .globl f_modes
 .type f_modes, @function
f_modes:
 cli
 .code32
p32_modes:
 cli
 movl %eax, %cr0
 lgdt (%eax)
 ljmp $0x08, $f_modes
 .code16
p16_modes:
 cli
 inb $0x64, %al
 lidt (%si)
 .code64
 sti; hlt
 pushfq
 ret
 .size f_modes, .-f_modes
