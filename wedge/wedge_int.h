/*
 * wedge_int.h - wedge-internal helpers (not part of the wedge's face).
 *
 * Raw privileged instructions the wedge itself uses.  The wedge is built
 * without the afterburner, so these stay plain instructions; they run on the
 * platform the wedge has already identified, never on behalf of the guest.
 */
#ifndef AFTERBURN_WEDGE_INT_H
#define AFTERBURN_WEDGE_INT_H

#include <stddef.h>
#include <stdint.h>
#include "afterburn/x86.h"

/* Port I/O and CPUID: the shared wrappers of include/afterburn/x86.h. */
#define wedge_outb	ab_x86_outb
#define wedge_inb	ab_x86_inb
#define wedge_cpuid	ab_x86_cpuid

/* Interrupts off around patching; returns the old RFLAGS to restore. */
static inline uint64_t wedge_irq_save(void)
{
	uint64_t f;
	__asm__ volatile("pushfq; popq %0; cli" : "=r"(f) : : "memory");
	return f;
}

static inline void wedge_irq_restore(uint64_t f)
{
	__asm__ volatile("pushq %0; popfq" : : "r"(f) : "memory", "cc");
}

#define WEDGE_RFLAGS_IF	(1u << 9)

/* Hypervisor discovery (boot.c), used by exit.c for AB_HC_EXIT. */
extern uint32_t wedge_hv_trap;		/* AB_HV_TRAP_*, 0 if none */

/* The value of a "key=" word on the command line (boot.c); 0 if absent. */
const char *wedge_cmdline_value(const char *cmdline, const char *key, size_t *n);

/* The site records (afterburn_sites, named by the linker; none: a plain kernel). */
extern const struct ab_site __start_afterburn_sites[] __attribute__((weak));
extern const struct ab_site __stop_afterburn_sites[] __attribute__((weak));

/* kernel.c: the direct map (virtual address of physical 0) and released sites. */
extern uintptr_t wedge_direct_map;
uint64_t wedge_va_to_pa(uint64_t va);	/* through CR3; ~0 if unmapped */
int wedge_site_released(uint32_t i);
uint32_t wedge_sites_released(void);
uint64_t wedge_release_tsc(void);	/* guest TSC spent in afterburn_wedge_release() */
extern uint64_t wedge_fault_sites;	/* faults in slots handed back as at their sites */

/* boot.c: undo one record (the back end in force). */
int wedge_undo_site(uint32_t i);

#endif /* AFTERBURN_WEDGE_INT_H */
