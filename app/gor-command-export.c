/* gor-command-export.c — `gorolanes export`: the timeline as SVG or PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the program (and its fixed variant) to the end headless, exactly as
 * the window would, and writes the picture through the shared renderer.
 * A program that deadlocks or panics is still exported: that is often the
 * point.  Only a bad option, a program that does not compile or an
 * unwritable file fail, each with one line on stderr.
 */

#include "config.h"

#include "gor-command-export.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "gor-export.h"
#include "gor-printable.h"
#include "gor-render.h"
#include "gor-runner.h"
#include "gor-scenario.h"

#define EXIT_USAGE 2
#define EXIT_FAILED 1

/* Messages name paths and quote what the user gave: print them inert. */
static int
fail (const char *message)
{
  g_autofree char *printable = gor_printable (message, -1, 0);

  g_printerr ("gorolanes export: %s\n", printable);
  return EXIT_FAILED;
}

static int
usage (const char *message)
{
  g_autofree char *printable = gor_printable (message, -1, 0);

  g_printerr ("gorolanes export: %s\n", printable);
  g_printerr ("%s\n", _ ("Run 'gorolanes export --help' to see a full list of options."));
  return EXIT_USAGE;
}

/* An export interrupted by Ctrl+C or a kill leaves no temporary file: the
 * drawing loop never returns to a main loop, so a g_unix_signal_add()
 * source would never run; a plain handler removes the file with unlink()
 * (async-signal-safe), then dies of the same signal. */
static void
remove_temporary_cb (int signum)
{
  gor_export_remove_temporary_file ();
  signal (signum, SIG_DFL);
  raise (signum);
}

static void
clean_up_on_signals (void)
{
  static const int signals[] = { SIGINT, SIGTERM, SIGHUP, SIGQUIT };
  struct sigaction action = { 0 };

  action.sa_handler = remove_temporary_cb;
  sigemptyset (&action.sa_mask);
  for (gsize i = 0; i < G_N_ELEMENTS (signals); i++)
    {
      struct sigaction old;

      /* A signal ignored from the start (nohup, a background job of a
       * script) stays ignored, as the user meant. */
      if (sigaction (signals[i], NULL, &old) == 0 && old.sa_handler == SIG_IGN)
        continue;
      sigaction (signals[i], &action, NULL);
    }
  atexit (gor_export_remove_temporary_file);
}

/* Runs @path to its end.  Compile errors come back as "FILE:LINE:COL: …". */
static GorTrace *
run_program (const char *path, guint64 seed, GorStrategy strategy, guint32 max_steps, GError **error)
{
  g_autoptr (GorRunner) runner = gor_runner_new_for_path (path, seed, error);

  if (runner == NULL)
    return NULL;
  if (max_steps > 0)
    gor_runner_set_max_steps (runner, max_steps);
  gor_runner_set_strategy (runner, strategy);
  gor_runner_run_sync (runner, NULL);
  return gor_trace_ref (gor_runner_get_trace (runner));
}

static char *
default_output (const char *program, const char *scenario_id, GorExportFormat format, gboolean perfetto)
{
  const char      *ext = perfetto ? ".json" : format == GOR_EXPORT_FORMAT_PNG ? ".png" : ".svg";
  g_autofree char *base = NULL;

  if (scenario_id)
    return g_strconcat (scenario_id, ext, NULL);

  base = g_path_get_basename (program);
  if (g_str_has_suffix (base, ".go"))
    base[strlen (base) - 3] = '\0';
  return g_strconcat (base, ext, NULL);
}

/* "no bundled scenario “99-nope”; there are 01-…, 02-…": the names a user
 * can give, on the one line of the message. */
static char *
unknown_scenario_message (const char *id, GPtrArray *scenarios)
{
  g_autofree char *printable = gor_printable (id, -1, 80);
  GString         *m = g_string_new (NULL);

  g_string_append_printf (m, _ ("no bundled scenario “%s”"), printable);
  if (scenarios->len == 0)
    g_string_append (m, _ ("; none could be loaded"));
  for (guint i = 0; i < scenarios->len; i++)
    {
      GorScenario     *scenario = g_ptr_array_index (scenarios, i);
      g_autofree char *name = gor_printable (scenario->id, -1, 80);

      g_string_append (m, i == 0 ? _ ("; there are ") : ", ");
      g_string_append (m, name);
    }
  return g_string_free (m, FALSE);
}

