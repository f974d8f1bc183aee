/* gor-leak.c — which goroutines are blocked forever
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The live rule is Go's goroutine leak profile: a blocked goroutine can
 * only be woken by someone who holds its channel, mutex or WaitGroup.  Mark
 * everything the goroutines that can run (and package variables) reach;
 * wake, in thought, the blocked goroutines whose primitive got marked and
 * mark from them too, to a fixpoint.  Whoever is left was blocked forever
 * from the step it last blocked.  Nobody can ever reach a primitive again
 * once it is unreachable, so verdicts are final.
 *
 * The marking itself is the runtime's (gor_reach_*): this file owns the
 * rule that reads it.
 */

#include "config.h"

#include "gor-leak.h"

/* Small programs are checked after every blocking step; big ones less
 * often, so that the walk costs O(1) per step amortised (a late verdict
 * still dates from the step the goroutine blocked). */
#define SMALL_HEAP 2000

static void
mark_blocked_forever (GorVM *vm, GorG *g)
{
  GorTraceGoroutine *tg = gor_g_get_trace_record (g);
  GorReason          reason;
  guint32            step, line;

  if (tg == NULL)
    return;
  gor_g_get_block_site (g, &step, &reason, &line);
  /* a no-op for a goroutine already found blocked forever: verdicts stick */
  gor_trace_mark_blocked_forever (gor_vm_get_trace (vm), tg, step, reason, line);
}

void
gor_leak_check_live (GorVM *vm)
{
  g_autoptr (GorReach) reach = NULL;
  g_autoptr (GPtrArray) blocked = NULL;
  gsize    n_objects = gor_vm_get_n_objects (vm);
  guint32  step = gor_vm_get_step (vm);
  GorG    *main_g = gor_vm_get_main_goroutine (vm);
  gboolean changed = TRUE;

  if (!gor_vm_get_record (vm) || gor_vm_is_ended (vm))
    return;
  if (n_objects > SMALL_HEAP && step - gor_vm_get_leak_check_step (vm) < n_objects / 4)
    return;
  gor_vm_set_leak_check_step (vm, step);

  reach = gor_reach_new (vm);
  blocked = g_ptr_array_new ();
  for (GorG *g = gor_vm_get_goroutines (vm); g; g = gor_g_next (g))
    {
      if (gor_g_is_dead (g))
        continue;
      if (gor_g_is_blocked (g) && g != main_g)
        g_ptr_array_add (blocked, g);
      else
        gor_reach_mark_goroutine (reach, g); /* can still run (main counts as running) */
    }

  /* wake, in thought, whoever waits on something reached, to a fixpoint */
  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < blocked->len; i++)
        {
          GorG *g = g_ptr_array_index (blocked, i);

          if (g != NULL && gor_reach_wait_is_marked (reach, g))
            {
              gor_reach_mark_goroutine (reach, g);
              blocked->pdata[i] = NULL;
              changed = TRUE;
            }
        }
    }

  for (guint i = 0; i < blocked->len; i++)
    if (g_ptr_array_index (blocked, i) != NULL)
      mark_blocked_forever (vm, g_ptr_array_index (blocked, i));
}

void
gor_leak_mark_end (GorVM *vm)
{
  for (GorG *g = gor_vm_get_goroutines (vm); g; g = gor_g_next (g))
    if (gor_g_is_blocked (g))
      mark_blocked_forever (vm, g);
}
