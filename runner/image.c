/*
 * runner/image.c - is IMAGE something the target's loader can boot?
 *
 * Checked before anything is started, so that a wrong file is one clear
 * error and exit 4 at once instead of a boot loader sitting at its prompt
 * until the timeout (GRUB), or a misleading message from the emulator
 * (QEMU says "No such file or directory" for an ELF without a multiboot
 * header: it then tries to load it as a Linux kernel).  Every loader here
 * (QEMU's, GRUB's, our hypervisor's, afterburn-kvm's) wants a Multiboot v1
 * header in the first 8 KiB, 4-byte aligned, with magic + flags + checksum
 * = 0, and then either the a.out kludge (flag bit 16: the header says
 * which bytes of the file go where) or an ELF file whose PT_LOAD segments
 * it copies.  QEMU takes ELF32 only; the others take ELF32 and ELF64.
 * GRUB refuses required flags it does not know (bits 3-15).
 */
#include "abr.h"
#include "afterburn/multiboot.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#define MB_UNSUPPORTED  0x0000fff8u    /* required bits no loader here knows */

static int bad(const char *path, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

static int bad(const char *path, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "afterburn-run: %s: ", path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	return -1;
}

/* The a.out kludge fields must describe bytes the file has. */
static int check_kludge(const char *path, const struct ab_mb_header *h,
			size_t hoff, size_t size)
{
	struct ab_mb_aout a;
	uint64_t bss;

	if (hoff + sizeof(*h) > size)
		return bad(path, "multiboot header at offset 0x%zx is cut off by the end of the file (%zu bytes)",
			   hoff, size);
	switch (ab_mb_aout(h, hoff, size, &a)) {
	case AB_MB_AOUT_ADDRS:
		return bad(path, "multiboot a.out kludge: header_addr 0x%x and load_addr 0x%x do not fit the header's offset in the file",
			   h->header_addr, h->load_addr);
	case AB_MB_AOUT_SHORT:
		return bad(path, "multiboot a.out kludge wants %llu bytes from the file but it has %zu",
			   (unsigned long long)(a.foff + (a.end - a.load)), size);
	case AB_MB_AOUT_END:
	case AB_MB_AOUT_OK:
		break;
	}
	if (a.end <= a.load)	/* nothing to load is no image either */
		return bad(path, "multiboot a.out kludge: load_end_addr 0x%llx is not above load_addr 0x%x",
			   (unsigned long long)a.end, h->load_addr);
	bss = h->bss_end_addr ? h->bss_end_addr : a.end;
	if (bss < a.end)
		return bad(path, "multiboot a.out kludge: bss_end_addr 0x%llx below load_end_addr 0x%llx",
			   (unsigned long long)bss, (unsigned long long)a.end);
	if (h->entry_addr < h->load_addr || h->entry_addr >= bss)
		return bad(path, "multiboot a.out kludge: entry_addr 0x%x outside the loaded image (ends 0x%llx)",
			   h->entry_addr, (unsigned long long)bss);
	return 0;
}

/* Without the kludge the loader copies PT_LOAD segments: they must exist. */
static int check_elf(const char *path, Elf *e, size_t size, int elf64_ok)
{
	GElf_Ehdr eh;
	size_t phnum, loads = 0;

	if (!gelf_getehdr(e, &eh))
		return bad(path, "bad ELF header");
	if (eh.e_ident[EI_CLASS] == ELFCLASS64 && !elf64_ok) {
		fprintf(stderr, "afterburn-run: %s: ELF64 without the multiboot a.out kludge: QEMU's multiboot loader takes ELF32 only (objcopy -O elf32-i386, or set flag bit 16)\n",
			path);
		return -1;
	}
	if (eh.e_machine != EM_386 && eh.e_machine != EM_X86_64)
		return bad(path, "ELF machine %u is not x86", (unsigned)eh.e_machine);
	if (eh.e_type != ET_EXEC)
		return bad(path, "ELF type %u is not an executable (ET_EXEC): link it first",
			   (unsigned)eh.e_type);
	if (elf_getphdrnum(e, &phnum) != 0)
		return bad(path, "bad ELF program headers");
	for (size_t i = 0; i < phnum; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(e, (int)i, &ph))
			return bad(path, "bad ELF program header %zu", i);
		if (ph.p_type != PT_LOAD)
			continue;
		if (ph.p_offset > size || ph.p_filesz > size - ph.p_offset)
			return bad(path, "ELF segment %zu goes beyond the end of the file (%zu bytes)",
				   i, size);
		loads++;
	}
	if (!loads)
		return bad(path, "ELF file has no loadable segment (PT_LOAD)");
	return 0;
}

