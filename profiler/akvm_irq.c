/*
 * akvm_irq.c - --irqchip user: the 8259A pair, PIT channel 0 and the
 * AB_HC_TIMER_SET hypercall timer emulated in this process, with interrupts
 * injected by KVM_INTERRUPT.
 *
 * Why a user-space irqchip when KVM's in-kernel one works here: the hypercall
 * ABI (afterburn/hypercall.h) needs (a) a timer with any vector, (b) vectors
 * parked in the shared page while the wedge's virtual IF is 0, (c) AB_HC_EOI
 * and batched 8259 port writes applied by the host.  KVM's in-kernel PIC
 * injects whenever the real IF is 1 and cannot be driven from user space
 * except through whole-state KVM_SET_IRQCHIP; here every decision is ours,
 * as in the VT-x hypervisor.  The cost: HLT and every tick exit to user space.
 *
 * Time is host CLOCK_MONOTONIC.  A one-shot POSIX timer (SIGALRM's sibling
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

#define PIT_HZ			1193182ull
#define NS			1000000000ull
#define RFLAGS_IF		(1ull << 9)
/* 8259A command words (Intel 8259A data sheet). */
#define PIC_ICW1		0x10
#define PIC_ICW1_IC4		0x01
#define PIC_OCW3_SEL		0x08
#define PIC_OCW3_RR		0x02
#define PIC_OCW3_RIS		0x01
#define PIC_OCW2_EOI		0x20
#define PIC_OCW2_SL		0x40
#define PIC_ICW4_AEOI		0x02
#define PIC_CASCADE_IRQ		2

static uint64_t akvm_irq_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * NS + (uint64_t)ts.tv_nsec;
}

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
	memset(q, 0, sizeof(*q));
	q->pic[0].imr = q->pic[1].imr = 0xff;
	q->pic[0].base = 0x08;
	q->pic[1].base = 0x70;
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

/* --- 8259A ---------------------------------------------------------------- */

static void akvm_pic_out(struct akvm_pic *p, bool data, uint8_t v)
{
	if (!data && (v & PIC_ICW1)) {
		*p = (struct akvm_pic){ .imr = 0, .base = p->base, .icw_step = 2,
					.need_icw4 = v & PIC_ICW1_IC4 };
		return;
	}
	if (data) {
		switch (p->icw_step) {
		case 2: p->base = v & 0xf8; p->icw_step = 3; return;
		case 3: p->icw_step = p->need_icw4 ? 4 : 0; return;
		case 4: p->aeoi = v & PIC_ICW4_AEOI; p->icw_step = 0; return;
		default: p->imr = v; return;
		}
	}
	if ((v & 0x18) == PIC_OCW3_SEL) {
		if (v & PIC_OCW3_RR)
			p->read_isr = v & PIC_OCW3_RIS;
		return;
	}
	if (!(v & PIC_OCW2_EOI))
		return;
	if (v & PIC_OCW2_SL) {
		p->isr &= (uint8_t)~(1u << (v & 7));
		return;
	}
	for (int i = 0; i < 8; i++)	/* non-specific: the highest priority in service */
		if (p->isr & (1u << i)) {
			p->isr &= (uint8_t)~(1u << i);
			return;
		}
}

/* Highest-priority requested, unmasked line not blocked by one in service; -1 if none. */
static int akvm_pic_best(const struct akvm_pic *p, uint8_t irr)
{
	for (int i = 0; i < 8; i++) {
		if (p->isr & (1u << i))
			return -1;
		if ((irr & ~p->imr) & (1u << i))
			return i;
	}
	return -1;
}

static int akvm_pic_pending(struct akvm_irq *q, bool take)
{
	int s = akvm_pic_best(&q->pic[1], q->pic[1].irr);
	uint8_t cascade = s >= 0 ? (uint8_t)(1u << PIC_CASCADE_IRQ) : 0;
	int m = akvm_pic_best(&q->pic[0], q->pic[0].irr | cascade);
	if (m < 0)
		return -1;
	if (m == PIC_CASCADE_IRQ && s >= 0) {
		if (take) {
			q->pic[1].irr &= (uint8_t)~(1u << s);
			if (!q->pic[1].aeoi)
				q->pic[1].isr |= (uint8_t)(1u << s);
			if (!q->pic[0].aeoi)
				q->pic[0].isr |= (uint8_t)(1u << PIC_CASCADE_IRQ);
			q->pic[0].irr &= (uint8_t)~(1u << PIC_CASCADE_IRQ);
		}
		return q->pic[1].base + s;
	}
	if (take) {
		q->pic[0].irr &= (uint8_t)~(1u << m);
		if (!q->pic[0].aeoi)
			q->pic[0].isr |= (uint8_t)(1u << m);
	}
	return q->pic[0].base + m;
}

