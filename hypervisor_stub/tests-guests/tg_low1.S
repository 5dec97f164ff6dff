/*
 * tg_low1.S - tg_low linked at 0x1000 (build.mk), where the hypervisor's
 * search for a free page starts: its boot page must go past the image.
 * Under the hypervisor only (GRUB need not load a kernel that low).
 */
#define TG_LOW_BASE 0x1000
#include "tg_low.S"
