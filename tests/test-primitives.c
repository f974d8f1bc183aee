/* test-primitives.c — who holds what, shown: the inspector's "Waiting on",
 * "Holds" and history, the timeline's holder links, and the source panes'
 * diff marks
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Scenario 13 (a Mutex held while waiting for a WaitGroup) at its end:
 * refresh (g2) holds c.mu and waits on wg; its three loaders (g3 to g5)
 * wait for c.mu.
 */

#include "config.h"

#include <gtk/gtk.h>
#include <string.h>

#include "gor-inspector.h"
#include "gor-line-diff.h"
#include "gor-render.h"
#include "gor-runner.h"
#include "gor-source-pane.h"

static GorTrace *
run_scenario (const char *dir, const char *file)
{
  g_autofree char *path = g_build_filename (g_getenv ("GOROLANES_SCENARIOS"), dir, file, NULL);
  g_autoptr (GError) error = NULL;
  g_autoptr (GorRunner) runner = gor_runner_new_for_path (path, 1, &error);

  g_assert_no_error (error);
  while (gor_runner_step (runner))
    ;
  return gor_trace_ref (gor_runner_get_trace (runner));
}

static void
test_inspector_holders (void)
{
  g_autoptr (GorTrace) trace = run_scenario ("13-wait-while-holding-lock", "leak.go");
  GorInspector *inspector = g_object_ref_sink (GOR_INSPECTOR (gor_inspector_new ()));
  const char   *text;

  /* refresh: waits on the WaitGroup, holds the Mutex the loaders want */
  gor_inspector_show (inspector, trace, 1, trace->n_steps);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_WAITING_ON), ==,
                   "wg — counter 3; waiting: g2");
  text = gor_inspector_get_field (inspector, GOR_INSPECTOR_HOLDS);
  g_assert_true (g_str_has_prefix (text, "c.mu since step 2 (leak.go:19); waiting: g"));
  g_assert_nonnull (strstr (text, "g3"));
  g_assert_nonnull (strstr (text, "g4"));
  g_assert_nonnull (strstr (text, "g5"));
  text = gor_inspector_get_history (inspector);
  g_assert_nonnull (strstr (text, "g2 locks c.mu"));
  g_assert_nonnull (strstr (text, "g2 calls wg.Wait() — 3 goroutines still to finish: g2 blocks"));

  /* a loader: waits for c.mu, held by refresh */
  gor_inspector_show (inspector, trace, 2, trace->n_steps);
  text = gor_inspector_get_field (inspector, GOR_INSPECTOR_WAITING_ON);
  g_assert_true (g_str_has_prefix (text, "c.mu — held by g2 since step 2 (leak.go:19); waiting: g"));
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_HOLDS), ==, "—");
  g_assert_nonnull (strstr (gor_inspector_get_history (inspector), "g3 waits for c.mu — held by g2"));

  /* main sleeps: it waits on no primitive */
  gor_inspector_show (inspector, trace, 0, 3);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_WAITING_ON), ==, "—");

  /* nothing selected: no history */
  gor_inspector_show (inspector, trace, -1, trace->n_steps);
  g_assert_cmpstr (gor_inspector_get_history (inspector), ==, "");

  g_assert_finalize_object (inspector);
}

static void
test_inspector_channel (void)
{
  g_autoptr (GorTrace) trace = run_scenario ("01-send-without-receiver", "leak.go");
  GorInspector *inspector = g_object_ref_sink (GOR_INSPECTOR (gor_inspector_new ()));

  /* gen's goroutine blocked sending 3 on out, nobody receiving */
  gor_inspector_show (inspector, trace, 1, trace->n_steps);
  g_assert_cmpstr (gor_inspector_get_field (inspector, GOR_INSPECTOR_WAITING_ON), ==,
                   "out — unbuffered; waiting to send: g2");
  g_assert_nonnull (
      strstr (gor_inspector_get_history (inspector), "g2 sends 3 on out — no receiver is ready: g2 blocks"));
  g_assert_finalize_object (inspector);
}

/* Alpha of the overlay at (x, y). */
static guint8
alpha_at (cairo_surface_t *s, int x, int y)
{
  const guint8 *row = cairo_image_surface_get_data (s) + y * cairo_image_surface_get_stride (s);

  return ((const guint32 *) (gconstpointer) row)[x] >> 24;
}

