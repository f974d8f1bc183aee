/* gor-compile-addr.c — &x of an addressable operand
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A pointer to a struct, an array or a sync value is the object itself.
 * A pointer to anything else is a box when it points to a variable of the
 * function (the variable lives in that box), and a reference (ADDR) when
 * it points to an element of an array or a slice, a field of a struct or
 * a package variable: the runtime keeps the object that holds the cell.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static GorAstExpr *
unparen (GorAstExpr *x)
{
  while (x && x->kind == GOR_EXPR_PAREN)
    x = x->x;
  return x;
}

static GorType *
addr_of_var (GorCompiler *c, GorAstExpr *e, Sym *sym)
{
  sym->used = TRUE;
  if (gor_type_is_value_object (sym->type))
    {
      _gor_compile_load_sym (c, sym, e->x->pos);
      return gor_types_pointer (c->types, sym->type);
    }
  if (sym->owner == NULL)
    {
      if (sym->slot > G_MAXUINT16)
        {
          _gor_compile_unsupported (c, e->pos, "more than %d package variables", G_MAXUINT16);
          return NULL;
        }
      _gor_compile_emit (c, GOR_OP_ADDR, 2, (guint16) sym->slot, 1);
      return gor_types_pointer (c->types, sym->type);
    }
  if (sym->owner == c->fn)
    _gor_compile_emit (c, GOR_OP_LOCAL, sym->slot, 0, 1);
  else
    _gor_compile_emit (c, GOR_OP_UPVAL_RAW, _gor_compile_upval_index (c, c->fn, sym), 0, 1);
  return gor_types_pointer (c->types, sym->type);
}

/* &x[i]: x an array (or a pointer to one) or a slice */
static GorType *
addr_of_index (GorCompiler *c, GorAstExpr *e, GorAstExpr *x)
{
  GorType *t = _gor_compile_gen_expr (c, x->x, NULL), *u;

  if (t == NULL)
    return NULL;
  t = _gor_compile_deref_array (t);
  u = gor_type_under (t);
  if (u->kind != GOR_TYPE_SLICE)
    {
      const char *what = u->kind == GOR_TYPE_MAP ? "map index expression" : "value";
      GorType    *et = u->kind == GOR_TYPE_MAP ? u->elem : gor_type_is_string (u) ? c->t_byte : t;

      _gor_compile_error_at (c, e->pos, "invalid operation: cannot take address of %s (%s of type %s)",
                             _gor_compile_expr_str (c, x), what, _gor_compile_tname (c, et));
      return NULL;
    }
  if (u->is_array)
    _gor_compile_check_array_index (c, x->y, u);
  _gor_compile_gen_expr_to (c, x->y, c->t_int, "index");
  if (gor_type_is_value_object (u->elem))
    _gor_compile_emit (c, GOR_OP_INDEX, 0, 0, -1);
  else
    _gor_compile_emit (c, GOR_OP_ADDR, 0, 0, -1);
  return gor_types_pointer (c->types, u->elem);
}

/* &x.f: a field of a struct, or of a struct a pointer points to */
static GorType *
addr_of_field (GorCompiler *c, GorAstExpr *x)
{
  GorType *ft = NULL;
  int      idx = _gor_compile_gen_field_base (c, x, &ft);

  if (idx < 0 || ft == NULL)
    return NULL;
  if (idx > G_MAXUINT16)
    {
      _gor_compile_unsupported (c, x->pos, "structs of more than %d fields", G_MAXUINT16);
      return NULL;
    }
  _gor_compile_emit (c, gor_type_is_value_object (ft) ? GOR_OP_FIELD : GOR_OP_ADDR,
                     gor_type_is_value_object (ft) ? idx : 1,
                     gor_type_is_value_object (ft) ? 0 : (guint16) idx, 0);
  return gor_types_pointer (c->types, ft);
}

