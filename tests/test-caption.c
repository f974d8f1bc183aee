/* test-caption.c — the step captions and the primitives' state at a step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each case runs a small real Go program and looks for the sentences its
 * steps must produce.  The schedule is fixed by the seed, but the cases
 * only ask that a sentence appears, not at which step, so that they do
 * not depend on the order the scheduler picks.
 */

#include "config.h"

#include <string.h>

#include "gor-caption.h"
#include "gor-runner.h"

static GorTrace *
run (const char *source)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("prog.go", source, -1, 1, &error);

  g_assert_no_error (error);
  while (gor_runner_step (runner))
    ;
  return gor_trace_ref (gor_runner_get_trace (runner));
}

/* The first step whose caption contains @text, or -1. */
static gint64
find_caption (GorTrace *trace, const char *text)
{
  for (guint32 s = 0; s <= trace->n_steps; s++)
    {
      g_autofree char *c = gor_caption_for_step (trace, s);

      if (strstr (c, text))
        return s;
    }
  return -1;
}

static void
assert_captions (GorTrace *trace, const char *const *texts)
{
  for (guint i = 0; texts[i]; i++)
    {
      if (find_caption (trace, texts[i]) < 0)
        {
          for (guint32 s = 0; s <= trace->n_steps; s++)
            {
              g_autofree char *c = gor_caption_for_step (trace, s);

              g_test_message ("step %u: %s", s, c);
            }
          g_error ("no step says “%s”", texts[i]);
        }
    }
}

static const char unbuffered_src[] = "package main\n"
                                     "\n"
                                     "import \"time\"\n"
                                     "\n"
                                     "func main() {\n"
                                     "\tout := make(chan int)\n"
                                     "\tgo func() {\n"
                                     "\t\tout <- 2\n"
                                     "\t\tout <- 3\n"
                                     "\t}()\n"
                                     "\t<-out\n"
                                     "\ttime.Sleep(5 * time.Second)\n"
                                     "}\n";

static void
test_unbuffered (void)
{
  g_autoptr (GorTrace) trace = run (unbuffered_src);
  const char *const texts[] = {
    "g1 starts g2 (main.main.func1)",
    "g1 receives from out — nothing is sent yet: g1 blocks",
    "g2 sends 2 on out — g1 was waiting and receives it",
    "g2 sends 3 on out — no receiver is ready: g2 blocks",
    "g1 sleeps 5s",
    /* the work before the sleep costs virtual time too (551 ns) */
    "nothing can run: the clock jumps to 5.000000551s — g1 wakes up",
    "main returns: g2 is killed, still blocked",
    NULL,
  };

  assert_captions (trace, texts);
}

static const char buffered_src[] = "package main\n"
                                   "\n"
                                   "import \"time\"\n"
                                   "\n"
                                   "func main() {\n"
                                   "\tch := make(chan string, 2)\n"
                                   "\tch <- \"a\"\n"
                                   "\tch <- \"a rather long string value\"\n"
                                   "\tgo func() {\n"
                                   "\t\tch <- \"c\"\n"
                                   "\t}()\n"
                                   "\ttime.Sleep(time.Millisecond)\n"
                                   "\tprintln(<-ch)\n"
                                   "\tprintln(<-ch)\n"
                                   "\tprintln(<-ch)\n"
                                   "\tclose(ch)\n"
                                   "\tv, ok := <-ch\n"
                                   "\tprintln(v, ok)\n"
                                   "}\n";

