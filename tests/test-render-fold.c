/* test-render-fold.c — folded lanes and the accounting of every goroutine
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The folding rule (same creation site, same history), expanding a fold,
 * the minimum lane height, and the rule that no goroutine is ever left
 * out without the picture saying so: drawn + folded + left out is the
 * number of goroutines, under any height.
 *
 * The golden picture: GOROLANES_UPDATE_GOLDEN=1 rewrites it on purpose
 * (the test then fails: a rewrite is never a pass).
 */

#include "config.h"

#include <glib/gstdio.h>
#include <math.h>
#include <string.h>

#include "gor-export.h"
#include "gor-render.h"

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

static gboolean
same_pixel (Pixel a, Pixel b)
{
  return a.r == b.r && a.g == b.g && a.b == b.b;
}

static gboolean
is_red (Pixel p)
{
  return p.r > 180 && p.g < 90 && p.b < 90;
}

/* Shaped like scenario 08: main starts twelve handlers at leak.go:15 one
 * after another; the even ones block forever on their send at line 16,
 * the odd ones send and exit.  Two workers at leak.go:30 (too few to
 * fold), and one handler that blocks at another line (its own history). */
#define N_HANDLERS 12

static GorTrace *
fold_trace (void)
{
  GorTrace          *t = gor_trace_new ("leak.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  guint32            s = 0, id = 2;

  gor_trace_set_vtime (t, 0, 0);
  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 20);
  for (guint i = 0; i < N_HANDLERS; i++, s += 4)
    {
      GorTraceGoroutine *h
          = gor_trace_add_goroutine (t, id++, 1, "main.handle.func1", "main.handle", "leak.go", 15, s);

      gor_trace_set_num_goroutines (t, s, id - 1);
      gor_trace_set_state (t, h, s, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 15);
      gor_trace_set_state (t, m, s + 1, GOR_STATE_SLEEPING, GOR_REASON_SLEEP, 22);
      gor_trace_set_state (t, h, s + 1, GOR_STATE_RUNNING, GOR_REASON_NONE, 16);
      gor_trace_set_state (t, h, s + 2, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 16);
      if (i % 2 == 1)
        gor_trace_set_state (t, h, s + 3, GOR_STATE_EXITED, GOR_REASON_NONE, 17);
      gor_trace_set_state (t, m, s + 3, GOR_STATE_RUNNING, GOR_REASON_NONE, 21);
    }
  for (guint i = 0; i < 2; i++, s += 2)
    {
      GorTraceGoroutine *w = gor_trace_add_goroutine (t, id++, 1, "main.worker", "main", "leak.go", 30, s);

      gor_trace_set_state (t, w, s, GOR_STATE_RUNNING, GOR_REASON_NONE, 31);
      gor_trace_set_state (t, w, s + 1, GOR_STATE_EXITED, GOR_REASON_NONE, 32);
    }
  {
    GorTraceGoroutine *odd
        = gor_trace_add_goroutine (t, id++, 1, "main.handle.func1", "main.handle", "leak.go", 15, s);

    gor_trace_set_state (t, odd, s, GOR_STATE_RUNNING, GOR_REASON_NONE, 16);
    gor_trace_set_state (t, odd, s + 1, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 18);
  }
  gor_trace_set_n_steps (t, s + 4);
  gor_trace_set_state (t, m, s + 4, GOR_STATE_EXITED, GOR_REASON_NONE, 25);
  for (guint i = 0; i < N_HANDLERS; i += 2)
    gor_trace_mark_blocked_forever (t, g_ptr_array_index (t->goroutines, 1 + i), 4 * i + 3,
                                    GOR_REASON_CHAN_SEND, 16);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

static GorRender *
render_for (GorTrace *t, int width, const GorRenderOptions *options)
{
  GorRender       *r = gor_render_new ();
  GorRenderOptions opt;

  if (options)
    opt = *options;
  else
    gor_render_options_init (&opt);
  gor_render_set_traces (r, t, NULL, "Folding");
  gor_render_set_options (r, &opt);
  gor_render_set_size (r, width, (int) ceil (gor_render_get_content_height (r, width)));
  gor_render_fit (r);
  gor_render_set_playhead (r, gor_render_get_n_steps (r));
  return r;
}

static double
lane_y (GorRender *r, int index)
{
  double y = -1;

  g_assert_true (gor_render_get_lane_extents (r, 0, index, &y, NULL));
  return y;
}

static void
assert_accounted (GorRender *r, GorTrace *t, guint *drawn_out, guint *left_out_out)
{
  guint drawn, folded, left_out;

  gor_render_get_lane_accounting (r, 0, &drawn, &folded, &left_out);
  g_test_message ("%u goroutines: %u drawn, %u folded, %u left out", gor_trace_get_n_goroutines (t), drawn,
                  folded, left_out);
  g_assert_cmpuint (drawn + folded + left_out, ==, gor_trace_get_n_goroutines (t));
  if (drawn_out)
    *drawn_out = drawn;
  if (left_out_out)
    *left_out_out = left_out;
}

static void
test_fold_rule (void)
{
  g_autoptr (GorTrace) t = fold_trace ();
  g_autoptr (GorRender) r = render_for (t, 1000, NULL);
  int          odd = 1 + N_HANDLERS + 2;
  guint        drawn;
  GorRenderHit hit;
  double       lh;

  /* main, the blocked-forever fold, the exited fold, two workers and the
   * handler with its own history: six lanes. */
  assert_accounted (r, t, &drawn, NULL);
  g_assert_cmpuint (drawn, ==, 6);

  /* Same site and history, created at different steps: one lane. */
  for (int i = 3; i <= N_HANDLERS; i += 2)
    g_assert_cmpfloat (lane_y (r, i), ==, lane_y (r, 1));
  for (int i = 4; i <= N_HANDLERS; i += 2)
    g_assert_cmpfloat (lane_y (r, i), ==, lane_y (r, 2));
  /* Another verdict, another lane; a fold stands where its first was. */
  g_assert_cmpfloat (lane_y (r, 2), >, lane_y (r, 1));
  g_assert_cmpfloat (lane_y (r, 1), >, lane_y (r, 0));
  /* Two of a kind stay apart; a different history is not folded in. */
  g_assert_cmpfloat (lane_y (r, N_HANDLERS + 1), !=, lane_y (r, N_HANDLERS + 2));
  g_assert_cmpfloat (lane_y (r, odd), !=, lane_y (r, 1));
  g_assert_cmpfloat (lane_y (r, odd), !=, lane_y (r, 2));

  /* The fold's label says how many, and is a fold. */
  gor_render_get_lane_extents (r, 0, 1, NULL, &lh);
  g_assert_true (gor_render_hit_test (r, 20, lane_y (r, 1) + lh / 2, &hit));
  g_assert_cmpint (hit.area, ==, GOR_RENDER_HIT_LABEL);
  g_assert_cmpuint (hit.n_in_lane, ==, N_HANDLERS / 2);
  g_assert_true (hit.foldable);
  g_assert_true (hit.goroutine->blocked_forever_since >= 0);
  g_assert_true (gor_render_hit_test (r, 20, lane_y (r, 0) + lh / 2, &hit));
  g_assert_cmpuint (hit.n_in_lane, ==, 1);
  g_assert_false (hit.foldable);
}

static void
test_fold_off (void)
{
  g_autoptr (GorTrace) t = fold_trace ();
  g_autoptr (GorRender) r = NULL;
  GorRenderOptions opt;
  guint            drawn;

  gor_render_options_init (&opt);
  opt.fold = FALSE;
  r = render_for (t, 1000, &opt);
  assert_accounted (r, t, &drawn, NULL);
  g_assert_cmpuint (drawn, ==, gor_trace_get_n_goroutines (t));
  for (guint i = 1; i < gor_trace_get_n_goroutines (t); i++)
    g_assert_cmpfloat (lane_y (r, (int) i), >, lane_y (r, (int) i - 1));
}

static void
test_fold_expand (void)
{
  g_autoptr (GorTrace) t = fold_trace ();
  g_autoptr (GorRender) r = render_for (t, 1000, NULL);
  double h0 = gor_render_get_content_height (r, 1000), h1, lh;
  guint  drawn;

  gor_render_get_lane_extents (r, 0, 0, NULL, &lh);
  g_assert_false (gor_render_toggle_fold (r, 0, 0));
  g_assert_true (gor_render_toggle_fold (r, 0, 5));
  h1 = gor_render_get_content_height (r, 1000);
  g_assert_cmpfloat (fabs (h1 - h0 - lh * (N_HANDLERS / 2 - 1)), <, 0.5);
  assert_accounted (r, t, &drawn, NULL);
  g_assert_cmpuint (drawn, ==, 6 + N_HANDLERS / 2 - 1);
  /* Expanded in place, in creation order, the other fold untouched. */
  for (int i = 3; i <= N_HANDLERS; i += 2)
    g_assert_cmpfloat (lane_y (r, i), ==, lane_y (r, i - 2) + lh);
  g_assert_cmpfloat (lane_y (r, 4), ==, lane_y (r, 2));

  /* Any lane of the expanded fold folds it back. */
  g_assert_true (gor_render_toggle_fold (r, 0, 7));
  g_assert_cmpfloat (gor_render_get_content_height (r, 1000), ==, h0);
  g_assert_cmpfloat (lane_y (r, 7), ==, lane_y (r, 1));
}

/* Many goroutines, each with a history of its own: nothing folds. */
static GorTrace *
distinct_trace (guint n)
{
  GorTrace          *t = gor_trace_new ("many.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);

  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 3);
  for (guint i = 1; i < n; i++)
    {
      GorTraceGoroutine *g = gor_trace_add_goroutine (t, i + 1, 1, "main.work", "main", "many.go", 10 + i, i);

      gor_trace_set_state (t, g, i, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 10 + i);
    }
  gor_trace_set_n_steps (t, n + 1);
  gor_trace_set_state (t, m, n + 1, GOR_STATE_EXITED, GOR_REASON_NONE, 4);
  for (guint i = 1; i < n; i += 3)
    gor_trace_mark_blocked_forever (t, g_ptr_array_index (t->goroutines, i), i, GOR_REASON_CHAN_SEND, 10 + i);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

/* Under any height: lanes stay readable, what does not fit is counted,
 * and the picture says it (red: some of it is blocked forever). */
static void
test_accounting (void)
{
  g_autoptr (GorTrace) t = distinct_trace (10000);
  const double heights[] = { 300, 700, 1080, 5000 };
  const double scales[] = { 1.0, 2.0 };

  for (guint si = 0; si < G_N_ELEMENTS (scales); si++)
    for (guint hi = 0; hi < G_N_ELEMENTS (heights); hi++)
      {
        g_autoptr (GorRender) r = gor_render_new ();
        GorRenderOptions opt;
        guint            drawn, left_out;
        double           lh, content, more_y = -1;
        cairo_surface_t *s;
        cairo_t         *cr;
        guint            red = 0;
        GorRenderHit     hit;

        gor_render_options_init (&opt);
        opt.font_scale = scales[si];
        opt.max_height = heights[hi];
        opt.lane_height = 3; /* asked for, refused: too thin to read */
        gor_render_set_traces (r, t, NULL, NULL);
        gor_render_set_options (r, &opt);
        content = gor_render_get_content_height (r, 1600);
        assert_accounted (r, t, &drawn, &left_out);
        /* Too short for even one lane: none, and the line says so. */
        if (gor_render_get_lane_extents (r, 0, 0, NULL, &lh))
          g_assert_cmpfloat (lh, >=, 14 * scales[si] - 0.5);
        else
          {
            g_assert_cmpuint (drawn, ==, 0);
            lh = 14 * scales[si];
          }
        g_assert_cmpuint (left_out, >, 0);
        if (heights[hi] >= 700 * scales[si])
          {
            g_assert_cmpfloat (content, <=, heights[hi]);
            g_assert_cmpuint (drawn, >=, 2);
          }

        /* The "+ N more" row: in the lanes, below the last one, with no
         * goroutine; red ink on it. */
        gor_render_set_size (r, 1600, (int) ceil (content));
        gor_render_fit (r);
        for (int y = 0; y < (int) content && more_y < 0; y++)
          if (gor_render_hit_test (r, 20, y, &hit) && hit.area == GOR_RENDER_HIT_LANE
              && hit.goroutine == NULL)
            more_y = y;
        g_assert_cmpfloat (more_y, >, 0);
        s = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, 1600, (int) ceil (content));
        cr = cairo_create (s);
        gor_render_draw (r, cr);
        cairo_destroy (cr);
        cairo_surface_flush (s);
        for (int y = (int) more_y; y < (int) (more_y + lh); y++)
          for (int x = 0; x < 600; x++)
            red += is_red (pixel_at (s, x, y));
        g_assert_cmpuint (red, >, 50);
        cairo_surface_destroy (s);
      }
}

/* A picture of a given size is filled: a small run's text and lanes grow
 * until they nearly reach the bottom, with nothing left out or cut. */
static void
test_export_fills_slide (void)
{
  g_autoptr (GorTrace) folds = fold_trace ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gor-fold-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "slide.png", NULL);
  cairo_surface_t *s;
  Pixel            bg;
  int              last = 0;

  g_assert_true (gor_export_traces (folds, NULL, NULL, NULL, 1920, 1080, png, GOR_EXPORT_FORMAT_PNG, &error));
  g_assert_no_error (error);
  s = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 1080);
  bg = pixel_at (s, 1919, 0);
  for (int y = 0; y < 1080; y++)
    for (int x = 0; x < 1920; x += 3)
      if (!same_pixel (pixel_at (s, x, y), bg))
        {
          last = y;
          break;
        }
  {
    g_autoptr (GorRender) r = render_for (folds, 1920, NULL);
    double content = gor_render_get_content_height (r, 1920);

    g_test_message ("last row drawn on: %d of 1080; %.0f px at scale 1", last, content);
    /* Grown as far as it may (twice), or until it fills the picture. */
    g_assert_cmpfloat (last, >, MIN (content * 1.8, 1080 * 0.8));
    g_assert_cmpfloat (content * 2, >, last);
  }
  cairo_surface_destroy (s);
  g_unlink (png);
  g_rmdir (dir);
}

