/* gor-lib-strfunc.c — the strings functions that call a function of the
 * program, and strings.Replacer
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * strings.Map, FieldsFunc, IndexFunc, LastIndexFunc, ContainsFunc and the
 * TrimFunc family call the program's function once per rune, as calls of
 * the goroutine that runs them, the way sort.Slice calls its less
 * function (gor-lib-sort.c): the instruction stops at a call that has not
 * run, the call runs, and the instruction runs again, going on where it
 * stopped.  The calls happen in Go's order, so a function that prints or
 * counts sees what it would see under Go.  The state kept between the
 * runs holds byte offsets and the text built so far, never a pointer into
 * the heap: the string and the function stay on the stack.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

typedef struct
{
  int      phase; /* TrimFunc: 0 trims the left end, 1 the right one */
  gsize    pos;   /* the next rune's offset (backwards: its index in starts) */
  gsize    lo;    /* TrimFunc: where the left trim ended */
  gboolean started;
  gint64   start;  /* FieldsFunc: the open field's start, or -1 */
  GString *out;    /* Map's result so far */
  GArray  *spans;  /* FieldsFunc's fields: pairs of offsets */
  GArray  *starts; /* backwards: the offsets of the runes of the range */
} StrFuncState;

typedef struct
{
  gint32     a;
  GorIface **perr;
  GorValue   r;
} StrFuncWalk;

static void
state_free (gpointer data)
{
  StrFuncState *st = data;

  if (st->out)
    g_string_free (st->out, TRUE);
  if (st->spans)
    g_array_unref (st->spans);
  if (st->starts)
    g_array_unref (st->starts);
  g_free (st);
}

/* f(r); FALSE when the call must run first */
static gboolean
call_rune (GorVM *vm, GorClosure *f, gunichar r, GorValue *out)
{
  GorValue arg;

  arg.i = (gint64) r;
  if (!_gor_fmt_call_func (vm, f->fn, f, &arg, 1, FALSE, out))
    return FALSE;
  _gor_fmt_call_consumed (vm);
  return TRUE;
}

static gunichar
rune_at (const GorStr *s, gsize pos, int *w)
{
  return _gor_utf8_decode ((const guchar *) gor_str_data (s) + pos, gor_str_len (s) - pos, w);
}

static GorValue
str_value (GorVM *vm, const GorStr *s, gsize lo, gsize hi)
{
  GorValue v;

  v.p = gor_str_sub (&vm->heap, s, lo, hi);
  return v;
}

/* Go's utf8.AppendRune: a rune out of range is U+FFFD */
static void
append_rune (GString *out, gint64 r)
{
  char buf[8];

  if (r < 0 || r > 0x10FFFF || (r >= 0xD800 && r <= 0xDFFF))
    r = 0xFFFD;
  g_string_append_len (out, buf, g_unichar_to_utf8 ((gunichar) r, buf));
}

/* The forward scan: from st->pos to @hi, the offset of the first rune
 * whose f(r) is @want (or @hi); FALSE when a call must run first. */
static gboolean
scan_forward (GorVM *vm, StrFuncState *st, const GorStr *s, GorClosure *f, gboolean want, gsize hi,
              gsize *found)
{
  while (st->pos < hi)
    {
      int      w;
      gunichar c = rune_at (s, st->pos, &w);
      GorValue r;

      if (!call_rune (vm, f, c, &r))
        return FALSE;
      if ((r.i != 0) == want)
        {
          *found = st->pos;
          return TRUE;
        }
      st->pos += (gsize) w;
    }
  *found = hi;
  return TRUE;
}

/* Go's lastIndexFunc over [lo, hi): the offset of the last rune whose
 * f(r) is @want, or -1; FALSE when a call must run first. */
static gboolean
scan_backward (GorVM *vm, StrFuncState *st, const GorStr *s, GorClosure *f, gboolean want, gsize lo, gsize hi,
               gint64 *found)
{
  if (st->starts == NULL)
    {
      st->starts = g_array_new (FALSE, FALSE, sizeof (gsize));
      for (gsize p = lo; p < hi;)
        {
          int w;

          rune_at (s, p, &w);
          g_array_append_val (st->starts, p);
          p += (gsize) MAX (w, 1);
        }
      st->pos = st->starts->len;
    }
  while (st->pos > 0)
    {
      gsize    p = g_array_index (st->starts, gsize, st->pos - 1);
      int      w;
      gunichar c = rune_at (s, p, &w);
      GorValue r;

      if (!call_rune (vm, f, c, &r))
        return FALSE;
      if ((r.i != 0) == want)
        {
          *found = (gint64) p;
          return TRUE;
        }
      st->pos--;
    }
  *found = -1;
  return TRUE;
}

