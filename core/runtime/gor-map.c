/* gor-map.c — Go maps for the VM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Entries live in insertion order in an array; a GHashTable indexes them by
 * key.  Keys are hashed by their type: strings by content, everything else
 * by its slot bits (ints, bools, pointers, channels).
 */

#include "config.h"

#include <string.h>

#include "gor-map-private.h"

typedef struct
{
  GorValue key;
  GorValue val;
  gboolean alive;
} Entry;

struct _GorMap
{
  GorObj      hdr;
  GorType    *type;
  GorType    *key_type; /* for KEY_TYPED keys */
  gboolean    str_keys;
  gboolean    float_keys;
  GArray     *entries; /* Entry */
  GHashTable *index;   /* key → entry index + 1 */
  gint64      len;
  gsize       table_bytes; /* entries and index, counted in the heap's bytes */
  guint       iter_epoch;  /* the collection that found an iterator over it */
};

typedef struct
{
  GorObj  hdr;
  GorMap *map;
  guint  *order;
  guint   n;
  guint   pos;
} MapIter;

/* What one entry costs: its slot in the array, its key record and the
 * hash table's node, counted in the run's memory budget. */
#define ENTRY_BYTES (sizeof (Entry) + sizeof (gpointer) + 32)

/* Keys are stored in the hash table as pointers to a small key record. */
typedef struct
{
  GorValue v;
  gboolean str;  /* TRUE: a string, KEY_IFACE: an interface, KEY_TYPED: see below */
  GorType *type; /* a KEY_TYPED key's type */
} Key;

#define KEY_IFACE 2
/* Structs, arrays, floats and pointers to non-structs: hashed and compared as Go's ==
 * does (+0 == -0, NaN != NaN). */
#define KEY_TYPED 3

static guint
str_hash (const GorStr *s)
{
  const char *d = gor_str_data (s);
  gsize       n = gor_str_len (s);
  guint       h = 5381;

  for (gsize i = 0; i < n; i++)
    h = h * 33 + (guchar) d[i];
  return h;
}

static guint
slot_hash (GorValue v)
{
  return (guint) (v.u ^ (v.u >> 32)) * 2654435761u;
}

/* A pointer to a non-struct type hashes by the cell it designates: &a[i]
 * taken twice is two reference objects but one pointer. */
static guint
pointer_hash (GorType *u, GorValue v)
{
  GorValue cell;

  if (v.p == NULL || gor_type_is_value_object (gor_type_under (u->elem)))
    return slot_hash (v);
  cell.p = gor_ptr_cell (v.p);
  return slot_hash (cell);
}

/* An interface key (sync.Map's): its dynamic type and its value, by
 * content for strings; struct and array values hash by type alone and
 * are told apart by equality. */
static guint
iface_hash (const GorIface *x)
{
  GorType *u;
  guint    h;

  if (x == NULL)
    return 0;
  u = gor_type_under (x->type);
  h = (guint) GPOINTER_TO_SIZE (x->type) * 2654435761u;
  if (gor_type_is_string (u))
    return h ^ str_hash (x->v.p);
  if (gor_type_is_value_object (u))
    return h;
  if (u->kind == GOR_TYPE_POINTER)
    return h ^ pointer_hash (u, x->v);
  return h ^ slot_hash (x->v);
}

/* A KEY_TYPED key's hash: what _gor_value_equal tells equal hashes alike. */
static guint
value_hash (GorType *t, GorValue v)
{
  GorType *u = gor_type_under (t);
  guint    h = 17;

  switch (u->kind)
    {
    case GOR_TYPE_STRING: return str_hash (v.p);
    case GOR_TYPE_FLOAT32:
    case GOR_TYPE_FLOAT64: return v.f == 0 ? 0 : slot_hash (v);
    case GOR_TYPE_COMPLEX64:
    case GOR_TYPE_COMPLEX128:
      {
        /* its parts, each as a float: 0+0i may be NULL or an object */
        GorValue re = v.p ? ((GorStruct *) v.p)->f[0] : (GorValue){ .f = 0 };
        GorValue im = v.p ? ((GorStruct *) v.p)->f[1] : (GorValue){ .f = 0 };

        return (re.f == 0 ? 0 : slot_hash (re)) * 31 + (im.f == 0 ? 0 : slot_hash (im));
      }
    case GOR_TYPE_INTERFACE: return iface_hash (v.p);
    case GOR_TYPE_POINTER: return pointer_hash (u, v);
    case GOR_TYPE_STRUCT:
      if (u->fields->len == 0 || v.p == NULL)
        return 0;
      for (guint i = 0; i < u->fields->len; i++)
        h = h * 31
            + value_hash (((GorField *) g_ptr_array_index (u->fields, i))->type, ((GorStruct *) v.p)->f[i]);
      return h;
    case GOR_TYPE_SLICE:
      if (!u->is_array)
        break;
      for (gint64 i = 0; i < u->len; i++)
        h = h * 31 + value_hash (u->elem, gor_slice_get (v.p, i));
      return h;
    default: break;
    }
  return slot_hash (v);
}

