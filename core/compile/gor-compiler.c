/* gor-compiler.c — checks a Go syntax tree and compiles it to bytecode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass per function body: each expression is typed as it is compiled.
 * Constant expressions are folded first (Go's untyped constants take their
 * type from where they are used).  Variables captured by a function
 * literal or whose address is taken live in boxes, so closures share them
 * (capture by reference); a loop's boxed variables get a new box per
 * iteration (Go 1.22).  Errors use Go 1.19's words; the first one by
 * position is reported.
 *
 * This file is the driver: gor_compile() runs the phases over the
 * package.  The rest of the compiler, one concern a file:
 *   gor-scope.c            scopes, symbols, captured variables, the universe
 *   gor-check-type.c       types written in the program, assignability
 *   gor-const.c            untyped constants and their folding
 *   gor-compile-expr.c     expressions
 *   gor-compile-call.c     calls, built-ins, conversions, methods
 *   gor-compile-assign.c   assignments, declarations, stores
 *   gor-compile-stmt.c     statements (for/range, switch, select, go/defer)
 *                          and function bodies
 *   gor-packages.c         the table of the importable packages' members
 *   gor-package-methods.c  methods of those packages' types
 *   gor-emit.c             emitting instructions, constants and functions
 *   gor-expr-print.c       how messages show and point at expressions
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"
#include "gor-diagnostic.h"
#include "gor-golib-private.h"

static gboolean
pos_less (GorPos a, GorPos b)
{
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

G_GNUC_PRINTF (3, 4) void _gor_compile_error_at (GorCompiler *c, GorPos pos, const char *fmt, ...)
{
  va_list ap;

  /* Once something is unsupported, later type errors may be artifacts of
   * what was skipped: the unsupported feature is what to report. */
  if (c->error != NULL && (c->error_unsupported || !pos_less (pos, c->error_pos)))
    return;
  g_free (c->error);
  va_start (ap, fmt);
  c->error = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  c->error_pos = pos;
  c->error_unsupported = FALSE;
}

G_GNUC_PRINTF (3, 4) void _gor_compile_unsupported (GorCompiler *c, GorPos pos, const char *fmt, ...)
{
  va_list          ap;
  g_autofree char *what = NULL;
  g_autofree char *advice = NULL;

  if (c->error != NULL && c->error_unsupported && !pos_less (pos, c->error_pos))
    return;
  va_start (ap, fmt);
  what = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  advice = _gor_compile_unsupported_advice (what);
  g_free (c->error);
  c->error = advice ? g_strdup_printf ("unsupported: %s: %s", what, advice)
                    : g_strdup_printf ("unsupported: %s", what);
  c->error_pos = pos;
  c->error_unsupported = TRUE;
}

/* Reports an identifier that no scope declares: Go predeclares some that
 * Gorolanes does not run, and those are unsupported rather than undefined. */
void
_gor_compile_undefined (GorCompiler *c, GorPos pos, const char *name)
{
  static const char *const types[] = { "uintptr" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (name, types[i]))
      {
        _gor_compile_unsupported (c, pos, "type %s", name);
        return;
      }
  _gor_compile_error_at (c, pos, "undefined: %s", name);
}

gpointer
_gor_compile_keep (GorCompiler *c, gpointer p, GDestroyNotify free_func)
{
  /* Things owned by the compilation, freed with it. */
  typedef struct
  {
    gpointer       p;
    GDestroyNotify f;
  } Owned;
  Owned *o = g_new (Owned, 1);

  o->p = p;
  o->f = free_func;
  g_ptr_array_add (c->garbage, o);
  return p;
}

static void
owned_free (gpointer data)
{
  struct
  {
    gpointer       p;
    GDestroyNotify f;
  } *o = data;

  if (o->f)
    o->f (o->p);
  g_free (o);
}

/* @sym is needed again while it is being resolved.  Go names the cycle
 * by its member first in the source; a lone member refers to itself. */
