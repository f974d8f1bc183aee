/* gor-render-draw.c — drawing the timeline: the lanes' spans, marks and
 * arrows from the display list, and the overlay on top
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-render.h"
#include "gor-render-private.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#define MONO_FAMILY "Source Code Pro, DejaVu Sans Mono, monospace"

PangoFontDescription *
_gor_render_make_font (GorRender *self, const char *family, double px, PangoWeight weight)
{
  PangoFontDescription *fd = pango_font_description_from_string (family);

  pango_font_description_set_absolute_size (fd, px * self->fs * PANGO_SCALE);
  pango_font_description_set_weight (fd, weight);
  return fd;
}

char *
_gor_render_lane_label (const GorTraceGoroutine *g)
{
  return g_strdup_printf ("g%u  %s", g->id, g->name ? g->name : "?");
}

char *
_gor_render_lane_site (const GorTraceGoroutine *g)
{
  g_autofree char *base = NULL;

  if (g->created_file == NULL)
    return g_strdup ("");
  base = g_path_get_basename (g->created_file);
  return g_strdup_printf ("%s:%u", base, g->created_line);
}

void
_gor_render_draw_text (PangoLayout *layout, cairo_t *cr, double x, double y, const char *text)
{
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

int
_gor_render_text_width (PangoLayout *layout, const char *text)
{
  int w;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

void
_gor_render_draw_hatch (cairo_t *cr, double x, double y, double w, double h)
{
  cairo_save (cr);
  cairo_rectangle (cr, x, y, w, h);
  cairo_clip (cr);
  for (double d = -h; d < w; d += 3.5)
    {
      cairo_move_to (cr, x + d, y + h);
      cairo_line_to (cr, x + d + h, y);
    }
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
  cairo_restore (cr);
}

void
_gor_render_draw_still_blocked (GorRender *self, cairo_t *cr, double x, double y, double w, double h)
{
  _gor_render_set_rgb (cr, &self->pal.kind[GOR_RENDER_KIND_FOREVER]);
  _gor_render_draw_hatch (cr, x, y, w, h);
  cairo_set_line_width (cr, 1.5);
  cairo_rectangle (cr, x + 0.75, y + 0.75, MAX (w - 1.5, 0.5), MAX (h - 1.5, 0.5));
  cairo_stroke (cr);
}

/* The words written on a span: what the goroutine waits for, in the
 * window's language.  Go's keywords stay as they are; the full wait
 * reasons (the tooltip, the inspector) stay Go's own texts. */
static const char *
span_word (guint8 reason)
{
  switch ((GorReason) reason)
    {
    case GOR_REASON_CHAN_SEND: return C_ ("span word", "chan send");
    case GOR_REASON_CHAN_RECV: return C_ ("span word", "chan receive");
    case GOR_REASON_NIL_CHAN_SEND:
    case GOR_REASON_NIL_CHAN_RECV: return C_ ("span word", "nil chan");
    case GOR_REASON_MUTEX_LOCK:
    case GOR_REASON_RWMUTEX_LOCK: return C_ ("span word", "Lock");
    case GOR_REASON_RWMUTEX_RLOCK: return C_ ("span word", "RLock");
    case GOR_REASON_WAITGROUP_WAIT: return C_ ("span word", "Wait");
    case GOR_REASON_COND_WAIT: return C_ ("span word", "Cond.Wait");
    case GOR_REASON_SLEEP: return C_ ("span word", "Sleep");
    case GOR_REASON_SELECT:
    case GOR_REASON_SELECT_NO_CASES:
    case GOR_REASON_NONE:
    case GOR_N_REASONS:
    default: break;
    }
  return gor_reason_to_short_string (reason < GOR_N_REASONS ? reason : GOR_REASON_NONE);
}

