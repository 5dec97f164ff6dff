# runner: afterburn-run, the boot-and-judge tool (see runner/abr.h).
RUNNER_SRCS := $(wildcard runner/*.c)
RUNNER_OBJS := $(RUNNER_SRCS:runner/%.c=$(OBJ)/runner/%.o)

ALL_TARGETS += $(BIN)/afterburn-run

# --profile writes the profile with the loader's ELF and profile helpers.
$(BIN)/afterburn-run: $(RUNNER_OBJS) $(LOADER_LIB)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $(RUNNER_OBJS) $(LOADER_LIB) -lelf -lZydis $(HOST_LDLIBS)

$(OBJ)/runner/%.o: runner/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Iloader -MMD -MP -c -o $@ $<

-include $(RUNNER_OBJS:.o=.d)

# CUnit tests of the runner's pieces that need no emulator (suite 85).
$(BUILD)/tests/unit-runner: tests/unit/test_runner_symbols.c tests/unit/cunit_lines.c runner/symbols.c runner/abr.h $(LOADER_LIB)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Irunner -Iloader -Itests/unit -no-pie -o $@ tests/unit/test_runner_symbols.c \
		tests/unit/cunit_lines.c runner/symbols.c $(LOADER_LIB) -lelf -lZydis -lcunit $(HOST_LDLIBS)
ALL_TARGETS += $(BUILD)/tests/unit-runner
