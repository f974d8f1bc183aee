/* gor-iterlib.c — the slices and maps packages, iter.Pull (Go 1.23)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Their functions are generic; Gorolanes writes them once in Go (below),
 * with type names standing for the type parameters, and compiles one
 * instance per call site's types, taken from the arguments as Go infers
 * them: S is a slice type and E its element type, M and N map types with
 * keys K and values V and W, T is free.  An instance is an ordinary
 * function: the callbacks it calls and the iterators it returns are
 * ordinary calls and closures, which the scheduler sees as any other.
 * iter.Pull runs its iterator in a goroutine of its own, which hands each
 * value over a channel: next and stop wait for it as Go's coroutine does.
 */

#include "config.h"

#include <string.h>

#include "gor-golib-private.h"
#include "gor-iterlib-pdqsort.h"

static const char lib_source[];

/* the type parameters the library's Go uses, by name */
static const char *const tparams[] = { "S", "E", "M", "N", "K", "V", "W", "T" };
enum
{
  TP_S,
  TP_E,
  TP_M,
  TP_N,
  TP_K,
  TP_V,
  TP_W,
  TP_T,
  N_TPARAMS
};

/* functions whose E is cmp.Ordered */
static const char *const ordered[] = {
  "slices_BinarySearch", "slices_Compare", "slices_IsSorted", "slices_Max",
  "slices_Min",          "slices_Sort",    "slices_Sorted",
};

typedef struct
{
  GorCompiler *c;
  GorType     *bound[N_TPARAMS];
  gboolean     failed;
} Infer;

static int
tparam_index (const char *name)
{
  for (int i = 0; i < N_TPARAMS; i++)
    if (g_str_equal (name, tparams[i]))
      return i;
  return -1;
}

/* The library's ranges over `seq` range over functions from the start. */
static void
mark_ranges (GorAstStmt *s, int level)
{
  if (s == NULL || level > 100)
    return;
  if (s->kind == GOR_STMT_RANGE && s->x && s->x->kind == GOR_EXPR_IDENT && g_str_equal (s->x->name, "seq"))
    s->info = RANGE_FUNC_STMT;
  for (guint i = 0; s->list && i < s->list->len; i++)
    mark_ranges (g_ptr_array_index (s->list, i), level + 1);
  mark_ranges (s->body, level + 1);
  mark_ranges (s->else_, level + 1);
}

static void
prepare (GorAstDecl *d)
{
  mark_ranges (d->body, 0);
}

static GorGoLib *
iterlib (GorCompiler *c)
{
  return _gor_golib_once (&c->iterlib, "slices.go", lib_source, prepare, TRUE);
}

static void
bind (Infer *in, int tp, GorType *t)
{
  if (in->bound[tp] == NULL)
    in->bound[tp] = t;
  else if (in->bound[tp] != t)
    in->failed = TRUE;
}

static void unify (Infer *in, GorAstExpr *a, GorType *t);

static void
unify_fields (Infer *in, GPtrArray *fields, GPtrArray *types)
{
  guint k = 0;

  for (guint i = 0; fields && i < fields->len; i++)
    {
      GorAstField *f = g_ptr_array_index (fields, i);
      guint        n = f->names && f->names->len ? f->names->len : 1;

      for (guint j = 0; j < n; j++, k++)
        {
          if (types == NULL || k >= types->len)
            {
              in->failed = TRUE;
              return;
            }
          unify (in, f->type, g_ptr_array_index (types, k));
        }
    }
  if (types && k != types->len)
    in->failed = TRUE;
}

/* Binds the type parameters in the library's type @a from the type @t
 * an argument has there. */
static void
unify (Infer *in, GorAstExpr *a, GorType *t)
{
  GorType *u;

  if (a == NULL || t == NULL || in->failed)
    return;
  u = gor_type_under (t);
  switch (a->kind)
    {
    case GOR_EXPR_PAREN: unify (in, a->x, t); break;
    case GOR_EXPR_IDENT:
      {
        int tp = tparam_index (a->name);

        if (tp < 0)
          break;
        bind (in, tp, t);
        if (tp == TP_S)
          {
            if (u->kind != GOR_TYPE_SLICE || u->is_array)
              in->failed = TRUE;
            else
              bind (in, TP_E, u->elem);
          }
        else if (tp == TP_M || tp == TP_N)
          {
            if (u->kind != GOR_TYPE_MAP)
              in->failed = TRUE;
            else
              {
                bind (in, TP_K, u->key);
                bind (in, tp == TP_M ? TP_V : TP_W, u->elem);
              }
          }
        break;
      }
    case GOR_EXPR_ARRAY_TYPE:
      if (u->kind != GOR_TYPE_SLICE || u->is_array)
        in->failed = TRUE;
      else
        unify (in, a->x, u->elem);
      break;
    case GOR_EXPR_MAP_TYPE:
      if (u->kind != GOR_TYPE_MAP)
        in->failed = TRUE;
      else
        {
          unify (in, a->y, u->key);
          unify (in, a->x, u->elem);
        }
      break;
    case GOR_EXPR_FUNC_TYPE:
      if (u->kind != GOR_TYPE_FUNC)
        in->failed = TRUE;
      else
        {
          unify_fields (in, a->params, u->params);
          unify_fields (in, a->results, u->results);
        }
      break;
    case GOR_EXPR_INDEX: /* iter.Seq[…]: func(yield func(…) bool) */
      {
        GorType *y = u->kind == GOR_TYPE_FUNC && u->params && u->params->len == 1
                         ? gor_type_under (g_ptr_array_index (u->params, 0))
                         : NULL;

        if (y == NULL || y->kind != GOR_TYPE_FUNC || y->params->len != a->list->len)
          {
            in->failed = TRUE;
            break;
          }
        for (guint i = 0; i < a->list->len; i++)
          unify (in, g_ptr_array_index (a->list, i), g_ptr_array_index (y->params, i));
        break;
      }
    default: break;
    }
}

