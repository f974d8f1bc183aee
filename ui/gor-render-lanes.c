/* gor-render-lanes.c — what the current view shows: each lane's spans after
 * the level-of-detail merge, and the display list of pixel positions
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A lane's merged pieces are cached per zoom level in axis units; the
 * display list turns the visible ones into pixel rectangles once per change
 * of view, never per frame.
 */

#include "config.h"

#include "gor-render.h"
#include "gor-render-private.h"

#include <string.h>

/* Spans and gaps narrower than this many pixels merge. */
#define MIN_SPAN_PX 3.0
#define FOREVER_TAIL_PX 8
/* Beyond this many hand-off arrows a view is a hairball, not information. */
#define MAX_ARROWS 1500
/* Arrows appear once steps are told apart: at least half a pixel each. */
#define MAX_ARROW_SPP 2.0

static int
goroutine_index (GorTrace *trace, guint32 id)
{
  guint lo = 0, hi = trace->goroutines->len;

  while (lo < hi)
    {
      guint              mid = lo + (hi - lo) / 2;
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, mid);

      if (g->id == id)
        return (int) mid;
      if (g->id < id)
        lo = mid + 1;
      else
        hi = mid;
    }

  return -1;
}

static GorRenderKind
state_kind (guint8 state)
{
  switch (state)
    {
    case GOR_STATE_RUNNING: return GOR_RENDER_KIND_RUNNING;
    case GOR_STATE_BLOCKED: return GOR_RENDER_KIND_BLOCKED;
    case GOR_STATE_SLEEPING: return GOR_RENDER_KIND_SLEEPING;
    case GOR_STATE_RUNNABLE:
    default: return GOR_RENDER_KIND_RUNNABLE;
    }
}

typedef struct
{
  double p0, p1;
  double cover[GOR_RENDER_N_KINDS];
  double best_blocked;
  guint8 reason;
  guint  n;
} Group;

static void
group_flush (Group *grp, GArray *out)
{
  GorRenderSeg seg = {
    0,
  };
  int best = GOR_RENDER_KIND_RUNNABLE;

  if (grp->n == 0)
    return;

  if (grp->cover[GOR_RENDER_KIND_FOREVER] > 0)
    best = GOR_RENDER_KIND_FOREVER;
  else
    for (int k = 0; k < GOR_RENDER_N_KINDS; k++)
      if (grp->cover[k] > grp->cover[best])
        best = k;

  seg.p0 = grp->p0;
  seg.p1 = grp->p1;
  seg.kind = (guint8) best;
  seg.reason = grp->reason;
  seg.merged = grp->n > 1;
  g_array_append_val (out, seg);
  memset (grp, 0, sizeof *grp);
}

static void
group_add (Group *grp, double p0, double p1, GorRenderKind kind, guint8 reason)
{
  if (grp->n == 0)
    grp->p0 = p0;
  grp->p1 = MAX (grp->p1, p1);
  grp->cover[kind] += p1 - p0;
  if ((kind == GOR_RENDER_KIND_BLOCKED || kind == GOR_RENDER_KIND_FOREVER || kind == GOR_RENDER_KIND_SLEEPING)
      && p1 - p0 > grp->best_blocked)
    {
      grp->best_blocked = p1 - p0;
      grp->reason = reason;
    }
  grp->n++;
}

/* The lane's pieces in axis units, merged so that every piece (or run of
 * merged pieces) is at least @threshold wide.  Merging walks from the
 * goroutine's first span, so it depends on the zoom level only, never on
 * the scroll position: nothing flickers while panning, and within a
 * power-of-two zoom level the shapes only scale. */
