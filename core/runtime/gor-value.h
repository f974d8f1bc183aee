/* gor-value.h — the run-time value model of the VM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A Go value occupies one 64-bit slot (GorValue).  Scalars (int, bool,
 * float64, Duration) live in the slot; everything else is a pointer to a
 * heap object that starts with a GorObj header.  Struct values are heap
 * objects copied on assignment, so a pointer to a struct is the object
 * itself and Level 2 (methods, pointers, interfaces) needs no new shapes.
 *
 * The header's kind and mark bit let the blocked-forever analysis walk
 * what goroutines and globals can reach.  Objects are chained into their
 * heap; the collector (gor-gc.c) frees those nothing reaches, the rest go
 * when the heap is freed.  A slot that points to an object holds the
 * object's own address, never one inside it: the collector finds
 * pointers by those addresses.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef union
{
  gint64   i;
  guint64  u;
  double   f;
  gpointer p;
} GorValue;

typedef enum
{
  GOR_OBJ_STRING,
  GOR_OBJ_ARRAY, /* backing array of a slice */
  GOR_OBJ_SLICE, /* immutable slice header */
  GOR_OBJ_BOX,   /* a variable captured by reference, or *T for non-struct T */
  GOR_OBJ_STRUCT,
  GOR_OBJ_CLOSURE,
  GOR_OBJ_CHAN,
  GOR_OBJ_MUTEX,
  GOR_OBJ_WAITGROUP,
  GOR_OBJ_IFACE, /* a non-nil interface value: dynamic type + value */
  GOR_OBJ_MAP,
  GOR_OBJ_ONCE,
  GOR_OBJ_MAP_ITER,
  GOR_OBJ_REF,      /* *T into an element of an array or a field of a struct */
  GOR_OBJ_STR_VIEW, /* a string sharing another's bytes (GorStrView) */
  GOR_N_OBJ_KINDS
} GorObjKind;

/* The collector's mark, in flags: set only while it collects. */
#define GOR_OBJ_GC_MARK 0x8000

typedef struct _GorObj GorObj;
struct _GorObj
{
  GorObj *next; /* heap chain */
  guint8  kind; /* GorObjKind */
  guint8  mark; /* reachability walk */
  guint16 flags;
  guint32 aux;
};

typedef struct
{
  GorObj hdr;
  gsize  len;
  char   data[]; /* NUL-terminated too, but not a view's bytes */
} GorStr;

/* A substring that shares its parent's bytes, as Go's s[i:j] does: a
 * string value whose object is a GOR_OBJ_STR_VIEW (a kind of its own, so
 * that the collector's sweep of plain strings pays nothing for it).  Its
 * bytes are NOT NUL-terminated: read every string through gor_str_data
 * and gor_str_len.  base is never a view itself (a view of a view points
 * to the root), so the collector keeps the bytes alive by marking it. */
typedef struct
{
  GorObj      hdr;
  gsize       len;
  const char *p;
  GorStr     *base;
} GorStrView;

/* Slicing makes a view from this many bytes on: a view (40 bytes, a
 * 48-byte malloc chunk) saves at least 32 bytes over a copy there, and
 * shorter results (words, digits, keys) stay copies that pin nothing. */
#define GOR_STR_VIEW_MIN 32

/* GorStr flag: a strings.Builder's buffer (gor-strings.c builder_append).
 * Its hdr.aux is the capacity, len the bytes filled so far; the buffer is
 * never a string value itself, only the base of views, and bytes are only
 * ever written past len, where no view reaches. */
#define GOR_STR_GROWABLE 8

/* A GorArray's element width, in its header's aux: a []byte, []uint8,
 * []bool or []int8 keeps one byte per element (GorValue for the rest),
 * read zero- or sign-extended.  Elements go through gor_array_get/set. */
typedef enum
{
  GOR_ARRAY_WIDE = 0,
  GOR_ARRAY_U8 = 1, /* byte, uint8, bool */
  GOR_ARRAY_I8 = 2,
} GorArrayKind;

typedef struct
{
  GorObj   hdr;
  gsize    len;
  GorValue v[]; /* or len bytes when compact */
} GorArray;

typedef struct
{
  GorObj    hdr;
  GorArray *arr;
  gint64    off;
  gint64    len;
  gint64    cap;
} GorSlice;

typedef struct
{
  GorObj   hdr;
  GorValue v;
} GorBox;

typedef struct
{
  GorObj   hdr;
  gsize    n;
  GorValue f[];
} GorStruct;

/* &a[i], &s.f, &global: the cell's address, and the object that holds it
 * (NULL for a package variable) to keep that whole object alive: the
 * collector marks the base, never the cell, and the heap does not move. */
typedef struct
{
  GorObj    hdr;
  GorValue  base;
  GorValue *cell; /* a guint8 * when aux is a compact GorArrayKind */
} GorRef;

/* The variable a pointer to a non-struct type points to: a box of its
 * own or a cell in another object.  Not for a reference to an element of
 * a compact array: read and write those through gor_ptr_load/store. */
static inline GorValue *
gor_ptr_cell (gpointer p)
{
  return ((GorObj *) p)->kind == GOR_OBJ_REF ? ((GorRef *) p)->cell : &((GorBox *) p)->v;
}