/* --- PIT channel 0 ---------------------------------------------------------- */

static uint64_t akvm_pit_period_ns(const struct akvm_irq *q)
{
	uint64_t reload = q->pit_reload ? q->pit_reload : 0x10000;
	return reload * NS / PIT_HZ;
}

static uint16_t akvm_pit_count(const struct akvm_irq *q)
{
	uint64_t reload = q->pit_reload ? q->pit_reload : 0x10000;
	uint64_t ticks = (akvm_irq_now() - q->pit_start) * PIT_HZ / NS;
	if (q->pit_mode == 0 && ticks >= reload)
		return 0;
	return (uint16_t)(reload - ticks % reload);
}

static void akvm_pit_out(struct akvm_irq *q, uint16_t port, uint8_t v)
{
	if (port == 0x43) {
		if ((v >> 6) != 0)	/* channels 1/2 and read-back: not emulated */
			return;
		if (((v >> 4) & 3) == 0) {	/* counter latch */
			q->pit_latch = akvm_pit_count(q);
			q->pit_latched = 2;
			return;
		}
		q->pit_access = (v >> 4) & 3;
		q->pit_mode = (v >> 1) & 7;
		q->pit_write_hi = false;
		q->pit_deadline = 0;	/* stops until the count is written */
		return;
	}
	if (port != 0x40)
		return;
	if (q->pit_access == 1 || (q->pit_access == 3 && !q->pit_write_hi)) {
		q->pit_reload = (uint16_t)((q->pit_reload & 0xff00) | v);
		if (q->pit_access == 3) {
			q->pit_write_hi = true;
			return;
		}
	} else {
		q->pit_reload = (uint16_t)((q->pit_reload & 0x00ff) | (v << 8));
		q->pit_write_hi = false;
	}
	q->pit_start = akvm_irq_now();
	q->pit_deadline = q->pit_start + akvm_pit_period_ns(q);
}

static uint8_t akvm_pit_in(struct akvm_irq *q, uint16_t port)
{
	if (port == 0x61)		/* speaker port: toggle "refresh" bit 4 for delay loops */
		return (q->port61 ^= 0x10);
	if (port != 0x40)
		return 0xff;
	uint16_t c = q->pit_latched ? q->pit_latch : akvm_pit_count(q);
	bool hi = q->pit_latched ? q->pit_latched == 1 : q->pit_read_hi;
	if (q->pit_latched)
		q->pit_latched--;
	else if (q->pit_access == 3)
		q->pit_read_hi = !q->pit_read_hi;
	if (q->pit_access == 2)
		hi = true;
	else if (q->pit_access == 1)
		hi = false;
	return hi ? (uint8_t)(c >> 8) : (uint8_t)c;
}

bool akvm_irq_port(struct akvm_vm *vm, uint16_t port, bool out, uint8_t *v)
{
	struct akvm_irq *q = &vm->irq;
	if (port == 0x20 || port == 0x21 || port == 0xa0 || port == 0xa1) {
		struct akvm_pic *p = &q->pic[port >= 0xa0];
		bool data = port & 1;
		if (out)
			akvm_pic_out(p, data, *v);
		else
			*v = data ? p->imr : p->read_isr ? p->isr : p->irr;
		return true;
	}
	if ((port >= 0x40 && port <= 0x43) || port == 0x61) {
		if (out)
			akvm_pit_out(q, port, *v);
		else
			*v = akvm_pit_in(q, port);
		return true;
	}
	return false;
}

/* --- time and injection ------------------------------------------------------ */