/* The type of the argument @a, without its code: compiled and taken
 * back (the functions it compiled stay, unused, under the same names:
 * instances made meanwhile are kept).  NULL for an untyped constant or
 * nil, which take their parameter's type. */
static GorType *
arg_type (GorCompiler *c, GorAstExpr *a)
{
  Fn      *fn = c->fn;
  GorFunc *f = fn->func;
  ConstVal cv;
  guint    n_code = f->code->len, n_lines = f->lines->len;
  int      depth = fn->depth, lits = fn->lit_counter ? *fn->lit_counter : 0, ranges = fn->n_ranges;
  GorType *t;

  if (_gor_compile_const_eval (c, a, &cv))
    return gor_type_is_untyped (cv.type) ? NULL : cv.type;
  t = _gor_compile_gen_value (c, a, NULL);
  g_array_set_size (f->code, n_code);
  g_array_set_size (f->lines, n_lines);
  fn->depth = depth;
  if (fn->lit_counter)
    *fn->lit_counter = lits;
  fn->n_ranges = ranges;
  return t == NULL || t == c->t_nil || gor_type_is_untyped (t) ? NULL : t;
}

static gboolean
infer (GorCompiler *c, GorAstExpr *call, GorAstDecl *d, Infer *in)
{
  GPtrArray *params = d->type->params;
  GPtrArray *args = call->list;
  guint      k = 0;

  for (guint i = 0; params && i < params->len; i++)
    {
      GorAstField *f = g_ptr_array_index (params, i);
      guint        n = f->names && f->names->len ? f->names->len : 1;

      for (guint j = 0; j < n; j++)
        {
          gboolean dots = f->type->kind == GOR_EXPR_ELLIPSIS;

          for (; k < args->len; k++)
            {
              GorType *t = arg_type (c, g_ptr_array_index (args, k));

              if (t && dots && call->has_ellipsis)
                unify (in, f->type->x,
                       gor_type_under (t)->kind == GOR_TYPE_SLICE ? gor_type_under (t)->elem : t);
              else
                unify (in, dots ? f->type->x : f->type, t);
              if (!dots)
                {
                  k++;
                  break;
                }
            }
        }
    }
  return !in->failed;
}

static gboolean
uses_unbound (Infer *in, GorAstExpr *a, int level)
{
  int tp;

  if (a == NULL || level > 50)
    return FALSE;
  if (a->kind == GOR_EXPR_IDENT && (tp = tparam_index (a->name)) >= 0 && in->bound[tp] == NULL)
    return TRUE;
  if (uses_unbound (in, a->x, level + 1) || uses_unbound (in, a->y, level + 1))
    return TRUE;
  for (guint i = 0; a->list && i < a->list->len; i++)
    if (uses_unbound (in, g_ptr_array_index (a->list, i), level + 1))
      return TRUE;
  for (guint i = 0; a->params && i < a->params->len; i++)
    if (uses_unbound (in, ((GorAstField *) g_ptr_array_index (a->params, i))->type, level + 1))
      return TRUE;
  for (guint i = 0; a->results && i < a->results->len; i++)
    if (uses_unbound (in, ((GorAstField *) g_ptr_array_index (a->results, i))->type, level + 1))
      return TRUE;
  return FALSE;
}

static gboolean
is_ordered (GorType *t)
{
  GorType *u = gor_type_under (t);

  return gor_type_is_numeric (u) || gor_type_is_string (u);
}

/* The instance's names: the type parameters and iter, nothing of the
 * program's. */
static void
declare (GorCompiler *c, GorAstDecl *d, gpointer data)
{
  Infer *in = data;

  for (int i = 0; i < N_TPARAMS; i++)
    if (in->bound[i])
      _gor_golib_declare_type (c, d, tparams[i], in->bound[i]);
    /* where E alone is bound, the functions of S it calls (Sorted calls
     * Sort) take S as []E */
    else if (i == TP_S && in->bound[TP_E])
      _gor_golib_declare_type (c, d, tparams[i], gor_types_slice (c->types, in->bound[TP_E]));
  _gor_golib_declare_pkg (c, d, "iter", "iter");
  /* the sort slice types' methods sort with sort.Sort */
  _gor_golib_declare_pkg (c, d, "sort", "sort");
}

/* Compiles the instance of @d for the bound types (once per types);
 * its signature in *@sig. */
