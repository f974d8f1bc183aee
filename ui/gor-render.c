/* gor-render.c — the one cairo renderer of a trace's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The public API: options, traces, size, view and playhead, and what they
 * invalidate.  Layout, the display list and drawing live beside it (see
 * gor-render-private.h).
 */

#include "config.h"

#include "gor-render.h"
#include "gor-render-private.h"

#include <string.h>

static const GorRenderPalette light_palette = {
  .bg = { 1.0, 1.0, 1.0 },
  .stripe = { 0.965, 0.969, 0.976 },
  .text = { 0.122, 0.137, 0.157 },
  .dim = { 0.42, 0.45, 0.49 },
  .grid = { 0.86, 0.87, 0.89 },
  .kind = {
    [GOR_RENDER_KIND_RUNNING] = { 0.176, 0.643, 0.306 },
    [GOR_RENDER_KIND_RUNNABLE] = { 0.78, 0.80, 0.82 },
    [GOR_RENDER_KIND_BLOCKED] = { 0.949, 0.659, 0.094 },
    [GOR_RENDER_KIND_SLEEPING] = { 0.31, 0.56, 0.90 },
    [GOR_RENDER_KIND_FOREVER] = { 0.82, 0.10, 0.13 },
  },
  .kind_text = {
    [GOR_RENDER_KIND_RUNNING] = { 1, 1, 1 },
    [GOR_RENDER_KIND_RUNNABLE] = { 0.2, 0.2, 0.2 },
    [GOR_RENDER_KIND_BLOCKED] = { 0.23, 0.16, 0.0 },
    [GOR_RENDER_KIND_SLEEPING] = { 1, 1, 1 },
    [GOR_RENDER_KIND_FOREVER] = { 1, 1, 1 },
  },
  .arrow = { 0.44, 0.30, 0.76 },
  .link = { 0.55, 0.58, 0.62 },
  .count = { 0.33, 0.38, 0.45 },
  .playhead = { 0.09, 0.10, 0.12 },
  .accent = { 0.11, 0.42, 0.85 },
};

static const GorRenderPalette dark_palette = {
  .bg = { 0.118, 0.122, 0.133 },
  .stripe = { 0.145, 0.152, 0.168 },
  .text = { 0.90, 0.91, 0.92 },
  .dim = { 0.62, 0.65, 0.68 },
  .grid = { 0.24, 0.25, 0.28 },
  .kind = {
    [GOR_RENDER_KIND_RUNNING] = { 0.247, 0.725, 0.314 },
    [GOR_RENDER_KIND_RUNNABLE] = { 0.33, 0.35, 0.39 },
    [GOR_RENDER_KIND_BLOCKED] = { 0.86, 0.62, 0.13 },
    [GOR_RENDER_KIND_SLEEPING] = { 0.35, 0.61, 0.97 },
    [GOR_RENDER_KIND_FOREVER] = { 0.94, 0.19, 0.22 },
  },
  .kind_text = {
    [GOR_RENDER_KIND_RUNNING] = { 0.05, 0.10, 0.05 },
    [GOR_RENDER_KIND_RUNNABLE] = { 0.9, 0.9, 0.9 },
    [GOR_RENDER_KIND_BLOCKED] = { 0.16, 0.10, 0.0 },
    [GOR_RENDER_KIND_SLEEPING] = { 0.04, 0.08, 0.16 },
    [GOR_RENDER_KIND_FOREVER] = { 1, 1, 1 },
  },
  .arrow = { 0.70, 0.57, 0.94 },
  .link = { 0.50, 0.53, 0.58 },
  .count = { 0.62, 0.67, 0.74 },
  .playhead = { 0.96, 0.96, 0.97 },
  .accent = { 0.42, 0.65, 1.0 },
};

/* The view is fitted to the width until set. */
void
_gor_render_ensure_view (GorRender *self)
{
  _gor_render_ensure_layout (self);
  if (!self->view_set)
    {
      gor_render_fit (self);
      self->view_set = FALSE;
    }
}

