/*
 * patches/init/init.c - the test /init every Linux guest boots into (issue
 * 8): a static program that runs as PID 1 from the initramfs, exercises
 * the kernel paths a pre-virtualized Linux must get right, checks its own
 * results and prints them the way afterburn-run reads a guest:
 *
 *   ok N - NAME              one line per self-test
 *   not ok N - NAME: WHY
 *   afterburn-guest: PASS tests=N            one verdict line, last
 *   afterburn-guest: FAIL failed=F tests=N
 *
 * then syncs and powers the machine off (reboot(RB_POWER_OFF); on FAIL it
 * halts, RB_HALT_SYSTEM, so the exit status can tell the two apart).  The work
 * is a fixed amount (counts below), so two runs of one kernel do the same
 * thing; init_scale=N on the kernel command line (Linux hands init the
 * unknown NAME=VALUE words without a dot as environment variables)
 * multiplies every count by N, 1 to 1000.
 *
 * Run as anything but PID 1 (on the host: build/linux/init) it runs the same
 * tests, prints the same lines and exits 0 on PASS, 1 on FAIL, without
 * rebooting.  It mounts nothing: /dev/console and /dev/null come from the
 * initramfs (patches/init/initramfs.list).
 */
#include <errno.h>
#include <x86intrin.h>
#include <fcntl.h>
#include <setjmp.h>
#include <signal.h>
#include <stdarg.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/reboot.h>
#include <sys/sysinfo.h>
#include <sys/time.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <ucontext.h>
#include <unistd.h>

/* Work per test at init_scale=1; chosen so that a TCG boot spends well
 * under a second in /init and Bochs a few seconds. */
#define INIT_FORKS          16      /* fork + exec of ourselves */
#define INIT_PIPE_KB        256     /* parent to child, echoed back as a sum */
#define INIT_PIPE_BACK_KB   64      /* child to parent */
#define INIT_MMAP_ROUNDS    32      /* map, fault, protect, unmap */
#define INIT_MMAP_PAGES     64
#define INIT_TIMER_TICKS    10      /* SIGALRM ticks of a 10 ms itimer */
#define INIT_TIMER_US       10000
#define INIT_SLEEPS         10      /* nanosleep(2 ms) */
#define INIT_SLEEP_NS       2000000L
#define INIT_SYSCALLS       10000   /* rounds of getpid/getppid/write */
#define INIT_DEADLINE_S     60      /* a tick or child that never comes */

#define INIT_CHILD_ARG      "--afterburn-init-child"
#define INIT_CHILD_STATUS   42

static unsigned init_tests, init_failed;
static long init_scale = 1;
static char *init_self;              /* argv[0]: what the exec test runs */

/* Unbuffered output: lines must reach the console before a fork or a crash. */
static void init_say(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static void init_say(const char *fmt, ...)
{
	char buf[512];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n < 0)
		return;
	if ((size_t)n >= sizeof(buf))
		n = sizeof(buf) - 1;
	for (ssize_t off = 0, w; off < n; off += w) {
		w = write(STDOUT_FILENO, buf + off, n - off);
		if (w <= 0 && errno != EINTR)
			return;
		if (w < 0)
			w = 0;
	}
}

/* One self-test's line; why == NULL or "" is a pass. */
static void init_result(const char *name, const char *why)
{
	init_tests++;
	if (why && *why) {
		init_failed++;
		init_say("not ok %u - %s: %s\n", init_tests, name, why);
	} else {
		init_say("ok %u - %s\n", init_tests, name);
	}
}

static double init_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

/*
 * How far CLOCK_MONOTONIC may lag: its resolution.  Without a usable TSC
 * (no ACPI or HPET to calibrate it against, as under QEMU and Bochs) Linux
 * keeps the jiffies clocksource, and the clock moves in steps of 1/HZ.
 */
static double init_clock_slack(void)
{
	struct timespec res;

	if (clock_getres(CLOCK_MONOTONIC, &res))
		return 0.01;
	return res.tv_sec + res.tv_nsec / 1e9;
}