static cairo_surface_t *
draw_overlay (GorRender *render, int selected)
{
  cairo_surface_t *s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 900, 400);
  cairo_t         *cr = cairo_create (s);

  gor_render_set_selection (render, 0, selected);
  gor_render_draw_overlay (render, cr);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

static void
test_render_holder_link (void)
{
  g_autoptr (GorTrace) trace = run_scenario ("13-wait-while-holding-lock", "leak.go");
  g_autoptr (GorRender) render = gor_render_new ();
  cairo_surface_t *with, *without;
  double           y, h;
  int              x;

  gor_render_set_traces (render, trace, NULL, NULL);
  gor_render_set_size (render, 900, 400);
  gor_render_fit (render);
  gor_render_set_playhead (render, trace->n_steps);
  g_assert_true (gor_render_get_lane_extents (render, 0, 1, &y, &h));
  x = (int) gor_render_get_lanes_x (render) + 10;

  /* a loader selected: refresh's lane (the holder) is outlined */
  with = draw_overlay (render, 2);
  /* main selected: it waits for no Mutex and holds none */
  without = draw_overlay (render, 0);
  g_assert_cmpuint (alpha_at (with, x, (int) (y + 1.5)), >, 0);
  g_assert_cmpuint (alpha_at (without, x, (int) (y + 1.5)), ==, 0);
  cairo_surface_destroy (with);
  cairo_surface_destroy (without);
}

static const char leak_text[] = "package main\n"
                                "\n"
                                "func main() {\n"
                                "\tch := make(chan int)\n"
                                "\tgo func() { ch <- 1 }()\n"
                                "}\n";
static const char fixed_text[] = "package main\n"
                                 "\n"
                                 "func main() {\n"
                                 "\tch := make(chan int, 1)\n"
                                 "\tgo func() { ch <- 1 }()\n"
                                 "\t<-ch\n"
                                 "}\n";

static void
test_line_diff (void)
{
  g_autoptr (GArray) a = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) b = g_array_new (FALSE, FALSE, sizeof (guint));
  GorSourcePane *pane = g_object_ref_sink (GOR_SOURCE_PANE (gor_source_pane_new ()));

  g_assert_true (gor_line_diff (leak_text, fixed_text, a, b));
  g_assert_cmpuint (a->len, ==, 1);
  g_assert_cmpuint (g_array_index (a, guint, 0), ==, 4);
  g_assert_cmpuint (b->len, ==, 2);
  g_assert_cmpuint (g_array_index (b, guint, 0), ==, 4);
  g_assert_cmpuint (g_array_index (b, guint, 1), ==, 6);
  /* the same text: nothing; trailing blanks do not count */
  g_assert_true (gor_line_diff ("a\nb  \n", "a\nb\n", a, b));
  g_assert_cmpuint (a->len + b->len, ==, 0);
  g_assert_true (gor_line_diff ("", "x\n", a, b));
  g_assert_cmpuint (a->len, ==, 0);
  g_assert_cmpuint (b->len, ==, 1);

  /* the pane marks them, and forgets them with a new program */
  gor_source_pane_set_program (pane, "Fixed", "fixed.go", fixed_text);
  g_assert_true (gor_line_diff (leak_text, fixed_text, a, b));
  gor_source_pane_set_changed_lines (pane, (const guint *) (gpointer) b->data, b->len, TRUE);
  g_assert_true (gor_source_pane_line_is_changed (pane, 4));
  g_assert_false (gor_source_pane_line_is_changed (pane, 5));
  g_assert_true (gor_source_pane_line_is_changed (pane, 6));
  gor_source_pane_set_program (pane, "Fixed", "fixed.go", fixed_text);
  g_assert_false (gor_source_pane_line_is_changed (pane, 4));
  g_assert_finalize_object (pane);
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/primitives/inspector-holders", test_inspector_holders);
  g_test_add_func ("/ui/primitives/inspector-channel", test_inspector_channel);
  g_test_add_func ("/ui/primitives/render-holder-link", test_render_holder_link);
  g_test_add_func ("/ui/primitives/line-diff", test_line_diff);

  return g_test_run ();
}
