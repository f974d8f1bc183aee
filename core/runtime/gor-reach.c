/* gor-reach.c — the marking of the live blocked-forever rule
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's goroutine leak rule: mark what the goroutines that can still run
 * (runnable or sleeping), pending timers and package variables reach; a
 * blocked goroutine whose channel, mutex or WaitGroup got marked may be
 * woken, so mark from it too, to a fixpoint.  A blocked goroutine whose
 * primitives all stayed unmarked can never run again.  Which goroutine
 * gets which label, and from which step, is the analysis's (gor-leak.c).
 *
 * The walk runs between two steps, possibly after every one, so it is
 * built to be cheap:
 * - its state lives across checks: an index of the heap objects kept in
 *   step with the heap's chain (slots are untyped, so the walk is
 *   conservative: a slot is a pointer when it holds the address of an
 *   object of the index), marks as epochs in that index (no clearing), and
 *   the primitives undecided blocked goroutines wait on (the targets),
 *   registered when a goroutine blocks rather than found by a walk of all
 *   goroutines;
 * - it stops as soon as every target is marked: in the common case the
 *   primitive is held right on the stack of a runnable goroutine and the
 *   walk visits a handful of objects;
 * - a check with no target costs nothing.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"
#include "gor-map-private.h"

typedef struct
{
  GorObj *obj;
  guint32 epoch;  /* marked in the walk of that epoch */
  guint32 target; /* one of the targets */
} IndexSlot;

typedef struct
{
  guint    words; /* per instruction */
  guint32 *in;    /* (n + 1) × words: live before each instruction */
  guint32 *boxed; /* words: slots that hold a box (BOXED, SET_BOXED, BOX_LOCAL) */
} Liveness;

/* Where a target was found by the quick pass, by position rather than by
 * address (a stack may move when its goroutine grows it), so that it can
 * be checked again at any later step, whoever ran in between. */
typedef enum
{
  WIT_NONE,
  WIT_SLOT,     /* g's stack slot k, in frame i */
  WIT_SLOT_BOX, /* the box in g's stack slot k, in frame i */
  WIT_ENV_BOX,  /* the box in up[k] of the closure of g's frame i */
  WIT_GLOBAL,   /* package variable k */
} WitKind;

typedef struct
{
  GorObj  *obj;
  GorG    *g;
  GorObj  *box;
  GorFunc *fn; /* the frame's function and pc when the slot was last */
  guint32  pc; /* found live (fn NULL: not checked yet) */
  guint32  frame;
  guint32  k;
  guint32  gen;     /* the index's generation when the box was last checked */
  guint32  checked; /* the step after which it was last found to hold */
  WitKind  kind;
} Witness;

#define WIT_CACHE 64

struct _GorReach
{
  GorReachWatch watch; /* first: read in gor-vm-private.h */

  IndexSlot *index; /* open addressing, linear probing */
  guint      index_bits;
  gsize      index_n;
  GorObj    *seen_head; /* the heap chain's head and length when last indexed */
  gsize      seen_n;
  guint32    gen; /* counts the times the index was built anew (objects freed) */
  guint32    epoch;

  GorObj **work;
  gsize    work_len;
  gsize    work_cap;

  GorObj    **targets; /* primitives undecided blocked goroutines wait on */
  guint       n_targets;
  guint       targets_cap;
  guint       n_unmarked; /* targets not marked yet in this walk */
  GHashTable *woken;      /* goroutines marked from in this walk */
  GHashTable *liveness;   /* GorFunc* → Liveness*, NULL when not known */
  GorFunc    *lv_cache_fn[64];
  Liveness   *lv_cache[64];

  /* the last witness found for a primitive, kept while it stands and
   * after the primitive stops being a target (see witness_holds) */
  Witness wit[WIT_CACHE];
  /* quick pass scratch: the goroutine and frame being scanned, and per
   * target where it was found */
  GorG    *scan_g;
  guint32  scan_frame;
  Witness  found[4];
  gboolean globals_marked;
};

/* ---- the index of heap objects ---- */

static inline gsize
index_hash (const GorReach *r, gconstpointer p)
{
  return (gsize) ((((guint64) (guintptr) p) >> 4) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)
                  >> (64 - r->index_bits));
}

static IndexSlot *
index_place (GorReach *r, GorObj *o)
{
  gsize mask = ((gsize) 1 << r->index_bits) - 1, i;

  for (i = index_hash (r, o); r->index[i].obj != NULL && r->index[i].obj != o; i = (i + 1) & mask)
    ;
  return &r->index[i];
}

static void
index_grow (GorReach *r)
{
  IndexSlot *old = r->index;
  gsize      old_cap = old ? (gsize) 1 << r->index_bits : 0;

  r->index_bits = old ? r->index_bits + 1 : 10;
  r->index = g_new0 (IndexSlot, (gsize) 1 << r->index_bits);
  for (gsize i = 0; i < old_cap; i++)
    if (old[i].obj)
      *index_place (r, old[i].obj) = old[i];
  g_free (old);
}

static void
index_insert (GorReach *r, GorObj *o)
{
  IndexSlot *s;

  if (r->index == NULL || (r->index_n + 1) * 2 > ((gsize) 1 << r->index_bits))
    index_grow (r);
  s = index_place (r, o);
  if (s->obj == o)
    return;
  s->obj = o;
  s->epoch = 0;
  s->target = FALSE;
  r->index_n++;
}

