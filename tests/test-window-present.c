/* test-window-present.c — presentation mode, the theme switch, long runs
 * and the window's smaller words
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <string.h>
#include <glib/gstdio.h>
#include <gtk/gtk.h>

#include "gor-scenario.h"
#include "gor-window.h"
#include "gor-window-private.h"
#include "test-input.h"
#include "test-window-support.h"

#define FIRST_SCENARIO "01-send-without-receiver"

static double
text_scale (GorWindow *window)
{
  GorRenderOptions options;

  gor_render_get_options (gor_timeline_get_render (gor_window_get_timeline (window)), &options);
  return options.font_scale;
}

static gboolean
action_state_boolean (GorWindow *window, const char *name)
{
  g_autoptr (GVariant) state = g_action_group_get_action_state (G_ACTION_GROUP (window), name);

  return g_variant_get_boolean (state);
}

static void
test_present_scale (void)
{
  /* One factor that grows with the screen, within readable bounds. */
  g_assert_cmpfloat (_gor_window_present_scale_for_height (720), ==, 1.4);
  g_assert_cmpfloat_with_epsilon (_gor_window_present_scale_for_height (1080), 2.0, 1e-9);
  g_assert_cmpfloat (_gor_window_present_scale_for_height (4000), ==, 2.4);
  g_assert_cmpfloat (_gor_window_present_scale_for_height (1080), >,
                     _gor_window_present_scale_for_height (900));
}

static gboolean
scale_applied (gpointer data)
{
  GorWindow *window = data;

  return text_scale (window)
         == _gor_window_present_scale_for_height (gtk_widget_get_height (GTK_WIDGET (window)));
}

static void
test_present_mode (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow *window = gor_window_new (app);
  double     normal;

  g_assert_true (gor_window_show_scenario (window, FIRST_SCENARIO));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  test_input_show (GTK_WINDOW (window));
  normal = text_scale (window);
  g_assert_true (gtk_widget_get_visible (window->sidebar));
  g_assert_false (action_state_boolean (window, "present"));

  /* F5 is an accel of the window's action, listed in the menu. */
  {
    g_auto (GStrv) f5 = gtk_application_get_actions_for_accel (app, "F5");

    g_assert_true (f5 != NULL && g_strv_contains ((const char *const *) f5, "win.present"));
  }
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  g_assert_true (_gor_window_get_presenting (window));
  g_assert_true (action_state_boolean (window, "present"));
  g_assert_true (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  /* Chrome hidden: the sidebar, the settings of the header bar, the panes. */
  g_assert_false (gtk_widget_get_visible (window->sidebar));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->sidebar_button)));
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->speed_dropdown)));
  g_assert_false (gtk_widget_get_visible (window->seed_box));
  g_assert_false (gtk_widget_get_visible (window->bottom_paned));
  g_assert_false (action_state_boolean (window, "show-sources"));
  /* Playback stays at hand. */
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->play_button)));

  /* Larger text and lanes through the one scale factor, for the height. */
  test_window_wait_for (scale_applied, window);
  g_assert_true (scale_applied (window));
  g_assert_cmpfloat (text_scale (window), >=, 1.4);
  g_assert_cmpfloat (text_scale (window), >, normal);

  /* The panes can come back while presenting. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sources", NULL);
  g_assert_true (gtk_widget_get_visible (window->bottom_paned));
  g_action_group_activate_action (G_ACTION_GROUP (window), "show-sources", NULL);
  g_assert_false (gtk_widget_get_visible (window->bottom_paned));

  /* Playback keys still work; Escape leaves and restores everything. */
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Right, 0));
  g_assert_cmpuint (gor_playback_get_playhead (gor_window_get_playback (window)), ==, 1);
  g_assert_true (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Escape, 0));
  g_assert_false (_gor_window_get_presenting (window));
  g_assert_false (action_state_boolean (window, "present"));
  g_assert_false (gtk_widget_has_css_class (GTK_WIDGET (window), "presentation"));
  g_assert_true (gtk_widget_get_visible (window->sidebar));
  g_assert_true (gtk_widget_get_visible (window->seed_box));
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->speed_dropdown)));
  g_assert_true (gtk_widget_get_visible (window->bottom_paned));
  g_assert_cmpfloat (text_scale (window), ==, normal);

  /* Out of presentation mode Escape is left to others. */
  g_assert_false (test_input_press_key (GTK_WINDOW (window), GDK_KEY_Escape, 0));

  /* F5 toggles: a second time leaves too. */
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  g_assert_true (_gor_window_get_presenting (window));
  g_action_group_activate_action (G_ACTION_GROUP (window), "present", NULL);
  g_assert_false (_gor_window_get_presenting (window));
  g_assert_true (gtk_widget_get_visible (window->sidebar));

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

