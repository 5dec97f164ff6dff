/*
 * wedge_prof.h - wedge-internal interface of the profile back end
 * (profile.c, prof_entry.S; afterburn.backend=profile).
 *
 * Every symbol here is declared weak for boot.c: profile.o is linked into
 * an image only when the image calls afterburn_probe_store (it was built
 * with the LLVM plugin in instrument mode), so plain images carry none of
 * its tables.  boot.c tests wedge_prof_available before using the rest.
 */
#ifndef AFTERBURN_WEDGE_PROF_H
#define AFTERBURN_WEDGE_PROF_H

#include <stdint.h>
#include "rewriter.h"

#define WEDGE_PROF_WEAK __attribute__((weak))

/* 1: this image has the profile back end (and its records). */
WEDGE_PROF_WEAK int wedge_prof_available(void);
/* The handler table the CR3-load sites are rewritten with (backend hypercall shape). */
WEDGE_PROF_WEAK const struct ab_handlers *wedge_prof_handlers(void);
/* Is record s one the profile back end rewrites (a move to %cr3)? */
WEDGE_PROF_WEAK int wedge_prof_wants(const struct ab_site *s);
/* After rewriting: walk the hierarchy in force and start counting. */
WEDGE_PROF_WEAK void wedge_prof_start(void);
/* At exit: the profile between its marker lines on the console. */
WEDGE_PROF_WEAK void wedge_prof_report(void);

/* prof_entry.S: the post handler of a CR3-load site (not a C function). */
void wedge_prof_cr_post(void);
/* profile.c: what it calls, registers saved (entry.inc). */
struct wedge_hc_frame;
uint64_t wedge_prof_cr3_post(struct wedge_hc_frame *f);

#endif /* AFTERBURN_WEDGE_PROF_H */
