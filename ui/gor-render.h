/* gor-render.h — the one cairo renderer of a trace's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws one trace, or a leak/fixed pair one above the other, onto any
 * cairo_t: the timeline widget (through gtk_snapshot_append_cairo), the SVG
 * export and the PNG export all go through it, so what is exported is what
 * is on screen.  cairo and PangoCairo only: it works with no display.
 *
 * Coordinates.  The renderer draws into a viewport of width × height device
 * units (pixels) at (0, 0).  Content is laid out vertically: per variant a
 * header (title and legend), the axis, one lane per goroutine in creation
 * order, the goroutine-count strip and the program's output; the pair's
 * second variant follows below the first.  A vertical scroll offset moves
 * the content up; the lane-label column on the left stays in place
 * horizontally.
 *
 * Horizontally the view is given in steps: the first visible step (at the
 * left edge of the lane area, right of the label column) and steps per
 * pixel.  On the virtual-time axis, "steps" are axis units that span the
 * same range 0 … n_steps, linear in virtual time: the longest run's end
 * time is at its n_steps, and the pair shares that scale and the origin
 * 0 ns, so both panels' ticks line up; the same view numbers then work on
 * both axes (fit-to-window is identical).  A step that takes no virtual
 * time has no width there: it is drawn as a one-pixel rule, time is never
 * stretched to make room for it.
 *
 * Caching.  Pixel positions of spans (after level-of-detail merging) are
 * computed once per change of traces, size, zoom, scroll or options, not
 * per frame.  gor_render_draw_overlay() (playhead, hover, selection) is a
 * separate cheap pass, and moving the playhead never rebuilds anything
 * (playback, draw_future unset, clips the content at the playhead when
 * drawing it).  When the trace grows (playback), call
 * gor_render_invalidate().
 */
#pragma once

#include <cairo.h>
#include <glib.h>

#include "gor-scenario.h"
#include "gor-trace.h"

G_BEGIN_DECLS

typedef enum
{
  GOR_RENDER_AXIS_STEPS, /* x is scheduling steps; virtual time printed */
  GOR_RENDER_AXIS_TIME,  /* x follows virtual time */
} GorRenderAxis;

typedef enum
{
  GOR_RENDER_THEME_LIGHT,
  GOR_RENDER_THEME_DARK,
} GorRenderTheme;

typedef struct
{
  GorRenderAxis  axis;
  GorRenderTheme theme;
  gboolean       show_handoffs;       /* channel hand-off arrows */
  gboolean       show_creation_links; /* go statement → child's first span */
  gboolean       draw_future;         /* TRUE: everything (export); FALSE: up
                                       * to the playhead (playback) */
  gboolean       show_output;         /* the program's output under each variant */
  gboolean       show_legend;         /* FALSE: collapsed to one line */
  double         lane_height;         /* 0: default (22 px); never below the
                               * minimum, 14 px × font_scale */
  /* The one scale factor of the picture (0: 1.0): every text size, the
   * default and the minimum lane height, and the margins grow with it. */
  double   font_scale;
  gboolean fold;          /* fold lanes of goroutines with the same creation
                         * site and history (default TRUE) */
  gboolean interactive;   /* a folded lane shows a disclosure triangle (the
                         * widget; an export stays folded and shows none) */
  double   max_height;    /* > 0: lanes that would make the content taller
                         * are left out, and the picture says so */
  gboolean show_captions; /* under each variant, its story: the steps that
                           * matter (blocks, verdicts, the end) in words,
                           * numbered on the axis (exports, --captions) */
  gboolean tight;         /* less room above and below each variant (a short
                           * screen: the widget, when the lanes do not fit) */
} GorRenderOptions;

/* The defaults: steps axis, light theme, arrows and links on, everything
 * drawn, output and legend shown, lanes folded. */
void gor_render_options_init (GorRenderOptions *options);

typedef enum
{
  GOR_RENDER_HIT_NONE,   /* outside any variant */
  GOR_RENDER_HIT_HEADER, /* title and legend row */
  GOR_RENDER_HIT_AXIS,
  GOR_RENDER_HIT_LABEL, /* a lane's label: goroutine set */
  GOR_RENDER_HIT_LANE,  /* a lane, not on a span: goroutine set */
  GOR_RENDER_HIT_SPAN,  /* a span: goroutine and span set */
  GOR_RENDER_HIT_COUNT, /* the goroutine-count strip */
  GOR_RENDER_HIT_OUTPUT,
} GorRenderHitArea;

