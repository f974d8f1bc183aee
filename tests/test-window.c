/* test-window.c — the main window and the application, driven by actions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Expected program output comes from tests/scenarios/ (recorded with
 * go run of Go 1.19), never from what Gorolanes happens to print.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>
#include <gtksourceview/gtksource.h>

#include "gor-application.h"
#include "gor-scenario.h"
#include "gor-window.h"
#include "gor-window-private.h"
#include "test-input.h"
#include "test-window-support.h"

#define FIRST_SCENARIO "01-send-without-receiver"

#ifdef __SANITIZE_ADDRESS__
/* The file chooser makes GLib grow its quark table, and GLib drops the
 * first block (allocated in its constructor) on purpose (gquark.c: the
 * lookups stay lock-free).  Matching that needs whole stacks. */
const char *__lsan_default_options (void);
const char *__lsan_default_suppressions (void);

const char *
__lsan_default_options (void)
{
  return "fast_unwind_on_malloc=0";
}

const char *
__lsan_default_suppressions (void)
{
  return "leak:_dl_init\n";
}
#endif

static void
count_notify_cb (GObject *object, GParamSpec *pspec, int *count)
{
  (*count)++;
}

static char *
read_expected (const char *scenario, const char *name)
{
  g_autofree char *path = g_test_build_filename (G_TEST_DIST, "scenarios", scenario, name, NULL);
  g_autoptr (GError) error = NULL;
  char *text = NULL;

  g_file_get_contents (path, &text, NULL, &error);
  g_assert_no_error (error);
  /* The inspector shows output without its final newline. */
  g_strchomp (text);
  return text;
}

static void
run_until_finished (GorPlayback *playback)
{
  gint64 deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;

  while ((gor_playback_get_running_to_end (playback) || gor_playback_get_playing (playback))
         && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gor_playback_get_finished (playback));
}

static char *
write_program (const char *dir, const char *name, const char *text)
{
  char *path = g_build_filename (dir, name, NULL);
  g_autoptr (GError) error = NULL;

  g_file_set_contents (path, text, -1, &error);
  g_assert_no_error (error);
  return path;
}

static void
test_window_from_template (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  g_autoptr (GPtrArray) scenarios = gor_scenario_load_all (gor_scenario_get_default_dir (), NULL);
  GorScenario     *first;
  GorWindow       *window;
  g_autofree char *title = NULL;

  g_assert_nonnull (scenarios);
  g_assert_cmpuint (scenarios->len, >, 0);
  first = g_ptr_array_index (scenarios, 0);

  window = gor_window_new (app);
  g_assert_true (GOR_IS_WINDOW (window));
  g_assert_true (GTK_IS_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (window))));

  /* With no arguments: the first bundled scenario, at step 0. */
  title = g_strdup_printf ("%s — Gorolanes", first->title);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, title);
  g_assert_cmpuint (gor_window_get_n_sidebar_rows (window), ==, scenarios->len);
  g_assert_cmpuint (gor_playback_get_playhead (gor_window_get_playback (window)), ==, 0);
  g_assert_nonnull (gor_playback_get_trace (gor_window_get_playback (window), GOR_VARIANT_LEAK));
  g_assert_nonnull (gor_playback_get_trace (gor_window_get_playback (window), GOR_VARIANT_FIXED));
  g_assert_null (gor_window_get_banner_text (window));

  /* It fits an 800×600 screen. */
  {
    int min_w, min_h;

    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_HORIZONTAL, -1, &min_w, NULL, NULL, NULL);
    gtk_widget_measure (GTK_WIDGET (window), GTK_ORIENTATION_VERTICAL, 800, &min_h, NULL, NULL, NULL);
    g_assert_cmpint (min_w, <=, 800);
    g_assert_cmpint (min_h, <=, 600);
  }

  /* Ctrl+? opens the shortcuts window built from the resource. */
  g_assert_nonnull (gtk_application_window_get_help_overlay (GTK_APPLICATION_WINDOW (window)));
  {
    g_auto (GStrv) accels = gtk_application_get_accels_for_action (app, "win.show-help-overlay");
    g_assert_true (accels != NULL && accels[0] != NULL);
  }
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "open"));
  g_assert_true (g_action_group_has_action (G_ACTION_GROUP (window), "export"));

  gtk_window_destroy (GTK_WINDOW (window));
}

/* The line the source pane highlights is where the goroutine that ran
 * last is, read from the trace. */
static guint
running_line (GorTrace *trace, guint playhead)
{
  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      const GorSpan *span = gor_trace_goroutine_span_at (gor_trace_get_goroutine (trace, i), playhead - 1);

      if (span != NULL && span->state == GOR_STATE_RUNNING)
        return span->line;
    }
  return 0;
}

/* The sidebar: scenarios under their group's heading, article first; each
 * row says what to look at, and neither the summary nor the lesson (the
 * answer) is there or in a tooltip. */
static void
test_window_sidebar_groups (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  g_autoptr (GPtrArray) scenarios = gor_scenario_load_all (gor_scenario_get_default_dir (), NULL);
  GorWindow *window;
  GtkWidget *child;
  guint      i = 0, n_headings = 0, n_real = 0;

  g_assert_nonnull (scenarios);
  window = gor_window_new (app);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (window->sidebar_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBoxRow *row;
      GorScenario   *scenario, *prev;
      GtkWidget     *header, *box, *title, *line;
      const char    *tooltip;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      row = GTK_LIST_BOX_ROW (child);
      g_assert_cmpuint (i, <, scenarios->len);
      scenario = g_ptr_array_index (scenarios, i);
      prev = i > 0 ? g_ptr_array_index (scenarios, i - 1) : NULL;

      /* Groups are contiguous: article scenarios come first. */
      if (prev != NULL)
        g_assert_cmpint (prev->group, <=, scenario->group);
      header = gtk_list_box_row_get_header (row);
      if (prev == NULL || prev->group != scenario->group)
        {
          g_assert_true (GTK_IS_LABEL (header));
          g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==,
                           scenario->group == GOR_SCENARIO_GROUP_ARTICLE ? "From the Article"
                                                                         : "From Real Bugs");
          n_headings++;
        }
      else
        g_assert_null (header);
      if (scenario->group == GOR_SCENARIO_GROUP_REAL_BUGS)
        n_real++;

      box = gtk_list_box_row_get_child (row);
      title = gtk_widget_get_first_child (box);
      line = gtk_widget_get_next_sibling (title);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, scenario->title);
      g_assert_nonnull (scenario->look_at);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (line)), ==, scenario->look_at);
      g_assert_true (gtk_widget_get_visible (line));
      /* No tooltip: the summary gives the answer away and covers the list. */
      tooltip = gtk_widget_get_tooltip_text (GTK_WIDGET (row));
      g_assert_null (tooltip);
      g_assert_null (strstr (gtk_label_get_text (GTK_LABEL (line)), scenario->lesson));
      i++;
    }
  g_assert_cmpuint (i, ==, scenarios->len);
  g_assert_cmpuint (n_real, >, 0);
  g_assert_cmpuint (n_headings, ==, 2);

  gtk_window_destroy (GTK_WINDOW (window));
}

