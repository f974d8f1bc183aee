/* gor-compiler.c — checks a Go syntax tree and compiles it to bytecode
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One pass per function body: each expression is typed as it is compiled.
 * Constant expressions are folded first (Go's untyped constants take their
 * type from where they are used).  Variables captured by a function
 * literal or whose address is taken live in boxes, so closures share them
 * (capture by reference); a loop's boxed variables get a new box per
 * iteration (Go 1.22).  Errors use Go 1.19's words; the first one by
 * position is reported.
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "gor-compiler.h"
#include "gor-ast-private.h"

G_DEFINE_QUARK (gor-compile-error-quark, gor_compile_error)

typedef enum
{
  SYM_VAR,
  SYM_CONST,
  SYM_TYPE,
  SYM_FUNC,
  SYM_PKG,
  SYM_BUILTIN,
  SYM_NIL,
} SymKind;

typedef enum
{
  B_LEN, B_CAP, B_APPEND, B_MAKE, B_CLOSE, B_PANIC, B_RECOVER, B_NEW, B_COPY,
  B_DELETE, B_PRINT, B_PRINTLN, B_MIN, B_MAX,
} Builtin;

/* Go's integer constants are exact; 128 bits hold the ones programs use */
__extension__ typedef __int128 Wide;

typedef struct
{
  GorType *type;  /* may be untyped */
  GorValue v;     /* ints in i, floats in f, strings: GorStr* in p, bools in i */
  gboolean big;         /* an untyped int beyond 64 bits, its value (maybe rounded) in bigf */
  gboolean exact_int;   /* big, and its exact value in w */
  Wide     w;
  long double bigf;
  gboolean exact_float; /* an untyped float whose value in bigf is nearer Go's exact one than f */
} ConstVal;

/* Stores the integer @w in @cv: in v.i when 64 bits hold it, else big. */
static void
const_set_wide (ConstVal *cv, Wide w)
{
  if (w >= G_MININT64 && w <= G_MAXINT64)
    {
      cv->big = FALSE;
      cv->exact_int = FALSE;
      cv->v.i = (gint64) w;
      return;
    }
  cv->big = TRUE;
  cv->exact_int = TRUE;
  cv->w = w;
  cv->bigf = (long double) w;
}

/* The exact integer value of @cv, if it has one. */
static gboolean
const_wide (ConstVal *cv, Wide *w)
{
  if (cv->big)
    {
      *w = cv->w;
      return cv->exact_int;
    }
  if (!gor_type_is_integer (cv->type))
    return FALSE;
  *w = cv->v.i;
  return TRUE;
}

typedef struct _Fn Fn;

typedef struct
{
  SymKind     kind;
  const char *name;
  GorPos      pos;
  GorType    *type;
  Fn         *owner;   /* NULL for package level */
  int         slot;
  gboolean    boxed;
  gboolean    used;
  gboolean    is_param;
  ConstVal    cv;
  int         func;
  int         builtin;
  const char *pkg;
  GorAstSpec *spec;    /* package const/var not yet resolved */
  GorAstExpr *init;
  gboolean    resolving;
  gboolean    resolved;
} Sym;

typedef struct _Scope Scope;
struct _Scope
{
  Scope      *parent;
  GHashTable *syms;    /* name → Sym* */
  GPtrArray  *order;   /* Sym*, for "declared but not used" */
  Fn         *fn;
};

typedef struct
{
  const char *label;
  GArray     *breaks;     /* pc of jumps to patch */
  GArray     *continues;
  gboolean    is_loop;
} Loop;

struct _Fn
{
  Fn         *parent;
  GorFunc    *func;
  GorType    *sig;
  GPtrArray  *upvals;     /* Sym* */
  GHashTable *captured;   /* names used inside nested function literals, or &x */
  int         depth;
  int         max_depth;
  int         n_slots;
  int        *result_slots;
  int         n_results;
  gboolean    named_results;
  Sym       **result_syms;
  gboolean    has_defer;
  GPtrArray  *loops;      /* Loop* */
  const char *top_name;   /* "main.gen" for func1 naming */
  int        *lit_counter;
  GArray     *epilogue_jumps;
};

typedef struct
{
  GorAstFile *file;
  GorProgram *prog;
  GorTypes   *types;
  Scope      *universe;
  Scope      *package;
  Scope      *scope;
  Fn         *fn;
  GPtrArray  *garbage;    /* things to free at the end */
  char       *error;      /* first error by position */
  GorPos      error_pos;
  gboolean    error_unsupported;
  GorAstExpr *single_rhs;
  const char *value_ctx;
  GorType    *field_base;  /* type of x in the last x.f gen_field_base compiled */   /* what gen_value's constants are used as, for overflow messages */  /* the lone call on the right of `x := f()`, for Go's mismatch message */
  GHashTable *imports;    /* local name → Sym* */
  GPtrArray  *import_syms;
  GHashTable *static_closures; /* func index → const index */
  int         iota;
  GorType    *t_int, *t_bool, *t_string, *t_float, *t_duration, *t_error, *t_any;
  GorType    *t_unt_int, *t_unt_float, *t_unt_bool, *t_unt_string, *t_unt_rune, *t_nil;
  GorType    *t_errstr;    /* dynamic type of errors.New values */
  GorType    *t_rterr;     /* runtime errors */
  GorType    *t_byte, *t_rune, *t_int64;
  GorType    *t_time, *t_atomic_int64, *t_atomic_int32, *t_atomic_bool, *t_context, *t_cancel, *t_timer, *t_ticker, *t_cond;
  int         ctx_cancel_func;
  int         lit_counter_main;
  guint32     line;
  const char *pending_label; /* label of the statement being compiled */
} C;

#define NOT_CONST ((gpointer) 1)

/* ---- errors ---- */

static gboolean
pos_less (GorPos a, GorPos b)
{
  return a.line < b.line || (a.line == b.line && a.col < b.col);
}

G_GNUC_PRINTF (3, 4) static void
error_at (C *c, GorPos pos, const char *fmt, ...)
{
  va_list ap;

  /* Once something is unsupported, later type errors may be artifacts of
   * what was skipped: the unsupported feature is what to report. */
  if (c->error != NULL && (c->error_unsupported || !pos_less (pos, c->error_pos)))
    return;
  g_free (c->error);
  va_start (ap, fmt);
  c->error = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  c->error_pos = pos;
  c->error_unsupported = FALSE;
}

G_GNUC_PRINTF (3, 4) static void
unsupported (C *c, GorPos pos, const char *fmt, ...)
{
  va_list ap;
  g_autofree char *what = NULL;

  if (c->error != NULL && c->error_unsupported && !pos_less (pos, c->error_pos))
    return;
  va_start (ap, fmt);
  what = g_strdup_vprintf (fmt, ap);
  va_end (ap);
  g_free (c->error);
  c->error = g_strdup_printf ("unsupported: %s", what);
  c->error_pos = pos;
  c->error_unsupported = TRUE;
}

/* Reports an identifier that no scope declares: Go predeclares some that
 * Gorolanes does not run, and those are unsupported rather than undefined. */
static void
undefined (C *c, GorPos pos, const char *name)
{
  static const char *types[] = { "float32", "complex64", "complex128", "uintptr" };
  static const char *funcs[] = { "complex", "real", "imag" };

  for (guint i = 0; i < G_N_ELEMENTS (types); i++)
    if (g_str_equal (name, types[i]))
      {
        unsupported (c, pos, "type %s", name);
        return;
      }
  for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
    if (g_str_equal (name, funcs[i]))
      {
        unsupported (c, pos, "built-in %s", name);
        return;
      }
  error_at (c, pos, "undefined: %s", name);
}

static gpointer
keep (C *c, gpointer p, GDestroyNotify free_func)
{
  /* Things owned by the compilation, freed with it. */
  typedef struct { gpointer p; GDestroyNotify f; } Owned;
  Owned *o = g_new (Owned, 1);

  o->p = p;
  o->f = free_func;
  g_ptr_array_add (c->garbage, o);
  return p;
}

/* A type as Go's messages name it: types of the program itself carry no
 * package prefix ("T", not "main.T"). */
static const char *
tname (C *c, GorType *t)
{
  const char *full = gor_type_to_string (t);
  GString *s;

  if (strstr (full, "main.") == NULL)
    return full;
  s = g_string_new (NULL);
  for (const char *p = full; *p; p++)
    {
      gboolean start = p == full || !(g_ascii_isalnum (p[-1]) || p[-1] == '_' || p[-1] == '.');

      if (start && g_str_has_prefix (p, "main.") && p[5] != '\0')
        p += strlen ("main.");
      g_string_append_c (s, *p);
    }
  return keep (c, g_string_free (s, FALSE), g_free);
}

static void
owned_free (gpointer data)
{
  struct { gpointer p; GDestroyNotify f; } *o = data;

  if (o->f)
    o->f (o->p);
  g_free (o);
}

/* ---- printing expressions for messages ---- */

static void expr_to_gstring (GString *s, GorAstExpr *e);

static void
list_to_gstring (GString *s, GPtrArray *list)
{
  for (guint i = 0; list && i < list->len; i++)
    {
      if (i)
        g_string_append (s, ", ");
      expr_to_gstring (s, g_ptr_array_index (list, i));
    }
}

static void
expr_to_gstring (GString *s, GorAstExpr *e)
{
  if (e == NULL)
    return;
  switch (e->kind)
    {
    case GOR_EXPR_IDENT:
      g_string_append (s, e->name);
      break;
    case GOR_EXPR_BASIC_LIT:
      g_string_append (s, e->lit);
      break;
    case GOR_EXPR_PAREN:
      g_string_append_c (s, '(');
      expr_to_gstring (s, e->x);
      g_string_append_c (s, ')');
      break;
    case GOR_EXPR_SELECTOR:
      expr_to_gstring (s, e->x);
      g_string_append_printf (s, ".%s", e->name);
      break;
    case GOR_EXPR_INDEX:
      expr_to_gstring (s, e->x);
      g_string_append_c (s, '[');
      expr_to_gstring (s, e->y);
      g_string_append_c (s, ']');
      break;
    case GOR_EXPR_CALL:
      expr_to_gstring (s, e->x);
      g_string_append_c (s, '(');
      list_to_gstring (s, e->list);
      g_string_append (s, e->has_ellipsis ? "...)" : ")");
      break;
    case GOR_EXPR_STAR:
      g_string_append_c (s, '*');
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_UNARY:
      g_string_append (s, gor_token_kind_to_string (e->op));
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_BINARY:
      expr_to_gstring (s, e->x);
      g_string_append_printf (s, " %s ", gor_token_kind_to_string (e->op));
      expr_to_gstring (s, e->y);
      break;
    case GOR_EXPR_FUNC_LIT:
      g_string_append (s, "func literal");
      break;
    case GOR_EXPR_COMPOSITE_LIT:
      expr_to_gstring (s, e->x);
      g_string_append (s, "{…}");
      break;
    case GOR_EXPR_ARRAY_TYPE:
      g_string_append (s, "[]");
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_CHAN_TYPE:
      g_string_append (s, e->dir == GOR_CHAN_RECV_ONLY ? "<-chan " : e->dir == GOR_CHAN_SEND_ONLY ? "chan<- " : "chan ");
      expr_to_gstring (s, e->x);
      break;
    case GOR_EXPR_STRUCT_TYPE:
      g_string_append (s, "struct{}");
      break;
    default:
      g_string_append (s, "expression");
      break;
    }
}

static char *
expr_str (C *c, GorAstExpr *e)
{
  GString *s = g_string_new (NULL);

  expr_to_gstring (s, e);
  return keep (c, g_string_free (s, FALSE), g_free);
}

static GorPos
expr_start (GorAstExpr *e)
{
  while (e && (e->kind == GOR_EXPR_BINARY || e->kind == GOR_EXPR_INDEX || e->kind == GOR_EXPR_CALL
               || e->kind == GOR_EXPR_SELECTOR || e->kind == GOR_EXPR_SLICE)
         && e->x)
    e = e->x;
  return e ? e->pos : (GorPos) { 0, 0 };
}

static GorPos token_after (C *c, GorPos pos, const char *tok);

/* Where Go points for x.name: at name. */
static GorPos
sel_name_pos (C *c, GorAstExpr *e)
{
  return token_after (c, _gor_ast_expr_go_pos (e), e->name);
}

/* ---- scopes and symbols ---- */

static Scope *
scope_push (C *c, Fn *fn)
{
  Scope *s = g_new0 (Scope, 1);

  s->parent = c->scope;
  s->syms = g_hash_table_new (g_str_hash, g_str_equal);
  s->order = g_ptr_array_new ();
  s->fn = fn;
  c->scope = s;
  return s;
}

static void
scope_pop (C *c)
{
  Scope *s = c->scope;

  for (guint i = 0; i < s->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (s->order, i);

      if (sym->kind == SYM_VAR && sym->owner != NULL && !sym->used && !sym->is_param
          && strcmp (sym->name, "_") != 0)
        error_at (c, sym->pos, "%s declared but not used", sym->name);
    }
  c->scope = s->parent;
  g_hash_table_unref (s->syms);
  g_ptr_array_unref (s->order);
  g_free (s);
}

static Sym *
sym_new (C *c, SymKind kind, const char *name, GorPos pos)
{
  Sym *sym = keep (c, g_new0 (Sym, 1), g_free);

  sym->kind = kind;
  sym->name = name;
  sym->pos = pos;
  sym->slot = -1;
  sym->func = -1;
  return sym;
}

static Sym *
declare (C *c, Scope *s, Sym *sym)
{
  Sym *old;

  if (strcmp (sym->name, "_") == 0)
    return sym;
  old = g_hash_table_lookup (s->syms, sym->name);
  if (old != NULL)
    {
      error_at (c, sym->pos, "%s redeclared in this block", sym->name);
      return sym;
    }
  g_hash_table_insert (s->syms, (gpointer) sym->name, sym);
  g_ptr_array_add (s->order, sym);
  return sym;
}

static Sym *
lookup (C *c, const char *name)
{
  for (Scope *s = c->scope; s; s = s->parent)
    {
      Sym *sym = g_hash_table_lookup (s->syms, name);

      if (sym)
        return sym;
    }
  return NULL;
}

/* ---- emitting ---- */

static int
emit (C *c, GorOp op, gint32 a, int b, int delta)
{
  GorInstr in = { (guint16) op, (guint16) b, a };
  Fn *fn = c->fn;

  g_array_append_val (fn->func->code, in);
  g_array_append_val (fn->func->lines, c->line);
  fn->depth += delta;
  if (fn->depth > fn->max_depth)
    fn->max_depth = fn->depth;
  return (int) fn->func->code->len - 1;
}

static int
here (C *c)
{
  return (int) c->fn->func->code->len;
}

static void
patch (C *c, int at, int target)
{
  g_array_index (c->fn->func->code, GorInstr, at).a = target;
}

static void
patch_list (C *c, GArray *list, int target)
{
  for (guint i = 0; i < list->len; i++)
    patch (c, g_array_index (list, int, i), target);
}

static int
add_const (C *c, GorValue v)
{
  g_array_append_val (c->prog->consts, v);
  return (int) c->prog->consts->len - 1;
}

static int
type_ref (C *c, GorType *t)
{
  for (guint i = 0; i < c->prog->type_refs->len; i++)
    if (g_ptr_array_index (c->prog->type_refs, i) == t)
      return (int) i;
  g_ptr_array_add (c->prog->type_refs, t);
  return (int) c->prog->type_refs->len - 1;
}

static int
new_slot (C *c)
{
  return c->fn->n_slots++;
}

/* ---- walking, to find captured and address-taken names ---- */

typedef void (*WalkFunc) (GorAstExpr *e, int fn_depth, gpointer data);

static void walk_stmt (GorAstStmt *s, int depth, WalkFunc f, gpointer data, int level);

static void
walk_expr (GorAstExpr *e, int depth, WalkFunc f, gpointer data, int level)
{
  if (e == NULL || level > 2000)
    return;
  f (e, depth, data);
  walk_expr (e->x, depth, f, data, level + 1);
  walk_expr (e->y, depth, f, data, level + 1);
  walk_expr (e->z, depth, f, data, level + 1);
  walk_expr (e->w, depth, f, data, level + 1);
  for (guint i = 0; e->list && i < e->list->len; i++)
    walk_expr (g_ptr_array_index (e->list, i), depth, f, data, level + 1);
  if (e->kind == GOR_EXPR_FUNC_LIT)
    walk_stmt (e->body, depth + 1, f, data, level + 1);
}

static void
walk_list (GPtrArray *list, gboolean stmts, int depth, WalkFunc f, gpointer data, int level)
{
  for (guint i = 0; list && i < list->len; i++)
    {
      if (stmts)
        walk_stmt (g_ptr_array_index (list, i), depth, f, data, level + 1);
      else
        walk_expr (g_ptr_array_index (list, i), depth, f, data, level + 1);
    }
}

static void
walk_stmt (GorAstStmt *s, int depth, WalkFunc f, gpointer data, int level)
{
  if (s == NULL || level > 2000)
    return;
  walk_expr (s->x, depth, f, data, level);
  walk_expr (s->y, depth, f, data, level);
  walk_expr (s->key, depth, f, data, level);
  walk_expr (s->value, depth, f, data, level);
  walk_list (s->lhs, FALSE, depth, f, data, level);
  walk_list (s->rhs, FALSE, depth, f, data, level);
  walk_list (s->list, TRUE, depth, f, data, level);
  walk_stmt (s->init, depth, f, data, level + 1);
  walk_stmt (s->post, depth, f, data, level + 1);
  walk_stmt (s->assign, depth, f, data, level + 1);
  walk_stmt (s->comm, depth, f, data, level + 1);
  walk_stmt (s->body, depth, f, data, level + 1);
  walk_stmt (s->else_, depth, f, data, level + 1);
  if (s->decl && s->decl->specs)
    for (guint i = 0; i < s->decl->specs->len; i++)
      {
        GorAstSpec *sp = g_ptr_array_index (s->decl->specs, i);

        walk_list (sp->values, FALSE, depth, f, data, level);
      }
}

static void
capture_cb (GorAstExpr *e, int depth, gpointer data)
{
  GHashTable *names = data;

  if (depth > 0 && e->kind == GOR_EXPR_IDENT && e->name)
    g_hash_table_add (names, (gpointer) e->name);
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_AND && e->x)
    {
      GorAstExpr *x = e->x;

      while (x->kind == GOR_EXPR_PAREN && x->x)
        x = x->x;
      if (x->kind == GOR_EXPR_IDENT && x->name)
        g_hash_table_add (names, (gpointer) x->name);
    }
}

static gboolean
has_defer_stmt (GorAstStmt *s, int level)
{
  if (s == NULL || level > 2000)
    return FALSE;
  if (s->kind == GOR_STMT_DEFER)
    return TRUE;
  for (guint i = 0; s->list && i < s->list->len; i++)
    if (has_defer_stmt (g_ptr_array_index (s->list, i), level + 1))
      return TRUE;
  return has_defer_stmt (s->body, level + 1) || has_defer_stmt (s->else_, level + 1)
         || has_defer_stmt (s->init, level + 1);
}

/* ---- types ---- */

static GorType *resolve_type (C *c, GorAstExpr *e);
static gboolean const_eval (C *c, GorAstExpr *e, ConstVal *out);
static void resolve_package_sym (C *c, Sym *sym);

static GorType *
func_type_from_ast (C *c, GorAstExpr *ft, GorAstField *recv)
{
  GPtrArray *params = g_ptr_array_new ();
  GPtrArray *results = g_ptr_array_new ();
  gboolean variadic = FALSE;

  for (guint i = 0; ft->params && i < ft->params->len; i++)
    {
      GorAstField *f = g_ptr_array_index (ft->params, i);
      GorType *t;
      guint n = MAX (f->names ? f->names->len : 0, 1);

      if (f->type && f->type->kind == GOR_EXPR_ELLIPSIS)
        {
          if (i != ft->params->len - 1 || n > 1)
            error_at (c, f->pos, "can only use ... with final parameter in list");
          t = gor_types_slice (c->types, resolve_type (c, f->type->x));
          variadic = TRUE;
        }
      else
        t = resolve_type (c, f->type);
      for (guint j = 0; j < n; j++)
        g_ptr_array_add (params, t);
    }
  for (guint i = 0; ft->results && i < ft->results->len; i++)
    {
      GorAstField *f = g_ptr_array_index (ft->results, i);
      GorType *t = resolve_type (c, f->type);
      guint n = MAX (f->names ? f->names->len : 0, 1);

      for (guint j = 0; j < n; j++)
        g_ptr_array_add (results, t);
    }
  (void) recv;
  return gor_types_func (c->types, params, results, variadic);
}

/* Types the supported packages export: sync.Mutex, time.Duration, … */
static GorType *
package_type (C *c, const char *pkg, const char *name)
{
  static const struct
  {
    const char *pkg;
    const char *name;
    int         basic;  /* a GorTypeKind, or -1 for a type C holds */
    gsize       offset; /* of that GorType* in C */
  } table[] = {
    { "sync", "Mutex", GOR_TYPE_MUTEX, 0 },
    { "sync", "RWMutex", GOR_TYPE_RWMUTEX, 0 },
    { "sync", "WaitGroup", GOR_TYPE_WAITGROUP, 0 },
    { "sync", "Once", GOR_TYPE_ONCE, 0 },
    { "sync", "Cond", -1, G_STRUCT_OFFSET (C, t_cond) },
    { "time", "Duration", -1, G_STRUCT_OFFSET (C, t_duration) },
    { "time", "Time", -1, G_STRUCT_OFFSET (C, t_time) },
    { "time", "Timer", -1, G_STRUCT_OFFSET (C, t_timer) },
    { "time", "Ticker", -1, G_STRUCT_OFFSET (C, t_ticker) },
    { "context", "Context", -1, G_STRUCT_OFFSET (C, t_context) },
    { "context", "CancelFunc", -1, G_STRUCT_OFFSET (C, t_cancel) },
    { "sync/atomic", "Int64", -1, G_STRUCT_OFFSET (C, t_atomic_int64) },
    { "sync/atomic", "Int32", -1, G_STRUCT_OFFSET (C, t_atomic_int32) },
    { "sync/atomic", "Bool", -1, G_STRUCT_OFFSET (C, t_atomic_bool) },
  };

  for (guint i = 0; i < G_N_ELEMENTS (table); i++)
    if (g_str_equal (table[i].pkg, pkg) && g_str_equal (table[i].name, name))
      return table[i].basic >= 0
             ? gor_types_basic (c->types, (GorTypeKind) table[i].basic)
             : G_STRUCT_MEMBER (GorType *, c, table[i].offset);

  return NULL;
}

static GorType *
resolve_type (C *c, GorAstExpr *e)
{
  if (e == NULL)
    return c->t_int;
  switch (e->kind)
    {
    case GOR_EXPR_PAREN:
      return resolve_type (c, e->x);
    case GOR_EXPR_IDENT:
      {
        Sym *sym = lookup (c, e->name);

        if (sym == NULL)
          {
            undefined (c, e->pos, e->name);
            return c->t_int;
          }
        if (sym->kind != SYM_TYPE)
          {
            error_at (c, e->pos, "%s is not a type", e->name);
            return c->t_int;
          }
        sym->used = TRUE;
        return sym->type;
      }
    case GOR_EXPR_SELECTOR:
      if (e->x && e->x->kind == GOR_EXPR_IDENT)
        {
          Sym *pkg = lookup (c, e->x->name);

          if (pkg && pkg->kind == SYM_PKG)
            {
              pkg->used = TRUE;
              {
                GorType *t = package_type (c, pkg->pkg, e->name);

                if (t)
                  return t;
              }
              unsupported (c, e->pos, "type %s.%s", pkg->pkg, e->name);
              return c->t_int;
            }
        }
      error_at (c, e->pos, "%s is not a type", expr_str (c, e));
      return c->t_int;
    case GOR_EXPR_ARRAY_TYPE:
      if (e->y != NULL)
        {
          unsupported (c, e->pos, "array types");
          return c->t_int;
        }
      return gor_types_slice (c->types, resolve_type (c, e->x));
    case GOR_EXPR_CHAN_TYPE:
      return gor_types_chan (c->types, resolve_type (c, e->x), e->dir);
    case GOR_EXPR_FUNC_TYPE:
      return func_type_from_ast (c, e, NULL);
    case GOR_EXPR_STAR:
      return gor_types_pointer (c->types, resolve_type (c, e->x));
    case GOR_EXPR_STRUCT_TYPE:
      {
        GPtrArray *fields = g_ptr_array_new ();

        for (guint i = 0; e->fields && i < e->fields->len; i++)
          {
            GorAstField *f = g_ptr_array_index (e->fields, i);
            GorType *t = resolve_type (c, f->type);

            if (f->embedded || f->names == NULL || f->names->len == 0)
              {
                unsupported (c, f->pos, "embedded fields");
                continue;
              }
            for (guint j = 0; j < f->names->len; j++)
              {
                GorAstExpr *fname = g_ptr_array_index (f->names, j);
                GorField *gf;

                for (guint k = 0; k < fields->len; k++)
                  if (strcmp (((GorField *) g_ptr_array_index (fields, k))->name, fname->name) == 0
                      && strcmp (fname->name, "_") != 0)
                    error_at (c, fname->pos, "%s redeclared", fname->name);
                gf = g_new0 (GorField, 1);
                gf->name = g_strdup (fname->name);
                gf->type = t;
                g_ptr_array_add (fields, gf);
              }
          }
        g_ptr_array_set_free_func (fields, NULL);
        return gor_types_struct (c->types, fields);
      }
    case GOR_EXPR_INTERFACE_TYPE:
      {
        GPtrArray *methods = g_ptr_array_new ();

        for (guint i = 0; e->fields && i < e->fields->len; i++)
          {
            GorAstField *f = g_ptr_array_index (e->fields, i);
            GorField *gf;

            if (f->names == NULL || f->names->len == 0)
              {
                unsupported (c, f->pos, "embedded interfaces");
                continue;
              }
            gf = g_new0 (GorField, 1);
            gf->name = g_strdup (((GorAstExpr *) g_ptr_array_index (f->names, 0))->name);
            gf->type = resolve_type (c, f->type);
            g_ptr_array_add (methods, gf);
          }
        return gor_types_interface (c->types, methods);
      }
    case GOR_EXPR_MAP_TYPE:
      {
        GorType *k = resolve_type (c, e->y);
        GorTypeKind kk = gor_type_under (k)->kind;

        if (!gor_type_comparable (k))
          error_at (c, expr_start (e->y), "invalid map key type %s", tname (c, k));
        /* keys are hashed by content for strings, by their slot otherwise */
        if (kk == GOR_TYPE_STRUCT || kk == GOR_TYPE_INTERFACE || kk == GOR_TYPE_FLOAT64)
          unsupported (c, e->y->pos, "map keys of type %s", tname (c, k));
        return gor_types_map (c->types, k, resolve_type (c, e->x));
      }
    default:
      error_at (c, e->pos, "%s is not a type", expr_str (c, e));
      return c->t_int;
    }
}

/* Whether @e names a type (for conversions and composite literals). */
static GorType *
expr_as_type (C *c, GorAstExpr *e)
{
  switch (e->kind)
    {
    case GOR_EXPR_PAREN:
      return expr_as_type (c, e->x);
    case GOR_EXPR_IDENT:
      {
        Sym *sym = lookup (c, e->name);

        if (sym && sym->kind == SYM_TYPE)
          {
            sym->used = TRUE;
            return sym->type;
          }
        return NULL;
      }
    case GOR_EXPR_SELECTOR:
      if (e->x && e->x->kind == GOR_EXPR_IDENT)
        {
          Sym *pkg = lookup (c, e->x->name);

          if (pkg && pkg->kind == SYM_PKG
              && ((g_str_equal (pkg->pkg, "time") && (g_str_equal (e->name, "Duration") || g_str_equal (e->name, "Time")))
                  || (g_str_equal (pkg->pkg, "sync/atomic") && (g_str_equal (e->name, "Int64") || g_str_equal (e->name, "Int32")))
                  || (g_str_equal (pkg->pkg, "context") && (g_str_equal (e->name, "Context") || g_str_equal (e->name, "CancelFunc")))
                  || (g_str_equal (pkg->pkg, "sync") && g_ascii_isupper (e->name[0])
                      && (g_str_equal (e->name, "Mutex") || g_str_equal (e->name, "WaitGroup")
                          || g_str_equal (e->name, "RWMutex") || g_str_equal (e->name, "Once")))))
            return resolve_type (c, e);
        }
      return NULL;
    case GOR_EXPR_ARRAY_TYPE:
    case GOR_EXPR_CHAN_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_INTERFACE_TYPE:
    case GOR_EXPR_MAP_TYPE:
      return resolve_type (c, e);
    case GOR_EXPR_STAR:
      {
        GorType *t = e->x ? expr_as_type (c, e->x) : NULL;

        return t ? gor_types_pointer (c->types, t) : NULL;
      }
    default:
      return NULL;
    }
}

/* ---- constants ---- */

static gboolean
const_representable (C *c, ConstVal *cv, GorType *t, gboolean *truncated)
{
  GorType *u = gor_type_under (t);

  if (truncated)
    *truncated = FALSE;
  if (cv->big && cv->exact_int && (u->kind == GOR_TYPE_UINT64 || u->kind == GOR_TYPE_UINT))
    return cv->w >= 0 && cv->w <= (Wide) G_MAXUINT64;
  if (cv->big)
    return gor_type_is_float (u) || gor_type_is_untyped (u)
           || ((u->kind == GOR_TYPE_UINT || u->kind == GOR_TYPE_UINT64)
               && cv->bigf >= 0 && cv->bigf < 18446744073709551616.0L);
  if (gor_type_is_integer (u))
    {
      gint64 i;

      if (gor_type_is_float (cv->type))
        {
          if (cv->v.f != floor (cv->v.f) || fabs (cv->v.f) > 9.2e18)
            {
              if (truncated)
                *truncated = cv->v.f != floor (cv->v.f);
              return FALSE;
            }
          i = (gint64) cv->v.f;
        }
      else if (gor_type_is_integer (cv->type))
        i = cv->v.i;
      else
        return FALSE;
      switch (u->kind)
        {
        case GOR_TYPE_INT8: return i >= G_MININT8 && i <= G_MAXINT8;
        case GOR_TYPE_INT16: return i >= G_MININT16 && i <= G_MAXINT16;
        case GOR_TYPE_INT32: return i >= G_MININT32 && i <= G_MAXINT32;
        case GOR_TYPE_UINT8: return i >= 0 && i <= G_MAXUINT8;
        case GOR_TYPE_UINT16: return i >= 0 && i <= G_MAXUINT16;
        case GOR_TYPE_UINT32: return i >= 0 && i <= (gint64) G_MAXUINT32;
        case GOR_TYPE_UINT:
        case GOR_TYPE_UINT64: return i >= 0 || !gor_type_is_untyped (cv->type);
        default: return TRUE;
        }
    }
  if (gor_type_is_float (u))
    return gor_type_is_numeric (cv->type);
  if (gor_type_is_string (u))
    return gor_type_is_string (cv->type);
  if (gor_type_is_bool (u))
    return gor_type_is_bool (cv->type);
  return FALSE;
}

/* Converts @cv to @t's representation (no checks). */
static void
const_convert (C *c, ConstVal *cv, GorType *t)
{
  GorType *u = gor_type_under (t);

  if (cv->big && gor_type_is_float (u))
    {
      /* round the exact value once, straight to a double */
      cv->v.f = cv->exact_int ? (double) cv->w : (double) cv->bigf;
      cv->big = cv->exact_int = FALSE;
      cv->exact_float = TRUE;
    }
  else if (cv->big && gor_type_is_integer (u) && !gor_type_is_untyped (u))
    {
      /* a uint64 beyond int64: its bits */
      if (cv->exact_int)
        cv->v.i = (gint64) (guint64) cv->w;
      else
        cv->v.u = cv->bigf >= 0 && cv->bigf < 18446744073709551616.0L ? (guint64) cv->bigf : 0;
      cv->big = cv->exact_int = FALSE;
    }
  else if (gor_type_is_float (u) && !gor_type_is_float (cv->type))
    {
      cv->bigf = (long double) cv->v.i;
      cv->v.f = (double) cv->v.i;
      cv->exact_float = TRUE;
    }
  else if (gor_type_is_integer (u) && gor_type_is_float (cv->type))
    cv->v.i = (gint64) cv->v.f;
  if (!gor_type_is_untyped (u))
    cv->exact_float = FALSE;
  cv->type = t;
}

static const char *
const_desc (C *c, ConstVal *cv)
{
  GorType *t = cv->type;

  if (cv->big && cv->exact_int)
    {
      char buf[48], *p = buf + sizeof buf - 1;
      Wide w = cv->w;
      gboolean neg = w < 0;

      *p = '\0';
      do
        {
          int d = (int) (w % 10);

          *--p = (char) ('0' + (d < 0 ? -d : d));
          w /= 10;
        }
      while (w != 0);
      if (neg)
        *--p = '-';
      return keep (c, g_strdup (p), g_free);
    }
  if (cv->big)
    return keep (c, g_strdup_printf ("%.0Lf", cv->bigf), g_free);
  if (gor_type_is_string (t))
    return keep (c, g_strdup_printf ("%s", gor_str_data (cv->v.p)), g_free);
  if (gor_type_is_bool (t))
    return cv->v.i ? "true" : "false";
  if (gor_type_is_float (t))
    return keep (c, g_strdup_printf ("%g", cv->v.f), g_free);
  return keep (c, g_strdup_printf ("%" G_GINT64_FORMAT, cv->v.i), g_free);
}

static GorType *
untyped_rank_max (C *c, GorType *a, GorType *b)
{
  /* int < rune < float */
  int ra = a->kind == GOR_TYPE_UNTYPED_FLOAT ? 3 : a->kind == GOR_TYPE_UNTYPED_RUNE ? 2 : 1;
  int rb = b->kind == GOR_TYPE_UNTYPED_FLOAT ? 3 : b->kind == GOR_TYPE_UNTYPED_RUNE ? 2 : 1;

  return ra >= rb ? a : b;
}

static gboolean
is_nil_expr (C *c, GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e && e->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = lookup (c, e->name);

      return sym && sym->kind == SYM_NIL;
    }
  return FALSE;
}

/* A typed constant expression must fit its type (Go: "c + 1 (constant
 * 128 of type int8) overflows int8"). */
static gboolean
const_typed_fits (C *c, GorAstExpr *e, ConstVal *out)
{
  if (gor_type_is_untyped (out->type) || const_representable (c, out, out->type, NULL))
    return TRUE;
  error_at (c, expr_start (e), "%s (constant %s of type %s) overflows %s", expr_str (c, e), const_desc (c, out),
            tname (c, out->type), tname (c, out->type));
  return FALSE;
}

