/*
 * bytes.c - instructions hidden in data directives (.byte 0x0f,0x01,0xcb)
 * in executable sections.  They cannot be padded (the afterburner does not
 * know their boundaries for sure), but they must not pass silently: decode
 * them with Zydis, format them in AT&T syntax and run the same classifier
 * as for mnemonics, so "sensitive" means one thing everywhere.
 */
#include <dlfcn.h>
#include <string.h>
#include <Zydis/Zydis.h>
#include "afterburner.h"

/*
 * Zydis is loaded on first use: most inputs have no data in code, and
 * linking it into every assembler run would cost ~0.4 ms of dynamic
 * linking per compile (afterburn-cc's budget is about a millisecond).
 */
static struct {
	__typeof__(&ZydisDecoderInit) dec_init;
	__typeof__(&ZydisFormatterInit) fmt_init;
	__typeof__(&ZydisDecoderDecodeFull) decode;
	__typeof__(&ZydisFormatterFormatInstruction) format;
} zy;

static int zydis_load(void)
{
	static int state;	/* 0 not tried, 1 ok, -1 failed */
	void *h;

	if (state)
		return state;
	h = dlopen("libZydis.so.4", RTLD_NOW);
	if (!h)
		h = dlopen("libZydis.so", RTLD_NOW);
	if (h) {
		zy.dec_init = (__typeof__(zy.dec_init))dlsym(h, "ZydisDecoderInit");
		zy.fmt_init = (__typeof__(zy.fmt_init))dlsym(h, "ZydisFormatterInit");
		zy.decode = (__typeof__(zy.decode))dlsym(h, "ZydisDecoderDecodeFull");
		zy.format = (__typeof__(zy.format))dlsym(h, "ZydisFormatterFormatInstruction");
	}
	state = h && zy.dec_init && zy.fmt_init && zy.decode && zy.format ? 1 : -1;
	return state;
}

int ab_bytes_available(void)
{
	return zydis_load() > 0;
}

size_t ab_bytes_scan(const uint8_t *buf, size_t len, unsigned bits,
		     void (*hit)(void *ctx, const struct ab_bytes_hit *h), void *ctx)
{
	ZydisDecoder dec;
	ZydisFormatter fmt;
	ZydisDecodedInstruction insn;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	ZydisMachineMode mm = bits == 16 ? ZYDIS_MACHINE_MODE_REAL_16 :
			      bits == 32 ? ZYDIS_MACHINE_MODE_LONG_COMPAT_32 : ZYDIS_MACHINE_MODE_LONG_64;
	ZydisStackWidth sw = bits == 16 ? ZYDIS_STACK_WIDTH_16 :
			     bits == 32 ? ZYDIS_STACK_WIDTH_32 : ZYDIS_STACK_WIDTH_64;
	size_t off = 0, decoded = 0;

	if (zydis_load() < 0 || ZYAN_FAILED(zy.dec_init(&dec, mm, sw)) ||
	    ZYAN_FAILED(zy.fmt_init(&fmt, ZYDIS_FORMATTER_STYLE_ATT)))
		return (size_t)-1;
	while (off < len) {
		if (ZYAN_FAILED(zy.decode(&dec, buf + off, len - off, &insn, ops))) {
			off++;	/* not an instruction here: resynchronise */
			continue;
		}
		struct ab_bytes_hit h;
		memset(&h, 0, sizeof(h));
		h.off = off;
		h.len = insn.length;
		if (ZYAN_FAILED(zy.format(&fmt, &insn, ops,
				insn.operand_count_visible, h.text, sizeof(h.text), 0, NULL)))
			snprintf(h.text, sizeof(h.text), "(undecodable)");
		struct ab_insn in;
		char err[200];
		int cls = ab_classify_text(h.text, &in, err, sizeof(err));
		if (cls != 0 || in.int3) {
			h.cls = cls > 0 ? (unsigned)cls : 0;
			h.in = in;
			h.int3 = in.int3;
			if (cls < 0)
				h.cls = AB_CLASS_COUNT;	/* sensitive, operands not understood */
			hit(ctx, &h);
		}
		decoded += insn.length;
		off += insn.length;
	}
	return decoded;
}
