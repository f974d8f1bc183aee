/* gor-rand.c — math/rand and math/rand/v2: functions, rand.Rand and its
 * methods
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each call is one RAND instruction (gor-lib-rand.c), but Perm, whose
 * slice MAKE_SLICE makes first, and Shuffle, a loop the program gets as
 * a function of its own that calls the swap function.
 */

#include "config.h"

#include "gor-compiler-private.h"

/* Sub-operations compiled here, past gor-bytecode.h's GorRandFunc */
enum
{
  RAND_SHUFFLE = 100,
  RAND_NEW,
};

/* Kinds: I int, L int64, i int32, u uint32, U uint64, w uint, F float64,
 * P []int, S the Source, R *Rand, N any integer (N's), W func(int, int),
 * K [32]byte. */
typedef struct
{
  const char *name;
  int         op;
  const char *params;
  char        result;
  guint       where; /* 1 math/rand, 2 math/rand/v2, 4 a method too */
} RandFn;

static const RandFn fns[] = {
  { "Intn", GOR_RAND_INTN, "I", 'I', 1 | 4 },
  { "IntN", GOR_RAND_INTN, "I", 'I', 2 | 4 },
  { "Int", GOR_RAND_INT, "", 'I', 1 | 2 | 4 },
  { "Int63", GOR_RAND_INT63, "", 'L', 1 | 4 },
  { "Int64", GOR_RAND_INT63, "", 'L', 2 | 4 },
  { "Int31", GOR_RAND_INT31, "", 'i', 1 | 4 },
  { "Int32", GOR_RAND_INT31, "", 'i', 2 | 4 },
  { "Int63n", GOR_RAND_INT63N, "L", 'L', 1 | 4 },
  { "Int64N", GOR_RAND_INT63N, "L", 'L', 2 | 4 },
  { "Int31n", GOR_RAND_INT31N, "i", 'i', 1 | 4 },
  { "Int32N", GOR_RAND_INT31N, "i", 'i', 2 | 4 },
  { "Uint32", GOR_RAND_UINT32, "", 'u', 1 | 2 | 4 },
  { "Uint64", GOR_RAND_UINT64, "", 'U', 1 | 2 | 4 },
  { "Uint", GOR_RAND_UINT64, "", 'w', 2 | 4 },
  { "Uint64N", GOR_RAND_UINT64N, "U", 'U', 2 | 4 },
  { "Uint32N", GOR_RAND_UINT32N, "u", 'u', 2 | 4 },
  { "UintN", GOR_RAND_UINTN, "w", 'w', 2 | 4 },
  { "Float64", GOR_RAND_FLOAT64, "", 'F', 1 | 2 | 4 },
  { "Float32", GOR_RAND_FLOAT32, "", 'f', 1 | 2 | 4 },
  { "NormFloat64", GOR_RAND_NORM_FLOAT64, "", 'F', 1 | 2 | 4 },
  { "ExpFloat64", GOR_RAND_EXP_FLOAT64, "", 'F', 1 | 2 | 4 },
  { "Perm", GOR_RAND_PERM, "I", 'P', 1 | 2 | 4 },
  { "Shuffle", RAND_SHUFFLE, "IW", 0, 1 | 2 | 4 },
  { "Seed", GOR_RAND_SEED, "L", 0, 1 },
  { "NewSource", GOR_RAND_NEW_SOURCE, "L", 'S', 1 },
  { "NewPCG", GOR_RAND_NEW_PCG, "UU", 'S', 2 },
  { "NewChaCha8", GOR_RAND_NEW_CHACHA8, "K", 'S', 2 },
  { "New", RAND_NEW, "S", 'R', 1 | 2 },
  { "N", GOR_RAND_N, "N", 'N', 2 },
};

static const RandFn *
find (const char *name, guint where)
{
  for (guint i = 0; i < G_N_ELEMENTS (fns); i++)
    if (g_str_equal (fns[i].name, name) && (fns[i].where & where) == where)
      return &fns[i];
  return NULL;
}

