/* gor-parser-type.c — types, struct fields, interface methods, parameters
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-parser-private.h"

/* Types */

GorAstExpr *
_gor_parser_type (GorParser *p)
{
  GorAstExpr *t = _gor_parser_type_or_nil (p);

  if (t == NULL)
    _gor_parser_syntax_error (p, "expected type");
  return t;
}

GorAstExpr *
_gor_parser_slice_type (GorParser *p, GorPos pos)
{
  GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_ARRAY_TYPE, pos);

  t->x = _gor_parser_type (p);
  return t;
}

GorAstExpr *
_gor_parser_array_type (GorParser *p, GorPos pos, GorAstExpr *len)
{
  GorAstExpr *t;

  if (len == NULL)
    {
      if (p->tok.kind == GOR_TOKEN_ELLIPSIS)
        {
          len = _gor_parser_new_expr (p, GOR_EXPR_ELLIPSIS, p->tok.pos);
          _gor_parser_next (p);
        }
      else
        {
          p->xnest++;
          len = _gor_parser_expr (p);
          p->xnest--;
        }
    }
  if (p->tok.kind == GOR_TOKEN_COMMA)
    _gor_parser_syntax_error (p, "unexpected comma; expected ]");
  _gor_parser_want (p, GOR_TOKEN_RBRACK);
  t = _gor_parser_new_expr (p, GOR_EXPR_ARRAY_TYPE, pos);
  t->y = len;
  t->x = _gor_parser_type (p);
  return t;
}

static GorAstExpr *
chan_elem (GorParser *p)
{
  GorAstExpr *t = _gor_parser_type_or_nil (p);

  if (t == NULL)
    _gor_parser_syntax_error (p, "missing channel element type");
  return t;
}

/* [N]T or a generic instantiation after a field or parameter name */
/* `name [` in a field or parameter list: an array type ([N]T, name is the
 * field's or parameter's) or type arguments (name[A, B] is the type and
 * *targs is set) */
static GorAstExpr *
array_or_targs (GorParser *p, GorAstExpr *name, gboolean *targs)
{
  GorPos      pos = p->tok.pos;
  GorAstExpr *n, *elem, *t;
  gboolean    comma;
  GPtrArray  *all = _gor_ast_list (p->file);

  *targs = FALSE;
  _gor_parser_want (p, GOR_TOKEN_LBRACK);
  if (_gor_parser_got (p, GOR_TOKEN_RBRACK))
    return _gor_parser_slice_type (p, pos);
  n = _gor_parser_type_list (p, &comma, all);
  _gor_parser_want (p, GOR_TOKEN_RBRACK);
  if (!comma)
    {
      elem = _gor_parser_type_or_nil (p);
      if (elem != NULL)
        {
          t = _gor_parser_new_expr (p, GOR_EXPR_ARRAY_TYPE, pos);
          t->y = n;
          t->x = elem;
          return t;
        }
    }
  *targs = TRUE;
  t = _gor_parser_new_expr (p, GOR_EXPR_INDEX, name->pos);
  GOR_PARSER_GOPOS (t) = pos;
  t->x = name;
  t->y = n;
  if (all->len > 1)
    t->list = all;
  return t;
}

/* x[A, B …] in a type: an instantiation of the generic type x */
GorAstExpr *
_gor_parser_type_args (GorParser *p, GorAstExpr *x)
{
  GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_INDEX, x->pos);

  GOR_PARSER_GOPOS (t) = p->tok.pos;
  _gor_parser_want (p, GOR_TOKEN_LBRACK);
  p->xnest++;
  t->x = x;
  do
    {
      if (p->tok.kind == GOR_TOKEN_RBRACK)
        break;
      g_ptr_array_add (t->list, _gor_parser_type (p));
    }
  while (_gor_parser_got (p, GOR_TOKEN_COMMA));
  p->xnest--;
  _gor_parser_want (p, GOR_TOKEN_RBRACK);
  if (t->list->len == 0)
    _gor_parser_syntax_error (p, "expected type argument list");
  t->y = t->list->pdata[0];
  if (t->list->len == 1)
    g_ptr_array_set_size (t->list, 0);
  return t;
}

/* A term of a constraint: T or ~T */
static GorAstExpr *
constraint_term (GorParser *p)
{
  if (p->tok.kind == GOR_TOKEN_TILDE)
    {
      GorAstExpr *u = _gor_parser_new_expr (p, GOR_EXPR_UNARY, p->tok.pos);

      u->op = GOR_TOKEN_TILDE;
      _gor_parser_next (p);
      u->x = _gor_parser_type (p);
      return u;
    }
  return _gor_parser_type (p);
}

