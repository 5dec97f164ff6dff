/* idle.c - idle states: monitor/mwait, hlt, and a state table (a switch). */
volatile unsigned long wake_flag;
int idle_calls[8];

static inline void monitor(const volatile void *p)
{
	asm volatile("monitor" : : "a"(p), "c"(0), "d"(0));
}

static inline void mwait(unsigned hint)
{
	asm volatile("mwait" : : "a"(hint), "c"(0));
}

int enter_idle(int state)
{
	idle_calls[state & 7]++;
	switch (state) {
	case 0:
		asm volatile("pause");
		return 0;
	case 1:
		asm volatile("hlt");
		return 1;
	case 2:
		monitor(&wake_flag);
		if (!wake_flag)
			mwait(0x10);
		return 2;
	case 3:
		asm volatile("sti; hlt; cli");
		return 3;
	case 4:
		monitor(&wake_flag);
		mwait(0x20);
		return 4;
	case 5:
		asm volatile("sti\n\tnop\n\tcli");
		return 5;
	case 6:
		asm volatile("wbinvd; hlt");
		return 6;
	default:
		return -1;
	}
}

void poll_idle(void)
{
	while (!wake_flag)
		asm volatile("rep; nop");
}
