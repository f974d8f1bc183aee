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

/* The rune at @p as Go's range reads it: a bad byte is U+FFFD, one byte
 * wide. */
static gunichar
decode_rune (const char *p, const char *end, gsize *w)
{
  gunichar ch;

  if (*p == '\0')
    {
      /* g_utf8_get_char_validated takes a NUL for a cut sequence */
      *w = 1;
      return 0;
    }
  ch = g_utf8_get_char_validated (p, end - p);
  if (ch == (gunichar) -1 || ch == (gunichar) -2)
    {
      *w = 1;
      return 0xFFFD;
    }
  *w = (gsize) (g_utf8_next_char (p) - p);
  return ch;
}

/* unicode.IsSpace */
static gboolean
go_is_space (gunichar c)
{
  if (c <= 0xFF)
    return c == ' ' || (c >= '\t' && c <= '\r') || c == 0x85 || c == 0xA0;
  return c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F
         || c == 0x205F || c == 0x3000;
}

/* utf8.RuneCount */
static gint64
rune_count (const char *p, gsize len)
{
  const char *end = p + len;
  gint64      n = 0;
  gsize       w;

  for (; p < end; p += w, n++)
    decode_rune (p, end, &w);
  return n;
}

/* A piece of a string: Split and Fields collect them */
typedef struct
{
  const char *p;
  gsize       len;
} Piece;

/* A []string of @pieces of @s */
static GorValue
pieces_slice (GorVM *vm, const GorStr *s, GArray *pieces)
{
  GorArray *arr = gor_array_new (&vm->heap, pieces->len);
  GorValue  v;

  for (guint i = 0; i < pieces->len; i++)
    {
      Piece *pc = &g_array_index (pieces, Piece, i);

      arr->v[i] = _gor_vm_sub_value (vm, s, pc->p, pc->len);
    }
  v.p = gor_slice_new (&vm->heap, arr, 0, pieces->len, pieces->len);
  return v;
}

static gint64
index_of (const GorStr *s, const GorStr *sub)
{
  gsize       n = gor_str_len (s), m = gor_str_len (sub);
  const char *d = gor_str_data (s), *q = gor_str_data (sub);

  if (m == 0)
    return 0;
  for (gsize i = 0; i + m <= n; i++)
    if (memcmp (d + i, q, m) == 0)
      return (gint64) i;
  return -1;
}

/* panic(text): the value is a string, as the library packages' own */
GorIface *
_gor_vm_string_panic (GorVM *vm, const char *text)
{
  GorValue v;

  v.p = gor_str_new (&vm->heap, text, strlen (text));
  /* type_refs[2] is string */
  return gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 2), v);
}

/* strings.Split: an empty separator splits after each rune (a bad byte
 * is one) */
static GorValue
split (GorVM *vm, const GorStr *a, const GorStr *sep)
{
  g_autoptr (GArray) parts = g_array_new (FALSE, FALSE, sizeof (Piece));
  const char *p = gor_str_data (a), *e = p + gor_str_len (a);
  gsize       m = gor_str_len (sep), w;

  if (m == 0)
    for (; p < e; p += w)
      {
        Piece pc = { p, 0 };

        decode_rune (p, e, &w);
        pc.len = w;
        g_array_append_val (parts, pc);
      }
  else
    {
      const char *start = p, *q = gor_str_data (sep);

      while ((gsize) (e - p) >= m)
        {
          if (memcmp (p, q, m) == 0)
            {
              Piece pc = { start, (gsize) (p - start) };

              g_array_append_val (parts, pc);
              p += m;
              start = p;
            }
          else
            p++;
        }
      {
        Piece pc = { start, (gsize) (e - start) };

        g_array_append_val (parts, pc);
      }
    }
  return pieces_slice (vm, a, parts);
}

/* strings.ReplaceAll: an empty @old matches before each rune (a bad byte
 * is one) and at the end */
static GorValue
replace_all (GorVM *vm, const GorStr *s, const GorStr *old, const GorStr *nw, gsize *oom_bytes)
{
  g_autoptr (GString) out = NULL;
  gsize       n = gor_str_len (s), m = gor_str_len (old), w;
  const char *d = gor_str_data (s), *q = gor_str_data (old);
  guint64     matches = m == 0 ? (guint64) rune_count (d, n) + 1 : 0, total;
  GorValue    none = { 0 };

  /* the length first: a result past the heap's room ends the run */
  for (gsize i = 0; m > 0 && i + m <= n;)
    if (memcmp (d + i, q, m) == 0)
      {
        matches++;
        i += m;
      }
    else
      i++;
  total = n - matches * m + matches * gor_str_len (nw);
  if (gor_str_len (nw) > GOR_HEAP_LIMIT || matches > GOR_HEAP_LIMIT
      || !_gor_gc_room (vm, vm->current, (gsize) total))
    {
      *oom_bytes = MAX (total, 1);
      return none;
    }
  out = g_string_sized_new (total);

  for (gsize i = 0; i < n;)
    {
      if (m == 0)
        {
          g_string_append_len (out, gor_str_data (nw), (gssize) gor_str_len (nw));
          decode_rune (d + i, d + n, &w);
          g_string_append_len (out, d + i, (gssize) w);
          i += w;
        }
      else if (i + m <= n && memcmp (d + i, q, m) == 0)
        {
          g_string_append_len (out, gor_str_data (nw), (gssize) gor_str_len (nw));
          i += m;
        }
      else
        g_string_append_c (out, d[i++]);
    }
  if (m == 0)
    g_string_append_len (out, gor_str_data (nw), (gssize) gor_str_len (nw));
  return str_value (vm, out->str, out->len);
}

