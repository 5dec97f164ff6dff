#!/usr/bin/env bash
# bench/hosts.sh - make bench, part 2: our two hypervisors.
#
#  4. issue 3 (VT-x hypervisor in Bochs): the SAME build/guest/guest.elf and
#     workload on (a) bare Bochs, (b) the hypervisor trap-and-emulated
#     (--backend native), (c) pre-virtualized (--backend hypercall), all
#     through afterburn-run at the same Bochs ips: VM exits per reason and
#     Bochs instruction counts, which are deterministic (Bochs' TSC counts
#     instructions): the guest's workload (rdtsc delta; under the hypervisor
#     the hypervisor's exit handling is inside it), the hypervisor's "guest
#     ran N TSC ticks", and the whole run (BIOS + GRUB [+ hypervisor] +
#     guest, Bochs' tick at quit).  Targets: (b)/(c) exits >= 10,
#     (c)/(a) workload instructions <= 1.10.  At BENCH_IPS (default
#     "100000000 10000000"): the guest's 1 kHz timer ticks every ips/1000
#     instructions and each tick is an exit, so ips sets the timer exits.
#  5. issue 4 (afterburn-kvm, --irqchip user as afterburn-run uses it): the
#     page-table-heavy guest run (pgstress phase + process creation and
#     teardown) with guest-plain.elf (trap-and-emulate), guest.elf and the
#     second-pass guest-pass2.elf (page-table stores padded as pt-write
#     sites) with the hypercall back end, side by side: exits per reason,
#     KVM's own counters (--kvm-stats), wall time (afterburn-kvm's wall=,
#     median of BENCH_RUNS).
#  6. issue 4: profiling overhead: guest.elf as the second pass profiles it
#     (backend native, in-kernel irqchip): normal run vs --profile vs
#     --profile --profile-seed, wall ratio (medians).
#
# This replaces hypervisor_stub/bench-vtx.sh (same (a)/(b)/(c) runs and
# ratios, plus per-reason rows, the hypervisor's and whole-run instruction
# counts, and one boot path: afterburn-run's).
# Usage: bench/hosts.sh [vtx] [kvmhost]   (default both)
# Never fails on a figure; exit non-zero only if a boot fails.
set -u
cd "$(dirname "$0")/.." || exit 1

run=build/bin/afterburn-run
kvm=build/bin/afterburn-kvm
guest=build/guest/guest.elf
plain=build/guest/guest-plain.elf
pass2=build/guest/guest-pass2.elf
runs=${BENCH_RUNS:-5}
parts=${*:-vtx kvmhost}
status=0
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

kv() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -1; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print "-"; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.3f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
# x A B: A/B as "12.3x" (- when either is missing)
x() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.3fx\n", a / b; else print "-" }'; }
row4() { printf '%-34s %14s %14s %14s %10s %10s\n' "$@"; }

# ---- 4. issue 3 ---------------------------------------------------------------
# vboot NAME TARGET BACKEND IPS: afterburn-run, files kept in $work/NAME
vboot() {
	local name=$1 target=$2 backend=$3 ips=$4
	"$run" --on "$target" --ips "$ips" --backend "$backend" --quiet --keep "$work/$name" \
		"$guest" >"$work/$name.log" 2>&1 </dev/null
	local rc=$?
	if [ $rc -ne 0 ]; then
		echo "bench: $name ($target $backend) failed (exit $rc):" >&2
		tail -n 6 "$work/$name.log" | sed 's/^/  | /' >&2
		status=1
	fi
}
wtsc() { grep -a -o 'workload_tsc=[0-9]*' "$work/$1.log" | tail -1 | cut -d= -f2; }
exline() { grep -a '^afterburn-run: target=' "$work/$1.log" | tail -1 | sed -n 's/.* exits: total=/total=/p'; }
hvran() { sed -n 's/^hv: guest ran \([0-9]*\) TSC ticks.*/\1/p' "$work/$1/serial.txt" 2>/dev/null | tail -1; }
# Bochs prefixes log lines with its tick (one per instruction, halted time included)
ticks() { grep -a 'quit_sim called' "$work/$1/bochs.log" 2>/dev/null | head -1 | grep -o '^[0-9]*' | sed 's/^0*//'; }
ports() { sed -n 's/^hv: port accesses by device: //p' "$work/$1/serial.txt" 2>/dev/null | tail -1; }

