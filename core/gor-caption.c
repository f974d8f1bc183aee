/* gor-caption.c — a step in words, and the primitives' state at a step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The names of channels and locks come from the source line of the
 * operation ("out <- v", "<-done", "s.mu.Lock()"): the runtime knows
 * objects, not the expressions that reached them, and the line is what a
 * reader sees next to the caption.  A line that does not say (a channel
 * passed through a call) falls back to the object's number.
 */

#include "config.h"

#include "gor-caption.h"

#include <glib/gi18n-lib.h>
#include <string.h>

#include "gor-gotext.h"

/* Lists shorter than this are spelled out in a sentence. */
#define MAX_LISTED 4

static const GorStepEvent *
event_at (GorTrace *trace, guint32 step)
{
  if (step >= trace->events->len)
    return NULL;
  return &g_array_index (trace->events, GorStepEvent, step);
}

static gboolean
is_chan_kind (guint kind)
{
  return kind == GOR_EVENT_SEND || kind == GOR_EVENT_RECV || kind == GOR_EVENT_CLOSE
         || kind == GOR_EVENT_SELECT;
}

static gboolean
is_lock_kind (guint kind)
{
  return kind >= GOR_EVENT_LOCK && kind <= GOR_EVENT_RUNLOCK;
}

/* ---- names from the source line ---- */

static char *
source_line (GorTrace *trace, guint32 line)
{
  const char *p = trace->source, *end;

  if (p == NULL || line == 0)
    return NULL;
  for (guint32 l = 1; l < line; l++)
    {
      p = strchr (p, '\n');
      if (p == NULL)
        return NULL;
      p++;
    }
  end = strchr (p, '\n');
  return end ? g_strndup (p, (gsize) (end - p)) : g_strdup (p);
}

static gboolean
name_char (char c)
{
  return g_ascii_isalnum (c) || c == '_' || c == '.' || c == '[' || c == ']';
}

/* The operand written just before @at ("s.out" in "s.out <- v"). */
static char *
name_before (const char *text, const char *at)
{
  const char *e = at, *b;

  while (e > text && e[-1] == ' ')
    e--;
  b = e;
  while (b > text && name_char (b[-1]))
    b--;
  while (b < e && (g_ascii_isdigit (*b) || *b == '.' || *b == '[' || *b == ']'))
    b++;
  if (b == e || (b > text && (b[-1] == ')' || b[-1] == '"')))
    return NULL;
  return g_strndup (b, (gsize) (e - b));
}

/* The operand written from @at on ("done", "ctx.Done()", "time.After(…)"). */
static char *
name_after (const char *at)
{
  const char *b = at, *e;
  GString    *s;

  while (*b == ' ')
    b++;
  if (!(g_ascii_isalpha (*b) || *b == '_'))
    return NULL;
  e = b;
  while (name_char (*e))
    e++;
  s = g_string_new_len (b, e - b);
  if (e[0] == '(' && e[1] == ')')
    g_string_append (s, "()");
  else if (e[0] == '(')
    g_string_append (s, "(…)");
  return g_string_free (s, FALSE);
}

/* A send "x <- v" in @text: "<-" right after an operand. */
static char *
send_name (const char *text)
{
  for (const char *p = strstr (text, "<-"); p; p = strstr (p + 2, "<-"))
    {
      char *n = name_before (text, p);

      if (n && !g_str_equal (n, "case") && !g_str_equal (n, "return"))
        return n;
      g_free (n);
    }
  return NULL;
}

static char *
recv_name (const char *text)
{
  for (const char *p = strstr (text, "<-"); p; p = strstr (p + 2, "<-"))
    {
      char *n = name_before (text, p);

      if (n && !g_str_equal (n, "case") && !g_str_equal (n, "return"))
        {
          g_free (n);
          continue;
        }
      g_free (n);
      return name_after (p + 2);
    }
  return NULL;
}

static char *
method_receiver (const char *text, const char *const *methods)
{
  for (guint i = 0; methods[i]; i++)
    {
      const char *p = strstr (text, methods[i]);

      if (p)
        return name_before (text, p);
    }
  return NULL;
}

