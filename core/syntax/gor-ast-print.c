/* gor-ast-print.c — expressions as Go's messages show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-ast-print.h"

/* a struct's fields (with their tags as written) or a parameter list,
 * whose types Go prints without parentheses */
static void
print_fields (GString *out, const GPtrArray *fields, const char *sep, gboolean params)
{
  guint i, j;

  for (i = 0; i < fields->len; i++)
    {
      const GorAstField *f = fields->pdata[i];
      const GorAstExpr  *type = f->type;

      if (i > 0)
        g_string_append (out, sep);
      for (j = 0; j < f->names->len; j++)
        {
          if (j > 0)
            g_string_append (out, ", ");
          g_string_append (out, ((GorAstExpr *) f->names->pdata[j])->name);
        }
      if (f->names->len > 0)
        g_string_append_c (out, ' ');
      while (params && type && type->kind == GOR_EXPR_PAREN)
        type = type->x;
      gor_ast_print_expr (out, type);
      if (f->tag_lit)
        {
          g_string_append_c (out, ' ');
          g_string_append (out, f->tag_lit);
        }
    }
}

static void
print_signature (GString *out, const GorAstExpr *t)
{
  g_string_append_c (out, '(');
  print_fields (out, t->params, ", ", TRUE);
  g_string_append_c (out, ')');
  if (t->results->len == 1 && ((GorAstField *) t->results->pdata[0])->names->len == 0)
    {
      g_string_append_c (out, ' ');
      gor_ast_print_expr (out, ((GorAstField *) t->results->pdata[0])->type);
    }
  else if (t->results->len > 0)
    {
      g_string_append (out, " (");
      print_fields (out, t->results, ", ", TRUE);
      g_string_append_c (out, ')');
    }
}

static void
print_list (GString *out, const GPtrArray *l)
{
  guint i;

  for (i = 0; i < l->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      gor_ast_print_expr (out, l->pdata[i]);
    }
}