/* A failed system call as a reason, naming the config option behind ENOSYS. */
static void init_why_errno(char *why, size_t n, const char *call, const char *config)
{
	int e = errno;

	if (e == ENOSYS && config)
		snprintf(why, n, "%s: %s (the kernel lacks %s)", call, strerror(e), config);
	else
		snprintf(why, n, "%s: %s", call, strerror(e));
}

/* waitpid for one child, retrying on EINTR (the timer test's SIGALRM). */
static pid_t init_wait(pid_t pid, int *status)
{
	pid_t r;

	do
		r = waitpid(pid, status, 0);
	while (r < 0 && errno == EINTR);
	return r;
}

/* --- 1: fork + exec ourselves, the child's exit status comes back. --- */
static void init_test_exec(char *why, size_t n)
{
	long rounds = INIT_FORKS * init_scale;

	for (long i = 0; i < rounds; i++) {
		char *args[] = { init_self, INIT_CHILD_ARG, NULL };
		int status;
		pid_t pid = fork();

		if (pid < 0) {
			init_why_errno(why, n, "fork", NULL);
			return;
		}
		if (pid == 0) {
			extern char **environ;

			execve(init_self, args, environ);
			_exit(127);	/* exec failed: the parent says so */
		}
		if (init_wait(pid, &status) != pid) {
			init_why_errno(why, n, "waitpid", NULL);
			return;
		}
		if (!WIFEXITED(status) || WEXITSTATUS(status) != INIT_CHILD_STATUS) {
			snprintf(why, n, "round %ld: child %s %d, expected exit %d%s", i,
				 WIFEXITED(status) ? "exited" : "killed by signal",
				 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status),
				 INIT_CHILD_STATUS,
				 WIFEXITED(status) && WEXITSTATUS(status) == 127 ?
				 " (exec of ourselves failed)" : "");
			return;
		}
	}
}

/* --- 2: pipes, both ways, with a checksum. --- */
static uint8_t init_pattern(uint64_t i, unsigned seed)
{
	return (uint8_t)((i * 131 + seed) ^ (i >> 9));
}

/* Fletcher-style: order matters, so a reordered or dropped block shows. */
static uint64_t init_sum(uint64_t s, const uint8_t *p, size_t n)
{
	uint32_t a = (uint32_t)s, b = (uint32_t)(s >> 32);

	for (size_t i = 0; i < n; i++) {
		a = (a + p[i]) % 65521;
		b = (b + a) % 65521;
	}
	return ((uint64_t)b << 32) | a;
}

static int init_write_all(int fd, const void *buf, size_t n)
{
	const uint8_t *p = buf;

	while (n) {
		ssize_t w = write(fd, p, n);

		if (w < 0 && errno == EINTR)
			continue;
		if (w <= 0)
			return -1;
		p += w;
		n -= (size_t)w;
	}
	return 0;
}

/* Read exactly n bytes; 0 = got them, -1 = error or early end. */
static int init_read_all(int fd, void *buf, size_t n)
{
	uint8_t *p = buf;

	while (n) {
		ssize_t r = read(fd, p, n);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			return -1;
		p += r;
		n -= (size_t)r;
	}
	return 0;
}

/* The child: sum what comes, send the sum, then its own bytes. */
static void init_pipe_child(int in, int out, uint64_t bytes, uint64_t back)
{
	uint8_t buf[4096];
	uint64_t sum = 0;

	for (uint64_t done = 0; done < bytes; done += sizeof(buf)) {
		if (init_read_all(in, buf, sizeof(buf)))
			_exit(2);
		sum = init_sum(sum, buf, sizeof(buf));
	}
	if (init_write_all(out, &sum, sizeof(sum)))
		_exit(3);
	for (uint64_t done = 0; done < back; done += sizeof(buf)) {
		for (size_t i = 0; i < sizeof(buf); i++)
			buf[i] = init_pattern(done + i, 7);
		if (init_write_all(out, buf, sizeof(buf)))
			_exit(4);
	}
	_exit(0);
}

