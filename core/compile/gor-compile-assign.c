/* gor-compile-assign.c — assignments, declarations and the places values are stored
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

Sym *
_gor_compile_declare_local (GorCompiler *c, GorAstExpr *name, GorType *t)
{
  Sym *sym = _gor_compile_sym_new (c, SYM_VAR, name->name, name->pos);

  sym->type = t;
  sym->owner = c->fn;
  sym->slot = _gor_compile_new_slot (c);
  sym->boxed
      = g_hash_table_contains (c->fn->captured, name->name) || _gor_compile_recv_boxed (c, name->name, t);
  if (strcmp (name->name, "_") != 0)
    _gor_compile_declare (c, c->scope, sym);
  return sym;
}

/* Pops the value on the stack into a freshly declared variable. */
void
_gor_compile_init_local (GorCompiler *c, Sym *sym)
{
  if (sym->boxed)
    _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, sym->slot, 0, -1);
}

/* Go's refusal of one of the values of @r — a call with several
 * results or a comma-ok form — of type @t where a @target is needed. */
void
_gor_compile_cannot_use_result (GorCompiler *c, GorAstExpr *r, GorType *t, GorType *target,
                                const char *context)
{
  GorAstExpr *rr = r;
  const char *mode;

  while (rr->kind == GOR_EXPR_PAREN)
    rr = rr->x;
  mode = rr->kind == GOR_EXPR_CALL    ? "value"
         : rr->kind == GOR_EXPR_INDEX ? "map index expression"
                                      : "comma, ok expression";
  _gor_compile_error_at (c, _gor_compile_expr_start (r), "cannot use %s (%s of type %s) as %s value in %s",
                         _gor_compile_expr_str (c, r), mode, _gor_compile_tname (c, t),
                         _gor_compile_tname (c, target), context);
}

/* Go's one wording for every operand that is neither addressable nor a
 * map index expression (a constant, a call, a string's byte …). */
static void
unassignable (GorCompiler *c, GorAstExpr *e)
{
  _gor_compile_error_at (c, _gor_compile_expr_start (e),
                         "cannot assign to %s (neither addressable nor a map index expression)",
                         _gor_compile_expr_str (c, e));
}

