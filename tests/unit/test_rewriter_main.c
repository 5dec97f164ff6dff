/*
 * test_rewriter_main.c - CUnit runner for the loader's unit tests.  Prints
 * one `ok - NAME` / `not ok - NAME: why` line per test (the project's test
 * protocol) and exits non-zero if any test failed.
 */
#include <stdio.h>
#include <stdlib.h>
#include <sys/mman.h>
#include <string.h>
#include <CUnit/Basic.h>
#include "test_rewriter.h"
#include "cunit_lines.h"
#include "rewriter_int.h"

const uint8_t ti_gas_nop[12][11] = {
	[1] = { 0x90 }, [2] = { 0x66, 0x90 }, [3] = { 0x0f, 0x1f, 0x00 },
	[4] = { 0x0f, 0x1f, 0x40, 0x00 }, [5] = { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	[6] = { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	[7] = { 0x0f, 0x1f, 0x80, 0, 0, 0, 0 },
	[8] = { 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 },
	[9] = { 0x66, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 },
	[10] = { 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 },
	[11] = { 0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 },
};

void ti_gas_nops(uint8_t *p, size_t len)
{
	while (len) {
		size_t n = len > 11 ? 11 : len;

		memcpy(p, ti_gas_nop[n], n);
		p += n;
		len -= n;
	}
}

void ti_init(struct ti_image *t, uint64_t vaddr)
{
	memset(t, 0, sizeof(*t));
	if (vaddr == 0) {
		t->buf = mmap(NULL, TI_SIZE, PROT_READ | PROT_WRITE | PROT_EXEC,
			      MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		if (t->buf == MAP_FAILED) {
			perror("mmap PROT_EXEC");
			exit(2);
		}
		t->exec = 1;
		vaddr = (uint64_t)(uintptr_t)t->buf;
	} else {
		t->buf = calloc(1, TI_SIZE);
		if (!t->buf)
			exit(2);
	}
	/* int3 everywhere in the code area: a stray jump traps instead of sliding */
	memset(t->buf + TI_OFF_CODE, 0xcc, TI_OFF_SLOTS - TI_OFF_CODE);
	t->win.base = t->buf;
	t->win.vaddr = vaddr;
	t->win.size = TI_SIZE;
	t->code_off = TI_OFF_CODE;
}

void ti_fini(struct ti_image *t)
{
	if (t->exec)
		munmap(t->buf, TI_SIZE);
	else
		free(t->buf);
	t->buf = NULL;
}

uint64_t ti_va(struct ti_image *t, const void *p)
{
	return t->win.vaddr + (uint64_t)((const uint8_t *)p - t->buf);
}

struct ab_site *ti_rec(struct ti_image *t, uint32_t i)
{
	return (struct ab_site *)(t->buf + TI_OFF_RECS + i * sizeof(struct ab_site));
}

struct ab_slot *ti_slot(struct ti_image *t, uint32_t i)
{
	return (struct ab_slot *)(t->buf + TI_OFF_SLOTS + i * AB_SLOT_SIZE);
}

uint8_t *ti_site(struct ti_image *t, uint32_t i)
{
	struct ab_site *r = ti_rec(t, i);

	return t->buf + (ti_va(t, &r->site) + (int64_t)r->site - t->win.vaddr);
}

uint32_t ti_add(struct ti_image *t, const struct ti_site *s)
{
	uint32_t i = t->n++;
	struct ab_site *r = ti_rec(t, i);
	uint8_t *site = t->buf + t->code_off;

	memcpy(site, s->insn, s->insn_len);
	if (s->site_len > s->insn_len)
		ti_gas_nops(site + s->insn_len, s->site_len - s->insn_len);
	if (s->tail_len)
		memcpy(site + s->site_len, s->tail, s->tail_len);
	t->code_off += s->site_len + s->tail_len + 3;	/* gap of int3s */

	memset(r, 0, sizeof(*r));
	r->site = (int32_t)(ti_va(t, site) - ti_va(t, &r->site));
	r->slot = (int32_t)(ti_va(t, ti_slot(t, i)) - ti_va(t, &r->slot));
	r->insn_len = s->insn_len;
	r->site_len = s->site_len;
	r->cls = s->cls;
	r->pair_cls = s->pair_cls;
	r->flags = s->flags;
	r->form = s->form;
	r->base = s->form == AB_FORM_MEM ? s->base : AB_REG_NONE;
	r->reg = r->index = r->seg = AB_REG_NONE;
	r->disp = s->disp;
	r->opsize = s->opsize;
	r->imm = s->imm;
	r->id = i + 1;
	return i;
}

int ti_patch(struct ti_image *t, enum ab_backend b)
{
	struct ab_rewrite rw = { .img = t->win, .backend = b };

	return ab_rewrite_all(&rw, t->win.vaddr + TI_OFF_RECS, t->n);
}

int ti_undo(struct ti_image *t, enum ab_backend b)
{
	struct ab_rewrite rw = { .img = t->win, .backend = b };

	return ab_rewrite_undo(&rw, t->win.vaddr + TI_OFF_RECS, t->n);
}

void ti_forget_saved(struct ti_image *t)
{
	static const uint8_t zero[AB_SLOT_CODE_LEN];
	uint32_t i;

	for (i = 0; i < t->n; i++) {
		struct ab_slot *sl = ti_slot(t, i);
		uint8_t len = ti_rec(t, i)->site_len;

		CU_ASSERT_EQUAL(memcmp(sl->saved, ti_site(t, i), len), 0);
		CU_ASSERT_EQUAL(memcmp(sl->code, zero, sizeof(zero)), 0);
		memset(sl->saved, 0, sizeof(sl->saved));
	}
}

int main(void)
{
	/* line-buffered: if a test crashes, the lines before it are still out */
	setvbuf(stdout, NULL, _IOLBF, 0);
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 2;
	ti_suite_nop();
	ti_suite_patch();
	ti_suite_errors();
	ti_suite_exec();
	ti_suite_hypercall();
	ti_suite_operand();
	return tu_cunit_run();
}
