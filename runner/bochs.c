/*
 * runner/bochs.c - the Bochs targets: a GRUB rescue ISO holding the image
 * (multiboot, or a Linux bzImage and its initramfs),
 * a bochsrc for a headless Skylake-X with VMX (written by bochsrc.c, which
 * says what it leaves out and why), and a debugger command file
 * holding "c" (this Bochs build quits at start when stdin is not a terminal
 * unless -rc gives it something to do).
 *
 * The vtx target is the same Bochs with our VT-x hypervisor (issue 3) as
 * the multiboot kernel and the guest image as its module; both targets
 * share the ISO and bochsrc code below.
 *
 * Bochs always exits with status 1, so the watcher judges the run only by
 * the serial output (the guest's, and under vtx the hypervisor's report)
 * and Bochs' log (">>PANIC<<" lines).
 * ABR_BOCHS, ABR_BOCHS_BIOS and ABR_VGABIOS override the binary and ROMs,
 * ABR_HV_ELF the hypervisor image.
 */
#include "abr.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

static const char *env_or(const char *name, const char *dflt)
{
	const char *v = getenv(name);

	return v && *v ? v : dflt;
}

static const char *bochs_binary(void)
{
	return env_or("ABR_BOCHS", "bochs");
}

static const char *bochs_bios(void)
{
	return env_or("ABR_BOCHS_BIOS", "/usr/share/bochs/BIOS-bochs-latest");
}

static const char *bochs_vgabios(void)
{
	return env_or("ABR_VGABIOS", "/usr/share/vgabios/vgabios.bin");
}

int abr_bochs_check(void)
{
	static const struct {
		const char *prog, *pkg;
	} tools[] = {
		{ "grub-mkrescue", "grub-common and grub-pc-bin" },
		{ "xorriso", "xorriso" },
		{ "mformat", "mtools" },
	};

	if (!abr_have_program(bochs_binary())) {
		fprintf(stderr, "afterburn-run: %s not found: install the Debian package bochs (or set ABR_BOCHS)\n",
			bochs_binary());
		return -1;
	}
	for (size_t i = 0; i < sizeof(tools) / sizeof(tools[0]); i++) {
		if (!abr_have_program(tools[i].prog)) {
			fprintf(stderr, "afterburn-run: %s not found (needed to build the GRUB ISO for Bochs): install %s\n",
				tools[i].prog, tools[i].pkg);
			return -1;
		}
	}
	if (access(bochs_bios(), R_OK) != 0) {
		fprintf(stderr, "afterburn-run: Bochs BIOS %s missing: install bochsbios (or set ABR_BOCHS_BIOS)\n",
			bochs_bios());
		return -1;
	}
	if (access(bochs_vgabios(), R_OK) != 0) {
		fprintf(stderr, "afterburn-run: VGA BIOS %s missing: install vgabios (or set ABR_VGABIOS)\n",
			bochs_vgabios());
		return -1;
	}
	return 0;
}

/*
 * Build DIR/boot.iso from the menu entry's body (the multiboot and module
 * lines): GRUB boots straight (timeout 0) into it.  The files named there
 * must already be in DIR/iso/boot.  Only the modules GRUB needs go in, which
 * makes the ISO 0.8 MB instead of 9 MB and grub-mkrescue ~8x faster.
 */
