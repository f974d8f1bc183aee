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
 * reading ahead, misplaced branches, a broken goroutine body).  Errors Go's
 * type checker would report count only when no syntax error exists.
 */

#include "config.h"

#include <setjmp.h>
#include <stdarg.h>

#include "gor-parser.h"
#include "gor-diagnostic.h"
#include "gor-ast-private.h"
#include "gor-lexer.h"

/* Deeper nesting than this is refused rather than risking the C stack */
#define MAX_DEPTH 1000

/* Each expression node carries, hidden after the public part, the position
 * Go's parser gives it (the '.' of a selector, the '(' of a call, the
 * operator of an operation), which some of Go's messages point at. */
typedef struct
{
  GorAstExpr expr;
  GorPos     gopos;
} ExprNode;

#define GOPOS(e) (((ExprNode *) (e))->gopos)

/* Statements likewise keep the operator position of a simple statement
 * and the position of a branch statement's label. */
typedef struct
{
  GorAstStmt stmt;
  GorPos     gopos;
  GorPos     label_pos;
} StmtNode;

#define SGOPOS(s) (((StmtNode *) (s))->gopos)
#define LABELPOS(s) (((StmtNode *) (s))->label_pos)

typedef struct
{
  const char *filename;
  GorAstFile *file;
  const char *src;
  gsize       len;
  gsize       hlen;    /* of the header go/parser sees, see check_header() */
  GorLexer   *lx;
  GorToken    tok;

  int         xnest;   /* expression nesting: < 0 in statement headers */
  int         depth;   /* recursion depth guard */
  GorPos      op_pos;  /* operator position of the last simple statement */

  GPtrArray  *guards;  /* x.(type) expressions not yet owned by a type switch */

  const char *go_word; /* "go" or "defer" until its operand is parsed */
  gboolean    syntax_seen; /* a syntax error is pending */

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

  jmp_buf     jmp;
  GError     *error;
} Parser;

typedef gboolean (*ListFunc) (Parser *p, gpointer data);


static GorAstExpr *expr (Parser *p);
static GorAstExpr *binary_expr (Parser *p, GorAstExpr *x, int prec);
static GorAstExpr *unary_expr (Parser *p);
static GorAstExpr *pexpr (Parser *p, GorAstExpr *x);
static GorAstExpr *type_ (Parser *p);
static GorAstExpr *type_or_nil (Parser *p);
static GorAstExpr *func_type (Parser *p, GorPos pos, const char *context);
static GorAstExpr *complit_expr (Parser *p);
static GPtrArray *expr_list (Parser *p);
static GPtrArray *param_list (Parser *p, GorTokenKind close);
static GorAstStmt *block_stmt (Parser *p, const char *context);
static GorAstStmt *stmt_or_nil (Parser *p);
static GPtrArray *stmt_list (Parser *p);
static GorAstDecl *append_group (Parser *p, GorTokenKind kind, GorPos pos);
static void print_expr (GString *out, GorAstExpr *x);

/* Errors */

/* Moves a heap string into the file's arena: an error jumps out of
 * everything, so whatever is still needed then must be owned there. */
static char *
arena_str (Parser *p, char *heap)
{
  char *copy = _gor_ast_strndup (p->file, heap, strlen (heap));

  g_free (heap);
  return copy;
}

static G_GNUC_PRINTF (2, 3) char *
aprintf (Parser *p, const char *fmt, ...)
{
  va_list args;
  char *msg;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  return arena_str (p, msg);
}

static gboolean
pos_before_or_at (GorPos a, GorPos b)
{
  return a.line < b.line || (a.line == b.line && a.col <= b.col);
}

static G_GNUC_NORETURN void
raise_error (Parser *p, GorParseError code, GorPos pos, const char *msg)
{
  GorPos lpos;
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
    GString *line = g_string_new (NULL);
    const char *c;

    for (c = valid; *c; c++)
      {
        if (*c == '\n')
          g_string_append (line, "\\n");
        else if (*c == '\r')
          g_string_append (line, "\\r");
        else
          g_string_append_c (line, *c);
      }
    _gor_diagnostic_set_error (&p->error, GOR_PARSE_ERROR, code, p->filename, pos.line,
                               pos.col, line->str);
    g_string_free (line, TRUE);
  }
  longjmp (p->jmp, 1);
}

static G_GNUC_NORETURN G_GNUC_PRINTF (3, 4) void
error_at (Parser *p, GorPos pos, const char *fmt, ...)
{
  va_list args;
  char *msg;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  raise_error (p, GOR_PARSE_ERROR_SYNTAX, pos, arena_str (p, msg));
}

static G_GNUC_PRINTF (3, 4) void
late_error (Parser *p, GorPos pos, const char *fmt, ...)
{
  va_list args;
  char *msg;

  if (p->has_late && pos_before_or_at (p->late_pos, pos))
    return;
  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  p->has_late = TRUE;
  p->late_pos = pos;
  p->late_msg = arena_str (p, msg);
}

static G_GNUC_NORETURN void
unsupported_at (Parser *p, GorPos pos, const char *what)
{
  raise_error (p, GOR_PARSE_ERROR_UNSUPPORTED, pos, aprintf (p, "unsupported: %s", what));
}

static const char *
tok_text (Parser *p)
{
  return _gor_ast_strndup (p->file, p->src + p->tok.offset, p->tok.length);
}

/* the current token as Go's parser names it in "unexpected X" */
static const char *
tok_desc (Parser *p)
{
  switch (p->tok.kind)
    {
    case GOR_TOKEN_IDENT:
      return tok_text (p);
    case GOR_TOKEN_SEMICOLON:
      return p->tok.semi;
    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING:
      return aprintf (p, "literal %s", tok_text (p));
    case GOR_TOKEN_EOF:
      return "EOF";
    case GOR_TOKEN_COMMA:
      return "comma";
    default:
      return gor_token_kind_to_string (p->tok.kind);
    }
}

/* a token as Go's parser names it in "expecting X" */
static const char *
tokstring (GorTokenKind kind)
{
  switch (kind)
    {
    case GOR_TOKEN_COMMA:
      return "comma";
    case GOR_TOKEN_SEMICOLON:
      return "semicolon or newline";
    case GOR_TOKEN_IDENT:
      return "name";
    default:
      return gor_token_kind_to_string (kind);
    }
}

static G_GNUC_NORETURN void
syntax_error_at (Parser *p, GorPos pos, const char *msg)
{
  const char *full;

  if (*msg == '\0')
    full = aprintf (p, "syntax error: unexpected %s", tok_desc (p));
  else if (g_str_has_prefix (msg, "in ") || g_str_has_prefix (msg, "at ")
           || g_str_has_prefix (msg, "after "))
    full = aprintf (p, "syntax error: unexpected %s %s", tok_desc (p), msg);
  else if (g_str_has_prefix (msg, "expecting "))
    full = aprintf (p, "syntax error: unexpected %s, %s", tok_desc (p), msg);
  else
    full = aprintf (p, "syntax error: %s", msg);
  raise_error (p, GOR_PARSE_ERROR_SYNTAX, pos, full);
}

static G_GNUC_NORETURN void
syntax_error (Parser *p, const char *msg)
{
  syntax_error_at (p, p->tok.pos, msg);
}

static G_GNUC_NORETURN G_GNUC_PRINTF (2, 3) void
syntax_errorf (Parser *p, const char *fmt, ...)
{
  va_list args;
  char *msg;

  va_start (args, fmt);
  msg = g_strdup_vprintf (fmt, args);
  va_end (args);
  syntax_error (p, arena_str (p, msg));
}

static void
enter (Parser *p)
{
  if (++p->depth > MAX_DEPTH)
    unsupported_at (p, p->tok.pos, "nesting deeper than 1000 levels");
}

static void
leave (Parser *p)
{
  p->depth--;
}

/* Tokens */

static void
next (Parser *p)
{
  GorPos lpos;
  const char *lmsg;

  /* the current token is accepted: a lexical error met so far is the
   * first error of the file */
  if (gor_lexer_get_error (p->lx, &lpos, &lmsg))
    raise_error (p, GOR_PARSE_ERROR_SYNTAX, lpos, lmsg);
  gor_lexer_next (p->lx, &p->tok);
}

static gboolean
got (Parser *p, GorTokenKind kind)
{
  if (p->tok.kind == kind)
    {
      next (p);
      return TRUE;
    }
  return FALSE;
}

static void
want (Parser *p, GorTokenKind kind)
{
  if (!got (p, kind))
    syntax_errorf (p, "expecting %s", tokstring (kind));
}

static gboolean
is_literal (GorTokenKind kind)
{
  return kind == GOR_TOKEN_INT || kind == GOR_TOKEN_FLOAT || kind == GOR_TOKEN_IMAG
         || kind == GOR_TOKEN_CHAR || kind == GOR_TOKEN_STRING;
}

static gboolean
is_assign_op (GorTokenKind kind)
{
  return kind >= GOR_TOKEN_ADD_ASSIGN && kind <= GOR_TOKEN_AND_NOT_ASSIGN;
}

static int
precedence (GorTokenKind kind)
{
  switch (kind)
    {
    case GOR_TOKEN_LOR:
      return 1;
    case GOR_TOKEN_LAND:
      return 2;
    case GOR_TOKEN_EQL: case GOR_TOKEN_NEQ: case GOR_TOKEN_LSS:
    case GOR_TOKEN_LEQ: case GOR_TOKEN_GTR: case GOR_TOKEN_GEQ:
      return 3;
    case GOR_TOKEN_ADD: case GOR_TOKEN_SUB: case GOR_TOKEN_OR: case GOR_TOKEN_XOR:
      return 4;
    case GOR_TOKEN_MUL: case GOR_TOKEN_QUO: case GOR_TOKEN_REM: case GOR_TOKEN_SHL:
    case GOR_TOKEN_SHR: case GOR_TOKEN_AND: case GOR_TOKEN_AND_NOT:
      return 5;
    default:
      return 0;
    }
}

/* Nodes */

GorPos
_gor_ast_expr_go_pos (GorAstExpr *e)
{
  return GOPOS (e);
}

static GorAstExpr *
new_expr (Parser *p, GorExprKind kind, GorPos pos)
{
  ExprNode *node = _gor_ast_alloc (p->file, sizeof (ExprNode));
  GorAstExpr *e = &node->expr;

  e->kind = kind;
  e->pos = pos;
  e->list = _gor_ast_list (p->file);
  e->params = _gor_ast_list (p->file);
  e->results = _gor_ast_list (p->file);
  e->fields = _gor_ast_list (p->file);
  node->gopos = pos;
  return e;
}

static GorAstStmt *
new_stmt (Parser *p, GorStmtKind kind, GorPos pos)
{
  StmtNode *node = _gor_ast_alloc (p->file, sizeof (StmtNode));
  GorAstStmt *s = &node->stmt;

  s->kind = kind;
  s->pos = pos;
  s->tok = GOR_TOKEN_EOF;
  s->lhs = _gor_ast_list (p->file);
  s->rhs = _gor_ast_list (p->file);
  s->list = _gor_ast_list (p->file);
  node->gopos = pos;
  return s;
}

static GorAstField *
new_field (Parser *p, GorPos pos)
{
  GorAstField *f = _gor_ast_alloc (p->file, sizeof (GorAstField));

  f->pos = pos;
  f->names = _gor_ast_list (p->file);
  return f;
}

static GorAstSpec *
new_spec (Parser *p, GorPos pos)
{
  GorAstSpec *s = _gor_ast_alloc (p->file, sizeof (GorAstSpec));

  s->pos = pos;
  s->names = _gor_ast_list (p->file);
  s->values = _gor_ast_list (p->file);
  return s;
}

static GorAstDecl *
new_decl (Parser *p, GorDeclKind kind, GorPos pos)
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
clone_expr (Parser *p, GorAstExpr *x)
{
  GorAstExpr *c;
  guint i;

  if (x == NULL)
    return NULL;
  c = new_expr (p, x->kind, x->pos);
  GOPOS (c) = GOPOS (x);
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
static GorPos
start_pos (GorAstExpr *x)
{
  while (x->kind == GOR_EXPR_BINARY)
    x = x->x;
  return x->pos;
}

static GorAstExpr *
unparen (GorAstExpr *x)
{
  while (x && x->kind == GOR_EXPR_PAREN)
    x = x->x;
  return x;
}

/* Lists */

static void
list (Parser *p, const char *context, GorTokenKind sep, GorTokenKind close,
      ListFunc func, gpointer data)
{
  gboolean done = FALSE;

  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != close && !done)
    {
      done = func (p, data);
      if (!got (p, sep) && p->tok.kind != close)
        syntax_errorf (p, "in %s; possibly missing %s or %s",
                       context, tokstring (sep), tokstring (close));
    }
  want (p, close);
}