/* --axis and --theme into @options; a message for a bad value. */
static char *
parse_look (const char *axis_name, const char *theme_name, GorRenderOptions *options)
{
  if (axis_name)
    {
      if (g_strcmp0 (axis_name, "steps") == 0)
        options->axis = GOR_RENDER_AXIS_STEPS;
      else if (g_strcmp0 (axis_name, "time") == 0)
        options->axis = GOR_RENDER_AXIS_TIME;
      else
        return g_strdup_printf (_ ("unknown axis “%s” (steps or time)"), axis_name);
    }
  if (theme_name)
    {
      if (g_strcmp0 (theme_name, "light") == 0)
        options->theme = GOR_RENDER_THEME_LIGHT;
      else if (g_strcmp0 (theme_name, "dark") == 0)
        options->theme = GOR_RENDER_THEME_DARK;
      else
        return g_strdup_printf (_ ("unknown theme “%s” (light or dark)"), theme_name);
    }
  return NULL;
}

/* The numbers given; a message for one out of range.  @duration gets
 * its default with --animate. */
static const char *
check_numbers (int width, int height, int max_steps, gboolean animate, double *duration)
{
  if (width < 100 || width > 30000)
    return _ ("--width must be between 100 and 30000");
  if (height != 0 && (height < 100 || height > 30000))
    return _ ("--height must be between 100 and 30000");
  if (max_steps < 0)
    return _ ("--max-steps must be positive");
  if (*duration != 0 && !animate)
    return _ ("--duration goes with --animate");
  if (animate && *duration == 0)
    *duration = 10;
  if (animate && !(*duration >= 1 && *duration <= 600))
    return _ ("--duration must be between 1 and 600 seconds");
  return NULL;
}

