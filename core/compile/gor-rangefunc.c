/* gor-rangefunc.c — range over functions (Go 1.23)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * `for k, v := range seq { body }` calls seq with the body made a
 * function of its own, yield, which returns true to go on and false when
 * the loop ends early.  How it ended (break, return, a branch to an outer
 * statement) is left in the loop's state variable; the code after the
 * call reads it and does the same in the enclosing function, or, for a
 * loop in the body of another, hands it on to that one.  The iterator is
 * an ordinary call: goroutines, channels and panics inside it or the body
 * behave as in any function.  A yield called again after it returned
 * false, or after the loop ended, panics with Go's runtime error.
 *
 * The body's function captures the variables it uses, which must be
 * boxed from their declaration on; whether a range statement ranges over
 * a function is known only once its operand is compiled.  So the first
 * compilation of such a statement marks it (RANGE_FUNC_STMT) and asks for
 * the file to be compiled again, when the capture walk takes the body
 * for a nested function (gor-scope.c).
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

/* the state of a loop, in its state variable */
enum
{
  RF_READY = 0,
  RF_EXITED = -1, /* the iterator returned */
  RF_BREAK = 1,
  RF_RETURN = 2,      /* return, the values in the hidden results */
  RF_BARE_RETURN = 3, /* return of named results */
  RF_FIRST_EXIT = 4,  /* branches to outer statements: codes from here on */
};

typedef struct
{
  int          code;
  GorTokenKind tok;
  const char  *label;
  GorPos       pos;
} RangeExit;

struct _RangeFunc
{
  GorAstStmt *stmt;
  const char *label;
  Fn         *fn;      /* the body's function */
  Fn         *owner;   /* the function the loop is in */
  Sym        *next;    /* the state: a boxed int of owner's */
  Fn         *real;    /* the function a return in the body returns from */
  Sym       **results; /* real's results, as a return in a body leaves them */
  Sym        *defers;  /* real's func(): the calls deferred in bodies, latest first */
  gboolean    returns, bare_returns;
  GArray     *exits; /* RangeExit */
};

static Sym *
hidden_var (GorCompiler *c, GorType *t, const char *name)
{
  Sym *sym = _gor_compile_sym_new (c, SYM_VAR, name, (GorPos){ 0, 0 });

  sym->type = t;
  sym->owner = c->fn;
  sym->slot = _gor_compile_new_slot (c);
  sym->boxed = TRUE;
  sym->used = TRUE;
  _gor_compile_push_zero (c, t);
  _gor_compile_init_local (c, sym);
  return sym;
}

static void
set_state (GorCompiler *c, RangeFunc *rf, int code)
{
  _gor_compile_emit (c, GOR_OP_PUSH_INT, code, 0, 1);
  _gor_compile_store_sym (c, rf->next);
}

/* The body returns false, leaving @code for the code after the call. */
static void
leave_body (GorCompiler *c, RangeFunc *rf, int code)
{
  set_state (c, rf, code);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_RET, 1, 0, -1);
}

static void
continue_body (GorCompiler *c)
{
  _gor_compile_emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
  _gor_compile_emit (c, GOR_OP_RET, 1, 0, -1);
}

static void
emit_runtime_panic (GorCompiler *c, const char *msg)
{
  GorValue v;

  v.p = gor_str_new (&c->prog->const_heap, msg, strlen (msg));
  _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
  _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, c->t_rterr), 0, 0);
  _gor_compile_emit (c, GOR_OP_PANIC, 0, 0, -1);
}

/* yield called when the loop is no longer running panics as in Go */
static void
check_state (GorCompiler *c, RangeFunc *rf)
{
  int ok, other;

  _gor_compile_load_sym (c, rf->next, rf->stmt->pos);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, RF_READY, 0, 1);
  _gor_compile_emit (c, GOR_OP_EQ, 0, 0, -1);
  ok = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
  _gor_compile_load_sym (c, rf->next, rf->stmt->pos);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, RF_EXITED, 0, 1);
  _gor_compile_emit (c, GOR_OP_EQ, 0, 0, -1);
  other = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  emit_runtime_panic (c, "runtime error: range function continued iteration after whole loop exit");
  _gor_compile_patch (c, other, _gor_compile_here (c));
  emit_runtime_panic (c, "runtime error: range function continued iteration after function for loop body "
                         "returned false");
  _gor_compile_patch (c, ok, _gor_compile_here (c));
}