static int
instantiate (GorCompiler *c, GorGoLib *lib, GorAstDecl *d, const char *qname, Infer *in, GorType **sig,
             gboolean plain)
{
  g_autoptr (GString) key = g_string_new (NULL);
  g_autoptr (GString) targs = g_string_new (NULL);
  g_autofree char *name = NULL;
  GorGoLibScope    scope = { declare, in, NULL, NULL };
  const char      *sep = "[";

  for (int i = 0; i < N_TPARAMS; i++)
    {
      g_string_append_printf (key, "|%p", (gpointer) in->bound[i]);
      if (in->bound[i] && i != TP_S && i != TP_M && i != TP_N && !plain)
        {
          g_string_append_printf (targs, "%s%s", sep, gor_type_to_string (in->bound[i]));
          sep = ",";
        }
    }
  if (*sep == ',')
    g_string_append_c (targs, ']');
  name = g_strconcat (qname, targs->str, NULL);
  scope.key = key->str;
  scope.suffix = targs->str;
  return _gor_golib_compile (c, lib, d, name, &scope, sig);
}

/* Plans the call @call of @path.@name, a function of slices or maps. */
gboolean
_gor_compile_plan_iterlib (GorCompiler *c, GorAstExpr *call, const char *path, const char *name, Plan *p)
{
  GorGoLib        *lib = iterlib (c);
  g_autofree char *dname = g_strdup_printf ("%s_%s", path, name);
  g_autofree char *qname = g_strdup_printf ("%s.%s", path, name);
  GorAstDecl      *d = _gor_golib_decl (lib, dname);
  Infer            in = { c, { 0 }, FALSE };
  GorType         *sig;
  int              func;

  g_return_val_if_fail (d != NULL, FALSE);
  if (!infer (c, call, d, &in))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (call), "in call to %s, type arguments do not match",
                             qname);
      return FALSE;
    }
  for (guint i = 0; d->type->params && i < d->type->params->len; i++)
    if (uses_unbound (&in, ((GorAstField *) g_ptr_array_index (d->type->params, i))->type, 0))
      {
        _gor_compile_error_at (c, _gor_compile_expr_start (call),
                               "in call to %s, cannot infer type arguments", qname);
        return FALSE;
      }
  for (guint i = 0; i < G_N_ELEMENTS (ordered); i++)
    if (g_str_equal (ordered[i], dname) && !is_ordered (in.bound[TP_E]))
      {
        const char *e = _gor_compile_tname (c, in.bound[TP_E]);

        _gor_compile_error_at (
            c, _gor_ast_expr_go_pos (call),
            "%s does not satisfy cmp.Ordered (%s missing in ~int | ~int8 | ~int16 | ~int32 | "
            "~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | ~float32 | "
            "~float64 | ~string)",
            e, e);
        return FALSE;
      }
  func = instantiate (c, lib, d, qname, &in, &sig, FALSE);
  _gor_golib_plan (c, call, func, sig, qname, p);
  return TRUE;
}

/* The method of the slice type @recv that the library's function
 * @dname (its receiver first) is, named @fname: its function's index. */
int
_gor_compile_iterlib_method (GorCompiler *c, const char *dname, GorType *recv, const char *fname)
{
  GorGoLib   *lib = iterlib (c);
  GorAstDecl *d = _gor_golib_decl (lib, dname);
  Infer       in = { c, { 0 }, FALSE };
  GorType    *sig;

  g_return_val_if_fail (d != NULL, GOR_METHOD_PENDING);
  if (gor_type_under (recv)->kind == GOR_TYPE_SLICE)
    {
      in.bound[TP_S] = recv;
      in.bound[TP_E] = gor_type_under (recv)->elem;
    }
  else
    in.bound[TP_T] = recv;
  return instantiate (c, lib, d, fname, &in, &sig, TRUE);
}

/* The library, in Go.  The unstable sorts are Go's (PDQSORT); the
 * stable ones are a merge sort, whose order is Go's too. */
