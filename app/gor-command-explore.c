/* gor-command-explore.c — `gorolanes explore [--schedules N] [--strategy
 * random|pct|all] [--jobs J] [--json] PROGRAM.go [FIXED.go]`
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs many schedules of each program and says, per place where
 * goroutines block forever, in how many schedules it happened and the
 * first seed that shows it.  Exit status 0 when no schedule leaks, 4 when
 * some do (so a CI job can use it as it uses goleak), 1 for a program that
 * does not compile or a bad command line.  Needs no display.
 */

#include "config.h"

#include <stdio.h>
#include <glib/gi18n.h>

#include "gor-command-explore.h"
#include "gor-explore.h"
#include "gor-runner.h"
#include "gor-trace-json.h"

#define EXIT_LEAKS 4

static const char *
verdict_label (GorExploreVerdict verdict)
{
  switch (verdict)
    {
    case GOR_EXPLORE_STILL_BLOCKED: return _ ("still blocked when main returned");
    case GOR_EXPLORE_BLOCKED_FOREVER:
    default: return _ ("blocked forever");
    }
}

static const char *
verdict_key (GorExploreVerdict verdict)
{
  switch (verdict)
    {
    case GOR_EXPLORE_STILL_BLOCKED: return "still blocked when main returned";
    case GOR_EXPLORE_BLOCKED_FOREVER:
    default: return "blocked forever";
    }
}

/* "seed 4", or "seed 5, --strategy pct" when it takes pct to replay */
static char *
first_text (const GorExploreResult *r, guint schedule)
{
  char seed[24];

  g_snprintf (seed, sizeof seed, "%" G_GUINT64_FORMAT, gor_explore_seed_of (schedule));
  if (gor_explore_result_strategy_of (r, schedule) == GOR_STRATEGY_RANDOM)
    return g_strdup_printf (_ ("seed %s"), seed);
  return g_strdup_printf (_ ("seed %s, --strategy %s"), seed,
                          gor_strategy_to_string (gor_explore_result_strategy_of (r, schedule)));
}

static void
print_text (const GorExploreResult *r)
{
  for (guint k = 0; k < r->sites->len; k++)
    {
      const GorExploreSite *s = &g_array_index (r->sites, GorExploreSite, k);
      g_autofree char      *first = first_text (r, s->first);

      if (s->created_line)
        /* TRANSLATORS: "leak.go:13 chan send (goroutine created at leak.go:11): blocked forever in 37 of
         * 200 schedules (first: seed 4)" */
        g_print (_ ("%s:%u %s (goroutine created at %s:%u): %s in %u of %u schedules (first: %s)\n"), r->file,
                 s->line, gor_reason_to_string (s->reason), r->file, s->created_line,
                 verdict_label (s->verdict), s->n_schedules, r->n_schedules, first);
      else
        g_print (_ ("%s:%u %s (the main goroutine): %s in %u of %u schedules (first: %s)\n"), r->file,
                 s->line, gor_reason_to_string (s->reason), verdict_label (s->verdict), s->n_schedules,
                 r->n_schedules, first);
    }
  /* TRANSLATORS: "fixed.go: blocked forever in 0 of 200 schedules" */
  g_print (_ ("%s: %s in %u of %u schedules\n"), r->file, verdict_label (GOR_EXPLORE_BLOCKED_FOREVER),
           r->n_leaky, r->n_schedules);
  /* Unproven: told, counted apart, and no failure of the exit status. */
  if (r->n_still)
    g_print (_ ("%s: %s in %u of %u schedules\n"), r->file, verdict_label (GOR_EXPLORE_STILL_BLOCKED),
             r->n_still, r->n_schedules);
  if (r->n_not_ended)
    g_print (_ ("%s: %u of %u schedules did not end within %u steps\n"), r->file, r->n_not_ended,
             r->n_schedules, GOR_EXPLORE_MAX_STEPS);
}

static void
append_variant_json (GString *out, const GorExploreResult *r)
{
  g_string_append (out, "{\"file\":");
  gor_trace_json_append_string (out, r->file, -1);
  g_string_append_printf (out,
                          ",\"schedules\":%u,\"blocked_forever\":%u,\"still_blocked\":%u,\"not_ended\":%u,"
                          "\"sites\":[",
                          r->n_schedules, r->n_leaky, r->n_still, r->n_not_ended);
  for (guint k = 0; k < r->sites->len; k++)
    {
      const GorExploreSite *s = &g_array_index (r->sites, GorExploreSite, k);

      if (k)
        g_string_append_c (out, ',');
      g_string_append (out, "{\"verdict\":");
      gor_trace_json_append_string (out, verdict_key (s->verdict), -1);
      g_string_append (out, ",\"file\":");
      gor_trace_json_append_string (out, r->file, -1);
      g_string_append_printf (out, ",\"line\":%u,\"reason\":", s->line);
      gor_trace_json_append_string (out, gor_reason_to_string (s->reason), -1);
      if (s->created_line)
        g_string_append_printf (out, ",\"created_line\":%u", s->created_line);
      else
        g_string_append (out, ",\"created_line\":null");
      g_string_append_printf (
          out, ",\"schedules\":%u,\"first_seed\":%" G_GUINT64_FORMAT ",\"first_strategy\":\"%s\"}",
          s->n_schedules, gor_explore_seed_of (s->first),
          gor_strategy_to_string (gor_explore_result_strategy_of (r, s->first)));
    }
  /* schedule i ran with seed i + 1 */
  g_string_append (out, "],\"per_schedule\":[");
  for (guint i = 0; i < r->n_schedules; i++)
    g_string_append_printf (
        out,
        "%s{\"seed\":%" G_GUINT64_FORMAT ",\"strategy\":\"%s\",\"blocked_forever\":%u,\"still_blocked\":%u}",
        i ? "," : "", gor_explore_seed_of (i), gor_strategy_to_string (gor_explore_result_strategy_of (r, i)),
        r->blocked_counts[i], r->still_counts[i]);
  g_string_append (out, "]}");
}

