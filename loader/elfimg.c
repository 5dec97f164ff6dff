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
#include <sys/stat.h>
#include <unistd.h>
#include "sites.h"

void ab_elf_err(const struct ab_elf *e, const char *fmt, ...)
{
	va_list ap;

	fprintf(stderr, "afterburn-sites: %s: ", e->path);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
}

static int elf_read_file(struct ab_elf *e)
{
	struct stat st;
	size_t got = 0;
	int fd = open(e->path, O_RDONLY);

	if (fd < 0) {
		ab_elf_err(e, "cannot open: %s", strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) < 0 || !S_ISREG(st.st_mode)) {
		ab_elf_err(e, "not a regular file");
		close(fd);
		return -1;
	}
	e->file_size = (size_t)st.st_size;
	e->file = malloc(e->file_size ? e->file_size : 1);
	if (!e->file) {
		ab_elf_err(e, "out of memory for %zu bytes", e->file_size);
		close(fd);
		return -1;
	}
	while (got < e->file_size) {
		ssize_t n = read(fd, e->file + got, e->file_size - got);

		if (n <= 0) {
			ab_elf_err(e, "read failed: %s", n ? strerror(errno) : "short file");
			close(fd);
			return -1;
		}
		got += (size_t)n;
	}
	close(fd);
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
	/* libelf gets its own copy: it may keep pointers into it */
	e->elf_copy = malloc(e->file_size ? e->file_size : 1);
	if (!e->elf_copy)
		return ab_elf_err(e, "out of memory"), -1;
	memcpy(e->elf_copy, e->file, e->file_size);
	elf = e->elf = elf_memory(e->elf_copy, e->file_size);
	if (!elf || elf_kind(elf) != ELF_K_ELF)
		return ab_elf_err(e, "not an ELF file"), -1;
	if (!gelf_getehdr(elf, &eh))
		return ab_elf_err(e, "bad ELF header (%s)", elf_errmsg(-1)), -1;
	if (eh.e_ident[EI_CLASS] != ELFCLASS64 || eh.e_ident[EI_DATA] != ELFDATA2LSB ||
	    eh.e_machine != EM_X86_64)
		return ab_elf_err(e, "not an ELF64 little-endian x86-64 file"), -1;
	if (eh.e_type != ET_EXEC && eh.e_type != ET_DYN)
		return ab_elf_err(e, "not a linked image (e_type %u); link it first", eh.e_type), -1;
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
			s->name = "";
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

/* Symbols are for messages only: a missing or odd .symtab is not an error. */
static void elf_symbols(struct ab_elf *e)
{
	Elf_Scn *scn = NULL;

	while ((scn = elf_nextscn(e->elf, scn)) != NULL) {
		GElf_Shdr sh;
		Elf_Data *d;
		size_t n, i;

		if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB ||
		    sh.sh_entsize != sizeof(Elf64_Sym))
			continue;
		d = elf_getdata(scn, NULL);
		if (!d || !d->d_buf)
			continue;
		n = d->d_size / sizeof(Elf64_Sym);
		free(e->sym);
		e->sym = calloc(n + 1, sizeof(*e->sym));
		e->nsym = 0;
		if (!e->sym)
			return;
		for (i = 1; i < n; i++) {
			GElf_Sym s;
			const char *name;
			int type;

			if (!gelf_getsym(d, (int)i, &s) || s.st_shndx == SHN_UNDEF ||
			    s.st_shndx == SHN_ABS || s.st_name == 0)
				continue;
			type = GELF_ST_TYPE(s.st_info);
			if (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE)
				continue;
			name = elf_strptr(e->elf, sh.sh_link, s.st_name);
			if (!name || !*name || name[0] == '.')
				continue;
			e->sym[e->nsym++] = (struct ab_elf_sym){ name, s.st_value, s.st_size,
								 type == STT_FUNC, type == STT_OBJECT };
		}
		qsort(e->sym, e->nsym, sizeof(*e->sym), elf_sym_cmp);
		return;
	}
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
	e->win.base = calloc(1, e->win.size ? e->win.size : 1);
	if (!e->win.base)
		return ab_elf_err(e, "out of memory for a 0x%lx-byte image", (unsigned long)e->win.size), -1;
	for (i = 0; i < e->nseg; i++)
		if (e->seg[i].in_win)
			memcpy(e->win.base + (e->seg[i].vaddr - lo), e->file + e->seg[i].offset,
			       e->seg[i].filesz);
	return 0;
}