/* The @k-th case line (1-based, default not counted) after @line. */
static char *
select_case_line (GorTrace *trace, guint32 line, guint k)
{
  for (guint32 l = line + 1, seen = 0; l < line + 200; l++)
    {
      g_autofree char *text = source_line (trace, l);
      const char      *t = text;

      if (text == NULL)
        return NULL;
      while (*t == ' ' || *t == '\t')
        t++;
      if (g_str_has_prefix (t, "case ") && ++seen == k)
        return g_steal_pointer (&text);
    }
  return NULL;
}

static char *
name_from_line (GorTrace *trace, const GorStepEvent *ev)
{
  static const char *const locks[] = { ".RLock()", ".Lock()", ".RUnlock()", ".Unlock()", NULL };
  static const char *const wgs[] = { ".Add(", ".Done()", ".Wait()", NULL };
  g_autofree char         *text = NULL;
  const char              *p;

  if (ev->kind == GOR_EVENT_SELECT)
    {
      if (ev->sel_case == 0)
        return NULL;
      text = select_case_line (trace, ev->line, ev->sel_case);
      if (text == NULL)
        return NULL;
      return (ev->flags & GOR_EVENT_SEL_SEND) ? send_name (text) : recv_name (text);
    }
  text = source_line (trace, ev->line);
  if (text == NULL)
    return NULL;
  switch (ev->kind)
    {
    case GOR_EVENT_SEND: return send_name (text);
    case GOR_EVENT_RECV: return recv_name (text);
    case GOR_EVENT_CLOSE: return (p = strstr (text, "close(")) ? name_after (p + 6) : NULL;
    case GOR_EVENT_LOCK:
    case GOR_EVENT_RLOCK:
    case GOR_EVENT_UNLOCK:
    case GOR_EVENT_RUNLOCK: return method_receiver (text, locks);
    case GOR_EVENT_WG_ADD:
    case GOR_EVENT_WG_WAIT: return method_receiver (text, wgs);
    default: return NULL;
    }
}

static gboolean
same_object (const GorStepEvent *a, const GorStepEvent *b)
{
  if (a->obj != b->obj || a->obj == 0)
    return FALSE;
  if (is_chan_kind (a->kind))
    return is_chan_kind (b->kind);
  if (is_lock_kind (a->kind))
    return is_lock_kind (b->kind);
  return (a->kind == GOR_EVENT_WG_ADD || a->kind == GOR_EVENT_WG_WAIT)
         && (b->kind == GOR_EVENT_WG_ADD || b->kind == GOR_EVENT_WG_WAIT);
}

static char *
object_name (GorTrace *trace, const GorStepEvent *ev)
{
  char *name = name_from_line (trace, ev);

  /* another operation on the same object may spell it (a bounded look,
   * for long runs) */
  for (guint32 t = 0; name == NULL && t < MIN (trace->events->len, 20000); t++)
    {
      const GorStepEvent *o = event_at (trace, t);

      if (o != ev && same_object (o, ev) && o->line != ev->line)
        name = name_from_line (trace, o);
    }
  if (name)
    return name;
  if (is_chan_kind (ev->kind))
    return ev->obj ? g_strdup_printf ("chan #%u", ev->obj) : g_strdup ("nil chan");
  if (is_lock_kind (ev->kind))
    return g_strdup_printf ("Mutex #%u", ev->obj);
  return g_strdup_printf ("WaitGroup #%u", ev->obj);
}

char *
gor_caption_object_name (GorTrace *trace, guint32 step)
{
  const GorStepEvent *ev = gor_trace_event_at (trace, step);

  return ev ? object_name (trace, ev) : NULL;
}

char *
gor_caption_value_text (GorTrace *trace, const GorStepEvent *ev)
{
  gint64 v = gor_step_event_value (ev);

  switch (ev->value_kind)
    {
    case GOR_EVENT_VALUE_INT: return g_strdup_printf ("%" G_GINT64_FORMAT, v);
    case GOR_EVENT_VALUE_UINT: return g_strdup_printf ("%" G_GUINT64_FORMAT, (guint64) v);
    case GOR_EVENT_VALUE_BOOL: return g_strdup (v ? "true" : "false");
    case GOR_EVENT_VALUE_FLOAT:
      {
        double d;
        char   buf[G_ASCII_DTOSTR_BUF_SIZE];

        memcpy (&d, &v, sizeof d);
        return g_strdup (g_ascii_formatd (buf, sizeof buf, "%g", d));
      }
    case GOR_EVENT_VALUE_TEXT: return g_strdup (gor_trace_event_text (trace, ev));
    default: return NULL;
    }
}

