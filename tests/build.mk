# tests: `make test` builds everything, then tests/run.sh runs every
# executable tests/suites/*.sh in name order and prints one tally line.
# Components add their own suites there (and build their CUnit binaries into
# $(BUILD)/tests from their own build.mk, as part of ALL_TARGETS).
# TESTS=PATTERN runs only the suites whose file names contain PATTERN.
.PHONY: test
test: all
	tests/run.sh $(TESTS)
