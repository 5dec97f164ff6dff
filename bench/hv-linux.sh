#!/usr/bin/env bash
# bench/hv-linux.sh - make bench, issue 9: Linux 6.1 on our VT-x hypervisor.
#
# The SAME build/linux/bzImage (with its /init, patches/init/) at each Bochs
# ips of BENCH_IPS (default "100000000 10000000"), through afterburn-run:
#   (a) bare Bochs (--on bochs),
#   (b) the hypervisor, trap-and-emulate (--on vtx --backend native),
#   (c) the hypervisor, pre-virtualized (--on vtx, default back end:
#       hypercall, which the wedge picks on our hypervisor).
# Bochs' TSC counts instructions, the hypervisor's included, so /init's
# "workload tsc=" (tests 1-3 and 6) is guest plus hypervisor instructions
# under (b)/(c) and guest instructions under (a).
#  P2: workload-window VM exits (b)/(c), target >= 10x; workload
#      instructions (b)/(c), target >= 3x.
#  P3: workload instructions (c)/(a), target <= 1.05x.
# The window's exits come from the hypervisor (hv_exitstat.c): from /init's
# "afterburn-init:" line to its "afterburn-guest: workload" line, which
# also holds the timer and sleep tests (their timer exits); by reason, the
# ones taken in user mode (user code has no sites: nothing pre-virtualization
# can remove), the hypervisor's own instructions, and the ten hottest guest
# sites of each mode, named from vmlinux (and /init for user addresses).
#  Profiling overhead: (b) again with --profile (hv.profile: EPT write
#  protection of the page tables, each store an EPT violation and a #DB
#  exit), workload instructions with and without (BENCH_PROFILE=0 skips it:
#  a run takes minutes).  BENCH_KEEP=DIR keeps every run's files.
# Prints; never fails on a figure (exit non-zero only when a boot fails or a
# file is missing).
set -u
cd "$(dirname "$0")/.." || exit 1

run=build/bin/afterburn-run
bz=build/linux/bzImage
vmlinux=build/linux/vmlinux
init=build/linux/init
status=0
for f in "$run" "$bz" "$vmlinux" build/linux/initramfs.cpio; do
	if [ ! -e "$f" ]; then
		echo "bench: $f is missing: run make linux first" >&2
		exit 1
	fi
done
if ! why=$("$run" --on vtx --check 2>&1) || ! "$run" --on bochs --check >/dev/null 2>&1; then
	echo "== issue 9: Linux on the VT-x hypervisor: vtx unusable here: ${why#afterburn-run: }"
	exit 0
fi
# BENCH_KEEP=DIR keeps every run's files (serial logs, Bochs logs) there
. bench/lib.sh	# bench_workdir (this script keeps its own kv and boot)
bench_workdir

# boot NAME TARGET IPS [options]: $work/NAME.log, files in $work/NAME
boot() {
	local name=$1 target=$2 ips=$3
	shift 3
	"$run" --on "$target" --ips "$ips" --timeout 1200 --quiet --keep "$work/$name" "$@" "$bz" \
		>"$work/$name.log" 2>&1 </dev/null
	local rc=$?
	if [ $rc -ne 0 ]; then
		echo "bench: $name ($target $*) failed (exit $rc):" >&2
		tail -n 6 "$work/$name.log" | sed 's/^/  | /' >&2
		status=1
	fi
}
ser() { cat "$work/$1/serial.txt" 2>/dev/null; }
wtsc() { grep -a -o 'workload_tsc=[0-9]*' "$work/$1.log" | tail -1 | cut -d= -f2; }
kv() { tr ' ' '\n' <<<"$1" | sed -n "s/^$2=//p" | head -1; }
# the window's exits line, "total=N reason=N ..."
wexits() { ser "$1" | sed -n 's/^hv: exits in workload window[^:]*: \(total=.*\)/\1/p' | tail -1; }
wuser() { ser "$1" | sed -n 's/^hv: exits in workload window taken in user mode: //p' | tail -1; }
whv() { ser "$1" | sed -n 's/^hv: hypervisor instructions in workload window: \([0-9]*\).*/\1/p' | tail -1; }
hvran() { ser "$1" | sed -n 's/^hv: guest ran \([0-9]*\) TSC ticks.*/\1/p' | tail -1; }
runexits() { ser "$1" | sed -n 's/^exits: total=\([0-9]*\).*/\1/p' | tail -1; }
x() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9.]+$/ && b ~ /^[0-9.]+$/ && b > 0) printf "%.3fx\n", a / b; else print "-" }'; }
sub() { awk -v a="$1" -v b="$2" 'BEGIN { if (a ~ /^[0-9]+$/ && b ~ /^[0-9]+$/) print a - b; else print "-" }'; }
row() { printf '%-44s %14s %14s %14s %10s %10s\n' "$@"; }

