/* test-gc.c — the collector and the memory budget: the programs of
 * tests/programs/gc (garbage by the megabyte around live data held by
 * stacks, channels, maps, closures, timers and deferred calls), run as
 * usual and again collecting every 64 KiB with short time slices, with what Go 1.23 printed for
 * them; runs that keep too much live data end out of memory
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"
#include "gor-compiler.h"
#include "gor-parser.h"
#include "gor-vm-private.h"

typedef struct
{
  GString *out;
  GString *err;
  int      status;
  guint    gc_count;
  gsize    heap_bytes;
} GcRun;

/* Runs @source in a VM of its own (a budget of @limit bytes, 0 for the
 * default), collecting every 64 KiB and between short time slices when
 * @stress, from a heap of 512 KiB (not 4 MiB) otherwise. */
static void
gc_run (const char *file, const char *source, gsize limit, gboolean stress, GcRun *run)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorAstFile) ast = gor_parse_file (file, source, -1, &error);
  g_autoptr (GorProgram) program = NULL;
  GorCaptured cap;
  GorVM      *vm;

  g_assert_no_error (error);
  program = gor_compile (ast, &error);
  g_assert_no_error (error);
  run->out = g_string_new (NULL);
  run->err = g_string_new (NULL);
  cap.out = run->out;
  cap.err = run->err;
  vm = gor_vm_new (program, 1, FALSE);
  gor_vm_set_output_func (vm, gor_test_capture_cb, &cap);
  if (limit)
    gor_vm_set_memory_limit (vm, limit);
  vm->gc_stress = stress;
  vm->gc_min = 512 << 10;
  if (stress)
    vm->slice = 64; /* collections between steps come 150 times as often */
  while (gor_vm_run_steps (vm, 4096, G_MAXUINT32 - 1, G_GUINT64_CONSTANT (2000000000)) == FALSE
         && !gor_vm_is_ended (vm))
    ;
  g_assert_true (gor_vm_is_ended (vm));
  run->status = gor_vm_get_exit_status (vm);
  run->gc_count = vm->gc_count;
  run->heap_bytes = vm->heap.bytes;
  gor_vm_free (vm);
}

static void
gc_run_clear (GcRun *run)
{
  g_string_free (run->out, TRUE);
  g_string_free (run->err, TRUE);
}

/* The program as Go ran it, collecting constantly: stdout and status. */
static void
test_stress (gconstpointer data)
{
  const GorGoProgram *p = data;
  GcRun               run;

  gc_run (p->file, p->source, 0, TRUE, &run);
  g_assert_cmpstr (run.out->str, ==, p->out);
  g_assert_cmpint (run.status, ==, p->status);
  g_assert_cmpuint (run.gc_count, >, 10);
  gc_run_clear (&run);
}

/* Without stress the garbage of each program crosses the collector's
 * trigger a few times, and what is left is small. */
static void
test_collects (gconstpointer data)
{
  const GorGoProgram *p = data;
  GcRun               run;

  gc_run (p->file, p->source, 0, FALSE, &run);
  g_assert_cmpstr (run.out->str, ==, p->out);
  g_test_message ("%s: %u collections, %zu bytes left", p->name, run.gc_count, run.heap_bytes);
  g_assert_cmpuint (run.gc_count, >=, 4);
  g_assert_cmpuint (run.heap_bytes, <, 8 << 20);
  gc_run_clear (&run);
}

