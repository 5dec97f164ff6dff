/*
 * test_sys.c - self-tests: descriptor tables, segment registers and
 * segment checks, far transfers, TLB invalidation, swapgs, fs/gs base
 * instructions and SMAP's clac/stac.
 */
#include "guest.h"

/* CPUID.(EAX=7,ECX=0):EBX, or 0 if leaf 7 does not exist. */
static uint32_t cpuid7_ebx(void)
{
	uint32_t r[4];
	guest_cpuid(0, 0, r);
	if (r[0] < 7)
		return 0;
	guest_cpuid(7, 0, r);
	return r[1];
}

struct __attribute__((packed)) dtr {
	uint16_t limit;
	uint64_t base;
};

static void test_tables(void)
{
	struct dtr g = { 0, 0 }, i = { 0, 0 };
	__asm__ volatile("sgdt %0" : "=m"(g));
	__asm__ volatile("lgdt %0" : : "m"(g) : "memory");
	struct dtr g2 = { 0, 0 };
	__asm__ volatile("sgdt %0" : "=m"(g2));
	guest_test_ok("sgdt/lgdt", g.base == (uintptr_t)guest_gdt && g.limit == sizeof(guest_gdt) - 1 &&
		      g2.base == g.base && g2.limit == g.limit, "base 0x%lx limit %u", g.base, g.limit);

	__asm__ volatile("sidt %0" : "=m"(i));
	__asm__ volatile("lidt %0" : : "m"(i) : "memory");
	struct dtr i2 = { 0, 0 };
	__asm__ volatile("sidt %0" : "=m"(i2));
	guest_test_ok("sidt/lidt", i.limit == 256 * 16 - 1 && i2.base == i.base && i2.limit == i.limit,
		      "base 0x%lx limit %u", i.base, i.limit);

	uint16_t l0 = 0xffff, l1 = 0, l2 = 0xffff;
	__asm__ volatile("sldt %0" : "=r"(l0));
	__asm__ volatile("lldt %0" : : "r"((uint16_t)GUEST_LDT_SEL));
	__asm__ volatile("sldt %0" : "=r"(l1));
	__asm__ volatile("lldt %0" : : "r"((uint16_t)0));
	__asm__ volatile("sldt %0" : "=r"(l2));
	guest_test_ok("lldt/sldt", l0 == 0 && l1 == GUEST_LDT_SEL && l2 == 0,
		      "sldt %x, %x after lldt, %x after lldt 0", l0, l1, l2);

	/* ltr needs an available TSS: clear the busy bit ltr set at boot. */
	uint16_t tr = 0, tr2 = 0;
	__asm__ volatile("str %0" : "=r"(tr));
	uint64_t *desc = &guest_gdt[GUEST_TSS_SEL >> 3];
	int was_busy = ((*desc >> 40) & 0xf) == 0xb;
	*desc &= ~(2ull << 40);
	__asm__ volatile("ltr %0" : : "r"((uint16_t)GUEST_TSS_SEL) : "memory");
	__asm__ volatile("str %0" : "=r"(tr2));
	int busy_again = ((*desc >> 40) & 0xf) == 0xb;
	guest_test_ok("str/ltr", tr == GUEST_TSS_SEL && tr2 == GUEST_TSS_SEL && was_busy && busy_again,
		      "str %x/%x busy %d/%d", tr, tr2, was_busy, busy_again);
}

static void test_segments(void)
{
	uint16_t ds = 0, es = 0, ss = 0, fs = 0xffff, gs = 0xffff, cs = 0;
	__asm__ volatile("mov %%ds, %0" : "=r"(ds));
	__asm__ volatile("mov %%ss, %0" : "=r"(ss));
	__asm__ volatile("mov %%cs, %0" : "=r"(cs));
	__asm__ volatile("mov %0, %%es" : : "r"((uint16_t)GUEST_UDATA_SEL));
	__asm__ volatile("mov %%es, %0" : "=r"(es));
	__asm__ volatile("mov %0, %%es" : : "r"((uint16_t)GUEST_KDATA_SEL));
	__asm__ volatile("mov %0, %%ss" : : "r"(ss));
	guest_test_ok("mov to/from segment registers",
		      ds == GUEST_KDATA_SEL && ss == GUEST_KDATA_SEL && cs == GUEST_KCODE_SEL &&
		      es == GUEST_UDATA_SEL, "ds=%x ss=%x cs=%x es=%x", ds, ss, cs, es);

	/* push/pop %fs, %gs (the only segment push/pops of 64-bit mode). */
	__asm__ volatile("mov %0, %%fs; mov %0, %%gs" : : "r"((uint16_t)GUEST_KDATA_SEL));
	__asm__ volatile("pushq %%fs; pushq %%gs; mov %2, %%fs; mov %2, %%gs; popq %%gs; popq %%fs;"
			 "mov %%fs, %0; mov %%gs, %1"
			 : "=r"(fs), "=r"(gs) : "r"((uint16_t)0) : "memory");
	__asm__ volatile("mov %0, %%fs; mov %0, %%gs" : : "r"((uint16_t)0));
	guest_test_ok("push/pop %fs, %gs", fs == GUEST_KDATA_SEL && gs == GUEST_KDATA_SEL,
		      "fs=%x gs=%x", fs, gs);
}

