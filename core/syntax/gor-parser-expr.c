/* gor-parser-expr.c — expressions, as Go's parser reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-parser-private.h"
#include "gor-ast-print.h"

static GorAstExpr *unary_expr (GorParser *p);
static GorAstExpr *complit_expr (GorParser *p);

static int
precedence (GorTokenKind kind)
{
  switch (kind)
    {
    case GOR_TOKEN_LOR: return 1;
    case GOR_TOKEN_LAND: return 2;
    case GOR_TOKEN_EQL:
    case GOR_TOKEN_NEQ:
    case GOR_TOKEN_LSS:
    case GOR_TOKEN_LEQ:
    case GOR_TOKEN_GTR:
    case GOR_TOKEN_GEQ: return 3;
    case GOR_TOKEN_ADD:
    case GOR_TOKEN_SUB:
    case GOR_TOKEN_OR:
    case GOR_TOKEN_XOR: return 4;
    case GOR_TOKEN_MUL:
    case GOR_TOKEN_QUO:
    case GOR_TOKEN_REM:
    case GOR_TOKEN_SHL:
    case GOR_TOKEN_SHR:
    case GOR_TOKEN_AND:
    case GOR_TOKEN_AND_NOT: return 5;
    default: return 0;
    }
}

/* Expressions */

GorAstExpr *
_gor_parser_expr (GorParser *p)
{
  return _gor_parser_binary_expr (p, NULL, 0);
}

GorAstExpr *
_gor_parser_binary_expr (GorParser *p, GorAstExpr *x, int prec)
{
  int tprec, saved = p->depth;

  if (x == NULL)
    x = unary_expr (p);
  while ((tprec = precedence (p->tok.kind)) > prec)
    {
      GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_BINARY, p->tok.pos);

      /* a chain a+b+c… nests too, to the left: count it so that no tree
       * grows deeper than a recursive walk of it can go */
      _gor_parser_enter (p);
      t->op = p->tok.kind;
      _gor_parser_next (p);
      t->x = x;
      t->y = _gor_parser_binary_expr (p, NULL, tprec);
      x = t;
    }
  p->depth = saved;
  return x;
}

static GorAstExpr *
unary_expr (GorParser *p)
{
  GorAstExpr *x = NULL;
  GorPos      pos = p->tok.pos;

  _gor_parser_enter (p);
  switch (p->tok.kind)
    {
    case GOR_TOKEN_MUL:
      _gor_parser_next (p);
      x = _gor_parser_new_expr (p, GOR_EXPR_STAR, pos);
      x->x = unary_expr (p);
      break;

    case GOR_TOKEN_ADD:
    case GOR_TOKEN_SUB:
    case GOR_TOKEN_NOT:
    case GOR_TOKEN_XOR:
    case GOR_TOKEN_TILDE:
      x = _gor_parser_new_expr (p, GOR_EXPR_UNARY, pos);
      x->op = p->tok.kind;
      _gor_parser_next (p);
      x->x = unary_expr (p);
      break;

    case GOR_TOKEN_AND:
      x = _gor_parser_new_expr (p, GOR_EXPR_UNARY, pos);
      x->op = GOR_TOKEN_AND;
      _gor_parser_next (p);
      x->x = unary_expr (p);
      break;

    case GOR_TOKEN_ARROW:
      _gor_parser_next (p);
      x = unary_expr (p);
      if (x->kind == GOR_EXPR_CHAN_TYPE)
        {
          /* <-chan T: the arrow turns the channel type(s) receive-only */
          GorChanDir  dir = GOR_CHAN_SEND_ONLY;
          GorAstExpr *t = x;
          GorPos      arrow = pos;

          while (dir == GOR_CHAN_SEND_ONLY)
            {
              GorPos next_arrow;

              if (t->kind != GOR_EXPR_CHAN_TYPE)
                break;
              dir = t->dir;
              if (dir == GOR_CHAN_RECV_ONLY)
                _gor_parser_syntax_error (p, "unexpected <-, expected chan");
              t->dir = GOR_CHAN_RECV_ONLY;
              /* each arrow now begins the channel type after it */
              next_arrow = GOR_PARSER_GOPOS (t);
              t->pos = arrow;
              GOR_PARSER_GOPOS (t) = arrow;
              arrow = next_arrow;
              t = t->x;
            }
          if (dir == GOR_CHAN_SEND_ONLY)
            {
              GString *s = g_string_new (NULL);

              gor_ast_print_expr (s, t);
              _gor_parser_syntax_error (
                  p, _gor_parser_aprintf (p, "unexpected %s, expected chan",
                                          _gor_parser_arena_str (p, g_string_free (s, FALSE))));
            }
        }
      else
        {
          GorAstExpr *o = _gor_parser_new_expr (p, GOR_EXPR_UNARY, pos);

          o->op = GOR_TOKEN_ARROW;
          o->x = x;
          x = o;
        }
      break;

    default: x = _gor_parser_pexpr (p, NULL); break;
    }
  _gor_parser_leave (p);
  return x;
}

