/* gor-trace.c — the recorded life of every goroutine of one run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-trace.h"

static const char *reason_names[GOR_N_REASONS] = {
  [GOR_REASON_NONE] = "",
  [GOR_REASON_CHAN_SEND] = "chan send",
  [GOR_REASON_CHAN_RECV] = "chan receive",
  [GOR_REASON_NIL_CHAN_SEND] = "chan send (nil chan)",
  [GOR_REASON_NIL_CHAN_RECV] = "chan receive (nil chan)",
  [GOR_REASON_SELECT] = "select",
  [GOR_REASON_SELECT_NO_CASES] = "select (no cases)",
  [GOR_REASON_MUTEX_LOCK] = "sync.Mutex.Lock",
  [GOR_REASON_RWMUTEX_RLOCK] = "sync.RWMutex.RLock",
  [GOR_REASON_RWMUTEX_LOCK] = "sync.RWMutex.Lock",
  [GOR_REASON_WAITGROUP_WAIT] = "sync.WaitGroup.Wait",
  [GOR_REASON_COND_WAIT] = "sync.Cond.Wait",
  [GOR_REASON_SLEEP] = "sleep",
};

static const char *reason_short_names[GOR_N_REASONS] = {
  [GOR_REASON_NONE] = "",
  [GOR_REASON_CHAN_SEND] = "chan send",
  [GOR_REASON_CHAN_RECV] = "chan receive",
  [GOR_REASON_NIL_CHAN_SEND] = "nil chan",
  [GOR_REASON_NIL_CHAN_RECV] = "nil chan",
  [GOR_REASON_SELECT] = "select",
  [GOR_REASON_SELECT_NO_CASES] = "select {}",
  [GOR_REASON_MUTEX_LOCK] = "Lock",
  [GOR_REASON_RWMUTEX_RLOCK] = "RLock",
  [GOR_REASON_RWMUTEX_LOCK] = "Lock",
  [GOR_REASON_WAITGROUP_WAIT] = "Wait",
  [GOR_REASON_COND_WAIT] = "Cond.Wait",
  [GOR_REASON_SLEEP] = "Sleep",
};

static const char *state_names[GOR_N_STATES] = {
  [GOR_STATE_RUNNING] = "running",   [GOR_STATE_RUNNABLE] = "runnable", [GOR_STATE_BLOCKED] = "blocked",
  [GOR_STATE_SLEEPING] = "sleeping", [GOR_STATE_EXITED] = "exited",     [GOR_STATE_KILLED] = "killed",
};

const char *
gor_reason_to_string (GorReason reason)
{
  g_return_val_if_fail (reason < GOR_N_REASONS, "");
  return reason_names[reason];
}

const char *
gor_reason_to_short_string (GorReason reason)
{
  g_return_val_if_fail (reason < GOR_N_REASONS, "");
  return reason_short_names[reason];
}

const char *
gor_state_to_string (GorState state)
{
  g_return_val_if_fail (state < GOR_N_STATES, "");
  return state_names[state];
}

/* Room for one more element at the end of @a, whose allocation is known
 * to hold *@cap elements: the trace appends several elements at every
 * step, and g_array_append_vals costs about 60 host instructions a call
 * where a store costs a few.  The room doubles through g_array_set_size,
 * which never shrinks an allocation, so *@cap stays true while the array
 * lives, and an append made elsewhere only makes it smaller than true. */
static inline gpointer
array_push (GArray *a, guint *cap, gsize elt)
{
  guint len = a->len;

  if (G_UNLIKELY (len >= *cap))
    {
      guint want = MAX (MAX (*cap * 2, len + 1), 16);

      g_array_set_size (a, want);
      a->len = len;
      *cap = want;
    }
  a->len = len + 1;
  return a->data + (gsize) len * elt;
}

static void
goroutine_free (gpointer data)
{
  GorTraceGoroutine *g = data;

  g_free (g->name);
  g_free (g->created_file);
  g_free (g->creator_name);
  g_array_unref (g->spans);
  g_free (g);
}

