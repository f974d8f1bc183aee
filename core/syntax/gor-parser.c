/* gor-parser.c — Go source text to a syntax tree
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A recursive-descent parser shaped like the Go compiler's own (package
 * cmd/compile/internal/syntax) so that it accepts the same programs and,
 * for a malformed one, reports the error `go build` prints first, where and
 * as it prints it.  Go prints all errors sorted by position; we stop at the
 * first syntax error, raised with longjmp (safe: every node lives in the
 * file's arena), and keep going only past the few errors after which Go's
 * own first message could still lie earlier (a lexical error met while
 * reading ahead, misplaced branches).  Errors Go's type checker would
 * report count only when no syntax error exists.
 *
 * This file holds the entry point, errors, tokens, nodes and a file's
 * declarations; gor-parser-private.h lists the other parts.
 */

#include "config.h"

#include <stdarg.h>

#include "gor-parser-private.h"
#include "gor-diagnostic.h"

/* Deeper nesting than this is refused rather than risking the C stack */
#define MAX_DEPTH 1000

/* Errors */

/* Moves a heap string into the file's arena: an error jumps out of
 * everything, so whatever is still needed then must be owned there. */
char *
_gor_parser_arena_str (GorParser *p, char *heap)
{
  char *copy = _gor_ast_strndup (p->file, heap, strlen (heap));

  g_free (heap);
  return copy;
}

G_GNUC_PRINTF (2, 3) char *_gor_parser_aprintf (GorParser *p, const char *fmt, ...)
{
  va_list args;
  char   *msg;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  return _gor_parser_arena_str (p, msg);
}

static gboolean
pos_before_or_at (GorPos a, GorPos b)
{
  return a.line < b.line || (a.line == b.line && a.col <= b.col);
}

static G_GNUC_NORETURN void
raise_error (GorParser *p, GorParseError code, GorPos pos, const char *msg)
{
  GorPos      lpos;
  const char *lmsg;

  /* Go reports all errors sorted by position: a lexical error met while
   * reading ahead, or a pending one, wins when it comes first */
  if (gor_lexer_get_error (p->lx, &lpos, &lmsg) && pos_before_or_at (lpos, pos))
    {
      code = GOR_PARSE_ERROR_SYNTAX;
      pos = lpos;
      msg = lmsg;
    }
  if (p->has_pending && pos_before_or_at (p->pending_pos, pos)
      && !(pos.line == p->pending_pos.line && pos.col == p->pending_pos.col))
    {
      code = GOR_PARSE_ERROR_SYNTAX;
      pos = p->pending_pos;
      msg = p->pending_msg;
    }
  {
    /* Go quotes a bad token verbatim; a message must stay one line of
     * valid UTF-8 */
    g_autofree char *valid = g_utf8_make_valid (msg, -1);
    GString         *line = g_string_new (NULL);
    const char      *c;

    for (c = valid; *c; c++)
      {
        if (*c == '\n')
          g_string_append (line, "\\n");
        else if (*c == '\r')
          g_string_append (line, "\\r");
        else
          g_string_append_c (line, *c);
      }
    _gor_diagnostic_set_error (&p->error, GOR_PARSE_ERROR, code, p->filename, pos.line, pos.col, line->str);
    g_string_free (line, TRUE);
  }
  longjmp (p->jmp, 1);
}

G_GNUC_NORETURN G_GNUC_PRINTF (3, 4) void _gor_parser_error_at (GorParser *p, GorPos pos, const char *fmt,
                                                                ...)
{
  va_list args;
  char   *msg;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  raise_error (p, GOR_PARSE_ERROR_SYNTAX, pos, _gor_parser_arena_str (p, msg));
}

G_GNUC_PRINTF (3, 4) void _gor_parser_late_error (GorParser *p, GorPos pos, const char *fmt, ...)
{
  va_list args;
  char   *msg;

  if (p->has_late && pos_before_or_at (p->late_pos, pos))
    return;
  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  p->has_late = TRUE;
  p->late_pos = pos;
  p->late_msg = _gor_parser_arena_str (p, msg);
}

