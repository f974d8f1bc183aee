/* gor-lib-rand.c — math/rand and math/rand/v2 on the run's seeded
 * generator
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The scheduler's generator serves the program too, so a seed replays
 * the program's random numbers along with its schedule.  A generator of
 * the program's own (rand.New(rand.NewSource(s))) is the same splitmix64
 * started from s: its numbers depend on s alone, as Go's do.  v2's
 * rand.NewPCG(s1, s2) is the PCG generator Go specifies (a 128-bit LCG
 * with the DXSM output function), rand.NewChaCha8(seed) the ChaCha8Rand
 * generator of C2SP's specification, and a Rand on either draws its
 * numbers as Go's math/rand/v2 does, so they are Go's numbers.
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gor-vm-private.h"

static guint64
splitmix (guint64 *state)
{
  guint64 z = (*state += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

__extension__ typedef unsigned __int128 U128;

/* A PCG's struct: a mark, then the state's high and low halves */
#define PCG_FIELDS 3

/* A ChaCha8's: a mark, the key (4 slots of two little-endian words),
 * the index of the next number, and the 128 numbers of the key's 16
 * blocks, of which the last 4 are the next key */
#define CHACHA_KEY 1
#define CHACHA_AT 5
#define CHACHA_BUF 6
#define CHACHA_FIELDS (CHACHA_BUF + 128)

/* Whether @r is one of v2's specified generators, whose numbers are Go's */
static gboolean
is_pcg (GorStruct *r)
{
  return r != NULL && (r->n == PCG_FIELDS || r->n == CHACHA_FIELDS);
}

#define ROTL(v, n) (((v) << (n)) | ((v) >> (32 - (n))))
#define QUARTER(a, b, c, d)                                                                                \
  (x[a] += x[b], x[d] = ROTL (x[d] ^ x[a], 16), x[c] += x[d], x[b] = ROTL (x[b] ^ x[c], 12), x[a] += x[b], \
   x[d] = ROTL (x[d] ^ x[a], 8), x[c] += x[d], x[b] = ROTL (x[b] ^ x[c], 7))

/* The 16 ChaCha8 blocks of the key in @r, counters 0 to 15 and a zero
 * nonce, without the final addition of the constants and the counter;
 * each run of four blocks interleaved word by word; read as
 * little-endian numbers */
static void
chacha_refill (GorStruct *r)
{
  guint32 key[8], w[256];

  for (int i = 0; i < 8; i++)
    key[i] = (guint32) ((guint64) r->f[CHACHA_KEY + i / 2].i >> (i % 2 * 32));
  for (guint32 blk = 0; blk < 16; blk++)
    {
      guint32 x[16] = { 0x61707865, 0x3320646e, 0x79622d32, 0x6b206574 };

      memcpy (x + 4, key, sizeof key);
      x[12] = blk;
      for (int round = 0; round < 8; round += 2)
        {
          QUARTER (0, 4, 8, 12), QUARTER (1, 5, 9, 13), QUARTER (2, 6, 10, 14), QUARTER (3, 7, 11, 15);
          QUARTER (0, 5, 10, 15), QUARTER (1, 6, 11, 12), QUARTER (2, 7, 8, 13), QUARTER (3, 4, 9, 14);
        }
      for (int k = 4; k < 12; k++)
        x[k] += key[k - 4];
      for (int k = 0; k < 16; k++)
        w[blk / 4 * 64 + (guint32) k * 4 + blk % 4] = x[k];
    }
  for (int j = 0; j < 128; j++)
    r->f[CHACHA_BUF + j].i = (gint64) ((guint64) w[2 * j] | (guint64) w[2 * j + 1] << 32);
  r->f[CHACHA_AT].i = 0;
}

static guint64
chacha_next (GorStruct *r)
{
  if (r->f[CHACHA_AT].i == 124)
    {
      /* the last 32 bytes are the next key */
      for (int i = 0; i < 4; i++)
        r->f[CHACHA_KEY + i] = r->f[CHACHA_BUF + 124 + i];
      chacha_refill (r);
    }
  return (guint64) r->f[CHACHA_BUF + r->f[CHACHA_AT].i++].i;
}

static guint64
pcg_next (GorStruct *r)
{
  const U128 mul
      = ((U128) G_GUINT64_CONSTANT (0x2360ed051fc65da4) << 64) | G_GUINT64_CONSTANT (0x4385df649fccf645);
  const U128 inc
      = ((U128) G_GUINT64_CONSTANT (0x5851f42d4c957f2d) << 64) | G_GUINT64_CONSTANT (0x14057b7ef767814f);
  U128    state = ((U128) (guint64) r->f[1].i << 64) | (guint64) r->f[2].i;
  guint64 hi, lo;

  if (r->n == CHACHA_FIELDS)
    return chacha_next (r);
  state = state * mul + inc;
  hi = (guint64) (state >> 64);
  lo = (guint64) state;
  r->f[1].i = (gint64) hi;
  r->f[2].i = (gint64) lo;
  /* DXSM: double xorshift multiply */
  hi ^= hi >> 32;
  hi *= G_GUINT64_CONSTANT (0xda942042e4dd58b5);
  hi ^= hi >> 48;
  hi *= lo | 1;
  return hi;
}

