/*
 * test_priv.c - self-tests: privilege transitions (iretq, int $n, sysret,
 * sysexit), monitor/mwait, supervisor state, and the wedge itself: trace
 * counters and undo/redo of every site on the running image.
 */
#include "guest.h"

/* Ring-3 stack for the round trips (the whole image is user accessible). */
static uint8_t user_stack[4096] __attribute__((aligned(16)));
#define USER_STACK_TOP	((uintptr_t)(user_stack + sizeof(user_stack)))
#define SENTINEL	0x5e5e5e5eull

/*
 * The ring-3 %cs a stub reports: ours, or - where ring 3 runs on a foreign
 * GDT (PVM, see guest.h) - at least a privilege level of 3.
 */
static int user_cs_ok(uint64_t cs, uint64_t want)
{
	if (guest_ring3_foreign())
		return (cs & 3) == 3;
	return cs == want;
}

static void test_iret(void)
{
	uint64_t cs = guest_user_call_iret((uintptr_t)guest_user_stub_int80, USER_STACK_TOP, 0);
	guest_test_ok("iretq to ring 3 and int $0x80 back", user_cs_ok(cs, GUEST_UCODE_SEL),
		      "ring-3 %%cs=0x%lx", cs);

	if (guest_kernel_emulated()) {
		guest_test_skip("int $0x82", "the KVM emulator here cannot run int $n in kernel mode "
				"(and PVM raises #UD for it in ring 3: emulated for int $0x80 only)");
		return;
	}
	uint64_t v = 41, before = guest_int82_count;
	__asm__ volatile("int $0x82" : "+a"(v) : : "memory");
	guest_test_ok("int $0x82 reaches its handler", v == 42 && guest_int82_count == before + 1,
		      "rax=%lu count %lu -> %lu", v, before, guest_int82_count);
}

static void test_sysret(void)
{
	/* EFER.SCE, STAR, LSTAR, SFMASK: set up by guest_cpu_init. */
	uint64_t cs = guest_user_call_sysret((uintptr_t)guest_user_stub_int80, USER_STACK_TOP, 0);
	guest_test_ok("sysretq to ring 3 and int $0x80 back", user_cs_ok(cs, GUEST_UCODE_SEL),
		      "ring-3 %%cs=0x%lx", cs);

	if (guest_ring3_foreign()) {
		guest_test_skip("syscall from ring 3",
				"ring 3 runs on a foreign GDT (%%cs=0x%lx): syscall goes to the host, not to LSTAR",
				guest_ring3_cs);
		return;
	}
	cs = guest_user_call_iret((uintptr_t)guest_user_stub_syscall, USER_STACK_TOP, 0);
	guest_test_ok("iretq to ring 3 and syscall back", cs == GUEST_UCODE_SEL,
		      "ring-3 %%cs=0x%lx", cs);
}

static void test_sysexit(void)
{
	uint32_t r[4];
	guest_cpuid(1, 0, r);
	if (!(r[3] & (1u << 11))) {
		guest_test_skip("sysexitq", "CPUID.1:EDX.SEP[11] = 0");
		return;
	}
	guest_wrmsr(MSR_IA32_SYSENTER_CS, GUEST_SYSENTER_CS);
	guest_wrmsr(MSR_IA32_SYSENTER_ESP, 0);
	guest_wrmsr(MSR_IA32_SYSENTER_EIP, 0);
	/* AMD CPUs (and emulators with an AMD vendor) raise #UD in long mode. */
	guest_expect_arm(6);
	guest_expect.resume = (uintptr_t)guest_user_return;
	uint64_t cs = guest_user_call_sysexit((uintptr_t)guest_user_stub_int80, USER_STACK_TOP,
					      SENTINEL);
	if (guest_expect_done()) {
		guest_test_skip("sysexitq", "#UD in long mode on this CPU (AMD behaviour)");
		return;
	}
	guest_test_ok("sysexitq to ring 3 and int $0x80 back", user_cs_ok(cs, GUEST_UCODE_SYSEXIT_SEL),
		      "ring-3 %%cs=0x%lx", cs);
}

static void test_monitor(void)
{
	uint32_t r[4];
	guest_cpuid(1, 0, r);
	if (!(r[2] & (1u << 3))) {
		guest_test_skip("monitor/mwait", "CPUID.1:ECX.MONITOR[3] = 0");
		return;
	}
	static volatile uint64_t line;
	guest_pit_start(1000);
	guest_pic_unmask_timer(1);
	uint64_t t0 = guest_ticks;
	__asm__ volatile("monitor" : : "a"(&line), "c"(0), "d"(0) : "memory");
	/* The timer tick is the wake-up event (IF set before mwait). */
	__asm__ volatile("sti; mwait; cli" : : "a"(0), "c"(0) : "memory");
	guest_pic_unmask_timer(0);
	guest_test_ok("monitor/mwait wakes on the timer", guest_ticks > t0, "ticks %lu -> %lu", t0,
		      guest_ticks);
}

