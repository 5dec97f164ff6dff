/*
 * runner/targets.c - the table of boot targets.
 *
 * Each row says how to check and prepare a target and how to read its
 * emulator.  "vtx" (our VT-x hypervisor booted inside Bochs, issue 3) and
 * "kvmhost" (our own /dev/kvm host, issue 4) are our two hypervisors: both
 * end with an `exits:` line, which the watcher requires after a verdict.
 */
#include "abr.h"

#include <stdio.h>
#include <string.h>

/* QEMU prints these and then stops or pauses the guest (KVM pauses it). */
static const char *const qemu_crash_marks[] = {
	"KVM internal error",
	"emulation failure",
	"KVM: entry failed",
	"qemu: fatal:",
	NULL,
};

/* Every Bochs panic ends the run (panic: action=fatal), including the
 * orderly power-off paths the guest uses, which are not crashes. */
static const char *const bochs_crash_marks[] = {
	">>PANIC<<",
	NULL,
};
static const char *const bochs_benign_marks[] = {
	"Shutdown port: shutdown requested",
	"ACPI control: soft power off",
	NULL,
};

/* afterburn-kvm's own account of a dead guest (its stderr). */
static const char *const kvmhost_crash_marks[] = {
	"afterburn-kvm: guest stopped:",
	NULL,
};

static const struct abr_target abr_targets[] = {
	{
		.name = "tcg",
		.summary = "QEMU TCG (bare metal for our purposes)",
		.check = abr_qemu_check,
		.prepare = abr_qemu_tcg_prepare,
		.default_timeout = 120,
		.linux_ok = 1,
		.debug_exit = 1,
		.icount_ok = 1,
		.crash_marks = qemu_crash_marks,
	},
	{
		.name = "bochs",
		.summary = "Bochs 2.7 Skylake-X via a GRUB ISO (deterministic TSC)",
		.check = abr_bochs_check,
		.prepare = abr_bochs_prepare,
		.default_timeout = 300,
		.debug_exit = 0,
		.icount_ok = 1,	/* Bochs is deterministic anyway */
		.ips_ok = 1,
		.elf64_ok = 1,
		/* GRUB passes the module's path, then the arguments; no limit */
		.cmdline_name = "/boot/guest.elf",
		.linux_ok = 1,
		.linux_cmdline_name = "BOOT_IMAGE=/boot/bzImage",
		.crash_marks = bochs_crash_marks,
		.benign_marks = bochs_benign_marks,
	},
	{
		.name = "kvm",
		.summary = "QEMU with -accel kvm (/dev/kvm)",
		.check = abr_kvm_check,
		.prepare = abr_qemu_kvm_prepare,
		/* kernel-mode guest code is emulated here: ~220x slower than TCG */
		.default_timeout = 600,
		.debug_exit = 1,
		.icount_ok = 0,
		.linux_ok = 1,
		.crash_marks = qemu_crash_marks,
	},
	{
		.name = "vtx",
		.summary = "our VT-x hypervisor (build/hypervisor_stub/hv.elf) in Bochs, guest as its module",
		.check = abr_vtx_check,
		.prepare = abr_vtx_prepare,
		.default_timeout = 300,
		.debug_exit = 0,
		.exits_line = 1,
		.icount_ok = 1,
		.ips_ok = 1,
		.elf64_ok = 1,
		.mem_exact = 1,
		/* hv copies the module string into a 0xc00-byte buffer and cuts
		 * it there without a word (hypervisor_stub/hv_guest.c) */
		.cmdline_name = "/boot/guest.elf",
		.cmdline_max = 0xc00 - 1,
		/* the hypervisor boots a bzImage module as GRUB's linux command
		 * would (hypervisor_stub/hv_linux.c) */
		.linux_ok = 1,
		.linux_cmdline_name = "BOOT_IMAGE=/boot/bzImage",
		.crash_marks = bochs_crash_marks,
		.benign_marks = bochs_benign_marks,
	},
	{
		.name = "kvmhost",
		.summary = "our own /dev/kvm host (build/bin/afterburn-kvm --irqchip user)",
		.check = abr_kvmhost_check,
		.prepare = abr_kvmhost_prepare,
		/* kernel-mode guest code is emulated by KVM here, but no BIOS */
		.default_timeout = 300,
		.host_status = 1,
		.exits_line = 1,
		.elf64_ok = 1,
		/* AKVM_CMDLINE_MAX (profiler/akvm.h): image path, args, NUL */
		.cmdline_max = 0x7000 - 1,
		.crash_marks = kvmhost_crash_marks,
	},
};

const struct abr_target *abr_target_find(const char *name)
{
	for (size_t i = 0; i < sizeof(abr_targets) / sizeof(abr_targets[0]); i++)
		if (!strcmp(abr_targets[i].name, name))
			return &abr_targets[i];
	return NULL;
}

void abr_targets_list(void)
{
	for (size_t i = 0; i < sizeof(abr_targets) / sizeof(abr_targets[0]); i++) {
		const struct abr_target *t = &abr_targets[i];

		printf("  %-8s %s\n", t->name, t->summary);
	}
}
