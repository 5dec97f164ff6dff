// afterburn_llvm.cpp - the LLVM pass plugin (issue 11): build/lib/afterburn-llvm.so,
// loaded with `clang -fpass-plugin=...` (new pass manager, LLVM 14).  C++ only
// because LLVM's API is; the ID is C (ab_irid.h), shared with the unit test.
//
// Mode (environment, read once per compile; -mllvm options of a plugin are
// parsed before clang loads it, so they cannot select it):
//   AFTERBURN_LLVM_MODE=instrument   before every store that may write memory
//       outside the current stack frame, call afterburn_probe_store(addr, size,
//       id) and emit a struct ab_probe_rec (afterburn/probe.h) for it
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
#include "llvm/IR/InstIterator.h"
#include "llvm/IR/IntrinsicInst.h"
#include "llvm/IR/Module.h"
#include "llvm/Passes/PassBuilder.h"
#include "llvm/Passes/PassPlugin.h"
#include "llvm/Support/ErrorHandling.h"
#include "llvm/Support/Path.h"
#include "llvm/Transforms/Utils/ModuleUtils.h"

#include <cstdlib>
#include <map>
#include <string>

extern "C" {
#include "ab_irid.h"
#include "afterburn/probe.h"
}

using namespace llvm;

namespace {

enum class AbMode { Off, Instrument };

AbMode abMode()
{
	const char *m = getenv("AFTERBURN_LLVM_MODE");
	if (!m || !*m || !strcmp(m, "off"))
		return AbMode::Off;
	if (!strcmp(m, "instrument"))
		return AbMode::Instrument;
	report_fatal_error(Twine("afterburn-llvm: AFTERBURN_LLVM_MODE=") + m +
			   " is not a mode (want instrument or off)", false);
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

struct AfterburnPass : PassInfoMixin<AfterburnPass> {
	PreservedAnalyses run(Module &M, ModuleAnalysisManager &)
	{
		if (abMode() == AbMode::Off)
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

		for (Function &F : M) {
			if (F.isDeclaration() || F.getName() == AB_PROBE_FUNC ||
			    F.hasFnAttribute(Attribute::Naked))
				continue;
			std::vector<AbStore> stores;
			for (Instruction &I : instructions(F)) {
				AbStore s;
				if (abStoreOf(I, DL, s))
					stores.push_back(s);
			}
			if (!stores.empty()) {
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
				uint32_t id = ab_ir_id(file.c_str(), F.getName().str().c_str(), text,
						       seen[text]++);
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
		if (recs.empty())
			return PreservedAnalyses::all();
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