GorTrace *
gor_trace_new (const char *file, const char *source, guint64 seed)
{
  GorTrace *trace = g_new0 (GorTrace, 1);

  g_atomic_ref_count_init (&trace->ref_count);
  trace->file = g_strdup (file);
  trace->source = g_strdup (source);
  trace->seed = seed;
  trace->goroutines = g_ptr_array_new_with_free_func (goroutine_free);
  trace->handoffs = g_array_new (FALSE, FALSE, sizeof (GorHandoff));
  trace->output = g_array_new (FALSE, FALSE, sizeof (GorOutputChunk));
  trace->output_text = g_string_new (NULL);
  trace->num_goroutines = g_array_new (FALSE, FALSE, sizeof (GorStepValue));
  trace->vtime = g_array_new (FALSE, FALSE, sizeof (GorStepValue));
  /* not cleared by GLib: growing by doubling would write zeros to room
   * not used yet, and make it resident; the steps skipped are cleared in
   * gor_trace_set_event */
  trace->events = g_array_new (FALSE, FALSE, sizeof (GorStepEvent));
  trace->event_text = g_string_new ("");
  trace->chan_caps = g_array_new (FALSE, TRUE, sizeof (guint32));
  trace->end_kind = GOR_END_NONE;

  return trace;
}

GorTrace *
gor_trace_ref (GorTrace *trace)
{
  g_return_val_if_fail (trace != NULL, NULL);
  g_atomic_ref_count_inc (&trace->ref_count);
  return trace;
}

void
gor_trace_unref (GorTrace *trace)
{
  g_return_if_fail (trace != NULL);

  if (!g_atomic_ref_count_dec (&trace->ref_count))
    return;

  g_free (trace->file);
  g_free (trace->source);
  g_ptr_array_unref (trace->goroutines);
  g_array_unref (trace->handoffs);
  g_array_unref (trace->output);
  g_string_free (trace->output_text, TRUE);
  g_array_unref (trace->num_goroutines);
  g_array_unref (trace->vtime);
  g_array_unref (trace->events);
  g_string_free (trace->event_text, TRUE);
  g_array_unref (trace->chan_caps);
  g_free (trace->end_message);
  g_free (trace);
}

guint
gor_trace_get_n_goroutines (GorTrace *trace)
{
  return trace->goroutines->len;
}

GorTraceGoroutine *
gor_trace_get_goroutine (GorTrace *trace, guint index)
{
  g_return_val_if_fail (index < trace->goroutines->len, NULL);
  return g_ptr_array_index (trace->goroutines, index);
}

GorTraceGoroutine *
gor_trace_lookup (GorTrace *trace, guint32 goroutine_id)
{
  guint lo = 0, hi = trace->goroutines->len;

  /* Ids are handed out in creation order, so the array is sorted by id. */
  while (lo < hi)
    {
      guint              mid = lo + (hi - lo) / 2;
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, mid);

      if (g->id == goroutine_id)
        return g;
      if (g->id < goroutine_id)
        lo = mid + 1;
      else
        hi = mid;
    }

  return NULL;
}

const GorSpan *
gor_trace_goroutine_span_at (const GorTraceGoroutine *g, guint32 step)
{
  const GorSpan *spans = (const GorSpan *) (gpointer) g->spans->data;
  guint          lo = 0, hi = g->spans->len;

  if (hi == 0 || step < spans[0].first_step)
    return NULL;

  /* Last span with first_step <= step. */
  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (spans[mid].first_step <= step)
        lo = mid;
      else
        hi = mid;
    }

  /* Prefer a non-empty span at this step over a zero-length end marker that
   * starts at the same step. */
  while (lo > 0 && spans[lo].first_step == spans[lo].end_step && spans[lo - 1].first_step <= step
         && spans[lo - 1].end_step > step)
    lo--;

  if (spans[lo].end_step != GOR_SPAN_OPEN && spans[lo].end_step <= step
      && spans[lo].first_step != spans[lo].end_step)
    return NULL;

  return &spans[lo];
}

gint64
gor_trace_value_at (GArray *change_points, guint32 step)
{
  const GorStepValue *v = (const GorStepValue *) (gpointer) change_points->data;
  guint               lo = 0, hi = change_points->len;

  if (hi == 0 || step < v[0].step)
    return 0;

  while (hi - lo > 1)
    {
      guint mid = lo + (hi - lo) / 2;

      if (v[mid].step <= step)
        lo = mid;
      else
        hi = mid;
    }

  return v[lo].value;
}

