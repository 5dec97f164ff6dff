/* irqflags.c - interrupt flag helpers the way a small kernel writes them. */
typedef unsigned long ulong;

static inline ulong arch_local_save_flags(void)
{
	ulong flags;
	asm volatile("pushfq ; popq %0" : "=rm"(flags) : : "memory");
	return flags;
}

static inline void arch_local_irq_disable(void) { asm volatile("cli" : : : "memory"); }
static inline void arch_local_irq_enable(void) { asm volatile("sti" : : : "memory"); }

static inline ulong arch_local_irq_save(void)
{
	ulong flags = arch_local_save_flags();
	arch_local_irq_disable();
	return flags;
}

static inline void arch_local_irq_restore(ulong flags)
{
	asm volatile("pushq %0 ; popfq" : : "g"(flags) : "memory", "cc");
}

volatile int pending;
int counter;

void safe_halt(void)
{
	asm volatile("sti; hlt" : : : "memory");
}

int irqs_disabled(void)
{
	return !(arch_local_save_flags() & 0x200);
}

void bump(int n)
{
	ulong f = arch_local_irq_save();
	for (int i = 0; i < n; i++)
		counter += i;
	arch_local_irq_restore(f);
}

void idle_loop(void)
{
	for (;;) {
		arch_local_irq_disable();
		if (pending) {
			arch_local_irq_enable();
			continue;
		}
		safe_halt();
	}
}
