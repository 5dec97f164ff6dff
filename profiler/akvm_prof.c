/*
 * akvm_prof.c - afterburn-kvm --profile: finds the instructions that store
 * into the guest's page tables (and that touch unbacked MMIO ranges).
 *
 * How:
 *  - After every exit we read CR3.  A new CR3 becomes a root (the last
 *    AKVM_PROF_ROOTS are kept); we walk all four levels from every root and
 *    note each table page and its level (4 = PML4 .. 1 = PT).
 *  - Table pages are put in KVM_MEM_READONLY memslots: RAM is re-laid out
 *    as runs of writable and read-only pages.  A guest store into one exits
 *    as KVM_EXIT_MMIO (is_write, data, len) with RIP already past the store.
 *    We perform the store in guest RAM and continue.  A store to a PML4,
 *    PDPT or PD page may add or drop a table, so the walk is redone.
 *  - The storing instruction ends at that RIP.  To find its start we decode
 *    forward from the enclosing ELF symbol (exact for compiled code), else
 *    backwards: the candidate ending at RIP that writes memory and whose
 *    effective address (from the registers at the exit) translates to the
 *    faulting guest-physical address.  Each site is resolved once, at its
 *    first exit, so later code changes cannot mislead the decoder.
 * Limits (see the report): stores made before the first exit with paging
 * on, or into a table page before it is linked in, are not seen; pages of
 * address spaces whose CR3 we never observe at an exit are not protected;
 * only 4-level paging.
 */
#include "akvm.h"

#include <Zydis/Zydis.h>
#include <errno.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>

#define AKVM_PROF_ROOTS		16
#define AKVM_PROF_SWEEP_MAX	0x10000	/* bytes decoded forward from a symbol */
#define AKVM_PAGE		4096ull
/* Paging-structure entry bits (SDM vol. 3A, 4.5, tables 4-14 to 4-20). */
#define PTE_P			0x1ull
#define PTE_PS			0x80ull
#define PTE_ADDR		0x000ffffffffff000ull
#define CR0_PG			(1ull << 31)
#define CR4_LA57		(1ull << 12)
#define EFER_LMA		(1ull << 10)

/*
 * ptwrite: store into a page that is a live table at that moment.
 * ptinit: store into a page that is a table at some other time of the run
 * (from --profile-seed: filled before it is linked, or after it was freed).
 */
enum akvm_site_kind { AKVM_SITE_PTWRITE, AKVM_SITE_PTINIT, AKVM_SITE_MMIO_READ, AKVM_SITE_MMIO_WRITE };
static const char *const akvm_site_kind_name[] = { "ptwrite", "ptinit", "mmio-read", "mmio-write" };

struct akvm_prof_site {
	uint64_t rip;		/* RIP at the exit: the key */
	uint64_t end;		/* the instruction's end (virtual) */
	uint64_t start;		/* 0 = unresolved */
	uint64_t count;
	uint8_t kind, len, level, size;
	char method;		/* 's' symbol sweep, 'b' backward + address check, 'r' at RIP, '?' */
	uint8_t bytes[15];
	char text[96];
};

struct akvm_prof {
	const char *out_path;
	uint64_t nframes;
	uint8_t *level;		/* per frame: table level from the last walk, 0 = not a table */
	uint8_t *ro;		/* per frame: currently in a read-only slot */
	uint8_t *ever;		/* per frame: highest table level seen in this run */
	uint8_t *seed;		/* per frame: table level from --profile-seed, 0 = none */
	uint64_t roots[AKVM_PROF_ROOTS];
	unsigned nroots;
	uint64_t cr3;
	bool rewalk;
	uint32_t nslots;
	struct akvm_prof_site *sites;
	size_t nsites, cap;
	uint64_t walks, relayouts, ptwrites, ptinits, mmios, max_tables, unresolved;
	uint64_t idsites, noid;	/* profile lines with a stable ID / without */
	ZydisDecoder dec, dec32;
	ZydisFormatter fmt;
};

