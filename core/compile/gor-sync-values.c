/* gor-sync-values.c — sync.Map and sync.Pool
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Both are structs whose methods compile to a few instructions on their
 * fields: a sync.Map holds a map[any]any, made on its first use so that
 * the zero value works; a sync.Pool holds its New field, a private item
 * and a stack of shared ones, as Go's pool does on one processor (Get
 * takes the private item first, then the last shared one, then calls
 * New).  A method without a backward jump runs in one scheduling step,
 * so LoadOrStore, Swap and the compare-and-… methods are atomic as Go's.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static GorField *
field_new (const char *name, GorType *type)
{
  GorField *f = g_new0 (GorField, 1);

  f->name = g_strdup (name);
  f->type = type;
  return f;
}

void
_gor_compile_setup_sync_values (GorCompiler *c)
{
  GorTypes  *ty = c->types;
  GPtrArray *mf = g_ptr_array_new (), *pf = g_ptr_array_new ();

  g_ptr_array_add (mf, field_new ("m", gor_types_map (ty, c->t_any, c->t_any)));
  c->t_syncmap = gor_types_named (ty, "sync.Map");
  gor_type_set_underlying (c->t_syncmap, gor_types_struct (ty, mf));

  {
    GPtrArray *res = g_ptr_array_new ();

    g_ptr_array_add (res, c->t_any);
    g_ptr_array_add (pf, field_new ("New", gor_types_func (ty, g_ptr_array_new (), res, FALSE)));
  }
  g_ptr_array_add (pf, field_new ("private", c->t_any));
  g_ptr_array_add (pf, field_new ("shared", gor_types_slice (ty, c->t_any)));
  c->t_pool = gor_types_named (ty, "sync.Pool");
  gor_type_set_underlying (c->t_pool, gor_types_struct (ty, pf));
}

static GorType *
tuple_any_bool (GorCompiler *c)
{
  g_autoptr (GPtrArray) rs = g_ptr_array_new ();

  g_ptr_array_add (rs, c->t_any);
  g_ptr_array_add (rs, c->t_bool);
  return gor_types_tuple (c->types, g_ptr_array_ref (rs));
}

static void
emit (GorCompiler *c, GorOp op, gint32 a, int b, int delta)
{
  _gor_compile_emit (c, op, a, b, delta);
}

static void
load (GorCompiler *c, int slot)
{
  emit (c, GOR_OP_LOCAL, slot, 0, 1);
}

/* The Map's map on the stack replaced by the map, made if it is nil, kept in a new slot. */
static int
map_slot (GorCompiler *c, int map_ref)
{
  int sm = _gor_compile_new_slot (c), j;

  emit (c, GOR_OP_DUP, 0, 0, 1);
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  j = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  emit (c, GOR_OP_MAKE_MAP, map_ref, 0, 1);
  emit (c, GOR_OP_SET_FIELD, 0, 0, -2);
  _gor_compile_patch (c, j, _gor_compile_here (c));
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  emit (c, GOR_OP_SET_LOCAL, sm, 0, -1);
  return sm;
}

/* The @n arguments on the stack, in new slots @slots. */
static void
args_to_slots (GorCompiler *c, int *slots, guint n)
{
  for (guint i = n; i-- > 0;)
    {
      slots[i] = _gor_compile_new_slot (c);
      emit (c, GOR_OP_SET_LOCAL, slots[i], 0, -1);
    }
}

static const char *const map_methods[] = { "Load",  "Store", "LoadOrStore",    "LoadAndDelete",    "Delete",
                                           "Range", "Swap",  "CompareAndSwap", "CompareAndDelete", "Clear" };
static const guint       map_nargs[] = { 1, 2, 2, 1, 1, 1, 2, 3, 2, 0 };

/* [value, ok] of the key in slot @sk of the map in slot @sm */
static void
get_ok (GorCompiler *c, int sm, int sk, int ref)
{
  load (c, sm);
  load (c, sk);
  emit (c, GOR_OP_MAP_GET_OK, ref, 0, 0);
}

static void
set (GorCompiler *c, int sm, int sk, int sv)
{
  load (c, sm);
  load (c, sk);
  load (c, sv);
  emit (c, GOR_OP_MAP_SET, 0, 0, -3);
}

static void
range_map (GorCompiler *c, int sm, int sf)
{
  int it = _gor_compile_new_slot (c), sk = _gor_compile_new_slot (c), sv = _gor_compile_new_slot (c);
  int top, jdone, jend;

  load (c, sm);
  emit (c, GOR_OP_MAP_ITER, 0, 0, 0);
  emit (c, GOR_OP_SET_LOCAL, it, 0, -1);
  top = _gor_compile_here (c);
  load (c, it);
  emit (c, GOR_OP_MAP_NEXT, 0, 0, 2);
  jdone = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  emit (c, GOR_OP_SET_LOCAL, sv, 0, -1);
  emit (c, GOR_OP_SET_LOCAL, sk, 0, -1);
  load (c, sf);
  load (c, sk);
  load (c, sv);
  emit (c, GOR_OP_CALL_CLOSURE, 2, 0, -2);
  jend = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  emit (c, GOR_OP_JMP, top, 0, 0);
  _gor_compile_patch (c, jdone, _gor_compile_here (c));
  c->fn->depth += 2;
  emit (c, GOR_OP_POP, 0, 0, -1);
  emit (c, GOR_OP_POP, 0, 0, -1);
  _gor_compile_patch (c, jend, _gor_compile_here (c));
}