/* An export under --height: the picture has that height, and folds keep
 * a loop's goroutines on the picture. */
static void
test_export_height (void)
{
  g_autoptr (GorTrace) t = distinct_trace (3000);
  g_autoptr (GorTrace) folds = fold_trace ();
  g_autoptr (GError) error = NULL;
  g_autofree char *dir = g_dir_make_tmp ("gor-fold-XXXXXX", NULL);
  g_autofree char *png = g_build_filename (dir, "h.png", NULL);
  cairo_surface_t *s;

  g_assert_true (gor_export_traces (t, folds, NULL, NULL, 1920, 700, png, GOR_EXPORT_FORMAT_PNG, &error));
  g_assert_no_error (error);
  s = cairo_image_surface_create_from_png (png);
  g_assert_cmpint (cairo_image_surface_get_width (s), ==, 1920);
  g_assert_cmpint (cairo_image_surface_get_height (s), ==, 700);
  cairo_surface_destroy (s);

  /* The pair under 700 px and under 500 px: both variants keep lanes on
   * the picture, and every goroutine of each is accounted for. */
  for (int h = 700; h >= 500; h -= 200)
    {
      g_autoptr (GorRender) r = gor_render_new ();
      GorRenderOptions opt;

      gor_render_options_init (&opt);
      opt.max_height = h;
      gor_render_set_traces (r, t, folds, NULL);
      gor_render_set_options (r, &opt);
      g_assert_cmpfloat (gor_render_get_content_height (r, 1920), <=, h);
      for (int v = 0; v < 2; v++)
        {
          guint drawn, folded, left_out;

          gor_render_get_lane_accounting (r, v, &drawn, &folded, &left_out);
          g_test_message ("pair at %d px, variant %d: %u drawn, %u folded, %u left out", h, v, drawn, folded,
                          left_out);
          g_assert_cmpuint (drawn + folded + left_out, ==, gor_trace_get_n_goroutines (v == 0 ? t : folds));
          g_assert_cmpuint (drawn, >=, 1);
        }
    }

  /* Without a height, the whole content: no lane left out of the folds. */
  g_assert_true (gor_export_traces (folds, NULL, NULL, NULL, 1920, 0, png, GOR_EXPORT_FORMAT_PNG, &error));
  g_assert_no_error (error);
  {
    g_autoptr (GorRender) r = render_for (folds, 1920, NULL);
    guint left_out;

    assert_accounted (r, folds, NULL, &left_out);
    g_assert_cmpuint (left_out, ==, 0);
    s = cairo_image_surface_create_from_png (png);
    g_assert_cmpint (cairo_image_surface_get_height (s), ==,
                     (int) ceil (gor_render_get_content_height (r, 1920)));
    cairo_surface_destroy (s);
  }
  g_unlink (png);
  g_rmdir (dir);
}

