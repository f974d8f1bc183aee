/* gor-lib-scan.c — fmt.Sscan, Sscanln and Sscanf
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's scanner (fmt/scan.go) for the operands a program points at most:
 * integers, strings, floats and booleans, with Go's error texts.  The
 * instruction takes the input (and the format) and a code of the
 * operands' kinds, three bits each (GorScanKind), and pushes one value
 * per operand, the count scanned and the error; the compiled code stores
 * the first count values through the pointers.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>

#include "gor-vm-private.h"

typedef struct
{
  const char *p, *e;
  gboolean    nl_is_space; /* Sscan: a newline is a space */
  char       *err;         /* the first error, which ends the scan */
} Scan;

static gboolean
is_space (int r)
{
  return r == ' ' || r == '\t' || r == '\r' || r == '\v' || r == '\f' || r == '\n';
}

static void
fail (Scan *s, char *text)
{
  if (s->err == NULL)
    s->err = text;
  else
    g_free (text);
}

static void
skip_space (Scan *s)
{
  while (s->err == NULL && s->p < s->e)
    {
      char r = *s->p;

      if (r == '\r' && s->p + 1 < s->e && s->p[1] == '\n')
        {
          s->p++;
          continue;
        }
      if (r == '\n')
        {
          if (s->nl_is_space)
            {
              s->p++;
              continue;
            }
          fail (s, g_strdup ("unexpected newline"));
          return;
        }
      if (!is_space (r))
        break;
      s->p++;
    }
}

/* io.EOF when the input is over */
static gboolean
not_eof (Scan *s)
{
  if (s->err == NULL && s->p >= s->e)
    fail (s, g_strdup ("EOF"));
  return s->err == NULL;
}

static gboolean
accept (Scan *s, const char *set, GString *buf)
{
  if (s->p < s->e && *s->p != '\0' && strchr (set, *s->p) != NULL)
    {
      if (buf)
        g_string_append_c (buf, *s->p);
      s->p++;
      return TRUE;
    }
  return FALSE;
}

/* strconv's underscoreOK: underscores only between digits (or after a
 * base prefix) */
static gboolean
underscore_ok (const char *s)
{
  char     saw = '^';
  gboolean hex = FALSE;

  if (*s == '+' || *s == '-')
    s++;
  if (s[0] == '0' && s[1] != '\0' && strchr ("bBoOxX", s[1]))
    {
      hex = s[1] == 'x' || s[1] == 'X';
      s += 2;
      saw = '0';
    }
  for (; *s; s++)
    {
      if (g_ascii_isdigit (*s) || (hex && g_ascii_isxdigit (*s)))
        saw = '0';
      else if (*s == '_')
        {
          if (saw != '0')
            return FALSE;
          saw = '_';
        }
      else if (saw == '_')
        return FALSE;
      else
        saw = '!';
    }
  return saw != '_';
}

/* strconv.ParseInt/ParseUint of @tok in @base (0: by its prefix) */
static gboolean
parse_int (Scan *s, const char *tok, int base, gboolean is_unsigned, GorValue *out)
{
  const char *q = tok;
  gboolean    neg = FALSE;
  guint64     v = 0, limit;
  g_autoptr (GString) digits = g_string_new (NULL);
  const char *fn = is_unsigned ? "strconv.ParseUint" : "strconv.ParseInt";

  if (!is_unsigned && (*q == '+' || *q == '-'))
    neg = *q++ == '-';
  if (base == 0)
    {
      base = 10;
      if (q[0] == '0' && (q[1] == 'x' || q[1] == 'X'))
        base = 16, q += 2;
      else if (q[0] == '0' && (q[1] == 'b' || q[1] == 'B'))
        base = 2, q += 2;
      else if (q[0] == '0' && (q[1] == 'o' || q[1] == 'O'))
        base = 8, q += 2;
      else if (q[0] == '0' && q[1] != '\0')
        base = 8, q++;
    }
  for (; *q; q++)
    if (*q != '_')
      g_string_append_c (digits, *q);
  if (digits->len == 0 || (strchr (tok, '_') && !underscore_ok (tok)))
    {
      fail (s, g_strdup_printf ("%s: parsing \"%s\": invalid syntax", fn, tok));
      return FALSE;
    }
  limit = is_unsigned ? G_MAXUINT64 : neg ? (guint64) G_MAXINT64 + 1 : (guint64) G_MAXINT64;
  for (const char *d = digits->str; *d; d++)
    {
      int k = g_ascii_xdigit_value (*d);

      if (k < 0 || k >= base)
        {
          fail (s, g_strdup_printf ("%s: parsing \"%s\": invalid syntax", fn, tok));
          return FALSE;
        }
      if (v > (limit - (guint64) k) / (guint64) base)
        {
          fail (s, g_strdup_printf ("%s: parsing \"%s\": value out of range", fn, tok));
          return FALSE;
        }
      v = v * (guint64) base + (guint64) k;
    }
  out->i = neg ? (gint64) (0 - v) : (gint64) v;
  return TRUE;
}

