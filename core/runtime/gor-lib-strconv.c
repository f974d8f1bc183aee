/* gor-lib-strconv.c — the strconv package
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Its errors are *strconv.NumError values in Go; here they are errors
 * with the same text ("strconv.ParseInt: parsing \"x\": invalid syntax")
 * that wrap the same Err (ErrSyntax, ErrRange …), as fmt.Errorf's %w.
 */

#include "config.h"

#include <errno.h>
#include <string.h>

#include <math.h>

#include "gor-gotext.h"
#include "gor-vm-private.h"

static GorIface *num_error (GorVM *vm, const char *fn, const GorStr *num, const char *what);

/* ITOA: int → string, in place. */
GorValue *
_gor_lib_itoa (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  char buf[32];
  int  n = g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, sp[-1].i);

  sp[-1].p = gor_str_new (&vm->heap, buf, (gsize) n);
  return sp;
}

/* ATOI: string → int, error (a *strconv.NumError's text as an error). */
GorValue *
_gor_lib_atoi (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  GorStr          *str = sp[-1].p;
  char             buf[32];
  const char      *p = buf;
  char            *end = NULL;
  gint64           v;
  gsize            n = gor_str_len (str);
  g_autofree char *long_text = NULL;

  /* strtoll reads up to a NUL, which a view's bytes lack: a copy */
  if (n < sizeof buf)
    {
      memcpy (buf, gor_str_data (str), n);
      buf[n] = '\0';
    }
  else
    p = long_text = gor_str_dup0 (str);
  errno = 0;
  v = g_ascii_strtoll (p, &end, 10);
  /* a NUL inside the text ends strtoll's reading, not the text */
  if (n == 0 || end != p + n || errno != 0 || g_ascii_isspace (p[0]))
    {
      gboolean range = errno == ERANGE;

      sp[-1].i = range ? (v < 0 ? G_MININT64 : G_MAXINT64) : 0;
      sp->p = num_error (vm, "Atoi", str, range ? "value out of range" : "invalid syntax");
      return sp + 1;
    }
  sp[-1].i = v;
  sp->p = NULL;
  return sp + 1;
}

static GorIface *
error_new (GorVM *vm, const char *text, gsize len)
{
  GorValue m;

  m.p = gor_str_new (&vm->heap, text, len);
  return gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), m);
}

/* A *NumError's text: strconv.@fn: parsing "@num": @what */
static GorIface *
num_error (GorVM *vm, const char *fn, const GorStr *num, const char *what)
{
  g_autoptr (GString) msg = g_string_new ("strconv.");
  GorIface  *e;
  GPtrArray *wrapped;

  g_string_append_printf (msg, "%s: parsing ", fn);
  _gor_fmt_quote (msg, gor_str_data (num), gor_str_len (num));
  g_string_append_printf (msg, ": %s", what);
  /* its Err, which Unwrap returns: ErrSyntax, ErrRange … */
  wrapped = g_ptr_array_new ();
  g_ptr_array_add (wrapped, error_new (vm, what, strlen (what)));
  e = _gor_errorf_result (vm, gor_str_new (&vm->heap, msg->str, msg->len), wrapped);
  g_ptr_array_unref (wrapped);
  return e;
}

static GorValue *
push_string (GorVM *vm, GorValue *slot, const char *s, gsize len)
{
  slot->p = gor_str_new (&vm->heap, s, len);
  return slot + 1;
}

static char
lower (char c)
{
  return (char) (c | 0x20);
}

/* strconv's underscoreOK: underscores only between digits, after a base
 * prefix. */
static gboolean
underscore_ok (const char *s, gsize n)
{
  char     saw = '^';
  gsize    i = 0;
  gboolean hex = FALSE;

  if (n >= 1 && (s[0] == '-' || s[0] == '+'))
    s++, n--;
  if (n >= 2 && s[0] == '0' && (lower (s[1]) == 'b' || lower (s[1]) == 'o' || lower (s[1]) == 'x'))
    {
      i = 2;
      saw = '0';
      hex = lower (s[1]) == 'x';
    }
  for (; i < n; i++)
    {
      if (g_ascii_isdigit (s[i]) || (hex && lower (s[i]) >= 'a' && lower (s[i]) <= 'f'))
        {
          saw = '0';
          continue;
        }
      if (s[i] == '_')
        {
          if (saw != '0')
            return FALSE;
          saw = '_';
          continue;
        }
      if (saw == '_')
        return FALSE;
      saw = '!';
    }
  return saw != '_';
}

