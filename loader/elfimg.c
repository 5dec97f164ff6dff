/*
 * elfimg.c - read an ELF64 x86-64 image for the host tools: sections,
 * PT_LOAD segments, symbols (libelf), and a "loaded image" - the segments'
 * contents laid out at their virtual addresses, bss zero - which is the
 * window the rewriter core works on, exactly as the wedge sees memory.
 *
 * Input may be hostile (truncated, corrupted, crafted): every offset and
 * size is checked against the file before use, and every failure is a
 * message naming the file plus -1, never a crash.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>
#include "sites.h"
#include "outfile.h"

const char *ab_elf_prog = "afterburn-sites";

void ab_elf_err(const struct ab_elf *e, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "%s: %s: ", ab_elf_prog, e->path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

/*
 * The input is mapped, never read into memory: a vmlinux with debug info
 * runs to gigabytes, of which only the headers, the PT_LOAD contents and
 * the symbol table are ever touched.  e->file is a read-only mapping;
 * libelf gets a second, private (copy-on-write) mapping of the same file
 * because it may write to the memory it is given.
 */
static int elf_map_file(struct ab_elf *e)
{
	struct stat st;
	int fd = open(e->path, O_RDONLY);

	if (fd < 0) {
		ab_elf_err(e, "cannot open: %s", strerror(errno));
		return -1;
	}
	e->fd = fd;
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		ab_elf_err(e, "not a regular file");
		return -1;
	}
	if ((uint64_t)st.st_size > SIZE_MAX / 2) {
		ab_elf_err(e, "%llu bytes: too large to map", (unsigned long long)st.st_size);
		return -1;
	}
	e->file_size = (size_t)st.st_size;
	if (e->file_size == 0) {
		e->file = (const uint8_t *)"";	/* elf_ident() says what is wrong */
		return 0;
	}
	e->map = mmap(NULL, e->file_size, PROT_READ, MAP_PRIVATE, fd, 0);
	e->elf_map = mmap(NULL, e->file_size, PROT_READ | PROT_WRITE, MAP_PRIVATE, fd, 0);
	if (e->map == MAP_FAILED || e->elf_map == MAP_FAILED) {
		ab_elf_err(e, "cannot map %zu bytes: %s", e->file_size, strerror(errno));
		return -1;
	}
	e->file = e->map;
	return 0;
}

/*
 * Our own reading of the ELF identification and header, before libelf
 * sees the file: libelf accepts much that this tool must refuse.
 */
static int elf_ident(struct ab_elf *e)
{
	Elf64_Ehdr eh;

	if (e->file_size < EI_NIDENT || memcmp(e->file, ELFMAG, SELFMAG))
		return ab_elf_err(e, "not an ELF file (%s)", e->file_size < EI_NIDENT ?
				  "shorter than an ELF header" : "no ELF magic"), -1;
	if (e->file[EI_CLASS] != ELFCLASS64)
		return ab_elf_err(e, "not an ELF64 little-endian x86-64 file (ELF class %u%s)",
				  e->file[EI_CLASS], e->file[EI_CLASS] == ELFCLASS32 ? ": 32-bit" : ""), -1;
	if (e->file[EI_DATA] != ELFDATA2LSB)
		return ab_elf_err(e, "not an ELF64 little-endian x86-64 file (data encoding %u)",
				  e->file[EI_DATA]), -1;
	if (e->file_size < sizeof(eh))
		return ab_elf_err(e, "truncated: %zu bytes, the ELF header alone is %zu",
				  e->file_size, sizeof(eh)), -1;
	memcpy(&eh, e->file, sizeof(eh));
	if (eh.e_machine != EM_X86_64)
		return ab_elf_err(e, "not an ELF64 little-endian x86-64 file (e_machine %u)",
				  eh.e_machine), -1;
	if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)
		return ab_elf_err(e, "not a linked image (e_type %u); link it first", eh.e_type), -1;
	if (eh.e_ehsize != sizeof(eh))
		return ab_elf_err(e, "e_ehsize is %u, not %zu", eh.e_ehsize, sizeof(eh)), -1;
	if (eh.e_phnum && eh.e_phentsize != sizeof(Elf64_Phdr))
		return ab_elf_err(e, "e_phentsize is %u, not %zu", eh.e_phentsize, sizeof(Elf64_Phdr)), -1;
	if (eh.e_shnum && eh.e_shentsize != sizeof(Elf64_Shdr))
		return ab_elf_err(e, "e_shentsize is %u, not %zu", eh.e_shentsize, sizeof(Elf64_Shdr)), -1;
	/* sh_info/sh_link escapes (more than 0xff00 headers) are not needed by any image here */
	if (eh.e_shnum == 0 || eh.e_phnum == PN_XNUM)
		return ab_elf_err(e, "%s: this tool finds the site table by section name",
				  eh.e_shnum ? "extended program header numbering" :
				  eh.e_shoff ? "extended section numbering (or no sections)" :
				  "no section header table"), -1;
	if (eh.e_shstrndx == SHN_UNDEF || eh.e_shstrndx >= eh.e_shnum || eh.e_shstrndx >= SHN_LORESERVE)
		return ab_elf_err(e, "e_shstrndx %u is not one of the %u sections: section names are unknown",
				  eh.e_shstrndx, eh.e_shnum), -1;
	return 0;
}

