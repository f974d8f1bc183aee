/* gor-generic.c — generic functions and types, by monomorphisation
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A generic function or type is compiled once per distinct list of type
 * arguments: the instance is a copy of its declaration compiled in a
 * scope where each type parameter names its argument, so every operation
 * on a T is the operation on that type, as Go behaves.  Instances are
 * shared by their type arguments (types are identical when their
 * pointers are).  A call without type arguments infers them by unifying
 * the parameters' types with the arguments', untyped constants taking
 * their default type; bodies are queued and compiled with the others.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"
#include "gor-parser.h"

typedef struct
{
  const char *pkg; /* "main", or the library package that declares it */
  const char *name;
  GorAstDecl *decl;        /* a generic function */
  GorAstSpec *spec;        /* a generic type */
  GPtrArray  *names;       /* GorAstExpr* IDENT of each type parameter */
  GPtrArray  *constraints; /* GorAstExpr* of each */
  GHashTable *instances;   /* key → Instance* */
  GPtrArray  *methods;     /* GorAstDecl*: methods of a generic type */
} Generic;

typedef struct
{
  Generic  *g;
  GorType **targs;
  Sym      *sym;  /* function */
  GorType  *type; /* type */
} Instance;

/* instances of one generic declaration, beyond any program's need */
#define MAX_INSTANCES 1000

struct _GorGenerics
{
  GPtrArray  *func_decls; /* the compiler's queue of bodies */
  GPtrArray  *func_syms;
  GHashTable *decl_scopes;    /* GorAstDecl* → Scope* */
  GHashTable *type_instances; /* GorType* → Instance* */
  GPtrArray  *owned;          /* Generic* */
  GPtrArray  *scopes;         /* Scope* */
  GorAstFile *cmp_file;       /* the cmp package's source, once a program calls it */
  GHashTable *cmp_generics;   /* name → Generic* */
};

/* The cmp package (Go 1.21, Or 1.22): a NaN orders before every number
 * and equals only NaN. */
static const char cmp_source[] = "package cmp\n"
                                 "func Compare[T cmp.Ordered](x, y T) int {\n"
                                 "\tif x != x || y != y {\n"
                                 "\t\tif x != x && y != y {\n"
                                 "\t\t\treturn 0\n"
                                 "\t\t}\n"
                                 "\t\tif x != x {\n"
                                 "\t\t\treturn -1\n"
                                 "\t\t}\n"
                                 "\t\treturn 1\n"
                                 "\t}\n"
                                 "\tif x < y {\n"
                                 "\t\treturn -1\n"
                                 "\t}\n"
                                 "\tif x > y {\n"
                                 "\t\treturn 1\n"
                                 "\t}\n"
                                 "\treturn 0\n"
                                 "}\n"
                                 "func Less[T cmp.Ordered](x, y T) bool {\n"
                                 "\treturn (x != x && y == y) || x < y\n"
                                 "}\n"
                                 "func Or[T comparable](vals ...T) T {\n"
                                 "\tvar zero T\n"
                                 "\tfor _, v := range vals {\n"
                                 "\t\tif v != zero {\n"
                                 "\t\t\treturn v\n"
                                 "\t\t}\n"
                                 "\t}\n"
                                 "\treturn zero\n"
                                 "}\n";

static void
generic_free (gpointer data)
{
  Generic *g = data;

  g_ptr_array_unref (g->names);
  g_ptr_array_unref (g->constraints);
  g_hash_table_unref (g->instances);
  g_ptr_array_unref (g->methods);
  g_free (g);
}

static void
instance_free (gpointer data)
{
  Instance *inst = data;

  g_free (inst->targs);
  g_free (inst);
}

static void
scope_free (gpointer data)
{
  Scope *s = data;

  g_hash_table_unref (s->syms);
  g_ptr_array_unref (s->order);
  g_free (s);
}

void
_gor_compile_generics_init (GorCompiler *c, GPtrArray *func_decls, GPtrArray *func_syms)
{
  GorGenerics *gs = g_new0 (GorGenerics, 1);

  gs->func_decls = func_decls;
  gs->func_syms = func_syms;
  gs->decl_scopes = g_hash_table_new (NULL, NULL);
  gs->type_instances = g_hash_table_new (NULL, NULL);
  gs->owned = g_ptr_array_new_with_free_func (generic_free);
  gs->scopes = g_ptr_array_new_with_free_func (scope_free);
  c->generics = gs;
}

void
_gor_compile_generics_free (GorCompiler *c)
{
  GorGenerics *gs = c->generics;

  if (gs == NULL)
    return;
  g_hash_table_unref (gs->decl_scopes);
  g_hash_table_unref (gs->type_instances);
  g_ptr_array_unref (gs->owned);
  g_ptr_array_unref (gs->scopes);
  g_clear_pointer (&gs->cmp_generics, g_hash_table_unref);
  g_clear_pointer (&gs->cmp_file, gor_ast_file_free);
  g_free (gs);
  c->generics = NULL;
}

static Generic *
generic_new (GorCompiler *c, const char *name, GPtrArray *tparams)
{
  Generic *g = g_new0 (Generic, 1);

  g->name = name;
  g->names = g_ptr_array_new ();
  g->constraints = g_ptr_array_new ();
  g->instances = g_hash_table_new_full (g_str_hash, g_str_equal, g_free, instance_free);
  g->methods = g_ptr_array_new ();
  for (guint i = 0; i < tparams->len; i++)
    {
      GorAstField *f = g_ptr_array_index (tparams, i);

      for (guint j = 0; j < f->names->len; j++)
        {
          g_ptr_array_add (g->names, g_ptr_array_index (f->names, j));
          g_ptr_array_add (g->constraints, f->type);
        }
    }
  g_ptr_array_add (c->generics->owned, g);
  g->pkg = "main";
  return g;
}