/* A bundled folder that is broken does not take the others with it: the
 * good scenarios are listed and chosen as usual, the broken one is listed
 * under its own heading with why, and cannot be chosen. */
static void
test_window_broken_scenario (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  g_autoptr (GError) error = NULL;
  g_autofree char *root = g_dir_make_tmp ("gorolanes-scenarios-XXXXXX", &error);
  g_autofree char *saved = g_strdup (g_getenv ("GOROLANES_SCENARIOS"));
  g_autofree char *good = NULL, *bad = NULL;
  const char      *src = gor_scenario_get_default_dir ();
  GorWindow       *window;
  GtkWidget       *child;
  guint            n_rows = 0, n_broken = 0;

  g_assert_no_error (error);
  good = g_build_filename (root, "01-good", NULL);
  bad = g_build_filename (root, "02-bad", NULL);
  g_assert_cmpint (g_mkdir (good, 0755), ==, 0);
  g_assert_cmpint (g_mkdir (bad, 0755), ==, 0);
  for (guint i = 0; i < 3; i++)
    {
      const char      *names[] = { "leak.go", "fixed.go", "scenario.ini" };
      g_autofree char *from = g_build_filename (src, FIRST_SCENARIO, names[i], NULL);
      g_autofree char *to = g_build_filename (good, names[i], NULL);
      g_autofree char *data = NULL;
      gsize            len;

      g_assert_true (g_file_get_contents (from, &data, &len, NULL));
      g_assert_true (g_file_set_contents (to, data, (gssize) len, NULL));
      if (i == 2)
        {
          /* The broken one has all but its fix. */
          g_autofree char *to_bad = g_build_filename (bad, names[i], NULL);
          g_autofree char *leak_from = g_build_filename (good, "leak.go", NULL);
          g_autofree char *leak_to = g_build_filename (bad, "leak.go", NULL);
          g_autofree char *leak = NULL;

          g_assert_true (g_file_set_contents (to_bad, data, (gssize) len, NULL));
          g_assert_true (g_file_get_contents (leak_from, &leak, &len, NULL));
          g_assert_true (g_file_set_contents (leak_to, leak, (gssize) len, NULL));
        }
    }

  g_setenv ("GOROLANES_SCENARIOS", root, TRUE);
  window = gor_window_new (app);
  for (child = gtk_widget_get_first_child (GTK_WIDGET (window->sidebar_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkListBoxRow *row;
      GtkWidget     *header, *title, *why;

      if (!GTK_IS_LIST_BOX_ROW (child))
        continue;
      row = GTK_LIST_BOX_ROW (child);
      n_rows++;
      if (gtk_list_box_row_get_selectable (row))
        continue;
      n_broken++;
      header = gtk_list_box_row_get_header (row);
      g_assert_true (GTK_IS_LABEL (header));
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Could Not Be Loaded");
      title = gtk_widget_get_first_child (gtk_list_box_row_get_child (row));
      why = gtk_widget_get_next_sibling (title);
      g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (title)), ==, "02-bad");
      g_assert_nonnull (strstr (gtk_label_get_text (GTK_LABEL (why)), "fixed.go"));
    }
  g_assert_cmpuint (n_rows, ==, 2);
  g_assert_cmpuint (n_broken, ==, 1);
  /* The good one is shown, as the first scenario always is. */
  g_assert_true (gor_window_show_scenario (window, "01-good"));
  g_assert_false (gor_window_show_scenario (window, "02-bad"));

  gtk_window_destroy (GTK_WINDOW (window));
  if (saved != NULL)
    g_setenv ("GOROLANES_SCENARIOS", saved, TRUE);
  else
    g_unsetenv ("GOROLANES_SCENARIOS");
  {
    g_autofree char *cmd = g_strdup_printf ("rm -rf '%s'", root);
    g_assert_cmpint (system (cmd), ==, 0);
  }
}

static void
test_window_step_actions (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow     *window = gor_window_new (app);
  GorPlayback   *playback = gor_window_get_playback (window);
  GorTimeline   *timeline = gor_window_get_timeline (window);
  GorSourcePane *leak_pane = gor_window_get_source_pane (window, GOR_VARIANT_LEAK);
  GorTrace      *leak;
  int            n_playhead = 0;
  guint          lines_seen = 0, last_line = 0;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_present (GTK_WINDOW (window));
  leak = gor_playback_get_trace (playback, GOR_VARIANT_LEAK);
  g_signal_connect (playback, "notify::playhead", G_CALLBACK (count_notify_cb), &n_playhead);

  for (guint i = 1; i <= 6; i++)
    {
      guint line;

      g_action_group_activate_action (G_ACTION_GROUP (window), "step-forward", NULL);
      g_assert_cmpuint (gor_playback_get_playhead (playback), ==, i);
      g_assert_cmpuint (gor_timeline_get_playhead (timeline), ==, i);
      g_assert_cmpuint (leak->n_steps, >=, i);

      /* The source highlight follows the playhead. */
      line = running_line (leak, i);
      g_assert_cmpuint (gor_source_pane_get_current_line (leak_pane), ==, line);
      if (line != 0 && line != last_line)
        lines_seen++;
      last_line = line;
    }
  g_assert_cmpint (n_playhead, ==, 6);
  g_assert_cmpuint (lines_seen, >=, 2);

  g_action_group_activate_action (G_ACTION_GROUP (window), "step-back", NULL);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 5);
  g_assert_cmpuint (gor_source_pane_get_current_line (leak_pane), ==, running_line (leak, 5));
  /* Stepping back replays the record: nothing new ran. */
  g_assert_cmpuint (leak->n_steps, ==, 6);

  g_action_group_activate_action (G_ACTION_GROUP (window), "start", NULL);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  g_assert_cmpuint (gor_source_pane_get_current_line (leak_pane), ==, 0);
  g_assert_cmpint (n_playhead, ==, 8);

  /* The keys do the same. */
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Right, 0));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 1);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Left, 0));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_KP_Right, 0));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 1);

  g_signal_handlers_disconnect_by_data (playback, &n_playhead);
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

