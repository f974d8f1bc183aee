/* gor-compile-call.c — calls: functions, methods, built-ins and conversions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

int
_gor_compile_n_results_of (GorType *t)
{
  if (t == NULL)
    return 0;
  if (t->kind == GOR_TYPE_TUPLE)
    return (int) t->results->len;
  return 1;
}

static GorType *
results_type (GorCompiler *c, GorType *sig)
{
  if (sig->results->len == 0)
    return NULL;
  if (sig->results->len == 1)
    return g_ptr_array_index (sig->results, 0);
  return gor_types_tuple (c->types, g_ptr_array_copy (sig->results, NULL, NULL));
}

const char *
_gor_compile_types_list (GorCompiler *c, GPtrArray *types, gboolean variadic)
{
  GString *s = g_string_new ("(");

  for (guint i = 0; i < types->len; i++)
    {
      GorType *t = g_ptr_array_index (types, i);

      if (i)
        g_string_append (s, ", ");
      if (variadic && i == types->len - 1)
        g_string_append_printf (s, "...%s", _gor_compile_tname (c, t->elem));
      else
        g_string_append (s, gor_type_is_untyped (t) ? "number" : _gor_compile_tname (c, t));
    }
  g_string_append_c (s, ')');
  return _gor_compile_keep (c, g_string_free (s, FALSE), g_free);
}

/* Go still looks at the arguments of a call it refuses: their variables
 * count as used. */
static void
use_args (GorCompiler *c, GorAstExpr *call)
{
  for (guint i = 0; i < call->list->len; i++)
    {
      GorAstExpr *a = g_ptr_array_index (call->list, i);
      Sym        *sym;

      while (a->kind == GOR_EXPR_PAREN)
        a = a->x;
      sym = a->kind == GOR_EXPR_IDENT ? _gor_compile_lookup (c, a->name) : NULL;
      if (sym)
        sym->used = TRUE;
    }
}

/* A call with ... whose arguments do not match the @npars parameters:
 * Go points at the first extra argument, or at the last one given. */
static void
count_error (GorCompiler *c, GorAstExpr *call, guint npars, const char *fname)
{
  GPtrArray *args = call->list;

  use_args (c, call);
  if (args->len > npars)
    _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (args, npars)),
                           "too many arguments in call to %s", fname);
  else
    _gor_compile_error_at (c,
                           args->len > 0 ? _gor_compile_expr_start (g_ptr_array_index (args, args->len - 1))
                                         : _gor_compile_expr_start (call),
                           "not enough arguments in call to %s", fname);
}

/* Pushes the arguments of @call for @sig; returns the slots pushed. */
int
_gor_compile_gen_args (GorCompiler *c, GorAstExpr *call, GorType *sig, const char *fname)
{
  GPtrArray  *args = call->list;
  guint       np = sig->params->len;
  guint       nfixed = sig->variadic ? np - 1 : np;
  const char *actx = _gor_compile_keep (c, g_strdup_printf ("argument to %s", fname), g_free);

  /* f(g()) with a multi-value g */
  if (args->len == 1 && np > 1 && !sig->variadic && !call->has_ellipsis)
    {
      GorAstExpr *a = g_ptr_array_index (args, 0);
      GorType    *rt;

      while (a->kind == GOR_EXPR_PAREN)
        a = a->x;
      rt = _gor_compile_gen_value (c, a, NULL);
      if (rt == NULL)
        return 0;
      if (rt->kind != GOR_TYPE_TUPLE || rt->results->len != np)
        {
          GPtrArray *have = rt->kind == GOR_TYPE_TUPLE ? rt->results : NULL;
          g_autoptr (GPtrArray) one = g_ptr_array_new ();

          if (have == NULL)
            g_ptr_array_add (one, rt), have = one;
          _gor_compile_error_at (
              c, _gor_compile_expr_start (a), "%s arguments in call to %s\n\thave %s\n\twant %s",
              have->len < np ? "not enough" : "too many", fname, _gor_compile_types_list (c, have, FALSE),
              _gor_compile_types_list (c, sig->params, sig->variadic));
          return (int) have->len;
        }
      for (guint i = 0; i < np; i++)
        if (!_gor_compile_assignable (c, g_ptr_array_index (rt->results, i),
                                      g_ptr_array_index (sig->params, i)))
          _gor_compile_cannot_use_result (
              c, a, g_ptr_array_index (rt->results, i), g_ptr_array_index (sig->params, i),
              _gor_compile_keep (c, g_strdup_printf ("argument to %s", fname), g_free));
      return (int) np;
    }

  if (call->has_ellipsis)
    {
      if (!sig->variadic)
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (call),
                                 "cannot use ... in call to non-variadic %s", fname);
          use_args (c, call);
          return 0;
        }
      if (args->len != np)
        {
          count_error (c, call, np, fname);
          return 0;
        }
      for (guint i = 0; i < np; i++)
        _gor_compile_gen_expr_to (c, g_ptr_array_index (args, i), g_ptr_array_index (sig->params, i), actx);
      return (int) np;
    }

  if (args->len < nfixed || (!sig->variadic && args->len > np))
    {
      GPtrArray *have = g_ptr_array_new ();
      GorPos     pos = call->pos;

      for (guint i = 0; i < args->len; i++)
        {
          ConstVal    cv;
          GorAstExpr *a = g_ptr_array_index (args, i);

          if (_gor_compile_const_eval (c, a, &cv))
            g_ptr_array_add (have, cv.type);
          else
            g_ptr_array_add (have, c->t_int);
        }
      if (args->len > np)
        pos = _gor_compile_expr_start (g_ptr_array_index (args, np));
      else if (args->len > 0)
        pos = _gor_compile_expr_start (
            g_ptr_array_index (args, args->len - 1)); /* Go points at the last one */
      _gor_compile_error_at (c, pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                             args->len < nfixed ? "not enough" : "too many", fname,
                             _gor_compile_types_list (c, have, FALSE),
                             _gor_compile_types_list (c, sig->params, sig->variadic));
      g_ptr_array_unref (have);
      return 0;
    }
  for (guint i = 0; i < nfixed; i++)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (args, i), g_ptr_array_index (sig->params, i), actx);
  if (sig->variadic)
    {
      GorType *st = g_ptr_array_index (sig->params, np - 1);
      guint    n = args->len - nfixed;

      if (n == 0)
        _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      else
        {
          for (guint i = nfixed; i < args->len; i++)
            _gor_compile_gen_expr_to (c, g_ptr_array_index (args, i), st->elem, actx);
          _gor_compile_emit (c, GOR_OP_SLICE_LIT, (gint32) n, gor_type_array_kind (st->elem), 1 - (int) n);
        }
    }
  return (int) np;
}