static void
report_init_cycle (GorCompiler *c, Sym *sym)
{
  Sym *first = sym;

  if (c->resolving == sym)
    {
      _gor_compile_error_at (c, sym->pos, "initialization cycle: %s refers to itself", sym->name);
      return;
    }
  for (Sym *s = c->resolving; s != NULL && s != sym; s = s->resolving_from)
    if (pos_less (s->pos, first->pos))
      first = s;
  _gor_compile_error_at (c, first->pos, "initialization cycle for %s", first->name);
}

void
_gor_compile_resolve_package_sym (GorCompiler *c, Sym *sym)
{
  Scope *saved = c->scope;

  if (sym->resolved || sym->spec == NULL)
    return;
  if (sym->resolving)
    {
      report_init_cycle (c, sym);
      sym->resolved = TRUE;
      sym->cv.type = c->t_int;
      if (sym->type == NULL)
        sym->type = c->t_int;
      return;
    }
  sym->resolving = TRUE;
  sym->resolving_from = c->resolving;
  c->resolving = sym;
  c->scope = c->package;
  if (sym->kind == SYM_CONST)
    _gor_compile_const_spec (c, sym->spec, c->package, TRUE);
  else if (sym->type == NULL)
    {
      _gor_compile_unsupported (
          c, sym->pos, "package variable %s read by an initialiser in a circle of references", sym->name);
      sym->type = c->t_int;
    }
  c->scope = saved;
  c->resolving = sym->resolving_from;
  sym->resolving = FALSE;
  sym->resolved = TRUE;
}

/* What the declarations of the package collect for the later phases. */
typedef struct
{
  GPtrArray *func_decls; /* GorAstDecl* of functions and methods, */
  GPtrArray *func_syms;  /* and their Sym* */
  GPtrArray *init_funcs; /* GorFunc* of the init() functions, in order */
} PackageDecls;

static void
declare_imports (GorCompiler *c)
{
  GorAstFile *file = c->file;

  for (guint i = 0; i < file->imports->len; i++)
    {
      GorAstSpec *sp = g_ptr_array_index (file->imports, i);
      const char *path = sp->path ? sp->path : "";
      const char *local;
      Sym        *sym;

      if (!_gor_compile_package_supported (path))
        {
          _gor_compile_unsupported (c, sp->pos, "import \"%s\"", path);
          continue;
        }
      local = _gor_compile_package_name (path);
      if (sp->names && sp->names->len > 0)
        {
          GorAstExpr *n = g_ptr_array_index (sp->names, 0);

          if (n && n->name && n->name[0])
            local = n->name;
        }
      /* a blank import only runs the package's init, which the
       * packages Gorolanes models do not need */
      if (g_str_equal (local, "_"))
        continue;
      if (g_str_equal (local, "."))
        {
          _gor_compile_unsupported (c, sp->pos, "import %s \"%s\"", local, path);
          continue;
        }
      sym = _gor_compile_sym_new (c, SYM_PKG, local, sp->pos);
      sym->pkg = path;
      sym->owner = NULL;
      sym->used = FALSE;
      _gor_compile_declare (c, c->package, sym);
      sym->init = (gpointer) sp;
    }
}

