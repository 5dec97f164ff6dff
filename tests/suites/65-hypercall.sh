#!/usr/bin/env bash
# tests/suites/65-hypercall.sh - the wedge's hypercall back end on both of our
# hypervisors, with the SAME build/guest/guest.elf:
#  - afterburn-kvm --irqchip user: backend=hypercall passes every self-test,
#    is also the default there, and compared with backend=native the console
#    port exits are gone (IO), hlt exits are gone, and the total drops;
#  - afterburn-kvm with its in-kernel irqchip (no interrupt parking): the wedge
#    says why and runs native, and the guest passes;
#  - the VT-x hypervisor in Bochs (afterburn-run --on vtx, Bochs ips 10 M),
#    default back end (no command line): it is hypercall, the guest passes,
#    and the console (uart port accesses), interrupt-window and hlt exits are
#    gone.
# Without /dev/kvm, or without Bochs/GRUB, those parts are skipped with the reason.
set -u
. "$(dirname "$0")/../lib.sh"
kvm=build/bin/afterburn-kvm
run=build/bin/afterburn-run
guest=build/guest/guest.elf
tl_tmp

TL_PREFIX="hypercall: "	# ok/nok/skip/show: tests/lib.sh
# val FILE KEY: KEY=N from the exits: line (0 if absent)
val() { sed -n 's/^exits: .*/&/p' "$1" | tr ' ' '\n' | sed -n "s/^$2=//p" | tail -n1 | grep . || echo 0; }
wedge_line() { grep -a -m1 '^afterburn: platform=' "$1" | tr -d '\r'; }

if [ ! -f "$guest" ]; then
	nok "$guest is not built (run make)"
	exit 0
fi

# ---- afterburn-kvm ---------------------------------------------------------
# kvm NAME ARGS...: stdout and stderr in one file $T/NAME, status in $rc
kvm() {
	local name=$1; shift
	timeout 120 "$kvm" "$@" >"$T/$name" 2>&1 </dev/null
	rc=$?
}
passed() { [ "$rc" -eq 0 ] && tail -n 8 "$T/$1" | grep -a -q '^afterburn-guest: PASS' && ! grep -a -q '^not ok' "$T/$1"; }

if [ ! -x "$kvm" ]; then
	nok "$kvm is not built (run make)"
elif ! why=$("$kvm" --check 2>&1); then
	skip "kvmhost: KVM not usable here: $(echo "$why" | head -n1)"
else
	kvm native --irqchip user "$guest" -- afterburn.backend=native
	passed native || { nok "kvmhost native run did not pass (status $rc)"; show "$T/native"; }
	kvm hc --irqchip user "$guest" -- afterburn.backend=hypercall
	line=$(wedge_line "$T/hc")
	sites=$(echo "$line" | sed -n 's/.* sites=\([0-9]*\).*/\1/p')
	if passed hc && echo "$line" | grep -q 'backend=hypercall' &&
	   [ -n "$sites" ] && [ "$sites" -gt 0 ] && echo "$line" | grep -q "patched=$sites\$"; then
		ok "kvmhost: guest.elf passes with afterburn.backend=hypercall ($line)"
	else
		nok "kvmhost: backend=hypercall: status $rc, '$line'"
		show "$T/hc"
	fi
	grep -a -q '^afterburn: hypercall out-of-line total=[0-9]' "$T/hc" \
		&& ok "kvmhost: out-of-line executions reported" \
		|| nok "kvmhost: no 'afterburn: hypercall out-of-line' line"

	io_n=$(val "$T/native" IO) io_h=$(val "$T/hc" IO)
	t_n=$(val "$T/native" total) t_h=$(val "$T/hc" total)
	hc_h=$(val "$T/hc" HYPERCALL) hlt_h=$(val "$T/hc" HLT)
	lines=$(grep -a -c '' "$T/hc")
	echo "# kvmhost native:    $(grep '^exits:' "$T/native")"
	echo "# kvmhost hypercall: $(grep '^exits:' "$T/hc")"
	# The console was one IO exit per character (LSR poll); now it is one hypercall per line.
	if [ "$io_h" -gt 0 ] && [ $((io_h * 20)) -le "$io_n" ] && [ "$hc_h" -le $((lines + 10)) ]; then
		ok "kvmhost: console exits gone: IO $io_n -> $io_h, HYPERCALL $hc_h for $lines output lines"
	else
		nok "kvmhost: IO $io_n -> $io_h (want <= 1/20), HYPERCALL $hc_h (want <= $lines lines + 10)"
	fi
	[ "$hlt_h" -eq 0 ] && ok "kvmhost: no HLT exits (AB_HC_HALT instead)" || nok "kvmhost: HLT=$hlt_h in hypercall mode"
	# INTR (the host's timer kicks) follows wall time, so the total is noisy: ask for 4x.
	if [ "$t_h" -gt 0 ] && [ $((t_h * 4)) -le "$t_n" ]; then
		ok "kvmhost: exits total $t_n -> $t_h ($(awk -v a="$t_n" -v b="$t_h" 'BEGIN{printf "%.1f", a/b}')x fewer)"
	else
		nok "kvmhost: exits total $t_n -> $t_h (want at least 4x fewer)"
	fi
	w_h=$(val "$T/hc" IRQ_WINDOW)
	# afterburn-kvm parks vectors while vif=0 or RFLAGS.IF=0; the few window
	# exits left are timer kicks that land in an sti shadow (the ABI waits there).
	if [ "$w_h" -le 3 ]; then
		ok "kvmhost: interrupt-window exits $w_h (at most 3: only kicks in an sti shadow)"
	else
		nok "kvmhost: interrupt-window exits $w_h in hypercall mode (want at most 3)"
	fi

	kvm default --irqchip user "$guest"
	if passed default && wedge_line "$T/default" | grep -q 'platform=afterburnvmm backend=hypercall'; then
		ok "kvmhost: hypercall is the default back end on AfterburnVMM"
	else
		nok "kvmhost: default back end: status $rc, '$(wedge_line "$T/default")'"
		show "$T/default"
	fi
	kvm kirq "$guest" -- afterburn.backend=hypercall
	if passed kirq && grep -a -q '^afterburn: hypercall back end not available: .*--irqchip user' "$T/kirq" &&
	   wedge_line "$T/kirq" | grep -q 'backend=native'; then
		ok "kvmhost: in-kernel irqchip (no parking): wedge says why, runs native, passes"
	else
		nok "kvmhost: in-kernel irqchip: status $rc, '$(wedge_line "$T/kirq")'"
		show "$T/kirq"
	fi