/* Takes @msg */
void
_gor_parser_pending_error (GorParser *p, GorPos pos, char *msg)
{
  if (!p->has_pending || !pos_before_or_at (p->pending_pos, pos))
    {
      p->has_pending = TRUE;
      p->pending_pos = pos;
      p->pending_msg = _gor_parser_arena_str (p, msg);
    }
  else
    g_free (msg);
}

G_GNUC_NORETURN void
_gor_parser_unsupported_at (GorParser *p, GorPos pos, const char *what)
{
  raise_error (p, GOR_PARSE_ERROR_UNSUPPORTED, pos, _gor_parser_aprintf (p, "unsupported: %s", what));
}

const char *
_gor_parser_tok_text (GorParser *p)
{
  return _gor_ast_strndup (p->file, p->src + p->tok.offset, p->tok.length);
}

/* the current token as Go's parser names it in "unexpected X" */
const char *
_gor_parser_tok_desc (GorParser *p)
{
  switch (p->tok.kind)
    {
    case GOR_TOKEN_IDENT: return _gor_parser_aprintf (p, "name %s", _gor_parser_tok_text (p));
    case GOR_TOKEN_SEMICOLON: return p->tok.semi;
    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING: return _gor_parser_aprintf (p, "literal %s", _gor_parser_tok_text (p));
    case GOR_TOKEN_EOF: return "EOF";
    case GOR_TOKEN_COMMA: return "comma";
    default: return gor_token_kind_to_string (p->tok.kind);
    }
}

/* a token as Go's parser names it in "expected X" */
const char *
_gor_parser_tokstring (GorTokenKind kind)
{
  switch (kind)
    {
    case GOR_TOKEN_COMMA: return "comma";
    case GOR_TOKEN_SEMICOLON: return "semicolon or newline";
    case GOR_TOKEN_IDENT: return "name";
    default: return gor_token_kind_to_string (kind);
    }
}

G_GNUC_NORETURN void
_gor_parser_syntax_error_at (GorParser *p, GorPos pos, const char *msg)
{
  const char *full;

  if (*msg == '\0')
    full = _gor_parser_aprintf (p, "syntax error: unexpected %s", _gor_parser_tok_desc (p));
  else if (g_str_has_prefix (msg, "in ") || g_str_has_prefix (msg, "at ") || g_str_has_prefix (msg, "after "))
    full = _gor_parser_aprintf (p, "syntax error: unexpected %s %s", _gor_parser_tok_desc (p), msg);
  else if (g_str_has_prefix (msg, "expected "))
    full = _gor_parser_aprintf (p, "syntax error: unexpected %s, %s", _gor_parser_tok_desc (p), msg);
  else
    full = _gor_parser_aprintf (p, "syntax error: %s", msg);
  raise_error (p, GOR_PARSE_ERROR_SYNTAX, pos, full);
}

G_GNUC_NORETURN void
_gor_parser_syntax_error (GorParser *p, const char *msg)
{
  _gor_parser_syntax_error_at (p, p->tok.pos, msg);
}

G_GNUC_NORETURN G_GNUC_PRINTF (2, 3) void _gor_parser_syntax_errorf (GorParser *p, const char *fmt, ...)
{
  va_list args;
  char   *msg;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  _gor_parser_syntax_error (p, _gor_parser_arena_str (p, msg));
}

void
_gor_parser_enter (GorParser *p)
{
  if (++p->depth > MAX_DEPTH)
    _gor_parser_unsupported_at (p, p->tok.pos, "nesting deeper than 1000 levels");
}

void
_gor_parser_leave (GorParser *p)
{
  p->depth--;
}

/* Tokens */

void
_gor_parser_next (GorParser *p)
{
  GorPos      lpos;
  const char *lmsg;

  /* the current token is accepted: a lexical error met so far is the
   * first error of the file */
  if (gor_lexer_get_error (p->lx, &lpos, &lmsg))
    raise_error (p, GOR_PARSE_ERROR_SYNTAX, lpos, lmsg);
  gor_lexer_next (p->lx, &p->tok);
}

gboolean
_gor_parser_got (GorParser *p, GorTokenKind kind)
{
  if (p->tok.kind == kind)
    {
      _gor_parser_next (p);
      return TRUE;
    }
  return FALSE;
}

