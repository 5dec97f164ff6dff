#!/usr/bin/env bash
# tests/suites/62-hv-equivalence.sh - issue 10: the hypervisor is a machine a
# kernel cannot tell from bare metal.
#  - CUnit tests of the MSR table and CPUID policy (build/tests/unit-hv-msr)
#  - every faithful test guest (hypervisor_stub/tests-guests/faithful.list;
#    adding a guest is one line there) booted bare in Bochs and under the
#    hypervisor by bench/hv-equiv.sh (the `make hv-equiv` table): one check
#    per guest, ok when no line differs except the listed bare-Bochs defects
#    (bochs-defects.list) and the guest passes under the hypervisor
#  - tg_msr under the hypervisor: every probe ok, and the MSR outside the
#    table is named on an `hv:` line; two tg_msr guests in one run (the
#    second must not inherit the first's pass-through MSRs)
# Bochs boots run one after another (HV_EQUIV_TIMEOUT each, default 150 s).
set -u
. "$(dirname "$0")/../lib.sh"
TL_PREFIX="hv-equivalence: "
tl_tmp

tl_unit hv-equivalence/unit-hv-msr build/tests/unit-hv-msr

for t in bochs grub-mkrescue xorriso; do
	if ! command -v $t >/dev/null 2>&1; then
		skip "boots: '$t' is not installed (apt-get install bochs bochsbios vgabios grub-pc-bin xorriso mtools)"
		exit 0
	fi
done
if [ ! -f build/hypervisor_stub/hv.elf ] || [ ! -x build/bin/afterburn-run ]; then
	nok "build/hypervisor_stub/hv.elf or build/bin/afterburn-run not built (run make)"
	exit 0
fi

HV_EQUIV_KEEP=$T/runs bench/hv-equiv.sh >"$T/equiv.out" 2>&1
sed -n '/^Equivalence/,$p' "$T/equiv.out" | sed 's/^/# /'
n=0
while read -r _ kv; do
	eval "$(tr ' ' '\n' <<<"$kv" | grep -E '^(guest|lines|identical|defect|other|bare|hv|missing)=' | sed 's/^/local_/')"
	n=$((n + 1))
	if [ -n "${local_missing:-}" ]; then
		nok "$local_guest: $local_missing not built"
	elif [ "$local_other" -eq 0 ] && [ "$local_hv" = pass ] && [ "$local_lines" -gt 0 ]; then
		ok "$local_guest: $local_identical of $local_lines lines identical bare and under the hypervisor, $local_defect bare-Bochs defects (listed), passes under the hypervisor"
	else
		nok "$local_guest: $local_other lines differ beyond the listed Bochs defects (identical $local_identical of $local_lines), hypervisor run: $local_hv"
		grep -A 40 "^hv-equiv: $local_guest: lines that differ" "$T/equiv.out" | tail -n +2 | grep '^  |' | head -n 30
	fi
	unset local_missing
done < <(grep '^hv-equiv: guest=' "$T/equiv.out")
[ $n -gt 0 ] || { nok "bench/hv-equiv.sh printed no guest row"; show "$T/equiv.out"; }

# tg_msr under the hypervisor: all probes pass; the unknown MSR is reported by name
vlog=$T/runs/tg_msr.vtx/serial.txt
if [ -f "$vlog" ]; then
	if grep -q '^afterburn-guest: PASS tests=' "$vlog" && ! grep -q '^not ok' "$vlog"; then
		ok "tg_msr passes every probe under the hypervisor ($(grep '^afterburn-guest:' "$vlog"))"
	else
		nok "tg_msr under the hypervisor: $(grep -c '^not ok' "$vlog") probes fail"
		grep '^not ok' "$vlog" | sed 's/^/  | /'
	fi
	check "tg_msr: rdmsr 0x2345 (not in the table) named on an hv: line" \
		"$(grep -q '^hv: guest rdmsr MSR 0x2345: not in the MSR table, #GP injected' "$vlog"; echo $?)" "no report line"
	check "tg_msr: the MSR exits are counted (rdmsr, wrmsr on the exits: line)" \
		"$(grep -qE '^exits: .* rdmsr=[0-9]+ wrmsr=[0-9]+' "$vlog"; echo $?)" "$(grep '^exits:' "$vlog")"
fi

# two tg_msr guests in one hypervisor run: the second starts with the pass-through
# MSRs the first left dirty (STAR, LSTAR, ..., TSC_AUX) back at 0, and passes
timeout 360 build/bin/afterburn-run --on vtx --ips 10000000 --timeout 300 \
	build/hypervisor_stub/guests/tg_msr.elf --module build/hypervisor_stub/guests/tg_msr.elf \
	>"$T/two.log" 2>&1 </dev/null
rc=$?
entry=$(grep '^tg_msr: at entry ' "$T/two.log" | sort -u | wc -l)
if [ $rc -eq 0 ] && grep -q '^hv: all guests done (2 run)$' "$T/two.log" && [ "$entry" -eq 1 ] &&
   [ "$(grep -c '^afterburn-guest: PASS tests=' "$T/two.log")" -eq 2 ] && ! grep -q '^not ok' "$T/two.log"; then
	ok "two tg_msr guests in one run: the second finds the pass-through MSRs as the first did (the firmware's), not as the first left them"
else
	nok "two tg_msr guests in one run (afterburn-run exit $rc, $entry different 'at entry' lines)"
	grep -E '^(not ok|afterburn-guest|tg_msr: at entry|hv: guest (stopped|exit))' "$T/two.log" | sed 's/^/  | /' | head -n 20
fi
exit 0