gint64
gor_trace_vtime_at (GorTrace *trace, guint32 step)
{
  return gor_trace_value_at (trace->vtime, step);
}

gint64
gor_trace_num_goroutines_at (GorTrace *trace, guint32 step)
{
  return gor_trace_value_at (trace->num_goroutines, step);
}

guint
gor_trace_count_blocked_forever (GorTrace *trace)
{
  guint n = 0;

  for (guint i = 0; i < trace->goroutines->len; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);

      if (g->blocked_forever_since >= 0)
        n++;
    }

  return n;
}

guint
gor_trace_count_still_blocked (GorTrace *trace)
{
  guint n = 0;

  for (guint i = 0; i < trace->goroutines->len; i++)
    if (((GorTraceGoroutine *) g_ptr_array_index (trace->goroutines, i))->still_blocked_since >= 0)
      n++;
  return n;
}

GorTraceGoroutine *
gor_trace_add_goroutine (GorTrace *trace, guint32 id, guint32 parent_id, const char *name,
                         const char *creator_name, const char *created_file, guint32 created_line,
                         guint32 step)
{
  GorTraceGoroutine *g = g_new0 (GorTraceGoroutine, 1);

  g->id = id;
  g->parent_id = parent_id;
  g->name = g_strdup (name);
  g->creator_name = g_strdup (creator_name);
  g->created_file = g_strdup (created_file);
  g->created_line = created_line;
  g->created_step = step;
  g->spans = g_array_new (FALSE, FALSE, sizeof (GorSpan));
  g->blocked_forever_since = -1;
  g->still_blocked_since = -1;
  g_ptr_array_add (trace->goroutines, g);

  return g;
}

void
gor_trace_set_state (GorTrace *trace, GorTraceGoroutine *g, guint32 step, GorState state, GorReason reason,
                     guint32 line)
{
  GorSpan span = {
    0,
  };

  if (g->spans->len > 0)
    {
      GorSpan *last = &g_array_index (g->spans, GorSpan, g->spans->len - 1);

      if (last->end_step == GOR_SPAN_OPEN)
        {
          if (last->state == state && last->reason == reason && last->line == line)
            return;

          if (last->first_step == step)
            {
              /* Nothing happened in the old state: replace it, and merge
               * with the one before when that one is the same. */
              if (g->spans->len > 1)
                {
                  GorSpan *prev = &g_array_index (g->spans, GorSpan, g->spans->len - 2);

                  if (prev->state == state && prev->reason == reason && prev->line == line
                      && prev->end_step == step)
                    {
                      g_array_set_size (g->spans, g->spans->len - 1);
                      prev->end_step = GOR_SPAN_OPEN;
                      goto ended;
                    }
                }
              last->state = state;
              last->reason = reason;
              last->line = line;
              goto ended;
            }

          last->end_step = step;
        }
    }

  span.first_step = step;
  span.end_step = GOR_SPAN_OPEN;
  span.state = state;
  span.reason = reason;
  span.line = line;
  *(GorSpan *) array_push (g->spans, &g->spans_cap, sizeof (GorSpan)) = span;

ended:
  if (state == GOR_STATE_EXITED || state == GOR_STATE_KILLED)
    {
      GorSpan *last = &g_array_index (g->spans, GorSpan, g->spans->len - 1);

      last->end_step = last->first_step;
      g->ended = TRUE;
    }
}

void
gor_trace_add_handoff (GorTrace *trace, guint32 from_id, guint32 from_step, guint32 to_id, guint32 to_step,
                       guint32 chan_id)
{
  GorHandoff h = { from_id, from_step, to_id, to_step, chan_id };

  *(GorHandoff *) array_push (trace->handoffs, &trace->handoffs_cap, sizeof (GorHandoff)) = h;
}

void
gor_trace_add_output (GorTrace *trace, guint32 step, guint32 goroutine_id, gboolean is_stderr,
                      const char *text, gsize len)
{
  GorOutputChunk chunk;

  chunk.step = step;
  chunk.goroutine_id = goroutine_id;
  chunk.offset = (guint32) trace->output_text->len;
  chunk.length = (guint32) len;
  chunk.is_stderr = is_stderr;
  g_string_append_len (trace->output_text, text, (gssize) len);
  g_array_append_val (trace->output, chunk);
}