void
_gor_parser_want (GorParser *p, GorTokenKind kind)
{
  if (!_gor_parser_got (p, kind))
    _gor_parser_syntax_errorf (p, "expected %s", _gor_parser_tokstring (kind));
}

gboolean
_gor_parser_is_literal (GorTokenKind kind)
{
  return kind == GOR_TOKEN_INT || kind == GOR_TOKEN_FLOAT || kind == GOR_TOKEN_IMAG || kind == GOR_TOKEN_CHAR
         || kind == GOR_TOKEN_STRING;
}

/* Nodes */

GorPos
_gor_ast_expr_go_pos (GorAstExpr *e)
{
  return GOR_PARSER_GOPOS (e);
}

GorAstExpr *
_gor_parser_new_expr (GorParser *p, GorExprKind kind, GorPos pos)
{
  GorParserExprNode *node = _gor_ast_alloc (p->file, sizeof (GorParserExprNode));
  GorAstExpr        *e = &node->expr;

  e->kind = kind;
  e->pos = pos;
  e->list = _gor_ast_list (p->file);
  e->params = _gor_ast_list (p->file);
  e->results = _gor_ast_list (p->file);
  e->fields = _gor_ast_list (p->file);
  e->tparams = _gor_ast_list (p->file);
  node->gopos = pos;
  return e;
}

GorAstStmt *
_gor_parser_new_stmt (GorParser *p, GorStmtKind kind, GorPos pos)
{
  GorParserStmtNode *node = _gor_ast_alloc (p->file, sizeof (GorParserStmtNode));
  GorAstStmt        *s = &node->stmt;

  s->kind = kind;
  s->pos = pos;
  s->tok = GOR_TOKEN_EOF;
  s->lhs = _gor_ast_list (p->file);
  s->rhs = _gor_ast_list (p->file);
  s->list = _gor_ast_list (p->file);
  node->gopos = pos;
  return s;
}

GorAstField *
_gor_parser_new_field (GorParser *p, GorPos pos)
{
  GorAstField *f = _gor_ast_alloc (p->file, sizeof (GorAstField));

  f->pos = pos;
  f->names = _gor_ast_list (p->file);
  return f;
}

static GorAstSpec *
new_spec (GorParser *p, GorPos pos)
{
  GorAstSpec *s = _gor_ast_alloc (p->file, sizeof (GorAstSpec));

  s->pos = pos;
  s->names = _gor_ast_list (p->file);
  s->values = _gor_ast_list (p->file);
  s->tparams = _gor_ast_list (p->file);
  return s;
}

static GorAstDecl *
new_decl (GorParser *p, GorDeclKind kind, GorPos pos)
{
  GorAstDecl *d = _gor_ast_alloc (p->file, sizeof (GorAstDecl));

  d->kind = kind;
  d->pos = pos;
  d->specs = _gor_ast_list (p->file);
  return d;
}

/* Copies an expression for the implicit repetition of a const spec, so
 * that each spec's tree can be annotated on its own (iota differs). */
static GorAstExpr *
clone_expr (GorParser *p, GorAstExpr *x)
{
  GorAstExpr *c;
  guint       i;

  if (x == NULL)
    return NULL;
  c = _gor_parser_new_expr (p, x->kind, x->pos);
  GOR_PARSER_GOPOS (c) = GOR_PARSER_GOPOS (x);
  c->op = x->op;
  c->lit_kind = x->lit_kind;
  c->dir = x->dir;
  c->has_ellipsis = x->has_ellipsis;
  c->slice3 = x->slice3;
  c->name = x->name;
  c->lit = x->lit;
  c->value = x->value;
  c->value_len = x->value_len;
  c->x = clone_expr (p, x->x);
  c->y = clone_expr (p, x->y);
  c->z = clone_expr (p, x->z);
  c->w = clone_expr (p, x->w);
  for (i = 0; i < x->list->len; i++)
    g_ptr_array_add (c->list, clone_expr (p, x->list->pdata[i]));
  /* fields and bodies are shared: they hold types and statements, which a
   * constant expression cannot use anyway */
  for (i = 0; i < x->params->len; i++)
    g_ptr_array_add (c->params, x->params->pdata[i]);
  for (i = 0; i < x->results->len; i++)
    g_ptr_array_add (c->results, x->results->pdata[i]);
  for (i = 0; i < x->fields->len; i++)
    g_ptr_array_add (c->fields, x->fields->pdata[i]);
  c->body = x->body;
  return c;
}

