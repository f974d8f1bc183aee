/* gor-const.c — constant expressions: Go's untyped constants and their folding
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>

#include "gor-compiler-private.h"

/* Whether long double has more range than double, as the x87 format has.
 * Valgrind computes long double in double precision: there 1e300 * 1e10
 * overflows and a constant beyond float64 cannot be told from an
 * overflow of the folding, so no such constant is refused. */
static gboolean
long_double_has_range (void)
{
  volatile long double x = 1e300L;
  long double          y = x * x;

  return (double) (y / x) == 1e300;
}

/* @f as a gint64: the cast only where it is defined (a value out of range
 * has been reported, or is refused, by the caller). */
static gint64
const_f2i (double f)
{
  return f >= -9223372036854775808.0 && f < 9223372036854775808.0 ? (gint64) f : 0;
}

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

/* A non-big numeric constant's value, as near Go's exact one as kept. */
static long double
const_long (ConstVal *cv)
{
  if (cv->exact_float)
    return cv->bigf;
  if (gor_type_is_unsigned (gor_type_under (cv->type)))
    return (long double) cv->v.u;
  return gor_type_is_float (cv->type) ? (long double) cv->v.f : (long double) cv->v.i;
}

gboolean
_gor_compile_const_representable (GorCompiler *c, ConstVal *cv, GorType *t, gboolean *truncated)
{
  GorType *u = gor_type_under (t);

  if (truncated)
    *truncated = FALSE;
  if (gor_type_is_complex (u))
    {
      double re, im;

      if (!gor_type_is_numeric (cv->type) && !gor_type_is_complex (cv->type))
        return FALSE;
      _gor_compile_const_parts (cv, &re, &im);
      if (u->kind == GOR_TYPE_COMPLEX64)
        return isfinite ((float) re) && isfinite ((float) im);
      return isfinite (re) && isfinite (im);
    }
  if (gor_type_is_complex (cv->type))
    {
      /* a complex constant with no imaginary part is a float constant */
      ConstVal re = *cv;

      if (cv->im != 0 || !gor_type_is_untyped (cv->type))
        return FALSE;
      re.type = c->t_unt_float;
      re.bigf = re.v.f;
      return _gor_compile_const_representable (c, &re, t, truncated);
    }
  if (cv->big && cv->exact_int && (u->kind == GOR_TYPE_UINT64 || u->kind == GOR_TYPE_UINT))
    return cv->w >= 0 && cv->w <= (Wide) G_MAXUINT64;
  if (cv->big && u->kind == GOR_TYPE_FLOAT32)
    return isfinite ((float) (cv->exact_int ? (long double) cv->w : cv->bigf));
  if (cv->big && gor_type_is_float (u))
    return isfinite ((double) (cv->exact_int ? (long double) cv->w : cv->bigf)) || !long_double_has_range ();
  if (cv->big)
    return gor_type_is_untyped (u)
           || ((u->kind == GOR_TYPE_UINT || u->kind == GOR_TYPE_UINT64) && cv->bigf >= 0
               && cv->bigf < 18446744073709551616.0L);
  if (gor_type_is_integer (u))
    {
      gint64 i;

      if (gor_type_is_float (cv->type))
        {
          if (cv->v.f != floor (cv->v.f) || !(fabs (cv->v.f) < 9223372036854775808.0))
            {
              /* Go says "truncated" for every float an integer type cannot hold */
              if (truncated)
                *truncated = TRUE;
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
    {
      /* 1e400 is an untyped constant, but no float64 */
      if (gor_type_is_float (cv->type) && !isfinite (cv->v.f) && long_double_has_range ())
        return FALSE;
      /* a float32 holds what rounds to a finite float */
      if (u->kind == GOR_TYPE_FLOAT32 && gor_type_is_numeric (cv->type))
        return isfinite ((float) const_long (cv));
      return gor_type_is_numeric (cv->type);
    }
  if (gor_type_is_string (u))
    return gor_type_is_string (cv->type);
  if (gor_type_is_bool (u))
    return gor_type_is_bool (cv->type);
  return FALSE;
}

/* Converts @cv to @t's representation (no checks). */
void
_gor_compile_const_convert (GorCompiler *c, ConstVal *cv, GorType *t)
{
  GorType *u = gor_type_under (t);

  if (gor_type_is_complex (u))
    {
      _gor_compile_const_to_complex (c, cv, t);
      return;
    }
  if (gor_type_is_complex (cv->type))
    {
      cv->type = c->t_unt_float;
      cv->bigf = cv->v.f;
      cv->exact_float = FALSE;
    }
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
      /* a typed uint64 keeps its bits in v */
      cv->bigf
          = gor_type_is_unsigned (gor_type_under (cv->type)) ? (long double) cv->v.u : (long double) cv->v.i;
      cv->v.f = (double) cv->bigf;
      cv->exact_float = TRUE;
    }
  else if (gor_type_is_integer (u) && gor_type_is_float (cv->type))
    cv->v.i = const_f2i (cv->v.f);
  if (u->kind == GOR_TYPE_FLOAT32)
    cv->v.f = (double) (float) (cv->exact_float ? cv->bigf : (long double) cv->v.f);
  if (!gor_type_is_untyped (u))
    cv->exact_float = FALSE;
  cv->type = t;
}

const char *
_gor_compile_const_desc (GorCompiler *c, ConstVal *cv)
{
  GorType *t = cv->type;

  if (cv->big && cv->exact_int)
    {
      char     buf[48], *p = buf + sizeof buf - 1;
      Wide     w = cv->w;
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
      return _gor_compile_keep (c, g_strdup (p), g_free);
    }
  if (cv->big)
    return _gor_compile_keep (c, g_strdup_printf ("%.0Lf", cv->bigf), g_free);
  if (gor_type_is_string (t))
    return _gor_compile_keep (c, g_strdup_printf ("%s", gor_str_data (cv->v.p)), g_free);
  if (gor_type_is_bool (t))
    return cv->v.i ? "true" : "false";
  if (gor_type_is_complex (t))
    return _gor_compile_const_complex_desc (c, cv);
  if (gor_type_is_float (t) && !isfinite (cv->v.f))
    return _gor_compile_keep (c, g_strdup_printf ("%Lg", cv->bigf), g_free); /* 1e+400 */
  if (gor_type_is_float (t))
    return _gor_compile_keep (c, g_strdup_printf ("%g", cv->v.f), g_free);
  return _gor_compile_keep (c, g_strdup_printf ("%" G_GINT64_FORMAT, cv->v.i), g_free);
}

static GorType *
untyped_rank_max (GorCompiler *c, GorType *a, GorType *b)
{
  /* int < rune < float < complex */
  int ra = a->kind == GOR_TYPE_UNTYPED_COMPLEX ? 4
           : a->kind == GOR_TYPE_UNTYPED_FLOAT ? 3
           : a->kind == GOR_TYPE_UNTYPED_RUNE  ? 2
                                               : 1;
  int rb = b->kind == GOR_TYPE_UNTYPED_COMPLEX ? 4
           : b->kind == GOR_TYPE_UNTYPED_FLOAT ? 3
           : b->kind == GOR_TYPE_UNTYPED_RUNE  ? 2
                                               : 1;

  return ra >= rb ? a : b;
}

gboolean
_gor_compile_is_nil_expr (GorCompiler *c, GorAstExpr *e)
{
  while (e && e->kind == GOR_EXPR_PAREN)
    e = e->x;
  if (e && e->kind == GOR_EXPR_IDENT)
    {
      Sym *sym = _gor_compile_lookup (c, e->name);

      return sym && sym->kind == SYM_NIL;
    }
  return FALSE;
}

/* A typed constant expression must fit its type (Go: "c + 1 (constant
 * 128 of type int8) overflows int8"). */
static gboolean
const_typed_fits (GorCompiler *c, GorAstExpr *e, ConstVal *out)
{
  if (gor_type_is_untyped (out->type) || _gor_compile_const_representable (c, out, out->type, NULL))
    return TRUE;
  _gor_compile_error_at (c, _gor_compile_expr_start (e), "%s (constant %s of type %s) overflows %s",
                         _gor_compile_expr_str (c, e), _gor_compile_const_desc (c, out),
                         _gor_compile_tname (c, out->type), _gor_compile_tname (c, out->type));
  return FALSE;
}

/* An untyped integer constant is limited to 512 bits, as in Go: a shift
 * past that is an error ("constant shift overflow"), at the operator. */
static gboolean
const_shift_fits (GorCompiler *c, GorAstExpr *e, ConstVal *out)
{
  long double v;

  if (!gor_type_is_untyped (out->type) || !out->big || !long_double_has_range ())
    return TRUE;
  v = out->exact_int ? (long double) out->w : out->bigf;
  if (fabsl (v) < 0x1p512L)
    return TRUE;
  _gor_compile_error_at (c, e->pos, "constant shift overflow");
  c->fold_error = e;
  return FALSE;
}

/* Folds two integer constants exactly in 128 bits: 1 when folded, 0 on
 * failure, -1 when the result leaves 128 bits (then fold as floats). */
static int
fold_wide (GorCompiler *c, GorAstExpr *e, Wide wx, Wide wy, ConstVal *out)
{
  GorTokenKind op = e->op;
  gboolean     over = FALSE;
  Wide         wr = 0;

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
          _gor_compile_error_at (c, _gor_compile_expr_start (e->y), "invalid operation: division by zero");
          return 0;
        }
      wr = op == GOR_TOKEN_QUO ? wx / wy : wx % wy;
      break;
    case GOR_TOKEN_SHR:
      if (wy < 0 || wy > 1000)
        return 0;
      wr = wy >= 127 ? (wx < 0 ? -1 : 0) : wx >> (int) wy;
      break;
    case GOR_TOKEN_SHL:
      if (wy < 0 || wy > 1000)
        return 0;
      if (wy >= 126)
        over = TRUE;
      else
        over = __builtin_mul_overflow (wx, (Wide) 1 << (int) wy, &wr);
      break;
    case GOR_TOKEN_EQL:
    case GOR_TOKEN_NEQ:
    case GOR_TOKEN_LSS:
    case GOR_TOKEN_LEQ:
    case GOR_TOKEN_GTR:
    case GOR_TOKEN_GEQ:
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
      return 1;
    default: return 0;
    }
  if (!over)
    {
      const_set_wide (out, wr);
      return 1;
    }
  return -1;
}

