/* gor-ast-dump.h — a deterministic text form of a syntax tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One S-expression per line: the package clause, then each declaration.
 * Tests compare trees through it; `gorolanes` has no other use for it.
 */
#pragma once

#include <glib.h>

#include "gor-ast.h"

G_BEGIN_DECLS

typedef enum
{
  GOR_AST_DUMP_DEFAULT = 0,
  GOR_AST_DUMP_POSITIONS = 1 << 0, /* prefix nodes with @LINE:COL */
} GorAstDumpFlags;

char *gor_ast_dump (GorAstFile *file, GorAstDumpFlags flags);
char *gor_ast_dump_expr (GorAstExpr *expr, GorAstDumpFlags flags);
char *gor_ast_dump_stmt (GorAstStmt *stmt, GorAstDumpFlags flags);

G_END_DECLS