static const char lib_source[]
    = "package lib\n"
      "\n"
      "func slices_All(s S) iter.Seq2[int, E] {\n"
      "\treturn func(yield func(int, E) bool) {\n"
      "\t\tfor i, v := range s {\n"
      "\t\t\tif !yield(i, v) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func slices_Values(s S) iter.Seq[E] {\n"
      "\treturn func(yield func(E) bool) {\n"
      "\t\tfor _, v := range s {\n"
      "\t\t\tif !yield(v) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func slices_Backward(s S) iter.Seq2[int, E] {\n"
      "\treturn func(yield func(int, E) bool) {\n"
      "\t\tfor i := len(s) - 1; i >= 0; i-- {\n"
      "\t\t\tif !yield(i, s[i]) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func slices_Collect(seq iter.Seq[E]) []E {\n"
      "\tvar s []E\n"
      "\tfor v := range seq {\n"
      "\t\ts = append(s, v)\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_AppendSeq(s S, seq iter.Seq[E]) S {\n"
      "\tfor v := range seq {\n"
      "\t\ts = append(s, v)\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_Chunk(s S, n int) iter.Seq[S] {\n"
      "\tif n < 1 {\n"
      "\t\tpanic(\"cannot be less than 1\")\n"
      "\t}\n"
      "\treturn func(yield func(S) bool) {\n"
      "\t\tfor i := 0; i < len(s); i += n {\n"
      "\t\t\tend := min(n, len(s[i:]))\n"
      "\t\t\tif !yield(s[i : i+end : i+end]) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func slices_Index(s S, v E) int {\n"
      "\tfor i := range s {\n"
      "\t\tif v == s[i] {\n"
      "\t\t\treturn i\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn -1\n"
      "}\n"
      "\n"
      "func slices_IndexFunc(s S, f func(E) bool) int {\n"
      "\tfor i := range s {\n"
      "\t\tif f(s[i]) {\n"
      "\t\t\treturn i\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn -1\n"
      "}\n"
      "\n"
      "func slices_Contains(s S, v E) bool {\n"
      "\tfor i := range s {\n"
      "\t\tif v == s[i] {\n"
      "\t\t\treturn true\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn false\n"
      "}\n"
      "\n"
      "func slices_ContainsFunc(s S, f func(E) bool) bool {\n"
      "\tfor i := range s {\n"
      "\t\tif f(s[i]) {\n"
      "\t\t\treturn true\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn false\n"
      "}\n"
      "\n"
      "func slices_Equal(s1 S, s2 S) bool {\n"
      "\tif len(s1) != len(s2) {\n"
      "\t\treturn false\n"
      "\t}\n"
      "\tfor i := range s1 {\n"
      "\t\tif s1[i] != s2[i] {\n"
      "\t\t\treturn false\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn true\n"
      "}\n"
      "\n"
      "func slices_Compare(s1 S, s2 S) int {\n"
      "\tfor i, v1 := range s1 {\n"
      "\t\tif i >= len(s2) {\n"
      "\t\t\treturn +1\n"
      "\t\t}\n"
      "\t\tv2 := s2[i]\n"
      "\t\tif v1 != v1 || v2 != v2 {\n"
      "\t\t\tif v1 != v1 && v2 == v2 {\n"
      "\t\t\t\treturn -1\n"
      "\t\t\t}\n"
      "\t\t\tif v1 == v1 && v2 != v2 {\n"
      "\t\t\t\treturn +1\n"
      "\t\t\t}\n"
      "\t\t\tcontinue\n"
      "\t\t}\n"
      "\t\tif v1 < v2 {\n"
      "\t\t\treturn -1\n"
      "\t\t}\n"
      "\t\tif v1 > v2 {\n"
      "\t\t\treturn +1\n"
      "\t\t}\n"
      "\t}\n"
      "\tif len(s1) < len(s2) {\n"
      "\t\treturn -1\n"
      "\t}\n"
      "\treturn 0\n"
      "}\n"
      "\n"
      "func slices_Reverse(s S) {\n"
      "\tfor i, j := 0, len(s)-1; i < j; i, j = i+1, j-1 {\n"
      "\t\ts[i], s[j] = s[j], s[i]\n"
      "\t}\n"
      "}\n"
      "\n"
      "func slices_Max(x S) E {\n"
      "\tif len(x) < 1 {\n"
      "\t\tpanic(\"slices.Max: empty list\")\n"
      "\t}\n"
      "\tm := x[0]\n"
      "\tfor i := 1; i < len(x); i++ {\n"
      "\t\tm = max(m, x[i])\n"
      "\t}\n"
      "\treturn m\n"
      "}\n"
      "\n"
      "func slices_Min(x S) E {\n"
      "\tif len(x) < 1 {\n"
      "\t\tpanic(\"slices.Min: empty list\")\n"
      "\t}\n"
      "\tm := x[0]\n"
      "\tfor i := 1; i < len(x); i++ {\n"
      "\t\tm = min(m, x[i])\n"
      "\t}\n"
      "\treturn m\n"
      "}\n"
      "\n"
      "func slices_MaxFunc(x S, cmp func(a, b E) int) E {\n"
      "\tif len(x) < 1 {\n"
      "\t\tpanic(\"slices.MaxFunc: empty list\")\n"
      "\t}\n"
      "\tm := x[0]\n"
      "\tfor i := 1; i < len(x); i++ {\n"
      "\t\tif cmp(x[i], m) > 0 {\n"
      "\t\t\tm = x[i]\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn m\n"
      "}\n"
      "\n"
      "func slices_MinFunc(x S, cmp func(a, b E) int) E {\n"
      "\tif len(x) < 1 {\n"
      "\t\tpanic(\"slices.MinFunc: empty list\")\n"
      "\t}\n"
      "\tm := x[0]\n"
      "\tfor i := 1; i < len(x); i++ {\n"
      "\t\tif cmp(x[i], m) < 0 {\n"
      "\t\t\tm = x[i]\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn m\n"
      "}\n"
      "\n"
      "func slices_BinarySearch(x S, target E) (int, bool) {\n"
      "\tn := len(x)\n"
      "\ti, j := 0, n\n"
      "\tfor i < j {\n"
      "\t\th := int(uint(i+j) >> 1)\n"
      "\t\tif x[h] < target || (x[h] != x[h] && target == target) {\n"
      "\t\t\ti = h + 1\n"
      "\t\t} else {\n"
      "\t\t\tj = h\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn i, i < n && (x[i] == target || (x[i] != x[i] && target != target))\n"
      "}\n"
      "\n"
      "func slices_BinarySearchFunc(x S, target T, cmp func(E, T) int) (int, bool) {\n"
      "\tn := len(x)\n"
      "\ti, j := 0, n\n"
      "\tfor i < j {\n"
      "\t\th := int(uint(i+j) >> 1)\n"
      "\t\tif cmp(x[h], target) < 0 {\n"
      "\t\t\ti = h + 1\n"
      "\t\t} else {\n"
      "\t\t\tj = h\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn i, i < n && cmp(x[i], target) == 0\n"
      "}\n"
      "\n"
      "func slices_Insert(s S, i int, v ...E) S {\n"
      "\t_ = s[i:]\n"
      "\tm := len(v)\n"
      "\tif m == 0 {\n"
      "\t\treturn s\n"
      "\t}\n"
      "\tn := len(s)\n"
      "\tif i == n {\n"
      "\t\treturn append(s, v...)\n"
      "\t}\n"
      "\tif n+m > cap(s) {\n"
      "\t\ts2 := append(s[:i], make(S, n+m-i)...)\n"
      "\t\tcopy(s2[i:], v)\n"
      "\t\tcopy(s2[i+m:], s[i:])\n"
      "\t\treturn s2\n"
      "\t}\n"
      "\ts = s[:n+m]\n"
      "\tcopy(s[i+m:], s[i:n])\n"
      "\tcopy(s[i:], v)\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_Delete(s S, i, j int) S {\n"
      "\t_ = s[i:j:len(s)]\n"
      "\tif i == j {\n"
      "\t\treturn s\n"
      "\t}\n"
      "\toldlen := len(s)\n"
      "\ts = append(s[:i], s[j:]...)\n"
      "\tclear(s[len(s):oldlen])\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_DeleteFunc(s S, del func(E) bool) S {\n"
      "\ti := -1\n"
      "\tfor k := range s {\n"
      "\t\tif del(s[k]) {\n"
      "\t\t\ti = k\n"
      "\t\t\tbreak\n"
      "\t\t}\n"
      "\t}\n"
      "\tif i == -1 {\n"
      "\t\treturn s\n"
      "\t}\n"
      "\tfor j := i + 1; j < len(s); j++ {\n"
      "\t\tif v := s[j]; !del(v) {\n"
      "\t\t\ts[i] = v\n"
      "\t\t\ti++\n"
      "\t\t}\n"
      "\t}\n"
      "\tclear(s[i:])\n"
      "\treturn s[:i]\n"
      "}\n"
      "\n"
      "func slices_Clone(s S) S {\n"
      "\treturn append(s[:0:0], s...)\n"
      "}\n"
      "\n"
      "func slices_Compact(s S) S {\n"
      "\tif len(s) < 2 {\n"
      "\t\treturn s\n"
      "\t}\n"
      "\tfor k := 1; k < len(s); k++ {\n"
      "\t\tif s[k] == s[k-1] {\n"
      "\t\t\ts2 := s[k:]\n"
      "\t\t\tfor k2 := 1; k2 < len(s2); k2++ {\n"
      "\t\t\t\tif s2[k2] != s2[k2-1] {\n"
      "\t\t\t\t\ts[k] = s2[k2]\n"
      "\t\t\t\t\tk++\n"
      "\t\t\t\t}\n"
      "\t\t\t}\n"
      "\t\t\tclear(s[k:])\n"
      "\t\t\treturn s[:k]\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_CompactFunc(s S, eq func(E, E) bool) S {\n"
      "\tif len(s) < 2 {\n"
      "\t\treturn s\n"
      "\t}\n"
      "\tfor k := 1; k < len(s); k++ {\n"
      "\t\tif eq(s[k], s[k-1]) {\n"
      "\t\t\ts2 := s[k:]\n"
      "\t\t\tfor k2 := 1; k2 < len(s2); k2++ {\n"
      "\t\t\t\tif !eq(s2[k2], s2[k2-1]) {\n"
      "\t\t\t\t\ts[k] = s2[k2]\n"
      "\t\t\t\t\tk++\n"
      "\t\t\t\t}\n"
      "\t\t\t}\n"
      "\t\t\tclear(s[k:])\n"
      "\t\t\treturn s[:k]\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_EqualFunc(s1 S, s2 []T, eq func(E, T) bool) bool {\n"
      "\tif len(s1) != len(s2) {\n"
      "\t\treturn false\n"
      "\t}\n"
      "\tfor i, v1 := range s1 {\n"
      "\t\tv2 := s2[i]\n"
      "\t\tif !eq(v1, v2) {\n"
      "\t\t\treturn false\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn true\n"
      "}\n"
      "\n"
      "func slices_CompareFunc(s1 S, s2 []T, cmp func(E, T) int) int {\n"
      "\tfor i, v1 := range s1 {\n"
      "\t\tif i >= len(s2) {\n"
      "\t\t\treturn +1\n"
      "\t\t}\n"
      "\t\tv2 := s2[i]\n"
      "\t\tif c := cmp(v1, v2); c != 0 {\n"
      "\t\t\treturn c\n"
      "\t\t}\n"
      "\t}\n"
      "\tif len(s1) < len(s2) {\n"
      "\t\treturn -1\n"
      "\t}\n"
      "\treturn 0\n"
      "}\n"
      "\n"
      "func slices_Replace(s S, i, j int, v ...E) S {\n"
      "\t_ = s[i:j]\n"
      "\tm := len(v)\n"
      "\tif i == j {\n"
      "\t\tif m == 0 {\n"
      "\t\t\treturn s\n"
      "\t\t}\n"
      "\t\tn := len(s)\n"
      "\t\tif i == n {\n"
      "\t\t\treturn append(s, v...)\n"
      "\t\t}\n"
      "\t\tif n+m > cap(s) {\n"
      "\t\t\ts2 := append(s[:i], make(S, n+m-i)...)\n"
      "\t\t\tcopy(s2[i:], v)\n"
      "\t\t\tcopy(s2[i+m:], s[i:])\n"
      "\t\t\treturn s2\n"
      "\t\t}\n"
      "\t\ts = s[:n+m]\n"
      "\t\tcopy(s[i+m:], s[i:n])\n"
      "\t\tcopy(s[i:], v)\n"
      "\t\treturn s\n"
      "\t}\n"
      "\tif j == len(s) {\n"
      "\t\ts2 := append(s[:i], v...)\n"
      "\t\tif len(s2) < len(s) {\n"
      "\t\t\tclear(s[len(s2):])\n"
      "\t\t}\n"
      "\t\treturn s2\n"
      "\t}\n"
      "\ttot := len(s[:i]) + m + len(s[j:])\n"
      "\tif tot > cap(s) {\n"
      "\t\ts2 := append(s[:i], make(S, tot-i)...)\n"
      "\t\tcopy(s2[i:], v)\n"
      "\t\tcopy(s2[i+m:], s[j:])\n"
      "\t\treturn s2\n"
      "\t}\n"
      "\tr := s[:tot]\n"
      "\tif i+m <= j {\n"
      "\t\tcopy(r[i:], v)\n"
      "\t\tcopy(r[i+m:], s[j:])\n"
      "\t\tclear(s[tot:])\n"
      "\t\treturn r\n"
      "\t}\n"
      "\t// v may share its array with s: a copy keeps it whole\n"
      "\tv = append([]E(nil), v...)\n"
      "\tcopy(r[i+m:], s[j:])\n"
      "\tcopy(r[i:], v)\n"
      "\treturn r\n"
      "}\n"
      "\n"
      "func sort_Len(x S) int {\n"
      "\treturn len(x)\n"
      "}\n"
      "\n"
      "func sort_Less(x S, i, j int) bool {\n"
      "\treturn x[i] < x[j]\n"
      "}\n"
      "\n"
      "func sort_LessNaN(x S, i, j int) bool {\n"
      "\treturn x[i] < x[j] || (x[i] != x[i] && x[j] == x[j])\n"
      "}\n"
      "\n"
      "func sort_Swap(x S, i, j int) {\n"
      "\tx[i], x[j] = x[j], x[i]\n"
      "}\n"
      "\n"
      "func sort_Sort(x S) {\n"
      "\tsort.Sort(x)\n"
      "}\n"
      "\n"
      "func sort_Slice(x S, less func(i, j int) bool) {\n"
      "\tn := len(x)\n"
      "\tswap := func(i, j int) { x[i], x[j] = x[j], x[i] }\n" PDQSORT "}\n"
      "\n"
      "func sort_SortIface(data T) {\n"
      "\tn := data.Len()\n"
      "\tless := func(i, j int) bool { return data.Less(i, j) }\n"
      "\tswap := func(i, j int) { data.Swap(i, j) }\n" PDQSORT "}\n"
      "\n"
      "func sort_SortReverse(data T) {\n"
      "\tn := data.Len()\n"
      "\tless := func(i, j int) bool { return data.Less(j, i) }\n"
      "\tswap := func(i, j int) { data.Swap(i, j) }\n" PDQSORT "}\n"
      "\n"
      "func sort_Search(x S, v E) int {\n"
      "\ti, j := 0, len(x)\n"
      "\tfor i < j {\n"
      "\t\th := int(uint(i+j) >> 1)\n"
      "\t\tif !(x[h] >= v) {\n"
      "\t\t\ti = h + 1\n"
      "\t\t} else {\n"
      "\t\t\tj = h\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn i\n"
      "}\n"
      "\n"
      "func time_String(x T) string {\n"
      "\treturn x.String()\n"
      "}\n"
      "\n"
      "func time_Seconds(x T) float64 {\n"
      "\treturn x.Seconds()\n"
      "}\n"
      "\n"
      "func time_Minutes(x T) float64 {\n"
      "\treturn x.Minutes()\n"
      "}\n"
      "\n"
      "func time_Hours(x T) float64 {\n"
      "\treturn x.Hours()\n"
      "}\n"
      "\n"
      "func time_Milliseconds(x T) int64 {\n"
      "\treturn x.Milliseconds()\n"
      "}\n"
      "\n"
      "func time_Microseconds(x T) int64 {\n"
      "\treturn x.Microseconds()\n"
      "}\n"
      "\n"
      "func time_Nanoseconds(x T) int64 {\n"
      "\treturn x.Nanoseconds()\n"
      "}\n"
      "\n"
      "func slices_Grow(s S, n int) S {\n"
      "\tif n < 0 {\n"
      "\t\tpanic(\"cannot be negative\")\n"
      "\t}\n"
      "\tif n -= cap(s) - len(s); n > 0 {\n"
      "\t\ts = append(s[:cap(s)], make([]E, n)...)[:len(s)]\n"
      "\t}\n"
      "\treturn s\n"
      "}\n"
      "\n"
      "func slices_Clip(s S) S {\n"
      "\treturn s[:len(s):len(s)]\n"
      "}\n"
      "\n"
      "func slices_Concat(ss ...S) S {\n"
      "\tsize := 0\n"
      "\tfor _, s := range ss {\n"
      "\t\tsize += len(s)\n"
      "\t\tif size < 0 {\n"
      "\t\t\tpanic(\"len out of range\")\n"
      "\t\t}\n"
      "\t}\n"
      "\tvar r S\n"
      "\tif size > 0 {\n"
      "\t\tr = append(r[:0], make(S, size)...)[:0]\n"
      "\t}\n"
      "\tfor _, s := range ss {\n"
      "\t\tr = append(r, s...)\n"
      "\t}\n"
      "\treturn r\n"
      "}\n"
      "\n"
      "func slices_Repeat(x S, count int) S {\n"
      "\tif count < 0 {\n"
      "\t\tpanic(\"cannot be negative\")\n"
      "\t}\n"
      "\tr := make(S, len(x)*count)\n"
      "\tn := copy(r, x)\n"
      "\tfor n < len(r) {\n"
      "\t\tn += copy(r[n:], r[:n])\n"
      "\t}\n"
      "\treturn r\n"
      "}\n"
      "\n"
      "func slices_IsSorted(x S) bool {\n"
      "\tfor i := len(x) - 1; i > 0; i-- {\n"
      "\t\tif x[i] < x[i-1] || (x[i] != x[i] && x[i-1] == x[i-1]) {\n"
      "\t\t\treturn false\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn true\n"
      "}\n"
      "\n"
      "func slices_IsSortedFunc(x S, cmp func(a, b E) int) bool {\n"
      "\tfor i := len(x) - 1; i > 0; i-- {\n"
      "\t\tif cmp(x[i], x[i-1]) < 0 {\n"
      "\t\t\treturn false\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn true\n"
      "}\n"
      "\n"
      "func slices_Sort(x S) {\n"
      "\tn := len(x)\n"
      "\tless := func(i, j int) bool { return x[i] < x[j] || (x[i] != x[i] && x[j] == x[j]) }\n"
      "\tswap := func(i, j int) { x[i], x[j] = x[j], x[i] }\n" PDQSORT "}\n"
      "\n"
      "func slices_SortFunc(x S, cmp func(a, b E) int) {\n"
      "\tn := len(x)\n"
      "\tless := func(i, j int) bool { return cmp(x[i], x[j]) < 0 }\n"
      "\tswap := func(i, j int) { x[i], x[j] = x[j], x[i] }\n" PDQSORT "}\n"
      "\n"
      "func slices_SortStableFunc(x S, cmp func(a, b E) int) {\n"
      "\tif n := len(x); n > 1 {\n"
      "\t\tbuf := make([]E, n)\n"
      "\t\tfor w := 1; w < n; w *= 2 {\n"
      "\t\t\tfor lo := 0; lo < n-w; lo += 2 * w {\n"
      "\t\t\t\tmid, hi := lo+w, min(lo+2*w, n)\n"
      "\t\t\t\ti, j, k := lo, mid, lo\n"
      "\t\t\t\tfor i < mid && j < hi {\n"
      "\t\t\t\t\tif cmp(x[j], x[i]) < 0 {\n"
      "\t\t\t\t\t\tbuf[k] = x[j]\n"
      "\t\t\t\t\t\tj++\n"
      "\t\t\t\t\t} else {\n"
      "\t\t\t\t\t\tbuf[k] = x[i]\n"
      "\t\t\t\t\t\ti++\n"
      "\t\t\t\t\t}\n"
      "\t\t\t\t\tk++\n"
      "\t\t\t\t}\n"
      "\t\t\t\tk += copy(buf[k:], x[i:mid])\n"
      "\t\t\t\tcopy(buf[k:], x[j:hi])\n"
      "\t\t\t\tcopy(x[lo:hi], buf[lo:hi])\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func slices_Sorted(seq iter.Seq[E]) []E {\n"
      "\tx := slices_Collect(seq)\n"
      "\tslices_Sort(x)\n"
      "\treturn x\n"
      "}\n"
      "\n"
      "func slices_SortedFunc(seq iter.Seq[E], cmp func(E, E) int) []E {\n"
      "\tx := slices_Collect(seq)\n"
      "\tslices_SortFunc(x, cmp)\n"
      "\treturn x\n"
      "}\n"
      "\n"
      "func slices_SortedStableFunc(seq iter.Seq[E], cmp func(E, E) int) []E {\n"
      "\tx := slices_Collect(seq)\n"
      "\tslices_SortStableFunc(x, cmp)\n"
      "\treturn x\n"
      "}\n"
      "\n"
      "func maps_All(m M) iter.Seq2[K, V] {\n"
      "\treturn func(yield func(K, V) bool) {\n"
      "\t\tfor k, v := range m {\n"
      "\t\t\tif !yield(k, v) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func maps_Keys(m M) iter.Seq[K] {\n"
      "\treturn func(yield func(K) bool) {\n"
      "\t\tfor k := range m {\n"
      "\t\t\tif !yield(k) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func maps_Values(m M) iter.Seq[V] {\n"
      "\treturn func(yield func(V) bool) {\n"
      "\t\tfor _, v := range m {\n"
      "\t\t\tif !yield(v) {\n"
      "\t\t\t\treturn\n"
      "\t\t\t}\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func maps_Collect(seq iter.Seq2[K, V]) map[K]V {\n"
      "\tm := make(map[K]V)\n"
      "\tfor k, v := range seq {\n"
      "\t\tm[k] = v\n"
      "\t}\n"
      "\treturn m\n"
      "}\n"
      "\n"
      "func maps_Insert(m M, seq iter.Seq2[K, V]) {\n"
      "\tfor k, v := range seq {\n"
      "\t\tm[k] = v\n"
      "\t}\n"
      "}\n"
      "\n"
      "func maps_Clone(m M) M {\n"
      "\tif m == nil {\n"
      "\t\treturn nil\n"
      "\t}\n"
      "\tr := make(M, len(m))\n"
      "\tfor k, v := range m {\n"
      "\t\tr[k] = v\n"
      "\t}\n"
      "\treturn r\n"
      "}\n"
      "\n"
      "func maps_Copy(dst M, src N) {\n"
      "\tfor k, v := range src {\n"
      "\t\tdst[k] = v\n"
      "\t}\n"
      "}\n"
      "\n"
      "func maps_DeleteFunc(m M, del func(K, V) bool) {\n"
      "\tfor k, v := range m {\n"
      "\t\tif del(k, v) {\n"
      "\t\t\tdelete(m, k)\n"
      "\t\t}\n"
      "\t}\n"
      "}\n"
      "\n"
      "func maps_Equal(m1 M, m2 N) bool {\n"
      "\tif len(m1) != len(m2) {\n"
      "\t\treturn false\n"
      "\t}\n"
      "\tfor k, v1 := range m1 {\n"
      "\t\tif v2, ok := m2[k]; !ok || v1 != v2 {\n"
      "\t\t\treturn false\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn true\n"
      "}\n"
      "\n"
      "func maps_EqualFunc(m1 M, m2 N, eq func(V, W) bool) bool {\n"
      "\tif len(m1) != len(m2) {\n"
      "\t\treturn false\n"
      "\t}\n"
      "\tfor k, v1 := range m1 {\n"
      "\t\tif v2, ok := m2[k]; !ok || !eq(v1, v2) {\n"
      "\t\t\treturn false\n"
      "\t\t}\n"
      "\t}\n"
      "\treturn true\n"
      "}\n"
      "\n"
      "func iter_Pull(seq iter.Seq[E]) (func() (E, bool), func()) {\n"
      "\tresume := make(chan bool)\n"
      "\tyielded := make(chan bool)\n"
      "\tvar v E\n"
      "\tstarted, done := false, false\n"
      "\tnext := func() (E, bool) {\n"
      "\t\tvar zero E\n"
      "\t\tif done {\n"
      "\t\t\treturn zero, false\n"
      "\t\t}\n"
      "\t\tif !started {\n"
      "\t\t\tstarted = true\n"
      "\t\t\tgo func() {\n"
      "\t\t\t\tif <-resume {\n"
      "\t\t\t\t\tseq(func(x E) bool {\n"
      "\t\t\t\t\t\tv = x\n"
      "\t\t\t\t\t\tyielded <- true\n"
      "\t\t\t\t\t\treturn <-resume\n"
      "\t\t\t\t\t})\n"
      "\t\t\t\t}\n"
      "\t\t\t\tdone = true\n"
      "\t\t\t\tyielded <- false\n"
      "\t\t\t}()\n"
      "\t\t}\n"
      "\t\tresume <- true\n"
      "\t\tif <-yielded {\n"
      "\t\t\treturn v, true\n"
      "\t\t}\n"
      "\t\treturn zero, false\n"
      "\t}\n"
      "\tstop := func() {\n"
      "\t\tif done {\n"
      "\t\t\treturn\n"
      "\t\t}\n"
      "\t\tif !started {\n"
      "\t\t\tdone = true\n"
      "\t\t\treturn\n"
      "\t\t}\n"
      "\t\tresume <- false\n"
      "\t\t<-yielded\n"
      "\t}\n"
      "\treturn next, stop\n"
      "}\n"
      "\n"
      "func iter_Pull2(seq iter.Seq2[K, V]) (func() (K, V, bool), func()) {\n"
      "\tresume := make(chan bool)\n"
      "\tyielded := make(chan bool)\n"
      "\tvar k K\n"
      "\tvar v V\n"
      "\tstarted, done := false, false\n"
      "\tnext := func() (K, V, bool) {\n"
      "\t\tvar zk K\n"
      "\t\tvar zv V\n"
      "\t\tif done {\n"
      "\t\t\treturn zk, zv, false\n"
      "\t\t}\n"
      "\t\tif !started {\n"
      "\t\t\tstarted = true\n"
      "\t\t\tgo func() {\n"
      "\t\t\t\tif <-resume {\n"
      "\t\t\t\t\tseq(func(x K, y V) bool {\n"
      "\t\t\t\t\t\tk, v = x, y\n"
      "\t\t\t\t\t\tyielded <- true\n"
      "\t\t\t\t\t\treturn <-resume\n"
      "\t\t\t\t\t})\n"
      "\t\t\t\t}\n"
      "\t\t\t\tdone = true\n"
      "\t\t\t\tyielded <- false\n"
      "\t\t\t}()\n"
      "\t\t}\n"
      "\t\tresume <- true\n"
      "\t\tif <-yielded {\n"
      "\t\t\treturn k, v, true\n"
      "\t\t}\n"
      "\t\treturn zk, zv, false\n"
      "\t}\n"
      "\tstop := func() {\n"
      "\t\tif done {\n"
      "\t\t\treturn\n"
      "\t\t}\n"
      "\t\tif !started {\n"
      "\t\t\tdone = true\n"
      "\t\t\treturn\n"
      "\t\t}\n"
      "\t\tresume <- false\n"
      "\t\t<-yielded\n"
      "\t}\n"
      "\treturn next, stop\n"
      "}\n"
      "\n";