static gboolean
const_binary (C *c, GorAstExpr *e, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorType *t;
  gboolean cmp = FALSE;
  GorTokenKind op = e->op;

  out->big = FALSE;
  out->exact_int = FALSE;
  out->exact_float = FALSE;
  if (x->big || y->big)
    {
      /* beyond 64 bits: fold as floats, the result stays out of range */
      ConstVal fx = *x, fy = *y;
      Wide wx, wy, wr = 0;

      if (const_wide (x, &wx) && const_wide (y, &wy))
        {
          gboolean over = FALSE;

          out->type = c->t_unt_int;
          switch (op)
            {
            case GOR_TOKEN_ADD: over = __builtin_add_overflow (wx, wy, &wr); break;
            case GOR_TOKEN_SUB: over = __builtin_sub_overflow (wx, wy, &wr); break;
            case GOR_TOKEN_MUL: over = __builtin_mul_overflow (wx, wy, &wr); break;
            case GOR_TOKEN_AND: wr = wx & wy; break;
            case GOR_TOKEN_OR: wr = wx | wy; break;
            case GOR_TOKEN_XOR: wr = wx ^ wy; break;
            case GOR_TOKEN_QUO:
            case GOR_TOKEN_REM:
              if (wy == 0)
                {
                  error_at (c, expr_start (e->y), "invalid operation: division by zero");
                  return FALSE;
                }
              wr = op == GOR_TOKEN_QUO ? wx / wy : wx % wy;
              break;
            case GOR_TOKEN_SHR:
              if (wy < 0 || wy > 1000)
                return FALSE;
              wr = wy >= 127 ? (wx < 0 ? -1 : 0) : wx >> (int) wy;
              break;
            case GOR_TOKEN_SHL:
              if (wy < 0 || wy > 1000)
                return FALSE;
              if (wy >= 126)
                over = TRUE;
              else
                over = __builtin_mul_overflow (wx, (Wide) 1 << (int) wy, &wr);
              break;
            case GOR_TOKEN_EQL: case GOR_TOKEN_NEQ: case GOR_TOKEN_LSS:
            case GOR_TOKEN_LEQ: case GOR_TOKEN_GTR: case GOR_TOKEN_GEQ:
              out->type = c->t_unt_bool;
              out->big = FALSE;
              switch (op)
                {
                case GOR_TOKEN_EQL: out->v.i = wx == wy; break;
                case GOR_TOKEN_NEQ: out->v.i = wx != wy; break;
                case GOR_TOKEN_LSS: out->v.i = wx < wy; break;
                case GOR_TOKEN_LEQ: out->v.i = wx <= wy; break;
                case GOR_TOKEN_GTR: out->v.i = wx > wy; break;
                default: out->v.i = wx >= wy; break;
                }
              return TRUE;
            default:
              return FALSE;
            }
          if (!over)
            {
              const_set_wide (out, wr);
              return TRUE;
            }
        }

      if (!fx.big)
        fx.bigf = gor_type_is_float (fx.type) ? fx.v.f : (long double) fx.v.i;
      if (!fy.big)
        fy.bigf = gor_type_is_float (fy.type) ? fy.v.f : (long double) fy.v.i;
      if ((gor_type_is_float (fx.type) || gor_type_is_float (fy.type))
          && (op == GOR_TOKEN_ADD || op == GOR_TOKEN_SUB || op == GOR_TOKEN_MUL || op == GOR_TOKEN_QUO))
        {
          /* with a float operand the result is a float constant */
          long double r = op == GOR_TOKEN_ADD ? fx.bigf + fy.bigf : op == GOR_TOKEN_SUB ? fx.bigf - fy.bigf
                          : op == GOR_TOKEN_MUL ? fx.bigf * fy.bigf : fx.bigf / fy.bigf;

          if (op == GOR_TOKEN_QUO && fy.bigf == 0)
            {
              error_at (c, e->y->pos, "invalid operation: division by zero");
              return FALSE;
            }
          out->type = gor_type_is_float (fx.type) && !gor_type_is_untyped (fx.type) ? fx.type
                      : gor_type_is_float (fy.type) && !gor_type_is_untyped (fy.type) ? fy.type
                      : c->t_unt_float;
          out->v.f = (double) r;
          out->bigf = r;
          out->exact_float = gor_type_is_untyped (out->type);
          return TRUE;
        }
      if (gor_type_is_float (fx.type) || gor_type_is_float (fy.type)
          || gor_type_is_string (fx.type) || gor_type_is_string (fy.type)
          || gor_type_is_bool (fx.type) || gor_type_is_bool (fy.type))
        return FALSE;
      out->type = c->t_unt_int;
      out->big = TRUE;
      switch (e->op)
        {
        case GOR_TOKEN_ADD: out->bigf = fx.bigf + fy.bigf; break;
        case GOR_TOKEN_SUB: out->bigf = fx.bigf - fy.bigf; break;
        case GOR_TOKEN_MUL: out->bigf = fx.bigf * fy.bigf; break;
        case GOR_TOKEN_QUO:
        case GOR_TOKEN_REM:
          if (fy.bigf == 0)
            {
              error_at (c, e->y->pos, "invalid operation: division by zero");
              return FALSE;
            }
          out->bigf = e->op == GOR_TOKEN_QUO ? truncl (fx.bigf / fy.bigf) : fmodl (fx.bigf, fy.bigf);
          break;
        case GOR_TOKEN_SHL:
        case GOR_TOKEN_SHR:
          if (y->big || y->v.i < 0 || y->v.i > 1000)
            return FALSE;
          out->bigf = e->op == GOR_TOKEN_SHL ? ldexpl (fx.bigf, (int) y->v.i)
                      : floorl (ldexpl (fx.bigf, (int) -y->v.i));
          break;
        case GOR_TOKEN_EQL: case GOR_TOKEN_NEQ: case GOR_TOKEN_LSS:
        case GOR_TOKEN_LEQ: case GOR_TOKEN_GTR: case GOR_TOKEN_GEQ:
          {
            long double a = fx.bigf, b = fy.bigf;

            out->big = FALSE;
            out->type = c->t_unt_bool;
            out->v.i = e->op == GOR_TOKEN_EQL ? a == b : e->op == GOR_TOKEN_NEQ ? a != b
                       : e->op == GOR_TOKEN_LSS ? a < b : e->op == GOR_TOKEN_LEQ ? a <= b
                       : e->op == GOR_TOKEN_GTR ? a > b : a >= b;
            return TRUE;
          }
        default: return FALSE;
        }
      if (out->bigf >= -9223372036854775808.0L && out->bigf < 9223372036854775808.0L)
        {
          out->big = FALSE;
          out->v.i = (gint64) out->bigf;
        }
      return TRUE;
    }

  /* Operand types must agree; an untyped side takes the other's type. */
  if (op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR)
    {
      if (!gor_type_is_integer (y->type) && !(gor_type_is_float (y->type) && y->v.f == floor (y->v.f)))
        return FALSE;
      if (gor_type_is_float (y->type))
        y->v.i = (gint64) y->v.f;
      t = x->type;
      if (gor_type_is_float (t) && x->v.f == floor (x->v.f) && gor_type_is_untyped (t))
        {
          x->v.i = (gint64) x->v.f;
          t = x->type = c->t_unt_int;
        }
      if (!gor_type_is_integer (t))
        return FALSE;
      if (y->v.i < 0 || y->v.i > 1000)
        return FALSE;
      out->type = t;
      if (op == GOR_TOKEN_SHL && x->v.i != 0
          && (y->v.i >= 63 || ((gint64) ((guint64) x->v.i << y->v.i)) >> y->v.i != x->v.i))
        {
          /* beyond 64 bits: an untyped constant has no size, a typed one overflows */
          Wide w;

          if (y->v.i < 126 && !__builtin_mul_overflow ((Wide) x->v.i, (Wide) 1 << y->v.i, &w))
            const_set_wide (out, w);
          else
            {
              out->big = TRUE;
              out->bigf = ldexpl ((long double) x->v.i, (int) y->v.i);
            }
          return const_typed_fits (c, e, out);
        }
      if (op == GOR_TOKEN_SHL)
        out->v.i = y->v.i >= 64 ? 0 : (gint64) ((guint64) x->v.i << y->v.i);
      else if (gor_type_is_unsigned (t))
        out->v.u = y->v.i >= 64 ? 0 : x->v.u >> y->v.i;
      else
        out->v.i = y->v.i >= 64 ? (x->v.i < 0 ? -1 : 0) : x->v.i >> y->v.i;
      return TRUE;
    }

  if (gor_type_is_untyped (x->type) && gor_type_is_untyped (y->type))
    {
      if (gor_type_is_numeric (x->type) && gor_type_is_numeric (y->type))
        t = untyped_rank_max (c, x->type, y->type);
      else if (x->type == y->type)
        t = x->type;
      else
        {
          error_at (c, expr_start (e), "invalid operation: %s (mismatched types %s and %s)",
                    expr_str (c, e), tname (c, x->type), tname (c, y->type));
          return FALSE;
        }
    }
  else if (gor_type_is_untyped (x->type))
    t = y->type;
  else if (gor_type_is_untyped (y->type) || x->type == y->type)
    t = x->type;
  else
    {
      error_at (c, expr_start (e), "invalid operation: %s (mismatched types %s and %s)",
                expr_str (c, e), tname (c, x->type), tname (c, y->type));
      return FALSE;
    }
  if (!gor_type_is_untyped (t))
    {
      if (!const_representable (c, x, t, NULL) || !const_representable (c, y, t, NULL))
        return FALSE;
    }
  const_convert (c, x, t);
  const_convert (c, y, t);

  switch (op)
    {
    case GOR_TOKEN_EQL: case GOR_TOKEN_NEQ: case GOR_TOKEN_LSS:
    case GOR_TOKEN_LEQ: case GOR_TOKEN_GTR: case GOR_TOKEN_GEQ:
      cmp = TRUE;
      break;
    default:
      break;
    }

  if (cmp)
    {
      int r;

      if (gor_type_is_string (t))
        r = gor_str_compare (x->v.p, y->v.p);
      else if (gor_type_is_float (t))
        r = x->v.f < y->v.f ? -1 : x->v.f > y->v.f ? 1 : 0;
      else if (gor_type_is_unsigned (t))
        r = x->v.u < y->v.u ? -1 : x->v.u > y->v.u ? 1 : 0;
      else
        r = x->v.i < y->v.i ? -1 : x->v.i > y->v.i ? 1 : 0;
      out->type = c->t_unt_bool;
      switch (op)
        {
        case GOR_TOKEN_EQL: out->v.i = r == 0; break;
        case GOR_TOKEN_NEQ: out->v.i = r != 0; break;
        case GOR_TOKEN_LSS: out->v.i = r < 0; break;
        case GOR_TOKEN_LEQ: out->v.i = r <= 0; break;
        case GOR_TOKEN_GTR: out->v.i = r > 0; break;
        default: out->v.i = r >= 0; break;
        }
      return TRUE;
    }

  out->type = t;
  if (gor_type_is_bool (t))
    {
      if (op == GOR_TOKEN_LAND)
        out->v.i = x->v.i && y->v.i;
      else if (op == GOR_TOKEN_LOR)
        out->v.i = x->v.i || y->v.i;
      else
        return FALSE;
      return TRUE;
    }
  if (gor_type_is_string (t))
    {
      if (op != GOR_TOKEN_ADD)
        return FALSE;
      out->v.p = gor_str_concat (&c->prog->const_heap, x->v.p, y->v.p);
      return TRUE;
    }
  if (gor_type_is_float (t) && gor_type_is_untyped (t) && x->exact_float && y->exact_float)
    {
      /* Go folds constants exactly; extended precision rounds to the
       * same double far more often than double arithmetic does */
      switch (op)
        {
        case GOR_TOKEN_ADD: out->bigf = x->bigf + y->bigf; break;
        case GOR_TOKEN_SUB: out->bigf = x->bigf - y->bigf; break;
        case GOR_TOKEN_MUL: out->bigf = x->bigf * y->bigf; break;
        case GOR_TOKEN_QUO:
          if (y->bigf == 0)
            {
              error_at (c, e->y->pos, "invalid operation: division by zero");
              return FALSE;
            }
          out->bigf = x->bigf / y->bigf;
          break;
        default:
          return FALSE;
        }
      out->exact_float = TRUE;
      out->v.f = (double) out->bigf;
      return TRUE;
    }
  if (gor_type_is_float (t))
    {
      switch (op)
        {
        case GOR_TOKEN_ADD: out->v.f = x->v.f + y->v.f; break;
        case GOR_TOKEN_SUB: out->v.f = x->v.f - y->v.f; break;
        case GOR_TOKEN_MUL: out->v.f = x->v.f * y->v.f; break;
        case GOR_TOKEN_QUO:
          if (y->v.f == 0)
            {
              error_at (c, e->y->pos, "invalid operation: division by zero");
              return FALSE;
            }
          out->v.f = x->v.f / y->v.f;
          break;
        default:
          return FALSE;
        }
      return TRUE;
    }
  if (!gor_type_is_integer (t))
    return FALSE;
  switch (op)
    {
    case GOR_TOKEN_ADD:
    case GOR_TOKEN_SUB:
    case GOR_TOKEN_MUL:
      {
        gboolean over = op == GOR_TOKEN_ADD ? __builtin_add_overflow (x->v.i, y->v.i, &out->v.i)
                      : op == GOR_TOKEN_SUB ? __builtin_sub_overflow (x->v.i, y->v.i, &out->v.i)
                      : __builtin_mul_overflow (x->v.i, y->v.i, &out->v.i);

        if (over)
          {
            /* Go's constants are exact: the result leaves int64's range */
            Wide wx = x->v.i, wy = y->v.i;

            const_set_wide (out, op == GOR_TOKEN_ADD ? wx + wy : op == GOR_TOKEN_SUB ? wx - wy : wx * wy);
          }
        return const_typed_fits (c, e, out);
      }
    case GOR_TOKEN_QUO:
    case GOR_TOKEN_REM:
      if (y->v.i == 0)
        {
          error_at (c, e->y->pos, "invalid operation: division by zero");
          return FALSE;
        }
      if (gor_type_is_unsigned (t))
        out->v.u = op == GOR_TOKEN_QUO ? x->v.u / y->v.u : x->v.u % y->v.u;
      else if (y->v.i == -1)
        out->v.i = op == GOR_TOKEN_QUO ? (gint64) (0 - (guint64) x->v.i) : 0;  /* wraps as Go 1.19's does */
      else if (op == GOR_TOKEN_QUO && gor_type_is_untyped (t) && x->v.i % y->v.i != 0
               && (e->x->lit_kind == GOR_TOKEN_FLOAT || e->y->lit_kind == GOR_TOKEN_FLOAT))
        {
          out->type = c->t_unt_float;
          out->bigf = (long double) x->v.i / (long double) y->v.i;
          out->v.f = (double) out->bigf;
          out->exact_float = TRUE;
        }
      else
        out->v.i = op == GOR_TOKEN_QUO ? x->v.i / y->v.i : x->v.i % y->v.i;
      break;
    case GOR_TOKEN_AND: out->v.i = x->v.i & y->v.i; break;
    case GOR_TOKEN_OR: out->v.i = x->v.i | y->v.i; break;
    case GOR_TOKEN_XOR: out->v.i = x->v.i ^ y->v.i; break;
    case GOR_TOKEN_AND_NOT: out->v.i = x->v.i & ~y->v.i; break;
    default:
      return FALSE;
    }
  return const_typed_fits (c, e, out);
}

static gboolean
parse_int_lit (const char *lit, gint64 *out)
{
  g_autofree char *clean = g_strdup (lit);
  char *w = clean;
  guint64 v;
  char *end = NULL;
  int base = 10;
  const char *p;

  for (const char *r = lit; *r; r++)
    if (*r != '_')
      *w++ = *r;
  *w = '\0';
  p = clean;
  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    base = 16, p += 2;
  else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
    base = 2, p += 2;
  else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
    base = 8, p += 2;
  else if (p[0] == '0' && p[1] != '\0')
    base = 8, p += 1;
  errno = 0;
  v = g_ascii_strtoull (p, &end, base);
  if (end == p || *end != '\0' || errno != 0 || v > (guint64) G_MAXINT64)
    return FALSE;
  *out = (gint64) v;
  return TRUE;
}

/* Parses the decimal or 0x/0o/0b literal @lit (no underscores) into @out,
 * FALSE if 128 bits cannot hold it. */
static gboolean
parse_wide_lit (const char *lit, Wide *out)
{
  const char *p = lit;
  int base = 10;
  Wide v = 0;

  if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X'))
    base = 16, p += 2;
  else if (p[0] == '0' && (p[1] == 'b' || p[1] == 'B'))
    base = 2, p += 2;
  else if (p[0] == '0' && (p[1] == 'o' || p[1] == 'O'))
    base = 8, p += 2;
  else if (p[0] == '0' && p[1] != '\0')
    base = 8, p += 1;
  if (*p == '\0')
    return FALSE;
  for (; *p; p++)
    {
      int d = g_ascii_xdigit_value (*p);

      if (d < 0 || d >= base || __builtin_mul_overflow (v, (Wide) base, &v) || __builtin_add_overflow (v, (Wide) d, &v))
        return FALSE;
    }
  *out = v;
  return TRUE;
}

static gboolean
const_eval (C *c, GorAstExpr *e, ConstVal *out)
{
  if (e == NULL || e->info == NOT_CONST)
    return FALSE;
  out->big = FALSE;
  out->exact_int = FALSE;
  out->exact_float = FALSE;

  switch (e->kind)
    {
    case GOR_EXPR_BASIC_LIT:
      switch (e->lit_kind)
        {
        case GOR_TOKEN_INT:
          out->type = c->t_unt_int;
          out->big = FALSE;
          if (!parse_int_lit (e->lit, &out->v.i))
            {
              /* Too big for 64 bits: exact in 128 bits, else rounded. */
              g_autofree char *clean = g_strdup (e->lit);
              char *w = clean;
              Wide wide;

              for (const char *r = e->lit; *r; r++)
                if (*r != '_')
                  *w++ = *r;
              *w = '\0';
              if (parse_wide_lit (clean, &wide))
                const_set_wide (out, wide);
              else
                {
                  out->big = TRUE;
                  out->bigf = strtold (clean, NULL);
                }
            }
          return TRUE;
        case GOR_TOKEN_FLOAT:
          {
            g_autofree char *clean = g_strdup (e->lit);
            char *w = clean;

            for (const char *r = e->lit; *r; r++)
              if (*r != '_')
                *w++ = *r;
            *w = '\0';
            out->type = c->t_unt_float;
            out->v.f = g_ascii_strtod (clean, NULL);
            out->bigf = strtold (clean, NULL);
            out->exact_float = TRUE;
            return TRUE;
          }
        case GOR_TOKEN_CHAR:
          {
            gunichar ch = e->value ? g_utf8_get_char_validated (e->value, (gssize) e->value_len) : 0;

            out->type = c->t_unt_rune;
            out->v.i = (ch == (gunichar) -1 || ch == (gunichar) -2)
                       ? (e->value_len ? (guchar) e->value[0] : 0) : ch;
            return TRUE;
          }
        case GOR_TOKEN_STRING:
          out->type = c->t_unt_string;
          out->v.p = gor_str_new (&c->prog->const_heap, e->value ? e->value : "", e->value_len);
          return TRUE;
        default:
          unsupported (c, e->pos, "imaginary numbers");
          return FALSE;
        }
    case GOR_EXPR_PAREN:
      return const_eval (c, e->x, out);
    case GOR_EXPR_IDENT:
      {
        Sym *sym = lookup (c, e->name);

        if (sym && sym->kind == SYM_CONST)
          {
            if (sym->spec && !sym->resolved)
              resolve_package_sym (c, sym);
            if (!sym->resolved && sym->owner == NULL && sym->spec)
              return FALSE;
            sym->used = TRUE;
            if (g_str_equal (sym->name, "iota") && sym->owner == NULL && sym->spec == NULL
                && sym->cv.type == c->t_unt_int && sym->func == -2)
              {
                if (c->iota < 0)
                  {
                    error_at (c, e->pos, "cannot use iota outside constant declaration");
                    return FALSE;
                  }
                out->type = c->t_unt_int;
                out->v.i = c->iota;
                return TRUE;
              }
            *out = sym->cv;
            return out->type != NULL;
          }
        e->info = NOT_CONST;
        return FALSE;
      }
    case GOR_EXPR_SELECTOR:
      if (e->x && e->x->kind == GOR_EXPR_IDENT)
        {
          Sym *pkg = lookup (c, e->x->name);

          if (pkg && pkg->kind == SYM_PKG && g_str_equal (pkg->pkg, "time"))
            {
              static const struct { const char *n; gint64 v; } units[] = {
                { "Nanosecond", 1 }, { "Microsecond", 1000 }, { "Millisecond", 1000000 },
                { "Second", 1000000000 }, { "Minute", 60000000000 }, { "Hour", 3600000000000 },
              };

              for (guint i = 0; i < G_N_ELEMENTS (units); i++)
                if (g_str_equal (e->name, units[i].n))
                  {
                    pkg->used = TRUE;
                    out->type = c->t_duration;
                    out->v.i = units[i].v;
                    return TRUE;
                  }
            }
        }
      e->info = NOT_CONST;
      return FALSE;
    case GOR_EXPR_UNARY:
      {
        ConstVal x;

        if (e->op == GOR_TOKEN_ARROW || e->op == GOR_TOKEN_AND || !const_eval (c, e->x, &x))
          {
            e->info = NOT_CONST;
            return FALSE;
          }
        *out = x;
        switch (e->op)
          {
          case GOR_TOKEN_ADD:
            return gor_type_is_numeric (x.type);
          case GOR_TOKEN_SUB:
            if ((x.big && x.exact_int) || (!x.big && gor_type_is_integer (x.type) && gor_type_is_untyped (x.type)))
              {
                Wide w = 0, r;

                const_wide (&x, &w);
                if (__builtin_sub_overflow ((Wide) 0, w, &r))
                  {
                    out->big = TRUE;
                    out->exact_int = FALSE;
                    out->bigf = -(long double) w;
                  }
                else
                  const_set_wide (out, r);
              }
            else if (x.big)
              out->bigf = -x.bigf;
            else if (gor_type_is_float (x.type))
              {
                /* constants have no negative zero */
                out->v.f = x.v.f == 0 ? 0.0 : -x.v.f;
                out->bigf = x.bigf == 0 ? 0.0L : -x.bigf;
              }
            else if (gor_type_is_integer (x.type))
              out->v.i = (gint64) (0 - (guint64) x.v.i);
            else
              return FALSE;
            return TRUE;
          case GOR_TOKEN_NOT:
            if (!gor_type_is_bool (x.type))
              return FALSE;
            out->v.i = !x.v.i;
            return TRUE;
          case GOR_TOKEN_XOR:
            if (!gor_type_is_integer (x.type))
              return FALSE;
            out->v.i = ~x.v.i;
            if (gor_type_is_unsigned (x.type) && gor_type_int_bits (x.type) < 64)
              out->v.i &= (G_GINT64_CONSTANT (1) << gor_type_int_bits (x.type)) - 1;
            return TRUE;
          default:
            return FALSE;
          }
      }
    case GOR_EXPR_BINARY:
      {
        ConstVal x, y;

        if (!const_eval (c, e->x, &x))
          {
            e->info = NOT_CONST;
            return FALSE;
          }
        if (!const_eval (c, e->y, &y))
          {
            e->info = NOT_CONST;
            return FALSE;
          }
        return const_binary (c, e, &x, &y, out);
      }
    case GOR_EXPR_CALL:
      {
        GorType *t;
        ConstVal x;

        if (e->x == NULL || e->list == NULL || e->list->len != 1)
          return FALSE;
        if (e->x->kind == GOR_EXPR_IDENT && g_str_equal (e->x->name, "len"))
          {
            Sym *sym = lookup (c, "len");

            if (sym && sym->kind == SYM_BUILTIN && const_eval (c, g_ptr_array_index (e->list, 0), &x)
                && gor_type_is_string (x.type))
              {
                out->type = c->t_int;
                out->v.i = (gint64) gor_str_len (x.v.p);
                return TRUE;
              }
            return FALSE;
          }
        t = expr_as_type (c, e->x);
        if (t == NULL || !const_eval (c, g_ptr_array_index (e->list, 0), &x))
          {
            e->info = NOT_CONST;
            return FALSE;
          }
        if (gor_type_is_string (gor_type_under (t)) && gor_type_is_integer (x.type))
          {
            char buf[8];
            gunichar ch = (x.v.i < 0 || x.v.i > 0x10FFFF) ? 0xFFFD : (gunichar) x.v.i;
            int n = g_unichar_to_utf8 (ch, buf);

            out->type = t;
            out->v.p = gor_str_new (&c->prog->const_heap, buf, (gsize) n);
            return TRUE;
          }
        if (gor_type_is_numeric (gor_type_under (t)) && gor_type_is_numeric (x.type))
          {
            if (gor_type_is_integer (gor_type_under (t)) && gor_type_is_float (x.type)
                && !gor_type_is_untyped (x.type))
              x.v.i = (gint64) x.v.f, x.type = c->t_int;
            if (!const_representable (c, &x, t, NULL))
              {
                error_at (c, expr_start (g_ptr_array_index (e->list, 0)),
                          "cannot convert %s (untyped %s constant) to type %s",
                          expr_str (c, g_ptr_array_index (e->list, 0)),
                          gor_type_is_float (x.type) ? "float" : "int", tname (c, t));
                return FALSE;
              }
            const_convert (c, &x, t);
            *out = x;
            return TRUE;
          }
        if ((gor_type_is_string (gor_type_under (t)) && gor_type_is_string (x.type))
            || (gor_type_is_bool (gor_type_under (t)) && gor_type_is_bool (x.type)))
          {
            *out = x;
            out->type = t;
            return TRUE;
          }
        return FALSE;
      }
    default:
      e->info = NOT_CONST;
      return FALSE;
    }
}

/* ---- expressions ---- */

static GorType *gen_expr (C *c, GorAstExpr *e, GorType *hint);
static void gen_expr_to (C *c, GorAstExpr *e, GorType *target, const char *context);
static int n_results_of (GorType *t);
static GorType *gen_call (C *c, GorAstExpr *e, gboolean want_value);
static void compile_func_body (C *c, Fn *fn, GorAstExpr *ftype, GorAstStmt *body, GorAstField *recv);
static Fn *fn_new (C *c, GorFunc *f, GorType *sig, const char *top_name);
static GorFunc *func_new (C *c, const char *name, guint32 line);
static void fn_finish (C *c, Fn *fn);

/* Reports an untyped numeric constant that @t (or, for an interface, the
 * constant's default type) cannot hold, as Go words it; TRUE if so. */
static gboolean
const_overflows (C *c, GorAstExpr *e, ConstVal *cv, GorType *t, const char *context)
{
  gboolean truncated = FALSE;
  const char *text, *val;

  if (!gor_type_is_untyped (cv->type) || !gor_type_is_numeric (cv->type))
    return FALSE;
  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    t = gor_type_default (c->types, cv->type);
  if (!gor_type_is_numeric (gor_type_under (t)) || const_representable (c, cv, t, &truncated) || truncated)
    return FALSE;
  text = expr_str (c, e);
  val = const_desc (c, cv);
  if (strcmp (text, val) == 0)
    error_at (c, expr_start (e), "cannot use %s (%s constant) as %s value in %s (overflows)", text,
              tname (c, cv->type), tname (c, t), context);
  else
    error_at (c, expr_start (e), "cannot use %s (%s constant %s) as %s value in %s (overflows)", text,
              tname (c, cv->type), val, tname (c, t), context);
  return TRUE;
}

static void
push_const (C *c, ConstVal *cv, GorType *t)
{
  GorType *u = gor_type_under (t);
  GorValue v = cv->v;

  if (u->kind == GOR_TYPE_INTERFACE)
    {
      GorType *d = gor_type_default (c->types, cv->type);
      ConstVal dv = *cv;

      const_convert (c, &dv, d);
      push_const (c, &dv, d);
      emit (c, GOR_OP_IFACE, type_ref (c, d), 0, 0);
      return;
    }
  if (gor_type_is_float (u) && cv->big)
    v.f = cv->exact_int ? (double) cv->w : (double) cv->bigf;
  else if (gor_type_is_integer (u) && cv->big && cv->exact_int)
    v.i = (gint64) (guint64) cv->w;
  else if (gor_type_is_integer (u) && cv->big)
    v.u = cv->bigf >= 0 && cv->bigf < 18446744073709551616.0L ? (guint64) cv->bigf : 0;
  else if (gor_type_is_float (u) && !gor_type_is_float (cv->type))
    v.f = (double) cv->v.i;
  else if (gor_type_is_integer (u) && gor_type_is_float (cv->type))
    v.i = (gint64) cv->v.f;
  if (gor_type_is_integer (u) || gor_type_is_bool (u))
    {
      if (v.i >= G_MININT32 && v.i <= G_MAXINT32)
        {
          emit (c, GOR_OP_PUSH_INT, (gint32) v.i, 0, 1);
          return;
        }
    }
  if (gor_type_is_string (u) && v.p == NULL)
    {
      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      return;
    }
  emit (c, GOR_OP_PUSH_K, add_const (c, v), 0, 1);
}

static const char *
describe (C *c, GorAstExpr *e, GorType *t)
{
  ConstVal cv;
  GorAstExpr *x = e;

  while (x && x->kind == GOR_EXPR_PAREN)
    x = x->x;
  if (x && x->info != NOT_CONST && const_eval (c, x, &cv))
    {
      if (x->kind == GOR_EXPR_IDENT)
        {
          if (gor_type_is_untyped (cv.type) && strcmp (x->name, const_desc (c, &cv)) == 0)
            return keep (c, g_strdup_printf ("%s (%s constant)", x->name, tname (c, cv.type)), g_free);
          if (gor_type_is_untyped (cv.type))
            return keep (c, g_strdup_printf ("%s (%s constant %s)", x->name,
                                             tname (c, cv.type), const_desc (c, &cv)), g_free);
          return keep (c, g_strdup_printf ("%s (constant %s of type %s)", x->name,
                                           const_desc (c, &cv), tname (c, cv.type)), g_free);
        }
      if (gor_type_is_untyped (cv.type) && strcmp (expr_str (c, x), const_desc (c, &cv)) != 0
          && gor_type_is_integer (cv.type))
        return keep (c, g_strdup_printf ("%s (%s constant %s)", expr_str (c, x),
                                         tname (c, cv.type), const_desc (c, &cv)), g_free);
      if (gor_type_is_untyped (cv.type))
        return keep (c, g_strdup_printf ("%s (%s constant)", expr_str (c, x),
                                         tname (c, cv.type)), g_free);
      return keep (c, g_strdup_printf ("%s (constant %s of type %s)", expr_str (c, x),
                                       const_desc (c, &cv), tname (c, cv.type)), g_free);
    }
  if (x && x->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = lookup (c, x->name);

      if (sym && sym->kind == SYM_VAR)
        return keep (c, g_strdup_printf ("%s (variable of type %s)", x->name, tname (c, t)), g_free);
      if (sym && sym->kind == SYM_NIL)
        return "nil";
    }
  return keep (c, g_strdup_printf ("%s (value of type %s)", expr_str (c, e), tname (c, t)), g_free);
}

static gboolean
implements (C *c, GorType *t, GorType *iface)
{
  GorType *iu = gor_type_under (iface);

  for (guint i = 0; iu->fields && i < iu->fields->len; i++)
    {
      GorField *f = g_ptr_array_index (iu->fields, i);
      GorMethod *m = gor_type_lookup_method (t, f->name);

      if (m == NULL && t->kind == GOR_TYPE_POINTER)
        m = gor_type_lookup_method (t->elem, f->name);
      else if (m != NULL && m->ptr_recv && t->kind != GOR_TYPE_POINTER)
        m = NULL;
      if (m == NULL && t->kind == GOR_TYPE_INTERFACE)
        {
          gboolean found = FALSE;

          for (guint j = 0; gor_type_under (t)->fields && j < gor_type_under (t)->fields->len; j++)
            if (g_str_equal (((GorField *) g_ptr_array_index (gor_type_under (t)->fields, j))->name, f->name))
              found = TRUE;
          if (found)
            continue;
        }
      if (m == NULL || m->sig != f->type)
        return FALSE;
    }
  return TRUE;
}

static gboolean
assignable (C *c, GorType *src, GorType *dst)
{
  GorType *su = gor_type_under (src), *du = gor_type_under (dst);

  if (src == dst)
    return TRUE;
  if (src->kind == GOR_TYPE_UNTYPED_NIL)
    return du->kind == GOR_TYPE_POINTER || du->kind == GOR_TYPE_SLICE || du->kind == GOR_TYPE_CHAN
           || du->kind == GOR_TYPE_FUNC || du->kind == GOR_TYPE_MAP || du->kind == GOR_TYPE_INTERFACE;
  if (du->kind == GOR_TYPE_INTERFACE)
    return implements (c, src, dst);
  if (su == du && (src->name == NULL || dst->name == NULL))
    return TRUE;
  if (su->kind == GOR_TYPE_CHAN && du->kind == GOR_TYPE_CHAN && su->dir == GOR_CHAN_BOTH
      && su->elem == du->elem && (src->name == NULL || dst->name == NULL))
    return TRUE;
  return FALSE;
}

/* Emits what turns a value of @src into one of @dst (interface boxing,
 * struct copies); @fresh says the value is not shared yet. */
static void
convert_value (C *c, GorType *src, GorType *dst, gboolean fresh)
{
  GorType *du = gor_type_under (dst);

  if (du->kind == GOR_TYPE_INTERFACE && gor_type_under (src)->kind != GOR_TYPE_INTERFACE
      && src->kind != GOR_TYPE_UNTYPED_NIL)
    {
      if (gor_type_is_value_object (src) && !fresh)
        emit (c, GOR_OP_CLONE, type_ref (c, src), 0, 0);
      emit (c, GOR_OP_IFACE, type_ref (c, src), 0, 0);
      return;
    }
  if (gor_type_is_value_object (src) && !fresh)
    emit (c, GOR_OP_CLONE, type_ref (c, src), 0, 0);
}

static gboolean
is_fresh (GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  return e && (e->kind == GOR_EXPR_COMPOSITE_LIT || e->kind == GOR_EXPR_CALL);
}

static void
gen_expr_to (C *c, GorAstExpr *e, GorType *target, const char *context)
{
  ConstVal cv;
  GorType *t;

  if (e == NULL)
    return;
  if (const_eval (c, e, &cv))
    {
      gboolean truncated = FALSE;
      GorType *tu = gor_type_under (target);

      if (const_overflows (c, e, &cv, target, context))
        return;
      if (tu->kind == GOR_TYPE_INTERFACE && (gor_type_is_untyped (cv.type) || implements (c, cv.type, target)))
        {
          push_const (c, &cv, gor_type_is_untyped (cv.type) ? target : cv.type);
          if (!gor_type_is_untyped (cv.type))
            emit (c, GOR_OP_IFACE, type_ref (c, cv.type), 0, 0);
          return;
        }
      if (gor_type_is_untyped (cv.type) ? !const_representable (c, &cv, target, &truncated)
                                        : !assignable (c, cv.type, target))
        {
          if (gor_type_is_untyped (cv.type) && gor_type_is_numeric (cv.type) && gor_type_is_numeric (tu) && !truncated)
            error_at (c, expr_start (e), "cannot use %s (untyped %s constant %s) as %s value in %s (overflows)",
                      expr_str (c, e), gor_type_is_float (cv.type) ? "float" : "int", const_desc (c, &cv),
                      tname (c, target), context);
          else if (gor_type_is_untyped (cv.type))
            error_at (c, expr_start (e), "cannot use %s as %s value in %s%s", describe (c, e, cv.type),
                      tname (c, target), context, truncated ? " (truncated)" : "");
          else
            error_at (c, expr_start (e), "cannot use %s as type %s in %s", describe (c, e, cv.type),
                      tname (c, target), context);
        }
      push_const (c, &cv, target);
      return;
    }
  t = gen_expr (c, e, target);
  if (t == NULL)
    return;
  if (t->kind == GOR_TYPE_TUPLE && e == c->single_rhs)
    {
      error_at (c, expr_start (e), "assignment mismatch: 1 variable but %s returns %d values",
                expr_str (c, e->kind == GOR_EXPR_PAREN ? e->x->x : e->x), n_results_of (t));
      return;
    }
  if (t->kind == GOR_TYPE_TUPLE)
    {
      error_at (c, expr_start (e), "multiple-value %s (value of type %s) in single-value context",
                expr_str (c, e), tname (c, t));
      return;
    }
  if (!assignable (c, t, target))
    {
      if (t->kind == GOR_TYPE_UNTYPED_NIL)
        error_at (c, expr_start (e), "cannot use nil as %s value in %s", tname (c, target), context);
      else if (gor_type_under (target)->kind == GOR_TYPE_INTERFACE)
        error_at (c, expr_start (e), "cannot use %s as type %s in %s: %s does not implement %s",
                  describe (c, e, t), tname (c, target), context,
                  tname (c, t), tname (c, target));
      else
        error_at (c, expr_start (e), "cannot use %s as type %s in %s", describe (c, e, t),
                  tname (c, target), context);
      return;
    }
  convert_value (c, t, target, is_fresh (e));
}