/* Pushes what a store to @e needs (object, index) and describes it. */
gboolean
_gor_compile_prepare_lvalue (GorCompiler *c, GorAstExpr *e, LValue *lv)
{
  GorAstExpr *whole = e;

  memset (lv, 0, sizeof *lv);
  while (e->kind == GOR_EXPR_PAREN)
    e = e->x;
  switch (e->kind)
    {
    case GOR_EXPR_IDENT:
      {
        Sym *sym;

        if (g_str_equal (e->name, "_"))
          {
            lv->kind = LV_BLANK;
            return TRUE;
          }
        sym = _gor_compile_lookup (c, e->name);
        if (sym == NULL)
          {
            _gor_compile_undefined (c, e->pos, e->name);
            return FALSE;
          }
        if (sym->kind != SYM_VAR)
          {
            /* a type, package or built-in is no value: let the
             * expression say so; anything else is a value Go cannot
             * store to */
            if ((sym->kind == SYM_TYPE || sym->kind == SYM_PKG || sym->kind == SYM_BUILTIN)
                && _gor_compile_gen_value (c, e, NULL) == NULL)
              return FALSE;
            unassignable (c, whole);
            return FALSE;
          }
        if (sym->owner == NULL && sym->spec && !sym->resolved)
          _gor_compile_resolve_package_sym (c, sym);
        lv->kind = LV_SYM;
        lv->sym = sym;
        lv->type = sym->type;
        return TRUE;
      }
    case GOR_EXPR_INDEX:
      {
        GorType *t = _gor_compile_deref_array (_gor_compile_gen_expr (c, e->x, NULL)), *u;

        if (t == NULL)
          return FALSE;
        u = gor_type_under (t);
        if (u->kind == GOR_TYPE_SLICE)
          {
            if (u->is_array)
              _gor_compile_check_array_index (c, e->y, u);
            _gor_compile_gen_expr_to (c, e->y, c->t_int, "index");
            lv->kind = LV_INDEX;
            lv->type = u->elem;
            return TRUE;
          }
        if (u->kind == GOR_TYPE_MAP)
          {
            _gor_compile_gen_expr_to (c, e->y, u->key, "map index");
            lv->kind = LV_MAP;
            lv->type = u->elem;
            lv->map_type = t;
            return TRUE;
          }
        if (gor_type_is_string (u))
          unassignable (c, whole);
        else
          _gor_compile_error_at (c, _gor_ast_expr_go_pos (e), "invalid operation: cannot index %s",
                                 _gor_compile_describe (c, e->x, t));
        return FALSE;
      }
    case GOR_EXPR_SELECTOR:
      {
        GorType *ft = NULL;
        int      idx;

        if (e->x && e->x->kind == GOR_EXPR_IDENT)
          {
            Sym *pkg = _gor_compile_lookup (c, e->x->name);

            if (pkg && pkg->kind == SYM_PKG)
              {
                _gor_compile_unsupported (c, e->pos, "assigning to %s.%s", pkg->pkg, e->name);
                return FALSE;
              }
          }
        idx = _gor_compile_gen_field_base (c, e, &ft);
        if (idx < 0)
          return FALSE;
        {
          /* m[k].f = v would change a copy: Go refuses it */
          GorAstExpr *x = e->x;
          GArray     *code = c->fn->func->code;

          while (x && x->kind == GOR_EXPR_PAREN)
            x = x->x;
          if (x && x->kind == GOR_EXPR_INDEX && code->len > 0 && c->field_base
              && gor_type_under (c->field_base)->kind == GOR_TYPE_STRUCT
              && g_array_index (code, GorInstr, code->len - 1).op == GOR_OP_MAP_GET)
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                     "cannot assign to struct field %s in map", _gor_compile_expr_str (c, e));
              return FALSE;
            }
          /* a field of a struct value that lives nowhere (a call's
           * result, a literal, an asserted value) cannot be stored to */
          if (x
              && (x->kind == GOR_EXPR_CALL || x->kind == GOR_EXPR_COMPOSITE_LIT
                  || x->kind == GOR_EXPR_TYPE_ASSERT)
              && c->field_base && gor_type_under (c->field_base)->kind != GOR_TYPE_POINTER)
            {
              unassignable (c, whole);
              return FALSE;
            }
        }
        lv->kind = LV_FIELD;
        lv->field = idx;
        lv->type = ft;
        return TRUE;
      }
    case GOR_EXPR_STAR:
      {
        GorType *t = _gor_compile_gen_expr (c, e->x, NULL);

        if (t == NULL)
          return FALSE;
        if (gor_type_under (t)->kind != GOR_TYPE_POINTER)
          {
            _gor_compile_error_at (c, _gor_compile_expr_start (e->x), "invalid operation: cannot indirect %s",
                                   _gor_compile_describe (c, e->x, t));
            return FALSE;
          }
        lv->kind = LV_PTR;
        lv->type = gor_type_under (t)->elem;
        return TRUE;
      }
    default:
      {
        GorType *t = _gor_compile_gen_value (c, e, NULL);

        if (t != NULL && t->kind == GOR_TYPE_TUPLE)
          _gor_compile_error_at (c, _gor_compile_expr_start (e),
                                 "multiple-value %s (value of type %s) in single-value context",
                                 _gor_compile_expr_str (c, e), _gor_compile_tname (c, t));
        else if (t != NULL)
          unassignable (c, whole);
        return FALSE;
      }
    }
}

/* How many stack slots prepare_lvalue() pushed for @lv. */
static int
lvalue_operands (const LValue *lv)
{
  switch (lv->kind)
    {
    case LV_INDEX:
    case LV_MAP: return 2;
    case LV_FIELD:
    case LV_PTR: return 1;
    default: return 0;
    }
}

/* Value on top of the prepared operands: store it. */
void
_gor_compile_finish_store (GorCompiler *c, LValue *lv)
{
  switch (lv->kind)
    {
    case LV_BLANK: _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1); break;
    case LV_SYM: _gor_compile_store_sym (c, lv->sym); break;
    case LV_INDEX: _gor_compile_emit (c, GOR_OP_SET_INDEX, 0, 0, -3); break;
    case LV_MAP: _gor_compile_emit (c, GOR_OP_MAP_SET, _gor_compile_type_ref (c, lv->map_type), 0, -3); break;
    case LV_FIELD: _gor_compile_emit (c, GOR_OP_SET_FIELD, lv->field, 0, -2); break;
    case LV_PTR:
      _gor_compile_emit (c, GOR_OP_STORE_PTR,
                         gor_type_is_value_object (lv->type) ? _gor_compile_type_ref (c, lv->type) + 1 : 0, 0,
                         -2);
      break;
    default: break;
    }
}

