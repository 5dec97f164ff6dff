/*
 * hv_main.c - start-up order of the hypervisor: log, host CPU tables, VMX
 * capability check, VMXON, then each multiboot module as a guest in turn
 * (load, VMCS, launch; its end report; the next).  Every failure names what
 * is wrong and powers off (the Bochs run ends instead of hanging).
 */
#include "hv.h"
#include "hv_cpu.h"

static struct hv_guest hv_guests[HV_MAX_GUESTS];
struct hv_guest *hv_cur;
static uint32_t hv_mb_magic;
static uint64_t hv_mbi_pa;
static const char *hv_cmdline;
static unsigned hv_guests_run;
uint64_t hv_tsc_hz = HV_TSC_HZ_DEFAULT;
uint64_t hv_mem_size = HV_GUEST_MEM_DEFAULT, hv_mem_hpa;

/*
 * The last "key=N[K|M|G]" in a space-separated list (the last one wins, as
 * on Linux's command line: afterburn-run --hv-arg words come after its
 * own): 1 and *out in bytes, 0 if absent, -1 if the value is no such
 * number (*word points at it).
 */
static int hv_cmdline_size(const char *s, const char *key, uint64_t *out, const char **word)
{
	size_t n = hv_strlen(key);
	int rc = 0;

	for (; s && *s; ) {
		while (*s == ' ')
			s++;
		if (!hv_memcmp(s, key, n) && s[n] == '=') {
			const char *p = s + n + 1;
			uint64_t v = 0, shift = 0;
			int digits = 0;
			*word = s;
			for (; *p >= '0' && *p <= '9' && v < (1ull << 40); p++, digits++)
				v = v * 10 + (uint64_t)(*p - '0');
			if (*p == 'K' || *p == 'k')
				shift = 10, p++;
			else if (*p == 'M' || *p == 'm')
				shift = 20, p++;
			else if (*p == 'G' || *p == 'g')
				shift = 30, p++;
			if (!digits || (*p && *p != ' ') || v >= (1ull << 40))
				return -1;
			*out = v << shift;
			rc = 1;
		}
		while (*s && *s != ' ')
			s++;
	}
	return rc;
}

/*
 * Guest RAM: hv.mem= bytes (default HV_GUEST_MEM_DEFAULT), backed by the
 * machine's RAM from the first 2 MiB boundary above everything GRUB loaded
 * (2 MiB EPT pages need it aligned).  Every guest gets the same size.  A
 * size the machine cannot back ends the run here, by name.
 */
static void hv_mem_layout(void)
{
	const char *word = 0;
	int rc = hv_cmdline_size(hv_cmdline, "hv.mem", &hv_mem_size, &word);
	char what[40] = "the default size";
	unsigned wlen = 0;

	while (word && word[wlen] && word[wlen] != ' ' && wlen < sizeof(what) - 1) {
		what[wlen] = word[wlen];
		what[++wlen] = 0;
	}
	if (rc < 0 || (rc > 0 && (hv_mem_size < HV_GUEST_MEM_MIN || hv_mem_size > HV_GUEST_MEM_MAX ||
				  hv_mem_size % HV_PAGE)))
		hv_fatal("%s: want guest RAM in bytes with an optional K, M or G suffix, a multiple of 4 KiB from %lluM to %lluM",
			 what, HV_GUEST_MEM_MIN >> 20, HV_GUEST_MEM_MAX >> 20);
	if (!hv_boot_guests(hv_mb_magic, hv_mbi_pa))
		return;		/* no guest, no guest RAM (hv_main says so) */
	uint64_t data_end = hv_boot_data_end(hv_mb_magic, hv_mbi_pa);
	hv_mem_hpa = (data_end + (2ull << 20) - 1) & ~((2ull << 20) - 1);
	uint64_t ram_end = hv_boot_ram_end(hv_mb_magic, hv_mbi_pa, hv_mem_hpa);
	if (hv_mem_hpa + hv_mem_size > ram_end || hv_mem_hpa + hv_mem_size > (4ull << 30))
		hv_fatal("guest RAM of %lu MiB (%s) does not fit the machine: it would be host 0x%lx-0x%lx, "
			 "above the hypervisor and its modules (end 0x%lx), but the machine's RAM there ends at 0x%lx; "
			 "give the machine more (afterburn-run --mem sizes Bochs for the guest) or the guest less",
			 hv_mem_size >> 20, what, hv_mem_hpa, hv_mem_hpa + hv_mem_size - 1, data_end, ram_end);
	hv_printf("hv: guest RAM %lu MiB (%s), backed by host 0x%lx-0x%lx (hypervisor and modules end at 0x%lx, machine RAM at 0x%lx)\n",
		  hv_mem_size >> 20, what, hv_mem_hpa, hv_mem_hpa + hv_mem_size - 1, data_end, ram_end);
}

/*
 * Start guest `index` (the index-th module that is no guest's hv.initrd,
 * hv_boot_guests()) on a fresh VMCS; past the last one, power off.  Called at boot and whenever a guest has ended,
 * from the exit handler's stack: vmx_launch() resets that stack.
 */
