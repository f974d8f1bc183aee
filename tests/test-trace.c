/* test-trace.c — the trace model
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-trace.h"

static void
test_spans_merge_and_close (void)
{
  g_autoptr (GorTrace) trace = gor_trace_new ("t.go", "package main", 1);
  GorTraceGoroutine *g = gor_trace_add_goroutine (trace, 1, 0, "main", NULL, NULL, 0, 0);
  const GorSpan     *span;

  gor_trace_set_state (trace, g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  gor_trace_set_n_steps (trace, 1);
  /* Same state again extends the span. */
  gor_trace_set_state (trace, g, 1, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  gor_trace_set_n_steps (trace, 2);
  gor_trace_set_state (trace, g, 2, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 5);
  gor_trace_set_n_steps (trace, 7);

  g_assert_cmpuint (g->spans->len, ==, 2);
  span = gor_trace_goroutine_span_at (g, 1);
  g_assert_nonnull (span);
  g_assert_cmpint (span->state, ==, GOR_STATE_RUNNING);
  span = gor_trace_goroutine_span_at (g, 6);
  g_assert_nonnull (span);
  g_assert_cmpint (span->state, ==, GOR_STATE_BLOCKED);
  g_assert_cmpuint (span->end_step, ==, GOR_SPAN_OPEN);
  g_assert_cmpuint (gor_trace_span_end (trace, span), ==, 7);

  gor_trace_finish (trace, GOR_END_DEADLOCK, 2, "fatal error: all goroutines are asleep - deadlock!");
  g_assert_cmpuint (span->end_step, ==, 7);
  g_assert_cmpint (trace->exit_status, ==, 2);
}

static void
test_zero_length_span_is_replaced (void)
{
  g_autoptr (GorTrace) trace = gor_trace_new ("t.go", "", 1);
  GorTraceGoroutine *g = gor_trace_add_goroutine (trace, 1, 0, "main", NULL, NULL, 0, 0);

  gor_trace_set_state (trace, g, 0, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 0);
  gor_trace_set_state (trace, g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 1);
  g_assert_cmpuint (g->spans->len, ==, 1);
  gor_trace_set_state (trace, g, 4, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 1);
  gor_trace_set_state (trace, g, 4, GOR_STATE_RUNNING, GOR_REASON_NONE, 1);
  /* Back to the state before: merged into one span. */
  g_assert_cmpuint (g->spans->len, ==, 1);
  gor_trace_set_state (trace, g, 6, GOR_STATE_EXITED, GOR_REASON_NONE, 9);
  g_assert_cmpuint (g->spans->len, ==, 2);
  g_assert_true (g->ended);
  g_assert_cmpuint (g_array_index (g->spans, GorSpan, 1).end_step, ==, 6);
  g_assert_null (gor_trace_goroutine_span_at (g, 8) != NULL
                         && gor_trace_goroutine_span_at (g, 8)->state != GOR_STATE_EXITED
                     ? (gpointer) 1
                     : NULL);
}

static void
test_change_points (void)
{
  g_autoptr (GorTrace) trace = gor_trace_new ("t.go", "", 1);

  gor_trace_set_num_goroutines (trace, 0, 1);
  gor_trace_set_num_goroutines (trace, 3, 2);
  gor_trace_set_num_goroutines (trace, 3, 3);
  gor_trace_set_num_goroutines (trace, 5, 3);
  gor_trace_set_num_goroutines (trace, 9, 1);
  g_assert_cmpuint (trace->num_goroutines->len, ==, 3);
  g_assert_cmpint (gor_trace_num_goroutines_at (trace, 0), ==, 1);
  g_assert_cmpint (gor_trace_num_goroutines_at (trace, 2), ==, 1);
  g_assert_cmpint (gor_trace_num_goroutines_at (trace, 4), ==, 3);
  g_assert_cmpint (gor_trace_num_goroutines_at (trace, 100), ==, 1);
  g_assert_cmpint (gor_trace_vtime_at (trace, 100), ==, 0);
}

static void
test_lookup_and_forever (void)
{
  g_autoptr (GorTrace) trace = gor_trace_new ("t.go", "", 1);
  GorTraceGoroutine *g2;

  for (guint32 id = 1; id <= 50; id++)
    gor_trace_add_goroutine (trace, id, id > 1 ? 1 : 0, "main", "main.main", "t.go", id, id);

  g2 = gor_trace_lookup (trace, 2);
  g_assert_nonnull (g2);
  g_assert_cmpuint (g2->id, ==, 2);
  g_assert_null (gor_trace_lookup (trace, 51));
  g_assert_cmpuint (gor_trace_lookup (trace, 37)->created_line, ==, 37);

  gor_trace_mark_blocked_forever (trace, g2, 14, GOR_REASON_CHAN_SEND, 14);
  gor_trace_mark_blocked_forever (trace, g2, 20, GOR_REASON_SELECT, 20);
  g_assert_cmpint (g2->blocked_forever_since, ==, 14);
  g_assert_cmpint (g2->forever_reason, ==, GOR_REASON_CHAN_SEND);
  g_assert_cmpuint (gor_trace_count_blocked_forever (trace), ==, 1);
  g_assert_cmpstr (gor_reason_to_string (GOR_REASON_NIL_CHAN_RECV), ==, "chan receive (nil chan)");
}

static void
test_dump_is_stable (void)
{
  g_autoptr (GorTrace) a = gor_trace_new ("t.go", "", 7);
  g_autoptr (GorTrace) b = gor_trace_new ("t.go", "", 7);
  GorTrace        *both[] = { a, b };
  g_autofree char *da = NULL;
  g_autofree char *db = NULL;

  for (guint i = 0; i < 2; i++)
    {
      GorTraceGoroutine *g = gor_trace_add_goroutine (both[i], 1, 0, "main", NULL, NULL, 0, 0);

      gor_trace_set_state (both[i], g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 2);
      gor_trace_add_output (both[i], 0, 1, FALSE, "hi\n", 3);
      gor_trace_add_handoff (both[i], 1, 0, 2, 1, 1);
      gor_trace_set_n_steps (both[i], 1);
      gor_trace_finish (both[i], GOR_END_MAIN_RETURNED, 0, NULL);
    }

  da = gor_trace_to_string (a);
  db = gor_trace_to_string (b);
  g_assert_cmpstr (da, ==, db);
  g_assert_nonnull (strstr (da, "stdout@0 g1 \"hi\\n\""));
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/core/trace/spans", test_spans_merge_and_close);
  g_test_add_func ("/core/trace/zero-length", test_zero_length_span_is_replaced);
  g_test_add_func ("/core/trace/change-points", test_change_points);
  g_test_add_func ("/core/trace/lookup-forever", test_lookup_and_forever);
  g_test_add_func ("/core/trace/dump-stable", test_dump_is_stable);

  return g_test_run ();
}
