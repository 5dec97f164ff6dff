# sti-mwait.s - Linux's __sti_mwait: "sti; .byte 0x0f, 0x01, 0xc9" (and
# the mnemonic) is one site, sti + mwait kept adjacent (AB_SITE_F_PAIR,
# pair_cls mwait), so sti's interrupt shadow still covers the mwait: a
# wake-up interrupt cannot come between them and be lost.
	.text
	.globl	idle
idle:
	movq	%rdi, %rax
	movq	%rsi, %rcx
#APP
	sti; .byte 0x0f, 0x01, 0xc9;
#NO_APP
	sti
	mwait	%eax, %ecx
	ret
