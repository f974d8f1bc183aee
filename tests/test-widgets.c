/* test-widgets.c — the timeline, playback, inspector and source pane
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The traces are built by hand through the recording API, after the shape
 * of the article's first case: main starts gen's goroutine, takes one
 * value and leaves; in the leak variant the goroutine stays blocked
 * sending, in the fixed one it returns through done.
 */

#include "config.h"

#include <math.h>
#include <gtk/gtk.h>
#include <gtksourceview/gtksource.h>

#include "gor-inspector.h"
#include "gor-playback.h"
#include "gor-source-pane.h"
#include "gor-timeline.h"
#include "test-input.h"

#define N_STEPS 12

static const char *source_text = "package main\n"
                                 "\n"
                                 "func gen() <-chan int {\n"
                                 "\tout := make(chan int)\n"
                                 "\tgo func() {\n"
                                 "\t\tout <- 1\n"
                                 "\t\tout <- 2\n"
                                 "\t}()\n"
                                 "\treturn out\n"
                                 "}\n"
                                 "\n"
                                 "func main() {\n"
                                 "\tfmt.Println(<-gen())\n"
                                 "}\n";

/* g1 main and g2 main.gen.func1 (created at line 5 in step 1).  g2 sends
 * at line 6 (hand-off to main in step 4), then blocks on line 7 from step
 * 5.  main prints in step 6 and returns at step 8.  With @leak, g2 is
 * blocked forever from step 5; else it leaves through done and exits. */
static GorTrace *
build_trace (gboolean leak)
{
  GorTrace          *trace = gor_trace_new (leak ? "leak.go" : "fixed.go", source_text, 1);
  GorTraceGoroutine *main_g, *g2;

  main_g = gor_trace_add_goroutine (trace, 1, 0, "main", NULL, NULL, 0, 0);
  gor_trace_set_state (trace, main_g, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 13);
  gor_trace_set_num_goroutines (trace, 0, 1);
  g2 = gor_trace_add_goroutine (trace, 2, 1, "main.gen.func1", "main.gen", "leak.go", 5, 1);
  gor_trace_set_num_goroutines (trace, 1, 2);
  gor_trace_set_state (trace, g2, 1, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 6);
  gor_trace_set_state (trace, main_g, 2, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 13);
  gor_trace_set_state (trace, g2, 2, GOR_STATE_RUNNING, GOR_REASON_NONE, 6);
  gor_trace_set_state (trace, g2, 3, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 7);
  gor_trace_set_state (trace, main_g, 3, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 13);
  gor_trace_add_handoff (trace, 2, 2, 1, 4, 1);
  gor_trace_set_state (trace, main_g, 4, GOR_STATE_RUNNING, GOR_REASON_NONE, 13);
  gor_trace_set_state (trace, g2, 5, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 7);
  gor_trace_set_vtime (trace, 6, 5000000000);
  gor_trace_add_output (trace, 6, 1, FALSE, "1\n", 2);
  if (!leak)
    {
      gor_trace_set_state (trace, g2, 7, GOR_STATE_RUNNING, GOR_REASON_NONE, 7);
      gor_trace_set_state (trace, g2, 8, GOR_STATE_EXITED, GOR_REASON_NONE, 8);
      gor_trace_set_num_goroutines (trace, 8, 1);
    }
  gor_trace_set_state (trace, main_g, 10, GOR_STATE_EXITED, GOR_REASON_NONE, 14);
  gor_trace_set_n_steps (trace, N_STEPS);
  if (leak)
    {
      gor_trace_set_state (trace, g2, N_STEPS, GOR_STATE_KILLED, GOR_REASON_NONE, 7);
      gor_trace_mark_blocked_forever (trace, g2, 5, GOR_REASON_CHAN_SEND, 7);
    }
  gor_trace_finish (trace, GOR_END_MAIN_RETURNED, 0, NULL);
  return trace;
}

