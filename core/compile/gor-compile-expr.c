/* gor-compile-expr.c — expressions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

gboolean
_gor_compile_is_fresh (GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  return e && (e->kind == GOR_EXPR_COMPOSITE_LIT || e->kind == GOR_EXPR_CALL);
}

/* @e as Go describes it once it has type @t: an untyped constant put
 * into an interface has its default type by then, and Go names its
 * value only if the expression does not show it. */
static const char *
describe_as (GorCompiler *c, GorAstExpr *e, GorType *t)
{
  ConstVal cv;

  if (_gor_compile_const_eval (c, e, &cv) && gor_type_is_untyped (cv.type) && !gor_type_is_untyped (t))
    {
      g_autofree char *val = gor_type_is_string (cv.type)
                                 ? g_strdup_printf ("\"%s\"", _gor_compile_const_desc (c, &cv))
                                 : g_strdup (_gor_compile_const_desc (c, &cv));
      const char      *text = _gor_compile_expr_str (c, e);

      if (strcmp (text, val) == 0)
        return _gor_compile_keep (
            c, g_strdup_printf ("%s (constant of type %s)", text, _gor_compile_tname (c, t)), g_free);
      return _gor_compile_keep (
          c, g_strdup_printf ("%s (constant %s of type %s)", text, val, _gor_compile_tname (c, t)), g_free);
    }
  return _gor_compile_describe (c, e, t);
}

/* Go's refusal of @e (of type @t) where a @target value is needed. */
static void
cannot_use (GorCompiler *c, GorAstExpr *e, GorType *t, GorType *target, const char *context)
{
  const char *cause = _gor_compile_assign_cause (c, t, target);

  if (cause != NULL)
    _gor_compile_error_at (c, _gor_compile_expr_start (e), "cannot use %s as %s value in %s: %s",
                           describe_as (c, e, t), _gor_compile_tname (c, target), context, cause);
  else
    _gor_compile_error_at (c, _gor_compile_expr_start (e), "cannot use %s as %s value in %s",
                           describe_as (c, e, t), _gor_compile_tname (c, target), context);
}

void
_gor_compile_gen_expr_to (GorCompiler *c, GorAstExpr *e, GorType *target, const char *context)
{
  ConstVal cv;
  GorType *t;

  if (e == NULL)
    return;
  if (_gor_compile_const_eval (c, e, &cv))
    {
      gboolean truncated = FALSE;
      GorType *tu = gor_type_under (target);

      if (_gor_compile_const_overflows (c, e, &cv, target, context))
        return;
      /* an untyped constant goes into an interface with its default type */
      if (tu->kind == GOR_TYPE_INTERFACE
          && _gor_compile_implements (
              c, gor_type_is_untyped (cv.type) ? gor_type_default (c->types, cv.type) : cv.type, target))
        {
          _gor_compile_push_const (c, &cv, gor_type_is_untyped (cv.type) ? target : cv.type);
          if (!gor_type_is_untyped (cv.type))
            _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, cv.type), 0, 0);
          return;
        }
      if (tu->kind == GOR_TYPE_INTERFACE)
        {
          cannot_use (c, e, gor_type_is_untyped (cv.type) ? gor_type_default (c->types, cv.type) : cv.type,
                      target, context);
          return;
        }
      if (gor_type_is_untyped (cv.type) ? !_gor_compile_const_representable (c, &cv, target, &truncated)
                                        : !_gor_compile_assignable (c, cv.type, target))
        {
          if (gor_type_is_untyped (cv.type) && gor_type_is_numeric (cv.type) && gor_type_is_numeric (tu)
              && !truncated)
            _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                   "cannot use %s (untyped %s constant %s) as %s value in %s (overflows)",
                                   _gor_compile_expr_str (c, e),
                                   gor_type_is_float (cv.type) ? "float" : "int",
                                   _gor_compile_const_desc (c, &cv), _gor_compile_tname (c, target), context);
          else if (gor_type_is_untyped (cv.type))
            _gor_compile_error_at (c, _gor_compile_expr_start (e), "cannot use %s as %s value in %s%s",
                                   _gor_compile_describe (c, e, cv.type), _gor_compile_tname (c, target),
                                   context, truncated ? " (truncated)" : "");
          else
            cannot_use (c, e, cv.type, target, context);
        }
      _gor_compile_push_const (c, &cv, target);
      return;
    }
  t = _gor_compile_gen_expr (c, e, target);
  if (t == NULL)
    return;
  if (t->kind == GOR_TYPE_TUPLE && e == c->single_rhs)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e),
                             "assignment mismatch: 1 variable but %s returns %d values",
                             _gor_compile_expr_str (c, e->kind == GOR_EXPR_PAREN ? e->x->x : e->x),
                             _gor_compile_n_results_of (t));
      return;
    }
  if (t->kind == GOR_TYPE_TUPLE)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e),
                             "multiple-value %s (value of type %s) in single-value context",
                             _gor_compile_expr_str (c, e), _gor_compile_tname (c, t));
      return;
    }
  if (!_gor_compile_assignable (c, t, target))
    {
      if (t->kind == GOR_TYPE_UNTYPED_NIL)
        _gor_compile_error_at (c, _gor_compile_expr_start (e), "cannot use nil as %s value in %s",
                               _gor_compile_tname (c, target), context);
      else
        cannot_use (c, e, t, target, context);
      return;
    }
  _gor_compile_convert_value (c, t, target, _gor_compile_is_fresh (e));
}

/* Generates a value with its own type; constants take @hint when they fit,
 * else their default type. */
GorType *
_gor_compile_gen_value (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  ConstVal cv;

  if (_gor_compile_const_eval (c, e, &cv))
    {
      GorType *t = cv.type;

      if (gor_type_is_untyped (t))
        t = (hint && !gor_type_is_untyped (hint) && gor_type_under (hint)->kind != GOR_TYPE_INTERFACE
             && _gor_compile_const_representable (c, &cv, hint, NULL))
                ? hint
                : gor_type_default (c->types, t);
      _gor_compile_const_overflows (c, e, &cv, t, c->value_ctx ? c->value_ctx : "expression");
      _gor_compile_push_const (c, &cv, t);
      return t;
    }
  return _gor_compile_gen_expr (c, e, hint);
}

static GorType *
gen_ident (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  Sym *sym;

  if (g_str_equal (e->name, "_"))
    {
      _gor_compile_error_at (c, e->pos, "cannot use _ as value");
      return NULL;
    }
  sym = _gor_compile_lookup (c, e->name);
  if (sym == NULL)
    {
      _gor_compile_undefined (c, e->pos, e->name);
      return NULL;
    }
  /* a package named outside a selector is no use of it (Go still says
   * it is imported and not used) */
  if (sym->kind != SYM_PKG)
    sym->used = TRUE;
  switch (sym->kind)
    {
    case SYM_VAR:
      if (sym->owner == NULL && sym->spec && !sym->resolved)
        _gor_compile_resolve_package_sym (c, sym);
      _gor_compile_load_sym (c, sym, e->pos);
      return sym->type;
    case SYM_NIL: _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1); return c->t_nil;
    case SYM_FUNC:
      _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_static_closure (c, sym->func), 0, 1);
      return sym->type;
    case SYM_TYPE: _gor_compile_error_at (c, e->pos, "%s (type) is not an expression", e->name); return NULL;
    case SYM_PKG:
      _gor_compile_error_at (c, e->pos, "use of package %s not in selector", e->name);
      return NULL;
    case SYM_BUILTIN: _gor_compile_error_at (c, e->pos, "%s (built-in) must be called", e->name); return NULL;
    case SYM_GENERIC:
      _gor_compile_error_at (c, e->pos, "cannot use generic %s %s without instantiation",
                             _gor_compile_generic_is_func (sym) ? "function" : "type",
                             _gor_compile_generic_is_func (sym) ? e->name
                                                                : _gor_compile_generic_str (c, sym));
      return NULL;
    default: _gor_compile_error_at (c, e->pos, "%s is not an expression", e->name); return NULL;
    }
}

