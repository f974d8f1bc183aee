/* gor-compile-stmt.c — statements and function bodies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static void     compile_stmt (GorCompiler *c, GorAstStmt *s);
static void     compile_block_list (GorCompiler *c, GPtrArray *list);
static gboolean is_terminating (GorAstStmt *s, const char *label);

/* go/defer of something that is not a function value (a method of a sync
 * type, a built-in, a package function): a small wrapper function that
 * takes the already evaluated operands. */
static int
synth_wrapper (GorCompiler *c, Plan *p)
{
  Fn      *outer = c->fn;
  GorFunc *f = _gor_compile_func_new (c, p->name ? p->name : "main.wrapper", c->line);
  Fn      *fn = _gor_compile_fn_new (c, f, NULL, f->name);
  guint32  line = c->line;

  c->fn = fn;
  fn->n_slots = p->n_slots;
  f->n_params = (guint) p->n_slots;
  for (int i = 0; i < p->n_slots; i++)
    _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
  _gor_compile_emit_plan (c, p);
  for (int i = 0; i < _gor_compile_n_results_of (p->result); i++)
    _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
  f->unwind_pc = (guint) _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_UNWIND, 0, 0, 0);
  _gor_compile_fn_close (c, fn, outer, line);
  return (int) f->index;
}

static void
compile_go_defer (GorCompiler *c, GorAstStmt *s)
{
  gboolean    is_go = s->kind == GOR_STMT_GO;
  GorAstExpr *call = s->x;
  Plan        p;

  while (call && call->kind == GOR_EXPR_PAREN)
    call = call->x;
  if (call == NULL || call->kind != GOR_EXPR_CALL)
    {
      _gor_compile_error_at (c, s->x ? s->x->pos : s->pos, "expression in %s must be function call",
                             is_go ? "go" : "defer");
      return;
    }
  if (!_gor_compile_plan_call (c, call, &p))
    return;
  if (p.kind == PLAN_CONVERSION)
    {
      _gor_compile_error_at (c, call->pos, "%s requires function call, not conversion",
                             is_go ? "go" : "defer");
      return;
    }
  if (p.kind == PLAN_OP && p.op == GOR_OP_RECOVER)
    {
      /* defer recover() does not stop a panic (recover is not called by a
       * deferred function) and go recover() has none to stop: the call
       * does nothing. */
      p.op = GOR_OP_NOP;
      p.delta = 0;
      p.result = NULL;
    }
  c->line = s->pos.line;
  switch (p.kind)
    {
    case PLAN_STATIC:
      if (!is_go && c->fn->range)
        _gor_compile_range_defer (c, p.func, p.n_slots, p.result);
      else
        _gor_compile_emit (c, is_go ? GOR_OP_GO : GOR_OP_DEFER, p.func, p.n_slots, -p.n_slots);
      break;
    case PLAN_CLOSURE:
      if (!is_go && c->fn->range)
        _gor_compile_range_defer (c, -1, p.n_slots, p.result);
      else
        _gor_compile_emit (c, is_go ? GOR_OP_GO_CLOSURE : GOR_OP_DEFER_CLOSURE, p.n_slots, 0, -p.n_slots - 1);
      break;
    case PLAN_OP:
      if (p.result
          && (p.op == GOR_OP_LEN || p.op == GOR_OP_CAP || p.op == GOR_OP_APPEND || p.op == GOR_OP_MAKE_SLICE
              || p.op == GOR_OP_MAKE_CHAN || (p.op == GOR_OP_NOP && p.n_slots == 0)))
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (call),
                                 "%s discards result of %s (value of type %s)", is_go ? "go" : "defer",
                                 _gor_compile_expr_str (c, call), _gor_compile_tname (c, p.result));
          return;
        }
      {
        int f = synth_wrapper (c, &p);

        if (!is_go && c->fn->range)
          _gor_compile_range_defer (c, f, p.n_slots, NULL);
        else
          _gor_compile_emit (c, is_go ? GOR_OP_GO : GOR_OP_DEFER, f, p.n_slots, -p.n_slots);
      }
      break;
    default: break;
    }
}

static void
compile_return (GorCompiler *c, GorAstStmt *s)
{
  Fn        *fn = c->fn;
  GPtrArray *res = fn->sig->results;
  guint      n = s->rhs ? s->rhs->len : 0;

  if (fn->range)
    {
      _gor_compile_range_return (c, s);
      return;
    }
  if (n == 0 && res->len > 0 && fn->named_results)
    {
      if (fn->has_defer)
        {
          int j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);

          g_array_append_val (fn->epilogue_jumps, j);
          return;
        }
      for (guint i = 0; i < res->len; i++)
        _gor_compile_load_sym (c, fn->result_syms[i], s->pos);
      _gor_compile_emit (c, GOR_OP_RET, (gint32) res->len, 0, -(int) res->len);
      return;
    }
  if (n != res->len)
    {
      gboolean tuple_ok = FALSE;

      if (n == 1 && res->len > 1)
        {
          GorAstExpr *r = g_ptr_array_index (s->rhs, 0);

          while (r->kind == GOR_EXPR_PAREN)
            r = r->x;
          if (r->kind == GOR_EXPR_CALL)
            {
              GorType *t = _gor_compile_gen_call (c, r, TRUE);

              if (t && t->kind == GOR_TYPE_TUPLE && t->results->len == res->len)
                {
                  tuple_ok = TRUE;
                  for (guint i = 0; i < res->len; i++)
                    if (!_gor_compile_assignable (c, g_ptr_array_index (t->results, i),
                                                  g_ptr_array_index (res, i)))
                      _gor_compile_cannot_use_result (c, r, g_ptr_array_index (t->results, i),
                                                      g_ptr_array_index (res, i), "return statement");
                }
              else if (t)
                fn->depth -= _gor_compile_n_results_of (t);
            }
        }
      if (!tuple_ok)
        {
          g_autoptr (GPtrArray) have = g_ptr_array_new ();

          for (guint i = 0; i < n; i++)
            {
              ConstVal    cv;
              GorAstExpr *r = g_ptr_array_index (s->rhs, i);

              g_ptr_array_add (have, _gor_compile_const_eval (c, r, &cv) ? cv.type : c->t_int);
            }
          _gor_compile_error_at (
              c, n > 0 ? _gor_compile_expr_start (g_ptr_array_index (s->rhs, 0)) : s->pos,
              "%s return values\n\thave %s\n\twant %s", n > res->len ? "too many" : "not enough",
              _gor_compile_types_list (c, have, FALSE), _gor_compile_types_list (c, res, FALSE));
          return;
        }
    }
  else
    for (guint i = 0; i < n; i++)
      _gor_compile_gen_expr_to (c, g_ptr_array_index (s->rhs, i), g_ptr_array_index (res, i),
                                "return statement");

  if (fn->has_defer)
    {
      int j;

      for (int i = (int) res->len - 1; i >= 0; i--)
        {
          if (fn->named_results)
            _gor_compile_store_sym (c, fn->result_syms[i]);
          else
            _gor_compile_emit (c, GOR_OP_SET_LOCAL, fn->result_slots[i], 0, -1);
        }
      j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
      g_array_append_val (fn->epilogue_jumps, j);
      return;
    }
  _gor_compile_emit (c, GOR_OP_RET, (gint32) res->len, 0, -(int) res->len);
}

