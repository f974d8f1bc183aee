/* gor-explore.c — many schedules of one program, on several threads
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Workers take schedule numbers from one atomic counter and write each
 * outcome to its own slot; the slots are gathered in schedule order once
 * every worker is done, so nothing depends on which worker ran what.
 */

#include "config.h"

#include <string.h>

#include "gor-explore.h"
#include "gor-compiler.h"
#include "gor-leak.h"
#include "gor-parser.h"
#include "gor-runner.h"

typedef struct
{
  guint    n_blocked;
  guint    n_still;
  gboolean not_ended;
  GArray  *sites; /* GorExploreSite, one per place, n_schedules unused */
} Outcome;

typedef struct
{
  const char            *filename;
  const char            *source;
  gsize                  length;
  guint                  n_schedules;
  GorExploreStrategy     strategy;
  guint32                horizon;
  gint                   next; /* atomic */
  gint                   done; /* atomic */
  Outcome               *outcomes;
  GCancellable          *cancellable;
  GorExploreProgressFunc progress;
  gpointer               progress_data;
} Shared;

guint64
gor_explore_seed_of (guint schedule)
{
  return (guint64) schedule + 1;
}

static GorStrategy
strategy_of (GorExploreStrategy strategy, guint schedule)
{
  switch (strategy)
    {
    case GOR_EXPLORE_PCT: return GOR_STRATEGY_PCT;
    case GOR_EXPLORE_ALL: return schedule % 2 ? GOR_STRATEGY_PCT : GOR_STRATEGY_RANDOM;
    case GOR_EXPLORE_RANDOM:
    default: return GOR_STRATEGY_RANDOM;
    }
}

GorStrategy
gor_explore_result_strategy_of (const GorExploreResult *result, guint schedule)
{
  return result->all ? strategy_of (GOR_EXPLORE_ALL, schedule) : result->strategy;
}

void
gor_explore_result_free (GorExploreResult *result)
{
  if (result == NULL)
    return;
  g_free (result->file);
  g_free (result->blocked_counts);
  g_free (result->still_counts);
  g_array_unref (result->sites);
  g_free (result);
}

/* Runs @vm to its end or to the exploration limits; FALSE at the limits. */
static gboolean
run_to_end (GorVM *vm)
{
  while (!gor_vm_is_ended (vm))
    if (gor_vm_run_steps (vm, 4096, GOR_EXPLORE_MAX_STEPS, GOR_EXPLORE_MAX_INSTRUCTIONS))
      {
        gor_vm_stop (vm, GOR_END_STEP_LIMIT, 3, NULL);
        return FALSE;
      }
  return TRUE;
}

guint32
gor_explore_pct_horizon (GorProgram *program)
{
  GorVM  *vm = gor_vm_new (program, 1, FALSE);
  guint32 steps;

  run_to_end (vm);
  steps = gor_vm_get_step (vm);
  gor_vm_free (vm);
  return MAX (steps, 1);
}

/* What one schedule shows, read from its verdicts.  Every label a site can
 * be counted under is decided here. */
static void
count_schedule (GorTrace *trace, Outcome *out)
{
  out->sites = g_array_new (FALSE, TRUE, sizeof (GorExploreSite));
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);
      GorExploreSite     site = { 0 };
      gboolean           seen = FALSE;

      switch (gor_leak_verdict (g))
        {
        case GOR_VERDICT_BLOCKED_FOREVER:
          out->n_blocked++;
          site.verdict = GOR_EXPLORE_BLOCKED_FOREVER;
          break;
        case GOR_VERDICT_STILL_BLOCKED:
          out->n_still++;
          site.verdict = GOR_EXPLORE_STILL_BLOCKED;
          break;
        default: continue;
        }
      /* both labels keep the reason and line of the block */
      site.reason = (GorReason) g->forever_reason;
      site.line = g->blocked_line;
      site.created_line = g->parent_id ? g->created_line : 0;
      for (guint k = 0; k < out->sites->len && !seen; k++)
        {
          GorExploreSite *s = &g_array_index (out->sites, GorExploreSite, k);

          seen = s->verdict == site.verdict && s->line == site.line && s->reason == site.reason
                 && s->created_line == site.created_line;
        }
      if (!seen)
        g_array_append_val (out->sites, site);
    }
}

static void
run_schedule (Shared *sh, GorProgram *program, guint i)
{
  GorStrategy strategy = strategy_of (sh->strategy, i);
  GorVM      *vm = gor_vm_new (program, gor_explore_seed_of (i), TRUE);

  gor_vm_set_live_leaks (vm, TRUE);
  gor_vm_set_strategy (vm, strategy, GOR_PCT_DEFAULT_DEPTH, sh->horizon);
  sh->outcomes[i].not_ended = !run_to_end (vm);
  count_schedule (gor_vm_get_trace (vm), &sh->outcomes[i]);
  gor_vm_free (vm);
}

static GorProgram *
compile (const char *filename, const char *source, gsize length, GError **error)
{
  g_autoptr (GorAstFile) file = NULL;

  if (!gor_runner_check_size (filename, length, error))
    return NULL;
  file = gor_parse_file (filename, source, (gssize) length, error);
  return file ? gor_compile (file, error) : NULL;
}

