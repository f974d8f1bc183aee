/* gor-object.c — what the VM does with a value of a given type: its zero
 * value, a copy, equality, and the methods an interface call finds
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

GorValue
_gor_value_zero (GorVM *vm, GorType *t)
{
  GorValue v = { 0 };

  switch (t->kind)
    {
    case GOR_TYPE_STRUCT:
      if (t->fields->len > 0)
        {
          GorStruct *s = gor_struct_new (&vm->heap, t->fields->len);

          for (guint i = 0; i < t->fields->len; i++)
            {
              GorField *f = g_ptr_array_index (t->fields, i);

              if (gor_type_is_value_object (f->type))
                s->f[i] = _gor_value_zero (vm, f->type);
            }
          v.p = s;
        }
      break;
    case GOR_TYPE_MUTEX:
    case GOR_TYPE_RWMUTEX:
      v.p = _gor_mutex_new (vm, GOR_OBJ_MUTEX);
      if (t->kind == GOR_TYPE_RWMUTEX)
        ((GorObj *) v.p)->flags = 1;
      break;
    case GOR_TYPE_WAITGROUP: v.p = _gor_waitgroup_new (vm); break;
    case GOR_TYPE_ONCE: v.p = gor_box_new (&vm->heap, v); break;
    case GOR_TYPE_SLICE:
      /* an array: a slice of its own storage, never nil */
      if (t->is_array)
        {
          GorArray *arr = gor_array_new_kind (&vm->heap, (gsize) t->len, gor_type_array_kind (t->elem));

          if (gor_type_is_value_object (t->elem))
            for (gint64 i = 0; i < t->len; i++)
              arr->v[i] = _gor_value_zero (vm, gor_type_under (t->elem));
          v.p = gor_slice_new (&vm->heap, arr, 0, t->len, t->len);
        }
      break;
    default: break;
    }
  return v;
}

GorValue
_gor_value_clone (GorVM *vm, GorType *t, GorValue v)
{
  GorValue r = v;

  if (v.p == NULL)
    return _gor_value_zero (vm, t);
  switch (t->kind)
    {
    case GOR_TYPE_STRUCT:
      {
        GorStruct *s = v.p, *n = gor_struct_new (&vm->heap, s->n);

        for (guint i = 0; i < s->n; i++)
          {
            GorField *f = g_ptr_array_index (t->fields, i);

            n->f[i] = gor_type_is_value_object (f->type) ? _gor_value_clone (vm, f->type, s->f[i]) : s->f[i];
          }
        r.p = n;
        break;
      }
    case GOR_TYPE_MUTEX:
    case GOR_TYPE_RWMUTEX:
      {
        GorMutex *m = _gor_mutex_new (vm, GOR_OBJ_MUTEX);

        m->hdr.flags = ((GorObj *) v.p)->flags;
        m->state = ((GorMutex *) v.p)->state;
        r.p = m;
        break;
      }
    case GOR_TYPE_WAITGROUP:
      {
        GorWaitGroup *wg = _gor_waitgroup_new (vm);

        wg->counter = ((GorWaitGroup *) v.p)->counter;
        r.p = wg;
        break;
      }
    case GOR_TYPE_ONCE: r.p = gor_box_new (&vm->heap, ((GorBox *) v.p)->v); break;
    case GOR_TYPE_SLICE:
      if (t->is_array)
        {
          GorSlice *src = v.p;
          GorArray *arr = gor_array_new_kind (&vm->heap, (gsize) t->len, gor_array_kind (src->arr));
          gboolean  deep = gor_type_is_value_object (t->elem);

          if (!deep)
            gor_array_move (arr, 0, src->arr, (gsize) src->off, (gsize) t->len);
          else
            for (gint64 i = 0; i < t->len; i++)
              arr->v[i] = _gor_value_clone (vm, gor_type_under (t->elem), gor_slice_get (src, i));
          r.p = gor_slice_new (&vm->heap, arr, 0, t->len, t->len);
        }
      break;
    default: break;
    }
  return r;
}

