/* gor-value.c — heap objects of the VM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-value.h"

gpointer
gor_heap_alloc (GorHeap *heap, GorObjKind kind, gsize size)
{
  GorObj *obj = g_malloc0 (size);

  obj->kind = kind;
  obj->next = heap->objects;
  heap->objects = obj;
  heap->n_objects++;
  heap->bytes += size;
  return obj;
}

void
gor_heap_free_all (GorHeap *heap)
{
  GorObj *obj = heap->objects;

  while (obj != NULL)
    {
      GorObj *next = obj->next;

      g_free (obj);
      obj = next;
    }
  heap->objects = NULL;
  heap->n_objects = 0;
  heap->bytes = 0;
}

GorStr *
gor_str_new (GorHeap *heap, const char *data, gsize len)
{
  GorStr *s;

  if (len == 0)
    return NULL;
  s = gor_heap_alloc (heap, GOR_OBJ_STRING, sizeof (GorStr) + len + 1);
  s->len = len;
  memcpy (s->data, data, len);
  s->data[len] = '\0';
  return s;
}

/* s[lo:hi], lo <= hi <= len (s): s itself when whole, a view of its
 * bytes when long enough (GOR_STR_VIEW_MIN), else a copy. */
GorStr *
gor_str_sub (GorHeap *heap, const GorStr *s, gsize lo, gsize hi)
{
  gsize       n = hi - lo;
  GorStrView *v;

  if (n == 0)
    return NULL;
  if (n == s->len)
    return (GorStr *) s;
  if (n < GOR_STR_VIEW_MIN)
    return gor_str_new (heap, gor_str_data (s) + lo, n);
  v = gor_heap_alloc (heap, GOR_OBJ_STR_VIEW, sizeof (GorStrView));
  v->len = n;
  v->p = gor_str_data (s) + lo;
  v->base = s->hdr.kind == GOR_OBJ_STR_VIEW ? ((const GorStrView *) s)->base : (GorStr *) s;
  return (GorStr *) v;
}

/* A NUL-terminated copy, for the few callers that need a C string. */
char *
gor_str_dup0 (const GorStr *s)
{
  return g_strndup (gor_str_data (s), gor_str_len (s));
}

gboolean
gor_str_equal (const GorStr *a, const GorStr *b)
{
  gsize la = gor_str_len (a), lb = gor_str_len (b);

  if (la != lb)
    return FALSE;
  return la == 0 || a == b || memcmp (gor_str_data (a), gor_str_data (b), la) == 0;
}

int
gor_str_compare (const GorStr *a, const GorStr *b)
{
  gsize la = gor_str_len (a), lb = gor_str_len (b);
  int   c = memcmp (gor_str_data (a), gor_str_data (b), MIN (la, lb));

  if (c != 0)
    return c < 0 ? -1 : 1;
  return la < lb ? -1 : la > lb ? 1 : 0;
}

GorStr *
gor_str_concat (GorHeap *heap, const GorStr *a, const GorStr *b)
{
  gsize   la = gor_str_len (a), lb = gor_str_len (b);
  GorStr *s;

  if (la == 0)
    return (GorStr *) b;
  if (lb == 0)
    return (GorStr *) a;
  s = gor_heap_alloc (heap, GOR_OBJ_STRING, sizeof (GorStr) + la + lb + 1);
  s->len = la + lb;
  memcpy (s->data, gor_str_data (a), la);
  memcpy (s->data + la, gor_str_data (b), lb);
  s->data[la + lb] = '\0';
  return s;
}

GorArray *
gor_array_new (GorHeap *heap, gsize len)
{
  return gor_array_new_kind (heap, len, GOR_ARRAY_WIDE);
}

GorArray *
gor_array_new_kind (GorHeap *heap, gsize len, GorArrayKind kind)
{
  GorArray *a = gor_heap_alloc (heap, GOR_OBJ_ARRAY, sizeof (GorArray) + len * gor_array_elem_size (kind));

  a->len = len;
  a->hdr.aux = kind;
  return a;
}

/* The first @n elements of @a from @vals */
void
gor_array_fill (GorArray *a, const GorValue *vals, gsize n)
{
  if (gor_array_kind (a) == GOR_ARRAY_WIDE)
    memcpy (a->v, vals, n * sizeof (GorValue));
  else
    for (gsize k = 0; k < n; k++)
      gor_array_set (a, (gint64) k, vals[k]);
}

/* copy(): @n elements of @src from @soff to @dst from @doff, which may
 * overlap; the arrays hold one element type but either may be wide. */
void
gor_array_move (GorArray *dst, gsize doff, const GorArray *src, gsize soff, gsize n)
{
  GorArrayKind kind = gor_array_kind (dst);

  if (n == 0)
    return;
  if (kind == gor_array_kind (src))
    {
      gsize w = gor_array_elem_size (kind);

      memmove ((char *) dst->v + doff * w, (const char *) src->v + soff * w, n * w);
    }
  else if (dst == src || doff <= soff)
    for (gsize k = 0; k < n; k++)
      gor_array_set (dst, (gint64) (doff + k), gor_array_get (src, (gint64) (soff + k)));
  else
    for (gsize k = n; k-- > 0;)
      gor_array_set (dst, (gint64) (doff + k), gor_array_get (src, (gint64) (soff + k)));
}

GorSlice *
gor_slice_new (GorHeap *heap, GorArray *arr, gint64 off, gint64 len, gint64 cap)
{
  GorSlice *s = gor_heap_alloc (heap, GOR_OBJ_SLICE, sizeof (GorSlice));

  s->arr = arr;
  s->off = off;
  s->len = len;
  s->cap = cap;
  return s;
}

GorBox *
gor_box_new (GorHeap *heap, GorValue v)
{
  GorBox *b = gor_heap_alloc (heap, GOR_OBJ_BOX, sizeof (GorBox));

  b->v = v;
  return b;
}

GorStruct *
gor_struct_new (GorHeap *heap, gsize n)
{
  GorStruct *s = gor_heap_alloc (heap, GOR_OBJ_STRUCT, sizeof (GorStruct) + n * sizeof (GorValue));

  s->n = n;
  return s;
}

GorIface *
gor_iface_new (GorHeap *heap, GorType *type, GorValue v)
{
  GorIface *i = gor_heap_alloc (heap, GOR_OBJ_IFACE, sizeof (GorIface));

  i->type = type;
  i->v = v;
  return i;
}
