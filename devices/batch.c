/*
 * batch.c - the shared page's batch of include/afterburn/hypercall.h, one
 * implementation for both hosts.  Ops are applied in order from batch_done;
 * batch_len (the guest's) is only read.  A bad op is skipped (batch_done
 * passes it), stops this run and returns its error, so one bad op cannot
 * wedge the rest.  The host decides what a port write does and where guest
 * memory is (struct dev_batch_host).
 */
#include "devices.h"
#include "afterburn/hypercall.h"

int64_t dev_batch_apply(struct ab_shared_page *sp, const struct dev_batch_host *h)
{
	uint32_t n = sp->batch_len, i = sp->batch_done;
	int64_t applied = 0;
	if (n > AB_SHARED_BATCH_MAX || i > n)
		return AB_HC_EINVAL;
	for (; i < n; i++) {
		const struct ab_batch_op *op = &sp->batch[i];
		if (op->kind == AB_BATCH_OUT && op->addr <= 0xffff &&
		    (op->size == 1 || op->size == 2 || op->size == 4)) {
			int64_t rc = h->port_out(h->ctx, (uint16_t)op->addr, op->size, (uint32_t)op->value);
			if (rc < 0) {
				sp->batch_done = i + 1;
				return rc;
			}
		} else if (op->kind == AB_BATCH_PT_WRITE && (op->size == 4 || op->size == 8)) {
			uint8_t *d = h->gpa(h->ctx, op->addr, op->size);
			if (!d) {
				sp->batch_done = i + 1;
				return AB_HC_EFAULT;
			}
			/* one store of the entry's size (constant-size copies compile to a mov,
			 * also with -fno-builtin: the __builtin_ name is never a libc call) */
			if (op->size == 8)
				__builtin_memcpy(d, &op->value, 8);
			else
				__builtin_memcpy(d, &op->value, 4);
		} else if (op->kind == AB_BATCH_PT_NOTE && (op->size == 4 || op->size == 8)) {
			if (h->pt_note)
				h->pt_note(h->ctx, op->addr, op->size);
		} else {
			sp->batch_done = i + 1;
			return AB_HC_EINVAL;
		}
		applied++;
	}
	sp->batch_done = n;
	return applied;
}
