/* gor-lib-time.c — the time package's channels and timers: After, Tick,
 * NewTimer, NewTicker, AfterFunc, Stop and Reset
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Time is the scheduler's virtual clock: a timer is an entry in its heap
 * (gor-sched.c) that sends on a channel, calls a function or cancels a
 * context when the clock reaches it.  Sleep and Now are single
 * instructions of the VM.
 */

#include "config.h"

#include "gor-time-ops.h"
#include "gor-time-private.h"
#include "gor-vm-private.h"

/* AFTER: time.After (b = 0) or time.Tick (b = 1); a: the channel's
 * element type. */
GorValue *
_gor_lib_time_after (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  gint64   d = (--sp)->i;
  GorChan *ch;

  if (b && d <= 0)
    {
      /* time.Tick of a non-positive interval is a nil channel */
      sp->p = NULL;
      return sp + 1;
    }
  ch = _gor_chan_new (vm, g_ptr_array_index (vm->program->type_refs, a), 1);
  ch->timer = TRUE;
  _gor_sched_chan_timer (vm, ch, d, b ? d : 0);
  sp->p = ch;
  return sp + 1;
}

/* Go 1.23's timer channels are unbuffered: a time the timer sent that
 * nobody received yet is still to come, and Stop or Reset take it back
 * (no stale value after them), reporting the timer as running. */
static gint64
drain (GorStruct *t)
{
  GorChan *ch = t->n > 4 && t->f[4].p ? NULL : t->f[0].p;

  if (ch == NULL || ch->len == 0)
    return 0;
  ch->len = 0;
  return 1;
}

/* TIMER: a = 0 NewTimer, 1 NewTicker (pop d, push *Timer), 2 Stop,
 * 3 Reset(d), 4 AfterFunc (pop d f, push *Timer); b: the channel's
 * element type.  A Timer is [0] C, [1] active, [2] generation, [3] period
 * and, for AfterFunc, [4] the function. */
GorValue *
_gor_lib_timer (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  if (a >= GOR_TIME_FIRST)
    return _gor_lib_time_value (vm, a, b, sp, perr);
  switch (a)
    {
    case 4:
      {
        GorClosure *fn = (--sp)->p;
        gint64      d = sp[-1].i;
        GorStruct  *t = gor_struct_new (&vm->heap, 5);

        if (fn == NULL)
          {
            *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
            break;
          }
        t->f[1].i = 1;
        t->f[4].p = fn;
        _gor_sched_obj_timer (vm, t, d);
        sp[-1].p = t;
        break;
      }
    case 0:
    case 1:
      {
        gint64     d = sp[-1].i;
        GorStruct *t = gor_struct_new (&vm->heap, 4);

        if (a == 1 && d <= 0)
          {
            *perr = _gor_vm_string_panic (vm, "non-positive interval for NewTicker");
            break;
          }
        t->f[0].p = _gor_chan_new (vm, g_ptr_array_index (vm->program->type_refs, b), 1);
        ((GorChan *) t->f[0].p)->timer = TRUE;
        t->f[1].i = 1;
        t->f[3].i = a == 1 ? d : 0;
        _gor_sched_obj_timer (vm, t, d);
        sp[-1].p = t;
        break;
      }
    case 2:
      {
        GorStruct *t = sp[-1].p;

        if (t == NULL)
          {
            *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
            break;
          }
        sp[-1].i = t->f[1].i | drain (t);
        t->f[1].i = 0;
        t->f[2].i++;
        break;
      }
    default:
      {
        gint64     d = (--sp)->i;
        GorStruct *t = sp[-1].p;

        if (t == NULL)
          {
            *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
            break;
          }
        if (t->f[3].i > 0 && d <= 0)
          {
            *perr = _gor_vm_string_panic (vm, "non-positive interval for Ticker.Reset");
            break;
          }
        sp[-1].i = t->f[1].i | drain (t);
        t->f[1].i = 1;
        t->f[2].i++;
        if (t->f[3].i > 0)
          t->f[3].i = d;
        _gor_sched_obj_timer (vm, t, d);
        break;
      }
    }
  return sp;
}
