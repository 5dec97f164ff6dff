/*
 * akvm_main.c - afterburn-kvm: command line, the vCPU exit loop, --timeout,
 * and the closing `exits:` statistics line.
 */
#include "akvm.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <time.h>
#include <unistd.h>

static const char akvm_usage[] =
"usage: afterburn-kvm [options] IMAGE [-- guest command line]\n"
"       afterburn-kvm [--kvm-device PATH] [--irqchip ...] [--profile X] --check\n"
"Run a multiboot guest image on /dev/kvm (the project's own KVM host).\n"
"\n"
"  --kvm-device PATH   KVM device to open (default /dev/kvm)\n"
"  --mem MB            guest RAM in MiB (default 128, 2..3072)\n"
"  --timeout SECONDS   stop the guest after this wall time (exit status 3)\n"
"  --serial FILE       write the guest's COM1 output to FILE (default stdout)\n"
"  --profile OUT       write-protect the guest's page tables and write a profile\n"
"                      of the instructions that store into them to OUT\n"
"  --profile-seed PREV also protect, from the first instruction, every frame\n"
"                      that was a page table in PREV (an earlier profile of\n"
"                      this image): finds the stores that fill tables before\n"
"                      they are linked (reported as ptinit)\n"
"  --entry64 SYM|ADDR  enter directly in 64-bit mode at this symbol or address\n"
"                      (default: the 32-bit multiboot entry, as GRUB/QEMU do)\n"
"  --irqchip kernel|user  8259+PIT in KVM (default, fewest exits) or emulated\n"
"                      here with KVM_INTERRUPT (needed by the hypercall back end:\n"
"                      AB_HC_TIMER_SET vectors, virtual IF, batched 8259 writes;\n"
"                      the shared-page batch is applied at every exit)\n"
"  --no-sync-regs      read/write registers with ioctls instead of kvm_run's\n"
"                      sync area (KVM_CAP_SYNC_REGS), to measure the difference\n"
"  --no-coalesce       let every COM1 transmit write exit (default: coalesced\n"
"                      PIO ring, applied in order at the next exit)\n"
"  --kvm-stats         also print KVM's in-kernel vCPU counters (exits KVM\n"
"                      handles itself, instruction emulation) as `kvm-stats:`\n"
"  --signature afterburn|kvm  CPUID 0x40000000 signature: AfterburnVMM with the\n"
"                      hypercall leaf (default), or KVMKVMKVM without features so\n"
"                      a guest applies its KVM platform rules\n"
"  --check             only check that KVM is usable with these options\n"
"                      (device, API version, capabilities); exit 0 or 2\n"
"  -q, --quiet         no host messages except errors and the exits line\n"
"  -v, --verbose       report ignored port accesses and set-up details\n"
"  -h, --help          this text\n"
"\n"
"Devices: COM1 (0x3f8, polled), isa-debug-exit (0xf4), Bochs shutdown (0x8900),\n"
"in-kernel 8259 + PIT, hypercall port 0xe0 (CPUID 0x40000000 = AfterburnVMM).\n"
"Exit status: 0 guest passed, 1 guest failed, 2 guest crashed or host/KVM error,\n"
"3 timeout.  Host messages and the final `exits: total=N REASON=COUNT ...`\n"
"line go to stderr.\n";

static volatile sig_atomic_t akvm_timed_out;
static struct kvm_run *volatile akvm_sig_run;

/* SIGALRM: make the running (or next) KVM_RUN return -EINTR. */
static void akvm_on_alarm(int sig)
{
	(void)sig;
	akvm_timed_out = 1;
	if (akvm_sig_run)
		akvm_sig_run->immediate_exit = 1;
}

static int akvm_arm_timeout(double secs, timer_t *t)
{
	struct sigaction sa;
	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = akvm_on_alarm;
	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGALRM, &sa, NULL) < 0)
		return -errno;
	struct sigevent ev = { .sigev_notify = SIGEV_SIGNAL, .sigev_signo = SIGALRM };
	if (timer_create(CLOCK_MONOTONIC, &ev, t) < 0)
		return -errno;
	struct itimerspec its = { .it_value = { .tv_sec = (time_t)secs,
		.tv_nsec = (long)((secs - (double)(time_t)secs) * 1e9) } };
	if (its.it_value.tv_sec == 0 && its.it_value.tv_nsec == 0)
		its.it_value.tv_nsec = 1;
	return timer_settime(*t, 0, &its, NULL) < 0 ? -errno : 0;
}

