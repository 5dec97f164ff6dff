/*
 * rewriter_operand.c - the record's operands against the instruction bytes.
 *
 * A back end acts on the record (port, width, direction of an in/out come
 * from imm/form/opsize/cls), never on a second decoding of the bytes.  So a
 * record that disagrees with its instruction would make a handler do
 * something else than the instruction: the rewriter checks every record
 * whose operands it can decode here before it writes any site
 * (-AB_RW_EOPERAND), and handlers may check again at run time.
 *
 * Decoded: port I/O, the only class whose handlers take operands from the
 * record today (in/out: e4-e7 imm8, ec-ef %dx; ins/outs: 6c-6f).  Every
 * other class is left alone (1).  Prefixes accepted: 66 (operand size),
 * REX (ignored by these opcodes), and for ins/outs also rep (f3/f2), 67
 * and segment overrides; anything else makes the bytes no such instruction.
 * Freestanding.
 */
#include "rewriter_int.h"

int ab_io_decode(const uint8_t *p, size_t avail, struct ab_io_insn *io)
{
	size_t i = 0;
	int opsz16 = 0, rep = 0, string_only = 0;

	for (; i < avail && i < AB_SITE_MAX_INSN_LEN; i++) {
		uint8_t b = p[i];
		if (b == 0x66)
			opsz16 = 1;
		else if (b == 0xf3 || b == 0xf2)
			rep = string_only = 1;
		else if (b == 0x67 || b == 0x26 || b == 0x2e || b == 0x36 || b == 0x3e || b == 0x64 || b == 0x65)
			string_only = 1;
		else
			break;
	}
	if (i < avail && (p[i] & 0xf0) == 0x40)	/* REX: last prefix, no effect on port I/O */
		i++;
	if (i >= avail)
		return 0;
	uint8_t op = p[i++];
	unsigned wide = op & 1;

	io->size = wide ? (opsz16 ? 2 : 4) : 1;
	io->rep = (uint8_t)rep;
	io->port = 0;
	if ((op & 0xfc) == 0x6c) {		/* 6c/6d ins, 6e/6f outs */
		io->cls = (op & 2) ? AB_CLASS_OUTS : AB_CLASS_INS;
		io->form = AB_FORM_DX;
	} else if (string_only) {
		return 0;
	} else if ((op & 0xf4) == 0xe4) {	/* e4-e7 imm8, ec-ef %dx */
		io->cls = (op & 2) ? AB_CLASS_OUT : AB_CLASS_IN;
		if (op & 8) {
			io->form = AB_FORM_DX;
		} else {
			if (i >= avail)
				return 0;
			io->form = AB_FORM_IMM;
			io->port = p[i++];
		}
	} else {
		return 0;
	}
	io->len = (uint8_t)i;
	return 1;
}

int ab_site_operands_match(const struct ab_site *r, const uint8_t *insn)
{
	struct ab_io_insn io;

	if (r->cls != AB_CLASS_IN && r->cls != AB_CLASS_OUT && r->cls != AB_CLASS_INS && r->cls != AB_CLASS_OUTS)
		return 1;
	if (r->insn_len && (insn[0] & 0xf4) == 0xe4) {
		/*
		 * in/out without a prefix (e4-e7 imm8, ec-ef %dx), what almost
		 * every port I/O site is: what ab_io_decode would say, without
		 * its prefix loop (the rewriter checks each at boot).
		 */
		uint8_t op = insn[0];
		int dx = (op & 8) != 0;

		if (r->insn_len != (dx ? 1 : 2) || r->cls != ((op & 2) ? AB_CLASS_OUT : AB_CLASS_IN) ||
		    r->opsize != ((op & 1) ? 4 : 1) || r->form != (dx ? AB_FORM_DX : AB_FORM_IMM))
			return 0;
		return dx || (uint32_t)r->imm == insn[1];
	}
	if (!ab_io_decode(insn, r->insn_len, &io) || io.len != r->insn_len || io.cls != r->cls ||
	    io.size != r->opsize || io.form != r->form)
		return 0;
	if (io.cls == AB_CLASS_IN || io.cls == AB_CLASS_OUT)
		return io.form == AB_FORM_DX || (uint32_t)r->imm == io.port;
	return !(r->flags & AB_SITE_F_REP) == !io.rep;
}