/* A package named in a generic declaration is used, instantiated or not */
static void
mark_import_cb (GorAstExpr *e, int depth, gpointer data)
{
  GorCompiler *c = data;
  Sym         *pkg;

  (void) depth;
  if (e->kind != GOR_EXPR_SELECTOR || e->x == NULL || e->x->kind != GOR_EXPR_IDENT)
    return;
  pkg = g_hash_table_lookup (c->package->syms, e->x->name);
  if (pkg && pkg->kind == SYM_PKG)
    pkg->used = TRUE;
}

static void
mark_imports (GorCompiler *c, GorAstExpr *e, int level)
{
  GPtrArray *lists[3];

  if (e == NULL || level > 1000)
    return;
  mark_import_cb (e, 0, c);
  mark_imports (c, e->x, level + 1);
  mark_imports (c, e->y, level + 1);
  for (guint i = 0; i < e->list->len; i++)
    mark_imports (c, g_ptr_array_index (e->list, i), level + 1);
  lists[0] = e->params;
  lists[1] = e->results;
  lists[2] = e->fields;
  for (guint k = 0; k < 3; k++)
    for (guint i = 0; i < lists[k]->len; i++)
      mark_imports (c, ((GorAstField *) g_ptr_array_index (lists[k], i))->type, level + 1);
  if (e->body)
    _gor_compile_walk_stmt (e->body, 0, mark_import_cb, c, 0);
}

/* The symbol of a generic function (@d) or type (@sp) named @name */
Sym *
_gor_compile_generic_sym (GorCompiler *c, GorAstDecl *d, GorAstSpec *sp, GorAstExpr *name)
{
  Sym     *sym = _gor_compile_sym_new (c, SYM_GENERIC, name->name, name->pos);
  Generic *g = generic_new (c, name->name, d ? d->type->tparams : sp->tparams);

  g->decl = d;
  g->spec = sp;
  sym->generic = g;
  sym->used = TRUE;
  for (guint i = 0; i < g->constraints->len; i++)
    mark_imports (c, g_ptr_array_index (g->constraints, i), 0);
  mark_imports (c, d ? d->type : sp->type, 0);
  if (d && d->body)
    _gor_compile_walk_stmt (d->body, 0, mark_import_cb, c, 0);
  return sym;
}

/* "Pair[K comparable, V any]", as Go's messages show a generic declaration */
const char *
_gor_compile_generic_str (GorCompiler *c, Sym *sym)
{
  Generic   *g = sym->generic;
  GPtrArray *tparams = g->decl ? g->decl->type->tparams : g->spec->tparams;
  GString   *s = g_string_new (g->name);

  g_string_append_c (s, '[');
  for (guint i = 0; i < tparams->len; i++)
    {
      GorAstField *f = g_ptr_array_index (tparams, i);

      if (i > 0)
        g_string_append (s, ", ");
      for (guint j = 0; j < f->names->len; j++)
        g_string_append_printf (s, "%s%s", j ? ", " : "",
                                ((GorAstExpr *) g_ptr_array_index (f->names, j))->name);
      g_string_append_printf (s, " %s", _gor_compile_expr_str (c, f->type));
    }
  g_string_append_c (s, ']');
  return _gor_compile_keep (c, g_string_free (s, FALSE), g_free);
}

gboolean
_gor_compile_generic_is_func (Sym *sym)
{
  return ((Generic *) sym->generic)->decl != NULL;
}

static GorAstExpr *
unparen (GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  return e;
}

/* The generic type a method's receiver (*G[P…] or G[P…]) names, or NULL */
static Generic *
receiver_generic (GorCompiler *c, GorAstField *recv, GorAstExpr **index)
{
  GorAstExpr *t = unparen (recv->type);
  Sym        *sym;

  if (t && t->kind == GOR_EXPR_STAR)
    t = unparen (t->x);
  if (t == NULL)
    return NULL;
  if (t->kind == GOR_EXPR_IDENT)
    {
      sym = g_hash_table_lookup (c->package->syms, t->name);
      if (sym && sym->kind == SYM_GENERIC)
        {
          _gor_compile_error_at (c, t->pos, "cannot use generic type %s without instantiation",
                                 _gor_compile_generic_str (c, sym));
          *index = NULL;
          return sym->generic;
        }
      return NULL;
    }
  if (t->kind != GOR_EXPR_INDEX || t->x == NULL || t->x->kind != GOR_EXPR_IDENT)
    return NULL;
  sym = g_hash_table_lookup (c->package->syms, t->x->name);
  if (sym == NULL || sym->kind != SYM_GENERIC || ((Generic *) sym->generic)->spec == NULL)
    return NULL;
  *index = t;
  return sym->generic;
}

/* Methods of generic types wait for the instances of their type */
void
_gor_compile_generic_methods (GorCompiler *c)
{
  for (guint i = 0; i < c->file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (c->file->decls, i);
      GorAstExpr *index = NULL;
      Generic    *g;

      if (d->kind != GOR_DECL_FUNC || d->recv == NULL || d->name == NULL)
        continue;
      g = receiver_generic (c, d->recv, &index);
      /* the method is the instances' (or, refused, no one's) */
      if (g && index)
        {
          g_ptr_array_add (g->methods, d);
          mark_imports (c, d->type, 0);
          _gor_compile_walk_stmt (d->body, 0, mark_import_cb, c, 0);
        }
      if (g)
        d->info = g;
    }
}

gboolean
_gor_compile_is_generic_method (GorCompiler *c, GorAstDecl *d)
{
  (void) c;
  return d->recv != NULL && d->info != NULL;
}

Scope *
_gor_compile_generic_scope (GorCompiler *c, GorAstDecl *d)
{
  return c->generics ? g_hash_table_lookup (c->generics->decl_scopes, d) : NULL;
}

