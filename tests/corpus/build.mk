# tests/corpus/build.mk - afterburn-diffcheck, the checker of the afterburner
# corpus (tests/corpus/README.md, tests/suites/22-afterburn-corpus.sh).
# Links loader/sites_zy.c (libabloader.a) so that "sensitive" means exactly
# what afterburn-sites check means by it.

DC_SRCS := tests/corpus/diffcheck.c tests/corpus/diffcheck_obj.c
$(BIN)/afterburn-diffcheck: $(DC_SRCS) tests/corpus/diffcheck.h $(LOADER_LIB) $(LOADER_HDRS)
	@mkdir -p $(@D)
	$(HOSTCC) $(HOST_CFLAGS) -Itests/corpus -o $@ $(DC_SRCS) $(LOADER_LIB) -lelf -lZydis

ALL_TARGETS += $(BIN)/afterburn-diffcheck
