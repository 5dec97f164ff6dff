/*
 * akvm_emul.c - guest-virtual memory access, and the few instructions this
 * host finishes itself when KVM's instruction emulator gives up.
 *
 * Under PVM, guest kernel code runs in KVM's software emulator.  It stops
 * with KVM_EXIT_INTERNAL_ERROR / KVM_INTERNAL_ERROR_EMULATION on
 * instructions it does not know (measured with the sample guest: xgetbv,
 * lar, lsl, verr, verw, int $n, stac/clac; PLATFORM.md adds xrstor and
 * int3).  Those whose effect is small and whose state KVM exposes are
 * performed here: xgetbv (KVM_GET_XCRS), stac/clac (RFLAGS.AC), the descriptor checks lar/lsl/verr/verw (GDT/LDT
 * in guest memory, SDM vol. 2A/2B) and int $n / int3 in 64-bit kernel mode
 * (the IDT walk and the frame push, SDM vol. 3A 6.14).  The vCPU continues after an internal-error
 * exit once RIP is past the instruction.  Anything else still stops the
 * guest with the register dump.
 */
#include "akvm.h"

#include <Zydis/Zydis.h>
#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>

#define AKVM_PAGE	4096ull
#define PTE_P		0x1ull
#define PTE_PS		0x80ull
#define PTE_ADDR	0x000ffffffffff000ull
#define CR0_PG		(1ull << 31)

/* Guest-virtual to guest-physical through 4-level tables at cr3 (identity if paging is off). */
bool akvm_gva_to_gpa(const struct akvm_vm *vm, uint64_t cr0, uint64_t cr3, uint64_t va, uint64_t *pa)
{
	if (!(cr0 & CR0_PG)) {
		*pa = va;
		return true;
	}
	uint64_t t = cr3 & PTE_ADDR;
	for (int level = 4; level >= 1; level--) {
		unsigned idx = (va >> (12 + 9 * (level - 1))) & 511;
		if (!akvm_gpa_ok(vm, t, AKVM_PAGE))
			return false;
		uint64_t e = ((const uint64_t *)(vm->mem + t))[idx];
		if (!(e & PTE_P))
			return false;
		if (level == 1 || ((level == 3 || level == 2) && (e & PTE_PS))) {
			uint64_t span = 1ull << (12 + 9 * (level - 1));
			*pa = (e & PTE_ADDR & ~(span - 1)) | (va & (span - 1));
			return true;
		}
		t = e & PTE_ADDR;
	}
	return false;
}

/* Copy guest-virtual bytes; returns how many could be read (stops at a hole). */
size_t akvm_gva_read(const struct akvm_vm *vm, uint64_t cr0, uint64_t cr3, uint64_t va, uint8_t *buf,
		     size_t n)
{
	size_t got = 0;
	while (got < n) {
		uint64_t pa;
		if (!akvm_gva_to_gpa(vm, cr0, cr3, va + got, &pa) || !akvm_gpa_ok(vm, pa, 1))
			break;
		size_t chunk = AKVM_PAGE - (pa & (AKVM_PAGE - 1));
		if (chunk > n - got)
			chunk = n - got;
		if (chunk > vm->mem_size - pa)
			chunk = vm->mem_size - pa;
		memcpy(buf + got, vm->mem + pa, chunk);
		got += chunk;
	}
	return got;
}

/* Store guest-virtual bytes; all or nothing (checks every page first). */
static bool akvm_gva_write(struct akvm_vm *vm, uint64_t cr0, uint64_t cr3, uint64_t va,
			   const void *src, size_t n)
{
	uint64_t pa;
	for (size_t i = 0; i < n; i++)
		if (!akvm_gva_to_gpa(vm, cr0, cr3, va + i, &pa) || !akvm_gpa_ok(vm, pa, 1))
			return false;
	for (size_t i = 0; i < n; i++) {
		akvm_gva_to_gpa(vm, cr0, cr3, va + i, &pa);
		vm->mem[pa] = ((const uint8_t *)src)[i];
	}
	return true;
}

/* IDT gate fields (SDM vol. 3A, 6.14.1, figure 6-8). */
#define GATE_TYPE_INTR	0xe
#define GATE_TYPE_TRAP	0xf
#define RFLAGS_TF	(1ull << 8)
#define RFLAGS_IF	(1ull << 9)
#define RFLAGS_NT	(1ull << 14)
#define RFLAGS_RF	(1ull << 16)
#define RFLAGS_AC	(1ull << 18)
#define EFER_LMA	(1ull << 10)
#define TSS64_IST1	0x24

