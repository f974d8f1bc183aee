/* gor-scope.c — scopes, symbols and the universe
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"
#include "gor-golib-private.h"

Scope *
_gor_compile_scope_push (GorCompiler *c, Fn *fn)
{
  Scope *s = g_new0 (Scope, 1);

  s->parent = c->scope;
  s->syms = g_hash_table_new (g_str_hash, g_str_equal);
  s->order = g_ptr_array_new ();
  s->fn = fn;
  c->scope = s;
  return s;
}

void
_gor_compile_scope_pop (GorCompiler *c)
{
  Scope *s = c->scope;

  for (guint i = 0; i < s->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (s->order, i);

      if (sym->kind == SYM_VAR && sym->owner != NULL && !sym->used && !sym->is_param
          && strcmp (sym->name, "_") != 0)
        _gor_compile_error_at (c, sym->pos, "declared and not used: %s", sym->name);
    }
  c->scope = s->parent;
  g_hash_table_unref (s->syms);
  g_ptr_array_unref (s->order);
  g_free (s);
}

Sym *
_gor_compile_sym_new (GorCompiler *c, SymKind kind, const char *name, GorPos pos)
{
  Sym *sym = _gor_compile_keep (c, g_new0 (Sym, 1), g_free);

  sym->kind = kind;
  sym->name = name;
  sym->pos = pos;
  sym->slot = -1;
  sym->func = -1;
  return sym;
}

Sym *
_gor_compile_declare (GorCompiler *c, Scope *s, Sym *sym)
{
  Sym *old;

  if (strcmp (sym->name, "_") == 0)
    return sym;
  old = g_hash_table_lookup (s->syms, sym->name);
  if (old != NULL)
    {
      _gor_compile_error_at (c, sym->pos, "%s redeclared in this block", sym->name);
      return sym;
    }
  g_hash_table_insert (s->syms, (gpointer) sym->name, sym);
  g_ptr_array_add (s->order, sym);
  return sym;
}

Sym *
_gor_compile_lookup (GorCompiler *c, const char *name)
{
  for (Scope *s = c->scope; s; s = s->parent)
    {
      Sym *sym = g_hash_table_lookup (s->syms, name);

      if (sym)
        return sym;
    }
  /* in a library written in Go, its other functions (gor-golib.c) */
  return c->golib ? _gor_golib_lookup (c, name) : NULL;
}

static void
walk_expr (GorAstExpr *e, int depth, WalkFunc f, gpointer data, int level)
{
  if (e == NULL || level > 2000)
    return;
  f (e, depth, data);
  walk_expr (e->x, depth, f, data, level + 1);
  walk_expr (e->y, depth, f, data, level + 1);
  walk_expr (e->z, depth, f, data, level + 1);
  walk_expr (e->w, depth, f, data, level + 1);
  for (guint i = 0; e->list && i < e->list->len; i++)
    walk_expr (g_ptr_array_index (e->list, i), depth, f, data, level + 1);
  if (e->kind == GOR_EXPR_FUNC_LIT)
    _gor_compile_walk_stmt (e->body, depth + 1, f, data, level + 1);
}

static void
walk_list (GPtrArray *list, gboolean stmts, int depth, WalkFunc f, gpointer data, int level)
{
  for (guint i = 0; list && i < list->len; i++)
    {
      if (stmts)
        _gor_compile_walk_stmt (g_ptr_array_index (list, i), depth, f, data, level + 1);
      else
        walk_expr (g_ptr_array_index (list, i), depth, f, data, level + 1);
    }
}

void
_gor_compile_walk_stmt (GorAstStmt *s, int depth, WalkFunc f, gpointer data, int level)
{
  if (s == NULL || level > 2000)
    return;
  if (s->kind == GOR_STMT_RANGE && s->info == RANGE_FUNC_STMT)
    {
      /* the body is a function of its own (gor-rangefunc.c), which
       * assigns to the variables of `k, v = range f` */
      int inner = s->tok == GOR_TOKEN_DEFINE ? depth : depth + 1;

      walk_expr (s->x, depth, f, data, level);
      walk_expr (s->key, inner, f, data, level);
      walk_expr (s->value, inner, f, data, level);
      _gor_compile_walk_stmt (s->body, depth + 1, f, data, level + 1);
      return;
    }
  walk_expr (s->x, depth, f, data, level);
  walk_expr (s->y, depth, f, data, level);
  walk_expr (s->key, depth, f, data, level);
  walk_expr (s->value, depth, f, data, level);
  walk_list (s->lhs, FALSE, depth, f, data, level);
  walk_list (s->rhs, FALSE, depth, f, data, level);
  walk_list (s->list, TRUE, depth, f, data, level);
  _gor_compile_walk_stmt (s->init, depth, f, data, level + 1);
  _gor_compile_walk_stmt (s->post, depth, f, data, level + 1);
  _gor_compile_walk_stmt (s->assign, depth, f, data, level + 1);
  _gor_compile_walk_stmt (s->comm, depth, f, data, level + 1);
  _gor_compile_walk_stmt (s->body, depth, f, data, level + 1);
  _gor_compile_walk_stmt (s->else_, depth, f, data, level + 1);
  if (s->decl && s->decl->specs)
    for (guint i = 0; i < s->decl->specs->len; i++)
      {
        GorAstSpec *sp = g_ptr_array_index (s->decl->specs, i);

        walk_list (sp->values, FALSE, depth, f, data, level);
      }
}