/* Names and literals */

static GorAstExpr *
name (Parser *p)
{
  GorAstExpr *x;

  if (p->tok.kind != GOR_TOKEN_IDENT)
    syntax_error (p, "expecting name");
  x = new_expr (p, GOR_EXPR_IDENT, p->tok.pos);
  x->name = tok_text (p);
  next (p);
  return x;
}

static GPtrArray *
name_list (Parser *p, GorAstExpr *first)
{
  GPtrArray *l = _gor_ast_list (p->file);

  g_ptr_array_add (l, first);
  while (got (p, GOR_TOKEN_COMMA))
    g_ptr_array_add (l, name (p));
  return l;
}

static GorAstExpr *
basic_lit (Parser *p)
{
  GorAstExpr *x = new_expr (p, GOR_EXPR_BASIC_LIT, p->tok.pos);

  x->lit_kind = p->tok.kind;
  x->lit = tok_text (p);
  if (!p->tok.bad && (p->tok.kind == GOR_TOKEN_STRING || p->tok.kind == GOR_TOKEN_CHAR))
    {
      GString *s = g_string_new (NULL);

      gor_lexer_decode (p->src + p->tok.offset, p->tok.length, s);
      x->value = _gor_ast_strndup (p->file, s->str, s->len);
      x->value_len = s->len;
      g_string_free (s, TRUE);
    }
  next (p);
  return x;
}

static GorAstExpr *
oliteral (Parser *p)
{
  if (is_literal (p->tok.kind))
    return basic_lit (p);
  return NULL;
}

static GorAstExpr *
qualified_name (Parser *p, GorAstExpr *x)
{
  if (x == NULL)
    {
      if (p->tok.kind != GOR_TOKEN_IDENT)
        syntax_error (p, "expecting name");
      x = name (p);
    }
  if (p->tok.kind == GOR_TOKEN_PERIOD)
    {
      GorAstExpr *s = new_expr (p, GOR_EXPR_SELECTOR, x->pos);

      GOPOS (s) = p->tok.pos;
      next (p);
      s->x = x;
      s->name = name (p)->name;
      x = s;
    }
  if (p->tok.kind == GOR_TOKEN_LBRACK)
    unsupported_at (p, p->tok.pos, "type parameters");
  return x;
}

/* Expressions */

static GorAstExpr *
expr (Parser *p)
{
  return binary_expr (p, NULL, 0);
}

static GorAstExpr *
binary_expr (Parser *p, GorAstExpr *x, int prec)
{
  int tprec, saved = p->depth;

  if (x == NULL)
    x = unary_expr (p);
  while ((tprec = precedence (p->tok.kind)) > prec)
    {
      GorAstExpr *t = new_expr (p, GOR_EXPR_BINARY, p->tok.pos);

      /* a chain a+b+c… nests too, to the left: count it so that no tree
       * grows deeper than a recursive walk of it can go */
      enter (p);
      t->op = p->tok.kind;
      next (p);
      t->x = x;
      t->y = binary_expr (p, NULL, tprec);
      x = t;
    }
  p->depth = saved;
  return x;
}

static GorAstExpr *
unary_expr (Parser *p)
{
  GorAstExpr *x = NULL;
  GorPos pos = p->tok.pos;

  enter (p);
  switch (p->tok.kind)
    {
    case GOR_TOKEN_MUL:
      next (p);
      x = new_expr (p, GOR_EXPR_STAR, pos);
      x->x = unary_expr (p);
      break;

    case GOR_TOKEN_ADD:
    case GOR_TOKEN_SUB:
    case GOR_TOKEN_NOT:
    case GOR_TOKEN_XOR:
    case GOR_TOKEN_TILDE:
      x = new_expr (p, GOR_EXPR_UNARY, pos);
      x->op = p->tok.kind;
      next (p);
      x->x = unary_expr (p);
      break;

    case GOR_TOKEN_AND:
      x = new_expr (p, GOR_EXPR_UNARY, pos);
      x->op = GOR_TOKEN_AND;
      next (p);
      x->x = unary_expr (p);
      break;

    case GOR_TOKEN_ARROW:
      next (p);
      x = unary_expr (p);
      if (x->kind == GOR_EXPR_CHAN_TYPE)
        {
          /* <-chan T: the arrow turns the channel type(s) receive-only */
          GorChanDir dir = GOR_CHAN_SEND_ONLY;
          GorAstExpr *t = x;
          GorPos arrow = pos;

          while (dir == GOR_CHAN_SEND_ONLY)
            {
              GorPos next_arrow;

              if (t->kind != GOR_EXPR_CHAN_TYPE)
                break;
              dir = t->dir;
              if (dir == GOR_CHAN_RECV_ONLY)
                syntax_error (p, "unexpected <-, expecting chan");
              t->dir = GOR_CHAN_RECV_ONLY;
              /* each arrow now begins the channel type after it */
              next_arrow = GOPOS (t);
              t->pos = arrow;
              GOPOS (t) = arrow;
              arrow = next_arrow;
              t = t->x;
            }
          if (dir == GOR_CHAN_SEND_ONLY)
            {
              GString *s = g_string_new (NULL);

              print_expr (s, t);
              syntax_error (p, aprintf (p, "unexpected %s, expecting chan",
                                        arena_str (p, g_string_free (s, FALSE))));
            }
        }
      else
        {
          GorAstExpr *o = new_expr (p, GOR_EXPR_UNARY, pos);

          o->op = GOR_TOKEN_ARROW;
          o->x = x;
          x = o;
        }
      break;

    default:
      x = pexpr (p, NULL);
      break;
    }
  leave (p);
  return x;
}

static void check_branches (Parser *p, GorAstStmt *body);

static GorAstStmt *
func_body (Parser *p)
{
  GorAstStmt *body = block_stmt (p, "");

  check_branches (p, body);
  return body;
}

/* The body of `go func() {…}()`: when it ends on something other than its
 * closing brace, Go skips that token and goes on; unless what follows still
 * makes a call, its first message is then that the go statement has no
 * call, at the function literal, before the error in the body. */
static void pending_error (Parser *p, GorPos pos, char *msg);

static GorAstStmt *
go_func_body (Parser *p)
{
  GorAstStmt *body = new_stmt (p, GOR_STMT_BLOCK, p->tok.pos);

  want (p, GOR_TOKEN_LBRACE);
  body->list = stmt_list (p);
  body->end = p->tok.pos;
  if (p->tok.kind != GOR_TOKEN_RBRACE)
    {
      /* keep the error and carry on as Go does: whatever follows may
       * still make a call of the literal */
      pending_error (p, p->tok.pos, g_strdup_printf ("syntax error: unexpected %s, expecting }",
                                                     tok_desc (p)));
      p->syntax_seen = TRUE;
      if (p->tok.kind != GOR_TOKEN_EOF)
        next (p);
      return body;
    }
  next (p);

  check_branches (p, body);
  return body;
}

static GorAstExpr *
operand (Parser *p)
{
  GorPos pos = p->tok.pos;
  GorAstExpr *x;

  if (p->tok.kind != GOR_TOKEN_FUNC)
    p->go_word = NULL;
  switch (p->tok.kind)
    {
    case GOR_TOKEN_IDENT:
      return name (p);

    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING:
      return basic_lit (p);

    case GOR_TOKEN_LPAREN:
      next (p);
      p->xnest++;
      x = new_expr (p, GOR_EXPR_PAREN, pos);
      x->x = expr (p);
      p->xnest--;
      want (p, GOR_TOKEN_RPAREN);
      return x;

    case GOR_TOKEN_FUNC:
      {
        const char *word = p->go_word;
        GorAstExpr *ftyp;

        p->go_word = NULL;
        next (p);
        ftyp = func_type (p, pos, "function type");
        if (p->tok.kind == GOR_TOKEN_LBRACE)
          {
            p->xnest++;
            x = new_expr (p, GOR_EXPR_FUNC_LIT, pos);
            x->x = ftyp;
            x->body = word ? go_func_body (p) : func_body (p);
            p->xnest--;
            return x;
          }
        return ftyp;
      }

    case GOR_TOKEN_LBRACK:
    case GOR_TOKEN_CHAN:
    case GOR_TOKEN_MAP:
    case GOR_TOKEN_STRUCT:
    case GOR_TOKEN_INTERFACE:
      return type_ (p);

    default:
      syntax_error (p, "expecting expression");
    }
}

/* Whether @x is certainly a value, not a type (for T{…} after x[i]) */
static gboolean
is_value (GorAstExpr *x)
{
  switch (x->kind)
    {
    case GOR_EXPR_BASIC_LIT:
    case GOR_EXPR_COMPOSITE_LIT:
    case GOR_EXPR_FUNC_LIT:
    case GOR_EXPR_SLICE:
    case GOR_EXPR_TYPE_ASSERT:
    case GOR_EXPR_CALL:
    case GOR_EXPR_UNARY:
    case GOR_EXPR_BINARY:
      return TRUE;
    case GOR_EXPR_PAREN:
      return is_value (x->x);
    case GOR_EXPR_INDEX:
      return is_value (x->x) || is_value (x->y);
    default:
      return FALSE;
    }
}

/* An index list: returns the first expression and sets *comma when a
 * comma followed it (type arguments, which the subset refuses). */
static GorAstExpr *
type_list (Parser *p, gboolean *comma)
{
  GorAstExpr *x;

  p->xnest++;
  x = expr (p);
  *comma = FALSE;
  if (got (p, GOR_TOKEN_COMMA))
    {
      *comma = TRUE;
      if (type_or_nil (p) != NULL)
        unsupported_at (p, x->pos, "type parameters");
    }
  p->xnest--;
  return x;
}

static GPtrArray *
arg_list (Parser *p, gboolean *has_dots)
{
  GPtrArray *args = _gor_ast_list (p->file);
  gboolean done = FALSE;

  *has_dots = FALSE;
  p->xnest++;
  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RPAREN && !done)
    {
      g_ptr_array_add (args, expr (p));
      *has_dots = got (p, GOR_TOKEN_ELLIPSIS);
      done = *has_dots;
      if (!got (p, GOR_TOKEN_COMMA) && p->tok.kind != GOR_TOKEN_RPAREN)
        syntax_error (p, "in argument list; possibly missing comma or )");
    }
  want (p, GOR_TOKEN_RPAREN);
  p->xnest--;
  return args;
}