static int akvm_prof_relayout(struct akvm_vm *vm, struct akvm_prof *p);

static void akvm_prof_free(struct akvm_prof *p)
{
	free(p->sites);
	free(p->level);
	free(p->ro);
	free(p->ever);
	free(p->seed);
	free(p);
}

/*
 * --profile-seed: the `# tables` lines of an earlier profile of the same
 * image (checked by size and hash) name every frame that was a page table
 * in that run.  The guest's allocations are deterministic, so protecting
 * those frames from the first instruction on also catches the stores that
 * fill a table before it is linked (and the 32-bit boot code's).
 */
static int akvm_prof_read_seed(struct akvm_vm *vm, struct akvm_prof *p, const char *path)
{
	FILE *f = fopen(path, "r");
	if (!f) {
		akvm_err("%s: cannot read profile seed: %s", path, strerror(errno));
		return -errno;
	}
	char line[4096];
	unsigned ln = 0;
	int r = 0;
	bool image_ok = false;
	while (!r && fgets(line, sizeof(line), f)) {
		ln++;
		unsigned long long size, fnv;
		if (ln == 1 && strcmp(line, AB_PROFILE_MAGIC "\n")) {
			akvm_err("%s:1: not an afterburn-kvm profile (want '%s')", path, AB_PROFILE_MAGIC);
			r = -EINVAL;
		} else if (!strncmp(line, "# image ", 8)) {
			const char *q = strstr(line, " size=");
			if (!q || sscanf(q, " size=%llu fnv1a64=%llx", &size, &fnv) != 2) {
				akvm_err("%s:%u: malformed image line", path, ln);
				r = -EINVAL;
			} else if (size != vm->image_size || fnv != vm->image_fnv) {
				akvm_err("%s:%u: profile of a different image (size %llu hash %016llx, "
					 "this one %llu %016llx)", path, ln, size, fnv,
					 (unsigned long long)vm->image_size,
					 (unsigned long long)vm->image_fnv);
				r = -EINVAL;
			} else {
				image_ok = true;
			}
		} else if (!strncmp(line, "# tables", 8)) {
			char *save = NULL;
			for (char *t = strtok_r(line + 8, " \n", &save); t && !r;
			     t = strtok_r(NULL, " \n", &save)) {
				unsigned long long fr;
				unsigned lvl;
				char extra;
				if (sscanf(t, "%llx:%u%c", &fr, &lvl, &extra) != 2 || lvl < 1 || lvl > 4 ||
				    fr >= p->nframes) {
					akvm_err("%s:%u: bad table entry '%s' (want FRAME:LEVEL, frame below "
						 "0x%llx, level 1-4)", path, ln, t,
						 (unsigned long long)p->nframes);
					r = -EINVAL;
				} else {
					p->seed[fr] = (uint8_t)lvl;
				}
			}
		}
	}
	if (!r && !image_ok) {
		akvm_err("%s: no '# image' line: truncated or not a profile", path);
		r = -EINVAL;
	}
	fclose(f);
	return r;
}

