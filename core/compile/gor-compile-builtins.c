/* gor-compile-builtins.c — the built-ins min, max (Go 1.21) and clear
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * min and max of constants are constants (gor-const.c); otherwise the
 * arguments take the type of the first one that is not a constant and are
 * folded one by one into a slot, in the order Go evaluates them.  clear
 * deletes every key of a map, or zeroes every element of a slice.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static void
emit (GorCompiler *c, GorOp op, gint32 a, int b, int delta)
{
  _gor_compile_emit (c, op, a, b, delta);
}

static GorOp
order_op (GorType *u, gboolean is_max)
{
  if (gor_type_is_string (u))
    return is_max ? GOR_OP_SGT : GOR_OP_SLT;
  if (gor_type_is_float (u))
    return is_max ? GOR_OP_FGT : GOR_OP_FLT;
  if (gor_type_is_unsigned (u))
    return is_max ? GOR_OP_UGT : GOR_OP_ULT;
  return is_max ? GOR_OP_GT : GOR_OP_LT;
}

/* The value in slot @tb replaces the one in slot @r when it is smaller
 * (larger), or a NaN. */
static void
fold (GorCompiler *c, GorType *u, gboolean is_max, int r, int tb)
{
  int jtake = -1, jskip;

  if (gor_type_is_float (u))
    {
      emit (c, GOR_OP_LOCAL, tb, 0, 1);
      emit (c, GOR_OP_LOCAL, tb, 0, 1);
      emit (c, GOR_OP_FNE, 0, 0, -1);
      jtake = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
    }
  emit (c, GOR_OP_LOCAL, tb, 0, 1);
  emit (c, GOR_OP_LOCAL, r, 0, 1);
  emit (c, order_op (u, is_max), 0, 0, -1);
  jskip = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  if (jtake >= 0)
    _gor_compile_patch (c, jtake, _gor_compile_here (c));
  emit (c, GOR_OP_LOCAL, tb, 0, 1);
  emit (c, GOR_OP_SET_LOCAL, r, 0, -1);
  _gor_compile_patch (c, jskip, _gor_compile_here (c));
}

gboolean
_gor_compile_plan_min_max (GorCompiler *c, GorAstExpr *call, gboolean is_max, Plan *p)
{
  GPtrArray  *args = call->list;
  const char *name = is_max ? "max" : "min";
  GorType    *t, *u;
  ConstVal    cv;
  guint       first = 0;
  int         r, tb, fs;

  if (!_gor_compile_check_nargs (c, call, name, 1, G_MAXUINT))
    return FALSE;
  while (first < args->len && _gor_compile_const_eval (c, g_ptr_array_index (args, first), &cv))
    first++;
  if (first == args->len)
    {
      /* constants gor-const.c does not fold (beyond 64 bits, or mismatched) */
      _gor_compile_unsupported (c, call->pos, "built-in %s of these constants", name);
      return FALSE;
    }
  t = _gor_compile_gen_value (c, g_ptr_array_index (args, first), NULL);
  if (t == NULL)
    return FALSE;
  u = gor_type_under (t);
  if (!gor_type_is_numeric (u) && !gor_type_is_string (u))
    {
      GorAstExpr *a = g_ptr_array_index (args, first);

      _gor_compile_error_at (c, _gor_compile_expr_start (a), "invalid argument: %s cannot be ordered",
                             _gor_compile_describe (c, a, t));
      return FALSE;
    }
  fs = _gor_compile_new_slot (c);
  r = _gor_compile_new_slot (c);
  tb = _gor_compile_new_slot (c);
  emit (c, GOR_OP_SET_LOCAL, fs, 0, -1);
  for (guint i = 0; i < args->len; i++)
    {
      GorAstExpr *a = g_ptr_array_index (args, i);

      if (i == first)
        emit (c, GOR_OP_LOCAL, fs, 0, 1);
      else if (i < first || _gor_compile_const_eval (c, a, &cv))
        _gor_compile_gen_expr_to (c, a, t, is_max ? "argument to max" : "argument to min");
      else
        {
          GorType *ti = _gor_compile_gen_value (c, a, t);

          if (ti == NULL)
            return FALSE;
          if (ti != t)
            {
              _gor_compile_error_at (
                  c, _gor_compile_expr_start (a),
                  "invalid argument: mismatched types %s (previous argument) and %s (type of %s)",
                  _gor_compile_tname (c, t), _gor_compile_tname (c, ti), _gor_compile_expr_str (c, a));
              return FALSE;
            }
        }
      emit (c, GOR_OP_SET_LOCAL, i == 0 ? r : tb, 0, -1);
      if (i > 0)
        fold (c, u, is_max, r, tb);
    }
  emit (c, GOR_OP_LOCAL, r, 0, 1);
  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  p->n_slots = 0;
  p->delta = 0;
  p->result = t;
  return TRUE;
}