const GorStepEvent *
gor_trace_event_at (GorTrace *trace, guint32 step)
{
  const GorStepEvent *ev;

  if (step >= trace->events->len)
    return NULL;
  ev = &g_array_index (trace->events, GorStepEvent, step);
  return ev->kind == GOR_EVENT_NONE && ev->goroutine_id == 0 ? NULL : ev;
}

const char *
gor_trace_event_text (GorTrace *trace, const GorStepEvent *ev)
{
  if (ev->value_kind != GOR_EVENT_VALUE_TEXT || ev->value_lo >= trace->event_text->len)
    return "";
  return trace->event_text->str + ev->value_lo;
}

void
gor_trace_set_event (GorTrace *trace, guint32 step, const GorStepEvent *ev, const char *text)
{
  GorStepEvent *slot;

  if (step == trace->events->len)
    slot = array_push (trace->events, &trace->events_cap, sizeof (GorStepEvent));
  else
    {
      if (step > trace->events->len)
        {
          guint len = trace->events->len;

          /* steps without an event stay zero */
          g_array_set_size (trace->events, step + 1);
          memset (&g_array_index (trace->events, GorStepEvent, len), 0,
                  (gsize) (step + 1 - len) * sizeof (GorStepEvent));
          trace->events_cap = MAX (trace->events_cap, trace->events->len);
        }
      slot = &g_array_index (trace->events, GorStepEvent, step);
    }
  *slot = *ev;
  if (ev->value_kind == GOR_EVENT_VALUE_TEXT)
    {
      gor_step_event_set_value (slot, GOR_EVENT_VALUE_TEXT, (gint64) trace->event_text->len);
      g_string_append_len (trace->event_text, text ? text : "", (gssize) (text ? strlen (text) + 1 : 1));
    }
}

void
gor_trace_add_chan (GorTrace *trace, guint32 chan_id, guint32 cap)
{
  if (chan_id == 0)
    return;
  if (chan_id > trace->chan_caps->len)
    g_array_set_size (trace->chan_caps, chan_id);
  g_array_index (trace->chan_caps, guint32, chan_id - 1) = cap;
}

static void
set_change_point (GArray *points, guint *cap, guint32 step, gint64 value)
{
  GorStepValue v = { step, value };

  if (points->len > 0)
    {
      GorStepValue *last = &g_array_index (points, GorStepValue, points->len - 1);

      if (last->value == value)
        return;
      if (last->step == step)
        {
          last->value = value;
          return;
        }
    }

  if (cap != NULL)
    *(GorStepValue *) array_push (points, cap, sizeof (GorStepValue)) = v;
  else
    g_array_append_val (points, v);
}

void
gor_trace_set_num_goroutines (GorTrace *trace, guint32 step, gint64 n)
{
  set_change_point (trace->num_goroutines, NULL, step, n);
}

void
gor_trace_set_vtime (GorTrace *trace, guint32 step, gint64 ns)
{
  set_change_point (trace->vtime, &trace->vtime_cap, step, ns);
}

void
gor_trace_set_n_steps (GorTrace *trace, guint32 n_steps)
{
  g_return_if_fail (n_steps >= trace->n_steps);
  g_return_if_fail (n_steps < GOR_SPAN_OPEN);
  trace->n_steps = n_steps;
}

void
gor_trace_finish (GorTrace *trace, GorEndKind kind, int exit_status, const char *end_message)
{
  trace->end_kind = kind;
  trace->exit_status = exit_status;
  g_free (trace->end_message);
  trace->end_message = g_strdup (end_message);

  /* Close the open spans at the end of the run. */
  for (guint i = 0; i < trace->goroutines->len; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);

      if (g->spans->len > 0)
        {
          GorSpan *last = &g_array_index (g->spans, GorSpan, g->spans->len - 1);

          if (last->end_step == GOR_SPAN_OPEN)
            last->end_step = MAX (trace->n_steps, last->first_step);
        }
    }
}

void
gor_trace_mark_blocked_forever (GorTrace *trace, GorTraceGoroutine *g, guint32 since_step, GorReason reason,
                                guint32 line)
{
  if (g->blocked_forever_since >= 0)
    return; /* sticky: the first verdict stands */

  g->blocked_forever_since = since_step;
  g->forever_reason = reason;
  g->blocked_line = line;
}