static GorAstExpr *
pexpr (Parser *p, GorAstExpr *x)
{
  int saved = p->depth;

  if (x == NULL)
    x = operand (p);

  for (;;)
    {
      GorPos pos = p->tok.pos;

      /* x.a.b… and f()()… nest to the left as well */
      if (p->tok.kind == GOR_TOKEN_PERIOD || p->tok.kind == GOR_TOKEN_LBRACK
          || p->tok.kind == GOR_TOKEN_LPAREN || p->tok.kind == GOR_TOKEN_LBRACE)
        enter (p);

      switch (p->tok.kind)
        {
        case GOR_TOKEN_PERIOD:
          next (p);
          if (p->tok.kind == GOR_TOKEN_IDENT)
            {
              GorAstExpr *t = new_expr (p, GOR_EXPR_SELECTOR, x->pos);

              GOPOS (t) = pos;
              t->x = x;
              t->name = name (p)->name;
              x = t;
            }
          else if (p->tok.kind == GOR_TOKEN_LPAREN)
            {
              GorAstExpr *t = new_expr (p, GOR_EXPR_TYPE_ASSERT, x->pos);

              GOPOS (t) = pos;
              next (p);
              t->x = x;
              if (got (p, GOR_TOKEN_TYPE))
                g_ptr_array_add (p->guards, t);
              else
                t->y = type_ (p);
              want (p, GOR_TOKEN_RPAREN);
              x = t;
            }
          else
            syntax_error (p, "expecting name or (");
          break;

        case GOR_TOKEN_LBRACK:
          {
            GorAstExpr *i = NULL, *t;
            gboolean comma;

            next (p);
            if (p->tok.kind == GOR_TOKEN_RBRACK)
              syntax_error (p, "expecting operand");
            if (p->tok.kind != GOR_TOKEN_COLON)
              {
                i = type_list (p, &comma);
                if (comma || p->tok.kind == GOR_TOKEN_RBRACK)
                  {
                    want (p, GOR_TOKEN_RBRACK);
                    t = new_expr (p, GOR_EXPR_INDEX, x->pos);
                    GOPOS (t) = pos;
                    t->x = x;
                    t->y = i;
                    x = t;
                    break;
                  }
              }
            if (!got (p, GOR_TOKEN_COLON))
              syntax_error (p, "expecting comma, : or ]");
            p->xnest++;
            t = new_expr (p, GOR_EXPR_SLICE, x->pos);
            GOPOS (t) = pos;
            t->x = x;
            t->y = i;
            if (p->tok.kind != GOR_TOKEN_COLON && p->tok.kind != GOR_TOKEN_RBRACK)
              t->z = expr (p);
            if (p->tok.kind == GOR_TOKEN_COLON)
              {
                t->slice3 = TRUE;
                if (t->z == NULL)
                  error_at (p, p->tok.pos, "middle index required in 3-index slice");
                next (p);
                if (p->tok.kind != GOR_TOKEN_RBRACK)
                  t->w = expr (p);
                else
                  error_at (p, p->tok.pos, "final index required in 3-index slice");
              }
            p->xnest--;
            want (p, GOR_TOKEN_RBRACK);
            x = t;
          }
          break;

        case GOR_TOKEN_LPAREN:
          {
            GorAstExpr *t = new_expr (p, GOR_EXPR_CALL, x->pos);

            GOPOS (t) = pos;
            next (p);
            t->x = x;
            t->list = arg_list (p, &t->has_ellipsis);
            x = t;
          }
          break;

        case GOR_TOKEN_LBRACE:
          {
            GorAstExpr *t = unparen (x), *n;
            gboolean complit_ok = FALSE;

            switch (t->kind)
              {
              case GOR_EXPR_IDENT:
              case GOR_EXPR_SELECTOR:
                complit_ok = p->xnest >= 0;
                break;
              case GOR_EXPR_INDEX:
                complit_ok = p->xnest >= 0 && !is_value (t);
                break;
              case GOR_EXPR_ARRAY_TYPE:
              case GOR_EXPR_STRUCT_TYPE:
              case GOR_EXPR_MAP_TYPE:
                complit_ok = TRUE;
                break;
              default:
                break;
              }
            if (!complit_ok)
              {
                p->depth = saved;
                return x;
              }
            if (t != x)
              syntax_error (p, "cannot parenthesize type in composite literal");
            n = complit_expr (p);
            n->x = x;
            n->pos = x->pos;
            x = n;
          }
          break;

        default:
          p->depth = saved;
          return x;
        }
    }
}

static GorAstExpr *
bare_complit_expr (Parser *p)
{
  if (p->tok.kind == GOR_TOKEN_LBRACE)
    return complit_expr (p);
  return expr (p);
}

static gboolean
complit_elem (Parser *p, gpointer data)
{
  GorAstExpr *lit = data;
  GorAstExpr *e = bare_complit_expr (p);

  if (p->tok.kind == GOR_TOKEN_COLON)
    {
      GorAstExpr *kv = new_expr (p, GOR_EXPR_KEY_VALUE, start_pos (e));

      GOPOS (kv) = p->tok.pos;
      next (p);
      kv->x = e;
      kv->y = bare_complit_expr (p);
      e = kv;
    }
  g_ptr_array_add (lit->list, e);
  return FALSE;
}

static GorAstExpr *
complit_expr (Parser *p)
{
  GorAstExpr *x = new_expr (p, GOR_EXPR_COMPOSITE_LIT, p->tok.pos);

  enter (p);
  p->xnest++;
  want (p, GOR_TOKEN_LBRACE);
  list (p, "composite literal", GOR_TOKEN_COMMA, GOR_TOKEN_RBRACE, complit_elem, x);
  p->xnest--;
  leave (p);
  return x;
}

/* Types */

static GorAstExpr *
type_ (Parser *p)
{
  GorAstExpr *t = type_or_nil (p);

  if (t == NULL)
    syntax_error (p, "expecting type");
  return t;
}

static GorAstExpr *
slice_type (Parser *p, GorPos pos)
{
  GorAstExpr *t = new_expr (p, GOR_EXPR_ARRAY_TYPE, pos);

  t->x = type_ (p);
  return t;
}

static GorAstExpr *
array_type (Parser *p, GorPos pos, GorAstExpr *len)
{
  GorAstExpr *t;

  if (len == NULL)
    {
      if (p->tok.kind == GOR_TOKEN_ELLIPSIS)
        {
          len = new_expr (p, GOR_EXPR_ELLIPSIS, p->tok.pos);
          next (p);
        }
      else
        {
          p->xnest++;
          len = expr (p);
          p->xnest--;
        }
    }
  if (p->tok.kind == GOR_TOKEN_COMMA)
    syntax_error (p, "unexpected comma; expecting ]");
  want (p, GOR_TOKEN_RBRACK);
  t = new_expr (p, GOR_EXPR_ARRAY_TYPE, pos);
  t->y = len;
  t->x = type_ (p);
  return t;
}

static GorAstExpr *
chan_elem (Parser *p)
{
  GorAstExpr *t = type_or_nil (p);

  if (t == NULL)
    syntax_error (p, "missing channel element type");
  return t;
}

/* [N]T or a generic instantiation after a field or parameter name */
static GorAstExpr *
array_or_targs (Parser *p)
{
  GorPos pos = p->tok.pos;
  GorAstExpr *n, *elem, *t;
  gboolean comma;

  want (p, GOR_TOKEN_LBRACK);
  if (got (p, GOR_TOKEN_RBRACK))
    return slice_type (p, pos);
  n = type_list (p, &comma);
  want (p, GOR_TOKEN_RBRACK);
  if (!comma)
    {
      elem = type_or_nil (p);
      if (elem != NULL)
        {
          t = new_expr (p, GOR_EXPR_ARRAY_TYPE, pos);
          t->y = n;
          t->x = elem;
          return t;
        }
    }
  unsupported_at (p, pos, "type parameters");
}

static gboolean
field_decl (Parser *p, gpointer data)
{
  GorAstExpr *styp = data;
  GorPos pos = p->tok.pos;
  GorAstField *f;

  switch (p->tok.kind)
    {
    case GOR_TOKEN_IDENT:
      {
        GorAstExpr *first = name (p), *tag;
        GPtrArray *names;

        if (p->tok.kind == GOR_TOKEN_PERIOD || is_literal (p->tok.kind)
            || p->tok.kind == GOR_TOKEN_SEMICOLON || p->tok.kind == GOR_TOKEN_RBRACE)
          {
            f = new_field (p, pos);
            f->type = qualified_name (p, first);
            f->embedded = TRUE;
            tag = oliteral (p);
            f->tag = tag ? (tag->value ? tag->value : tag->lit) : NULL;
            g_ptr_array_add (styp->fields, f);
            break;
          }
        names = name_list (p, first);
        f = new_field (p, pos);
        g_ptr_array_extend (f->names, names, NULL, NULL);
        if (names->len == 1 && p->tok.kind == GOR_TOKEN_LBRACK)
          f->type = array_or_targs (p);
        else
          f->type = type_ (p);
        tag = oliteral (p);
        f->tag = tag ? (tag->value ? tag->value : tag->lit) : NULL;
        g_ptr_array_add (styp->fields, f);
      }
      break;

    case GOR_TOKEN_MUL:
      {
        GorAstExpr *typ, *star, *tag;

        next (p);
        if (p->tok.kind == GOR_TOKEN_LPAREN)
          syntax_error (p, "cannot parenthesize embedded type");
        typ = qualified_name (p, NULL);
        star = new_expr (p, GOR_EXPR_STAR, pos);
        star->x = typ;
        f = new_field (p, pos);
        f->type = star;
        f->embedded = TRUE;
        tag = oliteral (p);
        f->tag = tag ? (tag->value ? tag->value : tag->lit) : NULL;
        g_ptr_array_add (styp->fields, f);
      }
      break;

    case GOR_TOKEN_LPAREN:
      syntax_error (p, "cannot parenthesize embedded type");

    default:
      syntax_error (p, "expecting field name or embedded type");
    }
  return FALSE;
}

static GorAstExpr *
struct_type (Parser *p)
{
  GorAstExpr *typ = new_expr (p, GOR_EXPR_STRUCT_TYPE, p->tok.pos);

  want (p, GOR_TOKEN_STRUCT);
  want (p, GOR_TOKEN_LBRACE);
  list (p, "struct type", GOR_TOKEN_SEMICOLON, GOR_TOKEN_RBRACE, field_decl, typ);
  return typ;
}

static gboolean
method_or_embedded (Parser *p, gpointer data)
{
  GorAstExpr *ityp = data;
  GorAstField *f = new_field (p, p->tok.pos);

  if (p->tok.kind == GOR_TOKEN_IDENT)
    {
      GorAstExpr *n = name (p);

      if (p->tok.kind == GOR_TOKEN_LPAREN)
        {
          g_ptr_array_add (f->names, n);
          f->type = func_type (p, p->tok.pos, "interface method");
        }
      else if (p->tok.kind == GOR_TOKEN_LBRACK)
        unsupported_at (p, p->tok.pos, "type parameters");
      else
        {
          f->type = qualified_name (p, n);
          f->embedded = TRUE;
        }
    }
  else
    {
      if (p->tok.kind == GOR_TOKEN_TILDE)
        unsupported_at (p, p->tok.pos, "type constraints");
      f->type = type_or_nil (p);
      if (f->type == NULL)
        syntax_error (p, "expecting ~ term or type");
      f->embedded = TRUE;
    }
  if (p->tok.kind == GOR_TOKEN_OR)
    unsupported_at (p, p->tok.pos, "type constraints");
  g_ptr_array_add (ityp->fields, f);
  return FALSE;
}

static GorAstExpr *
interface_type (Parser *p)
{
  GorAstExpr *typ = new_expr (p, GOR_EXPR_INTERFACE_TYPE, p->tok.pos);

  want (p, GOR_TOKEN_INTERFACE);
  want (p, GOR_TOKEN_LBRACE);
  list (p, "interface type", GOR_TOKEN_SEMICOLON, GOR_TOKEN_RBRACE, method_or_embedded, typ);
  return typ;
}

static GorAstExpr *
type_or_nil (Parser *p)
{
  GorPos pos = p->tok.pos;
  GorAstExpr *t = NULL;

  enter (p);
  switch (p->tok.kind)
    {
    case GOR_TOKEN_MUL:
      next (p);
      t = new_expr (p, GOR_EXPR_STAR, pos);
      t->x = type_ (p);
      break;

    case GOR_TOKEN_ARROW:
      next (p);
      want (p, GOR_TOKEN_CHAN);
      t = new_expr (p, GOR_EXPR_CHAN_TYPE, pos);
      t->dir = GOR_CHAN_RECV_ONLY;
      t->x = chan_elem (p);
      break;

    case GOR_TOKEN_FUNC:
      next (p);
      t = func_type (p, pos, "function type");
      break;

    case GOR_TOKEN_LBRACK:
      next (p);
      if (got (p, GOR_TOKEN_RBRACK))
        t = slice_type (p, pos);
      else
        t = array_type (p, pos, NULL);
      break;

    case GOR_TOKEN_CHAN:
      next (p);
      t = new_expr (p, GOR_EXPR_CHAN_TYPE, pos);
      if (p->tok.kind == GOR_TOKEN_ARROW)
        {
          /* the arrow's position, should a receive turn it around */
          GOPOS (t) = p->tok.pos;
          next (p);
          t->dir = GOR_CHAN_SEND_ONLY;
        }
      t->x = chan_elem (p);
      break;

    case GOR_TOKEN_MAP:
      next (p);
      want (p, GOR_TOKEN_LBRACK);
      t = new_expr (p, GOR_EXPR_MAP_TYPE, pos);
      t->y = type_ (p);
      want (p, GOR_TOKEN_RBRACK);
      t->x = type_ (p);
      break;

    case GOR_TOKEN_STRUCT:
      t = struct_type (p);
      break;

    case GOR_TOKEN_INTERFACE:
      t = interface_type (p);
      break;

    case GOR_TOKEN_IDENT:
      t = qualified_name (p, NULL);
      break;

    case GOR_TOKEN_LPAREN:
      next (p);
      t = new_expr (p, GOR_EXPR_PAREN, pos);
      t->x = type_ (p);
      want (p, GOR_TOKEN_RPAREN);
      break;

    default:
      break;
    }
  leave (p);
  return t;
}

