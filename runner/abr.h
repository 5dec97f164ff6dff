/*
 * runner/abr.h - the face of afterburn-run, the tool that boots one guest
 * image on one target (QEMU TCG, Bochs, QEMU KVM, later our own VT-x
 * hypervisor booted in Bochs and our own /dev/kvm host), streams its serial
 * console and turns what the guest printed into one exit status.  On the
 * two hypervisor targets the host's closing `exits: total=N REASON=COUNT`
 * line is passed through and repeated at the end of the summary line.
 * An image is a multiboot image or a Linux bzImage with an initramfs
 * (linux.c; tcg, bochs and kvm), whose /init prints the verdict.
 *
 * A target is a row in a table (targets.c): how to check that it is usable,
 * how to prepare its files and command line, and what its emulator's own
 * output and exit status mean.  Adding a target means adding a row and its
 * prepare function, never another if-chain in the run loop (watch.c).
 */
#ifndef ABR_H
#define ABR_H

#include <limits.h>
#include <stddef.h>
#include <sys/types.h>

/* Exit statuses of afterburn-run; scripts rely on these numbers. */
enum abr_result {
	ABR_PASS = 0,      /* guest printed "afterburn-guest: PASS" and exited   */
	ABR_FAIL = 1,      /* guest printed "afterburn-guest: FAIL"              */
	ABR_CRASH = 2,     /* PANIC line, triple fault, emulator died, no verdict */
	ABR_TIMEOUT = 3,   /* no verdict before the deadline                     */
	ABR_INFRA = 4,     /* usage error or the target could not be started    */
	ABR_INTERRUPTED = 130, /* SIGINT/SIGTERM/SIGHUP reached afterburn-run    */
};

const char *abr_result_name(enum abr_result r);

