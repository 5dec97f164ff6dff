#!/usr/bin/env bash
# tests/suites/87-linux-runner.sh - Linux guests (issue 8): the test /init
# and afterburn-run's Linux boot path.
#  - build/linux/init run on the host passes its own self-tests (exit 0, one
#    PASS verdict line in the sample guest's format, every test "ok").
#  - bzImage recognition with hand-made boot-protocol headers: a good one
#    boots (--dry-run) with the initramfs beside it or --initrd, and the
#    kernel command line is ours, then afterburn.backend=, then the user's;
#    a bad magic is no Linux kernel, and an old protocol, a zImage, a cut
#    file, a missing or empty initramfs, a command line over cmdline_size
#    (with GRUB's BOOT_IMAGE= word on bochs and vtx) and the kvmhost
#    target are exit 4 with the reason; vtx takes it as the hypervisor's
#    module with the initramfs as a second one marked hv.initrd.
#  - The verdict, with a fake QEMU that prints a kernel's console and then
#    halts: /init's PASS and the power-down line end the run at once (pass),
#    PASS without it is a crash, a panic or oops line is a crash with that
#    line as the reason (a user process's "general protection fault" is
#    not), --backend on a kernel without the wedge fails ("kernel has no
#    wedge"), a wedge line with the asked back end passes.
#  - With build/linux/bzImage (make linux) and build/linux/initramfs.cpio:
#    boots on tcg and bochs pass, a missing init is a kernel panic and a
#    crash with that line, init_scale=N on the command line reaches /init.
set -u
. "$(dirname "$0")/../lib.sh"
TL_PREFIX="linux-runner: "

run=build/bin/afterburn-run
init=build/linux/init
if [ ! -x "$run" ] || [ ! -x "$init" ]; then
	nok "$run or $init is missing (run make)"
	exit 0
fi
tl_tmp
export TMPDIR=$T/t
mkdir -p "$TMPDIR"
out=$T/out

# expect NAME STATUS PATTERN ARGS...: exit status and a line matching PATTERN
expect() {
	local name=$1 want=$2 pat=$3 rc
	shift 3
	if [ "$1" = env ]; then
		timeout 120 "$@" >"$out" 2>&1 </dev/null
	else
		timeout 120 "$run" "$@" >"$out" 2>&1 </dev/null
	fi
	rc=$?
	if [ $rc -eq "$want" ] && { [ -z "$pat" ] || grep -aq -- "$pat" "$out"; }; then
		ok "$name (exit $rc)"
	else
		nok "$name: exit $rc (want $want), output lacks /$pat/"
		show "$out" | tail -n 5
	fi
}

# --- /init on the host --------------------------------------------------
"$init" >"$out" 2>&1 </dev/null
rc=$?
check "/init passes on the host" "$([ $rc = 0 ] && grep -q '^afterburn-guest: PASS tests=7$' "$out" && echo 0)" \
	"exit $rc, $(grep -a 'afterburn-guest:\|^not ok' "$out" | tr '\n' ' ')"
n=$(grep -c '^ok [0-9]* - ' "$out")
check "/init prints one ok line per test" "$([ "$n" = 7 ] && ! grep -q '^not ok' "$out" && echo 0)" "$n ok lines"
init_scale=3 "$init" >"$out" 2>&1 </dev/null
check "/init takes init_scale=N from the environment" \
	"$([ $? = 0 ] && grep -q 'scale=3 ' "$out" && echo 0)" "$(head -1 "$out")"
init_scale=0 "$init" >"$out" 2>&1 </dev/null
check "/init refuses init_scale=0 with a message" \
	"$(grep -q 'init_scale=0 ignored' "$out" && echo 0)" "$(head -1 "$out")"
# no program interpreter: it runs where no ld.so exists (the initramfs)
! readelf -l "$init" | grep -q 'INTERP'
check "/init is static" $? "it asks for $(readelf -l "$init" | grep -o 'interpreter: [^]]*')"

