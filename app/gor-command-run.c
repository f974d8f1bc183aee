/* gor-command-run.c — `gorolanes run [--seed N] [--max-steps N] [--max-instructions N] [--max-memory MB]
 * [--report] FILE.go`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the program as its compiled binary would: its output on stdout, Go's
 * panic and fatal text on stderr, Go's exit status.  Needs no display and
 * never touches GTK.
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "gor-command-run.h"
#include "gor-runner.h"

static void
output_cb (const char *text, gsize len, gboolean is_stderr, gpointer user_data)
{
  FILE *f = is_stderr ? stderr : stdout;

  if (is_stderr)
    fflush (stdout);
  fwrite (text, 1, len, f);
}

static void
print_goroutine (GorTrace *trace, GorTraceGoroutine *g)
{
  if (g->parent_id == 0)
    g_printerr ("    the main goroutine\n");
  else
    g_printerr ("    created by %s at %s:%u\n", g->creator_name ? g->creator_name : "main.main",
                g->created_file ? g->created_file : trace->file, g->created_line);
  g_printerr ("    blocked at %s:%u\n", trace->file, g->blocked_line);
}

/* Both labels: the goroutines proven blocked forever, then those still
 * blocked when main returned without such a proof. */
static void
print_report (GorTrace *trace)
{
  guint n = 0, m = 0;

  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

      if (g->blocked_forever_since < 0)
        continue;
      n++;
      g_printerr ("goroutine %u [%s, blocked forever since step %" G_GINT64_FORMAT "]:\n", g->id,
                  gor_reason_to_string (g->forever_reason), g->blocked_forever_since);
      print_goroutine (trace, g);
    }
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

      if (g->still_blocked_since < 0)
        continue;
      m++;
      g_printerr ("goroutine %u [%s, still blocked when main returned, since step %" G_GINT64_FORMAT "]:\n",
                  g->id, gor_reason_to_string (g->forever_reason), g->still_blocked_since);
      print_goroutine (trace, g);
    }
  /* The blocks above keep the shape of Go's goroutine dump, which tools
   * parse; the summary is for people and is translated. */
  g_printerr (ngettext ("%u goroutine blocked forever\n", "%u goroutines blocked forever\n", n), n);
  g_printerr (ngettext ("%u goroutine still blocked when main returned\n",
                        "%u goroutines still blocked when main returned\n", m),
              m);
}

int
gor_command_run (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = NULL;
  g_auto (GStrv) files = NULL;
  gint64             seed = 1;
  gint64             max_steps = GOR_RUNNER_DEFAULT_MAX_STEPS;
  gint64             max_instructions = (gint64) GOR_RUNNER_DEFAULT_MAX_INSTRUCTIONS;
  gint64             max_memory = -1;
  gboolean           report = FALSE;
  g_autofree char   *strategy_name = NULL;
  GorStrategy        strategy = GOR_STRATEGY_RANDOM;
  int                status;
  const GOptionEntry entries[] = {
    { "seed", 's', 0, G_OPTION_ARG_INT64, &seed, N_ ("Seed of the scheduler's choices (default 1)"), "N" },
    { "strategy", 0, 0, G_OPTION_ARG_STRING, &strategy_name,
      N_ ("random or pct: who makes the scheduler's choices, as explore reported (default random)"), "NAME" },
    { "max-steps", 0, 0, G_OPTION_ARG_INT64, &max_steps, N_ ("Stop after N scheduling steps (exit status 3)"),
      "N" },
    { "max-instructions", 0, 0, G_OPTION_ARG_INT64, &max_instructions,
      N_ ("Stop after N VM instructions, e.g. a loop with no scheduling point (exit status 3; default "
          "2000000000)"),
      "N" },
    { "max-memory", 0, 0, G_OPTION_ARG_INT64, &max_memory,
      N_ ("Memory the program may keep live, in MiB: past it, it runs out of memory (exit status 2; "
          "default 2048)"),
      "MB" },
    { "report", 'r', 0, G_OPTION_ARG_NONE, &report,
      N_ ("Report the goroutines blocked forever, and those still blocked when main returned, on stderr"),
      NULL },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_ ("PROGRAM.go"));
  g_option_context_set_summary (context, _ ("Run a Go program in the simulated scheduler, as go run does."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    {
      g_printerr ("gorolanes run: %s\n", error->message);
      return 1;
    }
  if (files == NULL || files[0] == NULL || files[1] != NULL)
    {
      g_printerr ("gorolanes run: %s\n", _ ("expected one PROGRAM.go (see 'gorolanes run --help')"));
      return 1;
    }
  if (max_steps <= 0 || max_steps >= G_MAXUINT32)
    {
      g_printerr ("gorolanes run: ");
      g_printerr (_ ("--max-steps must be between 1 and %u\n"), G_MAXUINT32 - 1);
      return 1;
    }

  if (strategy_name && !gor_strategy_from_string (strategy_name, &strategy))
    {
      g_printerr ("gorolanes run: ");
      g_printerr (_ ("unknown strategy “%s” (random or pct)\n"), strategy_name);
      return 1;
    }

  if (max_instructions <= 0)
    {
      g_printerr ("gorolanes run: %s\n", _ ("--max-instructions must be positive"));
      return 1;
    }

  if (max_memory == 0 || max_memory < -1 || max_memory > G_MAXINT32)
    {
      g_printerr ("gorolanes run: %s\n", _ ("--max-memory must be positive"));
      return 1;
    }

  runner = gor_runner_new_for_path (files[0], (guint64) seed, &error);
  if (runner == NULL)
    {
      g_printerr ("%s\n", error->message);
      return 1;
    }
  gor_runner_set_max_steps (runner, (guint32) max_steps);
  gor_runner_set_max_instructions (runner, (guint64) max_instructions);
  if (max_memory > 0)
    gor_runner_set_max_memory (runner, (gsize) max_memory << 20);
  gor_runner_set_record (runner, report);
  gor_runner_set_strategy (runner, strategy);
  gor_runner_set_output_func (runner, output_cb, NULL, NULL);
  status = gor_runner_run_sync (runner, NULL);
  fflush (stdout);
  if (report)
    print_report (gor_runner_get_trace (runner));
  fflush (stderr);
  return status;
}