static void
count_notify_cb (GObject *object, GParamSpec *pspec, int *count)
{
  (*count)++;
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static GtkWindow *
show_in_window (GtkWidget *widget, int width, int height)
{
  GtkWindow *window = GTK_WINDOW (gtk_window_new ());

  gtk_window_set_default_size (window, width, height);
  gtk_window_set_child (window, widget);
  gtk_window_present (window);
  for (int i = 0; i < 50 && gtk_widget_get_width (widget) == 0; i++)
    {
      g_usleep (2000);
      iterate ();
    }
  return window;
}

static void
test_timeline_lanes (void)
{
  g_autoptr (GorTrace) leak = build_trace (TRUE);
  g_autoptr (GorTrace) fixed = build_trace (FALSE);
  GorTimeline *timeline = g_object_ref_sink (GOR_TIMELINE (gor_timeline_new ()));
  GtkWindow   *window;
  GorRender   *render;
  double       prev_bottom = -1, y, h;

  gor_timeline_set_traces (timeline, leak, fixed, "Send without a receiver");
  g_assert_true (gor_timeline_get_trace (timeline, 0) == leak);
  g_assert_true (gor_timeline_get_trace (timeline, 1) == fixed);

  window = show_in_window (GTK_WIDGET (timeline), 1000, 700);
  render = gor_timeline_get_render (timeline);
  g_assert_cmpuint (gor_render_get_n_steps (render), ==, N_STEPS);

  /* One lane per goroutine, in creation order, leak's above fixed's. */
  for (int v = 0; v < 2; v++)
    {
      for (int i = 0; i < 2; i++)
        {
          g_assert_true (gor_render_get_lane_extents (render, v, i, &y, &h));
          g_assert_cmpfloat (h, >, 4.0);
          g_assert_cmpfloat (y, >=, prev_bottom);
          prev_bottom = y + h;
        }
      g_assert_false (gor_render_get_lane_extents (render, v, 2, &y, &h));
    }

  /* Drawn as the window shows it: the leaked goroutine's lane is red after
   * it blocked forever, the fixed one's never is. */
  gor_timeline_set_draw_future (timeline, TRUE);
  {
    cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_RGB24, 1000, 700);
    cairo_t         *cr = cairo_create (surface);
    int              reds[2] = { 0, 0 };

    gor_render_set_size (render, 1000, 700);
    gor_render_draw (render, cr);
    cairo_surface_flush (surface);
    for (int v = 0; v < 2; v++)
      {
        double x0 = gor_render_step_to_x (render, v, 6);
        double x1 = gor_render_step_to_x (render, v, 9);
        double sy, scroll;

        gor_render_get_view (render, NULL, NULL, &scroll);
        g_assert_true (gor_render_get_lane_extents (render, v, 1, &y, &h));
        sy = y - scroll + h / 2;
        for (int x = (int) x0; x < (int) x1; x++)
          {
            const guint8 *px = cairo_image_surface_get_data (surface)
                               + (int) sy * cairo_image_surface_get_stride (surface) + x * 4;
            int b = px[0], g = px[1], r = px[2];

            /* Red, not the amber of an ordinary block. */
            if (r > 150 && g < 110 && b < 110)
              reds[v]++;
          }
      }
    if (g_getenv ("GOR_TEST_SAVE") != NULL)
      cairo_surface_write_to_png (surface, g_getenv ("GOR_TEST_SAVE"));
    g_assert_cmpint (reds[0], >, 0);
    g_assert_cmpint (reds[1], ==, 0);
    cairo_destroy (cr);
    cairo_surface_destroy (surface);
  }

  gtk_window_destroy (window);
  iterate ();
  g_assert_finalize_object (timeline);
}

static void
test_timeline_selection (void)
{
  g_autoptr (GorTrace) leak = build_trace (TRUE);
  g_autoptr (GorTrace) fixed = build_trace (FALSE);
  GorTimeline     *timeline = g_object_ref_sink (GOR_TIMELINE (gor_timeline_new ()));
  GtkWindow       *window;
  GorRender       *render;
  int              n_selected = 0, n_playhead = 0;
  double           y, h, scroll, x;
  g_autofree char *tooltip = NULL;

  gor_timeline_set_traces (timeline, leak, fixed, NULL);
  window = show_in_window (GTK_WIDGET (timeline), 1000, 700);
  render = gor_timeline_get_render (timeline);
  gor_timeline_set_draw_future (timeline, TRUE);

  g_signal_connect (timeline, "notify::selected-goroutine", G_CALLBACK (count_notify_cb), &n_selected);
  g_signal_connect (timeline, "notify::playhead", G_CALLBACK (count_notify_cb), &n_playhead);

  gor_timeline_select (timeline, 0, 1);
  g_assert_cmpint (n_selected, ==, 1);
  g_assert_cmpint (gor_timeline_get_selected_variant (timeline), ==, 0);
  g_assert_cmpint (gor_timeline_get_selected_goroutine (timeline), ==, 1);
  gor_timeline_select (timeline, 0, 1);
  g_assert_cmpint (n_selected, ==, 1);
  gor_timeline_select (timeline, 1, 7); /* no such goroutine: clears */
  g_assert_cmpint (n_selected, ==, 2);
  g_assert_cmpint (gor_timeline_get_selected_goroutine (timeline), ==, -1);

  gor_timeline_set_playhead (timeline, 9);
  gor_timeline_set_playhead (timeline, 9);
  g_assert_cmpint (n_playhead, ==, 1);

  /* Hovering the leaked goroutine's lane after step 5 tells why. */
  gor_render_get_view (render, NULL, NULL, &scroll);
  g_assert_true (gor_render_get_lane_extents (render, 0, 1, &y, &h));
  x = gor_render_step_to_x (render, 0, 7.5);
  tooltip = gor_timeline_describe_at (timeline, x, y - scroll + h / 2);
  g_assert_nonnull (tooltip);
  g_assert_nonnull (strstr (tooltip, "g2 main.gen.func1"));
  g_assert_nonnull (strstr (tooltip, "blocked forever: chan send"));
  g_assert_nonnull (strstr (tooltip, "leak.go:7"));

  /* Zoom in and back to fit. */
  gor_timeline_zoom_in (timeline);
  g_assert_cmpfloat (gor_timeline_get_zoom (timeline), >, 1.0);
  gor_timeline_zoom_fit (timeline);
  g_assert_cmpfloat (gor_timeline_get_zoom (timeline), ==, 1.0);

  gtk_window_destroy (window);
  iterate ();
  g_assert_finalize_object (timeline);
}