/* ---- the primitives' state at a step ---- */

const GorStepEvent *
gor_caption_blocking_event (GorTrace *trace, const GorTraceGoroutine *g, guint32 step, guint32 *blocked_step)
{
  const GorSpan      *span = gor_trace_goroutine_span_at (g, step);
  const GorStepEvent *ev;

  if (span == NULL || (span->state != GOR_STATE_BLOCKED && span->state != GOR_STATE_SLEEPING)
      || span->first_step == 0)
    return NULL;
  ev = event_at (trace, span->first_step - 1);
  if (ev == NULL || ev->goroutine_id != g->id || !(ev->flags & GOR_EVENT_BLOCKED))
    return NULL;
  if (blocked_step)
    *blocked_step = span->first_step - 1;
  return ev;
}

static gboolean
waits_on (const GorStepEvent *ev, GorEventKind kind, guint32 obj)
{
  if (ev->obj != obj)
    return FALSE;
  if (kind == GOR_EVENT_LOCK || kind == GOR_EVENT_RLOCK)
    return ev->kind == GOR_EVENT_LOCK || ev->kind == GOR_EVENT_RLOCK;
  return ev->kind == kind;
}

static gint
cmp_pair (gconstpointer a, gconstpointer b)
{
  const guint32 *x = a, *y = b;

  return x[0] != y[0] ? (x[0] < y[0] ? -1 : 1) : (x[1] < y[1] ? -1 : x[1] > y[1]);
}

GArray *
gor_caption_waiters (GorTrace *trace, GorEventKind kind, guint32 obj, guint32 step)
{
  g_autoptr (GArray) pairs = g_array_new (FALSE, FALSE, 2 * sizeof (guint32));
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; obj && i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine  *g = gor_trace_get_goroutine (trace, i);
      guint32             at, pair[2];
      const GorStepEvent *ev = gor_caption_blocking_event (trace, g, step, &at);

      if (ev == NULL || !waits_on (ev, kind, obj))
        continue;
      pair[0] = at;
      pair[1] = g->id;
      g_array_append_vals (pairs, pair, 1);
    }
  g_array_sort (pairs, cmp_pair);
  for (guint i = 0; i < pairs->len; i++)
    g_array_append_val (ids, ((guint32 *) (gpointer) pairs->data)[2 * i + 1]);
  return ids;
}

/* An RWMutex Unlock at step @t hands the lock straight to the waiters it
 * wakes: they hold it from the next step without locking again. */
static void
add_rw_handoffs (GorTrace *trace, guint32 mutex_id, guint32 t, GArray *holders)
{
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine  *g = gor_trace_get_goroutine (trace, i);
      const GorSpan      *span = gor_trace_goroutine_span_at (g, t);
      const GorStepEvent *ev = gor_caption_blocking_event (trace, g, t, NULL);
      GorHolder           h;

      if (ev == NULL || !is_lock_kind (ev->kind) || ev->obj != mutex_id
          || gor_trace_span_end (trace, span) != t + 1
          || (span->reason != GOR_REASON_RWMUTEX_LOCK && span->reason != GOR_REASON_RWMUTEX_RLOCK))
        continue;
      h.goroutine_id = g->id;
      h.since_step = t + 1;
      h.line = ev->line;
      h.reader = span->reason == GOR_REASON_RWMUTEX_RLOCK;
      g_array_append_val (holders, h);
    }
}

/* A plain Mutex's woken waiter locks again when it runs (its own event);
 * only an RWMutex hands the lock over in the Unlock. */
static gboolean
woke_rw_waiter (GorTrace *trace, guint32 peer, guint32 t)
{
  GorTraceGoroutine *g = gor_trace_lookup (trace, peer);
  const GorSpan     *span = g ? gor_trace_goroutine_span_at (g, t) : NULL;

  return span && (span->reason == GOR_REASON_RWMUTEX_LOCK || span->reason == GOR_REASON_RWMUTEX_RLOCK);
}