typedef struct
{
  GorRenderHitArea         area;
  int                      variant;         /* GorVariant, -1 for none */
  GorTrace                *trace;           /* the variant's trace (not a new ref) */
  int                      goroutine_index; /* index in trace->goroutines, -1 for none */
  const GorTraceGoroutine *goroutine;
  const GorSpan           *span;            /* the trace's own span, NULL for none */
  guint32                  step;            /* step under x (clamped to the trace) */
  gboolean                 blocked_forever; /* the step is at or after blocked_forever_since */
  guint                    n_in_lane;       /* goroutines the lane stands for (>1: folded) */
  gboolean                 foldable;        /* the lane is a fold, or one of an expanded fold */
} GorRenderHit;

typedef struct _GorRender GorRender;

GorRender *gor_render_new (void);
void       gor_render_free (GorRender *self);

/* @fixed may be NULL: then one trace is drawn.  Titles: the header reads
 * "Leak — TITLE" and "Fixed — TITLE" for a pair, or TITLE alone for one
 * trace (the program's file name when @title is NULL).  Takes references. */
void      gor_render_set_traces (GorRender *self, GorTrace *leak, GorTrace *fixed, const char *title);
GorTrace *gor_render_get_trace (GorRender *self, GorVariant variant);
/* The traces grew or changed in place: recompute layout and positions. */
void gor_render_invalidate (GorRender *self);

void gor_render_set_options (GorRender *self, const GorRenderOptions *options);
void gor_render_get_options (GorRender *self, GorRenderOptions *options);

void gor_render_set_size (GorRender *self, int width, int height);
void gor_render_get_size (GorRender *self, int *width, int *height);
/* Zoom and scroll.  @steps_per_pixel > 0. */
void gor_render_set_view (GorRender *self, double first_step, double steps_per_pixel, double scroll_y);
void gor_render_get_view (GorRender *self, double *first_step, double *steps_per_pixel, double *scroll_y);
/* View that shows the whole run (the longer trace of the pair) in the
 * current width. */
void    gor_render_fit (GorRender *self);
void    gor_render_set_playhead (GorRender *self, guint32 step);
guint32 gor_render_get_playhead (GorRender *self);
/* Highlight a goroutine's lane (-1: none).  Overlay only: cheap. */
void gor_render_set_hover (GorRender *self, int variant, int goroutine_index);
void gor_render_set_selection (GorRender *self, int variant, int goroutine_index);

/* Layout.  Total content height at @width (for scrolling); the x where the
 * lane area starts (right of the label column); the longest trace's steps. */
double  gor_render_get_content_height (GorRender *self, int width);
double  gor_render_get_lanes_x (GorRender *self);
guint32 gor_render_get_n_steps (GorRender *self);
/* y range of a variant (its header to its output) in content coordinates;
 * FALSE when there is no such variant. */
gboolean gor_render_get_variant_extents (GorRender *self, int variant, double *top, double *bottom);
/* y range of a goroutine's lane in content coordinates (scroll not applied);
 * a folded goroutine's lane is its fold's.  FALSE when out of range or left
 * out (see below). */
gboolean gor_render_get_lane_extents (GorRender *self, int variant, int goroutine_index, double *y,
                                      double *height);
/* Folding (see gor-render-layout.c for the rule).  Expands the fold that
 * holds @goroutine_index, or folds it back when expanded; FALSE when the
 * goroutine is in no fold.  The layout changes: the content height too. */
gboolean gor_render_toggle_fold (GorRender *self, int variant, int goroutine_index);
/* How @variant's goroutines are accounted for: @drawn on a lane of their
 * own or as the first of a folded lane, @folded in a folded lane after its
 * first, @left_out in lanes that did not fit max_height (the picture says
 * how many).  drawn + folded + left_out is always the number of goroutines
 * in the trace. */
void gor_render_get_lane_accounting (GorRender *self, int variant, guint *drawn, guint *folded,
                                     guint *left_out);

/* Step ↔ viewport x under the current view and axis. */
double gor_render_step_to_x (GorRender *self, int variant, double step);
double gor_render_x_to_step (GorRender *self, int variant, double x);

/* Everything: background, content, then the overlay. */
void gor_render_draw (GorRender *self, cairo_t *cr);
/* Background and content without the overlay. */
void gor_render_draw_content (GorRender *self, cairo_t *cr);
/* Playhead, hover and selection on top of the content. */
void gor_render_draw_overlay (GorRender *self, cairo_t *cr);

/* (x, y) in viewport coordinates → what is there.  Always fills @hit;
 * returns FALSE when nothing (area NONE). */
gboolean gor_render_hit_test (GorRender *self, double x, double y, GorRenderHit *hit);

/* For tests and the benchmark: the number of rectangles the last
 * gor_render_draw_content() drew for spans after merging. */
guint gor_render_get_n_drawn_spans (GorRender *self);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorRender, gor_render_free)

G_END_DECLS
