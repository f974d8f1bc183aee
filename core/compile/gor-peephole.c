/* gor-peephole.c — superinstructions: the hot sequences of a function's
 * bytecode run as one dispatch
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The pass only changes the opcode of the first instruction of a
 * sequence; the instructions after it stay as they were, with their
 * operands, which the superinstruction reads from them.  So a jump into
 * the middle of a sequence still runs it one instruction at a time, every
 * pc and line of the function is what it was, and whatever reads the
 * bytecode (the liveness of slots in gor-reach.c) sees the same uses and
 * jumps.  None of the sequences holds a call, a backward jump or a
 * scheduling point: the virtual clock and the instruction limit, which
 * count calls and backward jumps, count what they counted before.
 *
 * The sequences (k an int constant of PUSH_INT, CMP one of EQ NE LT LE
 * GT GE, JF a forward or backward conditional jump):
 *   TKJ_cmp        PUSH_INT k; CMP; JF          (top CMP k)
 *   LKJ_cmp        LOCAL a; PUSH_INT k; CMP; JF
 *   LLJ_cmp        LOCAL a; LOCAL b; CMP; JF
 *   TLJ_cmp        LOCAL a; CMP; JF             (top CMP a)
 *   LK_ADD/SUB     LOCAL a; PUSH_INT k; ADD/SUB
 *   LL_ADD/SUB     LOCAL a; LOCAL b; ADD/SUB
 *   LLS_ADD/SUB    LOCAL a; LOCAL b; ADD/SUB; SET_LOCAL c
 *   LL_INDEX       LOCAL s; LOCAL i; INDEX
 *   LL_INDEX_JF    LOCAL s; LOCAL i; INDEX; JF
 *   LLK_SET_INDEX  LOCAL s; LOCAL i; PUSH_INT k; SET_INDEX
 *   LLL_SET_INDEX  LOCAL s; LOCAL i; LOCAL v; SET_INDEX
 *   INC_JMP        INC_LOCAL a; JMP
 *   LOCAL_RET      LOCAL a; RET
 *
 *   IXJ_cmp        LOCAL s; LOCAL i; INDEX; LOCAL b; CMP; JF
 *   STORE_LOOP_cmp a loop whose body is s[j] = k or s[j] = v, with its
 *                  step and condition (store_loop below)
 *   SKIP_T/F_cmp   a loop that goes to its next turn on one value of
 *                  s[j], with its step and condition (skip_loop below)
 *   SCAN_cmp       a loop `for s[j] CMP b { j++ }` (scan_loop below)
 *
 * And a loop's back edge with the condition it jumps back to, when that
 * is a LKJ_cmp, LLJ_cmp or IXJ_cmp sequence (COND below; the JMP goes
 * backward, to at most its own pc):
 *   INC_COND         INC_LOCAL a; JMP t             t: COND
 *   LLA_COND         LOCAL a; LOCAL b; ADD; SET_LOCAL c; JMP t
 * The condition's instructions stay where they were too: the JMP's
 * target, its slice budget and its yield are what they were, and only
 * the dispatches of the JMP and of the condition go.
 *
 * A STORE_LOOP runs turns of its loop (store, step, back edge,
 * condition) until the condition fails, the store panics or the slice
 * is up, a SKIP_T or SKIP_F (test, step, back edge, condition) until
 * the test goes on into the body too, a SCAN (condition, step, back
 * edge) until the condition fails: each turn's backward JMP counts
 * its unit of budget, and the last unit goes to the JMP case, which
 * yields before the condition as it did.
 */

#include "config.h"

#include "gor-compiler-private.h"

/* 0…5 for EQ NE LT LE GT GE, -1 for anything else */
static int
cmp_index (guint16 op)
{
  switch (op)
    {
    case GOR_OP_EQ: return 0;
    case GOR_OP_NE: return 1;
    case GOR_OP_LT: return 2;
    case GOR_OP_LE: return 3;
    case GOR_OP_GT: return 4;
    case GOR_OP_GE: return 5;
    default: return -1;
    }
}

