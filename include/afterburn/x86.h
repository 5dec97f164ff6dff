/*
 * include/afterburn/x86.h - freestanding x86-64 inline wrappers for the
 * privileged instructions both the sample guest and the VT-x hypervisor
 * execute (port I/O, MSRs, CPUID, TSC), written once.  No libc.
 *
 * Compiled through afterburn-cc (the guest), each expansion is a sensitive
 * site the afterburner pads in place, exactly as if it were written in the
 * caller; compiled plainly (the hypervisor) it is just the instruction.
 */
#ifndef AFTERBURN_X86_H
#define AFTERBURN_X86_H

#include <stdint.h>

static inline void ab_x86_outb(uint16_t port, uint8_t v)
{
	__asm__ volatile("outb %0, %1" : : "a"(v), "Nd"(port));
}

static inline uint8_t ab_x86_inb(uint16_t port)
{
	uint8_t v;
	__asm__ volatile("inb %1, %0" : "=a"(v) : "Nd"(port));
	return v;
}

static inline uint64_t ab_x86_rdmsr(uint32_t msr)
{
	uint32_t lo, hi;
	__asm__ volatile("rdmsr" : "=a"(lo), "=d"(hi) : "c"(msr));
	return (uint64_t)hi << 32 | lo;
}

static inline void ab_x86_wrmsr(uint32_t msr, uint64_t v)
{
	__asm__ volatile("wrmsr" : : "c"(msr), "a"((uint32_t)v), "d"((uint32_t)(v >> 32))
			 : "memory");
}

/* r[0..3] = eax, ebx, ecx, edx of leaf / sub-leaf */
static inline void ab_x86_cpuid(uint32_t leaf, uint32_t sub, uint32_t r[4])
{
	__asm__ volatile("cpuid" : "=a"(r[0]), "=b"(r[1]), "=c"(r[2]), "=d"(r[3])
			 : "a"(leaf), "c"(sub));
}

static inline uint64_t ab_x86_rdtsc(void)
{
	uint32_t lo, hi;
	__asm__ volatile("rdtsc" : "=a"(lo), "=d"(hi));
	return (uint64_t)hi << 32 | lo;
}

#endif