static void
test_playback_steps (void)
{
  g_autoptr (GorTrace) leak = build_trace (TRUE);
  g_autoptr (GorTrace) fixed = build_trace (FALSE);
  GorPlayback *playback = gor_playback_new ();
  int          n_playhead = 0, n_playing = 0;

  g_signal_connect (playback, "notify::playhead", G_CALLBACK (count_notify_cb), &n_playhead);
  g_signal_connect (playback, "notify::playing", G_CALLBACK (count_notify_cb), &n_playing);

  gor_playback_set_traces (playback, leak, fixed);
  g_assert_cmpuint (gor_playback_get_n_steps (playback), ==, N_STEPS);
  g_assert_true (gor_playback_get_finished (playback));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);

  gor_playback_step_forward (playback);
  gor_playback_step_forward (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 2);
  g_assert_cmpint (n_playhead, ==, 2);
  gor_playback_step_back (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 1);
  g_assert_cmpint (n_playhead, ==, 3);

  /* Scrubbing clamps to what was recorded. */
  gor_playback_set_playhead (playback, 1000);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, N_STEPS);
  gor_playback_step_forward (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, N_STEPS);
  gor_playback_go_start (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);

  /* Playing runs from the main loop to the end, then stops by itself. */
  gor_playback_set_speed (playback, 1000);
  gor_playback_set_playing (playback, TRUE);
  g_assert_true (gor_playback_get_playing (playback));
  while (gor_playback_get_playing (playback))
    g_main_context_iteration (NULL, TRUE);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, N_STEPS);
  g_assert_cmpint (n_playing, ==, 2);

  gor_playback_go_start (playback);
  gor_playback_run_to_end (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, N_STEPS);

  g_assert_finalize_object (playback);
}

static gboolean
playback_finished (gpointer data)
{
  return gor_playback_get_finished (data);
}

/* With runners behind it, playback records ahead from the main loop into
 * the runners' own traces, and the playhead stays where the user left it. */
static void
test_playback_records_ahead (void)
{
  static const char *program = "package main\n"
                               "\n"
                               "import \"fmt\"\n"
                               "\n"
                               "func main() {\n"
                               "\tch := make(chan int)\n"
                               "\tfor i := 0; i < 3; i++ {\n"
                               "\t\tgo func(n int) { ch <- n }(i)\n"
                               "\t}\n"
                               "\tfmt.Println(<-ch + <-ch + <-ch)\n"
                               "}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("sum.go", program, -1, 1, &error);
  GorPlayback *playback = gor_playback_new ();
  GorTrace    *trace;
  int          n_playhead = 0;
  guint        n_steps;

  g_assert_no_error (error);
  trace = gor_runner_get_trace (runner);
  g_signal_connect (playback, "notify::playhead", G_CALLBACK (count_notify_cb), &n_playhead);
  gor_playback_set_runners (playback, runner, NULL);
  g_assert_false (gor_playback_get_finished (playback));
  g_assert_true (gor_playback_get_trace (playback, GOR_VARIANT_LEAK) == trace);

  g_assert_true (test_input_wait (playback_finished, playback));
  n_steps = gor_playback_get_n_steps (playback);
  g_assert_cmpuint (n_steps, >, 3);
  g_assert_cmpuint (trace->n_steps, ==, n_steps);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  g_assert_cmpint (n_playhead, ==, 0);

  /* Over the recording, nothing runs again. */
  gor_playback_step_forward (playback);
  gor_playback_set_playhead (playback, n_steps - 1);
  gor_playback_step_back (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, n_steps - 2);
  gor_playback_run_to_end (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, n_steps);
  g_assert_false (gor_playback_get_running_to_end (playback));
  gor_playback_go_start (playback);
  gor_playback_record_all (playback);
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, 0);
  g_assert_cmpuint (trace->n_steps, ==, n_steps);
  g_assert_true (gor_playback_get_trace (playback, GOR_VARIANT_LEAK) == trace);

  g_assert_finalize_object (playback);
}

