/*
 * rewriter_sync_host.c - ab_rewrite_sync() for host tools.  They rewrite a
 * copy of an image in a buffer that never runs, so there is nothing to
 * serialize.  The kernel variant is rewriter_sync_x86.c.
 */
#include "rewriter.h"

void ab_rewrite_sync(void)
{
}