int akvm_prof_init(struct akvm_vm *vm, const char *out_path)
{
	struct akvm_prof *p = calloc(1, sizeof(*p));
	if (!p)
		return -ENOMEM;
	p->out_path = out_path;
	p->nframes = vm->mem_size / AKVM_PAGE;
	p->level = calloc(p->nframes, 1);
	p->ro = calloc(p->nframes, 1);
	p->ever = calloc(p->nframes, 1);
	p->seed = calloc(p->nframes, 1);
	if (!p->level || !p->ro || !p->ever || !p->seed) {
		akvm_prof_free(p);
		return -ENOMEM;
	}
	p->nslots = 1;		/* slot 0 = all RAM, from akvm_kvm_create */
	ZydisDecoderInit(&p->dec, ZYDIS_MACHINE_MODE_LONG_64, ZYDIS_STACK_WIDTH_64);
	ZydisDecoderInit(&p->dec32, ZYDIS_MACHINE_MODE_LEGACY_32, ZYDIS_STACK_WIDTH_32);
	ZydisFormatterInit(&p->fmt, ZYDIS_FORMATTER_STYLE_ATT);
	/* Fail early, not at the end of a long run. */
	FILE *f = fopen(out_path, "w");
	if (!f) {
		int e = errno;
		akvm_err("%s: cannot create profile: %s", out_path, strerror(e));
		akvm_prof_free(p);
		return -e;
	}
	fclose(f);
	vm->prof = p;
	if (vm->opt->profile_seed) {
		int r = akvm_prof_read_seed(vm, p, vm->opt->profile_seed);
		if (r < 0) {
			akvm_prof_free(p);
			vm->prof = NULL;
			return r;
		}
		for (uint64_t fr = 0; fr < p->nframes; fr++)
			p->ro[fr] = p->seed[fr] != 0;
		return akvm_prof_relayout(vm, p);
	}
	return 0;
}

/* --- guest page tables ------------------------------------------------------ */

static void akvm_prof_walk(struct akvm_vm *vm, struct akvm_prof *p, uint64_t table, int level)
{
	uint64_t fr = table / AKVM_PAGE;
	if (fr >= p->nframes || p->level[fr] >= level)
		return;
	p->level[fr] = (uint8_t)level;
	if (level == 1)
		return;
	const uint64_t *e = (const uint64_t *)(vm->mem + fr * AKVM_PAGE);
	for (int i = 0; i < 512; i++) {
		if (!(e[i] & PTE_P) || ((level == 3 || level == 2) && (e[i] & PTE_PS)))
			continue;
		akvm_prof_walk(vm, p, e[i] & PTE_ADDR, level - 1);
	}
}

/* Re-lay out RAM slots: runs of writable pages and of read-only table pages. */
static int akvm_prof_relayout(struct akvm_vm *vm, struct akvm_prof *p)
{
	int r;
	for (uint32_t s = 0; s < p->nslots; s++)
		if ((r = akvm_kvm_set_slot(vm, s, 0, 0, false)))
			return r;
	uint32_t slot = 0;
	for (uint64_t fr = 0; fr < p->nframes;) {
		uint64_t end = fr + 1;
		while (end < p->nframes && p->ro[end] == p->ro[fr])
			end++;
		if ((r = akvm_kvm_set_slot(vm, slot++, fr * AKVM_PAGE, (end - fr) * AKVM_PAGE,
					   p->ro[fr])))
			return r;
		fr = end;
	}
	p->nslots = slot;
	p->relayouts++;
	return 0;
}

static int akvm_prof_rewalk(struct akvm_vm *vm, struct akvm_prof *p)
{
	memset(p->level, 0, p->nframes);
	for (unsigned i = 0; i < p->nroots; i++)
		akvm_prof_walk(vm, p, p->roots[i] & PTE_ADDR, 4);
	p->walks++;
	p->rewalk = false;
	bool changed = false;
	uint64_t n = 0;
	for (uint64_t fr = 0; fr < p->nframes; fr++) {
		uint8_t want = p->level[fr] != 0 || p->seed[fr] != 0;
		n += p->level[fr] != 0;
		if (p->level[fr] > p->ever[fr])
			p->ever[fr] = p->level[fr];
		if (want != p->ro[fr]) {
			p->ro[fr] = want;
			changed = true;
		}
	}
	if (n > p->max_tables)
		p->max_tables = n;
	return changed ? akvm_prof_relayout(vm, p) : 0;
}

