/* gor-fmt.c — Go's fmt formatting (Println, Print, Printf, Sprintf)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Values are formatted from their static type (the compiler passes it) or,
 * behind an interface, from their dynamic type — as fmt does with
 * reflection.
 */

#include "config.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "gor-time-private.h"
#include "gor-vm-private.h"
#include "gor-map-private.h"
#include "gor-gotext.h"

typedef struct
{
  int      width;
  int      prec;
  gboolean minus;
  gboolean plus;
  gboolean zero;
  gboolean space;
  gboolean sharp;
} Flags;

/* How deep values nest inside each other when fmt prints them, on the C
 * stack; deeper is a value that holds itself. */
#define MAX_DEPTH 2000

/* @nometh: inside an unexported field, where fmt cannot call methods */
static gboolean record_wrapped (GorVM *vm, GorType *t, GorValue v);
static void fmt_value (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, const Flags *fl, int depth,
                       gboolean nometh);

/* A rune as fmt writes it: out of range and surrogates are U+FFFD. */
static gunichar
go_rune (gint64 r)
{
  return (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : (gunichar) r;
}

/* strconv.CanBackquote */
static gboolean
can_backquote (const char *s, gsize len)
{
  const char *p = s, *end = s + len;

  while (p < end)
    {
      gunichar ch = g_utf8_get_char_validated (p, end - p);

      if (ch == (gunichar) -1 || ch == (gunichar) -2 || (ch < ' ' && ch != '\t') || ch == '`' || ch == 0x7f
          || ch == 0xFEFF)
        return FALSE;
      p = g_utf8_next_char (p);
    }
  return TRUE;
}

/* strconv.Quote, QuoteToASCII (@ascii) and QuoteRune */
static void
quote (GString *out, const char *s, gsize len, char q, gboolean ascii)
{
  const char *p = s, *end = s + len;

  g_string_append_c (out, q);
  while (p < end)
    {
      gunichar ch = g_utf8_get_char_validated (p, end - p);
      int      w;

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      w = (int) (g_utf8_next_char (p) - p);
      gor_go_append_escaped_rune (out, ch, (gunichar) q, ascii);
      p += w;
    }
  g_string_append_c (out, q);
}

/* strconv.Quote, for the library's error texts */
void
_gor_fmt_quote (GString *out, const char *s, gsize len)
{
  quote (out, s, len, '"', FALSE);
}

static const char *
type_name (GorType *t)
{
  GorType *u = gor_type_under (t);

  if (t->name)
    return t->name;
  if (u->kind == GOR_TYPE_INTERFACE && (u->fields == NULL || u->fields->len == 0))
    return "interface {}";
  return gor_type_to_string (t);
}

static const Flags no_flags = { 0, -1, FALSE, FALSE, FALSE, FALSE, FALSE };

/* Runes in @s as utf8.RuneCount counts them: a bad byte is one rune. */
static glong
count_runes (const char *s, gsize len)
{
  const char *p = s, *end = s + len;
  glong       n = 0;

  while (p < end)
    {
      gunichar ch = g_utf8_get_char_validated (p, end - p);

      p = (ch == (gunichar) -1 || ch == (gunichar) -2) ? p + 1 : g_utf8_next_char (p);
      n++;
    }
  return n;
}

static void
write_padding (GString *out, glong n, gboolean zero)
{
  for (glong i = 0; i < n; i++)
    g_string_append_c (out, zero ? '0' : ' ');
}

/* fmt's pad: the width counts runes; '-' pads on the right, '0' on the
 * left with zeros. */
static void
pad_zero (GString *out, const char *s, gsize len, const Flags *fl, gboolean zero)
{
  glong chars = fl->width > 0 ? count_runes (s, len) : 0;
  glong n = fl->width > chars ? fl->width - chars : 0;

  if (fl->minus)
    {
      g_string_append_len (out, s, (gssize) len);
      write_padding (out, n, FALSE);
      return;
    }
  write_padding (out, n, zero);
  g_string_append_len (out, s, (gssize) len);
}

static void
pad (GString *out, const char *s, gsize len, const Flags *fl)
{
  pad_zero (out, s, len, fl, fl->zero);
}

static void
pad_str (GString *out, const char *s, const Flags *fl)
{
  pad (out, s, strlen (s), fl);
}

/* fmtInteger: precision as a minimum of digits, '0' as a precision of
 * the width, then '#' prefixes and the sign; padded with spaces. */
static void
fmt_integer (GString *out, guint64 u, gboolean is_signed, char verb, const Flags *fl)
{
  gboolean    neg = is_signed && (gint64) u < 0;
  int         base = verb == 'b' ? 2 : verb == 'o' ? 8 : (verb == 'x' || verb == 'X') ? 16 : 10;
  const char *digits = verb == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
  g_autoptr (GString) s = g_string_new (NULL);
  char buf[70];
  int  w = sizeof buf, prec = 0;

  if (neg)
    u = (guint64) 0 - u;
  if (fl->prec >= 0)
    {
      prec = fl->prec;
      if (prec == 0 && u == 0)
        {
          write_padding (out, fl->width, FALSE);
          return;
        }
    }
  else if (fl->zero && fl->width > 0)
    {
      prec = fl->width;
      if (neg || fl->plus || fl->space)
        prec--;
    }
  do
    {
      buf[--w] = digits[u % (guint64) base];
      u /= (guint64) base;
    }
  while (u);
  if (neg)
    g_string_append_c (s, '-');
  else if (fl->plus)
    g_string_append_c (s, '+');
  else if (fl->space)
    g_string_append_c (s, ' ');
  if (fl->sharp)
    {
      if (base == 2)
        g_string_append (s, "0b");
      else if (base == 16)
        g_string_append (s, verb == 'X' ? "0X" : "0x");
      else if (base == 8 && buf[w] != '0' && prec <= (int) sizeof buf - w)
        g_string_append_c (s, '0');
    }
  for (int i = (int) sizeof buf - w; i < prec; i++)
    g_string_append_c (s, '0');
  g_string_append_len (s, buf + w, (gssize) sizeof buf - w);
  pad_zero (out, s->str, s->len, fl, FALSE);
}

static void
fmt_int (GString *out, GorType *t, GorValue v, char verb, const Flags *fl)
{
  gboolean uns = gor_type_is_unsigned (gor_type_under (t));

  switch (verb)
    {
    case 'c':
      {
        char buf[8];
        int  n = g_unichar_to_utf8 (go_rune (v.i), buf);

        pad (out, buf, (gsize) n, fl);
        return;
      }
    case 'q':
      {
        g_autoptr (GString) s = g_string_new (NULL);
        char buf[8];
        int  n = g_unichar_to_utf8 (go_rune (v.i), buf);

        quote (s, buf, (gsize) n, '\'', fl->plus);
        pad (out, s->str, s->len, fl);
        return;
      }
    case 'U':
      {
        g_autofree char *s = g_strdup_printf ("U+%04" G_GINT64_MODIFIER "X", v.u);

        if (fl->sharp && v.i >= 0 && v.i <= 0x10FFFF && gor_go_isprint ((gunichar) v.i))
          {
            char  buf[8];
            int   n = g_unichar_to_utf8 ((gunichar) v.i, buf);
            char *with = g_strdup_printf ("%s '%.*s'", s, n, buf);

            g_free (s);
            s = with;
          }

        pad_zero (out, s, strlen (s), fl, FALSE);
        return;
      }
    case 'v': fmt_integer (out, v.u, !uns, 'd', fl); return;
    default: fmt_integer (out, v.u, !uns, verb, fl); return;
    }
}

/* fmtFloat: the sign goes before zero padding; Inf and NaN are never
 * zero-padded. */
static void
fmt_float (GString *out, double f, char verb, int prec, const Flags *fl, int bits)
{
  g_autoptr (GString) num = g_string_new (NULL);
  char *n;

  if (fl->prec >= 0)
    prec = fl->prec;
  if (isnan (f))
    g_string_append (num, "+NaN");
  else if (isinf (f))
    g_string_append (num, f > 0 ? "+Inf" : "-Inf");
  else if ((verb == 'g' || verb == 'G') && prec < 0)
    {
      _gor_fmt_float_g (num, f, bits);
      if (verb == 'G' && strchr (num->str, 'e'))
        *strchr (num->str, 'e') = 'E';
    }
  else
    switch (verb)
      {
      case 'e': g_string_append_printf (num, "%.*e", prec, f); break;
      case 'E': g_string_append_printf (num, "%.*E", prec, f); break;
      case 'g': g_string_append_printf (num, "%.*g", prec, f); break;
      case 'G': g_string_append_printf (num, "%.*G", prec, f); break;
      case 'x':
      case 'X':
        {
          /* C's %a, with Go's two-digit exponent */
          char *p;

          if (prec < 0)
            g_string_append_printf (num, verb == 'x' ? "%a" : "%A", f);
          else
            g_string_append_printf (num, verb == 'x' ? "%.*a" : "%.*A", prec, f);
          p = strpbrk (num->str, "pP");
          if (p && g_ascii_isdigit (p[2]) && p[3] == '\0')
            g_string_insert_c (num, p - num->str + 2, '0');
          break;
        }
      default: g_string_append_printf (num, "%.*f", prec, f); break;
      }
  if (num->str[0] != '-' && num->str[0] != '+')
    g_string_prepend_c (num, '+');
  if (fl->space && num->str[0] == '+' && !fl->plus)
    num->str[0] = ' ';
  n = num->str;
  if (n[1] == 'I' || n[1] == 'N')
    {
      if (n[1] == 'N' && !fl->space && !fl->plus)
        n++;
      pad_zero (out, n, strlen (n), fl, FALSE);
      return;
    }
  if (fl->plus || n[0] != '+')
    {
      if (fl->zero && fl->width > (int) num->len)
        {
          g_string_append_c (out, n[0]);
          write_padding (out, fl->width - (glong) num->len, TRUE);
          g_string_append (out, n + 1);
          return;
        }
      pad (out, n, num->len, fl);
      return;
    }
  pad (out, n + 1, num->len - 1, fl);
}

/* fmtComplex: each part as a float, the imaginary one signed */
static void
fmt_complex (GString *out, GorValue v, char verb, const Flags *fl, int bits)
{
  Flags im = *fl;
  int   prec = strchr ("fFeE", verb) ? 6 : -1;

  im.plus = TRUE;
  g_string_append_c (out, '(');
  fmt_float (out, v.p ? ((GorStruct *) v.p)->f[0].f : 0, verb == 'v' ? 'g' : verb, prec, fl, bits);
  fmt_float (out, v.p ? ((GorStruct *) v.p)->f[1].f : 0, verb == 'v' ? 'g' : verb, prec, &im, bits);
  g_string_append (out, "i)");
}

/* fmtS, fmtQ, fmtSx: precision truncates to runes first. */
static void
fmt_string (GString *out, GorType *t, const char *s, gsize len, char verb, const Flags *fl)
{
  g_autoptr (GString) b = g_string_new (NULL);

  if (fl->prec >= 0 && verb != 'x' && verb != 'X')
    {
      const char *p = s, *end = s + len;

      for (int k = 0; p < end && k < fl->prec; k++)
        {
          gunichar ch = g_utf8_get_char_validated (p, end - p);

          p = (ch == (gunichar) -1 || ch == (gunichar) -2) ? p + 1 : g_utf8_next_char (p);
        }
      len = (gsize) (MIN (p, end) - s);
    }
  switch (verb)
    {
    case 'v':
    case 's': pad (out, s, len, fl); return;
    case 'q':
      if (fl->sharp && can_backquote (s, len))
        {
          g_string_append_c (b, '`');
          g_string_append_len (b, s, (gssize) len);
          g_string_append_c (b, '`');
        }
      else
        quote (b, s, len, '"', fl->plus);
      pad (out, b->str, b->len, fl);
      return;
    case 'x':
    case 'X':
      {
        gsize n = len;

        if (fl->prec >= 0 && (gsize) fl->prec < n)
          n = (gsize) fl->prec;
        for (gsize i = 0; i < n; i++)
          {
            if (i && fl->space)
              g_string_append_c (b, ' ');
            if (fl->sharp && (i == 0 || fl->space))
              g_string_append (b, verb == 'x' ? "0x" : "0X");
            g_string_append_printf (b, verb == 'x' ? "%02x" : "%02X", (guchar) s[i]);
          }
        pad (out, b->str, b->len, fl);
        return;
      }
    default:
      g_string_append_printf (out, "%%!%c(%s=", verb, t ? type_name (t) : "[]uint8");
      pad (out, s, len, fl);
      g_string_append_c (out, ')');
      return;
    }
}

static void
bad_verb (GorVM *vm, GString *out, GorType *t, GorValue v, gunichar verb, const Flags *fl)
{
  g_string_append (out, "%!");
  g_string_append_unichar (out, verb);
  g_string_append_c (out, '(');
  if (t == NULL || (gor_type_under (t)->kind == GOR_TYPE_INTERFACE && v.p == NULL))
    {
      g_string_append (out, "<nil>)");
      return;
    }
  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    {
      GorIface *x = v.p;

      t = x->type;
      v = x->v;
    }
  g_string_append_printf (out, "%s=", type_name (t));
  fmt_value (vm, out, t, v, 'v', fl, 0, TRUE); /* printValue: no methods */
  g_string_append_c (out, ')');
}

/* %#v: the value in Go syntax, as fmt's sharpV prints it. */
static void
fmt_gosyntax (GorVM *vm, GString *out, GorType *t, GorValue v, const Flags *fl, int depth)
{
  GorType *u = gor_type_under (t);

  if (depth > 64)
    {
      g_string_append (out, "...");
      return;
    }
  switch (u->kind)
    {
    case GOR_TYPE_INT:
    case GOR_TYPE_INT8:
    case GOR_TYPE_INT16:
    case GOR_TYPE_INT32:
    case GOR_TYPE_INT64: fmt_integer (out, v.u, TRUE, 'd', fl); return;
    case GOR_TYPE_UINT:
    case GOR_TYPE_UINT8:
    case GOR_TYPE_UINT16:
    case GOR_TYPE_UINT32:
    case GOR_TYPE_UINT64:
      {
        Flags f = *fl;

        f.sharp = TRUE;
        fmt_integer (out, v.u, FALSE, 'x', &f);
        return;
      }
    case GOR_TYPE_STRING:
      {
        g_autoptr (GString) b = g_string_new (NULL);

        quote (b, gor_str_data (v.p), gor_str_len (v.p), '"', FALSE);
        pad (out, b->str, b->len, fl);
        return;
      }
    case GOR_TYPE_SLICE:
      {
        GorSlice   *sl = v.p;
        const char *name = u->elem->kind == GOR_TYPE_UINT8 && u->elem->name == NULL && t->name == NULL
                               ? "[]byte"
                               : type_name (t);

        g_string_append (out, name);
        if (sl == NULL)
          {
            g_string_append (out, "(nil)");
            return;
          }
        g_string_append_c (out, '{');
        for (gint64 i = 0; i < gor_slice_len (sl); i++)
          {
            if (i)
              g_string_append (out, ", ");
            fmt_gosyntax (vm, out, u->elem, gor_slice_get (sl, i), fl, depth + 1);
          }
        g_string_append_c (out, '}');
        return;
      }
    case GOR_TYPE_STRUCT:
      {
        GorStruct *st = v.p;

        g_string_append (out, type_name (t));
        g_string_append_c (out, '{');
        for (guint i = 0; i < u->fields->len; i++)
          {
            GorField *f = g_ptr_array_index (u->fields, i);

            if (i)
              g_string_append (out, ", ");
            g_string_append_printf (out, "%s:", f->name);
            fmt_gosyntax (vm, out, f->type, st ? st->f[i] : (GorValue){ 0 }, fl, depth + 1);
          }
        g_string_append_c (out, '}');
        return;
      }
    case GOR_TYPE_MAP:
      {
        GArray *kv;

        g_string_append (out, type_name (t));
        if (v.p == NULL)
          {
            g_string_append (out, "(nil)");
            return;
          }
        kv = _gor_map_sorted (v.p);
        g_string_append_c (out, '{');
        for (guint i = 0; i < kv->len; i++)
          {
            GorValue *e = &((GorValue *) (gpointer) kv->data)[2 * i];

            if (i)
              g_string_append (out, ", ");
            fmt_gosyntax (vm, out, u->key, e[0], fl, depth + 1);
            g_string_append_c (out, ':');
            fmt_gosyntax (vm, out, u->elem, e[1], fl, depth + 1);
          }
        g_string_append_c (out, '}');
        g_array_unref (kv);
        return;
      }
    case GOR_TYPE_INTERFACE:
      {
        GorIface *x = v.p;

        if (x == NULL)
          {
            if (depth == 0)
              pad_str (out, "<nil>", fl);
            else
              g_string_append_printf (out, "%s(nil)", type_name (t));
            return;
          }
        if (gor_type_lookup_method (x->type, "Error") && gor_type_lookup_method (x->type, "Error")->func < 0
            && _gor_error_kind (vm, x->type) == GOR_ERROR_TEXT)
          {
            /* errors.New's *errors.errorString */
            g_string_append (out, "&errors.errorString{s:");
            quote (out, gor_str_data (x->v.p), gor_str_len (x->v.p), '"', FALSE);
            g_string_append_c (out, '}');
            return;
          }
        fmt_gosyntax (vm, out, x->type, x->v, fl, depth);
        return;
      }
    case GOR_TYPE_POINTER:
      if (v.p != NULL && depth == 0 && gor_type_under (u->elem)->kind == GOR_TYPE_STRUCT)
        {
          g_string_append_c (out, '&');
          fmt_gosyntax (vm, out, u->elem, v, fl, depth + 1);
          return;
        }
      G_GNUC_FALLTHROUGH;
    case GOR_TYPE_CHAN:
    case GOR_TYPE_FUNC:
      g_string_append_printf (out, "(%s)(", type_name (t));
      if (v.p == NULL)
        g_string_append (out, "nil");
      else
        fmt_value (vm, out, t, v, 'v', &no_flags, 1, FALSE);
      g_string_append_c (out, ')');
      return;
    default: fmt_value (vm, out, t, v, 'v', fl, depth, FALSE); return;
    }
}

/* %v and %p of a pointer, channel or function: an address like Go's;
 * %b %o %d %x %X print it as an integer */
static void
fmt_address (GString *out, GorType *u, GorValue v, char verb, const Flags *fl)
{
  g_autofree char *a = NULL;

  if (strchr ("bodxX", verb))
    {
      guint64 addr = 0;

      if (v.p == NULL)
        addr = 0;
      else if (u->kind == GOR_TYPE_CHAN)
        addr = 0xc000000000u + 0x10000u + ((GorChan *) v.p)->id * 0x60u;
      else if (u->kind == GOR_TYPE_FUNC)
        addr = 0x47e000u + ((GorClosure *) v.p)->fn->index * 0x20u;
      else
        addr = 0xc000000000u + ((guint64) (gsize) v.p & 0xfffffff);
      fmt_integer (out, addr, FALSE, verb, fl);
      return;
    }
  if (v.p == NULL)
    a = g_strdup (verb == 'v' ? "<nil>" : "0x0");
  else if (u->kind == GOR_TYPE_CHAN)
    a = g_strdup_printf ("0xc%09x", 0x10000u + ((GorChan *) v.p)->id * 0x60u);
  else if (u->kind == GOR_TYPE_FUNC)
    a = g_strdup_printf ("0x%x", 0x47e000u + ((GorClosure *) v.p)->fn->index * 0x20u);
  else
    a = g_strdup_printf ("0xc%09" G_GINT64_MODIFIER "x", (guint64) (gsize) v.p & 0xfffffff);
  pad_str (out, a, fl);
}

/* The methods fmt calls for %v %s %q %x %X: Error, then String.  TRUE
 * when one of them (or its panic) printed the value. */
static gboolean
fmt_methods (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, const Flags *fl)
{
  GorType    *u = gor_type_under (t);
  GorValue    r;
  const char *method = "Error";
  gboolean    called = _gor_vm_call_string_method (vm, t, v, method, &r);

  if (!called && vm->method_panic == NULL && vm->method_repanic == NULL)
    {
      method = "String";
      called = _gor_vm_call_string_method (vm, t, v, method, &r);
    }
  if (called)
    {
      fmt_string (out, t, gor_str_data (r.p), gor_str_len (r.p), verb, fl);
      return TRUE;
    }
  if (vm->method_panic)
    {
      /* catchPanic: a nil receiver prints <nil>, else the panic */
      if (u->kind == GOR_TYPE_POINTER && v.p == NULL)
        pad_str (out, "<nil>", fl);
      else
        g_string_append_printf (out, "%%!%c(PANIC=%s method: %s)", verb, method, vm->method_panic);
      g_clear_pointer (&vm->method_panic, g_free);
      return TRUE;
    }
  if (u->kind == GOR_TYPE_POINTER && v.p == NULL
      && (gor_type_lookup_method (t, "Error") || gor_type_lookup_method (t, "String")
          || gor_type_lookup_method (u->elem, "Error") || gor_type_lookup_method (u->elem, "String")))
    {
      /* a value method called through a nil pointer panics: <nil> */
      pad_str (out, "<nil>", fl);
      return TRUE;
    }
  return FALSE;
}

/* map[k:v k:v], keys sorted as fmt sorts them */
static void
fmt_map (GorVM *vm, GString *out, GorType *u, GorValue v, char inner, const Flags *fl, int depth,
         gboolean nometh)
{
  GArray *kv = _gor_map_sorted (v.p);

  g_string_append (out, "map[");
  for (guint i = 0; i < kv->len; i++)
    {
      GorValue *e = &((GorValue *) (gpointer) kv->data)[2 * i];

      if (i)
        g_string_append_c (out, ' ');
      fmt_value (vm, out, u->key, e[0], inner, fl, depth + 1, nometh);
      g_string_append_c (out, ':');
      fmt_value (vm, out, u->elem, e[1], inner, fl, depth + 1, nometh);
    }
  g_string_append_c (out, ']');
  g_array_unref (kv);
}

/* float32, float64, complex64 and complex128 */
static void
fmt_floating (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, const Flags *fl)
{
  GorType *u = gor_type_under (t);

  switch (u->kind)
    {
    case GOR_TYPE_FLOAT32:
    case GOR_TYPE_FLOAT64:
      switch (verb)
        {
        case 'v': fmt_float (out, v.f, 'g', -1, fl, u->kind == GOR_TYPE_FLOAT32 ? 32 : 64); return;
        case 'g':
        case 'G':
        case 'x':
        case 'X': fmt_float (out, v.f, verb, -1, fl, u->kind == GOR_TYPE_FLOAT32 ? 32 : 64); return;
        case 'f':
        case 'F':
        case 'e':
        case 'E': fmt_float (out, v.f, verb, 6, fl, 64); return;
        default: bad_verb (vm, out, t, v, verb, fl); return;
        }
    case GOR_TYPE_COMPLEX64:
    case GOR_TYPE_COMPLEX128:
      if (strchr ("vgGxXfFeE", verb))
        fmt_complex (out, v, verb, fl, u->kind == GOR_TYPE_COMPLEX64 ? 32 : 64);
      else
        bad_verb (vm, out, t, v, verb, fl);
      return;
    default: return;
    }
}

static void
fmt_value (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, const Flags *fl, int depth,
           gboolean nometh)
{
  GorType *u = gor_type_under (t);
  char     inner = verb;        /* what nested values use */
  gboolean plusv = verb == 'V'; /* %+v: struct field names */

  if (plusv)
    verb = 'v';
  if (verb == '#')
    {
      fmt_gosyntax (vm, out, t, v, fl, depth);
      return;
    }
  if (vm && vm->method_overflow)
    return; /* the run is over: nothing more is printed */
  if (depth > MAX_DEPTH)
    {
      /* only a slice or map that holds itself nests this deep: Go
       * recurses until its stack overflows */
      if (vm)
        vm->method_overflow = TRUE;
      g_string_append (out, "...");
      return;
    }
  if (verb == 'T')
    {
      if (u->kind == GOR_TYPE_INTERFACE)
        {
          GorIface *x = v.p;

          pad_str (out, x ? type_name (x->type) : "<nil>", fl);
        }
      else
        pad_str (out, type_name (t), fl);
      return;
    }
  if (vm && !nometh && strchr ("vsqxX", verb) && u->kind != GOR_TYPE_INTERFACE
      && fmt_methods (vm, out, t, v, verb, fl))
    return;
  if (!nometh && strchr ("vsqxX", verb)
      && (u->kind == GOR_TYPE_STRUCT || (t->name && g_str_has_prefix (t->name, "time."))
          || _gor_time_is_location (t)))
    {
      g_autoptr (GString) d = g_string_new (NULL);

      /* Duration, Time, Month and Weekday print through their String */
      if (_gor_time_stringer_of (d, t, v))
        {
          fmt_string (out, t, d->str, d->len, verb, fl);
          return;
        }
    }
  switch (u->kind)
    {
    case GOR_TYPE_BOOL:
      if (verb == 'v' || verb == 't')
        pad_str (out, v.i ? "true" : "false", fl);
      else
        bad_verb (vm, out, t, v, verb, fl);
      return;
    case GOR_TYPE_INT:
    case GOR_TYPE_INT8:
    case GOR_TYPE_INT16:
    case GOR_TYPE_INT32:
    case GOR_TYPE_INT64:
    case GOR_TYPE_UINT:
    case GOR_TYPE_UINT8:
    case GOR_TYPE_UINT16:
    case GOR_TYPE_UINT32:
    case GOR_TYPE_UINT64:
      if (strchr ("vdxXobcqU", verb))
        fmt_int (out, t, v, verb, fl);
      else
        bad_verb (vm, out, t, v, verb, fl);
      return;
    case GOR_TYPE_FLOAT32:
    case GOR_TYPE_FLOAT64:
    case GOR_TYPE_COMPLEX64:
    case GOR_TYPE_COMPLEX128: fmt_floating (vm, out, t, v, verb, fl); return;
    case GOR_TYPE_STRING:
      if (strchr ("vsqxX", verb))
        fmt_string (out, t, gor_str_data (v.p), gor_str_len (v.p), verb, fl);
      else
        bad_verb (vm, out, t, v, verb, fl);
      return;
    case GOR_TYPE_SLICE:
      {
        GorSlice *s = v.p;

        if (strchr ("sqxX", verb) && u->elem->kind == GOR_TYPE_UINT8)
          {
            g_autoptr (GString) b = g_string_new (NULL);

            for (gint64 i = 0; i < gor_slice_len (s); i++)
              g_string_append_c (b, (char) gor_slice_get (s, i).i);
            fmt_string (out, NULL, b->str, b->len, verb, fl);
            return;
          }
        g_string_append_c (out, '[');
        for (gint64 i = 0; i < gor_slice_len (s); i++)
          {
            if (i)
              g_string_append_c (out, ' ');
            fmt_value (vm, out, u->elem, gor_slice_get (s, i), inner, fl, depth + 1, nometh);
          }
        g_string_append_c (out, ']');
        return;
      }
    case GOR_TYPE_STRUCT:
      {
        GorStruct *s = v.p;

        g_string_append_c (out, '{');
        for (guint i = 0; i < u->fields->len; i++)
          {
            GorField *f = g_ptr_array_index (u->fields, i);

            if (i)
              g_string_append_c (out, ' ');
            if (plusv)
              g_string_append_printf (out, "%s:", f->name);
            fmt_value (vm, out, f->type, s ? s->f[i] : (GorValue){ 0 }, inner, fl, depth + 1,
                       nometh || !g_unichar_isupper (g_utf8_get_char (f->name)));
          }
        g_string_append_c (out, '}');
        return;
      }
    case GOR_TYPE_POINTER:
      if (v.p != NULL && depth == 0 && gor_type_under (u->elem)->kind == GOR_TYPE_STRUCT)
        {
          g_string_append_c (out, '&');
          fmt_value (vm, out, u->elem, v, inner, fl, depth + 1, nometh);
          return;
        }
      G_GNUC_FALLTHROUGH;
    case GOR_TYPE_CHAN:
    case GOR_TYPE_FUNC:
      if (verb != 'v' && verb != 'p' && !strchr ("bodxX", verb))
        bad_verb (vm, out, t, v, verb, fl);
      else
        fmt_address (out, u, v, verb, fl);
      return;
    case GOR_TYPE_MAP: fmt_map (vm, out, u, v, inner, fl, depth, nometh); return;
    case GOR_TYPE_INTERFACE:
      {
        GorIface *x = v.p;

        if (x == NULL)
          {
            if (verb == 'v' || depth > 0)
              pad_str (out, "<nil>", fl);
            else
              g_string_append_printf (out, "%%!%c(<nil>)", verb);
            return;
          }
        if (gor_type_lookup_method (x->type, "Error") && gor_type_lookup_method (x->type, "Error")->func < 0)
          {
            /* built-in error values: their text */
            const GorStr *text = _gor_error_text (vm, x);
            g_autoptr (GString) joined = NULL;

            if (text == NULL)
              {
                joined = g_string_new (NULL);
                _gor_fmt_join_text (vm, joined, x);
              }
            if (strchr ("vsqxX", verb))
              fmt_string (out, x->type, joined ? joined->str : gor_str_data (text),
                          joined ? joined->len : gor_str_len (text), verb, fl);
            else
              {
                /* fmt prints the *errors.errorString it is: &{s} */
                g_string_append_printf (out, "&{%%!%c(string=", verb);
                pad (out, joined ? joined->str : gor_str_data (text),
                     joined ? joined->len : gor_str_len (text), fl);
                g_string_append (out, ")}");
              }
            return;
          }
        fmt_value (vm, out, x->type, x->v, inner, fl, depth, nometh);
        return;
      }
    case GOR_TYPE_MUTEX:
    case GOR_TYPE_RWMUTEX:
      g_string_append_printf (out, "{%d %d}", v.p ? ((GorMutex *) v.p)->state : 0, 0);
      return;
    case GOR_TYPE_WAITGROUP: g_string_append (out, "{{} [0 0 0]}"); return;
    default: g_string_append (out, "?"); return;
    }
}

void
_gor_fmt_value (GorVM *vm, GString *out, GorType *type, GorValue v, char verb)
{
  fmt_value (vm, out, type, v, verb, &no_flags, 0, FALSE);
}

static gboolean
is_string_operand (GorType *t, GorValue v)
{
  GorType *u = gor_type_under (t);

  if (u->kind == GOR_TYPE_INTERFACE)
    {
      GorIface *x = v.p;

      return x && gor_type_under (x->type)->kind == GOR_TYPE_STRING
             && !gor_type_lookup_method (x->type, "Error");
    }
  return u->kind == GOR_TYPE_STRING;
}

/* Expands a spread []any operand into (type, value) pairs. */
static void
operands (GorVM *vm, GorPrintSpec *spec, GorValue *args, guint n, GPtrArray *types, GArray *vals)
{
  if (spec->spread)
    {
      GorSlice *s = args[0].p;
      GorType  *et = gor_type_under (spec->types[0])->elem;

      for (gint64 i = 0; i < gor_slice_len (s); i++)
        {
          g_ptr_array_add (types, et);
          g_array_append_val (vals, s->arr->v[s->off + i]);
        }
      return;
    }
  for (guint i = 0; i < n; i++)
    {
      g_ptr_array_add (types, spec->types[i]);
      g_array_append_val (vals, args[i]);
    }
}

static void
builtin_print_value (GString *out, GorType *t, GorValue v)
{
  GorType *u = gor_type_under (t);

  if (gor_type_is_complex (u))
    {
      static GorType part = { .kind = GOR_TYPE_FLOAT64 };

      g_string_append_c (out, '(');
      builtin_print_value (out, &part, (GorValue){ .f = v.p ? ((GorStruct *) v.p)->f[0].f : 0 });
      builtin_print_value (out, &part, (GorValue){ .f = v.p ? ((GorStruct *) v.p)->f[1].f : 0 });
      g_string_append (out, "i)");
      return;
    }
  if (gor_type_is_float (u))
    {
      /* the runtime's own float printer: +1.500000e+000 */
      char   buf[64];
      double f = v.f;
      int    e = 0;

      if (f == 0)
        {
          g_string_append (out, signbit (f) ? "-0.000000e+000" : "+0.000000e+000");
          return;
        }
      g_snprintf (buf, sizeof buf, "%+.6e", f);
      {
        char *ep = strchr (buf, 'e');

        e = atoi (ep + 1);
        *ep = '\0';
        g_string_append_printf (out, "%se%c%03d", buf, e < 0 ? '-' : '+', abs (e));
      }
      return;
    }
  if (u->kind == GOR_TYPE_INTERFACE || u->kind == GOR_TYPE_POINTER || u->kind == GOR_TYPE_CHAN
      || u->kind == GOR_TYPE_SLICE || u->kind == GOR_TYPE_MAP || u->kind == GOR_TYPE_FUNC)
    {
      g_string_append_printf (out, "0x%" G_GINT64_MODIFIER "x", (guint64) (gsize) v.p & 0xffffff);
      return;
    }
  fmt_value (NULL, out, t, v, 'v', &no_flags, 0, FALSE);
}

void
_gor_fmt_print (GorVM *vm, GString *out, GorPrintSpec *spec, GorValue *args, guint n)
{
  g_autoptr (GPtrArray) types = g_ptr_array_new ();
  g_autoptr (GArray) vals = g_array_new (FALSE, FALSE, sizeof (GorValue));

  operands (vm, spec, args, n, types, vals);
  for (guint i = 0; i < types->len; i++)
    {
      GorType *t = g_ptr_array_index (types, i);
      GorValue v = g_array_index (vals, GorValue, i);

      switch (spec->kind)
        {
        case GOR_PRINT_PRINTLN:
          if (i)
            g_string_append_c (out, ' ');
          fmt_value (vm, out, t, v, 'v', &no_flags, 0, FALSE);
          break;
        case GOR_PRINT_BUILTIN_PRINTLN:
          if (i)
            g_string_append_c (out, ' ');
          builtin_print_value (out, t, v);
          break;
        case GOR_PRINT_BUILTIN_PRINT: builtin_print_value (out, t, v); break;
        default:
          if (i > 0 && !is_string_operand (t, v)
              && !is_string_operand (g_ptr_array_index (types, i - 1), g_array_index (vals, GorValue, i - 1)))
            g_string_append_c (out, ' ');
          fmt_value (vm, out, t, v, 'v', &no_flags, 0, FALSE);
          break;
        }
    }
  if (spec->kind == GOR_PRINT_PRINTLN || spec->kind == GOR_PRINT_BUILTIN_PRINTLN)
    g_string_append_c (out, '\n');
}

static void
fmt_one (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, Flags *fl)
{
  if (fl->minus)
    fl->zero = FALSE;
  if (verb == 'v')
    {
      /* %+v names struct fields rather than signing numbers; %#v is Go
       * syntax */
      if (fl->sharp)
        verb = '#';
      else if (fl->plus)
        verb = 'V';
      fl->plus = FALSE;
      fl->sharp = FALSE;
    }
  fmt_value (vm, out, t, v, verb, fl, 0, FALSE);
}

/* parsenum: digits of @f from @i up to @end; FALSE when there are none or
 * too many. */
static gboolean
parse_num (const char *f, gsize *i, gsize end, int *num)
{
  gboolean isnum = FALSE;

  *num = 0;
  while (*i < end && g_ascii_isdigit (f[*i]))
    {
      if (*num > 1000000)
        {
          *num = 0;
          *i = end;
          return FALSE;
        }
      *num = *num * 10 + (f[*i] - '0');
      isnum = TRUE;
      (*i)++;
    }
  return isnum;
}

typedef struct
{
  GPtrArray *types;
  GArray    *vals;
  guint      argi;
  gboolean   reordered;
  gboolean   good_argnum;
} Args;

/* argNumber: an explicit "[n]" argument index at @i, if any. */
static gboolean
arg_index (Args *a, const char *f, gsize *i, gsize end)
{
  gsize j;

  if (*i >= end || f[*i] != '[')
    return FALSE;
  a->reordered = TRUE;
  for (j = *i + 1; j < end && f[j] != ']'; j++)
    ;
  if (end - *i < 3 || j >= end)
    {
      /* no closing bracket */
      (*i)++;
      a->good_argnum = FALSE;
      return FALSE;
    }
  {
    gsize    k = *i + 1;
    int      n;
    gboolean ok = parse_num (f, &k, j, &n) && k == j;

    *i = j + 1;
    if (ok && n >= 1 && (guint) n <= a->types->len)
      {
        a->argi = (guint) n - 1;
        return TRUE;
      }
    a->good_argnum = FALSE;
    return ok;
  }
}

/* intFromArg: a '*' width or precision must be an int operand. */
static gboolean
int_arg (Args *a, int *num)
{
  GorType *t, *u;
  GorValue v;
  gboolean ok = FALSE;

  *num = 0;
  if (a->argi >= a->types->len)
    return FALSE;
  t = g_ptr_array_index (a->types, a->argi);
  v = g_array_index (a->vals, GorValue, a->argi);
  a->argi++;
  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    {
      if (v.p == NULL)
        return FALSE;
      t = ((GorIface *) v.p)->type;
      v = ((GorIface *) v.p)->v;
    }
  u = gor_type_under (t);
  if (gor_type_is_integer (u) && !gor_type_is_untyped (u))
    {
      if (gor_type_is_unsigned (u))
        ok = v.u <= 1000000;
      else
        ok = v.i >= -1000000 && v.i <= 1000000;
      if (ok)
        *num = (int) v.i;
    }
  return ok;
}

void
_gor_fmt_printf (GorVM *vm, GString *out, const GorStr *format, GorPrintSpec *spec, GorValue *args, guint n)
{
  g_autoptr (GPtrArray) types = g_ptr_array_new ();
  g_autoptr (GArray) vals = g_array_new (FALSE, FALSE, sizeof (GorValue));
  const char *f = gor_str_data (format);
  gsize       end = gor_str_len (format);
  Args        a = { 0 };
  gboolean    after_index;

  operands (vm, spec, args, n, types, vals);
  a.types = types;
  a.vals = vals;
  for (gsize i = 0; i < end;)
    {
      Flags    fl = { 0, -1, FALSE, FALSE, FALSE, FALSE, FALSE };
      gunichar verb;
      gsize    lasti = i;

      a.good_argnum = TRUE;
      while (i < end && f[i] != '%')
        i++;
      if (i > lasti)
        g_string_append_len (out, f + lasti, (gssize) (i - lasti));
      if (i >= end)
        break;
      i++;
      for (; i < end; i++)
        {
          if (f[i] == '#')
            fl.sharp = TRUE;
          else if (f[i] == '0')
            fl.zero = !fl.minus;
          else if (f[i] == '+')
            fl.plus = TRUE;
          else if (f[i] == '-')
            {
              fl.minus = TRUE;
              fl.zero = FALSE;
            }
          else if (f[i] == ' ')
            fl.space = TRUE;
          else
            break;
        }
      after_index = arg_index (&a, f, &i, end);
      if (i < end && f[i] == '*')
        {
          i++;
          if (!int_arg (&a, &fl.width))
            g_string_append (out, "%!(BADWIDTH)");
          if (fl.width < 0)
            {
              fl.width = -fl.width;
              fl.minus = TRUE;
              fl.zero = FALSE;
            }
          after_index = FALSE;
        }
      else
        {
          if (parse_num (f, &i, end, &fl.width) && after_index)
            a.good_argnum = FALSE; /* "%[3]2d" */
        }
      if (i + 1 < end && f[i] == '.')
        {
          i++;
          if (after_index)
            a.good_argnum = FALSE; /* "%[3].2d" */
          after_index = arg_index (&a, f, &i, end);
          if (i < end && f[i] == '*')
            {
              gboolean ok;

              i++;
              ok = int_arg (&a, &fl.prec);
              if (fl.prec < 0)
                {
                  fl.prec = -1;
                  ok = FALSE;
                }
              if (!ok)
                {
                  fl.prec = -1;
                  g_string_append (out, "%!(BADPREC)");
                }
              after_index = FALSE;
            }
          else
            parse_num (f, &i, end, &fl.prec);
        }
      if (!after_index)
        after_index = arg_index (&a, f, &i, end);
      if (i >= end)
        {
          g_string_append (out, "%!(NOVERB)");
          break;
        }
      verb = g_utf8_get_char_validated (f + i, (gssize) (end - i));
      if (verb == (gunichar) -1 || verb == (gunichar) -2 || verb < 0x80)
        {
          verb = (guchar) f[i];
          i++;
        }
      else
        i = (gsize) (g_utf8_next_char (f + i) - f);
      if (verb == 'w' && spec->kind == GOR_PRINT_PRINTF)
        {
          /* Errorf's wrapping verb prints an error as %v; anything else
           * is a bad verb */
          if (vm->errorf_wrapped == NULL || !a.good_argnum || a.argi >= types->len
              || record_wrapped (vm, g_ptr_array_index (types, a.argi),
                                 g_array_index (vals, GorValue, a.argi)))
            verb = 'v';
        }
      if (verb == '%')
        g_string_append_c (out, '%');
      else if (!a.good_argnum)
        {
          g_string_append (out, "%!");
          g_string_append_unichar (out, verb);
          g_string_append (out, "(BADINDEX)");
        }
      else if (a.argi >= types->len)
        {
          g_string_append (out, "%!");
          g_string_append_unichar (out, verb);
          g_string_append (out, "(MISSING)");
        }
      else
        {
          GorType *t = g_ptr_array_index (types, a.argi);
          GorValue v = g_array_index (vals, GorValue, a.argi);

          /* a verb outside ASCII is a bad verb for every operand */
          if (verb >= 0x80)
            {
              if (fl.minus)
                fl.zero = FALSE;
              bad_verb (vm, out, t, v, verb, &fl);
            }
          else
            fmt_one (vm, out, t, v, (char) verb, &fl);
          a.argi++;
        }
    }
  if (!a.reordered && a.argi < types->len)
    {
      g_string_append (out, "%!(EXTRA ");
      for (; a.argi < types->len; a.argi++)
        {
          GorType *t = g_ptr_array_index (types, a.argi);
          GorValue v = g_array_index (vals, GorValue, a.argi);

          if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE && v.p == NULL)
            g_string_append (out, "<nil>");
          else
            {
              if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
                {
                  t = ((GorIface *) v.p)->type;
                  v = ((GorIface *) v.p)->v;
                }
              g_string_append_printf (out, "%s=", type_name (t));
              fmt_value (vm, out, t, v, 'v', &no_flags, 0, FALSE);
            }
          if (a.argi + 1 < types->len)
            g_string_append (out, ", ");
        }
      g_string_append_c (out, ')');
    }
}

