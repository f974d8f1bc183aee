/* gor-vm.c — the bytecode interpreter: runs one goroutine to its next scheduling point
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The dispatch loop keeps the goroutine's stack pointer, frame base and
 * instruction pointer in locals and writes them back only when it leaves
 * (a scheduling point, a call that grows the stack, a panic).  Blocking
 * operations park the goroutine with its pc already past the instruction:
 * whoever completes the operation writes the result into its stack.
 *
 * The loop only dispatches: channels, sync, fmt, strings, maps and each
 * library package (gor-lib-*.c) live in files of their own, and their
 * instructions here are calls; so do goroutine stacks, frames and deferred
 * calls (gor-frames.c).
 */

#include "config.h"

#include <math.h>
#include <string.h>

#include "gor-vm-private.h"
#include "gor-vm-fast.h"
#include "gor-map-private.h"

/* Go's limit is a 1 GB stack; a few million frames is ours. */
#define MAX_FRAMES 2000000
#define MAX_STACK_SLOTS (G_GUINT64_CONSTANT (64) << 20)

/* Every goroutine's stack together (vm->stacks_bytes): a hundred
 * goroutines recursing without end must meet a stack overflow before they
 * exhaust the machine. */
#define MAX_ALL_STACKS ((gsize) 4 << 30)