void
_gor_compile_capture_cb (GorAstExpr *e, int depth, gpointer data)
{
  GHashTable *names = data;

  if (depth > 0 && e->kind == GOR_EXPR_IDENT && e->name)
    g_hash_table_add (names, (gpointer) e->name);
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_AND && e->x)
    {
      GorAstExpr *x = e->x;

      while (x->kind == GOR_EXPR_PAREN && x->x)
        x = x->x;
      if (x->kind == GOR_EXPR_IDENT && x->name)
        g_hash_table_add (names, (gpointer) x->name);
    }
  /* x.m(…): x may need a box for a pointer method (_gor_compile_recv_boxed) */
  if (e->kind == GOR_EXPR_CALL && e->x && e->x->kind == GOR_EXPR_SELECTOR && e->x->x
      && e->x->x->kind == GOR_EXPR_IDENT && e->x->x->name)
    g_hash_table_add (names, (gpointer) _gor_compile_recv_key (e->x->x->name));
}

gboolean
_gor_compile_has_defer_stmt (GorAstStmt *s, int level)
{
  if (s == NULL || level > 2000)
    return FALSE;
  if (s->kind == GOR_STMT_DEFER)
    return TRUE;
  for (guint i = 0; s->list && i < s->list->len; i++)
    if (_gor_compile_has_defer_stmt (g_ptr_array_index (s->list, i), level + 1))
      return TRUE;
  return _gor_compile_has_defer_stmt (s->body, level + 1) || _gor_compile_has_defer_stmt (s->else_, level + 1)
         || _gor_compile_has_defer_stmt (s->init, level + 1);
}

static void
universe_type (GorCompiler *c, const char *name, GorType *t)
{
  Sym *sym = _gor_compile_sym_new (c, SYM_TYPE, name, (GorPos){ 0, 0 });

  sym->type = t;
  _gor_compile_declare (c, c->universe, sym);
}