int
_gor_compile_add_print_spec (GorCompiler *c, GorPrintKind kind, GPtrArray *types, gboolean spread)
{
  GorPrintSpec *spec = g_new0 (GorPrintSpec, 1);

  spec->kind = kind;
  spec->n_args = types->len;
  spec->types = g_new0 (GorType *, types->len + 1);
  for (guint i = 0; i < types->len; i++)
    spec->types[i] = g_ptr_array_index (types, i);
  spec->spread = spread;
  g_ptr_array_add (c->prog->print_specs, spec);
  return (int) c->prog->print_specs->len - 1;
}

/* fmt-style operands: each value keeps its own type. */
int
_gor_compile_gen_print_args (GorCompiler *c, GorAstExpr *call, guint first, GorPrintKind kind)
{
  g_autoptr (GPtrArray) types = g_ptr_array_new ();

  if (call->has_ellipsis)
    {
      GorType *t;

      if (call->list->len != first + 1)
        {
          count_error (c, call, first + 1, _gor_compile_expr_str (c, call->x));
          return _gor_compile_add_print_spec (c, kind, types, TRUE);
        }
      t = _gor_compile_gen_value (c, g_ptr_array_index (call->list, first), NULL);
      if (t
          && (gor_type_under (t)->kind != GOR_TYPE_SLICE
              || gor_type_under (gor_type_under (t)->elem)->kind != GOR_TYPE_INTERFACE))
        _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (call->list, first)),
                               "cannot use %s as []any value in argument to %s",
                               _gor_compile_describe (c, g_ptr_array_index (call->list, first), t),
                               _gor_compile_expr_str (c, call->x));
      g_ptr_array_add (types, t);
      return _gor_compile_add_print_spec (c, kind, types, TRUE);
    }
  for (guint i = first; i < call->list->len; i++)
    {
      GorAstExpr *a = g_ptr_array_index (call->list, i);
      GorType    *t = _gor_compile_gen_value (c, a, NULL);

      if (t && t->kind == GOR_TYPE_TUPLE && call->list->len == first + 1)
        {
          /* fmt.Println(f()) with a multi-value f */
          for (guint k = 0; k < t->results->len; k++)
            g_ptr_array_add (types, g_ptr_array_index (t->results, k));
          return _gor_compile_add_print_spec (c, kind, types, FALSE);
        }
      if (t && t->kind == GOR_TYPE_TUPLE)
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (a),
                                 "multiple-value %s (value of type %s) in single-value context",
                                 _gor_compile_expr_str (c, a), _gor_compile_tname (c, t));
          t = NULL;
        }
      if (t && t->kind == GOR_TYPE_UNTYPED_NIL)
        t = c->t_any;
      if (t && gor_type_is_value_object (t) && !_gor_compile_is_fresh (a))
        _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, t), 0, 0);
      g_ptr_array_add (types, t ? t : c->t_int);
    }
  return _gor_compile_add_print_spec (c, kind, types, FALSE);
}