/*
 * int n / int3 in 64-bit kernel mode (SDM vol. 3A, 6.14.2): no privilege
 * change, so no stack switch unless the gate names an IST slot; the frame
 * SS, RSP, RFLAGS, CS, RIP (of the next instruction) goes on the 16-byte
 * aligned stack, an interrupt gate clears IF.  We only handle a gate whose
 * selector is the current CS; anything unusual is left to the caller's dump.
 */
static int akvm_emul_int(struct akvm_vm *vm, struct kvm_regs *r, const struct kvm_sregs *s,
			 unsigned vec, uint64_t next_rip)
{
	if (!(s->efer & EFER_LMA) || !s->cs.l || (s->cs.selector & 3))
		return -ENOTSUP;
	if (vec * 16u + 15 > s->idt.limit)
		return -EFAULT;
	uint8_t g[16];
	if (akvm_gva_read(vm, s->cr0, s->cr3, s->idt.base + vec * 16u, g, 16) != 16)
		return -EFAULT;
	unsigned type = g[5] & 0xf, present = g[5] >> 7, ist = g[4] & 7;
	uint16_t sel = (uint16_t)(g[2] | g[3] << 8);
	uint64_t target = (uint64_t)(g[0] | g[1] << 8) | (uint64_t)(g[6] | g[7] << 8) << 16 |
			  (uint64_t)(g[8] | g[9] << 8 | g[10] << 16 | (uint32_t)g[11] << 24) << 32;
	if (!present || (type != GATE_TYPE_INTR && type != GATE_TYPE_TRAP) || sel != s->cs.selector)
		return -ENOTSUP;
	uint64_t rsp = r->rsp;
	if (ist) {
		uint8_t b[8];
		if (akvm_gva_read(vm, s->cr0, s->cr3, s->tr.base + TSS64_IST1 + (ist - 1) * 8, b, 8) != 8)
			return -EFAULT;
		memcpy(&rsp, b, 8);
	}
	rsp &= ~0xfull;
	uint64_t frame[5] = { next_rip, s->cs.selector, r->rflags, r->rsp, s->ss.selector };
	rsp -= sizeof(frame);
	if (!akvm_gva_write(vm, s->cr0, s->cr3, rsp, frame, sizeof(frame)))
		return -EFAULT;
	r->rsp = rsp;
	r->rip = target;
	r->rflags &= ~(RFLAGS_TF | RFLAGS_NT | RFLAGS_RF);
	if (type == GATE_TYPE_INTR)
		r->rflags &= ~RFLAGS_IF;
	return 1;	/* RIP already set */
}

static int akvm_emul_xcr(struct akvm_vm *vm, struct kvm_regs *r, bool set)
{
	struct kvm_xcrs x;
	memset(&x, 0, sizeof(x));
	if (ioctl(vm->vcpu_fd, KVM_GET_XCRS, &x) < 0)
		return -errno;
	uint32_t idx = (uint32_t)r->rcx;
	uint32_t i;
	for (i = 0; i < x.nr_xcrs && x.xcrs[i].xcr != idx; i++)
		;
	if (!set) {
		uint64_t v = i < x.nr_xcrs ? x.xcrs[i].value : 0;
		if (i == x.nr_xcrs && idx != 0)
			return -EINVAL;	/* #GP in hardware; we stop instead */
		r->rax = (uint32_t)v;
		r->rdx = (uint32_t)(v >> 32);
		return 0;
	}
	uint64_t v = ((uint64_t)(uint32_t)r->rdx << 32) | (uint32_t)r->rax;
	if (i == x.nr_xcrs) {
		if (x.nr_xcrs >= KVM_MAX_XCRS)
			return -EINVAL;
		x.nr_xcrs++;
	}
	x.xcrs[i].xcr = idx;
	x.xcrs[i].value = v;
	return ioctl(vm->vcpu_fd, KVM_SET_XCRS, &x) < 0 ? -errno : 0;
}

static __u64 *akvm_emul_reg(struct kvm_regs *r, ZydisRegister reg)
{
	switch (ZydisRegisterGetLargestEnclosing(ZYDIS_MACHINE_MODE_LONG_64, reg)) {
	case ZYDIS_REGISTER_RAX: return &r->rax;
	case ZYDIS_REGISTER_RBX: return &r->rbx;
	case ZYDIS_REGISTER_RCX: return &r->rcx;
	case ZYDIS_REGISTER_RDX: return &r->rdx;
	case ZYDIS_REGISTER_RSI: return &r->rsi;
	case ZYDIS_REGISTER_RDI: return &r->rdi;
	case ZYDIS_REGISTER_RBP: return &r->rbp;
	case ZYDIS_REGISTER_RSP: return &r->rsp;
	case ZYDIS_REGISTER_R8: return &r->r8;
	case ZYDIS_REGISTER_R9: return &r->r9;
	case ZYDIS_REGISTER_R10: return &r->r10;
	case ZYDIS_REGISTER_R11: return &r->r11;
	case ZYDIS_REGISTER_R12: return &r->r12;
	case ZYDIS_REGISTER_R13: return &r->r13;
	case ZYDIS_REGISTER_R14: return &r->r14;
	case ZYDIS_REGISTER_R15: return &r->r15;
	default: return NULL;
	}
}