/* Parameters */

typedef struct
{
  GorAstExpr *name; /* may be NULL */
  GorAstExpr *type; /* may be NULL until the list is complete */
  GorPos      pos;
} Param;

typedef struct
{
  GPtrArray   *params; /* Param*, arena-owned */
  GorTokenKind close;
} ParamList;

static void
add_param (Parser *p, ParamList *pl, Param *par)
{
  Param *copy = _gor_ast_alloc (p->file, sizeof (Param));

  *copy = *par;
  g_ptr_array_add (pl->params, copy);
}

static gboolean
param_decl (Parser *p, gpointer data)
{
  ParamList *pl = data;
  Param par = { NULL, NULL, p->tok.pos };

  if (p->tok.kind == GOR_TOKEN_IDENT)
    {
      GorAstExpr *n = name (p);

      if (p->tok.kind == GOR_TOKEN_LBRACK)
        {
          par.name = n;
          par.type = array_or_targs (p);
          add_param (p, pl, &par);
          return FALSE;
        }
      if (p->tok.kind == GOR_TOKEN_PERIOD)
        {
          par.type = qualified_name (p, n);
          add_param (p, pl, &par);
          return FALSE;
        }
      par.name = n;
    }

  if (p->tok.kind == GOR_TOKEN_ELLIPSIS)
    {
      GorAstExpr *t = new_expr (p, GOR_EXPR_ELLIPSIS, p->tok.pos);

      next (p);
      t->x = type_or_nil (p);
      if (t->x == NULL)
        syntax_error (p, "... is missing type");
      par.type = t;
      add_param (p, pl, &par);
      return FALSE;
    }

  par.type = type_or_nil (p);
  if (par.name != NULL || par.type != NULL)
    {
      add_param (p, pl, &par);
      return FALSE;
    }
  syntax_errorf (p, "expecting %s", tokstring (pl->close));
}

static GPtrArray *
param_list (Parser *p, GorTokenKind close)
{
  GPtrArray *fields = _gor_ast_list (p->file);
  GPtrArray *params = _gor_ast_list (p->file);
  ParamList pl = { params, close };
  guint named = 0, i;
  GorAstField *cur = NULL;

  list (p, "parameter list", GOR_TOKEN_COMMA, close, param_decl, &pl);

  if (params->len == 0)
    return fields;

  for (i = 0; i < params->len; i++)
    {
      Param *par = params->pdata[i];

      if (par->name && par->type)
        named++;
    }

  if (named == 0)
    {
      /* all types: a lone name is a type name */
      for (i = 0; i < params->len; i++)
        {
          Param *par = params->pdata[i];

          if (par->name)
            {
              par->type = par->name;
              par->name = NULL;
            }
        }
    }
  else if (named != params->len)
    {
      GorAstExpr *typ = NULL;
      gboolean bad = FALSE;
      GorPos pos = { 0, 0 };

      for (i = params->len; i-- > 0;)
        {
          Param *par = params->pdata[i];

          if (par->type)
            {
              typ = par->type;
              if (par->name == NULL)
                {
                  bad = TRUE;
                  pos = typ->pos;
                }
            }
          else if (typ)
            par->type = typ;
          else
            {
              bad = TRUE;
              pos = par->name->pos;
            }
        }
      if (bad)
        syntax_error_at (p, pos, "mixed named and unnamed parameters");
    }

  /* a, b T: one field with two names */
  for (i = 0; i < params->len; i++)
    {
      Param *par = params->pdata[i];

      if (cur && par->name && cur->names->len > 0 && cur->type == par->type)
        {
          g_ptr_array_add (cur->names, par->name);
          continue;
        }
      cur = new_field (p, par->name ? par->name->pos : par->type->pos);
      if (par->name)
        g_ptr_array_add (cur->names, par->name);
      cur->type = par->type;
      g_ptr_array_add (fields, cur);
    }
  return fields;
}

static GPtrArray *
func_result (Parser *p)
{
  GorAstExpr *typ;
  GPtrArray *results;
  GorPos pos = p->tok.pos;

  if (got (p, GOR_TOKEN_LPAREN))
    return param_list (p, GOR_TOKEN_RPAREN);
  results = _gor_ast_list (p->file);
  typ = type_or_nil (p);
  if (typ)
    {
      GorAstField *f = new_field (p, pos);

      f->type = typ;
      g_ptr_array_add (results, f);
    }
  return results;
}

/* @context is NULL where Go allows type parameters (function declarations);
 * the subset refuses them everywhere */
static GorAstExpr *
func_type (Parser *p, GorPos pos, const char *context)
{
  GorAstExpr *typ = new_expr (p, GOR_EXPR_FUNC_TYPE, pos);

  /* Go places a function type at its parameters, as messages show */
  GOPOS (typ) = p->tok.pos;
  if (p->tok.kind == GOR_TOKEN_LBRACK)
    {
      GorPos bpos = p->tok.pos;

      if (context)
        syntax_error_at (p, bpos, aprintf (p, "%s must have no type parameters", context));
      next (p);
      if (p->tok.kind == GOR_TOKEN_RBRACK)
        syntax_error (p, "empty type parameter list");
      unsupported_at (p, bpos, "type parameters");
    }
  want (p, GOR_TOKEN_LPAREN);
  typ->params = param_list (p, GOR_TOKEN_RPAREN);
  typ->results = func_result (p);
  return typ;
}

/* Statements */

static GPtrArray *
expr_list (Parser *p)
{
  GPtrArray *l = _gor_ast_list (p->file);

  g_ptr_array_add (l, expr (p));
  while (got (p, GOR_TOKEN_COMMA))
    g_ptr_array_add (l, expr (p));
  return l;
}

static GorAstStmt *
range_clause (Parser *p, GPtrArray *lhs, GorTokenKind tok)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_RANGE, p->tok.pos);

  p->op_pos = p->tok.pos;
  next (p);
  if (lhs)
    {
      if (lhs->len > 2)
        late_error (p, start_pos (lhs->pdata[2]),
                    "range clause permits at most two iteration variables");
      s->pos = ((GorAstExpr *) lhs->pdata[0])->pos;
      s->key = lhs->pdata[0];
      s->value = lhs->len > 1 ? lhs->pdata[1] : NULL;
      g_ptr_array_extend (s->lhs, lhs, NULL, NULL);
    }
  s->tok = tok;
  s->x = expr (p);
  return s;
}

/* @keyword is FOR, SWITCH or IF in a header, else EOF */
static GorAstStmt *
simple_stmt_inner (Parser *p, GPtrArray *lhs, GorTokenKind keyword)
{
  GorAstStmt *s;
  GorPos pos;
  GorTokenKind tok;

  if (keyword == GOR_TOKEN_FOR && p->tok.kind == GOR_TOKEN_RANGE)
    return range_clause (p, NULL, GOR_TOKEN_EOF);

  if (lhs == NULL)
    lhs = expr_list (p);

  pos = p->tok.pos;
  p->op_pos = pos;
  if (lhs->len == 1 && p->tok.kind != GOR_TOKEN_ASSIGN && p->tok.kind != GOR_TOKEN_DEFINE)
    {
      GorAstExpr *x = lhs->pdata[0];

      if (is_assign_op (p->tok.kind))
        {
          s = new_stmt (p, GOR_STMT_ASSIGN, start_pos (x));
          s->tok = p->tok.kind;
          next (p);
          g_ptr_array_add (s->lhs, x);
          g_ptr_array_add (s->rhs, expr (p));
          return s;
        }
      if (p->tok.kind == GOR_TOKEN_INC || p->tok.kind == GOR_TOKEN_DEC)
        {
          s = new_stmt (p, GOR_STMT_INC_DEC, start_pos (x));
          s->tok = p->tok.kind;
          s->x = x;
          next (p);
          return s;
        }
      if (p->tok.kind == GOR_TOKEN_ARROW)
        {
          s = new_stmt (p, GOR_STMT_SEND, start_pos (x));
          next (p);
          s->x = x;
          s->y = expr (p);
          return s;
        }
      s = new_stmt (p, GOR_STMT_EXPR, start_pos (x));
      s->x = x;
      p->op_pos = GOPOS (x);
      return s;
    }

  if (p->tok.kind == GOR_TOKEN_ASSIGN || p->tok.kind == GOR_TOKEN_DEFINE)
    {
      tok = p->tok.kind;
      next (p);
      if (keyword == GOR_TOKEN_FOR && p->tok.kind == GOR_TOKEN_RANGE)
        return range_clause (p, lhs, tok);
      s = new_stmt (p, GOR_STMT_ASSIGN, start_pos (lhs->pdata[0]));
      s->tok = tok;
      s->lhs = lhs;
      s->rhs = expr_list (p);
      p->op_pos = pos;
      return s;
    }

  syntax_error (p, "expecting := or = or comma");
}

/* what Go's type checker says of `a.b := 1` */
static void
check_define (Parser *p, GorAstStmt *s)
{
  guint i;

  if (s->tok != GOR_TOKEN_DEFINE)
    return;
  for (i = 0; i < s->lhs->len; i++)
    {
      GorAstExpr *x = s->lhs->pdata[i];

      if (x->kind != GOR_EXPR_IDENT)
        {
          GString *str = g_string_new (NULL);

          print_expr (str, x);
          late_error (p, start_pos (x), "non-name %s on left side of :=", str->str);
          g_string_free (str, TRUE);
          return;
        }
    }
}

static GorAstStmt *
simple_stmt (Parser *p, GPtrArray *lhs, GorTokenKind keyword)
{
  GorAstStmt *s = simple_stmt_inner (p, lhs, keyword);

  SGOPOS (s) = p->op_pos;
  if (s->kind == GOR_STMT_ASSIGN)
    check_define (p, s);
  return s;
}

static gboolean
is_type_guard (GorAstExpr *x)
{
  return x->kind == GOR_EXPR_TYPE_ASSERT && x->y == NULL;
}

static void
own_guard (Parser *p, GorAstExpr *x)
{
  g_ptr_array_remove (p->guards, x);
}

static void print_simple_stmt (GString *out, GorAstStmt *s);

typedef struct
{
  GorAstStmt *init;
  GorAstExpr *cond;
  GorAstStmt *post;
  GorAstStmt *guard; /* switch: x := y.(type) or y.(type) */
} Header;