static void
test_window_selection (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow               *window = gor_window_new (app);
  GorPlayback             *playback = gor_window_get_playback (window);
  GorTimeline             *timeline = gor_window_get_timeline (window);
  GorInspector            *inspector = gor_window_get_inspector (window);
  GorTrace                *leak;
  const GorTraceGoroutine *g;
  g_autofree char         *expected = NULL;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_PARENT), ==, "—");

  g_action_group_activate_action (G_ACTION_GROUP (window), "end", NULL);
  run_until_finished (playback);
  leak = gor_playback_get_trace (playback, GOR_VARIANT_LEAK);
  g_assert_cmpuint (gor_trace_get_n_goroutines (leak), >=, 2);

  /* At the end, with nothing selected, the inspector shows what leaked. */
  g_assert_cmpint (gor_timeline_get_selected_variant (timeline), ==, GOR_VARIANT_LEAK);
  g_assert_cmpint (gor_timeline_get_selected_goroutine (timeline), >=, 0);
  g_assert_cmpint (gor_trace_get_goroutine (leak, (guint) gor_timeline_get_selected_goroutine (timeline))
                       ->blocked_forever_since,
                   >=, 0);
  gor_timeline_select (timeline, -1, -1);

  /* Selecting gen's goroutine fills the inspector with it. */
  gor_timeline_select (timeline, GOR_VARIANT_LEAK, 1);
  g = gor_trace_get_goroutine (leak, 1);
  expected = g_strdup_printf ("g%u %s", g->id, g->name);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_GOROUTINE), ==, expected);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_PARENT), ==, "g1 main");
  g_assert_true (g_str_has_prefix (gor_inspector_get_field (inspector, GOR_INSPECTOR_CREATED), "leak.go:"));
  /* The article's case: it stays blocked sending. */
  g_assert_true (g_str_has_prefix (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), "since step"));
  g_assert_true (g_str_has_prefix (gor_inspector_get_field (inspector, GOR_INSPECTOR_REASON), "chan send"));
  g_assert_true (gor_source_pane_line_is_forever (gor_window_get_source_pane (window, GOR_VARIANT_LEAK),
                                                  g->blocked_line));

  gor_timeline_select (timeline, -1, -1);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_PARENT), ==, "—");

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

static gboolean
playback_finished (gpointer data)
{
  return gor_playback_get_finished (data);
}

/* Each program is compiled and run once: the recording made on loading
 * is what playing, stepping, scrubbing, going to the end and exporting
 * all read.  Only a new seed (or restart) makes new runs. */
static GtkWidget *
find_source_view (GtkWidget *widget)
{
  if (GTK_SOURCE_IS_VIEW (widget))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_source_view (c);

      if (found)
        return found;
    }
  return NULL;
}

/* Source marks of any category on the first line of @pane's text. */
static guint
marks_on_line_1 (GorSourcePane *pane)
{
  GtkWidget *view = find_source_view (GTK_WIDGET (pane));
  GSList    *marks;
  guint      n;

  g_assert_nonnull (view);
  marks = gtk_source_buffer_get_source_marks_at_line (
      GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view))), 0, NULL);
  n = g_slist_length (marks);
  g_slist_free (marks);
  return n;
}

static void
test_window_runs_once (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  GorPlayback     *playback = gor_window_get_playback (window);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (tmp, "once.svg", NULL);
  g_autoptr (GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr (GError) error = NULL;
  GorTrace *leak, *fixed;
  guint     n_runners, n_steps;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  n_runners = _gor_window_get_n_runners (window);
  leak = gor_playback_get_trace (playback, GOR_VARIANT_LEAK);
  fixed = gor_playback_get_trace (playback, GOR_VARIANT_FIXED);
  g_assert_false (gor_playback_get_finished (playback));

  /* The main loop records ahead, into the same traces; the playhead stays. */
  g_assert_true (test_input_wait (playback_finished, playback));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  n_steps = gor_playback_get_n_steps (playback);
  g_assert_cmpuint (n_steps, >, 6);
  g_assert_cmpuint (MAX (leak->n_steps, fixed->n_steps), ==, n_steps);
  g_assert_true (leak->end_kind != GOR_END_NONE);
  g_assert_true (fixed->end_kind != GOR_END_NONE);

  /* The whole length shows from the start. */
  {
    g_autofree char *of = g_strdup_printf ("Step 0 of %u", n_steps);
    const char      *subtitle = gtk_label_get_text (window->subtitle_label);

    g_assert_true (g_str_has_prefix (subtitle, of));
  }

  gor_playback_set_speed (playback, 100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "play", NULL);
  while (gor_playback_get_playhead (playback) < 3)
    g_main_context_iteration (NULL, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (window), "play", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "step-forward", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "step-back", NULL);
  gor_timeline_set_playhead (gor_window_get_timeline (window), 5);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 5);
  g_action_group_activate_action (G_ACTION_GROUP (window), "start", NULL);
  g_action_group_activate_action (G_ACTION_GROUP (window), "end", NULL);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, n_steps);
  g_assert_true (gor_window_export_to_file (window, svg_file, &error));
  g_assert_no_error (error);

  g_assert_cmpuint (_gor_window_get_n_runners (window), ==, n_runners);
  g_assert_true (gor_playback_get_trace (playback, GOR_VARIANT_LEAK) == leak);
  g_assert_true (gor_playback_get_trace (playback, GOR_VARIANT_FIXED) == fixed);
  g_assert_cmpuint (MAX (leak->n_steps, fixed->n_steps), ==, n_steps);

  /* Restart runs the pair again, once each. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "restart", NULL);
  g_assert_cmpuint (_gor_window_get_n_runners (window), ==, n_runners + 2);
  /* The marks of the end of the run do not stay behind on line 1. */
  test_window_iterate ();
  g_assert_cmpuint (marks_on_line_1 (gor_window_get_source_pane (window, GOR_VARIANT_LEAK)), ==, 0);
  g_assert_cmpuint (marks_on_line_1 (gor_window_get_source_pane (window, GOR_VARIANT_FIXED)), ==, 0);

  g_unlink (svg);
  g_rmdir (tmp);
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