/* End on a run still being recorded: the playhead follows in batches and
 * the main loop keeps turning; a step back stops the following. */
static void
test_playback_run_to_end (void)
{
  static const char *spin = "package main\n"
                            "\n"
                            "func main() {\n"
                            "\tn := 0\n"
                            "\tfor n >= 0 {\n"
                            "\t\tn++\n"
                            "\t}\n"
                            "}\n";
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new ("spin.go", spin, -1, 1, &error);
  GorPlayback *playback = gor_playback_new ();
  guint        dispatches = 0;

  g_assert_no_error (error);
  gor_runner_set_max_steps (runner, 3000);
  gor_playback_set_runners (playback, runner, NULL);
  gor_playback_run_to_end (playback);
  g_assert_true (gor_playback_get_running_to_end (playback));
  g_assert_cmpuint (gor_playback_get_playhead (playback), <, 3000);
  while (gor_playback_get_running_to_end (playback))
    {
      g_main_context_iteration (NULL, TRUE);
      dispatches++;
    }
  g_assert_true (gor_playback_get_finished (playback));
  g_assert_cmpuint (gor_playback_get_playhead (playback), ==, gor_playback_get_n_steps (playback));
  g_assert_cmpuint (gor_playback_get_n_steps (playback), ==, 3000);
  /* In batches, not at once. */
  g_assert_cmpuint (dispatches, >, 1);

  /* Again from the start, then a step back: the playhead is the user's. */
  gor_playback_set_runners (playback, NULL, NULL);
  g_clear_object (&runner);
  runner = gor_runner_new ("spin.go", spin, -1, 1, &error);
  g_assert_no_error (error);
  gor_runner_set_max_steps (runner, 3000);
  gor_playback_set_runners (playback, runner, NULL);
  gor_playback_run_to_end (playback);
  g_main_context_iteration (NULL, TRUE);
  gor_playback_step_back (playback);
  g_assert_false (gor_playback_get_running_to_end (playback));
  {
    guint at = gor_playback_get_playhead (playback);

    g_assert_true (test_input_wait (playback_finished, playback));
    g_assert_cmpuint (gor_playback_get_playhead (playback), ==, at);
  }

  g_assert_finalize_object (playback);
}

/* Whether a line of @label's layout starts inside a location such as
 * "leak.go:13"; counts the lines. */
static gboolean
breaks_a_location (GtkLabel *label, guint *n_lines)
{
  PangoLayout *layout = gtk_label_get_layout (label);
  const char  *text = pango_layout_get_text (layout);
  g_autoptr (GRegex) location = g_regex_new ("[\\w./-]+(:[0-9]+)+", 0, 0, NULL);
  GMatchInfo *match = NULL;
  gboolean    broken = FALSE;

  *n_lines = (guint) pango_layout_get_line_count (layout);
  g_regex_match (location, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int start, end;

      g_match_info_fetch_pos (match, 0, &start, &end);
      for (int i = 1; i < pango_layout_get_line_count (layout); i++)
        {
          int at = pango_layout_get_line_readonly (layout, i)->start_index;

          broken |= at > start && at < end;
        }
      g_match_info_next (match, NULL);
    }
  g_match_info_free (match);
  return broken;
}

/* Every label under @widget whose text has a location: none has a line
 * starting inside one; counts those that wrapped. */
static void
check_locations (GtkWidget *widget, guint *wrapped)
{
  if (GTK_IS_LABEL (widget) && strstr (gtk_label_get_text (GTK_LABEL (widget)), ".go:") != NULL)
    {
      guint n_lines = 0;

      g_assert_false (breaks_a_location (GTK_LABEL (widget), &n_lines));
      *wrapped += n_lines > 1;
    }
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    check_locations (c, wrapped);
}

