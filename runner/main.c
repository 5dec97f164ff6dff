/*
 * runner/main.c - afterburn-run: boot one guest image on one target, stream
 * its serial console, and exit with what the guest said:
 *   0 PASS verdict, 1 FAIL verdict, 2 crash, 3 timeout, 4 usage/infrastructure.
 * Once the target is known, the last line it prints is always
 *   afterburn-run: target=T backend=B result=R seconds=S [exits: total=N ...]
 * with R one of pass, fail, crash, timeout, error (exit 4), interrupted;
 * on vtx and kvmhost it ends with the host's own `exits:` line (which is
 * also passed through on its own line just before).  B is the back end the
 * wedge reported, never merely the one asked for (abr_check_reported()).
 * IMAGE is a multiboot image or a Linux bzImage (linux.c), told apart by
 * the bzImage's boot-protocol header.
 */
#include "abr.h"
#include "sites.h"

#include <errno.h>
#include <getopt.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static void usage(FILE *f)
{
	fprintf(f,
		"usage: afterburn-run --on TARGET [options] IMAGE [-- GUEST COMMAND LINE...]\n"
		"\n"
		"Boot a guest IMAGE (a multiboot image, or a Linux bzImage with an\n"
		"initramfs) on TARGET, stream its serial console to stdout, and exit\n"
		"with the guest's verdict.\n"
		"\n"
		"options:\n"
		"  --on TARGET     where to boot (see targets below)\n"
		"  --backend B     append afterburn.backend=B to the guest command line\n"
		"                  (native, trace, hypercall; default: the wedge decides);\n"
		"                  a run whose wedge reports another back end is no pass\n"
		"  --append ARGS   more guest (kernel) command line, before the words\n"
		"                  after '--'\n"
		"  --initrd FILE   Linux: the initramfs (default: initramfs.cpio beside\n"
		"                  IMAGE)\n"
		"  --timeout S     give up after S seconds (default depends on the target)\n"

		"  --icount        QEMU TCG: -icount shift=0,sleep=off, so guest rdtsc\n"
		"                  counts instructions (idle time jumps to the next timer\n"
		"                  instead of following the host clock; Bochs always does)\n"
		"  --cpu MODEL     QEMU targets: pass -cpu MODEL; Bochs targets: the cpu\n"
		"                  model (default corei7_skylake_x)\n"
		"  --ips N         Bochs targets: emulated instructions per second, the\n"
		"                  time base of the guest's timer (bochs: Bochs' default;\n"
		"                  vtx: 100000000, also given to the hypervisor)\n"
		"  --mem MB        guest RAM in MiB, 2..3072 (default 128): QEMU -m, Bochs\n"
		"                  megs, kvmhost --mem; vtx: the hypervisor's hv.mem=MB,\n"
		"                  Bochs sized to hold it, the hypervisor and its modules\n"
		"                  (an image that loads beyond it is refused, exit 4)\n"
		"  --hv-arg WORD   vtx: add WORD to the hypervisor's command line (e.g.\n"
		"                  hv.watchdog=N, hv.test=...); repeatable\n"
		"  --mmu ept|shadow  vtx: the hypervisor's MMU mode (hv.mmu=): EPT (default)\n"
		"                  or shadow page tables on top of an EPT identity map\n"
		"  --module FILE   vtx: one more guest image, run after IMAGE in its own\n"
		"                  VM (no command line); repeatable\n"
		"  --profile OUT   write the profile of the guest's page-table stores to OUT\n"
		"                  (for afterburn-cc --profile=): vtx records them itself\n"
		"                  (hv.profile, EPT write protection; a bzImage's IDs come\n"
		"                  from vmlinux beside it), kvmhost by afterburn-kvm\n"
		"                  --profile; on tcg, bochs and kvm the guest prints it at\n"
		"                  exit (wedge back end profile: afterburn.backend=profile,\n"
		"                  an LLVM-instrumented image) and OUT is cut from its console\n"
		"  --profile-seed PREV  with --profile: protect the frames that were\n"
		"                  tables in PREV (an earlier profile of the same image)\n"
		"                  from the start: stores that fill a table before it is\n"
		"                  linked are seen too\n"
		"  --keep DIR      run in DIR and keep its files (serial log, emulator\n"
		"                  output, ISO, bochsrc) instead of a removed temp dir\n"
		"  --no-image-check  boot IMAGE and modules even if they look unbootable\n"
		"                  (to test a loader's own refusal; a Linux header is\n"
		"                  always checked)\n"
		"  --quiet         do not stream the serial console\n"
		"  -v, --verbose   say which initramfs was taken, the command line and\n"
		"                  the emulator command\n"
		"  --dry-run       check and prepare everything, print the command line\n"
		"                  and the emulator command, boot nothing (exit 0)\n"
		"  --check         only check that TARGET is usable here (exit 0 or 4)\n"
		"  --list          list the targets\n"
		"  -h, --help      this text\n"
		"\n"
		"targets:\n");
	if (f == stdout)
		abr_targets_list();
	fprintf(f,
		"\n"
		"exit status: 0 guest PASS, 1 guest FAIL, 2 crash (PANIC line, triple\n"
		"fault, emulator died without a verdict), 3 timeout, 4 usage or\n"
		"infrastructure error, 130 interrupted.\n"
		"\n"
		"vtx: GRUB boots build/hypervisor_stub/hv.elf with IMAGE as its module (the\n"
		"guest command line goes on the module line); the hypervisor's serial\n"
		"report is streamed with the guest's console. kvmhost: build/bin/afterburn-kvm\n"
		"--irqchip user (what the hypercall back end needs). On both the host's\n"
		"closing `exits: total=N REASON=COUNT ...` line is passed through and ends\n"
		"the summary line; a verdict without it, or a host report that the guest\n"
		"was stopped (or the hypervisor's FATAL) or exited with another status, is\n"
		"a crash (exit 2).\n"
		"--backend native on a pre-virtualized image = trap-and-emulate of that file.\n"
		"With --module the hypervisor runs the guests one after another, each in\n"
		"its own VM: one line `afterburn-run: hv guest N IMAGE result=R exits=T`\n"
		"per guest (0 = IMAGE); the run passes only if every guest passed (any\n"
		"stopped or refused guest is a crash) and the last exits line ends the\n"
		"summary. --keep DIR keeps serial.txt, bochs.log and emulator.out\n"
		"(Bochs' log names a failed VM-entry check).\n"
		"\n"
		"IMAGE is checked first (multiboot header and checksum in the first 8 KiB,\n"
		"a.out kludge fields or ELF segments that fit the file, ELF32 for QEMU):\n"
		"a file the target's loader cannot boot is exit 4 at once. The summary's\n"
		"backend= is what the wedge's 'afterburn: platform=' line says it ran; a\n"
		"back end asked for (--backend or afterburn.backend= after --) that it did\n"
		"not run fails the run, two different ones are a usage error, and a command\n"
		"line too long for the loader or the image's guest_cmdline buffer is\n"
		"refused (one the guest echoes cut is exit 4).\n"
		"\n"
		"Linux (IMAGE has the boot-protocol header \"HdrS\" at 0x202, protocol\n"
		"2.06 or later; tcg, bochs, kvm and vtx; kvmhost refuses it, exit 4):\n"
		"QEMU's -kernel/-initrd/-append, GRUB's linux/initrd commands on Bochs,\n"
		"on vtx the bzImage and the initramfs as the hypervisor's modules (the\n"
		"initramfs marked hv.initrd), which boots it by the 32-bit boot protocol\n"
		"with BOOT_IMAGE=/boot/bzImage as GRUB would. The kernel command line\n"
		"is 'console=ttyS0 panic=-1 loglevel=6', then afterburn.backend=B for\n"
		"--backend, then --append and the words after '--'; it must fit the\n"
		"kernel's cmdline_size (with the BOOT_IMAGE= word on bochs and vtx). /init's verdict line decides (build/linux/\n"
		"init prints the sample guest's); after it the kernel's 'reboot: Power\n"
		"down' (or 'System halted') line ends the run, and a PASS without it is\n"
		"a crash. A kernel panic or oops line ('Kernel panic - not syncing',\n"
		"'BUG:', 'Oops:', 'general protection fault') is a crash with that line\n"
		"as the reason. A kernel without the wedge prints no 'afterburn:\n"
		"platform=' line: it passes on /init's verdict, unless --backend asked\n"
		"for a back end ('kernel has no wedge: not pre-virtualized', exit 1).\n"
		"\n"
		"environment: ABR_QEMU, ABR_BOCHS, ABR_BOCHS_BIOS, ABR_VGABIOS, ABR_HV_ELF,\n"
		"ABR_KVMHOST, TMPDIR.\n");
}