static void
header (Parser *p, GorTokenKind keyword, Header *h)
{
  int outer;
  GorAstStmt *cond_stmt = NULL;
  gboolean have_semi = FALSE;
  GorPos semi_pos = { 0, 0 };
  const char *semi_lit = NULL;
  GorPos cond_pos = { 0, 0 };

  memset (h, 0, sizeof *h);
  want (p, keyword);

  if (p->tok.kind == GOR_TOKEN_LBRACE)
    {
      if (keyword == GOR_TOKEN_IF)
        syntax_error (p, "missing condition in if statement");
      return;
    }

  outer = p->xnest;
  p->xnest = -1;

  if (p->tok.kind != GOR_TOKEN_SEMICOLON)
    {
      if (got (p, GOR_TOKEN_VAR))
        syntax_errorf (p, "var declaration not allowed in %s initializer", tokstring (keyword));
      h->init = simple_stmt (p, NULL, keyword);
      if (h->init->kind == GOR_STMT_RANGE)
        {
          p->xnest = outer;
          return;
        }
      cond_pos = p->op_pos;
    }

  if (p->tok.kind != GOR_TOKEN_LBRACE)
    {
      if (p->tok.kind == GOR_TOKEN_SEMICOLON)
        {
          have_semi = TRUE;
          semi_pos = p->tok.pos;
          semi_lit = p->tok.semi;
          next (p);
        }
      else
        want (p, GOR_TOKEN_LBRACE);

      if (keyword == GOR_TOKEN_FOR)
        {
          if (p->tok.kind != GOR_TOKEN_SEMICOLON)
            {
              if (p->tok.kind == GOR_TOKEN_LBRACE)
                syntax_error (p, "expecting for loop condition");
              cond_stmt = simple_stmt (p, NULL, GOR_TOKEN_EOF);
              cond_pos = p->op_pos;
            }
          want (p, GOR_TOKEN_SEMICOLON);
          if (p->tok.kind != GOR_TOKEN_LBRACE)
            {
              h->post = simple_stmt (p, NULL, GOR_TOKEN_EOF);
              if (h->post->kind == GOR_STMT_ASSIGN && h->post->tok == GOR_TOKEN_DEFINE)
                syntax_error_at (p, p->op_pos, "cannot declare in post statement of for loop");
            }
        }
      else if (p->tok.kind != GOR_TOKEN_LBRACE)
        {
          cond_stmt = simple_stmt (p, NULL, keyword);
          cond_pos = p->op_pos;
        }
    }
  else
    {
      cond_stmt = h->init;
      h->init = NULL;
    }

  if (cond_stmt == NULL)
    {
      if (keyword == GOR_TOKEN_IF && have_semi)
        {
          if (strcmp (semi_lit, "semicolon") != 0)
            syntax_error_at (p, semi_pos,
                             aprintf (p, "unexpected %s, expecting { after if clause", semi_lit));
          syntax_error_at (p, semi_pos, "missing condition in if statement");
        }
    }
  else if (cond_stmt->kind == GOR_STMT_EXPR)
    {
      h->cond = cond_stmt->x;
      if (keyword == GOR_TOKEN_SWITCH && is_type_guard (h->cond))
        {
          own_guard (p, h->cond);
          h->guard = cond_stmt;
          h->cond = NULL;
        }
    }
  else if (keyword == GOR_TOKEN_SWITCH && cond_stmt->kind == GOR_STMT_ASSIGN
           && cond_stmt->tok == GOR_TOKEN_DEFINE && cond_stmt->lhs->len == 1
           && cond_stmt->rhs->len == 1
           && ((GorAstExpr *) cond_stmt->lhs->pdata[0])->kind == GOR_EXPR_IDENT
           && is_type_guard (cond_stmt->rhs->pdata[0]))
    {
      own_guard (p, cond_stmt->rhs->pdata[0]);
      h->guard = cond_stmt;
    }
  else
    {
      GString *s = g_string_new ("cannot use ");

      if (cond_stmt->kind == GOR_STMT_ASSIGN && cond_stmt->tok == GOR_TOKEN_ASSIGN)
        {
          guint i;

          g_string_append (s, "assignment (");
          for (i = 0; i < cond_stmt->lhs->len; i++)
            {
              if (i > 0)
                g_string_append (s, ", ");
              print_expr (s, cond_stmt->lhs->pdata[i]);
            }
          g_string_append (s, ") = (");
          for (i = 0; i < cond_stmt->rhs->len; i++)
            {
              if (i > 0)
                g_string_append (s, ", ");
              print_expr (s, cond_stmt->rhs->pdata[i]);
            }
          g_string_append (s, ")");
        }
      else
        print_simple_stmt (s, cond_stmt);
      g_string_append (s, " as value");
      syntax_error_at (p, cond_pos, arena_str (p, g_string_free (s, FALSE)));
    }

  p->xnest = outer;
}

static GorAstStmt *
if_stmt (Parser *p)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_IF, p->tok.pos);
  Header h;

  enter (p);
  header (p, GOR_TOKEN_IF, &h);
  s->init = h.init;
  s->x = h.cond;
  s->body = block_stmt (p, "if clause");
  if (got (p, GOR_TOKEN_ELSE))
    {
      if (p->tok.kind == GOR_TOKEN_IF)
        s->else_ = if_stmt (p);
      else if (p->tok.kind == GOR_TOKEN_LBRACE)
        s->else_ = block_stmt (p, "");
      else
        syntax_error (p, "else must be followed by if or statement block");
    }
  leave (p);
  return s;
}

static GorAstStmt *
for_stmt (Parser *p)
{
  GorPos pos = p->tok.pos;
  GorAstStmt *s;
  Header h;

  header (p, GOR_TOKEN_FOR, &h);
  if (h.init && h.init->kind == GOR_STMT_RANGE)
    {
      s = h.init;
      s->pos = pos;
    }
  else
    {
      s = new_stmt (p, GOR_STMT_FOR, pos);
      s->init = h.init;
      s->x = h.cond;
      s->post = h.post;
    }
  s->body = block_stmt (p, "for clause");
  return s;
}

static GorAstStmt *
case_clause (Parser *p)
{
  GorAstStmt *c = new_stmt (p, GOR_STMT_CASE_CLAUSE, p->tok.pos);

  if (p->tok.kind == GOR_TOKEN_CASE)
    {
      next (p);
      c->lhs = expr_list (p);
    }
  else if (p->tok.kind == GOR_TOKEN_DEFAULT)
    {
      next (p);
      c->is_default = TRUE;
    }
  else
    syntax_error (p, "expecting case or default or }");
  want (p, GOR_TOKEN_COLON);
  c->list = stmt_list (p);
  return c;
}

static GorAstStmt *
switch_stmt (Parser *p)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_SWITCH, p->tok.pos);
  Header h;

  header (p, GOR_TOKEN_SWITCH, &h);
  s->init = h.init;
  s->x = h.cond;
  if (h.guard)
    {
      s->kind = GOR_STMT_TYPE_SWITCH;
      s->assign = h.guard;
    }
  if (!got (p, GOR_TOKEN_LBRACE))
    syntax_error (p, "missing { after switch clause");
  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RBRACE)
    g_ptr_array_add (s->list, case_clause (p));
  s->end = p->tok.pos;
  want (p, GOR_TOKEN_RBRACE);
  return s;
}

static GorAstStmt *
comm_clause (Parser *p)
{
  GorAstStmt *c = new_stmt (p, GOR_STMT_COMM_CLAUSE, p->tok.pos);

  if (p->tok.kind == GOR_TOKEN_CASE)
    {
      GorAstStmt *comm;

      next (p);
      comm = simple_stmt (p, NULL, GOR_TOKEN_EOF);
      /* what the type checker would refuse: a case that neither sends nor
       * receives */
      if (!(comm->kind == GOR_STMT_SEND
            || (comm->kind == GOR_STMT_EXPR && unparen (comm->x)->kind == GOR_EXPR_UNARY
                && unparen (comm->x)->op == GOR_TOKEN_ARROW)
            || (comm->kind == GOR_STMT_ASSIGN
                && (comm->tok == GOR_TOKEN_ASSIGN || comm->tok == GOR_TOKEN_DEFINE)
                && comm->rhs->len == 1 && comm->lhs->len <= 2
                && unparen (comm->rhs->pdata[0])->kind == GOR_EXPR_UNARY
                && unparen (comm->rhs->pdata[0])->op == GOR_TOKEN_ARROW)))
        late_error (p, comm->kind == GOR_STMT_EXPR ? GOPOS (comm->x) : comm->pos,
                    "select case must be send or receive (possibly with assignment)");
      c->comm = comm;
    }
  else if (p->tok.kind == GOR_TOKEN_DEFAULT)
    {
      next (p);
      c->is_default = TRUE;
    }
  else
    syntax_error (p, "expecting case or default or }");
  want (p, GOR_TOKEN_COLON);
  c->list = stmt_list (p);
  return c;
}

static GorAstStmt *
select_stmt (Parser *p)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_SELECT, p->tok.pos);

  want (p, GOR_TOKEN_SELECT);
  if (!got (p, GOR_TOKEN_LBRACE))
    syntax_error (p, "missing { after select clause");
  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RBRACE)
    g_ptr_array_add (s->list, comm_clause (p));
  s->end = p->tok.pos;
  want (p, GOR_TOKEN_RBRACE);
  return s;
}

static GorAstStmt *
block_stmt (Parser *p, const char *context)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_BLOCK, p->tok.pos);

  if (!got (p, GOR_TOKEN_LBRACE))
    syntax_errorf (p, "expecting { after %s", context);
  s->list = stmt_list (p);
  s->end = p->tok.pos;
  want (p, GOR_TOKEN_RBRACE);
  return s;
}

static GorAstStmt *
labeled_stmt (Parser *p, GorAstExpr *label)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_LABELED, label->pos);
  GorPos colon = p->tok.pos;

  s->label = label->name;
  want (p, GOR_TOKEN_COLON);
  if (p->tok.kind == GOR_TOKEN_RBRACE)
    {
      s->body = new_stmt (p, GOR_STMT_EMPTY, p->tok.pos);
      return s;
    }
  s->body = stmt_or_nil (p);
  if (s->body == NULL)
    syntax_error_at (p, colon, "missing statement after label");
  return s;
}

static GorAstStmt *
call_stmt (Parser *p)
{
  GorAstStmt *s = new_stmt (p, p->tok.kind == GOR_TOKEN_GO ? GOR_STMT_GO : GOR_STMT_DEFER,
                            p->tok.pos);
  const char *word = p->tok.kind == GOR_TOKEN_GO ? "go" : "defer";
  GorAstExpr *x;

  next (p);
  p->go_word = word;
  x = pexpr (p, NULL);
  p->go_word = NULL;
  if (x->kind == GOR_EXPR_PAREN)
    error_at (p, GOPOS (x), "expression in %s must not be parenthesized", word);
  if (x->kind != GOR_EXPR_CALL)
    error_at (p, GOPOS (x), "expression in %s must be function call", word);
  s->x = x;
  return s;
}

static GorAstStmt *
decl_stmt (Parser *p)
{
  GorAstStmt *s = new_stmt (p, GOR_STMT_DECL, p->tok.pos);
  GorTokenKind kind = p->tok.kind;

  next (p);
  s->decl = append_group (p, kind, s->pos);
  return s;
}

static GorAstStmt *
stmt_or_nil_inner (Parser *p)
{
  GorAstStmt *s;
  GorPos pos = p->tok.pos;

  if (p->tok.kind == GOR_TOKEN_IDENT)
    {
      GPtrArray *lhs = expr_list (p);
      GorAstExpr *first = lhs->pdata[0];

      if (lhs->len == 1 && first->kind == GOR_EXPR_IDENT && p->tok.kind == GOR_TOKEN_COLON)
        return labeled_stmt (p, first);
      return simple_stmt (p, lhs, GOR_TOKEN_EOF);
    }

  switch (p->tok.kind)
    {
    case GOR_TOKEN_VAR:
    case GOR_TOKEN_CONST:
    case GOR_TOKEN_TYPE:
      return decl_stmt (p);

    case GOR_TOKEN_LBRACE:
      return block_stmt (p, "");

    case GOR_TOKEN_ADD: case GOR_TOKEN_SUB: case GOR_TOKEN_MUL:
    case GOR_TOKEN_AND: case GOR_TOKEN_XOR: case GOR_TOKEN_NOT:
    case GOR_TOKEN_INT: case GOR_TOKEN_FLOAT: case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR: case GOR_TOKEN_STRING:
    case GOR_TOKEN_FUNC: case GOR_TOKEN_LPAREN:
    case GOR_TOKEN_LBRACK: case GOR_TOKEN_STRUCT: case GOR_TOKEN_MAP:
    case GOR_TOKEN_CHAN: case GOR_TOKEN_INTERFACE:
    case GOR_TOKEN_ARROW:
      return simple_stmt (p, NULL, GOR_TOKEN_EOF);

    case GOR_TOKEN_FOR:
      return for_stmt (p);

    case GOR_TOKEN_SWITCH:
      return switch_stmt (p);

    case GOR_TOKEN_SELECT:
      return select_stmt (p);

    case GOR_TOKEN_IF:
      return if_stmt (p);

    case GOR_TOKEN_FALLTHROUGH:
      s = new_stmt (p, GOR_STMT_BRANCH, pos);
      s->tok = GOR_TOKEN_FALLTHROUGH;
      next (p);
      return s;

    case GOR_TOKEN_BREAK:
    case GOR_TOKEN_CONTINUE:
      s = new_stmt (p, GOR_STMT_BRANCH, pos);
      s->tok = p->tok.kind;
      next (p);
      if (p->tok.kind == GOR_TOKEN_IDENT)
        {
          LABELPOS (s) = p->tok.pos;
          s->label = name (p)->name;
        }
      return s;

    case GOR_TOKEN_GO:
    case GOR_TOKEN_DEFER:
      return call_stmt (p);

    case GOR_TOKEN_GOTO:
      s = new_stmt (p, GOR_STMT_BRANCH, pos);
      s->tok = GOR_TOKEN_GOTO;
      next (p);
      LABELPOS (s) = p->tok.pos;
      s->label = name (p)->name;
      return s;

    case GOR_TOKEN_RETURN:
      s = new_stmt (p, GOR_STMT_RETURN, pos);
      next (p);
      if (p->tok.kind != GOR_TOKEN_SEMICOLON && p->tok.kind != GOR_TOKEN_RBRACE)
        {
          s->rhs = expr_list (p);
        }
      return s;

    case GOR_TOKEN_SEMICOLON:
      return new_stmt (p, GOR_STMT_EMPTY, pos);

    default:
      return NULL;
    }
}

