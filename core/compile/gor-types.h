/* gor-types.h — Go types as the compiler and the run time see them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Unnamed composite types are interned (one GorType per structure), so type
 * identity is pointer equality.  A named type ("main.T", "time.Duration")
 * is its own GorType whose structure repeats its underlying type's.
 */
#pragma once

#include <glib.h>

#include "gor-ast.h"
#include "gor-value.h"

G_BEGIN_DECLS

typedef enum
{
  GOR_TYPE_INVALID,
  GOR_TYPE_BOOL,
  GOR_TYPE_INT,
  GOR_TYPE_INT8,
  GOR_TYPE_INT16,
  GOR_TYPE_INT32,
  GOR_TYPE_INT64,
  GOR_TYPE_UINT,
  GOR_TYPE_UINT8,
  GOR_TYPE_UINT16,
  GOR_TYPE_UINT32,
  GOR_TYPE_UINT64,
  GOR_TYPE_FLOAT64,
  GOR_TYPE_FLOAT32,
  GOR_TYPE_COMPLEX128,
  GOR_TYPE_COMPLEX64,
  GOR_TYPE_STRING,
  GOR_TYPE_STRUCT,
  GOR_TYPE_SLICE,
  GOR_TYPE_CHAN,
  GOR_TYPE_FUNC,
  GOR_TYPE_POINTER,
  GOR_TYPE_MAP,
  GOR_TYPE_INTERFACE,
  GOR_TYPE_TUPLE,     /* results of a multi-value call */
  GOR_TYPE_MUTEX,     /* sync.Mutex */
  GOR_TYPE_RWMUTEX,   /* sync.RWMutex */
  GOR_TYPE_WAITGROUP, /* sync.WaitGroup */
  GOR_TYPE_ONCE,      /* sync.Once */
  GOR_TYPE_UNTYPED_BOOL,
  GOR_TYPE_UNTYPED_INT,
  GOR_TYPE_UNTYPED_RUNE,
  GOR_TYPE_UNTYPED_FLOAT,
  GOR_TYPE_UNTYPED_COMPLEX,
  GOR_TYPE_UNTYPED_STRING,
  GOR_TYPE_UNTYPED_NIL,
} GorTypeKind;

typedef struct
{
  char    *name;
  GorType *type;
  gboolean embedded;
} GorField;

typedef struct
{
  char    *name;
  GorType *sig;  /* FUNC type without the receiver */
  int      func; /* index in the program's functions, or one of GOR_METHOD_… */
  gboolean ptr_recv;
  gboolean promoted; /* a wrapper that calls an embedded field's method */
} GorMethod;

/* Built-in methods (GorMethod.func below 0): Error() of the built-in
 * error types, and the sync.Locker methods of *sync.Mutex, *sync.RWMutex
 * and RWMutex.RLocker()'s value. */
#define GOR_METHOD_ERROR (-1)
#define GOR_METHOD_LOCK (-2)
#define GOR_METHOD_UNLOCK (-3)
#define GOR_METHOD_RLOCK (-4)
#define GOR_METHOD_RUNLOCK (-5)

struct _GorType
{
  GorTypeKind kind;
  char       *name;       /* named types: "main.T"; NULL otherwise */
  GorType    *underlying; /* itself for unnamed types */
  GorType    *elem;       /* SLICE CHAN POINTER MAP (value) */
  gboolean    is_array;   /* SLICE: an array [len]elem, a value of its own */
  gint64      len;        /* SLICE with is_array */
  GorType    *key;        /* MAP */
  GorChanDir  dir;        /* CHAN */
  GPtrArray  *fields;     /* GorField*: STRUCT; INTERFACE: methods as fields (type = FUNC) */
  GPtrArray  *params;     /* GorType*: FUNC */
  GPtrArray  *results;    /* GorType*: FUNC, TUPLE */
  gboolean    variadic;   /* FUNC */
  GPtrArray  *methods;    /* GorMethod*: named types */
  char       *str;        /* Go spelling: "[]int", "chan<- int", "struct {}" */
};

typedef struct _GorTypes GorTypes;

GorTypes *gor_types_new (void);
void      gor_types_free (GorTypes *types);

GorType *gor_types_basic (GorTypes *types, GorTypeKind kind);
GorType *gor_types_slice (GorTypes *types, GorType *elem);
/* [len]elem: a SLICE with is_array, whose values are copied as a whole. */
GorType *gor_types_array (GorTypes *types, GorType *elem, gint64 len);
GorType *gor_types_chan (GorTypes *types, GorType *elem, GorChanDir dir);
GorType *gor_types_pointer (GorTypes *types, GorType *elem);
GorType *gor_types_map (GorTypes *types, GorType *key, GorType *elem);
/* Takes ownership of @params and @results (GorType* arrays, no free func). */
GorType *gor_types_func (GorTypes *types, GPtrArray *params, GPtrArray *results, gboolean variadic);
GorType *gor_types_tuple (GorTypes *types, GPtrArray *results);
/* Takes ownership of @fields (GorField*). */
GorType *gor_types_struct (GorTypes *types, GPtrArray *fields);
GorType *gor_types_interface (GorTypes *types, GPtrArray *methods);
/* A new named type; set its underlying with gor_type_set_underlying(). */
GorType *gor_types_named (GorTypes *types, const char *name);
void     gor_type_set_underlying (GorType *named, GorType *underlying);
GorType *gor_types_error (GorTypes *types); /* the predeclared `error` interface */
GorType *gor_types_any (GorTypes *types);

static inline GorType *
gor_type_under (GorType *t)
{
  return t->underlying ? t->underlying : t;
}
const char *gor_type_to_string (GorType *t);
gboolean    gor_type_is_untyped (GorType *t);
gboolean    gor_type_is_integer (GorType *t);
gboolean    gor_type_is_unsigned (GorType *t);
gboolean    gor_type_is_float (GorType *t);
/* complex64, complex128 and untyped complex constants: not numeric for
 * gor_type_is_numeric, which stays the ordered numbers */
gboolean gor_type_is_complex (GorType *t);
gboolean gor_type_is_numeric (GorType *t);
gboolean gor_type_is_string (GorType *t);
gboolean gor_type_is_bool (GorType *t);
/* Whether a value of the type is a heap object copied on assignment. */
gboolean   gor_type_is_value_object (GorType *t);
gboolean   gor_type_comparable (GorType *t);
GorType   *gor_type_default (GorTypes *types, GorType *untyped);
GorMethod *gor_type_lookup_method (GorType *t, const char *name);
int        gor_type_field_index (GorType *t, const char *name);
/* Bit size of sized integer kinds (64 for int/uint). */
int gor_type_int_bits (GorType *t);

/* How an array of @elem keeps its elements: one byte each for byte,
 * uint8, bool and int8, a GorValue for the rest. */
static inline GorArrayKind
gor_type_array_kind (GorType *elem)
{
  switch (gor_type_under (elem)->kind)
    {
    case GOR_TYPE_UINT8:
    case GOR_TYPE_BOOL: return GOR_ARRAY_U8;
    case GOR_TYPE_INT8: return GOR_ARRAY_I8;
    default: return GOR_ARRAY_WIDE;
    }
}

G_END_DECLS