typedef struct
{
  GorWindow     *window;
  GorRenderTheme theme;
} ThemeWait;

static gboolean
theme_is (gpointer data)
{
  ThemeWait       *w = data;
  GorRenderOptions options;

  gor_render_get_options (gor_timeline_get_render (gor_window_get_timeline (w->window)), &options);
  return options.theme == w->theme;
}

static char *
saved_theme (void)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *path = g_build_filename (test_window_config_dir, "gorolanes", "settings.ini", NULL);

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return NULL;
  return g_key_file_get_string (file, "Window", "Theme", NULL);
}

static void
test_theme_switch (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  GtkSettings     *settings = gtk_widget_get_settings (GTK_WIDGET (window));
  ThemeWait        wait = { window, GOR_RENDER_THEME_LIGHT };
  gboolean         dark = TRUE;
  g_autofree char *first = NULL;
  g_autofree char *second = NULL;
  g_autoptr (GVariant) state = NULL;

  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  test_input_show (GTK_WINDOW (window));

  /* The test's config folder starts empty: System, light here. */
  state = g_action_group_get_action_state (G_ACTION_GROUP (window), "theme");
  g_assert_cmpstr (g_variant_get_string (state, NULL), ==, "system");
  test_window_wait_for (theme_is, &wait);
  g_assert_true (theme_is (&wait));

  /* Dark: GTK's dark variant, and the timeline's dark palette. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "theme", g_variant_new_string ("dark"));
  g_object_get (settings, "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_true (dark);
  wait.theme = GOR_RENDER_THEME_DARK;
  test_window_wait_for (theme_is, &wait);
  g_assert_true (theme_is (&wait));
  first = saved_theme ();
  g_assert_cmpstr (first, ==, "dark");

  /* A new window remembers it. */
  {
    GorWindow *again = gor_window_new (app);
    g_autoptr (GVariant) again_state = g_action_group_get_action_state (G_ACTION_GROUP (again), "theme");

    g_assert_cmpstr (g_variant_get_string (again_state, NULL), ==, "dark");
    gtk_window_destroy (GTK_WINDOW (again));
  }

  /* Light, then System again. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "theme", g_variant_new_string ("light"));
  g_object_get (settings, "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_false (dark);
  wait.theme = GOR_RENDER_THEME_LIGHT;
  test_window_wait_for (theme_is, &wait);
  g_assert_true (theme_is (&wait));

  /* Nonsense is refused. */
  g_action_group_change_action_state (G_ACTION_GROUP (window), "theme", g_variant_new_string ("purple"));
  second = saved_theme ();
  g_assert_cmpstr (second, ==, "light");

  g_action_group_change_action_state (G_ACTION_GROUP (window), "theme", g_variant_new_string ("system"));
  g_object_get (settings, "gtk-application-prefer-dark-theme", &dark, NULL);
  g_assert_false (dark);

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

static const char loop_program[] = "package main\n"
                                   "\n"
                                   "func main() {\n"
                                   "\tn := 0\n"
                                   "\tfor {\n"
                                   "\t\tn++\n"
                                   "\t}\n"
                                   "}\n";

static guint
recorded_steps (GorPlayback *playback)
{
  GorTrace *trace = gor_playback_get_trace (playback, GOR_VARIANT_LEAK);

  return trace != NULL ? trace->n_steps : 0;
}

static void
test_runaway_progress (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  GorPlayback     *playback = gor_window_get_playback (window);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmp, "loop.go", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  const char *banner, *progress;
  guint       n_runners, iterations = 0;
  gint64      deadline;

  g_assert_true (g_file_set_contents (path, loop_program, -1, NULL));
  gtk_window_set_default_size (GTK_WINDOW (window), 1200, 800);
  test_input_show (GTK_WINDOW (window));
  gor_window_set_max_steps (window, 5000);
  gor_window_open_files (window, &file, 1);

  /* The recording grows in idle batches, the main loop turning between
   * them; once it is long, the window says how far it got. */
  deadline = g_get_monotonic_time () + 20 * G_USEC_PER_SEC;
  while (recorded_steps (playback) < GOR_WINDOW_PROGRESS_MIN_STEPS && g_get_monotonic_time () < deadline)
    {
      g_main_context_iteration (NULL, TRUE);
      iterations++;
    }
  g_assert_false (gor_playback_get_finished (playback));
  g_assert_cmpuint (iterations, >, 1);
  _gor_window_update_all (window);
  g_assert_true (gtk_widget_get_visible (GTK_WIDGET (window->progress_bar)));
  progress = gtk_progress_bar_get_text (window->progress_bar);
  g_assert_nonnull (strstr (progress, "of at most 5000"));
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (window->progress_bar), >, 0.0);
  g_assert_cmpfloat (gtk_progress_bar_get_fraction (window->progress_bar), <, 1.0);

  /* At the limit: the window's words, and a way to let it run longer. */
  gor_playback_run_to_end (playback);
  while (!gor_playback_get_finished (playback) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_true (gor_playback_get_finished (playback));
  _gor_window_update_all (window);
  g_assert_false (gtk_widget_get_visible (GTK_WIDGET (window->progress_bar)));
  g_assert_cmpuint (recorded_steps (playback), ==, 5000);
  banner = gor_window_get_banner_text (window);
  g_assert_nonnull (banner);
  g_assert_nonnull (strstr (banner, "step limit"));
  g_assert_null (strstr (banner, "--max-steps"));
  g_assert_true (gtk_widget_get_visible (window->run_longer_button));

  n_runners = _gor_window_get_n_runners (window);
  gtk_info_bar_response (window->banner, GOR_WINDOW_RESPONSE_RUN_LONGER);
  g_assert_cmpuint (window->max_steps, ==, 5000 * GOR_WINDOW_MAX_STEPS_LONGER);
  g_assert_cmpuint (_gor_window_get_n_runners (window), ==, n_runners + 1);
  g_assert_true (gor_playback_get_running_to_end (playback));
  deadline = g_get_monotonic_time () + 60 * G_USEC_PER_SEC;
  while (!gor_playback_get_finished (playback) && g_get_monotonic_time () < deadline)
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (recorded_steps (playback), ==, 5000 * GOR_WINDOW_MAX_STEPS_LONGER);
  _gor_window_update_all (window);
  g_assert_nonnull (strstr (gor_window_get_banner_text (window), "25000"));

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
  g_unlink (path);
  g_rmdir (tmp);
}

static GtkWidget *
find_action_button (GtkWidget *widget, const char *action)
{
  if (GTK_IS_BUTTON (widget)
      && g_strcmp0 (gtk_actionable_get_action_name (GTK_ACTIONABLE (widget)), action) == 0)
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = find_action_button (child, action);

      if (found != NULL)
        return found;
    }
  return NULL;
}

