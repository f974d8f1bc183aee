/* gor-check-type.c — types written in the program: resolving, assignability, conversions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

/* A type as Go's messages name it: types of the program itself carry no
 * package prefix ("T", not "main.T"). */
const char *
_gor_compile_tname (GorCompiler *c, GorType *t)
{
  const char *full = gor_type_to_string (t);
  GString    *s;

  /* the runtime's names are reflect's ("struct { x int }"); the checker
   * writes types as Go's type checker does ("struct{x int}"), without
   * the package's own qualifier */
  if (strstr (full, "main.") == NULL && strchr (full, '{') == NULL)
    return full;
  s = g_string_new (NULL);
  for (const char *p = full; *p; p++)
    {
      gboolean start = p == full || !(g_ascii_isalnum (p[-1]) || p[-1] == '_' || p[-1] == '.');

      if (start && g_str_has_prefix (p, "main.") && p[5] != '\0')
        p += strlen ("main.");
      if (*p == ' ' && (p[1] == '{' || p[1] == '}'))
        continue;
      g_string_append_c (s, *p);
      if (*p == '{' && p[1] == ' ')
        p++;
    }
  return _gor_compile_keep (c, g_string_free (s, FALSE), g_free);
}

GorType *
_gor_compile_func_type_from_ast (GorCompiler *c, GorAstExpr *ft, GorAstField *recv)
{
  GPtrArray *params = g_ptr_array_new ();
  GPtrArray *results = g_ptr_array_new ();
  gboolean   variadic = FALSE;

  for (guint i = 0; ft->params && i < ft->params->len; i++)
    {
      GorAstField *f = g_ptr_array_index (ft->params, i);
      GorType     *t;
      guint        n = MAX (f->names ? f->names->len : 0, 1);

      if (f->type && f->type->kind == GOR_EXPR_ELLIPSIS)
        {
          /* not variadic then: calls must not pack arguments for it */
          if (i != ft->params->len - 1 || n > 1)
            _gor_compile_error_at (c, f->type->pos, "can only use ... with final parameter in list");
          else
            variadic = TRUE;
          t = gor_types_slice (c->types, _gor_compile_resolve_type (c, f->type->x));
        }
      else
        t = _gor_compile_resolve_type (c, f->type);
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (params, t);
    }
  for (guint i = 0; ft->results && i < ft->results->len; i++)
    {
      GorAstField *f = g_ptr_array_index (ft->results, i);
      GorType     *t = _gor_compile_resolve_type (c, f->type);
      guint        n = MAX (f->names ? f->names->len : 0, 1);

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (results, t);
    }
  (void) recv;
  return gor_types_func (c->types, params, results, variadic);
}

static void
add_field (GorCompiler *c, GPtrArray *fields, const char *name, GorPos pos, GorType *t, gboolean embedded)
{
  GorField *gf;

  for (guint k = 0; k < fields->len; k++)
    if (strcmp (((GorField *) g_ptr_array_index (fields, k))->name, name) == 0 && strcmp (name, "_") != 0)
      _gor_compile_error_at (c, pos, "%s redeclared", name);
  gf = g_new0 (GorField, 1);
  gf->name = g_strdup (name);
  gf->type = t;
  gf->embedded = embedded;
  g_ptr_array_add (fields, gf);
}

/* An embedded field T, *T or pkg.T: a field named T whose fields and
 * methods are promoted (gor-embed.c). */
static void
add_embedded_field (GorCompiler *c, GPtrArray *fields, GorAstField *f, GorType *t)
{
  const char *name = _gor_compile_embedded_name (f->type);
  GorType    *u = gor_type_under (t);

  if (name == NULL)
    {
      _gor_compile_error_at (c, f->pos, "embedded field type must be a type name");
      return;
    }
  if (u->kind == GOR_TYPE_POINTER && t->name == NULL)
    {
      if (u->elem->kind == GOR_TYPE_POINTER)
        _gor_compile_error_at (c, f->pos, "embedded field type cannot be a pointer");
      else if (gor_type_under (u->elem)->kind == GOR_TYPE_INTERFACE && u->elem->underlying != NULL)
        _gor_compile_error_at (c, f->pos, "embedded field type cannot be a pointer to an interface");
    }
  add_field (c, fields, name, f->pos, t, TRUE);
}