GorRunResult
_gor_vm_run (GorVM *vm, GorG *g, guint *budget)
{
  static const void *labels[] = {
#define GOR_OP_LABEL(n) &&op_##n,
    GOR_OPCODES (GOR_OP_LABEL)
#undef GOR_OP_LABEL
  };
  GorProgram     *prog = vm->program;
  GorValue       *consts = (GorValue *) (gpointer) prog->consts->data;
  GorFrame       *fr;
  const GorInstr *code, *ip;
  GorValue       *stk, *sp, *locals;
  GorInstr        in;
  const char     *panic_msg = NULL;
  GorIface       *perr = NULL;
  GorRunResult    result = GOR_RUN_YIELD;
  gsize           oom_bytes = 0;

#define LOAD()                                               \
  G_STMT_START                                               \
  {                                                          \
    fr = &g->frames[g->n_frames - 1];                        \
    code = (const GorInstr *) (gpointer) fr->fn->code->data; \
    ip = code + fr->pc;                                      \
    stk = g->stack;                                          \
    sp = stk + g->sp;                                        \
    locals = stk + fr->base;                                 \
  }                                                          \
  G_STMT_END
#define SAVE()                      \
  G_STMT_START                      \
  {                                 \
    fr->pc = (guint32) (ip - code); \
    g->sp = (guint32) (sp - stk);   \
  }                                 \
  G_STMT_END
#define NEXT()           \
  G_STMT_START           \
  {                      \
    in = *ip++;          \
    goto *labels[in.op]; \
  }                      \
  G_STMT_END
#define PUSH(v) (*sp++ = (v))
#define POP() (*--sp)
  /* A big allocation that brings the heap to the collector's trigger
   * collects first; one past the run's budget ends the run as Go ends one
   * that runs out of memory, not the process.  The quick test counts the
   * heap alone; the rest of the budget is checked once a time slice
   * (RUN_OUT). */
#define NEED(n_)                                                                           \
  G_STMT_START                                                                             \
  {                                                                                        \
    if (G_UNLIKELY (vm->heap.bytes + (gsize) (n_) >= vm->gc_next                           \
                    || (gsize) (n_) > vm->mem_limit - MIN (vm->heap.bytes, vm->mem_limit)) \
        && !_gor_gc_room (vm, g, (gsize) (n_)))                                            \
      {                                                                                    \
        oom_bytes = (gsize) (n_);                                                          \
        goto out_of_memory;                                                                \
      }                                                                                    \
  }                                                                                        \
  G_STMT_END
  /* The whole budget, once a time slice: goroutines, stacks, the trace and
   * the output count too. */
#define RUN_OUT() G_UNLIKELY (!_gor_gc_room (vm, g, 0))
  /* A go statement, every 64th: a goroutine and its first stack of
   * @slots_ slots (a goroutine bomb runs out of memory, not the machine). */
#define SPAWN_OUT(slots_)                \
  (G_UNLIKELY ((vm->next_gid & 63) == 0) \
   && !_gor_gc_room (vm, g, sizeof (GorG) + (gsize) (slots_) * sizeof (GorValue)))
#define TOP (sp[-1])
/* a runtime.Error; PANIC_PLAIN for the texts without "runtime error: " */
#define PANIC(...)                          \
  G_STMT_START                              \
  {                                         \
    perr = _gor_vm_error (vm, __VA_ARGS__); \
    goto do_panic;                          \
  }                                         \
  G_STMT_END
#define PANIC_PLAIN(...) PANIC (__VA_ARGS__)
/* A library package's instruction: the call works on the stack and
 * returns its new top, or sets perr to panic. */
#define LIB(call)                  \
  G_STMT_START                     \
  {                                \
    sp = (call);                   \
    if (G_UNLIKELY (perr != NULL)) \
      goto do_panic;               \
    NEXT ();                       \
  }                                \
  G_STMT_END
#define YIELD()           \
  G_STMT_START            \
  {                       \
    SAVE ();              \
    return GOR_RUN_YIELD; \
  }                       \
  G_STMT_END
#define BINOP(expr)       \
  G_STMT_START            \
  {                       \
    GorValue b_ = POP (); \
    GorValue a_ = TOP;    \
    (void) a_;            \
    (void) b_;            \
    expr;                 \
    NEXT ();              \
  }                       \
  G_STMT_END

  if (g->n_frames == 0)
    return GOR_RUN_EXIT;
  LOAD ();
  if (g->rare->pending_panic)
    {
      g_autofree char *msg = g_steal_pointer (&_gor_g_rare (g)->pending_panic);

      perr = _gor_vm_error (vm, "%s", msg);
      goto do_panic;
    }
  NEXT ();

op_NOP:
  NEXT ();
op_PUSH_INT:
  sp->i = in.a;
  sp++;
  NEXT ();
op_PUSH_K:
  PUSH (consts[in.a]);
  NEXT ();
op_PUSH_NIL:
  sp->i = 0;
  sp++;
  NEXT ();
op_POP:
  sp--;
  NEXT ();
op_DUP:
  sp[0] = sp[-1];
  sp++;
  NEXT ();
op_DUP2:
  sp[0] = sp[-2];
  sp[1] = sp[-1];
  sp += 2;
  NEXT ();
op_SWAP:
  {
    GorValue t = sp[-1];

    sp[-1] = sp[-2];
    sp[-2] = t;
    NEXT ();
  }
op_ROT3:
op_RECV_OK:
  NEXT ();
op_LOCAL:
  PUSH (locals[in.a]);
  NEXT ();
op_SET_LOCAL:
  locals[in.a] = POP ();
  NEXT ();
op_BOXED:
  PUSH (((GorBox *) locals[in.a].p)->v);
  NEXT ();
op_SET_BOXED:
  ((GorBox *) locals[in.a].p)->v = POP ();
  NEXT ();
op_UPVAL:
  PUSH (((GorBox *) fr->env->up[in.a].p)->v);
  NEXT ();
op_SET_UPVAL:
  ((GorBox *) fr->env->up[in.a].p)->v = POP ();
  NEXT ();
op_UPVAL_RAW:
  PUSH (fr->env->up[in.a]);
  NEXT ();
op_BOX_LOCAL:
  if (in.b == 1)
    locals[in.a].p = gor_box_new (&vm->heap, ((GorBox *) locals[in.a].p)->v);
  else
    locals[in.a].p = gor_box_new (&vm->heap, locals[in.a]);
  NEXT ();
op_GLOBAL:
  PUSH (vm->globals[in.a]);
  NEXT ();
op_SET_GLOBAL:
  vm->globals[in.a] = POP ();
  NEXT ();
op_INC_LOCAL:
  locals[in.a].i = (gint64) ((guint64) locals[in.a].i + (guint64) (gint64) (gint16) in.b);
  NEXT ();
op_ADD:
  BINOP (TOP.i = (gint64) ((guint64) a_.i + (guint64) b_.i));
op_SUB:
  BINOP (TOP.i = (gint64) ((guint64) a_.i - (guint64) b_.i));
op_MUL:
  BINOP (TOP.i = (gint64) ((guint64) a_.i * (guint64) b_.i));
op_DIV:
  {
    GorValue b = POP ();

    if (b.i == 0)
      PANIC ("runtime error: integer divide by zero");
    TOP.i = b.i == -1 ? (gint64) (0 - (guint64) TOP.i) : TOP.i / b.i;
    NEXT ();
  }
op_REM:
  {
    GorValue b = POP ();

    if (b.i == 0)
      PANIC ("runtime error: integer divide by zero");
    TOP.i = b.i == -1 ? 0 : TOP.i % b.i;
    NEXT ();
  }
op_UDIV:
  {
    GorValue b = POP ();

    if (b.u == 0)
      PANIC ("runtime error: integer divide by zero");
    TOP.u = TOP.u / b.u;
    NEXT ();
  }
op_UREM:
  {
    GorValue b = POP ();

    if (b.u == 0)
      PANIC ("runtime error: integer divide by zero");
    TOP.u = TOP.u % b.u;
    NEXT ();
  }
op_NEG:
  TOP.i = (gint64) (0 - TOP.u);
  NEXT ();
op_AND:
  BINOP (TOP.i = a_.i & b_.i);
op_OR:
  BINOP (TOP.i = a_.i | b_.i);
op_XOR:
  BINOP (TOP.i = a_.i ^ b_.i);
op_ANDNOT:
  BINOP (TOP.i = a_.i & ~b_.i);
op_SHL:
  {
    GorValue b = POP ();

    if (b.i < 0)
      PANIC ("runtime error: negative shift amount");
    TOP.u = b.i >= 64 ? 0 : TOP.u << b.i;
    NEXT ();
  }
op_SHR:
  {
    GorValue b = POP ();

    if (b.i < 0)
      PANIC ("runtime error: negative shift amount");
    TOP.i = b.i >= 64 ? (TOP.i < 0 ? -1 : 0) : TOP.i >> b.i;
    NEXT ();
  }
op_USHR:
  {
    GorValue b = POP ();

    if (b.i < 0)
      PANIC ("runtime error: negative shift amount");
    TOP.u = b.i >= 64 ? 0 : TOP.u >> b.i;
    NEXT ();
  }
op_BITNOT:
  TOP.i = ~TOP.i;
  NEXT ();
op_NOT:
  TOP.i = !TOP.i;
  NEXT ();
op_TRUNC:
  {
    int     bits = in.a;
    guint64 mask = (G_GUINT64_CONSTANT (1) << bits) - 1;
    guint64 v = TOP.u & mask;

    if (in.b && (v >> (bits - 1)) & 1)
      v |= ~mask;
    TOP.u = v;
    NEXT ();
  }
op_FADD:
  BINOP (TOP.f = a_.f + b_.f);
op_FSUB:
  BINOP (TOP.f = a_.f - b_.f);
op_FMUL:
  BINOP (TOP.f = a_.f * b_.f);
op_FDIV:
  BINOP (TOP.f = a_.f / b_.f);
op_FNEG:
  TOP.f = -TOP.f;
  NEXT ();
op_I2F:
  TOP.f = (double) TOP.i;
  NEXT ();
op_U2F:
  TOP.f = (double) TOP.u;
  NEXT ();
op_F2I:
  {
    double f = TOP.f;

    TOP.i = (isnan (f) || f >= 9.2233720368547758e18 || f < -9.2233720368547758e18) ? G_MININT64 : (gint64) f;
    NEXT ();
  }
op_EQ:
  BINOP (TOP.i = a_.i == b_.i);
op_NE:
  BINOP (TOP.i = a_.i != b_.i);
op_LT:
  BINOP (TOP.i = a_.i < b_.i);
op_LE:
  BINOP (TOP.i = a_.i <= b_.i);
op_GT:
  BINOP (TOP.i = a_.i > b_.i);
op_GE:
  BINOP (TOP.i = a_.i >= b_.i);
op_ULT:
  BINOP (TOP.i = a_.u < b_.u);
op_ULE:
  BINOP (TOP.i = a_.u <= b_.u);
op_UGT:
  BINOP (TOP.i = a_.u > b_.u);
op_UGE:
  BINOP (TOP.i = a_.u >= b_.u);
op_FEQ:
  BINOP (TOP.i = a_.f == b_.f);
op_FNE:
  BINOP (TOP.i = a_.f != b_.f);
op_FLT:
  BINOP (TOP.i = a_.f < b_.f);
op_FLE:
  BINOP (TOP.i = a_.f <= b_.f);
op_FGT:
  BINOP (TOP.i = a_.f > b_.f);
op_FGE:
  BINOP (TOP.i = a_.f >= b_.f);
op_SEQ:
  BINOP (TOP.i = gor_str_equal (a_.p, b_.p));
op_SNE:
  BINOP (TOP.i = !gor_str_equal (a_.p, b_.p));
op_SLT:
  BINOP (TOP.i = gor_str_compare (a_.p, b_.p) < 0);
op_SLE:
  BINOP (TOP.i = gor_str_compare (a_.p, b_.p) <= 0);
op_SGT:
  BINOP (TOP.i = gor_str_compare (a_.p, b_.p) > 0);
op_SGE:
  BINOP (TOP.i = gor_str_compare (a_.p, b_.p) >= 0);
op_SADD:
  NEED (gor_str_len (sp[-2].p) + gor_str_len (sp[-1].p));
  BINOP (TOP.p = gor_str_concat (&vm->heap, a_.p, b_.p));
op_VEQ:
  BINOP (TOP.i = _gor_value_equal (g_ptr_array_index (prog->type_refs, in.a), a_, b_));
op_VNE:
  BINOP (TOP.i = !_gor_value_equal (g_ptr_array_index (prog->type_refs, in.a), a_, b_));
op_IFACE_EQ:
  {
    GorValue  b = POP ();
    GorIface *x = TOP.p, *y = b.p;

    if (x && y && x->type == y->type && !gor_type_comparable (gor_type_under (x->type)))
      PANIC ("runtime error: comparing uncomparable type %s", gor_type_to_string (x->type));
    TOP.i = _gor_value_equal (gor_types_any (prog->types), TOP, b);
    NEXT ();
  }
op_JMP:
  /* a backward jump (to at most its own pc) ends the slice when it is up */
  if (code + in.a < ip && --*budget == 0)
    {
      if (RUN_OUT ())
        goto out_of_memory;
      ip = code + in.a;
      vm->slice_expired = TRUE;
      YIELD ();
    }
  ip = code + in.a;
  NEXT ();
op_JF:
  if (!POP ().i)
    ip = code + in.a;
  NEXT ();
op_JT:
  if (POP ().i)
    ip = code + in.a;
  NEXT ();
op_LT_LOCAL_JF:
  NEXT ();
#include "gor-vm-super.h"

op_CALL:
  {
    GorFunc *fn = g_ptr_array_index (prog->funcs, in.a);
    guint32  base = (guint32) (sp - stk) - fn->n_params;

    if (G_UNLIKELY (fn == NULL || g->n_frames >= MAX_FRAMES
                    || base + fn->n_locals + fn->max_stack > MAX_STACK_SLOTS
                    || vm->stacks_bytes > MAX_ALL_STACKS))
      goto stack_overflow;
    GOR_VM_ENTER (fn, NULL, base, base);
    if (--*budget == 0)
      {
        if (RUN_OUT ())
          goto out_of_memory;
        vm->slice_expired = TRUE;
        YIELD ();
      }
    NEXT ();
  }
op_CALL_CLOSURE:
  {
    GorClosure *cl = sp[-in.a - 1].p;
    guint32     base = (guint32) (sp - stk) - (guint32) in.a;

    if (cl == NULL)
      PANIC (GOR_NIL_DEREF);
    if (G_UNLIKELY (g->n_frames >= MAX_FRAMES || base + cl->fn->n_locals + cl->fn->max_stack > MAX_STACK_SLOTS
                    || vm->stacks_bytes > MAX_ALL_STACKS))
      goto stack_overflow;
    GOR_VM_ENTER (cl->fn, cl, base, base - 1);
    if (--*budget == 0)
      {
        if (RUN_OUT ())
          goto out_of_memory;
        vm->slice_expired = TRUE;
        YIELD ();
      }
    NEXT ();
  }
op_RET:
  GOR_VM_RETURN_FAST (in.a);
  {
    guint32 n = (guint32) in.a;
    guint32 dst = fr->ret_to;
    guint32 flags = fr->flags;

    if (g->rare->recovered_val && g->n_frames <= g->rare->recovered_depth)
      {
        /* the recovering call is over: the earlier panics are done with */
        _gor_g_set_recovered (g, NULL);
        g_clear_pointer (&_gor_g_rare (g)->panic_chain, g_ptr_array_unref);
      }
    g->n_frames--;
    if (G_UNLIKELY (flags & GOR_FRAME_FMT))
      _gor_fmt_call_returned (g);
    if (g->n_frames == 0)
      {
        memmove (stk, sp - n, n * sizeof (GorValue));
        g->sp = n;
        g->last_line = fr->fn->line;
        return GOR_RUN_EXIT;
      }
    if (flags & GOR_FRAME_DEFERRED)
      sp = stk + dst;
    else
      {
        memmove (stk + dst, sp - n, n * sizeof (GorValue));
        sp = stk + dst + n;
      }
    g->sp = (guint32) (sp - stk);
    LOAD ();
    NEXT ();
  }
op_CLOSURE:
  {
    GorFunc    *fn = g_ptr_array_index (prog->funcs, in.a);
    GorClosure *cl
        = gor_heap_alloc (&vm->heap, GOR_OBJ_CLOSURE, sizeof (GorClosure) + (gsize) in.b * sizeof (GorValue));

    cl->fn = fn;
    cl->n = in.b;
    sp -= in.b;
    memcpy (cl->up, sp, (gsize) in.b * sizeof (GorValue));
    sp->p = cl;
    sp++;
    NEXT ();
  }
op_GO:
  {
    GorFunc *fn = g_ptr_array_index (prog->funcs, in.a);
    GorG    *child;

    sp -= in.b;
    SAVE ();
    if (SPAWN_OUT (in.b + fn->n_locals + fn->max_stack + GOR_STACK_SLACK))
      {
        oom_bytes = sizeof (GorG);
        goto out_of_memory;
      }
    child = _gor_sched_spawn (vm, fn, NULL, sp, (guint) in.b, g, _gor_vm_g_line (g));
    _gor_vm_note (vm, GOR_EVENT_GO, child->id, 0, NULL, 0);
    return GOR_RUN_YIELD;
  }
op_GO_CLOSURE:
  {
    GorClosure *cl;
    GorG       *child;

    sp -= in.a;
    cl = sp[-1].p;
    if (cl == NULL)
      {
        SAVE ();
        g_free (vm->end_message);
        vm->end_message = g_strdup ("fatal error: go of nil func value");
        return GOR_RUN_FATAL;
      }
    SAVE ();
    if (SPAWN_OUT (in.a + cl->fn->n_locals + cl->fn->max_stack + GOR_STACK_SLACK))
      {
        oom_bytes = sizeof (GorG);
        goto out_of_memory;
      }
    child = _gor_sched_spawn (vm, cl->fn, cl, sp, (guint) in.a, g, _gor_vm_g_line (g));
    _gor_vm_note (vm, GOR_EVENT_GO, child->id, 0, NULL, 0);
    sp--;
    g->sp--;
    return GOR_RUN_YIELD;
  }
op_DEFER:
  {
    GorFunc  *fn = g_ptr_array_index (prog->funcs, in.a);
    GorDefer *d;

    sp -= in.b;
    d = _gor_vm_make_defer (fn, NULL, sp, (guint) in.b);
    d->next = fr->defers;
    fr->defers = d;
    NEXT ();
  }
op_DEFER_CLOSURE:
  {
    GorClosure *cl;
    GorDefer   *d;

    sp -= in.a;
    cl = sp[-1].p;
    /* a nil function panics when the deferred call runs, not here */
    d = _gor_vm_make_defer (cl ? cl->fn : NULL, cl, sp, (guint) in.a);
    sp--;
    d->next = fr->defers;
    fr->defers = d;
    NEXT ();
  }
op_RUN_DEFERS:
  if (fr->defers && fr->defers->fn == NULL)
    goto nil_defer;
  if (fr->defers)
    {
      ip--;
      sp = locals + fr->fn->n_locals;
      SAVE ();
      _gor_vm_call_next_defer (vm, g);
      LOAD ();
    }
  NEXT ();
op_UNWIND:
  if (g->panicking && fr->defers && fr->defers->fn == NULL)
    goto nil_defer;
  if (g->panicking)
    {
      ip--;
      sp = locals + fr->fn->n_locals;
      SAVE ();
      if (_gor_vm_call_next_defer (vm, g))
        {
          LOAD ();
          NEXT ();
        }
      /* no more defers here: the panic leaves this frame */
      g->n_frames--;
      if (G_UNLIKELY (g->rare->onces != NULL))
        _gor_once_unwind (vm, g);
      if (g->n_frames == 0)
        {
          g->last_line = g->blocked_line;
          return g->goexiting ? GOR_RUN_EXIT : GOR_RUN_PANIC;
        }
      /* fmt's catchPanic: the String method's panic is printed */
      if (G_UNLIKELY (fr->flags & GOR_FRAME_FMT_CATCH) && _gor_fmt_call_caught (vm, g, fr))
        {
          LOAD ();
          NEXT ();
        }
      fr = &g->frames[g->n_frames - 1];
      fr->pc = fr->fn->unwind_pc;
      g->sp = fr->base + fr->fn->n_locals;
      LOAD ();
      NEXT ();
    }
  /* recovered: return normally through the epilogue */
  if (in.a >= 0)
    {
      sp = locals + fr->fn->n_locals;
      ip = code + in.a;
      NEXT ();
    }
  {
    GorFunc *fn = fr->fn;

    /* a frame without defers has nothing to resume: return zero results */
    sp = locals + fn->n_locals;
    for (guint i = 0; i < fn->n_results; i++)
      sp++->i = 0;
    in.a = (gint32) fn->n_results;
    goto op_RET;
  }
op_PANIC:
  {
    GorValue v = POP ();

    if (v.p == NULL)
      {
        /* Go 1.19: panic(nil) panics with a nil value */
        perr = _gor_vm_error (vm, "nil");
        perr->type = g_ptr_array_index (prog->type_refs, 2); /* string */
        perr->v.p = NULL;
        perr->hdr.flags = 1;
      }
    else
      perr = v.p;
    goto do_panic;
  }
op_RECOVER:
  {
    GorValue v = { 0 };

    /* Only a function deferred by a panicking frame can recover. */
    if (g->panicking && !g->goexiting && (fr->flags & GOR_FRAME_DEFERRED) && g->n_frames >= 2
        && g->frames[g->n_frames - 2].pc == g->frames[g->n_frames - 2].fn->unwind_pc)
      {
        v.p = g->rare->panic_val;
        if (g->rare->panic_val && (g->rare->panic_val->hdr.flags & 1))
          v.p = NULL;
        /* printed as "[recovered]" if this deferred call panics again */
        _gor_g_set_recovered (g, g->rare->panic_val);
        _gor_g_rare (g)->recovered_depth = g->n_frames;
        g->panicking = FALSE;
        _gor_g_rare (g)->panic_val = NULL;
        /* the panics it replaced are still printed if this deferred call
         * panics again */
      }
    PUSH (v);
    NEXT ();
  }

op_MAKE_SLICE:
  {
    gint64    cap = in.b ? POP ().i : TOP.i;
    GorSlice *made = _gor_slice_make (vm, g_ptr_array_index (prog->type_refs, in.a), TOP.i, cap, in.b, &perr,
                                      &oom_bytes);

    if (G_UNLIKELY (made == NULL))
      {
        if (perr)
          goto do_panic;
        goto out_of_memory;
      }
    TOP.p = made;
    NEXT ();
  }
op_SLICE_LIT:
  {
    GorArray *arr = gor_array_new_kind (&vm->heap, (gsize) in.a, (GorArrayKind) in.b);

    sp -= in.a;
    gor_array_fill (arr, sp, (gsize) in.a);
    sp->p = gor_slice_new (&vm->heap, arr, 0, in.a, in.a);
    sp++;
    NEXT ();
  }
op_INDEX:
  {
    gint64    i = POP ().i;
    GorSlice *s = TOP.p;
    gint64    len = gor_slice_len (s);

    if (i < 0 || i >= len)
      PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT, i,
             len);
    TOP = gor_slice_get (s, i);
    NEXT ();
  }