/* The file chooser a GtkFileChooserNative shows where there is no portal,
 * or NULL. */
static GtkWidget *
find_chooser_dialog (GtkWindow *parent)
{
  GListModel *toplevels = gtk_window_get_toplevels ();
  GtkWidget  *found = NULL;

  for (guint i = 0; i < g_list_model_get_n_items (toplevels) && found == NULL; i++)
    {
      g_autoptr (GtkWindow) w = g_list_model_get_item (toplevels, i);

      if (GTK_IS_FILE_CHOOSER (w) && gtk_window_get_transient_for (w) == parent
          && gtk_widget_get_visible (GTK_WIDGET (w)))
        found = GTK_WIDGET (w);
    }
  return found;
}

/* The chooser has loaded its folder and has a name to give. */
static gboolean
chooser_has_file (gpointer data)
{
  g_autoptr (GFile) file = gtk_file_chooser_get_file (data);

  return file != NULL;
}

static gboolean
file_exists (gpointer data)
{
  return g_file_test (data, G_FILE_TEST_EXISTS);
}

/* Every key of the help overlay, as a user presses it. */
static void
test_window_keys (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  GorPlayback     *playback = gor_window_get_playback (window);
  GorTimeline     *timeline = gor_window_get_timeline (window);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (tmp, FIRST_SCENARIO ".svg", NULL);
  g_autofree char *cwd = NULL;
  GtkWidget       *dialog;
  GtkWidget       *spin;
  double           zoom;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  test_input_show (GTK_WINDOW (window));

  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_space, 0));
  g_assert_true (gor_playback_get_playing (playback));
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_space, 0));
  g_assert_false (gor_playback_get_playing (playback));

  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_End, 0));
  run_until_finished (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, gor_playback_get_n_steps (playback));
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Home, 0));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  g_assert_cmpuint (gor_timeline_get_playhead (timeline), ==, 0);

  /* + zooms in, − out, 0 fits the whole run again. */
  g_assert_cmpfloat (gor_timeline_get_zoom (timeline), ==, 1.0);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_plus, 0));
  zoom = gor_timeline_get_zoom (timeline);
  g_assert_cmpfloat (zoom, >, 1.0);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_equal, 0));
  g_assert_cmpfloat (gor_timeline_get_zoom (timeline), >, zoom);
  zoom = gor_timeline_get_zoom (timeline);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_minus, 0));
  g_assert_cmpfloat (gor_timeline_get_zoom (timeline), <, zoom);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_0, 0));
  g_assert_cmpfloat (gor_timeline_get_zoom (timeline), ==, 1.0);

  /* Typing a seed keeps Space and the arrows. */
  spin = test_window_find_type (GTK_WIDGET (window), GTK_TYPE_SPIN_BUTTON);
  g_assert_nonnull (spin);
  g_assert_true (gtk_widget_grab_focus (spin));
  g_assert_false (test_input_press_key (GTK_WINDOW (window), GDK_KEY_space, 0));
  g_assert_false (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Right, 0));
  g_assert_false (gor_playback_get_playing (playback));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  gtk_window_set_focus (GTK_WINDOW (window), NULL);

  /* F11 is an accel of the application, which the window sets (Ctrl+Q is
   * the application's own, Ctrl+? GTK's). */
  {
    g_auto (GStrv) f11 = gtk_application_get_actions_for_accel (app, "F11");

    g_assert_true (f11 != NULL && g_strv_contains ((const char *const *) f11, "win.fullscreen"));
  }

  /* Ctrl+O: the file chooser, for one program or a pair. */
  g_assert_null (find_chooser_dialog (GTK_WINDOW (window)));
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_o, GDK_CONTROL_MASK));
  dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Open a Go Program (and Its Fix)");
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==, GTK_FILE_CHOOSER_ACTION_OPEN);
  g_assert_true (gtk_file_chooser_get_select_multiple (GTK_FILE_CHOOSER (dialog)));
  /* Choosing a program opens it, as one of "your programs". */
  {
    g_autofree char *path
        = g_build_filename (gor_scenario_get_default_dir (), FIRST_SCENARIO, "leak.go", NULL);
    g_autoptr (GFile) file = g_file_new_for_path (path);
    g_autoptr (GError) error = NULL;

    gtk_file_chooser_set_file (GTK_FILE_CHOOSER (dialog), file, &error);
    g_assert_no_error (error);
    g_assert_true (test_input_wait (chooser_has_file, dialog));
    g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
    test_window_iterate ();
    g_assert_null (find_chooser_dialog (GTK_WINDOW (window)));
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "leak.go — Gorolanes");
    g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  }

  /* Ctrl+E: the export dialog, named after the scenario; exporting writes
   * the picture there.  It opens on the current folder. */
  cwd = g_get_current_dir ();
  g_assert_cmpint (g_chdir (tmp), ==, 0);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_e, GDK_CONTROL_MASK));
  dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (dialog)), ==, "Export the Timeline");
  g_assert_cmpint (gtk_file_chooser_get_action (GTK_FILE_CHOOSER (dialog)), ==, GTK_FILE_CHOOSER_ACTION_SAVE);
  {
    g_autofree char *name = gtk_file_chooser_get_current_name (GTK_FILE_CHOOSER (dialog));

    g_assert_cmpstr (name, ==, FIRST_SCENARIO ".svg");
  }
  g_assert_true (test_input_wait (chooser_has_file, dialog));
  /* Accepted as the native dialog reports it (GTK's own dialog would first
   * ask the file system whether the name is taken). */
  g_assert_nonnull (window->chooser);
  g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_true (test_input_wait (file_exists, svg));
  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_assert_null (find_chooser_dialog (GTK_WINDOW (window)));
  {
    g_autofree char *text = NULL;

    g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
    g_assert_nonnull (strstr (text, "</svg>"));
  }

  g_unlink (svg);
  g_rmdir (tmp);
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

