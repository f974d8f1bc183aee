/* gor-reach.c — what the heap's roots reach, for the live leak rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Slots are untyped, so the walk is conservative: a slot is a pointer when
 * it holds the address of a live heap object.  The rule that reads the
 * marks (who is blocked forever) is the analysis's (gor-leak.c).
 */

#include "config.h"

#include "gor-vm-private.h"
#include "gor-map-private.h"

struct _GorReach
{
  GHashTable *objects; /* every heap object */
  GHashTable *marked;
  GPtrArray  *work;
};

static void
mark_value (GorReach *w, GorValue v)
{
  if (v.p == NULL || !g_hash_table_contains (w->objects, v.p))
    return;
  if (g_hash_table_add (w->marked, v.p))
    g_ptr_array_add (w->work, v.p);
}

static void
mark_pointer (GorReach *w, gpointer p)
{
  GorValue v;

  v.p = p;
  mark_value (w, v);
}

static void
mark_values (GorReach *w, const GorValue *v, gsize n)
{
  for (gsize i = 0; i < n; i++)
    mark_value (w, v[i]);
}

static void
scan_object (GorReach *w, GorObj *o)
{
  switch (o->kind)
    {
    case GOR_OBJ_ARRAY: mark_values (w, ((GorArray *) o)->v, ((GorArray *) o)->len); break;
    case GOR_OBJ_SLICE: mark_pointer (w, ((GorSlice *) o)->arr); break;
    case GOR_OBJ_BOX:
    case GOR_OBJ_ONCE: mark_value (w, ((GorBox *) o)->v); break;
    case GOR_OBJ_STRUCT: mark_values (w, ((GorStruct *) o)->f, ((GorStruct *) o)->n); break;
    case GOR_OBJ_CLOSURE: mark_values (w, ((GorClosure *) o)->up, ((GorClosure *) o)->n); break;
    case GOR_OBJ_IFACE: mark_value (w, ((GorIface *) o)->v); break;
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
    default: break;
    }
}

static void
drain (GorReach *w)
{
  while (w->work->len > 0)
    {
      GorObj *o = g_ptr_array_steal_index_fast (w->work, w->work->len - 1);

      scan_object (w, o);
    }
}

GorReach *
gor_reach_new (GorVM *vm)
{
  GorReach *w = g_new0 (GorReach, 1);

  w->objects = g_hash_table_new (NULL, NULL);
  w->marked = g_hash_table_new (NULL, NULL);
  w->work = g_ptr_array_new ();
  for (GorObj *o = vm->heap.objects; o; o = o->next)
    g_hash_table_add (w->objects, o);

  mark_values (w, vm->globals, vm->program->n_globals);
  /* a pending timer will send on its channel or cancel its context */
  for (guint i = 0; i < vm->timers->len; i++)
    {
      GorTimer *t = &g_array_index (vm->timers, GorTimer, i);

      mark_pointer (w, t->chan);
      mark_pointer (w, t->tobj);
      mark_pointer (w, t->ctx);
    }
  drain (w);
  return w;
}

void
gor_reach_free (GorReach *reach)
{
  g_ptr_array_unref (reach->work);
  g_hash_table_unref (reach->marked);
  g_hash_table_unref (reach->objects);
  g_free (reach);
}

void
gor_reach_mark_goroutine (GorReach *w, GorG *g)
{
  mark_values (w, g->stack, g->sp);
  for (guint i = 0; i < g->n_frames; i++)
    {
      GorFrame *fr = &g->frames[i];

      mark_pointer (w, fr->env);
      for (GorDefer *d = fr->defers; d; d = d->next)
        {
          mark_pointer (w, d->env);
          mark_values (w, d->args, d->n_args);
        }
    }
  mark_pointer (w, g->panic_val);
  if (g->status == GOR_G_BLOCKED)
    {
      mark_value (w, g->w.val);
      for (guint i = 0; i < g->n_sel; i++)
        mark_value (w, g->sel[i].val);
    }
  drain (w);
}

gboolean
gor_reach_wait_is_marked (GorReach *w, GorG *g)
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
    case GOR_REASON_SELECT_NO_CASES: return FALSE; /* waits on nothing */
    default: return g->w.obj != NULL && g_hash_table_contains (w->marked, g->w.obj);
    }
}