/* Is [off, off+len) inside the file?  No sum can wrap. */
static int elf_in_file(const struct ab_elf *e, uint64_t off, uint64_t len)
{
	return off <= e->file_size && len <= e->file_size - off;
}

static int elf_headers(struct ab_elf *e)
{
	Elf *elf;
	GElf_Ehdr eh;
	size_t shnum, shstrndx, phnum, i;
	Elf_Scn *scn = NULL;

	elf_version(EV_CURRENT);
	elf = e->elf = elf_memory(e->elf_map, e->file_size);
	if (!elf || elf_kind(elf) != ELF_K_ELF)
		return ab_elf_err(e, "not an ELF file (%s)", elf_errmsg(-1)), -1;
	if (!gelf_getehdr(elf, &eh))
		return ab_elf_err(e, "bad ELF header (%s)", elf_errmsg(-1)), -1;
	/* libelf may quietly see no headers where a truncated file lost them */
	if (!elf_in_file(e, eh.e_phoff, (uint64_t)eh.e_phnum * eh.e_phentsize))
		return ab_elf_err(e, "program header table [0x%lx, +%u x %u) lies outside the file (%zu bytes): truncated?",
				  (unsigned long)eh.e_phoff, eh.e_phnum, eh.e_phentsize, e->file_size), -1;
	if (!elf_in_file(e, eh.e_shoff, (uint64_t)eh.e_shnum * eh.e_shentsize))
		return ab_elf_err(e, "section header table [0x%lx, +%u x %u) lies outside the file (%zu bytes): truncated?",
				  (unsigned long)eh.e_shoff, eh.e_shnum, eh.e_shentsize, e->file_size), -1;
	if (elf_getshdrnum(elf, &shnum) || elf_getshdrstrndx(elf, &shstrndx) ||
	    elf_getphdrnum(elf, &phnum))
		return ab_elf_err(e, "bad section/program header table (%s)", elf_errmsg(-1)), -1;
	if (shnum != eh.e_shnum || shstrndx != eh.e_shstrndx || phnum != eh.e_phnum)
		return ab_elf_err(e, "libelf reads %zu sections/%zu program headers, the header says %u/%u",
				  shnum, phnum, eh.e_shnum, eh.e_phnum), -1;
	{
		GElf_Shdr str;

		if (!gelf_getshdr(elf_getscn(elf, shstrndx), &str) || str.sh_type != SHT_STRTAB)
			return ab_elf_err(e, "e_shstrndx %zu is not a string table: section names are unknown",
					  shstrndx), -1;
	}

	e->sec = calloc(shnum + 1, sizeof(*e->sec));
	e->seg = calloc(phnum + 1, sizeof(*e->seg));
	if (!e->sec || !e->seg)
		return ab_elf_err(e, "out of memory"), -1;
	while ((scn = elf_nextscn(elf, scn)) != NULL && e->nsec < shnum) {
		GElf_Shdr sh;
		struct ab_elf_sec *s = &e->sec[e->nsec];

		if (!gelf_getshdr(scn, &sh))
			return ab_elf_err(e, "bad section header %zu (%s)", elf_ndxscn(scn), elf_errmsg(-1)), -1;
		s->name = elf_strptr(elf, shstrndx, sh.sh_name);
		if (!s->name)
			return ab_elf_err(e, "section %zu: name offset 0x%x is outside the section name table",
					  elf_ndxscn(scn), sh.sh_name), -1;
		s->addr = sh.sh_addr;
		s->size = sh.sh_size;
		s->offset = sh.sh_offset;
		s->type = sh.sh_type;
		s->flags = sh.sh_flags;
		if (s->type != SHT_NOBITS && !elf_in_file(e, s->offset, s->size))
			return ab_elf_err(e, "section %s [0x%lx, +0x%lx) lies outside the file (%zu bytes): truncated?",
					  s->name, (unsigned long)s->offset, (unsigned long)s->size,
					  e->file_size), -1;
		if ((s->flags & SHF_ALLOC) && s->addr + s->size < s->addr)
			return ab_elf_err(e, "section %s wraps the address space", s->name), -1;
		e->nsec++;
	}
	for (i = 0; i < phnum; i++) {
		GElf_Phdr ph;

		if (!gelf_getphdr(elf, (int)i, &ph))
			return ab_elf_err(e, "bad program header %zu (%s)", i, elf_errmsg(-1)), -1;
		if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
			continue;
		if (ph.p_filesz > ph.p_memsz || !elf_in_file(e, ph.p_offset, ph.p_filesz) ||
		    ph.p_vaddr + ph.p_memsz < ph.p_vaddr)
			return ab_elf_err(e, "PT_LOAD %zu (vaddr 0x%lx) has bad sizes or lies outside the file",
					  i, (unsigned long)ph.p_vaddr), -1;
		e->seg[e->nseg++] = (struct ab_elf_seg){ ph.p_vaddr, ph.p_memsz, ph.p_offset, ph.p_filesz, 0 };
	}
	if (!e->nseg)
		return ab_elf_err(e, "no PT_LOAD segments: nothing is loaded"), -1;
	return 0;
}

