/* test-diagnostic.c — parse and compile errors carry their location as fields
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#include "config.h"

#include "gor-compiler.h"
#include "gor-diagnostic.h"
#include "gor-parser.h"
#include "gor-runner.h"

static void
test_syntax_error (void)
{
  const char *src = "package main\n\nfunc main() {\n\tx := \n}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("prog.go", src, -1, 1, &error);
  const GorDiagnostic *d;

  g_assert_null (runner);
  g_assert_error (error, GOR_PARSE_ERROR, GOR_PARSE_ERROR_SYNTAX);
  d = gor_diagnostic_from_error (error);
  g_assert_nonnull (d);
  g_assert_cmpstr (d->file, ==, "prog.go");
  g_assert_cmpuint (d->line, ==, 5);
  g_assert_cmpuint (d->column, ==, 1);
  g_assert_true (g_str_has_prefix (d->message, "syntax error: unexpected }"));
  g_assert_true (g_str_has_prefix (error->message, "prog.go:5:1: syntax error: unexpected }"));
  g_assert_true (g_str_has_suffix (error->message, d->message));
}

static void
test_type_error_survives_copy (void)
{
  /* A file name with colons and digits: reading the location back out of
   * the text would go wrong here, the fields do not. */
  const char *src = "package main\n\nfunc main() {\n\tvar s string = 1\n\t_ = s\n}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GError) copy = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("a:1:2.go", src, -1, 1, &error);
  const GorDiagnostic *d;

  g_assert_null (runner);
  g_assert_error (error, GOR_COMPILE_ERROR, GOR_COMPILE_ERROR_TYPE);
  copy = g_error_copy (error);
  d = gor_diagnostic_from_error (copy);
  g_assert_nonnull (d);
  g_assert_cmpstr (d->file, ==, "a:1:2.go");
  g_assert_cmpuint (d->line, ==, 4);
  g_assert_cmpuint (d->column, ==, 17);
  g_assert_true (g_str_has_prefix (copy->message, "a:1:2.go:4:17: "));
  g_assert_true (g_str_has_suffix (copy->message, d->message));
}

static void
test_unsupported (void)
{
  const char *src = "package main\n\nimport \"net/http\"\n\nfunc main() { _ = http.Get }\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("net.go", src, -1, 1, &error);
  const GorDiagnostic *d;

  g_assert_null (runner);
  d = gor_diagnostic_from_error (error);
  g_assert_nonnull (d);
  g_assert_cmpuint (d->line, ==, 3);
  g_assert_true (g_str_has_prefix (d->message, "unsupported: "));
}

static void
test_other_errors_have_none (void)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new_for_path ("/nonexistent/x.go", 1, &error);

  g_assert_null (runner);
  g_assert_error (error, G_FILE_ERROR, G_FILE_ERROR_NOENT);
  g_assert_null (gor_diagnostic_from_error (error));
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/core/diagnostic/syntax-error", test_syntax_error);
  g_test_add_func ("/core/diagnostic/type-error-survives-copy", test_type_error_survives_copy);
  g_test_add_func ("/core/diagnostic/unsupported", test_unsupported);
  g_test_add_func ("/core/diagnostic/other-errors-have-none", test_other_errors_have_none);
  return g_test_run ();
}