static guint
key_hash (gconstpointer p)
{
  const Key *k = p;

  if (k->str == KEY_TYPED)
    return value_hash (k->type, k->v);
  if (k->str == KEY_IFACE)
    return iface_hash (k->v.p);
  if (k->str)
    return str_hash (k->v.p);
  return slot_hash (k->v);
}

static gboolean
key_equal (gconstpointer a, gconstpointer b)
{
  const Key *x = a, *y = b;

  if (x->str == KEY_TYPED)
    return _gor_value_equal (x->type, x->v, y->v);
  if (x->str == KEY_IFACE)
    {
      const GorIface *i = x->v.p, *j = y->v.p;

      if (i == NULL || j == NULL)
        return i == j;
      return i->type == j->type && _gor_value_equal (i->type, i->v, j->v);
    }
  if (x->str)
    return gor_str_equal (x->v.p, y->v.p);
  return x->v.u == y->v.u;
}

GorValue
_gor_map_new (GorVM *vm, GorType *map_type)
{
  GorMap  *m = gor_heap_alloc (&vm->heap, GOR_OBJ_MAP, sizeof (GorMap));
  GorType *kt = gor_type_under (gor_type_under (map_type)->key);
  GorValue v;

  m->type = map_type;
  m->str_keys = gor_type_is_string (kt) ? TRUE : kt->kind == GOR_TYPE_INTERFACE ? KEY_IFACE : FALSE;
  m->float_keys = gor_type_is_float (kt);
  if (kt->kind == GOR_TYPE_STRUCT || kt->is_array || m->float_keys || gor_type_is_complex (kt)
      || (kt->kind == GOR_TYPE_POINTER && !gor_type_is_value_object (gor_type_under (kt->elem))))
    {
      m->str_keys = KEY_TYPED;
      m->key_type = kt;
    }
  m->entries = g_array_new (FALSE, FALSE, sizeof (Entry));
  m->index = g_hash_table_new_full (key_hash, key_equal, g_free, NULL);
  v.p = m;
  return v;
}

void
_gor_map_release (GorObj *obj)
{
  GorMap *m = (GorMap *) obj;

  if (obj->kind == GOR_OBJ_MAP)
    {
      g_array_unref (m->entries);
      g_hash_table_unref (m->index);
    }
  else
    g_free (((MapIter *) obj)->order);
}

static gint64
lookup (GorMap *m, GorValue key)
{
  Key k = { key, m->str_keys, m->key_type };

  if (m->float_keys && key.f == 0)
    k.v.f = 0.0; /* -0 == +0 */
  return GPOINTER_TO_SIZE (g_hash_table_lookup (m->index, &k)) - 1;
}

GorValue
_gor_map_get (GorVM *vm, GorMap *m, GorType *map_type, GorValue key, gboolean *ok)
{
  gint64   i = m ? lookup (m, key) : -1;
  GorValue zero = { 0 };

  if (ok)
    *ok = i >= 0;
  if (i >= 0)
    return g_array_index (m->entries, Entry, i).val;
  (void) vm;
  (void) map_type;
  return zero;
}

