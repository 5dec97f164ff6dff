/*
 * hv_io.c - the I/O-instruction VM exit (SDM 3C 27.2.1 table 27-5): every
 * guest port access exits (both I/O bitmaps are all ones) and is answered by
 * hv_vdev.c.  IN/OUT move %eax; INS/OUTS move guest memory, addressed
 * through the guest's paging (hv_gmem.c), a whole REP run per exit (in
 * chunks, so a huge count cannot stall virtual time).
 */
#include "hv.h"

#define RFLAGS_DF		(1ull << 10)
#define IO_REP_CHUNK		4096		/* elements per exit before re-executing */
#define INSN_INFO_ASIZE(i)	(((i) >> 7) & 7)	/* table 27-8: 0=16, 1=32, 2=64 bit */

/* One port access; a port without a device is refused (reads all ones). */
static void hv_io_port(struct hv_guest *g, uint16_t port, unsigned size, int in, uint32_t *val)
{
	uint32_t mask = size == 4 ? 0xffffffffu : (1u << (size * 8)) - 1;
	if (in)
		*val = mask;
	if (hv_vdev_io(g, port, size, in, val) < 0) {
		if (g->bad_ports++ < 16)
			hv_printf("hv: guest %s port 0x%x (size %u) has no device: %s\n",
				  in ? "read from" : "wrote to", port, size,
				  in ? "refused, reads all-ones" : "refused, write dropped");
		*val = mask;
	}
	*val &= mask;
}

static void hv_io_string(struct hv_guest *g, struct hv_regs *r, uint64_t qual,
			 uint16_t port, unsigned size, int in)
{
	unsigned asz = INSN_INFO_ASIZE(vmx_read(VMCS_EXIT_INSN_INFO));
	uint64_t amask = asz == 0 ? 0xffffull : asz == 1 ? 0xffffffffull : ~0ull;
	int rep = !!(qual & IOQ_REP);
	uint64_t count = rep ? (r->rcx & amask) : 1;
	int64_t step = (vmx_read(VMCS_GUEST_RFLAGS) & RFLAGS_DF) ? -(int64_t)size : (int64_t)size;
	uint64_t lin = vmx_read(VMCS_GUEST_LINEAR_ADDR);
	uint64_t *idx = in ? &r->rdi : &r->rsi;
	uint64_t n = count < IO_REP_CHUNK ? count : IO_REP_CHUNK;

	for (uint64_t i = 0; i < n; i++) {
		uint8_t *p = hv_gva_to_hva(g, lin, size);
		uint32_t val = 0;
		if (!p) {
			hv_guest_stop(g, HV_STOP_FAULT, 0, "%s buffer at linear 0x%lx not mapped in guest memory",
				      in ? "ins" : "outs", lin);
			return;
		}
		if (in) {
			hv_io_port(g, port, size, 1, &val);
			hv_memcpy(p, &val, size);
		} else {
			hv_memcpy(&val, p, size);
			hv_io_port(g, port, size, 0, &val);
		}
		lin += (uint64_t)step;
		*idx = (*idx & ~amask) | ((*idx + (uint64_t)step) & amask);
		if (rep)
			r->rcx = (r->rcx & ~amask) | ((r->rcx - 1) & amask);
		if (g->stop != HV_STOP_NONE)
			return;
	}
	if (count > n)
		return;		/* not done: the guest re-executes the REP insn */
	hv_skip_insn();
}

void hv_exit_io(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	uint16_t port = (uint16_t)IOQ_PORT(qual);
	unsigned size = IOQ_SIZE(qual);
	int in = !!(qual & IOQ_IN);

	if (qual & IOQ_STRING) {
		hv_io_string(g, r, qual, port, size, in);
		return;
	}
	uint32_t val = (uint32_t)r->rax;
	hv_io_port(g, port, size, in, &val);
	if (in) {
		if (size == 4)
			r->rax = val;	/* a 32-bit destination zero-extends */
		else
			r->rax = (r->rax & ~(uint64_t)((1u << (size * 8)) - 1)) | val;
	}
	hv_skip_insn();
}
