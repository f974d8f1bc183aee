/* gor-lib-errors.c — the errors package and fmt.Errorf's wrapping errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go's own error types are values of the VM: *errors.errorString holds
 * its text; *fmt.wrapError, *fmt.wrapErrors and *errors.joinError are a
 * struct: [0] the text (NULL for a joinError: its Error() joins the
 * texts of the errors it holds when it is asked), [1…] the errors they
 * wrap.  Their dynamic types are pointers, so == compares them by
 * identity, as Go does.  errors.Is and errors.Unwrap walk these types;
 * an error type of the program's own is compared, not unwrapped.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

GorErrorKind
_gor_error_kind (GorVM *vm, GorType *t)
{
  GPtrArray *refs = vm->program->type_refs;

  if (t == g_ptr_array_index (refs, GOR_TREF_WRAP_ERROR))
    return GOR_ERROR_WRAP;
  if (t == g_ptr_array_index (refs, GOR_TREF_WRAP_ERRORS))
    return GOR_ERROR_WRAPS;
  if (t == g_ptr_array_index (refs, GOR_TREF_JOIN_ERROR))
    return GOR_ERROR_JOIN;
  return GOR_ERROR_TEXT;
}

/* The text of a built-in error, or NULL when it is a joinError's. */
const GorStr *
_gor_error_text (GorVM *vm, const GorIface *x)
{
  if (_gor_error_kind (vm, x->type) == GOR_ERROR_TEXT)
    return x->v.p;
  return ((GorStruct *) x->v.p)->f[0].p;
}

/* Its Error(): the text, or a joinError's texts joined now. */
GorStr *
_gor_error_string (GorVM *vm, const GorIface *x)
{
  const GorStr *text = _gor_error_text (vm, x);
  GString      *joined;
  GorStr       *r;

  if (text)
    return (GorStr *) text;
  joined = g_string_new (NULL);
  _gor_fmt_join_text (vm, joined, x);
  r = gor_str_new (&vm->heap, joined->str, joined->len);
  g_string_free (joined, TRUE);
  return r;
}

GorIface *
_gor_errorf_result (GorVM *vm, GorStr *msg, GPtrArray *wrapped)
{
  GPtrArray *refs = vm->program->type_refs;
  GorStruct *s;
  GorValue   v;
  guint      n = 0;

  if (wrapped->len == 0)
    {
      v.p = msg;
      return gor_iface_new (&vm->heap, g_ptr_array_index (refs, 0), v);
    }
  if (wrapped->len == 1)
    {
      s = gor_struct_new (&vm->heap, 2);
      s->f[0].p = msg;
      s->f[1].p = g_ptr_array_index (wrapped, 0);
      v.p = s;
      return gor_iface_new (&vm->heap, g_ptr_array_index (refs, GOR_TREF_WRAP_ERROR), v);
    }
  for (guint i = 0; i < wrapped->len; i++)
    n += g_ptr_array_index (wrapped, i) != NULL;
  s = gor_struct_new (&vm->heap, 1 + n);
  s->f[0].p = msg;
  n = 0;
  for (guint i = 0; i < wrapped->len; i++)
    if (g_ptr_array_index (wrapped, i) != NULL)
      s->f[1 + n++].p = g_ptr_array_index (wrapped, i);
  v.p = s;
  return gor_iface_new (&vm->heap, g_ptr_array_index (refs, GOR_TREF_WRAP_ERRORS), v);
}

/* A method of the program's own error type @e: 0 none, 1 its result is
 * in @r, -1 it must run first (the pass is thrown away). */
static int
method (GorVM *vm, GorIface *e, const char *name, guint n_params, GorTypeKind result, const GorValue *arg2,
        GorValue *r)
{
  gboolean   deref;
  GorMethod *m = _gor_type_find_method (e->type, name, &deref);
  GorType   *sig;
  GorValue   recv = e->v;

  if (m == NULL || m->func < 0 || (m->ptr_recv && e->type->kind != GOR_TYPE_POINTER))
    return 0;
  sig = m->sig;
  if (sig->params->len != n_params || sig->results->len != 1
      || gor_type_under (g_ptr_array_index (sig->results, 0))->kind != result)
    return 0;
  if (n_params == 1 && gor_type_under (g_ptr_array_index (sig->params, 0))->kind != GOR_TYPE_INTERFACE)
    return 0;
  if (deref)
    {
      if (recv.p == NULL)
        {
          /* the method would dereference nil: run it to panic as Go does */
          return 0;
        }
      recv = gor_ptr_load (recv.p);
    }
  return _gor_fmt_call_method (vm, g_ptr_array_index (vm->program->funcs, m->func), recv, arg2, r) ? 1 : -1;
}