/* Loads the current value of a prepared lvalue, keeping the operands. */
static void
load_lvalue (GorCompiler *c, LValue *lv, GorPos pos)
{
  switch (lv->kind)
    {
    case LV_SYM: _gor_compile_load_sym (c, lv->sym, pos); break;
    case LV_INDEX:
      _gor_compile_emit (c, GOR_OP_DUP2, 0, 0, 2);
      _gor_compile_emit (c, GOR_OP_INDEX, 0, 0, -1);
      break;
    case LV_MAP:
      _gor_compile_emit (c, GOR_OP_DUP2, 0, 0, 2);
      _gor_compile_emit (c, GOR_OP_MAP_GET, _gor_compile_type_ref (c, lv->map_type), 0, -1);
      break;
    case LV_FIELD:
      _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
      _gor_compile_emit (c, GOR_OP_FIELD, lv->field, 0, 0);
      break;
    case LV_PTR:
      _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
      _gor_compile_emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
      break;
    default: break;
    }
}

static GorOp
arith_op_for (GorCompiler *c, GorTokenKind tok, GorType *t, GorPos pos)
{
  GorType *u = gor_type_under (t);
  gboolean f = gor_type_is_float (u), uns = gor_type_is_unsigned (u);

  if (gor_type_is_string (u))
    {
      if (tok == GOR_TOKEN_ADD)
        return GOR_OP_SADD;
    }
  else if (gor_type_is_numeric (u))
    switch (tok)
      {
      case GOR_TOKEN_ADD: return f ? GOR_OP_FADD : GOR_OP_ADD;
      case GOR_TOKEN_SUB: return f ? GOR_OP_FSUB : GOR_OP_SUB;
      case GOR_TOKEN_MUL: return f ? GOR_OP_FMUL : GOR_OP_MUL;
      case GOR_TOKEN_QUO: return f ? GOR_OP_FDIV : uns ? GOR_OP_UDIV : GOR_OP_DIV;
      case GOR_TOKEN_REM:
        if (!f)
          return uns ? GOR_OP_UREM : GOR_OP_REM;
        break;
      case GOR_TOKEN_AND:
        if (!f)
          return GOR_OP_AND;
        break;
      case GOR_TOKEN_OR:
        if (!f)
          return GOR_OP_OR;
        break;
      case GOR_TOKEN_XOR:
        if (!f)
          return GOR_OP_XOR;
        break;
      case GOR_TOKEN_AND_NOT:
        if (!f)
          return GOR_OP_ANDNOT;
        break;
      case GOR_TOKEN_SHL:
        if (!f)
          return GOR_OP_SHL;
        break;
      case GOR_TOKEN_SHR:
        if (!f)
          return uns ? GOR_OP_USHR : GOR_OP_SHR;
        break;
      default: break;
      }
  _gor_compile_error_at (c, pos, "invalid operation: operator %s not defined on %s",
                         gor_token_kind_to_string (tok), _gor_compile_tname (c, t));
  return GOR_OP_NOP;
}

static GorTokenKind
op_of_assign (GorTokenKind tok)
{
  switch (tok)
    {
    case GOR_TOKEN_ADD_ASSIGN: return GOR_TOKEN_ADD;
    case GOR_TOKEN_SUB_ASSIGN: return GOR_TOKEN_SUB;
    case GOR_TOKEN_MUL_ASSIGN: return GOR_TOKEN_MUL;
    case GOR_TOKEN_QUO_ASSIGN: return GOR_TOKEN_QUO;
    case GOR_TOKEN_REM_ASSIGN: return GOR_TOKEN_REM;
    case GOR_TOKEN_AND_ASSIGN: return GOR_TOKEN_AND;
    case GOR_TOKEN_OR_ASSIGN: return GOR_TOKEN_OR;
    case GOR_TOKEN_XOR_ASSIGN: return GOR_TOKEN_XOR;
    case GOR_TOKEN_SHL_ASSIGN: return GOR_TOKEN_SHL;
    case GOR_TOKEN_SHR_ASSIGN: return GOR_TOKEN_SHR;
    case GOR_TOKEN_AND_NOT_ASSIGN: return GOR_TOKEN_AND_NOT;
    default: return GOR_TOKEN_EOF;
    }
}

