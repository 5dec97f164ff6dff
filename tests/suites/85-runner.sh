#!/usr/bin/env bash
# tests/suites/85-runner.sh - afterburn-run's own contract: usage errors and
# unusable targets exit 4 with a message, a non-bootable image is an
# infrastructure error, a guest that never gives a verdict times out (3)
# and its emulator is killed, SIGINT kills the emulator (130), the guest's
# FAIL and PANIC verdicts map to exit 1 and 2 on every target, the temp
# dir is removed unless --keep, and the final line has its fixed format.
# Our two hypervisor targets (vtx, kvmhost): a missing host is exit 4, the
# host's `exits:` line ends the summary line, a host report that the guest
# was stopped is the crash reason, and a PASS without the host's exits line
# or with a host failure status is a crash (checked with a fake host).
# The guest-address naming of crash reports has CUnit tests (unit-runner).
# Images are checked before anything boots (exit 4 at once, with the
# reason); the verdict is what the guest reports: the back end the wedge
# ran must be the one asked for, conflicting back ends and command lines
# too long for the loader or the guest are errors.  Bochs boots with no
# sound device on the host (ALSA pointed at nothing), and the bochsrc it
# was given names no host device and no file outside the run's directory.
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

# CUnit: naming a guest address from the ELF's symbols (runner/symbols.c)
if [ -x build/tests/unit-runner ]; then
	build/tests/unit-runner 2>/dev/null || echo "not ok - runner: unit-runner exit $?"
else
	echo "not ok - runner: build/tests/unit-runner is missing (run make)"
fi