/* Folds constants beyond 64 bits: exactly when 128 bits hold them, else
 * as floats, the result staying out of range. */
static gboolean
fold_big (GorCompiler *c, GorAstExpr *e, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorTokenKind op = e->op;
  ConstVal     fx = *x, fy = *y;
  Wide         wx, wy;

  if (const_wide (x, &wx) && const_wide (y, &wy))
    {
      int r = fold_wide (c, e, wx, wy, out);

      if (r >= 0)
        return r;
    }

  /* a float beyond float64 (1e400) keeps its value in bigf */
  if (!fx.big && !(gor_type_is_float (fx.type) && !isfinite (fx.v.f)))
    fx.bigf = gor_type_is_float (fx.type) ? fx.v.f : (long double) fx.v.i;
  if (!fy.big && !(gor_type_is_float (fy.type) && !isfinite (fy.v.f)))
    fy.bigf = gor_type_is_float (fy.type) ? fy.v.f : (long double) fy.v.i;
  if ((gor_type_is_float (fx.type) || gor_type_is_float (fy.type))
      && (op == GOR_TOKEN_ADD || op == GOR_TOKEN_SUB || op == GOR_TOKEN_MUL || op == GOR_TOKEN_QUO))
    {
      /* with a float operand the result is a float constant */
      long double r = op == GOR_TOKEN_ADD   ? fx.bigf + fy.bigf
                      : op == GOR_TOKEN_SUB ? fx.bigf - fy.bigf
                      : op == GOR_TOKEN_MUL ? fx.bigf * fy.bigf
                                            : fx.bigf / fy.bigf;

      if (op == GOR_TOKEN_QUO && fy.bigf == 0)
        {
          _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
          return FALSE;
        }
      out->type = gor_type_is_float (fx.type) && !gor_type_is_untyped (fx.type)   ? fx.type
                  : gor_type_is_float (fy.type) && !gor_type_is_untyped (fy.type) ? fy.type
                                                                                  : c->t_unt_float;
      out->v.f = (double) r;
      out->bigf = r;
      out->exact_float = gor_type_is_untyped (out->type);
      return TRUE;
    }
  if (gor_type_is_string (fx.type) || gor_type_is_string (fy.type) || gor_type_is_bool (fx.type)
      || gor_type_is_bool (fy.type))
    return FALSE;
  /* with a float operand only a comparison folds here, or a shift by a
   * whole float count */
  {
    gboolean cmp = op == GOR_TOKEN_EQL || op == GOR_TOKEN_NEQ || op == GOR_TOKEN_LSS || op == GOR_TOKEN_LEQ
                   || op == GOR_TOKEN_GTR || op == GOR_TOKEN_GEQ;
    gboolean shift = op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR;

    if ((gor_type_is_float (fx.type) && !cmp) || (gor_type_is_float (fy.type) && !cmp && !shift))
      return FALSE;
  }
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
          _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
          return FALSE;
        }
      out->bigf = e->op == GOR_TOKEN_QUO ? truncl (fx.bigf / fy.bigf) : fmodl (fx.bigf, fy.bigf);
      break;
    case GOR_TOKEN_SHL:
    case GOR_TOKEN_SHR:
      {
        gint64 n;

        if (y->big)
          return FALSE;
        if (gor_type_is_float (y->type) && !(y->v.f >= 0 && y->v.f <= 1000 && y->v.f == floor (y->v.f)))
          return FALSE;
        n = gor_type_is_float (y->type) ? (gint64) y->v.f : y->v.i;
        if (n < 0 || n > 1000)
          return FALSE;
        out->bigf = e->op == GOR_TOKEN_SHL ? ldexpl (fx.bigf, (int) n) : floorl (ldexpl (fx.bigf, (int) -n));
      }
      out->exact_int = FALSE;
      if (!const_shift_fits (c, e, out))
        return FALSE;
      break;
    case GOR_TOKEN_EQL:
    case GOR_TOKEN_NEQ:
    case GOR_TOKEN_LSS:
    case GOR_TOKEN_LEQ:
    case GOR_TOKEN_GTR:
    case GOR_TOKEN_GEQ:
      {
        long double a = fx.bigf, b = fy.bigf;

        out->big = FALSE;
        out->type = c->t_unt_bool;
        out->v.i = e->op == GOR_TOKEN_EQL   ? a == b
                   : e->op == GOR_TOKEN_NEQ ? a != b
                   : e->op == GOR_TOKEN_LSS ? a < b
                   : e->op == GOR_TOKEN_LEQ ? a <= b
                   : e->op == GOR_TOKEN_GTR ? a > b
                                            : a >= b;
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

static gboolean
fold_shift (GorCompiler *c, GorAstExpr *e, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorTokenKind op = e->op;
  GorType     *t;

  if (!gor_type_is_integer (y->type) && !(gor_type_is_float (y->type) && y->v.f == floor (y->v.f)))
    return FALSE;
  /* a count beyond the range of gint64 (1e64, +Inf) is not cast: the
   * caller reports it as Go does ("truncated to uint") */
  if (gor_type_is_float (y->type) && !(y->v.f >= 0 && y->v.f <= 1000))
    return FALSE;
  if (gor_type_is_float (y->type))
    y->v.i = (gint64) y->v.f;
  if (y->v.i < 0 || y->v.i > 1000)
    return FALSE;
  t = x->type;
  if (gor_type_is_float (t) && x->v.f == floor (x->v.f) && gor_type_is_untyped (t))
    {
      if (!(fabs (x->v.f) < 9223372036854775808.0))
        {
          /* an integer beyond 64 bits (1e100, 1e309): shift it as a
           * big untyped integer */
          long double v = isfinite (x->v.f) ? (long double) x->v.f : x->bigf;

          out->type = c->t_unt_int;
          out->big = TRUE;
          out->exact_int = FALSE;
          out->bigf = op == GOR_TOKEN_SHL ? ldexpl (v, (int) y->v.i) : floorl (ldexpl (v, (int) -y->v.i));
          if (!const_shift_fits (c, e, out))
            return FALSE;
          if (out->bigf >= -9223372036854775808.0L && out->bigf < 9223372036854775808.0L)
            {
              out->big = FALSE;
              out->v.i = (gint64) out->bigf;
            }
          return TRUE;
        }
      x->v.i = (gint64) x->v.f;
      t = x->type = c->t_unt_int;
    }
  if (!gor_type_is_integer (t))
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
      return const_shift_fits (c, e, out) && const_typed_fits (c, e, out);
    }
  if (op == GOR_TOKEN_SHL)
    out->v.i = y->v.i >= 64 ? 0 : (gint64) ((guint64) x->v.i << y->v.i);
  else if (gor_type_is_unsigned (t))
    out->v.u = y->v.i >= 64 ? 0 : x->v.u >> y->v.i;
  else
    out->v.i = y->v.i >= 64 ? (x->v.i < 0 ? -1 : 0) : x->v.i >> y->v.i;
  return TRUE;
}

