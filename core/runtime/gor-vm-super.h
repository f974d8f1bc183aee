/* gor-vm-super.h — the superinstructions' cases of the dispatch loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Included once, inside _gor_vm_run (gor-vm.c), whose locals and macros
 * the cases use.  Each runs the sequence gor-peephole.c found, reading the
 * operands of its later instructions from them (ip points at the second):
 * the result is what the instructions one by one would have left, with
 * the operand stack as it would be after the last.  A failed bounds check
 * panics with the pc past the INDEX or SET_INDEX, as the instruction
 * itself would.  INC_JMP and LOCAL_RET go on into the JMP and RET cases:
 * the budget of a backward jump is counted as before.
 */
#pragma once

/* clang-format off */
#define GOR_SUPER_CMPS(X) X (EQ, ==) X (NE, !=) X (LT, <) X (LE, <=) X (GT, >) X (GE, >=)

/* JF at ip[j_]: on true go on after it, on false jump */
#define SUPER_JF(cond_, j_)   \
  G_STMT_START                \
  {                           \
    if (cond_)                \
      ip += (j_) + 1;         \
    else                      \
      ip = code + ip[(j_)].a; \
    NEXT ();                  \
  }                           \
  G_STMT_END

/* (the cases are labels of the loop: clang-format would take them for
 * something else outside a function) */
#define SUPER_CMP_CASES(name_, cmp_)                                     \
  op_TKJ_##name_: SUPER_JF ((--sp)->i cmp_ (gint64) in.a, 1);            \
  op_LKJ_##name_: SUPER_JF (locals[in.a].i cmp_ (gint64) ip[0].a, 2);    \
  op_LLJ_##name_: SUPER_JF (locals[in.a].i cmp_ locals[ip[0].a].i, 2);   \
  op_TLJ_##name_: SUPER_JF ((--sp)->i cmp_ locals[in.a].i, 1);
GOR_SUPER_CMPS (SUPER_CMP_CASES)
#undef SUPER_CMP_CASES

op_LK_ADD:
  sp->i = (gint64) ((guint64) locals[in.a].i + (guint64) (gint64) ip[0].a);
  sp++;
  ip += 2;
  NEXT ();
op_LK_SUB:
  sp->i = (gint64) ((guint64) locals[in.a].i - (guint64) (gint64) ip[0].a);
  sp++;
  ip += 2;
  NEXT ();
op_LL_ADD:
  sp->i = (gint64) ((guint64) locals[in.a].i + (guint64) locals[ip[0].a].i);
  sp++;
  ip += 2;
  NEXT ();
op_LL_SUB:
  sp->i = (gint64) ((guint64) locals[in.a].i - (guint64) locals[ip[0].a].i);
  sp++;
  ip += 2;
  NEXT ();
op_LLS_ADD:
  locals[ip[2].a].i = (gint64) ((guint64) locals[in.a].i + (guint64) locals[ip[0].a].i);
  ip += 3;
  NEXT ();
op_LLS_SUB:
  locals[ip[2].a].i = (gint64) ((guint64) locals[in.a].i - (guint64) locals[ip[0].a].i);
  ip += 3;
  NEXT ();

/* s[i], s a slice in local a, i in the LOCAL at ip[0]; @skip_ the
 * instructions after the first up to the INDEX or SET_INDEX */
#define SUPER_INDEX_CHECK(s_, i_, skip_)                                                                  \
  G_STMT_START                                                                                          \
  {                                                                                                     \
    gint64 len_ = gor_slice_len (s_);                                                                   \
                                                                                                        \
    ip += (skip_);                                                                                      \
    if (G_UNLIKELY ((i_) < 0 || (i_) >= len_))                                                          \
      PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT,  \
             (i_), len_);                                                                               \
  }                                                                                                     \
  G_STMT_END

op_LL_INDEX:
  {
    GorSlice *s = locals[in.a].p;
    gint64    i = locals[ip[0].a].i;

    SUPER_INDEX_CHECK (s, i, 2);
    *sp++ = gor_slice_get (s, i);
    NEXT ();
  }
op_LL_INDEX_JF:
  {
    GorSlice *s = locals[in.a].p;
    gint64    i = locals[ip[0].a].i;

    SUPER_INDEX_CHECK (s, i, 2);
    if (gor_slice_get (s, i).i)
      ip++;
    else
      ip = code + ip[0].a;
    NEXT ();
  }
op_LLK_SET_INDEX:
  {
    GorSlice *s = locals[in.a].p;
    gint64    i = locals[ip[0].a].i;
    GorValue  k;

    SUPER_INDEX_CHECK (s, i, 3);
    k.i = ip[-2].a;
    gor_slice_set (s, i, k);
    NEXT ();
  }
op_LLL_SET_INDEX:
  {
    GorSlice *s = locals[in.a].p;
    gint64    i = locals[ip[0].a].i;

    SUPER_INDEX_CHECK (s, i, 3);
    gor_slice_set (s, i, locals[ip[-2].a]);
    NEXT ();
  }
#undef SUPER_INDEX_CHECK

/* the last two run their second instruction without a dispatch */
op_INC_JMP:
  locals[in.a].i = (gint64) ((guint64) locals[in.a].i + (guint64) (gint64) (gint16) in.b);
  in = *ip++;
  goto op_JMP;
op_LOCAL_RET:
  *sp++ = locals[in.a];
  in = *ip++;
  goto op_RET;
/* clang-format on */
