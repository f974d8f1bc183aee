/* gor-strings.c — the basics of Go's strings package, and conversions
 * between strings, bytes and runes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

static GorValue
str_value (GorVM *vm, const char *s, gsize len)
{
  GorValue v;

  v.p = gor_str_new (&vm->heap, s, len);
  return v;
}

static GorValue
string_slice (GorVM *vm, GPtrArray *parts)
{
  GorArray *arr = gor_array_new (&vm->heap, parts->len);
  GorValue v;

  for (guint i = 0; i < parts->len; i++)
    {
      const char *p = g_ptr_array_index (parts, i);

      arr->v[i] = str_value (vm, p, strlen (p));
    }
  v.p = gor_slice_new (&vm->heap, arr, 0, parts->len, parts->len);
  return v;
}

static gint64
index_of (const GorStr *s, const GorStr *sub)
{
  gsize n = gor_str_len (s), m = gor_str_len (sub);

  if (m == 0)
    return 0;
  for (gsize i = 0; i + m <= n; i++)
    if (memcmp (s->data + i, sub->data, m) == 0)
      return (gint64) i;
  return -1;
}

/* panic(text): the value is a string, as the strings package's own */
static GorIface *
string_panic (GorVM *vm, const char *text)
{
  GorValue v;

  v.p = gor_str_new (&vm->heap, text, strlen (text));
  /* type_refs[2] is string */
  return gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 2), v);
}

/* strings.Repeat, in Go's order: 0 and 1 first, then the sign, then the
 * overflow; a length past the heap's room is an out-of-memory end */
static GorValue
repeat (GorVM *vm, const GorStr *a, gint64 n, GorIface **perr, gsize *oom_bytes)
{
  gsize len = gor_str_len (a), total;
  GorStr *o;
  GorValue r = { 0 };

  if (n == 1)
    r.p = (gpointer) a;
  if (n == 0 || n == 1)
    return r;
  if (n < 0)
    {
      *perr = string_panic (vm, "strings: negative Repeat count");
      return r;
    }
  if (len != 0 && (guint64) n > (guint64) G_MAXINT64 / len)
    {
      *perr = string_panic (vm, "strings: Repeat output length overflow");
      return r;
    }
  total = len * (gsize) n;
  if (total > GOR_HEAP_LIMIT - MIN (vm->heap.bytes, GOR_HEAP_LIMIT))
    {
      *oom_bytes = total;
      return r;
    }
  if (total == 0)
    return r;
  o = gor_heap_alloc (&vm->heap, GOR_OBJ_STRING, sizeof (GorStr) + total + 1);
  o->len = total;
  o->data[total] = '\0';
  for (gsize i = 0; i < total; i += len)
    memcpy (o->data + i, gor_str_data (a), len);
  r.p = o;
  return r;
}

