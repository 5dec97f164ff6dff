/*
 * loader/outfile.c - output files that a failure cannot destroy.
 *
 * A regular file (or a name that does not exist yet) is written to a
 * temporary file in the same folder, renamed over the target only when
 * everything was written: on any error the old file is still there, whole,
 * and only our own temporary is removed.  A symlink keeps the link and the
 * file it names is replaced, with its mode.  Anything else (a device such as
 * /dev/null or /dev/full, a fifo, a terminal) is written directly and never
 * removed: we did not create it.  As root, unlink() of the path given would
 * delete a device node.
 */
#include "outfile.h"

#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

int ab_outfile_open(struct ab_outfile *o, const char *path)
{
	struct stat st;
	mode_t mode, um;
	const char *slash;
	int have = stat(path, &st) == 0;

	memset(o, 0, sizeof(*o));
	o->fd = -1;
	if (have && !S_ISREG(st.st_mode)) {
		o->direct = 1;
		o->fd = open(path, O_WRONLY | O_TRUNC | O_NOCTTY | O_CLOEXEC);
		return o->fd < 0 ? -AB_OUTFILE_OPEN : 0;
	}
	if (have ? !realpath(path, o->target) : snprintf(o->target, sizeof(o->target), "%s", path) >=
	    (int)sizeof(o->target)) {
		if (!have)
			errno = ENAMETOOLONG;
		return -AB_OUTFILE_OPEN;
	}
	slash = strrchr(o->target, '/');
	snprintf(o->tmp, sizeof(o->tmp), "%.*s.%s.afterburn-XXXXXX", slash ? (int)(slash - o->target + 1) : 0,
		 o->target, slash ? slash + 1 : o->target);
	o->fd = mkstemp(o->tmp);
	if (o->fd < 0) {
		o->tmp[0] = 0;
		return -AB_OUTFILE_TEMP;
	}
	/* mkstemp makes 0600: keep an existing file's mode, else what creat() would give */
	um = umask(0);
	umask(um);
	mode = have ? (st.st_mode & 07777) : (0666 & ~um);
	if (fchmod(o->fd, mode) < 0) {
		int e = errno;

		ab_outfile_close(o, 0);
		errno = e;
		return -AB_OUTFILE_TEMP;
	}
	return 0;
}

int ab_outfile_close(struct ab_outfile *o, int ok)
{
	int rc = ok ? 0 : -AB_OUTFILE_WRITE, e = errno;

	if (o->fd >= 0 && close(o->fd) < 0 && !rc) {
		rc = -AB_OUTFILE_WRITE;
		e = errno;
	}
	o->fd = -1;
	if (!rc && o->tmp[0] && rename(o->tmp, o->target) < 0) {
		rc = -AB_OUTFILE_RENAME;
		e = errno;
	}
	if (rc && o->tmp[0])
		unlink(o->tmp);	/* ours: the target itself is untouched */
	o->tmp[0] = 0;
	errno = e;
	return rc;
}