static void
build_lane (const GorRenderVariant *v, const GorTraceGoroutine *g, double threshold, GorRenderLane *lc)
{
  GorTrace *trace = v->trace;
  Group     grp = {
        0,
  };
  gint64 since = g->blocked_forever_since;

  if (lc->segs == NULL)
    lc->segs = g_array_new (FALSE, FALSE, sizeof (GorRenderSeg));
  g_array_set_size (lc->segs, 0);
  lc->end = GOR_RENDER_END_NONE;
  lc->end_p = 0;

  for (guint i = 0; i < g->spans->len; i++)
    {
      const GorSpan *sp = &g_array_index (g->spans, GorSpan, i);
      guint32        s0 = sp->first_step;
      guint32        s1 = gor_trace_span_end (trace, sp);
      struct
      {
        guint32       s0, s1;
        GorRenderKind kind;
        guint8        reason;
      } parts[2];
      guint n_parts = 0;

      if (sp->state == GOR_STATE_EXITED || sp->state == GOR_STATE_KILLED)
        {
          lc->end = sp->state == GOR_STATE_EXITED ? GOR_RENDER_END_EXITED : GOR_RENDER_END_KILLED;
          lc->end_p = _gor_render_p_at (v, sp->first_step);
          continue;
        }
      if (s1 <= s0)
        continue;

      if (since >= 0 && s1 > since)
        {
          guint32 cut = (guint32) MAX ((gint64) s0, since);

          if (cut > s0)
            {
              parts[n_parts].s0 = s0;
              parts[n_parts].s1 = cut;
              parts[n_parts].kind = state_kind (sp->state);
              parts[n_parts].reason = sp->reason;
              n_parts++;
            }
          parts[n_parts].s0 = cut;
          parts[n_parts].s1 = s1;
          parts[n_parts].kind = GOR_RENDER_KIND_FOREVER;
          parts[n_parts].reason = g->forever_reason != GOR_REASON_NONE ? g->forever_reason : sp->reason;
          n_parts++;
        }
      else
        {
          parts[0].s0 = s0;
          parts[0].s1 = s1;
          parts[0].kind = state_kind (sp->state);
          parts[0].reason = sp->reason;
          n_parts = 1;
        }

      for (guint j = 0; j < n_parts; j++)
        {
          double p0, p1;

          p0 = _gor_render_p_at (v, parts[j].s0);
          p1 = _gor_render_p_at (v, parts[j].s1);
          if (p1 <= p0)
            p1 = p0 + 1e-9;

          if (p1 - p0 >= threshold)
            {
              group_flush (&grp, lc->segs);
              group_add (&grp, p0, p1, parts[j].kind, parts[j].reason);
              group_flush (&grp, lc->segs);
            }
          else
            {
              group_add (&grp, p0, p1, parts[j].kind, parts[j].reason);
              if (grp.p1 - grp.p0 >= threshold)
                group_flush (&grp, lc->segs);
            }
        }
    }

  group_flush (&grp, lc->segs);

  /* A goroutine that blocked for good in the run's last step has no red
   * piece; it gets a red tail of its own so the verdict is seen. */
  lc->forever_tail = since >= 0 && since >= trace->n_steps;
  if (lc->forever_tail && lc->end == GOR_RENDER_END_NONE)
    lc->end_p = _gor_render_p_at (v, trace->n_steps);
}

void
_gor_render_lane_free (gpointer data)
{
  GorRenderLane *lc = data;

  if (lc->segs)
    g_array_unref (lc->segs);
  g_free (lc);
}

static GorRenderLane *
get_lane (GorRender *self, int vi, guint index, int level)
{
  GorRenderVariant *v = &self->v[vi];
  GorRenderLane    *lc;

  while (v->lanes->len <= index)
    {
      lc = g_new0 (GorRenderLane, 1);
      lc->level = G_MININT;
      g_ptr_array_add (v->lanes, lc);
    }

  lc = g_ptr_array_index (v->lanes, index);
  if (lc->level != level || lc->n_steps != v->trace->n_steps)
    {
      build_lane (v, g_ptr_array_index (v->trace->goroutines, index), ldexp (1.0, level), lc);
      lc->level = level;
      lc->n_steps = v->trace->n_steps;
    }

  return lc;
}

