/*
 * runner/watch.c - run the emulator, stream the guest's serial console live,
 * and judge the run.
 *
 * The guest's own verdict line decides pass or fail; the emulator's exit
 * status (QEMU's isa-debug-exit: 33 pass, 35 fail, 37 panic; afterburn-kvm:
 * 0 pass, 1 fail, 2 crash), its log (Bochs ">>PANIC<<", "KVM internal
 * error") and, on our hypervisors, the host's report (the guest's exit
 * status, "guest stopped", the closing `exits:` line) cross-check it and
 * explain crashes.  A Linux kernel adds its own lines: a panic or oops is
 * a crash, and its power-down line after /init's verdict ends the run
 * (linux_line()).  The emulator runs in its own process group so that a timeout,
 * SIGINT or our own death (PR_SET_PDEATHSIG) takes all of it down.
 */
#include "abr.h"

#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/wait.h>
#include <unistd.h>

/* After the verdict line the guest must exit within this many seconds. */
#define ABR_EXIT_GRACE 10.0
/* After a crash mark in the emulator log, let it finish printing. */
#define ABR_CRASH_GRACE 1.0
/* After a Linux panic or oops line: the rest of the oops (registers, trace). */
#define ABR_LINUX_CRASH_GRACE 3.0
#define ABR_POLL_US 20000

/* QEMU exit status for a byte V written to isa-debug-exit is (V<<1)|1. */
enum {
	ABR_QEMU_EXIT_PASS = (0x10 << 1) | 1,  /* 33 */
	ABR_QEMU_EXIT_FAIL = (0x11 << 1) | 1,  /* 35 */
	ABR_QEMU_EXIT_PANIC = (0x12 << 1) | 1, /* 37 */
};

/* A file we follow as it grows, split into lines. */
struct follow {
	const char *path;
	int fd;
	char line[1024];
	size_t len;
	int esc;          /* escape-sequence filter state */
	int marked;       /* a crash mark was seen in this file */
};

static void follow_open(struct follow *f)
{
	if (f->fd < 0)
		f->fd = open(f->path, O_RDONLY | O_CLOEXEC);
}

/* Pull a long number out of "key=N" inside s; returns dflt if absent. */
static long long field(const char *s, const char *key, long long dflt)
{
	const char *p = strstr(s, key);

	if (!p)
		return dflt;
	return strtoll(p + strlen(key), NULL, 10);
}

static void word(char *dst, size_t n, const char *s, const char *key)
{
	const char *p = strstr(s, key);
	size_t len;

	if (!p)
		return;
	p += strlen(key);
	len = strcspn(p, " \t");
	if (len >= n)
		len = n - 1;
	memcpy(dst, p, len);
	dst[len] = 0;
}

/* The host's report: `exits:` line, the guest's exit status, a stop. */
static int host_line(struct abr_guest *g, const char *s)
{
	const char *p;

	if (!strncmp(s, "exits: total=", 13)) {
		snprintf(g->exits, sizeof(g->exits), "%s", s);
		g->exits_total = field(s, "total=", -1);
		return 1;
	}
	if ((p = strstr(s, "hv: guest exited status=0x"))) {
		g->hv_status = (int)strtol(p + strlen("hv: guest exited status=0x"), NULL, 16);
		return 1;
	}
	if ((p = strstr(s, "hv: guest stopped: ")) ||
	    (p = strstr(s, "hv: FATAL: ")) ||
	    (p = strstr(s, "afterburn-kvm: guest stopped: "))) {
		if (!g->hv_stop[0])
			snprintf(g->hv_stop, sizeof(g->hv_stop), "%s", p);
		return 1;
	}
	return 0;
}

/* The guest a line of the vtx serial log belongs to, NULL outside one. */
static struct abr_hv_guest *hv_now(struct abr_guest *g)
{
	if (g->hv_cur < 0 || g->hv_cur > ABR_MAX_EXTRA)
		return NULL;
	return &g->hv_guests[g->hv_cur];
}