/* FNV-1a over the bytes of every site: the image's patch state. */
static uint64_t sites_hash(void)
{
	uint64_t h = 0xcbf29ce484222325ull;
	for (uint32_t i = 0; i < afterburn_wedge_sites(); i++) {
		const struct ab_site *s = afterburn_wedge_site(i);
		const uint8_t *p = (const uint8_t *)ab_site_addr(s);
		for (unsigned k = 0; k < s->site_len; k++)
			h = (h ^ p[k]) * 0x100000001b3ull;
	}
	return h;
}

static int sites_match_saved(void)
{
	for (uint32_t i = 0; i < afterburn_wedge_sites(); i++) {
		const struct ab_site *s = afterburn_wedge_site(i);
		const struct ab_slot *sl = afterburn_wedge_slot(s);
		if (wedge_memcmp((const void *)ab_site_addr(s), sl->saved, s->site_len))
			return 0;
	}
	return 1;
}

static void test_wedge(void)
{
	if (afterburn_wedge_backend() != AB_BACKEND_TRACE) {
		guest_test_skip("trace counters count executions", "back end is not trace");
		guest_test_skip("undo and redo every site on the running image",
				"back end is not trace: no site is patched");
		return;
	}
	uint64_t c0 = afterburn_wedge_class_count(AB_CLASS_RDTSC);
	(void)guest_rdtsc();
	(void)guest_rdtsc();
	(void)guest_rdtsc();
	uint64_t c1 = afterburn_wedge_class_count(AB_CLASS_RDTSC);
	guest_test_ok("trace counters count executions", c1 == c0 + 3, "rdtsc count %lu -> %lu", c0, c1);

	uint64_t h0 = sites_hash();
	uint64_t t0 = guest_rdtsc();
	int undone = afterburn_wedge_undo();
	uint64_t t1 = guest_rdtsc();
	uint64_t h1 = sites_hash();
	int exact = sites_match_saved();
	uint64_t u0 = afterburn_wedge_class_count(AB_CLASS_RDTSC);
	(void)guest_rdtsc();	/* original instruction now: not counted */
	uint64_t u1 = afterburn_wedge_class_count(AB_CLASS_RDTSC);
	uint64_t t2 = guest_rdtsc();
	int redone = afterburn_wedge_redo();
	uint64_t t3 = guest_rdtsc();
	wedge_printf("afterburn-guest: undo tsc=%lu redo tsc=%lu (%u sites)\n", t1 - t0, t3 - t2,
		     afterburn_wedge_sites());
	uint64_t h2 = sites_hash();
	uint64_t r0 = afterburn_wedge_class_count(AB_CLASS_RDTSC);
	(void)guest_rdtsc();	/* patched again: counted */
	uint64_t r1 = afterburn_wedge_class_count(AB_CLASS_RDTSC);
	uint32_t n = afterburn_wedge_sites();
	guest_test_ok("undo and redo every site on the running image",
		      undone == (int)n && exact && h1 != h0 && u1 == u0 && redone == (int)n &&
		      h2 == h0 && r1 == r0 + 1,
		      "undo %d/%u exact %d, uncounted %lu->%lu, redo %d, hash back %d, counted %lu->%lu",
		      undone, n, exact, u0, u1, redone, h2 == h0, r0, r1);
}

void guest_tests_priv(void)
{
	test_iret();
	test_sysret();
	test_sysexit();
	test_monitor();
	guest_test_skip("xsaves/xrstors",
			"the KVM instruction emulator here cannot run xrstor-family instructions in kernel mode");
	test_wedge();
}

/*
 * Last of all (it ends undo and redo): the kernel may take the slots back
 * only when no site uses one, and then the wedge must keep out of them.
 */
void guest_test_drop_slots(void)
{
	int native = afterburn_wedge_backend() == AB_BACKEND_NATIVE && !afterburn_wedge_patched();
	int dropped = afterburn_wedge_drop_slots();
	int redo = dropped ? afterburn_wedge_redo() : 0;

	guest_test_ok("slots given up only when no site uses them",
		      dropped == native && (!dropped || redo < 0 || !afterburn_wedge_sites()),
		      "back end %s, %u patched: drop_slots %d (want %d), redo after it %d (want < 0 with sites)",
		      ab_backend_name(afterburn_wedge_backend()), afterburn_wedge_patched(), dropped,
		      native, redo);
}
