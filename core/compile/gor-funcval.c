/* gor-funcval.c — functions as values: method values, method
 * expressions and package functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each is a small function whose body is the call it stands for: `t.run`
 * is a closure over the receiver (evaluated, and copied for a value
 * receiver, where the method value is), `(*T).run` and `fmt.Println` are
 * functions that pass their parameters on.  The call compiles as any
 * other, so the method or package function runs just as when called.
 */

#include "config.h"

#include <string.h>

#include "gor-compiler-private.h"

GorAstExpr *
_gor_compile_gen_ident (GorCompiler *c, const char *name, GorPos pos)
{
  GorAstExpr *e = _gor_ast_alloc (c->file, sizeof *e);

  e->kind = GOR_EXPR_IDENT;
  e->name = name;
  e->pos = pos;
  return e;
}

void
_gor_compile_gen_forward_params (GorCompiler *c, GorType *sig, guint first, GPtrArray *params,
                                 GPtrArray *args, GorPos pos)
{
  for (guint i = 0; i < sig->params->len; i++)
    {
      GorAstField *pf = _gor_ast_alloc (c->file, sizeof *pf);
      char        *pn = _gor_compile_keep (c, g_strdup_printf (".p%u", i), g_free);

      pf->pos = pos;
      pf->names = _gor_ast_list (c->file);
      g_ptr_array_add (pf->names, _gor_compile_gen_ident (c, pn, pos));
      g_ptr_array_add (params, pf);
      if (i >= first)
        g_ptr_array_add (args, _gor_compile_gen_ident (c, pn, pos));
    }
}

static GorAstExpr *
selector (GorCompiler *c, GorAstExpr *x, const char *name, GorPos pos)
{
  GorAstExpr *e = _gor_ast_alloc (c->file, sizeof *e);

  e->kind = GOR_EXPR_SELECTOR;
  e->x = x;
  e->name = name;
  e->pos = pos;
  return e;
}

/* Pushes a function of type @sig whose body is `return callee(.pN …)`
 * with the parameters from @first on.  With @recv_type, the value on the
 * stack is bound as .recv, which @callee may name. */