static void
test_buffered (void)
{
  g_autoptr (GorTrace) trace = run (buffered_src);
  const char *const texts[] = {
    "g1 sends \"a\" on ch: it waits in the buffer (1 of 2)",
    "g1 sends \"a rather long st…\" on ch: it waits in the buffer (2 of 2)",
    "g2 sends \"c\" on ch — the buffer is full (2 of 2): g2 blocks",
    "g1 receives \"a\" from ch's buffer — blocked g2 puts its value in",
    "g1 receives \"c\" from ch's buffer (0 values left)",
    "g1 closes ch",
    "g1 receives from ch: it is closed, so the zero value",
    NULL,
  };
  gint64       full = find_caption (trace, "the buffer is full");
  GorChanState st;

  assert_captions (trace, texts);
  /* when g2 has blocked: both values in the buffer, g2 waiting to send */
  g_assert_cmpint (full, >=, 0);
  g_assert_true (gor_caption_chan_state (trace, 1, (guint32) full + 1, &st));
  g_assert_cmpuint (st.cap, ==, 2);
  g_assert_cmpuint (st.len, ==, 2);
  g_assert_false (st.closed);
  g_assert_cmpstr (g_ptr_array_index (st.values, 0), ==, "\"a\"");
  g_assert_cmpstr (g_ptr_array_index (st.values, 1), ==, "\"a rather long st…\"");
  g_assert_cmpuint (st.senders->len, ==, 1);
  g_assert_cmpuint (g_array_index (st.senders, guint32, 0), ==, 2);
  g_assert_cmpuint (st.receivers->len, ==, 0);
  gor_chan_state_clear (&st);
  /* after the first receive: g2's value has entered behind the second */
  full = find_caption (trace, "puts its value in");
  g_assert_true (gor_caption_chan_state (trace, 1, (guint32) full + 1, &st));
  g_assert_cmpuint (st.len, ==, 2);
  g_assert_cmpstr (g_ptr_array_index (st.values, 0), ==, "\"a rather long st…\"");
  g_assert_cmpstr (g_ptr_array_index (st.values, 1), ==, "\"c\"");
  g_assert_cmpuint (st.senders->len, ==, 0);
  gor_chan_state_clear (&st);
  /* at the end: closed and empty */
  g_assert_true (gor_caption_chan_state (trace, 1, trace->n_steps, &st));
  g_assert_true (st.closed);
  g_assert_cmpuint (st.len, ==, 0);
  gor_chan_state_clear (&st);
  g_assert_false (gor_caption_chan_state (trace, 7, 0, &st));
}

static const char select_src[] = "package main\n"
                                 "\n"
                                 "import \"runtime\"\n"
                                 "\n"
                                 "func main() {\n"
                                 "\tdone := make(chan bool)\n"
                                 "\tres := make(chan float64, 1)\n"
                                 "\tselect {\n"
                                 "\tcase <-done:\n"
                                 "\tdefault:\n"
                                 "\t}\n"
                                 "\tselect {\n"
                                 "\tcase <-done:\n"
                                 "\tcase res <- 1.5:\n"
                                 "\t}\n"
                                 "\tgo func() {\n"
                                 "\t\truntime.Gosched()\n"
                                 "\t\tdone <- true\n"
                                 "\t}()\n"
                                 "\tselect {\n"
                                 "\tcase <-done:\n"
                                 "\tcase res <- 2:\n"
                                 "\t}\n"
                                 "\tselect {\n"
                                 "\tcase v := <-res:\n"
                                 "\t\t_ = v\n"
                                 "\t}\n"
                                 "\tvar nilch chan int\n"
                                 "\tgo func() { nilch <- 1 }()\n"
                                 "\tgo func() { select {} }()\n"
                                 "\truntime.Gosched()\n"
                                 "\truntime.Gosched()\n"
                                 "}\n";

static void
test_select (void)
{
  g_autoptr (GorTrace) trace = run (select_src);
  const char *const texts[] = {
    "g1's select takes the default case: no other case is ready",
    "select: g1 sends 1.5 on res: it waits in the buffer (1 of 1)",
    "g1 waits in select — no case is ready: g1 blocks",
    "g2 lets others run (runtime.Gosched)",
    "g2 sends true on done — g1 was waiting and receives it",
    "select: g1 receives 1.5 from res's buffer (0 values left)",
    "g3 sends on a nil channel: g3 blocks forever",
    "g4 runs select {}: it blocks forever",
    "g2 returns: it ends",
    NULL,
  };

  assert_captions (trace, texts);
}

