/* gor-packages-sort.c — how calls of sort's functions that call the
 * program's code compile
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sort.Slice and its kin take the slice as it is, whatever its element
 * type; sort.Sort, Stable and IsSorted take a sort.Interface, or sort
 * the values of a sort.IntSlice, StringSlice or Float64Slice directly,
 * reversed when the argument is a call of sort.Reverse (which compiles
 * nowhere else).  sort.Slice and sort.Sort of a sort.Interface are
 * calls of Go's pdqsort, written in the library's Go (gor-iterlib.c).
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

/* func(i, j int) bool */
static GorType *
less_type (GorCompiler *c)
{
  GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

  g_ptr_array_add (ps, c->t_int);
  g_ptr_array_add (ps, c->t_int);
  g_ptr_array_add (rs, c->t_bool);
  return gor_types_func (c->types, ps, rs, FALSE);
}

/* sort.Slice and sort.Sort, whose arguments are on the stack: Go's
 * pdqsort, a call of the library's function @dname (gor-iterlib.c) for
 * the argument's type @t. */
static gboolean
plan_pdqsort (GorCompiler *c, const char *dname, GorType *t, const char *fname, int n_slots, Plan *p)
{
  p->kind = PLAN_STATIC;
  p->func = _gor_compile_iterlib_method (c, dname, t, fname);
  p->n_slots = n_slots;
  p->result = NULL;
  p->delta = -n_slots;
  return TRUE;
}

/* sort.Slice, SliceStable, SliceIsSorted (x any, less func(i, j int) bool):
 * x is passed as the slice it is. */
static gboolean
plan_sort_slice (GorCompiler *c, GorAstExpr *call, const char *name, gint32 a, const char *context, Plan *p)
{
  GorAstExpr *a0;
  GorType    *t;

  if (!_gor_compile_check_nargs (c, call, name, 2, 2))
    return FALSE;
  a0 = g_ptr_array_index (call->list, 0);
  t = _gor_compile_gen_value (c, a0, NULL);
  if (t == NULL)
    return FALSE;
  if (gor_type_under (t)->kind != GOR_TYPE_SLICE || gor_type_under (t)->is_array)
    {
      _gor_compile_unsupported (c, a0->pos, "sort.%s of a value of type %s", name, _gor_compile_tname (c, t));
      return FALSE;
    }
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 1), less_type (c), context);
  if (a == GOR_SORT_SLICE)
    return plan_pdqsort (c, "sort_Slice", t, "sort.Slice", 2, p);
  p->op = GOR_OP_SORT;
  p->a = a;
  p->b = 0;
  p->n_slots = 2;
  p->result = a == GOR_SORT_SLICE_IS_SORTED ? c->t_bool : NULL;
  p->delta = _gor_compile_n_results_of (p->result) - 2;
  return TRUE;
}

/* sort.Reverse (data): a call of it as sort.Sort's, Stable's or
 * IsSorted's argument, else NULL. */
static GorAstExpr *
reversed (GorCompiler *c, GorAstExpr *e)
{
  Sym *sym;

  while (e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e->kind != GOR_EXPR_CALL || e->list == NULL || e->list->len != 1 || e->x->kind != GOR_EXPR_SELECTOR
      || e->x->x == NULL || e->x->x->kind != GOR_EXPR_IDENT || strcmp (e->x->name, "Reverse") != 0)
    return NULL;
  sym = _gor_compile_lookup (c, e->x->x->name);
  if (sym == NULL || sym->kind != SYM_PKG || strcmp (sym->pkg, "sort") != 0)
    return NULL;
  sym->used = TRUE;
  return g_ptr_array_index (e->list, 0);
}

/* sort.Sort, Stable, IsSorted (data Interface): sort.IntSlice,
 * StringSlice and Float64Slice, reversed or not, are sorted as values;
 * other data through their methods. */
static gboolean
plan_sort_iface (GorCompiler *c, GorAstExpr *call, const char *name, gint32 a, const char *context, Plan *p)
{
  GorAstExpr *a0, *inner;
  GorType    *t;
  gboolean    reverse;

  if (!_gor_compile_check_nargs (c, call, name, 1, 1))
    return FALSE;
  a0 = g_ptr_array_index (call->list, 0);
  inner = reversed (c, a0);
  reverse = inner != NULL;
  t = _gor_compile_gen_value (c, reverse ? inner : a0, NULL);
  if (t == NULL)
    return FALSE;
  p->b = 0;
  if (t == c->t_int_slice || t == c->t_string_slice || t == c->t_float_slice)
    {
      int k = t == c->t_int_slice ? 0 : t == c->t_string_slice ? 1 : 2;

      p->op = GOR_OP_MATHLIB;
      if (a == GOR_SORT_IS_SORTED)
        {
          if (reverse)
            {
              _gor_compile_unsupported (c, a0->pos, "sort.IsSorted of a sort.Reverse");
              return FALSE;
            }
          p->a = GOR_M_INTS_SORTED + k;
        }
      else
        p->a = (reverse ? GOR_M_SORT_INTS_DESC : GOR_M_SORT_INTS) + k;
      p->n_slots = 1;
      p->result = a == GOR_SORT_IS_SORTED ? c->t_bool : NULL;
      p->delta = _gor_compile_n_results_of (p->result) - 1;
      return TRUE;
    }
  if (!_gor_compile_assignable (c, t, c->t_sort_iface))
    {
      const char *cause = _gor_compile_assign_cause (c, t, c->t_sort_iface);
      GorAstExpr *e = reverse ? inner : a0;

      _gor_compile_error_at (c, _gor_compile_expr_start (e),
                             "cannot use %s as sort.Interface value in %s%s%s",
                             _gor_compile_describe (c, e, t), reverse ? "argument to sort.Reverse" : context,
                             cause ? ": " : "", cause ? cause : "");
      return FALSE;
    }
  _gor_compile_convert_value (c, t, c->t_sort_iface, FALSE);
  if (a == GOR_SORT_SORT)
    return plan_pdqsort (c, reverse ? "sort_SortReverse" : "sort_SortIface", c->t_sort_iface, "sort.Sort", 1,
                         p);
  p->op = GOR_OP_SORT;
  p->a = a;
  p->b = reverse;
  p->n_slots = 1;
  p->result = a == GOR_SORT_IS_SORTED ? c->t_bool : NULL;
  p->delta = _gor_compile_n_results_of (p->result) - 1;
  return TRUE;
}