static GorAstStmt *
stmt_or_nil (Parser *p)
{
  GorAstStmt *s;

  enter (p);
  s = stmt_or_nil_inner (p);
  leave (p);
  return s;
}

static GPtrArray *
stmt_list (Parser *p)
{
  GPtrArray *l = _gor_ast_list (p->file);

  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RBRACE
         && p->tok.kind != GOR_TOKEN_CASE && p->tok.kind != GOR_TOKEN_DEFAULT)
    {
      GorAstStmt *s = stmt_or_nil (p);

      if (s == NULL)
        break;
      /* empty statements carry nothing, except after a label */
      if (s->kind != GOR_STMT_EMPTY)
        g_ptr_array_add (l, s);
      if (!got (p, GOR_TOKEN_SEMICOLON) && p->tok.kind != GOR_TOKEN_RBRACE)
        syntax_error (p, "at end of statement");
    }
  return l;
}

/* Branches: labels, break, continue, goto and fallthrough are checked per
 * function body as Go's parser does, with Go's messages */

typedef struct _Block Block;
struct _Block
{
  Block      *parent;
  GorPos      start;
  GorAstStmt *lstmt; /* labeled statement of this block, or NULL */
};

typedef struct
{
  Block      *parent;
  GorAstStmt *lstmt;
  gboolean    used;
} Label;

typedef struct
{
  Parser     *p;
  GHashTable *labels; /* name → Label* */
  GPtrArray  *blocks; /* Block*, kept for the labels pointing at them */
} LabelScope;

typedef struct
{
  GorAstStmt *breaks;    /* FOR, RANGE, SWITCH, TYPE_SWITCH, SELECT or NULL */
  GorAstStmt *continues; /* FOR, RANGE or NULL */
  int         case_index;
} Targets;

static GorAstStmt invalid_target;

static void
pending_error (Parser *p, GorPos pos, char *msg)
{
  if (!p->has_pending || !pos_before_or_at (p->pending_pos, pos))
    {
      p->has_pending = TRUE;
      p->pending_pos = pos;
      p->pending_msg = arena_str (p, msg);
    }
  else
    g_free (msg);
}

static char *
pos_string (Parser *p, GorPos pos)
{
  return g_strdup_printf ("%s:%u:%u", p->filename, pos.line, pos.col);
}

static Label *
declare_label (LabelScope *ls, Block *b, GorAstStmt *s)
{
  Label *alt = g_hash_table_lookup (ls->labels, s->label);
  Label *l;

  if (alt)
    {
      g_autofree char *where = pos_string (ls->p, alt->lstmt->pos);

      pending_error (ls->p, s->pos, g_strdup_printf ("label %s already defined at %s",
                                                     s->label, where));
      return alt;
    }
  l = g_new0 (Label, 1);
  l->parent = b;
  l->lstmt = s;
  g_hash_table_insert (ls->labels, (gpointer) s->label, l);
  return l;
}

static GorAstStmt *
goto_target (LabelScope *ls, Block *b, const char *name)
{
  Label *l = g_hash_table_lookup (ls->labels, name);

  if (l)
    {
      l->used = TRUE;
      for (; b; b = b->parent)
        if (l->parent == b)
          return l->lstmt;
    }
  return NULL;
}

static GorAstStmt *
enclosing_target (LabelScope *ls, Block *b, const char *name)
{
  Label *l = g_hash_table_lookup (ls->labels, name);

  if (l)
    {
      l->used = TRUE;
      for (; b; b = b->parent)
        if (l->lstmt == b->lstmt)
          return l->lstmt;
      return &invalid_target;
    }
  return NULL;
}

static gboolean
is_loop (GorAstStmt *s)
{
  return s && (s->kind == GOR_STMT_FOR || s->kind == GOR_STMT_RANGE);
}

static void block_branches (LabelScope *ls, Block *parent, Targets ctxt, GorAstStmt *lstmt,
                            GorPos start, GPtrArray *body, GPtrArray *fwd_out);

static void
inner_block (LabelScope *ls, Block *b, Targets ctxt, GorAstStmt *lstmt, GorPos start,
             GPtrArray *body, GPtrArray *fwd_gotos)
{
  g_autoptr (GPtrArray) inner = g_ptr_array_new ();

  block_branches (ls, b, ctxt, lstmt, start, body, inner);
  g_ptr_array_extend (fwd_gotos, inner, NULL, NULL);
}

static void
block_branches (LabelScope *ls, Block *parent, Targets ctxt, GorAstStmt *lstmt,
                GorPos start, GPtrArray *body, GPtrArray *fwd_gotos)
{
  Parser *p = ls->p;
  Block *bp = g_new0 (Block, 1);
  gboolean have_var = FALSE;
  GorPos var_pos = { 0, 0 };
  g_autofree char *var_name = NULL;
  g_autoptr (GPtrArray) bad_gotos = g_ptr_array_new ();
  guint idx;

  bp->parent = parent;
  bp->start = start;
  bp->lstmt = lstmt;
  g_ptr_array_add (ls->blocks, bp);

  for (idx = 0; idx < body->len; idx++)
    {
      GorAstStmt *s = body->pdata[idx];

      lstmt = NULL;
      while (s && s->kind == GOR_STMT_LABELED)
        {
          if (strcmp (s->label, "_") != 0)
            {
              Label *l = declare_label (ls, bp, s);
              guint i, j = 0;

              for (i = 0; i < fwd_gotos->len; i++)
                {
                  GorAstStmt *fwd = fwd_gotos->pdata[i];

                  if (strcmp (fwd->label, s->label) == 0)
                    {
                      l->used = TRUE;
                      if (have_var && g_ptr_array_find (bad_gotos, fwd, NULL))
                        {
                          g_autofree char *where = pos_string (p, var_pos);

                          pending_error (p, LABELPOS (fwd),
                                         g_strdup_printf ("goto %s jumps over declaration of %s at %s",
                                                          s->label, var_name, where));
                        }
                    }
                  else
                    fwd_gotos->pdata[j++] = fwd;
                }
              g_ptr_array_set_size (fwd_gotos, j);
              lstmt = s;
            }
          s = s->body;
        }
      if (s == NULL)
        continue;

      switch (s->kind)
        {
        case GOR_STMT_DECL:
          if (s->decl->tok == GOR_TOKEN_VAR && s->decl->specs->len > 0)
            {
              GorAstSpec *spec = s->decl->specs->pdata[0];
              GorAstExpr *n = spec->names->pdata[0];

              have_var = TRUE;
              var_pos = n->pos;
              g_free (var_name);
              var_name = g_strdup (n->name);
              g_ptr_array_set_size (bad_gotos, 0);
              g_ptr_array_extend (bad_gotos, fwd_gotos, NULL, NULL);
            }
          break;

        case GOR_STMT_ASSIGN:
          if (s->tok == GOR_TOKEN_DEFINE)
            {
              GString *names = g_string_new (NULL);
              guint i;

              for (i = 0; i < s->lhs->len; i++)
                {
                  if (i > 0)
                    g_string_append (names, ", ");
                  print_expr (names, s->lhs->pdata[i]);
                }
              have_var = TRUE;
              var_pos = SGOPOS (s);
              g_free (var_name);
              var_name = g_string_free (names, FALSE);
              g_ptr_array_set_size (bad_gotos, 0);
              g_ptr_array_extend (bad_gotos, fwd_gotos, NULL, NULL);
            }
          break;

        case GOR_STMT_BRANCH:
          if (s->label == NULL)
            {
              const char *msg;

              switch (s->tok)
                {
                case GOR_TOKEN_BREAK:
                  if (ctxt.breaks == NULL)
                    pending_error (p, s->pos, g_strdup ("break is not in a loop, switch, or select"));
                  break;
                case GOR_TOKEN_CONTINUE:
                  if (ctxt.continues == NULL)
                    pending_error (p, s->pos, g_strdup ("continue is not in a loop"));
                  break;
                default: /* fallthrough */
                  msg = "fallthrough statement out of place";
                  if (ctxt.breaks && ctxt.breaks->kind == GOR_STMT_TYPE_SWITCH)
                    msg = "cannot fallthrough in type switch";
                  else if (ctxt.breaks && ctxt.breaks->kind == GOR_STMT_SWITCH)
                    {
                      if (ctxt.case_index < 0 || idx + 1 < body->len)
                        ;
                      else if ((guint) ctxt.case_index + 1 == ctxt.breaks->list->len)
                        msg = "cannot fallthrough final case in switch";
                      else
                        break;
                    }
                  pending_error (p, s->pos, g_strdup (msg));
                  break;
                }
              break;
            }

          switch (s->tok)
            {
            case GOR_TOKEN_BREAK:
              {
                GorAstStmt *t = enclosing_target (ls, bp, s->label);

                if (t)
                  {
                    GorAstStmt *ts = t == &invalid_target ? NULL : t->body;

                    if (!(ts && (is_loop (ts) || ts->kind == GOR_STMT_SWITCH
                                 || ts->kind == GOR_STMT_TYPE_SWITCH
                                 || ts->kind == GOR_STMT_SELECT)))
                      pending_error (p, LABELPOS (s),
                                     g_strdup_printf ("invalid break label %s", s->label));
                  }
                else
                  pending_error (p, LABELPOS (s),
                                 g_strdup_printf ("break label not defined: %s", s->label));
              }
              break;

            case GOR_TOKEN_CONTINUE:
              {
                GorAstStmt *t = enclosing_target (ls, bp, s->label);

                if (t)
                  {
                    GorAstStmt *ts = t == &invalid_target ? NULL : t->body;

                    if (!is_loop (ts))
                      pending_error (p, LABELPOS (s),
                                     g_strdup_printf ("invalid continue label %s", s->label));
                  }
                else
                  pending_error (p, LABELPOS (s),
                                 g_strdup_printf ("continue label not defined: %s", s->label));
              }
              break;

            default: /* goto */
              if (goto_target (ls, bp, s->label) == NULL)
                g_ptr_array_add (fwd_gotos, s);
              break;
            }
          break;

        case GOR_STMT_BLOCK:
          {
            Targets inner = { ctxt.breaks, ctxt.continues, -1 };

            inner_block (ls, bp, inner, lstmt, s->pos, s->list, fwd_gotos);
          }
          break;

        case GOR_STMT_IF:
          {
            Targets inner = { ctxt.breaks, ctxt.continues, -1 };

            inner_block (ls, bp, inner, lstmt, s->body->pos, s->body->list, fwd_gotos);
            if (s->else_)
              {
                g_autoptr (GPtrArray) one = g_ptr_array_new ();

                g_ptr_array_add (one, s->else_);
                inner_block (ls, bp, inner, lstmt, s->else_->pos, one, fwd_gotos);
              }
          }
          break;

        case GOR_STMT_FOR:
        case GOR_STMT_RANGE:
          {
            Targets inner = { s, s, -1 };

            inner_block (ls, bp, inner, lstmt, s->body->pos, s->body->list, fwd_gotos);
          }
          break;

        case GOR_STMT_SWITCH:
        case GOR_STMT_TYPE_SWITCH:
        case GOR_STMT_SELECT:
          {
            Targets inner = { s, ctxt.continues, -1 };
            guint i;

            for (i = 0; i < s->list->len; i++)
              {
                GorAstStmt *cc = s->list->pdata[i];

                if (s->kind != GOR_STMT_SELECT)
                  inner.case_index = i;
                inner_block (ls, bp, inner, lstmt, cc->pos, cc->list, fwd_gotos);
              }
          }
          break;

        default:
          break;
        }
    }
}

static int
compare_labels (gconstpointer a, gconstpointer b)
{
  const Label *la = *(Label **) a, *lb = *(Label **) b;

  if (la->lstmt->pos.line != lb->lstmt->pos.line)
    return la->lstmt->pos.line < lb->lstmt->pos.line ? -1 : 1;
  return (int) la->lstmt->pos.col - (int) lb->lstmt->pos.col;
}