/* Generates a value with its own type; constants take @hint when they fit,
 * else their default type. */
static GorType *
gen_value (C *c, GorAstExpr *e, GorType *hint)
{
  ConstVal cv;

  if (const_eval (c, e, &cv))
    {
      GorType *t = cv.type;

      if (gor_type_is_untyped (t))
        t = (hint && !gor_type_is_untyped (hint) && gor_type_under (hint)->kind != GOR_TYPE_INTERFACE
             && const_representable (c, &cv, hint, NULL))
            ? hint : gor_type_default (c->types, t);
      const_overflows (c, e, &cv, t, c->value_ctx ? c->value_ctx : "expression");
      push_const (c, &cv, t);
      return t;
    }
  return gen_expr (c, e, hint);
}

static void
load_sym (C *c, Sym *sym, GorPos pos)
{
  Fn *fn = c->fn;

  if (sym->owner == NULL)
    {
      emit (c, GOR_OP_GLOBAL, sym->slot, 0, 1);
      return;
    }
  if (sym->owner == fn)
    {
      emit (c, sym->boxed ? GOR_OP_BOXED : GOR_OP_LOCAL, sym->slot, 0, 1);
      return;
    }
  /* An upvalue: find or add it in every function between. */
  {
    int idx = -1;

    for (guint i = 0; i < fn->upvals->len; i++)
      if (g_ptr_array_index (fn->upvals, i) == sym)
        idx = (int) i;
    if (idx < 0)
      {
        g_ptr_array_add (fn->upvals, sym);
        idx = (int) fn->upvals->len - 1;
      }
    if (!sym->boxed)
      error_at (c, pos, "internal: captured variable %s is not boxed", sym->name);
    emit (c, GOR_OP_UPVAL, idx, 0, 1);
  }
}

static int
upval_index (C *c, Fn *fn, Sym *sym)
{
  for (guint i = 0; i < fn->upvals->len; i++)
    if (g_ptr_array_index (fn->upvals, i) == sym)
      return (int) i;
  g_ptr_array_add (fn->upvals, sym);
  return (int) fn->upvals->len - 1;
}

static void
store_sym (C *c, Sym *sym)
{
  Fn *fn = c->fn;

  if (sym->owner == NULL)
    emit (c, GOR_OP_SET_GLOBAL, sym->slot, 0, -1);
  else if (sym->owner == fn)
    emit (c, sym->boxed ? GOR_OP_SET_BOXED : GOR_OP_SET_LOCAL, sym->slot, 0, -1);
  else
    emit (c, GOR_OP_SET_UPVAL, upval_index (c, fn, sym), 0, -1);
}

static int
static_closure (C *c, int func)
{
  gpointer k = GINT_TO_POINTER (func + 1);
  gpointer idx = g_hash_table_lookup (c->static_closures, k);
  GorClosure *cl;
  GorValue v;

  if (idx)
    return GPOINTER_TO_INT (idx) - 1;
  cl = gor_heap_alloc (&c->prog->const_heap, GOR_OBJ_CLOSURE, sizeof (GorClosure));
  cl->fn = g_ptr_array_index (c->prog->funcs, func);
  v.p = cl;
  g_hash_table_insert (c->static_closures, k, GINT_TO_POINTER (add_const (c, v) + 1));
  return (int) c->prog->consts->len - 1;
}

static GorType *
gen_ident (C *c, GorAstExpr *e, GorType *hint)
{
  Sym *sym;

  if (g_str_equal (e->name, "_"))
    {
      error_at (c, e->pos, "cannot use _ as value");
      return NULL;
    }
  sym = lookup (c, e->name);
  if (sym == NULL)
    {
      undefined (c, e->pos, e->name);
      return NULL;
    }
  sym->used = TRUE;
  switch (sym->kind)
    {
    case SYM_VAR:
      if (sym->owner == NULL && sym->spec && !sym->resolved)
        resolve_package_sym (c, sym);
      load_sym (c, sym, e->pos);
      return sym->type;
    case SYM_NIL:
      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      return c->t_nil;
    case SYM_FUNC:
      emit (c, GOR_OP_PUSH_K, static_closure (c, sym->func), 0, 1);
      return sym->type;
    case SYM_TYPE:
      error_at (c, e->pos, "%s (type) is not an expression", e->name);
      return NULL;
    case SYM_PKG:
      error_at (c, e->pos, "use of package %s without selector", e->name);
      return NULL;
    case SYM_BUILTIN:
      error_at (c, e->pos, "%s (built-in function %s) must be called", e->name, e->name);
      return NULL;
    default:
      error_at (c, e->pos, "%s is not an expression", e->name);
      return NULL;
    }
}

static GorType *
gen_func_lit (C *c, GorAstExpr *e)
{
  Fn *outer = c->fn;
  Fn *fn = g_new0 (Fn, 1);
  GorFunc *f = g_new0 (GorFunc, 1);
  GorType *sig = func_type_from_ast (c, e->x, NULL);

  (*outer->lit_counter)++;
  f->name = g_strdup_printf ("%s.func%d", outer->top_name, *outer->lit_counter);
  f->index = c->prog->funcs->len;
  f->code = g_array_new (FALSE, FALSE, sizeof (GorInstr));
  f->lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  f->line = e->pos.line;
  g_ptr_array_add (c->prog->funcs, f);
  fn->parent = outer;
  fn->func = f;
  fn->sig = sig;
  fn->top_name = f->name;
  fn->lit_counter = g_new0 (int, 1);
  compile_func_body (c, fn, e->x, e->body, NULL);
  c->fn = outer;

  /* Push the boxes the literal captures, from our locals or our upvalues. */
  for (guint i = 0; i < fn->upvals->len; i++)
    {
      Sym *sym = g_ptr_array_index (fn->upvals, i);

      if (sym->owner == outer)
        emit (c, GOR_OP_LOCAL, sym->slot, 0, 1);
      else
        emit (c, GOR_OP_UPVAL_RAW, upval_index (c, outer, sym), 0, 1);
    }
  emit (c, GOR_OP_CLOSURE, (gint32) f->index, (int) fn->upvals->len, 1 - (int) fn->upvals->len);
  g_ptr_array_unref (fn->upvals);
  g_hash_table_unref (fn->captured);
  g_free (fn->lit_counter);
  g_free (fn->result_slots);
  g_free (fn->result_syms);
  g_ptr_array_unref (fn->loops);
  g_free (fn);
  return sig;
}

static GorType *
gen_composite (C *c, GorAstExpr *e, GorType *hint)
{
  GorType *t = e->x ? resolve_type (c, e->x) : hint;
  GorType *u;

  if (t == NULL)
    {
      error_at (c, e->pos, "invalid composite literal type: missing type");
      return NULL;
    }
  u = gor_type_under (t);
  if (u->kind == GOR_TYPE_POINTER && e->x == NULL)
    {
      /* &T elided in an outer literal: the object is the pointer. */
      gen_composite (c, e, u->elem);
      return t;
    }
  if (u->kind == GOR_TYPE_SLICE)
    {
      for (guint i = 0; i < e->list->len; i++)
        {
          GorAstExpr *el = g_ptr_array_index (e->list, i);

          if (el->kind == GOR_EXPR_KEY_VALUE)
            {
              unsupported (c, el->pos, "indexed slice literals");
              el = el->y;
            }
          if (el->kind == GOR_EXPR_COMPOSITE_LIT && el->x == NULL)
            gen_composite (c, el, u->elem);
          else
            gen_expr_to (c, el, u->elem, "slice literal");
        }
      emit (c, GOR_OP_SLICE_LIT, (gint32) e->list->len, 0, 1 - (int) e->list->len);
      return t;
    }
  if (u->kind == GOR_TYPE_STRUCT)
    {
      if (u->fields->len == 0)
        {
          if (e->list->len > 0)
            error_at (c, e->pos, "too many values in struct literal of type %s", tname (c, t));
          emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
          return t;
        }
      emit (c, GOR_OP_NEW_STRUCT, type_ref (c, t), 0, 1);
      for (guint i = 0; i < e->list->len; i++)
        {
          GorAstExpr *el = g_ptr_array_index (e->list, i);
          int idx = (int) i;
          GorField *f;
          gboolean keyed = ((GorAstExpr *) g_ptr_array_index (e->list, 0))->kind == GOR_EXPR_KEY_VALUE;

          if ((el->kind == GOR_EXPR_KEY_VALUE) != keyed)
            {
              error_at (c, el->kind == GOR_EXPR_KEY_VALUE ? expr_start (el->x) : expr_start (el),
                        "mixture of field:value and value elements in struct literal");
              continue;
            }
          if (el->kind == GOR_EXPR_KEY_VALUE)
            {
              if (el->x == NULL || el->x->kind != GOR_EXPR_IDENT
                  || (idx = gor_type_field_index (u, el->x->name)) < 0)
                {
                  error_at (c, el->pos, "unknown field '%s' in struct literal of type %s",
                            el->x ? expr_str (c, el->x) : "?", tname (c, t));
                  continue;
                }
              for (guint k = 0; k < i; k++)
                {
                  GorAstExpr *prev = g_ptr_array_index (e->list, k);

                  if (prev->kind == GOR_EXPR_KEY_VALUE && prev->x && prev->x->kind == GOR_EXPR_IDENT
                      && strcmp (prev->x->name, el->x->name) == 0)
                    error_at (c, _gor_ast_expr_go_pos (el), "duplicate field name %s in struct literal", el->x->name);
                }
              el = el->y;
            }
          else if (idx >= (int) u->fields->len)
            {
              error_at (c, el->pos, "too many values in struct literal of type %s", tname (c, t));
              break;
            }
          f = g_ptr_array_index (u->fields, idx);
          emit (c, GOR_OP_DUP, 0, 0, 1);
          if (el->kind == GOR_EXPR_COMPOSITE_LIT && el->x == NULL)
            gen_composite (c, el, f->type);
          else
            gen_expr_to (c, el, f->type, "struct literal");
          emit (c, GOR_OP_SET_FIELD, idx, 0, -2);
        }
      if (e->list->len > 0 && e->list->len < u->fields->len
          && ((GorAstExpr *) g_ptr_array_index (e->list, 0))->kind != GOR_EXPR_KEY_VALUE)
        {
          /* Go points at the closing brace */
          GorAstExpr *last = g_ptr_array_index (e->list, e->list->len - 1);

          error_at (c, token_after (c, expr_start (last), "}"), "too few values in %s", expr_str (c, e));
        }
      return t;
    }
  if (u->kind == GOR_TYPE_MAP)
    {
      g_autoptr (GHashTable) keys = g_hash_table_new (g_str_hash, g_str_equal);

      emit (c, GOR_OP_MAKE_MAP, type_ref (c, t), 0, 1);
      for (guint i = 0; i < e->list->len; i++)
        {
          GorAstExpr *el = g_ptr_array_index (e->list, i);
          ConstVal kv;

          if (el->kind != GOR_EXPR_KEY_VALUE)
            {
              error_at (c, el->pos, "missing key in map literal");
              continue;
            }
          if (const_eval (c, el->x, &kv))
            {
              /* Go refuses the same constant key twice */
              const char *key = gor_type_is_string (kv.type)
                                ? keep (c, g_strdup_printf ("\"%s\"", const_desc (c, &kv)), g_free)
                                : const_desc (c, &kv);

              if (g_hash_table_contains (keys, key))
                error_at (c, expr_start (el->x), "duplicate key %s in map literal", expr_str (c, el->x));
              else
                g_hash_table_add (keys, (gpointer) key);
            }
          emit (c, GOR_OP_DUP, 0, 0, 1);
          if (el->x->kind == GOR_EXPR_COMPOSITE_LIT && el->x->x == NULL)
            gen_composite (c, el->x, u->key);
          else
            gen_expr_to (c, el->x, u->key, "map literal");
          if (el->y->kind == GOR_EXPR_COMPOSITE_LIT && el->y->x == NULL)
            gen_composite (c, el->y, u->elem);
          else
            gen_expr_to (c, el->y, u->elem, "map literal");
          emit (c, GOR_OP_MAP_SET, type_ref (c, t), 0, -3);
        }
      return t;
    }
  error_at (c, e->pos, "invalid composite literal type %s", tname (c, t));
  return NULL;
}

static void
emit_trunc (C *c, GorType *t)
{
  GorType *u = gor_type_under (t);
  int bits = gor_type_int_bits (u);

  if (gor_type_is_integer (u) && bits < 64)
    emit (c, GOR_OP_TRUNC, bits, gor_type_is_unsigned (u) ? 0 : 1, 0);
}

/* How Go names a type's kind in "operator < not defined on …". */
static const char *
kind_name (C *c, GorType *t)
{
  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_SLICE: return "slice";
    case GOR_TYPE_STRUCT: return "struct";
    case GOR_TYPE_POINTER: return "pointer";
    case GOR_TYPE_FUNC: return "func";
    case GOR_TYPE_INTERFACE: return "interface";
    case GOR_TYPE_MAP: return "map";
    case GOR_TYPE_CHAN: return "chan";
    default: return tname (c, t);
    }
}

static GorType *
gen_binary (C *c, GorAstExpr *e, GorType *hint)
{
  GorTokenKind op = e->op;
  GorType *tx, *ty, *t;
  ConstVal cx, cy;
  gboolean x_const, y_const, swapped = FALSE;
  gboolean cmp = op == GOR_TOKEN_EQL || op == GOR_TOKEN_NEQ || op == GOR_TOKEN_LSS
                 || op == GOR_TOKEN_LEQ || op == GOR_TOKEN_GTR || op == GOR_TOKEN_GEQ;

  if (op == GOR_TOKEN_LAND || op == GOR_TOKEN_LOR)
    {
      int j;

      tx = gen_value (c, e->x, c->t_bool);
      if (tx && !gor_type_is_bool (tx))
        error_at (c, expr_start (e), "invalid operation: operator %s not defined on %s",
                  gor_token_kind_to_string (op), describe (c, e->x, tx));
      emit (c, GOR_OP_DUP, 0, 0, 1);
      j = emit (c, op == GOR_TOKEN_LAND ? GOR_OP_JF : GOR_OP_JT, 0, 0, -1);
      emit (c, GOR_OP_POP, 0, 0, -1);
      ty = gen_value (c, e->y, tx);
      if (ty && !gor_type_is_bool (ty))
        error_at (c, expr_start (e), "invalid operation: operator %s not defined on %s",
                  gor_token_kind_to_string (op), describe (c, e->y, ty));
      patch (c, j, here (c));
      return tx ? tx : c->t_bool;
    }

  if (op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR)
    {
      tx = gen_value (c, e->x, hint && gor_type_is_integer (gor_type_under (hint)) ? hint : c->t_int);
      {
        ConstVal sc;

        if (const_eval (c, e->y, &sc) && gor_type_is_integer (sc.type) && !sc.big && sc.v.i < 0)
          error_at (c, expr_start (e->y), "invalid operation: negative shift count %s", describe (c, e->y, sc.type));
      }
      ty = gen_value (c, e->y, c->t_int);
      if (tx && !gor_type_is_integer (gor_type_under (tx)))
        error_at (c, expr_start (e), "invalid operation: shifted operand %s must be integer",
                  describe (c, e->x, tx));
      if (ty && !gor_type_is_integer (gor_type_under (ty)))
        error_at (c, e->y->pos, "invalid operation: shift count %s must be integer", describe (c, e->y, ty));
      emit (c, op == GOR_TOKEN_SHL ? GOR_OP_SHL
               : (tx && gor_type_is_unsigned (gor_type_under (tx))) ? GOR_OP_USHR : GOR_OP_SHR, 0, 0, -1);
      if (tx)
        emit_trunc (c, tx);
      return tx;
    }

  x_const = const_eval (c, e->x, &cx);
  y_const = const_eval (c, e->y, &cy);
  if (x_const && !y_const && gor_type_is_untyped (cx.type))
    {
      /* The constant takes the other side's type: compile that first. */
      ty = gen_expr (c, e->y, NULL);
      if (ty == NULL)
        return NULL;
      tx = ty;
      if (ty->kind == GOR_TYPE_UNTYPED_NIL || !const_representable (c, &cx, ty, NULL))
        {
          if (gor_type_under (ty)->kind == GOR_TYPE_INTERFACE)
            {
              push_const (c, &cx, ty);
              tx = ty;
            }
          else
            {
              error_at (c, expr_start (cmp ? e->y : e), "invalid operation: %s (mismatched types %s and %s)",
                        expr_str (c, e), tname (c, cx.type), tname (c, ty));
              return NULL;
            }
        }
      else
        push_const (c, &cx, ty);
      emit (c, GOR_OP_SWAP, 0, 0, 0);
      swapped = TRUE;
    }
  else
    {
      tx = gen_value (c, e->x, NULL);
      if (tx == NULL)
        return NULL;
      if (y_const && gor_type_is_untyped (cy.type))
        {
          if (tx->kind == GOR_TYPE_UNTYPED_NIL || (!const_representable (c, &cy, tx, NULL)
                                                   && gor_type_under (tx)->kind != GOR_TYPE_INTERFACE))
            {
              if (gor_type_is_numeric (cy.type) && gor_type_is_numeric (gor_type_under (tx)))
                error_at (c, e->y->pos, "%s (untyped %s constant) truncated to %s", expr_str (c, e->y),
                          gor_type_is_float (cy.type) ? "float" : "int", tname (c, tx));
              else
                error_at (c, expr_start (cmp ? e->y : e), "invalid operation: %s (mismatched types %s and %s)",
                          expr_str (c, e), tname (c, tx), tname (c, cy.type));
              return NULL;
            }
          push_const (c, &cy, tx);
          ty = tx;
        }
      else
        {
          ty = gen_value (c, e->y, tx);
          if (ty == NULL)
            return NULL;
        }
    }
  (void) swapped;

  /* nil comparisons */
  if (tx->kind == GOR_TYPE_UNTYPED_NIL || ty->kind == GOR_TYPE_UNTYPED_NIL)
    {
      GorType *other = tx->kind == GOR_TYPE_UNTYPED_NIL ? ty : tx;
      GorTypeKind k = gor_type_under (other)->kind;

      if (!(op == GOR_TOKEN_EQL || op == GOR_TOKEN_NEQ)
          || !(k == GOR_TYPE_POINTER || k == GOR_TYPE_SLICE || k == GOR_TYPE_CHAN || k == GOR_TYPE_FUNC
               || k == GOR_TYPE_MAP || k == GOR_TYPE_INTERFACE))
        {
          if (other->kind == GOR_TYPE_UNTYPED_NIL)
            error_at (c, expr_start (e), "invalid operation: %s (operator %s not defined on nil)",
                      expr_str (c, e), gor_token_kind_to_string (op));
          else
            error_at (c, expr_start (cmp ? e->y : e), "invalid operation: %s (mismatched types %s and %s)",
                      expr_str (c, e), tname (c, tx), tname (c, ty));
          return NULL;
        }
      if (k == GOR_TYPE_SLICE)
        {
          /* A slice header object is nil exactly when len == 0 and it has no array;
           * we keep nil slices as NULL. */
        }
      emit (c, op == GOR_TOKEN_EQL ? GOR_OP_EQ : GOR_OP_NE, 0, 0, -1);
      return c->t_unt_bool == NULL ? c->t_bool : c->t_bool;
    }

  if (tx != ty)
    {
      gboolean ok = FALSE;

      if (cmp && (gor_type_under (tx)->kind == GOR_TYPE_INTERFACE || gor_type_under (ty)->kind == GOR_TYPE_INTERFACE))
        {
          /* comparing an interface with a concrete value: box the concrete one */
          if (gor_type_under (ty)->kind != GOR_TYPE_INTERFACE && assignable (c, ty, tx))
            {
              emit (c, GOR_OP_IFACE, type_ref (c, ty), 0, 0);
              ty = tx;
              ok = TRUE;
            }
          else if (gor_type_under (tx)->kind != GOR_TYPE_INTERFACE && assignable (c, tx, ty))
            {
              emit (c, GOR_OP_SWAP, 0, 0, 0);
              emit (c, GOR_OP_IFACE, type_ref (c, tx), 0, 0);
              emit (c, GOR_OP_SWAP, 0, 0, 0);
              tx = ty;
              ok = TRUE;
            }
          else
            ok = tx == ty;
        }
      else if (cmp && gor_type_under (tx)->kind == GOR_TYPE_CHAN && gor_type_under (ty)->kind == GOR_TYPE_CHAN
               && (assignable (c, tx, ty) || assignable (c, ty, tx)))
        ok = TRUE;
      if (!ok)
        {
          /* Go reports a comparison's mismatch at its second operand */
          error_at (c, expr_start (cmp ? e->y : e), "invalid operation: %s (mismatched types %s and %s)",
                    expr_str (c, e), tname (c, tx), tname (c, ty));
          return NULL;
        }
    }
  t = gor_type_under (tx);

  if (cmp)
    {
      static const GorOp iops[] = { GOR_OP_EQ, GOR_OP_NE, GOR_OP_LT, GOR_OP_LE, GOR_OP_GT, GOR_OP_GE };
      static const GorOp uops[] = { GOR_OP_EQ, GOR_OP_NE, GOR_OP_ULT, GOR_OP_ULE, GOR_OP_UGT, GOR_OP_UGE };
      static const GorOp fops[] = { GOR_OP_FEQ, GOR_OP_FNE, GOR_OP_FLT, GOR_OP_FLE, GOR_OP_FGT, GOR_OP_FGE };
      static const GorOp sops[] = { GOR_OP_SEQ, GOR_OP_SNE, GOR_OP_SLT, GOR_OP_SLE, GOR_OP_SGT, GOR_OP_SGE };
      int k = op == GOR_TOKEN_EQL ? 0 : op == GOR_TOKEN_NEQ ? 1 : op == GOR_TOKEN_LSS ? 2
              : op == GOR_TOKEN_LEQ ? 3 : op == GOR_TOKEN_GTR ? 4 : 5;
      gboolean ordered = gor_type_is_numeric (t) || gor_type_is_string (t);

      if (k >= 2 && !ordered)
        {
          error_at (c, expr_start (e), "invalid operation: %s (operator %s not defined on %s)",
                    expr_str (c, e), gor_token_kind_to_string (op), kind_name (c, tx));
          return NULL;
        }
      if (!gor_type_comparable (t))
        {
          error_at (c, expr_start (e), "invalid operation: %s (%s can only be compared to nil)",
                    expr_str (c, e), t->kind == GOR_TYPE_SLICE ? "slice" : t->kind == GOR_TYPE_MAP ? "map" : "func");
          return NULL;
        }
      if (gor_type_is_float (t))
        emit (c, fops[k], 0, 0, -1);
      else if (gor_type_is_string (t))
        emit (c, sops[k], 0, 0, -1);
      else if (gor_type_is_unsigned (t))
        emit (c, uops[k], 0, 0, -1);
      else if (t->kind == GOR_TYPE_INTERFACE)
        {
          emit (c, GOR_OP_IFACE_EQ, 0, 0, -1);
          if (k == 1)
            emit (c, GOR_OP_NOT, 0, 0, 0);
        }
      else if (gor_type_is_value_object (t) || t->kind == GOR_TYPE_STRUCT)
        emit (c, k == 0 ? GOR_OP_VEQ : GOR_OP_VNE, type_ref (c, tx), 0, -1);
      else
        emit (c, iops[k], 0, 0, -1);
      return c->t_bool;
    }

  if (gor_type_is_string (t))
    {
      if (op != GOR_TOKEN_ADD)
        goto bad_op;
      emit (c, GOR_OP_SADD, 0, 0, -1);
      return tx;
    }
  if (gor_type_is_float (t))
    {
      switch (op)
        {
        case GOR_TOKEN_ADD: emit (c, GOR_OP_FADD, 0, 0, -1); break;
        case GOR_TOKEN_SUB: emit (c, GOR_OP_FSUB, 0, 0, -1); break;
        case GOR_TOKEN_MUL: emit (c, GOR_OP_FMUL, 0, 0, -1); break;
        case GOR_TOKEN_QUO: emit (c, GOR_OP_FDIV, 0, 0, -1); break;
        default: goto bad_op;
        }
      return tx;
    }
  if (gor_type_is_integer (t))
    {
      gboolean u = gor_type_is_unsigned (t);

      switch (op)
        {
        case GOR_TOKEN_ADD: emit (c, GOR_OP_ADD, 0, 0, -1); break;
        case GOR_TOKEN_SUB: emit (c, GOR_OP_SUB, 0, 0, -1); break;
        case GOR_TOKEN_MUL: emit (c, GOR_OP_MUL, 0, 0, -1); break;
        case GOR_TOKEN_QUO:
          if (y_const && !gor_type_is_float (cy.type) && cy.v.i == 0)
            error_at (c, e->y->pos, "invalid operation: division by zero");
          emit (c, u ? GOR_OP_UDIV : GOR_OP_DIV, 0, 0, -1);
          break;
        case GOR_TOKEN_REM:
          if (y_const && !gor_type_is_float (cy.type) && cy.v.i == 0)
            error_at (c, e->y->pos, "invalid operation: division by zero");
          emit (c, u ? GOR_OP_UREM : GOR_OP_REM, 0, 0, -1);
          break;
        case GOR_TOKEN_AND: emit (c, GOR_OP_AND, 0, 0, -1); break;
        case GOR_TOKEN_OR: emit (c, GOR_OP_OR, 0, 0, -1); break;
        case GOR_TOKEN_XOR: emit (c, GOR_OP_XOR, 0, 0, -1); break;
        case GOR_TOKEN_AND_NOT: emit (c, GOR_OP_ANDNOT, 0, 0, -1); break;
        default: goto bad_op;
        }
      emit_trunc (c, tx);
      return tx;
    }
bad_op:
  error_at (c, expr_start (e), "invalid operation: operator %s not defined on %s",
            gor_token_kind_to_string (op), describe (c, e->x, tx));
  return NULL;
}

static GorType *
gen_unary (C *c, GorAstExpr *e, GorType *hint)
{
  GorType *t;

  switch (e->op)
    {
    case GOR_TOKEN_ARROW:
      t = gen_expr (c, e->x, NULL);
      if (t == NULL)
        return NULL;
      if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
        {
          error_at (c, expr_start (e->x), "invalid operation: cannot receive from non-channel %s", describe (c, e->x, t));
          return NULL;
        }
      if (gor_type_under (t)->dir == GOR_CHAN_SEND_ONLY)
        {
          error_at (c, expr_start (e->x), "invalid operation: cannot receive from send-only channel %s", describe (c, e->x, t));
          return NULL;
        }
      emit (c, GOR_OP_RECV, 0, 0, 0);
      return gor_type_under (t)->elem;
    case GOR_TOKEN_AND:
      {
        GorAstExpr *x = e->x;

        while (x && x->kind == GOR_EXPR_PAREN)
          x = x->x;
        if (x && x->kind == GOR_EXPR_COMPOSITE_LIT)
          {
            t = gen_composite (c, x, hint && gor_type_under (hint)->kind == GOR_TYPE_POINTER
                                       ? gor_type_under (hint)->elem : NULL);
            if (t && !gor_type_is_value_object (t))
              emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
            return t ? gor_types_pointer (c->types, t) : NULL;
          }
        if (x && x->kind == GOR_EXPR_IDENT)
          {
            Sym *sym = lookup (c, x->name);

            if (sym && sym->kind == SYM_VAR)
              {
                sym->used = TRUE;
                if (gor_type_is_value_object (sym->type))
                  {
                    load_sym (c, sym, x->pos);
                    return gor_types_pointer (c->types, sym->type);
                  }
                if (sym->owner == NULL)
                  {
                    unsupported (c, e->pos, "address of a package-level %s variable", tname (c, sym->type));
                    return NULL;
                  }
                if (sym->owner == c->fn)
                  emit (c, GOR_OP_LOCAL, sym->slot, 0, 1);
                else
                  emit (c, GOR_OP_UPVAL_RAW, upval_index (c, c->fn, sym), 0, 1);
                return gor_types_pointer (c->types, sym->type);
              }
          }
        if (x)
          {
            t = gen_expr (c, x, NULL);
            if (t && gor_type_is_value_object (t))
              return gor_types_pointer (c->types, t);
          }
        unsupported (c, e->pos, "taking the address of %s", expr_str (c, e->x));
        return NULL;
      }
    default:
      break;
    }

  t = gen_value (c, e->x, hint);
  if (t == NULL)
    return NULL;
  switch (e->op)
    {
    case GOR_TOKEN_ADD:
      if (!gor_type_is_numeric (gor_type_under (t)))
        break;
      return t;
    case GOR_TOKEN_SUB:
      if (gor_type_is_float (gor_type_under (t)))
        emit (c, GOR_OP_FNEG, 0, 0, 0);
      else if (gor_type_is_integer (gor_type_under (t)))
        {
          emit (c, GOR_OP_NEG, 0, 0, 0);
          emit_trunc (c, t);
        }
      else
        break;
      return t;
    case GOR_TOKEN_NOT:
      if (!gor_type_is_bool (gor_type_under (t)))
        break;
      emit (c, GOR_OP_NOT, 0, 0, 0);
      return t;
    case GOR_TOKEN_XOR:
      if (!gor_type_is_integer (gor_type_under (t)))
        break;
      emit (c, GOR_OP_BITNOT, 0, 0, 0);
      emit_trunc (c, t);
      return t;
    default:
      break;
    }
  error_at (c, expr_start (e->x), "invalid operation: operator %s not defined on %s",
            gor_token_kind_to_string (e->op), describe (c, e->x, t));
  return NULL;
}

/* x.f on a struct or pointer to struct: pushes the object, returns the
 * field index (or -1) and its type in @ft. */
static int
gen_field_base (C *c, GorAstExpr *e, GorType **ft)
{
  GorType *t = gen_expr (c, e->x, NULL), *st;
  int idx;

  c->field_base = t;
  if (t == NULL)
    return -1;
  st = gor_type_under (t);
  if (st->kind == GOR_TYPE_POINTER)
    st = gor_type_under (st->elem);
  idx = st->kind == GOR_TYPE_STRUCT ? gor_type_field_index (st, e->name) : -1;
  if (idx < 0)
    {
      error_at (c, sel_name_pos (c, e), "%s undefined (type %s has no field or method %s)", expr_str (c, e),
                tname (c, t), e->name);
      return -1;
    }
  *ft = ((GorField *) g_ptr_array_index (st->fields, idx))->type;
  return idx;
}

/* The exported names of the packages a program may import (Go 1.19), to
 * tell a name Go lacks ("undefined: fmt.Prinln") from one Gorolanes does
 * not run ("unsupported: os.Getpid"). */
static const char *const package_exports[][2] = {
  { "fmt",
    " Append Appendf Appendln Errorf Formatter Fprint Fprintf Fprintln Fscan Fscanf Fscanln "
    "GoStringer Print Printf Println Scan ScanState Scanf Scanln Scanner Sprint Sprintf Sprintln "
    "Sscan Sscanf Sscanln State Stringer " },
  { "sync",
    " Cond Locker Map Mutex NewCond Once Pool RWMutex WaitGroup " },
  { "time",
    " ANSIC After AfterFunc April August Date December Duration February FixedZone Friday Hour "
    "January July June Kitchen Layout LoadLocation LoadLocationFromTZData Local Location March May "
    "Microsecond Millisecond Minute Monday Month Nanosecond NewTicker NewTimer November Now October "
    "Parse ParseDuration ParseError ParseInLocation RFC1123 RFC1123Z RFC3339 RFC3339Nano RFC822 "
    "RFC822Z RFC850 RubyDate Saturday Second September Since Sleep Stamp StampMicro StampMilli "
    "StampNano Sunday Thursday Tick Ticker Time Timer Tuesday UTC Unix UnixDate UnixMicro UnixMilli "
    "Until Wednesday Weekday " },
  { "runtime",
    " BlockProfile BlockProfileRecord Breakpoint CPUProfile Caller Callers CallersFrames Compiler "
    "Error Frame Frames Func FuncForPC GC GOARCH GOMAXPROCS GOOS GOROOT Goexit GoroutineProfile "
    "Gosched KeepAlive LockOSThread MemProfile MemProfileRate MemProfileRecord MemStats "
    "MutexProfile NumCPU NumCgoCall NumGoroutine ReadMemStats ReadTrace SetBlockProfileRate "
    "SetCPUProfileRate SetCgoTraceback SetFinalizer SetMutexProfileFraction Stack StackRecord "
    "StartTrace StopTrace ThreadCreateProfile TypeAssertionError UnlockOSThread Version " },
  { "strings",
    " Builder Clone Compare Contains ContainsAny ContainsRune Count Cut EqualFold Fields FieldsFunc "
    "HasPrefix HasSuffix Index IndexAny IndexByte IndexFunc IndexRune Join LastIndex LastIndexAny "
    "LastIndexByte LastIndexFunc Map NewReader NewReplacer Reader Repeat Replace ReplaceAll "
    "Replacer Split SplitAfter SplitAfterN SplitN Title ToLower ToLowerSpecial ToTitle "
    "ToTitleSpecial ToUpper ToUpperSpecial ToValidUTF8 Trim TrimFunc TrimLeft TrimLeftFunc "
    "TrimPrefix TrimRight TrimRightFunc TrimSpace TrimSuffix " },
  { "strconv",
    " AppendBool AppendFloat AppendInt AppendQuote AppendQuoteRune AppendQuoteRuneToASCII "
    "AppendQuoteRuneToGraphic AppendQuoteToASCII AppendQuoteToGraphic AppendUint Atoi CanBackquote "
    "ErrRange ErrSyntax FormatBool FormatComplex FormatFloat FormatInt FormatUint IntSize IsGraphic "
    "IsPrint Itoa NumError ParseBool ParseComplex ParseFloat ParseInt ParseUint Quote QuoteRune "
    "QuoteRuneToASCII QuoteRuneToGraphic QuoteToASCII QuoteToGraphic QuotedPrefix Unquote "
    "UnquoteChar " },
  { "errors",
    " As Is New Unwrap " },
  { "context",
    " Background CancelFunc Canceled Context DeadlineExceeded TODO WithCancel WithDeadline "
    "WithTimeout WithValue " },
  { "os",
    " Args Chdir Chmod Chown Chtimes Clearenv Create CreateTemp DevNull DirEntry DirFS Environ "
    "ErrClosed ErrDeadlineExceeded ErrExist ErrInvalid ErrNoDeadline ErrNotExist ErrPermission "
    "ErrProcessDone Executable Exit Expand ExpandEnv File FileInfo FileMode FindProcess Getegid "
    "Getenv Geteuid Getgid Getgroups Getpagesize Getpid Getppid Getuid Getwd Hostname Interrupt "
    "IsExist IsNotExist IsPathSeparator IsPermission IsTimeout Kill Lchown Link LinkError LookupEnv "
    "Lstat Mkdir MkdirAll MkdirTemp ModeAppend ModeCharDevice ModeDevice ModeDir ModeExclusive "
    "ModeIrregular ModeNamedPipe ModePerm ModeSetgid ModeSetuid ModeSocket ModeSticky ModeSymlink "
    "ModeTemporary ModeType NewFile NewSyscallError O_APPEND O_CREATE O_EXCL O_RDONLY O_RDWR O_SYNC "
    "O_TRUNC O_WRONLY Open OpenFile PathError PathListSeparator PathSeparator Pipe ProcAttr Process "
    "ProcessState ReadDir ReadFile Readlink Remove RemoveAll Rename SEEK_CUR SEEK_END SEEK_SET "
    "SameFile Setenv Signal StartProcess Stat Stderr Stdin Stdout Symlink SyscallError TempDir "
    "Truncate Unsetenv UserCacheDir UserConfigDir UserHomeDir WriteFile " },
  { "math/rand",
    " ExpFloat64 Float32 Float64 Int Int31 Int31n Int63 Int63n Intn New NewSource NewZipf "
    "NormFloat64 Perm Rand Read Seed Shuffle Source Source64 Uint32 Uint64 Zipf " },
  { "sync/atomic",
    " AddInt32 AddInt64 AddUint32 AddUint64 AddUintptr Bool CompareAndSwapInt32 CompareAndSwapInt64 "
    "CompareAndSwapPointer CompareAndSwapUint32 CompareAndSwapUint64 CompareAndSwapUintptr Int32 "
    "Int64 LoadInt32 LoadInt64 LoadPointer LoadUint32 LoadUint64 LoadUintptr Pointer StoreInt32 "
    "StoreInt64 StorePointer StoreUint32 StoreUint64 StoreUintptr SwapInt32 SwapInt64 SwapPointer "
    "SwapUint32 SwapUint64 SwapUintptr Uint32 Uint64 Uintptr Value " },
};