gboolean
_gor_compile_check_nargs (GorCompiler *c, GorAstExpr *call, const char *name, guint min, guint max)
{
  guint    n = call->list->len;
  gboolean builtin = call->x && call->x->kind == GOR_EXPR_IDENT;

  if (n >= min && n <= max)
    return TRUE;
  use_args (c, call);
  if (!builtin)
    {
      /* a method or package function: Go's words for calls */
      if (n > max)
        _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (call->list, max)),
                               "too many arguments in call to %s", _gor_compile_expr_str (c, call->x));
      else
        _gor_compile_error_at (
            c, n > 0 ? _gor_compile_expr_start (g_ptr_array_index (call->list, n - 1)) : call->pos,
            "not enough arguments in call to %s", _gor_compile_expr_str (c, call->x));
      return FALSE;
    }
  if (n < min)
    _gor_compile_error_at (c, _gor_compile_expr_start (call),
                           "invalid operation: not enough arguments for %s (expected %u, found %u)",
                           _gor_compile_expr_str (c, call), min, n);
  else
    _gor_compile_error_at (c, _gor_compile_expr_start (call),
                           "invalid operation: too many arguments for %s (expected %u, found %u)",
                           _gor_compile_expr_str (c, call), max, n);
  (void) name;
  return FALSE;
}

/* APPEND's operand: Go's element size (the capacity append gives), or
 * 0x8000 | GorArrayKind for a one-byte element kept compact (no element
 * holding pointers is that small, so the two cannot be confused). */
static guint16
append_operand (GorType *elem)
{
  GorArrayKind kind = gor_type_array_kind (elem);

  return kind == GOR_ARRAY_WIDE ? _gor_compile_append_elem_operand (elem) : (guint16) (0x8000 | kind);
}

static gboolean
plan_append (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  GPtrArray  *args = call->list;
  GorType    *t;
  GorAstExpr *a0 = args->len > 0 ? g_ptr_array_index (args, 0) : NULL;

  if (args->len == 0)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (call),
                             "invalid operation: not enough arguments for append() (expected 1, found 0)");
      return FALSE;
    }
  if (_gor_compile_is_nil_expr (c, a0))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (a0),
                             "first argument to append must be a slice; have untyped nil");
      return FALSE;
    }
  t = _gor_compile_gen_value (c, a0, NULL);
  if (t == NULL)
    return FALSE;
  if (gor_type_under (t)->kind != GOR_TYPE_SLICE || gor_type_under (t)->is_array)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (a0),
                             "first argument to append must be a slice; have %s",
                             _gor_compile_describe (c, a0, t));
      return FALSE;
    }
  p->result = t;
  if (call->has_ellipsis)
    {
      GorAstExpr *a1;
      GorType    *t1;

      if (args->len != 2)
        {
          count_error (c, call, 2, "append");
          return FALSE;
        }
      a1 = g_ptr_array_index (args, 1);
      t1 = _gor_compile_gen_value (c, a1, t);
      if (t1 && gor_type_is_string (gor_type_under (t1)) && gor_type_under (t)->elem->kind == GOR_TYPE_UINT8)
        {
          _gor_compile_emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
          t1 = t;
        }
      if (t1
          && !(t1->kind == GOR_TYPE_UNTYPED_NIL
               || (gor_type_under (t1)->kind == GOR_TYPE_SLICE
                   && gor_type_under (t1)->elem == gor_type_under (t)->elem)))
        _gor_compile_error_at (c, a1->pos, "cannot use %s as %s value in argument to append",
                               _gor_compile_describe (c, a1, t1), _gor_compile_tname (c, t));
      p->op = GOR_OP_APPEND_SLICE;
      p->b = append_operand (gor_type_under (t)->elem);
      p->n_slots = 2;
      p->delta = -1;
      return TRUE;
    }
  for (guint i = 1; i < args->len; i++)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (args, i), gor_type_under (t)->elem, "argument to append");
  p->op = GOR_OP_APPEND;
  p->a = (gint32) args->len - 1;
  p->b = append_operand (gor_type_under (t)->elem);
  p->n_slots = (int) args->len;
  p->delta = 1 - (int) args->len;
  return TRUE;
}