void
_gor_compile_op_assign (GorCompiler *c, GorAstExpr *lhs, GorTokenKind op, GorAstExpr *rhs, GorPos pos)
{
  LValue lv;
  GorOp  vop;
  int    fast_slot = -1;

  if (!_gor_compile_prepare_lvalue (c, lhs, &lv))
    return;
  if (lv.kind == LV_BLANK)
    {
      _gor_compile_error_at (c, lhs->pos, "cannot use _ as value");
      return;
    }
  /* Go reads the variable of x++ and x op= y: it counts as a use. */
  if (lv.kind == LV_SYM)
    lv.sym->used = TRUE;
  if (rhs == NULL && !gor_type_is_numeric (gor_type_under (lv.type))
      && !gor_type_is_complex (gor_type_under (lv.type)))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (lhs),
                             "invalid operation: %s%s (non-numeric type %s)", _gor_compile_expr_str (c, lhs),
                             op == GOR_TOKEN_ADD ? "++" : "--", _gor_compile_tname (c, lv.type));
      return;
    }
  if (rhs != NULL && op != GOR_TOKEN_SHL && op != GOR_TOKEN_SHR)
    {
      ConstVal cv;
      GorType *u = gor_type_under (lv.type);

      if (_gor_compile_const_eval (c, rhs, &cv))
        {
          if (gor_type_is_untyped (cv.type)
              && (gor_type_is_numeric (cv.type) || gor_type_is_complex (cv.type))
                     != (gor_type_is_numeric (u) || gor_type_is_complex (u)))
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (lhs),
                                     "invalid operation: %s %s= %s (mismatched types %s and %s)",
                                     _gor_compile_expr_str (c, lhs), gor_token_kind_to_string (op),
                                     _gor_compile_expr_str (c, rhs), _gor_compile_tname (c, lv.type),
                                     _gor_compile_tname (c, cv.type));
              return;
            }
          if ((op == GOR_TOKEN_QUO || op == GOR_TOKEN_REM) && gor_type_is_integer (u)
              && gor_type_is_integer (cv.type) && cv.v.i == 0)
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (rhs), "invalid operation: division by zero");
              return;
            }
        }
    }
  /* i++ and i += 1 on a plain int local: one instruction */
  if (lv.kind == LV_SYM && lv.sym->owner == c->fn && !lv.sym->boxed
      && gor_type_under (lv.type)->kind == GOR_TYPE_INT && (op == GOR_TOKEN_ADD || op == GOR_TOKEN_SUB))
    {
      ConstVal cv;

      if (rhs == NULL)
        fast_slot = lv.sym->slot;
      else if (_gor_compile_const_eval (c, rhs, &cv) && gor_type_is_integer (cv.type) && cv.v.i >= -30000
               && cv.v.i <= 30000)
        fast_slot = lv.sym->slot;
      if (fast_slot >= 0)
        {
          gint64 d = rhs ? cv.v.i : 1;

          _gor_compile_emit (c, GOR_OP_INC_LOCAL, fast_slot,
                             (guint16) (gint16) (op == GOR_TOKEN_ADD ? d : -d), 0);
          return;
        }
    }
  load_lvalue (c, &lv, lhs->pos);
  if (gor_type_is_complex (gor_type_under (lv.type)))
    {
      /* z op= w, z++ on complex numbers: + - * / only */
      static const GorTokenKind toks[] = { GOR_TOKEN_ADD, GOR_TOKEN_SUB, GOR_TOKEN_MUL, GOR_TOKEN_QUO };
      guint                     k = 0;

      while (k < G_N_ELEMENTS (toks) && toks[k] != op)
        k++;
      if (k == G_N_ELEMENTS (toks))
        {
          arith_op_for (c, op, lv.type, pos);
          return;
        }
      if (rhs == NULL)
        {
          ConstVal one = { c->t_unt_int, { .i = 1 } };

          _gor_compile_push_const (c, &one, lv.type);
        }
      else
        _gor_compile_gen_expr_to (c, rhs, lv.type, "assignment");
      _gor_compile_emit (c, GOR_OP_MATHLIB, GOR_M_CADD + (gint32) k,
                         gor_type_under (lv.type)->kind == GOR_TYPE_COMPLEX64, -1);
      _gor_compile_finish_store (c, &lv);
      return;
    }
  vop = arith_op_for (c, op, lv.type, pos);
  if (rhs == NULL)
    {
      ConstVal one = { c->t_unt_int, { .i = 1 } };

      _gor_compile_push_const (c, &one, lv.type);
    }
  else if (op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR)
    _gor_compile_gen_value (c, rhs, c->t_int);
  else
    _gor_compile_gen_expr_to (c, rhs, lv.type, "assignment");
  _gor_compile_emit (c, vop, 0, 0, -1);
  _gor_compile_emit_trunc (c, lv.type);
  _gor_compile_finish_store (c, &lv);
}

