/* gor-ast-private.h — allocation of syntax trees, shared by the parser
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gor-ast.h"

G_BEGIN_DECLS

GorAstFile *_gor_ast_file_new (const char *filename, const char *source, gsize length);

/* Zeroed memory owned by @file. */
gpointer _gor_ast_alloc (GorAstFile *file, gsize size);

/* An empty list owned by @file. */
GPtrArray *_gor_ast_list (GorAstFile *file);

/* A NUL-terminated copy of @len bytes owned by @file. */
char *_gor_ast_strndup (GorAstFile *file, const char *str, gsize len);

/* The position Go's own parser gives @e, which some of Go's messages
 * point at: the '.' of a selector, the '(' of a call, the '[' of an index,
 * the operator of an operation.  @e must come from the parser. */
GorPos _gor_ast_expr_go_pos (GorAstExpr *e);

/* A deep copy of @decl (or @e) in @file, with nothing of the compiler's
 * on it: a generic declaration compiled once per instantiation. */
GorAstDecl *_gor_ast_clone_decl (GorAstFile *file, GorAstDecl *decl);
GorAstExpr *_gor_ast_clone_expr (GorAstFile *file, GorAstExpr *e);

G_END_DECLS
