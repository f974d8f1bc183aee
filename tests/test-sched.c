/* test-sched.c — the scheduler: deadlock, program end, virtual clock, sync
 * primitives and their fatal errors, timers, context: the programs of
 * tests/programs/sched, with what the Go 1.23 binary printed for them
 * (tests/go-oracle.py records and checks it); and the traces the runs leave
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

static const char *select_race = "package main\n\nimport \"fmt\"\n\n"
                                 "func main() {\n"
                                 "\ta := make(chan int, 1)\n\tb := make(chan int, 1)\n"
                                 "\ta <- 1\n\tb <- 2\n"
                                 "\tselect {\n\tcase v := <-a:\n\t\tfmt.Println(\"a\", v)\n\tcase v := "
                                 "<-b:\n\t\tfmt.Println(\"b\", v)\n\t}\n"
                                 "}\n";

/* tests/programs/sched/leaky-pipeline.go and what Go printed for it */
static GorGoProgram *leaky_program;

/* The same seed gives a byte-identical trace. */
static void
test_determinism (void)
{
  const char *programs[] = { leaky_program->source, select_race };

  for (guint p = 0; p < G_N_ELEMENTS (programs); p++)
    for (guint64 seed = 1; seed <= 5; seed++)
      {
        g_autoptr (GString) o1 = g_string_new (NULL), e1 = g_string_new (NULL);
        g_autoptr (GString) o2 = g_string_new (NULL), e2 = g_string_new (NULL);
        g_autoptr (GorTrace) t1 = NULL, t2 = NULL;
        g_autofree char *s1 = NULL, *s2 = NULL;

        gor_test_run (programs[p], seed, TRUE, o1, e1, &t1);
        gor_test_run (programs[p], seed, TRUE, o2, e2, &t2);
        s1 = gor_trace_to_string (t1);
        s2 = gor_trace_to_string (t2);
        g_assert_cmpstr (s1, ==, s2);
        g_assert_cmpstr (o1->str, ==, o2->str);
      }
}

/* Go picks uniformly among ready select cases: over seeds, both happen. */
static void
test_select_uses_both_cases (void)
{
  gboolean seen_a = FALSE, seen_b = FALSE;

  for (guint64 seed = 1; seed <= 40; seed++)
    {
      g_autoptr (GString) out = g_string_new (NULL);
      g_autoptr (GString) err = g_string_new (NULL);

      g_assert_cmpint (gor_test_run (select_race, seed, FALSE, out, err, NULL), ==, 0);
      if (g_str_equal (out->str, "a 1\n"))
        seen_a = TRUE;
      else if (g_str_equal (out->str, "b 2\n"))
        seen_b = TRUE;
      else
        g_assert_not_reached ();
    }
  g_assert_true (seen_a && seen_b);
}

/* The trace: spans sorted and contiguous, main first, the leak marked. */
static void
test_trace_of_leak (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  g_autoptr (GorTrace) trace = NULL;
  GorTraceGoroutine *main_g, *gen_g;

  g_assert_cmpint (gor_test_run (leaky_program->source, 1, TRUE, out, err, &trace), ==, 0);
  g_assert_cmpstr (out->str, ==, leaky_program->out);
  g_assert_cmpuint (gor_trace_get_n_goroutines (trace), ==, 2);
  main_g = gor_trace_get_goroutine (trace, 0);
  gen_g = gor_trace_get_goroutine (trace, 1);
  g_assert_cmpstr (main_g->name, ==, "main");
  g_assert_cmpstr (gen_g->name, ==, "main.gen.func1");
  g_assert_cmpstr (gen_g->creator_name, ==, "main.gen");
  g_assert_cmpuint (gen_g->created_line, ==, 11);
  g_assert_cmpuint (gen_g->parent_id, ==, 1);
  g_assert_cmpint (main_g->blocked_forever_since, ==, -1);
  g_assert_cmpint (gen_g->blocked_forever_since, >, 0);
  g_assert_cmpuint (gen_g->forever_reason, ==, GOR_REASON_CHAN_SEND);
  g_assert_cmpuint (gen_g->blocked_line, ==, 13);
  g_assert_cmpuint (gor_trace_count_blocked_forever (trace), ==, 1);
  g_assert_cmpint (trace->end_kind, ==, GOR_END_MAIN_RETURNED);
  /* the clock jumped over the five-second sleep; the work around it costs
   * virtual time too, well under a microsecond here */
  g_assert_cmpint (gor_trace_vtime_at (trace, trace->n_steps - 1), >=, G_GINT64_CONSTANT (5000000000));
  g_assert_cmpint (gor_trace_vtime_at (trace, trace->n_steps - 1), <, G_GINT64_CONSTANT (5000001000));
  g_assert_cmpint (gor_trace_num_goroutines_at (trace, trace->n_steps - 1), ==, 2);
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

      for (guint j = 0; j < g->spans->len; j++)
        {
          const GorSpan *sp = &g_array_index (g->spans, GorSpan, j);

          g_assert_cmpuint (sp->first_step, <=, gor_trace_span_end (trace, sp));
          if (j > 0)
            g_assert_cmpuint (g_array_index (g->spans, GorSpan, j - 1).end_step, ==, sp->first_step);
        }
    }
  /* one hand-off: 2 from gen's goroutine to main */
  g_assert_cmpuint (trace->handoffs->len, ==, 1);
  g_assert_cmpuint (g_array_index (trace->handoffs, GorHandoff, 0).from_id, ==, 2);
  g_assert_cmpuint (g_array_index (trace->handoffs, GorHandoff, 0).to_id, ==, 1);
}

