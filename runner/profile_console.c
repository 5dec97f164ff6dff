/*
 * profile_console.c - `afterburn-run --profile OUT` for images that print
 * their profile themselves: the wedge's profile back end (wedge/profile.c,
 * afterburn.backend=profile) writes it to the console at exit between the
 * lines "afterburn: profile begin" and "afterburn: profile end".  This cuts
 * it out of the run's serial log into OUT (through a temporary file beside
 * it, renamed when complete), carriage returns dropped.  Works for every
 * target whose serial log is the guest's console (tcg, bochs, kvm, kvmhost);
 * a missing begin or end line, a second profile, or a first line that is
 * not the profile magic is an error and OUT is left alone.
 */
#include "abr.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <sys/stat.h>
#include "afterburn/profile.h"

#define PC_BEGIN "afterburn: profile begin"
#define PC_END "afterburn: profile end"

/* line without its trailing \r\n; returns the length */
static size_t pc_chomp(char *s)
{
	size_t n = strlen(s);
	while (n && (s[n - 1] == '\n' || s[n - 1] == '\r'))
		s[--n] = 0;
	return n;
}

int abr_profile_console(const char *serial, const char *out, char *why, size_t nwhy)
{
	char tmp[PATH_MAX + 16], *line = NULL;
	size_t cap = 0;
	unsigned lineno = 0, begin = 0, lines = 0;
	int state = 0, err = 0;	/* 0 before, 1 inside, 2 after */
	FILE *in = fopen(serial, "r"), *o = NULL;

	if (!in) {
		snprintf(why, nwhy, "--profile: cannot read the console log %s", serial);
		return -1;
	}
	snprintf(tmp, sizeof(tmp), "%s.tmpXXXXXX", out);
	while (!err && getline(&line, &cap, in) >= 0) {
		lineno++;
		pc_chomp(line);
		if (!strcmp(line, PC_BEGIN)) {
			if (state) {
				snprintf(why, nwhy, "--profile: a second '%s' at console line %u (first at %u)",
					 PC_BEGIN, lineno, begin);
				err = 1;
				break;
			}
			int fd = mkstemp(tmp);
			mode_t um = umask(0);
			umask(um);
			if (fd >= 0)
				fchmod(fd, 0666 & ~um);	/* as open(2) would have made it */
			o = fd < 0 ? NULL : fdopen(fd, "w");
			if (!o) {
				snprintf(why, nwhy, "--profile: cannot create %s", tmp);
				err = 1;
				break;
			}
			state = 1;
			begin = lineno;
		} else if (state == 1 && !strcmp(line, PC_END)) {
			state = 2;
		} else if (state == 1) {
			if (!lines++ && strcmp(line, AB_PROFILE_MAGIC)) {
				snprintf(why, nwhy, "--profile: console line %u: '%s' is not '%s'", lineno, line,
					 AB_PROFILE_MAGIC);
				err = 1;
			}
			fprintf(o, "%s\n", line);
		}
	}
	free(line);
	fclose(in);
	if (!err && state != 2) {
		snprintf(why, nwhy, state ? "--profile: the console has '%s' (line %u) but no '%s': cut off"
				   : "--profile: no '%s' line on the console (image not instrumented, or not "
				     "booted with afterburn.backend=profile?)", PC_BEGIN, begin, PC_END);
		err = 1;
	}
	if (o && (fclose(o) != 0 || err || rename(tmp, out) != 0)) {
		if (!err)
			snprintf(why, nwhy, "--profile: cannot write %s", out);
		unlink(tmp);
		return -1;
	}
	return err ? -1 : 0;
}