Loop *
_gor_compile_loop_push (GorCompiler *c, const char *label, gboolean is_loop)
{
  Loop *l = g_new0 (Loop, 1);

  l->label = label;
  l->breaks = g_array_new (FALSE, FALSE, sizeof (int));
  l->continues = g_array_new (FALSE, FALSE, sizeof (int));
  l->is_loop = is_loop;
  g_ptr_array_add (c->fn->loops, l);
  return l;
}

void
_gor_compile_loop_pop (GorCompiler *c, Loop *l, int continue_target, int break_target)
{
  _gor_compile_patch_list (c, l->breaks, break_target);
  _gor_compile_patch_list (c, l->continues, continue_target);
  g_array_unref (l->breaks);
  g_array_unref (l->continues);
  g_ptr_array_remove (c->fn->loops, l);
  g_free (l);
}

static void
rebox_loop_vars (GorCompiler *c, Scope *s)
{
  /* Go 1.22: each iteration has its own copy of the loop variables. */
  for (guint i = 0; i < s->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (s->order, i);

      if (sym->kind == SYM_VAR && sym->boxed && sym->owner == c->fn)
        _gor_compile_emit (c, GOR_OP_BOX_LOCAL, sym->slot, 1, 0);
    }
}

static void
compile_for (GorCompiler *c, GorAstStmt *s, const char *label)
{
  Scope *scope = _gor_compile_scope_push (c, c->fn);
  Loop  *l;
  int    top, jf = -1, cont;

  if (s->init)
    compile_stmt (c, s->init);
  l = _gor_compile_loop_push (c, label, TRUE);
  top = _gor_compile_here (c);
  if (s->x)
    {
      _gor_compile_gen_cond (c, s->x, "for");
      jf = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
    }
  _gor_compile_scope_push (c, c->fn);
  compile_block_list (c, s->body ? s->body->list : NULL);
  _gor_compile_scope_pop (c);
  cont = _gor_compile_here (c);
  rebox_loop_vars (c, scope);
  if (s->post)
    compile_stmt (c, s->post);
  _gor_compile_emit (c, GOR_OP_JMP, top, 0, 0);
  if (jf >= 0)
    _gor_compile_patch (c, jf, _gor_compile_here (c));
  _gor_compile_loop_pop (c, l, cont, _gor_compile_here (c));
  _gor_compile_scope_pop (c);
}

void
_gor_compile_range_assign (GorCompiler *c, GorAstStmt *s, GorAstExpr *target, GorType *t)
{
  /* the value is on the stack */
  if (target == NULL)
    {
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  if (s->tok == GOR_TOKEN_DEFINE)
    {
      Sym *sym;

      if (target->kind != GOR_EXPR_IDENT)
        {
          _gor_compile_error_at (c, target->pos,
                                 "non-name %s on left side of :=", _gor_compile_expr_str (c, target));
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
          return;
        }
      if (g_str_equal (target->name, "_"))
        {
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
          return;
        }
      sym = _gor_compile_declare_local (c, target, t);
      _gor_compile_init_local (c, sym);
      return;
    }
  {
    LValue lv;
    int    tmp = _gor_compile_new_slot (c);

    _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
    if (!_gor_compile_prepare_lvalue (c, target, &lv))
      return;
    _gor_compile_emit (c, GOR_OP_LOCAL, tmp, 0, 1);
    if (lv.kind != LV_BLANK && !_gor_compile_assignable (c, t, lv.type))
      /* Go describes the iteration value by the variable it goes to */
      _gor_compile_error_at (
          c, _gor_compile_expr_start (target), "cannot use %s (value of type %s) as %s value in assignment",
          _gor_compile_expr_str (c, target), _gor_compile_tname (c, t), _gor_compile_tname (c, lv.type));
    _gor_compile_finish_store (c, &lv);
  }
}

/* Go 1.23 ranges over iterator functions (gor-rangefunc.c); any other
 * function is refused with Go's reason. */
static void
range_over_func (GorCompiler *c, GorAstStmt *s, GorType *t, const char *label)
{
  GorType *u = gor_type_under (t);
  GorType *cb = u->params && u->params->len == 1 ? gor_type_under (g_ptr_array_index (u->params, 0)) : NULL;
  const char *why = NULL;

  if (u->params == NULL || u->params->len != 1)
    why = "wrong argument count";
  else if (cb->kind != GOR_TYPE_FUNC)
    why = "argument is not func";
  else if (u->results && u->results->len != 0)
    why = "unexpected results";
  else if (cb->params && cb->params->len > 2)
    why = "yield func has too many parameters";
  else if (cb->results == NULL || cb->results->len != 1
           || gor_type_under (g_ptr_array_index (cb->results, 0))->kind != GOR_TYPE_BOOL)
    why = "yield func does not return bool";
  if (why != NULL)
    _gor_compile_error_at (c, _gor_compile_expr_start (s->x),
                           "cannot range over %s: func must be func(yield func(...) bool): %s",
                           _gor_compile_describe (c, s->x, t), why);
  if (why == NULL)
    _gor_compile_range_func (c, s, t, label);
  else
    _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
}

/* A map's key and value, on the stack, to the iteration variables: copies
 * of them, as Go's are. */
static void
range_assign_map (GorCompiler *c, GorAstStmt *s, GorAstExpr *key, GorAstExpr *value, GorType *u)
{
  int vtmp = _gor_compile_new_slot (c);

  _gor_compile_emit (c, GOR_OP_SET_LOCAL, vtmp, 0, -1);
  if (key && gor_type_is_value_object (u->key))
    _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, u->key), 0, 0);
  _gor_compile_range_assign (c, s, key, u->key);
  _gor_compile_emit (c, GOR_OP_LOCAL, vtmp, 0, 1);
  if (value && gor_type_is_value_object (u->elem))
    _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, u->elem), 0, 0);
  _gor_compile_range_assign (c, s, value, u->elem);
}

