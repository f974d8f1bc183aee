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
    ip += (skip_);                                                                                      \
    /* one unsigned comparison for i < 0 and i >= len */                                               \
    if (G_UNLIKELY ((s_) == NULL || (guint64) (i_) >= (guint64) (s_)->len))                             \
      PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT,  \
             (i_), gor_slice_len (s_));                                                                 \
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

/* s[i] CMP b, JF: the INDEX at ip[1], the JF at ip[4] */
#define SUPER_IXJ_CASES(name_, cmp_)                                 \
  op_IXJ_##name_:                                                    \
  {                                                                  \
    GorSlice *s = locals[in.a].p;                                    \
    gint64    i = locals[ip[0].a].i;                                 \
                                                                     \
    SUPER_INDEX_CHECK (s, i, 2);                                     \
    SUPER_JF (gor_slice_get (s, i).i cmp_ locals[ip[0].a].i, 2);     \
  }
GOR_SUPER_CMPS (SUPER_IXJ_CASES)
#undef SUPER_IXJ_CASES

/* the last two run their second instruction without a dispatch */
op_INC_JMP:
  locals[in.a].i = (gint64) ((guint64) locals[in.a].i + (guint64) (gint64) (gint16) in.b);
  in = *ip++;
  goto op_JMP;
op_LOCAL_RET:
  *sp++ = locals[in.a];
  in = *ip++;
  goto op_RET;

/* A loop's back edge, ip at its JMP, and the condition it jumps back to
 * (LOCAL x; PUSH_INT k or LOCAL y; CMP; JF at the target, or for _X
 * LOCAL s; LOCAL i; INDEX; LOCAL y; CMP; JF).  The slice's last unit of
 * budget goes to the JMP case, which yields before the condition as it
 * did; otherwise the JMP counts it as it would.  A failed bounds check
 * panics with the pc past the target's INDEX. */
#define SUPER_LOOP(cond_)                     \
  G_STMT_START                                \
  {                                           \
    const GorInstr *t_;                       \
                                              \
    in = *ip++;                               \
    if (G_UNLIKELY (*budget == 1))            \
      goto op_JMP;                            \
    --*budget;                                \
    t_ = code + in.a;                         \
    if (cond_)                                \
      ip = t_ + 4;                            \
    else                                      \
      ip = code + t_[3].a;                    \
    NEXT ();                                  \
  }                                           \
  G_STMT_END
#define SUPER_LOOP_X(cmp_)                                   \
  G_STMT_START                                               \
  {                                                          \
    const GorInstr *t_;                                      \
    GorSlice       *s_;                                      \
    gint64          i_;                                      \
                                                             \
    in = *ip++;                                              \
    if (G_UNLIKELY (*budget == 1))                           \
      goto op_JMP;                                           \
    --*budget;                                               \
    t_ = code + in.a;                                        \
    s_ = locals[t_[0].a].p;                                  \
    i_ = locals[t_[1].a].i;                                  \
    ip = t_ + 1;                                             \
    SUPER_INDEX_CHECK (s_, i_, 2);                           \
    if (gor_slice_get (s_, i_).i cmp_ locals[t_[3].a].i)     \
      ip = t_ + 6;                                           \
    else                                                     \
      ip = code + t_[5].a;                                   \
    NEXT ();                                                 \
  }                                                          \
  G_STMT_END
#define SUPER_LOOP_K(cmp_) SUPER_LOOP (locals[t_[0].a].i cmp_ (gint64) t_[1].a)
#define SUPER_LOOP_L(cmp_) SUPER_LOOP (locals[t_[0].a].i cmp_ locals[t_[1].a].i)
#define SUPER_INC()   locals[in.a].i = (gint64) ((guint64) locals[in.a].i + (guint64) (gint64) (gint16) in.b)
#define SUPER_LLA()                                                                          \
  G_STMT_START                                                                               \
  {                                                                                          \
    locals[ip[2].a].i = (gint64) ((guint64) locals[in.a].i + (guint64) locals[ip[0].a].i); \
    ip += 3;                                                                                 \
  }                                                                                          \
  G_STMT_END