/* The comparison of s[i] with a local at @t: LOCAL; LOCAL; INDEX;
 * LOCAL; CMP; JF, 0…5, or -1 */
static int
index_cond (const GorInstr *c, guint t, guint n)
{
  if (t + 5 >= n || c[t].op != GOR_OP_LOCAL || c[t + 1].op != GOR_OP_LOCAL || c[t + 2].op != GOR_OP_INDEX
      || c[t + 3].op != GOR_OP_LOCAL || c[t + 5].op != GOR_OP_JF)
    return -1;
  return cmp_index (c[t + 4].op);
}

/* The offset of the fused form for the loop condition at @t, reached
 * by a backward JMP at @jmp: 0…5 for LOCAL; PUSH_INT; CMP; JF, 6…11 for
 * LOCAL; LOCAL; CMP; JF, 12…17 for the comparison of s[i], -1 for
 * anything else. */
static int
loop_cond (const GorInstr *c, guint jmp, guint n)
{
  guint t = (guint) c[jmp].a;
  int   k;

  if (c[jmp].a < 0 || t > jmp)
    return -1;
  if ((k = index_cond (c, t, n)) >= 0)
    return 12 + k;
  if (t + 3 >= n || c[t].op != GOR_OP_LOCAL || c[t + 3].op != GOR_OP_JF || (k = cmp_index (c[t + 2].op)) < 0)
    return -1;
  if (c[t + 1].op == GOR_OP_PUSH_INT)
    return k;
  return c[t + 1].op == GOR_OP_LOCAL ? 6 + k : -1;
}

/* The post statement of a loop over j at @q that steps j, INC_LOCAL j;
 * JMP or LOCAL j; LOCAL d; ADD; SET_LOCAL j; JMP (or LOCAL d; LOCAL j)
 * with d not j: the pc of its JMP, 0 for anything else. */
static guint
loop_step (const GorInstr *c, guint q, gint32 j, guint n)
{
  if (q + 1 < n && c[q].op == GOR_OP_INC_LOCAL && c[q].a == j)
    return q + 1;
  if (q + 4 < n && c[q].op == GOR_OP_LOCAL && c[q + 1].op == GOR_OP_LOCAL && c[q + 2].op == GOR_OP_ADD
      && c[q + 3].op == GOR_OP_SET_LOCAL && c[q + 3].a == j && (c[q].a == j) != (c[q + 1].a == j))
    return q + 4;
  return 0;
}

/* The JMP at @jmp goes back to the condition of a loop over j just
 * before its body at @i: LOCAL j; PUSH_INT n or LOCAL m (m not j); CMP;
 * JF at i - 4.  0…5 for the comparison, -1 for anything else. */
static int
loop_head (const GorInstr *c, guint jmp, gint32 j, guint i)
{
  guint t = i - 4;

  if (i < 4 || jmp == 0 || c[jmp].op != GOR_OP_JMP || c[jmp].a != (gint32) t || c[t].op != GOR_OP_LOCAL
      || c[t].a != j || c[t + 3].op != GOR_OP_JF
      || (c[t + 1].op != GOR_OP_PUSH_INT && (c[t + 1].op != GOR_OP_LOCAL || c[t + 1].a == j)))
    return -1;
  return cmp_index (c[t + 2].op);
}

/* A whole loop at its body, when the body is one store into s[j] and
 * the post statement steps j (@i at the store):
 *   t: LOCAL j; PUSH_INT n or LOCAL m; CMP; JF          (the condition)
 *   i: LOCAL s; LOCAL j; PUSH_INT k or LOCAL v; SET_INDEX
 *      INC_LOCAL j; JMP t  or  LOCAL j; LOCAL d; ADD; SET_LOCAL j; JMP t
 * None of s, m, v and d is j, so none changes while the loop runs.  0…5
 * for the comparison, -1 for anything else. */
