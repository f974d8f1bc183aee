/* gor-leak.c — which goroutines are blocked forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Blocked forever (red) is a proof: Go's goroutine leak rule, run over the
 * VM's state after every step (gor-reach.c marks from the goroutines that
 * can still run, pending timers and package variables, to a fixpoint).
 * Nothing can ever reach a primitive again once nothing that can run
 * reaches it, so the verdict is final; it is dated from the step at whose
 * end the rule first proved it — "certain" means exactly that: at the
 * state between step S-1 and step S no goroutine able to run could reach
 * what it waits on.  A goroutine that waits on nothing (a nil channel,
 * select {}) is certain from the step it blocked.  Since the rule runs
 * after every step, the date is exact at step granularity: never earlier
 * than the proof, never back-dated to the step it blocked at.
 *
 * When the run ends, the rule runs once more on the last state (with main
 * gone when it returned): what it proves then is blocked forever from the
 * last step.  Whoever is blocked and still unproven gets the other label,
 * still blocked when main returned: a sleeper, a ticker or a package
 * variable might have woken it had the program gone on.
 */

#include "config.h"

#include "gor-leak.h"

static void
proven_cb (GorG *g, gpointer user_data)
{
  GorVM             *vm = user_data;
  GorTraceGoroutine *tg = gor_g_get_trace_record (g);
  GorReason          reason;
  guint32            step, line;

  if (tg == NULL)
    return;
  gor_g_get_block_site (g, &step, &reason, &line);
  gor_trace_mark_blocked_forever (gor_vm_get_trace (vm), tg, gor_vm_get_step (vm), reason, line);
}

void
gor_leak_check_live (GorVM *vm, GorG *ran, gboolean ran_blocked)
{
  if (!gor_vm_get_record (vm) || gor_vm_is_ended (vm))
    return;
  gor_reach_check (vm, ran, ran_blocked, FALSE, proven_cb, vm);
}

void
gor_leak_mark_end (GorVM *vm)
{
  gor_reach_check (vm, NULL, FALSE, TRUE, proven_cb, vm);
  for (GorG *g = gor_vm_get_goroutines (vm); g; g = gor_g_next (g))
    {
      GorTraceGoroutine *tg = gor_g_get_trace_record (g);
      GorReason          reason;
      guint32            step, line;

      if (tg == NULL || !gor_g_is_blocked (g))
        continue;
      gor_g_get_block_site (g, &step, &reason, &line);
      gor_trace_mark_still_blocked (gor_vm_get_trace (vm), tg, step, reason, line);
    }
}

GorVerdict
gor_leak_verdict (const GorTraceGoroutine *g)
{
  if (g->blocked_forever_since >= 0)
    return GOR_VERDICT_BLOCKED_FOREVER;
  if (g->still_blocked_since >= 0)
    return GOR_VERDICT_STILL_BLOCKED;
  return GOR_VERDICT_NONE;
}
