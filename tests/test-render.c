/* test-render.c — the cairo timeline renderer and the SVG/PNG export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * No display needed: everything draws on image surfaces.  Set
 * GOROLANES_RENDER_DUMP=DIR to keep the pictures for looking at them, and
 * GOROLANES_UPDATE_GOLDEN=1 to rewrite the golden image on purpose (the
 * golden test then fails: a rewrite is never a pass).
 */

#include "config.h"

#include <errno.h>
#include <math.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <glib/gstdio.h>

#include "gor-export.h"
#include "gor-render.h"
#include "render-fixtures.h"

typedef struct
{
  guint8 r, g, b;
} Pixel;

static Pixel
pixel_at (cairo_surface_t *s, int x, int y)
{
  const guint8 *data = cairo_image_surface_get_data (s);
  int           stride = cairo_image_surface_get_stride (s);
  guint32       v = *(const guint32 *) (gconstpointer) (data + y * stride + x * 4);
  Pixel         p = { (v >> 16) & 0xff, (v >> 8) & 0xff, v & 0xff };

  return p;
}

/* Unmistakably red: what blocked forever is painted with. */
static gboolean
is_red (Pixel p)
{
  return p.r > 180 && p.g < 90 && p.b < 90;
}

static GorRender *
pair_render (int width, GorRenderTheme theme, GorTrace **leak_out, GorTrace **fixed_out)
{
  GorRender       *r = gor_render_new ();
  GorTrace        *leak = fixture_gen_trace (TRUE);
  GorTrace        *fixed = fixture_gen_trace (FALSE);
  GorRenderOptions opt;
  double           h;

  gor_render_options_init (&opt);
  opt.theme = theme;
  gor_render_set_traces (r, leak, fixed, "Channel send without a receiver");
  gor_render_set_options (r, &opt);
  h = gor_render_get_content_height (r, width);
  gor_render_set_size (r, width, (int) h);
  gor_render_fit (r);
  gor_render_set_playhead (r, gor_render_get_n_steps (r));
  if (leak_out)
    *leak_out = leak;
  else
    gor_trace_unref (leak);
  if (fixed_out)
    *fixed_out = fixed;
  else
    gor_trace_unref (fixed);
  return r;
}

static cairo_surface_t *
draw_to_image (GorRender *r)
{
  int              w, h;
  cairo_surface_t *s;
  cairo_t         *cr;

  gor_render_get_size (r, &w, &h);
  s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (s);
  gor_render_draw (r, cr);
  cairo_destroy (cr);
  cairo_surface_flush (s);
  return s;
}

static void
maybe_dump (cairo_surface_t *s, const char *name)
{
  const char      *dir = g_getenv ("GOROLANES_RENDER_DUMP");
  g_autofree char *path = NULL;

  if (dir == NULL)
    return;
  path = g_build_filename (dir, name, NULL);
  cairo_surface_write_to_png (s, path);
}

static void
lane_center (GorRender *r, int variant, int index, double *y)
{
  double top, h;

  g_assert_true (gor_render_get_lane_extents (r, variant, index, &top, &h));
  *y = top + h / 2;
}

static void
test_leak_is_red (void)
{
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  cairo_surface_t *s = draw_to_image (r);
  double           y, x_before, x_after;

  maybe_dump (s, "pair-light.png");
  lane_center (r, 0, 1, &y);
  /* Red from the step the analysis fixed, amber before it. */
  x_after = gor_render_step_to_x (r, 0, FIXTURE_SINCE + 4.5);
  x_before = gor_render_step_to_x (r, 0, 9.5);
  g_assert_true (is_red (pixel_at (s, (int) x_after, (int) y)));
  g_assert_false (is_red (pixel_at (s, (int) x_before, (int) y)));
  /* The same step in the fixed variant's gen goroutine is not red. */
  lane_center (r, 1, 1, &y);
  g_assert_false (is_red (pixel_at (s, (int) gor_render_step_to_x (r, 1, 9.5), (int) y)));
  /* The worker, still blocked when main returned, has the other style:
   * red hatching and outline over amber, not full red, from the step it
   * blocked at. */
  {
    guint n_red = 0, n_other = 0;
    int   x0 = (int) gor_render_step_to_x (r, 0, 12), x1 = (int) gor_render_step_to_x (r, 0, 20);

    lane_center (r, 0, 2, &y);
    for (int x = x0; x < x1; x++)
      for (int dy = -3; dy <= 3; dy++)
        {
          if (is_red (pixel_at (s, x, (int) y + dy)))
            n_red++;
          else
            n_other++;
        }
    g_assert_cmpuint (n_red, >, 0);
    g_assert_cmpuint (n_other, >, n_red / 4);
    lane_center (r, 1, 2, &y);
    for (int x = x0; x < x1; x++)
      g_assert_false (is_red (pixel_at (s, x, (int) y)));
  }
  cairo_surface_destroy (s);
}

static void
test_dark_leak_is_red (void)
{
  g_autoptr (GorRender) r = pair_render (900, GOR_RENDER_THEME_DARK, NULL, NULL);
  cairo_surface_t *s = draw_to_image (r);
  double           y;
  Pixel            bg;

  maybe_dump (s, "pair-dark.png");
  lane_center (r, 0, 1, &y);
  g_assert_true (is_red (pixel_at (s, (int) gor_render_step_to_x (r, 0, 19.5), (int) y)));
  bg = pixel_at (s, 2, 2);
  g_assert_cmpint (bg.r + bg.g + bg.b, <, 150);
  cairo_surface_destroy (s);
}

/* Red pixels of @s by where @r's layout puts them: the leak variant,
 * the fixed variant's header (title and legend), the rest of the fix. */
static void
count_red (GorRender *r, cairo_surface_t *s, guint *leak, guint *fixed_header, guint *fixed_other)
{
  int w = cairo_image_surface_get_width (s), h = cairo_image_surface_get_height (s);

  *leak = *fixed_header = *fixed_other = 0;
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        GorRenderHit hit;

        if (!is_red (pixel_at (s, x, y)))
          continue;
        gor_render_hit_test (r, x, y, &hit);
        if (hit.variant == 0)
          (*leak)++;
        else if (hit.area == GOR_RENDER_HIT_HEADER)
          (*fixed_header)++;
        else
          (*fixed_other)++;
      }
}

/* Every red pixel of the picture belongs to the leak variant, or to a
 * header (the legend's swatch): the fixed variant has none elsewhere. */
static void
test_fixed_has_no_red (void)
{
  for (int theme = 0; theme < 2; theme++)
    {
      g_autoptr (GorRender) r = pair_render (1000, theme, NULL, NULL);
      cairo_surface_t *s = draw_to_image (r);
      guint            red_leak, red_fixed_header, red_fixed_other;

      count_red (r, s, &red_leak, &red_fixed_header, &red_fixed_other);
      g_assert_cmpuint (red_leak, >, 500);
      g_assert_cmpuint (red_fixed_header, >, 0); /* the legend's swatch */
      g_assert_cmpuint (red_fixed_other, ==, 0);
      cairo_surface_destroy (s);
    }
}