static int elf_sym_cmp(const void *a, const void *b)
{
	const struct ab_elf_sym *x = a, *y = b;

	if (x->addr != y->addr)
		return x->addr < y->addr ? -1 : 1;
	return y->func - x->func;	/* functions first at one address */
}

/*
 * Symbols name sites in messages, mark data inside code for `check` and
 * locate the wedge's variable for `patch`: a symbol table that is there
 * but broken is an error (none at all is fine: a stripped image).
 */
static int elf_symbols(struct ab_elf *e)
{
	Elf_Scn *scn = NULL;
	size_t shnum = e->nsec + 1;

	while ((scn = elf_nextscn(e->elf, scn)) != NULL) {
		GElf_Shdr sh, str;
		Elf_Data *d;
		size_t n, i, ndx = elf_ndxscn(scn);

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB)
			continue;
		if (sh.sh_entsize != sizeof(Elf64_Sym) || sh.sh_size % sizeof(Elf64_Sym))
			return ab_elf_err(e, "symbol table (section %zu): entry size %lu, size 0x%lx: not a table of %zu-byte symbols",
					  ndx, (unsigned long)sh.sh_entsize, (unsigned long)sh.sh_size,
					  sizeof(Elf64_Sym)), -1;
		if (sh.sh_link == 0 || sh.sh_link >= shnum ||
		    !gelf_getshdr(elf_getscn(e->elf, sh.sh_link), &str) || str.sh_type != SHT_STRTAB)
			return ab_elf_err(e, "symbol table (section %zu): sh_link %u is not a string table",
					  ndx, sh.sh_link), -1;
		d = elf_getdata(scn, NULL);
		if (!d || (sh.sh_size && !d->d_buf) || d->d_size != sh.sh_size)
			return ab_elf_err(e, "symbol table (section %zu) unreadable (%s)", ndx,
					  elf_errmsg(-1)), -1;
		n = d->d_size / sizeof(Elf64_Sym);
		free(e->sym);
		e->sym = calloc(n + 1, sizeof(*e->sym));
		e->nsym = 0;
		if (!e->sym)
			return ab_elf_err(e, "out of memory for %zu symbols", n), -1;
		for (i = 1; i < n; i++) {
			GElf_Sym s;
			const char *name;
			int type;

			if (!gelf_getsym(d, (int)i, &s))
				return ab_elf_err(e, "symbol %zu unreadable (%s)", i, elf_errmsg(-1)), -1;
			name = s.st_name ? elf_strptr(e->elf, sh.sh_link, s.st_name) : "";
			if (!name)
				return ab_elf_err(e, "symbol %zu: name offset 0x%x is outside its string table (section %u)",
						  i, s.st_name, sh.sh_link), -1;
			if (s.st_shndx >= shnum && s.st_shndx < SHN_LORESERVE)
				return ab_elf_err(e, "symbol %zu (%s): section index %u, the file has %zu",
						  i, name, s.st_shndx, shnum), -1;
			if (s.st_shndx == SHN_UNDEF || s.st_shndx == SHN_ABS || s.st_shndx >= SHN_LORESERVE ||
			    !*name || name[0] == '.')
				continue;
			type = GELF_ST_TYPE(s.st_info);
			if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE)
				continue;
			if (s.st_value + s.st_size < s.st_value)
				return ab_elf_err(e, "symbol %zu (%s): [0x%lx, +0x%lx) wraps the address space",
						  i, name, (unsigned long)s.st_value, (unsigned long)s.st_size), -1;
			e->sym[e->nsym++] = (struct ab_elf_sym){ name, s.st_value, s.st_size,
								 type == STT_FUNC, type == STT_OBJECT };
		}
		qsort(e->sym, e->nsym, sizeof(*e->sym), elf_sym_cmp);
		return 0;
	}
	return 0;
}