static void
drop_holder (GArray *holders, guint32 goroutine_id, gboolean reader)
{
  guint found = G_MAXUINT;

  for (guint i = 0; i < holders->len; i++)
    {
      GorHolder *h = &g_array_index (holders, GorHolder, i);

      if (h->reader != reader)
        continue;
      if (found == G_MAXUINT || h->goroutine_id == goroutine_id)
        found = i;
      if (h->goroutine_id == goroutine_id)
        break;
    }
  if (found != G_MAXUINT)
    g_array_remove_index (holders, found);
}

GArray *
gor_caption_mutex_holders (GorTrace *trace, guint32 mutex_id, guint32 step)
{
  GArray *holders = g_array_new (FALSE, FALSE, sizeof (GorHolder));
  guint32 end = MIN (step, trace->events->len);

  for (guint32 t = 0; mutex_id && t < end; t++)
    {
      const GorStepEvent *ev = event_at (trace, t);
      GorHolder           h;

      if (ev->obj != mutex_id || !is_lock_kind (ev->kind))
        continue;
      switch (ev->kind)
        {
        case GOR_EVENT_LOCK:
        case GOR_EVENT_RLOCK:
          if (ev->flags & GOR_EVENT_BLOCKED)
            break;
          h.goroutine_id = ev->goroutine_id;
          h.since_step = t;
          h.line = ev->line;
          h.reader = ev->kind == GOR_EVENT_RLOCK;
          if (!h.reader)
            g_array_set_size (holders, 0);
          g_array_append_val (holders, h);
          break;
        default:
          drop_holder (holders, ev->goroutine_id, ev->kind == GOR_EVENT_RUNLOCK);
          if (ev->peer && woke_rw_waiter (trace, ev->peer, t))
            add_rw_handoffs (trace, mutex_id, t, holders);
          break;
        }
    }
  return holders;
}

gboolean
gor_caption_chan_state (GorTrace *trace, guint32 chan_id, guint32 step, GorChanState *state)
{
  g_autoptr (GArray) entered = NULL;
  guint32 end = MIN (step, trace->events->len), taken = 0;

  memset (state, 0, sizeof *state);
  if (chan_id == 0 || chan_id > trace->chan_caps->len)
    return FALSE;
  state->cap = g_array_index (trace->chan_caps, guint32, chan_id - 1);
  state->values = g_ptr_array_new_with_free_func (g_free);
  /* the values that went into the buffer, in order (a sender that blocked
   * on a full buffer enters it, in turn, when a receiver makes room) */
  entered = g_array_new (FALSE, FALSE, sizeof (guint32));
  for (guint32 t = 0; t < end; t++)
    {
      const GorStepEvent *ev = event_at (trace, t);
      gboolean            send;

      if (ev->obj != chan_id || !is_chan_kind (ev->kind))
        continue;
      if (ev->kind == GOR_EVENT_CLOSE)
        {
          state->closed = TRUE;
          continue;
        }
      send = ev->kind == GOR_EVENT_SEND || (ev->flags & GOR_EVENT_SEL_SEND);
      state->len = ev->n;
      if (send && state->cap > 0 && !(ev->flags & GOR_EVENT_DIRECT))
        g_array_append_val (entered, t);
      else if (!send && (ev->flags & GOR_EVENT_BUFFERED))
        taken++;
    }
  for (guint32 i = 0; i < state->len; i++)
    {
      const GorStepEvent *ev
          = taken + i < entered->len ? event_at (trace, g_array_index (entered, guint32, taken + i)) : NULL;
      char *v = ev ? gor_caption_value_text (trace, ev) : NULL;

      g_ptr_array_add (state->values, v ? v : g_strdup ("?"));
    }
  state->senders = gor_caption_waiters (trace, GOR_EVENT_SEND, chan_id, step);
  state->receivers = gor_caption_waiters (trace, GOR_EVENT_RECV, chan_id, step);
  return TRUE;
}

void
gor_chan_state_clear (GorChanState *state)
{
  g_clear_pointer (&state->values, g_ptr_array_unref);
  g_clear_pointer (&state->senders, g_array_unref);
  g_clear_pointer (&state->receivers, g_array_unref);
}