# symbol+offset of ADDR (hex) in IMAGE; mawk has no 64-bit integers, so the
# low 32 bits are compared (kernel text and /init each lie in one 4 GiB span)
symbolize() {
	local img=$1 addr=$2
	[ -e "$img" ] || { echo "?"; return; }
	nm -n --defined-only "$img" 2>/dev/null | awk -v A="$addr" '
		function h(s,   i, v, c) { v = 0; s = tolower(s); sub(/^0x/, "", s)
			if (length(s) > 8) s = substr(s, length(s) - 7)
			for (i = 1; i <= length(s); i++) { c = index("0123456789abcdef", substr(s, i, 1)) - 1; v = v * 16 + c }
			return v }
		BEGIN { a = h(A) }
		$2 ~ /^[tTwW]$/ { v = h($1); if (v <= a) { best = $3; bv = v } }
		END { if (best == "") print "?"; else printf "%s+0x%x\n", best, a - bv }'
}
# a RIP in the wedge's slots (afterburn_slots: one 96-byte slot per site, in
# record order, as afterburn-sites list prints them) names the site it stands for
abs=build/bin/afterburn-sites
slotname() {
	local rip=$1 start
	start=$(nm "$vmlinux" 2>/dev/null | awk '$3 == "__afterburn_slots_start" { print $1 }')
	[ -n "$start" ] && [ -x "$abs" ] || return 1
	local off=$(( (16#${rip#0x} & 0xffffffff) - (16#$start & 0xffffffff) ))
	[ "$off" -ge 0 ] || return 1
	[ -s "$work/sites.txt" ] || "$abs" list "$vmlinux" >"$work/sites.txt" 2>/dev/null
	awk -v i=$((off / 96 + 2)) -v o=$((off % 96)) 'NR == i { printf "slot+%d of the %s site at %s\n", o, $3, $2 }' "$work/sites.txt"
}
sites() {	# NAME: the hottest sites, one line each
	ser "$1" | sed -n 's/^hv: exit site rip=\(0x[0-9a-f]*\) reason=\([a-z_0-9?]*\) count=\([0-9]*\)$/\1 \2 \3/p' |
	while read -r rip reason count; do
		local img=$vmlinux where=kernel
		case $rip in 0xffff*) ;; *) img=$init where="user, /init" ;; esac
		local name
		name=$(symbolize "$img" "$rip")
		case $name in __afterburn_slots_start+*) name=$(slotname "$rip" || echo "$name") ;; esac
		printf '    %8s  %-14s %-18s %s (%s)\n' "$count" "$reason" "$rip" "$name" "$where"
	done
}

