/* gor-const-complex.c — complex constants (2i, 1 + 2i) and the built-ins complex, real, imag
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A complex constant keeps its real part in v.f and its imaginary part
 * in im, both float64: Go's constants are exact, but the programs that
 * use complex numbers fold few enough of them for doubles to give Go's
 * results.  A complex64 constant keeps float32 values.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gor-compiler-private.h"

/* @cv's value as a complex number, whatever its numeric kind. */
void
_gor_compile_const_parts (ConstVal *cv, double *re, double *im)
{
  *im = 0;
  if (cv->big)
    *re = cv->exact_int ? (double) cv->w : (double) cv->bigf;
  else if (gor_type_is_complex (cv->type))
    *re = cv->v.f, *im = cv->im;
  else if (gor_type_is_float (cv->type))
    *re = cv->v.f;
  else if (gor_type_is_unsigned (gor_type_under (cv->type)))
    *re = (double) cv->v.u;
  else
    *re = (double) cv->v.i;
}

/* Makes @cv the complex constant re + im i of type @t. */
static void
set_complex (ConstVal *cv, GorType *t, double re, double im)
{
  /* complex64 parts round to float32, unless they overflow it: then
   * the error names the value */
  if (gor_type_under (t)->kind == GOR_TYPE_COMPLEX64 && isfinite ((float) re) && isfinite ((float) im))
    re = (float) re, im = (float) im;
  cv->type = t;
  cv->v.f = re;
  cv->im = im;
  cv->big = cv->exact_int = cv->exact_float = FALSE;
}

void
_gor_compile_const_to_complex (GorCompiler *c, ConstVal *cv, GorType *t)
{
  double re, im;

  (void) c;
  _gor_compile_const_parts (cv, &re, &im);
  set_complex (cv, t, re, im);
}

/* x op y where one side is complex; FALSE leaves the error to the
 * operation compiled as code. */
gboolean
_gor_compile_const_complex_binary (GorCompiler *c, GorAstExpr *e, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorType *t = NULL;
  double   a, b, cr, d, re, im;

  if (!(gor_type_is_numeric (x->type) || gor_type_is_complex (x->type))
      || !(gor_type_is_numeric (y->type) || gor_type_is_complex (y->type)))
    return FALSE;
  if (!gor_type_is_untyped (x->type))
    t = x->type;
  if (!gor_type_is_untyped (y->type))
    {
      if (t != NULL && t != y->type)
        return FALSE;
      t = y->type;
    }
  if (t == NULL)
    t = gor_types_basic (c->types, GOR_TYPE_UNTYPED_COMPLEX);
  if (!gor_type_is_complex (gor_type_under (t)))
    return FALSE;
  _gor_compile_const_parts (x, &a, &b);
  _gor_compile_const_parts (y, &cr, &d);
  switch (e->op)
    {
    case GOR_TOKEN_EQL:
    case GOR_TOKEN_NEQ:
      out->type = c->t_unt_bool;
      out->big = out->exact_int = out->exact_float = FALSE;
      out->v.i = (a == cr && b == d) == (e->op == GOR_TOKEN_EQL);
      return TRUE;
    case GOR_TOKEN_ADD: re = a + cr, im = b + d; break;
    case GOR_TOKEN_SUB: re = a - cr, im = b - d; break;
    case GOR_TOKEN_MUL:
      re = (double) ((long double) a * cr - (long double) b * d);
      im = (double) ((long double) a * d + (long double) b * cr);
      break;
    case GOR_TOKEN_QUO:
      if (cr == 0 && d == 0)
        {
          _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
          return FALSE;
        }
      {
        /* exact in Go: scaled by the larger part of the divisor so that
         * c² + d² cannot overflow, (1+1i) / (M+Mi) is 1/M */
        long double sc = fmaxl (fabsl ((long double) cr), fabsl ((long double) d));
        long double cs = cr / sc, ds = d / sc, den = cs * cs + ds * ds;

        re = (double) (((long double) a * cs + (long double) b * ds) / den / sc);
        im = (double) (((long double) b * cs - (long double) a * ds) / den / sc);
      }
      break;
    default: return FALSE;
    }
  set_complex (out, t, re, im);
  if (!gor_type_is_untyped (t) && !_gor_compile_const_representable (c, out, t, NULL))
    {
      _gor_compile_error_at (c, _gor_compile_expr_start (e), "%s (constant %s of type %s) overflows %s",
                             _gor_compile_expr_str (c, e), _gor_compile_const_desc (c, out),
                             _gor_compile_tname (c, t), _gor_compile_tname (c, t));
      return FALSE;
    }
  return TRUE;
}

