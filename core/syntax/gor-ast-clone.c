/* gor-ast-clone.c — deep copies of syntax trees
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The compiler instantiates a generic function or method by compiling a
 * copy of its declaration once per set of type arguments: each copy has
 * fresh nodes (the compiler hangs its own data on them) with the
 * original's positions, Go's positions included.  Names and literal
 * texts are shared: they never change.
 */

#include "config.h"

#include "gor-ast-private.h"
#include "gor-parser-private.h"

static GorAstExpr  *clone_expr (GorAstFile *file, GorAstExpr *e);
static GorAstStmt  *clone_stmt (GorAstFile *file, GorAstStmt *s);
static GorAstField *clone_field (GorAstFile *file, GorAstField *f);

static GPtrArray *
clone_list (GorAstFile *file, GPtrArray *l, gpointer (*clone) (GorAstFile *, gpointer))
{
  GPtrArray *out = _gor_ast_list (file);

  for (guint i = 0; l && i < l->len; i++)
    g_ptr_array_add (out, clone (file, g_ptr_array_index (l, i)));
  return out;
}

static gpointer
clone_expr_cb (GorAstFile *file, gpointer e)
{
  return clone_expr (file, e);
}

static gpointer
clone_stmt_cb (GorAstFile *file, gpointer s)
{
  return clone_stmt (file, s);
}

static gpointer
clone_field_cb (GorAstFile *file, gpointer f)
{
  return clone_field (file, f);
}

static GorAstExpr *
clone_expr (GorAstFile *file, GorAstExpr *e)
{
  GorParserExprNode *node;
  GorAstExpr        *x;

  if (e == NULL)
    return NULL;
  node = _gor_ast_alloc (file, sizeof (GorParserExprNode));
  *node = *(GorParserExprNode *) e;
  x = &node->expr;
  x->type = NULL;
  x->info = NULL;
  x->x = clone_expr (file, e->x);
  x->y = clone_expr (file, e->y);
  x->z = clone_expr (file, e->z);
  x->w = clone_expr (file, e->w);
  x->list = clone_list (file, e->list, clone_expr_cb);
  x->params = clone_list (file, e->params, clone_field_cb);
  x->results = clone_list (file, e->results, clone_field_cb);
  x->fields = clone_list (file, e->fields, clone_field_cb);
  x->tparams = clone_list (file, e->tparams, clone_field_cb);
  x->body = clone_stmt (file, e->body);
  /* a one-index instantiation keeps its index only in y */
  if (e->list && e->y && e->list->len > 0 && e->list->pdata[0] == e->y)
    x->y = x->list->pdata[0];
  return x;
}

static GorAstField *
clone_field (GorAstFile *file, GorAstField *f)
{
  GorAstField *out;

  if (f == NULL)
    return NULL;
  out = _gor_ast_alloc (file, sizeof *out);
  *out = *f;
  out->names = clone_list (file, f->names, clone_expr_cb);
  out->type = clone_expr (file, f->type);
  return out;
}

static GorAstSpec *
clone_spec (GorAstFile *file, GorAstSpec *sp)
{
  GorAstSpec *out = _gor_ast_alloc (file, sizeof *out);

  *out = *sp;
  out->names = clone_list (file, sp->names, clone_expr_cb);
  out->type = clone_expr (file, sp->type);
  out->values = clone_list (file, sp->values, clone_expr_cb);
  out->tparams = clone_list (file, sp->tparams, clone_field_cb);
  return out;
}

static GorAstDecl *
clone_decl (GorAstFile *file, GorAstDecl *d)
{
  GorAstDecl *out;

  if (d == NULL)
    return NULL;
  out = _gor_ast_alloc (file, sizeof *out);
  *out = *d;
  out->info = NULL;
  if (d->specs)
    {
      out->specs = _gor_ast_list (file);
      for (guint i = 0; i < d->specs->len; i++)
        g_ptr_array_add (out->specs, clone_spec (file, g_ptr_array_index (d->specs, i)));
    }
  out->recv = clone_field (file, d->recv);
  out->name = clone_expr (file, d->name);
  out->type = clone_expr (file, d->type);
  out->body = clone_stmt (file, d->body);
  return out;
}

static GorAstStmt *
clone_stmt (GorAstFile *file, GorAstStmt *s)
{
  GorParserStmtNode *node;
  GorAstStmt        *x;

  if (s == NULL)
    return NULL;
  node = _gor_ast_alloc (file, sizeof (GorParserStmtNode));
  *node = *(GorParserStmtNode *) s;
  x = &node->stmt;
  x->info = NULL;
  x->decl = clone_decl (file, s->decl);
  x->x = clone_expr (file, s->x);
  x->y = clone_expr (file, s->y);
  x->key = clone_expr (file, s->key);
  x->value = clone_expr (file, s->value);
  x->lhs = clone_list (file, s->lhs, clone_expr_cb);
  x->rhs = clone_list (file, s->rhs, clone_expr_cb);
  x->list = clone_list (file, s->list, clone_stmt_cb);
  x->init = clone_stmt (file, s->init);
  x->post = clone_stmt (file, s->post);
  x->assign = clone_stmt (file, s->assign);
  x->comm = clone_stmt (file, s->comm);
  x->body = clone_stmt (file, s->body);
  x->else_ = clone_stmt (file, s->else_);
  return x;
}

GorAstDecl *
_gor_ast_clone_decl (GorAstFile *file, GorAstDecl *decl)
{
  return clone_decl (file, decl);
}

GorAstExpr *
_gor_ast_clone_expr (GorAstFile *file, GorAstExpr *e)
{
  return clone_expr (file, e);
}