static const char *const akvm_xnames[AKVM_X_COUNT] = {
	[AKVM_X_IO] = "IO", [AKVM_X_MMIO] = "MMIO", [AKVM_X_PTWRITE] = "PTWRITE",
	[AKVM_X_HLT] = "HLT", [AKVM_X_HYPERCALL] = "HYPERCALL", [AKVM_X_INTR] = "INTR",
	[AKVM_X_IRQ_WINDOW] = "IRQ_WINDOW", [AKVM_X_DEBUG] = "DEBUG",
	[AKVM_X_SHUTDOWN] = "SHUTDOWN", [AKVM_X_INTERNAL] = "INTERNAL", [AKVM_X_EMUL] = "EMUL",
	[AKVM_X_OTHER] = "OTHER",
};

/* The final line; IO MMIO HLT HYPERCALL always, the others when non-zero. */
static void akvm_print_exits(struct akvm_vm *vm)
{
	fprintf(stderr, "exits: total=%llu", (unsigned long long)vm->exits);
	for (int k = 0; k < AKVM_X_COUNT; k++) {
		bool always = k == AKVM_X_IO || k == AKVM_X_MMIO || k == AKVM_X_HLT ||
			      k == AKVM_X_HYPERCALL;
		if (always || vm->xcount[k])
			fprintf(stderr, " %s=%llu", akvm_xnames[k], (unsigned long long)vm->xcount[k]);
	}
	fputc('\n', stderr);
}

/* A KVM_EXIT_MMIO outside RAM (or a profiled page-table page). */
static int akvm_mmio(struct akvm_vm *vm)
{
	if (vm->prof) {
		int r = akvm_prof_mmio(vm);
		if (r)
			return r < 0 ? r : 0;
	}
	vm->xcount[AKVM_X_MMIO]++;
	struct kvm_run *run = vm->run;
	if (vm->opt->verbose)
		akvm_err("unbacked %s at gpa 0x%llx (%u bytes)", run->mmio.is_write ? "write" : "read",
			 (unsigned long long)run->mmio.phys_addr, run->mmio.len);
	if (!run->mmio.is_write)
		memset(run->mmio.data, 0xff, sizeof(run->mmio.data));
	return 0;
}

static void akvm_crash(struct akvm_vm *vm, const char *what)
{
	akvm_err("guest stopped: %s", what);
	akvm_kvm_dump(vm, stderr);
	vm->done = true;
	vm->status = AKVM_EXIT_CRASH;
}

/* HLT exit (--irqchip user): sleep until the next interrupt source fires. */
static int akvm_hlt(struct akvm_vm *vm)
{
	if (!vm->opt->irqchip_user) {
		akvm_crash(vm, "HLT exit with the in-kernel irqchip");
		return 0;
	}
	if (!vm->run->if_flag) {
		/* cli; hlt: nothing can wake it.  That is how guests end. */
		akvm_info(vm, "guest halted with interrupts disabled");
		vm->done = true;
		vm->status = vm->uart.verdict >= 0 ? vm->uart.verdict : AKVM_EXIT_CRASH;
		if (vm->uart.verdict < 0)
			akvm_crash(vm, "hlt with interrupts disabled and no verdict line");
		return 0;
	}
	int r = akvm_irq_wait(vm);
	if (r == -ETIME)
		akvm_crash(vm, "hlt with no timer armed and nothing pending: would sleep forever");
	return 0;		/* -EINTR: the run loop sees the --timeout */
}