gboolean
_gor_value_equal (GorType *t, GorValue a, GorValue b)
{
  GorType *u = gor_type_under (t);

  switch (u->kind)
    {
    case GOR_TYPE_STRING: return gor_str_equal (a.p, b.p);
    case GOR_TYPE_FLOAT32:
    case GOR_TYPE_FLOAT64: return a.f == b.f;
    case GOR_TYPE_COMPLEX64:
    case GOR_TYPE_COMPLEX128:
      /* NULL is 0+0i (gor-complex.h) */
      return (a.p ? ((GorStruct *) a.p)->f[0].f : 0) == (b.p ? ((GorStruct *) b.p)->f[0].f : 0)
             && (a.p ? ((GorStruct *) a.p)->f[1].f : 0) == (b.p ? ((GorStruct *) b.p)->f[1].f : 0);
    case GOR_TYPE_STRUCT:
      if (u->fields->len == 0)
        return TRUE;
      if (a.p == NULL || b.p == NULL)
        return a.p == b.p;
      for (guint i = 0; i < u->fields->len; i++)
        if (!_gor_value_equal (((GorField *) g_ptr_array_index (u->fields, i))->type,
                               ((GorStruct *) a.p)->f[i], ((GorStruct *) b.p)->f[i]))
          return FALSE;
      return TRUE;
    case GOR_TYPE_SLICE:
      if (!u->is_array)
        return a.p == b.p;
      for (gint64 i = 0; i < u->len; i++)
        if (!_gor_value_equal (u->elem, gor_slice_get (a.p, i), gor_slice_get (b.p, i)))
          return FALSE;
      return TRUE;
    case GOR_TYPE_INTERFACE:
      {
        GorIface *x = a.p, *y = b.p;

        if (x == NULL || y == NULL)
          return x == y;
        if (x->type != y->type)
          return FALSE;
        /* two errors.New values are pointers in Go: equal only if the same */
        if (x->type->name != NULL && strcmp (x->type->name, "*errors.errorString") == 0 && x->v.p != y->v.p
            && x->v.p != NULL && y->v.p != NULL
            && ((((GorObj *) x->v.p)->flags | ((GorObj *) y->v.p)->flags) & GOR_STR_ERROR_IDENTITY))
          return FALSE;
        return _gor_value_equal (x->type, x->v, y->v);
      }
    case GOR_TYPE_POINTER:
      return gor_type_is_value_object (gor_type_under (u->elem)) ? a.p == b.p : gor_ptr_same (a.p, b.p);
    default: return a.i == b.i;
    }
}

GorMethod *
_gor_type_find_method (GorType *t, const char *name, gboolean *deref)
{
  GorMethod *m = gor_type_lookup_method (t, name);

  *deref = FALSE;
  if (m == NULL && t->kind == GOR_TYPE_POINTER && t->name == NULL)
    {
      m = gor_type_lookup_method (t->elem, name);
      if (m && !m->ptr_recv && !gor_type_is_value_object (t->elem))
        *deref = TRUE;
    }
  return m;
}

gboolean
_gor_type_implements (GorType *t, GorType *iface)
{
  GorType *iu = gor_type_under (iface);

  for (guint i = 0; iu->fields && i < iu->fields->len; i++)
    {
      GorField  *f = g_ptr_array_index (iu->fields, i);
      gboolean   deref;
      GorMethod *m = _gor_type_find_method (t, f->name, &deref);

      if (m == NULL || (m->ptr_recv && t->kind != GOR_TYPE_POINTER))
        return FALSE;
    }
  return TRUE;
}

const char *
_gor_type_iface_name (GorType *t)
{
  GorType *u = gor_type_under (t);

  if (t->name)
    return t->name;
  if (u->kind == GOR_TYPE_INTERFACE && (u->fields == NULL || u->fields->len == 0))
    return "interface {}";
  return gor_type_to_string (t);
}

/* The capacity Go 1.23's growslice gives a slice of @cap elements that
 * must hold @need (nextslicecap: doubled, or grown by a quarter plus 192
 * past 256), then rounded up to the allocator's size class (roundupsize).
 * @elem is APPEND's b operand: the element's size, and 0x8000 when it
 * holds pointers, for then objects past 512 bytes carry an 8-byte header. */
