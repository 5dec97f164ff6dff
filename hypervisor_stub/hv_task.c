/*
 * hv_task.c - task switches of a guest in 32-bit protected mode.
 *
 * VMX non-root operation cannot switch tasks: every attempt (CALL or JMP to a
 * TSS or task gate, IRET with NT=1, a task gate in the IDT) is a VM exit
 * before any of the task switch has happened (SDM 3C 25.4.2: old and new TSS,
 * their descriptors, NT and TR untouched).  The exit qualification names the
 * new TSS selector and the source (SDM 3C 27.2.1, table 27-2); an IDT task
 * gate also leaves the event it was delivering in the IDT-vectoring
 * information (SDM 3C 27.2.4).  We then do what the CPU does (SDM 3A 7.3,
 * table 7-1 for the checks):
 *
 *  before the commit point (a fault leaves the old task as it was):
 *   - the TSS selector: in the GDT (TI=0), inside its limit, a 32-bit TSS,
 *     present (#NP), limit >= 67H (#TS), not busy for CALL/JMP/IDT (#GP),
 *     busy for IRET (#TS); the old TSS's limit (#TS).  Privilege checks
 *     (TSS or gate DPL) are the CPU's, done before it exits.  Most of these
 *     the CPU (Bochs) has also done before exiting; they are repeated
 *     because the SDM does not promise it for every source.
 *  commit:
 *   - JMP/IRET clear the old TSS descriptor's busy bit; IRET clears NT in the
 *     saved EFLAGS; EIP (after the instruction, or of the faulting one),
 *     EFLAGS, the general registers and the six selectors go to the old TSS
 *   - CALL and IDT: the new TSS's back link = the old TR, NT set in the new
 *     EFLAGS; CALL/JMP/IDT set the new descriptor's busy bit
 *   - TR = the new TSS, CR0.TS = 1, DR7's local enables L0-L3/LE cleared
 *     (SDM 3A 17.2.4)
 *   - CR3 (if paging is on; PAE PDPTEs reloaded), EIP, EFLAGS, the general
 *     registers, LDTR and the segment registers from the new TSS
 *  after the commit point (a fault is raised in the new task, SDM 3A 7.3),
 *  in this order:
 *   - LDT: null, or a present LDT descriptor in the GDT (#TS)
 *   - SS: non-null writable data, RPL = DPL = CPL (#TS), present (#SS)
 *   - DS, ES, FS, GS: null, or data / readable code with (unless conforming
 *     code) DPL >= CPL and >= RPL (#TS), present (#NP)
 *   - CS: non-null code segment, DPL = RPL (conforming: DPL <= RPL) (#TS),
 *     present (#NP); the new CPL is its RPL
 *   - accessed bits of the loaded descriptors are set
 *   - an exception delivered through the task gate pushes its error code on
 *     the new task's stack (SDM 3A 6.12.2); EIP beyond the CS limit is
 *     #GP(0); the TSS T flag raises #DB (DR6.BT)
 *  anywhere: a TSS, descriptor or stack page the guest's paging does not map
 *  is a #PF (CR2 = its address), raised where the CPU raises it
 *
 * Error codes carry EXT (bit 0) when the switch came from an event the
 * program did not cause itself (external interrupt, NMI, hardware
 * exception).  A fault during the delivery of an exception becomes #DF
 * through hv_inject_exception (SDM 3A 6.15).
 *
 * Not done, each reported by name and the guest stopped (never a hang or a
 * silent guess): 16-bit TSSs, virtual-8086 tasks (EFLAGS.VM in the new TSS),
 * guest-linear addresses whose guest-physical page is outside its RAM, a
 * task switch exit in IA-32e mode (cannot happen: the CPU raises #GP/#UD
 * itself).  Not checked: write protection of the pages written (a read-only
 * TSS or GDT page is written anyway, where CR0.WP makes the CPU fault).  Approximations: when the new task's CS or SS
 * fails its checks, the fault is delivered with the old task's CS/SS
 * descriptors still loaded (the CPU's hidden state then is model-specific);
 * the new TSS's I/O map base is not checked (nor is it by the CPU at the
 * switch).
 */
#include "hv.h"

/* Exit qualification (SDM 3C 27.2.1, table 27-2). */
#define TSQ_SEL(q)	((uint16_t)((q) & 0xffff))
#define TSQ_SOURCE(q)	(((q) >> 30) & 3)
enum { TS_CALL = 0, TS_IRET = 1, TS_JMP = 2, TS_IDT = 3 };
static const char *const ts_source_name[4] = { "call", "iret", "jmp", "idt task gate" };