static gboolean
plan_make (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  GPtrArray  *args = call->list;
  GorType    *t;
  GorAstExpr *a0 = args->len > 0 ? g_ptr_array_index (args, 0) : NULL;

  GorType *u;

  if (args->len == 0)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (call),
                             "invalid operation: not enough arguments for make() (expected 1, found 0)");
      return FALSE;
    }
  t = _gor_compile_resolve_type (c, a0);
  u = gor_type_under (t);
  for (guint i = 1; i < args->len; i++)
    {
      GorAstExpr *ai = g_ptr_array_index (args, i);
      GorType    *at = _gor_compile_gen_value (c, ai, c->t_int);
      ConstVal    cv;

      if (at && !gor_type_is_integer (gor_type_under (at)))
        _gor_compile_error_at (c, ai->pos, "cannot convert %s to type int",
                               _gor_compile_describe (c, ai, at));
      if (_gor_compile_const_eval (c, ai, &cv) && gor_type_is_integer (cv.type) && cv.v.i < 0)
        _gor_compile_error_at (c, ai->pos,
                               "invalid argument: index %s (constant of type int) must not be negative",
                               _gor_compile_expr_str (c, ai));
    }
  p->result = t;
  p->n_slots = (int) args->len - 1;
  p->delta = 1 - p->n_slots;
  p->a = _gor_compile_type_ref (c, t);
  if (u->kind == GOR_TYPE_SLICE && !u->is_array)
    {
      if (args->len < 2 || args->len > 3)
        {
          _gor_compile_error_at (c, call->pos, "invalid operation: %s expects 2 or 3 arguments; found %u",
                                 _gor_compile_expr_str (c, call), args->len);
          return FALSE;
        }
      p->op = GOR_OP_MAKE_SLICE;
      p->b = args->len == 3;
      return TRUE;
    }
  if (u->kind == GOR_TYPE_CHAN || u->kind == GOR_TYPE_MAP)
    {
      if (args->len > 2)
        {
          _gor_compile_error_at (c, call->pos, "invalid operation: %s expects 1 or 2 arguments; found %u",
                                 _gor_compile_expr_str (c, call), args->len);
          return FALSE;
        }
      p->op = u->kind == GOR_TYPE_CHAN ? GOR_OP_MAKE_CHAN : GOR_OP_MAKE_MAP;
      p->b = args->len == 2;
      if (u->kind == GOR_TYPE_MAP && args->len == 2)
        {
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
          p->n_slots = 0;
          p->delta = 1;
          p->b = 0;
        }
      return TRUE;
    }
  _gor_compile_error_at (c, a0->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
                         _gor_compile_expr_str (c, a0));
  return FALSE;
}

