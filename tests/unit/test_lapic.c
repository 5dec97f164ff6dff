/*
 * test_lapic.c - CUnit tests of the local APIC model (devices/lapic.c):
 * each test drives the model through its register interface with a made-up
 * clock and asserts what SDM 3A chapter 10 says the guest must see.
 * Built as build/tests/unit-lapic, run by tests/suites/61-hv-lapic.sh.
 */
#include <stdio.h>
#include <string.h>
#include <CUnit/Basic.h>
#include "cunit_lines.h"
#include "devices.h"

#define HZ 10000000ull		/* TSC and timer clock: 10 MHz, as Bochs at ips 10 M */

static struct lapic L;

static void fresh(void)
{
	memset(&L, 0x5a, sizeof(L));	/* init must not depend on a zeroed struct */
	CU_ASSERT_EQUAL_FATAL(lapic_init(&L, HZ, HZ), 0);
}

static uint32_t rd(uint32_t off) { return lapic_read(&L, off, 0); }
static void wr(uint32_t off, uint32_t v) { CU_ASSERT_EQUAL(lapic_write(&L, off, v, 0), LAPIC_RC_OK); }
static void self_ipi(unsigned vec) { wr(LAPIC_ICR_LO, (1u << 18) | vec); }

static void test_init_rejects_bad_rates(void)
{
	struct lapic l;
	CU_ASSERT_EQUAL(lapic_init(&l, 0, HZ), -1);
	CU_ASSERT_EQUAL(lapic_init(&l, HZ, 0), -1);
	CU_ASSERT_EQUAL(lapic_init(&l, 1ull << 32, HZ), -1);
}

static void test_reset_state(void)
{
	fresh();
	CU_ASSERT_EQUAL(rd(LAPIC_ID), 0);
	CU_ASSERT_EQUAL(rd(LAPIC_VERSION), 0x00050014u);
	CU_ASSERT_EQUAL((rd(LAPIC_VERSION) >> 16) & 0xff, 5);	/* max LVT: timer..error */
	CU_ASSERT_EQUAL(rd(LAPIC_TPR), 0);
	CU_ASSERT_EQUAL(rd(LAPIC_PPR), 0);
	CU_ASSERT_EQUAL(rd(LAPIC_DFR), 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_SVR), 0x1ffu);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_TIMER), LAPIC_LVT_MASKED);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_ERROR), LAPIC_LVT_MASKED);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_LINT0), 0x700u);		/* virtual wire */
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_LINT1), 0x400u);
	for (uint32_t o = 0; o < 0x80; o += 0x10) {
		CU_ASSERT_EQUAL(rd(LAPIC_IRR + o), 0);
		CU_ASSERT_EQUAL(rd(LAPIC_ISR + o), 0);
		CU_ASSERT_EQUAL(rd(LAPIC_TMR + o), 0);
	}
	uint64_t base = 0;
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x1b, &base, 0), LAPIC_RC_OK);
	CU_ASSERT_EQUAL(base, 0xfee00900ull);
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);
}

static void test_register_write_masks(void)
{
	fresh();
	wr(LAPIC_LVT_TIMER, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_TIMER), 0x000700ffu);	/* delivery status is read-only */
	wr(LAPIC_LVT_LINT0, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_LINT0), 0x0001a7ffu);	/* remote IRR, delivery status read-only */
	wr(LAPIC_LVT_ERROR, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_ERROR), 0x000100ffu);
	wr(LAPIC_LDR, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_LDR), 0xff000000u);
	wr(LAPIC_DFR, 0x0u);
	CU_ASSERT_EQUAL(rd(LAPIC_DFR), 0x0fffffffu);		/* cluster model; low bits read 1 */
	wr(LAPIC_TIMER_DIV, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_TIMER_DIV), 0xbu);
	wr(LAPIC_TPR, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_TPR), 0xffu);
	wr(LAPIC_ICR_HI, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_ICR_HI), 0xff000000u);
	wr(LAPIC_SVR, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_SVR), 0x3ffu);
	/* read-only registers ignore writes */
	wr(LAPIC_VERSION, 0);
	wr(LAPIC_PPR, 0x12345678u);
	wr(LAPIC_IRR, 0xffffffffu);
	CU_ASSERT_EQUAL(rd(LAPIC_VERSION), 0x00050014u);
	CU_ASSERT_EQUAL(rd(LAPIC_IRR), 0);
	CU_ASSERT_EQUAL(rd(LAPIC_EOI), 0);			/* write-only: reads 0 */
}

