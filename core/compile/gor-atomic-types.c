/* gor-atomic-types.c — the types of sync/atomic and their methods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * atomic.Int32, Int64, Uint32, Uint64, Bool and Value are structs of one
 * field, so that their zero value works and they can be fields, embedded
 * or not; each method is one ATOMIC instruction (gor-lib-atomic.c).
 * atomic.Pointer[T] is generic: one named struct { v *T } per T, made
 * when a type expression names it.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

enum
{
  OP_ADD,
  OP_LOAD,
  OP_STORE,
  OP_CAS,
  OP_SWAP,
  OP_AND,
  OP_OR,
};

static const char *const method_names[] = { "Add", "Load", "Store", "CompareAndSwap", "Swap", "And", "Or" };

static GorType *
one_field_struct (GorCompiler *c, const char *name, GorType *ft)
{
  GPtrArray *fields = g_ptr_array_new ();
  GorField  *f = g_new0 (GorField, 1);
  GorType   *t = gor_types_named (c->types, name);

  f->name = g_strdup ("v");
  f->type = ft;
  g_ptr_array_add (fields, f);
  gor_type_set_underlying (t, gor_types_struct (c->types, fields));
  return t;
}

void
_gor_compile_setup_atomic_types (GorCompiler *c)
{
  c->t_atomic_uint32 = one_field_struct (c, "atomic.Uint32", gor_types_basic (c->types, GOR_TYPE_UINT32));
  c->t_atomic_uint64 = one_field_struct (c, "atomic.Uint64", gor_types_basic (c->types, GOR_TYPE_UINT64));
  c->t_atomic_value = one_field_struct (c, "atomic.Value", c->t_any);
}

/* The signature of method @name of the typed atomic @base (atomic.Int64
 * … atomic.Value), for a method value or expression; NULL when it has
 * none of that name. */
GorType *
_gor_compile_atomic_method_sig (GorCompiler *c, GorType *base, const char *name)
{
  GorType   *v, *results_of[G_N_ELEMENTS (method_names)];
  guint      n_params[G_N_ELEMENTS (method_names)] = { 1, 0, 1, 2, 1, 1, 1 };
  gboolean   numeric;
  GPtrArray *ps, *rs;
  guint      op;

  if (base != c->t_atomic_int64 && base != c->t_atomic_int32 && base != c->t_atomic_uint32
      && base != c->t_atomic_uint64 && base != c->t_atomic_bool && base != c->t_atomic_value)
    return NULL;
  v = ((GorField *) g_ptr_array_index (gor_type_under (base)->fields, 0))->type;
  numeric = base != c->t_atomic_bool && base != c->t_atomic_value;
  for (op = 0; op < G_N_ELEMENTS (method_names) && !g_str_equal (method_names[op], name); op++)
    ;
  if (op == G_N_ELEMENTS (method_names) || (!numeric && (op == OP_ADD || op == OP_AND || op == OP_OR)))
    return NULL;
  results_of[OP_ADD] = results_of[OP_LOAD] = results_of[OP_SWAP] = results_of[OP_AND] = results_of[OP_OR] = v;
  results_of[OP_STORE] = NULL;
  results_of[OP_CAS] = c->t_bool;
  ps = g_ptr_array_new ();
  rs = g_ptr_array_new ();
  for (guint i = 0; i < n_params[op]; i++)
    g_ptr_array_add (ps, v);
  if (results_of[op] != NULL)
    g_ptr_array_add (rs, results_of[op]);
  return gor_types_func (c->types, ps, rs, FALSE);
}

