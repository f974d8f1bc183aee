/* test-leak.c — blocked-forever analysis: the end-of-run rule, the live
 * rule on the cases Go's own leak detector is tested on, and agreement of
 * live verdicts with what happens later on every corpus program
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-leak.h"
#include "gor-test-go.h"

#define PRELUDE "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n\t\"time\"\n)\n\nvar _ sync.Mutex\n\n"
/* main keeps running (sleeping) long after the goroutine under test blocks */
#define MAIN_TAIL \
  "\tfor i := 0; i < 50; i++ {\n\t\ttime.Sleep(time.Millisecond)\n\t}\n\tfmt.Println(\"end\")\n}\n"

typedef struct
{
  const char *name;
  const char *source;
  gboolean    flagged; /* goroutine 2 is blocked forever while main still runs */
} LiveCase;

static const LiveCase live_cases[] = {
  { "nil-chan-send", PRELUDE "func main() {\n\tvar ch chan int\n\tgo func() { ch <- 1 }()\n" MAIN_TAIL,
    TRUE },
  { "nil-chan-recv", PRELUDE "func main() {\n\tvar ch chan int\n\tgo func() { <-ch }()\n" MAIN_TAIL, TRUE },
  { "select-no-cases", PRELUDE "func main() {\n\tgo func() { select {} }()\n" MAIN_TAIL, TRUE },
  { "send-unheld-chan",
    PRELUDE "func main() {\n\tgo func() {\n\t\tch := make(chan int)\n\t\tch <- 1\n\t}()\n" MAIN_TAIL, TRUE },
  { "recv-unheld-chan",
    PRELUDE
    "func f() {\n\tch := make(chan int)\n\tgo func() { <-ch }()\n}\n\nfunc main() {\n\tf()\n" MAIN_TAIL,
    TRUE },
  { "select-unheld-chans",
    PRELUDE "func f() {\n\ta := make(chan int)\n\tb := make(chan string)\n"
            "\tgo func() {\n\t\tselect {\n\t\tcase <-a:\n\t\tcase b <- \"x\":\n\t\t}\n\t}()\n}\n\nfunc "
            "main() {\n\tf()\n" MAIN_TAIL,
    TRUE },
  { "waitgroup-no-done",
    PRELUDE "func f() {\n\tvar wg sync.WaitGroup\n\twg.Add(1)\n\tgo func() { wg.Wait() }()\n}\n\nfunc main() "
            "{\n\tf()\n" MAIN_TAIL,
    TRUE },
  { "double-lock",
    PRELUDE "func f() {\n\tvar mu sync.Mutex\n\tgo func() {\n\t\tmu.Lock()\n\t\tmu.Lock()\n\t}()\n}\n\nfunc "
            "main() {\n\tf()\n" MAIN_TAIL,
    TRUE },
  { "package-level-chan",
    PRELUDE "var ch = make(chan int)\n\nfunc main() {\n\tgo func() { <-ch }()\n" MAIN_TAIL, FALSE },
  /* main still reads ch after its sleeps and its last print, in the step
   * it returns in: ch is live in main's frame until then */
  { "chan-held-by-main",
    PRELUDE "func main() {\n\tch := make(chan int)\n\tgo func() { <-ch }()\n"
            "\tfor i := 0; i < 50; i++ {\n\t\ttime.Sleep(time.Millisecond)\n\t}\n"
            "\tfmt.Println(\"end\")\n\tif ch == nil {\n\t\tpanic(\"nil\")\n\t}\n}\n",
    FALSE },
  /* main never reads ch again: the slot that still holds it is dead, and
   * the goroutine is blocked forever while main sleeps (without liveness
   * of locals it was found only when main returned) */
  { "chan-dead-in-main",
    PRELUDE "func main() {\n\tch := make(chan int)\n\tgo func() { <-ch }()\n" MAIN_TAIL "\n", TRUE },
  { "sleeping", PRELUDE "func main() {\n\tgo func() { time.Sleep(time.Hour) }()\n" MAIN_TAIL, FALSE },
};

