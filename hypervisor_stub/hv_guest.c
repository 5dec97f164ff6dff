/*
 * hv_guest.c - turn the first multiboot module into a running guest's RAM:
 * find its multiboot header, copy its image to the guest-physical addresses
 * it asks for (a.out kludge addresses, else ELF program headers), and give it
 * the multiboot information a boot loader would (memory map, command line).
 *
 * Every guest-physical range is checked against the guest's memory; a guest
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

/* Where our boot-loader data goes in guest-physical memory (below 640 KiB). */
#define GUEST_BOOT_PAGE		0x8000ull
#define GUEST_GDT		(GUEST_BOOT_PAGE + 0x000)
#define GUEST_MBI		(GUEST_BOOT_PAGE + 0x100)
#define GUEST_MMAP		(GUEST_BOOT_PAGE + 0x200)
#define GUEST_LOADER_NAME	(GUEST_BOOT_PAGE + 0x300)
#define GUEST_CMDLINE		(GUEST_BOOT_PAGE + 0x400)
#define GUEST_CMDLINE_MAX	0xc00

extern char __hv_bss_end[];

static int hv_guest_range_ok(struct hv_guest *g, const char *what, uint64_t gpa, uint64_t len)
{
	if (!hv_gpa_to_hva(g, gpa, len)) {
		hv_printf("hv: guest image refused: %s 0x%lx-0x%lx lies outside guest memory 0x0-0x%lx\n",
			  what, gpa, gpa + len, g->mem_size);
		return 0;
	}
	if (gpa < GUEST_BOOT_PAGE + HV_PAGE && gpa + len > GUEST_BOOT_PAGE) {
		hv_printf("hv: guest image refused: %s 0x%lx-0x%lx overlaps the boot page 0x%llx\n",
			  what, gpa, gpa + len, GUEST_BOOT_PAGE);
		return 0;
	}
	return 1;
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
	if (!hv_guest_range_ok(g, "load range", h->load_addr, bss - h->load_addr))
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
		if (!hv_guest_range_ok(g, "ELF segment", pa, msz))
			return -1;
		hv_memcpy(hv_gpa_to_hva(g, pa, 0), img + off, fsz);
	}
	hv_printf("hv: guest image: ELF%d segments loaded, entry 0x%lx\n", is64 ? 64 : 32, g->entry);
	return 0;
}

/* The guest's multiboot information: what GRUB would hand it in our place. */
static void hv_guest_mbi(struct hv_guest *g, const char *cmdline, struct hv_regs *r)
{
	static const char name[] = "AfterburnVMM hypervisor_stub";
	static const uint64_t gdt[4] = {
		0,
		0x00cf9a000000ffffull,	/* 0x08 flat 32-bit code */
		0x00cf92000000ffffull,	/* 0x10 flat data */
		0x00008b0000000067ull,	/* 0x18 busy 32-bit TSS at 0 (matches the VMCS TR) */
	};
	struct mb_info *mbi = hv_gpa_to_hva(g, GUEST_MBI, sizeof(*mbi));
	struct mb_mmap *mm = hv_gpa_to_hva(g, GUEST_MMAP, 4 * sizeof(*mm));
	const struct mb_mmap map[4] = {
		{ 20, 0, 0x9fc00, MB_MMAP_RAM },
		{ 20, 0x9fc00, 0x400, MB_MMAP_RESERVED },
		{ 20, 0xf0000, 0x10000, MB_MMAP_RESERVED },
		{ 20, 0x100000, g->mem_size - 0x100000, MB_MMAP_RAM },
	};
	size_t n = hv_strlen(cmdline);
	if (n >= GUEST_CMDLINE_MAX) {	/* said, never silent: afterburn-run refuses such lines */
		hv_printf("hv: guest %u: command line of %lu bytes cut to the %u the guest gets\n",
			  g->index, (unsigned long)n, GUEST_CMDLINE_MAX - 1);
		n = GUEST_CMDLINE_MAX - 1;
	}

	hv_memcpy(hv_gpa_to_hva(g, GUEST_GDT, sizeof(gdt)), gdt, sizeof(gdt));
	hv_memcpy(mm, map, sizeof(map));
	hv_memcpy(hv_gpa_to_hva(g, GUEST_LOADER_NAME, sizeof(name)), name, sizeof(name));
	char *cl = hv_gpa_to_hva(g, GUEST_CMDLINE, GUEST_CMDLINE_MAX);
	hv_memcpy(cl, cmdline, n);
	cl[n] = 0;
	hv_memset(mbi, 0, sizeof(*mbi));
	mbi->flags = MBI_MEM | MBI_CMDLINE | MBI_MMAP | MBI_LOADER_NAME;
	mbi->mem_lower = 639;
	mbi->mem_upper = (uint32_t)((g->mem_size - 0x100000) / 1024);
	mbi->cmdline = GUEST_CMDLINE;
	mbi->mmap_addr = GUEST_MMAP;
	mbi->mmap_length = sizeof(map);
	mbi->boot_loader_name = GUEST_LOADER_NAME;

	g->gdt_gpa = GUEST_GDT;
	g->mbi_gpa = GUEST_MBI;
	g->cmdline = cl;
	hv_memset(r, 0, sizeof(*r));
	r->rax = MB_BOOT_MAGIC;		/* spec 3.2: EAX magic, EBX info */
	r->rbx = GUEST_MBI;
}

