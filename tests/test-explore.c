/* test-explore.c — the scheduler's strategies and schedule exploration
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * (strategy, seed) fixes the whole run; exploring gives the same counts
 * whatever the number of worker threads; the programs of tests/explore
 * leak under some schedules and their fixes under none.
 */

#include "config.h"

#include "gor-compiler.h"
#include "gor-explore.h"
#include "gor-parser.h"
#include "gor-runner.h"

static char *
read_program (const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "explore", name, NULL);
  g_autoptr (GError) error = NULL;
  char *source = NULL;

  g_assert_true (g_file_get_contents (path, &source, NULL, &error));
  g_assert_no_error (error);
  return source;
}

static char *
trace_text (const char *source, GorStrategy strategy, guint64 seed)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("p.go", source, -1, seed, &error);

  g_assert_no_error (error);
  gor_runner_set_strategy (runner, strategy);
  gor_runner_run_sync (runner, NULL);
  return gor_trace_to_string (gor_runner_get_trace (runner));
}

/* Same strategy and seed: the same trace, byte for byte. */
static void
test_replay (void)
{
  const char *names[] = { "lock-order.go", "select-timer.go", "ticker-loop.go" };

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      g_autofree char *source = read_program (names[p]);

      for (guint64 seed = 1; seed <= 12; seed++)
        for (int s = GOR_STRATEGY_RANDOM; s <= GOR_STRATEGY_PCT; s++)
          {
            g_autofree char *a = trace_text (source, (GorStrategy) s, seed);
            g_autofree char *b = trace_text (source, (GorStrategy) s, seed);

            g_assert_cmpstr (a, ==, b);
          }
    }
}

/* pct finds the lock-order inversion the random walk does not (the
 * goroutine that takes a free lock keeps running), and its seed replays. */
static void
test_pct_finds_inversion (void)
{
  g_autofree char *source = read_program ("lock-order.go");
  g_autoptr (GorExploreResult) random = NULL;
  g_autoptr (GorExploreResult) pct = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = NULL;
  const GorExploreSite *site;

  random = gor_explore_run ("lock-order.go", source, -1, 60, GOR_EXPLORE_RANDOM, 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  pct = gor_explore_run ("lock-order.go", source, -1, 60, GOR_EXPLORE_PCT, 2, NULL, NULL, NULL, &error);
  g_assert_no_error (error);
  g_assert_cmpuint (random->n_leaky, ==, 0);
  g_assert_cmpuint (pct->n_leaky, >, 0);
  g_assert_cmpuint (pct->n_leaky, <, 60);
  g_assert_cmpuint (pct->sites->len, ==, 2);
  site = &g_array_index (pct->sites, GorExploreSite, 0);
  g_assert_cmpuint (site->reason, ==, GOR_REASON_MUTEX_LOCK);
  g_assert_cmpuint (pct->blocked_counts[site->first], ==, 2);

  runner = gor_runner_new ("lock-order.go", source, -1, gor_explore_seed_of (site->first), &error);
  g_assert_no_error (error);
  gor_runner_set_strategy (runner, GOR_STRATEGY_PCT);
  gor_runner_run_sync (runner, NULL);
  g_assert_cmpuint (gor_trace_count_blocked_forever (gor_runner_get_trace (runner)), ==, 2);
}

static void
assert_same_result (GorExploreResult *a, GorExploreResult *b)
{
  g_assert_cmpuint (a->n_schedules, ==, b->n_schedules);
  g_assert_cmpuint (a->n_leaky, ==, b->n_leaky);
  g_assert_cmpmem (a->blocked_counts, a->n_schedules * sizeof (guint), b->blocked_counts,
                   b->n_schedules * sizeof (guint));
  g_assert_cmpmem (a->sites->data, a->sites->len * sizeof (GorExploreSite), b->sites->data,
                   b->sites->len * sizeof (GorExploreSite));
}

/* One worker or three: the same counts, sites and first seeds. */
static void
test_jobs (void)
{
  const char *names[] = { "send-close.go", "ticker-loop.go" };

  for (guint p = 0; p < G_N_ELEMENTS (names); p++)
    {
      g_autofree char *source = read_program (names[p]);
      g_autoptr (GError) error = NULL;
      g_autoptr (GorExploreResult) one
          = gor_explore_run (names[p], source, -1, 40, GOR_EXPLORE_ALL, 1, NULL, NULL, NULL, &error);
      g_autoptr (GorExploreResult) three
          = gor_explore_run (names[p], source, -1, 40, GOR_EXPLORE_ALL, 3, NULL, NULL, NULL, &error);

      g_assert_no_error (error);
      g_assert_cmpuint (one->n_leaky, >, 0);
      assert_same_result (one, three);
    }
}

/* A program that does not compile: run's message, no result. */
static void
test_compile_error (void)
{
  g_autoptr (GError) error = NULL;
  GorExploreResult *r = gor_explore_run ("bad.go", "package main\nfunc main() { x := }\n", -1, 10,
                                         GOR_EXPLORE_ALL, 2, NULL, NULL, NULL, &error);

  g_assert_null (r);
  g_assert_nonnull (error);
  g_assert_true (g_str_has_prefix (error->message, "bad.go:2:"));
}

/* Cancelled before it starts: no result, the cancellation's error. */
static void
test_cancel (void)
{
  g_autofree char *source = read_program ("send-close.go");
  g_autoptr (GCancellable) cancellable = g_cancellable_new ();
  g_autoptr (GError) error = NULL;
  GorExploreResult *r;

  g_cancellable_cancel (cancellable);
  r = gor_explore_run ("send-close.go", source, -1, 1000, GOR_EXPLORE_ALL, 2, cancellable, NULL, NULL,
                       &error);
  g_assert_null (r);
  g_assert_error (error, G_IO_ERROR, G_IO_ERROR_CANCELLED);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/explore/replay", test_replay);
  g_test_add_func ("/core/explore/pct-finds-inversion", test_pct_finds_inversion);
  g_test_add_func ("/core/explore/jobs", test_jobs);
  g_test_add_func ("/core/explore/compile-error", test_compile_error);
  g_test_add_func ("/core/explore/cancel", test_cancel);
  return g_test_run ();
}
