/*
 * proc.c - ring-3 processes, a round-robin scheduler driven by the PIT,
 * int $0x80 system calls, and the workload phase.
 *
 * A process is a trap frame on its own kernel stack plus its own address
 * space (CR3).  Every switch happens on the way out of guest_trap: the
 * handler returns the frame to resume, entry.S loads it as %rsp and iretq's.
 * Slot 0 is the kernel itself ("idle"): it starts the workload with an
 * yield from ring 0 (guest_kernel_syscall) and gets the CPU back when every process has
 * exited, so the measured interval contains no idle time.
 */
#include "guest.h"

#define NPROC		3		/* user processes */
#define KSTACK_SIZE	8192
#define TIMER_HZ	1000

/* Workload size: ~10 user instructions per iteration, per process. */
#define WORK_ITERS	300000u
#define WORK_SYSCALL_EVERY	0x4000u	/* a getpid every 16384 iterations */
#define WORK_WRITE_EVERY	0x20000u	/* a console line every 131072 */
/*
 * acc after WORK_ITERS iterations of user_main's recurrence, computed on
 * the host with the same C (priv[1..256] = 0..255 initially).  Change it
 * together with the loop or WORK_ITERS.
 */
#define WORK_EXPECTED_ACC	0x44ad6c7db3f1b0feull

enum { SYS_WRITE = 1, SYS_EXIT = 2, SYS_YIELD = 3, SYS_GETPID = 4 };
enum proc_state { PROC_FREE = 0, PROC_RUNNABLE, PROC_DEAD };

struct proc {
	enum proc_state state;
	struct guest_frame *frame;	/* saved when not running */
	uint64_t cr3;
	uint64_t kstack_top;
	uint64_t result;		/* SYS_EXIT argument */
	uint64_t status;		/* SYS_EXIT second argument: 0 = checks passed */
	uint64_t syscalls;
};

static struct proc procs[NPROC + 1];	/* [0] = kernel/idle */
static unsigned current;
static int sched_active;
static uint64_t preemptions, switches, cr3_loads;

/* ---- ring 3 ---------------------------------------------------------- */

static inline uint64_t user_syscall(uint64_t nr, uint64_t a, uint64_t b)
{
	__asm__ volatile("int $0x80" : "+a"(nr) : "D"(a), "S"(b) : "memory");
	return nr;
}

/* Formats v as 16 hex digits at p (user code: no kernel helpers). */
static void user_hex(char *p, uint64_t v)
{
	for (int i = 15; i >= 0; i--, v >>= 4)
		p[i] = "0123456789abcdef"[v & 15];
}

/*
 * The process body.  Deterministic compute over its private page (same
 * virtual address in every process, different physical page), with a
 * system call every WORK_SYSCALL_EVERY iterations and a console line every
 * WORK_WRITE_EVERY.  The page's first word holds the pid: if another
 * process's CR3 ever leaked in, the check at the end would see it.
 */
static __attribute__((noreturn, noinline)) void user_main(uint64_t pid)
{
	volatile uint64_t *priv = (volatile uint64_t *)GUEST_USER_PRIV;
	uint64_t status = 0;
	uint64_t x = 0x9e3779b97f4a7c15ull, acc = 0;

	priv[0] = pid;
	for (unsigned i = 0; i < 256; i++)
		priv[1 + i] = i;
	for (unsigned i = 1; i <= WORK_ITERS; i++) {
		x = x * 6364136223846793005ull + 1442695040888963407ull;
		acc += (x >> 29) ^ priv[1 + (i & 255)];
		priv[1 + (i & 255)] = acc;
		if (!(i % WORK_SYSCALL_EVERY) && user_syscall(SYS_GETPID, 0, 0) != pid)
			status |= 1;
		if (!(i % WORK_WRITE_EVERY)) {
			char line[] = "afterburn-guest: proc N i=0000000000000000 acc=0000000000000000\n";
			line[22] = (char)('0' + pid);
			user_hex(line + 26, i);
			user_hex(line + 47, acc);
			user_syscall(SYS_WRITE, (uintptr_t)line, sizeof(line) - 1);
		}
	}
	if (priv[0] != pid)
		status |= 2;
	user_syscall(SYS_EXIT, acc, status);
	for (;;)
		;
}

/* ---- kernel side ------------------------------------------------------ */

static struct guest_frame *switch_to(struct guest_frame *f, unsigned next)
{
	procs[current].frame = f;
	if (next == current)
		return f;
	switches++;
	current = next;
	guest_set_rsp0(next ? procs[next].kstack_top : (uintptr_t)guest_trap_stack_top_ptr);
	if (procs[next].cr3 != guest_read_cr3()) {
		guest_write_cr3(procs[next].cr3);
		cr3_loads++;
	}
	return procs[next].frame;
}

/* Next runnable process after the current one, round robin; 0 if none. */
static unsigned pick_next(void)
{
	for (unsigned k = 1; k <= NPROC; k++) {
		unsigned i = (current + k - 1) % NPROC + 1;
		if (procs[i].state == PROC_RUNNABLE)	/* the current one comes last */
			return i;
	}
	return 0;
}

