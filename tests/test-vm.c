/* test-vm.c — the bytecode VM: arithmetic, closures, defer, slices, control
 * flow, panics, Go 1.22's loop variables and range over integers: the
 * programs of tests/programs/vm, with what the Go 1.23 binary printed for
 * them (tests/go-oracle.py records and checks it)
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

/* Two programs that exercise the scheduler, the stacks and sorted map
 * printing, run at the same time on two threads: each VM keeps all its
 * state to itself, so both print and trace what they do alone. */
static const char *const parallel_sources[] = {
  "package main\n\nimport (\n\t\"fmt\"\n\t\"sync\"\n)\n\n"
  "func main() {\n"
  "\tjobs := make(chan int)\n\tresults := make(chan int, 4)\n"
  "\tvar mu sync.Mutex\n\tvar wg sync.WaitGroup\n\tseen := map[int]int{}\n"
  "\tfor w := 0; w < 4; w++ {\n\t\twg.Add(1)\n"
  "\t\tgo func(w int) {\n\t\t\tdefer wg.Done()\n"
  "\t\t\tfor j := range jobs {\n\t\t\t\tmu.Lock()\n\t\t\t\tseen[j%7]++\n\t\t\t\tmu.Unlock()\n"
  "\t\t\t\tresults <- j * w\n\t\t\t}\n\t\t}(w)\n\t}\n"
  "\tgo func() {\n\t\tfor i := 0; i < 200; i++ {\n\t\t\tjobs <- i\n\t\t}\n\t\tclose(jobs)\n\t}()\n"
  "\tgo func() { wg.Wait(); close(results) }()\n"
  "\tsum := 0\n\tfor r := range results {\n\t\tsum += r\n\t}\n"
  "\tfmt.Println(len(seen), seen)\n"
  "\tblock := make(chan int)\n\tgo func() { block <- sum }()\n"
  "}\n",
  "package main\n\nimport (\n\t\"fmt\"\n\t\"time\"\n)\n\n"
  "func depth(n int) int {\n\tif n == 0 {\n\t\treturn 0\n\t}\n\treturn depth(n-1) + 1\n}\n\n"
  "func main() {\n"
  "\tdone := make(chan string)\n"
  "\tfor i := 0; i < 6; i++ {\n"
  "\t\tgo func(i int) {\n\t\t\ttime.Sleep(time.Duration(i) * time.Millisecond)\n"
  "\t\t\tdone <- fmt.Sprint(\"g\", i, \":\", depth(20000+i))\n\t\t}(i)\n\t}\n"
  "\tcounts := map[string]int{}\n"
  "\tfor i := 0; i < 6; i++ {\n\t\ts := <-done\n\t\tcounts[s[:2]] = len(s)\n\t\tfmt.Println(s)\n\t}\n"
  "\tfmt.Println(counts)\n"
  "}\n",
};

typedef struct
{
  const char *source;
  GString    *out;
  GString    *err;
  char       *trace;
  int         status;
} ParallelRun;

static gpointer
parallel_run_thread (gpointer data)
{
  ParallelRun *run = data;
  g_autoptr (GorTrace) trace = NULL;

  run->status = gor_test_run (run->source, 7, TRUE, run->out, run->err, &trace);
  run->trace = gor_trace_to_string (trace);
  return NULL;
}

static void
parallel_run_clear (ParallelRun *run)
{
  g_string_free (run->out, TRUE);
  g_string_free (run->err, TRUE);
  g_free (run->trace);
}

static void
test_two_vms_on_two_threads (void)
{
  ParallelRun alone[2], together[2];

  for (guint i = 0; i < 2; i++)
    {
      alone[i] = (ParallelRun){ parallel_sources[i], g_string_new (NULL), g_string_new (NULL), NULL, 0 };
      parallel_run_thread (&alone[i]);
    }
  g_assert_cmpint (alone[0].status, ==, 0);
  g_assert_cmpint (alone[1].status, ==, 0);
  g_assert_cmpstr (alone[1].out->str, !=, "");

  for (guint round = 0; round < 3; round++)
    {
      GThread *threads[2];

      for (guint i = 0; i < 2; i++)
        {
          together[i]
              = (ParallelRun){ parallel_sources[i], g_string_new (NULL), g_string_new (NULL), NULL, 0 };
          threads[i] = g_thread_new ("vm", parallel_run_thread, &together[i]);
        }
      for (guint i = 0; i < 2; i++)
        {
          g_thread_join (threads[i]);
          g_assert_cmpstr (together[i].out->str, ==, alone[i].out->str);
          g_assert_cmpstr (together[i].err->str, ==, alone[i].err->str);
          g_assert_cmpstr (together[i].trace, ==, alone[i].trace);
          g_assert_cmpint (together[i].status, ==, alone[i].status);
          parallel_run_clear (&together[i]);
        }
    }
  for (guint i = 0; i < 2; i++)
    parallel_run_clear (&alone[i]);
}

/* log's timestamps read the virtual clock from the Go playground's
 * epoch: Go's own would be the wall clock, so no recording holds them. */
static void
test_log_virtual_clock (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  int status = gor_test_run ("package main\n\nimport (\n\t\"log\"\n\t\"time\"\n)\n\n"
                             "func main() {\n\tlog.Println(\"start\")\n"
                             "\ttime.Sleep(90*time.Minute + 1500*time.Millisecond + 250*time.Microsecond)\n"
                             "\tlog.SetFlags(log.LstdFlags | log.Lmicroseconds | log.Lshortfile)\n"
                             "\tlog.SetPrefix(\"p: \")\n\tlog.Printf(\"%d\", 7)\n}\n",
                             1, TRUE, out, err, NULL);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_cmpstr (err->str, ==,
                   "2009/11/10 23:00:00 start\n"
                   "p: 2009/11/11 00:30:01.500250 prog.go:13: 7\n");
}

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) programs = g_ptr_array_new_with_free_func (gor_test_program_free);

  g_test_init (&argc, &argv, NULL);
  gor_test_add_programs ("/core/vm", "vm", programs);
  g_test_add_func ("/core/vm/two-vms-on-two-threads", test_two_vms_on_two_threads);
  g_test_add_func ("/core/vm/log-virtual-clock", test_log_virtual_clock);
  return g_test_run ();
}
