/* gor-complex.h — complex arithmetic as Go's runtime does it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Shared by the constant folder and the VM.  A complex value in a slot is
 * NULL for 0+0i or a GorStruct of two float64 fields, never changed once
 * made (each operation makes a new one), so it is copied as a pointer.
 * complex64 keeps float32 values in its fields.
 */
#pragma once

#include <math.h>

#include <glib.h>

G_BEGIN_DECLS

static inline double
gor_complex_inf2one (double f)
{
  return copysign (isinf (f) ? 1.0 : 0.0, f);
}

/* n / m by Smith's algorithm, with C99's infinities and zeros where both
 * parts come out NaN, as Go's complex128div. */
static inline void
gor_complex_div (double a, double b, double c, double d, double *re, double *im)
{
  double e, f;

  if (fabs (c) >= fabs (d))
    {
      double ratio = d / c, denom = c + ratio * d;

      e = (a + b * ratio) / denom;
      f = (b - a * ratio) / denom;
    }
  else
    {
      double ratio = c / d, denom = d + ratio * c;

      e = (a * ratio + b) / denom;
      f = (b * ratio - a) / denom;
    }
  if (isnan (e) && isnan (f))
    {
      if (c == 0 && d == 0 && (!isnan (a) || !isnan (b)))
        {
          e = copysign (INFINITY, c) * a;
          f = copysign (INFINITY, c) * b;
        }
      else if ((isinf (a) || isinf (b)) && isfinite (c) && isfinite (d))
        {
          a = copysign (gor_complex_inf2one (a), a);
          b = copysign (gor_complex_inf2one (b), b);
          e = INFINITY * (a * c + b * d);
          f = INFINITY * (b * c - a * d);
        }
      else if ((isinf (c) || isinf (d)) && isfinite (a) && isfinite (b))
        {
          c = copysign (gor_complex_inf2one (c), c);
          d = copysign (gor_complex_inf2one (d), d);
          e = 0 * (a * c + b * d);
          f = 0 * (b * c - a * d);
        }
    }
  *re = e;
  *im = f;
}

/* n * m; @f32 rounds each product and sum to float32, as complex64 does */
static inline void
gor_complex_mul (double a, double b, double c, double d, gboolean f32, double *re, double *im)
{
  if (f32)
    {
      *re = (float) ((double) (float) (a * c) - (double) (float) (b * d));
      *im = (float) ((double) (float) (a * d) + (double) (float) (b * c));
      return;
    }
  *re = a * c - b * d;
  *im = a * d + b * c;
}

G_END_DECLS
