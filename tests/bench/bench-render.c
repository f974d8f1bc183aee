/* bench-render.c — time per frame of the timeline renderer on a big trace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A synthetic trace of 10 000 goroutines and 1 000 000 scheduling steps
 * (each step one goroutine runs, then blocks or waits for a turn; a
 * channel hand-off every tenth step), drawn at 1600×1000.  Prints the
 * time of a full frame in several situations; the target is under 16 ms.
 * Exit status 1 when a full frame is over budget (GOROLANES_BENCH_STRICT=1).
 */

#include "config.h"

#include <stdio.h>

#include "gor-render.h"

#define N_GOROUTINES 10000
#define N_STEPS 1000000
#define WIDTH 1600
#define HEIGHT 1000
#define BUDGET_MS 16.0

static GorTrace *
build_trace (void)
{
  GorTrace           *t = gor_trace_new ("big.go", "", 1);
  GRand              *rand = g_rand_new_with_seed (42);
  GorTraceGoroutine **gs = g_new (GorTraceGoroutine *, N_GOROUTINES);
  guint32             prev = 0;

  gs[0] = gor_trace_add_goroutine (t, 1, 0, "main", NULL, NULL, 0, 0);
  gor_trace_set_state (t, gs[0], 0, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 1);
  gor_trace_set_num_goroutines (t, 0, 1);
  gor_trace_set_vtime (t, 0, 0);

  for (guint32 s = 0; s < N_STEPS; s++)
    {
      guint32            i;
      GorTraceGoroutine *g;

      if (s < N_GOROUTINES - 1)
        {
          /* main starts one worker per step first. */
          GorTraceGoroutine *c
              = gor_trace_add_goroutine (t, s + 2, 1, "main.worker", "main", "big.go", 12, s);

          gs[s + 1] = c;
          gor_trace_set_state (t, c, s, GOR_STATE_RUNNABLE, GOR_REASON_NONE, 20);
          gor_trace_set_num_goroutines (t, s, s + 2);
          i = 0;
        }
      else
        i = g_rand_int_range (rand, 0, N_GOROUTINES);

      g = gs[i];
      gor_trace_set_state (t, g, s, GOR_STATE_RUNNING, GOR_REASON_NONE, 21);
      gor_trace_set_state (t, g, s + 1, g_rand_boolean (rand) ? GOR_STATE_BLOCKED : GOR_STATE_RUNNABLE,
                           GOR_REASON_CHAN_RECV, 22);
      if (s % 10 == 0 && s > N_GOROUTINES)
        gor_trace_add_handoff (t, gs[prev]->id, s - 1, g->id, s, 1);
      if (s % 100000 == 0)
        gor_trace_set_vtime (t, s, (gint64) s * 1000);
      prev = i;
    }

  gor_trace_set_n_steps (t, N_STEPS);
  /* A tenth of the workers leak. */
  for (guint i = 1; i < N_GOROUTINES; i += 10)
    gor_trace_mark_blocked_forever (t, gs[i], N_STEPS - 1000, GOR_REASON_CHAN_RECV, 22);
  gor_trace_finish (t, GOR_END_MAIN_RETURNED, 0, NULL);

  g_free (gs);
  g_rand_free (rand);
  return t;
}

static double
frame_ms (GorRender *r, cairo_t *cr)
{
  gint64 t0 = g_get_monotonic_time ();

  gor_render_draw (r, cr);
  cairo_surface_flush (cairo_get_target (cr));
  return (g_get_monotonic_time () - t0) / 1000.0;
}

static double worst_full = 0;

static void
report (const char *what, double ms, gboolean full)
{
  printf ("%-52s %8.2f ms%s\n", what, ms, full && ms > BUDGET_MS ? "  (over budget)" : "");
  if (full)
    worst_full = MAX (worst_full, ms);
}