/* strings.Repeat, in Go's order: 0 and 1 first, then the sign, then the
 * overflow; a length past the heap's room is an out-of-memory end */
static GorValue
repeat (GorVM *vm, const GorStr *a, gint64 n, GorIface **perr, gsize *oom_bytes)
{
  gsize    len = gor_str_len (a), total;
  GorStr  *o;
  GorValue r = { 0 };

  if (n == 1)
    r.p = (gpointer) a;
  if (n == 0 || n == 1)
    return r;
  if (n < 0)
    {
      *perr = _gor_vm_string_panic (vm, "strings: negative Repeat count");
      return r;
    }
  if (len != 0 && (guint64) n > (guint64) G_MAXINT64 / len)
    {
      *perr = _gor_vm_string_panic (vm, "strings: Repeat output length overflow");
      return r;
    }
  total = len * (gsize) n;
  if (!_gor_gc_room (vm, vm->current, (gsize) total))
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

/* A strings.Builder's append, amortized linear as Go's: the builder's
 * string is a view of a growable buffer (GOR_STR_GROWABLE); when it ends
 * exactly at the buffer's filled length and the room is there, the new
 * bytes go past the fill and the result is a new, longer view.  Strings
 * handed out before keep their bytes, which are never written again; a
 * second builder holding a view of the same buffer sees a fill past its
 * end and copies into a buffer of its own.  Short results stay plain. */
static GorValue
builder_append (GorVM *vm, const GorStr *cur, const GorStr *more, gsize *oom_bytes)
{
  gsize       n = gor_str_len (more), len = gor_str_len (cur), total = len + n, cap, need;
  GorStr     *base = NULL;
  GorStrView *v;
  GorValue    r = { 0 };

  r.p = (gpointer) cur;
  if (n == 0)
    return r;
  if (cur != NULL && cur->hdr.kind == GOR_OBJ_STR_VIEW)
    {
      const GorStrView *cv = (const GorStrView *) cur;

      base = cv->base;
      if (!(base->hdr.flags & GOR_STR_GROWABLE) || cv->p + cv->len != base->data + base->len
          || base->len + n > base->hdr.aux)
        base = NULL;
    }
  if (base == NULL && total < GOR_STR_VIEW_MIN)
    cap = 0;
  else if (base == NULL)
    cap = MAX (total * 2, (gsize) 2 * GOR_STR_VIEW_MIN);
  else
    cap = base->hdr.aux;
  if (cap > G_MAXUINT32)
    cap = total;
  need = base != NULL ? sizeof (GorStrView)
         : cap == 0   ? sizeof (GorStr) + total + 1
                      : sizeof (GorStr) + cap + 1 + sizeof (GorStrView);
  if (G_UNLIKELY (total > G_MAXUINT32
                  || ((vm->heap.bytes + need >= vm->gc_next
                       || need > vm->mem_limit - MIN (vm->heap.bytes, vm->mem_limit))
                      && !_gor_gc_room (vm, vm->current, need))))
    {
      *oom_bytes = MAX (need, 1);
      return r;
    }
  if (cap == 0)
    {
      r.p = gor_str_concat (&vm->heap, cur, more);
      return r;
    }
  if (base == NULL)
    {
      base = gor_heap_alloc (&vm->heap, GOR_OBJ_STRING, sizeof (GorStr) + cap + 1);
      base->hdr.flags |= GOR_STR_GROWABLE;
      base->hdr.aux = (guint32) cap;
      memcpy (base->data, gor_str_data (cur), len);
      base->len = len;
      len = 0;
    }
  else
    len = (gsize) (((const GorStrView *) cur)->p - base->data);
  /* more may be a view of this same buffer: its bytes lie below the fill */
  memcpy (base->data + base->len, gor_str_data (more), n);
  base->len += n;
  v = gor_heap_alloc (&vm->heap, GOR_OBJ_STR_VIEW, sizeof (GorStrView));
  v->len = total;
  v->p = base->data + len;
  v->base = base;
  r.p = v;
  return r;
}

GorValue *
_gor_vm_strings (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes)
{
  GorValue      r = { 0 };
  const GorStr *a, *b;

  if (fn >= GOR_STRINGS_LIB_TEXT)
    return _gor_lib_text (vm, fn, sp, perr, oom_bytes);
  switch (fn)
    {
    case GOR_STRINGS_REPEAT:
      sp -= 2;
      r = repeat (vm, sp[0].p, sp[1].i, perr, oom_bytes);
      break;
    case GOR_STRINGS_TO_UPPER:
    case GOR_STRINGS_TO_LOWER:
      {
        /* unicode.ToUpper/ToLower rune by rune; a bad byte is U+FFFD */
        g_autoptr (GString) t = g_string_new (NULL);
        const char *p, *e;
        gsize       w;

        a = sp[-1].p;
        p = gor_str_data (a);
        e = p + gor_str_len (a);
        for (; p < e; p += w)
          {
            gunichar c = decode_rune (p, e, &w);

            g_string_append_unichar (t, fn == GOR_STRINGS_TO_UPPER ? g_unichar_toupper (c)
                                                                   : g_unichar_tolower (c));
          }
        r = str_value (vm, t->str, t->len);
        sp -= 1;
        break;
      }
    case GOR_STRINGS_TRIM_SPACE:
      {
        const char *p, *e, *s0 = NULL, *e0 = NULL;
        gsize       w;

        a = sp[-1].p;
        p = gor_str_data (a);
        e = p + gor_str_len (a);
        for (; p < e; p += w)
          if (!go_is_space (decode_rune (p, e, &w)))
            {
              if (s0 == NULL)
                s0 = p;
              e0 = p + w;
            }
        r = s0 ? _gor_vm_sub_value (vm, a, s0, (gsize) (e0 - s0)) : str_value (vm, "", 0);
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
              r = has ? _gor_vm_sub_value (vm, a, gor_str_data (a) + m, n - m) : sp[-2];
          }
        else if (fn == GOR_STRINGS_HAS_SUFFIX || fn == GOR_STRINGS_TRIM_SUFFIX)
          {
            gboolean has = m <= n && memcmp (gor_str_data (a) + n - m, gor_str_data (b), m) == 0;

            if (fn == GOR_STRINGS_HAS_SUFFIX)
              r.i = has;
            else
              r = has ? _gor_vm_sub_value (vm, a, gor_str_data (a), n - m) : sp[-2];
          }
        else
          {
            gint64      count = 0;
            const char *d = gor_str_data (a), *q = gor_str_data (b);

            if (m == 0)
              count = rune_count (d, n) + 1;
            else
              for (gsize i = 0; i + m <= n;)
                {
                  if (memcmp (d + i, q, m) == 0)
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
        GString  *out;
        guint64   total = 0;

        b = sp[-1].p;
        /* the length first: a result past the heap's room ends the run */
        for (gint64 i = 0; i < gor_slice_len (s); i++)
          total += gor_str_len (s->arr->v[s->off + i].p) + (i ? gor_str_len (b) : 0);
        if (!_gor_gc_room (vm, vm->current, (gsize) total))
          {
            *oom_bytes = total;
            sp -= 2;
            break;
          }
        out = g_string_sized_new (total);
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
      r = split (vm, sp[-2].p, sp[-1].p);
      sp -= 2;
      break;
    case GOR_STRINGS_FIELDS:
      {
        g_autoptr (GArray) parts = g_array_new (FALSE, FALSE, sizeof (Piece));
        const char *p, *e, *start = NULL;
        gsize       w;

        a = sp[-1].p;
        p = gor_str_data (a);
        e = p + gor_str_len (a);
        for (; p <= e; p += w)
          {
            gboolean space = p == e || go_is_space (decode_rune (p, e, &w));

            if (p == e)
              w = 1;
            if (space && start)
              {
                Piece pc = { start, (gsize) (p - start) };

                g_array_append_val (parts, pc);
                start = NULL;
              }
            else if (!space && start == NULL)
              start = p;
          }
        r = pieces_slice (vm, a, parts);
        sp -= 1;
        break;
      }
    case GOR_STRINGS_BUILDER_APPEND:
      r = builder_append (vm, sp[-2].p, sp[-1].p, oom_bytes);
      sp -= 2;
      break;
    case GOR_STRINGS_REPLACE_ALL:
      r = replace_all (vm, sp[-3].p, sp[-2].p, sp[-1].p, oom_bytes);
      sp -= 3;
      break;
    default: break;
    }
  *sp++ = r;
  return sp;
}

/* []byte(s) */
GorSlice *
_gor_str_to_bytes (GorVM *vm, GorStr *s)
{
  gsize     n = gor_str_len (s);
  GorArray *arr = gor_array_new_kind (&vm->heap, n, GOR_ARRAY_U8);

  memcpy (arr->v, gor_str_data (s), n);
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

  if (!runes && n > 0 && gor_array_kind (s->arr) != GOR_ARRAY_WIDE)
    return gor_str_new (&vm->heap, (const char *) s->arr->v + s->off, (gsize) n);
  for (gint64 i = 0; i < n; i++)
    {
      if (runes)
        g_string_append_unichar (b, valid_rune (gor_slice_get (s, i).i));
      else
        g_string_append_c (b, (char) gor_slice_get (s, i).i);
    }
  return gor_str_new (&vm->heap, b->str, b->len);
}

/* string(r) for a rune */
GorStr *
_gor_str_from_rune (GorVM *vm, gint64 r)
{
  char buf[8];
  int  n = g_unichar_to_utf8 (valid_rune (r), buf);

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
