/* gor-embed.c — embedded fields: promoted fields and methods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A struct value and a pointer to it are the same object at run time, and
 * an embedded struct (or sync value) is an object its holder's field
 * refers to, so a promoted selector is the chain of FIELD instructions
 * down to the embedded value that has it.  For interface satisfaction a
 * named type gets a wrapper method per promoted method, whose body is the
 * promoted call itself.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

#define MAX_DEPTH 16

typedef struct
{
  GorType *type; /* the embedded value's type (maybe a pointer) */
  int      path[MAX_DEPTH];
  int      depth;
  gboolean indirect; /* the path goes through an embedded pointer */
} Level;

/* The methods the supported packages' types have, for promotion. */
static gboolean
package_has_method (GorCompiler *c, GorType *t, const char *name)
{
  static const char *const mutex[] = { "Lock", "Unlock", "TryLock", NULL };
  static const char *const rwmutex[]
      = { "Lock", "Unlock", "TryLock", "RLock", "RUnlock", "TryRLock", "RLocker", NULL };
  static const char *const wg[] = { "Add", "Done", "Wait", "Go", NULL };
  static const char *const once[] = { "Do", NULL };
  static const char *const cond[] = { "Wait", "Signal", "Broadcast", NULL };
  const char *const       *names = NULL;

  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_MUTEX: names = mutex; break;
    case GOR_TYPE_RWMUTEX: names = rwmutex; break;
    case GOR_TYPE_WAITGROUP: names = wg; break;
    case GOR_TYPE_ONCE: names = once; break;
    default: break;
    }
  if (t == c->t_cond)
    names = cond;
  if (t == c->t_logger && _gor_compile_logger_method_sig (c, name) != NULL)
    return TRUE;
  if (_gor_compile_atomic_has_method (c, t, name))
    return TRUE;
  if (_gor_compile_time_has_method (c, t, name))
    return TRUE;
  for (guint i = 0; names && names[i]; i++)
    if (g_str_equal (names[i], name))
      return TRUE;
  return FALSE;
}

static GorField *
iface_method (GorType *t, const char *name)
{
  GorType *u = gor_type_under (t);

  for (guint i = 0; u->kind == GOR_TYPE_INTERFACE && u->fields && i < u->fields->len; i++)
    {
      GorField *f = g_ptr_array_index (u->fields, i);

      if (g_str_equal (f->name, name))
        return f;
    }
  return NULL;
}

/* Whether the value of @lv has a field or method @name of its own. */
static gboolean
level_has (GorCompiler *c, Level *lv, const char *name, int *field)
{
  GorType   *t = lv->type, *u = gor_type_under (t);
  GorMethod *m;
  gboolean   ptr = FALSE;

  *field = -1;
  if (u->kind == GOR_TYPE_POINTER && t->name == NULL)
    t = u->elem, u = gor_type_under (t), ptr = TRUE;
  m = gor_type_lookup_method (t, name);
  /* a pointer to an interface has no methods */
  if ((m && !m->promoted) || package_has_method (c, t, name) || (!ptr && iface_method (t, name)))
    return TRUE;
  if (u->kind == GOR_TYPE_STRUCT && (*field = gor_type_field_index (u, name)) >= 0)
    return TRUE;
  return FALSE;
}

/* Go's selector rule: the shallowest depth at which @name is found, and
 * exactly one there.  @t is the type of x in x.name.  Fills @out with the
 * path of embedded fields to the value that has @name; returns FALSE when
 * nothing has it, and sets @ambiguous when more than one does. */
