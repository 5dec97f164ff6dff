/*
 * akvm_kvm.c - everything that talks to /dev/kvm: opening it with clear
 * errors, the capability table, VM/vCPU creation with the in-kernel
 * 8259/PIT, memory slots, the CPUID table that announces AfterburnVMM, the
 * initial vCPU state at the multiboot entry, and register dumps.
 */
#include "akvm.h"
#include "afterburn/hypercall.h"

#include <errno.h>
#include <fcntl.h>
#include <stdlib.h>
#include <string.h>
#include <sys/ioctl.h>
#include <sys/mman.h>
#include <unistd.h>

#define AKVM_KVM_API_VERSION	12
#define AKVM_TSS_GPA		0xfffbd000u	/* VMX real-mode TSS: above RAM, out of the way */

/* CPUID bits (SDM vol. 2A, CPUID). */
#define CPUID_1_ECX_HYPERVISOR	(1u << 31)

/* Control register and EFER bits (SDM vol. 3A, 2.5 and 2.2.1). */
#define CR0_PE		(1u << 0)
#define CR0_ET		(1u << 4)
#define CR0_NE		(1u << 5)
#define CR0_PG		(1u << 31)
#define CR4_PAE		(1u << 5)
#define EFER_LME	(1u << 8)
#define EFER_LMA	(1u << 10)
/* Segment descriptor types (SDM vol. 3A, 3.4.5.1). */
#define SEG_TYPE_CODE_RX_ACC	0xb
#define SEG_TYPE_DATA_RW_ACC	0x3
#define SEG_TYPE_TSS32_BUSY	0xb

/*
 * Capabilities we rely on, checked at start-up.  `profile` ones are only
 * needed for --profile.
 */
static const struct {
	const char *name;
	int cap;
	bool profile_only;
	bool kernel_irqchip_only;
	const char *why;
} akvm_caps[] = {
	{ "KVM_CAP_USER_MEMORY", KVM_CAP_USER_MEMORY, false, false, "guest RAM from host memory" },
	{ "KVM_CAP_EXT_CPUID", KVM_CAP_EXT_CPUID, false, false, "KVM_SET_CPUID2 (hypervisor signature)" },
	{ "KVM_CAP_IMMEDIATE_EXIT", KVM_CAP_IMMEDIATE_EXIT, false, false,
	  "--timeout and timer kicks without races" },
	{ "KVM_CAP_IRQCHIP", KVM_CAP_IRQCHIP, false, true,
	  "the in-kernel 8259 (or use --irqchip user)" },
	{ "KVM_CAP_PIT2", KVM_CAP_PIT2, false, true, "the in-kernel 8254 PIT (or use --irqchip user)" },
	{ "KVM_CAP_READONLY_MEM", KVM_CAP_READONLY_MEM, true, false, "write-protected page-table pages" },
};

static const char *const akvm_exit_names[] = {
	[KVM_EXIT_UNKNOWN] = "UNKNOWN", [KVM_EXIT_EXCEPTION] = "EXCEPTION",
	[KVM_EXIT_IO] = "IO", [KVM_EXIT_HYPERCALL] = "HYPERCALL", [KVM_EXIT_DEBUG] = "DEBUG",
	[KVM_EXIT_HLT] = "HLT", [KVM_EXIT_MMIO] = "MMIO",
	[KVM_EXIT_IRQ_WINDOW_OPEN] = "IRQ_WINDOW_OPEN", [KVM_EXIT_SHUTDOWN] = "SHUTDOWN",
	[KVM_EXIT_FAIL_ENTRY] = "FAIL_ENTRY", [KVM_EXIT_INTR] = "INTR",
	[KVM_EXIT_SET_TPR] = "SET_TPR", [KVM_EXIT_TPR_ACCESS] = "TPR_ACCESS",
	[KVM_EXIT_NMI] = "NMI", [KVM_EXIT_INTERNAL_ERROR] = "INTERNAL_ERROR",
	[KVM_EXIT_SYSTEM_EVENT] = "SYSTEM_EVENT", [KVM_EXIT_X86_RDMSR] = "X86_RDMSR",
	[KVM_EXIT_X86_WRMSR] = "X86_WRMSR",
};

const char *akvm_kvm_exit_name(uint32_t reason)
{
	if (reason < sizeof(akvm_exit_names) / sizeof(akvm_exit_names[0]) && akvm_exit_names[reason])
		return akvm_exit_names[reason];
	return "?";
}