static int
zoom_level (GorRender *self)
{
  /* Thin lanes show less detail: pieces merge up to twice as wide. */
  double min_px = self->lane_h < 8 ? 2 * MIN_SPAN_PX : MIN_SPAN_PX;

  /* Smallest power of two ≥ min_px pixels, in axis units. */
  return (int) ceil (log2 (MAX (self->spp * min_px, 1e-12)));
}

static void
clear_list (GorRender *self)
{
  for (int k = 0; k < GOR_RENDER_N_KINDS; k++)
    g_array_set_size (self->rects[k], 0);
  g_array_set_size (self->texts, 0);
  g_array_set_size (self->ends, 0);
  g_array_set_size (self->stills, 0);
  g_array_set_size (self->arrows, 0);
  g_array_set_size (self->links, 0);
  self->n_drawn_spans = 0;
}

static void
build_count (GorRender *self, int vi)
{
  GorRenderVariant   *v = &self->v[vi];
  GorTrace           *trace = v->trace;
  GArray             *cols = self->count_cols[vi];
  double              left = self->label_w, right = _gor_render_lanes_right (self);
  int                 n_cols = (int) MAX (0, ceil (right - left));
  double              end_x = _gor_render_p_to_x (self, _gor_render_p_at (v, trace->n_steps));
  const GorStepValue *pts = (const GorStepValue *) (gpointer) trace->num_goroutines->data;
  guint               n_pts = trace->num_goroutines->len;
  double              s_left = _gor_render_p_to_step (v, self->first_step);
  guint               i, lo = 0, hi = n_pts;
  double              carried;

  g_array_set_size (cols, n_cols);
  if (n_pts == 0)
    {
      for (int c = 0; c < n_cols; c++)
        g_array_index (cols, float, c) = -1;
      return;
    }

  /* First change point at or after the left edge. */
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (pts[mid].step < s_left)
        lo = mid + 1;
      else
        hi = mid;
    }
  i = lo;
  carried = s_left >= 0 ? (double) gor_trace_value_at (trace->num_goroutines, (guint32) MAX (0, s_left)) : 0;

  for (int c = 0; c < n_cols; c++)
    {
      double col_x1 = left + c + 1;
      double m = carried;

      if (left + c >= end_x || left + c + 1 <= _gor_render_p_to_x (self, 0))
        {
          g_array_index (cols, float, c) = -1;
          continue;
        }
      while (i < n_pts && _gor_render_p_to_x (self, _gor_render_p_at (v, pts[i].step)) < col_x1)
        {
          m = MAX (m, (double) pts[i].value);
          carried = (double) pts[i].value;
          i++;
        }
      g_array_index (cols, float, c) = (float) m;
    }
}

/* The lane area of the current view: viewport x, the axis units one pixel
 * beyond on either side, and content y. */
typedef struct
{
  double left, right;
  double p_left, p_right;
  double view_top, view_bottom;
} Extent;

/* The label written on a span of @kind and @reason from @x0 to @x1 in the
 * lane at @lane_top, where there may be room for one. */
static void
add_span_text (GorRender *self, double x0, double x1, double lane_top, guint8 kind, guint8 reason,
               guint n_forever)
{
  GorRenderText t
      = { (float) x0, (float) (lane_top + self->lane_h / 2), (float) (x1 - x0), kind, reason, n_forever };

  if (reason == GOR_REASON_NONE || kind == GOR_RENDER_KIND_RUNNABLE || kind == GOR_RENDER_KIND_RUNNING
      || x1 - x0 <= 30 || self->lane_h < 14)
    return;
  g_array_append_val (self->texts, t);
}

/* Goroutine @i's rectangles, span labels and end marks, in the lane at
 * @lane_top. */