static GorType *
gen_func_lit (GorCompiler *c, GorAstExpr *e)
{
  Fn      *outer = c->fn;
  Fn      *fn = g_new0 (Fn, 1);
  GorFunc *f = g_new0 (GorFunc, 1);
  GorType *sig = _gor_compile_func_type_from_ast (c, e->x, NULL);

  (*outer->lit_counter)++;
  f->name = g_strdup_printf ("%s.func%d", outer->top_name, *outer->lit_counter);
  f->index = c->prog->funcs->len;
  f->code = g_array_new (FALSE, FALSE, sizeof (GorInstr));
  f->lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  f->line = e->pos.line;
  g_ptr_array_add (c->prog->funcs, f);
  fn->parent = outer;
  fn->func = f;
  fn->sig = sig;
  fn->top_name = f->name;
  fn->lit_counter = g_new0 (int, 1);
  _gor_compile_func_body (c, fn, e->x, e->body, NULL);
  c->fn = outer;

  /* Push the boxes the literal captures, from our locals or our upvalues. */
  for (guint i = 0; i < fn->upvals->len; i++)
    {
      Sym *sym = g_ptr_array_index (fn->upvals, i);

      if (sym->owner == outer)
        _gor_compile_emit (c, GOR_OP_LOCAL, sym->slot, 0, 1);
      else
        _gor_compile_emit (c, GOR_OP_UPVAL_RAW, _gor_compile_upval_index (c, outer, sym), 0, 1);
    }
  _gor_compile_emit (c, GOR_OP_CLOSURE, (gint32) f->index, (int) fn->upvals->len, 1 - (int) fn->upvals->len);
  g_ptr_array_unref (fn->upvals);
  g_hash_table_unref (fn->captured);
  g_free (fn->lit_counter);
  g_free (fn->result_slots);
  g_free (fn->result_syms);
  g_ptr_array_unref (fn->loops);
  g_free (fn);
  return sig;
}

/* The field of @st whose name differs from @name only in case: Go names
 * it when a literal's key is misspelled. */
static const char *
field_spelled_alike (GorType *st, const char *name)
{
  g_autofree char *want = g_utf8_casefold (name, -1);

  for (guint i = 0; i < st->fields->len; i++)
    {
      GorField        *f = g_ptr_array_index (st->fields, i);
      g_autofree char *have = g_utf8_casefold (f->name, -1);

      if (strcmp (have, want) == 0)
        return f->name;
    }
  return NULL;
}

static GorType *gen_composite (GorCompiler *c, GorAstExpr *e, GorType *hint);

/* The index of each element of an array literal (keys are constants);
 * returns the length the elements need. */
static gint64
array_literal_indices (GorCompiler *c, GorAstExpr *e, gint64 *idx)
{
  gint64 next = 0, n = 0;

  for (guint i = 0; i < e->list->len; i++)
    {
      GorAstExpr *el = g_ptr_array_index (e->list, i);
      ConstVal    cv;

      if (el->kind == GOR_EXPR_KEY_VALUE)
        {
          if (!_gor_compile_const_eval (c, el->x, &cv) || !gor_type_is_integer (gor_type_under (cv.type))
              || cv.big)
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (el->x), "index %s must be integer constant",
                                     _gor_compile_expr_str (c, el->x));
              /* its variables count as used, as in Go */
              if (_gor_compile_gen_value (c, el->x, NULL) != NULL)
                _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
            }
          else if (cv.v.i < 0)
            _gor_compile_error_at (c, _gor_compile_expr_start (el->x),
                                   "invalid argument: index %s (constant of type int) must not be negative",
                                   _gor_compile_expr_str (c, el->x));
          else
            next = cv.v.i;
          for (guint k = 0; k < i; k++)
            if (idx[k] == next)
              _gor_compile_error_at (c, _gor_compile_expr_start (el->x),
                                     "duplicate index %" G_GINT64_FORMAT " in array or slice literal", next);
        }
      idx[i] = next++;
      n = MAX (n, next);
    }
  return n;
}

/* Sets element @index of the array or slice on the stack to @el (a
 * KEY_VALUE's value, or a plain element). */
static void
set_literal_element (GorCompiler *c, GorAstExpr *el, gint64 index, GorType *elem)
{
  if (el->kind == GOR_EXPR_KEY_VALUE)
    el = el->y;
  _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, (gint32) index, 0, 1);
  if (el->kind == GOR_EXPR_COMPOSITE_LIT && el->x == NULL)
    gen_composite (c, el, elem);
  else
    _gor_compile_gen_expr_to (c, el, elem, "array or slice literal");
  _gor_compile_emit (c, GOR_OP_SET_INDEX, 0, 0, -3);
}

/* [N]T{…} and [...]T{…}: a zero array whose elements are set in turn */
static GorType *
gen_array_literal (GorCompiler *c, GorAstExpr *e, GorType *t)
{
  g_autofree gint64 *idx = g_new0 (gint64, e->list->len + 1);
  gint64             n = array_literal_indices (c, e, idx);
  GorType           *u;

  if (t == NULL)
    t = _gor_compile_literal_array_type (c, e->x, n);
  u = gor_type_under (t);
  _gor_compile_emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, u), 0, 1);
  for (guint i = 0; i < e->list->len; i++)
    {
      GorAstExpr *el = g_ptr_array_index (e->list, i);

      if (idx[i] >= u->len)
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (el),
                                 "index %" G_GINT64_FORMAT " is out of bounds (>= %" G_GINT64_FORMAT ")",
                                 idx[i], u->len);
          break;
        }
      set_literal_element (c, el, idx[i], u->elem);
    }
  return t;
}

/* []T{2: x, y}: a zero slice as long as the highest index needs, whose
 * elements are set in turn */
static GorType *
gen_indexed_slice_literal (GorCompiler *c, GorAstExpr *e, GorType *t)
{
  g_autofree gint64 *idx = g_new0 (gint64, e->list->len + 1);
  gint64             n = array_literal_indices (c, e, idx);
  GorType           *u = gor_type_under (t);

  if (n > G_MAXINT32)
    {
      _gor_compile_unsupported (c, e->pos, "a slice literal with an index over %d", G_MAXINT32 - 1);
      n = 0;
    }
  _gor_compile_emit (c, GOR_OP_PUSH_INT, (gint32) n, 0, 1);
  _gor_compile_emit (c, GOR_OP_MAKE_SLICE, _gor_compile_type_ref (c, t), 0, 0);
  for (guint i = 0; i < e->list->len && n > 0; i++)
    set_literal_element (c, g_ptr_array_index (e->list, i), idx[i], u->elem);
  return t;
}