void
_gor_compile_setup_universe (GorCompiler *c)
{
  static const char *const builtins[] = {
    [B_LEN] = "len",     [B_CAP] = "cap",       [B_APPEND] = "append",   [B_MAKE] = "make",
    [B_CLOSE] = "close", [B_PANIC] = "panic",   [B_RECOVER] = "recover", [B_NEW] = "new",
    [B_COPY] = "copy",   [B_DELETE] = "delete", [B_PRINT] = "print",     [B_PRINTLN] = "println",
    [B_MIN] = "min",     [B_MAX] = "max",       [B_CLEAR] = "clear",     [B_COMPLEX] = "complex",
    [B_REAL] = "real",   [B_IMAG] = "imag",
  };
  GorTypes *ty = c->types;
  Sym      *sym;

  c->t_int = gor_types_basic (ty, GOR_TYPE_INT);
  c->t_bool = gor_types_basic (ty, GOR_TYPE_BOOL);
  c->t_string = gor_types_basic (ty, GOR_TYPE_STRING);
  c->t_float = gor_types_basic (ty, GOR_TYPE_FLOAT64);
  c->t_byte = gor_types_basic (ty, GOR_TYPE_UINT8);
  c->t_rune = gor_types_basic (ty, GOR_TYPE_INT32);
  c->t_int64 = gor_types_basic (ty, GOR_TYPE_INT64);
  c->t_unt_int = gor_types_basic (ty, GOR_TYPE_UNTYPED_INT);
  c->t_unt_float = gor_types_basic (ty, GOR_TYPE_UNTYPED_FLOAT);
  c->t_unt_bool = gor_types_basic (ty, GOR_TYPE_UNTYPED_BOOL);
  c->t_unt_string = gor_types_basic (ty, GOR_TYPE_UNTYPED_STRING);
  c->t_unt_rune = gor_types_basic (ty, GOR_TYPE_UNTYPED_RUNE);
  c->t_nil = gor_types_basic (ty, GOR_TYPE_UNTYPED_NIL);
  c->t_error = gor_types_error (ty);
  c->t_any = gor_types_any (ty);
  _gor_compile_setup_package_types (c);
  c->t_errstr = gor_types_named (ty, "*errors.errorString");
  gor_type_set_underlying (c->t_errstr, c->t_string);
  {
    GorMethod *m = g_new0 (GorMethod, 1);

    m->name = g_strdup ("Error");
    m->sig = ((GorField *) g_ptr_array_index (gor_type_under (c->t_error)->fields, 0))->type;
    m->func = -1;
    g_ptr_array_add (c->t_errstr->methods, m);
  }
  c->t_rterr = gor_types_named (ty, "runtime.Error");
  gor_type_set_underlying (c->t_rterr, c->t_string);
  {
    GorMethod *m = g_new0 (GorMethod, 1);

    m->name = g_strdup ("Error");
    m->sig = ((GorField *) g_ptr_array_index (gor_type_under (c->t_error)->fields, 0))->type;
    m->func = -1;
    g_ptr_array_add (c->t_rterr->methods, m);
  }
  _gor_compile_type_ref (c, c->t_errstr); /* type_refs[0], [1]: used by the VM */
  _gor_compile_type_ref (c, c->t_rterr);
  _gor_compile_type_ref (c, c->t_string);
  _gor_compile_type_ref (c, c->t_int);
  /* type_refs[4…6]: Go's wrapping error types (GOR_TREF_WRAP_ERROR …) */
  {
    const char *names[] = { "*fmt.wrapError", "*fmt.wrapErrors", "*errors.joinError" };
    GorType    *under = gor_types_pointer (ty, gor_types_struct (ty, g_ptr_array_new ()));

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        GorType   *t = gor_types_named (ty, names[i]);
        GorMethod *m = g_new0 (GorMethod, 1);

        gor_type_set_underlying (t, under);
        m->name = g_strdup ("Error");
        m->sig = ((GorField *) g_ptr_array_index (gor_type_under (c->t_error)->fields, 0))->type;
        m->func = -1;
        g_ptr_array_add (t->methods, m);
        _gor_compile_type_ref (c, t);
      }
  }
  _gor_compile_type_ref (c, c->t_error); /* type_refs[7]: GOR_TREF_ERROR */

  c->scope = c->universe = _gor_compile_scope_push (c, NULL);
  universe_type (c, "bool", c->t_bool);
  universe_type (c, "int", c->t_int);
  universe_type (c, "int8", gor_types_basic (ty, GOR_TYPE_INT8));
  universe_type (c, "int16", gor_types_basic (ty, GOR_TYPE_INT16));
  universe_type (c, "int32", c->t_rune);
  universe_type (c, "rune", c->t_rune);
  universe_type (c, "int64", c->t_int64);
  universe_type (c, "uint", gor_types_basic (ty, GOR_TYPE_UINT));
  universe_type (c, "uint8", c->t_byte);
  universe_type (c, "byte", c->t_byte);
  universe_type (c, "uint16", gor_types_basic (ty, GOR_TYPE_UINT16));
  universe_type (c, "uint32", gor_types_basic (ty, GOR_TYPE_UINT32));
  universe_type (c, "uint64", gor_types_basic (ty, GOR_TYPE_UINT64));
  universe_type (c, "float64", c->t_float);
  universe_type (c, "float32", gor_types_basic (ty, GOR_TYPE_FLOAT32));
  universe_type (c, "complex64", gor_types_basic (ty, GOR_TYPE_COMPLEX64));
  universe_type (c, "complex128", gor_types_basic (ty, GOR_TYPE_COMPLEX128));
  universe_type (c, "string", c->t_string);
  universe_type (c, "error", c->t_error);
  universe_type (c, "any", c->t_any);
  sym = _gor_compile_declare (c, c->universe, _gor_compile_sym_new (c, SYM_CONST, "true", (GorPos){ 0, 0 }));
  sym->cv.type = c->t_unt_bool;
  sym->cv.v.i = 1;
  sym = _gor_compile_declare (c, c->universe, _gor_compile_sym_new (c, SYM_CONST, "false", (GorPos){ 0, 0 }));
  sym->cv.type = c->t_unt_bool;
  sym = _gor_compile_declare (c, c->universe, _gor_compile_sym_new (c, SYM_CONST, "iota", (GorPos){ 0, 0 }));
  sym->cv.type = c->t_unt_int;
  sym->func = -2;
  _gor_compile_declare (c, c->universe, _gor_compile_sym_new (c, SYM_NIL, "nil", (GorPos){ 0, 0 }));
  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      sym = _gor_compile_declare (c, c->universe,
                                  _gor_compile_sym_new (c, SYM_BUILTIN, builtins[i], (GorPos){ 0, 0 }));
      sym->builtin = (int) i;
    }
}