static Scope *
make_scope (GorCompiler *c, GPtrArray *names, GorType **targs)
{
  Scope *s = g_new0 (Scope, 1);

  s->parent = c->package;
  s->syms = g_hash_table_new (g_str_hash, g_str_equal);
  s->order = g_ptr_array_new ();
  for (guint i = 0; i < names->len; i++)
    {
      GorAstExpr *n = g_ptr_array_index (names, i);
      Sym        *sym = _gor_compile_sym_new (c, SYM_TYPE, n->name, n->pos);

      sym->type = targs[i];
      sym->resolved = TRUE;
      sym->used = TRUE;
      if (!g_str_equal (n->name, "_"))
        g_hash_table_insert (s->syms, (gpointer) n->name, sym);
    }
  g_ptr_array_add (c->generics->scopes, s);
  return s;
}

static char *
instance_key (GorType **targs, guint n)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < n; i++)
    g_string_append_printf (s, "%p,", (gpointer) targs[i]);
  return g_string_free (s, FALSE);
}

/* "[int,string]" as Go writes type arguments, @full with packages */
static char *
targs_string (GorCompiler *c, GorType **targs, guint n, gboolean full)
{
  GString *s = g_string_new ("[");

  for (guint i = 0; i < n; i++)
    {
      if (i > 0)
        g_string_append_c (s, ',');
      g_string_append (s, full ? gor_type_to_string (targs[i]) : _gor_compile_tname (c, targs[i]));
    }
  g_string_append_c (s, ']');
  return g_string_free (s, FALSE);
}

/* Queues @d, compiled as the function of @sym in @scope */
static void
queue_body (GorCompiler *c, GorAstDecl *d, Sym *sym, Scope *scope)
{
  g_ptr_array_add (c->generics->func_decls, d);
  g_ptr_array_add (c->generics->func_syms, sym);
  g_hash_table_insert (c->generics->decl_scopes, d, scope);
}

static void
instance_method (GorCompiler *c, Instance *inst, GorAstDecl *md)
{
  GorAstDecl      *d = _gor_ast_clone_decl (c->file, md);
  GorAstExpr      *rt = unparen (d->recv->type), *index;
  gboolean         ptr = rt->kind == GOR_EXPR_STAR;
  GPtrArray       *names;
  Scope           *scope, *saved = c->scope;
  GorFunc         *f;
  GorMethod       *m;
  Sym             *sym;
  g_autofree char *name = NULL;
  const char      *tn = inst->g->name;

  index = ptr ? unparen (rt->x) : rt;
  names = g_ptr_array_new ();
  if (index->list->len > 0)
    g_ptr_array_extend (names, index->list, NULL, NULL);
  else
    g_ptr_array_add (names, index->y);
  for (guint i = 0; i < names->len; i++)
    if (((GorAstExpr *) g_ptr_array_index (names, i))->kind != GOR_EXPR_IDENT)
      {
        _gor_compile_error_at (c, ((GorAstExpr *) g_ptr_array_index (names, i))->pos,
                               "receiver type parameter %s must be an identifier",
                               _gor_compile_expr_str (c, g_ptr_array_index (names, i)));
        g_ptr_array_unref (names);
        return;
      }
  if (names->len != inst->g->names->len)
    {
      _gor_compile_error_at (c, index->pos,
                             "receiver declares %u type parameters, but receiver base type declares %u",
                             names->len, inst->g->names->len);
      g_ptr_array_unref (names);
      return;
    }
  scope = make_scope (c, names, inst->targs);
  g_ptr_array_unref (names);
  if (gor_type_lookup_method (inst->type, d->name->name))
    {
      _gor_compile_error_at (c, d->name->pos, "method %s.%s already declared", tn, d->name->name);
      return;
    }
  name = ptr ? g_strdup_printf ("main.(*%s[...]).%s", tn, d->name->name)
             : g_strdup_printf ("main.%s[...].%s", tn, d->name->name);
  f = _gor_compile_func_new (c, name, d->pos.line);
  f->is_method = TRUE;
  m = g_new0 (GorMethod, 1);
  m->name = g_strdup (d->name->name);
  m->func = (int) f->index;
  m->ptr_recv = ptr;
  g_ptr_array_add (inst->type->methods, m);
  c->scope = scope;
  m->sig = _gor_compile_func_type_from_ast (c, d->type, NULL);
  c->scope = saved;
  sym = _gor_compile_sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
  sym->func = (int) f->index;
  sym->type = m->sig;
  queue_body (c, d, sym, scope);
}

static Instance *
lookup_instance (Generic *g, GorType **targs, char **key)
{
  *key = instance_key (targs, g->names->len);
  return g_hash_table_lookup (g->instances, *key);
}

static Instance *
add_instance (Generic *g, GorType **targs, char *key)
{
  Instance *inst = g_new0 (Instance, 1);

  inst->g = g;
  inst->targs = g_memdup2 (targs, sizeof (GorType *) * MAX (g->names->len, 1));
  g_hash_table_insert (g->instances, key, inst);
  return inst;
}

/* F[T] instantiating F[[]T] … never ends: Go refuses such a cycle */
static gboolean
too_many (GorCompiler *c, Generic *g)
{
  GorAstExpr *name = g->decl ? g->decl->name : g_ptr_array_index (g->spec->names, 0);

  if (g_hash_table_size (g->instances) < MAX_INSTANCES)
    return FALSE;
  _gor_compile_error_at (c, name->pos, "instantiation cycle");
  return TRUE;
}

/* The methods the instance's embedded fields promote, as wrappers whose
 * receiver type is named by a symbol of the package scope */
static void
promote (GorCompiler *c, Instance *inst, Generic *g)
{
  GorGenerics *gs = c->generics;
  guint        before = gs->func_decls->len;
  const char  *sname = _gor_compile_keep (c, g_strdup (_gor_compile_tname (c, inst->type)), g_free);
  Sym         *tsym = _gor_compile_sym_new (c, SYM_TYPE, sname, g->spec->pos);

  tsym->type = inst->type;
  tsym->resolved = TRUE;
  tsym->used = TRUE;
  g_hash_table_insert (c->package->syms, (gpointer) sname, tsym);
  _gor_compile_promote_instance (c, tsym, gs->func_decls, gs->func_syms);
  /* their signatures are set: declare_signatures leaves them */
  for (guint i = before; i < gs->func_decls->len; i++)
    g_hash_table_insert (gs->decl_scopes, g_ptr_array_index (gs->func_decls, i), c->package);
}