/* Generates the values of @rhs for @n_lhs targets; returns their types. */
GorType **
_gor_compile_gen_rhs_values (GorCompiler *c, GPtrArray *rhs, guint n_lhs, GorType **hints, GorPos pos,
                             gboolean *failed, const char *context)
{
  GorType **types = _gor_compile_keep (c, g_new0 (GorType *, n_lhs + 1), g_free);

  *failed = FALSE;
  if (rhs->len > 0)
    pos = _gor_compile_expr_start (g_ptr_array_index (rhs, 0)); /* where Go reports a mismatch */
  if (rhs->len == n_lhs)
    {
      for (guint i = 0; i < n_lhs; i++)
        {
          GorAstExpr *r = g_ptr_array_index (rhs, i);

          /* Go words `x = f()` as an assignment mismatch, `var x = f()`
           * as a multiple value in a single-value context. */
          if (n_lhs == 1 && strcmp (context, "variable declaration") != 0)
            c->single_rhs = r;
          if (hints && hints[i])
            {
              _gor_compile_gen_expr_to (c, r, hints[i], context);
              types[i] = hints[i];
            }
          else
            {
              c->value_ctx = context;
              types[i] = _gor_compile_gen_value (c, r, NULL);
              c->value_ctx = NULL;
              if (types[i] && types[i]->kind == GOR_TYPE_TUPLE && r == c->single_rhs)
                {
                  _gor_compile_error_at (
                      c, _gor_compile_expr_start (r),
                      "assignment mismatch: 1 variable but %s returns %d values",
                      _gor_compile_expr_str (c, r->kind == GOR_EXPR_PAREN ? r->x->x : r->x),
                      _gor_compile_n_results_of (types[i]));
                  types[i] = NULL;
                }
              if (types[i] && types[i]->kind == GOR_TYPE_TUPLE)
                {
                  _gor_compile_error_at (c, _gor_compile_expr_start (r),
                                         "multiple-value %s (value of type %s) in single-value context",
                                         _gor_compile_expr_str (c, r), _gor_compile_tname (c, types[i]));
                  types[i] = NULL;
                }
              if (types[i] && gor_type_is_value_object (types[i]) && !_gor_compile_is_fresh (r))
                _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, types[i]), 0, 0);
            }
          if (types[i] == NULL)
            *failed = TRUE;
        }
      return types;
    }
  if (rhs->len == 1 && n_lhs == 2)
    {
      gboolean    ok;
      GorAstExpr *r = g_ptr_array_index (rhs, 0);
      GorAstExpr *rr = r;
      GorType    *t;

      while (rr->kind == GOR_EXPR_PAREN)
        rr = rr->x;
      if (rr->kind != GOR_EXPR_CALL)
        {
          t = _gor_compile_gen_comma_ok (c, r, &ok);
          if (ok)
            {
              if (t == NULL)
                {
                  *failed = TRUE;
                  return types;
                }
              types[0] = t;
              types[1] = c->t_bool;
              if (hints && hints[0] && !_gor_compile_assignable (c, t, hints[0]))
                _gor_compile_cannot_use_result (c, r, t, hints[0], "assignment");
              if (hints && hints[0] && gor_type_under (hints[0])->kind == GOR_TYPE_INTERFACE
                  && gor_type_under (t)->kind != GOR_TYPE_INTERFACE)
                {
                  _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
                  _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, t), 0, 0);
                  _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
                  types[0] = hints[0];
                }
              return types;
            }
        }
    }
  if (rhs->len == 1)
    {
      GorAstExpr *r = g_ptr_array_index (rhs, 0);
      GorAstExpr *rr = r;
      GorType    *t;

      while (rr->kind == GOR_EXPR_PAREN)
        rr = rr->x;
      if (rr->kind == GOR_EXPR_CALL)
        {
          t = _gor_compile_gen_call (c, rr, TRUE);
          if (t == NULL && !c->error)
            {
              _gor_compile_error_at (c, _gor_compile_expr_start (r), "%s (no value) used as value",
                                     _gor_compile_expr_str (c, r));
              *failed = TRUE;
              return types;
            }
          if (t == NULL)
            {
              *failed = TRUE;
              return types;
            }
          if (t->kind != GOR_TYPE_TUPLE || t->results->len != n_lhs)
            {
              _gor_compile_error_at (c, pos, "assignment mismatch: %u variable%s but %s returns %d value%s",
                                     n_lhs, n_lhs == 1 ? "" : "s", _gor_compile_expr_str (c, rr->x),
                                     _gor_compile_n_results_of (t),
                                     _gor_compile_n_results_of (t) == 1 ? "" : "s");
              *failed = TRUE;
              return types;
            }
          for (guint i = 0; i < n_lhs; i++)
            {
              types[i] = g_ptr_array_index (t->results, i);
              if (hints && hints[i] && !_gor_compile_assignable (c, types[i], hints[i]))
                _gor_compile_cannot_use_result (c, r, types[i], hints[i], "assignment");
            }
          return types;
        }
    }
  _gor_compile_error_at (c, pos, "assignment mismatch: %u variable%s but %u value%s", n_lhs,
                         n_lhs == 1 ? "" : "s", rhs->len, rhs->len == 1 ? "" : "s");
  *failed = TRUE;
  return types;
}