/* Whether Go's package @path exports @name (unknown packages: assume so). */
static gboolean
package_exports_name (const char *path, const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (package_exports); i++)
    if (strcmp (package_exports[i][0], path) == 0)
      {
        g_autofree char *word = g_strdup_printf (" %s ", name);

        return strstr (package_exports[i][1], word) != NULL;
      }
  return TRUE;
}

static GorType *
gen_selector (C *c, GorAstExpr *e, GorType *hint)
{
  GorType *ft = NULL;
  int idx;

  if (e->x && e->x->kind == GOR_EXPR_IDENT)
    {
      Sym *pkg = lookup (c, e->x->name);

      if (pkg && pkg->kind == SYM_PKG)
        {
          pkg->used = TRUE;
          if (g_str_equal (pkg->pkg, "context")
              && (g_str_equal (e->name, "Canceled") || g_str_equal (e->name, "DeadlineExceeded")))
            {
              /* the errors ctx.Err() returns: equal to them by their text */
              const char *msg = e->name[0] == 'C' ? "context canceled" : "context deadline exceeded";
              GorValue v;

              v.p = gor_str_new (&c->prog->const_heap, msg, strlen (msg));
              emit (c, GOR_OP_PUSH_K, add_const (c, v), 0, 1);
              emit (c, GOR_OP_ERRORS_NEW, type_ref (c, c->t_errstr), 0, 0);
              return c->t_error;
            }
          if (!package_exports_name (pkg->pkg, e->name))
            error_at (c, sel_name_pos (c, e), "undefined: %s.%s", e->x->name, e->name);
          else
            unsupported (c, e->pos, "%s.%s", pkg->pkg, e->name);
          return NULL;
        }
    }
  {
    /* a method value (x.M without a call) */
    GorType *xt = NULL;
    ConstVal cv;

    if (e->x && !const_eval (c, e->x, &cv))
      {
        GorAstExpr *x = e->x;

        while (x->kind == GOR_EXPR_PAREN)
          x = x->x;
        if (x->kind == GOR_EXPR_IDENT)
          {
            Sym *sym = lookup (c, x->name);

            xt = sym && sym->kind == SYM_VAR ? sym->type : NULL;
          }
        else if (x->kind == GOR_EXPR_COMPOSITE_LIT && x->x)
          xt = expr_as_type (c, x->x);
        if (xt)
          {
            GorType *bt = gor_type_under (xt)->kind == GOR_TYPE_POINTER && xt->name == NULL
                          ? gor_type_under (xt)->elem : xt;

            if (gor_type_lookup_method (bt, e->name) || gor_type_under (bt)->kind == GOR_TYPE_MUTEX
                || gor_type_under (bt)->kind == GOR_TYPE_WAITGROUP || gor_type_under (bt)->kind == GOR_TYPE_RWMUTEX)
              {
                unsupported (c, e->pos, "method values (%s without a call)", expr_str (c, e));
                return NULL;
              }
          }
      }
  }
  idx = gen_field_base (c, e, &ft);
  if (idx < 0)
    return NULL;
  emit (c, GOR_OP_FIELD, idx, 0, 0);
  return ft;
}

/* A constant index must not be negative (Go checks it when compiling). */
static void
check_const_index (C *c, GorAstExpr *idx)
{
  ConstVal cv;

  if (idx && const_eval (c, idx, &cv) && gor_type_is_integer (cv.type) && !cv.big && cv.v.i < 0)
    error_at (c, expr_start (idx), "invalid argument: index %s (constant of type int) must not be negative",
              expr_str (c, idx));
}

static GorType *
gen_index (C *c, GorAstExpr *e, gboolean comma_ok)
{
  GorType *t = gen_expr (c, e->x, NULL), *u;

  if (t == NULL)
    return NULL;
  u = gor_type_under (t);
  if (u->kind == GOR_TYPE_POINTER)
    {
      unsupported (c, e->pos, "indexing through a pointer");
      return NULL;
    }
  if (u->kind == GOR_TYPE_SLICE || gor_type_is_string (u))
    check_const_index (c, e->y);
  if (u->kind == GOR_TYPE_SLICE)
    {
      GorType *it = gen_value (c, e->y, c->t_int);

      if (it && !gor_type_is_integer (gor_type_under (it)))
        error_at (c, e->y->pos, "invalid argument: index %s must be integer", describe (c, e->y, it));
      emit (c, GOR_OP_INDEX, 0, 0, -1);
      return u->elem;
    }
  if (gor_type_is_string (u))
    {
      GorType *it = gen_value (c, e->y, c->t_int);

      if (it && !gor_type_is_integer (gor_type_under (it)))
        error_at (c, e->y->pos, "invalid argument: index %s must be integer", describe (c, e->y, it));
      emit (c, GOR_OP_STR_INDEX, 0, 0, -1);
      return c->t_byte;
    }
  if (u->kind == GOR_TYPE_MAP)
    {
      gen_expr_to (c, e->y, u->key, "map index");
      if (comma_ok)
        {
          emit (c, GOR_OP_MAP_GET_OK, type_ref (c, t), 0, 0);
          return u->elem;
        }
      emit (c, GOR_OP_MAP_GET, type_ref (c, t), 0, -1);
      return u->elem;
    }
  error_at (c, _gor_ast_expr_go_pos (e), "invalid operation: cannot index %s", describe (c, e->x, t));
  return NULL;
}

static GorType *
gen_slice_expr (C *c, GorAstExpr *e)
{
  GorType *t = gen_expr (c, e->x, NULL), *u;
  int flags = 0;

  if (t == NULL)
    return NULL;
  u = gor_type_under (t);
  if (u->kind != GOR_TYPE_SLICE && !gor_type_is_string (u))
    {
      error_at (c, e->pos, "cannot slice %s", describe (c, e->x, t));
      return NULL;
    }
  check_const_index (c, e->y);
  check_const_index (c, e->z);
  check_const_index (c, e->w);
  if (e->y)
    gen_expr_to (c, e->y, c->t_int, "slice index"), flags |= 1;
  if (e->z)
    gen_expr_to (c, e->z, c->t_int, "slice index"), flags |= 2;
  if (e->w)
    gen_expr_to (c, e->w, c->t_int, "slice index"), flags |= 4;
  emit (c, gor_type_is_string (u) ? GOR_OP_STR_SLICE : GOR_OP_SLICE, 0, flags,
        -(!!(flags & 1) + !!(flags & 2) + !!(flags & 4)));
  return t->kind == GOR_TYPE_UNTYPED_STRING ? c->t_string : t;
}

static GorType *
gen_expr (C *c, GorAstExpr *e, GorType *hint)
{
  ConstVal cv;

  if (e == NULL)
    return NULL;
  c->line = e->pos.line ? e->pos.line : c->line;
  if (e->kind != GOR_EXPR_IDENT && e->kind != GOR_EXPR_CALL && const_eval (c, e, &cv))
    {
      GorType *t = gor_type_is_untyped (cv.type) ? gor_type_default (c->types, cv.type) : cv.type;

      if (hint && gor_type_is_untyped (cv.type) && !gor_type_is_untyped (hint)
          && gor_type_under (hint)->kind != GOR_TYPE_INTERFACE && const_representable (c, &cv, hint, NULL))
        t = hint;
      if (const_overflows (c, e, &cv, t, "expression"))
        return NULL;
      push_const (c, &cv, t);
      return t;
    }
  switch (e->kind)
    {
    case GOR_EXPR_IDENT:
      if (const_eval (c, e, &cv))
        {
          GorType *t = gor_type_is_untyped (cv.type) ? gor_type_default (c->types, cv.type) : cv.type;

          if (hint && gor_type_is_untyped (cv.type) && !gor_type_is_untyped (hint)
              && gor_type_under (hint)->kind != GOR_TYPE_INTERFACE && const_representable (c, &cv, hint, NULL))
            t = hint;
          if (const_overflows (c, e, &cv, t, "expression"))
            return NULL;
          push_const (c, &cv, t);
          return t;
        }
      return gen_ident (c, e, hint);
    case GOR_EXPR_PAREN:
      return gen_expr (c, e->x, hint);
    case GOR_EXPR_FUNC_LIT:
      return gen_func_lit (c, e);
    case GOR_EXPR_COMPOSITE_LIT:
      return gen_composite (c, e, hint);
    case GOR_EXPR_BINARY:
      return gen_binary (c, e, hint);
    case GOR_EXPR_UNARY:
      return gen_unary (c, e, hint);
    case GOR_EXPR_SELECTOR:
      return gen_selector (c, e, hint);
    case GOR_EXPR_INDEX:
      return gen_index (c, e, FALSE);
    case GOR_EXPR_SLICE:
      return gen_slice_expr (c, e);
    case GOR_EXPR_CALL:
      return gen_call (c, e, TRUE);
    case GOR_EXPR_STAR:
      {
        GorType *t = gen_expr (c, e->x, NULL);

        if (t == NULL)
          return NULL;
        if (gor_type_under (t)->kind != GOR_TYPE_POINTER)
          {
            error_at (c, expr_start (e->x), "invalid operation: cannot indirect %s", describe (c, e->x, t));
            return NULL;
          }
        if (gor_type_is_value_object (gor_type_under (t)->elem))
          emit (c, GOR_OP_LOAD_PTR, 1, 0, 0);
        else
          emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
        return gor_type_under (t)->elem;
      }
    case GOR_EXPR_TYPE_ASSERT:
      {
        GorType *t = gen_expr (c, e->x, NULL), *to;

        if (t == NULL)
          return NULL;
        if (e->y == NULL)
          {
            unsupported (c, e->pos, "type switches");
            return NULL;
          }
        to = resolve_type (c, e->y);
        if (gor_type_under (t)->kind != GOR_TYPE_INTERFACE)
          {
            error_at (c, e->x->pos, "invalid operation: %s is not an interface", describe (c, e->x, t));
            return NULL;
          }
        emit (c, GOR_OP_ASSERT, type_ref (c, to), 0, 0);
        return to;
      }
    case GOR_EXPR_KEY_VALUE:
      error_at (c, e->pos, "unexpected key:value expression");
      return NULL;
    case GOR_EXPR_ARRAY_TYPE:
    case GOR_EXPR_CHAN_TYPE:
    case GOR_EXPR_FUNC_TYPE:
    case GOR_EXPR_STRUCT_TYPE:
    case GOR_EXPR_INTERFACE_TYPE:
    case GOR_EXPR_MAP_TYPE:
      error_at (c, e->pos, "%s (type) is not an expression", expr_str (c, e));
      return NULL;
    default:
      error_at (c, e->pos, "invalid expression");
      return NULL;
    }
}

/* ---- calls ---- */

typedef enum
{
  PLAN_NONE,
  PLAN_STATIC,
  PLAN_CLOSURE,
  PLAN_OP,
  PLAN_CONVERSION,
} PlanKind;

typedef struct
{
  PlanKind    kind;
  GorOp       op;
  gint32      a;
  int         b;
  int         delta;    /* PLAN_OP: stack effect of op */
  int         func;
  int         n_slots;  /* operands pushed (not the closure) */
  GorType    *result;   /* NULL, a type, or a TUPLE */
  const char *name;     /* for goroutine names of wrappers */
  GorOp       op2;      /* second op (WaitGroup.Done's add) */
} Plan;

static int
n_results_of (GorType *t)
{
  if (t == NULL)
    return 0;
  if (t->kind == GOR_TYPE_TUPLE)
    return (int) t->results->len;
  return 1;
}

static GorType *
results_type (C *c, GorType *sig)
{
  if (sig->results->len == 0)
    return NULL;
  if (sig->results->len == 1)
    return g_ptr_array_index (sig->results, 0);
  return gor_types_tuple (c->types, g_ptr_array_copy (sig->results, NULL, NULL));
}

static const char *
types_list (C *c, GPtrArray *types, gboolean variadic)
{
  GString *s = g_string_new ("(");

  for (guint i = 0; i < types->len; i++)
    {
      GorType *t = g_ptr_array_index (types, i);

      if (i)
        g_string_append (s, ", ");
      if (variadic && i == types->len - 1)
        g_string_append_printf (s, "...%s", tname (c, t->elem));
      else
        g_string_append (s, gor_type_is_untyped (t) ? "number" : tname (c, t));
    }
  g_string_append_c (s, ')');
  return keep (c, g_string_free (s, FALSE), g_free);
}

/* Pushes the arguments of @call for @sig; returns the slots pushed. */
static int
gen_args (C *c, GorAstExpr *call, GorType *sig, const char *fname)
{
  GPtrArray *args = call->list;
  guint np = sig->params->len;
  guint nfixed = sig->variadic ? np - 1 : np;
  const char *actx = keep (c, g_strdup_printf ("argument to %s", fname), g_free);

  /* f(g()) with a multi-value g */
  if (args->len == 1 && np > 1 && !sig->variadic && !call->has_ellipsis)
    {
      GorAstExpr *a = g_ptr_array_index (args, 0);
      GorType *rt;

      while (a->kind == GOR_EXPR_PAREN)
        a = a->x;
      rt = gen_value (c, a, NULL);
      if (rt == NULL)
        return 0;
      if (rt->kind != GOR_TYPE_TUPLE || rt->results->len != np)
        {
          GPtrArray *have = rt->kind == GOR_TYPE_TUPLE ? rt->results : NULL;
          g_autoptr (GPtrArray) one = g_ptr_array_new ();

          if (have == NULL)
            g_ptr_array_add (one, rt), have = one;
          error_at (c, expr_start (a), "%s arguments in call to %s\n\thave %s\n\twant %s",
                    have->len < np ? "not enough" : "too many", fname,
                    types_list (c, have, FALSE), types_list (c, sig->params, sig->variadic));
          return (int) have->len;
        }
      for (guint i = 0; i < np; i++)
        if (!assignable (c, g_ptr_array_index (rt->results, i), g_ptr_array_index (sig->params, i)))
          error_at (c, a->pos, "cannot use %s value as %s value in argument to %s",
                    tname (c, g_ptr_array_index (rt->results, i)),
                    tname (c, g_ptr_array_index (sig->params, i)), fname);
      return (int) np;
    }

  if (call->has_ellipsis)
    {
      if (!sig->variadic)
        {
          error_at (c, call->pos, "have (...) but function is not variadic: %s", fname);
          return 0;
        }
      if (args->len != np)
        {
          error_at (c, call->pos, "%s arguments in call to %s", args->len < np ? "not enough" : "too many", fname);
          return 0;
        }
      for (guint i = 0; i < np; i++)
        gen_expr_to (c, g_ptr_array_index (args, i), g_ptr_array_index (sig->params, i), actx);
      return (int) np;
    }

  if (args->len < nfixed || (!sig->variadic && args->len > np))
    {
      GPtrArray *have = g_ptr_array_new ();
      GorPos pos = call->pos;

      for (guint i = 0; i < args->len; i++)
        {
          ConstVal cv;
          GorAstExpr *a = g_ptr_array_index (args, i);

          if (const_eval (c, a, &cv))
            g_ptr_array_add (have, cv.type);
          else
            g_ptr_array_add (have, c->t_int);
        }
      if (args->len > np)
        pos = expr_start (g_ptr_array_index (args, np));
      else if (args->len > 0)
        pos = expr_start (g_ptr_array_index (args, args->len - 1));  /* Go points at the last one */
      error_at (c, pos, "%s arguments in call to %s\n\thave %s\n\twant %s",
                args->len < nfixed ? "not enough" : "too many", fname,
                types_list (c, have, FALSE), types_list (c, sig->params, sig->variadic));
      g_ptr_array_unref (have);
      return 0;
    }
  for (guint i = 0; i < nfixed; i++)
    gen_expr_to (c, g_ptr_array_index (args, i), g_ptr_array_index (sig->params, i), actx);
  if (sig->variadic)
    {
      GorType *st = g_ptr_array_index (sig->params, np - 1);
      guint n = args->len - nfixed;

      if (n == 0)
        emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      else
        {
          for (guint i = nfixed; i < args->len; i++)
            gen_expr_to (c, g_ptr_array_index (args, i), st->elem, actx);
          emit (c, GOR_OP_SLICE_LIT, (gint32) n, 0, 1 - (int) n);
        }
    }
  return (int) np;
}

static int
add_print_spec (C *c, GorPrintKind kind, GPtrArray *types, gboolean spread)
{
  GorPrintSpec *spec = g_new0 (GorPrintSpec, 1);

  spec->kind = kind;
  spec->n_args = types->len;
  spec->types = g_new0 (GorType *, types->len + 1);
  for (guint i = 0; i < types->len; i++)
    spec->types[i] = g_ptr_array_index (types, i);
  spec->spread = spread;
  g_ptr_array_add (c->prog->print_specs, spec);
  return (int) c->prog->print_specs->len - 1;
}

/* fmt-style operands: each value keeps its own type. */
static int
gen_print_args (C *c, GorAstExpr *call, guint first, GorPrintKind kind)
{
  g_autoptr (GPtrArray) types = g_ptr_array_new ();

  if (call->has_ellipsis)
    {
      GorType *t;

      if (call->list->len != first + 1)
        {
          error_at (c, call->pos, "can only use ... with final argument in list");
          return add_print_spec (c, kind, types, TRUE);
        }
      t = gen_value (c, g_ptr_array_index (call->list, first), NULL);
      if (t && (gor_type_under (t)->kind != GOR_TYPE_SLICE
                || gor_type_under (gor_type_under (t)->elem)->kind != GOR_TYPE_INTERFACE))
        error_at (c, call->pos, "cannot use %s as []any value in argument", describe (c, g_ptr_array_index (call->list, first), t));
      g_ptr_array_add (types, t);
      return add_print_spec (c, kind, types, TRUE);
    }
  for (guint i = first; i < call->list->len; i++)
    {
      GorAstExpr *a = g_ptr_array_index (call->list, i);
      GorType *t = gen_value (c, a, NULL);

      if (t && t->kind == GOR_TYPE_TUPLE && call->list->len == first + 1)
        {
          /* fmt.Println(f()) with a multi-value f */
          for (guint k = 0; k < t->results->len; k++)
            g_ptr_array_add (types, g_ptr_array_index (t->results, k));
          return add_print_spec (c, kind, types, FALSE);
        }
      if (t && t->kind == GOR_TYPE_TUPLE)
        {
          error_at (c, expr_start (a), "multiple-value %s (value of type %s) in single-value context",
                    expr_str (c, a), tname (c, t));
          t = NULL;
        }
      if (t && t->kind == GOR_TYPE_UNTYPED_NIL)
        t = c->t_any;
      if (t && gor_type_is_value_object (t) && !is_fresh (a))
        emit (c, GOR_OP_CLONE, type_ref (c, t), 0, 0);
      g_ptr_array_add (types, t ? t : c->t_int);
    }
  return add_print_spec (c, kind, types, FALSE);
}

static gboolean
check_nargs (C *c, GorAstExpr *call, const char *name, guint min, guint max)
{
  guint n = call->list->len;
  gboolean builtin = call->x && call->x->kind == GOR_EXPR_IDENT;

  if (n >= min && n <= max)
    return TRUE;
  /* Go still looks at the arguments: their variables count as used */
  for (guint i = 0; i < n; i++)
    {
      GorAstExpr *a = g_ptr_array_index (call->list, i);
      Sym *sym = a->kind == GOR_EXPR_IDENT ? lookup (c, a->name) : NULL;

      if (sym)
        sym->used = TRUE;
    }
  if (!builtin)
    {
      /* a method or package function: Go's words for calls */
      if (n > max)
        error_at (c, expr_start (g_ptr_array_index (call->list, max)), "too many arguments in call to %s",
                  expr_str (c, call->x));
      else
        error_at (c, n > 0 ? expr_start (g_ptr_array_index (call->list, n - 1)) : call->pos,
                  "not enough arguments in call to %s", expr_str (c, call->x));
      return FALSE;
    }
  if (n < min)
    error_at (c, expr_start (call), "invalid operation: not enough arguments for %s (expected %u, found %u)",
              expr_str (c, call), min, n);
  else
    error_at (c, expr_start (call), "invalid operation: too many arguments for %s (expected %u, found %u)",
              expr_str (c, call), max, n);
  (void) name;
  return FALSE;
}

/* The size and alignment of a value of @t in a Go 1.19 amd64 binary:
 * append grows a slice's capacity by bytes, rounded up to the allocator's
 * size classes, so capacities depend on it. */
static gint64
go_type_size (GorType *t, gint64 *align)
{
  GorType *u = gor_type_under (t);
  gint64 size = 8, al = 8;

  switch (u->kind)
    {
    case GOR_TYPE_BOOL: case GOR_TYPE_INT8: case GOR_TYPE_UINT8:
      size = al = 1;
      break;
    case GOR_TYPE_INT16: case GOR_TYPE_UINT16:
      size = al = 2;
      break;
    case GOR_TYPE_INT32: case GOR_TYPE_UINT32:
      size = al = 4;
      break;
    case GOR_TYPE_STRING: case GOR_TYPE_INTERFACE:
      size = 16;
      break;
    case GOR_TYPE_SLICE:
      size = 24;
      break;
    case GOR_TYPE_MUTEX:
      size = 8;
      al = 4;
      break;
    case GOR_TYPE_RWMUTEX:
      size = 24;
      al = 4;
      break;
    case GOR_TYPE_ONCE:
      size = 12;
      al = 4;
      break;
    case GOR_TYPE_WAITGROUP:
      size = 16;
      break;
    case GOR_TYPE_STRUCT:
      {
        gboolean last_zero = FALSE;

        size = 0;
        al = 1;
        for (guint i = 0; u->fields && i < u->fields->len; i++)
          {
            GorField *f = g_ptr_array_index (u->fields, i);
            gint64 fa, fs = go_type_size (f->type, &fa);

            size = (size + fa - 1) / fa * fa + fs;
            al = MAX (al, fa);
            last_zero = fs == 0;
          }
        if (last_zero && size > 0)
          size++; /* a pointer past the end must stay inside the object */
        size = (size + al - 1) / al * al;
        break;
      }
    default:
      break;
    }
  if (align)
    *align = al;
  return size;
}

/* APPEND's b operand: the element's size, and in the top bit whether it
 * holds pointers (Go 1.23's allocator adds a header to such objects past
 * 512 bytes, which changes the capacity append gives them). */
static guint16
append_elem_operand (GorType *elem)
{
  GorType *u = gor_type_under (elem);
  gboolean pointers;

  switch (u->kind)
    {
    case GOR_TYPE_STRING: case GOR_TYPE_SLICE: case GOR_TYPE_CHAN: case GOR_TYPE_FUNC:
    case GOR_TYPE_POINTER: case GOR_TYPE_MAP: case GOR_TYPE_INTERFACE:
      pointers = TRUE;
      break;
    case GOR_TYPE_STRUCT:
      pointers = FALSE;
      for (guint i = 0; u->fields && i < u->fields->len && !pointers; i++)
        pointers = (append_elem_operand (((GorField *) g_ptr_array_index (u->fields, i))->type) & 0x8000) != 0;
      break;
    default:
      pointers = FALSE;
      break;
    }
  return (guint16) (MIN (go_type_size (elem, NULL), 0x7FFF) | (pointers ? 0x8000 : 0));
}

static gboolean
plan_builtin (C *c, GorAstExpr *call, Builtin b, Plan *p)
{
  GPtrArray *args = call->list;
  GorType *t;
  GorAstExpr *a0 = args->len > 0 ? g_ptr_array_index (args, 0) : NULL;

  p->kind = PLAN_OP;
  switch (b)
    {
    case B_LEN:
    case B_CAP:
      if (!check_nargs (c, call, "len", 1, 1))
        return FALSE;
      t = gen_value (c, a0, NULL);
      if (t == NULL)
        return FALSE;
      {
        GorType *u = gor_type_under (t);
        int kind = u->kind == GOR_TYPE_SLICE ? 0 : gor_type_is_string (u) ? 1
                   : u->kind == GOR_TYPE_CHAN ? 2 : u->kind == GOR_TYPE_MAP ? 3 : -1;

        if (kind < 0 || (b == B_CAP && (kind == 1 || kind == 3)))
          {
            error_at (c, expr_start (a0), "invalid argument: %s for %s", describe (c, a0, t),
                      b == B_LEN ? "len" : "cap");
            return FALSE;
          }
        p->op = b == B_LEN ? GOR_OP_LEN : GOR_OP_CAP;
        p->b = kind;
        p->n_slots = 1;
        p->delta = 0;
        p->result = c->t_int;
        return TRUE;
      }
    case B_APPEND:
      if (args->len == 0)
        {
          error_at (c, expr_start (call), "invalid operation: not enough arguments for append() (expected 1, found 0)");
          return FALSE;
        }
      if (is_nil_expr (c, a0))
        {
          error_at (c, a0->pos, "first argument to append must be a typed slice; have untyped nil");
          return FALSE;
        }
      t = gen_value (c, a0, NULL);
      if (t == NULL)
        return FALSE;
      if (gor_type_under (t)->kind != GOR_TYPE_SLICE)
        {
          error_at (c, a0->pos, "first argument to append must be a slice; have %s", describe (c, a0, t));
          return FALSE;
        }
      p->result = t;
      if (call->has_ellipsis)
        {
          GorAstExpr *a1;
          GorType *t1;

          if (args->len != 2)
            {
              error_at (c, call->pos, "can only use ... with final argument in list");
              return FALSE;
            }
          a1 = g_ptr_array_index (args, 1);
          t1 = gen_value (c, a1, t);
          if (t1 && gor_type_is_string (gor_type_under (t1))
              && gor_type_under (t)->elem->kind == GOR_TYPE_UINT8)
            {
              emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
              t1 = t;
            }
          if (t1 && !(t1->kind == GOR_TYPE_UNTYPED_NIL
                      || (gor_type_under (t1)->kind == GOR_TYPE_SLICE
                          && gor_type_under (t1)->elem == gor_type_under (t)->elem)))
            error_at (c, a1->pos, "cannot use %s as %s value in argument to append", describe (c, a1, t1),
                      tname (c, t));
          p->op = GOR_OP_APPEND_SLICE;
          p->b = append_elem_operand (gor_type_under (t)->elem);
          p->n_slots = 2;
          p->delta = -1;
          return TRUE;
        }
      for (guint i = 1; i < args->len; i++)
        gen_expr_to (c, g_ptr_array_index (args, i), gor_type_under (t)->elem, "argument to append");
      p->op = GOR_OP_APPEND;
      p->a = (gint32) args->len - 1;
      p->b = append_elem_operand (gor_type_under (t)->elem);
      p->n_slots = (int) args->len;
      p->delta = 1 - (int) args->len;
      return TRUE;
    case B_MAKE:
      {
        GorType *u;

        if (args->len == 0)
          {
            error_at (c, expr_start (call), "invalid operation: not enough arguments for make() (expected 1, found 0)");
            return FALSE;
          }
        t = resolve_type (c, a0);
        u = gor_type_under (t);
        for (guint i = 1; i < args->len; i++)
          {
            GorAstExpr *ai = g_ptr_array_index (args, i);
            GorType *at = gen_value (c, ai, c->t_int);
            ConstVal cv;

            if (at && !gor_type_is_integer (gor_type_under (at)))
              error_at (c, ai->pos, "cannot convert %s to type int", describe (c, ai, at));
            if (const_eval (c, ai, &cv) && gor_type_is_integer (cv.type) && cv.v.i < 0)
              error_at (c, ai->pos, "invalid argument: index %s (constant of type int) must not be negative",
                        expr_str (c, ai));
          }
        p->result = t;
        p->n_slots = (int) args->len - 1;
        p->delta = 1 - p->n_slots;
        p->a = type_ref (c, t);
        if (u->kind == GOR_TYPE_SLICE)
          {
            if (args->len < 2 || args->len > 3)
              {
                error_at (c, call->pos, "invalid operation: %s expects 2 or 3 arguments; found %u",
                          expr_str (c, call), args->len);
                return FALSE;
              }
            p->op = GOR_OP_MAKE_SLICE;
            p->b = args->len == 3;
            return TRUE;
          }
        if (u->kind == GOR_TYPE_CHAN || u->kind == GOR_TYPE_MAP)
          {
            if (args->len > 2)
              {
                error_at (c, call->pos, "invalid operation: %s expects 1 or 2 arguments; found %u",
                          expr_str (c, call), args->len);
                return FALSE;
              }
            p->op = u->kind == GOR_TYPE_CHAN ? GOR_OP_MAKE_CHAN : GOR_OP_MAKE_MAP;
            p->b = args->len == 2;
            if (u->kind == GOR_TYPE_MAP && args->len == 2)
              {
                emit (c, GOR_OP_POP, 0, 0, -1);
                p->n_slots = 0;
                p->delta = 1;
                p->b = 0;
              }
            return TRUE;
          }
        error_at (c, a0->pos, "invalid argument: cannot make %s; type must be slice, map, or channel",
                  expr_str (c, a0));
        return FALSE;
      }
    case B_CLOSE:
      if (!check_nargs (c, call, "close", 1, 1))
        return FALSE;
      t = gen_value (c, a0, NULL);
      if (t == NULL)
        return FALSE;
      if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
        {
          error_at (c, a0->pos, "invalid operation: cannot close non-channel %s", describe (c, a0, t));
          return FALSE;
        }
      if (gor_type_under (t)->dir == GOR_CHAN_RECV_ONLY)
        {
          error_at (c, a0->pos, "invalid operation: cannot close receive-only channel %s", describe (c, a0, t));
          return FALSE;
        }
      p->op = GOR_OP_CLOSE;
      p->n_slots = 1;
      p->delta = -1;
      p->name = "close";
      return TRUE;
    case B_PANIC:
      if (!check_nargs (c, call, "panic", 1, 1))
        return FALSE;
      gen_expr_to (c, a0, c->t_any, "argument to panic");
      p->op = GOR_OP_PANIC;
      p->n_slots = 1;
      p->delta = -1;
      p->name = "panic";
      return TRUE;
    case B_RECOVER:
      if (!check_nargs (c, call, "recover", 0, 0))
        return FALSE;
      p->op = GOR_OP_RECOVER;
      p->delta = 1;
      p->result = c->t_any;
      return TRUE;
    case B_NEW:
      if (!check_nargs (c, call, "new", 1, 1))
        return FALSE;
      t = resolve_type (c, a0);
      p->op = GOR_OP_ZERO;
      p->a = type_ref (c, t);
      p->b = gor_type_is_value_object (t) ? 0 : 1; /* 1: then box it */
      p->delta = 1;
      p->result = gor_types_pointer (c->types, t);
      return TRUE;
    case B_COPY:
      {
        GorType *t1;

        if (!check_nargs (c, call, "copy", 2, 2))
          return FALSE;
        t = gen_value (c, a0, NULL);
        t1 = gen_value (c, g_ptr_array_index (args, 1), t);
        if (t && t1 && gor_type_is_string (gor_type_under (t1)))
          emit (c, GOR_OP_CONV_STR_BYTES, 0, 0, 0);
        p->op = GOR_OP_COPY;
        p->n_slots = 2;
        p->delta = -1;
        p->result = c->t_int;
        return TRUE;
      }
    case B_DELETE:
      if (!check_nargs (c, call, "delete", 2, 2))
        return FALSE;
      t = gen_value (c, a0, NULL);
      if (t == NULL || gor_type_under (t)->kind != GOR_TYPE_MAP)
        {
          if (t)
            error_at (c, a0->pos, "invalid argument: %s is not a map", describe (c, a0, t));
          return FALSE;
        }
      gen_expr_to (c, g_ptr_array_index (args, 1), gor_type_under (t)->key, "argument to delete");
      p->op = GOR_OP_MAP_DELETE;
      p->a = type_ref (c, t);
      p->n_slots = 2;
      p->delta = -2;
      return TRUE;
    case B_PRINT:
    case B_PRINTLN:
      for (guint i = 0; i < args->len; i++)
        if (is_nil_expr (c, g_ptr_array_index (args, i)))
          {
            error_at (c, expr_start (g_ptr_array_index (args, i)), "use of untyped nil in argument to %s",
                      b == B_PRINT ? "print" : "println");
            return FALSE;
          }
      p->a = gen_print_args (c, call, 0, b == B_PRINT ? GOR_PRINT_BUILTIN_PRINT : GOR_PRINT_BUILTIN_PRINTLN);
      p->op = GOR_OP_PRINT;
      p->n_slots = (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, p->a))->n_args;
      p->delta = -p->n_slots;
      p->name = b == B_PRINT ? "print" : "println";
      return TRUE;
    default:
      unsupported (c, call->pos, "built-in %s", expr_str (c, call->x));
      return FALSE;
    }
}

/* pkg.name(…) that Gorolanes does not run: undefined if Go has no such name. */
static void
refuse_member (C *c, GorAstExpr *call, const char *path, const char *shown, const char *name)
{
  if (!package_exports_name (path, name) && call->x->kind == GOR_EXPR_SELECTOR && call->x->x
      && call->x->x->kind == GOR_EXPR_IDENT)
    error_at (c, sel_name_pos (c, call->x), "undefined: %s.%s", call->x->x->name, name);
  else
    unsupported (c, call->x->pos, "%s.%s", shown, name);
}