int
gor_command_export (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_auto (GStrv) files = NULL;
  g_autofree char *format_name = NULL;
  g_autofree char *output = NULL;
  g_autofree char *axis_name = NULL;
  g_autofree char *theme_name = NULL;
  g_autofree char *scenario_id = NULL;
  g_autofree char *seed_text = NULL;
  g_autofree char *strategy_name = NULL;
  GorStrategy      strategy = GOR_STRATEGY_RANDOM;
  g_autoptr (GPtrArray) scenarios = NULL;
  g_autoptr (GorTrace) leak = NULL;
  g_autoptr (GorTrace) fixed = NULL;
  g_autofree char *title = NULL;
  const char      *leak_path = NULL, *fixed_path = NULL;
  int              width = 1600, height = 0, max_steps = 0;
  guint64          seed = 1;
  gboolean have_format = FALSE, seed_given = FALSE, perfetto = FALSE, animate = FALSE, captions = FALSE;
  double   duration = 0;
  GorExportFormat    format = GOR_EXPORT_FORMAT_SVG;
  GorRenderOptions   options;
  guint              n_files;
  const GOptionEntry entries[] = {
    { "format", 'f', 0, G_OPTION_ARG_STRING, &format_name,
      N_ ("svg, png or perfetto (default: from the output's extension, else svg)"), "FORMAT" },
    { "output", 'o', 0, G_OPTION_ARG_FILENAME, &output,
      N_ ("The file to write (default: the program's name with .svg, .png or .json)"), "FILE" },
    { "seed", 's', 0, G_OPTION_ARG_STRING, &seed_text,
      N_ ("Scheduler seed (default: the scenario's, else 1)"), "N" },
    { "strategy", 0, 0, G_OPTION_ARG_STRING, &strategy_name,
      N_ ("random or pct: who makes the scheduler's choices, as explore reported (default random)"), "NAME" },
    { "width", 0, 0, G_OPTION_ARG_INT, &width, N_ ("Picture width in pixels (default 1600)"), "W" },
    { "height", 0, 0, G_OPTION_ARG_INT, &height, N_ ("Picture height in pixels (default: everything)"), "H" },
    { "axis", 0, 0, G_OPTION_ARG_STRING, &axis_name, N_ ("steps or time (default steps)"), "AXIS" },
    { "theme", 0, 0, G_OPTION_ARG_STRING, &theme_name, N_ ("light or dark (default light)"), "THEME" },
    { "scenario", 0, 0, G_OPTION_ARG_STRING, &scenario_id, N_ ("Export a bundled scenario's leak and fix"),
      "NN-slug" },
    { "max-steps", 0, 0, G_OPTION_ARG_INT, &max_steps, N_ ("Stop a program after N steps"), "N" },
    { "captions", 0, 0, G_OPTION_ARG_NONE, &captions,
      N_ ("Tell each program's story under its timeline: the steps that matter, in words, numbered on the "
          "timeline"),
      NULL },
    { "animate", 0, 0, G_OPTION_ARG_NONE, &animate,
      N_ ("An SVG that plays the run (SMIL animation; the whole run where animation is not "
          "supported)"),
      NULL },
    { "duration", 0, 0, G_OPTION_ARG_DOUBLE, &duration,
      N_ ("Seconds one pass of --animate takes (default 10)"), "SECONDS" },
    { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
    { NULL }
  };

  context = g_option_context_new (_ ("[PROGRAM.go [FIXED.go]]"));
  g_option_context_set_summary (context,
                                _ ("Run a Go program (and its fixed variant) to the end and write its "
                                   "timeline as SVG (still or animated), PNG or Perfetto trace-event JSON.  "
                                   "Needs no display."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);

  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);

  gor_render_options_init (&options);
  options.show_captions = captions;

  /* The trace-event JSON is data, not a picture: it has its own writer. */
  if ((format_name && g_ascii_strcasecmp (format_name, "perfetto") == 0)
      || (format_name == NULL && output && g_str_has_suffix (output, ".json")))
    {
      g_clear_pointer (&format_name, g_free);
      perfetto = have_format = TRUE;
    }
  if (format_name)
    {
      if (!gor_export_format_from_name (format_name, &format))
        {
          g_autofree char *m
              = g_strdup_printf (_ ("unknown format “%s” (svg, png or perfetto)"), format_name);
          return usage (m);
        }
      have_format = TRUE;
    }
  {
    g_autofree char *m = parse_look (axis_name, theme_name, &options);

    if (m)
      return usage (m);
  }
  if (seed_text)
    {
      if (!g_ascii_string_to_unsigned (seed_text, 10, 0, G_MAXUINT64, &seed, NULL))
        {
          g_autofree char *m = g_strdup_printf (_ ("--seed wants a number, not “%s”"), seed_text);
          return usage (m);
        }
      seed_given = TRUE;
    }
  if (strategy_name && !gor_strategy_from_string (strategy_name, &strategy))
    {
      g_autofree char *m = g_strdup_printf (_ ("unknown strategy “%s” (random or pct)"), strategy_name);
      return usage (m);
    }
  {
    const char *m = check_numbers (width, height, max_steps, animate, &duration);

    if (m)
      return usage (m);
  }

  n_files = files ? g_strv_length (files) : 0;
  if (scenario_id)
    {
      g_autoptr (GPtrArray) broken = NULL;
      GorScenario *scenario;

      if (n_files > 0)
        return usage (_ ("give either --scenario or programs, not both"));
      /* Each scenario loads on its own: a broken one matters only when it
       * is the one asked for. */
      scenarios = gor_scenario_load_all_full (gor_scenario_get_default_dir (), &broken, &error);
      if (scenarios == NULL)
        return fail (error->message);
      scenario = gor_scenario_find (scenarios, scenario_id);
      if (scenario == NULL)
        {
          GorScenario     *bad = gor_scenario_find (broken, scenario_id);
          g_autofree char *m = NULL;

          if (bad != NULL)
            return fail (bad->error->message);
          m = unknown_scenario_message (scenario_id, scenarios);
          return usage (m);
        }
      leak_path = scenario->leak_path;
      fixed_path = scenario->fixed_path;
      title = g_strdup (scenario->title);
      if (!seed_given)
        seed = scenario->seed;
    }
  else
    {
      if (n_files == 0)
        return usage (_ ("no program given (PROGRAM.go [FIXED.go], or --scenario NN-slug)"));
      if (n_files > 2)
        return usage (_ ("at most two programs: the leak variant and its fix"));
      leak_path = files[0];
      fixed_path = n_files == 2 ? files[1] : NULL;
    }

  if (output && !have_format && !gor_export_format_from_path (output, &format))
    {
      g_autofree char *m = g_strdup_printf (_ ("cannot tell the format of %s: name it .svg, .png "
                                               "or .json, or use --format"),
                                            output);
      return usage (m);
    }
  if (output == NULL)
    output = default_output (leak_path, scenario_id, format, perfetto);
  if (animate && (perfetto || format != GOR_EXPORT_FORMAT_SVG))
    return usage (_ ("--animate makes an SVG: use it with --format svg or an .svg file"));
  /* Before the programs run: a picture too large fails at once. */
  if (!perfetto && !gor_export_check_size (format, width, height, &error))
    return usage (error->message);

  clean_up_on_signals ();

  leak = run_program (leak_path, seed, strategy, (guint32) max_steps, &error);
  if (leak == NULL)
    {
      g_printerr ("%s\n", error->message);
      return EXIT_FAILED;
    }
  if (fixed_path)
    {
      fixed = run_program (fixed_path, seed, strategy, (guint32) max_steps, &error);
      if (fixed == NULL)
        {
          g_printerr ("%s\n", error->message);
          return EXIT_FAILED;
        }
    }

  if (perfetto)
    return gor_export_trace_json (leak, fixed, title, output, &error) ? 0 : fail (error->message);

  if (animate)
    {
      if (!gor_export_traces_animated (leak, fixed, title, &options, width, height, duration, output, &error))
        return fail (error->message);
      return 0;
    }
  if (!gor_export_traces (leak, fixed, title, &options, width, height, output, format, &error))
    return fail (error->message);

  return 0;
}
