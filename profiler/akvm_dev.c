/*
 * akvm_dev.c - the devices a guest reaches through port I/O exits:
 *   COM1 0x3f8-0x3ff  the 16550 of devices/uart.c; output to the serial stream
 *   0x70/0x71         the CMOS/RTC of devices/cmos.c (host wall clock at start)
 *   0xf4              isa-debug-exit: guest exit with QEMU's verdict values
 *   0x8900            Bochs shutdown port: "Shutdown" powers off
 *   AB_HV_PORT        the hypercall ABI of afterburn/hypercall.h
 * The 8259 and the PIT are in the kernel (KVM_CREATE_IRQCHIP/PIT2), so their
 * ports never arrive here, unless --irqchip user (then devices/ has them
 * too, and akvm_irq.c injects).  The UART's IRQ4 goes to whichever 8259 is
 * in use (KVM_IRQ_LINE for the kernel's).
 * Unknown ports read as all-ones and ignore writes.
 */
#include "akvm.h"
#include "afterburn/hypercall.h"

#include <errno.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>

#define DEBUG_EXIT_PORT		0xf4
#define DEBUG_EXIT_PASS		0x10
#define DEBUG_EXIT_FAIL		0x11
#define DEBUG_EXIT_PANIC	0x12
#define BOCHS_SHUTDOWN_PORT	0x8900

static const char akvm_shutdown_str[] = "Shutdown";

uint64_t akvm_dev_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (uint64_t)ts.tv_sec * AKVM_NS + (uint64_t)ts.tv_nsec;
}

static void akvm_console_putc(struct akvm_vm *vm, char ch);

static void akvm_dev_uart_tx(void *ctx, uint8_t byte)
{
	akvm_console_putc(ctx, (char)byte);
}

/* An ISA line changed (devices/pc.c): the kernel's 8259 needs to hear of it. */
static void akvm_dev_irq_line(void *ctx, unsigned irq, bool level)
{
	struct akvm_vm *vm = ctx;
	if (vm->opt->irqchip_user || vm->vm_fd < 0)
		return;			/* the 8259 pair of devices/ has it already */
	struct kvm_irq_level l = { .irq = irq, .level = level };
	if (ioctl(vm->vm_fd, KVM_IRQ_LINE, &l) < 0 && vm->opt->verbose)
		akvm_err("KVM_IRQ_LINE %u=%d: %s", irq, level, strerror(errno));
}

void akvm_dev_init(struct akvm_vm *vm, FILE *serial_out)
{
	memset(&vm->uart, 0, sizeof(vm->uart));
	vm->uart.out = serial_out;
	vm->uart.verdict = -1;
	const struct dev_host host = { .ctx = vm, .uart_tx = akvm_dev_uart_tx, .irq_line = akvm_dev_irq_line };
	dev_pc_init(&vm->pc, &host, AKVM_NS, akvm_dev_now(), (uint64_t)time(NULL));
}

static void akvm_finish(struct akvm_vm *vm, int status)
{
	vm->done = true;
	vm->status = status;
}

/* Remember the guest's verdict line (BRIEF: `afterburn-guest: PASS|FAIL|PANIC ...`). */
static void akvm_uart_line(struct akvm_uart *u)
{
	static const char pfx[] = "afterburn-guest: ";
	u->line[u->line_len] = 0;
	if (!strncmp(u->line, pfx, sizeof(pfx) - 1)) {
		const char *v = u->line + sizeof(pfx) - 1;
		if (!strncmp(v, "PASS", 4))
			u->verdict = AKVM_EXIT_PASS;
		else if (!strncmp(v, "FAIL", 4))
			u->verdict = AKVM_EXIT_FAIL;
		else if (!strncmp(v, "PANIC", 5))
			u->verdict = AKVM_EXIT_CRASH;
	}
	u->line_len = 0;
}

static void akvm_console_putc(struct akvm_vm *vm, char ch)
{
	struct akvm_uart *u = &vm->uart;
	fputc(ch, u->out);
	if (ch == '\n') {
		fflush(u->out);
		akvm_uart_line(u);
	} else if (u->line_len < sizeof(u->line) - 1) {
		u->line[u->line_len++] = ch;
	}
}