static const char mutex_src[] = "package main\n"
                                "\n"
                                "import (\n"
                                "\t\"sync\"\n"
                                "\t\"time\"\n"
                                ")\n"
                                "\n"
                                "type store struct {\n"
                                "\tmu sync.Mutex\n"
                                "}\n"
                                "\n"
                                "func main() {\n"
                                "\tvar s store\n"
                                "\tvar wg sync.WaitGroup\n"
                                "\twg.Add(2)\n"
                                "\ts.mu.Lock()\n"
                                "\tfor i := 0; i < 2; i++ {\n"
                                "\t\tgo func() {\n"
                                "\t\t\ts.mu.Lock()\n"
                                "\t\t\ts.mu.Unlock()\n"
                                "\t\t\twg.Done()\n"
                                "\t\t}()\n"
                                "\t}\n"
                                "\ttime.Sleep(time.Millisecond)\n"
                                "\ts.mu.Unlock()\n"
                                "\twg.Wait()\n"
                                "}\n";

static void
test_mutex (void)
{
  g_autoptr (GorTrace) trace = run (mutex_src);
  const char *const texts[] = {
    "g1 calls wg.Add(2): the counter is 2",
    "g1 locks s.mu",
    "g2 waits for s.mu — held by g1",
    "g3 waits for s.mu — held by g1",
    "g1 unlocks s.mu — g",
    "wakes up to take it",
    "g2 locks s.mu",
    "g3 locks s.mu",
    "calls wg.Done(): the counter is 1",
    "calls wg.Done(): the counter is 0 — g1 wakes up",
    "g1 calls wg.Wait() — 2 goroutines still to finish: g1 blocks",
    "main returns: the program ends",
    NULL,
  };
  gint64 w2 = find_caption (trace, "g2 waits for s.mu"), w3 = find_caption (trace, "g3 waits for s.mu");
  gint64 waits = MAX (w2, w3);
  gint64 wait = find_caption (trace, "g1 calls wg.Wait()");
  g_autoptr (GArray) holders = NULL;
  g_autoptr (GArray) waiters = NULL;
  g_autoptr (GArray) wg_waiters = NULL;
  GorTraceGoroutine  *g3 = gor_trace_lookup (trace, 3);
  const GorStepEvent *ev;
  guint32             at = 0;

  assert_captions (trace, texts);
  /* who holds what once g3 has blocked: g1, since the step it locked */
  holders = gor_caption_mutex_holders (trace, 1, (guint32) waits + 1);
  g_assert_cmpuint (holders->len, ==, 1);
  g_assert_cmpuint (g_array_index (holders, GorHolder, 0).goroutine_id, ==, 1);
  g_assert_cmpuint (g_array_index (holders, GorHolder, 0).line, ==, 16);
  g_assert_cmpint (g_array_index (holders, GorHolder, 0).since_step, ==,
                   find_caption (trace, "g1 locks s.mu"));
  waiters = gor_caption_waiters (trace, GOR_EVENT_LOCK, 1, (guint32) waits + 1);
  g_assert_cmpuint (waiters->len, ==, 2);
  /* in the order they started waiting */
  g_assert_cmpuint (g_array_index (waiters, guint32, 0), ==, w2 < w3 ? 2 : 3);
  g_assert_cmpuint (g_array_index (waiters, guint32, 1), ==, w2 < w3 ? 3 : 2);
  ev = gor_caption_blocking_event (trace, g3, (guint32) waits + 1, &at);
  g_assert_nonnull (ev);
  g_assert_cmpint (ev->kind, ==, GOR_EVENT_LOCK);
  g_assert_cmpuint (at, ==, (guint32) w3);
  g_assert_cmpuint (ev->line, ==, 19);
  /* the WaitGroup */
  g_assert_cmpint (gor_caption_wg_counter (trace, 1, (guint32) wait + 1), ==, 2);
  wg_waiters = gor_caption_waiters (trace, GOR_EVENT_WG_WAIT, 1, (guint32) wait + 1);
  g_assert_cmpuint (wg_waiters->len, ==, 1);
  g_assert_cmpint (gor_caption_wg_counter (trace, 1, trace->n_steps), ==, 0);
  /* at the end nobody holds it */
  g_clear_pointer (&holders, g_array_unref);
  holders = gor_caption_mutex_holders (trace, 1, trace->n_steps);
  g_assert_cmpuint (holders->len, ==, 0);
}

static const char rw_src[] = "package main\n"
                             "\n"
                             "import (\n"
                             "\t\"sync\"\n"
                             "\t\"time\"\n"
                             ")\n"
                             "\n"
                             "func main() {\n"
                             "\tvar mu sync.RWMutex\n"
                             "\tmu.RLock()\n"
                             "\tgo func() {\n"
                             "\t\tmu.Lock()\n"
                             "\t}()\n"
                             "\ttime.Sleep(time.Millisecond)\n"
                             "\tmu.RLock()\n"
                             "}\n";