static void
fill_rects (cairo_t *cr, GArray *rects)
{
  for (guint i = 0; i < rects->len; i++)
    {
      const GorRenderRect *r = &g_array_index (rects, GorRenderRect, i);
      cairo_rectangle (cr, r->x, r->y, r->w, r->h);
    }
  cairo_fill (cr);
}

static void
draw_lanes (GorRender *self, cairo_t *cr, PangoLayout *small)
{
  const GorRenderPalette *pal = &self->pal;
  double                  left = self->label_w, right = _gor_render_lanes_right (self);

  cairo_save (cr);
  cairo_rectangle (cr, left, self->scroll_y, right + 16 * self->fs - left, self->height);
  cairo_clip (cr);

  /* Creation links under the spans. */
  if (self->links->len > 0)
    {
      _gor_render_set_rgb (cr, &pal->link);
      cairo_set_line_width (cr, 1);
      for (guint i = 0; i < self->links->len; i++)
        {
          const GorRenderLink *l = &g_array_index (self->links, GorRenderLink, i);
          double               x = floor (l->x) + 0.5;

          cairo_move_to (cr, x, l->y0);
          cairo_line_to (cr, x, l->y1);
          if (l->x_child > l->x + 1)
            cairo_line_to (cr, l->x_child, l->y1);
        }
      cairo_stroke (cr);
      for (guint i = 0; i < self->links->len; i++)
        {
          const GorRenderLink *l = &g_array_index (self->links, GorRenderLink, i);

          cairo_new_sub_path (cr);
          cairo_arc (cr, floor (l->x) + 0.5, l->y0, 2.5, 0, 2 * G_PI);
        }
      cairo_fill (cr);
    }

  for (int k = 0; k < GOR_RENDER_N_KINDS; k++)
    {
      _gor_render_set_rgb (cr, &pal->kind[k]);
      fill_rects (cr, self->rects[k]);
    }

  /* Still blocked when main returned: over the span, under its reason. */
  for (guint i = 0; i < self->stills->len; i++)
    {
      const GorRenderRect *r = &g_array_index (self->stills, GorRenderRect, i);

      _gor_render_draw_still_blocked (self, cr, r->x, r->y, r->w, r->h);
    }

  /* Ends: exited is a small bar, killed a hatched block. */
  for (guint i = 0; i < self->ends->len; i++)
    {
      const GorRenderEndItem *e = &g_array_index (self->ends, GorRenderEndItem, i);
      double                  y, h;

      _gor_render_lane_bar (self, GOR_RENDER_KIND_RUNNING, e->y, &y, &h);
      if (e->mark == GOR_RENDER_END_EXITED)
        {
          _gor_render_set_rgb (cr, &pal->text);
          cairo_rectangle (cr, e->x - 1, y - 1, 2, h + 2);
          cairo_fill (cr);
        }
      else
        {
          double w = MIN (12 * self->fs, MAX (4, h));

          _gor_render_set_rgb (cr, &pal->dim);
          _gor_render_draw_hatch (cr, e->x, y, w, h);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, e->x + 0.5, y + 0.5, w - 1, h - 1);
          cairo_stroke (cr);
        }
    }

  /* Hand-off arrows on top. */
  if (self->arrows->len > 0)
    {
      _gor_render_set_rgba (cr, &pal->arrow, 0.9);
      cairo_set_line_width (cr, 1.5);
      for (guint i = 0; i < self->arrows->len; i++)
        {
          const GorRenderLine *l = &g_array_index (self->arrows, GorRenderLine, i);
          double               dy = l->y1 - l->y0;
          double               bend = MIN (fabs (dy) * 0.35, 30);
          double               ex = l->x1, ey = l->y1 - (dy > 0 ? 4 : -4);

          cairo_move_to (cr, l->x0, l->y0);
          /* Gentle curves when few; straight lines are much cheaper to
           * stroke when many. */
          if (self->arrows->len <= 200)
            cairo_curve_to (cr, l->x0 + bend, l->y0 + dy * 0.3, ex - bend * 0.2, ey - dy * 0.3, ex, ey);
          else
            cairo_line_to (cr, ex, ey);
        }
      cairo_stroke (cr);
      for (guint i = 0; i < self->arrows->len; i++)
        {
          const GorRenderLine *l = &g_array_index (self->arrows, GorRenderLine, i);
          double               s = l->y1 > l->y0 ? 1 : -1;
          double               ey = l->y1 - 3 * s;

          cairo_move_to (cr, l->x1, ey);
          cairo_line_to (cr, l->x1 - 4, ey - 7 * s);
          cairo_line_to (cr, l->x1 + 4, ey - 7 * s);
          cairo_close_path (cr);
        }
      cairo_fill (cr);
    }

  /* Reasons written on blocked spans where they fit, whole or not at all,
   * last: an arrow that crosses a span gives way under its words (the
   * span's colour behind them), so no arrow ever crosses text. */
  for (guint i = 0; i < self->texts->len; i++)
    {
      const GorRenderText *t = &g_array_index (self->texts, GorRenderText, i);
      const char          *label = span_word (t->reason);
      g_autofree char     *forever = NULL;
      double               x0 = MAX (t->x, left), x1 = MIN (t->x + t->w, right);
      double               y, bh, ink_top, ink_bottom;
      PangoRectangle       ink;
      int                  w, h;

      /* In playback only the part up to the playhead is shown: words that
       * do not fit there wait, instead of being cut by the playhead. */
      if (!self->opt.draw_future)
        for (int vi = 0; vi < self->n_variants; vi++)
          if (t->y >= self->v[vi].top && t->y < self->v[vi].bottom)
            x1 = MIN (x1, _gor_render_p_to_x (self, _gor_render_p_at (&self->v[vi], self->playhead)));

      if (t->kind == GOR_RENDER_KIND_FOREVER && t->n_forever > 0)
        {
          /* A folded lane: how many, then the reason. */
          forever = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%u blocked forever · %s",
                                                  "%u blocked forever · %s", t->n_forever),
                                     t->n_forever, label);
          pango_layout_set_text (small, forever, -1);
          pango_layout_get_pixel_size (small, &w, &h);
          if (w + 12 > x1 - x0)
            {
              g_free (forever);
              /* TRANSLATORS: a folded lane's red span when the reason does not fit: "10 blocked forever" */
              forever = g_strdup_printf (
                  g_dngettext (GETTEXT_PACKAGE, "%u blocked forever", "%u blocked forever", t->n_forever),
                  t->n_forever);
              pango_layout_set_text (small, forever, -1);
              pango_layout_get_pixel_size (small, &w, &h);
              if (w + 12 > x1 - x0)
                pango_layout_set_text (small, label, -1);
            }
        }
      else if (t->kind == GOR_RENDER_KIND_FOREVER)
        {
          forever = g_strdup_printf (_ ("blocked forever · %s"), label);
          pango_layout_set_text (small, forever, -1);
          pango_layout_get_pixel_size (small, &w, &h);
          if (w + 12 > x1 - x0)
            pango_layout_set_text (small, label, -1);
        }
      else
        pango_layout_set_text (small, label, -1);
      pango_layout_get_pixel_size (small, &w, &h);
      if (w + 10 > x1 - x0)
        continue;
      /* Nor in height beyond the lane.  In lanes squeezed toward the
       * least the bar is thinner than a line: the words then sit on a tag
       * of the span's colour as tall as they are, so they never spill
       * onto the background in a colour chosen for the bar. */
      pango_layout_get_pixel_extents (small, &ink, NULL);
      ink_top = round (t->y - h / 2.0) + ink.y - 1;
      ink_bottom = ink_top + ink.height + 2;
      if (ink_bottom - ink_top > self->lane_h)
        continue;
      _gor_render_lane_bar (self, t->kind, t->y - self->lane_h / 2, &y, &bh);
      if (self->arrows->len > 0 || ink_top < y || ink_bottom > y + bh)
        {
          double ty = MIN (y, ink_top), th = MAX (y + bh, ink_bottom) - ty;

          _gor_render_set_rgb (cr, &pal->kind[t->kind]);
          cairo_rectangle (cr, x0 + 2, ty, w + 6, th);
          cairo_fill (cr);
        }
      _gor_render_set_rgb (cr, &pal->kind_text[t->kind]);
      cairo_move_to (cr, x0 + 5, t->y - h / 2.0);
      pango_cairo_show_layout (cr, small);
    }

  cairo_restore (cr);
}

