/* gor-parser-stmt.c — statements and function bodies
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-parser-private.h"
#include "gor-ast-print.h"

static GorAstStmt *block_stmt (GorParser *p, const char *context);
static GorAstStmt *stmt_or_nil (GorParser *p);
static GPtrArray  *stmt_list (GorParser *p);

static gboolean
is_assign_op (GorTokenKind kind)
{
  return kind >= GOR_TOKEN_ADD_ASSIGN && kind <= GOR_TOKEN_AND_NOT_ASSIGN;
}

static GorAstStmt *
range_clause (GorParser *p, GPtrArray *lhs, GorTokenKind tok)
{
  GorAstStmt *s = _gor_parser_new_stmt (p, GOR_STMT_RANGE, p->tok.pos);

  p->op_pos = p->tok.pos;
  _gor_parser_next (p);
  if (lhs)
    {
      if (lhs->len > 2)
        _gor_parser_late_error (p, _gor_parser_start_pos (lhs->pdata[2]),
                                "range clause permits at most two iteration variables");
      s->pos = ((GorAstExpr *) lhs->pdata[0])->pos;
      s->key = lhs->pdata[0];
      s->value = lhs->len > 1 ? lhs->pdata[1] : NULL;
      g_ptr_array_extend (s->lhs, lhs, NULL, NULL);
    }
  s->tok = tok;
  s->x = _gor_parser_expr (p);
  return s;
}

/* @keyword is FOR, SWITCH or IF in a header, else EOF */
static GorAstStmt *
simple_stmt_inner (GorParser *p, GPtrArray *lhs, GorTokenKind keyword)
{
  GorAstStmt  *s;
  GorPos       pos;
  GorTokenKind tok;

  if (keyword == GOR_TOKEN_FOR && p->tok.kind == GOR_TOKEN_RANGE)
    return range_clause (p, NULL, GOR_TOKEN_EOF);

  if (lhs == NULL)
    lhs = _gor_parser_expr_list (p);

  pos = p->tok.pos;
  p->op_pos = pos;
  if (lhs->len == 1 && p->tok.kind != GOR_TOKEN_ASSIGN && p->tok.kind != GOR_TOKEN_DEFINE)
    {
      GorAstExpr *x = lhs->pdata[0];

      if (is_assign_op (p->tok.kind))
        {
          s = _gor_parser_new_stmt (p, GOR_STMT_ASSIGN, _gor_parser_start_pos (x));
          s->tok = p->tok.kind;
          _gor_parser_next (p);
          g_ptr_array_add (s->lhs, x);
          g_ptr_array_add (s->rhs, _gor_parser_expr (p));
          return s;
        }
      if (p->tok.kind == GOR_TOKEN_INC || p->tok.kind == GOR_TOKEN_DEC)
        {
          s = _gor_parser_new_stmt (p, GOR_STMT_INC_DEC, _gor_parser_start_pos (x));
          s->tok = p->tok.kind;
          s->x = x;
          _gor_parser_next (p);
          return s;
        }
      if (p->tok.kind == GOR_TOKEN_ARROW)
        {
          s = _gor_parser_new_stmt (p, GOR_STMT_SEND, _gor_parser_start_pos (x));
          _gor_parser_next (p);
          s->x = x;
          s->y = _gor_parser_expr (p);
          return s;
        }
      s = _gor_parser_new_stmt (p, GOR_STMT_EXPR, _gor_parser_start_pos (x));
      s->x = x;
      p->op_pos = GOR_PARSER_GOPOS (x);
      return s;
    }

  if (p->tok.kind == GOR_TOKEN_ASSIGN || p->tok.kind == GOR_TOKEN_DEFINE)
    {
      tok = p->tok.kind;
      _gor_parser_next (p);
      if (keyword == GOR_TOKEN_FOR && p->tok.kind == GOR_TOKEN_RANGE)
        return range_clause (p, lhs, tok);
      s = _gor_parser_new_stmt (p, GOR_STMT_ASSIGN, _gor_parser_start_pos (lhs->pdata[0]));
      s->tok = tok;
      s->lhs = lhs;
      s->rhs = _gor_parser_expr_list (p);
      p->op_pos = pos;
      return s;
    }

  _gor_parser_syntax_error (p, "expected := or = or comma");
}

