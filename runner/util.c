/*
 * runner/util.c - small host helpers for afterburn-run: argument vectors,
 * files in the work directory, removing it again, running a helper tool
 * (grub-mkrescue) quietly under a deadline.
 */
#include "abr.h"

#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/prctl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

volatile int abr_interrupted;

static void *xrealloc(void *p, size_t n)
{
	void *q = realloc(p, n);

	if (!q) {
		fprintf(stderr, "afterburn-run: out of memory\n");
		exit(ABR_INFRA);
	}
	return q;
}

void abr_argv_add(struct abr_argv *a, const char *s)
{
	if (a->n + 2 > a->cap) {
		a->cap = a->cap ? 2 * a->cap : 32;
		a->v = xrealloc(a->v, a->cap * sizeof(*a->v));
	}
	a->v[a->n] = strdup(s);
	if (!a->v[a->n]) {
		fprintf(stderr, "afterburn-run: out of memory\n");
		exit(ABR_INFRA);
	}
	a->v[++a->n] = NULL;
}

void abr_argv_addf(struct abr_argv *a, const char *fmt, ...)
{
	char buf[PATH_MAX + 256];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	abr_argv_add(a, buf);
}

void abr_argv_free(struct abr_argv *a)
{
	for (int i = 0; i < a->n; i++)
		free(a->v[i]);
	free(a->v);
	a->v = NULL;
	a->n = a->cap = 0;
}

double abr_now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return ts.tv_sec + ts.tv_nsec / 1e9;
}

int abr_path_join(char *dst, const char *dir, const char *name)
{
	int n = snprintf(dst, PATH_MAX, "%s/%s", dir, name);

	if (n < 0 || n >= PATH_MAX) {
		fprintf(stderr, "afterburn-run: path too long: %s/%s\n", dir, name);
		return -1;
	}
	return 0;
}

int abr_open_regular(const char *path, off_t *size)
{
	struct stat st;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0) {
		fprintf(stderr, "afterburn-run: %s: %s\n", path, strerror(errno));
		return -1;
	}
	if (fstat(fd, &st) != 0 || !S_ISREG(st.st_mode)) {
		fprintf(stderr, "afterburn-run: %s: not a regular file\n", path);
		close(fd);
		return -1;
	}
	*size = st.st_size;
	return fd;
}

int abr_write_file(const char *path, const char *text)
{
	FILE *f = fopen(path, "w");

	if (!f) {
		fprintf(stderr, "afterburn-run: %s: %s\n", path, strerror(errno));
		return -1;
	}
	fputs(text, f);
	if (fclose(f) != 0) {
		fprintf(stderr, "afterburn-run: %s: write failed: %s\n", path,
			strerror(errno));
		return -1;
	}
	return 0;
}