/* After every exit: follow CR3 (new address spaces) and pending re-walks. */
int akvm_prof_exit(struct akvm_vm *vm)
{
	struct akvm_prof *p = vm->prof;
	struct kvm_sregs s;
	int e = akvm_kvm_get_sregs(vm, &s);
	if (e < 0) {
		akvm_err("--profile: reading CR3: %s", strerror(-e));
		return e;
	}
	if (!(s.cr0 & CR0_PG) || !(s.efer & EFER_LMA))
		return 0;	/* only 4-level long-mode paging is followed */
	if (s.cr4 & CR4_LA57) {
		akvm_err("--profile: 5-level paging is not supported");
		return -ENOTSUP;
	}
	uint64_t cr3 = s.cr3 & PTE_ADDR;
	if (cr3 != p->cr3) {
		p->cr3 = cr3;
		unsigned i;
		for (i = 0; i < p->nroots && p->roots[i] != cr3; i++)
			;
		if (i == p->nroots) {	/* new root: oldest one drops out */
			if (p->nroots == AKVM_PROF_ROOTS)
				memmove(p->roots, p->roots + 1, sizeof(p->roots[0]) * --p->nroots);
			p->roots[p->nroots++] = cr3;
			p->rewalk = true;
		}
	}
	return p->rewalk ? akvm_prof_rewalk(vm, p) : 0;
}

/* --- instruction attribution ------------------------------------------------ */

static const ZydisDecodedOperand *akvm_prof_memop(const ZydisDecodedInstruction *in,
						  const ZydisDecodedOperand *ops, bool write)
{
	for (unsigned i = 0; i < in->operand_count; i++)
		if (ops[i].type == ZYDIS_OPERAND_TYPE_MEMORY && ops[i].mem.type == ZYDIS_MEMOP_TYPE_MEM &&
		    (ops[i].actions & (write ? ZYDIS_OPERAND_ACTION_MASK_WRITE :
				       ZYDIS_OPERAND_ACTION_MASK_READ)))
			return &ops[i];
	return NULL;
}

static uint64_t akvm_prof_reg(const struct kvm_regs *r, ZydisRegister reg)
{
	switch (ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, reg)) {
	case ZYDIS_REGISTER_RAX: return r->rax;
	case ZYDIS_REGISTER_RBX: return r->rbx;
	case ZYDIS_REGISTER_RCX: return r->rcx;
	case ZYDIS_REGISTER_RDX: return r->rdx;
	case ZYDIS_REGISTER_RSI: return r->rsi;
	case ZYDIS_REGISTER_RDI: return r->rdi;
	case ZYDIS_REGISTER_RBP: return r->rbp;
	case ZYDIS_REGISTER_RSP: return r->rsp;
	case ZYDIS_REGISTER_R8: return r->r8;
	case ZYDIS_REGISTER_R9: return r->r9;
	case ZYDIS_REGISTER_R10: return r->r10;
	case ZYDIS_REGISTER_R11: return r->r11;
	case ZYDIS_REGISTER_R12: return r->r12;
	case ZYDIS_REGISTER_R13: return r->r13;
	case ZYDIS_REGISTER_R14: return r->r14;
	case ZYDIS_REGISTER_R15: return r->r15;
	default: return 0;
	}
}

/* Effective linear address of a memory operand, from the registers after the exit. */
static uint64_t akvm_prof_ea(const ZydisDecodedInstruction *in, const ZydisDecodedOperand *op,
			     const struct kvm_regs *r, const struct kvm_sregs *s, uint64_t end)
{
	uint64_t a = (uint64_t)op->mem.disp.value;
	if (op->mem.base == ZYDIS_REGISTER_RIP)
		a += end;
	else if (op->mem.base != ZYDIS_REGISTER_NONE)
		a += akvm_prof_reg(r, op->mem.base);
	if (op->mem.index != ZYDIS_REGISTER_NONE)
		a += akvm_prof_reg(r, op->mem.index) * op->mem.scale;
	if (in->address_width == 32)
		a = (uint32_t)a;
	if (op->mem.segment == ZYDIS_REGISTER_FS)
		a += s->fs.base;
	else if (op->mem.segment == ZYDIS_REGISTER_GS)
		a += s->gs.base;
	return a;
}

static bool akvm_prof_decode(const ZydisDecoder *dec, const uint8_t *buf, size_t n,
			     ZydisDecodedInstruction *in, ZydisDecodedOperand *ops)
{
	return ZYAN_SUCCESS(ZydisDecoderDecodeFull(dec, buf, n, in, ops));
}