/* One lane per goroutine: the layout says so, and each lane's label column
 * has ink while the row below the last lane is the count strip's. */
static void
test_lane_count (void)
{
  GorTrace *leak;
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, &leak, NULL);
  cairo_surface_t *s = draw_to_image (r);
  guint            n = gor_trace_get_n_goroutines (leak);
  guint            lanes_with_label = 0;
  double           lanes_x = gor_render_get_lanes_x (r);

  for (guint i = 0;; i++)
    {
      double   top, lh;
      gboolean ink = FALSE;

      if (!gor_render_get_lane_extents (r, 0, (int) i, &top, &lh))
        break;
      for (int y = (int) top + 2; y < (int) (top + lh) - 2 && !ink; y++)
        for (int x = 8; x < (int) lanes_x - 8 && !ink; x++)
          {
            Pixel p = pixel_at (s, x, y);

            ink = p.r + p.g + p.b < 300;
          }
      if (ink)
        lanes_with_label++;
    }
  g_assert_cmpuint (lanes_with_label, ==, n);
  g_assert_false (gor_render_get_lane_extents (r, 0, (int) n, NULL, NULL));
  cairo_surface_destroy (s);
  gor_trace_unref (leak);
}

static void
test_hit_testing (void)
{
  GorTrace *leak, *fixed;
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, &leak, &fixed);
  GorRenderHit hit;
  double       y, top, lh;

  lane_center (r, 0, 1, &y);
  g_assert_true (gor_render_hit_test (r, gor_render_step_to_x (r, 0, 15.5), y, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_SPAN);
  g_assert_cmpint (hit.variant, ==, 0);
  g_assert_true (hit.trace == leak);
  g_assert_cmpint (hit.goroutine_index, ==, 1);
  g_assert_cmpuint (hit.goroutine->id, ==, 2);
  g_assert_cmpuint (hit.step, ==, 15);
  g_assert_cmpint (hit.span->state, ==, GOR_STATE_BLOCKED);
  g_assert_cmpint (hit.span->reason, ==, GOR_REASON_CHAN_SEND);
  g_assert_true (hit.blocked_forever);

  /* Before the analysis's step: blocked, not yet forever. */
  g_assert_true (gor_render_hit_test (r, gor_render_step_to_x (r, 0, 9.5), y, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_SPAN);
  g_assert_false (hit.blocked_forever);

  /* The worker in the fixed variant, sleeping at step 6. */
  lane_center (r, 1, 2, &y);
  g_assert_true (gor_render_hit_test (r, gor_render_step_to_x (r, 1, 6.5), y, &hit));
  g_assert_cmpint (hit.variant, ==, 1);
  g_assert_true (hit.trace == fixed);
  g_assert_cmpuint (hit.goroutine->id, ==, 3);
  g_assert_cmpint (hit.span->state, ==, GOR_STATE_SLEEPING);

  /* The label column. */
  g_assert_true (gor_render_hit_test (r, 20, y, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_LABEL);
  g_assert_cmpint (hit.goroutine_index, ==, 2);

  /* After the fixed gen goroutine exited: its lane, no span. */
  lane_center (r, 1, 1, &y);
  g_assert_true (gor_render_hit_test (r, gor_render_step_to_x (r, 1, 17.5), y, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_LANE);
  g_assert_null (hit.span);

  /* The header and outside everything. */
  g_assert_true (gor_render_hit_test (r, 200, 20, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_HEADER);
  g_assert_cmpint (hit.variant, ==, 0);
  g_assert_true (gor_render_get_lane_extents (r, 1, 0, &top, &lh));
  g_assert_false (gor_render_hit_test (r, 200, gor_render_get_content_height (r, 1000) + 50, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_NONE);
  g_assert_cmpint (hit.variant, ==, -1);

  /* Scrolling moves the content up under the same point. */
  {
    double first, spp;

    gor_render_get_view (r, &first, &spp, NULL);
    gor_render_set_view (r, first, spp, 40);
    g_assert_true (gor_render_hit_test (r, 20, top + lh / 2 - 40, &hit));
    g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_LABEL);
    g_assert_cmpint (hit.variant, ==, 1);
    g_assert_cmpint (hit.goroutine_index, ==, 0);
  }

  gor_trace_unref (leak);
  gor_trace_unref (fixed);
}

/* One goroutine switching state every step. */
static GorTrace *
busy_trace (guint n_steps)
{
  GorTrace          *t = gor_trace_new ("busy.go", "", 1);
  GorTraceGoroutine *g = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);

  for (guint s = 0; s < n_steps; s++)
    gor_trace_set_state (t, g, s,
                         s % 3 == 0   ? GOR_STATE_RUNNING
                         : s % 3 == 1 ? GOR_STATE_RUNNABLE
                                      : GOR_STATE_BLOCKED,
                         GOR_REASON_CHAN_RECV, 1);
  gor_trace_set_n_steps (t, n_steps);
  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

static cairo_surface_t *
draw_view (GorRender *r, double first, double spp)
{
  gor_render_set_view (r, first, spp, 0);
  return draw_to_image (r);
}

static void
test_lod_merging (void)
{
  g_autoptr (GorTrace) t = busy_trace (30000);
  g_autoptr (GorRender) r = gor_render_new ();
  GorRenderOptions opt;
  cairo_surface_t *a, *b;
  double           lanes_x, y;
  int              shift = 7;
  guint            differ = 0;

  gor_render_options_init (&opt);
  opt.show_output = FALSE;
  gor_render_set_traces (r, t, NULL, NULL);
  gor_render_set_options (r, &opt);
  gor_render_set_size (r, 1000, (int) gor_render_get_content_height (r, 1000));
  lanes_x = gor_render_get_lanes_x (r);

  /* Fitted: 30 000 spans in ~800 pixels merge into at most one per 3 px. */
  gor_render_fit (r);
  a = draw_to_image (r);
  g_assert_cmpuint (gor_render_get_n_drawn_spans (r), <=, (1000 - lanes_x) / 3 + 2);
  g_assert_cmpuint (gor_render_get_n_drawn_spans (r), >=, 100);
  cairo_surface_destroy (a);

  /* Zoomed in to 10 px a step: every span on its own. */
  a = draw_view (r, 1000, 0.1);
  g_assert_cmpuint (gor_render_get_n_drawn_spans (r), >=, (1000 - lanes_x - 16) / 10 - 1);
  g_assert_cmpuint (gor_render_get_n_drawn_spans (r), <=, (1000 - lanes_x - 16) / 10 + 3);
  cairo_surface_destroy (a);

  /* Panning at a merging zoom shifts the picture and changes nothing
   * else: merging does not depend on the scroll position. */
  lane_center (r, 0, 0, &y);
  a = draw_view (r, 1234.0, 7.3);
  b = draw_view (r, 1234.0 + shift * 7.3, 7.3);
  for (int x = (int) lanes_x + 20; x < 900; x++)
    {
      Pixel pa = pixel_at (a, x + shift, (int) y);
      Pixel pb = pixel_at (b, x, (int) y);

      if (pa.r != pb.r || pa.g != pb.g || pa.b != pb.b)
        differ++;
    }
  /* Sub-pixel rounding at piece edges only. */
  g_assert_cmpuint (differ, <, 30);
  cairo_surface_destroy (a);
  cairo_surface_destroy (b);

  /* Zooming within a level keeps the same pieces: same count. */
  a = draw_view (r, 0, 8.1);
  {
    guint n1 = gor_render_get_n_drawn_spans (r);
    cairo_surface_destroy (a);
    a = draw_view (r, 0, 8.2);
    /* A few more steps visible, merged the same way: a few more pieces. */
    g_assert_cmpuint (gor_render_get_n_drawn_spans (r), >=, n1);
    g_assert_cmpuint (gor_render_get_n_drawn_spans (r), <=, n1 * 11 / 10);
  }
  cairo_surface_destroy (a);
}

static void
test_playback_hides_future (void)
{
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  GorRenderOptions opt;
  cairo_surface_t *s;
  double           y;
  int              x;

  gor_render_get_options (r, &opt);
  opt.draw_future = FALSE;
  gor_render_set_options (r, &opt);
  lane_center (r, 0, 1, &y);
  x = (int) gor_render_step_to_x (r, 0, 19.5);

  gor_render_set_playhead (r, 8);
  s = draw_to_image (r);
  maybe_dump (s, "pair-playhead-8.png");
  g_assert_false (is_red (pixel_at (s, x, (int) y)));
  /* Nothing drawn after the playhead: the lane is background there. */
  {
    Pixel p = pixel_at (s, x, (int) y);
    Pixel bg = pixel_at (s, x, (int) y - 9);

    g_assert_cmpint (p.r, ==, bg.r);
    g_assert_cmpint (p.g, ==, bg.g);
  }
  cairo_surface_destroy (s);

  gor_render_set_playhead (r, 20);
  s = draw_to_image (r);
  g_assert_true (is_red (pixel_at (s, x, (int) y)));
  cairo_surface_destroy (s);
}

static void
test_time_axis (void)
{
  GorTrace *leak;
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, &leak, NULL);
  GorRenderOptions opt;
  double           steps_w, time_w, y;
  cairo_surface_t *steps_s, *time_s;
  guint            axis_differ = 0;
  Pixel            p;
  int              x, w, h;

  steps_s = draw_to_image (r);
  gor_render_get_size (r, &w, &h);

  /* The clock reads 0.1 s from step 10 and 1 s from step 14 (step 13 takes
   * 0.9 s): on the time axis steps 10 to 14 take far more room than on
   * the steps axis. */
  steps_w = gor_render_step_to_x (r, 0, 14) - gor_render_step_to_x (r, 0, 10);
  gor_render_get_options (r, &opt);
  opt.axis = GOR_RENDER_AXIS_TIME;
  gor_render_set_options (r, &opt);
  gor_render_fit (r);
  time_w = gor_render_step_to_x (r, 0, 14) - gor_render_step_to_x (r, 0, 10);
  g_assert_cmpfloat (time_w, >, steps_w * 3);
  /* Both axes span the same run. */
  g_assert_cmpfloat (fabs (gor_render_x_to_step (r, 0, gor_render_step_to_x (r, 0, 21)) - 21), <, 0.01);
  g_assert_cmpfloat (fabs (gor_render_x_to_step (r, 0, gor_render_step_to_x (r, 0, 13.5)) - 13.5), <, 0.01);
  /* Linear in virtual time: 0.1 s (step 10) is a tenth of the way to 1 s
   * (step 14), and steps 10 to 13, which take no virtual time, have no
   * width: time is not stretched to make room for them. */
  {
    double x0 = gor_render_step_to_x (r, 0, 0);
    double x_01 = gor_render_step_to_x (r, 0, 10), x_1 = gor_render_step_to_x (r, 0, 14);

    g_assert_cmpfloat (fabs ((x_01 - x0) - 0.1 * (x_1 - x0)), <, 0.01);
    g_assert_cmpfloat (fabs (gor_render_step_to_x (r, 0, 13) - x_01), <, 0.01);
  }
  time_s = draw_to_image (r);
  maybe_dump (time_s, "pair-time-axis.png");

  /* The picture follows the axis: in step 13, from 0.1 s to 1 s, the
   * worker waits for the mutex (amber: the fix's worker, as the leak's is
   * hatched, still blocked when main returned) and gen's goroutine is
   * red. */
  lane_center (r, 1, 2, &y);
  x = (int) gor_render_step_to_x (r, 1, 13.5);
  p = pixel_at (time_s, x, (int) y);
  g_test_message ("worker at step 13.5, x %d: %02x%02x%02x", x, p.r, p.g, p.b);
  g_assert_true (p.r > 200 && p.g > 130 && p.g < 200 && p.b < 90); /* amber: blocked */
  lane_center (r, 0, 1, &y);
  x = (int) gor_render_step_to_x (r, 0, 13.5);
  g_assert_true (is_red (pixel_at (time_s, x, (int) y)));
  /* The axis rows carry other ticks and labels than the steps axis's. */
  for (int yy = 0; yy < h; yy++)
    {
      GorRenderHit hit;

      if (!gor_render_hit_test (r, 10, yy, &hit) || hit.area != GOR_RENDER_HIT_AXIS)
        continue;
      for (int xx = 0; xx < w; xx++)
        {
          Pixel a = pixel_at (steps_s, xx, yy), b = pixel_at (time_s, xx, yy);

          axis_differ += a.r != b.r || a.g != b.g || a.b != b.b;
        }
    }
  g_test_message ("axis rows: %u px differ from the steps axis", axis_differ);
  g_assert_cmpuint (axis_differ, >, 500);
  cairo_surface_destroy (steps_s);
  cairo_surface_destroy (time_s);
  gor_trace_unref (leak);
}

/* No tick label is cut at the picture's right edge: whatever the width,
 * the margin right of the lanes stays empty in the axis rows, on either
 * axis. */
static void
test_tick_labels_inside (void)
{
  static const int widths[] = { 420, 517, 640, 733, 900, 1001, 1280, 1920 };
  guint            checked = 0;

  for (guint a = 0; a < 2; a++)
    for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
      {
        g_autoptr (GorRender) r = pair_render (widths[i], GOR_RENDER_THEME_LIGHT, NULL, NULL);
        GorRenderOptions opt;
        cairo_surface_t *s;
        int              w, h;

        gor_render_get_options (r, &opt);
        opt.axis = a == 0 ? GOR_RENDER_AXIS_STEPS : GOR_RENDER_AXIS_TIME;
        gor_render_set_options (r, &opt);
        gor_render_fit (r);
        s = draw_to_image (r);
        gor_render_get_size (r, &w, &h);
        g_assert_cmpint (w, ==, widths[i]);
        for (int y = 0; y < h; y++)
          {
            GorRenderHit hit;
            Pixel        bg;

            if (!gor_render_hit_test (r, 10, y, &hit) || hit.area != GOR_RENDER_HIT_AXIS)
              continue;
            /* The lanes end 16 px before the edge. */
            bg = pixel_at (s, w - 15, y);
            for (int x = w - 15; x < w; x++)
              {
                Pixel p = pixel_at (s, x, y);

                if (p.r != bg.r || p.g != bg.g || p.b != bg.b)
                  g_error ("width %d, %s axis: ink at x %d, y %d", w, a == 0 ? "steps" : "time", x, y);
              }
            checked++;
          }
        cairo_surface_destroy (s);
      }
  g_test_message ("%u axis rows checked", checked);
  g_assert_cmpuint (checked, >, 2 * G_N_ELEMENTS (widths) * 20);
}

/* The leak and the fixed panel share the time axis: the same virtual time
 * is at the same x in both, whichever run is longer, and their ticks line
 * up. */
static void
test_time_axis_shared (void)
{
  g_autoptr (GorRender) r = gor_render_new ();
  g_autoptr (GorTrace) leak = fixture_gen_trace (TRUE);
  g_autoptr (GorTrace) fixed = fixture_gen_trace (FALSE);
  GorStepValue     late = { 20, G_GINT64_CONSTANT (3000000000) };
  GorRenderOptions opt;
  cairo_surface_t *s;
  int              w, h, y0, y1;
  guint            ticks = 0;

  /* The fixed run's clock goes on to 3 s, the leak's stops at 1 s. */
  g_array_append_val (fixed->vtime, late);
  gor_render_options_init (&opt);
  opt.axis = GOR_RENDER_AXIS_TIME;
  opt.show_output = FALSE;
  gor_render_set_traces (r, leak, fixed, "shared");
  gor_render_set_options (r, &opt);
  gor_render_set_size (r, 1000, (int) gor_render_get_content_height (r, 1000));
  gor_render_fit (r);
  gor_render_set_playhead (r, gor_render_get_n_steps (r));

  /* 0 s, 0.1 s and 1 s at the same x in both panels */
  g_assert_cmpfloat (fabs (gor_render_step_to_x (r, 0, 0) - gor_render_step_to_x (r, 1, 0)), <, 0.01);
  g_assert_cmpfloat (fabs (gor_render_step_to_x (r, 0, 10) - gor_render_step_to_x (r, 1, 10)), <, 0.01);
  g_assert_cmpfloat (fabs (gor_render_step_to_x (r, 0, 14) - gor_render_step_to_x (r, 1, 14)), <, 0.01);
  /* 1 s is a third of 3 s */
  g_assert_cmpfloat (fabs ((gor_render_step_to_x (r, 1, 14) - gor_render_step_to_x (r, 1, 0))
                           - (gor_render_step_to_x (r, 1, 21) - gor_render_step_to_x (r, 1, 0)) / 3),
                     <, 0.01);

  /* The tick lines: every grid column drawn just above the leak's lanes,
   * up to its end, is drawn above the fixed panel's lanes too. */
  s = draw_to_image (r);
  maybe_dump (s, "pair-time-axis-shared.png");
  gor_render_get_size (r, &w, &h);
  {
    double ly0, ly1;

    gor_render_get_lane_extents (r, 0, 0, &ly0, NULL);
    gor_render_get_lane_extents (r, 1, 0, &ly1, NULL);
    y0 = (int) ly0 - 2;
    y1 = (int) ly1 - 2;
  }
  for (int x = (int) gor_render_get_lanes_x (r) + 1; x < (int) gor_render_step_to_x (r, 0, 21) + 2; x++)
    {
      Pixel    a = pixel_at (s, x, y0), a_prev = pixel_at (s, x - 1, y0);
      Pixel    b = pixel_at (s, x, y1), b_prev = pixel_at (s, x - 1, y1);
      gboolean tick_a = a.r < a_prev.r - 8, tick_b = b.r < b_prev.r - 8;

      ticks += tick_a;
      g_assert_cmpint (tick_a, ==, tick_b);
    }
  g_test_message ("%u ticks line up", ticks);
  g_assert_cmpuint (ticks, >=, 2);
  cairo_surface_destroy (s);
}

static gboolean
run_tool (const char *const *argv, char **err_out)
{
  g_autoptr (GError) error = NULL;
  int status = 0;

  if (!g_spawn_sync (NULL, (char **) argv, NULL, G_SPAWN_SEARCH_PATH | G_SPAWN_STDOUT_TO_DEV_NULL, NULL, NULL,
                     NULL, err_out, &status, &error))
    {
      g_test_message ("%s: %s", argv[0], error->message);
      return FALSE;
    }
  return g_spawn_check_wait_status (status, NULL);
}

static guint
count_entries (const char *dir)
{
  g_autoptr (GDir) d = g_dir_open (dir, 0, NULL);
  guint n = 0;

  while (d && g_dir_read_name (d))
    n++;
  return n;
}

static void
test_export_svg (void)
{
  g_autoptr (GorTrace) leak = fixture_gen_trace (TRUE);
  g_autoptr (GorTrace) fixed = fixture_gen_trace (FALSE);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gor-render-XXXXXX", NULL);
  g_autofree char *svg = g_build_filename (dir, "pair.svg", NULL);
  g_autofree char *png = g_build_filename (dir, "pair-from-svg.png", NULL);
  g_autofree char *contents = NULL;
  g_autofree char *err = NULL;
  gsize            len;
  cairo_surface_t *s;
  const char      *xmllint[] = { "xmllint", "--noout", svg, NULL };
  const char      *rsvg[] = { "rsvg-convert", "-o", png, svg, NULL };

  g_assert_true (gor_export_traces (leak, fixed, "Channel send without a receiver", NULL, 1000, 0, svg,
                                    GOR_EXPORT_FORMAT_SVG, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (svg, &contents, &len, NULL));
  g_assert_true (g_str_has_prefix (contents, "<?xml"));
  g_assert_nonnull (strstr (contents, "<svg"));
  g_assert_nonnull (strstr (contents, "width=\"1000px\""));
  /* Small: a dozen spans and some text. */
  g_assert_cmpuint (len, <, 200 * 1024);
  /* Nothing but the file itself is left in the folder. */
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_assert_true (run_tool (xmllint, &err));
  g_clear_pointer (&err, g_free);
  g_assert_true (run_tool (rsvg, &err));
  s = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1000);
  maybe_dump (s, "pair-from-svg.png");
  /* What a viewer shows is the picture the window draws: same layout,
   * the leak red, the fix red only in its legend. */
  {
    g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
    cairo_surface_t *direct = draw_to_image (r);
    guint            red_leak, red_fixed_header, red_fixed_other, direct_leak, unused1, unused2;

    g_assert_cmpint (cairo_image_surface_get_height (s), ==, cairo_image_surface_get_height (direct));
    count_red (r, s, &red_leak, &red_fixed_header, &red_fixed_other);
    count_red (r, direct, &direct_leak, &unused1, &unused2);
    g_test_message ("SVG: %u red px in the leak (%u drawn directly), %u in the fix's legend, %u elsewhere",
                    red_leak, direct_leak, red_fixed_header, red_fixed_other);
    g_assert_cmpuint (red_leak, >=, direct_leak * 95 / 100);
    g_assert_cmpuint (red_leak, <=, direct_leak * 105 / 100);
    g_assert_cmpuint (red_fixed_header, >, 0);
    g_assert_cmpuint (red_fixed_other, ==, 0);
    cairo_surface_destroy (direct);
  }
  cairo_surface_destroy (s);

  g_unlink (svg);
  g_unlink (png);
  g_rmdir (dir);
}

static void
test_export_png (void)
{
  g_autoptr (GorTrace) leak = fixture_gen_trace (TRUE);
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gor-render-XXXXXX", NULL);
  g_autofree char *path = g_build_filename (dir, "one.png", NULL);
  g_autofree char *contents = NULL;
  gsize            len;
  cairo_surface_t *s;
  GorExportFormat  format;

  g_assert_true (gor_export_format_from_path (path, &format));
  g_assert_cmpint (format, ==, GOR_EXPORT_FORMAT_PNG);
  g_assert_true (gor_export_format_from_path ("a/b.SVG", &format));
  g_assert_cmpint (format, ==, GOR_EXPORT_FORMAT_SVG);
  g_assert_false (gor_export_format_from_path ("a.pdf", &format));
  g_assert_false (gor_export_format_from_path ("x.svg/file", &format));
  g_assert_true (gor_export_format_from_path (path, &format));

  g_assert_true (gor_export_traces (leak, NULL, NULL, NULL, 800, 0, path, format, &error));
  g_assert_no_error (error);
  g_assert_true (g_file_get_contents (path, &contents, &len, NULL));
  g_assert_cmpuint (len, >, 8);
  g_assert_cmpmem (contents, 8, "\x89PNG\r\n\x1a\n", 8);
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_surface_status (s), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 800);
  /* An opaque picture with the leak in red below the title and legend
   * (the first 64 px). */
  {
    guint32 corner = *(const guint32 *) (gconstpointer) cairo_image_surface_get_data (s);
    guint   red = 0;

    g_assert_cmpuint (corner >> 24, ==, 0xff);
    for (int y = 64; y < cairo_image_surface_get_height (s); y++)
      for (int x = 0; x < 800; x++)
        red += is_red (pixel_at (s, x, y));
    g_test_message ("PNG: %u red px below the header", red);
    g_assert_cmpuint (red, >, 2000);
  }
  cairo_surface_destroy (s);

  /* Overwriting an existing file works and leaves one file. */
  g_assert_true (gor_export_traces (leak, NULL, NULL, NULL, 700, 300, path, format, &error));
  g_assert_no_error (error);
  s = cairo_image_surface_create_from_png (path);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 700);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 300);
  cairo_surface_destroy (s);
  g_assert_cmpuint (count_entries (dir), ==, 1);

  g_unlink (path);
  g_rmdir (dir);
}

