/*
 * include/afterburn/multiboot.h - the Multiboot v1 image header, as the
 * three loaders of this tree read it: afterburn-run's image check (host),
 * afterburn-kvm's loader (host) and the VT-x hypervisor's guest loader
 * (freestanding).  Finding the header and working out what the a.out kludge
 * copies from the file are written once here; each loader keeps its own
 * messages and its own further checks (bss, entry, guest memory).
 * Multiboot Specification 0.6.96, section 3.1.  No libc.
 */
#ifndef AFTERBURN_MULTIBOOT_H
#define AFTERBURN_MULTIBOOT_H

#include <stddef.h>
#include <stdint.h>

#define AB_MB_HEADER_MAGIC	0x1badb002u
#define AB_MB_HEADER_SEARCH	8192u		/* the header lies in the first 8 KiB */
#define AB_MB_HEADER_MIN	12u		/* magic, flags, checksum */
#define AB_MB_HF_VIDEO		(1u << 2)
#define AB_MB_HF_AOUT_KLUDGE	(1u << 16)	/* the header says where the file's bytes go */

struct ab_mb_header {
	uint32_t magic, flags, checksum;
	/* only with AB_MB_HF_AOUT_KLUDGE: */
	uint32_t header_addr, load_addr, load_end_addr, bss_end_addr, entry_addr;
};

/*
 * The first header (4-byte aligned, in the first 8 KiB, with at least
 * `need` of its bytes inside buf) whose checksum is right; its offset in
 * *hoff.  NULL if none; *bad_sum (if given) is then the offset of the first
 * magic with a wrong checksum, or (size_t)-1.  buf must be 4-byte aligned.
 */
static inline const struct ab_mb_header *ab_mb_find(const uint8_t *buf, size_t len, size_t need,
						    size_t *hoff, size_t *bad_sum)
{
	if (bad_sum)
		*bad_sum = (size_t)-1;
	for (size_t off = 0; off + need <= len && off < AB_MB_HEADER_SEARCH; off += 4) {
		const struct ab_mb_header *c = (const struct ab_mb_header *)(const void *)(buf + off);

		if (c->magic != AB_MB_HEADER_MAGIC)
			continue;
		if ((uint32_t)(c->magic + c->flags + c->checksum) == 0) {
			*hoff = off;
			return c;
		}
		if (bad_sum && *bad_sum == (size_t)-1)
			*bad_sum = off;
	}
	return NULL;
}

/* What the a.out kludge copies: file bytes [foff, foff + end - load) to load. */
struct ab_mb_aout {
	uint64_t foff, load, end;
};

enum ab_mb_aout_err {
	AB_MB_AOUT_OK,
	AB_MB_AOUT_ADDRS,	/* header_addr/load_addr do not fit the header's file offset */
	AB_MB_AOUT_END,		/* load_end_addr below load_addr */
	AB_MB_AOUT_SHORT,	/* wants more bytes than the file has */
};

/*
 * The kludge of header h at file offset hoff in a file of size bytes (the
 * whole header must lie inside the file).  load_end_addr 0 means "to the
 * end of the file".  bss_end_addr and entry_addr are the caller's to check.
 */
static inline enum ab_mb_aout_err ab_mb_aout(const struct ab_mb_header *h, uint64_t hoff,
					     uint64_t size, struct ab_mb_aout *a)
{
	if (h->load_addr > h->header_addr || h->header_addr - h->load_addr > hoff)
		return AB_MB_AOUT_ADDRS;
	a->foff = hoff - (h->header_addr - h->load_addr);
	a->load = h->load_addr;
	a->end = h->load_end_addr ? h->load_end_addr : h->load_addr + (size - a->foff);
	if (a->end < a->load)
		return AB_MB_AOUT_END;
	if (a->foff + (a->end - a->load) > size)
		return AB_MB_AOUT_SHORT;
	return AB_MB_AOUT_OK;
}

#endif
