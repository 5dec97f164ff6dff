#!/usr/bin/env bash
# bench/linux.sh - what pre-virtualization costs Linux 6.1 (make bench runs
# it after bench.sh once `make linux` has built the kernels).
#
# build/linux/bzImage (afterburn-cc) against build/linux/plain/bzImage (gcc,
# same tree and config), both with the test /init:
#   1. guest instructions, deterministic: /init's "workload tsc=" (the
#      compute-bound tests; the sleeping ones excluded) and its "boot tsc="
#      (reset to /init's first instruction) under QEMU TCG -icount shift=0,sleep=off
#      and under Bochs (TSC = instruction count); native and trace back end;
#   2. the wedge's boot stub and its rewrite of every site ("boot stub took tsc=");
#   3. image size: vmlinux .text, the allocated bytes (what the image
#      occupies in memory), the bytes in the image (PT_LOAD file sizes:
#      what the decompressor inflates and moves), PT_LOAD memsz (which 2 MiB
#      alignment rounds), and what the kernel keeps after boot with each
#      back end (/init's "ram total" against the plain kernel's);
#   4. LINUX_BUILD=1: a clean `make -j2 bzImage` of each, wall seconds, in
#      scratch output folders (build/linux/obj* are left alone).
# Never fails on a number; non-zero only when a boot fails or a file is missing.
set -u
cd "$(dirname "$0")/.." || exit 1

run=build/bin/afterburn-run
ab=build/linux/bzImage
plain=build/linux/plain/bzImage
status=0
for f in "$run" "$ab" "$plain"; do
	if [ ! -e "$f" ]; then
		echo "bench: $f is missing: run make linux first" >&2
		exit 1
	fi
done
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

BENCH_NAME="bench: linux"
BENCH_STREAM=1	# the wedge's boot-stub line is on the console
. bench/lib.sh
row() { printf '%-40s %14s %14s %10s\n' "$@"; }

echo "== Linux 6.1 /init: afterburn-cc kernel vs plain kernel (guest instructions)"
for t in tcg bochs; do
	opt=(); [ $t = tcg ] && opt=(--icount)
	boot $t-native $t "$ab" "${opt[@]}" --backend native
	boot $t-trace $t "$ab" "${opt[@]}" --backend trace
	boot $t-plain $t "$plain" "${opt[@]}"
done
row "" "afterburn-cc" "plain" "ratio"
for t in tcg bochs; do
	label=$t; [ $t = tcg ] && label="tcg -icount"
	for what in workload boot; do
		p=$(kv "$work/$t-plain.log" "$what tsc")
		for b in native trace; do
			a=$(kv "$work/$t-$b.log" "$what tsc")
			row "$label $what insns, $b" "${a:--}" "${p:--}" "$(xratio "${a:-}" "${p:-}")"
		done
	done
done
echo "(tsc = instructions under -icount shift=0,sleep=off and Bochs; idle time counts too, the same in both)"

echo
echo "== the wedge's rewrite at boot (tsc = guest instructions)"
for t in tcg bochs; do
	for b in native trace; do
		line=$(grep -a 'afterburn: boot stub took' "$work/$t-$b.log" | tail -1)
		echo "$t $b: ${line#afterburn: }"
	done
done

echo
echo "== image"
text() { size -A "$1" | awk '$1 == ".text" { print $2 }'; }
loaded() { local s=0 v; for v in $(readelf -lW "$1" | awk '$1 == "LOAD" { print $6 }'); do s=$((s + v)); done; echo $s; }
row "" "afterburn-cc" "plain" "ratio"
row "vmlinux .text bytes" "$(text build/linux/vmlinux)" "$(text build/linux/plain/vmlinux)" \
	"$(xratio "$(text build/linux/vmlinux)" "$(text build/linux/plain/vmlinux)")"
alloc() { size "$1" | awk 'NR == 2 { print $4 }'; }
# (PT_LOAD file sizes: size(1) counts an executable NOBITS section as text)
filed() { local s=0 v; for v in $(readelf -lW "$1" | awk '$1 == "LOAD" { print $5 }'); do s=$((s + v)); done; echo $s; }
row "allocated bytes (size: text+data+bss)" "$(alloc build/linux/vmlinux)" "$(alloc build/linux/plain/vmlinux)" \
	"$(xratio "$(alloc build/linux/vmlinux)" "$(alloc build/linux/plain/vmlinux)")"
# what the image carries (the slots are NOLOAD: zero until boot, like the bss)
row "bytes in the image (PT_LOAD filesz)" "$(filed build/linux/vmlinux)" "$(filed build/linux/plain/vmlinux)" \
	"$(xratio "$(filed build/linux/vmlinux)" "$(filed build/linux/plain/vmlinux)")"
row "PT_LOAD memsz (2 MiB-aligned segments)" "$(loaded build/linux/vmlinux)" "$(loaded build/linux/plain/vmlinux)" \
	"$(xratio "$(loaded build/linux/vmlinux)" "$(loaded build/linux/plain/vmlinux)")"
