/* gor-render-private.h — what the renderer's files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The renderer is one object, GorRender, in four files:
 *   gor-render.c         public API: options, traces, size, view, playhead
 *   gor-render-layout.c  vertical layout, axis map, lane positions, hit testing
 *   gor-render-lanes.c   level-of-detail spans per lane (cached per zoom
 *                        level) and the display list of the current view
 *   gor-render-draw.c    drawing: the lanes from the display list, the
 *                        overlay, and the text helpers
 *   gor-render-frame.c   what is drawn around the lanes: header, legend,
 *                        axis, lane labels, count strip, output
 *
 * Only the renderer's own files include this header.
 */
#pragma once

#include <math.h>
#include <pango/pangocairo.h>

#include "gor-render.h"

G_BEGIN_DECLS

#define GOR_RENDER_MAX_OUTPUT_LINES 8
#define GOR_RENDER_DEFAULT_LANE_HEIGHT 22.0
/* Lanes never get thinner than their label (12 px text) needs, at font
 * scale 1: with more lanes than fit, the window scrolls and an export
 * leaves lanes out and says so. */
#define GOR_RENDER_MIN_LANE_HEIGHT 14.0
/* Groups smaller than this stay unfolded: two or three lanes read better
 * than a fold. */
#define GOR_RENDER_FOLD_MIN 3
/* Height of one row of the legend, which wraps when it is wider than the
 * picture (at font scale 1). */
#define GOR_RENDER_LEGEND_ROW 22.0
/* Text sizes at font scale 1, in pixels: nothing on the picture is
 * smaller than 12 px, readable on a 1920×1080 slide. */
#define GOR_RENDER_TEXT_PX 12.0
#define GOR_RENDER_SMALL_PX 12.0
/* The playhead triangle's strip under the tick labels, at font scale 1. */
#define GOR_RENDER_MARKER_STRIP 8.0
/* The label column never takes more than this part of the width. */
#define GOR_RENDER_LABEL_COLUMN_MAX 0.28
#define GOR_RENDER_FONT_FAMILY "Cantarell, Inter, DejaVu Sans, sans-serif"

typedef enum
{
  GOR_RENDER_KIND_RUNNING,
  GOR_RENDER_KIND_RUNNABLE,
  GOR_RENDER_KIND_BLOCKED,
  GOR_RENDER_KIND_SLEEPING,
  GOR_RENDER_KIND_FOREVER,
  GOR_RENDER_N_KINDS
} GorRenderKind;

typedef struct
{
  double r, g, b;
} GorRgb;

typedef struct
{
  GorRgb bg;
  GorRgb stripe;
  GorRgb text;
  GorRgb dim;
  GorRgb grid;
  GorRgb kind[GOR_RENDER_N_KINDS];
  GorRgb kind_text[GOR_RENDER_N_KINDS];
  GorRgb arrow;
  GorRgb link;
  GorRgb count;
  GorRgb playhead;
  GorRgb accent;
} GorRenderPalette;

/* A drawable piece of a lane in axis units, after the level-of-detail
 * merge. */
typedef struct
{
  double p0, p1;
  guint8 kind;
  guint8 reason;
  guint8 merged;
  guint8 pad;
} GorRenderSeg;

typedef enum
{
  GOR_RENDER_END_NONE,
  GOR_RENDER_END_EXITED,
  GOR_RENDER_END_KILLED,
} GorRenderEndMark;

/* One goroutine's pieces at one zoom level. */
typedef struct
{
  int              level;   /* G_MININT: not built */
  guint32          n_steps; /* the trace's n_steps when built */
  GArray          *segs;    /* GorRenderSeg, sorted */
  double           end_p;
  GorRenderEndMark end;
  gboolean         forever_tail; /* blocked forever in the very last step: no room */
} GorRenderLane;

/* A lane on the picture: one goroutine, or a fold of several with the same
 * creation site and history.  Members are goroutine indices in
 * GorRenderVariant.members[first … first + n). */
typedef struct
{
  guint    first;
  guint    n;
  gboolean folded;   /* n > 1 */
  gboolean expanded; /* one goroutine of an expanded fold */
} GorRenderRow;

