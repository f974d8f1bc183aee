/* gor-expr-print.c — how messages show and point at expressions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * expr_to_gstring() and list_to_gstring() are the compiler's printer of
 * syntax trees, reached only through _gor_compile_expr_str(): the one
 * place to point at the parser's printer once it is public.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

static void expr_to_gstring (GString *s, GorAstExpr *e);

static void
list_to_gstring (GString *s, GPtrArray *list)
{
  for (guint i = 0; list && i < list->len; i++)
    {
      if (i)
        g_string_append (s, ", ");
      expr_to_gstring (s, g_ptr_array_index (list, i));
    }
}

static void
expr_to_gstring (GString *s, GorAstExpr *e)
{
  if (e == NULL)
    return;
  switch (e->kind)
    {
    case GOR_EXPR_IDENT:
      g_string_append (s, e->name);
      break;
    case GOR_EXPR_BASIC_LIT:
      g_string_append (s, e->lit);
      break;
    case GOR_EXPR_PAREN:
      g_string_append_c (s, '(');
      expr_to_gstring (s, e->x);
      g_string_append_c (s, ')');
      break;
    case GOR_EXPR_SELECTOR:
      expr_to_gstring (s, e->x);
      g_string_append_printf (s, ".%s", e->name);
      break;
    case GOR_EXPR_INDEX:
      expr_to_gstring (s, e->x);
      g_string_append_c (s, '[');
      expr_to_gstring (s, e->y);
      g_string_append_c (s, ']');
      break;
    case GOR_EXPR_CALL:
      expr_to_gstring (s, e->x);
      g_string_append_c (s, '(');
      list_to_gstring (s, e->list);
      g_string_append (s, e->has_ellipsis ? "...)" : ")");
      break;
    case GOR_EXPR_STAR:
      g_string_append_c (s, '*');
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_UNARY:
      g_string_append (s, gor_token_kind_to_string (e->op));
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_BINARY:
      expr_to_gstring (s, e->x);
      g_string_append_printf (s, " %s ", gor_token_kind_to_string (e->op));
      expr_to_gstring (s, e->y);
      break;
    case GOR_EXPR_FUNC_LIT:
      g_string_append (s, "func literal");
      break;
    case GOR_EXPR_COMPOSITE_LIT:
      expr_to_gstring (s, e->x);
      g_string_append (s, "{…}");
      break;
    case GOR_EXPR_ARRAY_TYPE:
      g_string_append (s, "[]");
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_CHAN_TYPE:
      g_string_append (s, e->dir == GOR_CHAN_RECV_ONLY ? "<-chan " : e->dir == GOR_CHAN_SEND_ONLY ? "chan<- " : "chan ");
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_STRUCT_TYPE:
      g_string_append (s, "struct{}");
      break;
    default:
      g_string_append (s, "expression");
      break;
    }
}

char *
_gor_compile_expr_str (GorCompiler *c, GorAstExpr *e)
{
  GString *s = g_string_new (NULL);

  expr_to_gstring (s, e);
  return _gor_compile_keep (c, g_string_free (s, FALSE), g_free);
}

GorPos
_gor_compile_expr_start (GorAstExpr *e)
{
  while (e && (e->kind == GOR_EXPR_BINARY || e->kind == GOR_EXPR_INDEX || e->kind == GOR_EXPR_CALL
               || e->kind == GOR_EXPR_SELECTOR || e->kind == GOR_EXPR_SLICE)
         && e->x)
    e = e->x;
  return e ? e->pos : (GorPos) { 0, 0 };
}

/* Where Go points for x.name: at name. */
GorPos
_gor_compile_sel_name_pos (GorCompiler *c, GorAstExpr *e)
{
  return _gor_compile_token_after (c, _gor_ast_expr_go_pos (e), e->name);
}

/* Position of the first @tok at or after @pos in the source (the tree
 * keeps no operator positions for assignments). */
GorPos
_gor_compile_token_after (GorCompiler *c, GorPos pos, const char *tok)
{
  const char *src = c->file->source;
  const char *p = src;
  guint32 line = 1;
  const char *hit;

  if (src == NULL)
    return pos;
  while (*p && line < pos.line)
    if (*p++ == '\n')
      line++;
  for (guint32 col = 1; col < pos.col && *p && *p != '\n'; col++)
    p++;
  hit = strstr (p, tok);
  if (hit == NULL)
    return pos;
  for (const char *q = p; q < hit; q++)
    if (*q == '\n')
      return pos;
  pos.col += (guint32) (hit - p);
  return pos;
}
