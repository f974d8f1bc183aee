/* gor-gc.c — the VM's garbage collector and its memory budget
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A non-moving mark-sweep collector.  Slots are untyped, so marking is
 * conservative: a word is a pointer when it holds the address of a live
 * heap object, which a hash set of every object's address, built afresh
 * for each collection, answers in one or two probes (a word outside the
 * heap's address range is rejected before hashing).  The mark is a bit
 * of the header's flags (GOR_OBJ_GC_MARK), set only during a collection:
 * the header's mark byte is the leak walk's.
 *
 * Collections run between scheduling steps, where no C code holds a heap
 * pointer of its own: every value is in a goroutine's stack, frames or
 * waits, a global, a timer or a field of the VM.  A goroutine that runs
 * out of room in the middle of an instruction collects too, with its
 * whole stack array as roots (what the instruction popped is still
 * there).  The trigger is Go's GOGC=100: collect when the heap has grown
 * to twice what the last collection left, and not below a minimum.
 *
 * The budget covers everything a run owns: heap objects and the tables
 * of its maps, goroutines and their stacks, and the trace with the kept
 * output.  Live data past it ends the run as Go ends one that runs out
 * of memory.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"
#include "gor-map-private.h"

struct _GorGc
{
  guintptr   *table; /* object addresses; 0 empty */
  gsize       cap;
  guint       shift;
  gsize       mask;
  guintptr    lo, hi; /* the heap's address range */
  GorObj    **work;
  gsize       n_work;
  gsize       cap_work;
  guint       epoch;    /* this collection's number, from 1 */
  GHashTable *liveness; /* GorFunc* → its locals' liveness (NULL: not known) */
};

typedef struct _GorGc Gc;

