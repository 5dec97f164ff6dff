#!/bin/sh
# 30-loader.sh - the rewriter core: CUnit tests on synthetic images
# (build/tests/unit-loader) and a check that the freestanding variant the
# wedge links needs nothing from libc.  Run from the repository root.
BUILD=${BUILD:-build}
UNIT=$BUILD/tests/unit-loader
KOBJ=$BUILD/obj/loader/rewriter.kernel.o

if [ -x "$UNIT" ]; then
	out=$(mktemp)
	"$UNIT" >"$out" 2>&1
	rc=$?
	grep -E '^(ok|not ok|skip) - ' "$out"
	# a crash or a failure the handler did not print still counts
	if [ $rc -ne 0 ] && ! grep -q '^not ok - ' "$out"; then
		echo "not ok - loader/unit-loader: exit status $rc: $(grep -vE '^(ok|not ok|skip) - ' "$out" | tail -n 3 | tr '\n' ' ')"
	fi
	rm -f "$out"
else
	echo "not ok - loader/unit-loader: $UNIT not built (run make)"
fi

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