op_SET_INDEX:
  {
    GorValue  v = POP ();
    gint64    i = POP ().i;
    GorSlice *s = POP ().p;
    gint64    len = gor_slice_len (s);

    if (i < 0 || i >= len)
      PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT, i,
             len);
    gor_slice_set (s, i, v);
    NEXT ();
  }
op_SLICE:
  {
    gint64    lo = 0, hi = 0, max = 0;
    GorSlice *s;

    if (in.b & 4)
      max = POP ().i;
    if (in.b & 2)
      hi = POP ().i;
    if (in.b & 1)
      lo = POP ().i;
    s = TOP.p;
    if (!_gor_slice_bounds (vm, in.b, s ? s->cap : 0, gor_slice_len (s), &lo, &hi, &max, &perr))
      goto do_panic;
    if (s == NULL)
      TOP.p = NULL;
    else
      TOP.p = gor_slice_new (&vm->heap, s->arr, s->off + lo, hi - lo, max - lo);
    NEXT ();
  }
op_STR_SLICE:
  {
    gint64  lo, hi;
    GorStr *s;
    gint64  len;

    hi = (in.b & 2) ? POP ().i : 0;
    lo = (in.b & 1) ? POP ().i : 0;
    s = TOP.p;
    len = (gint64) gor_str_len (s);
    if (!_gor_slice_bounds (vm, in.b | 8, len, len, &lo, &hi, NULL, &perr))
      goto do_panic;
    TOP.p = gor_str_sub (&vm->heap, s, (gsize) lo, (gsize) hi);
    NEXT ();
  }