static GtkListBoxRow *
nth_row (GorWindow *window, guint n)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (window->sidebar_list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && n-- == 0)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

/* The header bar and the sidebar say what each thing is, and give
 * nothing away. */
static void
test_small_words (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmp, "loop.go", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GtkWidget     *start, *restart, *header;
  GtkListBoxRow *row;
  guint          n_rows;

  /* Home goes to step 0 of this recording; Restart runs again: two
   * buttons that look and read apart. */
  start = find_action_button (GTK_WIDGET (window), "win.start");
  restart = find_action_button (GTK_WIDGET (window), "win.restart");
  g_assert_nonnull (start);
  g_assert_nonnull (restart);
  g_assert_cmpstr (gtk_button_get_icon_name (GTK_BUTTON (start)), !=,
                   gtk_button_get_icon_name (GTK_BUTTON (restart)));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (start), "Step 0"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (start), "Home"));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (restart), "Run Again"));
  g_assert_true (gtk_widget_get_parent (start) != gtk_widget_get_parent (restart));

  /* The seed's label and field both explain it. */
  g_assert_nonnull (gtk_widget_get_tooltip_text (window->seed_box));
  g_assert_nonnull (strstr (gtk_widget_get_tooltip_text (window->seed_box), "seed"));

  /* No spoiler in a tooltip over the scenarios. */
  n_rows = gor_window_get_n_sidebar_rows (window);
  for (guint i = 0; i < n_rows; i++)
    g_assert_null (gtk_widget_get_tooltip_text (GTK_WIDGET (nth_row (window, i))));

  /* Your programs come first, in sight. */
  g_assert_true (g_file_set_contents (path, "package main\n\nfunc main() {\n}\n", -1, NULL));
  gor_window_open_files (window, &file, 1);
  g_assert_cmpuint (gor_window_get_n_sidebar_rows (window), ==, n_rows + 1);
  row = nth_row (window, 0);
  g_assert_true (gtk_list_box_get_selected_row (window->sidebar_list) == row);
  header = gtk_list_box_row_get_header (row);
  g_assert_true (GTK_IS_LABEL (header));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "Your Programs");
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (row)), ==, path);
  header = gtk_list_box_row_get_header (nth_row (window, 1));
  g_assert_true (GTK_IS_LABEL (header));
  g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (header)), ==, "From the Article");
  /* A second one goes after the first, still above the scenarios. */
  {
    g_autofree char *second = g_build_filename (tmp, "other.go", NULL);
    g_autoptr (GFile) other = g_file_new_for_path (second);

    g_assert_true (g_file_set_contents (second, "package main\n\nfunc main() {\n}\n", -1, NULL));
    gor_window_open_files (window, &other, 1);
    g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (nth_row (window, 1))), ==, second);
    g_assert_null (gtk_list_box_row_get_header (nth_row (window, 1)));
    g_assert_cmpstr (gtk_label_get_text (GTK_LABEL (gtk_list_box_row_get_header (nth_row (window, 2)))), ==,
                     "From the Article");
    g_unlink (second);
  }

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
  g_unlink (path);
  g_rmdir (tmp);
}

