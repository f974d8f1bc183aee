/* gor-types.c — Go types, interned
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-types.h"

struct _GorTypes
{
  GHashTable *interned; /* structure key → GorType* */
  GPtrArray  *all;      /* every type, owned */
  GorType    *basic[GOR_TYPE_UNTYPED_NIL + 1];
  GorType    *error;
  GorType    *any;
};

static const char *const basic_names[] = {
  [GOR_TYPE_BOOL] = "bool",
  [GOR_TYPE_INT] = "int",
  [GOR_TYPE_INT8] = "int8",
  [GOR_TYPE_INT16] = "int16",
  [GOR_TYPE_INT32] = "int32",
  [GOR_TYPE_INT64] = "int64",
  [GOR_TYPE_UINT] = "uint",
  [GOR_TYPE_UINT8] = "uint8",
  [GOR_TYPE_UINT16] = "uint16",
  [GOR_TYPE_UINT32] = "uint32",
  [GOR_TYPE_UINT64] = "uint64",
  [GOR_TYPE_FLOAT64] = "float64",
  [GOR_TYPE_FLOAT32] = "float32",
  [GOR_TYPE_COMPLEX128] = "complex128",
  [GOR_TYPE_COMPLEX64] = "complex64",
  [GOR_TYPE_STRING] = "string",
  [GOR_TYPE_MUTEX] = "sync.Mutex",
  [GOR_TYPE_RWMUTEX] = "sync.RWMutex",
  [GOR_TYPE_WAITGROUP] = "sync.WaitGroup",
  [GOR_TYPE_ONCE] = "sync.Once",
  [GOR_TYPE_UNTYPED_BOOL] = "untyped bool",
  [GOR_TYPE_UNTYPED_INT] = "untyped int",
  [GOR_TYPE_UNTYPED_RUNE] = "untyped rune",
  [GOR_TYPE_UNTYPED_FLOAT] = "untyped float",
  [GOR_TYPE_UNTYPED_COMPLEX] = "untyped complex",
  [GOR_TYPE_UNTYPED_STRING] = "untyped string",
  [GOR_TYPE_UNTYPED_NIL] = "untyped nil",
};

static void
field_free (gpointer data)
{
  GorField *f = data;

  g_free (f->name);
  g_free (f);
}

static void
method_free (gpointer data)
{
  GorMethod *m = data;

  g_free (m->name);
  g_free (m);
}

static void
type_free (gpointer data)
{
  GorType *t = data;

  g_free (t->name);
  g_free (t->str);
  /* A named type shares the structure of its underlying type. */
  if (t->underlying == t || t->underlying == NULL)
    {
      g_clear_pointer (&t->fields, g_ptr_array_unref);
      g_clear_pointer (&t->params, g_ptr_array_unref);
      g_clear_pointer (&t->results, g_ptr_array_unref);
    }
  g_clear_pointer (&t->methods, g_ptr_array_unref);
  g_free (t);
}

static GorType *
type_new (GorTypes *types, GorTypeKind kind)
{
  GorType *t = g_new0 (GorType, 1);

  t->kind = kind;
  t->underlying = t;
  g_ptr_array_add (types->all, t);
  return t;
}

GorTypes *
gor_types_new (void)
{
  GorTypes *types = g_new0 (GorTypes, 1);

  types->interned = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, NULL);
  types->all = g_ptr_array_new_with_free_func (type_free);
  for (guint k = GOR_TYPE_BOOL; k <= GOR_TYPE_UNTYPED_NIL; k++)
    {
      if (k >= GOR_TYPE_STRUCT && k <= GOR_TYPE_TUPLE)
        continue;
      types->basic[k] = type_new (types, k);
      types->basic[k]->str = g_strdup (basic_names[k]);
    }
  return types;
}

void
gor_types_free (GorTypes *types)
{
  g_hash_table_unref (types->interned);
  g_ptr_array_unref (types->all);
  g_free (types);
}

GorType *
gor_types_basic (GorTypes *types, GorTypeKind kind)
{
  g_return_val_if_fail (kind <= GOR_TYPE_UNTYPED_NIL, NULL);
  return types->basic[kind];
}

static GorType *
intern (GorTypes *types, char *key)
{
  return g_hash_table_lookup (types->interned, key);
}