/* Whether @methods has @m's name already: then @m is freed, and Go
 * accepts it only with the same signature. */
static gboolean
merge_method (GorCompiler *c, GPtrArray *methods, GorField *m, GorPos pos)
{
  for (guint k = 0; k < methods->len; k++)
    {
      GorField *have = g_ptr_array_index (methods, k);

      if (g_str_equal (have->name, m->name))
        {
          if (have->type != m->type)
            _gor_compile_error_at (c, pos, "duplicate method %s", m->name);
          g_free (m->name);
          g_free (m);
          return TRUE;
        }
    }
  return FALSE;
}

/* An interface embedded in an interface: its methods are the outer's. */
static void
add_embedded_methods (GorCompiler *c, GPtrArray *methods, GorAstField *f)
{
  GorType    *t, *u;
  GorAstExpr *e = f->type;

  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  /* the type elements of a constraint (~int | string, comparable,
   * cmp.Ordered) restrict type arguments only: gor-generic.c checks them */
  if (e == NULL || e->kind == GOR_EXPR_BINARY || e->kind == GOR_EXPR_UNARY
      || (e->kind == GOR_EXPR_IDENT && g_str_equal (e->name, "comparable")
          && _gor_compile_lookup (c, e->name) == NULL)
      || (e->kind == GOR_EXPR_SELECTOR && g_str_equal (e->name, "Ordered")))
    return;
  t = _gor_compile_resolve_embedded_iface (c, f->type);
  if (t == NULL)
    return;
  u = gor_type_under (t);
  if (u->kind != GOR_TYPE_INTERFACE)
    return;
  for (guint i = 0; u->fields && i < u->fields->len; i++)
    {
      GorField *m = g_ptr_array_index (u->fields, i);
      GorField *gf = g_new0 (GorField, 1);

      gf->name = g_strdup (m->name);
      gf->type = m->type;
      if (!merge_method (c, methods, gf, f->pos))
        g_ptr_array_add (methods, gf);
    }
}

/* An array a pointer @t points to, which indexing, len and range see
 * through (the array and the pointer are one object); else @t. */
GorType *
_gor_compile_deref_array (GorType *t)
{
  GorType *u = t ? gor_type_under (t) : NULL;

  if (u && u->kind == GOR_TYPE_POINTER && t->name == NULL && gor_type_under (u->elem)->kind == GOR_TYPE_SLICE
      && gor_type_under (u->elem)->is_array)
    return u->elem;
  return t;
}

/* [N]T, or [...]T in a composite literal of @n elements (n >= 0) */
static GorType *
array_type (GorCompiler *c, GorAstExpr *e, gint64 n)
{
  GorType *elem = _gor_compile_resolve_type (c, e->x);
  ConstVal cv;

  if (e->y->kind == GOR_EXPR_ELLIPSIS)
    {
      if (n < 0)
        {
          _gor_compile_error_at (c, e->pos, "invalid use of [...] array (outside a composite literal)");
          n = 0;
        }
      return gor_types_array (c->types, elem, n);
    }
  if (!_gor_compile_const_eval (c, e->y, &cv))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e->y), "array length %s must be constant",
                             _gor_compile_expr_str (c, e->y));
      return gor_types_array (c->types, elem, 0);
    }
  if (!gor_type_is_integer (gor_type_under (cv.type))
      && !_gor_compile_const_representable (c, &cv, c->t_int, NULL))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e->y), "array length %s must be integer",
                             _gor_compile_describe (c, e->y, cv.type));
      return gor_types_array (c->types, elem, 0);
    }
  _gor_compile_const_convert (c, &cv, c->t_int);
  if (cv.big || cv.v.i < 0)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e->y), "invalid array length %s",
                             _gor_compile_expr_str (c, e->y));
      return gor_types_array (c->types, elem, 0);
    }
  if (cv.v.i > (1 << 24))
    {
      _gor_compile_unsupported (c, e->pos, "arrays of more than %d elements", 1 << 24);
      return gor_types_array (c->types, elem, 0);
    }
  return gor_types_array (c->types, elem, cv.v.i);
}

/* The type of a composite literal's [...]T{…} of @n elements. */
GorType *
_gor_compile_literal_array_type (GorCompiler *c, GorAstExpr *e, gint64 n)
{
  return array_type (c, e, n);
}

