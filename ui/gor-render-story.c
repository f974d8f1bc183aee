/* gor-render-story.c — a run's story in words, for exported pictures
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A still picture has no playhead and so no caption of the current step.
 * With show_captions (`gorolanes export --captions`) each variant tells
 * its story under its output instead: the steps that matter, in the words
 * of the window's captions (core/gor-caption.h), each numbered, and the
 * same number marked on the timeline at that step.  The steps that matter
 * are where a goroutine blocks on a primitive, where one is found blocked
 * forever, and how the program ends; at most GOR_RENDER_MAX_STORY lines,
 * the verdicts and the end chosen before the blocks, the earliest blocks
 * first.
 */

#include "config.h"

#include "gor-render-private.h"
#include "gor-caption.h"

#include <glib/gi18n-lib.h>

static gboolean
is_block (const GorStepEvent *ev)
{
  if (!(ev->flags & GOR_EVENT_BLOCKED))
    return FALSE;
  return ev->kind != GOR_EVENT_SLEEP && ev->kind != GOR_EVENT_GOSCHED && ev->kind != GOR_EVENT_NONE;
}

static gboolean
is_end (const GorStepEvent *ev)
{
  switch ((GorEventKind) ev->kind)
    {
    case GOR_EVENT_MAIN_RETURN:
    case GOR_EVENT_PANIC:
    case GOR_EVENT_FATAL:
    case GOR_EVENT_DEADLOCK:
    case GOR_EVENT_OS_EXIT: return TRUE;
    default: return FALSE;
    }
}

static int
compare_items (gconstpointer a, gconstpointer b)
{
  const GorRenderStoryItem *x = a, *y = b;

  if (x->step != y->step)
    return x->step < y->step ? -1 : 1;
  /* what the step did, then what it proved */
  return (x->verdict_of >= 0) - (y->verdict_of >= 0);
}

void
_gor_render_story_build (GorRender *self, GorRenderVariant *v)
{
  GorTrace *trace = v->trace;
  GArray   *events = trace->events;
  GArray   *story;
  guint     n_events = events ? MIN (events->len, trace->n_steps) : 0;

  g_clear_pointer (&v->story, g_array_unref);
  if (!self->opt.show_captions || self->compact)
    return;
  story = v->story = g_array_new (FALSE, FALSE, sizeof (GorRenderStoryItem));

  /* The verdicts, one line for goroutines blocked forever at the same
   * place, then the end. */
  for (guint i = 0; i < trace->goroutines->len; i++)
    {
      const GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);
      gboolean                 alike = FALSE;

      if (g->blocked_forever_since < 0)
        continue;
      for (guint k = 0; k < story->len && !alike; k++)
        {
          GorRenderStoryItem      *it = &g_array_index (story, GorRenderStoryItem, k);
          const GorTraceGoroutine *o = g_ptr_array_index (trace->goroutines, it->verdict_of);

          if (o->forever_reason == g->forever_reason && o->blocked_line == g->blocked_line
              && o->created_line == g->created_line)
            {
              it->n_alike++;
              it->last_step = MAX (it->last_step, (guint32) g->blocked_forever_since);
              alike = TRUE;
            }
        }
      if (!alike && story->len < GOR_RENDER_MAX_STORY - 1)
        g_array_append_val (story, ((GorRenderStoryItem){ (guint32) g->blocked_forever_since, (int) i, 1,
                                                          (guint32) g->blocked_forever_since }));
    }
  for (guint s = n_events; s-- > 0;)
    if (is_end (&g_array_index (events, GorStepEvent, s)))
      {
        g_array_append_val (story, ((GorRenderStoryItem){ s, -1, 0, s }));
        break;
      }
  /* The earliest blocks in the room left, each place once. */
  for (guint s = 0; s < n_events && story->len < GOR_RENDER_MAX_STORY; s++)
    {
      const GorStepEvent *ev = &g_array_index (events, GorStepEvent, s);
      gboolean            seen = FALSE;

      if (!is_block (ev))
        continue;
      for (guint k = 0; k < story->len && !seen; k++)
        {
          const GorRenderStoryItem *it = &g_array_index (story, GorRenderStoryItem, k);
          const GorStepEvent       *o = &g_array_index (events, GorStepEvent, it->step);

          seen = it->verdict_of < 0 && o->kind == ev->kind && o->line == ev->line;
        }
      if (!seen)
        g_array_append_val (story, ((GorRenderStoryItem){ s, -1, 0, s }));
    }
  g_array_sort (story, compare_items);
}

/* The sentence of @item, e.g. "g2 sends 3 on out — no receiver is ready:
 * g2 blocks" or "g2 is blocked forever (chan send at leak.go:13): nothing
 * can wake it". */