GorType *
gor_types_slice (GorTypes *types, GorType *elem)
{
  g_autofree char *key = g_strdup_printf ("[]%p", elem);
  GorType         *t = intern (types, key);

  if (t)
    return t;
  t = type_new (types, GOR_TYPE_SLICE);
  t->elem = elem;
  t->str = g_strdup_printf ("[]%s", gor_type_to_string (elem));
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

GorType *
gor_types_array (GorTypes *types, GorType *elem, gint64 len)
{
  g_autofree char *key = g_strdup_printf ("[%" G_GINT64_FORMAT "]%p", len, elem);
  GorType         *t = intern (types, key);

  if (t)
    return t;
  t = type_new (types, GOR_TYPE_SLICE);
  t->elem = elem;
  t->is_array = TRUE;
  t->len = len;
  t->str = g_strdup_printf ("[%" G_GINT64_FORMAT "]%s", len, gor_type_to_string (elem));
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

GorType *
gor_types_chan (GorTypes *types, GorType *elem, GorChanDir dir)
{
  g_autofree char *key = g_strdup_printf ("chan%d %p", dir, elem);
  GorType         *t = intern (types, key);

  if (t)
    return t;
  t = type_new (types, GOR_TYPE_CHAN);
  t->elem = elem;
  t->dir = dir;
  t->str = g_strdup_printf ("%s%s",
                            dir == GOR_CHAN_SEND_ONLY   ? "chan<- "
                            : dir == GOR_CHAN_RECV_ONLY ? "<-chan "
                                                        : "chan ",
                            gor_type_to_string (elem));
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

GorType *
gor_types_pointer (GorTypes *types, GorType *elem)
{
  g_autofree char *key = g_strdup_printf ("*%p", elem);
  GorType         *t = intern (types, key);

  if (t)
    return t;
  t = type_new (types, GOR_TYPE_POINTER);
  t->elem = elem;
  t->str = g_strdup_printf ("*%s", gor_type_to_string (elem));
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

GorType *
gor_types_map (GorTypes *types, GorType *key_type, GorType *elem)
{
  g_autofree char *key = g_strdup_printf ("map[%p]%p", key_type, elem);
  GorType         *t = intern (types, key);

  if (t)
    return t;
  t = type_new (types, GOR_TYPE_MAP);
  t->key = key_type;
  t->elem = elem;
  t->str = g_strdup_printf ("map[%s]%s", gor_type_to_string (key_type), gor_type_to_string (elem));
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

static void
append_type_list (GString *s, GPtrArray *list, gboolean variadic)
{
  for (guint i = 0; i < list->len; i++)
    {
      GorType *p = g_ptr_array_index (list, i);

      if (i > 0)
        g_string_append (s, ", ");
      if (variadic && i == list->len - 1)
        g_string_append_printf (s, "...%s", gor_type_to_string (p->elem));
      else
        g_string_append (s, gor_type_to_string (p));
    }
}

static char *
sig_key (const char *prefix, GPtrArray *params, GPtrArray *results, gboolean variadic)
{
  GString *s = g_string_new (prefix);

  for (guint i = 0; params && i < params->len; i++)
    g_string_append_printf (s, "%p,", g_ptr_array_index (params, i));
  g_string_append_printf (s, "%s|", variadic ? "..." : "");
  for (guint i = 0; results && i < results->len; i++)
    g_string_append_printf (s, "%p,", g_ptr_array_index (results, i));
  return g_string_free (s, FALSE);
}

GorType *
gor_types_func (GorTypes *types, GPtrArray *params, GPtrArray *results, gboolean variadic)
{
  g_autofree char *key = sig_key ("func", params, results, variadic);
  GorType         *t = intern (types, key);
  GString         *s;

  if (t)
    {
      g_ptr_array_unref (params);
      g_ptr_array_unref (results);
      return t;
    }
  t = type_new (types, GOR_TYPE_FUNC);
  t->params = params;
  t->results = results;
  t->variadic = variadic;
  s = g_string_new ("func(");
  append_type_list (s, params, variadic);
  g_string_append_c (s, ')');
  if (results->len == 1)
    g_string_append_printf (s, " %s", gor_type_to_string (g_ptr_array_index (results, 0)));
  else if (results->len > 1)
    {
      g_string_append (s, " (");
      append_type_list (s, results, FALSE);
      g_string_append_c (s, ')');
    }
  t->str = g_string_free (s, FALSE);
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

GorType *
gor_types_tuple (GorTypes *types, GPtrArray *results)
{
  g_autofree char *key = sig_key ("tuple", NULL, results, FALSE);
  GorType         *t = intern (types, key);
  GString         *s;

  if (t)
    {
      g_ptr_array_unref (results);
      return t;
    }
  t = type_new (types, GOR_TYPE_TUPLE);
  t->results = results;
  s = g_string_new ("(");
  append_type_list (s, results, FALSE);
  g_string_append_c (s, ')');
  t->str = g_string_free (s, FALSE);
  g_hash_table_insert (types->interned, g_steal_pointer (&key), t);
  return t;
}

/* The interned type with this key, or a new one of @kind that takes
 * @fields and the printed form @s.  Takes every argument. */
static GorType *
intern_with_fields (GorTypes *types, GorTypeKind kind, GString *key, GString *s, GPtrArray *fields)
{
  GorType *t = intern (types, key->str);

  g_ptr_array_set_free_func (fields, field_free);
  if (t)
    {
      g_string_free (key, TRUE);
      g_string_free (s, TRUE);
      g_ptr_array_unref (fields); /* the interned type has its own */
      return t;
    }
  t = type_new (types, kind);
  t->fields = fields;
  t->str = g_string_free (s, FALSE);
  g_hash_table_insert (types->interned, g_string_free (key, FALSE), t);
  return t;
}

GorType *
gor_types_struct (GorTypes *types, GPtrArray *fields)
{
  GString *key = g_string_new ("struct{");
  GString *s = g_string_new ("struct {");

  for (guint i = 0; i < fields->len; i++)
    {
      GorField *f = g_ptr_array_index (fields, i);

      g_string_append_printf (key, "%s %p %d;", f->name, f->type, f->embedded);
      if (f->embedded)
        g_string_append_printf (s, "%s%s", i ? "; " : " ", gor_type_to_string (f->type));
      else
        g_string_append_printf (s, "%s%s %s", i ? "; " : " ", f->name, gor_type_to_string (f->type));
    }
  g_string_append (s, fields->len ? " }" : "}");
  return intern_with_fields (types, GOR_TYPE_STRUCT, key, s, fields);
}

GorType *
gor_types_interface (GorTypes *types, GPtrArray *methods)
{
  GString *key = g_string_new ("interface{");
  GString *s = g_string_new ("interface {");

  for (guint i = 0; i < methods->len; i++)
    {
      GorField *f = g_ptr_array_index (methods, i);

      g_string_append_printf (key, "%s %p;", f->name, f->type);
      g_string_append_printf (s, "%s%s%s", i ? "; " : " ", f->name, gor_type_to_string (f->type) + 4);
    }
  g_string_append (s, methods->len ? " }" : "}");
  return intern_with_fields (types, GOR_TYPE_INTERFACE, key, s, methods);
}

GorType *
gor_types_named (GorTypes *types, const char *name)
{
  GorType *t = type_new (types, GOR_TYPE_INVALID);

  t->name = g_strdup (name);
  t->underlying = NULL;
  t->methods = g_ptr_array_new_with_free_func (method_free);
  return t;
}

void
gor_type_set_underlying (GorType *named, GorType *underlying)
{
  GorType *u = gor_type_under (underlying);

  named->underlying = u;
  named->kind = u->kind;
  named->elem = u->elem;
  named->is_array = u->is_array;
  named->len = u->len;
  named->key = u->key;
  named->dir = u->dir;
  named->fields = u->fields;
  named->params = u->params;
  named->results = u->results;
  named->variadic = u->variadic;
}

GorType *
gor_types_error (GorTypes *types)
{
  if (types->error == NULL)
    {
      GPtrArray *methods = g_ptr_array_new ();
      GPtrArray *results = g_ptr_array_new ();
      GorField  *f = g_new0 (GorField, 1);

      g_ptr_array_add (results, types->basic[GOR_TYPE_STRING]);
      f->name = g_strdup ("Error");
      f->type = gor_types_func (types, g_ptr_array_new (), results, FALSE);
      g_ptr_array_add (methods, f);
      types->error = gor_types_named (types, "error");
      gor_type_set_underlying (types->error, gor_types_interface (types, methods));
    }
  return types->error;
}

GorType *
gor_types_any (GorTypes *types)
{
  if (types->any == NULL)
    types->any = gor_types_interface (types, g_ptr_array_new ());
  return types->any;
}

const char *
gor_type_to_string (GorType *t)
{
  if (t == NULL)
    return "invalid type";
  if (t->name)
    return t->name;
  return t->str ? t->str : "invalid type";
}

gboolean
gor_type_is_untyped (GorType *t)
{
  return t->kind >= GOR_TYPE_UNTYPED_BOOL;
}

gboolean
gor_type_is_integer (GorType *t)
{
  return (t->kind >= GOR_TYPE_INT && t->kind <= GOR_TYPE_UINT64) || t->kind == GOR_TYPE_UNTYPED_INT
         || t->kind == GOR_TYPE_UNTYPED_RUNE;
}

gboolean
gor_type_is_unsigned (GorType *t)
{
  return t->kind >= GOR_TYPE_UINT && t->kind <= GOR_TYPE_UINT64;
}

gboolean
gor_type_is_float (GorType *t)
{
  return t->kind == GOR_TYPE_FLOAT64 || t->kind == GOR_TYPE_FLOAT32 || t->kind == GOR_TYPE_UNTYPED_FLOAT;
}

gboolean
gor_type_is_complex (GorType *t)
{
  return t->kind == GOR_TYPE_COMPLEX128 || t->kind == GOR_TYPE_COMPLEX64
         || t->kind == GOR_TYPE_UNTYPED_COMPLEX;
}

gboolean
gor_type_is_numeric (GorType *t)
{
  return gor_type_is_integer (t) || gor_type_is_float (t);
}

gboolean
gor_type_is_string (GorType *t)
{
  return t->kind == GOR_TYPE_STRING || t->kind == GOR_TYPE_UNTYPED_STRING;
}

gboolean
gor_type_is_bool (GorType *t)
{
  return t->kind == GOR_TYPE_BOOL || t->kind == GOR_TYPE_UNTYPED_BOOL;
}

gboolean
gor_type_is_value_object (GorType *t)
{
  switch (t->kind)
    {
    case GOR_TYPE_STRUCT: return t->fields->len > 0;
    case GOR_TYPE_MUTEX:
    case GOR_TYPE_RWMUTEX:
    case GOR_TYPE_WAITGROUP:
    case GOR_TYPE_ONCE: return TRUE;
    case GOR_TYPE_SLICE: return t->is_array;
    default: return FALSE;
    }
}

gboolean
gor_type_comparable (GorType *t)
{
  switch (t->kind)
    {
    case GOR_TYPE_SLICE: return t->is_array && gor_type_comparable (t->elem);
    case GOR_TYPE_MAP:
    case GOR_TYPE_FUNC: return FALSE;
    case GOR_TYPE_STRUCT:
      for (guint i = 0; i < t->fields->len; i++)
        if (!gor_type_comparable (((GorField *) g_ptr_array_index (t->fields, i))->type))
          return FALSE;
      return TRUE;
    default: return TRUE;
    }
}

GorType *
gor_type_default (GorTypes *types, GorType *t)
{
  switch (t->kind)
    {
    case GOR_TYPE_UNTYPED_BOOL: return types->basic[GOR_TYPE_BOOL];
    case GOR_TYPE_UNTYPED_INT: return types->basic[GOR_TYPE_INT];
    case GOR_TYPE_UNTYPED_RUNE: return types->basic[GOR_TYPE_INT32];
    case GOR_TYPE_UNTYPED_FLOAT: return types->basic[GOR_TYPE_FLOAT64];
    case GOR_TYPE_UNTYPED_COMPLEX: return types->basic[GOR_TYPE_COMPLEX128];
    case GOR_TYPE_UNTYPED_STRING: return types->basic[GOR_TYPE_STRING];
    default: return t;
    }
}

GorMethod *
gor_type_lookup_method (GorType *t, const char *name)
{
  if (t == NULL || t->methods == NULL)
    return NULL;
  for (guint i = 0; i < t->methods->len; i++)
    {
      GorMethod *m = g_ptr_array_index (t->methods, i);

      if (g_str_equal (m->name, name))
        return m;
    }
  return NULL;
}

int
gor_type_field_index (GorType *t, const char *name)
{
  if (t->kind != GOR_TYPE_STRUCT)
    return -1;
  for (guint i = 0; i < t->fields->len; i++)
    {
      GorField *f = g_ptr_array_index (t->fields, i);

      if (g_str_equal (f->name, name))
        return (int) i;
    }
  return -1;
}

int
gor_type_int_bits (GorType *t)
{
  switch (t->kind)
    {
    case GOR_TYPE_INT8:
    case GOR_TYPE_UINT8: return 8;
    case GOR_TYPE_INT16:
    case GOR_TYPE_UINT16: return 16;
    case GOR_TYPE_INT32:
    case GOR_TYPE_UINT32: return 32;
    default: return 64;
    }
}
