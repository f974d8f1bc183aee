/* test-render-marker.c — the playhead's triangle never covers a tick label
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Geometry, on pixels: the content (axis labels included) and the overlay
 * (the playhead) are drawn apart; at every step of the run, at the text
 * scales of a window and of presentation mode, no pixel the triangle or
 * its line paints above the lanes is a pixel of a tick label's ink.
 */

#include "config.h"

#include <math.h>

#include "gor-render.h"

/* main and a worker, with virtual time passing at every step: both axis
 * rows (step and time) carry labels. */
static GorTrace *
marker_trace (void)
{
  GorTrace          *t = gor_trace_new ("leak.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  GorTraceGoroutine *w = gor_trace_add_goroutine (t, 2, 1, "main.worker", "main", "leak.go", 9, 1);

  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 5);
  gor_trace_set_num_goroutines (t, 1, 2);
  gor_trace_set_state (t, w, 1, GOR_STATE_RUNNING, GOR_REASON_NONE, 10);
  for (guint32 s = 0; s <= 40; s++)
    gor_trace_set_vtime (t, s, (gint64) s * 250 * G_TIME_SPAN_MILLISECOND);
  gor_trace_set_state (t, m, 2, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 6);
  gor_trace_set_state (t, w, 20, GOR_STATE_EXITED, GOR_REASON_NONE, 11);
  gor_trace_set_state (t, m, 30, GOR_STATE_RUNNING, GOR_REASON_NONE, 7);
  gor_trace_set_n_steps (t, 40);
  gor_trace_set_state (t, m, 40, GOR_STATE_EXITED, GOR_REASON_NONE, 8);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

static guint32
pixel (cairo_surface_t *s, int x, int y)
{
  const guint8 *data = cairo_image_surface_get_data (s);
  int           stride = cairo_image_surface_get_stride (s);

  return *(const guint32 *) (gconstpointer) (data + y * stride + x * 4);
}

/* Dark ink of text on the light background (the grid is light). */
static gboolean
is_ink (guint32 v)
{
  int r = (v >> 16) & 0xff, g = (v >> 8) & 0xff, b = v & 0xff;

  return (r * 3 + g * 6 + b) / 10 < 170;
}

static void
check_scale (double scale, gboolean draw_future)
{
  g_autoptr (GorTrace) t = marker_trace ();
  g_autoptr (GorRender) r = gor_render_new ();
  GorRenderOptions opt;
  cairo_surface_t *content, *overlay;
  cairo_t         *cr;
  double           top = 0, lanes_y = 0;
  int              w = 1000, h;
  guint            checked = 0;

  gor_render_options_init (&opt);
  opt.font_scale = scale;
  opt.interactive = TRUE;
  opt.draw_future = draw_future;
  opt.show_output = FALSE;
  gor_render_set_traces (r, t, NULL, "Marker");
  gor_render_set_options (r, &opt);
  h = (int) ceil (gor_render_get_content_height (r, w));
  gor_render_set_size (r, w, h);
  gor_render_fit (r);
  g_assert_true (gor_render_get_variant_extents (r, 0, &top, NULL));
  g_assert_true (gor_render_get_lane_extents (r, 0, 0, &lanes_y, NULL));

  for (guint32 step = 0; step <= 40; step++)
    {
      gor_render_set_playhead (r, step);
      content = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
      cr = cairo_create (content);
      gor_render_draw_content (r, cr);
      cairo_destroy (cr);
      overlay = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
      cr = cairo_create (overlay);
      gor_render_draw_overlay (r, cr);
      cairo_destroy (cr);
      cairo_surface_flush (content);
      cairo_surface_flush (overlay);

      for (int y = (int) top; y < (int) lanes_y; y++)
        for (int x = (int) gor_render_get_lanes_x (r) - 8; x < w; x++)
          {
            if ((pixel (overlay, x, y) >> 24) < 64)
              continue;
            checked++;
            if (is_ink (pixel (content, x, y)))
              g_error ("scale %.1f, playhead at step %u: the playhead covers a tick label at (%d, %d)", scale,
                       step, x, y);
          }
      cairo_surface_destroy (content);
      cairo_surface_destroy (overlay);
    }
  /* The triangle was drawn above the lanes at every step. */
  g_assert_cmpuint (checked, >, 41 * 20);
}

static void
test_marker_window (void)
{
  check_scale (1.15, FALSE);
  check_scale (1.15, TRUE);
}

static void
test_marker_presentation (void)
{
  check_scale (1.4, FALSE);
  check_scale (2.0, FALSE);
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);
  g_test_add_func ("/render/marker/window", test_marker_window);
  g_test_add_func ("/render/marker/presentation", test_marker_presentation);
  return g_test_run ();
}
