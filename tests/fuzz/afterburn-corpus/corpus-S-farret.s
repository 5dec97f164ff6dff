# 0 "tests/corpus/S/farret.S"
# 0 "<built-in>"
# 0 "<command-line>"
# 1 "tests/corpus/S/farret.S"

 .text
 .globl far_returns
far_returns:
 lretq
 lret
 lretl
 lretw
 lret $8
 lretq $16
 retfq
 retf
 retfl
 retfw $4
 .att_syntax noprefix
 lretq
 .att_syntax prefix
 ret