#define SUPER_LOOP_CASES(name_, cmp_)                   \
  op_INC_LKJ_##name_: SUPER_INC (); SUPER_LOOP_K (cmp_); \
  op_INC_LLJ_##name_: SUPER_INC (); SUPER_LOOP_L (cmp_); \
  op_LLA_LKJ_##name_: SUPER_LLA (); SUPER_LOOP_K (cmp_); \
  op_LLA_LLJ_##name_: SUPER_LLA (); SUPER_LOOP_L (cmp_); \
  op_INC_IXJ_##name_: SUPER_INC (); SUPER_LOOP_X (cmp_); \
  op_LLA_IXJ_##name_: SUPER_LLA (); SUPER_LOOP_X (cmp_);
GOR_SUPER_CMPS (SUPER_LOOP_CASES)
#undef SUPER_LOOP_CASES

/* The whole loops (STORE_LOOP, SKIP_T, SKIP_F: see gor-peephole.c),
 * ip at the LOCAL j after the first.  Nothing but j changes while one
 * runs (s, v, the step and the bound are other locals, and a store into
 * an array never writes a goroutine's stack), so they are read once; j
 * and the budget live in registers and go back to the frame and the
 * slice on the way out: past the condition, into the JMP case with the
 * slice's last unit, into the body, or a panic past the SET_INDEX or
 * INDEX.
 *
 * SUPER_WHOLE_POST reads the post statement at @q_ (INC_LOCAL j, its
 * JMP after it, or the ADD of j and another local) and the condition
 * its JMP goes back to. */
#define SUPER_WHOLE_STEP(q_)                                                                             \
  G_STMT_START                                                                                           \
  {                                                                                                      \
    if ((q_)[1].op == GOR_OP_JMP)                                                                        \
      {                                                                                                  \
        step_ = (gint64) (gint16) (q_)[0].b;                                                             \
        jmp_ = (q_) + 1;                                                                                 \
      }                                                                                                  \
    else                                                                                                 \
      {                                                                                                  \
        step_ = locals[(q_)[0].a == js_ ? (q_)[1].a : (q_)[0].a].i;                                      \
        jmp_ = (q_) + 4;                                                                                 \
      }                                                                                                  \
  }                                                                                                      \
  G_STMT_END
#define SUPER_WHOLE_POST(q_)                                                                             \
  G_STMT_START                                                                                           \
  {                                                                                                      \
    SUPER_WHOLE_STEP (q_);                                                                               \
    t_ = code + jmp_->a;                                                                                 \
    bound_ = t_[1].op == GOR_OP_PUSH_INT || (t_[1].op >= GOR_OP_TKJ_EQ && t_[1].op <= GOR_OP_TKJ_GE)     \
                 ? (gint64) t_[1].a                                                                      \
                 : locals[t_[1].a].i;                                                                    \
  }                                                                                                      \
  G_STMT_END
#define SUPER_WHOLE_OUT(ip_)                                                                             \
  G_STMT_START                                                                                           \
  {                                                                                                      \
    locals[js_].i = j_;                                                                                  \
    *budget = left_;                                                                                     \
    ip = (ip_);                                                                                          \
  }                                                                                                      \
  G_STMT_END
/* A turn's step, and its backward jump against the time slice: the
 * slice's last unit goes to the jump itself, which yields at op_JMP */
#define SUPER_WHOLE_TURN_ON()                                                                               \
  G_STMT_START                                                                                           \
  {                                                                                                      \
    j_ = (gint64) ((guint64) j_ + (guint64) step_);                                                      \
    if (G_UNLIKELY (left_ == 1))                                                                         \
      {                                                                                                  \
        SUPER_WHOLE_OUT (jmp_ + 1);                                                                      \
        in = *jmp_;                                                                                      \
        goto op_JMP;                                                                                     \
      }                                                                                                  \
    left_--;                                                                                             \
  }                                                                                                      \
  G_STMT_END
/* One turn's bounds check at the INDEX or SET_INDEX @skip_ instructions
 * after ip; its body @body_; the step, back edge and condition */