/* Find where the instruction ending at site->end starts; fills the site. */
static void akvm_prof_resolve(struct akvm_vm *vm, struct akvm_prof *p, struct akvm_prof_site *site,
			      uint64_t gpa, unsigned size, bool write)
{
	struct kvm_regs r;
	struct kvm_sregs s;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	uint8_t buf[32];
	site->method = '?';
	if (akvm_kvm_get_regs(vm, &r) < 0 || akvm_kvm_get_sregs(vm, &s) < 0)
		return;
	uint64_t cr3 = s.cr3, cr0 = s.cr0, end = site->end, start = 0;
	ZydisDecoder *dec = s.cs.l ? &p->dec : &p->dec32;	/* 32-bit boot code too */

	/*
	 * 0. A load exits before it completes, and so does every iteration of a
	 * rep string store (measured: rep stosq, 3 exits, all with RIP at the
	 * instruction): then RIP is the start.  A plain store has completed.
	 */
	size_t got0 = akvm_gva_read(vm, cr0, cr3, end, buf, 15);
	if (got0 && akvm_prof_decode(dec, buf, got0, &in, ops) && akvm_prof_memop(&in, ops, write) &&
	    (!write || ((in.attributes & (ZYDIS_ATTRIB_HAS_REP | ZYDIS_ATTRIB_HAS_REPE |
					    ZYDIS_ATTRIB_HAS_REPNE)) &&
			(in.mnemonic == ZYDIS_MNEMONIC_STOSB || in.mnemonic == ZYDIS_MNEMONIC_STOSW ||
			 in.mnemonic == ZYDIS_MNEMONIC_STOSD || in.mnemonic == ZYDIS_MNEMONIC_STOSQ ||
			 in.mnemonic == ZYDIS_MNEMONIC_MOVSB || in.mnemonic == ZYDIS_MNEMONIC_MOVSW ||
			 in.mnemonic == ZYDIS_MNEMONIC_MOVSD || in.mnemonic == ZYDIS_MNEMONIC_MOVSQ)))) {
		start = end;
		end = start + in.length;
		site->end = end;
		site->method = 'r';
	}
	/* 1. Forward from the enclosing symbol: exact for code without data in it. */
	const struct akvm_sym *sym = start ? NULL : akvm_sym_find(vm, end - 1);
	if (sym && end - sym->addr <= AKVM_PROF_SWEEP_MAX) {
		uint64_t pc = sym->addr;
		while (pc < end) {
			size_t got = akvm_gva_read(vm, cr0, cr3, pc, buf, 15);
			if (!got || !akvm_prof_decode(dec, buf, got, &in, ops))
				break;
			if (pc + in.length == end && akvm_prof_memop(&in, ops, write)) {
				start = pc;
				site->method = 's';
			}
			pc += in.length;
		}
	}
	/*
	 * 2. Backwards: the shortest candidate whose memory operand has the
	 * access size and hits the faulting address.  Shortest, because the byte
	 * before an instruction may look like a prefix; the size check rejects
	 * a candidate that lost its REX.W (48 89 37 vs 89 37).
	 */
	for (unsigned k = 1; !start && k <= 15; k++) {
		size_t got = akvm_gva_read(vm, cr0, cr3, end - k, buf, k);
		if (got != k || !akvm_prof_decode(dec, buf, k, &in, ops) || in.length != k)
			continue;
		const ZydisDecodedOperand *op = akvm_prof_memop(&in, ops, write);
		uint64_t pa;
		if (!op || op->size / 8 != size)
			continue;
		uint64_t ea = akvm_prof_ea(&in, op, &r, &s, end);
		if (akvm_gva_to_gpa(vm, cr0, cr3, ea, &pa) ? pa == gpa : ea == gpa) {
			start = end - k;
			site->method = 'b';
		}
	}
	if (!start) {
		p->unresolved++;
		return;
	}
	size_t got = akvm_gva_read(vm, cr0, cr3, start, buf, (size_t)(end - start));
	if (got != end - start || !akvm_prof_decode(dec, buf, got, &in, ops))
		return;
	site->start = start;
	site->len = in.length;
	memcpy(site->bytes, buf, in.length);
	ZydisFormatterFormatInstruction(&p->fmt, &in, ops, in.operand_count_visible, site->text,
					sizeof(site->text), start, NULL);
}

