/*
 * diffcheck.h - afterburn-diffcheck: compares a relocatable object assembled
 * from some input .s with the object assembled from afterburn's output of the
 * same input (tests/corpus/README.md says what is checked and why).
 */
#ifndef AFTERBURN_DIFFCHECK_H
#define AFTERBURN_DIFFCHECK_H

#include <stddef.h>
#include <stdint.h>

struct dc_rel {
	uint64_t off;
	uint32_t type;
	uint32_t sym;
	int64_t add;
};

struct dc_sec {
	const char *name;
	uint32_t type;
	uint64_t flags, size;
	const uint8_t *data;	/* NULL for SHT_NOBITS */
	uint32_t link, info;
	struct dc_rel *rel;	/* relocations that apply to this section, by offset */
	size_t nrel;
	int ordinal;		/* among sections of the same name */
};

struct dc_sym {
	const char *name;
	uint64_t value, size;
	uint16_t shndx;
	uint8_t type, bind;
};

struct dc_obj {
	const char *path;
	int fd;
	void *elf;		/* Elf * */
	struct dc_sec *sec;	/* by ELF section index */
	size_t nsec;
	struct dc_sym *sym;	/* by symbol table index */
	size_t nsym;
};

/* Loads an ELF64 x86-64 relocatable object; -1 with a message in err. */
int dc_obj_open(struct dc_obj *o, const char *path, char *err, size_t errlen);
void dc_obj_close(struct dc_obj *o);
/* Section index of the n-th (ordinal) section called name, or 0. */
size_t dc_obj_find(const struct dc_obj *o, const char *name, int ordinal);
/* Is the relocation type PC-relative (its target is relative to the field)? */
int dc_rel_pcrel(uint32_t type);
/* Little-endian reads. */
uint64_t dc_le(const uint8_t *p, unsigned n);

#endif
