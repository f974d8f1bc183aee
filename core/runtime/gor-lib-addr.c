/* gor-lib-addr.c — pointers to elements, fields and package variables
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * &a[i], &s.f and &v (v a package variable) of a type that is not a
 * struct make a GorRef: the cell's address and the object that holds it,
 * which the collector marks, so that a pointer into the middle of an
 * array or a struct keeps all of it alive.  A *T reads and writes
 * through gor_ptr_cell, whether it is a box or a reference.
 */

#include "config.h"

#include "gor-vm-private.h"

static GorRef *
ref_new (GorVM *vm, gpointer base, gpointer cell)
{
  GorRef *r = gor_heap_alloc (&vm->heap, GOR_OBJ_REF, sizeof (GorRef));

  r->base.p = base;
  r->cell = cell;
  return r;
}

/* ADDR: a = 0 &x[i] (x an array or a slice, i on top), 1 &x.f (the
 * struct on top, b the field's index), 2 &v (b the package variable's
 * slot), 3 p == q, 4 p != q. */
GorValue *
_gor_lib_addr (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  switch (a)
    {
    case 0:
      {
        GorSlice *s = sp[-2].p;
        gint64    i = sp[-1].i, len = gor_slice_len (s);
        GorRef   *r;

        if (i < 0 || i >= len)
          {
            *perr = _gor_vm_error (
                vm, "runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT,
                i, len);
            return sp;
          }
        r = ref_new (vm, s->arr, gor_array_cell (s->arr, s->off + i));

        /* a byte element is read and written as one byte */
        r->hdr.aux = gor_array_kind (s->arr);
        sp[-2].p = r;
        return sp - 1;
      }
    case 1:
      {
        GorStruct *s = sp[-1].p;

        if (s == NULL)
          {
            *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
            return sp;
          }
        sp[-1].p = ref_new (vm, s, &s->f[b]);
        return sp;
      }
    case 2: sp[0].p = ref_new (vm, NULL, &vm->globals[b]); return sp + 1;
    default:
      {
        gboolean same = gor_ptr_same (sp[-2].p, sp[-1].p);

        sp[-2].i = a == 3 ? same : !same;
        return sp - 1;
      }
    }
}