typedef enum
{
  PARSE_OK,
  PARSE_SYNTAX,
  PARSE_RANGE,
  PARSE_BASE,
  PARSE_BITS,
} ParseResult;

/* Go's ParseUint on @s (the whole text in @s0 for the underscores) */
static ParseResult
parse_uint (const char *s, gsize n, gint64 base, gint64 bits, guint64 *out)
{
  const char *s0 = s;
  gsize       n0 = n;
  gboolean    base0 = base == 0, underscores = FALSE;
  guint64     cutoff, max_val, v = 0;

  *out = 0;
  if (n == 0)
    return PARSE_SYNTAX;
  if (base == 0)
    {
      base = 10;
      if (s[0] == '0')
        {
          if (n >= 3 && lower (s[1]) == 'b')
            base = 2, s += 2, n -= 2;
          else if (n >= 3 && lower (s[1]) == 'o')
            base = 8, s += 2, n -= 2;
          else if (n >= 3 && lower (s[1]) == 'x')
            base = 16, s += 2, n -= 2;
          else
            base = 8, s += 1, n -= 1;
        }
    }
  else if (base < 2 || base > 36)
    return PARSE_BASE;
  if (bits == 0)
    bits = 64;
  else if (bits < 0 || bits > 64)
    return PARSE_BITS;
  cutoff = G_MAXUINT64 / (guint64) base + 1;
  max_val = bits == 64 ? G_MAXUINT64 : (G_GUINT64_CONSTANT (1) << bits) - 1;
  for (gsize k = 0; k < n; k++)
    {
      char    c = s[k];
      guint64 d, v1;

      if (c == '_' && base0)
        {
          underscores = TRUE;
          continue;
        }
      if (g_ascii_isdigit (c))
        d = (guint64) (c - '0');
      else if (lower (c) >= 'a' && lower (c) <= 'z')
        d = (guint64) (lower (c) - 'a' + 10);
      else
        return PARSE_SYNTAX;
      if (d >= (guint64) base)
        return PARSE_SYNTAX;
      if (v >= cutoff)
        {
          *out = max_val;
          return PARSE_RANGE;
        }
      v *= (guint64) base;
      v1 = v + d;
      if (v1 < v || v1 > max_val)
        {
          *out = max_val;
          return PARSE_RANGE;
        }
      v = v1;
    }
  if (underscores && !underscore_ok (s0, n0))
    return PARSE_SYNTAX;
  *out = v;
  return PARSE_OK;
}

static GorIface *
parse_error (GorVM *vm, const char *fn, const GorStr *num, ParseResult r, gint64 base, gint64 bits)
{
  char what[64];

  switch (r)
    {
    case PARSE_SYNTAX: return num_error (vm, fn, num, "invalid syntax");
    case PARSE_RANGE: return num_error (vm, fn, num, "value out of range");
    case PARSE_BASE: g_snprintf (what, sizeof what, "invalid base %" G_GINT64_FORMAT, base); break;
    case PARSE_BITS: g_snprintf (what, sizeof what, "invalid bit size %" G_GINT64_FORMAT, bits); break;
    case PARSE_OK:
    default: return NULL;
    }
  return num_error (vm, fn, num, what);
}