# expect NAME STATUS PATTERN ARGS...: exit status and a line matching PATTERN
expect() {
	local name=$1 want=$2 pat=$3 rc
	shift 3
	if [ "$1" = env ]; then	# expect NAME STATUS PATTERN env VAR=X "$run" ARGS...
		timeout 120 "$@" >"$out" 2>&1 </dev/null
	else
		timeout 120 "$run" "$@" >"$out" 2>&1 </dev/null
	fi
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

# le32 N: N as 4 little-endian bytes
le32() {
	printf "$(printf '\\%03o\\%03o\\%03o\\%03o' $(($1 & 255)) $((($1 >> 8) & 255)) \
		$((($1 >> 16) & 255)) $((($1 >> 24) & 255)))"
}
# mbflat FILE FLAGS CHECKSUM_DELTA LOAD_END ENTRY: a flat multiboot image
# (a.out kludge at 1 MiB, header at offset 0) whose code is `jmp .`: a
# valid one boots and never gives a verdict.
mbflat() {
	local magic=$((0x1badb002)) flags=$2
	{
		le32 $magic; le32 "$flags"; le32 $(( (-(magic + flags) + $3) & 0xffffffff ))
		le32 $((0x100000)); le32 $((0x100000)); le32 "$4"; le32 0; le32 "$5"
		printf '\353\376'
	} >"$1"
}
spin=$tmp/spin.img
mbflat "$spin" $((0x10000)) 0 0 $((0x100020))

expect "--help" 0 '^usage: afterburn-run' --help
expect "--help lists vtx" 0 '^  vtx .*hypervisor' --help
expect "--help lists kvmhost" 0 '^  kvmhost .*afterburn-kvm' --help
expect "no --on" 4 'required' "$run"
expect "unknown target" 4 "unknown target 'nope'" --on nope "$run"
expect "vtx without a hypervisor image" 4 'hypervisor .* not found' \
	env ABR_HV_ELF="$tmp/none.elf" "$run" --on vtx --check
expect "kvmhost without afterburn-kvm" 4 'not found: run make' \
	env ABR_KVMHOST="$tmp/none" "$run" --on kvmhost --check
expect "bad --ips" 4 'want a number' --on vtx --ips 12x "$run"
expect "--ips on tcg" 4 'not available on tcg' --on tcg --ips 10000000 "$run"
expect "--module on tcg" 4 'for --on vtx only' --on tcg --module "$run" "$run"
expect "--hv-arg with a quote" 4 'without spaces or quotes' --on vtx --hv-arg 'a"b' "$run"
expect "--module missing file" 4 'No such file' --on vtx --module "$tmp/none" "$run"
expect "missing image" 4 'No such file' --on tcg "$tmp/none.elf"
expect "two images" 4 'exactly one IMAGE' --on tcg "$run" "$run"
expect "bad timeout" 4 'want seconds' --on tcg --timeout -3 "$run"
expect "bad backend" 4 'want a name' --on tcg --backend 'x;y' "$run"
expect "unsafe command line" 4 'only printable' --on tcg "$run" -- 'a;reboot'
expect "--icount on kvm" 4 'not available on kvm' --on kvm --icount "$run"
expect "--check tcg" 0 '' --on tcg --check

# Images no loader here can boot: refused before anything starts, at once,
# with what is wrong (before this check GRUB sat at its prompt until the
# timeout, and QEMU said "No such file or directory" for an ELF object).
: >"$tmp/empty.elf"
printf 'int x;\n' >"$tmp/x.c"
mbflat "$tmp/badsum.img" $((0x10000)) 1 0 $((0x100020))
mbflat "$tmp/short.img" $((0x10000)) 0 $((0x200000)) $((0x100020))
mbflat "$tmp/entry.img" $((0x10000)) 0 0 $((0x300000))
mbflat "$tmp/flags.img" $((0x10008)) 0 0 $((0x100020))
printf '.long 0x1badb002, 0, -0x1badb002\n.globl _start\n_start: jmp _start\n' >"$tmp/mb64.s"
start=$(date +%s)
expect "empty image is refused before booting" 4 'empty file: not a multiboot image' \
	--on tcg --timeout 60 "$tmp/empty.elf"
expect "non-multiboot ELF64 is refused on tcg" 4 'no multiboot header in the first 8192 bytes' \
	--on tcg --timeout 60 "$run"
expect "non-multiboot ELF64 is refused on bochs" 4 'no multiboot header in the first 8192 bytes' \
	--on bochs --timeout 60 "$run"
if gcc -c -o "$tmp/x.o" "$tmp/x.c" 2>/dev/null; then
	expect "ELF object is refused" 4 'no multiboot header' --on tcg --timeout 60 "$tmp/x.o"
fi
expect "bad multiboot checksum" 4 'checksum is wrong' --on tcg --timeout 60 "$tmp/badsum.img"
expect "a.out kludge longer than the file" 4 'wants 1048576 bytes from the file but it has 34' \
	--on tcg --timeout 60 "$tmp/short.img"
expect "a.out kludge entry outside the image" 4 'entry_addr 0x300000 outside the loaded image' \
	--on tcg --timeout 60 "$tmp/entry.img"
expect "unsupported required multiboot flag" 4 'requires flags 0x8' --on tcg --timeout 60 "$tmp/flags.img"
expect "--module that is no image" 4 'no multiboot header' --on vtx --module "$run" "$spin"
if as --64 -o "$tmp/mb64.o" "$tmp/mb64.s" 2>/dev/null &&
   ld -m elf_x86_64 -z max-page-size=0x1000 -Ttext=0x100000 -o "$tmp/mb64.elf" "$tmp/mb64.o" 2>/dev/null; then
	expect "ELF64 without the a.out kludge is refused on tcg (QEMU takes ELF32)" 4 'QEMU.s multiboot loader takes ELF32 only' \
		--on tcg --timeout 60 "$tmp/mb64.elf"
else
	skip "runner: ELF64 multiboot test image: as/ld failed"
fi
secs=$(( $(date +%s) - start ))
[ $secs -le 10 ] && echo "ok - runner: refused images exit at once ($secs s for all)" \
	|| echo "not ok - runner: refusing images took $secs s"
clean_after "refused images"

if ! why=$("$run" --on bochs --check 2>&1); then
	echo "not ok - runner: bochs unusable: $why"
else
	# A valid image that spins without a word: no verdict.
	start=$(date +%s)
	expect "no verdict on bochs times out" 3 'result=timeout' --on bochs --timeout 6 "$spin"
	secs=$(( $(date +%s) - start ))
	if [ $secs -le 15 ]; then
		echo "ok - runner: timeout enforced ($secs s for --timeout 6)"
	else
		echo "not ok - runner: --timeout 6 took $secs s"
	fi
	clean_after "bochs timeout"

	# SIGINT while Bochs runs: emulator killed, exit 130, temp dir gone.
	"$run" --on bochs --timeout 60 "$spin" >"$out" 2>&1 </dev/null &
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

	expect "--keep keeps the files" 3 'files kept' --on bochs --timeout 4 --keep "$tmp/keep" "$spin"
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
	for target in tcg bochs kvm vtx kvmhost; do
		if ! why=$("$run" --on "$target" --check 2>&1); then
			echo "skip - runner: verdict classes on $target: ${why#afterburn-run: }"
			continue
		fi
		# the summary names what the wedge ran, not what was asked: native on
		# every target (the wedge says "using native" and does so, also
		# where its default would be hypercall)
		expect "guest FAIL verdict on $target" 1 "target=$target backend=native result=fail" \
			--on "$target" --timeout 180 --backend bogus "$guest"
		grep -aq '^afterburn-run: fail: asked for back end bogus but the wedge ran native; guest self-tests failed' "$out" \
			&& echo "ok - runner: $target: the reason names the back end asked for and the one run" \
			|| echo "not ok - runner: $target: reason: $(grep -a '^afterburn-run: fail' "$out")"
		expect "guest PANIC on $target" 2 "result=crash" \
			--on "$target" --timeout 180 "$guest" -- afterburn-guest.panic
		if grep -aq '^afterburn-run: crash: afterburn-guest: PANIC' "$out"; then
			echo "ok - runner: the PANIC line is the crash reason on $target"
		else
			echo "not ok - runner: crash reason on $target is not the PANIC line: $(grep -a '^afterburn-run: crash' "$out")"
		fi
	done
	clean_after "guest boots"

	# The verdict is what the guest reports.  Before: --backend hypercall on
	# tcg (the wedge falls back to native), a command line cut by the guest
	# (afterburn.backend= lost at its end) and -- afterburn.backend=trace
	# next to --backend native all ended "backend=<asked> result=pass".
	expect "asked back end that did not run is a failure" 1 \
		'^afterburn-run: fail: asked for back end hypercall but the wedge ran native$' \
		--on tcg --timeout 120 --backend hypercall "$guest"
	grep -aq '^afterburn-run: target=tcg backend=native result=fail ' "$out" \
		&& echo "ok - runner: the summary names the back end the wedge ran" \
		|| echo "not ok - runner: summary: $(grep -a '^afterburn-run: target' "$out")"
	expect "--backend and afterburn.backend= disagree" 4 \
		'conflicting back ends: --backend native and afterburn.backend=trace' \
		--on tcg --backend native "$guest" -- afterburn.backend=trace
	expect "two afterburn.backend= words disagree" 4 'conflicting back ends' \
		--on tcg "$guest" -- afterburn.backend=trace 'x afterburn.backend=native'
	expect "afterburn.backend= after -- is judged like --backend" 0 \
		'^afterburn-run: target=tcg backend=trace result=pass ' \
		--on tcg --timeout 120 "$guest" -- afterburn.backend=trace
	expect "--backend and the same afterburn.backend= agree" 0 \
		'^afterburn-run: target=tcg backend=trace result=pass ' \
		--on tcg --timeout 120 --backend trace "$guest" -- afterburn.backend=trace
	long=$(printf 'x%.0s' $(seq 1 240))
	start=$(date +%s)
	expect "command line too long for the guest's buffer: error before booting" 4 \
		"too long for $guest: .*guest_cmdline holds 255" \
		--on tcg --timeout 120 --backend trace "$guest" -- "$long"
	# without symbols the runner cannot know the buffer: the guest's echo tells
	strip -o "$tmp/stripped.elf" "$guest"
	expect "command line cut by the guest: error, not pass" 4 \
		'error: the guest got its command line cut to 255 bytes' \
		--on tcg --timeout 120 --backend trace "$tmp/stripped.elf" -- "$long"
	long=$(printf 'y%.0s' $(seq 1 3100))
	expect "command line too long for the hypervisor (vtx)" 4 'its loader passes at most 3071' \
		--on vtx --timeout 120 "$guest" -- "$long"
	clean_after "back-end verdicts"

	# Bochs on a host with no sound device: ALSA finds no configuration
	# (this machine has no card either).  Before, Bochs loaded its ALSA
	# speaker driver and aborted ("*** buffer overflow detected ***").
	if "$run" --on bochs --check >/dev/null 2>&1; then
		expect "bochs boots with no sound device on the host" 0 \
			'^afterburn-run: target=bochs backend=native result=pass ' \
			env -u AUDIODEV ALSA_CONFIG_PATH=/nonexistent ALSA_CONFIG_DIR=/nonexistent \
			"$run" --on bochs --timeout 180 --backend native --keep "$tmp/nosound" "$guest"
		rc_file=$tmp/nosound/bochsrc
		for want in '^sound: waveoutdrv=dummy, waveindrv=dummy, midioutdrv=dummy$' \
			    '^speaker: enabled=0$' '^mouse: enabled=0$' '^plugin_ctrl: .*parallel=0'; do
			grep -q "$want" "$rc_file" && echo "ok - runner: bochsrc has /$want/" \
				|| echo "not ok - runner: bochsrc lacks /$want/"
		done
		# no host device, network card, sound driver or file outside the run
		bad=$(grep -Eio 'alsa|oss|/dev/|ne2k|e1000|pnic|sb16|es1370|usb_|keymap' "$rc_file" | head -3 | tr '\n' ' ')
		[ -z "$bad" ] && echo "ok - runner: bochsrc names no host device, NIC or sound driver" \
			|| echo "not ok - runner: bochsrc names $bad"
		outside=$(grep -Eo '(path|dev|file)=[^,]*|^log: .*' "$rc_file" | sed 's/^[a-z]*[=:] *//' |
			grep -v "^$tmp/nosound/" | grep -v '^/usr/share/' | tr '\n' ' ')
		[ -z "$outside" ] && echo "ok - runner: bochsrc files are in the run's directory (ROMs aside)" \
			|| echo "not ok - runner: bochsrc files outside the run's directory: $outside"
		rm -rf "$tmp/nosound"
	fi

	# Our hypervisors: PASS, and the summary line ends with the host's exits line.
	for target in vtx kvmhost; do
		if ! why=$("$run" --on "$target" --check 2>&1); then
			echo "skip - runner: $target: ${why#afterburn-run: }"
			continue
		fi
		expect "guest.elf passes on $target, summary ends with the exits line" 0 \
			"^afterburn-run: target=$target backend=hypercall result=pass seconds=[0-9.]* exits: total=[0-9]* [a-zA-Z_]*=[0-9]" \
			--on "$target" --timeout 180 --backend hypercall "$guest"
		n=$(grep -a -c '^exits: total=' "$out")
		if [ "$n" -eq 1 ]; then
			echo "ok - runner: $target: the host's exits line is passed through once"
		else
			echo "not ok - runner: $target: $n 'exits: total=' lines in the output (want 1)"
		fi
	done
	clean_after "hypervisor boots"
else
	echo "skip - runner: verdict classes with the real guest: $guest not built"
fi
# The vtx host stops a triple-faulting guest: its report is the crash reason.
tg=build/hypervisor_stub/guests/tg_triple.elf
if [ -f "$tg" ] && "$run" --on vtx --check >/dev/null 2>&1; then
	expect "triple fault under vtx is a crash" 2 \
		'^afterburn-run: crash: hv: guest stopped: triple fault' --on vtx --timeout 120 "$tg"
	grep -aq 'result=crash seconds=[0-9.]* exits: total=[0-9]* .*triple_fault=1' "$out" \
		&& echo "ok - runner: vtx triple fault counted in the summary's exits line" \
		|| echo "not ok - runner: vtx triple fault: summary $(grep -a '^afterburn-run: target' "$out")"
	clean_after "vtx triple fault"

	# --hv-arg reaches the hypervisor: its test knob makes the VM entry fail.
	expect "--hv-arg hv.test=bad-guest-state" 2 \
		'^afterburn-run: crash: hv: guest stopped: VM entry failed' \
		--on vtx --timeout 120 --hv-arg hv.test=bad-guest-state build/hypervisor_stub/guests/tg_hello.elf
	# --cpu picks the Bochs model: without unrestricted guest the hypervisor refuses.
	expect "--cpu without unrestricted guest" 2 '^afterburn-run: crash: hv: FATAL: required VMX capabilities missing' \
		--on vtx --timeout 120 --cpu corei5_lynnfield_750 build/hypervisor_stub/guests/tg_hello.elf
	# --module: two guests, one after the other, each with its exits line.
	expect "--module runs a second guest" 0 'result=pass' \
		--on vtx --timeout 120 --module build/hypervisor_stub/guests/tg_hello.elf build/hypervisor_stub/guests/tg_hello.elf
	# ... and one verdict line per guest
	if grep -aq '^hv: all guests done (2 run)' "$out" && [ "$(grep -a -c '^exits: total=' "$out")" -eq 2 ] &&
	   grep -aq '^afterburn-run: hv guest 0 tg_hello.elf result=pass exits=[1-9]' "$out" &&
	   grep -aq '^afterburn-run: hv guest 1 tg_hello.elf result=pass exits=[1-9]' "$out"; then
		echo "ok - runner: vtx --module: 2 guests run, 2 exits lines"
	else
		echo "not ok - runner: vtx --module: $(grep -a '^hv: all guests' "$out"), $(grep -a -c '^exits: total=' "$out") exits lines"
	fi
	clean_after "vtx options"
else
	echo "skip - runner: vtx hostile guest: $tg not built or vtx unusable"
fi

# A fake kvmhost (the watcher's judgement, no KVM needed): PASS without the
# closing exits line, and PASS with a host failure status, are crashes.
fake=$tmp/fake-kvm
cat >"$fake" <<'FAKE'
#!/bin/sh
# fake afterburn-kvm: --check passes; a run prints PASS on --serial FILE
ser=
while [ $# -gt 0 ]; do
	case $1 in --check) exit 0 ;; --serial) ser=$2; shift ;; esac
	shift