typedef struct
{
  GorTrace  *trace;
  GPtrArray *lanes; /* GorRenderLane*, per goroutine index */
  /* Rows: built with the layout. */
  GArray     *members; /* guint goroutine index, grouped by row */
  GArray     *rows;    /* GorRenderRow, top to bottom */
  GArray     *row_of;  /* int per goroutine index: its row, -1 left out */
  guint       n_rows_shown;
  guint       n_left_out;         /* goroutines in the rows not shown */
  guint       n_left_out_forever; /* … of them blocked forever */
  GHashTable *expanded;           /* fold key (first member's id) → TRUE */
  double      b;                  /* axis map: 0 steps axis, else p = b·vtime */
  gint64      max_count;
  guint       n_output_lines; /* reserved */
  /* Layout, content coordinates. */
  double  top;
  double  title_y;
  double  legend_y;
  double  axis_y;
  double  lanes_y;
  double  more_y; /* the "+ N more goroutines not shown" row, when any */
  double  count_y;
  double  output_y;
  double  story_y;
  GArray *story; /* GorRenderStoryItem, by step (show_captions) */
  double  bottom;
} GorRenderVariant;

/* One line of a variant's story (gor-render-story.c). */
typedef struct
{
  guint32 step;
  int     verdict_of; /* goroutine index found blocked forever at step, or -1 */
  guint   n_alike;    /* verdicts: goroutines blocked forever at the same place */
  guint32 last_step;  /* … the last of them found at this step */
} GorRenderStoryItem;

/* The most lines of a story: the first blocks, every verdict and the end
 * are chosen first. */
#define GOR_RENDER_MAX_STORY 10

/* The display list's items, in viewport x and content y. */
typedef struct
{
  float x, y, w, h;
} GorRenderRect;

typedef struct
{
  float  x, y, w;
  guint8 kind;
  guint8 reason;
  guint  n_forever; /* a folded lane's members blocked forever (0: one goroutine) */
} GorRenderText;

typedef struct
{
  float  x, y;
  guint8 mark;
} GorRenderEndItem;

typedef struct
{
  float x0, y0, x1, y1;
} GorRenderLine;

typedef struct
{
  float x, y0, y1, x_child;
} GorRenderLink;

struct _GorRender
{
  GorRenderOptions opt;
  GorRenderPalette pal;
  GorRenderVariant v[2];
  int              n_variants;
  char            *title;

  int      width, height;
  double   first_step, spp, scroll_y;
  gboolean view_set;
  guint32  playhead;
  int      hover_variant, hover_index;
  int      sel_variant, sel_index;

  gboolean compact; /* max_height is short: legend on one line, no output */
  gboolean layout_valid;
  gboolean list_valid;
  double   lane_h;
  double   fs;
  double   label_w;

  /* The display list: positions for the current view. */
  GArray *rects[GOR_RENDER_N_KINDS]; /* GorRenderRect */
  GArray *texts;                     /* GorRenderText */
  GArray *ends;                      /* GorRenderEndItem */
  GArray *stills;                    /* GorRenderRect: still blocked when main returned */
  GArray *arrows;                    /* GorRenderLine */
  GArray *links;                     /* GorRenderLink */
  GArray *count_cols[2];             /* float per pixel column, -1 beyond the end */
  int     lane_first[2], lane_last[2];
  guint   n_drawn_spans;
};

/* Axis map.  On the steps axis p = step.  On the time axis p is linear in
 * virtual time, p = b·vtime(step), with one b for all variants (the pair
 * shares scale and origin); step s takes the room from its start time to
 * the next step's, so a step that takes no virtual time has no width (the
 * display list draws it as a one-pixel rule) and a clock step takes the
 * time slept.  Inline: the display list calls this for every span it
 * places. */
static inline double
_gor_render_p_at (const GorRenderVariant *v, guint32 step)
{
  if (v->b == 0)
    return step;
  return v->b * (double) gor_trace_vtime_at (v->trace, step);
}

/* Whether the picture shows a playhead (the widget, a playback frame):
 * its triangle then has a strip of its own under the tick labels, so it
 * never covers one. */
static inline gboolean
_gor_render_has_marker_strip (GorRender *self)
{
  return self->opt.interactive || !self->opt.draw_future;
}

/* The axis rows (step, virtual time), and the playhead's strip. */
static inline double
_gor_render_axis_height (GorRender *self)
{
  return (30 + (_gor_render_has_marker_strip (self) ? GOR_RENDER_MARKER_STRIP : 0)) * self->fs;
}

static inline double
_gor_render_lanes_right (GorRender *self)
{
  return self->width - 16 * self->fs;
}

static inline double
_gor_render_p_to_x (GorRender *self, double p)
{
  return self->label_w + (p - self->first_step) / self->spp;
}

/* The bar of a span of @kind inside the lane starting at @lane_top. */
static inline void
_gor_render_lane_bar (GorRender *self, GorRenderKind kind, double lane_top, double *y, double *h)
{
  double bar = MAX (1.0, self->lane_h - 8 * self->fs);

  if (self->lane_h < 8)
    bar = MAX (1.0, self->lane_h - 1);
  if (kind == GOR_RENDER_KIND_RUNNABLE)
    bar = MAX (1.0, bar * 0.4);
  *y = round (lane_top + (self->lane_h - bar) / 2);
  *h = round (bar);
}