void
_gor_map_set (GorVM *vm, GorMap *m, GorValue key, GorValue val)
{
  gint64 i = lookup (m, key);
  Entry  e;
  Key   *k;

  if (i >= 0)
    {
      g_array_index (m->entries, Entry, i).val = val;
      return;
    }
  e.key = key;
  e.val = val;
  e.alive = TRUE;
  g_array_append_val (m->entries, e);
  k = g_new (Key, 1);
  k->v = key;
  k->str = m->str_keys;
  k->type = m->key_type;
  g_hash_table_insert (m->index, k, GSIZE_TO_POINTER (m->entries->len));
  m->len++;
  m->table_bytes += ENTRY_BYTES;
  vm->heap.bytes += ENTRY_BYTES;
}

void
_gor_map_delete (GorMap *m, GorValue key)
{
  gint64 i;
  Key    k;

  if (m == NULL)
    return;
  i = lookup (m, key);
  if (i < 0)
    return;
  k.v = key;
  k.str = m->str_keys;
  k.type = m->key_type;
  g_hash_table_remove (m->index, &k);
  g_array_index (m->entries, Entry, i).alive = FALSE;
  m->len--;
}

gint64
_gor_map_len (GorMap *m)
{
  return m ? m->len : 0;
}

gpointer
_gor_map_iter (GorVM *vm, GorMap *m)
{
  MapIter *it = gor_heap_alloc (&vm->heap, GOR_OBJ_MAP_ITER, sizeof (MapIter));

  it->map = m;
  it->n = m ? m->entries->len : 0;
  it->order = g_new (guint, it->n + 1);
  vm->heap.bytes += (it->n + 1) * sizeof (guint);
  for (guint i = 0; i < it->n; i++)
    it->order[i] = i;
  /* Go's map order is unspecified and varies: draw it from the seed. */
  for (guint i = it->n; i > 1; i--)
    {
      guint j = (guint) (_gor_sched_rand (vm) % i);
      guint t = it->order[i - 1];

      it->order[i - 1] = it->order[j];
      it->order[j] = t;
    }
  return it;
}

gboolean
_gor_map_next (gpointer iter, GorValue *key, GorValue *val)
{
  MapIter *it = iter;

  while (it->pos < it->n)
    {
      Entry *e = &g_array_index (it->map->entries, Entry, it->order[it->pos++]);

      if (e->alive)
        {
          *key = e->key;
          *val = e->val;
          return TRUE;
        }
    }
  key->i = 0;
  val->i = 0;
  return FALSE;
}

static int
float_cmp (double x, double y)
{
  if (x != x || y != y)
    return (y != y) - (x != x);
  return x < y ? -1 : x > y;
}

/* fmt's order of keys: structs field by field and arrays element by
 * element, NaN before every other float. */
static int
value_cmp (GorType *t, GorValue x, GorValue y)
{
  GorType *u = gor_type_under (t);
  int      r;

  if (gor_type_is_string (u))
    return gor_str_compare (x.p, y.p);
  if (gor_type_is_complex (u))
    {
      /* fmt orders complex keys by real part, then imaginary part */
      double xr = x.p ? ((GorStruct *) x.p)->f[0].f : 0, yr = y.p ? ((GorStruct *) y.p)->f[0].f : 0;
      double xi = x.p ? ((GorStruct *) x.p)->f[1].f : 0, yi = y.p ? ((GorStruct *) y.p)->f[1].f : 0;

      r = float_cmp (xr, yr);
      return r != 0 ? r : float_cmp (xi, yi);
    }
  if (gor_type_is_float (u))
    return float_cmp (x.f, y.f);
  if (u->kind == GOR_TYPE_STRUCT && u->fields->len > 0 && x.p != NULL && y.p != NULL)
    {
      for (guint i = 0; i < u->fields->len; i++)
        if ((r = value_cmp (((GorField *) g_ptr_array_index (u->fields, i))->type, ((GorStruct *) x.p)->f[i],
                            ((GorStruct *) y.p)->f[i]))
            != 0)
          return r;
      return 0;
    }
  if (u->kind == GOR_TYPE_SLICE && u->is_array)
    {
      for (gint64 i = 0; i < u->len; i++)
        if ((r = value_cmp (u->elem, gor_slice_get (x.p, i), gor_slice_get (y.p, i))) != 0)
          return r;
      return 0;
    }
  if (gor_type_is_unsigned (u))
    return x.u < y.u ? -1 : x.u > y.u;
  return x.i < y.i ? -1 : x.i > y.i;
}