/* iter.Seq[V], iter.Seq2[K, V] (gor-rangefunc.c) and atomic.Pointer[T]
 * (gor-atomic-types.c): the library's generic types; NULL when @e (an
 * INDEX) names none of them */
static GorType *
library_generic_type (GorCompiler *c, GorAstExpr *e)
{
  Sym *pkg;

  if (e->x == NULL || e->x->kind != GOR_EXPR_SELECTOR || e->x->x == NULL || e->x->x->kind != GOR_EXPR_IDENT)
    return NULL;
  pkg = _gor_compile_lookup (c, e->x->x->name);
  if (pkg == NULL || pkg->kind != SYM_PKG)
    return NULL;
  if (g_str_equal (pkg->pkg, "iter"))
    return _gor_compile_iter_type (c, e);
  if (g_str_equal (pkg->pkg, "sync/atomic") && g_str_equal (e->x->name, "Pointer"))
    {
      pkg->used = TRUE;
      return _gor_compile_atomic_pointer_type (c, e);
    }
  return NULL;
}

GorType *
_gor_compile_resolve_type (GorCompiler *c, GorAstExpr *e)
{
  if (e == NULL)
    return c->t_int;
  switch (e->kind)
    {
    case GOR_EXPR_PAREN: return _gor_compile_resolve_type (c, e->x);
    case GOR_EXPR_IDENT:
      {
        Sym *sym = _gor_compile_lookup (c, e->name);

        if (sym == NULL)
          {
            _gor_compile_undefined (c, e->pos, e->name);
            return c->t_int;
          }
        if (sym->kind == SYM_GENERIC)
          {
            _gor_compile_error_at (c, e->pos, "cannot use generic type %s without instantiation",
                                   _gor_compile_generic_str (c, sym));
            return c->t_int;
          }
        if (sym->kind != SYM_TYPE)
          {
            _gor_compile_error_at (c, e->pos, "%s is not a type", e->name);
            return c->t_int;
          }
        sym->used = TRUE;
        return sym->type;
      }
    case GOR_EXPR_SELECTOR:
      if (e->x && e->x->kind == GOR_EXPR_IDENT)
        {
          Sym *pkg = _gor_compile_lookup (c, e->x->name);

          if (pkg && pkg->kind == SYM_PKG)
            return _gor_compile_package_type (c, e, pkg);
        }
      _gor_compile_error_at (c, e->pos, "%s is not a type", _gor_compile_expr_str (c, e));
      return c->t_int;
    case GOR_EXPR_ARRAY_TYPE:
      if (e->y != NULL)
        return array_type (c, e, -1);
      return gor_types_slice (c->types, _gor_compile_resolve_type (c, e->x));
    case GOR_EXPR_CHAN_TYPE: return gor_types_chan (c->types, _gor_compile_resolve_type (c, e->x), e->dir);
    case GOR_EXPR_FUNC_TYPE: return _gor_compile_func_type_from_ast (c, e, NULL);
    case GOR_EXPR_STAR: return gor_types_pointer (c->types, _gor_compile_resolve_type (c, e->x));
    case GOR_EXPR_INDEX:
      {
        GorType *t;

        t = library_generic_type (c, e);
        if (t)
          return t;
        t = _gor_compile_generic_type (c, e);
        if (t)
          return t;
        _gor_compile_error_at (c, e->pos, "%s is not a type", _gor_compile_expr_str (c, e));
        return c->t_int;
      }
    case GOR_EXPR_STRUCT_TYPE:
      {
        GPtrArray *fields = g_ptr_array_new ();

        for (guint i = 0; e->fields && i < e->fields->len; i++)
          {
            GorAstField *f = g_ptr_array_index (e->fields, i);
            GorType     *t = _gor_compile_resolve_type (c, f->type);

            if (f->embedded || f->names == NULL || f->names->len == 0)
              {
                add_embedded_field (c, fields, f, t);
                continue;
              }
            for (guint j = 0; j < f->names->len; j++)
              {
                GorAstExpr *fname = g_ptr_array_index (f->names, j);
                GorField   *gf;

                for (guint k = 0; k < fields->len; k++)
                  if (strcmp (((GorField *) g_ptr_array_index (fields, k))->name, fname->name) == 0
                      && strcmp (fname->name, "_") != 0)
                    _gor_compile_error_at (c, fname->pos, "%s redeclared", fname->name);
                gf = g_new0 (GorField, 1);
                gf->name = g_strdup (fname->name);
                gf->type = t;
                g_ptr_array_add (fields, gf);
              }
          }
        g_ptr_array_set_free_func (fields, NULL);
        return gor_types_struct (c->types, fields);
      }
    case GOR_EXPR_INTERFACE_TYPE:
      {
        GPtrArray *methods = g_ptr_array_new ();

        for (guint i = 0; e->fields && i < e->fields->len; i++)
          {
            GorAstField *f = g_ptr_array_index (e->fields, i);
            GorField    *gf;

            if (f->names == NULL || f->names->len == 0)
              {
                add_embedded_methods (c, methods, f);
                continue;
              }
            gf = g_new0 (GorField, 1);
            gf->name = g_strdup (((GorAstExpr *) g_ptr_array_index (f->names, 0))->name);
            gf->type = _gor_compile_resolve_type (c, f->type);
            if (!merge_method (c, methods, gf, f->pos))
              g_ptr_array_add (methods, gf);
          }
        return gor_types_interface (c->types, methods);
      }
    case GOR_EXPR_MAP_TYPE:
      {
        GorType *k = _gor_compile_resolve_type (c, e->y);

        if (!gor_type_comparable (k))
          _gor_compile_error_at (c, _gor_compile_expr_start (e->y), "invalid map key type %s",
                                 _gor_compile_tname (c, k));
        return gor_types_map (c->types, k, _gor_compile_resolve_type (c, e->x));
      }
    default:
      _gor_compile_error_at (c, e->pos, "%s is not a type", _gor_compile_expr_str (c, e));
      return c->t_int;
    }
}

