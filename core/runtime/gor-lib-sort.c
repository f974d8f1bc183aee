/* gor-lib-sort.c — the sort package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sort.Ints, Strings and Float64s and their searches work on the values
 * directly.  The sorts that call the program's code (a less function,
 * the Len, Less and Swap methods of a sort.Interface) run those calls as
 * calls of the sorting goroutine, replayed as fmt replays its String
 * methods (gor-fmt-call.c): each pass runs the sort from the start on
 * the results already known and stops at the first call that has not
 * run.  So a pass must not change the data: it sorts a permutation of
 * the positions, compares through it, and moves the elements only once
 * every comparison is known — in one step for a slice, by Swap calls for
 * a sort.Interface.
 *
 * The sort is a binary insertion sort, which is stable: SliceStable and
 * Stable give Go's results exactly, and so do Slice and Sort whenever no
 * two elements are equal, or for up to 12 elements (where Go's pdqsort
 * is an insertion sort too).  Equal elements of longer unstable sorts
 * may end in another order than Go's.
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

/* A binary insertion sort of the positions 0..n-1 by @less. */
static gboolean
sort_perm (GorVM *vm, const Callee *less, gboolean reverse, gint64 *perm, gint64 n)
{
  for (gint64 i = 0; i < n; i++)
    perm[i] = i;
  for (gint64 i = 1; i < n; i++)
    {
      gint64 x = perm[i], lo = 0, hi = i;

      while (lo < hi)
        {
          gint64   mid = lo + (hi - lo) / 2;
          gboolean lt;

          if (!less_at (vm, less, reverse, x, perm[mid], &lt))
            return FALSE;
          if (lt)
            hi = mid;
          else
            lo = mid + 1;
        }
      memmove (perm + lo + 1, perm + lo, (gsize) (i - lo) * sizeof *perm);
      perm[lo] = x;
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
  GorSlice *s = args[0].p;
  gint64    n = s ? s->len : 0;
  Callee    less;
  gint64   *perm;

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
  perm = g_new (gint64, MAX (n, 1));
  if (!sort_perm (vm, &less, FALSE, perm, n))
    {
      g_free (perm);
      return FALSE;
    }
  {
    GorValue *d = gor_slice_data (s);
    GorValue *old = g_memdup2 (d, (gsize) n * sizeof *d);

    for (gint64 k = 0; k < n; k++)
      d[k] = old[perm[k]];
    g_free (old);
  }
  g_free (perm);
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
  GorIface *x = args[0].p;
  Callee    len, less, swap;
  GorValue  r;
  gint64    n;
  gboolean  reverse = w->b == 1;

  if (!method_callee (vm, x, "Len", &len, w->perr))
    return TRUE;
  if (!call (vm, &len, 0, 0, 0, FALSE, &r))
    return FALSE;
  n = r.i;
  if (!method_callee (vm, x, "Less", &less, w->perr))
    return TRUE;
  if (w->a == GOR_SORT_IS_SORTED)
    {
      gboolean sorted;

      if (!is_sorted (vm, &less, reverse, n, &sorted))
        return FALSE;
      w->has_result = TRUE;
      w->r.i = sorted;
      return TRUE;
    }
  if (n < 2)
    return TRUE;
  if (!method_callee (vm, x, "Swap", &swap, w->perr))
    return TRUE;
  {
    gint64  *perm = g_new (gint64, n);
    gint64  *at = g_new (gint64, n);  /* position → element */
    gint64  *pos = g_new (gint64, n); /* element → position */
    gboolean done = sort_perm (vm, &less, reverse, perm, n);

    for (gint64 k = 0; k < n; k++)
      at[k] = pos[k] = k;
    for (gint64 k = 0; done && k < n; k++)
      {
        gint64 p = pos[perm[k]], e = at[k];

        if (p == k)
          continue;
        if (!call (vm, &swap, k, p, 2, TRUE, &r))
          done = FALSE;
        at[p] = e;
        pos[e] = p;
        at[k] = perm[k];
        pos[perm[k]] = k;
      }
    g_free (perm);
    g_free (at);
    g_free (pos);
    return done;
  }
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