static GorType *
gen_composite (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  GorType *t;
  GorType *u;

  if (e->x && e->x->kind == GOR_EXPR_ARRAY_TYPE && e->x->y && e->x->y->kind == GOR_EXPR_ELLIPSIS)
    return gen_array_literal (c, e, NULL);
  t = e->x ? _gor_compile_resolve_type (c, e->x) : hint;

  if (t == NULL)
    {
      _gor_compile_error_at (c, e->pos, "invalid composite literal type: missing type");
      return NULL;
    }
  u = gor_type_under (t);
  if (u->kind == GOR_TYPE_POINTER && e->x == NULL)
    {
      /* &T elided in an outer literal: the object is the pointer. */
      gen_composite (c, e, u->elem);
      return t;
    }
  if (u->kind == GOR_TYPE_SLICE && u->is_array)
    return gen_array_literal (c, e, t);
  if (u->kind == GOR_TYPE_SLICE)
    {
      for (guint i = 0; i < e->list->len; i++)
        if (((GorAstExpr *) g_ptr_array_index (e->list, i))->kind == GOR_EXPR_KEY_VALUE)
          return gen_indexed_slice_literal (c, e, t);
      for (guint i = 0; i < e->list->len; i++)
        {
          GorAstExpr *el = g_ptr_array_index (e->list, i);

          if (el->kind == GOR_EXPR_COMPOSITE_LIT && el->x == NULL)
            gen_composite (c, el, u->elem);
          else
            _gor_compile_gen_expr_to (c, el, u->elem, "array or slice literal");
        }
      _gor_compile_emit (c, GOR_OP_SLICE_LIT, (gint32) e->list->len, gor_type_array_kind (u->elem),
                         1 - (int) e->list->len);
      return t;
    }
  if (u->kind == GOR_TYPE_STRUCT)
    {
      if (u->fields->len == 0)
        {
          if (e->list->len > 0)
            _gor_compile_error_at (c, e->pos, "too many values in struct literal of type %s",
                                   _gor_compile_tname (c, t));
          _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
          return t;
        }
      _gor_compile_emit (c, GOR_OP_NEW_STRUCT, _gor_compile_type_ref (c, t), 0, 1);
      for (guint i = 0; i < e->list->len; i++)
        {
          GorAstExpr *el = g_ptr_array_index (e->list, i);
          int         idx = (int) i;
          GorField   *f;
          gboolean    keyed = ((GorAstExpr *) g_ptr_array_index (e->list, 0))->kind == GOR_EXPR_KEY_VALUE;

          if ((el->kind == GOR_EXPR_KEY_VALUE) != keyed)
            {
              _gor_compile_error_at (c,
                                     el->kind == GOR_EXPR_KEY_VALUE ? _gor_compile_expr_start (el->x)
                                                                    : _gor_compile_expr_start (el),
                                     "mixture of field:value and value elements in struct literal");
              continue;
            }
          if (el->kind == GOR_EXPR_KEY_VALUE)
            {
              if (el->x == NULL || el->x->kind != GOR_EXPR_IDENT)
                {
                  _gor_compile_error_at (c, _gor_compile_expr_start (el),
                                         "invalid field name %s in struct literal",
                                         el->x ? _gor_compile_expr_str (c, el->x) : "?");
                  continue;
                }
              if ((idx = gor_type_field_index (u, el->x->name)) < 0)
                {
                  const char *alt = field_spelled_alike (u, el->x->name);

                  if (alt != NULL)
                    _gor_compile_error_at (c, _gor_compile_expr_start (el->x),
                                           "unknown field %s in struct literal of type %s, but does have %s",
                                           el->x->name, _gor_compile_tname (c, t), alt);
                  else
                    _gor_compile_error_at (c, _gor_compile_expr_start (el->x),
                                           "unknown field %s in struct literal of type %s", el->x->name,
                                           _gor_compile_tname (c, t));
                  continue;
                }
              for (guint k = 0; k < i; k++)
                {
                  GorAstExpr *prev = g_ptr_array_index (e->list, k);

                  if (prev->kind == GOR_EXPR_KEY_VALUE && prev->x && prev->x->kind == GOR_EXPR_IDENT
                      && strcmp (prev->x->name, el->x->name) == 0)
                    _gor_compile_error_at (c, _gor_compile_expr_start (el->x),
                                           "duplicate field name %s in struct literal", el->x->name);
                }
              el = el->y;
            }
          else if (idx >= (int) u->fields->len)
            {
              _gor_compile_error_at (c, el->pos, "too many values in struct literal of type %s",
                                     _gor_compile_tname (c, t));
              break;
            }
          f = g_ptr_array_index (u->fields, idx);
          _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
          if (el->kind == GOR_EXPR_COMPOSITE_LIT && el->x == NULL)
            gen_composite (c, el, f->type);
          else
            _gor_compile_gen_expr_to (c, el, f->type, "struct literal");
          _gor_compile_emit (c, GOR_OP_SET_FIELD, idx, 0, -2);
        }
      if (e->list->len > 0 && e->list->len < u->fields->len
          && ((GorAstExpr *) g_ptr_array_index (e->list, 0))->kind != GOR_EXPR_KEY_VALUE)
        {
          /* Go points at the closing brace */
          GorAstExpr *last = g_ptr_array_index (e->list, e->list->len - 1);

          _gor_compile_error_at (c, _gor_compile_token_after (c, _gor_compile_expr_start (last), "}"),
                                 "too few values in struct literal of type %s", _gor_compile_tname (c, t));
        }
      return t;
    }
  if (u->kind == GOR_TYPE_MUTEX || u->kind == GOR_TYPE_RWMUTEX || u->kind == GOR_TYPE_WAITGROUP
      || u->kind == GOR_TYPE_ONCE)
    {
      /* their fields are unexported: only the zero value can be written */
      if (e->list->len > 0)
        _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (e->list, 0)),
                               "implicit assignment to unexported field in struct literal of type %s",
                               _gor_compile_tname (c, t));
      _gor_compile_emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, t), 0, 1);
      return t;
    }
  if (u->kind == GOR_TYPE_MAP)
    {
      g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

      _gor_compile_emit (c, GOR_OP_MAKE_MAP, _gor_compile_type_ref (c, t), 0, 1);
      for (guint i = 0; i < e->list->len; i++)
        {
          GorAstExpr *el = g_ptr_array_index (e->list, i);
          ConstVal    kv;

          if (el->kind != GOR_EXPR_KEY_VALUE)
            {
              _gor_compile_error_at (c, el->pos, "missing key in map literal");
              continue;
            }
          if (_gor_compile_const_eval (c, el->x, &kv))
            {
              /* Go refuses the same constant key twice */
              const char *key = gor_type_is_string (kv.type) ? _gor_compile_keep (
                                    c, g_strdup_printf ("\"%s\"", _gor_compile_const_desc (c, &kv)), g_free)
                                                             : _gor_compile_const_desc (c, &kv);

              if (g_hash_table_contains (keys, key))
                _gor_compile_error_at (c, _gor_compile_expr_start (el->x), "duplicate key %s in map literal",
                                       _gor_compile_expr_str (c, el->x));
              else
                g_hash_table_add (keys, (gpointer) key);
            }
          _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
          if (el->x->kind == GOR_EXPR_COMPOSITE_LIT && el->x->x == NULL)
            gen_composite (c, el->x, u->key);
          else
            _gor_compile_gen_expr_to (c, el->x, u->key, "map literal");
          if (el->y->kind == GOR_EXPR_COMPOSITE_LIT && el->y->x == NULL)
            gen_composite (c, el->y, u->elem);
          else
            _gor_compile_gen_expr_to (c, el->y, u->elem, "map literal");
          _gor_compile_emit (c, GOR_OP_MAP_SET, _gor_compile_type_ref (c, t), 0, -3);
        }
      return t;
    }
  if (t == c->t_time && e->list->len == 0)
    {
      /* time.Time{}: the zero Time, a slot of 0 */
      _gor_compile_emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
      return t;
    }
  _gor_compile_error_at (c, e->pos, "invalid composite literal type %s", _gor_compile_tname (c, t));
  return NULL;
}

