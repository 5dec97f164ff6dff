# wedge/build.mk - libwedge.a: the wedge plus the freestanding rewriter core
# ($(REWRITER_KERNEL_OBJ) from loader/build.mk), compiled with plain
# $(KERNEL_CC), never through the afterburner: the wedge is the VMM.

WEDGE_SRCS := wedge/boot.c wedge/console.c wedge/exit.c wedge/hypercall.c wedge/ptwrite.c wedge/profile.c \
	      wedge/kernel.c
WEDGE_ASMS := wedge/hc_entry.S wedge/prof_entry.S
WEDGE_OBJS := $(patsubst wedge/%.c,$(OBJ)/wedge/%.o,$(WEDGE_SRCS)) \
	      $(patsubst wedge/%.S,$(OBJ)/wedge/%.o,$(WEDGE_ASMS))
WEDGE_LIB := $(BUILD)/wedge/libwedge.a
# -fno-tree-loop-distribute-patterns: wedge_memset must not become memset().
WEDGE_CFLAGS := $(KERNEL_CFLAGS) -Iwedge $(KERNEL_NO_LIBCALLS)

$(OBJ)/wedge/%.o: wedge/%.c wedge/wedge.h wedge/wedge_int.h wedge/wedge_hc.h wedge/wedge_prof.h include/afterburn/probe.h include/afterburn/site.h \
		  include/afterburn/hypercall.h include/afterburn/x86.h loader/rewriter.h
	@mkdir -p $(@D)
	$(KERNEL_CC) $(WEDGE_CFLAGS) -c $< -o $@

$(OBJ)/wedge/%.o: wedge/%.S wedge/entry.inc include/afterburn/site.h include/afterburn/hypercall.h
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_ASFLAGS) -c $< -o $@

# The wedge calls only what it defines.  clang lowers big zero-fills and
# struct copies (afterburn_wedge_exit_report's per-class array) to
# memset/memcpy calls even under -ffreestanding -fno-builtin (LLVM assumes
# the environment has them), and the kernel's own (the guest's lib.c,
# Linux's alternatives-patched memset) are not the VMM's to call.  So those
# calls are bound to the wedge's own copies (a no-op on gcc's archive, which
# has none: objcopy leaves it byte-identical), and any symbol the archive
# uses but does not define, other than the linker's __start_/__stop_ section
# bounds, stops the build.
WEDGE_OWN_MEM := --redefine-sym memset=wedge_memset --redefine-sym memcpy=wedge_memcpy \
		 --redefine-sym memcmp=wedge_memcmp
wedge_own_mem = objcopy $(WEDGE_OWN_MEM) $@ && \
	def=$$(nm --defined-only $@ | awk 'NF == 3 { print $$3 }' | sort -u) && \
	ext=$$(printf '%s\n%s\n%s\n' "$$(nm -u $@ | awk 'NF == 2 { print $$2 }' | sort -u)" "$$def" "$$def" | \
	       sort | uniq -u | grep -Ev '^(__start_|__stop_|$$)'); \
	if [ -n "$$ext" ]; then echo "$@: the wedge calls what it does not define:" $$ext >&2; rm -f $@; exit 1; fi

$(WEDGE_LIB): $(WEDGE_OBJS) $(REWRITER_KERNEL_OBJ) wedge/build.mk
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(WEDGE_OBJS) $(REWRITER_KERNEL_OBJ)
	$(wedge_own_mem)

# libwedge-linux.a: the same wedge for a kernel linked in the top 2 GiB
# (-mcmodel=kernel: Linux x86-64), its code renamed to .text..afterburn_wedge
# (a name no .text pattern of a kernel linker script matches) so that the
# kernel's linker script can put it in an output section of its own,
# afterburn_wedge_text, apart from the kernel's text (afterburn-sites check
# tells wedge code from guest code by that name).
WEDGE_LINUX_LIB := $(BUILD)/wedge/libwedge-linux.a
WEDGE_LINUX_MODEL := -mcmodel=kernel $(KERNEL_NO_REORDER)
WEDGE_LINUX_OBJS := $(patsubst wedge/%.c,$(OBJ)/wedge-linux/%.o,$(WEDGE_SRCS)) \
		    $(patsubst wedge/%.S,$(OBJ)/wedge-linux/%.o,$(WEDGE_ASMS)) \
		    $(patsubst loader/%.c,$(OBJ)/wedge-linux/%.o,$(LOADER_CORE_SRCS) loader/rewriter_sync_x86.c)
# compile to $@.tmp, then move the code to its own section name
wedge_linux_rename = objcopy --rename-section .text=.text..afterburn_wedge $@.tmp $@ && rm -f $@.tmp

$(OBJ)/wedge-linux/%.o: wedge/%.c wedge/build.mk wedge/wedge.h wedge/wedge_int.h wedge/wedge_hc.h include/afterburn/site.h \
			include/afterburn/hypercall.h include/afterburn/x86.h loader/rewriter.h
	@mkdir -p $(@D)
	$(KERNEL_CC) $(WEDGE_CFLAGS) $(WEDGE_LINUX_MODEL) -c $< -o $@.tmp
	$(wedge_linux_rename)

$(OBJ)/wedge-linux/%.o: loader/%.c wedge/build.mk $(LOADER_HDRS)
	@mkdir -p $(@D)
	$(KERNEL_CC) $(LOADER_KERNEL_CFLAGS) $(WEDGE_LINUX_MODEL) -c $< -o $@.tmp
	$(wedge_linux_rename)

$(OBJ)/wedge-linux/%.o: wedge/%.S wedge/entry.inc wedge/build.mk include/afterburn/site.h include/afterburn/hypercall.h
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_ASFLAGS) -c $< -o $@.tmp
	$(wedge_linux_rename)

$(WEDGE_LINUX_LIB): $(WEDGE_LINUX_OBJS) wedge/build.mk
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(WEDGE_LINUX_OBJS)
	$(wedge_own_mem)

.PHONY: wedge
wedge: $(WEDGE_LIB) $(WEDGE_LINUX_LIB)
ALL_TARGETS += $(WEDGE_LIB) $(WEDGE_LINUX_LIB)
