/* test-sched.c — the scheduler: deadlock, program end, virtual clock, sync primitives and their fatal errors; expected outputs recorded from the Go 1.19 binary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

static const GorGoCase sched_cases[] = {
  { "deadlock-main-receive",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tch := make(chan int)\n"
    "\tfmt.Println(\"before\")\n"
    "\t<-ch\n"
    "}\n",
    "before\n",
    "fatal error: all goroutines are asleep - deadlock!", 2 },
  { "deadlock-all-blocked",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\ta := make(chan int)\n"
    "\tb := make(chan int)\n"
    "\tgo func() { <-a; b <- 1 }()\n"
    "\t<-b\n"
    "\ta <- 1\n"
    "\tfmt.Println(\"unreachable\")\n"
    "}\n",
    "",
    "fatal error: all goroutines are asleep - deadlock!", 2 },
  { "main-return-kills-others",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tgo func() {\n"
    "\t\tfor {\n"
    "\t\t\ttime.Sleep(time.Millisecond)\n"
    "\t\t}\n"
    "\t}()\n"
    "\tgo func() { select {} }()\n"
    "\ttime.Sleep(10 * time.Millisecond)\n"
    "\tfmt.Println(\"main done\")\n"
    "}\n",
    "main done\n",
    "", 0 },
  { "virtual-clock-order",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor _, d := range []int{30, 10, 20} {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func(d int) {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\ttime.Sleep(time.Duration(d) * time.Second)\n"
    "\t\t\tfmt.Println(\"woke\", d)\n"
    "\t\t}(d)\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tfmt.Println(\"all done\")\n"
    "}\n",
    "woke 10\n"
    "woke 20\n"
    "woke 30\n"
    "all done\n",
    "", 0 },
  { "numgoroutine",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"runtime\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tblock := make(chan struct{})\n"
    "\tfor i := 0; i < 5; i++ {\n"
    "\t\tgo func() { <-block }()\n"
    "\t}\n"
    "\truntime.Gosched()\n"
    "\tfmt.Println(runtime.NumGoroutine())\n"
    "\tclose(block)\n"
    "}\n",
    "6\n",
    "", 0 },
  { "mutex-counter",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar mu sync.Mutex\n"
    "\tvar wg sync.WaitGroup\n"
    "\tn := 0\n"
    "\tfor i := 0; i < 50; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tmu.Lock()\n"
    "\t\t\tdefer mu.Unlock()\n"
    "\t\t\tn++\n"
    "\t\t}()\n"
    "\t}\n"
    "\twg.Wait()\n"
    "\tfmt.Println(n)\n"
    "}\n",
    "50\n",
    "", 0 },
  { "unlock-of-unlocked",
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func main() {\n"
    "\tvar mu sync.Mutex\n"
    "\tmu.Lock()\n"
    "\tmu.Unlock()\n"
    "\tmu.Unlock()\n"
    "}\n",
    "",
    "fatal error: sync: unlock of unlocked mutex", 2 },
  { "negative-waitgroup",
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(1)\n"
    "\twg.Done()\n"
    "\twg.Done()\n"
    "}\n",
    "",
    "panic: sync: negative WaitGroup counter", 2 },
  { "waitgroup-deadlock",
    "package main\n"
    "\n"
    "import \"sync\"\n"
    "\n"
    "func main() {\n"
    "\tvar wg sync.WaitGroup\n"
    "\twg.Add(2)\n"
    "\tgo wg.Done()\n"
    "\twg.Wait()\n"
    "}\n",
    "",
    "fatal error: all goroutines are asleep - deadlock!", 2 },
  { "panic-in-goroutine",
    "package main\n"
    "\n"
    "import \"time\"\n"
    "\n"
    "func main() {\n"
    "\tgo func() {\n"
    "\t\tpanic(\"from a goroutine\")\n"
    "\t}()\n"
    "\ttime.Sleep(time.Second)\n"
    "}\n",
    "",
    "panic: from a goroutine", 2 },
};


/* Level 2: sync.Cond, timers and tickers, context, error types, time.Tick */
static const GorGoCase level2_cases[] = {
  { "cond-broadcast",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"sync\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\tvar mu sync.Mutex\n"
    "\tc := sync.NewCond(&mu)\n"
    "\tready := 0\n"
    "\tvar wg sync.WaitGroup\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\twg.Add(1)\n"
    "\t\tgo func() {\n"
    "\t\t\tdefer wg.Done()\n"
    "\t\t\tc.L.Lock()\n"
    "\t\t\tfor ready == 0 {\n"
    "\t\t\t\tc.Wait()\n"
    "\t\t\t}\n"
    "\t\t\tready++\n"
    "\t\t\tc.L.Unlock()\n"
    "\t\t}()\n"
    "\t}\n"
    "\tmu.Lock()\n"
    "\tready = 1\n"
    "\tc.Broadcast()\n"
    "\tmu.Unlock()\n"
    "\twg.Wait()\n"
    "\tfmt.Println(\"ready\", ready)\n"
    "}\n",
    "ready 4\n",
    "", 0 },
  { "timers-and-tickers",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\ttimer1 := time.NewTimer(2 * time.Second)\n"
    "\t<-timer1.C\n"
    "\tfmt.Println(\"Timer 1 fired\")\n"
    "\ttimer2 := time.NewTimer(time.Second)\n"
    "\tgo func() {\n"
    "\t\t<-timer2.C\n"
    "\t\tfmt.Println(\"Timer 2 fired\")\n"
    "\t}()\n"
    "\tstop2 := timer2.Stop()\n"
    "\tif stop2 {\n"
    "\t\tfmt.Println(\"Timer 2 stopped\")\n"
    "\t}\n"
    "\ttime.Sleep(2 * time.Second)\n"
    "\tticker := time.NewTicker(500 * time.Millisecond)\n"
    "\tdone := make(chan bool)\n"
    "\tgo func() {\n"
    "\t\tfor {\n"
    "\t\t\tselect {\n"
    "\t\t\tcase <-done:\n"
    "\t\t\t\treturn\n"
    "\t\t\tcase t := <-ticker.C:\n"
    "\t\t\t\t_ = t\n"
    "\t\t\t\tfmt.Println(\"Tick\")\n"
    "\t\t\t}\n"
    "\t\t}\n"
    "\t}()\n"
    "\ttime.Sleep(1600 * time.Millisecond)\n"
    "\tticker.Stop()\n"
    "\tdone <- true\n"
    "\tfmt.Println(\"Ticker stopped\")\n"
    "}\n",
    "Timer 1 fired\n"
    "Timer 2 stopped\n"
    "Tick\n"
    "Tick\n"
    "Tick\n"
    "Ticker stopped\n",
    "", 0 },
  { "context-cancel",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"context\"\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func worker(ctx context.Context, out chan<- int) {\n"
    "\tdefer close(out)\n"
    "\tfor i := 0; ; i++ {\n"
    "\t\tselect {\n"
    "\t\tcase <-ctx.Done():\n"
    "\t\t\treturn\n"
    "\t\tcase out <- i:\n"
    "\t\t}\n"
    "\t}\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tctx, cancel := context.WithCancel(context.Background())\n"
    "\tfmt.Println(ctx.Err())\n"
    "\tout := make(chan int)\n"
    "\tgo worker(ctx, out)\n"
    "\tfor v := range out {\n"
    "\t\tfmt.Println(\"got\", v)\n"
    "\t\tif v == 3 {\n"
    "\t\t\tcancel()\n"
    "\t\t\tbreak\n"
    "\t\t}\n"
    "\t}\n"
    "\tfor range out {\n"
    "\t}\n"
    "\tfmt.Println(ctx.Err())\n"
    "\tcancel()\n"
    "\ttctx, tcancel := context.WithTimeout(context.Background(), 200*time.Millisecond)\n"
    "\tdefer tcancel()\n"
    "\t<-tctx.Done()\n"
    "\tfmt.Println(tctx.Err())\n"
    "}\n",
    "<nil>\n"
    "got 0\n"
    "got 1\n"
    "got 2\n"
    "got 3\n"
    "context canceled\n"
    "context deadline exceeded\n",
    "", 0 },
  { "errors-and-methods",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"errors\"\n"
    "\t\"fmt\"\n"
    ")\n"
    "\n"
    "type argError struct {\n"
    "\targ  int\n"
    "\tprob string\n"
    "}\n"
    "\n"
    "func (e *argError) Error() string {\n"
    "\treturn fmt.Sprintf(\"%d - %s\", e.arg, e.prob)\n"
    "}\n"
    "\n"
    "func f1(arg int) (int, error) {\n"
    "\tif arg == 42 {\n"
    "\t\treturn -1, errors.New(\"can't work with 42\")\n"
    "\t}\n"
    "\treturn arg + 3, nil\n"
    "}\n"
    "\n"
    "func f2(arg int) (int, error) {\n"
    "\tif arg == 42 {\n"
    "\t\treturn -1, &argError{arg, \"can't work with it\"}\n"
    "\t}\n"
    "\treturn arg + 3, nil\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfor _, i := range []int{7, 42} {\n"
    "\t\tif r, e := f1(i); e != nil {\n"
    "\t\t\tfmt.Println(\"f1 failed:\", e)\n"
    "\t\t} else {\n"
    "\t\t\tfmt.Println(\"f1 worked:\", r)\n"
    "\t\t}\n"
    "\t}\n"
    "\tfor _, i := range []int{7, 42} {\n"
    "\t\tif r, e := f2(i); e != nil {\n"
    "\t\t\tfmt.Println(\"f2 failed:\", e)\n"
    "\t\t} else {\n"
    "\t\t\tfmt.Println(\"f2 worked:\", r)\n"
    "\t\t}\n"
    "\t}\n"
    "\t_, e := f2(42)\n"
    "\tif ae, ok := e.(*argError); ok {\n"
    "\t\tfmt.Println(ae.arg)\n"
    "\t\tfmt.Println(ae.prob)\n"
    "\t}\n"
    "}\n",
    "f1 worked: 10\n"
    "f1 failed: can't work with 42\n"
    "f2 worked: 10\n"
    "f2 failed: 42 - can't work with it\n"
    "42\n"
    "can't work with it\n",
    "", 0 },
  { "rate-limiting",
    "package main\n"
    "\n"
    "import (\n"
    "\t\"fmt\"\n"
    "\t\"time\"\n"
    ")\n"
    "\n"
    "func main() {\n"
    "\trequests := make(chan int, 5)\n"
    "\tfor i := 1; i <= 5; i++ {\n"
    "\t\trequests <- i\n"
    "\t}\n"
    "\tclose(requests)\n"
    "\tlimiter := time.Tick(200 * time.Millisecond)\n"
    "\tfor req := range requests {\n"
    "\t\t<-limiter\n"
    "\t\tfmt.Println(\"request\", req)\n"
    "\t}\n"
    "\tburstyLimiter := make(chan time.Time, 3)\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tburstyLimiter <- time.Now()\n"
    "\t}\n"
    "\tgo func() {\n"
    "\t\tfor t := range time.Tick(200 * time.Millisecond) {\n"
    "\t\t\tburstyLimiter <- t\n"
    "\t\t}\n"
    "\t}()\n"
    "\tburstyRequests := make(chan int, 5)\n"
    "\tfor i := 1; i <= 5; i++ {\n"
    "\t\tburstyRequests <- i\n"
    "\t}\n"
    "\tclose(burstyRequests)\n"
    "\tfor req := range burstyRequests {\n"
    "\t\t<-burstyLimiter\n"
    "\t\tfmt.Println(\"request\", req)\n"
    "\t}\n"
    "}\n",
    "request 1\n"
    "request 2\n"
    "request 3\n"
    "request 4\n"
    "request 5\n"
    "request 1\n"
    "request 2\n"
    "request 3\n"
    "request 4\n"
    "request 5\n",
    "", 0 },
};