static GorType *
instantiate_type (GorCompiler *c, Generic *g, GorType **targs)
{
  char            *key;
  Instance        *inst = lookup_instance (g, targs, &key);
  g_autofree char *ts = NULL, *name = NULL;
  Scope           *scope, *saved = c->scope;
  GorType         *u;

  if (inst)
    {
      g_free (key);
      return inst->type;
    }
  if (too_many (c, g))
    {
      g_free (key);
      return c->t_int;
    }
  inst = add_instance (g, targs, key);
  ts = targs_string (c, targs, g->names->len, TRUE);
  name = g_strdup_printf ("main.%s%s", g->name, ts);
  inst->type = gor_types_named (c->types, name);
  g_hash_table_insert (c->generics->type_instances, inst->type, inst);
  scope = make_scope (c, g->names, targs);
  c->scope = scope;
  u = _gor_compile_resolve_type (c, g->spec->type);
  c->scope = saved;
  if (u == inst->type || gor_type_under (u) == NULL)
    {
      _gor_compile_error_at (c, g->spec->pos, "invalid recursive type %s", g->name);
      u = c->t_int;
    }
  gor_type_set_underlying (inst->type, u);
  for (guint i = 0; i < g->methods->len; i++)
    instance_method (c, inst, g_ptr_array_index (g->methods, i));
  promote (c, inst, g);
  return inst->type;
}

static Sym *
instantiate_func (GorCompiler *c, Generic *g, GorType **targs, GorPos pos)
{
  char            *key;
  Instance        *inst = lookup_instance (g, targs, &key);
  g_autofree char *ts = NULL, *fname = NULL;
  char            *sname;
  GorAstDecl      *d;
  Scope           *scope, *saved = c->scope;
  GorFunc         *f;
  Sym             *sym;

  if (inst)
    {
      g_free (key);
      return inst->sym;
    }
  if (too_many (c, g))
    {
      GHashTableIter it;
      gpointer       any = NULL;

      g_free (key);
      g_hash_table_iter_init (&it, g->instances);
      g_hash_table_iter_next (&it, NULL, &any);
      if (any)
        return ((Instance *) any)->sym;
    }
  inst = add_instance (g, targs, key);
  ts = targs_string (c, targs, g->names->len, FALSE);
  /* names that are no identifier: no declaration of the program's hides them */
  sname = _gor_compile_keep (c,
                             g_str_equal (g->pkg, "main") ? g_strdup_printf ("%s%s", g->name, ts)
                                                          : g_strdup_printf ("%s.%s%s", g->pkg, g->name, ts),
                             g_free);
  fname = g_strdup_printf ("%s.%s[...]", g->pkg, g->name);
  d = _gor_ast_clone_decl (c->file, g->decl);
  f = _gor_compile_func_new (c, fname, d->pos.line);
  sym = _gor_compile_sym_new (c, SYM_FUNC, sname, pos);
  sym->func = (int) f->index;
  sym->used = TRUE;
  inst->sym = sym;
  scope = make_scope (c, g->names, targs);
  c->scope = scope;
  sym->type = _gor_compile_func_type_from_ast (c, d->type, NULL);
  c->scope = saved;
  g_hash_table_insert (c->package->syms, sname, sym);
  queue_body (c, d, sym, scope);
  return sym;
}

/* A type of the type set of the constraint @cons that stands for any of
 * them in a body no call instantiated: int for any, comparable and
 * cmp.Ordered, the first term of a union; NULL for a constraint with
 * methods or one declared apart. */
static GorType *
witness (GorCompiler *c, GorAstExpr *cons, int level)
{
  cons = unparen (cons);
  if (cons == NULL || level > 20)
    return NULL;
  if (cons->kind == GOR_EXPR_IDENT
      && (g_str_equal (cons->name, "any") || g_str_equal (cons->name, "comparable")))
    {
      Sym *sym = _gor_compile_lookup (c, cons->name);

      /* comparable is no name of the universe here: it only constrains */
      if (sym == NULL)
        return g_str_equal (cons->name, "comparable") ? c->t_int : NULL;
      return sym == g_hash_table_lookup (c->universe->syms, cons->name) ? c->t_int : NULL;
    }
  if (cons->kind == GOR_EXPR_SELECTOR && cons->x && cons->x->kind == GOR_EXPR_IDENT
      && g_str_equal (cons->name, "Ordered"))
    {
      Sym *pkg = _gor_compile_lookup (c, cons->x->name);

      return pkg && pkg->kind == SYM_PKG && g_str_equal (pkg->pkg, "cmp") ? c->t_int : NULL;
    }
  if (cons->kind == GOR_EXPR_BINARY && cons->op == GOR_TOKEN_OR)
    return witness (c, cons->x, level + 1);
  if (cons->kind == GOR_EXPR_UNARY && cons->op == GOR_TOKEN_TILDE)
    cons = unparen (cons->x);
  if (cons->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, cons->name);

      /* a predeclared type, not a constraint of the program's */
      if (sym && sym->kind == SYM_TYPE && sym->type && sym->type->kind != GOR_TYPE_INTERFACE
          && (sym->type->kind <= GOR_TYPE_STRING))
        return sym->type;
    }
  return NULL;
}

/* Go type-checks the body of every generic function, called or not.  A
 * function of the program's that no call instantiated is compiled once,
 * each type parameter a type of its own over a type of its constraint's
 * type set (witness above), so that its body's errors are reported where
 * Go reports them; the instance is never called.  Returns whether any
 * body was queued. */
