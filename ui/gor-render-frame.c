/* gor-render-frame.c — what is drawn around the lanes: header and legend,
 * axis, lane labels, the goroutine-count strip and the program's output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-render.h"
#include "gor-render-private.h"

#include <string.h>
#include <glib/gi18n-lib.h>

#include "gor-format.h"

static double
nice_interval (double raw)
{
  double mag = pow (10, floor (log10 (MAX (raw, 1e-12))));
  double f = raw / mag;

  if (f <= 1)
    return mag;
  if (f <= 2)
    return 2 * mag;
  if (f <= 5)
    return 5 * mag;
  return 10 * mag;
}

/* The legend's entries; kinds below zero are marks, not span colours. */
static const struct
{
  const char *label;
  int         kind;
} legend_items[] = {
  { N_ ("running"), GOR_RENDER_KIND_RUNNING },
  { N_ ("runnable"), GOR_RENDER_KIND_RUNNABLE },
  { N_ ("blocked"), GOR_RENDER_KIND_BLOCKED },
  { N_ ("sleeping"), GOR_RENDER_KIND_SLEEPING },
  { N_ ("blocked forever"), GOR_RENDER_KIND_FOREVER },
  { N_ ("still blocked when main returned"), -5 },
  { N_ ("exited"), -1 },
  { N_ ("killed at exit"), -2 },
  { N_ ("hand-off"), -3 },
  { N_ ("go statement"), -4 },
};

static void
draw_swatch (GorRender *self, cairo_t *cr, int kind, double x, double cy)
{
  const GorRenderPalette *pal = &self->pal;
  double                  sw = 16 * self->fs, sh = 10 * self->fs;

  if (kind >= 0)
    {
      double bh = kind == GOR_RENDER_KIND_RUNNABLE ? sh * 0.5 : sh;

      _gor_render_set_rgb (cr, &pal->kind[kind]);
      cairo_rectangle (cr, x, cy - bh / 2, sw, bh);
      cairo_fill (cr);
    }
  else if (kind == -1)
    {
      _gor_render_set_rgb (cr, &pal->kind[GOR_RENDER_KIND_RUNNING]);
      cairo_rectangle (cr, x, cy - sh / 2, sw - 3, sh);
      cairo_fill (cr);
      _gor_render_set_rgb (cr, &pal->text);
      cairo_rectangle (cr, x + sw - 3, cy - sh / 2 - 1, 2, sh + 2);
      cairo_fill (cr);
    }
  else if (kind == -2)
    {
      _gor_render_set_rgb (cr, &pal->dim);
      _gor_render_draw_hatch (cr, x + 2, cy - sh / 2, sw - 4, sh);
      cairo_set_line_width (cr, 1);
      cairo_rectangle (cr, x + 2.5, cy - sh / 2 + 0.5, sw - 5, sh - 1);
      cairo_stroke (cr);
    }
  else if (kind == -5)
    {
      _gor_render_set_rgb (cr, &pal->kind[GOR_RENDER_KIND_BLOCKED]);
      cairo_rectangle (cr, x, cy - sh / 2, sw, sh);
      cairo_fill (cr);
      _gor_render_draw_still_blocked (self, cr, x, cy - sh / 2, sw, sh);
    }
  else if (kind == -3)
    {
      _gor_render_set_rgb (cr, &pal->arrow);
      cairo_set_line_width (cr, 1.4);
      cairo_move_to (cr, x, cy + 4);
      cairo_line_to (cr, x + sw - 3, cy - 3);
      cairo_stroke (cr);
      cairo_move_to (cr, x + sw, cy - 5);
      cairo_line_to (cr, x + sw - 7, cy - 4);
      cairo_line_to (cr, x + sw - 3, cy + 1);
      cairo_close_path (cr);
      cairo_fill (cr);
    }
  else
    {
      _gor_render_set_rgb (cr, &pal->link);
      cairo_set_line_width (cr, 1.2);
      cairo_arc (cr, x + 3, cy - 4, 2.2, 0, 2 * G_PI);
      cairo_fill (cr);
      cairo_move_to (cr, x + 3, cy - 4);
      cairo_line_to (cr, x + 3, cy + 4);
      cairo_line_to (cr, x + sw, cy + 4);
      cairo_stroke (cr);
    }
}

