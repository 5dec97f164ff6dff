/*
 * hv_lapic.c - the guest's local APIC (model: devices/lapic.c) wired into
 * the hypervisor: xAPIC MMIO, the x2APIC MSRs, IA32_APIC_BASE and
 * IA32_TSC_DEADLINE, CR8, CPUID.1 and the timer's deadline in virtual time.
 *
 * MMIO: the APIC page is never in the guest's EPT, so every access is an
 * EPT violation; we decode the faulting instruction (the plain 32-bit MOV
 * forms compilers emit for a volatile u32: 8b/89/c7 with any ModRM/SIB/
 * displacement, a1/a3 with a memory offset; REX and segment prefixes) and
 * run it against the model.  Anything else stops the guest with a report
 * naming the instruction bytes.  Why not VMX APIC virtualization although
 * Bochs offers it (README): reads of the current count and any non-MOV
 * access still exit as APIC-access exits that need this same decoder, and
 * the virtual-APIC page would be a second copy of IRR/ISR/PPR to keep in
 * step; one decoder and one model are less to get wrong.
 *
 * The model's clock is the host TSC (the guest reads the same TSC: no
 * offsetting), and the APIC timer's input clock is that TSC too, as in
 * Bochs (one count per tick at divide-by-1), so a guest calibrating its APIC
 * timer against the TSC finds what it finds bare.
 */
#include "hv.h"
#include "hv_cpu.h"

void hv_lapic_reset(struct hv_guest *g)
{
	if (lapic_init(&g->lapic, hv_tsc_hz, hv_tsc_hz) < 0)
		hv_fatal("hv.tsc_hz=%lu: the local APIC model takes rates below 2^32 Hz", hv_tsc_hz);
}

/* ---- the guest's registers by x86 encoding number (RSP lives in the VMCS) ---- */
static uint64_t *hv_lapic_gpr(struct hv_regs *r, unsigned n)
{
	uint64_t *map[16] = { &r->rax, &r->rcx, &r->rdx, &r->rbx, 0, &r->rbp, &r->rsi, &r->rdi,
			      &r->r8, &r->r9, &r->r10, &r->r11, &r->r12, &r->r13, &r->r14, &r->r15 };
	return map[n & 15];
}

static uint64_t hv_lapic_gpr_get(struct hv_regs *r, unsigned n)
{
	return n == 4 ? vmx_read(VMCS_GUEST_RSP) : *hv_lapic_gpr(r, n);
}

static void hv_lapic_gpr_set(struct hv_regs *r, unsigned n, uint64_t v)
{
	if (n == 4)
		vmx_write(VMCS_GUEST_RSP, v);
	else
		*hv_lapic_gpr(r, n) = v;
}

/*
 * ---- instruction decoding: the MOV forms, nothing else ----
 * Shared with the shadow MMU (hv_shadow.c: stores into write-protected guest
 * page tables), hence every operand size; the APIC takes 32-bit ones only.
 */