static inline gsize
slot_of (const Gc *gc, guintptr p)
{
  return (gsize) (((guint64) p * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> gc->shift);
}

/* The set of every object's address.  Its array is kept from one
 * collection to the next (fresh pages would cost a fault each). */
static void
table_build (Gc *gc, GorHeap *heap)
{
  gsize cap = 16;
  guint bits = 4;

  while (cap < heap->n_objects * 2)
    {
      cap *= 2;
      bits++;
    }
  if (gc->cap < cap || gc->cap > 4 * cap)
    {
      g_free (gc->table);
      gc->table = g_new0 (guintptr, cap);
      gc->cap = cap;
    }
  else
    {
      cap = gc->cap;
      bits = (guint) g_bit_storage (cap) - 1;
      memset (gc->table, 0, cap * sizeof (guintptr));
    }
  gc->mask = cap - 1;
  gc->shift = 64 - bits;
  gc->lo = G_MAXSIZE;
  gc->hi = 0;
  for (GorObj *o = heap->objects; o; o = o->next)
    {
      guintptr p = (guintptr) o;
      gsize    i = slot_of (gc, p);

      while (gc->table[i] != 0)
        i = (i + 1) & gc->mask;
      gc->table[i] = p;
      gc->lo = MIN (gc->lo, p);
      gc->hi = MAX (gc->hi, p);
    }
}

static inline gboolean
table_contains (const Gc *gc, guintptr p)
{
  gsize i = slot_of (gc, p);

  for (;;)
    {
      guintptr e = gc->table[i];

      if (e == p)
        return TRUE;
      if (e == 0)
        return FALSE;
      i = (i + 1) & gc->mask;
    }
}

static inline void
mark_word (Gc *gc, guintptr p)
{
  GorObj *o = (GorObj *) p;

  if (p < gc->lo || p > gc->hi || (p & 7) != 0 || !table_contains (gc, p))
    return;
  if (o->flags & GOR_OBJ_GC_MARK)
    return;
  o->flags |= GOR_OBJ_GC_MARK;
  if (gc->n_work == gc->cap_work)
    {
      gc->cap_work = MAX (256, gc->cap_work * 2);
      gc->work = g_renew (GorObj *, gc->work, gc->cap_work);
    }
  gc->work[gc->n_work++] = o;
}

static void
mark_values (Gc *gc, const GorValue *v, gsize n)
{
  for (gsize i = 0; i < n; i++)
    mark_word (gc, (guintptr) v[i].p);
}

static void
mark_pointer (Gc *gc, gconstpointer p)
{
  mark_word (gc, (guintptr) p);
}

static void
pointer_visit_cb (gconstpointer p, gpointer data)
{
  mark_pointer (data, p);
}

static void
map_visit_cb (const GorValue *v, gsize n, gpointer data)
{
  mark_values (data, v, n);
}

static void
scan_object (Gc *gc, GorObj *o)
{
  switch ((GorObjKind) o->kind)
    {
    case GOR_OBJ_ARRAY:
      /* a compact array holds bytes, never pointers */
      if (gor_array_kind ((GorArray *) o) == GOR_ARRAY_WIDE)
        mark_values (gc, ((GorArray *) o)->v, ((GorArray *) o)->len);
      break;
    case GOR_OBJ_SLICE: mark_pointer (gc, ((GorSlice *) o)->arr); break;
    case GOR_OBJ_BOX:
    case GOR_OBJ_ONCE: mark_values (gc, &((GorBox *) o)->v, 1); break;
    case GOR_OBJ_STRUCT: mark_values (gc, ((GorStruct *) o)->f, ((GorStruct *) o)->n); break;
    case GOR_OBJ_CLOSURE: mark_values (gc, ((GorClosure *) o)->up, ((GorClosure *) o)->n); break;
    case GOR_OBJ_IFACE: mark_values (gc, &((GorIface *) o)->v, 1); break;
    case GOR_OBJ_REF: mark_values (gc, &((GorRef *) o)->base, 1); break;
    case GOR_OBJ_CHAN:
      {
        GorChan *c = (GorChan *) o;

        for (gint64 i = 0; i < c->len; i++)
          mark_values (gc, &c->buf[(c->head + i) % c->cap], 1);
        break;
      }
    case GOR_OBJ_MAP:
    case GOR_OBJ_MAP_ITER: _gor_map_visit (o, gc->epoch, map_visit_cb, gc); break;
    /* a view keeps its base's bytes; a base in the program's constant
     * heap is no object of this heap and lives as long as the program */
    case GOR_OBJ_STR_VIEW: mark_pointer (gc, ((GorStrView *) o)->base); break;
    /* Waiters in a mutex's or a WaitGroup's queue belong to goroutines,
     * which are roots; strings hold no pointers. */
    case GOR_OBJ_STRING:
    case GOR_OBJ_MUTEX:
    case GOR_OBJ_WAITGROUP:
    case GOR_N_OBJ_KINDS: break;
    }
}

static void
drain (Gc *gc)
{
  while (gc->n_work > 0)
    scan_object (gc, gc->work[--gc->n_work]);
}

static void
mark_waiter (Gc *gc, const GorWaiter *w)
{
  mark_pointer (gc, w->obj);
  mark_values (gc, &w->val, 1);
}

static gconstpointer
liveness_of (Gc *gc, GorFunc *fn)
{
  gpointer lv;

  if (gc->liveness == NULL)
    gc->liveness = g_hash_table_new_full (NULL, NULL, NULL, _gor_liveness_free);
  if (!g_hash_table_lookup_extended (gc->liveness, fn, NULL, &lv))
    {
      lv = _gor_liveness_new (fn);
      g_hash_table_insert (gc->liveness, fn, lv);
    }
  return lv;
}

/* Go's stack maps: a local of a parked goroutine's frame whose variable
 * is not read again from the frame's pc holds nothing it can still use,
 * and is no root.  Each frame owns the slots from its base up to the next
 * frame's; its operand stack is always scanned.  FALSE when the frames do
 * not lie in order (then the caller scans every slot). */
static gboolean
mark_stack_live (Gc *gc, GorG *g)
{
  guint32 top = MIN (g->sp, g->stack_cap);

  for (guint i = 0; i < g->n_frames; i++)
    if (g->frames[i].base > top || (i > 0 && g->frames[i].base < g->frames[i - 1].base))
      return FALSE;
  mark_values (gc, g->stack, g->n_frames > 0 ? g->frames[0].base : top);
  for (guint i = 0; i < g->n_frames; i++)
    {
      GorFrame      *fr = &g->frames[i];
      guint32        hi = i + 1 < g->n_frames ? g->frames[i + 1].base : top;
      const guint32 *live = _gor_liveness_at (liveness_of (gc, fr->fn), fr->fn, fr->pc);

      for (guint32 k = fr->base; k < hi; k++)
        {
          guint32 slot = k - fr->base;

          if (live != NULL && slot < fr->fn->n_locals && !(live[slot / 32] & (1u << (slot % 32))))
            continue; /* a dead local */
          mark_values (gc, &g->stack[k], 1);
        }
    }
  return TRUE;
}

/* Everything a goroutine holds.  The running goroutine of a collection
 * inside an instruction is scanned to the end of its stack array: its
 * stack top is in the dispatch loop's registers.  A parked one (blocked,
 * asleep or runnable, its pcs saved between instructions, no fmt call or
 * panic print in the middle of one) is scanned by the liveness of its
 * locals; the rest slot by slot. */
static void
mark_goroutine (Gc *gc, GorG *g, gboolean whole_stack, gboolean parked)
{
  if (whole_stack)
    mark_values (gc, g->stack, g->stack_cap);
  else if (!parked || g->status == GOR_G_RUNNING || g->status == GOR_G_DEAD || g->rare->fmt_calls != NULL
           || g->rare->pprint != NULL || !mark_stack_live (gc, g))
    mark_values (gc, g->stack, MIN (g->sp, g->stack_cap));
  for (guint i = 0; i < g->n_frames; i++)
    {
      GorFrame *fr = &g->frames[i];

      mark_pointer (gc, fr->env);
      for (GorDefer *d = fr->defers; d; d = d->next)
        {
          mark_pointer (gc, d->env);
          mark_values (gc, d->args, d->n_args);
        }
    }
  mark_pointer (gc, g->rare->panic_val);
  mark_pointer (gc, g->rare->recovered_val);
  for (guint i = 0; g->rare->panic_chain && i < g->rare->panic_chain->len; i++)
    mark_pointer (gc, g_ptr_array_index (g->rare->panic_chain, i));
  /* fmt instructions waiting for a String or Error method */
  _gor_fmt_calls_visit (g->rare->fmt_calls, pointer_visit_cb, gc);
  /* the panic values whose methods run */
  _gor_panic_print_visit (g->rare->pprint, pointer_visit_cb, gc);
  mark_waiter (gc, &g->w);
  for (guint i = 0; g->sel && i < g->n_sel; i++)
    mark_waiter (gc, &g->sel[i]);
  /* the Once.Do calls running f hold their WaitGroup (first field) */
  for (guint i = 0; g->rare->onces && i < g->rare->onces->len; i++)
    mark_pointer (gc, *(gpointer *) (gpointer) (g->rare->onces->data
                                                + (gsize) i * g_array_get_element_size (g->rare->onces)));
  drain (gc);
}

static void
mark_roots (Gc *gc, GorVM *vm, GorG *running)
{
  mark_values (gc, vm->globals, vm->program->n_globals);
  for (guint i = 0; i < vm->timers->len; i++)
    {
      GorTimer *t = &g_array_index (vm->timers, GorTimer, i);

      mark_pointer (gc, t->chan);
      mark_pointer (gc, t->tobj);
      mark_pointer (gc, t->ctx);
    }
  mark_pointer (gc, vm->method_repanic);
  _gor_fmt_calls_visit (vm->fmt_active, pointer_visit_cb, gc);
  drain (gc);
  for (GorG *g = vm->all; g; g = g->all_next)
    mark_goroutine (gc, g, g == running, g != vm->current);
  /* method calls for fmt parked on a channel, and main after Goexit */
  for (guint i = 0; vm->orphans && i < vm->orphans->len; i++)
    mark_goroutine (gc, g_ptr_array_index (vm->orphans, i), FALSE, FALSE);
}

/* What an object takes from the budget: itself and what it owns. */
static gsize
object_size (GorObj *o)
{
  switch ((GorObjKind) o->kind)
    {
    case GOR_OBJ_STRING:
      if (G_UNLIKELY (o->flags & GOR_STR_GROWABLE))
        return sizeof (GorStr) + o->aux + 1;
      return sizeof (GorStr) + ((GorStr *) o)->len + 1;
    case GOR_OBJ_STR_VIEW: return sizeof (GorStrView);
    case GOR_OBJ_ARRAY:
      return sizeof (GorArray)
             + ((GorArray *) o)->len * gor_array_elem_size (gor_array_kind ((GorArray *) o));
    case GOR_OBJ_SLICE: return sizeof (GorSlice);
    case GOR_OBJ_BOX:
    case GOR_OBJ_ONCE: return sizeof (GorBox);
    case GOR_OBJ_STRUCT: return sizeof (GorStruct) + ((GorStruct *) o)->n * sizeof (GorValue);
    case GOR_OBJ_CLOSURE: return sizeof (GorClosure) + ((GorClosure *) o)->n * sizeof (GorValue);
    case GOR_OBJ_CHAN:
      return sizeof (GorChan) + (gsize) ((GorChan *) o)->cap * (sizeof (GorValue) + 2 * sizeof (guint32));
    case GOR_OBJ_MUTEX: return sizeof (GorMutex);
    case GOR_OBJ_WAITGROUP: return sizeof (GorWaitGroup);
    case GOR_OBJ_IFACE: return sizeof (GorIface);
    case GOR_OBJ_REF: return sizeof (GorRef);
    case GOR_OBJ_MAP:
    case GOR_OBJ_MAP_ITER: return _gor_map_bytes (o);
    case GOR_N_OBJ_KINDS: break;
    }
  return 0;
}

static void
sweep (GorHeap *heap, guint epoch)
{
  GorObj **link = &heap->objects;

  while (*link != NULL)
    {
      GorObj *o = *link;

      if (o->flags & GOR_OBJ_GC_MARK)
        {
          o->flags &= ~GOR_OBJ_GC_MARK;
          if (o->kind == GOR_OBJ_MAP)
            {
              gsize freed = _gor_map_compact (o, epoch);

              heap->bytes -= MIN (heap->bytes, freed);
            }
          link = &o->next;
          continue;
        }
      *link = o->next;
      {
        gsize size = object_size (o);

        heap->bytes -= MIN (heap->bytes, size);
      }
      heap->n_objects--;
      if (o->kind == GOR_OBJ_MAP || o->kind == GOR_OBJ_MAP_ITER)
        _gor_map_release (o);
      g_free (o);
    }
}

void
_gor_gc_collect (GorVM *vm, GorG *running)
{
  Gc *gc = vm->gc;

  if (gc == NULL)
    gc = vm->gc = g_new0 (Gc, 1);
  gc->epoch = vm->gc_count + 1;
  table_build (gc, &vm->heap);
  mark_roots (gc, vm, running);
  sweep (&vm->heap, gc->epoch);
  vm->gc_count++;
  vm->gc_next = vm->gc_stress ? vm->heap.bytes + 65536 : MAX (vm->heap.bytes * 2, vm->gc_min);
}

void
_gor_gc_free (GorVM *vm)
{
  if (vm->gc == NULL)
    return;
  g_free (vm->gc->table);
  g_free (vm->gc->work);
  g_clear_pointer (&vm->gc->liveness, g_hash_table_unref);
  g_clear_pointer (&vm->gc, g_free);
}

/* Whether @n more bytes fit in the budget, after a collection if garbage
 * may be in the way or the heap has grown past the trigger.  @running is
 * the goroutine in the dispatch loop (or NULL): it collects only when no
 * other C code holds heap pointers (not inside fmt's method calls). */
gboolean
_gor_gc_room (GorVM *vm, GorG *running, gsize n)
{
  gsize    limit = vm->mem_limit;
  gboolean may_collect = running != NULL && running == vm->current && vm->method_depth == 0;
  gsize    used;

  if (may_collect && vm->heap.bytes + n >= vm->gc_next)
    {
      _gor_gc_collect (vm, running);
      may_collect = FALSE;
    }
  used = _gor_gc_in_use (vm);
  if (used <= limit && n <= limit - used)
    return TRUE;
  if (!may_collect)
    return FALSE;
  _gor_gc_collect (vm, running);
  used = _gor_gc_in_use (vm);
  return used <= limit && n <= limit - used;
}

/* Go's words when an allocation of @bytes (0: unknown) does not fit. */
char *
_gor_gc_oom_message (GorVM *vm, gsize bytes)
{
  if (bytes == 0)
    return g_strdup ("fatal error: out of memory");
  return g_strdup_printf ("runtime: out of memory: cannot allocate %" G_GSIZE_FORMAT
                          "-byte block (%" G_GSIZE_FORMAT " in use)\nfatal error: out of memory",
                          bytes, _gor_gc_in_use (vm));
}
