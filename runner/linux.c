/*
 * runner/linux.c - booting a Linux bzImage (issue 8): recognising one by
 * its boot-protocol header, finding its initramfs, and building the kernel
 * command line.
 *
 * The header (Documentation/x86/boot.rst in a kernel tree) sits in the
 * setup sectors at a fixed offset: "HdrS" at 0x202, the protocol version
 * at 0x206.  We need protocol 2.06 or later, the first with cmdline_size
 * (0x238, the longest command line without its NUL; 2047 on 6.1), and a
 * kernel loaded high (loadflags bit 0: a bzImage, not an old zImage).  The
 * bzImage is booted whole by QEMU's -kernel and GRUB's linux command.
 */
#include "abr.h"

#include <errno.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Offsets into the bzImage's setup header (boot protocol). */
#define LNX_SETUP_SECTS   0x1f1     /* 1 byte: setup size in 512-byte sectors */
#define LNX_BOOT_FLAG     0x1fe     /* 2 bytes: 0xaa55 */
#define LNX_HEADER        0x202     /* 4 bytes: "HdrS" */
#define LNX_VERSION       0x206     /* 2 bytes: protocol, 0x020f = 2.15 */
#define LNX_LOADFLAGS     0x211     /* 1 byte */
#define LNX_LOADED_HIGH   0x01      /* loadflags: protected-mode code at 1 MiB */
#define LNX_CMDLINE_SIZE  0x238     /* 4 bytes, protocol 2.06+ */
#define LNX_HEADER_END    0x23c     /* every field we read lies below */
#define LNX_MIN_VERSION   0x0206
#define LNX_INITRD_NAME   "initramfs.cpio"

static uint32_t le(const uint8_t *p, int n)
{
	uint32_t v = 0;

	while (n--)
		v = v << 8 | p[n];
	return v;
}

/*
 * 1: PATH is a bzImage we can boot (*lx filled); 0: no Linux header, so
 * the caller checks it as a multiboot image; -1: a Linux kernel we cannot
 * boot, or an unreadable file (the reason is printed).
 */
int abr_linux_probe(const char *path, struct abr_linux *lx)
{
	uint8_t h[LNX_HEADER_END];
	struct stat st;
	unsigned setup;
	ssize_t n;
	int fd;

	fd = abr_open_regular(path, &st.st_size);
	if (fd < 0)
		return -1;
	n = pread(fd, h, sizeof(h), 0);
	close(fd);
	if (n < (ssize_t)sizeof(h) || memcmp(h + LNX_HEADER, "HdrS", 4))
		return 0;
	lx->version = le(h + LNX_VERSION, 2);
	if (lx->version < LNX_MIN_VERSION) {
		fprintf(stderr, "afterburn-run: %s: Linux boot protocol %u.%02u is too old: want 2.06 or later (a kernel from 2.6.22 on)\n",
			path, lx->version >> 8, lx->version & 0xff);
		return -1;
	}
	if (le(h + LNX_BOOT_FLAG, 2) != 0xaa55) {
		fprintf(stderr, "afterburn-run: %s: Linux header \"HdrS\" but no boot flag 0xaa55 at 0x1fe: a damaged bzImage\n",
			path);
		return -1;
	}
	if (!(h[LNX_LOADFLAGS] & LNX_LOADED_HIGH)) {
		fprintf(stderr, "afterburn-run: %s: a zImage (loadflags bit 0 clear): only a bzImage can be booted\n",
			path);
		return -1;
	}
	/* setup_sects 0 means 4 (boot.rst); the kernel proper follows */
	setup = h[LNX_SETUP_SECTS] ? h[LNX_SETUP_SECTS] : 4;
	if ((uint64_t)(setup + 1) * 512 >= (uint64_t)st.st_size) {
		fprintf(stderr, "afterburn-run: %s: %lld bytes end inside the %u setup sectors: a cut bzImage\n",
			path, (long long)st.st_size, setup);
		return -1;
	}
	lx->cmdline_size = le(h + LNX_CMDLINE_SIZE, 4);
	if (!lx->cmdline_size) {
		fprintf(stderr, "afterburn-run: %s: cmdline_size is 0: the kernel takes no command line\n", path);
		return -1;
	}
	return 1;
}

/*
 * --initrd FILE, else initramfs.cpio beside the bzImage.  The file must
 * be a readable, non-empty regular file; what is in it is the kernel's
 * business (it says "Initramfs unpacking failed" on the console).
 */
int abr_linux_initrd(struct abr_opts *o)
{
	static char beside[PATH_MAX];
	const char *slash = strrchr(o->image, '/');
	struct stat st;

	if (!o->initrd) {
		int dirlen = slash ? (int)(slash - o->image) + 1 : 0;

		if (snprintf(beside, sizeof(beside), "%.*s%s", dirlen, o->image,
			     LNX_INITRD_NAME) >= (int)sizeof(beside)) {
			fprintf(stderr, "afterburn-run: %s: path too long\n", o->image);
			return -1;
		}
		if (access(beside, F_OK) != 0) {
			fprintf(stderr, "afterburn-run: %s is a Linux kernel but has no initramfs: give --initrd FILE or put %s beside it (make build/linux/initramfs.cpio)\n",
				o->image, LNX_INITRD_NAME);
			return -1;
		}
		o->initrd = beside;
		if (o->verbose)
			fprintf(stderr, "afterburn-run: initramfs %s (beside the kernel)\n", beside);
	}
	if (stat(o->initrd, &st) != 0 || access(o->initrd, R_OK) != 0) {
		fprintf(stderr, "afterburn-run: --initrd %s: %s\n", o->initrd, strerror(errno));
		return -1;
	}
	if (!S_ISREG(st.st_mode) || st.st_size == 0) {
		fprintf(stderr, "afterburn-run: --initrd %s: %s\n", o->initrd,
			S_ISREG(st.st_mode) ? "empty file: not an initramfs" : "not a regular file");
		return -1;
	}
	return 0;
}

/*
 * The kernel command line: ours first, then afterburn.backend=B (when
 * --backend asked and the user's words did not), then the user's words
 * (--append and after "--"), which come last so that they win: Linux takes
 * the last of a repeated parameter.
 *  console=ttyS0  the serial console the runner reads
 *  panic=-1       reboot at once on a panic: QEMU (-no-reboot) exits and
 *                 the run ends without waiting for the grace period
 *  loglevel=6     boot messages without debug noise; the verdict is from
 *                 /init, not printk, so this only shapes the log
 * No nokaslr: the project's kernels have no KASLR (CONFIG_RELOCATABLE off),
 * and on those Linux would hand the unknown word to /init; give it with
 * --append to a kernel that has KASLR, for repeatable runs.
 */
#define LNX_CMDLINE_BASE "console=ttyS0 panic=-1 loglevel=6"

int abr_linux_cmdline(struct abr_opts *o, const char *backend)
{
	char user[sizeof(o->cmdline)];
	int n;

	snprintf(user, sizeof(user), "%s", o->cmdline);
	n = snprintf(o->cmdline, sizeof(o->cmdline), "%s%s%s%s%s", LNX_CMDLINE_BASE,
		     backend ? " afterburn.backend=" : "", backend ? backend : "",
		     user[0] ? " " : "", user);
	if (n < 0 || (size_t)n >= sizeof(o->cmdline)) {
		fprintf(stderr, "afterburn-run: kernel command line too long (max %zu)\n",
			sizeof(o->cmdline) - 1);
		return -1;
	}
	return 0;
}
