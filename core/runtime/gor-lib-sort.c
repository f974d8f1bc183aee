/* gor-lib-sort.c — the sort package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sort.Ints, Strings and Float64s and their searches work on the values
 * directly.  The sorts that call the program's code (a less function,
 * the Len, Less and Swap methods of a sort.Interface) run those calls as
 * calls of the sorting goroutine, as fmt runs String methods
 * (gor-fmt-call.c): the instruction stops at a call that has not run,
 * the call runs, and the instruction runs again.  A sort keeps its state
 * from one run to the next and goes on where it stopped; a search or an
 * IsSorted, which make few calls, starts again from the start and reads
 * the results it has.  The data does not move while the sort compares:
 * it sorts a permutation of the positions, compares through it, and
 * moves the elements once every comparison is known — in one step for a
 * slice, by Swap calls for a sort.Interface.
 *
 * The sort here is a merge sort, which is stable: SliceStable and Stable
 * give Go's results exactly (though not with Go's sequence of Less
 * calls).  The compiler sends sort.Slice and sort.Sort elsewhere: to
 * Go's pdqsort in the library's Go (gor-iterlib.c), whose calls of Less
 * and Swap, and so the order of equal elements, are Go's.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gor-vm-private.h"

typedef struct
{
  gint32     a;
  guint      b;
  GorIface **perr;
  gboolean   has_result;
  GorValue   r;
} SortWalk;

/* A callee: a closure, or a method of a sort.Interface's dynamic value. */
typedef struct
{
  GorFunc    *fn;
  GorClosure *env;
  GorValue    recv;
  gboolean    method;
} Callee;

static gboolean
call (GorVM *vm, const Callee *f, gint64 i, gint64 j, guint n_ints, gboolean no_result, GorValue *r)
{
  GorValue args[3];
  guint    n = 0;

  if (f->method)
    args[n++] = f->recv;
  if (n_ints >= 1)
    args[n++].i = i;
  if (n_ints >= 2)
    args[n++].i = j;
  if (n == 0)
    return TRUE;
  return _gor_fmt_call_func (vm, f->fn, f->env, args, n, no_result, r);
}

static gboolean
closure_callee (GorVM *vm, GorClosure *cl, Callee *f, GorIface **perr)
{
  if (cl == NULL)
    {
      *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
      return FALSE;
    }
  f->fn = cl->fn;
  f->env = cl;
  f->method = FALSE;
  return TRUE;
}

static gboolean
method_callee (GorVM *vm, GorIface *x, const char *name, Callee *f, GorIface **perr)
{
  gboolean   deref = FALSE;
  GorMethod *m;

  if (x == NULL)
    {
      *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
      return FALSE;
    }
  m = _gor_type_find_method (x->type, name, &deref);
  if (m == NULL || m->func < 0)
    {
      *perr = _gor_vm_error (vm, "sort: %s is no method of the program's own", name);
      return FALSE;
    }
  f->fn = g_ptr_array_index (vm->program->funcs, m->func);
  f->env = NULL;
  f->method = TRUE;
  f->recv = x->v;
  if (deref)
    {
      if (x->v.p == NULL)
        {
          *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
          return FALSE;
        }
      f->recv = ((GorBox *) x->v.p)->v;
    }
  return TRUE;
}

/* less(perm[p], perm[q]) (reversed: less(perm[q], perm[p])); FALSE when
 * it has not run yet. */
static gboolean
less_at (GorVM *vm, const Callee *less, gboolean reverse, gint64 x, gint64 y, gboolean *out)
{
  GorValue r;

  if (!call (vm, less, reverse ? y : x, reverse ? x : y, 2, FALSE, &r))
    return FALSE;
  *out = r.i != 0;
  return TRUE;
}

/* A sort's state between the runs of its instruction. */
typedef struct
{
  int      phase; /* 0 start, 1 sorting, 2 moving the elements */
  gint64   n;
  gint64  *perm, *tmp;
  gint64  *at, *pos; /* Swap's moves: position → element, element → position */
  gint64   width, lo, mid, hi, i, j, k;
  gboolean merging;
} SortState;

static void
sort_state_free (gpointer data)
{
  SortState *st = data;

  g_free (st->perm);
  g_free (st->tmp);
  g_free (st->at);
  g_free (st->pos);
  g_free (st);
}

static void
sort_state_start (SortState *st, gint64 n)
{
  st->n = n;
  st->perm = g_new (gint64, MAX (n, 1));
  st->tmp = g_new (gint64, MAX (n, 1));
  for (gint64 i = 0; i < n; i++)
    st->perm[i] = i;
  st->width = 1;
  st->phase = 1;
}

/* A bottom-up merge sort of the positions by @less, from where the last
 * run stopped; FALSE when a comparison must run first. */