bench_vtx() {
	local why
	if ! why=$("$run" --on vtx --check 2>&1) || ! "$run" --on bochs --check >/dev/null 2>&1; then
		echo "== 4. issue 3: vtx unusable here: ${why#afterburn-run: }"
		return
	fi
	for ips in ${BENCH_IPS:-100000000 10000000}; do
		echo "== 4. issue 3: guest.elf workload, bare Bochs vs our VT-x hypervisor, Bochs ips=$ips"
		vboot "a$ips" bochs native "$ips"
		vboot "b$ips" vtx native "$ips"
		vboot "c$ips" vtx hypercall "$ips"
		local a=a$ips b=b$ips c=c$ips eb ec
		eb=$(exline "$b") ec=$(exline "$c")
		row4 "" "(a) bare" "(b) hv native" "(c) hv hcall" "(c)/(a)" "(b)/(c)"
		row4 "workload instructions (guest TSC)" "$(wtsc $a)" "$(wtsc $b)" "$(wtsc $c)" \
			"$(x "$(wtsc $c)" "$(wtsc $a)")" "$(x "$(wtsc $b)" "$(wtsc $c)")"
		row4 "guest run instructions (hv report)" "-" "$(hvran $b)" "$(hvran $c)" "-" \
			"$(x "$(hvran $b)" "$(hvran $c)")"
		row4 "whole run instructions (Bochs)" "$(ticks $a)" "$(ticks $b)" "$(ticks $c)" \
			"$(x "$(ticks $c)" "$(ticks $a)")" "$(x "$(ticks $b)" "$(ticks $c)")"
		row4 "VM exits total" "0" "$(kv "$eb" total)" "$(kv "$ec" total)" "-" \
			"$(x "$(kv "$eb" total)" "$(kv "$ec" total)")"
		for r in $( (tr ' ' '\n' <<<"$eb $ec") | sed -n 's/=.*//p' | grep -v '^total$' | sort -u); do
			local nb nc
			nb=$(kv "$eb" "$r") nc=$(kv "$ec" "$r")
			row4 "  exits $r" "-" "${nb:-0}" "${nc:-0}" "-" "$(x "${nb:-0}" "${nc:-0}")"
		done
		echo "(b) port accesses: $(ports $b)"
		echo "(c) port accesses: $(ports $c)"
		echo "(c) wedge: $(grep -a -m1 '^afterburn-run: guest ' "$work/$c.log" | sed 's/^afterburn-run: guest //')"
		awk -v eb="$(kv "$eb" total)" -v ec="$(kv "$ec" total)" -v a="$(wtsc $a)" -v c="$(wtsc $c)" 'BEGIN {
			if (ec > 0) printf "target (b)/(c) exits >= 10: %.1fx %s\n", eb / ec, ((eb / ec) >= 10) ? "met" : "NOT met"
			if (a > 0) printf "target (c)/(a) workload instructions <= 1.10: %.3fx %s\n", c / a, ((c / a) <= 1.10) ? "met" : "NOT met" }'
		echo
	done
}

# ---- 5./6. issue 4 --------------------------------------------------------------
# kboot NAME IMAGE BACKEND OPTIONS...: one afterburn-kvm run; stderr in $work/NAME.err
kboot() {
	local name=$1 img=$2 backend=$3
	shift 3
	timeout 120 "$kvm" --serial "$work/$name.ser" "$@" "$img" -- "afterburn.backend=$backend" \
		>/dev/null 2>"$work/$name.err" </dev/null
	local rc=$?
	if [ $rc -ne 0 ] || ! grep -aq '^afterburn-guest: PASS' "$work/$name.ser"; then
		echo "bench: $name failed (exit $rc):" >&2
		tail -n 6 "$work/$name.err" | sed 's/^/  | /' >&2
		status=1
		return 1
	fi
}
kexits() { grep -a '^exits: total=' "$work/$1.err" | tail -1 | sed 's/^exits: //'; }
kwall() { sed -n 's/^afterburn-kvm: wall=\([0-9.]*\)s.*/\1/p' "$work/$1.err" | tail -1; }
kstat() { grep -a '^kvm-stats:' "$work/$1.err" | tail -1 | tr ' ' '\n' | sed -n "s/^$2=//p"; }