static int
usage (const char *message)
{
  g_printerr ("gorolanes explore: %s\n", message);
  return 1;
}

int
gor_command_explore (int argc, char *argv[])
{
  g_autoptr (GOptionContext) context = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) results = NULL;
  g_auto (GStrv) files = NULL;
  g_autofree char   *strategy_name = NULL;
  gint64             n_schedules = GOR_EXPLORE_DEFAULT_SCHEDULES;
  gint64             n_jobs = 0;
  gboolean           json = FALSE, leaks = FALSE;
  GorExploreStrategy strategy = GOR_EXPLORE_ALL;
  const GOptionEntry entries[]
      = { { "schedules", 'n', 0, G_OPTION_ARG_INT64, &n_schedules,
            N_ ("How many schedules to run (default 200); schedule i has seed i + 1"), "N" },
          { "strategy", 0, 0, G_OPTION_ARG_STRING, &strategy_name,
            N_ ("random, pct or all (both by turns; default all)"), "NAME" },
          { "jobs", 'j', 0, G_OPTION_ARG_INT64, &n_jobs,
            N_ ("Worker threads (default: one per processor); the results do not depend on it"), "J" },
          { "json", 0, 0, G_OPTION_ARG_NONE, &json, N_ ("Print one JSON document instead of text"), NULL },
          { G_OPTION_REMAINING, 0, 0, G_OPTION_ARG_FILENAME_ARRAY, &files, NULL, NULL },
          { NULL } };

  context = g_option_context_new (_ ("PROGRAM.go [FIXED.go]"));
  g_option_context_set_summary (context, _ ("Run many schedules of a Go program and count, per place, in how "
                                            "many of them goroutines block forever.\nExit status: 0 no leak, "
                                            "4 some schedule leaks, 1 error."));
  g_option_context_add_main_entries (context, entries, GETTEXT_PACKAGE);
  g_option_context_set_translation_domain (context, GETTEXT_PACKAGE);
  if (!g_option_context_parse (context, &argc, &argv, &error))
    return usage (error->message);
  if (files == NULL || files[0] == NULL || (files[1] != NULL && files[2] != NULL))
    return usage (_ ("expected PROGRAM.go and, optionally, FIXED.go"));
  if (n_schedules <= 0 || n_schedules > 10000000)
    return usage (_ ("--schedules must be between 1 and 10000000"));
  if (n_jobs < 0 || n_jobs > 1024)
    return usage (_ ("--jobs must be between 1 and 1024"));
  if (strategy_name)
    {
      if (g_strcmp0 (strategy_name, "random") == 0)
        strategy = GOR_EXPLORE_RANDOM;
      else if (g_strcmp0 (strategy_name, "pct") == 0)
        strategy = GOR_EXPLORE_PCT;
      else if (g_strcmp0 (strategy_name, "all") == 0)
        strategy = GOR_EXPLORE_ALL;
      else
        {
          g_autofree char *m
              = g_strdup_printf (_ ("unknown strategy “%s” (random, pct or all)"), strategy_name);
          return usage (m);
        }
    }

  results = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_explore_result_free);
  for (guint f = 0; files[f] != NULL; f++)
    {
      g_autofree char  *source = NULL;
      gsize             len = 0;
      GorExploreResult *r;

      if (!gor_runner_check_file_size (files[f], files[f], &error)
          || !g_file_get_contents (files[f], &source, &len, &error))
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      r = gor_explore_run (files[f], source, (gssize) len, (guint) n_schedules, strategy, (guint) n_jobs,
                           NULL, NULL, NULL, &error);
      if (r == NULL)
        {
          g_printerr ("%s\n", error->message);
          return 1;
        }
      leaks |= r->n_leaky > 0;
      g_ptr_array_add (results, r);
    }

  if (json)
    {
      g_autoptr (GString) out = g_string_new (NULL);

      g_string_append_printf (out, "{\"schedules\":%u,\"strategy\":", (guint) n_schedules);
      gor_trace_json_append_string (out, strategy_name ? strategy_name : "all", -1);
      g_string_append_printf (out, ",\"pct_depth\":%u,\"variants\":[", GOR_PCT_DEFAULT_DEPTH);
      for (guint i = 0; i < results->len; i++)
        {
          if (i)
            g_string_append_c (out, ',');
          append_variant_json (out, g_ptr_array_index (results, i));
        }
      g_string_append (out, "]}\n");
      fwrite (out->str, 1, out->len, stdout);
    }
  else
    for (guint i = 0; i < results->len; i++)
      print_text (g_ptr_array_index (results, i));
  fflush (stdout);
  return leaks ? EXIT_LEAKS : 0;
}
