/* gor-compile-order.c — the order in which a statement's operands are
 * read, as Go's gc compiler reads them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go fixes the order of a statement's calls, method calls, receive
 * operations and logical operations (left to right), not when the other
 * operands are read relative to them.  gc makes every call and receive
 * first, in that order, keeping each result, and reads the plain
 * operands — variables, fields, elements, dereferences, and what is
 * computed from them — after them all: in fmt.Println(m, f(&m)) it
 * prints m as f left it, and in a, b := q, inc(&q) both read the new q.
 * A call reads its own plain arguments just before it is made, after the
 * calls among them.  Some operations gc also evaluates in their place
 * among the calls: && and ||, len, cap and the other builtins, slicing,
 * type assertions to concrete types, map literals, []byte(s) and
 * []rune(s), and an operand that becomes an interface value through a
 * copy (a comparison or a two-word struct passed to fmt.Println).
 *
 * So a region (a call's callee, receiver and arguments; a statement's
 * right-hand sides; a return list …) whose plain operand comes before a
 * call has its calls and in-place operations made first, up to the last
 * such call, each result kept in a slot of its own; the region's
 * expressions then compile as ever, and _gor_compile_gen_expr reads
 * those results from their slots.  A region whose calls come before all
 * its plain operands compiles as before.
 *
 * Not modelled: gc also copies in place a local variable of a type it
 * converts through a copy (bool, a byte, a two-word struct) whose address
 * is never taken, which a call can change only from a closure gc inlined;
 * here such a variable is read after the calls like any other.
 */

#include "config.h"

#include "gor-compiler-private.h"

typedef struct
{
  GorAstExpr *e;
  int         slot;
  GorType    *type;
} Kept;

typedef struct
{
  GorCompiler *c;
  GPtrArray   *calls;      /* GorAstExpr*: the region's calls, in order */
  int          last_after; /* index + 1 of the last call after a plain operand */
  gboolean     read;       /* a plain operand seen */
} Walk;

/* How gc treats an expression of a region */
typedef enum
{
  PLAIN,    /* read after the calls: its operands are walked */
  EARLY,    /* evaluated in its place among the calls, with no effect of its own */
  CALL,     /* a call or a receive: evaluated in its place */
  CONSTANT, /* nothing to read */
} Kind;

static gboolean
is_type_expr (const GorAstExpr *e)
{
  switch (e->kind)
    {
    case GOR_EXPR_ARRAY_TYPE:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_INTERFACE_TYPE:
    case GOR_EXPR_MAP_TYPE:
    case GOR_EXPR_CHAN_TYPE:
    case GOR_EXPR_ELLIPSIS: return TRUE;
    default: return FALSE;
    }
}

/* The type @e names, or NULL; NULL for [...]T, which only a composite
 * literal may name (it says so itself). */
static GorType *
type_of_type_expr (GorCompiler *c, GorAstExpr *e)
{
  if (e == NULL || (e->kind == GOR_EXPR_ARRAY_TYPE && e->y && e->y->kind == GOR_EXPR_ELLIPSIS))
    return NULL;
  return _gor_compile_expr_as_type (c, e);
}

/* A call @e: a function's, or a builtin's or a conversion, which gc
 * makes in its place too when it is len, cap, append, make, min, max …
 * or a conversion of a string to []byte or []rune; other conversions
 * are plain. */
static Kind
call_kind (GorCompiler *c, GorAstExpr *e)
{
  GorAstExpr *f = e->x;
  GorType    *t;

  while (f && f->kind == GOR_EXPR_PAREN)
    f = f->x;
  if (f == NULL)
    return PLAIN;
  if (f->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, f->name);

      if (sym == NULL)
        return PLAIN;
      if (sym->kind == SYM_BUILTIN)
        return EARLY;
      if (sym->kind != SYM_TYPE)
        return CALL;
    }
  if (f->kind == GOR_EXPR_FUNC_LIT)
    return CALL;
  if (f->kind == GOR_EXPR_ARRAY_TYPE && f->y && f->y->kind == GOR_EXPR_ELLIPSIS)
    return PLAIN;
  t = _gor_compile_expr_as_type (c, f);
  if (t == NULL)
    return CALL;
  t = gor_type_under (t);
  return t->kind == GOR_TYPE_SLICE && !t->is_array ? EARLY : PLAIN;
}