static void
compile_range (GorCompiler *c, GorAstStmt *s, const char *label)
{
  GorType    *t, *u;
  Loop       *l;
  int         top, jexit, cont;
  ConstVal    cv;
  GorAstExpr *key = s->key, *value = s->value;

  if (key && key->kind == GOR_EXPR_IDENT && g_str_equal (key->name, "_") && value == NULL)
    key = NULL;
  _gor_compile_scope_push (c, c->fn);
  if (_gor_compile_const_eval (c, s->x, &cv) && gor_type_is_numeric (cv.type))
    {
      t = gor_type_is_untyped (cv.type) ? c->t_int : cv.type;
      _gor_compile_push_const (c, &cv, t);
    }
  else
    {
      GorType *xt = _gor_compile_gen_value (c, s->x, NULL);

      t = _gor_compile_deref_array (xt);
      /* range over an array value ranges over a copy of it */
      if (t && t == xt && gor_type_under (t)->is_array && value != NULL)
        _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, t), 0, 0);
    }
  if (t == NULL)
    {
      _gor_compile_scope_pop (c);
      return;
    }
  u = gor_type_under (t);

  if (gor_type_is_integer (u))
    {
      int lim = _gor_compile_new_slot (c), i = _gor_compile_new_slot (c);

      if (value)
        _gor_compile_error_at (c, value->pos, "range over %s permits only one iteration variable",
                               _gor_compile_describe (c, s->x, t));
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, lim, 0, -1);
      _gor_compile_emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
      l = _gor_compile_loop_push (c, label, TRUE);
      top = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
      _gor_compile_emit (c, GOR_OP_LOCAL, lim, 0, 1);
      _gor_compile_emit (c, GOR_OP_LT, 0, 0, -1);
      jexit = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
      _gor_compile_scope_push (c, c->fn);
      if (key)
        {
          _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
          _gor_compile_range_assign (c, s, key, t);
        }
      _gor_compile_scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      _gor_compile_scope_pop (c);
      _gor_compile_scope_pop (c);
      cont = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_INC_LOCAL, i, 1, 0);
      _gor_compile_emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_SLICE || gor_type_is_string (u))
    {
      gboolean str = gor_type_is_string (u);
      int      sv = _gor_compile_new_slot (c), len = _gor_compile_new_slot (c), i = _gor_compile_new_slot (c),
          next = _gor_compile_new_slot (c);

      _gor_compile_emit (c, GOR_OP_SET_LOCAL, sv, 0, -1);
      _gor_compile_emit (c, GOR_OP_LOCAL, sv, 0, 1);
      _gor_compile_emit (c, GOR_OP_LEN, 0, str ? 1 : 0, 0);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, len, 0, -1);
      _gor_compile_emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
      l = _gor_compile_loop_push (c, label, TRUE);
      top = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
      _gor_compile_emit (c, GOR_OP_LOCAL, len, 0, 1);
      _gor_compile_emit (c, GOR_OP_LT, 0, 0, -1);
      jexit = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
      _gor_compile_scope_push (c, c->fn);
      if (str)
        {
          _gor_compile_emit (c, GOR_OP_LOCAL, sv, 0, 1);
          _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
          _gor_compile_emit (c, GOR_OP_RANGE_STR, 0, 0, 0);
          _gor_compile_emit (c, GOR_OP_SET_LOCAL, next, 0, -1);
        }
      if (key)
        {
          _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
          _gor_compile_range_assign (c, s, key, c->t_int);
        }
      if (value)
        {
          if (!str)
            {
              _gor_compile_emit (c, GOR_OP_LOCAL, sv, 0, 1);
              _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
              _gor_compile_emit (c, GOR_OP_INDEX, 0, 0, -1);
              if (gor_type_is_value_object (u->elem))
                _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, u->elem), 0, 0);
            }
          _gor_compile_range_assign (c, s, value, str ? c->t_rune : u->elem);
        }
      else if (str)
        _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      _gor_compile_scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      _gor_compile_scope_pop (c);
      _gor_compile_scope_pop (c);
      cont = _gor_compile_here (c);
      if (str)
        {
          _gor_compile_emit (c, GOR_OP_LOCAL, next, 0, 1);
          _gor_compile_emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
        }
      else
        _gor_compile_emit (c, GOR_OP_INC_LOCAL, i, 1, 0);
      _gor_compile_emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_CHAN)
    {
      int ch = _gor_compile_new_slot (c), jbody;

      if (u->dir == GOR_CHAN_SEND_ONLY)
        _gor_compile_error_at (c, _gor_compile_expr_start (s->x),
                               "cannot range over %s: receive from send-only channel",
                               _gor_compile_describe (c, s->x, t));
      if (value)
        _gor_compile_error_at (c, value->pos, "range over %s permits only one iteration variable",
                               _gor_compile_describe (c, s->x, t));
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, ch, 0, -1);
      l = _gor_compile_loop_push (c, label, TRUE);
      top = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_LOCAL, ch, 0, 1);
      _gor_compile_emit (c, GOR_OP_RECV, 0, 1, 1);
      jbody = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      jexit = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
      c->fn->depth += 1;
      _gor_compile_patch (c, jbody, _gor_compile_here (c));
      _gor_compile_scope_push (c, c->fn);
      _gor_compile_range_assign (c, s, key, u->elem);
      _gor_compile_scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      _gor_compile_scope_pop (c);
      _gor_compile_scope_pop (c);
      cont = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_MAP)
    {
      int it = _gor_compile_new_slot (c), jbody;

      _gor_compile_emit (c, GOR_OP_MAP_ITER, _gor_compile_type_ref (c, t), 0, 0);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, it, 0, -1);
      l = _gor_compile_loop_push (c, label, TRUE);
      top = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_LOCAL, it, 0, 1);
      _gor_compile_emit (c, GOR_OP_MAP_NEXT, 0, 0, 2); /* → key value ok */
      jbody = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      jexit = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
      c->fn->depth += 2;
      _gor_compile_patch (c, jbody, _gor_compile_here (c));
      _gor_compile_scope_push (c, c->fn);
      range_assign_map (c, s, key, value, u);
      _gor_compile_scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      _gor_compile_scope_pop (c);
      _gor_compile_scope_pop (c);
      cont = _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_FUNC)
    {
      range_over_func (c, s, t, label);
      _gor_compile_scope_pop (c);
      return;
    }
  else
    {
      _gor_compile_error_at (c, s->x->pos, "cannot range over %s", _gor_compile_describe (c, s->x, t));
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      _gor_compile_scope_pop (c);
      return;
    }
  _gor_compile_patch (c, jexit, _gor_compile_here (c));
  _gor_compile_loop_pop (c, l, cont, _gor_compile_here (c));
  _gor_compile_scope_pop (c);
}