/* The type both operands take: an untyped side takes the other's type. */
static GorType *
operand_type (GorCompiler *c, GorAstExpr *e, ConstVal *x, ConstVal *y)
{
  GorType *t;

  if (gor_type_is_untyped (x->type) && gor_type_is_untyped (y->type))
    {
      if (gor_type_is_numeric (x->type) && gor_type_is_numeric (y->type))
        t = untyped_rank_max (c, x->type, y->type);
      else if (x->type == y->type)
        t = x->type;
      else
        {
          _gor_compile_error_at (
              c, _gor_compile_expr_start (e), "invalid operation: %s (mismatched types %s and %s)",
              _gor_compile_expr_str (c, e), _gor_compile_tname (c, x->type), _gor_compile_tname (c, y->type));
          return NULL;
        }
    }
  else if (gor_type_is_untyped (x->type))
    t = y->type;
  else if (gor_type_is_untyped (y->type) || x->type == y->type)
    t = x->type;
  else
    {
      _gor_compile_error_at (
          c, _gor_compile_expr_start (e), "invalid operation: %s (mismatched types %s and %s)",
          _gor_compile_expr_str (c, e), _gor_compile_tname (c, x->type), _gor_compile_tname (c, y->type));
      return NULL;
    }
  return t;
}

static gboolean
fold_compare (GorCompiler *c, GorTokenKind op, GorType *t, ConstVal *x, ConstVal *y, ConstVal *out)
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

