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

#include "gor-vm.h"
#include "gor-map.h"

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

static void fmt_value (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, int depth);

/* Shortest decimal digits that read back as @f: digits and decimal exponent. */
static void
shortest (double f, char *digits, int *nd, int *dp)
{
  char buf[64];

  for (int prec = 1; prec <= 17; prec++)
    {
      g_snprintf (buf, sizeof buf, "%.*e", prec - 1, f);
      if (g_ascii_strtod (buf, NULL) == f || prec == 17)
        break;
    }
  {
    /* buf is d.ddde±xx */
    char *e = strchr (buf, 'e');
    int n = 0;

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
fmt_float_g (GString *out, double f)
{
  char digits[32];
  int nd, dp, exp;

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
  shortest (f, digits, &nd, &dp);
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

void
_gor_fmt_duration (GString *out, gint64 d)
{
  /* time.Duration.String */
  char buf[32];
  int w = sizeof buf;
  guint64 u = d < 0 ? (guint64) 0 - (guint64) d : (guint64) d;
  gboolean neg = d < 0;

  if (u < 1000000000)
    {
      int prec = 0;
      const char *unit;

      if (u == 0)
        {
          g_string_append (out, "0s");
          return;
        }
      if (u < 1000)
        unit = "ns";
      else if (u < 1000000)
        {
          prec = 3;
          unit = "µs";
        }
      else
        {
          prec = 6;
          unit = "ms";
        }
      {
        /* fmtFrac then fmtInt, as Go does */
        gboolean print = FALSE;
        char tmp[32];
        int tw = sizeof tmp;

        for (int i = 0; i < prec; i++)
          {
            int digit = (int) (u % 10);

            print = print || digit != 0;
            if (print)
              tmp[--tw] = (char) ('0' + digit);
            u /= 10;
          }
        if (print)
          tmp[--tw] = '.';
        if (u == 0)
          tmp[--tw] = '0';
        while (u > 0)
          {
            tmp[--tw] = (char) ('0' + u % 10);
            u /= 10;
          }
        if (neg)
          g_string_append_c (out, '-');
        g_string_append_len (out, tmp + tw, (gssize) (sizeof tmp - (gsize) tw));
        g_string_append (out, unit);
        return;
      }
    }
  buf[--w] = 's';
  {
    gboolean print = FALSE;

    for (int i = 0; i < 9; i++)
      {
        int digit = (int) (u % 10);

        print = print || digit != 0;
        if (print)
          buf[--w] = (char) ('0' + digit);
        u /= 10;
      }
    if (print)
      buf[--w] = '.';
  }
  {
    guint64 secs = u % 60;

    u /= 60;
    if (secs == 0)
      buf[--w] = '0';
    while (secs > 0)
      {
        buf[--w] = (char) ('0' + secs % 10);
        secs /= 10;
      }
  }
  if (u > 0)
    {
      guint64 mins = u % 60;

      buf[--w] = 'm';
      u /= 60;
      if (mins == 0)
        buf[--w] = '0';
      while (mins > 0)
        {
          buf[--w] = (char) ('0' + mins % 10);
          mins /= 10;
        }
      if (u > 0)
        {
          buf[--w] = 'h';
          while (u > 0)
            {
              buf[--w] = (char) ('0' + u % 10);
              u /= 10;
            }
        }
    }
  if (neg)
    buf[--w] = '-';
  g_string_append_len (out, buf + w, (gssize) (sizeof buf - (gsize) w));
}

static void
quote (GString *out, const char *s, gsize len, char q)
{
  const char *p = s, *end = s + len;

  g_string_append_c (out, q);
  while (p < end)
    {
      gunichar ch = g_utf8_get_char_validated (p, end - p);
      int w;

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        {
          g_string_append_printf (out, "\\x%02x", (guchar) *p);
          p++;
          continue;
        }
      w = (int) (g_utf8_next_char (p) - p);
      switch (ch)
        {
        case '\a': g_string_append (out, "\\a"); break;
        case '\b': g_string_append (out, "\\b"); break;
        case '\f': g_string_append (out, "\\f"); break;
        case '\n': g_string_append (out, "\\n"); break;
        case '\r': g_string_append (out, "\\r"); break;
        case '\t': g_string_append (out, "\\t"); break;
        case '\v': g_string_append (out, "\\v"); break;
        case '\\': g_string_append (out, "\\\\"); break;
        default:
          if (ch == (gunichar) q)
            {
              g_string_append_c (out, '\\');
              g_string_append_c (out, q);
            }
          else if (ch < 0x20 || ch == 0x7f)
            g_string_append_printf (out, "\\x%02x", ch);
          else if (!g_unichar_isprint (ch) && ch >= 0x80)
            g_string_append_printf (out, ch > 0xFFFF ? "\\U%08x" : "\\u%04x", ch);
          else
            g_string_append_len (out, p, w);
          break;
        }
      p += w;
    }
  g_string_append_c (out, q);
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

static void
fmt_int (GString *out, GorType *t, GorValue v, char verb)
{
  gboolean uns = gor_type_is_unsigned (gor_type_under (t));

  switch (verb)
    {
    case 'x':
      if (uns || v.i >= 0)
        g_string_append_printf (out, "%" G_GINT64_MODIFIER "x", v.u);
      else
        g_string_append_printf (out, "-%" G_GINT64_MODIFIER "x", (guint64) 0 - v.u);
      return;
    case 'X':
      if (uns || v.i >= 0)
        g_string_append_printf (out, "%" G_GINT64_MODIFIER "X", v.u);
      else
        g_string_append_printf (out, "-%" G_GINT64_MODIFIER "X", (guint64) 0 - v.u);
      return;
    case 'o':
      g_string_append_printf (out, "%" G_GINT64_MODIFIER "o", v.u);
      return;
    case 'b':
      {
        char buf[70];
        int w = sizeof buf;
        guint64 u = (uns || v.i >= 0) ? v.u : (guint64) 0 - v.u;

        buf[--w] = '\0';
        do
          {
            buf[--w] = (char) ('0' + (u & 1));
            u >>= 1;
          }
        while (u);
        if (!uns && v.i < 0)
          buf[--w] = '-';
        g_string_append (out, buf + w);
        return;
      }
    case 'c':
      g_string_append_unichar (out, (v.i < 0 || v.i > 0x10FFFF) ? 0xFFFD : (gunichar) v.i);
      return;
    case 'q':
      {
        char buf[8];
        int n = g_unichar_to_utf8 ((v.i < 0 || v.i > 0x10FFFF) ? 0xFFFD : (gunichar) v.i, buf);

        quote (out, buf, (gsize) n, '\'');
        return;
      }
    case 'U':
      g_string_append_printf (out, "U+%04" G_GINT64_MODIFIER "X", v.u);
      return;
    default:
      if (uns)
        g_string_append_printf (out, "%" G_GUINT64_FORMAT, v.u);
      else
        g_string_append_printf (out, "%" G_GINT64_FORMAT, v.i);
    }
}

static void
bad_verb (GorVM *vm, GString *out, GorType *t, GorValue v, char verb)
{
  g_string_append_printf (out, "%%!%c(", verb);
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
  fmt_value (vm, out, t, v, 'v', 1);
  g_string_append_c (out, ')');
}

static void
fmt_value (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, int depth)
{
  GorType *u = gor_type_under (t);
  char inner = verb;                /* what nested values use */
  gboolean plusv = verb == 'V';     /* %+v: struct field names */

  if (plusv)
    verb = 'v';
  if (depth > 64)
    {
      g_string_append (out, "...");
      return;
    }
  if (verb == 'T')
    {
      if (u->kind == GOR_TYPE_INTERFACE)
        {
          GorIface *x = v.p;

          g_string_append (out, x ? type_name (x->type) : "<nil>");
        }
      else
        g_string_append (out, type_name (t));
      return;
    }
  /* methods: Error, then String, as fmt does for %v %s %q */
  if (vm && (verb == 'v' || verb == 's' || verb == 'q') && u->kind != GOR_TYPE_INTERFACE)
    {
      GorValue r;

      if (_gor_vm_call_string_method (vm, t, v, "Error", &r)
          || _gor_vm_call_string_method (vm, t, v, "String", &r))
        {
          if (verb == 'q')
            quote (out, gor_str_data (r.p), gor_str_len (r.p), '"');
          else
            g_string_append_len (out, gor_str_data (r.p), (gssize) gor_str_len (r.p));
          return;
        }
    }
  if (t->name && g_str_equal (t->name, "time.Duration") && (verb == 'v' || verb == 's'))
    {
      _gor_fmt_duration (out, v.i);
      return;
    }
  switch (u->kind)
    {
    case GOR_TYPE_BOOL:
      if (verb == 'v' || verb == 't')
        g_string_append (out, v.i ? "true" : "false");
      else
        bad_verb (vm, out, t, v, verb);
      return;
    case GOR_TYPE_INT: case GOR_TYPE_INT8: case GOR_TYPE_INT16: case GOR_TYPE_INT32: case GOR_TYPE_INT64:
    case GOR_TYPE_UINT: case GOR_TYPE_UINT8: case GOR_TYPE_UINT16: case GOR_TYPE_UINT32: case GOR_TYPE_UINT64:
      if (strchr ("vdxXobcqU", verb))
        fmt_int (out, t, v, verb);
      else
        bad_verb (vm, out, t, v, verb);
      return;
    case GOR_TYPE_FLOAT64:
      switch (verb)
        {
        case 'v':
        case 'g':
          fmt_float_g (out, v.f);
          return;
        case 'f':
        case 'F':
          g_string_append_printf (out, "%f", v.f);
          return;
        case 'e':
          g_string_append_printf (out, "%e", v.f);
          return;
        default:
          bad_verb (vm, out, t, v, verb);
          return;
        }
    case GOR_TYPE_STRING:
      if (t->name && strcmp (t->name, "main.") > 0 && FALSE)
        return;
      switch (verb)
        {
        case 'v':
        case 's':
          g_string_append_len (out, gor_str_data (v.p), (gssize) gor_str_len (v.p));
          return;
        case 'q':
          quote (out, gor_str_data (v.p), gor_str_len (v.p), '"');
          return;
        case 'x':
        case 'X':
          for (gsize i = 0; i < gor_str_len (v.p); i++)
            g_string_append_printf (out, verb == 'x' ? "%02x" : "%02X", (guchar) gor_str_data (v.p)[i]);
          return;
        default:
          bad_verb (vm, out, t, v, verb);
          return;
        }
    case GOR_TYPE_SLICE:
      {
        GorSlice *s = v.p;

        if (verb == 's' && u->elem->kind == GOR_TYPE_UINT8)
          {
            for (gint64 i = 0; i < gor_slice_len (s); i++)
              g_string_append_c (out, (char) s->arr->v[s->off + i].i);
            return;
          }
        g_string_append_c (out, '[');
        for (gint64 i = 0; i < gor_slice_len (s); i++)
          {
            if (i)
              g_string_append_c (out, ' ');
            fmt_value (vm, out, u->elem, s->arr->v[s->off + i], inner, depth + 1);
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
            fmt_value (vm, out, f->type, s ? s->f[i] : (GorValue) { 0 }, inner, depth + 1);
          }
        g_string_append_c (out, '}');
        return;
      }
    case GOR_TYPE_POINTER:
      if (v.p == NULL)
        {
          g_string_append (out, "<nil>");
          return;
        }
      if (depth == 0 && gor_type_under (u->elem)->kind == GOR_TYPE_STRUCT && (verb == 'v' || verb == 's'))
        {
          g_string_append_c (out, '&');
          fmt_value (vm, out, u->elem, v, inner, depth + 1);
          return;
        }
      g_string_append_printf (out, "0xc%09" G_GINT64_MODIFIER "x", (guint64) (gsize) v.p & 0xfffffff);
      return;
    case GOR_TYPE_CHAN:
      if (v.p == NULL)
        g_string_append (out, "<nil>");
      else
        g_string_append_printf (out, "0xc%09x", 0x10000u + ((GorChan *) v.p)->id * 0x60u);
      return;
    case GOR_TYPE_FUNC:
      if (v.p == NULL)
        g_string_append (out, "<nil>");
      else
        g_string_append_printf (out, "0x%x", 0x47e000u + ((GorClosure *) v.p)->fn->index * 0x20u);
      return;
    case GOR_TYPE_MAP:
      {
        GArray *kv = _gor_map_sorted (v.p);

        g_string_append (out, "map[");
        for (guint i = 0; i < kv->len; i++)
          {
            GorValue *e = &((GorValue *) (gpointer) kv->data)[2 * i];

            if (i)
              g_string_append_c (out, ' ');
            fmt_value (vm, out, u->key, e[0], inner, depth + 1);
            g_string_append_c (out, ':');
            fmt_value (vm, out, u->elem, e[1], inner, depth + 1);
          }
        g_string_append_c (out, ']');
        g_array_unref (kv);
        return;
      }
    case GOR_TYPE_INTERFACE:
      {
        GorIface *x = v.p;

        if (x == NULL)
          {
            if (verb == 'v' || verb == 's')
              g_string_append (out, "<nil>");
            else
              g_string_append_printf (out, "%%!%c(<nil>)", verb);
            return;
          }
        if (gor_type_lookup_method (x->type, "Error") && gor_type_lookup_method (x->type, "Error")->func < 0)
          {
            /* built-in error values: their text */
            if (verb == 'q')
              quote (out, gor_str_data (x->v.p), gor_str_len (x->v.p), '"');
            else
              g_string_append_len (out, gor_str_data (x->v.p), (gssize) gor_str_len (x->v.p));
            return;
          }
        fmt_value (vm, out, x->type, x->v, inner, depth);
        return;
      }
    case GOR_TYPE_MUTEX:
    case GOR_TYPE_RWMUTEX:
      g_string_append_printf (out, "{%d %d}", v.p ? ((GorMutex *) v.p)->state : 0, 0);
      return;
    case GOR_TYPE_WAITGROUP:
      g_string_append (out, "{{} [0 0 0]}");
      return;
    default:
      g_string_append (out, "?");
      return;
    }
}

void
_gor_fmt_value (GorVM *vm, GString *out, GorType *type, GorValue v, char verb)
{
  fmt_value (vm, out, type, v, verb, 0);
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
      GorType *et = gor_type_under (spec->types[0])->elem;

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

  if (gor_type_is_float (u))
    {
      /* the runtime's own float printer: +1.500000e+000 */
      char buf[64];
      double f = v.f;
      int e = 0;

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
  fmt_value (NULL, out, t, v, 'v', 0);
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
          fmt_value (vm, out, t, v, 'v', 0);
          break;
        case GOR_PRINT_BUILTIN_PRINTLN:
          if (i)
            g_string_append_c (out, ' ');
          builtin_print_value (out, t, v);
          break;
        case GOR_PRINT_BUILTIN_PRINT:
          builtin_print_value (out, t, v);
          break;
        default:
          if (i > 0 && !is_string_operand (t, v)
              && !is_string_operand (g_ptr_array_index (types, i - 1), g_array_index (vals, GorValue, i - 1)))
            g_string_append_c (out, ' ');
          fmt_value (vm, out, t, v, 'v', 0);
          break;
        }
    }
  if (spec->kind == GOR_PRINT_PRINTLN || spec->kind == GOR_PRINT_BUILTIN_PRINTLN)
    g_string_append_c (out, '\n');
}

static void
pad (GString *out, const char *s, gsize len, Flags *fl, gboolean numeric)
{
  glong chars = g_utf8_strlen (s, (gssize) len);
  glong n = fl->width > chars ? fl->width - chars : 0;

  if (fl->minus)
    {
      g_string_append_len (out, s, (gssize) len);
      for (glong i = 0; i < n; i++)
        g_string_append_c (out, ' ');
      return;
    }
  if (fl->zero && numeric)
    {
      gsize skip = (len > 0 && (s[0] == '-' || s[0] == '+')) ? 1 : 0;

      g_string_append_len (out, s, (gssize) skip);
      for (glong i = 0; i < n; i++)
        g_string_append_c (out, '0');
      g_string_append_len (out, s + skip, (gssize) (len - skip));
      return;
    }
  for (glong i = 0; i < n; i++)
    g_string_append_c (out, ' ');
  g_string_append_len (out, s, (gssize) len);
}

static void
fmt_one (GorVM *vm, GString *out, GorType *t, GorValue v, char verb, Flags *fl)
{
  g_autoptr (GString) s = g_string_new (NULL);
  GorType *dt = t;
  GorValue dv = v;
  GorType *u;
  gboolean numeric = FALSE;

  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE && v.p != NULL
      && !(gor_type_lookup_method (((GorIface *) v.p)->type, "Error")
           && gor_type_lookup_method (((GorIface *) v.p)->type, "Error")->func < 0))
    {
      dt = ((GorIface *) v.p)->type;
      dv = ((GorIface *) v.p)->v;
    }
  u = gor_type_under (dt);
  if (verb == 'v' && fl->plus)
    verb = 'V';
  if (gor_type_is_float (u) && fl->prec >= 0 && strchr ("fFeg", verb))
    {
      g_autofree char *f = g_strdup_printf (verb == 'g' ? "%.*g" : verb == 'e' ? "%.*e" : "%.*f", fl->prec, dv.f);

      g_string_append (s, f);
      numeric = TRUE;
    }
  else if (gor_type_is_string (u) && fl->prec >= 0 && (verb == 's' || verb == 'v'))
    {
      const char *p = gor_str_data (dv.p);
      const char *end = p + gor_str_len (dv.p);
      int k = 0;

      while (p < end && k < fl->prec)
        {
          p = g_utf8_next_char (p);
          k++;
        }
      g_string_append_len (s, gor_str_data (dv.p), MIN (p, end) - gor_str_data (dv.p));
    }
  else
    {
      fmt_value (vm, s, dt, dv, verb, 0);
      numeric = gor_type_is_numeric (u) && verb != 'c' && verb != 'q' && verb != 'U';
    }
  if (fl->plus && numeric && s->len > 0 && s->str[0] != '-')
    g_string_prepend_c (s, '+');
  else if (fl->space && numeric && s->len > 0 && s->str[0] != '-')
    g_string_prepend_c (s, ' ');
  pad (out, s->str, s->len, fl, numeric);
}

void
_gor_fmt_printf (GorVM *vm, GString *out, const GorStr *format, GorPrintSpec *spec, GorValue *args,
                 guint n)
{
  g_autoptr (GPtrArray) types = g_ptr_array_new ();
  g_autoptr (GArray) vals = g_array_new (FALSE, FALSE, sizeof (GorValue));
  const char *f = gor_str_data (format);
  gsize len = gor_str_len (format);
  guint argi = 0;

  operands (vm, spec, args, n, types, vals);
  for (gsize i = 0; i < len; i++)
    {
      Flags fl = { 0, -1, FALSE, FALSE, FALSE, FALSE, FALSE };
      char verb;

      if (f[i] != '%')
        {
          g_string_append_c (out, f[i]);
          continue;
        }
      i++;
      for (; i < len; i++)
        {
          if (f[i] == '-')
            fl.minus = TRUE;
          else if (f[i] == '+')
            fl.plus = TRUE;
          else if (f[i] == '0')
            fl.zero = TRUE;
          else if (f[i] == ' ')
            fl.space = TRUE;
          else if (f[i] == '#')
            fl.sharp = TRUE;
          else
            break;
        }
      if (i < len && f[i] == '*')
        {
          if (argi < types->len)
            fl.width = (int) g_array_index (vals, GorValue, argi++).i;
          i++;
        }
      while (i < len && g_ascii_isdigit (f[i]))
        fl.width = fl.width * 10 + (f[i++] - '0');
      if (i < len && f[i] == '.')
        {
          i++;
          fl.prec = 0;
          if (i < len && f[i] == '*')
            {
              if (argi < types->len)
                fl.prec = (int) g_array_index (vals, GorValue, argi++).i;
              i++;
            }
          while (i < len && g_ascii_isdigit (f[i]))
            fl.prec = fl.prec * 10 + (f[i++] - '0');
        }
      if (i >= len)
        {
          g_string_append (out, "%!(NOVERB)");
          break;
        }
      verb = f[i];
      if (verb == 'w' && spec->kind == GOR_PRINT_PRINTF)
        verb = 'v'; /* Errorf's wrapping verb prints as %v */
      if (verb == '%')
        {
          g_string_append_c (out, '%');
          continue;
        }
      if (argi >= types->len)
        {
          g_string_append_printf (out, "%%!%c(MISSING)", verb);
          continue;
        }
      fmt_one (vm, out, g_ptr_array_index (types, argi), g_array_index (vals, GorValue, argi), verb, &fl);
      argi++;
    }
  if (argi < types->len)
    {
      g_string_append (out, "%!(EXTRA ");
      for (; argi < types->len; argi++)
        {
          GorType *t = g_ptr_array_index (types, argi);
          GorValue v = g_array_index (vals, GorValue, argi);

          if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE && v.p)
            {
              t = ((GorIface *) v.p)->type;
              v = ((GorIface *) v.p)->v;
            }
          g_string_append_printf (out, "%s=", type_name (t));
          fmt_value (vm, out, t, v, 'v', 0);
          if (argi + 1 < types->len)
            g_string_append (out, ", ");
        }
      g_string_append_c (out, ')');
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
      g_string_append_len (out, gor_str_data (val->v.p), (gssize) gor_str_len (val->v.p));
      return;
    }
  if (t->name && g_str_equal (t->name, "time.Duration"))
    {
      _gor_fmt_duration (out, val->v.i);
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
    case GOR_TYPE_INT: case GOR_TYPE_INT8: case GOR_TYPE_INT16: case GOR_TYPE_INT32: case GOR_TYPE_INT64:
    case GOR_TYPE_UINT: case GOR_TYPE_UINT8: case GOR_TYPE_UINT16: case GOR_TYPE_UINT32: case GOR_TYPE_UINT64:
    case GOR_TYPE_FLOAT64:
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
