/* test-go-on.c — a recorded run that goes on from an uncontended Lock or
 * Unlock into the next step, inside the dispatch loop, records what a run
 * of one step at a time records
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * gor_runner_step takes one step at a time (gor_vm_step, never going on);
 * gor_runner_run_sync runs in batches, where a Lock or Unlock that did not
 * block goes on into the next step (_gor_sched_go_on).  Both must give the
 * same trace: spans, events, hand-offs, output, clock — and the live
 * rule's verdicts at the same steps, also when the step that makes a
 * goroutine blocked forever is one that went on (a holder drops the only
 * reference to a Mutex between two Locks of another).
 */

#include "config.h"

#include <string.h>

#include "gor-runner.h"
#include "gor-trace.h"

#define PRELUDE "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n"

typedef struct
{
  const char *name;
  const char *source;
  guint       forever; /* goroutines blocked forever at the end */
  gboolean    live;    /* the first of them proven before the run's last step */
} GoOnCase;

static const GoOnCase cases[] = {
  /* the holder drops its pointer to the held Mutex between a Lock and an
   * Unlock of its own Mutex: the waiter is blocked forever from that step */
  { "holder-drops-mutex",
    PRELUDE "func main() {\n\theld := new(sync.Mutex)\n\theld.Lock()\n\tdone := make(chan bool)\n"
            "\tgo func(m *sync.Mutex) {\n\t\tm.Lock()\n\t\tfmt.Println(\"never\")\n\t}(held)\n"
            "\tgo func(m *sync.Mutex) {\n\t\tvar mu sync.Mutex\n\t\tn := 0\n"
            "\t\tfor i := 0; i < 300; i++ {\n\t\t\tmu.Lock()\n\t\t\tif i == 150 {\n\t\t\t\tm = nil\n\t\t\t}\n"
            "\t\t\tn++\n\t\t\tmu.Unlock()\n\t\t}\n\t\tfmt.Println(n, m == nil)\n\t\tdone <- true\n\t}(held)\n"
            "\theld = nil\n\t<-done\n\tfmt.Println(\"end\")\n}\n",
    1, TRUE },
  /* a captured variable holds the Mutex: the holder sets it to nil */
  { "captured-mutex-dropped",
    PRELUDE
    "func main() {\n\tvar wg sync.WaitGroup\n\tm := new(sync.Mutex)\n\tm.Lock()\n"
    "\tgo func(w *sync.Mutex) {\n\t\tw.Lock()\n\t}(m)\n\twg.Add(1)\n\tgo func() {\n"
    "\t\tdefer wg.Done()\n\t\tvar mu sync.Mutex\n\t\tfor i := 0; i < 200; i++ {\n"
    "\t\t\tmu.Lock()\n\t\t\tif i == 120 {\n\t\t\t\tm = nil\n\t\t\t}\n\t\t\tmu.Unlock()\n\t\t}\n\t}()\n"
    "\twg.Wait()\n\tfmt.Println(\"end\", m == nil)\n}\n",
    1, TRUE },
  /* workers contend for one Mutex, main waits on a WaitGroup */
  { "contended-counter",
    PRELUDE "func main() {\n\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tn := 0\n"
            "\tfor w := 0; w < 4; w++ {\n\t\twg.Add(1)\n\t\tgo func() {\n\t\t\tdefer wg.Done()\n"
            "\t\t\tfor i := 0; i < 500; i++ {\n\t\t\t\tmu.Lock()\n\t\t\t\tn++\n\t\t\t\tmu.Unlock()\n"
            "\t\t\t}\n\t\t}()\n\t}\n\twg.Wait()\n\tfmt.Println(n)\n}\n",
    0, FALSE },
  /* a package-level Mutex, readers and a writer, and one Lock never
   * released: the last worker waits on it when main returns */
  { "global-rwmutex",
    PRELUDE "var rw sync.RWMutex\nvar mu sync.Mutex\n\nfunc main() {\n\tvar wg sync.WaitGroup\n"
            "\ttotal := 0\n\tfor w := 0; w < 3; w++ {\n\t\twg.Add(1)\n\t\tgo func(w int) {\n"
            "\t\t\tdefer wg.Done()\n\t\t\tfor i := 0; i < 200; i++ {\n\t\t\t\tif w == 0 {\n"
            "\t\t\t\t\trw.Lock()\n\t\t\t\t\ttotal++\n\t\t\t\t\trw.Unlock()\n\t\t\t\t} else {\n"
            "\t\t\t\t\trw.RLock()\n\t\t\t\t\t_ = total\n\t\t\t\t\trw.RUnlock()\n\t\t\t\t}\n\t\t\t}\n"
            "\t\t}(w)\n\t}\n\twg.Wait()\n\tmu.Lock()\n\tgo func() {\n\t\tmu.Lock()\n\t}()\n"
            "\tfor i := 0; i < 100; i++ {\n\t\trw.Lock()\n\t\trw.Unlock()\n\t}\n\tfmt.Println(total)\n}\n",
    0, FALSE },
};