op_LEN:
  switch (in.b)
    {
    case 0: TOP.i = gor_slice_len (TOP.p); break;
    case 1: TOP.i = (gint64) gor_str_len (TOP.p); break;
    case 2: TOP.i = _gor_chan_go_len (TOP.p); break;
    default: TOP.i = _gor_map_len (TOP.p); break;
    }
  NEXT ();
op_CAP:
  if (in.b == 0)
    TOP.i = TOP.p ? ((GorSlice *) TOP.p)->cap : 0;
  else
    TOP.i = _gor_chan_go_cap (TOP.p);
  NEXT ();
op_APPEND:
  sp -= in.a;
  TOP.p = _gor_slice_append (vm, TOP.p, sp, in.a, in.b, &oom_bytes);
  if (G_UNLIKELY (TOP.p == NULL))
    goto out_of_memory;
  NEXT ();
op_APPEND_SLICE:
  {
    GorSlice *t = POP ().p;
    gint64    n = gor_slice_len (t);

    if (n == 0)
      NEXT ();
    TOP.p = _gor_slice_append_slice (vm, TOP.p, t, in.b, &oom_bytes);
    if (G_UNLIKELY (TOP.p == NULL))
      goto out_of_memory;
    NEXT ();
  }
op_STR_INDEX:
  {
    gint64  i = POP ().i;
    GorStr *s = TOP.p;
    gint64  len = (gint64) gor_str_len (s);

    if (i < 0 || i >= len)
      PANIC ("runtime error: index out of range [%" G_GINT64_FORMAT "] with length %" G_GINT64_FORMAT, i,
             len);
    TOP.i = (guchar) gor_str_data (s)[i];
    NEXT ();
  }