static void akvm_irq_advance(uint64_t *deadline, uint64_t period, uint64_t now)
{
	*deadline += period;
	if (*deadline <= now)		/* fell behind (a long exit): no burst of ticks */
		*deadline = now + period;
}

static void akvm_irq_tick(struct akvm_irq *q)
{
	uint64_t now = akvm_irq_now();
	if (q->pit_deadline && now >= q->pit_deadline) {
		q->pic[0].irr |= 1;
		q->ticks++;
		if (q->pit_mode == 2 || q->pit_mode == 3 || q->pit_mode == 6 || q->pit_mode == 7)
			akvm_irq_advance(&q->pit_deadline, akvm_pit_period_ns(q), now);
		else
			q->pit_deadline = 0;
	}
	if (q->hc_deadline && now >= q->hc_deadline) {
		q->hc_pending[q->hc_vector / 64] |= 1ull << (q->hc_vector % 64);
		q->ticks++;
		akvm_irq_advance(&q->hc_deadline, q->hc_period_ns, now);
	}
}

static int akvm_irq_next(struct akvm_irq *q, bool take)
{
	for (int w = 0; w < 4; w++)
		if (q->hc_pending[w]) {
			int vec = w * 64 + __builtin_ctzll(q->hc_pending[w]);
			if (take)
				q->hc_pending[w] &= ~(1ull << (vec % 64));
			return vec;
		}
	return akvm_pic_pending(q, take);
}

static uint64_t akvm_irq_next_deadline(const struct akvm_irq *q)
{
	uint64_t d = q->pit_deadline;
	if (q->hc_deadline && (!d || q->hc_deadline < d))
		d = q->hc_deadline;
	return d;
}

/*
 * The kick deadline: like akvm_irq_next_deadline, but a PIT tick while IRQ0
 * is masked at the master 8259 cannot be delivered, so it is no reason to
 * interrupt the vCPU (the tick is still latched into irr by akvm_irq_tick at
 * the next exit, as the real 8259 latches an edge it masks).
 */
static uint64_t akvm_irq_kick_deadline(const struct akvm_irq *q)
{
	uint64_t d = (q->pic[0].imr & 1) ? 0 : q->pit_deadline;
	if (q->hc_deadline && (!d || q->hc_deadline < d))
		d = q->hc_deadline;
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
	akvm_irq_tick(q);
	run->request_interrupt_window = 0;
	struct ab_shared_page *sp = vm->shared_gpa ? (void *)(vm->mem + vm->shared_gpa) : NULL;
	int vec = akvm_irq_next(q, false);
	if (sp && (!sp->vif || !run->if_flag)) {
		for (; vec >= 0; vec = akvm_irq_next(q, false)) {
			akvm_irq_next(q, true);
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
			int e = akvm_irq_inject(vm, akvm_irq_next(q, true));
			if (e < 0)
				return e;
		} else {
			run->request_interrupt_window = 1;
		}
	}
	uint64_t d = akvm_irq_kick_deadline(q);
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
	struct akvm_irq *q = &vm->irq;
	for (;;) {
		akvm_irq_tick(q);
		if (akvm_irq_next(q, false) >= 0)
			return 0;
		uint64_t d = akvm_irq_next_deadline(q);
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
		q->hc_deadline = 0;
		return 0;
	}
	if (vector < 32 || vector > 255 || period_us > 60000000)
		return AB_HC_EINVAL;
	q->hc_vector = (uint8_t)vector;
	q->hc_period_ns = period_us * 1000;
	q->hc_deadline = akvm_irq_now() + q->hc_period_ns;
	return 0;
}

/* AB_HC_EOI (vector): end of interrupt for an 8259 vector (hypercall-timer vectors need none). */
int64_t akvm_irq_hc_eoi(struct akvm_vm *vm, uint64_t vector)
{
	struct akvm_irq *q = &vm->irq;
	if (vector > 255)
		return AB_HC_EINVAL;
	for (int n = 0; n < 2; n++) {
		struct akvm_pic *p = &q->pic[n];
		if (vector >= p->base && vector < p->base + 8u) {
			p->isr &= (uint8_t)~(1u << (vector - p->base));
			if (n == 1)
				q->pic[0].isr &= (uint8_t)~(1u << PIC_CASCADE_IRQ);
		}
	}
	return 0;
}