/*
 * lar/lsl/verr/verw run in ring 3: the KVM instruction emulator here cannot
 * execute them in kernel mode, while user mode runs natively everywhere.
 * From CPL 3 the privilege checks are part of the result: DPL-0 selectors
 * must fail, DPL-3 ones succeed.  The result bits go back through int $0x80.
 */
enum {
	SEG_LAR_UCODE = 1 << 0,		/* lar user code: ZF=1, P DPL3 code/read, L */
	SEG_LAR_KCODE_FAILS = 1 << 1,	/* lar kernel code from CPL 3: ZF=0 */
	SEG_LSL_UDATA = 1 << 2,		/* lsl user data: ZF=1, limit 4 GiB - 1 */
	SEG_VERR_UCODE = 1 << 3,	/* readable code: ZF=1 */
	SEG_VERW_UCODE_FAILS = 1 << 4,	/* code is never writable: ZF=0 */
	SEG_VERW_UDATA = 1 << 5,	/* writable data: ZF=1 */
	SEG_VERR_KDATA_FAILS = 1 << 6,	/* DPL 0 from CPL 3: ZF=0 */
	SEG_ALL = (1 << 7) - 1
};

static __attribute__((noreturn, used)) void user_seg_checks(void)
{
	uint64_t bits = 0, ar = 0, lim = 0;
	uint8_t zf;
	uint64_t uc = GUEST_UCODE_SEL, kc = GUEST_KCODE_SEL, ud = GUEST_UDATA_SEL;
	uint16_t kd = GUEST_KDATA_SEL, uc16 = GUEST_UCODE_SEL;

	__asm__ volatile("lar %2, %0; setz %1" : "=r"(ar), "=q"(zf) : "r"(uc));
	if (zf && ((ar >> 8) & 0xfe) == 0xfa && (ar & (1u << 21)))
		bits |= SEG_LAR_UCODE;
	__asm__ volatile("lar %2, %0; setz %1" : "=r"(ar), "=q"(zf) : "r"(kc));
	if (!zf)
		bits |= SEG_LAR_KCODE_FAILS;
	__asm__ volatile("lsl %2, %0; setz %1" : "=r"(lim), "=q"(zf) : "r"(ud));
	if (zf && lim == 0xffffffffull)
		bits |= SEG_LSL_UDATA;
	__asm__ volatile("verr %1; setz %0" : "=q"(zf) : "r"(uc16));
	if (zf)
		bits |= SEG_VERR_UCODE;
	__asm__ volatile("verw %1; setz %0" : "=q"(zf) : "r"(uc16));
	if (!zf)
		bits |= SEG_VERW_UCODE_FAILS;
	__asm__ volatile("verw %1; setz %0" : "=q"(zf) : "m"(ud));
	if (zf)
		bits |= SEG_VERW_UDATA;
	__asm__ volatile("verr %1; setz %0" : "=q"(zf) : "r"(kd));
	if (!zf)
		bits |= SEG_VERR_KDATA_FAILS;
	__asm__ volatile("int $0x80" : : "a"((uint64_t)GUEST_SYS_TEST_RETURN), "D"(bits) : "memory");
	__builtin_unreachable();
}

static uint8_t seg_user_stack[2048] __attribute__((aligned(16)));

