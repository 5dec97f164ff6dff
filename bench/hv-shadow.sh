#!/usr/bin/env bash
# bench/hv-shadow.sh - make bench: the VT-x hypervisor's two MMU modes (issue 12)
# on the sample guest (its pgstress phase, process creation and teardown,
# the scheduler's CR3 switches), all at Bochs ips BENCH_IPS (default 10 M),
# whose TSC counts instructions (guest and hypervisor):
#
#   ept                guest.elf native             EPT only (page-table stores free)
#   ept+pv             guest-pass2.elf hypercall     EPT, pt-write sites ptwrite=slot
#   shadow             guest.elf native             shadow, every table store an EPT
#                                                   violation, decoded and emulated
#   shadow+hc-store    guest-pass2.elf hypercall     shadow, ptwrite=batch: each store
#                                                   queued and flushed (one vmcall),
#                                                   applied by the hypervisor
#   shadow+pv          guest-pass2.elf hypercall     shadow, ptwrite=note: the wedge
#                                                   stores, notes ride in the batch
#
# Rows: exits, instructions ("guest ran N TSC ticks"), page-table exits
# (write-protect EPT violations + vmcalls/flushes made for table stores), the
# per-reason counts (CR3 loads, #PF, write-protect, invlpg, hypercall, batch
# flush; `cr` also counts MOV from CR3, which exits under shadow) and the
# cost of one shadow fill (hypervisor TSC ticks per filled #PF).
# guest-pass2.elf comes from `make guest-pass2` (PROFILE_HOST=vtx works
# without /dev/kvm); without it those columns are "-".
# Never fails on a figure; exit non-zero only if a boot fails.
set -u
cd "$(dirname "$0")/.." || exit 1
run=build/bin/afterburn-run
guest=build/guest/guest.elf
pass2=build/guest/guest-pass2.elf
ips=${BENCH_IPS:-10000000}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
status=0

# boot NAME MMU IMAGE CMDLINE
boot() {
	local name=$1 mmu=$2 img=$3 cmd=$4
	if [ ! -f "$img" ]; then
		: >"$work/$name.log"
		return
	fi
	"$run" --on vtx --mmu "$mmu" --ips "$ips" --timeout 600 "$img" -- $cmd >"$work/$name.log" 2>&1 </dev/null
	local rc=$?
	if [ $rc -ne 0 ]; then
		echo "bench: $name failed (exit $rc)" >&2
		tail -n 5 "$work/$name.log" >&2
		status=1
	fi
}
# get NAME LINE-PREFIX KEY: KEY=N from the first line starting with LINE-PREFIX
get() {
	local v
	v=$(grep -a "^$2" "$work/$1.log" | head -n 1 | grep -oE "(^| )$3=[0-9]+" | head -n 1 | cut -d= -f2)
	echo "${v:--}"
}
ran() { local v; v=$(grep -a '^hv: guest ran' "$work/$1.log" | awk '{print $4}'); echo "${v:--}"; }
fill() { local v; v=$(grep -a '^hv: shadow: fill cost' "$work/$1.log" | awk '{print $5}'); echo "${v:--}"; }
flushes() {
	local v
	v=$(grep -a 'pt-write mode=' "$work/$1.log" | grep -oE 'flushes=[0-9]+' | cut -d= -f2)
	echo "${v:-0}"
}
num() { [[ "$1" =~ ^[0-9]+$ ]] && echo "$1" || echo 0; }

modes="ept ept+pv shadow shadow+hc-store shadow+pv"
boot ept ept "$guest" "afterburn.backend=native"
boot ept+pv ept "$pass2" "afterburn.backend=hypercall"
boot shadow shadow "$guest" "afterburn.backend=native"
boot shadow+hc-store shadow "$pass2" "afterburn.backend=hypercall afterburn.ptwrite=batch"
boot shadow+pv shadow "$pass2" "afterburn.backend=hypercall afterburn.ptwrite=note"

row() { printf '%-26s' "$1"; shift; printf ' %16s' "$@"; echo; }
echo "== hv-shadow: sample guest (pgstress + workload), Bochs ips $ips, instructions = Bochs TSC ticks"
row "" $modes
declare -A pt
for m in $modes; do
	wp=$(num "$(get "$m" 'exits:' ept_violation)")
	case $m in
	shadow+hc-store) pt[$m]=$(( wp + $(flushes "$m") )) ;;	# one vmcall per store
	shadow+pv) pt[$m]=$(( wp + $(flushes "$m") )) ;;
	ept*) pt[$m]=0 ;;
	*) pt[$m]=$wp ;;
	esac
	[ -s "$work/$m.log" ] || pt[$m]=-
done

row "exits total" $(for m in $modes; do get "$m" 'exits:' total; done)
row "instructions (guest ran)" $(for m in $modes; do ran "$m"; done)
row "page-table exits" $(for m in $modes; do echo "${pt[$m]}"; done)
row "  write-protect (EPT viol.)" $(for m in $modes; do get "$m" 'exits:' ept_violation; done)
row "  hypercall (vmcall)" $(for m in $modes; do get "$m" 'exits:' vmcall; done)
row "  batch flush (full batch)" $(for m in $modes; do [ -s "$work/$m.log" ] && flushes "$m" || echo -; done)
row "#PF exits" $(for m in $modes; do get "$m" 'exits:' exception; done)
row "CR3 loads" $(for m in $modes; do get "$m" 'hv: shadow: cr3_loads' cr3_loads; done)
row "cr exits (loads + reads)" $(for m in $modes; do get "$m" 'exits:' cr; done)
row "invlpg exits" $(for m in $modes; do get "$m" 'exits:' invlpg; done)
row "timer exits" $(for m in $modes; do get "$m" 'exits:' timer; done)
row "shadow fills" $(for m in $modes; do get "$m" 'hv: shadow: cr3_loads' fills; done)
row "cost per fill (TSC ticks)" $(for m in $modes; do fill "$m"; done)
row "stores emulated" $(for m in $modes; do get "$m" 'hv: shadow: cr3_loads' wp_emul; done)
row "notes / frames opened" $(for m in $modes; do n=$(get "$m" 'hv: shadow: notes' notes); o=$(get "$m" 'hv: shadow: notes' opens); echo "$n/$o"; done)
sh=$(num "${pt[shadow]}") pv=$(num "${pt[shadow+pv]}")
ept_i=$(num "$(ran ept)") pv_i=$(num "$(ran shadow+pv)") sh_i=$(num "$(ran shadow)")
awk -v a="$sh" -v b="$pv" 'BEGIN { if (b > 0) printf "page-table exits, shadow native / shadow+pv: %.1fx (target >= 5x)\n", a / b }'
awk -v a="$pv_i" -v b="$ept_i" 'BEGIN { if (b > 0) printf "instructions, shadow+pv / ept: %.3fx (target <= 1.5x; Linux /init not measured here)\n", a / b }'
awk -v a="$sh_i" -v b="$ept_i" 'BEGIN { if (b > 0) printf "instructions, shadow native / ept: %.3fx\n", a / b }'
exit $status
