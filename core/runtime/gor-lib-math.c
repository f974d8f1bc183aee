/* gor-lib-math.c — math, math/bits, unicode and unicode/utf8
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The MATHLIB instruction: a library function on plain values, its
 * arguments on the stack replaced by its results.  math's functions are
 * the C library's, with Go's special cases where C's differ (Max, Min,
 * Round); Go computes some of them in its own code, which may differ
 * from the C library in the last bit for some arguments.  unicode
 * answers Latin-1 from Go's own tables and the rest from GLib's, whose
 * Unicode version may differ from Go's (15.0) for the newest characters.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gor-gotext.h"
#include "gor-vm-private.h"

/* The bits of @x kept by a width (0: uint, 64 bits). */
static guint64
mask (guint64 x, int bits)
{
  return bits == 0 || bits == 64 ? x : x & ((G_GUINT64_CONSTANT (1) << bits) - 1);
}

static double
go_max (double x, double y)
{
  if (isinf (x) && x > 0)
    return x;
  if (isinf (y) && y > 0)
    return y;
  if (isnan (x) || isnan (y))
    return NAN;
  if (x == 0 && x == y)
    return signbit (x) ? y : x;
  return x > y ? x : y;
}

static double
go_min (double x, double y)
{
  if (isinf (x) && x < 0)
    return x;
  if (isinf (y) && y < 0)
    return y;
  if (isnan (x) || isnan (y))
    return NAN;
  if (x == 0 && x == y)
    return signbit (x) ? x : y;
  return x < y ? x : y;
}

static GorValue *
math1 (gint32 a, GorValue *sp)
{
  double x = sp[-1].f, r;

  switch (a)
    {
    case GOR_M_SQRT: r = sqrt (x); break;
    case GOR_M_ABS: r = fabs (x); break;
    case GOR_M_FLOOR: r = floor (x); break;
    case GOR_M_CEIL: r = ceil (x); break;
    case GOR_M_ROUND: r = round (x); break;
    case GOR_M_ROUND_EVEN: r = nearbyint (x); break;
    case GOR_M_TRUNC: r = trunc (x); break;
    case GOR_M_LOG: r = log (x); break;
    case GOR_M_LOG2: r = log2 (x); break;
    case GOR_M_LOG10: r = log10 (x); break;
    case GOR_M_LOG1P: r = log1p (x); break;
    case GOR_M_EXP: r = exp (x); break;
    case GOR_M_EXP2: r = exp2 (x); break;
    case GOR_M_EXPM1: r = expm1 (x); break;
    case GOR_M_SIN: r = sin (x); break;
    case GOR_M_COS: r = cos (x); break;
    case GOR_M_TAN: r = tan (x); break;
    case GOR_M_ASIN: r = asin (x); break;
    case GOR_M_ACOS: r = acos (x); break;
    case GOR_M_ATAN: r = atan (x); break;
    case GOR_M_SINH: r = sinh (x); break;
    case GOR_M_COSH: r = cosh (x); break;
    case GOR_M_TANH: r = tanh (x); break;
    case GOR_M_ASINH: r = asinh (x); break;
    case GOR_M_ACOSH: r = acosh (x); break;
    case GOR_M_ATANH: r = atanh (x); break;
    case GOR_M_ERF: r = erf (x); break;
    case GOR_M_ERFC: r = erfc (x); break;
    case GOR_M_GAMMA: r = tgamma (x); break;
    case GOR_M_CBRT: r = (double) cbrtl (x); break; /* cbrt is not exact for cubes */
    default: g_assert_not_reached ();
    }
  sp[-1].f = r;
  return sp;
}

static GorValue *
math2 (gint32 a, GorValue *sp)
{
  double x = sp[-2].f, y = sp[-1].f, r;

  switch (a)
    {
    case GOR_M_POW: r = pow (x, y); break;
    case GOR_M_MOD: r = fmod (x, y); break;
    case GOR_M_REMAINDER: r = remainder (x, y); break;
    case GOR_M_MAX: r = go_max (x, y); break;
    case GOR_M_MIN: r = go_min (x, y); break;
    case GOR_M_DIM: r = isnan (x) || isnan (y) ? NAN : x - y <= 0 ? 0 : x - y; break;
    case GOR_M_ATAN2: r = atan2 (x, y); break;
    case GOR_M_HYPOT: r = hypot (x, y); break;
    case GOR_M_COPYSIGN: r = copysign (x, y); break;
    default: g_assert_not_reached ();
    }
  sp[-2].f = r;
  return sp - 1;
}