/* CompareAndSwap (@sn a slot) or CompareAndDelete (@sn -1): [swapped] */
static void
compare_and (GorCompiler *c, int sm, int sk, int so, int sn, int ref)
{
  int jnot, jend, jend2;

  get_ok (c, sm, sk, ref);
  jnot = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  load (c, so);
  emit (c, GOR_OP_IFACE_EQ, 0, 0, -1);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  jend = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  if (sn >= 0)
    set (c, sm, sk, sn);
  else
    {
      load (c, sm);
      load (c, sk);
      emit (c, GOR_OP_MAP_DELETE, ref, 0, -2);
    }
  jend2 = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  _gor_compile_patch (c, jnot, _gor_compile_here (c));
  emit (c, GOR_OP_POP, 0, 0, -1);
  emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  _gor_compile_patch (c, jend, _gor_compile_here (c));
  _gor_compile_patch (c, jend2, _gor_compile_here (c));
}

static GorType *
map_arg_type (GorCompiler *c, int i)
{
  g_autoptr (GPtrArray) params = g_ptr_array_new ();
  GPtrArray *results;

  if (i != 5)
    return c->t_any;
  results = g_ptr_array_new ();
  g_ptr_array_add (params, c->t_any);
  g_ptr_array_add (params, c->t_any);
  g_ptr_array_add (results, c->t_bool);
  return gor_types_func (c->types, g_ptr_array_ref (params), results, FALSE);
}

static void
emit_map_method (GorCompiler *c, int i)
{
  GorField *mf = g_ptr_array_index (gor_type_under (c->t_syncmap)->fields, 0);
  int       ref = _gor_compile_type_ref (c, mf->type), sm, s[3];

  args_to_slots (c, s, map_nargs[i]);
  sm = map_slot (c, ref);
  switch (i)
    {
    case 0: /* Load */ get_ok (c, sm, s[0], ref); break;
    case 1: /* Store */ set (c, sm, s[0], s[1]); break;
    case 2: /* LoadOrStore */
      {
        int j;

        get_ok (c, sm, s[0], ref);
        emit (c, GOR_OP_DUP, 0, 0, 1);
        j = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
        emit (c, GOR_OP_POP, 0, 0, -1);
        emit (c, GOR_OP_POP, 0, 0, -1);
        set (c, sm, s[0], s[1]);
        load (c, s[1]);
        emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
        _gor_compile_patch (c, j, _gor_compile_here (c));
        break;
      }
    case 3: /* LoadAndDelete */
    case 4: /* Delete */
      if (i == 3)
        get_ok (c, sm, s[0], ref);
      load (c, sm);
      load (c, s[0]);
      emit (c, GOR_OP_MAP_DELETE, ref, 0, -2);
      break;
    case 5: range_map (c, sm, s[0]); break;
    case 6: /* Swap */
      get_ok (c, sm, s[0], ref);
      set (c, sm, s[0], s[1]);
      break;
    case 7: compare_and (c, sm, s[0], s[1], s[2], ref); break;
    case 8: compare_and (c, sm, s[0], s[1], -1, ref); break;
    default: /* Clear (Go 1.23) */
      {
        Plan cp = { 0 };

        cp.clear_type = gor_type_under (mf->type);
        load (c, sm);
        _gor_compile_emit_clear (c, &cp);
        break;
      }
    }
}