/* x && y, x || y: y only when x does not decide */
static GorType *
gen_logical (GorCompiler *c, GorAstExpr *e)
{
  GorTokenKind op = e->op;
  GorType     *tx, *ty;

  int j;

  tx = _gor_compile_gen_value (c, e->x, c->t_bool);
  if (tx && !gor_type_is_bool (tx))
    _gor_compile_error_at (c, _gor_compile_expr_start (e), "invalid operation: operator %s not defined on %s",
                           gor_token_kind_to_string (op), _gor_compile_describe (c, e->x, tx));
  _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
  j = _gor_compile_emit (c, op == GOR_TOKEN_LAND ? GOR_OP_JF : GOR_OP_JT, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
  ty = _gor_compile_gen_value (c, e->y, tx);
  if (ty && !gor_type_is_bool (ty))
    _gor_compile_error_at (c, _gor_compile_expr_start (e), "invalid operation: operator %s not defined on %s",
                           gor_token_kind_to_string (op), _gor_compile_describe (c, e->y, ty));
  _gor_compile_patch (c, j, _gor_compile_here (c));
  return tx ? tx : c->t_bool;
}

/* An untyped constant that cannot become the @want integer type an index
 * or a shift count needs: Go reports the failed conversion. */
static gboolean
untyped_not_integer (GorCompiler *c, GorAstExpr *y, GorType *want)
{
  ConstVal cv;

  if (!_gor_compile_const_eval (c, y, &cv) || !gor_type_is_untyped (cv.type) || gor_type_is_integer (cv.type))
    return FALSE;
  if (gor_type_is_numeric (cv.type))
    {
      gboolean truncated = FALSE;

      if (_gor_compile_const_representable (c, &cv, want, &truncated) || !truncated)
        return FALSE;
      _gor_compile_error_at (c, _gor_compile_expr_start (y), "%s truncated to %s",
                             _gor_compile_describe (c, y, cv.type), _gor_compile_tname (c, want));
      return TRUE;
    }
  _gor_compile_error_at (c, _gor_compile_expr_start (y), "cannot convert %s to type %s",
                         _gor_compile_describe (c, y, cv.type), _gor_compile_tname (c, want));
  return TRUE;
}

static GorType *
gen_shift (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  GorTokenKind op = e->op;
  GorType     *tx, *ty;
  ConstVal     cr;

  /* a shift the folding refused ("constant shift overflow") is reported
   * as that alone: its operands add nothing */
  if (!_gor_compile_const_eval (c, e, &cr) && c->error != NULL && c->fold_error == e)
    return NULL;
  tx = _gor_compile_gen_value (c, e->x,
                               hint && gor_type_is_integer (gor_type_under (hint)) ? hint : c->t_int);
  {
    ConstVal sc;

    if (_gor_compile_const_eval (c, e->y, &sc) && gor_type_is_integer (sc.type) && !sc.big && sc.v.i < 0)
      _gor_compile_error_at (c, _gor_compile_expr_start (e->y), "invalid operation: negative shift count %s",
                             _gor_compile_describe (c, e->y, sc.type));
  }
  ty = _gor_compile_gen_value (c, e->y, c->t_int);
  if (tx && !gor_type_is_integer (gor_type_under (tx)))
    _gor_compile_error_at (c, _gor_compile_expr_start (e),
                           "invalid operation: shifted operand %s must be integer",
                           _gor_compile_describe (c, e->x, tx));
  if (ty && !gor_type_is_integer (gor_type_under (ty))
      && !untyped_not_integer (c, e->y, gor_types_basic (c->types, GOR_TYPE_UINT)))
    _gor_compile_error_at (c, e->y->pos, "invalid operation: shift count %s must be integer",
                           _gor_compile_describe (c, e->y, ty));
  _gor_compile_emit (c,
                     op == GOR_TOKEN_SHL                                  ? GOR_OP_SHL
                     : (tx && gor_type_is_unsigned (gor_type_under (tx))) ? GOR_OP_USHR
                                                                          : GOR_OP_SHR,
                     0, 0, -1);
  if (tx)
    _gor_compile_emit_trunc (c, tx);
  return tx;
}

/* Compiles both operands: an untyped constant takes the other side's type.
 * The constant on the right, if any, in *cy. */
static gboolean
gen_operands (GorCompiler *c, GorAstExpr *e, gboolean cmp, GorType **txp, GorType **typ, ConstVal *cyp,
              gboolean *y_constp)
{
  GorType *tx, *ty;
  ConstVal cx, cy;
  gboolean x_const, y_const;

  x_const = _gor_compile_const_eval (c, e->x, &cx);
  y_const = _gor_compile_const_eval (c, e->y, &cy);
  if (x_const && !y_const && gor_type_is_untyped (cx.type))
    {
      /* The constant takes the other side's type: compile that first. */
      ty = _gor_compile_gen_expr (c, e->y, NULL);
      if (ty == NULL)
        return FALSE;
      tx = ty;
      if (ty->kind == GOR_TYPE_UNTYPED_NIL || !_gor_compile_const_representable (c, &cx, ty, NULL))
        {
          if (gor_type_under (ty)->kind == GOR_TYPE_INTERFACE)
            {
              _gor_compile_push_const (c, &cx, ty);
              tx = ty;
            }
          else
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (cmp ? e->y : e),
                                     "invalid operation: %s (mismatched types %s and %s)",
                                     _gor_compile_expr_str (c, e), _gor_compile_tname (c, cx.type),
                                     _gor_compile_tname (c, ty));
              return FALSE;
            }
        }
      else
        _gor_compile_push_const (c, &cx, ty);
      _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
    }
  else
    {
      tx = _gor_compile_gen_value (c, e->x, NULL);
      if (tx == NULL)
        return FALSE;
      if (y_const && gor_type_is_untyped (cy.type))
        {
          gboolean truncated = FALSE;

          if (tx->kind == GOR_TYPE_UNTYPED_NIL
              || (!_gor_compile_const_representable (c, &cy, tx, &truncated)
                  && gor_type_under (tx)->kind != GOR_TYPE_INTERFACE))
            {
              const char *text = _gor_compile_expr_str (c, e->y);
              const char *val = _gor_compile_const_desc (c, &cy);

              /* a whole value out of range overflows; Go names the value
               * when it spells it otherwise (1e+40) */
              if (gor_type_is_numeric (cy.type) && gor_type_is_numeric (gor_type_under (tx)))
                _gor_compile_error_at (c, e->y->pos, "%s (untyped %s constant%s%s) %s %s", text,
                                       gor_type_is_float (cy.type) ? "float" : "int",
                                       strcmp (text, val) ? " " : "", strcmp (text, val) ? val : "",
                                       truncated ? "truncated to" : "overflows", _gor_compile_tname (c, tx));
              else
                _gor_compile_error_at (c, _gor_compile_expr_start (cmp ? e->y : e),
                                       "invalid operation: %s (mismatched types %s and %s)",
                                       _gor_compile_expr_str (c, e), _gor_compile_tname (c, tx),
                                       _gor_compile_tname (c, cy.type));
              return FALSE;
            }
          _gor_compile_push_const (c, &cy, tx);
          ty = tx;
        }
      else
        {
          ty = _gor_compile_gen_value (c, e->y, tx);
          if (ty == NULL)
            return FALSE;
        }
    }
  *txp = tx;
  *typ = ty;
  *cyp = cy;
  *y_constp = y_const;
  return TRUE;
}

/* x == nil, x != nil */
static GorType *
gen_nil_compare (GorCompiler *c, GorAstExpr *e, gboolean cmp, GorType *tx, GorType *ty)
{
  GorTokenKind op = e->op;

  GorType    *other = tx->kind == GOR_TYPE_UNTYPED_NIL ? ty : tx;
  GorTypeKind k = gor_type_under (other)->kind;

  if (!(op == GOR_TOKEN_EQL || op == GOR_TOKEN_NEQ)
      || !(k == GOR_TYPE_POINTER || (k == GOR_TYPE_SLICE && !gor_type_under (other)->is_array)
           || k == GOR_TYPE_CHAN || k == GOR_TYPE_FUNC || k == GOR_TYPE_MAP || k == GOR_TYPE_INTERFACE))
    {
      if (other->kind == GOR_TYPE_UNTYPED_NIL)
        _gor_compile_error_at (c, _gor_compile_expr_start (e),
                               "invalid operation: %s (operator %s not defined on nil)",
                               _gor_compile_expr_str (c, e), gor_token_kind_to_string (op));
      else
        _gor_compile_error_at (
            c, _gor_compile_expr_start (cmp ? e->y : e), "invalid operation: %s (mismatched types %s and %s)",
            _gor_compile_expr_str (c, e), _gor_compile_tname (c, tx), _gor_compile_tname (c, ty));
      return NULL;
    }
  if (k == GOR_TYPE_SLICE)
    {
      /* A slice header object is nil exactly when len == 0 and it has no array;
       * we keep nil slices as NULL. */
    }
  _gor_compile_emit (c, op == GOR_TOKEN_EQL ? GOR_OP_EQ : GOR_OP_NE, 0, 0, -1);
  return c->t_unt_bool == NULL ? c->t_bool : c->t_bool;
}