static gboolean
fold_float (GorCompiler *c, GorAstExpr *e, GorType *t, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorTokenKind op = e->op;

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
              _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
              return FALSE;
            }
          out->bigf = x->bigf / y->bigf;
          break;
        default: return FALSE;
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
              _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
              return FALSE;
            }
          out->v.f = x->v.f / y->v.f;
          break;
        default: return FALSE;
        }
      if (gor_type_under (t)->kind == GOR_TYPE_FLOAT32)
        out->v.f = (double) (float) out->v.f;
      return TRUE;
    }
  return FALSE;
}

static gboolean
fold_int (GorCompiler *c, GorAstExpr *e, GorType *t, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorTokenKind op = e->op;

  switch (op)
    {
    case GOR_TOKEN_ADD:
    case GOR_TOKEN_SUB:
    case GOR_TOKEN_MUL:
      {
        gboolean over = op == GOR_TOKEN_ADD   ? __builtin_add_overflow (x->v.i, y->v.i, &out->v.i)
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
          _gor_compile_error_at (c, e->y->pos, "invalid operation: division by zero");
          return FALSE;
        }
      if (gor_type_is_unsigned (t))
        out->v.u = op == GOR_TOKEN_QUO ? x->v.u / y->v.u : x->v.u % y->v.u;
      else if (y->v.i == -1)
        out->v.i = op == GOR_TOKEN_QUO ? (gint64) (0 - (guint64) x->v.i) : 0; /* wraps as Go 1.19's does */
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
    default: return FALSE;
    }
  return const_typed_fits (c, e, out);
}