/* Whether @e names a type (for conversions and composite literals). */
GorType *
_gor_compile_expr_as_type (GorCompiler *c, GorAstExpr *e)
{
  switch (e->kind)
    {
    case GOR_EXPR_PAREN: return _gor_compile_expr_as_type (c, e->x);
    case GOR_EXPR_IDENT:
      {
        Sym *sym = _gor_compile_lookup (c, e->name);

        if (sym && sym->kind == SYM_TYPE)
          {
            sym->used = TRUE;
            return sym->type;
          }
        return NULL;
      }
    case GOR_EXPR_SELECTOR:
      if (e->x && e->x->kind == GOR_EXPR_IDENT)
        {
          Sym *pkg = _gor_compile_lookup (c, e->x->name);

          if (pkg && pkg->kind == SYM_PKG && _gor_compile_package_type_of (c, pkg, e->name) != NULL)
            return _gor_compile_resolve_type (c, e);
        }
      return NULL;
    case GOR_EXPR_ARRAY_TYPE:
    case GOR_EXPR_CHAN_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_INTERFACE_TYPE:
    case GOR_EXPR_MAP_TYPE: return _gor_compile_resolve_type (c, e);
    case GOR_EXPR_INDEX:
      {
        GorType *t = library_generic_type (c, e);

        return t ? t : _gor_compile_generic_type (c, e);
      }
    case GOR_EXPR_STAR:
      {
        GorType *t = e->x ? _gor_compile_expr_as_type (c, e->x) : NULL;

        return t ? gor_types_pointer (c->types, t) : NULL;
      }
    default: return NULL;
    }
}

