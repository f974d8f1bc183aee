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

static gboolean
error_is (GorVM *vm, GorIface *err, GorIface *target, gboolean comparable, guint depth)
{
  while (err != NULL && depth < 10000)
    {
      GorStruct *s;

      if (comparable && err->type == target->type && _gor_value_equal (err->type, err->v, target->v))
        return TRUE;
      switch (_gor_error_kind (vm, err->type))
        {
        case GOR_ERROR_WRAP: err = ((GorStruct *) err->v.p)->f[1].p; break;
        case GOR_ERROR_WRAPS:
        case GOR_ERROR_JOIN:
          s = err->v.p;
          for (gsize i = 1; i < s->n; i++)
            if (error_is (vm, s->f[i].p, target, comparable, depth + 1))
              return TRUE;
          return FALSE;
        default: return FALSE;
        }
      depth++;
    }
  return FALSE;
}

/* ERRORS: a = 0 Is, 1 Unwrap, 2 Join (of a []error) */
GorValue *
_gor_lib_errors (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  (void) b;
  (void) perr;
  switch (a)
    {
    case 0:
      {
        GorIface *target = sp[-1].p;
        GorIface *err = sp[-2].p;

        sp--;
        if (err == NULL || target == NULL)
          sp[-1].i = err == target;
        else
          sp[-1].i = error_is (vm, err, target, gor_type_comparable (gor_type_under (target->type)), 0);
        break;
      }
    case 1:
      {
        GorIface *err = sp[-1].p;

        sp[-1].p = err && _gor_error_kind (vm, err->type) == GOR_ERROR_WRAP ? ((GorStruct *) err->v.p)->f[1].p
                                                                            : NULL;
        break;
      }
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