/* Declares every package-level name first: order does not matter in Go. */
static void
declare_package_names (GorCompiler *c, PackageDecls *decls)
{
  GorAstFile *file = c->file;
  guint       n_globals = 0;

  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind == GOR_DECL_FUNC)
        {
          Sym             *sym;
          g_autofree char *name = NULL;

          if (d->recv)
            continue;
          if (d->name == NULL)
            continue;
          if (d->body == NULL)
            {
              _gor_compile_error_at (c, d->name->pos, "missing function body");
              continue;
            }
          if (d->type->tparams->len > 0)
            {
              _gor_compile_declare (c, c->package, _gor_compile_generic_sym (c, d, NULL, d->name));
              continue;
            }
          name = g_strdup_printf ("main.%s", d->name->name);
          if (g_str_equal (d->name->name, "init"))
            {
              GorFunc *f = _gor_compile_func_new (c, name, d->pos.line);

              g_ptr_array_add (decls->init_funcs, f);
              sym = _gor_compile_sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
              sym->func = (int) f->index;
              g_ptr_array_add (decls->func_decls, d);
              g_ptr_array_add (decls->func_syms, sym);
              continue;
            }
          sym = _gor_compile_sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
          sym->func = (int) _gor_compile_func_new (c, name, d->pos.line)->index;
          _gor_compile_declare (c, c->package, sym);
          g_ptr_array_add (decls->func_decls, d);
          g_ptr_array_add (decls->func_syms, sym);
        }
      else if (d->kind == GOR_DECL_GEN && d->tok != GOR_TOKEN_IMPORT)
        {
          for (guint j = 0; d->specs && j < d->specs->len; j++)
            {
              GorAstSpec *sp = g_ptr_array_index (d->specs, j);

              for (guint k = 0; sp->names && k < sp->names->len; k++)
                {
                  GorAstExpr *n = g_ptr_array_index (sp->names, k);
                  Sym        *sym;

                  if (d->tok == GOR_TOKEN_TYPE && sp->tparams->len > 0)
                    sym = _gor_compile_generic_sym (c, NULL, sp, n);
                  else if (d->tok == GOR_TOKEN_TYPE)
                    {
                      g_autofree char *tn = g_strdup_printf ("main.%s", n->name);

                      sym = _gor_compile_sym_new (c, SYM_TYPE, n->name, n->pos);
                      sym->type = sp->is_alias ? NULL : gor_types_named (c->types, tn);
                      sym->spec = sp;
                    }
                  else if (d->tok == GOR_TOKEN_CONST)
                    {
                      sym = _gor_compile_sym_new (c, SYM_CONST, n->name, n->pos);
                      sym->spec = sp;
                    }
                  else
                    {
                      sym = _gor_compile_sym_new (c, SYM_VAR, n->name, n->pos);
                      sym->spec = sp;
                      sym->slot = (int) n_globals++;
                      sym->used = TRUE;
                    }
                  if (g_str_equal (n->name, "_"))
                    continue;
                  if (g_str_equal (n->name, "main") || g_str_equal (n->name, "init"))
                    {
                      _gor_compile_error_at (c, n->pos, "cannot declare %s - must be func", n->name);
                      continue;
                    }
                  _gor_compile_declare (c, c->package, sym);
                }
            }
        }
    }
  c->prog->n_globals = n_globals;
}

/* The search for package types that contain themselves: through their
 * names, aliases and the fields of structs (a pointer, slice, map,
 * channel, function or interface breaks such a cycle). */
typedef struct
{
  GHashTable *specs; /* name → GorAstSpec* of a package type */
  GHashTable *state; /* GorAstSpec* → 1 while on the path, 2 when done */
  GPtrArray  *path;  /* GorAstSpec* */
} TypeCycles;

static GorAstExpr *
spec_name (GorAstSpec *sp)
{
  return g_ptr_array_index (sp->names, 0);
}

static void visit_type_spec (GorCompiler *c, TypeCycles *tc, GorAstSpec *sp);

static void
visit_type_expr (GorCompiler *c, TypeCycles *tc, GorAstExpr *e)
{
  if (e == NULL)
    return;
  switch (e->kind)
    {
    case GOR_EXPR_PAREN: visit_type_expr (c, tc, e->x); break;
    case GOR_EXPR_IDENT:
      {
        GorAstSpec *sp = g_hash_table_lookup (tc->specs, e->name);

        if (sp != NULL)
          visit_type_spec (c, tc, sp);
        break;
      }
    case GOR_EXPR_STRUCT_TYPE:
      for (guint i = 0; e->fields && i < e->fields->len; i++)
        visit_type_expr (c, tc, ((GorAstField *) g_ptr_array_index (e->fields, i))->type);
      break;
    case GOR_EXPR_INTERFACE_TYPE:
      /* an embedded interface is part of the outer one */
      for (guint i = 0; e->fields && i < e->fields->len; i++)
        {
          GorAstField *f = g_ptr_array_index (e->fields, i);

          if (f->names == NULL || f->names->len == 0)
            visit_type_expr (c, tc, f->type);
        }
      break;
    default: break;
    }
}

