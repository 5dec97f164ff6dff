/*
 * runner/symbols.c - name a guest address: the function of an ELF image
 * (Linux: vmlinux beside the bzImage) that holds it, so that a report such
 * as the hypervisor's "guest stopped ... (rip=0x...)" says where the guest
 * was ("delay_tsc+0x31") without a debugger.
 */
#include "abr.h"
#include "sites.h"

#include <stdio.h>
#include <string.h>
#include <unistd.h>

/* The loader's ELF reader names addresses for afterburn-sites too; one symbol lookup serves both. */
int abr_symbolize(const char *path, unsigned long long addr, char *out, size_t n)
{
	struct ab_elf e;
	char name[160];

	out[0] = 0;
	if (ab_elf_open(&e, path) != 0)
		return -1;
	ab_elf_symbolize(&e, addr, name, sizeof(name));
	ab_elf_close(&e);
	if (!strcmp(name, "?"))
		return -1;
	snprintf(out, n, "%s", name);
	return 0;
}

/* "vmlinux" in the directory of IMAGE, if it exists. */
int abr_vmlinux_beside(const char *image, char *out, size_t n)
{
	const char *slash = strrchr(image, '/');
	int dirlen = slash ? (int)(slash - image) + 1 : 0;

	if (snprintf(out, n, "%.*svmlinux", dirlen, image) >= (int)n)
		return -1;
	return access(out, R_OK) == 0 ? 0 : -1;
}