gint64
gor_caption_wg_counter (GorTrace *trace, guint32 wg_id, guint32 step)
{
  gint64 counter = 0;

  for (guint32 t = 0; t < MIN (step, trace->events->len); t++)
    {
      const GorStepEvent *ev = event_at (trace, t);

      if (ev->obj == wg_id && (ev->kind == GOR_EVENT_WG_ADD || ev->kind == GOR_EVENT_WG_WAIT))
        counter = ev->n;
    }
  return counter;
}

/* ---- sentences ---- */

static char *
id_list (GArray *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len && i < MAX_LISTED; i++)
    g_string_append_printf (s, "%sg%u", i ? ", " : "", g_array_index (ids, guint32, i));
  if (ids->len > MAX_LISTED)
    g_string_append (s, ", …");
  return g_string_free (s, FALSE);
}

/* The holders of a Mutex, and whether every one of them has ended. */
static char *
holders_text (GorTrace *trace, guint32 mutex_id, guint32 step, gboolean *all_ended)
{
  g_autoptr (GArray) holders = gor_caption_mutex_holders (trace, mutex_id, step);
  g_autoptr (GArray) ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  *all_ended = holders->len > 0;
  if (holders->len == 0)
    return NULL;
  for (guint i = 0; i < holders->len; i++)
    {
      guint32            id = g_array_index (holders, GorHolder, i).goroutine_id;
      GorTraceGoroutine *h = gor_trace_lookup (trace, id);
      const GorSpan     *span = h ? gor_trace_goroutine_span_at (h, step) : NULL;

      if (span && span->state != GOR_STATE_EXITED)
        *all_ended = FALSE;
      g_array_append_val (ids, id);
    }
  return id_list (ids);
}

static char *
caption_send (GorTrace *trace, const GorStepEvent *ev, const char *g, const char *name, const char *value)
{
  guint32 cap = ev->obj && ev->obj <= trace->chan_caps->len
                    ? g_array_index (trace->chan_caps, guint32, ev->obj - 1)
                    : 0;

  if (ev->flags & GOR_EVENT_NIL)
    return g_strdup_printf (_ ("%s sends on a nil channel: %s blocks forever"), g, g);
  if (ev->flags & GOR_EVENT_DIRECT)
    return g_strdup_printf (_ ("%s sends %s on %s — g%u was waiting and receives it"), g, value, name,
                            ev->peer);
  if (ev->flags & GOR_EVENT_BUFFERED)
    return g_strdup_printf (_ ("%s sends %s on %s: it waits in the buffer (%u of %u)"), g, value, name, ev->n,
                            cap);
  if (cap > 0)
    return g_strdup_printf (_ ("%s sends %s on %s — the buffer is full (%u of %u): %s blocks"), g, value,
                            name, ev->n, cap, g);
  return g_strdup_printf (_ ("%s sends %s on %s — no receiver is ready: %s blocks"), g, value, name, g);
}

static char *
caption_recv (const GorStepEvent *ev, const char *g, const char *name, const char *value)
{
  if (ev->flags & GOR_EVENT_NIL)
    return g_strdup_printf (_ ("%s receives from a nil channel: %s blocks forever"), g, g);
  if (ev->flags & GOR_EVENT_BLOCKED)
    return g_strdup_printf (_ ("%s receives from %s — nothing is sent yet: %s blocks"), g, name, g);
  if (ev->flags & GOR_EVENT_CLOSED)
    return g_strdup_printf (_ ("%s receives from %s: it is closed, so the zero value"), g, name);
  if (ev->flags & GOR_EVENT_DIRECT)
    return g_strdup_printf (_ ("%s receives %s from %s — g%u was blocked sending it and goes on"), g, value,
                            name, ev->peer);
  if (ev->peer)
    return g_strdup_printf (_ ("%s receives %s from %s's buffer — blocked g%u puts its value in"), g, value,
                            name, ev->peer);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s receives %s from %s's buffer (%u value left)",
                                       "%s receives %s from %s's buffer (%u values left)", ev->n),
                          g, value, name, ev->n);
}