static inline void
_gor_render_set_rgb (cairo_t *cr, const GorRgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static inline void
_gor_render_set_rgba (cairo_t *cr, const GorRgb *c, double alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

/* gor-render.c */
void _gor_render_ensure_view (GorRender *self);

/* gor-render-fold.c */
void _gor_render_build_rows (GorRender *self, GorRenderVariant *v);
/* The label of @row ("g7  main.worker", or "×10 main.handle.func1 — 10
 * blocked forever" for a fold, counting only what has started); NULL when
 * nothing of it has started.  With both counts NULL, the label as it is at
 * the end of the run, for measuring. */
char *_gor_render_row_label (GorRender *self, const GorRenderVariant *v, const GorRenderRow *row,
                             guint *n_started, guint *n_forever);

static inline const GorRenderRow *
_gor_render_row (const GorRenderVariant *v, guint r)
{
  return &g_array_index (v->rows, GorRenderRow, r);
}

static inline guint
_gor_render_member (const GorRenderVariant *v, const GorRenderRow *row, guint k)
{
  return g_array_index (v->members, guint, row->first + k);
}

/* The row of goroutine @index, -1 when left out or out of range. */
static inline int
_gor_render_row_of (const GorRenderVariant *v, int index)
{
  if (index < 0 || v->row_of == NULL || (guint) index >= v->row_of->len)
    return -1;
  return g_array_index (v->row_of, int, index);
}

/* gor-render-layout.c */
void   _gor_render_ensure_layout (GorRender *self);
double _gor_render_step_to_p (const GorRenderVariant *v, double step);
double _gor_render_p_to_step (const GorRenderVariant *v, double p);

/* gor-render-lanes.c */
void _gor_render_lane_free (gpointer data);
void _gor_render_build_list (GorRender *self);

/* gor-render-draw.c */
PangoFontDescription *_gor_render_make_font (GorRender *self, const char *family, double px,
                                             PangoWeight weight);
char                 *_gor_render_lane_label (const GorTraceGoroutine *g);
char                 *_gor_render_lane_site (const GorTraceGoroutine *g);
void _gor_render_draw_text (PangoLayout *layout, cairo_t *cr, double x, double y, const char *text);
int  _gor_render_text_width (PangoLayout *layout, const char *text);
void _gor_render_draw_hatch (cairo_t *cr, double x, double y, double w, double h);

/* gor-render-frame.c */
guint _gor_render_legend_rows (GorRender *self);
void  _gor_render_draw_frame (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small,
                              PangoLayout *mono, int vi);
void  _gor_render_draw_count (GorRender *self, cairo_t *cr, PangoLayout *small, int vi);
void  _gor_render_draw_output (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *mono, int vi);

/* In playback only what happened before the playhead is known: steps
 * [0, playhead).  main is there from the start; any other goroutine from
 * the step after the one whose go statement made it. */
static inline gboolean
_gor_render_has_started (const GorRender *self, const GorTraceGoroutine *g)
{
  return self->opt.draw_future || g->parent_id == 0 || g->created_step < self->playhead;
}

/* Whether @g is shown as blocked forever: the verdict is drawn from the
 * step after the one it became certain in. */
static inline gboolean
_gor_render_shows_forever (const GorRender *self, const GorTraceGoroutine *g)
{
  return g->blocked_forever_since >= 0
         && (self->opt.draw_future || g->blocked_forever_since < (gint64) self->playhead);
}

/* gor-render-story.c: the story of a variant (show_captions): chosen
 * with the layout, drawn under the output, numbered on the axis. */
void _gor_render_story_build (GorRender *self, GorRenderVariant *v);
void _gor_render_draw_story (GorRender *self, cairo_t *cr, PangoLayout *layout, int vi);

/* gor-render-links.c: the selected goroutine's Mutex holders (or
 * waiters), linked at the playhead; part of the overlay. */
void _gor_render_draw_holder_links (GorRender *self, cairo_t *cr);

/* Whether @g is shown as still blocked when main returned: known once the
 * run has ended, so only with the playhead at the end. */
static inline gboolean
_gor_render_shows_still_blocked (const GorRender *self, const GorTrace *trace, const GorTraceGoroutine *g)
{
  return g->still_blocked_since >= 0 && (self->opt.draw_future || self->playhead >= trace->n_steps);
}

/* The style of a goroutine still blocked when main returned: red outline
 * and red hatching over its last blocked span, not the full red of a
 * proven leak (gor-render-draw.c). */
void _gor_render_draw_still_blocked (GorRender *self, cairo_t *cr, double x, double y, double w, double h);

G_END_DECLS
