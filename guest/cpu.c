/*
 * cpu.c - the guest's CPU tables and interrupt plumbing: GDT with TSS and
 * LDT descriptors, IDT, 8259 PIC and 8254 PIT, trap dispatch, panic, and
 * the expected-fault hook the self-tests use to probe optional features.
 */
#include "guest.h"

#ifdef AFTERBURN_TEST_SHIFT
/* Build N+1 of the profile test: code in a file linked before paging.c
 * moves every table store to another address (their IDs stay). */
volatile uint64_t guest_shift_cpu_counter;
void guest_shift_cpu(void)
{
	for (unsigned i = 0; i < 5; i++)
		guest_shift_cpu_counter = guest_shift_cpu_counter * 3 + i;
}
#endif

uint64_t guest_gdt[GUEST_GDT_ENTRIES] __attribute__((aligned(16)));

/* 64-bit TSS (SDM vol. 3, 8.7): rsp0 for ring 3 -> 0, IST1 for #DF. */
struct guest_tss {
	uint32_t reserved0;
	uint64_t rsp[3];
	uint64_t reserved1;
	uint64_t ist[7];
	uint64_t reserved2;
	uint16_t reserved3;
	uint16_t iomap_base;
} __attribute__((packed));
_Static_assert(sizeof(struct guest_tss) == 104, "64-bit TSS is 104 bytes");

static struct guest_tss tss __attribute__((aligned(16)));
/* One LDT entry besides the null one, so lldt has something real to load. */
static uint64_t ldt[2] __attribute__((aligned(16)));

struct guest_gate {
	uint16_t off0, sel;
	uint8_t ist, type;
	uint16_t off1;
	uint32_t off2, zero;
};
_Static_assert(sizeof(struct guest_gate) == 16, "64-bit gate is 16 bytes");
static struct guest_gate idt[256] __attribute__((aligned(16)));

static uint8_t df_stack[4096] __attribute__((aligned(16)));
/* Ring-0 stack for traps out of ring 3 while no process runs (self-tests). */
static uint8_t trap_stack[8192] __attribute__((aligned(16)));
uint8_t *const guest_trap_stack_top_ptr = trap_stack + sizeof(trap_stack);

volatile uint64_t guest_ticks;
volatile uint64_t guest_int82_count;
uint64_t guest_int80_emulated;
volatile struct guest_expect guest_expect = { .vector = ~0u };

struct __attribute__((packed)) guest_dtr {
	uint16_t limit;
	uint64_t base;
};

/* Descriptor type bytes (P | DPL | S | type), SDM vol. 3, 3.4.5. */
#define GATE_INTR_DPL0		0x8e
#define GATE_INTR_DPL3		0xee
#define DESC_TSS_AVAIL		0x89
#define DESC_LDT		0x82

static void set_system_desc(unsigned idx, uint64_t base, uint32_t limit, uint8_t type)
{
	guest_gdt[idx] = (limit & 0xffffull) | (base & 0xffffffull) << 16 |
			 (uint64_t)type << 40 | (uint64_t)((limit >> 16) & 0xf) << 48 |
			 ((base >> 24) & 0xffull) << 56;
	guest_gdt[idx + 1] = base >> 32;
}

static void set_gate(unsigned vec, uint64_t handler, uint8_t type, uint8_t ist)
{
	idt[vec] = (struct guest_gate){
		.off0 = (uint16_t)handler, .sel = GUEST_KCODE_SEL, .ist = ist, .type = type,
		.off1 = (uint16_t)(handler >> 16), .off2 = (uint32_t)(handler >> 32),
	};
}

void guest_set_rsp0(uint64_t rsp0)
{
	tss.rsp[0] = rsp0;
}

/* 8259 PIC: remap IRQ 0-15 to vectors 0x20-0x2f, everything masked. */
#define PIC1_CMD	0x20
#define PIC1_DATA	0x21
#define PIC2_CMD	0xa0
#define PIC2_DATA	0xa1
#define PIC_EOI		0x20
#define PIC_ICW1_INIT	0x11	/* ICW1: edge triggered, cascade, ICW4 follows */
#define PIC_ICW4_8086	0x01
#define PIC_MASK_ALL	0xff
#define PIC_MASK_TIMER_ONLY 0xfe	/* IRQ 0 unmasked */