static void
check_live (gconstpointer data)
{
  const LiveCase *lc = data;
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("live.go", lc->source, -1, 1, &error);
  GorTrace *trace;
  gboolean  flagged_live = FALSE;

  g_assert_no_error (error);
  trace = gor_runner_get_trace (runner);
  while (gor_runner_step (runner))
    {
      GorTraceGoroutine *g = gor_trace_lookup (trace, 2);

      if (g && g->blocked_forever_since >= 0 && trace->end_kind == GOR_END_NONE)
        flagged_live = TRUE;
      /* main is never flagged while it runs */
      g_assert_cmpint (gor_trace_lookup (trace, 1)->blocked_forever_since, ==, -1);
    }
  g_assert_cmpint (flagged_live, ==, lc->flagged);
  g_assert_cmpint (trace->exit_status, ==, 0);
  /* at the end every goroutine still blocked is blocked forever */
  if (gor_trace_lookup (trace, 2)->spans->len > 0 && !lc->flagged && !g_str_equal (lc->name, "sleeping"))
    g_assert_cmpint (gor_trace_lookup (trace, 2)->blocked_forever_since, >=, 0);
  if (g_str_equal (lc->name, "sleeping"))
    g_assert_cmpint (gor_trace_lookup (trace, 2)->blocked_forever_since, ==, -1);
}

/* A verdict is never contradicted: a goroutine found blocked forever does
 * not run again. */
static void
assert_verdicts_hold (GorTrace *trace, const char *what)
{
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

      if (g->blocked_forever_since < 0)
        continue;
      for (guint j = 0; j < g->spans->len; j++)
        {
          const GorSpan *sp = &g_array_index (g->spans, GorSpan, j);

          if (sp->state == GOR_STATE_RUNNING && sp->first_step >= g->blocked_forever_since)
            g_error ("%s: goroutine %u runs at step %u after its verdict at step %" G_GINT64_FORMAT, what,
                     g->id, sp->first_step, g->blocked_forever_since);
        }
    }
}

static void
test_corpus_verdicts (void)
{
  g_autofree char *dir = g_test_build_filename (G_TEST_DIST, "corpus", NULL);
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  g_autoptr (GString) not_compiled = g_string_new (NULL);
  const char *name;
  guint       n = 0;
  /* Three seeds a program; one under valgrind (.ci/run says so), where
   * what is looked for is memory errors, not more schedules. */
  guint64 n_seeds = g_getenv ("GOROLANES_UNDER_VALGRIND") ? 1 : 3;

  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = NULL;

      if (!g_str_has_suffix (name, ".go"))
        continue;
      path = g_build_filename (dir, name, NULL);
      for (guint64 seed = 1; seed <= n_seeds; seed++)
        {
          g_autoptr (GError) error = NULL;
          g_autoptr (GorRunner) runner = gor_runner_new_for_path (path, seed, &error);

          /* Every corpus program builds with Go: one that does not build
           * here would have no verdicts to check, so it fails the test. */
          if (runner == NULL)
            {
              g_string_append_printf (not_compiled, "%s%s", not_compiled->len ? "; " : "", error->message);
              break;
            }
          gor_runner_set_max_steps (runner, 2000000);
          gor_runner_run_sync (runner, NULL);
          assert_verdicts_hold (gor_runner_get_trace (runner), name);
        }
      n++;
    }
  g_assert_cmpstr (not_compiled->str, ==, "");
  g_assert_cmpuint (n, >=, 40);
}

/* g3 waits on a channel only g2 holds, and g2 sleeps: g3 is not blocked
 * forever while g2 may still wake and send.  When g2 wakes and returns
 * without sending, g3 is proven blocked forever from that step, never
 * from the step it blocked at. */