static void test_ppr_follows_tpr_and_isr(void)
{
	fresh();
	wr(LAPIC_TPR, 0x35);
	CU_ASSERT_EQUAL(rd(LAPIC_PPR), 0x35);			/* TPR class >= ISR class: PPR = TPR */
	wr(LAPIC_TPR, 0);
	self_ipi(0x51);
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x51);
	CU_ASSERT_EQUAL(rd(LAPIC_PPR), 0x50);			/* ISRV class, low nibble 0 */
	wr(LAPIC_TPR, 0x4f);
	CU_ASSERT_EQUAL(rd(LAPIC_PPR), 0x50);
	wr(LAPIC_TPR, 0x5f);
	CU_ASSERT_EQUAL(rd(LAPIC_PPR), 0x5f);
	wr(LAPIC_TPR, 0x61);
	CU_ASSERT_EQUAL(rd(LAPIC_PPR), 0x61);
}

static void test_apr(void)
{
	fresh();
	wr(LAPIC_TPR, 0x20);
	CU_ASSERT_EQUAL(rd(LAPIC_APR), 0x20);			/* nothing pending: TPR */
	self_ipi(0x80);
	CU_ASSERT_EQUAL(rd(LAPIC_APR), 0x80);			/* IRR class above TPR */
}

static void test_selection_above_ppr_class(void)
{
	fresh();
	self_ipi(0x40);
	self_ipi(0x90);
	self_ipi(0x31);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x90);		/* highest vector first */
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x90);
	CU_ASSERT(rd(LAPIC_ISR + 0x40) & (1u << (0x90 - 0x80)));
	CU_ASSERT_FALSE(rd(LAPIC_IRR + 0x40) & (1u << (0x90 - 0x80)));
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);			/* 0x40 waits below 0x90 in service */
	wr(LAPIC_EOI, 0);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x40);
	wr(LAPIC_TPR, 0x40);
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);			/* same class as TPR: blocked */
	wr(LAPIC_TPR, 0x3f);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x40);
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x40);
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);			/* 0x31 is in TPR's class 3 */
	wr(LAPIC_EOI, 0);
	wr(LAPIC_TPR, 0);
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x31);
	CU_ASSERT_EQUAL(lapic_ack(&L), -1);
}

static void test_same_class_nests_only_higher(void)
{
	fresh();
	self_ipi(0x45);
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x45);
	self_ipi(0x4a);					/* same class as the one in service */
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);
	self_ipi(0x50);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x50);
}

static void test_eoi(void)
{
	fresh();
	wr(LAPIC_EOI, 0);					/* empty ISR: no-op */
	CU_ASSERT_EQUAL(rd(LAPIC_ISR + 0x20), 0);
	self_ipi(0x41);
	lapic_ack(&L);
	self_ipi(0x61);
	lapic_ack(&L);
	CU_ASSERT_EQUAL(rd(LAPIC_ISR + 0x20), 1u << 1);
	CU_ASSERT_EQUAL(rd(LAPIC_ISR + 0x30), 1u << 1);
	wr(LAPIC_EOI, 0);					/* clears the highest: 0x61 */
	CU_ASSERT_EQUAL(rd(LAPIC_ISR + 0x30), 0);
	CU_ASSERT_EQUAL(rd(LAPIC_ISR + 0x20), 1u << 1);
	wr(LAPIC_EOI, 0);
	CU_ASSERT_EQUAL(rd(LAPIC_ISR + 0x20), 0);
}

static void test_tmr_level(void)
{
	fresh();
	lapic_accept(&L, 0x70, 1);
	CU_ASSERT_EQUAL(rd(LAPIC_TMR + 0x30), 1u << 16);
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x70);
	wr(LAPIC_EOI, 0);
	CU_ASSERT_EQUAL(rd(LAPIC_TMR + 0x30), 0);
}