static char *
caption_select (GorTrace *trace, const GorStepEvent *ev, const char *g, const char *name, const char *value)
{
  g_autofree char *inner = NULL;

  if (ev->flags & GOR_EVENT_SEL_DEFAULT)
    return g_strdup_printf (_ ("%s's select takes the default case: no other case is ready"), g);
  if ((ev->flags & GOR_EVENT_BLOCKED) && ev->n == 0)
    return g_strdup_printf (_ ("%s runs select {}: it blocks forever"), g);
  if (ev->flags & GOR_EVENT_BLOCKED)
    return g_strdup_printf (_ ("%s waits in select — no case is ready: %s blocks"), g, g);
  if (ev->flags & GOR_EVENT_SEL_SEND)
    inner = caption_send (trace, ev, g, name, value);
  else
    inner = caption_recv (ev, g, name, value);
  return g_strdup_printf (_ ("select: %s"), inner);
}

static gboolean
self_holds (GorTrace *trace, guint32 mutex_id, guint32 step, guint32 goroutine_id)
{
  g_autoptr (GArray) holders = gor_caption_mutex_holders (trace, mutex_id, step);

  for (guint i = 0; i < holders->len; i++)
    if (g_array_index (holders, GorHolder, i).goroutine_id == goroutine_id)
      return TRUE;
  return FALSE;
}

static char *
caption_lock (GorTrace *trace, const GorStepEvent *ev, guint32 step, const char *g, const char *name)
{
  gboolean         read = ev->kind == GOR_EVENT_RLOCK, ended = FALSE;
  g_autofree char *held = NULL;

  if (!(ev->flags & GOR_EVENT_BLOCKED))
    return g_strdup_printf (read ? _ ("%s read-locks %s") : _ ("%s locks %s"), g, name);
  held = holders_text (trace, ev->obj, step, &ended);
  if (held && ended)
    return g_strdup_printf (read ? _ ("%s waits to read-lock %s — held by %s, which ended without unlocking")
                                 : _ ("%s waits for %s — held by %s, which ended without unlocking"),
                            g, name, held);
  if (held && read && self_holds (trace, ev->obj, step, ev->goroutine_id))
    return g_strdup_printf (_ ("%s waits to read-lock %s again — held by %s, and a writer waits first"), g,
                            name, held);
  if (held == NULL)
    return g_strdup_printf (
        read ? _ ("%s waits to read-lock %s: %s blocks") : _ ("%s waits for %s: %s blocks"), g, name, g);
  return g_strdup_printf (
      read ? _ ("%s waits to read-lock %s — held by %s") : _ ("%s waits for %s — held by %s"), g, name, held);
}

static char *
caption_unlock (const GorStepEvent *ev, const char *g, const char *name)
{
  gboolean read = ev->kind == GOR_EVENT_RUNLOCK;

  if (ev->peer)
    return g_strdup_printf (read ? _ ("%s read-unlocks %s — g%u wakes up to take it")
                                 : _ ("%s unlocks %s — g%u wakes up to take it"),
                            g, name, ev->peer);
  return g_strdup_printf (read ? _ ("%s read-unlocks %s") : _ ("%s unlocks %s"), g, name);
}

static char *
caption_wg (const GorStepEvent *ev, const char *g, const char *name)
{
  gint64 delta = gor_step_event_value (ev);

  if (ev->kind == GOR_EVENT_WG_WAIT)
    {
      if (!(ev->flags & GOR_EVENT_BLOCKED))
        return g_strdup_printf (_ ("%s calls %s.Wait(): the counter is 0, it goes on"), g, name);
      return g_strdup_printf (
          g_dngettext (GETTEXT_PACKAGE, "%s calls %s.Wait() — %u goroutine still to finish: %s blocks",
                       "%s calls %s.Wait() — %u goroutines still to finish: %s blocks", ev->n),
          g, name, ev->n, g);
    }
  if (delta == -1)
    return ev->peer ? g_strdup_printf (_ ("%s calls %s.Done(): the counter is 0 — g%u wakes up"), g, name,
                                       ev->peer)
                    : g_strdup_printf (_ ("%s calls %s.Done(): the counter is %u"), g, name, ev->n);
  return ev->peer
             ? g_strdup_printf (_ ("%s calls %s.Add(%d): the counter is 0 — g%u wakes up"), g, name,
                                (int) delta, ev->peer)
             : g_strdup_printf (_ ("%s calls %s.Add(%d): the counter is %u"), g, name, (int) delta, ev->n);
}

