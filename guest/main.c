/*
 * main.c - guest_main: the order of bring-up, the self-test bookkeeping and
 * the verdict.
 *
 * guest_main is afterburned code, so the wedge's boot stub is the first
 * thing it calls: until then only the 32-bit boot code (never padded) and a
 * few 64-bit segment loads in boot.S (sites still holding their original
 * bytes) have run.  Reading the multiboot command line before the call uses
 * plain loads only.
 */
#include "guest.h"

#define MB_BOOTLOADER_MAGIC	0x2badb002
#define MB_INFO_CMDLINE		(1u << 2)
#define GUEST_BOOT_MAP_END	0x40000000u	/* boot.S identity-maps [0, 1 GiB) */

char guest_cmdline[256];
unsigned guest_tests_run, guest_tests_failed;
uint64_t guest_ring3_cs;

int guest_ring3_foreign(void)
{
	return guest_ring3_cs != GUEST_UCODE_SEL;
}

int guest_kernel_emulated(void)
{
	return afterburn_wedge_platform() == WEDGE_PLATFORM_KVM;
}

/* Ring-3 stack for the probe below. */
static uint8_t probe_stack[1024] __attribute__((aligned(16)));

static void probe_ring3(void)
{
	guest_ring3_cs = guest_user_call_iret((uintptr_t)guest_user_stub_int80,
					      (uintptr_t)(probe_stack + sizeof(probe_stack)), 0);
	if (guest_ring3_foreign())
		wedge_printf("afterburn-guest: ring 3 reads %%cs=0x%lx, not 0x%x: it runs on a foreign GDT\n",
			     guest_ring3_cs, GUEST_UCODE_SEL);
}

struct mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
};

/* Set when the boot loader's command line did not fit guest_cmdline. */
static size_t cmdline_cut_at;

static void copy_cmdline(uint32_t magic, uint32_t mbi_addr)
{
	const struct mb_info *mbi = (const struct mb_info *)(uintptr_t)mbi_addr;
	if (magic != MB_BOOTLOADER_MAGIC || !mbi || mbi_addr >= GUEST_BOOT_MAP_END - sizeof(*mbi) || !(mbi->flags & MB_INFO_CMDLINE) ||
	    !mbi->cmdline)
		return;	/* e.g. the Bochs fast path: no multiboot info */
	/* The boot page tables map the first GiB only (boot.S). */
	if (mbi->cmdline >= GUEST_BOOT_MAP_END - sizeof(guest_cmdline))
		return;
	const char *s = (const char *)(uintptr_t)mbi->cmdline;
	size_t i = 0;
	for (; s[i] && i < sizeof(guest_cmdline) - 1; i++)
		guest_cmdline[i] = s[i];
	guest_cmdline[i] = 0;
	if (s[i])
		cmdline_cut_at = i;
}

/* Is word present as a whole space-separated word of the command line? */
int guest_cmdline_has(const char *word)
{
	size_t n = wedge_strlen(word);
	for (const char *p = guest_cmdline; *p; p++)
		if ((p == guest_cmdline || p[-1] == ' ') && !wedge_memcmp(p, word, n) &&
		    (p[n] == ' ' || p[n] == 0))
			return 1;
	return 0;
}

static void test_line(const char *verdict, const char *name, const char *fmt, va_list ap)
{
	guest_tests_run++;
	wedge_printf("%s %u - %s", verdict, guest_tests_run, name);
	if (fmt) {
		wedge_printf(": ");
		wedge_vprintf(fmt, ap);
	}
	wedge_printf("\n");
}

void guest_test_ok(const char *name, int ok, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	if (ok) {
		test_line("ok", name, 0, ap);
	} else {
		guest_tests_failed++;
		test_line("not ok", name, fmt, ap);
	}
	va_end(ap);
}

void guest_test_skip(const char *name, const char *fmt, ...)
{
	va_list ap;
	va_start(ap, fmt);
	test_line("skip", name, fmt, ap);
	va_end(ap);
}

void guest_finish(void)
{
	guest_cli();
	afterburn_wedge_exit_report();
	if (guest_tests_failed) {
		wedge_printf("afterburn-guest: FAIL failed=%u tests=%u\n", guest_tests_failed,
			     guest_tests_run);
		afterburn_wedge_exit(WEDGE_EXIT_FAIL);
	}
	wedge_printf("afterburn-guest: PASS tests=%u\n", guest_tests_run);
	afterburn_wedge_exit(WEDGE_EXIT_PASS);
}

void guest_main(uint32_t magic, uint32_t mbi_addr)
{
	copy_cmdline(magic, mbi_addr);
	afterburn_wedge_boot(guest_cmdline);

	wedge_printf("afterburn-guest: booted, cmdline '%s'\n", guest_cmdline);
	guest_cpu_init();
	/* A cut command line is a wrong configuration, never a silent one. */
	guest_test_ok("command line fits", !cmdline_cut_at,
		      "the boot loader's command line is longer than %u bytes: cut after '%s'",
		      (unsigned)cmdline_cut_at, guest_cmdline);
	guest_paging_init();
	if (guest_cmdline_has("afterburn-guest.panic")) {
		/* For testing the panic path (and the runner's crash detection). */
		wedge_printf("afterburn-guest: executing ud2 as asked (afterburn-guest.panic)\n");
		__asm__ volatile("ud2");
	}

	unsigned errs = afterburn_wedge_errors();
	/* trace and hypercall rewrite every site; native none; profile its CR3 loads */
	int rewrites = afterburn_wedge_backend() == AB_BACKEND_TRACE ||
		       afterburn_wedge_backend() == AB_BACKEND_HYPERCALL;
	uint32_t want = rewrites ? afterburn_wedge_sites() : 0;
	/* profile (wedge/profile.c) rewrites only the CR3 loads */
	for (uint32_t i = 0; afterburn_wedge_backend() == AB_BACKEND_PROFILE && i < afterburn_wedge_sites(); i++)
		want += afterburn_wedge_site(i)->cls == AB_CLASS_MOV_TO_CR &&
			afterburn_wedge_site(i)->imm == AB_REG_CR0 + 3;
	guest_test_ok("wedge boot", !errs && afterburn_wedge_patched() == want,
		      "%u error(s), %u of %u sites patched (want %u)", errs,
		      afterburn_wedge_patched(), afterburn_wedge_sites(), want);

	probe_ring3();
	guest_tests_cpu();
	guest_tests_sys();
	guest_tests_priv();
#ifdef AFTERBURN_TEST_SHIFT
	guest_shift();
#endif
	guest_pgstress_run();
	guest_workload_run();
	guest_test_drop_slots();
	guest_finish();
}