/* The drop-down under @widget whose first item is @first, or NULL. */
static GtkDropDown *
find_drop_down (GtkWidget *widget, const char *first)
{
  if (GTK_IS_DROP_DOWN (widget))
    {
      GListModel *model = gtk_drop_down_get_model (GTK_DROP_DOWN (widget));

      if (GTK_IS_STRING_LIST (model) && g_list_model_get_n_items (model) > 0
          && g_strcmp0 (gtk_string_list_get_string (GTK_STRING_LIST (model), 0), first) == 0)
        return GTK_DROP_DOWN (widget);
    }
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkDropDown *found = find_drop_down (child, first);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* Opens the export dialog with Ctrl+E and waits until it has a file. */
static GtkWidget *
open_export_dialog (GorWindow *window)
{
  GtkWidget *dialog;

  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_e, GDK_CONTROL_MASK));
  dialog = find_chooser_dialog (GTK_WINDOW (window));
  g_assert_nonnull (dialog);
  g_assert_nonnull (window->chooser);
  g_assert_true (test_input_wait (chooser_has_file, dialog));
  return dialog;
}

/* The export dialog offers format, theme, axis and size; what is chosen
 * is what is written, under the format's extension. */
static void
test_window_export_dialog (void)
{
  static const struct
  {
    const char *id;
    const char *options[5];
    const char *labels[5];
  } choices[] = {
    { "format",
      { "svg", "png", "perfetto", "svg-animated" },
      { "SVG picture", "PNG picture", "Perfetto trace (JSON)", "Animated SVG (plays the run)" } },
    { "theme", { "light", "dark" }, { "Light", "Dark" } },
    { "axis", { "steps", "time" }, { "Steps", "Virtual time" } },
    { "size",
      { "content", "1920x1080", "1600x1200", "window" },
      { "1600 wide, every lane", "16:9 (1920×1080)", "4:3 (1600×1200)",
        "The timeline's size in the window" } },
    { "captions", { "none", "story" }, { "No story", "The story in words" } },
  };
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (tmp, FIRST_SCENARIO ".svg", NULL);
  g_autofree char *png = g_build_filename (tmp, FIRST_SCENARIO ".png", NULL);
  g_autofree char *json = g_build_filename (tmp, FIRST_SCENARIO ".json", NULL);
  g_autofree char *cwd = g_get_current_dir ();
  g_autofree char *text = NULL;
  GtkWidget       *dialog;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  test_input_show (GTK_WINDOW (window));
  g_assert_cmpint (g_chdir (tmp), ==, 0);

  /* Every choice is there, on its first option, as a drop-down of its
   * options: picking each one is what the dialog then reports. */
  dialog = open_export_dialog (window);
  for (guint i = 0; i < G_N_ELEMENTS (choices); i++)
    {
      GtkDropDown *drop = find_drop_down (dialog, choices[i].labels[0]);
      GListModel  *model;
      guint        n = 0;

      g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), choices[i].id), ==,
                       choices[i].options[0]);
      g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (window->chooser), choices[i].id), ==,
                       choices[i].options[0]);
      g_assert_nonnull (drop);
      model = gtk_drop_down_get_model (drop);
      while (n < G_N_ELEMENTS (choices[i].options) && choices[i].options[n] != NULL)
        n++;
      g_assert_cmpuint (g_list_model_get_n_items (model), ==, n);
      for (guint j = n; j-- > 0;)
        {
          g_assert_cmpstr (gtk_string_list_get_string (GTK_STRING_LIST (model), j), ==, choices[i].labels[j]);
          gtk_drop_down_set_selected (drop, j);
          g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (dialog), choices[i].id), ==,
                           choices[i].options[j]);
        }
    }

  /* PNG, dark, 16:9: the name ends in .png, the picture is exactly
   * 1920×1080 and dark. */
  gtk_drop_down_set_selected (find_drop_down (dialog, "SVG picture"), 1);
  gtk_drop_down_set_selected (find_drop_down (dialog, "Light"), 1);
  gtk_drop_down_set_selected (find_drop_down (dialog, "1600 wide, every lane"), 1);
  g_assert_cmpstr (gtk_file_chooser_get_choice (GTK_FILE_CHOOSER (window->chooser), "size"), ==, "1920x1080");
  g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_true (test_input_wait (file_exists, png));
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_assert_null (find_chooser_dialog (GTK_WINDOW (window)));
  {
    cairo_surface_t *s = cairo_image_surface_create_from_png (png);
    const guint8    *data;
    guint32          v;

    g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
    g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1920);
    g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1080);
    cairo_surface_flush (s);
    data = cairo_image_surface_get_data (s);
    /* The background, in the top right corner. */
    v = *(const guint32 *) (gconstpointer) (data + 2 * cairo_image_surface_get_stride (s) + 1917 * 4);
    g_test_message ("background %06x", v & 0xffffff);
    g_assert_cmpuint (((v >> 16) & 0xff) + ((v >> 8) & 0xff) + (v & 0xff), <, 3 * 80);
    cairo_surface_destroy (s);
  }

  /* The window's size: the picture is as large as the timeline is. */
  g_unlink (png);
  dialog = open_export_dialog (window);
  gtk_drop_down_set_selected (find_drop_down (dialog, "SVG picture"), 1);
  gtk_drop_down_set_selected (find_drop_down (dialog, "1600 wide, every lane"), 3);
  g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_true (test_input_wait (file_exists, png));
  {
    cairo_surface_t *s = cairo_image_surface_create_from_png (png);
    GtkWidget       *timeline = GTK_WIDGET (gor_window_get_timeline (window));

    g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
    g_test_message ("window's size: %d × %d", cairo_image_surface_get_width (s),
                    cairo_image_surface_get_height (s));
    g_assert_cmpint (gtk_widget_get_width (timeline), >, 100);
    g_assert_cmpint (cairo_image_surface_get_width (s), ==, gtk_widget_get_width (timeline));
    g_assert_cmpint (cairo_image_surface_get_height (s), ==, gtk_widget_get_height (timeline));
    cairo_surface_destroy (s);
  }

  /* Perfetto: trace-event JSON, under .json. */
  dialog = open_export_dialog (window);
  gtk_drop_down_set_selected (find_drop_down (dialog, "SVG picture"), 2);
  g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_true (test_input_wait (file_exists, json));
  g_assert_false (g_file_test (svg, G_FILE_TEST_EXISTS));
  g_assert_true (g_file_get_contents (json, &text, NULL, NULL));
  g_assert_true (text[0] == '{' || text[0] == '[');
  g_assert_nonnull (strstr (text, "\"traceEvents\""));
  g_clear_pointer (&text, g_free);

  /* Animated SVG: an SVG under .svg that plays the run with SMIL. */
  dialog = open_export_dialog (window);
  gtk_drop_down_set_selected (find_drop_down (dialog, "SVG picture"), 3);
  g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_true (test_input_wait (file_exists, svg));
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "<animate attributeName=\"width\""));
  g_assert_nonnull (strstr (text, "repeatCount=\"indefinite\""));
  g_assert_null (strstr (text, "<script"));
  g_assert_nonnull (strstr (text, "</svg>"));
  g_clear_pointer (&text, g_free);
  g_unlink (svg);

  /* The defaults: the SVG `gorolanes export` writes. */
  dialog = open_export_dialog (window);
  g_signal_emit_by_name (window->chooser, "response", GTK_RESPONSE_ACCEPT);
  g_assert_true (test_input_wait (file_exists, svg));
  g_assert_true (g_file_get_contents (svg, &text, NULL, NULL));
  g_assert_nonnull (strstr (text, "width=\"1600\""));
  g_assert_nonnull (strstr (text, "</svg>"));

  g_assert_cmpint (g_chdir (cwd), ==, 0);
  g_unlink (svg);
  g_unlink (png);
  g_unlink (json);
  g_rmdir (tmp);
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