static void
visit_type_spec (GorCompiler *c, TypeCycles *tc, GorAstSpec *sp)
{
  int state = GPOINTER_TO_INT (g_hash_table_lookup (tc->state, sp));

  if (state == 2)
    return;
  if (state == 1)
    {
      /* Go names the cycle by its member first in the source and
       * prints the members on the lines that follow */
      guint       from = 0, n;
      GorAstSpec *first = sp;

      while (g_ptr_array_index (tc->path, from) != sp)
        from++;
      n = tc->path->len - from;
      for (guint i = from; i < tc->path->len; i++)
        {
          GorAstSpec *m = g_ptr_array_index (tc->path, i);

          if (pos_less (spec_name (m)->pos, spec_name (first)->pos))
            first = m;
        }
      if (n == 1)
        _gor_compile_error_at (c, spec_name (first)->pos, "invalid recursive type: %s refers to itself",
                               spec_name (first)->name);
      else
        _gor_compile_error_at (c, spec_name (first)->pos, "invalid recursive type %s",
                               spec_name (first)->name);
      return;
    }
  g_hash_table_insert (tc->state, sp, GINT_TO_POINTER (1));
  g_ptr_array_add (tc->path, sp);
  visit_type_expr (c, tc, sp->type);
  g_ptr_array_set_size (tc->path, tc->path->len - 1);
  g_hash_table_insert (tc->state, sp, GINT_TO_POINTER (2));
}

static void
check_type_cycles (GorCompiler *c)
{
  GorAstFile *file = c->file;
  TypeCycles  tc;
  g_autoptr (GPtrArray) order = g_ptr_array_new ();

  tc.specs = g_hash_table_new (g_str_hash, g_str_equal);
  tc.state = g_hash_table_new (NULL, NULL);
  tc.path = g_ptr_array_new ();
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind != GOR_DECL_GEN || d->tok != GOR_TOKEN_TYPE)
        continue;
      for (guint j = 0; d->specs && j < d->specs->len; j++)
        {
          GorAstSpec *sp = g_ptr_array_index (d->specs, j);

          if (sp->names == NULL || sp->names->len == 0 || spec_name (sp) == NULL
              || spec_name (sp)->name == NULL || sp->tparams->len > 0)
            continue;
          g_hash_table_insert (tc.specs, (gpointer) spec_name (sp)->name, sp);
          g_ptr_array_add (order, sp);
        }
    }
  for (guint i = 0; i < order->len; i++)
    visit_type_spec (c, &tc, g_ptr_array_index (order, i));
  g_hash_table_unref (tc.specs);
  g_hash_table_unref (tc.state);
  g_ptr_array_unref (tc.path);
}

static void
resolve_type_decls (GorCompiler *c)
{
  GorAstFile *file = c->file;

  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind != GOR_DECL_GEN || d->tok != GOR_TOKEN_TYPE)
        continue;
      for (guint j = 0; d->specs && j < d->specs->len; j++)
        {
          GorAstSpec *sp = g_ptr_array_index (d->specs, j);
          GorAstExpr *n = sp->names && sp->names->len ? g_ptr_array_index (sp->names, 0) : NULL;
          Sym        *sym = n ? g_hash_table_lookup (c->package->syms, n->name) : NULL;
          GorType    *u;

          if (sym == NULL || sym->kind != SYM_TYPE || sym->resolved)
            continue;
          u = _gor_compile_resolve_type (c, sp->type);
          if (sp->is_alias)
            sym->type = u;
          else if (u == sym->type || gor_type_under (u) == NULL)
            {
              _gor_compile_error_at (c, n->pos, "invalid recursive type %s", n->name);
              gor_type_set_underlying (sym->type, c->t_int);
            }
          else
            gor_type_set_underlying (sym->type, u);
          sym->resolved = TRUE;
        }
    }
}

