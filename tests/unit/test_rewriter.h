/*
 * test_rewriter.h - shared helpers of the rewriter unit tests: a synthetic
 * image window (records, sites, slots in one buffer) and a way to add
 * site records to it the way the afterburner + linker would.
 */
#ifndef TEST_REWRITER_H
#define TEST_REWRITER_H

#include <stddef.h>
#include <stdint.h>
#include <CUnit/CUnit.h>
#include "rewriter.h"

#define TI_SIZE		0x8000u
#define TI_OFF_RECS	0x0000u		/* up to 128 records */
#define TI_OFF_CODE	0x1000u
#define TI_OFF_SLOTS	0x4000u
#define TI_MAX_SITES	128

struct ti_image {
	uint8_t *buf;		/* TI_SIZE bytes */
	struct ab_image win;
	uint32_t n;		/* records */
	uint32_t code_off;	/* next free code byte */
	int exec;		/* buf is mmap'ed executable, vaddr == buf */
};

struct ti_site {
	const uint8_t *insn;
	uint8_t insn_len, site_len, cls, pair_cls, flags;
	uint8_t form, base, opsize;
	int32_t disp, imm;
	const uint8_t *tail;	/* bytes placed right after the site (e.g. ret) */
	uint8_t tail_len;
};

/* Creates an image window at guest address vaddr (0 = executable, at buf). */
void ti_init(struct ti_image *t, uint64_t vaddr);
void ti_fini(struct ti_image *t);
/* Appends a site (insn, gas NOP pad, record, empty slot); returns its index. */
uint32_t ti_add(struct ti_image *t, const struct ti_site *s);
struct ab_site *ti_rec(struct ti_image *t, uint32_t i);
uint8_t *ti_site(struct ti_image *t, uint32_t i);
struct ab_slot *ti_slot(struct ti_image *t, uint32_t i);
uint64_t ti_va(struct ti_image *t, const void *p);
int ti_patch(struct ti_image *t, enum ab_backend b);
int ti_undo(struct ti_image *t, enum ab_backend b);
/* After an undo: assert every slot's saved[] equals its site and code[] is
 * empty, then zero saved[] so the image compares with its pristine copy. */
void ti_forget_saved(struct ti_image *t);
/* gas `.nops len` bytes, from a table measured with as 2.40 (independent of the rewriter). */
void ti_gas_nops(uint8_t *p, size_t len);
extern const uint8_t ti_gas_nop[12][11];

/* Suites, one per file. */
void ti_suite_nop(void);
void ti_suite_patch(void);
void ti_suite_errors(void);
void ti_suite_exec(void);
void ti_suite_hypercall(void);
void ti_suite_operand(void);

#endif