static inline IndexSlot *
index_find (GorReach *r, gconstpointer p)
{
  gsize mask = ((gsize) 1 << r->index_bits) - 1;

  if (p == NULL)
    return NULL;
  for (gsize i = index_hash (r, p);; i = (i + 1) & mask)
    {
      if (r->index[i].obj == p)
        return &r->index[i];
      if (r->index[i].obj == NULL)
        return NULL;
    }
}

/* New objects are pushed at the head of the heap's chain: index those
 * only.  A chain that does not end where it ended last time has lost
 * objects (freed by a collector): index it anew. */
static G_ALWAYS_INLINE inline void
index_sync (GorReach *r, GorHeap *heap)
{
  GorObj *o = heap->objects;
  gsize   n_new;

  if (r->index != NULL && heap->n_objects >= r->seen_n)
    {
      n_new = heap->n_objects - r->seen_n;
      for (gsize i = 0; i < n_new && o; i++, o = o->next)
        index_insert (r, o);
      if (o == r->seen_head)
        goto done;
    }
  g_clear_pointer (&r->index, g_free);
  r->index_n = 0;
  r->gen++;
  index_grow (r);
  for (o = heap->objects; o; o = o->next)
    index_insert (r, o);
  for (guint i = 0; i < r->n_targets; i++)
    {
      IndexSlot *s = index_find (r, r->targets[i]);

      if (s != NULL)
        s->target = TRUE;
    }
done:
  r->seen_head = heap->objects;
  r->seen_n = heap->n_objects;
}

/* ---- liveness of locals ----
 *
 * A slot of a frame's locals whose variable is not read again from the
 * frame's pc on holds nothing the goroutine can still use.  Computed once
 * per function, lazily, by a backward dataflow over its bytecode: uses
 * are LOCAL, BOXED, SET_BOXED, BOX_LOCAL and INC_LOCAL, the one definition
 * SET_LOCAL; every instruction may also go on at the function's unwind
 * pc (a panic, recovered or not, runs the epilogue that reads the
 * results).  The instruction set is checked by its size: a function
 * compiled with an instruction this does not know of keeps every slot
 * live.  The collector (gor-gc.c) frees what a parked goroutine's dead
 * locals point to: an instruction that reads or writes a local must be
 * in slot_access. */
#define LIVENESS_KNOWN_OPS \
  (161 + 36 /* vmfast */ + 2 /* mathlib */ + 1 /* addr */ + 42 /* sievefast */ + 24 /* sieve2 */)

static void
liveness_free (gpointer data)
{
  Liveness *lv = data;

  if (lv == NULL)
    return;
  g_free (lv->in);
  g_free (lv->boxed);
  g_free (lv);
}

/* The slot @in.a an instruction reads (1) or writes (2), 0 for none; -1
 * for an instruction this analysis does not know. */
static int
slot_access (const GorInstr *in)
{
  /* vmfast: the superinstructions that begin with a LOCAL or an
   * INC_LOCAL read its slot; the rest of each sequence is still there,
   * as the instructions it was */
  if (in->op >= GOR_OP_LKJ_EQ && in->op <= GOR_OP_LOCAL_RET)
    return 1;
  /* sievefast: the same for s[i] compared with a local and the back
   * edges fused with their loop's condition (an INC_LOCAL or a LOCAL
   * first) */
  if (in->op >= GOR_OP_INC_LKJ_EQ && in->op <= GOR_OP_IXJ_GE)
    return 1;
  /* sieve2: a whole loop at its body's first LOCAL (the loop's other
   * instructions, its step's SET_LOCAL or INC_LOCAL too, stay in place) */
  if (in->op >= GOR_OP_STORE_LOOP_EQ && in->op <= GOR_OP_SCAN_GE)
    return 1;
  switch (in->op)
    {
    case GOR_OP_LOCAL:
    case GOR_OP_BOXED:
    case GOR_OP_SET_BOXED:
    case GOR_OP_BOX_LOCAL:
    case GOR_OP_INC_LOCAL: return 1;
    case GOR_OP_SET_LOCAL: return 2;
    default: return in->op < GOR_N_OPS ? 0 : -1;
    }
}