static gboolean
ends_with_fallthrough (GorAstStmt *clause)
{
  GorAstStmt *last;

  if (clause->list == NULL || clause->list->len == 0)
    return FALSE;
  last = g_ptr_array_index (clause->list, clause->list->len - 1);
  return last->kind == GOR_STMT_BRANCH && last->tok == GOR_TOKEN_FALLTHROUGH;
}

static void
compile_switch (GorCompiler *c, GorAstStmt *s, const char *label)
{
  GorType        *tag_type = NULL;
  int             tag = -1;
  guint           n = s->list ? s->list->len : 0;
  GArray         *test_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  GArray         *test_clause = g_array_new (FALSE, FALSE, sizeof (int)); /* clause of each test jump */
  int             default_index = -1, jdefault;
  Loop           *l;
  g_autofree int *body_pc = g_new0 (int, n + 1);
  GArray         *fall_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree int *fall_from = g_new0 (int, n + 1);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal); /* constant cases */

  _gor_compile_scope_push (c, c->fn);
  if (s->init)
    compile_stmt (c, s->init);
  if (s->x)
    {
      tag_type = _gor_compile_gen_value (c, s->x, NULL);
      if (tag_type == NULL)
        tag_type = c->t_int;
      if (tag_type->kind == GOR_TYPE_UNTYPED_NIL)
        {
          _gor_compile_error_at (c, s->x->pos, "use of untyped nil in switch expression");
          tag_type = c->t_int;
        }
      tag = _gor_compile_new_slot (c);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, tag, 0, -1);
    }
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);

      if (cl->is_default || cl->lhs == NULL || cl->lhs->len == 0)
        {
          if (default_index >= 0)
            _gor_compile_error_at (c, cl->pos, "multiple defaults in switch");
          default_index = (int) i;
          continue;
        }
      for (guint j = 0; j < cl->lhs->len; j++)
        {
          GorAstExpr *e = g_ptr_array_index (cl->lhs, j);
          int         jt;
          ConstVal    dv;

          c->line = e->pos.line;
          if (tag >= 0 && gor_type_under (tag_type)->kind != GOR_TYPE_INTERFACE
              && _gor_compile_const_eval (c, e, &dv)
              && (gor_type_is_untyped (dv.type) ? _gor_compile_const_representable (c, &dv, tag_type, NULL)
                                                : dv.type == tag_type))
            {
              /* Go refuses the same constant in two cases */
              const char *val = gor_type_is_string (dv.type) ? _gor_compile_keep (
                                    c, g_strdup_printf ("\"%s\"", _gor_compile_const_desc (c, &dv)), g_free)
                                                             : _gor_compile_const_desc (c, &dv);

              if (g_hash_table_contains (seen, val))
                {
                  if (strcmp (val, _gor_compile_expr_str (c, e)) == 0)
                    _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                           "duplicate case %s (constant of type %s) in expression switch",
                                           _gor_compile_expr_str (c, e), _gor_compile_tname (c, tag_type));
                  else
                    _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                           "duplicate case %s (constant %s of type %s) in expression switch",
                                           _gor_compile_expr_str (c, e), val,
                                           _gor_compile_tname (c, tag_type));
                }
              else
                g_hash_table_add (seen, (gpointer) val);
            }
          if (tag >= 0)
            {
              _gor_compile_emit (c, GOR_OP_LOCAL, tag, 0, 1);
              if (gor_type_under (tag_type)->kind == GOR_TYPE_INTERFACE)
                _gor_compile_gen_expr_to (c, e, tag_type, "switch case");
              else
                {
                  ConstVal cv;
                  GorType *et;

                  if (_gor_compile_const_eval (c, e, &cv)
                      && !_gor_compile_const_representable (c, &cv, tag_type, NULL)
                      && gor_type_is_untyped (cv.type))
                    {
                      _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                             "invalid case %s in switch on %s (mismatched types %s and %s)",
                                             _gor_compile_expr_str (c, e), _gor_compile_expr_str (c, s->x),
                                             _gor_compile_tname (c, cv.type),
                                             _gor_compile_tname (c, tag_type));
                      _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
                    }
                  else
                    {
                      et = _gor_compile_gen_value (c, e, tag_type);
                      if (et && et != tag_type && !_gor_compile_assignable (c, et, tag_type)
                          && !_gor_compile_assignable (c, tag_type, et))
                        _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                               "invalid case %s in switch on %s (mismatched types %s and %s)",
                                               _gor_compile_expr_str (c, e), _gor_compile_expr_str (c, s->x),
                                               _gor_compile_tname (c, et), _gor_compile_tname (c, tag_type));
                    }
                }
              _gor_compile_emit_equal (c, tag_type);
            }
          else
            _gor_compile_gen_cond (c, e, "case");
          jt = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
          g_array_append_val (test_jumps, jt);
          {
            int ci = (int) i;

            g_array_append_val (test_clause, ci);
          }
        }
    }
  jdefault = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  l = _gor_compile_loop_push (c, label, FALSE);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      GPtrArray  *body = cl->list;
      guint       len = body ? body->len : 0;

      body_pc[i] = _gor_compile_here (c);
      _gor_compile_scope_push (c, c->fn);
      if (ends_with_fallthrough (cl))
        {
          if (i == n - 1)
            _gor_compile_error_at (c, ((GorAstStmt *) g_ptr_array_index (body, len - 1))->pos,
                                   "cannot fallthrough final case in switch");
          for (guint k = 0; k + 1 < len; k++)
            compile_stmt (c, g_ptr_array_index (body, k));
          {
            int j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);

            g_array_append_val (fall_jumps, j);
            fall_from[fall_jumps->len - 1] = (int) i;
          }
        }
      else
        {
          compile_block_list (c, body);
          {
            int j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);

            g_array_append_val (l->breaks, j);
          }
        }
      _gor_compile_scope_pop (c);
    }
  body_pc[n] = _gor_compile_here (c);
  for (guint k = 0; k < test_jumps->len; k++)
    _gor_compile_patch (c, g_array_index (test_jumps, int, k), body_pc[g_array_index (test_clause, int, k)]);
  for (guint k = 0; k < fall_jumps->len; k++)
    _gor_compile_patch (c, g_array_index (fall_jumps, int, k), body_pc[fall_from[k] + 1]);
  _gor_compile_patch (c, jdefault, default_index >= 0 ? body_pc[default_index] : _gor_compile_here (c));
  _gor_compile_loop_pop (c, l, 0, _gor_compile_here (c));
  g_array_unref (test_jumps);
  g_array_unref (test_clause);
  g_array_unref (fall_jumps);
  _gor_compile_scope_pop (c);
}

static GorAstExpr *
recv_operand (GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e && e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_ARROW)
    return e;
  return NULL;
}