int ab_elf_open(struct ab_elf *e, const char *path)
{
	memset(e, 0, sizeof(*e));
	e->path = path;
	if (elf_read_file(e) || elf_headers(e) || elf_load(e))
		return -1;
	elf_symbols(e);
	return 0;
}

void ab_elf_close(struct ab_elf *e)
{
	if (e->elf)
		elf_end(e->elf);
	free(e->elf_copy);
	free(e->file);
	free(e->sec);
	free(e->seg);
	free(e->sym);
	free(e->win.base);
	memset(e, 0, sizeof(*e));
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

int ab_elf_sites(struct ab_elf *e, int require)
{
	const struct ab_elf_sec *s = ab_elf_section(e, AB_SITES_SECTION);
	uint64_t i;

	e->sites = s;
	e->slots = ab_elf_section(e, AB_SLOTS_SECTION);
	e->abi = ab_elf_section(e, AB_ABI_SECTION);
	e->modes = ab_elf_section(e, AB_MODES_SECTION);
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
	e->sites_va = s->addr;
	e->nsites = (uint32_t)(s->size / sizeof(struct ab_site));
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
	if (!e->slots)
		return ab_elf_err(e, "no %s section although there are sites", AB_SLOTS_SECTION), -1;
	return 0;
}

int ab_elf_write(const struct ab_elf *e, const char *out)
{
	uint8_t *buf = malloc(e->file_size ? e->file_size : 1);
	FILE *f;
	size_t i;
	int ok;

	if (!buf)
		return ab_elf_err(e, "out of memory"), -1;
	memcpy(buf, e->file, e->file_size);
	for (i = 0; i < e->nseg; i++)
		if (e->seg[i].in_win)
			memcpy(buf + e->seg[i].offset, ab_elf_ptr(e, e->seg[i].vaddr, e->seg[i].filesz),
			       e->seg[i].filesz);
	/*
	 * Every loaded byte must land in the file exactly once: segments that
	 * alias file bytes at different addresses, or writes into bss, would
	 * silently lose a change.
	 */
	for (i = 0; i < e->nseg; i++) {
		const struct ab_elf_seg *s = &e->seg[i];
		const uint8_t *img = ab_elf_ptr(e, s->vaddr, s->memsz);
		uint64_t k;

		if (!s->in_win)
			continue;
		if (memcmp(buf + s->offset, img, s->filesz)) {
			free(buf);
			return ab_elf_err(e, "PT_LOAD at 0x%lx shares file bytes with another segment; cannot write the change",
					  (unsigned long)s->vaddr), -1;
		}
		for (k = s->filesz; k < s->memsz; k++)
			if (img[k]) {
				free(buf);
				return ab_elf_err(e, "a change falls into bss at 0x%lx (not in the file)",
						  (unsigned long)(s->vaddr + k)), -1;
			}
	}
	f = fopen(out, "wb");
	if (!f) {
		free(buf);
		fprintf(stderr, "afterburn-sites: %s: cannot create: %s\n", out, strerror(errno));
		return -1;
	}
	ok = fwrite(buf, 1, e->file_size, f) == e->file_size;
	ok = (fclose(f) == 0) && ok;
	free(buf);
	if (!ok) {
		fprintf(stderr, "afterburn-sites: %s: write failed: %s\n", out, strerror(errno));
		unlink(out);
		return -1;
	}
	return 0;
}