void
gor_render_draw_content (GorRender *self, cairo_t *cr)
{
  g_autoptr (PangoLayout) layout = NULL;
  g_autoptr (PangoLayout) small = NULL;
  g_autoptr (PangoLayout) mono = NULL;
  PangoFontDescription *fd;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  _gor_render_ensure_view (self);
  _gor_render_build_list (self);

  cairo_save (cr);
  _gor_render_set_rgb (cr, &self->pal.bg);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_fill (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  cairo_translate (cr, 0, -self->scroll_y);

  if (self->n_variants == 0)
    {
      cairo_restore (cr);
      return;
    }

  layout = pango_cairo_create_layout (cr);
  small = pango_cairo_create_layout (cr);
  mono = pango_cairo_create_layout (cr);
  fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, fd);
  pango_font_description_free (fd);
  fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, GOR_RENDER_SMALL_PX, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (small, fd);
  pango_font_description_free (fd);
  fd = _gor_render_make_font (self, MONO_FAMILY, GOR_RENDER_SMALL_PX, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (mono, fd);
  pango_font_description_free (fd);

  /* Stripes behind every other lane. */
  _gor_render_set_rgb (cr, &self->pal.stripe);
  for (int vi = 0; vi < self->n_variants; vi++)
    for (int i = self->lane_first[vi]; i < self->lane_last[vi]; i++)
      if (i % 2 == 1 && self->lane_h >= 6)
        cairo_rectangle (cr, 0, self->v[vi].lanes_y + i * self->lane_h, self->width, self->lane_h);
  cairo_fill (cr);

  for (int vi = 0; vi < self->n_variants; vi++)
    _gor_render_draw_frame (self, cr, layout, small, mono, vi);

  /* Playback: nothing after the playhead.  One single-rectangle clip per
   * variant: cairo 1.16 aborts (get_clip_surface: clip->path) on a clip made
   * of several boxes that are not pixel-aligned. */
  if (self->opt.draw_future)
    draw_lanes (self, cr, small);
  else
    for (int vi = 0; vi < self->n_variants; vi++)
      {
        GorRenderVariant *v = &self->v[vi];
        double            px = _gor_render_p_to_x (self, _gor_render_p_at (v, self->playhead));

        cairo_save (cr);
        cairo_rectangle (cr, 0, v->top, MAX (0, px), v->bottom - v->top);
        cairo_clip (cr);
        draw_lanes (self, cr, small);
        cairo_restore (cr);
      }

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      cairo_save (cr);
      if (!self->opt.draw_future)
        {
          double px = _gor_render_p_to_x (self, _gor_render_p_at (&self->v[vi], self->playhead));

          cairo_rectangle (cr, 0, self->scroll_y, MAX (0, px), self->height);
          cairo_clip (cr);
        }
      _gor_render_draw_count (self, cr, small, vi);
      cairo_restore (cr);
    }

  if (self->opt.show_output)
    for (int vi = 0; vi < self->n_variants; vi++)
      _gor_render_draw_output (self, cr, layout, mono, vi);
  for (int vi = 0; vi < self->n_variants; vi++)
    _gor_render_draw_story (self, cr, layout, vi);

  cairo_restore (cr);
}