const char *
_gor_compile_describe (GorCompiler *c, GorAstExpr *e, GorType *t)
{
  ConstVal    cv;
  GorAstExpr *x = e;

  while (x && x->kind == GOR_EXPR_PAREN)
    x = x->x;
  if (x && x->info != NOT_CONST && _gor_compile_const_eval (c, x, &cv))
    {
      if (x->kind == GOR_EXPR_IDENT)
        {
          if (gor_type_is_untyped (cv.type) && strcmp (x->name, _gor_compile_const_desc (c, &cv)) == 0)
            return _gor_compile_keep (
                c, g_strdup_printf ("%s (%s constant)", x->name, _gor_compile_tname (c, cv.type)), g_free);
          if (gor_type_is_untyped (cv.type))
            return _gor_compile_keep (c,
                                      g_strdup_printf ("%s (%s constant %s)", x->name,
                                                       _gor_compile_tname (c, cv.type),
                                                       _gor_compile_const_desc (c, &cv)),
                                      g_free);
          return _gor_compile_keep (c,
                                    g_strdup_printf ("%s (constant %s of type %s)", x->name,
                                                     _gor_compile_const_desc (c, &cv),
                                                     _gor_compile_tname (c, cv.type)),
                                    g_free);
        }
      if (gor_type_is_untyped (cv.type)
          && strcmp (_gor_compile_expr_str (c, x), _gor_compile_const_desc (c, &cv)) != 0
          && (gor_type_is_integer (cv.type) || gor_type_is_float (cv.type)))
        return _gor_compile_keep (c,
                                  g_strdup_printf ("%s (%s constant %s)", _gor_compile_expr_str (c, x),
                                                   _gor_compile_tname (c, cv.type),
                                                   _gor_compile_const_desc (c, &cv)),
                                  g_free);
      if (gor_type_is_untyped (cv.type))
        return _gor_compile_keep (c,
                                  g_strdup_printf ("%s (%s constant)", _gor_compile_expr_str (c, x),
                                                   _gor_compile_tname (c, cv.type)),
                                  g_free);
      return _gor_compile_keep (c,
                                g_strdup_printf ("%s (constant %s of type %s)", _gor_compile_expr_str (c, x),
                                                 _gor_compile_const_desc (c, &cv),
                                                 _gor_compile_tname (c, cv.type)),
                                g_free);
    }
  if (x && x->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, x->name);

      if (sym && sym->kind == SYM_VAR)
        return _gor_compile_keep (
            c, g_strdup_printf ("%s (variable of type %s)", x->name, _gor_compile_tname (c, t)), g_free);
      if (sym && sym->kind == SYM_NIL)
        return "nil";
    }
  /* a receive or a type assertion may give a second value, ok: Go names
   * them by that even where only one is taken; so too a map's index */
  if (x && ((x->kind == GOR_EXPR_UNARY && x->op == GOR_TOKEN_ARROW) || x->kind == GOR_EXPR_TYPE_ASSERT))
    return _gor_compile_keep (c,
                              g_strdup_printf ("%s (comma, ok expression of type %s)",
                                               _gor_compile_expr_str (c, e), _gor_compile_tname (c, t)),
                              g_free);
  if (x && x->kind == GOR_EXPR_INDEX && x->x && x->x->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, x->x->name);

      if (sym && sym->kind == SYM_VAR && sym->type && gor_type_under (sym->type)->kind == GOR_TYPE_MAP)
        return _gor_compile_keep (c,
                                  g_strdup_printf ("%s (map index expression of type %s)",
                                                   _gor_compile_expr_str (c, e), _gor_compile_tname (c, t)),
                                  g_free);
    }
  return _gor_compile_keep (
      c, g_strdup_printf ("%s (value of type %s)", _gor_compile_expr_str (c, e), _gor_compile_tname (c, t)),
      g_free);
}

gboolean
_gor_compile_implements (GorCompiler *c, GorType *t, GorType *iface)
{
  GorType *iu = gor_type_under (iface);

  for (guint i = 0; iu->fields && i < iu->fields->len; i++)
    {
      GorField  *f = g_ptr_array_index (iu->fields, i);
      GorMethod *m = gor_type_lookup_method (t, f->name);

      if (m == NULL && t->kind == GOR_TYPE_POINTER)
        m = gor_type_lookup_method (t->elem, f->name);
      else if (m != NULL && m->ptr_recv && t->kind != GOR_TYPE_POINTER)
        m = NULL;
      if (m == NULL && t->kind == GOR_TYPE_INTERFACE)
        {
          gboolean found = FALSE;

          for (guint j = 0; gor_type_under (t)->fields && j < gor_type_under (t)->fields->len; j++)
            {
              GorField *have = g_ptr_array_index (gor_type_under (t)->fields, j);

              if (g_str_equal (have->name, f->name) && have->type == f->type)
                found = TRUE;
            }
          if (found)
            continue;
        }
      if (m == NULL || m->sig != f->type)
        return FALSE;
    }
  return TRUE;
}

/* Go's predeclared types (int, string …) are named types too. */
static gboolean
has_name (GorType *t)
{
  return t->name != NULL || (t->kind >= GOR_TYPE_BOOL && t->kind <= GOR_TYPE_STRING);
}

static int
compare_field_names (gconstpointer a, gconstpointer b)
{
  return strcmp ((*(GorField **) a)->name, (*(GorField **) b)->name);
}

