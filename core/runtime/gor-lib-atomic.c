/* gor-lib-atomic.c — sync/atomic on int64 cells and atomic.Int64
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One instruction per operation: atomic by construction, since a
 * goroutine switch only happens between instructions.
 */

#include "config.h"

#include "gor-vm-private.h"

/* ATOMIC: a = 0 add, 1 load, 2 store, 3 compare-and-swap, 4 swap; b: 1
 * when the target is an atomic.Int64 (a struct), 0 for a *int64 (a box or a
 * cell of another object: &a[i], &s.f),
 * 2 + i for &s.f where f is field i of the struct s. */
GorValue *
_gor_lib_atomic (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  int       nargs = a == 1 ? 0 : a == 3 ? 2 : 1;
  GorValue *args = sp - nargs;
  GorObj   *o = args[-1].p;
  GorValue *cell;

  if (o == NULL)
    {
      *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
      return sp;
    }
  cell = b >= 2 ? &((GorStruct *) o)->f[b - 2] : b ? &((GorStruct *) o)->f[0] : gor_ptr_cell (o);
  switch (a)
    {
    case 0:
      cell->i = (gint64) ((guint64) cell->i + (guint64) args[0].i);
      args[-1] = *cell;
      break;
    case 1: args[-1] = *cell; break;
    case 2: *cell = args[0]; break;
    case 3:
      if (cell->i == args[0].i)
        {
          *cell = args[1];
          args[-1].i = 1;
        }
      else
        args[-1].i = 0;
      break;
    default:
      {
        GorValue old = *cell;

        *cell = args[0];
        args[-1] = old;
      }
      break;
    }
  return args - (a == 2 ? 1 : 0);
}