static void
compile_define (GorCompiler *c, GorAstStmt *s)
{
  guint                n = s->lhs->len;
  g_autofree Sym     **syms = g_new0 (Sym *, n);
  g_autofree GorType **hints = g_new0 (GorType *, n);
  gboolean             any_new = FALSE, failed;
  GorType            **types;

  for (guint i = 0; i < n; i++)
    {
      GorAstExpr *l = g_ptr_array_index (s->lhs, i);

      if (l->kind != GOR_EXPR_IDENT)
        {
          _gor_compile_error_at (c, l->pos, "non-name %s on left side of :=", _gor_compile_expr_str (c, l));
          return;
        }
      if (g_str_equal (l->name, "_"))
        continue;
      syms[i] = g_hash_table_lookup (c->scope->syms, l->name);
      if (syms[i] == NULL || syms[i]->kind != SYM_VAR)
        {
          syms[i] = NULL;
          any_new = TRUE;
        }
      else
        hints[i] = syms[i]->type;
    }
  if (!any_new)
    _gor_compile_error_at (
        c, _gor_compile_token_after (c, _gor_compile_expr_start (g_ptr_array_index (s->lhs, n - 1)), ":="),
        "no new variables on left side of :=");
  types = _gor_compile_gen_rhs_values (c, s->rhs, n, hints, s->pos, &failed, "assignment");
  /* Declare after evaluating: `x := x + 1` reads the outer x. */
  for (int i = (int) n - 1; i >= 0; i--)
    {
      GorAstExpr *l = g_ptr_array_index (s->lhs, i);

      if (g_str_equal (l->name, "_"))
        {
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
          continue;
        }
      if (syms[i] != NULL)
        {
          _gor_compile_store_sym (c, syms[i]);
          continue;
        }
      {
        GorType *t = types[i] ? types[i] : c->t_int;
        Sym     *sym;

        if (t->kind == GOR_TYPE_UNTYPED_NIL)
          {
            _gor_compile_error_at (
                c, _gor_compile_expr_start (g_ptr_array_index (s->rhs, MIN ((guint) i, s->rhs->len - 1))),
                "use of untyped nil in assignment");
            t = c->t_int;
          }
        if (failed)
          t = types[i] ? t : c->t_int;
        sym = _gor_compile_declare_local (c, l, t);
        if (failed)
          sym->used = TRUE;
        _gor_compile_init_local (c, sym);
      }
    }
}

