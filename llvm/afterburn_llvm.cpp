// afterburn_llvm.cpp - the LLVM pass plugin (issue 11): build/lib/afterburn-llvm.so,
// loaded with `clang -fpass-plugin=...` (new pass manager, LLVM 14).  C++ only
// because LLVM's API is; the ID is C (ab_irid.h), shared with the unit test.
//
// Mode (environment, read once per compile; -mllvm options of a plugin are
// parsed before clang loads it, so they cannot select it):
//   AFTERBURN_LLVM_MODE=instrument   before every store that may write memory
//       outside the current stack frame, call afterburn_probe_store(addr, size,
//       id) and emit a struct ab_probe_rec (afterburn/probe.h) for it
//   AFTERBURN_LLVM_MODE=use, AFTERBURN_LLVM_PROFILE=FILE   each store whose ID
//       FILE lists (kind pt-write or mmio-write, this source file) becomes a site
//       of that class: the store is replaced by inline asm `mov %rax|%eax|%ax|%al,
//       (%rdi)` (value and address in fixed registers, so the record's operands are
//       constants) followed by the site macro of afterburn/site_asm.h, renamed to
//       .Lablvm_site (the afterburner refuses its own .Lafterburn_ prefix in its
//       input) and defined once per module in module-level asm: pad, slot and
//       record exactly as the afterburner writes them, so the rewriter and every
//       back end handle them unchanged.  Fails closed: a profile that does not
//       parse, is of other sources, or lists sites of this file none of which is
//       here, and a profiled store that cannot be such a mov, are errors.
//   unset, empty or "off"            the pass changes nothing
// Anything else is a fatal error (fails closed).
//
// What is a store here: `store`, `atomicrmw`, `cmpxchg` (size of the value),
// the memset/memcpy/memmove intrinsics (destination, length: a run-time
// length is passed as it is).  Skipped: stores whose pointer's underlying
// object is an alloca (the frame), pointers in another address space than 0
// (%gs/%fs-relative: the probe takes a flat address).  The pass runs at the
// end of the optimisation pipeline (OptimizerLastEP), so it sees the stores
// that remain after promotion to registers and inlining.
#include "llvm/ADT/SmallString.h"
#include "llvm/Analysis/ValueTracking.h"
#include "llvm/IR/DebugInfoMetadata.h"
#include "llvm/IR/IRBuilder.h"
#include "llvm/IR/InlineAsm.h"
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/PassPlugin.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <cstdlib>
#include <map>
#include <string>

extern "C" {
#include "ab_irid.h"
#include "afterburn/probe.h"
#include "afterburn/site.h"
}
#include "irprof.h"

// The site macro, cpp's text of include/afterburn/site_asm.h renamed (llvm/build.mk).
static const char abSiteMacro[] =
#include "site_macro.inc"
	;

using namespace llvm;