static gboolean
plan_package (C *c, GorAstExpr *call, Sym *pkg, const char *name, Plan *p)
{
  GPtrArray *args = call->list;
  const char *path = pkg->pkg;

  pkg->used = TRUE;
  p->kind = PLAN_OP;
  p->name = keep (c, g_strdup_printf ("%s.%s", path, name), g_free);
  if (g_str_equal (path, "fmt"))
    {
      GorPrintKind kind;
      GorOp op = GOR_OP_PRINT;
      guint first = 0;

      if (g_str_equal (name, "Println"))
        kind = GOR_PRINT_PRINTLN;
      else if (g_str_equal (name, "Print"))
        kind = GOR_PRINT_PRINT;
      else if (g_str_equal (name, "Printf"))
        kind = GOR_PRINT_PRINTF;
      else if (g_str_equal (name, "Sprintf"))
        kind = GOR_PRINT_PRINTF, op = GOR_OP_SPRINT;
      else if (g_str_equal (name, "Sprint"))
        kind = GOR_PRINT_PRINT, op = GOR_OP_SPRINT;
      else if (g_str_equal (name, "Sprintln"))
        kind = GOR_PRINT_PRINTLN, op = GOR_OP_SPRINT;
      else if (g_str_equal (name, "Errorf"))
        kind = GOR_PRINT_PRINTF, op = GOR_OP_ERRORF;
      else
        {
          refuse_member (c, call, path, "fmt", name);
          return FALSE;
        }
      if (kind == GOR_PRINT_PRINTF)
        {
          if (args->len == 0)
            {
              error_at (c, call->pos, "not enough arguments in call to fmt.%s", name);
              return FALSE;
            }
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, "argument");
          first = 1;
        }
      c->value_ctx = keep (c, g_strdup_printf ("argument to fmt.%s", name), g_free);
      p->a = gen_print_args (c, call, first, kind);
      c->value_ctx = NULL;
      p->op = op;
      p->n_slots = (int) ((GorPrintSpec *) g_ptr_array_index (c->prog->print_specs, p->a))->n_args + (int) first;
      p->delta = -p->n_slots + (op == GOR_OP_PRINT ? 0 : 1);
      p->result = op == GOR_OP_SPRINT ? c->t_string : op == GOR_OP_ERRORF ? c->t_error : NULL;
      return TRUE;
    }
  if (g_str_equal (path, "time"))
    {
      if (g_str_equal (name, "Sleep"))
        {
          if (!check_nargs (c, call, "time.Sleep", 1, 1))
            return FALSE;
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument to time.Sleep");
          p->op = GOR_OP_SLEEP;
          p->n_slots = 1;
          p->delta = -1;
          return TRUE;
        }
      if ((g_str_equal (name, "After") || g_str_equal (name, "Tick")) && check_nargs (c, call, name, 1, 1))
        {
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument");
          p->op = GOR_OP_AFTER;
          p->a = type_ref (c, c->t_time);
          p->b = g_str_equal (name, "Tick");
          p->n_slots = 1;
          p->result = gor_types_chan (c->types, c->t_time, GOR_CHAN_RECV_ONLY);
          return TRUE;
        }
      if (g_str_equal (name, "AfterFunc") && check_nargs (c, call, name, 2, 2))
        {
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument");
          gen_expr_to (c, g_ptr_array_index (args, 1),
                       gor_types_func (c->types, g_ptr_array_new (), g_ptr_array_new (), FALSE),
                       "argument to time.AfterFunc");
          p->op = GOR_OP_TIMER;
          p->a = 4;
          p->n_slots = 2;
          p->delta = -1;
          p->result = gor_types_pointer (c->types, c->t_timer);
          return TRUE;
        }
      if ((g_str_equal (name, "NewTimer") || g_str_equal (name, "NewTicker")) && check_nargs (c, call, name, 1, 1))
        {
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_duration, "argument");
          p->op = GOR_OP_TIMER;
          p->a = g_str_equal (name, "NewTicker");
          p->b = type_ref (c, c->t_time);
          p->n_slots = 1;
          p->result = gor_types_pointer (c->types, p->a ? c->t_ticker : c->t_timer);
          return TRUE;
        }
      if (g_str_equal (name, "Now") && check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_NOW;
          p->delta = 1;
          p->result = c->t_time;
          return TRUE;
        }
      if (g_str_equal (name, "Since") && check_nargs (c, call, name, 1, 1))
        {
          /* now - t */
          emit (c, GOR_OP_NOW, 0, 0, 1);
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_time, "argument to time.Since");
          p->op = GOR_OP_SUB;
          p->n_slots = 2;
          p->delta = -1;
          p->result = c->t_duration;
          return TRUE;
        }
      refuse_member (c, call, path, "time", name);
      return FALSE;
    }
  if (g_str_equal (path, "strings"))
    {
      static const struct { const char *name; int fn; int nargs; int ret; } funcs[] = {
        /* ret: 0 string, 1 bool, 2 int, 3 []string; arg 1 is int for Repeat, []string for Join */
        { "Repeat", GOR_STRINGS_REPEAT, 2, 0 }, { "ToUpper", GOR_STRINGS_TO_UPPER, 1, 0 },
        { "ToLower", GOR_STRINGS_TO_LOWER, 1, 0 }, { "TrimSpace", GOR_STRINGS_TRIM_SPACE, 1, 0 },
        { "Contains", GOR_STRINGS_CONTAINS, 2, 1 }, { "HasPrefix", GOR_STRINGS_HAS_PREFIX, 2, 1 },
        { "HasSuffix", GOR_STRINGS_HAS_SUFFIX, 2, 1 }, { "Index", GOR_STRINGS_INDEX, 2, 2 },
        { "Join", GOR_STRINGS_JOIN, 2, 0 }, { "Split", GOR_STRINGS_SPLIT, 2, 3 },
        { "Fields", GOR_STRINGS_FIELDS, 1, 3 }, { "ReplaceAll", GOR_STRINGS_REPLACE_ALL, 3, 0 },
        { "Count", GOR_STRINGS_COUNT, 2, 2 }, { "TrimPrefix", GOR_STRINGS_TRIM_PREFIX, 2, 0 },
        { "TrimSuffix", GOR_STRINGS_TRIM_SUFFIX, 2, 0 },
      };

      for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
        {
          if (!g_str_equal (funcs[i].name, name))
            continue;
          if (!check_nargs (c, call, name, (guint) funcs[i].nargs, (guint) funcs[i].nargs))
            return FALSE;
          for (int k = 0; k < funcs[i].nargs; k++)
            {
              GorType *at = c->t_string;

              if (funcs[i].fn == GOR_STRINGS_REPEAT && k == 1)
                at = c->t_int;
              if (funcs[i].fn == GOR_STRINGS_JOIN && k == 0)
                at = gor_types_slice (c->types, c->t_string);
              gen_expr_to (c, g_ptr_array_index (args, k), at, "argument");
            }
          p->op = GOR_OP_STRINGS;
          p->a = funcs[i].fn;
          p->n_slots = funcs[i].nargs;
          p->delta = 1 - funcs[i].nargs;
          p->result = funcs[i].ret == 0 ? c->t_string : funcs[i].ret == 1 ? c->t_bool
                      : funcs[i].ret == 2 ? c->t_int : gor_types_slice (c->types, c->t_string);
          return TRUE;
        }
      refuse_member (c, call, path, "strings", name);
      return FALSE;
    }
  if (g_str_equal (path, "math/rand"))
    {
      p->op = GOR_OP_RAND;
      if (g_str_equal (name, "Intn") && check_nargs (c, call, name, 1, 1))
        {
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument to rand.Intn");
          p->a = 0;
          p->n_slots = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Int") && check_nargs (c, call, name, 0, 0))
        {
          p->a = 1;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Float64") && check_nargs (c, call, name, 0, 0))
        {
          p->a = 2;
          p->delta = 1;
          p->result = c->t_float;
          return TRUE;
        }
      if (g_str_equal (name, "Seed") && check_nargs (c, call, name, 1, 1))
        {
          /* the run's seed decides: --seed */
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int64, "argument to rand.Seed");
          p->a = 3;
          p->n_slots = 1;
          p->delta = -1;
          return TRUE;
        }
      refuse_member (c, call, path, "rand", name);
      return FALSE;
    }
  if (g_str_equal (path, "context"))
    {
      g_autoptr (GPtrArray) rs = g_ptr_array_new ();

      p->op = GOR_OP_CTX;
      if ((g_str_equal (name, "Background") || g_str_equal (name, "TODO")) && check_nargs (c, call, name, 0, 0))
        {
          p->a = 0;
          p->delta = 1;
          p->result = c->t_context;
          return TRUE;
        }
      if (!g_str_equal (name, "WithCancel") && !g_str_equal (name, "WithTimeout")
          && !g_str_equal (name, "WithDeadline"))
        {
          refuse_member (c, call, path, "context", name);
          return FALSE;
        }
      if (!check_nargs (c, call, name, g_str_equal (name, "WithCancel") ? 1 : 2,
                        g_str_equal (name, "WithCancel") ? 1 : 2))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), c->t_context, "argument");
      if (g_str_equal (name, "WithTimeout"))
        gen_expr_to (c, g_ptr_array_index (args, 1), c->t_duration, "argument");
      else if (g_str_equal (name, "WithDeadline"))
        {
          gen_expr_to (c, g_ptr_array_index (args, 1), c->t_time, "argument");
          emit (c, GOR_OP_NOW, 0, 0, 1);
          emit (c, GOR_OP_SUB, 0, 0, -1);
        }
      if (c->ctx_cancel_func < 0)
        {
          /* the CancelFunc: a closure over its context */
          Fn *outer = c->fn;
          GorFunc *f = func_new (c, "context.WithCancel.func1", 0);
          Fn *fn = fn_new (c, f, NULL, f->name);
          guint32 line = c->line;

          c->fn = fn;
          emit (c, GOR_OP_UPVAL_RAW, 0, 0, 1);
          emit (c, GOR_OP_CTX, 5, 0, -1);
          emit (c, GOR_OP_RET, 0, 0, 0);
          f->unwind_pc = (guint) here (c);
          emit (c, GOR_OP_UNWIND, -1, 0, 0);
          fn_finish (c, fn);
          c->fn = outer;
          c->line = line;
          g_ptr_array_unref (fn->upvals);
          g_hash_table_unref (fn->captured);
          g_ptr_array_unref (fn->loops);
          g_free (fn);
          c->ctx_cancel_func = (int) f->index;
        }
      p->a = g_str_equal (name, "WithCancel") ? 1 : 2;
      p->b = c->ctx_cancel_func;
      p->n_slots = p->a == 1 ? 1 : 2;
      p->delta = 2 - p->n_slots;
      g_ptr_array_add (rs, c->t_context);
      g_ptr_array_add (rs, c->t_cancel);
      p->result = gor_types_tuple (c->types, g_ptr_array_ref (rs));
      return TRUE;
    }
  if (g_str_equal (path, "sync/atomic"))
    {
      static const struct { const char *name; int op; int bits; } funcs[] = {
        { "AddInt64", 0, 64 }, { "LoadInt64", 1, 64 }, { "StoreInt64", 2, 64 },
        { "CompareAndSwapInt64", 3, 64 }, { "SwapInt64", 4, 64 },
        { "AddInt32", 0, 32 }, { "LoadInt32", 1, 32 }, { "StoreInt32", 2, 32 },
        { "CompareAndSwapInt32", 3, 32 }, { "SwapInt32", 4, 32 },
        { "AddUint64", 0, 65 }, { "LoadUint64", 1, 65 }, { "StoreUint64", 2, 65 },
        { "AddUint32", 0, 33 }, { "LoadUint32", 1, 33 }, { "StoreUint32", 2, 33 },
      };

      for (guint i = 0; i < G_N_ELEMENTS (funcs); i++)
        {
          GorType *it = gor_types_basic (c->types, funcs[i].bits == 64 ? GOR_TYPE_INT64 : funcs[i].bits == 32 ? GOR_TYPE_INT32
                                             : funcs[i].bits == 65 ? GOR_TYPE_UINT64 : GOR_TYPE_UINT32);
          int n = funcs[i].op == 1 ? 1 : funcs[i].op == 3 ? 3 : 2;

          if (!g_str_equal (funcs[i].name, name))
            continue;
          if (!check_nargs (c, call, name, (guint) n, (guint) n))
            return FALSE;
          gen_expr_to (c, g_ptr_array_index (args, 0), gor_types_pointer (c->types, it), "argument");
          for (int k = 1; k < n; k++)
            gen_expr_to (c, g_ptr_array_index (args, k), it, "argument");
          p->op = GOR_OP_ATOMIC;
          p->a = funcs[i].op;
          p->n_slots = n;
          p->result = funcs[i].op == 2 ? NULL : funcs[i].op == 3 ? c->t_bool : it;
          p->delta = (funcs[i].op == 2 ? 0 : 1) - n;
          return TRUE;
        }
      refuse_member (c, call, path, "atomic", name);
      return FALSE;
    }
  if (g_str_equal (path, "runtime"))
    {
      if (g_str_equal (name, "NumGoroutine") && check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_NUMG;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Gosched") && check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_GOSCHED;
          return TRUE;
        }
      if (g_str_equal (name, "NumCPU") && check_nargs (c, call, name, 0, 0))
        {
          /* the one simulated processor GOMAXPROCS reports */
          p->op = GOR_OP_PUSH_INT;
          p->a = 1;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      if (g_str_equal (name, "Goexit") && check_nargs (c, call, name, 0, 0))
        {
          p->op = GOR_OP_GOEXIT;
          return TRUE;
        }
      if (g_str_equal (name, "GOMAXPROCS") && check_nargs (c, call, name, 1, 1))
        {
          /* One simulated processor whatever is asked; returns the previous setting. */
          gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument");
          emit (c, GOR_OP_POP, 0, 0, -1);
          p->op = GOR_OP_PUSH_INT;
          p->a = 1;
          p->delta = 1;
          p->result = c->t_int;
          return TRUE;
        }
      refuse_member (c, call, path, "runtime", name);
      return FALSE;
    }
  if (g_str_equal (path, "sync") && g_str_equal (name, "NewCond"))
    {
      if (!check_nargs (c, call, name, 1, 1))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), gor_types_pointer (c->types, gor_types_basic (c->types, GOR_TYPE_MUTEX)),
                   "argument to sync.NewCond");
      p->op = GOR_OP_COND;
      p->a = 0;
      p->n_slots = 1;
      p->result = gor_types_pointer (c->types, c->t_cond);
      return TRUE;
    }
  if (g_str_equal (path, "errors") && g_str_equal (name, "Is"))
    {
      if (!check_nargs (c, call, name, 2, 2))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), c->t_error, "argument to errors.Is");
      gen_expr_to (c, g_ptr_array_index (args, 1), c->t_error, "argument to errors.Is");
      p->op = GOR_OP_IFACE_EQ;
      p->n_slots = 2;
      p->delta = -1;
      p->result = c->t_bool;
      return TRUE;
    }
  if (g_str_equal (path, "errors") && g_str_equal (name, "New"))
    {
      if (!check_nargs (c, call, name, 1, 1))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, "argument to errors.New");
      p->op = GOR_OP_ERRORS_NEW;
      p->a = type_ref (c, c->t_errstr);
      p->n_slots = 1;
      p->result = c->t_error;
      return TRUE;
    }
  if (g_str_equal (path, "os") && g_str_equal (name, "Exit"))
    {
      if (!check_nargs (c, call, name, 1, 1))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument to os.Exit");
      p->op = GOR_OP_EXIT;
      p->n_slots = 1;
      p->delta = -1;
      return TRUE;
    }
  if (g_str_equal (path, "strconv") && g_str_equal (name, "Atoi"))
    {
      g_autoptr (GPtrArray) rs = g_ptr_array_new ();

      if (!check_nargs (c, call, name, 1, 1))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), c->t_string, "argument to strconv.Atoi");
      p->op = GOR_OP_ATOI;
      p->n_slots = 1;
      p->delta = 1;
      g_ptr_array_add (rs, c->t_int);
      g_ptr_array_add (rs, c->t_error);
      p->result = gor_types_tuple (c->types, g_ptr_array_ref (rs));
      return TRUE;
    }
  if (g_str_equal (path, "strconv") && g_str_equal (name, "Itoa"))
    {
      if (!check_nargs (c, call, name, 1, 1))
        return FALSE;
      gen_expr_to (c, g_ptr_array_index (args, 0), c->t_int, "argument to strconv.Itoa");
      p->op = GOR_OP_ITOA;
      p->n_slots = 1;
      p->result = c->t_string;
      return TRUE;
    }
  refuse_member (c, call, path, path, name);
  return FALSE;
}

static gboolean
plan_method (C *c, GorAstExpr *call, GorAstExpr *sel, Plan *p)
{
  GorType *t, *u, *base;
  GorMethod *m;
  const char *name = sel->name;
  GorAstExpr *x = sel->x;

  t = gen_expr (c, x, NULL);
  if (t == NULL)
    return FALSE;
  if (t == c->t_context)
    {
      p->kind = PLAN_OP;
      p->op = GOR_OP_CTX;
      p->n_slots = 1;
      if (g_str_equal (name, "Done") && check_nargs (c, call, name, 0, 0))
        {
          p->a = 3;
          p->result = gor_types_chan (c->types, gor_types_struct (c->types, g_ptr_array_new ()), GOR_CHAN_RECV_ONLY);
          return TRUE;
        }
      if (g_str_equal (name, "Err") && check_nargs (c, call, name, 0, 0))
        {
          p->a = 4;
          p->result = c->t_error;
          return TRUE;
        }
      unsupported (c, sel->pos, "context.Context.%s", name);
      return FALSE;
    }
  u = gor_type_under (t);
  base = u->kind == GOR_TYPE_POINTER ? u->elem : t;

  switch (gor_type_under (base)->kind)
    {
    case GOR_TYPE_MUTEX:
    case GOR_TYPE_RWMUTEX:
    case GOR_TYPE_WAITGROUP:
    case GOR_TYPE_ONCE:
      {
        GorTypeKind k = gor_type_under (base)->kind;
        const char *tn = tname (c, gor_type_under (base));

        p->kind = PLAN_OP;
        p->n_slots = 1;
        p->delta = -1;
        p->name = keep (c, g_strdup_printf ("sync.(*%s).%s", tn + 5, name), g_free);
        if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "Lock"))
          p->op = GOR_OP_LOCK;
        else if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "Unlock"))
          p->op = GOR_OP_UNLOCK;
        else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "RLock"))
          p->op = GOR_OP_RLOCK;
        else if ((k == GOR_TYPE_MUTEX || k == GOR_TYPE_RWMUTEX) && g_str_equal (name, "TryLock"))
          p->op = GOR_OP_LOCK, p->a = 1, p->delta = 0, p->result = c->t_bool;
        else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "TryRLock"))
          p->op = GOR_OP_RLOCK, p->a = 1, p->delta = 0, p->result = c->t_bool;
        else if (k == GOR_TYPE_RWMUTEX && g_str_equal (name, "RUnlock"))
          p->op = GOR_OP_RUNLOCK;
        else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Wait"))
          p->op = GOR_OP_WG_WAIT;
        else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Done"))
          {
            if (!check_nargs (c, call, name, 0, 0))
              return FALSE;
            emit (c, GOR_OP_PUSH_INT, -1, 0, 1);
            p->op = GOR_OP_WG_ADD;
            p->n_slots = 2;
            p->delta = -2;
            return TRUE;
          }
        else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Go"))
          {
            /* wg.Go(f) (Go 1.25): Add(1), then go func() { f(); wg.Done() }() */
            GPtrArray *noargs = g_ptr_array_new ();
            int wrapper;

            if (!check_nargs (c, call, name, 1, 1))
              {
                g_ptr_array_unref (noargs);
                return FALSE;
              }
            gen_expr_to (c, g_ptr_array_index (call->list, 0),
                         gor_types_func (c->types, noargs, g_ptr_array_new (), FALSE), "argument to wg.Go");
            {
              Fn *outer = c->fn;
              GorFunc *f = func_new (c, "sync.(*WaitGroup).Go.func1", c->line);
              Fn *fn = fn_new (c, f, NULL, f->name);
              guint32 line = c->line;

              c->fn = fn;
              fn->n_slots = 2;
              f->n_params = 2;
              emit (c, GOR_OP_LOCAL, 1, 0, 1);
              emit (c, GOR_OP_CALL_CLOSURE, 0, 0, -1);
              emit (c, GOR_OP_LOCAL, 0, 0, 1);
              emit (c, GOR_OP_PUSH_INT, -1, 0, 1);
              emit (c, GOR_OP_WG_ADD, 0, 0, -2);
              emit (c, GOR_OP_RET, 0, 0, 0);
              f->unwind_pc = (guint) here (c);
              emit (c, GOR_OP_UNWIND, -1, 0, 0);
              fn_finish (c, fn);
              c->fn = outer;
              c->line = line;
              g_ptr_array_unref (fn->upvals);
              g_hash_table_unref (fn->captured);
              g_ptr_array_unref (fn->loops);
              g_free (fn);
              wrapper = (int) f->index;
            }
            emit (c, GOR_OP_SWAP, 0, 0, 0);
            emit (c, GOR_OP_DUP, 0, 0, 1);
            emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
            emit (c, GOR_OP_WG_ADD, 0, 0, -2);
            emit (c, GOR_OP_SWAP, 0, 0, 0);
            p->op = GOR_OP_GO;
            p->a = wrapper;
            p->b = 2;
            p->n_slots = 2;
            p->delta = -2;
            return TRUE;
          }
        else if (k == GOR_TYPE_WAITGROUP && g_str_equal (name, "Add"))
          {
            if (!check_nargs (c, call, name, 1, 1))
              return FALSE;
            gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_int, "argument to wg.Add");
            p->op = GOR_OP_WG_ADD;
            p->n_slots = 2;
            p->delta = -2;
            return TRUE;
          }
        else if (k == GOR_TYPE_ONCE && g_str_equal (name, "Do"))
          {
            GPtrArray *noargs = g_ptr_array_new ();

            if (!check_nargs (c, call, name, 1, 1))
              {
                g_ptr_array_unref (noargs);
                return FALSE;
              }
            gen_expr_to (c, g_ptr_array_index (call->list, 0),
                         gor_types_func (c->types, noargs, g_ptr_array_new (), FALSE), "argument to once.Do");
            p->op = GOR_OP_ONCE_DO;
            p->n_slots = 2;
            p->delta = -2;
            return TRUE;
          }
        else
          {
            error_at (c, sel_name_pos (c, sel), "%s undefined (type %s has no field or method %s)", expr_str (c, sel),
                      tname (c, t), name);
            return FALSE;
          }
        return check_nargs (c, call, name, 0, 0);
      }
    case GOR_TYPE_INTERFACE:
      {
        GorType *iu = gor_type_under (t);
        GorField *f = NULL;
        GorType *sig;
        int n;
        GorValue v;

        for (guint i = 0; iu->fields && i < iu->fields->len; i++)
          if (g_str_equal (((GorField *) g_ptr_array_index (iu->fields, i))->name, name))
            f = g_ptr_array_index (iu->fields, i);
        if (f == NULL || u->kind == GOR_TYPE_POINTER)
          {
            error_at (c, sel_name_pos (c, sel), "%s undefined (type %s has no field or method %s)", expr_str (c, sel),
                      tname (c, t), name);
            return FALSE;
          }
        sig = f->type;
        n = gen_args (c, call, sig, expr_str (c, sel));
        v.p = gor_str_new (&c->prog->const_heap, name, strlen (name));
        p->kind = PLAN_OP;
        p->op = GOR_OP_CALL_IFACE;
        p->a = add_const (c, v);
        p->b = n;
        p->n_slots = n + 1;
        p->result = results_type (c, sig);
        p->delta = n_results_of (p->result) - (n + 1);
        p->name = keep (c, g_strdup_printf ("%s.%s", tname (c, t), name), g_free);
        return TRUE;
      }
    default:
      break;
    }

  if (base == c->t_duration && u->kind != GOR_TYPE_POINTER)
    {
      static const struct { const char *name; double div; gboolean flt; } units[] = {
        { "Seconds", 1e9, TRUE }, { "Minutes", 6e10, TRUE }, { "Hours", 3.6e12, TRUE },
        { "Milliseconds", 1e6, FALSE }, { "Microseconds", 1e3, FALSE }, { "Nanoseconds", 1, FALSE },
      };

      p->kind = PLAN_OP;
      p->op = GOR_OP_NOP;
      if (g_str_equal (name, "String") && check_nargs (c, call, name, 0, 0))
        {
          g_autoptr (GPtrArray) types = g_ptr_array_new ();

          g_ptr_array_add (types, c->t_duration);
          p->op = GOR_OP_SPRINT;
          p->a = add_print_spec (c, GOR_PRINT_PRINT, types, FALSE);
          p->n_slots = 1;
          p->result = c->t_string;
          return TRUE;
        }
      for (guint i = 0; i < G_N_ELEMENTS (units); i++)
        if (g_str_equal (name, units[i].name) && check_nargs (c, call, name, 0, 0))
          {
            ConstVal cv = { c->t_unt_float, { .f = units[i].div }, FALSE };

            if (units[i].flt)
              {
                emit (c, GOR_OP_I2F, 0, 0, 0);
                push_const (c, &cv, c->t_float);
                emit (c, GOR_OP_FDIV, 0, 0, -1);
                p->result = c->t_float;
              }
            else
              {
                cv.type = c->t_unt_int;
                cv.v.i = (gint64) units[i].div;
                push_const (c, &cv, c->t_int64);
                emit (c, GOR_OP_DIV, 0, 0, -1);
                p->result = c->t_int64;
              }
            p->n_slots = 1;
            return TRUE;
          }
    }
  if (base == c->t_cond && (g_str_equal (name, "Wait") || g_str_equal (name, "Signal") || g_str_equal (name, "Broadcast")))
    {
      if (!check_nargs (c, call, name, 0, 0))
        return FALSE;
      p->kind = PLAN_OP;
      p->op = GOR_OP_COND;
      p->a = g_str_equal (name, "Wait") ? 1 : g_str_equal (name, "Signal") ? 2 : 3;
      p->n_slots = 1;
      p->delta = -1;
      return TRUE;
    }
  if ((base == c->t_timer || base == c->t_ticker) && (g_str_equal (name, "Stop") || g_str_equal (name, "Reset")))
    {
      gboolean reset = g_str_equal (name, "Reset");

      if (!check_nargs (c, call, name, reset ? 1 : 0, reset ? 1 : 0))
        return FALSE;
      if (reset)
        gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_duration, "argument");
      p->kind = PLAN_OP;
      p->op = GOR_OP_TIMER;
      p->a = reset ? 3 : 2;
      p->n_slots = reset ? 2 : 1;
      p->delta = 1 - p->n_slots;
      p->result = base == c->t_timer ? c->t_bool : NULL;
      if (p->result == NULL)
        p->delta -= 1, p->op2 = GOR_OP_POP;
      return TRUE;
    }
  if (base == c->t_time && u->kind != GOR_TYPE_POINTER && g_str_equal (name, "Sub")
      && check_nargs (c, call, name, 1, 1))
    {
      gen_expr_to (c, g_ptr_array_index (call->list, 0), c->t_time, "argument");
      p->kind = PLAN_OP;
      p->op = GOR_OP_SUB;
      p->n_slots = 2;
      p->delta = -1;
      p->result = c->t_duration;
      return TRUE;
    }
  if (base == c->t_atomic_int64 || base == c->t_atomic_int32 || base == c->t_atomic_bool)
    {
      static const char *names[] = { "Add", "Load", "Store", "CompareAndSwap", "Swap" };
      GorType *it = base == c->t_atomic_int64 ? c->t_int64
                    : base == c->t_atomic_bool ? c->t_bool : gor_types_basic (c->types, GOR_TYPE_INT32);

      for (guint i = 0; i < G_N_ELEMENTS (names); i++)
        {
          guint n = i == 1 ? 0 : i == 3 ? 2 : 1;

          if (!g_str_equal (names[i], name) || (i == 0 && base == c->t_atomic_bool))
            continue;
          if (!check_nargs (c, call, name, n, n))
            return FALSE;
          for (guint k = 0; k < n; k++)
            gen_expr_to (c, g_ptr_array_index (call->list, k), it, "argument");
          p->kind = PLAN_OP;
          p->op = GOR_OP_ATOMIC;
          p->a = (gint32) i;
          p->b = 1;
          p->n_slots = (int) n + 1;
          p->result = i == 2 ? NULL : i == 3 ? c->t_bool : it;
          p->delta = (i == 2 ? 0 : 1) - p->n_slots;
          return TRUE;
        }
    }

  m = gor_type_lookup_method (base, name);
  if (m == NULL)
    {
      /* a field of function type */
      GorType *st = gor_type_under (base);
      int idx = st->kind == GOR_TYPE_STRUCT ? gor_type_field_index (st, name) : -1;

      if (idx >= 0)
        {
          GorType *ft = ((GorField *) g_ptr_array_index (st->fields, idx))->type;

          if (gor_type_under (ft)->kind == GOR_TYPE_FUNC)
            {
              emit (c, GOR_OP_FIELD, idx, 0, 0);
              p->kind = PLAN_CLOSURE;
              p->n_slots = gen_args (c, call, gor_type_under (ft), expr_str (c, sel));
              p->result = results_type (c, gor_type_under (ft));
              return TRUE;
            }
          error_at (c, call->pos, "invalid operation: cannot call non-function %s", describe (c, sel, ft));
          return FALSE;
        }
      error_at (c, sel_name_pos (c, sel), "%s undefined (type %s has no field or method %s)", expr_str (c, sel),
                tname (c, t), name);
      return FALSE;
    }
  if (m->ptr_recv && u->kind != GOR_TYPE_POINTER)
    {
      GorAstExpr *rx = sel->x;

      while (rx && rx->kind == GOR_EXPR_PAREN)
        rx = rx->x;
      if (rx && (rx->kind == GOR_EXPR_COMPOSITE_LIT || rx->kind == GOR_EXPR_CALL))
        {
          /* not addressable: Go refuses to take its address */
          error_at (c, sel_name_pos (c, sel), "cannot call pointer method %s on %s", name, tname (c, t));
          return FALSE;
        }
    }
  if (!gor_type_is_value_object (base))
    {
      if (m->ptr_recv && u->kind != GOR_TYPE_POINTER)
        {
          unsupported (c, sel->pos, "pointer-receiver method on a non-struct variable");
          return FALSE;
        }
      if (!m->ptr_recv && u->kind == GOR_TYPE_POINTER)
        emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
    }
  else if (!m->ptr_recv)
    emit (c, GOR_OP_CLONE, type_ref (c, base), 0, 0);
  p->kind = PLAN_STATIC;
  p->func = m->func;
  p->n_slots = 1 + gen_args (c, call, m->sig, expr_str (c, sel));
  p->result = results_type (c, m->sig);
  return TRUE;
}

static gboolean
plan_call (C *c, GorAstExpr *call, Plan *p)
{
  GorAstExpr *f = call->x;
  GorType *t;

  memset (p, 0, sizeof *p);
  while (f && f->kind == GOR_EXPR_PAREN)
    f = f->x;
  if (f == NULL)
    return FALSE;
  if (expr_as_type (c, f) != NULL)
    {
      p->kind = PLAN_CONVERSION;
      return TRUE;
    }
  if (f->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = lookup (c, f->name);

      if (sym && sym->kind == SYM_BUILTIN)
        {
          sym->used = TRUE;
          return plan_builtin (c, call, sym->builtin, p);
        }
      if (sym && sym->kind == SYM_FUNC)
        {
          sym->used = TRUE;
          p->kind = PLAN_STATIC;
          p->func = sym->func;
          p->n_slots = gen_args (c, call, sym->type, f->name);
          p->result = results_type (c, sym->type);
          return TRUE;
        }
    }
  if (f->kind == GOR_EXPR_SELECTOR && f->x && f->x->kind == GOR_EXPR_IDENT)
    {
      Sym *pkg = lookup (c, f->x->name);

      if (pkg && pkg->kind == SYM_PKG)
        return plan_package (c, call, pkg, f->name, p);
    }
  if (f->kind == GOR_EXPR_SELECTOR)
    return plan_method (c, call, f, p);

  t = gen_expr (c, f, NULL);
  if (t == NULL)
    return FALSE;
  if (gor_type_under (t)->kind != GOR_TYPE_FUNC)
    {
      error_at (c, call->pos, "invalid operation: cannot call non-function %s", describe (c, f, t));
      return FALSE;
    }
  p->kind = PLAN_CLOSURE;
  p->n_slots = gen_args (c, call, gor_type_under (t), expr_str (c, f));
  p->result = results_type (c, gor_type_under (t));
  return TRUE;
}

static void
emit_plan (C *c, Plan *p)
{
  int nres = n_results_of (p->result);

  switch (p->kind)
    {
    case PLAN_STATIC:
      emit (c, GOR_OP_CALL, p->func, p->n_slots, nres - p->n_slots);
      break;
    case PLAN_CLOSURE:
      emit (c, GOR_OP_CALL_CLOSURE, p->n_slots, 0, nres - p->n_slots - 1);
      break;
    case PLAN_OP:
      if (p->op == GOR_OP_COND && p->a == 1)
        {
          /* Wait: park (unlocking L), then take L again when woken */
          emit (c, GOR_OP_DUP, 0, 0, 1);
          emit (c, GOR_OP_COND, 1, 0, -1);
          emit (c, GOR_OP_FIELD, 0, 0, 0);
          emit (c, GOR_OP_LOCK, 0, 0, -1);
          break;
        }
      if (p->op == GOR_OP_ONCE_DO)
        {
          /* [once f] → done: skip; else mark it and call f */
          int j = emit (c, GOR_OP_ONCE_DO, 0, 0, -1);

          emit (c, GOR_OP_CALL_CLOSURE, 0, 0, -1);
          patch (c, j, here (c));
          break;
        }
      emit (c, p->op, p->a, p->b, p->delta + (p->op2 == GOR_OP_POP ? 1 : 0));
      if (p->op == GOR_OP_ZERO && p->b == 1)
        emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
      if (p->op2 == GOR_OP_POP)
        emit (c, GOR_OP_POP, 0, 0, -1);
      break;
    default:
      break;
    }
}

