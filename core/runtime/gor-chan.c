/* gor-chan.c — channels: rendezvous, buffers, close and select
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A goroutine that cannot complete an operation parks a waiter on the
 * channel's queue.  The goroutine that later completes it writes the value
 * (and ok) straight into the parked goroutine's stack slots and makes it
 * runnable, as Go's runtime does with its sudogs.
 */

#include "config.h"

#include <string.h>

#include "gor-time-private.h"
#include "gor-vm-private.h"
#include "gor-trace-private.h"

static void
waitq_push (GorWaitQ *q, GorWaiter *w)
{
  w->next = NULL;
  w->prev = q->tail;
  if (q->tail)
    q->tail->next = w;
  else
    q->head = w;
  q->tail = w;
}

void
_gor_waitq_remove (GorWaitQ *q, GorWaiter *w)
{
  if (w->prev)
    w->prev->next = w->next;
  else if (q->head == w)
    q->head = w->next;
  else
    return; /* not queued */
  if (w->next)
    w->next->prev = w->prev;
  else
    q->tail = w->prev;
  w->next = w->prev = NULL;
}

static GorWaiter *
waitq_pop (GorWaitQ *q)
{
  GorWaiter *w = q->head;

  if (w)
    _gor_waitq_remove (q, w);
  return w;
}

GorChan *
_gor_chan_new (GorVM *vm, GorType *elem, gint64 cap)
{
  gsize    extra = (gsize) cap * (sizeof (GorValue) + 2 * sizeof (guint32));
  GorChan *c = gor_heap_alloc (&vm->heap, GOR_OBJ_CHAN, sizeof (GorChan) + extra);

  c->elem = elem;
  c->id = ++vm->next_chan_id;
  c->cap = cap;
  c->buf = (GorValue *) (gpointer) (c + 1);
  c->buf_from = (guint32 *) (gpointer) (c->buf + cap);
  if (vm->record)
    gor_trace_add_chan (vm->trace, c->id, (guint32) MIN (cap, G_MAXUINT32));
  return c;
}

/* Only what prints without running the program's code (no String
 * methods) and in a few bytes: numbers, bools, short strings. */
void
_gor_vm_note_value (GorVM *vm, GorType *t, GorValue v)
{
  GorEventValueKind kind = GOR_EVENT_VALUE_NONE;

  if (!vm->record || vm->current == NULL || t == NULL)
    return;
  if (t->name && g_str_equal (t->name, "time.Time"))
    {
      /* a time's slot is an encoding (gor-time-private.h): its clock time */
      g_autoptr (GString) clock = g_string_new (NULL);

      _gor_time_format (clock, v.i, "15:04:05.999999999", 18);
      g_strlcpy (vm->ev_text, clock->str, sizeof vm->ev_text);
      gor_step_event_set_value (&vm->ev, GOR_EVENT_VALUE_TEXT, 0);
      return;
    }
  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_INT:
    case GOR_TYPE_INT8:
    case GOR_TYPE_INT16:
    case GOR_TYPE_INT32:
    case GOR_TYPE_INT64: kind = GOR_EVENT_VALUE_INT; break;
    case GOR_TYPE_UINT:
    case GOR_TYPE_UINT8:
    case GOR_TYPE_UINT16:
    case GOR_TYPE_UINT32:
    case GOR_TYPE_UINT64: kind = GOR_EVENT_VALUE_UINT; break;
    case GOR_TYPE_BOOL: kind = GOR_EVENT_VALUE_BOOL; break;
    case GOR_TYPE_FLOAT32:
    case GOR_TYPE_FLOAT64:
      {
        gint64 bits;

        memcpy (&bits, &v.f, sizeof bits);
        gor_step_event_set_value (&vm->ev, GOR_EVENT_VALUE_FLOAT, bits);
        return;
      }
    case GOR_TYPE_STRING:
      {
        const char *d = v.p ? gor_str_data (v.p) : "";
        gsize       n = v.p ? gor_str_len (v.p) : 0, cut = MIN (n, 16);
        g_autoptr (GString) q = g_string_new (NULL);

        /* cut on a character boundary */
        while (cut < n && cut > 0 && ((guchar) d[cut] & 0xC0) == 0x80)
          cut--;
        _gor_fmt_quote (q, d, cut);
        if (cut < n)
          g_string_insert (q, (gssize) q->len - 1, "…");
        g_strlcpy (vm->ev_text, q->str, sizeof vm->ev_text);
        kind = GOR_EVENT_VALUE_TEXT;
        break;
      }
    case GOR_TYPE_STRUCT:
      if (gor_type_under (t)->fields == NULL || gor_type_under (t)->fields->len == 0)
        {
          g_strlcpy (vm->ev_text, "{}", sizeof vm->ev_text);
          kind = GOR_EVENT_VALUE_TEXT;
        }
      break;
    default: break;
    }
  gor_step_event_set_value (&vm->ev, kind, kind == GOR_EVENT_VALUE_TEXT ? 0 : v.i);
}

