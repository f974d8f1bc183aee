/* gor-parser-private.h — the parser's state and the helpers its files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The parser is split as Go's own parser reads: the entry point, the
 * file and its declarations (gor-parser.c), expressions
 * (gor-parser-expr.c), types and parameters (gor-parser-type.c),
 * statements (gor-parser-stmt.c), the branch checks (gor-branches.c) and
 * go/build's header reader (gor-imports.c).  Every error leaves through
 * the jmp_buf of the GorParser, whichever file raises it: nodes live in
 * the file's arena, so nothing leaks when the stack unwinds.
 */
#pragma once

#include <setjmp.h>

#include "gor-parser.h"
#include "gor-ast-private.h"
#include "gor-lexer.h"

G_BEGIN_DECLS

/* Each expression node carries, hidden after the public part, the position
 * Go's parser gives it (the '.' of a selector, the '(' of a call, the
 * operator of an operation), which some of Go's messages point at. */
typedef struct
{
  GorAstExpr expr;
  GorPos     gopos;
} GorParserExprNode;

#define GOR_PARSER_GOPOS(e) (((GorParserExprNode *) (e))->gopos)

/* Statements likewise keep the operator position of a simple statement
 * and the position of a branch statement's label. */
typedef struct
{
  GorAstStmt stmt;
  GorPos     gopos;
  GorPos     label_pos;
} GorParserStmtNode;

#define GOR_PARSER_STMT_GOPOS(s) (((GorParserStmtNode *) (s))->gopos)
#define GOR_PARSER_LABEL_POS(s) (((GorParserStmtNode *) (s))->label_pos)

/* All the state of one parse: parsers on two threads share nothing */
typedef struct
{
  const char *filename;
  GorAstFile *file;
  const char *src;
  gsize       len;
  gsize       hlen; /* of the header go/parser sees, see gor-imports.c */
  GorLexer   *lx;
  GorToken    tok;

  int    xnest;  /* expression nesting: < 0 in statement headers */
  int    depth;  /* recursion depth guard */
  GorPos op_pos; /* operator position of the last simple statement */

  GPtrArray *guards; /* x.(type) expressions not yet owned by a type switch */

  /* an error found by a check that does not stop the parse (misplaced
   * branches): it is reported unless a syntax error comes before it */
  gboolean    has_pending;
  GorPos      pending_pos;
  const char *pending_msg;

  /* an error Go's type checker would report: it only counts when the file
   * has no syntax error at all */
  gboolean    has_late;
  GorPos      late_pos;
  const char *late_msg;

  jmp_buf jmp;
  GError *error;
} GorParser;

/* Parses one list element; returns TRUE when the list must end there */
typedef gboolean (*GorParserListFunc) (GorParser *p, gpointer data);

/* Errors (gor-parser.c).  The ones marked NORETURN leave by longjmp. */

char *_gor_parser_arena_str (GorParser *p, char *heap);
char *_gor_parser_aprintf (GorParser *p, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
G_GNUC_NORETURN
void _gor_parser_error_at (GorParser *p, GorPos pos, const char *fmt, ...) G_GNUC_PRINTF (3, 4);
void _gor_parser_late_error (GorParser *p, GorPos pos, const char *fmt, ...) G_GNUC_PRINTF (3, 4);
void _gor_parser_pending_error (GorParser *p, GorPos pos, char *msg);
G_GNUC_NORETURN
void _gor_parser_unsupported_at (GorParser *p, GorPos pos, const char *what);
G_GNUC_NORETURN
void _gor_parser_syntax_error_at (GorParser *p, GorPos pos, const char *msg);
G_GNUC_NORETURN
void _gor_parser_syntax_error (GorParser *p, const char *msg);
G_GNUC_NORETURN
void        _gor_parser_syntax_errorf (GorParser *p, const char *fmt, ...) G_GNUC_PRINTF (2, 3);
const char *_gor_parser_tok_text (GorParser *p);
const char *_gor_parser_tok_desc (GorParser *p);
const char *_gor_parser_tokstring (GorTokenKind kind);

/* Tokens and nodes (gor-parser.c) */

void         _gor_parser_enter (GorParser *p);
void         _gor_parser_leave (GorParser *p);
void         _gor_parser_next (GorParser *p);
gboolean     _gor_parser_got (GorParser *p, GorTokenKind kind);
void         _gor_parser_want (GorParser *p, GorTokenKind kind);
gboolean     _gor_parser_is_literal (GorTokenKind kind);
GorAstExpr  *_gor_parser_new_expr (GorParser *p, GorExprKind kind, GorPos pos);
GorAstStmt  *_gor_parser_new_stmt (GorParser *p, GorStmtKind kind, GorPos pos);
GorAstField *_gor_parser_new_field (GorParser *p, GorPos pos);
GorPos       _gor_parser_start_pos (GorAstExpr *x);
GorAstExpr  *_gor_parser_unparen (GorAstExpr *x);
void         _gor_parser_list (GorParser *p, const char *context, GorTokenKind sep, GorTokenKind close,
                               GorParserListFunc func, gpointer data);
GorAstExpr  *_gor_parser_name (GorParser *p);
GPtrArray   *_gor_parser_name_list (GorParser *p, GorAstExpr *first);
GorAstExpr  *_gor_parser_basic_lit (GorParser *p);
GorAstExpr  *_gor_parser_oliteral (GorParser *p);
GorAstExpr  *_gor_parser_qualified_name (GorParser *p, GorAstExpr *x);

/* Declarations (gor-parser.c) */

GorAstDecl *_gor_parser_append_group (GorParser *p, GorTokenKind kind, GorPos pos);

/* Expressions (gor-parser-expr.c) */

GorAstExpr *_gor_parser_expr (GorParser *p);
GorAstExpr *_gor_parser_binary_expr (GorParser *p, GorAstExpr *x, int prec);
GorAstExpr *_gor_parser_pexpr (GorParser *p, GorAstExpr *x);
GorAstExpr *_gor_parser_type_list (GorParser *p, gboolean *comma, GPtrArray *all);
GPtrArray  *_gor_parser_expr_list (GorParser *p);

/* Types and parameters (gor-parser-type.c) */

GorAstExpr *_gor_parser_type (GorParser *p);
GorAstExpr *_gor_parser_type_or_nil (GorParser *p);
GorAstExpr *_gor_parser_slice_type (GorParser *p, GorPos pos);
GorAstExpr *_gor_parser_array_type (GorParser *p, GorPos pos, GorAstExpr *len);
GorAstExpr *_gor_parser_func_type (GorParser *p, GorPos pos, const char *context);
GorAstExpr *_gor_parser_type_args (GorParser *p, GorAstExpr *x);
void        _gor_parser_tparam_list (GorParser *p, GorAstExpr *first, GPtrArray *out);
GPtrArray  *_gor_parser_param_list (GorParser *p, GorTokenKind close);

/* Statements (gor-parser-stmt.c) */

GorAstStmt *_gor_parser_func_body (GorParser *p);

/* Labels, break, continue, goto and fallthrough of one function body
 * (gor-branches.c): misplaced ones become pending errors */
void _gor_parser_check_branches (GorParser *p, GorAstStmt *body);

/* The package clause and imports as go/build and go/parser see them
 * (gor-imports.c): raises their error, else leaves p->hlen set */
void _gor_parser_check_header (GorParser *p);

G_END_DECLS
