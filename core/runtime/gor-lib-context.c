/* gor-lib-context.c — the context package: Background, WithCancel,
 * WithTimeout, Done, Err and the cancel functions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A context is a struct: [0] done channel (nil for Background), [1] err,
 * [2] first child, [3] next sibling, [4] parent.  Cancelling closes the
 * done channel and cancels the children; a deadline is a timer of the
 * scheduler's that cancels when it fires.
 */

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

static GorStruct *
ctx_new (GorVM *vm, GorStruct *parent)
{
  GorStruct *ctx = gor_struct_new (&vm->heap, 5);

  if (parent == NULL)
    return ctx;
  ctx->f[0].p = _gor_chan_new (vm, NULL, 0);
  ctx->f[4].p = parent;
  if (parent->f[1].p != NULL)
    {
      /* the parent is already done: so is the child */
      ctx->f[1] = parent->f[1];
      ((GorChan *) ctx->f[0].p)->closed = TRUE;
      return ctx;
    }
  ctx->f[3] = parent->f[2];
  parent->f[2].p = ctx;
  return ctx;
}

void
_gor_ctx_cancel (GorVM *vm, GorStruct *ctx, gboolean deadline)
{
  const char *panic_msg;
  const char *msg = deadline ? "context deadline exceeded" : "context canceled";
  GorValue    m;

  if (ctx == NULL || ctx->f[1].p != NULL || ctx->f[0].p == NULL)
    return;
  m.p = gor_str_new (&vm->heap, msg, strlen (msg));
  ctx->f[1].p = gor_iface_new (&vm->heap, g_ptr_array_index (vm->program->type_refs, 0), m);
  _gor_chan_close (vm, vm->current, ctx->f[0].p, &panic_msg);
  for (GorStruct *c = ctx->f[2].p; c; c = c->f[3].p)
    _gor_ctx_cancel (vm, c, deadline);
}

/* CTX: a = 0 Background, 1 WithCancel, 2 WithTimeout, 3 Done, 4 Err,
 * 5 cancel; b: the cancel function's index */
GorValue *
_gor_lib_context (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr)
{
  switch (a)
    {
    case 0:
      sp->p = ctx_new (vm, NULL);
      sp++;
      break;
    case 1:
    case 2:
      {
        gint64      d = a == 2 ? (--sp)->i : 0;
        GorStruct  *parent = sp[-1].p;
        GorStruct  *ctx = ctx_new (vm, parent);
        GorClosure *cl = gor_heap_alloc (&vm->heap, GOR_OBJ_CLOSURE, sizeof (GorClosure) + sizeof (GorValue));

        cl->fn = g_ptr_array_index (vm->program->funcs, b);
        cl->n = 1;
        cl->up[0].p = ctx;
        sp[-1].p = ctx;
        sp->p = cl;
        sp++;
        if (a == 2)
          {
            if (d <= 0)
              _gor_ctx_cancel (vm, ctx, TRUE);
            else
              _gor_sched_ctx_timer (vm, ctx, d);
          }
        break;
      }
    case 3:
    case 4:
      if (sp[-1].p == NULL)
        {
          *perr = _gor_vm_error (vm, GOR_NIL_DEREF);
          break;
        }
      sp[-1] = ((GorStruct *) sp[-1].p)->f[a == 3 ? 0 : 1];
      break;
    default:
      sp--;
      _gor_ctx_cancel (vm, sp->p, FALSE);
      break;
    }
  return sp;
}
