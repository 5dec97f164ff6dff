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
#
# Then Linux 6.1 to its /init (the same rows, and /init's workload_tsc):
#
#   ept                linux/bzImage        default    EPT (the wedge picks hypercall)
#   shadow             linux/bzImage        native     shadow, trap and emulate
#   shadow+hc          linux/bzImage        default    shadow, hypercall back end; pass
#                                                   one has no pt-write sites, so its
#                                                   table stores still trap
#   shadow+pv          linux-pass2/bzImage  default    shadow, ptwrite=note (--append)
#
# build/linux comes from `make linux`, build/linux-pass2 from `make
# linux-pass2`; a missing one skips its rows, saying why (BENCH_LINUX=0
# skips Linux: four boots of several minutes each; BENCH_SAMPLE=0 skips
# the sample guest's boots).
# Never fails on a figure; exit non-zero only if a boot fails.
set -u
cd "$(dirname "$0")/.." || exit 1
run=build/bin/afterburn-run
guest=build/guest/guest.elf
pass2=build/guest/guest-pass2.elf
ips=${BENCH_IPS:-10000000}
# BENCH_KEEP=DIR keeps every run's log and files (--keep: serial, Bochs log) there
. bench/lib.sh	# bench_workdir (this script keeps its own kv and boot)
bench_workdir
status=0

# boot NAME MMU IMAGE CMDLINE [afterburn-run options]
boot() {
	local name=$1 mmu=$2 img=$3 cmd=$4
	shift 4
	if [ ! -f "$img" ]; then
		: >"$work/$name.log"
		return
	fi
	"$run" --on vtx --mmu "$mmu" --ips "$ips" --timeout "${tmo:-600}" ${BENCH_KEEP:+--keep "$work/$name"} "$@" "$img" ${cmd:+-- $cmd} >"$work/$name.log" 2>&1 </dev/null
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
[ "${BENCH_SAMPLE:-1}" = 0 ] && guest=/nonexistent pass2=/nonexistent	# Linux only
boot ept ept "$guest" "afterburn.backend=native"
boot ept+pv ept "$pass2" "afterburn.backend=hypercall"
boot shadow shadow "$guest" "afterburn.backend=native"
boot shadow+hc-store shadow "$pass2" "afterburn.backend=hypercall afterburn.ptwrite=batch"
boot shadow+pv shadow "$pass2" "afterburn.backend=hypercall afterburn.ptwrite=note"

row() { printf '%-26s' "$1"; shift; printf ' %16s' "$@"; echo; }
# a wedge older than ptwrite=note falls back to slot and says so: its
# shadow+pv column would silently be trap and emulate (a stale
# guest-pass2.elf: `make` does not rebuild it, `make guest-pass2` does)
stale() {
	[ -s "$work/$1.log" ] && grep -aq 'unknown afterburn.ptwrite= value' "$work/$1.log" &&
		echo "WARNING: $1: the wedge does not know ptwrite=note (a stale image; rebuild it): its figures are not notes"
}
# table PREFIX MODES...: the rows for the boots $work/PREFIX$mode.log; the
# page-table exits of a shadow mode are its write-protect EPT violations
# plus the vmcalls the wedge made for table stores (a full batch of notes,
# or one per store under ptwrite=batch)
table() {
	local p=$1 m wp
	shift
	local modes="$*"
	row "" $modes
	declare -gA pt=()
	for m in $modes; do
		wp=$(num "$(get "$p$m" 'exits:' ept_violation)")
		case $m in
		ept*) pt[$m]=0 ;;
		*) pt[$m]=$(( wp + $(flushes "$p$m") )) ;;
		esac
		[ -s "$work/$p$m.log" ] || pt[$m]=-
	done
	row "exits total" $(for m in $modes; do get "$p$m" 'exits:' total; done)
	row "instructions (guest ran)" $(for m in $modes; do ran "$p$m"; done)
	row "page-table exits" $(for m in $modes; do echo "${pt[$m]}"; done)
	row "  write-protect (EPT viol.)" $(for m in $modes; do get "$p$m" 'exits:' ept_violation; done)
	row "  hypercall (vmcall)" $(for m in $modes; do get "$p$m" 'exits:' vmcall; done)
	row "  batch flush (full batch)" $(for m in $modes; do [ -s "$work/$p$m.log" ] && flushes "$p$m" || echo -; done)
	row "#PF exits" $(for m in $modes; do get "$p$m" 'exits:' exception; done)
	row "CR3 loads" $(for m in $modes; do get "$p$m" 'hv: shadow: cr3_loads' cr3_loads; done)
	row "cr exits (loads + reads)" $(for m in $modes; do get "$p$m" 'exits:' cr; done)
	row "invlpg exits" $(for m in $modes; do get "$p$m" 'exits:' invlpg; done)
	row "timer exits" $(for m in $modes; do get "$p$m" 'exits:' timer; done)
	row "shadow fills" $(for m in $modes; do get "$p$m" 'hv: shadow: cr3_loads' fills; done)
	row "cost per fill (TSC ticks)" $(for m in $modes; do fill "$p$m"; done)
	row "stores emulated" $(for m in $modes; do get "$p$m" 'hv: shadow: cr3_loads' wp_emul; done)
	row "notes / frames opened" $(for m in $modes; do n=$(get "$p$m" 'hv: shadow: notes' notes); o=$(get "$p$m" 'hv: shadow: notes' opens); echo "$n/$o"; done)
}
# ratios WHAT PREFIX: the issue's two targets and shadow native's cost
ratios() {
	local what=$1 p=$2
	local sh pv ept_i pv_i sh_i
	sh=$(num "${pt[shadow]}") pv=$(num "${pt[shadow+pv]}")
	ept_i=$(num "$(ran ${p}ept)") pv_i=$(num "$(ran ${p}shadow+pv)") sh_i=$(num "$(ran ${p}shadow)")
	awk -v a="$sh" -v b="$pv" -v w="$what" 'BEGIN { if (b > 0) printf "%s: page-table exits, shadow native / shadow+pv: %.1fx (target >= 5x: %s)\n", w, a / b, (a / b >= 5) ? "met" : "NOT met" }'
	awk -v a="$pv_i" -v b="$ept_i" -v w="$what" 'BEGIN { if (b > 0 && a > 0) printf "%s: instructions, shadow+pv / ept: %.3fx (target <= 1.5x: %s)\n", w, a / b, (a / b <= 1.5) ? "met" : "NOT met" }'
	awk -v a="$sh_i" -v b="$ept_i" -v w="$what" 'BEGIN { if (b > 0 && a > 0) printf "%s: instructions, shadow native / ept: %.3fx\n", w, a / b }'
}