static gboolean
fixed_selected (gpointer data)
{
  return gor_timeline_get_selected_variant (data) == GOR_VARIANT_FIXED;
}

/* A click on a lane shows its goroutine in the inspector. */
static void
test_window_click_lane (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow               *window = gor_window_new (app);
  GorPlayback             *playback = gor_window_get_playback (window);
  GorTimeline             *timeline = gor_window_get_timeline (window);
  GorInspector            *inspector = gor_window_get_inspector (window);
  GorRender               *render = gor_timeline_get_render (timeline);
  GorTrace                *fixed;
  const GorTraceGoroutine *g;
  g_autofree char         *expected = NULL;
  double                   y, h, scroll, x;

  if (!test_input_available ())
    {
      g_test_fail_printf (
          "pointer input needs an X display and xdotool (the README's test command installs it)");
      gtk_window_destroy (GTK_WINDOW (window));
      return;
    }
  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 900);
  test_input_show (GTK_WINDOW (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "end", NULL);
  run_until_finished (playback);
  for (int i = 0; i < 20; i++)
    {
      g_usleep (2000);
      test_window_iterate ();
    }
  gor_timeline_select (timeline, -1, -1);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_GOROUTINE), ==, "—");

  fixed = gor_playback_get_trace (playback, GOR_VARIANT_FIXED);
  g_assert_cmpuint (gor_trace_get_n_goroutines (fixed), >=, 2);
  g = gor_trace_get_goroutine (fixed, 1);
  gor_render_get_view (render, NULL, NULL, &scroll);
  g_assert_true (gor_render_get_lane_extents (render, GOR_VARIANT_FIXED, 1, &y, &h));
  x = gor_render_step_to_x (render, GOR_VARIANT_FIXED, g->created_step + 1.5);
  test_input_move (GTK_WIDGET (timeline), x, y - scroll + h / 2);
  test_input_xdotool (GTK_WIDGET (timeline), "click 1");
  g_assert_true (test_input_wait (fixed_selected, timeline));
  g_assert_cmpint (gor_timeline_get_selected_goroutine (timeline), ==, 1);
  expected = g_strdup_printf ("g%u %s", g->id, g->name);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_GOROUTINE), ==, expected);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_PARENT), ==, "g1 main");

  for (int i = 0; i < 20; i++)
    {
      g_usleep (2000);
      test_window_iterate ();
    }
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

typedef struct
{
  char    *leak;
  char    *fixed;
  gboolean checked;
} CommandLine;

static gboolean
check_command_line_cb (gpointer user_data)
{
  GApplication    *app = user_data;
  CommandLine     *cl = g_object_get_data (G_OBJECT (app), "command-line");
  GorWindow       *window = GOR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  GorPlayback     *playback = gor_window_get_playback (window);
  GorSourcePane   *leak_pane = gor_window_get_source_pane (window, GOR_VARIANT_LEAK);
  GorSourcePane   *fixed_pane = gor_window_get_source_pane (window, GOR_VARIANT_FIXED);
  g_autofree char *leak_text = NULL;
  g_autofree char *fixed_text = NULL;
  g_autofree char *shown = NULL;

  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "leak.go · fixed.go — Gorolanes");
  g_assert_nonnull (gor_playback_get_trace (playback, GOR_VARIANT_LEAK));
  g_assert_nonnull (gor_playback_get_trace (playback, GOR_VARIANT_FIXED));
  g_assert_cmpstr (gor_source_pane_get_title (leak_pane), ==, "Leak — leak.go");
  g_assert_cmpstr (gor_source_pane_get_title (fixed_pane), ==, "Fixed — fixed.go");
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (fixed_pane)));
  g_assert_true (g_file_get_contents (cl->leak, &leak_text, NULL, NULL));
  g_assert_true (g_file_get_contents (cl->fixed, &fixed_text, NULL, NULL));
  shown = gor_source_pane_get_text (leak_pane);
  g_assert_cmpstr (shown, ==, leak_text);
  g_free (shown);
  shown = gor_source_pane_get_text (fixed_pane);
  g_assert_cmpstr (shown, ==, fixed_text);
  g_assert_null (gor_window_get_banner_text (window));
  {
    g_auto (GStrv) quit = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>q");
    g_auto (GStrv) open = gtk_application_get_actions_for_accel (GTK_APPLICATION (app), "<Control>o");

    g_assert_true (quit != NULL && g_strv_contains ((const char *const *) quit, "app.quit"));
    g_assert_true (open != NULL && g_strv_contains ((const char *const *) open, "win.open"));
  }
  cl->checked = TRUE;

  gtk_window_destroy (GTK_WINDOW (window));
  return G_SOURCE_REMOVE;
}

static void
window_added_cb (GtkApplication *app, GtkWindow *window, gpointer user_data)
{
  g_idle_add (check_command_line_cb, app);
}