/* A union of terms, T1 | ~T2 …, as a left-nested BINARY of op | */
static GorAstExpr *
constraint_union (GorParser *p, GorAstExpr *first)
{
  GorAstExpr *x = first ? first : constraint_term (p);

  while (p->tok.kind == GOR_TOKEN_OR)
    {
      GorAstExpr *b = _gor_parser_new_expr (p, GOR_EXPR_BINARY, p->tok.pos);

      b->op = GOR_TOKEN_OR;
      _gor_parser_next (p);
      b->x = x;
      b->y = constraint_term (p);
      x = b;
    }
  return x;
}

/* [P, Q C1, R C2]: the list after its opening bracket, @first its first
 * name when the caller has read it already; consumes the closing one */
void
_gor_parser_tparam_list (GorParser *p, GorAstExpr *first, GPtrArray *out)
{
  p->xnest++;
  for (;;)
    {
      GorAstField *f = _gor_parser_new_field (p, first ? first->pos : p->tok.pos);

      if (first == NULL)
        {
          if (p->tok.kind != GOR_TOKEN_IDENT)
            _gor_parser_syntax_error (p, "missing type parameter name");
          first = _gor_parser_name (p);
        }
      g_ptr_array_add (f->names, first);
      while (_gor_parser_got (p, GOR_TOKEN_COMMA))
        {
          if (p->tok.kind != GOR_TOKEN_IDENT)
            _gor_parser_syntax_error (p, "missing type constraint");
          g_ptr_array_add (f->names, _gor_parser_name (p));
        }
      first = NULL;
      if (p->tok.kind == GOR_TOKEN_RBRACK)
        _gor_parser_syntax_error (p, "missing type constraint");
      f->type = constraint_union (p, NULL);
      g_ptr_array_add (out, f);
      if (!_gor_parser_got (p, GOR_TOKEN_COMMA) || p->tok.kind == GOR_TOKEN_RBRACK)
        break;
    }
  p->xnest--;
  _gor_parser_want (p, GOR_TOKEN_RBRACK);
}

/* the optional tag after a struct field */
static void
field_tag (GorParser *p, GorAstField *f)
{
  GorAstExpr *tag = _gor_parser_oliteral (p);

  if (tag)
    {
      f->tag = tag->value ? tag->value : tag->lit;
      f->tag_lit = tag->lit;
    }
}

static gboolean
field_decl (GorParser *p, gpointer data)
{
  GorAstExpr  *styp = data;
  GorPos       pos = p->tok.pos;
  GorAstField *f;

  switch (p->tok.kind)
    {
    case GOR_TOKEN_IDENT:
      {
        GorAstExpr *first = _gor_parser_name (p);
        GPtrArray  *names;

        if (p->tok.kind == GOR_TOKEN_PERIOD || _gor_parser_is_literal (p->tok.kind)
            || p->tok.kind == GOR_TOKEN_SEMICOLON || p->tok.kind == GOR_TOKEN_RBRACE)
          {
            f = _gor_parser_new_field (p, pos);
            f->type = _gor_parser_qualified_name (p, first);
            f->embedded = TRUE;
            field_tag (p, f);
            g_ptr_array_add (styp->fields, f);
            break;
          }
        names = _gor_parser_name_list (p, first);
        f = _gor_parser_new_field (p, pos);
        g_ptr_array_extend (f->names, names, NULL, NULL);
        if (names->len == 1 && p->tok.kind == GOR_TOKEN_LBRACK)
          {
            gboolean targs;

            f->type = array_or_targs (p, first, &targs);
            if (targs)
              {
                g_ptr_array_set_size (f->names, 0);
                f->embedded = TRUE;
              }
          }
        else
          f->type = _gor_parser_type (p);
        field_tag (p, f);
        g_ptr_array_add (styp->fields, f);
      }
      break;

    case GOR_TOKEN_MUL:
      {
        GorAstExpr *typ, *star;

        _gor_parser_next (p);
        if (p->tok.kind == GOR_TOKEN_LPAREN)
          _gor_parser_syntax_error (p, "cannot parenthesize embedded type");
        typ = _gor_parser_qualified_name (p, NULL);
        star = _gor_parser_new_expr (p, GOR_EXPR_STAR, pos);
        star->x = typ;
        f = _gor_parser_new_field (p, pos);
        f->type = star;
        f->embedded = TRUE;
        field_tag (p, f);
        g_ptr_array_add (styp->fields, f);
      }
      break;

    case GOR_TOKEN_LPAREN: _gor_parser_syntax_error (p, "cannot parenthesize embedded type");

    default: _gor_parser_syntax_error (p, "expected field name or embedded type");
    }
  return FALSE;
}

