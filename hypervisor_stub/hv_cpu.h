/*
 * hv_cpu.h - thin inline wrappers for the privileged instructions the
 * hypervisor executes itself (port I/O, MSRs, control registers, CPUID,
 * VMX instructions).  VMX instruction failures are returned, never hidden:
 * callers name the field or operation that failed (see vmx_vmcs.c).
 */
#ifndef HV_CPU_H
#define HV_CPU_H

#include <stdint.h>
#include "afterburn/x86.h"

/* Port I/O, MSRs, CPUID, TSC: the shared wrappers of include/afterburn/x86.h. */
#define hv_outb		ab_x86_outb
#define hv_inb		ab_x86_inb
#define hv_rdmsr	ab_x86_rdmsr
#define hv_wrmsr	ab_x86_wrmsr
#define hv_cpuid	ab_x86_cpuid
#define hv_rdtsc	ab_x86_rdtsc
static inline void hv_outw(uint16_t port, uint16_t v) { __asm__ volatile("outw %0,%1" :: "a"(v), "Nd"(port)); }

#define HV_READ_CR(n) ({ uint64_t _v; __asm__ volatile("mov %%cr" #n ",%0" : "=r"(_v)); _v; })
#define HV_WRITE_CR(n, v) __asm__ volatile("mov %0,%%cr" #n :: "r"((uint64_t)(v)) : "memory")

/*
 * VMX instructions report failure in RFLAGS (SDM 3C 30.2): CF=1 is
 * VMfailInvalid (no current VMCS), ZF=1 is VMfailValid (error number in the
 * VM-instruction error field).  These return 0 on success, 1 / 2 otherwise.
 */
#define HV_VMFAIL_INVALID	1
#define HV_VMFAIL_VALID		2

static inline int hv_vmx_status(uint8_t cf, uint8_t zf)
{
	return cf ? HV_VMFAIL_INVALID : zf ? HV_VMFAIL_VALID : 0;
}

static inline int hv_vmxon(uint64_t pa)
{
	uint8_t cf, zf;
	__asm__ volatile("vmxon %2; setc %0; setz %1" : "=r"(cf), "=r"(zf) : "m"(pa) : "cc", "memory");
	return hv_vmx_status(cf, zf);
}
static inline int hv_vmclear(uint64_t pa)
{
	uint8_t cf, zf;
	__asm__ volatile("vmclear %2; setc %0; setz %1" : "=r"(cf), "=r"(zf) : "m"(pa) : "cc", "memory");
	return hv_vmx_status(cf, zf);
}
static inline int hv_vmptrld(uint64_t pa)
{
	uint8_t cf, zf;
	__asm__ volatile("vmptrld %2; setc %0; setz %1" : "=r"(cf), "=r"(zf) : "m"(pa) : "cc", "memory");
	return hv_vmx_status(cf, zf);
}
static inline int hv_vmwrite_raw(uint64_t field, uint64_t v)
{
	uint8_t cf, zf;
	__asm__ volatile("vmwrite %3,%2; setc %0; setz %1" : "=r"(cf), "=r"(zf) : "r"(field), "rm"(v) : "cc");
	return hv_vmx_status(cf, zf);
}
static inline int hv_vmread_raw(uint64_t field, uint64_t *v)
{
	uint8_t cf, zf;
	__asm__ volatile("vmread %3,%2; setc %0; setz %1" : "=r"(cf), "=r"(zf), "=rm"(*v) : "r"(field) : "cc");
	return hv_vmx_status(cf, zf);
}

#endif /* HV_CPU_H */
