/*
 * sites.h - internals of the host side of loader/: the ELF image helpers
 * (elfimg.c, in libabloader.a), the Zydis -> site class mapping
 * (sites_zy.c) and the subcommands of afterburn-sites (sites_*.c).
 * Host only (libc, libelf, Zydis); the freestanding face is rewriter.h.
 */
#ifndef AFTERBURN_SITES_H
#define AFTERBURN_SITES_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>
#include "rewriter.h"

/* Images larger than this (span of the PT_LOAD segments) are refused. */
#define AB_ELF_MAX_SPAN		(1ull << 30)
/* The wedge's variable that says the image was rewritten before boot. */
#define AB_PREPATCHED_SYMBOL	"afterburn_wedge_prepatched"

struct ab_elf_sec {
	const char *name;
	uint64_t addr, size, offset;
	uint32_t type;
	uint64_t flags;
};

struct ab_elf_seg {		/* one PT_LOAD */
	uint64_t vaddr, memsz, offset, filesz;
	int in_win;		/* laid out in the loaded image (see elf_load) */
};

struct ab_elf_sym {
	const char *name;
	uint64_t addr, size;
	int func;		/* STT_FUNC */
	int object;		/* STT_OBJECT: data, even inside code */
};

struct ab_elf {
	const char *path;
	const uint8_t *file;	/* the whole file: a read-only mapping (or the caller's bytes) */
	size_t file_size;
	int fd;			/* the open file, -1 for bytes in memory */
	void *map;		/* e->file's mapping, if mapped */
	void *elf_map;		/* libelf's private copy-on-write mapping (or malloc'd copy) */
	int elf_map_malloced;
	void *elf;		/* Elf *, over elf_map */
	struct ab_elf_sec *sec;
	size_t nsec;
	struct ab_elf_seg *seg;
	size_t nseg;
	struct ab_elf_sym *sym;	/* sorted by address */
	size_t nsym;
	struct ab_image win;	/* the loaded image: PT_LOAD contents, bss zero */
	void *win_map;		/* a large win's mapping (else win.base is malloc'd) */
	size_t win_map_len;
	/* the site table, once ab_elf_sites() found it */
	const struct ab_elf_sec *sites, *slots, *abi, *modes;
	uint64_t sites_va;
	uint32_t nsites;
};

/*
 * Load path into e: headers, sections, segments, symbols, loaded image.
 * On error prints "afterburn-sites: PATH: why" to stderr and returns -1.
 */
int ab_elf_open(struct ab_elf *e, const char *path);
/* The same over size bytes in memory (the fuzz harness); name is for messages. */
int ab_elf_open_mem(struct ab_elf *e, const char *name, const void *data, size_t size);
void ab_elf_close(struct ab_elf *e);
const struct ab_elf_sec *ab_elf_section(const struct ab_elf *e, const char *name);
/* Section (allocated) containing [addr, addr+len), or NULL. */
const struct ab_elf_sec *ab_elf_section_at(const struct ab_elf *e, uint64_t addr, uint64_t len);
/* "sym+0xoff" (or "?") for addr, into buf. */
const char *ab_elf_symbolize(const struct ab_elf *e, uint64_t addr, char *buf, size_t len);
const struct ab_elf_sym *ab_elf_symbol(const struct ab_elf *e, const char *name);
/* Find the site table and check the ABI words; require: records must exist. */
int ab_elf_sites(struct ab_elf *e, int require);
/* Host pointer for [va, va+len) in the loaded image, or NULL. */
uint8_t *ab_elf_ptr(const struct ab_elf *e, uint64_t va, uint64_t len);
/* Record i of the site table (a copy) and its resolved addresses. */
void ab_elf_record(const struct ab_elf *e, uint32_t i, struct ab_site *r,
		   uint64_t *site_va, uint64_t *slot_va);
/*
 * Write the file with the loaded image's PT_LOAD contents put back, to a
 * temporary file beside out, renamed over out on success (removed on
 * failure).  An out that exists and is not a regular file (a device, a
 * pipe) is written directly and never removed.
 */