static void
compile_select (GorCompiler *c, GorAstStmt *s, const char *label)
{
  guint                n = s->list ? s->list->len : 0;
  GorSelectSpec       *spec = g_new0 (GorSelectSpec, 1);
  g_autofree int      *case_of = g_new0 (int, n + 1);
  g_autofree GorType **elem = g_new0 (GorType *, n + 1);
  int                  n_cases = 0, n_ops = 0, default_clause = -1;
  int                  idx_slot, val_slot, ok_slot;
  Loop                *l;

  spec->is_send = g_new0 (guint8, n + 1);
  g_ptr_array_add (c->prog->select_specs, spec);
  _gor_compile_scope_push (c, c->fn);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      GorAstStmt *comm = cl->comm;

      if (comm == NULL)
        {
          if (default_clause >= 0)
            _gor_compile_error_at (c, cl->pos, "multiple defaults in select");
          default_clause = (int) i;
          case_of[i] = -1;
          continue;
        }
      c->line = comm->pos.line;
      case_of[i] = n_cases++;
      if (comm->kind == GOR_STMT_SEND)
        {
          GorType *t = _gor_compile_gen_value (c, comm->x, NULL);

          spec->is_send[case_of[i]] = TRUE;
          if (t && gor_type_under (t)->kind != GOR_TYPE_CHAN)
            _gor_compile_error_at (c, comm->pos, "invalid operation: cannot send to non-channel %s",
                                   _gor_compile_describe (c, comm->x, t));
          else if (t && gor_type_under (t)->dir == GOR_CHAN_RECV_ONLY)
            _gor_compile_error_at (c, comm->pos, "invalid operation: cannot send to receive-only channel %s",
                                   _gor_compile_describe (c, comm->x, t));
          if (t && gor_type_under (t)->kind == GOR_TYPE_CHAN)
            _gor_compile_gen_expr_to (c, comm->y, gor_type_under (t)->elem, "send");
          else
            _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
          n_ops += 2;
        }
      else
        {
          GorAstExpr *r = NULL;
          GorType    *t;

          if (comm->kind == GOR_STMT_EXPR)
            r = recv_operand (comm->x);
          else if (comm->kind == GOR_STMT_ASSIGN && comm->rhs && comm->rhs->len == 1)
            r = recv_operand (g_ptr_array_index (comm->rhs, 0));
          if (r == NULL)
            {
              _gor_compile_error_at (c, comm->pos, "select case must be receive, send or assign recv");
              _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
              n_ops++;
              continue;
            }
          t = _gor_compile_gen_value (c, r->x, NULL);
          if (t && gor_type_under (t)->kind != GOR_TYPE_CHAN)
            _gor_compile_error_at (c, _gor_compile_expr_start (r->x),
                                   "invalid operation: cannot receive from non-channel %s",
                                   _gor_compile_describe (c, r->x, t));
          else if (t && gor_type_under (t)->dir == GOR_CHAN_SEND_ONLY)
            _gor_compile_error_at (c, _gor_compile_expr_start (r->x),
                                   "invalid operation: cannot receive from send-only channel %s",
                                   _gor_compile_describe (c, r->x, t));
          elem[i] = t && gor_type_under (t)->kind == GOR_TYPE_CHAN ? gor_type_under (t)->elem : c->t_int;
          n_ops++;
        }
    }
  spec->n_cases = (guint) n_cases;
  spec->has_default = default_clause >= 0;
  c->line = s->pos.line;
  _gor_compile_emit (c, GOR_OP_SELECT, (gint32) c->prog->select_specs->len - 1, 0, 3 - n_ops);
  idx_slot = _gor_compile_new_slot (c);
  ok_slot = _gor_compile_new_slot (c);
  val_slot = _gor_compile_new_slot (c);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, idx_slot, 0, -1);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, ok_slot, 0, -1);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, val_slot, 0, -1);
  l = _gor_compile_loop_push (c, label, FALSE);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      GorAstStmt *comm = cl->comm;
      int         jf;

      _gor_compile_emit (c, GOR_OP_LOCAL, idx_slot, 0, 1);
      _gor_compile_emit (c, GOR_OP_PUSH_INT, case_of[i], 0, 1);
      _gor_compile_emit (c, GOR_OP_EQ, 0, 0, -1);
      jf = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
      _gor_compile_scope_push (c, c->fn);
      if (comm && comm->kind == GOR_STMT_ASSIGN && comm->lhs)
        {
          guint nl = comm->lhs->len;

          if (nl > 2)
            _gor_compile_error_at (c, comm->pos, "assignment mismatch: %u variables but 1 value", nl);
          for (guint k = 0; k < nl && k < 2; k++)
            {
              GorAstExpr *target = g_ptr_array_index (comm->lhs, k);
              GorType    *vt = k == 0 ? elem[i] : c->t_bool;

              _gor_compile_emit (c, GOR_OP_LOCAL, k == 0 ? val_slot : ok_slot, 0, 1);
              if (comm->tok == GOR_TOKEN_DEFINE)
                {
                  if (target->kind != GOR_EXPR_IDENT)
                    {
                      _gor_compile_error_at (c, target->pos, "non-name %s on left side of :=",
                                             _gor_compile_expr_str (c, target));
                      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
                    }
                  else if (g_str_equal (target->name, "_"))
                    _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
                  else
                    _gor_compile_init_local (c, _gor_compile_declare_local (c, target, vt));
                }
              else
                {
                  LValue lv;
                  int    tmp = _gor_compile_new_slot (c);

                  _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
                  if (_gor_compile_prepare_lvalue (c, target, &lv))
                    {
                      _gor_compile_emit (c, GOR_OP_LOCAL, tmp, 0, 1);
                      if (lv.kind != LV_BLANK && !_gor_compile_assignable (c, vt, lv.type))
                        {
                          GorAstExpr *recv
                              = comm->rhs && comm->rhs->len ? g_ptr_array_index (comm->rhs, 0) : target;

                          if (nl == 2)
                            _gor_compile_cannot_use_result (c, recv, vt, lv.type, "assignment");
                          else
                            _gor_compile_error_at (
                                c, _gor_compile_expr_start (recv), "cannot use %s as %s value in assignment",
                                _gor_compile_describe (c, recv, vt), _gor_compile_tname (c, lv.type));
                        }
                      else if (lv.kind != LV_BLANK)
                        _gor_compile_convert_value (c, vt, lv.type, TRUE);
                      _gor_compile_finish_store (c, &lv);
                    }
                }
            }
        }
      compile_block_list (c, cl->list);
      _gor_compile_scope_pop (c);
      {
        int j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);

        g_array_append_val (l->breaks, j);
      }
      _gor_compile_patch (c, jf, _gor_compile_here (c));
    }
  _gor_compile_loop_pop (c, l, 0, _gor_compile_here (c));
  _gor_compile_scope_pop (c);
}

