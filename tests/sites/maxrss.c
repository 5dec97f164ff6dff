/*
 * maxrss.c - run a command and print its peak resident set size:
 * "maxrss KB" on stderr (from wait4's rusage), exit with the command's
 * status (128 + signal if killed).  For suite 35's large-file test without
 * depending on GNU time being installed.
 */
#include <stdio.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <unistd.h>

int main(int argc, char **argv)
{
	struct rusage ru;
	int st;
	pid_t pid;

	if (argc < 2)
		return fprintf(stderr, "usage: maxrss COMMAND [ARGS...]\n"), 2;
	pid = fork();
	if (pid < 0)
		return perror("maxrss: fork"), 2;
	if (pid == 0) {
		execvp(argv[1], argv + 1);
		perror("maxrss: exec");
		_exit(127);
	}
	if (wait4(pid, &st, 0, &ru) < 0)
		return perror("maxrss: wait4"), 2;
	fprintf(stderr, "maxrss %ld\n", ru.ru_maxrss);
	return WIFEXITED(st) ? WEXITSTATUS(st) : 128 + WTERMSIG(st);
}