/* &x for @e, the unary & whose operand is not a composite literal. */
GorType *
_gor_compile_gen_addr (GorCompiler *c, GorAstExpr *e)
{
  GorAstExpr *x = unparen (e->x);
  GorType    *t;

  if (x == NULL)
    return NULL;
  if (x->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, x->name);

      if (sym && sym->kind == SYM_VAR)
        return addr_of_var (c, e, sym);
    }
  if (x->kind == GOR_EXPR_INDEX && x->x != NULL && x->y != NULL
      && _gor_compile_expr_as_type (c, x->x) == NULL)
    return addr_of_index (c, e, x);
  if (x->kind == GOR_EXPR_SELECTOR && x->x != NULL && _gor_compile_expr_as_type (c, x->x) == NULL)
    {
      GorAstExpr *bx = unparen (x->x);
      Sym        *pkg = bx->kind == GOR_EXPR_IDENT ? _gor_compile_lookup (c, bx->name) : NULL;

      if (pkg == NULL || pkg->kind != SYM_PKG)
        return addr_of_field (c, x);
      _gor_compile_unsupported (c, e->pos,
                                "taking the address of %s: the variables of Go's packages are not "
                                "modelled; use a variable of the program",
                                _gor_compile_expr_str (c, x));
      return NULL;
    }
  if (x->kind == GOR_EXPR_STAR)
    {
      /* &*p is p (after the check that p is a pointer) */
      t = _gor_compile_gen_expr (c, x->x, NULL);
      if (t != NULL && gor_type_under (t)->kind != GOR_TYPE_POINTER)
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (x->x), "invalid operation: cannot indirect %s",
                                 _gor_compile_describe (c, x->x, t));
          return NULL;
        }
      return t;
    }
  t = _gor_compile_gen_expr (c, x, NULL);
  if (t == NULL)
    return NULL;
  if (gor_type_is_value_object (t))
    return gor_types_pointer (c->types, t);
  _gor_compile_error_at (c, e->pos, "invalid operation: cannot take address of %s",
                         _gor_compile_describe (c, x, t));
  return NULL;
}

/* x.m() where m has a pointer receiver and x, of a type that is not a
 * struct, is an element, a field or a package variable: the call is
 * (&x).m(), so the code that loaded x's value (from @mark, at stack
 * depth @depth) is taken back and x's address is loaded instead.
 * Returns the receiver's type, *T when it did. */
GorType *
_gor_compile_recv_addr (GorCompiler *c, GorAstExpr *sel, GorType *t, guint mark, int depth)
{
  GorAstExpr *x = unparen (sel->x), amp;
  GorMethod  *m;
  GorType    *pt;
  Sym        *sym;

  if (x == NULL || gor_type_under (t)->kind == GOR_TYPE_POINTER
      || gor_type_is_value_object (gor_type_under (t)))
    return t;
  m = gor_type_lookup_method (t, sel->name);
  if (m == NULL || !m->ptr_recv)
    return t;
  sym = x->kind == GOR_EXPR_IDENT ? _gor_compile_lookup (c, x->name) : NULL;
  if (!(x->kind == GOR_EXPR_INDEX || x->kind == GOR_EXPR_SELECTOR
        || (sym != NULL && sym->kind == SYM_VAR && (sym->owner == NULL || sym->boxed))))
    return t;
  g_array_set_size (c->fn->func->code, mark);
  g_array_set_size (c->fn->func->lines, MIN (c->fn->func->lines->len, mark));
  c->fn->depth = depth;
  memset (&amp, 0, sizeof amp);
  amp.kind = GOR_EXPR_UNARY;
  amp.op = GOR_TOKEN_AND;
  amp.pos = x->pos;
  amp.x = x;
  pt = _gor_compile_gen_addr (c, &amp);
  return pt != NULL ? pt : t;
}

/* The key under which the walk for captured variables notes that @name
 * is the receiver of a method call. */
const char *
_gor_compile_recv_key (const char *name)
{
  g_autofree char *key = g_strconcat (" recv ", name, NULL);

  return g_intern_string (key);
}

/* A local variable of a type that is not a struct but has methods with a
 * pointer receiver, called as x.m(): x lives in a box, so that the call
 * can take its address, as Go's (&x).m() does. */
gboolean
_gor_compile_recv_boxed (GorCompiler *c, const char *name, GorType *t)
{
  gboolean ptr_methods = FALSE;

  if (t == NULL || t->methods == NULL || gor_type_is_value_object (gor_type_under (t))
      || gor_type_under (t)->kind == GOR_TYPE_POINTER)
    return FALSE;
  for (guint i = 0; i < t->methods->len; i++)
    if (((GorMethod *) g_ptr_array_index (t->methods, i))->ptr_recv)
      ptr_methods = TRUE;
  return ptr_methods && g_hash_table_contains (c->fn->captured, _gor_compile_recv_key (name));
}