static GorAstExpr *
operand (GorParser *p)
{
  GorPos      pos = p->tok.pos;
  GorAstExpr *x;

  switch (p->tok.kind)
    {
    case GOR_TOKEN_IDENT: return _gor_parser_name (p);

    case GOR_TOKEN_INT:
    case GOR_TOKEN_FLOAT:
    case GOR_TOKEN_IMAG:
    case GOR_TOKEN_CHAR:
    case GOR_TOKEN_STRING: return _gor_parser_basic_lit (p);

    case GOR_TOKEN_LPAREN:
      _gor_parser_next (p);
      p->xnest++;
      x = _gor_parser_new_expr (p, GOR_EXPR_PAREN, pos);
      x->x = _gor_parser_expr (p);
      p->xnest--;
      _gor_parser_want (p, GOR_TOKEN_RPAREN);
      return x;

    case GOR_TOKEN_FUNC:
      {
        GorAstExpr *ftyp;

        _gor_parser_next (p);
        ftyp = _gor_parser_func_type (p, pos, "function type");
        if (p->tok.kind == GOR_TOKEN_LBRACE)
          {
            p->xnest++;
            x = _gor_parser_new_expr (p, GOR_EXPR_FUNC_LIT, pos);
            x->x = ftyp;
            x->body = _gor_parser_func_body (p);
            p->xnest--;
            return x;
          }
        return ftyp;
      }

    case GOR_TOKEN_LBRACK:
    case GOR_TOKEN_CHAN:
    case GOR_TOKEN_MAP:
    case GOR_TOKEN_STRUCT:
    case GOR_TOKEN_INTERFACE: return _gor_parser_type (p);

    default: _gor_parser_syntax_error (p, "expected expression");
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
    case GOR_EXPR_BINARY: return TRUE;
    case GOR_EXPR_PAREN: return is_value (x->x);
    case GOR_EXPR_INDEX: return is_value (x->x) || is_value (x->y);
    default: return FALSE;
    }
}

/* An index list: returns the first expression and sets *comma when a
 * comma followed it (type arguments); @all, when not NULL, receives
 * every expression of a list with a comma. */
GorAstExpr *
_gor_parser_type_list (GorParser *p, gboolean *comma, GPtrArray *all)
{
  GorAstExpr *x;

  p->xnest++;
  x = _gor_parser_expr (p);
  *comma = FALSE;
  if (p->tok.kind == GOR_TOKEN_COMMA)
    {
      *comma = TRUE;
      if (all)
        g_ptr_array_add (all, x);
      while (_gor_parser_got (p, GOR_TOKEN_COMMA) && p->tok.kind != GOR_TOKEN_RBRACK)
        {
          GorAstExpr *t = _gor_parser_type (p);

          if (all)
            g_ptr_array_add (all, t);
        }
    }
  p->xnest--;
  return x;
}

static GPtrArray *
arg_list (GorParser *p, gboolean *has_dots)
{
  GPtrArray *args = _gor_ast_list (p->file);
  gboolean   done = FALSE;

  *has_dots = FALSE;
  p->xnest++;
  while (p->tok.kind != GOR_TOKEN_EOF && p->tok.kind != GOR_TOKEN_RPAREN && !done)
    {
      g_ptr_array_add (args, _gor_parser_expr (p));
      *has_dots = _gor_parser_got (p, GOR_TOKEN_ELLIPSIS);
      done = *has_dots;
      if (!_gor_parser_got (p, GOR_TOKEN_COMMA) && p->tok.kind != GOR_TOKEN_RPAREN)
        _gor_parser_syntax_error (p, "in argument list; possibly missing comma or )");
    }
  _gor_parser_want (p, GOR_TOKEN_RPAREN);
  p->xnest--;
  return args;
}

