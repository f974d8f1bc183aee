/* render-fixtures.h — hand-built traces for the renderer's tests
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shaped like the seed's first case: gen's goroutine sends 1, 2, 3 on an
 * unbuffered channel while main reads only two values; in the leak it
 * stays blocked on `out <- 3` forever, in the fix it leaves through done.
 * A worker sleeps on the virtual clock and waits for a mutex on the way;
 * in the leak it never gets it and is still blocked when main returned.
 */
#pragma once

#include "gor-trace.h"

#define FIXTURE_SINCE 11u

static inline GorTrace *
fixture_gen_trace (gboolean leak)
{
  GorTrace          *t = gor_trace_new (leak ? "leak.go" : "fixed.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  GorTraceGoroutine *g, *w;

  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_vtime (t, 0, 0);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 14);

  g = gor_trace_add_goroutine (t, 2, 1, "main.gen.func1", "main.gen", t->file, 7, 0);
  gor_trace_set_state (t, g, 0, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 7);
  gor_trace_set_num_goroutines (t, 0, 2);

  w = gor_trace_add_goroutine (t, 3, 1, "main.worker", "main", t->file, 15, 1);
  gor_trace_set_state (t, w, 1, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 30);
  gor_trace_set_num_goroutines (t, 1, 3);

  gor_trace_set_state (t, m, 2, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 16);
  gor_trace_set_state (t, g, 2, GOR_STATE_RUNNING, GOR_REASON_NONE, 8);
  gor_trace_add_handoff (t, 2, 2, 1, 4, 1);
  gor_trace_set_state (t, m, 3, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 16);
  gor_trace_set_state (t, g, 3, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 8);
  gor_trace_set_state (t, w, 3, GOR_STATE_RUNNING, GOR_REASON_NONE, 31);
  gor_trace_set_state (t, w, 4, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 31);
  gor_trace_set_state (t, m, 4, GOR_STATE_RUNNING, GOR_REASON_NONE, 16);
  gor_trace_add_output (t, 4, 1, FALSE, "1\n", 2);
  gor_trace_set_state (t, m, 5, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 17);
  gor_trace_set_state (t, g, 5, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 8);
  gor_trace_set_state (t, g, 6, GOR_STATE_RUNNING, GOR_REASON_NONE, 8);
  gor_trace_add_handoff (t, 2, 6, 1, 7, 1);
  gor_trace_set_state (t, m, 7, GOR_STATE_RUNNING, GOR_REASON_NONE, 17);
  gor_trace_set_state (t, g, 7, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 8);
  gor_trace_add_output (t, 7, 1, FALSE, "2\n", 2);
  gor_trace_set_state (t, m, 8, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 18);
  gor_trace_set_state (t, g, 8, GOR_STATE_RUNNING, GOR_REASON_NONE, 8);
  if (leak)
    gor_trace_set_state (t, g, 9, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 8);
  else
    gor_trace_set_state (t, g, 9, GOR_STATE_BLOCKED, GOR_REASON_SELECT, 9);

  /* The clock jumps: the worker wakes first, takes the mutex later. */
  gor_trace_set_vtime (t, 10, 100000000);
  gor_trace_set_state (t, w, 10, GOR_STATE_RUNNING, GOR_REASON_NONE, 32);
  gor_trace_set_state (t, w, 11, GOR_STATE_BLOCKED, GOR_REASON_MUTEX_LOCK, 33);
  if (!leak)
    {
      gor_trace_set_state (t, g, 11, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 9);
      gor_trace_set_state (t, g, 12, GOR_STATE_RUNNING, GOR_REASON_NONE, 10);
      gor_trace_set_state (t, g, 13, GOR_STATE_EXITED, GOR_REASON_NONE, 11);
      gor_trace_set_num_goroutines (t, 13, 2);
    }
  gor_trace_set_vtime (t, 14, 1000000000);
  gor_trace_set_state (t, m, 14, GOR_STATE_RUNNING, GOR_REASON_NONE, 19);
  if (!leak)
    gor_trace_set_state (t, w, 15, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 33);
  gor_trace_set_state (t, m, 15, GOR_STATE_BLOCKED, GOR_REASON_WAITGROUP_WAIT, 20);
  if (!leak)
    {
      gor_trace_set_state (t, w, 16, GOR_STATE_RUNNING, GOR_REASON_NONE, 34);
      gor_trace_set_state (t, w, 18, GOR_STATE_EXITED, GOR_REASON_NONE, 35);
      gor_trace_set_num_goroutines (t, 18, 1);
    }
  gor_trace_set_state (t, m, 18, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 20);
  gor_trace_set_state (t, m, 19, GOR_STATE_RUNNING, GOR_REASON_NONE, 21);
  gor_trace_add_output (t, 19, 1, FALSE, "done\n", 5);
  gor_trace_set_n_steps (t, 21);
  gor_trace_set_state (t, m, 21, GOR_STATE_EXITED, GOR_REASON_NONE, 22);
  if (leak)
    {
      gor_trace_set_state (t, g, 21, GOR_STATE_KILLED, GOR_REASON_NONE, 8);
      gor_trace_mark_blocked_forever (t, g, FIXTURE_SINCE, GOR_REASON_CHAN_SEND, 8);
      gor_trace_set_state (t, w, 21, GOR_STATE_KILLED, GOR_REASON_NONE, 33);
      gor_trace_mark_still_blocked (t, w, 11, GOR_REASON_MUTEX_LOCK, 33);
    }
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);

  return t;
}