static GorValue *
math_other (gint32 a, GorValue *sp)
{
  switch (a)
    {
    case GOR_M_INF: sp[-1].f = sp[-1].i >= 0 ? INFINITY : -INFINITY; return sp;
    case GOR_M_IS_INF:
      sp[-2].i = isinf (sp[-2].f)
                 && (sp[-1].i == 0 || (sp[-1].i > 0 && sp[-2].f > 0) || (sp[-1].i < 0 && sp[-2].f < 0));
      return sp - 1;
    case GOR_M_NAN: sp->f = NAN; return sp + 1;
    case GOR_M_IS_NAN: sp[-1].i = isnan (sp[-1].f) != 0; return sp;
    case GOR_M_SIGNBIT: sp[-1].i = signbit (sp[-1].f) != 0; return sp;
    case GOR_M_FLOAT64BITS:
    case GOR_M_FLOAT64FROMBITS: return sp; /* the same 64 bits */
    case GOR_M_POW10:
      {
        gint64 n = sp[-1].i;

        sp[-1].f = n < -323 ? 0 : n > 308 ? INFINITY : pow (10, (double) n);
        return sp;
      }
    case GOR_M_MODF:
      {
        double ip, frac = modf (sp[-1].f, &ip);

        sp[-1].f = ip;
        sp->f = frac;
        return sp + 1;
      }
    case GOR_M_FREXP:
      {
        int    e = 0;
        double m = frexp (sp[-1].f, &e);

        sp[-1].f = m;
        sp->i = isinf (m) || isnan (m) ? 0 : e;
        return sp + 1;
      }
    default: g_assert_not_reached ();
    }
}

static guint64
reverse_bits (guint64 x, int bits)
{
  guint64 r = 0;

  for (int k = 0; k < bits; k++, x >>= 1)
    r = (r << 1) | (x & 1);
  return r;
}

static GorValue *
bits_fn (gint32 fn, int bits, GorValue *sp)
{
  int     w = bits == 0 ? 64 : bits;
  guint64 x;

  switch (fn)
    {
    case GOR_M_BITS_ONES: sp[-1].i = __builtin_popcountll (mask (sp[-1].u, bits)); return sp;
    case GOR_M_BITS_LEN:
    case GOR_M_BITS_LEADING:
      x = mask (sp[-1].u, bits);
      {
        int len = x == 0 ? 0 : 64 - __builtin_clzll (x);

        sp[-1].i = fn == GOR_M_BITS_LEN ? len : w - len;
      }
      return sp;
    case GOR_M_BITS_TRAILING:
      x = mask (sp[-1].u, bits);
      sp[-1].i = x == 0 ? w : __builtin_ctzll (x);
      return sp;
    case GOR_M_BITS_ROTATE:
      {
        int s = (int) (((sp[-1].i % w) + w) % w);

        x = mask (sp[-2].u, bits);
        sp[-2].u = s == 0 ? x : mask ((x << s) | (x >> (w - s)), bits);
        return sp - 1;
      }
    case GOR_M_BITS_REVERSE: sp[-1].u = reverse_bits (sp[-1].u, w); return sp;
    case GOR_M_BITS_REVERSE_BYTES:
      x = sp[-1].u;
      sp[-1].u = w == 16   ? GUINT16_SWAP_LE_BE ((guint16) x)
                 : w == 32 ? GUINT32_SWAP_LE_BE ((guint32) x)
                           : GUINT64_SWAP_LE_BE (x);
      return sp;
    case GOR_M_BITS_ADD:
    case GOR_M_BITS_SUB:
      {
        guint64 y = sp[-2].u, c = sp[-1].u, r, out;

        x = sp[-3].u;
        if (fn == GOR_M_BITS_ADD)
          {
            r = x + y + c;
            out = ((x & y) | ((x | y) & ~r)) >> 63;
          }
        else
          {
            r = x - y - c;
            out = ((~x & y) | (~(x ^ y) & r)) >> 63;
          }
        sp[-3].u = r;
        sp[-2].u = out;
        return sp - 1;
      }
    case GOR_M_BITS_MUL:
      {
        unsigned __int128 p = (unsigned __int128) sp[-2].u * sp[-1].u;

        sp[-2].u = (guint64) (p >> 64);
        sp[-1].u = (guint64) p;
        return sp;
      }
    default: g_assert_not_reached ();
    }
}