static void
test_sleeper_can_wake (void)
{
  static const char source[] = PRELUDE "func main() {\n\tch := make(chan int)\n\tgo func(c chan int) {\n"
                                       "\t\ttime.Sleep(5 * time.Millisecond)\n\t\t_ = c\n\t}(ch)\n"
                                       "\tgo func(c chan int) { <-c }(ch)\n\tch = nil\n" MAIN_TAIL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("sleeper.go", source, -1, 1, &error);
  GorTrace *trace;
  gint64    g2_exited = -1;

  g_assert_no_error (error);
  trace = gor_runner_get_trace (runner);
  while (gor_runner_step (runner))
    {
      GorTraceGoroutine *g2 = gor_trace_lookup (trace, 2), *g3 = gor_trace_lookup (trace, 3);

      if (g2 && g2_exited < 0 && g2->spans->len > 0
          && g_array_index (g2->spans, GorSpan, g2->spans->len - 1).state == GOR_STATE_EXITED)
        g2_exited = g_array_index (g2->spans, GorSpan, g2->spans->len - 1).first_step;
      if (g3 && g2_exited < 0)
        g_assert_cmpint (g3->blocked_forever_since, ==, -1);
    }
  g_assert_cmpint (g2_exited, >, 0);
  g_assert_cmpint (gor_trace_lookup (trace, 3)->blocked_forever_since, ==, g2_exited);
  g_assert_cmpint (gor_trace_lookup (trace, 3)->still_blocked_since, ==, -1);
}

/* g2 holds the channel g3 waits on across five sleeps, running between
 * them (the witness of the live rule is checked again each time it ran),
 * then drops it and sleeps on: g3 is proven blocked forever at the step
 * g2 starts its sixth sleep, not before, and long before g2 exits. */
static void
test_holder_drops_chan (void)
{
  static const char source[] = PRELUDE "func main() {\n\tch := make(chan int)\n\tgo func(c chan int) {\n"
                                       "\t\tfor i := 0; i < 5; i++ {\n\t\t\ttime.Sleep(time.Millisecond)\n"
                                       "\t\t\tif c == nil {\n\t\t\t\tpanic(\"nil\")\n\t\t\t}\n\t\t}\n"
                                       "\t\tc = nil\n\t\tfor i := 0; i < 5; i++ {\n"
                                       "\t\t\ttime.Sleep(time.Millisecond)\n\t\t}\n\t}(ch)\n"
                                       "\tgo func(c chan int) { <-c }(ch)\n\tch = nil\n" MAIN_TAIL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("holder.go", source, -1, 1, &error);
  GorTrace *trace;
  gint64    sixth = -1;

  g_assert_no_error (error);
  trace = gor_runner_get_trace (runner);
  while (gor_runner_step (runner))
    {
      GorTraceGoroutine *g2 = gor_trace_lookup (trace, 2), *g3 = gor_trace_lookup (trace, 3);
      guint              sleeps = 0;

      for (guint i = 0; g2 && i < g2->spans->len; i++)
        if (g_array_index (g2->spans, GorSpan, i).state == GOR_STATE_SLEEPING && ++sleeps == 6)
          sixth = g_array_index (g2->spans, GorSpan, i).first_step;
      if (g3 && sixth < 0)
        g_assert_cmpint (g3->blocked_forever_since, ==, -1);
      if (g3 && sixth >= 0)
        g_assert_cmpint (g3->blocked_forever_since, ==, sixth);
      if (g2 && g2->ended)
        g_assert_cmpint (g3->blocked_forever_since, >=, 0);
    }
  g_assert_cmpint (sixth, >, 0);
  g_assert_cmpint (gor_trace_lookup (trace, 3)->blocked_forever_since, ==, sixth);
}

/* main returns while g2 sleeps holding the channel g3 waits on: g3 is
 * still blocked when main returned, not blocked forever. */
