# bench: `make demo` (the main job: boot the same guest.elf on every target,
# one comparison table) and `make bench` (pre-virtualization overhead:
# instructions, wall time, build time).  Neither is part of `make test`.
.PHONY: bench demo
bench: all
	bench/bench.sh

demo: all
	bench/demo.sh