static GorType *
gen_conversion (C *c, GorAstExpr *call)
{
  GorType *to = expr_as_type (c, call->x), *from, *tu, *fu;
  GorAstExpr *a;

  if (call->list->len != 1)
    {
      error_at (c, call->pos, "%s arguments in conversion to %s",
                call->list->len == 0 ? "missing" : "too many", tname (c, to));
      return NULL;
    }
  a = g_ptr_array_index (call->list, 0);
  from = gen_value (c, a, to);
  if (from == NULL)
    return NULL;
  tu = gor_type_under (to);
  fu = gor_type_under (from);
  if (assignable (c, from, to) || fu == tu)
    {
      convert_value (c, from, to, is_fresh (a));
      return to;
    }
  if (gor_type_is_integer (tu) && gor_type_is_integer (fu))
    {
      emit_trunc (c, to);
      return to;
    }
  if (gor_type_is_float (tu) && gor_type_is_integer (fu))
    {
      emit (c, gor_type_is_unsigned (fu) ? GOR_OP_U2F : GOR_OP_I2F, 0, 0, 0);
      return to;
    }
  if (gor_type_is_integer (tu) && gor_type_is_float (fu))
    {
      emit (c, GOR_OP_F2I, 0, 0, 0);
      emit_trunc (c, to);
      return to;
    }
  if (gor_type_is_float (tu) && gor_type_is_float (fu))
    return to;
  if (gor_type_is_string (tu) && gor_type_is_integer (fu))
    {
      emit (c, GOR_OP_CONV_RUNE_STR, 0, 0, 0);
      return to;
    }
  if (gor_type_is_string (tu) && fu->kind == GOR_TYPE_SLICE
      && (fu->elem->kind == GOR_TYPE_UINT8 || fu->elem->kind == GOR_TYPE_INT32))
    {
      emit (c, GOR_OP_CONV_BYTES_STR, fu->elem->kind == GOR_TYPE_INT32, 0, 0);
      return to;
    }
  if (tu->kind == GOR_TYPE_SLICE && gor_type_is_string (fu)
      && (tu->elem->kind == GOR_TYPE_UINT8 || tu->elem->kind == GOR_TYPE_INT32))
    {
      emit (c, tu->elem->kind == GOR_TYPE_UINT8 ? GOR_OP_CONV_STR_BYTES : GOR_OP_CONV_STR_RUNES, 0, 0, 0);
      return to;
    }
  error_at (c, expr_start (a), "cannot convert %s to type %s", describe (c, a, from), tname (c, to));
  return NULL;
}

static GorType *
gen_call (C *c, GorAstExpr *e, gboolean want_value)
{
  Plan p;

  c->line = e->pos.line;
  if (!plan_call (c, e, &p))
    return NULL;
  if (p.kind == PLAN_CONVERSION)
    return gen_conversion (c, e);
  if (want_value && p.result == NULL)
    {
      /* Nothing would be pushed where a value is needed. */
      error_at (c, expr_start (e), "%s (no value) used as value", expr_str (c, e));
      return NULL;
    }
  emit_plan (c, &p);
  return p.result;
}

/* ---- statements ---- */

static void compile_stmt (C *c, GorAstStmt *s);
static void compile_block_list (C *c, GPtrArray *list);

static Sym *
declare_local (C *c, GorAstExpr *name, GorType *t)
{
  Sym *sym = sym_new (c, SYM_VAR, name->name, name->pos);

  sym->type = t;
  sym->owner = c->fn;
  sym->slot = new_slot (c);
  sym->boxed = g_hash_table_contains (c->fn->captured, name->name);
  if (strcmp (name->name, "_") != 0)
    declare (c, c->scope, sym);
  return sym;
}

/* Pops the value on the stack into a freshly declared variable. */
static void
init_local (C *c, Sym *sym)
{
  if (sym->boxed)
    emit (c, GOR_OP_NEW_BOX, 0, 0, 0);
  emit (c, GOR_OP_SET_LOCAL, sym->slot, 0, -1);
}

static void
push_zero (C *c, GorType *t)
{
  if (gor_type_is_value_object (t))
    emit (c, GOR_OP_ZERO, type_ref (c, t), 0, 1);
  else
    emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
}

typedef enum { LV_NONE, LV_BLANK, LV_SYM, LV_INDEX, LV_FIELD, LV_PTR, LV_MAP } LvKind;

typedef struct
{
  LvKind   kind;
  Sym     *sym;
  int      field;
  GorType *type;
  GorType *map_type;
} LValue;

/* Pushes what a store to @e needs (object, index) and describes it. */
static gboolean
prepare_lvalue (C *c, GorAstExpr *e, LValue *lv)
{
  memset (lv, 0, sizeof *lv);
  while (e->kind == GOR_EXPR_PAREN)
    e = e->x;
  switch (e->kind)
    {
    case GOR_EXPR_IDENT:
      {
        Sym *sym;

        if (g_str_equal (e->name, "_"))
          {
            lv->kind = LV_BLANK;
            return TRUE;
          }
        sym = lookup (c, e->name);
        if (sym == NULL)
          {
            undefined (c, e->pos, e->name);
            return FALSE;
          }
        if (sym->kind != SYM_VAR)
          {
            ConstVal cv;

            if (sym->kind == SYM_CONST && const_eval (c, e, &cv))
              error_at (c, e->pos, "cannot assign to %s (%s constant %s)", e->name,
                        gor_type_is_untyped (cv.type) ? tname (c, cv.type) : "typed",
                        const_desc (c, &cv));
            else
              error_at (c, e->pos, "cannot assign to %s", e->name);
            return FALSE;
          }
        if (sym->owner == NULL && sym->spec && !sym->resolved)
          resolve_package_sym (c, sym);
        lv->kind = LV_SYM;
        lv->sym = sym;
        lv->type = sym->type;
        return TRUE;
      }
    case GOR_EXPR_INDEX:
      {
        GorType *t = gen_expr (c, e->x, NULL), *u;

        if (t == NULL)
          return FALSE;
        u = gor_type_under (t);
        if (u->kind == GOR_TYPE_SLICE)
          {
            gen_expr_to (c, e->y, c->t_int, "index");
            lv->kind = LV_INDEX;
            lv->type = u->elem;
            return TRUE;
          }
        if (u->kind == GOR_TYPE_MAP)
          {
            gen_expr_to (c, e->y, u->key, "map index");
            lv->kind = LV_MAP;
            lv->type = u->elem;
            lv->map_type = t;
            return TRUE;
          }
        if (gor_type_is_string (u))
          error_at (c, e->pos, "cannot assign to %s (value of type byte)", expr_str (c, e));
        else
          error_at (c, _gor_ast_expr_go_pos (e), "invalid operation: cannot index %s", describe (c, e->x, t));
        return FALSE;
      }
    case GOR_EXPR_SELECTOR:
      {
        GorType *ft = NULL;
        int idx;

        if (e->x && e->x->kind == GOR_EXPR_IDENT)
          {
            Sym *pkg = lookup (c, e->x->name);

            if (pkg && pkg->kind == SYM_PKG)
              {
                unsupported (c, e->pos, "assigning to %s.%s", pkg->pkg, e->name);
                return FALSE;
              }
          }
        idx = gen_field_base (c, e, &ft);
        if (idx < 0)
          return FALSE;
        {
          /* m[k].f = v would change a copy: Go refuses it */
          GorAstExpr *x = e->x;
          GArray *code = c->fn->func->code;

          while (x && x->kind == GOR_EXPR_PAREN)
            x = x->x;
          if (x && x->kind == GOR_EXPR_INDEX && code->len > 0 && c->field_base
              && gor_type_under (c->field_base)->kind == GOR_TYPE_STRUCT
              && g_array_index (code, GorInstr, code->len - 1).op == GOR_OP_MAP_GET)
            {
              error_at (c, expr_start (e), "cannot assign to struct field %s in map", expr_str (c, e));
              return FALSE;
            }
        }
        lv->kind = LV_FIELD;
        lv->field = idx;
        lv->type = ft;
        return TRUE;
      }
    case GOR_EXPR_STAR:
      {
        GorType *t = gen_expr (c, e->x, NULL);

        if (t == NULL)
          return FALSE;
        if (gor_type_under (t)->kind != GOR_TYPE_POINTER)
          {
            error_at (c, expr_start (e->x), "invalid operation: cannot indirect %s", describe (c, e->x, t));
            return FALSE;
          }
        lv->kind = LV_PTR;
        lv->type = gor_type_under (t)->elem;
        return TRUE;
      }
    default:
      {
        GorType *t = gen_value (c, e, NULL);

        if (t != NULL && t->kind != GOR_TYPE_TUPLE)
          error_at (c, expr_start (e), "cannot assign to %s", describe (c, e, t));
        else
          error_at (c, expr_start (e), "cannot assign to %s (neither addressable nor a map index expression)",
                    expr_str (c, e));
        return FALSE;
      }
    }
}

/* How many stack slots prepare_lvalue() pushed for @lv. */
static int
lvalue_operands (const LValue *lv)
{
  switch (lv->kind)
    {
    case LV_INDEX:
    case LV_MAP:
      return 2;
    case LV_FIELD:
    case LV_PTR:
      return 1;
    default:
      return 0;
    }
}

/* Value on top of the prepared operands: store it. */
static void
finish_store (C *c, LValue *lv)
{
  switch (lv->kind)
    {
    case LV_BLANK:
      emit (c, GOR_OP_POP, 0, 0, -1);
      break;
    case LV_SYM:
      store_sym (c, lv->sym);
      break;
    case LV_INDEX:
      emit (c, GOR_OP_SET_INDEX, 0, 0, -3);
      break;
    case LV_MAP:
      emit (c, GOR_OP_MAP_SET, type_ref (c, lv->map_type), 0, -3);
      break;
    case LV_FIELD:
      emit (c, GOR_OP_SET_FIELD, lv->field, 0, -2);
      break;
    case LV_PTR:
      emit (c, GOR_OP_STORE_PTR, gor_type_is_value_object (lv->type) ? type_ref (c, lv->type) + 1 : 0, 0, -2);
      break;
    default:
      break;
    }
}

/* Loads the current value of a prepared lvalue, keeping the operands. */
static void
load_lvalue (C *c, LValue *lv, GorPos pos)
{
  switch (lv->kind)
    {
    case LV_SYM:
      load_sym (c, lv->sym, pos);
      break;
    case LV_INDEX:
      emit (c, GOR_OP_DUP2, 0, 0, 2);
      emit (c, GOR_OP_INDEX, 0, 0, -1);
      break;
    case LV_MAP:
      emit (c, GOR_OP_DUP2, 0, 0, 2);
      emit (c, GOR_OP_MAP_GET, type_ref (c, lv->map_type), 0, -1);
      break;
    case LV_FIELD:
      emit (c, GOR_OP_DUP, 0, 0, 1);
      emit (c, GOR_OP_FIELD, lv->field, 0, 0);
      break;
    case LV_PTR:
      emit (c, GOR_OP_DUP, 0, 0, 1);
      emit (c, GOR_OP_LOAD_PTR, 0, 0, 0);
      break;
    default:
      break;
    }
}

static GorOp
arith_op_for (C *c, GorTokenKind tok, GorType *t, GorPos pos)
{
  GorType *u = gor_type_under (t);
  gboolean f = gor_type_is_float (u), uns = gor_type_is_unsigned (u);

  if (gor_type_is_string (u))
    {
      if (tok == GOR_TOKEN_ADD)
        return GOR_OP_SADD;
    }
  else if (gor_type_is_numeric (u))
    switch (tok)
      {
      case GOR_TOKEN_ADD: return f ? GOR_OP_FADD : GOR_OP_ADD;
      case GOR_TOKEN_SUB: return f ? GOR_OP_FSUB : GOR_OP_SUB;
      case GOR_TOKEN_MUL: return f ? GOR_OP_FMUL : GOR_OP_MUL;
      case GOR_TOKEN_QUO: return f ? GOR_OP_FDIV : uns ? GOR_OP_UDIV : GOR_OP_DIV;
      case GOR_TOKEN_REM: if (!f) return uns ? GOR_OP_UREM : GOR_OP_REM; break;
      case GOR_TOKEN_AND: if (!f) return GOR_OP_AND; break;
      case GOR_TOKEN_OR: if (!f) return GOR_OP_OR; break;
      case GOR_TOKEN_XOR: if (!f) return GOR_OP_XOR; break;
      case GOR_TOKEN_AND_NOT: if (!f) return GOR_OP_ANDNOT; break;
      case GOR_TOKEN_SHL: if (!f) return GOR_OP_SHL; break;
      case GOR_TOKEN_SHR: if (!f) return uns ? GOR_OP_USHR : GOR_OP_SHR; break;
      default: break;
      }
  error_at (c, pos, "invalid operation: operator %s not defined on %s", gor_token_kind_to_string (tok),
            tname (c, t));
  return GOR_OP_NOP;
}

static GorTokenKind
op_of_assign (GorTokenKind tok)
{
  switch (tok)
    {
    case GOR_TOKEN_ADD_ASSIGN: return GOR_TOKEN_ADD;
    case GOR_TOKEN_SUB_ASSIGN: return GOR_TOKEN_SUB;
    case GOR_TOKEN_MUL_ASSIGN: return GOR_TOKEN_MUL;
    case GOR_TOKEN_QUO_ASSIGN: return GOR_TOKEN_QUO;
    case GOR_TOKEN_REM_ASSIGN: return GOR_TOKEN_REM;
    case GOR_TOKEN_AND_ASSIGN: return GOR_TOKEN_AND;
    case GOR_TOKEN_OR_ASSIGN: return GOR_TOKEN_OR;
    case GOR_TOKEN_XOR_ASSIGN: return GOR_TOKEN_XOR;
    case GOR_TOKEN_SHL_ASSIGN: return GOR_TOKEN_SHL;
    case GOR_TOKEN_SHR_ASSIGN: return GOR_TOKEN_SHR;
    case GOR_TOKEN_AND_NOT_ASSIGN: return GOR_TOKEN_AND_NOT;
    default: return GOR_TOKEN_EOF;
    }
}

static void
compile_op_assign (C *c, GorAstExpr *lhs, GorTokenKind op, GorAstExpr *rhs, GorPos pos)
{
  LValue lv;
  GorOp vop;
  int fast_slot = -1;

  if (!prepare_lvalue (c, lhs, &lv))
    return;
  if (lv.kind == LV_BLANK)
    {
      error_at (c, lhs->pos, "cannot use _ as value");
      return;
    }
  /* Go reads the variable of x++ and x op= y: it counts as a use. */
  if (lv.kind == LV_SYM)
    lv.sym->used = TRUE;
  if (rhs == NULL && !gor_type_is_numeric (gor_type_under (lv.type)))
    {
      error_at (c, expr_start (lhs), "invalid operation: %s%s (non-numeric type %s)", expr_str (c, lhs),
                op == GOR_TOKEN_ADD ? "++" : "--", tname (c, lv.type));
      return;
    }
  if (rhs != NULL && op != GOR_TOKEN_SHL && op != GOR_TOKEN_SHR)
    {
      ConstVal cv;
      GorType *u = gor_type_under (lv.type);

      if (const_eval (c, rhs, &cv))
        {
          if (gor_type_is_untyped (cv.type) && gor_type_is_numeric (cv.type) != gor_type_is_numeric (u))
            {
              error_at (c, expr_start (lhs), "invalid operation: %s %s= %s (mismatched types %s and %s)",
                        expr_str (c, lhs), gor_token_kind_to_string (op), expr_str (c, rhs),
                        tname (c, lv.type), tname (c, cv.type));
              return;
            }
          if ((op == GOR_TOKEN_QUO || op == GOR_TOKEN_REM) && gor_type_is_integer (u)
              && gor_type_is_integer (cv.type) && cv.v.i == 0)
            {
              error_at (c, expr_start (rhs), "invalid operation: division by zero");
              return;
            }
        }
    }
  /* i++ and i += 1 on a plain int local: one instruction */
  if (lv.kind == LV_SYM && lv.sym->owner == c->fn && !lv.sym->boxed
      && gor_type_under (lv.type)->kind == GOR_TYPE_INT && (op == GOR_TOKEN_ADD || op == GOR_TOKEN_SUB))
    {
      ConstVal cv;

      if (rhs == NULL)
        fast_slot = lv.sym->slot;
      else if (const_eval (c, rhs, &cv) && gor_type_is_integer (cv.type) && cv.v.i >= -30000 && cv.v.i <= 30000)
        fast_slot = lv.sym->slot;
      if (fast_slot >= 0)
        {
          gint64 d = rhs ? cv.v.i : 1;

          emit (c, GOR_OP_INC_LOCAL, fast_slot, (guint16) (gint16) (op == GOR_TOKEN_ADD ? d : -d), 0);
          return;
        }
    }
  load_lvalue (c, &lv, lhs->pos);
  vop = arith_op_for (c, op, lv.type, pos);
  if (rhs == NULL)
    {
      ConstVal one = { c->t_unt_int, { .i = 1 } };

      push_const (c, &one, lv.type);
    }
  else if (op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR)
    gen_value (c, rhs, c->t_int);
  else
    gen_expr_to (c, rhs, lv.type, "assignment");
  emit (c, vop, 0, 0, -1);
  emit_trunc (c, lv.type);
  finish_store (c, &lv);
}

static GorType *
gen_comma_ok (C *c, GorAstExpr *e, gboolean *ok)
{
  while (e->kind == GOR_EXPR_PAREN)
    e = e->x;
  *ok = TRUE;
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_ARROW)
    {
      GorType *t = gen_expr (c, e->x, NULL);

      if (t == NULL)
        return NULL;
      if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
        {
          error_at (c, expr_start (e->x), "invalid operation: cannot receive from non-channel %s", describe (c, e->x, t));
          return NULL;
        }
      if (gor_type_under (t)->dir == GOR_CHAN_SEND_ONLY)
        {
          error_at (c, expr_start (e->x), "invalid operation: cannot receive from send-only channel %s", describe (c, e->x, t));
          return NULL;
        }
      emit (c, GOR_OP_RECV, 0, 1, 1);
      return gor_type_under (t)->elem;
    }
  if (e->kind == GOR_EXPR_INDEX)
    {
      GorType *t = gen_expr (c, e->x, NULL);

      if (t && gor_type_under (t)->kind == GOR_TYPE_MAP)
        {
          gen_expr_to (c, e->y, gor_type_under (t)->key, "map index");
          emit (c, GOR_OP_MAP_GET_OK, type_ref (c, t), 0, 0);
          return gor_type_under (t)->elem;
        }
      *ok = FALSE;
      if (t)
        error_at (c, e->pos, "assignment mismatch: 2 variables but 1 value");
      return NULL;
    }
  if (e->kind == GOR_EXPR_TYPE_ASSERT && e->y)
    {
      GorType *t = gen_expr (c, e->x, NULL), *to;

      if (t == NULL)
        return NULL;
      to = resolve_type (c, e->y);
      emit (c, GOR_OP_ASSERT, type_ref (c, to), 1, 1);
      return to;
    }
  *ok = FALSE;
  return NULL;
}

/* Generates the values of @rhs for @n_lhs targets; returns their types. */
static GorType **
gen_rhs_values (C *c, GPtrArray *rhs, guint n_lhs, GorType **hints, GorPos pos, gboolean *failed,
                const char *context)
{
  GorType **types = keep (c, g_new0 (GorType *, n_lhs + 1), g_free);

  *failed = FALSE;
  if (rhs->len > 0)
    pos = expr_start (g_ptr_array_index (rhs, 0)); /* where Go reports a mismatch */
  if (rhs->len == n_lhs)
    {
      for (guint i = 0; i < n_lhs; i++)
        {
          GorAstExpr *r = g_ptr_array_index (rhs, i);

          /* Go words `x = f()` as an assignment mismatch, `var x = f()`
           * as a multiple value in a single-value context. */
          if (n_lhs == 1 && strcmp (context, "variable declaration") != 0)
            c->single_rhs = r;
          if (hints && hints[i])
            {
              gen_expr_to (c, r, hints[i], context);
              types[i] = hints[i];
            }
          else
            {
              c->value_ctx = context;
              types[i] = gen_value (c, r, NULL);
              c->value_ctx = NULL;
              if (types[i] && types[i]->kind == GOR_TYPE_TUPLE && r == c->single_rhs)
                {
                  error_at (c, expr_start (r), "assignment mismatch: 1 variable but %s returns %d values",
                            expr_str (c, r->kind == GOR_EXPR_PAREN ? r->x->x : r->x), n_results_of (types[i]));
                  types[i] = NULL;
                }
              if (types[i] && types[i]->kind == GOR_TYPE_TUPLE)
                {
                  error_at (c, expr_start (r), "multiple-value %s (value of type %s) in single-value context",
                            expr_str (c, r), tname (c, types[i]));
                  types[i] = NULL;
                }
              if (types[i] && gor_type_is_value_object (types[i]) && !is_fresh (r))
                emit (c, GOR_OP_CLONE, type_ref (c, types[i]), 0, 0);
            }
          if (types[i] == NULL)
            *failed = TRUE;
        }
      return types;
    }
  if (rhs->len == 1 && n_lhs == 2)
    {
      gboolean ok;
      GorAstExpr *r = g_ptr_array_index (rhs, 0);
      GorAstExpr *rr = r;
      GorType *t;

      while (rr->kind == GOR_EXPR_PAREN)
        rr = rr->x;
      if (rr->kind != GOR_EXPR_CALL)
        {
          t = gen_comma_ok (c, r, &ok);
          if (ok)
            {
              if (t == NULL)
                {
                  *failed = TRUE;
                  return types;
                }
              types[0] = t;
              types[1] = c->t_bool;
              if (hints && hints[0] && !assignable (c, t, hints[0]))
                error_at (c, pos, "cannot use %s value as %s value in %s", tname (c, t),
                          tname (c, hints[0]), context);
              if (hints && hints[0] && gor_type_under (hints[0])->kind == GOR_TYPE_INTERFACE
                  && gor_type_under (t)->kind != GOR_TYPE_INTERFACE)
                {
                  emit (c, GOR_OP_SWAP, 0, 0, 0);
                  emit (c, GOR_OP_IFACE, type_ref (c, t), 0, 0);
                  emit (c, GOR_OP_SWAP, 0, 0, 0);
                  types[0] = hints[0];
                }
              return types;
            }
        }
    }
  if (rhs->len == 1)
    {
      GorAstExpr *r = g_ptr_array_index (rhs, 0);
      GorAstExpr *rr = r;
      GorType *t;

      while (rr->kind == GOR_EXPR_PAREN)
        rr = rr->x;
      if (rr->kind == GOR_EXPR_CALL)
        {
          t = gen_call (c, rr, TRUE);
          if (t == NULL && !c->error)
            {
              error_at (c, expr_start (r), "%s (no value) used as value", expr_str (c, r));
              *failed = TRUE;
              return types;
            }
          if (t == NULL)
            {
              *failed = TRUE;
              return types;
            }
          if (t->kind != GOR_TYPE_TUPLE || t->results->len != n_lhs)
            {
              error_at (c, pos, "assignment mismatch: %u variable%s but %s returns %d value%s", n_lhs,
                        n_lhs == 1 ? "" : "s", expr_str (c, rr->x), n_results_of (t),
                        n_results_of (t) == 1 ? "" : "s");
              *failed = TRUE;
              return types;
            }
          for (guint i = 0; i < n_lhs; i++)
            {
              types[i] = g_ptr_array_index (t->results, i);
              if (hints && hints[i] && !assignable (c, types[i], hints[i]))
                error_at (c, pos, "cannot use %s value as %s value in %s",
                          tname (c, types[i]), tname (c, hints[i]), context);
            }
          return types;
        }
    }
  error_at (c, pos, "assignment mismatch: %u variable%s but %u value%s", n_lhs, n_lhs == 1 ? "" : "s",
            rhs->len, rhs->len == 1 ? "" : "s");
  *failed = TRUE;
  return types;
}

/* Position of the first @tok at or after @pos in the source (the tree
 * keeps no operator positions for assignments). */
static GorPos
token_after (C *c, GorPos pos, const char *tok)
{
  const char *src = c->file->source;
  const char *p = src;
  guint32 line = 1;
  const char *hit;

  if (src == NULL)
    return pos;
  while (*p && line < pos.line)
    if (*p++ == '\n')
      line++;
  for (guint32 col = 1; col < pos.col && *p && *p != '\n'; col++)
    p++;
  hit = strstr (p, tok);
  if (hit == NULL)
    return pos;
  for (const char *q = p; q < hit; q++)
    if (*q == '\n')
      return pos;
  pos.col += (guint32) (hit - p);
  return pos;
}

static void
compile_define (C *c, GorAstStmt *s)
{
  guint n = s->lhs->len;
  g_autofree Sym **syms = g_new0 (Sym *, n);
  g_autofree GorType **hints = g_new0 (GorType *, n);
  gboolean any_new = FALSE, failed;
  GorType **types;

  for (guint i = 0; i < n; i++)
    {
      GorAstExpr *l = g_ptr_array_index (s->lhs, i);

      if (l->kind != GOR_EXPR_IDENT)
        {
          error_at (c, l->pos, "non-name %s on left side of :=", expr_str (c, l));
          return;
        }
      if (g_str_equal (l->name, "_"))
        continue;
      syms[i] = g_hash_table_lookup (c->scope->syms, l->name);
      if (syms[i] == NULL || syms[i]->kind != SYM_VAR)
        {
          syms[i] = NULL;
          any_new = TRUE;
        }
      else
        hints[i] = syms[i]->type;
    }
  if (!any_new)
    error_at (c, token_after (c, expr_start (g_ptr_array_index (s->lhs, n - 1)), ":="),
              "no new variables on left side of :=");
  types = gen_rhs_values (c, s->rhs, n, hints, s->pos, &failed, "assignment");
  /* Declare after evaluating: `x := x + 1` reads the outer x. */
  for (int i = (int) n - 1; i >= 0; i--)
    {
      GorAstExpr *l = g_ptr_array_index (s->lhs, i);

      if (g_str_equal (l->name, "_"))
        {
          emit (c, GOR_OP_POP, 0, 0, -1);
          continue;
        }
      if (syms[i] != NULL)
        {
          store_sym (c, syms[i]);
          continue;
        }
      {
        GorType *t = types[i] ? types[i] : c->t_int;
        Sym *sym;

        if (t->kind == GOR_TYPE_UNTYPED_NIL)
          {
            error_at (c, expr_start (g_ptr_array_index (s->rhs, MIN ((guint) i, s->rhs->len - 1))),
                      "use of untyped nil in assignment");
            t = c->t_int;
          }
        if (failed)
          t = types[i] ? t : c->t_int;
        sym = declare_local (c, l, t);
        if (failed)
          sym->used = TRUE;
        init_local (c, sym);
      }
    }
}

static void
compile_assign (C *c, GorAstStmt *s)
{
  guint n = s->lhs->len;

  if (s->tok == GOR_TOKEN_DEFINE)
    {
      compile_define (c, s);
      return;
    }
  if (s->tok != GOR_TOKEN_ASSIGN)
    {
      if (n != 1 || s->rhs->len != 1)
        {
          error_at (c, s->pos, "assignment operation %s requires single-valued expressions",
                    gor_token_kind_to_string (s->tok));
          return;
        }
      compile_op_assign (c, g_ptr_array_index (s->lhs, 0), op_of_assign (s->tok),
                         g_ptr_array_index (s->rhs, 0), s->pos);
      return;
    }
  if (n == 1 && s->rhs->len == 1)
    {
      LValue lv;
      GorAstExpr *r = g_ptr_array_index (s->rhs, 0);

      if (!prepare_lvalue (c, g_ptr_array_index (s->lhs, 0), &lv))
        return;
      if (lv.kind == LV_BLANK)
        {
          GorType *t = gen_value (c, r, NULL);

          if (t && t->kind == GOR_TYPE_UNTYPED_NIL)
            error_at (c, expr_start (r), "use of untyped nil in assignment");
          if (t && t->kind == GOR_TYPE_TUPLE)
            error_at (c, s->pos, "assignment mismatch: 1 variable but %s returns %u values",
                      expr_str (c, ((GorAstExpr *) r)->x), t->results->len);
          emit (c, GOR_OP_POP, 0, 0, -1);
          return;
        }
      c->single_rhs = r;
      gen_expr_to (c, r, lv.type, "assignment");
      finish_store (c, &lv);
      return;
    }
  /* Tuple assignment: Go evaluates the operands of the left-hand index
   * expressions and indirections, then the right-hand sides, into
   * temporaries before storing anything, so `i, a[i] = 1, 2` stores to
   * the old a[i]. */
  {
    g_autofree GorType **hints = g_new0 (GorType *, n);
    g_autofree int *tmp = g_new0 (int, n);
    g_autofree LValue *lvs = g_new0 (LValue, n);
    g_autofree int *ops = g_new0 (int, 2 * n);
    gboolean failed;
    GorType **types;

    for (guint i = 0; i < n; i++)
      {
        GorAstExpr *l = g_ptr_array_index (s->lhs, i);

        while (l->kind == GOR_EXPR_PAREN)
          l = l->x;
        if (l->kind == GOR_EXPR_IDENT && !g_str_equal (l->name, "_"))
          {
            Sym *sym = lookup (c, l->name);

            if (sym && sym->kind == SYM_VAR)
              hints[i] = sym->type;
          }
      }
    for (guint i = 0; i < n; i++)
      {
        if (!prepare_lvalue (c, g_ptr_array_index (s->lhs, i), &lvs[i]))
          return;
        for (int j = lvalue_operands (&lvs[i]) - 1; j >= 0; j--)
          {
            ops[2 * i + (guint) j] = new_slot (c);
            emit (c, GOR_OP_SET_LOCAL, ops[2 * i + (guint) j], 0, -1);
          }
      }
    types = gen_rhs_values (c, s->rhs, n, NULL, s->pos, &failed, "assignment");
    if (failed)
      return;
    for (int i = (int) n - 1; i >= 0; i--)
      {
        tmp[i] = new_slot (c);
        emit (c, GOR_OP_SET_LOCAL, tmp[i], 0, -1);
      }
    for (guint i = 0; i < n; i++)
      {
        LValue *lv = &lvs[i];

        for (int j = 0; j < lvalue_operands (lv); j++)
          emit (c, GOR_OP_LOCAL, ops[2 * i + (guint) j], 0, 1);
        emit (c, GOR_OP_LOCAL, tmp[i], 0, 1);
        if (lv->kind != LV_BLANK)
          {
            if (types[i] && !assignable (c, types[i], lv->type))
              error_at (c, expr_start (g_ptr_array_index (s->lhs, i)),
                        "cannot use %s value as %s value in assignment", tname (c, types[i]),
                        tname (c, lv->type));
            else if (types[i])
              convert_value (c, types[i], lv->type, TRUE);
          }
        finish_store (c, lv);
      }
  }
}

static void
compile_var_spec (C *c, GorAstSpec *sp)
{
  guint n = sp->names->len;
  GorType *t = sp->type ? resolve_type (c, sp->type) : NULL;
  gboolean failed = FALSE;
  GorType **types = NULL;

  if (sp->values && sp->values->len > 0)
    {
      g_autofree GorType **hints = g_new0 (GorType *, n);

      for (guint i = 0; i < n; i++)
        hints[i] = t;
      types = gen_rhs_values (c, sp->values, n, t ? hints : NULL, sp->pos, &failed, "variable declaration");
    }
  for (int i = (int) n - 1; i >= 0; i--)
    {
      GorAstExpr *name = g_ptr_array_index (sp->names, i);
      GorType *vt = t ? t : (types && types[i] ? types[i] : c->t_int);
      Sym *sym;

      if (vt->kind == GOR_TYPE_UNTYPED_NIL)
        {
          error_at (c, expr_start (g_ptr_array_index (sp->values, i)), "use of untyped nil in variable declaration");
          vt = c->t_int;
        }
      if (types == NULL)
        push_zero (c, vt);
      sym = declare_local (c, name, vt);
      if (failed)
        sym->used = TRUE;
      if (g_str_equal (name->name, "_"))
        emit (c, GOR_OP_POP, 0, 0, -1);
      else
        init_local (c, sym);
    }
}

static void
compile_const_spec (C *c, GorAstSpec *sp, Scope *scope, gboolean global)
{
  GorType *t = sp->type ? resolve_type (c, sp->type) : NULL;
  int saved = c->iota;

  c->iota = sp->iota;
  if (sp->values == NULL || sp->values->len == 0)
    {
      error_at (c, sp->pos, "missing init expr for const declaration");
      c->iota = saved;
      return;
    }
  for (guint i = 0; i < sp->names->len; i++)
    {
      GorAstExpr *name = g_ptr_array_index (sp->names, i);
      Sym *sym = NULL;
      ConstVal cv = { 0 };

      if (i >= sp->values->len)
        {
          error_at (c, name->pos, "missing init expr for const declaration");
          break;
        }
      if (global)
        sym = g_hash_table_lookup (scope->syms, name->name);
      if (sym == NULL)
        {
          sym = sym_new (c, SYM_CONST, name->name, name->pos);
          sym->owner = global ? NULL : c->fn;
          sym->used = TRUE;
          declare (c, scope, sym);
        }
      if (!const_eval (c, g_ptr_array_index (sp->values, i), &cv))
        {
          GorAstExpr *v = g_ptr_array_index (sp->values, i);

          error_at (c, expr_start (v), "%s is not constant", expr_str (c, v));
          cv.type = c->t_int;
        }
      else if (t)
        {
          if (!const_representable (c, &cv, t, NULL))
            error_at (c, expr_start (g_ptr_array_index (sp->values, i)),
                      "cannot use %s as %s value in constant declaration",
                      describe (c, g_ptr_array_index (sp->values, i), cv.type), tname (c, t));
          const_convert (c, &cv, t);
        }
      sym->cv = cv;
      sym->resolved = TRUE;
      sym->spec = NULL;
    }
  if (sp->values->len > sp->names->len)
    error_at (c, sp->pos, "extra init expr");
  c->iota = saved;
}

static void
compile_decl_stmt (C *c, GorAstDecl *d)
{
  for (guint i = 0; d->specs && i < d->specs->len; i++)
    {
      GorAstSpec *sp = g_ptr_array_index (d->specs, i);

      if (d->tok == GOR_TOKEN_VAR)
        compile_var_spec (c, sp);
      else if (d->tok == GOR_TOKEN_CONST)
        compile_const_spec (c, sp, c->scope, FALSE);
      else if (d->tok == GOR_TOKEN_TYPE && sp->names && sp->names->len > 0)
        {
          GorAstExpr *n = g_ptr_array_index (sp->names, 0);
          Sym *sym = sym_new (c, SYM_TYPE, n->name, n->pos);

          if (sp->is_alias)
            sym->type = resolve_type (c, sp->type);
          else
            {
              g_autofree char *tn = g_strdup_printf ("main.%s", n->name);

              sym->type = gor_types_named (c->types, tn);
              declare (c, c->scope, sym);
              gor_type_set_underlying (sym->type, resolve_type (c, sp->type));
              sym->used = TRUE;
              continue;
            }
          sym->used = TRUE;
          declare (c, c->scope, sym);
        }
    }
}

static Fn *
fn_new (C *c, GorFunc *f, GorType *sig, const char *top_name)
{
  Fn *fn = g_new0 (Fn, 1);

  fn->func = f;
  fn->sig = sig;
  fn->upvals = g_ptr_array_new ();
  fn->captured = g_hash_table_new (g_str_hash, g_str_equal);
  fn->loops = g_ptr_array_new ();
  fn->top_name = top_name;
  return fn;
}

static GorFunc *
func_new (C *c, const char *name, guint32 line)
{
  GorFunc *f = g_new0 (GorFunc, 1);

  f->name = g_strdup (name);
  f->index = c->prog->funcs->len;
  f->code = g_array_new (FALSE, FALSE, sizeof (GorInstr));
  f->lines = g_array_new (FALSE, FALSE, sizeof (guint32));
  f->line = line;
  g_ptr_array_add (c->prog->funcs, f);
  return f;
}

static void
fn_finish (C *c, Fn *fn)
{
  fn->func->n_locals = (guint) fn->n_slots;
  fn->func->max_stack = (guint) fn->max_depth + 4;
}

/* go/defer of something that is not a function value (a method of a sync
 * type, a built-in, a package function): a small wrapper function that
 * takes the already evaluated operands. */