/* Go's walk of an error's tree for errors.Is and errors.As, depth first:
 * @match at each error (1 found, 0 not, -1 a method must run), then what
 * it wraps, through the built-in wrappers or its Unwrap method. */
typedef int (*ErrorMatch) (GorVM *vm, GorIface *err, gpointer data);

static int
error_tree_find (GorVM *vm, GorIface *err, ErrorMatch match, gpointer data, guint depth)
{
  while (err != NULL && depth < 10000)
    {
      GorStruct *s;
      GorValue   r;
      int        k;

      if ((k = match (vm, err, data)) != 0)
        return k;
      switch (_gor_error_kind (vm, err->type))
        {
        case GOR_ERROR_WRAP: err = ((GorStruct *) err->v.p)->f[1].p; break;
        case GOR_ERROR_WRAPS:
        case GOR_ERROR_JOIN:
          s = err->v.p;
          for (gsize i = 1; i < s->n; i++)
            if ((k = error_tree_find (vm, s->f[i].p, match, data, depth + 1)) != 0)
              return k;
          return 0;
        default:
          if ((k = method (vm, err, "Unwrap", 0, GOR_TYPE_INTERFACE, NULL, &r)) < 0)
            return -1;
          if (k > 0)
            {
              err = r.p;
              break;
            }
          if ((k = method (vm, err, "Unwrap", 0, GOR_TYPE_SLICE, NULL, &r)) < 0)
            return -1;
          if (k == 0)
            return 0;
          for (gint64 i = 0; i < gor_slice_len (r.p); i++)
            if ((k = error_tree_find (vm, gor_slice_data (r.p)[i].p, match, data, depth + 1)) != 0)
              return k;
          return 0;
        }
      depth++;
    }
  return 0;
}

typedef struct
{
  GorIface *target;
  gboolean  comparable;
} IsMatch;

/* errors.Is at one error: equal to the target, or its own Is says so */
static int
is_match (GorVM *vm, GorIface *err, gpointer data)
{
  IsMatch *m = data;
  GorValue r, t = { .p = m->target }, e = { .p = err };
  int      k;

  /* compared as interfaces: two errors.New values by identity */
  if (m->comparable && err->type == m->target->type
      && _gor_value_equal (gor_types_any (vm->program->types), e, t))
    return 1;
  switch (_gor_error_kind (vm, err->type))
    {
    case GOR_ERROR_WRAP:
    case GOR_ERROR_WRAPS:
    case GOR_ERROR_JOIN: return 0;
    default:
      if ((k = method (vm, err, "Is", 1, GOR_TYPE_BOOL, &t, &r)) < 0)
        return -1;
      return k > 0 && r.i;
    }
}

static gboolean
walk_is (GorVM *vm, GorValue *args, gpointer data)
{
  GorIface *err = args[0].p, *target = args[1].p;
  int       k;

  if (err == NULL || target == NULL)
    k = err == target;
  else
    {
      IsMatch m = { target, gor_type_comparable (gor_type_under (target->type)) };

      k = error_tree_find (vm, err, is_match, &m, 0);
    }
  ((GorValue *) data)->i = k > 0;
  return k >= 0;
}

static gboolean
walk_unwrap (GorVM *vm, GorValue *args, gpointer data)
{
  GorIface *err = args[0].p;
  GorValue *r = data;
  int       k;

  r->p = NULL;
  if (err == NULL)
    return TRUE;
  if (_gor_error_kind (vm, err->type) == GOR_ERROR_WRAP)
    {
      r->p = ((GorStruct *) err->v.p)->f[1].p;
      return TRUE;
    }
  k = method (vm, err, "Unwrap", 0, GOR_TYPE_INTERFACE, NULL, r);
  if (k == 0)
    r->p = NULL;
  return k >= 0;
}

typedef struct
{
  GorType   *t; /* errors.As: the type its target points to */
  GorValue   r;
  GorIface **perr;
} AsWalk;

typedef struct
{
  gpointer target; /* where a match is stored */
  GorType *t;      /* the type it points to */
} AsMatch;

/* errors.As at one error: of the target's type (or implementing it, for
 * an interface), and then stored in the target */