/* where an expression begins (a binary expression's pos is its operator) */
GorPos
_gor_parser_start_pos (GorAstExpr *x)
{
  while (x->kind == GOR_EXPR_BINARY)
    x = x->x;
  return x->pos;
}

GorAstExpr *
_gor_parser_unparen (GorAstExpr *x)
{
  while (x && x->kind == GOR_EXPR_PAREN)
    x = x->x;
  return x;
}

/* Lists */

void
_gor_parser_list (GorParser *p, const char *context, GorTokenKind sep, GorTokenKind close,
                  GorParserListFunc func, gpointer data)
{
  gboolean done = FALSE;

  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != close && !done)
    {
      done = func (p, data);
      if (!_gor_parser_got (p, sep) && p->tok.kind != close)
        _gor_parser_syntax_errorf (p, "in %s; possibly missing %s or %s", context,
                                   _gor_parser_tokstring (sep), _gor_parser_tokstring (close));
    }
  _gor_parser_want (p, close);
}

/* Names and literals */

GorAstExpr *
_gor_parser_name (GorParser *p)
{
  GorAstExpr *x;

  if (p->tok.kind != GOR_TOKEN_IDENT)
    _gor_parser_syntax_error (p, "expected name");
  x = _gor_parser_new_expr (p, GOR_EXPR_IDENT, p->tok.pos);
  x->name = _gor_parser_tok_text (p);
  _gor_parser_next (p);
  return x;
}

GPtrArray *
_gor_parser_name_list (GorParser *p, GorAstExpr *first)
{
  GPtrArray *l = _gor_ast_list (p->file);

  g_ptr_array_add (l, first);
  while (_gor_parser_got (p, GOR_TOKEN_COMMA))
    g_ptr_array_add (l, _gor_parser_name (p));
  return l;
}

GorAstExpr *
_gor_parser_basic_lit (GorParser *p)
{
  GorAstExpr *x = _gor_parser_new_expr (p, GOR_EXPR_BASIC_LIT, p->tok.pos);

  x->lit_kind = p->tok.kind;
  x->lit = _gor_parser_tok_text (p);
  if (!p->tok.bad && (p->tok.kind == GOR_TOKEN_STRING || p->tok.kind == GOR_TOKEN_CHAR))
    {
      GString *s = g_string_new (NULL);

      gor_lexer_decode (p->src + p->tok.offset, p->tok.length, s);
      x->value = _gor_ast_strndup (p->file, s->str, s->len);
      x->value_len = s->len;
      g_string_free (s, TRUE);
    }
  _gor_parser_next (p);
  return x;
}

GorAstExpr *
_gor_parser_oliteral (GorParser *p)
{
  if (_gor_parser_is_literal (p->tok.kind))
    return _gor_parser_basic_lit (p);
  return NULL;
}

/* iter.Seq[V] and iter.Seq2[K, V], the two generic types of the library
 * that Gorolanes instantiates: INDEX with the type arguments in list */
static gboolean
is_iter_type (GorAstExpr *x)
{
  return x->kind == GOR_EXPR_SELECTOR && x->x && x->x->kind == GOR_EXPR_IDENT && x->x->name
         && g_str_equal (x->x->name, "iter")
         && (g_str_equal (x->name, "Seq") || g_str_equal (x->name, "Seq2"));
}

static GorAstExpr *
iter_type_args (GorParser *p, GorAstExpr *x)
{
  GorAstExpr *e = _gor_parser_new_expr (p, GOR_EXPR_INDEX, x->pos);

  e->x = x;
  e->list = _gor_ast_list (p->file);
  _gor_parser_want (p, GOR_TOKEN_LBRACK);
  do
    {
      GorAstExpr *t = _gor_parser_type_or_nil (p);

      if (t == NULL)
        _gor_parser_syntax_error (p, "expected type argument list");
      g_ptr_array_add (e->list, t);
    }
  while (_gor_parser_got (p, GOR_TOKEN_COMMA) && p->tok.kind != GOR_TOKEN_RBRACK);
  _gor_parser_want (p, GOR_TOKEN_RBRACK);
  e->y = g_ptr_array_index (e->list, 0);
  return e;
}