/* ParseInt (s, base, bitSize) and ParseUint: (value, error) */
static GorValue *
parse_int (GorVM *vm, gboolean is_signed, GorValue *sp)
{
  GorStr     *str = sp[-3].p;
  const char *s = gor_str_data (str);
  gsize       n = gor_str_len (str);
  gint64      base = sp[-2].i, bits = sp[-1].i;
  gboolean    neg = FALSE;
  guint64     u;
  ParseResult r;

  if (!is_signed)
    {
      r = parse_uint (s, n, base, bits, &u);
      sp[-3].u = u;
      sp[-2].p = parse_error (vm, "ParseUint", str, r, base, bits);
      return sp - 1;
    }
  if (n == 0)
    r = PARSE_SYNTAX, u = 0;
  else
    {
      if (s[0] == '+' || s[0] == '-')
        neg = s[0] == '-', s++, n--;
      r = parse_uint (s, n, base, bits, &u);
    }
  if (r == PARSE_OK || r == PARSE_RANGE)
    {
      guint64 cutoff = G_GUINT64_CONSTANT (1) << ((bits == 0 ? 64 : bits) - 1);

      if (!neg && u >= cutoff)
        sp[-3].i = (gint64) (cutoff - 1), r = PARSE_RANGE;
      else if (neg && u > cutoff)
        sp[-3].i = -(gint64) (cutoff - 1) - 1, r = PARSE_RANGE;
      else
        sp[-3].i = neg ? (gint64) (0 - u) : (gint64) u, r = PARSE_OK;
    }
  else
    sp[-3].i = 0;
  sp[-2].p = parse_error (vm, "ParseInt", str, r, base, bits);
  return sp - 1;
}

/* Whether @s is a float as ParseFloat reads it (decimal, or hexadecimal
 * with a p exponent, underscores after a base prefix only); its text
 * without the underscores in @clean. */
static gboolean
float_syntax (const char *s, gsize n, GString *clean)
{
  gsize    i = 0;
  gboolean hex = FALSE, digits = FALSE, underscores = FALSE;

  if (i < n && (s[i] == '+' || s[i] == '-'))
    i++;
  {
    const char *rest = s + i;
    gsize       m = n - i;

    if ((m == 3 && g_ascii_strncasecmp (rest, "inf", 3) == 0)
        || (m == 8 && g_ascii_strncasecmp (rest, "infinity", 8) == 0)
        || (m == 3 && g_ascii_strncasecmp (rest, "nan", 3) == 0 && i == 0))
      {
        g_string_append_len (clean, s, (gssize) n);
        return TRUE;
      }
  }
  if (i + 1 < n && s[i] == '0' && lower (s[i + 1]) == 'x')
    hex = TRUE, i += 2;
  for (; i < n && (g_ascii_isxdigit (s[i]) || s[i] == '_'); i++)
    {
      if (s[i] == '_')
        underscores = TRUE;
      else if (!hex && !g_ascii_isdigit (s[i]))
        break;
      else
        digits = TRUE;
    }
  if (i < n && s[i] == '.')
    for (i++; i < n && (g_ascii_isxdigit (s[i]) || s[i] == '_'); i++)
      {
        if (s[i] == '_')
          underscores = TRUE;
        else if (!hex && !g_ascii_isdigit (s[i]))
          break;
        else
          digits = TRUE;
      }
  if (!digits)
    return FALSE;
  if (i < n && (lower (s[i]) == (hex ? 'p' : 'e')))
    {
      gboolean exp_digits = FALSE;

      i++;
      if (i < n && (s[i] == '+' || s[i] == '-'))
        i++;
      for (; i < n && (g_ascii_isdigit (s[i]) || s[i] == '_'); i++)
        {
          if (s[i] == '_')
            underscores = TRUE;
          else
            exp_digits = TRUE;
        }
      if (!exp_digits)
        return FALSE;
    }
  else if (hex)
    return FALSE;
  if (i != n || (underscores && !underscore_ok (s, n)))
    return FALSE;
  for (gsize k = 0; k < n; k++)
    if (s[k] != '_')
      g_string_append_c (clean, s[k]);
  return TRUE;
}

