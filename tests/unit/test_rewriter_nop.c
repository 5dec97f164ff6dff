/*
 * test_rewriter_nop.c - the pad recogniser accepts exactly gas's `.nops`
 * encodings (table measured with as 2.40) and nothing else; the filler
 * writes those same encodings.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "test_rewriter.h"
#include "rewriter_int.h"

static void test_each_gas_nop(void)
{
	size_t n;

	for (n = 1; n <= 11; n++) {
		CU_ASSERT_EQUAL(ab_rw_nop_len(ti_gas_nop[n], n), n);
		CU_ASSERT_TRUE(ab_is_nop_run(ti_gas_nop[n], n));
		/* one byte short is not a NOP run */
		if (n > 1)
			CU_ASSERT_FALSE(ab_is_nop_run(ti_gas_nop[n], n - 1));
	}
}

static void test_gas_runs(void)
{
	uint8_t buf[64];
	size_t n;

	CU_ASSERT_TRUE(ab_is_nop_run(buf, 0));	/* empty pad */
	for (n = 1; n <= sizeof(buf); n++) {
		ti_gas_nops(buf, n);
		CU_ASSERT_TRUE(ab_is_nop_run(buf, n));
	}
}

static void test_rejects(void)
{
	static const struct { uint8_t b[8]; size_t n; } bad[] = {
		{ { 0xcc }, 1 },				/* int3 */
		{ { 0xf3, 0x90 }, 2 },				/* pause */
		{ { 0x48, 0x90 }, 2 },				/* rex.w nop: not gas */
		{ { 0x41, 0x90 }, 2 },				/* xchg %eax,%r8d: not a nop */
		{ { 0x2e, 0x90 }, 2 },				/* cs nop: not gas */
		{ { 0x66, 0x66, 0x90 }, 3 },			/* not gas */
		{ { 0x0f, 0x1f, 0xc0 }, 3 },			/* nop %eax: register form */
		{ { 0x0f, 0x1f, 0x05, 0, 0, 0, 0 }, 7 },	/* rip-relative form */
		{ { 0x0f, 0x1f, 0x48, 0x00 }, 4 },		/* reg field 1: not /0 */
		{ { 0x0f, 0x1f, 0x40, 0x01 }, 4 },		/* non-zero displacement */
		{ { 0x0f, 0x1f, 0x44, 0x08, 0x00 }, 5 },	/* other SIB */
		{ { 0x0f, 0x1e, 0x00 }, 3 },			/* other opcode */
		{ { 0x2e, 0x66, 0x0f, 0x1f, 0x00 }, 5 },	/* 66 after cs */
		{ { 0x2e, 0x2e, 0x0f, 0x1f, 0x00 }, 5 },	/* two cs */
		{ { 0x66 }, 1 },				/* lone prefix */
		{ { 0x0f, 0x1f }, 2 },				/* truncated */
		{ { 0x90, 0xfa }, 2 },				/* nop; cli */
		{ { 0xe9, 0, 0, 0, 0 }, 5 },			/* jmp */
	};
	size_t i;

	for (i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		CU_ASSERT_FALSE(ab_is_nop_run(bad[i].b, bad[i].n));
}

static void test_long_prefix_chain(void)
{
	/* 15 bytes is the architectural limit; 16 must fail */
	uint8_t b[16];

	memset(b, 0x66, 7);
	memcpy(b + 7, (const uint8_t[]){ 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 }, 8);
	CU_ASSERT_TRUE(ab_is_nop_run(b, 15));
	memset(b, 0x66, 8);
	memcpy(b + 8, (const uint8_t[]){ 0x0f, 0x1f, 0x84, 0, 0, 0, 0, 0 }, 8);
	CU_ASSERT_FALSE(ab_is_nop_run(b, 16));
}

static void test_fill_matches_gas(void)
{
	uint8_t a[40], b[40];
	size_t n;

	for (n = 0; n <= sizeof(a); n++) {
		memset(a, 0xcc, sizeof(a));
		memset(b, 0xcc, sizeof(b));
		ab_rw_nop_fill(a, n);
		ti_gas_nops(b, n);
		CU_ASSERT_EQUAL(memcmp(a, b, sizeof(a)), 0);
	}
}

/*
 * Ask this machine's `as` (the assembler the afterburner's output goes
 * through) what `.nops N` is for N = 1..40, each followed by an int3, and
 * check the recogniser accepts exactly each run and the filler agrees.
 */
#define LIVE_MAX 40
static void test_live_gas(void)
{
	char dir[] = "/tmp/ab-nops-XXXXXX", cmd[512], path[300];
	uint8_t buf[LIVE_MAX * (LIVE_MAX + 1)], fill[LIVE_MAX];
	size_t len, pos = 0, n;
	FILE *f;

	CU_ASSERT_PTR_NOT_NULL_FATAL(mkdtemp(dir));
	snprintf(path, sizeof(path), "%s/n.s", dir);
	f = fopen(path, "w");
	CU_ASSERT_PTR_NOT_NULL_FATAL(f);
	for (n = 1; n <= LIVE_MAX; n++)
		fprintf(f, ".nops %zu\nint3\n", n);
	fclose(f);
	snprintf(cmd, sizeof(cmd), "as --64 -o %s/n.o %s/n.s && objcopy -O binary -j .text %s/n.o %s/n.bin",
		 dir, dir, dir, dir);
	CU_ASSERT_EQUAL(system(cmd), 0);
	snprintf(path, sizeof(path), "%s/n.bin", dir);
	f = fopen(path, "rb");
	len = f ? fread(buf, 1, sizeof(buf), f) : 0;
	if (f)
		fclose(f);
	snprintf(cmd, sizeof(cmd), "rm -rf %s", dir);
	if (system(cmd) != 0)
		fprintf(stderr, "test_live_gas: could not remove %s\n", dir);
	CU_ASSERT_EQUAL_FATAL(len, LIVE_MAX * (LIVE_MAX + 1) / 2 + LIVE_MAX);
	for (n = 1; n <= LIVE_MAX; n++) {
		CU_ASSERT_TRUE(ab_is_nop_run(buf + pos, n));
		CU_ASSERT_FALSE(ab_is_nop_run(buf + pos, n + 1));	/* the int3 is no NOP */
		CU_ASSERT_EQUAL(buf[pos + n], 0xcc);
		ab_rw_nop_fill(fill, n);
		CU_ASSERT_EQUAL(memcmp(fill, buf + pos, n), 0);
		pos += n + 1;
	}
}

void ti_suite_nop(void)
{
	CU_pSuite s = CU_add_suite("nop", NULL, NULL);

	CU_add_test(s, "each-gas-nop", test_each_gas_nop);
	CU_add_test(s, "gas-runs-1-64", test_gas_runs);
	CU_add_test(s, "rejects-non-gas", test_rejects);
	CU_add_test(s, "prefix-chain-limit", test_long_prefix_chain);
	CU_add_test(s, "fill-matches-gas", test_fill_matches_gas);
	CU_add_test(s, "live-as-nops-1-40", test_live_gas);
}
