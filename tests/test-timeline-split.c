/* test-timeline-split.c — leak and fix both on screen, whatever the lanes
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * When the pair does not fit the timeline's height, each variant gets a
 * panel of its own with a bar between them: the fix is never scrolled out
 * of sight by the leak's lanes.
 */

#include "config.h"

#include <string.h>
#include <gtk/gtk.h>

#include "gor-timeline.h"
#include "test-input.h"

#define N_LANES 80

/* N_LANES goroutines, each created at a line of its own (nothing folds). */
static GorTrace *
tall_trace (const char *file)
{
  GorTrace          *t = gor_trace_new (file, "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);

  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  for (guint i = 1; i < N_LANES; i++)
    {
      GorTraceGoroutine *g = gor_trace_add_goroutine (t, i + 1, 1, "main.work", "main", file, 10 + i, i);

      gor_trace_set_state (t, g, i, GOR_STATE_RUNNING, GOR_REASON_NONE, 10 + i);
      gor_trace_set_state (t, g, i + 1, GOR_STATE_EXITED, GOR_REASON_NONE, 10 + i);
    }
  gor_trace_set_n_steps (t, N_LANES + 2);
  gor_trace_set_state (t, m, N_LANES + 2, GOR_STATE_EXITED, GOR_REASON_NONE, 4);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

/* main and eight goroutines started at one go statement, living the same
 * life: one folded lane. */
static GorTrace *
fold_trace (void)
{
  GorTrace          *t = gor_trace_new ("fold.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);

  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  for (guint i = 1; i <= 8; i++)
    {
      GorTraceGoroutine *g = gor_trace_add_goroutine (t, i + 1, 1, "main.work", "main", "fold.go", 5, i);

      gor_trace_set_state (t, g, i, GOR_STATE_RUNNING, GOR_REASON_NONE, 6);
      gor_trace_set_state (t, g, i + 1, GOR_STATE_EXITED, GOR_REASON_NONE, 7);
    }
  gor_trace_set_n_steps (t, 12);
  gor_trace_set_state (t, m, 12, GOR_STATE_EXITED, GOR_REASON_NONE, 4);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

static gboolean
unfolded (gpointer data)
{
  double y1 = 0, y2 = 0;

  gor_render_get_lane_extents (gor_timeline_get_render (data), 0, 1, &y1, NULL);
  gor_render_get_lane_extents (gor_timeline_get_render (data), 0, 2, &y2, NULL);
  return y2 > y1;
}

/* A click on a folded lane's label unfolds it, another folds it back. */
static void
test_click_unfolds (void)
{
  g_autoptr (GorTrace) t = fold_trace ();
  GorTimeline *timeline;
  GtkWindow   *window;
  GorRender   *render;
  double       y, h;

  if (!test_input_available ())
    {
      g_test_fail_printf (
          "pointer input needs an X display and xdotool (the README's test command installs it)");
      return;
    }
  timeline = GOR_TIMELINE (gor_timeline_new ());
  gor_timeline_set_traces (timeline, t, NULL, NULL);
  gor_timeline_set_playhead (timeline, 12);
  window = GTK_WINDOW (gtk_window_new ());
  gtk_window_set_default_size (window, 900, 500);
  gtk_window_set_child (window, GTK_WIDGET (timeline));
  test_input_show (window);
  render = gor_timeline_get_render (timeline);

  g_assert_false (unfolded (timeline));
  g_assert_true (gor_render_get_lane_extents (render, 0, 1, &y, &h));
  test_input_move (GTK_WIDGET (timeline), 40, y + h / 2);
  test_input_xdotool (GTK_WIDGET (timeline), "click 1");
  g_assert_true (test_input_wait (unfolded, timeline));
  g_assert_cmpint (gor_timeline_get_selected_goroutine (timeline), ==, 1);

  test_input_xdotool (GTK_WIDGET (timeline), "click 1");
  for (int i = 0; i < 50 && unfolded (timeline); i++)
    {
      g_usleep (2000);
      test_input_iterate ();
    }
  g_assert_false (unfolded (timeline));

  for (int i = 0; i < 20; i++)
    {
      g_usleep (2000);
      test_input_iterate ();
    }
  gtk_window_destroy (window);
  test_input_iterate ();
}

static void
iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static void
test_split (void)
{
  g_autoptr (GorTrace) leak = tall_trace ("leak.go");
  g_autoptr (GorTrace) fixed = tall_trace ("fixed.go");
  GorTimeline *timeline = GOR_TIMELINE (gor_timeline_new ());
  GtkWindow   *window = GTK_WINDOW (gtk_window_new ());
  int          height, first_fixed = -1, last_leak = -1;
  guint        n_leak = 0, n_fixed = 0;

  gor_timeline_set_traces (timeline, leak, fixed, "Tall");
  gtk_window_set_default_size (window, 1000, 500);
  gtk_window_set_child (window, GTK_WIDGET (timeline));
  gtk_window_present (window);
  for (int i = 0; i < 100 && gtk_widget_get_height (GTK_WIDGET (timeline)) == 0; i++)
    {
      g_usleep (2000);
      iterate ();
    }
  height = gtk_widget_get_height (GTK_WIDGET (timeline));
  g_assert_cmpint (height, >, 300);
  g_assert_cmpfloat (gor_render_get_content_height (gor_timeline_get_render (timeline), 1000), >, 2 * height);

  /* Down the label column: leak lanes first, then fix lanes, both there. */
  for (int y = 0; y < height; y += 2)
    {
      g_autofree char *text = gor_timeline_describe_at (timeline, 30, y);

      if (text == NULL)
        continue;
      if (strstr (text, "fixed.go") != NULL)
        {
          n_fixed++;
          if (first_fixed < 0)
            first_fixed = y;
        }
      else if (strstr (text, "leak.go") != NULL)
        {
          n_leak++;
          last_leak = y;
        }
    }
  g_test_message ("%u leak and %u fix label hits; last leak at %d, first fix at %d", n_leak, n_fixed,
                  last_leak, first_fixed);
  g_assert_cmpuint (n_leak, >, 20);
  g_assert_cmpuint (n_fixed, >, 20);
  g_assert_cmpint (last_leak, <, first_fixed);

  gtk_window_destroy (window);
  iterate ();
}

static void
find_scrollbars (GtkWidget *widget, GPtrArray *found)
{
  for (GtkWidget *c = gtk_widget_get_first_child (widget); c; c = gtk_widget_get_next_sibling (c))
    if (GTK_IS_SCROLLBAR (c))
      g_ptr_array_add (found, c);
}

/* Split, each panel has a scrollbar of its own, along its own height, and
 * scrolling one panel leaves the other where it was; the scrolled
 * window's scrollbar, which spans both, has nothing left to scroll. */
static void
test_split_scrollbars (void)
{
  g_autoptr (GorTrace) leak = tall_trace ("leak.go");
  g_autoptr (GorTrace) fixed = tall_trace ("fixed.go");
  g_autoptr (GPtrArray) bars = g_ptr_array_new ();
  GorTimeline     *timeline = GOR_TIMELINE (gor_timeline_new ());
  GtkWidget       *scrolled = gtk_scrolled_window_new ();
  GtkWindow       *window = GTK_WINDOW (gtk_window_new ());
  GtkAdjustment   *a0, *a1;
  graphene_rect_t  r0, r1;
  g_autofree char *leak_before = NULL, *fix_before = NULL, *leak_after = NULL, *fix_after = NULL;
  double           fix_y;

  gtk_scrolled_window_set_overlay_scrolling (GTK_SCROLLED_WINDOW (scrolled), FALSE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scrolled), GTK_WIDGET (timeline));
  gor_timeline_set_traces (timeline, leak, fixed, "Tall");
  gor_timeline_set_draw_future (timeline, TRUE);
  gtk_window_set_default_size (window, 1000, 500);
  gtk_window_set_child (window, scrolled);
  test_input_show (window);

  find_scrollbars (GTK_WIDGET (timeline), bars);
  g_assert_cmpuint (bars->len, ==, 2);
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (bars, 0)));
  g_assert_true (gtk_widget_get_mapped (g_ptr_array_index (bars, 1)));
  g_assert_false (
      gtk_widget_get_mapped (gtk_scrolled_window_get_vscrollbar (GTK_SCROLLED_WINDOW (scrolled))));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (bars, 0), GTK_WIDGET (timeline), &r0));
  g_assert_true (gtk_widget_compute_bounds (g_ptr_array_index (bars, 1), GTK_WIDGET (timeline), &r1));
  g_assert_cmpfloat (r0.origin.y, ==, 0);
  g_assert_cmpfloat (r0.origin.y + r0.size.height, <, r1.origin.y);
  g_assert_cmpfloat (r1.origin.y + r1.size.height, <=, gtk_widget_get_height (GTK_WIDGET (timeline)) + 0.5);
  g_assert_cmpfloat (r0.origin.x + r0.size.width, ==, gtk_widget_get_width (GTK_WIDGET (timeline)));

  /* What the label column shows half way down each panel. */
  fix_y = r1.origin.y + r1.size.height / 2;
  leak_before = gor_timeline_describe_at (timeline, 30, r0.size.height / 2);
  fix_before = gor_timeline_describe_at (timeline, 30, fix_y);
  g_assert_nonnull (strstr (leak_before, "leak.go"));
  g_assert_nonnull (strstr (fix_before, "fixed.go"));

  a0 = gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (g_ptr_array_index (bars, 0)));
  a1 = gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (g_ptr_array_index (bars, 1)));
  g_assert_cmpfloat (gtk_adjustment_get_upper (a1), >, gtk_adjustment_get_page_size (a1));
  gtk_adjustment_set_value (a1, 200);
  iterate ();
  g_assert_cmpfloat (gtk_adjustment_get_value (a0), ==, 0);
  g_assert_cmpfloat (gtk_adjustment_get_value (a1), ==, 200);
  leak_after = gor_timeline_describe_at (timeline, 30, r0.size.height / 2);
  fix_after = gor_timeline_describe_at (timeline, 30, fix_y);
  g_assert_cmpstr (leak_after, ==, leak_before);
  g_assert_nonnull (strstr (fix_after, "fixed.go"));
  g_assert_cmpstr (fix_after, !=, fix_before);

  /* And the leak's panel scrolls alone too. */
  g_clear_pointer (&leak_after, g_free);
  g_clear_pointer (&fix_before, g_free);
  gtk_adjustment_set_value (a0, 150);
  iterate ();
  leak_after = gor_timeline_describe_at (timeline, 30, r0.size.height / 2);
  fix_before = gor_timeline_describe_at (timeline, 30, fix_y);
  g_assert_cmpstr (leak_after, !=, leak_before);
  g_assert_cmpstr (fix_before, ==, fix_after);
  g_assert_cmpfloat (gtk_adjustment_get_value (a1), ==, 200);

  gtk_window_destroy (window);
  iterate ();
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/timeline/split", test_split);
  g_test_add_func ("/ui/timeline/click-unfolds", test_click_unfolds);
  g_test_add_func ("/ui/timeline/split-scrollbars", test_split_scrollbars);

  return g_test_run ();
}