/* @s against tests/golden/@name: the same size, and no more than half a
 * percent of its pixels differ clearly (glyph edges may move with the
 * fonts installed; shapes may not).  GOROLANES_UPDATE_GOLDEN=1 rewrites
 * it instead, and fails. */
static void
assert_golden (cairo_surface_t *s, const char *name)
{
  g_autofree char *golden = g_test_build_filename (G_TEST_DIST, "golden", name, NULL);
  int              w = cairo_image_surface_get_width (s), h = cairo_image_surface_get_height (s);
  cairo_surface_t *g;
  guint            differ = 0;

  if (g_strcmp0 (g_getenv ("GOROLANES_UPDATE_GOLDEN"), "1") == 0)
    {
      g_assert_cmpint (cairo_surface_write_to_png (s, golden), ==, CAIRO_STATUS_SUCCESS);
      g_test_fail_printf ("rewrote %s and compared nothing: look at it, then run the test "
                          "again without GOROLANES_UPDATE_GOLDEN",
                          golden);
      return;
    }

  g = cairo_image_surface_create_from_png (golden);
  g_assert_cmpint (cairo_surface_status (g), ==, CAIRO_STATUS_SUCCESS);
  g_assert_cmpint (cairo_image_surface_get_width (g), ==, w);
  g_assert_cmpint (cairo_image_surface_get_height (g), ==, h);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      {
        Pixel a = pixel_at (s, x, y), b = pixel_at (g, x, y);

        if (abs (a.r - b.r) + abs (a.g - b.g) + abs (a.b - b.b) > 60)
          differ++;
      }
  g_test_message ("%s %dx%d: %u px differ", name, w, h, differ);
  g_assert_cmpuint (differ, <=, (guint) (w * h / 200));
  cairo_surface_destroy (g);
}

