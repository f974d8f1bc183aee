/* gor-vm-fast.h — the dispatch loop's fast paths for calls and returns
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only gor-vm.c includes this header: the macros work on the locals of
 * _gor_vm_run (g, fr, code, ip, stk, sp, locals).  A call fills its frame
 * in place when the goroutine's stack and frame array already have room,
 * as they have for every call but the first to a new depth (those go
 * through _gor_vm_push_frame, which grows them); a plain return copies its
 * results and reloads the caller's registers from its frame.  Neither
 * writes g->sp: like any other instruction they leave it to the next
 * scheduling point (SAVE), and a collection inside an instruction scans
 * the running goroutine's whole stack array.
 */
#pragma once

#include "gor-vm-private.h"

/* Enters @fn_, whose arguments are at stk[base_..], returning to
 * stk[ret_to_]. */
#define GOR_VM_ENTER(fn_, env_, base_, ret_to_)                                               \
  G_STMT_START                                                                                \
  {                                                                                           \
    GorFunc *efn_ = (fn_);                                                                    \
    guint32  ebase_ = (base_);                                                                \
                                                                                              \
    if (G_LIKELY (ebase_ + efn_->n_locals + efn_->max_stack + GOR_STACK_SLACK <= g->stack_cap \
                  && g->n_frames < g->frames_cap))                                            \
      {                                                                                       \
        fr->pc = (guint32) (ip - code);                                                       \
        fr = &g->frames[g->n_frames++];                                                       \
        fr->fn = efn_;                                                                        \
        fr->env = (env_);                                                                     \
        fr->defers = NULL;                                                                    \
        fr->pc = 0;                                                                           \
        fr->base = ebase_;                                                                    \
        fr->ret_to = (ret_to_);                                                               \
        fr->flags = 0;                                                                        \
        locals = stk + ebase_;                                                                \
        for (guint k_ = efn_->n_params; k_ < efn_->n_locals; k_++)                            \
          locals[k_].i = 0;                                                                   \
        sp = locals + efn_->n_locals;                                                         \
        code = (const GorInstr *) (gpointer) efn_->code->data;                                \
        ip = code;                                                                            \
      }                                                                                       \
    else                                                                                      \
      {                                                                                       \
        SAVE ();                                                                              \
        _gor_vm_push_frame (vm, g, efn_, (env_), ebase_, (ret_to_), 0);                       \
        LOAD ();                                                                              \
      }                                                                                       \
  }                                                                                           \
  G_STMT_END

/* Returns @n_ results to a caller in this goroutine from a frame that is
 * neither deferred nor fmt's, with no recovered panic pending; anything
 * else falls through to the general return. */
#define GOR_VM_RETURN_FAST(n_)                                                    \
  G_STMT_START                                                                    \
  {                                                                               \
    if (G_LIKELY (fr->flags == 0 && g->recovered_in_use == 0 && g->n_frames > 1)) \
      {                                                                           \
        GorValue *rdst_ = stk + fr->ret_to, *rsrc_ = sp - (n_);                   \
                                                                                  \
        /* the results go down the stack: a forward copy is safe */               \
        for (guint32 k_ = 0; k_ < (guint32) (n_); k_++)                           \
          rdst_[k_] = rsrc_[k_];                                                  \
        sp = rdst_ + (n_);                                                        \
        g->n_frames--;                                                            \
        fr--;                                                                     \
        code = (const GorInstr *) (gpointer) fr->fn->code->data;                  \
        ip = code + fr->pc;                                                       \
        locals = stk + fr->base;                                                  \
        NEXT ();                                                                  \
      }                                                                           \
  }                                                                               \
  G_STMT_END