/* In a narrow inspector the values and the history wrap between words,
 * never inside "leak.go:13" (Pango alone breaks after the colon), at
 * whatever width puts a location at a line's end. */
static void
test_inspector_locations (void)
{
  g_autoptr (GorTrace) leak = build_trace (TRUE);
  guint wrapped = 0;

  for (int width = 110; width <= 260; width += 6)
    {
      GtkWidget *inspector = gor_inspector_new ();
      GtkWindow *window = show_in_window (inspector, width, 600);

      for (guint step = 8; step <= N_STEPS; step += N_STEPS - 8)
        {
          gor_inspector_show (GOR_INSPECTOR (inspector), leak, 1, step);
          for (int i = 0; i < 10; i++)
            {
              g_usleep (1000);
              iterate ();
            }
          check_locations (inspector, &wrapped);
        }
      gtk_window_destroy (window);
    }
  /* Narrow enough that locations met line ends. */
  g_test_message ("%u wrapped labels with a location", wrapped);
  g_assert_cmpuint (wrapped, >, 10);
}

static void
test_inspector_selection (void)
{
  g_autoptr (GorTrace) leak = build_trace (TRUE);
  g_autoptr (GorTrace) fixed = build_trace (FALSE);
  GorInspector *inspector = g_object_ref_sink (GOR_INSPECTOR (gor_inspector_new ()));

  gor_inspector_show (inspector, leak, 1, 4);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_GOROUTINE), ==, "g2 main.gen.func1");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_PARENT), ==, "g1 main");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_CREATED), ==,
                   "leak.go:5 in main.gen, step 1");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "runnable at leak.go:7");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), ==, "no");

  /* Past the step it blocked at, the leak shows. */
  gor_inspector_show (inspector, leak, 1, 8);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==,
                   "blocked forever: chan send at leak.go:7");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), ==, "since step 5 (time 0s)");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_REASON), ==, "chan send at leak.go:7");

  gor_inspector_show (inspector, fixed, 1, 10);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "exited at fixed.go:8");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), ==, "no");

  /* Past the step main returned in, and at the end of the run, main is
   * no longer running: it exited; gen's goroutine was killed at the end. */
  gor_inspector_show (inspector, leak, 0, 9);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "running at leak.go:13");
  gor_inspector_show (inspector, leak, 0, 10);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "exited at leak.go:14");
  gor_inspector_show (inspector, leak, 0, N_STEPS);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "exited at leak.go:14");
  gor_inspector_show (inspector, leak, 1, N_STEPS);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "killed at leak.go:7");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), ==, "since step 5 (time 0s)");
  gor_inspector_show (inspector, fixed, 1, 8);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==, "exited at fixed.go:8");

  /* The other label: still blocked when main returned, shown once the
   * playhead is at the end, where it became known. */
  {
    g_autoptr (GorTrace) still = build_trace (TRUE);
    GorTraceGoroutine *g2 = gor_trace_lookup (still, 2);

    g2->blocked_forever_since = -1;
    gor_trace_mark_still_blocked (still, g2, 5, GOR_REASON_CHAN_SEND, 7);
    gor_inspector_show (inspector, still, 1, 8);
    g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), ==, "no");
    g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_STATE), ==,
                     "blocked: chan send at leak.go:7");
    gor_inspector_show (inspector, still, 1, N_STEPS);
    g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_FOREVER), ==,
                     "no: still blocked when main returned (since step 5)");
    g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_REASON), ==, "chan send at leak.go:7");
  }

  gor_inspector_show (inspector, leak, 0, 1);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_PARENT), ==, "—");
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_CREATED), ==, "program start");

  /* Output appears once the playhead is past the step that printed it. */
  gor_inspector_set_output (inspector, leak, fixed, 6);
  g_assert_cmpstr (gor_inspector_get_output (inspector, 0), ==, "(nothing printed yet)");
  gor_inspector_set_output (inspector, leak, fixed, 7);
  g_assert_cmpstr (gor_inspector_get_output (inspector, 0), ==, "1");
  gor_inspector_set_output (inspector, leak, fixed, N_STEPS);
  g_assert_cmpstr (gor_inspector_get_output (inspector, 1), ==, "1\n[main returned]");

  g_assert_finalize_object (inspector);
}

static GtkWidget *
find_child_of_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkWidget *found = find_child_of_type (c, type);

      if (found)
        return found;
    }
  return NULL;
}