GorAstExpr *
_gor_parser_pexpr (GorParser *p, GorAstExpr *x)
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
        _gor_parser_enter (p);

      switch (p->tok.kind)
        {
        case GOR_TOKEN_PERIOD:
          _gor_parser_next (p);
          if (p->tok.kind == GOR_TOKEN_IDENT)
            {
              GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_SELECTOR, x->pos);

              GOR_PARSER_GOPOS (t) = pos;
              t->x = x;
              t->name = _gor_parser_name (p)->name;
              x = t;
            }
          else if (p->tok.kind == GOR_TOKEN_LPAREN)
            {
              GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_TYPE_ASSERT, x->pos);

              GOR_PARSER_GOPOS (t) = pos;
              _gor_parser_next (p);
              t->x = x;
              if (_gor_parser_got (p, GOR_TOKEN_TYPE))
                g_ptr_array_add (p->guards, t);
              else
                t->y = _gor_parser_type (p);
              _gor_parser_want (p, GOR_TOKEN_RPAREN);
              x = t;
            }
          else
            _gor_parser_syntax_error (p, "expected name or (");
          break;

        case GOR_TOKEN_LBRACK:
          {
            GorAstExpr *i = NULL, *t;
            gboolean    comma;

            _gor_parser_next (p);
            if (p->tok.kind == GOR_TOKEN_RBRACK)
              _gor_parser_syntax_error (p, "expected operand");
            if (p->tok.kind != GOR_TOKEN_COLON)
              {
                GPtrArray *all = _gor_ast_list (p->file);

                i = _gor_parser_type_list (p, &comma, all);
                if (comma || p->tok.kind == GOR_TOKEN_RBRACK)
                  {
                    _gor_parser_want (p, GOR_TOKEN_RBRACK);
                    t = _gor_parser_new_expr (p, GOR_EXPR_INDEX, x->pos);
                    GOR_PARSER_GOPOS (t) = pos;
                    if (all->len > 1)
                      t->list = all;
                    t->x = x;
                    t->y = i;
                    x = t;
                    break;
                  }
              }
            if (!_gor_parser_got (p, GOR_TOKEN_COLON))
              _gor_parser_syntax_error (p, "expected comma, : or ]");
            p->xnest++;
            t = _gor_parser_new_expr (p, GOR_EXPR_SLICE, x->pos);
            GOR_PARSER_GOPOS (t) = pos;
            t->x = x;
            t->y = i;
            if (p->tok.kind != GOR_TOKEN_COLON && p->tok.kind != GOR_TOKEN_RBRACK)
              t->z = _gor_parser_expr (p);
            if (p->tok.kind == GOR_TOKEN_COLON)
              {
                t->slice3 = TRUE;
                if (t->z == NULL)
                  _gor_parser_error_at (p, p->tok.pos, "middle index required in 3-index slice");
                _gor_parser_next (p);
                if (p->tok.kind != GOR_TOKEN_RBRACK)
                  t->w = _gor_parser_expr (p);
                else
                  _gor_parser_error_at (p, p->tok.pos, "final index required in 3-index slice");
              }
            p->xnest--;
            _gor_parser_want (p, GOR_TOKEN_RBRACK);
            x = t;
          }
          break;

        case GOR_TOKEN_LPAREN:
          {
            GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_CALL, x->pos);

            GOR_PARSER_GOPOS (t) = pos;
            _gor_parser_next (p);
            t->x = x;
            t->list = arg_list (p, &t->has_ellipsis);
            x = t;
          }
          break;

        case GOR_TOKEN_LBRACE:
          {
            GorAstExpr *t = _gor_parser_unparen (x), *n;
            gboolean    complit_ok = FALSE;

            switch (t->kind)
              {
              case GOR_EXPR_IDENT:
              case GOR_EXPR_SELECTOR: complit_ok = p->xnest >= 0; break;
              case GOR_EXPR_INDEX: complit_ok = p->xnest >= 0 && !is_value (t); break;
              case GOR_EXPR_ARRAY_TYPE:
              case GOR_EXPR_STRUCT_TYPE:
              case GOR_EXPR_MAP_TYPE: complit_ok = TRUE; break;
              default: break;
              }
            if (!complit_ok)
              {
                p->depth = saved;
                return x;
              }
            if (t != x)
              _gor_parser_syntax_error (p, "cannot parenthesize type in composite literal");
            n = complit_expr (p);
            n->x = x;
            n->pos = x->pos;
            x = n;
          }
          break;

        default: p->depth = saved; return x;
        }
    }
}

static GorAstExpr *
bare_complit_expr (GorParser *p)
{
  if (p->tok.kind == GOR_TOKEN_LBRACE)
    return complit_expr (p);
  return _gor_parser_expr (p);
}

static gboolean
complit_elem (GorParser *p, gpointer data)
{
  GorAstExpr *lit = data;
  GorAstExpr *e = bare_complit_expr (p);

  if (p->tok.kind == GOR_TOKEN_COLON)
    {
      GorAstExpr *kv = _gor_parser_new_expr (p, GOR_EXPR_KEY_VALUE, _gor_parser_start_pos (e));

      GOR_PARSER_GOPOS (kv) = p->tok.pos;
      _gor_parser_next (p);
      kv->x = e;
      kv->y = bare_complit_expr (p);
      e = kv;
    }
  g_ptr_array_add (lit->list, e);
  return FALSE;
}

static GorAstExpr *
complit_expr (GorParser *p)
{
  GorAstExpr *x = _gor_parser_new_expr (p, GOR_EXPR_COMPOSITE_LIT, p->tok.pos);

  _gor_parser_enter (p);
  p->xnest++;
  _gor_parser_want (p, GOR_TOKEN_LBRACE);
  _gor_parser_list (p, "composite literal", GOR_TOKEN_COMMA, GOR_TOKEN_RBRACE, complit_elem, x);
  p->xnest--;
  _gor_parser_leave (p);
  return x;
}

GPtrArray *
_gor_parser_expr_list (GorParser *p)
{
  GPtrArray *l = _gor_ast_list (p->file);

  g_ptr_array_add (l, _gor_parser_expr (p));
  while (_gor_parser_got (p, GOR_TOKEN_COMMA))
    g_ptr_array_add (l, _gor_parser_expr (p));
  return l;
}