static Kind
kind_of (GorCompiler *c, GorAstExpr *e)
{
  ConstVal cv;
  GorType *t;

  switch (e->kind)
    {
    case GOR_EXPR_BASIC_LIT:
    case GOR_EXPR_FUNC_LIT: return CONSTANT;
    case GOR_EXPR_CALL:
      if (_gor_compile_const_eval (c, e, &cv))
        return CONSTANT;
      return call_kind (c, e);
    case GOR_EXPR_UNARY: return e->op == GOR_TOKEN_ARROW ? CALL : PLAIN;
    case GOR_EXPR_BINARY:
      if (e->op != GOR_TOKEN_LAND && e->op != GOR_TOKEN_LOR)
        return PLAIN;
      return _gor_compile_const_eval (c, e, &cv) ? CONSTANT : EARLY;
    case GOR_EXPR_SLICE: return EARLY;
    case GOR_EXPR_TYPE_ASSERT:
      t = type_of_type_expr (c, e->y);
      return t && gor_type_under (t)->kind != GOR_TYPE_INTERFACE ? EARLY : PLAIN;
    case GOR_EXPR_COMPOSITE_LIT:
      t = type_of_type_expr (c, e->x);
      return t && gor_type_under (t)->kind == GOR_TYPE_MAP ? EARLY : PLAIN;
    default: return is_type_expr (e) ? CONSTANT : PLAIN;
    }
}

/* Whether evaluating @e makes a call or a receive */
static gboolean
has_call (GorCompiler *c, GorAstExpr *e, int level)
{
  Kind k;

  if (e == NULL || level > 200)
    return FALSE;
  k = kind_of (c, e);
  if (k == CALL)
    return TRUE;
  if (k == CONSTANT)
    return FALSE;
  if (e->kind == GOR_EXPR_COMPOSITE_LIT || e->kind == GOR_EXPR_CALL)
    {
      for (guint i = 0; e->list && i < e->list->len; i++)
        if (has_call (c, g_ptr_array_index (e->list, i), level + 1))
          return TRUE;
      return e->kind == GOR_EXPR_CALL && has_call (c, e->x, level + 1);
    }
  if (e->kind == GOR_EXPR_TYPE_ASSERT)
    return has_call (c, e->x, level + 1);
  return has_call (c, e->x, level + 1) || has_call (c, e->y, level + 1) || has_call (c, e->z, level + 1)
         || has_call (c, e->w, level + 1);
}

/* Size and alignment of a value of @t as gc lays it out; FALSE when
 * not known here. */