static int build_iso(struct abr_ctx *ctx, const char *root, const char *entry,
		     const char *iso, const char *loader)
{
	char grubdir[PATH_MAX], cfg[PATH_MAX], log[PATH_MAX];
	char text[12288];
	struct abr_argv a = { 0 };
	int rc;

	if (abr_path_join(grubdir, root, "boot/grub") ||
	    abr_path_join(cfg, grubdir, "grub.cfg") ||
	    abr_path_join(log, ctx->dir, "grub-mkrescue.log"))
		return -1;
	if (mkdir(grubdir, 0755) && access(grubdir, W_OK)) {
		fprintf(stderr, "afterburn-run: cannot create %s\n", grubdir);
		return -1;
	}
	snprintf(text, sizeof(text),
		 "set timeout=0\n"
		 "menuentry \"afterburn guest\" {\n"
		 "%s"
		 "\tboot\n"
		 "}\n", entry);
	if (abr_write_file(cfg, text))
		return -1;

	abr_argv_add(&a, "grub-mkrescue");
	abr_argv_addf(&a, "--install-modules=%s normal configfile", loader);
	abr_argv_add(&a, "--locales=");
	abr_argv_add(&a, "--fonts=");
	abr_argv_add(&a, "--themes=");
	abr_argv_add(&a, "-o");
	abr_argv_add(&a, iso);
	abr_argv_add(&a, root);
	rc = abr_run_quiet(&a, log, 60);
	abr_argv_free(&a);
	if (rc != 0) {
		if (!abr_interrupted) {
			fprintf(stderr, "afterburn-run: grub-mkrescue failed (status %d); its output:\n", rc);
			abr_print_tail(log, 15);
		}
		return -1;
	}
	return 0;
}

/* Make DIR/iso/boot and copy FILE into it as NAME. */
static int iso_add(struct abr_ctx *ctx, char *root, const char *name,
		   const char *file)
{
	char boot[PATH_MAX], dst[PATH_MAX];

	if (abr_path_join(root, ctx->dir, "iso") || abr_path_join(boot, root, "boot") ||
	    abr_path_join(dst, boot, name))
		return -1;
	if ((mkdir(root, 0755) && access(root, W_OK)) ||
	    (mkdir(boot, 0755) && access(boot, W_OK))) {
		fprintf(stderr, "afterburn-run: cannot create %s\n", boot);
		return -1;
	}
	return abr_copy_file(dst, file);
}

/*
 * The part both Bochs targets share: bochsrc, debugger command file, the
 * ISO from ENTRY, and the command line.  ips is Bochs' emulated
 * instructions per second (0 = Bochs' default); it is the time base of
 * whatever runs inside (the hypervisor is told the same figure).
 */
static int bochs_setup(struct abr_ctx *ctx, const char *root, const char *entry,
		       int megs, unsigned long ips, const char *loader)
{
	char iso[PATH_MAX], rc_file[PATH_MAX], cmds[PATH_MAX];
	char bios[PATH_MAX], vgabios[PATH_MAX], bin[PATH_MAX];
	char text[6 * PATH_MAX + 1024];
	struct abr_bochsrc rc = {
		.megs = megs, .ips = ips, .bios = bios, .vgabios = vgabios,
		.iso = iso, .serial = ctx->serial,
		.cpu = ctx->o->cpu ? ctx->o->cpu : "corei7_skylake_x",
		.strict_msrs = strcmp(loader, "linux") != 0,
	};

	if (abr_path_join(iso, ctx->dir, "boot.iso") ||
	    abr_path_join(rc_file, ctx->dir, "bochsrc") ||
	    abr_path_join(cmds, ctx->dir, "bochs-commands") ||
	    abr_path_join(ctx->logs[ctx->nlogs++], ctx->dir, "bochs.log"))
		return -1;
	rc.log = ctx->logs[ctx->nlogs - 1];
	/* Bochs runs in the work dir: ROM paths given relative to ours must still hold */
	if (!realpath(bochs_bios(), bios) || !realpath(bochs_vgabios(), vgabios) ||
	    strpbrk(bios, ", \"'") || strpbrk(vgabios, ", \"'")) {
		fprintf(stderr, "afterburn-run: Bochs ROM paths %s, %s: missing, or hold a comma, space or quote\n",
			bochs_bios(), bochs_vgabios());
		return -1;
	}
	if (build_iso(ctx, root, entry, iso, loader))
		return -1;
	if (abr_bochsrc_text(text, sizeof(text), &rc) ||
	    abr_write_file(rc_file, text) || abr_write_file(cmds, "c\n"))
		return -1;
	ctx->cwd = ctx->dir;
	if (strchr(bochs_binary(), '/') && realpath(bochs_binary(), bin))
		abr_argv_add(&ctx->argv, bin);
	else
		abr_argv_add(&ctx->argv, bochs_binary());
	abr_argv_add(&ctx->argv, "-q");
	abr_argv_add(&ctx->argv, "-f");
	abr_argv_add(&ctx->argv, rc_file);
	abr_argv_add(&ctx->argv, "-rc");
	abr_argv_add(&ctx->argv, cmds);
	return 0;
}