void hv_decode_mov(const uint8_t *b, unsigned avail, int long_mode, int cs_d, struct hv_mov *in)
{
	unsigned i = 0, rex = 0;
	int opsize16 = !long_mode && !cs_d, addr = long_mode ? 64 : cs_d ? 32 : 16;

	in->bad = 0;
	in->reg = -1;
	in->imm = 0;
	in->len = 0;
	in->write = 0;
	in->size = 4;
	for (;; i++) {
		if (i >= avail || i >= 15) {
			in->bad = "instruction bytes not readable";
			return;
		}
		switch (b[i]) {
		case 0x66: opsize16 = !opsize16; continue;
		case 0x67: addr = long_mode ? 32 : addr == 32 ? 16 : 32; continue;
		case 0x26: case 0x2e: case 0x36: case 0x3e: case 0x64: case 0x65:
			continue;	/* the segment is already in the faulting address */
		}
		break;
	}
	if (long_mode && (b[i] & 0xf0) == 0x40)
		rex = b[i++];
	if (i >= avail) {
		in->bad = "instruction bytes not readable";
		return;
	}
	uint8_t op = b[i++];
	in->size = (rex & 8) ? 8 : opsize16 ? 2 : 4;
	if (op == 0xa1 || op == 0xa3) {		/* mov eax, moffs / mov moffs, eax */
		in->write = op == 0xa3;
		in->reg = 0;
		in->len = i + addr / 8;
		return;
	}
	if (op != 0x8b && op != 0x89 && op != 0xc7) {
		in->bad = "not a MOV between a register or immediate and memory";
		return;
	}
	if (i >= avail) {
		in->bad = "instruction bytes not readable";
		return;
	}
	uint8_t modrm = b[i++];
	unsigned mod = modrm >> 6, reg = (modrm >> 3) & 7, rm = modrm & 7;
	if (mod == 3 || (op == 0xc7 && reg != 0)) {
		in->bad = "not a MOV between a register or immediate and memory";
		return;
	}
	if (addr == 16) {
		i += mod == 1 ? 1 : (mod == 2 || (mod == 0 && rm == 6)) ? 2 : 0;
	} else {
		if (rm == 4) {			/* SIB */
			if (i >= avail) {
				in->bad = "instruction bytes not readable";
				return;
			}
			uint8_t sib = b[i++];
			if (mod == 0 && (sib & 7) == 5)
				i += 4;
		}
		i += mod == 1 ? 1 : (mod == 2 || (mod == 0 && rm == 5)) ? 4 : 0;
	}
	in->write = op != 0x8b;
	if (op == 0xc7) {
		unsigned isz = in->size == 2 ? 2 : 4;	/* imm32 sign-extended for a 64-bit store */
		if (i + isz > avail) {
			in->bad = "instruction bytes not readable";
			return;
		}
		in->imm = isz == 2 ? (uint16_t)(b[i] | b[i + 1] << 8) :
			  (uint64_t)(int64_t)(int32_t)((uint32_t)b[i] | (uint32_t)b[i + 1] << 8 |
						       (uint32_t)b[i + 2] << 16 | (uint32_t)b[i + 3] << 24);
		i += isz;
	} else
		in->reg = (int)(reg | ((rex & 4) << 1));
	in->len = i;
}

/*
 * Up to 15 instruction bytes at CS:RIP through the guest's paging, one walk
 * per page (an EOI is on every interrupt's path); returns how many are readable.
 */
unsigned hv_insn_fetch(struct hv_guest *g, uint64_t lin, uint8_t *b)
{
	unsigned n = 0;
	while (n < 15) {
		unsigned chunk = 0x1000 - (unsigned)((lin + n) & 0xfff);
		if (chunk > 15 - n)
			chunk = 15 - n;
		const uint8_t *p = hv_gva_to_hva(g, lin + n, chunk);
		if (!p)
			break;
		for (unsigned i = 0; i < chunk; i++)
			b[n + i] = p[i];
		n += chunk;
	}
	return n;
}

static void hv_lapic_stop(struct hv_guest *g, const char *what, uint32_t off, const char *why,
			  const uint8_t *b, unsigned n)
{
	char bytes[15 * 3 + 1];
	int k = 0;
	for (unsigned i = 0; i < n && i < 15; i++)
		k += hv_snprintf(bytes + k, sizeof(bytes) - k, "%s%02x", i ? " " : "", b[i]);
	bytes[k] = 0;
	hv_guest_stop(g, HV_STOP_FAULT, 0, "local APIC %s offset 0x%x: %s (instruction bytes: %s)",
		      what, off, why, n ? bytes : "none readable");
}

/*
 * An EPT violation: 1 if it was the APIC page (emulated, or the guest
 * stopped with a report), 0 if the address is not the APIC's.
 */