/* A label's statement starts here: the gotos before it jump here. */
static void
place_label (GorCompiler *c, const char *label)
{
  Fn     *fn = c->fn;
  int     here = _gor_compile_here (c);
  GArray *list;

  if (fn->label_pcs == NULL)
    fn->label_pcs = g_hash_table_new (g_str_hash, g_str_equal);
  g_hash_table_insert (fn->label_pcs, (gpointer) label, GINT_TO_POINTER (here + 1));
  if (fn->gotos && (list = g_hash_table_lookup (fn->gotos, label)) != NULL)
    {
      _gor_compile_patch_list (c, list, here);
      g_hash_table_remove (fn->gotos, label);
    }
}

static void
compile_branch (GorCompiler *c, GorAstStmt *s)
{
  GPtrArray *loops = c->fn->loops;

  if (s->tok == GOR_TOKEN_GOTO && _gor_compile_range_branch (c, s))
    return;
  if (s->tok == GOR_TOKEN_GOTO)
    {
      /* the parser checked the target as Go does (gor-branches.c) */
      Fn      *fn = c->fn;
      gpointer pc = fn->label_pcs ? g_hash_table_lookup (fn->label_pcs, s->label) : NULL;
      int      j = _gor_compile_emit (c, GOR_OP_JMP, pc ? GPOINTER_TO_INT (pc) - 1 : 0, 0, 0);
      GArray  *list;

      if (pc != NULL)
        return;
      if (fn->gotos == NULL)
        fn->gotos = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_array_unref);
      list = g_hash_table_lookup (fn->gotos, s->label);
      if (list == NULL)
        {
          list = g_array_new (FALSE, FALSE, sizeof (int));
          g_hash_table_insert (fn->gotos, (gpointer) s->label, list);
        }
      g_array_append_val (list, j);
      return;
    }
  if (s->tok == GOR_TOKEN_FALLTHROUGH)
    {
      _gor_compile_error_at (c, s->pos, "fallthrough statement out of place");
      return;
    }
  for (int i = (int) loops->len - 1; i >= 0; i--)
    {
      Loop *l = g_ptr_array_index (loops, i);

      if (s->label && (l->label == NULL || !g_str_equal (l->label, s->label)))
        continue;
      if (s->tok == GOR_TOKEN_CONTINUE && !l->is_loop)
        {
          if (s->label)
            {
              _gor_compile_error_at (c, s->pos, "invalid continue label %s", s->label);
              return;
            }
          continue;
        }
      {
        int j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);

        g_array_append_val (s->tok == GOR_TOKEN_BREAK ? l->breaks : l->continues, j);
      }
      return;
    }
  /* out of the body of a range over a function */
  if (_gor_compile_range_branch (c, s))
    return;
  if (s->label)
    _gor_compile_error_at (c, s->pos, "invalid %s label %s", s->tok == GOR_TOKEN_BREAK ? "break" : "continue",
                           s->label);
  else
    _gor_compile_error_at (c, s->pos, "%s is not in a loop%s",
                           s->tok == GOR_TOKEN_BREAK ? "break" : "continue",
                           s->tok == GOR_TOKEN_BREAK ? ", switch, or select" : "");
}

static void
compile_expr_stmt (GorCompiler *c, GorAstExpr *x)
{
  GorAstExpr *e = x;
  GorType    *t;

  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e == NULL)
    return;
  if (e->kind == GOR_EXPR_CALL)
    {
      Plan p;

      c->line = e->pos.line;
      if (!_gor_compile_plan_call (c, e, &p))
        return;
      if (p.kind == PLAN_CONVERSION
          || (p.kind == PLAN_OP
              && (p.op == GOR_OP_LEN || p.op == GOR_OP_CAP || p.op == GOR_OP_APPEND
                  || p.op == GOR_OP_APPEND_SLICE || p.op == GOR_OP_MAKE_SLICE || p.op == GOR_OP_MAKE_CHAN
                  || p.op == GOR_OP_SPRINT || p.op == GOR_OP_ZERO || p.op == GOR_OP_ERRORS_NEW)))
        {
          if (p.kind == PLAN_CONVERSION)
            t = _gor_compile_gen_conversion (c, e);
          else
            {
              _gor_compile_emit_plan (c, &p);
              t = p.result;
            }
          _gor_compile_error_at (c, _gor_compile_expr_start (x), "%s (value of type %s) is not used",
                                 _gor_compile_expr_str (c, x), _gor_compile_tname (c, t));
          return;
        }
      _gor_compile_emit_plan (c, &p);
      for (int i = 0; i < _gor_compile_n_results_of (p.result); i++)
        _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_ARROW)
    {
      t = _gor_compile_gen_expr (c, e, NULL);
      if (t)
        _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  t = _gor_compile_gen_value (c, e, NULL);
  if (t)
    {
      ConstVal cv;

      if (_gor_compile_const_eval (c, e, &cv))
        _gor_compile_error_at (c, _gor_compile_expr_start (x), "%s (%s constant) is not used",
                               _gor_compile_expr_str (c, x),
                               gor_type_is_untyped (cv.type) ? _gor_compile_tname (c, cv.type) : "typed");
      else
        _gor_compile_error_at (c, _gor_compile_expr_start (x), "%s (%s %s) is not used",
                               _gor_compile_expr_str (c, x),
                               e->kind == GOR_EXPR_IDENT && _gor_compile_lookup (c, e->name)
                                       && _gor_compile_lookup (c, e->name)->kind == SYM_VAR
                                   ? "variable of type"
                                   : "value of type",
                               _gor_compile_tname (c, t));
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
    }
}

/* The statements whose calls gc makes before it reads their other
 * operands (gor-compile-order.c) */
static void
compile_simple_stmt (GorCompiler *c, GorAstStmt *s)
{
  switch (s->kind)
    {
    case GOR_STMT_EXPR: compile_expr_stmt (c, s->x); break;
    case GOR_STMT_SEND:
      {
        GorType *t = _gor_compile_gen_value (c, s->x, NULL);

        if (t == NULL)
          return;
        if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
          {
            _gor_compile_error_at (c, s->pos, "invalid operation: cannot send to non-channel %s",
                                   _gor_compile_describe (c, s->x, t));
            return;
          }
        if (gor_type_under (t)->dir == GOR_CHAN_RECV_ONLY)
          {
            _gor_compile_error_at (c, s->pos, "invalid operation: cannot send to receive-only channel %s",
                                   _gor_compile_describe (c, s->x, t));
            return;
          }
        _gor_compile_gen_expr_to (c, s->y, gor_type_under (t)->elem, "send");
        c->line = s->pos.line;
        _gor_compile_emit (c, GOR_OP_SEND, 0, 0, -2);
        break;
      }
    case GOR_STMT_ASSIGN: _gor_compile_assign (c, s); break;
    case GOR_STMT_GO:
    case GOR_STMT_DEFER: compile_go_defer (c, s); break;
    case GOR_STMT_RETURN: compile_return (c, s); break;
    default: break;
    }
}

