/* gor-timeline.c — the timeline widget: a leak/fixed pair on one playhead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * All drawing goes through GorRender, the renderer the export uses.  The
 * content is kept as a render node and reused while only the overlay
 * (hover, selection, and the playhead when the future is drawn) changes.
 *
 * Until the user zooms or pans, the view follows the recording: it shows
 * a range a little longer than what is recorded, growing by half when the
 * recording reaches it, so the picture does not rescale on every step; once
 * the run is recorded to its end (playback records ahead, so soon after
 * loading) the range is the whole run.
 */

#include "config.h"

#include <math.h>
#include <glib/gi18n.h>

#include "gor-format.h"
#include "gor-timeline.h"

#define MIN_FOLLOW_RANGE 40.0
#define RIGHT_MARGIN 16.0
#define MAX_PIXELS_PER_STEP 96.0
#define ZOOM_STEP 1.25
#define CLICK_SLOP 4.0
#define DEFAULT_LANE_HEIGHT 22.0
#define MIN_LANE_HEIGHT 14.0
#define COMFORTABLE_LANE_HEIGHT 18.0
/* The bar between the leak and the fixed panel, and the least a panel
 * keeps when the bar is dragged. */
#define SPLIT_HANDLE 7.0
#define MIN_PANEL_HEIGHT 80.0

struct _GorTimeline
{
  GtkWidget parent_instance;

  GorRender     *render;
  GskRenderNode *content_node;
  gboolean       dark;
  gboolean       draw_future;

  int width;
  int height;

  /* View: first visible step, steps per pixel, vertical scroll. */
  gboolean follow;
  double   follow_range;
  gboolean lanes_fitted;
  double   first_step;
  double   steps_per_pixel;
  double   scroll_y;

  guint playhead;
  int   selected_variant;
  int   selected_goroutine;

  /* Pointer, for zooming around it. */
  double pointer_x;
  double pointer_y;

  /* GtkScrollable: scrollbars in steps (h) and pixels (v). */
  GtkAdjustment *hadjustment;
  GtkAdjustment *vadjustment;
  guint          hscroll_policy : 1;
  guint          vscroll_policy : 1;
  gboolean       configuring;

  /* Split: when leak and fix do not both fit, each gets a panel of its
   * own that scrolls on its own (scroll_y the leak's, scroll2_y the
   * fix's from its top), with a bar between them that moves. */
  gboolean split;
  gboolean split_moved; /* the user placed the bar */
  double   split_y;     /* the bar's top */
  double   scroll2_y;

  /* Split, each panel's own scrollbar (the scrolled window's, which
   * spans both, then has nothing to scroll and hides). */
  GtkWidget *panel_bars[2];
  gboolean   allocating;

  /* Drag: pan, scrub when it starts on the axis, or move the bar. */
  double   drag_first_step;
  double   drag_scroll_y;
  double   drag_split_y;
  int      drag_panel;
  gboolean drag_scrub;
  gboolean drag_split;
};

enum
{
  PROP_0,
  PROP_PLAYHEAD,
  PROP_SELECTED_VARIANT,
  PROP_SELECTED_GOROUTINE,
  PROP_ZOOM,
  N_PROPS,
  PROP_HADJUSTMENT = N_PROPS,
  PROP_VADJUSTMENT,
  PROP_HSCROLL_POLICY,
  PROP_VSCROLL_POLICY,
};

G_DEFINE_FINAL_TYPE_WITH_CODE (GorTimeline, gor_timeline, GTK_TYPE_WIDGET,
                               G_IMPLEMENT_INTERFACE (GTK_TYPE_SCROLLABLE, NULL))

static GParamSpec *properties[N_PROPS];