bench_kvmhost() {
	local why
	if ! why=$("$run" --on kvmhost --check 2>&1); then
		echo "== 5. issue 4: kvmhost unusable here: $(echo "${why#afterburn-run: }" | head -1)"
		return
	fi
	if [ ! -f "$pass2" ]; then
		echo "bench: $pass2 missing; building it (make guest-pass2)"
		make -s guest-pass2 >/dev/null || { echo "bench: make guest-pass2 failed" >&2; status=1; return; }
	fi
	echo "== 5. issue 4: page-table-heavy guest run on kvmhost (afterburn-kvm --irqchip user), $runs runs, medians"
	local cols=(plain guest pass2) imgs=("$plain" "$guest" "$pass2") bes=(native hypercall hypercall)
	for i in 0 1 2; do
		for n in $(seq "$runs"); do
			kboot "k${cols[$i]}$n" "${imgs[$i]}" "${bes[$i]}" --irqchip user --kvm-stats || continue
			# one line per run: the exits line plus wall time and KVM's counters
			echo "$(kexits "k${cols[$i]}$n") wall=$(kwall "k${cols[$i]}$n")" \
			     "emul=$(kstat "k${cols[$i]}$n" insn_emulation) kexits=$(kstat "k${cols[$i]}$n" exits)" \
				>>"$work/k${cols[$i]}.runs"
		done
	done
	# m COL KEY: median over the runs of KEY (a reason absent from a run counts 0)
	m() {
		[ -s "$work/k$1.runs" ] || { echo -; return; }
		while read -r line; do
			v=$(kv "$line" "$2")
			echo "${v:-0}"
		done <"$work/k$1.runs" | median
	}
	row4 "" "plain native" "guest hcall" "pass2 hcall" "pass2/plain" "pass2/guest"
	local sp sg s2
	sp=$(grep -a -o 'sites=[0-9]*' "$work/kplain1.ser" 2>/dev/null | head -1 | cut -d= -f2)
	sg=$(grep -a -o 'sites=[0-9]*' "$work/kguest1.ser" 2>/dev/null | head -1 | cut -d= -f2)
	s2=$(grep -a -o 'sites=[0-9]*' "$work/kpass21.ser" 2>/dev/null | head -1 | cut -d= -f2)
	row4 "wedge sites (pass2: + pt-write)" "${sp:--}" "${sg:--}" "${s2:--}" "-" "-"
	row4 "wall seconds (afterburn-kvm wall=)" "$(m plain wall)" "$(m guest wall)" "$(m pass2 wall)" \
		"$(x "$(m pass2 wall)" "$(m plain wall)")" "$(x "$(m pass2 wall)" "$(m guest wall)")"
	for r in total $(cat "$work"/k*.runs 2>/dev/null | tr ' ' '\n' | sed -n 's/=.*//p' | grep -v -x -e total -e wall -e emul -e kexits | sort -u); do
		row4 "exits $r" "$(m plain "$r")" "$(m guest "$r")" "$(m pass2 "$r")" \
			"$(x "$(m pass2 "$r")" "$(m plain "$r")")" "$(x "$(m pass2 "$r")" "$(m guest "$r")")"
	done
	row4 "KVM in-kernel exits (kvm-stats)" "$(m plain kexits)" "$(m guest kexits)" "$(m pass2 kexits)" \
		"$(x "$(m pass2 kexits)" "$(m plain kexits)")" "$(x "$(m pass2 kexits)" "$(m guest kexits)")"
	row4 "KVM emulated instructions" "$(m plain emul)" "$(m guest emul)" "$(m pass2 emul)" \
		"$(x "$(m pass2 emul)" "$(m plain emul)")" "$(x "$(m pass2 emul)" "$(m guest emul)")"
	echo "(INTR = the host's timer kicks: wall-clock driven, so noisy; on this KVM (PVM) page-table"
	echo " stores never reach user space, and kernel-mode guest code runs in KVM's instruction emulator)"
	echo

	echo "== 6. issue 4: profiling overhead, guest.elf backend=native (as make guest-pass2 profiles it), $runs runs, medians"
	local prev="$work/prof.seed"
	for n in $(seq "$runs"); do
		kboot "pn$n" "$guest" native && kwall "pn$n" >>"$work/pn.wall"
		kboot "pp$n" "$guest" native --profile "$work/prof$n" && kwall "pp$n" >>"$work/pp.wall"
		[ -f "$prev" ] || cp "$work/prof$n" "$prev" 2>/dev/null
		kboot "ps$n" "$guest" native --profile "$work/profs$n" --profile-seed "$prev" &&
			kwall "ps$n" >>"$work/ps.wall"
	done
	local wn wp ws
	mf() { if [ -s "$work/$1" ]; then median <"$work/$1"; fi; }
	wn=$(mf pn.wall) wp=$(mf pp.wall) ws=$(mf ps.wall)
	printf '%-40s %10s %10s %s\n' "" "wall s" "ratio" "exits"
	printf '%-40s %10s %10s %s\n' "normal run" "${wn:--}" "1.000x" "$(kexits pn1)"
	printf '%-40s %10s %10s %s\n' "--profile" "${wp:--}" "$(x "${wp:-}" "${wn:-}")" "$(kexits pp1)"
	printf '%-40s %10s %10s %s\n' "--profile --profile-seed" "${ws:--}" "$(x "${ws:-}" "${wn:-}")" "$(kexits ps1)"
	echo "(wall= is afterburn-kvm's own figure for the guest run; --profile-seed protects every frame that"
	echo " was a table in an earlier profile from the first instruction, so table fills exit too)"
	echo
}

for p in $parts; do
	case $p in
	vtx) bench_vtx ;;
	kvmhost) bench_kvmhost ;;
	*) echo "usage: bench/hosts.sh [vtx] [kvmhost]" >&2; exit 64 ;;
	esac
done
exit $status