static char *
story_text (GorTrace *trace, const GorRenderStoryItem *item)
{
  const GorTraceGoroutine *g;
  g_autofree char         *file = NULL;

  if (item->verdict_of < 0)
    return gor_caption_for_step (trace, item->step);
  g = g_ptr_array_index (trace->goroutines, item->verdict_of);
  file = g_path_get_basename (trace->file ? trace->file : "?");
  if (item->n_alike > 1)
    /* TRANSLATORS: "g3 and 9 more goroutines like it are blocked forever
     * (chan send at leak.go:16), up to step 92: nothing can wake them" */
    return g_strdup_printf (g_dngettext (GETTEXT_PACKAGE,
                                         "g%u and %u more goroutine like it are blocked forever (%s at "
                                         "%s:%u), up to step %u: nothing can wake them",
                                         "g%u and %u more goroutines like it are blocked forever (%s at "
                                         "%s:%u), up to step %u: nothing can wake them",
                                         item->n_alike - 1),
                            g->id, item->n_alike - 1, gor_reason_to_string (g->forever_reason), file,
                            g->blocked_line, item->last_step);
  /* TRANSLATORS: "g2 is blocked forever (chan send at leak.go:13): …";
   * the reason is Go's, as in a goroutine dump */
  return g_strdup_printf (_ ("g%u is blocked forever (%s at %s:%u): nothing can wake it"), g->id,
                          gor_reason_to_string (g->forever_reason), file, g->blocked_line);
}

/* The number of a line, in a disc on the timeline at its step. */
static void
draw_marker (GorRender *self, cairo_t *cr, PangoLayout *layout, double x, double y, guint n)
{
  const GorRenderPalette *pal = &self->pal;
  char                    num[12];
  int                     w, h;

  g_snprintf (num, sizeof num, "%u", n);
  _gor_render_set_rgb (cr, &pal->accent);
  cairo_arc (cr, x, y, 8.5 * self->fs, 0, 2 * G_PI);
  cairo_fill (cr);
  pango_layout_set_text (layout, num, -1);
  pango_layout_get_pixel_size (layout, &w, &h);
  _gor_render_set_rgb (cr, &pal->bg);
  cairo_move_to (cr, x - w / 2.0, y - h / 2.0);
  pango_cairo_show_layout (cr, layout);
}

void
_gor_render_draw_story (GorRender *self, cairo_t *cr, PangoLayout *layout, int vi)
{
  GorRenderVariant       *v = &self->v[vi];
  const GorRenderPalette *pal = &self->pal;
  g_autoptr (PangoLayout) bold = pango_layout_copy (layout);
  PangoFontDescription *fd = _gor_render_make_font (self, "Sans", 12, PANGO_WEIGHT_BOLD);
  double                y = v->story_y + 12 * self->fs, last_x = -G_MAXDOUBLE;
  double                r = 8.5 * self->fs;

  if (v->story == NULL || v->story->len == 0)
    {
      pango_font_description_free (fd);
      return;
    }
  pango_layout_set_font_description (bold, fd);
  pango_font_description_free (fd);

  /* The numbers on the timeline: a faint rule down the lanes at the
   * step, its disc at the top of the count strip (moved right when two
   * would touch). */
  for (guint i = 0; i < v->story->len; i++)
    {
      const GorRenderStoryItem *item = &g_array_index (v->story, GorRenderStoryItem, i);
      double                    x = _gor_render_p_to_x (self, _gor_render_p_at (v, item->step)) + 0.5;
      double                    disc_x = MAX (x, last_x + 2 * r + 2);

      if (x < self->label_w || x > _gor_render_lanes_right (self) + 1)
        continue;
      _gor_render_set_rgba (cr, &pal->accent, 0.45);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, x, v->lanes_y);
      cairo_line_to (cr, x, v->count_y + r);
      cairo_stroke (cr);
      draw_marker (self, cr, bold, disc_x, v->count_y + r, i + 1);
      last_x = disc_x;
    }

  _gor_render_set_rgb (cr, &pal->dim);
  _gor_render_draw_text (layout, cr, 16 * self->fs, y, _ ("What happened"));
  y += 18 * self->fs;
  pango_layout_set_width (layout, (int) ((self->width - 70 * self->fs) * PANGO_SCALE));
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
  for (guint i = 0; i < v->story->len; i++)
    {
      const GorRenderStoryItem *item = &g_array_index (v->story, GorRenderStoryItem, i);
      g_autofree char          *text = story_text (v->trace, item);
      g_autofree char          *line = NULL;
      char                      num[12];

      g_snprintf (num, sizeof num, "%u", i + 1);
      _gor_render_set_rgb (cr, &pal->accent);
      _gor_render_draw_text (bold, cr, 24 * self->fs, y, num);
      /* TRANSLATORS: one line of an exported picture's story: the step and
       * what it did */
      line = g_strdup_printf (_ ("step %u · %s"), item->step, text ? text : "");
      _gor_render_set_rgb (cr, item->verdict_of >= 0 ? &pal->kind[GOR_RENDER_KIND_FOREVER] : &pal->text);
      _gor_render_draw_text (layout, cr, 48 * self->fs, y, line);
      y += 16 * self->fs;
    }
  pango_layout_set_width (layout, -1);
  pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
}