/* unicode: Latin-1 as Go's tables, the rest by GLib's categories. */
static gboolean
is_category (gunichar c, guint mask_of_types)
{
  return c <= 0x10FFFF && (mask_of_types & (1u << g_unichar_type (c))) != 0;
}

#define T(x) (1u << G_UNICODE_##x)
#define LETTERS                                                                         \
  (T (LOWERCASE_LETTER) | T (MODIFIER_LETTER) | T (OTHER_LETTER) | T (TITLECASE_LETTER) \
   | T (UPPERCASE_LETTER))
#define MARKS (T (SPACING_MARK) | T (ENCLOSING_MARK) | T (NON_SPACING_MARK))
#define NUMBERS (T (DECIMAL_NUMBER) | T (LETTER_NUMBER) | T (OTHER_NUMBER))
#define PUNCTS                                                                                    \
  (T (CONNECT_PUNCTUATION) | T (DASH_PUNCTUATION) | T (CLOSE_PUNCTUATION) | T (FINAL_PUNCTUATION) \
   | T (INITIAL_PUNCTUATION) | T (OTHER_PUNCTUATION) | T (OPEN_PUNCTUATION))
#define SYMBOLS (T (CURRENCY_SYMBOL) | T (MODIFIER_SYMBOL) | T (MATH_SYMBOL) | T (OTHER_SYMBOL))

static gboolean
is_space (gunichar c)
{
  if (c <= 0xFF)
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
         || c == 0x205F || c == 0x3000;
}

static gint64
unicode_fn (gint32 fn, gint64 r)
{
  gunichar c = r < 0 || r > 0x10FFFF ? 0x110000 : (gunichar) r;

  switch (fn)
    {
    case GOR_M_IS_LETTER: return is_category (c, LETTERS);
    case GOR_M_IS_DIGIT: return c <= 0xFF ? c >= '0' && c <= '9' : is_category (c, T (DECIMAL_NUMBER));
    case GOR_M_IS_NUMBER: return is_category (c, NUMBERS);
    case GOR_M_IS_SPACE: return is_space (c);
    case GOR_M_IS_UPPER: return is_category (c, T (UPPERCASE_LETTER));
    case GOR_M_IS_LOWER: return is_category (c, T (LOWERCASE_LETTER));
    case GOR_M_IS_TITLE: return is_category (c, T (TITLECASE_LETTER));
    case GOR_M_IS_PUNCT: return is_category (c, PUNCTS);
    case GOR_M_IS_CONTROL: return c <= 0x1F || (c >= 0x7F && c <= 0x9F);
    case GOR_M_IS_SYMBOL: return is_category (c, SYMBOLS);
    case GOR_M_IS_MARK: return is_category (c, MARKS);
    case GOR_M_IS_GRAPHIC:
      return is_category (c, LETTERS | MARKS | NUMBERS | PUNCTS | SYMBOLS | T (SPACE_SEPARATOR));
    case GOR_M_IS_PRINT: return c <= 0x10FFFF && gor_go_isprint (c);
    case GOR_M_TO_UPPER:
    case GOR_M_TO_LOWER:
    case GOR_M_TO_TITLE:
      if (c > 0x10FFFF)
        return r;
      if (c < 0x80)
        {
          if (fn == GOR_M_TO_LOWER)
            return c >= 'A' && c <= 'Z' ? c + 32 : c;
          return c >= 'a' && c <= 'z' ? c - 32 : c;
        }
      /* GLib maps only letters; Go's table also the Roman numerals and
       * the circled letters */
      if ((c >= 0x2160 && c <= 0x216F) || (c >= 0x24B6 && c <= 0x24CF))
        return fn == GOR_M_TO_LOWER ? c + (c < 0x2170 ? 16 : 26) : c;
      if ((c >= 0x2170 && c <= 0x217F) || (c >= 0x24D0 && c <= 0x24E9))
        return fn == GOR_M_TO_LOWER ? c : c - (c < 0x2180 ? 16 : 26);
      return fn == GOR_M_TO_LOWER   ? g_unichar_tolower (c)
             : fn == GOR_M_TO_UPPER ? g_unichar_toupper (c)
                                    : g_unichar_totitle (c);
    default: g_assert_not_reached ();
    }
}

#undef T

/* Go's UTF-8 decoding: the rune at @p and its width; a bad sequence is
 * RuneError one byte wide, nothing is RuneError of width 0. */
