/*
 * hv_idt.c - the host's own CPU setup after hv_boot.S: a 64-bit TSS (VM
 * entry requires a usable host TR, SDM 3C 26.2.3) and an IDT whose every
 * vector is fatal: the hypervisor runs with interrupts off and takes no
 * faults by design, so any exception is a bug and gets a full dump.
 */
#include "hv.h"
#include "hv_cpu.h"

struct hv_idt_gate {
	uint16_t off0, sel;
	uint8_t ist, type;	/* type 0x8e: present, DPL 0, 64-bit interrupt gate */
	uint16_t off1;
	uint32_t off2, zero;
} __attribute__((packed));

struct hv_tss {
	uint32_t rsvd0;
	uint64_t rsp[3];
	uint64_t rsvd1;
	uint64_t ist[7];
	uint64_t rsvd2;
	uint16_t rsvd3, iomap;
} __attribute__((packed));

struct hv_exc_frame {
	struct hv_regs r;
	uint64_t vector, err, rip, cs, rflags, rsp, ss;
};

#define HV_SEL_CODE	0x08
#define HV_SEL_TSS	0x18
#define HV_GATE_INTR64	0x8e
#define HV_TSS_AVAIL64	0x89	/* present, type 9: available 64-bit TSS */

extern uint64_t hv_gdt[];
extern const uint64_t hv_exc_stubs[32], hv_exc_stub_other;

static struct hv_idt_gate hv_idt[256] __attribute__((aligned(16)));
struct hv_tss hv_tss __attribute__((aligned(16)));
static uint8_t hv_fault_stack[8192] __attribute__((aligned(16)));

static const char *const hv_exc_names[32] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", "CSO", "#TS",
	"#NP", "#SS", "#GP", "#PF", "15", "#MF", "#AC", "#MC", "#XM", "#VE", "#CP",
};

void hv_cpu_init(void)
{
	struct { uint16_t lim; uint64_t base; } __attribute__((packed)) idtr;
	uint64_t tss = (uint64_t)&hv_tss;

	/* IST1 gives #DF/#MC/NMI a known-good stack even if ours is gone. */
	hv_tss.ist[0] = (uint64_t)(hv_fault_stack + sizeof(hv_fault_stack));
	hv_tss.iomap = sizeof(hv_tss);
	hv_gdt[3] = (sizeof(hv_tss) - 1) | ((tss & 0xffffff) << 16) |
		    ((uint64_t)HV_TSS_AVAIL64 << 40) | (((tss >> 24) & 0xff) << 56);
	hv_gdt[4] = tss >> 32;
	__asm__ volatile("ltr %w0" :: "r"(HV_SEL_TSS));

	for (int v = 0; v < 256; v++) {
		uint64_t h = v < 32 ? hv_exc_stubs[v] : hv_exc_stub_other;
		hv_idt[v] = (struct hv_idt_gate){
			.off0 = (uint16_t)h, .sel = HV_SEL_CODE,
			.ist = (v == 2 || v == 8 || v == 18) ? 1 : 0,
			.type = HV_GATE_INTR64, .off1 = (uint16_t)(h >> 16),
			.off2 = (uint32_t)(h >> 32),
		};
	}
	idtr.lim = sizeof(hv_idt) - 1;
	idtr.base = (uint64_t)hv_idt;
	__asm__ volatile("lidt %0" :: "m"(idtr));
}

void hv_idt_fatal(struct hv_exc_frame *f)
{
	const char *name = f->vector < 32 && hv_exc_names[f->vector] ? hv_exc_names[f->vector] : "interrupt";
	hv_printf("hv: FATAL: host exception %s (vector %lu) err=0x%lx\n", name, f->vector, f->err);
	hv_printf("hv:   rip=0x%016lx cs=0x%lx rflags=0x%lx rsp=0x%016lx cr2=0x%lx\n",
		  f->rip, f->cs, f->rflags, f->rsp, HV_READ_CR(2));
	hv_printf("hv:   rax=0x%lx rbx=0x%lx rcx=0x%lx rdx=0x%lx\n", f->r.rax, f->r.rbx, f->r.rcx, f->r.rdx);
	hv_printf("hv:   rsi=0x%lx rdi=0x%lx rbp=0x%lx r8=0x%lx\n", f->r.rsi, f->r.rdi, f->r.rbp, f->r.r8);
	hv_printf("hv:   cr0=0x%lx cr3=0x%lx cr4=0x%lx\n", HV_READ_CR(0), HV_READ_CR(3), HV_READ_CR(4));
	hv_printf("hv: stopping (hypervisor bug)\n");
	hv_poweroff();
}
