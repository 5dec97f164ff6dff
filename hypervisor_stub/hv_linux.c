/*
 * hv_linux.c - the Linux boot protocol (Documentation/x86/boot.rst of a
 * kernel tree), 32-bit entry: what GRUB's `linux` and `initrd` commands do,
 * for a bzImage that arrives as a multiboot module.
 *
 * The module convention (afterburn-run --on vtx writes it):
 *   module /boot/bzImage KERNEL COMMAND LINE     a guest: the bzImage
 *   module /boot/initramfs.cpio hv.initrd        its initrd (hv_guest.c: a
 *                                                module marked hv.initrd belongs
 *                                                to the guest module before it;
 *                                                several are concatenated)
 * GRUB hands over a module's words without its path, and the kernel gets
 * them as they are: afterburn-run starts them with the BOOT_IMAGE= word
 * GRUB's linux command would add.
 *
 * Guest-physical layout, each piece where no other is (hv_guest_place):
 *   0x100000 ..                 the protected-mode kernel (code32_start)
 *   pref_address .. +init_size  where it decompresses itself (claimed, so
 *                               nothing of ours is overwritten)
 *   top of RAM (below initrd_addr_max)   the initrd
 *   low memory from 0x1000      the zero page (struct boot_params), the
 *                               command line and the GDT
 * The zero page holds the image's setup header (copied as the protocol
 * says: 0x1f1 up to 0x202 + the byte at 0x201) with our fields filled in,
 * the e820 map of hv_guest_memmap(), and alt_mem_k.  The kernel copies what
 * it keeps before it touches low memory.
 *
 * Entry (32-bit protocol): flat 4 GiB __BOOT_CS (0x10, execute/read) and
 * __BOOT_DS (0x18, read/write) in a GDT of ours, protected mode with paging
 * off, interrupts off, ESI = the zero page, EBP = EDI = EBX = 0, at
 * code32_start.  Not the 64-bit entry: it needs identity page tables built
 * by the loader, and the 32-bit one is what every bzImage has.
 */
#include "hv.h"

/* Offsets into struct boot_params and its setup header (boot.rst). */
#define BP_ALT_MEM_K		0x1e0	/* u32 */
#define BP_E820_ENTRIES		0x1e8	/* u8 */
#define BP_SENTINEL		0x1ef	/* u8: must stay 0 */
#define BP_HDR			0x1f1	/* the setup header starts here */
#define BP_SETUP_SECTS		0x1f1	/* u8 */
#define BP_JUMP			0x200	/* u16: jmp short; its offset byte ends the header */
#define BP_HEADER		0x202	/* "HdrS" */
#define BP_VERSION		0x206	/* u16 */
#define BP_TYPE_OF_LOADER	0x210	/* u8 */
#define BP_LOADFLAGS		0x211	/* u8 */
#define BP_CODE32_START		0x214	/* u32 */
#define BP_RAMDISK_IMAGE	0x218	/* u32 */
#define BP_RAMDISK_SIZE		0x21c	/* u32 */
#define BP_HEAP_END_PTR		0x224	/* u16 */
#define BP_CMD_LINE_PTR		0x228	/* u32 */
#define BP_INITRD_ADDR_MAX	0x22c	/* u32 */
#define BP_CMDLINE_SIZE		0x238	/* u32 */
#define BP_PREF_ADDRESS		0x258	/* u64 */
#define BP_INIT_SIZE		0x260	/* u32 */
#define BP_E820_TABLE		0x2d0	/* 128 x { u64 addr, u64 size, u32 type } */
#define BP_E820_MAX		128

#define LF_LOADED_HIGH		0x01
#define LF_QUIET		0x20
#define LF_CAN_USE_HEAP		0x80
#define LNX_MIN_VERSION		0x020a	/* 2.10: pref_address and init_size */
#define LNX_LOAD_ADDR		0x100000ul
#define LNX_LOADER_UNDEFINED	0xff	/* type_of_loader of a boot loader with no assigned id */

/* Our GDT for the 32-bit protocol; TR needs a usable TSS at VM entry. */
#define LNX_BOOT_CS		0x10
#define LNX_BOOT_DS		0x18
#define LNX_TSS			0x20
static const uint64_t lnx_gdt[5] = {
	0,
	0,
	0x00cf9a000000ffffull,	/* 0x10 __BOOT_CS: flat 32-bit code, execute/read */
	0x00cf92000000ffffull,	/* 0x18 __BOOT_DS: flat data, read/write */
	0x00008b0000000067ull,	/* 0x20 busy 32-bit TSS at 0 (the VMCS TR base) */
};