static const char *const slice_methods[] = { "Len", "Less", "Swap", "Search", "Sort" };

/* The signature of slice_methods[@i] of the sort slice type @t */
static GorType *
slice_method_sig (GorCompiler *c, GorType *t, guint i)
{
  GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

  if (i == 1 || i == 2)
    {
      g_ptr_array_add (ps, c->t_int);
      g_ptr_array_add (ps, c->t_int);
    }
  if (i == 3)
    g_ptr_array_add (ps, gor_type_under (t)->elem);
  if (i == 0 || i == 3)
    g_ptr_array_add (rs, c->t_int);
  if (i == 1)
    g_ptr_array_add (rs, c->t_bool);
  return gor_types_func (c->types, ps, rs, FALSE);
}

/* sort.Interface, and the slice types sort.Sort and Reverse know, with
 * their methods */
void
_gor_compile_setup_sort (GorCompiler *c)
{
  GorTypes   *ty = c->types;
  GPtrArray  *methods = g_ptr_array_new ();
  const char *names[] = { "Len", "Less", "Swap" };

  for (guint i = 0; i < G_N_ELEMENTS (names); i++)
    {
      GorField  *f = g_new0 (GorField, 1);
      GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

      if (i > 0)
        {
          g_ptr_array_add (ps, c->t_int);
          g_ptr_array_add (ps, c->t_int);
        }
      if (i < 2)
        g_ptr_array_add (rs, i == 0 ? c->t_int : c->t_bool);
      f->name = g_strdup (names[i]);
      f->type = gor_types_func (ty, ps, rs, FALSE);
      g_ptr_array_add (methods, f);
    }
  c->t_sort_iface = gor_types_named (ty, "sort.Interface");
  gor_type_set_underlying (c->t_sort_iface, gor_types_interface (ty, methods));
  c->t_int_slice = gor_types_named (ty, "sort.IntSlice");
  gor_type_set_underlying (c->t_int_slice, gor_types_slice (ty, c->t_int));
  c->t_string_slice = gor_types_named (ty, "sort.StringSlice");
  gor_type_set_underlying (c->t_string_slice, gor_types_slice (ty, c->t_string));
  c->t_float_slice = gor_types_named (ty, "sort.Float64Slice");
  gor_type_set_underlying (c->t_float_slice, gor_types_slice (ty, c->t_float));
  {
    GorType *slices[] = { c->t_int_slice, c->t_string_slice, c->t_float_slice };

    for (guint k = 0; k < G_N_ELEMENTS (slices); k++)
      for (guint i = 0; i < G_N_ELEMENTS (slice_methods); i++)
        {
          GorMethod *m = g_new0 (GorMethod, 1);

          m->name = g_strdup (slice_methods[i]);
          m->sig = slice_method_sig (c, slices[k], i);
          m->func = GOR_METHOD_PENDING;
          g_ptr_array_add (slices[k]->methods, m);
        }
  }
}

/* Makes the methods of the sort slice type @t, once: before the program
 * may hold a value of it.  They are Go's, in the library's Go
 * (gor-iterlib.c). */
void
_gor_compile_sort_methods (GorCompiler *c, GorType *t)
{
  if (t != c->t_int_slice && t != c->t_string_slice && t != c->t_float_slice)
    return;
  for (guint i = 0; i < t->methods->len; i++)
    {
      GorMethod       *m = g_ptr_array_index (t->methods, i);
      g_autofree char *dname = NULL, *fname = NULL;

      if (m->func != GOR_METHOD_PENDING)
        continue;
      dname = g_strdup_printf ("sort_%s%s", m->name,
                               t == c->t_float_slice && g_str_equal (m->name, "Less") ? "NaN" : "");
      fname = g_strdup_printf ("%s.%s", t->name, m->name);
      m->func = _gor_compile_iterlib_method (c, dname, t, fname);
    }
}

/* A call @call of sort.@name, whose SORT operand is @a (0 for Reverse) */
gboolean
_gor_compile_plan_sort (GorCompiler *c, GorAstExpr *call, const char *name, gint32 a, const char *context,
                        Plan *p)
{
  switch (a)
    {
    case GOR_SORT_SLICE:
    case GOR_SORT_SLICE_STABLE:
    case GOR_SORT_SLICE_IS_SORTED: return plan_sort_slice (c, call, name, a, context, p);
    case GOR_SORT_SORT:
    case GOR_SORT_STABLE:
    case GOR_SORT_IS_SORTED: return plan_sort_iface (c, call, name, a, context, p);
    default:
      _gor_compile_unsupported (c, call->pos, "sort.Reverse outside sort.Sort, sort.Stable or sort.IsSorted");
      return FALSE;
    }
}
