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
  GOR_OBJ_REF, /* *T into an element of an array or a field of a struct */
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
  char   data[]; /* NUL-terminated too */
} GorStr;

typedef struct
{
  GorObj   hdr;
  gsize    len;
  GorValue v[];
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
  GorValue *cell;
} GorRef;

/* The variable a pointer to a non-struct type points to: a box of its
 * own or a cell in another object. */
static inline GorValue *
gor_ptr_cell (gpointer p)
{
  return ((GorObj *) p)->kind == GOR_OBJ_REF ? ((GorRef *) p)->cell : &((GorBox *) p)->v;
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
  return s ? s->data : "";
}
gboolean gor_str_equal (const GorStr *a, const GorStr *b);
int      gor_str_compare (const GorStr *a, const GorStr *b);
GorStr  *gor_str_concat (GorHeap *heap, const GorStr *a, const GorStr *b);

GorArray *gor_array_new (GorHeap *heap, gsize len);
GorSlice *gor_slice_new (GorHeap *heap, GorArray *arr, gint64 off, gint64 len, gint64 cap);
static inline gint64
gor_slice_len (const GorSlice *s)
{
  return s ? s->len : 0;
}
static inline GorValue *
gor_slice_data (const GorSlice *s)
{
  return s ? s->arr->v + s->off : NULL;
}

GorBox    *gor_box_new (GorHeap *heap, GorValue v);
GorStruct *gor_struct_new (GorHeap *heap, gsize n);
GorIface  *gor_iface_new (GorHeap *heap, GorType *type, GorValue v);

G_END_DECLS