static gboolean
merge_sort (GorVM *vm, SortState *st, const Callee *less, gboolean reverse)
{
  gint64 *p = st->perm, *t = st->tmp;

  while (st->width < st->n)
    {
      if (!st->merging)
        {
          if (st->lo + st->width >= st->n)
            {
              st->width *= 2;
              st->lo = 0;
              continue;
            }
          st->mid = st->lo + st->width;
          st->hi = MIN (st->lo + 2 * st->width, st->n);
          st->i = st->lo;
          st->j = st->mid;
          st->k = st->lo;
          st->merging = TRUE;
        }
      while (st->i < st->mid && st->j < st->hi)
        {
          gboolean lt;

          /* the right one first only when it is less: stable */
          if (!less_at (vm, less, reverse, p[st->j], p[st->i], &lt))
            return FALSE;
          _gor_fmt_call_consumed (vm);
          t[st->k++] = lt ? p[st->j++] : p[st->i++];
        }
      while (st->i < st->mid)
        t[st->k++] = p[st->i++];
      while (st->j < st->hi)
        t[st->k++] = p[st->j++];
      memcpy (p + st->lo, t + st->lo, (gsize) (st->hi - st->lo) * sizeof *p);
      st->merging = FALSE;
      st->lo += 2 * st->width;
    }
  return TRUE;
}

/* Go's IsSorted: from the end, whether less(i, i-1) never holds. */
static gboolean
is_sorted (GorVM *vm, const Callee *less, gboolean reverse, gint64 n, gboolean *sorted)
{
  *sorted = TRUE;
  for (gint64 i = n - 1; i > 0; i--)
    {
      gboolean lt;

      if (!less_at (vm, less, reverse, i, i - 1, &lt))
        return FALSE;
      if (lt)
        {
          *sorted = FALSE;
          break;
        }
    }
  return TRUE;
}

static gboolean
walk_slice (GorVM *vm, GorValue *args, SortWalk *w)
{
  GorSlice  *s = args[0].p;
  gint64     n = s ? s->len : 0;
  Callee     less;
  SortState *st;

  /* with fewer than two elements, less is never called (it may be nil) */
  if (n < 2)
    {
      w->has_result = w->a == GOR_SORT_SLICE_IS_SORTED;
      w->r.i = 1;
      return TRUE;
    }
  if (!closure_callee (vm, args[1].p, &less, w->perr))
    return TRUE;
  if (w->a == GOR_SORT_SLICE_IS_SORTED)
    {
      gboolean sorted;

      if (!is_sorted (vm, &less, FALSE, n, &sorted))
        return FALSE;
      w->has_result = TRUE;
      w->r.i = sorted;
      return TRUE;
    }
  st = _gor_fmt_call_state (vm, sizeof *st, sort_state_free);
  if (st->phase == 0)
    sort_state_start (st, n);
  if (!merge_sort (vm, st, &less, FALSE))
    return FALSE;
  {
    GorValue *old = g_new (GorValue, MAX (n, 1));

    for (gint64 k = 0; k < n; k++)
      old[k] = gor_slice_get (s, k);
    for (gint64 k = 0; k < n; k++)
      gor_slice_set (s, k, old[st->perm[k]]);
    g_free (old);
  }
  return TRUE;
}

static gboolean
walk_search (GorVM *vm, GorValue *args, SortWalk *w)
{
  gint64 i = 0, j = args[0].i;
  Callee f;

  if (j > 0 && !closure_callee (vm, args[1].p, &f, w->perr))
    return TRUE;
  while (i < j)
    {
      gint64   h = (gint64) ((guint64) (i + j) >> 1);
      GorValue r;

      if (!call (vm, &f, h, 0, 1, FALSE, &r))
        return FALSE;
      if (r.i == 0)
        i = h + 1;
      else
        j = h;
    }
  w->has_result = TRUE;
  w->r.i = i;
  return TRUE;
}

