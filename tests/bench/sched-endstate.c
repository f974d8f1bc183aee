/* sched-endstate.c — the end state of one run, for check-schedule.sh
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs a program as `gorolanes run` does and prints, when the runner frees
 * a VM (linked with -Wl,--wrap=gor_vm_free), what the schedule leaves
 * behind: step, virtual clock, instruction count, both random streams,
 * collections, heap, how it ended, and a hash of its output.  Two builds
 * make the same schedule when they print the same lines.
 *
 *   sched-endstate FILE.go SEED random|pct RECORD(0|1)
 */

#include "config.h"

#include <stdio.h>
#include <stdlib.h>

#include "gor-runner.h"
#include "gor-vm-private.h"

void __real_gor_vm_free (GorVM *vm);
void __wrap_gor_vm_free (GorVM *vm);

static guint64 out_hash = G_GUINT64_CONSTANT (1469598103934665603);
static gsize   out_len;

void
__wrap_gor_vm_free (GorVM *vm)
{
  printf ("step=%u now=%" G_GINT64_FORMAT " instr=%" G_GUINT64_FORMAT " rng=%" G_GUINT64_FORMAT
          " pct=%" G_GUINT64_FORMAT " gc=%u heap=%" G_GSIZE_FORMAT " end=%d status=%d out=%" G_GSIZE_FORMAT
          "/%016" G_GINT64_MODIFIER "x\n",
          vm->step, vm->now, vm->n_instructions, vm->rng, vm->pct_rng, vm->gc_count, vm->heap.bytes,
          (int) vm->end_kind, vm->exit_status, out_len, out_hash);
  __real_gor_vm_free (vm);
}

static void
output_cb (const char *text, gsize len, gboolean is_stderr, gpointer user_data)
{
  (void) user_data;
  for (gsize i = 0; i < len; i++)
    out_hash = (out_hash ^ (guchar) text[i] ^ (is_stderr ? 0x100u : 0u)) * G_GUINT64_CONSTANT (1099511628211);
  out_len += len;
}

int
main (int argc, char **argv)
{
  GError    *error = NULL;
  GorRunner *runner;

  if (argc != 5)
    {
      fprintf (stderr, "usage: %s FILE.go SEED random|pct RECORD\n", argv[0]);
      return 1;
    }
  runner = gor_runner_new_for_path (argv[1], g_ascii_strtoull (argv[2], NULL, 10), &error);
  if (runner == NULL)
    {
      printf ("error %s\n", error->message);
      g_error_free (error);
      return 0;
    }
  gor_runner_set_record (runner, atoi (argv[4]) != 0);
  gor_runner_set_strategy (runner, g_str_equal (argv[3], "pct") ? GOR_STRATEGY_PCT : GOR_STRATEGY_RANDOM);
  gor_runner_set_output_func (runner, output_cb, NULL, NULL);
  printf ("status %d\n", gor_runner_run_sync (runner, NULL));
  g_object_unref (runner);
  return 0;
}