/* Bochs' config parser splits on ',' and spaces and knows no quoting. */
static int dir_ok(const struct abr_ctx *ctx)
{
	if (strpbrk(ctx->dir, ", \"'")) {
		fprintf(stderr, "afterburn-run: work directory %s contains a comma, space or quote, which bochsrc cannot take\n",
			ctx->dir);
		return -1;
	}
	return 0;
}

int abr_bochs_prepare(struct abr_ctx *ctx)
{
	char root[PATH_MAX], entry[4400];

	const struct abr_opts *o = ctx->o;

	if (dir_ok(ctx))
		return -1;
	/* Linux: GRUB's linux and initrd commands (the 32-bit boot protocol);
	 * the kernel's command line starts "BOOT_IMAGE=/boot/bzImage " */
	if (o->lx.version) {
		if (iso_add(ctx, root, "bzImage", o->image) ||
		    iso_add(ctx, root, "initramfs.cpio", o->initrd))
			return -1;
		snprintf(entry, sizeof(entry),
			 "\tlinux /boot/bzImage %s\n\tinitrd /boot/initramfs.cpio\n",
			 o->cmdline);
		return bochs_setup(ctx, root, entry, (int)o->mem_mb, o->ips, "linux");
	}
	if (iso_add(ctx, root, "guest.elf", o->image))
		return -1;
	snprintf(entry, sizeof(entry), "\tmultiboot /boot/guest.elf %s\n",
		 o->cmdline);
	return bochs_setup(ctx, root, entry, (int)o->mem_mb, o->ips, "multiboot");
}

const char *abr_vtx_hv_elf(void)
{
	static char path[PATH_MAX];

	if (!path[0])
		abr_tool_path(path, sizeof(path), "ABR_HV_ELF",
			      "../hypervisor_stub/hv.elf");
	return path;
}

/*
 * The vtx target: GRUB loads our hypervisor with the guest as its module
 * (the module line carries the guest's command line), all inside the same
 * Bochs.  The hypervisor's time base (hv.tsc_hz) must equal Bochs' ips.
 * Default ips 100 M (ABR_VTX_IPS): Bochs' TSC counts instructions and the
 * guest's 1 kHz timer ticks every ips/1000 of them, and each tick is a VM
 * exit (no posted interrupts); at 10 M ips ticks come 100x denser per
 * instruction than on real hardware and swamp every other exit (measured:
 * guest.elf hypercall 1,964 exits of which 1,792 timer; at 100 M: 307 and
 * 160).  Wall time grows only from ~4.3 s to ~6.5 s.  --ips overrides it.
 */
int abr_vtx_check(void)
{
	if (abr_bochs_check())
		return -1;
	if (access(abr_vtx_hv_elf(), R_OK) != 0) {
		fprintf(stderr, "afterburn-run: hypervisor %s not found: run make (or set ABR_HV_ELF)\n",
			abr_vtx_hv_elf());
		return -1;
	}
	/* GRUB loads it: a stale or foreign file would sit at GRUB's prompt */
	return abr_image_check(abr_vtx_hv_elf(), 1);
}

/* Bytes a file takes once GRUB has loaded it (page-aligned modules); 0 if unreadable. */
static unsigned long long loaded_size(const char *path)
{
	struct stat st;

	return stat(path, &st) == 0 ? ((unsigned long long)st.st_size + 4095) & ~4095ULL : 0;
}

/*
 * Bochs' RAM for vtx: the hypervisor (to its bss end), every module GRUB
 * loads after it, the 2 MiB boundary the hypervisor puts guest RAM on, then
 * the guest's --mem.  GRUB puts the modules right above the hypervisor; the
 * slack covers its own data and the BIOS's ACPI tables at the top of RAM.
 * If GRUB chose otherwise the hypervisor says what did not fit (FATAL).
 */
#define ABR_VTX_SLACK_MB 8ULL