/* Does adding segment g keep [*lo, *hi) within AB_ELF_MAX_SPAN?  Then take it. */
static int elf_take(struct ab_elf_seg *g, uint64_t *lo, uint64_t *hi)
{
	uint64_t l = g->vaddr < *lo ? g->vaddr : *lo;
	uint64_t h = g->vaddr + g->memsz > *hi ? g->vaddr + g->memsz : *hi;

	if (h - l > AB_ELF_MAX_SPAN)
		return 0;
	*lo = l;
	*hi = h;
	g->in_win = 1;
	return 1;
}

#define ELF_WIN_MMAP	(64u << 20)

/*
 * The loaded image, zeroed.  Small ones from calloc (under ASan with
 * redzones); large ones (up to AB_ELF_MAX_SPAN, mostly bss) from mmap, so
 * untouched pages cost nothing even under a sanitizer, ending at a
 * PROT_NONE guard page (within 15 bytes) so a read past the image faults.
 */
static uint8_t *elf_win_alloc(struct ab_elf *e, uint64_t size)
{
	long pg = sysconf(_SC_PAGESIZE);
	size_t len;
	uint8_t *m;

	if (size <= ELF_WIN_MMAP)
		return calloc(1, size ? size : 1);
	len = ((size_t)size + (size_t)pg - 1) / (size_t)pg * (size_t)pg;
	m = mmap(NULL, len + 2 * (size_t)pg, PROT_NONE, MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (m == MAP_FAILED)
		return NULL;
	if (mprotect(m + pg, len, PROT_READ | PROT_WRITE) < 0) {
		munmap(m, len + 2 * (size_t)pg);
		return NULL;
	}
	e->win_map = m;
	e->win_map_len = len + 2 * (size_t)pg;
	return m + pg + ((len - (size_t)size) & ~(size_t)15);	/* 16-aligned like malloc */
}

/*
 * Lay the PT_LOAD segments out at their addresses.  Normally all of them;
 * if they are spread too far (Linux's vmlinux has its per-CPU segment at
 * address 0 and the kernel at -2 GiB), only those around the site table
 * (else around the largest segment): the others are left as they are.
 */
static int elf_load(struct ab_elf *e)
{
	const struct ab_elf_sec *st = ab_elf_section(e, AB_SITES_SECTION);
	uint64_t lo = UINT64_MAX, hi = 0;
	size_t i, anchor = 0;
	int grew;

	for (i = 0; i < e->nseg; i++) {
		const struct ab_elf_seg *g = &e->seg[i];

		if (st && st->addr >= g->vaddr && st->addr - g->vaddr < g->memsz)
			anchor = i;
		else if (!st && g->memsz > e->seg[anchor].memsz)
			anchor = i;
	}
	lo = e->seg[anchor].vaddr;
	hi = lo;
	if (!elf_take(&e->seg[anchor], &lo, &hi))
		return ab_elf_err(e, "PT_LOAD at 0x%lx is 0x%lx bytes (limit 0x%llx): not a plausible image",
				  (unsigned long)lo, (unsigned long)e->seg[anchor].memsz,
				  AB_ELF_MAX_SPAN), -1;
	do {
		grew = 0;
		for (i = 0; i < e->nseg; i++)
			if (!e->seg[i].in_win)
				grew |= elf_take(&e->seg[i], &lo, &hi);
	} while (grew);
	e->win.vaddr = lo;
	e->win.size = hi - lo;
	e->win.base = elf_win_alloc(e, e->win.size);
	if (!e->win.base)
		return ab_elf_err(e, "out of memory for a 0x%lx-byte image", (unsigned long)e->win.size), -1;
	for (i = 0; i < e->nseg; i++)
		if (e->seg[i].in_win)
			memcpy(e->win.base + (e->seg[i].vaddr - lo), e->file + e->seg[i].offset,
			       e->seg[i].filesz);
	return 0;
}

static int elf_parse(struct ab_elf *e)
{
	return elf_ident(e) || elf_headers(e) || elf_symbols(e) || elf_load(e) ? -1 : 0;
}

int ab_elf_open(struct ab_elf *e, const char *path)
{
	memset(e, 0, sizeof(*e));
	e->fd = -1;
	e->path = path;
	return elf_map_file(e) || elf_parse(e) ? -1 : 0;
}

int ab_elf_open_mem(struct ab_elf *e, const char *name, const void *data, size_t size)
{
	memset(e, 0, sizeof(*e));
	e->fd = -1;
	e->path = name;
	e->file = data;
	e->file_size = size;
	/* libelf may write to its memory: give it a copy */
	e->elf_map = malloc(size ? size : 1);
	if (!e->elf_map)
		return ab_elf_err(e, "out of memory"), -1;
	e->elf_map_malloced = 1;
	memcpy(e->elf_map, data, size);
	return elf_parse(e);
}

void ab_elf_close(struct ab_elf *e)
{
	if (e->elf)
		elf_end(e->elf);
	if (e->elf_map_malloced)
		free(e->elf_map);
	else if (e->elf_map && e->elf_map != MAP_FAILED)
		munmap(e->elf_map, e->file_size);
	if (e->map && e->map != MAP_FAILED)
		munmap(e->map, e->file_size);
	if (e->fd >= 0)
		close(e->fd);
	free(e->sec);
	free(e->seg);
	free(e->sym);
	if (e->win_map)
		munmap(e->win_map, e->win_map_len);
	else
		free(e->win.base);
	memset(e, 0, sizeof(*e));
	e->fd = -1;
}

const struct ab_elf_sec *ab_elf_section(const struct ab_elf *e, const char *name)
{
	size_t i;

	for (i = 0; i < e->nsec; i++)
		if (!strcmp(e->sec[i].name, name))
			return &e->sec[i];
	return NULL;
}

const struct ab_elf_sec *ab_elf_section_at(const struct ab_elf *e, uint64_t addr, uint64_t len)
{
	size_t i;

	for (i = 0; i < e->nsec; i++) {
		const struct ab_elf_sec *s = &e->sec[i];

		if ((s->flags & SHF_ALLOC) && addr >= s->addr && addr - s->addr <= s->size &&
		    len <= s->size - (addr - s->addr) && s->size)
			return s;
	}
	return NULL;
}

uint8_t *ab_elf_ptr(const struct ab_elf *e, uint64_t va, uint64_t len)
{
	uint64_t off = va - e->win.vaddr;

	if (va < e->win.vaddr || off > e->win.size || len > e->win.size - off)
		return NULL;
	return e->win.base + off;
}

const char *ab_elf_symbolize(const struct ab_elf *e, uint64_t addr, char *buf, size_t len)
{
	size_t lo = 0, hi = e->nsym;
	const struct ab_elf_sym *s;

	while (lo < hi) {	/* first symbol above addr */
		size_t mid = (lo + hi) / 2;

		if (e->sym[mid].addr <= addr)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == 0) {
		snprintf(buf, len, "?");
		return buf;
	}
	s = &e->sym[lo - 1];
	/* prefer a function at the same address (sorted first) */
	while (lo - 1 > 0 && e->sym[lo - 2].addr == s->addr) {
		lo--;
		s = &e->sym[lo - 1];
	}
	if (addr == s->addr)
		snprintf(buf, len, "%s", s->name);
	else
		snprintf(buf, len, "%s+0x%lx", s->name, (unsigned long)(addr - s->addr));
	return buf;
}

const struct ab_elf_sym *ab_elf_symbol(const struct ab_elf *e, const char *name)
{
	size_t i;

	for (i = 0; i < e->nsym; i++)
		if (!strcmp(e->sym[i].name, name))
			return &e->sym[i];
	return NULL;
}

void ab_elf_record(const struct ab_elf *e, uint32_t i, struct ab_site *r,
		   uint64_t *site_va, uint64_t *slot_va)
{
	uint64_t rec_va = e->sites_va + (uint64_t)i * sizeof(*r);

	memcpy(r, ab_elf_ptr(e, rec_va, sizeof(*r)), sizeof(*r));
	*site_va = rec_va + (uint64_t)(int64_t)r->site;
	*slot_va = rec_va + 4 + (uint64_t)(int64_t)r->slot;
}

/* Is [va, va+len) inside section s (allocated)? */
static int elf_in_sec(const struct ab_elf_sec *s, uint64_t va, uint64_t len)
{
	return s && va >= s->addr && va - s->addr <= s->size && len <= s->size - (va - s->addr);
}

/*
 * Where each record points, for every subcommand: the site inside an
 * executable section, its slot inside afterburn_slots, sane lengths and
 * class.  Whether the record is true to the code is `verify`'s business;
 * a record that points nowhere makes the table corrupt.  Reports up to a
 * few records; returns the number of bad ones.
 */
static uint32_t elf_check_records(struct ab_elf *e)
{
	uint32_t i, bad = 0;

	for (i = 0; i < e->nsites; i++) {
		struct ab_site r;
		uint64_t site_va, slot_va;
		const struct ab_elf_sec *sec;
		const char *why = NULL;
		char buf[160];

		ab_elf_record(e, i, &r, &site_va, &slot_va);
		sec = ab_elf_section_at(e, site_va, r.site_len ? r.site_len : 1);
		if (r.cls == AB_CLASS_NONE || r.cls >= AB_CLASS_COUNT) {
			snprintf(buf, sizeof(buf), "class %u is not a site class", r.cls);
			why = buf;
		} else if (r.insn_len == 0 || r.site_len > AB_SITE_MAX_LEN || r.insn_len > r.site_len) {
			snprintf(buf, sizeof(buf), "insn_len/site_len %u/%u: not 1 <= insn_len <= site_len <= %u",
				 r.insn_len, r.site_len, AB_SITE_MAX_LEN);
			why = buf;
		} else if (!sec || !(sec->flags & SHF_EXECINSTR) || sec->type == SHT_NOBITS ||
			   sec == e->slots || !ab_elf_ptr(e, site_va, r.site_len)) {
			snprintf(buf, sizeof(buf), "site 0x%lx (+%u) lies outside every loaded executable section%s%s",
				 (unsigned long)site_va, r.site_len, sec ? ": it is in " : "",
				 sec ? sec->name : "");
			why = buf;
		} else if (!elf_in_sec(e->slots, slot_va, AB_SLOT_SIZE) ||
			   !ab_elf_ptr(e, slot_va, AB_SLOT_SIZE)) {
			snprintf(buf, sizeof(buf), "slot 0x%lx lies outside %s", (unsigned long)slot_va,
				 AB_SLOTS_SECTION);
			why = buf;
		}
		if (why && ++bad <= 8)
			ab_elf_err(e, "%s record %u: %s", AB_SITES_SECTION, i, why);
	}
	if (bad > 8)
		ab_elf_err(e, "%s: %u more bad records", AB_SITES_SECTION, bad - 8);
	return bad;
}

/* The shape of afterburn_modes (its use is in sites_check.c). */
static int elf_check_modes(struct ab_elf *e)
{
	const struct ab_elf_sec *m = e->modes;
	size_t i;

	if (!m || m->size == 0)
		return 0;
	if (m->type == SHT_NOBITS || m->size % sizeof(struct ab_mode_range))
		return ab_elf_err(e, "%s is 0x%lx bytes%s, not a table of %zu-byte ranges", AB_MODES_SECTION,
				  (unsigned long)m->size, m->type == SHT_NOBITS ? " of bss" : "",
				  sizeof(struct ab_mode_range)), -1;
	for (i = 0; i < m->size / sizeof(struct ab_mode_range); i++) {
		struct ab_mode_range r;

		memcpy(&r, e->file + m->offset + i * sizeof(r), sizeof(r));
		if ((r.bits != 16 && r.bits != 32) || r.end < r.start)
			return ab_elf_err(e, "%s entry %zu: [0x%lx, 0x%lx) bits %u is not a 16/32-bit range",
					  AB_MODES_SECTION, i, (unsigned long)r.start, (unsigned long)r.end,
					  r.bits), -1;
	}
	return 0;
}

int ab_elf_sites(struct ab_elf *e, int require)
{
	const struct ab_elf_sec *s = ab_elf_section(e, AB_SITES_SECTION);
	uint64_t i;

	e->sites = s;
	e->slots = ab_elf_section(e, AB_SLOTS_SECTION);
	e->abi = ab_elf_section(e, AB_ABI_SECTION);
	e->modes = ab_elf_section(e, AB_MODES_SECTION);
	if (elf_check_modes(e))
		return -1;
	if (!s || s->size == 0) {
		if (require)
			ab_elf_err(e, "no %s section: not built with afterburn?", AB_SITES_SECTION);
		return require ? -1 : 0;
	}
	if (!(s->flags & SHF_ALLOC) || s->type == SHT_NOBITS || s->size % sizeof(struct ab_site) ||
	    !ab_elf_ptr(e, s->addr, s->size) || s->size / sizeof(struct ab_site) > UINT32_MAX)
		return ab_elf_err(e, "section %s (0x%lx bytes at 0x%lx) is not a loaded table of %zu-byte records",
				  AB_SITES_SECTION, (unsigned long)s->size, (unsigned long)s->addr,
				  sizeof(struct ab_site)), -1;
	/* The loaded bytes must be the file's: a table in bss would be zeros. */
	if (memcmp(ab_elf_ptr(e, s->addr, s->size), e->file + s->offset, s->size))
		return ab_elf_err(e, "section %s is not where PT_LOAD puts it", AB_SITES_SECTION), -1;
	if (!e->abi || e->abi->type == SHT_NOBITS || e->abi->size == 0 || e->abi->size % 4)
		return ab_elf_err(e, "missing or malformed %s section: every object with sites carries one ABI word",
				  AB_ABI_SECTION), -1;
	for (i = 0; i < e->abi->size; i += 4) {
		uint32_t w;

		memcpy(&w, e->file + e->abi->offset + i, 4);
		if (w != AB_ABI_WORD)
			return ab_elf_err(e, "%s word %lu is 0x%08x, this tool speaks 0x%08x: rebuild the objects with this afterburn",
					  AB_ABI_SECTION, (unsigned long)(i / 4), w, AB_ABI_WORD), -1;
	}
	if (!e->slots || !(e->slots->flags & SHF_ALLOC))
		return ab_elf_err(e, "no loaded %s section although there are sites", AB_SLOTS_SECTION), -1;
	e->sites_va = s->addr;
	e->nsites = (uint32_t)(s->size / sizeof(struct ab_site));
	if (elf_check_records(e)) {
		e->nsites = 0;
		return -1;
	}
	return 0;
}

/*
 * Every loaded byte must land in the file exactly once: segments that
 * alias file bytes with different contents, or changes in bss, would
 * silently lose a change.
 */
static int elf_write_check(const struct ab_elf *e)
{
	size_t i, j;

	for (i = 0; i < e->nseg; i++) {
		const struct ab_elf_seg *s = &e->seg[i];
		const uint8_t *img = ab_elf_ptr(e, s->vaddr, s->memsz);
		uint64_t k;

		if (!s->in_win)
			continue;
		for (j = i + 1; j < e->nseg; j++) {
			const struct ab_elf_seg *t = &e->seg[j];
			uint64_t lo = s->offset > t->offset ? s->offset : t->offset;
			uint64_t hi = s->offset + s->filesz < t->offset + t->filesz ?
				      s->offset + s->filesz : t->offset + t->filesz;

			if (!t->in_win || lo >= hi)
				continue;
			if (memcmp(img + (lo - s->offset), ab_elf_ptr(e, t->vaddr, t->filesz) + (lo - t->offset),
				   hi - lo))
				return ab_elf_err(e, "PT_LOAD at 0x%lx shares file bytes with another segment; cannot write the change",
						  (unsigned long)s->vaddr), -1;
		}
		for (k = s->filesz; k < s->memsz; k++)
			if (img[k])
				return ab_elf_err(e, "a change falls into bss at 0x%lx (not in the file)",
						  (unsigned long)(s->vaddr + k)), -1;
	}
	return 0;
}

/* The output through ab_outfile (outfile.c); messages name the step that failed. */
static int elf_out_open(struct ab_outfile *o, const char *out)
{
	switch (ab_outfile_open(o, out)) {
	case 0:
		return 0;
	case -AB_OUTFILE_TEMP:
		fprintf(stderr, "afterburn-sites: %s: cannot create a temporary file beside it: %s\n",
			out, strerror(errno));
		return -1;
	default:
		fprintf(stderr, "afterburn-sites: %s: cannot open: %s\n", out, strerror(errno));
		return -1;
	}
}

/* Close; on success rename into place; on failure remove only our temporary. */
static int elf_out_close(struct ab_outfile *o, const char *out, int ok)
{
	switch (ab_outfile_close(o, ok)) {
	case 0:
		return 0;
	case -AB_OUTFILE_RENAME:
		fprintf(stderr, "afterburn-sites: %s: cannot rename the temporary file over it: %s\n", out,
			strerror(errno));
		return -1;
	default:
		if (ok)	/* a failed write was reported where it happened */
			fprintf(stderr, "afterburn-sites: %s: write failed: %s\n", out, strerror(errno));
		return -1;
	}
}

static int elf_write_all(int fd, const uint8_t *p, size_t n)
{
	while (n) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0) {
			if (w == 0)
				errno = ENOSPC;
			return -1;
		}
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

#define ELF_CHUNK	(1u << 20)

/*
 * Bytes [off, off+len) of the output: the file's, with the loaded image's
 * PT_LOAD contents laid over.  Holes of the input (SEEK_DATA) are zeros
 * without touching the mapping; pages read are dropped again, so a huge
 * input never becomes resident.  Returns whether the chunk is all zero.
 */
static int elf_chunk(const struct ab_elf *e, uint64_t off, size_t len, uint8_t *buf)
{
	off_t data = e->fd >= 0 ? lseek(e->fd, (off_t)off, SEEK_DATA) : (off_t)off;
	size_t i;
	int zero = 1;

	if (e->fd >= 0 && data < 0 && errno == ENXIO)
		data = (off_t)(off + len);	/* a hole up to the end of the file */
	if (data >= 0 && (uint64_t)data >= off + len) {
		memset(buf, 0, len);
		zero = 2;	/* known zero unless a segment lands here */
	} else {
		memcpy(buf, e->file + off, len);
		if (e->map)
			madvise((uint8_t *)e->map + off, len, MADV_DONTNEED);
	}
	for (i = 0; i < e->nseg; i++) {
		const struct ab_elf_seg *s = &e->seg[i];
		uint64_t lo = off > s->offset ? off : s->offset;
		uint64_t hi = off + len < s->offset + s->filesz ? off + len : s->offset + s->filesz;

		if (s->in_win && lo < hi) {
			memcpy(buf + (lo - off), ab_elf_ptr(e, s->vaddr, s->filesz) + (lo - s->offset), hi - lo);
			zero = 1;
		}
	}
	if (zero == 2)
		return 1;
	for (i = 0; i < len && zero; i++)
		zero = !buf[i];
	return zero;
}

int ab_elf_write(const struct ab_elf *e, const char *out)
{
	struct ab_outfile o;
	uint8_t *buf;
	uint64_t off;
	int ok = 1;

	if (elf_write_check(e))
		return -1;
	buf = malloc(ELF_CHUNK);
	if (!buf)
		return ab_elf_err(e, "out of memory"), -1;
	if (elf_out_open(&o, out)) {
		free(buf);
		return -1;
	}
	for (off = 0; ok && off < e->file_size; off += ELF_CHUNK) {
		size_t len = e->file_size - off < ELF_CHUNK ? (size_t)(e->file_size - off) : ELF_CHUNK;

		/* a fresh regular file stays sparse where the input is zero */
		if (elf_chunk(e, off, len, buf) && !o.direct)
			ok = lseek(o.fd, (off_t)(off + len), SEEK_SET) >= 0;
		else
			ok = elf_write_all(o.fd, buf, len) == 0;
	}
	if (ok && !o.direct)
		ok = ftruncate(o.fd, (off_t)e->file_size) == 0;
	if (!ok)
		fprintf(stderr, "afterburn-sites: %s: write failed: %s\n", out, strerror(errno));
	free(buf);
	return elf_out_close(&o, out, ok);
}
