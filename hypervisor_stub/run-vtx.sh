#!/bin/sh
# run-vtx.sh - boot a multiboot guest under the VT-x hypervisor_stub in Bochs.
#
# Usage: hypervisor_stub/run-vtx.sh GUEST.elf [GUEST-CMDLINE]
#   Builds a GRUB ISO (multiboot /boot/hv.elf; module /boot/guest.elf CMDLINE),
#   boots it in Bochs 2.7 (cpu model corei7_skylake_x: VMX with EPT and
#   unrestricted guest) headless under `timeout`, and streams the serial log
#   (hypervisor lines start with "hv: ", the guest's UART bytes are verbatim;
#   the hypervisor's last lines are "exits: total=N reason=count ..." and
#   "hv: powering off").
#
# Environment:
#   HV_ELF        hypervisor image (default: build/hypervisor_stub/hv.elf next to this script)
#   HV_TIMEOUT    seconds before Bochs is killed (default 120)
#   HV_SERIAL     also keep the serial log in this file
#   HV_BOCHS_LOG  keep Bochs' own log here (it names failed VM-entry checks)
#   HV_CMDLINE    the hypervisor's own command line (test knob:
#                 hv.test=bad-guest-state provokes a failed VM entry,
#                 hv.test=bad-vmwrite a failed VMWRITE, hv.test=host-fault a
#                 #UD in the hypervisor itself, hv.watchdog=N stops a
#                 guest after N virtual seconds)
#   HV_BARE=1     no hypervisor: GRUB boots the guest itself (for comparisons)
#   HV_MORE_GUESTS  more guest images (space-separated, no command line):
#                 the hypervisor runs them one after another, each with its own
#                 VMCS and report, after GUEST.elf
#   BXSHARE       where Bochs' BIOS and VGA BIOS are (default: the Debian package's)
#   HV_IPS        Bochs' emulated instructions per second (default 10000000): the
#                 hypervisor gets it as hv.tsc_hz; guest timer ticks per
#                 instruction, and so timer exits, scale with 1/HV_IPS
#   HV_CPU_MODEL  Bochs cpu model (default corei7_skylake_x; older ones lack EPT or
#                 unrestricted guest and the hypervisor names what is missing)
#
# Exit status (HV_BARE=1: 0 if the guest printed its PASS verdict, else 1):
#              0 guest exited with status 0x10 (pass) or 0; 1 guest exited
# with another status; 2 guest was stopped by the hypervisor (fault report);
# 3 no "exits:" line (hypervisor failed or timeout); 64 usage error.
set -eu

usage() { echo "usage: $0 GUEST.elf [cmdline]" >&2; exit 64; }
[ $# -ge 1 ] && [ $# -le 2 ] || usage
GUEST=$1
CMDLINE=${2:-}
HERE=$(cd "$(dirname "$0")" && pwd)
HV_ELF=${HV_ELF:-$HERE/../build/hypervisor_stub/hv.elf}
TIMEOUT=${HV_TIMEOUT:-120}
[ -f "$GUEST" ] || { echo "run-vtx: guest image '$GUEST' not found" >&2; exit 64; }
BARE=${HV_BARE:-0}
[ "$BARE" = 1 ] || [ -f "$HV_ELF" ] || { echo "run-vtx: hypervisor '$HV_ELF' not found (run make)" >&2; exit 64; }
for t in bochs grub-mkrescue xorriso timeout; do
	command -v $t >/dev/null 2>&1 || { echo "run-vtx: '$t' not installed" >&2; exit 64; }
done
IPS=${HV_IPS:-10000000}
case $IPS in ''|*[!0-9]*) echo "run-vtx: HV_IPS must be a number" >&2; exit 64;; esac
HVCMD="hv.tsc_hz=$IPS ${HV_CMDLINE:-}"
case "$CMDLINE$HVCMD" in *'"'*|*'
'*|*';'*|*'$'*|*'\'*) echo "run-vtx: command lines may not contain quotes, ';', '\$', '\\' or newlines" >&2; exit 64;; esac

