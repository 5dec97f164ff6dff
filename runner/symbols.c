/*
 * runner/symbols.c - name a guest address: the function of an ELF image
 * (Linux: vmlinux beside the bzImage) that holds it, so that a report such
 * as the hypervisor's "guest stopped ... (rip=0x...)" says where the guest
 * was ("delay_tsc+0x31") without a debugger.
 */
#include "abr.h"

#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

int abr_symbolize(const char *path, unsigned long long addr, char *out, size_t n)
{
	unsigned long long best = 0, best_size = 0;
	char name[128] = "";
	Elf_Scn *scn = NULL;
	Elf *e;
	int fd;

	out[0] = 0;
	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return -1;
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ, NULL);
	while (e && (scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
			continue;
		d = elf_getdata(scn, NULL);
		for (size_t i = 0; d && i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym sym;
			const char *s;
			int type;

			if (!gelf_getsym(d, (int)i, &sym))
				continue;
			type = GELF_ST_TYPE(sym.st_info);
			if ((type != STT_FUNC && type != STT_NOTYPE) || sym.st_shndx == SHN_UNDEF ||
			    sym.st_value > addr || sym.st_value < best)
				continue;
			/* a sized symbol must hold addr; a NOTYPE label (entry code) may end anywhere */
			if (sym.st_size && addr >= sym.st_value + sym.st_size)
				continue;
			s = elf_strptr(e, sh.sh_link, sym.st_name);
			if (!s || !*s || (sym.st_value == best && best_size && !sym.st_size))
				continue;
			best = sym.st_value;
			best_size = sym.st_size;
			snprintf(name, sizeof(name), "%s", s);
		}
	}
	if (e)
		elf_end(e);
	close(fd);
	if (!name[0])
		return -1;
	snprintf(out, n, "%s+0x%llx", name, addr - best);
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
