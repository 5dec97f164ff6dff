/* farret.c - reloading CS and returning to user mode. */
typedef unsigned long ulong;

void reload_cs(unsigned short sel)
{
	asm volatile("pushq %q0\n\t"
		     "leaq 1f(%%rip), %%rax\n\t"
		     "pushq %%rax\n\t"
		     "lretq\n"
		     "1:"
		     : : "r"((ulong)sel) : "rax", "memory");
}

void reload_cs_alt(unsigned short sel)
{
	asm volatile("pushq %q0\n\t"
		     "pushq $2f\n\t"
#ifdef __clang__	/* clang's assembler does not know the retfq spelling */
		     "lretq\n"
#else
		     "retfq\n"
#endif
		     "2:\n\t"
		     : : "r"((ulong)sel) : "memory");
}

__attribute__((noreturn)) void to_user(ulong rip, ulong rsp)
{
	asm volatile("pushq $0x23\n\t"
		     "pushq %1\n\t"
		     "pushq $0x202\n\t"
		     "pushq $0x2b\n\t"
		     "pushq %0\n\t"
		     "swapgs\n\t"
		     "iretq"
		     : : "r"(rip), "r"(rsp) : "memory");
	__builtin_unreachable();
}

__attribute__((noreturn)) void sysret_to(ulong rip)
{
	asm volatile("movq %0, %%rcx\n\tmovq $0x202, %%r11\n\tswapgs\n\tsysretq" : : "r"(rip) : "rcx", "r11");
	__builtin_unreachable();
}

void far_jump(void)
{
	static struct { unsigned int off; unsigned short sel; } __attribute__((packed)) target = { 0, 0x8 };
	asm volatile("ljmp *%0" : : "m"(target));
}
