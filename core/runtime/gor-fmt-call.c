/* gor-fmt-call.c — fmt's calls of String and Error methods, as ordinary
 * calls of the goroutine that formats
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A String method is Go code: it may loop, sleep, block, call os.Exit,
 * panic or recurse without end, and all of that must happen in the
 * goroutine that formats, under the scheduler and its limits.  fmt itself
 * is C, written as one recursive walk over the value; turning that walk
 * into a resumable state machine would mean rewriting all of it.  Instead
 * the fmt instruction is replayed: a formatting pass asks for the
 * methods' results in order; when it meets a method whose result it does
 * not have yet, the pass is thrown away, the instruction pushes a frame
 * for that method (GOR_FRAME_FMT) and is run again once the method has
 * returned.  The results wait on the goroutine's operand stack, above the
 * instruction's arguments, where the collector and the stack's own limits
 * see them; a panic the method does not recover is caught at its frame
 * (GOR_FRAME_FMT_CATCH) and waits there too, as fmt's catchPanic prints
 * it.  Formatting is deterministic, so every pass asks for the same
 * methods in the same order; a value with n methods is formatted n + 1
 * times, which costs far less than the methods themselves.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

/* Each level of String methods formatting values with String methods is
 * several of Go's frames (Sprint, doPrint, printArg, handleMethods, the
 * method), a kilobyte or so of its stack: Go meets its 1 GB limit about a
 * million levels deep.  A hundredth of that keeps a runaway short. */
#define MAX_FMT_LEVELS 10000

struct _GorFmtCall
{
  GorFmtCall *next;
  GorG       *g;
  guint32     depth;     /* g->n_frames of the frame running the instruction */
  guint32     level;     /* fmt instructions waiting below, and this one */
  guint32     pc;        /* its saved pc, just past the instruction */
  guint32     base;      /* stack slot of the first method's result */
  guint32     n_results; /* results waiting when this pass began */
  guint32     cursor;    /* results this pass has used */
  gboolean    resumed;   /* a method returned: the instruction runs again */
  GArray     *panicked;  /* guint32: the results that are caught panics */
  /* the method this pass asked for */
  gboolean       want;
  GorFunc       *fn;
  GorValue       arg;
  GorValue       arg2; /* a second argument (errors' Is methods), if has_arg2 */
  gboolean       has_arg2;
  GorValue       arg3; /* and a third (a sort.Interface's Less and Swap) */
  gboolean       has_arg3;
  GorClosure    *env;       /* the closure called, if any */
  gboolean       no_result; /* the function called has no results: */
  guint32        n_done;    /* how many of those have returned */
  guint32        done_cursor;
  gpointer       state; /* what a walk keeps from one pass to the next */
  GDestroyNotify state_free;
  gboolean       catch_panic;
  /* the goroutine's panic state when the method was called, restored
   * when its panic is caught (it may run in a deferred call) */
  guint8    panicking;
  GorIface *panic_val;
  guint     chain_len;
  GorIface *recovered_val;
  guint32   recovered_depth;
};

static void
pop_call (GorG *g)
{
  GorFmtCall *c = g->rare->fmt_calls;

  _gor_g_rare (g)->fmt_calls = c->next;
  if (c->panicked)
    g_array_unref (c->panicked);
  if (c->state)
    c->state_free (c->state);
  g_free (c);
}

/* Calls of frames that are gone (a panic or Goexit went through them). */
static void
drop_deeper (GorG *g, guint32 depth)
{
  while (g->rare->fmt_calls && g->rare->fmt_calls->depth > depth)
    pop_call (g);
}

void
_gor_fmt_calls_free (GorG *g)
{
  while (g->rare->fmt_calls)
    pop_call (g);
}

void
_gor_fmt_calls_visit (GorFmtCall *c, void (*visit) (gconstpointer p, gpointer data), gpointer data)
{
  for (; c; c = c->next)
    {
      visit (c->arg.p, data);
      visit (c->arg2.p, data);
      visit (c->arg3.p, data);
      visit (c->env, data);
      visit (c->panic_val, data);
      visit (c->recovered_val, data);
    }
}

gboolean
_gor_fmt_call_resuming (GorG *g, guint32 pc)
{
  GorFmtCall *c = g->rare->fmt_calls;

  return c != NULL && c->depth == g->n_frames && c->pc == pc && c->resumed;
}

/* The record of the instruction at the current frame's pc for a new
 * formatting pass: the one waiting there when its method has returned,
 * else a new one (an older one at this depth is done with). */
