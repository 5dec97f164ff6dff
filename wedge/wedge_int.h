/*
 * wedge_int.h - wedge-internal helpers (not part of the wedge's face).
 *
 * Raw privileged instructions the wedge itself uses.  The wedge is built
 * without the afterburner, so these stay plain instructions; they run on the
 * platform the wedge has already identified, never on behalf of the guest.
 */
#ifndef AFTERBURN_WEDGE_INT_H
#define AFTERBURN_WEDGE_INT_H

#include <stdint.h>

static inline void wedge_outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t wedge_inb(uint16_t port)
{
	uint8_t v;
	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline void wedge_cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ volatile("cpuid"
			 : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			 : "a"(leaf), "c"(sub));
}

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

#endif /* AFTERBURN_WEDGE_INT_H */
