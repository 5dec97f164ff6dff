#!/bin/sh
# run-vtx.sh - the old interface to booting a guest under the VT-x
# hypervisor_stub in Bochs, kept for callers that still use it
# (tests/suites/77-pt-batch.sh).  It only maps its knobs onto
# build/bin/afterburn-run --on vtx, which builds the GRUB ISO and bochsrc,
# streams the serial log and judges the run; use that directly:
#
#   build/bin/afterburn-run --on vtx [--ips N] [--hv-arg WORD]... [--module FILE]...
#       [--cpu MODEL] [--timeout S] [--keep DIR] GUEST.elf [-- GUEST CMDLINE]
#
# Usage: hypervisor_stub/run-vtx.sh GUEST.elf [GUEST-CMDLINE]
# Environment (-> afterburn-run option):
#   HV_TIMEOUT     seconds without a verdict before Bochs is killed (--timeout, default 120)
#   HV_CMDLINE     words for the hypervisor's command line (one --hv-arg each)
#   HV_MORE_GUESTS more guest images, run after GUEST.elf (one --module each)
#   HV_CPU_MODEL   Bochs cpu model (--cpu; default corei7_skylake_x)
#   HV_IPS         Bochs instructions per second, also hv.tsc_hz (--ips, default 10000000)
#   HV_BARE=1      no hypervisor: GRUB boots the guest itself (--on bochs)
#   HV_KEEP        keep serial.txt, bochs.log, emulator.out, bochsrc, boot.iso here (--keep)
#   HV_ELF         hypervisor image (ABR_HV_ELF)
#   BXSHARE        Bochs' BIOS directory (ABR_BOCHS_BIOS=$BXSHARE/BIOS-bochs-latest)
# Exit status is afterburn-run's: 0 pass (guest PASS, the hypervisor's exits:
# line, exit status 0x10), 1 guest FAIL, 2 crash (guest stopped by the
# hypervisor, hypervisor FATAL, PANIC, no verdict), 3 timeout, 4 usage or
# infrastructure error.
set -eu

[ $# -ge 1 ] && [ $# -le 2 ] || { echo "usage: $0 GUEST.elf [cmdline]" >&2; exit 4; }
run=$(cd "$(dirname "$0")/.." && pwd)/build/bin/afterburn-run
[ -x "$run" ] || { echo "run-vtx: $run not built (run make)" >&2; exit 4; }

guest=$1 cmd=${2:-}
target=vtx
[ "${HV_BARE:-0}" = 1 ] && target=bochs
opts="--on $target --ips ${HV_IPS:-10000000} --timeout ${HV_TIMEOUT:-120}"
[ -n "${HV_CPU_MODEL:-}" ] && opts="$opts --cpu $HV_CPU_MODEL"
[ -n "${HV_KEEP:-}" ] && opts="$opts --keep $HV_KEEP"
for w in ${HV_CMDLINE:-}; do opts="$opts --hv-arg $w"; done
for m in ${HV_MORE_GUESTS:-}; do opts="$opts --module $m"; done
[ -n "${HV_ELF:-}" ] && export ABR_HV_ELF="$HV_ELF"
[ -n "${BXSHARE:-}" ] && export ABR_BOCHS_BIOS="$BXSHARE/BIOS-bochs-latest"
# $opts and $cmd are split into words on purpose: afterburn-run takes each
# option value and command-line word without spaces
# shellcheck disable=SC2086
exec "$run" $opts "$guest" ${cmd:+-- $cmd}