/* A PANIC stays the verdict whatever follows it. */
static void set_verdict(int *v, int now)
{
	if (*v != 'X')
		*v = now;
}

/*
 * The hypervisor's per-guest report (vtx): which guest runs, and its stop,
 * exit status and exits line, so several guests get one verdict each.
 */
static void hv_track(struct abr_guest *g, const char *s)
{
	struct abr_hv_guest *h;
	const char *p;
	long n;
	int k;

	if ((p = strstr(s, "hv: entering guest "))) {
		n = strtol(p + strlen("hv: entering guest "), NULL, 10);
		if (n >= 0 && n <= ABR_MAX_EXTRA) {
			g->hv_cur = (int)n;
			g->hv_guests[n].state = 'R';
		}
		return;
	}
	if ((p = strstr(s, "hv: guest image refused: "))) {
		snprintf(g->hv_refused, sizeof(g->hv_refused), "%s", p);
		return;
	}
	/* sscanf counts %ld alone, so the literal end is checked with %n */
	k = 0;
	if ((p = strstr(s, "hv: guest ")) && sscanf(p, "hv: guest %ld not started%n", &n, &k) == 1 && k) {
		if (n >= 0 && n <= ABR_MAX_EXTRA) {
			g->hv_guests[n].state = 'N';
			snprintf(g->hv_guests[n].stop, sizeof(g->hv_guests[n].stop), "%s",
				 g->hv_refused[0] ? g->hv_refused : p);
		}
		g->hv_refused[0] = 0;
		return;
	}
	h = hv_now(g);
	if (!h || h->state != 'R')
		return;
	if ((p = strstr(s, "hv: guest stopped: ")) || (p = strstr(s, "hv: FATAL: "))) {
		if (!h->stop[0])
			snprintf(h->stop, sizeof(h->stop), "%s", p);
	} else if ((p = strstr(s, "hv: guest exited status=0x"))) {
		h->status = (int)strtol(p + strlen("hv: guest exited status=0x"), NULL, 16);
	} else if (!strncmp(s, "exits: total=", 13)) {
		h->exits_total = field(s, "total=", -1);
		h->state = 'D';
	}
}

/*
 * A Linux kernel's own account: a panic or an oops ends the run as a crash
 * with its first line as the reason, and "reboot: Power down" ("System
 * halted" when the kernel has no way to power off: no ACPI, no wedge) after
 * /init's verdict is the clean end.  The marks must start the line (after
 * a printk time stamp): a user process's fault is logged as "init[35]
 * general protection fault ip:..." and is /init's business, not a crash.
 */
static const char *const linux_crash_marks[] = {
	"Kernel panic - not syncing",
	"BUG:",
	"Oops:",
	"general protection fault",
	NULL,
};
static const char *const linux_off_marks[] = {
	"reboot: Power down",
	"reboot: System halted",
	NULL,
};

/* s without a leading "[    1.234567] " time stamp. */
static const char *linux_text(const char *s)
{
	const char *e;

	if (s[0] == '[' && (e = strchr(s, ']')) && strspn(s + 1, " 0123456789.") == (size_t)(e - s - 1))
		s = e + 1 + (e[1] == ' ');
	return s;
}

static int linux_mark(const char *s, const char *const *marks)
{
	s = linux_text(s);
	for (; *marks; marks++)
		if (!strncmp(s, *marks, strlen(*marks)))
			return 1;
	return 0;
}

/*
 * The oops header "<what>: <error code> [#<n>]" ("segment-related general
 * protection fault: 1234 [#1]", "invalid opcode: 0000 [#1]"): an oops
 * whose first words no mark above names.  The kernel kills the task and
 * goes on, so /init may still print PASS: the run is a crash all the same.
 */