static void
build_lane_items (GorRender *self, const Extent *ext, int vi, int i, int level, double lane_top)
{
  double              left = ext->left, right = ext->right;
  GorRenderVariant   *v = &self->v[vi];
  GorRenderLane      *lc = get_lane (self, vi, (guint) i, level);
  const GorRenderSeg *segs = (const GorRenderSeg *) (gpointer) lc->segs->data;
  guint               nseg = lc->segs->len, a = 0, b = nseg;

  /* First piece ending at or after the left edge. */
  while (a < b)
    {
      guint mid = a + (b - a) / 2;

      if (segs[mid].p1 < ext->p_left)
        a = mid + 1;
      else
        b = mid;
    }

  for (guint j = a; j < nseg && segs[j].p0 <= ext->p_right; j++)
    {
      const GorRenderSeg *s = &segs[j];
      double              x0 = _gor_render_p_to_x (self, s->p0), x1 = _gor_render_p_to_x (self, s->p1);
      GorRenderRect       r;
      double              y, h;

      /* In hairline lanes waiting for a turn is just background. */
      if (s->kind == GOR_RENDER_KIND_RUNNABLE && self->lane_h < 6)
        continue;

      /* Whole pixels: crisp edges, and cairo's fast path for
       * pixel-aligned boxes. */
      x0 = round (MAX (x0, left - 2));
      x1 = round (MIN (x1, right + 2));
      if (x1 - x0 < 1)
        x1 = x0 + 1;
      _gor_render_lane_bar (self, s->kind, lane_top, &y, &h);
      r.x = (float) x0;
      r.w = (float) (x1 - x0);
      r.y = (float) y;
      r.h = (float) h;
      g_array_append_val (self->rects[s->kind], r);
      self->n_drawn_spans++;

      if (!s->merged)
        add_span_text (self, x0, x1, lane_top, s->kind, s->reason, 0);
    }

  if (_gor_render_shows_still_blocked (self, v->trace, g_ptr_array_index (v->trace->goroutines, i)))
    {
      const GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, i);
      double x0 = round (_gor_render_p_to_x (self, _gor_render_p_at (v, (guint32) g->still_blocked_since)));
      double x1 = round (_gor_render_p_to_x (self, _gor_render_p_at (v, v->trace->n_steps)));
      double y, h;
      GorRenderRect r;

      _gor_render_lane_bar (self, GOR_RENDER_KIND_BLOCKED, lane_top, &y, &h);
      x0 = MAX (x0, left - 2);
      x1 = MIN (MAX (x1, x0 + 2), right + 2);
      r.x = (float) x0;
      r.y = (float) y;
      r.w = (float) (x1 - x0);
      r.h = (float) h;
      if (x1 > x0)
        g_array_append_val (self->stills, r);
    }

  if (lc->forever_tail)
    {
      double        x = round (_gor_render_p_to_x (self, lc->end_p));
      double        y, h;
      GorRenderRect r;

      _gor_render_lane_bar (self, GOR_RENDER_KIND_FOREVER, lane_top, &y, &h);
      r.x = (float) x;
      r.y = (float) y;
      r.w = (float) FOREVER_TAIL_PX;
      r.h = (float) h;
      if (x >= left - FOREVER_TAIL_PX && x <= right)
        g_array_append_val (self->rects[GOR_RENDER_KIND_FOREVER], r);
    }

  if (lc->end != GOR_RENDER_END_NONE)
    {
      double x = _gor_render_p_to_x (self, lc->end_p) + (lc->forever_tail ? FOREVER_TAIL_PX : 0);

      if (x >= left - 14 && x <= right + 2)
        {
          GorRenderEndItem e = { (float) x, (float) lane_top, (guint8) lc->end };

          g_array_append_val (self->ends, e);
        }
    }
}

/* How severe a kind is, for a folded lane's pixel where its goroutines
 * differ: the worst is shown. */
