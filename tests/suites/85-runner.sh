#!/usr/bin/env bash
# tests/suites/85-runner.sh - afterburn-run's own contract: usage errors and
# unusable targets exit 4 with a message, a non-bootable image is an
# infrastructure error, a guest that never gives a verdict times out (3)
# and its emulator is killed, SIGINT kills the emulator (130), the guest's
# FAIL and PANIC verdicts map to exit 1 and 2 on every target, the temp
# dir is removed unless --keep, and the final line has its fixed format.
set -u
cd "$(dirname "$0")/../.." || exit 1

run=build/bin/afterburn-run
guest=build/guest/guest.elf
if [ ! -x "$run" ]; then
	echo "not ok - runner: $run is missing (run make)"
	exit 0
fi
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
export TMPDIR=$tmp/t
mkdir -p "$TMPDIR"
out=$tmp/out

# expect NAME STATUS PATTERN ARGS...: exit status and a line matching PATTERN
expect() {
	local name=$1 want=$2 pat=$3 rc
	shift 3
	timeout 120 "$run" "$@" >"$out" 2>&1 </dev/null
	rc=$?
	if [ $rc -eq "$want" ] && { [ -z "$pat" ] || grep -aq -- "$pat" "$out"; }; then
		echo "ok - runner: $name (exit $rc)"
	else
		echo "not ok - runner: $name: exit $rc (want $want), output lacks /$pat/"
		tail -n 5 "$out" | sed 's/^/  | /'
	fi
}

# no temp dirs left behind and no emulator left running from this suite
clean_after() {
	local left
	left=$(ls -A "$TMPDIR")
	if [ -z "$left" ]; then
		echo "ok - runner: $1 leaves no temp files"
	else
		echo "not ok - runner: $1 left $left in TMPDIR"
		rm -rf "${TMPDIR:?}"/*
	fi
	if pgrep -f -- "$tmp/" >/dev/null; then
		echo "not ok - runner: $1 left an emulator running: $(pgrep -a -f -- "$tmp/" | head -1)"
	else
		echo "ok - runner: $1 left no emulator running"
	fi
}

expect "--help" 0 '^usage: afterburn-run' --help
expect "no --on" 4 'required' "$run"
expect "unknown target" 4 "unknown target 'nope'" --on nope "$run"
expect "reserved target vtx" 4 'not yet available' --on vtx "$run"
expect "reserved target kvmhost" 4 'not yet available' --on kvmhost "$run"
expect "missing image" 4 'No such file' --on tcg "$tmp/none.elf"
expect "two images" 4 'exactly one IMAGE' --on tcg "$run" "$run"
expect "bad timeout" 4 'want seconds' --on tcg --timeout -3 "$run"
expect "bad backend" 4 'want a name' --on tcg --backend 'x;y' "$run"
expect "unsafe command line" 4 'only printable' --on tcg "$run" -- 'a;reboot'
expect "--icount on kvm" 4 'not available on kvm' --on kvm --icount "$run"
expect "--check tcg" 0 '' --on tcg --check

# A file QEMU cannot load as a kernel: the emulator fails before any guest
# output, which is an infrastructure error, not a guest crash.
expect "non-bootable image on tcg" 4 'result=error' --on tcg --timeout 30 "$run"
clean_after "non-bootable image on tcg"

if ! why=$("$run" --on bochs --check 2>&1); then
	echo "not ok - runner: bochs unusable: $why"
else
	# GRUB finds no multiboot header and waits at its prompt: no verdict.
	start=$(date +%s)
	expect "no verdict on bochs times out" 3 'result=timeout' --on bochs --timeout 6 "$run"
	secs=$(( $(date +%s) - start ))
	if [ $secs -le 15 ]; then
		echo "ok - runner: timeout enforced ($secs s for --timeout 6)"
	else
		echo "not ok - runner: --timeout 6 took $secs s"
	fi
	clean_after "bochs timeout"

	# SIGINT while Bochs runs: emulator killed, exit 130, temp dir gone.
	"$run" --on bochs --timeout 60 "$run" >"$out" 2>&1 </dev/null &
	pid=$!
	sleep 3
	kill -INT $pid
	wait $pid
	rc=$?
	if [ $rc -eq 130 ] && grep -aq 'result=interrupted' "$out"; then
		echo "ok - runner: SIGINT stops the run (exit 130)"
	else
		echo "not ok - runner: SIGINT: exit $rc, want 130 and result=interrupted"
	fi
	clean_after "SIGINT"

	expect "--keep keeps the files" 3 'files kept' --on bochs --timeout 4 --keep "$tmp/keep" "$run"
	for f in emulator.out bochsrc boot.iso bochs.log; do
		if [ -s "$tmp/keep/$f" ]; then
			echo "ok - runner: --keep kept $f"
		else
			echo "not ok - runner: --keep did not keep $f"
		fi
	done
fi

# With the real guest: the final line's format, and each verdict class on
# every usable target: a bad back-end name makes the guest's self-tests
# FAIL (exit 1); afterburn-guest.panic makes it execute ud2 -> PANIC
# line -> crash (exit 2).
if [ -f "$guest" ]; then
	expect "guest.elf passes on tcg" 0 \
		'^afterburn-run: target=tcg backend=native result=pass seconds=[0-9.]*$' \
		--on tcg --backend native "$guest"
	for target in tcg bochs kvm; do
		if ! why=$("$run" --on "$target" --check 2>&1); then
			echo "skip - runner: verdict classes on $target: ${why#afterburn-run: }"
			continue
		fi
		expect "guest FAIL verdict on $target" 1 "target=$target backend=bogus result=fail" \
			--on "$target" --timeout 180 --backend bogus "$guest"
		expect "guest PANIC on $target" 2 "result=crash" \
			--on "$target" --timeout 180 "$guest" -- afterburn-guest.panic
		if grep -aq '^afterburn-run: crash: afterburn-guest: PANIC' "$out"; then
			echo "ok - runner: the PANIC line is the crash reason on $target"
		else
			echo "not ok - runner: crash reason on $target is not the PANIC line: $(grep -a '^afterburn-run: crash' "$out")"
		fi
	done
	clean_after "guest boots"
else
	echo "skip - runner: verdict classes with the real guest: $guest not built"
fi
exit 0