GorAstExpr *
_gor_parser_qualified_name (GorParser *p, GorAstExpr *x)
{
  if (x == NULL)
    {
      if (p->tok.kind != GOR_TOKEN_IDENT)
        _gor_parser_syntax_error (p, "expected name");
      x = _gor_parser_name (p);
    }
  if (p->tok.kind == GOR_TOKEN_PERIOD)
    {
      GorAstExpr *s = _gor_parser_new_expr (p, GOR_EXPR_SELECTOR, x->pos);

      GOR_PARSER_GOPOS (s) = p->tok.pos;
      _gor_parser_next (p);
      s->x = x;
      s->name = _gor_parser_name (p)->name;
      x = s;
    }
  if (p->tok.kind == GOR_TOKEN_LBRACK && is_iter_type (x))
    return iter_type_args (p, x);
  if (p->tok.kind == GOR_TOKEN_LBRACK)
    x = _gor_parser_type_args (p, x);
  return x;
}

/* Declarations */

typedef struct
{
  GorAstDecl *decl;
  GorAstSpec *last_values; /* const: the spec whose values repeat */
} Group;

static gboolean
import_spec (GorParser *p, gpointer data)
{
  Group      *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);
  GorAstExpr *path;

  if (p->tok.kind == GOR_TOKEN_IDENT)
    g_ptr_array_add (s->names, _gor_parser_name (p));
  else if (p->tok.kind == GOR_TOKEN_PERIOD)
    {
      GorAstExpr *dot = _gor_parser_new_expr (p, GOR_EXPR_IDENT, p->tok.pos);

      dot->name = ".";
      g_ptr_array_add (s->names, dot);
      _gor_parser_next (p);
    }
  if (!_gor_parser_is_literal (p->tok.kind))
    _gor_parser_syntax_error (p, "missing import path");
  if (p->tok.kind != GOR_TOKEN_STRING)
    _gor_parser_syntax_error (p, "import path must be a string");
  path = _gor_parser_basic_lit (p);
  s->path = path->value ? path->value : "";
  g_ptr_array_add (g->decl->specs, s);
  g_ptr_array_add (p->file->imports, s);
  return FALSE;
}

static gboolean
const_spec (GorParser *p, gpointer data)
{
  Group      *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);
  guint       i;

  s->iota = g->decl->specs->len;
  s->names = _gor_parser_name_list (p, _gor_parser_name (p));
  if (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_SEMICOLON && p->tok.kind != GOR_TOKEN_RPAREN)
    {
      s->type = _gor_parser_type_or_nil (p);
      if (p->tok.kind == GOR_TOKEN_DEFINE)
        _gor_parser_syntax_error (p, "expected =");
      if (_gor_parser_got (p, GOR_TOKEN_ASSIGN))
        {
          s->values = _gor_parser_expr_list (p);
        }
    }
  if (s->values->len > 0 || s->type != NULL)
    g->last_values = s;
  else if (g->last_values)
    {
      /* implicit repetition of the previous type and values */
      s->type = clone_expr (p, g->last_values->type);
      for (i = 0; i < g->last_values->values->len; i++)
        g_ptr_array_add (s->values, clone_expr (p, g->last_values->values->pdata[i]));
    }
  g_ptr_array_add (g->decl->specs, s);
  return FALSE;
}

/* Go's rule for `type T[P …` : type parameters when what follows P can
 * only start a constraint, an array length otherwise */
static gboolean
starts_constraint (GorTokenKind k)
{
  switch (k)
    {
    case GOR_TOKEN_IDENT:
    case GOR_TOKEN_COMMA:
    case GOR_TOKEN_TILDE:
    case GOR_TOKEN_INTERFACE:
    case GOR_TOKEN_LBRACK:
    case GOR_TOKEN_FUNC:
    case GOR_TOKEN_MAP:
    case GOR_TOKEN_CHAN:
    case GOR_TOKEN_STRUCT: return TRUE;
    default: return FALSE;
    }
}