static GorType *
kind_type (GorCompiler *c, char k)
{
  GorTypes *ty = c->types;

  switch (k)
    {
    case 'I': return c->t_int;
    case 'L': return c->t_int64;
    case 'i': return gor_types_basic (ty, GOR_TYPE_INT32);
    case 'u': return gor_types_basic (ty, GOR_TYPE_UINT32);
    case 'U': return gor_types_basic (ty, GOR_TYPE_UINT64);
    case 'w': return gor_types_basic (ty, GOR_TYPE_UINT);
    case 'K': return gor_types_array (ty, gor_types_basic (ty, GOR_TYPE_UINT8), 32);
    case 'F': return c->t_float;
    case 'f': return gor_types_basic (ty, GOR_TYPE_FLOAT32);
    case 'P': return gor_types_slice (ty, c->t_int);
    case 'S': return c->t_rand_source;
    case 'R': return gor_types_pointer (ty, c->t_rand);
    case 'W':
      {
        GPtrArray *ps = g_ptr_array_new ();

        g_ptr_array_add (ps, c->t_int);
        g_ptr_array_add (ps, c->t_int);
        return gor_types_func (ty, ps, g_ptr_array_new (), FALSE);
      }
    default: return NULL;
    }
}

/* The function the program gets for Shuffle: ([r,] n, swap) and
 * for i := n - 1; i > 0; i-- { swap(i, r.Intn(i + 1)) } */
static int
shuffle_func (GorCompiler *c, guint flags)
{
  Fn      *outer = c->fn;
  gboolean obj = (flags & GOR_RAND_OBJECT) != 0;
  GorFunc *f = _gor_compile_func_new (c, obj ? "math/rand.(*Rand).Shuffle" : "math/rand.Shuffle", c->line);
  Fn      *fn = _gor_compile_fn_new (c, f, NULL, f->name);
  guint32  line = c->line;
  int      r = 0, n = obj ? 1 : 0, swap = n + 1, i = n + 2, loop, exit;

  c->fn = fn;
  f->n_params = (guint) i;
  fn->n_slots = i + 1;
  _gor_compile_emit (c, GOR_OP_LOCAL, n, 0, 1);
  _gor_compile_emit (c, GOR_OP_RAND, GOR_RAND_SHUFFLE_CHECK, 0, -1);
  _gor_compile_emit (c, GOR_OP_LOCAL, n, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, -1, 0, 1);
  _gor_compile_emit (c, GOR_OP_ADD, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
  loop = _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, 0, 0, 1);
  _gor_compile_emit (c, GOR_OP_GT, 0, 0, -1);
  exit = _gor_compile_emit (c, GOR_OP_JF, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_LOCAL, swap, 0, 1);
  _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
  if (obj)
    _gor_compile_emit (c, GOR_OP_LOCAL, r, 0, 1);
  _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, 1, 0, 1);
  _gor_compile_emit (c, GOR_OP_ADD, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_RAND, GOR_RAND_INTN | (int) (flags & GOR_RAND_V2), obj, obj ? -1 : 0);
  _gor_compile_emit (c, GOR_OP_CALL_CLOSURE, 2, 0, -3);
  _gor_compile_emit (c, GOR_OP_LOCAL, i, 0, 1);
  _gor_compile_emit (c, GOR_OP_PUSH_INT, -1, 0, 1);
  _gor_compile_emit (c, GOR_OP_ADD, 0, 0, -1);
  _gor_compile_emit (c, GOR_OP_SET_LOCAL, i, 0, -1);
  _gor_compile_emit (c, GOR_OP_JMP, loop, 0, 0);
  _gor_compile_patch (c, exit, _gor_compile_here (c));
  _gor_compile_emit (c, GOR_OP_RET, 0, 0, 0);
  f->unwind_pc = (guint) _gor_compile_here (c);
  _gor_compile_emit (c, GOR_OP_UNWIND, -1, 0, 0);
  _gor_compile_fn_close (c, fn, outer, line);
  return (int) f->index;
}