/* Lays the legend out from @y, in rows that wrap at the picture's width
 * (translated words differ in length), and draws it when @cr is not
 * NULL.  Returns the number of rows.  Without show_legend (little room)
 * the legend is collapsed to one line: tighter, and the entries that do
 * not fit are left out from the end (the marks before the colours). */
static guint
walk_legend (GorRender *self, cairo_t *cr, PangoLayout *layout, double y)
{
  double   left = 16 * self->fs, right = self->width - 16 * self->fs;
  double   x = left;
  double   sw = 16 * self->fs;
  gboolean one_line = !self->opt.show_legend || self->compact;
  double   gap = (one_line ? 9 : 14) * self->fs;
  guint    rows = 1;
  /* one line: room kept for "+ N more" after an entry that is not last */
  double reserve
      = one_line ? _gor_render_text_width (layout, g_dngettext (GETTEXT_PACKAGE, "+ %u more", "+ %u more", 9))
                       + gap
                 : 0;

  for (guint i = 0; i < G_N_ELEMENTS (legend_items); i++)
    {
      int kind = legend_items[i].kind;
      int w;

      if (kind == -3 && !self->opt.show_handoffs)
        continue;
      if (kind == -4 && !self->opt.show_creation_links)
        continue;

      w = _gor_render_text_width (layout, _ (legend_items[i].label));
      if (x > left
          && x + sw + 5 * self->fs + w + (one_line && i + 1 < G_N_ELEMENTS (legend_items) ? reserve : 0)
                 > right)
        {
          if (one_line)
            {
              /* say that entries are left out, and how many */
              guint left_out = 0;

              for (guint k = i; k < G_N_ELEMENTS (legend_items); k++)
                left_out += !((legend_items[k].kind == -3 && !self->opt.show_handoffs)
                              || (legend_items[k].kind == -4 && !self->opt.show_creation_links));
              if (cr != NULL)
                {
                  g_autofree char *more = g_strdup_printf (
                      g_dngettext (GETTEXT_PACKAGE, "+ %u more", "+ %u more", left_out), left_out);

                  pango_layout_set_text (layout, more, -1);
                  _gor_render_set_rgb (cr, &self->pal.dim);
                  cairo_move_to (cr, x, y);
                  pango_cairo_show_layout (cr, layout);
                }
              break;
            }
          x = left;
          y += GOR_RENDER_LEGEND_ROW * self->fs;
          rows++;
        }
      if (cr != NULL)
        {
          draw_swatch (self, cr, kind, x, y + 8 * self->fs);
          _gor_render_set_rgb (cr, &self->pal.dim);
          cairo_move_to (cr, x + sw + 5 * self->fs, y);
          pango_cairo_show_layout (cr, layout);
        }
      x += sw + 5 * self->fs + w + gap;
    }
  return rows;
}

static void
draw_legend (GorRender *self, cairo_t *cr, PangoLayout *layout, double y)
{
  walk_legend (self, cr, layout, y);
}

guint
_gor_render_legend_rows (GorRender *self)
{
  PangoFontMap         *fm = pango_cairo_font_map_get_default ();
  PangoContext         *ctx = pango_font_map_create_context (fm);
  PangoLayout          *layout = pango_layout_new (ctx);
  PangoFontDescription *fd
      = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, GOR_RENDER_SMALL_PX, PANGO_WEIGHT_NORMAL);
  guint rows;

  pango_layout_set_font_description (layout, fd);
  rows = walk_legend (self, NULL, layout, 0);
  pango_font_description_free (fd);
  g_object_unref (layout);
  g_object_unref (ctx);
  return rows;
}

/* Where a tick label @w wide goes: just right of its tick at @x, moved
 * left or right as far as needed to stay inside the lanes [@left, @right]
 * (a label cut at the picture's edge reads as another number), or nowhere
 * when it would then run into the label before it, which ends at
 * *@prev_end.  On success *@prev_end becomes this label's end. */
