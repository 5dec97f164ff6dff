/*
 * runner/qemu.c - the QEMU targets: TCG (our "bare metal") and KVM.
 *
 * Both load the image with -kernel (a multiboot image, or a Linux bzImage
 * with its initramfs as -initrd), send the serial console to a
 * file the watcher streams, and add the isa-debug-exit device so that the
 * guest's write to port 0xf4 becomes QEMU's exit status (V<<1)|1.
 * ABR_QEMU overrides the QEMU binary.
 */
#include "abr.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <unistd.h>

/* <linux/kvm.h> numbers, kept local so the runner builds without kernel headers. */
#define ABR_KVMIO 0xAE
#define ABR_KVM_GET_API_VERSION _IO(ABR_KVMIO, 0x00)
#define ABR_KVM_CREATE_VM _IO(ABR_KVMIO, 0x01)
#define ABR_KVM_API_VERSION 12

static const char *qemu_binary(void)
{
	const char *q = getenv("ABR_QEMU");

	return q && *q ? q : "qemu-system-x86_64";
}

int abr_qemu_check(void)
{
	if (!abr_have_program(qemu_binary())) {
		fprintf(stderr, "afterburn-run: %s not found: install the Debian package qemu-system-x86 (or set ABR_QEMU)\n",
			qemu_binary());
		return -1;
	}
	return 0;
}

/* /dev/kvm must open, speak API 12 and let us create a VM. */
int abr_kvm_check(void)
{
	int fd, api, vm;

	if (abr_qemu_check())
		return -1;
	fd = open("/dev/kvm", O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		if (errno == ENOENT)
			fprintf(stderr, "afterburn-run: /dev/kvm does not exist: this machine offers no KVM (load the kvm module or use --on tcg)\n");
		else
			fprintf(stderr, "afterburn-run: cannot open /dev/kvm: %s (join the kvm group or run as root)\n",
				strerror(errno));
		return -1;
	}
	api = ioctl(fd, ABR_KVM_GET_API_VERSION, 0);
	if (api < 0) {
		fprintf(stderr, "afterburn-run: /dev/kvm does not answer KVM_GET_API_VERSION (%s): not a KVM device\n",
			strerror(errno));
		close(fd);
		return -1;
	}
	if (api != ABR_KVM_API_VERSION) {
		fprintf(stderr, "afterburn-run: /dev/kvm reports API version %d, expected %d: KVM unusable\n",
			api, ABR_KVM_API_VERSION);
		close(fd);
		return -1;
	}
	vm = ioctl(fd, ABR_KVM_CREATE_VM, 0);
	if (vm < 0) {
		fprintf(stderr, "afterburn-run: /dev/kvm cannot create a VM: %s (is another hypervisor holding VMX/SVM?)\n",
			strerror(errno));
		close(fd);
		return -1;
	}
	close(vm);
	close(fd);
	return 0;
}

static int qemu_prepare(struct abr_ctx *ctx, const char *accel)
{
	const struct abr_opts *o = ctx->o;
	struct abr_argv *a = &ctx->argv;

	/* QEMU's option parser splits on ',', so a path with one would be misread. */
	if (strchr(ctx->serial, ',')) {
		fprintf(stderr, "afterburn-run: work directory %s contains ',' which QEMU cannot take in -serial file:\n",
			ctx->dir);
		return -1;
	}
	abr_argv_add(a, qemu_binary());
	abr_argv_add(a, "-accel");
	abr_argv_add(a, accel);
	if (o->icount) {
		abr_argv_add(a, "-icount");
		/* sleep=off: a halted guest's clock jumps to its next timer instead
		 * of following the host's, so idle time is deterministic too */
		abr_argv_add(a, "shift=0,sleep=off");
	}
	if (o->cpu) {
		abr_argv_add(a, "-cpu");
		abr_argv_add(a, o->cpu);
	}
	abr_argv_add(a, "-m");
	abr_argv_addf(a, "%uM", o->mem_mb);
	abr_argv_add(a, "-kernel");
	abr_argv_add(a, o->image);
	if (o->lx.version) {
		/* QEMU's Linux loader: bzImage + initramfs, the same -append */
		if (strchr(o->initrd, ',')) {
			fprintf(stderr, "afterburn-run: --initrd %s contains ',' which QEMU's -initrd splits on\n",
				o->initrd);
			return -1;
		}
		abr_argv_add(a, "-initrd");
		abr_argv_add(a, o->initrd);
	}
	abr_argv_add(a, "-append");
	abr_argv_add(a, o->cmdline);
	abr_argv_add(a, "-nographic");
	abr_argv_add(a, "-no-reboot");
	abr_argv_add(a, "-monitor");
	abr_argv_add(a, "none");
	/* no NIC: skips the iPXE option ROM, which only costs boot time */
	abr_argv_add(a, "-nic");
	abr_argv_add(a, "none");
	abr_argv_add(a, "-serial");
	abr_argv_addf(a, "file:%s", ctx->serial);
	abr_argv_add(a, "-device");
	abr_argv_add(a, "isa-debug-exit,iobase=0xf4,iosize=4");
	return 0;
}

int abr_qemu_tcg_prepare(struct abr_ctx *ctx)
{
	return qemu_prepare(ctx, "tcg");
}

int abr_qemu_kvm_prepare(struct abr_ctx *ctx)
{
	return qemu_prepare(ctx, "kvm");
}