static void
test_export_failures (void)
{
  g_autoptr (GorTrace) leak = fixture_gen_trace (TRUE);
  g_autofree char *dir = g_dir_make_tmp ("gor-render-XXXXXX", NULL);
  g_autofree char *missing = g_build_filename (dir, "no-such-dir", "x.svg", NULL);
  g_autofree char *ro_dir = g_build_filename (dir, "read-only", NULL);
  g_autofree char *ro_file = g_build_filename (ro_dir, "x.png", NULL);
  g_autofree char *is_dir = g_build_filename (dir, "a-folder.svg", NULL);
  GError          *error = NULL;

  /* A folder that does not exist. */
  g_assert_false (gor_export_traces (leak, NULL, NULL, NULL, 600, 0, missing, GOR_EXPORT_FORMAT_SVG, &error));
  g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE);
  g_assert_nonnull (strstr (error->message, missing));
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);

  /* A folder we may not write to.  Root may write to a mode 0555 folder,
   * not to /sys, which takes no new files from anyone. */
  g_assert_cmpint (g_mkdir (ro_dir, 0555), ==, 0);
  if (geteuid () != 0)
    {
      g_assert_false (
          gor_export_traces (leak, NULL, NULL, NULL, 600, 0, ro_file, GOR_EXPORT_FORMAT_PNG, &error));
      g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE);
      g_assert_nonnull (strstr (error->message, "Permission denied"));
      g_clear_error (&error);
      g_assert_cmpuint (count_entries (ro_dir), ==, 0);
    }
  else
    {
      g_assert_false (gor_export_traces (leak, NULL, NULL, NULL, 600, 0, "/sys/gorolanes-export.png",
                                         GOR_EXPORT_FORMAT_PNG, &error));
      g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE);
      g_test_message ("as root: %s", error->message);
      g_assert_nonnull (strstr (error->message, "/sys/gorolanes-export.png"));
      g_assert_true (strstr (error->message, "Permission denied")
                     || strstr (error->message, "Read-only file system"));
      g_clear_error (&error);
    }

  /* A path through a regular file: no folder to write into, even as root. */
  {
    g_autofree char *file = g_build_filename (dir, "a-file", NULL);
    g_autofree char *through = g_build_filename (file, "x.svg", NULL);

    g_assert_true (g_file_set_contents (file, "", 0, NULL));
    g_assert_false (
        gor_export_traces (leak, NULL, NULL, NULL, 600, 0, through, GOR_EXPORT_FORMAT_SVG, &error));
    g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE);
    g_assert_nonnull (strstr (error->message, through));
    g_clear_error (&error);
    g_unlink (file);
  }

  /* The target is a folder: the rename fails, the temporary goes. */
  g_assert_cmpint (g_mkdir (is_dir, 0755), ==, 0);
  g_assert_false (gor_export_traces (leak, NULL, NULL, NULL, 600, 0, is_dir, GOR_EXPORT_FORMAT_SVG, &error));
  g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE);
  g_assert_null (strchr (error->message, '\n'));
  g_clear_error (&error);
  g_assert_cmpuint (count_entries (is_dir), ==, 0);
  /* read-only and a-folder.svg: nothing else left behind. */
  g_assert_cmpuint (count_entries (dir), ==, 2);

  /* Too large a picture. */
  g_assert_false (
      gor_export_traces (leak, NULL, NULL, NULL, 40000, 0, is_dir, GOR_EXPORT_FORMAT_PNG, &error));
  g_assert_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_SIZE);
  g_clear_error (&error);

  g_rmdir (is_dir);
  g_rmdir (ro_dir);
  g_rmdir (dir);
}