static void test_esr_write_then_read(void)
{
	fresh();
	self_ipi(3);						/* illegal vector */
	CU_ASSERT_EQUAL(rd(LAPIC_ESR), 0);			/* not latched until written */
	wr(LAPIC_ESR, 0);
	CU_ASSERT_EQUAL(rd(LAPIC_ESR), LAPIC_ESR_SEND_ILLEGAL);
	wr(LAPIC_ESR, 0);
	CU_ASSERT_EQUAL(rd(LAPIC_ESR), 0);			/* the write cleared it */
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);			/* vector 3 never reached IRR */
	lapic_accept(&L, 5, 0);
	wr(LAPIC_ESR, 0);
	CU_ASSERT_EQUAL(rd(LAPIC_ESR), LAPIC_ESR_RECV_ILLEGAL);
}

static void test_error_lvt_interrupt(void)
{
	fresh();
	wr(LAPIC_LVT_ERROR, 0xfe);
	self_ipi(2);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0xfe);
}

static void test_svr_disable_masks_lvts(void)
{
	fresh();
	wr(LAPIC_LVT_TIMER, 0x40);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_TIMER), 0x40);
	wr(LAPIC_SVR, 0xff);					/* software disable */
	CU_ASSERT(rd(LAPIC_LVT_TIMER) & LAPIC_LVT_MASKED);
	CU_ASSERT(rd(LAPIC_LVT_LINT0) & LAPIC_LVT_MASKED);
	CU_ASSERT_FALSE(lapic_extint_open(&L));
	wr(LAPIC_LVT_TIMER, 0x40);				/* mask cannot be cleared while disabled */
	CU_ASSERT(rd(LAPIC_LVT_TIMER) & LAPIC_LVT_MASKED);
	self_ipi(0x50);						/* fixed interrupts are not taken */
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);
	wr(LAPIC_SVR, 0x1ff);
	CU_ASSERT(rd(LAPIC_LVT_TIMER) & LAPIC_LVT_MASKED);	/* still masked until rewritten */
	wr(LAPIC_LVT_TIMER, 0x40);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_TIMER), 0x40);
}

static void test_extint_routing(void)
{
	fresh();
	CU_ASSERT_TRUE(lapic_extint_open(&L));			/* virtual wire */
	wr(LAPIC_LVT_LINT0, 0x10700);
	CU_ASSERT_FALSE(lapic_extint_open(&L));			/* masked */
	wr(LAPIC_LVT_LINT0, 0x00000);
	CU_ASSERT_FALSE(lapic_extint_open(&L));			/* fixed mode: not ExtINT */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00000ull, 0), LAPIC_RC_OK);
	CU_ASSERT_FALSE(lapic_hw_enabled(&L));
	CU_ASSERT_TRUE(lapic_extint_open(&L));			/* no APIC: INTR straight through */
}

static void test_icr_self_ipi_forms(void)
{
	fresh();
	wr(LAPIC_ICR_HI, 0);
	wr(LAPIC_ICR_LO, 0x00000061);				/* fixed, physical, dest 0 = us */
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x61);
	CU_ASSERT_EQUAL(rd(LAPIC_ICR_LO) & (1u << 12), 0);	/* delivery status idle */
	wr(LAPIC_ICR_LO, 0x00080062);				/* all including self */
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x62);
	wr(LAPIC_ICR_HI, 0xff000000u);
	wr(LAPIC_ICR_LO, 0x00000063);				/* physical broadcast */
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x63);
	wr(LAPIC_LDR, 0x01000000u);
	wr(LAPIC_ICR_HI, 0x01000000u);
	wr(LAPIC_ICR_LO, 0x00000864);				/* logical flat, our bit */
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x64);
}