static void
compile_stmt (GorCompiler *c, GorAstStmt *s)
{
  const char *label = c->pending_label;

  if (s == NULL)
    return;
  c->pending_label = NULL;
  c->line = s->pos.line;
  if (s->kind == GOR_STMT_EXPR || s->kind == GOR_STMT_GO || s->kind == GOR_STMT_DEFER
      || s->kind == GOR_STMT_SEND || s->kind == GOR_STMT_ASSIGN || s->kind == GOR_STMT_RETURN)
    {
      guint mark = _gor_compile_order_stmt (c, s);

      compile_simple_stmt (c, s);
      _gor_compile_order_end (c, mark);
      return;
    }
  switch (s->kind)
    {
    case GOR_STMT_EMPTY: break;
    case GOR_STMT_DECL: _gor_compile_decl_stmt (c, s->decl); break;
    case GOR_STMT_LABELED:
      place_label (c, s->label);
      c->pending_label = s->label;
      if (s->body == NULL)
        break;
      compile_stmt (c, s->body);
      c->pending_label = NULL;
      break;
    case GOR_STMT_INC_DEC:
      _gor_compile_op_assign (c, s->x, s->tok == GOR_TOKEN_INC ? GOR_TOKEN_ADD : GOR_TOKEN_SUB, NULL, s->pos);
      break;
    case GOR_STMT_BRANCH: compile_branch (c, s); break;
    case GOR_STMT_BLOCK:
      _gor_compile_scope_push (c, c->fn);
      compile_block_list (c, s->list);
      _gor_compile_scope_pop (c);
      break;
    case GOR_STMT_IF:
      {
        int   jf, jend;
        guint mark;

        _gor_compile_scope_push (c, c->fn);
        if (s->init)
          compile_stmt (c, s->init);
        mark = _gor_compile_order_begin (c, &s->x, 1);
        _gor_compile_gen_cond (c, s->x, "if");
        _gor_compile_order_end (c, mark);
        jf = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
        _gor_compile_scope_push (c, c->fn);
        compile_block_list (c, s->body ? s->body->list : NULL);
        _gor_compile_scope_pop (c);
        if (s->else_)
          {
            jend = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
            _gor_compile_patch (c, jf, _gor_compile_here (c));
            compile_stmt (c, s->else_);
            _gor_compile_patch (c, jend, _gor_compile_here (c));
          }
        else
          _gor_compile_patch (c, jf, _gor_compile_here (c));
        _gor_compile_scope_pop (c);
        break;
      }
    case GOR_STMT_SWITCH: compile_switch (c, s, label); break;
    case GOR_STMT_TYPE_SWITCH: _gor_compile_type_switch (c, s, label); break;
    case GOR_STMT_SELECT: compile_select (c, s, label); break;
    case GOR_STMT_FOR: compile_for (c, s, label); break;
    case GOR_STMT_RANGE: compile_range (c, s, label); break;
    default: _gor_compile_error_at (c, s->pos, "unexpected statement"); break;
    }
  if (c->fn->depth != 0 && c->error == NULL)
    {
      _gor_compile_error_at (c, s->pos, "internal error: operand stack imbalance (%d)", c->fn->depth);
      c->fn->depth = 0;
    }
}

static void
compile_block_list (GorCompiler *c, GPtrArray *list)
{
  for (guint i = 0; list && i < list->len; i++)
    compile_stmt (c, g_ptr_array_index (list, i));
}

static gboolean
has_break (GorAstStmt *s, const char *label, int depth, int level)
{
  /* a break that targets the statement at @depth 0 */
  if (s == NULL || level > 2000)
    return FALSE;
  if (s->kind == GOR_STMT_BRANCH && s->tok == GOR_TOKEN_BREAK)
    return s->label ? (label && g_str_equal (s->label, label)) : depth == 0;
  if (s->kind == GOR_STMT_FOR || s->kind == GOR_STMT_RANGE || s->kind == GOR_STMT_SWITCH
      || s->kind == GOR_STMT_SELECT || s->kind == GOR_STMT_TYPE_SWITCH)
    depth++;
  for (guint i = 0; s->list && i < s->list->len; i++)
    if (has_break (g_ptr_array_index (s->list, i), label, depth, level + 1))
      return TRUE;
  return has_break (s->body, label, depth, level + 1) || has_break (s->else_, label, depth, level + 1);
}

static gboolean
is_terminating_list (GPtrArray *list)
{
  for (int i = list ? (int) list->len - 1 : -1; i >= 0; i--)
    {
      GorAstStmt *s = g_ptr_array_index (list, i);

      if (s->kind == GOR_STMT_EMPTY)
        continue;
      return is_terminating (s, NULL);
    }
  return FALSE;
}

static gboolean
is_terminating (GorAstStmt *s, const char *label)
{
  switch (s->kind)
    {
    case GOR_STMT_RETURN: return TRUE;
    case GOR_STMT_BRANCH: return s->tok == GOR_TOKEN_GOTO;
    case GOR_STMT_EXPR:
      {
        GorAstExpr *e = s->x;

        return e && e->kind == GOR_EXPR_CALL && e->x && e->x->kind == GOR_EXPR_IDENT
               && g_str_equal (e->x->name, "panic");
      }
    case GOR_STMT_BLOCK: return is_terminating_list (s->list);
    case GOR_STMT_IF:
      return s->else_ && s->body && is_terminating_list (s->body->list) && is_terminating (s->else_, NULL);
    case GOR_STMT_LABELED: return s->body && is_terminating (s->body, s->label);
    case GOR_STMT_FOR: return s->x == NULL && !has_break (s->body, label, 0, 0);
    case GOR_STMT_SWITCH:
    case GOR_STMT_SELECT:
    case GOR_STMT_TYPE_SWITCH:
      {
        gboolean has_default = s->kind == GOR_STMT_SELECT;

        for (guint i = 0; s->list && i < s->list->len; i++)
          {
            GorAstStmt *cl = g_ptr_array_index (s->list, i);

            if (cl->is_default || (s->kind != GOR_STMT_SELECT && (cl->lhs == NULL || cl->lhs->len == 0)))
              has_default = TRUE;
            if (!is_terminating_list (cl->list) && !ends_with_fallthrough (cl))
              return FALSE;
            for (guint j = 0; cl->list && j < cl->list->len; j++)
              if (has_break (g_ptr_array_index (cl->list, j), label, 0, 0))
                return FALSE;
          }
        return has_default;
      }
    default: return FALSE;
    }
}