static void test_seg_checks(void)
{
	if (guest_ring3_foreign()) {
		static const char why[] = "ring 3 runs on a foreign GDT: its selectors are not ours";
		guest_test_skip("lar (ring 3)", why);
		guest_test_skip("lsl (ring 3)", why);
		guest_test_skip("verr/verw (ring 3)", why);
		return;
	}
	uint64_t bits = guest_user_call_iret((uintptr_t)user_seg_checks,
					     (uintptr_t)(seg_user_stack + sizeof(seg_user_stack)) - 8, 0);
	guest_test_ok("lar (ring 3: user code ok, kernel code refused)",
		      (bits & (SEG_LAR_UCODE | SEG_LAR_KCODE_FAILS)) == (SEG_LAR_UCODE | SEG_LAR_KCODE_FAILS),
		      "result bits 0x%lx", bits);
	guest_test_ok("lsl (ring 3: user data, 4 GiB limit)", (bits & SEG_LSL_UDATA) != 0,
		      "result bits 0x%lx", bits);
	guest_test_ok("verr/verw (ring 3)",
		      (bits & (SEG_VERR_UCODE | SEG_VERW_UCODE_FAILS | SEG_VERW_UDATA | SEG_VERR_KDATA_FAILS)) ==
		      (SEG_VERR_UCODE | SEG_VERW_UCODE_FAILS | SEG_VERW_UDATA | SEG_VERR_KDATA_FAILS),
		      "result bits 0x%lx", bits);
}

/* The same instructions in ring 0, on kernel selectors. */
static void test_seg_checks_ring0(void)
{
	if (guest_kernel_emulated()) {
		static const char why[] = "the KVM instruction emulator here fails on it in kernel mode";
		guest_test_skip("lar (ring 0)", why);
		guest_test_skip("lsl (ring 0)", why);
		guest_test_skip("verr/verw (ring 0)", why);
		return;
	}
	uint64_t ar = 0, lim = 0, junk = 0;
	uint64_t kc = GUEST_KCODE_SEL, kd = GUEST_KDATA_SEL, null = 0;
	uint16_t kc16 = GUEST_KCODE_SEL, kd16 = GUEST_KDATA_SEL;
	uint8_t zf_lar, zf_null, zf_lsl, zf_verr, zf_verw_code, zf_verw_data;
	__asm__ volatile("lar %2, %0; setz %1" : "=r"(ar), "=q"(zf_lar) : "r"(kc));
	__asm__ volatile("lar %2, %0; setz %1" : "=r"(junk), "=q"(zf_null) : "r"(null));
	__asm__ volatile("lsl %2, %0; setz %1" : "=r"(lim), "=q"(zf_lsl) : "r"(kd));
	__asm__ volatile("verr %1; setz %0" : "=q"(zf_verr) : "r"(kc16));
	__asm__ volatile("verw %1; setz %0" : "=q"(zf_verw_code) : "r"(kc16));
	__asm__ volatile("verw %1; setz %0" : "=q"(zf_verw_data) : "m"(kd16));
	(void)junk;
	int code_ok = ((ar >> 8) & 0xfe) == 0x9a && (ar & (1u << 21));	/* P DPL0 code/read, L */
	guest_test_ok("lar (ring 0: kernel code ok, null refused)", zf_lar && code_ok && !zf_null,
		      "zf=%u ar=0x%lx null zf=%u", zf_lar, ar, zf_null);
	guest_test_ok("lsl (ring 0: kernel data, 4 GiB limit)", zf_lsl && lim == 0xffffffffull,
		      "zf=%u limit=0x%lx", zf_lsl, lim);
	guest_test_ok("verr/verw (ring 0)", zf_verr && !zf_verw_code && zf_verw_data,
		      "verr code %u, verw code %u, verw data %u", zf_verr, zf_verw_code, zf_verw_data);
}

static void test_far(void)
{
	uint64_t j = guest_far_jmp_test();
	guest_test_ok("ljmp through m16:32 far pointer", j == 0x4a4d50, "got 0x%lx", j);
	uint64_t c = guest_far_call_test();
	guest_test_ok("lcall through m16:32 far pointer / lret", c == 0x43414c, "got 0x%lx", c);
	uint64_t r = guest_far_ret_test();
	guest_test_ok("lretq reloads %cs", r == 0x524554, "got 0x%lx", r);
}

/* Map GUEST_TEST_VA to pa (kernel address space). */
static void map_test_page(uint64_t pa)
{
	guest_map(guest_kernel_cr3(), GUEST_TEST_VA, pa, GUEST_PTE_P | GUEST_PTE_W);
}