struct guest_frame *guest_sched_tick(struct guest_frame *f)
{
	if (!sched_active)
		return f;
	unsigned next = pick_next();
	if (next && next != current && current)
		preemptions++;
	return switch_to(f, next);
}

struct guest_frame *guest_syscall(struct guest_frame *f)
{
	struct proc *p = &procs[current];
	if (f->rax == GUEST_SYS_TEST_RETURN && (f->cs & 3) == 3 && !sched_active) {
		/* End of a self-test trip: resume guest_user_return in ring 0. */
		f->rip = (uintptr_t)guest_user_return;
		f->cs = GUEST_KCODE_SEL;
		f->ss = GUEST_KDATA_SEL;
		f->rsp = (uintptr_t)f;	/* any ring-0 stack: it reloads its own */
		return f;
	}
	p->syscalls++;
	switch (f->rax) {
	case SYS_WRITE:
		if (f->rsi > 256) {
			f->rax = (uint64_t)-22;
			return f;
		}
		wedge_write((const char *)(uintptr_t)f->rdi, f->rsi);
		f->rax = f->rsi;
		return f;
	case SYS_GETPID:
		f->rax = current;
		return f;
	case SYS_YIELD:
		f->rax = 0;
		return sched_active ? switch_to(f, pick_next()) : f;
	case SYS_EXIT:
		if (!current)
			break;
		p->result = f->rdi;
		p->status = f->rsi;
		p->state = PROC_DEAD;
		return switch_to(f, pick_next());
	}
	f->rax = (uint64_t)-38;
	return f;
}

static void proc_create(unsigned i)
{
	struct proc *p = &procs[i];
	p->cr3 = guest_new_address_space();
	/* Private data page and stack page, at the same VAs in every process. */
	guest_map(p->cr3, GUEST_USER_PRIV, (uintptr_t)guest_page_alloc(),
		  GUEST_PTE_P | GUEST_PTE_W | GUEST_PTE_U);
	guest_map(p->cr3, GUEST_USER_STACK_TOP - GUEST_PAGE_SIZE, (uintptr_t)guest_page_alloc(),
		  GUEST_PTE_P | GUEST_PTE_W | GUEST_PTE_U);
	p->kstack_top = (uintptr_t)guest_pages_alloc(KSTACK_SIZE / GUEST_PAGE_SIZE) + KSTACK_SIZE;
	struct guest_frame *f = (struct guest_frame *)p->kstack_top - 1;
	wedge_memset(f, 0, sizeof(*f));
	f->rip = (uintptr_t)user_main;
	f->cs = GUEST_UCODE_SEL;
	f->rflags = GUEST_RFLAGS_USER;
	f->rsp = GUEST_USER_STACK_TOP - 8;	/* as if called: keeps the ABI alignment */
	f->ss = GUEST_UDATA_SEL;
	f->rdi = i;
	p->frame = f;
	p->state = PROC_RUNNABLE;
}

void guest_workload_run(void)
{
	procs[0].cr3 = guest_kernel_cr3();
	procs[0].state = PROC_RUNNABLE;
	for (unsigned i = 1; i <= NPROC; i++)
		proc_create(i);

	guest_cli();
	sched_active = 1;
	guest_pit_start(TIMER_HZ);	/* same timer phase for every image */
	guest_pic_unmask_timer(1);
	uint64_t t0 = guest_rdtsc();
	/* Ring 0 yield: the kernel's frame is saved, process 1 starts. */
	guest_kernel_syscall(SYS_YIELD);
	uint64_t t1 = guest_rdtsc();
	guest_pic_unmask_timer(0);
	sched_active = 0;

	wedge_printf("afterburn-guest: workload tsc=%lu\n", t1 - t0);
	wedge_printf("afterburn-guest: workload switches=%lu preemptions=%lu cr3-loads=%lu ticks=%lu\n",
		     switches, preemptions, cr3_loads, guest_ticks);

	int all_dead = 1, same = 1, clean = 1;
	for (unsigned i = 1; i <= NPROC; i++) {
		all_dead &= procs[i].state == PROC_DEAD;
		same &= procs[i].result == procs[1].result;
		clean &= procs[i].status == 0;
	}
	guest_test_ok("workload: every process ran to its exit", all_dead, "a process never exited");
	guest_test_ok("workload: every process computed the expected result",
		      same && clean && procs[1].result == WORK_EXPECTED_ACC,
		      "results %lx/%lx/%lx status %lu/%lu/%lu", procs[1].result, procs[2].result,
		      procs[3].result, procs[1].status, procs[2].status, procs[3].status);
	guest_test_ok("workload: context switches reload CR3", cr3_loads >= NPROC + 1,
		      "only %lu CR3 loads", cr3_loads);
	guest_test_ok("workload: timer preempted ring-3 processes", preemptions > 0,
		      "no preemption in %lu ticks", guest_ticks);
	/* Teardown: the kernel's CR3 is loaded again; the processes' tables go back. */
	for (unsigned i = 1; i <= NPROC; i++)
		if (procs[i].state == PROC_DEAD) {
			guest_free_address_space(procs[i].cr3);
			procs[i].state = PROC_FREE;
		}
}