static const guint8 kind_rank[GOR_RENDER_N_KINDS] = {
  [GOR_RENDER_KIND_RUNNABLE] = 1, [GOR_RENDER_KIND_RUNNING] = 2, [GOR_RENDER_KIND_SLEEPING] = 3,
  [GOR_RENDER_KIND_BLOCKED] = 4,  [GOR_RENDER_KIND_FOREVER] = 5,
};

static void
mark_columns (guint8 *cols, int n_cols, double origin, double x0, double x1, guint8 kind)
{
  int c0 = (int) floor (x0 - origin), c1 = (int) ceil (x1 - origin);

  if (c1 <= c0)
    c1 = c0 + 1;
  c0 = MAX (c0, 0);
  c1 = MIN (c1, n_cols);
  for (int c = c0; c < c1; c++)
    if (cols[c] == 0 || kind_rank[cols[c] - 1] < kind_rank[kind])
      cols[c] = kind + 1;
}

/* A folded lane: every member's pieces, one column of pixels at a time,
 * the worst state of any member in each; end marks where members end. */
static void
build_fold_items (GorRender *self, const Extent *ext, int vi, const GorRenderRow *row, int level,
                  double lane_top)
{
  GorRenderVariant  *v = &self->v[vi];
  double             origin = ext->left - 2;
  int                n_cols = (int) MAX (1, ceil (ext->right + 2 - origin));
  g_autofree guint8 *cols = g_new0 (guint8, n_cols);
  g_autofree guint8 *ends = g_new0 (guint8, n_cols + 16);
  GorTraceGoroutine *first = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, 0));

  for (guint k = 0; k < row->n; k++)
    {
      guint               m = _gor_render_member (v, row, k);
      GorRenderLane      *lc = get_lane (self, vi, m, level);
      const GorRenderSeg *segs = (const GorRenderSeg *) (gpointer) lc->segs->data;

      for (guint j = 0; j < lc->segs->len; j++)
        {
          const GorRenderSeg *sg = &segs[j];

          if (sg->p1 < ext->p_left || sg->p0 > ext->p_right)
            continue;
          if (sg->kind == GOR_RENDER_KIND_RUNNABLE && self->lane_h < 6)
            continue;
          mark_columns (cols, n_cols, origin, _gor_render_p_to_x (self, sg->p0),
                        _gor_render_p_to_x (self, sg->p1), sg->kind);
        }
      if (lc->forever_tail)
        {
          double x = round (_gor_render_p_to_x (self, lc->end_p));

          mark_columns (cols, n_cols, origin, x, x + FOREVER_TAIL_PX, GOR_RENDER_KIND_FOREVER);
        }
      if (lc->end != GOR_RENDER_END_NONE)
        {
          double x = _gor_render_p_to_x (self, lc->end_p) + (lc->forever_tail ? FOREVER_TAIL_PX : 0);
          int    c = (int) floor (x - origin);

          if (c >= -12 && c < n_cols + 2)
            ends[MAX (c, 0)] = MAX (ends[MAX (c, 0)], (guint8) lc->end);
        }
    }

  for (int c = 0; c < n_cols;)
    {
      int           kind = cols[c] - 1, e = c;
      double        y, h;
      GorRenderRect r;

      if (cols[c] == 0)
        {
          c++;
          continue;
        }
      while (e < n_cols && cols[e] == cols[c])
        e++;
      _gor_render_lane_bar (self, (GorRenderKind) kind, lane_top, &y, &h);
      r.x = (float) (origin + c);
      r.w = (float) (e - c);
      r.y = (float) y;
      r.h = (float) h;
      g_array_append_val (self->rects[kind], r);
      self->n_drawn_spans++;
      /* Every member blocked forever has the same reason; the words say
       * how many (the label column does not: it stays narrow). */
      if (kind == GOR_RENDER_KIND_FOREVER && first->blocked_forever_since >= 0)
        {
          guint            n_forever = 0;
          g_autofree char *label = _gor_render_row_label (self, v, row, NULL, &n_forever);

          add_span_text (self, origin + c, origin + e, lane_top, (guint8) kind, first->forever_reason,
                         n_forever);
        }
      c = e;
    }

  /* One end mark every few pixels: a hundred exits in one column are one
   * mark. */
  for (int c = 0, last = -100; c < n_cols + 16; c++)
    if (ends[c] != GOR_RENDER_END_NONE && c - last >= 3)
      {
        GorRenderEndItem item = { (float) (origin + c), (float) lane_top, ends[c] };

        g_array_append_val (self->ends, item);
        last = c;
      }
}