int hv_lapic_mmio(struct hv_guest *g, struct hv_regs *r, uint64_t gpa, uint64_t qual)
{
	struct lapic *l = &g->lapic;
	uint32_t off = (uint32_t)(gpa & 0xfff);
	const char *what = qual & EPTQ_WRITE ? "write to" : qual & EPTQ_FETCH ? "fetch from" : "read from";
	uint8_t b[15];
	struct hv_mov in;

	if (!lapic_xapic_mmio(l) || (gpa & ~0xfffull) != lapic_base(l))
		return 0;	/* (in x2APIC mode the page is plain unmapped memory again) */
	uint64_t rip = vmx_read(VMCS_GUEST_RIP);
	unsigned n = hv_insn_fetch(g, vmx_read(VMCS_GUEST_CS_BASE) + rip, b);
	if (qual & EPTQ_FETCH) {
		hv_lapic_stop(g, what, off, "code in the APIC page", b, 0);
		return 1;
	}
	if (vmx_read(VMCS_IDT_VECTORING_INFO) & INTR_INFO_VALID) {
		hv_lapic_stop(g, what, off, "event delivery touched the APIC page", b, n);
		return 1;
	}
	uint64_t cs_ar = vmx_read(VMCS_GUEST_CS_AR);
	int long_mode = (vmx_read(VMCS_GUEST_EFER) & EFER_LMA) && (cs_ar & AR_L);
	hv_decode_mov(b, n, long_mode, !!(cs_ar & AR_DB), &in);
	if (!in.bad && in.size != 4)
		in.bad = in.size == 2 ? "16-bit access (xAPIC registers are 32-bit)" :
					"64-bit access (xAPIC registers are 32-bit)";
	if (!in.bad && in.write != !!(qual & EPTQ_WRITE))
		in.bad = "decoded access direction differs from the fault's";
	if (!in.bad && (off & 0xf))
		in.bad = "unaligned access (xAPIC registers are 16-byte aligned)";
	if (in.bad) {
		hv_lapic_stop(g, what, off, in.bad, b, n);
		return 1;
	}
	uint64_t now = hv_rdtsc();
	if (in.write) {
		uint32_t v = in.reg < 0 ? in.imm : (uint32_t)hv_lapic_gpr_get(r, (unsigned)in.reg);
		g->lapic_writes++;
		if (lapic_write(l, off, v, now) == LAPIC_RC_UNSUPPORTED) {
			hv_guest_stop(g, HV_STOP_FAULT, 0, "local APIC write 0x%x to offset 0x%x: %s",
				      v, off, lapic_why(l));
			return 1;
		}
	} else {
		g->lapic_reads++;
		hv_lapic_gpr_set(r, (unsigned)in.reg, lapic_read(l, off, now));
	}
	/* EXIT_INSN_LEN is not valid for EPT violations: our decoded length */
	vmx_write(VMCS_GUEST_RIP, rip + in.len);
	uint64_t intr = vmx_read(VMCS_GUEST_INTERRUPTIBILITY);
	if (intr & (INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS))
		vmx_write(VMCS_GUEST_INTERRUPTIBILITY, intr & ~(INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS));
	return 1;
}

/*
 * IA32_APIC_BASE, IA32_TSC_DEADLINE and the x2APIC MSRs 0x800-0x8ff:
 * 0 = handled, -1 = #GP (for hv_exit.c / the MSR table).
 */
int hv_lapic_msr(struct hv_guest *g, uint32_t msr, int write, uint64_t *val)
{
	struct lapic *l = &g->lapic;
	uint64_t now = hv_rdtsc(), v = write ? *val : 0;
	/* The guest's TSC is the host's plus the VMCS offset (hv_msr.c); the model keeps host time. */
	uint64_t off = msr == LAPIC_MSR_TSC_DEADLINE ? vmx_read(VMCS_TSC_OFFSET) : 0;
	if (write && v)
		v -= off;
	enum lapic_rc rc = write ? lapic_msr_write(l, msr, v, now) : lapic_msr_read(l, msr, val, now);
	if (!write && rc == LAPIC_RC_OK && *val)
		*val += off;
	if (rc == LAPIC_RC_UNSUPPORTED) {
		hv_guest_stop(g, HV_STOP_FAULT, 0, "wrmsr 0x%x = 0x%lx: local APIC: %s", msr, *val, lapic_why(l));
		return 0;
	}
	return rc == LAPIC_RC_OK ? 0 : -1;
}

/* MOV to/from CR8 (64-bit mode): TPR[7:4] (SDM 3A 10.8.6.1). */
int hv_lapic_cr8_write(struct hv_guest *g, uint64_t v)
{
	if (v & ~0xfull)
		return -1;	/* reserved bits: #GP */
	lapic_write(&g->lapic, LAPIC_TPR, (uint32_t)v << 4, hv_rdtsc());
	return 0;
}

uint64_t hv_lapic_cr8_read(struct hv_guest *g)
{
	return (lapic_read(&g->lapic, LAPIC_TPR, 0) >> 4) & 0xf;
}

/* One report line, only for guests that used the APIC. */
void hv_lapic_stats(struct hv_guest *g)
{
	if (g->lapic_reads || g->lapic_writes || g->lapic.fired)
		hv_printf("hv: local APIC: mmio reads=%lu writes=%lu timer expiries=%lu\n",
			  g->lapic_reads, g->lapic_writes, g->lapic.fired);
}
