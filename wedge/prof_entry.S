/*
 * prof_entry.S - the profile back end's post handler for CR3 loads: the
 * slot of a `mov %reg, %cr3` site is `<original>; call wedge_prof_cr_post;
 * jmp back` (rewriter.h, struct ab_handlers.post).  Every register and flag
 * is kept (entry.inc); wedge_prof_cr3_post returns 0.
 */
#include "entry.inc"

	.text
	C_CALL	wedge_prof_cr_post, wedge_prof_cr3_post

	.section .note.GNU-stack, "", @progbits