/* A goroutine that waits its turn for several steps is told why. */
static void
test_runnable_reason (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  g_autoptr (GPtrArray) scenarios = gor_scenario_load_all (gor_scenario_get_default_dir (), NULL);
  GorWindow   *window = gor_window_new (app);
  GorPlayback *playback = gor_window_get_playback (window);
  gboolean     found = FALSE;

  for (guint s = 0; s < scenarios->len && !found; s++)
    {
      GorScenario *scenario = g_ptr_array_index (scenarios, s);
      GorTrace    *trace;

      g_assert_true (gor_window_show_scenario (window, scenario->id));
      gor_playback_record_all (playback);
      trace = gor_playback_get_trace (playback, GOR_VARIANT_LEAK);
      for (guint i = 0; i < gor_trace_get_n_goroutines (trace) && !found; i++)
        {
          const GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

          for (guint k = 0; k < g->spans->len && !found; k++)
            {
              const GorSpan *span = &g_array_index (g->spans, GorSpan, k);
              const char    *reason;

              if (span->state != GOR_STATE_RUNNABLE
                  || gor_trace_span_end (trace, span) < span->first_step + 3)
                continue;
              found = TRUE;
              gor_playback_set_playhead (playback, span->first_step + 3);
              gor_timeline_select (gor_window_get_timeline (window), GOR_VARIANT_LEAK, (int) i);
              test_window_iterate ();
              g_assert_cmpstr (
                  gor_inspector_get_field (gor_window_get_inspector (window), GOR_INSPECTOR_STATE), ==,
                  "runnable");
              reason = gor_inspector_get_field (gor_window_get_inspector (window), GOR_INSPECTOR_REASON);
              g_assert_nonnull (strstr (reason, "waiting for its turn for 3 steps"));
              g_assert_nonnull (strstr (reason, "equal priority"));
            }
        }
    }
  g_assert_true (found);

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
}

/* Generic code runs: no banner, no underlined span */
static void
test_type_parameters (void)
{
  g_autoptr (GtkApplication) app = test_window_new_app ();
  GorWindow       *window = gor_window_new (app);
  g_autofree char *tmp = g_dir_make_tmp ("gorolanes-test-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (tmp, "generic.go", NULL);
  g_autoptr (GFile) file = g_file_new_for_path (path);
  GorSourcePane *pane = gor_window_get_source_pane (window, GOR_VARIANT_LEAK);
  const char    *banner;
  GtkTextBuffer *buffer;
  GtkTextTag    *tag;
  GtkTextIter    iter;

  g_assert_true (g_file_set_contents (path,
                                      "package main\n\nimport \"fmt\"\n\n"
                                      "func Map[T any](xs []T) []T {\n\treturn xs\n}\n\n"
                                      "func main() {\n\tfmt.Println(Map([]int{1}))\n}\n",
                                      -1, NULL));
  gor_window_open_files (window, &file, 1);
  banner = gor_window_get_banner_text (window);
  g_assert_true (banner == NULL || strstr (banner, "unsupported") == NULL);
  g_assert_cmpuint (gor_source_pane_get_error_line (pane), ==, 0);
  buffer = gtk_text_view_get_buffer (
      GTK_TEXT_VIEW (test_window_find_type (GTK_WIDGET (pane), GTK_TYPE_TEXT_VIEW)));
  tag = gtk_text_tag_table_lookup (gtk_text_buffer_get_tag_table (buffer), "error-span");
  gtk_text_buffer_get_start_iter (buffer, &iter);
  g_assert_true (
      tag == NULL
      || (!gtk_text_iter_starts_tag (&iter, tag) && !gtk_text_iter_forward_to_tag_toggle (&iter, tag)));

  gtk_window_destroy (GTK_WINDOW (window));
  test_window_iterate ();
  g_unlink (path);
  g_rmdir (tmp);
}

static void
add_tests (void)
{
  g_test_add_func ("/ui/present/scale", test_present_scale);
  g_test_add_func ("/ui/present/mode", test_present_mode);
  g_test_add_func ("/ui/present/theme", test_theme_switch);
  g_test_add_func ("/ui/present/runaway-progress", test_runaway_progress);
  g_test_add_func ("/ui/present/small-words", test_small_words);
  g_test_add_func ("/ui/present/runnable-reason", test_runnable_reason);
  g_test_add_func ("/ui/present/type-parameters", test_type_parameters);
}

int
main (int argc, char *argv[])
{
  return test_window_run (&argc, &argv, add_tests);
}