void
gor_render_options_init (GorRenderOptions *options)
{
  g_return_if_fail (options != NULL);

  memset (options, 0, sizeof *options);
  options->axis = GOR_RENDER_AXIS_STEPS;
  options->theme = GOR_RENDER_THEME_LIGHT;
  options->show_handoffs = TRUE;
  options->show_creation_links = TRUE;
  options->draw_future = TRUE;
  options->show_output = TRUE;
  options->show_legend = TRUE;
  options->fold = TRUE;
}

GorRender *
gor_render_new (void)
{
  GorRender *self = g_new0 (GorRender, 1);

  gor_render_options_init (&self->opt);
  self->pal = light_palette;
  self->width = 800;
  self->height = 600;
  self->spp = 1;
  self->hover_variant = self->sel_variant = -1;
  self->hover_index = self->sel_index = -1;
  self->fs = 1;
  self->lane_h = GOR_RENDER_DEFAULT_LANE_HEIGHT;
  for (int k = 0; k < GOR_RENDER_N_KINDS; k++)
    self->rects[k] = g_array_new (FALSE, FALSE, sizeof (GorRenderRect));
  self->texts = g_array_new (FALSE, FALSE, sizeof (GorRenderText));
  self->ends = g_array_new (FALSE, FALSE, sizeof (GorRenderEndItem));
  self->stills = g_array_new (FALSE, FALSE, sizeof (GorRenderRect));
  self->arrows = g_array_new (FALSE, FALSE, sizeof (GorRenderLine));
  self->links = g_array_new (FALSE, FALSE, sizeof (GorRenderLink));
  for (int vi = 0; vi < 2; vi++)
    self->count_cols[vi] = g_array_new (FALSE, FALSE, sizeof (float));

  return self;
}

static void
clear_variants (GorRender *self)
{
  for (int vi = 0; vi < 2; vi++)
    {
      g_clear_pointer (&self->v[vi].trace, gor_trace_unref);
      g_clear_pointer (&self->v[vi].lanes, g_ptr_array_unref);
      g_clear_pointer (&self->v[vi].members, g_array_unref);
      g_clear_pointer (&self->v[vi].rows, g_array_unref);
      g_clear_pointer (&self->v[vi].row_of, g_array_unref);
      g_clear_pointer (&self->v[vi].story, g_array_unref);
      g_clear_pointer (&self->v[vi].expanded, g_hash_table_unref);
      self->v[vi].n_rows_shown = 0;
    }
  self->n_variants = 0;
}

void
gor_render_free (GorRender *self)
{
  if (self == NULL)
    return;

  clear_variants (self);
  g_free (self->title);
  for (int k = 0; k < GOR_RENDER_N_KINDS; k++)
    g_array_unref (self->rects[k]);
  g_array_unref (self->texts);
  g_array_unref (self->ends);
  g_array_unref (self->stills);
  g_array_unref (self->arrows);
  g_array_unref (self->links);
  for (int vi = 0; vi < 2; vi++)
    g_array_unref (self->count_cols[vi]);
  g_free (self);
}

void
gor_render_set_traces (GorRender *self, GorTrace *leak, GorTrace *fixed, const char *title)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (leak != NULL);

  gor_trace_ref (leak);
  if (fixed)
    gor_trace_ref (fixed);
  clear_variants (self);

  self->v[0].trace = leak;
  self->v[1].trace = fixed;
  self->n_variants = fixed ? 2 : 1;
  for (int vi = 0; vi < self->n_variants; vi++)
    {
      self->v[vi].lanes = g_ptr_array_new_with_free_func (_gor_render_lane_free);
      self->v[vi].members = g_array_new (FALSE, FALSE, sizeof (guint));
      self->v[vi].rows = g_array_new (FALSE, FALSE, sizeof (GorRenderRow));
      self->v[vi].row_of = g_array_new (FALSE, FALSE, sizeof (int));
      self->v[vi].expanded = g_hash_table_new (NULL, NULL);
    }

  g_free (self->title);
  self->title = g_strdup (title);
  self->hover_variant = self->sel_variant = -1;
  self->hover_index = self->sel_index = -1;
  self->view_set = FALSE;
  gor_render_invalidate (self);
}

GorTrace *
gor_render_get_trace (GorRender *self, GorVariant variant)
{
  g_return_val_if_fail (self != NULL, NULL);

  if ((int) variant < 0 || (int) variant >= self->n_variants)
    return NULL;
  return self->v[variant].trace;
}