static void
gen_wrapper (GorCompiler *c, GorAstExpr *callee, GorType *recv_type, GorType *sig, guint first,
             const char *fname, GorPos pos, const char *print_as)
{
  Fn         *outer = c->fn;
  GorFunc    *f = _gor_compile_func_new (c, fname, pos.line);
  Fn         *fn = _gor_compile_fn_new (c, f, sig, f->name);
  GorAstExpr *ft = _gor_ast_alloc (c->file, sizeof *ft);
  GorAstExpr *call = _gor_ast_alloc (c->file, sizeof *call);
  GorAstStmt *body = _gor_ast_alloc (c->file, sizeof *body);
  GorAstStmt *st = _gor_ast_alloc (c->file, sizeof *st);
  GorAstStmt *def = _gor_ast_alloc (c->file, sizeof *def);
  GorAstStmt *out = _gor_ast_alloc (c->file, sizeof *out);
  guint32     line = c->line;

  ft->kind = GOR_EXPR_FUNC_TYPE;
  ft->pos = pos;
  ft->params = _gor_ast_list (c->file);
  call->kind = GOR_EXPR_CALL;
  call->pos = pos;
  call->x = callee;
  call->list = _gor_ast_list (c->file);
  call->has_ellipsis = sig->variadic;
  _gor_compile_gen_forward_params (c, sig, first, ft->params, call->list, pos);
  st->pos = pos;
  if (print_as != NULL)
    {
      /* fmt.Println as a value returns what it wrote: `.s :=
       * fmt.Sprintln(…); fmt.Print(.s); return len(.s), nil` */
      GorAstExpr *pc = _gor_ast_alloc (c->file, sizeof *pc);
      GorAstExpr *lc = _gor_ast_alloc (c->file, sizeof *lc);

      callee->name = print_as;
      def->kind = GOR_STMT_ASSIGN;
      def->pos = pos;
      def->tok = GOR_TOKEN_DEFINE;
      def->lhs = _gor_ast_list (c->file);
      def->rhs = _gor_ast_list (c->file);
      g_ptr_array_add (def->lhs, _gor_compile_gen_ident (c, ".s", pos));
      g_ptr_array_add (def->rhs, call);
      pc->kind = GOR_EXPR_CALL;
      pc->pos = pos;
      pc->x = selector (c, _gor_compile_gen_ident (c, callee->x->name, pos), "Print", pos);
      pc->list = _gor_ast_list (c->file);
      g_ptr_array_add (pc->list, _gor_compile_gen_ident (c, ".s", pos));
      out->kind = GOR_STMT_EXPR;
      out->pos = pos;
      out->x = pc;
      lc->kind = GOR_EXPR_CALL;
      lc->pos = pos;
      lc->x = _gor_compile_gen_ident (c, "len", pos);
      lc->list = _gor_ast_list (c->file);
      g_ptr_array_add (lc->list, _gor_compile_gen_ident (c, ".s", pos));
      st->kind = GOR_STMT_RETURN;
      st->rhs = _gor_ast_list (c->file);
      g_ptr_array_add (st->rhs, lc);
      g_ptr_array_add (st->rhs, _gor_compile_gen_ident (c, "nil", pos));
    }
  else if (sig->results->len > 0)
    {
      st->kind = GOR_STMT_RETURN;
      st->rhs = _gor_ast_list (c->file);
      g_ptr_array_add (st->rhs, call);
    }
  else
    {
      st->kind = GOR_STMT_EXPR;
      st->x = call;
    }
  body->kind = GOR_STMT_BLOCK;
  body->pos = body->end = pos;
  body->list = _gor_ast_list (c->file);
  if (print_as != NULL)
    {
      g_ptr_array_add (body->list, def);
      g_ptr_array_add (body->list, out);
    }
  g_ptr_array_add (body->list, st);

  fn->lit_counter = g_new0 (int, 1);
  if (recv_type != NULL)
    {
      Sym *sym = _gor_compile_sym_new (c, SYM_VAR, ".recv", pos);

      _gor_compile_emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
      _gor_compile_scope_push (c, outer);
      sym->type = recv_type;
      sym->owner = outer;
      sym->boxed = TRUE;
      sym->used = TRUE;
      sym->slot = -1;
      _gor_compile_declare (c, c->scope, sym);
      _gor_compile_func_body (c, fn, ft, body, NULL);
      _gor_compile_scope_pop (c);
      if (fn->upvals->len != 1 || g_ptr_array_index (fn->upvals, 0) != sym)
        _gor_compile_error_at (c, pos, "internal: method value %s", fname);
      _gor_compile_emit (c, GOR_OP_CLOSURE, (gint32) f->index, 1, 0);
    }
  else
    {
      _gor_compile_func_body (c, fn, ft, body, NULL);
      _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_static_closure (c, (int) f->index), 0, 1);
    }
  c->fn = outer;
  c->line = line;
  _gor_compile_fn_free (fn);
}

static GorType *
func0 (GorCompiler *c, GorType *param, GorType *result)
{
  GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();

  if (param)
    g_ptr_array_add (ps, param);
  if (result)
    g_ptr_array_add (rs, result);
  return gor_types_func (c->types, ps, rs, FALSE);
}

/* sync.Map's methods: K for a key or value (any), B bool, F the Range
 * callback; parameters, then results after the colon. */