/* the value an operation moves, for the trace: nothing to do in a plain
 * run, which need not pay for the call */
static inline void
note_value (GorVM *vm, GorType *t, GorValue v)
{
  if (G_UNLIKELY (vm->record))
    _gor_vm_note_value (vm, t, v);
}

/* Drops the other waiters of a goroutine parked in a select. */
static void
select_done (GorG *g, GorWaiter *fired)
{
  for (guint i = 0; i < g->n_sel; i++)
    {
      GorWaiter *w = &g->sel[i];
      GorChan   *c = w->obj;

      if (c == NULL)
        continue;
      _gor_waitq_remove (w->is_send ? &c->sendq : &c->recvq, w);
    }
  g->stack[fired->dst + 2].i = fired->case_index;
  g_free (g->sel);
  g->sel = NULL;
  g->n_sel = 0;
}

static void
complete (GorVM *vm, GorWaiter *w)
{
  GorG *g = w->g;

  if (w->case_index >= 0)
    select_done (g, w);
  _gor_sched_ready (vm, g);
}

static void
deliver (GorVM *vm, GorWaiter *w, GorValue v, gboolean ok)
{
  GorValue *stk = w->g->stack;

  if (w->dst >= 0)
    {
      stk[w->dst] = v;
      if (w->want_ok)
        stk[w->dst + 1].i = ok;
    }
  complete (vm, w);
}

static void
note_handoff_to_parked (GorVM *vm, GorG *from, GorG *to, GorChan *c)
{
  GorGRare *rare;

  if (!vm->record)
    return;
  rare = _gor_g_rare (to);
  to->pend_handoff = TRUE;
  rare->pend_from_id = from->id;
  rare->pend_from_step = vm->step;
  rare->pend_chan = c->id;
}

static void
note_handoff_from_parked (GorVM *vm, GorG *from, GorG *to, GorChan *c)
{
  if (!vm->record)
    return;
  _gor_trace_handoff (vm->trace, from->id, from->blocked_step > 0 ? from->blocked_step - 1 : 0, to->id,
                      vm->step, c->id);
}

gboolean
_gor_chan_send (GorVM *vm, GorG *g, GorChan *c, GorValue v, const char **panic_msg)
{
  GorWaiter *w;

  *panic_msg = NULL;
  if (c == NULL)
    {
      _gor_vm_note (vm, GOR_EVENT_SEND, 0, GOR_EVENT_NIL | GOR_EVENT_BLOCKED, NULL, 0);
      g->reason = GOR_REASON_NIL_CHAN_SEND;
      return FALSE;
    }
  note_value (vm, c->elem, v);
  if (c->closed)
    {
      *panic_msg = "send on closed channel";
      return TRUE;
    }
  w = waitq_pop (&c->recvq);
  if (w)
    {
      _gor_vm_note (vm, GOR_EVENT_SEND, c->id, GOR_EVENT_DIRECT, w->g, c->len);
      note_handoff_to_parked (vm, g, w->g, c);
      deliver (vm, w, v, TRUE);
      return TRUE;
    }
  if (c->len < c->cap)
    {
      gint64 i = (c->head + c->len) % c->cap;

      c->buf[i] = v;
      c->buf_from[2 * i] = g->id;
      c->buf_from[2 * i + 1] = vm->step;
      c->len++;
      _gor_vm_note (vm, GOR_EVENT_SEND, c->id, GOR_EVENT_BUFFERED, NULL, c->len);
      return TRUE;
    }
  _gor_vm_note (vm, GOR_EVENT_SEND, c->id, GOR_EVENT_BLOCKED, NULL, c->len);
  memset (&g->w, 0, sizeof g->w);
  g->w.g = g;
  g->w.obj = c;
  g->w.val = v;
  g->w.is_send = TRUE;
  g->w.dst = -1;
  g->w.case_index = -1;
  waitq_push (&c->sendq, &g->w);
  g->reason = GOR_REASON_CHAN_SEND;
  return FALSE;
}