gboolean
_gor_compile_plan_clear (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  GorAstExpr *a0;
  GorType    *t, *u;

  if (!_gor_compile_check_nargs (c, call, "clear", 1, 1))
    return FALSE;
  a0 = g_ptr_array_index (call->list, 0);
  t = _gor_compile_gen_value (c, a0, NULL);
  if (t == NULL)
    return FALSE;
  u = gor_type_under (t);
  if (u->kind != GOR_TYPE_MAP && (u->kind != GOR_TYPE_SLICE || u->is_array))
    {
      _gor_compile_error_at (
          c, _gor_compile_expr_start (a0),
          "invalid argument: cannot clear %s: argument must be (or constrained by) map or slice",
          _gor_compile_describe (c, a0, t));
      return FALSE;
    }
  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  p->clear_type = u;
  p->n_slots = 1;
  p->delta = 0;
  p->name = "clear";
  return TRUE;
}

/* The code of a clear planned above, its operand on the stack. */
void
_gor_compile_emit_clear (GorCompiler *c, const Plan *p)
{
  GorType *u = p->clear_type;
  int      s = _gor_compile_new_slot (c), i = _gor_compile_new_slot (c), top, jend, jnil = -1;

  emit (c, GOR_OP_SET_LOCAL, s, 0, -1);
  if (u->kind == GOR_TYPE_MAP)
    {
      int sk = _gor_compile_new_slot (c), jdone;

      emit (c, GOR_OP_LOCAL, s, 0, 1);
      jnil = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
      emit (c, GOR_OP_LOCAL, s, 0, 1);
      emit (c, GOR_OP_MAP_ITER, 0, 0, 0);
      emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
      top = _gor_compile_here (c);
      emit (c, GOR_OP_LOCAL, i, 0, 1);
      emit (c, GOR_OP_MAP_NEXT, 0, 0, 2);
      jdone = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
      emit (c, GOR_OP_POP, 0, 0, -1);
      emit (c, GOR_OP_SET_LOCAL, sk, 0, -1);
      emit (c, GOR_OP_LOCAL, s, 0, 1);
      emit (c, GOR_OP_LOCAL, sk, 0, 1);
      emit (c, GOR_OP_MAP_DELETE, _gor_compile_type_ref (c, u), 0, -2);
      emit (c, GOR_OP_JMP, top, 0, 0);
      _gor_compile_patch (c, jdone, _gor_compile_here (c));
      c->fn->depth += 2;
      emit (c, GOR_OP_POP, 0, 0, -1);
      emit (c, GOR_OP_POP, 0, 0, -1);
      _gor_compile_patch (c, jnil, _gor_compile_here (c));
      return;
    }
  emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
  top = _gor_compile_here (c);
  emit (c, GOR_OP_LOCAL, i, 0, 1);
  emit (c, GOR_OP_LOCAL, s, 0, 1);
  emit (c, GOR_OP_LEN, 0, 0, 0);
  emit (c, GOR_OP_LT, 0, 0, -1);
  jend = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  emit (c, GOR_OP_LOCAL, s, 0, 1);
  emit (c, GOR_OP_LOCAL, i, 0, 1);
  _gor_compile_push_zero (c, u->elem);
  emit (c, GOR_OP_SET_INDEX, 0, 0, -3);
  emit (c, GOR_OP_INC_LOCAL, i, 1, 0);
  emit (c, GOR_OP_JMP, top, 0, 0);
  _gor_compile_patch (c, jend, _gor_compile_here (c));
}
