/*
 * akvm_irq.c - --irqchip user: the 8259A pair and the PIT of devices/ (in
 * vm->pc) and the AB_HC_TIMER_SET hypercall timer emulated in this process,
 * with interrupts injected by KVM_INTERRUPT.
 *
 * Why a user-space irqchip when KVM's in-kernel one works here: the hypercall
 * ABI (afterburn/hypercall.h) needs (a) a timer with any vector, (b) vectors
 * parked in the shared page while the wedge's virtual IF is 0, (c) AB_HC_EOI
 * and batched 8259 port writes applied by the host.  KVM's in-kernel PIC
 * injects whenever the real IF is 1 and cannot be driven from user space
 * except through whole-state KVM_SET_IRQCHIP; here every decision is ours,
 * as in the VT-x hypervisor.  The cost: HLT and every tick exit to user space.
 *
 * Time is host CLOCK_MONOTONIC (akvm_dev_now).  A one-shot POSIX timer (SIGALRM's sibling
 * SIGUSR2) is armed to the nearest deadline before each KVM_RUN so a guest
 * that never exits is still interrupted.
 */
#include "akvm.h"
#include "afterburn/hypercall.h"

#include <errno.h>
#include <signal.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>

#define NS			AKVM_NS

static volatile sig_atomic_t akvm_irq_kicked;
static struct kvm_run *volatile akvm_irq_run;

static void akvm_irq_on_timer(int sig)
{
	(void)sig;
	akvm_irq_kicked = 1;
	if (akvm_irq_run)
		akvm_irq_run->immediate_exit = 1;
}

int akvm_irq_init(struct akvm_vm *vm)
{
	struct akvm_irq *q = &vm->irq;
	memset(q, 0, sizeof(*q));	/* the 8259 pair and PIT: reset by akvm_dev_init */
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = akvm_irq_on_timer;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGUSR2, &sa, NULL) < 0)
		return -errno;
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGUSR2 };
	if (timer_create(CLOCK_MONOTONIC, &ev, &q->timer) < 0) {
		akvm_err("--irqchip user: timer_create: %s", strerror(errno));
		return -errno;
	}
	q->timer_ok = true;
	akvm_irq_run = vm->run;
	return 0;
}

void akvm_irq_exit(struct akvm_vm *vm)
{
	if (vm->irq.timer_ok)
		timer_delete(vm->irq.timer);
	vm->irq.timer_ok = false;
	akvm_irq_run = NULL;
}

/* --- time and injection ------------------------------------------------------ */

static void akvm_irq_tick(struct akvm_vm *vm)
{
	struct akvm_irq *q = &vm->irq;
	uint64_t now = akvm_dev_now(), pit = dev_pc_deadline(&vm->pc);
	dev_pc_tick(&vm->pc, now);	/* PIT channel 0 -> IRQ0 */
	if (pit && now >= pit)
		q->ticks++;
	if (dev_timer_due(&q->hc, now)) {
		q->hc_pending[q->hc_vector / 64] |= 1ull << (q->hc_vector % 64);
		q->ticks++;
	}
}

/* Next vector (hypercall timer first), taken from its source if `take`; -1 if none. */
static int akvm_irq_next(struct akvm_vm *vm, bool take)
{
	struct akvm_irq *q = &vm->irq;
	for (int w = 0; w < 4; w++)
		if (q->hc_pending[w]) {
			int vec = w * 64 + __builtin_ctzll(q->hc_pending[w]);
			if (take)
				q->hc_pending[w] &= ~(1ull << (vec % 64));
			return vec;
		}
	int vec = dev_pic_pending(&vm->pc.pic);
	if (vec >= 0 && take)
		dev_pic_ack(&vm->pc.pic, vec);
	return vec;
}

static uint64_t akvm_irq_next_deadline(const struct akvm_vm *vm)
{
	uint64_t d = dev_pc_deadline(&vm->pc), h = vm->irq.hc.deadline;
	if (h && (!d || h < d))
		d = h;
	return d;
}

/*
 * The kick deadline: like akvm_irq_next_deadline, but a PIT tick while IRQ0
 * is masked at the master 8259 cannot be delivered, so it is no reason to
 * interrupt the vCPU (the tick is still latched into irr by akvm_irq_tick at
 * the next exit, as the real 8259 latches an edge it masks).
 */
static uint64_t akvm_irq_kick_deadline(const struct akvm_vm *vm)
{
	uint64_t d = dev_pc_deadline_unmasked(&vm->pc), h = vm->irq.hc.deadline;
	if (h && (!d || h < d))
		d = h;
	return d;
}

static int akvm_irq_inject(struct akvm_vm *vm, int vec)
{
	struct kvm_interrupt irq = { .irq = (uint32_t)vec };
	if (ioctl(vm->vcpu_fd, KVM_INTERRUPT, &irq) < 0) {
		akvm_err("KVM_INTERRUPT vector 0x%x: %s", irq.irq, strerror(errno));
		return -errno;
	}
	vm->irq.injected++;
	return 0;
}