static gboolean
plan_fn (GorCompiler *c, GorAstExpr *call, const RandFn *f, guint flags, const char *context, Plan *p)
{
  guint    n = (guint) strlen (f->params);
  gboolean obj = (flags & GOR_RAND_OBJECT) != 0;
  GorType *nt = NULL;

  if (!_gor_compile_check_nargs (c, call, f->name, n, n))
    return FALSE;
  for (guint k = 0; k < n; k++)
    {
      GorAstExpr *arg = g_ptr_array_index (call->list, k);

      if (f->params[k] == 'N')
        {
          /* rand.N[Int intType](n Int) Int */
          nt = _gor_compile_gen_value (c, arg, NULL);
          if (nt == NULL)
            return FALSE;
          if (!gor_type_is_integer (gor_type_under (nt)))
            {
              _gor_compile_unsupported (c, arg->pos, "rand.N of %s", _gor_compile_tname (c, nt));
              return FALSE;
            }
          continue;
        }
      if (f->params[k] == 'S' && !(arg->kind == GOR_EXPR_IDENT && g_str_equal (arg->name, "nil")))
        {
          /* a Source of the program's own would need its methods called
           * from inside the generator */
          GorType *st = _gor_compile_gen_value (c, arg, NULL);

          if (st == NULL)
            return FALSE;
          if (st != c->t_rand_source)
            {
              _gor_compile_unsupported (c, arg->pos, "rand.New with a Source of the program's own (type %s)",
                                        _gor_compile_tname (c, st));
              return FALSE;
            }
          continue;
        }
      _gor_compile_gen_expr_to (c, arg, kind_type (c, f->params[k]), context);
    }
  p->kind = PLAN_OP;
  p->op = GOR_OP_RAND;
  p->a = f->op | (int) (flags & GOR_RAND_V2);
  p->b = obj;
  p->n_slots = (int) n + (obj ? 1 : 0);
  p->result = f->result == 'N' ? nt : kind_type (c, f->result);
  if (f->op == GOR_RAND_PERM)
    _gor_compile_emit (c, GOR_OP_MAKE_SLICE, _gor_compile_type_ref (c, p->result), 0, 0);
  else if (f->op == RAND_NEW)
    {
      /* the Rand is its Source's state */
      p->op = GOR_OP_NOP;
      p->a = 0;
    }
  else if (f->op == RAND_SHUFFLE)
    {
      p->kind = PLAN_STATIC;
      p->func = shuffle_func (c, flags);
      p->result = NULL;
      return TRUE;
    }
  p->delta = _gor_compile_n_results_of (p->result) - p->n_slots;
  return TRUE;
}

/* math/rand's and math/rand/v2's functions */
gboolean
_gor_compile_plan_rand_func (GorCompiler *c, GorAstExpr *call, const char *path, const char *name,
                             const char *context, Plan *p)
{
  gboolean      v2 = !g_str_equal (path, "math/rand");
  const RandFn *f = find (name, v2 ? 2 : 1);

  g_assert (f != NULL);
  return plan_fn (c, call, f, v2 ? GOR_RAND_V2 : 0, context, p);
}

/* The methods of *rand.Rand; *done is FALSE when @base is not rand.Rand. */
gboolean
_gor_compile_plan_rand_method (GorCompiler *c, GorAstExpr *call, GorAstExpr *sel, GorType *u, GorType *base,
                               Plan *p, gboolean *done)
{
  const RandFn *f;

  *done = FALSE;
  if (base != c->t_rand || u->kind != GOR_TYPE_POINTER)
    return FALSE;
  f = find (sel->name, 4);
  if (f == NULL)
    return FALSE;
  *done = TRUE;
  /* Go's messages name IntN or Intn by the method's name */
  return plan_fn (c, call, f,
                  GOR_RAND_OBJECT | (g_ascii_isupper (f->name[strlen (f->name) - 1]) ? GOR_RAND_V2 : 0),
                  "argument", p);
}

/* The signature of (*rand.Rand).@name, for a method value or
 * expression; NULL for none (or the generic N, which is no method). */
GorType *
_gor_compile_rand_method_sig (GorCompiler *c, const char *name)
{
  const RandFn *f = find (name, 4);
  GPtrArray    *ps, *rs;

  if (f == NULL || f->op == RAND_NEW || strchr (f->params, 'N') != NULL)
    return NULL;
  ps = g_ptr_array_new ();
  rs = g_ptr_array_new ();
  for (const char *k = f->params; *k; k++)
    g_ptr_array_add (ps, kind_type (c, *k));
  if (f->result != 0)
    g_ptr_array_add (rs, kind_type (c, f->result));
  return gor_types_func (c->types, ps, rs, FALSE);
}

void
_gor_compile_setup_rand_types (GorCompiler *c)
{
  GPtrArray *fields = g_ptr_array_new ();
  GorField  *f = g_new0 (GorField, 1);

  f->name = g_strdup ("state");
  f->type = c->t_int64;
  g_ptr_array_add (fields, f);
  c->t_rand = gor_types_named (c->types, "rand.Rand");
  gor_type_set_underlying (c->t_rand, gor_types_struct (c->types, fields));
  c->t_rand_source = gor_types_named (c->types, "rand.Source");
  gor_type_set_underlying (c->t_rand_source, gor_types_pointer (c->types, c->t_rand));
}