static int
synth_wrapper (C *c, Plan *p)
{
  Fn *outer = c->fn;
  GorFunc *f = func_new (c, p->name ? p->name : "main.wrapper", c->line);
  Fn *fn = fn_new (c, f, NULL, f->name);
  guint32 line = c->line;

  c->fn = fn;
  fn->n_slots = p->n_slots;
  f->n_params = (guint) p->n_slots;
  for (int i = 0; i < p->n_slots; i++)
    emit (c, GOR_OP_LOCAL, i, 0, 1);
  emit_plan (c, p);
  for (int i = 0; i < n_results_of (p->result); i++)
    emit (c, GOR_OP_POP, 0, 0, -1);
  emit (c, GOR_OP_RET, 0, 0, 0);
  f->unwind_pc = (guint) here (c);
  emit (c, GOR_OP_UNWIND, 0, 0, 0);
  fn_finish (c, fn);
  c->fn = outer;
  c->line = line;
  g_ptr_array_unref (fn->upvals);
  g_hash_table_unref (fn->captured);
  g_ptr_array_unref (fn->loops);
  g_free (fn);
  return (int) f->index;
}

static void
compile_go_defer (C *c, GorAstStmt *s)
{
  gboolean is_go = s->kind == GOR_STMT_GO;
  GorAstExpr *call = s->x;
  Plan p;

  while (call && call->kind == GOR_EXPR_PAREN)
    call = call->x;
  if (call == NULL || call->kind != GOR_EXPR_CALL)
    {
      error_at (c, s->x ? s->x->pos : s->pos, "expression in %s must be function call", is_go ? "go" : "defer");
      return;
    }
  if (!plan_call (c, call, &p))
    return;
  if (p.kind == PLAN_CONVERSION)
    {
      error_at (c, call->pos, "%s requires function call, not conversion", is_go ? "go" : "defer");
      return;
    }
  if (p.kind == PLAN_OP && p.op == GOR_OP_RECOVER)
    {
      /* defer recover() does not stop a panic (recover is not called by a
       * deferred function) and go recover() has none to stop: the call
       * does nothing. */
      p.op = GOR_OP_NOP;
      p.delta = 0;
      p.result = NULL;
    }
  c->line = s->pos.line;
  switch (p.kind)
    {
    case PLAN_STATIC:
      emit (c, is_go ? GOR_OP_GO : GOR_OP_DEFER, p.func, p.n_slots, -p.n_slots);
      break;
    case PLAN_CLOSURE:
      emit (c, is_go ? GOR_OP_GO_CLOSURE : GOR_OP_DEFER_CLOSURE, p.n_slots, 0, -p.n_slots - 1);
      break;
    case PLAN_OP:
      if (p.result && (p.op == GOR_OP_LEN || p.op == GOR_OP_CAP || p.op == GOR_OP_APPEND
                       || p.op == GOR_OP_MAKE_SLICE || p.op == GOR_OP_MAKE_CHAN))
        {
          error_at (c, expr_start (call), "%s discards result of %s (value of type %s)", is_go ? "go" : "defer",
                    expr_str (c, call), tname (c, p.result));
          return;
        }
      {
        int f = synth_wrapper (c, &p);

        emit (c, is_go ? GOR_OP_GO : GOR_OP_DEFER, f, p.n_slots, -p.n_slots);
      }
      break;
    default:
      break;
    }
}

static void
compile_return (C *c, GorAstStmt *s)
{
  Fn *fn = c->fn;
  GPtrArray *res = fn->sig->results;
  guint n = s->rhs ? s->rhs->len : 0;

  if (n == 0 && res->len > 0 && fn->named_results)
    {
      if (fn->has_defer)
        {
          int j = emit (c, GOR_OP_JMP, 0, 0, 0);

          g_array_append_val (fn->epilogue_jumps, j);
          return;
        }
      for (guint i = 0; i < res->len; i++)
        load_sym (c, fn->result_syms[i], s->pos);
      emit (c, GOR_OP_RET, (gint32) res->len, 0, -(int) res->len);
      return;
    }
  if (n != res->len)
    {
      gboolean tuple_ok = FALSE;

      if (n == 1 && res->len > 1)
        {
          GorAstExpr *r = g_ptr_array_index (s->rhs, 0);

          while (r->kind == GOR_EXPR_PAREN)
            r = r->x;
          if (r->kind == GOR_EXPR_CALL)
            {
              GorType *t = gen_call (c, r, TRUE);

              if (t && t->kind == GOR_TYPE_TUPLE && t->results->len == res->len)
                {
                  tuple_ok = TRUE;
                  for (guint i = 0; i < res->len; i++)
                    if (!assignable (c, g_ptr_array_index (t->results, i), g_ptr_array_index (res, i)))
                      error_at (c, r->pos, "cannot use %s value as %s value in return statement",
                                tname (c, g_ptr_array_index (t->results, i)),
                                tname (c, g_ptr_array_index (res, i)));
                }
              else if (t)
                fn->depth -= n_results_of (t);
            }
        }
      if (!tuple_ok)
        {
          g_autoptr (GPtrArray) have = g_ptr_array_new ();

          for (guint i = 0; i < n; i++)
            {
              ConstVal cv;
              GorAstExpr *r = g_ptr_array_index (s->rhs, i);

              g_ptr_array_add (have, const_eval (c, r, &cv) ? cv.type : c->t_int);
            }
          error_at (c, n > 0 ? expr_start (g_ptr_array_index (s->rhs, 0)) : s->pos,
                    "%s return values\n\thave %s\n\twant %s", n > res->len ? "too many" : "not enough",
                    types_list (c, have, FALSE), types_list (c, res, FALSE));
          return;
        }
    }
  else
    for (guint i = 0; i < n; i++)
      gen_expr_to (c, g_ptr_array_index (s->rhs, i), g_ptr_array_index (res, i), "return statement");

  if (fn->has_defer)
    {
      int j;

      for (int i = (int) res->len - 1; i >= 0; i--)
        {
          if (fn->named_results)
            store_sym (c, fn->result_syms[i]);
          else
            emit (c, GOR_OP_SET_LOCAL, fn->result_slots[i], 0, -1);
        }
      j = emit (c, GOR_OP_JMP, 0, 0, 0);
      g_array_append_val (fn->epilogue_jumps, j);
      return;
    }
  emit (c, GOR_OP_RET, (gint32) res->len, 0, -(int) res->len);
}

static void
gen_cond (C *c, GorAstExpr *x, const char *what)
{
  GorType *t = gen_value (c, x, c->t_bool);

  if (t && !gor_type_is_bool (gor_type_under (t)))
    error_at (c, expr_start (x), "non-boolean condition in %s statement", what);
}

static Loop *
loop_push (C *c, const char *label, gboolean is_loop)
{
  Loop *l = g_new0 (Loop, 1);

  l->label = label;
  l->breaks = g_array_new (FALSE, FALSE, sizeof (int));
  l->continues = g_array_new (FALSE, FALSE, sizeof (int));
  l->is_loop = is_loop;
  g_ptr_array_add (c->fn->loops, l);
  return l;
}

static void
loop_pop (C *c, Loop *l, int continue_target, int break_target)
{
  patch_list (c, l->breaks, break_target);
  patch_list (c, l->continues, continue_target);
  g_array_unref (l->breaks);
  g_array_unref (l->continues);
  g_ptr_array_remove (c->fn->loops, l);
  g_free (l);
}

static void
rebox_loop_vars (C *c, Scope *s)
{
  /* Go 1.22: each iteration has its own copy of the loop variables. */
  for (guint i = 0; i < s->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (s->order, i);

      if (sym->kind == SYM_VAR && sym->boxed && sym->owner == c->fn)
        emit (c, GOR_OP_BOX_LOCAL, sym->slot, 1, 0);
    }
}

static void
compile_for (C *c, GorAstStmt *s, const char *label)
{
  Scope *scope = scope_push (c, c->fn);
  Loop *l;
  int top, jf = -1, cont;

  if (s->init)
    compile_stmt (c, s->init);
  l = loop_push (c, label, TRUE);
  top = here (c);
  if (s->x)
    {
      gen_cond (c, s->x, "for");
      jf = emit (c, GOR_OP_JF, 0, 0, -1);
    }
  scope_push (c, c->fn);
  compile_block_list (c, s->body ? s->body->list : NULL);
  scope_pop (c);
  cont = here (c);
  rebox_loop_vars (c, scope);
  if (s->post)
    compile_stmt (c, s->post);
  emit (c, GOR_OP_JMP, top, 0, 0);
  if (jf >= 0)
    patch (c, jf, here (c));
  loop_pop (c, l, cont, here (c));
  scope_pop (c);
}

static void
range_assign (C *c, GorAstStmt *s, GorAstExpr *target, GorType *t)
{
  /* the value is on the stack */
  if (target == NULL)
    {
      emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  if (s->tok == GOR_TOKEN_DEFINE)
    {
      Sym *sym;

      if (target->kind != GOR_EXPR_IDENT)
        {
          error_at (c, target->pos, "non-name %s on left side of :=", expr_str (c, target));
          emit (c, GOR_OP_POP, 0, 0, -1);
          return;
        }
      if (g_str_equal (target->name, "_"))
        {
          emit (c, GOR_OP_POP, 0, 0, -1);
          return;
        }
      sym = declare_local (c, target, t);
      init_local (c, sym);
      return;
    }
  {
    LValue lv;
    int tmp = new_slot (c);

    emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
    if (!prepare_lvalue (c, target, &lv))
      return;
    emit (c, GOR_OP_LOCAL, tmp, 0, 1);
    if (lv.kind != LV_BLANK && !assignable (c, t, lv.type))
      error_at (c, target->pos, "cannot use %s value as %s value in range", tname (c, t),
                tname (c, lv.type));
    finish_store (c, &lv);
  }
}

static void
compile_range (C *c, GorAstStmt *s, const char *label)
{
  GorType *t, *u;
  Loop *l;
  int top, jexit, cont;
  ConstVal cv;
  GorAstExpr *key = s->key, *value = s->value;

  if (key && key->kind == GOR_EXPR_IDENT && g_str_equal (key->name, "_") && value == NULL)
    key = NULL;
  scope_push (c, c->fn);
  if (const_eval (c, s->x, &cv) && gor_type_is_numeric (cv.type))
    {
      t = gor_type_is_untyped (cv.type) ? c->t_int : cv.type;
      push_const (c, &cv, t);
    }
  else
    t = gen_value (c, s->x, NULL);
  if (t == NULL)
    {
      scope_pop (c);
      return;
    }
  u = gor_type_under (t);

  if (gor_type_is_integer (u))
    {
      int lim = new_slot (c), i = new_slot (c);

      if (value)
        error_at (c, value->pos, "range over %s permits only one iteration variable", describe (c, s->x, t));
      emit (c, GOR_OP_SET_LOCAL, lim, 0, -1);
      emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
      emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
      l = loop_push (c, label, TRUE);
      top = here (c);
      emit (c, GOR_OP_LOCAL, i, 0, 1);
      emit (c, GOR_OP_LOCAL, lim, 0, 1);
      emit (c, GOR_OP_LT, 0, 0, -1);
      jexit = emit (c, GOR_OP_JF, 0, 0, -1);
      scope_push (c, c->fn);
      if (key)
        {
          emit (c, GOR_OP_LOCAL, i, 0, 1);
          range_assign (c, s, key, t);
        }
      scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      scope_pop (c);
      scope_pop (c);
      cont = here (c);
      emit (c, GOR_OP_INC_LOCAL, i, 1, 0);
      emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_SLICE || gor_type_is_string (u))
    {
      gboolean str = gor_type_is_string (u);
      int sv = new_slot (c), len = new_slot (c), i = new_slot (c), next = new_slot (c);

      emit (c, GOR_OP_SET_LOCAL, sv, 0, -1);
      emit (c, GOR_OP_LOCAL, sv, 0, 1);
      emit (c, GOR_OP_LEN, 0, str ? 1 : 0, 0);
      emit (c, GOR_OP_SET_LOCAL, len, 0, -1);
      emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
      emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
      l = loop_push (c, label, TRUE);
      top = here (c);
      emit (c, GOR_OP_LOCAL, i, 0, 1);
      emit (c, GOR_OP_LOCAL, len, 0, 1);
      emit (c, GOR_OP_LT, 0, 0, -1);
      jexit = emit (c, GOR_OP_JF, 0, 0, -1);
      scope_push (c, c->fn);
      if (str)
        {
          emit (c, GOR_OP_LOCAL, sv, 0, 1);
          emit (c, GOR_OP_LOCAL, i, 0, 1);
          emit (c, GOR_OP_RANGE_STR, 0, 0, 0);
          emit (c, GOR_OP_SET_LOCAL, next, 0, -1);
        }
      if (key)
        {
          emit (c, GOR_OP_LOCAL, i, 0, 1);
          range_assign (c, s, key, c->t_int);
        }
      if (value)
        {
          if (!str)
            {
              emit (c, GOR_OP_LOCAL, sv, 0, 1);
              emit (c, GOR_OP_LOCAL, i, 0, 1);
              emit (c, GOR_OP_INDEX, 0, 0, -1);
              if (gor_type_is_value_object (u->elem))
                emit (c, GOR_OP_CLONE, type_ref (c, u->elem), 0, 0);
            }
          range_assign (c, s, value, str ? c->t_rune : u->elem);
        }
      else if (str)
        emit (c, GOR_OP_POP, 0, 0, -1);
      scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      scope_pop (c);
      scope_pop (c);
      cont = here (c);
      if (str)
        {
          emit (c, GOR_OP_LOCAL, next, 0, 1);
          emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
        }
      else
        emit (c, GOR_OP_INC_LOCAL, i, 1, 0);
      emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_CHAN)
    {
      int ch = new_slot (c), jbody;

      if (u->dir == GOR_CHAN_SEND_ONLY)
        error_at (c, expr_start (s->x), "cannot range over %s (receive from send-only channel)",
                  describe (c, s->x, t));
      if (value)
        error_at (c, value->pos, "range over %s permits only one iteration variable", describe (c, s->x, t));
      emit (c, GOR_OP_SET_LOCAL, ch, 0, -1);
      l = loop_push (c, label, TRUE);
      top = here (c);
      emit (c, GOR_OP_LOCAL, ch, 0, 1);
      emit (c, GOR_OP_RECV, 0, 1, 1);
      jbody = emit (c, GOR_OP_JT, 0, 0, -1);
      emit (c, GOR_OP_POP, 0, 0, -1);
      jexit = emit (c, GOR_OP_JMP, 0, 0, 0);
      c->fn->depth += 1;
      patch (c, jbody, here (c));
      scope_push (c, c->fn);
      range_assign (c, s, key, u->elem);
      scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      scope_pop (c);
      scope_pop (c);
      cont = here (c);
      emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else if (u->kind == GOR_TYPE_MAP)
    {
      int it = new_slot (c), jbody;

      emit (c, GOR_OP_MAP_ITER, type_ref (c, t), 0, 0);
      emit (c, GOR_OP_SET_LOCAL, it, 0, -1);
      l = loop_push (c, label, TRUE);
      top = here (c);
      emit (c, GOR_OP_LOCAL, it, 0, 1);
      emit (c, GOR_OP_MAP_NEXT, 0, 0, 2); /* → key value ok */
      jbody = emit (c, GOR_OP_JT, 0, 0, -1);
      emit (c, GOR_OP_POP, 0, 0, -1);
      emit (c, GOR_OP_POP, 0, 0, -1);
      jexit = emit (c, GOR_OP_JMP, 0, 0, 0);
      c->fn->depth += 2;
      patch (c, jbody, here (c));
      scope_push (c, c->fn);
      {
        int vtmp = new_slot (c);

        emit (c, GOR_OP_SET_LOCAL, vtmp, 0, -1);
        range_assign (c, s, key, u->key);
        emit (c, GOR_OP_LOCAL, vtmp, 0, 1);
        range_assign (c, s, value, u->elem);
      }
      scope_push (c, c->fn);
      compile_block_list (c, s->body ? s->body->list : NULL);
      scope_pop (c);
      scope_pop (c);
      cont = here (c);
      emit (c, GOR_OP_JMP, top, 0, 0);
    }
  else
    {
      error_at (c, s->x->pos, "cannot range over %s", describe (c, s->x, t));
      emit (c, GOR_OP_POP, 0, 0, -1);
      scope_pop (c);
      return;
    }
  patch (c, jexit, here (c));
  loop_pop (c, l, cont, here (c));
  scope_pop (c);
}

static void
emit_equal (C *c, GorType *t)
{
  GorType *u = gor_type_under (t);

  if (gor_type_is_string (u))
    emit (c, GOR_OP_SEQ, 0, 0, -1);
  else if (gor_type_is_float (u))
    emit (c, GOR_OP_FEQ, 0, 0, -1);
  else if (u->kind == GOR_TYPE_INTERFACE)
    emit (c, GOR_OP_IFACE_EQ, 0, 0, -1);
  else if (u->kind == GOR_TYPE_STRUCT)
    emit (c, GOR_OP_VEQ, type_ref (c, t), 0, -1);
  else
    emit (c, GOR_OP_EQ, 0, 0, -1);
}

static gboolean
ends_with_fallthrough (GorAstStmt *clause)
{
  GorAstStmt *last;

  if (clause->list == NULL || clause->list->len == 0)
    return FALSE;
  last = g_ptr_array_index (clause->list, clause->list->len - 1);
  return last->kind == GOR_STMT_BRANCH && last->tok == GOR_TOKEN_FALLTHROUGH;
}

static void
compile_switch (C *c, GorAstStmt *s, const char *label)
{
  GorType *tag_type = NULL;
  int tag = -1;
  guint n = s->list ? s->list->len : 0;
  g_autofree int *body_jumps = NULL;
  GArray *test_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  int default_index = -1, jdefault;
  Loop *l;
  g_autofree int *body_pc = g_new0 (int, n + 1);
  GArray *fall_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  g_autofree int *fall_from = g_new0 (int, n + 1);
  g_autoptr (GHashTable) seen = g_hash_table_new (g_str_hash, g_str_equal);  /* constant cases */

  scope_push (c, c->fn);
  if (s->init)
    compile_stmt (c, s->init);
  if (s->x)
    {
      tag_type = gen_value (c, s->x, NULL);
      if (tag_type == NULL)
        tag_type = c->t_int;
      if (tag_type->kind == GOR_TYPE_UNTYPED_NIL)
        {
          error_at (c, s->x->pos, "use of untyped nil in switch expression");
          tag_type = c->t_int;
        }
      tag = new_slot (c);
      emit (c, GOR_OP_SET_LOCAL, tag, 0, -1);
    }
  body_jumps = g_new0 (int, n + 1);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);

      if (cl->is_default || cl->lhs == NULL || cl->lhs->len == 0)
        {
          if (default_index >= 0)
            error_at (c, cl->pos, "multiple defaults in switch");
          default_index = (int) i;
          continue;
        }
      for (guint j = 0; j < cl->lhs->len; j++)
        {
          GorAstExpr *e = g_ptr_array_index (cl->lhs, j);
          int jt;
          ConstVal dv;

          c->line = e->pos.line;
          if (tag >= 0 && gor_type_under (tag_type)->kind != GOR_TYPE_INTERFACE && const_eval (c, e, &dv)
              && (gor_type_is_untyped (dv.type) ? const_representable (c, &dv, tag_type, NULL) : dv.type == tag_type))
            {
              /* Go refuses the same constant in two cases */
              const char *val = gor_type_is_string (dv.type)
                                ? keep (c, g_strdup_printf ("\"%s\"", const_desc (c, &dv)), g_free)
                                : const_desc (c, &dv);

              if (g_hash_table_contains (seen, val))
                {
                  if (strcmp (val, expr_str (c, e)) == 0)
                    error_at (c, expr_start (e), "duplicate case %s (constant of type %s) in expression switch",
                              expr_str (c, e), tname (c, tag_type));
                  else
                    error_at (c, expr_start (e), "duplicate case %s (constant %s of type %s) in expression switch",
                              expr_str (c, e), val, tname (c, tag_type));
                }
              else
                g_hash_table_add (seen, (gpointer) val);
            }
          if (tag >= 0)
            {
              emit (c, GOR_OP_LOCAL, tag, 0, 1);
              if (gor_type_under (tag_type)->kind == GOR_TYPE_INTERFACE)
                gen_expr_to (c, e, tag_type, "switch case");
              else
                {
                  ConstVal cv;
                  GorType *et;

                  if (const_eval (c, e, &cv) && !const_representable (c, &cv, tag_type, NULL)
                      && gor_type_is_untyped (cv.type))
                    {
                      error_at (c, expr_start (e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                                expr_str (c, e), expr_str (c, s->x), tname (c, cv.type),
                                tname (c, tag_type));
                      emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
                    }
                  else
                    {
                      et = gen_value (c, e, tag_type);
                      if (et && et != tag_type && !assignable (c, et, tag_type) && !assignable (c, tag_type, et))
                        error_at (c, expr_start (e), "invalid case %s in switch on %s (mismatched types %s and %s)",
                                  expr_str (c, e), expr_str (c, s->x), tname (c, et),
                                  tname (c, tag_type));
                    }
                }
              emit_equal (c, tag_type);
            }
          else
            gen_cond (c, e, "case");
          jt = emit (c, GOR_OP_JT, 0, 0, -1);
          g_array_append_val (test_jumps, jt);
          body_jumps[i] = body_jumps[i]; /* patched below by clause index */
          g_array_index (test_jumps, int, test_jumps->len - 1) = jt | ((int) i << 20);
        }
    }
  jdefault = emit (c, GOR_OP_JMP, 0, 0, 0);
  l = loop_push (c, label, FALSE);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      GPtrArray *body = cl->list;
      guint len = body ? body->len : 0;

      body_pc[i] = here (c);
      scope_push (c, c->fn);
      if (ends_with_fallthrough (cl))
        {
          if (i == n - 1)
            error_at (c, ((GorAstStmt *) g_ptr_array_index (body, len - 1))->pos,
                      "cannot fallthrough final case in switch");
          for (guint k = 0; k + 1 < len; k++)
            compile_stmt (c, g_ptr_array_index (body, k));
          {
            int j = emit (c, GOR_OP_JMP, 0, 0, 0);

            g_array_append_val (fall_jumps, j);
            fall_from[fall_jumps->len - 1] = (int) i;
          }
        }
      else
        {
          compile_block_list (c, body);
          {
            int j = emit (c, GOR_OP_JMP, 0, 0, 0);

            g_array_append_val (l->breaks, j);
          }
        }
      scope_pop (c);
    }
  body_pc[n] = here (c);
  for (guint k = 0; k < test_jumps->len; k++)
    {
      int v = g_array_index (test_jumps, int, k);

      patch (c, v & 0xFFFFF, body_pc[v >> 20]);
    }
  for (guint k = 0; k < fall_jumps->len; k++)
    patch (c, g_array_index (fall_jumps, int, k), body_pc[fall_from[k] + 1]);
  patch (c, jdefault, default_index >= 0 ? body_pc[default_index] : here (c));
  loop_pop (c, l, 0, here (c));
  g_array_unref (test_jumps);
  g_array_unref (fall_jumps);
  scope_pop (c);
}

static GorAstExpr *
recv_operand (GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e && e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_ARROW)
    return e;
  return NULL;
}

static void
compile_select (C *c, GorAstStmt *s, const char *label)
{
  guint n = s->list ? s->list->len : 0;
  GorSelectSpec *spec = g_new0 (GorSelectSpec, 1);
  g_autofree int *case_of = g_new0 (int, n + 1);
  g_autofree GorType **elem = g_new0 (GorType *, n + 1);
  int n_cases = 0, n_ops = 0, default_clause = -1;
  int idx_slot, val_slot, ok_slot;
  Loop *l;

  spec->is_send = g_new0 (guint8, n + 1);
  g_ptr_array_add (c->prog->select_specs, spec);
  scope_push (c, c->fn);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      GorAstStmt *comm = cl->comm;

      if (comm == NULL)
        {
          if (default_clause >= 0)
            error_at (c, cl->pos, "multiple defaults in select");
          default_clause = (int) i;
          case_of[i] = -1;
          continue;
        }
      c->line = comm->pos.line;
      case_of[i] = n_cases++;
      if (comm->kind == GOR_STMT_SEND)
        {
          GorType *t = gen_value (c, comm->x, NULL);

          spec->is_send[case_of[i]] = TRUE;
          if (t && gor_type_under (t)->kind != GOR_TYPE_CHAN)
            error_at (c, comm->pos, "invalid operation: cannot send to non-channel %s", describe (c, comm->x, t));
          else if (t && gor_type_under (t)->dir == GOR_CHAN_RECV_ONLY)
            error_at (c, comm->pos, "invalid operation: cannot send to receive-only channel %s",
                      describe (c, comm->x, t));
          if (t && gor_type_under (t)->kind == GOR_TYPE_CHAN)
            gen_expr_to (c, comm->y, gor_type_under (t)->elem, "send");
          else
            emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
          n_ops += 2;
        }
      else
        {
          GorAstExpr *r = NULL;
          GorType *t;

          if (comm->kind == GOR_STMT_EXPR)
            r = recv_operand (comm->x);
          else if (comm->kind == GOR_STMT_ASSIGN && comm->rhs && comm->rhs->len == 1)
            r = recv_operand (g_ptr_array_index (comm->rhs, 0));
          if (r == NULL)
            {
              error_at (c, comm->pos, "select case must be receive, send or assign recv");
              emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
              n_ops++;
              continue;
            }
          t = gen_value (c, r->x, NULL);
          if (t && gor_type_under (t)->kind != GOR_TYPE_CHAN)
            error_at (c, expr_start (r->x), "invalid operation: cannot receive from non-channel %s", describe (c, r->x, t));
          else if (t && gor_type_under (t)->dir == GOR_CHAN_SEND_ONLY)
            error_at (c, expr_start (r->x), "invalid operation: cannot receive from send-only channel %s",
                      describe (c, r->x, t));
          elem[i] = t && gor_type_under (t)->kind == GOR_TYPE_CHAN ? gor_type_under (t)->elem : c->t_int;
          n_ops++;
        }
    }
  spec->n_cases = (guint) n_cases;
  spec->has_default = default_clause >= 0;
  c->line = s->pos.line;
  emit (c, GOR_OP_SELECT, (gint32) c->prog->select_specs->len - 1, 0, 3 - n_ops);
  idx_slot = new_slot (c);
  ok_slot = new_slot (c);
  val_slot = new_slot (c);
  emit (c, GOR_OP_SET_LOCAL, idx_slot, 0, -1);
  emit (c, GOR_OP_SET_LOCAL, ok_slot, 0, -1);
  emit (c, GOR_OP_SET_LOCAL, val_slot, 0, -1);
  l = loop_push (c, label, FALSE);
  for (guint i = 0; i < n; i++)
    {
      GorAstStmt *cl = g_ptr_array_index (s->list, i);
      GorAstStmt *comm = cl->comm;
      int jf;

      emit (c, GOR_OP_LOCAL, idx_slot, 0, 1);
      emit (c, GOR_OP_PUSH_INT, case_of[i], 0, 1);
      emit (c, GOR_OP_EQ, 0, 0, -1);
      jf = emit (c, GOR_OP_JF, 0, 0, -1);
      scope_push (c, c->fn);
      if (comm && comm->kind == GOR_STMT_ASSIGN && comm->lhs)
        {
          guint nl = comm->lhs->len;

          if (nl > 2)
            error_at (c, comm->pos, "assignment mismatch: %u variables but 1 value", nl);
          for (guint k = 0; k < nl && k < 2; k++)
            {
              GorAstExpr *target = g_ptr_array_index (comm->lhs, k);
              GorType *vt = k == 0 ? elem[i] : c->t_bool;

              emit (c, GOR_OP_LOCAL, k == 0 ? val_slot : ok_slot, 0, 1);
              if (comm->tok == GOR_TOKEN_DEFINE)
                {
                  if (target->kind != GOR_EXPR_IDENT)
                    {
                      error_at (c, target->pos, "non-name %s on left side of :=", expr_str (c, target));
                      emit (c, GOR_OP_POP, 0, 0, -1);
                    }
                  else if (g_str_equal (target->name, "_"))
                    emit (c, GOR_OP_POP, 0, 0, -1);
                  else
                    init_local (c, declare_local (c, target, vt));
                }
              else
                {
                  LValue lv;
                  int tmp = new_slot (c);

                  emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
                  if (prepare_lvalue (c, target, &lv))
                    {
                      emit (c, GOR_OP_LOCAL, tmp, 0, 1);
                      if (lv.kind != LV_BLANK && !assignable (c, vt, lv.type))
                        error_at (c, target->pos, "cannot use %s value as %s value in assignment",
                                  tname (c, vt), tname (c, lv.type));
                      else if (lv.kind != LV_BLANK)
                        convert_value (c, vt, lv.type, TRUE);
                      finish_store (c, &lv);
                    }
                }
            }
        }
      compile_block_list (c, cl->list);
      scope_pop (c);
      {
        int j = emit (c, GOR_OP_JMP, 0, 0, 0);

        g_array_append_val (l->breaks, j);
      }
      patch (c, jf, here (c));
    }
  loop_pop (c, l, 0, here (c));
  scope_pop (c);
}

static void
compile_branch (C *c, GorAstStmt *s)
{
  GPtrArray *loops = c->fn->loops;

  if (s->tok == GOR_TOKEN_GOTO)
    {
      unsupported (c, s->pos, "goto");
      return;
    }
  if (s->tok == GOR_TOKEN_FALLTHROUGH)
    {
      error_at (c, s->pos, "fallthrough statement out of place");
      return;
    }
  for (int i = (int) loops->len - 1; i >= 0; i--)
    {
      Loop *l = g_ptr_array_index (loops, i);

      if (s->label && (l->label == NULL || !g_str_equal (l->label, s->label)))
        continue;
      if (s->tok == GOR_TOKEN_CONTINUE && !l->is_loop)
        {
          if (s->label)
            {
              error_at (c, s->pos, "invalid continue label %s", s->label);
              return;
            }
          continue;
        }
      {
        int j = emit (c, GOR_OP_JMP, 0, 0, 0);

        g_array_append_val (s->tok == GOR_TOKEN_BREAK ? l->breaks : l->continues, j);
      }
      return;
    }
  if (s->label)
    error_at (c, s->pos, "invalid %s label %s", s->tok == GOR_TOKEN_BREAK ? "break" : "continue", s->label);
  else
    error_at (c, s->pos, "%s is not in a loop%s", s->tok == GOR_TOKEN_BREAK ? "break" : "continue",
              s->tok == GOR_TOKEN_BREAK ? ", switch, or select" : "");
}

static void
compile_expr_stmt (C *c, GorAstExpr *x)
{
  GorAstExpr *e = x;
  GorType *t;

  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e == NULL)
    return;
  if (e->kind == GOR_EXPR_CALL)
    {
      Plan p;

      c->line = e->pos.line;
      if (!plan_call (c, e, &p))
        return;
      if (p.kind == PLAN_CONVERSION
          || (p.kind == PLAN_OP && (p.op == GOR_OP_LEN || p.op == GOR_OP_CAP || p.op == GOR_OP_APPEND
                                    || p.op == GOR_OP_APPEND_SLICE || p.op == GOR_OP_MAKE_SLICE
                                    || p.op == GOR_OP_MAKE_CHAN || p.op == GOR_OP_SPRINT
                                    || p.op == GOR_OP_ZERO || p.op == GOR_OP_ERRORS_NEW)))
        {
          if (p.kind == PLAN_CONVERSION)
            t = gen_conversion (c, e);
          else
            {
              emit_plan (c, &p);
              t = p.result;
            }
          error_at (c, expr_start (x), "%s (value of type %s) is not used", expr_str (c, x),
                    tname (c, t));
          return;
        }
      emit_plan (c, &p);
      for (int i = 0; i < n_results_of (p.result); i++)
        emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  if (e->kind == GOR_EXPR_UNARY && e->op == GOR_TOKEN_ARROW)
    {
      t = gen_expr (c, e, NULL);
      if (t)
        emit (c, GOR_OP_POP, 0, 0, -1);
      return;
    }
  t = gen_value (c, e, NULL);
  if (t)
    {
      ConstVal cv;

      if (const_eval (c, e, &cv))
        error_at (c, expr_start (x), "%s (%s constant) is not used", expr_str (c, x),
                  gor_type_is_untyped (cv.type) ? tname (c, cv.type) : "typed");
      else
        error_at (c, expr_start (x), "%s (%s %s) is not used", expr_str (c, x),
                  e->kind == GOR_EXPR_IDENT && lookup (c, e->name) && lookup (c, e->name)->kind == SYM_VAR
                    ? "variable of type" : "value of type", tname (c, t));
      emit (c, GOR_OP_POP, 0, 0, -1);
    }
}

static void
compile_stmt (C *c, GorAstStmt *s)
{
  const char *label = c->pending_label;

  if (s == NULL)
    return;
  c->pending_label = NULL;
  c->line = s->pos.line;
  switch (s->kind)
    {
    case GOR_STMT_EMPTY:
      break;
    case GOR_STMT_DECL:
      compile_decl_stmt (c, s->decl);
      break;
    case GOR_STMT_LABELED:
      c->pending_label = s->label;
      if (s->body == NULL)
        break;
      compile_stmt (c, s->body);
      c->pending_label = NULL;
      break;
    case GOR_STMT_EXPR:
      compile_expr_stmt (c, s->x);
      break;
    case GOR_STMT_SEND:
      {
        GorType *t = gen_value (c, s->x, NULL);

        if (t == NULL)
          return;
        if (gor_type_under (t)->kind != GOR_TYPE_CHAN)
          {
            error_at (c, s->pos, "invalid operation: cannot send to non-channel %s", describe (c, s->x, t));
            return;
          }
        if (gor_type_under (t)->dir == GOR_CHAN_RECV_ONLY)
          {
            error_at (c, s->pos, "invalid operation: cannot send to receive-only channel %s",
                      describe (c, s->x, t));
            return;
          }
        gen_expr_to (c, s->y, gor_type_under (t)->elem, "send");
        c->line = s->pos.line;
        emit (c, GOR_OP_SEND, 0, 0, -2);
        break;
      }
    case GOR_STMT_INC_DEC:
      compile_op_assign (c, s->x, s->tok == GOR_TOKEN_INC ? GOR_TOKEN_ADD : GOR_TOKEN_SUB, NULL, s->pos);
      break;
    case GOR_STMT_ASSIGN:
      compile_assign (c, s);
      break;
    case GOR_STMT_GO:
    case GOR_STMT_DEFER:
      compile_go_defer (c, s);
      break;
    case GOR_STMT_RETURN:
      compile_return (c, s);
      break;
    case GOR_STMT_BRANCH:
      compile_branch (c, s);
      break;
    case GOR_STMT_BLOCK:
      scope_push (c, c->fn);
      compile_block_list (c, s->list);
      scope_pop (c);
      break;
    case GOR_STMT_IF:
      {
        int jf, jend;

        scope_push (c, c->fn);
        if (s->init)
          compile_stmt (c, s->init);
        gen_cond (c, s->x, "if");
        jf = emit (c, GOR_OP_JF, 0, 0, -1);
        scope_push (c, c->fn);
        compile_block_list (c, s->body ? s->body->list : NULL);
        scope_pop (c);
        if (s->else_)
          {
            jend = emit (c, GOR_OP_JMP, 0, 0, 0);
            patch (c, jf, here (c));
            compile_stmt (c, s->else_);
            patch (c, jend, here (c));
          }
        else
          patch (c, jf, here (c));
        scope_pop (c);
        break;
      }
    case GOR_STMT_SWITCH:
      compile_switch (c, s, label);
      break;
    case GOR_STMT_TYPE_SWITCH:
      unsupported (c, s->pos, "type switches");
      break;
    case GOR_STMT_SELECT:
      compile_select (c, s, label);
      break;
    case GOR_STMT_FOR:
      compile_for (c, s, label);
      break;
    case GOR_STMT_RANGE:
      compile_range (c, s, label);
      break;
    default:
      error_at (c, s->pos, "unexpected statement");
      break;
    }
  if (c->fn->depth != 0 && c->error == NULL)
    {
      error_at (c, s->pos, "internal error: operand stack imbalance (%d)", c->fn->depth);
      c->fn->depth = 0;
    }
}