/* 32-bit TSS layout (SDM 3A 7.2.1, figure 7-2). */
#define TSS_LINK	0x00
#define TSS_CR3		0x1c
#define TSS_EIP		0x20
#define TSS_EFLAGS	0x24
#define TSS_EAX		0x28	/* eax ecx edx ebx esp ebp esi edi follow */
#define TSS_ES		0x48	/* es cs ss ds fs gs, 4 bytes apart */
#define TSS_LDT		0x60
#define TSS_TRAP	0x64
#define TSS_MIN_LIMIT	0x67
#define TSS_OLD_MIN_LIMIT 0x5f	/* the old TSS is written up to GS */

/* System descriptor types (SDM 3A 3.5, table 3-2). */
#define DESC_TSS16_AVAIL	1
#define DESC_LDT		2
#define DESC_TSS16_BUSY		3
#define DESC_TSS32_AVAIL	9
#define DESC_TSS32_BUSY		11
#define DESC_BUSY_BIT		2

/* The VMCS segment fields are laid out ES CS SS DS FS GS LDTR TR (appendix B). */
enum { SEG_ES, SEG_CS, SEG_SS, SEG_DS, SEG_FS, SEG_GS, SEG_LDTR, SEG_TR };

struct ts_desc {
	uint32_t lo, hi;
};
static unsigned desc_type(struct ts_desc d) { return (d.hi >> 8) & 0xf; }
static unsigned desc_s(struct ts_desc d) { return (d.hi >> 12) & 1; }
static unsigned desc_dpl(struct ts_desc d) { return (d.hi >> 13) & 3; }
static unsigned desc_p(struct ts_desc d) { return (d.hi >> 15) & 1; }
static uint32_t desc_base(struct ts_desc d) { return (d.lo >> 16) | ((d.hi & 0xff) << 16) | (d.hi & 0xff000000u); }
static uint32_t desc_limit(struct ts_desc d)
{
	uint32_t l = (d.lo & 0xffff) | (d.hi & 0xf0000);
	return (d.hi & (1u << 23)) ? (l << 12) | 0xfff : l;
}
static uint32_t desc_ar(struct ts_desc d) { return (d.hi >> 8) & 0xf0ff; }	/* SDM 3C 24.4.1 */

static void seg_write(unsigned i, uint16_t sel, uint64_t base, uint32_t limit, uint32_t ar)
{
	vmx_write(VMCS_GUEST_ES_SEL + 2 * i, sel);
	vmx_write(VMCS_GUEST_ES_BASE + 2 * i, base);
	vmx_write(VMCS_GUEST_ES_LIMIT + 2 * i, limit);
	vmx_write(VMCS_GUEST_ES_AR + 2 * i, ar);
}

/* Why a switch could not be emulated (stops the guest), or a fault to raise. */
struct ts_ctx {
	struct hv_guest *g;
	unsigned source;
	uint16_t ext;		/* EXT bit of error codes */
	int failed;		/* the guest was stopped */
	int committed;		/* past the commit point: faults belong to the new task */
	uint16_t target;	/* the new TSS selector */
	uint64_t ldt_base;
	uint32_t ldt_limit;
	int ldt_usable;
};

static int ts_stop(struct ts_ctx *c, const char *what, uint64_t v)
{
	if (!c->failed)
		hv_guest_stop(c->g, HV_STOP_FAULT, 0, "task switch (%s) not emulated: %s 0x%lx",
			      ts_source_name[c->source], what, v);
	c->failed = 1;
	return -1;
}

/*
 * Guest-linear memory, page by page through the guest's paging.  A page the
 * guest's tables do not map is the #PF the CPU would raise (CR2 = the
 * address; TSS and descriptor accesses are supervisor accesses, so the
 * error code has only W); the host never faults, so CR2 is the guest's.
 */
static int ts_mem(struct ts_ctx *c, uint64_t lin, void *buf, uint32_t len, int write)
{
	uint8_t *b = buf;
	while (len) {
		uint32_t n = 0x1000 - (lin & 0xfff);
		uint64_t gpa;
		if (n > len)
			n = len;
		lin &= 0xffffffffull;
		if (hv_gva_to_gpa(c->g, lin, &gpa)) {
			__asm__ volatile("mov %0, %%cr2" :: "r"(lin));
			hv_inject_exception(VEC_PF, 1, write ? 2 : 0);
			return -1;
		}
		uint8_t *p = hv_gpa_to_hva(c->g, gpa, n);
		if (!p)
			return ts_stop(c, "memory outside guest RAM at linear", lin);
		if (write)
			hv_memcpy(p, b, n);
		else
			hv_memcpy(b, p, n);
		lin += n, b += n, len -= n;
	}
	return 0;
}