static Liveness *
liveness_compute (GorFunc *fn)
{
  const GorInstr     *code = (const GorInstr *) (gpointer) fn->code->data;
  guint               n = fn->code->len, words = (fn->n_locals + 31) / 32;
  Liveness           *lv;
  gboolean            changed = TRUE;
  g_autofree guint32 *out = NULL;

  if (GOR_N_OPS != LIVENESS_KNOWN_OPS || words == 0 || n == 0)
    return NULL;
  for (guint i = 0; i < n; i++)
    {
      int acc = slot_access (&code[i]);

      if (acc < 0 || (acc > 0 && (code[i].a < 0 || (guint) code[i].a >= fn->n_locals)))
        return NULL;
      if ((code[i].op == GOR_OP_JMP || code[i].op == GOR_OP_JF || code[i].op == GOR_OP_JT
           || code[i].op == GOR_OP_ONCE_DO || code[i].op == GOR_OP_UNWIND)
          && code[i].a >= (gint32) n)
        return NULL;
    }

  lv = g_new0 (Liveness, 1);
  lv->words = words;
  lv->in = g_new0 (guint32, (gsize) (n + 1) * words);
  lv->boxed = g_new0 (guint32, words);
  for (guint i = 0; i < n; i++)
    if (code[i].op == GOR_OP_BOXED || code[i].op == GOR_OP_SET_BOXED || code[i].op == GOR_OP_BOX_LOCAL)
      lv->boxed[code[i].a / 32] |= 1u << (code[i].a % 32);
  out = g_new (guint32, words);
  while (changed)
    {
      changed = FALSE;
      for (guint i = n; i > 0; i--)
        {
          const GorInstr *in = &code[i - 1];
          guint32        *live = lv->in + (gsize) (i - 1) * words;
          guint           succ[3], n_succ = 0;
          int             acc = slot_access (in);

          /* where it may go on: the next instruction, its jump target,
           * and the unwind pc */
          if (in->op != GOR_OP_JMP && in->op != GOR_OP_RET)
            succ[n_succ++] = i;
          if ((in->op == GOR_OP_JMP || in->op == GOR_OP_JF || in->op == GOR_OP_JT || in->op == GOR_OP_ONCE_DO
               || in->op == GOR_OP_UNWIND)
              && in->a >= 0)
            succ[n_succ++] = (guint) in->a;
          succ[n_succ++] = MIN (fn->unwind_pc, n);
          memset (out, 0, words * sizeof (guint32));
          for (guint k = 0; k < n_succ; k++)
            for (guint w = 0; w < words; w++)
              out[w] |= lv->in[(gsize) succ[k] * words + w];
          if (acc == 2)
            out[in->a / 32] &= ~(1u << (in->a % 32));
          else if (acc == 1)
            out[in->a / 32] |= 1u << (in->a % 32);
          if (memcmp (out, live, words * sizeof (guint32)) != 0)
            {
              memcpy (live, out, words * sizeof (guint32));
              changed = TRUE;
            }
        }
    }
  return lv;
}

static Liveness *
liveness_of (GorReach *r, GorFunc *fn)
{
  guint     c = fn->index % G_N_ELEMENTS (r->lv_cache_fn);
  Liveness *lv;

  if (r->lv_cache_fn[c] == fn)
    return r->lv_cache[c];
  if (!g_hash_table_lookup_extended (r->liveness, fn, NULL, (gpointer *) &lv))
    {
      lv = liveness_compute (fn);
      g_hash_table_insert (r->liveness, fn, lv);
    }
  r->lv_cache_fn[c] = fn;
  r->lv_cache[c] = lv;
  return lv;
}

/* The live-in set of @fn at @pc, or NULL: every slot live. */
static const guint32 *
live_at (GorReach *r, GorFunc *fn, guint32 pc)
{
  Liveness *lv = liveness_of (r, fn);

  if (lv == NULL || pc > fn->code->len)
    return NULL;
  return lv->in + (gsize) pc * lv->words;
}

/* The same liveness for the collector (gor-gc.c), which keeps its own. */
gpointer
_gor_liveness_new (GorFunc *fn)
{
  return liveness_compute (fn);
}

void
_gor_liveness_free (gpointer lv)
{
  liveness_free (lv);
}

const guint32 *
_gor_liveness_at (gconstpointer lv, GorFunc *fn, guint32 pc)
{
  const Liveness *l = lv;

  if (l == NULL || pc >= fn->code->len)
    return NULL;
  return l->in + (gsize) pc * l->words;
}

/* ---- marking ---- */

static inline void
mark_pointer (GorReach *r, gconstpointer p)
{
  IndexSlot *s = index_find (r, p);

  if (s == NULL || s->epoch == r->epoch)
    return;
  s->epoch = r->epoch;
  if (s->target && r->n_unmarked > 0)
    r->n_unmarked--;
  if (r->work_len == r->work_cap)
    {
      r->work_cap = MAX (64, r->work_cap * 2);
      r->work = g_renew (GorObj *, r->work, r->work_cap);
    }
  r->work[r->work_len++] = s->obj;
}

static inline gboolean
is_marked (GorReach *r, gconstpointer p)
{
  IndexSlot *s = index_find (r, p);

  return s != NULL && s->epoch == r->epoch;
}

static void
mark_values (GorReach *r, const GorValue *v, gsize n)
{
  for (gsize i = 0; i < n && r->n_unmarked > 0; i++)
    mark_pointer (r, v[i].p);
}

static void
mark_waitq (GorReach *r, GorWaitQ *q)
{
  /* the values blocked senders hand over */
  for (GorWaiter *w = q->head; w && r->n_unmarked > 0; w = w->next)
    if (w->is_send)
      mark_pointer (r, w->val.p);
}