static int
entry_cmp (gconstpointer a, gconstpointer b, gpointer key_type)
{
  const Entry *x = a, *y = b;

  return value_cmp (key_type, x->key, y->key);
}

GArray *
_gor_map_sorted (GorMap *m)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (Entry) > 0 ? 2 * sizeof (GorValue) : 0);

  if (m == NULL)
    return out;
  {
    GArray *tmp = g_array_new (FALSE, FALSE, sizeof (Entry));

    for (guint i = 0; i < m->entries->len; i++)
      if (g_array_index (m->entries, Entry, i).alive)
        g_array_append_val (tmp, g_array_index (m->entries, Entry, i));
    g_array_sort_with_data (tmp, entry_cmp, gor_type_under (m->type)->key);
    for (guint i = 0; i < tmp->len; i++)
      {
        Entry   *e = &g_array_index (tmp, Entry, i);
        GorValue kv[2] = { e->key, e->val };

        g_array_append_vals (out, kv, 1);
      }
    g_array_unref (tmp);
  }
  return out;
}

GorType *
_gor_map_type (GorMap *m)
{
  return m->type;
}

gsize
_gor_map_bytes (GorObj *obj)
{
  if (obj->kind == GOR_OBJ_MAP)
    return sizeof (GorMap) + ((GorMap *) obj)->table_bytes;
  return sizeof (MapIter) + (((MapIter *) obj)->n + 1) * sizeof (guint);
}

void
_gor_map_visit (GorObj *obj, guint epoch, GorMapVisitFunc func, gpointer data)
{
  GorMap *m;

  if (obj->kind == GOR_OBJ_MAP_ITER)
    {
      GorValue v;

      v.p = ((MapIter *) obj)->map;
      func (&v, 1, data);
      if (v.p != NULL)
        ((GorMap *) v.p)->iter_epoch = epoch;
      return;
    }
  m = (GorMap *) obj;
  for (guint i = 0; i < m->entries->len; i++)
    {
      Entry *e = &g_array_index (m->entries, Entry, i);

      if (e->alive)
        func (&e->key, 2, data);
    }
}

GArray *
_gor_map_values (GorObj *obj)
{
  GArray *out = g_array_new (FALSE, FALSE, sizeof (GorValue));
  GorMap *m = obj->kind == GOR_OBJ_MAP ? (GorMap *) obj : ((MapIter *) obj)->map;

  if (obj->kind == GOR_OBJ_MAP_ITER)
    {
      GorValue v;

      v.p = m;
      g_array_append_val (out, v);
      return out;
    }
  for (guint i = 0; m && i < m->entries->len; i++)
    {
      Entry *e = &g_array_index (m->entries, Entry, i);

      if (!e->alive)
        continue;
      g_array_append_val (out, e->key);
      g_array_append_val (out, e->val);
    }
  return out;
}

/* Deleted entries stay in the array, for the iterators index it: a map
 * that churns would grow without end.  When no iterator is left (none
 * was found in collection @epoch) and most entries are deleted, the live
 * ones move down and the index is rebuilt.  Returns the bytes freed. */
gsize
_gor_map_compact (GorObj *obj, guint epoch)
{
  GorMap *m = (GorMap *) obj;
  GArray *entries;
  gsize   freed;

  if (obj->kind != GOR_OBJ_MAP || m->iter_epoch == epoch || m->entries->len < 64
      || (gint64) m->entries->len < 2 * m->len)
    return 0;
  entries = g_array_sized_new (FALSE, FALSE, sizeof (Entry), (guint) m->len);
  g_hash_table_remove_all (m->index);
  for (guint i = 0; i < m->entries->len; i++)
    {
      Entry *e = &g_array_index (m->entries, Entry, i);
      Key   *k;

      if (!e->alive)
        continue;
      g_array_append_val (entries, *e);
      k = g_new (Key, 1);
      k->v = e->key;
      k->str = m->str_keys;
      k->type = m->key_type;
      g_hash_table_insert (m->index, k, GSIZE_TO_POINTER (entries->len));
    }
  freed = (gsize) (m->entries->len - entries->len) * ENTRY_BYTES;
  g_array_unref (m->entries);
  m->entries = entries;
  m->table_bytes -= MIN (m->table_bytes, freed);
  return freed;
}