gboolean
_gor_compile_generics_check_uncalled (GorCompiler *c)
{
  GorGenerics *gs = c->generics;
  gboolean     queued = FALSE;
  guint        n = gs ? gs->owned->len : 0;

  for (guint i = 0; i < n; i++)
    {
      Generic             *g = g_ptr_array_index (gs->owned, i);
      g_autofree GorType **targs = NULL;
      guint                k;

      if (g->decl == NULL || g->spec != NULL || !g_str_equal (g->pkg, "main")
          || g_hash_table_size (g->instances) > 0 || g->names->len == 0)
        continue;
      targs = g_new0 (GorType *, g->names->len);
      for (k = 0; k < g->names->len; k++)
        {
          GorAstExpr *name = g_ptr_array_index (g->names, k);
          GorType    *w = witness (c, g_ptr_array_index (g->constraints, k), 0);

          if (w == NULL)
            break;
          targs[k] = gor_types_named (c->types, name->name);
          gor_type_set_underlying (targs[k], w);
        }
      if (k < g->names->len)
        continue;
      instantiate_func (c, g, targs, g->decl->pos);
      queued = TRUE;
    }
  return queued;
}

/* Constraints */

static gboolean
is_ordered (GorType *t)
{
  GorType *u = gor_type_under (t);

  return gor_type_is_integer (u) || gor_type_is_float (u) || gor_type_is_string (u);
}

static const char ordered_terms[]
    = "~int | ~int8 | ~int16 | ~int32 | ~int64 | ~uint | ~uint8 | ~uint16 | ~uint32 | ~uint64 | ~uintptr | "
      "~float32 | ~float64 | ~string";

static gboolean satisfies (GorCompiler *c, GorType *t, GorAstExpr *cons, char **why);

static gboolean
has_method (GorType *t, const char *name)
{
  if (gor_type_lookup_method (t, name))
    return TRUE;
  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    return gor_type_field_index (gor_type_under (t), name) >= 0;
  return FALSE;
}

/* Whether @t is in the type set of @cons, an interface's element */
static gboolean
in_terms (GorCompiler *c, GorType *t, GorAstExpr *e, gboolean *is_terms)
{
  e = unparen (e);
  if (e->kind == GOR_EXPR_BINARY && e->op == GOR_TOKEN_OR)
    return in_terms (c, t, e->x, is_terms) | in_terms (c, t, e->y, is_terms);
  *is_terms = TRUE;
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_TILDE)
    return gor_type_under (t) == gor_type_under (_gor_compile_resolve_type (c, e->x));
  return t == _gor_compile_resolve_type (c, e);
}

static gboolean
satisfies_interface (GorCompiler *c, GorType *t, GorAstExpr *iface, char **why)
{
  for (guint i = 0; i < iface->fields->len; i++)
    {
      GorAstField *f = g_ptr_array_index (iface->fields, i);

      if (!f->embedded && f->names->len > 0)
        {
          const char *m = ((GorAstExpr *) g_ptr_array_index (f->names, 0))->name;

          if (!has_method (t, m))
            {
              *why = g_strdup_printf ("missing method %s", m);
              return FALSE;
            }
          continue;
        }
      if (!satisfies (c, t, f->type, why))
        return FALSE;
    }
  return TRUE;
}

static gboolean
satisfies (GorCompiler *c, GorType *t, GorAstExpr *cons, char **why)
{
  GorAstExpr *e = unparen (cons);
  gboolean    is_terms = FALSE;

  if (e->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, e->name);

      if (sym == NULL && g_str_equal (e->name, "comparable"))
        return gor_type_comparable (t) || gor_type_under (t)->kind == GOR_TYPE_INTERFACE;
      if (sym && sym->kind == SYM_TYPE && sym->spec && sym->spec->type
          && unparen (sym->spec->type)->kind == GOR_EXPR_INTERFACE_TYPE)
        return satisfies_interface (c, t, unparen (sym->spec->type), why);
    }
  if (e->kind == GOR_EXPR_SELECTOR && e->x && e->x->kind == GOR_EXPR_IDENT
      && g_str_equal (e->name, "Ordered"))
    {
      Sym *pkg = _gor_compile_lookup (c, e->x->name);

      if (pkg == NULL ? g_str_equal (e->x->name, "cmp")
                      : pkg->kind == SYM_PKG && g_str_equal (pkg->pkg, "cmp"))
        {
          if (is_ordered (t))
            return TRUE;
          *why = g_strdup_printf ("%s missing in %s", _gor_compile_tname (c, t), ordered_terms);
          return FALSE;
        }
    }
  if (e->kind == GOR_EXPR_INTERFACE_TYPE)
    return satisfies_interface (c, t, e, why);
  if (in_terms (c, t, e, &is_terms))
    return TRUE;
  if (is_terms && !(e->kind == GOR_EXPR_IDENT || e->kind == GOR_EXPR_SELECTOR))
    {
      *why = g_strdup_printf ("%s missing in %s", _gor_compile_tname (c, t), _gor_compile_expr_str (c, e));
      return FALSE;
    }
  {
    GorType *it = _gor_compile_resolve_type (c, e);

    if (gor_type_under (it)->kind == GOR_TYPE_INTERFACE)
      {
        if (_gor_compile_implements (c, t, it))
          return TRUE;
        *why = NULL;
        return FALSE;
      }
    if (t == it)
      return TRUE;
    *why = g_strdup_printf ("%s missing in %s", _gor_compile_tname (c, t), _gor_compile_expr_str (c, e));
    return FALSE;
  }
}

/* Reports the first type argument its constraint refuses: at the type
 * argument written in @args, else at @pos; @call names the function whose
 * call inferred it, for Go's words on a missing method */