static gboolean
place_tick_label (GorRender *self, double x, double w, double left, double right, double *prev_end,
                  double *label_x)
{
  double at = MAX (left, MIN (x + 3, right - w));

  if (at + w > right || at < *prev_end + 6 * self->fs)
    return FALSE;
  *label_x = at;
  *prev_end = at + w;
  return TRUE;
}

static void
draw_axis (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small, int vi, double top,
           double bottom)
{
  GorRenderVariant       *v = &self->v[vi];
  const GorRenderPalette *pal = &self->pal;
  double                  left = self->label_w, right = _gor_render_lanes_right (self);
  double                  y = v->axis_y;
  double                  end_x = _gor_render_p_to_x (self, _gor_render_p_at (v, v->trace->n_steps));
  char                    buf[64];
  double                  prev_end = -G_MAXDOUBLE, label_x;

  /* Axis base line. */
  _gor_render_set_rgb (cr, &pal->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, y + _gor_render_axis_height (self) - 0.5 * self->fs);
  cairo_line_to (cr, MIN (right, MAX (left, end_x)), y + _gor_render_axis_height (self) - 0.5 * self->fs);
  cairo_stroke (cr);

  if (self->opt.axis == GOR_RENDER_AXIS_STEPS || v->b == 0)
    {
      double step_px = 90 * self->fs;
      double iv = MAX (1, nice_interval (step_px * self->spp));
      double s0 = ceil (MAX (0, self->first_step) / iv) * iv;
      /* A time is printed where it changed: "0s 0s 0s" says nothing.  It
       * is rounded to three digits of the run's whole time: work costs
       * nanoseconds on the virtual clock, and "20.000654ms" under a tick
       * is noise where "20ms" is read at a glance. */
      gint64 last_t = -1;
      gint64 total = v->trace->vtime->len > 0 ? gor_trace_vtime_at (v->trace, v->trace->n_steps) : 0;
      gint64 unit = total > 0 ? (gint64) pow (10, MAX (0, floor (log10 ((double) total)) - 2)) : 1;

      for (double s = s0; s <= v->trace->n_steps; s += iv)
        {
          double           x = _gor_render_p_to_x (self, s);
          g_autofree char *when = NULL;
          gint64           t = -1;
          int              w;

          if (x > right)
            break;
          _gor_render_set_rgba (cr, &pal->grid, 0.9);
          cairo_move_to (cr, floor (x) + 0.5, y + 24 * self->fs);
          cairo_line_to (cr, floor (x) + 0.5, bottom);
          cairo_stroke (cr);
          g_snprintf (buf, sizeof buf, "%.0f", s);
          if (v->trace->vtime->len > 0)
            t = (gor_trace_vtime_at (v->trace, (guint32) s) + unit / 2) / unit * unit;
          if (t >= 0 && t != last_t)
            when = gor_format_duration (t);
          w = _gor_render_text_width (layout, buf);
          if (when != NULL)
            w = MAX (w, _gor_render_text_width (small, when));
          if (!place_tick_label (self, x, w, left, right, &prev_end, &label_x))
            continue;
          if (when != NULL)
            last_t = t;
          _gor_render_set_rgb (cr, &pal->text);
          _gor_render_draw_text (layout, cr, label_x, y, buf);
          if (when != NULL)
            {
              _gor_render_set_rgb (cr, &pal->dim);
              _gor_render_draw_text (small, cr, label_x, y + 14 * self->fs, when);
            }
        }
      _gor_render_set_rgb (cr, &pal->dim);
      _gor_render_draw_text (small, cr, 16 * self->fs, y + 2 * self->fs, _ ("step"));
      if (v->trace->vtime->len > 0)
        _gor_render_draw_text (small, cr, 16 * self->fs, y + 14 * self->fs, _ ("virtual time"));
    }
  else
    {
      /* Ticks at round virtual times: the axis is linear in time. */
      GorTrace *trace = v->trace;
      gint64    t1 = gor_trace_vtime_at (trace, trace->n_steps);
      double    px_per_ns = (v->b / self->spp);
      double    iv = nice_interval (90 * self->fs / MAX (px_per_ns, 1e-18));
      double    t0 = MAX (0, ceil (self->first_step / v->b / iv) * iv);

      for (double t = t0; t <= t1; t += iv)
        {
          g_autofree char *when = NULL;
          double           p = v->b * t, x;

          x = _gor_render_p_to_x (self, p);
          if (x < left)
            continue;
          if (x > right)
            break;
          _gor_render_set_rgba (cr, &pal->grid, 0.9);
          cairo_move_to (cr, floor (x) + 0.5, y + 24 * self->fs);
          cairo_line_to (cr, floor (x) + 0.5, bottom);
          cairo_stroke (cr);
          when = gor_format_duration ((gint64) t);
          if (!place_tick_label (self, x, _gor_render_text_width (layout, when), left, right, &prev_end,
                                 &label_x))
            continue;
          _gor_render_set_rgb (cr, &pal->text);
          _gor_render_draw_text (layout, cr, label_x, y, when);
        }
      _gor_render_set_rgb (cr, &pal->dim);
      _gor_render_draw_text (small, cr, 16 * self->fs, y + 2 * self->fs, _ ("virtual time"));
    }
}