/* A budget of 8 MiB: garbage does not count, live data does. */
static const struct
{
  const char *name;
  const char *source;
  const char *out; /* NULL: runs out of memory */
} budget_cases[] = {
  { "garbage",
    "package main\n\nimport (\n\t\"fmt\"\n\t\"strconv\"\n)\n\n"
    "func main() {\n\tn := 0\n\tfor i := 0; i < 300000; i++ {\n\t\tn += len(strconv.Itoa(i))\n\t}\n"
    "\ts := \"\"\n\tfor i := 0; i < 3000; i++ {\n\t\ts += \"x\"\n\t}\n\tfmt.Println(n, len(s))\n}\n",
    "1688890 3000\n" },
  { "map-churn",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tm := map[int]int{}\n"
    "\tfor i := 0; i < 400000; i++ {\n\t\tm[i] = i\n\t\tdelete(m, i-10)\n\t}\n\tfmt.Println(len(m))\n}\n",
    "10\n" },
  { "live-slices",
    "package main\n\nfunc main() {\n\tvar keep [][]int\n\tfor {\n\t\tkeep = append(keep, make([]int, "
    "1000))\n\t}\n}\n",
    NULL },
  { "goroutine-bomb",
    "package main\n\nfunc main() {\n\tblock := make(chan int)\n\tfor {\n\t\tgo func() { <-block "
    "}()\n\t}\n}\n",
    NULL },
  { "map-growth",
    "package main\n\nfunc main() {\n\tm := map[int]int{}\n\tfor i := 0; ; i++ {\n\t\tm[i] = i\n\t}\n}\n",
    NULL },
  { "recursion-in-goroutines",
    "package main\n\nfunc f(n int) int { return f(n+1) + 1 }\n\n"
    "func main() {\n\tfor i := 0; i < 1000; i++ {\n\t\tgo f(0)\n\t}\n\tselect {}\n}\n",
    NULL },
  { "printing-forever",
    "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfor i := 0; ; i++ {\n\t\tfmt.Println(\"line\", "
    "i)\n\t}\n}\n",
    NULL },
};

static void
test_budget (gconstpointer data)
{
  guint i = GPOINTER_TO_UINT (data);
  GcRun run;

  gc_run ("prog.go", budget_cases[i].source, 8 << 20, FALSE, &run);
  if (budget_cases[i].out == NULL)
    {
      g_assert_cmpint (run.status, ==, 2);
      g_assert_true (strstr (run.err->str, "fatal error: out of memory\n") != NULL);
    }
  else
    {
      g_assert_cmpint (run.status, ==, 0);
      g_assert_cmpstr (run.out->str, ==, budget_cases[i].out);
    }
  gc_run_clear (&run);
}

/* Parked goroutines whose frames hold 12 MiB in dead locals, under a
 * budget of 8 MiB: their stacks are scanned by the liveness of their
 * locals, so the dead slices go and the program runs to its end. */
static void
test_budget_dead_locals (gconstpointer data)
{
  const GorGoProgram *p = data;
  GcRun               run;

  gc_run (p->file, p->source, 8 << 20, FALSE, &run);
  g_assert_cmpstr (run.err->str, ==, "");
  g_assert_cmpint (run.status, ==, 0);
  g_assert_cmpstr (run.out->str, ==, p->out);
  gc_run_clear (&run);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) programs = g_ptr_array_new_with_free_func (gor_test_program_free);

  g_test_init (&argc, &argv, NULL);
  gor_test_add_programs ("/core/gc", "gc", programs);
  for (guint i = 0; i < programs->len; i++)
    {
      GorGoProgram    *p = g_ptr_array_index (programs, i);
      g_autofree char *stress = g_strdup_printf ("/core/gc/stress/%s", p->name);
      g_autofree char *collects = g_strdup_printf ("/core/gc/collects/%s", p->name);

      g_test_add_data_func (stress, p, test_stress);
      g_test_add_data_func (collects, p, test_collects);
      if (g_str_equal (p->name, "dead-locals"))
        g_test_add_data_func ("/core/gc/budget/dead-locals", p, test_budget_dead_locals);
    }
  for (guint i = 0; i < G_N_ELEMENTS (budget_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/gc/budget/%s", budget_cases[i].name);

      g_test_add_data_func (path, GUINT_TO_POINTER (i), test_budget);
    }
  return g_test_run ();
}
