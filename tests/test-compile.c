/* test-compile.c — programs the checker refuses: type errors in Go's words
 * and positions (tests/programs/compile: NAME.msg is what `go build` of Go
 * 1.23 says, recorded and checked by tests/go-oracle.py; odd programs
 * that Go builds are in tests/programs/odd), and features outside the
 * subset, each with its exact message
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-test-go.h"
#include "gor-compiler.h"
#include "gor-parser.h"

/* Outside the subset: refused before the run, with where and what. */
typedef struct
{
  const char *name;
  const char *source;
  const char *out;
  const char *err; /* NULL: a syntax error, whatever its words */
  int         status;
} UnsupportedCase;

static const UnsupportedCase unsupported_cases[] = {
  { "import-net-http",
    "package main\n\nimport (\n\t\"fmt\"\n\t\"net/http\"\n)\n\nfunc main() "
    "{\n\tfmt.Println(http.StatusOK)\n}\n",
    "",
    "prog.go:5:2: unsupported: import \"net/http\": Gorolanes runs programs without a network; simulate the "
    "server and its clients with goroutines and channels",
    1 },
  { "sort-reverse-value",
    "package main\n\nimport \"sort\"\n\nfunc main() {\n\tr := "
    "sort.Reverse(sort.IntSlice{1})\n\tprintln(r.Len())\n}\n",
    "", "prog.go:6:7: unsupported: sort.Reverse outside sort.Sort, sort.Stable or sort.IsSorted", 1 },
  { "uintptr", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tvar x uintptr\n\tfmt.Println(x)\n}\n", "",
    "prog.go:6:8: unsupported: type uintptr: use uint64 or a pointer", 1 },
  { "sync-oncefunc",
    "package main\n\nimport \"sync\"\n\nfunc main() {\n\tf := sync.OnceFunc(func() {})\n\tf()\n}\n", "",
    "prog.go:6:7: unsupported: sync.OnceFunc: not modelled yet; write it in plain Go or with what Gorolanes "
    "runs of sync",
    1 },
  { "fmt-fscanln", "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tfmt.Fscanln(nil, 1)\n}\n", "",
    "prog.go:6:2: unsupported: fmt.Fscanln: not modelled yet; write it in plain Go or with what Gorolanes "
    "runs of fmt",
    1 },
  { "sync-oncevalue",
    "package main\n\nimport \"sync\"\n\nfunc main() {\n\tf := sync.OnceValue(func() int { return 1 })\n\t_ = "
    "f()\n}\n",
    "",
    "prog.go:6:7: unsupported: sync.OnceValue: not modelled yet; write it in plain Go or with what Gorolanes "
    "runs of sync",
    1 },
  /* Go 1.23 has these members; Gorolanes does not run them */
  { "strings-tovalidutf8",
    "package main\n\nimport \"strings\"\n\nfunc main() {\n\ts := strings.ToValidUTF8(\"ab\", "
    "\"a\")\n\tprintln(s)\n}\n",
    "",
    "prog.go:6:7: unsupported: strings.ToValidUTF8: not modelled yet; write it in plain Go or with what "
    "Gorolanes runs of strings",
    1 },
  { "errors-err-unsupported",
    "package main\n\nimport \"errors\"\n\nfunc main() {\n\tprintln(errors.ErrUnsupported == nil)\n}\n", "",
    "prog.go:6:10: unsupported: errors.ErrUnsupported: not modelled yet; write it in plain Go or with what "
    "Gorolanes "
    "runs of errors",
    1 },
  { "rand-perm-value",
    "package main\n\nimport \"math/rand\"\n\nfunc main() {\n\tf := rand.Perm\n\tprintln(len(f(3)))\n}\n", "",
    "prog.go:6:7: unsupported: function value rand.Perm", 1 },
  { "atomic-uintptr-type",
    "package main\n\nimport \"sync/atomic\"\n\nfunc main() {\n\tvar v "
    "atomic.Uintptr\n\tprintln(v.Load())\n}\n",
    "",
    "prog.go:6:8: unsupported: type atomic.Uintptr: not modelled yet; write it in plain Go or with what "
    "Gorolanes runs of atomic",
    1 },
};