static gboolean
const_binary (GorCompiler *c, GorAstExpr *e, ConstVal *x, ConstVal *y, ConstVal *out)
{
  GorType     *t;
  GorTokenKind op = e->op;

  out->big = FALSE;
  out->exact_int = FALSE;
  out->exact_float = FALSE;
  if (gor_type_is_complex (x->type) || gor_type_is_complex (y->type))
    return _gor_compile_const_complex_binary (c, e, x, y, out);
  if (x->big || y->big)
    return fold_big (c, e, x, y, out);
  if (op == GOR_TOKEN_SHL || op == GOR_TOKEN_SHR)
    return fold_shift (c, e, x, y, out);
  /* a float beyond float64 (1e400) folds with its long double value */
  if ((gor_type_is_float (x->type) && !isfinite (x->v.f))
      || (gor_type_is_float (y->type) && !isfinite (y->v.f)))
    return fold_big (c, e, x, y, out);

  /* Operand types must agree; an untyped side takes the other's type. */
  t = operand_type (c, e, x, y);
  if (t == NULL)
    return FALSE;
  if (!gor_type_is_untyped (t))
    {
      if (!_gor_compile_const_representable (c, x, t, NULL)
          || !_gor_compile_const_representable (c, y, t, NULL))
        return FALSE;
    }
  _gor_compile_const_convert (c, x, t);
  _gor_compile_const_convert (c, y, t);

  switch (op)
    {
    case GOR_TOKEN_EQL:
    case GOR_TOKEN_NEQ:
    case GOR_TOKEN_LSS:
    case GOR_TOKEN_LEQ:
    case GOR_TOKEN_GTR:
    case GOR_TOKEN_GEQ: return fold_compare (c, op, t, x, y, out);
    default: break;
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
  if (gor_type_is_float (t))
    return fold_float (c, e, t, x, y, out);
  if (!gor_type_is_integer (t))
    return FALSE;
  return fold_int (c, e, t, x, y, out);
}

static gboolean
parse_int_lit (const char *lit, gint64 *out)
{
  g_autofree char *clean = g_strdup (lit);
  char            *w = clean;
  guint64          v;
  char            *end = NULL;
  int              base = 10;
  const char      *p;

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
  int         base = 10;
  Wide        v = 0;

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

      if (d < 0 || d >= base || __builtin_mul_overflow (v, (Wide) base, &v)
          || __builtin_add_overflow (v, (Wide) d, &v))
        return FALSE;
    }
  *out = v;
  return TRUE;
}

static gboolean
const_literal (GorCompiler *c, GorAstExpr *e, ConstVal *out)
{
  /* Go refuses a numeric literal of more than 10 000 characters: no
   * constant needs that many digits, and reading them costs time */
  if ((e->lit_kind == GOR_TOKEN_INT || e->lit_kind == GOR_TOKEN_FLOAT) && e->lit && strlen (e->lit) > 10000)
    {
      _gor_compile_error_at (c, e->pos, "excessively long constant: %.10s... (%zu chars)", e->lit,
                             strlen (e->lit));
      return FALSE;
    }
  switch (e->lit_kind)
    {
    case GOR_TOKEN_INT:
      out->type = c->t_unt_int;
      out->big = FALSE;
      if (!parse_int_lit (e->lit, &out->v.i))
        {
          /* Too big for 64 bits: exact in 128 bits, else rounded. */
          g_autofree char *clean = g_strdup (e->lit);
          char            *w = clean;
          Wide             wide;

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
        char            *w = clean;

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
        out->v.i
            = (ch == (gunichar) -1 || ch == (gunichar) -2) ? (e->value_len ? (guchar) e->value[0] : 0) : ch;
        return TRUE;
      }
    case GOR_TOKEN_STRING:
      out->type = c->t_unt_string;
      out->v.p = gor_str_new (&c->prog->const_heap, e->value ? e->value : "", e->value_len);
      return TRUE;
    case GOR_TOKEN_IMAG:
      {
        g_autofree char *clean = g_strdup (e->lit);
        char            *w = clean;

        for (const char *r = e->lit; *r && *r != 'i'; r++)
          if (*r != '_')
            *w++ = *r;
        *w = '\0';
        out->type = gor_types_basic (c->types, GOR_TYPE_UNTYPED_COMPLEX);
        out->v.f = 0;
        /* 0x1p-2i, 0o17i, 0b101i and 017i (decimal: an imaginary literal
         * of digits is decimal even with a leading 0) */
        if (clean[0] == '0' && (clean[1] == 'o' || clean[1] == 'O' || clean[1] == 'b' || clean[1] == 'B'))
          out->im = (double) g_ascii_strtoull (clean + 2, NULL, clean[1] == 'o' || clean[1] == 'O' ? 8 : 2);
        else
          out->im = g_ascii_strtod (clean, NULL);
        out->exact_float = FALSE;
        return TRUE;
      }
    default: return FALSE;
    }
}