static void
invalidate_content (GorTimeline *self)
{
  g_clear_pointer (&self->content_node, gsk_render_node_unref);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static double
lane_width (GorTimeline *self)
{
  double lanes_x = gor_render_get_lanes_x (self->render);

  return MAX (1.0, self->width - lanes_x - RIGHT_MARGIN);
}

static gboolean
traces_finished (GorTimeline *self)
{
  gboolean any = FALSE;

  for (int v = 0; v < 2; v++)
    {
      GorTrace *trace = gor_render_get_trace (self->render, v);

      if (trace == NULL)
        continue;
      any = TRUE;
      if (trace->end_kind == GOR_END_NONE)
        return FALSE;
    }
  return any;
}

static double
fixed_top (GorTimeline *self)
{
  double top = 0;

  gor_render_get_variant_extents (self->render, 1, &top, NULL);
  return top;
}

/* Panel @panel's place in the widget (y and height), and its content's
 * range (the leak's panel ends where the fix begins). */
static void
panel_geometry (GorTimeline *self, int panel, double *y, double *h, double *content_top, double *content_h)
{
  double content = gor_render_get_content_height (self->render, self->width);

  if (!self->split)
    {
      *y = 0;
      *h = self->height;
      *content_top = 0;
      *content_h = content;
    }
  else if (panel == 0)
    {
      *y = 0;
      *h = self->split_y;
      *content_top = 0;
      *content_h = fixed_top (self);
    }
  else
    {
      *y = self->split_y + SPLIT_HANDLE;
      *h = MAX (1.0, self->height - *y);
      *content_top = fixed_top (self);
      *content_h = content - *content_top;
    }
}

static double
max_scroll_y (GorTimeline *self)
{
  double y, h, top, content_h;

  panel_geometry (self, 0, &y, &h, &top, &content_h);
  return MAX (0.0, content_h - h);
}

static double
max_scroll2_y (GorTimeline *self)
{
  double y, h, top, content_h;

  if (!self->split)
    return 0;
  panel_geometry (self, 1, &y, &h, &top, &content_h);
  return MAX (0.0, content_h - h);
}

/* Points the renderer at panel @panel: its height and its scroll.  Returns
 * the panel's y in the widget. */
static double
use_panel (GorTimeline *self, int panel)
{
  double y, h, top, content_h;

  panel_geometry (self, self->split ? panel : 0, &y, &h, &top, &content_h);
  gor_render_set_size (self->render, MAX (self->width, 1), MAX (1, (int) h));
  gor_render_set_view (self->render, self->first_step, self->steps_per_pixel,
                       top + (self->split && panel == 1 ? self->scroll2_y : self->scroll_y));
  return y;
}

/* The panel at widget @y: 0 the leak's (or the only one), 1 the fix's,
 * -1 the bar between them. */
static int
panel_at (GorTimeline *self, double y)
{
  if (!self->split || y < self->split_y)
    return 0;
  if (y < self->split_y + SPLIT_HANDLE)
    return -1;
  return 1;
}

/* Hit test at widget (x, y), in whichever panel is there. */
static gboolean
hit_at (GorTimeline *self, double x, double y, GorRenderHit *hit)
{
  int      panel = panel_at (self, y);
  double   py;
  gboolean found;

  if (panel < 0)
    {
      gor_render_hit_test (self->render, -1, -1e9, hit);
      return FALSE;
    }
  py = use_panel (self, panel);
  found = gor_render_hit_test (self->render, x, y - py, hit);
  /* The leak's panel shows nothing of the fix. */
  if (found && self->split && panel == 0 && hit->variant != 0)
    {
      gor_render_hit_test (self->render, -1, -1e9, hit);
      found = FALSE;
    }
  return found;
}

/* The scrollbars show where the view is: vertically in pixels of
 * content, horizontally in steps. */
static void
configure_adjustments (GorTimeline *self)
{
  double visible = lane_width (self) * self->steps_per_pixel;
  double n_steps = gor_render_get_n_steps (self->render);

  self->configuring = TRUE;
  if (self->vadjustment != NULL)
    {
      double y, h, top, content_h;

      panel_geometry (self, 0, &y, &h, &top, &content_h);
      if (self->split)
        gtk_adjustment_configure (self->vadjustment, 0, 0, h, 40, h * 0.9, h);
      else
        gtk_adjustment_configure (self->vadjustment, self->scroll_y, 0, MAX (content_h, h), 40, h * 0.9, h);
    }
  /* Split, each panel scrolls on its own, with its own scrollbar. */
  for (int panel = 0; panel < 2; panel++)
    {
      GtkWidget *bar = self->panel_bars[panel];
      double     y, h, top, content_h;
      gboolean   shown;

      if (bar == NULL)
        continue;
      panel_geometry (self, panel, &y, &h, &top, &content_h);
      shown = self->split && content_h > h + 0.5;
      gtk_adjustment_configure (gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (bar)),
                                panel == 1 ? self->scroll2_y : self->scroll_y, 0, MAX (content_h, h), 40,
                                h * 0.9, h);
      gtk_widget_set_visible (bar, shown);
    }
  if (!self->allocating)
    gtk_widget_queue_allocate (GTK_WIDGET (self));
  if (self->hadjustment != NULL)
    gtk_adjustment_configure (self->hadjustment, self->first_step, 0,
                              MAX (n_steps, self->first_step + visible), visible * 0.1, visible * 0.9,
                              visible);
  self->configuring = FALSE;
}

/* Lanes get thinner (down to a readable minimum) when the whole picture
 * would not fit the height: a class should see leak and fix at once. */
static void
fit_lane_height (GorTimeline *self)
{
  GorRenderOptions options;
  double           full, lanes = 0, lane_h, default_h, scale;

  if (self->height <= 0)
    return;
  gor_render_get_options (self->render, &options);
  scale = options.font_scale > 0 ? options.font_scale : 1.0;
  default_h = DEFAULT_LANE_HEIGHT * scale;
  options.lane_height = 0;
  options.show_legend = TRUE;
  options.tight = FALSE;
  gor_render_set_options (self->render, &options);
  /* Lanes, not goroutines: folds count once. */
  for (int v = 0; v < 2; v++)
    if (gor_render_get_trace (self->render, v) != NULL)
      {
        guint drawn = 0;

        gor_render_get_lane_accounting (self->render, v, &drawn, NULL, NULL);
        lanes += drawn;
      }
  full = gor_render_get_content_height (self->render, self->width);
  if (full <= self->height || lanes == 0)
    return;

  /* Thinner lanes first, while they stay comfortable; then the legend
   * collapses to one line and the margins around each variant shrink
   * (a projector's 720 lines); then lanes down to the least (the
   * renderer's readable minimum: beyond that the view scrolls). */
  lane_h = default_h - (full - self->height) / lanes;
  if (lane_h < COMFORTABLE_LANE_HEIGHT * scale)
    {
      options.show_legend = FALSE;
      gor_render_set_options (self->render, &options);
      full = gor_render_get_content_height (self->render, self->width);
      if (full <= self->height)
        return;
      lane_h = default_h - (full - self->height) / lanes;
    }
  if (lane_h < COMFORTABLE_LANE_HEIGHT * scale)
    {
      options.tight = TRUE;
      gor_render_set_options (self->render, &options);
      full = gor_render_get_content_height (self->render, self->width);
      if (full <= self->height)
        return;
      lane_h = default_h - (full - self->height) / lanes;
    }
  /* Whole pixels go to the rounding of each variant's lanes: a pixel too
   * many would split the panels for nothing, so the lanes lose one more. */
  for (int i = 0; i < 3; i++)
    {
      options.lane_height = MAX (MIN_LANE_HEIGHT * scale, floor (lane_h));
      gor_render_set_options (self->render, &options);
      full = gor_render_get_content_height (self->render, self->width);
      if (full <= self->height || options.lane_height <= MIN_LANE_HEIGHT * scale)
        return;
      lane_h = options.lane_height - MAX (1.0, ceil ((full - self->height) / lanes));
    }
}

