/* hv_task.c - placeholder, filled in next */
#include "hv.h"
void hv_task_switch(struct hv_guest *g, struct hv_regs *r, uint64_t qual)
{
	hv_guest_stop(g, HV_STOP_FAULT, 0, "exit reason 9 (task_switch) not handled");
}