static gboolean
type_spec (GorParser *p, gpointer data)
{
  Group      *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);

  g_ptr_array_add (s->names, _gor_parser_name (p));
  if (p->tok.kind == GOR_TOKEN_LBRACK)
    {
      GorPos pos = p->tok.pos;

      _gor_parser_next (p);
      if (p->tok.kind == GOR_TOKEN_IDENT)
        {
          GorAstExpr *x = _gor_parser_name (p);

          if (starts_constraint (p->tok.kind))
            {
              _gor_parser_tparam_list (p, x, s->tparams);
              s->type = _gor_parser_type_or_nil (p);
            }
          else
            {
              p->xnest++;
              x = _gor_parser_binary_expr (p, _gor_parser_pexpr (p, x), 0);
              p->xnest--;
              s->type = _gor_parser_array_type (p, pos, x);
            }
        }
      else if (_gor_parser_got (p, GOR_TOKEN_RBRACK))
        s->type = _gor_parser_slice_type (p, pos);
      else
        s->type = _gor_parser_array_type (p, pos, NULL);
    }
  else
    {
      if (p->tok.kind == GOR_TOKEN_DEFINE)
        _gor_parser_syntax_error (p, "expected =");
      s->is_alias = _gor_parser_got (p, GOR_TOKEN_ASSIGN);
      s->type = _gor_parser_type_or_nil (p);
    }
  if (s->type == NULL)
    _gor_parser_syntax_error (p, "in type declaration");
  g_ptr_array_add (g->decl->specs, s);
  return FALSE;
}

static gboolean
var_spec (GorParser *p, gpointer data)
{
  Group      *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);

  s->names = _gor_parser_name_list (p, _gor_parser_name (p));
  if (p->tok.kind == GOR_TOKEN_DEFINE)
    _gor_parser_syntax_error (p, "expected =");
  if (_gor_parser_got (p, GOR_TOKEN_ASSIGN))
    {
      s->values = _gor_parser_expr_list (p);
    }
  else
    {
      s->type = _gor_parser_type (p);
      if (p->tok.kind == GOR_TOKEN_DEFINE)
        _gor_parser_syntax_error (p, "expected =");
      if (_gor_parser_got (p, GOR_TOKEN_ASSIGN))
        {
          s->values = _gor_parser_expr_list (p);
        }
    }
  g_ptr_array_add (g->decl->specs, s);
  return FALSE;
}

GorAstDecl *
_gor_parser_append_group (GorParser *p, GorTokenKind kind, GorPos pos)
{
  Group             g = { new_decl (p, GOR_DECL_GEN, pos), NULL };
  GorParserListFunc func;

  g.decl->tok = kind;
  switch (kind)
    {
    case GOR_TOKEN_IMPORT: func = import_spec; break;
    case GOR_TOKEN_CONST: func = const_spec; break;
    case GOR_TOKEN_TYPE: func = type_spec; break;
    default: func = var_spec; break;
    }

  if (p->tok.kind == GOR_TOKEN_LPAREN)
    {
      _gor_parser_next (p);
      _gor_parser_list (p, "grouped declaration", GOR_TOKEN_SEMICOLON, GOR_TOKEN_RPAREN, func, &g);
    }
  else
    func (p, &g);
  return g.decl;
}

static GorAstDecl *
func_decl (GorParser *p, GorPos pos)
{
  GorAstDecl *d = new_decl (p, GOR_DECL_FUNC, pos);

  d->tok = GOR_TOKEN_FUNC;
  if (p->tok.kind == GOR_TOKEN_LPAREN)
    {
      GPtrArray *rcvr;
      guint      n = 0, i;

      _gor_parser_next (p);
      rcvr = _gor_parser_param_list (p, GOR_TOKEN_RPAREN);
      for (i = 0; i < rcvr->len; i++)
        {
          GorAstField *f = rcvr->pdata[i];

          n += MAX (f->names->len, 1);
        }
      if (n == 0)
        _gor_parser_error_at (p, p->tok.pos, "method has no receiver");
      if (n > 1)
        _gor_parser_error_at (p, p->tok.pos, "method has multiple receivers");
      d->recv = rcvr->pdata[0];
    }

  if (p->tok.kind != GOR_TOKEN_IDENT)
    _gor_parser_syntax_error (p, d->recv ? "expected name" : "expected name or (");
  d->name = _gor_parser_name (p);
  d->type = _gor_parser_func_type (p, pos, d->recv ? "method" : NULL);
  if (p->tok.kind == GOR_TOKEN_LBRACE)
    d->body = _gor_parser_func_body (p);
  return d;
}