static struct akvm_prof_site *akvm_prof_site(struct akvm_vm *vm, struct akvm_prof *p, int kind,
					     uint64_t gpa, bool write)
{
	struct kvm_regs r;
	if (akvm_kvm_get_regs(vm, &r) < 0)
		return NULL;
	/* Sites are keyed by RIP at the exit: the end of a store, the start of a load. */
	for (size_t i = 0; i < p->nsites; i++)
		if (p->sites[i].rip == r.rip && p->sites[i].kind == kind)
			return &p->sites[i];
	if (p->nsites == p->cap) {
		size_t cap = p->cap ? 2 * p->cap : 64;
		struct akvm_prof_site *ns = realloc(p->sites, cap * sizeof(*ns));
		if (!ns)
			return NULL;
		p->sites = ns;
		p->cap = cap;
	}
	struct akvm_prof_site *s = &p->sites[p->nsites++];
	memset(s, 0, sizeof(*s));
	s->rip = s->end = r.rip;
	s->kind = (uint8_t)kind;
	akvm_prof_resolve(vm, p, s, gpa, vm->run->mmio.len, write);
	return s;
}

/* A KVM_EXIT_MMIO: a store into a protected table page, or real MMIO (recorded, not handled). */
int akvm_prof_mmio(struct akvm_vm *vm)
{
	struct akvm_prof *p = vm->prof;
	struct kvm_run *run = vm->run;
	uint64_t gpa = run->mmio.phys_addr, fr = gpa / AKVM_PAGE;
	unsigned len = run->mmio.len;
	bool table = fr < p->nframes && p->ro[fr];
	struct akvm_prof_site *s;

	if (!table) {
		s = akvm_prof_site(vm, p, run->mmio.is_write ? AKVM_SITE_MMIO_WRITE : AKVM_SITE_MMIO_READ,
				   gpa, run->mmio.is_write);
		if (s) {
			s->count++;
			s->size = (uint8_t)len;
		}
		p->mmios++;
		return 0;	/* the normal MMIO path answers it */
	}
	if (!run->mmio.is_write || len > 8 || !akvm_gpa_ok(vm, gpa, len)) {
		akvm_err("--profile: unexpected %s of %u bytes at table page gpa 0x%llx",
			 run->mmio.is_write ? "write" : "read", len, (unsigned long long)gpa);
		return -EINVAL;
	}
	memcpy(vm->mem + gpa, run->mmio.data, len);
	vm->xcount[AKVM_X_PTWRITE]++;
	bool live = p->level[fr] != 0;
	if (live)
		p->ptwrites++;
	else
		p->ptinits++;
	s = akvm_prof_site(vm, p, live ? AKVM_SITE_PTWRITE : AKVM_SITE_PTINIT, gpa, true);
	if (!s)
		return -ENOMEM;
	s->count++;
	s->size = (uint8_t)len;
	uint8_t lvl = live ? p->level[fr] : p->seed[fr];
	if (lvl > s->level)
		s->level = lvl;
	if (p->level[fr] >= 2)		/* a table pointer may have changed */
		p->rewalk = true;
	return 1;
}

/* Error paths before the run: drop the profiler without writing a profile. */
void akvm_prof_discard(struct akvm_vm *vm)
{
	if (vm->prof)
		akvm_prof_free(vm->prof);
	vm->prof = NULL;
}

int akvm_prof_debug(struct akvm_vm *vm)
{
	akvm_err("--profile: unexpected debug exit");
	return -EINVAL;
}