static GorAstExpr *
struct_type (GorParser *p)
{
  GorAstExpr *typ = _gor_parser_new_expr (p, GOR_EXPR_STRUCT_TYPE, p->tok.pos);

  _gor_parser_want (p, GOR_TOKEN_STRUCT);
  _gor_parser_want (p, GOR_TOKEN_LBRACE);
  _gor_parser_list (p, "struct type", GOR_TOKEN_SEMICOLON, GOR_TOKEN_RBRACE, field_decl, typ);
  return typ;
}

static gboolean
method_or_embedded (GorParser *p, gpointer data)
{
  GorAstExpr  *ityp = data;
  GorAstField *f = _gor_parser_new_field (p, p->tok.pos);

  if (p->tok.kind == GOR_TOKEN_IDENT)
    {
      GorAstExpr *n = _gor_parser_name (p);

      if (p->tok.kind == GOR_TOKEN_LPAREN)
        {
          g_ptr_array_add (f->names, n);
          f->type = _gor_parser_func_type (p, p->tok.pos, "interface method");
        }
      else
        {
          f->type = constraint_union (p, _gor_parser_qualified_name (p, n));
          f->embedded = TRUE;
        }
    }
  else
    {
      GorAstExpr *t = p->tok.kind == GOR_TOKEN_TILDE ? NULL : _gor_parser_type_or_nil (p);

      if (t == NULL && p->tok.kind != GOR_TOKEN_TILDE)
        _gor_parser_syntax_error (p, "expected ~ term or type");
      f->type = constraint_union (p, t);
      f->embedded = TRUE;
    }
  g_ptr_array_add (ityp->fields, f);
  return FALSE;
}

static GorAstExpr *
interface_type (GorParser *p)
{
  GorAstExpr *typ = _gor_parser_new_expr (p, GOR_EXPR_INTERFACE_TYPE, p->tok.pos);

  _gor_parser_want (p, GOR_TOKEN_INTERFACE);
  _gor_parser_want (p, GOR_TOKEN_LBRACE);
  _gor_parser_list (p, "interface type", GOR_TOKEN_SEMICOLON, GOR_TOKEN_RBRACE, method_or_embedded, typ);
  return typ;
}

