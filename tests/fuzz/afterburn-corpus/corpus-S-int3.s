# 0 "tests/corpus/S/int3.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S/int3.S"



 .text
 .globl bp
bp: int3
 int $3
 int $0x80
 int $4
 into_like: int $0x03
 ret