static void
scan_int (Scan *s, char verb, gboolean is_unsigned, int bits, GorValue *out)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  const char *digits = "0123456789";
  int         base = 10;
  gboolean    have = FALSE;

  skip_space (s);
  if (!not_eof (s))
    return;
  if (verb == 'x' || verb == 'X')
    base = 16, digits = "0123456789aAbBcCdDeEfF";
  else if (verb == 'b')
    base = 2, digits = "01";
  else if (verb == 'o')
    base = 8, digits = "01234567";
  if (!is_unsigned)
    accept (s, "+-", buf);
  if (verb == 'v')
    {
      /* scanBasePrefix */
      base = 0;
      digits = "0123456789_";
      if (accept (s, "0", buf))
        {
          have = TRUE;
          if (accept (s, "bB", buf))
            digits = "01_";
          else if (accept (s, "oO", buf))
            digits = "01234567_";
          else if (accept (s, "xX", buf))
            digits = "0123456789aAbBcCdDeEfF_";
          else
            digits = "01234567_";
        }
    }
  if (!have)
    {
      if (!not_eof (s))
        return;
      if (!accept (s, digits, buf))
        {
          fail (s, g_strdup ("expected integer"));
          return;
        }
    }
  while (accept (s, digits, buf))
    ;
  if (parse_int (s, buf->str, base, is_unsigned, out) && bits < 64)
    {
      /* the operand's size: Go's overflow check */
      gint64 x = is_unsigned ? (gint64) (((guint64) out->i << (64 - bits)) >> (64 - bits))
                             : (gint64) ((guint64) out->i << (64 - bits)) >> (64 - bits);

      if (x != out->i)
        fail (s,
              g_strdup_printf ("%sinteger overflow on token %s", is_unsigned ? "unsigned " : "", buf->str));
    }
}

static void
scan_string (Scan *s, GorVM *vm, GorValue *out)
{
  const char *start;

  skip_space (s);
  if (!not_eof (s))
    return;
  start = s->p;
  while (s->p < s->e && !is_space (*s->p))
    s->p++;
  out->p = gor_str_new (&vm->heap, start, (gsize) (s->p - start));
}

/* floatToken, then strconv.ParseFloat */
static void
scan_float (Scan *s, GorValue *out)
{
  g_autoptr (GString) buf = g_string_new (NULL);
  const char *digits = "0123456789_", *exp = "eEpP";
  char       *end;

  skip_space (s);
  if (!not_eof (s))
    return;
  if (accept (s, "nN", buf) && accept (s, "aA", buf) && accept (s, "nN", buf))
    goto parse;
  accept (s, "+-", buf);
  if (accept (s, "iI", buf) && accept (s, "nN", buf) && accept (s, "fF", buf))
    goto parse;
  if (accept (s, "0", buf) && accept (s, "xX", buf))
    digits = "0123456789aAbBcCdDeEfF_", exp = "pP";
  while (accept (s, digits, buf))
    ;
  if (accept (s, ".", buf))
    while (accept (s, digits, buf))
      ;
  if (accept (s, exp, buf))
    {
      accept (s, "+-", buf);
      while (accept (s, "0123456789_", buf))
        ;
    }
parse:
  if (buf->len > 0 && underscore_ok (buf->str))
    {
      g_autoptr (GString) plain = g_string_new (NULL);
      const char *q = buf->str + strspn (buf->str, "+-");
      gboolean    hex = g_ascii_strncasecmp (q, "0x", 2) == 0;

      for (q = buf->str; *q; q++)
        if (*q != '_')
          g_string_append_c (plain, *q);
      out->f = g_ascii_strtod (plain->str, &end);
      /* a hexadecimal mantissa needs its p exponent */
      if (*end == '\0' && (!hex || strpbrk (plain->str, "pP") != NULL))
        return;
    }
  fail (s, g_strdup_printf ("strconv.ParseFloat: parsing \"%s\": invalid syntax", buf->str));
}

static void
scan_bool (Scan *s, GorValue *out)
{
  char r;

  skip_space (s);
  if (!not_eof (s))
    return;
  r = *s->p++;
  out->i = 0;
  switch (r)
    {
    case '1': out->i = 1; break;
    case 't':
    case 'T':
      out->i = 1;
      if (accept (s, "rR", NULL) && (!accept (s, "uU", NULL) || !accept (s, "eE", NULL)))
        fail (s, g_strdup ("syntax error scanning boolean"));
      break;
    case 'f':
    case 'F':
      if (accept (s, "aA", NULL)
          && (!accept (s, "lL", NULL) || !accept (s, "sS", NULL) || !accept (s, "eE", NULL)))
        fail (s, g_strdup ("syntax error scanning boolean"));
      break;
    default: break;
    }
}