int
main (int argc, char *argv[])
{
  g_autoptr (GorTrace) trace = NULL;
  g_autoptr (GorRender) r = gor_render_new ();
  cairo_surface_t *surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, WIDTH, HEIGHT);
  cairo_t         *cr = cairo_create (surface);
  GorRenderOptions opt;
  double           first, spp, scroll, sum;
  gint64           t0;
  guint            n_events = 0;
  int              runs = 20;

  t0 = g_get_monotonic_time ();
  trace = build_trace ();
  for (guint i = 0; i < trace->goroutines->len; i++)
    n_events += ((GorTraceGoroutine *) g_ptr_array_index (trace->goroutines, i))->spans->len;
  printf ("trace: %u goroutines, %u steps, %u spans, %u hand-offs (built in %.0f ms)\n",
          trace->goroutines->len, trace->n_steps, n_events, trace->handoffs->len,
          (g_get_monotonic_time () - t0) / 1000.0);

  gor_render_options_init (&opt);
  opt.draw_future = FALSE;
  gor_render_set_traces (r, trace, NULL, "bench");
  gor_render_set_options (r, &opt);
  gor_render_set_size (r, WIDTH, HEIGHT);
  gor_render_set_playhead (r, N_STEPS / 2);

  gor_render_fit (r);
  report ("first frame, whole run (layout + merge + draw)", frame_ms (r, cr), FALSE);

  sum = 0;
  for (int i = 0; i < runs; i++)
    sum += frame_ms (r, cr);
  report ("full frame, whole run, nothing changed", sum / runs, TRUE);

  /* Scrolling: a new display list each frame. */
  gor_render_get_view (r, &first, &spp, &scroll);
  sum = 0;
  for (int i = 0; i < runs; i++)
    {
      gor_render_set_view (r, first, spp, 22.0 * 300 * (i + 1));
      sum += frame_ms (r, cr);
    }
  report ("full frame, whole run, after a scroll", sum / runs, TRUE);

  /* Zooming in steps: a new merge level every other frame. */
  sum = 0;
  for (int i = 0; i < runs; i++)
    {
      gor_render_set_view (r, 300000, spp / (1.0 + i * 0.7), 22.0 * 4000);
      sum += frame_ms (r, cr);
    }
  report ("full frame, after a zoom", sum / runs, TRUE);

  /* Zoomed in to 4 px a step: hand-off arrows and reasons on spans. */
  sum = 0;
  for (int i = 0; i < runs; i++)
    {
      gor_render_set_view (r, 400000 + i * 50, 0.25, 22.0 * 100 * i);
      sum += frame_ms (r, cr);
    }
  report ("full frame, zoomed in (arrows), after a pan", sum / runs, TRUE);

  /* The playhead alone: the overlay pass over a cached content, with the
   * playhead in view. */
  gor_render_fit (r);
  frame_ms (r, cr);
  sum = 0;
  for (int i = 0; i < runs; i++)
    {
      gint64 t1;

      gor_render_set_playhead (r, 100000 + i * 1000);
      t1 = g_get_monotonic_time ();
      gor_render_draw_overlay (r, cr);
      sum += (g_get_monotonic_time () - t1) / 1000.0;
    }
  report ("overlay pass (playhead move)", sum / runs, FALSE);

  /* Dense lanes: 2 px each, 480 lanes on screen. */
  opt.lane_height = 2;
  gor_render_set_options (r, &opt);
  gor_render_set_view (r, 0, 1, 0);
  gor_render_fit (r);
  report ("first frame, 2 px lanes (layout + merge + draw)", frame_ms (r, cr), FALSE);
  gor_render_get_view (r, &first, &spp, &scroll);
  sum = 0;
  for (int i = 0; i < runs; i++)
    {
      gor_render_set_view (r, first, spp, 2.0 * 480 * (i % 10));
      sum += frame_ms (r, cr);
    }
  report ("full frame, 2 px lanes, after a scroll", sum / runs, TRUE);
  printf ("spans drawn in the last frame: %u\n", gor_render_get_n_drawn_spans (r));

  cairo_destroy (cr);
  cairo_surface_destroy (surface);

  printf ("worst full frame: %.2f ms (target %.0f ms)\n", worst_full, BUDGET_MS);
  if (g_strcmp0 (g_getenv ("GOROLANES_BENCH_STRICT"), "1") == 0 && worst_full > BUDGET_MS)
    return 1;
  return 0;
}