/* complex(re, im), real(z), imag(z) of constants */
gboolean
_gor_compile_const_complex_call (GorCompiler *c, GorAstExpr *e, int builtin, ConstVal *out)
{
  ConstVal x, y;
  double   re, im, yre, yim;

  if (!_gor_compile_const_eval (c, g_ptr_array_index (e->list, 0), &x))
    return FALSE;
  _gor_compile_const_parts (&x, &re, &im);
  out->big = out->exact_int = out->exact_float = FALSE;
  if (builtin == B_COMPLEX)
    {
      GorType *t;

      if (e->list->len != 2 || !_gor_compile_const_eval (c, g_ptr_array_index (e->list, 1), &y)
          || !gor_type_is_numeric (x.type) || !gor_type_is_numeric (y.type))
        return FALSE;
      _gor_compile_const_parts (&y, &yre, &yim);
      if (!gor_type_is_untyped (x.type) && !gor_type_is_untyped (y.type) && x.type != y.type)
        return FALSE;
      t = !gor_type_is_untyped (x.type) ? x.type : y.type;
      if (gor_type_is_untyped (t))
        t = gor_types_basic (c->types, GOR_TYPE_UNTYPED_COMPLEX);
      else if (gor_type_under (t)->kind == GOR_TYPE_FLOAT32)
        t = gor_types_basic (c->types, GOR_TYPE_COMPLEX64);
      else if (gor_type_under (t)->kind == GOR_TYPE_FLOAT64)
        t = gor_types_basic (c->types, GOR_TYPE_COMPLEX128);
      else
        return FALSE;
      set_complex (out, t, re, yre);
      return TRUE;
    }
  if (e->list->len != 1 || !(gor_type_is_numeric (x.type) || gor_type_is_complex (x.type)))
    return FALSE;
  switch (gor_type_under (x.type)->kind)
    {
    case GOR_TYPE_COMPLEX64: out->type = gor_types_basic (c->types, GOR_TYPE_FLOAT32); break;
    case GOR_TYPE_COMPLEX128: out->type = c->t_float; break;
    default:
      if (!gor_type_is_untyped (x.type))
        return FALSE;
      out->type = c->t_unt_float;
      break;
    }
  out->v.f = builtin == B_REAL ? re : im;
  out->bigf = out->v.f;
  return TRUE;
}

/* The constant as Go's messages write it: (1 + 2i) */
const char *
_gor_compile_const_complex_desc (GorCompiler *c, ConstVal *cv)
{
  return _gor_compile_keep (c, g_strdup_printf ("(%g + %gi)", cv->v.f, cv->im), g_free);
}

/* Pushes the complex constant @cv, already of @t's type. */
void
_gor_compile_push_complex (GorCompiler *c, ConstVal *cv, GorType *t)
{
  GorStruct *s;
  GorValue   v;
  ConstVal   x = *cv;

  _gor_compile_const_to_complex (c, &x, t);
  if (x.v.f == 0 && x.im == 0 && !signbit (x.v.f) && !signbit (x.im))
    {
      _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      return;
    }
  s = gor_heap_alloc (&c->prog->const_heap, GOR_OBJ_STRUCT, sizeof (GorStruct) + 2 * sizeof (GorValue));
  s->n = 2;
  s->f[0].f = x.v.f;
  s->f[1].f = x.im;
  v.p = s;
  _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
}