static int check_bytes(const char *path, const uint8_t *buf, size_t size,
		       int elf64_ok)
{
	size_t hoff = 0, bad_sum;
	const struct ab_mb_header *h = ab_mb_find(buf, size, AB_MB_HEADER_MIN, &hoff, &bad_sum);
	Elf *e;
	int rc;

	elf_version(EV_CURRENT);
	e = elf_memory((char *)buf, size);
	if (!h) {
		if (bad_sum != (size_t)-1)
			rc = bad(path, "multiboot magic at offset 0x%llx but its checksum is wrong (magic + flags + checksum must be 0)",
				 (unsigned long long)bad_sum);
		else
			rc = bad(path, "no multiboot header in the first %u bytes: not a multiboot image",
				 AB_MB_HEADER_SEARCH);
	} else {
		struct ab_mb_header c = { 0 };

		memcpy(&c, h, hoff + sizeof(c) <= size ? sizeof(c) : AB_MB_HEADER_MIN);
		if (c.flags & MB_UNSUPPORTED)
			rc = bad(path, "multiboot header requires flags 0x%x that no loader here supports", c.flags & MB_UNSUPPORTED);
		else if (c.flags & AB_MB_HF_AOUT_KLUDGE)
			rc = check_kludge(path, &c, hoff, size);
		else if (!e || elf_kind(e) != ELF_K_ELF)
			rc = bad(path, "multiboot header without the a.out kludge (flag bit 16), and the file is not ELF");
		else
			rc = check_elf(path, e, size, elf64_ok);
	}
	if (e)
		elf_end(e);
	return rc;
}

int abr_image_check(const char *path, int elf64_ok)
{
	struct stat st;
	void *map;
	int fd, rc;

	fd = abr_open_regular(path, &st.st_size);
	if (fd < 0)
		return -1;
	if (st.st_size == 0) {
		fprintf(stderr, "afterburn-run: %s: empty file: not a multiboot image\n", path);
		close(fd);
		return -1;
	}
	map = mmap(NULL, (size_t)st.st_size, PROT_READ, MAP_PRIVATE, fd, 0);
	close(fd);
	if (map == MAP_FAILED) {
		fprintf(stderr, "afterburn-run: %s: cannot read: %s\n", path, strerror(errno));
		return -1;
	}
	rc = check_bytes(path, map, (size_t)st.st_size, elf64_ok);
	munmap(map, (size_t)st.st_size);
	return rc;
}

/*
 * The sample guest copies the multiboot command line into its own buffer,
 * guest_cmdline, cutting it silently at that size, and the wedge reads the
 * copy: longer arguments (afterburn.backend= last among them) are lost.
 * Its symbol's size tells us the limit before booting.
 */
size_t abr_image_cmdline_buf(const char *path)
{
	size_t found = 0;
	Elf_Scn *scn = NULL;
	Elf *e;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ, NULL);
	while (e && !found && (scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
			continue;
		d = elf_getdata(scn, NULL);
		for (size_t i = 0; d && i < sh.sh_size / sh.sh_entsize; i++) {
			GElf_Sym sym;
			const char *name;

			if (!gelf_getsym(d, (int)i, &sym) ||
			    GELF_ST_TYPE(sym.st_info) != STT_OBJECT)
				continue;
			name = elf_strptr(e, sh.sh_link, sym.st_name);
			if (name && !strcmp(name, "guest_cmdline")) {
				found = sym.st_size;
				break;
			}
		}
	}
	if (e)
		elf_end(e);
	close(fd);
	return found;
}

/* For --mem: how far up the loader fills guest memory for this image. */
unsigned long long abr_image_end(const char *path)
{
	unsigned long long end = 0;
	uint32_t head[AB_MB_HEADER_SEARCH / 4];	/* ab_mb_find wants it 4-byte aligned */
	struct stat st;
	size_t hoff = 0;
	ssize_t n;
	Elf *e;
	int fd;

	fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0)
		return 0;
	n = pread(fd, head, sizeof(head), 0);
	if (n > 0 && fstat(fd, &st) == 0) {
		const struct ab_mb_header *h = ab_mb_find((const uint8_t *)head, (size_t)n, sizeof(*h), &hoff, NULL);
		struct ab_mb_aout a;

		if (h && (h->flags & AB_MB_HF_AOUT_KLUDGE)) {
			if (ab_mb_aout(h, hoff, (uint64_t)st.st_size, &a) == AB_MB_AOUT_OK)
				end = h->bss_end_addr > a.end ? h->bss_end_addr : a.end;
			close(fd);
			return end;
		}
	}
	elf_version(EV_CURRENT);
	e = elf_begin(fd, ELF_C_READ, NULL);
	size_t phnum = 0;
	if (e && elf_kind(e) == ELF_K_ELF && elf_getphdrnum(e, &phnum) == 0) {
		for (size_t i = 0; i < phnum; i++) {
			GElf_Phdr ph;

			if (gelf_getphdr(e, (int)i, &ph) && ph.p_type == PT_LOAD &&
			    ph.p_paddr + ph.p_memsz > end)
				end = ph.p_paddr + ph.p_memsz;
		}
	}
	if (e)
		elf_end(e);
	close(fd);
	return end;
}