gint64
_gor_slice_grow_cap (gint64 cap, gint64 need, guint elem)
{
  static const guint16 classes[] = {
    8,     16,    24,    32,    48,    64,    80,    96,    112,   128,   144,   160,   176,   192,
    208,   224,   240,   256,   288,   320,   352,   384,   416,   448,   480,   512,   576,   640,
    704,   768,   896,   1024,  1152,  1280,  1408,  1536,  1792,  2048,  2304,  2688,  3072,  3200,
    3456,  4096,  4864,  5376,  6144,  6528,  6784,  6912,  8192,  9472,  9728,  10240, 10880, 12288,
    13568, 14336, 16384, 18432, 19072, 20480, 21760, 24576, 27264, 28672, 32768,
  };
  gint64   size = elem & 0x7FFF;
  gboolean pointers = (elem & 0x8000) != 0;
  gint64   ncap = cap, bytes;

  if (size == 0)
    return need;
  if (need > cap + cap)
    ncap = need;
  else if (cap < 256)
    ncap = cap + cap;
  else
    {
      while (0 < ncap && ncap < need)
        ncap += (ncap + 3 * 256) / 4;
      if (ncap <= 0)
        ncap = need;
    }
  if (ncap > G_MAXINT64 / size)
    return ncap;
  bytes = ncap * size;
  if (bytes <= 32768 - 8)
    {
      gint64 header = pointers && bytes > 512 ? 8 : 0;

      for (guint i = 0; i < G_N_ELEMENTS (classes); i++)
        if (classes[i] >= bytes + header)
          {
            bytes = classes[i] - header;
            break;
          }
    }
  else
    bytes = (bytes + 8191) / 8192 * 8192;
  return bytes / size;
}

/* make(T, len, cap) for a slice type (@has_cap: cap was given).  NULL
 * with the panic in @perr, or with the size asked for in @oom_bytes when
 * the heap is full. */
GorSlice *
_gor_slice_make (GorVM *vm, GorType *slice_type, gint64 len, gint64 cap, gboolean has_cap, GorIface **perr,
                 gsize *oom_bytes)
{
  GorType     *elem = gor_type_under (slice_type)->elem;
  GorArrayKind kind = gor_type_array_kind (elem);
  gsize        w = gor_array_elem_size (kind);
  GorArray    *arr;

  if (len < 0)
    *perr = _gor_vm_error (vm, "runtime error: makeslice: len out of range");
  else if (has_cap && cap < len)
    *perr = _gor_vm_error (vm, "runtime error: makeslice: cap out of range");
  else if (cap > (G_GINT64_CONSTANT (1) << 28))
    *perr = _gor_vm_error (vm, "runtime error: makeslice: len out of range");
  if (*perr)
    return NULL;
  if (G_UNLIKELY (!_gor_gc_room (vm, vm->current, (gsize) cap * w)))
    {
      *oom_bytes = (gsize) cap * w;
      return NULL;
    }
  arr = gor_array_new_kind (&vm->heap, (gsize) cap, kind);
  if (gor_type_is_value_object (elem))
    for (gint64 i = 0; i < cap; i++)
      arr->v[i] = _gor_value_zero (vm, elem);
  return gor_slice_new (&vm->heap, arr, 0, len, cap);
}

/* The bounds of s[lo:hi:max] (@b: 1 lo given, 2 hi, 4 max, 8 a string)
 * checked as Go checks them, in its order — max against cap, hi against
 * max, lo against hi — each compared unsigned, so a negative index fails
 * too; FALSE with Go's panic in @perr.  Omitted bounds are filled in. */
gboolean
_gor_slice_bounds (GorVM *vm, guint b, gint64 cap, gint64 len, gint64 *lo, gint64 *hi, gint64 *max,
                   GorIface **perr)
{
  const char *what = (b & 8) ? "length" : "capacity";

  *perr = NULL;
  if (b & 4)
    {
      if ((guint64) *max > (guint64) cap)
        *perr = *max < 0 ? _gor_vm_error (
                    vm, "runtime error: slice bounds out of range [::%" G_GINT64_FORMAT "]", *max)
                         : _gor_vm_error (vm,
                                          "runtime error: slice bounds out of range [::%" G_GINT64_FORMAT
                                          "] with capacity %" G_GINT64_FORMAT,
                                          *max, cap);
      else if ((guint64) *hi > (guint64) *max)
        *perr = *hi < 0 ? _gor_vm_error (
                    vm, "runtime error: slice bounds out of range [:%" G_GINT64_FORMAT ":]", *hi)
                        : _gor_vm_error (vm,
                                         "runtime error: slice bounds out of range [:%" G_GINT64_FORMAT
                                         ":%" G_GINT64_FORMAT "]",
                                         *hi, *max);
      else if ((guint64) *lo > (guint64) *hi)
        *perr = *lo < 0 ? _gor_vm_error (
                    vm, "runtime error: slice bounds out of range [%" G_GINT64_FORMAT "::]", *lo)
                        : _gor_vm_error (vm,
                                         "runtime error: slice bounds out of range [%" G_GINT64_FORMAT
                                         ":%" G_GINT64_FORMAT ":]",
                                         *lo, *hi);
      return *perr == NULL;
    }
  if (max)
    *max = cap;
  if (!(b & 2))
    *hi = len;
  else if ((guint64) *hi > (guint64) cap)
    *perr = *hi < 0
                ? _gor_vm_error (vm, "runtime error: slice bounds out of range [:%" G_GINT64_FORMAT "]", *hi)
                : _gor_vm_error (vm,
                                 "runtime error: slice bounds out of range [:%" G_GINT64_FORMAT
                                 "] with %s %" G_GINT64_FORMAT,
                                 *hi, what, cap);
  if (*perr == NULL && (guint64) *lo > (guint64) *hi)
    *perr = *lo < 0
                ? _gor_vm_error (vm, "runtime error: slice bounds out of range [%" G_GINT64_FORMAT ":]", *lo)
                : _gor_vm_error (vm,
                                 "runtime error: slice bounds out of range [%" G_GINT64_FORMAT
                                 ":%" G_GINT64_FORMAT "]",
                                 *lo, *hi);
  return *perr == NULL;
}