static void
scan_one (Scan *s, GorVM *vm, char verb, GorScanKind kind, GorValue *out)
{
  switch (kind & 7)
    {
    case GOR_SCAN_INT:
    case GOR_SCAN_UINT:
      if (strchr ("bdoxXv", verb) == NULL)
        fail (s, g_strdup_printf ("bad verb '%%%c' for integer", verb));
      else
        scan_int (s, verb, (kind & 7) == GOR_SCAN_UINT, 64 >> (kind >> 3), out);
      break;
    case GOR_SCAN_STRING:
      if (strchr ("svqxX", verb) == NULL)
        fail (s, g_strdup_printf ("bad verb '%%%c' for string", verb));
      else
        scan_string (s, vm, out);
      break;
    case GOR_SCAN_FLOAT:
      if (strchr ("beEfFgGxXv", verb) == NULL)
        fail (s, g_strdup_printf ("bad verb '%%%c' for float", verb));
      else
        scan_float (s, out);
      /* a float32 holds the value rounded to it */
      if (kind >> 3 == 1)
        out->f = (float) out->f;
      break;
    case GOR_SCAN_BOOL:
      if (strchr ("tv", verb) == NULL)
        fail (s, g_strdup_printf ("bad verb '%%%c' for boolean", verb));
      else
        scan_bool (s, out);
      break;
    default: g_assert_not_reached ();
    }
}

/* doScanf, for formats of verbs, spaces and literal text */
static guint
scan_format (Scan *s, GorVM *vm, const GorStr *format, guint n, const GorScanKind *kinds, GorValue *vals)
{
  const char *f = gor_str_data (format), *fe = f + gor_str_len (format);
  guint       done = 0;

  while (f < fe && s->err == NULL)
    {
      if (*f == '%' && f + 1 < fe)
        {
          char verb = f[1];

          f += 2;
          if (verb == '%')
            {
              skip_space (s);
              if (s->p < s->e && *s->p == '%')
                s->p++;
              else
                fail (s, g_strdup ("missing literal %"));
              continue;
            }
          skip_space (s);
          if (done >= n)
            {
              fail (s, g_strdup_printf ("too few operands for format '%%%.*s'", (int) (fe - f + 1), f - 1));
              break;
            }
          scan_one (s, vm, verb, kinds[done], &vals[done]);
          if (s->err == NULL)
            done++;
          continue;
        }
      if (*f == '\n')
        {
          while (s->p < s->e && is_space (*s->p) && *s->p != '\n')
            s->p++;
          if (s->p < s->e && *s->p == '\n')
            s->p++;
          else if (s->p < s->e)
            fail (s, g_strdup ("newline in format does not match input"));
          f++;
          continue;
        }
      if (is_space (*f))
        {
          while (f < fe && is_space (*f) && *f != '\n')
            f++;
          while (s->p < s->e && is_space (*s->p) && *s->p != '\n')
            s->p++;
          continue;
        }
      if (s->p >= s->e)
        break;
      if (*s->p != *f)
        {
          fail (s, g_strdup ("input does not match format"));
          break;
        }
      s->p++;
      f++;
    }
  if (s->err == NULL && done < n)
    fail (s, g_strdup ("too many operands"));
  return done;
}

/* STRINGS SSCAN, SSCANLN: [str code] and SSCANF: [str format code] →
 * [v… n err] */
GorValue *
_gor_lib_scan (GorVM *vm, int fn, GorValue *sp)
{
  guint64       code = (guint64) sp[-1].i;
  GorScanKind   kinds[GOR_SCAN_MAX];
  guint         n = 0, done = 0;
  GorValue      vals[GOR_SCAN_MAX];
  const GorStr *format = fn == GOR_STRINGS_SSCANF ? sp[-2].p : NULL;
  const GorStr *in = sp[fn == GOR_STRINGS_SSCANF ? -3 : -2].p;
  Scan s = { gor_str_data (in), gor_str_data (in) + gor_str_len (in), fn == GOR_STRINGS_SSCAN, NULL };

  for (; code != 0 && n < GOR_SCAN_MAX; code >>= 5)
    kinds[n++] = (GorScanKind) (code & 31);
  memset (vals, 0, sizeof vals);
  if (fn == GOR_STRINGS_SSCANF)
    done = scan_format (&s, vm, format, n, kinds, vals);
  else
    {
      for (; done < n && s.err == NULL; done++)
        {
          scan_one (&s, vm, 'v', kinds[done], &vals[done]);
          if (s.err != NULL)
            break;
        }
      /* Sscanln: the operands end the line */
      while (s.err == NULL && !s.nl_is_space && s.p < s.e && *s.p != '\n')
        if (!is_space (*s.p++))
          fail (&s, g_strdup ("expected newline"));
    }
  sp -= fn == GOR_STRINGS_SSCANF ? 3 : 2;
  for (guint i = 0; i < n; i++)
    *sp++ = vals[i];
  sp->i = done;
  sp++;
  sp->p = NULL;
  if (s.err != NULL)
    {
      GorValue t;

      t.p = gor_str_new (&vm->heap, s.err, strlen (s.err));
      sp->p = gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), t);
      g_free (s.err);
    }
  return sp + 1;
}