/* sort.Sort, Stable and IsSorted of a sort.Interface */
static gboolean
walk_interface (GorVM *vm, GorValue *args, SortWalk *w)
{
  GorIface  *x = args[0].p;
  Callee     len, less, swap;
  GorValue   r;
  gboolean   reverse = w->b == 1;
  SortState *st;

  if (!method_callee (vm, x, "Len", &len, w->perr) || !method_callee (vm, x, "Less", &less, w->perr))
    return TRUE;
  if (w->a == GOR_SORT_IS_SORTED)
    {
      gboolean sorted;

      if (!call (vm, &len, 0, 0, 0, FALSE, &r))
        return FALSE;
      if (!is_sorted (vm, &less, reverse, r.i, &sorted))
        return FALSE;
      w->has_result = TRUE;
      w->r.i = sorted;
      return TRUE;
    }
  st = _gor_fmt_call_state (vm, sizeof *st, sort_state_free);
  if (st->phase == 0)
    {
      if (!call (vm, &len, 0, 0, 0, FALSE, &r))
        return FALSE;
      _gor_fmt_call_consumed (vm);
      sort_state_start (st, MAX (r.i, 0));
    }
  if (st->n < 2)
    return TRUE;
  if (!method_callee (vm, x, "Swap", &swap, w->perr))
    return TRUE;
  if (!merge_sort (vm, st, &less, reverse))
    return FALSE;
  if (st->phase == 1)
    {
      st->at = g_new (gint64, st->n);
      st->pos = g_new (gint64, st->n);
      for (gint64 k = 0; k < st->n; k++)
        st->at[k] = st->pos[k] = k;
      st->k = 0;
      st->phase = 2;
    }
  for (; st->k < st->n; st->k++)
    {
      gint64 k = st->k, want = st->perm[k], p = st->pos[want], e = st->at[k];

      if (p == k)
        continue;
      if (!call (vm, &swap, k, p, 2, TRUE, &r))
        return FALSE;
      _gor_fmt_call_consumed (vm);
      st->at[p] = e;
      st->pos[e] = p;
      st->at[k] = want;
      st->pos[want] = k;
    }
  return TRUE;
}

static gboolean
walk (GorVM *vm, GorValue *args, gpointer data)
{
  SortWalk *w = data;

  switch (w->a)
    {
    case GOR_SORT_SLICE:
    case GOR_SORT_SLICE_STABLE:
    case GOR_SORT_SLICE_IS_SORTED: return walk_slice (vm, args, w);
    case GOR_SORT_SEARCH: return walk_search (vm, args, w);
    default: return walk_interface (vm, args, w);
    }
}

GorFmtStep
_gor_lib_sort_step (GorVM *vm, GorG *g, gint32 a, guint b, GorIface **perr)
{
  SortWalk   w = { a, b, perr, FALSE, { 0 } };
  guint      n = a == GOR_SORT_SORT || a == GOR_SORT_STABLE || a == GOR_SORT_IS_SORTED ? 1 : 2;
  GorFmtStep step = _gor_fmt_call_step (vm, g, n, walk, &w);

  if (step == GOR_FMT_DONE)
    {
      g->sp -= n;
      if (w.has_result)
        g->stack[g->sp++] = w.r;
    }
  return step;
}

/* sort.Float64s' order: NaNs first. */
static int
cmp_float (double x, double y)
{
  if (x < y || (isnan (x) && !isnan (y)))
    return -1;
  if (y < x || (isnan (y) && !isnan (x)))
    return 1;
  return 0;
}

static gint
cmp_values (gconstpointer pa, gconstpointer pb, gpointer data)
{
  const GorValue *x = pa, *y = pb;
  int             kind = GPOINTER_TO_INT (data), r;

  switch (kind % 3)
    {
    case 0: r = x->i < y->i ? -1 : x->i > y->i; break;
    case 1: r = gor_str_compare (x->p, y->p); break;
    default: r = cmp_float (x->f, y->f); break;
    }
  return kind >= 3 ? -r : r;
}

/* MATHLIB's sort functions: Ints, Strings, Float64s (and reversed),
 * SearchInts …, IntsAreSorted … */
GorValue *
_gor_lib_sort (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  (void) vm;
  (void) b;
  (void) perr;
  if (a >= GOR_M_SORT_INTS && a <= GOR_M_SORT_FLOATS_DESC)
    {
      GorSlice *s = sp[-1].p;

      if (s && s->len > 1)
        g_qsort_with_data (gor_slice_data (s), (gint) s->len, sizeof (GorValue), cmp_values,
                           GINT_TO_POINTER (a - GOR_M_SORT_INTS));
      return sp - 1;
    }
  if (a >= GOR_M_SEARCH_INTS && a <= GOR_M_SEARCH_FLOATS)
    {
      GorSlice *s = sp[-2].p;
      GorValue *d = s ? gor_slice_data (s) : NULL;
      gint64    i = 0, j = s ? s->len : 0;
      gpointer  kind = GINT_TO_POINTER (a - GOR_M_SEARCH_INTS);

      while (i < j)
        {
          gint64 h = (gint64) ((guint64) (i + j) >> 1);

          if (cmp_values (&d[h], &sp[-1], kind) < 0)
            i = h + 1;
          else
            j = h;
        }
      sp[-2].i = i;
      return sp - 1;
    }
  {
    GorSlice *s = sp[-1].p;
    GorValue *d = s ? gor_slice_data (s) : NULL;
    gint64    n = s ? s->len : 0;
    gboolean  sorted = TRUE;

    for (gint64 i = n - 1; i > 0 && sorted; i--)
      if (cmp_values (&d[i], &d[i - 1], GINT_TO_POINTER (a - GOR_M_INTS_SORTED)) < 0)
        sorted = FALSE;
    sp[-1].i = sorted;
    return sp;
  }
}