/* Every goroutine's spans sorted and contiguous (gor-trace.h's promise). */
static void
assert_spans_contiguous (GorTrace *trace)
{
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

      for (guint j = 0; j < g->spans->len; j++)
        {
          const GorSpan *sp = &g_array_index (g->spans, GorSpan, j);

          g_assert_cmpuint (sp->first_step, <=, gor_trace_span_end (trace, sp));
          if (j > 0)
            g_assert_cmpuint (g_array_index (g->spans, GorSpan, j - 1).end_step, ==, sp->first_step);
        }
    }
}

static GorTrace *
run_scenario_file (const char *scenario, const char *file)
{
  g_autofree char *path
      = g_test_build_filename (G_TEST_DIST, "..", "data", "scenarios", scenario, file, NULL);
  g_autofree char *source = NULL;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  g_autoptr (GError) error = NULL;
  GorTrace *trace = NULL;

  g_assert_true (g_file_get_contents (path, &source, NULL, &error));
  g_assert_no_error (error);
  g_assert_cmpint (gor_test_run_named (file, source, 1, TRUE, out, err, &trace), ==, 0);
  g_assert_nonnull (trace);
  return trace;
}

/* Virtual time main spends asleep, and that no sleep is an empty span. */
static gint64
main_sleeping_ns (GorTrace *trace)
{
  GorTraceGoroutine *m = gor_trace_get_goroutine (trace, 0);
  gint64             ns = 0;

  for (guint j = 0; j < m->spans->len; j++)
    {
      const GorSpan *sp = &g_array_index (m->spans, GorSpan, j);
      guint32        end = gor_trace_span_end (trace, sp);

      if (sp->state != GOR_STATE_SLEEPING)
        continue;
      g_assert_cmpuint (end, >, sp->first_step);
      ns += gor_trace_vtime_at (trace, end) - gor_trace_vtime_at (trace, sp->first_step);
    }
  return ns;
}

/* Scenario 01: main sleeps 5 s in the loop (and, fixed, 1 s more in its
 * deferred function) while nothing else can run.  The clock jump is a step
 * of its own, so each sleep is a sleeping span of its full virtual time. */
static void
test_sleep_is_a_span (void)
{
  g_autoptr (GorTrace) leak = run_scenario_file ("01-send-without-receiver", "leak.go");
  g_autoptr (GorTrace) fixed = run_scenario_file ("01-send-without-receiver", "fixed.go");

  assert_spans_contiguous (leak);
  assert_spans_contiguous (fixed);
  g_assert_cmpint (main_sleeping_ns (leak), ==, G_GINT64_CONSTANT (5000000000));
  g_assert_cmpint (main_sleeping_ns (fixed), ==, G_GINT64_CONSTANT (6000000000));
  /* the run ends after the sleeps and the little work around them */
  g_assert_cmpint (gor_trace_vtime_at (leak, leak->n_steps), >=, G_GINT64_CONSTANT (5000000000));
  g_assert_cmpint (gor_trace_vtime_at (leak, leak->n_steps), <, G_GINT64_CONSTANT (5000010000));
  g_assert_cmpint (gor_trace_vtime_at (fixed, fixed->n_steps), >=, G_GINT64_CONSTANT (6000000000));
  g_assert_cmpint (gor_trace_vtime_at (fixed, fixed->n_steps), <, G_GINT64_CONSTANT (6000010000));
}