static gboolean
const_unary (GorCompiler *c, GorAstExpr *e, ConstVal *out)
{
  ConstVal x;

  if (e->op == GOR_TOKEN_ARROW || e->op == GOR_TOKEN_AND || !_gor_compile_const_eval (c, e->x, &x))
    {
      e->info = NOT_CONST;
      return FALSE;
    }
  *out = x;
  switch (e->op)
    {
    case GOR_TOKEN_ADD: return gor_type_is_numeric (x.type) || gor_type_is_complex (x.type);
    case GOR_TOKEN_SUB:
      if (!x.big && gor_type_is_complex (x.type))
        {
          /* constants have no negative zero */
          out->v.f = x.v.f == 0 ? 0.0 : -x.v.f;
          out->im = x.im == 0 ? 0.0 : -x.im;
        }
      else if ((x.big && x.exact_int)
               || (!x.big && gor_type_is_integer (x.type) && gor_type_is_untyped (x.type)))
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
    default: return FALSE;
    }
}

/* min and max of constants: the operands take one type as in x < y */
static gboolean
const_min_max (GorCompiler *c, GorAstExpr *e, gboolean is_max, ConstVal *out)
{
  ConstVal x, y, lt;
  GorType *t;

  if (!_gor_compile_const_eval (c, g_ptr_array_index (e->list, 0), &x) || x.big
      || !(gor_type_is_numeric (x.type) || gor_type_is_string (x.type)))
    return FALSE;
  for (guint i = 1; i < e->list->len; i++)
    {
      if (!_gor_compile_const_eval (c, g_ptr_array_index (e->list, i), &y) || y.big)
        return FALSE;
      t = operand_type (c, e, &x, &y);
      if (t == NULL || (gor_type_is_numeric (t) && !gor_type_is_numeric (y.type)))
        return FALSE;
      if (gor_type_is_numeric (t))
        {
          _gor_compile_const_convert (c, &x, t);
          _gor_compile_const_convert (c, &y, t);
        }
      x.type = y.type = t;
      fold_compare (c, is_max ? GOR_TOKEN_GTR : GOR_TOKEN_LSS, t, &y, &x, &lt);
      if (lt.v.i)
        x = y;
    }
  *out = x;
  return TRUE;
}

