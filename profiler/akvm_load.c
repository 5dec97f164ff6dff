/*
 * akvm_load.c - loads a multiboot v1 image into guest RAM and builds the
 * multiboot information (memory map, command line, loader name).
 *
 * The a.out-kludge header (flag bit 16) is authoritative when present: that
 * is how QEMU and GRUB load our ELF64 images with a 32-bit entry.  Without
 * it, an ELF image is loaded from its PT_LOAD program headers (physical
 * addresses).  Symbols are read from the ELF symbol table when there is one
 * (for --entry64 SYMBOL and for attributing profiled stores).
 */
#include "akvm.h"
#include "afterburn/multiboot.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Multiboot v1 (Multiboot Specification 0.6.96, section 3.1). */
#define MB_INFO_MEMORY		(1u << 0)
#define MB_INFO_CMDLINE		(1u << 2)
#define MB_INFO_MMAP		(1u << 6)
#define MB_INFO_LOADER_NAME	(1u << 9)
#define MB_MMAP_AVAILABLE	1
#define MB_MMAP_RESERVED	2

struct akvm_mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline;
	uint32_t mods_count, mods_addr;
	uint32_t syms[4];
	uint32_t mmap_length, mmap_addr;
	uint32_t drives_length, drives_addr, config_table, boot_loader_name;
};

struct akvm_mb_mmap {
	uint32_t size;		/* of the rest of the entry: 20 */
	uint64_t addr, len;
	uint32_t type;
} __attribute__((packed));

bool akvm_gpa_ok(const struct akvm_vm *vm, uint64_t gpa, uint64_t len)
{
	return gpa <= vm->mem_size && len <= vm->mem_size - gpa;
}

/* Place [lo, lo+filesz) from the file, zero up to lo+memsz. */
static int akvm_place(struct akvm_vm *vm, const char *path, const uint8_t *src, uint64_t lo,
		      uint64_t filesz, uint64_t memsz)
{
	if (lo < AKVM_HIGH_MEM_START) {
		akvm_err("%s: segment at 0x%llx is below 1 MiB (the host keeps that area for the "
			 "multiboot information)", path, (unsigned long long)lo);
		return -EINVAL;
	}
	if (!akvm_gpa_ok(vm, lo, memsz)) {
		akvm_err("%s: segment 0x%llx+0x%llx does not fit in %llu MiB of guest RAM (use --mem)",
			 path, (unsigned long long)lo, (unsigned long long)memsz,
			 (unsigned long long)(vm->mem_size >> 20));
		return -EINVAL;
	}
	memcpy(vm->mem + lo, src, filesz);
	memset(vm->mem + lo + filesz, 0, memsz - filesz);
	if (!vm->image_hi || lo < vm->image_lo)
		vm->image_lo = lo;
	if (lo + memsz > vm->image_hi)
		vm->image_hi = lo + memsz;
	return 0;
}

static int akvm_load_aout(struct akvm_vm *vm, const char *path, const uint8_t *buf, size_t len,
			  size_t hoff, const struct ab_mb_header *h)
{
	struct ab_mb_aout a;

	switch (ab_mb_aout(h, hoff, len, &a)) {
	case AB_MB_AOUT_ADDRS:
		akvm_err("%s: multiboot header at offset 0x%zx: load_addr 0x%x / header_addr 0x%x "
			 "inconsistent", path, hoff, h->load_addr, h->header_addr);
		return -EINVAL;
	case AB_MB_AOUT_END:
		akvm_err("%s: multiboot load_end_addr 0x%x below load_addr 0x%x", path,
			 h->load_end_addr, h->load_addr);
		return -EINVAL;
	case AB_MB_AOUT_SHORT:
		akvm_err("%s: multiboot header wants 0x%llx bytes from offset 0x%llx but the file has "
			 "0x%llx", path, (unsigned long long)(a.end - a.load), (unsigned long long)a.foff,
			 (unsigned long long)(len - a.foff));
		return -EINVAL;
	case AB_MB_AOUT_OK:
		break;
	}
	uint64_t filesz = a.end - a.load, memsz = filesz;
	if (h->bss_end_addr) {
		if (h->bss_end_addr < a.end) {
			akvm_err("%s: multiboot bss_end_addr 0x%x below load end", path, h->bss_end_addr);
			return -EINVAL;
		}
		memsz = (uint64_t)h->bss_end_addr - h->load_addr;
	}
	vm->entry = h->entry_addr;
	return akvm_place(vm, path, buf + a.foff, h->load_addr, filesz, memsz);
}

static int akvm_sym_cmp(const void *a, const void *b)
{
	const struct akvm_sym *x = a, *y = b;
	return x->addr < y->addr ? -1 : x->addr > y->addr;
}