static gboolean
check_constraints (GorCompiler *c, Generic *g, GorType **targs, GPtrArray *args, GorPos pos, const char *call)
{
  Scope   *saved = c->scope;
  gboolean ok = TRUE;

  c->scope = make_scope (c, g->names, targs);
  for (guint i = 0; ok && i < g->names->len; i++)
    {
      char       *why = NULL;
      GorAstExpr *cons = g_ptr_array_index (g->constraints, i);

      if (satisfies (c, targs[i], cons, &why))
        continue;
      ok = FALSE;
      c->scope = saved;
      if (args && i < args->len)
        pos = _gor_compile_expr_start (g_ptr_array_index (args, i));
      else if (call && why && g_str_has_prefix (why, "missing method"))
        {
          _gor_compile_error_at (c, pos, "in call to %s, %s (type %s) does not satisfy %s (%s)", call,
                                 ((GorAstExpr *) g_ptr_array_index (g->names, i))->name,
                                 _gor_compile_tname (c, targs[i]), _gor_compile_expr_str (c, cons), why);
          g_free (why);
          continue;
        }
      if (why)
        _gor_compile_error_at (c, pos, "%s does not satisfy %s (%s)", _gor_compile_tname (c, targs[i]),
                               _gor_compile_expr_str (c, cons), why);
      else
        _gor_compile_error_at (c, pos, "%s does not satisfy %s", _gor_compile_tname (c, targs[i]),
                               _gor_compile_expr_str (c, cons));
      g_free (why);
    }
  c->scope = saved;
  return ok;
}

/* Explicit type arguments: the list of an index expression */
static GPtrArray *
index_args (GorAstExpr *e)
{
  GPtrArray *l = g_ptr_array_new ();

  if (e->list->len > 0)
    g_ptr_array_extend (l, e->list, NULL, NULL);
  else
    g_ptr_array_add (l, e->y);
  return l;
}

static Generic *
generic_of (GorCompiler *c, GorAstExpr *e)
{
  Sym *sym;

  e = unparen (e);
  if (e == NULL || e->kind != GOR_EXPR_IDENT)
    return NULL;
  sym = _gor_compile_lookup (c, e->name);
  return sym && sym->kind == SYM_GENERIC ? sym->generic : NULL;
}

/* G[A, B] in a type; NULL when @e is not an instantiation */
GorType *
_gor_compile_generic_type (GorCompiler *c, GorAstExpr *e)
{
  Generic *g = e->kind == GOR_EXPR_INDEX ? generic_of (c, e->x) : NULL;
  g_autoptr (GPtrArray) args = NULL;
  g_autofree GorType **targs = NULL;

  if (g == NULL || g->spec == NULL)
    return NULL;
  args = index_args (e);
  if (args->len != g->names->len)
    {
      _gor_compile_error_at (c, e->pos, "%s type arguments for type %s: have %u, want %u",
                             args->len < g->names->len ? "not enough" : "too many", g->name, args->len,
                             g->names->len);
      return c->t_int;
    }
  targs = g_new0 (GorType *, args->len + 1);
  for (guint i = 0; i < args->len; i++)
    targs[i] = _gor_compile_resolve_type (c, g_ptr_array_index (args, i));
  if (!check_constraints (c, g, targs, args, e->pos, NULL))
    {
      /* a stand-in, so that no later message comes before this one */
      GorType *t = gor_types_named (c->types, _gor_compile_expr_str (c, e));

      gor_type_set_underlying (t, gor_types_struct (c->types, g_ptr_array_new ()));
      return t;
    }
  return instantiate_type (c, g, targs);
}

/* Inference */

typedef struct
{
  Generic  *g;
  GorType **bound;
  GorType **untyped; /* the untyped constant kinds seen for an unbound parameter */
} Infer;

static int
tparam_index (Generic *g, const char *name)
{
  for (guint i = 0; i < g->names->len; i++)
    if (g_str_equal (((GorAstExpr *) g_ptr_array_index (g->names, i))->name, name))
      return (int) i;
  return -1;
}

static gboolean
mentions_tparam (Generic *g, GorAstExpr *e)
{
  if (e == NULL)
    return FALSE;
  if (e->kind == GOR_EXPR_IDENT)
    return tparam_index (g, e->name) >= 0;
  if (mentions_tparam (g, e->x) || mentions_tparam (g, e->y))
    return TRUE;
  for (guint i = 0; i < e->list->len; i++)
    if (mentions_tparam (g, g_ptr_array_index (e->list, i)))
      return TRUE;
  for (guint k = 0; k < 2; k++)
    {
      GPtrArray *l = k == 0 ? e->params : e->results;

      for (guint i = 0; i < l->len; i++)
        if (mentions_tparam (g, ((GorAstField *) g_ptr_array_index (l, i))->type))
          return TRUE;
    }
  return FALSE;
}

/* The types of a function type's parameters (or results), one a name */
static GPtrArray *
field_types (GPtrArray *fields)
{
  GPtrArray *out = g_ptr_array_new ();

  for (guint i = 0; i < fields->len; i++)
    {
      GorAstField *f = g_ptr_array_index (fields, i);

      for (guint j = 0; j < MAX (f->names->len, 1); j++)
        g_ptr_array_add (out, f->type);
    }
  return out;
}

static void
unify (GorCompiler *c, Infer *in, GorAstExpr *pt, GorType *at)
{
  GorType *u;

  pt = unparen (pt);
  if (pt == NULL || at == NULL)
    return;
  if (pt->kind == GOR_EXPR_IDENT)
    {
      int i = tparam_index (in->g, pt->name);

      if (i >= 0 && in->bound[i] == NULL)
        in->bound[i] = at;
      return;
    }
  u = gor_type_under (at);
  switch (pt->kind)
    {
    case GOR_EXPR_STAR:
      if (u->kind == GOR_TYPE_POINTER)
        unify (c, in, pt->x, u->elem);
      break;
    case GOR_EXPR_ELLIPSIS:
      if (u->kind == GOR_TYPE_SLICE && !u->is_array)
        unify (c, in, pt->x, u->elem);
      break;
    case GOR_EXPR_ARRAY_TYPE:
      if (u->kind == GOR_TYPE_SLICE && u->is_array == (pt->y != NULL))
        unify (c, in, pt->x, u->elem);
      break;
    case GOR_EXPR_MAP_TYPE:
      if (u->kind == GOR_TYPE_MAP)
        {
          unify (c, in, pt->y, u->key);
          unify (c, in, pt->x, u->elem);
        }
      break;
    case GOR_EXPR_CHAN_TYPE:
      if (u->kind == GOR_TYPE_CHAN)
        unify (c, in, pt->x, u->elem);
      break;
    case GOR_EXPR_FUNC_TYPE:
      if (u->kind == GOR_TYPE_FUNC)
        {
          g_autoptr (GPtrArray) ps = field_types (pt->params);
          g_autoptr (GPtrArray) rs = field_types (pt->results);

          for (guint i = 0; i < ps->len && i < u->params->len; i++)
            unify (c, in, g_ptr_array_index (ps, i), g_ptr_array_index (u->params, i));
          for (guint i = 0; i < rs->len && i < u->results->len; i++)
            unify (c, in, g_ptr_array_index (rs, i), g_ptr_array_index (u->results, i));
        }
      break;
    case GOR_EXPR_INDEX:
      {
        Instance *inst = g_hash_table_lookup (c->generics->type_instances, at);
        Generic  *g = generic_of (c, pt->x);
        g_autoptr (GPtrArray) args = index_args (pt);

        if (inst == NULL || inst->g != g)
          break;
        for (guint i = 0; i < args->len && i < g->names->len; i++)
          unify (c, in, g_ptr_array_index (args, i), inst->targs[i]);
      }
      break;
    default: break;
    }
}

