#!/bin/sh
# 30-loader.sh - the rewriter core: CUnit tests on synthetic images
# (build/tests/unit-loader) and a check that the freestanding variant the
# wedge links needs nothing from libc.
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
UNIT=$BUILD/tests/unit-loader
KOBJ=$BUILD/obj/loader/rewriter.kernel.o

tl_unit loader/unit-loader "$UNIT"

if [ -f "$KOBJ" ]; then
	undef=$(nm -u "$KOBJ" | awk '{print $2}' | tr '\n' ' ')
	if [ -z "$undef" ]; then
		echo "ok - loader/kernel-object-freestanding"
	else
		echo "not ok - loader/kernel-object-freestanding: $KOBJ needs: $undef"
	fi
	if nm "$KOBJ" | grep -q ' T ab_rewrite_sync$'; then
		echo "ok - loader/kernel-object-has-sync"
	else
		echo "not ok - loader/kernel-object-has-sync: ab_rewrite_sync missing from $KOBJ"
	fi
else
	echo "not ok - loader/kernel-object-freestanding: $KOBJ not built (run make)"
fi