/* len("…"), min and max, and conversions of constants: T(c) */
static gboolean
const_call (GorCompiler *c, GorAstExpr *e, ConstVal *out)
{
  GorType *t;
  ConstVal x;

  if (e->x != NULL && e->list != NULL && e->list->len >= 1 && e->x->kind == GOR_EXPR_IDENT
      && (g_str_equal (e->x->name, "min") || g_str_equal (e->x->name, "max")))
    {
      Sym *sym = _gor_compile_lookup (c, e->x->name);

      return sym && sym->kind == SYM_BUILTIN && const_min_max (c, e, g_str_equal (e->x->name, "max"), out);
    }
  if (e->x != NULL && e->list != NULL && e->list->len >= 1 && e->x->kind == GOR_EXPR_IDENT
      && (g_str_equal (e->x->name, "complex") || g_str_equal (e->x->name, "real")
          || g_str_equal (e->x->name, "imag")))
    {
      Sym *sym = _gor_compile_lookup (c, e->x->name);

      return sym && sym->kind == SYM_BUILTIN && _gor_compile_const_complex_call (c, e, sym->builtin, out);
    }
  if (e->x == NULL || e->list == NULL || e->list->len != 1)
    return FALSE;
  if (e->x->kind == GOR_EXPR_IDENT && g_str_equal (e->x->name, "len"))
    {
      Sym *sym = _gor_compile_lookup (c, "len");

      if (sym && sym->kind == SYM_BUILTIN && _gor_compile_const_eval (c, g_ptr_array_index (e->list, 0), &x)
          && gor_type_is_string (x.type))
        {
          out->type = c->t_int;
          out->v.i = (gint64) gor_str_len (x.v.p);
          return TRUE;
        }
      return FALSE;
    }
  t = _gor_compile_expr_as_type (c, e->x);
  if (t == NULL || !_gor_compile_const_eval (c, g_ptr_array_index (e->list, 0), &x))
    {
      e->info = NOT_CONST;
      return FALSE;
    }
  if (gor_type_is_string (gor_type_under (t)) && gor_type_is_integer (x.type))
    {
      char     buf[8];
      gunichar ch = (x.v.i < 0 || x.v.i > 0x10FFFF || (x.v.i >= 0xD800 && x.v.i < 0xE000)) ? 0xFFFD
                                                                                           : (gunichar) x.v.i;
      int      n = g_unichar_to_utf8 (ch, buf);

      out->type = t;
      out->v.p = gor_str_new (&c->prog->const_heap, buf, (gsize) n);
      return TRUE;
    }
  if (gor_type_is_complex (gor_type_under (t))
      && (gor_type_is_numeric (x.type) || gor_type_is_complex (x.type)))
    {
      if (!_gor_compile_const_representable (c, &x, t, NULL))
        {
          const char *text = _gor_compile_expr_str (c, g_ptr_array_index (e->list, 0));
          const char *val = _gor_compile_const_desc (c, &x);

          _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (e->list, 0)),
                                 "cannot convert %s (%s constant%s%s) to type %s", text,
                                 _gor_compile_tname (c, x.type), strcmp (text, val) ? " " : "",
                                 strcmp (text, val) ? val : "", _gor_compile_tname (c, t));
          return FALSE;
        }
      _gor_compile_const_convert (c, &x, t);
      *out = x;
      return TRUE;
    }
  if (gor_type_is_numeric (gor_type_under (t))
      && (gor_type_is_numeric (x.type) || gor_type_is_complex (x.type)))
    {
      if (gor_type_is_integer (gor_type_under (t)) && gor_type_is_float (x.type)
          && !gor_type_is_untyped (x.type) && x.v.f != floor (x.v.f))
        {
          /* a typed float constant converts only when it is whole */
          GorAstExpr *a = g_ptr_array_index (e->list, 0);

          _gor_compile_error_at (c, _gor_compile_expr_start (a),
                                 "cannot convert %s (constant %s of type %s) to type %s",
                                 _gor_compile_expr_str (c, a), _gor_compile_const_desc (c, &x),
                                 _gor_compile_tname (c, x.type), _gor_compile_tname (c, t));
          return FALSE;
        }
      if (gor_type_is_integer (gor_type_under (t)) && gor_type_is_float (x.type)
          && !gor_type_is_untyped (x.type))
        x.v.i = const_f2i (x.v.f), x.type = c->t_int;
      if (!_gor_compile_const_representable (c, &x, t, NULL))
        {
          const char *text = _gor_compile_expr_str (c, g_ptr_array_index (e->list, 0));
          const char *val = _gor_compile_const_desc (c, &x);

          /* Go names the value when it spells it otherwise (1e+40) */
          _gor_compile_error_at (c, _gor_compile_expr_start (g_ptr_array_index (e->list, 0)),
                                 "cannot convert %s (untyped %s constant%s%s) to type %s", text,
                                 gor_type_is_complex (x.type) ? "complex"
                                 : gor_type_is_float (x.type) ? "float"
                                                              : "int",
                                 strcmp (text, val) ? " " : "", strcmp (text, val) ? val : "",
                                 _gor_compile_tname (c, t));
          return FALSE;
        }
      _gor_compile_const_convert (c, &x, t);
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

gboolean
_gor_compile_const_eval (GorCompiler *c, GorAstExpr *e, ConstVal *out)
{
  if (e == NULL || e->info == NOT_CONST)
    return FALSE;
  out->big = FALSE;
  out->exact_int = FALSE;
  out->exact_float = FALSE;

  switch (e->kind)
    {
    case GOR_EXPR_BASIC_LIT: return const_literal (c, e, out);
    case GOR_EXPR_PAREN: return _gor_compile_const_eval (c, e->x, out);
    case GOR_EXPR_IDENT:
      {
        Sym *sym = _gor_compile_lookup (c, e->name);

        if (sym && sym->kind == SYM_CONST)
          {
            if (sym->spec && !sym->resolved)
              _gor_compile_resolve_package_sym (c, sym);
            if (!sym->resolved && sym->owner == NULL && sym->spec)
              return FALSE;
            sym->used = TRUE;
            if (g_str_equal (sym->name, "iota") && sym->owner == NULL && sym->spec == NULL
                && sym->cv.type == c->t_unt_int && sym->func == -2)
              {
                if (c->iota < 0)
                  {
                    _gor_compile_error_at (c, e->pos, "cannot use iota outside constant declaration");
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
          Sym *pkg = _gor_compile_lookup (c, e->x->name);

          if (pkg && pkg->kind == SYM_PKG && _gor_compile_package_const (c, pkg, e->name, out))
            return TRUE;
        }
      e->info = NOT_CONST;
      return FALSE;
    case GOR_EXPR_UNARY: return const_unary (c, e, out);
    case GOR_EXPR_BINARY:
      {
        ConstVal x, y;

        if (!_gor_compile_const_eval (c, e->x, &x))
          {
            e->info = NOT_CONST;
            return FALSE;
          }
        if (!_gor_compile_const_eval (c, e->y, &y))
          {
            e->info = NOT_CONST;
            return FALSE;
          }
        return const_binary (c, e, &x, &y, out);
      }
    case GOR_EXPR_CALL: return const_call (c, e, out);
    default: e->info = NOT_CONST; return FALSE;
    }
}

/* Reports an untyped numeric constant that @t (or, for an interface, the
 * constant's default type) cannot hold, as Go words it; TRUE if so. */
gboolean
_gor_compile_const_overflows (GorCompiler *c, GorAstExpr *e, ConstVal *cv, GorType *t, const char *context)
{
  gboolean    truncated = FALSE;
  const char *text, *val;

  if (!gor_type_is_untyped (cv->type) || !(gor_type_is_numeric (cv->type) || gor_type_is_complex (cv->type)))
    return FALSE;
  if (gor_type_under (t)->kind == GOR_TYPE_INTERFACE)
    t = gor_type_default (c->types, cv->type);
  if (!(gor_type_is_numeric (gor_type_under (t)) || gor_type_is_complex (gor_type_under (t)))
      || _gor_compile_const_representable (c, cv, t, &truncated) || truncated)
    return FALSE;
  text = _gor_compile_expr_str (c, e);
  val = _gor_compile_const_desc (c, cv);
  if (strcmp (text, val) == 0)
    _gor_compile_error_at (c, _gor_compile_expr_start (e),
                           "cannot use %s (%s constant) as %s value in %s (overflows)", text,
                           _gor_compile_tname (c, cv->type), _gor_compile_tname (c, t), context);
  else
    _gor_compile_error_at (c, _gor_compile_expr_start (e),
                           "cannot use %s (%s constant %s) as %s value in %s (overflows)", text,
                           _gor_compile_tname (c, cv->type), val, _gor_compile_tname (c, t), context);
  return TRUE;
}

void
_gor_compile_push_const (GorCompiler *c, ConstVal *cv, GorType *t)
{
  GorType *u = gor_type_under (t);
  GorValue v = cv->v;

  if (gor_type_is_complex (u))
    {
      _gor_compile_push_complex (c, cv, t);
      return;
    }
  if (u->kind == GOR_TYPE_INTERFACE)
    {
      GorType *d = gor_type_default (c->types, cv->type);
      ConstVal dv = *cv;

      _gor_compile_const_convert (c, &dv, d);
      _gor_compile_push_const (c, &dv, d);
      _gor_compile_emit (c, GOR_OP_IFACE, _gor_compile_type_ref (c, d), 0, 0);
      return;
    }
  if (gor_type_is_complex (cv->type) && (gor_type_is_numeric (u) || gor_type_is_complex (u)))
    {
      /* a complex constant with no imaginary part, as a float */
      ConstVal x = *cv;

      _gor_compile_const_convert (c, &x, t);
      _gor_compile_push_const (c, &x, t);
      return;
    }
  if (gor_type_is_float (u) && cv->big)
    v.f = cv->exact_int ? (double) cv->w : (double) cv->bigf;
  else if (gor_type_is_integer (u) && cv->big && cv->exact_int)
    v.i = (gint64) (guint64) cv->w;
  else if (gor_type_is_integer (u) && cv->big)
    v.u = cv->bigf >= 0 && cv->bigf < 18446744073709551616.0L ? (guint64) cv->bigf : 0;
  else if (gor_type_is_float (u) && !gor_type_is_float (cv->type))
    v.f = gor_type_is_unsigned (gor_type_under (cv->type)) ? (double) cv->v.u : (double) cv->v.i;
  else if (gor_type_is_integer (u) && gor_type_is_float (cv->type))
    v.i = const_f2i (cv->v.f);
  if (u->kind == GOR_TYPE_FLOAT32)
    v.f = (double) (float) v.f;
  if (gor_type_is_integer (u) || gor_type_is_bool (u))
    {
      if (v.i >= G_MININT32 && v.i <= G_MAXINT32)
        {
          _gor_compile_emit (c, GOR_OP_PUSH_INT, (gint32) v.i, 0, 1);
          return;
        }
    }
  if (gor_type_is_string (u) && v.p == NULL)
    {
      _gor_compile_emit (c, GOR_OP_PUSH_NIL, 0, 0, 1);
      return;
    }
  _gor_compile_emit (c, GOR_OP_PUSH_K, _gor_compile_add_const (c, v), 0, 1);
}
