/* gor-lib-text.c — the rest of the strings package, log's line, os's
 * empty environment
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The STRINGS instruction's operations from GOR_STRINGS_LIB_TEXT on, in
 * Go 1.23's words: each takes its operands off the stack and pushes its
 * results (a Cut pushes three).
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

/* 2009-11-10 23:00:00 UTC, where Go's playground clock starts */
#define PLAYGROUND_EPOCH G_GINT64_CONSTANT (1257894000)

static GorValue
str_value (GorVM *vm, const char *s, gsize len)
{
  GorValue v;

  v.p = gor_str_new (&vm->heap, s, len);
  return v;
}

static GorValue
int_value (gint64 i)
{
  GorValue v;

  v.i = i;
  return v;
}

/* The rune at @p as Go's range reads it: a bad byte is U+FFFD, one byte wide. */
static gunichar
rune_at (const char *p, const char *end, gsize *w)
{
  gunichar ch;

  if (*p == '\0')
    {
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

/* utf8.DecodeLastRuneInString */
static gunichar
last_rune (const char *p, const char *e, gsize *w)
{
  const char *q = e - 1, *lim = e - p > 4 ? e - 4 : p;
  gunichar    r;

  if ((guchar) *q < 0x80)
    {
      *w = 1;
      return (guchar) *q;
    }
  while (q > lim && ((guchar) *q & 0xC0) == 0x80)
    q--;
  r = rune_at (q, e, w);
  if (q + *w != e)
    {
      *w = 1;
      return 0xFFFD;
    }
  return r;
}

static gboolean
valid_rune (gint64 r)
{
  return r >= 0 && r <= 0x10FFFF && !(r >= 0xD800 && r < 0xE000);
}

static gint64
index_rune (const GorStr *s, gint64 r)
{
  const char *p = gor_str_data (s), *e = p + gor_str_len (s);
  gsize       w;

  if (!valid_rune (r))
    return -1;
  for (const char *q = p; q < e; q += w)
    if (rune_at (q, e, &w) == (gunichar) r)
      return q - p;
  return -1;
}

static gboolean
has_rune (const GorStr *chars, gunichar r)
{
  return index_rune (chars, r) >= 0;
}

/* IndexAny, or LastIndexAny when @last */
static gint64
index_any (const GorStr *s, const GorStr *chars, gboolean last)
{
  const char *p = gor_str_data (s), *e = p + gor_str_len (s);
  gint64      found = -1;
  gsize       w;

  if (gor_str_len (chars) == 0)
    return -1;
  for (const char *q = p; q < e; q += w)
    if (has_rune (chars, rune_at (q, e, &w)))
      {
        found = q - p;
        if (!last)
          break;
      }
  return found;
}

static gint64
index_from (const char *s, gsize n, const GorStr *sub, gsize from)
{
  gsize       m = gor_str_len (sub);
  const char *q = gor_str_data (sub);

  for (gsize i = from; i + m <= n; i++)
    if (memcmp (s + i, q, m) == 0)
      return (gint64) i;
  return -1;
}

static gint64
last_index (const GorStr *s, const GorStr *sub)
{
  gsize       n = gor_str_len (s), m = gor_str_len (sub);
  const char *d = gor_str_data (s), *q = gor_str_data (sub);

  if (m > n)
    return -1;
  for (gsize i = n - m + 1; i-- > 0;)
    if (memcmp (d + i, q, m) == 0)
      return (gint64) i;
  return -1;
}

static gint64
count (const GorStr *s, const GorStr *sep)
{
  gsize  n = gor_str_len (s), m = gor_str_len (sep);
  gint64 k = 0;

  if (m == 0)
    {
      gsize w;

      for (const char *q = gor_str_data (s), *e = q + n; q < e; q += w, k++)
        rune_at (q, e, &w);
      return k + 1;
    }
  for (gint64 i = 0; (i = index_from (gor_str_data (s), n, sep, (gsize) i)) >= 0; i += (gint64) m)
    k++;
  return k;
}

/* strings.SplitN / SplitAfterN (@keep: SplitAfter's separator kept) as Go's genSplit */
static GorValue
split_n (GorVM *vm, const GorStr *str, const GorStr *sep, gint64 n, gboolean keep)
{
  const char *s = gor_str_data (str);
  gsize       len = gor_str_len (str), m = gor_str_len (sep), w;
  GorArray   *arr;
  GorValue    v = { 0 };
  gint64      i = 0;

  if (n == 0)
    return v;
  if (m == 0)
    {
      /* explode: one rune a piece, the last piece the rest */
      gint64 runes = count (str, sep) - 1;

      if (n < 0 || n > runes)
        n = runes;
      arr = gor_array_new (&vm->heap, (gsize) n);
      for (; i < n - 1; i++)
        {
          rune_at (s, s + len, &w);
          arr->v[i] = _gor_vm_sub_value (vm, str, s, w);
          s += w;
          len -= w;
        }
      if (n > 0)
        arr->v[n - 1] = _gor_vm_sub_value (vm, str, s, len);
      v.p = gor_slice_new (&vm->heap, arr, 0, n, n);
      return v;
    }
  if (n < 0)
    n = count (str, sep) + 1;
  if ((guint64) n > len + 1)
    n = (gint64) len + 1;
  arr = gor_array_new (&vm->heap, (gsize) n);
  for (; i < n - 1; i++)
    {
      gint64 at = index_from (s, len, sep, 0);

      if (at < 0)
        break;
      arr->v[i] = _gor_vm_sub_value (vm, str, s, (gsize) at + (keep ? m : 0));
      s += (gsize) at + m;
      len -= (gsize) at + m;
    }
  arr->v[i] = _gor_vm_sub_value (vm, str, s, len);
  v.p = gor_slice_new (&vm->heap, arr, 0, i + 1, n);
  return v;
}

/* Trim, TrimLeft, TrimRight (@left, @right) of the runes in @cutset */
static GorValue
trim (GorVM *vm, GorStr *str, const GorStr *cutset, gboolean left, gboolean right)
{
  const char *p = gor_str_data (str), *e = p + gor_str_len (str);
  GorValue    v;
  gsize       w;

  if (left)
    while (p < e && has_rune (cutset, rune_at (p, e, &w)))
      p += w;
  if (right)
    while (p < e && has_rune (cutset, last_rune (p, e, &w)))
      e -= w;
  if (p == gor_str_data (str) && e == p + gor_str_len (str))
    {
      v.p = str;
      return v;
    }
  return _gor_vm_sub_value (vm, str, p, (gsize) (e - p));
}

/* strings.Replace as Go's: the first @n matches (all for n < 0) */
static GorValue
replace (GorVM *vm, GorStr *str, const GorStr *old, const GorStr *nw, gint64 n, gsize *oom_bytes)
{
  const char *s = gor_str_data (str);
  gsize       len = gor_str_len (str), m = gor_str_len (old), start = 0, w;
  gint64      k;
  GorValue    v = { 0 };
  guint64     total;
  GString    *b;

  v.p = str;
  if (gor_str_equal (old, nw) || n == 0 || (k = count (str, old)) == 0)
    return v;
  if (n < 0 || k < n)
    n = k;
  total = len + (guint64) n * gor_str_len (nw);
  if (gor_str_len (nw) > GOR_HEAP_LIMIT || !_gor_gc_room (vm, vm->current, (gsize) total))
    {
      *oom_bytes = MAX (total, 1);
      v.p = NULL;
      return v;
    }
  b = g_string_sized_new (total);
  for (gint64 i = 0; i < n; i++)
    {
      gsize j = start;

      if (m == 0)
        {
          if (i > 0 && start < len)
            {
              rune_at (s + start, s + len, &w);
              j += w;
            }
        }
      else
        j = (gsize) index_from (s, len, old, start);
      g_string_append_len (b, s + start, (gssize) (j - start));
      g_string_append_len (b, gor_str_data (nw), (gssize) gor_str_len (nw));
      start = j + m;
    }
  g_string_append_len (b, s + start, (gssize) (len - start));
  v = str_value (vm, b->str, b->len);
  g_string_free (b, TRUE);
  return v;
}

static gboolean
equal_fold (const GorStr *a, const GorStr *b)
{
  const char *p = gor_str_data (a), *pe = p + gor_str_len (a);
  const char *q = gor_str_data (b), *qe = q + gor_str_len (b);
  gsize       w1, w2;

  while (p < pe && q < qe)
    {
      gunichar x = rune_at (p, pe, &w1), y = rune_at (q, qe, &w2);

      if (x != y && g_unichar_tolower (x) != g_unichar_tolower (y)
          && g_unichar_toupper (x) != g_unichar_toupper (y))
        return FALSE;
      p += w1;
      q += w2;
    }
  return p == pe && q == qe;
}

/* log's header and message: [msg flags^LstdFlags prefix "file.go:line" now] */
static GorValue
log_line (GorVM *vm, GorValue *a)
{
  const GorStr *msg = a[0].p, *prefix = a[2].p, *where = a[3].p;
  gint64        flags = a[1].i ^ 3, now = a[4].i;
  GString      *b = g_string_new (NULL);
  GorValue      v;

  if (!(flags & 64))
    g_string_append_len (b, gor_str_data (prefix), (gssize) gor_str_len (prefix));
  if (flags & (1 | 2 | 4))
    {
      GDateTime *t = g_date_time_new_from_unix_utc (PLAYGROUND_EPOCH + now / G_GINT64_CONSTANT (1000000000));

      if (flags & 1)
        g_string_append_printf (b, "%04d/%02d/%02d ", g_date_time_get_year (t), g_date_time_get_month (t),
                                g_date_time_get_day_of_month (t));
      if (flags & (2 | 4))
        {
          g_string_append_printf (b, "%02d:%02d:%02d", g_date_time_get_hour (t), g_date_time_get_minute (t),
                                  g_date_time_get_second (t));
          if (flags & 4)
            g_string_append_printf (b, ".%06d", (int) (now % G_GINT64_CONSTANT (1000000000) / 1000));
          g_string_append_c (b, ' ');
        }
      g_date_time_unref (t);
    }
  if (flags & (8 | 16))
    {
      g_string_append_len (b, gor_str_data (where), (gssize) gor_str_len (where));
      g_string_append (b, ": ");
    }
  if (flags & 64)
    g_string_append_len (b, gor_str_data (prefix), (gssize) gor_str_len (prefix));
  g_string_append_len (b, gor_str_data (msg), (gssize) gor_str_len (msg));
  if (gor_str_len (msg) == 0 || gor_str_data (msg)[gor_str_len (msg) - 1] != '\n')
    g_string_append_c (b, '\n');
  v = str_value (vm, b->str, b->len);
  g_string_free (b, TRUE);
  return v;
}

/* Cut, CutPrefix, CutSuffix */
static GorValue *
cut (GorVM *vm, int fn, GorValue *sp)
{
  GorStr       *s = sp[-2].p;
  const GorStr *sep = sp[-1].p;
  gsize         n = gor_str_len (s), m = gor_str_len (sep);
  const char   *d = gor_str_data (s);

  sp -= 2;
  if (fn == GOR_STRINGS_CUT)
    {
      gint64 i = index_from (d, n, sep, 0);

      if (i < 0)
        {
          sp[0].p = s;
          sp[1] = str_value (vm, "", 0);
          sp[2].i = 0;
        }
      else
        {
          sp[0] = _gor_vm_sub_value (vm, s, d, (gsize) i);
          sp[1] = _gor_vm_sub_value (vm, s, d + i + m, n - (gsize) i - m);
          sp[2].i = 1;
        }
      return sp + 3;
    }
  {
    gboolean prefix = fn == GOR_STRINGS_CUT_PREFIX;
    gboolean found = m <= n && memcmp (prefix ? d : d + n - m, gor_str_data (sep), m) == 0;

    if (found)
      sp[0] = _gor_vm_sub_value (vm, s, prefix ? d + m : d, n - m);
    else
      sp[0].p = s;
    sp[1].i = found;
    return sp + 2;
  }
}

/* strings.Title (deprecated in Go, still used): the first letter of each
 * word in title case, a word starting after a separator as Go's
 * isSeparator has it: any ASCII but letters, digits and '_'; beyond ASCII,
 * space.  A byte that is not UTF-8 becomes U+FFFD, as strings.Map makes it. */
static gboolean
title_separator (gunichar c)
{
  if (c <= 0x7F)
    return !(g_ascii_isalnum ((char) c) || c == '_');
  if (g_unichar_isalpha (c) || g_unichar_isdigit (c))
    return FALSE;
  return g_unichar_isspace (c);
}

static GorValue
title (GorVM *vm, const GorStr *s)
{
  g_autoptr (GString) t = g_string_new (NULL);
  const char *p = gor_str_data (s), *e = p + gor_str_len (s);
  gunichar    prev = ' ';

  while (p < e)
    {
      gunichar c = g_utf8_get_char_validated (p, e - p);
      gsize    w;

      if (c == (gunichar) -1 || c == (gunichar) -2)
        {
          c = 0xFFFD;
          w = 1;
        }
      else
        w = (gsize) (g_utf8_next_char (p) - p);
      g_string_append_unichar (t, title_separator (prev) ? g_unichar_totitle (c) : c);
      prev = c;
      p += w;
    }
  return str_value (vm, t->str, t->len);
}

GorValue *
_gor_lib_text (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes)
{
  GorValue r = { 0 };

  if (fn >= GOR_STRINGS_NEW_REPLACER)
    return _gor_lib_replacer (vm, fn, sp, perr, oom_bytes);
  switch (fn)
    {
    case GOR_STRINGS_LOG_LINE:
      sp -= 5;
      r = log_line (vm, sp);
      break;
    case GOR_STRINGS_ERROR_TEXT:
      {
        /* errors.New's text, a string of its own that compares by identity */
        const GorStr *s = sp[-1].p;
        gsize         n = gor_str_len (s);
        GorStr       *t = gor_heap_alloc (&vm->heap, GOR_OBJ_STRING, sizeof (GorStr) + n + 1);

        t->len = n;
        memcpy (t->data, gor_str_data (s), n);
        t->data[n] = '\0';
        t->hdr.flags |= GOR_STR_ERROR_IDENTITY;
        sp[-1].p = t;
        return sp;
      }
    case GOR_STRINGS_SSCAN:
    case GOR_STRINGS_SSCANLN:
    case GOR_STRINGS_SSCANF: return _gor_lib_scan (vm, fn, sp);
    case GOR_STRINGS_TITLE:
      sp -= 1;
      r = title (vm, sp[0].p);
      break;
    case GOR_STRINGS_GETENV:
      /* the program's environment is empty */
      sp[-1] = str_value (vm, "", 0);
      return sp;
    case GOR_STRINGS_LOOKUP_ENV:
      sp[-1] = str_value (vm, "", 0);
      sp->i = 0;
      return sp + 1;
    case GOR_STRINGS_CONTAINS_RUNE:
    case GOR_STRINGS_INDEX_RUNE:
      sp -= 2;
      r = int_value (index_rune (sp[0].p, sp[1].i));
      if (fn == GOR_STRINGS_CONTAINS_RUNE)
        r.i = r.i >= 0;
      break;
    case GOR_STRINGS_INDEX_BYTE:
    case GOR_STRINGS_LAST_INDEX_BYTE:
      {
        const GorStr *s = sp[-2].p;
        gsize         n = gor_str_len (s);
        const guchar *d = (const guchar *) gor_str_data (s);
        guchar        ch = (guchar) sp[-1].i;

        sp -= 2;
        r.i = -1;
        for (gsize i = 0; i < n; i++)
          if (d[i] == ch)
            {
              r.i = (gint64) i;
              if (fn == GOR_STRINGS_INDEX_BYTE)
                break;
            }
        break;
      }
    case GOR_STRINGS_CONTAINS_ANY:
    case GOR_STRINGS_INDEX_ANY:
    case GOR_STRINGS_LAST_INDEX_ANY:
      sp -= 2;
      r.i = index_any (sp[0].p, sp[1].p, fn == GOR_STRINGS_LAST_INDEX_ANY);
      if (fn == GOR_STRINGS_CONTAINS_ANY)
        r.i = r.i >= 0;
      break;
    case GOR_STRINGS_LAST_INDEX:
      sp -= 2;
      r.i = last_index (sp[0].p, sp[1].p);
      break;
    case GOR_STRINGS_EQUAL_FOLD:
      sp -= 2;
      r.i = equal_fold (sp[0].p, sp[1].p);
      break;
    case GOR_STRINGS_COMPARE:
      sp -= 2;
      r.i = CLAMP (gor_str_compare (sp[0].p, sp[1].p), -1, 1);
      break;
    case GOR_STRINGS_CLONE: return sp;
    case GOR_STRINGS_SPLIT_N:
    case GOR_STRINGS_SPLIT_AFTER_N:
      sp -= 3;
      r = split_n (vm, sp[0].p, sp[1].p, sp[2].i, fn == GOR_STRINGS_SPLIT_AFTER_N);
      break;
    case GOR_STRINGS_SPLIT_AFTER:
      sp -= 2;
      r = split_n (vm, sp[0].p, sp[1].p, -1, TRUE);
      break;
    case GOR_STRINGS_TRIM:
    case GOR_STRINGS_TRIM_LEFT:
    case GOR_STRINGS_TRIM_RIGHT:
      sp -= 2;
      r = trim (vm, sp[0].p, sp[1].p, fn != GOR_STRINGS_TRIM_RIGHT, fn != GOR_STRINGS_TRIM_LEFT);
      break;
    case GOR_STRINGS_REPLACE:
      sp -= 4;
      r = replace (vm, sp[0].p, sp[1].p, sp[2].p, sp[3].i, oom_bytes);
      break;
    case GOR_STRINGS_CUT:
    case GOR_STRINGS_CUT_PREFIX:
    case GOR_STRINGS_CUT_SUFFIX: return cut (vm, fn, sp);
    default: g_assert_not_reached ();
    }
  *sp++ = r;
  return sp;
}