void hv_guest_start(unsigned index)
{
	unsigned count = hv_boot_guests(hv_mb_magic, hv_mbi_pa);
	struct hv_regs init;

	for (; index < count; index++) {
		struct hv_guest *g = &hv_guests[index];
		hv_memset(g, 0, sizeof(*g));
		g->index = index;
		if (hv_guest_load(g, hv_mb_magic, hv_mbi_pa, &init) < 0) {
			hv_printf("hv: guest %u not started (reason above)\n", index);
			continue;
		}
		hv_vdev_reset(g);
		hv_lapic_reset(g);
		if (vmx_vmcs_setup(g) < 0)
			hv_fatal("VMCS setup failed (reason above)");
		hv_guest_boot_state(g);
		hv_prof_start(g, hv_cmdline);
		hv_shadow_start(g, hv_cmdline);
		/*
		 * Test knob (hypervisor command line, never the guest's): break one
		 * guest-state rule, RFLAGS bit 1 must be 1 (SDM 3C 26.3.1.4), to show
		 * that a failed VM entry is reported and the hypervisor keeps control.
		 */
		/* ... and hv.test=bad-vmwrite shows how a failed VMWRITE is named (fatal). */
		if (hv_cmdline_has(hv_cmdline, "hv.test=bad-vmwrite"))
			vmx_write(0x6cfe, 0);	/* no such field (and Bochs lets read-only ones be written) */
		if (hv_cmdline_has(hv_cmdline, "hv.test=bad-guest-state")) {
			hv_printf("hv: test knob hv.test=bad-guest-state: clearing guest RFLAGS bit 1\n");
			vmx_write(VMCS_GUEST_RFLAGS, 0);
		}
		hv_printf("hv: entering guest %u at 0x%lx: 32-bit protected mode, paging off, eax=0x%lx ebx=0x%lx esi=0x%lx%s\n",
			  index, g->entry, init.rax, init.rbx, init.rsi,
			  g->is_linux ? " (Linux 32-bit boot protocol)" : " (multiboot)");

		struct hv_regs *frame = (struct hv_regs *)((uintptr_t)hv_exit_stack_top - sizeof(struct hv_regs));
		*frame = init;
		/* hv.watchdog=N: stop each guest after N virtual seconds, whatever it does. */
		uint64_t wd = hv_cmdline_num(hv_cmdline, "hv.watchdog", 0);
		g->tsc_start = hv_rdtsc();
		if (wd) {
			g->watchdog = g->tsc_start + wd * hv_tsc_hz;
			hv_printf("hv: watchdog: the guest is stopped after %lu s of virtual time\n", wd);
		}
		hv_cur = g;
		hv_guests_run++;
		hv_irq_before_entry(g);
		vmx_launch(frame);
	}
	if (!hv_guests_run)
		hv_fatal("no runnable guest (reason above)");
	hv_printf("hv: all guests done (%u run)\n", hv_guests_run);
	hv_printf("hv: powering off\n");
	hv_poweroff();
}

void hv_main(uint32_t mb_magic, uint32_t mbi_pa)
{
	uint32_t id[4];

	hv_console_init();
	hv_mb_magic = mb_magic;
	hv_mbi_pa = mbi_pa;
	hv_cmdline = hv_boot_cmdline(mb_magic, mbi_pa);
	hv_printf("\nhv: AfterburnVMM hypervisor_stub starting, cmdline \"%s\"\n", hv_cmdline);
	hv_tsc_hz = hv_cmdline_num(hv_cmdline, "hv.tsc_hz", HV_TSC_HZ_DEFAULT);
	if (!hv_tsc_hz)
		hv_fatal("hv.tsc_hz=0: give the TSC rate (bochsrc ips) in Hz");
	hv_mem_layout();
	hv_cpu_init();
	/* The host needs no interrupts: mask both real PICs for good. */
	hv_outb(0x21, 0xff);
	hv_outb(0xa1, 0xff);
	/* XSETBV on the guest's behalf needs CR4.OSXSAVE in the host (CPUID.1:ECX[26] XSAVE). */
	hv_cpuid(1, 0, id);
	if (id[2] & (1u << 26))
		HV_WRITE_CR(4, HV_READ_CR(4) | CR4_OSXSAVE);

	/* Test knob: a host fault must end in the IDT's FATAL dump, never a silent reset. */
	if (hv_cmdline_has(hv_cmdline, "hv.test=host-fault"))
		__asm__ volatile("ud2");
	if (vmx_caps_check() < 0)
		hv_fatal("required VMX capabilities missing (listed above)");
	if (vmx_on() < 0)
		hv_fatal("VMXON failed");
	if (!hv_boot_guests(mb_magic, mbi_pa))
		hv_printf("hv: no guest: add `module /boot/guest.elf <cmdline>` to grub.cfg\n");
	hv_guest_start(0);
}