/* All source marks left in the pane's buffer, of any category. */
static guint
count_source_marks (GorSourcePane *pane)
{
  GtkWidget       *view = find_child_of_type (GTK_WIDGET (pane), GTK_SOURCE_TYPE_VIEW);
  GtkSourceBuffer *buffer;
  guint            n = 0;

  g_assert_nonnull (view);
  buffer = GTK_SOURCE_BUFFER (gtk_text_view_get_buffer (GTK_TEXT_VIEW (view)));
  for (int line = 0; line < gtk_text_buffer_get_line_count (GTK_TEXT_BUFFER (buffer)); line++)
    {
      GSList *marks = gtk_source_buffer_get_source_marks_at_line (buffer, line, NULL);

      n += g_slist_length (marks);
      g_slist_free (marks);
    }
  return n;
}

static GtkLabel *
find_label_with_text (GtkWidget *widget, const char *text)
{
  if (GTK_IS_LABEL (widget) && g_str_equal (gtk_label_get_text (GTK_LABEL (widget)), text))
    return GTK_LABEL (widget);
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    {
      GtkLabel *found = find_label_with_text (c, text);

      if (found)
        return found;
    }
  return NULL;
}

/* In a narrow inspector no word is broken in the middle: sentences wrap
 * between words, the goroutine's name is shortened on one line. */
static void
test_inspector_wraps_words (void)
{
  g_autoptr (GorTrace) leak = build_trace (TRUE);
  GtkWidget   *inspector = gor_inspector_new ();
  GtkWindow   *window = show_in_window (inspector, 120, 400);
  const char  *state = "blocked forever: chan send at leak.go:7";
  GtkLabel    *name_label, *state_label;
  PangoLayout *layout;
  const char  *text;

  gor_inspector_show (GOR_INSPECTOR (inspector), leak, 1, 8);
  for (int i = 0; i < 20; i++)
    {
      g_usleep (2000);
      iterate ();
    }
  name_label = find_label_with_text (inspector, "g2 main.gen.func1");
  state_label = find_label_with_text (inspector, state);
  g_assert_nonnull (name_label);
  g_assert_nonnull (state_label);

  layout = gtk_label_get_layout (name_label);
  g_assert_cmpint (pango_layout_get_line_count (layout), ==, 1);
  g_assert_cmpstr (gtk_widget_get_tooltip_text (GTK_WIDGET (name_label)), ==, "g2 main.gen.func1");

  layout = gtk_label_get_layout (state_label);
  text = pango_layout_get_text (layout);
  g_test_message ("state in %d lines, %d px wide", pango_layout_get_line_count (layout),
                  gtk_widget_get_width (GTK_WIDGET (state_label)));
  g_assert_cmpint (pango_layout_get_line_count (layout), >, 1);
  for (int i = 1; i < pango_layout_get_line_count (layout); i++)
    {
      int start = pango_layout_get_line_readonly (layout, i)->start_index;

      g_assert_cmpint (start, >, 0);
      g_assert_cmpint (text[start - 1], ==, ' ');
    }
  gtk_window_destroy (window);
}

static void
test_source_pane_lines (void)
{
  GorSourcePane *pane = g_object_ref_sink (GOR_SOURCE_PANE (gor_source_pane_new ()));
  const guint    forever[] = { 7, 7, 99 };

  gor_source_pane_set_program (pane, "Leak", "leak.go", source_text);
  gor_source_pane_set_current_line (pane, 6);
  g_assert_cmpuint (gor_source_pane_get_current_line (pane), ==, 6);
  gor_source_pane_set_current_line (pane, 500);
  g_assert_cmpuint (gor_source_pane_get_current_line (pane), ==, 0);

  gor_source_pane_set_forever_lines (pane, forever, G_N_ELEMENTS (forever));
  g_assert_true (gor_source_pane_line_is_forever (pane, 7));
  g_assert_false (gor_source_pane_line_is_forever (pane, 6));
  g_assert_false (gor_source_pane_line_is_forever (pane, 99));

  gor_source_pane_set_error (pane, 4, 2, "leak.go:4:2: syntax error");
  g_assert_cmpuint (gor_source_pane_get_error_line (pane), ==, 4);

  /* New text clears every mark; invalid UTF-8 is shown, not refused. */
  g_assert_cmpuint (count_source_marks (pane), ==, 2); /* forever 7, error 4 */
  gor_source_pane_set_program (pane, NULL, "bad.go", "package main\n\xff\xfe\n");
  /* No mark of the previous program stays behind (on line 1). */
  g_assert_cmpuint (count_source_marks (pane), ==, 0);
  g_assert_cmpuint (gor_source_pane_get_error_line (pane), ==, 0);
  g_assert_false (gor_source_pane_line_is_forever (pane, 7));

  g_assert_finalize_object (pane);
}