static gboolean
plan_builtin (GorCompiler *c, GorAstExpr *call, Builtin b, Plan *p)
{
  GPtrArray  *args = call->list;
  GorType    *t;
  GorAstExpr *a0 = args->len > 0 ? g_ptr_array_index (args, 0) : NULL;

  p->kind = PLAN_OP;
  if (call->has_ellipsis && b != B_APPEND)
    {
      /* append is the only built-in that takes a slice for its last ... */
      _gor_compile_error_at (c, _gor_compile_expr_start (call),
                             "invalid operation: invalid use of ... with built-in %s",
                             _gor_compile_expr_str (c, call->x));
      use_args (c, call);
      return FALSE;
    }
  switch (b)
    {
    case B_LEN:
    case B_CAP:
      if (!_gor_compile_check_nargs (c, call, "len", 1, 1))
        return FALSE;
      t = _gor_compile_gen_value (c, a0, NULL);
      if (t == NULL)
        return FALSE;
      {
        GorType *u = gor_type_under (_gor_compile_deref_array (t));
        int      kind = u->kind == GOR_TYPE_SLICE  ? 0
                        : gor_type_is_string (u)   ? 1
                        : u->kind == GOR_TYPE_CHAN ? 2
                        : u->kind == GOR_TYPE_MAP  ? 3
                                                   : -1;

        if (kind < 0 || (b == B_CAP && (kind == 1 || kind == 3)))
          {
            _gor_compile_error_at (c, _gor_compile_expr_start (a0), "invalid argument: %s for built-in %s",
                                   _gor_compile_describe (c, a0, t), b == B_LEN ? "len" : "cap");
            return FALSE;
          }
        p->op = b == B_LEN ? GOR_OP_LEN : GOR_OP_CAP;
        p->b = kind;
        p->n_slots = 1;
        p->delta = 0;
        p->result = c->t_int;
        return TRUE;
      }
    case B_APPEND: return plan_append (c, call, p);
    case B_MAKE: return plan_make (c, call, p);
    case B_CLOSE:
      if (!_gor_compile_check_nargs (c, call, "close", 1, 1))
        return FALSE;
      t = _gor_compile_gen_value (c, a0, NULL);
      if (t == NULL)
        return FALSE;
      if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
        {
          _gor_compile_error_at (c, a0->pos, "invalid operation: cannot close non-channel %s",
                                 _gor_compile_describe (c, a0, t));
          return FALSE;
        }
      if (gor_type_under (t)->dir == GOR_CHAN_RECV_ONLY)
        {
          _gor_compile_error_at (c, a0->pos, "invalid operation: cannot close receive-only channel %s",
                                 _gor_compile_describe (c, a0, t));
          return FALSE;
        }
      p->op = GOR_OP_CLOSE;
      p->n_slots = 1;
      p->delta = -1;
      p->name = "close";
      return TRUE;
    case B_PANIC:
      if (!_gor_compile_check_nargs (c, call, "panic", 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, a0, c->t_any, "argument to panic");
      p->op = GOR_OP_PANIC;
      p->n_slots = 1;
      p->delta = -1;
      p->name = "panic";
      return TRUE;
    case B_RECOVER:
      if (!_gor_compile_check_nargs (c, call, "recover", 0, 0))
        return FALSE;
      p->op = GOR_OP_RECOVER;
      p->delta = 1;
      p->result = c->t_any;
      return TRUE;
    case B_NEW:
      if (!_gor_compile_check_nargs (c, call, "new", 1, 1))
        return FALSE;
      t = _gor_compile_resolve_type (c, a0);
      p->op = GOR_OP_ZERO;
      p->a = _gor_compile_type_ref (c, t);
      p->b = gor_type_is_value_object (t) ? 0 : 1; /* 1: then box it */
      p->delta = 1;
      p->result = gor_types_pointer (c->types, t);
      return TRUE;
    case B_COPY:
      {
        GorType *t1;

        if (!_gor_compile_check_nargs (c, call, "copy", 2, 2))
          return FALSE;
        t = _gor_compile_gen_value (c, a0, NULL);
        t1 = _gor_compile_gen_value (c, g_ptr_array_index (args, 1), t);
        if (t == NULL || t1 == NULL)
          return FALSE;
        {
          GorAstExpr *a1 = g_ptr_array_index (args, 1);
          GorType    *dst = gor_type_under (t), *src = gor_type_under (t1);
          GorType    *src_elem = gor_type_is_string (src)      ? c->t_byte
                                 : src->kind == GOR_TYPE_SLICE ? src->elem
                                                               : NULL;

          if (dst->kind != GOR_TYPE_SLICE || dst->is_array || src_elem == NULL || src->is_array)
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (a0),
                                     "invalid argument: copy expects slice arguments; found %s and %s",
                                     _gor_compile_describe (c, a0, t), _gor_compile_describe (c, a1, t1));
              return FALSE;
            }
          if (dst->elem != src_elem)
            {
              _gor_compile_error_at (
                  c, _gor_compile_expr_start (a0),
                  "invalid argument: arguments to copy %s and %s have different element types %s and %s",
                  _gor_compile_describe (c, a0, t), _gor_compile_describe (c, a1, t1),
                  _gor_compile_tname (c, dst->elem), _gor_compile_tname (c, src_elem));
              return FALSE;
            }
        }
        if (gor_type_is_string (gor_type_under (t1)))
          _gor_compile_emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
        p->op = GOR_OP_COPY;
        p->n_slots = 2;
        p->delta = -1;
        p->result = c->t_int;
        return TRUE;
      }
    case B_DELETE:
      if (!_gor_compile_check_nargs (c, call, "delete", 2, 2))
        return FALSE;
      t = _gor_compile_gen_value (c, a0, NULL);
      if (t == NULL || gor_type_under (t)->kind != GOR_TYPE_MAP)
        {
          if (t)
            _gor_compile_error_at (c, a0->pos, "invalid argument: %s is not a map",
                                   _gor_compile_describe (c, a0, t));
          return FALSE;
        }
      _gor_compile_gen_expr_to (c, g_ptr_array_index (args, 1), gor_type_under (t)->key,
                                "argument to delete");
      p->op = GOR_OP_MAP_DELETE;
      p->a = _gor_compile_type_ref (c, t);
      p->n_slots = 2;
      p->delta = -2;
      return TRUE;
    case B_PRINT:
    case B_PRINTLN:
      /* Go 1.23 writes no space between "built-in" and the name here */
      for (guint i = 0; i < args->len; i++)
        if (_gor_compile_is_nil_expr (c, g_ptr_array_index (args, i)))
          {
            _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (args, i)),
                                   "use of untyped nil in argument to built-in%s",
                                   b == B_PRINT ? "print" : "println");
            return FALSE;
          }
      p->a = _gor_compile_gen_print_args (c, call, 0,
                                          b == B_PRINT ? GOR_PRINT_BUILTIN_PRINT : GOR_PRINT_BUILTIN_PRINTLN);
      p->op = GOR_OP_PRINT;
      p->n_slots = (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, p->a))->n_args;
      p->delta = -p->n_slots;
      p->name = b == B_PRINT ? "print" : "println";
      return TRUE;
    case B_MIN:
    case B_MAX: return _gor_compile_plan_min_max (c, call, b == B_MAX, p);
    case B_CLEAR: return _gor_compile_plan_clear (c, call, p);
    case B_COMPLEX:
    case B_REAL:
    case B_IMAG: return _gor_compile_plan_complex (c, call, b, p);
    default:
      _gor_compile_unsupported (c, call->pos, "built-in %s", _gor_compile_expr_str (c, call->x));
      return FALSE;
    }
}