static void
scan_object (GorReach *r, GorObj *o)
{
  switch (o->kind)
    {
    case GOR_OBJ_ARRAY:
      if (gor_array_kind ((GorArray *) o) == GOR_ARRAY_WIDE)
        mark_values (r, ((GorArray *) o)->v, ((GorArray *) o)->len);
      break;
    case GOR_OBJ_SLICE: mark_pointer (r, ((GorSlice *) o)->arr); break;
    case GOR_OBJ_BOX:
    case GOR_OBJ_ONCE: mark_pointer (r, ((GorBox *) o)->v.p); break;
    case GOR_OBJ_STRUCT: mark_values (r, ((GorStruct *) o)->f, ((GorStruct *) o)->n); break;
    case GOR_OBJ_CLOSURE: mark_values (r, ((GorClosure *) o)->up, ((GorClosure *) o)->n); break;
    case GOR_OBJ_IFACE: mark_pointer (r, ((GorIface *) o)->v.p); break;
    case GOR_OBJ_REF: mark_pointer (r, ((GorRef *) o)->base.p); break;
    case GOR_OBJ_CHAN:
      {
        GorChan *c = (GorChan *) o;

        for (gint64 i = 0; i < c->len && r->n_unmarked > 0; i++)
          mark_pointer (r, c->buf[(c->head + i) % c->cap].p);
        mark_waitq (r, &c->sendq);
        break;
      }
    case GOR_OBJ_MAP:
    case GOR_OBJ_MAP_ITER:
      {
        GArray *vals = _gor_map_values (o);

        mark_values (r, (GorValue *) (gpointer) vals->data, vals->len);
        g_array_unref (vals);
      }
      break;
    default: break;
    }
}

static void
drain (GorReach *r)
{
  while (r->work_len > 0 && r->n_unmarked > 0)
    scan_object (r, r->work[--r->work_len]);
}

/* Everything @g can touch when it runs: its stack up to the live top,
 * its frames' closures, deferred calls, panics and, when it is blocked,
 * the values it is sending.  (A Once it runs is reached through the Once
 * variable its frames hold.) */
static void
mark_goroutine (GorReach *r, GorG *g)
{
  /* frame by frame, the innermost first: each owns the slots from its
   * base up to the next frame's */
  for (guint i = g->n_frames; i > 0 && r->n_unmarked > 0; i--)
    {
      GorFrame *fr = &g->frames[i - 1];
      guint32   hi = i < g->n_frames ? g->frames[i].base : g->sp;

      /* the running goroutine's pc is not saved yet */
      const guint32 *live = g->status == GOR_G_RUNNING ? NULL : live_at (r, fr->fn, fr->pc);

      for (guint32 k = hi; k > fr->base && r->n_unmarked > 0; k--)
        {
          guint32 slot = k - 1 - fr->base;

          if (live != NULL && slot < fr->fn->n_locals && !(live[slot / 32] & (1u << (slot % 32))))
            continue; /* a dead local */
          mark_pointer (r, g->stack[k - 1].p);
          drain (r);
        }
    }
  /* below the first frame: nothing, but stay safe */
  for (guint32 k = g->n_frames > 0 ? MIN (g->frames[0].base, g->sp) : g->sp; k > 0 && r->n_unmarked > 0; k--)
    mark_pointer (r, g->stack[k - 1].p);
  for (guint i = 0; i < g->n_frames && r->n_unmarked > 0; i++)
    {
      GorFrame *fr = &g->frames[i];

      mark_pointer (r, fr->env);
      for (GorDefer *d = fr->defers; d; d = d->next)
        {
          mark_pointer (r, d->env);
          mark_values (r, d->args, d->n_args);
        }
      drain (r);
    }
  mark_pointer (r, g->rare->panic_val);
  mark_pointer (r, g->rare->recovered_val);
  for (guint i = 0; g->rare->panic_chain && i < g->rare->panic_chain->len; i++)
    mark_pointer (r, g_ptr_array_index (g->rare->panic_chain, i));
  if (g->status == GOR_G_BLOCKED)
    {
      mark_pointer (r, g->w.val.p);
      for (guint i = 0; i < g->n_sel; i++)
        mark_pointer (r, g->sel[i].val.p);
    }
  drain (r);
}

/* ---- the rule ---- */

static gboolean
undecided (GorG *g)
{
  return g->status == GOR_G_BLOCKED && g->tg != NULL && g->tg->blocked_forever_since < 0;
}

/* A nil channel, select {} or a select of nil channels: nobody can ever
 * wake it. */
static gboolean
waits_on_nothing (GorG *g)
{
  if (g->sel != NULL)
    return FALSE;
  switch (g->reason)
    {
    case GOR_REASON_NIL_CHAN_SEND:
    case GOR_REASON_NIL_CHAN_RECV:
    case GOR_REASON_SELECT:
    case GOR_REASON_SELECT_NO_CASES: return TRUE;
    default: return g->w.obj == NULL;
    }
}

/* The index flags the targets.  A primitive missing from the index (it
 * cannot be: the index is brought up to date first) is left out: its
 * waiters are then never proven, which is safe. */
static void
add_target (GorReach *r, gpointer obj)
{
  IndexSlot *s = index_find (r, obj);

  if (s != NULL && !s->target)
    {
      s->target = TRUE;
      if (r->n_targets == r->targets_cap)
        {
          r->targets_cap = MAX (8, r->targets_cap * 2);
          r->targets = g_renew (GorObj *, r->targets, r->targets_cap);
        }
      r->targets[r->n_targets++] = obj;
    }
}

/* Registers what @g waits on; TRUE when it waits on nothing at all. */
static gboolean
register_waiter (GorReach *r, GorG *g)
{
  if (waits_on_nothing (g))
    return TRUE;
  if (g->sel != NULL)
    for (guint i = 0; i < g->n_sel; i++)
      add_target (r, g->sel[i].obj);
  else
    add_target (r, g->w.obj);
  return FALSE;
}