/* Operands of different types: an interface compared with a concrete
 * value boxes the value; anything else is a mismatch. */
static gboolean
unify_operands (GorCompiler *c, GorAstExpr *e, gboolean cmp, GorType **txp, GorType **typ)
{
  GorType *tx = *txp, *ty = *typ;

  gboolean ok = FALSE;

  if (cmp
      && (gor_type_under (tx)->kind == GOR_TYPE_INTERFACE || gor_type_under (ty)->kind == GOR_TYPE_INTERFACE))
    {
      /* comparing an interface with a concrete value: box the concrete one */
      if (gor_type_under (ty)->kind != GOR_TYPE_INTERFACE && _gor_compile_assignable (c, ty, tx))
        {
          _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, ty), 0, 0);
          ty = tx;
          ok = TRUE;
        }
      else if (gor_type_under (tx)->kind != GOR_TYPE_INTERFACE && _gor_compile_assignable (c, tx, ty))
        {
          _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
          _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, tx), 0, 0);
          _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
          tx = ty;
          ok = TRUE;
        }
      else
        ok = tx == ty;
    }
  else if (cmp && gor_type_under (tx)->kind == GOR_TYPE_CHAN && gor_type_under (ty)->kind == GOR_TYPE_CHAN
           && (_gor_compile_assignable (c, tx, ty) || _gor_compile_assignable (c, ty, tx)))
    ok = TRUE;
  if (!ok)
    {
      /* Go reports a comparison's mismatch at its second operand */
      _gor_compile_error_at (
          c, _gor_compile_expr_start (cmp ? e->y : e), "invalid operation: %s (mismatched types %s and %s)",
          _gor_compile_expr_str (c, e), _gor_compile_tname (c, tx), _gor_compile_tname (c, ty));
      return FALSE;
    }
  *txp = tx;
  *typ = ty;
  return TRUE;
}

static GorType *
gen_compare (GorCompiler *c, GorAstExpr *e, GorType *tx)
{
  GorTokenKind op = e->op;
  GorType     *t = gor_type_under (tx);

  static const GorOp iops[] = { GOR_OP_EQ, GOR_OP_NE, GOR_OP_LT, GOR_OP_LE, GOR_OP_GT, GOR_OP_GE };
  static const GorOp uops[] = { GOR_OP_EQ, GOR_OP_NE, GOR_OP_ULT, GOR_OP_ULE, GOR_OP_UGT, GOR_OP_UGE };
  static const GorOp fops[] = { GOR_OP_FEQ, GOR_OP_FNE, GOR_OP_FLT, GOR_OP_FLE, GOR_OP_FGT, GOR_OP_FGE };
  static const GorOp sops[] = { GOR_OP_SEQ, GOR_OP_SNE, GOR_OP_SLT, GOR_OP_SLE, GOR_OP_SGT, GOR_OP_SGE };
  int                k = op == GOR_TOKEN_EQL   ? 0
                         : op == GOR_TOKEN_NEQ ? 1
                         : op == GOR_TOKEN_LSS ? 2
                         : op == GOR_TOKEN_LEQ ? 3
                         : op == GOR_TOKEN_GTR ? 4
                                               : 5;
  gboolean           ordered = gor_type_is_numeric (t) || gor_type_is_string (t);

  if (k >= 2 && !ordered)
    {
      _gor_compile_error_at (
          c, _gor_compile_expr_start (e), "invalid operation: %s (operator %s not defined on %s)",
          _gor_compile_expr_str (c, e), gor_token_kind_to_string (op), _gor_compile_kind_name (c, tx));
      return NULL;
    }
  if (!gor_type_comparable (t))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e),
                             "invalid operation: %s (%s can only be compared to nil)",
                             _gor_compile_expr_str (c, e),
                             t->kind == GOR_TYPE_SLICE ? "slice"
                             : t->kind == GOR_TYPE_MAP ? "map"
                                                       : "func");
      return NULL;
    }
  if (gor_type_is_complex (t))
    _gor_compile_emit (c, GOR_OP_MATHLIB, k == 0 ? GOR_M_CEQ : GOR_M_CNE, 0, -1);
  else if (gor_type_is_float (t))
    _gor_compile_emit (c, fops[k], 0, 0, -1);
  else if (gor_type_is_string (t))
    _gor_compile_emit (c, sops[k], 0, 0, -1);
  else if (gor_type_is_unsigned (t))
    _gor_compile_emit (c, uops[k], 0, 0, -1);
  else if (t->kind == GOR_TYPE_INTERFACE)
    {
      _gor_compile_emit (c, GOR_OP_IFACE_EQ, 0, 0, -1);
      if (k == 1)
        _gor_compile_emit (c, GOR_OP_NOT, 0, 0, 0);
    }
  else if (gor_type_is_value_object (t) || t->kind == GOR_TYPE_STRUCT)
    _gor_compile_emit (c, k == 0 ? GOR_OP_VEQ : GOR_OP_VNE, _gor_compile_type_ref (c, tx), 0, -1);
  else if (t->kind == GOR_TYPE_POINTER && !gor_type_is_value_object (gor_type_under (t->elem)))
    _gor_compile_emit (c, GOR_OP_ADDR, 3 + k, 0, -1); /* &a[i] == &a[i] */
  else
    _gor_compile_emit (c, iops[k], 0, 0, -1);
  return c->t_bool;
}