/* Leak and fix side by side in height when both do not fit: each panel
 * gets room in proportion to its content (at least a third), unless the
 * bar was placed by hand. */
static void
update_split (GorTimeline *self)
{
  double   content = gor_render_get_content_height (self->render, self->width);
  gboolean split = gor_render_get_trace (self->render, 1) != NULL && content > self->height
                   && self->height >= 2 * MIN_PANEL_HEIGHT + SPLIT_HANDLE;

  if (split != self->split)
    {
      self->split = split;
      self->split_moved = FALSE;
      self->scroll2_y = 0;
    }
  if (!split)
    return;
  if (!self->split_moved)
    {
      double top = fixed_top (self);

      self->split_y
          = round (CLAMP (self->height * top / content, self->height / 3.0, self->height * 2 / 3.0));
    }
  self->split_y = CLAMP (self->split_y, MIN_PANEL_HEIGHT, self->height - MIN_PANEL_HEIGHT - SPLIT_HANDLE);
}

/* Pushes the view to the renderer, clamped; recomputes the follow range. */
static void
apply_view (GorTimeline *self)
{
  double n_steps = gor_render_get_n_steps (self->render);
  double width = lane_width (self);
  double min_spp = 1.0 / MAX_PIXELS_PER_STEP;
  double max_spp = MAX (MAX (n_steps, MIN_FOLLOW_RANGE) * 2.0 / width, min_spp);
  double old_zoom = gor_timeline_get_zoom (self);

  if (!self->lanes_fitted)
    {
      self->lanes_fitted = TRUE;
      fit_lane_height (self);
    }
  update_split (self);

  if (self->follow)
    {
      /* A little room after the end, so its exit marks show whole. */
      if (traces_finished (self))
        self->follow_range = MAX (n_steps, 1.0) * 1.02 + 0.5;
      else if (n_steps >= self->follow_range || self->follow_range < MIN_FOLLOW_RANGE)
        self->follow_range = MAX (MIN_FOLLOW_RANGE, n_steps * 1.5);
      self->first_step = 0.0;
      self->steps_per_pixel = self->follow_range / width;
    }

  self->steps_per_pixel = CLAMP (self->steps_per_pixel, min_spp, max_spp);
  self->first_step = CLAMP (self->first_step, 0.0, MAX (0.0, n_steps - width * self->steps_per_pixel * 0.5));
  self->scroll_y = CLAMP (self->scroll_y, 0.0, max_scroll_y (self));
  self->scroll2_y = CLAMP (self->scroll2_y, 0.0, max_scroll2_y (self));

  use_panel (self, 0);
  invalidate_content (self);
  configure_adjustments (self);

  if (old_zoom != gor_timeline_get_zoom (self))
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_ZOOM]);
}

static void
update_theme (GorTimeline *self)
{
  GdkRGBA          fg;
  gboolean         dark;
  GorRenderOptions options;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS

  /* A light text colour means a dark theme. */
  dark = (0.299 * fg.red + 0.587 * fg.green + 0.114 * fg.blue) > 0.5;
  if (dark == self->dark)
    return;
  self->dark = dark;
  gor_render_get_options (self->render, &options);
  options.theme = dark ? GOR_RENDER_THEME_DARK : GOR_RENDER_THEME_LIGHT;
  gor_render_set_options (self->render, &options);
  invalidate_content (self);
}

static void
set_selection (GorTimeline *self, int variant, int goroutine_index)
{
  if (goroutine_index < 0)
    variant = -1;
  if (variant == self->selected_variant && goroutine_index == self->selected_goroutine)
    return;

  g_object_freeze_notify (G_OBJECT (self));
  if (variant != self->selected_variant)
    {
      self->selected_variant = variant;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_VARIANT]);
    }
  if (goroutine_index != self->selected_goroutine)
    {
      self->selected_goroutine = goroutine_index;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SELECTED_GOROUTINE]);
    }
  gor_render_set_selection (self->render, variant, goroutine_index);
  gtk_widget_queue_draw (GTK_WIDGET (self));
  g_object_thaw_notify (G_OBJECT (self));
}

static void
zoom_around (GorTimeline *self, double factor, double x)
{
  double lanes_x = gor_render_get_lanes_x (self->render);
  double px = MAX (0.0, x - lanes_x);
  double anchor = self->first_step + px * self->steps_per_pixel;

  self->follow = FALSE;
  self->steps_per_pixel /= factor;
  apply_view (self);
  self->first_step = anchor - px * self->steps_per_pixel;
  apply_view (self);
}