static GorType *
syncmap_method_sig (GorCompiler *c, const char *name)
{
  static const char *const sigs[][2] = {
    { "Load", "K:KB" }, { "Store", "KK:" },  { "LoadOrStore", "KK:KB" },    { "LoadAndDelete", "K:KB" },
    { "Delete", "K:" }, { "Swap", "KK:KB" }, { "CompareAndSwap", "KKK:B" }, { "CompareAndDelete", "KK:B" },
    { "Clear", ":" },   { "Range", "F:" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (sigs); i++)
    if (g_str_equal (sigs[i][0], name))
      {
        GPtrArray *ps = g_ptr_array_new (), *rs = g_ptr_array_new ();
        GPtrArray *into = ps;

        for (const char *k = sigs[i][1]; *k; k++)
          {
            if (*k == ':')
              into = rs;
            else if (*k == 'K')
              g_ptr_array_add (into, c->t_any);
            else if (*k == 'B')
              g_ptr_array_add (into, c->t_bool);
            else
              {
                GPtrArray *fp = g_ptr_array_new (), *fr = g_ptr_array_new ();

                g_ptr_array_add (fp, c->t_any);
                g_ptr_array_add (fp, c->t_any);
                g_ptr_array_add (fr, c->t_bool);
                g_ptr_array_add (into, gor_types_func (c->types, fp, fr, FALSE));
              }
          }
        return gor_types_func (c->types, ps, rs, FALSE);
      }
  return NULL;
}

/* The signature of a method of the supported packages' types, for the
 * ones a method value may name. */
static GorType *
package_method_sig (GorCompiler *c, GorType *t, const char *name)
{
  GorType    *u = gor_type_under (t);
  GorType    *base = u->kind == GOR_TYPE_POINTER && t->name == NULL ? u->elem : t;
  GorTypeKind k = gor_type_under (base)->kind;
  GorMethod  *m = gor_type_lookup_method (base, name);

  if (m != NULL)
    return m->sig;
  if (base->name != NULL && g_str_has_prefix (base->name, "time."))
    return _gor_compile_time_method_sig (c, base, name);
  if (base == c->t_logger)
    return _gor_compile_logger_method_sig (c, name);
  if (base == c->t_rand && base != t && _gor_compile_rand_method_sig (c, name) != NULL)
    return _gor_compile_rand_method_sig (c, name);
  if (_gor_compile_atomic_method_sig (c, base, name) != NULL)
    return _gor_compile_atomic_method_sig (c, base, name);
  if (base == c->t_syncmap)
    return syncmap_method_sig (c, name);
  if (base == c->t_context && g_str_equal (name, "Done"))
    return func0 (
        c, NULL,
        gor_types_chan (c->types, gor_types_struct (c->types, g_ptr_array_new ()), GOR_CHAN_RECV_ONLY));
  if (base == c->t_context && g_str_equal (name, "Err"))
    return func0 (c, NULL, c->t_error);
  if ((k == GOR_TYPE_RWMUTEX && (g_str_equal (name, "RLock") || g_str_equal (name, "RUnlock")))
      || (k == GOR_TYPE_WAITGROUP && (g_str_equal (name, "Done") || g_str_equal (name, "Wait")))
      || (base == c->t_cond
          && (g_str_equal (name, "Wait") || g_str_equal (name, "Signal") || g_str_equal (name, "Broadcast"))))
    return func0 (c, NULL, NULL);
  if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "TryLock"))
    return func0 (c, NULL, c->t_bool);
  if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Add"))
    return func0 (c, c->t_int, NULL);
  if (k == GOR_TYPE_ONCE && g_str_equal (name, "Do"))
    return func0 (c, func0 (c, NULL, NULL), NULL);
  return NULL;
}

static const char *
func_name (GorCompiler *c, GorType *t, const char *name, const char *suffix)
{
  GorType *u = gor_type_under (t);

  if (u->kind == GOR_TYPE_POINTER && t->name == NULL && u->elem->name)
    {
      const char *tn = u->elem->name, *dot = strrchr (tn, '.');

      return _gor_compile_keep (c,
                                g_strdup_printf ("%.*s(*%s).%s%s", dot ? (int) (dot - tn + 1) : 0, tn,
                                                 dot ? dot + 1 : tn, name, suffix),
                                g_free);
    }
  return _gor_compile_keep (c, g_strdup_printf ("%s.%s%s", _gor_compile_tname (c, t), name, suffix), g_free);
}

/* x.M without a call: x (of type @t) is on the stack, @pr says where M
 * is.  Binds the receiver as Go does and pushes the closure. */