for ips in ${BENCH_IPS:-100000000 10000000}; do
	echo "== issue 9: Linux 6.1 /init on our VT-x hypervisor, Bochs ips=$ips (same bzImage: $(sha256sum "$bz" | cut -c1-16)...)"
	a=a$ips b=b$ips c=c$ips
	boot "$a" bochs "$ips"
	boot "$b" vtx "$ips" --backend native
	boot "$c" vtx "$ips"
	eb=$(wexits "$b") ec=$(wexits "$c")
	row "" "(a) bare" "(b) hv native" "(c) hv hcall" "(c)/(a)" "(b)/(c)"
	row "workload instructions (guest TSC)" "$(wtsc $a)" "$(wtsc $b)" "$(wtsc $c)" \
		"$(x "$(wtsc $c)" "$(wtsc $a)")" "$(x "$(wtsc $b)" "$(wtsc $c)")"
	row "  over bare (hypervisor + wedge)" "0" "$(sub "$(wtsc $b)" "$(wtsc $a)")" \
		"$(sub "$(wtsc $c)" "$(wtsc $a)")" "-" \
		"$(x "$(sub "$(wtsc $b)" "$(wtsc $a)")" "$(sub "$(wtsc $c)" "$(wtsc $a)")")"
	row "  hypervisor's exit handling (window)" "-" "$(whv $b)" "$(whv $c)" "-" "$(x "$(whv $b)" "$(whv $c)")"
	row "window VM exits" "0" "$(kv "$eb" total)" "$(kv "$ec" total)" "-" \
		"$(x "$(kv "$eb" total)" "$(kv "$ec" total)")"
	row "  taken in user mode (no sites there)" "0" "$(wuser $b)" "$(wuser $c)" "-" "-"
	kb=$(sub "$(kv "$eb" total)" "$(wuser $b)") kc=$(sub "$(kv "$ec" total)" "$(wuser $c)")
	row "  taken in the kernel" "0" "$kb" "$kc" "-" "$(x "$kb" "$kc")"
	for r in $( (tr ' ' '\n' <<<"$eb $ec") | sed -n 's/=.*//p' | grep -v '^total$' | sort -u); do
		nb=$(kv "$eb" "$r") nc=$(kv "$ec" "$r")
		row "  exits $r" "-" "${nb:-0}" "${nc:-0}" "-" "$(x "${nb:-0}" "${nc:-0}")"
	done
	row "whole guest run: VM exits" "0" "$(runexits $b)" "$(runexits $c)" "-" "$(x "$(runexits $b)" "$(runexits $c)")"
	row "whole guest run: TSC (idle included)" "-" "$(hvran $b)" "$(hvran $c)" "-" "$(x "$(hvran $b)" "$(hvran $c)")"
	echo "(c) wedge: $(grep -a -m1 '^afterburn-run: guest ' "$work/$c.log" | sed 's/^afterburn-run: guest //')"
	echo "(b) hottest window exit sites:"
	sites "$b"
	echo "(c) hottest window exit sites:"
	sites "$c"
	awk -v eb="$(kv "$eb" total)" -v ec="$(kv "$ec" total)" -v kb="$kb" -v kc="$kc" -v a="$(wtsc $a)" \
		-v b="$(wtsc $b)" -v c="$(wtsc $c)" 'BEGIN {
		if (ec > 0) printf "P2 target (b)/(c) window exits >= 10x: %.1fx %s (kernel-mode exits: %.1fx)\n", eb / ec, (eb / ec >= 10) ? "met" : "NOT met", (kc > 0) ? kb / kc : 0
		if (c > 0) printf "P2 target (b)/(c) workload instructions >= 3x: %.2fx %s (bare Bochs bounds it at (b)/(a) = %.2fx)\n", b / c, (b / c >= 3) ? "met" : "NOT met", (a > 0) ? b / a : 0
		if (a > 0) printf "P3 target (c)/(a) workload instructions <= 1.05x: %.3fx %s\n", c / a, (c / a <= 1.05) ? "met" : "NOT met" }'

	if [ "${BENCH_PROFILE:-1}" = 0 ]; then
		echo "profiling overhead: skipped (BENCH_PROFILE=0)"
		echo
		continue
	fi
	boot "p$ips" vtx "$ips" --backend native --profile "$work/p$ips.prof"
	echo "profiling overhead (vtx, --backend native): workload instructions $(wtsc $b) without," \
		"$(wtsc p$ips) with --profile: $(x "$(wtsc p$ips)" "$(wtsc $b)"); whole-run exits" \
		"$(runexits $b) vs $(runexits p$ips)"
	echo
done
exit $status