/* + - * / % & | ^ &^ on operands of the type @tx */
static GorType *
gen_arith (GorCompiler *c, GorAstExpr *e, GorType *tx, ConstVal *cy, gboolean y_const)
{
  GorTokenKind op = e->op;
  GorType     *t = gor_type_under (tx);

  if (gor_type_is_string (t))
    {
      if (op != GOR_TOKEN_ADD)
        goto bad_op;
      _gor_compile_emit (c, GOR_OP_SADD, 0, 0, -1);
      return tx;
    }
  if (gor_type_is_complex (t))
    {
      static const GorTokenKind toks[] = { GOR_TOKEN_ADD, GOR_TOKEN_SUB, GOR_TOKEN_MUL, GOR_TOKEN_QUO };

      for (guint i = 0; i < G_N_ELEMENTS (toks); i++)
        if (op == toks[i])
          {
            _gor_compile_emit (c, GOR_OP_MATHLIB, GOR_M_CADD + (gint32) i, t->kind == GOR_TYPE_COMPLEX64, -1);
            return tx;
          }
      goto bad_op;
    }
  if (gor_type_is_float (t))
    {
      switch (op)
        {
        case GOR_TOKEN_ADD: _gor_compile_emit (c, GOR_OP_FADD, 0, 0, -1); break;
        case GOR_TOKEN_SUB: _gor_compile_emit (c, GOR_OP_FSUB, 0, 0, -1); break;
        case GOR_TOKEN_MUL: _gor_compile_emit (c, GOR_OP_FMUL, 0, 0, -1); break;
        case GOR_TOKEN_QUO: _gor_compile_emit (c, GOR_OP_FDIV, 0, 0, -1); break;
        default: goto bad_op;
        }
      _gor_compile_emit_trunc (c, tx);
      return tx;
    }
  if (gor_type_is_integer (t))
    {
      gboolean u = gor_type_is_unsigned (t);

      switch (op)
        {
        case GOR_TOKEN_ADD: _gor_compile_emit (c, GOR_OP_ADD, 0, 0, -1); break;
        case GOR_TOKEN_SUB: _gor_compile_emit (c, GOR_OP_SUB, 0, 0, -1); break;
        case GOR_TOKEN_MUL: _gor_compile_emit (c, GOR_OP_MUL, 0, 0, -1); break;
        case GOR_TOKEN_QUO:
          if (y_const && !gor_type_is_float (cy->type) && cy->v.i == 0)
            _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
          _gor_compile_emit (c, u ? GOR_OP_UDIV : GOR_OP_DIV, 0, 0, -1);
          break;
        case GOR_TOKEN_REM:
          if (y_const && !gor_type_is_float (cy->type) && cy->v.i == 0)
            _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
          _gor_compile_emit (c, u ? GOR_OP_UREM : GOR_OP_REM, 0, 0, -1);
          break;
        case GOR_TOKEN_AND: _gor_compile_emit (c, GOR_OP_AND, 0, 0, -1); break;
        case GOR_TOKEN_OR: _gor_compile_emit (c, GOR_OP_OR, 0, 0, -1); break;
        case GOR_TOKEN_XOR: _gor_compile_emit (c, GOR_OP_XOR, 0, 0, -1); break;
        case GOR_TOKEN_AND_NOT: _gor_compile_emit (c, GOR_OP_ANDNOT, 0, 0, -1); break;
        default: goto bad_op;
        }
      _gor_compile_emit_trunc (c, tx);
      return tx;
    }
bad_op:
  _gor_compile_error_at (c, _gor_compile_expr_start (e), "invalid operation: operator %s not defined on %s",
                         gor_token_kind_to_string (op), _gor_compile_describe (c, e->x, tx));
  return NULL;
}

static GorType *
gen_binary (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  GorTokenKind op = e->op;
  GorType     *tx, *ty;
  ConstVal     cy;
  gboolean     y_const;
  gboolean     cmp = op == GOR_TOKEN_EQL || op == GOR_TOKEN_NEQ || op == GOR_TOKEN_LSS || op == GOR_TOKEN_LEQ
                 || op == GOR_TOKEN_GTR || op == GOR_TOKEN_GEQ;

  if (op == GOR_TOKEN_LAND || op == GOR_TOKEN_LOR)
    return gen_logical (c, e);
  if (op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR)
    return gen_shift (c, e, hint);
  if (!gen_operands (c, e, cmp, &tx, &ty, &cy, &y_const))
    return NULL;
  if (tx->kind == GOR_TYPE_UNTYPED_NIL || ty->kind == GOR_TYPE_UNTYPED_NIL)
    return gen_nil_compare (c, e, cmp, tx, ty);
  if (tx != ty && !unify_operands (c, e, cmp, &tx, &ty))
    return NULL;
  if (cmp)
    return gen_compare (c, e, tx);
  return gen_arith (c, e, tx, &cy, y_const);
}

/* <-x, or v, ok := <-x with @comma_ok: the element's type, or NULL after
 * Go's error for what cannot be received from. */
static GorType *
gen_receive (GorCompiler *c, GorAstExpr *e, gboolean comma_ok)
{
  GorType *t = _gor_compile_gen_expr (c, e->x, NULL);

  if (t == NULL)
    return NULL;
  if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e->x),
                             "invalid operation: cannot receive from non-channel %s",
                             _gor_compile_describe (c, e->x, t));
      return NULL;
    }
  if (gor_type_under (t)->dir == GOR_CHAN_SEND_ONLY)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e->x),
                             "invalid operation: cannot receive from send-only channel %s",
                             _gor_compile_describe (c, e->x, t));
      return NULL;
    }
  if (comma_ok)
    _gor_compile_emit (c, GOR_OP_RECV, 0, 1, 1);
  else
    _gor_compile_emit (c, GOR_OP_RECV, 0, 0, 0);
  return gor_type_under (t)->elem;
}

static GorType *
gen_unary (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  GorType *t;

  switch (e->op)
    {
    case GOR_TOKEN_ARROW: return gen_receive (c, e, FALSE);
    case GOR_TOKEN_AND:
      {
        GorAstExpr *x = e->x;

        while (x && x->kind == GOR_EXPR_PAREN)
          x = x->x;
        if (x && x->kind == GOR_EXPR_COMPOSITE_LIT)
          {
            t = gen_composite (
                c, x,
                hint && gor_type_under (hint)->kind == GOR_TYPE_POINTER ? gor_type_under (hint)->elem : NULL);
            if (t && !gor_type_is_value_object (t))
              _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
            return t ? gor_types_pointer (c->types, t) : NULL;
          }
        return _gor_compile_gen_addr (c, e);
      }
    default: break;
    }

  t = _gor_compile_gen_value (c, e->x, hint);
  if (t == NULL)
    return NULL;
  switch (e->op)
    {
    case GOR_TOKEN_ADD:
      if (!gor_type_is_numeric (gor_type_under (t)) && !gor_type_is_complex (gor_type_under (t)))
        break;
      return t;
    case GOR_TOKEN_SUB:
      if (gor_type_is_complex (gor_type_under (t)))
        _gor_compile_emit (c, GOR_OP_MATHLIB, GOR_M_CNEG, gor_type_under (t)->kind == GOR_TYPE_COMPLEX64, 0);
      else if (gor_type_is_float (gor_type_under (t)))
        _gor_compile_emit (c, GOR_OP_FNEG, 0, 0, 0);
      else if (gor_type_is_integer (gor_type_under (t)))
        {
          _gor_compile_emit (c, GOR_OP_NEG, 0, 0, 0);
          _gor_compile_emit_trunc (c, t);
        }
      else
        break;
      return t;
    case GOR_TOKEN_NOT:
      if (!gor_type_is_bool (gor_type_under (t)))
        break;
      _gor_compile_emit (c, GOR_OP_NOT, 0, 0, 0);
      return t;
    case GOR_TOKEN_XOR:
      if (!gor_type_is_integer (gor_type_under (t)))
        break;
      _gor_compile_emit (c, GOR_OP_BITNOT, 0, 0, 0);
      _gor_compile_emit_trunc (c, t);
      return t;
    default: break;
    }
  _gor_compile_error_at (c, _gor_compile_expr_start (e->x),
                         "invalid operation: operator %s not defined on %s", gor_token_kind_to_string (e->op),
                         _gor_compile_describe (c, e->x, t));
  return NULL;
}

static int field_of (GorCompiler *c, GorAstExpr *e, GorType *t, GorType **ft);

/* &x.f where f is a field of type @want: pushes x's struct and returns
 * f's index; -1 (and nothing pushed) when @e is something else. */
int
_gor_compile_gen_field_addr (GorCompiler *c, GorAstExpr *e, GorType *want)
{
  GorAstExpr *x = e;
  GorType    *ft = NULL;
  int         idx, depth;
  guint       mark;

  while (x->kind == GOR_EXPR_PAREN)
    x = x->x;
  if (x->kind != GOR_EXPR_UNARY || x->op != GOR_TOKEN_AND || x->x == NULL)
    return -1;
  x = x->x;
  while (x->kind == GOR_EXPR_PAREN)
    x = x->x;
  if (x->kind != GOR_EXPR_SELECTOR || x->x == NULL || _gor_compile_expr_as_type (c, x->x) != NULL)
    return -1;
  if (x->x->kind == GOR_EXPR_IDENT)
    {
      Sym *pkg = _gor_compile_lookup (c, x->x->name);

      if (pkg && pkg->kind == SYM_PKG)
        return -1;
    }
  mark = c->fn->func->code->len;
  depth = c->fn->depth;
  idx = _gor_compile_gen_field_base (c, x, &ft);
  if (idx >= 0 && ft == want)
    return idx;
  /* not such a field: take the code back, the caller compiles &x.f */
  g_array_set_size (c->fn->func->code, mark);
  g_array_set_size (c->fn->func->lines, MIN (c->fn->func->lines->len, mark));
  c->fn->depth = depth;
  return -1;
}