/* The first method of @iface, by name as Go sorts them, that @t lacks */
static const char *
missing_method (GorType *t, GorType *iface)
{
  GorType    *iu = gor_type_under (iface);
  const char *first = NULL;

  for (guint i = 0; iu->fields && i < iu->fields->len; i++)
    {
      GorField  *f = g_ptr_array_index (iu->fields, i);
      gboolean   deref;
      GorMethod *m = _gor_type_find_method (t, f->name, &deref);

      if ((m == NULL || (m->ptr_recv && t->kind != GOR_TYPE_POINTER))
          && (first == NULL || strcmp (f->name, first) < 0))
        first = f->name;
    }
  return first ? first : "";
}

/* The panic of a failed x.(to) without ok, worded as Go's
 * runtime.TypeAssertionError; @from is x's static interface type (NULL
 * when unknown) */
GorIface *
_gor_type_assert_error (GorVM *vm, GorIface *x, GorType *from, GorType *to)
{
  const char *inter = from ? _gor_type_iface_name (from) : "interface";

  /* assertE2I and assertI2I do not know x's static type */
  if (gor_type_under (to)->kind == GOR_TYPE_INTERFACE)
    inter = "interface";
  if (x == NULL)
    return _gor_vm_error (vm, "interface conversion: %s is nil, not %s", inter, _gor_type_iface_name (to));
  if (gor_type_under (to)->kind == GOR_TYPE_INTERFACE)
    return _gor_vm_error (vm, "interface conversion: %s is not %s: missing method %s",
                          _gor_type_iface_name (x->type), _gor_type_iface_name (to),
                          missing_method (x->type, to));
  return _gor_vm_error (vm, "interface conversion: %s is %s, not %s", from ? inter : "interface {}",
                        _gor_type_iface_name (x->type), gor_type_to_string (to));
}

/* The array append writes @n more elements into after @s's: @s's own
 * when the capacity allows, else a new one holding @s's elements (NULL
 * with the size asked for in @oom_bytes when the heap is full).  @elem is
 * the APPEND operand: Go's element size and 0x8000 when it holds
 * pointers, or 0x8000 | GorArrayKind for a compact element (no element
 * with pointers is smaller than 8 bytes). */
static GorArray *
append_room (GorVM *vm, GorSlice *s, gint64 n, guint elem, gint64 *off, gint64 *cap, gsize *oom_bytes)
{
  gint64       len = gor_slice_len (s);
  GorArrayKind kind = GOR_ARRAY_WIDE;
  GorArray    *arr;
  gint64       ncap;

  *cap = s ? s->cap : 0;
  if ((elem & 0x8000) && (elem & 0x7FFF) < 8)
    {
      kind = (GorArrayKind) (elem & 0x7FFF);
      elem = 1;
    }
  if (s)
    kind = gor_array_kind (s->arr);
  if (s && len + n <= *cap)
    {
      *off = s->off;
      return s->arr;
    }
  ncap = _gor_slice_grow_cap (*cap, len + n, elem);
  if (G_UNLIKELY (!_gor_gc_room (vm, vm->current, (gsize) ncap * gor_array_elem_size (kind))))
    {
      *oom_bytes = (gsize) ncap * gor_array_elem_size (kind);
      return NULL;
    }
  arr = gor_array_new_kind (&vm->heap, (gsize) ncap, kind);
  if (len)
    gor_array_move (arr, 0, s->arr, (gsize) s->off, (gsize) len);
  *off = 0;
  *cap = ncap;
  return arr;
}

/* append: @n values from @vals (which may lie in @s's own array) after
 * @s's elements, in place when the capacity allows; NULL with the size
 * asked for in @oom_bytes when the heap is full. */