static GorFmtCall *
begin_pass (GorG *g)
{
  guint32     depth = g->n_frames;
  guint32     pc = g->frames[depth - 1].pc;
  GorFmtCall *c;

  drop_deeper (g, depth);
  c = g->rare->fmt_calls;
  if (c == NULL || c->depth != depth || c->pc != pc || !c->resumed)
    {
      if (c && c->depth == depth)
        pop_call (g);
      c = g_new0 (GorFmtCall, 1);
      c->g = g;
      c->depth = depth;
      c->pc = pc;
      c->base = g->sp;
      c->level = g->rare->fmt_calls ? g->rare->fmt_calls->level + 1 : 1;
      c->next = g->rare->fmt_calls;
      _gor_g_rare (g)->fmt_calls = c;
    }
  c->resumed = FALSE;
  c->n_results = g->sp - c->base;
  c->cursor = 0;
  c->done_cursor = 0;
  c->want = FALSE;
  return c;
}

GorFmtStep
_gor_fmt_step (GorVM *vm, GorG *g, GorPrintSpec *spec, GString *out)
{
  guint       n = spec->n_args + (spec->kind == GOR_PRINT_PRINTF ? 1 : 0);
  GorFmtCall *c;
  GorFmtCall *outer = vm->fmt_active;
  gboolean    panicking = vm->method_panicking;
  GorValue   *args;

  c = begin_pass (g);

  args = g->stack + c->base - n;
  vm->fmt_active = c;
  /* the methods' own prints print their own panics */
  vm->method_panicking = FALSE;
  if (spec->kind == GOR_PRINT_PRINTF)
    _gor_fmt_printf (vm, out, args[0].p, spec, args + 1, spec->n_args);
  else
    _gor_fmt_print (vm, out, spec, args, spec->n_args);
  vm->method_panicking = panicking;
  vm->fmt_active = outer;
  /* a value that holds itself: the stack overflows first */
  if (c->want && !vm->method_overflow)
    return GOR_FMT_CALL;
  g->sp = c->base - n;
  pop_call (g);
  return GOR_FMT_DONE;
}

/* The same replay for another instruction of @n operands that calls
 * methods (errors.Is, Unwrap, As): @walk asks for their results with
 * _gor_fmt_call_method and returns FALSE when one is missing. */
GorFmtStep
_gor_fmt_call_step (GorVM *vm, GorG *g, guint n, gboolean (*walk) (GorVM *vm, GorValue *args, gpointer data),
                    gpointer data)
{
  GorFmtCall *c;
  GorFmtCall *outer = vm->fmt_active;
  gboolean    done;

  c = begin_pass (g);
  vm->fmt_active = c;
  done = walk (vm, g->stack + c->base - n, data);
  vm->fmt_active = outer;
  if (!done && c->want)
    return GOR_FMT_CALL;
  g->sp = c->base;
  pop_call (g);
  return GOR_FMT_DONE;
}

/* A method's result for _gor_fmt_call_step's walk, or FALSE when it must
 * run first: a call of the goroutine, its panics not caught. */
gboolean
_gor_fmt_call_method (GorVM *vm, GorFunc *fn, GorValue arg, const GorValue *arg2, GorValue *result)
{
  GorFmtCall *c = vm->fmt_active;

  if (c->want)
    return FALSE;
  if (c->cursor >= c->n_results)
    {
      c->want = TRUE;
      c->fn = fn;
      c->arg = arg;
      c->has_arg2 = arg2 != NULL;
      if (arg2)
        c->arg2 = *arg2;
      c->has_arg3 = FALSE;
      c->env = NULL;
      c->no_result = FALSE;
      c->catch_panic = FALSE;
      return FALSE;
    }
  *result = c->g->stack[c->base + c->cursor++];
  return TRUE;
}

gboolean
_gor_fmt_call_func (GorVM *vm, GorFunc *fn, GorClosure *env, const GorValue *args, guint n,
                    gboolean no_result, GorValue *result)
{
  GorFmtCall *c = vm->fmt_active;

  g_assert (n >= 1 && n <= 3);
  if (c->want)
    return FALSE;
  if (no_result && c->done_cursor < c->n_done)
    {
      c->done_cursor++;
      return TRUE;
    }
  if (!no_result && c->cursor < c->n_results)
    {
      *result = c->g->stack[c->base + c->cursor++];
      return TRUE;
    }
  c->want = TRUE;
  c->fn = fn;
  c->env = env;
  c->arg = args[0];
  c->has_arg2 = n >= 2;
  if (n >= 2)
    c->arg2 = args[1];
  c->has_arg3 = n >= 3;
  if (n >= 3)
    c->arg3 = args[2];
  c->no_result = no_result;
  c->catch_panic = FALSE;
  return FALSE;
}

gpointer
_gor_fmt_call_state (GorVM *vm, gsize size, GDestroyNotify free_func)
{
  GorFmtCall *c = vm->fmt_active;

  if (c->state == NULL)
    {
      c->state = g_malloc0 (size);
      c->state_free = free_func;
    }
  return c->state;
}

void
_gor_fmt_call_consumed (GorVM *vm)
{
  GorFmtCall *c = vm->fmt_active;

  c->g->sp = c->base;
  c->n_results = c->cursor = 0;
  c->n_done = c->done_cursor = 0;
}