done
echo "afterburn-guest: PASS tests=1" >"$ser"
[ -n "${FAKE_EXITS:-}" ] && echo "exits: total=3 IO=3" >&2
exit "${FAKE_STATUS:-0}"
FAKE
chmod +x "$fake"
expect "PASS without the host's exits line is a crash" 2 "no closing 'exits:' line" \
	env ABR_KVMHOST="$fake" "$run" --on kvmhost --timeout 30 "$guest"
expect "PASS with host status 2 is a crash" 2 'exited with status 2, expected 0' \
	env ABR_KVMHOST="$fake" FAKE_EXITS=1 FAKE_STATUS=2 "$run" --on kvmhost --timeout 30 "$guest"
expect "fake host PASS with exits line passes" 0 'result=pass seconds=[0-9.]* exits: total=3 IO=3$' \
	env ABR_KVMHOST="$fake" FAKE_EXITS=1 "$run" --on kvmhost --timeout 30 "$guest"
# The wedge never said which back end it ran (the fake prints no wedge
# line): a PASS with a requested back end is no pass.
expect "PASS without the wedge's back end line, one was asked: failure" 1 \
	'fail: asked for back end native but the wedge never said which back end it ran' \
	env ABR_KVMHOST="$fake" FAKE_EXITS=1 "$run" --on kvmhost --timeout 30 --backend native "$guest"
# ... but words after -- alone promise nothing for an image without a wedge
# (the hypervisor's test guests): a warning, and the summary says none.
expect "afterburn.backend= after -- and no wedge: pass with a warning" 0 \
	'^afterburn-run: target=kvmhost backend=none result=pass ' \
	env ABR_KVMHOST="$fake" FAKE_EXITS=1 "$run" --on kvmhost --timeout 30 "$guest" -- afterburn.backend=native
grep -aq '^afterburn-run: warning: afterburn.backend=native given, but no wedge reported a back end' "$out" \
	&& echo "ok - runner: ... and says that no wedge reported one" \
	|| echo "not ok - runner: no warning that no wedge reported a back end"
clean_after "fake kvmhost"
exit 0