const char *abr_result_name(enum abr_result r)
{
	switch (r) {
	case ABR_PASS: return "pass";
	case ABR_FAIL: return "fail";
	case ABR_CRASH: return "crash";
	case ABR_TIMEOUT: return "timeout";
	case ABR_INFRA: return "error";
	case ABR_INTERRUPTED: return "interrupted";
	}
	return "error";
}

static void on_signal(int sig)
{
	(void)sig;
	abr_interrupted = 1;
}

static void install_signals(void)
{
	struct sigaction sa;

	memset(&sa, 0, sizeof(sa));
	sa.sa_handler = on_signal;
	sigemptyset(&sa.sa_mask);
	sigaction(SIGINT, &sa, NULL);
	sigaction(SIGTERM, &sa, NULL);
	sigaction(SIGHUP, &sa, NULL);
	/* a closed stdout must not kill us before we clean up */
	signal(SIGPIPE, SIG_IGN);
}

static int parse_timeout(const char *s, double *out)
{
	char *end;
	double v;

	errno = 0;
	v = strtod(s, &end);
	if (errno || end == s || *end || v <= 0 || v > 86400)
		return -1;
	*out = v;
	return 0;
}

static int make_workdir(struct abr_ctx *ctx)
{
	const struct abr_opts *o = ctx->o;

	if (o->keep) {
		if (mkdir(o->keep, 0755) != 0 && errno != EEXIST) {
			fprintf(stderr, "afterburn-run: --keep %s: %s\n", o->keep,
				strerror(errno));
			return -1;
		}
		if (!realpath(o->keep, ctx->dir)) {
			fprintf(stderr, "afterburn-run: --keep %s: %s\n", o->keep,
				strerror(errno));
			return -1;
		}
	} else {
		const char *tmp = getenv("TMPDIR");

		snprintf(ctx->dir, sizeof(ctx->dir), "%s/afterburn-run.XXXXXX",
			 tmp && *tmp ? tmp : "/tmp");
		if (!mkdtemp(ctx->dir)) {
			fprintf(stderr, "afterburn-run: cannot make a temp dir in %s: %s\n",
				tmp && *tmp ? tmp : "/tmp", strerror(errno));
			return -1;
		}
		/* absolute: Bochs runs inside it and must still find its files */
		if (ctx->dir[0] != '/') {
			char abs[PATH_MAX];

			if (!realpath(ctx->dir, abs)) {
				fprintf(stderr, "afterburn-run: %s: %s\n", ctx->dir, strerror(errno));
				rmdir(ctx->dir);
				return -1;
			}
			snprintf(ctx->dir, sizeof(ctx->dir), "%s", abs);
		}
	}
	if (abr_path_join(ctx->serial, ctx->dir, "serial.txt") ||
	    abr_path_join(ctx->out, ctx->dir, "emulator.out"))
		return -1;
	/* a kept dir may hold a previous run's files */
	unlink(ctx->serial);
	unlink(ctx->out);
	return 0;
}

