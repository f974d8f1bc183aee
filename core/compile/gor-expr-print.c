/* gor-expr-print.c — how messages show and point at expressions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>

#include "gor-ast-print.h"
#include "gor-compiler-private.h"

/* An expression as Go's type checker shows it in a message: the same
 * printer as the parser's (Go's types2 uses syntax.String too). */
char *
_gor_compile_expr_str (GorCompiler *c, GorAstExpr *e)
{
  return _gor_compile_keep (c, gor_ast_expr_to_string (e), g_free);
}

GorPos
_gor_compile_expr_start (GorAstExpr *e)
{
  while (e
         && (e->kind == GOR_EXPR_BINARY || e->kind == GOR_EXPR_INDEX || e->kind == GOR_EXPR_CALL
             || e->kind == GOR_EXPR_SELECTOR || e->kind == GOR_EXPR_SLICE)
         && e->x)
    e = e->x;
  return e ? e->pos : (GorPos){ 0, 0 };
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
  guint32     line = 1;
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