GorValue *
_gor_vm_strings (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes)
{
  GorValue r = { 0 };
  const GorStr *a, *b;

  switch (fn)
    {
    case GOR_STRINGS_REPEAT:
      sp -= 2;
      r = repeat (vm, sp[0].p, sp[1].i, perr, oom_bytes);
      break;
    case GOR_STRINGS_TO_UPPER:
    case GOR_STRINGS_TO_LOWER:
      {
        g_autofree char *t = NULL;

        a = sp[-1].p;
        t = fn == GOR_STRINGS_TO_UPPER ? g_utf8_strup (gor_str_data (a), (gssize) gor_str_len (a))
                                       : g_utf8_strdown (gor_str_data (a), (gssize) gor_str_len (a));
        r = str_value (vm, t, strlen (t));
        sp -= 1;
        break;
      }
    case GOR_STRINGS_TRIM_SPACE:
      {
        const char *s, *e;

        a = sp[-1].p;
        s = gor_str_data (a);
        e = s + gor_str_len (a);
        while (s < e && g_ascii_isspace (*s))
          s++;
        while (e > s && g_ascii_isspace (e[-1]))
          e--;
        r = str_value (vm, s, (gsize) (e - s));
        sp -= 1;
        break;
      }
    case GOR_STRINGS_CONTAINS:
    case GOR_STRINGS_INDEX:
    case GOR_STRINGS_HAS_PREFIX:
    case GOR_STRINGS_HAS_SUFFIX:
    case GOR_STRINGS_TRIM_PREFIX:
    case GOR_STRINGS_TRIM_SUFFIX:
    case GOR_STRINGS_COUNT:
      {
        gsize n, m;

        a = sp[-2].p;
        b = sp[-1].p;
        n = gor_str_len (a);
        m = gor_str_len (b);
        if (fn == GOR_STRINGS_CONTAINS)
          r.i = index_of (a, b) >= 0;
        else if (fn == GOR_STRINGS_INDEX)
          r.i = index_of (a, b);
        else if (fn == GOR_STRINGS_HAS_PREFIX || fn == GOR_STRINGS_TRIM_PREFIX)
          {
            gboolean has = m <= n && memcmp (gor_str_data (a), gor_str_data (b), m) == 0;

            if (fn == GOR_STRINGS_HAS_PREFIX)
              r.i = has;
            else
              r = has ? str_value (vm, gor_str_data (a) + m, n - m) : sp[-2];
          }
        else if (fn == GOR_STRINGS_HAS_SUFFIX || fn == GOR_STRINGS_TRIM_SUFFIX)
          {
            gboolean has = m <= n && memcmp (gor_str_data (a) + n - m, gor_str_data (b), m) == 0;

            if (fn == GOR_STRINGS_HAS_SUFFIX)
              r.i = has;
            else
              r = has ? str_value (vm, gor_str_data (a), n - m) : sp[-2];
          }
        else
          {
            gint64 count = 0;

            if (m == 0)
              count = g_utf8_strlen (gor_str_data (a), (gssize) n) + 1;
            else
              for (gsize i = 0; i + m <= n;)
                {
                  if (memcmp (a->data + i, b->data, m) == 0)
                    {
                      count++;
                      i += m;
                    }
                  else
                    i++;
                }
            r.i = count;
          }
        sp -= 2;
        break;
      }
    case GOR_STRINGS_JOIN:
      {
        GorSlice *s = sp[-2].p;
        GString *out = g_string_new (NULL);

        b = sp[-1].p;
        for (gint64 i = 0; i < gor_slice_len (s); i++)
          {
            const GorStr *e = s->arr->v[s->off + i].p;

            if (i)
              g_string_append_len (out, gor_str_data (b), (gssize) gor_str_len (b));
            g_string_append_len (out, gor_str_data (e), (gssize) gor_str_len (e));
          }
        r = str_value (vm, out->str, out->len);
        g_string_free (out, TRUE);
        sp -= 2;
        break;
      }
    case GOR_STRINGS_SPLIT:
      {
        g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
        g_autofree char *s = NULL;
        g_autofree char *sep = NULL;

        a = sp[-2].p;
        b = sp[-1].p;
        s = g_strndup (gor_str_data (a), gor_str_len (a));
        sep = g_strndup (gor_str_data (b), gor_str_len (b));
        if (sep[0] == '\0')
          {
            for (const char *p = s; *p; p = g_utf8_next_char (p))
              g_ptr_array_add (parts, g_strndup (p, (gsize) (g_utf8_next_char (p) - p)));
          }
        else
          {
            g_auto (GStrv) v = g_strsplit (s, sep, -1);

            for (guint i = 0; v[i]; i++)
              g_ptr_array_add (parts, g_strdup (v[i]));
          }
        r = string_slice (vm, parts);
        sp -= 2;
        break;
      }
    case GOR_STRINGS_FIELDS:
      {
        g_autoptr (GPtrArray) parts = g_ptr_array_new_with_free_func (g_free);
        const char *p, *e;

        a = sp[-1].p;
        p = gor_str_data (a);
        e = p + gor_str_len (a);
        while (p < e)
          {
            const char *start;

            while (p < e && g_ascii_isspace (*p))
              p++;
            start = p;
            while (p < e && !g_ascii_isspace (*p))
              p++;
            if (p > start)
              g_ptr_array_add (parts, g_strndup (start, (gsize) (p - start)));
          }
        r = string_slice (vm, parts);
        sp -= 1;
        break;
      }
    case GOR_STRINGS_REPLACE_ALL:
      {
        const GorStr *s = sp[-3].p, *old = sp[-2].p, *nw = sp[-1].p;
        GString *out = g_string_new (NULL);
        gsize n = gor_str_len (s), m = gor_str_len (old);

        for (gsize i = 0; i < n;)
          {
            if (m > 0 && i + m <= n && memcmp (s->data + i, old->data, m) == 0)
              {
                g_string_append_len (out, gor_str_data (nw), (gssize) gor_str_len (nw));
                i += m;
              }
            else
              g_string_append_c (out, s->data[i++]);
          }
        r = str_value (vm, out->str, out->len);
        g_string_free (out, TRUE);
        sp -= 3;
        break;
      }
    default:
      break;
    }
  *sp++ = r;
  return sp;
}