/* The golden picture, region by region.  A region's ink is what differs
 * from its row's background in the golden picture (the right edge, where
 * nothing is drawn); a region may lose or gain a twentieth of its ink to
 * antialiasing, no more, so a missing label column, output panel, legend
 * or span shows however small it is beside the whole picture. */
typedef enum
{
  REGION_TITLE,
  REGION_LEGEND,
  REGION_AXIS,
  REGION_LABELS,
  REGION_SPANS,
  REGION_COUNT,
  REGION_OUTPUT,
  N_REGIONS
} Region;

static const char *const region_names[N_REGIONS] = {
  "title", "legend", "axis", "lane labels", "spans", "goroutine count", "output panel",
};

typedef struct
{
  guint pixels, ink, differ, red_golden, red_now;
} RegionStats;

static gboolean
pixels_differ (Pixel a, Pixel b)
{
  return ABS (a.r - b.r) > 40 || ABS (a.g - b.g) > 40 || ABS (a.b - b.b) > 40;
}

static void
compare_regions (GorRender *r, cairo_surface_t *now, cairo_surface_t *golden, RegionStats stats[][N_REGIONS])
{
  int      w = cairo_image_surface_get_width (now), h = cairo_image_surface_get_height (now);
  double   lanes_x = gor_render_get_lanes_x (r);
  gboolean past_title[2] = { FALSE, FALSE }, in_title[2] = { FALSE, FALSE };

  for (int y = 0; y < h; y++)
    {
      Pixel        bg = pixel_at (golden, w - 2, y);
      gboolean     row_ink = FALSE;
      GorRenderHit hit;
      Region       row;
      int          v;

      /* The label column's x is inside every variant's rows. */
      if (!gor_render_hit_test (r, 10, y, &hit))
        continue;
      v = hit.variant;
      switch (hit.area)
        {
        case GOR_RENDER_HIT_HEADER:
          for (int x = 0; x < w && !row_ink; x++)
            row_ink = pixels_differ (pixel_at (golden, x, y), bg);
          /* The first band of ink is the title, the rest the legend. */
          if (row_ink && !past_title[v])
            in_title[v] = TRUE;
          else if (!row_ink && in_title[v])
            {
              in_title[v] = FALSE;
              past_title[v] = TRUE;
            }
          row = past_title[v] ? REGION_LEGEND : REGION_TITLE;
          break;
        case GOR_RENDER_HIT_AXIS: row = REGION_AXIS; break;
        case GOR_RENDER_HIT_LABEL: row = REGION_LABELS; break;
        case GOR_RENDER_HIT_COUNT: row = REGION_COUNT; break;
        case GOR_RENDER_HIT_OUTPUT: row = REGION_OUTPUT; break;
        case GOR_RENDER_HIT_NONE:
        case GOR_RENDER_HIT_LANE:
        case GOR_RENDER_HIT_SPAN:
        default: g_assert_not_reached ();
        }

      for (int x = 0; x < w; x++)
        {
          Pixel        a = pixel_at (now, x, y), b = pixel_at (golden, x, y);
          RegionStats *st = &stats[v][row == REGION_LABELS && x >= lanes_x ? REGION_SPANS : row];

          st->pixels++;
          st->ink += pixels_differ (b, bg);
          st->differ += pixels_differ (a, b);
          st->red_golden += is_red (b);
          st->red_now += is_red (a);
        }
    }
}