static void
check_branches (Parser *p, GorAstStmt *body)
{
  LabelScope ls = { p, g_hash_table_new_full (g_str_hash, g_str_equal, NULL, g_free),
                    g_ptr_array_new_with_free_func (g_free) };
  Targets none = { NULL, NULL, -1 };
  g_autoptr (GPtrArray) fwd_gotos = g_ptr_array_new ();
  g_autoptr (GPtrArray) labels = NULL;
  guint i;

  block_branches (&ls, NULL, none, NULL, body->pos, body->list, fwd_gotos);

  for (i = 0; i < fwd_gotos->len; i++)
    {
      GorAstStmt *fwd = fwd_gotos->pdata[i];
      Label *l = g_hash_table_lookup (ls.labels, fwd->label);

      if (l)
        {
          g_autofree char *where = pos_string (p, l->parent->start);

          l->used = TRUE;
          pending_error (p, LABELPOS (fwd), g_strdup_printf ("goto %s jumps into block starting at %s",
                                                             fwd->label, where));
        }
      else
        pending_error (p, LABELPOS (fwd), g_strdup_printf ("label %s not defined", fwd->label));
    }

  labels = g_ptr_array_new ();
  {
    GHashTableIter iter;
    gpointer value;

    g_hash_table_iter_init (&iter, ls.labels);
    while (g_hash_table_iter_next (&iter, NULL, &value))
      g_ptr_array_add (labels, value);
  }
  g_ptr_array_sort (labels, compare_labels);
  for (i = 0; i < labels->len; i++)
    {
      Label *l = labels->pdata[i];

      if (!l->used)
        pending_error (p, l->lstmt->pos, g_strdup_printf ("label %s defined and not used",
                                                          l->lstmt->label));
    }
  g_hash_table_unref (ls.labels);
  g_ptr_array_unref (ls.blocks);
}

/* Declarations */

typedef struct
{
  GorAstDecl *decl;
  GorAstSpec *last_values; /* const: the spec whose values repeat */
} Group;

static gboolean
import_spec (Parser *p, gpointer data)
{
  Group *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);
  GorAstExpr *path;

  if (p->tok.kind == GOR_TOKEN_IDENT)
    g_ptr_array_add (s->names, name (p));
  else if (p->tok.kind == GOR_TOKEN_PERIOD)
    {
      GorAstExpr *dot = new_expr (p, GOR_EXPR_IDENT, p->tok.pos);

      dot->name = ".";
      g_ptr_array_add (s->names, dot);
      next (p);
    }
  if (!is_literal (p->tok.kind))
    syntax_error (p, "missing import path");
  if (p->tok.kind != GOR_TOKEN_STRING)
    syntax_error (p, "import path must be a string");
  path = basic_lit (p);
  s->path = path->value ? path->value : "";
  g_ptr_array_add (g->decl->specs, s);
  g_ptr_array_add (p->file->imports, s);
  return FALSE;
}

static gboolean
const_spec (Parser *p, gpointer data)
{
  Group *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);
  guint i;

  s->iota = g->decl->specs->len;
  s->names = name_list (p, name (p));
  if (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_SEMICOLON
      && p->tok.kind != GOR_TOKEN_RPAREN)
    {
      s->type = type_or_nil (p);
      if (p->tok.kind == GOR_TOKEN_DEFINE)
        syntax_error (p, "expecting =");
      if (got (p, GOR_TOKEN_ASSIGN))
        {
          s->values = expr_list (p);
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

static gboolean
is_type_elem (GorAstExpr *x)
{
  switch (x->kind)
    {
    case GOR_EXPR_ARRAY_TYPE:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_INTERFACE_TYPE:
    case GOR_EXPR_MAP_TYPE:
    case GOR_EXPR_CHAN_TYPE:
      return TRUE;
    case GOR_EXPR_BINARY:
      return is_type_elem (x->x) || is_type_elem (x->y);
    case GOR_EXPR_UNARY:
      return x->op == GOR_TOKEN_TILDE || is_type_elem (x->x);
    case GOR_EXPR_STAR:
      return is_type_elem (x->x);
    case GOR_EXPR_PAREN:
      return is_type_elem (x->x);
    default:
      return FALSE;
    }
}

/* Go's rule for `type T[…` : type parameters or an array length? */
static gboolean
looks_like_tparams (GorAstExpr *x, gboolean force)
{
  switch (x->kind)
    {
    case GOR_EXPR_IDENT:
      return TRUE;
    case GOR_EXPR_BINARY:
      if (x->op == GOR_TOKEN_MUL)
        return x->x->kind == GOR_EXPR_IDENT && (force || is_type_elem (x->y));
      if (x->op == GOR_TOKEN_OR)
        return looks_like_tparams (x->x, force || is_type_elem (x->y))
               && x->x->kind != GOR_EXPR_IDENT;
      return FALSE;
    case GOR_EXPR_CALL:
      return x->x->kind == GOR_EXPR_IDENT && x->list->len == 1 && !x->has_ellipsis
             && (force || is_type_elem (x->list->pdata[0]));
    default:
      return FALSE;
    }
}

static gboolean
type_spec (Parser *p, gpointer data)
{
  Group *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);

  g_ptr_array_add (s->names, name (p));
  if (p->tok.kind == GOR_TOKEN_LBRACK)
    {
      GorPos pos = p->tok.pos;

      next (p);
      if (p->tok.kind == GOR_TOKEN_IDENT)
        {
          GorAstExpr *x = name (p);

          if (p->tok.kind != GOR_TOKEN_LBRACK)
            {
              p->xnest++;
              x = binary_expr (p, pexpr (p, x), 0);
              p->xnest--;
            }
          if (looks_like_tparams (x, p->tok.kind == GOR_TOKEN_COMMA)
              && (x->kind != GOR_EXPR_IDENT || p->tok.kind != GOR_TOKEN_RBRACK))
            unsupported_at (p, pos, "type parameters");
          s->type = array_type (p, pos, x);
        }
      else if (got (p, GOR_TOKEN_RBRACK))
        s->type = slice_type (p, pos);
      else
        s->type = array_type (p, pos, NULL);
    }
  else
    {
      if (p->tok.kind == GOR_TOKEN_DEFINE)
        syntax_error (p, "expecting =");
      s->is_alias = got (p, GOR_TOKEN_ASSIGN);
      s->type = type_or_nil (p);
    }
  if (s->type == NULL)
    syntax_error (p, "in type declaration");
  g_ptr_array_add (g->decl->specs, s);
  return FALSE;
}

static gboolean
var_spec (Parser *p, gpointer data)
{
  Group *g = data;
  GorAstSpec *s = new_spec (p, p->tok.pos);

  s->names = name_list (p, name (p));
  if (p->tok.kind == GOR_TOKEN_DEFINE)
    syntax_error (p, "expecting =");
  if (got (p, GOR_TOKEN_ASSIGN))
    {
      s->values = expr_list (p);
    }
  else
    {
      s->type = type_ (p);
      if (p->tok.kind == GOR_TOKEN_DEFINE)
        syntax_error (p, "expecting =");
      if (got (p, GOR_TOKEN_ASSIGN))
        {
          s->values = expr_list (p);
        }
    }
  g_ptr_array_add (g->decl->specs, s);
  return FALSE;
}

static GorAstDecl *
append_group (Parser *p, GorTokenKind kind, GorPos pos)
{
  Group g = { new_decl (p, GOR_DECL_GEN, pos), NULL };
  ListFunc func;

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
      next (p);
      list (p, "grouped declaration", GOR_TOKEN_SEMICOLON, GOR_TOKEN_RPAREN, func, &g);
    }
  else
    func (p, &g);
  return g.decl;
}

static GorAstDecl *
func_decl (Parser *p, GorPos pos)
{
  GorAstDecl *d = new_decl (p, GOR_DECL_FUNC, pos);

  d->tok = GOR_TOKEN_FUNC;
  if (p->tok.kind == GOR_TOKEN_LPAREN)
    {
      GPtrArray *rcvr;
      guint n = 0, i;

      next (p);
      rcvr = param_list (p, GOR_TOKEN_RPAREN);
      for (i = 0; i < rcvr->len; i++)
        {
          GorAstField *f = rcvr->pdata[i];

          n += MAX (f->names->len, 1);
        }
      if (n == 0)
        error_at (p, p->tok.pos, "method has no receiver");
      if (n > 1)
        error_at (p, p->tok.pos, "method has multiple receivers");
      d->recv = rcvr->pdata[0];
    }

  if (p->tok.kind != GOR_TOKEN_IDENT)
    syntax_error (p, "expecting name or (");
  d->name = name (p);
  d->type = func_type (p, pos, d->recv ? "method" : NULL);
  if (p->tok.kind == GOR_TOKEN_LBRACE)
    d->body = func_body (p);
  return d;
}

/* The package clause and imports: `go build` reads them with go/parser
 * before the compiler sees the file, so errors there are go/parser's
 * ("expected 'IDENT', found 'func'").  This pass checks just that part,
 * in go/parser's terms; the compiler-style parse follows. */

/* How much of the file go/build's import reader takes as the header: it
 * reads the package clause and imports byte by byte, and on anything
 * unexpected hands the whole file to go/parser instead. */

typedef struct
{
  const guchar *s;
  gsize         len;
  gsize         pos;  /* bytes read so far */
  int           peek; /* -1: none */
  gboolean      eof;
  gboolean      err;
} ImportReader;

static int
ir_read_byte (ImportReader *r)
{
  int c;

  if (r->pos >= r->len)
    {
      r->eof = TRUE;
      return 0;
    }
  c = r->s[r->pos++];
  if (c == 0)
    r->err = TRUE;
  return c;
}

static int
ir_peek_byte (ImportReader *r, gboolean skip_space)
{
  int c;

  if (r->err)
    return 0;
  c = r->peek;
  if (c < 0)
    c = ir_read_byte (r);
  while (!r->err && !r->eof)
    {
      if (skip_space)
        {
          if (c == ' ' || c == '\f' || c == '\t' || c == '\r' || c == '\n' || c == ';')
            {
              c = ir_read_byte (r);
              continue;
            }
          if (c == '/')
            {
              c = ir_read_byte (r);
              if (c == '/')
                {
                  while (c != '\n' && !r->err && !r->eof)
                    c = ir_read_byte (r);
                }
              else if (c == '*')
                {
                  int c1 = 0;

                  while ((c != '*' || c1 != '/') && !r->err)
                    {
                      if (r->eof)
                        r->err = TRUE;
                      c = c1;
                      c1 = ir_read_byte (r);
                    }
                }
              else
                r->err = TRUE;
              c = ir_read_byte (r);
              continue;
            }
        }
      break;
    }
  r->peek = c;
  return c;
}

static int
ir_next_byte (ImportReader *r, gboolean skip_space)
{
  int c = ir_peek_byte (r, skip_space);

  r->peek = -1;
  return c;
}

static gboolean
ir_is_ident (int c)
{
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
         || c == '_' || c >= 0x80;
}

static void
ir_read_keyword (ImportReader *r, const char *kw)
{
  ir_peek_byte (r, TRUE);
  for (; *kw; kw++)
    if (ir_next_byte (r, FALSE) != *kw)
      {
        r->err = TRUE;
        return;
      }
  if (ir_is_ident (ir_peek_byte (r, FALSE)))
    r->err = TRUE;
}

static void
ir_read_ident (ImportReader *r)
{
  if (!ir_is_ident (ir_peek_byte (r, TRUE)))
    {
      r->err = TRUE;
      return;
    }
  while (ir_is_ident (ir_peek_byte (r, FALSE)))
    r->peek = -1;
}

static void
ir_read_string (ImportReader *r)
{
  int c = ir_next_byte (r, TRUE);

  if (c == '`')
    {
      while (!r->err)
        {
          if (ir_next_byte (r, FALSE) == '`')
            break;
          if (r->eof)
            r->err = TRUE;
        }
    }
  else if (c == '"')
    {
      while (!r->err)
        {
          c = ir_next_byte (r, FALSE);
          if (c == '"')
            break;
          if (r->eof || c == '\n')
            r->err = TRUE;
          if (c == '\\')
            ir_next_byte (r, FALSE);
        }
    }
  else
    r->err = TRUE;
}

static void
ir_read_import (ImportReader *r)
{
  int c = ir_peek_byte (r, TRUE);

  if (c == '.')
    r->peek = -1;
  else if (ir_is_ident (c))
    ir_read_ident (r);
  ir_read_string (r);
}

