/* gor-render-layout.c — where things are: the vertical layout, the axis
 * map, lane positions and hit testing
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-render.h"
#include "gor-render-private.h"

#include <string.h>

static guint
count_output_lines (GorTrace *trace, guint32 up_to_step)
{
  guint    lines = 0;
  gboolean open_line = FALSE;

  for (guint i = 0; i < trace->output->len; i++)
    {
      const GorOutputChunk *c = &g_array_index (trace->output, GorOutputChunk, i);
      const char           *text = trace->output_text->str + c->offset;

      if (c->step > up_to_step)
        break;
      for (guint j = 0; j < c->length; j++)
        {
          if (text[j] == '\n')
            {
              lines++;
              open_line = FALSE;
            }
          else
            open_line = TRUE;
        }
    }

  return lines + (open_line ? 1 : 0);
}

/* The time axis when a run's clock moves, else the steps axis.  The time
 * axis is linear in virtual time and shared: every variant gets the same
 * scale and origin (0 ns), the longest run filling the range 0 … n_steps of
 * the longest, so that fit-to-window is the same on both axes and the
 * ticks of the leak and the fixed panel line up. */
static void
layout_axis_map (GorRender *self)
{
  gint64  total_ns = 0;
  guint32 n_steps = 0;
  double  b = 0;

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      GorTrace *trace = self->v[vi].trace;

      n_steps = MAX (n_steps, trace->n_steps);
      if (trace->vtime->len > 0)
        total_ns = MAX (total_ns, gor_trace_vtime_at (trace, trace->n_steps));
    }
  if (self->opt.axis == GOR_RENDER_AXIS_TIME && total_ns > 0 && n_steps > 0)
    b = n_steps / (double) total_ns;
  for (int vi = 0; vi < self->n_variants; vi++)
    self->v[vi].b = b;
}

/* One variant's rows from @y down; returns where the next one starts. */
static double
layout_variant (GorRender *self, GorRenderVariant *v, double y)
{
  GorTrace *trace = v->trace;

  v->max_count = 1;
  for (guint i = 0; i < trace->num_goroutines->len; i++)
    v->max_count = MAX (v->max_count, g_array_index (trace->num_goroutines, GorStepValue, i).value);

  v->n_output_lines = 0;
  if (self->opt.show_output && !self->compact)
    {
      v->n_output_lines = MIN (count_output_lines (trace, G_MAXUINT32), GOR_RENDER_MAX_OUTPUT_LINES);
      if (trace->end_kind != GOR_END_NONE && trace->exit_status != 0)
        v->n_output_lines++;
    }

  v->top = y;
  y += (self->opt.tight ? 3 : 14) * self->fs;
  v->title_y = y;
  y += (self->opt.tight ? 21 : 24) * self->fs;
  v->legend_y = y;
  y += GOR_RENDER_LEGEND_ROW * self->fs * _gor_render_legend_rows (self);
  y += (self->opt.tight ? 1 : 4) * self->fs;
  v->axis_y = y;
  y += _gor_render_axis_height (self);
  y = round (y);
  v->lanes_y = y;
  y += self->lane_h * v->n_rows_shown;
  v->more_y = y;
  if (v->n_rows_shown < v->rows->len)
    y += self->lane_h;
  y += (self->opt.tight ? 2 : 6) * self->fs;
  v->count_y = y;
  y += 40 * self->fs;
  v->output_y = y;
  if (v->n_output_lines > 0)
    y += (12 + 18 + 16 * v->n_output_lines) * self->fs;
  _gor_render_story_build (self, v);
  v->story_y = y;
  if (v->story && v->story->len > 0)
    y += (12 + 18 + 16 * v->story->len) * self->fs;
  y += (self->opt.tight ? 2 : 14) * self->fs;
  v->bottom = y;
  y += (self->opt.tight ? 2 : 10) * self->fs;

  return y;
}

/* A cheap guess at a row label's width in characters, to measure only the
 * longest: a fold's label is built (there are few). */
static gsize
label_length (GorRender *self, const GorRenderVariant *v, const GorRenderRow *row)
{
  const GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, 0));
  gsize                    site = (g->created_file ? strlen (g->created_file) : 0)
               + (g->created_line >= 1000  ? 4
                  : g->created_line >= 100 ? 3
                                           : 2);

  if (row->folded)
    {
      g_autofree char *label = _gor_render_row_label (self, v, row, NULL, NULL);

      return (label ? g_utf8_strlen (label, -1) : 0) + site;
    }
  return (g->name ? strlen (g->name) : 0) + site
         + (g->id >= 10000  ? 5
            : g->id >= 1000 ? 4
            : g->id >= 100  ? 3
            : g->id >= 10   ? 2
                            : 1);
}

/* The label column's width for a lane @label and creation @site, with
 * room for a fold's disclosure triangle when @folds. */
