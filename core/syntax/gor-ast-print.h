/* gor-ast-print.h — expressions and simple statements as Go's messages show them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The one printer of syntax for messages, parser's and type checker's
 * alike.  It writes what Go's syntax.String writes (its "short form", which
 * both the parser and types2's ExprString use): one line, function and
 * composite literal bodies shortened to {…} ({} when empty), struct fields
 * and interface methods separated by "; ", no parentheses added.  For
 * instance `func() {…}`, `T{…}`, `[]int{}`, `struct{a, b int; c string
 * `json:"c"`}`, `chan (<-chan int)`, `s[1:2]`, `x.(int)`.
 */
#pragma once

#include <glib.h>

#include "gor-ast.h"

G_BEGIN_DECLS

/* Appends @expr to @out; nothing for NULL */
void gor_ast_print_expr (GString *out, const GorAstExpr *expr);

/* Appends a simple statement (expression, send, x++, assignment) to
 * @out; other statements print nothing */
void gor_ast_print_stmt (GString *out, const GorAstStmt *stmt);

/* @expr printed into a new string, to free with g_free() */
char *gor_ast_expr_to_string (const GorAstExpr *expr);

G_END_DECLS
