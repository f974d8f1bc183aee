/* gor-package-methods.c — methods of the supported packages' types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * sync.Mutex, sync.WaitGroup, sync.Once, sync.Cond, time.Duration,
 * time.Time, time.Timer, context.Context, atomic.Int64 …: what a call of
 * each method compiles to.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static gboolean
plan_context_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, Plan *p)
{
  const char *name = sel->name;

  p->kind = PLAN_OP;
  p->op = GOR_OP_CTX;
  p->n_slots = 1;
  if (g_str_equal (name, "Done") && _gor_compile_check_nargs (c, call, name, 0, 0))
    {
      p->a = 3;
      p->result
          = gor_types_chan (c->types, gor_types_struct (c->types, g_ptr_array_new ()), GOR_CHAN_RECV_ONLY);
      return TRUE;
    }
  if (g_str_equal (name, "Err") && _gor_compile_check_nargs (c, call, name, 0, 0))
    {
      p->a = 4;
      p->result = c->t_error;
      return TRUE;
    }
  _gor_compile_unsupported (c, sel->pos, "context.Context.%s", name);
  return FALSE;
}

/* wg.Go(f) (Go 1.25): Add(1), then go func() { f(); wg.Done() }() */
static gboolean
plan_wait_group_go (GorCompiler *c, GorAstExpr *call, Plan *p)
{
  const char *name = "Go";
  GPtrArray  *noargs = g_ptr_array_new ();
  int         wrapper;

  if (!_gor_compile_check_nargs (c, call, name, 1, 1))
    {
      g_ptr_array_unref (noargs);
      return FALSE;
    }
  _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0),
                            gor_types_func (c->types, noargs, g_ptr_array_new (), FALSE),
                            "argument to wg.Go");
  {
    Fn      *outer = c->fn;
    GorFunc *f = _gor_compile_func_new (c, "sync.(*WaitGroup).Go.func1", c->line);
    Fn      *fn = _gor_compile_fn_new (c, f, NULL, f->name);
    guint32  line = c->line;

    c->fn = fn;
    fn->n_slots = 2;
    f->n_params = 2;
    _gor_compile_emit (c, GOR_OP_LOCAL, 1, 0, 1);
    _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, 0, 0, -1);
    _gor_compile_emit (c, GOR_OP_LOCAL, 0, 0, 1);
    _gor_compile_emit (c, GOR_OP_PUSH_INT, -1, 0, 1);
    _gor_compile_emit (c, GOR_OP_WG_ADD, 0, 0, -2);
    _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
    f->unwind_pc = (guint) _gor_compile_here (c);
    _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
    _gor_compile_fn_close (c, fn, outer, line);
    wrapper = (int) f->index;
  }
  _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
  _gor_compile_emit (c, GOR_OP_DUP, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
  _gor_compile_emit (c, GOR_OP_WG_ADD, 0, 0, -2);
  _gor_compile_emit (c, GOR_OP_SWAP, 0, 0, 0);
  p->op = GOR_OP_GO;
  p->a = wrapper;
  p->b = 2;
  p->n_slots = 2;
  p->delta = -2;
  return TRUE;
}

static gboolean
plan_sync_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *t, GorType *base, Plan *p)
{
  const char *name = sel->name;
  GorTypeKind k = gor_type_under (base)->kind;
  const char *tn = _gor_compile_tname (c, gor_type_under (base));

  p->kind = PLAN_OP;
  p->n_slots = 1;
  p->delta = -1;
  p->name = _gor_compile_keep (c, g_strdup_printf ("sync.(*%s).%s", tn + 5, name), g_free);
  if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "Lock"))
    p->op = GOR_OP_LOCK;
  else if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "Unlock"))
    p->op = GOR_OP_UNLOCK;
  else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "RLock"))
    p->op = GOR_OP_RLOCK;
  else if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "TryLock"))
    p->op = GOR_OP_LOCK, p->a = 1, p->delta = 0, p->result = c->t_bool;
  else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "TryRLock"))
    p->op = GOR_OP_RLOCK, p->a = 1, p->delta = 0, p->result = c->t_bool;
  else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "RUnlock"))
    p->op = GOR_OP_RUNLOCK;
  else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "RLocker"))
    {
      /* a Locker of the same RWMutex whose Lock and Unlock read-lock */
      if (!_gor_compile_check_nargs (c, call, name, 0, 0))
        return FALSE;
      p->op = GOR_OP_IFACE;
      p->a = _gor_compile_type_ref (c, c->t_rlocker);
      p->delta = 0;
      p->result = c->t_locker;
    }
  else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Wait"))
    p->op = GOR_OP_WG_WAIT;
  else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Done"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 0, 0))
        return FALSE;
      _gor_compile_emit (c, GOR_OP_PUSH_INT, -1, 0, 1);
      p->op = GOR_OP_WG_ADD;
      p->n_slots = 2;
      p->delta = -2;
      return TRUE;
    }
  else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Go"))
    return plan_wait_group_go (c, call, p);
  else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Add"))
    {
      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        return FALSE;
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_int, "argument to wg.Add");
      p->op = GOR_OP_WG_ADD;
      p->n_slots = 2;
      p->delta = -2;
      return TRUE;
    }
  else if (k == GOR_TYPE_ONCE && g_str_equal (name, "Do"))
    {
      GPtrArray *noargs = g_ptr_array_new ();

      if (!_gor_compile_check_nargs (c, call, name, 1, 1))
        {
          g_ptr_array_unref (noargs);
          return FALSE;
        }
      _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0),
                                gor_types_func (c->types, noargs, g_ptr_array_new (), FALSE),
                                "argument to once.Do");
      p->op = GOR_OP_ONCE_DO;
      p->n_slots = 2;
      p->delta = -2;
      return TRUE;
    }
  else
    {
      _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, sel),
                             "%s undefined (type %s has no field or method %s)",
                             _gor_compile_expr_str (c, sel), _gor_compile_tname (c, t), name);
      return FALSE;
    }
  return _gor_compile_check_nargs (c, call, name, 0, 0);
}

