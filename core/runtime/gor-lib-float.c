/* gor-lib-float.c — float32 arithmetic and its math functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A float32 lives in its slot as the double of the same value.  Each
 * operation that yields a float32 (+ - * /, a conversion) computes in
 * double and rounds to float: a double holds more than twice float's
 * precision, so the one rounding gives what float32 arithmetic gives.
 * An integer converts straight to float, never through a double, which
 * would round twice.
 *
 * A complex value is NULL (0+0i) or a GorStruct of its two parts, made
 * anew by every operation and never changed (gor-complex.h).
 */

#include "config.h"

#include <string.h>

#include "gor-complex.h"
#include "gor-vm-private.h"

static GorValue *_gor_lib_complex (GorVM *vm, gint32 a, guint b, GorValue *sp);

GorValue *
_gor_lib_float (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  (void) perr;
  if (a >= GOR_M_CADD)
    return _gor_lib_complex (vm, a, b, sp);
  switch (a)
    {
    case GOR_M_F32_ROUND: sp[-1].f = (double) (float) sp[-1].f; break;
    case GOR_M_I2F32: sp[-1].f = (double) (float) sp[-1].i; break;
    case GOR_M_U2F32: sp[-1].f = (double) (float) sp[-1].u; break;
    case GOR_M_FLOAT32BITS:
      {
        float   f = (float) sp[-1].f;
        guint32 bits;

        memcpy (&bits, &f, sizeof bits);
        sp[-1].u = bits;
        break;
      }
    case GOR_M_FLOAT32FROMBITS:
      {
        guint32 bits = (guint32) sp[-1].u;
        float   f;

        memcpy (&f, &bits, sizeof f);
        sp[-1].f = (double) f;
        break;
      }
    default: g_assert_not_reached ();
    }
  return sp;
}

/* A complex value: NULL is 0+0i, else two float64 fields (gor-complex.h). */
static void
complex_parts (GorValue v, double *re, double *im)
{
  GorStruct *s = v.p;

  *re = s ? s->f[0].f : 0;
  *im = s ? s->f[1].f : 0;
}

static gpointer
complex_new (GorVM *vm, double re, double im, gboolean c64)
{
  GorStruct *s;

  if (c64)
    re = (float) re, im = (float) im;
  s = gor_heap_alloc (&vm->heap, GOR_OBJ_STRUCT, sizeof (GorStruct) + 2 * sizeof (GorValue));
  s->n = 2;
  s->f[0].f = re;
  s->f[1].f = im;
  return s;
}

/* complex64 arithmetic: float32 operations, division through complex128
 * as Go's runtime does */
static GorValue *
_gor_lib_complex (GorVM *vm, gint32 a, guint b, GorValue *sp)
{
  double   xr, xi, yr, yi, re = 0, im = 0;
  gboolean c64 = b != 0;

  switch (a)
    {
    case GOR_M_CNEG:
      complex_parts (sp[-1], &xr, &xi);
      sp[-1].p = complex_new (vm, -xr, -xi, c64);
      return sp;
    case GOR_M_CREAL:
    case GOR_M_CIMAG:
      complex_parts (sp[-1], &xr, &xi);
      sp[-1].f = a == GOR_M_CREAL ? xr : xi;
      return sp;
    case GOR_M_CCONV:
      complex_parts (sp[-1], &xr, &xi);
      sp[-1].p = complex_new (vm, xr, xi, c64);
      return sp;
    case GOR_M_CMAKE: sp[-2].p = complex_new (vm, sp[-2].f, sp[-1].f, c64); return sp - 1;
    default: break;
    }
  complex_parts (sp[-2], &xr, &xi);
  complex_parts (sp[-1], &yr, &yi);
  switch (a)
    {
    case GOR_M_CEQ:
    case GOR_M_CNE: sp[-2].i = (xr == yr && xi == yi) == (a == GOR_M_CEQ); return sp - 1;
    case GOR_M_CADD: re = xr + yr, im = xi + yi; break;
    case GOR_M_CSUB: re = xr - yr, im = xi - yi; break;
    case GOR_M_CMUL: gor_complex_mul (xr, xi, yr, yi, c64, &re, &im); break;
    case GOR_M_CDIV: gor_complex_div (xr, xi, yr, yi, &re, &im); break;
    default: g_assert_not_reached ();
    }
  sp[-2].p = complex_new (vm, re, im, c64);
  return sp - 1;
}
