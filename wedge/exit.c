/*
 * exit.c - powering the machine off with the guest's status, on every
 * platform the guest may run on, in an order that is harmless elsewhere:
 *   1. drain the UART (LSR.TEMT) so the last line is not lost;
 *   2. QEMU isa-debug-exit (port 0xf4): QEMU exits with (code << 1) | 1;
 *   3. Bochs: the string "Shutdown" to port 0x8900;
 *   4. under an AfterburnVMM hypervisor: AB_HC_EXIT(code);
 *   5. cli; hlt forever.
 */
#include "wedge.h"
#include "wedge_int.h"
#include "afterburn/hypercall.h"

#define QEMU_DEBUG_EXIT_PORT	0xf4
#define BOCHS_SHUTDOWN_PORT	0x8900

static void hypercall_exit(unsigned code)
{
	uint64_t nr = AB_HC_EXIT, arg = code;
	if (wedge_hv_trap == AB_HV_TRAP_VMCALL)
		__asm__ volatile("vmcall" : "+a"(nr) : "D"(arg) : "memory");
	else if (wedge_hv_trap == AB_HV_TRAP_PORTIO)
		__asm__ volatile("outl %%eax, %1" : "+a"(nr) : "i"(AB_HV_PORT), "D"(arg) : "memory");
}

void afterburn_wedge_exit(unsigned code)
{
	static const char bochs_off[] = "Shutdown";

	wedge_console_drain();
	wedge_outb(QEMU_DEBUG_EXIT_PORT, (uint8_t)code);
	for (const char *p = bochs_off; *p; p++)
		__asm__ volatile("outb %0, %1" : : "a"(*p), "Nd"((uint16_t)BOCHS_SHUTDOWN_PORT));
	if (afterburn_wedge_platform() == WEDGE_PLATFORM_AFTERBURNVMM)
		hypercall_exit(code);
	for (;;)
		__asm__ volatile("cli; hlt");
}