TMP=$(mktemp -d "${TMPDIR:-/tmp}/run-vtx.XXXXXX")
BPID= TPID=
cleanup() {
	[ -n "$BPID" ] && kill "$BPID" 2>/dev/null	# timeout passes it on to Bochs
	[ -n "$TPID" ] && kill "$TPID" 2>/dev/null
	rm -rf "$TMP"
}
trap cleanup EXIT
trap 'trap - EXIT; cleanup; exit 130' INT TERM

mkdir -p "$TMP/iso/boot/grub"
cp "$GUEST" "$TMP/iso/boot/guest.elf"
if [ "$BARE" = 1 ]; then
	BOOT="multiboot /boot/guest.elf $CMDLINE"
else
	cp "$HV_ELF" "$TMP/iso/boot/hv.elf"
	BOOT="multiboot /boot/hv.elf $HVCMD
	module /boot/guest.elf $CMDLINE"
	n=1
	for extra in ${HV_MORE_GUESTS:-}; do
		[ -f "$extra" ] || { echo "run-vtx: guest image '$extra' not found" >&2; exit 64; }
		cp "$extra" "$TMP/iso/boot/guest$n.elf"
		BOOT="$BOOT
	module /boot/guest$n.elf"
		n=$((n + 1))
	done
fi
cat > "$TMP/iso/boot/grub/grub.cfg" <<GRUB
set timeout=0
set default=0
menuentry "afterburn-vtx" {
	$BOOT
	boot
}
GRUB
if ! grub-mkrescue -o "$TMP/hv.iso" "$TMP/iso" >"$TMP/mkrescue.log" 2>&1; then
	cat "$TMP/mkrescue.log" >&2
	echo "run-vtx: grub-mkrescue failed" >&2
	exit 3
fi

# The hypervisor's time base must be Bochs' ips (hv.tsc_hz, see hv.h).
BXSHARE=${BXSHARE:-/usr/share/bochs}	# Bochs' own variable for its ROM images
cat > "$TMP/bochsrc" <<BXRC
megs: 256
cpu: model=${HV_CPU_MODEL:-corei7_skylake_x}, count=1, ips=$IPS, reset_on_triple_fault=0
romimage: file=$BXSHARE/BIOS-bochs-latest, options=fastboot
vgaromimage: file=$BXSHARE/VGABIOS-lgpl-latest
ata0-master: type=cdrom, path="$TMP/hv.iso", status=inserted
boot: cdrom
clock: sync=none, time0=1
com1: enabled=1, mode=file, dev="$TMP/serial.txt"
port_e9_hack: enabled=1
display_library: rfb, options="timeout=0"
log: $TMP/bochs.log
panic: action=fatal
error: action=report
info: action=report
debug: action=ignore
BXRC
echo c > "$TMP/cmds"
: > "$TMP/serial.txt"

timeout "$TIMEOUT" bochs -q -f "$TMP/bochsrc" -rc "$TMP/cmds" >"$TMP/bochs.out" 2>&1 </dev/null &
BPID=$!
# Stream the log; both in the background so a signal to us acts at once.
tail -n +1 -f --pid=$BPID "$TMP/serial.txt" 2>/dev/null &
TPID=$!
wait $BPID 2>/dev/null || true
BPID=
wait $TPID 2>/dev/null || true
TPID=
[ -n "${HV_SERIAL:-}" ] && cp "$TMP/serial.txt" "$HV_SERIAL"
[ -n "${HV_BOCHS_LOG:-}" ] && cat "$TMP/bochs.out" "$TMP/bochs.log" > "$HV_BOCHS_LOG" 2>/dev/null

if [ "$BARE" = 1 ]; then
	grep -q '^afterburn-guest: PASS' "$TMP/serial.txt" && exit 0
	exit 1
fi
if ! grep -q '^exits: total=' "$TMP/serial.txt"; then
	echo "run-vtx: no 'exits:' line from the hypervisor (failed or timed out after ${TIMEOUT}s)" >&2
	grep -E 'VMENTER|VMFAIL|VMLAUNCH|PANIC|panic' "$TMP/bochs.log" 2>/dev/null | tail -5 >&2 || true
	exit 3
fi
st=$(sed -n 's/^hv: guest exited status=0x\([0-9a-f]*\).*/\1/p' "$TMP/serial.txt" | tail -1)
[ -z "$st" ] && exit 2
[ "$st" = 10 ] || [ "$st" = 0 ] && exit 0
exit 1