static double
measure_label_column (GorRender *self, const char *label, const char *site, gboolean folds)
{
  PangoFontMap         *fm = pango_cairo_font_map_get_default ();
  PangoContext         *ctx = pango_font_map_create_context (fm);
  PangoLayout          *layout = pango_layout_new (ctx);
  PangoFontDescription *fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
  int                   w1, w2;

  pango_layout_set_font_description (layout, fd);
  pango_layout_set_text (layout, label, -1);
  pango_layout_get_pixel_size (layout, &w1, NULL);
  pango_font_description_set_absolute_size (fd, GOR_RENDER_SMALL_PX * self->fs * PANGO_SCALE);
  pango_layout_set_font_description (layout, fd);
  pango_layout_set_text (layout, site, -1);
  pango_layout_get_pixel_size (layout, &w2, NULL);
  pango_font_description_free (fd);
  g_object_unref (layout);
  g_object_unref (ctx);
  return 16 * self->fs + (folds ? 12 * self->fs : 0) + w1 + 12 * self->fs + w2 + 14 * self->fs;
}

/* With a max_height, the rows that do not fit are left out, the room
 * shared fairly between the variants, and one row per variant that loses
 * any says what was left out.  @content is the height with every row and no such line. */
static void
cut_rows (GorRender *self, double content)
{
  guint total = 0, n_cut = 0;
  int   avail, budget, used = 0;

  for (int vi = 0; vi < self->n_variants; vi++)
    total += self->v[vi].rows->len;
  avail = (int) floor ((self->opt.max_height - (content - self->lane_h * total)) / self->lane_h);
  if (total == 0 || avail >= (int) total)
    return;
  budget = MAX (0, avail - self->n_variants);
  /* Fair shares, the smaller variant first: a short fix is shown whole
   * beside a leak of thousands. */
  {
    int order[2] = { 0, 1 };
    int left = self->n_variants;

    if (self->n_variants == 2 && self->v[1].rows->len < self->v[0].rows->len)
      {
        order[0] = 1;
        order[1] = 0;
      }
    for (int k = 0; k < self->n_variants; k++)
      {
        GorRenderVariant *v = &self->v[order[k]];
        guint             share = (guint) ((budget - used) / left);

        v->n_rows_shown = MIN (v->rows->len, share);
        used += (int) v->n_rows_shown;
        left--;
      }
  }
  /* What is left: a variant shown whole needs no "more" line, and the
   * rounding's rows go to the variants that were cut. */
  for (int vi = 0; vi < self->n_variants; vi++)
    if (self->v[vi].n_rows_shown < self->v[vi].rows->len)
      n_cut++;
  budget = MAX (0, avail - (int) n_cut);
  for (gboolean more = TRUE; more && used < budget;)
    {
      more = FALSE;
      for (int vi = 0; vi < self->n_variants && used < budget; vi++)
        {
          GorRenderVariant *v = &self->v[vi];

          if (v->n_rows_shown < v->rows->len)
            {
              v->n_rows_shown++;
              used++;
              more = TRUE;
              if (v->n_rows_shown == v->rows->len)
                budget++; /* its "more" line is not needed */
            }
        }
    }
}

/* Rows left out are counted, and their goroutines lose their row. */
static void
account_left_out (GorRender *self, GorRenderVariant *v)
{
  v->n_left_out = 0;
  v->n_left_out_forever = 0;
  for (guint r = v->n_rows_shown; r < v->rows->len; r++)
    {
      const GorRenderRow *row = _gor_render_row (v, r);

      for (guint k = 0; k < row->n; k++)
        {
          guint              index = _gor_render_member (v, row, k);
          GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, index);

          g_array_index (v->row_of, int, index) = -1;
          v->n_left_out++;
          if (_gor_render_shows_forever (self, g))
            v->n_left_out_forever++;
        }
    }
}