void
gor_trace_mark_still_blocked (GorTrace *trace, GorTraceGoroutine *g, guint32 since_step, GorReason reason,
                              guint32 line)
{
  (void) trace;
  if (g->blocked_forever_since >= 0 || g->still_blocked_since >= 0)
    return;
  g->still_blocked_since = since_step;
  g->forever_reason = reason;
  g->blocked_line = line;
}

static const char *end_kind_names[] = {
  [GOR_END_NONE] = "none",
  [GOR_END_MAIN_RETURNED] = "main-returned",
  [GOR_END_EXIT] = "exit",
  [GOR_END_PANIC] = "panic",
  [GOR_END_FATAL] = "fatal",
  [GOR_END_DEADLOCK] = "deadlock",
  [GOR_END_STEP_LIMIT] = "step-limit",
};

char *
gor_trace_to_string (GorTrace *trace)
{
  GString *s = g_string_new (NULL);

  g_string_append_printf (s, "trace %s seed=%" G_GUINT64_FORMAT " steps=%u end=%s status=%d\n",
                          trace->file ? trace->file : "-", trace->seed, trace->n_steps,
                          end_kind_names[trace->end_kind], trace->exit_status);
  if (trace->end_message)
    g_string_append_printf (s, "message %s\n", trace->end_message);

  for (guint i = 0; i < trace->goroutines->len; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);

      g_string_append_printf (s, "g%u %s parent=%u created=%s:%u by %s at step %u", g->id, g->name,
                              g->parent_id, g->created_file ? g->created_file : "-", g->created_line,
                              g->creator_name ? g->creator_name : "-", g->created_step);
      if (g->blocked_forever_since >= 0)
        g_string_append_printf (s, " forever-since=%" G_GINT64_FORMAT " reason=%s line=%u",
                                g->blocked_forever_since, gor_reason_to_string (g->forever_reason),
                                g->blocked_line);
      if (g->still_blocked_since >= 0)
        g_string_append_printf (s, " still-blocked-since=%" G_GINT64_FORMAT " reason=%s line=%u",
                                g->still_blocked_since, gor_reason_to_string (g->forever_reason),
                                g->blocked_line);
      g_string_append_c (s, '\n');

      for (guint j = 0; j < g->spans->len; j++)
        {
          const GorSpan *sp = &g_array_index (g->spans, GorSpan, j);

          g_string_append_printf (s, "  [%u,%u) %s", sp->first_step, gor_trace_span_end (trace, sp),
                                  gor_state_to_string (sp->state));
          if (sp->reason != GOR_REASON_NONE)
            g_string_append_printf (s, " (%s)", gor_reason_to_string (sp->reason));
          g_string_append_printf (s, " line %u\n", sp->line);
        }
    }

  for (guint i = 0; i < trace->handoffs->len; i++)
    {
      const GorHandoff *h = &g_array_index (trace->handoffs, GorHandoff, i);

      g_string_append_printf (s, "handoff c%u g%u@%u -> g%u@%u\n", h->chan_id, h->from_id, h->from_step,
                              h->to_id, h->to_step);
    }

  for (guint i = 0; i < trace->output->len; i++)
    {
      const GorOutputChunk *c = &g_array_index (trace->output, GorOutputChunk, i);
      g_autofree char      *escaped = NULL;
      g_autofree char      *text = g_strndup (trace->output_text->str + c->offset, c->length);

      escaped = g_strescape (text, NULL);
      g_string_append_printf (s, "%s@%u g%u \"%s\"\n", c->is_stderr ? "stderr" : "stdout", c->step,
                              c->goroutine_id, escaped);
    }

  for (guint i = 0; i < trace->num_goroutines->len; i++)
    {
      const GorStepValue *v = &g_array_index (trace->num_goroutines, GorStepValue, i);
      g_string_append_printf (s, "numg@%u %" G_GINT64_FORMAT "\n", v->step, v->value);
    }

  for (guint i = 0; i < trace->vtime->len; i++)
    {
      const GorStepValue *v = &g_array_index (trace->vtime, GorStepValue, i);
      g_string_append_printf (s, "vtime@%u %" G_GINT64_FORMAT "\n", v->step, v->value);
    }

  return g_string_free (s, FALSE);
}
