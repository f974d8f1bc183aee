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
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

GorValue *
_gor_lib_float (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  (void) vm;
  (void) b;
  (void) perr;
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