echo "== hv-shadow: sample guest (pgstress + workload), Bochs ips $ips, instructions = Bochs TSC ticks"
if [ "${BENCH_SAMPLE:-1}" = 0 ]; then
	echo "skipped: BENCH_SAMPLE=0"
else
	table "" $modes
	stale shadow+pv
	ratios "sample guest" ""
fi

# ---- Linux 6.1 to its /init ----
lx=build/linux/bzImage lx2=build/linux-pass2/bzImage
echo
echo "== hv-shadow: Linux 6.1 /init, Bochs ips $ips, instructions = Bochs TSC ticks of the whole run"
if [ "${BENCH_LINUX:-1}" = 0 ]; then
	echo "skipped: BENCH_LINUX=0"
	exit $status
fi
if [ ! -f "$lx" ] || [ ! -f build/linux/initramfs.cpio ]; then
	echo "skipped: $lx or its initramfs.cpio is missing (make linux)"
	exit $status
fi
[ -f "$lx2" ] && [ -f build/linux-pass2/initramfs.cpio ] ||
	echo "shadow+pv skipped: $lx2 or its initramfs.cpio is missing (make linux-pass2)"
tmo=1800
boot lx-ept ept "$lx" ""
boot lx-shadow shadow "$lx" "" --backend native
boot lx-shadow+hc shadow "$lx" ""
boot lx-shadow+pv shadow "$lx2" "" --append afterburn.ptwrite=note
lxmodes="ept shadow shadow+hc shadow+pv"
table lx- $lxmodes
stale lx-shadow+pv
row "/init workload_tsc" $(for m in $lxmodes; do v=$(grep -a -o 'workload_tsc=[0-9]*' "$work/lx-$m.log" | tail -n 1 | cut -d= -f2); echo "${v:--}"; done)
row "wedge back end" $(for m in $lxmodes; do v=$(grep -a -m1 '^afterburn-run: guest platform' "$work/lx-$m.log" | grep -o 'backend=[a-z]*' | cut -d= -f2); echo "${v:--}"; done)
ratios "Linux /init" lx-
exit $status
