/* gor-lib-atomic.c — sync/atomic on integer cells and the atomic types
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instruction per operation: atomic by construction, since a
 * goroutine switch only happens between instructions.
 */

#include "config.h"

#include "gor-vm-private.h"

/* The results of arithmetic on a cell of 32 bits wrap as Go's do. */
static gint64
wrap (gint64 x, guint kind)
{
  return kind == 1 ? (gint64) (gint32) x : kind == 2 ? (gint64) (guint32) x : x;
}

/* atomic.Value: Go panics when a store would store nil or change the
 * type the Value holds; @what: "store", "swap", "compare and swap". */
static gboolean
value_check (GorVM *vm, GorValue *cell, GorIface *old_arg, GorIface *x, const char *what, GorIface **perr)
{
  GorIface        *old = cell->p;
  g_autofree char *msg = NULL;

  if (x == NULL)
    msg = g_strdup_printf ("sync/atomic: %s of nil value into Value", what);
  else if (old_arg != NULL && old_arg->type != x->type)
    msg = g_strdup ("sync/atomic: compare and swap of inconsistently typed values");
  else if (old != NULL && old->type != x->type)
    msg = g_strdup_printf ("sync/atomic: %s of inconsistently typed value into Value", what);
  if (msg)
    *perr = _gor_vm_string_panic (vm, msg);
  return msg == NULL;
}

static gboolean
iface_same (GorIface *x, GorIface *y)
{
  if (x == NULL || y == NULL)
    return x == y;
  return x->type == y->type && _gor_value_equal (x->type, x->v, y->v);
}

/* ATOMIC: a = op | kind << 4 — op 0 add, 1 load, 2 store, 3
 * compare-and-swap, 4 swap, 5 and, 6 or (both return the old value);
 * kind 0 a 64-bit cell (ints, bool, pointer), 1 int32, 2 uint32, 3 an
 * atomic.Value, 4 a pointer that may refer to a cell of another object
 * (its compare is gor_ptr_same's).  b: 1 when the target is one of the atomic types (a
 * struct), 0 for a *int64 (a box or a cell of another
 * object: &a[i], &s.f), 2 + i for &s.f where f is field i of
 * the struct s. */
GorValue *
_gor_lib_atomic (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  guint     op = (guint) a & 15, kind = (guint) a >> 4;
  int       nargs = op == 1 ? 0 : op == 3 ? 2 : 1;
  GorValue *args = sp - nargs;
  GorObj   *o = args[-1].p;
  GorValue *cell;

  if (o == NULL)
    {
      *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
      return sp;
    }
  cell = b >= 2 ? &((GorStruct *) o)->f[b - 2] : b ? &((GorStruct *) o)->f[0] : gor_ptr_cell (o);
  if (kind == 3 && (op == 2 || op == 4)
      && !value_check (vm, cell, NULL, args[0].p, op == 2 ? "store" : "swap", perr))
    return sp;
  if (kind == 3 && op == 3 && !value_check (vm, cell, args[0].p, args[1].p, "compare and swap", perr))
    return sp;
  switch (op)
    {
    case 0:
      cell->i = wrap ((gint64) ((guint64) cell->i + (guint64) args[0].i), kind);
      args[-1] = *cell;
      break;
    case 1: args[-1] = *cell; break;
    case 2: *cell = args[0]; break;
    case 3:
      if (kind == 3   ? iface_same (cell->p, args[0].p)
          : kind == 4 ? gor_ptr_same (cell->p, args[0].p)
                      : cell->i == args[0].i)
        {
          *cell = args[1];
          args[-1].i = 1;
        }
      else
        args[-1].i = 0;
      break;
    case 5:
    case 6:
      {
        gint64 old = cell->i;

        cell->i = op == 5 ? old & args[0].i : old | args[0].i;
        args[-1].i = old;
      }
      break;
    default:
      {
        GorValue old = *cell;

        *cell = args[0];
        args[-1] = old;
      }
      break;
    }
  return args - (op == 2 ? 1 : 0);
}
