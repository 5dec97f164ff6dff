/*
 * hv_main.c - start-up order of the hypervisor: log, host CPU tables, VMX
 * capability check, VMXON, guest load, VMCS, launch.  Every failure names
 * what is wrong and powers off (the Bochs run ends instead of hanging).
 */
#include "hv.h"
#include "hv_cpu.h"

struct hv_guest hv_guest0;

void hv_main(uint32_t mb_magic, uint32_t mbi_pa)
{
	struct hv_guest *g = &hv_guest0;
	struct hv_regs init;
	uint32_t id[4];

	hv_console_init();
	const char *cmdline = hv_boot_cmdline(mb_magic, mbi_pa);
	hv_printf("\nhv: AfterburnVMM hypervisor_stub starting, cmdline \"%s\"\n", cmdline);
	hv_cpu_init();
	/* The host needs no interrupts: mask both real PICs for good. */
	hv_outb(0x21, 0xff);
	hv_outb(0xa1, 0xff);
	/* XSETBV on the guest's behalf needs CR4.OSXSAVE in the host (CPUID.1:ECX[26] XSAVE). */
	hv_cpuid(1, 0, id);
	if (id[2] & (1u << 26))
		HV_WRITE_CR(4, HV_READ_CR(4) | CR4_OSXSAVE);

	if (vmx_caps_check() < 0)
		hv_fatal("required VMX capabilities missing (listed above)");
	if (vmx_on() < 0)
		hv_fatal("VMXON failed");
	if (hv_guest_load(g, mb_magic, mbi_pa, &init) < 0)
		hv_fatal("no runnable guest (reason above)");
	hv_vdev_reset(g);
	if (vmx_vmcs_setup(g) < 0)
		hv_fatal("VMCS setup failed (reason above)");
	/*
	 * Test knob (hypervisor command line, never the guest's): break one
	 * guest-state rule, RFLAGS bit 1 must be 1 (SDM 3C 26.3.1.4), to show
	 * that a failed VM entry is reported and the hypervisor keeps control.
	 */
	if (hv_cmdline_has(cmdline, "hv.test=bad-guest-state")) {
		hv_printf("hv: test knob hv.test=bad-guest-state: clearing guest RFLAGS bit 1\n");
		vmx_write(VMCS_GUEST_RFLAGS, 0);
	}
	hv_printf("hv: entering guest at 0x%lx: 32-bit protected mode, paging off, eax=0x%lx ebx=0x%lx\n",
		  g->entry, init.rax, init.rbx);

	struct hv_regs *frame = (struct hv_regs *)((uintptr_t)hv_exit_stack_top - sizeof(struct hv_regs));
	*frame = init;
	/* hv.watchdog=N: stop the guest after N virtual seconds, whatever it does. */
	uint64_t wd = hv_cmdline_num(cmdline, "hv.watchdog", 0);
	g->tsc_start = hv_rdtsc();
	if (wd) {
		g->watchdog = g->tsc_start + wd * HV_TSC_HZ;
		hv_printf("hv: watchdog: the guest is stopped after %lu s of virtual time\n", wd);
	}
	hv_irq_before_entry(g);
	vmx_launch(frame);
}