static GorWaitQ *
waitqs (GorObj *o, GorWaitQ **second)
{
  *second = NULL;
  switch (o->kind)
    {
    case GOR_OBJ_CHAN: *second = &((GorChan *) o)->sendq; return &((GorChan *) o)->recvq;
    case GOR_OBJ_MUTEX: return &((GorMutex *) o)->waitq;
    case GOR_OBJ_WAITGROUP: return &((GorWaitGroup *) o)->waitq;
    default: return NULL;
    }
}

static gboolean
has_waiters (GorObj *o)
{
  GorWaitQ *q2, *q1 = waitqs (o, &q2);

  return (q1 && q1->head) || (q2 && q2->head);
}

static void
remove_target_at (GorReach *r, guint i)
{
  IndexSlot *s = index_find (r, r->targets[i]);

  if (s != NULL)
    s->target = FALSE;
  r->targets[i] = r->targets[--r->n_targets];
}

/* Wakes, in thought, the goroutines waiting on marked targets and marks
 * from them, until nothing changes or every target is marked. */
static void
fixpoint (GorReach *r, GorVM *vm)
{
  gboolean changed = TRUE;

  while (changed && r->n_unmarked > 0)
    {
      changed = FALSE;
      for (guint i = 0; i < r->n_targets && r->n_unmarked > 0; i++)
        {
          GorObj   *t = r->targets[i];
          GorWaitQ *q[2];

          if (!is_marked (r, t))
            continue;
          q[0] = waitqs (t, &q[1]);
          for (guint k = 0; k < 2; k++)
            for (GorWaiter *w = q[k] ? q[k]->head : NULL; w && r->n_unmarked > 0; w = w->next)
              if (g_hash_table_add (r->woken, w->g))
                {
                  if (!r->globals_marked)
                    {
                      r->globals_marked = TRUE;
                      mark_values (r, vm->globals, vm->program->n_globals);
                    }
                  mark_goroutine (r, w->g);
                  changed = TRUE;
                }
        }
    }
}

static gboolean
all_waits_unmarked (GorReach *r, GorG *g)
{
  if (g->sel == NULL)
    return !is_marked (r, g->w.obj);
  for (guint i = 0; i < g->n_sel; i++)
    if (g->sel[i].obj && is_marked (r, g->sel[i].obj))
      return FALSE;
  return TRUE;
}

/* The common case, without the walk: every target is right in a slot of
 * a goroutine that can run, in a variable its closure captured (a box,
 * checked against the index), or in a package variable.  Compares values
 * and marks nothing. */
#define QUICK_MAX G_N_ELEMENTS (((GorReach *) NULL)->found)

static inline Witness *
witness_for (GorReach *r, gconstpointer obj)
{
  return &r->wit[((((guint64) (guintptr) obj) >> 4) * G_GUINT64_CONSTANT (0x9E3779B97F4A7C15)) >> 58];
}

static inline void
found_at (GorReach *r, guint k, WitKind kind, guint32 where, GorObj *box)
{
  r->found[k].kind = kind;
  r->found[k].g = r->scan_g;
  r->found[k].frame = r->scan_frame;
  r->found[k].k = where;
  r->found[k].box = box;
  r->found[k].fn = NULL;
  r->found[k].gen = r->gen;
  r->found[k].checked = G_MAXUINT32;
}

/* Globals (@kind WIT_GLOBAL) or a timer's channel (WIT_NONE). */
static guint
quick_scan (GorReach *r, const GorValue *v, gsize n, guint found, WitKind kind)
{
  GorObj **t = r->targets;
  guint    len = r->n_targets, all = (1u << len) - 1;

  for (gsize i = 0; i < n && found != all; i++)
    for (guint k = 0; k < len; k++)
      if (v[i].p == t[k] && !(found & (1u << k)))
        {
          found |= 1u << k;
          found_at (r, k, kind, (guint32) i, NULL);
        }
  return found;
}

/* quick_scan of one slot, inline: this runs for every live slot of every
 * goroutine that can run, at nearly every step of a recorded run. */
static inline guint
quick_slot (GorReach *r, GorObj *const *t, guint len, const GorValue *v, guint found, WitKind kind,
            guint32 where, GorObj *box)
{
  for (guint k = 0; k < len; k++)
    if (G_UNLIKELY (v->p == t[k]) && !(found & (1u << k)))
      {
        found |= 1u << k;
        found_at (r, k, kind, where, box);
      }
  return found;
}

/* The live-in set of frame @fr of @g, which is not running, from its
 * function's liveness @lv (NULL: every slot live). */
static inline const guint32 *
frame_live (GorG *g, GorFrame *fr, Liveness *lv)
{
  if (g->status != GOR_G_RUNNING && lv != NULL && fr->pc <= fr->fn->code->len)
    return lv->in + (gsize) fr->pc * lv->words;
  return NULL;
}

static inline gboolean
slot_is_dead (const guint32 *live, guint32 slot, guint32 n_locals)
{
  return live != NULL && slot < n_locals && !(live[slot / 32] & (1u << (slot % 32)));
}

static inline gboolean
slot_is_boxed (Liveness *lv, guint32 slot, guint32 n_locals)
{
  return lv != NULL && slot < n_locals && (lv->boxed[slot / 32] & (1u << (slot % 32)));
}

/* The box @p points to, when it is one. */
static inline GorBox *
as_box (GorReach *r, gconstpointer p)
{
  IndexSlot *s = index_find (r, p);

  return s != NULL && s->obj->kind == GOR_OBJ_BOX ? (GorBox *) s->obj : NULL;
}