GorType *
_gor_compile_gen_method_value (GorCompiler *c, GorAstExpr *e, GorType *t, GorPromoted *pr)
{
  GorType   *h, *u, *base, *sig;
  GorMethod *m;
  gboolean   via_ptr;

  if (pr->depth > 0)
    t = _gor_compile_emit_promoted_path (c, pr);
  h = t;
  u = gor_type_under (h);
  via_ptr = u->kind == GOR_TYPE_POINTER && h->name == NULL;
  base = via_ptr ? u->elem : h;
  m = gor_type_lookup_method (base, e->name);
  if (gor_type_under (base)->kind == GOR_TYPE_INTERFACE && !via_ptr)
    {
      GorType *iu = gor_type_under (base);

      sig = NULL;
      for (guint i = 0; iu->fields && i < iu->fields->len; i++)
        if (g_str_equal (((GorField *) g_ptr_array_index (iu->fields, i))->name, e->name))
          sig = ((GorField *) g_ptr_array_index (iu->fields, i))->type;
      /* context.Context's methods are the library's */
      if (sig == NULL)
        sig = package_method_sig (c, h, e->name);
    }
  else if (m != NULL && m->func >= 0)
    {
      sig = m->sig;
      if (!m->ptr_recv)
        {
          /* the method value holds a copy of the receiver made now */
          if (gor_type_is_value_object (base))
            {
              if (via_ptr)
                _gor_compile_emit (c, GOR_OP_LOAD_PTR, 1, 0, 0);
              _gor_compile_emit (c, GOR_OP_CLONE, _gor_compile_type_ref (c, base), 0, 0);
            }
          else if (via_ptr)
            _gor_compile_emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
          h = base;
        }
      else if (!via_ptr && !gor_type_is_value_object (base))
        {
          _gor_compile_unsupported (c, e->pos, "pointer-receiver method on a non-struct variable");
          return NULL;
        }
    }
  else
    {
      sig = package_method_sig (c, h, e->name);
      if (sig != NULL && via_ptr && _gor_compile_time_is_value (c, base))
        {
          /* a value method of *time.Time: the value is copied now */
          _gor_compile_emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
          h = base;
        }
    }
  if (sig == NULL)
    {
      _gor_compile_unsupported (c, e->pos, "method values (%s without a call)", _gor_compile_expr_str (c, e));
      return NULL;
    }
  gen_wrapper (c, selector (c, _gor_compile_gen_ident (c, ".recv", e->pos), e->name, e->pos), h, sig, 0,
               func_name (c, t, e->name, "-fm"), e->pos, NULL);
  return sig;
}