# --- hand-made bzImage headers ------------------------------------------
# le N BYTES: N little-endian
le() {
	local i v=$1
	for ((i = 0; i < $2; i++)); do
		printf "$(printf '\\%03o' $((v & 255)))"
		v=$((v >> 8))
	done
}
# mkbz FILE [VERSION [MAGIC [LOADFLAGS [CMDLINE_SIZE [SIZE]]]]]: a file with
# a boot-protocol header (setup_sects 1) and SIZE bytes in all
mkbz() {
	local f=$1 ver=${2:-0x020f} magic=${3:-HdrS} lf=${4:-1} cs=${5:-2047} size=${6:-4096}
	head -c "$size" /dev/zero >"$f"
	{ printf '\001'; } | dd of="$f" bs=1 seek=$((0x1f1)) conv=notrunc status=none
	le $((0xaa55)) 2 | dd of="$f" bs=1 seek=$((0x1fe)) conv=notrunc status=none
	printf '%s' "$magic" | dd of="$f" bs=1 seek=$((0x202)) conv=notrunc status=none
	le $((ver)) 2 | dd of="$f" bs=1 seek=$((0x206)) conv=notrunc status=none
	le "$lf" 1 | dd of="$f" bs=1 seek=$((0x211)) conv=notrunc status=none
	le "$cs" 4 | dd of="$f" bs=1 seek=$((0x238)) conv=notrunc status=none
}
mkdir -p "$T/k" "$T/bare"
mkbz "$T/k/bzImage"
echo fake >"$T/k/initramfs.cpio"
cp "$T/k/bzImage" "$T/bare/bzImage"
: >"$T/empty.cpio"
base='console=ttyS0 panic=-1 loglevel=6'

expect "a bzImage with initramfs.cpio beside it is taken (--dry-run)" 0 \
	"^afterburn-run: kernel command line '$base'\$" --on tcg --dry-run "$T/k/bzImage"
grep -q "^afterburn-run: initramfs $T/k/initramfs.cpio\$" "$out"
check "the initramfs beside the kernel is used" $? "$(grep initramfs "$out")"
grep -q "'-kernel' '$T/k/bzImage' '-initrd' '$T/k/initramfs.cpio' '-append' '$base'" "$out"
check "QEMU gets -kernel, -initrd and -append" $? "$(grep emulator: "$out")"
expect "-v says the initramfs came from beside the kernel" 0 'initramfs .* (beside the kernel)' \
	--on tcg -v --dry-run "$T/k/bzImage"
expect "kernel command line: ours, afterburn.backend=, --append, words after --" 0 \
	"^afterburn-run: kernel command line '$base afterburn.backend=trace quiet x=1 y'\$" \
	--on tcg --dry-run --backend trace --append 'quiet x=1' "$T/k/bzImage" -- y
expect "--initrd names the initramfs" 0 "^afterburn-run: initramfs $T/k/initramfs.cpio\$" \
	--on tcg --dry-run --initrd "$T/k/initramfs.cpio" "$T/bare/bzImage"
expect "no initramfs: exit 4 with the reason" 4 'is a Linux kernel but has no initramfs: give --initrd' \
	--on tcg "$T/bare/bzImage"
expect "--initrd missing file" 4 "initrd $T/none.cpio: No such file" \
	--on tcg --initrd "$T/none.cpio" "$T/bare/bzImage"
expect "--initrd empty file" 4 'empty file: not an initramfs' \
	--on tcg --initrd "$T/empty.cpio" "$T/bare/bzImage"
mkbz "$T/k/magic" 0x020f HdrX
expect "bad magic: not a Linux kernel, so no multiboot image either" 4 'no multiboot header' \
	--on tcg "$T/k/magic"
mkbz "$T/k/old" 0x0205
expect "protocol 2.05 is refused" 4 'Linux boot protocol 2.05 is too old: want 2.06' \
	--on tcg "$T/k/old"
