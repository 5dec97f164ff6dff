# wedge/build.mk - libwedge.a: the wedge plus the freestanding rewriter core
# ($(REWRITER_KERNEL_OBJ) from loader/build.mk), compiled with plain
# $(KERNEL_CC), never through the afterburner: the wedge is the VMM.

WEDGE_SRCS := wedge/boot.c wedge/console.c wedge/exit.c wedge/hypercall.c wedge/ptwrite.c
WEDGE_ASMS := wedge/hc_entry.S
WEDGE_OBJS := $(patsubst wedge/%.c,$(OBJ)/wedge/%.o,$(WEDGE_SRCS)) \
	      $(patsubst wedge/%.S,$(OBJ)/wedge/%.o,$(WEDGE_ASMS))
WEDGE_LIB := $(BUILD)/wedge/libwedge.a
# -fno-tree-loop-distribute-patterns: wedge_memset must not become memset().
WEDGE_CFLAGS := $(KERNEL_CFLAGS) -Iwedge -fno-tree-loop-distribute-patterns

$(OBJ)/wedge/%.o: wedge/%.c wedge/wedge.h wedge/wedge_int.h wedge/wedge_hc.h include/afterburn/site.h \
		  include/afterburn/hypercall.h include/afterburn/x86.h loader/rewriter.h
	@mkdir -p $(@D)
	$(KERNEL_CC) $(WEDGE_CFLAGS) -c $< -o $@

$(OBJ)/wedge/%.o: wedge/%.S include/afterburn/site.h include/afterburn/hypercall.h
	@mkdir -p $(@D)
	$(KERNEL_CC) $(KERNEL_ASFLAGS) -c $< -o $@

$(WEDGE_LIB): $(WEDGE_OBJS) $(REWRITER_KERNEL_OBJ)
	@mkdir -p $(@D)
	rm -f $@
	ar rcs $@ $(WEDGE_OBJS) $(REWRITER_KERNEL_OBJ)

.PHONY: wedge
wedge: $(WEDGE_LIB)
ALL_TARGETS += $(WEDGE_LIB)