static void
declare_signatures (GorCompiler *c, PackageDecls *decls)
{
  for (guint i = 0; i < decls->func_decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (decls->func_decls, i);
      Sym        *sym = g_ptr_array_index (decls->func_syms, i);

      /* instances made by the type declarations have theirs */
      if (_gor_compile_generic_scope (c, d) != NULL)
        continue;
      sym->type = _gor_compile_func_type_from_ast (c, d->type, NULL);
      if (g_str_equal (d->name->name, "init") || g_str_equal (d->name->name, "main"))
        if (sym->type->params->len > 0 || sym->type->results->len > 0)
          _gor_compile_error_at (c, d->name->pos, "func %s must have no arguments and no return values",
                                 d->name->name);
    }
}

static void
declare_methods (GorCompiler *c, PackageDecls *decls)
{
  GorAstFile *file = c->file;

  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl      *d = g_ptr_array_index (file->decls, i);
      GorType         *rt, *base;
      gboolean         ptr;
      GorMethod       *m;
      GorFunc         *f;
      Sym             *sym;
      g_autofree char *name = NULL;

      if (d->kind != GOR_DECL_FUNC || d->recv == NULL || d->name == NULL
          || _gor_compile_is_generic_method (c, d))
        continue;
      rt = _gor_compile_resolve_type (c, d->recv->type);
      ptr = rt->kind == GOR_TYPE_POINTER && rt->name == NULL;
      base = ptr ? rt->elem : rt;
      if (base->name == NULL || !g_str_has_prefix (base->name, "main.") || base->methods == NULL)
        {
          _gor_compile_error_at (c, d->recv->pos, "invalid receiver type %s", _gor_compile_tname (c, rt));
          continue;
        }
      if (gor_type_lookup_method (base, d->name->name))
        {
          _gor_compile_error_at (c, d->name->pos, "method %s.%s already declared", base->name + 5,
                                 d->name->name);
          continue;
        }
      if (gor_type_under (base)->kind == GOR_TYPE_STRUCT
          && gor_type_field_index (gor_type_under (base), d->name->name) >= 0)
        {
          _gor_compile_error_at (c, d->name->pos, "field and method with the same name %s", d->name->name);
          continue;
        }
      if (d->body == NULL)
        {
          _gor_compile_error_at (c, d->name->pos, "missing function body");
          continue;
        }
      name = ptr ? g_strdup_printf ("main.(*%s).%s", base->name + 5, d->name->name)
                 : g_strdup_printf ("%s.%s", base->name, d->name->name);
      f = _gor_compile_func_new (c, name, d->pos.line);
      f->is_method = TRUE;
      m = g_new0 (GorMethod, 1);
      m->name = g_strdup (d->name->name);
      m->sig = _gor_compile_func_type_from_ast (c, d->type, NULL);
      m->func = (int) f->index;
      m->ptr_recv = ptr;
      g_ptr_array_add (base->methods, m);
      sym = _gor_compile_sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
      sym->func = (int) f->index;
      sym->type = m->sig;
      g_ptr_array_add (decls->func_decls, d);
      g_ptr_array_add (decls->func_syms, sym);
    }
}

static void
check_package_consts (GorCompiler *c)
{
  GorAstFile *file = c->file;

  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind != GOR_DECL_GEN || d->tok != GOR_TOKEN_CONST)
        continue;
      for (guint j = 0; d->specs && j < d->specs->len; j++)
        {
          GorAstSpec *sp = g_ptr_array_index (d->specs, j);

          for (guint k = 0; sp->names && k < sp->names->len; k++)
            {
              GorAstExpr *n = g_ptr_array_index (sp->names, k);
              Sym        *sym = g_hash_table_lookup (c->package->syms, n->name);

              if (sym && sym->kind == SYM_CONST && sym->spec == sp)
                _gor_compile_resolve_package_sym (c, sym);
            }
        }
    }
}