static GorAstFile *
parse_file (GorParser *p)
{
  GorAstFile  *file = p->file;
  GorAstDecl  *last = NULL;
  GorTokenKind prev = GOR_TOKEN_IMPORT;

  _gor_parser_check_header (p);
  gor_lexer_free (p->lx);
  p->lx = gor_lexer_new (p->src, p->len);
  gor_lexer_next (p->lx, &p->tok);

  if (!_gor_parser_got (p, GOR_TOKEN_PACKAGE))
    _gor_parser_syntax_error (p, "package statement must be first");
  file->package_name = _gor_parser_name (p);
  _gor_parser_want (p, GOR_TOKEN_SEMICOLON);

  /* Go takes imports anywhere but complains of those after other
   * declarations */
  while (p->tok.kind != GOR_TOKEN_EOF)
    {
      GorPos pos = p->tok.pos;

      if (p->tok.kind == GOR_TOKEN_IMPORT && prev != GOR_TOKEN_IMPORT)
        _gor_parser_syntax_error (p, "imports must appear before other declarations");
      prev = p->tok.kind;
      switch (p->tok.kind)
        {
        case GOR_TOKEN_IMPORT:
        case GOR_TOKEN_CONST:
        case GOR_TOKEN_TYPE:
        case GOR_TOKEN_VAR:
          _gor_parser_next (p);
          last = _gor_parser_append_group (p, prev, pos);
          break;

        case GOR_TOKEN_FUNC:
          _gor_parser_next (p);
          last = func_decl (p, pos);
          break;

        default:
          if (p->tok.kind == GOR_TOKEN_LBRACE && last && last->kind == GOR_DECL_FUNC && last->body == NULL)
            _gor_parser_syntax_error (p, "unexpected semicolon or newline before {");
          _gor_parser_syntax_error (p, "non-declaration statement outside function body");
        }
      g_ptr_array_add (file->decls, last);

      if (p->tok.kind != GOR_TOKEN_EOF && !_gor_parser_got (p, GOR_TOKEN_SEMICOLON))
        _gor_parser_syntax_error (p, "after top level declaration");
    }

  /* a lexical error in the last token */
  _gor_parser_next (p);
  if (p->guards->len > 0)
    {
      GorAstExpr *g = p->guards->pdata[0];

      _gor_parser_late_error (p, g->pos, "invalid syntax tree: use of .(type) outside type switch");
    }
  if (p->has_late && (!p->has_pending || !pos_before_or_at (p->pending_pos, p->late_pos)))
    raise_error (p, GOR_PARSE_ERROR_SYNTAX, p->late_pos, p->late_msg);
  if (p->has_pending)
    raise_error (p, GOR_PARSE_ERROR_SYNTAX, p->pending_pos, p->pending_msg);
  return file;
}

GorAstFile *
gor_parse_file (const char *filename, const char *source, gssize length, GError **error)
{
  GorParser parser = { 0 };
  GorParser *volatile p = &parser;
  GorAstFile *file;

  g_return_val_if_fail (filename != NULL, NULL);
  g_return_val_if_fail (source != NULL || length == 0, NULL);
  g_return_val_if_fail (error == NULL || *error == NULL, NULL);

  if (length < 0)
    length = strlen (source);

  file = _gor_ast_file_new (filename, source ? source : "", length);
  p->filename = filename;
  p->file = file;
  p->src = file->source;
  p->len = length;
  p->guards = g_ptr_array_new ();

  if (setjmp (p->jmp) == 0)
    {
      parse_file (p);
    }
  else
    {
      g_clear_pointer (&file, gor_ast_file_free);
      g_propagate_error (error, p->error);
    }

  g_ptr_array_unref (p->guards);
  gor_lexer_free (p->lx);
  return file;
}