/* The type of argument @e without its code: a function literal's from
 * its signature, a constant's from its value, others compiled and taken
 * back.  *untyped is set for untyped constants. */
static GorType *
arg_type (GorCompiler *c, GorAstExpr *e, gboolean *untyped)
{
  ConstVal cv;
  guint    mark, lines;
  int      depth;
  GorType *t;

  *untyped = FALSE;
  e = unparen (e);
  if (e->kind == GOR_EXPR_FUNC_LIT)
    return _gor_compile_func_type_from_ast (c, e->x, NULL);
  if (_gor_compile_is_nil_expr (c, e))
    return NULL;
  if (e->info != NOT_CONST && _gor_compile_const_eval (c, e, &cv))
    {
      *untyped = gor_type_is_untyped (cv.type);
      return cv.type;
    }
  if (c->fn == NULL)
    return NULL;
  mark = c->fn->func->code->len;
  lines = c->fn->func->lines->len;
  depth = c->fn->depth;
  t = _gor_compile_gen_expr (c, e, NULL);
  g_array_set_size (c->fn->func->code, mark);
  g_array_set_size (c->fn->func->lines, MIN (lines, mark));
  c->fn->depth = depth;
  if (t && t->kind == GOR_TYPE_TUPLE)
    return NULL;
  return t;
}

static int
untyped_rank (GorType *t)
{
  switch (t->kind)
    {
    case GOR_TYPE_UNTYPED_INT: return 1;
    case GOR_TYPE_UNTYPED_RUNE: return 2;
    case GOR_TYPE_UNTYPED_FLOAT: return 3;
    case GOR_TYPE_UNTYPED_COMPLEX: return 4;
    default: return 0;
    }
}

/* The core type of a constraint: S ~[]E binds E from S */
static void
core_types (GorCompiler *c, Infer *in)
{
  Generic *g = in->g;

  for (guint pass = 0; pass < 2; pass++)
    for (guint k = 0; k < g->names->len; k++)
      {
        GorAstExpr *cons = unparen (g_ptr_array_index (g->constraints, k));

        if (in->bound[k] == NULL || cons == NULL)
          continue;
        if (cons->kind == GOR_EXPR_UNARY && cons->op == GOR_TOKEN_TILDE)
          unify (c, in, cons->x, gor_type_under (in->bound[k]));
        else if (cons->kind != GOR_EXPR_IDENT && cons->kind != GOR_EXPR_BINARY
                 && cons->kind != GOR_EXPR_INTERFACE_TYPE && cons->kind != GOR_EXPR_SELECTOR)
          unify (c, in, cons, in->bound[k]);
      }
}

static gboolean
infer (GorCompiler *c, Generic *g, GorAstExpr *call, GorType **targs, const char *fname)
{
  Infer in = { g, targs, NULL };
  g_autoptr (GPtrArray) ps = field_types (g->decl->type->params);
  GorAstExpr          *last = ps->len ? g_ptr_array_index (ps, ps->len - 1) : NULL;
  gboolean             variadic = last && last->kind == GOR_EXPR_ELLIPSIS;
  guint                n = g->names->len;
  g_autofree GorType **untyped = g_new0 (GorType *, n + 1);

  in.untyped = untyped;
  for (guint i = 0; i < call->list->len; i++)
    {
      GorAstExpr *arg = g_ptr_array_index (call->list, i);
      GorAstExpr *pt;
      GorType    *at;
      gboolean    is_untyped;

      if (variadic && i >= ps->len - 1)
        pt = call->has_ellipsis ? last : last->x;
      else if (i < ps->len)
        pt = g_ptr_array_index (ps, i);
      else
        break;
      if (!mentions_tparam (g, pt))
        continue;
      at = arg_type (c, arg, &is_untyped);
      if (at == NULL)
        continue;
      if (is_untyped)
        {
          GorAstExpr *bare = unparen (pt);
          int         k = bare->kind == GOR_EXPR_IDENT ? tparam_index (g, bare->name) : -1;

          if (k >= 0 && (untyped[k] == NULL || untyped_rank (at) > untyped_rank (untyped[k])))
            untyped[k] = at;
          continue;
        }
      unify (c, &in, pt, at);
    }
  /* as Go: the typed arguments, then the constraints' core types, then
   * the untyped constants' defaults, then the core types again */
  core_types (c, &in);
  for (guint k = 0; k < n; k++)
    if (targs[k] == NULL && untyped[k] != NULL)
      targs[k] = gor_type_default (c->types, untyped[k]);
  core_types (c, &in);
  for (guint k = 0; k < n; k++)
    if (targs[k] == NULL)
      {
        GorAstExpr *tp = g_ptr_array_index (g->names, k);

        if (g_str_equal (g->pkg, "main"))
          _gor_compile_error_at (c, _gor_ast_expr_go_pos (call), "in call to %s, cannot infer %s (%s:%u:%u)",
                                 fname, tp->name, c->file->filename, tp->pos.line, tp->pos.col);
        else
          _gor_compile_error_at (c, _gor_ast_expr_go_pos (call), "in call to %s, cannot infer %s", fname,
                                 tp->name);
        return FALSE;
      }
  return TRUE;
}