/* Keeps the playhead on screen while playing zoomed in. */
static void
keep_playhead_visible (GorTimeline *self)
{
  double visible = lane_width (self) * self->steps_per_pixel;

  if (self->follow)
    return;
  if (self->playhead > self->first_step + visible || self->playhead < self->first_step)
    {
      self->first_step = MAX (0.0, self->playhead - visible * 0.75);
      apply_view (self);
    }
}

static guint
clamp_step (GorTimeline *self, double step)
{
  double n = gor_render_get_n_steps (self->render);

  if (step < 0)
    return 0;
  return (guint) MIN (step + 0.5, n);
}

static void
scrub_to (GorTimeline *self, double x)
{
  if (gor_render_get_trace (self->render, 0) == NULL)
    return;
  gor_timeline_set_playhead (self, clamp_step (self, gor_render_x_to_step (self->render, 0, x)));
}

static void
panel_bar_changed_cb (GtkAdjustment *adjustment, GorTimeline *self)
{
  if (self->configuring || !self->split)
    return;
  if (adjustment == gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (self->panel_bars[1])))
    self->scroll2_y = gtk_adjustment_get_value (adjustment);
  else
    self->scroll_y = gtk_adjustment_get_value (adjustment);
  apply_view (self);
}

static void
adjustment_changed_cb (GtkAdjustment *adjustment, GorTimeline *self)
{
  if (self->configuring)
    return;
  if (adjustment == self->vadjustment)
    self->scroll_y = gtk_adjustment_get_value (adjustment);
  else
    {
      self->follow = FALSE;
      self->first_step = gtk_adjustment_get_value (adjustment);
    }
  apply_view (self);
}

static void
set_adjustment (GorTimeline *self, GtkAdjustment **slot, GtkAdjustment *adjustment)
{
  if (adjustment == *slot)
    return;
  if (*slot != NULL)
    {
      g_signal_handlers_disconnect_by_func (*slot, adjustment_changed_cb, self);
      g_object_unref (*slot);
    }
  if (adjustment == NULL)
    adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);
  *slot = g_object_ref_sink (adjustment);
  g_signal_connect (adjustment, "value-changed", G_CALLBACK (adjustment_changed_cb), self);
  configure_adjustments (self);
}

static gboolean
scroll_cb (GtkEventControllerScroll *controller, double dx, double dy, GorTimeline *self)
{
  GdkModifierType state = gtk_event_controller_get_current_event_state (GTK_EVENT_CONTROLLER (controller));
  int             panel;

  if (state & GDK_CONTROL_MASK)
    {
      if (dy != 0)
        zoom_around (self, dy < 0 ? ZOOM_STEP : 1.0 / ZOOM_STEP, self->pointer_x);
      return TRUE;
    }

  /* Wheel over content that fits vertically pans in time; each panel
   * scrolls on its own. */
  panel = panel_at (self, self->pointer_y);
  if ((state & GDK_SHIFT_MASK) || (panel == 1 ? max_scroll2_y (self) : max_scroll_y (self)) <= 0)
    {
      dx += dy;
      dy = 0;
    }
  if (dx != 0)
    {
      self->follow = FALSE;
      self->first_step += dx * 40.0 * self->steps_per_pixel;
    }
  if (panel == 1)
    self->scroll2_y += dy * 40.0;
  else
    self->scroll_y += dy * 40.0;
  apply_view (self);
  return TRUE;
}