int ab_elf_write(const struct ab_elf *e, const char *out);
/* The tool named in ab_elf_err's messages; afterburn-run sets its own. */
extern const char *ab_elf_prog;
/* Prints "PROG: PATH: ..." to stderr. */
void ab_elf_err(const struct ab_elf *e, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* ---- Zydis (sites_zy.c) ---- */
struct ab_zy_insn {
	unsigned len;
	unsigned cls;		/* enum ab_class, AB_CLASS_NONE if not sensitive */
	int int3;		/* int3: never padded by design */
	int near_ret;		/* ret (near): the tail of an "sti; ret" pair */
	int nop;		/* a nop of any length */
	int no_fallthrough;	/* jmp, ret, iret, sysret, sysexit (any form) */
	int rip;		/* has a rip-relative memory operand */
	uint64_t rip_target;	/* its address, for the decode address given */
	int has_imm;
	uint64_t imm;		/* port / vector immediate (first immediate) */
	unsigned nregs;
	uint8_t regs[4];	/* register operands as enum ab_reg (GPRs widened) */
	int has_mem;		/* a memory operand: */
	uint8_t mem_base, mem_index, mem_scale, mem_seg;	/* enum ab_reg / AB_REG_NONE */
	int64_t mem_disp;
	int mem_write, mem_read;	/* some memory operand (explicit or implicit) is written / read */
	char text[96];		/* AT&T text */
};

/* Site of a record in the table, for messages: "0xADDR SYM+OFF". */
const char *ab_sites_where(const struct ab_elf *e, uint64_t va, char *buf, size_t len);
/* The 16/32-bit ranges of afterburn_modes: count, or -1 after a message. */
int ab_sites_modes(const struct ab_elf *e, struct ab_mode_range **out);

/*
 * profile_write.c: the profile (afterburn/profile.h) of the page-table
 * stores a host saw, one hit per instruction address, keyed by the image's
 * stable IDs.  Sorts hits; *with_id = site lines written; 0 or -1 (memory).
 */
struct ab_prof_hit {
	uint64_t addr, count;
	unsigned level;		/* highest table level stored into (4 PML4 .. 1 PT) */
};
int ab_profile_write(const struct ab_elf *e, struct ab_prof_hit *hits, size_t n, FILE *f,
		     size_t *with_id);

/* Decode one instruction at p (avail bytes) as if at address va, in bits 16/32/64. */
int ab_zy_decode(const uint8_t *p, size_t avail, uint64_t va, unsigned bits,
		 struct ab_zy_insn *out);

/*
 * The operand a VMM would emulate from a record, against the decoded
 * instruction: a REG must be one of its registers; a MEM must have its base,
 * index, scale, segment (when the record names one) and displacement (a
 * rip-relative MEM is checked by target instead); an IMM its immediate.
 * disp/imm are skipped where the caller cannot know them (a relocation in
 * an object file).  NULL if the record names the instruction's operand,
 * else why not.  Used by verify and by the corpus checker.
 */
struct ab_zy_operand {
	unsigned form, reg, base, index, scale, seg;	/* enum ab_form / ab_reg */
	int32_t imm, disp;
	int imm_known, disp_known;
};
const char *ab_zy_operand_mismatch(const struct ab_zy_operand *r, const struct ab_zy_insn *a);

/* ---- subcommands ---- */
int ab_sites_list(struct ab_elf *e);
int ab_sites_verify(struct ab_elf *e, int quiet);
/* verify --profile FILE (sites_profile.c): every profile entry on exactly one memory site. */
int ab_sites_verify_profile(struct ab_elf *e, const char *profile, int quiet);
/* Is cls a memory class (pt-write, mmio-read, mmio-write)? */
static inline int ab_sites_memclass(unsigned cls)
{
	return cls == AB_CLASS_PT_WRITE || cls == AB_CLASS_MMIO_READ || cls == AB_CLASS_MMIO_WRITE;
}
int ab_sites_check(struct ab_elf *e, int quiet);
int ab_sites_patch(struct ab_elf *e, enum ab_backend b, const char *out);
int ab_sites_unpatch(struct ab_elf *e, const char *out);

#endif /* AFTERBURN_SITES_H */