static void
test_rwmutex (void)
{
  g_autoptr (GorTrace) trace = run (rw_src);
  const char *const texts[] = {
    "g1 read-locks mu",
    "g2 waits for mu — held by g1",
    "g1 waits to read-lock mu again — held by g1, and a writer waits first",
    "every goroutine is blocked: fatal error, deadlock!",
    NULL,
  };

  assert_captions (trace, texts);
}

static const char ended_src[] = "package main\n"
                                "\n"
                                "import (\n"
                                "\t\"os\"\n"
                                "\t\"sync\"\n"
                                "\t\"time\"\n"
                                ")\n"
                                "\n"
                                "func main() {\n"
                                "\tvar mutex sync.Mutex\n"
                                "\tgo func() {\n"
                                "\t\tmutex.Lock()\n"
                                "\t}()\n"
                                "\ttime.Sleep(time.Millisecond)\n"
                                "\tgo func() {\n"
                                "\t\tmutex.Lock()\n"
                                "\t}()\n"
                                "\ttime.Sleep(time.Millisecond)\n"
                                "\tos.Exit(3)\n"
                                "}\n";

static void
test_held_by_ended (void)
{
  g_autoptr (GorTrace) trace = run (ended_src);
  const char *const texts[] = {
    "g2 locks mutex",
    "g3 waits for mutex — held by g2, which ended without unlocking",
    "g1 calls os.Exit(3): the program ends",
    NULL,
  };

  assert_captions (trace, texts);
}

static const char cond_src[] = "package main\n"
                               "\n"
                               "import \"sync\"\n"
                               "\n"
                               "func main() {\n"
                               "\tvar mu sync.Mutex\n"
                               "\tc := sync.NewCond(&mu)\n"
                               "\tready := false\n"
                               "\tgo func() {\n"
                               "\t\tmu.Lock()\n"
                               "\t\tready = true\n"
                               "\t\tc.Signal()\n"
                               "\t\tmu.Unlock()\n"
                               "\t}()\n"
                               "\tmu.Lock()\n"
                               "\tfor !ready {\n"
                               "\t\tc.Wait()\n"
                               "\t}\n"
                               "\tmu.Unlock()\n"
                               "\tpanic(\"boom\")\n"
                               "}\n";

static void
test_cond_and_panic (void)
{
  g_autoptr (GorTrace) trace = run (cond_src);
  const char *const texts[] = {
    "g1 waits on the condition: it unlocks and blocks",
    "g2 signals the condition — g1 wakes up",
    "g1 panics: the program ends (panic: boom",
    NULL,
  };

  assert_captions (trace, texts);
}

static void
test_print (void)
{
  g_autoptr (GorTrace) trace = run ("package main\n"
                                    "\n"
                                    "import \"fmt\"\n"
                                    "\n"
                                    "func main() {\n"
                                    "\tfmt.Println(\"hello\")\n"
                                    "\tfmt.Println(\"a line that is much longer than forty bytes, cut\")\n"
                                    "}\n");
  const char *const texts[] = {
    "g1 prints “hello”",
    "g1 prints “a line that is much longer than forty by…”",
    NULL,
  };

  assert_captions (trace, texts);
  /* past the last step the end is still told */
  {
    g_autofree char *last = gor_caption_for_step (trace, trace->n_steps + 5);

    g_assert_cmpstr (last, ==, "main returns: the program ends");
  }
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/caption/unbuffered", test_unbuffered);
  g_test_add_func ("/core/caption/buffered", test_buffered);
  g_test_add_func ("/core/caption/select", test_select);
  g_test_add_func ("/core/caption/mutex", test_mutex);
  g_test_add_func ("/core/caption/rwmutex", test_rwmutex);
  g_test_add_func ("/core/caption/held-by-ended", test_held_by_ended);
  g_test_add_func ("/core/caption/cond-and-panic", test_cond_and_panic);
  g_test_add_func ("/core/caption/print", test_print);
  return g_test_run ();
}
