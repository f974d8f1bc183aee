/* fuzz-pipeline.c — libFuzzer harness for the whole way a program goes:
 * parse, check, compile, run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Any bytes must give either one error line "fuzz.go:LINE:COL: …" or a
 * program that runs, within small limits, to an end or to a limit —
 * never a crash, a hang, a leak or undefined behaviour.  The limits keep
 * each run to milliseconds: a few thousand scheduling steps and a few
 * hundred thousand instructions reach every statement a short program
 * has.  Built and run by run-fuzz.sh (FUZZ_HARNESS=pipeline).
 */

#include "config.h"

#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "gor-runner.h"

int LLVMFuzzerTestOneInput (const uint8_t *data, size_t size);

static void
drop_output (const char *text, gsize len, gboolean is_stderr, gpointer user_data)
{
  (void) text;
  (void) len;
  (void) is_stderr;
  (void) user_data;
}

int
LLVMFuzzerTestOneInput (const uint8_t *data, size_t size)
{
  GError    *error = NULL;
  GorRunner *runner;

  /* a longer program finds nothing a short one does not, only slower */
  if (size > 16384)
    return 0;
  runner = gor_runner_new ("fuzz.go", (const char *) data, (gssize) size, 1, &error);
  if (runner == NULL)
    {
      if (error == NULL || !g_str_has_prefix (error->message, "fuzz.go:")
          || !g_utf8_validate (error->message, -1, NULL))
        abort ();
      g_error_free (error);
      return 0;
    }
  if (error != NULL)
    abort ();
  gor_runner_set_output_func (runner, drop_output, NULL, NULL);
  gor_runner_set_max_steps (runner, 3000);
  gor_runner_set_max_instructions (runner, 300000);
  gor_runner_run_sync (runner, NULL);
  g_object_unref (runner);
  return 0;
}