static gsize
header_length (const char *src, gsize len)
{
  ImportReader r = { (const guchar *) src, len, 0, -1, FALSE, FALSE };

  ir_read_keyword (&r, "package");
  ir_read_ident (&r);
  while (ir_peek_byte (&r, TRUE) == 'i')
    {
      ir_read_keyword (&r, "import");
      if (ir_peek_byte (&r, TRUE) == '(')
        {
          ir_next_byte (&r, FALSE);
          while (ir_peek_byte (&r, TRUE) != ')' && !r.err)
            ir_read_import (&r);
          ir_next_byte (&r, FALSE);
        }
      else
        ir_read_import (&r);
    }
  if (r.err)
    return len;
  if (!r.eof && r.pos > 0)
    return r.pos - 1;
  return r.pos;
}

static G_GNUC_NORETURN void
header_expected (Parser *p, const char *what)
{
  GorPos pos = p->tok.pos;
  const char *found;

  if (p->tok.kind == GOR_TOKEN_EOF
      || (p->tok.kind == GOR_TOKEN_SEMICOLON && strcmp (p->tok.semi, "EOF") == 0))
    {
      /* go/token places the end of a file ending in a newline on the
       * last line, one past its end */
      gsize len = p->hlen;

      if (len > 0 && p->src[len - 1] == '\n' && pos.line > 1)
        {
          gsize start = len - 1;

          while (start > 0 && p->src[start - 1] != '\n')
            start--;
          pos.line--;
          pos.col = (guint32) (len - start + 1);
        }
    }

  switch (p->tok.kind)
    {
    case GOR_TOKEN_SEMICOLON:
      found = strcmp (p->tok.semi, "semicolon") == 0 ? "';'" : "newline";
      break;
    case GOR_TOKEN_IDENT:
    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING:
      found = tok_text (p);
      break;
    default:
      found = aprintf (p, "'%s'", gor_token_kind_to_string (p->tok.kind));
      break;
    }
  error_at (p, pos, "expected %s, found %s", what, found);
}

static void
header_expect (Parser *p, GorTokenKind kind, const char *what)
{
  if (p->tok.kind != kind)
    header_expected (p, what);
  next (p);
}

static void
header_expect_semi (Parser *p)
{
  if (p->tok.kind == GOR_TOKEN_RPAREN || p->tok.kind == GOR_TOKEN_RBRACE)
    return;
  if (p->tok.kind != GOR_TOKEN_SEMICOLON)
    header_expected (p, "';'");
  next (p);
}

static void
header_import_spec (Parser *p)
{
  if (p->tok.kind == GOR_TOKEN_IDENT || p->tok.kind == GOR_TOKEN_PERIOD)
    next (p);
  if (p->tok.kind == GOR_TOKEN_STRING)
    {
      if (p->tok.length == 2)
        error_at (p, p->tok.pos, "invalid import path: %s", tok_text (p));
      next (p);
    }
  else
    header_expected (p, "'STRING'");
  header_expect_semi (p);
}

static void
check_header (Parser *p)
{
  p->hlen = header_length (p->src, p->len);
  p->lx = gor_lexer_new (p->src, p->hlen);
  gor_lexer_next (p->lx, &p->tok);

  header_expect (p, GOR_TOKEN_PACKAGE, "'package'");
  header_expect (p, GOR_TOKEN_IDENT, "'IDENT'");
  header_expect_semi (p);
  while (p->tok.kind == GOR_TOKEN_IMPORT)
    {
      next (p);
      if (got (p, GOR_TOKEN_LPAREN))
        {
          while (p->tok.kind != GOR_TOKEN_RPAREN && p->tok.kind != GOR_TOKEN_EOF)
            header_import_spec (p);
          header_expect (p, GOR_TOKEN_RPAREN, "')'");
          header_expect_semi (p);
        }
      else
        header_import_spec (p);
    }
}

static GorAstFile *
parse_file (Parser *p)
{
  GorAstFile *file = p->file;
  GorAstDecl *last = NULL;

  check_header (p);
  gor_lexer_free (p->lx);
  p->lx = gor_lexer_new (p->src, p->len);
  gor_lexer_next (p->lx, &p->tok);

  if (!got (p, GOR_TOKEN_PACKAGE))
    syntax_error (p, "package statement must be first");
  file->package_name = name (p);
  want (p, GOR_TOKEN_SEMICOLON);

  while (p->tok.kind == GOR_TOKEN_IMPORT)
    {
      GorPos pos = p->tok.pos;

      next (p);
      last = append_group (p, GOR_TOKEN_IMPORT, pos);
      g_ptr_array_add (file->decls, last);
      want (p, GOR_TOKEN_SEMICOLON);
    }

  while (p->tok.kind != GOR_TOKEN_EOF)
    {
      GorPos pos = p->tok.pos;

      switch (p->tok.kind)
        {
        case GOR_TOKEN_CONST:
        case GOR_TOKEN_TYPE:
        case GOR_TOKEN_VAR:
          {
            GorTokenKind kind = p->tok.kind;

            next (p);
            last = append_group (p, kind, pos);
          }
          break;

        case GOR_TOKEN_FUNC:
          next (p);
          last = func_decl (p, pos);
          break;

        default:
          if (p->tok.kind == GOR_TOKEN_LBRACE && last && last->kind == GOR_DECL_FUNC
              && last->body == NULL)
            syntax_error (p, "unexpected semicolon or newline before {");
          syntax_error (p, "non-declaration statement outside function body");
        }
      g_ptr_array_add (file->decls, last);

      if (p->tok.kind != GOR_TOKEN_EOF && !got (p, GOR_TOKEN_SEMICOLON))
        syntax_error (p, "after top level declaration");
    }

  /* a lexical error in the last token */
  next (p);
  if (p->guards->len > 0)
    {
      GorAstExpr *g = p->guards->pdata[0];

      late_error (p, g->pos, "invalid AST: use of .(type) outside type switch");
    }
  if (p->has_late && !p->syntax_seen
      && (!p->has_pending || !pos_before_or_at (p->pending_pos, p->late_pos)))
    raise_error (p, GOR_PARSE_ERROR_SYNTAX, p->late_pos, p->late_msg);
  if (p->has_pending)
    raise_error (p, GOR_PARSE_ERROR_SYNTAX, p->pending_pos, p->pending_msg);
  return file;
}

GorAstFile *
gor_parse_file (const char *filename,
                const char *source,
                gssize      length,
                GError    **error)
{
  Parser parser = { 0 };
  Parser *volatile p = &parser;
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

/* Printing expressions the way Go's messages show them */

static void
print_fields (GString *out, GPtrArray *fields, const char *sep)
{
  guint i, j;

  for (i = 0; i < fields->len; i++)
    {
      GorAstField *f = fields->pdata[i];

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
      print_expr (out, f->type);
    }
}

static void
print_signature (GString *out, GorAstExpr *t)
{
  g_string_append_c (out, '(');
  print_fields (out, t->params, ", ");
  g_string_append_c (out, ')');
  if (t->results->len == 1 && ((GorAstField *) t->results->pdata[0])->names->len == 0)
    {
      g_string_append_c (out, ' ');
      print_expr (out, ((GorAstField *) t->results->pdata[0])->type);
    }
  else if (t->results->len > 0)
    {
      g_string_append (out, " (");
      print_fields (out, t->results, ", ");
      g_string_append_c (out, ')');
    }
}

static void
print_list (GString *out, GPtrArray *l)
{
  guint i;

  for (i = 0; i < l->len; i++)
    {
      if (i > 0)
        g_string_append (out, ", ");
      print_expr (out, l->pdata[i]);
    }
}

static void
print_expr (GString *out, GorAstExpr *x)
{
  if (x == NULL)
    return;
  switch (x->kind)
    {
    case GOR_EXPR_BAD:
      g_string_append (out, "<bad expr>");
      break;
    case GOR_EXPR_IDENT:
      g_string_append (out, x->name);
      break;
    case GOR_EXPR_BASIC_LIT:
      g_string_append (out, x->lit);
      break;
    case GOR_EXPR_COMPOSITE_LIT:
      print_expr (out, x->x);
      g_string_append (out, x->list->len > 0 ? "{…}" : "{}");
      break;
    case GOR_EXPR_FUNC_LIT:
      print_expr (out, x->x);
      g_string_append (out, x->body->list->len > 0 ? " {…}" : " {}");
      break;
    case GOR_EXPR_PAREN:
      g_string_append_c (out, '(');
      print_expr (out, x->x);
      g_string_append_c (out, ')');
      break;
    case GOR_EXPR_SELECTOR:
      print_expr (out, x->x);
      g_string_append_c (out, '.');
      g_string_append (out, x->name);
      break;
    case GOR_EXPR_INDEX:
      print_expr (out, x->x);
      g_string_append_c (out, '[');
      print_expr (out, x->y);
      g_string_append_c (out, ']');
      break;
    case GOR_EXPR_SLICE:
      print_expr (out, x->x);
      g_string_append_c (out, '[');
      print_expr (out, x->y);
      g_string_append_c (out, ':');
      print_expr (out, x->z);
      if (x->w)
        {
          g_string_append_c (out, ':');
          print_expr (out, x->w);
        }
      g_string_append_c (out, ']');
      break;
    case GOR_EXPR_TYPE_ASSERT:
      print_expr (out, x->x);
      g_string_append (out, ".(");
      if (x->y)
        print_expr (out, x->y);
      else
        g_string_append (out, "type");
      g_string_append_c (out, ')');
      break;
    case GOR_EXPR_CALL:
      print_expr (out, x->x);
      g_string_append_c (out, '(');
      print_list (out, x->list);
      if (x->has_ellipsis)
        g_string_append (out, "...");
      g_string_append_c (out, ')');
      break;
    case GOR_EXPR_STAR:
      g_string_append_c (out, '*');
      print_expr (out, x->x);
      break;
    case GOR_EXPR_UNARY:
      g_string_append (out, gor_token_kind_to_string (x->op));
      print_expr (out, x->x);
      break;
    case GOR_EXPR_BINARY:
      print_expr (out, x->x);
      g_string_append_c (out, ' ');
      g_string_append (out, gor_token_kind_to_string (x->op));
      g_string_append_c (out, ' ');
      print_expr (out, x->y);
      break;
    case GOR_EXPR_KEY_VALUE:
      print_expr (out, x->x);
      g_string_append (out, ": ");
      print_expr (out, x->y);
      break;
    case GOR_EXPR_ARRAY_TYPE:
      g_string_append_c (out, '[');
      print_expr (out, x->y);
      g_string_append_c (out, ']');
      print_expr (out, x->x);
      break;
    case GOR_EXPR_STRUCT_TYPE:
      g_string_append (out, "struct{");
      print_fields (out, x->fields, "; ");
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
              print_expr (out, f->type);
          }
        g_string_append_c (out, '}');
      }
      break;
    case GOR_EXPR_MAP_TYPE:
      g_string_append (out, "map[");
      print_expr (out, x->y);
      g_string_append_c (out, ']');
      print_expr (out, x->x);
      break;
    case GOR_EXPR_CHAN_TYPE:
      if (x->dir == GOR_CHAN_RECV_ONLY)
        g_string_append (out, "<-");
      g_string_append (out, "chan");
      if (x->dir == GOR_CHAN_SEND_ONLY)
        g_string_append (out, "<-");
      g_string_append_c (out, ' ');
      if (x->dir == GOR_CHAN_BOTH && x->x->kind == GOR_EXPR_CHAN_TYPE
          && x->x->dir == GOR_CHAN_RECV_ONLY)
        {
          g_string_append_c (out, '(');
          print_expr (out, x->x);
          g_string_append_c (out, ')');
        }
      else
        print_expr (out, x->x);
      break;
    case GOR_EXPR_ELLIPSIS:
      g_string_append (out, "...");
      print_expr (out, x->x);
      break;
    }
}

static void
print_simple_stmt (GString *out, GorAstStmt *s)
{
  switch (s->kind)
    {
    case GOR_STMT_EXPR:
      print_expr (out, s->x);
      break;
    case GOR_STMT_SEND:
      print_expr (out, s->x);
      g_string_append (out, " <- ");
      print_expr (out, s->y);
      break;
    case GOR_STMT_INC_DEC:
      print_expr (out, s->x);
      g_string_append (out, gor_token_kind_to_string (s->tok));
      break;
    case GOR_STMT_ASSIGN:
      print_list (out, s->lhs);
      g_string_append_c (out, ' ');
      g_string_append (out, gor_token_kind_to_string (s->tok));
      g_string_append_c (out, ' ');
      print_list (out, s->rhs);
      break;
    default:
      break;
    }
}
