/*
 * afterburn/site_asm.h - the one writer of a site's tail in gas syntax:
 * pad, out-of-line slot and struct ab_site record (site.h), as the gas
 * macro .Lafterburn_site.  Field order, sizes and the section names live
 * here and in site.h only.
 *
 * Who uses it:
 *  - assembly that writes sites by hand (test fixtures): #include this
 *    header from a .S file (cpp defines __ASSEMBLER__); the macro is then
 *    defined at the place of the #include and called per site.
 *  - the afterburner: its output must assemble with a plain `as` (no
 *    include path, no cpp) and must not call a macro per site (each call
 *    counts in gas' \@, which the input's own macros put into label
 *    names), so it expands this macro itself (afterburner/sitemacro.c)
 *    from its text, which the build takes from this header through cpp
 *    (afterburner/build.mk).  tests/unit/test_afterburner_macro.c checks
 *    that records written by gas with this header equal a struct ab_site
 *    built in C, and that the afterburner's expansion equals gas'.
 *
 * Use: define .Lafterburn_sN = . in front of the instruction(s), then
 *
 *   .Lafterburn_site N, LEN, CLS, PAIR, FLAGS, OPSIZE, FORM, REG, BASE,
 *                    INDEX, SCALE, SEG, IMM, DISP, ID [, GROUP [, RELOC]]
 *
 * right after them (N: a number naming this site's labels; LEN: the site
 * length to pad to, ab_class_site_len()).  It defines .Lafterburn_ieN (end
 * of the instruction), pads with NOPs up to LEN, defines .Lafterburn_seN
 * (site end) and .Lafterburn_slN (the slot in AB_SLOTS_SECTION), and writes
 * the record into AB_SITES_SECTION, both in COMDAT group GROUP when given.
 * RELOC = 1: DISP is a symbol expression stored as R_X86_64_32S (signed 32
 * bits, like the instruction's own disp32) rather than with a plain .long.
 * Called through gas, an argument that holds blanks must be written in
 * parentheses (gas separates macro arguments by blanks too).
 *
 * Why the name and the labels are what they are:
 *  - .Lafterburn_ is the prefix the afterburner refuses in its input, so no
 *    user macro or label can meet the macro or its labels (a user macro
 *    named afterburn_site, say, is another macro).
 *  - the labels are assigned (name = .), not defined (name:), so the macro
 *    may run many times in one .rept/.irp/.macro body: each expansion
 *    redefines them and its record uses its own values.
 *  - every formal starts with site_ and no word of the body is one: under
 *    .altmacro gas substitutes formals written without a backslash too.
 *  - a dead .if branch skips the invocation whole (one statement).
 *
 * The body may use only what afterburner/sitemacro.c expands: \formal
 * references, and as conditionals on arguments only .ifb \F, .ifnb \F
 * and .if \F (F a number) with .else/.endif (other conditionals are left
 * to gas); one statement per line (no ';': the build refuses it); no C
 * comments or '#' inside it.
 */
#ifndef AFTERBURN_SITE_ASM_H
#define AFTERBURN_SITE_ASM_H

#include "afterburn/site.h"

#ifdef __ASSEMBLER__
.macro .Lafterburn_site site_n, site_len, site_cls, site_pair, site_flags, site_opsize, site_form, site_reg, site_base, site_index, site_scale, site_seg, site_imm, site_disp, site_id, site_group, site_reloc=0
	.Lafterburn_ie\site_n = .
	.if (.Lafterburn_ie\site_n - .Lafterburn_s\site_n) < \site_len
	.nops \site_len - (.Lafterburn_ie\site_n - .Lafterburn_s\site_n)
	.endif
	.Lafterburn_se\site_n = .
	.ifb \site_group
	.pushsection AB_SLOTS_SECTION,"awx",@progbits
	.else
	.pushsection AB_SLOTS_SECTION,"awxG",@progbits,\site_group,comdat
	.endif
	.balign 8
	.Lafterburn_sl\site_n = .
	.skip AB_SLOT_SIZE
	.popsection
	.ifb \site_group
	.pushsection AB_SITES_SECTION,"a",@progbits
	.else
	.pushsection AB_SITES_SECTION,"aG",@progbits,\site_group,comdat
	.endif
	.balign 4
	.long .Lafterburn_s\site_n - .
	.long .Lafterburn_sl\site_n - .
	.byte .Lafterburn_ie\site_n - .Lafterburn_s\site_n, .Lafterburn_se\site_n - .Lafterburn_s\site_n, \site_cls, \site_pair, \site_flags, \site_opsize, \site_form, \site_reg, \site_base, \site_index, \site_scale, \site_seg
	.long \site_imm
	.if \site_reloc
	.reloc ., R_X86_64_32S, \site_disp
	.long 0
	.else
	.long \site_disp
	.endif
	.long \site_id
	.popsection
.endm
#endif /* __ASSEMBLER__ */

#endif /* AFTERBURN_SITE_ASM_H */