GorAstExpr *
_gor_parser_type_or_nil (GorParser *p)
{
  GorPos      pos = p->tok.pos;
  GorAstExpr *t = NULL;

  _gor_parser_enter (p);
  switch (p->tok.kind)
    {
    case GOR_TOKEN_MUL:
      _gor_parser_next (p);
      t = _gor_parser_new_expr (p, GOR_EXPR_STAR, pos);
      t->x = _gor_parser_type (p);
      break;

    case GOR_TOKEN_ARROW:
      _gor_parser_next (p);
      _gor_parser_want (p, GOR_TOKEN_CHAN);
      t = _gor_parser_new_expr (p, GOR_EXPR_CHAN_TYPE, pos);
      t->dir = GOR_CHAN_RECV_ONLY;
      t->x = chan_elem (p);
      break;

    case GOR_TOKEN_FUNC:
      _gor_parser_next (p);
      t = _gor_parser_func_type (p, pos, "function type");
      break;

    case GOR_TOKEN_LBRACK:
      _gor_parser_next (p);
      if (_gor_parser_got (p, GOR_TOKEN_RBRACK))
        t = _gor_parser_slice_type (p, pos);
      else
        t = _gor_parser_array_type (p, pos, NULL);
      break;

    case GOR_TOKEN_CHAN:
      _gor_parser_next (p);
      t = _gor_parser_new_expr (p, GOR_EXPR_CHAN_TYPE, pos);
      if (p->tok.kind == GOR_TOKEN_ARROW)
        {
          /* the arrow's position, should a receive turn it around */
          GOR_PARSER_GOPOS (t) = p->tok.pos;
          _gor_parser_next (p);
          t->dir = GOR_CHAN_SEND_ONLY;
        }
      t->x = chan_elem (p);
      break;

    case GOR_TOKEN_MAP:
      _gor_parser_next (p);
      _gor_parser_want (p, GOR_TOKEN_LBRACK);
      t = _gor_parser_new_expr (p, GOR_EXPR_MAP_TYPE, pos);
      t->y = _gor_parser_type (p);
      _gor_parser_want (p, GOR_TOKEN_RBRACK);
      t->x = _gor_parser_type (p);
      break;

    case GOR_TOKEN_STRUCT: t = struct_type (p); break;

    case GOR_TOKEN_INTERFACE: t = interface_type (p); break;

    case GOR_TOKEN_IDENT: t = _gor_parser_qualified_name (p, NULL); break;

    case GOR_TOKEN_LPAREN:
      _gor_parser_next (p);
      t = _gor_parser_new_expr (p, GOR_EXPR_PAREN, pos);
      t->x = _gor_parser_type (p);
      _gor_parser_want (p, GOR_TOKEN_RPAREN);
      break;

    default: break;
    }
  _gor_parser_leave (p);
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
add_param (GorParser *p, ParamList *pl, Param *par)
{
  Param *copy = _gor_ast_alloc (p->file, sizeof (Param));

  *copy = *par;
  g_ptr_array_add (pl->params, copy);
}

static gboolean
param_decl (GorParser *p, gpointer data)
{
  ParamList *pl = data;
  Param      par = { NULL, NULL, p->tok.pos };

  if (p->tok.kind == GOR_TOKEN_IDENT)
    {
      GorAstExpr *n = _gor_parser_name (p);

      if (p->tok.kind == GOR_TOKEN_LBRACK)
        {
          gboolean targs;

          par.type = array_or_targs (p, n, &targs);
          par.name = targs ? NULL : n;
          add_param (p, pl, &par);
          return FALSE;
        }
      if (p->tok.kind == GOR_TOKEN_PERIOD)
        {
          par.type = _gor_parser_qualified_name (p, n);
          add_param (p, pl, &par);
          return FALSE;
        }
      par.name = n;
    }

  if (p->tok.kind == GOR_TOKEN_ELLIPSIS)
    {
      GorAstExpr *t = _gor_parser_new_expr (p, GOR_EXPR_ELLIPSIS, p->tok.pos);

      _gor_parser_next (p);
      t->x = _gor_parser_type_or_nil (p);
      if (t->x == NULL)
        _gor_parser_syntax_error (p, "... is missing type");
      par.type = t;
      add_param (p, pl, &par);
      return FALSE;
    }

  par.type = _gor_parser_type_or_nil (p);
  if (par.name != NULL || par.type != NULL)
    {
      add_param (p, pl, &par);
      return FALSE;
    }
  _gor_parser_syntax_errorf (p, "expected %s", _gor_parser_tokstring (pl->close));
}

GPtrArray *
_gor_parser_param_list (GorParser *p, GorTokenKind close)
{
  GPtrArray   *fields = _gor_ast_list (p->file);
  GPtrArray   *params = _gor_ast_list (p->file);
  ParamList    pl = { params, close };
  guint        named = 0, i;
  GorAstField *cur = NULL;

  _gor_parser_list (p, "parameter list", GOR_TOKEN_COMMA, close, param_decl, &pl);

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
      gboolean    bad = FALSE;
      GorPos      pos = { 0, 0 };

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
        _gor_parser_syntax_error_at (p, pos, "mixed named and unnamed parameters");
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
      cur = _gor_parser_new_field (p, par->name ? par->name->pos : par->type->pos);
      if (par->name)
        g_ptr_array_add (cur->names, par->name);
      cur->type = par->type;
      g_ptr_array_add (fields, cur);
    }
  return fields;
}

static GPtrArray *
func_result (GorParser *p)
{
  GorAstExpr *typ;
  GPtrArray  *results;
  GorPos      pos = p->tok.pos;

  if (_gor_parser_got (p, GOR_TOKEN_LPAREN))
    return _gor_parser_param_list (p, GOR_TOKEN_RPAREN);
  results = _gor_ast_list (p->file);
  typ = _gor_parser_type_or_nil (p);
  if (typ)
    {
      GorAstField *f = _gor_parser_new_field (p, pos);

      f->type = typ;
      g_ptr_array_add (results, f);
    }
  return results;
}

/* @context is NULL where Go allows type parameters (function declarations) */
GorAstExpr *
_gor_parser_func_type (GorParser *p, GorPos pos, const char *context)
{
  GorAstExpr *typ = _gor_parser_new_expr (p, GOR_EXPR_FUNC_TYPE, pos);

  /* Go places a function type at its parameters, as messages show */
  GOR_PARSER_GOPOS (typ) = p->tok.pos;
  if (p->tok.kind == GOR_TOKEN_LBRACK)
    {
      GorPos bpos = p->tok.pos;

      if (context)
        _gor_parser_syntax_error_at (p, bpos,
                                     _gor_parser_aprintf (p, "%s must have no type parameters", context));
      _gor_parser_next (p);
      if (p->tok.kind == GOR_TOKEN_RBRACK)
        _gor_parser_syntax_error (p, "empty type parameter list");
      _gor_parser_tparam_list (p, NULL, typ->tparams);
    }
  _gor_parser_want (p, GOR_TOKEN_LPAREN);
  typ->params = _gor_parser_param_list (p, GOR_TOKEN_RPAREN);
  typ->results = func_result (p);
  return typ;
}