static int akvm_prof_site_cmp(const void *a, const void *b)
{
	const struct akvm_prof_site *x = a, *y = b;
	uint64_t ka = x->start ? x->start : x->end, kb = y->start ? y->start : y->end;
	if (ka != kb)
		return ka < kb ? -1 : 1;
	return (int)x->kind - (int)y->kind;
}


/* Profile kind of a site: what the second pass makes of it. */
static const char *akvm_prof_kind(const struct akvm_prof_site *s)
{
	return s->kind == AKVM_SITE_MMIO_READ ? "mmio-read" :
	       s->kind == AKVM_SITE_MMIO_WRITE ? "mmio-write" : "pt-write";
}

/*
 * The profile proper (afterburn/profile.h): the program's sources, then one
 * `site` line per stable ID with its kind and count (a store seen both as
 * ptwrite and ptinit is one pt-write site).  A profiled instruction without
 * an ID (16/32-bit code, inline .byte, code not built by afterburn-cc, a
 * load) is listed as a comment: the second pass cannot name it.
 */
static void akvm_prof_write_ids(struct akvm_vm *vm, struct akvm_prof *p, FILE *f)
{
	fprintf(f, "%s\nprogram files=", AB_PROFILE_MAGIC);
	for (size_t i = 0; i < vm->nidfiles; i++)
		fprintf(f, "%s%s", i ? "," : "", vm->idfiles[i]);
	fprintf(f, "%s\n", vm->nidfiles ? "" : "-");
	if (!vm->nids)
		fprintf(f, "# the image has no %s section (not built through afterburn-cc): "
			"no site lines\n", AB_IDS_SECTION);
	fprintf(f, "# site ID KIND COUNT FILE SYMBOL+OFFSET ; INSTRUCTION\n");
	bool *done = calloc(p->nsites ? p->nsites : 1, sizeof(bool));
	if (!done)
		return;
	for (size_t i = 0; i < p->nsites; i++) {
		const struct akvm_prof_site *s = &p->sites[i];
		const struct ab_id_rec *id = s->start ? akvm_id_at(vm, s->start) : NULL;
		const struct akvm_sym *sym = s->start ? akvm_sym_find(vm, s->start) : NULL;
		char where[160] = "-";
		if (done[i])
			continue;
		if (sym)
			snprintf(where, sizeof(where), "%s+0x%llx", sym->name,
				 (unsigned long long)(s->start - sym->addr));
		if (!id) {
			fprintf(f, "# noid %s 0x%llx %llu %s ; %s\n", akvm_prof_kind(s),
				(unsigned long long)(s->start ? s->start : s->end),
				(unsigned long long)s->count, where, s->text[0] ? s->text : "?");
			p->noid++;
			continue;
		}
		uint64_t count = s->count;
		for (size_t j = i + 1; j < p->nsites; j++)
			if (!done[j] && p->sites[j].start == s->start &&
			    !strcmp(akvm_prof_kind(&p->sites[j]), akvm_prof_kind(s))) {
				count += p->sites[j].count;
				done[j] = true;
			}
		fprintf(f, "site %08x %s %llu %s %s ; %s\n", id->id, akvm_prof_kind(s),
			(unsigned long long)count, akvm_id_file(vm, id->file), where,
			s->text[0] ? s->text : "?");
		p->idsites++;
	}
	free(done);
}

