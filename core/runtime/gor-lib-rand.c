/* gor-lib-rand.c — math/rand on the run's seeded generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scheduler's generator serves the program too, so a seed replays
 * the program's random numbers along with its schedule.
 */

#include "config.h"

#include "gor-vm-private.h"

/* RAND: a = 0 Intn, 1 Int, 2 Float64, 3 Seed (ignored) */
GorValue *
_gor_lib_rand (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  switch (a)
    {
    case 0:
      if (sp[-1].i <= 0)
        {
          *perr = _gor_vm_string_panic (vm, "invalid argument to Intn");
          break;
        }
      sp[-1].i = (gint64) (_gor_sched_rand (vm) % (guint64) sp[-1].i);
      break;
    case 1:
      sp->i = (gint64) (_gor_sched_rand (vm) >> 1);
      sp++;
      break;
    case 2:
      sp->f = (double) (_gor_sched_rand (vm) >> 11) / 9007199254740992.0;
      sp++;
      break;
    default: sp--; break;
    }
  return sp;
}