static void akvm_debug_exit(struct akvm_vm *vm, uint8_t v)
{
	int st;
	const char *what;
	switch (v) {
	case DEBUG_EXIT_PASS: st = AKVM_EXIT_PASS; what = "pass"; break;
	case DEBUG_EXIT_FAIL: st = AKVM_EXIT_FAIL; what = "fail"; break;
	case DEBUG_EXIT_PANIC: st = AKVM_EXIT_CRASH; what = "panic"; break;
	default: st = AKVM_EXIT_FAIL; what = "unknown value, taken as fail"; break;
	}
	akvm_info(vm, "guest exit via isa-debug-exit 0x%02x (%s)", v, what);
	akvm_finish(vm, st);
}

static void akvm_shutdown_byte(struct akvm_vm *vm, uint8_t b)
{
	if (b == (uint8_t)akvm_shutdown_str[vm->shutdown_match])
		vm->shutdown_match++;
	else
		vm->shutdown_match = b == (uint8_t)akvm_shutdown_str[0];
	if (vm->shutdown_match == sizeof(akvm_shutdown_str) - 1) {
		int st = vm->uart.verdict >= 0 ? vm->uart.verdict : AKVM_EXIT_PASS;
		akvm_info(vm, "guest powered off via port 0x8900 (status %d from its verdict line)", st);
		akvm_finish(vm, st);
	}
}

/* Does devices/ answer this port here?  The 8259 pair and the PIT only
 * with --irqchip user (else they are KVM's and never exit to us). */
static bool akvm_dev_model(const struct akvm_vm *vm, uint16_t port)
{
	enum dev_id id = dev_pc_owner(port);
	if (id == DEV_ID_PIC || id == DEV_ID_PIT)
		return vm->opt->irqchip_user;
	return id != DEV_ID_NONE;
}

/* One port write of `size` bytes. */
static int akvm_port_out(struct akvm_vm *vm, uint16_t port, unsigned size, uint32_t v)
{
	uint8_t b = (uint8_t)v;
	if (akvm_dev_model(vm, port)) {
		dev_pc_io(&vm->pc, port, false, &b, akvm_dev_now());
	} else if (port == DEBUG_EXIT_PORT) {
		akvm_debug_exit(vm, (uint8_t)v);
	} else if (port == BOCHS_SHUTDOWN_PORT) {
		/* outb per character, or several characters per outw/outl */
		for (unsigned i = 0; i < size; i++)
			if ((uint8_t)(v >> (8 * i)) || i == 0)
				akvm_shutdown_byte(vm, (uint8_t)(v >> (8 * i)));
	} else if (vm->opt->verbose) {
		akvm_err("ignored out to port 0x%x (size %u) value 0x%x", port, size, v);
	}
	return 0;
}

static uint32_t akvm_port_in(struct akvm_vm *vm, uint16_t port, unsigned size)
{
	uint8_t b = 0xff;
	if (akvm_dev_model(vm, port)) {
		dev_pc_io(&vm->pc, port, true, &b, akvm_dev_now());
		return b;
	}
	if (vm->opt->verbose)
		akvm_err("in from unemulated port 0x%x (size %u): all ones", port, size);
	return 0xffffffffu;
}

/* A KVM_EXIT_IO: `count` items of `size` bytes at data_offset in kvm_run. */
int akvm_dev_io(struct akvm_vm *vm)
{
	struct kvm_run *run = vm->run;
	uint8_t *data = (uint8_t *)run + run->io.data_offset;
	unsigned size = run->io.size;
	if (run->io.port == AB_HV_PORT && run->io.direction == KVM_EXIT_IO_OUT) {
		vm->xcount[AKVM_X_HYPERCALL]++;
		return akvm_dev_hypercall(vm);
	}
	vm->xcount[AKVM_X_IO]++;
	if (size != 1 && size != 2 && size != 4) {
		akvm_err("port I/O of size %u", size);
		return -EINVAL;
	}
	for (uint32_t i = 0; i < run->io.count && !vm->done; i++, data += size) {
		if (run->io.direction == KVM_EXIT_IO_OUT) {
			uint32_t v = 0;
			memcpy(&v, data, size);
			akvm_port_out(vm, run->io.port, size, v);
		} else {
			uint32_t v = akvm_port_in(vm, run->io.port, size);
			memcpy(data, &v, size);
		}
	}
	return 0;
}

/* --- hypercalls ------------------------------------------------------------ */

static int64_t akvm_hc_console(struct akvm_vm *vm, uint64_t gpa, uint64_t len)
{
	if (!akvm_gpa_ok(vm, gpa, len))
		return AB_HC_EFAULT;
	for (uint64_t i = 0; i < len; i++)
		akvm_console_putc(vm, (char)vm->mem[gpa + i]);
	return (int64_t)len;
}