static gboolean
has_label (GorAstStmt *s, const char *label, int level)
{
  if (s == NULL || level > 2000)
    return FALSE;
  if (s->kind == GOR_STMT_LABELED && s->label && g_str_equal (s->label, label))
    return TRUE;
  for (guint i = 0; s->list && i < s->list->len; i++)
    if (has_label (g_ptr_array_index (s->list, i), label, level + 1))
      return TRUE;
  return has_label (s->body, label, level + 1) || has_label (s->else_, label, level + 1);
}

static Loop *
find_loop (Fn *fn, const char *label)
{
  for (int i = (int) fn->loops->len - 1; i >= 0; i--)
    {
      Loop *l = g_ptr_array_index (fn->loops, i);

      if (l->label && g_str_equal (l->label, label))
        return l;
    }
  return NULL;
}

/* Whether break/continue @label names a statement around the loop. */
static gboolean
label_visible (RangeFunc *rf, GorTokenKind tok, const char *label)
{
  for (Fn *f = rf->owner; f != NULL; f = f->range ? f->range->owner : NULL)
    {
      Loop *l = find_loop (f, label);

      if (l)
        return tok != GOR_TOKEN_CONTINUE || l->is_loop;
      if (f->range == NULL)
        return FALSE;
      if (f->range->label && g_str_equal (f->range->label, label))
        return TRUE;
    }
  return FALSE;
}

static void
add_exit (RangeFunc *rf, int code, GorTokenKind tok, const char *label, GorPos pos)
{
  RangeExit e = { code, tok, label, pos };

  g_array_append_val (rf->exits, e);
}

gboolean
_gor_compile_range_branch (GorCompiler *c, GorAstStmt *s)
{
  RangeFunc *rf = c->fn->range;
  int        code;

  if (rf == NULL || s->tok == GOR_TOKEN_FALLTHROUGH)
    return FALSE;
  if (s->tok == GOR_TOKEN_GOTO)
    {
      if (has_label (rf->stmt->body, s->label, 0))
        return FALSE;
    }
  else if (s->label == NULL || (rf->label && g_str_equal (rf->label, s->label)))
    {
      if (s->tok == GOR_TOKEN_CONTINUE)
        continue_body (c);
      else
        leave_body (c, rf, RF_BREAK);
      return TRUE;
    }
  else if (!label_visible (rf, s->tok, s->label))
    return FALSE;
  code = RF_FIRST_EXIT + c->range_codes++;
  add_exit (rf, code, s->tok, s->label, s->pos);
  leave_body (c, rf, code);
  return TRUE;
}

void
_gor_compile_range_return (GorCompiler *c, GorAstStmt *s)
{
  RangeFunc *rf = c->fn->range;
  GPtrArray *res = rf->real->sig->results;
  guint      n = s->rhs ? s->rhs->len : 0;

  if (n == 0 && (res->len == 0 || rf->real->named_results))
    {
      if (res->len == 0)
        rf->returns = TRUE;
      else
        rf->bare_returns = TRUE;
      leave_body (c, rf, res->len == 0 ? RF_RETURN : RF_BARE_RETURN);
      return;
    }
  if (n != res->len)
    {
      _gor_compile_error_at (c, n > 0 ? _gor_compile_expr_start (g_ptr_array_index (s->rhs, 0)) : s->pos,
                             "%s return values\n\twant %s", n > res->len ? "too many" : "not enough",
                             _gor_compile_types_list (c, res, FALSE));
      return;
    }
  for (guint i = 0; i < n; i++)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (s->rhs, i), g_ptr_array_index (res, i),
                              "return statement");
  for (int i = (int) n - 1; i >= 0; i--)
    _gor_compile_store_sym (c, rf->results[i]);
  rf->returns = TRUE;
  leave_body (c, rf, RF_RETURN);
}

