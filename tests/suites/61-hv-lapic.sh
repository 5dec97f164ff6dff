#!/usr/bin/env bash
# tests/suites/61-hv-lapic.sh - the guest's local APIC (issue 10):
#  - the model's CUnit tests (build/tests/unit-lapic, devices/lapic.c) and its
#    kernel object needing nothing outside itself (freestanding);
#  - the test guest tg_lapic bare in Bochs and under the hypervisor (both at
#    Bochs ips 10 M): every check passes and the two print the SAME
#    ok/not ok/verdict lines; under the hypervisor its timer expiries and
#    the exits it costs are as expected (xAPIC MMIO and x2APIC MSRs);
#  - AB_HC_HALT (hypercall ABI) wakes on the APIC timer;
#  - the tick measurement modes (ticks=pit, ticks=lapic): exits per tick;
#  - an APIC access that is no MOV (add to the TPR) stops the guest with a
#    report naming the instruction bytes, and the hypervisor powers off.
# Bochs boots run one after another; without Bochs/GRUB they are skipped.
set -u
. "$(dirname "$0")/../lib.sh"
run=build/bin/afterburn-run
guest=build/hypervisor_stub/guests/tg_lapic.elf
kobj=build/obj/devices/kernel/lapic.o
tl_tmp
TL_PREFIX="hv-lapic: "
checks=42	# tg_lapic's checks

tl_unit lapic/unit-lapic build/tests/unit-lapic

if [ -f "$kobj" ]; then
	undef=$(nm -u "$kobj" | awk '{print $2}' | tr '\n' ' ')
	check "model kernel object is freestanding" "$([ -z "$undef" ]; echo $?)" "$kobj needs: $undef"
else
	nok "$kobj not built (run make)"
fi

for t in bochs grub-mkrescue xorriso; do
	if ! command -v $t >/dev/null 2>&1; then
		skip "guest boots: '$t' is not installed"
		exit 0
	fi
done
if [ ! -f "$guest" ] || [ ! -x "$run" ]; then
	nok "$guest or $run not built (run make)"
	exit 0
fi

# boot NAME TARGET [CMDLINE]: $T/NAME.log (serial and summary), $rc
boot() {
	timeout 300 "$run" --on "$2" --ips 10000000 --timeout 200 "$guest" ${3:+-- $3} \
		>"$T/$1.log" 2>"$T/$1.err" </dev/null
	rc=$?
}
# the guest's own lines: checks and verdict
lines() { grep -aE '^(ok|not ok) [0-9]+ - |^afterburn-guest: ' "$T/$1.log" | tr -d '\r'; }

boot bare bochs
rc_bare=$rc
boot vtx vtx
rc_vtx=$rc
lines bare >"$T/bare.lines"
lines vtx >"$T/vtx.lines"
n=$(grep -c '^ok ' "$T/bare.lines")
if [ "$rc_bare" -eq 0 ] && grep -q "^afterburn-guest: PASS tests=$checks\$" "$T/bare.lines"; then
	ok "tg_lapic bare in Bochs: $checks checks pass"
else
	nok "tg_lapic bare in Bochs: afterburn-run exit $rc_bare, $n checks ok"
	show "$T/bare.log"
fi
if [ "$rc_vtx" -eq 0 ] && grep -q "^afterburn-guest: PASS tests=$checks\$" "$T/vtx.lines"; then
	ok "tg_lapic under the hypervisor: $checks checks pass ($(grep -a '^exits:' "$T/vtx.log"))"
else
	nok "tg_lapic under the hypervisor: afterburn-run exit $rc_vtx"
	show "$T/vtx.log"
fi
if [ -s "$T/bare.lines" ] && cmp -s "$T/bare.lines" "$T/vtx.lines"; then
	ok "tg_lapic prints the same $(wc -l <"$T/bare.lines") lines bare and under the hypervisor"
else
	nok "tg_lapic output differs between bare Bochs and the hypervisor"
	diff "$T/bare.lines" "$T/vtx.lines" | sed 's/^/  | /' | head -n 20
fi
# one-shot 1 + periodic 3 + TSC deadline 1 + masked one-shot 1 + x2APIC one-shot 1;
# every sleep is a hlt exit
if grep -aq '^hv: local APIC: mmio reads=[1-9][0-9]* writes=[1-9][0-9]* timer expiries=7$' "$T/vtx.log" &&
   grep -aqE '^exits: .* hlt=[5-9]' "$T/vtx.log" && grep -aqE '^exits: .* ept_violation=[1-9]' "$T/vtx.log"; then
	ok "tg_lapic under the hypervisor: 7 timer expiries, its waits are hlt exits, MMIO is EPT violations"
else
	nok "tg_lapic statistics: $(grep -a '^hv: local APIC:' "$T/vtx.log"); $(grep -a '^exits:' "$T/vtx.log")"
fi

# the timer paths, 200 ticks at 1 kHz under hlt (README: measurements): per tick one
# timer exit, one hlt exit and one exit for the EOI (port for the 8259, EPT violation for the APIC)
for m in pit lapic; do
	boot "ticks-$m" vtx "ticks=$m"
	ex=$(grep -a '^exits:' "$T/ticks-$m.log")
	n() { echo "$ex" | tr ' ' '\n' | sed -n "s/^$1=//p" | grep . || echo 0; }
	eoi=$([ $m = pit ] && n io || n ept_violation)
	if [ "$rc" -eq 0 ] && grep -aq "^tg_lapic: 200 ticks, " "$T/ticks-$m.log" &&
	   [ "$(n timer)" -ge 200 ] && [ "$(n timer)" -le 220 ] && [ "$(n hlt)" -eq 200 ] && [ "$eoi" -ge 200 ]; then
		ok "timer path $m: 200 ticks, ~1 timer + 1 hlt + 1 EOI exit each ($ex; $(grep -a '^tg_lapic: 200' "$T/ticks-$m.log" | cut -d: -f3))"
	else
		nok "timer path $m: afterburn-run exit $rc, $ex"
		show "$T/ticks-$m.log"
	fi
done

# the hypercall back end's halt counts the APIC timer as a wake-up source
boot hchalt vtx hc-halt
if [ "$rc" -eq 0 ] && grep -aq '^ok 1 - AB_HC_HALT with only the APIC timer armed' "$T/hchalt.log" &&
   grep -aq '^afterburn-guest: PASS tests=1$' "$T/hchalt.log"; then
	ok "AB_HC_HALT with only the APIC timer armed sleeps until it fires"
else
	nok "AB_HC_HALT with the APIC timer: afterburn-run exit $rc"
	show "$T/hchalt.log"
fi

boot bad vtx bad-access
if [ "$rc" -eq 2 ] &&
   grep -aq '^hv: guest stopped: local APIC write to offset 0x80: not a MOV between a register or immediate and memory (instruction bytes: 83 05 80 00 e0 fe 10' "$T/bad.log" &&
   ! grep -aq 'add to the TPR went through' "$T/bad.log" && grep -aq '^hv: powering off$' "$T/bad.log"; then
	ok "an APIC access that is no MOV stops the guest, naming its bytes (afterburn-run exit 2)"
else
	nok "bad APIC access: afterburn-run exit $rc, no report naming the bytes"
	show "$T/bad.log"
fi
exit 0