/* Growable NULL-terminated argument vector for execvp(). */
struct abr_argv {
	char **v;
	int n, cap;
};
void abr_argv_add(struct abr_argv *a, const char *s);
void abr_argv_addf(struct abr_argv *a, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void abr_argv_free(struct abr_argv *a);

/* What the user asked for (main.c fills it). */
struct abr_opts {
	const char *target;     /* --on */
	const char *backend;    /* --backend, NULL = let the wedge choose */
	const char *requested;  /* the back end asked for (--backend or
				   afterburn.backend= after --), NULL = none */
	double timeout;         /* --timeout seconds, <= 0 = target default */
	int icount;             /* --icount */
	const char *keep;       /* --keep DIR, NULL = temp dir removed at exit */
	const char *cpu;        /* --cpu MODEL (QEMU -cpu, Bochs cpu model), NULL = default */
	int quiet;              /* --quiet: do not stream the serial console */
	unsigned long ips;      /* --ips: Bochs instructions per second, 0 = default */
	unsigned mem_mb;        /* --mem: guest RAM in MiB (ABR_MEM_DEFAULT unless given) */
	/* vtx only: words for the hypervisor's own command line (--hv-arg) and
	 * more guest images run after IMAGE, without a command line (--module) */
#define ABR_MAX_EXTRA 8
	const char *hv_args[ABR_MAX_EXTRA];
	int n_hv_args;
	const char *modules[ABR_MAX_EXTRA];
	int n_modules;
	const char *profile;    /* --profile OUT: page-table stores (vtx: profile.c, kvmhost: afterburn-kvm, others: profile_console.c) */
	const char *profile_seed; /* --profile-seed PREV: tables of an earlier run */
	const char *image;      /* guest image path */
	/* A Linux bzImage (linux.c): its header, the initramfs, -v. */
	struct abr_linux {
		unsigned version;       /* boot protocol, 0 = not Linux */
		unsigned cmdline_size;  /* longest command line, without NUL */
	} lx;
	const char *initrd;     /* --initrd, or initramfs.cpio beside IMAGE */
	int verbose;            /* -v: say what was chosen, and the command */
	int dry_run;            /* --dry-run: prepare, print, do not boot */
	char cmdline[4096];     /* guest command line (after --, plus backend) */
};

/* --mem MB, as afterburn-kvm's: guest RAM in MiB, 2..3072, default 128
 * (QEMU -m, Bochs megs, vtx: the hypervisor's hv.mem with Bochs sized to
 * hold the hypervisor, its modules and the guest, kvmhost: --mem). */
#define ABR_MEM_DEFAULT 128u
#define ABR_MEM_MIN 2u
#define ABR_MEM_MAX 3072u

/* Maximum number of emulator log files the watcher scans for crash marks. */
#define ABR_MAX_LOGS 2

/* One run: the work directory and the files the target writes there. */
struct abr_ctx {
	const struct abr_opts *o;
	char dir[PATH_MAX];          /* work dir (temp or --keep) */
	char serial[PATH_MAX];       /* guest serial console, streamed live */
	char out[PATH_MAX];          /* emulator stdout+stderr */
	char logs[ABR_MAX_LOGS][PATH_MAX]; /* files scanned for crash marks */
	int nlogs;
	struct abr_argv argv;        /* emulator command */
	const char *cwd;             /* run the emulator here (NULL = ours) */
};

/*
 * A target.  prepare() checks availability and fills ctx->argv; it prints
 * its own error (naming what is missing and what to install) and returns
 * non-zero when the target cannot run.
 */
struct abr_target {
	const char *name;
	const char *summary;
	int (*check)(void);          /* 0 = usable (prints why not otherwise) */
	int (*prepare)(struct abr_ctx *ctx);
	double default_timeout;      /* seconds */
	int debug_exit;              /* emulator exit status mirrors port 0xf4 */
	int host_status;             /* exit status is afterburn-kvm's: 0 pass,
					1 fail, 2 crash, 3 timeout */
	int exits_line;              /* the host ends with `exits: total=...`:
					a verdict without it is a host failure */
	int ips_ok;                  /* --ips is meaningful (Bochs) */
	int icount_ok;               /* --icount is meaningful */
	int elf64_ok;                /* its loader takes ELF64 without the a.out kludge */
	int mem_exact;               /* the guest's RAM is exactly --mem (no firmware
					of its own): an image beyond it is refused */
	/* The multiboot command line the guest gets is "NAME ARGS": NAME is
	 * cmdline_name, or the image path as given when NULL.  cmdline_max:
	 * the most bytes (without the NUL) the loader passes on, 0 = no
	 * limit of its own. */
	const char *cmdline_name;
	size_t cmdline_max;
	/* Emulator output lines that mean the guest died (NULL-terminated);
	 * a line that also contains one of benign_marks is ignored. */
	const char *const *crash_marks;
	const char *const *benign_marks;
	/* Linux bzImage: 0 = refused (exit 4); linux_cmdline_name: what the
	 * loader puts before the command line (GRUB: "BOOT_IMAGE=PATH "). */
	int linux_ok;
	const char *linux_cmdline_name;
};

const struct abr_target *abr_target_find(const char *name);
void abr_targets_list(void);

/* QEMU targets (qemu.c) and Bochs (bochs.c). */
int abr_qemu_check(void);
int abr_kvm_check(void);
int abr_qemu_tcg_prepare(struct abr_ctx *ctx);
int abr_qemu_kvm_prepare(struct abr_ctx *ctx);
int abr_bochs_check(void);
int abr_bochs_prepare(struct abr_ctx *ctx);

/* What a bochsrc needs (bochsrc.c, the only bochsrc writer). */
struct abr_bochsrc {
	int megs;
	const char *cpu;             /* Bochs cpu model */
	unsigned long ips;           /* 0 = Bochs' default */
	const char *bios, *vgabios;  /* ROM images (absolute paths) */
	const char *iso, *serial, *log; /* files in the work dir */
	int strict_msrs;             /* unknown MSRs #GP (ignore_bad_msrs=0) */
};
int abr_bochsrc_text(char *buf, size_t len, const struct abr_bochsrc *rc);

/* Our VT-x hypervisor in Bochs (bochs.c) and our KVM host (kvmhost.c). */
#define ABR_VTX_IPS 100000000UL      /* default Bochs ips under vtx, see bochs.c */
const char *abr_vtx_hv_elf(void);
int abr_vtx_check(void);
int abr_vtx_prepare(struct abr_ctx *ctx);
int abr_kvmhost_check(void);
int abr_kvmhost_prepare(struct abr_ctx *ctx);

/* What the guest said on its console (the conventions in the team brief). */
struct abr_guest {
	int output;                  /* any serial byte seen */
	int verdict;                 /* 0, 'P' PASS, 'F' FAIL, 'X' PANIC */
	long tests, failed;          /* from the verdict line, -1 if absent */
	char platform[32], backend[32]; /* from the wedge line, "" if absent */
	int wedge_lines;             /* how many wedge lines (first one counts) */
	int cmdline_seen;            /* the guest echoed its command line: */
	char cmdline[1024];          /* "afterburn-guest: booted, cmdline '...'" */
	long sites, patched;         /* from the wedge line, -1 if absent */
	long long trace_total;       /* "afterburn: trace total=", -1 if absent */
	long long workload_tsc;      /* "afterburn-guest: workload tsc=", -1 */
	char panic[256];             /* the PANIC line (Linux: panic, oops) */
	/* Linux: the kernel's own lines.  A kernel without the wedge prints no
	 * "afterburn: platform=" line; after /init's verdict it prints
	 * "reboot: Power down" (or "System halted" without a power-off
	 * driver) and, unless the wedge ends the emulator, halts forever. */
	int is_linux;                /* the image is a bzImage */
	int powered_down;            /* that reboot: line came */
	/* From the host (vtx: the serial log; kvmhost: its stderr). */
	char exits[1024];            /* last `exits: total=...` line, "" if none */
	long long exits_total;       /* its total, -1 if absent */
	int hv_status;               /* "hv: guest exited status=0xNN", -1 */
	char hv_stop[256];           /* "hv: guest stopped: ..." line */
	/* vtx with --module: the hypervisor runs the guests one after another
	 * ("hv: entering guest N", N from 0 = IMAGE); each gets its own verdict. */
	int hv_cur;                  /* guest now running, -1 before the first */
	int hv_last;                 /* index of the last guest (n_modules) */
	char hv_refused[160];        /* last "hv: guest image refused: " reason */
	struct abr_hv_guest {
		int state;           /* 0 not seen, 'R' running, 'D' report done,
					'N' not started (refused) */
		int verdict;         /* 0, 'P', 'F', 'X' as above */
		int status;          /* "hv: guest exited status=0xNN", -1 */
		char stop[160];      /* its "hv: guest stopped: ..." line */
		long long exits_total; /* its exits: total, -1 */
	} hv_guests[1 + ABR_MAX_EXTRA];
};

/* One line per guest when the hypervisor ran several (watch.c); returns the
 * worst of their results, which the run's result must not be better than. */
enum abr_result abr_hv_guests_report(const struct abr_opts *o,
				     const struct abr_guest *g);

/* Run the prepared command and judge it (watch.c); why[] explains a
 * non-pass result in one line. */
enum abr_result abr_watch(struct abr_ctx *ctx, const struct abr_target *t,
			  double timeout, struct abr_guest *g,
			  char *why, size_t whylen);

/* Can a multiboot loader boot PATH (image.c)?  0 = yes; otherwise the
 * reason is printed.  elf64_ok: the loader takes ELF64 (QEMU does not). */
int abr_image_check(const char *path, int elf64_ok);
/* The highest guest-physical address a multiboot loader fills for PATH
 * (a.out kludge bss_end_addr, else the end of the highest PT_LOAD), 0 if
 * unknown (abr_image_check says why). */
unsigned long long abr_image_end(const char *path);
/* The size of the image's own command-line buffer, if it names one: the
 * symbol guest_cmdline (an object, the sample guest's copy; the wedge
 * parses that copy), else 0. */
size_t abr_image_cmdline_buf(const char *path);

/* The guest command line (cmdline.c).  abr_cmdline_ok: only characters
 * that mean nothing to GRUB's script parser; abr_cmdline_append: add a word
 * to o->cmdline; abr_cmdline_backend: set o->requested from the
 * afterburn.backend= words, error (printed) if they or --backend disagree;
 * abr_cmdline_too_long: too long for the target's loader or the image's own
 * buffer (printed).  Non-zero = refuse. */
int abr_cmdline_ok(const char *s);
int abr_cmdline_append(struct abr_opts *o, const char *word);
int abr_cmdline_backend(struct abr_opts *o);
int abr_cmdline_too_long(const struct abr_target *t, const struct abr_opts *o);
/* After the run: the guest's echoed command line and the wedge's back end
 * against what was given and asked; returns the run's result, which may
 * become a failure (why explains). */
enum abr_result abr_check_reported(const struct abr_opts *o,
				   const struct abr_guest *g,
				   enum abr_result r, char *why, size_t n);

/* Linux bzImages (linux.c).  abr_linux_probe: 1 = a bzImage we can boot
 * (*lx filled), 0 = no Linux header (try multiboot), -1 = refused (printed).
 * abr_linux_initrd: resolve o->initrd (--initrd or initramfs.cpio beside
 * IMAGE), non-zero = none usable (printed).  abr_linux_cmdline: put our
 * kernel parameters and afterburn.backend=BACKEND (NULL = none) before the
 * user's words in o->cmdline. */
int abr_linux_probe(const char *path, struct abr_linux *lx);
int abr_linux_initrd(struct abr_opts *o);
int abr_linux_cmdline(struct abr_opts *o, const char *backend);

/* Guest addresses by name (symbols.c): abr_symbolize puts "func+0xoff"
 * of ELF PATH's symbol table holding addr in out (0), or -1;
 * abr_vmlinux_beside: the vmlinux beside a bzImage, 0 if it is there. */
int abr_symbolize(const char *path, unsigned long long addr, char *out, size_t n);
int abr_vmlinux_beside(const char *image, char *out, size_t n);

/* Helpers (util.c). */
double abr_now(void);
int abr_path_join(char *dst, const char *dir, const char *name);
/* profile_console.c: cut the wedge's profile (afterburn.backend=profile) out
 * of the console log SERIAL into OUT; 0, or -1 with the reason in why. */
int abr_profile_console(const char *serial, const char *out, char *why, size_t nwhy);
/* An image file opened for reading: its fd and size, or -1 after a message
 * (missing, unreadable, not a regular file). */
int abr_open_regular(const char *path, off_t *size);
int abr_write_file(const char *path, const char *text);
int abr_copy_file(const char *dst, const char *src);
int abr_rm_tree(const char *path);
int abr_have_program(const char *name);
int abr_run_quiet(struct abr_argv *a, const char *logpath, double timeout);
void abr_print_tail(const char *path, int lines);
/* A sibling file of this program (REL relative to the directory that holds
 * afterburn-run, e.g. "../hypervisor_stub/hv.elf") unless environment
 * variable ENV names one; the result is in a static buffer per caller. */
void abr_tool_path(char *dst, size_t len, const char *env, const char *rel);
extern volatile int abr_interrupted;

/*
 * profile.c: --profile OUT on vtx: the hypervisor runs with hv.profile and
 * its `hv: profile site` lines become OUT, keyed by the stable IDs of IMAGE
 * (a Linux bzImage: of vmlinux beside it).  0, or -1 after a message.
 */
int abr_profile_hv_arg(struct abr_opts *o);
int abr_profile_write_vtx(const struct abr_ctx *ctx);

#endif