/* x.f on a struct or pointer to struct: pushes the object, returns the
 * field index (or -1) and its type in @ft. */
int
_gor_compile_gen_field_base (GorCompiler *c, GorAstExpr *e, GorType **ft)
{
  GorType *t = _gor_compile_gen_expr (c, e->x, NULL);

  c->field_base = t;
  if (t == NULL)
    return -1;
  return field_of (c, e, t, ft);
}

/* The field x.f of x (of type @t, on the stack), through embedded fields
 * down to the struct that has it. */
static int
field_of (GorCompiler *c, GorAstExpr *e, GorType *t, GorType **ft)
{
  GorType *st;
  int      idx;

  st = gor_type_under (t);
  if (st->kind == GOR_TYPE_POINTER)
    st = gor_type_under (st->elem);
  idx = st->kind == GOR_TYPE_STRUCT ? gor_type_field_index (st, e->name) : -1;
  if (idx < 0 && st->kind == GOR_TYPE_STRUCT)
    {
      GorPromoted pr;
      gboolean    ambiguous;

      if (_gor_compile_find_promoted (c, t, e->name, &pr, &ambiguous) && pr.field >= 0)
        {
          GorType *ht = gor_type_under (_gor_compile_emit_promoted_path (c, &pr));

          if (ht->kind == GOR_TYPE_POINTER)
            ht = gor_type_under (ht->elem);
          *ft = ((GorField *) g_ptr_array_index (ht->fields, pr.field))->type;
          return pr.field;
        }
      if (ambiguous)
        {
          _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, e), "ambiguous selector %s",
                                 _gor_compile_expr_str (c, e));
          return -1;
        }
    }
  if (idx < 0 && _gor_compile_refuse_io_method (c, e, t))
    return -1;
  if (idx < 0)
    {
      _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, e),
                             "%s undefined (type %s has no field or method %s)", _gor_compile_expr_str (c, e),
                             _gor_compile_tname (c, t), e->name);
      return -1;
    }
  *ft = ((GorField *) g_ptr_array_index (st->fields, idx))->type;
  return idx;
}

static GorType *
gen_selector (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  GorType    *ft = NULL, *t;
  GorPromoted pr;
  gboolean    ambiguous;
  int         idx;

  (void) hint;
  if (e->x && e->x->kind == GOR_EXPR_IDENT)
    {
      Sym *pkg = _gor_compile_lookup (c, e->x->name);

      if (pkg && pkg->kind == SYM_PKG)
        {
          return _gor_compile_gen_package_member (c, e, pkg);
        }
    }
  /* T.M, (*T).M: a method expression */
  if (e->x && (t = _gor_compile_expr_as_type (c, e->x)) != NULL)
    return _gor_compile_gen_method_expr (c, e, t);
  t = _gor_compile_gen_expr (c, e->x, NULL);
  c->field_base = t;
  if (t == NULL)
    return NULL;
  /* x.M without a call: a method value */
  if (_gor_compile_find_promoted (c, t, e->name, &pr, &ambiguous) && pr.field < 0)
    return _gor_compile_gen_method_value (c, e, t, &pr);
  /* x.M of a library type that does not list M */
  if (!ambiguous && _gor_compile_gen_library_method_value (c, e, t, &ft))
    return ft;
  idx = field_of (c, e, t, &ft);
  if (idx < 0)
    return NULL;
  _gor_compile_emit (c, GOR_OP_FIELD, idx, 0, 0);
  return ft;
}

/* A constant index of an array must be inside it. */
void
_gor_compile_check_array_index (GorCompiler *c, GorAstExpr *idx, GorType *u)
{
  ConstVal cv;

  if (idx && _gor_compile_const_eval (c, idx, &cv) && gor_type_is_integer (cv.type) && !cv.big
      && cv.v.i >= u->len)
    _gor_compile_error_at (c, _gor_compile_expr_start (idx),
                           "invalid argument: index %s out of bounds [0:%" G_GINT64_FORMAT "]",
                           _gor_compile_expr_str (c, idx), u->len);
}

/* A constant index must not be negative (Go checks it when compiling). */
static void
check_const_index (GorCompiler *c, GorAstExpr *idx)
{
  ConstVal cv;

  if (idx && _gor_compile_const_eval (c, idx, &cv) && gor_type_is_integer (cv.type) && !cv.big && cv.v.i < 0)
    _gor_compile_error_at (c, _gor_compile_expr_start (idx),
                           "invalid argument: index %s (constant of type int) must not be negative",
                           _gor_compile_expr_str (c, idx));
}

static GorType *
gen_index (GorCompiler *c, GorAstExpr *e, gboolean comma_ok)
{
  gboolean generic;
  GorType *t = _gor_compile_generic_value (c, e, &generic), *u;

  if (generic)
    return t;
  t = _gor_compile_gen_expr (c, e->x, NULL);

  if (t == NULL)
    return NULL;
  t = _gor_compile_deref_array (t);
  u = gor_type_under (t);
  if (u->kind == GOR_TYPE_SLICE || gor_type_is_string (u))
    check_const_index (c, e->y);
  if (u->is_array)
    _gor_compile_check_array_index (c, e->y, u);
  if (u->kind == GOR_TYPE_SLICE)
    {
      GorType *it = _gor_compile_gen_value (c, e->y, c->t_int);

      if (it && !gor_type_is_integer (gor_type_under (it)) && !untyped_not_integer (c, e->y, c->t_int))
        _gor_compile_error_at (c, e->y->pos, "invalid argument: index %s must be integer",
                               _gor_compile_describe (c, e->y, it));
      _gor_compile_emit (c, GOR_OP_INDEX, 0, 0, -1);
      return u->elem;
    }
  if (gor_type_is_string (u))
    {
      GorType *it = _gor_compile_gen_value (c, e->y, c->t_int);

      if (it && !gor_type_is_integer (gor_type_under (it)) && !untyped_not_integer (c, e->y, c->t_int))
        _gor_compile_error_at (c, e->y->pos, "invalid argument: index %s must be integer",
                               _gor_compile_describe (c, e->y, it));
      _gor_compile_emit (c, GOR_OP_STR_INDEX, 0, 0, -1);
      return c->t_byte;
    }
  if (u->kind == GOR_TYPE_MAP)
    {
      _gor_compile_gen_expr_to (c, e->y, u->key, "map index");
      if (comma_ok)
        {
          _gor_compile_emit (c, GOR_OP_MAP_GET_OK, _gor_compile_type_ref (c, t), 0, 0);
          return u->elem;
        }
      _gor_compile_emit (c, GOR_OP_MAP_GET, _gor_compile_type_ref (c, t), 0, -1);
      return u->elem;
    }
  _gor_compile_error_at (c, _gor_ast_expr_go_pos (e), "invalid operation: cannot index %s",
                         _gor_compile_describe (c, e->x, t));
  return NULL;
}