op_STR_LEN:
  TOP.i = (gint64) gor_str_len (TOP.p);
  NEXT ();
op_COPY:
  {
    GorSlice *src = POP ().p;
    GorSlice *dst = TOP.p;
    gint64    n = MIN (gor_slice_len (src), gor_slice_len (dst));

    if (n > 0)
      gor_array_move (dst->arr, (gsize) dst->off, src->arr, (gsize) src->off, (gsize) n);
    TOP.i = n;
    NEXT ();
  }
op_RANGE_STR:
  {
    gint64      i = sp[-1].i;
    GorStr     *s = sp[-2].p;
    const char *p = gor_str_data (s) + i;
    gsize       left = gor_str_len (s) - (gsize) i;
    gunichar    ch = g_utf8_get_char_validated (p, (gssize) left);
    gint64      w;

    if (ch == (gunichar) -1 || ch == (gunichar) -2)
      {
        ch = 0xFFFD;
        w = 1;
      }
    else
      w = g_utf8_next_char (p) - p;
    sp[-2].i = ch;
    sp[-1].i = i + w;
    NEXT ();
  }
op_CONV_STR_BYTES:
  TOP.p = _gor_str_to_bytes (vm, TOP.p);
  NEXT ();
op_CONV_BYTES_STR:
  TOP.p = _gor_str_from_slice (vm, TOP.p, in.a != 0);
  NEXT ();
op_CONV_RUNE_STR:
  TOP.p = _gor_str_from_rune (vm, TOP.i);
  NEXT ();
op_CONV_STR_RUNES:
  TOP.p = _gor_str_to_runes (vm, TOP.p);
  NEXT ();

op_NEW_STRUCT:
op_ZERO:
  PUSH (_gor_value_zero (vm, g_ptr_array_index (prog->type_refs, in.a)));
  NEXT ();
op_FIELD:
  {
    GorStruct *s = TOP.p;

    if (s == NULL)
      PANIC (GOR_NIL_DEREF);
    TOP = s->f[in.a];
    NEXT ();
  }
op_SET_FIELD:
  {
    GorValue   v = POP ();
    GorStruct *s = POP ().p;

    if (s == NULL)
      PANIC (GOR_NIL_DEREF);
    s->f[in.a] = v;
    NEXT ();
  }
op_CLONE:
  TOP = _gor_value_clone (vm, gor_type_under (g_ptr_array_index (prog->type_refs, in.a)), TOP);
  NEXT ();
op_NEW_BOX:
  TOP.p = gor_box_new (&vm->heap, TOP);
  NEXT ();
op_LOAD_PTR:
  if (TOP.p == NULL)
    PANIC (GOR_NIL_DEREF);
  if (in.a == 0)
    TOP = gor_ptr_load (TOP.p);
  NEXT ();