static GorRunner *
run (const GoOnCase *c, guint64 seed, gboolean one_at_a_time)
{
  g_autoptr (GError) error = NULL;
  GorRunner *runner = gor_runner_new (c->name, c->source, -1, seed, &error);

  g_assert_no_error (error);
  if (one_at_a_time)
    while (gor_runner_step (runner))
      ;
  else
    gor_runner_run_sync (runner, NULL);
  return runner;
}

/* The first line where the dumps differ, not the whole of them. */
static void
assert_same_dump (const char *a, const char *b)
{
  gsize line = 1, i = 0;

  while (a[i] != '\0' && a[i] == b[i])
    if (a[i++] == '\n')
      line++;
  if (a[i] != b[i])
    {
      g_autofree char *la = g_strndup (a + i, strcspn (a + i, "\n"));
      g_autofree char *lb = g_strndup (b + i, strcspn (b + i, "\n"));

      g_error ("the traces differ at line %" G_GSIZE_FORMAT ": \"%s\" one step at a time, \"%s\" going on",
               line, la, lb);
    }
}

static void
assert_same_events (GorTrace *a, GorTrace *b)
{
  g_assert_cmpuint (a->n_steps, ==, b->n_steps);
  for (guint32 s = 0; s < a->n_steps; s++)
    {
      const GorStepEvent *ea = gor_trace_event_at (a, s), *eb = gor_trace_event_at (b, s);

      g_assert_true ((ea == NULL) == (eb == NULL));
      if (ea == NULL)
        continue;
      if (memcmp (ea, eb, sizeof *ea) != 0)
        g_error ("step %u: the events differ", s);
      g_assert_cmpstr (gor_trace_event_text (a, ea), ==, gor_trace_event_text (b, eb));
    }
}

static void
test_case (gconstpointer data)
{
  const GoOnCase *c = data;

  for (guint64 seed = 1; seed <= 3; seed++)
    {
      g_autoptr (GorRunner) stepped = run (c, seed, TRUE);
      g_autoptr (GorRunner) batched = run (c, seed, FALSE);
      GorTrace        *a = gor_runner_get_trace (stepped), *b = gor_runner_get_trace (batched);
      g_autofree char *sa = gor_trace_to_string (a);
      g_autofree char *sb = gor_trace_to_string (b);
      gint64           first = -1;

      assert_same_dump (sa, sb);
      assert_same_events (a, b);
      g_assert_cmpuint (gor_trace_count_blocked_forever (b), ==, c->forever);
      for (guint i = 0; i < gor_trace_get_n_goroutines (b); i++)
        {
          const GorTraceGoroutine *g = gor_trace_get_goroutine (b, i);

          if (g->blocked_forever_since >= 0 && (first < 0 || g->blocked_forever_since < first))
            first = g->blocked_forever_since;
        }
      if (c->live)
        {
          g_assert_cmpint (first, >, 0);
          g_assert_cmpint (first, <, (gint64) b->n_steps);
        }
    }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  for (guint i = 0; i < G_N_ELEMENTS (cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/go-on/%s", cases[i].name);

      g_test_add_data_func (path, &cases[i], test_case);
    }
  return g_test_run ();
}
