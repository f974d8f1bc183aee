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
 * Slots are untyped, so the walk is conservative: a slot is a pointer when
 * it holds the address of a live heap object.
 */

#include "config.h"

#include "gor-leak.h"
#include "gor-map.h"

/* Small programs are checked after every blocking step; big ones less
 * often, so that the walk costs O(1) per step amortised (a late verdict
 * still dates from the step the goroutine blocked). */
#define SMALL_HEAP 2000

typedef struct
{
  GorVM      *vm;
  GHashTable *objects; /* every heap object */
  GHashTable *marked;
  GPtrArray  *work;
} Walk;

static void
mark_value (Walk *w, GorValue v)
{
  if (v.p == NULL || !g_hash_table_contains (w->objects, v.p))
    return;
  if (g_hash_table_add (w->marked, v.p))
    g_ptr_array_add (w->work, v.p);
}

static void
mark_values (Walk *w, const GorValue *v, gsize n)
{
  for (gsize i = 0; i < n; i++)
    mark_value (w, v[i]);
}

static void
scan_object (Walk *w, GorObj *o)
{
  switch (o->kind)
    {
    case GOR_OBJ_ARRAY:
      mark_values (w, ((GorArray *) o)->v, ((GorArray *) o)->len);
      break;
    case GOR_OBJ_SLICE:
      {
        GorValue v;

        v.p = ((GorSlice *) o)->arr;
        mark_value (w, v);
        break;
      }
    case GOR_OBJ_BOX:
    case GOR_OBJ_ONCE:
      mark_value (w, ((GorBox *) o)->v);
      break;
    case GOR_OBJ_STRUCT:
      mark_values (w, ((GorStruct *) o)->f, ((GorStruct *) o)->n);
      break;
    case GOR_OBJ_CLOSURE:
      mark_values (w, ((GorClosure *) o)->up, ((GorClosure *) o)->n);
      break;
    case GOR_OBJ_IFACE:
      mark_value (w, ((GorIface *) o)->v);
      break;
    case GOR_OBJ_CHAN:
      {
        GorChan *c = (GorChan *) o;

        for (gint64 i = 0; i < c->len; i++)
          mark_value (w, c->buf[(c->head + i) % c->cap]);
        break;
      }
    case GOR_OBJ_MAP:
    case GOR_OBJ_MAP_ITER:
      {
        GArray *vals = _gor_map_values (o);

        mark_values (w, (GorValue *) (gpointer) vals->data, vals->len);
        g_array_unref (vals);
      }
      break;
    default:
      break;
    }
}

static void
drain (Walk *w)
{
  while (w->work->len > 0)
    {
      GorObj *o = g_ptr_array_steal_index_fast (w->work, w->work->len - 1);

      scan_object (w, o);
    }
}

static void
mark_goroutine (Walk *w, GorG *g)
{
  GorValue v;

  mark_values (w, g->stack, g->sp);
  for (guint i = 0; i < g->n_frames; i++)
    {
      GorFrame *fr = &g->frames[i];

      v.p = fr->env;
      mark_value (w, v);
      for (GorDefer *d = fr->defers; d; d = d->next)
        {
          v.p = d->env;
          mark_value (w, v);
          mark_values (w, d->args, d->n_args);
        }
    }
  v.p = g->panic_val;
  mark_value (w, v);
  if (g->status == GOR_G_BLOCKED)
    {
      mark_value (w, g->w.val);
      for (guint i = 0; i < g->n_sel; i++)
        mark_value (w, g->sel[i].val);
    }
  drain (w);
}

/* Whether a blocked goroutine waits on something that is reached. */
static gboolean
wait_reached (Walk *w, GorG *g)
{
  if (g->sel != NULL)
    {
      for (guint i = 0; i < g->n_sel; i++)
        if (g->sel[i].obj && g_hash_table_contains (w->marked, g->sel[i].obj))
          return TRUE;
      return FALSE;
    }
  switch (g->reason)
    {
    case GOR_REASON_NIL_CHAN_SEND:
    case GOR_REASON_NIL_CHAN_RECV:
    case GOR_REASON_SELECT:
    case GOR_REASON_SELECT_NO_CASES:
      return FALSE; /* nothing to wait for: never woken */
    default:
      return g->w.obj != NULL && g_hash_table_contains (w->marked, g->w.obj);
    }
}

void
gor_leak_check_live (GorVM *vm)
{
  Walk w;
  GPtrArray *blocked;
  gboolean changed = TRUE;

  if (!vm->record || vm->ended)
    return;
  if (vm->heap.n_objects + vm->n_live > SMALL_HEAP
      && vm->step - vm->last_leak_check < (vm->heap.n_objects + vm->n_live) / 4)
    return;
  vm->last_leak_check = vm->step;

  w.vm = vm;
  w.objects = g_hash_table_new (NULL, NULL);
  w.marked = g_hash_table_new (NULL, NULL);
  w.work = g_ptr_array_new ();
  for (GorObj *o = vm->heap.objects; o; o = o->next)
    g_hash_table_add (w.objects, o);

  mark_values (&w, vm->globals, vm->program->n_globals);
  /* a pending timer will send on its channel or cancel its context */
  for (guint i = 0; i < vm->timers->len; i++)
    {
      GorTimer *t = &g_array_index (vm->timers, GorTimer, i);
      GorValue v;

      v.p = t->chan;
      mark_value (&w, v);
      v.p = t->tobj;
      mark_value (&w, v);
      v.p = t->ctx;
      mark_value (&w, v);
    }
  drain (&w);
  blocked = g_ptr_array_new ();
  for (GorG *g = vm->all; g; g = g->all_next)
    {
      if (g->status == GOR_G_DEAD)
        continue;
      if (g->status == GOR_G_BLOCKED && g != vm->main_g)
        g_ptr_array_add (blocked, g);
      else
        mark_goroutine (&w, g); /* can still run (main counts as running) */
    }

  while (changed)
    {
      changed = FALSE;
      for (guint i = 0; i < blocked->len; i++)
        {
          GorG *g = g_ptr_array_index (blocked, i);

          if (g != NULL && wait_reached (&w, g))
            {
              mark_goroutine (&w, g);
              blocked->pdata[i] = NULL;
              changed = TRUE;
            }
        }
    }

  for (guint i = 0; i < blocked->len; i++)
    {
      GorG *g = g_ptr_array_index (blocked, i);

      if (g == NULL || g->forever || g->tg == NULL)
        continue;
      g->forever = TRUE;
      gor_trace_mark_blocked_forever (vm->trace, g->tg, g->blocked_step, g->reason, g->blocked_line);
    }

  g_ptr_array_unref (blocked);
  g_ptr_array_unref (w.work);
  g_hash_table_unref (w.marked);
  g_hash_table_unref (w.objects);
}

void
gor_leak_mark_end (GorVM *vm)
{
  for (GorG *g = vm->all; g; g = g->all_next)
    {
      if (g->status != GOR_G_BLOCKED || g->tg == NULL)
        continue;
      gor_trace_mark_blocked_forever (vm->trace, g->tg, g->blocked_step, g->reason, g->blocked_line);
    }
}