/* One exit; returns <0 on a host error (the guest is then stopped). */
static int akvm_handle_exit(struct akvm_vm *vm)
{
	struct kvm_run *run = vm->run;
	char buf[160];
	switch (run->exit_reason) {
	case KVM_EXIT_IO:
		return akvm_dev_io(vm);
	case KVM_EXIT_MMIO:
		return akvm_mmio(vm);
	case KVM_EXIT_HLT:
		/* Only with --irqchip user (the in-kernel one halts inside KVM). */
		vm->xcount[AKVM_X_HLT]++;
		return akvm_hlt(vm);
	case KVM_EXIT_IRQ_WINDOW_OPEN:
		vm->xcount[AKVM_X_IRQ_WINDOW]++;
		return 0;
	case KVM_EXIT_DEBUG:
		vm->xcount[AKVM_X_DEBUG]++;
		if (vm->prof)
			return akvm_prof_debug(vm);
		akvm_crash(vm, "unexpected debug exit");
		return 0;
	case KVM_EXIT_SHUTDOWN:
		vm->xcount[AKVM_X_SHUTDOWN]++;
		akvm_crash(vm, "shutdown (triple fault)");
		return 0;
	case KVM_EXIT_INTERNAL_ERROR: {
		if (run->internal.suberror == KVM_INTERNAL_ERROR_EMULATION) {
			int r = akvm_emul_failure(vm);
			if (r)
				return r < 0 ? r : 0;
		}
		vm->xcount[AKVM_X_INTERNAL]++;
		int n = snprintf(buf, sizeof(buf), "KVM internal error, suberror %u%s",
				 run->internal.suberror,
				 run->internal.suberror == KVM_INTERNAL_ERROR_EMULATION ?
				 " (instruction emulation failed)" : "");
		for (uint32_t i = 0; i < run->internal.ndata && i < 6 && n < (int)sizeof(buf) - 20; i++)
			n += snprintf(buf + n, sizeof(buf) - (size_t)n, " data[%u]=0x%llx", i,
				      (unsigned long long)run->internal.data[i]);
		akvm_crash(vm, buf);
		return 0;
	}
	case KVM_EXIT_FAIL_ENTRY:
		vm->xcount[AKVM_X_OTHER]++;
		snprintf(buf, sizeof(buf), "VM entry failed, hardware reason 0x%llx",
			 (unsigned long long)run->fail_entry.hardware_entry_failure_reason);
		akvm_crash(vm, buf);
		return 0;
	case KVM_EXIT_SYSTEM_EVENT:
		vm->xcount[AKVM_X_OTHER]++;
		akvm_info(vm, "system event %u (reset/shutdown requested)", run->system_event.type);
		vm->done = true;
		vm->status = vm->uart.verdict >= 0 ? vm->uart.verdict : AKVM_EXIT_CRASH;
		return 0;
	default:
		vm->xcount[AKVM_X_OTHER]++;
		snprintf(buf, sizeof(buf), "unhandled exit reason %u (%s)", run->exit_reason,
			 akvm_kvm_exit_name(run->exit_reason));
		akvm_crash(vm, buf);
		return 0;
	}
}

static int akvm_run(struct akvm_vm *vm)
{
	while (!vm->done) {
		if (akvm_timed_out) {
			akvm_err("timeout after %g s: guest stopped", vm->opt->timeout_s);
			if (vm->opt->verbose)
				akvm_kvm_dump(vm, stderr);
			vm->status = AKVM_EXIT_TIMEOUT;
			return 0;
		}
		if (vm->opt->irqchip_user) {
			int r = akvm_irq_before_run(vm);
			if (r < 0) {
				vm->status = AKVM_EXIT_CRASH;
				return r;
			}
		}
		int rr = ioctl(vm->vcpu_fd, KVM_RUN, 0);
		int run_errno = errno;
		akvm_dev_drain(vm);	/* queued COM1 writes happened before this exit */
		errno = run_errno;
		if (rr < 0) {
			if (errno == EINTR || errno == EAGAIN) {
				vm->run->immediate_exit = 0;
				vm->exits++;
				vm->xcount[AKVM_X_INTR]++;
				if (vm->opt->irqchip_user)
					akvm_irq_kick_seen();
				continue;
			}
			akvm_err("KVM_RUN: %s", strerror(errno));
			akvm_kvm_dump(vm, stderr);
			vm->status = AKVM_EXIT_CRASH;
			return -errno;
		}
		vm->exits++;
		int r = akvm_handle_exit(vm);
		if (!r && vm->prof && !vm->done)
			r = akvm_prof_exit(vm);
		if (r < 0) {
			akvm_kvm_dump(vm, stderr);
			vm->status = AKVM_EXIT_CRASH;
			return r;
		}
	}
	return 0;
}

