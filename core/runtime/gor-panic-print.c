/* gor-panic-print.c — the Error and String methods of an unrecovered
 * panic's values, as ordinary calls of the panicking goroutine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Before Go prints "panic: " and the values of a panic that reached the
 * bottom of its goroutine, it calls their Error or String methods
 * (preprintpanics) in that goroutine, while the others run on: a method
 * that sleeps lets them run, one that blocks forever ends in the global
 * deadlock, one that loops never ends, and one that panics is fatal
 * ("panic while printing panic value").  Here the goroutine does the
 * same: once its panic has unwound every frame, each method is started
 * as a new bottom frame of the goroutine, under the scheduler and its
 * limits, and its result is kept as text; the run ends as a panic when
 * the last one has returned.
 */

#include "config.h"

#include "gor-vm-private.h"

struct _GorPanicPrint
{
  GPtrArray *vals;  /* GorIface*: the chain, oldest first, then the panic */
  GPtrArray *texts; /* GString* or NULL: what each value's method returned */
  guint      left;  /* the values still to print: the first left, the
                     * latest first as in Go (the last of them runs) */
  guint32    line;  /* where the goroutine panicked */
  gboolean   done;
};

static void
text_free (gpointer p)
{
  if (p)
    g_string_free (p, TRUE);
}

void
_gor_panic_print_free (GorG *g)
{
  GorPanicPrint *pp = g_steal_pointer (&_gor_g_rare (g)->pprint);

  if (pp == NULL)
    return;
  g_ptr_array_unref (pp->vals);
  g_ptr_array_unref (pp->texts);
  g_free (pp);
}

void
_gor_panic_print_visit (GorPanicPrint *pp, void (*visit) (gconstpointer p, gpointer data), gpointer data)
{
  for (guint i = 0; pp && i < pp->vals->len; i++)
    visit (g_ptr_array_index (pp->vals, i), data);
}

static GorFunc *
value_method (GorVM *vm, GorIface *val, GorValue *arg)
{
  GorFunc *fn;

  /* panic(nil) prints its own words */
  if (val == NULL || (val->hdr.flags & 1))
    return NULL;
  fn = _gor_vm_string_method (vm, val->type, val->v, "Error", NULL, arg);
  return fn ? fn : _gor_vm_string_method (vm, val->type, val->v, "String", NULL, arg);
}

GorRunResult
_gor_panic_print_step (GorVM *vm, GorG *g, GorRunResult res)
{
  GorPanicPrint *pp = g->rare->pprint;

  if (pp == NULL || pp->done)
    {
      if (res != GOR_RUN_PANIC || pp != NULL)
        return res;
      pp = _gor_g_rare (g)->pprint = g_new0 (GorPanicPrint, 1);
      pp->vals = g->rare->panic_chain ? g_steal_pointer (&_gor_g_rare (g)->panic_chain) : g_ptr_array_new ();
      g_ptr_array_add (pp->vals, g->rare->panic_val);
      pp->texts = g_ptr_array_new_with_free_func (text_free);
      g_ptr_array_set_size (pp->texts, (gint) pp->vals->len);
      pp->line = g->blocked_line;
      pp->left = pp->vals->len;
    }
  else if (res == GOR_RUN_PANIC)
    {
      /* the method panicked: Go throws */
      vm->method_repanic = g->rare->panic_val;
      g->blocked_line = pp->line;
      pp->done = TRUE;
      return res;
    }
  else if (res == GOR_RUN_EXIT && !g->goexiting)
    {
      GorStr *s = g->stack[0].p;

      g_ptr_array_index (pp->texts, pp->left) = g_string_new_len (gor_str_data (s), (gssize) gor_str_len (s));
    }
  else
    return res;

  while (pp->left > 0)
    {
      GorValue arg;
      GorFunc *fn = value_method (vm, g_ptr_array_index (pp->vals, --pp->left), &arg);

      if (fn == NULL)
        continue;
      /* the method runs as if nothing were panicking */
      g->panicking = 0;
      _gor_g_rare (g)->panic_val = NULL;
      _gor_g_set_recovered (g, NULL);
      _gor_g_rare (g)->recovered_depth = 0;
      g->sp = 0;
      _gor_vm_start (vm, g, fn, NULL, &arg, 1);
      return GOR_RUN_YIELD;
    }
  /* all printed: the panic as it was, for end_panic */
  pp->done = TRUE;
  g->panicking = 1;
  _gor_g_rare (g)->panic_val = g_ptr_array_index (pp->vals, pp->vals->len - 1);
  if (pp->vals->len > 1)
    {
      _gor_g_rare (g)->panic_chain = g_ptr_array_new ();
      for (guint i = 0; i + 1 < pp->vals->len; i++)
        g_ptr_array_add (g->rare->panic_chain, g_ptr_array_index (pp->vals, i));
    }
  g->blocked_line = pp->line;
  return GOR_RUN_PANIC;
}

const GString *
_gor_panic_print_text (GorG *g, guint i)
{
  if (g->rare->pprint == NULL || i >= g->rare->pprint->texts->len)
    return NULL;
  return g_ptr_array_index (g->rare->pprint->texts, i);
}