/* Initialises the package variables in Go's order (gor-init-order.c), in
 * the main goroutine's entry. */
static void
compile_package_vars (GorCompiler *c)
{
  g_autoptr (GPtrArray) order = _gor_compile_var_init_order (c->file);

  for (guint i = 0; i < order->len; i++)
    {
      GorAstSpec *sp = g_ptr_array_index (order, i);
      guint       n = sp->names ? sp->names->len : 0;
      GorType    *t = sp->type ? _gor_compile_resolve_type (c, sp->type) : NULL;
      GorType   **types = NULL;
      gboolean    failed = FALSE;

      c->line = sp->pos.line;
      if (sp->values && sp->values->len > 0)
        {
          g_autofree GorType **hints = g_new0 (GorType *, n + 1);

          for (guint k = 0; k < n; k++)
            hints[k] = t;
          types = _gor_compile_gen_rhs_values (c, sp->values, n, t ? hints : NULL, sp->pos, &failed,
                                               "variable declaration");
        }
      for (int k = (int) n - 1; k >= 0; k--)
        {
          GorAstExpr *name = g_ptr_array_index (sp->names, k);
          Sym        *sym = g_hash_table_lookup (c->package->syms, name->name);
          GorType    *vt = t ? t : (types && types[k] ? types[k] : c->t_int);

          if (vt->kind == GOR_TYPE_UNTYPED_NIL)
            {
              _gor_compile_error_at (c, name->pos, "use of untyped nil in variable declaration");
              vt = c->t_int;
            }
          if (types == NULL)
            _gor_compile_push_zero (c, vt);
          if (sym == NULL || sym->spec != sp || g_str_equal (name->name, "_"))
            {
              _gor_compile_emit (c, GOR_OP_POP, 0, 0, -1);
              continue;
            }
          sym->type = vt;
          sym->resolved = TRUE;
          _gor_compile_emit (c, GOR_OP_SET_GLOBAL, sym->slot, 0, -1);
        }
    }
}

/* The main goroutine's entry: package variables, init(), main.main. */
static Fn *
compile_main_entry (GorCompiler *c, PackageDecls *decls)
{
  GorProgram *prog = c->prog;
  GorFunc    *init;
  Fn         *init_fn;
  Sym        *main_sym;

  init = _gor_compile_func_new (c, "main.main", 0);
  init_fn = _gor_compile_fn_new (c, init, NULL, "main.init");
  init_fn->lit_counter = g_new0 (int, 1);
  c->fn = init_fn;
  compile_package_vars (c);
  for (guint i = 0; i < decls->init_funcs->len; i++)
    _gor_compile_emit (c, GOR_OP_CALL, (gint32) ((GorFunc *) g_ptr_array_index (decls->init_funcs, i))->index,
                       0, 0);
  main_sym = g_hash_table_lookup (c->package->syms, "main");
  if (main_sym == NULL || main_sym->kind != SYM_FUNC)
    _gor_compile_error_at (c, (GorPos){ 1, 1 }, "function main is undeclared in the main package");
  else
    {
      GorFunc *mf = g_ptr_array_index (prog->funcs, main_sym->func);

      init->line = mf->line;
      _gor_compile_emit (c, GOR_OP_CALL, main_sym->func, 0, 0);
      prog->main_func = (guint) main_sym->func;
    }
  _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
  init->unwind_pc = (guint) _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
  _gor_compile_fn_finish (c, init_fn);
  prog->init_func = init->index;
  c->fn = NULL;
  return init_fn;
}