static int akvm_parse(int argc, char **argv, struct akvm_options *o, char **cmd_out)
{
	static const struct option lo[] = {
		{ "kvm-device", required_argument, NULL, 'K' },
		{ "mem", required_argument, NULL, 'm' },
		{ "timeout", required_argument, NULL, 't' },
		{ "serial", required_argument, NULL, 's' },
		{ "profile", required_argument, NULL, 'p' },
		{ "entry64", required_argument, NULL, 'e' },
		{ "profile-seed", required_argument, NULL, 'P' },
		{ "kvm-stats", no_argument, NULL, 'S' },
		{ "no-sync-regs", no_argument, NULL, 'N' },
		{ "no-coalesce", no_argument, NULL, 'C' },
		{ "check", no_argument, NULL, 'c' },
		{ "signature", required_argument, NULL, 'g' },
		{ "irqchip", required_argument, NULL, 'I' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "help", no_argument, NULL, 'h' },
		{ 0 }
	};
	int c;
	char *end;
	while ((c = getopt_long(argc, argv, "+qvh", lo, NULL)) != -1) {
		switch (c) {
		case 'K': o->kvm_device = optarg; break;
		case 'm':
			o->mem_mb = strtoull(optarg, &end, 0);
			if (*end || o->mem_mb < 2 || o->mem_mb > 3072) {
				akvm_err("--mem %s: want 2..3072 (MiB)", optarg);
				return -1;
			}
			break;
		case 't':
			o->timeout_s = strtod(optarg, &end);
			if (*end || !(o->timeout_s > 0) || o->timeout_s > 1e6) {
				akvm_err("--timeout %s: want a positive number of seconds", optarg);
				return -1;
			}
			break;
		case 's': o->serial_path = optarg; break;
		case 'p': o->profile_path = optarg; break;
		case 'e': o->entry64 = optarg; break;
		case 'P': o->profile_seed = optarg; break;
		case 'S': o->kvm_stats = true; break;
		case 'N': o->no_sync_regs = true; break;
		case 'C': o->no_coalesce = true; break;
		case 'c': o->check_only = true; break;
		case 'g':
			if (!strcmp(optarg, "kvm") || !strcmp(optarg, "afterburn")) {
				o->sig_kvm = optarg[0] == 'k';
				break;
			}
			akvm_err("--signature %s: want afterburn or kvm", optarg);
			return -1;
		case 'I':
			if (!strcmp(optarg, "user") || !strcmp(optarg, "kernel")) {
				o->irqchip_user = optarg[0] == 'u';
				break;
			}
			akvm_err("--irqchip %s: want kernel or user", optarg);
			return -1;
		case 'q': o->quiet = true; break;
		case 'v': o->verbose = true; break;
		case 'h': fputs(akvm_usage, stdout); exit(0);
		default: fputs("try afterburn-kvm --help\n", stderr); return -1;
		}
	}
	if (o->profile_seed && !o->profile_path) {
		akvm_err("--profile-seed needs --profile OUT");
		return -1;
	}
	if (o->check_only)
		return 0;
	if (optind >= argc) {
		akvm_err("no IMAGE given (try --help)");
		return -1;
	}
	o->image = argv[optind++];
	if (optind < argc && !strcmp(argv[optind], "--"))
		optind++;
	size_t len = 1;
	for (int i = optind; i < argc; i++)
		len += strlen(argv[i]) + 1;
	char *cmd = calloc(1, len);
	if (!cmd)
		return -1;
	for (int i = optind; i < argc; i++) {
		if (i > optind)
			strcat(cmd, " ");
		strcat(cmd, argv[i]);
	}
	o->cmdline = *cmd_out = cmd;
	return 0;
}

/* --entry64 SYM|ADDR */
static int akvm_resolve_entry64(struct akvm_vm *vm)
{
	const char *s = vm->opt->entry64;
	const struct akvm_sym *sym = akvm_sym_lookup(vm, s);
	char *end;
	if (sym) {
		vm->entry64 = sym->addr;
	} else {
		vm->entry64 = strtoull(s, &end, 0);
		if (*end || !*s) {
			akvm_err("--entry64 %s: no such symbol in %s, and not an address", s,
				 vm->opt->image);
			return -EINVAL;
		}
	}
	if (vm->entry64 < vm->image_lo || vm->entry64 >= vm->image_hi) {
		akvm_err("--entry64 0x%llx is outside the loaded image", (unsigned long long)vm->entry64);
		return -EINVAL;
	}
	return 0;
}