static guint
quick_goroutine (GorReach *r, GorG *g, guint found)
{
  GorObj *const *t = r->targets;
  guint          len = r->n_targets, all = (1u << len) - 1;

  r->scan_g = g;
  for (guint i = 0; i < g->n_frames && found != all; i++)
    {
      GorFrame      *fr = &g->frames[i];
      guint32        hi = i + 1 < g->n_frames ? g->frames[i + 1].base : g->sp;
      Liveness      *lv = liveness_of (r, fr->fn);
      guint32        n_locals = fr->fn->n_locals;
      const guint32 *live = frame_live (g, fr, lv);

      r->scan_frame = i;
      for (guint32 k = fr->base; k < hi && found != all; k++)
        {
          guint32 slot = k - fr->base;

          if (slot_is_dead (live, slot, n_locals))
            continue;
          found = quick_slot (r, t, len, &g->stack[k], found, WIT_SLOT, k, NULL);
          /* a variable a closure captured: its box holds the value */
          if (slot_is_boxed (lv, slot, n_locals))
            {
              GorBox *b = as_box (r, g->stack[k].p);

              if (b != NULL)
                found = quick_slot (r, t, len, &b->v, found, WIT_SLOT_BOX, k, &b->hdr);
            }
        }
    }
  for (guint i = 0; i < g->n_frames && found != all; i++)
    {
      GorClosure *env = g->frames[i].env;

      r->scan_frame = i;
      for (gsize k = 0; env && k < env->n && found != all; k++)
        {
          GorBox *b = as_box (r, env->up[k].p);

          if (b != NULL)
            found = quick_slot (r, t, len, &b->v, found, WIT_ENV_BOX, (guint32) k, &b->hdr);
        }
    }
  return found;
}

static gboolean
quick_witness (GorReach *r, GorVM *vm, GorG *ran)
{
  guint len = r->n_targets, all = (1u << len) - 1, found = 0;

  if (len > QUICK_MAX)
    return FALSE;
  /* the goroutine that just ran last: one that did not is likely to stay
   * put longer, and its witness to be checked the cheap way */
  for (guint i = 0; i < vm->runq_len && found != all; i++)
    if (vm->runq[i] != ran)
      found = quick_goroutine (r, vm->runq[i], found);
  for (guint i = 0; i < vm->runq_len && found != all; i++)
    if (vm->runq[i] == ran)
      found = quick_goroutine (r, vm->runq[i], found);
  for (guint i = 0; i < vm->timers->len && found != all; i++)
    {
      GorTimer *t = &g_array_index (vm->timers, GorTimer, i);
      GorValue  c;

      if (t->g)
        found = quick_goroutine (r, t->g, found);
      c.p = t->chan;
      r->scan_g = NULL;
      if (quick_scan (r, &c, 1, found, WIT_NONE) != found)
        return FALSE; /* a timer's: found, but where it cannot be kept */
    }
  r->scan_g = NULL;
  r->scan_frame = 0;
  if (found != all && (vm->runq_len > 0 || vm->timers->len > 0))
    found = quick_scan (r, vm->globals, vm->program->n_globals, found, WIT_GLOBAL);
  if (found != all)
    return FALSE;
  for (guint k = 0; k < len; k++)
    {
      Witness *w = witness_for (r, r->targets[k]);

      *w = r->found[k];
      w->obj = r->targets[k];
    }
  return TRUE;
}

/* Whether the witness last found for @t still stands, checked from its
 * goroutine (or package variable) down as the quick pass would find it:
 * the goroutine can run, the frame is there and its slot live at the
 * frame's pc, the slot, box or closure still holds what it held.  The
 * goroutine may have run since: positions, not addresses, are kept.
 * Exits forget the witnesses of the goroutine (_gor_reach_forget), so
 * the goroutines named are alive. */
static G_ALWAYS_INLINE inline gboolean
witness_holds_at (GorReach *r, GorVM *vm, Witness *w, GorObj *t)
{
  GorG     *g = w->g;
  GorFrame *fr;
  guint32   hi, slot;

  if (g == NULL || (g->status != GOR_G_RUNNABLE && g->status != GOR_G_SLEEPING) || w->frame >= g->n_frames)
    return FALSE;
  fr = &g->frames[w->frame];
  if (w->kind == WIT_ENV_BOX)
    {
      if (fr->env == NULL || w->k >= fr->env->n || fr->env->up[w->k].p != w->box)
        return FALSE;
    }
  else
    {
      hi = w->frame + 1 < g->n_frames ? g->frames[w->frame + 1].base : g->sp;
      if (w->k < fr->base || w->k >= hi)
        return FALSE;
      if (w->kind == WIT_SLOT)
        {
          if (g->stack[w->k].p != t)
            return FALSE;
        }
      else if (g->stack[w->k].p != w->box)
        return FALSE;
      /* which slots are live depends on the function and the pc only */
      if (fr->fn != w->fn || fr->pc != w->pc)
        {
          Liveness *lv = liveness_of (r, fr->fn);

          slot = w->k - fr->base;
          if (slot_is_dead (frame_live (g, fr, lv), slot, fr->fn->n_locals)
              || (w->kind == WIT_SLOT_BOX && !slot_is_boxed (lv, slot, fr->fn->n_locals)))
            return FALSE;
          w->fn = fr->fn;
          w->pc = fr->pc;
        }
      if (w->kind == WIT_SLOT)
        return TRUE;
    }
  /* a box: while no object was freed (the index was not built anew), the
   * object at that address is the box it was */
  if (w->gen != r->gen)
    {
      if (as_box (r, w->box) == NULL)
        return FALSE;
      w->gen = r->gen;
    }
  return ((GorBox *) w->box)->v.p == t;
}

