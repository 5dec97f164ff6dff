/* spinlock.c - irq-safe spinlocks and a per-cpu counter. */
typedef unsigned long ulong;
typedef struct { volatile int v; } spinlock_t;

static inline ulong irq_save(void)
{
	ulong f;
	asm volatile("pushf\n\tpop %0\n\tcli" : "=rm"(f) : : "memory");
	return f;
}

static inline void irq_restore(ulong f)
{
	asm volatile("push %0\n\tpopf" : : "g"(f) : "memory", "cc");
}

static inline void spin_lock(spinlock_t *l)
{
	while (__atomic_exchange_n(&l->v, 1, __ATOMIC_ACQUIRE))
		while (l->v)
			asm volatile("pause");
}

static inline void spin_unlock(spinlock_t *l)
{
	__atomic_store_n(&l->v, 0, __ATOMIC_RELEASE);
}

spinlock_t big_lock;
long shared[16];

ulong spin_lock_irqsave(spinlock_t *l)
{
	ulong f = irq_save();
	spin_lock(l);
	return f;
}

void spin_unlock_irqrestore(spinlock_t *l, ulong f)
{
	spin_unlock(l);
	irq_restore(f);
}

void add_all(const long *v, int n)
{
	ulong f = spin_lock_irqsave(&big_lock);
	for (int i = 0; i < n; i++)
		shared[i & 15] += v[i];
	spin_unlock_irqrestore(&big_lock, f);
}

static long slow_path(int x)
{
	ulong f = irq_save();
	long r = shared[x & 15]++;
	irq_restore(f);
	return r;
}

long maybe(int x)
{
	if (__builtin_expect(x > 100, 0))
		return slow_path(x);
	return x;
}