static cairo_surface_t *
draw (GorRender *r)
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

/* The golden picture of folds: the labels, the worst state of a fold at
 * each pixel, the end marks. */
static void
test_golden (void)
{
  g_autoptr (GorTrace) t = fold_trace ();
  g_autoptr (GorRender) r = NULL;
  GorRenderOptions opt;
  cairo_surface_t *s;
  guint            red = 0;
  int              w, h;

  gor_render_options_init (&opt);
  opt.show_output = FALSE;
  r = render_for (t, 900, &opt);
  s = draw (r);
  gor_render_get_size (r, &w, &h);
  for (int y = 0; y < h; y++)
    for (int x = 0; x < w; x++)
      red += is_red (pixel_at (s, x, y));
  g_assert_cmpuint (red, >, 1000);
  assert_golden (s, "render-fold.png");
  cairo_surface_destroy (s);
}

/* Ten handlers with a long name, blocked forever at one place (a fold),
 * and one goroutine with a longer name still. */
static GorTrace *
long_names_trace (void)
{
  GorTrace          *t = gor_trace_new ("server.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  GorTraceGoroutine *o;
  const char        *name = "main.(*requestMultiplexer).serveIncomingConnection.func1";

  gor_trace_set_vtime (t, 0, 0);
  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 20);
  for (guint i = 0; i < 10; i++)
    {
      GorTraceGoroutine *h = gor_trace_add_goroutine (t, i + 2, 1, name, "main", "server.go", 115, i);

      gor_trace_set_state (t, h, i, GOR_STATE_RUNNING, GOR_REASON_NONE, 116);
      gor_trace_set_state (t, h, i + 1, GOR_STATE_BLOCKED, GOR_REASON_CHAN_SEND, 116);
    }
  o = gor_trace_add_goroutine (t, 12, 1, "main.(*requestMultiplexer).drainPendingAcknowledgementsForever",
                               "main", "server.go", 1230, 10);
  gor_trace_set_state (t, o, 10, GOR_STATE_RUNNING, GOR_REASON_NONE, 1231);
  gor_trace_set_state (t, o, 12, GOR_STATE_EXITED, GOR_REASON_NONE, 1232);
  gor_trace_set_n_steps (t, 30);
  gor_trace_set_state (t, m, 30, GOR_STATE_EXITED, GOR_REASON_NONE, 21);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  for (guint i = 0; i < 10; i++)
    gor_trace_mark_blocked_forever (t, g_ptr_array_index (t->goroutines, 1 + i), i + 1, GOR_REASON_CHAN_SEND,
                                    116);
  return t;
}

