/* gor-choose.c — the scheduler's choice points and the strategies that
 * decide them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Go leaves three things open: which runnable goroutine runs next, which
 * ready case of a select fires, and whether a timer that came due or the
 * work already runnable goes first.  The scheduler asks here every time,
 * so that (strategy, seed) fixes the whole run.
 *
 * random: a seeded random walk, the same stream as the program's
 * math/rand, map order and select.  It is the schedule `run --seed S` has
 * always made; due timers always fire before the next pick (the cost
 * clock is what lets a timer land in the middle of work).
 *
 * pct (Burckhardt, Kothari, Musuvathi, Nagarakatte: "A Randomized
 * Scheduler with Probabilistic Guarantees of Finding Bugs", ASPLOS 2010):
 * every goroutine gets a random priority when it starts, the runnable one
 * with the highest priority runs, and at d − 1 steps drawn uniformly from
 * the first k (the horizon: the step count of a probe run) the one about
 * to run drops below every other.  For a program of at most n goroutines
 * and k steps, each run finds a given bug of depth d (d ordering
 * constraints between events must hold) with probability at least
 * 1 / (n · k^(d−1)); N runs miss it with probability at most
 * (1 − 1/(n·k^(d−1)))^N.  Depth 1 or 2 covers most leaks: a send that
 * must come after a close, two locks taken in opposite orders.
 * Goroutines that yield without blocking (Gosched, a used-up time slice)
 * drop below everyone too, so that a spinning loop cannot starve the rest;
 * due timers may wait a few steps behind runnable work.
 */

#include "config.h"

#include "gor-vm-private.h"

/* pct priorities: started goroutines draw from [2^32, 2^32 + 2^31);
 * demoted ones count down from 2^31; change points are below d. */
#define PCT_START (G_GINT64_CONSTANT (1) << 32)
#define PCT_DEMOTED (G_GINT64_CONSTANT (1) << 31)
#define PCT_MAX_DELAYS 4

static guint64
pct_rand (GorVM *vm)
{
  guint64 z = (vm->pct_rng += G_GUINT64_CONSTANT (0x9E3779B97F4A7C15));

  z = (z ^ (z >> 30)) * G_GUINT64_CONSTANT (0xBF58476D1CE4E5B9);
  z = (z ^ (z >> 27)) * G_GUINT64_CONSTANT (0x94D049BB133111EB);
  return z ^ (z >> 31);
}

static guint
pct_best (GorVM *vm)
{
  guint best = 0;

  for (guint i = 1; i < vm->runq_len; i++)
    {
      GorG *a = vm->runq[i], *b = vm->runq[best];

      if (a->rare->prio > b->rare->prio || (a->rare->prio == b->rare->prio && a->id < b->id))
        best = i;
    }
  return best;
}

static guint
pct_choose (GorVM *vm)
{
  guint i = pct_best (vm);

  for (guint c = 0; c < vm->pct_n_changes; c++)
    if (vm->pct_change[c] == vm->step)
      {
        _gor_g_rare (vm->runq[i])->prio = (gint64) (vm->pct_n_changes - c);
        i = pct_best (vm);
      }
  return i;
}

guint
_gor_choose_runnable (GorVM *vm)
{
  guint i;

  if (vm->strategy == GOR_STRATEGY_PCT)
    i = pct_choose (vm);
  /* A goroutine that woke another, started one or finished a channel
   * operation without blocking goes on running, as it does in Go: the
   * goroutines it made runnable start later.  One that called Gosched lets
   * another go first. */
  else if (vm->keep && vm->keep->runq_index >= 0)
    i = (guint) vm->keep->runq_index;
  else if (vm->avoid && vm->avoid->runq_index >= 0 && vm->runq_len > 1)
    {
      i = (guint) (_gor_sched_rand (vm) % (vm->runq_len - 1));
      if (i >= (guint) vm->avoid->runq_index)
        i++;
    }
  else
    i = vm->runq_len == 1 ? 0 : (guint) (_gor_sched_rand (vm) % vm->runq_len);
  vm->pct_timer_delays = 0;
  return i;
}

guint
_gor_choose_case (GorVM *vm, guint n)
{
  /* the same draw for every strategy: Go picks uniformly */
  return (guint) (_gor_sched_rand (vm) % n);
}

gboolean
_gor_choose_timers_first (GorVM *vm)
{
  if (vm->strategy == GOR_STRATEGY_RANDOM || vm->runq_len == 0)
    return TRUE;
  if (vm->pct_timer_delays >= PCT_MAX_DELAYS || (pct_rand (vm) & 1) == 0)
    return TRUE;
  vm->pct_timer_delays++;
  return FALSE;
}

void
_gor_choose_spawned (GorVM *vm, GorG *g)
{
  if (vm->strategy == GOR_STRATEGY_PCT)
    _gor_g_rare (g)->prio = PCT_START + (gint64) (pct_rand (vm) % (guint64) PCT_DEMOTED);
}

void
_gor_choose_yielded (GorVM *vm, GorG *g)
{
  if (vm->strategy == GOR_STRATEGY_PCT && vm->pct_low > (gint64) GOR_PCT_MAX_DEPTH)
    _gor_g_rare (g)->prio = vm->pct_low--;
}

void
gor_vm_set_strategy (GorVM *vm, GorStrategy strategy, guint depth, guint32 horizon)
{
  g_return_if_fail (vm->step == 0);
  g_return_if_fail (depth >= 1 && depth <= GOR_PCT_MAX_DEPTH);

  vm->strategy = strategy;
  if (strategy != GOR_STRATEGY_PCT)
    return;
  /* a stream of its own, so that the program's rand and select draws are
   * those of the same seed under random */
  vm->pct_rng = vm->rng ^ G_GUINT64_CONSTANT (0xD1B54A32D192ED03);
  vm->pct_low = PCT_DEMOTED;
  vm->pct_n_changes = depth - 1;
  for (guint c = 0; c < vm->pct_n_changes; c++)
    vm->pct_change[c] = 1 + (guint32) (pct_rand (vm) % MAX (horizon, 1));
  for (GorG *g = vm->all; g; g = g->all_next)
    _gor_choose_spawned (vm, g);
}

const char *
gor_strategy_to_string (GorStrategy strategy)
{
  return strategy == GOR_STRATEGY_PCT ? "pct" : "random";
}

gboolean
gor_strategy_from_string (const char *name, GorStrategy *strategy)
{
  if (g_strcmp0 (name, "random") == 0)
    *strategy = GOR_STRATEGY_RANDOM;
  else if (g_strcmp0 (name, "pct") == 0)
    *strategy = GOR_STRATEGY_PCT;
  else
    return FALSE;
  return TRUE;
}