int abr_copy_file(const char *dst, const char *src)
{
	char buf[65536];
	ssize_t n;
	int in, out, rc = 0;

	in = open(src, O_RDONLY);
	if (in < 0) {
		fprintf(stderr, "afterburn-run: %s: %s\n", src, strerror(errno));
		return -1;
	}
	out = open(dst, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	if (out < 0) {
		fprintf(stderr, "afterburn-run: %s: %s\n", dst, strerror(errno));
		close(in);
		return -1;
	}
	while ((n = read(in, buf, sizeof(buf))) > 0) {
		if (write(out, buf, n) != n) {
			rc = -1;
			break;
		}
	}
	if (n < 0)
		rc = -1;
	if (close(out) != 0)
		rc = -1;
	close(in);
	if (rc)
		fprintf(stderr, "afterburn-run: copying %s to %s failed: %s\n",
			src, dst, strerror(errno));
	return rc;
}

/* rm -rf for the work directory only: no symlink following. */
int abr_rm_tree(const char *path)
{
	struct stat st;
	int rc = 0;

	if (lstat(path, &st) != 0)
		return errno == ENOENT ? 0 : -1;
	if (S_ISDIR(st.st_mode)) {
		DIR *d = opendir(path);
		struct dirent *e;

		if (!d)
			return -1;
		while ((e = readdir(d))) {
			char sub[PATH_MAX];

			if (!strcmp(e->d_name, ".") || !strcmp(e->d_name, ".."))
				continue;
			if (abr_path_join(sub, path, e->d_name) || abr_rm_tree(sub))
				rc = -1;
		}
		closedir(d);
		if (rmdir(path) != 0)
			rc = -1;
	} else if (unlink(path) != 0) {
		rc = -1;
	}
	return rc;
}

int abr_have_program(const char *name)
{
	const char *path = getenv("PATH");
	char buf[PATH_MAX];

	if (strchr(name, '/'))
		return access(name, X_OK) == 0;
	if (!path)
		path = "/usr/bin:/bin";
	while (*path) {
		size_t len = strcspn(path, ":");

		if (len && len < sizeof(buf) - strlen(name) - 2) {
			snprintf(buf, sizeof(buf), "%.*s/%s", (int)len, path, name);
			if (access(buf, X_OK) == 0)
				return 1;
		}
		path += len;
		if (*path == ':')
			path++;
	}
	return 0;
}

/*
 * Run a helper with stdout+stderr into logpath, killing it after timeout
 * seconds.  Returns its exit status, or -1 if it could not run or was killed.
 */
int abr_run_quiet(struct abr_argv *a, const char *logpath, double timeout)
{
	double deadline = abr_now() + timeout;
	int status;
	pid_t pid = fork();

	if (pid < 0) {
		fprintf(stderr, "afterburn-run: fork: %s\n", strerror(errno));
		return -1;
	}
	if (pid == 0) {
		int fd = open(logpath, O_WRONLY | O_CREAT | O_APPEND, 0644);
		int nul = open("/dev/null", O_RDONLY);

		setpgid(0, 0);
		prctl(PR_SET_PDEATHSIG, SIGKILL);
		if (fd < 0 || nul < 0)
			_exit(127);
		dup2(nul, 0);
		dup2(fd, 1);
		dup2(fd, 2);
		execvp(a->v[0], a->v);
		dprintf(2, "afterburn-run: cannot run %s: %s\n", a->v[0],
			strerror(errno));
		_exit(127);
	}
	setpgid(pid, pid);
	for (;;) {
		pid_t w = waitpid(pid, &status, WNOHANG);

		if (w == pid)
			break;
		if (abr_interrupted || abr_now() > deadline) {
			kill(-pid, SIGKILL);
			waitpid(pid, &status, 0);
			if (!abr_interrupted)
				fprintf(stderr, "afterburn-run: %s took longer than %.0f s; killed\n",
					a->v[0], timeout);
			return -1;
		}
		usleep(10000);
	}
	if (WIFEXITED(status))
		return WEXITSTATUS(status);
	return -1;
}

/* Print the last lines of a log to stderr, indented, to explain a failure. */
void abr_print_tail(const char *path, int lines)
{
	FILE *f = fopen(path, "r");
	char *ring[64] = { 0 };
	char buf[512];
	int n = 0;

	if (!f)
		return;
	if (lines > 64)
		lines = 64;
	while (fgets(buf, sizeof(buf), f)) {
		free(ring[n % lines]);
		ring[n % lines] = strdup(buf);
		n++;
	}
	fclose(f);
	for (int i = n > lines ? n - lines : 0; i < n; i++) {
		char *s = ring[i % lines];

		if (s)
			fprintf(stderr, "  | %s%s", s,
				s[strlen(s) - 1] == '\n' ? "" : "\n");
	}
	for (int i = 0; i < lines; i++)
		free(ring[i]);
}

void abr_tool_path(char *dst, size_t len, const char *env, const char *rel)
{
	const char *v = getenv(env);
	char self[PATH_MAX];
	ssize_t n;
	char *slash;

	if (v && *v) {
		snprintf(dst, len, "%s", v);
		return;
	}
	/* build/bin/afterburn-run -> build/bin/REL, so a tree works wherever it is */
	n = readlink("/proc/self/exe", self, sizeof(self) - 1);
	if (n <= 0) {
		snprintf(dst, len, "%s", rel);
		return;
	}
	self[n] = 0;
	slash = strrchr(self, '/');
	if (slash)
		*slash = 0;
	snprintf(dst, len, "%s/%s", self, rel);
	/* tidy "bin/../x" for messages when the file exists */
	if (realpath(dst, self))
		snprintf(dst, len, "%s", self);
}