/* Goroutines whose span changes from a waiting @state at step @step + 1. */
static GArray *
woken_at (GorTrace *trace, guint32 step, GorState state)
{
  GArray *ids = g_array_new (FALSE, FALSE, sizeof (guint32));

  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);
      const GorSpan     *span = gor_trace_goroutine_span_at (g, step);

      if (span && span->state == state && gor_trace_span_end (trace, span) == step + 1)
        g_array_append_val (ids, g->id);
    }
  return ids;
}

static char *
caption_clock (GorTrace *trace, const GorStepEvent *ev, guint32 step)
{
  g_autoptr (GString) when = g_string_new (NULL);
  g_autoptr (GArray) woken = woken_at (trace, step, GOR_STATE_SLEEPING);
  g_autofree char *who = NULL;

  gor_go_format_duration (when, gor_step_event_value (ev));
  if (woken->len == 0)
    return g_strdup_printf (_ ("nothing can run: the clock jumps to %s"), when->str);
  who = id_list (woken);
  return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                       "nothing can run: the clock jumps to %s — %s wakes up",
                                       "nothing can run: the clock jumps to %s — %s wake up", woken->len),
                          when->str, who);
}

static char *
caption_main_return (GorTrace *trace, guint32 step)
{
  g_autoptr (GArray) blocked = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GArray) others = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autofree char *b = NULL, *o = NULL;

  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);
      const GorSpan     *span = gor_trace_goroutine_span_at (g, step);
      const GorSpan     *last = g->spans->len ? &g_array_index (g->spans, GorSpan, g->spans->len - 1) : NULL;

      if (g->id == 1 || span == NULL || last == NULL || last->state != GOR_STATE_KILLED)
        continue;
      if (span->state == GOR_STATE_BLOCKED)
        g_array_append_val (blocked, g->id);
      else
        g_array_append_val (others, g->id);
    }
  if (blocked->len == 0 && others->len == 0)
    return g_strdup (_ ("main returns: the program ends"));
  b = id_list (blocked);
  o = id_list (others);
  if (others->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "main returns: %s is killed, still blocked",
                                         "main returns: %s are killed, still blocked", blocked->len),
                            b);
  if (blocked->len == 0)
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "main returns: %s is killed",
                                         "main returns: %s are killed", others->len),
                            o);
  return g_strdup_printf (_ ("main returns: %s are killed, %s still blocked"), o, b);
}

static char *
caption_print (GorTrace *trace, const GorOutputChunk *c, const char *g)
{
  const char      *text = trace->output_text->str + c->offset;
  gsize            len = c->length;
  g_autofree char *shown = NULL;

  while (len > 0 && text[len - 1] == '\n')
    len--;
  if (memchr (text, '\n', len))
    len = (gsize) ((const char *) memchr (text, '\n', len) - text);
  if (len > 40)
    {
      len = 40;
      while (len > 0 && ((guchar) text[len] & 0xC0) == 0x80)
        len--;
      shown = g_strdup_printf ("%.*s…", (int) len, text);
    }
  else
    shown = g_strndup (text, len);
  return g_strdup_printf (_ ("%s prints “%s”"), g, shown);
}

