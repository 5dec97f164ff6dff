# bench: `make demo` (the main job: boot the same guest.elf on every target,
# one comparison table) and `make bench` (pre-virtualization overhead:
# instructions, wall time, build time; then bench/hosts.sh: our VT-x
# hypervisor and KVM host - issue 3's and issue 4's tables).  Neither is
# part of `make test`.  bench/hosts.sh builds guest-pass2.elf itself when
# KVM is usable (it needs /dev/kvm, so it is not in `all`).  bench/linux.sh
# (Linux 6.1: afterburn-cc kernel vs plain) and bench/hv-linux.sh (the same
# bzImage bare in Bochs and on our VT-x hypervisor, issue 9) run after `make linux`;
# bench/clang.sh (the sample guest by clang vs by gcc) builds build/clang/.
# bench/hv-shadow.sh: the hypervisor's EPT vs shadow paging, native and
# pre-virtualized page-table stores (issue 12).
# bench/linux-bootphases.sh (by hand, not in `make bench`: minutes): where the
# afterburn-cc kernel's boot spends the instructions the plain one does not,
# by phase and by function (QEMU's exec log; issue 8).
.PHONY: bench demo
bench: all linux
	bench/bench.sh; s=$$?; bench/hosts.sh || s=1; bench/hv-shadow.sh || s=1; bench/linux.sh || s=1; bench/hv-linux.sh || s=1; bench/clang.sh || s=1; exit $$s

demo: all linux
	bench/demo.sh; s=$$?; bench/demo.sh build/linux/bzImage || s=1; exit $$s