mkbz "$T/k/zimage" 0x020f HdrS 0
expect "a zImage is refused" 4 'a zImage (loadflags bit 0 clear)' --on tcg "$T/k/zimage"
mkbz "$T/k/cut" 0x020f HdrS 1 2047 1024
expect "a cut bzImage is refused" 4 'end inside the 1 setup sectors' --on tcg "$T/k/cut"
mkbz "$T/k/small" 0x020f HdrS 1 60
cp "$T/k/initramfs.cpio" "$T/k/small.cpio"
if "$run" --on vtx --check >/dev/null 2>&1; then
	expect "vtx: the bzImage and its initramfs as the hypervisor's modules (--dry-run)" 0 \
		"^afterburn-run: kernel command line '$base afterburn.backend=native'\$" \
		--on vtx --dry-run --keep "$T/vkeep" --mem 256 --backend native "$T/k/bzImage"
	cfg=$T/vkeep/iso/boot/grub/grub.cfg
	grep -q "^	multiboot /boot/hv.elf hv.tsc_hz=[0-9]* hv.mem=256M hv.watchdog=[0-9]*\$" "$cfg" &&
	grep -q "^	module /boot/bzImage BOOT_IMAGE=/boot/bzImage $base afterburn.backend=native\$" "$cfg" &&
	grep -q "^	module /boot/initramfs.cpio hv.initrd\$" "$cfg"
	check "vtx: grub.cfg has hv.mem, the kernel's module line with BOOT_IMAGE= and the hv.initrd module" $? \
		"$(tr '\n' '|' <"$cfg")"
	expect "over cmdline_size with the BOOT_IMAGE= word (vtx)" 4 \
		"kernel command line too long for $T/k/small: 78 bytes with the loader's BOOT_IMAGE= word, its cmdline_size is 60" \
		--on vtx --initrd "$T/k/small.cpio" --append 'aaaaaaaaaaaaaaaaaaa' "$T/k/small"
else
	skip "vtx: Bochs or build/hypervisor_stub/hv.elf unusable here"
fi
expect "kvmhost refuses a bzImage" 4 'Linux boot protocol not supported on kvmhost yet' \
	--on kvmhost "$T/k/bzImage"
expect "--initrd with a multiboot image" 4 '--initrd is for a Linux bzImage' \
	--on tcg --initrd "$T/k/initramfs.cpio" build/guest/guest.elf
# cmdline_size 60 ($T/k/small, made above): our 33 bytes + 20 fit on tcg;
# on bochs GRUB's "BOOT_IMAGE=/boot/bzImage " makes it 78
expect "a command line that fits cmdline_size" 0 'dry run' \
	--on tcg --dry-run --initrd "$T/k/small.cpio" --append 'aaaaaaaaaaaaaaaaaaa' "$T/k/small"
expect "over cmdline_size with GRUB's BOOT_IMAGE= word (bochs)" 4 \
	"kernel command line too long for $T/k/small: 78 bytes with the loader's BOOT_IMAGE= word, its cmdline_size is 60" \
	--on bochs --initrd "$T/k/small.cpio" --append 'aaaaaaaaaaaaaaaaaaa' "$T/k/small"
expect "over cmdline_size (tcg)" 4 'its cmdline_size is 60' \
	--on tcg --initrd "$T/k/small.cpio" --append 'aaaaaaaaaaaaaaaaaaaaaaaaaaaaaa' "$T/k/small"
if "$run" --on bochs --check >/dev/null 2>&1; then
	expect "bochs: GRUB's linux and initrd commands (--dry-run)" 0 'dry run' \
		--on bochs --dry-run --keep "$T/keep" --backend native "$T/k/bzImage"
	cfg=$T/keep/iso/boot/grub/grub.cfg
	grep -q "^	linux /boot/bzImage $base afterburn.backend=native\$" "$cfg" &&
		grep -q '^	initrd /boot/initramfs.cpio$' "$cfg" &&
		cmp -s "$T/keep/iso/boot/initramfs.cpio" "$T/k/initramfs.cpio"
	check "grub.cfg boots the bzImage with its initramfs" $? "$(tr '\n' ' ' <"$cfg" 2>/dev/null)"