/* what Go's type checker says of `a.b := 1` */
static void
check_define (GorParser *p, GorAstStmt *s)
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

          gor_ast_print_expr (str, x);
          _gor_parser_late_error (p, _gor_parser_start_pos (x), "non-name %s on left side of :=", str->str);
          g_string_free (str, TRUE);
          return;
        }
    }
}

static GorAstStmt *
simple_stmt (GorParser *p, GPtrArray *lhs, GorTokenKind keyword)
{
  GorAstStmt *s = simple_stmt_inner (p, lhs, keyword);

  GOR_PARSER_STMT_GOPOS (s) = p->op_pos;
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
own_guard (GorParser *p, GorAstExpr *x)
{
  g_ptr_array_remove (p->guards, x);
}

/* A side of an assignment in a message: Go puts a lone binary
 * expression in parentheses to make the '=' stand out */
static void
emphasize (GString *s, GPtrArray *side)
{
  GorAstExpr *x = side->pdata[0];
  guint       i;

  if (side->len == 1 && x->kind == GOR_EXPR_BINARY)
    {
      g_string_append_c (s, '(');
      gor_ast_print_expr (s, x);
      g_string_append_c (s, ')');
      return;
    }
  for (i = 0; i < side->len; i++)
    {
      if (i > 0)
        g_string_append (s, ", ");
      gor_ast_print_expr (s, side->pdata[i]);
    }
}

typedef struct
{
  GorAstStmt *init;
  GorAstExpr *cond;
  GorAstStmt *post;
  GorAstStmt *guard; /* switch: x := y.(type) or y.(type) */
} Header;

static void
header (GorParser *p, GorTokenKind keyword, Header *h)
{
  int         outer;
  GorAstStmt *cond_stmt = NULL;
  gboolean    have_semi = FALSE;
  GorPos      semi_pos = { 0, 0 };
  const char *semi_lit = NULL;
  GorPos      cond_pos = { 0, 0 };

  memset (h, 0, sizeof *h);
  _gor_parser_want (p, keyword);

  if (p->tok.kind == GOR_TOKEN_LBRACE)
    {
      if (keyword == GOR_TOKEN_IF)
        _gor_parser_syntax_error (p, "missing condition in if statement");
      return;
    }

  outer = p->xnest;
  p->xnest = -1;

  if (p->tok.kind != GOR_TOKEN_SEMICOLON)
    {
      if (_gor_parser_got (p, GOR_TOKEN_VAR))
        _gor_parser_syntax_errorf (p, "var declaration not allowed in %s initializer",
                                   _gor_parser_tokstring (keyword));
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
          _gor_parser_next (p);
        }
      else
        _gor_parser_want (p, GOR_TOKEN_LBRACE);

      if (keyword == GOR_TOKEN_FOR)
        {
          if (p->tok.kind != GOR_TOKEN_SEMICOLON)
            {
              if (p->tok.kind == GOR_TOKEN_LBRACE)
                _gor_parser_syntax_error (p, "expected for loop condition");
              cond_stmt = simple_stmt (p, NULL, GOR_TOKEN_EOF);
              cond_pos = p->op_pos;
            }
          _gor_parser_want (p, GOR_TOKEN_SEMICOLON);
          if (p->tok.kind != GOR_TOKEN_LBRACE)
            {
              h->post = simple_stmt (p, NULL, GOR_TOKEN_EOF);
              if (h->post->kind == GOR_STMT_ASSIGN && h->post->tok == GOR_TOKEN_DEFINE)
                _gor_parser_syntax_error_at (p, p->op_pos, "cannot declare in post statement of for loop");
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
            _gor_parser_syntax_error_at (
                p, semi_pos, _gor_parser_aprintf (p, "unexpected %s, expected { after if clause", semi_lit));
          _gor_parser_syntax_error_at (p, semi_pos, "missing condition in if statement");
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
           && cond_stmt->tok == GOR_TOKEN_DEFINE && cond_stmt->lhs->len == 1 && cond_stmt->rhs->len == 1
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
          g_string_append (s, "assignment ");
          emphasize (s, cond_stmt->lhs);
          g_string_append (s, " = ");
          emphasize (s, cond_stmt->rhs);
        }
      else
        gor_ast_print_stmt (s, cond_stmt);
      g_string_append (s, " as value");
      _gor_parser_syntax_error_at (p, cond_pos, _gor_parser_arena_str (p, g_string_free (s, FALSE)));
    }

  p->xnest = outer;
}

static GorAstStmt *
if_stmt (GorParser *p)
{
  GorAstStmt *s = _gor_parser_new_stmt (p, GOR_STMT_IF, p->tok.pos);
  Header      h;

  _gor_parser_enter (p);
  header (p, GOR_TOKEN_IF, &h);
  s->init = h.init;
  s->x = h.cond;
  s->body = block_stmt (p, "if clause");
  if (_gor_parser_got (p, GOR_TOKEN_ELSE))
    {
      if (p->tok.kind == GOR_TOKEN_IF)
        s->else_ = if_stmt (p);
      else if (p->tok.kind == GOR_TOKEN_LBRACE)
        s->else_ = block_stmt (p, "");
      else
        _gor_parser_syntax_error (p, "else must be followed by if or statement block");
    }
  _gor_parser_leave (p);
  return s;
}

static GorAstStmt *
for_stmt (GorParser *p)
{
  GorPos      pos = p->tok.pos;
  GorAstStmt *s;
  Header      h;

  header (p, GOR_TOKEN_FOR, &h);
  if (h.init && h.init->kind == GOR_STMT_RANGE)
    {
      s = h.init;
      s->pos = pos;
    }
  else
    {
      s = _gor_parser_new_stmt (p, GOR_STMT_FOR, pos);
      s->init = h.init;
      s->x = h.cond;
      s->post = h.post;
    }
  s->body = block_stmt (p, "for clause");
  return s;
}

static GorAstStmt *
case_clause (GorParser *p)
{
  GorAstStmt *c = _gor_parser_new_stmt (p, GOR_STMT_CASE_CLAUSE, p->tok.pos);

  if (p->tok.kind == GOR_TOKEN_CASE)
    {
      _gor_parser_next (p);
      c->lhs = _gor_parser_expr_list (p);
    }
  else if (p->tok.kind == GOR_TOKEN_DEFAULT)
    {
      _gor_parser_next (p);
      c->is_default = TRUE;
    }
  else
    _gor_parser_syntax_error (p, "expected case or default or }");
  _gor_parser_want (p, GOR_TOKEN_COLON);
  c->list = stmt_list (p);
  return c;
}

static GorAstStmt *
switch_stmt (GorParser *p)
{
  GorAstStmt *s = _gor_parser_new_stmt (p, GOR_STMT_SWITCH, p->tok.pos);
  Header      h;

  header (p, GOR_TOKEN_SWITCH, &h);
  s->init = h.init;
  s->x = h.cond;
  if (h.guard)
    {
      s->kind = GOR_STMT_TYPE_SWITCH;
      s->assign = h.guard;
    }
  if (!_gor_parser_got (p, GOR_TOKEN_LBRACE))
    _gor_parser_syntax_error (p, "missing { after switch clause");
  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RBRACE)
    g_ptr_array_add (s->list, case_clause (p));
  s->end = p->tok.pos;
  _gor_parser_want (p, GOR_TOKEN_RBRACE);
  return s;
}