static void pic_init(void)
{
	guest_outb(PIC1_CMD, PIC_ICW1_INIT);
	guest_outb(PIC2_CMD, PIC_ICW1_INIT);
	guest_outb(PIC1_DATA, GUEST_VEC_TIMER);
	guest_outb(PIC2_DATA, GUEST_VEC_TIMER + 8);
	guest_outb(PIC1_DATA, 4);	/* slave on IRQ2 */
	guest_outb(PIC2_DATA, 2);
	guest_outb(PIC1_DATA, PIC_ICW4_8086);
	guest_outb(PIC2_DATA, PIC_ICW4_8086);
	guest_outb(PIC1_DATA, PIC_MASK_ALL);
	guest_outb(PIC2_DATA, PIC_MASK_ALL);
}

void guest_pic_unmask_timer(int on)
{
	guest_outb(PIC1_DATA, on ? PIC_MASK_TIMER_ONLY : PIC_MASK_ALL);
}

/* 8254 PIT channel 0, mode 2 (rate generator); restarting realigns its phase. */
#define PIT_CH0		0x40
#define PIT_CMD		0x43
#define PIT_HZ		1193182u
#define PIT_CH0_RATE_GEN 0x34	/* channel 0, lobyte/hibyte, mode 2, binary */

void guest_pit_start(unsigned hz)
{
	unsigned div = PIT_HZ / hz;
	guest_outb(PIT_CMD, PIT_CH0_RATE_GEN);
	guest_outb(PIT_CH0, (uint8_t)div);
	guest_outb(PIT_CH0, (uint8_t)(div >> 8));
}

void guest_cpu_init(void)
{
	guest_gdt[0] = 0;
	guest_gdt[GUEST_KCODE_SEL >> 3] = 0x00af9a000000ffffull;
	guest_gdt[GUEST_KDATA_SEL >> 3] = 0x00cf92000000ffffull;
	guest_gdt[GUEST_UCODE32_SEL >> 3] = 0x00cffa000000ffffull;
	guest_gdt[GUEST_UDATA_SEL >> 3] = 0x00cff2000000ffffull;
	guest_gdt[GUEST_UCODE_SEL >> 3] = 0x00affa000000ffffull;
	set_system_desc(GUEST_TSS_SEL >> 3, (uintptr_t)&tss, sizeof(tss) - 1, DESC_TSS_AVAIL);
	ldt[1] = 0x00cf92000000ffffull;
	set_system_desc(GUEST_LDT_SEL >> 3, (uintptr_t)ldt, sizeof(ldt) - 1, DESC_LDT);
	guest_gdt[GUEST_UCODE_SYSEXIT_SEL >> 3] = 0x00affa000000ffffull;
	guest_gdt[GUEST_UDATA_SYSEXIT_SEL >> 3] = 0x00cff2000000ffffull;

	guest_set_rsp0((uintptr_t)guest_trap_stack_top_ptr);
	tss.ist[0] = (uintptr_t)(df_stack + sizeof(df_stack));
	tss.iomap_base = sizeof(tss);	/* no I/O bitmap: ring 3 has no port access */

	struct guest_dtr gdtr = { sizeof(guest_gdt) - 1, (uintptr_t)guest_gdt };
	__asm__ volatile(
		"lgdt %0\n\t"
		"pushq %1\n\t"
		"leaq 1f(%%rip), %%rax\n\t"
		"pushq %%rax\n\t"
		"lretq\n"
		"1:\n\t"
		"movl %2, %%eax\n\t"
		"movl %%eax, %%ds\n\t"
		"movl %%eax, %%es\n\t"
		"movl %%eax, %%ss\n\t"
		"xorl %%eax, %%eax\n\t"
		"movl %%eax, %%fs\n\t"
		"movl %%eax, %%gs\n\t"
		"movw %3, %%ax\n\t"
		"ltr %%ax"
		: : "m"(gdtr), "i"(GUEST_KCODE_SEL), "i"(GUEST_KDATA_SEL), "i"(GUEST_TSS_SEL)
		: "rax", "memory");

	for (unsigned v = 0; v < 48; v++)
		set_gate(v, guest_trap_stubs[v], GATE_INTR_DPL0, v == 8 ? 1 : 0);
	set_gate(GUEST_VEC_SYSCALL, (uintptr_t)guest_trap_stub_syscall, GATE_INTR_DPL3, 0);
	set_gate(GUEST_VEC_TEST, (uintptr_t)guest_trap_stub_int82, GATE_INTR_DPL0, 0);
	struct guest_dtr idtr = { sizeof(idt) - 1, (uintptr_t)idt };
	__asm__ volatile("lidt %0" : : "m"(idtr) : "memory");

	/* syscall (self-test only): kernel CS from STAR[47:32]; sysret lands on STAR[63:48] + 16. */
	guest_wrmsr(MSR_EFER, guest_rdmsr(MSR_EFER) | EFER_SCE);
	guest_wrmsr(MSR_STAR, (uint64_t)GUEST_STAR_SYSRET_BASE << 48 | (uint64_t)GUEST_KCODE_SEL << 32);
	guest_wrmsr(MSR_LSTAR, (uintptr_t)guest_syscall_entry);
	guest_wrmsr(MSR_SFMASK, GUEST_SFMASK);

	pic_init();
}