/* ELF: symbols always; PT_LOAD segments when `load` (no a.out kludge). */
static int akvm_load_elf(struct akvm_vm *vm, const char *path, uint8_t *buf, size_t len, bool load)
{
	elf_version(EV_CURRENT);
	Elf *e = elf_memory((char *)buf, len);
	if (!e || elf_kind(e) != ELF_K_ELF) {
		if (e)
			elf_end(e);
		if (!load)
			return 0;
		akvm_err("%s: neither a multiboot a.out-kludge image nor ELF", path);
		return -ENOEXEC;
	}
	int r = 0;
	GElf_Ehdr eh;
	if (!gelf_getehdr(e, &eh)) {
		akvm_err("%s: bad ELF header: %s", path, elf_errmsg(-1));
		r = -ENOEXEC;
		goto out;
	}
	if (load) {
		size_t n = 0, nload = 0;
		if (elf_getphdrnum(e, &n) != 0) {
			akvm_err("%s: bad ELF program headers: %s", path, elf_errmsg(-1));
			r = -ENOEXEC;
			goto out;
		}
		for (size_t i = 0; i < n && !r; i++) {
			GElf_Phdr ph;
			if (!gelf_getphdr(e, (int)i, &ph) || ph.p_type != PT_LOAD)
				continue;
			if (ph.p_offset > len || ph.p_filesz > len - ph.p_offset || ph.p_filesz > ph.p_memsz) {
				akvm_err("%s: program header %zu: offset/size outside the file", path, i);
				r = -ENOEXEC;
				break;
			}
			r = akvm_place(vm, path, buf + ph.p_offset, ph.p_paddr, ph.p_filesz, ph.p_memsz);
			nload++;
		}
		if (!r && !nload) {
			akvm_err("%s: ELF has no PT_LOAD segment", path);
			r = -ENOEXEC;
		}
		vm->entry = eh.e_entry;
	}
	/* Stable site IDs (optional, non-allocated sections of afterburn-cc images). */
	if (akvm_ids_load(vm, path, e) < 0) {
		r = -ENOEXEC;
		goto out;
	}
	/* Symbols (optional): FUNC, NOTYPE and OBJECT symbols with an address. */
	Elf_Scn *scn = NULL;
	while (!r && (scn = elf_nextscn(e, scn))) {
		GElf_Shdr sh;
		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
			continue;
		Elf_Data *d = elf_getdata(scn, NULL);
		if (!d)
			continue;
		size_t cnt = sh.sh_size / sh.sh_entsize;
		vm->syms = calloc(cnt ? cnt : 1, sizeof(*vm->syms));
		if (!vm->syms) {
			r = -ENOMEM;
			break;
		}
		for (size_t i = 0; i < cnt; i++) {
			GElf_Sym s;
			if (!gelf_getsym(d, (int)i, &s) || !s.st_value || s.st_shndx == SHN_UNDEF ||
			    s.st_shndx == SHN_ABS)
				continue;
			int t = GELF_ST_TYPE(s.st_info);
			if (t != STT_FUNC && t != STT_NOTYPE && t != STT_OBJECT)
				continue;
			const char *nm = elf_strptr(e, sh.sh_link, s.st_name);
			if (!nm || !*nm || nm[0] == '.')
				continue;
			vm->syms[vm->nsyms].addr = s.st_value;
			vm->syms[vm->nsyms].size = s.st_size;
			vm->syms[vm->nsyms].name = strdup(nm);
			if (!vm->syms[vm->nsyms].name) {
				r = -ENOMEM;
				break;
			}
			vm->nsyms++;
		}
		qsort(vm->syms, vm->nsyms, sizeof(*vm->syms), akvm_sym_cmp);
		break;
	}
out:
	elf_end(e);
	return r;
}