/* math/rand/v2's number in [0, n), n > 0: the high half of a 128-bit
 * product, redrawn while the low half falls in the biased range */
static guint64
uint64n (GorStruct *r, guint64 n)
{
  U128    m;
  guint64 lo;

  if ((n & (n - 1)) == 0)
    return pcg_next (r) & (n - 1);
  m = (U128) pcg_next (r) * n;
  lo = (guint64) m;
  if (lo < n)
    {
      guint64 thresh = (0 - n) % n;

      while (lo < thresh)
        {
          m = (U128) pcg_next (r) * n;
          lo = (guint64) m;
        }
    }
  return (guint64) (m >> 64);
}

static guint64
next (GorVM *vm, GorStruct *r)
{
  guint64 s, out;

  if (r == NULL)
    return _gor_sched_rand (vm);
  if (is_pcg (r))
    return pcg_next (r);
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

  if (is_pcg (r))
    return uint64n (r, n);
  do
    x = next (vm, r);
  while (x >= limit);
  return x % n;
}

static double
uniform (GorVM *vm, GorStruct *r)
{
  if (is_pcg (r))
    return (double) (next (vm, r) << 11 >> 11) / 9007199254740992.0;
  return (double) (next (vm, r) >> 11) / 9007199254740992.0;
}

/* ---- NormFloat64 and ExpFloat64: Marsaglia and Tsang's ziggurat ----
 *
 * The tables are made from the method's formulas (its zigset), in
 * double precision and then rounded to Go's float32 and uint32 tables:
 * so made, they equal Go's, and a seeded v2 generator gives Go's
 * numbers. */

#define NORM_R 3.442619855899
#define EXP_R 7.69711747013104972

static guint32 kn[128], ke[256];
static float   wn[128], fn[128], we[256], fe[256];

static void
ziggurat_tables (void)
{
  static gsize done;
  double dn = NORM_R, tn = dn, vn = 9.91256303526217e-3, de = EXP_R, te = de, ve = 3.949659822581572e-3, q;

  if (!g_once_init_enter (&done))
    return;
  q = vn / exp (-.5 * dn * dn);
  kn[0] = (guint32) ((dn / q) * 2147483648.0);
  kn[1] = 0;
  wn[0] = (float) (q / 2147483648.0);
  wn[127] = (float) (dn / 2147483648.0);
  fn[0] = 1.0f;
  fn[127] = (float) exp (-.5 * dn * dn);
  for (int i = 126; i >= 1; i--)
    {
      dn = sqrt (-2. * log (vn / dn + exp (-.5 * dn * dn)));
      kn[i + 1] = (guint32) ((dn / tn) * 2147483648.0);
      tn = dn;
      fn[i] = (float) exp (-.5 * dn * dn);
      wn[i] = (float) (dn / 2147483648.0);
    }
  q = ve / exp (-de);
  ke[0] = (guint32) ((de / q) * 4294967296.0);
  ke[1] = 0;
  we[0] = (float) (q / 4294967296.0);
  we[255] = (float) (de / 4294967296.0);
  fe[0] = 1.0f;
  fe[255] = (float) exp (-de);
  for (int i = 254; i >= 1; i--)
    {
      de = -log (ve / de + exp (-de));
      ke[i + 1] = (guint32) ((de / te) * 4294967296.0);
      te = de;
      fe[i] = (float) exp (-de);
      we[i] = (float) (de / 4294967296.0);
    }
  g_once_init_leave (&done, 1);
}

static double
norm_float64 (GorVM *vm, GorStruct *r)
{
  ziggurat_tables ();
  for (;;)
    {
      guint64 u = next (vm, r);
      gint32  j = (gint32) (guint32) u;
      guint   i = (guint) (u >> 32 & 0x7f);
      double  x = (double) j * (double) wn[i];
      guint32 absj = j < 0 ? 0u - (guint32) j : (guint32) j;

      if (absj < kn[i])
        return x;
      if (i == 0)
        {
          for (;;)
            {
              double y;

              x = -log (uniform (vm, r)) * (1.0 / NORM_R);
              y = -log (uniform (vm, r));
              if (y + y >= x * x)
                break;
            }
          return j > 0 ? NORM_R + x : -NORM_R - x;
        }
      if (fn[i] + (float) uniform (vm, r) * (fn[i - 1] - fn[i]) < (float) exp (-.5 * x * x))
        return x;
    }
}

static double
exp_float64 (GorVM *vm, GorStruct *r)
{
  ziggurat_tables ();
  for (;;)
    {
      guint64 u = next (vm, r);
      guint32 j = (guint32) u;
      guint   i = (guint) (guint8) (u >> 32);
      double  x = (double) j * (double) we[i];

      if (j < ke[i])
        return x;
      if (i == 0)
        return EXP_R - log (uniform (vm, r));
      if (fe[i] + (float) uniform (vm, r) * (fe[i - 1] - fe[i]) < (float) exp (-x))
        return x;
    }
}