void
_gor_compile_assign (GorCompiler *c, GorAstStmt *s)
{
  guint n = s->lhs->len;

  if (s->tok == GOR_TOKEN_DEFINE)
    {
      compile_define (c, s);
      return;
    }
  if (s->tok != GOR_TOKEN_ASSIGN)
    {
      if (n != 1 || s->rhs->len != 1)
        {
          _gor_compile_error_at (c, s->pos, "assignment operation %s requires single-valued expressions",
                                 gor_token_kind_to_string (s->tok));
          return;
        }
      _gor_compile_op_assign (c, g_ptr_array_index (s->lhs, 0), op_of_assign (s->tok),
                              g_ptr_array_index (s->rhs, 0), s->pos);
      return;
    }
  if (n == 1 && s->rhs->len == 1)
    {
      LValue      lv;
      GorAstExpr *r = g_ptr_array_index (s->rhs, 0);

      if (!_gor_compile_prepare_lvalue (c, g_ptr_array_index (s->lhs, 0), &lv))
        return;
      if (lv.kind == LV_BLANK)
        {
          GorType *t = _gor_compile_gen_value (c, r, NULL);

          if (t && t->kind == GOR_TYPE_UNTYPED_NIL)
            _gor_compile_error_at (c, _gor_compile_expr_start (r), "use of untyped nil in assignment");
          if (t && t->kind == GOR_TYPE_TUPLE)
            _gor_compile_error_at (c, s->pos, "assignment mismatch: 1 variable but %s returns %u values",
                                   _gor_compile_expr_str (c, ((GorAstExpr *) r)->x), t->results->len);
          _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
          return;
        }
      c->single_rhs = r;
      _gor_compile_gen_expr_to (c, r, lv.type, "assignment");
      _gor_compile_finish_store (c, &lv);
      return;
    }
  /* Tuple assignment: Go evaluates the operands of the left-hand index
   * expressions and indirections, then the right-hand sides, into
   * temporaries before storing anything, so `i, a[i] = 1, 2` stores to
   * the old a[i]. */
  {
    g_autofree GorType **hints = g_new0 (GorType *, n);
    g_autofree int      *tmp = g_new0 (int, n);
    g_autofree LValue   *lvs = g_new0 (LValue, n);
    g_autofree int      *ops = g_new0 (int, 2 * n);
    gboolean             failed;
    GorType            **types;

    for (guint i = 0; i < n; i++)
      {
        GorAstExpr *l = g_ptr_array_index (s->lhs, i);

        while (l->kind == GOR_EXPR_PAREN)
          l = l->x;
        if (l->kind == GOR_EXPR_IDENT && !g_str_equal (l->name, "_"))
          {
            Sym *sym = _gor_compile_lookup (c, l->name);

            if (sym && sym->kind == SYM_VAR)
              hints[i] = sym->type;
          }
      }
    for (guint i = 0; i < n; i++)
      {
        if (!_gor_compile_prepare_lvalue (c, g_ptr_array_index (s->lhs, i), &lvs[i]))
          return;
        for (int j = lvalue_operands (&lvs[i]) - 1; j >= 0; j--)
          {
            ops[2 * i + (guint) j] = _gor_compile_new_slot (c);
            _gor_compile_emit (c, GOR_OP_SET_LOCAL, ops[2 * i + (guint) j], 0, -1);
          }
      }
    types = _gor_compile_gen_rhs_values (c, s->rhs, n, NULL, s->pos, &failed, "assignment");
    if (failed)
      return;
    for (int i = (int) n - 1; i >= 0; i--)
      {
        tmp[i] = _gor_compile_new_slot (c);
        _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp[i], 0, -1);
      }
    for (guint i = 0; i < n; i++)
      {
        LValue *lv = &lvs[i];

        for (int j = 0; j < lvalue_operands (lv); j++)
          _gor_compile_emit (c, GOR_OP_LOCAL, ops[2 * i + (guint) j], 0, 1);
        _gor_compile_emit (c, GOR_OP_LOCAL, tmp[i], 0, 1);
        if (lv->kind != LV_BLANK)
          {
            if (types[i] && !_gor_compile_assignable (c, types[i], lv->type) && s->rhs->len == n)
              _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (s->rhs, i)),
                                     "cannot use %s as %s value in assignment",
                                     _gor_compile_describe (c, g_ptr_array_index (s->rhs, i), types[i]),
                                     _gor_compile_tname (c, lv->type));
            else if (types[i] && !_gor_compile_assignable (c, types[i], lv->type))
              _gor_compile_cannot_use_result (c, g_ptr_array_index (s->rhs, 0), types[i], lv->type,
                                              "assignment");
            else if (types[i])
              _gor_compile_convert_value (c, types[i], lv->type, TRUE);
          }
        _gor_compile_finish_store (c, lv);
      }
  }
}

static void
compile_var_spec (GorCompiler *c, GorAstSpec *sp)
{
  guint     n = sp->names->len;
  GorType  *t = sp->type ? _gor_compile_resolve_type (c, sp->type) : NULL;
  gboolean  failed = FALSE;
  GorType **types = NULL;

  if (sp->values && sp->values->len > 0)
    {
      g_autofree GorType **hints = g_new0 (GorType *, n);
      gboolean             each = sp->values->len == n;
      guint mark = each ? _gor_compile_order_begin (c, (GorAstExpr *const *) sp->values->pdata, n) : 0;

      for (guint i = 0; i < n; i++)
        hints[i] = t;
      types = _gor_compile_gen_rhs_values (c, sp->values, n, t ? hints : NULL, sp->pos, &failed,
                                           "variable declaration");
      if (each)
        _gor_compile_order_end (c, mark);
    }
  for (int i = (int) n - 1; i >= 0; i--)
    {
      GorAstExpr *name = g_ptr_array_index (sp->names, i);
      GorType    *vt = t ? t : (types && types[i] ? types[i] : c->t_int);
      Sym        *sym;

      if (vt->kind == GOR_TYPE_UNTYPED_NIL)
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (sp->values, i)),
                                 "use of untyped nil in variable declaration");
          vt = c->t_int;
        }
      if (types == NULL)
        _gor_compile_push_zero (c, vt);
      sym = _gor_compile_declare_local (c, name, vt);
      if (failed)
        sym->used = TRUE;
      if (g_str_equal (name->name, "_"))
        _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      else
        _gor_compile_init_local (c, sym);
    }
}

