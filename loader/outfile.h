/*
 * loader/outfile.h - writing a host tool's output file so that a failure
 * never destroys what the tool did not create (afterburn -o and
 * afterburn-sites patch/unpatch -o).  See outfile.c.
 */
#ifndef AB_OUTFILE_H
#define AB_OUTFILE_H

#include <limits.h>

struct ab_outfile {
	int fd;			/* write here */
	int direct;		/* not a regular file: written in place, never removed */
	char target[PATH_MAX];	/* the regular file replaced (a symlink's target) */
	char tmp[PATH_MAX + 32];/* our temporary beside it ("" if none) */
};

/* Which step failed (returned negated, errno kept). */
enum ab_outfile_step {
	AB_OUTFILE_OPEN = 1,	/* open the non-regular output, or resolve the target */
	AB_OUTFILE_TEMP,	/* create or chmod the temporary beside it */
	AB_OUTFILE_WRITE,	/* close (the caller's own writes report themselves) */
	AB_OUTFILE_RENAME,	/* rename the temporary over the target */
};

/* 0, or -step with errno set; on failure nothing is left open or created. */
int ab_outfile_open(struct ab_outfile *o, const char *path);
/* ok: everything was written.  Renames into place, or removes only our
 * temporary.  0, or -step with errno set (also when !ok: -AB_OUTFILE_WRITE). */
int ab_outfile_close(struct ab_outfile *o, int ok);

#endif
