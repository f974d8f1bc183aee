/* gor-fmt-float.c — the shortest decimal form of a float, as fmt's %v
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * %v and %g without a precision print the fewest digits that read back
 * as the same float64, or float32 for a float32 (and each part of a
 * complex64).
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gor-vm-private.h"

/* Shortest decimal digits that read back as @f (a float32 for @bits
 * 32): digits and decimal exponent. */
static void
shortest (double f, int bits, char *digits, int *nd, int *dp)
{
  char buf[64];

  for (int prec = 1; prec <= 17; prec++)
    {
      g_snprintf (buf, sizeof buf, "%.*e", prec - 1, f);
      if ((bits == 32 ? (float) g_ascii_strtod (buf, NULL) == (float) f : g_ascii_strtod (buf, NULL) == f)
          || prec == 17)
        break;
    }
  {
    /* buf is d.ddde±xx */
    char *e = strchr (buf, 'e');
    int   n = 0;

    for (char *p = buf; p < e; p++)
      if (g_ascii_isdigit (*p))
        digits[n++] = *p;
    while (n > 1 && digits[n - 1] == '0')
      n--;
    digits[n] = '\0';
    *nd = n;
    *dp = atoi (e + 1) + 1;
  }
}

void
_gor_fmt_float_g (GString *out, double f, int bits)
{
  char digits[32];
  int  nd, dp, exp;

  if (isnan (f))
    {
      g_string_append (out, "NaN");
      return;
    }
  if (isinf (f))
    {
      g_string_append (out, f > 0 ? "+Inf" : "-Inf");
      return;
    }
  if (f == 0)
    {
      g_string_append (out, signbit (f) ? "-0" : "0");
      return;
    }
  if (f < 0)
    {
      g_string_append_c (out, '-');
      f = -f;
    }
  shortest (f, bits, digits, &nd, &dp);
  exp = dp - 1;
  if (exp < -4 || exp >= 6)
    {
      g_string_append_c (out, digits[0]);
      if (nd > 1)
        {
          g_string_append_c (out, '.');
          g_string_append (out, digits + 1);
        }
      g_string_append_printf (out, "e%c%02d", exp < 0 ? '-' : '+', abs (exp));
      return;
    }
  if (dp <= 0)
    {
      g_string_append (out, "0.");
      for (int i = 0; i < -dp; i++)
        g_string_append_c (out, '0');
      g_string_append (out, digits);
      return;
    }
  for (int i = 0; i < MAX (dp, nd); i++)
    {
      if (i == dp)
        g_string_append_c (out, '.');
      g_string_append_c (out, i < nd ? digits[i] : '0');
    }
}