static void
compile_bodies (GorCompiler *c, PackageDecls *decls, guint from)
{
  GorProgram *prog = c->prog;

  for (guint i = from; i < decls->func_decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (decls->func_decls, i);
      Sym        *sym = g_ptr_array_index (decls->func_syms, i);
      GorFunc    *f = g_ptr_array_index (prog->funcs, sym->func);
      Fn         *fn = _gor_compile_fn_new (c, f, sym->type, f->name);
      Scope      *tscope = _gor_compile_generic_scope (c, d);
      Scope      *saved = c->scope;

      /* an instance of a generic function sees its type arguments */
      if (tscope)
        c->scope = tscope;
      fn->lit_counter = g_new0 (int, 1);
      _gor_compile_func_body (c, fn, d->type, d->body, d->recv);
      _gor_compile_fn_free (fn);
      c->scope = saved;
    }
}

static void
check_unused_imports (GorCompiler *c)
{
  for (guint i = 0; i < c->package->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (c->package->order, i);

      const char *elem;

      if (sym->kind != SYM_PKG || sym->used)
        continue;
      /* a name other than the path's last element is part of the message */
      elem = _gor_compile_package_name (sym->pkg);
      if (g_str_equal (sym->name, elem))
        _gor_compile_error_at (c, sym->pos, "\"%s\" imported and not used", sym->pkg);
      else
        _gor_compile_error_at (c, sym->pos, "\"%s\" imported as %s and not used", sym->pkg, sym->name);
    }
}

static void
free_scopes (GorCompiler *c)
{
  while (c->scope)
    {
      /* package and universe scopes hold no locals to report */
      Scope *s = c->scope;

      c->scope = s->parent;
      g_hash_table_unref (s->syms);
      g_ptr_array_unref (s->order);
      g_free (s);
    }
}

static void
compiler_init (GorCompiler *c, GorAstFile *file)
{
  GorProgram *prog = g_new0 (GorProgram, 1);

  prog->filename = g_strdup (file->filename);
  prog->types = gor_types_new ();
  prog->funcs = g_ptr_array_new ();
  prog->consts = g_array_new (FALSE, FALSE, sizeof (GorValue));
  prog->print_specs = g_ptr_array_new ();
  prog->select_specs = g_ptr_array_new ();
  prog->type_refs = g_ptr_array_new ();
  c->file = file;
  c->prog = prog;
  c->types = prog->types;
  c->garbage = g_ptr_array_new_with_free_func (owned_free);
  c->static_closures = g_hash_table_new (NULL, NULL);
  c->iota = -1;
  _gor_compile_setup_universe (c);
  c->package = _gor_compile_scope_push (c, NULL);
}

static void
check_package_clause (GorCompiler *c)
{
  GorAstFile *file = c->file;

  if (file->package_name == NULL || file->package_name->name == NULL
      || !g_str_equal (file->package_name->name, "main"))
    _gor_compile_error_at (c, file->package_name ? file->package_name->pos : (GorPos){ 1, 1 },
                           "package %s is not a main package",
                           file->package_name && file->package_name->name ? file->package_name->name : "?");
}