op_STORE_PTR:
  {
    GorValue v = POP ();
    GorValue p = POP ();

    if (p.p == NULL)
      PANIC (GOR_NIL_DEREF);
    if (in.a == 0)
      gor_ptr_store (p.p, v);
    else
      {
        /* *p = v for a struct: copy the fields into the object */
        GorType *t = gor_type_under (g_ptr_array_index (prog->type_refs, in.a - 1));

        if (t->kind == GOR_TYPE_STRUCT)
          {
            GorStruct *d = p.p, *s = v.p;

            memcpy (d->f, s->f, d->n * sizeof (GorValue));
          }
        else if (t->kind == GOR_TYPE_MUTEX || t->kind == GOR_TYPE_RWMUTEX)
          ((GorMutex *) p.p)->state = ((GorMutex *) v.p)->state;
        else if (t->kind == GOR_TYPE_WAITGROUP)
          ((GorWaitGroup *) p.p)->counter = ((GorWaitGroup *) v.p)->counter;
      }
    NEXT ();
  }
op_IFACE:
  TOP.p = gor_iface_new (&vm->heap, g_ptr_array_index (prog->type_refs, in.a), TOP);
  NEXT ();
op_ASSERT:
  {
    GorType  *to = g_ptr_array_index (prog->type_refs, in.a);
    GorIface *x = TOP.p;
    gboolean  to_iface = gor_type_under (to)->kind == GOR_TYPE_INTERFACE;
    gboolean  ok = x != NULL && (to_iface ? _gor_type_implements (x->type, to) : x->type == to);

    /* b: 1 with ok, else 0 or 2 + the type_ref of x's static type */
    if (in.b == 1)
      {
        if (to_iface)
          TOP.p = ok ? x : NULL;
        else
          TOP = ok ? x->v : _gor_value_zero (vm, gor_type_under (to));
        sp->i = ok;
        sp++;
        NEXT ();
      }
    if (!ok)
      {
        perr = _gor_type_assert_error (vm, x,
                                       in.b >= 2 ? g_ptr_array_index (prog->type_refs, in.b - 2) : NULL, to);
        goto do_panic;
      }
    if (!to_iface)
      TOP = x->v;
    NEXT ();
  }
op_CALL_IFACE:
  {
    GorIface     *x;
    const GorStr *name = consts[in.a].p;
    GorMethod    *m;
    gboolean      deref;

    /* a joinError's Error() coming back from one of its errors' methods */
    if (G_UNLIKELY (g->rare->fmt_calls != NULL) && _gor_fmt_call_resuming (g, (guint32) (ip - code)))
      goto join_error_text;
    x = sp[-in.b - 1].p;
    if (x == NULL)
      PANIC (GOR_NIL_DEREF);
    m = _gor_type_find_method (x->type, name->data, &deref);
    if (m == NULL)
      PANIC ("runtime error: method %s not found", name->data);
    if (m->func <= GOR_METHOD_LOCK)
      {
        /* a sync.Locker's method: Lock and Unlock take no arguments */
        GorMutex *mu = x->v.p;
        gboolean  read = m->func == GOR_METHOD_RLOCK || m->func == GOR_METHOD_RUNLOCK;

        if (mu == NULL)
          PANIC (GOR_NIL_DEREF);
        sp--;
        SAVE ();
        if (m->func == GOR_METHOD_UNLOCK || m->func == GOR_METHOD_RUNLOCK)
          {
            if (_gor_mutex_unlock (vm, mu, read))
              goto sync_done;
            return _gor_sync_unlock_fatal (vm, mu, read);
          }
        if (_gor_mutex_lock (vm, g, mu, read))
          goto sync_done;
        if (mu->hdr.flags != 1)
          {
            /* a Mutex waiter runs this call again when it is woken */
            fr->pc = (guint32) (ip - code - 1);
            g->sp = (guint32) (sp - stk) + 1;
          }
        return GOR_RUN_BLOCKED;
      }
    if (m->func < 0)
      {
        /* the built-in error types: Error() is their text; a joinError's
         * calls its errors' Error methods, in this goroutine as fmt does
         * (the instruction runs again after each) */
        sp -= in.b;
        if (_gor_error_text (vm, x) == NULL && vm->fmt_active == NULL)
          goto join_error_text;
        TOP.p = _gor_error_string (vm, x);
        NEXT ();
      }
    sp[-in.b - 1] = x->v;
    if (deref)
      {
        if (x->v.p == NULL)
          PANIC (GOR_NIL_DEREF);
        sp[-in.b - 1] = gor_ptr_load (x->v.p);
      }
    {
      GorFunc *fn = g_ptr_array_index (prog->funcs, m->func);
      guint32  base = (guint32) (sp - stk) - fn->n_params;

      SAVE ();
      _gor_vm_push_frame (vm, g, fn, NULL, base, base, 0);
      LOAD ();
    }
    NEXT ();
  }
op_MAKE_MAP:
  PUSH (_gor_map_new (vm, g_ptr_array_index (prog->type_refs, in.a)));
  NEXT ();
op_MAP_GET:
  {
    GorValue k = POP ();

    TOP = _gor_map_get (vm, TOP.p, g_ptr_array_index (prog->type_refs, in.a), k, NULL);
    NEXT ();
  }
op_MAP_GET_OK:
  {
    gboolean ok;
    GorValue k = sp[-1];

    sp[-2] = _gor_map_get (vm, sp[-2].p, g_ptr_array_index (prog->type_refs, in.a), k, &ok);
    sp[-1].i = ok;
    NEXT ();
  }
op_MAP_SET:
  {
    GorValue v = POP ();
    GorValue k = POP ();
    GorValue m = POP ();

    if (m.p == NULL)
      PANIC_PLAIN ("assignment to entry in nil map");
    _gor_map_set (vm, m.p, k, v);
    NEXT ();
  }
op_MAP_DELETE:
  {
    GorValue k = POP ();
    GorValue m = POP ();

    _gor_map_delete (m.p, k);
    NEXT ();
  }
op_MAP_LEN:
  TOP.i = _gor_map_len (TOP.p);
  NEXT ();
op_MAP_ITER:
  TOP.p = _gor_map_iter (vm, TOP.p);
  NEXT ();
op_MAP_NEXT:
  {
    GorValue k, v;
    gboolean ok = _gor_map_next (TOP.p, &k, &v);

    TOP = k;
    PUSH (v);
    sp->i = ok;
    sp++;
    NEXT ();
  }

