/* gor-render-links.c — who holds the Mutex the selected goroutine waits for
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Part of the overlay: at the playhead, a thin arrow goes from the lane of
 * the selected goroutine, when it waits for a Mutex, to the lane of each
 * goroutine holding it — or, when the selected goroutine holds Mutexes,
 * from each goroutine waiting for them to it.  The arrows hug the left of
 * the playhead line, where the waiting span ends, so that they read as
 * "this wait is on that lane".  Lanes are found through the public
 * gor_render_get_lane_extents(), whatever the lane layout.
 */

#include "config.h"

#include "gor-caption.h"
#include "gor-render-private.h"

typedef struct
{
  guint32 from_id, to_id; /* waiter → holder */
} HolderLink;

/* One cached answer: holders are read from the trace's events, which a
 * frame that only moves the pointer must not scan again. */
static struct
{
  GorTrace *trace;
  guint64   seed;
  guint32   playhead, n_events, sel_id;
  GArray   *links; /* HolderLink */
} cache;

static void
add_waiter_links (GorTrace *trace, guint32 mutex_id, guint32 playhead, GArray *links, guint32 only_holder)
{
  g_autoptr (GArray) holders = gor_caption_mutex_holders (trace, mutex_id, playhead);
  g_autoptr (GArray) waiters = gor_caption_waiters (trace, GOR_EVENT_LOCK, mutex_id, playhead - 1);

  for (guint h = 0; h < holders->len; h++)
    {
      guint32 holder = g_array_index (holders, GorHolder, h).goroutine_id;

      if (only_holder && holder != only_holder)
        continue;
      for (guint w = 0; w < waiters->len; w++)
        {
          HolderLink l = { g_array_index (waiters, guint32, w), holder };

          if (l.from_id != l.to_id)
            g_array_append_val (links, l);
        }
    }
}

static GArray *
links_at (GorTrace *trace, const GorTraceGoroutine *sel, guint32 playhead)
{
  const GorStepEvent *ev;

  if (cache.links && cache.trace == trace && cache.seed == trace->seed && cache.playhead == playhead
      && cache.n_events == trace->events->len && cache.sel_id == sel->id)
    return cache.links;
  g_clear_pointer (&cache.links, g_array_unref);
  cache.trace = trace;
  cache.seed = trace->seed;
  cache.playhead = playhead;
  cache.n_events = trace->events->len;
  cache.sel_id = sel->id;
  cache.links = g_array_new (FALSE, FALSE, sizeof (HolderLink));

  ev = gor_caption_blocking_event (trace, sel, playhead - 1, NULL);
  if (ev && (ev->kind == GOR_EVENT_LOCK || ev->kind == GOR_EVENT_RLOCK))
    {
      g_autoptr (GArray) holders = gor_caption_mutex_holders (trace, ev->obj, playhead);

      for (guint h = 0; h < holders->len; h++)
        {
          HolderLink l = { sel->id, g_array_index (holders, GorHolder, h).goroutine_id };

          if (l.from_id != l.to_id)
            g_array_append_val (cache.links, l);
        }
      return cache.links;
    }
  /* the selected goroutine holds Mutexes: who waits for them */
  for (guint32 t = 0, seen = 0; t < MIN (playhead, trace->events->len); t++)
    {
      const GorStepEvent *e = &g_array_index (trace->events, GorStepEvent, t);

      if (e->goroutine_id == sel->id && e->kind == GOR_EVENT_LOCK && !(e->flags & GOR_EVENT_BLOCKED)
          && e->obj != seen)
        {
          seen = e->obj;
          add_waiter_links (trace, e->obj, playhead, cache.links, sel->id);
        }
    }
  return cache.links;
}

static int
index_of (GorTrace *trace, guint32 id)
{
  for (guint i = 0; i < trace->goroutines->len; i++)
    if (((GorTraceGoroutine *) g_ptr_array_index (trace->goroutines, i))->id == id)
      return (int) i;
  return -1;
}

void
_gor_render_draw_holder_links (GorRender *self, cairo_t *cr)
{
  GorTrace                *trace;
  const GorTraceGoroutine *sel;
  GArray                  *links;
  guint32                  playhead;
  double                   x;

  if (self->sel_variant < 0 || self->sel_variant >= self->n_variants || self->sel_index < 0)
    return;
  trace = self->v[self->sel_variant].trace;
  if ((guint) self->sel_index >= trace->goroutines->len || trace->events->len == 0)
    return;
  playhead = MIN (self->playhead, trace->n_steps);
  if (playhead == 0)
    return;
  sel = g_ptr_array_index (trace->goroutines, self->sel_index);
  links = links_at (trace, sel, playhead);
  if (links->len == 0)
    return;
  x = gor_render_step_to_x (self, self->sel_variant, playhead) - 4 * self->fs;
  if (x < self->label_w || x > _gor_render_lanes_right (self))
    return;

  cairo_save (cr);
  for (guint i = 0; i < links->len; i++)
    {
      const HolderLink *l = &g_array_index (links, HolderLink, i);
      double            y0, y1, h0, h1, bulge;
      int               from = index_of (trace, l->from_id), to = index_of (trace, l->to_id);

      if (!gor_render_get_lane_extents (self, self->sel_variant, from, &y0, &h0)
          || !gor_render_get_lane_extents (self, self->sel_variant, to, &y1, &h1))
        continue;
      y0 += h0 / 2;
      y1 += h1 / 2;
      bulge = MIN (40 * self->fs, 8 * self->fs + fabs (y1 - y0) / 4);
      /* the holder's lane, outlined */
      _gor_render_set_rgba (cr, &self->pal.playhead, 0.8);
      cairo_set_line_width (cr, 1.2);
      cairo_set_dash (cr, (double[]){ 4, 3 }, 2, 0);
      cairo_rectangle (cr, self->label_w, y1 - h1 / 2 + 1.5, x - self->label_w, h1 - 3);
      cairo_stroke (cr);
      cairo_set_dash (cr, NULL, 0, 0);
      /* waiter → holder, curving left of the playhead */
      cairo_set_line_width (cr, 1.6);
      cairo_move_to (cr, x, y0);
      cairo_curve_to (cr, x - bulge, y0, x - bulge, y1, x - 6 * self->fs, y1);
      cairo_stroke (cr);
      cairo_move_to (cr, x, y1);
      cairo_line_to (cr, x - 7 * self->fs, y1 - 4 * self->fs);
      cairo_line_to (cr, x - 7 * self->fs, y1 + 4 * self->fs);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  cairo_restore (cr);
}