/* A function of the compiler's own, of no parameters and results, with
 * @n_upvals boxes: its code is emitted by @body. */
static int
synth_func (GorCompiler *c, const char *suffix, void (*body) (GorCompiler *c, gpointer data), gpointer data)
{
  Fn              *outer = c->fn;
  guint32          line = c->line;
  g_autofree char *name = g_strdup_printf ("%s.%s", outer->top_name, suffix);
  GorFunc         *f = _gor_compile_func_new (c, name, line);
  Fn              *fn = _gor_compile_fn_new (c, f, NULL, f->name);

  c->fn = fn;
  body (c, data);
  _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
  f->unwind_pc = (guint) _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_UNWIND, 0, 0, 0);
  _gor_compile_fn_close (c, fn, outer, line);
  return (int) f->index;
}

/* calls the func() in upvalue @i unless it is nil */
static void
call_upval_unless_nil (GorCompiler *c, int i)
{
  int end;

  _gor_compile_emit (c, GOR_OP_UPVAL, i, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_EQ, 0, 0, -1);
  end = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_UPVAL, i, 0, 1);
  _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, 0, 0, -1);
  _gor_compile_patch (c, end, _gor_compile_here (c));
}

static void
runner_code (GorCompiler *c, gpointer data)
{
  call_upval_unless_nil (c, 0);
}

static void
chain_code (GorCompiler *c, gpointer data)
{
  _gor_compile_emit (c, GOR_OP_UPVAL, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, 0, 0, -1);
  call_upval_unless_nil (c, 1);
}

typedef struct
{
  int      func; /* -1: the first value is a closure */
  int      n_values;
  GorType *result;
} Thunk;

static void
thunk_code (GorCompiler *c, gpointer data)
{
  Thunk *t = data;
  int    nres = _gor_compile_n_results_of (t->result);

  for (int i = 0; i < t->n_values; i++)
    _gor_compile_emit (c, GOR_OP_UPVAL, i, 0, 1);
  if (t->func < 0)
    _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, t->n_values - 1, 0, nres - t->n_values);
  else
    _gor_compile_emit (c, GOR_OP_CALL, t->func, t->n_values, nres - t->n_values);
  for (int i = 0; i < nres; i++)
    _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
}

/* defer in a body: the call, its operands evaluated (on the stack), goes
 * first in the list of the enclosing function's deferred calls, which
 * one call deferred there when the outermost loop began runs. */
void
_gor_compile_range_defer (GorCompiler *c, int func, int n_args, GorType *result)
{
  RangeFunc *rf = c->fn->range;
  Thunk      t = { func, n_args + (func < 0 ? 1 : 0), result };
  int       *tmp = g_newa (int, t.n_values + 1);

  for (int i = t.n_values - 1; i >= 0; i--)
    {
      tmp[i] = _gor_compile_new_slot (c);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp[i], 0, -1);
    }
  for (int i = 0; i < t.n_values; i++)
    {
      _gor_compile_emit (c, GOR_OP_LOCAL, tmp[i], 0, 1);
      _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
    }
  _gor_compile_emit (c, GOR_OP_CLOSURE, synth_func (c, "deferwrap", thunk_code, &t), t.n_values,
                     1 - t.n_values);
  _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
  _gor_compile_load_sym (c, rf->defers, rf->stmt->pos);
  _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
  _gor_compile_emit (c, GOR_OP_CLOSURE, synth_func (c, "deferchain", chain_code, NULL), 2, -1);
  _gor_compile_store_sym (c, rf->defers);
}

/* After the iterator returned: a return the body asked for, in the
 * enclosing function. */