static int vtx_megs(const struct abr_opts *o)
{
	unsigned long long below = abr_image_end(abr_vtx_hv_elf());

	below += loaded_size(o->image);
	if (o->lx.version)
		below += loaded_size(o->initrd);
	for (int i = 0; i < o->n_modules; i++)
		below += loaded_size(o->modules[i]);
	return (int)(o->mem_mb + ((below + (1ULL << 20) - 1) >> 20) + 2 + ABR_VTX_SLACK_MB);
}

static int has_hv_arg(const struct abr_opts *o, const char *prefix)
{
	for (int i = 0; i < o->n_hv_args; i++)
		if (!strncmp(o->hv_args[i], prefix, strlen(prefix)))
			return 1;
	return 0;
}

/*
 * A kernel that stops making progress must end with a report, not our
 * timeout alone: the hypervisor's watchdog (virtual seconds: Bochs
 * instructions / ips) stops the guest first and prints its registers; the
 * rip is then named from vmlinux (main.c).  Bochs here runs ~40 M guest
 * instructions per wall second under the hypervisor (Linux, ips 100 M: 30
 * virtual s took 72 s), so a quarter of the timeout in virtual seconds comes
 * well before it.  --hv-arg hv.watchdog=N overrides it.
 */
static unsigned long vtx_watchdog(const struct abr_opts *o)
{
	unsigned long s = (unsigned long)(o->timeout / 4);

	return s ? s : 1;
}

/*
 * A Linux bzImage is the hypervisor's module with the kernel command line
 * on its module line; the initramfs follows as a module marked hv.initrd,
 * which makes it that guest's initrd instead of a guest of its own
 * (hypervisor_stub/hv_linux.c).
 */
int abr_vtx_prepare(struct abr_ctx *ctx)
{
	const struct abr_opts *o = ctx->o;
	unsigned long ips = o->ips ? o->ips : ABR_VTX_IPS;
	const char *name = o->lx.version ? "bzImage" : "guest.elf";
	char root[PATH_MAX], entry[8192];
	size_t n;

	if (dir_ok(ctx) || iso_add(ctx, root, "hv.elf", abr_vtx_hv_elf()) ||
	    iso_add(ctx, root, name, o->image) ||
	    (o->lx.version && iso_add(ctx, root, "initramfs.cpio", o->initrd)))
		return -1;
	n = snprintf(entry, sizeof(entry), "\tmultiboot /boot/hv.elf hv.tsc_hz=%lu hv.mem=%uM",
		     ips, o->mem_mb);
	for (int i = 0; i < o->n_hv_args && n < sizeof(entry); i++)
		n += snprintf(entry + n, sizeof(entry) - n, " %s", o->hv_args[i]);
	if (o->lx.version && !has_hv_arg(o, "hv.watchdog=") && n < sizeof(entry))
		n += snprintf(entry + n, sizeof(entry) - n, " hv.watchdog=%lu", vtx_watchdog(o));
	/* GRUB passes a module's words without its path: the kernel gets
	 * GRUB's linux-command BOOT_IMAGE= word from us (linux_cmdline_name) */
	if (n < sizeof(entry))
		n += snprintf(entry + n, sizeof(entry) - n, "\n\tmodule /boot/%s%s%s %s\n", name,
			      o->lx.version ? " " : "", o->lx.version ? "BOOT_IMAGE=/boot/bzImage" : "",
			      o->cmdline);
	if (o->lx.version && n < sizeof(entry))
		n += snprintf(entry + n, sizeof(entry) - n,
			      "\tmodule /boot/initramfs.cpio hv.initrd\n");
	/* further guests: the hypervisor runs every module, one after another */
	for (int i = 0; i < o->n_modules && n < sizeof(entry); i++) {
		char mod[32];

		snprintf(mod, sizeof(mod), "guest%d.elf", i + 1);
		if (iso_add(ctx, root, mod, o->modules[i]))
			return -1;
		n += snprintf(entry + n, sizeof(entry) - n, "\tmodule /boot/%s\n", mod);
	}
	if (n >= sizeof(entry)) {
		fprintf(stderr, "afterburn-run: GRUB menu entry too long\n");
		return -1;
	}
	return bochs_setup(ctx, root, entry, vtx_megs(o), ips, "multiboot");
}
