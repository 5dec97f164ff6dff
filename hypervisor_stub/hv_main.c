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

/*
 * Start guest `index` (multiboot module `index`) on a fresh VMCS; past the
 * last module, power off.  Called at boot and whenever a guest has ended,
 * from the exit handler's stack: vmx_launch() resets that stack.
 */
void hv_guest_start(unsigned index)
{
	unsigned count = hv_boot_modules(hv_mb_magic, hv_mbi_pa);
	struct hv_regs init;

	for (; index < count && index < HV_MAX_GUESTS; index++) {
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
		hv_prof_start(g, hv_cmdline);
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
		hv_printf("hv: entering guest %u at 0x%lx: 32-bit protected mode, paging off, eax=0x%lx ebx=0x%lx\n",
			  index, g->entry, init.rax, init.rbx);

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
	if (count > HV_MAX_GUESTS)
		hv_printf("hv: %u modules, only the first %u run\n", count, HV_MAX_GUESTS);
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
	if (!hv_boot_modules(mb_magic, mbi_pa))
		hv_printf("hv: no guest: add `module /boot/guest.elf <cmdline>` to grub.cfg\n");
	hv_guest_start(0);
}