namespace {

enum class AbMode { Off, Instrument, Use };

AbMode abMode()
{
	const char *m = getenv("AFTERBURN_LLVM_MODE");
	if (!m || !*m || !strcmp(m, "off"))
		return AbMode::Off;
	if (!strcmp(m, "instrument"))
		return AbMode::Instrument;
	if (!strcmp(m, "use"))
		return AbMode::Use;
	report_fatal_error(Twine("afterburn-llvm: AFTERBURN_LLVM_MODE=") + m +
			   " is not a mode (want instrument, use or off)", false);
}

// One store the pass instruments: where the probe goes and what it says.
struct AbStore {
	Instruction *at;
	Value *ptr;
	Value *size;		// i64
	uint64_t const_size;	// 0 if run-time
};

// Is I a store we instrument?  Fills s.
bool abStoreOf(Instruction &I, const DataLayout &DL, AbStore &s)
{
	Type *i64 = Type::getInt64Ty(I.getContext());
	s.at = &I;
	s.const_size = 0;
	if (auto *st = dyn_cast<StoreInst>(&I)) {
		s.ptr = st->getPointerOperand();
		s.const_size = DL.getTypeStoreSize(st->getValueOperand()->getType());
	} else if (auto *rmw = dyn_cast<AtomicRMWInst>(&I)) {
		s.ptr = rmw->getPointerOperand();
		s.const_size = DL.getTypeStoreSize(rmw->getValOperand()->getType());
	} else if (auto *cx = dyn_cast<AtomicCmpXchgInst>(&I)) {
		s.ptr = cx->getPointerOperand();
		s.const_size = DL.getTypeStoreSize(cx->getNewValOperand()->getType());
	} else if (auto *mi = dyn_cast<MemIntrinsic>(&I)) {	// memset, memcpy, memmove
		s.ptr = mi->getRawDest();
		if (auto *c = dyn_cast<ConstantInt>(mi->getLength()))
			s.const_size = c->getZExtValue();
	} else {
		return false;
	}
	if (s.ptr->getType()->getPointerAddressSpace() != 0)
		return false;
	// The frame: an alloca, through GEPs, casts, phis and selects of allocas.
	SmallVector<const Value *, 4> objs;
	getUnderlyingObjects(s.ptr, objs);
	bool frame = !objs.empty();
	for (const Value *o : objs)
		frame = frame && isa<AllocaInst>(o);
	if (frame)
		return false;
	if (auto *mi = dyn_cast<MemIntrinsic>(&I)) {
		IRBuilder<> b(&I);
		s.size = b.CreateZExtOrTrunc(mi->getLength(), i64);
	} else {
		s.size = ConstantInt::get(i64, s.const_size);
	}
	return true;
}

// Code a kernel runs where a call to the probe is wrong (instrument mode
// leaves it alone; use mode still makes the stores it is given sites):
// - a `noprofile` function (no_profile_instrument_function): Linux marks
//   every `noinstr` function so, code that runs where instrumentation must
//   not (entry, idle, NMI);
// - a function in a section that holds such code (.noinstr.text, .entry.text,
//   .cpuidle.text), or code that runs identity-mapped before the kernel is at
//   its link address (.head.text: Linux's __startup_64, where a call to the
//   probe would reach its variables through an address not mapped yet).
// Listed by section name, not by Linux's file names: any kernel that marks
// such code the same way is handled.
bool abNoProbes(const Function &F)
{
	if (F.hasFnAttribute(Attribute::NoProfile))
		return true;
	StringRef sec = F.getSection();
	for (const char *s : { ".noinstr.text", ".entry.text", ".cpuidle.text", ".head.text" })
		if (sec == s || sec.startswith(std::string(s) + "."))
			return true;
	return false;
}

// A private NUL-terminated string constant, one per distinct text per module.
Constant *abString(Module &M, std::map<std::string, Constant *> &pool, StringRef text)
{
	auto it = pool.find(text.str());
	if (it != pool.end())
		return it->second;
	Constant *init = ConstantDataArray::getString(M.getContext(), text, true);
	auto *gv = new GlobalVariable(M, init->getType(), true, GlobalValue::PrivateLinkage, init,
				      ".afterburn.str");
	gv->setUnnamedAddr(GlobalValue::UnnamedAddr::Global);
	gv->setAlignment(Align(1));
	Constant *p = ConstantExpr::getPointerCast(gv, Type::getInt8PtrTy(M.getContext()));
	pool[text.str()] = p;
	return p;
}

// Use mode: replace store s (profiled as id, class cls) by the site; false if
// it cannot be one (then *why says so).
bool abMakeSite(AbStore &s, uint32_t id, unsigned cls, const char **why)
{
	auto *st = dyn_cast<StoreInst>(s.at);
	if (!st) {
		*why = "not a plain store (atomic, memset/memcpy)";
		return false;
	}
	if (st->isAtomic()) {
		*why = "an atomic store";
		return false;
	}
	Value *v = st->getValueOperand();
	Type *vt = v->getType();
	unsigned size = s.const_size;
	if (!(vt->isIntegerTy() || vt->isPointerTy()) || (size != 1 && size != 2 && size != 4 && size != 8) ||
	    (vt->isIntegerTy() && vt->getIntegerBitWidth() != size * 8)) {
		*why = "not an integer or pointer store of 1, 2, 4 or 8 bytes";
		return false;
	}
	LLVMContext &C = s.at->getContext();
	IRBuilder<> b(s.at);
	Type *it = Type::getIntNTy(C, size * 8);
	if (vt->isPointerTy())
		v = b.CreatePtrToInt(v, it);
	static const char *const mov[9] = { nullptr, "movb %al", "movw %ax", nullptr, "movl %eax",
					    nullptr, nullptr, nullptr, "movq %rax" };
	std::string text;
	raw_string_ostream os(text);
	os << ".Lablvm_s${:uid} = .\n\t" << mov[size] << ", (%rdi)\n\t.Lablvm_site ${:uid}, "
	   << ab_class_site_len(cls) << ", " << cls << ", 0, 0, " << size << ", " << AB_FORM_MEM << ", "
	   << AB_REG_RAX << ", " << AB_REG_RDI << ", " << AB_REG_NONE << ", 1, " << AB_REG_NONE
	   << ", 0, 0, " << id;
	os.flush();
	Type *i8p = Type::getInt8PtrTy(C);
	auto *fty = FunctionType::get(Type::getVoidTy(C), { i8p, it }, false);
	auto *ia = InlineAsm::get(fty, text, "{di},{ax},~{memory}", true);
	b.CreateCall(fty, ia, { b.CreatePointerCast(s.ptr, i8p), v });
	st->eraseFromParent();
	return true;
}

struct AfterburnPass : PassInfoMixin<AfterburnPass> {
	PreservedAnalyses run(Module &M, ModuleAnalysisManager &)
	{
		AbMode mode = abMode();
		if (mode == AbMode::Off)
			return PreservedAnalyses::all();
		LLVMContext &C = M.getContext();
		const DataLayout &DL = M.getDataLayout();
		Type *i8p = Type::getInt8PtrTy(C), *i64 = Type::getInt64Ty(C), *i32 = Type::getInt32Ty(C);
		FunctionCallee probe = M.getOrInsertFunction(AB_PROBE_FUNC, Type::getVoidTy(C), i8p, i64, i32);
		if (auto *pf = dyn_cast<Function>(probe.getCallee()))
			pf->setDoesNotThrow();
		std::string file = sys::path::filename(M.getSourceFileName()).str();
		StructType *recTy = StructType::get(C, { i32, i32, i32, i32, i8p, i8p });
		std::vector<Constant *> recs;
		std::map<std::string, Constant *> strs;
		uint32_t *pids = nullptr;
		size_t npids = 0, listed = 0, made = 0;
		const char *ppath = getenv("AFTERBURN_LLVM_PROFILE");
		if (mode == AbMode::Use) {
			char err[1024];
			if (!ppath || !*ppath)
				report_fatal_error("afterburn-llvm: AFTERBURN_LLVM_MODE=use needs AFTERBURN_LLVM_PROFILE=FILE",
						   false);
			if (ab_irprof_read(ppath, file.c_str(), &pids, &npids, &listed, err, sizeof(err)))
				report_fatal_error(Twine("afterburn-llvm: ") + err, false);
		}

		for (Function &F : M) {
			if (F.isDeclaration() || F.getName() == AB_PROBE_FUNC ||
			    F.hasFnAttribute(Attribute::Naked) || (mode == AbMode::Instrument && abNoProbes(F)))
				continue;
			std::vector<AbStore> stores;
			for (Instruction &I : instructions(F)) {
				AbStore s;
				if (abStoreOf(I, DL, s))
					stores.push_back(s);
			}
			if (!stores.empty() && mode == AbMode::Instrument) {
				// The probe reads and writes memory the optimiser was told
				// this function does not touch.
				for (auto a : { Attribute::ReadNone, Attribute::ReadOnly, Attribute::WriteOnly,
						Attribute::ArgMemOnly, Attribute::InaccessibleMemOnly,
						Attribute::InaccessibleMemOrArgMemOnly })
					F.removeFnAttr(a);
			}
			std::map<std::string, unsigned> seen;	// text -> ordinal
			unsigned index = 0;
			for (AbStore &s : stores) {
				char text[512];
				unsigned line = 0, col = 0;
				const DILocation *loc = s.at->getDebugLoc().get();
				DISubprogram *sp = loc ? loc->getScope()->getSubprogram() : nullptr;
				if (loc && sp && loc->getLine()) {
					line = loc->getLine();
					col = loc->getColumn();
					ab_ir_text(text, sizeof(text), sp->getName().str().c_str(), line,
						   sp->getLine(), col, index);
				} else {
					ab_ir_text(text, sizeof(text), "", 0, 0, 0, index);
				}
				index++;
				uint32_t id = ab_id_of(file.c_str(), F.getName().str().c_str(), text,
						       seen[text]++);
				if (mode == AbMode::Use) {
					const char *why = nullptr;
					if (!ab_irprof_has(pids, npids, id))
						continue;
					if (!abMakeSite(s, id, AB_CLASS_PT_WRITE, &why))
						report_fatal_error(Twine("afterburn-llvm: ") + file + ":" + Twine(line) +
								   ": error: profiled store " + Twine::utohexstr(id) +
								   " in " + F.getName() + " cannot be a site: " + why,
								   false);
					made++;
					continue;
				}
				IRBuilder<> b(s.at);
				if (loc)
					b.SetCurrentDebugLocation(s.at->getDebugLoc());
				b.CreateCall(probe, { b.CreatePointerCast(s.ptr, i8p), s.size,
						      ConstantInt::get(i32, id) });
				recs.push_back(ConstantStruct::get(recTy, {
					ConstantInt::get(i32, id), ConstantInt::get(i32, line),
					ConstantInt::get(i32, col),
					ConstantInt::get(i32, s.const_size > 0xffffffffu ? 0 : s.const_size),
					abString(M, strs, file), abString(M, strs, F.getName()) }));
			}
		}
		if (mode == AbMode::Use) {
			free(pids);
			if (listed && !made)
				report_fatal_error(Twine("afterburn-llvm: ") + ppath + ": error: none of the " +
						   Twine(listed) + " profiled sites of " + file +
						   " is in this build (re-profile)", false);
			if (!made)
				return PreservedAnalyses::all();
			M.appendModuleInlineAsm(abSiteMacro);
			return PreservedAnalyses::none();
		}
		// One record with ID 0 names the file even without stores (the
		// profile's `program files=` lists every instrumented source).
		recs.push_back(ConstantStruct::get(recTy, {
			ConstantInt::get(i32, 0), ConstantInt::get(i32, 0), ConstantInt::get(i32, 0),
			ConstantInt::get(i32, 0), abString(M, strs, file), abString(M, strs, "") }));
		ArrayType *arrTy = ArrayType::get(recTy, recs.size());
		auto *tab = new GlobalVariable(M, arrTy, true, GlobalValue::PrivateLinkage,
					       ConstantArray::get(arrTy, recs), ".afterburn.probes");
		tab->setSection(AB_PROBES_SECTION);
		tab->setAlignment(Align(8));
		appendToUsed(M, { tab });
		return PreservedAnalyses::none();
	}
};

} // namespace

extern "C" LLVM_ATTRIBUTE_WEAK PassPluginLibraryInfo llvmGetPassPluginInfo()
{
	return { LLVM_PLUGIN_API_VERSION, "afterburn-llvm", "1", [](PassBuilder &PB) {
			 PB.registerOptimizerLastEPCallback(
				 [](ModulePassManager &MPM, OptimizationLevel) { MPM.addPass(AfterburnPass()); });
		 } };
}
