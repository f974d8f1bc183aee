/* gor-compile-typeswitch.c — type switches
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The switched interface is kept in a slot; each case tests it with a
 * comma-ok assertion (or against nil) and jumps to its body, where the
 * bound variable has the case's type when the case names one type.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

/* The tests of one case of a type switch on the interface in @tmp: a
 * jump to its body for each type (or nil) that matches.  Returns the
 * case's one type, or NULL when it has several (or nil). */
static GorType *
type_switch_tests (GorCompiler *c, GorAstStmt *cl, int tmp, GorType *xt, int ci, GArray *jumps,
                   GArray *clause, GPtrArray *seen)
{
  GorType *one = NULL;

  for (guint j = 0; j < cl->lhs->len; j++)
    {
      GorAstExpr *e = g_ptr_array_index (cl->lhs, j);
      GorType    *t = NULL;
      int         jt;

      c->line = e->pos.line;
      _gor_compile_emit (c, GOR_OP_LOCAL, tmp, 0, 1);
      if (_gor_compile_is_nil_expr (c, e))
        {
          _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
          _gor_compile_emit_equal (c, xt);
        }
      else
        {
          t = _gor_compile_resolve_type (c, e);
          for (guint k = 0; k < seen->len; k++)
            if (g_ptr_array_index (seen, k) == t)
              _gor_compile_error_at (c, _gor_compile_expr_start (e), "duplicate case %s in type switch",
                                     _gor_compile_expr_str (c, e));
          g_ptr_array_add (seen, t);
          _gor_compile_emit (c, GOR_OP_ASSERT, _gor_compile_type_ref (c, t), 1, 1);
          _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
        }
      jt = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
      g_array_append_val (jumps, jt);
      g_array_append_val (clause, ci);
      one = cl->lhs->len == 1 ? t : NULL;
    }
  return one;
}

/* switch v := x.(type) { case T1, T2: … case nil: … default: … } */
void
_gor_compile_type_switch (GorCompiler *c, GorAstStmt *s, const char *label)
{
  guint n = s->list ? s->list->len : 0;
  g_autoptr (GArray) jumps = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GArray) clause = g_array_new (FALSE, FALSE, sizeof (int));
  g_autoptr (GPtrArray) seen = g_ptr_array_new ();
  g_autofree GorType **types = g_new0 (GorType *, n + 1);
  g_autofree int      *body_pc = g_new0 (int, n + 1);
  GorAstExpr          *bind = NULL, *ax;
  GorType             *xt;
  int                  tmp, default_index = -1, jdefault;
  gboolean             used = FALSE;
  Loop                *l;

  _gor_compile_scope_push (c, c->fn);
  if (s->init)
    _gor_compile_stmt (c, s->init);
  if (s->assign->kind == GOR_STMT_ASSIGN)
    {
      bind = g_ptr_array_index (s->assign->lhs, 0);
      ax = g_ptr_array_index (s->assign->rhs, 0);
    }
  else
    ax = s->assign->x;
  while (ax->kind == GOR_EXPR_PAREN)
    ax = ax->x;
  xt = _gor_compile_gen_expr (c, ax->x, NULL);
  if (xt == NULL)
    xt = c->t_any;
  else if (gor_type_under (xt)->kind != GOR_TYPE_INTERFACE)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (ax->x), "%s is not an interface",
                             _gor_compile_describe (c, ax->x, xt));
      xt = c->t_any;
    }
  tmp = _gor_compile_new_slot (c);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
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
      types[i] = type_switch_tests (c, cl, tmp, xt, (int) i, jumps, clause, seen);
    }
  jdefault = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  l = _gor_compile_loop_push (c, label, FALSE);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      Sym        *sym = NULL;
      int         j;

      body_pc[i] = _gor_compile_here (c);
      _gor_compile_scope_push (c, c->fn);
      if (bind != NULL && strcmp (bind->name, "_") != 0)
        {
          /* the case's one type, or the switched interface's */
          sym = _gor_compile_declare_local (c, bind, types[i] ? types[i] : xt);
          _gor_compile_emit (c, GOR_OP_LOCAL, tmp, 0, 1);
          if (types[i])
            _gor_compile_emit (c, GOR_OP_ASSERT, _gor_compile_type_ref (c, types[i]), 0, 0);
          _gor_compile_init_local (c, sym);
        }
      _gor_compile_block_list (c, cl->list);
      if (sym != NULL)
        {
          used = used || sym->used;
          sym->used = TRUE;
        }
      j = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
      g_array_append_val (l->breaks, j);
      _gor_compile_scope_pop (c);
    }
  for (guint k = 0; k < jumps->len; k++)
    _gor_compile_patch (c, g_array_index (jumps, int, k), body_pc[g_array_index (clause, int, k)]);
  _gor_compile_patch (c, jdefault, default_index >= 0 ? body_pc[default_index] : _gor_compile_here (c));
  _gor_compile_loop_pop (c, l, 0, _gor_compile_here (c));
  if (bind != NULL && strcmp (bind->name, "_") != 0 && !used)
    _gor_compile_error_at (c, bind->pos, "%s declared and not used", bind->name);
  _gor_compile_scope_pop (c);
}