gboolean
_gor_compile_find_promoted (GorCompiler *c, GorType *t, const char *name, GorPromoted *out,
                            gboolean *ambiguous)
{
  g_autoptr (GArray) cur = g_array_new (FALSE, FALSE, sizeof (Level));
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
  Level start = { 0 };

  *ambiguous = FALSE;
  memset (out, 0, sizeof *out);
  start.type = t;
  g_array_append_val (cur, start);
  while (cur->len > 0)
    {
      g_autoptr (GArray) next = g_array_new (FALSE, FALSE, sizeof (Level));
      int found = 0;

      for (guint i = 0; i < cur->len; i++)
        {
          Level   *lv = &g_array_index (cur, Level, i);
          int      field;
          GorType *bt = lv->type, *u;

          if (level_has (c, lv, name, &field))
            {
              if (found++ == 0)
                {
                  out->depth = lv->depth;
                  memcpy (out->path, lv->path, sizeof lv->path);
                  out->holder = lv->type;
                  out->field = field;
                  out->indirect = lv->indirect;
                }
              continue;
            }
          if (gor_type_under (bt)->kind == GOR_TYPE_POINTER && bt->name == NULL)
            bt = gor_type_under (bt)->elem;
          u = gor_type_under (bt);
          if (u->kind != GOR_TYPE_STRUCT || lv->depth >= MAX_DEPTH - 1)
            continue;
          if (bt->name != NULL)
            {
              if (g_hash_table_contains (seen, bt))
                continue;
              g_hash_table_add (seen, bt);
            }
          for (guint j = 0; j < u->fields->len; j++)
            {
              GorField *f = g_ptr_array_index (u->fields, j);
              Level     n = *lv;

              if (!f->embedded)
                continue;
              n.type = f->type;
              n.path[n.depth++] = (int) j;
              if (gor_type_under (f->type)->kind == GOR_TYPE_POINTER)
                n.indirect = TRUE;
              g_array_append_val (next, n);
            }
        }
      if (found > 1)
        {
          *ambiguous = TRUE;
          return FALSE;
        }
      if (found == 1)
        return TRUE;
      g_array_set_size (cur, 0);
      g_array_append_vals (cur, next->data, next->len);
    }
  return FALSE;
}

/* Pushes the embedded value a promoted selector goes through (x is on
 * the stack) and returns its type. */
GorType *
_gor_compile_emit_promoted_path (GorCompiler *c, GorPromoted *pr)
{
  for (int i = 0; i < pr->depth; i++)
    _gor_compile_emit (c, GOR_OP_FIELD, pr->path[i], 0, 0);
  return pr->holder;
}

/* The name an embedded field T, *T or pkg.T has: T. */
const char *
_gor_compile_embedded_name (GorAstExpr *type)
{
  while (type && (type->kind == GOR_EXPR_STAR || type->kind == GOR_EXPR_PAREN))
    type = type->x;
  /* an instance of a generic type, G[T], is named G */
  if (type && type->kind == GOR_EXPR_INDEX)
    type = type->x;
  if (type && (type->kind == GOR_EXPR_IDENT || type->kind == GOR_EXPR_SELECTOR))
    return type->name;
  return NULL;
}

/* The type of an interface embedded in another: a package-level type
 * declared further down is resolved first, for its methods are needed. */
GorType *
_gor_compile_resolve_embedded_iface (GorCompiler *c, GorAstExpr *e)
{
  if (e->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, e->name);

      if (sym && sym->kind == SYM_TYPE && sym->owner == NULL && !sym->resolved && sym->spec != NULL
          && !sym->spec->is_alias && sym->type != NULL && sym->type->underlying == NULL)
        {
          GorType *u;

          if (sym->resolving)
            return NULL; /* a cycle, which check_type_cycles reports */
          sym->resolving = TRUE;
          u = _gor_compile_resolve_type (c, sym->spec->type);
          sym->resolving = FALSE;
          if (u != sym->type && gor_type_under (u) != NULL)
            gor_type_set_underlying (sym->type, u);
          sym->resolved = TRUE;
        }
    }
  return _gor_compile_resolve_type (c, e);
}

/* A method of @t (a named struct type declared at package level) that
 * one of its embedded fields promotes: `func (r T) name(p0, p1 …) { return
 * r.name(p0, p1 …) }`, compiled with the other bodies. */
