/* gor-sched.c — the deterministic scheduler, the virtual clock and the
 * program's end
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * One step: pick a runnable goroutine with the seeded generator, run it to
 * its next scheduling point, record what changed.  When nothing can run the
 * clock jumps to the next timer, in a step of its own where no goroutine
 * runs; with no timer either, it is Go's global deadlock.
 */

#include "config.h"

#include <string.h>

#include "gor-time-private.h"
#include "gor-vm-private.h"
#include "gor-map-private.h"
#include "gor-leak.h"
#include "gor-trace-private.h"

#define DEFAULT_SLICE 10000

/* What work costs on the virtual clock: rates close to Go 1.23 on a
 * current machine, so that a timer racing a computation fires in the
 * middle of it when it would in Go.  Calibrated with small Go programs
 * (go1.23, linux/amd64):
 *
 *   a unit of work       1 ns   a loop iteration or a call: a loop
 *                               `sum += i` of 20 000 000 iterations takes
 *                               20 ms (Go: about 19 ms)
 *   a scheduling point 100 ns   passed without blocking: a buffered send
 *                               or receive, an uncontended Lock, a go
 *                               statement.  Go takes 10-30 ns; each one is
 *                               a step of its own here, and a loop of them
 *                               racing a long sleep must not take tens of
 *                               millions of steps per virtual second
 *   a switch           175 ns   the goroutine blocks, exits or yields and
 *                               another runs (park, wake, switch): 1000
 *                               unbuffered hand-offs in a loop take one
 *                               point and one switch each, 275 us (Go:
 *                               about 275 us)
 *
 * Sleeping and waiting for timers cost no real time: when nothing can run
 * the clock jumps to the next timer. */
#define COST_INSTRUCTION_NS 1
#define COST_OP_NS 100
#define COST_SWITCH_NS 175

