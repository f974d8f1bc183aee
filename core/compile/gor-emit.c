/* gor-emit.c — bytecode emission: instructions, constants, slots, functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

int
_gor_compile_emit (GorCompiler *c, GorOp op, gint32 a, int b, int delta)
{
  GorInstr in = { (guint16) op, (guint16) b, a };
  Fn      *fn = c->fn;

  g_array_append_val (fn->func->code, in);
  g_array_append_val (fn->func->lines, c->line);
  fn->depth += delta;
  if (fn->depth > fn->max_depth)
    fn->max_depth = fn->depth;
  return (int) fn->func->code->len - 1;
}

int
_gor_compile_here (GorCompiler *c)
{
  return (int) c->fn->func->code->len;
}

void
_gor_compile_patch (GorCompiler *c, int at, int target)
{
  g_array_index (c->fn->func->code, GorInstr, at).a = target;
}

void
_gor_compile_patch_list (GorCompiler *c, GArray *list, int target)
{
  for (guint i = 0; i < list->len; i++)
    _gor_compile_patch (c, g_array_index (list, int, i), target);
}

int
_gor_compile_add_const (GorCompiler *c, GorValue v)
{
  g_array_append_val (c->prog->consts, v);
  return (int) c->prog->consts->len - 1;
}

int
_gor_compile_type_ref (GorCompiler *c, GorType *t)
{
  /* a time value may go into an interface: its methods are needed */
  if (t == c->t_duration || t == c->t_time || t == c->t_month || t == c->t_weekday)
    _gor_compile_time_methods (c, t);
  for (guint i = 0; i < c->prog->type_refs->len; i++)
    if (g_ptr_array_index (c->prog->type_refs, i) == t)
      return (int) i;
  g_ptr_array_add (c->prog->type_refs, t);
  return (int) c->prog->type_refs->len - 1;
}

int
_gor_compile_new_slot (GorCompiler *c)
{
  return c->fn->n_slots++;
}

void
_gor_compile_load_sym (GorCompiler *c, Sym *sym, GorPos pos)
{
  Fn *fn = c->fn;

  if (sym->owner == NULL)
    {
      _gor_compile_emit (c, GOR_OP_GLOBAL, sym->slot, 0, 1);
      return;
    }
  if (sym->owner == fn)
    {
      _gor_compile_emit (c, sym->boxed ? GOR_OP_BOXED : GOR_OP_LOCAL, sym->slot, 0, 1);
      return;
    }
  /* An upvalue: find or add it in every function between. */
  {
    int idx = -1;

    for (guint i = 0; i < fn->upvals->len; i++)
      if (g_ptr_array_index (fn->upvals, i) == sym)
        idx = (int) i;
    if (idx < 0)
      {
        g_ptr_array_add (fn->upvals, sym);
        idx = (int) fn->upvals->len - 1;
      }
    if (!sym->boxed)
      _gor_compile_error_at (c, pos, "internal: captured variable %s is not boxed", sym->name);
    _gor_compile_emit (c, GOR_OP_UPVAL, idx, 0, 1);
  }
}

int
_gor_compile_upval_index (GorCompiler *c, Fn *fn, Sym *sym)
{
  for (guint i = 0; i < fn->upvals->len; i++)
    if (g_ptr_array_index (fn->upvals, i) == sym)
      return (int) i;
  g_ptr_array_add (fn->upvals, sym);
  return (int) fn->upvals->len - 1;
}

void
_gor_compile_store_sym (GorCompiler *c, Sym *sym)
{
  Fn *fn = c->fn;

  if (sym->owner == NULL)
    _gor_compile_emit (c, GOR_OP_SET_GLOBAL, sym->slot, 0, -1);
  else if (sym->owner == fn)
    _gor_compile_emit (c, sym->boxed ? GOR_OP_SET_BOXED : GOR_OP_SET_LOCAL, sym->slot, 0, -1);
  else
    _gor_compile_emit (c, GOR_OP_SET_UPVAL, _gor_compile_upval_index (c, fn, sym), 0, -1);
}

