/*
 * runner/kvmhost.c - the kvmhost target: our own /dev/kvm host,
 * build/bin/afterburn-kvm (profiler/, issue 4).
 *
 * It always runs with --irqchip user: the wedge's hypercall back end needs
 * interrupts to go through the shared page (vectors parked while the
 * virtual IF is 0, AB_HC_TIMER_SET, batched 8259 writes), which the
 * in-kernel irqchip cannot do; with it the wedge would quietly fall back to
 * native.  Using it for every back end keeps native, trace and hypercall
 * runs comparable (same devices, same timer).
 *
 * The guest's COM1 goes to the serial file the watcher streams
 * (--serial); afterburn-kvm's own messages and its closing `exits:` line go
 * to the emulator output, where the watcher picks them up.  Its exit status
 * (0 pass, 1 fail, 2 crash or host error, 3 timeout) cross-checks the
 * guest's verdict.  ABR_KVMHOST overrides the binary.
 */
#include "abr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

static const char *kvmhost_binary(void)
{
	static char path[PATH_MAX];

	if (!path[0])
		abr_tool_path(path, sizeof(path), "ABR_KVMHOST", "afterburn-kvm");
	return path;
}

/* afterburn-kvm --check answers for /dev/kvm and the capabilities it needs. */
int abr_kvmhost_check(void)
{
	struct abr_argv a = { 0 };
	const char *tmp = getenv("TMPDIR");
	char log[PATH_MAX];
	int fd, rc;

	if (access(kvmhost_binary(), X_OK) != 0) {
		fprintf(stderr, "afterburn-run: %s not found: run make (or set ABR_KVMHOST)\n",
			kvmhost_binary());
		return -1;
	}
	snprintf(log, sizeof(log), "%s/afterburn-run-check.XXXXXX",
		 tmp && *tmp ? tmp : "/tmp");
	fd = mkstemp(log);
	if (fd < 0) {
		fprintf(stderr, "afterburn-run: cannot make a temp file for afterburn-kvm --check\n");
		return -1;
	}
	close(fd);
	abr_argv_add(&a, kvmhost_binary());
	abr_argv_add(&a, "--irqchip");
	abr_argv_add(&a, "user");
	abr_argv_add(&a, "--check");
	rc = abr_run_quiet(&a, log, 30);
	abr_argv_free(&a);
	if (rc != 0) {
		/* the reason on the same line: callers (suites, demo) show one line */
		char why[256] = "no reason given";
		FILE *f = fopen(log, "r");

		if (f) {
			if (fgets(why, sizeof(why), f))
				why[strcspn(why, "\n")] = 0;
			fclose(f);
		}
		fprintf(stderr, "afterburn-run: kvmhost unusable here: %s\n", why);
	}
	unlink(log);
	return rc == 0 ? 0 : -1;
}

int abr_kvmhost_prepare(struct abr_ctx *ctx)
{
	const struct abr_opts *o = ctx->o;
	struct abr_argv *a = &ctx->argv;
	char word[sizeof(o->cmdline)];
	const char *p = o->cmdline;

	abr_argv_add(a, kvmhost_binary());
	abr_argv_add(a, "--irqchip");
	abr_argv_add(a, "user");
	abr_argv_add(a, "--serial");
	abr_argv_add(a, ctx->serial);
	if (o->profile) {
		abr_argv_add(a, "--profile");
		abr_argv_add(a, o->profile);
	}
	if (o->profile_seed) {
		abr_argv_add(a, "--profile-seed");
		abr_argv_add(a, o->profile_seed);
	}
	abr_argv_add(a, "--mem");
	abr_argv_addf(a, "%u", o->mem_mb);
	abr_argv_add(a, o->image);
	abr_argv_add(a, "--");
	/* afterburn-kvm joins its arguments into the multiboot command line
	 * ("IMAGE ARGS", as QEMU and GRUB pass it); main.c allows no quotes. */
	while (*p) {
		size_t n;

		p += strspn(p, " ");
		n = strcspn(p, " ");
		if (!n)
			break;
		memcpy(word, p, n);
		word[n] = 0;
		abr_argv_add(a, word);
		p += n;
	}
	return 0;
}