/* Open the KVM device and check the API version and capabilities. */
int akvm_kvm_open(struct akvm_vm *vm)
{
	const char *dev = vm->opt->kvm_device;
	int fd = open(dev, O_RDWR | O_CLOEXEC);
	if (fd < 0) {
		int e = errno;
		if (e == ENOENT)
			akvm_err("%s: no such device: KVM is not available here (load kvm and "
				 "kvm_intel/kvm_amd/kvm_pvm, or run where /dev/kvm exists)", dev);
		else if (e == EACCES || e == EPERM)
			akvm_err("%s: permission denied: add yourself to the group owning it "
				 "(usually 'kvm') or run as root", dev);
		else
			akvm_err("%s: cannot open: %s", dev, strerror(e));
		return -e;
	}
	int api = ioctl(fd, KVM_GET_API_VERSION, 0);
	if (api < 0) {
		int e = errno;
		akvm_err("%s: KVM_GET_API_VERSION failed (%s): not a KVM device?", dev, strerror(e));
		close(fd);
		return -ENODEV;
	}
	if (api != AKVM_KVM_API_VERSION) {
		akvm_err("%s: KVM API version %d, need %d", dev, api, AKVM_KVM_API_VERSION);
		close(fd);
		return -ENOTSUP;
	}
	for (size_t i = 0; i < sizeof(akvm_caps) / sizeof(akvm_caps[0]); i++) {
		if ((akvm_caps[i].profile_only && !vm->opt->profile_path) ||
		    (akvm_caps[i].kernel_irqchip_only && vm->opt->irqchip_user))
			continue;
		if (ioctl(fd, KVM_CHECK_EXTENSION, akvm_caps[i].cap) <= 0) {
			akvm_err("%s: missing capability %s (needed for %s)", dev,
				 akvm_caps[i].name, akvm_caps[i].why);
			close(fd);
			return -ENOTSUP;
		}
	}
	vm->kvm_fd = fd;
	return 0;
}

int akvm_kvm_set_slot(struct akvm_vm *vm, uint32_t slot, uint64_t gpa, uint64_t size, bool readonly)
{
	struct kvm_userspace_memory_region r = {
		.slot = slot,
		.flags = readonly ? KVM_MEM_READONLY : 0,
		.guest_phys_addr = gpa,
		.memory_size = size,
		.userspace_addr = (uint64_t)(uintptr_t)(vm->mem + gpa),
	};
	if (size == 0)
		r.userspace_addr = 0;
	if (ioctl(vm->vm_fd, KVM_SET_USER_MEMORY_REGION, &r) < 0) {
		int e = errno;
		akvm_err("KVM_SET_USER_MEMORY_REGION slot %u gpa 0x%llx size 0x%llx%s: %s", slot,
			 (unsigned long long)gpa, (unsigned long long)size,
			 readonly ? " read-only" : "", strerror(e));
		return -e;
	}
	return 0;
}

/*
 * CPUID: what KVM supports, plus the hypervisor bit, with KVM's own
 * 0x4000xxxx leaves replaced by AfterburnVMM's (afterburn/hypercall.h), so
 * the wedge picks the hypercall back end and finds the I/O-port trap.
 */
static int akvm_kvm_set_cpuid(struct akvm_vm *vm)
{
	struct kvm_cpuid2 *c = NULL;
	int n = 64;
	for (;;) {
		c = calloc(1, sizeof(*c) + (size_t)(n + 2) * sizeof(c->entries[0]));
		if (!c)
			return -ENOMEM;
		c->nent = n;
		if (ioctl(vm->kvm_fd, KVM_GET_SUPPORTED_CPUID, c) == 0)
			break;
		int e = errno;
		free(c);
		if (e != E2BIG || n > 4096) {
			akvm_err("KVM_GET_SUPPORTED_CPUID: %s", strerror(e));
			return -e;
		}
		n *= 2;
	}
	uint32_t out = 0;
	for (uint32_t i = 0; i < c->nent; i++) {
		struct kvm_cpuid_entry2 *e = &c->entries[i];
		if (e->function >= AB_HV_CPUID_BASE && e->function < AB_HV_CPUID_BASE + 0x10000000u)
			continue;
		if (e->function == 1)
			e->ecx |= CPUID_1_ECX_HYPERVISOR;
		c->entries[out++] = *e;
	}
	struct kvm_cpuid_entry2 base = { .function = AB_HV_CPUID_BASE, .eax = AB_HV_CPUID_FEATURES };
	memcpy(&base.ebx, AB_HV_SIGNATURE, 4);
	memcpy(&base.ecx, AB_HV_SIGNATURE + 4, 4);
	memcpy(&base.edx, AB_HV_SIGNATURE + 8, 4);
	struct kvm_cpuid_entry2 feat = {
		.function = AB_HV_CPUID_FEATURES, .eax = AB_HV_ABI_VERSION,
		.ebx = AB_HV_TRAP_PORTIO, .ecx = AB_HV_PORT,
	};
	if (vm->opt->sig_kvm) {
		/* Look like KVM without paravirtual features (guest platform "kvm"). */
		memcpy(&base.ebx, "KVMKVMKVM\0\0\0", 12);
		feat = (struct kvm_cpuid_entry2){ .function = AB_HV_CPUID_FEATURES };
	}
	c->entries[out++] = base;
	c->entries[out++] = feat;
	c->nent = out;
	int r = 0;
	if (ioctl(vm->vcpu_fd, KVM_SET_CPUID2, c) < 0) {
		r = -errno;
		akvm_err("KVM_SET_CPUID2: %s", strerror(errno));
	}
	free(c);
	return r;
}