/* Takes a value that is ready on @c (buffer, parked sender or closed). */
static gboolean
try_recv (GorVM *vm, GorG *g, GorChan *c, GorValue *v, gboolean *ok)
{
  GorWaiter *w;
  GorG      *woken = NULL;

  if (c->len > 0)
    {
      guint32 from_id = c->buf_from[2 * c->head], from_step = c->buf_from[2 * c->head + 1];

      *v = c->buf[c->head];
      *ok = TRUE;
      c->head = (c->head + 1) % c->cap;
      c->len--;
      if (vm->record)
        _gor_trace_handoff (vm->trace, from_id, from_step, g->id, vm->step, c->id);
      note_value (vm, c->elem, *v);
      w = waitq_pop (&c->sendq);
      if (w)
        {
          gint64 i = (c->head + c->len) % c->cap;

          c->buf[i] = w->val;
          c->buf_from[2 * i] = w->g->id;
          c->buf_from[2 * i + 1] = w->g->blocked_step > 0 ? w->g->blocked_step - 1 : 0;
          c->len++;
          woken = w->g;
          /* a select's waiter is freed when it completes */
          complete (vm, w);
        }
      _gor_vm_note (vm, GOR_EVENT_RECV, c->id, GOR_EVENT_BUFFERED, woken, c->len);
      return TRUE;
    }
  w = waitq_pop (&c->sendq);
  if (w)
    {
      *v = w->val;
      *ok = TRUE;
      note_value (vm, c->elem, *v);
      _gor_vm_note (vm, GOR_EVENT_RECV, c->id, GOR_EVENT_DIRECT, w->g, c->len);
      note_handoff_from_parked (vm, w->g, g, c);
      complete (vm, w);
      return TRUE;
    }
  if (c->closed)
    {
      v->i = 0;
      *ok = FALSE;
      _gor_vm_note (vm, GOR_EVENT_RECV, c->id, GOR_EVENT_CLOSED, NULL, 0);
      return TRUE;
    }
  return FALSE;
}

gboolean
_gor_chan_recv (GorVM *vm, GorG *g, GorChan *c, gint32 dst, gboolean want_ok)
{
  GorValue v;
  gboolean ok;

  if (c == NULL)
    {
      _gor_vm_note (vm, GOR_EVENT_RECV, 0, GOR_EVENT_NIL | GOR_EVENT_BLOCKED, NULL, 0);
      g->reason = GOR_REASON_NIL_CHAN_RECV;
      return FALSE;
    }
  if (try_recv (vm, g, c, &v, &ok))
    {
      g->stack[dst] = v;
      if (want_ok)
        g->stack[dst + 1].i = ok;
      return TRUE;
    }
  memset (&g->w, 0, sizeof g->w);
  g->w.g = g;
  g->w.obj = c;
  g->w.dst = dst;
  g->w.want_ok = want_ok;
  g->w.case_index = -1;
  waitq_push (&c->recvq, &g->w);
  g->reason = GOR_REASON_CHAN_RECV;
  _gor_vm_note (vm, GOR_EVENT_RECV, c->id, GOR_EVENT_BLOCKED, NULL, c->len);
  return FALSE;
}

gboolean
_gor_chan_close (GorVM *vm, GorG *g, GorChan *c, const char **panic_msg)
{
  GorWaiter *w;
  GorValue   zero = { 0 };
  guint      n_woken = 0;
  GorG      *first = NULL;

  *panic_msg = NULL;
  if (c == NULL)
    {
      *panic_msg = "close of nil channel";
      return TRUE;
    }
  if (c->closed)
    {
      *panic_msg = "close of closed channel";
      return TRUE;
    }
  c->closed = TRUE;
  while ((w = waitq_pop (&c->recvq)) != NULL)
    {
      first = first ? first : w->g;
      n_woken++;
      deliver (vm, w, zero, FALSE);
    }
  while ((w = waitq_pop (&c->sendq)) != NULL)
    {
      first = first ? first : w->g;
      n_woken++;
      g_free (_gor_g_rare (w->g)->pending_panic);
      _gor_g_rare (w->g)->pending_panic = g_strdup ("send on closed channel");
      complete (vm, w);
    }
  _gor_vm_note (vm, GOR_EVENT_CLOSE, c->id, 0, first, n_woken);
  (void) g;
  return TRUE;
}