static int linux_oops_header(const char *s)
{
	const char *p = strstr(s, " [#");
	size_t d;

	if (!p || p - s < 6 || p[-5] != ' ' || p[-6] != ':')
		return 0;
	for (int i = 1; i <= 4; i++)
		if (!strchr("0123456789abcdef", p[-i]) || !p[-i])
			return 0;
	d = strspn(p + 3, "0123456789");
	return d > 0 && p[3 + d] == ']';
}

static void linux_line(struct abr_guest *g, const char *s)
{
	if (linux_mark(s, linux_off_marks)) {
		g->powered_down = 1;
	} else if ((linux_mark(s, linux_crash_marks) || linux_oops_header(linux_text(s))) && g->verdict != 'X') {
		g->verdict = 'X';
		snprintf(g->panic, sizeof(g->panic), "kernel: %s", linux_text(s));
	}
}

/*
 * One complete serial line.  Prefixes are searched anywhere in the line
 * because firmware output can share the guest's first line.
 */
static void guest_line(struct abr_guest *g, const char *s)
{
	struct abr_hv_guest *h = hv_now(g);
	const char *p;

	if (g->is_linux)
		linux_line(g, s);
	hv_track(g, s);
	if (host_line(g, s))
		return;
	if ((p = strstr(s, "afterburn-guest: PASS"))) {
		set_verdict(&g->verdict, 'P');
		if (h)
			set_verdict(&h->verdict, 'P');
		g->tests = field(p, "tests=", -1);
	} else if ((p = strstr(s, "afterburn-guest: FAIL"))) {
		set_verdict(&g->verdict, 'F');
		if (h)
			set_verdict(&h->verdict, 'F');
		g->failed = field(p, "failed=", -1);
		g->tests = field(p, "tests=", -1);
	} else if ((p = strstr(s, "afterburn-guest: PANIC"))) {
		g->verdict = 'X';
		if (h)
			h->verdict = 'X';
		snprintf(g->panic, sizeof(g->panic), "%s", p);
	} else if ((p = strstr(s, "afterburn-guest: workload tsc="))) {
		g->workload_tsc = field(p, "tsc=", -1);
	} else if ((p = strstr(s, "afterburn: platform="))) {
		/* the first guest's (IMAGE's) wedge line is the run's */
		if (g->wedge_lines++)
			return;
		word(g->platform, sizeof(g->platform), p, "platform=");
		word(g->backend, sizeof(g->backend), p, "backend=");
		g->sites = field(p, " sites=", -1);
		g->patched = field(p, "patched=", -1);
	} else if ((p = strstr(s, "afterburn-guest: booted, cmdline '"))) {
		size_t n;

		p += strlen("afterburn-guest: booted, cmdline '");
		n = strlen(p);
		/* a line cut by our buffer (no closing quote) proves nothing */
		if (g->cmdline_seen || !n || p[n - 1] != '\'' || n > sizeof(g->cmdline))
			return;
		memcpy(g->cmdline, p, n - 1);
		g->cmdline[n - 1] = 0;
		g->cmdline_seen = 1;
	} else if ((p = strstr(s, "afterburn: trace total="))) {
		g->trace_total = field(p, "total=", -1);
	}
}

/*
 * Stream new serial bytes to stdout without carriage returns and terminal
 * escape sequences (SeaBIOS clears the screen), and parse complete lines.
 */