const char *hv_boot_cmdline(uint32_t mb_magic, uint64_t mbi_pa)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	if (mb_magic != MB_BOOT_MAGIC || !(mbi->flags & MBI_CMDLINE) || !mbi->cmdline)
		return "";
	return (const char *)(uint64_t)mbi->cmdline;
}

unsigned hv_boot_modules(uint32_t mb_magic, uint64_t mbi_pa)
{
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	if (mb_magic != MB_BOOT_MAGIC || !(mbi->flags & MBI_MODS))
		return 0;
	return mbi->mods_count;
}

/* Load module g->index as the guest; its module string is its command line. */
int hv_guest_load(struct hv_guest *g, uint32_t mb_magic, uint64_t mbi_pa, struct hv_regs *r)
{
	if (mb_magic != MB_BOOT_MAGIC) {
		hv_printf("hv: not started by a multiboot loader (eax=0x%x): boot hv.elf with GRUB\n", mb_magic);
		return -1;
	}
	const struct mb_info *mbi = (const struct mb_info *)mbi_pa;
	if (!(mbi->flags & MBI_MODS) || mbi->mods_count <= g->index) {
		hv_printf("hv: no guest: add `module /boot/guest.elf <cmdline>` to grub.cfg\n");
		return -1;
	}
	if (!(mbi->flags & MBI_MEM) || 0x100000ull + mbi->mem_upper * 1024ull < HV_GUEST_HPA + HV_GUEST_MEM) {
		hv_printf("hv: need RAM up to 0x%llx for the guest, have 0x%llx (bochsrc megs)\n",
			  HV_GUEST_HPA + HV_GUEST_MEM, 0x100000ull + mbi->mem_upper * 1024ull);
		return -1;
	}
	const struct mb_module *mod = (const struct mb_module *)(uint64_t)mbi->mods_addr + g->index;
	const uint8_t *img = (const uint8_t *)(uint64_t)mod->mod_start;
	uint64_t size = mod->mod_end - mod->mod_start;
	const char *cmdline = mod->string ? (const char *)(uint64_t)mod->string : "";
	const struct mb_module *last = (const struct mb_module *)(uint64_t)mbi->mods_addr + mbi->mods_count - 1;
	if ((uint64_t)__hv_bss_end > HV_GUEST_HPA || mod->mod_end > HV_GUEST_HPA || last->mod_end > HV_GUEST_HPA) {
		hv_printf("hv: module 0x%x-0x%x or hypervisor end %p overlaps guest RAM at 0x%llx\n",
			  mod->mod_start, mod->mod_end, __hv_bss_end, HV_GUEST_HPA);
		return -1;
	}
	hv_printf("hv: guest %u: module 0x%x-0x%x (%lu bytes) cmdline \"%s\"\n",
		  g->index, mod->mod_start, mod->mod_end, size, cmdline);

	g->mem_hpa = HV_GUEST_HPA;
	g->mem_size = HV_GUEST_MEM;
	hv_memset((void *)g->mem_hpa, 0, g->mem_size);

	size_t hoff = 0;
	const struct ab_mb_header *h = ab_mb_find(img, size, sizeof(*h), &hoff, NULL);
	if (!h) {
		hv_printf("hv: guest image refused: no multiboot header in its first 8 KiB\n");
		return -1;
	}
	int rc = (h->flags & AB_MB_HF_AOUT_KLUDGE) ? hv_load_kludge(g, img, size, h, hoff)
						   : hv_load_elf(g, img, size);
	if (rc)
		return rc;
	if (!hv_gpa_to_hva(g, g->entry, 1)) {
		hv_printf("hv: guest image refused: entry 0x%lx outside guest memory\n", g->entry);
		return -1;
	}
	hv_guest_mbi(g, cmdline, r);
	return 0;
}