/* Pool.Get: the private item, else the last shared one, else New's (nil without New) */
static void
pool_get (GorCompiler *c, int ss)
{
  int jshared, jend1, jnew, jend2, jnil, jend3;

  load (c, ss);
  emit (c, GOR_OP_FIELD, 1, 0, 0);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  jshared = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  load (c, ss);
  emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
  emit (c, GOR_OP_SET_FIELD, 1, 0, -2);
  jend1 = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  _gor_compile_patch (c, jshared, _gor_compile_here (c));
  emit (c, GOR_OP_POP, 0, 0, -1);
  load (c, ss);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  emit (c, GOR_OP_LEN, 0, 0, 0);
  emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  emit (c, GOR_OP_GT, 0, 0, -1);
  jnew = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  /* x := shared[len-1]; shared = shared[:len-1] */
  load (c, ss);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  load (c, ss);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  emit (c, GOR_OP_LEN, 0, 0, 0);
  emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
  emit (c, GOR_OP_SUB, 0, 0, -1);
  emit (c, GOR_OP_INDEX, 0, 0, -1);
  load (c, ss);
  load (c, ss);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  load (c, ss);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  emit (c, GOR_OP_LEN, 0, 0, 0);
  emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
  emit (c, GOR_OP_SUB, 0, 0, -1);
  emit (c, GOR_OP_SLICE, 0, 2, -1);
  emit (c, GOR_OP_SET_FIELD, 2, 0, -2);
  jend2 = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  _gor_compile_patch (c, jnew, _gor_compile_here (c));
  c->fn->depth -= 1;
  load (c, ss);
  emit (c, GOR_OP_FIELD, 0, 0, 0);
  emit (c, GOR_OP_DUP, 0, 0, 1);
  jnil = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  emit (c, GOR_OP_CALL_CLOSURE, 0, 0, 0);
  jend3 = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  _gor_compile_patch (c, jnil, _gor_compile_here (c));
  emit (c, GOR_OP_POP, 0, 0, -1);
  emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
  _gor_compile_patch (c, jend1, _gor_compile_here (c));
  _gor_compile_patch (c, jend2, _gor_compile_here (c));
  _gor_compile_patch (c, jend3, _gor_compile_here (c));
}

/* Pool.Put: nil is dropped; the private item if there is none, else the top of the shared stack */
static void
pool_put (GorCompiler *c, int ss, int sx)
{
  int jnil, jpush, jend;

  load (c, sx);
  jnil = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  load (c, ss);
  emit (c, GOR_OP_FIELD, 1, 0, 0);
  jpush = _gor_compile_emit (c, GOR_OP_JT, 0, 0, -1);
  load (c, ss);
  load (c, sx);
  emit (c, GOR_OP_SET_FIELD, 1, 0, -2);
  jend = _gor_compile_emit (c, GOR_OP_JMP, 0, 0, 0);
  _gor_compile_patch (c, jpush, _gor_compile_here (c));
  load (c, ss);
  load (c, ss);
  emit (c, GOR_OP_FIELD, 2, 0, 0);
  load (c, sx);
  emit (c, GOR_OP_APPEND, 1, _gor_compile_append_elem_operand (c->t_any), -1);
  emit (c, GOR_OP_SET_FIELD, 2, 0, -2);
  _gor_compile_patch (c, jnil, _gor_compile_here (c));
  _gor_compile_patch (c, jend, _gor_compile_here (c));
}

#define POOL_GET 10
#define POOL_PUT 11

/* The code of a call planned below: the receiver and the arguments are on the stack. */
void
_gor_compile_emit_sync_value_method (GorCompiler *c, const Plan *p)
{
  int m = p->sync_method - 1, ss, sx;

  if (m < POOL_GET)
    {
      emit_map_method (c, m);
      return;
    }
  if (m == POOL_PUT)
    args_to_slots (c, &sx, 1);
  ss = _gor_compile_new_slot (c);
  emit (c, GOR_OP_SET_LOCAL, ss, 0, -1);
  if (m == POOL_PUT)
    pool_put (c, ss, sx);
  else
    pool_get (c, ss);
}

/* Plans a call of a method of sync.Map or sync.Pool, whose receiver is on
 * the stack: the arguments are pushed here, the code is emitted with the
 * plan (also in the wrapper of a go or defer statement). */
gboolean
_gor_compile_plan_sync_value_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *base,
                                     Plan *p, gboolean *done)
{
  const char *name = sel->name;
  int         m = -1;
  guint       n = 0;

  *done = TRUE;
  if (base == c->t_syncmap)
    {
      for (guint i = 0; i < G_N_ELEMENTS (map_methods); i++)
        if (g_str_equal (name, map_methods[i]))
          m = (int) i, n = map_nargs[i];
    }
  else if (g_str_equal (name, "Get"))
    m = POOL_GET;
  else if (g_str_equal (name, "Put"))
    m = POOL_PUT, n = 1;
  if (m < 0)
    {
      *done = FALSE;
      return FALSE;
    }
  if (!_gor_compile_check_nargs (c, call, name, n, n))
    return FALSE;
  for (guint i = 0; i < n; i++)
    _gor_compile_gen_expr_to (c, g_ptr_array_index (call->list, i),
                              m < POOL_GET ? map_arg_type (c, m) : c->t_any, "argument");
  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  p->sync_method = m + 1;
  p->n_slots = 1 + (int) n;
  p->name = _gor_compile_keep (
      c, g_strdup_printf ("sync.(*%s).%s", base == c->t_syncmap ? "Map" : "Pool", name), g_free);
  switch (m)
    {
    case 0:
    case 2:
    case 3:
    case 6: p->result = tuple_any_bool (c); break;
    case 7:
    case 8: p->result = c->t_bool; break;
    case POOL_GET: p->result = c->t_any; break;
    default: p->result = NULL; break;
    }
  return TRUE;
}