fi

# ---- the VT-x hypervisor in Bochs --------------------------------------------
missing=
for t in bochs grub-mkrescue xorriso; do
	command -v $t >/dev/null 2>&1 || missing="$missing $t"
done
if [ ! -f build/hypervisor_stub/hv.elf ] || [ ! -x "$run" ]; then
	nok "build/hypervisor_stub/hv.elf or $run is not built (run make)"
elif [ -n "$missing" ]; then
	skip "vtx: not installed:$missing"
else
	timeout 460 "$run" --on vtx --ips 10000000 --timeout 400 "$guest" >"$T/vtx" 2>&1 </dev/null
	rc=$?
	line=$(wedge_line "$T/vtx")
	exits=$(grep -a '^exits:' "$T/vtx" | tail -n1)
	uart=$(sed -n 's/^hv: port accesses by device: .*uart=\([0-9]*\).*/\1/p' "$T/vtx" | tail -n1)
	echo "# vtx hypercall (default): $exits"
	echo "# vtx: $(grep -a '^hv: port accesses' "$T/vtx" | tail -n1)"
	if [ $rc -eq 0 ] && echo "$line" | grep -q 'platform=afterburnvmm backend=hypercall' &&
	   grep -a -q '^afterburn-guest: PASS' "$T/vtx" && ! grep -a -q '^not ok' "$T/vtx"; then
		ok "vtx: guest.elf passes, hypercall chosen by default ($line)"
	else
		nok "vtx: status $rc, '$line'"
		show "$T/vtx"
	fi
	w=$(val "$T/vtx" intr_window) h=$(val "$T/vtx" hlt) v=$(val "$T/vtx" vmcall) tm=$(val "$T/vtx" timer)
	lines=$(grep -a -v '^hv: ' "$T/vtx" | grep -a -c -v '^afterburn-run: ')	# console lines, not afterburn-run's summary
	# vmcalls: one AB_HC_FLUSH per console line, plus one per 64 batched EOIs (at most one per tick)
	vmax=$((lines + 10 + tm / 48))
	if [ -n "$uart" ] && [ "$uart" -le 64 ] && [ "$w" -eq 0 ] && [ "$h" -eq 0 ] && [ "$v" -le $vmax ]; then
		ok "vtx: console, interrupt-window and hlt exits gone (uart port accesses $uart, vmcall $v for $lines lines)"
	else
		nok "vtx: uart port accesses ${uart:-?} (want <= 64), intr_window $w, hlt $h (want 0), vmcall $v (want <= $vmax)"
	fi
	# With a hypervisor that applies the batch at every exit the wedge batches 8259 EOIs:
	# then the PIC port exits are gone too (else every EOI still traps, exactly).
	if grep -a -q '^afterburn: hypercall: .*lazy batch applied' "$T/vtx"; then
		pic=$(sed -n 's/^hv: port accesses by device: .*pic=\([0-9]*\).*/\1/p' "$T/vtx" | tail -n1)
		io=$(val "$T/vtx" io)
		[ "$io" -le 100 ] && ok "vtx: EOIs batched: io exits $io (pic accesses $pic applied from the batch)" \
			|| nok "vtx: lazy batch in use but io exits $io (want <= 100)"
	else
		skip "vtx: this hypervisor does not apply the batch lazily: EOIs trap (io $(val "$T/vtx" io))"
	fi
fi
exit 0