/* Why @src cannot be assigned to @dst, in Go's words after "value in
 * CONTEXT: ", or NULL when Go gives no cause. */
const char *
_gor_compile_assign_cause (GorCompiler *c, GorType *src, GorType *dst)
{
  GorType *iu = gor_type_under (dst);

  if (src->kind == GOR_TYPE_UNTYPED_NIL || gor_type_is_untyped (src))
    return NULL;
  if (iu->kind == GOR_TYPE_INTERFACE)
    {
      g_autoptr (GPtrArray) methods = g_ptr_array_new ();
      const char *detail = NULL;

      /* Go looks at the interface's methods in the order of their names */
      for (guint i = 0; iu->fields && i < iu->fields->len; i++)
        g_ptr_array_add (methods, g_ptr_array_index (iu->fields, i));
      g_ptr_array_sort (methods, compare_field_names);
      for (guint i = 0; i < methods->len && detail == NULL; i++)
        {
          GorField  *f = g_ptr_array_index (methods, i);
          GorType   *base = src->kind == GOR_TYPE_POINTER && src->name == NULL ? src->elem : src;
          GorMethod *m = gor_type_lookup_method (base, f->name);

          if (gor_type_under (src)->kind == GOR_TYPE_INTERFACE)
            {
              GorType  *su = gor_type_under (src);
              GorField *have = NULL;

              for (guint j = 0; su->fields && j < su->fields->len; j++)
                if (g_str_equal (((GorField *) g_ptr_array_index (su->fields, j))->name, f->name))
                  have = g_ptr_array_index (su->fields, j);
              if (have == NULL)
                detail = _gor_compile_keep (c, g_strdup_printf ("(missing method %s)", f->name), g_free);
              else if (have->type != f->type)
                detail
                    = _gor_compile_keep (c, g_strdup_printf ("(wrong type for method %s)", f->name), g_free);
              continue;
            }
          if (m == NULL)
            detail = _gor_compile_keep (c, g_strdup_printf ("(missing method %s)", f->name), g_free);
          else if (m->ptr_recv && base == src)
            detail = _gor_compile_keep (c, g_strdup_printf ("(method %s has pointer receiver)", f->name),
                                        g_free);
          else if (m->sig != f->type)
            detail = _gor_compile_keep (c, g_strdup_printf ("(wrong type for method %s)", f->name), g_free);
        }
      if (detail == NULL)
        return NULL;
      return _gor_compile_keep (c,
                                g_strdup_printf ("%s does not implement %s %s", _gor_compile_tname (c, src),
                                                 _gor_compile_tname (c, dst), detail),
                                g_free);
    }
  if (gor_type_under (src)->kind == GOR_TYPE_INTERFACE && _gor_compile_implements (c, dst, src))
    return "need type assertion";
  return NULL;
}

gboolean
_gor_compile_assignable (GorCompiler *c, GorType *src, GorType *dst)
{
  GorType *su = gor_type_under (src), *du = gor_type_under (dst);

  if (src == dst)
    return TRUE;
  if (src->kind == GOR_TYPE_UNTYPED_NIL)
    return du->kind == GOR_TYPE_POINTER || (du->kind == GOR_TYPE_SLICE && !du->is_array)
           || du->kind == GOR_TYPE_CHAN || du->kind == GOR_TYPE_FUNC || du->kind == GOR_TYPE_MAP
           || du->kind == GOR_TYPE_INTERFACE;
  if (du->kind == GOR_TYPE_INTERFACE)
    return _gor_compile_implements (c, src, dst);
  if (su == du && (!has_name (src) || !has_name (dst)))
    return TRUE;
  if (su->kind == GOR_TYPE_CHAN && du->kind == GOR_TYPE_CHAN && su->dir == GOR_CHAN_BOTH
      && su->elem == du->elem && (!has_name (src) || !has_name (dst)))
    return TRUE;
  return FALSE;
}

/* Emits what turns a value of @src into one of @dst (interface boxing,
 * struct copies); @fresh says the value is not shared yet. */
void
_gor_compile_convert_value (GorCompiler *c, GorType *src, GorType *dst, gboolean fresh)
{
  GorType *du = gor_type_under (dst);

  if (du->kind == GOR_TYPE_INTERFACE && gor_type_under (src)->kind != GOR_TYPE_INTERFACE
      && src->kind != GOR_TYPE_UNTYPED_NIL)
    {
      if (gor_type_is_value_object (src) && !fresh)
        _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, src), 0, 0);
      _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, src), 0, 0);
      return;
    }
  if (gor_type_is_value_object (src) && !fresh)
    _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, src), 0, 0);
}