static void test_icr_unsupported(void)
{
	fresh();
	wr(LAPIC_ICR_HI, 0x05000000u);
	CU_ASSERT_EQUAL(lapic_write(&L, LAPIC_ICR_LO, 0x40, 0), LAPIC_RC_UNSUPPORTED);	/* APIC ID 5 */
	CU_ASSERT_PTR_NOT_NULL(strstr(lapic_why(&L), "another CPU"));
	CU_ASSERT_EQUAL(lapic_write(&L, LAPIC_ICR_LO, 0x000c0040, 0), LAPIC_RC_UNSUPPORTED);	/* all but self */
	CU_ASSERT_EQUAL(lapic_write(&L, LAPIC_ICR_LO, 0x00040400, 0), LAPIC_RC_UNSUPPORTED);	/* NMI to self */
	CU_ASSERT_PTR_NOT_NULL(strstr(lapic_why(&L), "NMI"));
	CU_ASSERT_EQUAL(lapic_write(&L, LAPIC_ICR_LO, 0x000c8500, 0), LAPIC_RC_OK);	/* INIT de-assert */
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);
}

static void test_timer_one_shot(void)
{
	fresh();
	wr(LAPIC_TIMER_DIV, 0xb);				/* divide by 1 */
	wr(LAPIC_LVT_TIMER, 0x40);
	CU_ASSERT_EQUAL(lapic_write(&L, LAPIC_TIMER_INIT, 1000, 100), LAPIC_RC_OK);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 1100);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 100), 1000);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 600), 500);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 1099), 0);
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 1100), 0);	/* also before the tick */
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 1100), 1);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x40);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);			/* one shot: stopped */
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 5000), 0);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_INIT, 5000), 1000);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 9000), 0);
}

static void test_timer_divider(void)
{
	fresh();
	wr(LAPIC_TIMER_DIV, 0x3);				/* divide by 16 */
	wr(LAPIC_LVT_TIMER, 0x40);
	lapic_write(&L, LAPIC_TIMER_INIT, 100, 0);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 1600);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 800), 50);
	/* a slower timer clock: 1 MHz against a 10 MHz TSC, divide by 2 */
	CU_ASSERT_EQUAL_FATAL(lapic_init(&L, HZ, HZ / 10), 0);
	wr(LAPIC_TIMER_DIV, 0x0);
	lapic_write(&L, LAPIC_TIMER_INIT, 100, 0);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 2000);
}

static void test_timer_periodic(void)
{
	fresh();
	wr(LAPIC_TIMER_DIV, 0xb);
	wr(LAPIC_LVT_TIMER, LAPIC_TIMER_PERIODIC | 0x41);
	lapic_write(&L, LAPIC_TIMER_INIT, 1000, 0);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 1000), 1);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 2000);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 1250), 750);	/* reloaded */
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x41);
	wr(LAPIC_EOI, 0);
	/* the host was away for 3.5 periods: one interrupt, phase kept, no burst */
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 5500), 1);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 6000);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 5600), 0);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x41);
	CU_ASSERT_EQUAL(L.fired, 2);
	lapic_write(&L, LAPIC_TIMER_INIT, 0, 5600);		/* 0 stops it */
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);
}

static void test_timer_masked_counts_silently(void)
{
	fresh();
	wr(LAPIC_TIMER_DIV, 0xb);
	wr(LAPIC_LVT_TIMER, LAPIC_LVT_MASKED | 0x40);
	lapic_write(&L, LAPIC_TIMER_INIT, 10, 0);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 10), 1);
	CU_ASSERT_EQUAL(lapic_pending(&L), -1);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 10), 0);
}

static void test_timer_tsc_deadline(void)
{
	uint64_t v = 1;
	fresh();
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x6e0, 500, 0), LAPIC_RC_OK);	/* not in deadline mode */
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x6e0, &v, 0), LAPIC_RC_OK);
	CU_ASSERT_EQUAL(v, 0);					/* ignored, reads 0 */
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);
	wr(LAPIC_LVT_TIMER, LAPIC_TIMER_TSC_DEADLINE | 0x42);
	lapic_write(&L, LAPIC_TIMER_INIT, 1000, 0);		/* ignored in deadline mode */
	CU_ASSERT_EQUAL(rd(LAPIC_TIMER_INIT), 0);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x6e0, 5000, 0), LAPIC_RC_OK);
	lapic_msr_read(&L, 0x6e0, &v, 0);
	CU_ASSERT_EQUAL(v, 5000);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 5000);
	CU_ASSERT_EQUAL(lapic_read(&L, LAPIC_TIMER_CUR, 100), 0);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 4999), 0);
	CU_ASSERT_EQUAL(lapic_timer_tick(&L, 5000), 1);
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x42);
	lapic_msr_read(&L, 0x6e0, &v, 0);
	CU_ASSERT_EQUAL(v, 0);					/* cleared once it fired */
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);
	/* writing 0 disarms; leaving deadline mode disarms too */
	lapic_msr_write(&L, 0x6e0, 9000, 0);
	lapic_msr_write(&L, 0x6e0, 0, 0);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);
	lapic_msr_write(&L, 0x6e0, 9000, 0);
	wr(LAPIC_LVT_TIMER, 0x42);
	CU_ASSERT_EQUAL(lapic_timer_next(&L), 0);
	lapic_msr_read(&L, 0x6e0, &v, 0);
	CU_ASSERT_EQUAL(v, 0);
}