static void init_test_pipe(char *why, size_t n)
{
	uint64_t bytes = (uint64_t)INIT_PIPE_KB * 1024 * init_scale;
	uint64_t back = (uint64_t)INIT_PIPE_BACK_KB * 1024 * init_scale;
	uint64_t sent = 0, got;
	uint8_t buf[4096];
	int down[2], up[2], status;
	pid_t pid;

	if (pipe(down) || pipe(up)) {
		init_why_errno(why, n, "pipe", NULL);
		return;
	}
	pid = fork();
	if (pid < 0) {
		init_why_errno(why, n, "fork", NULL);
		return;
	}
	if (pid == 0) {
		close(down[1]);
		close(up[0]);
		init_pipe_child(down[0], up[1], bytes, back);
	}
	close(down[0]);
	close(up[1]);
	/* the child reads everything before it writes: no deadlock */
	for (uint64_t done = 0; done < bytes && !*why; done += sizeof(buf)) {
		for (size_t i = 0; i < sizeof(buf); i++)
			buf[i] = init_pattern(done + i, 3);
		sent = init_sum(sent, buf, sizeof(buf));
		if (init_write_all(down[1], buf, sizeof(buf)))
			init_why_errno(why, n, "write to the child", NULL);
	}
	close(down[1]);
	if (!*why && init_read_all(up[0], &got, sizeof(got)))
		snprintf(why, n, "no checksum back from the child");
	else if (!*why && got != sent)
		snprintf(why, n, "child summed %llu KiB to %#llx, we sent %#llx",
			 (unsigned long long)(bytes / 1024), (unsigned long long)got,
			 (unsigned long long)sent);
	for (uint64_t done = 0; done < back && !*why; done += sizeof(buf)) {
		if (init_read_all(up[0], buf, sizeof(buf))) {
			snprintf(why, n, "child's data ended after %llu of %llu bytes",
				 (unsigned long long)done, (unsigned long long)back);
			break;
		}
		for (size_t i = 0; i < sizeof(buf); i++)
			if (buf[i] != init_pattern(done + i, 7)) {
				snprintf(why, n, "byte %llu from the child is %#x, expected %#x",
					 (unsigned long long)(done + i), buf[i],
					 init_pattern(done + i, 7));
				break;
			}
	}
	close(up[0]);
	if (init_wait(pid, &status) != pid)
		init_why_errno(why, n, "waitpid", NULL);
	else if (!*why && (!WIFEXITED(status) || WEXITSTATUS(status)))
		snprintf(why, n, "pipe child ended with status %#x", status);
}

/* --- 3: mmap/munmap/mprotect churn with page faults. --- */
static sigjmp_buf init_fault_jmp;
static volatile sig_atomic_t init_faults;

static void init_on_segv(int sig)
{
	(void)sig;
	init_faults++;
	siglongjmp(init_fault_jmp, 1);
}

/* Write v at p; 1 if the write faulted (SIGSEGV), 0 if it went through. */
static int init_write_faults(volatile uint8_t *p, uint8_t v)
{
	if (sigsetjmp(init_fault_jmp, 1))
		return 1;
	*p = v;
	return 0;
}

static int init_read_faults(volatile uint8_t *p)
{
	if (sigsetjmp(init_fault_jmp, 1))
		return 1;
	(void)*p;
	return 0;
}