/* Creation links: parent lane at the go statement → child's lane. */
static void
build_links (GorRender *self, const Extent *ext, int vi)
{
  GorRenderVariant *v = &self->v[vi];
  GorTrace         *trace = v->trace;
  guint             n = trace->goroutines->len;
  double            left = ext->left, right = ext->right;
  GorRenderLink    *last_link = NULL;
  int               last_parent = -1;

  for (guint i = 1; i < n; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);
      int                parent = g->parent_id ? goroutine_index (trace, g->parent_id) : -1;
      int                parent_row = _gor_render_row_of (v, parent), row = _gor_render_row_of (v, (int) i);
      double             x, y0, y1, xc;
      const GorSpan     *first_span;

      if (parent < 0 || parent_row < 0 || row < 0 || parent_row == row)
        continue;
      x = _gor_render_p_to_x (self, _gor_render_step_to_p (v, g->created_step + 0.5));
      if (x < left || x > right)
        continue;
      y0 = v->lanes_y + (parent_row + 0.5) * self->lane_h;
      y1 = v->lanes_y + (row + 0.5) * self->lane_h;
      if (MAX (y0, y1) < ext->view_top || MIN (y0, y1) > ext->view_bottom)
        continue;
      first_span = g->spans->len > 0 ? &g_array_index (g->spans, GorSpan, 0) : NULL;
      xc = first_span ? _gor_render_p_to_x (self, _gor_render_p_at (v, first_span->first_step)) : x;
      xc = CLAMP (xc, left, right);

      if (last_link && last_parent == parent && fabs (last_link->x - x) < 1.5)
        {
          last_link->y1 = (float) MAX (last_link->y1, y1);
          last_link->y0 = (float) MIN (last_link->y0, y0);
          continue;
        }
      {
        GorRenderLink l = { (float) x, (float) y0, (float) y1, (float) xc };

        g_array_append_val (self->links, l);
        last_link = &g_array_index (self->links, GorRenderLink, self->links->len - 1);
        last_parent = parent;
      }
    }
}

/* Hand-off arrows that touch a row in [@first, @last), sorted by to_step:
 * binary search the view.  Hand-offs within a folded lane have no arrow. */