static void
add_wrapper (GorCompiler *c, Sym *tsym, const char *name, GorType *sig, gboolean ptr, GPtrArray *func_decls,
             GPtrArray *func_syms)
{
  GorType         *t = tsym->type;
  GorPos           pos = tsym->pos;
  GorAstDecl      *d = _gor_ast_alloc (c->file, sizeof *d);
  GorAstExpr      *call = _gor_ast_alloc (c->file, sizeof *call);
  GorAstExpr      *sel = _gor_ast_alloc (c->file, sizeof *sel);
  GorAstStmt      *body = _gor_ast_alloc (c->file, sizeof *body);
  GorAstStmt      *st = _gor_ast_alloc (c->file, sizeof *st);
  GorAstExpr      *rt = _gor_compile_gen_ident (c, tsym->name, pos);
  GorMethod       *m = g_new0 (GorMethod, 1);
  g_autofree char *fname = NULL;
  GorFunc         *f;
  Sym             *sym;

  if (ptr)
    {
      GorAstExpr *star = _gor_ast_alloc (c->file, sizeof *star);

      star->kind = GOR_EXPR_STAR;
      star->x = rt;
      star->pos = pos;
      rt = star;
    }
  d->kind = GOR_DECL_FUNC;
  d->pos = pos;
  d->recv = _gor_ast_alloc (c->file, sizeof *d->recv);
  d->recv->pos = pos;
  d->recv->type = rt;
  d->recv->names = _gor_ast_list (c->file);
  g_ptr_array_add (d->recv->names, _gor_compile_gen_ident (c, ".r", pos));
  d->name = _gor_compile_gen_ident (c, name, pos);
  d->type = _gor_ast_alloc (c->file, sizeof *d->type);
  d->type->kind = GOR_EXPR_FUNC_TYPE;
  d->type->pos = pos;
  d->type->params = _gor_ast_list (c->file);
  sel->kind = GOR_EXPR_SELECTOR;
  sel->pos = pos;
  sel->name = name;
  sel->x = _gor_compile_gen_ident (c, ".r", pos);
  call->kind = GOR_EXPR_CALL;
  call->pos = pos;
  call->x = sel;
  call->list = _gor_ast_list (c->file);
  call->has_ellipsis = sig->variadic;
  _gor_compile_gen_forward_params (c, sig, 0, d->type->params, call->list, pos);
  st->pos = pos;
  if (sig->results->len > 0)
    {
      st->kind = GOR_STMT_RETURN;
      st->rhs = _gor_ast_list (c->file);
      g_ptr_array_add (st->rhs, call);
    }
  else
    {
      st->kind = GOR_STMT_EXPR;
      st->x = call;
    }
  body->kind = GOR_STMT_BLOCK;
  body->pos = body->end = pos;
  body->list = _gor_ast_list (c->file);
  g_ptr_array_add (body->list, st);
  d->body = body;

  fname
      = ptr ? g_strdup_printf ("main.(*%s).%s", t->name + 5, name) : g_strdup_printf ("%s.%s", t->name, name);
  f = _gor_compile_func_new (c, fname, pos.line);
  f->is_method = TRUE;
  m->name = g_strdup (name);
  m->sig = sig;
  m->func = (int) f->index;
  m->ptr_recv = ptr;
  m->promoted = TRUE;
  g_ptr_array_add (t->methods, m);
  if (func_decls == NULL)
    {
      /* a type declared in a function: its wrappers are compiled now */
      Fn *fn = _gor_compile_fn_new (c, f, sig, f->name);

      fn->lit_counter = g_new0 (int, 1);
      _gor_compile_func_body (c, fn, d->type, d->body, d->recv);
      _gor_compile_fn_free (fn);
      return;
    }
  sym = _gor_compile_sym_new (c, SYM_FUNC, name, pos);
  sym->func = (int) f->index;
  sym->type = sig;
  g_ptr_array_add (func_decls, d);
  g_ptr_array_add (func_syms, sym);
}

/* The signature of the method @name of the value @pr reaches, when it
 * is one a wrapper can call; whether it needs a pointer in @ptr. */
static GorType *
promoted_sig (GorPromoted *pr, const char *name, gboolean *ptr)
{
  GorType   *t = pr->holder, *u = gor_type_under (t);
  gboolean   via_ptr = u->kind == GOR_TYPE_POINTER && t->name == NULL;
  GorType   *base = via_ptr ? u->elem : t;
  GorMethod *m = gor_type_lookup_method (base, name);
  GorField  *f;

  *ptr = FALSE;
  if (m != NULL)
    {
      *ptr = m->ptr_recv && !pr->indirect;
      return m->sig;
    }
  if ((f = iface_method (base, name)) != NULL)
    return f->type;
  return NULL;
}

