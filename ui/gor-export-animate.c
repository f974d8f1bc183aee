/* gor-export-animate.c — an SVG timeline that plays the run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The animated SVG is two drawings of the one renderer, layered: the
 * start of the run (playback at step 0: the frame, main's lane, empty
 * lanes) underneath, and the whole run on top, seen through a clip that
 * SMIL animates.  In the lanes and the goroutine-count strip the clip
 * opens from left to right as the playhead moves; a lane's label appears
 * when its goroutine is created; the program's output shows when the run
 * has played.  So spans, hand-offs and the red of a blocked-forever
 * verdict appear at the x where they happen, on either axis: the playhead
 * moves linearly in x, which is steps on the steps axis and virtual time
 * on the time axis.  After a pause the animation starts again.
 *
 * No script and no CSS: SMIL <animate> only.  The attributes the
 * animations change hold, statically, the values of the end of the run —
 * the clip fully open, the playhead hidden — so a viewer without SMIL
 * (rsvg-convert, print, most editors) shows the finished timeline, the
 * same picture as a still export.
 *
 * A verdict must not show before it is reached: a blocked-forever lane's
 * label is red, and a variant's heading counts its leaks.  So when there
 * are verdicts, a third drawing of the whole run without them lies in
 * between: its labels and headings show until the verdict's x, those of
 * the whole run from there on.
 *
 * The drawings are cairo's own SVG documents; the ids of all but the top
 * one are prefixed so that they can live in one document.
 */

#include "config.h"

#include "gor-export-private.h"
#include "gor-render-private.h"

#include <math.h>
#include <string.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>

/* The pause after the run has played, before it starts again, as a share
 * of the play time, and never shorter than this many seconds. */
#define HOLD_SHARE 0.25
#define HOLD_MIN 1.5

typedef enum
{
  BAND_ALWAYS, /* title, axis: the same in every drawing */
  BAND_HEADER, /* a variant's heading, which counts the verdicts */
  BAND_LANE,   /* a goroutine's lane: label on creation, plot by the playhead */
  BAND_COUNT,  /* the goroutine-count strip: plot by the playhead */
  BAND_OUTPUT, /* the program's output: at the end */
} BandKind;

typedef struct
{
  BandKind kind;
  int      variant;
  int      goroutine_index;
  int      y0, y1; /* pixel rows [y0, y1) */
} Band;

static cairo_status_t
append_cb (void *closure, const unsigned char *data, unsigned int length)
{
  g_string_append_len (closure, (const char *) data, length);
  return CAIRO_STATUS_SUCCESS;
}