static void serial_poll(struct follow *f, struct abr_guest *g, int quiet)
{
	char buf[4096];
	ssize_t n;

	follow_open(f);
	if (f->fd < 0)
		return;
	while ((n = read(f->fd, buf, sizeof(buf))) > 0) {
		g->output = 1;
		for (ssize_t i = 0; i < n; i++) {
			unsigned char c = buf[i];

			/* 0: text, 1: after ESC, 2: inside CSI parameters */
			if (f->esc == 1) {
				f->esc = c == '[' ? 2 : 0;
				continue;
			}
			if (f->esc == 2) {
				if (c >= 0x40 && c <= 0x7e)
					f->esc = 0;
				continue;
			}
			if (c == 0x1b) {
				f->esc = 1;
				continue;
			}
			if (c != '\n' && c != '\t' && (c < 0x20 || c == 0x7f))
				continue;
			if (!quiet)
				putchar(c);
			if (c == '\n' || f->len == sizeof(f->line) - 1) {
				f->line[f->len] = 0;
				guest_line(g, f->line);
				f->len = 0;
				if (c == '\n')
					continue;
			}
			f->line[f->len++] = c;
		}
		if (!quiet)
			fflush(stdout);
	}
	/* the kernel prints its last line without a newline, then halts */
	if (g->is_linux && f->len && !g->powered_down) {
		f->line[f->len] = 0;
		if (linux_mark(f->line, linux_off_marks))
			g->powered_down = 1;
	}
}

/* Finish a partial last line (the guest may not end with a newline). */
static void serial_finish(struct follow *f, struct abr_guest *g, int quiet)
{
	if (f->len) {
		f->line[f->len] = 0;
		guest_line(g, f->line);
		f->len = 0;
		if (!quiet) {
			putchar('\n');
			fflush(stdout);
		}
	}
}

static int has_mark(const char *line, const char *const *marks)
{
	for (; marks && *marks; marks++)
		if (strstr(line, *marks))
			return 1;
	return 0;
}

static int log_line(struct follow *f, const struct abr_target *t,
		    struct abr_guest *g, int quiet, char *why, size_t whylen)
{
	int crash;

	f->line[f->len] = 0;
	f->len = 0;
	/* afterburn-kvm reports on stderr: pass its exits line through */
	if (t->host_status && host_line(g, f->line) &&
	    !strncmp(f->line, "exits: ", 7) && !quiet) {
		printf("%s\n", f->line);
		fflush(stdout);
	}
	crash = has_mark(f->line, t->crash_marks) &&
		!has_mark(f->line, t->benign_marks);
	if (crash && !why[0])
		snprintf(why, whylen, "%s", f->line);
	if (crash)
		f->marked = 1;
	return crash;
}

/* Scan emulator logs for crash marks; the first one found is kept in why.
 * final: the emulator is gone, so a partial last line is complete. */
static int log_poll(struct follow *f, const struct abr_target *t,
		    struct abr_guest *g, int quiet, char *why, size_t whylen,
		    int final)
{
	char buf[4096];
	ssize_t n;
	int found = 0;

	follow_open(f);
	if (f->fd < 0)
		return 0;
	while ((n = read(f->fd, buf, sizeof(buf))) > 0) {
		for (ssize_t i = 0; i < n; i++) {
			if (buf[i] == '\n') {
				found |= log_line(f, t, g, quiet, why, whylen);
				continue;
			}
			if (f->len == sizeof(f->line) - 1)
				found |= log_line(f, t, g, quiet, why, whylen);
			if (buf[i] != '\r')
				f->line[f->len++] = buf[i];
		}
	}
	if (final && f->len)
		found |= log_line(f, t, g, quiet, why, whylen);
	return found;
}