/* How Go names a type's kind in "operator < not defined on …". */
const char *
_gor_compile_kind_name (GorCompiler *c, GorType *t)
{
  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_SLICE: return gor_type_under (t)->is_array ? "array" : "slice";
    case GOR_TYPE_STRUCT: return "struct";
    case GOR_TYPE_POINTER: return "pointer";
    case GOR_TYPE_FUNC: return "func";
    case GOR_TYPE_INTERFACE: return "interface";
    case GOR_TYPE_MAP: return "map";
    case GOR_TYPE_CHAN: return "chan";
    default: return _gor_compile_tname (c, t);
    }
}

/* The size and alignment of a value of @t in a Go amd64 binary:
 * append grows a slice's capacity by bytes, rounded up to the allocator's
 * size classes, so capacities depend on it. */
gint64
_gor_compile_go_type_size (GorType *t, gint64 *align)
{
  GorType *u = gor_type_under (t);
  gint64   size = 8, al = 8;

  switch (u->kind)
    {
    case GOR_TYPE_BOOL:
    case GOR_TYPE_INT8:
    case GOR_TYPE_UINT8: size = al = 1; break;
    case GOR_TYPE_INT16:
    case GOR_TYPE_UINT16: size = al = 2; break;
    case GOR_TYPE_INT32:
    case GOR_TYPE_UINT32: size = al = 4; break;
    case GOR_TYPE_STRING:
    case GOR_TYPE_INTERFACE: size = 16; break;
    case GOR_TYPE_SLICE:
      size = 24;
      if (u->is_array)
        size = u->len * _gor_compile_go_type_size (u->elem, &al);
      break;
    case GOR_TYPE_MUTEX:
      size = 8;
      al = 4;
      break;
    case GOR_TYPE_RWMUTEX:
      size = 24;
      al = 4;
      break;
    case GOR_TYPE_ONCE:
      size = 12;
      al = 4;
      break;
    case GOR_TYPE_WAITGROUP: size = 16; break;
    case GOR_TYPE_STRUCT:
      {
        gboolean last_zero = FALSE;

        size = 0;
        al = 1;
        for (guint i = 0; u->fields && i < u->fields->len; i++)
          {
            GorField *f = g_ptr_array_index (u->fields, i);
            gint64    fa, fs = _gor_compile_go_type_size (f->type, &fa);

            size = (size + fa - 1) / fa * fa + fs;
            al = MAX (al, fa);
            last_zero = fs == 0;
          }
        if (last_zero && size > 0)
          size++; /* a pointer past the end must stay inside the object */
        size = (size + al - 1) / al * al;
        break;
      }
    default: break;
    }
  if (align)
    *align = al;
  return size;
}

/* APPEND's b operand: the element's size, and in the top bit whether it
 * holds pointers (Go 1.23's allocator adds a header to such objects past
 * 512 bytes, which changes the capacity append gives them). */
guint16
_gor_compile_append_elem_operand (GorType *elem)
{
  GorType *u = gor_type_under (elem);
  gboolean pointers;

  switch (u->kind)
    {
    case GOR_TYPE_SLICE:
      pointers = !u->is_array || (_gor_compile_append_elem_operand (u->elem) & 0x8000) != 0;
      break;
    case GOR_TYPE_STRING:
    case GOR_TYPE_CHAN:
    case GOR_TYPE_FUNC:
    case GOR_TYPE_POINTER:
    case GOR_TYPE_MAP:
    case GOR_TYPE_INTERFACE: pointers = TRUE; break;
    case GOR_TYPE_STRUCT:
      pointers = FALSE;
      for (guint i = 0; u->fields && i < u->fields->len && !pointers; i++)
        {
          GorField *f = g_ptr_array_index (u->fields, i);

          pointers = (_gor_compile_append_elem_operand (f->type) & 0x8000) != 0;
        }
      break;
    default: pointers = FALSE; break;
    }
  return (guint16) (MIN (_gor_compile_go_type_size (elem, NULL), 0x7FFF) | (pointers ? 0x8000 : 0));
}
