# afterburner/build.mk - the build-time afterburner (included by the top Makefile).
#   build/bin/afterburn           the assembly rewriter
#   build/bin/afterburn-cc        compiler driver: gcc -B with our assembler wrapper
#   build/libexec/afterburn/as    that wrapper (found by afterburn-cc relative to itself)
#   build/tests/unit-afterburner  CUnit tests of the classifier/parser/emitter
# Needs libzydis-dev (Zydis 4) and libcunit1-dev.

AB_SRCS := lex stmt operand classify param mparam emit sitemacro directive process bytes report memsite profile
AB_OBJ := $(OBJ)/afterburner
AB_LIB := $(AB_OBJ)/libafterburner.a
AB_LIBEXEC := $(BUILD)/libexec/afterburn
AB_CFLAGS := $(HOST_CFLAGS) -Iafterburner -MMD -MP

ALL_TARGETS += $(BIN)/afterburn $(BIN)/afterburn-cc $(AB_LIBEXEC)/as $(BUILD)/tests/unit-afterburner

$(AB_OBJ)/%.o: afterburner/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -c -o $@ $<

# The site macro of include/afterburn/site_asm.h as C strings, one gas
# statement each (sitemacro.c expands it for every site): cpp's text of the
# header, so the header stays the one spelling of the record layout.
$(AB_OBJ)/site_macro.c: include/afterburn/site_asm.h include/afterburn/site.h afterburner/build.mk
	@mkdir -p $(@D)
	$(HOSTCC) -E -P -x assembler-with-cpp -Iinclude $< >$@.cpp
	awk 'BEGIN { print "/* generated from include/afterburn/site_asm.h */"; \
	               print "const char *const ab_site_macro_lines[] = {" } \
	       { sub(/^[ \t]+/, ""); sub(/[ \t]+$$/, ""); if ($$0 == "") next; \
	         if (index($$0, ";")) { print "site_asm.h: a ; in the macro" > "/dev/stderr"; exit 1 } \
	         gsub(/\\/, "&&"); gsub(/"/, "\\\""); print "\t\"" $$0 "\"," } \
	       END { print "\t0\n};" }' $@.cpp >$@.tmp && mv $@.tmp $@ && rm -f $@.cpp

$(AB_OBJ)/site_macro.o: $(AB_OBJ)/site_macro.c
	$(HOSTCC) $(AB_CFLAGS) -c -o $@ $<

$(AB_LIB): $(patsubst %,$(AB_OBJ)/%.o,$(AB_SRCS)) $(AB_OBJ)/site_macro.o
	@mkdir -p $(@D)
	rm -f $@ && ar rcs $@ $^

# Zydis is dlopen()ed on first use (bytes.c), not linked: it only matters for
# data in code and costs startup time on every assembly otherwise.
# loader/outfile.c: the output-file writer shared with afterburn-sites.
$(BIN)/afterburn: $(AB_OBJ)/main.o $(AB_LIB) $(OBJ)/loader/outfile.o
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -o $@ $^ -ldl $(HOST_LDLIBS)

# afterburn-cc finds the wrapper as ../libexec/afterburn/as from its own path,
# so both are built together.
$(BIN)/afterburn-cc: $(AB_OBJ)/cc.o $(AB_OBJ)/cc_args.o $(AB_LIBEXEC)/as $(BIN)/afterburn
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -o $@ $(AB_OBJ)/cc.o $(AB_OBJ)/cc_args.o $(HOST_LDLIBS)

# The wrapper runs the afterburner in-process (no extra exec per assembly).
$(AB_LIBEXEC)/as: $(AB_OBJ)/as.o $(AB_LIB)
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -o $@ $^ -ldl $(HOST_LDLIBS)

# cunit_lines.c: the ok/not ok line printer shared with build/tests/unit-loader.
$(BUILD)/tests/unit-afterburner: $(patsubst %.c,$(AB_OBJ)/%.o,$(notdir $(wildcard tests/unit/test_afterburner*.c))) \
				 $(AB_OBJ)/cunit_lines.o $(AB_LIB)
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -o $@ $^ -lcunit -lZydis -lelf -ldl $(HOST_LDLIBS)

$(AB_OBJ)/test_afterburner%.o: tests/unit/test_afterburner%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -c -o $@ $<

$(AB_OBJ)/cunit_lines.o: tests/unit/cunit_lines.c
	@mkdir -p $(@D)
	$(HOSTCC) $(AB_CFLAGS) -c -o $@ $<

-include $(wildcard $(AB_OBJ)/*.d)