static GorType *
gen_slice_expr (GorCompiler *c, GorAstExpr *e)
{
  GorType *t = _gor_compile_gen_expr (c, e->x, NULL), *u;
  int      flags = 0;

  if (t == NULL)
    return NULL;
  t = _gor_compile_deref_array (t);
  u = gor_type_under (t);
  if (u->is_array)
    t = gor_types_slice (c->types, u->elem); /* a[i:j] is a slice of a's storage */
  if (u->kind != GOR_TYPE_SLICE && !gor_type_is_string (u))
    {
      _gor_compile_error_at (c, e->pos, "cannot slice %s", _gor_compile_describe (c, e->x, t));
      return NULL;
    }
  check_const_index (c, e->y);
  check_const_index (c, e->z);
  check_const_index (c, e->w);
  if (e->y)
    _gor_compile_gen_expr_to (c, e->y, c->t_int, "slice index"), flags |= 1;
  if (e->z)
    _gor_compile_gen_expr_to (c, e->z, c->t_int, "slice index"), flags |= 2;
  if (e->w)
    _gor_compile_gen_expr_to (c, e->w, c->t_int, "slice index"), flags |= 4;
  _gor_compile_emit (c, gor_type_is_string (u) ? GOR_OP_STR_SLICE : GOR_OP_SLICE, 0, flags,
                     -(!!(flags & 1) + !!(flags & 2) + !!(flags & 4)));
  return t->kind == GOR_TYPE_UNTYPED_STRING ? c->t_string : t;
}

GorType *
_gor_compile_gen_expr (GorCompiler *c, GorAstExpr *e, GorType *hint)
{
  ConstVal cv;

  if (e == NULL)
    return NULL;
  c->line = e->pos.line ? e->pos.line : c->line;
  if (c->order_kept && c->order_kept->len > 0)
    {
      GorType *t = _gor_compile_order_kept (c, e);

      if (t)
        return t;
    }
  if (e->kind != GOR_EXPR_IDENT && e->kind != GOR_EXPR_CALL && _gor_compile_const_eval (c, e, &cv))
    {
      GorType *t = gor_type_is_untyped (cv.type) ? gor_type_default (c->types, cv.type) : cv.type;

      if (hint && gor_type_is_untyped (cv.type) && !gor_type_is_untyped (hint)
          && gor_type_under (hint)->kind != GOR_TYPE_INTERFACE
          && _gor_compile_const_representable (c, &cv, hint, NULL))
        t = hint;
      if (_gor_compile_const_overflows (c, e, &cv, t, "expression"))
        return NULL;
      _gor_compile_push_const (c, &cv, t);
      return t;
    }
  switch (e->kind)
    {
    case GOR_EXPR_IDENT:
      if (_gor_compile_const_eval (c, e, &cv))
        {
          GorType *t = gor_type_is_untyped (cv.type) ? gor_type_default (c->types, cv.type) : cv.type;

          if (hint && gor_type_is_untyped (cv.type) && !gor_type_is_untyped (hint)
              && gor_type_under (hint)->kind != GOR_TYPE_INTERFACE
              && _gor_compile_const_representable (c, &cv, hint, NULL))
            t = hint;
          if (_gor_compile_const_overflows (c, e, &cv, t, "expression"))
            return NULL;
          _gor_compile_push_const (c, &cv, t);
          return t;
        }
      return gen_ident (c, e, hint);
    case GOR_EXPR_PAREN: return _gor_compile_gen_expr (c, e->x, hint);
    case GOR_EXPR_FUNC_LIT: return gen_func_lit (c, e);
    case GOR_EXPR_COMPOSITE_LIT: return gen_composite (c, e, hint);
    case GOR_EXPR_BINARY: return gen_binary (c, e, hint);
    case GOR_EXPR_UNARY: return gen_unary (c, e, hint);
    case GOR_EXPR_SELECTOR: return gen_selector (c, e, hint);
    case GOR_EXPR_INDEX: return gen_index (c, e, FALSE);
    case GOR_EXPR_SLICE: return gen_slice_expr (c, e);
    case GOR_EXPR_CALL: return _gor_compile_gen_call (c, e, TRUE);
    case GOR_EXPR_STAR:
      {
        GorType *t = _gor_compile_gen_expr (c, e->x, NULL);

        if (t == NULL)
          return NULL;
        if (gor_type_under (t)->kind != GOR_TYPE_POINTER)
          {
            _gor_compile_error_at (c, _gor_compile_expr_start (e->x), "invalid operation: cannot indirect %s",
                                   _gor_compile_describe (c, e->x, t));
            return NULL;
          }
        if (gor_type_is_value_object (gor_type_under (t)->elem))
          _gor_compile_emit (c, GOR_OP_LOAD_PTR, 1, 0, 0);
        else
          _gor_compile_emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
        return gor_type_under (t)->elem;
      }
    case GOR_EXPR_TYPE_ASSERT:
      {
        GorType *t = _gor_compile_gen_expr (c, e->x, NULL), *to;

        if (t == NULL)
          return NULL;
        if (e->y == NULL)
          {
            _gor_compile_error_at (c, e->pos, "invalid syntax tree: use of .(type) outside type switch");
            return NULL;
          }
        to = _gor_compile_resolve_type (c, e->y);
        if (gor_type_under (t)->kind != GOR_TYPE_INTERFACE)
          {
            _gor_compile_error_at (c, e->x->pos, "invalid operation: %s is not an interface",
                                   _gor_compile_describe (c, e->x, t));
            return NULL;
          }
        {
          /* the panic names x's static type when its type_ref fits in b */
          int from = _gor_compile_type_ref (c, t);

          _gor_compile_emit (c, GOR_OP_ASSERT, _gor_compile_type_ref (c, to),
                             from + 2 <= G_MAXUINT16 ? from + 2 : 0, 0);
        }
        return to;
      }
    case GOR_EXPR_KEY_VALUE:
      _gor_compile_error_at (c, e->pos, "unexpected key:value expression");
      return NULL;
    case GOR_EXPR_ARRAY_TYPE:
    case GOR_EXPR_CHAN_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_INTERFACE_TYPE:
    case GOR_EXPR_MAP_TYPE:
      _gor_compile_error_at (c, e->pos, "%s (type) is not an expression", _gor_compile_expr_str (c, e));
      return NULL;
    default: _gor_compile_error_at (c, e->pos, "invalid expression"); return NULL;
    }
}

GorType *
_gor_compile_gen_comma_ok (GorCompiler *c, GorAstExpr *e, gboolean *ok)
{
  while (e->kind == GOR_EXPR_PAREN)
    e = e->x;
  *ok = TRUE;
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_ARROW)
    return gen_receive (c, e, TRUE);
  if (e->kind == GOR_EXPR_INDEX)
    {
      GorType *t = _gor_compile_gen_expr (c, e->x, NULL);

      if (t && gor_type_under (t)->kind == GOR_TYPE_MAP)
        {
          _gor_compile_gen_expr_to (c, e->y, gor_type_under (t)->key, "map index");
          _gor_compile_emit (c, GOR_OP_MAP_GET_OK, _gor_compile_type_ref (c, t), 0, 0);
          return gor_type_under (t)->elem;
        }
      *ok = FALSE;
      if (t)
        _gor_compile_error_at (c, e->pos, "assignment mismatch: 2 variables but 1 value");
      return NULL;
    }
  if (e->kind == GOR_EXPR_TYPE_ASSERT && e->y)
    {
      GorType *t = _gor_compile_gen_expr (c, e->x, NULL), *to;

      if (t == NULL)
        return NULL;
      to = _gor_compile_resolve_type (c, e->y);
      _gor_compile_emit (c, GOR_OP_ASSERT, _gor_compile_type_ref (c, to), 1, 1);
      return to;
    }
  *ok = FALSE;
  return NULL;
}

void
_gor_compile_gen_cond (GorCompiler *c, GorAstExpr *x, const char *what)
{
  GorType *t = _gor_compile_gen_value (c, x, c->t_bool);

  if (t && !gor_type_is_bool (gor_type_under (t)))
    _gor_compile_error_at (c, _gor_compile_expr_start (x), "non-boolean condition in %s statement", what);
}