static GorAstStmt *
comm_clause (GorParser *p)
{
  GorAstStmt *c = _gor_parser_new_stmt (p, GOR_STMT_COMM_CLAUSE, p->tok.pos);

  if (p->tok.kind == GOR_TOKEN_CASE)
    {
      GorAstStmt *comm;

      _gor_parser_next (p);
      comm = simple_stmt (p, NULL, GOR_TOKEN_EOF);
      /* what the type checker would refuse: a case that neither sends nor
       * receives */
      if (!(comm->kind == GOR_STMT_SEND
            || (comm->kind == GOR_STMT_EXPR && _gor_parser_unparen (comm->x)->kind == GOR_EXPR_UNARY
                && _gor_parser_unparen (comm->x)->op == GOR_TOKEN_ARROW)
            || (comm->kind == GOR_STMT_ASSIGN
                && (comm->tok == GOR_TOKEN_ASSIGN || comm->tok == GOR_TOKEN_DEFINE) && comm->rhs->len == 1
                && comm->lhs->len <= 2 && _gor_parser_unparen (comm->rhs->pdata[0])->kind == GOR_EXPR_UNARY
                && _gor_parser_unparen (comm->rhs->pdata[0])->op == GOR_TOKEN_ARROW)))
        _gor_parser_late_error (p, comm->kind == GOR_STMT_EXPR ? GOR_PARSER_GOPOS (comm->x) : comm->pos,
                                "select case must be send or receive (possibly with assignment)");
      c->comm = comm;
    }
  else if (p->tok.kind == GOR_TOKEN_DEFAULT)
    {
      _gor_parser_next (p);
      c->is_default = TRUE;
    }
  else
    _gor_parser_syntax_error (p, "expected case or default or }");
  _gor_parser_want (p, GOR_TOKEN_COLON);
  c->list = stmt_list (p);
  return c;
}