static void test_tlb(void)
{
	uint64_t *a = guest_page_alloc(), *b = guest_page_alloc();
	volatile uint64_t *va = (volatile uint64_t *)GUEST_TEST_VA;
	a[0] = 0xaaaa;
	b[0] = 0xbbbb;
	map_test_page((uintptr_t)a);
	guest_invlpg(GUEST_TEST_VA);
	uint64_t first = va[0];
	map_test_page((uintptr_t)b);	/* the TLB may still hold the old translation */
	guest_invlpg(GUEST_TEST_VA);
	uint64_t second = va[0];
	guest_test_ok("invlpg makes a PTE change visible", first == 0xaaaa && second == 0xbbbb,
		      "read 0x%lx then 0x%lx", first, second);

	if (!(cpuid7_ebx() & (1u << 10))) {
		guest_test_skip("invpcid", "CPUID.7:EBX.INVPCID[10] = 0");
		return;
	}
	struct { uint64_t pcid, addr; } desc = { 0, GUEST_TEST_VA };
	map_test_page((uintptr_t)a);
	/* type 0: one address in PCID 0 (the only PCID while CR4.PCIDE = 0) */
	__asm__ volatile("invpcid %0, %1" : : "m"(desc), "r"(0ull) : "memory");
	uint64_t third = va[0];
	guest_test_ok("invpcid (individual address)", third == 0xaaaa, "read 0x%lx", third);
}

static void test_swapgs(void)
{
	static uint64_t area_a[2] = { 0xa11a }, area_b[2] = { 0xb22b };
	uint64_t gs_val, base_after, kbase_after, back;
	guest_wrmsr(MSR_GS_BASE, (uintptr_t)area_a);
	guest_wrmsr(MSR_KERNEL_GS_BASE, (uintptr_t)area_b);
	__asm__ volatile("swapgs; movq %%gs:0, %0" : "=r"(gs_val) : : "memory");
	base_after = guest_rdmsr(MSR_GS_BASE);
	kbase_after = guest_rdmsr(MSR_KERNEL_GS_BASE);
	__asm__ volatile("swapgs; movq %%gs:0, %0" : "=r"(back) : : "memory");
	guest_wrmsr(MSR_GS_BASE, 0);
	guest_wrmsr(MSR_KERNEL_GS_BASE, 0);
	guest_test_ok("swapgs pair (GS base and %gs:0)",
		      gs_val == 0xb22b && back == 0xa11a && base_after == (uintptr_t)area_b &&
		      kbase_after == (uintptr_t)area_a,
		      "gs:0 %lx/%lx bases %lx/%lx", gs_val, back, base_after, kbase_after);
}

static void test_fsgsbase(void)
{
	if (!(cpuid7_ebx() & 1)) {
		guest_test_skip("rd/wr fs/gs base", "CPUID.7:EBX.FSGSBASE[0] = 0");
		return;
	}
	uint64_t cr4 = guest_read_cr4(), fs, gs;
	guest_write_cr4(cr4 | CR4_FSGSBASE);
	__asm__ volatile("wrfsbase %0" : : "r"(0x1000ull));
	__asm__ volatile("wrgsbase %0" : : "r"(0x2000ull));
	__asm__ volatile("rdfsbase %0" : "=r"(fs));
	__asm__ volatile("rdgsbase %0" : "=r"(gs));
	__asm__ volatile("wrfsbase %0; wrgsbase %0" : : "r"(0ull));
	guest_write_cr4(cr4);
	guest_test_ok("rd/wr fs/gs base", fs == 0x1000 && gs == 0x2000, "fs=%lx gs=%lx", fs, gs);
}

static void test_smap(void)
{
	if (!(cpuid7_ebx() & (1u << 20))) {
		guest_test_skip("clac/stac", "CPUID.7:EBX.SMAP[20] = 0");
		return;
	}
	if (guest_kernel_emulated()) {
		/* ring 3 is no way out: stac/clac #UD at CPL > 0 */
		guest_test_skip("clac/stac", "the KVM instruction emulator here fails on stac/clac in kernel mode");
		return;
	}
	uint64_t set, clr;
	__asm__ volatile("stac; pushfq; popq %0" : "=r"(set) : : "memory", "cc");
	__asm__ volatile("clac; pushfq; popq %0" : "=r"(clr) : : "memory", "cc");
	guest_test_ok("stac/clac (RFLAGS.AC)", (set & GUEST_RFLAGS_AC) && !(clr & GUEST_RFLAGS_AC),
		      "after stac 0x%lx, after clac 0x%lx", set, clr);
}

void guest_tests_sys(void)
{
	test_tables();
	test_segments();
	test_seg_checks_ring0();
	test_seg_checks();
	test_far();
	test_tlb();
	test_swapgs();
	test_fsgsbase();
	test_smap();
}