/* Long names and a fold's verdict never make the label column wider than
 * GOR_RENDER_LABEL_COLUMN_MAX of the picture (they are ellipsized), in a
 * window's size and a slide's, at any text scale. */
static void
test_label_cap (void)
{
  g_autoptr (GorTrace) t = long_names_trace ();
  const int    widths[] = { 900, 1280, 1920 };
  const double scales[] = { 1.0, 1.4, 2.0 };

  g_assert_cmpuint (t->goroutines->len, ==, 12);
  for (guint i = 0; i < G_N_ELEMENTS (widths); i++)
    for (guint k = 0; k < G_N_ELEMENTS (scales); k++)
      {
        g_autoptr (GorRender) r = NULL;
        GorRenderOptions opt;
        guint            drawn = 0, folded = 0;

        gor_render_options_init (&opt);
        opt.font_scale = scales[k];
        r = render_for (t, widths[i], &opt);
        gor_render_get_lane_accounting (r, 0, &drawn, &folded, NULL);
        g_assert_cmpuint (folded, ==, 9);
        g_assert_cmpfloat (gor_render_get_lanes_x (r), <=, widths[i] * 0.28 + 0.5);
        g_assert_cmpfloat (gor_render_get_lanes_x (r), >=, 150.0);
      }
}

/* g2 sends to g4 across g3, which waits on a receive long enough to carry
 * its label; g3's second wait is too short for its label. */