/* ParseFloat (s, bitSize): (float64, error) */
static GorValue *
parse_float (GorVM *vm, GorValue *sp)
{
  GorStr *str = sp[-2].p;
  g_autoptr (GString) clean = g_string_new (NULL);
  double v;

  if (!float_syntax (gor_str_data (str), gor_str_len (str), clean))
    {
      sp[-2].f = 0;
      sp[-1].p = num_error (vm, "ParseFloat", str, "invalid syntax");
      return sp;
    }
  v = g_ascii_strtod (clean->str, NULL);
  if (sp[-1].i == 32)
    v = (float) v;
  sp[-2].f = v;
  sp[-1].p = NULL;
  if (isinf (v)
      && g_ascii_strncasecmp (clean->str + (clean->str[0] == '+' || clean->str[0] == '-'), "inf", 3) != 0)
    sp[-1].p = num_error (vm, "ParseFloat", str, "value out of range");
  return sp;
}

/* The shortest decimal digits that read back as @f (a float32 for
 * @bits 32), and the decimal point's place. */
static void
shortest_digits (double f, int bits, char *digits, int *nd, int *dp)
{
  char buf[64];

  for (int prec = 1; prec <= 17; prec++)
    {
      double back;

      g_snprintf (buf, sizeof buf, "%.*e", prec - 1, f);
      back = g_ascii_strtod (buf, NULL);
      if ((bits == 32 ? (float) back == (float) f : back == f) || prec == 17)
        break;
    }
  {
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

static void
format_e (GString *out, const char *digits, int nd, int dp, int prec, char e)
{
  int exp = digits[0] == '0' ? 0 : dp - 1;

  g_string_append_c (out, digits[0]);
  if (prec > 0)
    {
      g_string_append_c (out, '.');
      for (int i = 1; i <= prec; i++)
        g_string_append_c (out, i < nd ? digits[i] : '0');
    }
  g_string_append_printf (out, "%c%c%02d", e, exp < 0 ? '-' : '+', ABS (exp));
}

static void
format_f (GString *out, const char *digits, int nd, int dp, int prec)
{
  if (dp > 0)
    for (int i = 0; i < dp; i++)
      g_string_append_c (out, i < nd ? digits[i] : '0');
  else
    g_string_append_c (out, '0');
  if (prec > 0)
    {
      g_string_append_c (out, '.');
      for (int i = 0; i < prec; i++)
        {
          int k = dp + i;

          g_string_append_c (out, k < 0 || k >= nd ? '0' : digits[k]);
        }
    }
}

/* FormatFloat (f, fmt, prec, bitSize) */
static void
format_float (GString *out, double f, char fmt, gint64 prec, gint64 bits)
{
  char digits[40];
  int  nd, dp;

  if (bits == 32)
    f = (float) f;
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
  if (fmt != 'e' && fmt != 'E' && fmt != 'f' && fmt != 'g' && fmt != 'G')
    {
      g_string_append_c (out, '%');
      g_string_append_c (out, fmt);
      return;
    }
  if (prec >= 0)
    {
      int p = (int) MIN (prec, 1000);

      switch (fmt)
        {
        case 'e': g_string_append_printf (out, "%.*e", p, f); break;
        case 'E': g_string_append_printf (out, "%.*E", p, f); break;
        case 'f': g_string_append_printf (out, "%.*f", p, f); break;
        case 'g': g_string_append_printf (out, "%.*g", p, f); break;
        default: g_string_append_printf (out, "%.*G", p, f); break;
        }
      return;
    }
  if (signbit (f))
    {
      g_string_append_c (out, '-');
      f = -f;
    }
  if (f == 0)
    {
      digits[0] = '0', digits[1] = '\0';
      nd = 1;
      dp = 1;
    }
  else
    shortest_digits (f, (int) bits, digits, &nd, &dp);
  switch (fmt)
    {
    case 'e':
    case 'E': format_e (out, digits, nd, dp, nd - 1, fmt); break;
    case 'f': format_f (out, digits, nd, dp, MAX (nd - dp, 0)); break;
    default:
      {
        int exp = dp - 1;

        if (f == 0)
          exp = 0;
        if (exp < -4 || exp >= 21 - 15)
          format_e (out, digits, nd, dp, nd - 1, fmt == 'g' ? 'e' : 'E');
        else
          format_f (out, digits, nd, dp, MAX (nd - dp, 0));
      }
    }
}

static void
format_int (GString *out, guint64 u, gboolean neg, int base)
{
  char buf[72];
  int  i = sizeof buf;

  do
    {
      buf[--i] = "0123456789abcdefghijklmnopqrstuvwxyz"[u % (guint64) base];
      u /= (guint64) base;
    }
  while (u);
  if (neg)
    buf[--i] = '-';
  g_string_append_len (out, buf + i, (gssize) sizeof buf - i);
}

/* strconv.Quote and QuoteToASCII (@ascii) */
static void
quote (GString *out, const char *s, gsize n, gboolean ascii)
{
  g_string_append_c (out, '"');
  for (gsize k = 0; k < n;)
    {
      int      w;
      gunichar r = _gor_utf8_decode ((const guchar *) s + k, n - k, &w);

      if (r == 0xFFFD && w == 1)
        g_string_append_printf (out, "\\x%02x", (guchar) s[k]);
      else
        gor_go_append_escaped_rune (out, r, '"', ascii);
      k += (gsize) w;
    }
  g_string_append_c (out, '"');
}

static int
hex_val (char c)
{
  return g_ascii_isdigit (c) ? c - '0' : lower (c) >= 'a' && lower (c) <= 'f' ? lower (c) - 'a' + 10 : -1;
}

static void
append_rune (GString *out, gunichar r)
{
  char buf[8];

  g_string_append_len (out, buf, g_unichar_to_utf8 (r, buf));
}

/* strconv.Unquote: FALSE for ErrSyntax */
static gboolean
unquote (const char *s, gsize n, GString *out)
{
  char q;
  int  runes = 0;

  if (n < 2 || s[0] != s[n - 1] || (s[0] != '"' && s[0] != '\'' && s[0] != '`'))
    return FALSE;
  q = s[0];
  s++, n -= 2;
  if (q == '`')
    {
      for (gsize k = 0; k < n; k++)
        if (s[k] == '`')
          return FALSE;
        else if (s[k] != '\r')
          g_string_append_c (out, s[k]);
      return TRUE;
    }
  for (gsize k = 0; k < n;)
    {
      char c = s[k];

      runes++;
      if (c == q || c == '\n')
        return FALSE;
      if (c != '\\')
        {
          int w;

          _gor_utf8_decode ((const guchar *) s + k, n - k, &w);
          g_string_append_len (out, s + k, w);
          k += (gsize) w;
          continue;
        }
      if (++k >= n)
        return FALSE;
      c = s[k++];
      switch (c)
        {
        case 'a': g_string_append_c (out, '\a'); break;
        case 'b': g_string_append_c (out, '\b'); break;
        case 'f': g_string_append_c (out, '\f'); break;
        case 'n': g_string_append_c (out, '\n'); break;
        case 'r': g_string_append_c (out, '\r'); break;
        case 't': g_string_append_c (out, '\t'); break;
        case 'v': g_string_append_c (out, '\v'); break;
        case '\\': g_string_append_c (out, '\\'); break;
        case '\'':
        case '"':
          if (c != q)
            return FALSE;
          g_string_append_c (out, c);
          break;
        case 'x':
        case 'u':
        case 'U':
          {
            int     len = c == 'x' ? 2 : c == 'u' ? 4 : 8;
            guint32 v = 0;

            if (k + (gsize) len > n)
              return FALSE;
            for (int i = 0; i < len; i++)
              {
                int h = hex_val (s[k++]);

                if (h < 0)
                  return FALSE;
                v = v << 4 | (guint32) h;
              }
            if (c == 'x')
              {
                if (q == '\'')
                  append_rune (out, v);
                else
                  g_string_append_c (out, (char) v);
              }
            else if (v > 0x10FFFF || (v >= 0xD800 && v < 0xE000))
              return FALSE;
            else
              append_rune (out, v);
            break;
          }
        default:
          {
            guint32 v;

            if (c < '0' || c > '7' || k + 2 > n)
              return FALSE;
            v = (guint32) (c - '0');
            for (int i = 0; i < 2; i++)
              {
                if (s[k] < '0' || s[k] > '7')
                  return FALSE;
                v = v * 8 + (guint32) (s[k++] - '0');
              }
            if (v > 255)
              return FALSE;
            if (q == '\'')
              append_rune (out, v);
            else
              g_string_append_c (out, (char) v);
          }
        }
    }
  return q != '\'' || runes == 1;
}

/* MATHLIB's strconv functions */
GorValue *
_gor_lib_strconv (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  g_autoptr (GString) out = g_string_new (NULL);

  (void) b;
  switch (a)
    {
    case GOR_M_PARSE_FLOAT: return parse_float (vm, sp);
    case GOR_M_PARSE_INT:
    case GOR_M_PARSE_UINT: return parse_int (vm, a == GOR_M_PARSE_INT, sp);
    case GOR_M_FORMAT_FLOAT:
      format_float (out, sp[-4].f, (char) sp[-3].i, sp[-2].i, sp[-1].i);
      return push_string (vm, sp - 4, out->str, out->len);
    case GOR_M_FORMAT_INT:
    case GOR_M_FORMAT_UINT:
    case GOR_M_APPEND_INT:
      if (sp[-1].i < 2 || sp[-1].i > 36)
        {
          *perr = _gor_vm_error (vm, "strconv: illegal AppendInt/FormatInt base");
          return sp;
        }
      {
        gboolean neg = a != GOR_M_FORMAT_UINT && sp[-2].i < 0;

        format_int (out, neg ? 0 - sp[-2].u : sp[-2].u, neg, (int) sp[-1].i);
      }
      if (a == GOR_M_APPEND_INT)
        {
          sp[-3].p = _gor_lib_append_bytes (vm, sp[-3].p, (const guchar *) out->str, out->len, perr);
          return sp - 2;
        }
      return push_string (vm, sp - 2, out->str, out->len);
    case GOR_M_PARSE_BOOL:
      {
        const char              *s = gor_str_data (sp[-1].p);
        static const char *const yes[] = { "1", "t", "T", "TRUE", "true", "True" };
        static const char *const no[] = { "0", "f", "F", "FALSE", "false", "False" };

        sp->p = NULL;
        for (guint k = 0; k < G_N_ELEMENTS (yes); k++)
          {
            if (strlen (yes[k]) == gor_str_len (sp[-1].p) && memcmp (s, yes[k], strlen (yes[k])) == 0)
              {
                sp[-1].i = 1;
                return sp + 1;
              }
            if (strlen (no[k]) == gor_str_len (sp[-1].p) && memcmp (s, no[k], strlen (no[k])) == 0)
              {
                sp[-1].i = 0;
                return sp + 1;
              }
          }
        sp->p = num_error (vm, "ParseBool", sp[-1].p, "invalid syntax");
        sp[-1].i = 0;
        return sp + 1;
      }
    case GOR_M_FORMAT_BOOL:
      g_string_append (out, sp[-1].i ? "true" : "false");
      return push_string (vm, sp - 1, out->str, out->len);
    case GOR_M_QUOTE:
    case GOR_M_QUOTE_ASCII:
      quote (out, gor_str_data (sp[-1].p), gor_str_len (sp[-1].p), a == GOR_M_QUOTE_ASCII);
      return push_string (vm, sp - 1, out->str, out->len);
    case GOR_M_QUOTE_RUNE:
      {
        gint64 r = sp[-1].i;

        g_string_append_c (out, '\'');
        gor_go_append_escaped_rune (out, r < 0 || r > 0x10FFFF ? 0xFFFD : (gunichar) r, '\'', FALSE);
        g_string_append_c (out, '\'');
        return push_string (vm, sp - 1, out->str, out->len);
      }
    case GOR_M_UNQUOTE:
      if (!unquote (gor_str_data (sp[-1].p), gor_str_len (sp[-1].p), out))
        {
          sp[-1].p = gor_str_new (&vm->heap, "", 0);
          sp->p = error_new (vm, "invalid syntax", 14);
          return sp + 1;
        }
      sp[-1].p = gor_str_new (&vm->heap, out->str, out->len);
      sp->p = NULL;
      return sp + 1;
    default: g_assert_not_reached ();
    }
}