static void init_test_mmap(char *why, size_t n)
{
	long page = sysconf(_SC_PAGESIZE), rounds = INIT_MMAP_ROUNDS * init_scale;
	size_t len = (size_t)page * INIT_MMAP_PAGES;
	struct sigaction sa = { .sa_handler = init_on_segv }, old;
	sig_atomic_t faults0 = init_faults;
	long expected = 0;

	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGSEGV, &sa, &old)) {
		init_why_errno(why, n, "sigaction(SIGSEGV)", NULL);
		return;
	}
	for (long r = 0; r < rounds && !*why; r++) {
		uint8_t *m = mmap(NULL, len, PROT_READ | PROT_WRITE,
				  MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
		size_t k = (size_t)(r % INIT_MMAP_PAGES) * (size_t)page;

		if (m == MAP_FAILED) {
			init_why_errno(why, n, "mmap", NULL);
			break;
		}
		/* first touch of every page: one fault each, zero-filled */
		for (size_t i = 0; i < len; i += (size_t)page) {
			if (m[i + 1] != 0) {
				snprintf(why, n, "round %ld: fresh anonymous page %zu not zero", r,
					 i / (size_t)page);
				break;
			}
			m[i] = (uint8_t)(i / (size_t)page + r);
		}
		if (!*why && mprotect(m, len, PROT_READ))
			init_why_errno(why, n, "mprotect(PROT_READ)", NULL);
		if (!*why) {
			expected++;
			if (!init_write_faults(m + k, 0xff))
				snprintf(why, n, "round %ld: a write to a PROT_READ page did not fault", r);
			else if (m[k] != (uint8_t)(k / (size_t)page + r))
				snprintf(why, n, "round %ld: a faulting write changed the page", r);
		}
		if (!*why && mprotect(m, len, PROT_READ | PROT_WRITE))
			init_why_errno(why, n, "mprotect(PROT_READ|PROT_WRITE)", NULL);
		if (!*why && init_write_faults(m + k, 0xa5))
			snprintf(why, n, "round %ld: a write after mprotect back to RW faulted", r);
		for (size_t i = 0; i < len && !*why; i += (size_t)page)
			if (m[i] != (i == k ? 0xa5 : (uint8_t)(i / (size_t)page + r)))
				snprintf(why, n, "round %ld: page %zu lost its contents", r,
					 i / (size_t)page);
		if (munmap(m, len) && !*why)
			init_why_errno(why, n, "munmap", NULL);
		/* the address is gone now; nothing else maps there in this
		 * single-threaded program between the two calls */
		if (!*why) {
			expected++;
			if (!init_read_faults(m + k))
				snprintf(why, n, "round %ld: a read of an unmapped page did not fault", r);
		}
	}
	if (!*why && init_faults - faults0 != expected)
		snprintf(why, n, "%ld SIGSEGVs, expected %ld", (long)(init_faults - faults0), expected);
	sigaction(SIGSEGV, &old, NULL);
}

/* --- 4: an interval timer's SIGALRM ticks, against the clock. --- */
static volatile sig_atomic_t init_ticks;

static void init_on_alrm(int sig)
{
	(void)sig;
	init_ticks++;
}

static void init_test_timer(char *why, size_t n)
{
	long want = INIT_TIMER_TICKS * init_scale;
	struct itimerval it = {
		.it_interval = { 0, INIT_TIMER_US }, .it_value = { 0, INIT_TIMER_US },
	}, off = { 0 };
	struct sigaction sa = { .sa_handler = init_on_alrm };
	double t0, t1, min;

	sigemptyset(&sa.sa_mask);
	if (sigaction(SIGALRM, &sa, NULL)) {
		init_why_errno(why, n, "sigaction(SIGALRM)", NULL);
		return;
	}
	init_ticks = 0;
	t0 = init_now();
	if (setitimer(ITIMER_REAL, &it, NULL)) {
		init_why_errno(why, n, "setitimer(ITIMER_REAL)", "CONFIG_POSIX_TIMERS");
		return;
	}
	/* sleep until the ticks came; a missing tick ends at the deadline */
	while (init_ticks < want && init_now() - t0 < INIT_DEADLINE_S) {
		struct timespec ms = { 0, 1000000 };

		nanosleep(&ms, NULL);
	}
	t1 = init_now();
	setitimer(ITIMER_REAL, &off, NULL);
	signal(SIGALRM, SIG_IGN);
	min = want * INIT_TIMER_US / 1e6;
	if (init_ticks < want)
		snprintf(why, n, "%ld of %ld SIGALRM ticks in %.1f s", (long)init_ticks, want, t1 - t0);
	else if (t1 - t0 + init_clock_slack() < min)
		snprintf(why, n, "%ld ticks of %d us in %.4f s (clock resolution %.4f s): ticks came early, want >= %.4f s",
			 want, INIT_TIMER_US, t1 - t0, init_clock_slack(), min);
}

/* --- 5: nanosleep wakes up, and no earlier than asked. --- */
static void init_test_sleep(char *why, size_t n)
{
	long rounds = INIT_SLEEPS * init_scale;
	double t0 = init_now(), t;

	for (long i = 0; i < rounds; i++) {
		struct timespec ts = { 0, INIT_SLEEP_NS }, rem;

		while (nanosleep(&ts, &rem) && errno == EINTR)
			ts = rem;
	}
	t = init_now() - t0;
	if (t + init_clock_slack() < rounds * INIT_SLEEP_NS / 1e9)
		snprintf(why, n, "%ld sleeps of %ld ns took only %.4f s (clock resolution %.4f s)",
			 rounds, INIT_SLEEP_NS, t, init_clock_slack());
}