/* The timeline alone in a window, with the leak/fixed pair, for pointer
 * input through the X server. */
typedef struct
{
  GorTrace    *traces[2];
  GorTimeline *timeline;
  GtkWindow   *window;
  GorRender   *render;
  double       mark; /* a first visible step to move away from */
} PointerFixture;

static gboolean
pointer_setup (PointerFixture *f)
{
  if (!test_input_available ())
    {
      g_test_fail_printf (
          "pointer input needs an X display and xdotool (the README's test command installs it)");
      return FALSE;
    }
  f->traces[0] = build_trace (TRUE);
  f->traces[1] = build_trace (FALSE);
  f->timeline = g_object_ref_sink (GOR_TIMELINE (gor_timeline_new ()));
  gor_timeline_set_traces (f->timeline, f->traces[0], f->traces[1], NULL);
  gor_timeline_set_playhead (f->timeline, N_STEPS);
  f->window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (f->window, 1000, 700);
  gtk_window_set_child (f->window, GTK_WIDGET (f->timeline));
  test_input_show (f->window);
  f->render = gor_timeline_get_render (f->timeline);
  return TRUE;
}

static void
pointer_teardown (PointerFixture *f)
{
  /* Events still on their way hold the widget under the pointer. */
  for (int i = 0; i < 20; i++)
    {
      g_usleep (2000);
      test_input_iterate ();
    }
  gtk_window_destroy (f->window);
  test_input_iterate ();
  g_assert_finalize_object (f->timeline);
  gor_trace_unref (f->traces[0]);
  gor_trace_unref (f->traces[1]);
}

static double
first_step (GorRender *render)
{
  double first;

  gor_render_get_view (render, &first, NULL, NULL);
  return first;
}

/* The middle of goroutine @index's lane in @variant, in widget space. */
static double
lane_middle_y (GorRender *render, int variant, int index)
{
  double y, h, scroll;

  gor_render_get_view (render, NULL, NULL, &scroll);
  g_assert_true (gor_render_get_lane_extents (render, variant, index, &y, &h));
  return y - scroll + h / 2;
}

/* A row of the leak variant's step axis, found as a user finds it. */
static double
axis_y (GorRender *render, double x)
{
  GorRenderHit hit;

  for (double y = 0; y < 700; y++)
    if (gor_render_hit_test (render, x, y, &hit) && hit.area == GOR_RENDER_HIT_AXIS && hit.variant == 0)
      return y + 2;
  g_assert_not_reached ();
  return -1;
}

static gboolean
zoomed_in (gpointer data)
{
  return gor_timeline_get_zoom (data) > 1.0;
}

static gboolean
view_moved (gpointer data)
{
  PointerFixture *f = data;

  return first_step (f->render) > f->mark + 0.1;
}

static gboolean
playhead_is_seven (gpointer data)
{
  return gor_timeline_get_playhead (data) == 7;
}

static gboolean
something_selected (gpointer data)
{
  return gor_timeline_get_selected_goroutine (data) >= 0;
}

/* Ctrl+wheel zooms around the pointer: the step under it stays put. */
static void
test_timeline_wheel_zoom (void)
{
  PointerFixture f;
  double         x, y, step_before, step_after;

  if (!pointer_setup (&f))
    return;
  g_assert_cmpfloat (gor_timeline_get_zoom (f.timeline), ==, 1.0);
  x = gor_render_step_to_x (f.render, 0, 8);
  y = lane_middle_y (f.render, 0, 1);
  test_input_move (GTK_WIDGET (f.timeline), x, y);
  step_before = gor_render_x_to_step (f.render, 0, x);

  test_input_xdotool (GTK_WIDGET (f.timeline), "keydown ctrl click 4 keyup ctrl");
  g_assert_true (test_input_wait (zoomed_in, f.timeline));
  step_after = gor_render_x_to_step (f.render, 0, x);
  g_assert_cmpfloat_with_epsilon (step_after, step_before, 0.05);
  /* The step at the left edge moved: it is a zoom around the pointer, not
   * around the start. */
  g_assert_cmpfloat (first_step (f.render), >, 0.5);

  pointer_teardown (&f);
}