/* -v and --dry-run: what the guest gets and what runs (words quoted). */
static void say_command(const struct abr_ctx *ctx)
{
	printf("afterburn-run: %s command line '%s'\n",
	       ctx->o->lx.version ? "kernel" : "guest", ctx->o->cmdline);
	if (ctx->o->lx.version)
		printf("afterburn-run: initramfs %s\n", ctx->o->initrd);
	printf("afterburn-run: emulator:");
	for (int i = 0; i < ctx->argv.n; i++)
		printf(" '%s'", ctx->argv.v[i]);
	printf("\n");
	fflush(stdout);
}

/*
 * A Linux guest the hypervisor stopped: its rip (the stop line's
 * "(rip=0x...)") by name, from the vmlinux beside the bzImage.
 */
static void print_stop_rip(const struct abr_opts *o, const struct abr_guest *g)
{
	const char *p = strstr(g->hv_stop, "rip=0x");
	char vmlinux[PATH_MAX], sym[192];
	unsigned long long rip;

	if (!g->is_linux || !p || abr_vmlinux_beside(o->image, vmlinux, sizeof(vmlinux)))
		return;
	rip = strtoull(p + 4, NULL, 16);
	if (abr_symbolize(vmlinux, rip, sym, sizeof(sym)) == 0)
		printf("afterburn-run: guest stopped at rip 0x%llx: %s (%s)\n", rip, sym, vmlinux);
}

