#!/usr/bin/env bash
# 32-devices.sh - the device library (devices/): its CUnit tests
# (build/tests/unit-devices: 8259 pair, 8254, 16550, CMOS/RTC, deadlines,
# shared-page batch, port decode and IRQ routing) and a check that the
# kernel variant hv.elf links needs nothing from outside the library.
. "$(dirname "$0")/../lib.sh"
BUILD=${BUILD:-build}
UNIT=$BUILD/tests/unit-devices

tl_unit devices/unit-devices "$UNIT"

objs=("$BUILD"/obj/devices/kernel/*.o)
if [ -f "${objs[0]}" ]; then
	missing=$(comm -23 <(nm -u "${objs[@]}" | awk 'NF == 2 {print $2}' | sort -u) \
			   <(nm --defined-only "${objs[@]}" | awk 'NF == 3 {print $3}' | sort -u) | tr '\n' ' ')
	if [ -z "$missing" ]; then
		ok "devices/kernel-objects-freestanding"
	else
		nok "devices/kernel-objects-freestanding: the kernel variant needs: $missing"
	fi
else
	nok "devices/kernel-objects-freestanding: $BUILD/obj/devices/kernel/*.o not built (run make)"
fi
