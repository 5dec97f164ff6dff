/*
 * wedge_hc.h - wedge-internal interface of the hypercall back end
 * (hypercall.c, hc_entry.S); not part of the wedge's face.
 */
#ifndef AFTERBURN_WEDGE_HC_H
#define AFTERBURN_WEDGE_HC_H

#include <stdint.h>
#include "rewriter.h"
#include "afterburn/hypercall.h"

/* What hc_entry.S's C_PRE wrappers save, lowest address first. */
struct wedge_hc_frame {
	uint64_t r11, r10, r9, r8, rdi, rsi, rbx, rdx, rcx, rax, rflags;
	uint64_t ret;		/* the original instruction in the slot */
};
_Static_assert(__builtin_offsetof(struct wedge_hc_frame, ret) == 88, "entry.inc C_CALL offsets");

/* What hc_entry.S's C_PRE_ALL wrappers save: every general register. */
struct wedge_hc_gprs {
	uint64_t r15, r14, r13, r12, r11, r10, r9, r8, rdi, rsi, rbp, rbx, rdx, rcx, rax, rflags;
	uint64_t ret;		/* the original instruction in the slot */
};
_Static_assert(__builtin_offsetof(struct wedge_hc_gprs, ret) == 128, "hc_entry.S C_PRE_ALL offsets");

extern struct ab_shared_page wedge_hc_page;
extern uint64_t wedge_hc_replays_here, wedge_hc_replays_iret;

/* hypercall.c */
int wedge_hc_init(const char *cmdline);		/* 0, or -1 (printed) if the back end cannot run */
const struct ab_handlers *wedge_hc_handlers(void);
void wedge_hc_start(void);
void wedge_hc_describe(void);
void wedge_hc_stop(void);
int wedge_hc_active(void);
void wedge_hc_putc(char c);
void wedge_hc_flush(void);
int64_t wedge_hc_call(uint64_t nr, uint64_t a0, uint64_t a1);
uint64_t wedge_hc_cpuid(struct wedge_hc_frame *f);
uint64_t wedge_hc_in(struct wedge_hc_frame *f);
uint64_t wedge_hc_out(struct wedge_hc_frame *f);
void wedge_hc_count_fallback(struct wedge_hc_frame *f);
void wedge_hc_ptwrite_batch(unsigned size, uint64_t gpa, uint64_t value);
int wedge_hc_ptnote(unsigned size, uint64_t lin);	/* 0: skipped, nothing new for the host */

/* ptwrite.c: pt-write sites (afterburn.ptwrite=slot|direct|batch|note) */
enum { WEDGE_PT_SLOT = 0, WEDGE_PT_DIRECT, WEDGE_PT_BATCH, WEDGE_PT_NOTE };
extern uint64_t wedge_pt_note_page;	/* the page noted last (hc_entry.S's fast path reads both) */
extern uint32_t wedge_pt_note_epoch;	/* ... and pt_epoch then */
extern int wedge_pt_mode;
extern uint64_t wedge_pt_direct, wedge_pt_batched, wedge_pt_flushes, wedge_pt_nonidentity, wedge_pt_notes_skipped;
uint64_t wedge_hc_ptwrite(struct wedge_hc_gprs *f);
void wedge_pt_start(void);
int wedge_pt_parse(const char *cmdline);
const char *wedge_pt_mode_name(void);

/* hc_entry.S (entered by call from slots; not C functions) */
void wedge_hc_sti_pre(void);
void wedge_hc_popf_pre(void);
void wedge_hc_iret_pre(void);
void wedge_hc_hlt_pre(void);
void wedge_hc_replay(void);
void wedge_hc_sti_hlt(void);
void wedge_hc_cpuid_pre(void);
void wedge_hc_in_pre(void);
void wedge_hc_out_pre(void);
void wedge_hc_ptwrite_pre(void);

#endif /* AFTERBURN_WEDGE_HC_H */