void
gor_render_invalidate (GorRender *self)
{
  g_return_if_fail (self != NULL);

  self->layout_valid = FALSE;
  self->list_valid = FALSE;
  /* Lane caches check the trace's n_steps themselves; spans of a finished
   * trace do not change, but analysis may have marked goroutines since. */
  for (int vi = 0; vi < self->n_variants; vi++)
    for (guint i = 0; i < self->v[vi].lanes->len; i++)
      ((GorRenderLane *) g_ptr_array_index (self->v[vi].lanes, i))->level = G_MININT;
}

void
gor_render_set_options (GorRender *self, const GorRenderOptions *options)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (options != NULL);

  if (memcmp (&self->opt, options, sizeof *options) == 0)
    return;

  self->opt = *options;
  self->pal = options->theme == GOR_RENDER_THEME_DARK ? dark_palette : light_palette;
  gor_render_invalidate (self);
}

void
gor_render_get_options (GorRender *self, GorRenderOptions *options)
{
  g_return_if_fail (self != NULL);
  *options = self->opt;
}

void
gor_render_set_size (GorRender *self, int width, int height)
{
  g_return_if_fail (self != NULL);

  width = MAX (width, 1);
  height = MAX (height, 1);
  if (width == self->width && height == self->height)
    return;
  /* The label column depends on the width; the height only decides which
   * lanes are in view (the window draws its two panels at two heights). */
  if (width != self->width)
    self->layout_valid = FALSE;
  self->width = width;
  self->height = height;
  self->list_valid = FALSE;
}

void
gor_render_get_size (GorRender *self, int *width, int *height)
{
  g_return_if_fail (self != NULL);
  if (width)
    *width = self->width;
  if (height)
    *height = self->height;
}

void
gor_render_set_view (GorRender *self, double first_step, double steps_per_pixel, double scroll_y)
{
  g_return_if_fail (self != NULL);
  g_return_if_fail (steps_per_pixel > 0);

  self->view_set = TRUE;
  if (first_step == self->first_step && steps_per_pixel == self->spp && scroll_y == self->scroll_y)
    return;
  self->first_step = first_step;
  self->spp = steps_per_pixel;
  self->scroll_y = scroll_y;
  self->list_valid = FALSE;
}

void
gor_render_get_view (GorRender *self, double *first_step, double *steps_per_pixel, double *scroll_y)
{
  g_return_if_fail (self != NULL);

  _gor_render_ensure_view (self);
  if (first_step)
    *first_step = self->first_step;
  if (steps_per_pixel)
    *steps_per_pixel = self->spp;
  if (scroll_y)
    *scroll_y = self->scroll_y;
}

guint32
gor_render_get_n_steps (GorRender *self)
{
  guint32 n = 0;

  g_return_val_if_fail (self != NULL, 0);
  for (int vi = 0; vi < self->n_variants; vi++)
    n = MAX (n, self->v[vi].trace->n_steps);
  return n;
}

void
gor_render_fit (GorRender *self)
{
  double w;

  g_return_if_fail (self != NULL);

  _gor_render_ensure_layout (self);
  /* Leave room after the end for the killed marks. */
  w = MAX (1.0, _gor_render_lanes_right (self) - self->label_w - 14 * self->fs);
  gor_render_set_view (self, 0, MAX (1, gor_render_get_n_steps (self)) / w, self->scroll_y);
}

void
gor_render_set_playhead (GorRender *self, guint32 step)
{
  g_return_if_fail (self != NULL);

  /* The display list does not depend on the playhead: playback clips the
   * content at it when drawing. */
  self->playhead = step;
}

guint32
gor_render_get_playhead (GorRender *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->playhead;
}

void
gor_render_set_hover (GorRender *self, int variant, int goroutine_index)
{
  g_return_if_fail (self != NULL);
  self->hover_variant = variant;
  self->hover_index = goroutine_index;
}

void
gor_render_set_selection (GorRender *self, int variant, int goroutine_index)
{
  g_return_if_fail (self != NULL);
  self->sel_variant = variant;
  self->sel_index = goroutine_index;
}

guint
gor_render_get_n_drawn_spans (GorRender *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_drawn_spans;
}