/* A goroutine that computes without blocking does not stop the clock. */
static const GorGoCase busy_cases[] = {
  { "sleep-while-another-computes",
    "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\nfunc main() {\n\tn := 0\n"
    "\tgo func() {\n\t\tfor {\n\t\t\tn++\n\t\t}\n\t}()\n\ttime.Sleep(time.Second)\n"
    "\tfmt.Println(\"done\", n > 0)\n}\n",
    "done true\n", "", 0 },
};

static const char *select_race =
  "package main\n\nimport \"fmt\"\n\n"
  "func main() {\n"
  "\ta := make(chan int, 1)\n\tb := make(chan int, 1)\n"
  "\ta <- 1\n\tb <- 2\n"
  "\tselect {\n\tcase v := <-a:\n\t\tfmt.Println(\"a\", v)\n\tcase v := <-b:\n\t\tfmt.Println(\"b\", v)\n\t}\n"
  "}\n";

static const char *leaky =
  "package main\n\nimport (\n\t\"fmt\"\n\t\"runtime\"\n\t\"time\"\n)\n\n"
  "func gen(nums ...int) <-chan int {\n\tout := make(chan int)\n\tgo func() {\n"
  "\t\tfor _, n := range nums {\n\t\t\tout <- n\n\t\t}\n\t\tclose(out)\n\t}()\n\treturn out\n}\n\n"
  "func main() {\n\tdefer func() {\n\t\tfmt.Println(\"the number of goroutines: \", runtime.NumGoroutine())\n\t}()\n\n"
  "\tout := gen(2, 3)\n\n\tfor n := range out {\n\t\tfmt.Println(n)\n\t\ttime.Sleep(5 * time.Second)\n"
  "\t\tif true {\n\t\t\tbreak\n\t\t}\n\t}\n}\n";