static void
check_unsupported (gconstpointer data)
{
  const UnsupportedCase *c = data;
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  g_autofree char *first = NULL;
  int              status = gor_test_run (c->source, 1, TRUE, out, err, NULL);

  first = gor_test_first_line (err->str);
  g_assert_cmpint (status, ==, 1);
  g_assert_cmpstr (out->str, ==, "");
  g_assert_cmpstr (first, ==, c->err);
  g_assert_cmpuint (strlen (first) + 1, ==, err->len);
}

/* A function value prints as its address, which differs from run to run
 * in Go too: only the form is fixed. */
static void
test_print_func_value (void)
{
  g_autoptr (GString) out = g_string_new (NULL);
  g_autoptr (GString) err = g_string_new (NULL);
  int status = gor_test_run ("package main\nimport \"fmt\"\nfunc main() { fmt.Println(main) }", 1, TRUE, out,
                             err, NULL);

  g_assert_cmpint (status, ==, 0);
  g_assert_cmpstr (err->str, ==, "");
  g_assert_true (g_regex_match_simple ("^0x[0-9a-f]+\n$", out->str, 0, 0));
}

/* Compiles a program with a package-member error and one without, many
 * times: run on two threads at once, each must see its own results. */
static gpointer
compile_repeatedly (gpointer data)
{
  static const char *const good
      = "package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n\t\"time\"\n)\n\n"
        "func main() {\n\ttime.Sleep(time.Millisecond)\n\tfmt.Println(strings.Repeat(\"ab\", 2))\n}\n";
  static const char *const bad
      = "package main\n\nimport \"strings\"\n\nfunc main() {\n\tprintln(strings.Foo(\"a\"))\n}\n";
  gboolean even = GPOINTER_TO_INT (data) % 2 == 0;

  for (int i = 0; i < 200; i++)
    {
      const char *src = (i % 2 == 0) == even ? good : bad;
      g_autoptr (GError) error = NULL;
      g_autoptr (GorAstFile) file = gor_parse_file ("prog.go", src, -1, &error);
      g_autoptr (GorProgram) prog = NULL;

      g_assert_no_error (error);
      prog = gor_compile (file, &error);
      if (src == good)
        {
          g_assert_no_error (error);
          g_assert_nonnull (prog);
        }
      else
        {
          g_assert_null (prog);
          g_assert_error (error, GOR_COMPILE_ERROR, GOR_COMPILE_ERROR_TYPE);
          g_assert_true (g_str_has_suffix (error->message, "undefined: strings.Foo"));
        }
    }
  return NULL;
}

static void
test_threads (void)
{
  GThread *a = g_thread_new ("compile-a", compile_repeatedly, GINT_TO_POINTER (0));
  GThread *b = g_thread_new ("compile-b", compile_repeatedly, GINT_TO_POINTER (1));

  g_thread_join (a);
  g_thread_join (b);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GPtrArray) programs = g_ptr_array_new_with_free_func (gor_test_program_free);

  g_test_init (&argc, &argv, NULL);
  gor_test_add_programs ("/core/compile/error", "compile", programs);
  gor_test_add_programs ("/core/compile/odd", "odd", programs);
  for (gsize i = 0; i < G_N_ELEMENTS (unsupported_cases); i++)
    {
      g_autofree char *path = g_strdup_printf ("/core/compile/unsupported/%s", unsupported_cases[i].name);

      g_test_add_data_func (path, &unsupported_cases[i], check_unsupported);
    }
  g_test_add_func ("/core/compile/print-func-value", test_print_func_value);
  g_test_add_func ("/core/compile/threads", test_threads);
  return g_test_run ();
}