static void
test_golden (void)
{
  g_autoptr (GorRender) r = pair_render (900, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  cairo_surface_t *s = draw_to_image (r);
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "golden", "render-pair.png", NULL);
  RegionStats      stats[2][N_REGIONS] = { { { 0 } } };
  g_autoptr (GString) failed = g_string_new (NULL);
  cairo_surface_t *g;
  int              w, h;

  /* Rewriting compares nothing: it writes the picture and fails, so that
   * a run that rewrote the golden picture never counts as a pass. */
  if (g_strcmp0 (g_getenv ("GOROLANES_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (s, golden), ==, CAIRO_STATUS_SUCCESS);
      cairo_surface_destroy (s);
      g_test_fail_printf ("rewrote %s and compared nothing: look at it, then run the test "
                          "again without GOROLANES_UPDATE_GOLDEN",
                          golden);
      return;
    }

  g = cairo_image_surface_create_from_png (golden);
  g_assert_cmpint (cairo_surface_status (g), ==, CAIRO_STATUS_SUCCESS);
  w = cairo_image_surface_get_width (s);
  h = cairo_image_surface_get_height (s);
  g_assert_cmpint (cairo_image_surface_get_width (g), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (g), ==, h);

  compare_regions (r, s, g, stats);
  for (int v = 0; v < 2; v++)
    for (int i = 0; i < N_REGIONS; i++)
      {
        const RegionStats *st = &stats[v][i];
        const char        *variant = v == 0 ? "leak" : "fixed";

        g_test_message ("%s %s: %u px, ink %u, differ %u, red %u (golden %u)", variant, region_names[i],
                        st->pixels, st->ink, st->differ, st->red_now, st->red_golden);
        /* Every region is there and has something drawn in it. */
        if (st->ink <= 50)
          g_string_append_printf (failed, "%s %s: %u px of ink in the golden picture; ", variant,
                                  region_names[i], st->ink);
        if (st->differ > st->ink / 20)
          g_string_append_printf (failed, "%s %s: %u px differ, at most %u allowed; ", variant,
                                  region_names[i], st->differ, st->ink / 20);
        /* Red is the point of the picture: the leak keeps all of its own,
         * the fix has none outside its legend. */
        if (v == 0 && (st->red_now < st->red_golden * 98 / 100 || st->red_now > st->red_golden * 102 / 100))
          g_string_append_printf (failed, "leak %s: %u red px, %u in the golden picture; ", region_names[i],
                                  st->red_now, st->red_golden);
        if (v == 1 && i != REGION_LEGEND && st->red_now > 0)
          g_string_append_printf (failed, "fixed %s: %u red px; ", region_names[i], st->red_now);
      }
  g_assert_cmpstr (failed->str, ==, "");
  g_assert_cmpuint (stats[0][REGION_SPANS].red_golden, >, 2000);
  g_assert_cmpuint (stats[1][REGION_LEGEND].red_now, >, 0);

  cairo_surface_destroy (g);
  cairo_surface_destroy (s);
}

/* Links and arrows are drawn where they should be: a hand-off arrow and a
 * creation link pass between lanes 0 and 1 of the leak variant. */
static void
test_arrows_and_links_toggle (void)
{
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  GorRenderOptions opt;
  cairo_surface_t *on, *off;
  double           y0, y1;
  guint            differ = 0;

  lane_center (r, 0, 0, &y0);
  lane_center (r, 0, 1, &y1);
  on = draw_to_image (r);
  gor_render_get_options (r, &opt);
  opt.show_handoffs = FALSE;
  opt.show_creation_links = FALSE;
  gor_render_set_options (r, &opt);
  off = draw_to_image (r);
  for (int y = (int) y0; y < (int) y1; y++)
    for (int x = (int) gor_render_get_lanes_x (r); x < 1000; x++)
      {
        Pixel a = pixel_at (on, x, y), b = pixel_at (off, x, y);

        if (a.r != b.r || a.g != b.g || a.b != b.b)
          differ++;
      }
  g_assert_cmpuint (differ, >, 20);
  cairo_surface_destroy (on);
  cairo_surface_destroy (off);
}

/* 2 000 goroutines and 10 000 channel hand-offs: a few seconds at most,
 * and an SVG that stays small because spans merge. */
static void
test_export_big (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("big.go", "", 1);
  g_autoptr (GError) error = NULL;
  g_autofree char    *dir = g_dir_make_tmp ("gor-render-XXXXXX", NULL);
  g_autofree char    *svg = g_build_filename (dir, "big.svg", NULL);
  GorTraceGoroutine **gs = g_new (GorTraceGoroutine *, 2000);
  GStatBuf            st;
  clock_t             t0;
  guint32             s = 0;

  gs[0] = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  gor_trace_set_state (t, gs[0], 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  for (guint i = 1; i < 2000; i++, s++)
    {
      gs[i] = gor_trace_add_goroutine (t, i + 1, 1, "main.handle", "main", "big.go", 9, s);
      gor_trace_set_state (t, gs[i], s, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 12);
      gor_trace_set_num_goroutines (t, s, i + 1);
    }
  gor_trace_set_state (t, gs[0], s, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 5);
  for (guint k = 0; k < 10000; k++, s += 2)
    {
      GorTraceGoroutine *g = gs[1 + k % 1999];

      gor_trace_set_state (t, g, s, GOR_STATE_RUNNING, GOR_REASON_NONE, 12);
      gor_trace_set_state (t, gs[0], s + 1, GOR_STATE_RUNNING, GOR_REASON_NONE, 5);
      gor_trace_add_handoff (t, g->id, s, 1, s + 1, 1);
      gor_trace_set_state (t, g, s + 1, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 13);
      gor_trace_set_state (t, gs[0], s + 2, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 5);
    }
  gor_trace_set_n_steps (t, s + 1);
  for (guint i = 1; i < 2000; i += 2)
    gor_trace_mark_blocked_forever (t, gs[i], s - 100, GOR_REASON_CHAN_SEND, 13);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  g_free (gs);

  /* CPU time: a busy machine must not fail this, a slow renderer must. */
  t0 = clock ();
  g_assert_true (gor_export_traces (t, NULL, NULL, NULL, 1600, 0, svg, GOR_EXPORT_FORMAT_SVG, &error));
  g_assert_no_error (error);
  g_test_message ("2 000 goroutines: SVG in %.0f ms CPU", (clock () - t0) * 1000.0 / CLOCKS_PER_SEC);
  g_assert_cmpfloat ((double) (clock () - t0) / CLOCKS_PER_SEC, <, 5.0);
  g_assert_cmpint (g_stat (svg, &st), ==, 0);
  g_test_message ("SVG size %ld bytes", (long) st.st_size);
  if (g_getenv ("GOROLANES_RENDER_DUMP"))
    {
      g_autofree char *keep = g_build_filename (g_getenv ("GOROLANES_RENDER_DUMP"), "big.svg", NULL);
      g_rename (svg, keep);
    }
  g_assert_cmpint (st.st_size, <, 4 * 1024 * 1024);
  g_unlink (svg);
  g_rmdir (dir);
}

/* Hover and selection are an overlay: they change their lane only, and the
 * content pass does not draw them. */
static void
test_overlay (void)
{
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  cairo_surface_t *plain, *selected, *content;
  double           top, lh, other_top;
  guint            inside = 0, outside = 0;
  int              w, h;
  cairo_t         *cr;

  gor_render_set_playhead (r, 5);
  plain = draw_to_image (r);
  gor_render_set_selection (r, 1, 2);
  selected = draw_to_image (r);
  g_assert_true (gor_render_get_lane_extents (r, 1, 2, &top, &lh));
  g_assert_true (gor_render_get_lane_extents (r, 0, 0, &other_top, NULL));

  for (int x = 0; x < 1000; x++)
    {
      Pixel a = pixel_at (plain, x, (int) (top + 3)), b = pixel_at (selected, x, (int) (top + 3));
      Pixel c = pixel_at (plain, x, (int) (other_top + 3)), d = pixel_at (selected, x, (int) (other_top + 3));

      inside += a.r != b.r || a.g != b.g || a.b != b.b;
      outside += c.r != d.r || c.g != d.g || c.b != d.b;
    }
  g_assert_cmpuint (inside, >, 900);
  g_assert_cmpuint (outside, ==, 0);

  /* The content pass alone has neither the selection nor the playhead. */
  gor_render_get_size (r, &w, &h);
  content = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, w, h);
  cr = cairo_create (content);
  gor_render_draw_content (r, cr);
  cairo_destroy (cr);
  cairo_surface_flush (content);
  inside = 0;
  for (int x = 0; x < 1000; x++)
    {
      Pixel a = pixel_at (plain, x, (int) (top + 3)), b = pixel_at (content, x, (int) (top + 3));

      inside += a.r != b.r || a.g != b.g || a.b != b.b;
    }
  /* Only the playhead's column differs from the plain picture. */
  g_assert_cmpuint (inside, >, 0);
  g_assert_cmpuint (inside, <=, 3);

  cairo_surface_destroy (plain);
  cairo_surface_destroy (selected);
  cairo_surface_destroy (content);
}

/* A deadlock found in the run's last step leaves no room for a red piece:
 * the lane still ends in red. */
static void
test_forever_in_last_step (void)
{
  g_autoptr (GorTrace) t = gor_trace_new ("dl.go", "", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  g_autoptr (GorRender) r = gor_render_new ();
  cairo_surface_t *s;
  double           y, x_end;
  guint            red = 0;

  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  gor_trace_set_n_steps (t, 4);
  gor_trace_set_state (t, m, 4, GOR_STATE_BLOCKED, GOR_REASON_MUTEX_LOCK, 5);
  gor_trace_mark_blocked_forever (t, m, 4, GOR_REASON_MUTEX_LOCK, 5);
  gor_trace_finish (t, GOR_END_DEADLOCK, 2, "fatal error: all goroutines are asleep - deadlock!");

  gor_render_set_traces (r, t, NULL, NULL);
  gor_render_set_size (r, 800, (int) gor_render_get_content_height (r, 800));
  gor_render_fit (r);
  gor_render_set_playhead (r, 4);
  s = draw_to_image (r);
  maybe_dump (s, "deadlock-tail.png");
  lane_center (r, 0, 0, &y);
  x_end = gor_render_step_to_x (r, 0, 4);
  for (int x = (int) x_end - 2; x < (int) x_end + 12; x++)
    red += is_red (pixel_at (s, x, (int) y));
  g_assert_cmpuint (red, >=, 5);
  /* Nothing red before the end. */
  g_assert_false (is_red (pixel_at (s, (int) gor_render_step_to_x (r, 0, 2), (int) y)));
  cairo_surface_destroy (s);
}

/* Pixels dark enough to be a span's words, not its colour. */
static guint
count_dark (cairo_surface_t *s, int x0, int x1, int y0, int y1)
{
  guint n = 0;

  for (int x = x0; x < x1; x++)
    for (int y = y0; y < y1; y++)
      {
        Pixel p = pixel_at (s, x, y);

        n += p.r + p.g + p.b < 300;
      }
  return n;
}

/* A span's words are written whole or not at all in the part of it that
 * playback has reached: they are not cut by the playhead. */
static void
test_span_text_at_playhead (void)
{
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  GorRenderOptions opt;
  cairo_surface_t *s;
  double           y;
  int              x9, x10, xe;

  /* The fixed side's g2 waits in select from step 9 to 11. */

  gor_render_get_options (r, &opt);
  opt.draw_future = FALSE;
  gor_render_set_options (r, &opt);
  lane_center (r, 1, 1, &y);
  x9 = (int) gor_render_step_to_x (r, 1, 9);
  x10 = (int) gor_render_step_to_x (r, 1, 10);
  xe = (int) gor_render_step_to_x (r, 1, 11);

  /* The whole span has room for its words: they are there. */
  gor_render_set_playhead (r, gor_render_get_n_steps (r));
  s = draw_to_image (r);
  g_assert_cmpuint (count_dark (s, x9 + 2, xe - 2, (int) y - 3, (int) y + 3), >, 0);
  cairo_surface_destroy (s);

  /* One step of the fixed side's select shown: too short for its word,
   * so none of it. */
  gor_render_set_playhead (r, 10);
  s = draw_to_image (r);
  maybe_dump (s, "pair-span-text-playhead-10.png");
  g_assert_cmpint (x10 - x9, <, 60);
  g_assert_cmpuint (count_dark (s, x9 + 2, x10 - 1, (int) y - 3, (int) y + 3), ==, 0);
  cairo_surface_destroy (s);
}

/* Words on a span stay inside its lane, on the span's colour: in lanes
 * squeezed to the least height the bar is thinner than a line of text,
 * and the words sit on a tag of the span's colour as tall as they are. */
static void
test_span_text_inside_bar (void)
{
  g_autoptr (GorRender) r = pair_render (1000, GOR_RENDER_THEME_LIGHT, NULL, NULL);
  GorRenderOptions opt;
  cairo_surface_t *s;
  double           top, h;
  int              x9, x11;

  for (int scale10 = 10; scale10 <= 14; scale10 += 4)
    {
      gor_render_get_options (r, &opt);
      opt.font_scale = scale10 / 10.0;
      opt.lane_height = 14 * opt.font_scale;
      gor_render_set_options (r, &opt);
      gor_render_set_size (r, 1000, (int) gor_render_get_content_height (r, 1000));
      gor_render_fit (r);
      /* The fixed side's g2 waits in select from step 9 to 11, room
       * enough for the word in width. */
      x9 = (int) gor_render_step_to_x (r, 1, 9);
      x11 = (int) gor_render_step_to_x (r, 1, 11);
      g_assert_true (gor_render_get_lane_extents (r, 1, 1, &top, &h));
      s = draw_to_image (r);
      maybe_dump (s, "pair-thin-lanes.png");
      /* The word is there, inside the lane... */
      g_assert_cmpuint (count_dark (s, x9 + 2, x11 - 2, (int) top, (int) (top + h)), >, 0);
      /* ...not above or below it... */
      g_assert_cmpuint (count_dark (s, x9 + 2, x11 - 2, (int) top - 4, (int) top), ==, 0);
      g_assert_cmpuint (count_dark (s, x9 + 2, x11 - 2, (int) (top + h), (int) (top + h) + 4), ==, 0);
      /* ...and on the span's colour, not the lane's background, in every
       * row it has ink in (the tag starts just left of the word). */
      for (int y = (int) top; y < (int) (top + h); y++)
        if (count_dark (s, x9 + 2, x11 - 2, y, y + 1) > 0)
          {
            Pixel p = pixel_at (s, x9 + 3, y);

            g_assert_false (p.r > 230 && p.g > 230 && p.b > 230);
          }
      cairo_surface_destroy (s);
    }
}

int
main (int argc, char *argv[])
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/leak-is-red", test_leak_is_red);
  g_test_add_func ("/render/dark-leak-is-red", test_dark_leak_is_red);
  g_test_add_func ("/render/fixed-has-no-red", test_fixed_has_no_red);
  g_test_add_func ("/render/lane-count", test_lane_count);
  g_test_add_func ("/render/hit-testing", test_hit_testing);
  g_test_add_func ("/render/lod-merging", test_lod_merging);
  g_test_add_func ("/render/playback-hides-future", test_playback_hides_future);
  g_test_add_func ("/render/time-axis", test_time_axis);
  g_test_add_func ("/render/time-axis-shared", test_time_axis_shared);
  g_test_add_func ("/render/tick-labels-inside", test_tick_labels_inside);
  g_test_add_func ("/render/arrows-and-links", test_arrows_and_links_toggle);
  g_test_add_func ("/render/overlay", test_overlay);
  g_test_add_func ("/render/forever-in-last-step", test_forever_in_last_step);
  g_test_add_func ("/render/span-text-at-playhead", test_span_text_at_playhead);
  g_test_add_func ("/render/span-text-inside-bar", test_span_text_inside_bar);
  g_test_add_func ("/render/golden", test_golden);
  g_test_add_func ("/render/export-svg", test_export_svg);
  g_test_add_func ("/render/export-png", test_export_png);
  g_test_add_func ("/render/export-failures", test_export_failures);
  g_test_add_func ("/render/export-big", test_export_big);

  return g_test_run ();
}