static gboolean
layout (GorType *t, gint64 *size, gint64 *align, int level)
{
  t = gor_type_under (t);
  *size = *align = 8;
  switch (t->kind)
    {
    case GOR_TYPE_BOOL:
    case GOR_TYPE_INT8:
    case GOR_TYPE_UINT8: *size = *align = 1; return TRUE;
    case GOR_TYPE_INT16:
    case GOR_TYPE_UINT16: *size = *align = 2; return TRUE;
    case GOR_TYPE_INT32:
    case GOR_TYPE_UINT32: *size = *align = 4; return TRUE;
    case GOR_TYPE_INT:
    case GOR_TYPE_INT64:
    case GOR_TYPE_UINT:
    case GOR_TYPE_UINT64:
    case GOR_TYPE_FLOAT64:
    case GOR_TYPE_CHAN:
    case GOR_TYPE_FUNC:
    case GOR_TYPE_POINTER:
    case GOR_TYPE_MAP: return TRUE;
    case GOR_TYPE_STRING:
    case GOR_TYPE_INTERFACE: *size = 16; return TRUE;
    case GOR_TYPE_SLICE:
      if (t->is_array && level < 20)
        {
          if (!layout (t->elem, size, align, level + 1))
            return FALSE;
          *size *= t->len;
          return TRUE;
        }
      *size = 24;
      return !t->is_array;
    case GOR_TYPE_STRUCT:
      {
        gint64 off = 0, max = 1;

        for (guint i = 0; t->fields && i < t->fields->len && level < 20; i++)
          {
            gint64 fs, fa;

            if (!layout (((GorField *) g_ptr_array_index (t->fields, i))->type, &fs, &fa, level + 1))
              return FALSE;
            off = (off + fa - 1) / fa * fa + fs;
            max = MAX (max, fa);
          }
        *size = (off + max - 1) / max * max;
        *align = max;
        return level < 20;
      }
    default: return FALSE;
    }
}

/* Whether gc converts a value of @t to an interface through its address
 * (runtime.convT, convTnoptr): not for values of 0, 2, 4 or 8 bytes (of
 * their alignment), strings, slices, pointer-shaped values and what
 * holds just one of them. */
static gboolean
converts_by_address (GorType *t)
{
  gint64 size, align;

  for (int level = 0; level < 20; level++)
    {
      GorType *u = gor_type_under (t);

      if (u->kind == GOR_TYPE_STRUCT && u->fields && u->fields->len == 1)
        t = ((GorField *) g_ptr_array_index (u->fields, 0))->type;
      else if (u->kind == GOR_TYPE_SLICE && u->is_array && u->len == 1)
        t = u->elem;
      else
        break;
    }
  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_STRING:
    case GOR_TYPE_INTERFACE:
    case GOR_TYPE_CHAN:
    case GOR_TYPE_FUNC:
    case GOR_TYPE_POINTER:
    case GOR_TYPE_MAP: return FALSE;
    case GOR_TYPE_SLICE:
      if (!gor_type_under (t)->is_array)
        return FALSE;
      break;
    default: break;
    }
  if (!layout (t, &size, &align, 0) || size == 0)
    return FALSE;
  return !((size == 2 && align == 2) || (size == 4 && align == 4) || (size == 8 && align == 8));
}

/* An argument @e that becomes an interface value: gc copies it where it
 * stands when it converts by address and @e is not addressable — a
 * comparison, a !, a conversion to a one-byte type, a struct or array
 * literal, a byte of a string.  (A variable of such a type that no
 * closure captures and whose address is not taken is copied too, but no
 * call can change it then.) */
static gboolean
iface_copied (GorCompiler *c, GorAstExpr *e)
{
  GorType *t = NULL;

  while (e->kind == GOR_EXPR_PAREN)
    e = e->x;
  switch (e->kind)
    {
    case GOR_EXPR_BINARY:
      return e->op == GOR_TOKEN_EQL || e->op == GOR_TOKEN_NEQ || e->op == GOR_TOKEN_LSS
             || e->op == GOR_TOKEN_LEQ || e->op == GOR_TOKEN_GTR || e->op == GOR_TOKEN_GEQ;
    case GOR_EXPR_UNARY: return e->op == GOR_TOKEN_NOT;
    case GOR_EXPR_CALL:
      if (e->list && e->list->len == 1 && call_kind (c, e) == PLAIN)
        t = type_of_type_expr (c, e->x);
      break;
    case GOR_EXPR_COMPOSITE_LIT: t = type_of_type_expr (c, e->x); break;
    case GOR_EXPR_INDEX:
      if (e->x && e->x->kind == GOR_EXPR_IDENT)
        {
          Sym *sym = _gor_compile_lookup (c, e->x->name);

          return sym && sym->kind == SYM_VAR && sym->type && gor_type_is_string (sym->type);
        }
      return FALSE;
    default: return FALSE;
    }
  return t && converts_by_address (t);
}