op_MAKE_CHAN:
  {
    GorType *ct = g_ptr_array_index (prog->type_refs, in.a);
    gint64   cap = in.b ? POP ().i : 0;

    if (cap < 0 || cap > (G_GINT64_CONSTANT (1) << 28))
      PANIC ("runtime error: makechan: size out of range");
    sp->p = _gor_chan_new (vm, gor_type_under (ct)->elem, cap);
    sp++;
    NEXT ();
  }
#include "gor-vm-chan.h"
op_LOCK:
op_RLOCK:
  {
    GorMutex *m = POP ().p;

    if (m == NULL)
      PANIC (GOR_NIL_DEREF);
    if (in.a)
      {
        /* TryLock / TryRLock: never waits */
        sp->i = _gor_mutex_try_lock (m, in.op == GOR_OP_RLOCK);
        sp++;
        NEXT ();
      }
    if (_gor_mutex_lock (vm, g, m, in.op == GOR_OP_RLOCK))
      goto sync_done;
    SAVE ();
    if (m->hdr.flags != 1)
      {
        /* a Mutex waiter runs this Lock again when it is woken */
        fr->pc = (guint32) (ip - code - 1);
        g->sp = (guint32) (sp - stk) + 1;
      }
    return GOR_RUN_BLOCKED;
  }
op_UNLOCK:
op_RUNLOCK:
  {
    GorMutex *m = POP ().p;

    if (m == NULL)
      PANIC (GOR_NIL_DEREF);
    if (_gor_mutex_unlock (vm, m, in.op == GOR_OP_RUNLOCK))
      goto sync_done;
    SAVE ();
    return _gor_sync_unlock_fatal (vm, m, in.op == GOR_OP_RUNLOCK);
  }
sync_done: /* did not block: on into the next step when it would be this one's */
  if (_gor_sched_go_on (vm, g, ip, sp))
    NEXT ();
  SAVE ();
  return GOR_RUN_YIELD;
op_WG_ADD:
  {
    gint64        d = POP ().i;
    GorWaitGroup *wg = POP ().p;

    if (wg == NULL)
      PANIC (GOR_NIL_DEREF);
    SAVE ();
    if (!_gor_wg_add (vm, wg, d))
      PANIC_PLAIN ("sync: negative WaitGroup counter");
    return GOR_RUN_YIELD;
  }
op_WG_WAIT:
  {
    GorWaitGroup *wg = POP ().p;

    if (wg == NULL)
      PANIC (GOR_NIL_DEREF);
    SAVE ();
    return _gor_wg_wait (vm, g, wg) ? GOR_RUN_YIELD : GOR_RUN_BLOCKED;
  }
op_ONCE_DO:
  {
    GorBox *once = sp[-2].p;
    int     run;

    if (once == NULL)
      PANIC (GOR_NIL_DEREF);
    SAVE ();
    run = _gor_once_begin (vm, g, once);
    if (run < 0)
      {
        /* it runs this Do again when f has returned */
        fr->pc = (guint32) (ip - code - 1);
        return GOR_RUN_BLOCKED;
      }
    if (run == 0)
      {
        sp -= 2;
        ip = code + in.a;
      }
    NEXT ();
  }
op_ONCE_END:
  sp--;
  _gor_once_end (vm, g);
  NEXT ();
op_SLEEP:
  {
    gint64 ns = POP ().i;

    SAVE ();
    _gor_vm_note (vm, GOR_EVENT_SLEEP, 0, ns > 0 ? GOR_EVENT_BLOCKED : 0, NULL, 0);
    if (vm->record && vm->current)
      gor_step_event_set_value (&vm->ev, GOR_EVENT_VALUE_INT, ns);
    if (ns <= 0)
      return GOR_RUN_YIELD;
    _gor_sched_sleep (vm, g, ns);
    return GOR_RUN_SLEEP;
  }
op_GOSCHED:
  vm->gosched = TRUE;
  _gor_vm_note (vm, GOR_EVENT_GOSCHED, 0, 0, NULL, 0);
  YIELD ();
op_GOEXIT:
  /* Unwinds through the deferred calls like a panic that recover does not
   * see, then the goroutine ends. */
  g->goexiting = TRUE;
  g->panicking = TRUE;
  _gor_g_rare (g)->panic_val = NULL;
  fr->pc = fr->fn->unwind_pc;
  g->sp = (guint32) (sp - stk);
  LOAD ();
  NEXT ();
op_NUMG:
  sp->i = vm->n_live;
  sp++;
  NEXT ();
op_NOW:
  sp->i = _gor_sched_now (vm);
  sp++;
  NEXT ();
op_AFTER:
  LIB (_gor_lib_time_after (vm, in.a, in.b, sp, &perr));
op_PRINT:
  {
    GorPrintSpec *spec = g_ptr_array_index (prog->print_specs, in.a);
    g_autoptr (GString) out = g_string_new (NULL);

    SAVE ();
    if (_gor_fmt_step (vm, g, spec, out) == GOR_FMT_CALL)
      goto fmt_call;
    sp = stk + g->sp;
    if (G_UNLIKELY (vm->method_repanic != NULL || vm->method_overflow))
      goto fmt_repanic;
    _gor_sched_output (vm, g, out->str, out->len,
                       spec->kind == GOR_PRINT_BUILTIN_PRINT || spec->kind == GOR_PRINT_BUILTIN_PRINTLN);
    return GOR_RUN_YIELD;
  }
op_SPRINT:
op_ERRORF:
  {
    GorPrintSpec *spec = g_ptr_array_index (prog->print_specs, in.a);
    /* No g_autoptr here: NEXT() leaves the block by a computed goto, which
     * skips cleanup handlers. */
    GString *out = g_string_new (NULL);
    GorValue v;

    GPtrArray *wrapped = in.op == GOR_OP_ERRORF ? g_ptr_array_new () : NULL;
    GorFmtStep step;

    SAVE ();
    vm->errorf_wrapped = wrapped;
    step = _gor_fmt_step (vm, g, spec, out);
    vm->errorf_wrapped = NULL;
    if (step == GOR_FMT_CALL)
      {
        g_string_free (out, TRUE);
        if (wrapped)
          g_ptr_array_unref (wrapped);
        goto fmt_call;
      }
    sp = stk + g->sp;
    v.p = gor_str_new (&vm->heap, out->str, out->len);
    g_string_free (out, TRUE);
    if (wrapped)
      {
        v.p = _gor_errorf_result (vm, v.p, wrapped);
        g_ptr_array_unref (wrapped);
      }
    if (G_UNLIKELY (vm->method_repanic != NULL || vm->method_overflow))
      goto fmt_repanic;
    PUSH (v);
    NEXT ();
  }