/* a method of an interface value */
static gboolean
plan_iface_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *t, Plan *p)
{
  const char *name = sel->name;
  GorType    *u = gor_type_under (t);
  GorType    *iu = gor_type_under (t);
  GorField   *f = NULL;
  GorType    *sig;
  int         n;
  GorValue    v;

  for (guint i = 0; iu->fields && i < iu->fields->len; i++)
    if (g_str_equal (((GorField *) g_ptr_array_index (iu->fields, i))->name, name))
      f = g_ptr_array_index (iu->fields, i);
  if (f == NULL || u->kind == GOR_TYPE_POINTER)
    {
      _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, sel),
                             "%s undefined (type %s has no field or method %s)",
                             _gor_compile_expr_str (c, sel), _gor_compile_tname (c, t), name);
      return FALSE;
    }
  sig = f->type;
  n = _gor_compile_gen_args (c, call, sig, _gor_compile_expr_str (c, sel));
  v.p = gor_str_new (&c->prog->const_heap, name, strlen (name));
  p->kind = PLAN_OP;
  p->op = GOR_OP_CALL_IFACE;
  p->a = _gor_compile_add_const (c, v);
  p->b = n;
  p->n_slots = n + 1;
  p->result = results_type (c, sig);
  p->delta = _gor_compile_n_results_of (p->result) - (n + 1);
  p->name = _gor_compile_keep (c, g_strdup_printf ("%s.%s", _gor_compile_tname (c, t), name), g_free);
  return TRUE;
}

/* a method the program declares, or a field of function type */
static gboolean
plan_declared_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *t, Plan *p)
{
  const char *name = sel->name;
  GorType    *u = gor_type_under (t);
  GorType    *base = u->kind == GOR_TYPE_POINTER ? u->elem : t;
  GorMethod  *m;

  m = gor_type_lookup_method (base, name);
  if (m == NULL && _gor_compile_refuse_io_method (c, sel, base))
    return FALSE;
  if (m == NULL)
    {
      /* a field of function type */
      GorType *st = gor_type_under (base);
      int      idx = st->kind == GOR_TYPE_STRUCT ? gor_type_field_index (st, name) : -1;

      if (idx >= 0)
        {
          GorType *ft = ((GorField *) g_ptr_array_index (st->fields, idx))->type;

          if (gor_type_under (ft)->kind == GOR_TYPE_FUNC)
            {
              _gor_compile_emit (c, GOR_OP_FIELD, idx, 0, 0);
              p->kind = PLAN_CLOSURE;
              p->n_slots
                  = _gor_compile_gen_args (c, call, gor_type_under (ft), _gor_compile_expr_str (c, sel));
              p->result = results_type (c, gor_type_under (ft));
              return TRUE;
            }
          _gor_compile_error_at (c, call->pos, "invalid operation: cannot call non-function %s",
                                 _gor_compile_describe (c, sel, ft));
          return FALSE;
        }
      _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, sel),
                             "%s undefined (type %s has no field or method %s)",
                             _gor_compile_expr_str (c, sel), _gor_compile_tname (c, t), name);
      return FALSE;
    }
  if (m->ptr_recv && u->kind != GOR_TYPE_POINTER)
    {
      GorAstExpr *rx = sel->x;

      while (rx && rx->kind == GOR_EXPR_PAREN)
        rx = rx->x;
      if (rx && (rx->kind == GOR_EXPR_COMPOSITE_LIT || rx->kind == GOR_EXPR_CALL))
        {
          /* not addressable: Go refuses to take its address */
          _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, sel), "cannot call pointer method %s on %s",
                                 name, _gor_compile_tname (c, t));
          return FALSE;
        }
    }
  if (!gor_type_is_value_object (base))
    {
      if (m->ptr_recv && u->kind != GOR_TYPE_POINTER)
        {
          _gor_compile_unsupported (c, sel->pos,
                                    "method %s with a pointer receiver on a local variable of the non-struct "
                                    "type %s; call it as (&%s).%s()",
                                    name, _gor_compile_tname (c, t), _gor_compile_expr_str (c, sel->x), name);
          return FALSE;
        }
      if (!m->ptr_recv && u->kind == GOR_TYPE_POINTER)
        _gor_compile_emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
    }
  else if (!m->ptr_recv)
    {
      /* a value method through a nil pointer panics, as *p does */
      if (u->kind == GOR_TYPE_POINTER)
        _gor_compile_emit (c, GOR_OP_LOAD_PTR, 1, 0, 0);
      _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, base), 0, 0);
    }
  p->kind = PLAN_STATIC;
  p->func = m->func;
  p->n_slots = 1 + _gor_compile_gen_args (c, call, m->sig, _gor_compile_expr_str (c, sel));
  p->result = results_type (c, m->sig);
  return TRUE;
}

