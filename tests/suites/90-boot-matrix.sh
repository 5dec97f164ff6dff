#!/usr/bin/env bash
# tests/suites/90-boot-matrix.sh - the acceptance boot matrix, one table of
# images: each pre-virtualized image (its sha256 is checked before and
# after) must pass its self-tests on tcg, bochs and kvm with backend native
# and with backend trace, and its plain build must pass on all three:
#   sample  build/guest/guest.elf   and build/guest/guest-plain.elf
#   linux   build/linux/bzImage      and build/linux/plain/bzImage (Linux 6.1
#           and its test /init; suite 50 builds them with make linux)
# For each boot it asserts the verdict (afterburn-run exit 0 and
# result=pass, no "not ok" line, tests > 0) and for the pre-virtualized
# image the wedge line (platform matches the target, backend is the one
# asked for, patched= present) and, for trace, a non-zero "afterburn: trace
# total=".  kvm is skipped with the reason when /dev/kvm is absent or
# unusable.  Our own hypervisors (vtx, kvmhost) have their matrix in
# 95-hosts-matrix.sh (with the hypercall back end and exit counts);
# MATRIX_TARGETS may name them here too (their wedge platform is
# afterburnvmm; they do not boot a bzImage yet).
#
# Environment: MATRIX_TARGETS (default "tcg bochs kvm"), MATRIX_TIMEOUT
# (seconds per boot, default 45 tcg, 90 bochs, 180 kvm),
# MATRIX_GUEST / MATRIX_PLAIN (one other pair of images, for testing the
# suite itself: then the table is that pair alone), BUILD (default build:
# the build tree whose afterburn-run and images are used; suite 91 runs this
# on build/clang).
set -u
cd "$(dirname "$0")/../.." || exit 1

B=${BUILD:-build}
run=$B/bin/afterburn-run
targets=${MATRIX_TARGETS:-tcg bochs kvm}

# The table: NAME|IMAGE|PLAIN per row.
if [ -n "${MATRIX_GUEST:-}${MATRIX_PLAIN:-}" ]; then
	table=("custom|${MATRIX_GUEST:-$B/guest/guest.elf}|${MATRIX_PLAIN:-$B/guest/guest-plain.elf}")
else
	table=("sample|$B/guest/guest.elf|$B/guest/guest-plain.elf")
	if [ -f build/linux/bzImage ] && [ -f build/linux/plain/bzImage ]; then
		table+=("linux|build/linux/bzImage|build/linux/plain/bzImage")
	else
		echo "skip - boot-matrix: linux: build/linux/bzImage or build/linux/plain/bzImage missing (make linux; suite 50 builds them)"
	fi
fi

if [ ! -x "$run" ]; then
	echo "not ok - boot-matrix: $run is missing (run make)"
	exit 0
fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

# Pull "key=value" out of the first line matching a pattern in a log.
field() { grep -a -m1 -- "$2" "$1" | grep -a -o -- "$3=[^ ]*" | head -1 | cut -d= -f2; }

# explain LOG: show the end of a failed boot's console, indented so that
# tests/run.sh never counts the guest's own ok/not ok lines.
explain() {
	grep -a '^not ok' "$1" | head -n 10 | sed 's/^/  | guest: /'
	tail -n 25 "$1" | sed 's/^/  | /'
}

# boot TARGET IMAGE BACKEND(or "-") LABEL
boot() {
	local target=$1 img=$2 backend=$3 label=$4 name log rc secs verdict tests
	local args=(--on "$target")
	name="boot $target $label"
	if [ "$backend" != - ]; then
		args+=(--backend "$backend")
		name="$name backend=$backend"
	fi
	# Boots take ~0.2 s (tcg), ~2.5 s (bochs), ~7-13 s (kvm); a hung guest
	# must not eat CI's 90 minutes (9 hangs cost at most ~15 min here).
	local limit
	case $target in
	tcg) limit=45 ;;
	bochs) limit=90 ;;
	*) limit=180 ;;
	esac
	args+=(--timeout "${MATRIX_TIMEOUT:-$limit}")
	log="$work/$target-$label-$backend.log"
	"$run" "${args[@]}" "$img" >"$log" 2>&1 </dev/null
	rc=$?
	secs=$(field "$log" '^afterburn-run: target=' seconds)
	verdict=$(grep -a -o 'afterburn-guest: \(PASS\|FAIL\|PANIC\).*' "$log" | tail -1)
	tests=$(field "$log" 'afterburn-guest: PASS' tests)
	echo "# $name: exit $rc in ${secs:-?} s"
	if [ $rc -ne 0 ] || ! grep -aq "^afterburn-run: target=$target .*result=pass" "$log"; then
		echo "not ok - $name: afterburn-run exit $rc ($(grep -a '^afterburn-run: ' "$log" | grep -av 'guest platform' | tail -2 | tr '\n' ' '))"
		explain "$log"
		return
	fi
	if [ -z "$tests" ] || [ "$tests" -le 0 ] 2>/dev/null; then
		echo "not ok - $name: verdict line without tests>0: $verdict"
		explain "$log"
		return
	fi
	if grep -aq '^not ok' "$log"; then
		echo "not ok - $name: PASS verdict but the guest printed a 'not ok' line: $(grep -a -m1 '^not ok' "$log")"
		return
	fi
	echo "ok - $name: $verdict (${secs} s)"

	[ "$backend" = - ] && return
	local platform wbackend patched total
	platform=$(field "$log" 'afterburn: platform=' platform)
	wbackend=$(field "$log" 'afterburn: platform=' backend)
	patched=$(field "$log" 'afterburn: platform=' patched)
	local want_platform=$target
	case $target in vtx|kvmhost) want_platform=afterburnvmm ;; esac
	if [ "$platform" = "$want_platform" ] && [ "$wbackend" = "$backend" ] &&
	   [[ $patched =~ ^[0-9]+$ ]]; then
		echo "ok - $name: wedge platform=$platform backend=$wbackend patched=$patched"
	else
		echo "not ok - $name: wedge line wrong: $(grep -a -m1 'afterburn: platform=' "$log" || echo missing) (want platform=$want_platform backend=$backend patched=N)"
	fi
	total=$(field "$log" 'afterburn: trace total=' total)
	if [ "$backend" = trace ]; then
		if [[ $total =~ ^[0-9]+$ ]] && [ "$total" -gt 0 ] && [ "$patched" -gt 0 ] 2>/dev/null; then
			echo "ok - $name: trace total=$total over $patched patched sites"
		else
			echo "not ok - $name: want a non-zero 'afterburn: trace total=' and patched>0, got total=${total:-missing} patched=${patched:-missing}"
		fi
	elif [ -n "$total" ] && [ "$total" != 0 ]; then
		echo "not ok - $name: native back end reported trace total=$total"
	fi
}

