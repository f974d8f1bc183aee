/* gor-ast-dump.c — a deterministic text form of a syntax tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-ast-dump.h"

typedef struct
{
  GString        *out;
  GorAstDumpFlags flags;
} Dump;

static void dump_expr (Dump *d, GorAstExpr *x);
static void dump_stmt (Dump *d, GorAstStmt *s);
static void dump_decl (Dump *d, GorAstDecl *decl);

static void
open_node (Dump *d, GorPos pos, const char *head)
{
  g_string_append_c (d->out, '(');
  if (d->flags & GOR_AST_DUMP_POSITIONS)
    g_string_append_printf (d->out, "@%u:%u ", pos.line, pos.col);
  g_string_append (d->out, head);
}

static void
close_node (Dump *d)
{
  g_string_append_c (d->out, ')');
}

static void
space (Dump *d)
{
  g_string_append_c (d->out, ' ');
}

static void
opt_expr (Dump *d, GorAstExpr *x)
{
  space (d);
  if (x)
    dump_expr (d, x);
  else
    g_string_append_c (d->out, '_');
}

static void
opt_stmt (Dump *d, GorAstStmt *s)
{
  space (d);
  if (s)
    dump_stmt (d, s);
  else
    g_string_append_c (d->out, '_');
}

static void
expr_list (Dump *d, GPtrArray *l)
{
  guint i;

  g_string_append_c (d->out, '(');
  for (i = 0; i < l->len; i++)
    {
      if (i > 0)
        space (d);
      dump_expr (d, l->pdata[i]);
    }
  g_string_append_c (d->out, ')');
}

static void
stmt_items (Dump *d, GPtrArray *l)
{
  guint i;

  for (i = 0; i < l->len; i++)
    {
      space (d);
      dump_stmt (d, l->pdata[i]);
    }
}

static void
dump_field (Dump *d, GorAstField *f)
{
  if (f->embedded)
    open_node (d, f->pos, "embed");
  else
    {
      open_node (d, f->pos, "field ");
      expr_list (d, f->names);
    }
  opt_expr (d, f->type);
  if (f->tag)
    {
      g_autofree char *tag = g_strescape (f->tag, NULL);

      g_string_append_printf (d->out, " \"%s\"", tag);
    }
  close_node (d);
}

static void
fields (Dump *d, const char *head, GPtrArray *l)
{
  guint i;

  g_string_append_c (d->out, '(');
  g_string_append (d->out, head);
  for (i = 0; i < l->len; i++)
    {
      space (d);
      dump_field (d, l->pdata[i]);
    }
  g_string_append_c (d->out, ')');
}

static void
dump_expr (Dump *d, GorAstExpr *x)
{
  guint i;

  switch (x->kind)
    {
    case GOR_EXPR_BAD:
      open_node (d, x->pos, "bad");
      close_node (d);
      break;

    case GOR_EXPR_IDENT:
      if (d->flags & GOR_AST_DUMP_POSITIONS)
        g_string_append_printf (d->out, "@%u:%u ", x->pos.line, x->pos.col);
      g_string_append (d->out, x->name);
      break;

    case GOR_EXPR_BASIC_LIT:
      if (d->flags & GOR_AST_DUMP_POSITIONS)
        g_string_append_printf (d->out, "@%u:%u ", x->pos.line, x->pos.col);
      g_string_append (d->out, x->lit);
      break;

    case GOR_EXPR_COMPOSITE_LIT:
      open_node (d, x->pos, "complit");
      opt_expr (d, x->x);
      for (i = 0; i < x->list->len; i++)
        {
          space (d);
          dump_expr (d, x->list->pdata[i]);
        }
      close_node (d);
      break;

    case GOR_EXPR_FUNC_LIT:
      open_node (d, x->pos, "funclit");
      opt_expr (d, x->x);
      opt_stmt (d, x->body);
      close_node (d);
      break;

    case GOR_EXPR_PAREN:
      open_node (d, x->pos, "paren");
      opt_expr (d, x->x);
      close_node (d);
      break;

    case GOR_EXPR_SELECTOR:
      open_node (d, x->pos, "sel");
      opt_expr (d, x->x);
      g_string_append_printf (d->out, " %s", x->name);
      close_node (d);
      break;

    case GOR_EXPR_INDEX:
      open_node (d, x->pos, "index");
      opt_expr (d, x->x);
      if (x->list->len > 0)
        for (i = 0; i < x->list->len; i++)
          opt_expr (d, x->list->pdata[i]);
      else
        opt_expr (d, x->y);
      close_node (d);
      break;

    case GOR_EXPR_SLICE:
      open_node (d, x->pos, x->slice3 ? "slice3" : "slice");
      opt_expr (d, x->x);
      opt_expr (d, x->y);
      opt_expr (d, x->z);
      if (x->slice3)
        opt_expr (d, x->w);
      close_node (d);
      break;

    case GOR_EXPR_TYPE_ASSERT:
      open_node (d, x->pos, "assert");
      opt_expr (d, x->x);
      if (x->y)
        opt_expr (d, x->y);
      else
        g_string_append (d->out, " type");
      close_node (d);
      break;

    case GOR_EXPR_CALL:
      open_node (d, x->pos, x->has_ellipsis ? "call..." : "call");
      opt_expr (d, x->x);
      for (i = 0; i < x->list->len; i++)
        {
          space (d);
          dump_expr (d, x->list->pdata[i]);
        }
      close_node (d);
      break;

    case GOR_EXPR_STAR:
      open_node (d, x->pos, "star");
      opt_expr (d, x->x);
      close_node (d);
      break;

    case GOR_EXPR_UNARY:
      open_node (d, x->pos, gor_token_kind_to_string (x->op));
      opt_expr (d, x->x);
      close_node (d);
      break;

    case GOR_EXPR_BINARY:
      open_node (d, x->pos, gor_token_kind_to_string (x->op));
      opt_expr (d, x->x);
      opt_expr (d, x->y);
      close_node (d);
      break;

    case GOR_EXPR_KEY_VALUE:
      open_node (d, x->pos, "kv");
      opt_expr (d, x->x);
      opt_expr (d, x->y);
      close_node (d);
      break;

    case GOR_EXPR_ARRAY_TYPE:
      if (x->y)
        {
          open_node (d, x->pos, "array");
          opt_expr (d, x->y);
        }
      else
        open_node (d, x->pos, "slicetype");
      opt_expr (d, x->x);
      close_node (d);
      break;

    case GOR_EXPR_STRUCT_TYPE:
      open_node (d, x->pos, "struct");
      for (i = 0; i < x->fields->len; i++)
        {
          space (d);
          dump_field (d, x->fields->pdata[i]);
        }
      close_node (d);
      break;

    case GOR_EXPR_FUNC_TYPE:
      open_node (d, x->pos, "functype ");
      if (x->tparams->len > 0)
        {
          fields (d, "tparams", x->tparams);
          space (d);
        }
      fields (d, "params", x->params);
      space (d);
      fields (d, "results", x->results);
      close_node (d);
      break;

    case GOR_EXPR_INTERFACE_TYPE:
      open_node (d, x->pos, "interface");
      for (i = 0; i < x->fields->len; i++)
        {
          space (d);
          dump_field (d, x->fields->pdata[i]);
        }
      close_node (d);
      break;

    case GOR_EXPR_MAP_TYPE:
      open_node (d, x->pos, "map");
      opt_expr (d, x->y);
      opt_expr (d, x->x);
      close_node (d);
      break;

    case GOR_EXPR_CHAN_TYPE:
      open_node (d, x->pos,
                 x->dir == GOR_CHAN_SEND_ONLY   ? "chan<-"
                 : x->dir == GOR_CHAN_RECV_ONLY ? "<-chan"
                                                : "chan");
      opt_expr (d, x->x);
      close_node (d);
      break;

    case GOR_EXPR_ELLIPSIS:
      open_node (d, x->pos, "...");
      opt_expr (d, x->x);
      close_node (d);
      break;
    }
}

static void
dump_stmt (Dump *d, GorAstStmt *s)
{
  switch (s->kind)
    {
    case GOR_STMT_BAD: open_node (d, s->pos, "bad"); break;

    case GOR_STMT_DECL:
      if (d->flags & GOR_AST_DUMP_POSITIONS)
        g_string_append_printf (d->out, "@%u:%u ", s->pos.line, s->pos.col);
      dump_decl (d, s->decl);
      return;

    case GOR_STMT_EMPTY: open_node (d, s->pos, "empty"); break;

    case GOR_STMT_LABELED:
      open_node (d, s->pos, "label ");
      g_string_append (d->out, s->label);
      opt_stmt (d, s->body);
      break;

    case GOR_STMT_EXPR:
      open_node (d, s->pos, "expr");
      opt_expr (d, s->x);
      break;

    case GOR_STMT_SEND:
      open_node (d, s->pos, "send");
      opt_expr (d, s->x);
      opt_expr (d, s->y);
      break;

    case GOR_STMT_INC_DEC:
      open_node (d, s->pos, gor_token_kind_to_string (s->tok));
      opt_expr (d, s->x);
      break;

    case GOR_STMT_ASSIGN:
      open_node (d, s->pos, gor_token_kind_to_string (s->tok));
      space (d);
      expr_list (d, s->lhs);
      space (d);
      expr_list (d, s->rhs);
      break;

    case GOR_STMT_GO:
      open_node (d, s->pos, "go");
      opt_expr (d, s->x);
      break;

    case GOR_STMT_DEFER:
      open_node (d, s->pos, "defer");
      opt_expr (d, s->x);
      break;

    case GOR_STMT_RETURN:
      open_node (d, s->pos, "return ");
      expr_list (d, s->rhs);
      break;

    case GOR_STMT_BRANCH:
      open_node (d, s->pos, gor_token_kind_to_string (s->tok));
      if (s->label)
        g_string_append_printf (d->out, " %s", s->label);
      break;

    case GOR_STMT_BLOCK:
      open_node (d, s->pos, "block");
      stmt_items (d, s->list);
      break;

    case GOR_STMT_IF:
      open_node (d, s->pos, "if");
      opt_stmt (d, s->init);
      opt_expr (d, s->x);
      opt_stmt (d, s->body);
      opt_stmt (d, s->else_);
      break;

    case GOR_STMT_SWITCH:
      open_node (d, s->pos, "switch");
      opt_stmt (d, s->init);
      opt_expr (d, s->x);
      stmt_items (d, s->list);
      break;

    case GOR_STMT_TYPE_SWITCH:
      open_node (d, s->pos, "typeswitch");
      opt_stmt (d, s->init);
      opt_stmt (d, s->assign);
      stmt_items (d, s->list);
      break;

    case GOR_STMT_CASE_CLAUSE:
      if (s->is_default)
        open_node (d, s->pos, "default");
      else
        {
          open_node (d, s->pos, "case ");
          expr_list (d, s->lhs);
        }
      stmt_items (d, s->list);
      break;

    case GOR_STMT_SELECT:
      open_node (d, s->pos, "select");
      stmt_items (d, s->list);
      break;

    case GOR_STMT_COMM_CLAUSE:
      if (s->is_default)
        open_node (d, s->pos, "default");
      else
        {
          open_node (d, s->pos, "comm");
          opt_stmt (d, s->comm);
        }
      stmt_items (d, s->list);
      break;

    case GOR_STMT_FOR:
      open_node (d, s->pos, "for");
      opt_stmt (d, s->init);
      opt_expr (d, s->x);
      opt_stmt (d, s->post);
      opt_stmt (d, s->body);
      break;

    case GOR_STMT_RANGE:
      open_node (d, s->pos, "range");
      opt_expr (d, s->key);
      opt_expr (d, s->value);
      g_string_append_printf (d->out, " %s",
                              s->tok == GOR_TOKEN_EOF ? "_" : gor_token_kind_to_string (s->tok));
      opt_expr (d, s->x);
      opt_stmt (d, s->body);
      break;
    }
  close_node (d);
}

static void
dump_spec (Dump *d, GorTokenKind tok, GorAstSpec *spec)
{
  switch (tok)
    {
    case GOR_TOKEN_IMPORT:
      {
        g_autofree char *path = g_strescape (spec->path ? spec->path : "", NULL);

        open_node (d, spec->pos, "spec");
        if (spec->names->len > 0)
          opt_expr (d, spec->names->pdata[0]);
        g_string_append_printf (d->out, " \"%s\"", path);
      }
      break;

    case GOR_TOKEN_TYPE:
      open_node (d, spec->pos, spec->is_alias ? "alias" : "spec");
      opt_expr (d, spec->names->pdata[0]);
      if (spec->tparams->len > 0)
        {
          space (d);
          fields (d, "tparams", spec->tparams);
        }
      opt_expr (d, spec->type);
      break;

    default:
      open_node (d, spec->pos, "spec ");
      expr_list (d, spec->names);
      opt_expr (d, spec->type);
      space (d);
      expr_list (d, spec->values);
      if (tok == GOR_TOKEN_CONST)
        g_string_append_printf (d->out, " iota=%d", spec->iota);
      break;
    }
  close_node (d);
}

static void
dump_decl (Dump *d, GorAstDecl *decl)
{
  guint i;

  if (decl->kind == GOR_DECL_FUNC)
    {
      open_node (d, decl->pos, "func");
      opt_expr (d, decl->name);
      space (d);
      if (decl->recv)
        dump_field (d, decl->recv);
      else
        g_string_append_c (d->out, '_');
      opt_expr (d, decl->type);
      opt_stmt (d, decl->body);
      close_node (d);
      return;
    }

  open_node (d, decl->pos, gor_token_kind_to_string (decl->tok));
  for (i = 0; i < decl->specs->len; i++)
    {
      space (d);
      dump_spec (d, decl->tok, decl->specs->pdata[i]);
    }
  close_node (d);
}

char *
gor_ast_dump (GorAstFile *file, GorAstDumpFlags flags)
{
  Dump  d = { g_string_new (NULL), flags };
  guint i;

  g_return_val_if_fail (file != NULL, NULL);

  open_node (&d, file->package_name->pos, "package ");
  g_string_append (d.out, file->package_name->name);
  close_node (&d);
  g_string_append_c (d.out, '\n');
  for (i = 0; i < file->decls->len; i++)
    {
      dump_decl (&d, file->decls->pdata[i]);
      g_string_append_c (d.out, '\n');
    }
  return g_string_free (d.out, FALSE);
}

char *
gor_ast_dump_expr (GorAstExpr *expr, GorAstDumpFlags flags)
{
  Dump d = { g_string_new (NULL), flags };

  dump_expr (&d, expr);
  return g_string_free (d.out, FALSE);
}

char *
gor_ast_dump_stmt (GorAstStmt *stmt, GorAstDumpFlags flags)
{
  Dump d = { g_string_new (NULL), flags };

  dump_stmt (&d, stmt);
  return g_string_free (d.out, FALSE);
}
