/* gor-lib-rand.c — math/rand and math/rand/v2 on the run's seeded
 * generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scheduler's generator serves the program too, so a seed replays
 * the program's random numbers along with its schedule.  A generator of
 * the program's own (rand.New(rand.NewSource(s))) is the same splitmix64
 * started from s: its numbers depend on s alone, as Go's do.
 */

#include "config.h"

#include "gor-vm-private.h"

static guint64
splitmix (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint64
next (GorVM *vm, GorStruct *r)
{
  guint64 s, out;

  if (r == NULL)
    return _gor_sched_rand (vm);
  s = (guint64) r->f[0].i;
  out = splitmix (&s);
  r->f[0].i = (gint64) s;
  return out;
}

/* A number in [0, n) without modulo bias. */
static guint64
below (GorVM *vm, GorStruct *r, guint64 n)
{
  guint64 limit = G_MAXUINT64 - G_MAXUINT64 % n, x;

  do
    x = next (vm, r);
  while (x >= limit);
  return x % n;
}

GorValue *
_gor_lib_rand (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  static const char *const bounded[][2] = {
    [GOR_RAND_INTN] = { "Intn", "IntN" },
    [GOR_RAND_INT63N] = { "Int63n", "Int64N" },
    [GOR_RAND_INT31N] = { "Int31n", "Int32N" },
    [GOR_RAND_N] = { "N", "N" },
  };
  gboolean   v2 = (a & GOR_RAND_V2) != 0;
  int        nargs;
  GorValue  *res;
  GorStruct *r = NULL;

  a &= ~GOR_RAND_V2;
  nargs = a == GOR_RAND_INTN || a == GOR_RAND_SEED || a == GOR_RAND_INT63N || a == GOR_RAND_INT31N
                  || a == GOR_RAND_PERM || a == GOR_RAND_NEW_SOURCE || a == GOR_RAND_N
                  || a == GOR_RAND_SHUFFLE_CHECK
              ? 1
              : 0;
  res = sp - nargs - ((b & GOR_RAND_OBJECT) ? 1 : 0);
  if (b & GOR_RAND_OBJECT)
    {
      r = res->p;
      if (r == NULL)
        {
          *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
          return sp;
        }
    }
  switch (a)
    {
    case GOR_RAND_INTN:
    case GOR_RAND_INT63N:
    case GOR_RAND_INT31N:
    case GOR_RAND_N:
      {
        gint64 n = sp[-1].i;

        if (n <= 0)
          {
            g_autofree char *msg = g_strdup_printf ("invalid argument to %s", bounded[a][v2]);

            *perr = _gor_vm_string_panic (vm, msg);
            return sp;
          }
        res->i = (gint64) below (vm, r, (guint64) n);
        break;
      }
    case GOR_RAND_INT:
    case GOR_RAND_INT63: res->i = (gint64) (next (vm, r) >> 1); break;
    case GOR_RAND_INT31: res->i = (gint64) (next (vm, r) >> 33); break;
    case GOR_RAND_UINT32: res->i = (gint64) (next (vm, r) >> 32); break;
    case GOR_RAND_UINT64: res->i = (gint64) next (vm, r); break;
    case GOR_RAND_FLOAT64: res->f = (double) (next (vm, r) >> 11) / 9007199254740992.0; break;
    case GOR_RAND_FLOAT32: res->f = (double) (float) ((double) (next (vm, r) >> 40) / 16777216.0); break;
    case GOR_RAND_SEED: return sp - 1;
    case GOR_RAND_SHUFFLE_CHECK:
      if (sp[-1].i < 0)
        *perr = _gor_vm_string_panic (vm, "invalid argument to Shuffle");
      return sp - 1;
    case GOR_RAND_PERM:
      {
        /* the slice, made by MAKE_SLICE: a permutation of 0 … n-1 */
        GorSlice *s = sp[-1].p;
        GorValue *v = gor_slice_data (s);
        gint64    n = gor_slice_len (s);

        for (gint64 i = 0; i < n; i++)
          {
            gint64 j = (gint64) below (vm, r, (guint64) i + 1);

            v[i] = v[j];
            v[j].i = i;
          }
        res->p = s;
        break;
      }
    case GOR_RAND_NEW_SOURCE:
      {
        GorStruct *src = gor_struct_new (&vm->heap, 1);

        src->f[0].i = sp[-1].i;
        res->p = src;
        break;
      }
    default: g_assert_not_reached ();
    }
  return res + 1;
}
