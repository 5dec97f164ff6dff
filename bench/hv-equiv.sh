#!/usr/bin/env bash
# bench/hv-equiv.sh - issue 10's equivalence table: every faithful test guest
# (hypervisor_stub/tests-guests/faithful.list) booted bare in Bochs
# (afterburn-run --on bochs) and under our hypervisor (--on vtx), one after
# the other, and its lines compared.  `make hv-equiv` runs it;
# tests/suites/62-hv-equivalence.sh turns its rows into checks.
#
# Compared: the guest's own serial lines (the hypervisor's "hv: " and
# "exits:" lines dropped, \r stripped), in order.  A line that differs is a
# Bochs defect when it is "not ok" bare, "ok" under the hypervisor and is
# listed in hypervisor_stub/tests-guests/bochs-defects.list (Bochs'
# CPUID advertising MSRs it does not implement); the verdict line then
# differs too and counts as explained when every failure bare is such a
# defect.  Any other difference is "other".
#
# Output: a table (one row per guest: lines, identical, bochs-defect,
# other, both runs' afterburn-run results) and, per guest, a line
#   hv-equiv: guest=G lines=N identical=I defect=D other=O bare=R hv=R
# Usage: bench/hv-equiv.sh [GUEST...]   (default: the list)
# Environment: HV_EQUIV_KEEP=DIR keeps each run's files there;
# HV_EQUIV_IPS (default 10000000), HV_EQUIV_TIMEOUT (default 150).
# Exit status: 0 if every guest has other=0 and passes under the hypervisor.
set -u
cd "$(dirname "$0")/.." || exit 1
run=build/bin/afterburn-run
dir=build/hypervisor_stub/guests
list=hypervisor_stub/tests-guests/faithful.list
defects=hypervisor_stub/tests-guests/bochs-defects.list
ips=${HV_EQUIV_IPS:-10000000}
tmo=${HV_EQUIV_TIMEOUT:-150}

if [ $# -gt 0 ]; then
	guests=("$@")
else
	mapfile -t guests < <(sed -e 's/#.*//' -e 's/[[:space:]]//g' "$list" | grep .)
fi
work=${HV_EQUIV_KEEP:-}
if [ -z "$work" ]; then
	work=$(mktemp -d)
	trap 'rm -rf "$work"' EXIT
fi
mkdir -p "$work"

# lines FILE: the guest's own lines of a serial log
lines() { tr -d '\r' <"$1" | grep -v -E '^(hv: |exits: )' | grep -v '^[[:space:]]*$'; }
# body LINE: the text after "ok N - " / "not ok N - " (empty if not a check line)
body() { sed -n -E 's/^(not )?ok [0-9]+ - //p' <<<"$1"; }

status=0
rows=()
for g in "${guests[@]}"; do
	elf=$dir/$g.elf
	if [ ! -f "$elf" ]; then
		echo "hv-equiv: guest=$g missing=$elf"
		status=1
		continue
	fi
	res=()
	for on in bochs vtx; do
		rm -rf "$work/$g.$on"
		timeout $((tmo + 60)) "$run" --on $on --ips "$ips" --timeout "$tmo" --keep "$work/$g.$on" "$elf" \
			>"$work/$g.$on.out" 2>&1 </dev/null
		r=$(sed -n 's/^afterburn-run: target=[a-z]* .*result=\([a-z]*\).*/\1/p' "$work/$g.$on.out" | tail -n1)
		res+=("${r:-none}")
		lines "$work/$g.$on/serial.txt" >"$work/$g.$on.lines" 2>/dev/null || : >"$work/$g.$on.lines"
	done
	nb=$(wc -l <"$work/$g.bochs.lines") nh=$(wc -l <"$work/$g.vtx.lines")
	n=$((nb > nh ? nb : nh))
	same=0 defect=0 other=0 verdict_diff=0 bare_failed=0
	: >"$work/$g.diff"
	for ((i = 1; i <= n; i++)); do
		b=$(sed -n "${i}p" "$work/$g.bochs.lines") h=$(sed -n "${i}p" "$work/$g.vtx.lines")
		case $b in "not ok "*) bare_failed=$((bare_failed + 1)) ;; esac
		if [ "$b" = "$h" ]; then
			same=$((same + 1))
			continue
		fi
		printf '%d\n< %s\n> %s\n' "$i" "$b" "$h" >>"$work/$g.diff"
		if [[ $b == afterburn-guest:\ * && $h == afterburn-guest:\ * ]]; then
			verdict_diff=1
			continue
		fi
		t=$(body "$b")
		if [[ $b == "not ok "* && $h == "ok "* && "$(body "$h")" == "$t" ]] &&
		   awk -F'|' -v g="$g" -v t="$t" '$1 == g && $2 == t { f = 1 } END { exit !f }' "$defects"; then
			defect=$((defect + 1))
		else
			other=$((other + 1))
		fi
	done
	# the verdict line differs because of the failures bare: explained iff they are all defects
	if [ $verdict_diff -eq 1 ]; then
		if [ $other -eq 0 ] && [ $bare_failed -eq $defect ]; then
			defect=$((defect + 1))
		else
			other=$((other + 1))
		fi
	fi
	[ $other -eq 0 ] && [ "${res[1]}" = pass ] || status=1
	echo "hv-equiv: guest=$g lines=$n identical=$same defect=$defect other=$other bare=${res[0]} hv=${res[1]}"
	rows+=("$(printf '%-14s %6d %10d %13d %6d  %-6s %-6s' "$g" "$n" "$same" "$defect" "$other" "${res[0]}" "${res[1]}")")
	if [ $other -gt 0 ]; then
		echo "hv-equiv: $g: lines that differ (< bare, > hypervisor):"
		sed 's/^/  | /' "$work/$g.diff" | head -n 40
	fi
done

echo
echo "Equivalence of the faithful test guests: bare Bochs vs under the hypervisor (ips $ips)"
printf '%-14s %6s %10s %13s %6s  %-6s %-6s\n' guest lines identical bochs-defect other bare hv
for r in "${rows[@]}"; do echo "$r"; done
exit $status
