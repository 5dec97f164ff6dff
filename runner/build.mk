# runner: afterburn-run, the boot-and-judge tool (see runner/abr.h).
RUNNER_SRCS := $(wildcard runner/*.c)
RUNNER_OBJS := $(RUNNER_SRCS:runner/%.c=$(OBJ)/runner/%.o)

ALL_TARGETS += $(BIN)/afterburn-run

$(BIN)/afterburn-run: $(RUNNER_OBJS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -o $@ $^ -lelf $(HOST_LDLIBS)

$(OBJ)/runner/%.o: runner/%.c
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -MMD -MP -c -o $@ $<

-include $(RUNNER_OBJS:.o=.d)