static void
motion_cb (GtkEventControllerMotion *controller, double x, double y, GorTimeline *self)
{
  GorRenderHit hit;

  self->pointer_x = x;
  self->pointer_y = y;
  gtk_widget_set_cursor_from_name (GTK_WIDGET (self), panel_at (self, y) < 0 ? "row-resize" : NULL);
  hit_at (self, x, y, &hit);
  if (hit.goroutine_index >= 0)
    gor_render_set_hover (self->render, hit.variant, hit.goroutine_index);
  else
    gor_render_set_hover (self->render, -1, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
leave_cb (GtkEventControllerMotion *controller, GorTimeline *self)
{
  gor_render_set_hover (self->render, -1, -1);
  gtk_widget_queue_draw (GTK_WIDGET (self));
}

static void
drag_begin_cb (GtkGestureDrag *gesture, double x, double y, GorTimeline *self)
{
  GorRenderHit hit;

  hit_at (self, x, y, &hit);
  self->drag_panel = panel_at (self, y);
  self->drag_split = self->drag_panel < 0;
  self->drag_split_y = self->split_y;
  self->drag_first_step = self->first_step;
  self->drag_scroll_y = self->drag_panel == 1 ? self->scroll2_y : self->scroll_y;
  self->drag_scrub = hit.area == GOR_RENDER_HIT_AXIS;
  if (self->drag_scrub)
    scrub_to (self, x);
  gtk_widget_grab_focus (GTK_WIDGET (self));
}

static void
drag_update_cb (GtkGestureDrag *gesture, double dx, double dy, GorTimeline *self)
{
  double x, y;

  if (self->drag_scrub)
    {
      gtk_gesture_drag_get_start_point (gesture, &x, &y);
      scrub_to (self, x + dx);
      return;
    }
  if (self->drag_split)
    {
      self->split_moved = TRUE;
      self->split_y = round (self->drag_split_y + dy);
      update_split (self);
      apply_view (self);
      return;
    }
  if (fabs (dx) < CLICK_SLOP && fabs (dy) < CLICK_SLOP)
    return;
  self->follow = FALSE;
  self->first_step = self->drag_first_step - dx * self->steps_per_pixel;
  if (self->drag_panel == 1)
    self->scroll2_y = self->drag_scroll_y - dy;
  else
    self->scroll_y = self->drag_scroll_y - dy;
  apply_view (self);
}

static void
drag_end_cb (GtkGestureDrag *gesture, double dx, double dy, GorTimeline *self)
{
  double       x, y;
  GorRenderHit hit;

  if (self->drag_scrub || self->drag_split || fabs (dx) >= CLICK_SLOP || fabs (dy) >= CLICK_SLOP)
    return;

  /* A click: select what is under it; on a folded lane's label, unfold it
   * (or fold it back). */
  gtk_gesture_drag_get_start_point (gesture, &x, &y);
  if (hit_at (self, x + dx, y + dy, &hit) && hit.goroutine_index >= 0)
    {
      if (hit.area == GOR_RENDER_HIT_LABEL && hit.foldable
          && gor_render_toggle_fold (self->render, hit.variant, hit.goroutine_index))
        {
          /* The content's height changed. */
          apply_view (self);
          invalidate_content (self);
        }
      set_selection (self, hit.variant, hit.goroutine_index);
    }
}

static gboolean
query_tooltip_cb (GtkWidget *widget, int x, int y, gboolean keyboard, GtkTooltip *tooltip, GorTimeline *self)
{
  g_autofree char *text = NULL;

  if (keyboard)
    return FALSE;
  text = gor_timeline_describe_at (self, x, y);
  if (text == NULL)
    return FALSE;
  gtk_tooltip_set_text (tooltip, text);
  return TRUE;
}

/* Each shown panel scrollbar along its panel's right edge. */
static void
allocate_panel_bars (GorTimeline *self)
{
  for (int panel = 0; panel < 2; panel++)
    {
      GtkWidget    *bar = self->panel_bars[panel];
      double        y, h, top, content_h;
      int           bar_w = 0;
      GtkAllocation a;

      if (bar == NULL || !gtk_widget_get_visible (bar))
        continue;
      panel_geometry (self, panel, &y, &h, &top, &content_h);
      gtk_widget_measure (bar, GTK_ORIENTATION_HORIZONTAL, -1, &bar_w, NULL, NULL, NULL);
      a.x = MAX (0, self->width - bar_w);
      a.y = (int) round (y);
      a.width = bar_w;
      a.height = MAX (1, (int) round (h));
      gtk_widget_size_allocate (bar, &a, -1);
    }
}

static void
gor_timeline_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  GorTimeline *self = GOR_TIMELINE (widget);

  self->allocating = TRUE;
  if (width != self->width || height != self->height)
    {
      self->width = width;
      self->height = height;
      gor_render_set_size (self->render, width, height);
      self->lanes_fitted = FALSE;
      self->split_moved = FALSE;
      apply_view (self);
    }
  allocate_panel_bars (self);
  self->allocating = FALSE;
}

static void
gor_timeline_measure (GtkWidget *widget, GtkOrientation orientation, int for_size, int *minimum, int *natural,
                      int *minimum_baseline, int *natural_baseline)
{
  if (orientation == GTK_ORIENTATION_HORIZONTAL)
    {
      *minimum = 240;
      *natural = 800;
    }
  else
    {
      *minimum = 160;
      *natural = 480;
    }
}

/* The leak's panel stops where the fix begins; the bar below it. */
static void
draw_split (GorTimeline *self, cairo_t *cr)
{
  double           y = self->split_y, cover = fixed_top (self) - self->scroll_y;
  GorRenderOptions options;
  double           cx = self->width / 2.0;

  gor_render_get_options (self->render, &options);
  if (options.theme == GOR_RENDER_THEME_DARK)
    cairo_set_source_rgb (cr, 0.118, 0.122, 0.133);
  else
    cairo_set_source_rgb (cr, 1, 1, 1);
  if (cover < y)
    {
      cairo_rectangle (cr, 0, MAX (0, cover), self->width, y - MAX (0, cover));
      cairo_fill (cr);
    }
  cairo_set_source_rgba (cr, 0.5, 0.5, 0.55, 0.35);
  cairo_rectangle (cr, 0, y, self->width, SPLIT_HANDLE);
  cairo_fill (cr);
  cairo_set_source_rgba (cr, 0.3, 0.3, 0.35, 0.8);
  for (int i = -1; i <= 1; i++)
    {
      cairo_arc (cr, cx + i * 8, y + SPLIT_HANDLE / 2, 1.5, 0, 2 * G_PI);
      cairo_fill (cr);
    }
}

static void
gor_timeline_snapshot (GtkWidget *widget, GtkSnapshot *snapshot)
{
  GorTimeline    *self = GOR_TIMELINE (widget);
  graphene_rect_t bounds;
  cairo_t        *cr;

  if (self->width <= 0 || self->height <= 0)
    return;

  update_theme (self);
  graphene_rect_init (&bounds, 0, 0, self->width, self->height);

  if (self->content_node == NULL)
    {
      GtkSnapshot *content = gtk_snapshot_new ();

      cr = gtk_snapshot_append_cairo (content, &bounds);
      for (int panel = 0; panel < (self->split ? 2 : 1); panel++)
        {
          double y = use_panel (self, panel);

          cairo_save (cr);
          cairo_translate (cr, 0, y);
          gor_render_draw_content (self->render, cr);
          cairo_restore (cr);
        }
      if (self->split)
        draw_split (self, cr);
      cairo_destroy (cr);
      self->content_node = gtk_snapshot_free_to_node (content);
    }
  if (self->content_node != NULL)
    gtk_snapshot_append_node (snapshot, self->content_node);

  cr = gtk_snapshot_append_cairo (snapshot, &bounds);
  for (int panel = 0; panel < (self->split ? 2 : 1); panel++)
    {
      double y = use_panel (self, panel), py, h, top, content_h;

      panel_geometry (self, panel, &py, &h, &top, &content_h);
      if (self->split && panel == 0)
        h = MAX (0, MIN (h, content_h - self->scroll_y));
      cairo_save (cr);
      cairo_rectangle (cr, 0, y, self->width, h);
      cairo_clip (cr);
      cairo_translate (cr, 0, y);
      gor_render_draw_overlay (self->render, cr);
      cairo_restore (cr);
    }
  use_panel (self, 0);
  cairo_destroy (cr);
  for (int panel = 0; panel < 2; panel++)
    if (self->panel_bars[panel] != NULL)
      gtk_widget_snapshot_child (widget, self->panel_bars[panel], snapshot);
}

static void
gor_timeline_dispose (GObject *object)
{
  GorTimeline *self = GOR_TIMELINE (object);

  for (int panel = 0; panel < 2; panel++)
    {
      if (self->panel_bars[panel] != NULL)
        g_signal_handlers_disconnect_by_func (
            gtk_scrollbar_get_adjustment (GTK_SCROLLBAR (self->panel_bars[panel])), panel_bar_changed_cb,
            self);
      g_clear_pointer (&self->panel_bars[panel], gtk_widget_unparent);
    }
  G_OBJECT_CLASS (gor_timeline_parent_class)->dispose (object);
}

static void
gor_timeline_finalize (GObject *object)
{
  GorTimeline *self = GOR_TIMELINE (object);

  g_clear_pointer (&self->content_node, gsk_render_node_unref);
  g_clear_pointer (&self->render, gor_render_free);
  if (self->hadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->hadjustment, adjustment_changed_cb, self);
  if (self->vadjustment != NULL)
    g_signal_handlers_disconnect_by_func (self->vadjustment, adjustment_changed_cb, self);
  g_clear_object (&self->hadjustment);
  g_clear_object (&self->vadjustment);

  G_OBJECT_CLASS (gor_timeline_parent_class)->finalize (object);
}

static void
gor_timeline_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  GorTimeline *self = GOR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_PLAYHEAD: g_value_set_uint (value, self->playhead); break;
    case PROP_SELECTED_VARIANT: g_value_set_int (value, self->selected_variant); break;
    case PROP_SELECTED_GOROUTINE: g_value_set_int (value, self->selected_goroutine); break;
    case PROP_ZOOM: g_value_set_double (value, gor_timeline_get_zoom (self)); break;
    case PROP_HADJUSTMENT: g_value_set_object (value, self->hadjustment); break;
    case PROP_VADJUSTMENT: g_value_set_object (value, self->vadjustment); break;
    case PROP_HSCROLL_POLICY: g_value_set_enum (value, self->hscroll_policy); break;
    case PROP_VSCROLL_POLICY: g_value_set_enum (value, self->vscroll_policy); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gor_timeline_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  GorTimeline *self = GOR_TIMELINE (object);

  switch (prop_id)
    {
    case PROP_PLAYHEAD: gor_timeline_set_playhead (self, g_value_get_uint (value)); break;
    case PROP_SELECTED_VARIANT:
      gor_timeline_select (self, g_value_get_int (value), self->selected_goroutine);
      break;
    case PROP_SELECTED_GOROUTINE:
      gor_timeline_select (self, self->selected_variant, g_value_get_int (value));
      break;
    case PROP_HADJUSTMENT: set_adjustment (self, &self->hadjustment, g_value_get_object (value)); break;
    case PROP_VADJUSTMENT: set_adjustment (self, &self->vadjustment, g_value_get_object (value)); break;
    case PROP_HSCROLL_POLICY: self->hscroll_policy = g_value_get_enum (value); break;
    case PROP_VSCROLL_POLICY: self->vscroll_policy = g_value_get_enum (value); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gor_timeline_class_init (GorTimelineClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gor_timeline_dispose;
  object_class->finalize = gor_timeline_finalize;
  object_class->get_property = gor_timeline_get_property;
  object_class->set_property = gor_timeline_set_property;

  widget_class->snapshot = gor_timeline_snapshot;
  widget_class->measure = gor_timeline_measure;
  widget_class->size_allocate = gor_timeline_size_allocate;

  properties[PROP_PLAYHEAD]
      = g_param_spec_uint ("playhead", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_VARIANT]
      = g_param_spec_int ("selected-variant", NULL, NULL, -1, 1, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SELECTED_GOROUTINE]
      = g_param_spec_int ("selected-goroutine", NULL, NULL, -1, G_MAXINT, -1,
                          G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_ZOOM]
      = g_param_spec_double ("zoom", NULL, NULL, 0.0, G_MAXDOUBLE, 1.0,
                             G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);
  g_object_class_override_property (object_class, PROP_HADJUSTMENT, "hadjustment");
  g_object_class_override_property (object_class, PROP_VADJUSTMENT, "vadjustment");
  g_object_class_override_property (object_class, PROP_HSCROLL_POLICY, "hscroll-policy");
  g_object_class_override_property (object_class, PROP_VSCROLL_POLICY, "vscroll-policy");

  gtk_widget_class_set_css_name (widget_class, "timeline");
  gtk_widget_class_set_accessible_role (widget_class, GTK_ACCESSIBLE_ROLE_IMG);
}

static void
gor_timeline_init (GorTimeline *self)
{
  GtkEventController *controller;
  GtkGesture         *drag;
  GorRenderOptions    options;

  self->render = gor_render_new ();
  gor_render_options_init (&options);
  options.draw_future = FALSE;
  options.interactive = TRUE;
  gor_render_set_options (self->render, &options);
  self->follow = TRUE;
  self->follow_range = MIN_FOLLOW_RANGE;
  self->steps_per_pixel = 1.0;
  self->selected_variant = -1;
  self->selected_goroutine = -1;

  for (int panel = 0; panel < 2; panel++)
    {
      GtkAdjustment *adjustment = gtk_adjustment_new (0, 0, 0, 0, 0, 0);

      self->panel_bars[panel] = gtk_scrollbar_new (GTK_ORIENTATION_VERTICAL, adjustment);
      gtk_widget_set_visible (self->panel_bars[panel], FALSE);
      gtk_widget_set_parent (self->panel_bars[panel], GTK_WIDGET (self));
      g_signal_connect (adjustment, "value-changed", G_CALLBACK (panel_bar_changed_cb), self);
    }

  gtk_widget_set_focusable (GTK_WIDGET (self), TRUE);
  gtk_widget_set_overflow (GTK_WIDGET (self), GTK_OVERFLOW_HIDDEN);
  gtk_widget_set_has_tooltip (GTK_WIDGET (self), TRUE);
  g_signal_connect (self, "query-tooltip", G_CALLBACK (query_tooltip_cb), self);

  controller = gtk_event_controller_scroll_new (GTK_EVENT_CONTROLLER_SCROLL_BOTH_AXES);
  g_signal_connect (controller, "scroll", G_CALLBACK (scroll_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  controller = gtk_event_controller_motion_new ();
  g_signal_connect (controller, "motion", G_CALLBACK (motion_cb), self);
  g_signal_connect (controller, "leave", G_CALLBACK (leave_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);

  drag = gtk_gesture_drag_new ();
  g_signal_connect (drag, "drag-begin", G_CALLBACK (drag_begin_cb), self);
  g_signal_connect (drag, "drag-update", G_CALLBACK (drag_update_cb), self);
  g_signal_connect (drag, "drag-end", G_CALLBACK (drag_end_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drag));
}

GtkWidget *
gor_timeline_new (void)
{
  return g_object_new (GOR_TYPE_TIMELINE, NULL);
}

void
gor_timeline_set_traces (GorTimeline *self, GorTrace *leak, GorTrace *fixed, const char *title)
{
  g_return_if_fail (GOR_IS_TIMELINE (self));

  if (leak != NULL)
    gor_render_set_traces (self->render, leak, fixed, title);
  else
    {
      /* The renderer always holds a trace: start again from an empty one. */
      GorRenderOptions options;

      gor_render_get_options (self->render, &options);
      gor_render_free (self->render);
      self->render = gor_render_new ();
      gor_render_set_options (self->render, &options);
      gor_render_set_size (self->render, MAX (self->width, 1), MAX (self->height, 1));
      gor_render_set_playhead (self->render, self->playhead);
    }
  set_selection (self, -1, -1);
  gor_render_set_hover (self->render, -1, -1);
  self->follow = TRUE;
  self->follow_range = 0;
  self->scroll_y = 0;
  self->scroll2_y = 0;
  self->split_moved = FALSE;
  self->lanes_fitted = FALSE;
  apply_view (self);
}

void
gor_timeline_set_text_scale (GorTimeline *self, double scale)
{
  GorRenderOptions options;

  g_return_if_fail (GOR_IS_TIMELINE (self));

  gor_render_get_options (self->render, &options);
  if (options.font_scale == scale)
    return;
  options.font_scale = scale;
  gor_render_set_options (self->render, &options);
  self->lanes_fitted = FALSE;
  apply_view (self);
}

void
gor_timeline_set_show_output (GorTimeline *self, gboolean show_output)
{
  GorRenderOptions options;

  g_return_if_fail (GOR_IS_TIMELINE (self));

  gor_render_get_options (self->render, &options);
  options.show_output = !!show_output;
  gor_render_set_options (self->render, &options);
  self->lanes_fitted = FALSE;
  apply_view (self);
}

GorTrace *
gor_timeline_get_trace (GorTimeline *self, int variant)
{
  g_return_val_if_fail (GOR_IS_TIMELINE (self), NULL);
  return gor_render_get_trace (self->render, variant);
}

void
gor_timeline_invalidate (GorTimeline *self)
{
  g_return_if_fail (GOR_IS_TIMELINE (self));

  gor_render_invalidate (self->render);
  /* New goroutines may have come: lanes may need to be thinner. */
  self->lanes_fitted = FALSE;
  apply_view (self);
}

guint
gor_timeline_get_playhead (GorTimeline *self)
{
  g_return_val_if_fail (GOR_IS_TIMELINE (self), 0);
  return self->playhead;
}

void
gor_timeline_set_playhead (GorTimeline *self, guint playhead)
{
  g_return_if_fail (GOR_IS_TIMELINE (self));

  if (playhead == self->playhead)
    return;
  self->playhead = playhead;
  gor_render_set_playhead (self->render, playhead);
  if (self->draw_future)
    gtk_widget_queue_draw (GTK_WIDGET (self));
  else
    invalidate_content (self);
  keep_playhead_visible (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYHEAD]);
}

void
gor_timeline_set_draw_future (GorTimeline *self, gboolean draw_future)
{
  GorRenderOptions options;

  g_return_if_fail (GOR_IS_TIMELINE (self));

  draw_future = !!draw_future;
  if (draw_future == self->draw_future)
    return;
  self->draw_future = draw_future;
  gor_render_get_options (self->render, &options);
  options.draw_future = draw_future;
  gor_render_set_options (self->render, &options);
  invalidate_content (self);
}

int
gor_timeline_get_selected_variant (GorTimeline *self)
{
  g_return_val_if_fail (GOR_IS_TIMELINE (self), -1);
  return self->selected_variant;
}

int
gor_timeline_get_selected_goroutine (GorTimeline *self)
{
  g_return_val_if_fail (GOR_IS_TIMELINE (self), -1);
  return self->selected_goroutine;
}

void
gor_timeline_select (GorTimeline *self, int variant, int goroutine_index)
{
  GorTrace *trace;

  g_return_if_fail (GOR_IS_TIMELINE (self));

  trace = variant >= 0 && variant < 2 ? gor_render_get_trace (self->render, variant) : NULL;
  if (trace == NULL || goroutine_index < 0 || (guint) goroutine_index >= gor_trace_get_n_goroutines (trace))
    set_selection (self, -1, -1);
  else
    set_selection (self, variant, goroutine_index);
}

void
gor_timeline_zoom_in (GorTimeline *self)
{
  g_return_if_fail (GOR_IS_TIMELINE (self));
  if (gor_render_get_trace (self->render, 0) == NULL)
    return;
  zoom_around (self, ZOOM_STEP, gor_render_step_to_x (self->render, 0, self->playhead));
}

void
gor_timeline_zoom_out (GorTimeline *self)
{
  g_return_if_fail (GOR_IS_TIMELINE (self));
  if (gor_render_get_trace (self->render, 0) == NULL)
    return;
  zoom_around (self, 1.0 / ZOOM_STEP, gor_render_step_to_x (self->render, 0, self->playhead));
}

void
gor_timeline_zoom_fit (GorTimeline *self)
{
  g_return_if_fail (GOR_IS_TIMELINE (self));

  self->follow = TRUE;
  self->follow_range = 0;
  apply_view (self);
}

double
gor_timeline_get_zoom (GorTimeline *self)
{
  double fit;

  g_return_val_if_fail (GOR_IS_TIMELINE (self), 1.0);

  if (self->follow || self->steps_per_pixel <= 0)
    return 1.0;
  fit = MAX (gor_render_get_n_steps (self->render), 1) / lane_width (self);
  return fit / self->steps_per_pixel;
}

double
gor_timeline_get_hidden_height (GorTimeline *self)
{
  g_return_val_if_fail (GOR_IS_TIMELINE (self), 0);

  return max_scroll_y (self) + max_scroll2_y (self);
}

GorRender *
gor_timeline_get_render (GorTimeline *self)
{
  g_return_val_if_fail (GOR_IS_TIMELINE (self), NULL);
  return self->render;
}

char *
gor_timeline_describe_at (GorTimeline *self, double x, double y)
{
  GorRenderHit             hit;
  const GorTraceGoroutine *g;
  g_autofree char         *name = NULL;
  g_autofree char         *state = NULL;
  g_autofree char         *t0 = NULL;
  g_autofree char         *t1 = NULL;
  g_autofree char         *file = NULL;
  GString                 *s;
  guint32                  end;

  g_return_val_if_fail (GOR_IS_TIMELINE (self), NULL);

  if (!hit_at (self, x, y, &hit) || hit.goroutine == NULL)
    return NULL;

  g = hit.goroutine;
  name = gor_format_goroutine (g);
  s = g_string_new (name);
  if (hit.n_in_lane > 1)
    g_string_append_printf (
        s,
        g_dngettext (
            GETTEXT_PACKAGE, "\none of %u goroutine with the same history: click the label to unfold",
            "\none of %u goroutines with the same history: click the label to unfold", hit.n_in_lane),
        hit.n_in_lane);
  if (g->created_file != NULL)
    {
      g_autofree char *base = gor_format_basename (g->created_file);
      g_string_append_printf (s, _ ("\ncreated at %s:%u by %s"), base, g->created_line,
                              g->creator_name ? g->creator_name : "?");
    }

  if (hit.span == NULL || (!self->draw_future && hit.span->first_step >= self->playhead))
    return g_string_free (s, FALSE);

  state = gor_format_span_state (g, hit.span, hit.step);
  end = gor_trace_span_end (hit.trace, hit.span);
  file = gor_format_basename (hit.trace->file);
  t0 = gor_format_duration (gor_trace_vtime_at (hit.trace, hit.span->first_step));
  t1 = gor_format_duration (gor_trace_vtime_at (hit.trace, end));
  g_string_append_printf (s, "\n%s", state);
  if (hit.span->line > 0)
    g_string_append_printf (s, _ ("\nat %s:%u"), file, hit.span->line);
  if (end > hit.span->first_step + 1)
    g_string_append_printf (s, _ ("\nsteps %u–%u · time %s–%s"), hit.span->first_step, end - 1, t0, t1);
  else
    g_string_append_printf (s, _ ("\nstep %u · time %s"), hit.span->first_step, t0);

  return g_string_free (s, FALSE);
}