/* []byte(s) */
GorSlice *
_gor_str_to_bytes (GorVM *vm, GorStr *s)
{
  gsize n = gor_str_len (s);
  GorArray *arr = gor_array_new (&vm->heap, n);

  for (gsize i = 0; i < n; i++)
    arr->v[i].i = (guchar) s->data[i];
  return gor_slice_new (&vm->heap, arr, 0, (gint64) n, (gint64) n);
}

/* A rune as a string conversion writes it: out of range and surrogates
 * are U+FFFD. */
static gunichar
valid_rune (gint64 r)
{
  return (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r < 0xE000)) ? 0xFFFD : (gunichar) r;
}

/* string(b) for a []byte, or string(r) for a []rune when @runes */
GorStr *
_gor_str_from_slice (GorVM *vm, GorSlice *s, gboolean runes)
{
  g_autoptr (GString) b = g_string_new (NULL);
  gint64 n = gor_slice_len (s);

  for (gint64 i = 0; i < n; i++)
    {
      if (runes)
        g_string_append_unichar (b, valid_rune (s->arr->v[s->off + i].i));
      else
        g_string_append_c (b, (char) s->arr->v[s->off + i].i);
    }
  return gor_str_new (&vm->heap, b->str, b->len);
}

/* string(r) for a rune */
GorStr *
_gor_str_from_rune (GorVM *vm, gint64 r)
{
  char buf[8];
  int n = g_unichar_to_utf8 (valid_rune (r), buf);

  return gor_str_new (&vm->heap, buf, (gsize) n);
}

/* []rune(s): invalid UTF-8 decodes to U+FFFD a byte at a time */
GorSlice *
_gor_str_to_runes (GorVM *vm, GorStr *s)
{
  const char *p = gor_str_data (s), *end = p + gor_str_len (s);
  g_autoptr (GArray) runes = g_array_new (FALSE, FALSE, sizeof (GorValue));
  GorArray *arr;

  while (p < end)
    {
      gunichar ch = g_utf8_get_char_validated (p, end - p);
      GorValue v;

      if (ch == (gunichar) -1 || ch == (gunichar) -2)
        ch = 0xFFFD, p++;
      else
        p = g_utf8_next_char (p);
      v.i = ch;
      g_array_append_val (runes, v);
    }
  arr = gor_array_new (&vm->heap, runes->len);
  memcpy (arr->v, runes->data, runes->len * sizeof (GorValue));
  return gor_slice_new (&vm->heap, arr, 0, runes->len, runes->len);
}