static gboolean
plan_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, Plan *p)
{
  guint    mark = c->fn->func->code->len;
  int      depth = c->fn->depth;
  GorType *t = _gor_compile_gen_expr (c, sel->x, NULL);
  GorType *u, *base;
  gboolean done, ok;

  if (t == NULL)
    return FALSE;
  t = _gor_compile_recv_addr (c, sel, t, mark, depth);
  {
    /* a method or function field promoted from an embedded field */
    GorPromoted pr;
    gboolean    ambiguous;

    if (_gor_compile_find_promoted (c, t, sel->name, &pr, &ambiguous))
      {
        /* x's embedded value that has it is the receiver (or the
         * struct of the function field) */
        if (pr.depth > 0)
          t = _gor_compile_emit_promoted_path (c, &pr);
      }
    else if (ambiguous)
      {
        _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, sel), "ambiguous selector %s",
                               _gor_compile_expr_str (c, sel));
        return FALSE;
      }
  }
  ok = _gor_compile_plan_package_method (c, call, sel, t, p, &done);
  if (done)
    return ok;
  u = gor_type_under (t);
  base = u->kind == GOR_TYPE_POINTER ? u->elem : t;
  if (gor_type_under (base)->kind == GOR_TYPE_INTERFACE)
    return plan_iface_method (c, call, sel, t, p);
  return plan_declared_method (c, call, sel, t, p);
}

gboolean
_gor_compile_plan_call (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  GorAstExpr *f = call->x;
  GorType    *t;

  memset (p, 0, sizeof *p);
  while (f && f->kind == GOR_EXPR_PAREN)
    f = f->x;
  if (f == NULL)
    return FALSE;
  switch (_gor_compile_generic_call (c, call))
    {
    case 1: f = call->x; break;
    case -1: return FALSE;
    default: break;
    }
  if (_gor_compile_expr_as_type (c, f) != NULL)
    {
      p->kind = PLAN_CONVERSION;
      return TRUE;
    }
  if (f->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, f->name);

      if (sym && sym->kind == SYM_BUILTIN)
        {
          sym->used = TRUE;
          return plan_builtin (c, call, sym->builtin, p);
        }
      if (sym && sym->kind == SYM_FUNC)
        {
          sym->used = TRUE;
          p->kind = PLAN_STATIC;
          p->func = sym->func;
          p->n_slots = _gor_compile_gen_args (c, call, sym->type, f->name);
          p->result = results_type (c, sym->type);
          return TRUE;
        }
    }
  if (f->kind == GOR_EXPR_SELECTOR && f->x && f->x->kind == GOR_EXPR_IDENT)
    {
      Sym *pkg = _gor_compile_lookup (c, f->x->name);

      if (pkg && pkg->kind == SYM_PKG)
        return _gor_compile_plan_package (c, call, pkg, f->name, p);
    }
  /* T.M(x, …) calls a method expression's function */
  if (f->kind == GOR_EXPR_SELECTOR && (f->x == NULL || _gor_compile_expr_as_type (c, f->x) == NULL))
    return plan_method (c, call, f, p);

  t = _gor_compile_gen_expr (c, f, NULL);
  if (t == NULL)
    return FALSE;
  if (gor_type_under (t)->kind != GOR_TYPE_FUNC)
    {
      _gor_compile_error_at (c, call->pos, "invalid operation: cannot call non-function %s",
                             _gor_compile_describe (c, f, t));
      return FALSE;
    }
  p->kind = PLAN_CLOSURE;
  p->n_slots = _gor_compile_gen_args (c, call, gor_type_under (t), _gor_compile_expr_str (c, f));
  p->result = results_type (c, gor_type_under (t));
  return TRUE;
}

void
_gor_compile_emit_plan (GorCompiler *c, Plan *p)
{
  int nres = _gor_compile_n_results_of (p->result);

  switch (p->kind)
    {
    case PLAN_STATIC: _gor_compile_emit (c, GOR_OP_CALL, p->func, p->n_slots, nres - p->n_slots); break;
    case PLAN_CLOSURE:
      _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, p->n_slots, 0, nres - p->n_slots - 1);
      break;
    case PLAN_OP:
      if (p->clear_type)
        {
          _gor_compile_emit_clear (c, p);
          break;
        }
      if (p->sync_method)
        {
          _gor_compile_emit_sync_value_method (c, p);
          break;
        }
      if (p->op == GOR_OP_COND && p->a == 1)
        {
          /* Wait: park (unlocking L), then take L again when woken */
          _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
          _gor_compile_emit (c, GOR_OP_COND, 1, 0, -1);
          _gor_compile_emit (c, GOR_OP_FIELD, 0, 0, 0);
          _gor_compile_emit (c, GOR_OP_LOCK, 0, 0, -1);
          break;
        }
      if (p->op == GOR_OP_ONCE_DO)
        {
          /* [once f] → done: skip; running: wait; else call f, then
           * let the waiters go */
          int j = _gor_compile_emit (c, GOR_OP_ONCE_DO, 0, 0, 0);

          _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, 0, 0, -1);
          _gor_compile_emit (c, GOR_OP_ONCE_END, 0, 0, -1);
          _gor_compile_patch (c, j, _gor_compile_here (c));
          break;
        }
      _gor_compile_emit (c, p->op, p->a, p->b, p->delta + (p->op2 == GOR_OP_POP ? 1 : 0));
      if (p->op == GOR_OP_ZERO && p->b == 1)
        _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
      if (p->op2 == GOR_OP_POP)
        _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      break;
    default: break;
    }
}