else
	skip "bochs dry run: $("$run" --on bochs --check 2>&1 | head -1)"
fi

# --- the verdict, with a fake QEMU --------------------------------------
# It writes FAKE_SERIAL to the -serial file and then halts (sleeps) like a
# kernel without the wedge, or exits with FAKE_STATUS when that is set.
fake=$T/fake-qemu
cat >"$fake" <<'FAKE'
#!/bin/sh
while [ $# -gt 0 ]; do
	case $1 in
	-serial) serial=${2#file:}; shift ;;
	esac
	shift
done
printf '%b' "$FAKE_SERIAL" >"$serial"
[ -n "${FAKE_STATUS:-}" ] && exit "$FAKE_STATUS"
exec sleep 600
FAKE
chmod +x "$fake"
boot='Linux version 6.1.0\nRun /init as init process\nok 1 - fork-exec\n'
pass='afterburn-guest: PASS tests=1\n'
fakerun() { expect "$1" "$2" "$3" env ABR_QEMU="$fake" FAKE_SERIAL="$4" "$run" --on tcg --timeout 60 "${@:5}" "$T/k/bzImage"; }

start=$(date +%s)
fakerun "PASS then 'reboot: Power down' passes at once" 0 \
	'^afterburn-run: target=tcg backend=none result=pass ' "$boot${pass}reboot: Power down"
fakerun "PASS then 'reboot: System halted' (no newline) passes" 0 'result=pass' \
	"$boot${pass}reboot: System halted"
el=$(($(date +%s) - start))
check "the power-down line ends the run without waiting (${el}s for two runs)" \
	"$([ $el -lt 8 ] && echo 0)" "took ${el}s"
fakerun "PASS without power-down is a crash" 2 \
	"crash: /init printed PASS but the kernel did not power down within" "$boot$pass"
fakerun "FAIL verdict is exit 1" 1 'result=fail' \
	"${boot}afterburn-guest: FAIL failed=1 tests=1\nreboot: Power down\n"
fakerun "a kernel panic is a crash with the panic line" 2 \
	'^afterburn-run: crash: kernel: Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b$' \
	"${boot}[    1.234567] Kernel panic - not syncing: Attempted to kill init! exitcode=0x0000000b\n"
fakerun "an oops (BUG:) is a crash, its first line the reason" 2 \
	'^afterburn-run: crash: kernel: BUG: kernel NULL pointer dereference, address: 0000000000000000$' \
	"${boot}BUG: kernel NULL pointer dereference, address: 0000000000000000\nOops: 0000 [#1] NOPTI\n"
fakerun "a kernel general protection fault is a crash" 2 'crash: kernel: general protection fault' \
	"${boot}general protection fault: 0000 [#1] NOPTI\n$pass"
fakerun "an oops with another header (segment-related #GP) is a crash even when PASS follows" 2 \
	'crash: kernel: segment-related general protection fault: 1234 \[#1\]' \
	"${boot}[    0.500000] segment-related general protection fault: 1234 [#1]\n${pass}reboot: Power down\n"
fakerun "a user process's general protection fault is not" 0 'result=pass' \
	"${boot}traps: init[35] general protection fault ip:401000 sp:7ffc error:0 in init\n${pass}reboot: Power down\n"
fakerun "power-down without a verdict is a crash" 2 'the kernel powered down without a verdict from /init' \
	"${boot}reboot: Power down\n"
fakerun "--backend on a kernel without the wedge fails" 1 \
	"fail: kernel has no wedge: not pre-virtualized (asked for back end trace" \
	"$boot${pass}reboot: Power down\n" --backend trace
fakerun "--backend with the wedge's line for it passes" 0 '^afterburn-run: target=tcg backend=trace result=pass' \
	"afterburn: platform=qemu backend=trace sites=10 patched=10\n$boot${pass}reboot: Power down\n" --backend trace
fakerun "the wedge running another back end fails" 1 'asked for back end trace but the wedge ran native' \
	"afterburn: platform=qemu backend=native sites=10 patched=10\n$boot${pass}reboot: Power down\n" --backend trace
expect "an afterburned kernel's own exit after power-down passes" 0 'result=pass' \
	env ABR_QEMU="$fake" FAKE_STATUS=33 FAKE_SERIAL="$boot${pass}reboot: Power down\n" "$run" --on tcg --timeout 60 "$T/k/bzImage"
expect "exit with the fail status (a halt) after PASS is a crash" 2 'left with the fail status 35' \
	env ABR_QEMU="$fake" FAKE_STATUS=35 FAKE_SERIAL="$boot${pass}reboot: System halted\n" "$run" --on tcg --timeout 60 "$T/k/bzImage"
expect "exit with QEMU's panic status after PASS is a crash" 2 'the panic status' \
	env ABR_QEMU="$fake" FAKE_STATUS=37 FAKE_SERIAL="$boot${pass}reboot: Power down\n" "$run" --on tcg --timeout 60 "$T/k/bzImage"
left=$(ls -A "$TMPDIR")
check "no temp files left" "$([ -z "$left" ] && echo 0)" "left $left"

# --- a real kernel --------------------------------------------------------
kernel=build/linux/bzImage
if [ ! -f "$kernel" ]; then
	skip "boots: $kernel missing: run make linux"
	exit 0
fi
if [ ! -f build/linux/initramfs.cpio ]; then
	skip "boots: build/linux/initramfs.cpio missing: run make build/linux/initramfs.cpio"
	exit 0
fi
for target in tcg bochs; do
	if ! why=$("$run" --on $target --check 2>&1); then
		skip "boot on $target: ${why#afterburn-run: }"
		continue
	fi
	expect "$kernel with /init passes on $target" 0 "^afterburn-run: target=$target .*result=pass" \
		--on $target --quiet --timeout 300 "$kernel"
	grep -a '^afterburn-run: target=' "$out" | sed 's/^/  | /'
	expect "a kernel without its init panics: crash with the panic line on $target" 2 \
		'^afterburn-run: crash: kernel: Kernel panic - not syncing: ' \
		--on $target --quiet --timeout 300 --append rdinit=/nope "$kernel"
done
if "$run" --on tcg --check >/dev/null 2>&1; then
	expect "init_scale=2 on the kernel command line reaches /init" 0 '^afterburn-init: pid=1 scale=2 boot tsc=' \
		--on tcg --icount --timeout 300 --append init_scale=2 "$kernel"
	# The wedge's hand-back of sites to Linux's alternatives (guest
	# instructions under -icount) stays small against its records: its
	# address index once took a heapsort, ~740 instructions a record (2.0M
	# at boot, 70% of the afterburn kernel's boot cost over the plain one).
	sites=$(sed -n 's/^afterburn: platform=[^ ]* backend=[^ ]* sites=\([0-9]*\).*/\1/p' "$out" | head -n 1)
	tsc=$(sed -n 's/^afterburn: [0-9]* sites handed back to the kernel (the hand-back calls took tsc=\([0-9]*\)).*/\1/p' "$out")
	if [ -n "$sites" ] && [ -n "$tsc" ]; then
		check "the wedge's hand-back of sites took $tsc instructions for $sites records (at most 200 a record)" \
			"$([ "$tsc" -le $((200 * sites)) ]; echo $?)" "$(grep -a 'handed back' "$out" | tr '\n' ' ')"
	else
		nok "no wedge sites line or hand-back line with its tsc in the tcg -icount boot"
	fi
fi
