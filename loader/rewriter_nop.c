/*
 * rewriter_nop.c - recognise and write the NOP encodings of site pads.
 *
 * The afterburner pads every site with gas `.nops`.  The rewriter must tell
 * an intact pad from anything else (a stale record, an altered image), so it
 * accepts exactly the encodings gas 2.40 emits for `.nops 1..11` on x86-64
 * and nothing else - not even other architecturally valid NOPs such as
 * `0f 1f c0` or `2e 90`: their presence would mean the pad was not written
 * by our toolchain.  The encodings (measured with `as` on this toolchain):
 *    1  90                         7  0f 1f 80 00 00 00 00
 *    2  66 90                      8  0f 1f 84 00 00 00 00 00
 *    3  0f 1f 00                   9  66 0f 1f 84 00 00 00 00 00
 *    4  0f 1f 40 00               10  66 2e 0f 1f 84 00 00 00 00 00
 *    5  0f 1f 44 00 00            11  66 66 2e 0f 1f 84 00 00 00 00 00
 *    6  66 0f 1f 44 00 00
 * Longer runs are sequences of these.  The grammar accepted is a little
 * wider than the table (any count of 0x66 and at most one 0x2e before
 * `0f 1f`, total <= 15 bytes) so other gas tunings still verify, but the
 * ModRM/SIB/displacement bytes must be the all-zero forms above.
 * Freestanding: no libc.
 */
#include "rewriter_int.h"

#define NOP_ONE		0x90	/* nop (xchg %eax,%eax without REX) */
#define NOP_OPSIZE	0x66	/* operand-size prefix */
#define NOP_CS		0x2e	/* cs segment override (ignored in 64-bit mode) */
#define NOP_ESC		0x0f	/* two-byte opcode escape */
#define NOP_MULTI	0x1f	/* 0f 1f /0 = nopw/nopl r/m */
#define X86_INSN_MAX	15	/* architectural instruction length limit */

/* ModRM forms gas uses for nopl: bytes that follow the ModRM byte. */
static size_t nop_modrm_tail(uint8_t modrm)
{
	switch (modrm) {
	case 0x00: return 0;	/* (%rax) */
	case 0x40: return 1;	/* disp8(%rax) */
	case 0x44: return 2;	/* disp8(%rax,%rax,1): SIB + disp8 */
	case 0x80: return 4;	/* disp32(%rax) */
	case 0x84: return 5;	/* disp32(%rax,%rax,1): SIB + disp32 */
	default: return (size_t)-1;
	}
}

size_t ab_rw_nop_len(const uint8_t *p, size_t avail)
{
	size_t i = 0, n_cs = 0, tail, j;

	if (avail > X86_INSN_MAX)
		avail = X86_INSN_MAX;
	while (i < avail && (p[i] == NOP_OPSIZE || p[i] == NOP_CS)) {
		if (p[i] == NOP_CS) {
			n_cs++;
		} else if (n_cs) {
			return 0;	/* gas puts 0x66 before cs, never after */
		}
		i++;
	}
	if (i >= avail)
		return 0;
	if (p[i] == NOP_ONE)	/* 90 and 66 90 only */
		return (n_cs == 0 && i <= 1) ? i + 1 : 0;
	if (n_cs > 1 || p[i] != NOP_ESC || i + 3 > avail || p[i + 1] != NOP_MULTI)
		return 0;
	tail = nop_modrm_tail(p[i + 2]);
	if (tail == (size_t)-1 || i + 3 + tail > avail)
		return 0;
	for (j = 0; j < tail; j++)	/* SIB (%rax,%rax,1) = 0 and zero displacements */
		if (p[i + 3 + j] != 0)
			return 0;
	return i + 3 + tail;
}

/* gas's table, indexed by length (longer fills chain the 11-byte form). */
const uint8_t ab_rw_nop_table[AB_RW_NOP_MAX + 1][AB_RW_NOP_MAX] = {
	[1]  = { 0x90 },
	[2]  = { 0x66, 0x90 },
	[3]  = { 0x0f, 0x1f, 0x00 },
	[4]  = { 0x0f, 0x1f, 0x40, 0x00 },
	[5]  = { 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	[6]  = { 0x66, 0x0f, 0x1f, 0x44, 0x00, 0x00 },
	[7]  = { 0x0f, 0x1f, 0x80, 0x00, 0x00, 0x00, 0x00 },
	[8]  = { 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
	[9]  = { 0x66, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
	[10] = { 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
	[11] = { 0x66, 0x66, 0x2e, 0x0f, 0x1f, 0x84, 0x00, 0x00, 0x00, 0x00, 0x00 },
};

int ab_is_nop_run(const uint8_t *p, size_t len)
{
	/* the common case, a pad exactly as gas writes it: one compare */
	if (len <= AB_RW_NOP_MAX && rw_equal_small(p, ab_rw_nop_table[len], len))
		return 1;
	while (len) {
		size_t n = ab_rw_nop_len(p, len);

		if (!n)
			return 0;
		p += n;
		len -= n;
	}
	return 1;
}

void ab_rw_nop_fill(uint8_t *p, size_t len)
{
	if (len <= AB_RW_NOP_MAX) {	/* one NOP, as it is for almost every pad */
		rw_copy_small(p, ab_rw_nop_table[len], len);
		return;
	}
	while (len) {
		size_t n = len > AB_RW_NOP_MAX ? AB_RW_NOP_MAX : len, i;

		for (i = 0; i < n; i++)
			p[i] = ab_rw_nop_table[n][i];
		p += n;
		len -= n;
	}
}