static int
as_match (GorVM *vm, GorIface *err, gpointer data)
{
  AsMatch *m = data;
  GorType *t = m->t;
  gpointer target = m->target;

  if (!(gor_type_under (t)->kind == GOR_TYPE_INTERFACE ? _gor_type_implements (err->type, t)
                                                       : err->type == t))
    {
      /* not of the target's type: the error's own As(any) bool decides */
      GorValue arg, r;
      int      k;

      arg.p = target;
      arg.p = gor_iface_new (&vm->heap, gor_types_pointer (vm->program->types, t), arg);
      if ((k = method (vm, err, "As", 1, GOR_TYPE_BOOL, &arg, &r)) <= 0)
        return k;
      return r.i ? 1 : 0;
    }
  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    gor_ptr_cell (target)->p = err;
  else if (gor_type_is_value_object (t) && gor_type_under (t)->kind == GOR_TYPE_STRUCT)
    memcpy (((GorStruct *) target)->f, ((GorStruct *) err->v.p)->f,
            ((GorStruct *) target)->n * sizeof (GorValue));
  else
    *gor_ptr_cell (target) = err->v;
  return 1;
}

static gboolean
walk_as (GorVM *vm, GorValue *args, gpointer data)
{
  AsWalk *w = data;
  int     k;

  w->r.i = FALSE;
  if (args[0].p == NULL)
    return TRUE;
  if (args[1].p == NULL)
    {
      *w->perr = _gor_vm_string_panic (vm, "errors: target must be a non-nil pointer");
      return TRUE;
    }
  {
    AsMatch m = { args[1].p, w->t };

    k = error_tree_find (vm, args[0].p, as_match, &m, 0);
  }
  w->r.i = k > 0;
  return k >= 0;
}

/* ERRORS a = 0 Is, 1 Unwrap, 3 As (b: the target's element type): their
 * operands on @g's stack are replaced by the result, unless a method
 * must run first. */
GorFmtStep
_gor_lib_errors_step (GorVM *vm, GorG *g, gint32 a, guint b, GorIface **perr)
{
  guint      n = a == 1 ? 1 : 2;
  AsWalk     w = { g_ptr_array_index (vm->program->type_refs, b), { 0 }, perr };
  GorValue   r = { 0 };
  GorFmtStep step;

  if (a >= GOR_STRFUNC_MAP)
    return _gor_lib_strfunc_step (vm, g, a, b, perr);
  if (a >= GOR_SORT_SLICE)
    return _gor_lib_sort_step (vm, g, a, b, perr);
  step = _gor_fmt_call_step (vm, g, n,
                             a == 0   ? walk_is
                             : a == 1 ? walk_unwrap
                                      : walk_as,
                             a == 3 ? (gpointer) &w : (gpointer) &r);

  if (a == 3)
    r = w.r;

  if (step == GOR_FMT_DONE)
    {
      g->sp -= n;
      g->stack[g->sp++] = r;
    }
  return step;
}

/* ERRORS a = 2: Join (of a []error) */
GorValue *
_gor_lib_errors (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  (void) b;
  (void) perr;
  switch (a)
    {
    case 2:
      {
        GorSlice  *errs = sp[-1].p;
        GorValue  *e = errs ? gor_slice_data (errs) : NULL;
        gint64     len = errs ? errs->len : 0;
        gsize      n = 0;
        GorStruct *s;
        GorValue   v;

        for (gint64 i = 0; i < len; i++)
          n += e[i].p != NULL;
        if (n == 0)
          {
            sp[-1].p = NULL;
            break;
          }
        s = gor_struct_new (&vm->heap, 1 + n);
        n = 0;
        for (gint64 i = 0; i < len; i++)
          if (e[i].p != NULL)
            s->f[1 + n++] = e[i];
        v.p = s;
        sp[-1].p
            = gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, GOR_TREF_JOIN_ERROR), v);
        break;
      }
    default: g_assert_not_reached ();
    }
  return sp;
}

/* A joinError's Error() outside fmt: its errors' Error methods run as
 * calls of @g, as fmt runs them, with the receiver at the stack top.
 * FALSE when a method must run first (the instruction runs again when it
 * returns); else the text in @result, the receiver popped. */
gboolean
_gor_error_join_text (GorVM *vm, GorG *g, GorValue *result)
{
  GorType     *t_error = g_ptr_array_index (vm->program->type_refs, GOR_TREF_ERROR);
  GorPrintSpec spec = { GOR_PRINT_PRINT, 1, &t_error, FALSE };
  GString     *out = g_string_new (NULL);

  if (_gor_fmt_step (vm, g, &spec, out) == GOR_FMT_CALL)
    {
      g_string_free (out, TRUE);
      return FALSE;
    }
  result->p = gor_str_new (&vm->heap, out->str, out->len);
  g_string_free (out, TRUE);
  return TRUE;
}