static GorTrace *
label_trace (void)
{
  GorTrace          *t = gor_trace_new ("labels.go", "package main\n", 1);
  GorTraceGoroutine *m = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  GorTraceGoroutine *a = gor_trace_add_goroutine (t, 2, 1, "main.send", "main", "labels.go", 5, 0);
  GorTraceGoroutine *b = gor_trace_add_goroutine (t, 3, 1, "main.wait", "main", "labels.go", 6, 0);
  GorTraceGoroutine *c = gor_trace_add_goroutine (t, 4, 1, "main.recv", "main", "labels.go", 7, 0);

  gor_trace_set_num_goroutines (t, 0, 4);
  gor_trace_set_vtime (t, 0, 0);
  gor_trace_set_state (t, m, 0, GOR_STATE_RUNNING, GOR_REASON_NONE, 10);
  gor_trace_set_state (t, a, 1, GOR_STATE_RUNNING, GOR_REASON_NONE, 20);
  gor_trace_set_state (t, b, 1, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 30);
  gor_trace_set_state (t, c, 1, GOR_STATE_BLOCKED, GOR_REASON_CHAN_RECV, 40);
  gor_trace_set_state (t, m, 1, GOR_STATE_BLOCKED, GOR_REASON_WAITGROUP_WAIT, 11);
  gor_trace_add_handoff (t, 2, 3, 4, 3, 1);
  gor_trace_set_state (t, a, 4, GOR_STATE_EXITED, GOR_REASON_NONE, 21);
  gor_trace_set_state (t, c, 3, GOR_STATE_RUNNING, GOR_REASON_NONE, 40);
  gor_trace_set_state (t, c, 5, GOR_STATE_EXITED, GOR_REASON_NONE, 41);
  gor_trace_set_state (t, b, 12, GOR_STATE_RUNNING, GOR_REASON_NONE, 30);
  gor_trace_set_state (t, b, 13, GOR_STATE_BLOCKED, GOR_REASON_MUTEX_LOCK, 31);
  gor_trace_set_state (t, b, 14, GOR_STATE_RUNNING, GOR_REASON_NONE, 32);
  gor_trace_set_state (t, b, 16, GOR_STATE_EXITED, GOR_REASON_NONE, 33);
  gor_trace_set_state (t, m, 16, GOR_STATE_RUNNING, GOR_REASON_NONE, 12);
  gor_trace_set_n_steps (t, 18);
  gor_trace_set_state (t, m, 18, GOR_STATE_EXITED, GOR_REASON_NONE, 13);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);
  return t;
}