static GorAstStmt *
select_stmt (GorParser *p)
{
  GorAstStmt *s = _gor_parser_new_stmt (p, GOR_STMT_SELECT, p->tok.pos);

  _gor_parser_want (p, GOR_TOKEN_SELECT);
  if (!_gor_parser_got (p, GOR_TOKEN_LBRACE))
    _gor_parser_syntax_error (p, "missing { after select clause");
  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RBRACE)
    g_ptr_array_add (s->list, comm_clause (p));
  s->end = p->tok.pos;
  _gor_parser_want (p, GOR_TOKEN_RBRACE);
  return s;
}

static GorAstStmt *
block_stmt (GorParser *p, const char *context)
{
  GorAstStmt *s = _gor_parser_new_stmt (p, GOR_STMT_BLOCK, p->tok.pos);

  if (!_gor_parser_got (p, GOR_TOKEN_LBRACE))
    _gor_parser_syntax_errorf (p, "expected { after %s", context);
  s->list = stmt_list (p);
  s->end = p->tok.pos;
  _gor_parser_want (p, GOR_TOKEN_RBRACE);
  return s;
}

static GorAstStmt *
labeled_stmt (GorParser *p, GorAstExpr *label)
{
  GorAstStmt *s = _gor_parser_new_stmt (p, GOR_STMT_LABELED, label->pos);
  GorPos      colon = p->tok.pos;

  s->label = label->name;
  _gor_parser_want (p, GOR_TOKEN_COLON);
  if (p->tok.kind == GOR_TOKEN_RBRACE)
    {
      s->body = _gor_parser_new_stmt (p, GOR_STMT_EMPTY, p->tok.pos);
      return s;
    }
  s->body = stmt_or_nil (p);
  if (s->body == NULL)
    _gor_parser_syntax_error_at (p, colon, "missing statement after label");
  return s;
}

static GorAstStmt *
call_stmt (GorParser *p)
{
  GorAstStmt *s
      = _gor_parser_new_stmt (p, p->tok.kind == GOR_TOKEN_GO ? GOR_STMT_GO : GOR_STMT_DEFER, p->tok.pos);
  const char *word = p->tok.kind == GOR_TOKEN_GO ? "go" : "defer";
  GorAstExpr *x;

  _gor_parser_next (p);
  x = _gor_parser_pexpr (p, NULL);
  if (x->kind == GOR_EXPR_PAREN)
    _gor_parser_error_at (p, GOR_PARSER_GOPOS (x), "expression in %s must not be parenthesized", word);
  /* Go's type checker says this, at the start of the expression */
  if (x->kind != GOR_EXPR_CALL)
    _gor_parser_late_error (p, _gor_parser_start_pos (x), "expression in %s must be function call", word);
  s->x = x;
  return s;
}

static GorAstStmt *
decl_stmt (GorParser *p)
{
  GorAstStmt  *s = _gor_parser_new_stmt (p, GOR_STMT_DECL, p->tok.pos);
  GorTokenKind kind = p->tok.kind;

  _gor_parser_next (p);
  s->decl = _gor_parser_append_group (p, kind, s->pos);
  return s;
}

