/*
 * hv_guest.c - turn a multiboot module into a running guest's RAM: find its
 * multiboot header, copy its image to the guest-physical addresses it asks
 * for (a.out kludge addresses, else ELF program headers), and give it the
 * multiboot information a boot loader would (memory map, command line).  A
 * Linux bzImage module goes to hv_linux.c instead, with the hv.initrd
 * modules that follow it.
 *
 * No guest-physical address is ours: the image's ranges are claimed first,
 * and what we hand the guest (the boot page) goes where nothing is
 * (hv_guest_place).  Every range is checked against the guest's memory; an
 * image that does not fit is refused with the offending range named.
 */
#include "hv.h"
#include "afterburn/multiboot.h"

/* Multiboot v1 (spec 3.1, 3.3). */
#define MB_BOOT_MAGIC		0x2badb002u
#define MBI_MEM			(1u << 0)
#define MBI_CMDLINE		(1u << 2)
#define MBI_MODS		(1u << 3)
#define MBI_MMAP		(1u << 6)
#define MBI_LOADER_NAME		(1u << 9)
#define MB_MMAP_RAM		1
#define MB_MMAP_RESERVED	2

struct mb_info {
	uint32_t flags, mem_lower, mem_upper, boot_device, cmdline, mods_count, mods_addr;
	uint32_t syms[4];
	uint32_t mmap_length, mmap_addr;
	uint32_t drives_length, drives_addr, config_table, boot_loader_name;
};

struct mb_module { uint32_t mod_start, mod_end, string, reserved; };
struct mb_mmap { uint32_t size; uint64_t addr, len; uint32_t type; } __attribute__((packed));

/*
 * The boot page of a multiboot guest: what GRUB would hand it, in one page
 * of its RAM that its image does not use (hv_guest_place).
 */
#define BP_GDT			0x000
#define BP_MBI			0x100
#define BP_MMAP			0x200
#define BP_LOADER_NAME		0x300
#define BP_CMDLINE		0x400
#define GUEST_CMDLINE_MAX	0xc00
#define HV_MAX_INITRD		8	/* hv.initrd modules of one guest */

extern char __hv_bss_end[];

/* Which module is guest i's kernel, and how many hv.initrd modules follow it. */
static struct hv_plan { unsigned module, n_initrd; } hv_plan[HV_MAX_GUESTS];
static unsigned hv_n_plan;
static int hv_planned;

static uint64_t hv_align_up(uint64_t v, uint64_t a) { return (v + a - 1) & ~(a - 1); }
static uint64_t hv_align_down(uint64_t v, uint64_t a) { return v & ~(a - 1); }
static int hv_overlap(uint64_t a, uint64_t alen, uint64_t b, uint64_t bend)
{
	return a < bend && b < a + alen;
}

unsigned hv_guest_memmap(const struct hv_guest *g, struct hv_memrange *m)
{
	m[0] = (struct hv_memrange){ 0, HV_LOW_END, HV_MEM_RAM };
	m[1] = (struct hv_memrange){ HV_LOW_END, HV_HOLE_END - HV_LOW_END, HV_MEM_RESERVED };
	m[2] = (struct hv_memrange){ HV_HOLE_END, g->mem_size - HV_HOLE_END, HV_MEM_RAM };
	return HV_MEMMAP_N;
}

/*
 * The guest's image (or the boot protocol) occupies [gpa, gpa+len): it
 * must be guest RAM, and nothing we place later may go there.
 */
int hv_guest_claim(struct hv_guest *g, const char *what, uint64_t gpa, uint64_t len)
{
	if (!len)
		return 1;
	if (!hv_gpa_to_hva(g, gpa, len)) {
		hv_printf("hv: guest image refused: %s 0x%lx-0x%lx lies outside guest memory 0x0-0x%lx (hv.mem=%luM)\n",
			  what, gpa, gpa + len, g->mem_size - 1, g->mem_size >> 20);
		return 0;
	}
	if (g->n_used == HV_GUEST_RANGES) {
		hv_printf("hv: guest image refused: more than %u pieces (%s 0x%lx-0x%lx)\n",
			  HV_GUEST_RANGES, what, gpa, gpa + len);
		return 0;
	}
	g->used[g->n_used++] = (struct hv_range){ gpa, gpa + len };
	return 1;
}