static void test_apic_base_msr(void)
{
	uint64_t v = 0;
	fresh();
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00400ull, 0), LAPIC_RC_GP);	/* EXTD without EN */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00801ull, 0), LAPIC_RC_GP);	/* reserved bit */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfec00800ull, 0), LAPIC_RC_UNSUPPORTED);
	CU_ASSERT_PTR_NOT_NULL(strstr(lapic_why(&L), "relocat"));
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00800ull, 0), LAPIC_RC_OK);	/* BSP bit kept */
	lapic_msr_read(&L, 0x1b, &v, 0);
	CU_ASSERT_EQUAL(v, 0xfee00900ull);
	wr(LAPIC_TPR, 0x20);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00100ull, 0), LAPIC_RC_OK);	/* global disable */
	CU_ASSERT_FALSE(lapic_hw_enabled(&L));
	lapic_msr_write(&L, 0x1b, 0xfee00900ull, 0);
	CU_ASSERT_EQUAL(rd(LAPIC_TPR), 0);			/* back in power-on state */
	CU_ASSERT_EQUAL(rd(LAPIC_SVR), 0xffu);
	CU_ASSERT_EQUAL(rd(LAPIC_LVT_LINT0), LAPIC_LVT_MASKED);
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x10, &v, 0), LAPIC_RC_GP);
}

static void test_x2apic_modes(void)
{
	uint64_t v = 0;
	fresh();
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x802, &v, 0), LAPIC_RC_GP);	/* xAPIC mode: no MSRs */
	CU_ASSERT_TRUE(lapic_xapic_mmio(&L));
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00c00ull, 0), LAPIC_RC_OK);	/* xAPIC -> x2APIC */
	CU_ASSERT_TRUE(lapic_x2apic(&L));
	CU_ASSERT_FALSE(lapic_xapic_mmio(&L));
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00800ull, 0), LAPIC_RC_GP);	/* x2APIC -> xAPIC */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00000ull, 0), LAPIC_RC_OK);	/* -> disabled */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00c00ull, 0), LAPIC_RC_GP);	/* disabled -> x2APIC */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00800ull, 0), LAPIC_RC_OK);	/* -> xAPIC */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x1b, 0xfee00c00ull, 0), LAPIC_RC_OK);
	lapic_msr_read(&L, 0x1b, &v, 0);
	CU_ASSERT_EQUAL(v, 0xfee00d00ull);
}