/* Errorf's %w operand: the error it wraps (NULL when it is none), in the
 * order of the verbs.  Whether it is an error. */
static gboolean
record_wrapped (GorVM *vm, GorType *t, GorValue v)
{
  GPtrArray *w = vm->errorf_wrapped;
  GorIface  *e = NULL;

  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    e = v.p;
  else if (gor_type_lookup_method (t, "Error") || t->kind == GOR_TYPE_POINTER)
    e = gor_iface_new (&vm->heap, t, v);
  if (e && !gor_type_lookup_method (e->type, "Error")
      && !(e->type->kind == GOR_TYPE_POINTER && e->type->name == NULL
           && gor_type_lookup_method (e->type->elem, "Error")))
    e = NULL;
  g_ptr_array_add (w, e);
  return e != NULL;
}

/* A joinError's text: its errors' texts, a line each. */
void
_gor_fmt_join_text (GorVM *vm, GString *out, const GorIface *x)
{
  GorStruct *s = x->v.p;

  for (gsize i = 1; i < s->n; i++)
    {
      GorIface *e = s->f[i].p;
      GorValue  r;

      if (i > 1)
        g_string_append_c (out, '\n');
      if (vm->fmt_active)
        {
          GorValue v = { .p = e };

          fmt_value (vm, out, gor_types_any (vm->program->types), v, 'v', &no_flags, 0, FALSE);
        }
      else if (gor_type_lookup_method (e->type, "Error")
               && gor_type_lookup_method (e->type, "Error")->func < 0)
        {
          const GorStr *text = _gor_error_text (vm, e);

          if (text == NULL)
            _gor_fmt_join_text (vm, out, e);
          else
            g_string_append_len (out, gor_str_data (text), (gssize) gor_str_len (text));
        }
      else if (_gor_vm_call_string_method (vm, e->type, e->v, "Error", &r))
        g_string_append_len (out, gor_str_data (r.p), (gssize) gor_str_len (r.p));
    }
}