gboolean
_gor_chan_select (GorVM *vm, GorG *g, GorSelectSpec *spec, GorValue *vals, gint32 dst, const char **panic_msg)
{
  guint  n = spec->n_cases;
  guint  order[64], operand[65];
  guint *perm = n <= G_N_ELEMENTS (order) ? order : g_new (guint, n);
  /* where each case's operands are, on the stack for the usual few cases:
   * no allocation in a select that does not park */
  guint   *opi = n < G_N_ELEMENTS (operand) ? operand : g_new (guint, n + 1);
  guint    k = 0;
  gboolean any = FALSE;

  *panic_msg = NULL;
  for (guint i = 0; i < n; i++)
    {
      opi[i] = k;
      k += spec->is_send[i] ? 2 : 1;
      perm[i] = i;
    }
  /* Go picks uniformly among the ready cases: poll in a random order. */
  for (guint i = n; i > 1; i--)
    {
      guint j = _gor_choose_case (vm, i);
      guint t = perm[i - 1];

      perm[i - 1] = perm[j];
      perm[j] = t;
    }
  for (guint p = 0; p < n; p++)
    {
      guint    i = perm[p];
      GorChan *c = vals[opi[i]].p;

      if (c == NULL)
        continue;
      any = TRUE;
      if (spec->is_send[i])
        {
          GorWaiter *w;

          if (c->closed)
            {
              *panic_msg = "send on closed channel";
              goto done;
            }
          w = waitq_pop (&c->recvq);
          if (w)
            {
              _gor_vm_note (vm, GOR_EVENT_SELECT, c->id, GOR_EVENT_SEL_SEND | GOR_EVENT_DIRECT, w->g, c->len);
              note_handoff_to_parked (vm, g, w->g, c);
              deliver (vm, w, vals[opi[i] + 1], TRUE);
            }
          else if (c->len < c->cap)
            {
              gint64 b = (c->head + c->len) % c->cap;

              c->buf[b] = vals[opi[i] + 1];
              c->buf_from[2 * b] = g->id;
              c->buf_from[2 * b + 1] = vm->step;
              c->len++;
              _gor_vm_note (vm, GOR_EVENT_SELECT, c->id, GOR_EVENT_SEL_SEND | GOR_EVENT_BUFFERED, NULL,
                            c->len);
            }
          else
            continue;
          note_value (vm, c->elem, vals[opi[i] + 1]);
          if (vm->record && vm->current)
            vm->ev.sel_case = (guint8) MIN (i + 1, 255);
          g->stack[dst + 2].i = i;
          goto done;
        }
      else
        {
          GorValue v;
          gboolean ok;

          if (!try_recv (vm, g, c, &v, &ok))
            continue;
          /* try_recv noted a receive: the same, through a select case */
          if (vm->record && vm->current)
            {
              vm->ev.kind = GOR_EVENT_SELECT;
              vm->ev.flags |= GOR_EVENT_SEL_RECV;
              vm->ev.sel_case = (guint8) MIN (i + 1, 255);
            }
          g->stack[dst] = v;
          g->stack[dst + 1].i = ok;
          g->stack[dst + 2].i = i;
          goto done;
        }
    }
  if (spec->has_default)
    {
      _gor_vm_note (vm, GOR_EVENT_SELECT, 0, GOR_EVENT_SEL_DEFAULT, NULL, 0);
      g->stack[dst + 2].i = -1;
      goto done;
    }
  /* park on every channel */
  g->reason = n == 0 ? GOR_REASON_SELECT_NO_CASES : GOR_REASON_SELECT;
  _gor_vm_note (vm, GOR_EVENT_SELECT, 0, GOR_EVENT_BLOCKED | (any ? 0 : GOR_EVENT_NIL), NULL, n);
  if (any)
    {
      g->sel = g_new0 (GorWaiter, n);
      g->n_sel = n;
      for (guint i = 0; i < n; i++)
        {
          GorWaiter *w = &g->sel[i];
          GorChan   *c = vals[opi[i]].p;

          w->g = g;
          w->dst = dst;
          w->case_index = (gint32) i;
          w->want_ok = TRUE;
          w->is_send = spec->is_send[i];
          if (c == NULL)
            continue;
          w->obj = c;
          if (w->is_send)
            {
              w->val = vals[opi[i] + 1];
              waitq_push (&c->sendq, w);
            }
          else
            waitq_push (&c->recvq, w);
        }
    }
  if (perm != order)
    g_free (perm);
  if (opi != operand)
    g_free (opi);
  return FALSE;

done:
  if (perm != order)
    g_free (perm);
  if (opi != operand)
    g_free (opi);
  return TRUE;
}

void
_gor_chan_send_nb (GorVM *vm, GorChan *c, GorValue v)
{
  GorWaiter *w;

  if (c == NULL || c->closed)
    return;
  w = waitq_pop (&c->recvq);
  if (w)
    {
      deliver (vm, w, v, TRUE);
      return;
    }
  if (c->len < c->cap)
    {
      gint64 i = (c->head + c->len) % c->cap;

      c->buf[i] = v;
      c->buf_from[2 * i] = 0;
      c->buf_from[2 * i + 1] = vm->step;
      c->len++;
    }
}