static double akvm_now(void)
{
	struct timespec ts;
	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

int main(int argc, char **argv)
{
	struct akvm_options opt = { .kvm_device = "/dev/kvm", .mem_mb = 128 };
	char *cmd = NULL;
	if (akvm_parse(argc, argv, &opt, &cmd) < 0)
		return AKVM_EXIT_CRASH;
	struct akvm_vm vm = { .opt = &opt, .kvm_fd = -1, .vm_fd = -1, .vcpu_fd = -1 };
	FILE *serial = stdout;
	timer_t timer;
	bool timer_armed = false;
	int r;
	double t0 = akvm_now();

	if (opt.serial_path && !(serial = fopen(opt.serial_path, "w"))) {
		akvm_err("%s: cannot create serial output: %s", opt.serial_path, strerror(errno));
		free(cmd);
		return AKVM_EXIT_CRASH;
	}
	akvm_dev_init(&vm, serial);
	vm.status = AKVM_EXIT_CRASH;
	if (opt.check_only) {	/* for runners: can this machine run guests? */
		if (akvm_kvm_open(&vm) == 0) {
			akvm_info(&vm, "%s: usable (API 12, required capabilities present)",
				  opt.kvm_device);
			vm.status = AKVM_EXIT_PASS;
		}
		goto out;
	}
	/* The image first: its errors do not depend on KVM being usable. */
	uint64_t mbi;
	if ((r = akvm_kvm_alloc_mem(&vm)) || (r = akvm_load_image(&vm, opt.image)) ||
	    (r = akvm_load_mbi(&vm, opt.cmdline, &mbi)))
		goto out;
	if ((r = akvm_kvm_open(&vm)) || (r = akvm_kvm_create(&vm)))
		goto out;
	if (opt.entry64 && (r = akvm_resolve_entry64(&vm)))
		goto out;
	if ((r = akvm_kvm_setup_vcpu(&vm, mbi)))
		goto out;
	if (opt.profile_path && (r = akvm_prof_init(&vm, opt.profile_path)))
		goto out;
	if (opt.irqchip_user && (r = akvm_irq_init(&vm)))
		goto out;
	akvm_sig_run = vm.run;
	if (opt.timeout_s > 0) {
		if ((r = akvm_arm_timeout(opt.timeout_s, &timer))) {
			akvm_err("cannot arm --timeout: %s", strerror(-r));
			goto out;
		}
		timer_armed = true;
	}
	if (opt.verbose)
		akvm_err("%s: image 0x%llx-0x%llx entry 0x%llx (%s), %llu MiB", opt.image,
			 (unsigned long long)vm.image_lo, (unsigned long long)vm.image_hi,
			 (unsigned long long)(opt.entry64 ? vm.entry64 : vm.entry),
			 opt.entry64 ? "64-bit" : "32-bit multiboot", (unsigned long long)opt.mem_mb);
	akvm_run(&vm);
	if (vm.prof && akvm_prof_finish(&vm) < 0 && vm.status == AKVM_EXIT_PASS)
		vm.status = AKVM_EXIT_CRASH;
	akvm_dev_finish(&vm);
	akvm_info(&vm, "wall=%.3fs status=%d", akvm_now() - t0, vm.status);
	if (vm.coalesced && opt.verbose)
		akvm_err("%llu COM1 writes taken from the coalesced ring (no exit)",
			 (unsigned long long)vm.coalesced);
	if (opt.irqchip_user)
		akvm_info(&vm, "irqchip user: %llu timer ticks, %llu interrupts injected",
			  (unsigned long long)vm.irq.ticks, (unsigned long long)vm.irq.injected);
	if (opt.kvm_stats)
		akvm_kvm_print_kstats(&vm, stderr);
	akvm_print_exits(&vm);
out:
	if (timer_armed)
		timer_delete(timer);
	akvm_irq_exit(&vm);
	akvm_prof_discard(&vm);
	akvm_sig_run = NULL;
	akvm_kvm_destroy(&vm);
	akvm_load_free(&vm);
	if (serial != stdout)
		fclose(serial);
	else
		fflush(stdout);
	free(cmd);
	return vm.status;
}
