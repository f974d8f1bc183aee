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

#include "gor-vm-private.h"

/* AFTER: time.After (b = 0) or time.Tick (b = 1); a: the channel's
 * element type. */
GorValue *
_gor_lib_time_after (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  gint64 d = (--sp)->i;
  GorChan *ch = _gor_chan_new (vm, g_ptr_array_index (vm->program->type_refs, a), 1);

  if (b && d <= 0)
    {
      *perr = _gor_vm_error (vm, "non-positive interval for NewTicker");
      return sp;
    }
  _gor_sched_chan_timer (vm, ch, d, b ? d : 0);
  sp->p = ch;
  return sp + 1;
}

/* TIMER: a = 0 NewTimer, 1 NewTicker (pop d, push *Timer), 2 Stop,
 * 3 Reset(d), 4 AfterFunc (pop d f, push *Timer); b: the channel's
 * element type.  A Timer is [0] C, [1] active, [2] generation, [3] period
 * and, for AfterFunc, [4] the function. */
GorValue *
_gor_lib_timer (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  switch (a)
    {
    case 4:
      {
        GorClosure *fn = (--sp)->p;
        gint64 d = sp[-1].i;
        GorStruct *t = gor_struct_new (&vm->heap, 5);

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
        gint64 d = sp[-1].i;
        GorStruct *t = gor_struct_new (&vm->heap, 4);

        if (a == 1 && d <= 0)
          {
            *perr = _gor_vm_error (vm, "non-positive interval for NewTicker");
            break;
          }
        t->f[0].p = _gor_chan_new (vm, g_ptr_array_index (vm->program->type_refs, b), 1);
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
        sp[-1].i = t->f[1].i;
        t->f[1].i = 0;
        t->f[2].i++;
        break;
      }
    default:
      {
        gint64 d = (--sp)->i;
        GorStruct *t = sp[-1].p;

        if (t == NULL)
          {
            *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
            break;
          }
        sp[-1].i = t->f[1].i;
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

/* time.Duration.String: "1h2m3.5s", "1.5ms", "0s" */
void
_gor_time_format_duration (GString *out, gint64 d)
{
  char buf[32];
  int w = sizeof buf;
  guint64 u = d < 0 ? (guint64) 0 - (guint64) d : (guint64) d;
  gboolean neg = d < 0;

  if (u < 1000000000)
    {
      int prec = 0;
      const char *unit;

      if (u == 0)
        {
          g_string_append (out, "0s");
          return;
        }
      if (u < 1000)
        unit = "ns";
      else if (u < 1000000)
        {
          prec = 3;
          unit = "µs";
        }
      else
        {
          prec = 6;
          unit = "ms";
        }
      {
        /* fmtFrac then fmtInt, as Go does */
        gboolean print = FALSE;
        char tmp[32];
        int tw = sizeof tmp;

        for (int i = 0; i < prec; i++)
          {
            int digit = (int) (u % 10);

            print = print || digit != 0;
            if (print)
              tmp[--tw] = (char) ('0' + digit);
            u /= 10;
          }
        if (print)
          tmp[--tw] = '.';
        if (u == 0)
          tmp[--tw] = '0';
        while (u > 0)
          {
            tmp[--tw] = (char) ('0' + u % 10);
            u /= 10;
          }
        if (neg)
          g_string_append_c (out, '-');
        g_string_append_len (out, tmp + tw, (gssize) (sizeof tmp - (gsize) tw));
        g_string_append (out, unit);
        return;
      }
    }
  buf[--w] = 's';
  {
    gboolean print = FALSE;

    for (int i = 0; i < 9; i++)
      {
        int digit = (int) (u % 10);

        print = print || digit != 0;
        if (print)
          buf[--w] = (char) ('0' + digit);
        u /= 10;
      }
    if (print)
      buf[--w] = '.';
  }
  {
    guint64 secs = u % 60;

    u /= 60;
    if (secs == 0)
      buf[--w] = '0';
    while (secs > 0)
      {
        buf[--w] = (char) ('0' + secs % 10);
        secs /= 10;
      }
  }
  if (u > 0)
    {
      guint64 mins = u % 60;

      buf[--w] = 'm';
      u /= 60;
      if (mins == 0)
        buf[--w] = '0';
      while (mins > 0)
        {
          buf[--w] = (char) ('0' + mins % 10);
          mins /= 10;
        }
      if (u > 0)
        {
          buf[--w] = 'h';
          while (u > 0)
            {
              buf[--w] = (char) ('0' + u % 10);
              u /= 10;
            }
        }
    }
  if (neg)
    buf[--w] = '-';
  g_string_append_len (out, buf + w, (gssize) (sizeof buf - (gsize) w));
}
