/* test-format.c — the words and numbers the window shows about a trace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Durations are checked against Go 1.23's time.Duration.String(), printed
 * by Go itself for every value below; the other strings against what the
 * inspector, tooltips and status bar show a user.
 */

#include "config.h"

#include <string.h>

#include "gor-format.h"

typedef struct
{
  gint64      ns;
  const char *go;
} DurationCase;

/* What Go 1.23 prints for each value, from
 *
 *   for _, d := range []time.Duration{0, 1, 999, …, math.MinInt64 + 1} {
 *           fmt.Printf("%d %q\n", int64(d), d.String())
 *   }
 */
static const DurationCase duration_cases[] = {
  { 0, "0s" },
  { 1, "1ns" },
  { 999, "999ns" },
  { 1000, "1µs" },
  { 1001, "1.001µs" },
  { 1500, "1.5µs" },
  { 999999, "999.999µs" },
  { 1000000, "1ms" },
  { 1500000, "1.5ms" },
  { 1234567, "1.234567ms" },
  { 100000000, "100ms" },
  { 999999999, "999.999999ms" },
  { G_GINT64_CONSTANT (1000000000), "1s" },
  { G_GINT64_CONSTANT (1500000000), "1.5s" },
  { G_GINT64_CONSTANT (59000000000), "59s" },
  { G_GINT64_CONSTANT (60000000000), "1m0s" },
  { G_GINT64_CONSTANT (90000000000), "1m30s" },
  { G_GINT64_CONSTANT (100000000000), "1m40s" },
  { G_GINT64_CONSTANT (150000000000), "2m30s" },
  { G_GINT64_CONSTANT (181234567000), "3m1.234567s" },
  { G_GINT64_CONSTANT (3600000000000), "1h0m0s" },
  { G_GINT64_CONSTANT (3600500000000), "1h0m0.5s" },
  { G_GINT64_CONSTANT (86400000000000), "24h0m0s" },
  { G_GINT64_CONSTANT (4611686018427387904), "1281023h53m38.427387904s" },
  { -1, "-1ns" },
  { -999, "-999ns" },
  { -1500, "-1.5µs" },
  { -1500000, "-1.5ms" },
  { G_GINT64_CONSTANT (-1500000000), "-1.5s" },
  { G_GINT64_CONSTANT (-150000000000), "-2m30s" },
  { G_GINT64_CONSTANT (-3600000000000), "-1h0m0s" },
  { G_MAXINT64, "2562047h47m16.854775807s" },
  { G_MININT64, "-2562047h47m16.854775808s" },
  { G_MININT64 + 1, "-2562047h47m16.854775807s" },
};

static void
test_duration (void)
{
  for (guint i = 0; i < G_N_ELEMENTS (duration_cases); i++)
    {
      g_autofree char *s = gor_format_duration (duration_cases[i].ns);

      g_test_message ("%" G_GINT64_FORMAT " ns", duration_cases[i].ns);
      g_assert_cmpstr (s, ==, duration_cases[i].go);
    }
}