/* The symbol containing addr: the last one at or below it (labels have no size). */
const struct akvm_sym *akvm_sym_find(const struct akvm_vm *vm, uint64_t addr)
{
	size_t lo = 0, hi = vm->nsyms;
	while (lo < hi) {
		size_t mid = (lo + hi) / 2;
		if (vm->syms[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (!lo)
		return NULL;
	const struct akvm_sym *s = &vm->syms[lo - 1];
	/* Prefer a sized symbol covering addr among equal addresses. */
	return s;
}

const struct akvm_sym *akvm_sym_lookup(const struct akvm_vm *vm, const char *name)
{
	for (size_t i = 0; i < vm->nsyms; i++)
		if (!strcmp(vm->syms[i].name, name))
			return &vm->syms[i];
	return NULL;
}

void akvm_load_free(struct akvm_vm *vm)
{
	for (size_t i = 0; i < vm->nsyms; i++)
		free(vm->syms[i].name);
	free(vm->syms);
	vm->syms = NULL;
	vm->nsyms = 0;
	akvm_ids_free(vm);
}

int akvm_load_image(struct akvm_vm *vm, const char *path)
{
	int fd = open(path, O_RDONLY | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		akvm_err("%s: cannot open image: %s", path, strerror(e));
		return -e;
	}
	struct stat st;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		akvm_err("%s: not a regular file", path);
		close(fd);
		return -EINVAL;
	}
	size_t len = (size_t)st.st_size;
	uint8_t *buf = malloc(len ? len : 1);
	if (!buf) {
		close(fd);
		return -ENOMEM;
	}
	size_t got = 0;
	while (got < len) {
		ssize_t n = read(fd, buf + got, len - got);
		if (n <= 0) {
			akvm_err("%s: read error: %s", path, n ? strerror(errno) : "short file");
			free(buf);
			close(fd);
			return -EIO;
		}
		got += (size_t)n;
	}
	close(fd);
	/* Identity of the image for the profile header: a profile names what it measured. */
	vm->image_size = len;
	vm->image_fnv = 0xcbf29ce484222325ull;
	for (size_t i = 0; i < len; i++)
		vm->image_fnv = (vm->image_fnv ^ buf[i]) * 0x100000001b3ull;

	size_t hoff = 0;
	const struct ab_mb_header *h = ab_mb_find(buf, len, AB_MB_HEADER_MIN, &hoff, NULL);
	int r;
	if (!h) {
		akvm_err("%s: no multiboot header in the first %u bytes: not a multiboot image",
			 path, AB_MB_HEADER_SEARCH);
		r = -ENOEXEC;
	} else if (h->flags & AB_MB_HF_AOUT_KLUDGE) {
		if (hoff + sizeof(*h) > len) {
			akvm_err("%s: multiboot header truncated", path);
			r = -ENOEXEC;
		} else {
			r = akvm_load_aout(vm, path, buf, len, hoff, h);
		}
		if (!r)
			r = akvm_load_elf(vm, path, buf, len, false);
	} else {
		r = akvm_load_elf(vm, path, buf, len, true);
	}
	if (!r && h && (h->flags & AB_MB_HF_VIDEO) && vm->opt->verbose)
		akvm_err("%s: multiboot video mode request ignored (serial console only)", path);
	free(buf);
	if (r)
		return r;
	if (vm->entry < vm->image_lo || vm->entry >= vm->image_hi) {
		akvm_err("%s: entry 0x%llx outside the loaded image 0x%llx-0x%llx", path,
			 (unsigned long long)vm->entry, (unsigned long long)vm->image_lo,
			 (unsigned long long)vm->image_hi);
		return -ENOEXEC;
	}
	return 0;
}

/* Build the multiboot information below 1 MiB; returns its address. */
int akvm_load_mbi(struct akvm_vm *vm, const char *cmdline, uint64_t *mbi_gpa)
{
	struct akvm_mb_info *mbi = (void *)(vm->mem + AKVM_MBI_GPA);
	memset(mbi, 0, sizeof(*mbi));
	size_t ilen = strlen(vm->opt->image), clen = strlen(cmdline);
	/* Like QEMU and GRUB: the image name, then the arguments. */
	if (ilen + 1 + clen + 1 > AKVM_CMDLINE_MAX) {
		akvm_err("guest command line too long (%zu bytes, max %u)", ilen + 1 + clen,
			 AKVM_CMDLINE_MAX - 1);
		return -E2BIG;
	}
	char *c = (char *)vm->mem + AKVM_CMDLINE_GPA;
	memcpy(c, vm->opt->image, ilen);
	c[ilen] = clen ? ' ' : 0;
	memcpy(c + ilen + 1, cmdline, clen + 1);
	strcpy((char *)vm->mem + AKVM_LOADER_NAME_GPA, "afterburn-kvm");

	struct akvm_mb_mmap *m = (void *)(vm->mem + AKVM_MMAP_GPA);
	m[0] = (struct akvm_mb_mmap){ 20, 0, AKVM_LOW_MEM_END, MB_MMAP_AVAILABLE };
	m[1] = (struct akvm_mb_mmap){ 20, AKVM_LOW_MEM_END, AKVM_HIGH_MEM_START - AKVM_LOW_MEM_END,
				      MB_MMAP_RESERVED };
	m[2] = (struct akvm_mb_mmap){ 20, AKVM_HIGH_MEM_START, vm->mem_size - AKVM_HIGH_MEM_START,
				      MB_MMAP_AVAILABLE };
	mbi->flags = MB_INFO_MEMORY | MB_INFO_CMDLINE | MB_INFO_MMAP | MB_INFO_LOADER_NAME;
	mbi->mem_lower = AKVM_LOW_MEM_END / 1024;
	mbi->mem_upper = (uint32_t)((vm->mem_size - AKVM_HIGH_MEM_START) / 1024);
	mbi->cmdline = AKVM_CMDLINE_GPA;
	mbi->mmap_addr = AKVM_MMAP_GPA;
	mbi->mmap_length = 3 * sizeof(struct akvm_mb_mmap);
	mbi->boot_loader_name = AKVM_LOADER_NAME_GPA;
	*mbi_gpa = AKVM_MBI_GPA;
	return 0;
}
