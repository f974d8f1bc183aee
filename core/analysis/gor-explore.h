/* gor-explore.h — many schedules of one program: where goroutines block
 * forever, in how many of them, and the first seed that shows it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Schedule i (0, 1, …) runs with seed i + 1 under the strategy asked for
 * (with GOR_EXPLORE_ALL, random for even i and pct for odd i).  Each
 * worker thread compiles its own copy of the program and runs one VM at
 * a time; the results are gathered per schedule, so they are the same
 * whatever the number of workers.  Every reported (strategy, seed)
 * replays exactly with `gorolanes run --strategy S --seed N`.
 */
#pragma once

#include <gio/gio.h>

#include "gor-vm.h"

G_BEGIN_DECLS

#define GOR_EXPLORE_DEFAULT_SCHEDULES 200
/* Per schedule: a run that goes on longer is counted as not ended. */
#define GOR_EXPLORE_MAX_STEPS 1000000u
#define GOR_EXPLORE_MAX_INSTRUCTIONS G_GUINT64_CONSTANT (200000000)

typedef enum
{
  GOR_EXPLORE_RANDOM,
  GOR_EXPLORE_PCT,
  GOR_EXPLORE_ALL, /* random and pct by turns */
} GorExploreStrategy;

/* The label a site is counted under, the run's verdict (gor-leak.h),
 * decided in one place (gor-explore.c: count_schedule): proven blocked
 * forever, or still blocked when main returned without a proof. */
typedef enum
{
  GOR_EXPLORE_BLOCKED_FOREVER,
  GOR_EXPLORE_STILL_BLOCKED,
} GorExploreVerdict;

typedef struct
{
  GorExploreVerdict verdict;
  guint32           line;         /* where it blocked */
  GorReason         reason;       /* what it blocked on */
  guint32           created_line; /* the go statement; 0 for main */
  guint             n_schedules;  /* how many schedules show it */
  guint             first;        /* the first schedule that does */
} GorExploreSite;

typedef struct
{
  char       *file; /* as given */
  guint       n_schedules;
  guint       n_leaky;        /* schedules with a goroutine blocked forever */
  guint       n_not_ended;    /* stopped at the per-schedule limits */
  guint      *blocked_counts; /* per schedule: goroutines blocked forever */
  guint       n_still;        /* schedules with a goroutine still blocked when main returned */
  guint      *still_counts;   /* per schedule: goroutines still blocked when main returned */
  GArray     *sites;          /* GorExploreSite, by first schedule then line */
  guint       depth;          /* pct's d */
  guint32     horizon;        /* pct's k */
  gboolean    all;            /* strategies by turns */
  GorStrategy strategy;       /* when not by turns */
} GorExploreResult;

void        gor_explore_result_free (GorExploreResult *result);
GorStrategy gor_explore_result_strategy_of (const GorExploreResult *result, guint schedule);
guint64     gor_explore_seed_of (guint schedule);

/* Called from worker threads, with the number of schedules done. */
typedef void (*GorExploreProgressFunc) (guint done, guint total, gpointer user_data);

/* Runs @n_schedules schedules of @source on @n_jobs threads (0: one per
 * processor).  NULL with @error set when it does not compile (the message
 * is run's) or when cancelled. */
GorExploreResult *gor_explore_run (const char *filename, const char *source, gssize length, guint n_schedules,
                                   GorExploreStrategy strategy, guint n_jobs, GCancellable *cancellable,
                                   GorExploreProgressFunc progress, gpointer progress_data, GError **error);

/* pct's horizon for a program: the steps of the seed-1 random run, within
 * the exploration limits.  run and export compute it the same way, so
 * that a pct seed replays. */
guint32 gor_explore_pct_horizon (GorProgram *program);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorExploreResult, gor_explore_result_free)

G_END_DECLS