static void
collect_names (GorType *t, GHashTable *names, GHashTable *seen, int depth)
{
  GorType *u = gor_type_under (t);

  if (u->kind == GOR_TYPE_POINTER && t->name == NULL)
    {
      t = u->elem, u = gor_type_under (t);
      if (u->kind == GOR_TYPE_INTERFACE)
        return;
    }
  if (depth > MAX_DEPTH || (t->name && g_hash_table_contains (seen, t)))
    return;
  if (t->name)
    g_hash_table_add (seen, t);
  for (guint i = 0; t->methods && i < t->methods->len; i++)
    g_hash_table_add (names, ((GorMethod *) g_ptr_array_index (t->methods, i))->name);
  if (u->kind == GOR_TYPE_INTERFACE)
    for (guint i = 0; u->fields && i < u->fields->len; i++)
      g_hash_table_add (names, ((GorField *) g_ptr_array_index (u->fields, i))->name);
  if (u->kind == GOR_TYPE_STRUCT)
    for (guint i = 0; i < u->fields->len; i++)
      {
        GorField *f = g_ptr_array_index (u->fields, i);

        if (f->embedded)
          collect_names (f->type, names, seen, depth + 1);
      }
}

/* Gives @tsym's type (a named struct type) a wrapper method for each
 * method its embedded fields promote, so that interfaces see them; with
 * @func_decls NULL the wrappers are compiled at once. */
static void
promote_type (GorCompiler *c, Sym *tsym, GPtrArray *func_decls, GPtrArray *func_syms)
{
  GorType *t = tsym->type, *u;
  gboolean has_embedded = FALSE;

  if (tsym->kind != SYM_TYPE || t == NULL || t->name == NULL || !g_str_has_prefix (t->name, "main.")
      || t->methods == NULL)
    return;
  u = gor_type_under (t);
  if (u->kind != GOR_TYPE_STRUCT)
    return;
  for (guint j = 0; j < u->fields->len; j++)
    if (((GorField *) g_ptr_array_index (u->fields, j))->embedded)
      has_embedded = TRUE;
  if (!has_embedded)
    return;
  {
    g_autoptr (GHashTable) names = g_hash_table_new (g_str_hash, g_str_equal);
    g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);
    GList *sorted;

    for (guint j = 0; j < u->fields->len; j++)
      {
        GorField *f = g_ptr_array_index (u->fields, j);

        if (f->embedded)
          collect_names (f->type, names, seen, 1);
      }
    /* in the order of their names, so that a program compiles alike */
    sorted = g_list_sort (g_hash_table_get_keys (names), (GCompareFunc) strcmp);
    for (GList *l = sorted; l != NULL; l = l->next)
      {
        const char *name = l->data;
        GorPromoted pr;
        gboolean    ambiguous, ptr;
        GorType    *sig;

        if (!_gor_compile_find_promoted (c, t, name, &pr, &ambiguous) || pr.depth == 0 || pr.field >= 0)
          continue;
        sig = promoted_sig (&pr, name, &ptr);
        if (sig != NULL)
          add_wrapper (c, tsym, name, sig, ptr, func_decls, func_syms);
      }
    g_list_free (sorted);
  }
}

/* A type declared in a function body, once its underlying type is set. */
void
_gor_compile_promote_local_type (GorCompiler *c, Sym *tsym)
{
  promote_type (c, tsym, NULL, NULL);
}

/* An instance of a generic type: its wrappers are queued with the bodies. */
void
_gor_compile_promote_instance (GorCompiler *c, Sym *tsym, GPtrArray *func_decls, GPtrArray *func_syms)
{
  promote_type (c, tsym, func_decls, func_syms);
}

/* Gives every package-level named struct type its promoted methods. */
void
_gor_compile_promote_methods (GorCompiler *c, GPtrArray *func_decls, GPtrArray *func_syms)
{
  for (guint i = 0; i < c->package->order->len; i++)
    promote_type (c, g_ptr_array_index (c->package->order, i), func_decls, func_syms);
}