/* Write the profile (format: see the header lines it writes). */
int akvm_prof_finish(struct akvm_vm *vm)
{
	struct akvm_prof *p = vm->prof;
	int r = 0;
	FILE *f = fopen(p->out_path, "w");
	if (!f) {
		akvm_err("%s: cannot write profile: %s", p->out_path, strerror(errno));
		r = -errno;
		goto out;
	}
	qsort(p->sites, p->nsites, sizeof(*p->sites), akvm_prof_site_cmp);
	/* One line per instruction: a site seen with two exit RIPs is merged. */
	size_t n = 0;
	for (size_t i = 0; i < p->nsites; i++) {
		struct akvm_prof_site *s = &p->sites[i];
		if (n && s->start && p->sites[n - 1].start == s->start && p->sites[n - 1].kind == s->kind) {
			p->sites[n - 1].count += s->count;
			if (s->level > p->sites[n - 1].level)
				p->sites[n - 1].level = s->level;
			continue;
		}
		p->sites[n++] = *s;
	}
	p->nsites = n;
	akvm_prof_write_ids(vm, p, f);
	fprintf(f, "# afterburn-kvm profile 1 (address detail; the lines above are the profile)\n"
		"# image %s size=%llu fnv1a64=%016llx\n", vm->opt->image,
		(unsigned long long)vm->image_size, (unsigned long long)vm->image_fnv);
	fprintf(f, "# stats ptwrites=%llu ptinits=%llu mmio=%llu sites=%zu unresolved=%llu walks=%llu "
		"relayouts=%llu max_table_pages=%llu\n",
		(unsigned long long)p->ptwrites, (unsigned long long)p->ptinits,
		(unsigned long long)p->mmios, p->nsites,
		(unsigned long long)p->unresolved, (unsigned long long)p->walks,
		(unsigned long long)p->relayouts, (unsigned long long)p->max_tables);
	fprintf(f, "# KIND START END COUNT LEVEL SIZE SYMBOL+OFFSET METHOD BYTES ; INSTRUCTION\n"
		"# ptwrite: store into a live table; ptinit: into a page that is a table at another\n"
		"# time (only with --profile-seed)\n"
		"# level: 4 PML4 .. 1 PT (0 for mmio); method: s symbol sweep, b backward decode "
		"checked by address, r at RIP (load, rep string store), ? unresolved\n");
	for (size_t i = 0; i < p->nsites; i++) {
		const struct akvm_prof_site *s = &p->sites[i];
		const struct akvm_sym *sym = s->start ? akvm_sym_find(vm, s->start) : NULL;
		fprintf(f, "# %s 0x%llx 0x%llx %llu %u %u ", akvm_site_kind_name[s->kind],
			(unsigned long long)s->start, (unsigned long long)s->end,
			(unsigned long long)s->count, s->level, s->size);
		if (sym)
			fprintf(f, "%s+0x%llx", sym->name, (unsigned long long)(s->start - sym->addr));
		else
			fputc('-', f);
		fprintf(f, " %c ", s->method);
		for (unsigned b = 0; b < s->len; b++)
			fprintf(f, "%02x", s->bytes[b]);
		if (!s->len)
			fputc('-', f);
		fprintf(f, " ; %s\n", s->text[0] ? s->text : "?");
	}
	/* Every frame that was a table in this run: the seed for the next run. */
	unsigned col = 0;
	for (uint64_t fr = 0; fr < p->nframes; fr++) {
		if (!p->ever[fr])
			continue;
		if (col == 0)
			fputs("# tables", f);
		fprintf(f, " %llx:%u", (unsigned long long)fr, p->ever[fr]);
		if (++col == 16) {
			fputc('\n', f);
			col = 0;
		}
	}
	if (col)
		fputc('\n', f);
	if (fclose(f) != 0) {
		akvm_err("%s: write error: %s", p->out_path, strerror(errno));
		r = -EIO;
	}
	akvm_info(vm, "profile %s: %llu sites with an ID, %llu without", p->out_path,
		  (unsigned long long)p->idsites, (unsigned long long)p->noid);
	akvm_info(vm, "profile %s: %zu sites, %llu page-table writes, %llu mmio, %llu walks, "
		  "%llu relayouts, up to %llu table pages", p->out_path, p->nsites,
		  (unsigned long long)p->ptwrites, (unsigned long long)p->mmios, 
		  (unsigned long long)p->walks,
		  (unsigned long long)p->relayouts, (unsigned long long)p->max_tables);
out:
	akvm_prof_free(p);
	vm->prof = NULL;
	return r;
}