static int
store_loop (const GorInstr *c, guint i, guint n)
{
  gint32 j;

  if (i < 4 || i + 5 >= n || c[i + 1].op != GOR_OP_LOCAL || c[i + 3].op != GOR_OP_SET_INDEX)
    return -1;
  j = c[i + 1].a;
  if (c[i].a == j || (c[i + 2].op != GOR_OP_PUSH_INT && (c[i + 2].op != GOR_OP_LOCAL || c[i + 2].a == j)))
    return -1;
  return loop_head (c, loop_step (c, i + 4, j, n), j, i);
}

/* A loop over j whose body starts by testing s[j] and goes straight to
 * the post statement on one of its values (@i at the test):
 *   t: LOCAL j; PUSH_INT n or LOCAL m; CMP; JF x        (the condition)
 *   i: LOCAL s; LOCAL j; INDEX; [NOT]; JF y; …
 *   q: (a post statement as loop_step's, whose JMP goes back to t)
 * with, for SKIP_T (the value true skips: `if s[j] { continue }`), a
 * forward JMP q after the JF, and for SKIP_F (false skips: `if s[j] {
 * … }` as the whole body) y = q.  0…5 for the comparison of SKIP_T,
 * 6…11 of SKIP_F, -1 for anything else. */
static int
skip_loop (const GorInstr *c, guint i, guint n)
{
  guint  f = i + 3, q;
  gint32 j;
  int    k;

  if (i + 5 >= n || c[i + 1].op != GOR_OP_LOCAL || c[i + 2].op != GOR_OP_INDEX || c[i].a == c[i + 1].a)
    return -1;
  j = c[i + 1].a;
  if (c[f].op == GOR_OP_NOT)
    f++;
  if (c[f].op != GOR_OP_JF || c[f].a <= (gint32) f)
    return -1;
  q = (guint) c[f].a;
  if ((k = loop_head (c, loop_step (c, q, j, n), j, i)) >= 0)
    return 6 + k;
  if (c[f + 1].op != GOR_OP_JMP || c[f + 1].a <= (gint32) f + 1 || (guint) c[f + 1].a >= n)
    return -1;
  q = (guint) c[f + 1].a;
  return loop_head (c, loop_step (c, q, j, n), j, i);
}

/* A loop whose condition compares s[j] with another local and whose
 * body is its post statement alone (`for s[j] < p { j++ }`), at the
 * condition @i:
 *   i: LOCAL s; LOCAL j; INDEX; LOCAL b; CMP; JF x
 *      (a post statement as loop_step's, whose JMP goes back to i)
 * 0…5 for the comparison, -1 for anything else. */
static int
scan_loop (const GorInstr *c, guint i, guint n)
{
  gint32 j;
  guint  jmp;
  int    k;

  if ((k = index_cond (c, i, n)) < 0)
    return -1;
  j = c[i + 1].a;
  if (c[i].a == j || c[i + 3].a == j || (jmp = loop_step (c, i + 6, j, n)) == 0 || c[jmp].op != GOR_OP_JMP
      || c[jmp].a != (gint32) i)
    return -1;
  return k;
}