guint64
_gor_sched_rand (GorVM *vm)
{
  /* splitmix64: tiny, fast, and the same on every machine */
  guint64 z = (vm->rng += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static void
runq_add (GorVM *vm, GorG *g)
{
  if (vm->runq_len == vm->runq_cap)
    {
      vm->runq_cap = MAX (16, vm->runq_cap * 2);
      vm->runq = g_renew (GorG *, vm->runq, vm->runq_cap);
    }
  g->runq_index = (gint32) vm->runq_len;
  vm->runq[vm->runq_len++] = g;
}

static void
runq_remove_at (GorVM *vm, guint i)
{
  GorG *g = vm->runq[i];

  vm->runq[i] = vm->runq[--vm->runq_len];
  vm->runq[i]->runq_index = (gint32) i;
  g->runq_index = -1;
}

static void
make_runnable (GorVM *vm, GorG *g, guint32 step)
{
  if (g->status == GOR_G_RUNNABLE || g->status == GOR_G_RUNNING || g->status == GOR_G_DEAD)
    return;
  g->status = GOR_G_RUNNABLE;
  runq_add (vm, g);
  if (vm->record && g->tg)
    _gor_trace_state (vm->trace, g->tg, step, GOR_STATE_RUNNABLE, GOR_REASON_NONE, g->blocked_line);
}

/* Woken during the current step: runnable from the next one.  Woken by a
 * timer that came due between two steps: runnable from the coming one, so
 * that its runnable span never starts after the step it runs in. */
void
_gor_sched_ready (GorVM *vm, GorG *g)
{
  make_runnable (vm, g, vm->between_steps ? vm->step : vm->step + 1);
}

/* ---- timers: a binary heap on (when, seq) ---- */

static gboolean
timer_less (const GorTimer *a, const GorTimer *b)
{
  return a->when < b->when || (a->when == b->when && a->seq < b->seq);
}

static void
timer_push (GorVM *vm, GorTimer t)
{
  GorTimer *h;
  guint     i;

  g_array_append_val (vm->timers, t);
  h = (GorTimer *) (gpointer) vm->timers->data;
  i = vm->timers->len - 1;
  while (i > 0 && timer_less (&h[i], &h[(i - 1) / 2]))
    {
      GorTimer tmp = h[i];

      h[i] = h[(i - 1) / 2];
      h[(i - 1) / 2] = tmp;
      i = (i - 1) / 2;
    }
}

static GorTimer
timer_pop (GorVM *vm)
{
  GorTimer *h = (GorTimer *) (gpointer) vm->timers->data;
  GorTimer  top = h[0];
  guint     n = vm->timers->len - 1, i = 0;

  h[0] = h[n];
  g_array_set_size (vm->timers, n);
  h = (GorTimer *) (gpointer) vm->timers->data;
  for (;;)
    {
      guint l = 2 * i + 1, r = l + 1, m = i;

      if (l < n && timer_less (&h[l], &h[m]))
        m = l;
      if (r < n && timer_less (&h[r], &h[m]))
        m = r;
      if (m == i)
        break;
      {
        GorTimer tmp = h[i];

        h[i] = h[m];
        h[m] = tmp;
      }
      i = m;
    }
  return top;
}

/* The clock as the running goroutine sees it: the work it has done in
 * this step counts. */
gint64
_gor_sched_now (GorVM *vm)
{
  if (vm->current == NULL)
    return vm->now;
  return vm->now + COST_INSTRUCTION_NS * (gint64) (vm->run_budget - vm->budget);
}

void
_gor_sched_chan_timer (GorVM *vm, GorChan *c, gint64 ns, gint64 period)
{
  GorTimer t = { 0 };

  t.when = _gor_sched_now (vm) + MAX (ns, 0);
  t.seq = vm->timer_seq++;
  t.chan = c;
  t.period = period;
  timer_push (vm, t);
}

void
_gor_sched_ctx_timer (GorVM *vm, GorStruct *ctx, gint64 ns)
{
  GorTimer t = { 0 };

  t.when = _gor_sched_now (vm) + MAX (ns, 0);
  t.seq = vm->timer_seq++;
  t.ctx = ctx;
  timer_push (vm, t);
}

void
_gor_sched_obj_timer (GorVM *vm, GorStruct *tobj, gint64 ns)
{
  GorTimer t = { 0 };

  t.when = _gor_sched_now (vm) + MAX (ns, 0);
  t.seq = vm->timer_seq++;
  t.tobj = tobj;
  t.gen = tobj->f[2].i;
  timer_push (vm, t);
}

/* A timer is due: wake its goroutine or send the time on its channel. */
static void
fire (GorVM *vm, GorTimer t)
{
  GorValue now;

  if (t.g)
    {
      _gor_sched_ready (vm, t.g);
      return;
    }
  if (t.ctx)
    {
      _gor_ctx_cancel (vm, t.ctx, TRUE);
      return;
    }
  if (t.tobj)
    {
      /* stopped or reset since: this firing is stale */
      if (!t.tobj->f[1].i || t.tobj->f[2].i != t.gen)
        return;
      if (t.tobj->n > 4 && t.tobj->f[4].p)
        {
          /* time.AfterFunc: the function runs in a goroutine of its own */
          GorClosure *cl = t.tobj->f[4].p;

          t.tobj->f[1].i = 0;
          _gor_sched_spawn (vm, cl->fn, cl, NULL, 0, vm->main_g, cl->fn->line);
          return;
        }
      now.i = _gor_time_from_clock (vm->now);
      _gor_chan_send_nb (vm, t.tobj->f[0].p, now);
      if (t.tobj->f[3].i > 0)
        _gor_sched_obj_timer (vm, t.tobj, t.tobj->f[3].i);
      else
        t.tobj->f[1].i = 0;
      return;
    }
  now.i = _gor_time_from_clock (vm->now);
  _gor_chan_send_nb (vm, t.chan, now);
  if (t.period > 0)
    {
      t.when += t.period;
      t.seq = vm->timer_seq++;
      timer_push (vm, t);
    }
}

void
_gor_sched_sleep (GorVM *vm, GorG *g, gint64 ns)
{
  GorTimer t = { 0 };

  t.when = _gor_sched_now (vm) + ns;
  if (t.when < _gor_sched_now (vm))
    t.when = G_MAXINT64;
  t.seq = vm->timer_seq++;
  t.g = g;
  g->reason = GOR_REASON_SLEEP;
  timer_push (vm, t);
}

/* ---- goroutines ---- */

static const char *
frame_func_name (GorG *g)
{
  if (g == NULL || g->n_frames == 0)
    return "main.main";
  return g->frames[g->n_frames - 1].fn->name;
}

GorG *
_gor_sched_spawn (GorVM *vm, GorFunc *fn, GorClosure *env, GorValue *args, guint n_args, GorG *parent,
                  guint32 line)
{
  /* its first stack is part of it: its arguments are its first locals */
  guint32 slots = MAX (n_args, fn->n_locals) + fn->max_stack + GOR_STACK_SLACK;
  GorG   *g = g_malloc0 (sizeof (GorG) + slots * sizeof (GorValue));

  g->stack = g->stack0;
  g->stack_cap = slots;
  vm->stacks_bytes += (gsize) slots * sizeof (GorValue);
  g->rare = &_gor_g_rare_none;
  g->id = ++vm->next_gid;
  g->status = GOR_G_BLOCKED;
  g->runq_index = -1;
  g->created_line = line;
  _gor_choose_spawned (vm, g);
  _gor_vm_start (vm, g, fn, env, args, n_args);
  g->all_next = vm->all;
  if (vm->all)
    vm->all->all_prev = g;
  vm->all = g;
  vm->n_live++;
  if (vm->record)
    {
      g->tg = gor_trace_add_goroutine (vm->trace, g->id, parent ? parent->id : 0, parent ? fn->name : "main",
                                       parent ? frame_func_name (parent) : NULL,
                                       parent ? vm->program->filename : NULL, line, vm->step);
      gor_trace_set_num_goroutines (vm->trace, parent ? vm->step + 1 : 0, vm->n_live);
    }
  make_runnable (vm, g, vm->step);
  return g;
}

/* @g exited: it leaves the list of goroutines, and the live rule forgets
 * the witnesses it held before it is freed. */
static void
unlink_g (GorVM *vm, GorG *g)
{
  _gor_reach_forget (vm->reach, g);
  if (g->all_prev)
    g->all_prev->all_next = g->all_next;
  else
    vm->all = g->all_next;
  if (g->all_next)
    g->all_next->all_prev = g->all_prev;
}

void
_gor_sched_output (GorVM *vm, GorG *g, const char *text, gsize len, gboolean is_stderr)
{
  if (len == 0)
    return;
  gor_trace_add_output (vm->trace, vm->step, g ? g->id : 0, is_stderr, text, len);
  if (vm->output)
    vm->output (text, len, is_stderr, vm->output_data);
}

GorVM *
gor_vm_new (GorProgram *program, guint64 seed, gboolean record)
{
  GorVM *vm = g_new0 (GorVM, 1);

  vm->program = program;
  vm->trace = gor_trace_new (program->filename, NULL, seed);
  vm->record = record;
  vm->globals = g_new0 (GorValue, program->n_globals + 1);
  vm->timers = g_array_new (FALSE, FALSE, sizeof (GorTimer));
  vm->rng = seed ^ G_GUINT64_CONSTANT (0x5851F42D4C957F2D);
  vm->scratch = g_string_new (NULL);
  vm->err_text = g_string_new (NULL);
  vm->slice = DEFAULT_SLICE;
  vm->mem_limit = GOR_HEAP_LIMIT;
  vm->gc_min = GOR_GC_MIN_HEAP;
  vm->end_kind = GOR_END_NONE;
  if (record)
    _gor_trace_vtime (vm->trace, 0, 0);
  vm->main_g
      = _gor_sched_spawn (vm, g_ptr_array_index (program->funcs, program->init_func), NULL, NULL, 0, NULL, 0);
  return vm;
}

static void
release_objects (GorVM *vm)
{
  for (GorObj *o = vm->heap.objects; o; o = o->next)
    if (o->kind == GOR_OBJ_MAP || o->kind == GOR_OBJ_MAP_ITER)
      _gor_map_release (o);
}

void
gor_vm_free (GorVM *vm)
{
  GorG *g = vm->all;

  while (g)
    {
      GorG *next = g->all_next;

      _gor_vm_free_g (vm, g);
      g = next;
    }
  for (guint i = 0; vm->orphans && i < vm->orphans->len; i++)
    _gor_vm_free_g (vm, g_ptr_array_index (vm->orphans, i));
  g_clear_pointer (&vm->orphans, g_ptr_array_unref);
  g_clear_pointer (&vm->method_panic, g_free);
  _gor_reach_free (vm->reach);
  release_objects (vm);
  gor_heap_free_all (&vm->heap);
  _gor_gc_free (vm);
  g_free (vm->runq);
  g_array_unref (vm->timers);
  g_free (vm->globals);
  g_free (vm->end_message);
  g_string_free (vm->scratch, TRUE);
  g_string_free (vm->err_text, TRUE);
  gor_trace_unref (vm->trace);
  g_free (vm);
}

GorTrace *
gor_vm_get_trace (GorVM *vm)
{
  return vm->trace;
}

static const char *
status_reason (GorG *g)
{
  switch (g->status)
    {
    case GOR_G_RUNNABLE: return "runnable";
    case GOR_G_RUNNING: return "running";
    case GOR_G_SLEEPING: return "sleep";
    case GOR_G_BLOCKED:
      {
        const char *r = gor_reason_to_string (g->reason);

        return r[0] ? r : "select (no cases)";
      }
    default: return "dead";
    }
}

static void
dump_goroutine (GorVM *vm, GString *out, GorG *g, const char *state)
{
  g_string_append_printf (out, "\ngoroutine %u [%s]:\n", g->id, state);
  for (int i = (int) g->n_frames - 1; i >= 0; i--)
    {
      GorFrame *fr = &g->frames[i];
      guint32   pc = fr->pc > 0 ? fr->pc - 1 : 0;
      guint32   line = pc < fr->fn->lines->len ? g_array_index (fr->fn->lines, guint32, pc) : fr->fn->line;

      if ((int) g->n_frames - 1 - i == 100)
        {
          g_string_append (out, "...additional frames elided...\n");
          break;
        }
      if (i == 0 && g == vm->main_g)
        continue; /* the package initialisation wrapper */
      if (g == vm->main_g && i == (int) g->n_frames - 1 && g->panicking)
        line = g->blocked_line;
      g_string_append_printf (out, "%s(...)\n\t%s:%u\n", fr->fn->name, vm->program->filename, line);
    }
  if (g != vm->main_g)
    g_string_append_printf (out, "created by %s\n\t%s:%u\n",
                            g->tg && g->tg->creator_name ? g->tg->creator_name : "main.main",
                            vm->program->filename, g->created_line);
}

/* Ends the run: others are killed, whoever is still blocked is blocked
 * forever from the step it last blocked at. */
static void
finish (GorVM *vm, GorEndKind kind, int status, const char *stderr_text)
{
  const char      *nl;
  g_autofree char *first = NULL;

  if (vm->ended)
    return;
  vm->ended = TRUE;
  vm->end_kind = kind;
  vm->exit_status = status;
  if (stderr_text && stderr_text[0])
    {
      nl = strchr (stderr_text, '\n');
      first = nl ? g_strndup (stderr_text, (gsize) (nl - stderr_text)) : g_strdup (stderr_text);
      g_string_append (vm->err_text, stderr_text);
      _gor_sched_output (vm, NULL, stderr_text, strlen (stderr_text), TRUE);
    }
  if (vm->record)
    {
      gor_leak_mark_end (vm);
      for (GorG *g = vm->all; g; g = g->all_next)
        {
          if (g->status == GOR_G_DEAD || g->tg == NULL)
            continue;
          if (g == vm->main_g && kind == GOR_END_MAIN_RETURNED)
            _gor_trace_state (vm->trace, g->tg, vm->step, GOR_STATE_EXITED, GOR_REASON_NONE, g->last_line);
          else
            _gor_trace_state (vm->trace, g->tg, vm->step, GOR_STATE_KILLED, g->reason, _gor_vm_g_line (g));
        }
    }
  gor_trace_finish (vm->trace, kind, status, first);
  g_free (vm->end_message);
  vm->end_message = g_steal_pointer (&first);
}

void
gor_vm_stop (GorVM *vm, GorEndKind kind, int status, const char *message)
{
  finish (vm, kind, status, message);
}

/* The line @g, about to run, stands at.  When it ran in the step just
 * before, the event of that step, not cleared yet, has it: nothing moves
 * a goroutine's pc between two steps. */
static inline guint32
running_line (GorVM *vm, GorG *g)
{
  return vm->ev.goroutine_id == g->id ? vm->ev.line : _gor_vm_g_line (g);
}

/* Stores the step's event: what the operations noted, completed with
 * how the goroutine's run ended. */
static void
record_event (GorVM *vm, GorG *g, guint32 s, GorRunResult res)
{
  GorStepEvent *ev = &vm->ev;

  ev->goroutine_id = g->id;
  ev->line = res == GOR_RUN_EXIT ? g->last_line : _gor_vm_g_line (g);
  switch (res)
    {
    case GOR_RUN_YIELD: break;
    case GOR_RUN_BLOCKED:
    case GOR_RUN_SLEEP: ev->flags |= GOR_EVENT_BLOCKED; break;
    case GOR_RUN_EXIT:
      ev->kind = g == vm->main_g && !g->goexiting ? GOR_EVENT_MAIN_RETURN : GOR_EVENT_EXIT;
      break;
    case GOR_RUN_PANIC: ev->kind = GOR_EVENT_PANIC; break;
    case GOR_RUN_FATAL: ev->kind = GOR_EVENT_FATAL; break;
    case GOR_RUN_OS_EXIT:
      ev->kind = GOR_EVENT_OS_EXIT;
      gor_step_event_set_value (ev, GOR_EVENT_VALUE_INT, vm->exit_status);
      break;
    }
  _gor_trace_event (vm->trace, s, ev, vm->ev_text);
}

static void
end_deadlock (GorVM *vm)
{
  GString *out = g_string_new ("fatal error: all goroutines are asleep - deadlock!\n");
  g_autoptr (GPtrArray) gs = g_ptr_array_new ();

  if (vm->record)
    {
      GorStepEvent ev = { 0 };

      ev.kind = GOR_EVENT_DEADLOCK;
      gor_trace_set_event (vm->trace, vm->step, &ev, NULL);
    }

  for (GorG *g = vm->all; g; g = g->all_next)
    if (g->status != GOR_G_DEAD)
      g_ptr_array_insert (gs, 0, g);
  for (guint i = 0; i < gs->len; i++)
    {
      GorG *g = g_ptr_array_index (gs, i);

      dump_goroutine (vm, out, g, status_reason (g));
    }
  finish (vm, GOR_END_DEADLOCK, 2, out->str);
  g_string_free (out, TRUE);
}

static void end_fatal (GorVM *vm, GorG *g);

/* Error or String of a panic value panicked in turn: Go's preprintpanics
 * throws, naming what that panic's value was. */
static void
end_print_panic_fatal (GorVM *vm, GorG *g)
{
  GorIface *r = g_steal_pointer (&vm->method_repanic);
  GString  *out = g_string_new ("fatal error: panic while printing panic value: ");

  if (r->hdr.flags & 1)
    g_string_append (out, "type *runtime.PanicNilError");
  else if (r->type == g_ptr_array_index (vm->program->type_refs, 2))
    g_string_append_len (out, gor_str_data (r->v.p), (gssize) gor_str_len (r->v.p));
  else
    g_string_append_printf (out, "type %s", _gor_type_iface_name (r->type));
  g_string_append_printf (out, "\n\ngoroutine %u [running]:\n", g->id);
  g_string_append_printf (out, "%s()\n\t%s:%u\n", g == vm->main_g ? "main.main" : _gor_g_entry (g)->name,
                          vm->program->filename, g->blocked_line);
  finish (vm, GOR_END_FATAL, 2, out->str);
  g_string_free (out, TRUE);
}

/* The @i-th value of @g's panic: what its Error or String method
 * returned (they have run in the goroutine), else the value. */
static void
append_panic_value (GorVM *vm, GString *out, GorG *g, guint i, GorIface *pv)
{
  const GString *text = _gor_panic_print_text (g, i);
  gsize          from = out->len;

  if (text)
    g_string_append_len (out, text->str, (gssize) text->len);
  else
    _gor_fmt_panic_value (vm, out, pv);
  /* Go indents the lines after the first of a panic value with a tab */
  for (gsize k = from; k < out->len; k++)
    if (out->str[k] == '\n')
      g_string_insert_c (out, (gssize) ++k, '\t');
}

static void
end_panic (GorVM *vm, GorG *g)
{
  GString *out = g_string_new (NULL);

  /* the values' Error and String methods run first, as in Go: a panic
   * there is fatal */
  vm->method_panicking = TRUE;

  for (guint i = 0; g->rare->panic_chain && i < g->rare->panic_chain->len; i++)
    {
      GorIface *pv = g_ptr_array_index (g->rare->panic_chain, i);

      g_string_append (out, "panic: ");
      append_panic_value (vm, out, g, i, pv);
      if (pv && (pv->hdr.flags & 2))
        g_string_append (out, " [recovered]");
      g_string_append (out, "\n\t");
    }
  g_string_append (out, "panic: ");
  append_panic_value (vm, out, g, g->rare->panic_chain ? g->rare->panic_chain->len : 0, g->rare->panic_val);
  vm->method_panicking = FALSE;
  if (vm->method_exit)
    {
      g_string_free (out, TRUE);
      finish (vm, GOR_END_EXIT, vm->exit_status, NULL);
      return;
    }
  if (vm->method_overflow)
    {
      g_string_free (out, TRUE);
      end_fatal (vm, g);
      return;
    }
  if (vm->method_repanic)
    {
      g_string_free (out, TRUE);
      end_print_panic_fatal (vm, g);
      return;
    }
  g_string_append_c (out, '\n');
  {
    /* the frames are gone after unwinding: report where it panicked */
    g_string_append_printf (out, "\ngoroutine %u [running]:\n", g->id);
    g_string_append_printf (out, "%s()\n\t%s:%u\n", g == vm->main_g ? "main.main" : _gor_g_entry (g)->name,
                            vm->program->filename, g->blocked_line);
  }
  finish (vm, GOR_END_PANIC, 2, out->str);
  g_string_free (out, TRUE);
}

static void
end_fatal (GorVM *vm, GorG *g)
{
  GString *out = g_string_new (vm->end_message ? vm->end_message : "fatal error");

  g_string_append_c (out, '\n');
  dump_goroutine (vm, out, g, "running");
  finish (vm, GOR_END_FATAL, 2, out->str);
  g_string_free (out, TRUE);
}

/* What the run owns past its budget once the garbage is gone (output,
 * goroutines, the trace): out of memory, as the goroutine's own
 * allocation would be.  Checked every 64th step: a step adds little to
 * them (a time slice's allocations are checked as they expire). */
static GorRunResult
check_budget (GorVM *vm, GorRunResult res)
{
  if (_gor_gc_in_use (vm) <= vm->mem_limit)
    return res;
  _gor_gc_collect (vm, NULL);
  if (_gor_gc_in_use (vm) <= vm->mem_limit)
    return res;
  g_free (vm->end_message);
  vm->end_message = g_strdup ("fatal error: out of memory");
  return GOR_RUN_FATAL;
}

/* What the goroutine's run comes to: a panic first prints its values
 * (their methods run in the goroutine), the budget is checked now and
 * then. */
static GorRunResult
after_run (GorVM *vm, GorG *g, guint32 s, GorRunResult res)
{
  if (G_UNLIKELY (res == GOR_RUN_PANIC || g->rare->pprint != NULL))
    res = _gor_panic_print_step (vm, g, res);
  if (G_UNLIKELY ((s & 63) == 0) && res != GOR_RUN_FATAL)
    res = check_budget (vm, res);
  return res;
}

/* A timer that comes due while the goroutine computes fires then, not
 * when the computation is done: the run is cut at that instant and goes
 * on after the timer has fired (it keeps its time slice).  What of
 * @budget is set aside for after it. */
static guint
cut_for_timer (GorVM *vm, guint budget)
{
  gint64 until;

  if (vm->timers->len == 0)
    return 0;
  until = (g_array_index (vm->timers, GorTimer, 0).when - vm->now) / COST_INSTRUCTION_NS;
  return until > 0 && until < (gint64) budget ? budget - (guint) until : 0;
}

gboolean
gor_vm_step (GorVM *vm)
{
  GorG        *g;
  guint32      s;
  GorRunResult res;
  guint        i, used, cut, ran;
  gboolean     kept, timer_cut;

  if (vm->ended)
    return FALSE;
  /* between steps no C code holds a heap pointer of its own */
  _gor_gc_safe_point (vm);
  /* timers that came due while goroutines were computing */
  vm->between_steps = TRUE;
  while (vm->timers->len > 0 && g_array_index (vm->timers, GorTimer, 0).when <= vm->now
         && _gor_choose_timers_first (vm))
    fire (vm, timer_pop (vm));
  vm->between_steps = FALSE;
  if (vm->runq_len == 0)
    {
      if (vm->main_goexited && vm->n_live == 0)
        {
          /* Go checks this before any pending timer */
          finish (vm, GOR_END_DEADLOCK, 2,
                  "fatal error: no goroutines (main called runtime.Goexit) - deadlock!\n");
          return FALSE;
        }
      if (vm->timers->len == 0)
        {
          end_deadlock (vm);
          return FALSE;
        }
      /* Nothing can run: the clock jumps to the next timer.  The jump is a
       * step of its own in which no goroutine runs, so that every sleep
       * and timer wait covers at least one step: the step axis shows the
       * sleeper asleep, and the time axis gives that step the virtual time
       * that passed (from the old clock at step s to the new one at s + 1).
       * Whom the timers wake is runnable from the next step. */
      {
        GorTimer t = timer_pop (vm);

        s = vm->step;

        vm->now = t.when;
        vm->step = s + 1;
        if (vm->record)
          {
            GorStepEvent ev = { 0 };

            ev.kind = GOR_EVENT_CLOCK;
            gor_step_event_set_value (&ev, GOR_EVENT_VALUE_INT, vm->now);
            gor_trace_set_event (vm->trace, s, &ev, NULL);
            _gor_trace_vtime (vm->trace, s + 1, vm->now);
            gor_trace_set_n_steps (vm->trace, s + 1);
          }
        vm->step = s;
        fire (vm, t);
        while (vm->timers->len > 0 && g_array_index (vm->timers, GorTimer, 0).when == vm->now)
          fire (vm, timer_pop (vm));
        vm->step = s + 1;
        return TRUE;
      }
    }

  i = _gor_choose_runnable (vm);
  kept = vm->keep && vm->runq[i] == vm->keep;
  vm->keep = NULL;
  vm->avoid = NULL;
  g = vm->runq[i];
  runq_remove_at (vm, i);
  s = vm->step;
  g->status = GOR_G_RUNNING;
  vm->current = g;
  if (vm->record && g->tg)
    {
      _gor_trace_state (vm->trace, g->tg, s, GOR_STATE_RUNNING, GOR_REASON_NONE, running_line (vm, g));
      if (g->pend_handoff)
        {
          _gor_trace_handoff (vm->trace, g->rare->pend_from_id, g->rare->pend_from_step, g->id, s,
                              g->rare->pend_chan);
          g->pend_handoff = FALSE;
        }
    }

  /* A goroutine's time slice lasts while it goes on running, across the
   * scheduling points it passes without blocking: a loop that polls with
   * select/default is preempted too.  Every scheduling point costs one
   * unit of work, and the work of all goroutines moves the clock, so that
   * sleepers wake while others poll, compute or hand values around. */
  if (!kept || vm->budget == 0 || vm->budget > vm->slice)
    vm->budget = vm->slice;
  if (vm->record)
    memset (&vm->ev, 0, sizeof vm->ev);
  cut = cut_for_timer (vm, vm->budget);
  vm->budget -= cut;
  vm->run_budget = vm->budget;
  vm->run_cut = cut;
  res = _gor_vm_run (vm, g, &vm->budget);
  /* the run may have gone on into later steps (_gor_sched_go_on): what
   * follows ends the last of them */
  s = vm->step;
  cut = vm->run_cut;
  used = vm->run_budget + cut;
  ran = vm->run_budget - vm->budget;
  timer_cut = cut > 0 && res == GOR_RUN_YIELD && vm->slice_expired && vm->budget == 0;
  vm->budget += cut;
  res = after_run (vm, g, s, res);
  if (vm->record)
    record_event (vm, g, s, res);
  if (timer_cut)
    vm->slice_expired = FALSE;
  else if (!vm->slice_expired && --vm->budget == 0)
    vm->slice_expired = TRUE;
  used -= vm->budget;

  vm->current = NULL;
  vm->step = s + 1;
  if (vm->record)
    _gor_trace_steps (vm->trace, vm->step);
  if (res == GOR_RUN_YIELD)
    {
      if (vm->gosched)
        vm->avoid = g;
      else if (!vm->slice_expired)
        vm->keep = g;
      if (vm->gosched || vm->slice_expired)
        _gor_choose_yielded (vm, g);
    }
  vm->gosched = FALSE;
  vm->slice_expired = FALSE;
  vm->n_instructions += used;
  /* A goroutine that goes to sleep pays for the switch in its sleep, which
   * started at the call. */
  vm->now += COST_INSTRUCTION_NS * (gint64) ran;
  if (vm->keep == g)
    vm->now += timer_cut ? 0 : COST_OP_NS;
  else if (res != GOR_RUN_SLEEP)
    vm->now += COST_SWITCH_NS;
  if (vm->record)
    _gor_trace_vtime (vm->trace, vm->step, vm->now);

  switch (res)
    {
    case GOR_RUN_YIELD:
      g->status = GOR_G_BLOCKED;
      make_runnable (vm, g, vm->step);
      break;
    case GOR_RUN_BLOCKED:
    case GOR_RUN_SLEEP:
      g->status = res == GOR_RUN_SLEEP ? GOR_G_SLEEPING : GOR_G_BLOCKED;
      g->blocked_step = s + 1;
      g->blocked_line = vm->record ? vm->ev.line : _gor_vm_g_line (g); /* as record_event found */
      if (vm->record && g->tg)
        _gor_trace_state (vm->trace, g->tg, s + 1,
                          res == GOR_RUN_SLEEP ? GOR_STATE_SLEEPING : GOR_STATE_BLOCKED, g->reason,
                          g->blocked_line);
      break;
    case GOR_RUN_EXIT:
      if (g == vm->main_g && !g->goexiting)
        {
          g->status = GOR_G_DEAD;
          vm->n_live--;
          finish (vm, GOR_END_MAIN_RETURNED, 0, NULL);
          return FALSE;
        }
      g->status = GOR_G_DEAD;
      vm->n_live--;
      if (vm->record && g->tg)
        {
          _gor_trace_state (vm->trace, g->tg, s + 1, GOR_STATE_EXITED, GOR_REASON_NONE, g->last_line);
          gor_trace_set_num_goroutines (vm->trace, s + 1, vm->n_live);
        }
      unlink_g (vm, g);
      if (g == vm->main_g)
        {
          /* runtime.Goexit in main: the others run on; vm->main_g stays
           * valid until the end */
          vm->main_goexited = TRUE;
          if (vm->orphans == NULL)
            vm->orphans = g_ptr_array_new ();
          g_ptr_array_add (vm->orphans, g);
        }
      else
        _gor_vm_free_g (vm, g);
      break;
    case GOR_RUN_PANIC: end_panic (vm, g); return FALSE;
    case GOR_RUN_FATAL: end_fatal (vm, g); return FALSE;
    case GOR_RUN_OS_EXIT: finish (vm, GOR_END_EXIT, vm->exit_status, NULL); return FALSE;
    }
  /* after every step: any step may drop the last reference that could
   * have woken a blocked goroutine */
  if (vm->live_leaks)
    gor_leak_check_live (vm, res == GOR_RUN_EXIT ? NULL : g, res == GOR_RUN_BLOCKED);
  return TRUE;
}

/* What gor_vm_step records at the end of step @s of @g, which yielded
 * and is kept, and at the start of step s + 1, which @g runs: the event
 * of step s, the step count and the clock, the live rule's check, and
 * the running span from the line @g stands at.  (gor_vm_step makes @g
 * runnable from s + 1, then running at s + 1: the runnable span it opens
 * is replaced at once, so the running span is what is left.)  The rule
 * checks with @g runnable and in the run queue, as it is there; when a
 * witness fails it runs in full, with @g in the queue's last place where
 * make_runnable puts it. */
static inline void
record_go_on (GorVM *vm, GorG *g, guint32 s, const GorInstr *ip, const GorValue *sp)
{
  GorTrace *trace = vm->trace;
  GorFrame *fr = &g->frames[g->n_frames - 1];
  guint32   line = 0;

  /* where the dispatch loop stands, as it saves it when it returns (the
   * stack pointer only for the full check, which looks at the stack) */
  fr->pc = (guint32) (ip - (const GorInstr *) (gpointer) fr->fn->code->data);

  /* record_event, for a step that yields: the line of the top frame (the
   * pc is past the Lock or Unlock), or of the first caller that has one */
  if (G_LIKELY (fr->pc > 0 && fr->pc - 1 < fr->fn->lines->len))
    line = g_array_index (fr->fn->lines, guint32, fr->pc - 1);
  if (G_UNLIKELY (line == 0))
    line = _gor_vm_g_line (g);
  vm->ev.goroutine_id = g->id;
  vm->ev.line = line;
  _gor_trace_event (trace, s, &vm->ev, vm->ev_text);
  _gor_trace_steps (trace, s + 1);
  _gor_trace_vtime (trace, s + 1, vm->now);
  if (vm->live_leaks && !_gor_reach_watched (vm, g))
    {
      g->sp = (guint32) (sp - g->stack);
      g->status = GOR_G_RUNNABLE;
      vm->current = NULL;
      if (!_gor_reach_held (vm, g))
        {
          runq_add (vm, g);
          vm->keep = g;
          gor_leak_check_live (vm, g, FALSE);
          vm->keep = NULL;
          runq_remove_at (vm, (guint) g->runq_index);
        }
      g->status = GOR_G_RUNNING;
      vm->current = g;
    }
  /* (no hand-off is pending: one is noted only for a parked goroutine,
   * and taken when its step starts, which for @g was a step of
   * gor_vm_step before it went on) */
  if (g->tg)
    _gor_trace_state (trace, g->tg, s + 1, GOR_STATE_RUNNING, GOR_REASON_NONE, vm->ev.line);
  memset (&vm->ev, 0, sizeof vm->ev);
}

/* A Lock or Unlock that did not block, and a channel operation or select
 * that did not park, ends the step as one that yields: the goroutine is
 * kept and runs again in the next step.  When that next step would be
 * that and nothing else — a run under the random schedule,
 * no timer due, no collection, the memory budget not exceeded, the
 * goroutine's slice not used up — this takes both the end of the step and
 * the start of the next one as gor_vm_step would (and, in a recorded run,
 * records them as it would: record_go_on), and the dispatch loop goes on:
 * the same schedule, clock, counts and trace, without leaving the loop.
 * Anything else returns FALSE, and the step ends as it always has. */
static inline gboolean
go_on (GorVM *vm, GorG *g)
{
  guint32 s = vm->step;
  guint   ran, left;
  gint64  now;

  /* go_on_end is 0 unless the run is random; a Gosched or a
   * used-up slice has returned from the dispatch loop at once */
  if (s + 1 >= vm->go_on_end || vm->heap.bytes >= vm->gc_next || G_UNLIKELY (g->rare->pprint != NULL))
    return FALSE;
  /* every 64th step the budget is checked: in it, nothing happens */
  if (G_UNLIKELY ((s & 63) == 0) && _gor_gc_in_use (vm) > vm->mem_limit)
    return FALSE;
  ran = vm->run_budget - vm->budget;
  left = vm->budget + vm->run_cut - 1;
  now = vm->now + COST_INSTRUCTION_NS * (gint64) ran + COST_OP_NS;
  if (left == 0 || vm->n_instructions + ran + 1 >= vm->go_on_max_instructions)
    return FALSE;
  if (left > vm->slice)
    left = vm->slice;
  if (vm->timers->len > 0 && g_array_index (vm->timers, GorTimer, 0).when <= now)
    return FALSE;
  /* the end of step s: kept, and one unit of work for the point */
  vm->n_instructions += ran + 1;
  vm->now = now;
  vm->step = s + 1;
  /* the start of step s + 1: the kept goroutine is picked again (keep
   * and avoid were cleared when step s started) */
  vm->run_cut = cut_for_timer (vm, left);
  vm->budget = left - vm->run_cut;
  vm->run_budget = vm->budget;
  return TRUE;
}

static G_GNUC_NO_INLINE gboolean
go_on_recorded (GorVM *vm, GorG *g, const GorInstr *ip, const GorValue *sp)
{
  if (!go_on (vm, g))
    return FALSE;
  record_go_on (vm, g, vm->step - 1, ip, sp);
  return TRUE;
}

/* (the plain run's path stays without a call) */
gboolean
_gor_sched_go_on (GorVM *vm, GorG *g, const GorInstr *ip, const GorValue *sp)
{
  if (G_UNLIKELY (vm->record))
    return go_on_recorded (vm, g, ip, sp);
  return go_on (vm, g);
}

gboolean
gor_vm_run_steps (GorVM *vm, guint n, guint32 max_steps, guint64 max_instructions)
{
  guint32  start = vm->step;
  gboolean at_limit = FALSE;

  /* a step may go on into the next ones (_gor_sched_go_on): the count is
   * of steps, not of calls */
  if (vm->strategy == GOR_STRATEGY_RANDOM)
    vm->go_on_end = (guint32) MIN ((guint64) start + n, (guint64) max_steps);
  vm->go_on_max_instructions = max_instructions;
  while (vm->step - start < n && !vm->ended)
    {
      if (vm->step >= max_steps || vm->n_instructions >= max_instructions)
        {
          at_limit = TRUE;
          break;
        }
      gor_vm_step (vm);
    }
  vm->go_on_end = 0;
  return at_limit;
}

void
gor_vm_set_output_func (GorVM *vm, GorVMOutputFunc func, gpointer user_data)
{
  vm->output = func;
  vm->output_data = user_data;
}

void
gor_vm_set_memory_limit (GorVM *vm, gsize bytes)
{
  vm->mem_limit = bytes;
}

void
gor_vm_set_live_leaks (GorVM *vm, gboolean live_leaks)
{
  vm->live_leaks = live_leaks;
}

gboolean
gor_vm_get_record (GorVM *vm)
{
  return vm->record;
}

gboolean
gor_vm_is_ended (GorVM *vm)
{
  return vm->ended;
}

int
gor_vm_get_exit_status (GorVM *vm)
{
  return vm->exit_status;
}

guint32
gor_vm_get_step (GorVM *vm)
{
  return vm->step;
}

guint64
gor_vm_get_n_instructions (GorVM *vm)
{
  return vm->n_instructions;
}

gsize
gor_vm_get_n_objects (GorVM *vm)
{
  return vm->heap.n_objects + vm->n_live;
}

guint32
gor_vm_get_leak_check_step (GorVM *vm)
{
  return vm->last_leak_check;
}

void
gor_vm_set_leak_check_step (GorVM *vm, guint32 step)
{
  vm->last_leak_check = step;
}

GorG *
gor_vm_get_goroutines (GorVM *vm)
{
  return vm->all;
}

GorG *
gor_vm_get_main_goroutine (GorVM *vm)
{
  return vm->main_g;
}

GorG *
gor_g_next (GorG *g)
{
  return g->all_next;
}

gboolean
gor_g_is_dead (GorG *g)
{
  return g->status == GOR_G_DEAD;
}

gboolean
gor_g_is_blocked (GorG *g)
{
  return g->status == GOR_G_BLOCKED;
}

GorTraceGoroutine *
gor_g_get_trace_record (GorG *g)
{
  return g->tg;
}

void
gor_g_get_block_site (GorG *g, guint32 *step, GorReason *reason, guint32 *line)
{
  *step = g->blocked_step;
  *reason = (GorReason) g->reason;
  *line = g->blocked_line;
}
