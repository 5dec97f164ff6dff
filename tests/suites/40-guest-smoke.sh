#!/usr/bin/env bash
# tests/suites/40-guest-smoke.sh - quick QEMU TCG smoke test of the sample
# guest: boots build/guest/guest-plain.elf and build/guest/guest.elf (native
# and trace back ends) directly with qemu-system-x86_64 under timeout and
# asserts the verdict line, QEMU's exit status (33 = isa-debug-exit 0x10),
# no "not ok" line, and the wedge's report.  Also: the image layout the
# loaders rely on, a bad afterburn.backend= value turning the verdict into
# FAIL (status 35), and a hypercall request falling back to native.
# The full matrix (tcg, bochs, kvm) is tests/suites/90-boot-matrix.sh.
set -u
. "$(dirname "$0")/../lib.sh"

guest=build/guest/guest.elf
plain=build/guest/guest-plain.elf
secs=${GUEST_SMOKE_TIMEOUT:-60}

if ! command -v qemu-system-x86_64 >/dev/null; then
	echo "skip - guest-smoke: qemu-system-x86_64 not installed"
	exit 0
fi
for img in "$guest" "$plain"; do
	[ -f "$img" ] || echo "not ok - guest-smoke: $img is missing (run make)"
done

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# boot IMAGE APPEND [QEMU ARGS...] -> sets $log and $rc
boot() {
	local img=$1 app=$2
	shift 2
	log=$work/serial.$RANDOM.log
	timeout "$secs" qemu-system-x86_64 -accel tcg "$@" -kernel "$img" -append "$app" \
		-nographic -no-reboot -serial "file:$log" -monitor none -display none \
		-device isa-debug-exit,iobase=0xf4,iosize=4 >"$log.qemu" 2>&1
	rc=$?
}

# check NAME CONDITION-RESULT(0/1) WHY comes from lib.sh (no TL_PREFIX here);
# show is this suite's own: the interesting lines of the last boot's log.
show() { grep -a -E '^not ok|PANIC|afterburn:' "$log" | head -5 | sed 's/^/  | /'; }