/* TrimRightFunc over [lo, hi): the end of what stays */
static gboolean
trim_right (GorVM *vm, StrFuncState *st, const GorStr *s, GorClosure *f, gsize lo, gsize hi, gsize *end)
{
  gint64 i;
  int    w;

  if (!scan_backward (vm, st, s, f, FALSE, lo, hi, &i))
    return FALSE;
  if (i < 0)
    *end = lo;
  else
    {
      rune_at (s, (gsize) i, &w);
      *end = (gsize) i + (gsize) MAX (w, 1);
    }
  return TRUE;
}

static gboolean
walk_map (GorVM *vm, StrFuncState *st, const GorStr *s, GorClosure *f, StrFuncWalk *w)
{
  gsize n = gor_str_len (s);

  if (st->out == NULL)
    st->out = g_string_new (NULL);
  while (st->pos < n)
    {
      int      width;
      gunichar c = rune_at (s, st->pos, &width);
      GorValue r;

      if (!call_rune (vm, f, c, &r))
        return FALSE;
      if ((gint32) r.i >= 0)
        append_rune (st->out, (gint32) r.i);
      st->pos += (gsize) width;
    }
  w->r.p = gor_str_new (&vm->heap, st->out->str, st->out->len);
  return TRUE;
}

static gboolean
walk_fields (GorVM *vm, StrFuncState *st, const GorStr *s, GorClosure *f, StrFuncWalk *w)
{
  gsize     n = gor_str_len (s);
  GorArray *arr;
  guint     k;

  if (!st->started)
    {
      st->spans = g_array_new (FALSE, FALSE, sizeof (gsize));
      st->start = -1;
      st->started = TRUE;
    }
  while (st->pos < n)
    {
      int      width;
      gunichar c = rune_at (s, st->pos, &width);
      GorValue r;

      if (!call_rune (vm, f, c, &r))
        return FALSE;
      if (r.i != 0 && st->start >= 0)
        {
          gsize lo = (gsize) st->start;

          g_array_append_val (st->spans, lo);
          g_array_append_val (st->spans, st->pos);
          st->start = -1;
        }
      else if (r.i == 0 && st->start < 0)
        st->start = (gint64) st->pos;
      st->pos += (gsize) width;
    }
  if (st->start >= 0)
    {
      gsize lo = (gsize) st->start;

      g_array_append_val (st->spans, lo);
      g_array_append_val (st->spans, n);
      st->start = -1;
    }
  k = st->spans->len / 2;
  arr = gor_array_new (&vm->heap, k);
  for (guint i = 0; i < k; i++)
    arr->v[i] = str_value (vm, s, g_array_index (st->spans, gsize, 2 * i),
                           g_array_index (st->spans, gsize, 2 * i + 1));
  w->r.p = gor_slice_new (&vm->heap, arr, 0, k, k);
  return TRUE;
}

static gboolean
walk (GorVM *vm, GorValue *args, gpointer data)
{
  StrFuncWalk  *w = data;
  StrFuncState *st = _gor_fmt_call_state (vm, sizeof *st, state_free);
  gboolean      map = w->a == GOR_STRFUNC_MAP;
  const GorStr *s = map ? args[1].p : args[0].p;
  GorClosure   *f = map ? args[0].p : args[1].p;
  gsize         n = gor_str_len (s), at, end;
  gint64        i;

  /* with no runes, f is never called (it may be nil) */
  if (n > 0 && f == NULL)
    {
      *w->perr = _gor_vm_error (vm, GOR_NIL_DEREF);
      return TRUE;
    }
  switch (w->a)
    {
    case GOR_STRFUNC_MAP: return walk_map (vm, st, s, f, w);
    case GOR_STRFUNC_FIELDS: return walk_fields (vm, st, s, f, w);
    case GOR_STRFUNC_INDEX:
    case GOR_STRFUNC_CONTAINS:
      if (!scan_forward (vm, st, s, f, TRUE, n, &at))
        return FALSE;
      i = at < n ? (gint64) at : -1;
      w->r.i = w->a == GOR_STRFUNC_INDEX ? i : i >= 0;
      return TRUE;
    case GOR_STRFUNC_LAST_INDEX:
      if (!scan_backward (vm, st, s, f, TRUE, 0, n, &i))
        return FALSE;
      w->r.i = i;
      return TRUE;
    case GOR_STRFUNC_TRIM_LEFT:
      if (!scan_forward (vm, st, s, f, FALSE, n, &at))
        return FALSE;
      w->r = str_value (vm, s, at, n);
      return TRUE;
    case GOR_STRFUNC_TRIM_RIGHT:
      if (!trim_right (vm, st, s, f, 0, n, &end))
        return FALSE;
      w->r = str_value (vm, s, 0, end);
      return TRUE;
    default: /* TrimFunc: the left end, then the right one of the rest */
      if (st->phase == 0)
        {
          if (!scan_forward (vm, st, s, f, FALSE, n, &at))
            return FALSE;
          st->lo = at;
          st->phase = 1;
        }
      if (!trim_right (vm, st, s, f, st->lo, n, &end))
        return FALSE;
      w->r = str_value (vm, s, st->lo, end);
      return TRUE;
    }
}