uint64_t hv_guest_place(struct hv_guest *g, const char *what, uint64_t len, uint64_t align,
			uint64_t from, uint64_t below, int top)
{
	if (below > g->mem_size)
		below = g->mem_size;
	uint64_t at = top ? (len <= below ? hv_align_down(below - len, align) : 0) : hv_align_up(from, align);

	/* Each round either fits or moves past one obstacle: the hole or a claim. */
	for (unsigned round = 0; len <= below && round < HV_GUEST_RANGES + 3; round++) {
		uint64_t ns = 0, ne = 0;
		int hit = 0;

		if (at < from || at > below - len)
			break;
		if (hv_overlap(at, len, HV_LOW_END, HV_HOLE_END)) {
			ns = HV_LOW_END, ne = HV_HOLE_END, hit = 1;
		}
		for (unsigned i = 0; i < g->n_used && !hit; i++)
			if (hv_overlap(at, len, g->used[i].start, g->used[i].end))
				ns = g->used[i].start, ne = g->used[i].end, hit = 1;
		if (!hit)
			return hv_guest_claim(g, what, at, len) ? at : HV_NO_ROOM;
		if (top) {
			if (ns < len)
				break;
			at = hv_align_down(ns - len, align);
		} else {
			at = hv_align_up(ne, align);
		}
	}
	hv_printf("hv: guest image refused: no room for %s (%lu bytes) in guest RAM 0x%lx-0x%lx beside the image (hv.mem=%luM)\n",
		  what, len, from, below, g->mem_size >> 20);
	return HV_NO_ROOM;
}

/* a.out kludge: the header says where the file's bytes go (spec 3.1.3). */
static int hv_load_kludge(struct hv_guest *g, const uint8_t *img, uint64_t size,
			  const struct ab_mb_header *h, uint64_t hoff)
{
	struct ab_mb_aout a;
	enum ab_mb_aout_err err = ab_mb_aout(h, hoff, size, &a);

	if (err == AB_MB_AOUT_ADDRS) {
		hv_printf("hv: guest image refused: header_addr 0x%x / load_addr 0x%x inconsistent\n",
			  h->header_addr, h->load_addr);
		return -1;
	}
	if (err != AB_MB_AOUT_OK) {
		hv_printf("hv: guest image refused: load 0x%x-0x%lx exceeds the %lu-byte file\n",
			  h->load_addr, a.end, size);
		return -1;
	}
	uint64_t bss = h->bss_end_addr > a.end ? h->bss_end_addr : a.end;
	if (!hv_guest_claim(g, "load range", h->load_addr, bss - h->load_addr))
		return -1;
	hv_memcpy(hv_gpa_to_hva(g, h->load_addr, 0), img + a.foff, a.end - h->load_addr);
	g->entry = h->entry_addr;
	hv_printf("hv: guest image: a.out kludge load 0x%x-0x%lx bss-end 0x%lx entry 0x%x\n",
		  h->load_addr, a.end, bss, h->entry_addr);
	return 0;
}

/* ELF32/ELF64 without the kludge: copy PT_LOAD segments to their p_paddr. */
static int hv_load_elf(struct hv_guest *g, const uint8_t *img, uint64_t size)
{
	if (size < 64 || hv_memcmp(img, "\177ELF", 4)) {
		hv_printf("hv: guest image refused: no a.out kludge and not an ELF file\n");
		return -1;
	}
	int is64 = img[4] == 2;
	uint64_t phoff = is64 ? *(uint64_t *)(img + 32) : *(uint32_t *)(img + 28);
	uint16_t phentsize = *(uint16_t *)(img + (is64 ? 54 : 42));
	uint16_t phnum = *(uint16_t *)(img + (is64 ? 56 : 44));
	g->entry = is64 ? *(uint64_t *)(img + 24) : *(uint32_t *)(img + 24);
	if (phoff + (uint64_t)phnum * phentsize > size) {
		hv_printf("hv: guest image refused: program headers beyond end of file\n");
		return -1;
	}
	for (unsigned i = 0; i < phnum; i++) {
		const uint8_t *ph = img + phoff + (uint64_t)i * phentsize;
		uint32_t type = *(uint32_t *)ph;
		uint64_t off, pa, fsz, msz;
		if (type != 1)		/* PT_LOAD */
			continue;
		if (is64) {
			off = *(uint64_t *)(ph + 8); pa = *(uint64_t *)(ph + 24);
			fsz = *(uint64_t *)(ph + 32); msz = *(uint64_t *)(ph + 40);
		} else {
			off = *(uint32_t *)(ph + 4); pa = *(uint32_t *)(ph + 12);
			fsz = *(uint32_t *)(ph + 16); msz = *(uint32_t *)(ph + 20);
		}
		if (off + fsz > size || fsz > msz) {
			hv_printf("hv: guest image refused: segment %u exceeds the file\n", i);
			return -1;
		}
		if (!hv_guest_claim(g, "ELF segment", pa, msz))
			return -1;
		hv_memcpy(hv_gpa_to_hva(g, pa, 0), img + off, fsz);
	}
	hv_printf("hv: guest image: ELF%d segments loaded, entry 0x%lx\n", is64 ? 64 : 32, g->entry);
	return 0;
}