void
_gor_render_ensure_layout (GorRender *self)
{
  double   y = 0;
  int      longest = -1, longest_vi = 0;
  gsize    longest_len = 0;
  double   min_lane;
  gboolean future, folds = FALSE;

  if (self->layout_valid)
    return;

  self->fs = self->opt.font_scale > 0 ? self->opt.font_scale : 1.0;
  min_lane = round (GOR_RENDER_MIN_LANE_HEIGHT * self->fs);
  self->lane_h
      = MAX (min_lane, round (self->opt.lane_height > 0 ? self->opt.lane_height
                                                        : GOR_RENDER_DEFAULT_LANE_HEIGHT * self->fs));

  layout_axis_map (self);
  self->compact = FALSE;
  for (int vi = 0; vi < self->n_variants; vi++)
    {
      _gor_render_build_rows (self, &self->v[vi]);
      y = layout_variant (self, &self->v[vi], y);
    }
  /* Too tall for max_height: the legend goes to one line and the output
   * panels go (the lanes matter more), then lanes are left out. */
  if (self->opt.max_height > 0 && y > self->opt.max_height)
    {
      self->compact = TRUE;
      y = 0;
      for (int vi = 0; vi < self->n_variants; vi++)
        y = layout_variant (self, &self->v[vi], y);
    }
  if (self->opt.max_height > 0 && y > self->opt.max_height)
    {
      cut_rows (self, y);
      y = 0;
      for (int vi = 0; vi < self->n_variants; vi++)
        y = layout_variant (self, &self->v[vi], y);
    }

  for (int vi = 0; vi < self->n_variants; vi++)
    account_left_out (self, &self->v[vi]);

  /* Labels measured as if everything had started: the column does not
   * jump during playback. */
  future = self->opt.draw_future;
  self->opt.draw_future = TRUE;
  for (int vi = 0; vi < self->n_variants; vi++)
    {
      GorRenderVariant *v = &self->v[vi];

      /* The longest label decides the label column. */
      for (guint r = 0; r < v->n_rows_shown; r++)
        {
          const GorRenderRow *row = _gor_render_row (v, r);
          gsize               len = label_length (self, v, row);

          folds |= row->folded || row->expanded;
          if (len > longest_len)
            {
              longest_len = len;
              longest = (int) r;
              longest_vi = vi;
            }
        }
    }

  self->label_w = 150 * self->fs;
  if (longest >= 0)
    {
      GorRenderVariant   *v = &self->v[longest_vi];
      const GorRenderRow *row = _gor_render_row (v, (guint) longest);
      GorTraceGoroutine  *g = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, 0));
      g_autofree char    *label = _gor_render_row_label (self, v, row, NULL, NULL);
      g_autofree char    *site = _gor_render_lane_site (g);

      self->label_w = MAX (self->label_w, measure_label_column (self, label ? label : "", site, folds));
    }
  self->opt.draw_future = future;
  /* Capped: lanes matter more than long names, which are ellipsized (the
   * tooltip and the inspector have them whole). */
  self->label_w = MIN (self->label_w, MAX (150.0, self->width * GOR_RENDER_LABEL_COLUMN_MAX));

  self->layout_valid = TRUE;
  self->list_valid = FALSE;
}

/* Axis units per step past the end of the run (the timeline scrolls a
 * little beyond it): the run's average. */
static double
rate_past_end (const GorRenderVariant *v)
{
  guint32 n = v->trace->n_steps;
  double  p = _gor_render_p_at (v, n);

  return n > 0 && p > 0 ? p / n : 1;
}

double
_gor_render_step_to_p (const GorRenderVariant *v, double step)
{
  guint32 s;
  double  p0;

  if (step <= 0)
    return step;
  if (v->b == 0)
    return step;
  if (step >= v->trace->n_steps)
    return _gor_render_p_at (v, v->trace->n_steps) + (step - v->trace->n_steps) * rate_past_end (v);
  s = (guint32) floor (step);
  p0 = _gor_render_p_at (v, s);
  return p0 + (step - s) * (_gor_render_p_at (v, s + 1) - p0);
}

double
_gor_render_p_to_step (const GorRenderVariant *v, double p)
{
  guint32 lo = 0, hi;
  double  p0, p1;

  if (v->b == 0 || p <= 0)
    return p;

  hi = v->trace->n_steps;
  if (p >= _gor_render_p_at (v, hi))
    return hi + (p - _gor_render_p_at (v, hi)) / rate_past_end (v);

  /* Last step whose start is <= p: of steps that take no time, the last. */
  while (hi - lo > 1)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (_gor_render_p_at (v, mid) <= p)
        lo = mid;
      else
        hi = mid;
    }

  p0 = _gor_render_p_at (v, lo);
  p1 = _gor_render_p_at (v, lo + 1);
  return lo + (p1 > p0 ? MIN (1.0, (p - p0) / (p1 - p0)) : 0);
}

double
gor_render_get_content_height (GorRender *self, int width)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->n_variants == 0)
    return 0;
  /* Long lines are ellipsized, never wrapped, but the legend wraps at the
   * width: measured at @width, the viewport's size is left alone. */
  if (width > 0 && width != self->width)
    {
      int    saved = self->width;
      double bottom;

      self->width = width;
      self->layout_valid = FALSE;
      _gor_render_ensure_layout (self);
      bottom = self->v[self->n_variants - 1].bottom;
      self->width = saved;
      self->layout_valid = FALSE;
      self->list_valid = FALSE;
      return bottom;
    }
  _gor_render_ensure_layout (self);
  return self->v[self->n_variants - 1].bottom;
}

double
gor_render_get_lanes_x (GorRender *self)
{
  g_return_val_if_fail (self != NULL, 0);
  _gor_render_ensure_layout (self);
  return self->label_w;
}