/* `gorolanes leak.go fixed.go`: the pair opens in one window. */
static void
test_app_command_line_pair (void)
{
  g_autoptr (GorApplication) app = gor_application_new ();
  g_autofree char *dir = g_build_filename (gor_scenario_get_default_dir (), FIRST_SCENARIO, NULL);
  CommandLine      cl = { NULL, NULL, FALSE };
  char            *argv[4];
  int              status;

  cl.leak = g_build_filename (dir, "leak.go", NULL);
  cl.fixed = g_build_filename (dir, "fixed.go", NULL);
  argv[0] = (char *) "gorolanes";
  argv[1] = cl.leak;
  argv[2] = cl.fixed;
  argv[3] = NULL;
  g_object_set (app, "application-id", "io.github.gorolanes.Test3", NULL);
  g_object_set_data (G_OBJECT (app), "command-line", &cl);
  g_signal_connect (app, "window-added", G_CALLBACK (window_added_cb), NULL);

  status = g_application_run (G_APPLICATION (app), 3, argv);
  g_assert_cmpint (status, ==, 0);
  g_assert_true (cl.checked);
  g_free (cl.leak);
  g_free (cl.fixed);
}

static void
test_app_actions (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  GorPlayback     *playback = gor_window_get_playback (window);
  GorInspector    *inspector = gor_window_get_inspector (window);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (tmp, "timeline.svg", NULL);
  g_autofree char *png = g_build_filename (tmp, "timeline.png", NULL);
  g_autofree char *leak_out = read_expected (FIRST_SCENARIO, "leak.out");
  g_autofree char *fixed_out = read_expected (FIRST_SCENARIO, "fixed.out");
  g_autofree char *leak_leaks = read_expected (FIRST_SCENARIO, "leak.leaks");
  g_autofree char *fixed_leaks = read_expected (FIRST_SCENARIO, "fixed.leaks");
  g_autofree char *text = NULL;
  g_autofree char *leak_shown = NULL;
  g_autofree char *fixed_shown = NULL;
  g_autoptr (GError) error = NULL;
  g_autoptr (GFile) svg_file = g_file_new_for_path (svg);
  g_autoptr (GFile) png_file = g_file_new_for_path (png);
  g_autoptr (GFile) bad_file = g_file_new_for_path ("/nonexistent-dir/timeline.svg");
  gsize length;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_present (GTK_WINDOW (window));

  /* Export at step 0 still draws the whole run: the rest of the one
   * recording is made, and the playhead stays at 0. */
  g_assert_true (gor_window_export_to_file (window, svg_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &text, &length, NULL));
  g_assert_nonnull (strstr (text, "</svg>"));
  g_clear_pointer (&text, g_free);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  g_assert_true (gor_playback_get_finished (playback));

  /* Play: the main loop moves the playhead; pause stops it. */
  gor_playback_set_speed (playback, 100);
  g_action_group_activate_action (G_ACTION_GROUP (window), "play", NULL);
  g_assert_true (gor_playback_get_playing (playback));
  while (gor_playback_get_playhead (playback) < 3)
    g_main_context_iteration (NULL, TRUE);
  g_action_group_activate_action (G_ACTION_GROUP (window), "play", NULL);
  g_assert_false (gor_playback_get_playing (playback));

  /* End: both variants run to their end; the output is Go's. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "end", NULL);
  run_until_finished (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, gor_playback_get_n_steps (playback));
  leak_shown = g_strconcat (leak_out, "\n[main returned]", NULL);
  fixed_shown = g_strconcat (fixed_out, "\n[main returned]", NULL);
  g_assert_cmpstr (gor_inspector_get_output (inspector, GOR_VARIANT_LEAK), ==, leak_shown);
  g_assert_cmpstr (gor_inspector_get_output (inspector, GOR_VARIANT_FIXED), ==, fixed_shown);
  g_assert_cmpuint (gor_trace_count_blocked_forever (gor_playback_get_trace (playback, GOR_VARIANT_LEAK)), ==,
                    g_ascii_strtoull (leak_leaks, NULL, 10));
  g_assert_cmpuint (gor_trace_count_blocked_forever (gor_playback_get_trace (playback, GOR_VARIANT_FIXED)),
                    ==, g_ascii_strtoull (fixed_leaks, NULL, 10));

  /* Export: a whole SVG and a real PNG; an unwritable path fails and
   * leaves nothing. */
  g_assert_true (gor_window_export_to_file (window, svg_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &text, &length, NULL));
  g_assert_nonnull (strstr (text, "<svg"));
  g_assert_nonnull (strstr (text, "</svg>"));
  g_clear_pointer (&text, g_free);
  g_assert_true (gor_window_export_to_file (window, png_file, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (png, &text, &length, NULL));
  g_assert_cmpuint (length, >, 8);
  g_assert_cmpmem (text, 8, "\x89PNG\r\n\x1a\n", 8);
  g_assert_false (gor_window_export_to_file (window, bad_file, &error));
  g_assert_nonnull (error);
  g_assert_false (g_file_test ("/nonexistent-dir/timeline.svg", G_FILE_TEST_EXISTS));

  g_unlink (svg);
  g_unlink (png);
  g_rmdir (tmp);
  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

static void
test_app_open_files (void)
{
  g_autoptr (GorApplication) app = gor_application_new ();
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *scenario_leak
      = g_build_filename (gor_scenario_get_default_dir (), FIRST_SCENARIO, "leak.go", NULL);
  g_autofree char *source = NULL;
  g_autofree char *mine = NULL;
  g_autofree char *bad = NULL;
  g_autofree char *spin = NULL;
  g_autoptr (GFile) mine_file = NULL;
  g_autoptr (GFile) bad_file = NULL;
  g_autoptr (GFile) spin_file = NULL;
  g_autofree char *expected = read_expected (FIRST_SCENARIO, "leak.out");
  g_autofree char *shown = NULL;
  GorWindow       *window;
  GorPlayback     *playback;
  guint            rows;
  const char      *banner;

  g_object_set (app, "application-id", "io.github.gorolanes.Test2", NULL);
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));

  g_assert_true (g_file_get_contents (scenario_leak, &source, NULL, NULL));
  mine = write_program (tmp, "mine.go", source);
  mine_file = g_file_new_for_path (mine);

  /* As `gorolanes mine.go` does. */
  g_application_open (G_APPLICATION (app), &mine_file, 1, "");
  window = GOR_WINDOW (gtk_application_get_active_window (GTK_APPLICATION (app)));
  g_assert_nonnull (window);
  playback = gor_window_get_playback (window);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "mine.go — Gorolanes");
  rows = gor_window_get_n_sidebar_rows (window);
  g_assert_null (gor_playback_get_trace (playback, GOR_VARIANT_FIXED));
  g_action_group_activate_action (G_ACTION_GROUP (window), "end", NULL);
  run_until_finished (playback);
  shown = g_strconcat (expected, "\n[main returned]", NULL);
  g_assert_cmpstr (gor_inspector_get_output (gor_window_get_inspector (window), GOR_VARIANT_LEAK), ==, shown);

  /* Dropping files: .go ones open, anything else is refused with a word. */
  {
    GtkDropTarget   *drop = NULL;
    GListModel      *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
    g_autofree char *notes = write_program (tmp, "notes.txt", "not a program\n");
    g_autoptr (GFile) notes_file = g_file_new_for_path (notes);
    GFile   *both[2] = { notes_file, mine_file };
    GValue   value = G_VALUE_INIT;
    gboolean accepted = FALSE;

    for (guint i = 0; i < g_list_model_get_n_items (controllers) && drop == NULL; i++)
      {
        g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);
        if (GTK_IS_DROP_TARGET (c))
          drop = GTK_DROP_TARGET (c);
      }
    g_object_unref (controllers);
    g_assert_nonnull (drop);

    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_array (&notes_file, 1));
    g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
    g_assert_false (accepted);
    g_assert_nonnull (gor_window_get_banner_text (window));
    g_assert_nonnull (strstr (gor_window_get_banner_text (window), ".go"));
    g_value_unset (&value);

    g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), !=, "mine.go — Gorolanes");
    g_value_init (&value, GDK_TYPE_FILE_LIST);
    g_value_take_boxed (&value, gdk_file_list_new_from_array (both, 2));
    g_signal_emit_by_name (drop, "drop", &value, 10.0, 10.0, &accepted);
    g_assert_true (accepted);
    g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "mine.go — Gorolanes");
    g_value_unset (&value);
    g_unlink (notes);
  }

  /* Opening it again selects the same row. */
  gor_window_open_files (window, &mine_file, 1);
  g_assert_cmpuint (gor_window_get_n_sidebar_rows (window), ==, rows);

  /* A program with an error: the banner and the source pane show where. */
  bad = write_program (tmp, "bad.go", "package main\n\nfunc main() {\n\tx := \n}\n");
  bad_file = g_file_new_for_path (bad);
  gor_window_open_files (window, &bad_file, 1);
  g_assert_cmpuint (gor_window_get_n_sidebar_rows (window), ==, rows + 1);
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "bad.go — Gorolanes");
  banner = gor_window_get_banner_text (window);
  g_assert_nonnull (banner);
  g_assert_true (g_str_has_prefix (banner, "bad.go:"));
  g_assert_cmpuint (gor_source_pane_get_error_line (gor_window_get_source_pane (window, GOR_VARIANT_LEAK)),
                    ==, g_ascii_strtoull (banner + strlen ("bad.go:"), NULL, 10));
  g_assert_null (gor_playback_get_trace (playback, GOR_VARIANT_LEAK));
  /* Nothing to play or zoom: the actions are off, and the widget copes. */
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "play"));
  g_assert_false (g_action_group_get_action_enabled (G_ACTION_GROUP (window), "zoom-in"));
  gor_timeline_zoom_in (gor_window_get_timeline (window));
  gor_timeline_zoom_out (gor_window_get_timeline (window));
  gor_timeline_zoom_fit (gor_window_get_timeline (window));

  /* A source over the size limit is refused before it is read. */
  {
    g_autoptr (GString) text = g_string_new ("package main\n\nfunc main() {}\n");
    g_autofree char *huge = NULL;
    g_autoptr (GFile) huge_file = NULL;

    while (text->len <= GOR_RUNNER_MAX_SOURCE_BYTES)
      g_string_append (text, "// padding padding padding padding padding padding padding padding\n");
    huge = write_program (tmp, "huge.go", text->str);
    huge_file = g_file_new_for_path (huge);
    gor_window_open_files (window, &huge_file, 1);
    banner = gor_window_get_banner_text (window);
    g_assert_nonnull (banner);
    g_assert_true (g_str_has_prefix (banner, "huge.go: too large ("));
    g_assert_nonnull (strstr (banner, "; at most 2 MB)"));
    g_assert_null (gor_playback_get_trace (playback, GOR_VARIANT_LEAK));
    g_unlink (huge);
  }

  /* A program that never ends stops at the step limit, with a message. */
  spin = write_program (tmp, "spin.go",
                        "package main\n\nimport \"fmt\"\n\nfunc main() {\n\tn := 0\n\tfor n >= 0 "
                        "{\n\t\tn++\n\t}\n\tfmt.Println(n)\n}\n");
  spin_file = g_file_new_for_path (spin);
  gor_window_set_max_steps (window, 2000);
  gor_window_open_files (window, &spin_file, 1);
  g_assert_null (gor_window_get_banner_text (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "end", NULL);
  run_until_finished (playback);
  g_assert_cmpint (gor_playback_get_trace (playback, GOR_VARIANT_LEAK)->end_kind, ==, GOR_END_STEP_LIMIT);
  banner = gor_window_get_banner_text (window);
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "step limit"));

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
  g_unlink (mine);
  g_unlink (bad);
  g_unlink (spin);
  g_rmdir (tmp);
}

static void
add_tests (void)
{
  g_test_add_func ("/ui/window/template", test_window_from_template);
  g_test_add_func ("/ui/window/sidebar-groups", test_window_sidebar_groups);
  g_test_add_func ("/ui/window/broken-scenario", test_window_broken_scenario);
  g_test_add_func ("/ui/window/step-actions", test_window_step_actions);
  g_test_add_func ("/ui/window/selection", test_window_selection);
  g_test_add_func ("/ui/window/runs-once", test_window_runs_once);
  g_test_add_func ("/ui/window/keys", test_window_keys);
  g_test_add_func ("/ui/window/export-dialog", test_window_export_dialog);
  g_test_add_func ("/ui/window/click-lane", test_window_click_lane);
  g_test_add_func ("/app/actions", test_app_actions);
  g_test_add_func ("/app/open-files", test_app_open_files);
  g_test_add_func ("/app/command-line-pair", test_app_command_line_pair);
}

int
main (int argc, char *argv[])
{
  return test_window_run (&argc, &argv, add_tests);
}