static GorProgram *
compile_file (GorAstFile *file, GError **error, gboolean *rerun)
{
  GorCompiler  cc = { 0 };
  GorCompiler *c = &cc;
  GorProgram  *prog;
  g_autoptr (GPtrArray) func_decls = g_ptr_array_new ();
  g_autoptr (GPtrArray) func_syms = g_ptr_array_new ();
  g_autoptr (GPtrArray) init_funcs = g_ptr_array_new ();
  PackageDecls decls = { func_decls, func_syms, init_funcs };

  g_return_val_if_fail (file != NULL, NULL);

  compiler_init (c, file);
  prog = c->prog;
  check_package_clause (c);
  declare_imports (c);
  /* An import outside the subset makes the rest meaningless: stop here. */
  if (c->error == NULL || !c->error_unsupported)
    {
      Fn *init_fn;

      _gor_compile_generics_init (c, decls.func_decls, decls.func_syms);
      declare_package_names (c, &decls);
      _gor_compile_generic_methods (c);
      check_type_cycles (c);
      resolve_type_decls (c);
      declare_signatures (c, &decls);
      declare_methods (c, &decls);
      _gor_compile_promote_methods (c, decls.func_decls, decls.func_syms);
      check_package_consts (c);
      init_fn = compile_main_entry (c, &decls);
      compile_bodies (c, &decls, 0);
      {
        guint done = decls.func_decls->len;

        /* the generic functions no call instantiated, checked */
        if (_gor_compile_generics_check_uncalled (c))
          compile_bodies (c, &decls, done);
      }
      check_unused_imports (c);
      _gor_compile_fn_free (init_fn);
    }
  g_clear_pointer (&c->iterlib, _gor_golib_free);
  g_clear_pointer (&c->textlib, _gor_golib_free);
  if (c->order_kept)
    g_array_unref (c->order_kept);
  free_scopes (c);
  _gor_compile_generics_free (c);
  g_hash_table_unref (c->static_closures);
  g_ptr_array_unref (c->garbage);

  *rerun = c->rerun;
  if (c->rerun)
    {
      g_free (c->error);
      gor_program_free (prog);
      return NULL;
    }
  if (c->error)
    {
      _gor_diagnostic_set_error (error, GOR_COMPILE_ERROR,
                                 c->error_unsupported ? GOR_COMPILE_ERROR_UNSUPPORTED
                                                      : GOR_COMPILE_ERROR_TYPE,
                                 file->filename, c->error_pos.line, c->error_pos.col, c->error);
      g_free (c->error);
      gor_program_free (prog);
      return NULL;
    }
  /* hot instruction sequences run as one dispatch */
  _gor_peephole_program (prog);
  return prog;
}

GorProgram *
gor_compile (GorAstFile *file, GError **error)
{
  gboolean rerun = TRUE;

  g_return_val_if_fail (file != NULL, NULL);

  /* Each compilation that meets a range over a function not seen before
   * marks it and asks for another (gor-rangefunc.c); every one of them
   * sees at least one more. */
  for (int i = 0; i < 64; i++)
    {
      GorProgram *prog = compile_file (file, error, &rerun);

      if (!rerun)
        return prog;
    }
  g_set_error (error, GOR_COMPILE_ERROR, GOR_COMPILE_ERROR_UNSUPPORTED,
               "%s: too many nested ranges over functions", file->filename);
  return NULL;
}

static const char *const op_names[] = {
#define GOR_OP_NAME(n) #n,
  GOR_OPCODES (GOR_OP_NAME)
#undef GOR_OP_NAME
};

const char *
gor_op_name (GorOp op)
{
  return op < GOR_N_OPS ? op_names[op] : "?";
}

void
gor_program_free (GorProgram *prog)
{
  if (prog == NULL)
    return;
  for (guint i = 0; i < prog->funcs->len; i++)
    {
      GorFunc *f = g_ptr_array_index (prog->funcs, i);

      g_free (f->name);
      g_array_unref (f->code);
      g_array_unref (f->lines);
      g_free (f);
    }
  g_ptr_array_unref (prog->funcs);
  for (guint i = 0; i < prog->print_specs->len; i++)
    {
      GorPrintSpec *s = g_ptr_array_index (prog->print_specs, i);

      g_free (s->types);
      g_free (s);
    }
  g_ptr_array_unref (prog->print_specs);
  for (guint i = 0; i < prog->select_specs->len; i++)
    {
      GorSelectSpec *s = g_ptr_array_index (prog->select_specs, i);

      g_free (s->is_send);
      g_free (s);
    }
  g_ptr_array_unref (prog->select_specs);
  g_ptr_array_unref (prog->type_refs);
  g_array_unref (prog->consts);
  gor_heap_free_all (&prog->const_heap);
  gor_types_free (prog->types);
  g_free (prog->filename);
  g_free (prog);
}
