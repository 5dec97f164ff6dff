#!/usr/bin/env bash
# bench/linux-bootphases.sh - where the afterburn-cc Linux kernel's boot
# spends the guest instructions the plain kernel does not (issue 8).
#
# Boots build/linux/bzImage (native back end) and build/linux/plain/bzImage
# once each under QEMU TCG -icount with the runner's own emulator command
# (afterburn-run --dry-run -v) plus -d in_asm,exec,nochain into a FIFO;
# bench/bootphases.py counts the instructions of every block executed, up
# to the first block of STOP, and prints
#   1. the count at each boot phase's first instruction, both kernels side
#      by side (pm_entry: the 32-bit entry of the bzImage, i.e. BIOS and
#      setup done; vmlinux_startup_64: the decompressor done; then kernel
#      functions), and what each phase adds to the difference;
#   2. the TOP (default 30) functions whose counts differ most (addresses
#      below 16 MiB physical: the decompressor and firmware, by range).
# Deterministic (a rerun gives the same numbers).  Every block executed is
# a log line: STOP=tsc_early_init (the default: everything before Linux's
# clock runs) takes ~1 min a kernel; STOP=run_init_process (/init) half an
# hour or more (~270M instructions).  The later phases are cheaper with
# PRINTK=1: two boots with printk.time=1 initcall_debug under -icount, where
# a timestamp's ns is a guest instruction, compared message by message.
# Environment: STOP=marker, TOP=N, PRINTK=1, BENCH_KEEP=DIR (keep the files).
# Needs python3.  Never fails on a number; non-zero when a file is missing.
set -u
cd "$(dirname "$0")/.." || exit 1
run=build/bin/afterburn-run
stop=${STOP:-tsc_early_init}
top=${TOP:-30}
for f in "$run" build/linux/bzImage build/linux/vmlinux build/linux/plain/bzImage build/linux/plain/vmlinux; do
	[ -e "$f" ] || { echo "bench: $f is missing: run make linux first" >&2; exit 1; }
done
command -v python3 >/dev/null || { echo "bench: python3 is missing" >&2; exit 1; }
BENCH_NAME="bench: linux-bootphases"
. bench/lib.sh
bench_workdir

# the markers: phase starts, in boot order (a missing symbol is left out)
marks() {
	local vml=$1 s a
	echo "pm_entry 100000"
	# the decompressor jumps to vmlinux's startup_64 at its load address
	readelf -lW "$vml" | awk '$1 == "LOAD" { sub(/^0x0*/, "", $4); print "vmlinux_startup_64", $4; exit }'
	for s in x86_64_start_kernel start_kernel setup_arch afterburn_wedge_boot tsc_early_init \
		trap_init mem_init alternative_instructions rest_init kernel_init \
		free_initmem mark_rodata_ro run_init_process; do
		a=$(nm "$vml" | awk -v s=$s '$3 == s && ($2 == "T" || $2 == "t") { print $1; exit }')
		[ -n "$a" ] && echo "$s $a"
	done
}

# one kernel: NAME IMAGE VMLINUX [afterburn-run options]
profile() {
	local name=$1 img=$2 vml=$3 line
	shift 3
	marks "$vml" >"$work/$name.marks"
	nm -n "$vml" >"$work/$name.nm"
	line=$("$run" --on tcg --icount "$@" --dry-run -v "$img" 2>&1 | sed -n "s/^afterburn-run: emulator: //p")
	[ -n "$line" ] || { echo "bench: afterburn-run --dry-run gave no emulator command" >&2; exit 1; }
	eval "local cmd=($line)"
	local i
	for i in "${!cmd[@]}"; do	# the dry run's serial file is gone: ours
		case ${cmd[$i]} in file:*) cmd[$i]=file:$work/$name.serial ;; esac
	done
	rm -f "$work/$name.fifo"
	mkfifo "$work/$name.fifo"
	python3 bench/bootphases.py count "$work/$name.fifo" "$work/$name.marks" "$stop" "$work/$name.count" &
	local counter=$!
	"${cmd[@]}" -d in_asm,exec,nochain -D "$work/$name.fifo" </dev/null >/dev/null 2>"$work/$name.err" &
	local qemu=$!
	wait $counter || { echo "bench: counting $name failed" >&2; status=1; }
	kill $qemu 2>/dev/null
	wait $qemu 2>/dev/null
}

if [ "${PRINTK:-0}" = 1 ]; then
	for k in afterburn plain; do
		img=build/linux/bzImage vml=build/linux/vmlinux opt=(--backend native)
		[ $k = plain ] && img=build/linux/plain/bzImage vml=build/linux/plain/vmlinux opt=()
		nm -n "$vml" >"$work/$k.nm"
		"$run" --on tcg --icount ${opt[@]+"${opt[@]}"} --append "printk.time=1 ignore_loglevel initcall_debug" \
			"$img" >"$work/$k.console" 2>&1 </dev/null || { echo "bench: the $k boot failed" >&2; status=1; }
	done
	echo "== console timestamps under -icount (us = 1000 instructions): afterburn-cc (native) minus plain"
	python3 bench/bootphases.py printk "$work/afterburn.console" "$work/afterburn.nm" \
		"$work/plain.console" "$work/plain.nm"
	for k in afterburn plain; do echo "$k: $(grep -a -o 'boot tsc=[0-9]*' "$work/$k.console")"; done
	exit $status
fi
profile afterburn build/linux/bzImage build/linux/vmlinux --backend native
profile plain build/linux/plain/bzImage build/linux/plain/vmlinux
echo "== guest instructions executed from reset to $stop (QEMU TCG, -d exec): afterburn-cc (native) vs plain"
python3 bench/bootphases.py report "$work/afterburn.count" "$work/afterburn.nm" \
	"$work/plain.count" "$work/plain.nm" "$top"
exit $status