op_ERRORS_NEW:
  TOP.p = gor_iface_new (&vm->heap, g_ptr_array_index (prog->type_refs, 0), TOP);
  NEXT ();
op_ERROR_STR:
  NEXT ();
op_ITOA:
op_ATOI:
op_MATHLIB:
  LIB (_gor_lib_call (vm, (GorOp) in.op, in.a, in.b, sp, &perr));
op_STRINGS:
  sp = _gor_vm_strings (vm, in.a, sp, &perr, &oom_bytes);
  if (G_UNLIKELY (oom_bytes != 0))
    goto out_of_memory;
  LIB (sp);
op_ATOMIC:
op_ADDR:
  LIB ((in.op == GOR_OP_ATOMIC ? _gor_lib_atomic : _gor_lib_addr) (vm, in.a, in.b, sp, &perr));
op_EXIT:
  vm->exit_status = (int) POP ().i;
  SAVE ();
  return GOR_RUN_OS_EXIT;
op_CTX:
  LIB (_gor_lib_context (vm, in.a, in.b, sp, &perr));
op_RAND:
  LIB (_gor_lib_rand (vm, in.a, in.b, sp, &perr));
op_TIMER:
  LIB (_gor_lib_timer (vm, in.a, in.b, sp, &perr));
op_COND: /* sync.Cond: a = 0 NewCond (L → *Cond), 1 Wait, 2 Signal, 3 Broadcast */
  if (in.a == 0)
    {
      TOP.p = _gor_cond_new (vm, TOP);
      NEXT ();
    }
  {
    GorStruct *cv = POP ().p;

    if (cv == NULL || (in.a == 1 && cv->f[0].p == NULL))
      PANIC (GOR_NIL_DEREF);
    SAVE ();
    if (in.a == 1)
      return _gor_cond_wait (vm, g, cv);
    _gor_cond_signal (vm, cv, in.a != 2);
    return GOR_RUN_YIELD;
  }
op_SORT:
op_ERRORS:
  if (in.a == 2)
    LIB (_gor_lib_errors (vm, in.a, in.b, sp, &perr));
  SAVE ();
  if (_gor_lib_errors_step (vm, g, in.a, in.b, &perr) == GOR_FMT_CALL)
    goto fmt_call;
  LIB (stk + g->sp);
op_FATAL:
  SAVE ();
  return GOR_RUN_FATAL;

out_of_memory:
  SAVE ();
  g_free (vm->end_message);
  vm->end_message = _gor_gc_oom_message (vm, oom_bytes);
  return GOR_RUN_FATAL;

join_error_text:
  {
    GorValue v;

    SAVE ();
    if (!_gor_error_join_text (vm, g, &v))
      goto fmt_call;
    sp = stk + g->sp;
    if (G_UNLIKELY (vm->method_repanic != NULL || vm->method_overflow))
      goto fmt_repanic;
    PUSH (v);
    NEXT ();
  }
fmt_call:
  {
    /* a String or Error method runs first, as a call of this goroutine;
     * the instruction runs again when it returns (gor-fmt-call.c) */
    guint32  flags;
    GorFunc *fn = _gor_fmt_call_target (vm, g, &flags);
    guint32  base = g->sp;

    if (G_UNLIKELY (fn == NULL || g->n_frames >= MAX_FRAMES
                    || base + fn->n_locals + fn->max_stack > MAX_STACK_SLOTS
                    || vm->stacks_bytes > MAX_ALL_STACKS))
      goto stack_overflow;
    fr->pc--;
    _gor_vm_push_frame (vm, g, fn, _gor_fmt_call_env (g), base, base, flags);
    LOAD ();
    if (--*budget == 0)
      {
        vm->slice_expired = TRUE;
        YIELD ();
      }
    NEXT ();
  }

fmt_repanic:
  /* a panic while fmt printed a method's panic goes on up, as in Go */
  if ((perr = g_steal_pointer (&vm->method_repanic)) != NULL)
    goto do_panic;
stack_overflow:
  SAVE ();
  g_free (vm->end_message);
  vm->end_message = g_strdup ("runtime: goroutine stack exceeds 1000000000-byte limit\n"
                              "fatal error: stack overflow");
  return GOR_RUN_FATAL;

nil_defer:
  {
    GorDefer *d = fr->defers;

    fr->defers = d->next;
    g_free (d);
    PANIC (GOR_NIL_DEREF);
  }

do_panic:
  /* Start (or replace) the panic and unwind to the frame's defers. */
  g->blocked_line = _gor_vm_g_line (g);
  {
    guint32 pc = (guint32) (ip - code);

    fr->pc = pc;
    g->blocked_line = pc > 0 && pc - 1 < fr->fn->lines->len ? g_array_index (fr->fn->lines, guint32, pc - 1)
                                                            : fr->fn->line;
  }
  if (g->goexiting)
    {
      /* a panic in a call deferred before Goexit replaces it */
      g->goexiting = FALSE;
      g->panicking = FALSE;
    }
  if (g->panicking || g->rare->recovered_val)
    {
      if (g->rare->panic_chain == NULL)
        _gor_g_rare (g)->panic_chain = g_ptr_array_new ();
      if (!g->panicking)
        {
          g->rare->recovered_val->hdr.flags |= 2; /* [recovered] */
          g_ptr_array_add (g->rare->panic_chain, g->rare->recovered_val);
          _gor_g_set_recovered (g, NULL);
        }
      else
        g_ptr_array_add (g->rare->panic_chain, g->rare->panic_val);
    }
  g->panicking = TRUE;
  _gor_g_rare (g)->panic_val = perr;
  perr = NULL;
  fr->pc = fr->fn->unwind_pc;
  g->sp = (guint32) (sp - stk);
  LOAD ();
  NEXT ();

  (void) result;
}
