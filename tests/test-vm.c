/* test-vm.c — the bytecode VM: arithmetic, closures, defer, slices, control
 * flow, panics; expected outputs recorded from the Go 1.19 binary
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"

static const GorGoCase vm_cases[] = {
  { "int-wrapping",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tx := 9223372036854775807\n"
    "\tx++\n"
    "\tfmt.Println(x, -x, x*2)\n"
    "\tvar y int = 3037000500\n"
    "\tfmt.Println(y*y, -7/2, -7%2, 7>>1, -7>>1, x<<1)\n"
    "\tvar b byte = 250\n"
    "\tb += 10\n"
    "\tfmt.Println(b)\n"
    "}\n",
    "-9223372036854775808 -9223372036854775808 0\n"
    "-9223372036709301616 -3 -1 3 -4 0\n"
    "4\n",
    "", 0 },
  { "closures-capture-by-reference",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func counter() (func() int, func()) {\n"
    "\tn := 0\n"
    "\treturn func() int { n++; return n }, func() { n = 100 }\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tnext, reset := counter()\n"
    "\tfmt.Println(next(), next())\n"
    "\treset()\n"
    "\tfmt.Println(next())\n"
    "\tx := 1\n"
    "\tadd := func(d int) { x += d }\n"
    "\tadd(5)\n"
    "\tadd(10)\n"
    "\tfmt.Println(x)\n"
    "}\n",
    "1 2\n"
    "101\n"
    "16\n",
    "", 0 },
  { "defer-lifo-and-results",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func f() (r int) {\n"
    "\tdefer func() { r *= 2 }()\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tdefer fmt.Println(\"deferred\", i)\n"
    "\t}\n"
    "\treturn 21\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(f())\n"
    "}\n",
    "deferred 2\n"
    "deferred 1\n"
    "deferred 0\n"
    "42\n",
    "", 0 },
  { "variadic-and-multiple-results",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func sum(base int, xs ...int) (int, int) {\n"
    "\tt := base\n"
    "\tfor _, x := range xs {\n"
    "\t\tt += x\n"
    "\t}\n"
    "\treturn t, len(xs)\n"
    "}\n"
    "\n"
    "func swap(a, b string) (string, string) { return b, a }\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(sum(1))\n"
    "\tfmt.Println(sum(1, 2, 3))\n"
    "\ts := []int{4, 5}\n"
    "\tfmt.Println(sum(0, s...))\n"
    "\ta, b := swap(\"x\", \"y\")\n"
    "\tfmt.Println(a, b)\n"
    "\ta, b = b, a\n"
    "\tfmt.Println(a, b)\n"
    "}\n",
    "1 0\n"
    "6 2\n"
    "9 2\n"
    "y x\n"
    "x y\n",
    "", 0 },
  { "slices-append-and-bounds",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tvar s []int\n"
    "\tfmt.Println(s == nil, len(s), cap(s), s)\n"
    "\tfor i := 0; i < 5; i++ {\n"
    "\t\ts = append(s, i*i)\n"
    "\t}\n"
    "\tt := s[1:3]\n"
    "\tt[0] = 100\n"
    "\tfmt.Println(s, t, len(t), cap(t))\n"
    "\tu := make([]string, 2, 10)\n"
    "\tu[1] = \"b\"\n"
    "\tfmt.Printf(\"%q %d\\n\", u, cap(u))\n"
    "\tfmt.Println(s[7])\n"
    "}\n",
    "true 0 0 []\n"
    "[0 100 4 9 16] [100 4] 2 7\n"
    "[\"\" \"b\"] 10\n",
    "panic: runtime error: index out of range [7] with length 5", 2 },
  { "switch-and-labels",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func kind(n int) string {\n"
    "\tswitch {\n"
    "\tcase n < 0:\n"
    "\t\treturn \"negative\"\n"
    "\tcase n == 0:\n"
    "\t\treturn \"zero\"\n"
    "\t}\n"
    "\tswitch n % 3 {\n"
    "\tcase 0:\n"
    "\t\treturn \"three\"\n"
    "\tcase 1, 2:\n"
    "\t\tif n > 10 {\n"
    "\t\t\tbreak\n"
    "\t\t}\n"
    "\t\treturn \"small\"\n"
    "\t}\n"
    "\treturn \"other\"\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfor _, n := range []int{-1, 0, 3, 4, 11} {\n"
    "\t\tfmt.Println(n, kind(n))\n"
    "\t}\n"
    "outer:\n"
    "\tfor i := 0; i < 3; i++ {\n"
    "\t\tfor j := 0; j < 3; j++ {\n"
    "\t\t\tif j == 2 {\n"
    "\t\t\t\tcontinue outer\n"
    "\t\t\t}\n"
    "\t\t\tif i == 2 {\n"
    "\t\t\t\tbreak outer\n"
    "\t\t\t}\n"
    "\t\t\tfmt.Println(i, j)\n"
    "\t\t}\n"
    "\t}\n"
    "\tswitch x := 2; x {\n"
    "\tcase 2:\n"
    "\t\tfmt.Println(\"two\")\n"
    "\t\tfallthrough\n"
    "\tcase 3:\n"
    "\t\tfmt.Println(\"three\")\n"
    "\tdefault:\n"
    "\t\tfmt.Println(\"default\")\n"
    "\t}\n"
    "}\n",
    "-1 negative\n"
    "0 zero\n"
    "3 three\n"
    "4 small\n"
    "11 other\n"
    "0 0\n"
    "0 1\n"
    "1 0\n"
    "1 1\n"
    "two\n"
    "three\n",
    "", 0 },
  { "strings-and-runes",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\ts := \"h\303\251llo, \344\270\226\347\225\214\"\n"
    "\tfor i, r := range s {\n"
    "\t\tfmt.Print(i, \":\", string(r), \" \")\n"
    "\t}\n"
    "\tfmt.Println()\n"
    "\tfmt.Println(len(s), s[1], s[:2] == \"h\\xc3\", s+\"!\")\n"
    "\tb := []byte(\"abc\")\n"
    "\tb[0] = 'X'\n"
    "\tfmt.Println(string(b), []rune(\"h\303\251\303\251\")[1])\n"
    "}\n",
    "0:h 1:\303\251 3:l 4:l 5:o 6:, 7:  8:\344\270\226 11:\347\225\214 \n"
    "14 195 true h\303\251llo, \344\270\226\347\225\214!\n"
    "Xbc 233\n",
    "", 0 },
  { "structs-and-pointers",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "type point struct {\n"
    "\tx, y int\n"
    "}\n"
    "\n"
    "func (p point) sum() int { return p.x + p.y }\n"
    "func (p *point) move(d int) { p.x += d; p.y += d }\n"
    "\n"
    "func main() {\n"
    "\tp := point{1, 2}\n"
    "\tq := p\n"
    "\tq.x = 10\n"
    "\tp.move(5)\n"
    "\tfmt.Println(p, q, p.sum(), q.sum())\n"
    "\tr := &point{y: 7}\n"
    "\tr.move(1)\n"
    "\tfmt.Println(*r, r.x)\n"
    "\tvar e struct{}\n"
    "\tfmt.Println(e, struct{}{})\n"
    "}\n",
    "{6 7} {10 2} 13 12\n"
    "{1 8} 1\n"
    "{} {}\n",
    "", 0 },
  { "integer-divide-by-zero",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func div(a, b int) int { return a / b }\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(div(7, 2))\n"
    "\tfmt.Println(div(1, 0))\n"
    "}\n",
    "3\n",
    "panic: runtime error: integer divide by zero", 2 },
  { "panic-with-defers",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func main() {\n"
    "\tdefer fmt.Println(\"deferred runs\")\n"
    "\tpanic(\"boom\")\n"
    "}\n",
    "deferred runs\n",
    "panic: boom", 2 },
  { "recover",
    "package main\n"
    "\n"
    "import \"fmt\"\n"
    "\n"
    "func safe(f func()) (err error) {\n"
    "\tdefer func() {\n"
    "\t\tif r := recover(); r != nil {\n"
    "\t\t\terr = fmt.Errorf(\"recovered: %v\", r)\n"
    "\t\t}\n"
    "\t}()\n"
    "\tf()\n"
    "\treturn nil\n"
    "}\n"
    "\n"
    "func main() {\n"
    "\tfmt.Println(safe(func() {}))\n"
    "\tfmt.Println(safe(func() { panic(\"bad\") }))\n"
    "\tfmt.Println(safe(func() { var s []int; _ = s[3] }))\n"
    "}\n",
    "<nil>\n"
    "recovered: bad\n"
    "recovered: runtime error: index out of range [3] with length 0\n",
    "", 0 },
};


/* Go 1.22 semantics, which Go 1.19 lacks: worked out by hand. */
static const GorGoCase by_hand_cases[] = {
  { "loop-variable-per-iteration",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
    "\tvar fs []func() int\n"
    "\tfor i := 0; i < 3; i++ {\n\t\tfs = append(fs, func() int { return i })\n\t}\n"
    "\tfor _, v := range []int{10, 20} {\n\t\tfs = append(fs, func() int { return v })\n\t}\n"
    "\tfor _, f := range fs {\n\t\tfmt.Print(f(), \" \")\n\t}\n"
    "\tfmt.Println()\n}\n",
    "0 1 2 10 20 \n", "", 0 },
  { "range-over-int",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n"
    "\tn := 0\n\tfor i := range 5 {\n\t\tn += i\n\t}\n"
    "\tfor range 3 {\n\t\tn++\n\t}\n"
    "\tfmt.Println(n)\n}\n",
    "13\n", "", 0 },
};

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
      alone[i] = (ParallelRun) { parallel_sources[i], g_string_new (NULL), g_string_new (NULL), NULL, 0 };
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
          together[i] = (ParallelRun) { parallel_sources[i], g_string_new (NULL), g_string_new (NULL), NULL, 0 };
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

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  gor_test_add_cases ("/core/vm", vm_cases, G_N_ELEMENTS (vm_cases));
  gor_test_add_cases ("/core/vm", by_hand_cases, G_N_ELEMENTS (by_hand_cases));
  g_test_add_func ("/core/vm/two-vms-on-two-threads", test_two_vms_on_two_threads);
  return g_test_run ();
}