/* The guest's multiboot information: what GRUB would hand it in our place. */
static int hv_guest_mbi(struct hv_guest *g, const char *cmdline, struct hv_regs *r)
{
	static const char name[] = "AfterburnVMM hypervisor_stub";
	static const uint64_t gdt[4] = {
		0,
		0x00cf9a000000ffffull,	/* 0x08 flat 32-bit code */
		0x00cf92000000ffffull,	/* 0x10 flat data */
		0x00008b0000000067ull,	/* 0x18 busy 32-bit TSS at 0 (matches the VMCS TR) */
	};
	struct hv_memrange map[HV_MEMMAP_N];
	unsigned n_map = hv_guest_memmap(g, map);
	/* Above the IVT and BIOS data area, where the image is not. */
	uint64_t bp = hv_guest_place(g, "the boot page (multiboot info, GDT, memory map, command line)",
				     HV_PAGE, HV_PAGE, 0x1000, g->mem_size, 0);
	if (bp == HV_NO_ROOM)
		return -1;
	struct mb_info *mbi = hv_gpa_to_hva(g, bp + BP_MBI, sizeof(*mbi));
	struct mb_mmap *mm = hv_gpa_to_hva(g, bp + BP_MMAP, n_map * sizeof(*mm));
	size_t n = hv_strlen(cmdline);
	if (n >= GUEST_CMDLINE_MAX) {	/* said, never silent: afterburn-run refuses such lines */
		hv_printf("hv: guest %u: command line of %lu bytes cut to the %u the guest gets\n",
			  g->index, (unsigned long)n, GUEST_CMDLINE_MAX - 1);
		n = GUEST_CMDLINE_MAX - 1;
	}
	_Static_assert(BP_MMAP + HV_MEMMAP_N * sizeof(struct mb_mmap) <= BP_LOADER_NAME, "mmap fits");

	hv_memcpy(hv_gpa_to_hva(g, bp + BP_GDT, sizeof(gdt)), gdt, sizeof(gdt));
	for (unsigned i = 0; i < n_map; i++)
		mm[i] = (struct mb_mmap){ 20, map[i].addr, map[i].len, map[i].type };
	hv_memcpy(hv_gpa_to_hva(g, bp + BP_LOADER_NAME, sizeof(name)), name, sizeof(name));
	char *cl = hv_gpa_to_hva(g, bp + BP_CMDLINE, GUEST_CMDLINE_MAX);
	hv_memcpy(cl, cmdline, n);
	cl[n] = 0;
	hv_memset(mbi, 0, sizeof(*mbi));
	mbi->flags = MBI_MEM | MBI_CMDLINE | MBI_MMAP | MBI_LOADER_NAME;
	mbi->mem_lower = HV_LOW_END / 1024;
	mbi->mem_upper = (uint32_t)((g->mem_size - HV_HOLE_END) / 1024);
	mbi->cmdline = (uint32_t)(bp + BP_CMDLINE);
	mbi->mmap_addr = (uint32_t)(bp + BP_MMAP);
	mbi->mmap_length = n_map * sizeof(*mm);
	mbi->boot_loader_name = (uint32_t)(bp + BP_LOADER_NAME);

	g->gdt_gpa = bp + BP_GDT;
	g->mbi_gpa = bp + BP_MBI;
	g->cmdline = cl;
	hv_printf("hv: guest %u: boot page at 0x%lx (multiboot info 0x%lx), memory map: RAM 0x0-0x%llx, reserved 0x%llx-0x%llx, RAM 0x%llx-0x%lx\n",
		  g->index, bp, g->mbi_gpa, HV_LOW_END - 1, HV_LOW_END, HV_HOLE_END - 1, HV_HOLE_END,
		  g->mem_size - 1);
	hv_memset(r, 0, sizeof(*r));
	r->rax = MB_BOOT_MAGIC;		/* spec 3.2: EAX magic, EBX info */
	r->rbx = g->mbi_gpa;
	return 0;
}

