/* gor-trace-private.h — the recording calls of a step, inline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recorded step makes about five calls into the trace; in each, saving
 * and restoring registers cost as much as the work.  The usual case of
 * each (an append with room, a state that changes in another step than
 * it began) is here, for the scheduler to inline; anything else goes to
 * the public call, which stays the one definition of what is recorded.
 */

#pragma once

#include "gor-trace.h"

G_BEGIN_DECLS

/* gor_trace_set_state */
static inline void
_gor_trace_state (GorTrace *trace, GorTraceGoroutine *g, guint32 step, GorState state, GorReason reason,
                  guint32 line)
{
  GArray *a = g->spans;
  guint   len = a->len;

  if (G_LIKELY (len > 0 && len < g->spans_cap && state != GOR_STATE_EXITED && state != GOR_STATE_KILLED
                && g_array_index (a, GorSpan, len - 1).end_step == GOR_SPAN_OPEN))
    {
      GorSpan *last = &g_array_index (a, GorSpan, len - 1);

      if (last->state == state && last->reason == reason && last->line == line)
        return;
      if (last->first_step == step)
        {
          /* nothing happened in the old state: replace it, and merge
           * with the one before when that one is the same */
          if (len > 1)
            {
              GorSpan *prev = last - 1;

              if (prev->state == state && prev->reason == reason && prev->line == line
                  && prev->end_step == step)
                {
                  a->len = len - 1;
                  prev->end_step = GOR_SPAN_OPEN;
                  return;
                }
            }
          last->state = (guint8) state;
          last->reason = (guint8) reason;
          last->line = line;
          return;
        }
      last->end_step = step;
      last[1].first_step = step;
      last[1].end_step = GOR_SPAN_OPEN;
      last[1].state = (guint8) state;
      last[1].reason = (guint8) reason;
      last[1].pad = 0;
      last[1].line = line;
      a->len = len + 1;
      return;
    }
  gor_trace_set_state (trace, g, step, state, reason, line);
}

/* gor_trace_set_vtime */
static inline void
_gor_trace_vtime (GorTrace *trace, guint32 step, gint64 ns)
{
  GArray *a = trace->vtime;
  guint   len = a->len;

  if (G_LIKELY (len > 0 && len < trace->vtime_cap))
    {
      GorStepValue *last = &g_array_index (a, GorStepValue, len - 1);

      if (last->value == ns)
        return;
      if (last->step != step)
        {
          last[1].step = step;
          last[1].value = ns;
          a->len = len + 1;
          return;
        }
    }
  gor_trace_set_vtime (trace, step, ns);
}

/* gor_trace_set_event */
static inline void
_gor_trace_event (GorTrace *trace, guint32 step, const GorStepEvent *ev, const char *text)
{
  GArray *a = trace->events;

  if (G_LIKELY (step == a->len && step < trace->events_cap && ev->value_kind != GOR_EVENT_VALUE_TEXT))
    {
      ((GorStepEvent *) (gpointer) a->data)[step] = *ev;
      a->len = step + 1;
      return;
    }
  gor_trace_set_event (trace, step, ev, text);
}

/* gor_trace_add_handoff */
static inline void
_gor_trace_handoff (GorTrace *trace, guint32 from_id, guint32 from_step, guint32 to_id, guint32 to_step,
                    guint32 chan_id)
{
  GArray *a = trace->handoffs;

  if (G_LIKELY (a->len < trace->handoffs_cap))
    {
      GorHandoff *h = &((GorHandoff *) (gpointer) a->data)[a->len];

      h->from_id = from_id;
      h->from_step = from_step;
      h->to_id = to_id;
      h->to_step = to_step;
      h->chan_id = chan_id;
      a->len++;
      return;
    }
  gor_trace_add_handoff (trace, from_id, from_step, to_id, to_step, chan_id);
}

/* gor_trace_set_n_steps */
static inline void
_gor_trace_steps (GorTrace *trace, guint32 n_steps)
{
  if (G_LIKELY (n_steps >= trace->n_steps && n_steps < GOR_SPAN_OPEN))
    trace->n_steps = n_steps;
  else
    gor_trace_set_n_steps (trace, n_steps);
}

G_END_DECLS
