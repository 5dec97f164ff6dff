#!/usr/bin/env bash
# tests/suites/63-hv-fidelity.sh - the VT-x hypervisor is a machine a kernel
# cannot tell from bare metal (issue 10): injected-exception details, task
# switches, debug registers.  Each faithful test guest is booted bare in
# Bochs (afterburn-run --on bochs) and under the hypervisor (--on vtx), both
# at Bochs ips 10 M; its console lines (ok/not ok, the values it prints as
# "tg_NAME: ...", the verdict) must pass on both and be identical.
#  - tg_dr: DR0-3/DR6/DR7, breakpoints across exits, single-step and RF over
#    emulated instructions, general detect
#  - tg_exc: vector, error code, EIP and RF of injected and native
#    exceptions; #DF from faults during delivery (also from a task switch)
#  - tg_task: JMP/CALL/IRET/INT n task switches, task gates, #GP and #DF
#    through task gates, busy/limit faults (and the hypervisor must have
#    emulated them: task_switch exits)
# and the hypervisor's refusals end in a report, never a hang (tg_taskstop:
# a 16-bit TSS, a triple fault from a failed #DF task switch).
set -u
. "$(dirname "$0")/../lib.sh"
run=build/bin/afterburn-run
tg=build/hypervisor_stub/guests
tl_tmp
TL_PREFIX="hv-fidelity: "

for t in bochs grub-mkrescue xorriso; do
	if ! command -v $t >/dev/null 2>&1; then
		skip "all: '$t' is not installed (apt-get install bochs bochsbios vgabios grub-pc-bin xorriso mtools)"
		exit 0
	fi
done
if [ ! -x "$run" ] || [ ! -f build/hypervisor_stub/hv.elf ] || [ ! -f "$tg/tg_task.elf" ]; then
	nok "$run, the hypervisor or its test guests are not built (run make)"
	exit 0
fi

# boot TARGET NAME GUEST [-- CMDLINE]: $T/NAME.TARGET.log, $rc
boot() {
	local target=$1 name=$2 guest=$3
	shift 3
	timeout 200 "$run" --on "$target" --ips 10000000 --timeout 150 "$guest" "$@" \
		>"$T/$name.$target.log" 2>"$T/$name.$target.err" </dev/null
	rc=$?
}
# the guest's own lines (hypervisor lines start "hv: ", runner lines "afterburn-run: ")
guest_lines() { grep -E '^(ok [0-9]|not ok [0-9]|tg_[a-z0-9]+: |afterburn-guest: )' "$1"; }
exit_count() { sed -n 's/^exits: .* '"$2"'=\([0-9]*\).*/\1/p' "$1" | head -n1 | grep . || echo 0; }

same=0 total=0
for g in tg_dr tg_exc tg_task; do
	boot bochs "$g" "$tg/$g.elf"
	rc_bare=$rc
	boot vtx "$g" "$tg/$g.elf"
	rc_vtx=$rc
	guest_lines "$T/$g.bochs.log" >"$T/$g.bare"
	guest_lines "$T/$g.vtx.log" >"$T/$g.hv"
	n=$(wc -l <"$T/$g.bare")
	n_same=$(diff --unchanged-line-format='=' --old-line-format='' --new-line-format='' \
		"$T/$g.bare" "$T/$g.hv" | tr -cd '=' | wc -c)
	same=$((same + n_same)) total=$((total + n))
	if [ $rc_bare -eq 0 ] && [ $rc_vtx -eq 0 ] && [ "$n" -gt 0 ] && cmp -s "$T/$g.bare" "$T/$g.hv" &&
	   grep -q '^afterburn-guest: PASS' "$T/$g.hv"; then
		ok "$g: bare Bochs and under the hypervisor print the same $n lines, PASS on both ($(grep '^exits:' "$T/$g.vtx.log"))"
	else
		nok "$g: bare exit $rc_bare, hypervisor exit $rc_vtx, $n_same of $n lines identical"
		diff "$T/$g.bare" "$T/$g.hv" | sed 's/^/  | /' | head -n 30
		show "$T/$g.vtx.log"
	fi
done
echo "# equivalence: $same of $total guest lines identical (tg_dr tg_exc tg_task)"

# the task switches were the hypervisor's work, not a path around it
n=$(exit_count "$T/tg_task.vtx.log" task_switch)
check "tg_task under the hypervisor: every task switch is an exit it emulated (task_switch=$n, want >= 10)" \
	"$([ "$n" -ge 10 ] && echo 0 || echo 1)" "too few task_switch exits"
# the DR2 case of issue 10: armed, then exits, then the store
check "tg_dr: a DR2 write breakpoint armed after a DR6 write fires across VM exits" \
	"$(grep -q '^ok [0-9]* - dr2 write breakpoint' "$T/tg_dr.hv" && echo 0 || echo 1)" "it did not fire"
check "tg_exc: a #GP the hypervisor injects pushes RF=1" \
	"$(grep -q '^tg_exc: wrmsr efer bit 1: vector=0x0000000d .* rf=0x00010000$' "$T/tg_exc.hv" && echo 0 || echo 1)" \
	"$(grep '^tg_exc: wrmsr efer bit 1' "$T/tg_exc.hv")"

# --- refusals: a report and the guest stopped, never a hang -----------------
boot vtx stop16 "$tg/tg_taskstop.elf"
if [ $rc -eq 2 ] && grep -q '^hv: guest stopped: task switch (jmp) not emulated: 16-bit TSS, selector 0x20 ' "$T/stop16.vtx.log" &&
   grep -q '^hv: powering off$' "$T/stop16.vtx.log" && ! grep -q '^not ok' "$T/stop16.vtx.log"; then
	ok "tg_taskstop: a switch to a 16-bit TSS is refused by name, guest stopped, afterburn-run exit 2"
else
	nok "tg_taskstop 16-bit TSS: no refusal report (exit $rc)"
	show "$T/stop16.vtx.log"
fi
boot vtx triple "$tg/tg_taskstop.elf" -- triple
if [ $rc -eq 2 ] && grep -q '^hv: guest triple fault (shutdown): fault while delivering #DF (vector 10 during delivery of vector 8)' "$T/triple.vtx.log" &&
   grep -q '^hv: guest stopped: triple fault' "$T/triple.vtx.log" && grep -q '^hv: powering off$' "$T/triple.vtx.log"; then
	ok "tg_taskstop triple: #TS while a task gate delivers #DF is a triple fault, reported, guest stopped"
else
	nok "tg_taskstop triple: no triple-fault report (exit $rc)"
	show "$T/triple.vtx.log"
fi
exit 0
