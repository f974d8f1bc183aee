/* gor-vm-chan.h — the channel cases of the dispatch loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included once, inside _gor_vm_run (gor-vm.c), whose locals and macros
 * the cases use.  A send, receive, close or select that completes without
 * parking ends its step as a yield that keeps the goroutine; in a plain
 * run the next step is often nothing but that goroutine again, and then
 * the loop goes on into it (_gor_sched_go_on) instead of returning to the
 * scheduler, as an uncontended Lock or Unlock does.
 */
#pragma once

/* the operation did not park: on into the next step when it would be
 * this one's (sync_done, after the Lock and Unlock cases, which end the
 * same way) */
#define CHAN_DONE(done_)      \
  G_STMT_START                \
  {                           \
    if (!(done_))             \
      return GOR_RUN_BLOCKED; \
    goto sync_done;           \
  }                           \
  G_STMT_END

op_SEND:
{
  GorValue v = POP ();
  GorChan *ch = POP ().p;
  gboolean done;

  SAVE ();
  done = _gor_chan_send (vm, g, ch, v, &panic_msg);
  if (panic_msg)
    PANIC_PLAIN ("%s", panic_msg);
  CHAN_DONE (done);
}
op_RECV:
{
  GorChan *ch = POP ().p;
  gint32   dst = (gint32) (sp - stk);
  gboolean done;

  sp->i = 0;
  sp++;
  if (in.b)
    {
      sp->i = 0;
      sp++;
    }
  SAVE ();
  done = _gor_chan_recv (vm, g, ch, dst, in.b);
  CHAN_DONE (done);
}
op_CLOSE:
{
  GorChan *ch = POP ().p;

  SAVE ();
  _gor_chan_close (vm, g, ch, &panic_msg);
  if (panic_msg)
    PANIC_PLAIN ("%s", panic_msg);
  CHAN_DONE (TRUE);
}
op_SELECT:
{
  GorSelectSpec *spec = g_ptr_array_index (prog->select_specs, in.a);
  guint          n_ops = 0;
  GorValue       ops[64];
  GorValue      *vals = ops;
  gint32         dst;
  gboolean       done;

  for (guint i = 0; i < spec->n_cases; i++)
    n_ops += spec->is_send[i] ? 2 : 1;
  if (n_ops > G_N_ELEMENTS (ops))
    vals = g_new (GorValue, n_ops);
  sp -= n_ops;
  memcpy (vals, sp, n_ops * sizeof (GorValue));
  dst = (gint32) (sp - stk);
  sp[0].i = 0;
  sp[1].i = 0;
  sp[2].i = -1;
  sp += 3;
  SAVE ();
  done = _gor_chan_select (vm, g, spec, vals, dst, &panic_msg);
  if (vals != ops)
    g_free (vals);
  if (panic_msg)
    PANIC_PLAIN ("%s", panic_msg);
  CHAN_DONE (done);
}