/*
 * --- 7: a return to user mode that faults in the kernel's iret. ---
 * A signal handler puts an invalid code selector into its saved context;
 * rt_sigreturn restores it and the kernel's iret to user mode faults.
 * Linux recognises that fault by the iret's address and turns it into a
 * SIGSEGV for the process.  Under the wedge's trace back end that iret
 * must stay in place (patches/linux-6.1 0003), or it is a kernel oops.
 */
static void init_bad_cs(int sig, siginfo_t *si, void *ctx)
{
	ucontext_t *uc = ctx;

	(void)sig;
	(void)si;
	/* REG_CSGSFS: cs in bits 0-15; 0x1237 is no descriptor of ours (RPL 3) */
	uc->uc_mcontext.gregs[REG_CSGSFS] = (uc->uc_mcontext.gregs[REG_CSGSFS] & ~0xffffLL) | 0x1237;
}

static void init_test_bad_iret(char *why, size_t n)
{
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		init_why_errno(why, n, "fork", NULL);
		return;
	}
	if (pid == 0) {
		struct sigaction sa;

		memset(&sa, 0, sizeof(sa));
		sa.sa_sigaction = init_bad_cs;
		sa.sa_flags = SA_SIGINFO;
		sigaction(SIGUSR1, &sa, NULL);
		signal(SIGSEGV, SIG_DFL);
		raise(SIGUSR1);
		_exit(0);	/* not reached: the return from the handler faults */
	}
	if (init_wait(pid, &status) != pid) {
		init_why_errno(why, n, "waitpid", NULL);
		return;
	}
	if (!WIFSIGNALED(status) || (WTERMSIG(status) != SIGSEGV && WTERMSIG(status) != SIGBUS))
		snprintf(why, n, "child %s %d, expected to be killed by SIGSEGV",
			 WIFEXITED(status) ? "exited" : "killed by signal",
			 WIFEXITED(status) ? WEXITSTATUS(status) : WTERMSIG(status));
}

/* --- 6: a loop of cheap system calls. --- */
static void init_test_syscalls(char *why, size_t n)
{
	long rounds = INIT_SYSCALLS * init_scale;
	pid_t pid = getpid(), ppid = getppid();
	int fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
	double t0;

	if (fd < 0) {
		init_why_errno(why, n, "open /dev/null", NULL);
		return;
	}
	t0 = init_now();
	for (long i = 0; i < rounds; i++) {
		if (getpid() != pid || getppid() != ppid) {
			snprintf(why, n, "round %ld: getpid/getppid changed", i);
			break;
		}
		if (write(fd, "x", 1) != 1) {
			init_why_errno(why, n, "write /dev/null", NULL);
			break;
		}
	}
	if (!*why)
		init_say("# syscalls: %ld rounds of getpid+getppid+write in %.3f s\n",
			 rounds, init_now() - t0);
	close(fd);
}

/*
 * Each test runs in a child of its own and sends its reason back through a
 * pipe: a test that crashes is one failed line, not a dead PID 1 (a kernel
 * panic), and the kernel logs no "segfault at" line for the mmap test's
 * deliberate faults (it logs every SIGSEGV of PID 1, handled or not).
 */