/* "cmp.Compare" as Go's messages name a library's function */
static const char *
sname_of (GorCompiler *c, Generic *g)
{
  return _gor_compile_keep (c, g_strdup_printf ("%s.%s", g->pkg, g->name), g_free);
}

/* Explicit type arguments of F[A, B], to *targs; FALSE after an error */
static gboolean
explicit_args (GorCompiler *c, Generic *g, GorAstExpr *index, GorType **targs)
{
  g_autoptr (GPtrArray) args = index_args (index);

  if (args->len > g->names->len)
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (args, g->names->len)),
                             "got %u type arguments but %s has %u type parameters", args->len, g->name,
                             g->names->len);
      return FALSE;
    }
  for (guint i = 0; i < args->len; i++)
    targs[i] = _gor_compile_resolve_type (c, g_ptr_array_index (args, i));
  return TRUE;
}

/* cmp.@name, from the package's source parsed at its first use */
static Generic *
cmp_generic (GorCompiler *c, const char *name)
{
  GorGenerics *gs = c->generics;

  if (gs->cmp_generics == NULL)
    {
      g_autoptr (GError) error = NULL;

      gs->cmp_generics = g_hash_table_new (g_str_hash, g_str_equal);
      gs->cmp_file = gor_parse_file ("cmp.go", cmp_source, -1, &error);
      g_assert_no_error (error);
      for (guint i = 0; i < gs->cmp_file->decls->len; i++)
        {
          GorAstDecl *d = g_ptr_array_index (gs->cmp_file->decls, i);
          Generic    *g;

          if (d->kind != GOR_DECL_FUNC || d->type->tparams->len == 0)
            continue;
          g = generic_new (c, d->name->name, d->type->tparams);
          g->pkg = "cmp";
          g->decl = d;
          g_hash_table_insert (gs->cmp_generics, (gpointer) d->name->name, g);
        }
    }
  return g_hash_table_lookup (gs->cmp_generics, name);
}

/* The generic function @f names: the program's, or a library package's */
static Generic *
generic_func_of (GorCompiler *c, GorAstExpr *f)
{
  Sym *pkg;

  f = unparen (f);
  if (f && f->kind == GOR_EXPR_SELECTOR && f->x && f->x->kind == GOR_EXPR_IDENT)
    {
      pkg = _gor_compile_lookup (c, f->x->name);
      if (pkg == NULL || pkg->kind != SYM_PKG || !g_str_equal (pkg->pkg, "cmp"))
        return NULL;
      pkg->used = TRUE;
      return cmp_generic (c, f->name);
    }
  return generic_of (c, f);
}

/* A call of a generic function: its callee becomes the instance's name.
 * Returns 0 for other calls, 1 once rewritten, -1 after an error. */
int
_gor_compile_generic_call (GorCompiler *c, GorAstExpr *call)
{
  GorAstExpr          *f = unparen (call->x), *index = NULL, *id;
  Generic             *g;
  Sym                 *sym;
  const char          *name;
  g_autofree GorType **targs = NULL;
  g_autoptr (GPtrArray) args = NULL;

  /* A callee rewritten by an earlier compilation of the file (gor_compile
   * compiles again after a range over a function) names an instance that
   * went with that compilation: start again from the original callee. */
  if (f && f->kind == GOR_EXPR_IDENT && f->x)
    {
      call->x = f->x;
      f = unparen (call->x);
    }
  if (f == NULL)
    return 0;
  if (f->kind == GOR_EXPR_INDEX)
    {
      index = f;
      g = generic_func_of (c, f->x);
    }
  else
    g = generic_func_of (c, f);
  if (g == NULL || g->decl == NULL)
    return 0;
  targs = g_new0 (GorType *, g->names->len + 1);
  if (index && !explicit_args (c, g, index, targs))
    return -1;
  args = index ? index_args (index) : NULL;
  name = g_str_equal (g->pkg, "main") ? g->name : sname_of (c, g);
  if (!infer (c, g, call, targs, name))
    return -1;
  if (!check_constraints (c, g, targs, args, _gor_ast_expr_go_pos (call), name))
    return -1;
  sym = instantiate_func (c, g, targs, f->pos);
  id = _gor_ast_clone_expr (c->file, f);
  id->kind = GOR_EXPR_IDENT;
  /* the AST outlives this compilation, and so must the name */
  id->name = _gor_ast_strndup (c->file, sym->name, strlen (sym->name));
  id->x = call->x;
  id->y = NULL;
  g_ptr_array_set_size (id->list, 0);
  call->x = id;
  return 1;
}

/* F[A, B] as a value: the instance's function */
GorType *
_gor_compile_generic_value (GorCompiler *c, GorAstExpr *e, gboolean *done)
{
  Generic             *g = e->kind == GOR_EXPR_INDEX ? generic_func_of (c, e->x) : NULL;
  g_autofree GorType **targs = NULL;
  Sym                 *sym;

  *done = FALSE;
  if (g == NULL || g->decl == NULL)
    return NULL;
  *done = TRUE;
  targs = g_new0 (GorType *, g->names->len + 1);
  if (!explicit_args (c, g, e, targs))
    return NULL;
  for (guint k = 0; k < g->names->len; k++)
    if (targs[k] == NULL)
      {
        _gor_compile_error_at (c, _gor_compile_expr_start (e), "in call to %s, cannot infer %s", g->name,
                               ((GorAstExpr *) g_ptr_array_index (g->names, k))->name);
        return NULL;
      }
  {
    g_autoptr (GPtrArray) args = index_args (e);

    if (!check_constraints (c, g, targs, args, e->pos, NULL))
      return NULL;
  }
  sym = instantiate_func (c, g, targs, e->pos);
  _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_static_closure (c, sym->func), 0, 1);
  return sym->type;
}