layout() {
	local img=$1 n=$(basename "$1")
	[ -f "$img" ] || return
	local cls first flags
	cls=$(readelf -h "$img" 2>/dev/null | awk '/Class:/ {print $2}')
	check "guest-smoke: $n is ELF64" "$([ "$cls" = ELF64 ]; echo $?)" "class $cls"
	first=$(readelf -SW "$img" | awk '$2 ~ /^\[/ {next} /^ *\[ *1\]/ {print $3, $9}')
	flags=${first#* }
	check "guest-smoke: $n multiboot header section first, allocated, not executable" \
		"$([ "${first%% *}" = .multiboot ] && [[ $flags == *A* ]] && [[ $flags != *X* ]]; echo $?)" \
		"first section: $first"
	local loads
	loads=$(readelf -lW "$img" | grep -c '^ *LOAD')
	check "guest-smoke: $n has one PT_LOAD" "$([ "$loads" -eq 1 ]; echo $?)" "$loads PT_LOADs"
}

# pass NAME IMAGE APPEND EXTRA-GREP(optional ERE that must match)
pass() {
	local name=$1 img=$2 app=$3 want=${4:-}
	[ -f "$img" ] || return
	boot "$img" "$app"
	local ok=0 why=""
	if [ $rc -ne 33 ]; then ok=1; why="QEMU exit status $rc (want 33)"; fi
	if ! tail -n 1 "$log" | grep -a -q -E '^afterburn-guest: PASS tests=[1-9][0-9]*'; then
		ok=1; why="$why; last line: $(tail -n 1 "$log" | tr -d '\r')"
	fi
	if grep -a -q '^not ok' "$log"; then ok=1; why="$why; guest test failed"; fi
	if [ -n "$want" ] && ! grep -a -q -E "$want" "$log"; then ok=1; why="$why; no line matching /$want/"; fi
	check "guest-smoke: $name" $ok "${why#; }"
	[ $ok -eq 0 ] || show
}

layout "$plain"
layout "$guest"

pass "guest-plain.elf boots on tcg (no sites)" "$plain" "" \
	'^afterburn: platform=tcg backend=native sites=0 patched=0'
pass "guest.elf boots on tcg, backend native" "$guest" "afterburn.backend=native" \
	'^afterburn: platform=tcg backend=native sites=[1-9][0-9]* patched=0'
pass "guest.elf boots on tcg, default back end is native" "$guest" "" \
	'^afterburn: platform=tcg backend=native sites=[1-9][0-9]* patched=0'
pass "guest.elf boots on tcg, backend trace" "$guest" "afterburn.backend=trace" \
	'^afterburn: trace total=[1-9][0-9]* '
if [ -f "$guest" ] && [ $rc -eq 33 ]; then
	line=$(grep -a -m1 '^afterburn: platform=' "$log" | tr -d '\r')
	s=$(echo "$line" | sed -n 's/.* sites=\([0-9]*\).*/\1/p')
	p=$(echo "$line" | sed -n 's/.* patched=\([0-9]*\).*/\1/p')
	check "guest-smoke: trace patches every site" "$([ -n "$s" ] && [ "$s" = "$p" ]; echo $?)" "$line"
	check "guest-smoke: trace undo/redo self-test ran" \
		"$(grep -a -q '^ok [0-9]* - undo and redo every site' "$log"; echo $?)" "no ok line"
fi
pass "guest.elf: hypercall request on tcg falls back to native, saying why" "$guest" "afterburn.backend=hypercall" \
	'^afterburn: hypercall back end not available: platform tcg has no AfterburnVMM hypervisor, using native'

# A bad back end name: error printed, native used, verdict FAIL (status 35).
if [ -f "$guest" ]; then
	boot "$guest" "afterburn.backend=bogus"
	ok=0
	[ $rc -eq 35 ] || ok=1
	grep -a -q "^afterburn: error: unknown back end 'bogus'" "$log" || ok=1
	grep -a -q '^afterburn: platform=tcg backend=native' "$log" || ok=1
	tail -n 1 "$log" | grep -a -q '^afterburn-guest: FAIL failed=1 ' || ok=1
	check "guest-smoke: unknown afterburn.backend= value fails the verdict" $ok \
		"status $rc, last line $(tail -n 1 "$log" | tr -d '\r')"
fi

# A command line longer than the guest's buffer (255 bytes): said and a FAIL,
# never cut silently (QEMU passes any length; afterburn-run refuses it first).
if [ -f "$guest" ]; then
	long="afterburn.backend=native $(printf 'x%.0s' $(seq 300))"
	boot "$guest" "$long"
	ok=0
	[ $rc -eq 35 ] || ok=1
	grep -a -q '^not ok [0-9]* - command line fits: .*longer than 255 bytes' "$log" || ok=1
	check "guest-smoke: a command line longer than the guest takes fails the verdict" $ok \
		"status $rc, $(grep -a 'command line' "$log" | head -n 1 | tr -d '\r')"
fi

# Overhead of the pads: with -icount shift=0 the guest's rdtsc counts
# instructions, so guest.elf (native) may run at most 0.5% more of them than
# guest-plain.elf over the same workload (the issue's target).
if [ -f "$guest" ] && [ -f "$plain" ]; then
	boot "$plain" "" -icount shift=0
	tp=$(grep -a -m1 -o 'workload tsc=[0-9]*' "$log" | cut -d= -f2)
	boot "$guest" "afterburn.backend=native" -icount shift=0
	tg=$(grep -a -m1 -o 'workload tsc=[0-9]*' "$log" | cut -d= -f2)
	if [ -n "$tp" ] && [ -n "$tg" ]; then
		echo "# workload instructions (icount): guest-plain.elf $tp, guest.elf native $tg"
		check "guest-smoke: native pads cost <= 0.5% instructions (icount)" \
			"$([ $((tg * 1000)) -le $((tp * 1005)) ]; echo $?)" "over the 0.5% budget"
	else
		check "guest-smoke: icount workload figures" 1 "plain '$tp' guest '$tg'"
	fi
fi

# The panic path: an unexpected exception prints PANIC with vector, error
# code and rip, and exits with isa-debug-exit 0x12 (status 37).
if [ -f "$guest" ]; then
	boot "$guest" "afterburn.backend=trace afterburn-guest.panic"
	ok=0
	[ $rc -eq 37 ] || ok=1
	tail -n 1 "$log" | grep -a -q -E '^afterburn-guest: PANIC #UD vector=6 error=0x0 rip=0x[0-9a-f]+' || ok=1
	check "guest-smoke: unexpected exception -> PANIC line, status 37" $ok \
		"status $rc, last line $(tail -n 1 "$log" | tr -d '\r')"
fi
exit 0