/* Guest RAM, before KVM is touched, so image errors come first. */
int akvm_kvm_alloc_mem(struct akvm_vm *vm)
{
	vm->mem_size = vm->opt->mem_mb << 20;
	vm->mem = mmap(NULL, vm->mem_size, PROT_READ | PROT_WRITE,
		       MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
	if (vm->mem == MAP_FAILED) {
		vm->mem = NULL;
		akvm_err("cannot map %llu MiB of guest RAM: %s",
			 (unsigned long long)vm->opt->mem_mb, strerror(errno));
		return -ENOMEM;
	}
	return 0;
}

/* Create the VM (in-kernel 8259 + PIT unless --irqchip user, RAM in slot 0) and its vCPU. */
int akvm_kvm_create(struct akvm_vm *vm)
{
	vm->vm_fd = ioctl(vm->kvm_fd, KVM_CREATE_VM, 0);
	if (vm->vm_fd < 0) {
		akvm_err("KVM_CREATE_VM: %s (see dmesg)", strerror(errno));
		return -errno;
	}
	/* Needed by VMX without unrestricted guest; harmless elsewhere. */
	if (ioctl(vm->vm_fd, KVM_SET_TSS_ADDR, AKVM_TSS_GPA) < 0 && vm->opt->verbose)
		akvm_err("KVM_SET_TSS_ADDR: %s (ignored)", strerror(errno));
	if (vm->opt->irqchip_user) {
		/* no in-kernel 8259/PIT/LAPIC: akvm_irq.c injects with KVM_INTERRUPT */
	} else if (ioctl(vm->vm_fd, KVM_CREATE_IRQCHIP, 0) < 0) {
		akvm_err("KVM_CREATE_IRQCHIP: %s", strerror(errno));
		return -errno;
	}
	struct kvm_pit_config pit = { .flags = 0 };
	if (!vm->opt->irqchip_user && ioctl(vm->vm_fd, KVM_CREATE_PIT2, &pit) < 0) {
		akvm_err("KVM_CREATE_PIT2: %s", strerror(errno));
		return -errno;
	}
	int r = akvm_kvm_set_slot(vm, 0, 0, vm->mem_size, false);
	if (r)
		return r;
	vm->vcpu_fd = ioctl(vm->vm_fd, KVM_CREATE_VCPU, 0);
	if (vm->vcpu_fd < 0) {
		akvm_err("KVM_CREATE_VCPU: %s", strerror(errno));
		return -errno;
	}
	int sz = ioctl(vm->kvm_fd, KVM_GET_VCPU_MMAP_SIZE, 0);
	if (sz < (int)sizeof(struct kvm_run)) {
		akvm_err("KVM_GET_VCPU_MMAP_SIZE: %d", sz);
		return -EINVAL;
	}
	vm->run_size = (size_t)sz;
	vm->run = mmap(NULL, vm->run_size, PROT_READ | PROT_WRITE, MAP_SHARED, vm->vcpu_fd, 0);
	if (vm->run == MAP_FAILED) {
		vm->run = NULL;
		akvm_err("mmap of kvm_run: %s", strerror(errno));
		return -errno;
	}
	/*
	 * Coalesced PIO (KVM_CAP_COALESCED_PIO): writes to COM1's THR are queued
	 * in a ring page instead of exiting; we apply them, in order, after every
	 * exit and before handling it, so nothing can observe them late (every
	 * read of a UART register still exits).  Halves a polled console's exits.
	 */
	int ring_page = ioctl(vm->kvm_fd, KVM_CHECK_EXTENSION, KVM_CAP_COALESCED_MMIO);
	if (!vm->opt->no_coalesce && ring_page > 0 &&
	    ioctl(vm->kvm_fd, KVM_CHECK_EXTENSION, KVM_CAP_COALESCED_PIO) > 0 &&
	    (size_t)(ring_page + 1) * 4096 <= vm->run_size) {
		struct kvm_coalesced_mmio_zone z = { .addr = 0x3f8, .size = 1, .pio = 1 };
		if (ioctl(vm->vm_fd, KVM_REGISTER_COALESCED_MMIO, &z) == 0)
			vm->ring = (void *)((char *)vm->run + (size_t)ring_page * 4096);
		else if (vm->opt->verbose)
			akvm_err("KVM_REGISTER_COALESCED_MMIO (pio 0x3f8): %s; every write exits",
				 strerror(errno));
	}
	/*
	 * KVM_CAP_SYNC_REGS: KVM copies the registers into kvm_run at every exit
	 * and takes them back when marked dirty, saving the GET/SET ioctls of a
	 * hypercall (measured on PVM: see profiler/README.md).
	 */
	uint32_t want = KVM_SYNC_X86_REGS | (vm->opt->profile_path ? KVM_SYNC_X86_SREGS : 0);
	int have = ioctl(vm->kvm_fd, KVM_CHECK_EXTENSION, KVM_CAP_SYNC_REGS);
	if (!vm->opt->no_sync_regs && have > 0 && ((uint32_t)have & want) == want) {
		vm->run->kvm_valid_regs = want;
		vm->sync = want;
	}
	return akvm_kvm_set_cpuid(vm);
}

int akvm_kvm_get_regs(struct akvm_vm *vm, struct kvm_regs *r)
{
	if (vm->sync & KVM_SYNC_X86_REGS) {
		*r = vm->run->s.regs.regs;
		return 0;
	}
	return ioctl(vm->vcpu_fd, KVM_GET_REGS, r) < 0 ? -errno : 0;
}

int akvm_kvm_set_regs(struct akvm_vm *vm, const struct kvm_regs *r)
{
	if (vm->sync & KVM_SYNC_X86_REGS) {
		vm->run->s.regs.regs = *r;
		vm->run->kvm_dirty_regs |= KVM_SYNC_X86_REGS;
		return 0;
	}
	return ioctl(vm->vcpu_fd, KVM_SET_REGS, r) < 0 ? -errno : 0;
}

int akvm_kvm_get_sregs(struct akvm_vm *vm, struct kvm_sregs *s)
{
	if (vm->sync & KVM_SYNC_X86_SREGS) {
		*s = vm->run->s.regs.sregs;
		return 0;
	}
	return ioctl(vm->vcpu_fd, KVM_GET_SREGS, s) < 0 ? -errno : 0;
}

void akvm_kvm_destroy(struct akvm_vm *vm)
{
	if (vm->run)
		munmap(vm->run, vm->run_size);
	if (vm->mem)
		munmap(vm->mem, vm->mem_size);
	if (vm->vcpu_fd >= 0)
		close(vm->vcpu_fd);
	if (vm->vm_fd >= 0)
		close(vm->vm_fd);
	if (vm->kvm_fd >= 0)
		close(vm->kvm_fd);
}

static void akvm_seg(struct kvm_segment *s, uint16_t sel, uint8_t type, bool code64)
{
	*s = (struct kvm_segment){
		.base = 0, .limit = 0xffffffff, .selector = sel, .type = type,
		.present = 1, .dpl = 0, .db = code64 ? 0 : 1, .s = 1, .l = code64, .g = 1,
	};
}

/* Guest page tables for --entry64: identity map 0..4 GiB with 2 MiB pages. */
#define AKVM_BOOT_PML4_GPA	0x1000u
#define AKVM_BOOT_PDPT_GPA	0x2000u
#define AKVM_BOOT_PD_GPA	0x3000u		/* 4 pages: 0x3000..0x6fff */
#define AKVM_BOOT_GDT_GPA	0x7000u
#define PTE_P	0x1ull
#define PTE_W	0x2ull
#define PTE_A	0x20ull
#define PTE_D	0x40ull
#define PTE_PS	0x80ull

static void akvm_build_boot_tables(struct akvm_vm *vm)
{
	uint64_t *pml4 = (uint64_t *)(vm->mem + AKVM_BOOT_PML4_GPA);
	uint64_t *pdpt = (uint64_t *)(vm->mem + AKVM_BOOT_PDPT_GPA);
	uint64_t *pd = (uint64_t *)(vm->mem + AKVM_BOOT_PD_GPA);
	memset(pml4, 0, 0x6000);
	pml4[0] = AKVM_BOOT_PDPT_GPA | PTE_P | PTE_W | PTE_A;
	for (int i = 0; i < 4; i++)
		pdpt[i] = (AKVM_BOOT_PD_GPA + 0x1000u * i) | PTE_P | PTE_W | PTE_A;
	for (int i = 0; i < 4 * 512; i++)
		pd[i] = ((uint64_t)i << 21) | PTE_P | PTE_W | PTE_A | PTE_D | PTE_PS;
	uint64_t *gdt = (uint64_t *)(vm->mem + AKVM_BOOT_GDT_GPA);
	gdt[0] = 0;
	gdt[1] = 0x00af9a000000ffffull;	/* 0x08: 64-bit code */
	gdt[2] = 0x00cf92000000ffffull;	/* 0x10: data */
}

/*
 * Initial vCPU state.  Default: the multiboot machine state (SDM-flat 32-bit
 * protected mode, paging off, EAX = 0x2BADB002, EBX = MBI); the guest
 * switches to long mode itself.  --entry64: long mode with our identity map,
 * entering at the image's 64-bit entry.
 */
int akvm_kvm_setup_vcpu(struct akvm_vm *vm, uint64_t mbi_gpa)
{
	struct kvm_sregs sr;
	struct kvm_regs regs;
	if (ioctl(vm->vcpu_fd, KVM_GET_SREGS, &sr) < 0) {
		akvm_err("KVM_GET_SREGS: %s", strerror(errno));
		return -errno;
	}
	bool lm = vm->opt->entry64 != NULL;
	akvm_seg(&sr.cs, 0x08, SEG_TYPE_CODE_RX_ACC, lm);
	akvm_seg(&sr.ds, 0x10, SEG_TYPE_DATA_RW_ACC, false);
	sr.es = sr.fs = sr.gs = sr.ss = sr.ds;
	sr.tr = (struct kvm_segment){ .base = 0, .limit = 0x67, .selector = 0,
				      .type = SEG_TYPE_TSS32_BUSY, .present = 1 };
	sr.cr0 = CR0_PE | CR0_ET | CR0_NE;
	sr.cr4 = 0;
	sr.efer = 0;
	if (lm) {
		akvm_build_boot_tables(vm);
		sr.gdt.base = AKVM_BOOT_GDT_GPA;
		sr.gdt.limit = 3 * 8 - 1;
		sr.cr3 = AKVM_BOOT_PML4_GPA;
		sr.cr4 = CR4_PAE;
		sr.cr0 |= CR0_PG;
		sr.efer = EFER_LME | EFER_LMA;
	}
	if (ioctl(vm->vcpu_fd, KVM_SET_SREGS, &sr) < 0) {
		akvm_err("KVM_SET_SREGS: %s", strerror(errno));
		return -errno;
	}
	memset(&regs, 0, sizeof(regs));
	regs.rflags = 0x2;
	regs.rip = lm ? vm->entry64 : vm->entry;
	regs.rax = 0x2badb002;
	regs.rbx = mbi_gpa;
	if (ioctl(vm->vcpu_fd, KVM_SET_REGS, &regs) < 0) {
		akvm_err("KVM_SET_REGS: %s", strerror(errno));
		return -errno;
	}
	return 0;
}

static void akvm_dump_seg(FILE *f, const char *n, const struct kvm_segment *s)
{
	fprintf(f, "  %-3s sel=%04x base=%016llx limit=%08x type=%x p=%u dpl=%u db=%u l=%u g=%u\n",
		n, s->selector, (unsigned long long)s->base, s->limit, s->type, s->present,
		s->dpl, s->db, s->l, s->g);
}

void akvm_kvm_dump(struct akvm_vm *vm, FILE *f)
{
	struct kvm_regs r;
	struct kvm_sregs s;
	if (ioctl(vm->vcpu_fd, KVM_GET_REGS, &r) < 0 || ioctl(vm->vcpu_fd, KVM_GET_SREGS, &s) < 0) {
		fprintf(f, "afterburn-kvm: cannot read vCPU registers: %s\n", strerror(errno));
		return;
	}
	fprintf(f, "afterburn-kvm: vCPU state:\n"
		"  rip=%016llx rflags=%016llx\n"
		"  rax=%016llx rbx=%016llx rcx=%016llx rdx=%016llx\n"
		"  rsi=%016llx rdi=%016llx rbp=%016llx rsp=%016llx\n"
		"  r8 =%016llx r9 =%016llx r10=%016llx r11=%016llx\n"
		"  r12=%016llx r13=%016llx r14=%016llx r15=%016llx\n"
		"  cr0=%016llx cr2=%016llx cr3=%016llx cr4=%016llx efer=%016llx\n"
		"  gdt=%016llx/%04x idt=%016llx/%04x\n",
		(unsigned long long)r.rip, (unsigned long long)r.rflags,
		(unsigned long long)r.rax, (unsigned long long)r.rbx, (unsigned long long)r.rcx,
		(unsigned long long)r.rdx, (unsigned long long)r.rsi, (unsigned long long)r.rdi,
		(unsigned long long)r.rbp, (unsigned long long)r.rsp, (unsigned long long)r.r8,
		(unsigned long long)r.r9, (unsigned long long)r.r10, (unsigned long long)r.r11,
		(unsigned long long)r.r12, (unsigned long long)r.r13, (unsigned long long)r.r14,
		(unsigned long long)r.r15, (unsigned long long)s.cr0, (unsigned long long)s.cr2,
		(unsigned long long)s.cr3, (unsigned long long)s.cr4, (unsigned long long)s.efer,
		(unsigned long long)s.gdt.base, s.gdt.limit, (unsigned long long)s.idt.base,
		s.idt.limit);
	akvm_dump_seg(f, "cs", &s.cs);
	akvm_dump_seg(f, "ss", &s.ss);
	akvm_dump_seg(f, "ds", &s.ds);
	akvm_dump_seg(f, "tr", &s.tr);
}

/*
 * In-kernel counters of the vCPU (KVM binary statistics): exits that KVM
 * handles itself (8259/PIT ports, HLT, page faults, instruction emulation
 * under PVM) never reach user space, so `exits:` alone under-counts.
 */
static const char *const akvm_kstat_names[] = {
	"exits", "io_exits", "mmio_exits", "halt_exits", "irq_exits", "irq_window_exits",
	"signal_exits", "insn_emulation", "insn_emulation_fail", "pf_taken", "pf_guest",
	"pf_emulate", "tlb_flush", "invlpg", "irq_injections", "hypercalls",
};

void akvm_kvm_print_kstats(struct akvm_vm *vm, FILE *f)
{
	if (ioctl(vm->kvm_fd, KVM_CHECK_EXTENSION, KVM_CAP_BINARY_STATS_FD) <= 0) {
		fprintf(f, "kvm-stats: unavailable (no KVM_CAP_BINARY_STATS_FD)\n");
		return;
	}
	int fd = ioctl(vm->vcpu_fd, KVM_GET_STATS_FD, 0);
	struct kvm_stats_header h;
	char *descs = NULL;
	if (fd < 0 || pread(fd, &h, sizeof(h), 0) != (ssize_t)sizeof(h) || h.num_desc > 4096) {
		fprintf(f, "kvm-stats: cannot read the vCPU statistics\n");
		goto out;
	}
	size_t dsz = sizeof(struct kvm_stats_desc) + h.name_size;
	descs = malloc(dsz * h.num_desc);
	if (!descs || pread(fd, descs, dsz * h.num_desc, h.desc_offset) != (ssize_t)(dsz * h.num_desc))
		goto out;
	fprintf(f, "kvm-stats:");
	for (size_t n = 0; n < sizeof(akvm_kstat_names) / sizeof(akvm_kstat_names[0]); n++) {
		for (uint32_t i = 0; i < h.num_desc; i++) {
			const struct kvm_stats_desc *d = (const void *)(descs + i * dsz);
			uint64_t v;
			if (strncmp(d->name, akvm_kstat_names[n], h.name_size) || d->size != 1)
				continue;
			if (pread(fd, &v, sizeof(v), h.data_offset + d->offset) == (ssize_t)sizeof(v))
				fprintf(f, " %s=%llu", akvm_kstat_names[n], (unsigned long long)v);
			break;
		}
	}
	fputc('\n', f);
out:
	free(descs);
	if (fd >= 0)
		close(fd);
}