static int64_t akvm_hc_stats(struct akvm_vm *vm, uint64_t gpa, uint64_t len)
{
	char buf[512];
	int n = snprintf(buf, sizeof(buf), "exits=%llu io=%llu mmio=%llu hypercall=%llu ptwrite=%llu",
			 (unsigned long long)vm->exits, (unsigned long long)vm->xcount[AKVM_X_IO],
			 (unsigned long long)vm->xcount[AKVM_X_MMIO],
			 (unsigned long long)vm->xcount[AKVM_X_HYPERCALL],
			 (unsigned long long)vm->xcount[AKVM_X_PTWRITE]);
	uint64_t want = (uint64_t)n + 1 < len ? (uint64_t)n + 1 : len;
	if (!akvm_gpa_ok(vm, gpa, want))
		return AB_HC_EFAULT;
	memcpy(vm->mem + gpa, buf, want);
	return (int64_t)want;
}

/*
 * A batched port write (devices/batch.c applies the batch, hypercall.h
 * "Lazy batch").  With the in-kernel irqchip, batched port writes to the
 * 8259/PIT cannot be replayed from user space (KVM has no "port write to
 * the in-kernel device" call), so those are refused with EINVAL: use
 * --irqchip user for the hypercall back end.
 */
static int64_t akvm_batch_out(void *ctx, uint16_t port, unsigned size, uint32_t val)
{
	struct akvm_vm *vm = ctx;
	enum dev_id id = dev_pc_owner(port);
	if ((id == DEV_ID_PIC || id == DEV_ID_PIT) && port != 0x61 && !vm->opt->irqchip_user)
		return AB_HC_EINVAL;
	akvm_port_out(vm, port, size, val);
	return 0;
}

/*
 * A page-table store is written into guest memory from here, which KVM's
 * shadow MMU does not see: only sound for a table KVM is not shadowing yet,
 * or followed by a CR3 load or invlpg (the wedge does not queue PTE stores
 * here: see wedge/ptwrite.c).
 */
static void *akvm_batch_gpa(void *ctx, uint64_t gpa, uint64_t len)
{
	struct akvm_vm *vm = ctx;
	return akvm_gpa_ok(vm, gpa, len) ? vm->mem + gpa : NULL;
}

static int64_t akvm_batch_apply(struct akvm_vm *vm, struct ab_shared_page *sp)
{
	const struct dev_batch_host h = { .ctx = vm, .port_out = akvm_batch_out, .gpa = akvm_batch_gpa };
	return dev_batch_apply(sp, &h);
}

/*
 * Lazy batch: at every exit, before it is handled and before interrupts are
 * looked at (akvm_run calls akvm_dev_drain right after KVM_RUN), ops the
 * guest committed with `incl batch_len` are applied - so an 8259 EOI in the
 * batch costs no exit of its own (the wedge probes for this at boot).
 */
static void akvm_batch_sync(struct akvm_vm *vm)
{
	if (!vm->shared_gpa)
		return;
	struct ab_shared_page *sp = (void *)(vm->mem + vm->shared_gpa);
	if (sp->batch_done >= sp->batch_len)
		return;
	int64_t rc = akvm_batch_apply(vm, sp);
	if (rc < 0 && vm->opt->verbose)
		akvm_err("shared-page batch op refused (%lld), skipped", (long long)rc);
}

/* AB_HC_FLUSH: the rest of the batch, then the console buffer; both emptied. */
static int64_t akvm_hc_flush(struct akvm_vm *vm)
{
	if (!vm->shared_gpa)
		return AB_HC_EINVAL;
	struct ab_shared_page *sp = (void *)(vm->mem + vm->shared_gpa);
	uint32_t n = sp->batch_len, clen = sp->console_len;
	if (n > AB_SHARED_BATCH_MAX || clen > AB_SHARED_CONSOLE_SIZE || sp->batch_done > n)
		return AB_HC_EINVAL;
	int64_t rc = akvm_batch_apply(vm, sp);
	for (uint32_t i = 0; i < clen; i++)
		akvm_console_putc(vm, sp->console[i]);
	sp->batch_len = 0;
	sp->batch_done = 0;
	sp->console_len = 0;
	return rc < 0 ? rc : n;
}