static guint16
fuse (const GorInstr *c, guint i, guint n)
{
  guint16 op1 = i + 1 < n ? c[i + 1].op : GOR_OP_NOP;
  guint16 op2 = i + 2 < n ? c[i + 2].op : GOR_OP_NOP;
  guint16 op3 = i + 3 < n ? c[i + 3].op : GOR_OP_NOP;
  int     k;

  if (c[i].op == GOR_OP_PUSH_INT)
    {
      if ((k = cmp_index (op1)) >= 0 && op2 == GOR_OP_JF)
        return (guint16) (GOR_OP_TKJ_EQ + k);
      return GOR_OP_NOP;
    }
  if (c[i].op == GOR_OP_INC_LOCAL)
    {
      if (op1 == GOR_OP_JMP && (k = loop_cond (c, i + 1, n)) >= 0)
        return (guint16) (GOR_OP_INC_LKJ_EQ + k);
      return op1 == GOR_OP_JMP ? GOR_OP_INC_JMP : GOR_OP_NOP;
    }
  if (c[i].op != GOR_OP_LOCAL)
    return GOR_OP_NOP;
  if ((k = scan_loop (c, i, n)) >= 0)
    return (guint16) (GOR_OP_SCAN_EQ + k);
  if ((k = index_cond (c, i, n)) >= 0)
    return (guint16) (GOR_OP_IXJ_EQ + k);
  if ((k = store_loop (c, i, n)) >= 0)
    return (guint16) (GOR_OP_STORE_LOOP_EQ + k);
  if ((k = skip_loop (c, i, n)) >= 0)
    return (guint16) (GOR_OP_SKIP_T_EQ + k);
  if (op1 == GOR_OP_PUSH_INT)
    {
      if ((k = cmp_index (op2)) >= 0 && op3 == GOR_OP_JF)
        return (guint16) (GOR_OP_LKJ_EQ + k);
      if (op2 == GOR_OP_ADD)
        return GOR_OP_LK_ADD;
      if (op2 == GOR_OP_SUB)
        return GOR_OP_LK_SUB;
      return GOR_OP_NOP;
    }
  if (op1 == GOR_OP_LOCAL)
    {
      if ((k = cmp_index (op2)) >= 0 && op3 == GOR_OP_JF)
        return (guint16) (GOR_OP_LLJ_EQ + k);
      if (op2 == GOR_OP_ADD && op3 == GOR_OP_SET_LOCAL && i + 4 < n && c[i + 4].op == GOR_OP_JMP
          && (k = loop_cond (c, i + 4, n)) >= 0)
        return (guint16) (GOR_OP_LLA_LKJ_EQ + k);
      if ((op2 == GOR_OP_ADD || op2 == GOR_OP_SUB) && op3 == GOR_OP_SET_LOCAL)
        return op2 == GOR_OP_ADD ? GOR_OP_LLS_ADD : GOR_OP_LLS_SUB;
      if (op2 == GOR_OP_ADD)
        return GOR_OP_LL_ADD;
      if (op2 == GOR_OP_SUB)
        return GOR_OP_LL_SUB;
      if (op2 == GOR_OP_INDEX)
        return op3 == GOR_OP_JF ? GOR_OP_LL_INDEX_JF : GOR_OP_LL_INDEX;
      if (op2 == GOR_OP_PUSH_INT && op3 == GOR_OP_SET_INDEX)
        return GOR_OP_LLK_SET_INDEX;
      if (op2 == GOR_OP_LOCAL && op3 == GOR_OP_SET_INDEX)
        return GOR_OP_LLL_SET_INDEX;
      return GOR_OP_NOP;
    }
  if ((k = cmp_index (op1)) >= 0 && op2 == GOR_OP_JF)
    return (guint16) (GOR_OP_TLJ_EQ + k);
  if (op1 == GOR_OP_RET)
    return GOR_OP_LOCAL_RET;
  return GOR_OP_NOP;
}

static void
peephole_func (GorFunc *fn)
{
  GorInstr            *c = (GorInstr *) (gpointer) fn->code->data;
  guint                n = fn->code->len;
  g_autofree GorInstr *orig = g_memdup2 (c, (gsize) n * sizeof *c);

  /* The sequences are matched in the instructions as compiled (a loop's
   * condition is before its back edge, and rewritten first); rewriting
   * changes only opcodes, not the operands a superinstruction reads. */
  for (guint i = 0; i < n; i++)
    {
      guint16 op = fuse (orig, i, n);

      if (op != GOR_OP_NOP)
        c[i].op = op;
    }
}

void
_gor_peephole_program (GorProgram *prog)
{
  for (guint i = 0; i < prog->funcs->len; i++)
    {
      GorFunc *fn = g_ptr_array_index (prog->funcs, i);

      if (fn != NULL && fn->code != NULL)
        peephole_func (fn);
    }
}