static char *
variant_title (GorRender *self, int vi)
{
  const char      *title = self->title;
  g_autofree char *base = NULL;

  if (title == NULL)
    {
      base = g_path_get_basename (self->v[vi].trace->file ? self->v[vi].trace->file : "program");
      title = base;
    }
  if (self->n_variants == 1)
    return g_strdup (title);
  return g_strdup_printf (_ ("%s — %s"), vi == 0 ? _ ("Leak") : _ ("Fixed"), title);
}

static void
draw_header (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small, int vi)
{
  GorRenderVariant       *v = &self->v[vi];
  const GorRenderPalette *pal = &self->pal;
  PangoFontDescription   *bold = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 15, PANGO_WEIGHT_BOLD);
  g_autofree char        *title = variant_title (self, vi);
  g_autofree char        *base = g_path_get_basename (v->trace->file ? v->trace->file : "program");
  g_autofree char        *info = NULL;
  g_autofree char        *forever = NULL;
  guint                   n_forever = 0;
  guint                   n_g = 0;
  int                     tw, iw;
  double                  x = 16 * self->fs;

  /* In playback, only what has happened by the playhead. */
  for (guint i = 0; i < v->trace->goroutines->len; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, i);

      if (!_gor_render_has_started (self, g))
        continue;
      n_g++;
      if (_gor_render_shows_forever (self, g))
        n_forever++;
    }

  info = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "%s · %u goroutine · ", "%s · %u goroutines · ", n_g),
                          base, n_g);
  /* TRANSLATORS: follows "N goroutines · " in the header */
  forever = g_strdup_printf (
      g_dngettext (GETTEXT_PACKAGE, "%u blocked forever", "%u blocked forever", n_forever), n_forever);

  /* The counts are what a reader looks for: when the line is too narrow,
   * the title gives way, cut with an ellipsis. */
  {
    PangoFontDescription *fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_BOLD);
    double                room;

    pango_layout_set_font_description (layout, fd);
    pango_font_description_free (fd);
    room = self->width - 32 * self->fs - 14 * self->fs - _gor_render_text_width (layout, info)
           - _gor_render_text_width (layout, forever);
    pango_layout_set_font_description (layout, bold);
    if (_gor_render_text_width (layout, title) > room)
      {
        pango_layout_set_width (layout, (int) (MAX (room, self->width * 0.35) * PANGO_SCALE));
        pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      }
  }
  _gor_render_set_rgb (cr, &pal->text);
  pango_layout_get_pixel_size (layout, &tw, NULL);
  cairo_move_to (cr, x, v->title_y);
  pango_cairo_show_layout (cr, layout);
  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
  pango_font_description_free (bold);
  {
    PangoFontDescription *fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description (layout, fd);
    pango_font_description_free (fd);
  }

  x += tw + 14 * self->fs;
  _gor_render_set_rgb (cr, &pal->dim);
  iw = _gor_render_text_width (layout, info);
  cairo_move_to (cr, x, v->title_y + 3 * self->fs);
  pango_cairo_show_layout (cr, layout);
  x += iw;

  if (n_forever > 0)
    {
      PangoFontDescription *fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_BOLD);

      pango_layout_set_font_description (layout, fd);
      pango_font_description_free (fd);
      _gor_render_set_rgb (cr, &pal->kind[GOR_RENDER_KIND_FOREVER]);
    }
  else
    _gor_render_set_rgb (cr, &pal->dim);
  _gor_render_draw_text (layout, cr, x, v->title_y + 3 * self->fs, forever);
  x += _gor_render_text_width (layout, forever);

  /* How the run ended, once the playhead is there. */
  if (v->trace->end_message && (self->opt.draw_future || self->playhead >= v->trace->n_steps))
    {
      /* The step limit in the picture's words, not the command line's. */
      g_autofree char      *end = v->trace->end_kind == GOR_END_STEP_LIMIT
                                      ? g_strdup_printf (" · %s", _ ("stopped at the step limit"))
                                      : g_strdup_printf (" · %s", v->trace->end_message);
      PangoFontDescription *fd
          = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);

      pango_layout_set_font_description (layout, fd);
      pango_font_description_free (fd);
      _gor_render_set_rgb (cr, &pal->dim);
      pango_layout_set_width (layout, (int) MAX (0, (self->width - 16 * self->fs - x) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      _gor_render_draw_text (layout, cr, x, v->title_y + 3 * self->fs, end);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
  {
    PangoFontDescription *fd = _gor_render_make_font (self, GOR_RENDER_FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description (layout, fd);
    pango_font_description_free (fd);
  }

  /* Always there: collapsed to one line without show_legend. */
  draw_legend (self, cr, small, v->legend_y);
}

/* "12345" → "12 345" (narrow no-break spaces): counts a reader takes in at
 * a glance. */
static char *
format_count (guint n)
{
  g_autofree char *digits = g_strdup_printf ("%u", n);
  GString         *out = g_string_new (NULL);
  gsize            len = strlen (digits);

  for (gsize i = 0; i < len; i++)
    {
      if (i > 0 && (len - i) % 3 == 0)
        g_string_append (out, "\u202f");
      g_string_append_c (out, digits[i]);
    }
  return g_string_free (out, FALSE);
}

/* The disclosure triangle of a fold (pointing right) or of an expanded
 * fold's lanes (pointing down). */
static void
draw_disclosure (GorRender *self, cairo_t *cr, double x, double cy, gboolean open)
{
  double s = 4 * self->fs;

  if (open)
    {
      cairo_move_to (cr, x - s, cy - s / 2);
      cairo_line_to (cr, x + s, cy - s / 2);
      cairo_line_to (cr, x, cy + s);
    }
  else
    {
      cairo_move_to (cr, x - s / 2, cy - s);
      cairo_line_to (cr, x + s, cy);
      cairo_line_to (cr, x - s / 2, cy + s);
    }
  cairo_close_path (cr);
  cairo_fill (cr);
}

/* What did not fit: on the picture itself, so that no goroutine is ever
 * dropped without a word. */
static void
draw_left_out (GorRender *self, cairo_t *cr, PangoLayout *layout, int vi)
{
  GorRenderVariant *v = &self->v[vi];
  g_autofree char  *n = NULL;
  g_autofree char  *f = NULL;
  g_autofree char  *text = NULL;
  int               lh;

  if (v->n_rows_shown >= v->rows->len)
    return;
  n = format_count (v->n_left_out);
  f = format_count (v->n_left_out_forever);
  if (v->n_left_out_forever > 0)
    /* TRANSLATORS: said on an export when lanes do not fit its height */
    text
        = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+ %s more goroutine not shown (%s blocked forever)",
                                        "+ %s more goroutines not shown (%s blocked forever)", v->n_left_out),
                           n, f);
  else
    text = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "+ %s more goroutine not shown",
                                         "+ %s more goroutines not shown", v->n_left_out),
                            n);
  pango_layout_set_text (layout, "g", -1);
  pango_layout_get_pixel_size (layout, NULL, &lh);
  pango_layout_set_width (layout, (int) ((self->width - 32 * self->fs) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  _gor_render_set_rgb (cr, v->n_left_out_forever > 0 ? &self->pal.kind[GOR_RENDER_KIND_FOREVER]
                                                     : &self->pal.text);
  _gor_render_draw_text (layout, cr, 16 * self->fs, v->more_y + (self->lane_h - lh) / 2, text);
  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
}

static void
draw_lane_labels (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small, int vi)
{
  GorRenderVariant       *v = &self->v[vi];
  const GorRenderPalette *pal = &self->pal;
  double                  x = 16 * self->fs;
  int                     lh;

  pango_layout_set_text (layout, "g", -1);
  pango_layout_get_pixel_size (layout, NULL, &lh);

  for (int r = self->lane_first[vi]; r < self->lane_last[vi]; r++)
    {
      const GorRenderRow *row = _gor_render_row (v, (guint) r);
      GorTraceGoroutine  *g = g_ptr_array_index (v->trace->goroutines, _gor_render_member (v, row, 0));
      g_autofree char    *label = NULL;
      g_autofree char    *site = NULL;
      double              y = v->lanes_y + r * self->lane_h;
      double              lx = x;
      int                 sw = 0, sh = 0;
      guint               n_forever = 0;

      label = _gor_render_row_label (self, v, row, NULL, &n_forever);
      if (label == NULL)
        continue;

      if (self->opt.interactive && (row->folded || row->expanded))
        {
          _gor_render_set_rgb (cr, &pal->dim);
          draw_disclosure (self, cr, x + 3 * self->fs, y + self->lane_h / 2, row->expanded);
        }
      if (row->folded || row->expanded)
        lx += 12 * self->fs;

      site = _gor_render_lane_site (g);
      /* The label (and a fold's verdict) before the creation site: when
       * both do not fit, the site gives way (the tooltip has it). */
      if (*site
          && _gor_render_text_width (layout, label) + _gor_render_text_width (small, site) + 20 * self->fs
                 > self->label_w - lx)
        site[0] = '\0';
      if (*site)
        {
          pango_layout_set_text (small, site, -1);
          pango_layout_get_pixel_size (small, &sw, &sh);
          _gor_render_set_rgb (cr, &pal->dim);
          cairo_move_to (cr, self->label_w - 12 * self->fs - sw, y + (self->lane_h - sh) / 2);
          pango_cairo_show_layout (cr, small);
        }

      pango_layout_set_width (layout, (int) (MAX (1, self->label_w - lx - sw - 20 * self->fs) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      _gor_render_set_rgb (cr, n_forever > 0 ? &pal->kind[GOR_RENDER_KIND_FOREVER] : &pal->text);
      _gor_render_draw_text (layout, cr, lx, y + (self->lane_h - lh) / 2, label);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }

  draw_left_out (self, cr, layout, vi);
}

void
_gor_render_draw_count (GorRender *self, cairo_t *cr, PangoLayout *small, int vi)
{
  GorRenderVariant       *v = &self->v[vi];
  const GorRenderPalette *pal = &self->pal;
  GArray                 *cols = self->count_cols[vi];
  double                  base = v->count_y + 36 * self->fs;
  double                  h = 30 * self->fs;
  double                  left = self->label_w;
  gboolean                open = FALSE;
  char                    buf[64];
  int                     c;

  _gor_render_set_rgb (cr, &pal->dim);
  _gor_render_draw_text (small, cr, 16 * self->fs, v->count_y + 6 * self->fs, _ ("goroutines"));
  g_snprintf (buf, sizeof buf, _ ("max %lld"), (long long) v->max_count);
  _gor_render_draw_text (small, cr, 16 * self->fs, v->count_y + 19 * self->fs, buf);

  _gor_render_set_rgb (cr, &pal->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, floor (base) + 0.5);
  cairo_line_to (cr, _gor_render_lanes_right (self), floor (base) + 0.5);
  cairo_stroke (cr);

  /* One path: a step outline over the columns. */
  for (c = 0; c < (int) cols->len; c++)
    {
      float  val = g_array_index (cols, float, c);
      double y = base - h * val / (double) v->max_count;

      if (val < 0)
        {
          if (open)
            {
              cairo_line_to (cr, left + c, base);
              cairo_close_path (cr);
              open = FALSE;
            }
          continue;
        }
      if (!open)
        {
          cairo_move_to (cr, left + c, base);
          open = TRUE;
        }
      cairo_line_to (cr, left + c, y);
      cairo_line_to (cr, left + c + 1, y);
    }
  if (open)
    {
      cairo_line_to (cr, left + c, base);
      cairo_close_path (cr);
    }
  _gor_render_set_rgba (cr, &pal->count, 0.35);
  cairo_fill_preserve (cr);
  _gor_render_set_rgba (cr, &pal->count, 0.9);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

void
_gor_render_draw_output (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *mono, int vi)
{
  GorRenderVariant       *v = &self->v[vi];
  GorTrace               *trace = v->trace;
  const GorRenderPalette *pal = &self->pal;
  guint32                 upto = self->opt.draw_future ? G_MAXUINT32 : self->playhead;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GPtrArray) lines = g_ptr_array_new ();
  guint  first, total, max_lines = MIN (v->n_output_lines, GOR_RENDER_MAX_OUTPUT_LINES);
  double y = v->output_y + 12 * self->fs;
  char  *p;

  if (v->n_output_lines == 0)
    return;

  for (guint i = 0; i < trace->output->len; i++)
    {
      const GorOutputChunk *c = &g_array_index (trace->output, GorOutputChunk, i);

      if (c->step > upto)
        break;
      g_string_append_len (text, trace->output_text->str + c->offset, c->length);
    }
  /* go run's own last line for a failed program. */
  if (trace->end_kind != GOR_END_NONE && trace->exit_status != 0
      && (self->opt.draw_future || self->playhead >= trace->n_steps))
    {
      if (text->len > 0 && text->str[text->len - 1] != '\n')
        g_string_append_c (text, '\n');
      g_string_append_printf (text, "exit status %d\n", trace->exit_status);
    }

  p = text->str;
  while (*p)
    {
      char *nl = strchr (p, '\n');

      g_ptr_array_add (lines, p);
      if (nl == NULL)
        break;
      *nl = '\0';
      p = nl + 1;
    }

  _gor_render_set_rgb (cr, &pal->dim);
  total = lines->len;
  first = total > max_lines ? total - max_lines + 1 : 0;
  if (first > 0)
    {
      g_autofree char *more
          = g_strdup_printf (g_dngettext (GETTEXT_PACKAGE, "Output (%u earlier line not shown)",
                                          "Output (%u earlier lines not shown)", first),
                             first);
      _gor_render_draw_text (layout, cr, 16 * self->fs, y, more);
    }
  else
    _gor_render_draw_text (layout, cr, 16 * self->fs, y, _ ("Output"));
  y += 18 * self->fs;

  pango_layout_set_width (mono, (int) ((self->width - 40 * self->fs) * PANGO_SCALE));
  pango_layout_set_ellipsize (mono, PANGO_ELLIPSIZE_END);
  for (guint i = first; i < total; i++)
    {
      _gor_render_set_rgb (cr, &pal->text);
      _gor_render_draw_text (mono, cr, 24 * self->fs, y, g_ptr_array_index (lines, i));
      y += 16 * self->fs;
    }
  pango_layout_set_width (mono, -1);
}

/* Header, axis and lane labels of variant @vi; the count strip and the
 * output come later, as playback clips the count strip. */
void
_gor_render_draw_frame (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small,
                        PangoLayout *mono, int vi)
{
  GorRenderVariant *v = &self->v[vi];
  double            view_top = self->scroll_y, view_bottom = self->scroll_y + self->height;

  if (v->bottom < view_top || v->top > view_bottom)
    return;

  if (vi > 0)
    {
      _gor_render_set_rgb (cr, &self->pal.grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, 0, floor (v->top) + 0.5);
      cairo_line_to (cr, self->width, floor (v->top) + 0.5);
      cairo_stroke (cr);
    }

  draw_header (self, cr, layout, small, vi);
  draw_axis (self, cr, layout, small, vi, v->axis_y, v->count_y + 36 * self->fs);
  draw_lane_labels (self, cr, layout, small, vi);
}