/* Write a result with x86-64 width rules: 32-bit writes zero-extend, 16-bit merge. */
static void akvm_emul_write(struct kvm_regs *r, ZydisRegister reg, unsigned bits, uint64_t v)
{
	__u64 *p = akvm_emul_reg(r, reg);
	if (!p)
		return;
	if (bits == 64)
		*p = v;
	else if (bits == 32)
		*p = (uint32_t)v;
	else
		*p = (*p & ~0xffffull) | (v & 0xffff);
}

/* Descriptor fields (SDM vol. 3A, 3.4.5). */
#define DESC_TYPE(hi)	(((hi) >> 8) & 0xf)
#define DESC_S(hi)	(((hi) >> 12) & 1)
#define DESC_DPL(hi)	(((hi) >> 13) & 3)
#define DESC_G(hi)	(((hi) >> 23) & 1)
#define DESC_CODE	0x8	/* type bit 3 with S=1 */
#define DESC_CONFORM	0x4	/* code: conforming */
#define DESC_RW		0x2	/* code: readable, data: writable */

/*
 * lar, lsl, verr, verw (SDM vol. 2A "LAR", "LSL", vol. 2B "VERR/VERW"): the
 * selector's descriptor must be inside the GDT/LDT limit, of a type the
 * instruction accepts, and visible at max(CPL, RPL) unless conforming code.
 * ZF reports success; on failure the destination is unchanged.
 */
static int akvm_emul_segcheck(struct akvm_vm *vm, struct kvm_regs *r, const struct kvm_sregs *s,
			      const ZydisDecodedInstruction *in, const ZydisDecodedOperand *ops)
{
	const ZydisDecodedOperand *src = &ops[in->mnemonic == ZYDIS_MNEMONIC_LAR ||
					       in->mnemonic == ZYDIS_MNEMONIC_LSL ? 1 : 0];
	uint16_t sel;
	if (src->type == ZYDIS_OPERAND_TYPE_REGISTER) {
		__u64 *p = akvm_emul_reg(r, src->reg.value);
		if (!p)
			return -EINVAL;
		sel = (uint16_t)*p;
	} else if (src->type == ZYDIS_OPERAND_TYPE_MEMORY) {
		uint64_t ea = (uint64_t)src->mem.disp.value;
		__u64 *b = src->mem.base == ZYDIS_REGISTER_NONE ? NULL : akvm_emul_reg(r, src->mem.base);
		__u64 *x = src->mem.index == ZYDIS_REGISTER_NONE ? NULL : akvm_emul_reg(r, src->mem.index);
		if (src->mem.base == ZYDIS_REGISTER_RIP)
			ea += r->rip + in->length;
		else if (b)
			ea += *b;
		if (x)
			ea += *x * src->mem.scale;
		if (akvm_gva_read(vm, s->cr0, s->cr3, ea, (uint8_t *)&sel, 2) != 2)
			return -EFAULT;
	} else {
		return -EINVAL;
	}
	bool ok = false;
	uint32_t lo = 0, hi = 0;
	unsigned cpl = s->cs.selector & 3, rpl = sel & 3;
	uint64_t base = (sel & 4) ? s->ldt.base : s->gdt.base;
	uint32_t limit = (sel & 4) ? (s->ldt.unusable ? 0 : s->ldt.limit) : s->gdt.limit;
	uint8_t d[8];
	if ((sel & ~3u) && (uint32_t)(sel & ~7u) + 7 <= limit &&
	    akvm_gva_read(vm, s->cr0, s->cr3, base + (sel & ~7u), d, 8) == 8) {
		memcpy(&lo, d, 4);
		memcpy(&hi, d + 4, 4);
		unsigned type = DESC_TYPE(hi), dpl = DESC_DPL(hi);
		bool conforming = DESC_S(hi) && (type & DESC_CODE) && (type & DESC_CONFORM);
		bool visible = conforming || dpl >= (cpl > rpl ? cpl : rpl);
		switch (in->mnemonic) {
		case ZYDIS_MNEMONIC_LAR:	/* long mode: LDT, 64-bit TSS, call gate */
			ok = visible && (DESC_S(hi) || type == 2 || type == 9 || type == 0xb || type == 0xc);
			break;
		case ZYDIS_MNEMONIC_LSL:	/* long mode: LDT, 64-bit TSS */
			ok = visible && (DESC_S(hi) || type == 2 || type == 9 || type == 0xb);
			break;
		case ZYDIS_MNEMONIC_VERR:
			ok = visible && DESC_S(hi) && (!(type & DESC_CODE) || (type & DESC_RW));
			break;
		default:	/* VERW */
			ok = visible && DESC_S(hi) && !(type & DESC_CODE) && (type & DESC_RW);
			break;
		}
	}
	if (ok && in->mnemonic == ZYDIS_MNEMONIC_LAR) {
		akvm_emul_write(r, ops[0].reg.value, ops[0].size, hi & 0x00ffff00u);
	} else if (ok && in->mnemonic == ZYDIS_MNEMONIC_LSL) {
		uint32_t lim = (lo & 0xffff) | (hi & 0xf0000);
		if (DESC_G(hi))
			lim = (lim << 12) | 0xfff;
		akvm_emul_write(r, ops[0].reg.value, ops[0].size, lim);
	}
	if (ok)
		r->rflags |= 1u << 6;	/* ZF */
	else
		r->rflags &= ~(1ull << 6);
	return 0;
}