const char *hv_boot_cmdline(uint32_t mb_magic, uint64_t mbi_pa)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	if (mb_magic != MB_BOOT_MAGIC || !(mbi->flags & MBI_CMDLINE) || !mbi->cmdline)
		return "";
	return (const char *)(uint64_t)mbi->cmdline;
}

static unsigned hv_boot_modules(uint32_t mb_magic, uint64_t mbi_pa)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	if (mb_magic != MB_BOOT_MAGIC || !(mbi->flags & MBI_MODS))
		return 0;
	return mbi->mods_count;
}

int hv_boot_module(uint32_t mb_magic, uint64_t mbi_pa, unsigned i, struct hv_module *m)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	if (i >= hv_boot_modules(mb_magic, mbi_pa))
		return -1;
	const struct mb_module *mod = (const struct mb_module *)(uint64_t)mbi->mods_addr + i;
	m->data = (const uint8_t *)(uint64_t)mod->mod_start;
	m->size = mod->mod_end > mod->mod_start ? mod->mod_end - mod->mod_start : 0;
	m->string = mod->string ? (const char *)(uint64_t)mod->string : "";
	return 0;
}

static uint64_t hv_max(uint64_t a, uint64_t b) { return a > b ? a : b; }

/*
 * Where everything the boot loader left us ends: our image, the multiboot
 * info, its module list, memory map and strings, and the modules.  Guest
 * RAM goes above it: the modules are read again for every guest.
 */
uint64_t hv_boot_data_end(uint32_t mb_magic, uint64_t mbi_pa)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	uint64_t end = (uint64_t)__hv_bss_end;
	struct hv_module m;

	if (mb_magic != MB_BOOT_MAGIC)
		return end;
	end = hv_max(end, mbi_pa + sizeof(*mbi));
	if (mbi->flags & MBI_CMDLINE && mbi->cmdline)
		end = hv_max(end, mbi->cmdline + hv_strlen(hv_boot_cmdline(mb_magic, mbi_pa)) + 1);
	if (mbi->flags & MBI_MMAP)
		end = hv_max(end, (uint64_t)mbi->mmap_addr + mbi->mmap_length);
	if (mbi->flags & MBI_MODS)
		end = hv_max(end, (uint64_t)mbi->mods_addr + mbi->mods_count * sizeof(struct mb_module));
	for (unsigned i = 0; hv_boot_module(mb_magic, mbi_pa, i, &m) == 0; i++) {
		end = hv_max(end, (uint64_t)m.data + m.size);
		end = hv_max(end, (uint64_t)m.string + hv_strlen(m.string) + 1);
	}
	return end;
}

/* The end of the machine's RAM that holds address from (its memory map, else mem_upper); 0 if none. */
uint64_t hv_boot_ram_end(uint32_t mb_magic, uint64_t mbi_pa, uint64_t from)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	uint64_t end = 0;

	if (mb_magic != MB_BOOT_MAGIC)
		return 0;
	if (mbi->flags & MBI_MMAP) {
		/* entries may come in any order and split one RAM area: grow until stable */
		for (int changed = 1; changed;) {
			changed = 0;
			for (uint64_t p = mbi->mmap_addr; p + 4 <= (uint64_t)mbi->mmap_addr + mbi->mmap_length;) {
				const struct mb_mmap *e = (const struct mb_mmap *)p;
				uint64_t at = end ? end : from;
				if (e->type == MB_MMAP_RAM && e->addr <= at && at < e->addr + e->len &&
				    e->addr + e->len > end) {
					end = e->addr + e->len;
					changed = 1;
				}
				p += e->size + 4;
			}
		}
		return end;
	}
	if (mbi->flags & MBI_MEM) {
		end = 0x100000ull + mbi->mem_upper * 1024ull;
		return from >= 0x100000 && from < end ? end : 0;
	}
	return 0;
}

