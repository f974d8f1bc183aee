/* gor-leak.c — which goroutines are blocked forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-leak.h"

void
gor_leak_mark_end (GorVM *vm)
{
  for (GorG *g = vm->all; g; g = g->all_next)
    {
      if (g->status != GOR_G_BLOCKED || g->tg == NULL)
        continue;
      gor_trace_mark_blocked_forever (vm->trace, g->tg, g->blocked_step, g->reason, g->blocked_line);
    }
}

void
gor_leak_check_live (GorVM *vm)
{
}