static gboolean
draw_svg (GorRender *render, GString *out, GError **error)
{
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;
  int              width, height;

  gor_render_get_size (render, &width, &height);
  surface = cairo_svg_surface_create_for_stream (append_cb, out, width, height);
  cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
  cr = cairo_create (surface);
  gor_render_draw (render, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);
  if (status != CAIRO_STATUS_SUCCESS)
    {
      g_set_error_literal (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

/* What lies between the root <svg …> tag and </svg>. */
static gboolean
svg_body (const GString *doc, gsize *start, gsize *end)
{
  const char *root = strstr (doc->str, "<svg");
  const char *open_end, *close;

  if (root == NULL || (open_end = strchr (root, '>')) == NULL)
    return FALSE;
  close = g_strrstr (doc->str, "</svg>");
  if (close == NULL || close < open_end)
    return FALSE;
  *start = open_end + 1 - doc->str;
  *end = close - doc->str;
  return TRUE;
}

/* Appends @body with every id, and every local reference to one, prefixed
 * by @prefix: id="x", href="#x", xlink:href="#x" and url(#x).  cairo
 * writes glyphs as paths, so no text of the program can look like one. */
void
_gor_export_append_prefixed (GString *out, const char *body, gsize len, const char *prefix)
{
  static const char *const marks[] = { "id=\"", "=\"#", "url(#" };
  const char              *p = body, *end = body + len;

  while (p < end)
    {
      const char *best = NULL;
      gsize       best_len = 0;

      for (guint i = 0; i < G_N_ELEMENTS (marks); i++)
        {
          const char *m = g_strstr_len (p, end - p, marks[i]);

          if (m && (best == NULL || m < best))
            {
              best = m;
              best_len = strlen (marks[i]);
            }
        }
      if (best == NULL)
        {
          g_string_append_len (out, p, end - p);
          break;
        }
      g_string_append_len (out, p, best + best_len - p);
      g_string_append (out, prefix);
      p = best + best_len;
    }
}

static void
add_band (GArray *bands, const GorRenderHit *hit, BandKind kind, int y)
{
  Band *last = bands->len ? &g_array_index (bands, Band, bands->len - 1) : NULL;
  int   index = kind == BAND_LANE ? hit->goroutine_index : -1;

  if (last && last->kind == kind && last->variant == hit->variant && last->goroutine_index == index
      && last->y1 == y)
    {
      last->y1 = y + 1;
      return;
    }
  g_array_append_val (bands, ((Band){ kind, hit->variant, index, y, y + 1 }));
}

/* Sorts every pixel row of the picture into bands, asking the renderer
 * what lies at the left edge of the row. */
static GArray *
find_bands (GorRender *render, int height)
{
  GArray *bands = g_array_new (FALSE, FALSE, sizeof (Band));

  for (int y = 0; y < height; y++)
    {
      GorRenderHit hit;
      BandKind     kind = BAND_ALWAYS;

      gor_render_hit_test (render, 1, y + 0.5, &hit);
      switch (hit.area)
        {
        case GOR_RENDER_HIT_LABEL:
        case GOR_RENDER_HIT_LANE:
        case GOR_RENDER_HIT_SPAN: kind = hit.goroutine_index >= 0 ? BAND_LANE : BAND_ALWAYS; break;
        case GOR_RENDER_HIT_HEADER: kind = BAND_HEADER; break;
        case GOR_RENDER_HIT_COUNT: kind = BAND_COUNT; break;
        case GOR_RENDER_HIT_OUTPUT: kind = BAND_OUTPUT; break;
        default: break;
        }
      add_band (bands, &hit, kind, y);
    }
  return bands;
}

static void
append_double (GString *out, double v)
{
  char buf[G_ASCII_DTOSTR_BUF_SIZE];

  g_string_append (out, g_ascii_formatd (buf, sizeof buf, "%.4g", v));
}

/* A rectangle of the clip, open at the end of the run.  With @key_times
 * set, its width follows @values over each cycle. */
static void
append_clip_rect (GString *out, double x, int y0, int y1, double width, const char *values,
                  const char *key_times, const char *calc_mode, double cycle)
{
  g_string_append (out, "<rect x=\"");
  append_double (out, x);
  g_string_append_printf (out, "\" y=\"%d\" width=\"", y0);
  append_double (out, width);
  g_string_append_printf (out, "\" height=\"%d\"", y1 - y0);
  if (values == NULL)
    {
      g_string_append (out, "/>\n");
      return;
    }
  g_string_append_printf (out, "><animate attributeName=\"width\" values=\"%s\" keyTimes=\"%s\"", values,
                          key_times);
  if (calc_mode)
    g_string_append_printf (out, " calcMode=\"%s\"", calc_mode);
  g_string_append (out, " dur=\"");
  append_double (out, cycle);
  g_string_append (out, "s\" repeatCount=\"indefinite\"/></rect>\n");
}

static char *
format_list (double a, double b, double c, double d)
{
  char b1[G_ASCII_DTOSTR_BUF_SIZE], b2[G_ASCII_DTOSTR_BUF_SIZE], b3[G_ASCII_DTOSTR_BUF_SIZE],
      b4[G_ASCII_DTOSTR_BUF_SIZE];

  return g_strdup_printf (
      "%s;%s;%s;%s", g_ascii_formatd (b1, sizeof b1, "%.4g", a), g_ascii_formatd (b2, sizeof b2, "%.4g", b),
      g_ascii_formatd (b3, sizeof b3, "%.4g", c), g_ascii_formatd (b4, sizeof b4, "%.4g", d));
}

static void
append_color (GString *out, const GorRgb *c)
{
  g_string_append_printf (out, "#%02x%02x%02x", (int) lround (CLAMP (c->r, 0, 1) * 255),
                          (int) lround (CLAMP (c->g, 0, 1) * 255), (int) lround (CLAMP (c->b, 0, 1) * 255));
}

typedef struct
{
  GorRender *full;
  GString   *clip_full;  /* the whole run shows through these */
  GString   *clip_plain; /* the run without verdicts, through these */
  int        width;
  double     lanes_x, x0, x1; /* the playhead moves from x0 to x1 */
  double     p;               /* share of a cycle the run plays in */
  double     cycle;           /* seconds */
  char      *keys;            /* 0;p;p;1 */
} Anim;

/* The share of a cycle at which the playhead passes @step of @variant. */
static double
time_of_step (Anim *a, int variant, double step)
{
  double x = gor_render_step_to_x (a->full, variant, step);

  if (a->x1 <= a->x0)
    return 0;
  return CLAMP ((x - a->x0) / (a->x1 - a->x0), 0, 1) * a->p;
}

/* A rectangle [x, x + w) × [y0, y1) of @clip that opens at share @t of
 * each cycle (at once for 0). */
static void
append_open_at (Anim *a, GString *clip, double x, int y0, int y1, double w, double t)
{
  g_autofree char *values = NULL;
  g_autofree char *keys = NULL;

  if (t <= 0)
    {
      append_clip_rect (clip, x, y0, y1, w, NULL, NULL, NULL, a->cycle);
      return;
    }
  values = format_list (0, w, w, w);
  keys = format_list (0, t, t, 1);
  append_clip_rect (clip, x, y0, y1, w, values, keys, "discrete", a->cycle);
}

static void
add_band_clips (Anim *a, const Band *b, const double *first_verdict)
{
  GorTrace *trace = b->variant >= 0 ? a->full->v[b->variant].trace : NULL;

  switch (b->kind)
    {
    case BAND_ALWAYS:
      append_clip_rect (a->clip_full, 0, b->y0, b->y1, a->width, NULL, NULL, NULL, a->cycle);
      break;
    case BAND_HEADER:
      append_open_at (a, a->clip_full, 0, b->y0, b->y1, a->width,
                      trace && first_verdict[b->variant] >= 0 ? first_verdict[b->variant] : 0);
      append_clip_rect (a->clip_plain, 0, b->y0, b->y1, a->width, NULL, NULL, NULL, a->cycle);
      break;
    case BAND_OUTPUT: append_open_at (a, a->clip_full, 0, b->y0, b->y1, a->width, a->p); break;
    case BAND_LANE:
    case BAND_COUNT:
      if (b->kind == BAND_LANE)
        {
          const GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, b->goroutine_index);
          /* playback shows a goroutine once the step of its go statement is over */
          double born = g->parent_id == 0 ? 0 : time_of_step (a, b->variant, g->created_step + 1);

          if (g->blocked_forever_since >= 0)
            {
              double verdict = time_of_step (a, b->variant, (double) g->blocked_forever_since);

              append_open_at (a, a->clip_plain, 0, b->y0, b->y1, a->lanes_x, born);
              append_open_at (a, a->clip_full, 0, b->y0, b->y1, a->lanes_x, MAX (born, verdict));
            }
          else
            append_open_at (a, a->clip_full, 0, b->y0, b->y1, a->lanes_x, born);
        }
      else
        append_clip_rect (a->clip_full, 0, b->y0, b->y1, a->lanes_x, NULL, NULL, NULL, a->cycle);
      {
        g_autofree char *v = format_list (a->x0 - a->lanes_x, a->x1 - a->lanes_x, a->width - a->lanes_x,
                                          a->width - a->lanes_x);

        append_clip_rect (a->clip_full, a->lanes_x, b->y0, b->y1, a->width - a->lanes_x, v, a->keys, NULL,
                          a->cycle);
      }
      break;
    }
}

/* The playhead over each variant's lanes and count strip, hidden in the
 * still picture and in the pause. */
static void
append_playheads (Anim *a, GArray *bands, GString *out)
{
  g_autofree char *xs = format_list (a->x0, a->x1, a->x1, a->x1);
  g_autofree char *op = format_list (1, 1, 0, 0);

  for (int vi = 0; vi < a->full->n_variants; vi++)
    {
      int top_y = -1, bottom_y = -1;

      for (guint i = 0; i < bands->len; i++)
        {
          const Band *b = &g_array_index (bands, Band, i);

          if (b->variant != vi || (b->kind != BAND_LANE && b->kind != BAND_COUNT))
            continue;
          if (top_y < 0)
            top_y = b->y0;
          bottom_y = b->y1;
        }
      if (top_y < 0)
        continue;
      g_string_append (out, "<line x1=\"");
      append_double (out, a->x1);
      g_string_append (out, "\" x2=\"");
      append_double (out, a->x1);
      g_string_append_printf (out, "\" y1=\"%d\" y2=\"%d\" stroke=\"", top_y, bottom_y);
      append_color (out, &a->full->pal.playhead);
      g_string_append (out, "\" stroke-width=\"2\" opacity=\"0\">");
      for (int k = 0; k < 3; k++)
        {
          g_string_append_printf (out, "<animate attributeName=\"%s\" values=\"%s\" keyTimes=\"%s\"%s dur=\"",
                                  k == 0   ? "x1"
                                  : k == 1 ? "x2"
                                           : "opacity",
                                  k < 2 ? xs : op, a->keys, k == 2 ? " calcMode=\"discrete\"" : "");
          append_double (out, a->cycle);
          g_string_append (out, "s\" repeatCount=\"indefinite\"/>");
        }
      g_string_append (out, "</line>\n");
    }
}

/* Draws @render with no verdict in its traces: every lane as it looks
 * before its goroutine is found blocked forever. */
static gboolean
draw_without_verdicts (GorRender *render, GString *out, GError **error)
{
  g_autoptr (GArray) saved = g_array_new (FALSE, FALSE, sizeof (gint64));
  gboolean ok;

  for (int vi = 0; vi < render->n_variants; vi++)
    for (guint i = 0; i < render->v[vi].trace->goroutines->len; i++)
      {
        GorTraceGoroutine *g = g_ptr_array_index (render->v[vi].trace->goroutines, i);

        g_array_append_val (saved, g->blocked_forever_since);
        g->blocked_forever_since = -1;
      }
  gor_render_invalidate (render);
  ok = draw_svg (render, out, error);
  for (int vi = 0, k = 0; vi < render->n_variants; vi++)
    for (guint i = 0; i < render->v[vi].trace->goroutines->len; i++, k++)
      {
        GorTraceGoroutine *g = g_ptr_array_index (render->v[vi].trace->goroutines, i);

        g->blocked_forever_since = g_array_index (saved, gint64, k);
      }
  gor_render_invalidate (render);
  return ok;
}

static gboolean
append_drawing (GString *out, const GString *doc, const char *id, const char *clip, const char *prefix,
                GError **error)
{
  gsize start, end;

  if (!svg_body (doc, &start, &end))
    {
      g_set_error_literal (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                           _ ("the drawing could not be read back as SVG"));
      return FALSE;
    }
  g_string_append_printf (out, "<g id=\"%s\"", id);
  if (clip)
    g_string_append_printf (out, " clip-path=\"url(#%s)\"", clip);
  g_string_append (out, ">\n");
  if (prefix)
    _gor_export_append_prefixed (out, doc->str + start, end - start, prefix);
  else
    g_string_append_len (out, doc->str + start, end - start);
  g_string_append (out, "</g>\n");
  return TRUE;
}

gboolean
_gor_export_animate_svg (GorRender *full, GorRender *start, double seconds, GString *out, GError **error)
{
  g_autoptr (GString) top = g_string_new (NULL);
  g_autoptr (GString) plain = NULL;
  g_autoptr (GString) under = g_string_new (NULL);
  g_autoptr (GString) clip_full = g_string_new (NULL);
  g_autoptr (GString) clip_plain = g_string_new (NULL);
  g_autoptr (GArray) bands = NULL;
  g_autofree char *keys = NULL;
  double           first_verdict[2] = { -1, -1 };
  int              height;
  Anim             a = { 0 };

  g_return_val_if_fail (seconds > 0, FALSE);

  a.full = full;
  a.clip_full = clip_full;
  a.clip_plain = clip_plain;
  gor_render_get_size (full, &a.width, &height);
  a.lanes_x = gor_render_get_lanes_x (full);
  a.x0 = a.x1 = gor_render_step_to_x (full, 0, 0);
  for (int vi = 0; vi < full->n_variants; vi++)
    a.x1 = MAX (a.x1, gor_render_step_to_x (full, vi, full->v[vi].trace->n_steps));
  a.x0 = CLAMP (a.x0, a.lanes_x, a.width);
  a.x1 = CLAMP (a.x1, a.x0, a.width);
  a.cycle = seconds + MAX (HOLD_MIN, seconds * HOLD_SHARE);
  a.p = seconds / a.cycle;
  a.keys = keys = format_list (0, a.p, a.p, 1);

  for (int vi = 0; vi < full->n_variants; vi++)
    for (guint i = 0; i < full->v[vi].trace->goroutines->len; i++)
      {
        const GorTraceGoroutine *g = g_ptr_array_index (full->v[vi].trace->goroutines, i);
        double                   t;

        if (g->blocked_forever_since < 0)
          continue;
        t = time_of_step (&a, vi, (double) g->blocked_forever_since);
        if (first_verdict[vi] < 0 || t < first_verdict[vi])
          first_verdict[vi] = t;
      }

  if (!draw_svg (full, top, error) || !draw_svg (start, under, error))
    return FALSE;
  if (first_verdict[0] >= 0 || first_verdict[1] >= 0)
    {
      plain = g_string_new (NULL);
      if (!draw_without_verdicts (full, plain, error))
        return FALSE;
    }

  bands = find_bands (full, height);
  for (guint i = 0; i < bands->len; i++)
    add_band_clips (&a, &g_array_index (bands, Band, i), first_verdict);

  g_string_append (out, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
  g_string_append_printf (out,
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" "
                          "xmlns:xlink=\"http://www.w3.org/1999/xlink\" width=\"%dpx\" height=\"%dpx\" "
                          "viewBox=\"0 0 %d %d\" version=\"1.1\">\n",
                          a.width, height, a.width, height);
  g_string_append (out, "<desc>Gorolanes timeline, animated with SMIL: the run plays from left to right "
                        "and starts again; without animation, the whole run.</desc>\n");
  g_string_append_printf (out, "<defs><clipPath id=\"gorolanes-reveal\">\n%s</clipPath>\n", clip_full->str);
  if (plain)
    g_string_append_printf (out, "<clipPath id=\"gorolanes-reveal-plain\">\n%s</clipPath>\n",
                            clip_plain->str);
  g_string_append (out, "</defs>\n");

  if (!append_drawing (out, under, "gorolanes-start", NULL, "gorolanes-start-", error))
    return FALSE;
  if (plain
      && !append_drawing (out, plain, "gorolanes-plain", "gorolanes-reveal-plain", "gorolanes-plain-", error))
    return FALSE;
  if (!append_drawing (out, top, "gorolanes-run", "gorolanes-reveal", NULL, error))
    return FALSE;
  append_playheads (&a, bands, out);
  g_string_append (out, "</svg>\n");
  return TRUE;
}
