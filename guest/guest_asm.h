/*
 * guest_asm.h - constants shared by the guest's C and assembly.
 * GDT layout (selectors), chosen so that sysret and sysexit land on it:
 *   STAR[63:48] = 0x18  -> sysretq CS = 0x18+16 = 0x28|3, SS = 0x18+8 = 0x20|3
 *   IA32_SYSENTER_CS = 0x30 -> sysexitq CS = 0x30+32 = 0x50|3, SS = 0x30+40 = 0x58|3
 */
#ifndef GUEST_ASM_H
#define GUEST_ASM_H

#define GUEST_KCODE_SEL		0x08	/* 64-bit code, DPL 0 */
#define GUEST_KDATA_SEL		0x10	/* data, DPL 0 */
#define GUEST_UCODE32_SEL	0x1b	/* 32-bit code, DPL 3 (sysret layout only) */
#define GUEST_UDATA_SEL		0x23	/* data, DPL 3 */
#define GUEST_UCODE_SEL		0x2b	/* 64-bit code, DPL 3 */
#define GUEST_TSS_SEL		0x30	/* 16-byte system descriptor */
#define GUEST_LDT_SEL		0x40	/* 16-byte system descriptor */
#define GUEST_UCODE_SYSEXIT_SEL	0x53	/* 64-bit code, DPL 3, for sysexitq */
#define GUEST_UDATA_SYSEXIT_SEL	0x5b	/* data, DPL 3, for sysexitq */
#define GUEST_GDT_ENTRIES	12

#define GUEST_SYSENTER_CS	0x30
#define GUEST_STAR_SYSRET_BASE	0x18

/* RFLAGS for self-test trips to ring 3: reserved bit 1 only, IF off. */
#define GUEST_RFLAGS_USER_TEST	0x2
/* RFLAGS for processes: IF on, so the timer preempts them. */
#define GUEST_RFLAGS_USER	0x202

#define GUEST_VEC_TIMER		0x20
#define GUEST_VEC_SYSCALL	0x80
#define GUEST_VEC_TEST		0x82
/* syscall with this %rax ends a self-test trip to ring 3 (entry.S). */
#define GUEST_SYS_TEST_RETURN	0x7e57

#endif