void
gor_ast_print_expr (GString *out, const GorAstExpr *x)
{
  if (x == NULL)
    return;
  switch (x->kind)
    {
    case GOR_EXPR_BAD: g_string_append (out, "<bad expr>"); break;
    case GOR_EXPR_IDENT: g_string_append (out, x->name); break;
    case GOR_EXPR_BASIC_LIT: g_string_append (out, x->lit); break;
    case GOR_EXPR_COMPOSITE_LIT:
      gor_ast_print_expr (out, x->x);
      g_string_append (out, x->list->len > 0 ? "{…}" : "{}");
      break;
    case GOR_EXPR_FUNC_LIT:
      gor_ast_print_expr (out, x->x);
      g_string_append (out, x->body->list->len > 0 ? " {…}" : " {}");
      break;
    case GOR_EXPR_PAREN:
      g_string_append_c (out, '(');
      gor_ast_print_expr (out, x->x);
      g_string_append_c (out, ')');
      break;
    case GOR_EXPR_SELECTOR:
      gor_ast_print_expr (out, x->x);
      g_string_append_c (out, '.');
      g_string_append (out, x->name);
      break;
    case GOR_EXPR_INDEX:
      gor_ast_print_expr (out, x->x);
      g_string_append_c (out, '[');
      if (x->list->len > 0)
        print_list (out, x->list);
      else
        gor_ast_print_expr (out, x->y);
      g_string_append_c (out, ']');
      break;
    case GOR_EXPR_SLICE:
      gor_ast_print_expr (out, x->x);
      g_string_append_c (out, '[');
      gor_ast_print_expr (out, x->y);
      g_string_append_c (out, ':');
      gor_ast_print_expr (out, x->z);
      if (x->w)
        {
          g_string_append_c (out, ':');
          gor_ast_print_expr (out, x->w);
        }
      g_string_append_c (out, ']');
      break;
    case GOR_EXPR_TYPE_ASSERT:
      gor_ast_print_expr (out, x->x);
      g_string_append (out, ".(");
      if (x->y)
        gor_ast_print_expr (out, x->y);
      else
        g_string_append (out, "type");
      g_string_append_c (out, ')');
      break;
    case GOR_EXPR_CALL:
      gor_ast_print_expr (out, x->x);
      g_string_append_c (out, '(');
      print_list (out, x->list);
      if (x->has_ellipsis)
        g_string_append (out, "...");
      g_string_append_c (out, ')');
      break;
    case GOR_EXPR_STAR:
      g_string_append_c (out, '*');
      gor_ast_print_expr (out, x->x);
      break;
    case GOR_EXPR_UNARY:
      g_string_append (out, gor_token_kind_to_string (x->op));
      gor_ast_print_expr (out, x->x);
      break;
    case GOR_EXPR_BINARY:
      gor_ast_print_expr (out, x->x);
      g_string_append_c (out, ' ');
      g_string_append (out, gor_token_kind_to_string (x->op));
      g_string_append_c (out, ' ');
      gor_ast_print_expr (out, x->y);
      break;
    case GOR_EXPR_KEY_VALUE:
      gor_ast_print_expr (out, x->x);
      g_string_append (out, ": ");
      gor_ast_print_expr (out, x->y);
      break;
    case GOR_EXPR_ARRAY_TYPE:
      g_string_append_c (out, '[');
      gor_ast_print_expr (out, x->y);
      g_string_append_c (out, ']');
      gor_ast_print_expr (out, x->x);
      break;
    case GOR_EXPR_STRUCT_TYPE:
      g_string_append (out, "struct{");
      print_fields (out, x->fields, "; ", FALSE);
      g_string_append_c (out, '}');
      break;
    case GOR_EXPR_FUNC_TYPE:
      g_string_append (out, "func");
      print_signature (out, x);
      break;
    case GOR_EXPR_INTERFACE_TYPE:
      {
        guint i;

        g_string_append (out, "interface{");
        for (i = 0; i < x->fields->len; i++)
          {
            GorAstField *f = x->fields->pdata[i];

            if (i > 0)
              g_string_append (out, "; ");
            if (f->names->len > 0)
              {
                g_string_append (out, ((GorAstExpr *) f->names->pdata[0])->name);
                print_signature (out, f->type);
              }
            else
              gor_ast_print_expr (out, f->type);
          }
        g_string_append_c (out, '}');
      }
      break;
    case GOR_EXPR_MAP_TYPE:
      g_string_append (out, "map[");
      gor_ast_print_expr (out, x->y);
      g_string_append_c (out, ']');
      gor_ast_print_expr (out, x->x);
      break;
    case GOR_EXPR_CHAN_TYPE:
      if (x->dir == GOR_CHAN_RECV_ONLY)
        g_string_append (out, "<-");
      g_string_append (out, "chan");
      if (x->dir == GOR_CHAN_SEND_ONLY)
        g_string_append (out, "<-");
      g_string_append_c (out, ' ');
      if (x->dir == GOR_CHAN_BOTH && x->x->kind == GOR_EXPR_CHAN_TYPE && x->x->dir == GOR_CHAN_RECV_ONLY)
        {
          g_string_append_c (out, '(');
          gor_ast_print_expr (out, x->x);
          g_string_append_c (out, ')');
        }
      else
        gor_ast_print_expr (out, x->x);
      break;
    case GOR_EXPR_ELLIPSIS:
      g_string_append (out, "...");
      gor_ast_print_expr (out, x->x);
      break;
    }
}

void
gor_ast_print_stmt (GString *out, const GorAstStmt *s)
{
  switch (s->kind)
    {
    case GOR_STMT_EXPR: gor_ast_print_expr (out, s->x); break;
    case GOR_STMT_SEND:
      gor_ast_print_expr (out, s->x);
      g_string_append (out, " <- ");
      gor_ast_print_expr (out, s->y);
      break;
    case GOR_STMT_INC_DEC:
      gor_ast_print_expr (out, s->x);
      g_string_append (out, gor_token_kind_to_string (s->tok));
      break;
    case GOR_STMT_ASSIGN:
      print_list (out, s->lhs);
      g_string_append_c (out, ' ');
      g_string_append (out, gor_token_kind_to_string (s->tok));
      g_string_append_c (out, ' ');
      print_list (out, s->rhs);
      break;
    default: break;
    }
}

char *
gor_ast_expr_to_string (const GorAstExpr *expr)
{
  GString *out = g_string_new (NULL);

  gor_ast_print_expr (out, expr);
  return g_string_free (out, FALSE);
}