static void init_run(const char *name, void (*test)(char *, size_t))
{
	char why[256] = "";
	int fds[2], status;
	size_t len = 0;
	pid_t pid;

	if (pipe2(fds, O_CLOEXEC)) {	/* not held open by exec'd grandchildren */
		init_why_errno(why, sizeof(why), "pipe", NULL);
		init_result(name, why);
		return;
	}
	pid = fork();
	if (pid < 0) {
		init_why_errno(why, sizeof(why), "fork", NULL);
		close(fds[0]);
		close(fds[1]);
		init_result(name, why);
		return;
	}
	if (pid == 0) {
		close(fds[0]);
		test(why, sizeof(why));
		_exit(init_write_all(fds[1], why, strlen(why)) ? 3 : 0);
	}
	close(fds[1]);
	while (len < sizeof(why) - 1) {
		ssize_t r = read(fds[0], why + len, sizeof(why) - 1 - len);

		if (r < 0 && errno == EINTR)
			continue;
		if (r <= 0)
			break;
		len += (size_t)r;
	}
	why[len] = 0;
	close(fds[0]);
	if (init_wait(pid, &status) != pid)
		init_why_errno(why, sizeof(why), "waitpid", NULL);
	else if (!why[0] && WIFSIGNALED(status))
		snprintf(why, sizeof(why), "test process killed by signal %d (%s)",
			 WTERMSIG(status), strsignal(WTERMSIG(status)));
	else if (!why[0] && WEXITSTATUS(status))
		snprintf(why, sizeof(why), "test process exited with status %d",
			 WEXITSTATUS(status));
	init_result(name, why);
}

/* init_scale=N from the environment (the kernel command line), 1..1000. */
static void init_read_scale(void)
{
	const char *s = getenv("init_scale");
	char *end;
	long v;

	if (!s)
		return;
	errno = 0;
	v = strtol(s, &end, 10);
	if (errno || end == s || *end || v < 1 || v > 1000) {
		init_say("afterburn-init: init_scale=%s ignored: want 1 to 1000\n", s);
		return;
	}
	init_scale = v;
}

int main(int argc, char **argv)
{
	int pid1 = getpid() == 1;

	if (argc == 2 && !strcmp(argv[1], INIT_CHILD_ARG))
		return INIT_CHILD_STATUS;
	init_self = argv[0];
	init_read_scale();
	/* a pipe reader that died must give EPIPE, not kill us (PID 1 would
	 * take the kernel with it) */
	signal(SIGPIPE, SIG_IGN);
	/* Under QEMU -icount and Bochs the TSC counts guest instructions: from
	 * reset to here is the boot, and the compute-bound tests (not the two
	 * that wait on timers) are the workload make bench compares. */
	uint64_t t_boot = __rdtsc();
	init_say("afterburn-init: pid=%d scale=%ld boot tsc=%llu\n", (int)getpid(), init_scale,
		 (unsigned long long)t_boot);
	uint64_t work = 0, t0 = __rdtsc();
	init_run("fork-exec", init_test_exec);
	init_run("pipe", init_test_pipe);
	init_run("mmap-mprotect", init_test_mmap);
	work += __rdtsc() - t0;
	init_run("timer", init_test_timer);
	init_run("nanosleep", init_test_sleep);
	t0 = __rdtsc();
	init_run("syscalls", init_test_syscalls);
	work += __rdtsc() - t0;
	init_run("bad-iret", init_test_bad_iret);
	init_say("afterburn-guest: workload tsc=%llu\n", (unsigned long long)work);
	/*
	 * The memory the kernel left to the system: what its image keeps
	 * after boot (the bench compares kernels by it; a kernel that frees
	 * unused afterburn slots shows them here).  Said after the
	 * workload line, outside the span whose exits the hypervisor counts.
	 */
	struct sysinfo si;
	if (!sysinfo(&si))
		init_say("afterburn-init: ram total=%llu KiB\n",
			 (unsigned long long)si.totalram * si.mem_unit / 1024);

	if (init_failed)
		init_say("afterburn-guest: FAIL failed=%u tests=%u\n", init_failed, init_tests);
	else
		init_say("afterburn-guest: PASS tests=%u\n", init_tests);
	if (!pid1)
		return init_failed ? 1 : 0;
	/* The console driver sends what we wrote from a buffer, by interrupt;
	 * powering off first would lose the verdict (seen on Bochs). */
	tcdrain(STDOUT_FILENO);
	sync();
	/* Power off on PASS, halt on FAIL: a pre-virtualized kernel leaves the
	 * emulator with the pass or the fail status (patches/linux-6.1 0007),
	 * which cross-checks the verdict line. */
	reboot(init_failed ? RB_HALT_SYSTEM : RB_POWER_OFF);
	/* PID 1 returning panics the kernel: loud, and the runner calls it a crash */
	init_say("afterburn-init: reboot: %s\n", strerror(errno));
	return 1;
}