/* The same seed gives a byte-identical trace. */
static void
test_determinism (void)
{
  const char *programs[] = { leaky, select_race };

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

  g_assert_cmpint (gor_test_run (leaky, 1, TRUE, out, err, &trace), ==, 0);
  g_assert_cmpstr (out->str, ==, "2\nthe number of goroutines:  2\n");
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
  /* the clock jumped over the five-second sleep */
  g_assert_cmpint (gor_trace_vtime_at (trace, trace->n_steps - 1), ==, G_GINT64_CONSTANT (5000000000));
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

static void
test_max_steps (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner =
    gor_runner_new ("spin.go", "package main\n\nfunc main() {\n\tfor {\n\t}\n}\n", -1, 1, &error);
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
  g_autoptr (GorRunner) runner = gor_runner_new ("leak.go", leaky, -1, 7, &error);
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
    g_autoptr (GorRunner) r2 = gor_runner_new ("leak.go", leaky, -1, 7, &error);
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
  g_test_init (&argc, &argv, NULL);
  gor_test_add_cases ("/core/sched", sched_cases, G_N_ELEMENTS (sched_cases));
  gor_test_add_cases ("/core/sched/level2", level2_cases, G_N_ELEMENTS (level2_cases));
  gor_test_add_cases ("/core/sched", busy_cases, G_N_ELEMENTS (busy_cases));
  g_test_add_func ("/core/sched/determinism", test_determinism);
  g_test_add_func ("/core/sched/select-uses-both-cases", test_select_uses_both_cases);
  g_test_add_func ("/core/sched/trace-of-leak", test_trace_of_leak);
  g_test_add_func ("/core/sched/max-steps", test_max_steps);
  g_test_add_func ("/core/sched/runner-main-loop", test_runner_main_loop);
  return g_test_run ();
}