void
_gor_compile_func_body (GorCompiler *c, Fn *fn, GorAstExpr *ftype, GorAstStmt *body, GorAstField *recv)
{
  Scope      *saved_scope = c->scope;
  GorType    *sig = fn->sig;
  guint       np = 0;
  guint32     saved_line = c->line;
  const char *saved_label = c->pending_label;

  c->pending_label = NULL;
  fn->parent = c->fn;
  if (fn->upvals == NULL)
    fn->upvals = g_ptr_array_new ();
  if (fn->captured == NULL)
    fn->captured = g_hash_table_new (g_str_hash, g_str_equal);
  if (fn->loops == NULL)
    fn->loops = g_ptr_array_new ();
  fn->epilogue_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  c->fn = fn;
  c->line = fn->func->line;
  _gor_compile_walk_stmt (body, 0, _gor_compile_capture_cb, fn->captured, 0);
  fn->has_defer = _gor_compile_has_defer_stmt (body, 0);
  _gor_compile_scope_push (c, fn);

  /* parameters */
  if (recv && recv->names && recv->names->len > 0)
    {
      GorAstExpr *name = g_ptr_array_index (recv->names, 0);
      Sym        *sym = _gor_compile_sym_new (c, SYM_VAR, name->name, name->pos);

      sym->type = _gor_compile_resolve_type (c, recv->type);
      sym->owner = fn;
      sym->slot = (int) np++;
      sym->is_param = TRUE;
      sym->boxed = g_hash_table_contains (fn->captured, name->name)
                   || _gor_compile_recv_boxed (c, name->name, sym->type);
      _gor_compile_declare (c, c->scope, sym);
      fn->n_slots = (int) np;
    }
  else if (recv)
    np++, fn->n_slots = (int) np;
  {
    guint k = 0;

    for (guint i = 0; ftype->params && i < ftype->params->len; i++)
      {
        GorAstField *f = g_ptr_array_index (ftype->params, i);
        guint        n = f->names ? f->names->len : 0;

        if (n == 0)
          {
            np++, k++;
            fn->n_slots = (int) np;
            continue;
          }
        for (guint j = 0; j < n; j++, k++)
          {
            GorAstExpr *name = g_ptr_array_index (f->names, j);
            Sym        *sym = _gor_compile_sym_new (c, SYM_VAR, name->name, name->pos);

            sym->type = g_ptr_array_index (sig->params, k);
            sym->owner = fn;
            sym->slot = (int) np++;
            sym->is_param = TRUE;
            sym->boxed = g_hash_table_contains (fn->captured, name->name)
                         || _gor_compile_recv_boxed (c, name->name, sym->type);
            fn->n_slots = (int) np;
            _gor_compile_declare (c, c->scope, sym);
          }
      }
  }
  fn->func->n_params = np;
  fn->func->n_results = sig->results->len;
  fn->n_results = (int) sig->results->len;
  fn->result_slots = g_new0 (int, sig->results->len + 1);
  fn->result_syms = g_new0 (Sym *, sig->results->len + 1);
  /* results: named ones are variables; with defer, unnamed ones get slots */
  {
    guint k = 0;

    for (guint i = 0; ftype->results && i < ftype->results->len; i++)
      {
        GorAstField *f = g_ptr_array_index (ftype->results, i);
        guint        n = f->names ? f->names->len : 0;

        for (guint j = 0; j < n; j++, k++)
          {
            GorAstExpr *name = g_ptr_array_index (f->names, j);
            Sym        *sym;

            fn->named_results = TRUE;
            sym = _gor_compile_sym_new (c, SYM_VAR, name->name, name->pos);
            sym->type = g_ptr_array_index (sig->results, k);
            sym->owner = fn;
            sym->slot = _gor_compile_new_slot (c);
            sym->is_param = TRUE;
            sym->boxed = g_hash_table_contains (fn->captured, name->name)
                         || _gor_compile_recv_boxed (c, name->name, sym->type);
            _gor_compile_declare (c, c->scope, sym);
            fn->result_syms[k] = sym;
            _gor_compile_push_zero (c, sym->type);
            _gor_compile_init_local (c, sym);
          }
      }
    if (!fn->named_results && fn->has_defer)
      for (guint i = 0; i < sig->results->len; i++)
        fn->result_slots[i] = _gor_compile_new_slot (c);
  }
  /* captured parameters move into boxes */
  for (guint i = 0; i < c->scope->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (c->scope->order, i);

      if (sym->boxed && sym->is_param && sym->slot < (int) np)
        _gor_compile_emit (c, GOR_OP_BOX_LOCAL, sym->slot, 0, 0);
    }

  compile_block_list (c, body ? body->list : NULL);
  g_clear_pointer (&fn->label_pcs, g_hash_table_unref);
  g_clear_pointer (&fn->gotos, g_hash_table_unref);

  if (sig->results->len > 0 && !(body && is_terminating_list (body->list)))
    _gor_compile_error_at (c,
                           body             ? body->end
                           : fn->func->line ? (GorPos){ fn->func->line, 1 }
                                            : (GorPos){ 1, 1 },
                           "missing return");

  /* epilogue */
  if (fn->has_defer)
    {
      int epi = _gor_compile_here (c);

      _gor_compile_patch_list (c, fn->epilogue_jumps, epi);
      fn->func->unwind_pc = 0;
      _gor_compile_emit (c, GOR_OP_RUN_DEFERS, 0, 0, 0);
      for (guint i = 0; i < sig->results->len; i++)
        {
          if (fn->named_results)
            _gor_compile_load_sym (c, fn->result_syms[i], (GorPos){ 0, 0 });
          else
            _gor_compile_emit (c, GOR_OP_LOCAL, fn->result_slots[i], 0, 1);
        }
      _gor_compile_emit (c, GOR_OP_RET, (gint32) sig->results->len, 0, -(int) sig->results->len);
      /* A recovered panic resumes at the epilogue. */
      fn->func->unwind_pc = (guint) _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_UNWIND, epi, 0, 0);
    }
  else
    {
      _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
      fn->func->unwind_pc = (guint) _gor_compile_here (c);
      _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
    }

  _gor_compile_scope_pop (c);
  _gor_compile_fn_finish (c, fn);
  g_array_unref (fn->epilogue_jumps);
  fn->epilogue_jumps = NULL;
  c->scope = saved_scope;
  c->fn = fn->parent;
  c->line = saved_line;
  c->pending_label = saved_label;
}

void
_gor_compile_stmt (GorCompiler *c, GorAstStmt *s)
{
  compile_stmt (c, s);
}

void
_gor_compile_block_list (GorCompiler *c, GPtrArray *list)
{
  compile_block_list (c, list);
}