int
_gor_compile_static_closure (GorCompiler *c, int func)
{
  gpointer    k = GINT_TO_POINTER (func + 1);
  gpointer    idx = g_hash_table_lookup (c->static_closures, k);
  GorClosure *cl;
  GorValue    v;

  if (idx)
    return GPOINTER_TO_INT (idx) - 1;
  cl = gor_heap_alloc (&c->prog->const_heap, GOR_OBJ_CLOSURE, sizeof (GorClosure));
  cl->fn = g_ptr_array_index (c->prog->funcs, func);
  v.p = cl;
  g_hash_table_insert (c->static_closures, k, GINT_TO_POINTER (_gor_compile_add_const (c, v) + 1));
  return (int) c->prog->consts->len - 1;
}

void
_gor_compile_emit_trunc (GorCompiler *c, GorType *t)
{
  GorType *u = gor_type_under (t);
  int      bits = gor_type_int_bits (u);

  if (gor_type_is_integer (u) && bits < 64)
    _gor_compile_emit (c, GOR_OP_TRUNC, bits, gor_type_is_unsigned (u) ? 0 : 1, 0);
  else if (u->kind == GOR_TYPE_FLOAT32)
    _gor_compile_emit (c, GOR_OP_MATHLIB, GOR_M_F32_ROUND, 0, 0);
}

void
_gor_compile_push_zero (GorCompiler *c, GorType *t)
{
  if (gor_type_is_value_object (t))
    _gor_compile_emit (c, GOR_OP_ZERO, _gor_compile_type_ref (c, t), 0, 1);
  else
    _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
}

Fn *
_gor_compile_fn_new (GorCompiler *c, GorFunc *f, GorType *sig, const char *top_name)
{
  Fn *fn = g_new0 (Fn, 1);

  fn->func = f;
  fn->sig = sig;
  fn->upvals = g_ptr_array_new ();
  fn->captured = g_hash_table_new (g_str_hash, g_str_equal);
  fn->loops = g_ptr_array_new ();
  fn->top_name = top_name;
  return fn;
}

GorFunc *
_gor_compile_func_new (GorCompiler *c, const char *name, guint32 line)
{
  GorFunc *f = g_new0 (GorFunc, 1);

  f->name = g_strdup (name);
  f->index = c->prog->funcs->len;
  f->code = g_array_new (FALSE, FALSE, sizeof (GorInstr));
  f->lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  f->line = line;
  g_ptr_array_add (c->prog->funcs, f);
  return f;
}

void
_gor_compile_fn_finish (GorCompiler *c, Fn *fn)
{
  fn->func->n_locals = (guint) fn->n_slots;
  fn->func->max_stack = (guint) fn->max_depth;
}

void
_gor_compile_emit_equal (GorCompiler *c, GorType *t)
{
  GorType *u = gor_type_under (t);

  if (gor_type_is_string (u))
    _gor_compile_emit (c, GOR_OP_SEQ, 0, 0, -1);
  else if (gor_type_is_float (u))
    _gor_compile_emit (c, GOR_OP_FEQ, 0, 0, -1);
  else if (u->kind == GOR_TYPE_INTERFACE)
    _gor_compile_emit (c, GOR_OP_IFACE_EQ, 0, 0, -1);
  else if (u->kind == GOR_TYPE_STRUCT)
    _gor_compile_emit (c, GOR_OP_VEQ, _gor_compile_type_ref (c, t), 0, -1);
  else if (u->kind == GOR_TYPE_POINTER && !gor_type_is_value_object (gor_type_under (u->elem)))
    _gor_compile_emit (c, GOR_OP_ADDR, 3, 0, -1);
  else
    _gor_compile_emit (c, GOR_OP_EQ, 0, 0, -1);
}

/* Ends a function the compiler made up (a wrapper, a method value): its
 * sizes are set, compiling goes back to @outer at @line, @fn goes. */
void
_gor_compile_fn_close (GorCompiler *c, Fn *fn, Fn *outer, guint32 line)
{
  _gor_compile_fn_finish (c, fn);
  c->fn = outer;
  c->line = line;
  _gor_compile_fn_free (fn);
}

void
_gor_compile_fn_free (Fn *fn)
{
  g_clear_pointer (&fn->upvals, g_ptr_array_unref);
  g_clear_pointer (&fn->captured, g_hash_table_unref);
  g_clear_pointer (&fn->loops, g_ptr_array_unref);
  g_free (fn->lit_counter);
  g_free (fn->result_slots);
  g_free (fn->result_syms);
  g_free (fn);
}