GorValue *
_gor_lib_rand (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  static const char *const bounded[][2] = {
    [GOR_RAND_INTN] = { "Intn", "IntN" },          [GOR_RAND_INT63N] = { "Int63n", "Int64N" },
    [GOR_RAND_INT31N] = { "Int31n", "Int32N" },    [GOR_RAND_N] = { "N", "N" },
    [GOR_RAND_UINT64N] = { "Uint64N", "Uint64N" }, [GOR_RAND_UINT32N] = { "Uint32N", "Uint32N" },
    [GOR_RAND_UINTN] = { "UintN", "UintN" },
  };
  gboolean   v2 = (a & GOR_RAND_V2) != 0;
  int        nargs;
  GorValue  *res;
  GorStruct *r = NULL;

  a &= ~GOR_RAND_V2;
  nargs = a == GOR_RAND_INTN || a == GOR_RAND_SEED || a == GOR_RAND_INT63N || a == GOR_RAND_INT31N
                  || a == GOR_RAND_PERM || a == GOR_RAND_NEW_SOURCE || a == GOR_RAND_N
                  || a == GOR_RAND_SHUFFLE_CHECK || a == GOR_RAND_UINT64N || a == GOR_RAND_UINT32N
                  || a == GOR_RAND_UINTN || a == GOR_RAND_NEW_CHACHA8
              ? 1
          : a == GOR_RAND_NEW_PCG ? 2
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
    case GOR_RAND_UINT64N:
    case GOR_RAND_UINT32N:
    case GOR_RAND_UINTN:
      {
        gint64   n = sp[-1].i;
        gboolean bad
            = a == GOR_RAND_UINT64N || a == GOR_RAND_UINT32N || a == GOR_RAND_UINTN ? n == 0 : n <= 0;

        if (bad)
          {
            g_autofree char *msg = g_strdup_printf ("invalid argument to %s", bounded[a][v2]);

            *perr = _gor_vm_string_panic (vm, msg);
            return sp;
          }
        res->i = (gint64) below (vm, r, (guint64) n);
        break;
      }
    case GOR_RAND_INT:
    case GOR_RAND_INT63:
      /* v2 clears the top bit of its Uint64 */
      res->i = is_pcg (r) ? (gint64) (next (vm, r) & G_MAXINT64) : (gint64) (next (vm, r) >> 1);
      break;
    case GOR_RAND_INT31: res->i = (gint64) (next (vm, r) >> 33); break;
    case GOR_RAND_UINT32: res->i = (gint64) (next (vm, r) >> 32); break;
    case GOR_RAND_UINT64: res->i = (gint64) next (vm, r); break;
    case GOR_RAND_FLOAT64:
      if (is_pcg (r))
        res->f = (double) (next (vm, r) << 11 >> 11) / 9007199254740992.0;
      else
        res->f = (double) (next (vm, r) >> 11) / 9007199254740992.0;
      break;
    case GOR_RAND_FLOAT32:
      /* v2 takes the low 24 bits of its Uint32, the top half of a Uint64 */
      if (is_pcg (r))
        res->f = (double) ((next (vm, r) >> 32) & 0xffffff) / 16777216.0;
      else
        res->f = (double) (next (vm, r) >> 40) / 16777216.0;
      break;
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

        if (is_pcg (r))
          {
            /* v2: 0 … n-1 shuffled, as its Shuffle does */
            for (gint64 i = 0; i < n; i++)
              v[i].i = i;
            for (gint64 i = n - 1; i > 0; i--)
              {
                gint64 j = (gint64) uint64n (r, (guint64) i + 1), t = v[i].i;

                v[i].i = v[j].i;
                v[j].i = t;
              }
            res->p = s;
            break;
          }
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
    case GOR_RAND_NEW_PCG:
      {
        GorStruct *src = gor_struct_new (&vm->heap, PCG_FIELDS);

        src->f[1].i = sp[-2].i;
        src->f[2].i = sp[-1].i;
        res->p = src;
        break;
      }
    case GOR_RAND_NORM_FLOAT64: res->f = norm_float64 (vm, r); break;
    case GOR_RAND_EXP_FLOAT64: res->f = exp_float64 (vm, r); break;
    case GOR_RAND_NEW_CHACHA8:
      {
        GorStruct *src = gor_struct_new (&vm->heap, CHACHA_FIELDS);

        for (int i = 0; i < 32; i++)
          src->f[CHACHA_KEY + i / 8].i
              |= (gint64) ((guint64) (gor_slice_get (sp[-1].p, i).i & 0xff) << (i % 8 * 8));
        chacha_refill (src);
        res->p = src;
        break;
      }
    default: g_assert_not_reached ();
    }
  return res + 1;
}
