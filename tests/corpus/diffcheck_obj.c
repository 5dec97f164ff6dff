/*
 * diffcheck_obj.c - the object side of afterburn-diffcheck: sections,
 * symbols and RELA relocations of an ELF64 relocatable object via libelf.
 */
#include <elf.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include "diffcheck.h"

uint64_t dc_le(const uint8_t *p, unsigned n)
{
	uint64_t v = 0;

	while (n--)
		v = v << 8 | p[n];
	return v;
}

int dc_rel_pcrel(uint32_t type)
{
	switch (type) {
	case R_X86_64_PC8: case R_X86_64_PC16: case R_X86_64_PC32: case R_X86_64_PC64:
	case R_X86_64_PLT32: case R_X86_64_GOTPCREL: case R_X86_64_GOTPCRELX:
	case R_X86_64_REX_GOTPCRELX: case R_X86_64_GOTPC32: case R_X86_64_TLSGD:
	case R_X86_64_TLSLD: case R_X86_64_GOTTPOFF:
		return 1;
	}
	return 0;
}

static int dc_rel_cmp(const void *a, const void *b)
{
	const struct dc_rel *x = a, *y = b;

	return x->off < y->off ? -1 : x->off > y->off;
}

int dc_obj_open(struct dc_obj *o, const char *path, char *err, size_t errlen)
{
	Elf *e;
	Elf_Scn *scn = NULL;
	size_t shstrndx;
	GElf_Ehdr eh;

	memset(o, 0, sizeof(*o));
	o->path = path;
	if (elf_version(EV_CURRENT) == EV_NONE)
		return snprintf(err, errlen, "libelf: %s", elf_errmsg(-1)), -1;
	o->fd = open(path, O_RDONLY);
	if (o->fd < 0)
		return snprintf(err, errlen, "%s: cannot open", path), -1;
	e = elf_begin(o->fd, ELF_C_READ, NULL);
	o->elf = e;
	if (!e || elf_kind(e) != ELF_K_ELF || !gelf_getehdr(e, &eh) || eh.e_type != ET_REL ||
	    eh.e_machine != EM_X86_64 || gelf_getclass(e) != ELFCLASS64 ||
	    elf_getshdrnum(e, &o->nsec) || elf_getshdrstrndx(e, &shstrndx))
		return snprintf(err, errlen, "%s: not an x86-64 ELF64 relocatable object", path), -1;
	o->sec = calloc(o->nsec, sizeof(*o->sec));
	if (!o->sec)
		return snprintf(err, errlen, "out of memory"), -1;
	while ((scn = elf_nextscn(e, scn))) {
		size_t i = elf_ndxscn(scn);
		struct dc_sec *s = &o->sec[i];
		GElf_Shdr sh;
		Elf_Data *d;

		if (!gelf_getshdr(scn, &sh))
			return snprintf(err, errlen, "%s: section %zu: %s", path, i, elf_errmsg(-1)), -1;
		s->name = elf_strptr(e, shstrndx, sh.sh_name);
		if (!s->name)
			s->name = "?";
		s->type = sh.sh_type;
		s->flags = sh.sh_flags;
		s->size = sh.sh_size;
		s->link = sh.sh_link;
		s->info = sh.sh_info;
		d = sh.sh_type == SHT_NOBITS ? NULL : elf_getdata(scn, NULL);
		s->data = d ? d->d_buf : NULL;
		if (sh.sh_type != SHT_NOBITS && sh.sh_size && (!d || d->d_size != sh.sh_size))
			return snprintf(err, errlen, "%s: section %s: no data", path, s->name), -1;
		for (size_t j = 1; j < i; j++)
			if (!strcmp(o->sec[j].name, s->name))
				s->ordinal++;
	}
	/* symbols, then relocations (which refer to them) */
	for (size_t i = 1; i < o->nsec; i++) {
		const struct dc_sec *s = &o->sec[i];
		Elf_Data *d;

		if (s->type != SHT_SYMTAB)
			continue;
		d = elf_getdata(elf_getscn(e, i), NULL);
		o->nsym = s->size / sizeof(Elf64_Sym);
		o->sym = calloc(o->nsym + 1, sizeof(*o->sym));
		if (!o->sym || !d)
			return snprintf(err, errlen, "%s: symbol table", path), -1;
		for (size_t k = 0; k < o->nsym; k++) {
			GElf_Sym sy;

			if (!gelf_getsym(d, (int)k, &sy))
				return snprintf(err, errlen, "%s: symbol %zu", path, k), -1;
			o->sym[k].name = elf_strptr(e, s->link, sy.st_name);
			if (!o->sym[k].name)
				o->sym[k].name = "";
			o->sym[k].value = sy.st_value;
			o->sym[k].size = sy.st_size;
			o->sym[k].shndx = sy.st_shndx;
			o->sym[k].type = GELF_ST_TYPE(sy.st_info);
			o->sym[k].bind = GELF_ST_BIND(sy.st_info);
		}
	}
	for (size_t i = 1; i < o->nsec; i++) {
		const struct dc_sec *s = &o->sec[i];
		struct dc_sec *t;
		Elf_Data *d;
		size_t n;

		if (s->type == SHT_REL)
			return snprintf(err, errlen, "%s: SHT_REL section %s (expected RELA)", path, s->name), -1;
		if (s->type != SHT_RELA)
			continue;
		if (s->info == 0 || s->info >= o->nsec)
			return snprintf(err, errlen, "%s: %s applies to no section", path, s->name), -1;
		t = &o->sec[s->info];
		d = elf_getdata(elf_getscn(e, i), NULL);
		n = s->size / sizeof(Elf64_Rela);
		t->rel = calloc(n + 1, sizeof(*t->rel));
		if (!t->rel || !d)
			return snprintf(err, errlen, "%s: %s", path, s->name), -1;
		for (size_t k = 0; k < n; k++) {
			GElf_Rela r;

			if (!gelf_getrela(d, (int)k, &r))
				return snprintf(err, errlen, "%s: %s entry %zu", path, s->name, k), -1;
			t->rel[k].off = r.r_offset;
			t->rel[k].type = (uint32_t)GELF_R_TYPE(r.r_info);
			t->rel[k].sym = (uint32_t)GELF_R_SYM(r.r_info);
			t->rel[k].add = r.r_addend;
			if (t->rel[k].sym >= o->nsym)
				return snprintf(err, errlen, "%s: %s entry %zu: bad symbol", path, s->name, k), -1;
		}
		t->nrel = n;
		qsort(t->rel, n, sizeof(*t->rel), dc_rel_cmp);
	}
	return 0;
}

void dc_obj_close(struct dc_obj *o)
{
	for (size_t i = 0; o->sec && i < o->nsec; i++)
		free(o->sec[i].rel);
	free(o->sec);
	free(o->sym);
	if (o->elf)
		elf_end(o->elf);
	if (o->fd > 0)
		close(o->fd);
	memset(o, 0, sizeof(*o));
}

size_t dc_obj_find(const struct dc_obj *o, const char *name, int ordinal)
{
	for (size_t i = 1; i < o->nsec; i++)
		if (o->sec[i].ordinal == ordinal && !strcmp(o->sec[i].name, name))
			return i;
	return 0;
}