void
_gor_fmt_panic_value (GorVM *vm, GString *out, GorIface *val)
{
  GorType *t, *u;

  if (val == NULL || (val->hdr.flags & 1))
    {
      g_string_append (out, "nil");
      return;
    }
  t = val->type;
  u = gor_type_under (t);
  {
    GorValue r;

    if (_gor_vm_call_string_method (vm, t, val->v, "Error", &r)
        || _gor_vm_call_string_method (vm, t, val->v, "String", &r))
      {
        g_string_append_len (out, gor_str_data (r.p), (gssize) gor_str_len (r.p));
        return;
      }
  }
  if (gor_type_lookup_method (t, "Error") && gor_type_lookup_method (t, "Error")->func < 0)
    {
      const GorStr *text = _gor_error_text (vm, val);

      if (text == NULL)
        _gor_fmt_join_text (vm, out, val);
      else
        g_string_append_len (out, gor_str_data (text), (gssize) gor_str_len (text));
      return;
    }
  if (t->name && g_str_equal (t->name, "time.Duration"))
    {
      gor_go_format_duration (out, val->v.i);
      return;
    }
  switch (u->kind)
    {
    case GOR_TYPE_STRING:
      if (t->name)
        g_string_append_printf (out, "%s(\"", t->name);
      g_string_append_len (out, gor_str_data (val->v.p), (gssize) gor_str_len (val->v.p));
      if (t->name)
        g_string_append (out, "\")");
      return;
    case GOR_TYPE_BOOL:
    case GOR_TYPE_INT:
    case GOR_TYPE_INT8:
    case GOR_TYPE_INT16:
    case GOR_TYPE_INT32:
    case GOR_TYPE_INT64:
    case GOR_TYPE_UINT:
    case GOR_TYPE_UINT8:
    case GOR_TYPE_UINT16:
    case GOR_TYPE_UINT32:
    case GOR_TYPE_UINT64:
    case GOR_TYPE_FLOAT32:
    case GOR_TYPE_FLOAT64:
    case GOR_TYPE_COMPLEX64:
    case GOR_TYPE_COMPLEX128:
      if (t->name)
        g_string_append_printf (out, "%s(", t->name);
      builtin_print_value (out, t, val->v);
      if (t->name)
        g_string_append_c (out, ')');
      return;
    default:
      g_string_append_printf (out, "(%s) ", type_name (t));
      g_string_append_printf (out, "0xc%09" G_GINT64_MODIFIER "x", (guint64) (gsize) val->v.p & 0xfffffff);
      return;
    }
}