static void
walk_as (Walk *w, GorAstExpr *e, Kind k)
{
  g_ptr_array_add (w->calls, e);
  if (w->read && (k == CALL || has_call (w->c, e, 0)))
    w->last_after = (int) w->calls->len;
}

static void
walk (Walk *w, GorAstExpr *e, int level)
{
  Kind k;

  if (e == NULL || level > 200)
    return;
  k = kind_of (w->c, e);
  if (k == CONSTANT)
    return;
  if (k != PLAIN)
    {
      walk_as (w, e, k);
      return;
    }
  if (e->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (w->c, e->name);

      if (sym && sym->kind == SYM_VAR)
        w->read = TRUE;
      return;
    }
  if (e->kind == GOR_EXPR_COMPOSITE_LIT)
    {
      for (guint i = 0; e->list && i < e->list->len; i++)
        walk (w, g_ptr_array_index (e->list, i), level + 1);
      return;
    }
  if (e->kind == GOR_EXPR_TYPE_ASSERT)
    {
      walk (w, e->x, level + 1);
      return;
    }
  walk (w, e->x, level + 1);
  walk (w, e->y, level + 1);
  walk (w, e->z, level + 1);
  walk (w, e->w, level + 1);
  for (guint i = 0; e->list && i < e->list->len; i++)
    walk (w, g_ptr_array_index (e->list, i), level + 1);
}

/* Opens the region of the @n expressions @roots (NULL ones skipped):
 * makes its calls that must come first and keeps their results.  Returns
 * the mark _gor_compile_order_end takes. */
static guint
begin (GorCompiler *c, GorAstExpr *const *roots, const gboolean *to_iface, guint n)
{
  guint mark = c->order_kept ? c->order_kept->len : 0;
  Walk  w = { c, NULL, 0, FALSE };

  if (c->fn == NULL)
    return mark;
  w.calls = g_ptr_array_new ();
  for (guint i = 0; i < n; i++)
    if (roots[i] && to_iface && to_iface[i] && iface_copied (c, roots[i]))
      walk_as (&w, roots[i], EARLY);
    else
      walk (&w, roots[i], 0);
  if (w.last_after > 0 && c->order_kept == NULL)
    c->order_kept = g_array_new (FALSE, FALSE, sizeof (Kept));
  for (int i = 0; i < w.last_after; i++)
    {
      Kept k = { g_ptr_array_index (w.calls, i), -1, NULL };

      k.type = _gor_compile_gen_expr (c, k.e, NULL);
      if (k.type == NULL || k.type->kind == GOR_TYPE_TUPLE)
        {
          /* an error, or no single value: its place says so again */
          if (k.type)
            c->fn->depth -= _gor_compile_n_results_of (k.type);
          continue;
        }
      k.slot = _gor_compile_new_slot (c);
      _gor_compile_emit (c, GOR_OP_SET_LOCAL, k.slot, 0, -1);
      g_array_append_val (c->order_kept, k);
    }
  g_ptr_array_unref (w.calls);
  return mark;
}

guint
_gor_compile_order_begin (GorCompiler *c, GorAstExpr *const *roots, guint n)
{
  return begin (c, roots, NULL, n);
}

void
_gor_compile_order_end (GorCompiler *c, guint mark)
{
  if (c->order_kept && c->order_kept->len > mark)
    g_array_set_size (c->order_kept, mark);
}

/* The region's call @e was made: pushes its result.  NULL when it was
 * not. */
GorType *
_gor_compile_order_kept (GorCompiler *c, GorAstExpr *e)
{
  for (guint i = c->order_kept ? c->order_kept->len : 0; i-- > 0;)
    {
      Kept *k = &g_array_index (c->order_kept, Kept, i);

      if (k->e == e)
        {
          _gor_compile_emit (c, GOR_OP_LOCAL, k->slot, 0, 1);
          return k->type;
        }
    }
  return NULL;
}