static pid_t spawn(struct abr_ctx *ctx)
{
	pid_t pid = fork();

	if (pid < 0) {
		fprintf(stderr, "afterburn-run: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int out = open(ctx->out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
		int nul = open("/dev/null", O_RDONLY);

		setpgid(0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (out < 0 || nul < 0)
			_exit(127);
		if (ctx->cwd && chdir(ctx->cwd) != 0) {
			dprintf(out, "afterburn-run: cannot enter %s: %s\n", ctx->cwd,
				strerror(errno));
			_exit(127);
		}
		dup2(nul, 0);
		dup2(out, 1);
		dup2(out, 2);
		execvp(ctx->argv.v[0], ctx->argv.v);
		dprintf(2, "afterburn-run: cannot run %s: %s\n", ctx->argv.v[0],
			strerror(errno));
		_exit(127);
	}
	setpgid(pid, pid);
	return pid;
}

/* SIGTERM to the whole group, then SIGKILL if it lingers. */
static void stop(pid_t pid, int *status)
{
	double until = abr_now() + 2;

	kill(-pid, SIGTERM);
	while (abr_now() < until) {
		if (waitpid(pid, status, WNOHANG) == pid)
			goto reaped;
		usleep(ABR_POLL_US);
	}
	kill(-pid, SIGKILL);
	waitpid(pid, status, 0);
reaped:
	kill(-pid, SIGKILL);	/* stragglers in the group, if any */
}

/*
 * Linux and /init printed PASS: the kernel must then have powered down
 * (its "reboot:" line).  A kernel without the wedge halts there and we
 * stopped the emulator; an afterburned one ends it through the wedge's
 * exit port, with any status but the fail one (/init halts on FAIL) and
 * the panic one.
 */
static enum abr_result linux_pass(const struct abr_target *t,
				  const struct abr_guest *g, int exited,
				  int exit_code, char *why, size_t whylen)
{
	if (!g->powered_down) {
		if (exited)
			snprintf(why, whylen, "/init printed PASS but the kernel did not power down (no 'reboot: Power down' line; emulator exit status %d)",
				 exit_code);
		else
			snprintf(why, whylen, "/init printed PASS but the kernel did not power down within %.0f s (no 'reboot: Power down' line)",
				 ABR_EXIT_GRACE);
		return ABR_CRASH;
	}
	/* /init halts on FAIL, and the wedge turns a halt into the fail status */
	if (exited && t->debug_exit && exit_code == ABR_QEMU_EXIT_FAIL) {
		snprintf(why, whylen, "/init printed PASS but the kernel left with the fail status %d (a halt)",
			 exit_code);
		return ABR_CRASH;
	}
	if (exited && t->debug_exit && exit_code == ABR_QEMU_EXIT_PANIC) {
		snprintf(why, whylen, "/init printed PASS and the kernel powered down, but QEMU exit status is %d (the panic status)",
			 exit_code);
		return ABR_CRASH;
	}
	return ABR_PASS;
}

enum abr_result abr_watch(struct abr_ctx *ctx, const struct abr_target *t,
			  double timeout, struct abr_guest *g,
			  char *why, size_t whylen)
{
	struct follow serial = { .path = ctx->serial, .fd = -1 };
	struct follow logs[ABR_MAX_LOGS + 1];
	double deadline = abr_now() + timeout, grace = 0;
	int status = 0, exited = 0, timed_out = 0, crashed = 0, nlogs = 0;
	int exit_code = -1;
	pid_t pid;

	memset(logs, 0, sizeof(logs));
	for (int i = 0; i < ctx->nlogs; i++)
		logs[nlogs++] = (struct follow){ .path = ctx->logs[i], .fd = -1 };
	logs[nlogs++] = (struct follow){ .path = ctx->out, .fd = -1 };
	why[0] = 0;

	pid = spawn(ctx);
	if (pid < 0)
		return ABR_INFRA;
	for (;;) {
		double now;

		serial_poll(&serial, g, ctx->o->quiet);
		for (int i = 0; i < nlogs; i++)
			if (log_poll(&logs[i], t, g, ctx->o->quiet, why, whylen, 0) && !crashed) {
				crashed = 1;
				if (!grace)
					grace = abr_now() + ABR_CRASH_GRACE;
			}
		if (waitpid(pid, &status, WNOHANG) == pid) {
			exited = 1;
			break;
		}
		if (abr_interrupted) {
			stop(pid, &status);
			break;
		}
		now = abr_now();
		/* a kernel without the wedge halts after its verdict: we end it
		 * (with the wedge it exits by itself, after its summary: the
		 * verdict's grace below waits for that) */
		if (g->is_linux && g->verdict && g->verdict != 'X' && g->powered_down && g->sites < 0) {
			stop(pid, &status);
			break;
		}
		/* ... and one that powers down without a verdict is done too */
		if (g->is_linux && !g->verdict && g->powered_down && !grace)
			grace = now + ABR_CRASH_GRACE;
		if (g->is_linux && g->verdict == 'X' && !grace)
			grace = now + ABR_LINUX_CRASH_GRACE;
		/* with --module only the last guest's verdict ends the run */
		if (g->verdict && !grace && (!g->hv_last || g->hv_cur >= g->hv_last))
			grace = now + ABR_EXIT_GRACE;
		if (grace && now > grace) {
			stop(pid, &status);
			break;
		}
		if (!grace && now > deadline) {
			timed_out = 1;
			stop(pid, &status);
			break;
		}
		usleep(ABR_POLL_US);
	}
	/* Whatever the emulator wrote last still counts. */
	serial_poll(&serial, g, ctx->o->quiet);
	serial_finish(&serial, g, ctx->o->quiet);
	for (int i = 0; i < nlogs; i++) {
		if (log_poll(&logs[i], t, g, ctx->o->quiet, why, whylen, 1))
			crashed = 1;
		if (logs[i].fd >= 0)
			close(logs[i].fd);
	}
	/* The emulator's own account of a crash (register dump, panic) is
	 * the first thing anyone debugging it needs. */
	for (int i = 0; i < nlogs && !abr_interrupted; i++) {
		if (logs[i].marked) {
			fprintf(stderr, "afterburn-run: end of %s:\n", logs[i].path);
			abr_print_tail(logs[i].path, 30);
		}
	}
	if (serial.fd >= 0)
		close(serial.fd);
	if (exited && WIFEXITED(status))
		exit_code = WEXITSTATUS(status);

	if (abr_interrupted)
		return ABR_INTERRUPTED;
	if (exited && exit_code == 127 && !g->output) {
		snprintf(why, whylen, "could not start %s", ctx->argv.v[0]);
		return ABR_INFRA;
	}

	if (timed_out && g->verdict) {
		/* an earlier guest's verdict; the last one gave none in time */
		snprintf(why, whylen, "guest %d of %d gave no verdict within %.0f s",
			 g->hv_cur, g->hv_last + 1, timeout);
		return ABR_TIMEOUT;
	}
	switch (g->verdict) {
	case 'X':
		snprintf(why, whylen, "%s", g->panic);
		return ABR_CRASH;
	case 'P':
		if (crashed) {
			/* why already holds the emulator's crash line */
			return ABR_CRASH;
		}
		if (g->hv_stop[0]) {
			snprintf(why, whylen, "guest printed PASS but %s", g->hv_stop);
			return ABR_CRASH;
		}
		if (g->hv_status >= 0 && g->hv_status != 0x10 && g->hv_status != 0) {
			snprintf(why, whylen, "guest printed PASS but the hypervisor saw exit status 0x%x, expected 0x10",
				 g->hv_status);
			return ABR_CRASH;
		}
		if (g->is_linux)
			return linux_pass(t, g, exited, exit_code, why, whylen);
		if (t->exits_line && exited && !g->exits[0]) {
			snprintf(why, whylen, "guest printed PASS but the host gave no closing 'exits:' line");
			return ABR_CRASH;
		}
		if (t->host_status && exited && exit_code != 0) {
			snprintf(why, whylen, "guest printed PASS but %s exited with status %d, expected 0",
				 ctx->argv.v[0], exit_code);
			return ABR_CRASH;
		}
		if (!exited) {
			snprintf(why, whylen, "guest printed PASS but did not exit within %.0f s (exit port 0xf4 / 0x8900 not written?)",
				 ABR_EXIT_GRACE);
			return ABR_CRASH;
		}
		if (t->debug_exit && exit_code != ABR_QEMU_EXIT_PASS) {
			snprintf(why, whylen, "guest printed PASS but QEMU exit status is %d, expected %d",
				 exit_code, ABR_QEMU_EXIT_PASS);
			return ABR_CRASH;
		}
		return ABR_PASS;
	case 'F':
		if (t->debug_exit && exited && exit_code != ABR_QEMU_EXIT_FAIL)
			fprintf(stderr, "afterburn-run: warning: guest printed FAIL but QEMU exit status is %d, expected %d\n",
				exit_code, ABR_QEMU_EXIT_FAIL);
		snprintf(why, whylen, "guest self-tests failed: %ld of %ld",
			 g->failed, g->tests);
		return ABR_FAIL;
	}

	/* No verdict. */
	if (crashed)
		return ABR_CRASH;
	if (g->powered_down) {
		snprintf(why, whylen, "the kernel powered down without a verdict from /init");
		return ABR_CRASH;
	}
	if (g->hv_stop[0]) {
		snprintf(why, whylen, "%s", g->hv_stop);
		return ABR_CRASH;
	}
	if (timed_out) {
		snprintf(why, whylen, "no verdict within %.0f s", timeout);
		return ABR_TIMEOUT;
	}
	if (!g->output) {
		snprintf(why, whylen, "%s exited (status %d) before the guest printed anything",
			 ctx->argv.v[0], exit_code);
		fprintf(stderr, "afterburn-run: emulator output:\n");
		abr_print_tail(ctx->out, 15);
		return ABR_INFRA;
	}
	if (!exited)
		snprintf(why, whylen, "emulator stopped without a verdict");
	else if (t->debug_exit && exit_code == ABR_QEMU_EXIT_PANIC)
		snprintf(why, whylen, "guest exited with the panic status (%d) without a verdict line", exit_code);
	else if (t->debug_exit && exit_code == 0)
		snprintf(why, whylen, "QEMU exited with status 0 without a verdict: triple fault or reset (-no-reboot)");
	else
		snprintf(why, whylen, "emulator exited with status %d without a verdict line", exit_code);
	return ABR_CRASH;
}

/*
 * vtx with --module: one line per guest, in the order the hypervisor ran
 * them (0 = IMAGE), each judged like a run of its own: a stop (or the
 * hypervisor's FATAL) or PANIC is a crash, FAIL a fail, PASS with exit
 * status 0x10 (or 0) a pass; a guest refused or never reported is a crash.
 */
enum abr_result abr_hv_guests_report(const struct abr_opts *o,
				     const struct abr_guest *g)
{
	enum abr_result worst = ABR_PASS;

	for (int i = 0; i <= o->n_modules && o->n_modules; i++) {
		const struct abr_hv_guest *h = &g->hv_guests[i];
		const char *img = i ? o->modules[i - 1] : o->image;
		const char *base = strrchr(img, '/') ? strrchr(img, '/') + 1 : img;
		enum abr_result r = ABR_CRASH;
		char why[200] = "";

		if (h->state == 'N' || h->state == 0)
			snprintf(why, sizeof(why), "%s", h->state ? h->stop : "never started");
		else if (h->stop[0])
			snprintf(why, sizeof(why), "%s", h->stop);
		else if (h->state != 'D')
			snprintf(why, sizeof(why), "no report from the hypervisor (no exits: line)");
		else if (h->verdict == 'X')
			snprintf(why, sizeof(why), "PANIC");
		else if (h->verdict == 'F')
			r = ABR_FAIL;
		else if (h->verdict != 'P')
			snprintf(why, sizeof(why), "no verdict");
		else if (h->status >= 0 && h->status != 0x10 && h->status != 0)
			snprintf(why, sizeof(why), "PASS but exit status 0x%x", h->status);
		else
			r = ABR_PASS;
		if (r > worst)
			worst = r;
		printf("afterburn-run: hv guest %d %s result=%s exits=%lld%s%s\n", i, base,
		       abr_result_name(r), h->exits_total, why[0] ? ": " : "", why);
	}
	return worst;
}