static gpointer
worker (gpointer data)
{
  Shared *sh = data;
  g_autoptr (GorProgram) program = compile (sh->filename, sh->source, sh->length, NULL);

  g_assert (program != NULL); /* it compiled once already */
  for (;;)
    {
      guint i = (guint) g_atomic_int_add (&sh->next, 1);
      guint done;

      if (i >= sh->n_schedules || g_cancellable_is_cancelled (sh->cancellable))
        break;
      run_schedule (sh, program, i);
      done = (guint) g_atomic_int_add (&sh->done, 1) + 1;
      if (sh->progress)
        sh->progress (done, sh->n_schedules, sh->progress_data);
    }
  return NULL;
}

static gint
site_cmp (gconstpointer a, gconstpointer b)
{
  const GorExploreSite *x = a, *y = b;

  if (x->first != y->first)
    return x->first < y->first ? -1 : 1;
  if (x->line != y->line)
    return x->line < y->line ? -1 : 1;
  if (x->created_line != y->created_line)
    return x->created_line < y->created_line ? -1 : 1;
  return (int) x->reason - (int) y->reason;
}

static GorExploreResult *
gather (Shared *sh)
{
  GorExploreResult *r = g_new0 (GorExploreResult, 1);

  r->file = g_strdup (sh->filename);
  r->n_schedules = sh->n_schedules;
  r->blocked_counts = g_new0 (guint, MAX (sh->n_schedules, 1));
  r->still_counts = g_new0 (guint, MAX (sh->n_schedules, 1));
  r->sites = g_array_new (FALSE, TRUE, sizeof (GorExploreSite));
  r->depth = GOR_PCT_DEFAULT_DEPTH;
  r->horizon = sh->horizon;
  r->all = sh->strategy == GOR_EXPLORE_ALL;
  r->strategy = strategy_of (sh->strategy, 0);
  for (guint i = 0; i < sh->n_schedules; i++)
    {
      Outcome *o = &sh->outcomes[i];

      r->blocked_counts[i] = o->n_blocked;
      r->n_leaky += o->n_blocked > 0;
      r->still_counts[i] = o->n_still;
      r->n_still += o->n_still > 0;
      r->n_not_ended += o->not_ended;
      for (guint k = 0; k < o->sites->len; k++)
        {
          GorExploreSite *s = &g_array_index (o->sites, GorExploreSite, k);
          gboolean        found = FALSE;

          for (guint m = 0; m < r->sites->len && !found; m++)
            {
              GorExploreSite *t = &g_array_index (r->sites, GorExploreSite, m);

              if (t->verdict == s->verdict && t->line == s->line && t->reason == s->reason
                  && t->created_line == s->created_line)
                {
                  t->n_schedules++;
                  found = TRUE;
                }
            }
          if (!found)
            {
              GorExploreSite n = *s;

              n.n_schedules = 1;
              n.first = i;
              g_array_append_val (r->sites, n);
            }
        }
    }
  g_array_sort (r->sites, site_cmp);
  return r;
}

GorExploreResult *
gor_explore_run (const char *filename, const char *source, gssize length, guint n_schedules,
                 GorExploreStrategy strategy, guint n_jobs, GCancellable *cancellable,
                 GorExploreProgressFunc progress, gpointer progress_data, GError **error)
{
  g_autoptr (GorProgram) program = NULL;
  g_autoptr (GPtrArray) threads = NULL;
  GorExploreResult *result = NULL;
  Shared            sh = { 0 };

  g_return_val_if_fail (filename != NULL && source != NULL, NULL);

  sh.length = length < 0 ? strlen (source) : (gsize) length;
  program = compile (filename, source, sh.length, error);
  if (program == NULL)
    return NULL;
  sh.filename = filename;
  sh.source = source;
  sh.n_schedules = n_schedules;
  sh.strategy = strategy;
  sh.horizon = strategy == GOR_EXPLORE_RANDOM ? 0 : gor_explore_pct_horizon (program);
  sh.outcomes = g_new0 (Outcome, MAX (n_schedules, 1));
  sh.cancellable = cancellable;
  sh.progress = progress;
  sh.progress_data = progress_data;
  if (n_jobs == 0)
    n_jobs = g_get_num_processors ();
  n_jobs = CLAMP (n_jobs, 1, MAX (n_schedules, 1));

  threads = g_ptr_array_new ();
  for (guint j = 1; j < n_jobs; j++)
    g_ptr_array_add (threads, g_thread_new ("gorolanes-explore", worker, &sh));
  worker (&sh);
  for (guint j = 0; j < threads->len; j++)
    g_thread_join (g_ptr_array_index (threads, j));

  if (!g_cancellable_set_error_if_cancelled (cancellable, error))
    result = gather (&sh);
  for (guint i = 0; i < n_schedules; i++)
    g_clear_pointer (&sh.outcomes[i].sites, g_array_unref);
  g_free (sh.outcomes);
  return result;
}