# slots_given_back TARGET BZIMAGE (its vmlinux and plain/ beside it):
# Linux's /init says the RAM the kernel left ("ram total=KiB").  The
# native back end rewrites nothing, so the kernel frees the wedge's slots
# at the end of boot (patch 0010): exactly the afterburn_slots section
# more than with trace, which uses them.  What it keeps beyond the plain
# kernel (the records, the wedge) must stay within issue 8's 3% of the
# plain image.
slots_given_back() {
	local target=$1 vmlinux name nat tra pla slots pdec
	vmlinux=$(dirname "$2")/vmlinux
	name="boot $target linux: native frees the unused slots"
	nat=$(field "$work/$target-linux-native.log" 'afterburn-init: ram total=' total)
	tra=$(field "$work/$target-linux-trace.log" 'afterburn-init: ram total=' total)
	pla=$(field "$work/$target-linux-plain--.log" 'afterburn-init: ram total=' total)
	slots=$(readelf -SW "$vmlinux" | sed 's/^ *\[ *[0-9]*\]//' | awk '$1 == "afterburn_slots" { print $5 }')
	pdec=$(size "$(dirname "$2")/plain/vmlinux" 2>/dev/null | awk 'NR == 2 { print $4 }')
	if [ -z "$nat" ] || [ -z "$tra" ] || [ -z "$pla" ] || [ -z "$slots" ] || [ -z "$pdec" ]; then
		echo "not ok - $name: a 'ram total' line or the vmlinux sizes are missing (native=${nat:--} trace=${tra:--} plain=${pla:--} slots=${slots:--} plain size=${pdec:--})"
		return
	fi
	slots=$((0x$slots / 1024))
	if [ $((nat - tra)) -eq "$slots" ]; then
		echo "ok - $name: RAM native ${nat} KiB - trace ${tra} KiB = the slots' ${slots} KiB"
	else
		echo "not ok - $name: RAM native ${nat} KiB - trace ${tra} KiB = $((nat - tra)) KiB, want the slots' ${slots} KiB"
	fi
	local kept=$(((pla - nat) * 1024))
	name="boot $target linux: native keeps at most 3% more than plain"
	if [ $((kept * 100)) -le $((pdec * 3)) ]; then
		echo "ok - $name: ${kept} bytes beyond plain's RAM, against its ${pdec} allocated bytes"
	else
		echo "not ok - $name: ${kept} bytes beyond plain's RAM, more than 3% of its ${pdec} allocated bytes"
	fi
}

matrix_start=$(date +%s)
for row in "${table[@]}"; do
	IFS='|' read -r tname guest plain <<<"$row"
	missing=0
	for img in "$guest" "$plain"; do
		if [ ! -f "$img" ]; then
			echo "not ok - boot-matrix: $tname: $img is missing (run make)"
			missing=1
		fi
	done
	[ $missing -eq 0 ] || continue
	sum_before=$(sha256sum "$guest" | cut -d' ' -f1)
	for target in $targets; do
		why=$("$run" --on "$target" --check 2>&1)
		if [ $? -ne 0 ]; then
			# Only KVM may be absent (a CI runner without /dev/kvm); the
			# emulators are packages that .ci/run installs.
			if [ "$target" = kvm ] || [ "$target" = kvmhost ]; then
				for n in "$tname backend=native" "$tname backend=trace" "$tname-plain"; do
					echo "skip - boot $target $n: ${why#afterburn-run: }"
				done
			else
				echo "not ok - boot $target: target unusable: ${why#afterburn-run: }"
			fi
			continue
		fi
		boot "$target" "$guest" native "$tname"
		boot "$target" "$guest" trace "$tname"
		boot "$target" "$plain" - "$tname-plain"
		[ "$tname" = linux ] && slots_given_back "$target" "$guest"
	done
	sum_after=$(sha256sum "$guest" | cut -d' ' -f1)
	if [ "$sum_before" = "$sum_after" ]; then
		echo "ok - boot-matrix: $tname: the same $guest booted everywhere (sha256 ${sum_before:0:16}...)"
	else
		echo "not ok - boot-matrix: $tname: $guest changed during the matrix ($sum_before -> $sum_after)"
	fi
done
echo "# boot matrix took $(( $(date +%s) - matrix_start )) s"
exit 0