GorSlice *
_gor_slice_append (GorVM *vm, GorSlice *s, const GorValue *vals, gint64 n, guint elem, gsize *oom_bytes)
{
  gint64    len = gor_slice_len (s);
  gint64    cap, off;
  GorArray *arr = append_room (vm, s, n, elem, &off, &cap, oom_bytes);

  if (arr == NULL)
    return NULL;
  if (gor_array_kind (arr) == GOR_ARRAY_WIDE)
    memmove (arr->v + off + len, vals, (gsize) n * sizeof (GorValue));
  else
    for (gint64 k = 0; k < n; k++)
      gor_array_set (arr, off + len + k, vals[k]);
  return gor_slice_new (&vm->heap, arr, off, len + n, cap);
}

/* append(s, t...): @t's elements (which may share @s's array) after @s's */
GorSlice *
_gor_slice_append_slice (GorVM *vm, GorSlice *s, GorSlice *t, guint elem, gsize *oom_bytes)
{
  gint64    len = gor_slice_len (s), n = gor_slice_len (t);
  gint64    cap, off;
  GorArray *arr;

  if (s == NULL && n > 0 && gor_array_kind (t->arr) != GOR_ARRAY_WIDE)
    elem = 0x8000 | gor_array_kind (t->arr);
  arr = append_room (vm, s, n, elem, &off, &cap, oom_bytes);
  if (arr == NULL)
    return NULL;
  gor_array_move (arr, (gsize) (off + len), t->arr, (gsize) t->off, (gsize) n);
  return gor_slice_new (&vm->heap, arr, off, len + n, cap);
}

/* The user method @name of no arguments returning a string (String,
 * Error) of a value of type @t: its function, with the receiver in @arg;
 * NULL when there is none. */
GorFunc *
_gor_vm_string_method (GorVM *vm, GorType *t, GorValue v, const char *name, GorMethod **method, GorValue *arg)
{
  gboolean   deref;
  GorMethod *m;
  GorType   *sig;

  if (t == NULL || (t->methods == NULL && !(t->kind == GOR_TYPE_POINTER && t->name == NULL)))
    return NULL;
  m = _gor_type_find_method (t, name, &deref);
  if (m == NULL || m->func < 0 || (m->ptr_recv && t->kind != GOR_TYPE_POINTER))
    return NULL;
  /* the time types' values print through their built-in String
   * (gor-lib-timeval.c), without a call */
  if (!deref && t->name != NULL && g_str_has_prefix (t->name, "time."))
    return NULL;
  sig = m->sig;
  if (sig->params->len != 0 || sig->results->len != 1
      || gor_type_under (g_ptr_array_index (sig->results, 0))->kind != GOR_TYPE_STRING)
    return NULL;
  *arg = v;
  if (deref)
    {
      if (v.p == NULL)
        return NULL;
      *arg = gor_ptr_load (v.p);
    }
  if (method)
    *method = m;
  return g_ptr_array_index (vm->program->funcs, m->func);
}

gboolean
_gor_vm_call_string_method (GorVM *vm, GorType *t, GorValue v, const char *name, GorValue *result)
{
  GorMethod *m;
  GorValue   arg;

  g_clear_pointer (&vm->method_panic, g_free);
  /* a panic is leaving the fmt call that printed a panic, or a stack
   * overflow is ending the run: nothing runs */
  if (vm->method_repanic || vm->method_overflow || vm->method_exit)
    return FALSE;
  /* fmt's calls run in the goroutine that formats (gor-fmt-call.c), and
   * so do the panic value's methods at the end of a run
   * (gor-panic-print.c): they have run before the value is printed */
  if (!vm->fmt_active || _gor_vm_string_method (vm, t, v, name, &m, &arg) == NULL)
    return FALSE;
  return _gor_fmt_call_result (vm, m, arg, result);
}

/* A runtime error value (runtime.Error) with the message @fmt. */
GorIface *
_gor_vm_error (GorVM *vm, const char *fmt, ...)
{
  va_list          ap;
  g_autofree char *msg = NULL;
  GorValue         v;

  va_start (ap, fmt);
  msg = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  {
    /* Go names no length for a negative index: "index out of range [-1]" */
    char *w = g_str_has_prefix (msg, "runtime error: index out of range [-") ? strstr (msg, "] with length ")
                                                                             : NULL;

    if (w)
      w[1] = '\0';
  }
  v.p = gor_str_new (&vm->heap, msg, strlen (msg));
  /* type_refs[1] is runtime.Error */
  return gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 1), v);
}