gboolean
gor_render_get_variant_extents (GorRender *self, int variant, double *top, double *bottom)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (variant < 0 || variant >= self->n_variants)
    return FALSE;
  _gor_render_ensure_layout (self);
  if (top)
    *top = self->v[variant].top;
  if (bottom)
    *bottom = self->v[variant].bottom;
  return TRUE;
}

gboolean
gor_render_get_lane_extents (GorRender *self, int variant, int goroutine_index, double *y, double *height)
{
  int row;

  g_return_val_if_fail (self != NULL, FALSE);

  if (variant < 0 || variant >= self->n_variants || goroutine_index < 0
      || (guint) goroutine_index >= self->v[variant].trace->goroutines->len)
    return FALSE;
  _gor_render_ensure_layout (self);
  row = _gor_render_row_of (&self->v[variant], goroutine_index);
  if (row < 0)
    return FALSE;
  if (y)
    *y = self->v[variant].lanes_y + row * self->lane_h;
  if (height)
    *height = self->lane_h;
  return TRUE;
}

double
gor_render_step_to_x (GorRender *self, int variant, double step)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (variant >= 0 && variant < self->n_variants, 0);

  _gor_render_ensure_view (self);
  return _gor_render_p_to_x (self, _gor_render_step_to_p (&self->v[variant], step));
}

double
gor_render_x_to_step (GorRender *self, int variant, double x)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (variant >= 0 && variant < self->n_variants, 0);

  _gor_render_ensure_view (self);
  return _gor_render_p_to_step (&self->v[variant], self->first_step + (x - self->label_w) * self->spp);
}

gboolean
gor_render_hit_test (GorRender *self, double x, double y, GorRenderHit *hit)
{
  double yc;

  g_return_val_if_fail (self != NULL, FALSE);
  g_return_val_if_fail (hit != NULL, FALSE);

  memset (hit, 0, sizeof *hit);
  hit->area = GOR_RENDER_HIT_NONE;
  hit->variant = -1;
  hit->goroutine_index = -1;

  if (self->n_variants == 0)
    return FALSE;
  _gor_render_ensure_view (self);
  yc = y + self->scroll_y;

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      GorRenderVariant *v = &self->v[vi];
      GorTrace         *trace = v->trace;
      double            s;

      if (yc < v->top || yc >= v->bottom)
        continue;

      hit->variant = vi;
      hit->trace = trace;
      s = _gor_render_p_to_step (v, self->first_step + (x - self->label_w) * self->spp);
      hit->step = (guint32) CLAMP (floor (s), 0, trace->n_steps > 0 ? trace->n_steps - 1 : 0);

      if (yc < v->axis_y)
        hit->area = GOR_RENDER_HIT_HEADER;
      else if (yc < v->lanes_y)
        hit->area = GOR_RENDER_HIT_AXIS;
      else if (yc < v->lanes_y + self->lane_h * v->n_rows_shown)
        {
          const GorRenderRow *row = _gor_render_row (v, (guint) floor ((yc - v->lanes_y) / self->lane_h));
          int                 index = (int) _gor_render_member (v, row, 0);

          hit->n_in_lane = row->n;
          hit->foldable = row->folded || row->expanded;
          if (x < self->label_w)
            hit->area = GOR_RENDER_HIT_LABEL;
          else
            {
              hit->area = GOR_RENDER_HIT_LANE;
              if (s >= 0 && s < trace->n_steps && (self->opt.draw_future || hit->step <= self->playhead))
                /* In a fold, the first goroutine that is alive there. */
                for (guint k = 0; k < row->n && k < 4096; k++)
                  {
                    guint              m = _gor_render_member (v, row, k);
                    GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, m);
                    const GorSpan     *span = gor_trace_goroutine_span_at (g, hit->step);

                    if (span && span->state != GOR_STATE_EXITED && span->state != GOR_STATE_KILLED
                        && _gor_render_has_started (self, g))
                      {
                        index = (int) m;
                        hit->area = GOR_RENDER_HIT_SPAN;
                        hit->span = span;
                        hit->blocked_forever
                            = g->blocked_forever_since >= 0 && hit->step >= g->blocked_forever_since;
                        break;
                      }
                  }
            }
          hit->goroutine_index = index;
          hit->goroutine = g_ptr_array_index (trace->goroutines, index);
        }
      else if (v->n_rows_shown < v->rows->len && yc < v->more_y + self->lane_h)
        /* The "+ N more goroutines not shown" row. */
        hit->area = GOR_RENDER_HIT_LANE;
      else if (yc < v->output_y)
        hit->area = GOR_RENDER_HIT_COUNT;
      else
        hit->area = GOR_RENDER_HIT_OUTPUT;
      return TRUE;
    }

  return FALSE;
}