/*
 * Before each KVM_RUN: deliver, park or ask for an interrupt window; arm the
 * kick.  With a shared page the guest's IF is RFLAGS.IF & vif
 * (hypercall.h): while it is 0 - vif cleared by the wedge's cli, or the real
 * IF cleared by an interrupt gate - everything due is parked in pending[]
 * for the wedge to replay, and no interrupt window is requested (that exit
 * would only find the guest's IF still 0 at the next sti, which the wedge
 * handles without one).  A parked vector the wedge has not claimed when the
 * guest's IF is 1 again is injected here (the hypervisor_stub does the same).
 */
/*
 * Can an interrupt be injected at this KVM_RUN?  KVM says not while an STI
 * shadow covers the exiting instruction - which is always the case for the
 * wedge's `sti; outl AB_HC_HALT` (the "sti; hlt" pair): but that shadow
 * ends when the outl completes, which KVM does on this very KVM_RUN before
 * it injects, so the interrupt is taken right after the hypercall - where
 * the CPU would take it after `sti; hlt` - without an interrupt-window exit.
 */
static bool akvm_irq_ready(const struct kvm_run *run)
{
	if (run->ready_for_interrupt_injection)
		return true;
	return run->if_flag && run->exit_reason == KVM_EXIT_IO &&
	       run->io.direction == KVM_EXIT_IO_OUT && run->io.port == AB_HV_PORT;
}

int akvm_irq_before_run(struct akvm_vm *vm)
{
	struct akvm_irq *q = &vm->irq;
	struct kvm_run *run = vm->run;
	akvm_irq_tick(vm);
	run->request_interrupt_window = 0;
	struct ab_shared_page *sp = vm->shared_gpa ? (void *)(vm->mem + vm->shared_gpa) : NULL;
	int vec = akvm_irq_next(vm, false);
	if (sp && (!sp->vif || !run->if_flag)) {
		for (; vec >= 0; vec = akvm_irq_next(vm, false)) {
			akvm_irq_next(vm, true);
			sp->pending[vec / 64] |= 1ull << (vec % 64);
		}
	} else if (sp && vec < 0) {
		/* vif 1 and RFLAGS.IF 1: a parked vector the wedge left is ours */
		for (int w = 0; w < 4 && vec < 0; w++)
			if (sp->pending[w]) {
				int v = w * 64 + __builtin_ctzll(sp->pending[w]);
				if (!akvm_irq_ready(run)) {
					run->request_interrupt_window = 1;
				} else {
					__atomic_fetch_and(&sp->pending[w], ~(1ull << (v % 64)), __ATOMIC_SEQ_CST);
					int e = akvm_irq_inject(vm, v);
					if (e < 0)
						return e;
				}
				break;
			}
	}
	if (vec >= 0 && !(sp && (!sp->vif || !run->if_flag))) {
		if (akvm_irq_ready(run) && run->if_flag) {
			int e = akvm_irq_inject(vm, akvm_irq_next(vm, true));
			if (e < 0)
				return e;
		} else {
			run->request_interrupt_window = 1;
		}
	}
	uint64_t d = akvm_irq_kick_deadline(vm);
	struct itimerspec its = { { 0, 0 }, { 0, 0 } };
	if (d) {
		its.it_value.tv_sec = (time_t)(d / NS);
		its.it_value.tv_nsec = (long)(d % NS);
	}
	if (timer_settime(q->timer, TIMER_ABSTIME, &its, NULL) < 0)
		return -errno;
	return 0;
}

/* After KVM_RUN returned EINTR because of our kick (not the --timeout). */
bool akvm_irq_kick_seen(void)
{
	bool k = akvm_irq_kicked;
	akvm_irq_kicked = 0;
	return k;
}

/*
 * Wait for the next interrupt source (HLT exit or AB_HC_HALT).  Returns 0
 * when something is pending, -ETIME when nothing is armed (the guest would
 * sleep forever), -EINTR when a signal (the --timeout) cut the wait.
 */
int akvm_irq_wait(struct akvm_vm *vm)
{
	for (;;) {
		akvm_irq_tick(vm);
		if (akvm_irq_next(vm, false) >= 0)
			return 0;
		uint64_t d = akvm_irq_next_deadline(vm);
		if (!d)
			return -ETIME;
		struct timespec ts = { (time_t)(d / NS), (long)(d % NS) };
		int r = clock_nanosleep(CLOCK_MONOTONIC, TIMER_ABSTIME, &ts, NULL);
		if (r == EINTR && !akvm_irq_kick_seen())
			return -EINTR;
	}
}

/* AB_HC_TIMER_SET (period in microseconds, vector); period 0 stops it. */
int64_t akvm_irq_hc_timer(struct akvm_vm *vm, uint64_t period_us, uint64_t vector)
{
	struct akvm_irq *q = &vm->irq;
	if (!period_us) {
		dev_timer_stop(&q->hc);
		return 0;
	}
	if (vector < 32 || vector > 255 || period_us > 60000000)
		return AB_HC_EINVAL;
	q->hc_vector = (uint8_t)vector;
	dev_timer_start(&q->hc, dev_ticks_from_us(period_us, NS), akvm_dev_now());
	return 0;
}

/* AB_HC_EOI (vector): end of interrupt for an 8259 vector (hypercall-timer vectors need none). */
int64_t akvm_irq_hc_eoi(struct akvm_vm *vm, uint64_t vector)
{
	if (vector > 255)
		return AB_HC_EINVAL;
	dev_pic_eoi_vector(&vm->pc.pic, (unsigned)vector);
	return 0;
}
