/*
 * afterburn/profile.h - stable site IDs and the profile that the second
 * build pass reads (issue 4).  Host tools only (afterburn, afterburn-kvm,
 * afterburn-sites); nothing here is loaded into a guest.
 *
 * First pass (every afterburn run): each candidate memory-writing
 * instruction of 64-bit code gets a local label and one struct ab_id_rec in
 * the NON-allocated section AB_IDS_SECTION (flags "", like .comment), so
 * the image layout does not change; ld resolves the address.  Each object
 * also puts the base name of its source file, NUL terminated, into the
 * non-allocated AB_IDFILES_SECTION, so a tool can name the file of a record
 * (rec.file == ab_fnv32 of that name) and list the program's sources.
 *
 * ID = FNV-1a 32 of  file '\0' function '\0' text '\0' ordinal  (0 -> 1):
 *   file      base name of the primary source (.file "x.c" / first linemarker)
 *   function  the last non-local label (not .L*, not numeric) before the insn
 *   text      the statement, whitespace removed except one blank after the
 *             mnemonic, lower case, gcc's local labels .L<letters><digits>
 *             reduced to .L<letters> (their numbers shift with unrelated code)
 *   ordinal   how many identical (function, text) pairs came before it
 * So an ID survives edits of other functions, of other files and inserted
 * lines; it changes when its own function's code for it changes (other
 * registers, other operands) or when an identical store is added before it
 * in the same function.  Collisions of the 32-bit hash are possible in
 * principle: afterburn-sites verify reports an ID that matches two places.
 *
 * Profile (text, written by afterburn-kvm --profile, read by afterburn
 * --profile=FILE and afterburn-sites verify --profile FILE):
 *   line 1    AB_PROFILE_MAGIC
 *   program files=a.c,b.S,...      sources of the profiled program (sorted)
 *   site ID KIND COUNT FILE WHERE ; TEXT     one per profiled instruction
 *        ID 8 hex digits, KIND pt-write|mmio-read|mmio-write, COUNT decimal,
 *        FILE source base name, WHERE symbol+offset (for humans), TEXT the
 *        disassembly (for humans)
 *   '#' lines are comments (afterburn-kvm keeps its address-level detail,
 *   the image identity and the table frames for --profile-seed there).
 */
#ifndef AFTERBURN_PROFILE_H
#define AFTERBURN_PROFILE_H

#include <stddef.h>
#include <stdint.h>

#define AB_IDS_SECTION		"afterburn_ids"
#define AB_IDFILES_SECTION	"afterburn_idfiles"
#define AB_PROFILE_MAGIC	"afterburn-profile 2"

struct ab_id_rec {
	uint64_t addr;		/* instruction start (link address) */
	uint32_t id;		/* stable ID, never 0 */
	uint32_t file;		/* ab_fnv32 of the source base name */
};

_Static_assert(sizeof(struct ab_id_rec) == 16, "ab_id_rec is 16 bytes");

#define AB_FNV32_INIT	2166136261u

/* Length of a string including its NUL (the ID hashes the terminators). */
static inline size_t ab_strlen0(const char *s)
{
	size_t n = 0;
	while (s[n])
		n++;
	return n + 1;
}

static inline uint32_t ab_fnv32(uint32_t h, const void *p, size_t n)
{
	const unsigned char *c = (const unsigned char *)p;
	for (size_t i = 0; i < n; i++) {
		h ^= c[i];
		h *= 16777619u;
	}
	return h;
}

/* The stable ID of an instruction (the definition above): the afterburner's
 * assembly text and the LLVM plugin's IR text both go through this. */
static inline uint32_t ab_id_of(const char *file, const char *func, const char *text, unsigned ordinal)
{
	char ord[12];
	unsigned n = 0, v = ordinal;
	uint32_t h = AB_FNV32_INIT;

	do {			/* decimal, most significant digit first */
		ord[n++] = (char)('0' + v % 10);
		v /= 10;
	} while (v);
	for (unsigned i = 0; i < n / 2; i++) {
		char c = ord[i];
		ord[i] = ord[n - 1 - i];
		ord[n - 1 - i] = c;
	}
	h = ab_fnv32(h, file, ab_strlen0(file));
	h = ab_fnv32(h, func, ab_strlen0(func));
	h = ab_fnv32(h, text, ab_strlen0(text));
	h = ab_fnv32(h, ord, n);
	return h ? h : 1;
}

#endif /* AFTERBURN_PROFILE_H */