#define SUPER_WHOLE_TURNS(skip_, body_, cmp_)                                                            \
  for (;;)                                                                                               \
    {                                                                                                    \
      if (G_UNLIKELY ((guint64) j_ >= (guint64) len_))                                                   \
        {                                                                                                \
          SUPER_WHOLE_OUT (ip + (skip_) + 1);                                                            \
          PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT, \
                 j_, len_);                                                                              \
        }                                                                                                \
      body_;                                                                                             \
      SUPER_WHOLE_TURN_ON (); \
      if (!(j_ cmp_ bound_))                                                                             \
        {                                                                                                \
          SUPER_WHOLE_OUT (code + t_[3].a);                                                              \
          NEXT ();                                                                                       \
        }                                                                                                \
    }
#define SUPER_WHOLE_VARS                                                                                 \
  GorSlice       *s_ = locals[in.a].p;                                                                   \
  gint32          js_ = ip[0].a;                                                                         \
  gint64          j_ = locals[js_].i, len_ = gor_slice_len (s_), step_;                                  \
  const GorInstr *jmp_;                                                                                  \
  guint           left_ = *budget
#define SUPER_WHOLE_LOOP_VARS \
  SUPER_WHOLE_VARS;           \
  const GorInstr *t_;         \
  gint64          bound_

/* s[j] = k or s[j] = v, the post statement at ip[3] */
#define SUPER_STORE_LOOP_CASES(name_, cmp_)                                                              \
  op_STORE_LOOP_##name_:                                                                                 \
  {                                                                                                      \
    SUPER_WHOLE_LOOP_VARS;                                                                               \
    GorValue v_;                                                                                         \
                                                                                                         \
    if (ip[1].op == GOR_OP_PUSH_INT)                                                                     \
      v_.i = ip[1].a;                                                                                    \
    else                                                                                                 \
      v_ = locals[ip[1].a];                                                                              \
    SUPER_WHOLE_POST (ip + 3);                                                                           \
    if (s_ != NULL && gor_array_kind (s_->arr) != GOR_ARRAY_WIDE)                                        \
      {                                                                                                  \
        guint8 *d_ = (guint8 *) s_->arr->v + s_->off, b_ = (guint8) v_.u;                               \
                                                                                                         \
        SUPER_WHOLE_TURNS (2, d_[j_] = b_, cmp_);                                                        \
      }                                                                                                  \
    else                                                                                                 \
      {                                                                                                  \
        GorValue *d_ = s_ != NULL ? s_->arr->v + s_->off : NULL;                                         \
                                                                                                         \
        SUPER_WHOLE_TURNS (2, d_[j_] = v_, cmp_);                                                        \
      }                                                                                                  \
  }

/* s[j] (or !s[j]) tested by the JF at f_: SKIP_T goes to the next turn
 * by the JMP after it on true, SKIP_F by the JF itself on false; the
 * other value goes on into the body */
#define SUPER_SKIP_TEST(tv_)                                \
  if ((tv_) != skip_)                                       \
    {                                                       \
      SUPER_WHOLE_OUT (body_);                              \
      NEXT ();                                              \
    }
#define SUPER_SKIP(name_, cmp_, t_form_)                                                                 \
  {                                                                                                      \
    SUPER_WHOLE_LOOP_VARS;                                                                               \
    gboolean        neg_ = ip[2].op == GOR_OP_NOT, skip_ = (t_form_) ? !neg_ : neg_;                     \
    const GorInstr *f_ = ip + 2 + neg_, *body_ = (t_form_) ? code + f_->a : f_ + 1;                     \
                                                                                                         \
    SUPER_WHOLE_POST (code + ((t_form_) ? f_[1].a : f_->a));                                             \
    if (s_ != NULL && gor_array_kind (s_->arr) != GOR_ARRAY_WIDE)                                        \
      {                                                                                                  \
        const guint8 *d_ = (const guint8 *) s_->arr->v + s_->off;                                        \
                                                                                                         \
        SUPER_WHOLE_TURNS (1, SUPER_SKIP_TEST (d_[j_] != 0), cmp_);                                      \
      }                                                                                                  \
    else                                                                                                 \
      {                                                                                                  \
        const GorValue *d_ = s_ != NULL ? s_->arr->v + s_->off : NULL;                                   \
                                                                                                         \
        SUPER_WHOLE_TURNS (1, SUPER_SKIP_TEST (d_[j_].i != 0), cmp_);                                    \
      }                                                                                                  \
  }