static void
test_main_returns_while_sleeping (void)
{
  static const char source[] = PRELUDE "func main() {\n\tch := make(chan int)\n\tgo func(c chan int) {\n"
                                       "\t\ttime.Sleep(time.Second)\n\t\tc <- 1\n\t}(ch)\n"
                                       "\tgo func(c chan int) { fmt.Println(<-c) }(ch)\n"
                                       "\ttime.Sleep(time.Millisecond)\n\tfmt.Println(\"end\")\n}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("return.go", source, -1, 1, &error);
  GorTrace          *trace;
  GorTraceGoroutine *g3;

  g_assert_no_error (error);
  gor_runner_run_sync (runner, NULL);
  trace = gor_runner_get_trace (runner);
  g_assert_cmpint (trace->end_kind, ==, GOR_END_MAIN_RETURNED);
  g3 = gor_trace_lookup (trace, 3);
  g_assert_cmpint (g3->blocked_forever_since, ==, -1);
  g_assert_cmpint (g3->still_blocked_since, >, 0);
  g_assert_cmpint (gor_leak_verdict (g3), ==, GOR_VERDICT_STILL_BLOCKED);
  g_assert_cmpint (gor_leak_verdict (gor_trace_lookup (trace, 2)), ==, GOR_VERDICT_NONE);
  g_assert_cmpuint (gor_trace_count_blocked_forever (trace), ==, 0);
  g_assert_cmpuint (gor_trace_count_still_blocked (trace), ==, 1);
}

/* Every leak of the article's scenarios (01-08) is proven while the
 * program still runs, and stays red: blocked forever from a step before
 * the last, never merely still blocked when main returned. */
static void
test_scenario_leaks_proven (void)
{
  const char *dir = g_getenv ("GOROLANES_SCENARIOS");
  g_autoptr (GDir) d = NULL;
  const char *name;
  guint       n = 0;

  g_assert_nonnull (dir);
  d = g_dir_open (dir, 0, NULL);
  g_assert_nonnull (d);
  while ((name = g_dir_read_name (d)) != NULL)
    {
      g_autofree char *path = g_build_filename (dir, name, "leak.go", NULL);
      g_autoptr (GError) error = NULL;
      g_autoptr (GorRunner) runner = NULL;
      GorTrace *trace;
      guint     n_forever = 0;

      if (name[0] < '0' || name[0] > '0' || name[1] < '1' || name[1] > '8' || name[2] != '-')
        continue;
      runner = gor_runner_new_for_path (path, 1, &error);
      g_assert_no_error (error);
      gor_runner_run_sync (runner, NULL);
      trace = gor_runner_get_trace (runner);
      for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
        {
          GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

          g_test_message ("%s: g%u forever since %" G_GINT64_FORMAT ", still blocked since %" G_GINT64_FORMAT
                          ", %u steps",
                          name, g->id, g->blocked_forever_since, g->still_blocked_since, trace->n_steps);
          g_assert_cmpint (g->still_blocked_since, ==, -1);
          if (g->blocked_forever_since < 0)
            continue;
          g_assert_cmpint (g->blocked_forever_since, <, trace->n_steps);
          n_forever++;
        }
      g_assert_cmpuint (n_forever, >, 0);
      n++;
    }
  g_assert_cmpuint (n, ==, 8);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  for (gsize i = 0; i < G_N_ELEMENTS (live_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/leak/live/%s", live_cases[i].name);

      g_test_add_data_func (path, &live_cases[i], check_live);
    }
  g_test_add_func ("/core/leak/corpus-verdicts-hold", test_corpus_verdicts);
  g_test_add_func ("/core/leak/scenario-leaks-proven", test_scenario_leaks_proven);
  g_test_add_func ("/core/leak/sleeper-can-wake", test_sleeper_can_wake);
  g_test_add_func ("/core/leak/main-returns-while-sleeping", test_main_returns_while_sleeping);
  g_test_add_func ("/core/leak/holder-drops-chan", test_holder_drops_chan);
  return g_test_run ();
}