/* atomic.Pointer[T] (an INDEX, as the parser makes it) */
GorType *
_gor_compile_atomic_pointer_type (GorCompiler *c, GorAstExpr *e)
{
  /* one argument may be in y, as in a[i] */
  guint    have = e->list && e->list->len ? e->list->len : e->y ? 1 : 0;
  GorType *a, *t;
  GString *name;
  Sym     *sym;

  if (have != 1)
    {
      _gor_compile_error_at (c, e->pos, "%s type arguments for type Pointer: have %u, want 1",
                             have < 1 ? "not enough" : "too many", have);
      return c->t_int;
    }
  a = _gor_compile_resolve_type (c, e->list && e->list->len ? g_ptr_array_index (e->list, 0) : e->y);
  name = g_string_new (NULL);
  g_string_append_printf (name, "atomic.Pointer[%s]", gor_type_to_string (a));
  sym = g_hash_table_lookup (c->universe->syms, name->str);
  if (sym)
    {
      g_string_free (name, TRUE);
      return sym->type;
    }
  t = one_field_struct (c, name->str, gor_types_pointer (c->types, a));
  sym = _gor_compile_sym_new (c, SYM_TYPE, _gor_compile_keep (c, g_string_free (name, FALSE), g_free),
                              e->pos);
  sym->type = t;
  sym->used = TRUE;
  _gor_compile_declare (c, c->universe, sym);
  return t;
}

/* The type of the values of the atomic type @t, NULL if @t is none;
 * @kind: how gor-lib-atomic.c treats its cell. */
static GorType *
value_type (GorCompiler *c, GorType *t, int *kind)
{
  *kind = 0;
  if (t != NULL && t->name != NULL && g_str_has_prefix (t->name, "atomic.Pointer[") && t->underlying != NULL
      && gor_type_under (t)->kind == GOR_TYPE_STRUCT && gor_type_under (t)->fields->len == 1)
    {
      GorType *pt = ((GorField *) g_ptr_array_index (gor_type_under (t)->fields, 0))->type;

      /* a pointer to a struct is the object; to anything else it may
       * be a reference to a cell of another object (gor_ptr_same) */
      *kind = gor_type_is_value_object (gor_type_under (pt->elem)) ? 0 : 4;
      return pt;
    }
  if (t == c->t_atomic_int64)
    return c->t_int64;
  if (t == c->t_atomic_uint64)
    return gor_types_basic (c->types, GOR_TYPE_UINT64);
  if (t == c->t_atomic_bool)
    return c->t_bool;
  *kind = 1;
  if (t == c->t_atomic_int32)
    return gor_types_basic (c->types, GOR_TYPE_INT32);
  *kind = 2;
  if (t == c->t_atomic_uint32)
    return gor_types_basic (c->types, GOR_TYPE_UINT32);
  *kind = 3;
  if (t == c->t_atomic_value)
    return c->t_any;
  return NULL;
}

static gboolean
has_method (GorCompiler *c, GorType *t, int op)
{
  int      kind;
  GorType *it = value_type (c, t, &kind);

  if (it == NULL)
    return FALSE;
  if (op == OP_ADD || op == OP_AND || op == OP_OR)
    return t != c->t_atomic_bool && t != c->t_atomic_value && gor_type_under (it)->kind != GOR_TYPE_POINTER;
  return TRUE;
}

/* Whether the atomic type @t has the method @name (for promotion). */
gboolean
_gor_compile_atomic_has_method (GorCompiler *c, GorType *t, const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (method_names); i++)
    if (g_str_equal (method_names[i], name))
      return has_method (c, t, (int) i);
  return FALSE;
}

/* The call of a method of an atomic type; *done is FALSE when @base is
 * none. */
gboolean
_gor_compile_plan_atomic_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *base, Plan *p,
                                 gboolean *done)
{
  int      kind;
  GorType *it = value_type (c, base, &kind);

  *done = it != NULL;
  if (it == NULL)
    return FALSE;
  for (guint i = 0; i < G_N_ELEMENTS (method_names); i++)
    {
      guint n = i == OP_LOAD ? 0 : i == OP_CAS ? 2 : 1;

      if (!g_str_equal (method_names[i], sel->name) || !has_method (c, base, (int) i))
        continue;
      if (!_gor_compile_check_nargs (c, call, sel->name, n, n))
        return FALSE;
      for (guint k = 0; k < n; k++)
        _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, k), it, "argument");
      p->kind = PLAN_OP;
      p->op = GOR_OP_ATOMIC;
      p->a = (gint32) (i | (guint) kind << 4);
      p->b = 1;
      p->n_slots = (int) n + 1;
      p->result = i == OP_STORE ? NULL : i == OP_CAS ? c->t_bool : it;
      p->delta = (i == OP_STORE ? 0 : 1) - p->n_slots;
      return TRUE;
    }
  *done = FALSE;
  return FALSE;
}