static void test_x2apic_registers(void)
{
	uint64_t v = 1;
	fresh();
	lapic_msr_write(&L, 0x1b, 0xfee00c00ull, 0);
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x802, &v, 0), LAPIC_RC_OK);
	CU_ASSERT_EQUAL(v, 0);						/* x2APIC ID */
	lapic_msr_read(&L, 0x803, &v, 0);
	CU_ASSERT_EQUAL(v, 0x00050014u);
	lapic_msr_read(&L, 0x80d, &v, 0);
	CU_ASSERT_EQUAL(v, 1);						/* LDR from the ID: cluster 0, bit 0 */
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x809, &v, 0), LAPIC_RC_GP);	/* no APR */
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x80e, &v, 0), LAPIC_RC_GP);	/* no DFR */
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x80b, &v, 0), LAPIC_RC_GP);	/* EOI is write-only */
	CU_ASSERT_EQUAL(lapic_msr_read(&L, 0x83f, &v, 0), LAPIC_RC_GP);	/* SELF IPI too */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x802, 5, 0), LAPIC_RC_GP);	/* ID read-only */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x80d, 5, 0), LAPIC_RC_GP);	/* LDR read-only */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x808, 1ull << 32, 0), LAPIC_RC_GP);	/* reserved half */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x808, 0x30, 0), LAPIC_RC_OK);
	lapic_msr_read(&L, 0x80a, &v, 0);
	CU_ASSERT_EQUAL(v, 0x30);					/* PPR */
	lapic_msr_write(&L, 0x808, 0, 0);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x83f, 0x100, 0), LAPIC_RC_GP);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x83f, 0x70, 0), LAPIC_RC_OK);	/* self IPI */
	CU_ASSERT_EQUAL(lapic_ack(&L), 0x70);
	lapic_msr_read(&L, 0x813, &v, 0);
	CU_ASSERT_EQUAL(v, 1u << 16);					/* ISR word 3: 0x70 */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x80b, 1, 0), LAPIC_RC_GP);	/* EOI takes only 0 */
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x80b, 0, 0), LAPIC_RC_OK);
	lapic_msr_read(&L, 0x813, &v, 0);
	CU_ASSERT_EQUAL(v, 0);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x830, 0x71, 0), LAPIC_RC_OK);	/* ICR: physical dest 0 */
	CU_ASSERT_EQUAL(lapic_pending(&L), 0x71);
	lapic_msr_read(&L, 0x830, &v, 0);
	CU_ASSERT_EQUAL(v, 0x71);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x830, (1ull << 32) | 0x72, 0), LAPIC_RC_UNSUPPORTED);
	CU_ASSERT_EQUAL(lapic_msr_write(&L, 0x838, 500, 10), LAPIC_RC_OK);	/* the timer as MSRs */
	CU_ASSERT(lapic_timer_next(&L) > 10);
	lapic_msr_read(&L, 0x838, &v, 0);
	CU_ASSERT_EQUAL(v, 500);
}

int main(void)
{
	static const struct { const char *name; CU_TestFunc fn; } tests[] = {
		{ "init rejects bad rates", test_init_rejects_bad_rates },
		{ "reset state (firmware-left BSP)", test_reset_state },
		{ "register write masks, read-only registers", test_register_write_masks },
		{ "PPR from TPR and ISR", test_ppr_follows_tpr_and_isr },
		{ "APR", test_apr },
		{ "selection: highest IRR above PPR class, ack IRR->ISR", test_selection_above_ppr_class },
		{ "same class waits, higher class nests", test_same_class_nests_only_higher },
		{ "EOI clears the highest ISR bit, no-op when empty", test_eoi },
		{ "TMR for level interrupts, cleared by EOI", test_tmr_level },
		{ "ESR write-then-read", test_esr_write_then_read },
		{ "error LVT interrupt", test_error_lvt_interrupt },
		{ "SVR software disable masks LVTs", test_svr_disable_masks_lvts },
		{ "8259 ExtINT through LINT0", test_extint_routing },
		{ "ICR self-IPI forms", test_icr_self_ipi_forms },
		{ "ICR unsupported IPIs reported", test_icr_unsupported },
		{ "timer one-shot", test_timer_one_shot },
		{ "timer divider and clock ratio", test_timer_divider },
		{ "timer periodic (no burst after a gap)", test_timer_periodic },
		{ "timer masked: counts, no interrupt", test_timer_masked_counts_silently },
		{ "timer TSC-deadline mode", test_timer_tsc_deadline },
		{ "IA32_APIC_BASE", test_apic_base_msr },
		{ "x2APIC mode transitions", test_x2apic_modes },
		{ "x2APIC registers as MSRs", test_x2apic_registers },
	};
	if (CU_initialize_registry() != CUE_SUCCESS)
		return 1;
	CU_pSuite s = CU_add_suite("lapic", NULL, NULL);
	for (size_t i = 0; i < sizeof(tests) / sizeof(tests[0]); i++)
		CU_add_test(s, tests[i].name, tests[i].fn);
	return tu_cunit_run();
}