static gboolean
one_result (GorType *ft)
{
  ft = ft ? gor_type_under (ft) : NULL;
  return ft && ft->kind == GOR_TYPE_FUNC && ft->results && ft->results->len == 1;
}

/* Whether the call @call surely gives one value: a function literal's,
 * a function's, a function variable's or a variable's method's with
 * one result.  Other calls may give several. */
static gboolean
single_valued (GorCompiler *c, GorAstExpr *call)
{
  GorAstExpr *f = call->x;
  Sym        *sym;

  while (f && f->kind == GOR_EXPR_PAREN)
    f = f->x;
  if (f == NULL)
    return FALSE;
  if (f->kind == GOR_EXPR_FUNC_LIT)
    {
      GPtrArray *rs = f->x ? f->x->results : NULL;
      guint      n = 0;

      for (guint i = 0; rs && i < rs->len; i++)
        {
          GorAstField *r = g_ptr_array_index (rs, i);

          n += r->names && r->names->len ? r->names->len : 1;
        }
      return n == 1;
    }
  if (f->kind == GOR_EXPR_IDENT)
    {
      sym = _gor_compile_lookup (c, f->name);
      return sym && (sym->kind == SYM_FUNC || sym->kind == SYM_VAR) && one_result (sym->type);
    }
  if (f->kind == GOR_EXPR_SELECTOR && f->x && f->x->kind == GOR_EXPR_IDENT
      && (sym = _gor_compile_lookup (c, f->x->name)) != NULL && sym->kind == SYM_VAR && sym->type)
    {
      GorType   *t = sym->type;
      GorMethod *m;

      if (gor_type_under (t)->kind == GOR_TYPE_POINTER)
        t = gor_type_under (t)->elem;
      m = gor_type_lookup_method (t, f->name);
      return m && one_result (m->sig);
    }
  return FALSE;
}

/* Which arguments of @call become interface values: fmt's and log's
 * printing functions' operands, a declared function's arguments for
 * interface parameters.  Sets @to_iface[1 + i] for argument i. */
static void
iface_args (GorCompiler *c, GorAstExpr *call, GorAstExpr *f, gboolean *to_iface)
{
  guint n = call->list->len, from = n;
  Sym  *sym;

  if (f->kind == GOR_EXPR_SELECTOR && f->x && f->x->kind == GOR_EXPR_IDENT
      && (sym = _gor_compile_lookup (c, f->x->name)) != NULL && sym->kind == SYM_PKG
      && (g_str_equal (sym->pkg, "fmt") || g_str_equal (sym->pkg, "log")))
    {
      static const char *const names[]
          = { "Print",  "Println", "Sprint", "Sprintln", "Fatal",  "Fatalln", "Panic",    "Panicln",
              "Printf", "Sprintf", "Errorf", "Fatalf",   "Panicf", "Fprint",  "Fprintln", "Fprintf" };

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        if (g_str_equal (f->name, names[i]))
          from = i < 8 ? 0 : i < 15 ? 1 : 2;
      for (guint i = from; i < n; i++)
        to_iface[1 + i] = TRUE;
      return;
    }
  if (f->kind == GOR_EXPR_IDENT && (sym = _gor_compile_lookup (c, f->name)) != NULL && sym->kind == SYM_FUNC
      && sym->type && gor_type_under (sym->type)->kind == GOR_TYPE_FUNC && !call->has_ellipsis)
    {
      GorType *ft = gor_type_under (sym->type);
      guint    np = ft->params ? ft->params->len : 0;

      for (guint i = 0; i < n && np > 0; i++)
        {
          GorType *pt = g_ptr_array_index (ft->params, MIN (i, np - 1));

          if (ft->variadic && i >= np - 1)
            pt = gor_type_under (pt)->kind == GOR_TYPE_SLICE ? gor_type_under (pt)->elem : NULL;
          else if (i >= np)
            pt = NULL;
          to_iface[1 + i] = pt && gor_type_under (pt)->kind == GOR_TYPE_INTERFACE;
        }
    }
}