# what each kernel keeps once booted: /init's "ram total" (sysinfo), the
# plain kernel's minus the afterburn one's; the native back end gives the
# unused slots back (patch 0010), trace and hypercall keep them
pram=$(kv "$work/tcg-plain.log" "ram total")
pdec=$(alloc build/linux/plain/vmlinux)
for b in native trace; do
	aram=$(kv "$work/tcg-$b.log" "ram total")
	if [ -n "$aram" ] && [ -n "$pram" ] && [ -n "$pdec" ]; then
		kept=$(((pram - aram) * 1024))
		row "kept after boot, $b (plain's ram - its)" "$kept" "$pdec" \
			"$(awk -v a="$kept" -v b="$pdec" 'BEGIN { printf "%.2f%%\n", 100 * a / b }')"
	fi
done
echo "  (bytes the kernel keeps beyond the plain one, against the plain image's allocated bytes)"
for s in afterburn_slots afterburn_sites afterburn_wedge_text; do
	v=$(readelf -SW build/linux/vmlinux | sed 's/^ *\[ *[0-9]*\]//' | awk -v s=$s '$1 == s { print $5 }')
	echo "  $s: $((0x${v:-0})) bytes"
done

echo
echo "== the afterburner against as, on Linux's own assembly (gcc -S of the plain build)"
files="kernel/sched/core kernel/sched/fair mm/memory mm/page_alloc mm/mmap fs/namei fs/exec kernel/fork kernel/signal kernel/time/timer"
if make -s -C build/linux/src O="$PWD/build/linux/obj-plain" AFTERBURN_WEDGE="$PWD/build/wedge/libwedge-linux.a" \
	$(for f in $files; do echo "$f.s"; done) >"$work/s.log" 2>&1; then
	best() {	# "fastest-seconds max-RSS-KB" over 3 runs of "$@" (which must succeed)
		for _ in 1 2 3; do
			/usr/bin/time -f '%e %M' -o "$work/time" "$@" >/dev/null 2>"$work/time.err" ||
				{ echo "bench: $* failed: $(head -n 2 "$work/time.err")" >&2; status=1; }
			tail -n 1 "$work/time"
		done | sort -g | head -1
	}
	bytes=0 ta=0 tg=0 tb=0 ra=0 rg=0
	for f in $files; do
		in=build/linux/obj-plain/$f.s
		bytes=$((bytes + $(stat -c %s "$in")))
		read -r t r <<<"$(best build/bin/afterburn "$in" -o "$work/ab.s")"
		ta=$(echo "$ta + $t" | bc); [ "$r" -gt "$ra" ] && ra=$r
		read -r t r <<<"$(best as "$in" -o "$work/o.o")"
		tg=$(echo "$tg + $t" | bc); [ "$r" -gt "$rg" ] && rg=$r
		read -r t _ <<<"$(best as "$work/ab.s" -o "$work/ab.o")"
		tb=$(echo "$tb + $t" | bc)
	done
	mb=$(awk -v b="$bytes" 'BEGIN { printf "%.1f", b / 1048576 }')
	row "$(echo $files | wc -w) files, $mb MB of .s" "afterburn" "as" ""
	row "  seconds (sum of best of 3)" "$ta" "$tg" "$(xratio "$ta" "$tg")"
	row "  seconds per MB" "$(echo "scale=3; $ta / $mb" | bc)" "$(echo "scale=3; $tg / $mb" | bc)" ""
	row "  max RSS KB" "$ra" "$rg" "$(xratio "$ra" "$rg")"
	row "  as on afterburn's output, seconds" "$tb" "$tg" "$(xratio "$tb" "$tg")"
else
	echo "bench: could not make the .s files:"; tail -n 3 "$work/s.log"
fi

if [ "${LINUX_BUILD:-0}" = 1 ]; then
	echo
	echo "== build: clean make -j2 bzImage, same tree and config (wall seconds)"
	wedge=$PWD/build/wedge/libwedge-linux.a
	for v in afterburn plain; do
		cc=gcc; [ $v = afterburn ] && cc="$PWD/build/bin/afterburn-cc gcc"
		obj=$work/obj-$v
		mkdir -p "$obj"
		src=build/linux/obj; [ $v = plain ] && src=build/linux/obj-plain
		cp "$src/.config" "$obj/.config"
		t0=$(date +%s.%N)
		make -s -C build/linux/src O="$obj" CC="$cc" AFTERBURN_WEDGE="$wedge" -j2 bzImage \
			>"$work/build-$v.log" 2>&1 || { echo "bench: $v build failed" >&2; status=1; }
		eval "t_$v=$(echo "$(date +%s.%N) - $t0" | bc)"
		rm -rf "$obj"
	done
	row "make -j2 bzImage, seconds" "$t_afterburn" "$t_plain" "$(xratio "$t_afterburn" "$t_plain")"
fi
exit $status
