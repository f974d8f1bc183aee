/* gor-init-order.c — the order Go initialises package variables in
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go does not initialise package variables in the order they are
 * written: it takes, again and again, the first variable in declaration
 * order whose initialiser refers to no variable still waiting, and a
 * reference through a function counts (its body's references, and those
 * of the functions it refers to).  `var total = sum()` above `var
 * prices = []int{…}` therefore sees the prices.  The references are
 * found by name in the syntax tree; a local that hides a package
 * variable's name counts as a reference too, which can only move a
 * variable without side effects earlier.  Where references go round in a
 * circle (Go rejects that), the first waiting variable goes next.
 */
#include "gor-compiler-private.h"

typedef struct
{
  GHashTable *var_spec; /* name → spec index + 1 */
  GHashTable *funcs;    /* name → GorAstDecl* of a function */
  GHashTable *methods;  /* name → GPtrArray* of GorAstDecl* of methods with that name */
  GHashTable *seen;     /* GorAstDecl* already walked for the current spec */
  GArray     *deps;     /* guint spec indices the current spec refers to */
} Walk;

static void walk_expr (Walk *w, GorAstExpr *e);
static void walk_stmt (Walk *w, GorAstStmt *s);

static void
walk_decl (Walk *w, GorAstDecl *d)
{
  if (d == NULL || !g_hash_table_add (w->seen, d))
    return;
  walk_stmt (w, d->body);
}

static void
walk_exprs (Walk *w, GPtrArray *list)
{
  for (guint i = 0; list != NULL && i < list->len; i++)
    walk_expr (w, g_ptr_array_index (list, i));
}

static void
walk_name (Walk *w, const char *name)
{
  guint      spec = GPOINTER_TO_UINT (g_hash_table_lookup (w->var_spec, name));
  GPtrArray *ms;

  if (spec > 0)
    {
      spec--;
      g_array_append_val (w->deps, spec);
    }
  walk_decl (w, g_hash_table_lookup (w->funcs, name));
  ms = g_hash_table_lookup (w->methods, name);
  for (guint i = 0; ms != NULL && i < ms->len; i++)
    walk_decl (w, g_ptr_array_index (ms, i));
}

static void
walk_expr (Walk *w, GorAstExpr *e)
{
  if (e == NULL)
    return;
  switch (e->kind)
    {
    case GOR_EXPR_IDENT: walk_name (w, e->name); return;
    case GOR_EXPR_SELECTOR:
      /* x.m: a method of that name, whichever type it is of */
      walk_expr (w, e->x);
      {
        GPtrArray *ms = g_hash_table_lookup (w->methods, e->name);

        for (guint i = 0; ms != NULL && i < ms->len; i++)
          walk_decl (w, g_ptr_array_index (ms, i));
      }
      return;
    case GOR_EXPR_FUNC_LIT: walk_stmt (w, e->body); return;
    case GOR_EXPR_BASIC_LIT:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_INTERFACE_TYPE: return;
    default:
      walk_expr (w, e->x);
      walk_expr (w, e->y);
      walk_expr (w, e->z);
      walk_expr (w, e->w);
      walk_exprs (w, e->list);
      return;
    }
}

static void
walk_stmt (Walk *w, GorAstStmt *s)
{
  if (s == NULL)
    return;
  if (s->decl != NULL && s->decl->specs != NULL)
    for (guint i = 0; i < s->decl->specs->len; i++)
      walk_exprs (w, ((GorAstSpec *) g_ptr_array_index (s->decl->specs, i))->values);
  walk_expr (w, s->x);
  walk_expr (w, s->y);
  walk_expr (w, s->key);
  walk_expr (w, s->value);
  walk_exprs (w, s->lhs);
  walk_exprs (w, s->rhs);
  for (guint i = 0; s->list != NULL && i < s->list->len; i++)
    walk_stmt (w, g_ptr_array_index (s->list, i));
  walk_stmt (w, s->init);
  walk_stmt (w, s->post);
  walk_stmt (w, s->assign);
  walk_stmt (w, s->comm);
  walk_stmt (w, s->body);
  walk_stmt (w, s->else_);
}

GPtrArray *
_gor_compile_var_init_order (GorAstFile *file)
{
  g_autoptr (GPtrArray) specs = g_ptr_array_new ();
  GPtrArray           *order = g_ptr_array_new ();
  g_autofree GArray  **deps = NULL;
  g_autofree gboolean *done = NULL;
  Walk                 w;

  w.var_spec = g_hash_table_new (g_str_hash, g_str_equal);
  w.funcs = g_hash_table_new (g_str_hash, g_str_equal);
  w.methods = g_hash_table_new_full (g_str_hash, g_str_equal, NULL, (GDestroyNotify) g_ptr_array_unref);
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind == GOR_DECL_FUNC && d->name != NULL && d->recv == NULL)
        g_hash_table_insert (w.funcs, (gpointer) d->name->name, d);
      else if (d->kind == GOR_DECL_FUNC && d->name != NULL)
        {
          GPtrArray *ms = g_hash_table_lookup (w.methods, d->name->name);

          if (ms == NULL)
            g_hash_table_insert (w.methods, (gpointer) d->name->name, ms = g_ptr_array_new ());
          g_ptr_array_add (ms, d);
        }
      else if (d->kind == GOR_DECL_GEN && d->tok == GOR_TOKEN_VAR)
        for (guint j = 0; d->specs != NULL && j < d->specs->len; j++)
          {
            GorAstSpec *sp = g_ptr_array_index (d->specs, j);

            for (guint k = 0; sp->names != NULL && k < sp->names->len; k++)
              {
                const char *name = ((GorAstExpr *) g_ptr_array_index (sp->names, k))->name;

                if (strcmp (name, "_") != 0 && !g_hash_table_contains (w.var_spec, name))
                  g_hash_table_insert (w.var_spec, (gpointer) name, GUINT_TO_POINTER (specs->len + 1));
              }
            g_ptr_array_add (specs, sp);
          }
    }

  deps = g_new0 (GArray *, specs->len + 1);
  done = g_new0 (gboolean, specs->len + 1);
  for (guint i = 0; i < specs->len; i++)
    {
      w.seen = g_hash_table_new (NULL, NULL);
      w.deps = g_array_new (FALSE, FALSE, sizeof (guint));
      walk_exprs (&w, ((GorAstSpec *) g_ptr_array_index (specs, i))->values);
      deps[i] = w.deps;
      g_hash_table_unref (w.seen);
    }

  while (order->len < specs->len)
    {
      guint next = G_MAXUINT, first = G_MAXUINT;

      for (guint i = 0; i < specs->len && next == G_MAXUINT; i++)
        {
          gboolean ready = TRUE;

          if (done[i])
            continue;
          if (first == G_MAXUINT)
            first = i;
          for (guint k = 0; k < deps[i]->len && ready; k++)
            {
              guint d = g_array_index (deps[i], guint, k);

              ready = d == i || done[d];
            }
          if (ready)
            next = i;
        }
      if (next == G_MAXUINT)
        next = first;
      done[next] = TRUE;
      g_ptr_array_add (order, g_ptr_array_index (specs, next));
    }

  for (guint i = 0; i < specs->len; i++)
    g_array_unref (deps[i]);
  g_hash_table_unref (w.var_spec);
  g_hash_table_unref (w.funcs);
  g_hash_table_unref (w.methods);
  return order;
}