/* A ticker wakes its receiver between two steps: the receiver's runnable
 * span must not start after the step it runs in. */
static void
test_ticker_spans_in_order (void)
{
  g_autoptr (GorTrace) leak = run_scenario_file ("11-ticker-loop-never-stops", "leak.go");
  g_autoptr (GorTrace) fixed = run_scenario_file ("11-ticker-loop-never-stops", "fixed.go");

  assert_spans_contiguous (leak);
  assert_spans_contiguous (fixed);
}

static void
test_max_steps (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner
      = gor_runner_new ("spin.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", -1, 1, &error);
  int status;

  g_assert_no_error (error);
  gor_runner_set_max_steps (runner, 100);
  status = gor_runner_run_sync (runner, NULL);
  g_assert_cmpint (status, ==, 3);
  g_assert_cmpint (gor_runner_get_trace (runner)->end_kind, ==, GOR_END_STEP_LIMIT);
  g_assert_true (gor_runner_is_finished (runner));
}

static void
finished_cb (GorRunner *runner, gpointer data)
{
  *(int *) data += 1;
}

static void
stepped_cb (GorRunner *runner, gpointer data)
{
  *(int *) data += 1;
}

/* run_to_end from the main loop: batches, "stepped", one "finished". */
static void
test_runner_main_loop (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("leak.go", leaky_program->source, -1, 7, &error);
  int finished = 0, stepped = 0;

  g_assert_no_error (error);
  g_signal_connect (runner, "finished", G_CALLBACK (finished_cb), &finished);
  g_signal_connect (runner, "stepped", G_CALLBACK (stepped_cb), &stepped);
  gor_runner_run_to_end (runner);
  g_assert_true (gor_runner_is_playing (runner));
  while (finished == 0)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpint (finished, ==, 1);
  g_assert_cmpint (stepped, >=, 1);
  g_assert_false (gor_runner_is_playing (runner));
  g_assert_false (gor_runner_step (runner));
  g_assert_cmpint (gor_runner_get_trace (runner)->exit_status, ==, 0);

  /* play: one step per tick */
  {
    g_autoptr (GorRunner) r2 = gor_runner_new ("leak.go", leaky_program->source, -1, 7, &error);
    int f2 = 0, s2 = 0;

    g_signal_connect (r2, "finished", G_CALLBACK (finished_cb), &f2);
    g_signal_connect (r2, "stepped", G_CALLBACK (stepped_cb), &s2);
    gor_runner_play (r2, 1);
    while (f2 == 0)
      g_main_context_iteration (NULL, TRUE);
    g_assert_cmpint (s2, ==, (int) gor_runner_get_trace (r2)->n_steps);
  }
}

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) programs = g_ptr_array_new_with_free_func (gor_test_program_free);
  int ret;

  g_test_init (&argc, &argv, NULL);
  gor_test_add_programs ("/core/sched", "sched", programs);
  leaky_program = gor_test_program_load ("sched", "leaky-pipeline");
  g_test_add_func ("/core/sched/determinism", test_determinism);
  g_test_add_func ("/core/sched/select-uses-both-cases", test_select_uses_both_cases);
  g_test_add_func ("/core/sched/trace-of-leak", test_trace_of_leak);
  g_test_add_func ("/core/sched/sleep-is-a-span", test_sleep_is_a_span);
  g_test_add_func ("/core/sched/ticker-spans-in-order", test_ticker_spans_in_order);
  g_test_add_func ("/core/sched/max-steps", test_max_steps);
  g_test_add_func ("/core/sched/runner-main-loop", test_runner_main_loop);
  ret = g_test_run ();
  gor_test_program_free (leaky_program);
  return ret;
}