/*
 * Guests and their modules: every module is a guest, run one after
 * another, except a module whose command line holds the word hv.initrd: it
 * belongs to the guest module before it (Linux: its initramfs; several are
 * concatenated in order, as GRUB's initrd command does).
 */
unsigned hv_boot_guests(uint32_t mb_magic, uint64_t mbi_pa)
{
	struct hv_module m;

	if (hv_planned)
		return hv_n_plan;
	hv_planned = 1;
	for (unsigned i = 0; hv_boot_module(mb_magic, mbi_pa, i, &m) == 0; i++) {
		if (hv_cmdline_has(m.string, "hv.initrd")) {
			if (!hv_n_plan)
				hv_printf("hv: module %u (\"%s\") is marked hv.initrd but no kernel module comes before it: ignored\n",
					  i, m.string);
			else
				hv_plan[hv_n_plan - 1].n_initrd++;
			continue;
		}
		if (hv_n_plan == HV_MAX_GUESTS) {
			hv_printf("hv: more than %u guest modules, only the first %u run\n",
				  HV_MAX_GUESTS, HV_MAX_GUESTS);
			break;
		}
		hv_plan[hv_n_plan++] = (struct hv_plan){ i, 0 };
	}
	return hv_n_plan;
}

/* Load guest g->index's module; its module string is its command line. */
int hv_guest_load(struct hv_guest *g, uint32_t mb_magic, uint64_t mbi_pa, struct hv_regs *r)
{
	struct hv_module k, rd[HV_MAX_INITRD];

	if (mb_magic != MB_BOOT_MAGIC) {
		hv_printf("hv: not started by a multiboot loader (eax=0x%x): boot hv.elf with GRUB\n", mb_magic);
		return -1;
	}
	if (g->index >= hv_boot_guests(mb_magic, mbi_pa)) {
		hv_printf("hv: no guest: add `module /boot/guest.elf <cmdline>` to grub.cfg\n");
		return -1;
	}
	const struct hv_plan *p = &hv_plan[g->index];
	hv_boot_module(mb_magic, mbi_pa, p->module, &k);
	hv_printf("hv: guest %u: module 0x%lx-0x%lx (%lu bytes) cmdline \"%s\"\n",
		  g->index, (uint64_t)k.data, (uint64_t)k.data + k.size, k.size, k.string);
	if (p->n_initrd > HV_MAX_INITRD) {
		hv_printf("hv: guest image refused: %u hv.initrd modules, at most %u\n", p->n_initrd, HV_MAX_INITRD);
		return -1;
	}
	for (unsigned i = 0; i < p->n_initrd; i++) {
		hv_boot_module(mb_magic, mbi_pa, p->module + 1 + i, &rd[i]);
		hv_printf("hv: guest %u: module 0x%lx-0x%lx (%lu bytes) \"%s\" is its initrd\n", g->index,
			  (uint64_t)rd[i].data, (uint64_t)rd[i].data + rd[i].size, rd[i].size, rd[i].string);
	}

	g->mem_hpa = hv_mem_hpa;
	g->mem_size = hv_mem_size;
	hv_memset((void *)g->mem_hpa, 0, g->mem_size);

	if (hv_linux_is_bzimage(k.data, k.size))
		return hv_linux_load(g, &k, rd, p->n_initrd, r);
	if (p->n_initrd) {
		hv_printf("hv: guest image refused: a multiboot guest takes no hv.initrd module (only a Linux bzImage does)\n");
		return -1;
	}
	size_t hoff = 0;
	const struct ab_mb_header *h = ab_mb_find(k.data, k.size, sizeof(*h), &hoff, NULL);
	if (!h) {
		hv_printf("hv: guest image refused: no multiboot header in its first 8 KiB\n");
		return -1;
	}
	int rc = (h->flags & AB_MB_HF_AOUT_KLUDGE) ? hv_load_kludge(g, k.data, k.size, h, hoff)
						   : hv_load_elf(g, k.data, k.size);
	if (rc)
		return rc;
	if (!hv_gpa_to_hva(g, g->entry, 1)) {
		hv_printf("hv: guest image refused: entry 0x%lx outside guest memory\n", g->entry);
		return -1;
	}
	return hv_guest_mbi(g, k.string, r);
}

/* The protocol's entry state beyond vmx_vmcs_setup()'s multiboot one. */
void hv_guest_boot_state(struct hv_guest *g)
{
	if (g->is_linux)
		hv_linux_boot_state(g);
}