static void print_guest(const struct abr_guest *g)
{
	printf("afterburn-run: guest platform=%s backend=%s sites=%ld patched=%ld tests=%ld trace_total=%lld workload_tsc=%lld\n",
	       g->platform[0] ? g->platform : "?", g->backend[0] ? g->backend : "?",
	       g->sites, g->patched, g->tests, g->trace_total, g->workload_tsc);
}

/* The last line of every run once the target is known, errors included. */
static int finish(const struct abr_target *t, const struct abr_opts *o,
		  enum abr_result r, double start)
{
	printf("afterburn-run: target=%s backend=%s result=%s seconds=%.2f\n",
	       t->name, o->requested ? o->requested : o->backend ? o->backend : "auto",
	       abr_result_name(r),
	       abr_now() - start);
	fflush(stdout);
	return r;
}

int main(int argc, char **argv)
{
	static const struct option longopts[] = {
		{ "on", required_argument, NULL, 'o' },
		{ "backend", required_argument, NULL, 'b' },
		{ "timeout", required_argument, NULL, 't' },
		{ "icount", no_argument, NULL, 'i' },
		{ "cpu", required_argument, NULL, 'c' },
		{ "ips", required_argument, NULL, 'I' },
		{ "mem", required_argument, NULL, 'm' },
		{ "hv-arg", required_argument, NULL, 'H' },
		{ "module", required_argument, NULL, 'M' },
		{ "mmu", required_argument, NULL, 'U' },
		{ "profile", required_argument, NULL, 'P' },
		{ "profile-seed", required_argument, NULL, 'S' },
		{ "keep", required_argument, NULL, 'k' },
		{ "no-image-check", no_argument, NULL, 'N' },
		{ "quiet", no_argument, NULL, 'q' },
		{ "append", required_argument, NULL, 'A' },
		{ "initrd", required_argument, NULL, 'R' },
		{ "verbose", no_argument, NULL, 'v' },
		{ "dry-run", no_argument, NULL, 'D' },
		{ "check", no_argument, NULL, 'C' },
		{ "list", no_argument, NULL, 'l' },
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct abr_opts o = { 0 };
	struct abr_ctx ctx = { .o = &o };
	struct abr_guest g = { .tests = -1, .failed = -1, .sites = -1,
			       .patched = -1, .trace_total = -1,
			       .workload_tsc = -1, .exits_total = -1,
			       .hv_status = -1 };
	const struct abr_target *t;
	enum abr_result r = ABR_INFRA;
	char why[512] = "";
	const char *backend;
	double start = abr_now(), timeout;
	const char *append = NULL;
	int nargs = argc, check_only = 0, no_image_check = 0, c, is_linux;

	ab_elf_prog = "afterburn-run";
	/* Everything after "--" is the guest's command line, never options. */
	for (int i = 1; i < argc; i++)
		if (!strcmp(argv[i], "--")) {
			nargs = i;
			break;
		}
	while ((c = getopt_long(nargs, argv, "hv", longopts, NULL)) != -1) {
		switch (c) {
		case 'o': o.target = optarg; break;
		case 'b': o.backend = optarg; break;
		case 't':
			if (parse_timeout(optarg, &o.timeout)) {
				fprintf(stderr, "afterburn-run: --timeout %s: want seconds > 0\n", optarg);
				return ABR_INFRA;
			}
			break;
		case 'i': o.icount = 1; break;
		case 'c': o.cpu = optarg; break;
		case 'H':
			if (o.n_hv_args == ABR_MAX_EXTRA || !*optarg || strchr(optarg, ' ') ||
			    !abr_cmdline_ok(optarg)) {
				fprintf(stderr, "afterburn-run: --hv-arg %s: want at most %d printable words without spaces or quotes\n",
					optarg, ABR_MAX_EXTRA);
				return ABR_INFRA;
			}
			o.hv_args[o.n_hv_args++] = optarg;
			break;
		case 'U':	/* --mmu: one more hypervisor word */
			if (strcmp(optarg, "ept") && strcmp(optarg, "shadow")) {
				fprintf(stderr, "afterburn-run: --mmu %s: want ept or shadow\n", optarg);
				return ABR_INFRA;
			}
			if (o.n_hv_args == ABR_MAX_EXTRA) {
				fprintf(stderr, "afterburn-run: --mmu: at most %d --hv-arg words in all\n", ABR_MAX_EXTRA);
				return ABR_INFRA;
			}
			o.hv_args[o.n_hv_args++] = strcmp(optarg, "shadow") ? "hv.mmu=ept" : "hv.mmu=shadow";
			break;
		case 'M':
			if (o.n_modules == ABR_MAX_EXTRA || access(optarg, R_OK) != 0) {
				fprintf(stderr, "afterburn-run: --module %s: %s\n", optarg,
					o.n_modules == ABR_MAX_EXTRA ? "too many modules" : strerror(errno));
				return ABR_INFRA;
			}
			o.modules[o.n_modules++] = optarg;
			break;
		case 'I': {
			char *end;

			errno = 0;
			o.ips = strtoul(optarg, &end, 10);
			if (errno || end == optarg || *end || *optarg == '-' ||
			    o.ips < 1000000 || o.ips > 4000000000UL) {
				fprintf(stderr, "afterburn-run: --ips %s: want a number from 1000000 to 4000000000\n", optarg);
				return ABR_INFRA;
			}
			break;
		}
		case 'm': {
			char *end;
			unsigned long v;

			errno = 0;
			v = strtoul(optarg, &end, 10);
			if (errno || end == optarg || *end || *optarg == '-' ||
			    v < ABR_MEM_MIN || v > ABR_MEM_MAX) {
				fprintf(stderr, "afterburn-run: --mem %s: want %u..%u (MiB)\n", optarg,
					ABR_MEM_MIN, ABR_MEM_MAX);
				return ABR_INFRA;
			}
			o.mem_mb = (unsigned)v;
			break;
		}
		case 'k': o.keep = optarg; break;
		case 'P': o.profile = optarg; break;
		case 'S': o.profile_seed = optarg; break;
		case 'N': no_image_check = 1; break;
		case 'q': o.quiet = 1; break;
		case 'A': append = optarg; break;
		case 'R': o.initrd = optarg; break;
		case 'v': o.verbose = 1; break;
		case 'D': o.dry_run = 1; break;
		case 'C': check_only = 1; break;
		case 'l': abr_targets_list(); return 0;
		case 'h': usage(stdout); return 0;
		default:
			usage(stderr);
			return ABR_INFRA;
		}
	}
	if (!o.target) {
		fprintf(stderr, "afterburn-run: --on TARGET is required (tcg, bochs, kvm, vtx, kvmhost)\n");
		return ABR_INFRA;
	}
	t = abr_target_find(o.target);
	if (!t) {
		fprintf(stderr, "afterburn-run: unknown target '%s'; targets:\n", o.target);
		abr_targets_list();
		return ABR_INFRA;
	}
	if (check_only)
		return t->check() ? ABR_INFRA : 0;
	if (optind != nargs - 1) {
		fprintf(stderr, "afterburn-run: want exactly one IMAGE before '--' (got %d)\n",
			nargs - optind);
		return finish(t, &o, ABR_INFRA, start);
	}
	o.image = argv[optind];
	if (!o.mem_mb)
		o.mem_mb = ABR_MEM_DEFAULT;
	if (o.icount && !t->icount_ok) {
		fprintf(stderr, "afterburn-run: --icount is not available on %s\n", t->name);
		return finish(t, &o, ABR_INFRA, start);
	}
	if ((o.n_hv_args || o.n_modules) && strcmp(t->name, "vtx")) {
		fprintf(stderr, "afterburn-run: --hv-arg and --module are for --on vtx only\n");
		return finish(t, &o, ABR_INFRA, start);
	}
	if (o.profile_seed && (!o.profile || (strcmp(t->name, "vtx") && strcmp(t->name, "kvmhost")))) {
		fprintf(stderr, "afterburn-run: --profile-seed needs --profile on vtx or kvmhost (the hosts that profile)\n");
		return finish(t, &o, ABR_INFRA, start);
	}
	if (o.cpu && strspn(o.cpu, "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-,=+.") != strlen(o.cpu)) {
		fprintf(stderr, "afterburn-run: --cpu %s: not a cpu model name\n", o.cpu);
		return finish(t, &o, ABR_INFRA, start);
	}
	if (o.ips && !t->ips_ok) {
		fprintf(stderr, "afterburn-run: --ips is not available on %s (Bochs targets only)\n", t->name);
		return finish(t, &o, ABR_INFRA, start);
	}
	if (o.backend && (strlen(o.backend) > 64 || !*o.backend ||
	    strspn(o.backend, "abcdefghijklmnopqrstuvwxyz0123456789_-") != strlen(o.backend))) {
		fprintf(stderr, "afterburn-run: --backend %s: want a name like native, trace or hypercall\n",
			o.backend);
		return finish(t, &o, ABR_INFRA, start);
	}
	if (append && *append && abr_cmdline_append(&o, append))
		return finish(t, &o, ABR_INFRA, start);
	for (int i = nargs + 1; i < argc; i++)
		if (abr_cmdline_append(&o, argv[i]))
			return finish(t, &o, ABR_INFRA, start);
	if (abr_cmdline_backend(&o))
		return finish(t, &o, ABR_INFRA, start);
	/* a Linux kernel or a multiboot image: the header decides */
	is_linux = abr_linux_probe(o.image, &o.lx);
	if (is_linux < 0)
		return finish(t, &o, ABR_INFRA, start);
	if (is_linux) {
		const char *kv = o.backend && !o.requested ? o.backend : NULL;

		if (!t->linux_ok) {
			fprintf(stderr, "afterburn-run: %s: Linux boot protocol not supported on %s yet (use tcg, bochs, kvm or vtx)\n",
				o.image, t->name);
			return finish(t, &o, ABR_INFRA, start);
		}
		if (abr_linux_initrd(&o) || abr_linux_cmdline(&o, kv))
			return finish(t, &o, ABR_INFRA, start);
		if (kv)
			o.requested = kv;
		g.is_linux = 1;
	} else if (o.initrd) {
		fprintf(stderr, "afterburn-run: --initrd is for a Linux bzImage, and %s is none (no \"HdrS\" at 0x202)\n",
			o.image);
		return finish(t, &o, ABR_INFRA, start);
	} else if (o.backend && !o.requested) {
		char kv[128];

		o.requested = o.backend;
		snprintf(kv, sizeof(kv), "afterburn.backend=%s", o.backend);
		if (abr_cmdline_append(&o, kv))
			return finish(t, &o, ABR_INFRA, start);
	}
	if (o.profile && !strcmp(t->name, "vtx") && abr_profile_hv_arg(&o))
		return finish(t, &o, ABR_INFRA, start);
	if (!abr_cmdline_ok(o.cmdline)) {
		fprintf(stderr, "afterburn-run: guest command line may hold only printable characters without quotes, \\ ; $ # { } & | < > `\n");
		return finish(t, &o, ABR_INFRA, start);
	}
	/* before anything starts: a wrong file is one clear error, not a
	 * loader waiting at its prompt until the timeout */
	if (!is_linux && !no_image_check && abr_image_check(o.image, t->elf64_ok))
		return finish(t, &o, ABR_INFRA, start);
	for (int i = 0; i < o.n_modules && !no_image_check; i++)
		if (abr_image_check(o.modules[i], t->elf64_ok))
			return finish(t, &o, ABR_INFRA, start);
	/* the guest's RAM is exactly --mem there: an image beyond it cannot load */
	for (int i = -1; t->mem_exact && !no_image_check && i < o.n_modules; i++) {
		const char *img = i < 0 ? o.image : o.modules[i];
		unsigned long long end = i < 0 && is_linux ? 0 : abr_image_end(img);

		if (end > (unsigned long long)o.mem_mb << 20) {
			fprintf(stderr, "afterburn-run: %s loads up to 0x%llx, beyond the guest's %u MiB of RAM (0x%llx): give --mem %llu or more\n",
				img, end, o.mem_mb, (unsigned long long)o.mem_mb << 20,
				(end + (1ull << 20) - 1) >> 20);
			return finish(t, &o, ABR_INFRA, start);
		}
	}
	if (abr_cmdline_too_long(t, &o))
		return finish(t, &o, ABR_INFRA, start);
	timeout = o.timeout > 0 ? o.timeout : t->default_timeout;
	o.timeout = timeout;	/* the effective one: vtx sizes its watchdog from it */
	g.hv_cur = -1;
	g.hv_last = o.n_modules;
	for (int i = 0; i <= ABR_MAX_EXTRA; i++) {
		g.hv_guests[i].status = -1;
		g.hv_guests[i].exits_total = -1;
	}

	install_signals();
	if (t->check())
		return finish(t, &o, ABR_INFRA, start);
	if (make_workdir(&ctx))
		return finish(t, &o, ABR_INFRA, start);
	if (t->prepare(&ctx)) {
		r = abr_interrupted ? ABR_INTERRUPTED : ABR_INFRA;
		snprintf(why, sizeof(why), "could not prepare target %s", t->name);
	} else if (o.verbose || o.dry_run) {
		say_command(&ctx);
	}
	if (o.dry_run && !why[0]) {
		r = ABR_PASS;
		printf("afterburn-run: dry run: nothing booted\n");
	} else if (!why[0]) {
		r = abr_watch(&ctx, t, timeout - (abr_now() - start), &g, why,
			      sizeof(why));
	}
	abr_argv_free(&ctx.argv);
	if (o.profile && !strcmp(t->name, "vtx") && !o.dry_run && g.output &&
	    abr_profile_write_vtx(&ctx) && r == ABR_PASS) {
		r = ABR_INFRA;
		snprintf(why, sizeof(why), "no profile written (reason above)");
	} else if (o.profile && !o.dry_run && r != ABR_INFRA && r != ABR_INTERRUPTED && strcmp(t->name, "vtx") && strcmp(t->name, "kvmhost")) {
		char pwhy[480];

		if (abr_profile_console(ctx.serial, o.profile, pwhy, sizeof(pwhy)) == 0) {
			fprintf(stderr, "afterburn-run: profile written to %s\n", o.profile);
		} else if (r == ABR_PASS) {
			r = ABR_INFRA;
			snprintf(why, sizeof(why), "%s", pwhy);
		} else {
			fprintf(stderr, "afterburn-run: %s\n", pwhy);
		}
	}

	if (o.keep)
		fprintf(stderr, "afterburn-run: files kept in %s\n", ctx.dir);
	else if (abr_rm_tree(ctx.dir))
		fprintf(stderr, "afterburn-run: warning: could not remove %s\n", ctx.dir);

	if (o.n_modules && g.output) {
		/* several guests: each its own line; one that did not pass
		 * makes the run no pass either */
		enum abr_result worst = abr_hv_guests_report(&o, &g);

		if (r == ABR_PASS && worst != ABR_PASS) {
			r = worst;
			snprintf(why, sizeof(why), "not every guest passed (see the 'hv guest' lines)");
		}
	}
	r = abr_check_reported(&o, &g, r, why, sizeof(why));
	if (r != ABR_PASS && why[0])
		fprintf(stderr, "afterburn-run: %s: %s\n", abr_result_name(r), why);
	if (g.output) {
		print_stop_rip(&o, &g);
		print_guest(&g);
	}
	/* what the wedge ran; "none" when the guest ran but no wedge said */
	backend = g.backend[0] ? g.backend : g.output ? "none" :
		  o.requested ? o.requested : "auto";
	printf("afterburn-run: target=%s backend=%s result=%s seconds=%.2f%s%s\n",
	       t->name, backend, abr_result_name(r), abr_now() - start,
	       g.exits[0] ? " " : "", g.exits);
	fflush(stdout);
	return r;
}