static char *
caption_other (GorTrace *trace, const GorStepEvent *ev, guint32 step, const char *g)
{
  g_autoptr (GString) d = g_string_new (NULL);

  switch (ev->kind)
    {
    case GOR_EVENT_GO:
      {
        GorTraceGoroutine *child = gor_trace_lookup (trace, ev->obj);

        return g_strdup_printf (_ ("%s starts g%u (%s)"), g, ev->obj,
                                child && child->name ? child->name : "?");
      }
    case GOR_EVENT_SLEEP:
      gor_go_format_duration (d, gor_step_event_value (ev));
      return g_strdup_printf (_ ("%s sleeps %s"), g, d->str);
    case GOR_EVENT_GOSCHED: return g_strdup_printf (_ ("%s lets others run (runtime.Gosched)"), g);
    case GOR_EVENT_EXIT: return g_strdup_printf (_ ("%s returns: it ends"), g);
    case GOR_EVENT_MAIN_RETURN: return caption_main_return (trace, step);
    case GOR_EVENT_COND_WAIT:
      return g_strdup_printf (_ ("%s waits on the condition: it unlocks and blocks"), g);
    case GOR_EVENT_COND_SIGNAL:
      if (ev->peer == 0)
        return g_strdup_printf (_ ("%s signals the condition: nobody is waiting"), g);
      return g_strdup_printf (_ ("%s signals the condition — g%u wakes up"), g, ev->peer);
    case GOR_EVENT_PANIC:
      return g_strdup_printf (_ ("%s panics: the program ends (%s)"), g,
                              trace->end_message ? trace->end_message : "panic");
    case GOR_EVENT_FATAL:
      return g_strdup_printf ("%s: %s", g, trace->end_message ? trace->end_message : "fatal error");
    case GOR_EVENT_OS_EXIT:
      return g_strdup_printf (_ ("%s calls os.Exit(%d): the program ends"), g,
                              (int) gor_step_event_value (ev));
    case GOR_EVENT_DEADLOCK: return g_strdup (_ ("every goroutine is blocked: fatal error, deadlock!"));
    case GOR_EVENT_CLOCK: return caption_clock (trace, ev, step);
    default: break;
    }
  if (ev->flags & GOR_EVENT_BLOCKED)
    {
      GorTraceGoroutine *tg = gor_trace_lookup (trace, ev->goroutine_id);
      const GorSpan     *span = tg ? gor_trace_goroutine_span_at (tg, step + 1) : NULL;

      return g_strdup_printf (_ ("%s blocks (%s)"), g,
                              gor_reason_to_string (span ? (GorReason) span->reason : GOR_REASON_NONE));
    }
  for (guint i = 0; i < trace->output->len; i++)
    {
      const GorOutputChunk *c = &g_array_index (trace->output, GorOutputChunk, i);

      if (c->step > step)
        break;
      if (c->step == step && c->goroutine_id == ev->goroutine_id && c->length > 0)
        return caption_print (trace, c, g);
    }
  return g_strdup_printf (_ ("%s runs"), g);
}

char *
gor_caption_for_step (GorTrace *trace, guint32 step)
{
  const GorStepEvent *ev;
  g_autofree char    *g = NULL, *name = NULL, *value = NULL;

  g_return_val_if_fail (trace != NULL, NULL);
  ev = gor_trace_event_at (trace, step);
  /* past the last step, the end stays told */
  if (ev == NULL && trace->end_kind != GOR_END_NONE && step >= trace->n_steps && trace->n_steps > 0)
    ev = gor_trace_event_at (trace, trace->n_steps - 1);
  if (ev == NULL)
    return g_strdup ("");
  if (step >= trace->n_steps && trace->n_steps > 0 && ev->kind != GOR_EVENT_DEADLOCK)
    step = trace->n_steps - 1;
  g = g_strdup_printf ("g%u", ev->goroutine_id);
  if (is_chan_kind (ev->kind) || is_lock_kind (ev->kind) || ev->kind == GOR_EVENT_WG_ADD
      || ev->kind == GOR_EVENT_WG_WAIT)
    name = object_name (trace, ev);
  value = gor_caption_value_text (trace, ev);
  if (value == NULL)
    value = g_strdup (_ ("a value"));
  switch (ev->kind)
    {
    case GOR_EVENT_SEND: return caption_send (trace, ev, g, name, value);
    case GOR_EVENT_RECV: return caption_recv (ev, g, name, value);
    case GOR_EVENT_CLOSE:
      if (ev->n == 0)
        return g_strdup_printf (_ ("%s closes %s"), g, name);
      return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s closes %s — %u waiting goroutine wakes up",
                                           "%s closes %s — %u waiting goroutines wake up", ev->n),
                              g, name, ev->n);
    case GOR_EVENT_SELECT: return caption_select (trace, ev, g, name, value);
    case GOR_EVENT_LOCK:
    case GOR_EVENT_RLOCK: return caption_lock (trace, ev, step, g, name);
    case GOR_EVENT_UNLOCK:
    case GOR_EVENT_RUNLOCK: return caption_unlock (ev, g, name);
    case GOR_EVENT_WG_ADD:
    case GOR_EVENT_WG_WAIT: return caption_wg (ev, g, name);
    default: return caption_other (trace, ev, step, g);
    }
}
