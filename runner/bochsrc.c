/*
 * runner/bochsrc.c - the one place that writes a bochsrc (both Bochs
 * targets, bochs and vtx, use it; nothing else in the tree generates one).
 *
 * The configuration depends on nothing of the host that the run does not
 * need, because every dependency is a way to die at start on some machine:
 *  - sound: Debian's Bochs 2.7 loads its speaker device by default, which
 *    opens the host's ALSA default PCM; on a machine without a sound card
 *    that aborts Bochs with "*** buffer overflow detected ***" before the
 *    guest runs.  All sound drivers are "dummy" and the speaker is off.
 *  - parallel port and game port: unloaded (the parallel port may open a
 *    host printer device).
 *  - mouse off; the keyboard is the emulated one with no host keymap; no
 *    network card (none is configured, so none is loaded).
 *  - display: rfb with timeout=0 is the only headless display this build
 *    has (no "nogui"); it listens on the first free port 5900-5949 and does
 *    not wait for a client.  That port is the one host resource left.
 *  - files: the ISO, serial log and Bochs log are all in the run's work
 *    directory (Bochs is also started there); the BIOS ROMs are read only.
 *  - MSRs: Bochs' default (ignore_bad_msrs=1) reads an MSR it does not
 *    know as 0 and drops writes to it, where hardware raises #GP.
 *    Multiboot guests get ignore_bad_msrs=0 (strict_msrs), so bare Bochs
 *    is the reference the hypervisor's MSR policy is compared with
 *    (tests/suites/62-hv-equivalence.sh); Linux boots keep the default.
 */
#include "abr.h"

#include <stdio.h>

int abr_bochsrc_text(char *buf, size_t len, const struct abr_bochsrc *rc)
{
	char ipsopt[64] = "";
	int n;

	if (rc->ips)
		snprintf(ipsopt, sizeof(ipsopt), ", ips=%lu", rc->ips);
	/*
	 * reset_on_triple_fault=0 turns a triple fault into a panic that ends
	 * the run; panic: action=fatal makes every panic end it.  clock
	 * sync=none keeps the TSC a pure instruction count.  plugin_ctrl must
	 * come first: it applies to what follows.
	 */
	n = snprintf(buf, len,
		     "plugin_ctrl: parallel=0, gameport=0\n"
		     "megs: %d\n"
		     "cpu: model=%s, count=1%s, reset_on_triple_fault=0%s\n"
		     "romimage: file=%s, options=fastboot\n"
		     "vgaromimage: file=%s\n"
		     "display_library: rfb, options=\"timeout=0\"\n"
		     "sound: waveoutdrv=dummy, waveindrv=dummy, midioutdrv=dummy\n"
		     "speaker: enabled=0\n"
		     "mouse: enabled=0\n"
		     "ata0-master: type=cdrom, path=%s, status=inserted\n"
		     "boot: cdrom\n"
		     "clock: sync=none\n"
		     "com1: enabled=1, mode=file, dev=%s\n"
		     "port_e9_hack: enabled=1\n"
		     "log: %s\n"
		     "panic: action=fatal\n"
		     "error: action=report\n",
		     rc->megs, rc->cpu, ipsopt, rc->strict_msrs ? ", ignore_bad_msrs=0" : "", rc->bios, rc->vgabios, rc->iso,
		     rc->serial, rc->log);
	if (n < 0 || (size_t)n >= len) {
		fprintf(stderr, "afterburn-run: bochsrc too long\n");
		return -1;
	}
	return 0;
}