static void
lane_band (GorRender *self, cairo_t *cr, int vi, int index, const GorRgb *c, double alpha, gboolean outline)
{
  double y;
  int    row;

  if (vi < 0 || vi >= self->n_variants)
    return;
  row = _gor_render_row_of (&self->v[vi], index);
  if (row < 0)
    return;
  y = self->v[vi].lanes_y + row * self->lane_h;
  _gor_render_set_rgba (cr, c, alpha);
  cairo_rectangle (cr, 0, y, self->width, self->lane_h);
  cairo_fill (cr);
  if (outline)
    {
      _gor_render_set_rgba (cr, c, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_rectangle (cr, 1.75, y + 0.75, self->width - 3.5, self->lane_h - 1.5);
      cairo_stroke (cr);
    }
}

void
gor_render_draw_overlay (GorRender *self, cairo_t *cr)
{
  const GorRenderPalette *pal;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (self->n_variants == 0)
    return;
  _gor_render_ensure_view (self);
  pal = &self->pal;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  cairo_translate (cr, 0, -self->scroll_y);

  lane_band (self, cr, self->sel_variant, self->sel_index, &pal->accent, 0.12, TRUE);
  _gor_render_draw_holder_links (self, cr);
  if (self->hover_variant != self->sel_variant || self->hover_index != self->sel_index)
    lane_band (self, cr, self->hover_variant, self->hover_index, &pal->text, 0.06, FALSE);

  /* The playhead, across each variant's axis, lanes and count strip. */
  for (int vi = 0; vi < self->n_variants; vi++)
    {
      GorRenderVariant *v = &self->v[vi];
      guint32           step = MIN (self->playhead, v->trace->n_steps);
      double            x = _gor_render_p_to_x (self, _gor_render_p_at (v, step));
      double            top = v->axis_y + 20 * self->fs, bottom = v->count_y + 36 * self->fs;
      double            half = 5, tall = 7;

      if (x < self->label_w - 1 || x > _gor_render_lanes_right (self) + 1)
        continue;
      x = floor (x) + 0.5;
      /* In its strip under the tick labels: it never covers one. */
      if (_gor_render_has_marker_strip (self))
        {
          top = v->axis_y + 29 * self->fs;
          half = 5 * self->fs;
          tall = 7 * self->fs;
        }
      _gor_render_set_rgba (cr, &pal->playhead, 0.85);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x, top + tall - 1);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_move_to (cr, x - half, top);
      cairo_line_to (cr, x + half, top);
      cairo_line_to (cr, x, top + tall);
      cairo_close_path (cr);
      cairo_fill (cr);

      /* NumGoroutine at the playhead, beside the line in the count strip. */
      if (v->trace->num_goroutines->len > 0)
        {
          char                  buf[32];
          PangoLayout          *layout = pango_cairo_create_layout (cr);
          PangoFontDescription *fd
              = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, GOR_RENDER_SMALL_PX, PANGO_WEIGHT_BOLD);
          int tw, th;

          g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT, gor_trace_num_goroutines_at (v->trace, step));
          pango_layout_set_font_description (layout, fd);
          pango_font_description_free (fd);
          pango_layout_set_text (layout, buf, -1);
          pango_layout_get_pixel_size (layout, &tw, &th);
          _gor_render_set_rgb (cr, &pal->bg);
          cairo_rectangle (cr, x + 3, v->count_y + 2 * self->fs, tw + 4, th);
          cairo_fill (cr);
          _gor_render_set_rgb (cr, &pal->playhead);
          cairo_move_to (cr, x + 5, v->count_y + 2 * self->fs);
          pango_cairo_show_layout (cr, layout);
          g_object_unref (layout);
        }
    }

  cairo_restore (cr);
}

void
gor_render_draw (GorRender *self, cairo_t *cr)
{
  gor_render_draw_content (self, cr);
  /* An export of the whole run has no playhead to show. */
  if (!self->opt.draw_future || self->playhead < gor_render_get_n_steps (self))
    gor_render_draw_overlay (self, cr);
}