/* The same, checked in full only when its goroutine may have changed
 * since the last check: a goroutine that did not run keeps its frames,
 * pcs and stack (and with them its boxes, still allocated when no object
 * was freed since), and can still run; what a box holds may change. */
static G_ALWAYS_INLINE inline gboolean
witness_holds (GorReach *r, GorVM *vm, GorG *ran, GorObj *t)
{
  Witness *w = witness_for (r, t);

  if (w->obj != t)
    return FALSE;
  if (w->kind == WIT_GLOBAL)
    return (vm->runq_len > 0 || vm->timers->len > 0) && w->k < vm->program->n_globals
           && vm->globals[w->k].p == t;
  /* (@ran NULL: a goroutine exited, or the run ended, perhaps in a step
   * of main that was not checked) */
  if (w->checked + 1 == vm->step && ran != NULL && w->g != ran && (w->kind == WIT_SLOT || w->gen == r->gen))
    {
      if ((w->kind == WIT_SLOT ? w->g->stack[w->k].p : ((GorBox *) w->box)->v.p) != t)
        return FALSE;
    }
  else if (!witness_holds_at (r, vm, w, t))
    return FALSE;
  w->checked = vm->step;
  return TRUE;
}

static void
walk (GorReach *r, GorVM *vm)
{
  if (++r->epoch == 0)
    {
      for (gsize i = 0; i < ((gsize) 1 << r->index_bits); i++)
        r->index[i].epoch = 0;
      r->epoch = 1;
    }
  r->n_unmarked = r->n_targets;
  r->work_len = 0;
  r->globals_marked = FALSE;
  if (g_hash_table_size (r->woken) > 0)
    g_hash_table_remove_all (r->woken);

  /* the goroutines that can run: runnable, running (when the run ends in
   * the middle of a step) and sleeping */
  if (vm->current && vm->current->status == GOR_G_RUNNING)
    mark_goroutine (r, vm->current);
  for (guint i = 0; i < vm->runq_len && r->n_unmarked > 0; i++)
    mark_goroutine (r, vm->runq[i]);
  /* a pending timer wakes its sleeper, sends on its channel or cancels
   * its context */
  for (guint i = 0; i < vm->timers->len && r->n_unmarked > 0; i++)
    {
      GorTimer *t = &g_array_index (vm->timers, GorTimer, i);

      if (t->g)
        mark_goroutine (r, t->g);
      mark_pointer (r, t->chan);
      mark_pointer (r, t->tobj);
      mark_pointer (r, t->ctx);
      drain (r);
    }
  /* package variables, for whoever can run; with nobody able to run
   * (every goroutine blocked, no timer pending) they wake nobody */
  if (r->n_unmarked > 0 && (vm->runq_len > 0 || vm->timers->len > 0 || vm->current))
    {
      r->globals_marked = TRUE;
      mark_values (r, vm->globals, vm->program->n_globals);
      drain (r);
    }
  fixpoint (r, vm);
}

void
gor_reach_check (GorVM *vm, GorG *ran, gboolean ran_blocked, gboolean everyone, GorReachFunc proven,
                 gpointer user_data)
{
  GorReach *r = vm->reach;
  GorG     *blocked = ran_blocked ? ran : NULL;
  gboolean  held;
  g_autoptr (GPtrArray) dead = NULL;

  if (r == NULL)
    {
      r = vm->reach = g_new0 (GorReach, 1);
      r->woken = g_hash_table_new (NULL, NULL);
      r->liveness = g_hash_table_new_full (NULL, NULL, NULL, liveness_free);
      everyone = TRUE;
    }
  r->watch.g = NULL;
  /* nothing blocked, nothing to prove: not even the index is brought up
   * to date */
  if (!everyone && blocked == NULL && r->n_targets == 0)
    return;
  index_sync (r, &vm->heap);

  /* who waits on what: the goroutine that just blocked, or everyone */
  if (everyone)
    {
      for (GorG *g = vm->all; g; g = g->all_next)
        if (undecided (g) && register_waiter (r, g))
          proven (g, user_data);
    }
  else if (blocked && undecided (blocked) && register_waiter (r, blocked))
    proven (blocked, user_data);

  /* targets nobody waits on any more go; the others need a witness */
  held = TRUE;
  for (guint i = r->n_targets; i > 0; i--)
    if (!has_waiters (r->targets[i - 1]))
      remove_target_at (r, i - 1);
    else if (held && !witness_holds (r, vm, ran, r->targets[i - 1]))
      held = FALSE;
  if (r->n_targets == 0 || held || quick_witness (r, vm, ran))
    return;
  walk (r, vm);
  if (r->n_unmarked == 0)
    return;

  /* The walk went all the way: the unmarked targets are unreachable for
   * good, and so is each goroutine that waits on nothing else. */
  dead = g_ptr_array_new ();
  for (guint i = r->n_targets; i > 0; i--)
    {
      GorObj *t = r->targets[i - 1];

      if (!is_marked (r, t))
        {
          g_ptr_array_add (dead, t);
          remove_target_at (r, i - 1);
        }
    }
  for (guint i = 0; i < dead->len; i++)
    {
      GorWaitQ *q[2];

      q[0] = waitqs (g_ptr_array_index (dead, i), &q[1]);
      for (guint k = 0; k < 2; k++)
        for (GorWaiter *w = q[k] ? q[k]->head : NULL; w; w = w->next)
          if (undecided (w->g) && all_waits_unmarked (r, w->g))
            proven (w->g, user_data);
    }
}