/* Descriptor of sel from the GDT or the new LDT; 1 = outside the table. */
static int ts_desc_read(struct ts_ctx *c, uint16_t sel, struct ts_desc *d, uint64_t *addr)
{
	uint64_t base = vmx_read(VMCS_GUEST_GDTR_BASE);
	uint32_t limit = (uint32_t)vmx_read(VMCS_GUEST_GDTR_LIMIT);
	if (sel & 4) {
		if (!c->ldt_usable)
			return 1;
		base = c->ldt_base, limit = c->ldt_limit;
	}
	if ((uint32_t)(sel & ~7u) + 7 > limit)
		return 1;
	*addr = base + (sel & ~7u);
	return ts_mem(c, *addr, d, sizeof(*d), 0) ? -1 : 0;
}

static int ts_desc_write_hi(struct ts_ctx *c, uint64_t addr, uint32_t hi)
{
	return ts_mem(c, addr + 4, &hi, 4, 1);
}

/* Raise a fault; returns -1 so callers can `return ts_fault(...)`. */
static int ts_fault(struct ts_ctx *c, unsigned vec, uint16_t sel)
{
	hv_printf("hv: task switch (%s) to 0x%x raises vector %u, error code 0x%x%s\n",
		  ts_source_name[c->source], c->target, vec, (sel & 0xfffc) | c->ext,
		  c->committed ? " in the new task" : "");
	hv_inject_exception(vec, 1, (sel & 0xfffc) | c->ext);
	return -1;
}

/* Checks after the commit point: one segment register from the new TSS. */
static int ts_load_seg(struct ts_ctx *c, unsigned seg, uint16_t sel, unsigned cpl)
{
	struct ts_desc d;
	uint64_t addr;
	unsigned rpl = sel & 3;

	if ((sel & ~3u) == 0) {
		if (seg == SEG_CS || seg == SEG_SS)
			return ts_fault(c, VEC_TS, sel);
		seg_write(seg, sel, 0, 0, AR_UNUSABLE);
		return 0;
	}
	int rc = ts_desc_read(c, sel, &d, &addr);
	if (rc < 0)
		return -1;
	if (rc > 0 || !desc_s(d))
		return ts_fault(c, VEC_TS, sel);
	unsigned type = desc_type(d), code = type & 8, conforming = code && (type & 4);
	unsigned dpl = desc_dpl(d);
	switch (seg) {
	case SEG_CS:
		if (!code || (conforming ? dpl > rpl : dpl != rpl))
			return ts_fault(c, VEC_TS, sel);
		if (!desc_p(d))
			return ts_fault(c, VEC_NP, sel);
		break;
	case SEG_SS:
		if (code || !(type & 2) || rpl != cpl || dpl != cpl)
			return ts_fault(c, VEC_TS, sel);
		if (!desc_p(d))
			return ts_fault(c, VEC_SS, sel);
		break;
	default:
		if ((code && !(type & 2)) || (!conforming && (dpl < cpl || dpl < rpl)))
			return ts_fault(c, VEC_TS, sel);
		if (!desc_p(d))
			return ts_fault(c, VEC_NP, sel);
	}
	if (!(d.hi & (1u << 8))) {	/* accessed */
		d.hi |= 1u << 8;
		if (ts_desc_write_hi(c, addr, d.hi))
			return -1;
	}
	seg_write(seg, sel, desc_base(d), desc_limit(d), desc_ar(d));
	return 0;
}

/* PAE paging outside IA-32e mode: entry loads the PDPTEs from the VMCS (SDM 3C 26.3.2.4). */
static int ts_load_pdptes(struct ts_ctx *c, uint64_t cr3)
{
	uint64_t *pdpt = hv_gpa_to_hva(c->g, cr3 & 0xffffffe0ull, 32);
	if (!pdpt)
		return ts_stop(c, "PAE PDPT of the new task's CR3 outside guest memory", cr3);
	for (int i = 0; i < 4; i++)
		vmx_write(VMCS_GUEST_PDPTE0 + 2 * i, pdpt[i]);
	return 0;
}