#define SUPER_SKIP_CASES(name_, cmp_)                  \
  op_SKIP_T_##name_: SUPER_SKIP (name_, cmp_, TRUE);   \
  op_SKIP_F_##name_: SUPER_SKIP (name_, cmp_, FALSE);
/* s[j] CMP b, the post statement at ip[5]: the turns test, step and
 * count the back edge; the loop ends at the JF's target (ip[4]) when the
 * test fails */
#define SUPER_SCAN_TURNS(elem_, cmp_)                                                                    \
  for (;;)                                                                                               \
    {                                                                                                    \
      if (G_UNLIKELY ((guint64) j_ >= (guint64) len_))                                                   \
        {                                                                                                \
          SUPER_WHOLE_OUT (ip + 2);                                                                      \
          PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT, \
                 j_, len_);                                                                              \
        }                                                                                                \
      if (!((gint64) (elem_) cmp_ b_))                                                                   \
        {                                                                                                \
          SUPER_WHOLE_OUT (code + ip[4].a);                                                              \
          NEXT ();                                                                                       \
        }                                                                                                \
      SUPER_WHOLE_TURN_ON (); \
    }
#define SUPER_SCAN_CASES(name_, cmp_)                                                                    \
  op_SCAN_##name_:                                                                                       \
  {                                                                                                      \
    SUPER_WHOLE_VARS;                                                                                    \
    gint64 b_ = locals[ip[2].a].i;                                                                       \
                                                                                                         \
    SUPER_WHOLE_STEP (ip + 5);                                                                           \
    if (s_ == NULL || gor_array_kind (s_->arr) == GOR_ARRAY_WIDE)                                        \
      {                                                                                                  \
        const GorValue *d_ = s_ != NULL ? s_->arr->v + s_->off : NULL;                                   \
                                                                                                         \
        SUPER_SCAN_TURNS (d_[j_].i, cmp_);                                                               \
      }                                                                                                  \
    else if (gor_array_kind (s_->arr) == GOR_ARRAY_U8)                                                   \
      {                                                                                                  \
        const guint8 *d_ = (const guint8 *) s_->arr->v + s_->off;                                        \
                                                                                                         \
        SUPER_SCAN_TURNS (d_[j_], cmp_);                                                                 \
      }                                                                                                  \
    else                                                                                                 \
      {                                                                                                  \
        const gint8 *d_ = (const gint8 *) s_->arr->v + s_->off;                                          \
                                                                                                         \
        SUPER_SCAN_TURNS (d_[j_], cmp_);                                                                 \
      }                                                                                                  \
  }
GOR_SUPER_CMPS (SUPER_STORE_LOOP_CASES)
GOR_SUPER_CMPS (SUPER_SKIP_CASES)
GOR_SUPER_CMPS (SUPER_SCAN_CASES)
#undef SUPER_SCAN_CASES
#undef SUPER_SCAN_TURNS
#undef SUPER_SKIP_CASES
#undef SUPER_SKIP
#undef SUPER_SKIP_TEST
#undef SUPER_STORE_LOOP_CASES
#undef SUPER_WHOLE_LOOP_VARS
#undef SUPER_WHOLE_VARS
#undef SUPER_WHOLE_TURNS
#undef SUPER_WHOLE_OUT
#undef SUPER_WHOLE_POST
#undef SUPER_WHOLE_STEP
#undef SUPER_WHOLE_TURN_ON
#undef SUPER_LLA
#undef SUPER_INC
#undef SUPER_LOOP_L
#undef SUPER_LOOP_K
#undef SUPER_LOOP_X
#undef SUPER_LOOP
#undef SUPER_INDEX_CHECK
/* clang-format on */