/* A call's region: its callee (with the receiver) and its arguments.  A
 * lone argument that is a call may give several values: it stays, unless
 * it surely gives one. */
guint
_gor_compile_order_call (GorCompiler *c, GorAstExpr *call)
{
  GPtrArray  *args = call->list;
  GorAstExpr *f = call->x;
  guint       mark = c->order_kept ? c->order_kept->len : 0, n;

  if (args == NULL || args->len == 0 || c->fn == NULL)
    return mark;
  while (f && f->kind == GOR_EXPR_PAREN)
    f = f->x;
  if (f == NULL)
    return mark;
  if (args->len == 1)
    {
      GorAstExpr *a = g_ptr_array_index (args, 0);

      while (a->kind == GOR_EXPR_PAREN)
        a = a->x;
      if (a->kind == GOR_EXPR_CALL && !single_valued (c, a))
        return mark;
    }
  n = args->len + 1;
  {
    g_autofree GorAstExpr **roots = g_new (GorAstExpr *, n);
    g_autofree gboolean    *to_iface = g_new0 (gboolean, n);

    roots[0] = f->kind == GOR_EXPR_SELECTOR ? f->x : f;
    for (guint i = 0; i < args->len; i++)
      roots[i + 1] = g_ptr_array_index (args, i);
    iface_args (c, call, f, to_iface);
    return begin (c, roots, to_iface, n);
  }
}

/* A statement's region: the call of an expression, go or defer
 * statement; a send's channel and value; an assignment's right-hand
 * sides and the operands of its left-hand sides; a return list. */
guint
_gor_compile_order_stmt (GorCompiler *c, GorAstStmt *s)
{
  guint       mark = c->order_kept ? c->order_kept->len : 0;
  GorAstExpr *x = s->x;

  switch (s->kind)
    {
    case GOR_STMT_EXPR:
    case GOR_STMT_GO:
    case GOR_STMT_DEFER:
      while (x && x->kind == GOR_EXPR_PAREN)
        x = x->x;
      return x && x->kind == GOR_EXPR_CALL ? _gor_compile_order_call (c, x) : mark;
    case GOR_STMT_SEND:
      {
        GorAstExpr *roots[2] = { s->x, s->y };

        return _gor_compile_order_begin (c, roots, 2);
      }
    case GOR_STMT_RETURN:
      if (s->rhs == NULL || s->rhs->len == 0)
        return mark;
      return _gor_compile_order_begin (c, (GorAstExpr *const *) s->rhs->pdata, s->rhs->len);
    case GOR_STMT_ASSIGN:
      {
        g_autofree GorAstExpr **roots = NULL;
        guint                   n = 0;

        /* v, ok = <-ch, a, b = f () …: one right-hand side for several */
        if (s->lhs->len != s->rhs->len)
          return mark;
        roots = g_new (GorAstExpr *, s->lhs->len + s->rhs->len);
        for (guint i = 0; s->tok != GOR_TOKEN_DEFINE && i < s->lhs->len; i++)
          {
            GorAstExpr *l = g_ptr_array_index (s->lhs, i);

            while (l->kind == GOR_EXPR_PAREN)
              l = l->x;
            /* a variable assigned to is not read, unless by x op= y */
            if (l->kind != GOR_EXPR_IDENT || s->tok != GOR_TOKEN_ASSIGN)
              roots[n++] = l;
          }
        for (guint i = 0; i < s->rhs->len; i++)
          roots[n++] = g_ptr_array_index (s->rhs, i);
        return _gor_compile_order_begin (c, roots, n);
      }
    default: return mark;
    }
}
