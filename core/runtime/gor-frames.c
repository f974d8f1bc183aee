/* gor-frames.c — a goroutine's stack, its frames and its deferred calls
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A goroutine's values live in one array (each frame's locals, then its
 * operand stack); its frames in another, the first of which lives in the
 * goroutine itself, as most goroutines never call.  Both count against
 * the VM's budget for all stacks together.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

G_GNUC_INTERNAL const GorGRare _gor_g_rare_none;

/* Out of line: the dispatch loop's code stays small. */
GorGRare *
_gor_g_rare_new (GorG *g)
{
  GorGRare *rare = g_new0 (GorGRare, 1);

  g->rare = rare;
  return rare;
}

void
_gor_vm_ensure_stack (GorVM *vm, GorG *g, guint32 need)
{
  if (need <= g->stack_cap)
    return;
  {
    guint32 cap = g->stack_cap == 0 ? need : MAX (g->stack_cap * 2, need + 16);

    vm->stacks_bytes += (gsize) (cap - g->stack_cap) * sizeof (GorValue);
    if (g->stack == g->stack0)
      {
        /* out of the goroutine's own first stack: its room there stays unused */
        g->stack = g_new (GorValue, cap);
        memcpy (g->stack, g->stack0, g->stack_cap * sizeof (GorValue));
      }
    else
      g->stack = g_renew (GorValue, g->stack, cap);
    memset (g->stack + g->stack_cap, 0, (cap - g->stack_cap) * sizeof (GorValue));
    g->stack_cap = cap;
  }
}

/* Pushes a frame whose arguments are already at stack[base..]. */
void
_gor_vm_push_frame (GorVM *vm, GorG *g, GorFunc *fn, GorClosure *env, guint32 base, guint32 ret_to,
                    guint32 flags)
{
  GorFrame *fr;

  _gor_vm_ensure_stack (vm, g, base + fn->n_locals + fn->max_stack + GOR_STACK_SLACK);
  if (fn->n_locals > fn->n_params)
    memset (g->stack + base + fn->n_params, 0, (fn->n_locals - fn->n_params) * sizeof (GorValue));
  if (g->n_frames == g->frames_cap)
    {
      if (g->frames == NULL)
        {
          /* most goroutines never call: their one frame lives in the struct */
          g->frames = &g->frame0;
          g->frames_cap = 1;
        }
      else
        {
          guint32   cap = MAX (4, g->frames_cap * 2);
          GorFrame *frames = g_new (GorFrame, cap);

          vm->stacks_bytes += (gsize) (cap - g->frames_cap) * sizeof (GorFrame);
          memcpy (frames, g->frames, g->n_frames * sizeof (GorFrame));
          if (g->frames != &g->frame0)
            g_free (g->frames);
          g->frames = frames;
          g->frames_cap = cap;
        }
    }
  fr = &g->frames[g->n_frames++];
  fr->fn = fn;
  fr->env = env;
  fr->defers = NULL;
  fr->pc = 0;
  fr->base = base;
  fr->ret_to = ret_to;
  fr->flags = flags;
  g->sp = base + fn->n_locals;
}

guint32
_gor_vm_g_line (GorG *g)
{
  if (g->n_frames == 0)
    return g->last_line;
  /* the library's functions written in Go (io.ReadAll, a pipe's Read)
   * have no lines of the program's: their caller's line stands for them */
  for (guint k = g->n_frames; k-- > 0;)
    {
      GorFrame *fr = &g->frames[k];
      guint32   pc = fr->pc > 0 ? fr->pc - 1 : 0;
      guint32   line = pc < fr->fn->lines->len ? g_array_index (fr->fn->lines, guint32, pc) : fr->fn->line;

      if (line != 0 || k == 0)
        return line;
    }
  return 0;
}

GorDefer *
_gor_vm_make_defer (GorFunc *fn, GorClosure *env, GorValue *args, guint n)
{
  GorDefer *d = g_malloc (sizeof (GorDefer) + n * sizeof (GorValue));

  d->next = NULL;
  d->fn = fn;
  d->env = env;
  d->n_args = n;
  memcpy (d->args, args, n * sizeof (GorValue));
  return d;
}

/* Calls the frame's next deferred function; FALSE when there is none. */
gboolean
_gor_vm_call_next_defer (GorVM *vm, GorG *g)
{
  GorFrame *fr = &g->frames[g->n_frames - 1];
  GorDefer *d = fr->defers;
  guint32   base;

  if (d == NULL)
    return FALSE;
  fr->defers = d->next;
  base = fr->base + fr->fn->n_locals;
  _gor_vm_ensure_stack (vm, g, base + d->n_args + d->fn->n_locals + d->fn->max_stack + GOR_STACK_SLACK);
  memcpy (g->stack + base, d->args, d->n_args * sizeof (GorValue));
  _gor_vm_push_frame (vm, g, d->fn, d->env, base, base, GOR_FRAME_DEFERRED);
  g_free (d);
  return TRUE;
}

void
_gor_vm_start (GorVM *vm, GorG *g, GorFunc *fn, GorClosure *env, GorValue *args, guint n)
{
  /* the arguments are its first locals */
  _gor_vm_ensure_stack (vm, g, MAX (n, fn->n_locals) + fn->max_stack + GOR_STACK_SLACK);
  if (n)
    memcpy (g->stack, args, n * sizeof (GorValue));
  _gor_vm_push_frame (vm, g, fn, env, 0, 0, 0);
}

void
_gor_vm_free_g (GorVM *vm, GorG *g)
{
  for (guint i = 0; i < g->n_frames; i++)
    {
      GorDefer *d = g->frames[i].defers;

      while (d)
        {
          GorDefer *next = d->next;

          g_free (d);
          d = next;
        }
    }
  vm->stacks_bytes -= MIN (vm->stacks_bytes, (gsize) g->stack_cap * sizeof (GorValue));
  if (g->frames != &g->frame0)
    vm->stacks_bytes -= MIN (vm->stacks_bytes, (gsize) (g->frames_cap - 1) * sizeof (GorFrame));
  if (g->stack != g->stack0)
    g_free (g->stack);
  if (g->frames != &g->frame0)
    g_free (g->frames);
  g_free (g->sel);
  if (g->rare != &_gor_g_rare_none)
    {
      GorGRare *rare = _gor_g_rare (g);

      g_free (rare->pending_panic);
      _gor_fmt_calls_free (g);
      _gor_panic_print_free (g);
      g_clear_pointer (&rare->panic_chain, g_ptr_array_unref);
      if (rare->onces)
        g_array_unref (rare->onces);
      g_free (rare);
    }
  g_free (g);
}