gunichar
_gor_utf8_decode (const guchar *p, gsize n, int *width)
{
  guchar   b0;
  int      need;
  gunichar r;
  guchar   lo = 0x80, hi = 0xBF;

  *width = n > 0;
  if (n == 0)
    return 0xFFFD;
  b0 = p[0];
  if (b0 < 0x80)
    return b0;
  if (b0 >= 0xC2 && b0 <= 0xDF)
    need = 1, r = b0 & 0x1F;
  else if (b0 >= 0xE0 && b0 <= 0xEF)
    need = 2, r = b0 & 0x0F;
  else if (b0 >= 0xF0 && b0 <= 0xF4)
    need = 3, r = b0 & 0x07;
  else
    return 0xFFFD;
  if (b0 == 0xE0)
    lo = 0xA0;
  else if (b0 == 0xED)
    hi = 0x9F;
  else if (b0 == 0xF0)
    lo = 0x90;
  else if (b0 == 0xF4)
    hi = 0x8F;
  if ((gsize) need >= n)
    return 0xFFFD;
  for (int k = 1; k <= need; k++)
    {
      guchar b = p[k];

      if (b < (k == 1 ? lo : 0x80) || b > (k == 1 ? hi : 0xBF))
        return 0xFFFD;
      r = (r << 6) | (b & 0x3F);
    }
  *width = need + 1;
  return r;
}

static gunichar
decode_last (const guchar *p, gsize n, int *width)
{
  gsize start, lim;
  int   w;

  *width = n > 0;
  if (n == 0)
    return 0xFFFD;
  if (p[n - 1] < 0x80)
    return p[n - 1];
  start = n - 1;
  lim = n >= 4 ? n - 4 : 0;
  while (start > lim && (p[start] & 0xC0) == 0x80)
    start--;
  {
    gunichar r = _gor_utf8_decode (p + start, n - start, &w);

    if (start + (gsize) w != n)
      return 0xFFFD;
    *width = w;
    return r;
  }
}

static int
rune_len (gint64 r)
{
  if (r < 0)
    return -1;
  if (r < 0x80)
    return 1;
  if (r < 0x800)
    return 2;
  if (r >= 0xD800 && r <= 0xDFFF)
    return -1;
  if (r < 0x10000)
    return 3;
  return r <= 0x10FFFF ? 4 : -1;
}

static int
encode (gint64 r, guchar *out)
{
  if (rune_len (r) < 0)
    r = 0xFFFD;
  return g_unichar_to_utf8 ((gunichar) r, (char *) out);
}

/* The bytes of a []byte, copied out (NULL-safe). */
static guchar *
slice_bytes (GorSlice *s, gsize *n)
{
  guchar *b;

  *n = s ? (gsize) s->len : 0;
  b = g_malloc (*n + 1);
  for (gsize k = 0; k < *n; k++)
    b[k] = (guchar) gor_slice_get (s, (gint64) k).u;
  return b;
}

static gint64
count_runes (const guchar *p, gsize n, gboolean *valid)
{
  gint64 count = 0;

  *valid = TRUE;
  for (gsize k = 0; k < n; count++)
    {
      int      w;
      gunichar r = _gor_utf8_decode (p + k, n - k, &w);

      if (r == 0xFFFD && w == 1)
        *valid = FALSE;
      k += (gsize) w;
    }
  return count;
}