static void
do_return (GorCompiler *c, RangeFunc *rf, gboolean bare)
{
  Fn        *fn = c->fn;
  GPtrArray *res = rf->real->sig->results;

  if (fn->range)
    {
      if (bare)
        fn->range->bare_returns = TRUE;
      else
        fn->range->returns = TRUE;
      leave_body (c, fn->range, bare ? RF_BARE_RETURN : RF_RETURN);
      return;
    }
  if (bare || res->len == 0)
    {
      GorAstStmt ret = { .kind = GOR_STMT_RETURN, .pos = rf->stmt->pos };

      _gor_compile_stmt (c, &ret);
      return;
    }
  for (guint i = 0; i < res->len; i++)
    _gor_compile_load_sym (c, rf->results[i], rf->stmt->pos);
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

/* After the iterator returned: a branch the body asked for. */
static void
do_exit (GorCompiler *c, RangeExit *e)
{
  Fn        *fn = c->fn;
  RangeFunc *up = fn->range;
  gboolean   here;

  if (e->tok == GOR_TOKEN_GOTO)
    here = up == NULL || has_label (up->stmt->body, e->label, 0);
  else
    here = find_loop (fn, e->label) != NULL || up == NULL;
  if (here)
    {
      GorAstStmt br = { .kind = GOR_STMT_BRANCH, .pos = e->pos, .tok = e->tok, .label = e->label };

      _gor_compile_stmt (c, &br);
      return;
    }
  if (up->label && g_str_equal (up->label, e->label) && e->tok != GOR_TOKEN_GOTO)
    {
      if (e->tok == GOR_TOKEN_CONTINUE)
        continue_body (c);
      else
        leave_body (c, up, RF_BREAK);
      return;
    }
  add_exit (up, e->code, e->tok, e->label, e->pos);
  leave_body (c, up, e->code);
}

static void
dispatch_if (GorCompiler *c, int tmp, int code, int *skip)
{
  _gor_compile_emit (c, GOR_OP_LOCAL, tmp, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, code, 0, 1);
  _gor_compile_emit (c, GOR_OP_EQ, 0, 0, -1);
  *skip = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
}

/* The body as a function, its closure pushed. */
static void
compile_body (GorCompiler *c, RangeFunc *rf, GorType *yield)
{
  GorAstStmt      *s = rf->stmt;
  Fn              *outer = c->fn;
  Fn              *fn = g_new0 (Fn, 1);
  GorFunc         *f;
  GorAstExpr      *vars[2] = { s->key, s->value };
  guint            np = yield->params ? yield->params->len : 0;
  g_autofree char *name = NULL;

  outer->n_ranges++;
  name = g_strdup_printf ("%s-range%d", outer->top_name, outer->n_ranges);
  f = _gor_compile_func_new (c, name, s->pos.line);
  fn->parent = outer;
  fn->func = f;
  fn->sig = yield;
  fn->top_name = f->name;
  fn->lit_counter = g_new0 (int, 1);
  fn->upvals = g_ptr_array_new ();
  fn->captured = g_hash_table_new (g_str_hash, g_str_equal);
  fn->loops = g_ptr_array_new ();
  fn->epilogue_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  fn->range = rf;
  fn->result_slots = g_new0 (int, 2);
  fn->result_syms = g_new0 (Sym *, 2);
  fn->n_results = 1;
  rf->fn = fn;
  c->fn = fn;
  _gor_compile_walk_stmt (s->body, 0, _gor_compile_capture_cb, fn->captured, 0);
  _gor_compile_scope_push (c, fn);

  /* the iteration variables are yield's parameters */
  for (guint i = 0; i < np; i++)
    {
      GorAstExpr *v = i < 2 ? vars[i] : NULL;

      if (s->tok == GOR_TOKEN_DEFINE && v && v->kind == GOR_EXPR_IDENT && !g_str_equal (v->name, "_"))
        {
          Sym *sym = _gor_compile_sym_new (c, SYM_VAR, v->name, v->pos);

          sym->type = g_ptr_array_index (yield->params, i);
          sym->owner = fn;
          sym->slot = (int) i;
          sym->boxed = g_hash_table_contains (fn->captured, v->name);
          _gor_compile_declare (c, c->scope, sym);
        }
      else if (s->tok == GOR_TOKEN_DEFINE && v && v->kind != GOR_EXPR_IDENT)
        _gor_compile_error_at (c, v->pos, "non-name %s on left side of :=", _gor_compile_expr_str (c, v));
    }
  fn->n_slots = (int) np;
  f->n_params = np;
  f->n_results = 1;
  for (guint i = 0; i < c->scope->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (c->scope->order, i);

      if (sym->boxed)
        _gor_compile_emit (c, GOR_OP_BOX_LOCAL, sym->slot, 0, 0);
    }
  check_state (c, rf);
  if (s->tok == GOR_TOKEN_ASSIGN)
    for (guint i = 0; i < np && i < 2; i++)
      if (vars[i])
        {
          _gor_compile_emit (c, GOR_OP_LOCAL, (gint32) i, 0, 1);
          _gor_compile_range_assign (c, s, vars[i], g_ptr_array_index (yield->params, i));
        }

  _gor_compile_scope_push (c, fn);
  _gor_compile_block_list (c, s->body ? s->body->list : NULL);
  _gor_compile_scope_pop (c);
  continue_body (c);
  f->unwind_pc = (guint) _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
  g_clear_pointer (&fn->label_pcs, g_hash_table_unref);
  g_clear_pointer (&fn->gotos, g_hash_table_unref);
  g_clear_pointer (&fn->epilogue_jumps, g_array_unref);
  _gor_compile_scope_pop (c);
  _gor_compile_fn_finish (c, fn);
  c->fn = outer;
  c->line = s->pos.line;

  /* the closure, with the boxes it captures (as gen_func_lit) */
  for (guint i = 0; i < fn->upvals->len; i++)
    {
      Sym *sym = g_ptr_array_index (fn->upvals, i);

      if (sym->owner == outer)
        _gor_compile_emit (c, GOR_OP_LOCAL, sym->slot, 0, 1);
      else
        _gor_compile_emit (c, GOR_OP_UPVAL_RAW, _gor_compile_upval_index (c, outer, sym), 0, 1);
    }
  _gor_compile_emit (c, GOR_OP_CLOSURE, (gint32) f->index, (int) fn->upvals->len, 1 - (int) fn->upvals->len);
  rf->fn = NULL;
  _gor_compile_fn_free (fn);
}

/* Compiles the range statement @s over the function on the stack, of
 * type @t, which takes a yield function. */
void
_gor_compile_range_func (GorCompiler *c, GorAstStmt *s, GorType *t, const char *label)
{
  GorType  *yield = gor_type_under (g_ptr_array_index (gor_type_under (t)->params, 0));
  guint     np = yield->params ? yield->params->len : 0;
  guint     nv = s->value ? 2 : s->key ? 1 : 0;
  RangeFunc rf = { 0 };
  int       tmp, skip;

  if (s->info != RANGE_FUNC_STMT)
    {
      /* the captures were planned without this body: compile again */
      s->info = RANGE_FUNC_STMT;
      c->rerun = TRUE;
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  if (nv > np)
    {
      GorAstExpr *extra = np == 0 ? s->key : s->value;

      if (np == 0)
        _gor_compile_error_at (c, extra->pos, "range over %s permits no iteration variables",
                               _gor_compile_describe (c, s->x, t));
      else
        _gor_compile_error_at (c, extra->pos, "range over %s permits only one iteration variable",
                               _gor_compile_describe (c, s->x, t));
      _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  rf.stmt = s;
  rf.label = label;
  rf.owner = c->fn;
  rf.exits = g_array_new (FALSE, FALSE, sizeof (RangeExit));
  if (c->fn->range)
    {
      rf.real = c->fn->range->real;
      rf.results = c->fn->range->results;
      rf.defers = c->fn->range->defers;
    }
  else
    {
      GPtrArray *res = c->fn->sig->results;

      rf.real = c->fn;
      rf.results = _gor_compile_keep (c, g_new0 (Sym *, res->len + 1), g_free);
      for (guint i = 0; i < res->len; i++)
        rf.results[i] = hidden_var (c, g_ptr_array_index (res, i), "result");
      if (_gor_compile_has_defer_stmt (s->body, 0))
        {
          /* the calls deferred in bodies run when this function returns */
          rf.defers = hidden_var (c, gor_types_func (c->types, g_ptr_array_new (), g_ptr_array_new (), FALSE),
                                  "defer");
          _gor_compile_emit (c, GOR_OP_LOCAL, rf.defers->slot, 0, 1);
          _gor_compile_emit (c, GOR_OP_CLOSURE, synth_func (c, "deferrange", runner_code, NULL), 1, 0);
          _gor_compile_emit (c, GOR_OP_DEFER_CLOSURE, 0, 0, -1);
        }
    }
  rf.next = hidden_var (c, c->t_int, "range"); /* RF_READY */

  compile_body (c, &rf, yield);
  c->line = s->pos.line;
  _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, 1, 0, -2);

  /* what the body asked for, once the iterator returned */
  tmp = _gor_compile_new_slot (c);
  _gor_compile_load_sym (c, rf.next, s->pos);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
  set_state (c, &rf, RF_EXITED);
  if (rf.returns)
    {
      dispatch_if (c, tmp, RF_RETURN, &skip);
      do_return (c, &rf, FALSE);
      _gor_compile_patch (c, skip, _gor_compile_here (c));
    }
  if (rf.bare_returns)
    {
      dispatch_if (c, tmp, RF_BARE_RETURN, &skip);
      do_return (c, &rf, TRUE);
      _gor_compile_patch (c, skip, _gor_compile_here (c));
    }
  for (guint i = 0; i < rf.exits->len; i++)
    {
      RangeExit *e = &g_array_index (rf.exits, RangeExit, i);

      dispatch_if (c, tmp, e->code, &skip);
      do_exit (c, e);
      _gor_compile_patch (c, skip, _gor_compile_here (c));
    }
  g_array_unref (rf.exits);
}

/* iter.Seq[V], iter.Seq2[K, V] (an INDEX, as the parser makes it): the
 * named function types of Go's iter package, one per type arguments */
GorType *
_gor_compile_iter_type (GorCompiler *c, GorAstExpr *e)
{
  GorAstExpr *sel = e->x;
  Sym        *pkg = sel && sel->kind == GOR_EXPR_SELECTOR && sel->x && sel->x->kind == GOR_EXPR_IDENT
                        ? _gor_compile_lookup (c, sel->x->name)
                        : NULL;
  /* one argument may be in y, as in a[i] */
  guint      want, have = e->list && e->list->len ? e->list->len : e->y ? 1 : 0;
  GPtrArray *params, *results, *outer;
  GString   *name;
  GorType   *t;
  Sym       *sym;

  if (pkg == NULL || pkg->kind != SYM_PKG || !g_str_equal (pkg->pkg, "iter"))
    {
      _gor_compile_unsupported (c, e->pos, "type parameters");
      return c->t_int;
    }
  pkg->used = TRUE;
  want = g_str_equal (sel->name, "Seq") ? 1 : 2;
  if (have != want)
    {
      _gor_compile_error_at (c, e->pos, "%s type arguments for type %s: have %u, want %u",
                             have < want ? "not enough" : "too many", sel->name, have, want);
      return c->t_int;
    }
  params = g_ptr_array_new ();
  name = g_string_new (NULL);
  g_string_append_printf (name, "iter.%s[", sel->name);
  for (guint i = 0; i < have; i++)
    {
      GorType *a
          = _gor_compile_resolve_type (c, e->list && e->list->len ? g_ptr_array_index (e->list, i) : e->y);

      g_ptr_array_add (params, a);
      g_string_append_printf (name, "%s%s", i ? "," : "", gor_type_to_string (a));
    }
  g_string_append_c (name, ']');
  sym = g_hash_table_lookup (c->universe->syms, name->str);
  if (sym)
    {
      g_ptr_array_unref (params);
      g_string_free (name, TRUE);
      return sym->type;
    }
  results = g_ptr_array_new ();
  g_ptr_array_add (results, c->t_bool);
  outer = g_ptr_array_new ();
  g_ptr_array_add (outer, gor_types_func (c->types, params, results, FALSE));
  t = gor_types_named (c->types, name->str);
  gor_type_set_underlying (t, gor_types_func (c->types, outer, g_ptr_array_new (), FALSE));
  sym = _gor_compile_sym_new (c, SYM_TYPE, _gor_compile_keep (c, g_string_free (name, FALSE), g_free),
                              e->pos);
  sym->type = t;
  sym->used = TRUE;
  _gor_compile_declare (c, c->universe, sym);
  return t;
}