static const char *const exc_names[32] = {
	"#DE", "#DB", "NMI", "#BP", "#OF", "#BR", "#UD", "#NM", "#DF", "CSO", "#TS",
	"#NP", "#SS", "#GP", "#PF", "?15", "#MF", "#AC", "#MC", "#XM", "#VE", "#CP",
};

void guest_panic(const char *what, uint64_t rip)
{
	guest_cli();
	afterburn_wedge_exit_report();	/* before the PANIC line, which stays last */
	wedge_printf("afterburn-guest: PANIC %s rip=0x%lx\n", what, rip);
	afterburn_wedge_exit(WEDGE_EXIT_PANIC);
}

void guest_expect_arm(unsigned vector)
{
	guest_expect.hit = 0;
	guest_expect.error = 0;
	guest_expect.vector = vector;
}

int guest_expect_done(void)
{
	guest_expect.vector = ~0u;
	return (int)guest_expect.hit;
}

#define INSN_INT	0xcd
#define VEC_UD		6

struct guest_frame *guest_sched_tick(struct guest_frame *f);
struct guest_frame *guest_syscall(struct guest_frame *f);

static struct guest_frame *exception(struct guest_frame *f)
{
	/*
	 * The PVM-based KVM here raises #UD for int $n executed in ring 3.
	 * Trap and emulate: an int $0x80 at the faulting rip becomes the
	 * system call it meant to be (rip past the 2-byte instruction).
	 */
	const uint8_t *insn = (const uint8_t *)(uintptr_t)f->rip;
	if (f->vector == VEC_UD && (f->cs & 3) == 3 && insn[0] == INSN_INT &&
	    insn[1] == GUEST_VEC_SYSCALL) {
		f->rip += 2;
		f->vector = GUEST_VEC_SYSCALL;
		guest_int80_emulated++;
		return guest_syscall(f);
	}
	if (f->vector == guest_expect.vector && guest_expect.resume) {
		guest_expect.hit = 1;
		guest_expect.error = f->error;
		guest_expect.vector = ~0u;
		f->rip = guest_expect.resume;
		return f;
	}
	uint64_t cr2;
	__asm__ volatile("mov %%cr2, %0" : "=r"(cr2));
	guest_cli();
	const char *name = f->vector < 32 && exc_names[f->vector] ? exc_names[f->vector] : "exception";
	wedge_printf("afterburn-guest: exception cs=0x%lx rflags=0x%lx rsp=0x%lx cr2=0x%lx rax=0x%lx rdi=0x%lx\n",
		     f->cs, f->rflags, f->rsp, cr2, f->rax, f->rdi);
	afterburn_wedge_exit_report();	/* before the PANIC line, which stays last */
	wedge_printf("afterburn-guest: PANIC %s vector=%lu error=0x%lx rip=0x%lx\n", name, f->vector,
		     f->error, f->rip);
	afterburn_wedge_exit(WEDGE_EXIT_PANIC);
}

struct guest_frame *guest_trap(struct guest_frame *f)
{
	uint64_t v = f->vector;
	if (v < 32)
		return exception(f);
	if (v == GUEST_VEC_TIMER) {
		guest_ticks++;
		guest_outb(PIC1_CMD, PIC_EOI);
		return guest_sched_tick(f);
	}
	if (v == GUEST_VEC_TIMER + 7 || v == GUEST_VEC_TIMER + 15)
		return f;	/* spurious IRQ 7/15: no EOI for the spurious PIC */
	if (v > GUEST_VEC_TIMER && v < GUEST_VEC_TIMER + 16) {
		if (v >= GUEST_VEC_TIMER + 8)
			guest_outb(PIC2_CMD, PIC_EOI);
		guest_outb(PIC1_CMD, PIC_EOI);
		return f;
	}
	if (v == GUEST_VEC_SYSCALL)
		return guest_syscall(f);
	if (v == GUEST_VEC_TEST) {
		guest_int82_count++;
		f->rax += 1;	/* visible effect the test checks */
		return f;
	}
	guest_panic("unexpected vector", f->rip);
}