static GorValue *
utf8_fn (GorVM *vm, gint32 fn, GorValue *sp, GorIface **perr)
{
  switch (fn)
    {
    case GOR_M_RUNE_LEN: sp[-1].i = rune_len (sp[-1].i); return sp;
    case GOR_M_VALID_RUNE:
      sp[-1].i = sp[-1].i >= 0 && sp[-1].i <= 0x10FFFF && !(sp[-1].i >= 0xD800 && sp[-1].i <= 0xDFFF);
      return sp;
    case GOR_M_RUNE_START: sp[-1].i = (sp[-1].u & 0xC0) != 0x80; return sp;
    case GOR_M_RUNE_COUNT_STR:
    case GOR_M_VALID_STR:
      {
        gboolean valid;
        gint64 count = count_runes ((const guchar *) gor_str_data (sp[-1].p), gor_str_len (sp[-1].p), &valid);

        sp[-1].i = fn == GOR_M_VALID_STR ? valid : count;
        return sp;
      }
    case GOR_M_RUNE_COUNT:
    case GOR_M_VALID:
      {
        gsize    n;
        guchar  *b = slice_bytes (sp[-1].p, &n);
        gboolean valid;
        gint64   count = count_runes (b, n, &valid);

        g_free (b);
        sp[-1].i = fn == GOR_M_VALID ? valid : count;
        return sp;
      }
    case GOR_M_DECODE_STR:
    case GOR_M_DECODE_LAST_STR:
      {
        const guchar *p = (const guchar *) gor_str_data (sp[-1].p);
        gsize         n = gor_str_len (sp[-1].p);
        int           w;

        sp[-1].i = fn == GOR_M_DECODE_STR ? _gor_utf8_decode (p, n, &w) : decode_last (p, n, &w);
        sp->i = w;
        return sp + 1;
      }
    case GOR_M_DECODE:
    case GOR_M_DECODE_LAST:
      {
        gsize   n;
        guchar *b = slice_bytes (sp[-1].p, &n);
        int     w;

        sp[-1].i = fn == GOR_M_DECODE ? _gor_utf8_decode (b, n, &w) : decode_last (b, n, &w);
        sp->i = w;
        g_free (b);
        return sp + 1;
      }
    case GOR_M_ENCODE_RUNE:
      {
        GorSlice *s = sp[-2].p;
        guchar    buf[8];
        int       n = encode (sp[-1].i, buf);

        if ((s ? s->len : 0) < n)
          {
            *perr = _gor_vm_error (vm, "runtime error: index out of range [%d] with length %" G_GINT64_FORMAT,
                                   n - 1, s ? s->len : (gint64) 0);
            return sp;
          }
        for (int k = 0; k < n; k++)
          {
            GorValue c;

            c.u = buf[k];
            gor_slice_set (s, k, c);
          }
        sp[-2].i = n;
        return sp - 1;
      }
    case GOR_M_APPEND_RUNE:
      {
        guchar buf[8];
        int    n = encode (sp[-1].i, buf);

        sp[-2].p = _gor_lib_append_bytes (vm, sp[-2].p, buf, (gsize) n, perr);
        return sp - 1;
      }
    default: g_assert_not_reached ();
    }
}

/* append (s, bytes…): @s with @n more bytes */
GorSlice *
_gor_lib_append_bytes (GorVM *vm, GorSlice *s, const guchar *bytes, gsize n, GorIface **perr)
{
  GorValue *vals = g_new (GorValue, MAX (n, 1));
  gsize     oom = 0;
  GorSlice *r;

  for (gsize k = 0; k < n; k++)
    vals[k].u = bytes[k];
  r = _gor_slice_append (vm, s, vals, (gint64) n, 0x8000 | GOR_ARRAY_U8, &oom);
  g_free (vals);
  if (r == NULL)
    *perr = _gor_vm_error (vm, "runtime: out of memory: cannot allocate %" G_GSIZE_FORMAT "-byte block", oom);
  return r;
}

GorValue *
_gor_lib_mathlib (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  gint32 fn = a & 0xFFFF;
  int    bits = a >> 16;

  if (fn <= GOR_M_CBRT)
    return math1 (fn, sp);
  if (fn <= GOR_M_COPYSIGN)
    return math2 (fn, sp);
  if (fn <= GOR_M_FREXP)
    return math_other (fn, sp);
  if (fn <= GOR_M_BITS_DIV)
    return bits_fn (fn, bits, sp);
  if (fn <= GOR_M_TO_TITLE)
    {
      sp[-1].i = unicode_fn (fn, sp[-1].i);
      return sp;
    }
  if (fn <= GOR_M_RUNE_START)
    return utf8_fn (vm, fn, sp, perr);
  if (fn <= GOR_M_UNQUOTE)
    return _gor_lib_strconv (vm, fn, b, sp, perr);
  if (fn >= GOR_M_F32_ROUND)
    return _gor_lib_float (vm, fn, b, sp, perr);
  return _gor_lib_sort (vm, fn, b, sp, perr);
}

GorValue *
_gor_lib_call (GorVM *vm, GorOp op, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  switch (op)
    {
    case GOR_OP_ITOA: return _gor_lib_itoa (vm, a, b, sp, perr);
    case GOR_OP_ATOI: return _gor_lib_atoi (vm, a, b, sp, perr);
    default: return _gor_lib_mathlib (vm, a, b, sp, perr);
    }
}
