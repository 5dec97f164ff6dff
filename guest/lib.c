/*
 * lib.c - the four functions gcc may emit calls to even in freestanding
 * code (struct copies, large initializers, loop idioms).  Their names are
 * fixed by the compiler, hence no guest_ prefix; they forward to the wedge's
 * helpers so the logic exists once.
 */
#include "guest.h"

void *memcpy(void *d, const void *s, size_t n)
{
	return wedge_memcpy(d, s, n);
}

void *memset(void *d, int c, size_t n)
{
	return wedge_memset(d, c, n);
}

int memcmp(const void *a, const void *b, size_t n)
{
	return wedge_memcmp(a, b, n);
}

void *memmove(void *d, const void *s, size_t n)
{
	uint8_t *p = d;
	const uint8_t *q = s;
	if (p < q || p >= q + n)
		return wedge_memcpy(d, s, n);
	while (n--)
		p[n] = q[n];
	return d;
}