static inline GorValue
gor_ptr_load (gpointer p)
{
  GorValue v;

  if (G_LIKELY (((GorObj *) p)->aux == GOR_ARRAY_WIDE || ((GorObj *) p)->kind != GOR_OBJ_REF))
    return *gor_ptr_cell (p);
  if (((GorObj *) p)->aux == GOR_ARRAY_I8)
    v.i = *(gint8 *) ((GorRef *) p)->cell;
  else
    v.i = *(guint8 *) ((GorRef *) p)->cell;
  return v;
}

static inline void
gor_ptr_store (gpointer p, GorValue v)
{
  if (G_LIKELY (((GorObj *) p)->aux == GOR_ARRAY_WIDE || ((GorObj *) p)->kind != GOR_OBJ_REF))
    *gor_ptr_cell (p) = v;
  else
    *(guint8 *) ((GorRef *) p)->cell = (guint8) v.u;
}

/* p == q for pointers: two references to one cell are the same pointer. */
static inline gboolean
gor_ptr_same (gpointer p, gpointer q)
{
  return p == q || (p != NULL && q != NULL && gor_ptr_cell (p) == gor_ptr_cell (q));
}

typedef struct _GorFunc GorFunc;
typedef struct _GorType GorType;

typedef struct
{
  GorObj   hdr;
  GorFunc *fn;
  gsize    n;
  GorValue up[]; /* boxes of captured variables */
} GorClosure;

typedef struct
{
  GorObj   hdr;
  GorType *type; /* dynamic type */
  GorValue v;
} GorIface;

typedef struct _GorHeap GorHeap;
struct _GorHeap
{
  GorObj *objects;
  gsize   n_objects;
  gsize   bytes;
};

gpointer gor_heap_alloc (GorHeap *heap, GorObjKind kind, gsize size);
void     gor_heap_free_all (GorHeap *heap);

GorStr *gor_str_new (GorHeap *heap, const char *data, gsize len);
static inline gsize
gor_str_len (const GorStr *s)
{
  return s ? s->len : 0;
}
static inline const char *
gor_str_data (const GorStr *s)
{
  if (s == NULL)
    return "";
  return G_UNLIKELY (s->hdr.kind == GOR_OBJ_STR_VIEW) ? ((const GorStrView *) s)->p : s->data;
}
GorStr  *gor_str_sub (GorHeap *heap, const GorStr *s, gsize lo, gsize hi);
char    *gor_str_dup0 (const GorStr *s);
gboolean gor_str_equal (const GorStr *a, const GorStr *b);
int      gor_str_compare (const GorStr *a, const GorStr *b);
GorStr  *gor_str_concat (GorHeap *heap, const GorStr *a, const GorStr *b);

GorArray *gor_array_new (GorHeap *heap, gsize len);
GorArray *gor_array_new_kind (GorHeap *heap, gsize len, GorArrayKind kind);
void      gor_array_move (GorArray *dst, gsize doff, const GorArray *src, gsize soff, gsize n);
void      gor_array_fill (GorArray *a, const GorValue *vals, gsize n);

static inline GorArrayKind
gor_array_kind (const GorArray *a)
{
  return (GorArrayKind) a->hdr.aux;
}

/* Bytes per element */
static inline gsize
gor_array_elem_size (GorArrayKind kind)
{
  return kind == GOR_ARRAY_WIDE ? sizeof (GorValue) : 1;
}

static inline GorValue
gor_array_get (const GorArray *a, gint64 i)
{
  GorValue v;

  switch (gor_array_kind (a))
    {
    case GOR_ARRAY_U8: v.i = ((const guint8 *) a->v)[i]; return v;
    case GOR_ARRAY_I8: v.i = ((const gint8 *) a->v)[i]; return v;
    default: return a->v[i];
    }
}

static inline void
gor_array_set (GorArray *a, gint64 i, GorValue v)
{
  if (G_LIKELY (gor_array_kind (a) == GOR_ARRAY_WIDE))
    a->v[i] = v;
  else
    ((guint8 *) a->v)[i] = (guint8) v.u;
}

/* The address of element @i, a guint8 * in a compact array */
static inline gpointer
gor_array_cell (GorArray *a, gint64 i)
{
  return gor_array_kind (a) == GOR_ARRAY_WIDE ? (gpointer) &a->v[i] : (gpointer) & ((guint8 *) a->v)[i];
}
GorSlice *gor_slice_new (GorHeap *heap, GorArray *arr, gint64 off, gint64 len, gint64 cap);
static inline gint64
gor_slice_len (const GorSlice *s)
{
  return s ? s->len : 0;
}
/* The elements of a slice whose array is known to be wide (not a
 * []byte, []bool or []int8): others go through gor_slice_get/set. */
static inline GorValue *
gor_slice_data (const GorSlice *s)
{
  g_assert (s == NULL || gor_array_kind (s->arr) == GOR_ARRAY_WIDE);
  return s ? s->arr->v + s->off : NULL;
}

static inline GorValue
gor_slice_get (const GorSlice *s, gint64 i)
{
  return gor_array_get (s->arr, s->off + i);
}

static inline void
gor_slice_set (const GorSlice *s, gint64 i, GorValue v)
{
  gor_array_set (s->arr, s->off + i, v);
}

GorBox    *gor_box_new (GorHeap *heap, GorValue v);
GorStruct *gor_struct_new (GorHeap *heap, gsize n);
GorIface  *gor_iface_new (GorHeap *heap, GorType *type, GorValue v);

G_END_DECLS