static int64_t akvm_hc_halt(struct akvm_vm *vm, const struct kvm_regs *r)
{
	if (vm->opt->irqchip_user) {
		/* Whatever the real IF (the wedge keeps a virtual one): sleep here. */
		int w = akvm_irq_wait(vm);
		return w == -ETIME ? AB_HC_EINVAL : 0;
	}
	if (!(r->rflags & (1u << 9)))	/* RFLAGS.IF: nothing could wake us */
		return AB_HC_EINVAL;
	struct kvm_mp_state mp = { .mp_state = KVM_MP_STATE_HALTED };
	if (ioctl(vm->vcpu_fd, KVM_SET_MP_STATE, &mp) < 0) {
		if (vm->opt->verbose)
			akvm_err("AB_HC_HALT: KVM_SET_MP_STATE(HALTED): %s", strerror(errno));
		return AB_HC_ENOSYS;
	}
	return 0;
}

int akvm_dev_hypercall(struct akvm_vm *vm)
{
	struct kvm_regs r;
	int e = akvm_kvm_get_regs(vm, &r);
	if (e < 0) {
		akvm_err("reading registers at hypercall: %s", strerror(-e));
		return e;
	}
	int64_t ret;
	vm->hc_count++;
	switch (r.rax) {
	case AB_HC_VERSION: ret = AB_HV_ABI_VERSION; break;
	case AB_HC_CONSOLE_WRITE: ret = akvm_hc_console(vm, r.rdi, r.rsi); break;
	case AB_HC_EXIT:
		akvm_info(vm, "guest exit via hypercall, status %llu", (unsigned long long)r.rdi);
		akvm_finish(vm, r.rdi <= AKVM_EXIT_CRASH ? (int)r.rdi : AKVM_EXIT_FAIL);
		return 0;
	case AB_HC_HALT: ret = akvm_hc_halt(vm, &r); break;
	case AB_HC_EOI:		/* the in-kernel 8259 takes the guest's own EOI */
		ret = vm->opt->irqchip_user ? akvm_irq_hc_eoi(vm, r.rdi) : 0;
		break;
	case AB_HC_TIMER_SET:	/* in-kernel irqchip: the guest programs the PIT itself */
		ret = vm->opt->irqchip_user ? akvm_irq_hc_timer(vm, r.rdi, r.rsi) : AB_HC_ENOSYS;
		break;
	case AB_HC_STATS: ret = akvm_hc_stats(vm, r.rdi, r.rsi); break;
	case AB_HC_SHARED_PAGE:
		if ((r.rdi & 0xfff) || !r.rdi || !akvm_gpa_ok(vm, r.rdi, 4096)) {
			ret = AB_HC_EFAULT;
		} else {
			vm->shared_gpa = r.rdi;
			ret = 0;
		}
		break;
	case AB_HC_FLUSH: ret = akvm_hc_flush(vm); break;
	default: ret = AB_HC_ENOSYS; break;
	}
	r.rax = (uint64_t)ret;
	if ((e = akvm_kvm_set_regs(vm, &r)) < 0) {
		akvm_err("writing registers at hypercall: %s", strerror(-e));
		return e;
	}
	return 0;
}

/* Entries of the coalesced ring page (its header, then the entries; 4 KiB). */
#define AKVM_RING_MAX ((4096 - sizeof(struct kvm_coalesced_mmio_ring)) / sizeof(struct kvm_coalesced_mmio))

void akvm_dev_drain(struct akvm_vm *vm)
{
	struct kvm_coalesced_mmio_ring *ring = vm->ring;
	while (ring && ring->first != ring->last) {
		__atomic_thread_fence(__ATOMIC_ACQUIRE);	/* the entry before its index */
		struct kvm_coalesced_mmio *e = &ring->coalesced_mmio[ring->first % AKVM_RING_MAX];
		uint32_t v = 0;
		memcpy(&v, e->data, e->len <= 4 ? e->len : 4);
		akvm_port_out(vm, (uint16_t)e->phys_addr, e->len, v);
		vm->coalesced++;
		__atomic_thread_fence(__ATOMIC_RELEASE);
		ring->first = (ring->first + 1) % AKVM_RING_MAX;
	}
	akvm_batch_sync(vm);
}

void akvm_dev_finish(struct akvm_vm *vm)
{
	akvm_dev_drain(vm);
	struct akvm_uart *u = &vm->uart;
	if (u->line_len) {
		fputc('\n', u->out);	/* an unterminated last line */
		akvm_uart_line(u);
	}
	fflush(u->out);
}