static gboolean
is_arrow (Pixel p)
{
  /* The light palette's arrow, (0.44, 0.30, 0.76). */
  return abs (p.r - 112) < 40 && abs (p.g - 77) < 40 && abs (p.b - 194) < 40;
}

/* Span labels stay inside their span or are left out; arrows give way
 * under them; the legend is there, on one line when collapsed. */
static void
test_labels (void)
{
  g_autoptr (GorTrace) t = label_trace ();
  g_autoptr (GorRender) r = NULL;
  GorRenderOptions opt;
  cairo_surface_t *s;
  double           top, lh, x0, x1, xs0, xs1, content;
  guint            arrow_on_label = 0, arrow_elsewhere = 0, ink_short = 0;
  int              mid;

  gor_render_options_init (&opt);
  opt.show_output = FALSE;
  r = render_for (t, 700, &opt);
  s = draw (r);
  g_assert_true (gor_render_get_lane_extents (r, 0, 2, &top, &lh));
  mid = (int) (top + lh / 2);
  /* g3's receive wait: "chan receive" fits, the arrow passes under it. */
  x0 = gor_render_step_to_x (r, 0, 1);
  x1 = gor_render_step_to_x (r, 0, 12);
  for (int y = mid - 3; y <= mid + 3; y++)
    for (int x = (int) x0 + 4; x < (int) gor_render_step_to_x (r, 0, 3.5) + 4; x++)
      arrow_on_label += is_arrow (pixel_at (s, x, y));
  for (int y = (int) top - (int) lh; y < (int) top; y++)
    for (int x = (int) x0; x < (int) x1; x++)
      arrow_elsewhere += is_arrow (pixel_at (s, x, y));
  /* g3's one-step Lock wait: too short for "Lock", so no text in it. */
  xs0 = gor_render_step_to_x (r, 0, 13);
  xs1 = gor_render_step_to_x (r, 0, 14);
  for (int y = mid - 3; y <= mid + 3; y++)
    for (int x = (int) xs0 + 1; x < (int) xs1 - 1; x++)
      {
        Pixel p = pixel_at (s, x, y);

        ink_short += p.r < 120 && p.g < 120 && p.b < 120;
      }
  g_test_message ("arrow px on the label %u, near it %u; dark px in the short span %u (%.0f px wide)",
                  arrow_on_label, arrow_elsewhere, ink_short, xs1 - xs0);
  g_assert_cmpuint (arrow_elsewhere, >, 5);
  g_assert_cmpuint (arrow_on_label, ==, 0);
  g_assert_cmpuint (ink_short, ==, 0);
  assert_golden (s, "render-labels.png");
  cairo_surface_destroy (s);

  /* Collapsed, the legend is one line: the header is no taller than with
   * a legend that fits one line. */
  content = gor_render_get_content_height (r, 700);
  opt.show_legend = FALSE;
  gor_render_set_options (r, &opt);
  g_assert_cmpfloat (gor_render_get_content_height (r, 300), <=, content);
  opt.show_legend = TRUE;
  gor_render_set_options (r, &opt);
  g_assert_cmpfloat (gor_render_get_content_height (r, 300), >, content);
}

int
main (int argc, char **argv)
{
  g_test_init (&argc, &argv, NULL);

  g_test_add_func ("/render/fold/rule", test_fold_rule);
  g_test_add_func ("/render/fold/off", test_fold_off);
  g_test_add_func ("/render/fold/expand", test_fold_expand);
  g_test_add_func ("/render/fold/accounting", test_accounting);
  g_test_add_func ("/render/fold/export-height", test_export_height);
  g_test_add_func ("/render/fold/export-fills-slide", test_export_fills_slide);
  g_test_add_func ("/render/fold/golden", test_golden);
  g_test_add_func ("/render/fold/label-cap", test_label_cap);
  g_test_add_func ("/render/labels", test_labels);

  return g_test_run ();
}
