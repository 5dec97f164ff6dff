/*
 * rewriter_sync_x86.c - ab_rewrite_sync() for code that runs the bytes it
 * patched (the wedge, freestanding).  Linked only into the kernel variant
 * of the rewriter; the host tools link rewriter_sync_host.c instead.
 *
 * Why cpuid: after cross-modifying code, Intel SDM vol. 3 8.1.3 asks for a
 * serializing instruction before the new code runs; cpuid is the one that
 * exists on every x86-64 CPU and in every hypervisor.
 */
#include "rewriter.h"

void ab_rewrite_sync(void)
{
	uint32_t a = 0, b, c = 0, d;

	__asm__ volatile("cpuid" : "+a"(a), "=b"(b), "+c"(c), "=d"(d) : : "memory");
}