void
_gor_compile_const_spec (GorCompiler *c, GorAstSpec *sp, Scope *scope, gboolean global)
{
  GorType *t = sp->type ? _gor_compile_resolve_type (c, sp->type) : NULL;
  int      saved = c->iota;

  c->iota = sp->iota;
  if (sp->values == NULL || sp->values->len == 0)
    {
      _gor_compile_error_at (c, sp->pos, "missing init expr for const declaration");
      c->iota = saved;
      return;
    }
  for (guint i = 0; i < sp->names->len; i++)
    {
      GorAstExpr *name = g_ptr_array_index (sp->names, i);
      Sym        *sym = NULL;
      ConstVal    cv = { 0 };

      if (i >= sp->values->len)
        {
          _gor_compile_error_at (c, name->pos, "missing init expr for const declaration");
          break;
        }
      if (global)
        sym = g_hash_table_lookup (scope->syms, name->name);
      if (sym == NULL)
        {
          sym = _gor_compile_sym_new (c, SYM_CONST, name->name, name->pos);
          sym->owner = global ? NULL : c->fn;
          sym->used = TRUE;
          _gor_compile_declare (c, scope, sym);
        }
      if (!_gor_compile_const_eval (c, g_ptr_array_index (sp->values, i), &cv))
        {
          GorAstExpr *v = g_ptr_array_index (sp->values, i);

          if (c->error == NULL || c->fold_error != v) /* else the folding said why */
            _gor_compile_error_at (c, _gor_compile_expr_start (v), "%s is not constant",
                                   _gor_compile_expr_str (c, v));
          cv.type = c->t_int;
        }
      else if (t)
        {
          if (_gor_compile_const_overflows (c, g_ptr_array_index (sp->values, i), &cv, t,
                                            "constant declaration"))
            ;
          else if (!_gor_compile_const_representable (c, &cv, t, NULL))
            _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (sp->values, i)),
                                   "cannot use %s as %s value in constant declaration",
                                   _gor_compile_describe (c, g_ptr_array_index (sp->values, i), cv.type),
                                   _gor_compile_tname (c, t));
          _gor_compile_const_convert (c, &cv, t);
        }
      sym->cv = cv;
      sym->resolved = TRUE;
      sym->spec = NULL;
    }
  if (sp->values->len > sp->names->len)
    _gor_compile_error_at (c, sp->pos, "extra init expr");
  c->iota = saved;
}

void
_gor_compile_decl_stmt (GorCompiler *c, GorAstDecl *d)
{
  for (guint i = 0; d->specs && i < d->specs->len; i++)
    {
      GorAstSpec *sp = g_ptr_array_index (d->specs, i);

      if (d->tok == GOR_TOKEN_VAR)
        compile_var_spec (c, sp);
      else if (d->tok == GOR_TOKEN_CONST)
        _gor_compile_const_spec (c, sp, c->scope, FALSE);
      else if (d->tok == GOR_TOKEN_TYPE && sp->names && sp->names->len > 0)
        {
          GorAstExpr *n = g_ptr_array_index (sp->names, 0);
          Sym        *sym = _gor_compile_sym_new (c, SYM_TYPE, n->name, n->pos);

          if (sp->is_alias)
            sym->type = _gor_compile_resolve_type (c, sp->type);
          else
            {
              g_autofree char *tn = g_strdup_printf ("main.%s", n->name);

              sym->type = gor_types_named (c->types, tn);
              _gor_compile_declare (c, c->scope, sym);
              gor_type_set_underlying (sym->type, _gor_compile_resolve_type (c, sp->type));
              sym->used = TRUE;
              _gor_compile_promote_local_type (c, sym);
              continue;
            }
          sym->used = TRUE;
          _gor_compile_declare (c, c->scope, sym);
        }
    }
}