static void
compile_block_list (C *c, GPtrArray *list)
{
  for (guint i = 0; list && i < list->len; i++)
    compile_stmt (c, g_ptr_array_index (list, i));
}

/* ---- functions ---- */

static gboolean is_terminating (GorAstStmt *s, const char *label);

static gboolean
has_break (GorAstStmt *s, const char *label, int depth, int level)
{
  /* a break that targets the statement at @depth 0 */
  if (s == NULL || level > 2000)
    return FALSE;
  if (s->kind == GOR_STMT_BRANCH && s->tok == GOR_TOKEN_BREAK)
    return s->label ? (label && g_str_equal (s->label, label)) : depth == 0;
  if (s->kind == GOR_STMT_FOR || s->kind == GOR_STMT_RANGE || s->kind == GOR_STMT_SWITCH
      || s->kind == GOR_STMT_SELECT || s->kind == GOR_STMT_TYPE_SWITCH)
    depth++;
  for (guint i = 0; s->list && i < s->list->len; i++)
    if (has_break (g_ptr_array_index (s->list, i), label, depth, level + 1))
      return TRUE;
  return has_break (s->body, label, depth, level + 1) || has_break (s->else_, label, depth, level + 1);
}

static gboolean
is_terminating_list (GPtrArray *list)
{
  for (int i = list ? (int) list->len - 1 : -1; i >= 0; i--)
    {
      GorAstStmt *s = g_ptr_array_index (list, i);

      if (s->kind == GOR_STMT_EMPTY)
        continue;
      return is_terminating (s, NULL);
    }
  return FALSE;
}

static gboolean
is_terminating (GorAstStmt *s, const char *label)
{
  switch (s->kind)
    {
    case GOR_STMT_RETURN:
      return TRUE;
    case GOR_STMT_BRANCH:
      return s->tok == GOR_TOKEN_GOTO;
    case GOR_STMT_EXPR:
      {
        GorAstExpr *e = s->x;

        return e && e->kind == GOR_EXPR_CALL && e->x && e->x->kind == GOR_EXPR_IDENT
               && g_str_equal (e->x->name, "panic");
      }
    case GOR_STMT_BLOCK:
      return is_terminating_list (s->list);
    case GOR_STMT_IF:
      return s->else_ && s->body && is_terminating_list (s->body->list) && is_terminating (s->else_, NULL);
    case GOR_STMT_LABELED:
      return s->body && is_terminating (s->body, s->label);
    case GOR_STMT_FOR:
      return s->x == NULL && !has_break (s->body, label, 0, 0);
    case GOR_STMT_SWITCH:
    case GOR_STMT_SELECT:
    case GOR_STMT_TYPE_SWITCH:
      {
        gboolean has_default = s->kind == GOR_STMT_SELECT;

        for (guint i = 0; s->list && i < s->list->len; i++)
          {
            GorAstStmt *cl = g_ptr_array_index (s->list, i);

            if (cl->is_default || (s->kind != GOR_STMT_SELECT && (cl->lhs == NULL || cl->lhs->len == 0)))
              has_default = TRUE;
            if (!is_terminating_list (cl->list) && !ends_with_fallthrough (cl))
              return FALSE;
            for (guint j = 0; cl->list && j < cl->list->len; j++)
              if (has_break (g_ptr_array_index (cl->list, j), label, 0, 0))
                return FALSE;
          }
        return has_default;
      }
    default:
      return FALSE;
    }
}

static void
compile_func_body (C *c, Fn *fn, GorAstExpr *ftype, GorAstStmt *body, GorAstField *recv)
{
  Scope *saved_scope = c->scope;
  GorType *sig = fn->sig;
  guint np = 0;
  guint32 saved_line = c->line;
  const char *saved_label = c->pending_label;

  c->pending_label = NULL;
  fn->parent = c->fn;
  if (fn->upvals == NULL)
    fn->upvals = g_ptr_array_new ();
  if (fn->captured == NULL)
    fn->captured = g_hash_table_new (g_str_hash, g_str_equal);
  if (fn->loops == NULL)
    fn->loops = g_ptr_array_new ();
  fn->epilogue_jumps = g_array_new (FALSE, FALSE, sizeof (int));
  c->fn = fn;
  c->line = fn->func->line;
  walk_stmt (body, 0, capture_cb, fn->captured, 0);
  fn->has_defer = has_defer_stmt (body, 0);
  scope_push (c, fn);

  /* parameters */
  if (recv && recv->names && recv->names->len > 0)
    {
      GorAstExpr *name = g_ptr_array_index (recv->names, 0);
      Sym *sym = sym_new (c, SYM_VAR, name->name, name->pos);

      sym->type = resolve_type (c, recv->type);
      sym->owner = fn;
      sym->slot = (int) np++;
      sym->is_param = TRUE;
      sym->boxed = g_hash_table_contains (fn->captured, name->name);
      declare (c, c->scope, sym);
      fn->n_slots = (int) np;
    }
  else if (recv)
    np++, fn->n_slots = (int) np;
  {
    guint k = 0;

    for (guint i = 0; ftype->params && i < ftype->params->len; i++)
      {
        GorAstField *f = g_ptr_array_index (ftype->params, i);
        guint n = f->names ? f->names->len : 0;

        if (n == 0)
          {
            np++, k++;
            fn->n_slots = (int) np;
            continue;
          }
        for (guint j = 0; j < n; j++, k++)
          {
            GorAstExpr *name = g_ptr_array_index (f->names, j);
            Sym *sym = sym_new (c, SYM_VAR, name->name, name->pos);

            sym->type = g_ptr_array_index (sig->params, k);
            sym->owner = fn;
            sym->slot = (int) np++;
            sym->is_param = TRUE;
            sym->boxed = g_hash_table_contains (fn->captured, name->name);
            fn->n_slots = (int) np;
            declare (c, c->scope, sym);
          }
      }
  }
  fn->func->n_params = np;
  fn->func->n_results = sig->results->len;
  fn->n_results = (int) sig->results->len;
  fn->result_slots = g_new0 (int, sig->results->len + 1);
  fn->result_syms = g_new0 (Sym *, sig->results->len + 1);
  /* results: named ones are variables; with defer, unnamed ones get slots */
  {
    guint k = 0;

    for (guint i = 0; ftype->results && i < ftype->results->len; i++)
      {
        GorAstField *f = g_ptr_array_index (ftype->results, i);
        guint n = f->names ? f->names->len : 0;

        for (guint j = 0; j < n; j++, k++)
          {
            GorAstExpr *name = g_ptr_array_index (f->names, j);
            Sym *sym;

            fn->named_results = TRUE;
            sym = sym_new (c, SYM_VAR, name->name, name->pos);
            sym->type = g_ptr_array_index (sig->results, k);
            sym->owner = fn;
            sym->slot = new_slot (c);
            sym->is_param = TRUE;
            sym->boxed = g_hash_table_contains (fn->captured, name->name);
            declare (c, c->scope, sym);
            fn->result_syms[k] = sym;
            push_zero (c, sym->type);
            init_local (c, sym);
          }
      }
    if (!fn->named_results && fn->has_defer)
      for (guint i = 0; i < sig->results->len; i++)
        fn->result_slots[i] = new_slot (c);
  }
  /* captured parameters move into boxes */
  for (guint i = 0; i < c->scope->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (c->scope->order, i);

      if (sym->boxed && sym->is_param && sym->slot < (int) np)
        emit (c, GOR_OP_BOX_LOCAL, sym->slot, 0, 0);
    }

  compile_block_list (c, body ? body->list : NULL);

  if (sig->results->len > 0 && !(body && is_terminating_list (body->list)))
    error_at (c, body ? body->end : fn->func->line ? (GorPos) { fn->func->line, 1 } : (GorPos) { 1, 1 },
              "missing return");

  /* epilogue */
  if (fn->has_defer)
    {
      int epi = here (c);

      patch_list (c, fn->epilogue_jumps, epi);
      fn->func->unwind_pc = 0;
      emit (c, GOR_OP_RUN_DEFERS, 0, 0, 0);
      for (guint i = 0; i < sig->results->len; i++)
        {
          if (fn->named_results)
            load_sym (c, fn->result_syms[i], (GorPos) { 0, 0 });
          else
            emit (c, GOR_OP_LOCAL, fn->result_slots[i], 0, 1);
        }
      emit (c, GOR_OP_RET, (gint32) sig->results->len, 0, -(int) sig->results->len);
      /* A recovered panic resumes at the epilogue. */
      fn->func->unwind_pc = (guint) here (c);
      emit (c, GOR_OP_UNWIND, epi, 0, 0);
    }
  else
    {
      emit (c, GOR_OP_RET, 0, 0, 0);
      fn->func->unwind_pc = (guint) here (c);
      emit (c, GOR_OP_UNWIND, -1, 0, 0);
    }

  scope_pop (c);
  fn_finish (c, fn);
  g_array_unref (fn->epilogue_jumps);
  fn->epilogue_jumps = NULL;
  c->scope = saved_scope;
  c->fn = fn->parent;
  c->line = saved_line;
  c->pending_label = saved_label;
}

/* ---- the package ---- */

static void
resolve_package_sym (C *c, Sym *sym)
{
  Scope *saved = c->scope;

  if (sym->resolved || sym->spec == NULL)
    return;
  if (sym->resolving)
    {
      error_at (c, sym->pos, "initialization cycle or invalid recursive reference to %s", sym->name);
      sym->resolved = TRUE;
      sym->cv.type = c->t_int;
      if (sym->type == NULL)
        sym->type = c->t_int;
      return;
    }
  sym->resolving = TRUE;
  c->scope = c->package;
  if (sym->kind == SYM_CONST)
    compile_const_spec (c, sym->spec, c->package, TRUE);
  else if (sym->type == NULL)
    {
      unsupported (c, sym->pos, "package variable %s used before its declaration", sym->name);
      sym->type = c->t_int;
    }
  c->scope = saved;
  sym->resolving = FALSE;
  sym->resolved = TRUE;
}

static void
universe_type (C *c, const char *name, GorType *t)
{
  Sym *sym = sym_new (c, SYM_TYPE, name, (GorPos) { 0, 0 });

  sym->type = t;
  declare (c, c->universe, sym);
}

static void
setup_universe (C *c)
{
  static const char *builtins[] = {
    [B_LEN] = "len", [B_CAP] = "cap", [B_APPEND] = "append", [B_MAKE] = "make", [B_CLOSE] = "close",
    [B_PANIC] = "panic", [B_RECOVER] = "recover", [B_NEW] = "new", [B_COPY] = "copy",
    [B_DELETE] = "delete", [B_PRINT] = "print", [B_PRINTLN] = "println", [B_MIN] = "min", [B_MAX] = "max",
  };
  GorTypes *ty = c->types;
  Sym *sym;

  c->t_int = gor_types_basic (ty, GOR_TYPE_INT);
  c->t_bool = gor_types_basic (ty, GOR_TYPE_BOOL);
  c->t_string = gor_types_basic (ty, GOR_TYPE_STRING);
  c->t_float = gor_types_basic (ty, GOR_TYPE_FLOAT64);
  c->t_byte = gor_types_basic (ty, GOR_TYPE_UINT8);
  c->t_rune = gor_types_basic (ty, GOR_TYPE_INT32);
  c->t_int64 = gor_types_basic (ty, GOR_TYPE_INT64);
  c->t_unt_int = gor_types_basic (ty, GOR_TYPE_UNTYPED_INT);
  c->t_unt_float = gor_types_basic (ty, GOR_TYPE_UNTYPED_FLOAT);
  c->t_unt_bool = gor_types_basic (ty, GOR_TYPE_UNTYPED_BOOL);
  c->t_unt_string = gor_types_basic (ty, GOR_TYPE_UNTYPED_STRING);
  c->t_unt_rune = gor_types_basic (ty, GOR_TYPE_UNTYPED_RUNE);
  c->t_nil = gor_types_basic (ty, GOR_TYPE_UNTYPED_NIL);
  c->t_error = gor_types_error (ty);
  c->t_any = gor_types_any (ty);
  c->t_duration = gor_types_named (ty, "time.Duration");
  gor_type_set_underlying (c->t_duration, c->t_int64);
  c->t_time = gor_types_named (ty, "time.Time");
  gor_type_set_underlying (c->t_time, c->t_int64);
  {
    GPtrArray *fields = g_ptr_array_new ();
    GorField *f = g_new0 (GorField, 1);

    f->name = g_strdup ("v");
    f->type = c->t_int64;
    g_ptr_array_add (fields, f);
    c->t_atomic_int64 = gor_types_named (ty, "atomic.Int64");
    gor_type_set_underlying (c->t_atomic_int64, gor_types_struct (ty, fields));
    fields = g_ptr_array_new ();
    f = g_new0 (GorField, 1);
    f->name = g_strdup ("v");
    f->type = gor_types_basic (ty, GOR_TYPE_INT32);
    g_ptr_array_add (fields, f);
    c->t_atomic_int32 = gor_types_named (ty, "atomic.Int32");
    gor_type_set_underlying (c->t_atomic_int32, gor_types_struct (ty, fields));
    fields = g_ptr_array_new ();
    f = g_new0 (GorField, 1);
    f->name = g_strdup ("v");
    f->type = c->t_bool;
    g_ptr_array_add (fields, f);
    c->t_atomic_bool = gor_types_named (ty, "atomic.Bool");
    gor_type_set_underlying (c->t_atomic_bool, gor_types_struct (ty, fields));
  }
  {
    GPtrArray *fields = g_ptr_array_new ();
    const char *names[] = { "done", "err", "child", "sibling", "parent" };

    for (guint i = 0; i < G_N_ELEMENTS (names); i++)
      {
        GorField *f = g_new0 (GorField, 1);

        f->name = g_strdup (names[i]);
        f->type = c->t_int64;
        g_ptr_array_add (fields, f);
      }
    {
      GPtrArray *tf = g_ptr_array_new ();
      const char *tn[] = { "C", "active", "gen", "period" };

      for (guint i = 0; i < G_N_ELEMENTS (tn); i++)
        {
          GorField *f = g_new0 (GorField, 1);

          f->name = g_strdup (tn[i]);
          f->type = i == 0 ? gor_types_chan (ty, c->t_time, GOR_CHAN_RECV_ONLY) : c->t_int64;
          g_ptr_array_add (tf, f);
        }
      c->t_timer = gor_types_named (ty, "time.Timer");
      gor_type_set_underlying (c->t_timer, gor_types_struct (ty, tf));
      c->t_ticker = gor_types_named (ty, "time.Ticker");
      gor_type_set_underlying (c->t_ticker, gor_type_under (c->t_timer));
    }
    {
      GPtrArray *cf = g_ptr_array_new ();
      GorField *f = g_new0 (GorField, 1);

      f->name = g_strdup ("L");
      f->type = gor_types_pointer (ty, gor_types_basic (ty, GOR_TYPE_MUTEX));
      g_ptr_array_add (cf, f);
      f = g_new0 (GorField, 1);
      f->name = g_strdup ("waiters");
      f->type = c->t_int64;
      g_ptr_array_add (cf, f);
      c->t_cond = gor_types_named (ty, "sync.Cond");
      gor_type_set_underlying (c->t_cond, gor_types_struct (ty, cf));
    }
    c->t_context = gor_types_named (ty, "context.Context");
    gor_type_set_underlying (c->t_context, gor_types_pointer (ty, gor_types_struct (ty, fields)));
    c->t_cancel = gor_types_named (ty, "context.CancelFunc");
    gor_type_set_underlying (c->t_cancel, gor_types_func (ty, g_ptr_array_new (), g_ptr_array_new (), FALSE));
    c->ctx_cancel_func = -1;
  }
  c->t_errstr = gor_types_named (ty, "*errors.errorString");
  gor_type_set_underlying (c->t_errstr, c->t_string);
  {
    GorMethod *m = g_new0 (GorMethod, 1);

    m->name = g_strdup ("Error");
    m->sig = ((GorField *) g_ptr_array_index (gor_type_under (c->t_error)->fields, 0))->type;
    m->func = -1;
    g_ptr_array_add (c->t_errstr->methods, m);
  }
  c->t_rterr = gor_types_named (ty, "runtime.Error");
  gor_type_set_underlying (c->t_rterr, c->t_string);
  {
    GorMethod *m = g_new0 (GorMethod, 1);

    m->name = g_strdup ("Error");
    m->sig = ((GorField *) g_ptr_array_index (gor_type_under (c->t_error)->fields, 0))->type;
    m->func = -1;
    g_ptr_array_add (c->t_rterr->methods, m);
  }
  type_ref (c, c->t_errstr); /* type_refs[0], [1]: used by the VM */
  type_ref (c, c->t_rterr);
  type_ref (c, c->t_string);
  type_ref (c, c->t_int);

  c->scope = c->universe = scope_push (c, NULL);
  universe_type (c, "bool", c->t_bool);
  universe_type (c, "int", c->t_int);
  universe_type (c, "int8", gor_types_basic (ty, GOR_TYPE_INT8));
  universe_type (c, "int16", gor_types_basic (ty, GOR_TYPE_INT16));
  universe_type (c, "int32", c->t_rune);
  universe_type (c, "rune", c->t_rune);
  universe_type (c, "int64", c->t_int64);
  universe_type (c, "uint", gor_types_basic (ty, GOR_TYPE_UINT));
  universe_type (c, "uint8", c->t_byte);
  universe_type (c, "byte", c->t_byte);
  universe_type (c, "uint16", gor_types_basic (ty, GOR_TYPE_UINT16));
  universe_type (c, "uint32", gor_types_basic (ty, GOR_TYPE_UINT32));
  universe_type (c, "uint64", gor_types_basic (ty, GOR_TYPE_UINT64));
  universe_type (c, "float64", c->t_float);
  universe_type (c, "string", c->t_string);
  universe_type (c, "error", c->t_error);
  universe_type (c, "any", c->t_any);
  sym = declare (c, c->universe, sym_new (c, SYM_CONST, "true", (GorPos) { 0, 0 }));
  sym->cv.type = c->t_unt_bool;
  sym->cv.v.i = 1;
  sym = declare (c, c->universe, sym_new (c, SYM_CONST, "false", (GorPos) { 0, 0 }));
  sym->cv.type = c->t_unt_bool;
  sym = declare (c, c->universe, sym_new (c, SYM_CONST, "iota", (GorPos) { 0, 0 }));
  sym->cv.type = c->t_unt_int;
  sym->func = -2;
  declare (c, c->universe, sym_new (c, SYM_NIL, "nil", (GorPos) { 0, 0 }));
  for (guint i = 0; i < G_N_ELEMENTS (builtins); i++)
    {
      sym = declare (c, c->universe, sym_new (c, SYM_BUILTIN, builtins[i], (GorPos) { 0, 0 }));
      sym->builtin = (int) i;
    }
}

static const char *supported_imports[] = {
  "fmt", "runtime", "sync", "time", "errors", "os", "strconv", "strings", "sync/atomic", "context",
  "math/rand",
};

static void
fn_free (Fn *fn)
{
  g_clear_pointer (&fn->upvals, g_ptr_array_unref);
  g_clear_pointer (&fn->captured, g_hash_table_unref);
  g_clear_pointer (&fn->loops, g_ptr_array_unref);
  g_free (fn->lit_counter);
  g_free (fn->result_slots);
  g_free (fn->result_syms);
  g_free (fn);
}

GorProgram *
gor_compile (GorAstFile *file, GError **error)
{
  C cc = { 0 };
  C *c = &cc;
  GorProgram *prog = g_new0 (GorProgram, 1);
  g_autoptr (GPtrArray) func_decls = g_ptr_array_new ();
  g_autoptr (GPtrArray) func_syms = g_ptr_array_new ();
  g_autoptr (GPtrArray) init_funcs = g_ptr_array_new ();
  GorFunc *init;
  Fn *init_fn;
  Sym *main_sym;
  guint n_globals = 0;

  g_return_val_if_fail (file != NULL, NULL);

  prog->filename = g_strdup (file->filename);
  prog->types = gor_types_new ();
  prog->funcs = g_ptr_array_new ();
  prog->consts = g_array_new (FALSE, FALSE, sizeof (GorValue));
  prog->print_specs = g_ptr_array_new ();
  prog->select_specs = g_ptr_array_new ();
  prog->type_refs = g_ptr_array_new ();
  c->file = file;
  c->prog = prog;
  c->types = prog->types;
  c->garbage = g_ptr_array_new_with_free_func (owned_free);
  c->static_closures = g_hash_table_new (NULL, NULL);
  c->iota = -1;
  setup_universe (c);
  c->package = scope_push (c, NULL);

  if (file->package_name == NULL || file->package_name->name == NULL
      || !g_str_equal (file->package_name->name, "main"))
    error_at (c, file->package_name ? file->package_name->pos : (GorPos) { 1, 1 },
              "package %s is not a main package",
              file->package_name && file->package_name->name ? file->package_name->name : "?");

  /* imports */
  for (guint i = 0; i < file->imports->len; i++)
    {
      GorAstSpec *sp = g_ptr_array_index (file->imports, i);
      const char *path = sp->path ? sp->path : "";
      const char *local;
      gboolean ok = FALSE;
      Sym *sym;

      for (guint k = 0; k < G_N_ELEMENTS (supported_imports); k++)
        if (g_str_equal (path, supported_imports[k]))
          ok = TRUE;
      if (!ok)
        {
          unsupported (c, sp->pos, "import \"%s\"", path);
          continue;
        }
      local = strrchr (path, '/') ? strrchr (path, '/') + 1 : path;
      if (sp->names && sp->names->len > 0)
        {
          GorAstExpr *n = g_ptr_array_index (sp->names, 0);

          if (n && n->name && n->name[0])
            local = n->name;
        }
      if (g_str_equal (local, "_") || g_str_equal (local, "."))
        {
          unsupported (c, sp->pos, "import %s \"%s\"", local, path);
          continue;
        }
      sym = sym_new (c, SYM_PKG, local, sp->pos);
      sym->pkg = path;
      sym->owner = NULL;
      sym->used = FALSE;
      declare (c, c->package, sym);
      sym->init = (gpointer) sp;
    }

  /* An import outside the subset makes the rest meaningless: stop here. */
  if (c->error && c->error_unsupported)
    goto out;

  /* declare every package-level name first: order does not matter in Go */
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind == GOR_DECL_FUNC)
        {
          Sym *sym;
          g_autofree char *name = NULL;

          if (d->recv)
            continue;
          if (d->name == NULL)
            continue;
          if (d->body == NULL)
            {
              error_at (c, d->name->pos, "missing function body");
              continue;
            }
          name = g_strdup_printf ("main.%s", d->name->name);
          if (g_str_equal (d->name->name, "init"))
            {
              GorFunc *f = func_new (c, name, d->pos.line);

              g_ptr_array_add (init_funcs, f);
              sym = sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
              sym->func = (int) f->index;
              g_ptr_array_add (func_decls, d);
              g_ptr_array_add (func_syms, sym);
              continue;
            }
          sym = sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
          sym->func = (int) func_new (c, name, d->pos.line)->index;
          declare (c, c->package, sym);
          g_ptr_array_add (func_decls, d);
          g_ptr_array_add (func_syms, sym);
        }
      else if (d->kind == GOR_DECL_GEN && d->tok != GOR_TOKEN_IMPORT)
        {
          for (guint j = 0; d->specs && j < d->specs->len; j++)
            {
              GorAstSpec *sp = g_ptr_array_index (d->specs, j);

              for (guint k = 0; sp->names && k < sp->names->len; k++)
                {
                  GorAstExpr *n = g_ptr_array_index (sp->names, k);
                  Sym *sym;

                  if (d->tok == GOR_TOKEN_TYPE)
                    {
                      g_autofree char *tn = g_strdup_printf ("main.%s", n->name);

                      sym = sym_new (c, SYM_TYPE, n->name, n->pos);
                      sym->type = sp->is_alias ? NULL : gor_types_named (c->types, tn);
                      sym->spec = sp;
                    }
                  else if (d->tok == GOR_TOKEN_CONST)
                    {
                      sym = sym_new (c, SYM_CONST, n->name, n->pos);
                      sym->spec = sp;
                    }
                  else
                    {
                      sym = sym_new (c, SYM_VAR, n->name, n->pos);
                      sym->spec = sp;
                      sym->slot = (int) n_globals++;
                      sym->used = TRUE;
                    }
                  if (g_str_equal (n->name, "_"))
                    continue;
                  if (g_str_equal (n->name, "main") || g_str_equal (n->name, "init"))
                    {
                      error_at (c, n->pos, "cannot declare %s - must be func", n->name);
                      continue;
                    }
                  declare (c, c->package, sym);
                }
            }
        }
    }
  prog->n_globals = n_globals;

  /* types */
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind != GOR_DECL_GEN || d->tok != GOR_TOKEN_TYPE)
        continue;
      for (guint j = 0; d->specs && j < d->specs->len; j++)
        {
          GorAstSpec *sp = g_ptr_array_index (d->specs, j);
          GorAstExpr *n = sp->names && sp->names->len ? g_ptr_array_index (sp->names, 0) : NULL;
          Sym *sym = n ? g_hash_table_lookup (c->package->syms, n->name) : NULL;
          GorType *u;

          if (sym == NULL || sym->kind != SYM_TYPE)
            continue;
          u = resolve_type (c, sp->type);
          if (sp->is_alias)
            sym->type = u;
          else if (u == sym->type || gor_type_under (u) == NULL)
            {
              error_at (c, n->pos, "invalid recursive type %s", n->name);
              gor_type_set_underlying (sym->type, c->t_int);
            }
          else
            gor_type_set_underlying (sym->type, u);
          sym->resolved = TRUE;
        }
    }

  /* signatures and methods */
  for (guint i = 0; i < func_decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (func_decls, i);
      Sym *sym = g_ptr_array_index (func_syms, i);

      sym->type = func_type_from_ast (c, d->type, NULL);
      if (g_str_equal (d->name->name, "init") || g_str_equal (d->name->name, "main"))
        if (sym->type->params->len > 0 || sym->type->results->len > 0)
          error_at (c, d->name->pos, "func %s must have no arguments and no return values", d->name->name);
    }
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);
      GorType *rt, *base;
      gboolean ptr;
      GorMethod *m;
      GorFunc *f;
      Sym *sym;
      g_autofree char *name = NULL;

      if (d->kind != GOR_DECL_FUNC || d->recv == NULL || d->name == NULL)
        continue;
      rt = resolve_type (c, d->recv->type);
      ptr = rt->kind == GOR_TYPE_POINTER && rt->name == NULL;
      base = ptr ? rt->elem : rt;
      if (base->name == NULL || !g_str_has_prefix (base->name, "main.") || base->methods == NULL)
        {
          error_at (c, d->recv->pos, "invalid receiver type %s", tname (c, rt));
          continue;
        }
      if (gor_type_lookup_method (base, d->name->name))
        {
          error_at (c, d->name->pos, "method %s.%s already declared", base->name + 5, d->name->name);
          continue;
        }
      if (gor_type_under (base)->kind == GOR_TYPE_STRUCT && gor_type_field_index (gor_type_under (base), d->name->name) >= 0)
        {
          error_at (c, d->name->pos, "field and method with the same name %s", d->name->name);
          continue;
        }
      if (d->body == NULL)
        {
          error_at (c, d->name->pos, "missing function body");
          continue;
        }
      name = ptr ? g_strdup_printf ("main.(*%s).%s", base->name + 5, d->name->name)
                 : g_strdup_printf ("%s.%s", base->name, d->name->name);
      f = func_new (c, name, d->pos.line);
      f->is_method = TRUE;
      m = g_new0 (GorMethod, 1);
      m->name = g_strdup (d->name->name);
      m->sig = func_type_from_ast (c, d->type, NULL);
      m->func = (int) f->index;
      m->ptr_recv = ptr;
      g_ptr_array_add (base->methods, m);
      sym = sym_new (c, SYM_FUNC, d->name->name, d->name->pos);
      sym->func = (int) f->index;
      sym->type = m->sig;
      g_ptr_array_add (func_decls, d);
      g_ptr_array_add (func_syms, sym);
    }

  /* constants */
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind != GOR_DECL_GEN || d->tok != GOR_TOKEN_CONST)
        continue;
      for (guint j = 0; d->specs && j < d->specs->len; j++)
        {
          GorAstSpec *sp = g_ptr_array_index (d->specs, j);

          for (guint k = 0; sp->names && k < sp->names->len; k++)
            {
              GorAstExpr *n = g_ptr_array_index (sp->names, k);
              Sym *sym = g_hash_table_lookup (c->package->syms, n->name);

              if (sym && sym->kind == SYM_CONST && sym->spec == sp)
                resolve_package_sym (c, sym);
            }
        }
    }

  /* the main goroutine's entry: package variables, init(), main.main */
  init = func_new (c, "main.main", 0);
  init_fn = fn_new (c, init, NULL, "main.init");
  init_fn->lit_counter = g_new0 (int, 1);
  c->fn = init_fn;
  for (guint i = 0; i < file->decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (file->decls, i);

      if (d->kind != GOR_DECL_GEN || d->tok != GOR_TOKEN_VAR)
        continue;
      for (guint j = 0; d->specs && j < d->specs->len; j++)
        {
          GorAstSpec *sp = g_ptr_array_index (d->specs, j);
          guint n = sp->names ? sp->names->len : 0;
          GorType *t = sp->type ? resolve_type (c, sp->type) : NULL;
          GorType **types = NULL;
          gboolean failed = FALSE;

          c->line = sp->pos.line;
          if (sp->values && sp->values->len > 0)
            {
              g_autofree GorType **hints = g_new0 (GorType *, n + 1);

              for (guint k = 0; k < n; k++)
                hints[k] = t;
              types = gen_rhs_values (c, sp->values, n, t ? hints : NULL, sp->pos, &failed, "variable declaration");
            }
          for (int k = (int) n - 1; k >= 0; k--)
            {
              GorAstExpr *name = g_ptr_array_index (sp->names, k);
              Sym *sym = g_hash_table_lookup (c->package->syms, name->name);
              GorType *vt = t ? t : (types && types[k] ? types[k] : c->t_int);

              if (vt->kind == GOR_TYPE_UNTYPED_NIL)
                {
                  error_at (c, name->pos, "use of untyped nil in variable declaration");
                  vt = c->t_int;
                }
              if (types == NULL)
                push_zero (c, vt);
              if (sym == NULL || sym->spec != sp || g_str_equal (name->name, "_"))
                {
                  emit (c, GOR_OP_POP, 0, 0, -1);
                  continue;
                }
              sym->type = vt;
              sym->resolved = TRUE;
              emit (c, GOR_OP_SET_GLOBAL, sym->slot, 0, -1);
            }
        }
    }
  for (guint i = 0; i < init_funcs->len; i++)
    emit (c, GOR_OP_CALL, (gint32) ((GorFunc *) g_ptr_array_index (init_funcs, i))->index, 0, 0);
  main_sym = g_hash_table_lookup (c->package->syms, "main");
  if (main_sym == NULL || main_sym->kind != SYM_FUNC)
    error_at (c, (GorPos) { 1, 1 }, "function main is undeclared in the main package");
  else
    {
      GorFunc *mf = g_ptr_array_index (prog->funcs, main_sym->func);

      init->line = mf->line;
      emit (c, GOR_OP_CALL, main_sym->func, 0, 0);
      prog->main_func = (guint) main_sym->func;
    }
  emit (c, GOR_OP_RET, 0, 0, 0);
  init->unwind_pc = (guint) here (c);
  emit (c, GOR_OP_UNWIND, -1, 0, 0);
  fn_finish (c, init_fn);
  prog->init_func = init->index;
  c->fn = NULL;

  /* bodies */
  for (guint i = 0; i < func_decls->len; i++)
    {
      GorAstDecl *d = g_ptr_array_index (func_decls, i);
      Sym *sym = g_ptr_array_index (func_syms, i);
      GorFunc *f = g_ptr_array_index (prog->funcs, sym->func);
      Fn *fn = fn_new (c, f, sym->type, f->name);

      fn->lit_counter = g_new0 (int, 1);
      compile_func_body (c, fn, d->type, d->body, d->recv);
      fn_free (fn);
    }

  /* imports not used */
  for (guint i = 0; i < c->package->order->len; i++)
    {
      Sym *sym = g_ptr_array_index (c->package->order, i);

      if (sym->kind == SYM_PKG && !sym->used)
        error_at (c, sym->pos, "imported and not used: \"%s\"", sym->pkg);
    }

  fn_free (init_fn);
out:
  while (c->scope)
    {
      /* package and universe scopes hold no locals to report */
      Scope *s = c->scope;

      c->scope = s->parent;
      g_hash_table_unref (s->syms);
      g_ptr_array_unref (s->order);
      g_free (s);
    }
  g_hash_table_unref (c->static_closures);
  g_ptr_array_unref (c->garbage);

  if (c->error)
    {
      g_set_error (error, GOR_COMPILE_ERROR,
                   c->error_unsupported ? GOR_COMPILE_ERROR_UNSUPPORTED : GOR_COMPILE_ERROR_TYPE,
                   "%s:%u:%u: %s", file->filename, c->error_pos.line, c->error_pos.col, c->error);
      g_free (c->error);
      gor_program_free (prog);
      return NULL;
    }
  return prog;
}

/* ---- program ---- */

static const char *op_names[] = {
#define GOR_OP_NAME(n) #n,
  GOR_OPCODES (GOR_OP_NAME)
#undef GOR_OP_NAME
};

const char *
gor_op_name (GorOp op)
{
  return op < GOR_N_OPS ? op_names[op] : "?";
}

void
gor_program_free (GorProgram *prog)
{
  if (prog == NULL)
    return;
  for (guint i = 0; i < prog->funcs->len; i++)
    {
      GorFunc *f = g_ptr_array_index (prog->funcs, i);

      g_free (f->name);
      g_array_unref (f->code);
      g_array_unref (f->lines);
      g_free (f);
    }
  g_ptr_array_unref (prog->funcs);
  for (guint i = 0; i < prog->print_specs->len; i++)
    {
      GorPrintSpec *s = g_ptr_array_index (prog->print_specs, i);

      g_free (s->types);
      g_free (s);
    }
  g_ptr_array_unref (prog->print_specs);
  for (guint i = 0; i < prog->select_specs->len; i++)
    {
      GorSelectSpec *s = g_ptr_array_index (prog->select_specs, i);

      g_free (s->is_send);
      g_free (s);
    }
  g_ptr_array_unref (prog->select_specs);
  g_ptr_array_unref (prog->type_refs);
  g_array_unref (prog->consts);
  gor_heap_free_all (&prog->const_heap);
  gor_types_free (prog->types);
  g_free (prog->filename);
  g_free (prog);
}