GorType *
_gor_compile_gen_conversion (GorCompiler *c, GorAstExpr *call)
{
  GorType    *to = _gor_compile_expr_as_type (c, call->x), *from, *tu, *fu;
  GorAstExpr *a;

  if (call->list->len != 1)
    {
      _gor_compile_error_at (c, call->pos, "%s arguments in conversion to %s",
                             call->list->len == 0 ? "missing" : "too many", _gor_compile_tname (c, to));
      return NULL;
    }
  a = g_ptr_array_index (call->list, 0);
  from = _gor_compile_gen_value (c, a, to);
  if (from == NULL)
    return NULL;
  tu = gor_type_under (to);
  fu = gor_type_under (from);
  if (_gor_compile_assignable (c, from, to) || fu == tu)
    {
      _gor_compile_convert_value (c, from, to, _gor_compile_is_fresh (a));
      return to;
    }
  if (gor_type_is_integer (tu) && gor_type_is_integer (fu))
    {
      _gor_compile_emit_trunc (c, to);
      return to;
    }
  if (tu->kind == GOR_TYPE_FLOAT32 && gor_type_is_integer (fu))
    {
      /* straight to float32: through float64 would round twice */
      _gor_compile_emit (c, GOR_OP_MATHLIB, gor_type_is_unsigned (fu) ? GOR_M_U2F32 : GOR_M_I2F32, 0, 0);
      return to;
    }
  if (gor_type_is_float (tu) && gor_type_is_integer (fu))
    {
      _gor_compile_emit (c, gor_type_is_unsigned (fu) ? GOR_OP_U2F : GOR_OP_I2F, 0, 0, 0);
      return to;
    }
  if (gor_type_is_integer (tu) && gor_type_is_float (fu))
    {
      _gor_compile_emit (c, GOR_OP_F2I, 0, 0, 0);
      _gor_compile_emit_trunc (c, to);
      return to;
    }
  if (gor_type_is_float (tu) && gor_type_is_float (fu))
    {
      _gor_compile_emit_trunc (c, to);
      return to;
    }
  if (gor_type_is_complex (tu) && gor_type_is_complex (fu))
    {
      _gor_compile_emit (c, GOR_OP_MATHLIB, GOR_M_CCONV, tu->kind == GOR_TYPE_COMPLEX64, 0);
      return to;
    }
  if (gor_type_is_string (tu) && gor_type_is_integer (fu))
    {
      _gor_compile_emit (c, GOR_OP_CONV_RUNE_STR, 0, 0, 0);
      return to;
    }
  if (gor_type_is_string (tu) && fu->kind == GOR_TYPE_SLICE
      && (fu->elem->kind == GOR_TYPE_UINT8 || fu->elem->kind == GOR_TYPE_INT32))
    {
      _gor_compile_emit (c, GOR_OP_CONV_BYTES_STR, fu->elem->kind == GOR_TYPE_INT32, 0, 0);
      return to;
    }
  if (tu->kind == GOR_TYPE_SLICE && gor_type_is_string (fu)
      && (tu->elem->kind == GOR_TYPE_UINT8 || tu->elem->kind == GOR_TYPE_INT32))
    {
      _gor_compile_emit (c, tu->elem->kind == GOR_TYPE_UINT8 ? GOR_OP_CONV_STR_BYTES : GOR_OP_CONV_STR_RUNES,
                         0, 0, 0);
      return to;
    }
  _gor_compile_error_at (c, _gor_compile_expr_start (a), "cannot convert %s to type %s",
                         _gor_compile_describe (c, a, from), _gor_compile_tname (c, to));
  return NULL;
}

GorType *
_gor_compile_gen_call (GorCompiler *c, GorAstExpr *e, gboolean want_value)
{
  Plan     p;
  guint    mark;
  GorType *t = NULL;

  if (c->order_kept && c->order_kept->len > 0 && (t = _gor_compile_order_kept (c, e)) != NULL)
    return t;
  mark = _gor_compile_order_call (c, e);
  c->line = e->pos.line;
  if (!_gor_compile_plan_call (c, e, &p))
    ;
  else if (p.kind == PLAN_CONVERSION)
    t = _gor_compile_gen_conversion (c, e);
  else if (want_value && p.result == NULL)
    {
      /* Nothing would be pushed where a value is needed. */
      _gor_compile_error_at (c, _gor_compile_expr_start (e), "%s (no value) used as value",
                             _gor_compile_expr_str (c, e));
    }
  else
    {
      _gor_compile_emit_plan (c, &p);
      t = p.result;
    }
  _gor_compile_order_end (c, mark);
  return t;
}