/* New CR3 under VPID: entry does not flush the guest's TLB, so we do (SDM 3C 28.3.3.3). */
static void ts_flush_vpid(struct hv_guest *g)
{
	struct { uint64_t vpid, lin; } desc = { 0, 0 };
	uint64_t type = 2;	/* all contexts: the INVVPID type every VPID-capable CPU has */
	if (!g->vpid_on || !(hv_rdmsr(MSR_IA32_VMX_EPT_VPID_CAP) & VPID_CAP_INVVPID_ALL))
		return;
	__asm__ volatile("invvpid %0, %1" :: "m"(desc), "r"(type) : "cc", "memory");
}

void hv_task_switch(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	struct ts_ctx c = { .g = g, .source = TSQ_SOURCE(qual), .target = TSQ_SEL(qual) };
	uint16_t sel = TSQ_SEL(qual), old_sel = (uint16_t)vmx_read(VMCS_GUEST_TR_SEL);
	uint64_t idt = vmx_read(VMCS_IDT_VECTORING_INFO);
	unsigned idt_type = (idt >> INTR_INFO_TYPE_SHIFT) & 7;
	uint64_t rip = vmx_read(VMCS_GUEST_RIP), rflags = vmx_read(VMCS_GUEST_RFLAGS);
	struct ts_desc nd, od;
	uint64_t naddr, oaddr;
	uint8_t tss[TSS_MIN_LIMIT + 1];

	if (vmx_read(VMCS_GUEST_EFER) & EFER_LMA) {
		ts_stop(&c, "exit in IA-32e mode (the CPU raises #GP itself), selector", sel);
		return;
	}
	if (c.source == TS_IDT && (idt & INTR_INFO_VALID)) {
		c.ext = idt_type == INTR_TYPE_EXT_INTR || idt_type == INTR_TYPE_NMI ||
			idt_type == INTR_TYPE_HW_EXCEPTION || idt_type == 5 /* INT1 */;
	}

	/* ---- checks before the commit point ---- */
	unsigned not_avail_vec = c.source == TS_IRET ? VEC_TS : VEC_GP;
	if (sel & 4) {
		ts_fault(&c, not_avail_vec, sel);
		return;
	}
	int rc = ts_desc_read(&c, sel, &nd, &naddr);
	if (rc < 0)
		return;
	if (rc > 0) {
		ts_fault(&c, not_avail_vec, sel);
		return;
	}
	unsigned type = desc_type(nd);
	if (desc_s(nd) == 0 && (type == DESC_TSS16_AVAIL || type == DESC_TSS16_BUSY)) {
		ts_stop(&c, "16-bit TSS, selector", sel);
		return;
	}
	int want_busy = c.source == TS_IRET;
	if (desc_s(nd) || type != (want_busy ? DESC_TSS32_BUSY : DESC_TSS32_AVAIL)) {
		ts_fault(&c, not_avail_vec, sel);
		return;
	}
	/*
	 * No DPL check here: privilege faults have priority over VM exits (SDM
	 * 3C 25.1.1), so the CPU has checked the TSS descriptor's DPL (CALL/JMP
	 * to a TSS) or the gate's (task gates) before it exited - and a gate
	 * may lead to a TSS of a more privileged DPL, which a check of the TSS
	 * here would wrongly refuse.
	 */
	if (!desc_p(nd)) {
		ts_fault(&c, VEC_NP, sel);
		return;
	}
	if (desc_limit(nd) < TSS_MIN_LIMIT) {
		ts_fault(&c, VEC_TS, sel);
		return;
	}
	uint64_t nbase = desc_base(nd);
	if (ts_mem(&c, nbase, tss, sizeof(tss), 0))
		return;
	uint32_t *t32 = (uint32_t *)tss;
	uint32_t new_eflags = t32[TSS_EFLAGS / 4];
	if (new_eflags & RFLAGS_VM) {
		ts_stop(&c, "virtual-8086 task (EFLAGS.VM in the new TSS), selector", sel);
		return;
	}
	uint64_t obase = vmx_read(VMCS_GUEST_TR_BASE);
	if (((vmx_read(VMCS_GUEST_TR_AR) & 0xf) != DESC_TSS32_BUSY)) {
		ts_stop(&c, "the current task's TSS is not a 32-bit TSS, TR", old_sel);
		return;
	}
	if (vmx_read(VMCS_GUEST_TR_LIMIT) < TSS_OLD_MIN_LIMIT) {	/* room for the state we save */
		ts_fault(&c, VEC_TS, old_sel);
		return;
	}
	rc = ts_desc_read(&c, old_sel, &od, &oaddr);
	if (rc < 0)
		return;

	/* ---- commit: save the old task ---- */
	c.committed = 1;
	uint64_t eip = rip;
	if (c.source != TS_IDT || idt_type == INTR_TYPE_SW_INTR || idt_type == 5 || idt_type == 6)
		eip += vmx_read(VMCS_EXIT_INSN_LEN);	/* after CALL/JMP/IRET/INT n */
	if (rc == 0 && (c.source == TS_JMP || c.source == TS_IRET)) {
		od.hi &= ~(DESC_BUSY_BIT << 8);
		if (ts_desc_write_hi(&c, oaddr, od.hi))
			return;
	}
	uint32_t save[16];
	uint32_t old_eflags = (uint32_t)rflags;
	if (c.source == TS_IRET)
		old_eflags &= ~(uint32_t)RFLAGS_NT;
	save[0] = (uint32_t)eip;
	save[1] = old_eflags;
	save[2] = (uint32_t)r->rax, save[3] = (uint32_t)r->rcx, save[4] = (uint32_t)r->rdx;
	save[5] = (uint32_t)r->rbx, save[6] = (uint32_t)vmx_read(VMCS_GUEST_RSP);
	save[7] = (uint32_t)r->rbp, save[8] = (uint32_t)r->rsi, save[9] = (uint32_t)r->rdi;
	for (unsigned i = 0; i < 6; i++)
		save[10 + i] = (uint16_t)vmx_read(VMCS_GUEST_ES_SEL + 2 * i);
	if (ts_mem(&c, obase + TSS_EIP, save, sizeof(save), 1))
		return;

	/* ---- the new task: link, busy, TR ---- */
	if (c.source == TS_CALL || c.source == TS_IDT) {
		uint16_t link = old_sel;
		if (ts_mem(&c, nbase + TSS_LINK, &link, 2, 1))
			return;
		new_eflags |= RFLAGS_NT;
	}
	if (c.source != TS_IRET) {
		nd.hi |= DESC_BUSY_BIT << 8;
		if (ts_desc_write_hi(&c, naddr, nd.hi))
			return;
	}
	seg_write(SEG_TR, sel, nbase, desc_limit(nd), desc_ar(nd));
	vmx_write(VMCS_GUEST_CR0, vmx_read(VMCS_GUEST_CR0) | CR0_TS);
	vmx_write(VMCS_CR0_READ_SHADOW, vmx_read(VMCS_CR0_READ_SHADOW) | CR0_TS);
	vmx_write(VMCS_GUEST_DR7, vmx_read(VMCS_GUEST_DR7) & ~0x155ull);	/* L0-L3, LE */

	/* ---- load the new task's state ---- */
	if (vmx_read(VMCS_GUEST_CR0) & CR0_PG) {
		uint64_t cr3 = t32[TSS_CR3 / 4];
		vmx_write(VMCS_GUEST_CR3, cr3);
		if ((vmx_read(VMCS_GUEST_CR4) & CR4_PAE) && ts_load_pdptes(&c, cr3))
			return;
		ts_flush_vpid(g);
	}
	vmx_write(VMCS_GUEST_RIP, t32[TSS_EIP / 4]);
	/* reserved bits: 1 must be 1, 3, 5, 15 and 22-31 must be 0 (SDM 3C 26.3.1.4) */
	vmx_write(VMCS_GUEST_RFLAGS, (new_eflags & 0x3f7fd7ull) | RFLAGS_FIXED1);
	r->rax = t32[TSS_EAX / 4 + 0], r->rcx = t32[TSS_EAX / 4 + 1];
	r->rdx = t32[TSS_EAX / 4 + 2], r->rbx = t32[TSS_EAX / 4 + 3];
	vmx_write(VMCS_GUEST_RSP, t32[TSS_EAX / 4 + 4]);
	r->rbp = t32[TSS_EAX / 4 + 5], r->rsi = t32[TSS_EAX / 4 + 6], r->rdi = t32[TSS_EAX / 4 + 7];
	vmx_write(VMCS_GUEST_INTERRUPTIBILITY, vmx_read(VMCS_GUEST_INTERRUPTIBILITY) &
		  ~(INTERRUPTIBILITY_STI | INTERRUPTIBILITY_MOV_SS));
	vmx_write(VMCS_GUEST_ACTIVITY_STATE, ACTIVITY_ACTIVE);
	/* a single-step trap of the old task does not follow it into the new one (as Bochs) */
	vmx_write(VMCS_GUEST_PENDING_DBG, vmx_read(VMCS_GUEST_PENDING_DBG) & ~PENDING_DBG_BS);

	/* LDTR first (the selectors below may be in the new LDT); a fault ends the loading */
	uint16_t ldt = (uint16_t)t32[TSS_LDT / 4];
	c.ldt_usable = 0;
	if ((ldt & ~3u) == 0) {
		seg_write(SEG_LDTR, ldt, 0, 0, AR_UNUSABLE);
	} else {
		struct ts_desc ld;
		uint64_t laddr;
		rc = (ldt & 4) ? 1 : ts_desc_read(&c, ldt, &ld, &laddr);
		if (rc < 0)
			return;
		if (rc > 0 || desc_s(ld) || desc_type(ld) != DESC_LDT || !desc_p(ld)) {
			seg_write(SEG_LDTR, 0, 0, 0, AR_UNUSABLE);
			ts_fault(&c, VEC_TS, ldt);
			return;
		}
		seg_write(SEG_LDTR, ldt, desc_base(ld), desc_limit(ld), desc_ar(ld));
		c.ldt_base = desc_base(ld), c.ldt_limit = desc_limit(ld), c.ldt_usable = 1;
	}
	const uint16_t *sel16 = (const uint16_t *)(tss + TSS_ES);
	unsigned cpl = sel16[2 * SEG_CS] & 3;
	/*
	 * The data segment registers get their new selectors with no usable
	 * descriptor until each passes its checks; then SS, DS, ES, FS, GS and
	 * CS last - the order of Bochs, the project's reference machine (the
	 * SDM does not fix one: its table 7-1 lists the checks, CS first).
	 */
	static const unsigned data_segs[4] = { SEG_DS, SEG_ES, SEG_FS, SEG_GS };
	for (unsigned i = 0; i < 4; i++)
		seg_write(data_segs[i], sel16[2 * data_segs[i]], 0, 0, AR_UNUSABLE);
	static const unsigned order[6] = { SEG_SS, SEG_DS, SEG_ES, SEG_FS, SEG_GS, SEG_CS };
	for (unsigned i = 0; i < 6; i++) {
		unsigned s = order[i];
		if (ts_load_seg(&c, s, sel16[2 * s], cpl))
			return;
	}

	/* ---- an exception through a task gate: its error code on the new stack ---- */
	if (c.source == TS_IDT && (idt & INTR_INFO_VALID) && (idt & INTR_INFO_DELIVER_ERR)) {
		uint32_t err = (uint32_t)vmx_read(VMCS_IDT_VECTORING_ERR);
		uint64_t rsp = vmx_read(VMCS_GUEST_RSP), off;
		if (vmx_read(VMCS_GUEST_SS_AR) & AR_DB) {	/* 32-bit stack: ESP */
			off = (uint32_t)(rsp - 4);
			rsp = off;
		} else {					/* 16-bit stack: SP */
			off = (rsp - 4) & 0xffff;
			rsp = (rsp & ~0xffffull) | off;
		}
		if (ts_mem(&c, vmx_read(VMCS_GUEST_SS_BASE) + off, &err, 4, 1))
			return;
		vmx_write(VMCS_GUEST_RSP, rsp);
	}
	/* the event was delivered by this switch: not re-injected (hv_event.c) */
	if (c.source == TS_IDT)
		hv_event_consume_vectoring();
	/* EIP outside the new CS: #GP(0) (SDM 3A 7.3 step 13) */
	if (t32[TSS_EIP / 4] > vmx_read(VMCS_GUEST_CS_LIMIT)) {
		ts_fault(&c, VEC_GP, 0);
		return;
	}
	/* The T flag: a debug trap in the new task, DR6.BT (SDM 3A 17.3.1.5). */
	if ((t32[TSS_TRAP / 4] & 1) && !(vmx_read(VMCS_ENTRY_INTR_INFO) & INTR_INFO_VALID)) {
		uint64_t dr6;
		__asm__ volatile("mov %%dr6, %0" : "=r"(dr6));
		__asm__ volatile("mov %0, %%dr6" :: "r"(dr6 | 0x8000));
		hv_inject_exception(VEC_DB, 0, 0);
	}
}
