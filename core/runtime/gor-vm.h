/* gor-vm.h — goroutines as coroutines of a bytecode VM, and their scheduler
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A goroutine (GorG) is a small struct: a value stack, a frame stack and a
 * program counter.  The VM runs one goroutine to its next scheduling point
 * per step; the scheduler (gor-sched.c) picks who runs next with a seeded
 * generator, keeps the virtual clock and records the trace.
 *
 * This is the VM's public face: outside core/runtime/ the VM and its
 * goroutines are opaque, read through the accessors below.  Each VM keeps
 * all its state to itself, so VMs may run on several threads at once (one
 * thread per VM).
 */
#pragma once

#include <glib.h>

#include "gor-bytecode.h"
#include "gor-trace.h"

G_BEGIN_DECLS

typedef struct _GorG  GorG;
typedef struct _GorVM GorVM;

/* Where the program's stdout/stderr bytes go as they are produced. */
typedef void (*GorVMOutputFunc) (const char *text, gsize len, gboolean is_stderr, gpointer user_data);

GorVM *gor_vm_new (GorProgram *program, guint64 seed, gboolean record);

/* Who decides the scheduler's open choices (gor-choose.c).  random: the
 * seeded random walk every run has always made; pct: probabilistic
 * concurrency testing. */
typedef enum
{
  GOR_STRATEGY_RANDOM,
  GOR_STRATEGY_PCT,
} GorStrategy;

#define GOR_PCT_DEFAULT_DEPTH 3
#define GOR_PCT_MAX_DEPTH 8

const char *gor_strategy_to_string (GorStrategy strategy);
gboolean    gor_strategy_from_string (const char *name, GorStrategy *strategy);
/* Before the first step.  @depth and @horizon (the number of steps the
 * change points are spread over) matter to pct only. */
void gor_vm_set_strategy (GorVM *vm, GorStrategy strategy, guint depth, guint32 horizon);
void gor_vm_free (GorVM *vm);
/* One scheduling step; FALSE once the program has ended. */
gboolean gor_vm_step (GorVM *vm);
/* Up to @n steps, fewer when the program ends first.  Stops before a step
 * once @max_steps steps or @max_instructions instructions have run, and
 * then returns TRUE: the program has not ended, the caller decides. */
gboolean gor_vm_run_steps (GorVM *vm, guint n, guint32 max_steps, guint64 max_instructions);
/* Ends the run at the step limit. */
void      gor_vm_stop (GorVM *vm, GorEndKind kind, int status, const char *message);
GorTrace *gor_vm_get_trace (GorVM *vm);
void      gor_vm_set_output_func (GorVM *vm, GorVMOutputFunc func, gpointer user_data);
/* The run's memory budget (default 2 GiB): live heap data, maps,
 * goroutines and their stacks, the trace and the kept output together. */
void gor_vm_set_memory_limit (GorVM *vm, gsize bytes);
/* Whether the live blocked-forever rule runs during the run. */
void     gor_vm_set_live_leaks (GorVM *vm, gboolean live_leaks);
gboolean gor_vm_get_record (GorVM *vm);
gboolean gor_vm_is_ended (GorVM *vm);
/* The process exit status of the ended program. */
int gor_vm_get_exit_status (GorVM *vm);
/* Scheduling steps taken so far. */
guint32 gor_vm_get_step (GorVM *vm);
guint64 gor_vm_get_n_instructions (GorVM *vm);
/* Heap objects and live goroutines: what a walk of the heap visits. */
gsize gor_vm_get_n_objects (GorVM *vm);
/* The step the live leak rule last ran at, kept here for the analysis. */
guint32 gor_vm_get_leak_check_step (GorVM *vm);
void    gor_vm_set_leak_check_step (GorVM *vm, guint32 step);

/* The goroutines that have not been freed, and main among them. */
GorG    *gor_vm_get_goroutines (GorVM *vm);
GorG    *gor_vm_get_main_goroutine (GorVM *vm);
GorG    *gor_g_next (GorG *g);
gboolean gor_g_is_dead (GorG *g);
gboolean gor_g_is_blocked (GorG *g);
/* Its record in the trace (NULL when the run records no goroutines). */
GorTraceGoroutine *gor_g_get_trace_record (GorG *g);
/* Where a blocked goroutine blocked: the step, why, the source line. */
void gor_g_get_block_site (GorG *g, guint32 *step, GorReason *reason, guint32 *line);

/* Go's goroutine leak rule over the VM's state between two steps
 * (gor-reach.c): calls @proven for every blocked goroutine whose trace
 * record has no blocked-forever verdict yet and which no goroutine able
 * to run (runnable, sleeping), no pending timer and no package variable
 * can ever wake.  @proven must give the verdict.  @ran is the goroutine
 * that ran in the step just taken (NULL when it exited, or at the end),
 * @ran_blocked whether it blocked: the check looks at its wait besides
 * those it already knows of, or, with @everyone, at every goroutine.
 * Its state lives in the VM across checks. */
typedef void (*GorReachFunc) (GorG *g, gpointer user_data);
void gor_reach_check (GorVM *vm, GorG *ran, gboolean ran_blocked, gboolean everyone, GorReachFunc proven,
                      gpointer user_data);

G_END_DECLS