GorClosure *
_gor_fmt_call_env (GorG *g)
{
  return g->rare->fmt_calls ? g->rare->fmt_calls->env : NULL;
}

GorFunc *
_gor_fmt_call_target (GorVM *vm, GorG *g, guint32 *flags)
{
  GorFmtCall *c = g->rare->fmt_calls;

  if (c->level > MAX_FMT_LEVELS)
    return NULL;
  _gor_vm_ensure_stack (vm, g, g->sp + 3 + GOR_STACK_SLACK);
  g->stack[g->sp] = c->arg;
  if (c->has_arg2)
    g->stack[g->sp + 1] = c->arg2;
  if (c->has_arg3)
    g->stack[g->sp + 2] = c->arg3;
  c->panicking = g->panicking;
  c->panic_val = g->rare->panic_val;
  c->chain_len = g->rare->panic_chain ? g->rare->panic_chain->len : 0;
  c->recovered_val = g->rare->recovered_val;
  c->recovered_depth = g->rare->recovered_depth;
  *flags = GOR_FRAME_FMT | (c->catch_panic ? GOR_FRAME_FMT_CATCH : 0);
  return c->fn;
}

void
_gor_fmt_call_returned (GorG *g)
{
  drop_deeper (g, g->n_frames);
  if (g->rare->fmt_calls && g->rare->fmt_calls->depth == g->n_frames)
    {
      GorFmtCall *c = g->rare->fmt_calls;

      if (c->want && c->no_result)
        c->n_done++;
      c->resumed = TRUE;
    }
}

gboolean
_gor_fmt_call_caught (GorVM *vm, GorG *g, GorFrame *popped)
{
  GorFmtCall *c;
  guint32     index;

  (void) vm;
  /* Goexit is no panic: fmt does not stop it */
  if (g->goexiting)
    return FALSE;
  drop_deeper (g, g->n_frames);
  c = g->rare->fmt_calls;
  if (c == NULL || c->depth != g->n_frames || popped->ret_to < c->base)
    return FALSE;
  index = popped->ret_to - c->base;
  if (c->panicked == NULL)
    c->panicked = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_array_append_val (c->panicked, index);
  g->stack[popped->ret_to].p = g->rare->panic_val;
  g->sp = popped->ret_to + 1;

  g->panicking = c->panicking;
  _gor_g_rare (g)->panic_val = c->panic_val;
  if (g->rare->panic_chain && c->chain_len == 0)
    g_clear_pointer (&_gor_g_rare (g)->panic_chain, g_ptr_array_unref);
  else if (g->rare->panic_chain && g->rare->panic_chain->len > c->chain_len)
    g_ptr_array_set_size (g->rare->panic_chain, c->chain_len);
  _gor_g_set_recovered (g, c->recovered_val);
  _gor_g_rare (g)->recovered_depth = c->recovered_depth;
  if (g->rare->recovered_val)
    g->rare->recovered_val->hdr.flags &= ~2; /* not [recovered] in a chain after all */
  c->resumed = TRUE;
  return TRUE;
}

static gboolean
is_panicked (GorFmtCall *c, guint32 index)
{
  for (guint i = 0; c->panicked && i < c->panicked->len; i++)
    if (g_array_index (c->panicked, guint32, i) == index)
      return TRUE;
  return FALSE;
}

gboolean
_gor_fmt_call_result (GorVM *vm, GorMethod *m, GorValue arg, GorValue *result)
{
  GorFmtCall *c = vm->fmt_active;
  guint32     index;
  GorValue    v;

  /* a method is already wanted: the rest of this pass is thrown away */
  if (c->want)
    return FALSE;
  if (c->cursor >= c->n_results)
    {
      c->want = TRUE;
      c->fn = g_ptr_array_index (vm->program->funcs, m->func);
      c->arg = arg;
      c->has_arg2 = FALSE;
      c->has_arg3 = FALSE;
      c->env = NULL;
      c->no_result = FALSE;
      /* a panic while printing a method's panic goes on up (pp.panicking) */
      c->catch_panic = !vm->method_panicking;
      return FALSE;
    }
  index = c->cursor++;
  v = c->g->stack[c->base + index];
  if (!is_panicked (c, index))
    {
      *result = v;
      return TRUE;
    }
  {
    /* fmt prints it in place of the value: %!v(PANIC=String method: …) */
    GString  *text = g_string_new (NULL);
    GorIface *pv = v.p;
    gboolean  panicking = vm->method_panicking;

    vm->method_panicking = TRUE;
    if (pv)
      _gor_fmt_value (vm, text, pv->type, pv->v, 'v');
    else
      g_string_append (text, "<nil>");
    vm->method_panicking = panicking;
    g_free (vm->method_panic);
    vm->method_panic = g_string_free (text, FALSE);
  }
  return FALSE;
}
