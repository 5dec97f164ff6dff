/*
 * gen_equ.c - prints the site ABI constants of include/afterburn/site.h as
 * gas `.equ` lines, so the hand-written fixtures (fixture.S) use the C
 * enum values instead of copies of them.  Built and run by
 * tests/suites/35-afterburn-sites.sh.
 */
#include <ctype.h>
#include <stdio.h>
#include "afterburn/site.h"

int main(void)
{
	unsigned i;

	for (i = 1; i < AB_CLASS_COUNT; i++) {
		const char *n = ab_class_name(i);

		printf(".equ CLS_");
		for (; *n; n++)
			putchar(*n == '-' ? '_' : toupper((unsigned char)*n));
		printf(", %u\n", i);
	}
	printf(".equ F_PAIR, %d\n.equ F_PCREL, %d\n.equ F_NUMERIC, %d\n", AB_SITE_F_PAIR,
	       AB_SITE_F_DISP_PCREL, AB_SITE_F_RIP_NUMERIC);
	printf(".equ FORM_NONE, %d\n.equ FORM_REG, %d\n.equ FORM_IMM, %d\n.equ FORM_MEM, %d\n"
	       ".equ FORM_DX, %d\n", AB_FORM_NONE, AB_FORM_REG, AB_FORM_IMM, AB_FORM_MEM, AB_FORM_DX);
	printf(".equ REG_RAX, %d\n.equ REG_RDI, %d\n.equ REG_RIP, %d\n.equ REG_NONE, %d\n"
	       ".equ REG_CR3, %d\n.equ REG_DS, %d\n.equ REG_FS, %d\n", AB_REG_RAX, AB_REG_RDI,
	       AB_REG_RIP, AB_REG_NONE, AB_REG_CR0 + 3, AB_REG_DS, AB_REG_FS);
	printf(".equ ABI_WORD, 0x%x\n.equ SLOT_SIZE, %d\n", AB_ABI_WORD, AB_SLOT_SIZE);
	return 0;
}