/* The check after a step that went on into the next one
 * (_gor_sched_go_on): @ran did not block, so no waiter is registered,
 * and when every target still waited on keeps its witness the check ends
 * there.  This is that part of gor_reach_check, for a caller that does
 * not leave the step.  FALSE when a witness fails (or the rule has not
 * started yet): then gor_reach_check is to run, which finds the same
 * (the witnesses checked here hold again, the failed one fails again)
 * and goes on to the search and the walk.
 *
 * When it ends at the witnesses, where each stands is kept (watch_keep):
 * in the steps @ran goes on into, nobody else runs, so that a witness in
 * another goroutine's slot stays where it is, and a box stays the box
 * (no collection ran: nothing was freed or moved); what may change is
 * what @ran writes — a box's value, a package variable, its own frames —
 * and the waiters @ran wakes.  Those are compared (_gor_reach_watched,
 * gor-vm-private.h); a witness in a slot of @ran itself, whose liveness
 * moves with its pc, is not kept.  Any other check (gor_reach_check, at
 * the end of every step that did not go on) drops what was kept, so that
 * it serves only the steps @ran goes on into from this one. */
static void
watch_keep (GorReach *r, GorVM *vm, GorG *ran)
{
  GorReachWatch *ws = &r->watch;

  ws->g = NULL;
  if (r->n_targets > G_N_ELEMENTS (ws->item))
    return;
  for (guint i = 0; i < r->n_targets; i++)
    {
      GorObj            *t = r->targets[i];
      Witness           *w = witness_for (r, t);
      GorReachWatchItem *e = &ws->item[i];

      if (w->obj != t)
        return;
      e->t = t;
      e->q[0] = waitqs (t, &e->q[1]);
      if (e->q[0] == NULL)
        return;
      e->env = NULL;
      e->frame = 0;
      switch (w->kind)
        {
        case WIT_SLOT:
          if (w->g == ran)
            return;
          e->loc = &w->g->stack[w->k];
          break;
        case WIT_SLOT_BOX:
          if (w->g == ran)
            return;
          e->loc = &((GorBox *) w->box)->v;
          break;
        case WIT_ENV_BOX:
          e->loc = &((GorBox *) w->box)->v;
          if (w->g == ran)
            {
              e->env = ran->frames[w->frame].env;
              e->frame = w->frame;
            }
          break;
        case WIT_GLOBAL: e->loc = &vm->globals[w->k]; break;
        case WIT_NONE:
        default: return;
        }
    }
  ws->n = r->n_targets;
  ws->g = ran;
  ws->gc = vm->gc_count;
}

gboolean
_gor_reach_held (GorVM *vm, GorG *ran)
{
  GorReach *r = vm->reach;

  if (G_UNLIKELY (r == NULL))
    return FALSE;
  r->watch.g = NULL;
  if (r->n_targets == 0)
    {
      watch_keep (r, vm, ran);
      return TRUE;
    }
  /* (index_sync finds nothing to do when no object came or went) */
  if (vm->heap.objects != r->seen_head || vm->heap.n_objects != r->seen_n)
    index_sync (r, &vm->heap);
  for (guint i = r->n_targets; i > 0; i--)
    {
      GorObj  *t = r->targets[i - 1];
      Witness *w;

      if (!has_waiters (t))
        {
          remove_target_at (r, i - 1);
          continue;
        }
      /* witness_holds, its usual case first: the witness is another
       * goroutine's, which did not run since the last check */
      w = witness_for (r, t);
      if (w->obj != t)
        return FALSE;
      if (w->checked + 1 == vm->step && w->g != ran
          && (w->kind == WIT_SLOT || w->kind == WIT_SLOT_BOX || w->kind == WIT_ENV_BOX)
          && (w->kind == WIT_SLOT || w->gen == r->gen))
        {
          if ((w->kind == WIT_SLOT ? w->g->stack[w->k].p : ((GorBox *) w->box)->v.p) != t)
            return FALSE;
          w->checked = vm->step;
        }
      else if (!witness_holds (r, vm, ran, t))
        return FALSE;
    }
  watch_keep (r, vm, ran);
  return TRUE;
}

void
_gor_reach_forget (GorReach *r, GorG *g)
{
  if (r == NULL)
    return;
  r->watch.g = NULL;
  for (guint i = 0; i < WIT_CACHE; i++)
    if (r->wit[i].g == g)
      r->wit[i].obj = NULL;
}

void
_gor_reach_free (GorReach *r)
{
  if (r == NULL)
    return;
  g_free (r->targets);
  g_hash_table_unref (r->woken);
  g_hash_table_unref (r->liveness);
  g_free (r->index);
  g_free (r->work);
  g_free (r);
}