static GorType *
complex_of (GorCompiler *c, GorType *t)
{
  switch (gor_type_under (t)->kind)
    {
    case GOR_TYPE_FLOAT32: return gor_types_basic (c->types, GOR_TYPE_COMPLEX64);
    case GOR_TYPE_FLOAT64: return gor_types_basic (c->types, GOR_TYPE_COMPLEX128);
    default: return NULL;
    }
}

/* complex(re, im), real(z) and imag(z) of values (constants fold in
 * gor-const.c): the operands of complex take the type of the one that is
 * not a constant. */
gboolean
_gor_compile_plan_complex (GorCompiler *c, GorAstExpr *call, int builtin, Plan *p)
{
  GPtrArray  *args = call->list;
  guint       n = builtin == B_COMPLEX ? 2 : 1;
  GorType    *t, *res;
  GorAstExpr *a0;
  ConstVal    cv;

  if (!_gor_compile_check_nargs (c, call,
                                 builtin == B_COMPLEX ? "complex"
                                 : builtin == B_REAL  ? "real"
                                                      : "imag",
                                 n, n))
    return FALSE;
  a0 = g_ptr_array_index (args, 0);
  if (builtin == B_COMPLEX)
    {
      GorAstExpr *a1 = g_ptr_array_index (args, 1);

      if (_gor_compile_const_eval (c, a0, &cv))
        {
          /* the constant takes the other operand's type: that one first,
           * which has no effect for the constant to go before */
          int tmp = _gor_compile_new_slot (c);

          t = _gor_compile_gen_value (c, a1, c->t_float);
          if (t == NULL)
            return FALSE;
          _gor_compile_emit (c, GOR_OP_SET_LOCAL, tmp, 0, -1);
          _gor_compile_gen_expr_to (c, a0, t, "argument to complex");
          _gor_compile_emit (c, GOR_OP_LOCAL, tmp, 0, 1);
        }
      else
        {
          GorType *t1;

          t = _gor_compile_gen_value (c, a0, c->t_float);
          if (t == NULL)
            return FALSE;
          if (_gor_compile_const_eval (c, a1, &cv))
            _gor_compile_gen_expr_to (c, a1, t, "argument to complex");
          else if ((t1 = _gor_compile_gen_value (c, a1, t)) != t)
            {
              if (t1 != NULL)
                _gor_compile_error_at (
                    c, _gor_compile_expr_start (a0), "invalid operation: %s (mismatched types %s and %s)",
                    _gor_compile_expr_str (c, call), _gor_compile_tname (c, t), _gor_compile_tname (c, t1));
              return FALSE;
            }
        }
      res = complex_of (c, t);
      if (res == NULL)
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (a0),
                                 "invalid argument: arguments have type %s, expected floating-point",
                                 _gor_compile_tname (c, t));
          return FALSE;
        }
      _gor_compile_emit (c, GOR_OP_MATHLIB, GOR_M_CMAKE, gor_type_under (t)->kind == GOR_TYPE_FLOAT32, -1);
    }
  else
    {
      t = _gor_compile_gen_value (c, a0, NULL);
      if (t == NULL)
        return FALSE;
      if (!gor_type_is_complex (gor_type_under (t)))
        {
          _gor_compile_error_at (c, _gor_compile_expr_start (a0),
                                 "invalid argument: argument has type %s, expected complex type",
                                 _gor_compile_tname (c, t));
          return FALSE;
        }
      res = gor_types_basic (c->types, gor_type_under (t)->kind == GOR_TYPE_COMPLEX64 ? GOR_TYPE_FLOAT32
                                                                                      : GOR_TYPE_FLOAT64);
      _gor_compile_emit (c, GOR_OP_MATHLIB, builtin == B_REAL ? GOR_M_CREAL : GOR_M_CIMAG, 0, 0);
    }
  p->kind = PLAN_OP;
  p->op = GOR_OP_NOP;
  p->n_slots = 0;
  p->delta = 0;
  p->result = res;
  return TRUE;
}