/* The wheel pans in time when the lanes fit; dragging the lanes does too. */
static void
test_timeline_pan (void)
{
  PointerFixture f;
  double         x, y, spp, before;

  if (!pointer_setup (&f))
    return;
  /* Zoomed in at the start, there is somewhere to pan to. */
  gor_timeline_set_playhead (f.timeline, 0);
  gor_timeline_zoom_in (f.timeline);
  gor_timeline_zoom_in (f.timeline);
  gor_timeline_zoom_in (f.timeline);
  f.mark = first_step (f.render);
  g_assert_cmpfloat (f.mark, <, 0.5);
  x = gor_render_step_to_x (f.render, 0, 2);
  y = lane_middle_y (f.render, 0, 1);
  test_input_move (GTK_WIDGET (f.timeline), x, y);
  test_input_xdotool (GTK_WIDGET (f.timeline), "click 5");
  g_assert_true (test_input_wait (view_moved, &f));
  /* Panning is not zooming. */
  g_assert_cmpfloat (gor_timeline_get_zoom (f.timeline), >, 1.0);

  /* Drag the lanes 100 px to the left: the view moves 100 px of steps on. */
  before = first_step (f.render);
  gor_render_get_view (f.render, NULL, &spp, NULL);
  {
    int wx, wy;

    test_input_to_window (GTK_WIDGET (f.timeline), x + 200, y, &wx, &wy);
    test_input_xdotool (GTK_WIDGET (f.timeline),
                        "mousemove --sync --window %%XID %d %d mousedown 1 "
                        "mousemove --sync --window %%XID %d %d "
                        "mousemove --sync --window %%XID %d %d mouseup 1",
                        wx, wy, wx - 50, wy, wx - 100, wy);
  }
  {
    gint64 deadline = g_get_monotonic_time () + 2 * G_USEC_PER_SEC;

    while (fabs (first_step (f.render) - (before + 100 * spp)) > spp * 2
           && g_get_monotonic_time () < deadline)
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
  }
  g_assert_cmpfloat_with_epsilon (first_step (f.render), before + 100 * spp, spp * 2);
  /* A drag selects nothing. */
  g_assert_cmpint (gor_timeline_get_selected_goroutine (f.timeline), ==, -1);

  pointer_teardown (&f);
}

/* A click on the step axis moves the playhead to the step under it; a
 * click on a lane selects that goroutine. */
static void
test_timeline_clicks (void)
{
  PointerFixture f;
  double         x;

  if (!pointer_setup (&f))
    return;
  x = gor_render_step_to_x (f.render, 0, 7);
  test_input_move (GTK_WIDGET (f.timeline), x, axis_y (f.render, x));
  test_input_xdotool (GTK_WIDGET (f.timeline), "click 1");
  g_assert_true (test_input_wait (playhead_is_seven, f.timeline));
  g_assert_cmpint (gor_timeline_get_selected_goroutine (f.timeline), ==, -1);

  x = gor_render_step_to_x (f.render, 1, 3.5);
  test_input_move (GTK_WIDGET (f.timeline), x, lane_middle_y (f.render, 1, 1));
  test_input_xdotool (GTK_WIDGET (f.timeline), "click 1");
  g_assert_true (test_input_wait (something_selected, f.timeline));
  g_assert_cmpint (gor_timeline_get_selected_variant (f.timeline), ==, 1);
  g_assert_cmpint (gor_timeline_get_selected_goroutine (f.timeline), ==, 1);
  /* Selecting does not move the playhead. */
  g_assert_cmpuint (gor_timeline_get_playhead (f.timeline), ==, 7);

  pointer_teardown (&f);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/timeline/lanes", test_timeline_lanes);
  g_test_add_func ("/ui/timeline/selection", test_timeline_selection);
  g_test_add_func ("/ui/timeline/wheel-zoom", test_timeline_wheel_zoom);
  g_test_add_func ("/ui/timeline/pan", test_timeline_pan);
  g_test_add_func ("/ui/timeline/clicks", test_timeline_clicks);
  g_test_add_func ("/ui/playback/steps", test_playback_steps);
  g_test_add_func ("/ui/playback/records-ahead", test_playback_records_ahead);
  g_test_add_func ("/ui/playback/run-to-end", test_playback_run_to_end);
  g_test_add_func ("/ui/inspector/selection", test_inspector_selection);
  g_test_add_func ("/ui/inspector/wraps-words", test_inspector_wraps_words);
  g_test_add_func ("/ui/inspector/locations", test_inspector_locations);
  g_test_add_func ("/ui/source-pane/lines", test_source_pane_lines);

  return g_test_run ();
}