static uint32_t lnx_u32(const uint8_t *p) { return p[0] | p[1] << 8 | p[2] << 16 | (uint32_t)p[3] << 24; }
static uint64_t lnx_u64(const uint8_t *p) { return lnx_u32(p) | (uint64_t)lnx_u32(p + 4) << 32; }

int hv_linux_is_bzimage(const uint8_t *img, uint64_t size)
{
	return size > BP_HEADER + 4 && !hv_memcmp(img + BP_HEADER, "HdrS", 4);
}

int hv_linux_load(struct hv_guest *g, const struct hv_module *kernel, const struct hv_module *initrd,
		  unsigned n_initrd, struct hv_regs *r)
{
	const uint8_t *img = kernel->data;
	uint64_t size = kernel->size;

	if (size < 0x1000) {
		hv_printf("hv: guest image refused: a Linux header in a %lu-byte file: a cut bzImage\n", size);
		return -1;
	}
	unsigned version = img[BP_VERSION] | img[BP_VERSION + 1] << 8;
	unsigned setup = img[BP_SETUP_SECTS] ? img[BP_SETUP_SECTS] : 4;	/* 0 means 4 */
	uint64_t hdr_end = BP_JUMP + 2 + img[BP_JUMP + 1];
	uint64_t pm_off = (uint64_t)(setup + 1) * 512;
	if (version < LNX_MIN_VERSION) {
		hv_printf("hv: guest image refused: Linux boot protocol %u.%02u is too old: want 2.10 or later\n",
			  version >> 8, version & 0xff);
		return -1;
	}
	if (!(img[BP_LOADFLAGS] & LF_LOADED_HIGH)) {
		hv_printf("hv: guest image refused: a zImage (loadflags bit 0 clear): only a bzImage boots at 1 MiB\n");
		return -1;
	}
	if (pm_off >= size || hdr_end > BP_E820_TABLE || hdr_end > pm_off) {
		hv_printf("hv: guest image refused: setup header to 0x%lx, %u setup sectors, %lu bytes: a damaged bzImage\n",
			  hdr_end, setup, size);
		return -1;
	}
	uint64_t pm_size = size - pm_off;
	uint64_t pref = lnx_u64(img + BP_PREF_ADDRESS), init_size = lnx_u32(img + BP_INIT_SIZE);
	uint64_t cmdline_size = lnx_u32(img + BP_CMDLINE_SIZE);
	uint64_t initrd_max = lnx_u32(img + BP_INITRD_ADDR_MAX);
	g->is_linux = 1;

	/* The kernel, and where it will decompress itself (non-relocatable: pref_address). */
	if (!hv_guest_claim(g, "the protected-mode kernel", LNX_LOAD_ADDR, pm_size) ||
	    !hv_guest_claim(g, "the kernel's decompression area (pref_address + init_size)", pref, init_size))
		return -1;
	hv_memcpy(hv_gpa_to_hva(g, LNX_LOAD_ADDR, pm_size), img + pm_off, pm_size);

	/* The initrd: highest RAM it may use, the hv.initrd modules back to back (4-byte aligned, as cpio wants). */
	uint64_t rd_size = 0, rd_gpa = 0;
	for (unsigned i = 0; i < n_initrd; i++)
		rd_size = ((rd_size + 3) & ~3ull) + initrd[i].size;
	if (rd_size) {
		rd_gpa = hv_guest_place(g, "the initrd", rd_size, HV_PAGE, HV_HOLE_END, initrd_max + 1, 1);
		if (rd_gpa == HV_NO_ROOM)
			return -1;
		uint64_t at = 0;
		for (unsigned i = 0; i < n_initrd; i++) {
			at = (at + 3) & ~3ull;
			hv_memcpy(hv_gpa_to_hva(g, rd_gpa + at, initrd[i].size), initrd[i].data, initrd[i].size);
			at += initrd[i].size;
		}
	}

	/* Zero page, command line, GDT: low memory, above the IVT and BIOS data area. */
	uint64_t zp = hv_guest_place(g, "the zero page", HV_PAGE, HV_PAGE, 0x1000, HV_LOW_END, 0);
	uint64_t cl = zp == HV_NO_ROOM ? HV_NO_ROOM :
		hv_guest_place(g, "the kernel command line", cmdline_size + 1, 16, 0x1000, HV_LOW_END, 0);
	uint64_t gdt = cl == HV_NO_ROOM ? HV_NO_ROOM :
		hv_guest_place(g, "the boot GDT", sizeof(lnx_gdt), 16, 0x1000, HV_LOW_END, 0);
	if (gdt == HV_NO_ROOM)
		return -1;
	char *cmd = hv_gpa_to_hva(g, cl, cmdline_size + 1);
	uint64_t cmd_len = hv_strlen(kernel->string);
	if (cmd_len > cmdline_size) {
		hv_printf("hv: guest image refused: kernel command line of %lu bytes is longer than the kernel's cmdline_size %lu\n",
			  cmd_len, cmdline_size);
		return -1;
	}
	hv_memcpy(cmd, kernel->string, cmd_len + 1);
	hv_memcpy(hv_gpa_to_hva(g, gdt, sizeof(lnx_gdt)), lnx_gdt, sizeof(lnx_gdt));

	uint8_t *bp = hv_gpa_to_hva(g, zp, HV_PAGE);
	hv_memset(bp, 0, HV_PAGE);
	hv_memcpy(bp + BP_HDR, img + BP_HDR, hdr_end - BP_HDR);
	bp[BP_TYPE_OF_LOADER] = LNX_LOADER_UNDEFINED;
	bp[BP_LOADFLAGS] = (bp[BP_LOADFLAGS] | LF_LOADED_HIGH) & ~(LF_QUIET | LF_CAN_USE_HEAP);
	*(uint32_t *)(bp + BP_CODE32_START) = (uint32_t)LNX_LOAD_ADDR;
	*(uint32_t *)(bp + BP_RAMDISK_IMAGE) = (uint32_t)rd_gpa;
	*(uint32_t *)(bp + BP_RAMDISK_SIZE) = (uint32_t)rd_size;
	*(uint16_t *)(bp + BP_HEAP_END_PTR) = 0;
	*(uint32_t *)(bp + BP_CMD_LINE_PTR) = (uint32_t)cl;
	struct hv_memrange map[HV_MEMMAP_N];
	unsigned n_map = hv_guest_memmap(g, map);
	_Static_assert(HV_MEMMAP_N <= BP_E820_MAX, "e820 table");
	for (unsigned i = 0; i < n_map; i++) {
		uint8_t *e = bp + BP_E820_TABLE + 20 * i;
		*(uint64_t *)e = map[i].addr;
		*(uint64_t *)(e + 8) = map[i].len;
		*(uint32_t *)(e + 16) = map[i].type;
	}
	bp[BP_E820_ENTRIES] = (uint8_t)n_map;
	*(uint32_t *)(bp + BP_ALT_MEM_K) = (uint32_t)((g->mem_size - HV_HOLE_END) / 1024);
	_Static_assert(BP_SENTINEL < BP_HDR, "the sentinel stays 0 (memset)");

	g->entry = LNX_LOAD_ADDR;
	g->gdt_gpa = gdt;
	g->mbi_gpa = zp;
	g->cmdline = cmd;
	hv_memset(r, 0, sizeof(*r));
	r->rsi = zp;			/* boot.rst: ESI = boot_params; EBP, EDI, EBX = 0 */
	hv_printf("hv: guest %u: Linux boot protocol %u.%02u: kernel 0x%lx-0x%lx, decompresses at 0x%lx-0x%lx, "
		  "initrd 0x%lx-0x%lx (%lu bytes), zero page 0x%lx, command line 0x%lx, e820: RAM 0x0-0x%llx, "
		  "reserved 0x%llx-0x%llx, RAM 0x%llx-0x%lx\n",
		  g->index, version >> 8, version & 0xff, LNX_LOAD_ADDR, LNX_LOAD_ADDR + pm_size - 1, pref,
		  pref + init_size - 1, rd_gpa, rd_size ? rd_gpa + rd_size - 1 : 0, rd_size, zp, cl,
		  HV_LOW_END - 1, HV_LOW_END, HV_HOLE_END - 1, HV_HOLE_END, g->mem_size - 1);
	hv_printf("hv: guest %u: kernel command line \"%s\"\n", g->index, cmd);
	return 0;
}

/* After vmx_vmcs_setup(): its segments are flat already; the selectors and GDT are the protocol's. */
void hv_linux_boot_state(struct hv_guest *g)
{
	vmx_write(VMCS_GUEST_CS_SEL, LNX_BOOT_CS);
	vmx_write(VMCS_GUEST_SS_SEL, LNX_BOOT_DS);
	vmx_write(VMCS_GUEST_DS_SEL, LNX_BOOT_DS);
	vmx_write(VMCS_GUEST_ES_SEL, LNX_BOOT_DS);
	vmx_write(VMCS_GUEST_FS_SEL, LNX_BOOT_DS);
	vmx_write(VMCS_GUEST_GS_SEL, LNX_BOOT_DS);
	vmx_write(VMCS_GUEST_TR_SEL, LNX_TSS);
	vmx_write(VMCS_GUEST_GDTR_BASE, g->gdt_gpa);
	vmx_write(VMCS_GUEST_GDTR_LIMIT, sizeof(lnx_gdt) - 1);
}