/* T.M and (*T).M: a function whose first parameter is the receiver. */
GorType *
_gor_compile_gen_method_expr (GorCompiler *c, GorAstExpr *e, GorType *t)
{
  GorType    *u = gor_type_under (t);
  gboolean    via_ptr = u->kind == GOR_TYPE_POINTER && t->name == NULL;
  GorType    *base = via_ptr ? u->elem : t, *sig = NULL, *msig;
  GorPromoted pr;
  gboolean    ambiguous;
  GPtrArray  *params, *results;

  if (!_gor_compile_find_promoted (c, t, e->name, &pr, &ambiguous) || pr.field >= 0)
    {
      if (ambiguous)
        _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, e), "ambiguous selector %s",
                               _gor_compile_expr_str (c, e));
      else
        _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, e),
                               "%s undefined (type %s has no field or method %s)",
                               _gor_compile_expr_str (c, e), _gor_compile_tname (c, t), e->name);
      return NULL;
    }
  if (gor_type_under (base)->kind == GOR_TYPE_INTERFACE && !via_ptr)
    {
      GorType *iu = gor_type_under (base);

      for (guint i = 0; iu->fields && i < iu->fields->len; i++)
        if (g_str_equal (((GorField *) g_ptr_array_index (iu->fields, i))->name, e->name))
          sig = ((GorField *) g_ptr_array_index (iu->fields, i))->type;
    }
  else
    {
      GorMethod *m = gor_type_lookup_method (base, e->name);

      if (m != NULL && m->ptr_recv && !via_ptr)
        {
          _gor_compile_error_at (c, _gor_compile_sel_name_pos (c, e),
                                 "invalid method expression %s (needs pointer receiver (*%s).%s)",
                                 _gor_compile_expr_str (c, e), _gor_compile_tname (c, t), e->name);
          return NULL;
        }
      sig = m != NULL ? m->sig : package_method_sig (c, t, e->name);
    }
  if (sig == NULL)
    {
      _gor_compile_unsupported (c, e->pos, "method expression %s", _gor_compile_expr_str (c, e));
      return NULL;
    }
  msig = sig;
  params = g_ptr_array_new ();
  results = g_ptr_array_new ();
  g_ptr_array_add (params, t);
  for (guint i = 0; i < msig->params->len; i++)
    g_ptr_array_add (params, g_ptr_array_index (msig->params, i));
  for (guint i = 0; i < msig->results->len; i++)
    g_ptr_array_add (results, g_ptr_array_index (msig->results, i));
  sig = gor_types_func (c->types, params, results, msig->variadic);
  gen_wrapper (c, selector (c, _gor_compile_gen_ident (c, ".p0", e->pos), e->name, e->pos), NULL, sig, 1,
               func_name (c, t, e->name, ""), e->pos, NULL);
  return sig;
}

/* pkg.F without a call, F of type @sig. */
GorType *
_gor_compile_gen_package_func_value (GorCompiler *c, GorAstExpr *sel, GorType *sig)
{
  const char *print_as = NULL;

  /* fmt's, which return (n, err): log's return nothing */
  if ((g_str_equal (sel->name, "Println") || g_str_equal (sel->name, "Print")
       || g_str_equal (sel->name, "Printf"))
      && sig->results->len == 2)
    print_as = _gor_compile_keep (c, g_strdup_printf ("Sp%s", sel->name + 1), g_free);
  gen_wrapper (c, selector (c, _gor_compile_gen_ident (c, sel->x->name, sel->x->pos), sel->name, sel->pos),
               NULL, sig, 0,
               _gor_compile_keep (c, g_strdup_printf ("%s.%s-fm", sel->x->name, sel->name), g_free), sel->pos,
               print_as);
  return sig;
}

/* x.M without a call, x of a library type (@t) that does not list M among
 * its methods: context.Context's Done, a *rand.Rand's Intn, a sync.Map's
 * Range make a method value from the library's signature; another method
 * is refused by name.  Returns FALSE when M is none of the library's (a
 * field, or a type of the program's); otherwise *@result is the method
 * value's type, or NULL after a refusal. */
gboolean
_gor_compile_gen_library_method_value (GorCompiler *c, GorAstExpr *e, GorType *t, GorType **result)
{
  GorType *bt
      = gor_type_under (t)->kind == GOR_TYPE_POINTER && t->name == NULL ? gor_type_under (t)->elem : t;
  GorPromoted pr;

  if (bt->name == NULL || g_str_has_prefix (bt->name, "main.") || strchr (bt->name, '.') == NULL)
    return FALSE;
  if (package_method_sig (c, t, e->name) != NULL)
    {
      memset (&pr, 0, sizeof pr);
      pr.holder = t;
      pr.field = -1;
      *result = _gor_compile_gen_method_value (c, e, t, &pr);
      return TRUE;
    }
  /* time.Duration's String and the like, or a library struct's name that
   * is no field: methods that only calls know */
  if (gor_type_under (bt)->kind != GOR_TYPE_STRUCT
      || (gor_type_field_index (gor_type_under (bt), e->name) < 0 && g_ascii_isupper (e->name[0])))
    {
      _gor_compile_unsupported (c, e->pos, "method values (%s without a call)", _gor_compile_expr_str (c, e));
      *result = NULL;
      return TRUE;
    }
  return FALSE;
}