static void
test_goroutine (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("gen.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  GorTraceGoroutine *g = gor_trace_add_goroutine (t, 12, 1, "main.gen.func1", "main.gen", "gen.go", 7, 0);
  g_autofree char   *sm = gor_format_goroutine (m);
  g_autofree char   *sg = gor_format_goroutine (g);

  g_assert_cmpstr (sm, ==, "g1 main");
  g_assert_cmpstr (sg, ==, "g12 main.gen.func1");
}

/* One goroutine through every state: runnable, running, blocked on a
 * send, asleep, blocked on a nil channel's receive, then on a send for
 * good from step 10, exited in the fix. */
static GorTrace *
state_trace (GorTraceGoroutine **g_out, GorTraceGoroutine **leaked_out)
{
  GorTrace          *t = gor_trace_new ("states.go", "package main\n", 1);
  GorTraceGoroutine *g = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  GorTraceGoroutine *w = gor_trace_add_goroutine (t, 2, 1, "main.worker", "main", "states.go", 9, 0);

  gor_trace_set_state (t, g, 0, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 3);
  gor_trace_set_state (t, g, 1, GOR_STATE_RUNNING, GOR_REASON_NONE, 4);
  gor_trace_set_state (t, g, 2, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 5);
  gor_trace_set_state (t, g, 3, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 6);
  gor_trace_set_state (t, g, 4, GOR_STATE_BLOCKED, GOR_REASON_NIL_CHAN_RECV, 7);
  gor_trace_set_state (t, g, 5, GOR_STATE_EXITED, GOR_REASON_NONE, 8);

  gor_trace_set_state (t, w, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 10);
  gor_trace_set_state (t, w, 1, GOR_STATE_BLOCKED, GOR_REASON_MUTEX_LOCK, 11);
  gor_trace_set_state (t, w, 6, GOR_STATE_RUNNING, GOR_REASON_NONE, 12);
  gor_trace_set_state (t, w, 8, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 13);
  gor_trace_set_state (t, w, 10, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 14);
  gor_trace_set_n_steps (t, 20);
  gor_trace_mark_blocked_forever (t, w, 10, GOR_REASON_CHAN_SEND, 14);
  gor_trace_finish (t, GOR_END_DEADLOCK, 2, "fatal error: all goroutines are asleep - deadlock!");

  *g_out = g;
  *leaked_out = w;
  return t;
}

static char *
state_at (const GorTraceGoroutine *g, guint32 step)
{
  const GorSpan *span = gor_trace_goroutine_span_at (g, step);

  g_assert_nonnull (span);
  return gor_format_span_state (g, span, step);
}

static void
test_span_state (void)
{
  GorTraceGoroutine *g, *w;
  g_autoptr (GorTrace) t = state_trace (&g, &w);
  struct
  {
    const GorTraceGoroutine *g;
    guint32                  step;
    const char              *want;
  } cases[] = {
    { NULL, 0, "runnable" },
    { NULL, 1, "running" },
    { NULL, 2, "blocked: chan send" },
    { NULL, 3, "sleeping" },
    { NULL, 4, "blocked: chan receive (nil chan)" },
    { NULL, 5, "exited" },
    /* Before the verdict's step the worker only waits; from it on, its
     * wait and its sleep are for good. */
    { w, 1, "blocked: sync.Mutex.Lock" },
    { w, 6, "running" },
    { w, 8, "sleeping" },
    { w, 9, "sleeping" },
    { w, 10, "blocked forever: chan send" },
    { w, 19, "blocked forever: chan send" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = state_at (cases[i].g ? cases[i].g : g, cases[i].step);

      g_test_message ("g%u at %u", (cases[i].g ? cases[i].g : g)->id, cases[i].step);
      g_assert_cmpstr (s, ==, cases[i].want);
    }
}

/* A sleep the verdict covers reads as a wait that never ends. */
static void
test_span_state_forever_sleep (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("sleep.go", "package main\n", 1);
  GorTraceGoroutine *g = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  g_autofree char   *before = NULL;
  g_autofree char   *after = NULL;

  gor_trace_set_state (t, g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  gor_trace_set_state (t, g, 1, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 4);
  gor_trace_set_n_steps (t, 6);
  gor_trace_mark_blocked_forever (t, g, 3, GOR_REASON_SLEEP, 4);
  gor_trace_finish (t, GOR_END_DEADLOCK, 2, NULL);

  before = state_at (g, 2);
  after = state_at (g, 3);
  g_assert_cmpstr (before, ==, "sleeping");
  g_assert_cmpstr (after, ==, "blocked forever: sleep");
}

static void
test_output_until (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("out.go", "package main\n", 1);
  struct
  {
    guint       playhead;
    const char *want;
  } cases[] = {
    { 0, "" },
    { 4, "" }, /* printed at step 4: not yet before the playhead */
    { 5, "1\n" },
    { 7, "1\n" },
    { 8, "1\n2\n" },
    { 19, "1\n2\n" },
    { 20, "1\n2\ndone\n" },
    { G_MAXUINT, "1\n2\ndone\n" },
  };

  gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  gor_trace_add_output (t, 4, 1, FALSE, "1\n", 2);
  gor_trace_add_output (t, 7, 1, FALSE, "2\n", 2);
  gor_trace_add_output (t, 19, 1, FALSE, "done\n", 5);
  gor_trace_set_n_steps (t, 21);

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = gor_format_output_until (t, cases[i].playhead);

      g_test_message ("playhead %u", cases[i].playhead);
      g_assert_cmpstr (s, ==, cases[i].want);
    }
}

static void
test_output_until_empty (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("quiet.go", "package main\n", 1);
  g_autofree char *s = gor_format_output_until (t, G_MAXUINT);

  g_assert_cmpstr (s, ==, "");
}

/* A runaway program's output: the inspector shows a tail cut at a line,
 * and says how many lines it left out. */
static void
test_output_tail (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("loud.go", "package main\n", 1);
  guint64 hidden = 99;

  gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  for (guint i = 0; i < 1000; i++)
    {
      g_autofree char *line = g_strdup_printf ("line %u\n", i);

      gor_trace_add_output (t, i + 1, 1, FALSE, line, strlen (line));
    }
  gor_trace_set_n_steps (t, 1001);
  {
    g_autofree char *s = gor_format_output_tail (t, G_MAXUINT, 30, &hidden);

    /* "line 997\nline 998\nline 999\n" is 27 bytes; 30 cut line 996 */
    g_assert_cmpstr (s, ==, "line 997\nline 998\nline 999\n");
    g_assert_cmpuint (hidden, ==, 997);
  }
  {
    g_autofree char *s = gor_format_output_tail (t, 3, 30, &hidden);

    g_assert_cmpstr (s, ==, "line 0\nline 1\n");
    g_assert_cmpuint (hidden, ==, 0);
  }
  {
    g_autofree char *s = gor_format_output_tail (t, 12, 16, &hidden);

    /* steps 1..11 printed lines 0..10: the last 16 bytes begin with the
     * newline before "line 9" */
    g_assert_cmpstr (s, ==, "line 9\nline 10\n");
    g_assert_cmpuint (hidden, ==, 9);
  }
}

static void
test_basename (void)
{
  struct
  {
    const char *path;
    const char *want;
  } cases[] = {
    { "/home/ada/leaks/mine.go", "mine.go" },
    { "mine.go", "mine.go" },
    { "scenarios/01-send/leak.go", "leak.go" },
    { "/home/ada/leaks/", "leaks" },
    { NULL, "" },
  };

  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *s = gor_format_basename (cases[i].path);

      g_assert_cmpstr (s, ==, cases[i].want);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/format/duration", test_duration);
  g_test_add_func ("/render/format/goroutine", test_goroutine);
  g_test_add_func ("/render/format/span-state", test_span_state);
  g_test_add_func ("/render/format/span-state-forever-sleep", test_span_state_forever_sleep);
  g_test_add_func ("/render/format/output-until", test_output_until);
  g_test_add_func ("/render/format/output-until-empty", test_output_until_empty);
  g_test_add_func ("/render/format/basename", test_basename);
  g_test_add_func ("/render/format/output-tail", test_output_tail);

  return g_test_run ();
}