static GorAstStmt *
stmt_or_nil_inner (GorParser *p)
{
  GorAstStmt *s;
  GorPos      pos = p->tok.pos;

  if (p->tok.kind == GOR_TOKEN_IDENT)
    {
      GPtrArray  *lhs = _gor_parser_expr_list (p);
      GorAstExpr *first = lhs->pdata[0];

      if (lhs->len == 1 && first->kind == GOR_EXPR_IDENT && p->tok.kind == GOR_TOKEN_COLON)
        return labeled_stmt (p, first);
      return simple_stmt (p, lhs, GOR_TOKEN_EOF);
    }

  switch (p->tok.kind)
    {
    case GOR_TOKEN_VAR:
    case GOR_TOKEN_CONST:
    case GOR_TOKEN_TYPE: return decl_stmt (p);

    case GOR_TOKEN_LBRACE: return block_stmt (p, "");

    case GOR_TOKEN_ADD:
    case GOR_TOKEN_SUB:
    case GOR_TOKEN_MUL:
    case GOR_TOKEN_AND:
    case GOR_TOKEN_XOR:
    case GOR_TOKEN_NOT:
    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING:
    case GOR_TOKEN_FUNC:
    case GOR_TOKEN_LPAREN:
    case GOR_TOKEN_LBRACK:
    case GOR_TOKEN_STRUCT:
    case GOR_TOKEN_MAP:
    case GOR_TOKEN_CHAN:
    case GOR_TOKEN_INTERFACE:
    case GOR_TOKEN_ARROW: return simple_stmt (p, NULL, GOR_TOKEN_EOF);

    case GOR_TOKEN_FOR: return for_stmt (p);

    case GOR_TOKEN_SWITCH: return switch_stmt (p);

    case GOR_TOKEN_SELECT: return select_stmt (p);

    case GOR_TOKEN_IF: return if_stmt (p);

    case GOR_TOKEN_FALLTHROUGH:
      s = _gor_parser_new_stmt (p, GOR_STMT_BRANCH, pos);
      s->tok = GOR_TOKEN_FALLTHROUGH;
      _gor_parser_next (p);
      return s;

    case GOR_TOKEN_BREAK:
    case GOR_TOKEN_CONTINUE:
      s = _gor_parser_new_stmt (p, GOR_STMT_BRANCH, pos);
      s->tok = p->tok.kind;
      _gor_parser_next (p);
      if (p->tok.kind == GOR_TOKEN_IDENT)
        {
          GOR_PARSER_LABEL_POS (s) = p->tok.pos;
          s->label = _gor_parser_name (p)->name;
        }
      return s;

    case GOR_TOKEN_GO:
    case GOR_TOKEN_DEFER: return call_stmt (p);

    case GOR_TOKEN_GOTO:
      s = _gor_parser_new_stmt (p, GOR_STMT_BRANCH, pos);
      s->tok = GOR_TOKEN_GOTO;
      _gor_parser_next (p);
      GOR_PARSER_LABEL_POS (s) = p->tok.pos;
      s->label = _gor_parser_name (p)->name;
      return s;

    case GOR_TOKEN_RETURN:
      s = _gor_parser_new_stmt (p, GOR_STMT_RETURN, pos);
      _gor_parser_next (p);
      if (p->tok.kind != GOR_TOKEN_SEMICOLON && p->tok.kind != GOR_TOKEN_RBRACE)
        {
          s->rhs = _gor_parser_expr_list (p);
        }
      return s;

    case GOR_TOKEN_SEMICOLON: return _gor_parser_new_stmt (p, GOR_STMT_EMPTY, pos);

    default: return NULL;
    }
}

static GorAstStmt *
stmt_or_nil (GorParser *p)
{
  GorAstStmt *s;

  _gor_parser_enter (p);
  s = stmt_or_nil_inner (p);
  _gor_parser_leave (p);
  return s;
}

static GPtrArray *
stmt_list (GorParser *p)
{
  GPtrArray *l = _gor_ast_list (p->file);

  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RBRACE && p->tok.kind != GOR_TOKEN_CASE
         && p->tok.kind != GOR_TOKEN_DEFAULT)
    {
      GorAstStmt *s = stmt_or_nil (p);

      if (s == NULL)
        break;
      /* empty statements carry nothing, except after a label */
      if (s->kind != GOR_STMT_EMPTY)
        g_ptr_array_add (l, s);
      if (!_gor_parser_got (p, GOR_TOKEN_SEMICOLON) && p->tok.kind != GOR_TOKEN_RBRACE)
        _gor_parser_syntax_error (p, "at end of statement");
    }
  return l;
}

GorAstStmt *
_gor_parser_func_body (GorParser *p)
{
  GorAstStmt *body = block_stmt (p, "");

  _gor_parser_check_branches (p, body);
  return body;
}