/*
 * An emulation-failure exit: perform the instruction if we know it.
 * Returns 1 handled (resume), 0 not ours (caller stops the guest), <0 error.
 */
int akvm_emul_failure(struct akvm_vm *vm)
{
	struct kvm_regs r;
	struct kvm_sregs s;
	int e;
	if ((e = akvm_kvm_get_regs(vm, &r)) < 0 || (e = akvm_kvm_get_sregs(vm, &s)) < 0)
		return e;
	uint8_t buf[15];
	size_t got = akvm_gva_read(vm, s.cr0, s.cr3, r.rip, buf, sizeof(buf));
	ZydisDecoder dec;
	ZydisDecodedInstruction in;
	ZydisDecodedOperand ops[ZYDIS_MAX_OPERAND_COUNT];
	ZydisDecoderInit(&dec, s.cs.l ? ZYDIS_MACHINE_MODE_LONG_64 : ZYDIS_MACHINE_MODE_LEGACY_32,
			 s.cs.l ? ZYDIS_STACK_WIDTH_64 : ZYDIS_STACK_WIDTH_32);
	if (!got || !ZYAN_SUCCESS(ZydisDecoderDecodeFull(&dec, buf, got, &in, ops)))
		return 0;
	int rc;
	uint64_t at = r.rip;
	switch (in.mnemonic) {
	case ZYDIS_MNEMONIC_XGETBV: rc = akvm_emul_xcr(vm, &r, false); break;
	case ZYDIS_MNEMONIC_XSETBV: rc = akvm_emul_xcr(vm, &r, true); break;
	case ZYDIS_MNEMONIC_LAR:
	case ZYDIS_MNEMONIC_LSL:
	case ZYDIS_MNEMONIC_VERR:
	case ZYDIS_MNEMONIC_VERW: rc = akvm_emul_segcheck(vm, &r, &s, &in, ops); break;
	case ZYDIS_MNEMONIC_STAC:	/* RFLAGS.AC (SDM vol. 2B): user-access window for SMAP */
		r.rflags |= RFLAGS_AC;
		rc = 0;
		break;
	case ZYDIS_MNEMONIC_CLAC:
		r.rflags &= ~RFLAGS_AC;
		rc = 0;
		break;
	case ZYDIS_MNEMONIC_INT3:
		rc = akvm_emul_int(vm, &r, &s, 3, r.rip + in.length);
		break;
	case ZYDIS_MNEMONIC_INT:
		rc = akvm_emul_int(vm, &r, &s, (unsigned)(ops[0].imm.value.u & 0xff), r.rip + in.length);
		break;
	default: return 0;
	}
	if (rc < 0) {
		akvm_err("emulating %s at rip 0x%llx: %s", ZydisMnemonicGetString(in.mnemonic),
			 (unsigned long long)r.rip, strerror(-rc));
		return 0;
	}
	if (rc == 0)
		r.rip += in.length;
	if ((e = akvm_kvm_set_regs(vm, &r)) < 0)
		return e;
	if (vm->opt->verbose)
		akvm_err("performed %s at 0x%llx for KVM's emulator",
			 ZydisMnemonicGetString(in.mnemonic), (unsigned long long)at);
	vm->xcount[AKVM_X_EMUL]++;
	return 1;
}