/* Methods of time.Duration, time.Time, time.Timer/Ticker, sync.Cond and
 * the atomic types: *done is FALSE when @sel names none of them. */
static gboolean
plan_value_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *u, GorType *base, Plan *p,
                   gboolean *done)
{
  const char *name = sel->name;

  if (_gor_compile_plan_time_method (c, call, sel, u, base, p, done) || *done)
    return *done;
  *done = TRUE;
  if (base == c->t_duration && u->kind != GOR_TYPE_POINTER)
    {
      static const struct
      {
        const char *name;
        double      div;
        gboolean    flt;
      } units[] = {
        { "Seconds", 1e9, TRUE },       { "Minutes", 6e10, TRUE },      { "Hours", 3.6e12, TRUE },
        { "Milliseconds", 1e6, FALSE }, { "Microseconds", 1e3, FALSE }, { "Nanoseconds", 1, FALSE },
      };

      p->kind = PLAN_OP;
      p->op = GOR_OP_NOP;
      if (g_str_equal (name, "String") && _gor_compile_check_nargs (c, call, name, 0, 0))
        {
          g_autoptr (GPtrArray) types = g_ptr_array_new ();

          g_ptr_array_add (types, c->t_duration);
          p->op = GOR_OP_SPRINT;
          p->a = _gor_compile_add_print_spec (c, GOR_PRINT_PRINT, types, FALSE);
          p->n_slots = 1;
          p->result = c->t_string;
          return TRUE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        if (g_str_equal (name, units[i].name) && _gor_compile_check_nargs (c, call, name, 0, 0))
          {
            ConstVal cv = { c->t_unt_float, { .f = units[i].div }, FALSE };

            if (units[i].flt)
              {
                _gor_compile_emit (c, GOR_OP_I2F, 0, 0, 0);
                _gor_compile_push_const (c, &cv, c->t_float);
                _gor_compile_emit (c, GOR_OP_FDIV, 0, 0, -1);
                p->result = c->t_float;
              }
            else
              {
                cv.type = c->t_unt_int;
                cv.v.i = (gint64) units[i].div;
                _gor_compile_push_const (c, &cv, c->t_int64);
                _gor_compile_emit (c, GOR_OP_DIV, 0, 0, -1);
                p->result = c->t_int64;
              }
            p->n_slots = 1;
            return TRUE;
          }
    }
  if (base == c->t_cond
      && (g_str_equal (name, "Wait") || g_str_equal (name, "Signal") || g_str_equal (name, "Broadcast")))
    {
      if (!_gor_compile_check_nargs (c, call, name, 0, 0))
        return FALSE;
      p->kind = PLAN_OP;
      p->op = GOR_OP_COND;
      p->a = g_str_equal (name, "Wait") ? 1 : g_str_equal (name, "Signal") ? 2 : 3;
      p->n_slots = 1;
      p->delta = -1;
      return TRUE;
    }
  if ((base == c->t_timer || base == c->t_ticker)
      && (g_str_equal (name, "Stop") || g_str_equal (name, "Reset")))
    {
      gboolean reset = g_str_equal (name, "Reset");

      if (!_gor_compile_check_nargs (c, call, name, reset ? 1 : 0, reset ? 1 : 0))
        return FALSE;
      if (reset)
        _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_duration, "argument");
      p->kind = PLAN_OP;
      p->op = GOR_OP_TIMER;
      p->a = reset ? 3 : 2;
      p->n_slots = reset ? 2 : 1;
      p->delta = 1 - p->n_slots;
      p->result = base == c->t_timer ? c->t_bool : NULL;
      if (p->result == NULL)
        p->delta -= 1, p->op2 = GOR_OP_POP;
      return TRUE;
    }
  if (_gor_compile_plan_atomic_method (c, call, sel, base, p, done) || *done)
    return *done;
  if (_gor_compile_plan_rand_method (c, call, sel, u, base, p, done) || *done)
    return *done;
  *done = FALSE;
  return FALSE;
}

/* Plans the call of a method of a type of a supported package; *done is
 * FALSE when @t is not such a type (or has no such method). */
gboolean
_gor_compile_plan_package_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *t, Plan *p,
                                  gboolean *done)
{
  GorType    *u = gor_type_under (t);
  GorType    *base = u->kind == GOR_TYPE_POINTER ? u->elem : t;
  GorTypeKind k = gor_type_under (base)->kind;

  *done = TRUE;
  if (base == c->t_logger) /* log.Logger: gor-package-io.c */
    return _gor_compile_plan_logger_method (c, call, sel, p);
  if (t == c->t_context)
    return plan_context_method (c, call, sel, p);
  if (k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX || k == GOR_TYPE_WAITGROUP || k == GOR_TYPE_ONCE)
    return plan_sync_method (c, call, sel, t, base, p);
  if (base == c->t_syncmap || base == c->t_pool)
    return _gor_compile_plan_sync_value_method (c, call, sel, base, p, done);
  return plan_value_method (c, call, sel, u, base, p, done);
}