/* SORT a = GOR_STRFUNC_*: the string and the function on @g's stack are
 * replaced by the result, unless a call of the function must run first. */
GorFmtStep
_gor_lib_strfunc_step (GorVM *vm, GorG *g, gint32 a, guint b, GorIface **perr)
{
  StrFuncWalk w = { a, perr, { 0 } };
  GorFmtStep  step;

  (void) b;
  step = _gor_fmt_call_step (vm, g, 2, walk, &w);
  if (step == GOR_FMT_DONE)
    {
      g->sp -= 2;
      g->stack[g->sp++] = w.r;
    }
  return step;
}

/* ---- strings.Replacer ---- */

/* Go's genericReplacer: at each offset the first pair in argument order
 * whose old string starts there wins; an empty old string matches
 * everywhere, but not twice in a row at one offset.  (Go's faster
 * replacers for single bytes give the same text.) */
static GorValue
replace_pairs (GorVM *vm, const GorSlice *pairs, const GorStr *s, gsize *oom_bytes)
{
  const GorValue *pv = pairs ? gor_slice_data (pairs) : NULL;
  gint64          n_pairs = pairs ? pairs->len / 2 : 0;
  const char     *p = gor_str_data (s);
  gsize           n = gor_str_len (s), last = 0;
  gboolean        prev_empty = FALSE;
  GString        *out = g_string_new (NULL);
  GorValue        r = { 0 };

  for (gsize i = 0; i <= n;)
    {
      gint64 k;

      for (k = 0; k < n_pairs; k++)
        {
          const GorStr *old = pv[2 * k].p;
          gsize         m = gor_str_len (old);

          if (m == 0 ? !prev_empty : m <= n - i && memcmp (p + i, gor_str_data (old), m) == 0)
            break;
        }
      if (k < n_pairs)
        {
          gsize m = gor_str_len (pv[2 * k].p);

          prev_empty = m == 0;
          g_string_append_len (out, p + last, (gssize) (i - last));
          g_string_append_len (out, gor_str_data (pv[2 * k + 1].p), (gssize) gor_str_len (pv[2 * k + 1].p));
          i += m;
          last = i;
          continue;
        }
      prev_empty = FALSE;
      i++;
    }
  if (last < n)
    g_string_append_len (out, p + last, (gssize) (n - last));
  if (!_gor_gc_room (vm, vm->current, out->len))
    *oom_bytes = MAX (out->len, 1);
  else if (out->len == n && memcmp (out->str, p, n) == 0)
    r.p = (gpointer) s;
  else
    r.p = gor_str_new (&vm->heap, out->str, out->len);
  g_string_free (out, TRUE);
  return r;
}

GorValue *
_gor_lib_replacer (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes)
{
  if (fn == GOR_STRINGS_NEW_REPLACER)
    {
      /* [oldnew] → a copy of it, which the caller's slice cannot change */
      GorSlice *s = sp[-1].p;
      gint64    n = s ? s->len : 0;
      GorArray *arr;

      if (n % 2 == 1)
        {
          *perr = _gor_vm_string_panic (vm, "strings.NewReplacer: odd argument count");
          return sp;
        }
      arr = gor_array_new (&vm->heap, (gsize) n);
      if (n > 0)
        memcpy (arr->v, gor_slice_data (s), (gsize) n * sizeof (GorValue));
      sp[-1].p = gor_slice_new (&vm->heap, arr, 0, n, n);
      return sp;
    }
  /* [pairs s] → the replaced text */
  sp[-2] = replace_pairs (vm, sp[-2].p, sp[-1].p, oom_bytes);
  return sp - 1;
}