static void
build_arrows (GorRender *self, const Extent *ext, int vi, int first, int last)
{
  GorRenderVariant *v = &self->v[vi];
  GorTrace         *trace = v->trace;
  double            left = ext->left, right = ext->right;
  const GorHandoff *hs = (const GorHandoff *) (gpointer) trace->handoffs->data;
  g_autoptr (GHashTable) seen = NULL;
  guint32 s_left, s_right;
  guint   lo, hi;

  s_left = (guint32) CLAMP (_gor_render_p_to_step (v, ext->p_left), 0, G_MAXUINT32 - 1);
  s_right = (guint32) CLAMP (_gor_render_p_to_step (v, ext->p_right) + 1, 0, G_MAXUINT32 - 1);
  lo = 0;
  hi = trace->handoffs->len;
  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;

      if (hs[mid].to_step < s_left)
        lo = mid + 1;
      else
        hi = mid;
    }
  seen = g_hash_table_new (g_int64_hash, g_int64_equal);

  for (guint i = lo; i < trace->handoffs->len && hs[i].to_step <= s_right && self->arrows->len < MAX_ARROWS;
       i++)
    {
      const GorHandoff *h = &hs[i];
      int               fi = _gor_render_row_of (v, goroutine_index (trace, h->from_id));
      int               ti = _gor_render_row_of (v, goroutine_index (trace, h->to_id));
      double            x0, x1, y0, y1;
      gint64            key;
      gpointer          old;

      if (fi < 0 || ti < 0 || fi == ti)
        continue;
      /* Only arrows that touch a lane on screen. */
      if ((fi < first || fi >= last) && (ti < first || ti >= last))
        continue;
      x0 = _gor_render_p_to_x (self, _gor_render_step_to_p (v, h->from_step + 0.5));
      x1 = _gor_render_p_to_x (self, _gor_render_step_to_p (v, h->to_step + 0.5));
      if (x1 < left || x0 > right)
        continue;
      y0 = v->lanes_y + (fi + 0.5) * self->lane_h;
      y1 = v->lanes_y + (ti + 0.5) * self->lane_h;

      /* One arrow per lane pair every few pixels. */
      key = ((gint64) fi << 32) | (guint32) ti;
      old = g_hash_table_lookup (seen, &key);
      if (old != NULL && x1 - *(double *) old < 6)
        continue;
      {
        GorRenderLine l = { (float) x0, (float) y0, (float) x1, (float) y1 };
        g_array_append_val (self->arrows, l);
      }
      if (old == NULL)
        {
          gint64 *k = g_new (gint64, 1);
          double *val = g_new (double, 1);

          *k = key;
          *val = x1;
          g_hash_table_insert (seen, k, val);
        }
      else
        *(double *) old = x1;
    }

  /* Keys and values were allocated above. */
  {
    GHashTableIter iter;
    gpointer       k, val;

    g_hash_table_iter_init (&iter, seen);
    while (g_hash_table_iter_next (&iter, &k, &val))
      {
        g_free (k);
        g_free (val);
      }
  }
}

void
_gor_render_build_list (GorRender *self)
{
  Extent ext;
  int    level;

  ext.left = self->label_w;
  ext.right = _gor_render_lanes_right (self);
  ext.p_left = self->first_step - self->spp;
  ext.p_right = self->first_step + (ext.right - ext.left + 2) * self->spp;
  ext.view_top = self->scroll_y;
  ext.view_bottom = self->scroll_y + self->height;

  _gor_render_ensure_layout (self);
  if (self->list_valid)
    return;

  clear_list (self);
  level = zoom_level (self);

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      GorRenderVariant *v = &self->v[vi];
      GorTrace         *trace = v->trace;
      guint             n = v->n_rows_shown;
      int               first = (int) floor ((ext.view_top - v->lanes_y) / self->lane_h);
      int               last = (int) ceil ((ext.view_bottom - v->lanes_y) / self->lane_h);

      first = CLAMP (first, 0, (int) n);
      last = CLAMP (last, 0, (int) n);
      self->lane_first[vi] = first;
      self->lane_last[vi] = last;

      for (int r = first; r < last; r++)
        {
          const GorRenderRow *row = _gor_render_row (v, (guint) r);
          double              lane_top = v->lanes_y + r * self->lane_h;

          if (row->folded)
            build_fold_items (self, &ext, vi, row, level, lane_top);
          else
            build_lane_items (self, &ext, vi, (int) _gor_render_member (v, row, 0), level, lane_top);
        }

      /* In hairline lanes thousands of links would only grey the picture. */
      if (self->opt.show_creation_links && self->lane_h >= 8)
        build_links (self, &ext, vi);

      if (self->opt.show_handoffs && trace->handoffs->len > 0 && self->spp <= MAX_ARROW_SPP)
        build_arrows (self, &ext, vi, first, last);

      build_count (self, vi);
    }

  self->list_valid = TRUE;
}
