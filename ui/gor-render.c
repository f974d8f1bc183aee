/* gor-render.c — the one cairo renderer of a trace's timeline
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-render.h"

#include <math.h>
#include <string.h>
#include <pango/pangocairo.h>

/* Spans and gaps narrower than this many pixels merge. */
#define MIN_SPAN_PX 3.0
#define MAX_OUTPUT_LINES 8
#define FOREVER_TAIL_PX 8
/* Beyond this many hand-off arrows a view is a hairball, not information. */
#define MAX_ARROWS 1500
/* Arrows appear once steps are told apart: at least half a pixel each. */
#define MAX_ARROW_SPP 2.0
#define DEFAULT_LANE_HEIGHT 22.0
#define FONT_FAMILY "Cantarell, Inter, DejaVu Sans, sans-serif"
#define MONO_FAMILY "Source Code Pro, DejaVu Sans Mono, monospace"

typedef enum
{
  KIND_RUNNING,
  KIND_RUNNABLE,
  KIND_BLOCKED,
  KIND_SLEEPING,
  KIND_FOREVER,
  N_KINDS
} Kind;

typedef struct
{
  double r, g, b;
} Rgb;

typedef struct
{
  Rgb bg;
  Rgb stripe;
  Rgb text;
  Rgb dim;
  Rgb grid;
  Rgb kind[N_KINDS];
  Rgb kind_text[N_KINDS];
  Rgb arrow;
  Rgb link;
  Rgb count;
  Rgb playhead;
  Rgb accent;
} Palette;

/* A drawable piece of a lane in axis units, after the level-of-detail
 * merge. */
typedef struct
{
  double p0, p1;
  guint8 kind;
  guint8 reason;
  guint8 merged;
  guint8 pad;
} Seg;

typedef enum
{
  END_NONE,
  END_EXITED,
  END_KILLED,
} EndMark;

typedef struct
{
  int      level;    /* G_MININT: not built */
  guint32  n_steps;  /* the trace's n_steps when built */
  GArray  *segs;     /* Seg, sorted */
  double   end_p;
  EndMark  end;
  gboolean forever_tail; /* blocked forever in the very last step: no room */
} LaneCache;

typedef struct
{
  GorTrace  *trace;
  GPtrArray *lanes;    /* LaneCache*, per goroutine index */
  double     a, b;     /* axis map: p = a·step + b·vtime */
  gint64     max_count;
  guint      n_output_lines; /* reserved */
  /* Layout, content coordinates. */
  double     top;
  double     title_y;
  double     legend_y;
  double     axis_y;
  double     lanes_y;
  double     count_y;
  double     output_y;
  double     bottom;
} Variant;

typedef struct
{
  float x, y, w, h;
} Rect;

typedef struct
{
  float x, y, w;
  guint8 kind;
  guint8 reason;
} SpanText;

typedef struct
{
  float x, y;
  guint8 mark;
} EndItem;

typedef struct
{
  float x0, y0, x1, y1;
} Line;

typedef struct
{
  float x, y0, y1, x_child;
} Link;

struct _GorRender
{
  GorRenderOptions opt;
  Palette          pal;
  Variant          v[2];
  int              n_variants;
  char            *title;

  int              width, height;
  double           first_step, spp, scroll_y;
  gboolean         view_set;
  guint32          playhead;
  int              hover_variant, hover_index;
  int              sel_variant, sel_index;

  gboolean         layout_valid;
  gboolean         list_valid;
  double           lane_h;
  double           fs;
  double           label_w;

  /* The display list: positions for the current view. */
  GArray          *rects[N_KINDS]; /* Rect */
  GArray          *texts;          /* SpanText */
  GArray          *ends;           /* EndItem */
  GArray          *arrows;         /* Line */
  GArray          *links;          /* Link */
  GArray          *count_cols[2];  /* float per pixel column, -1 beyond the end */
  int              lane_first[2], lane_last[2];
  guint            n_drawn_spans;
};

static const Palette light_palette = {
  .bg = { 1.0, 1.0, 1.0 },
  .stripe = { 0.965, 0.969, 0.976 },
  .text = { 0.122, 0.137, 0.157 },
  .dim = { 0.42, 0.45, 0.49 },
  .grid = { 0.86, 0.87, 0.89 },
  .kind = {
    [KIND_RUNNING] = { 0.176, 0.643, 0.306 },
    [KIND_RUNNABLE] = { 0.78, 0.80, 0.82 },
    [KIND_BLOCKED] = { 0.949, 0.659, 0.094 },
    [KIND_SLEEPING] = { 0.31, 0.56, 0.90 },
    [KIND_FOREVER] = { 0.82, 0.10, 0.13 },
  },
  .kind_text = {
    [KIND_RUNNING] = { 1, 1, 1 },
    [KIND_RUNNABLE] = { 0.2, 0.2, 0.2 },
    [KIND_BLOCKED] = { 0.23, 0.16, 0.0 },
    [KIND_SLEEPING] = { 1, 1, 1 },
    [KIND_FOREVER] = { 1, 1, 1 },
  },
  .arrow = { 0.44, 0.30, 0.76 },
  .link = { 0.55, 0.58, 0.62 },
  .count = { 0.33, 0.38, 0.45 },
  .playhead = { 0.09, 0.10, 0.12 },
  .accent = { 0.11, 0.42, 0.85 },
};

static const Palette dark_palette = {
  .bg = { 0.118, 0.122, 0.133 },
  .stripe = { 0.145, 0.152, 0.168 },
  .text = { 0.90, 0.91, 0.92 },
  .dim = { 0.62, 0.65, 0.68 },
  .grid = { 0.24, 0.25, 0.28 },
  .kind = {
    [KIND_RUNNING] = { 0.247, 0.725, 0.314 },
    [KIND_RUNNABLE] = { 0.33, 0.35, 0.39 },
    [KIND_BLOCKED] = { 0.86, 0.62, 0.13 },
    [KIND_SLEEPING] = { 0.35, 0.61, 0.97 },
    [KIND_FOREVER] = { 0.94, 0.19, 0.22 },
  },
  .kind_text = {
    [KIND_RUNNING] = { 0.05, 0.10, 0.05 },
    [KIND_RUNNABLE] = { 0.9, 0.9, 0.9 },
    [KIND_BLOCKED] = { 0.16, 0.10, 0.0 },
    [KIND_SLEEPING] = { 0.04, 0.08, 0.16 },
    [KIND_FOREVER] = { 1, 1, 1 },
  },
  .arrow = { 0.70, 0.57, 0.94 },
  .link = { 0.50, 0.53, 0.58 },
  .count = { 0.62, 0.67, 0.74 },
  .playhead = { 0.96, 0.96, 0.97 },
  .accent = { 0.42, 0.65, 1.0 },
};

/* Words written on a span, longest first; the first that fits is used. */
static const char *
reason_label (GorReason reason)
{
  switch (reason)
    {
    case GOR_REASON_CHAN_SEND: return "chan send";
    case GOR_REASON_CHAN_RECV: return "chan receive";
    case GOR_REASON_NIL_CHAN_SEND:
    case GOR_REASON_NIL_CHAN_RECV: return "nil chan";
    case GOR_REASON_SELECT: return "select";
    case GOR_REASON_SELECT_NO_CASES: return "select {}";
    case GOR_REASON_MUTEX_LOCK:
    case GOR_REASON_RWMUTEX_LOCK: return "Lock";
    case GOR_REASON_RWMUTEX_RLOCK: return "RLock";
    case GOR_REASON_WAITGROUP_WAIT: return "Wait";
    case GOR_REASON_COND_WAIT: return "Cond.Wait";
    case GOR_REASON_SLEEP: return "Sleep";
    case GOR_REASON_NONE:
    case GOR_N_REASONS:
    default:
      return "";
    }
}

static void
set_rgb (cairo_t *cr, const Rgb *c)
{
  cairo_set_source_rgb (cr, c->r, c->g, c->b);
}

static void
set_rgba (cairo_t *cr, const Rgb *c, double alpha)
{
  cairo_set_source_rgba (cr, c->r, c->g, c->b, alpha);
}

static void
lane_cache_free (gpointer data)
{
  LaneCache *lc = data;

  if (lc->segs)
    g_array_unref (lc->segs);
  g_free (lc);
}

/* Axis map.  On the steps axis p = step.  On the time axis each step keeps
 * a small share of the width (so instantaneous activity stays visible) and
 * clock jumps take the rest in proportion to the virtual time they cover;
 * p still runs from 0 to n_steps. */
static double
p_post (const Variant *v, guint32 step)
{
  if (v->b == 0)
    return step;
  return v->a * step + v->b * (double) gor_trace_vtime_at (v->trace, step);
}

static double
p_pre (const Variant *v, guint32 step)
{
  if (v->b == 0 || step == 0)
    return step;
  return v->a * step + v->b * (double) gor_trace_vtime_at (v->trace, step - 1);
}

static double
step_to_p (const Variant *v, double step)
{
  guint32 s;

  if (step <= 0)
    return step;
  if (v->b == 0)
    return step;
  if (step >= v->trace->n_steps)
    return p_post (v, v->trace->n_steps) + (step - v->trace->n_steps) * v->a;
  s = (guint32) floor (step);
  return p_post (v, s) + (step - s) * v->a;
}

static double
p_to_step (const Variant *v, double p)
{
  guint32 lo = 0, hi;

  if (v->b == 0 || p <= 0)
    return p;

  hi = v->trace->n_steps;
  if (p >= p_post (v, hi))
    return hi + (p - p_post (v, hi)) / v->a;

  /* Last step whose post position is <= p. */
  while (hi - lo > 1)
    {
      guint32 mid = lo + (hi - lo) / 2;

      if (p_post (v, mid) <= p)
        lo = mid;
      else
        hi = mid;
    }

  return lo + MIN (1.0, (p - p_post (v, lo)) / v->a);
}

static int
goroutine_index (GorTrace *trace, guint32 id)
{
  guint lo = 0, hi = trace->goroutines->len;

  while (lo < hi)
    {
      guint mid = lo + (hi - lo) / 2;
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

static Kind
state_kind (guint8 state)
{
  switch (state)
    {
    case GOR_STATE_RUNNING: return KIND_RUNNING;
    case GOR_STATE_BLOCKED: return KIND_BLOCKED;
    case GOR_STATE_SLEEPING: return KIND_SLEEPING;
    case GOR_STATE_RUNNABLE:
    default:
      return KIND_RUNNABLE;
    }
}

typedef struct
{
  double p0, p1;
  double cover[N_KINDS];
  double best_blocked;
  guint8 reason;
  guint  n;
} Group;

static void
group_flush (Group *grp, GArray *out)
{
  Seg seg = { 0, };
  int best = KIND_RUNNABLE;

  if (grp->n == 0)
    return;

  if (grp->cover[KIND_FOREVER] > 0)
    best = KIND_FOREVER;
  else
    for (int k = 0; k < N_KINDS; k++)
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
group_add (Group *grp, double p0, double p1, Kind kind, guint8 reason)
{
  if (grp->n == 0)
    grp->p0 = p0;
  grp->p1 = MAX (grp->p1, p1);
  grp->cover[kind] += p1 - p0;
  if ((kind == KIND_BLOCKED || kind == KIND_FOREVER || kind == KIND_SLEEPING)
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
build_lane (const Variant *v, const GorTraceGoroutine *g, double threshold, LaneCache *lc)
{
  GorTrace *trace = v->trace;
  Group grp = { 0, };
  gint64 since = g->blocked_forever_since;

  if (lc->segs == NULL)
    lc->segs = g_array_new (FALSE, FALSE, sizeof (Seg));
  g_array_set_size (lc->segs, 0);
  lc->end = END_NONE;
  lc->end_p = 0;

  for (guint i = 0; i < g->spans->len; i++)
    {
      const GorSpan *sp = &g_array_index (g->spans, GorSpan, i);
      guint32 s0 = sp->first_step;
      guint32 s1 = gor_trace_span_end (trace, sp);
      struct { guint32 s0, s1; Kind kind; guint8 reason; } parts[2];
      guint n_parts = 0;

      if (sp->state == GOR_STATE_EXITED || sp->state == GOR_STATE_KILLED)
        {
          lc->end = sp->state == GOR_STATE_EXITED ? END_EXITED : END_KILLED;
          lc->end_p = p_pre (v, sp->first_step);
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
          parts[n_parts].kind = KIND_FOREVER;
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

          /* During a clock jump nobody runs: waiting pieces take the jump,
           * running pieces stop before it. */
          if (parts[j].kind == KIND_RUNNING)
            {
              p0 = p_post (v, parts[j].s0);
              p1 = p_pre (v, parts[j].s1);
            }
          else
            {
              p0 = p_pre (v, parts[j].s0);
              p1 = p_post (v, parts[j].s1);
            }
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
  if (lc->forever_tail && lc->end == END_NONE)
    lc->end_p = p_pre (v, trace->n_steps);
}

static LaneCache *
get_lane (GorRender *self, int vi, guint index, int level)
{
  Variant *v = &self->v[vi];
  LaneCache *lc;

  while (v->lanes->len <= index)
    {
      lc = g_new0 (LaneCache, 1);
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

static guint
count_output_lines (GorTrace *trace, guint32 up_to_step)
{
  guint lines = 0;
  gboolean open_line = FALSE;

  for (guint i = 0; i < trace->output->len; i++)
    {
      const GorOutputChunk *c = &g_array_index (trace->output, GorOutputChunk, i);
      const char *text = trace->output_text->str + c->offset;

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

static PangoFontDescription *
make_font (GorRender *self, const char *family, double px, PangoWeight weight)
{
  PangoFontDescription *fd = pango_font_description_from_string (family);

  pango_font_description_set_absolute_size (fd, px * self->fs * PANGO_SCALE);
  pango_font_description_set_weight (fd, weight);
  return fd;
}

static char *
lane_label (const GorTraceGoroutine *g)
{
  return g_strdup_printf ("g%u  %s", g->id, g->name ? g->name : "?");
}

static char *
lane_site (const GorTraceGoroutine *g)
{
  g_autofree char *base = NULL;

  if (g->created_file == NULL)
    return g_strdup ("");
  base = g_path_get_basename (g->created_file);
  return g_strdup_printf ("%s:%u", base, g->created_line);
}

static void
ensure_layout (GorRender *self)
{
  double y = 0;
  int longest = -1, longest_vi = 0;
  gsize longest_len = 0;

  if (self->layout_valid)
    return;

  self->fs = self->opt.font_scale > 0 ? self->opt.font_scale : 1.0;
  self->lane_h = MAX (1.0, round (self->opt.lane_height > 0 ? self->opt.lane_height
                                                              : DEFAULT_LANE_HEIGHT * self->fs));

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      Variant *v = &self->v[vi];
      GorTrace *trace = v->trace;
      gint64 total_ns = trace->vtime->len > 0 ? gor_trace_vtime_at (trace, trace->n_steps) : 0;
      gint64 first_ns = gor_trace_vtime_at (trace, 0);

      if (self->opt.axis == GOR_RENDER_AXIS_TIME && total_ns > first_ns && trace->n_steps > 0)
        {
          v->a = 0.15;
          v->b = 0.85 * trace->n_steps / (double) (total_ns - first_ns);
        }
      else
        {
          v->a = 1;
          v->b = 0;
        }

      v->max_count = 1;
      for (guint i = 0; i < trace->num_goroutines->len; i++)
        v->max_count = MAX (v->max_count, g_array_index (trace->num_goroutines, GorStepValue, i).value);

      v->n_output_lines = 0;
      if (self->opt.show_output)
        {
          v->n_output_lines = MIN (count_output_lines (trace, G_MAXUINT32), MAX_OUTPUT_LINES);
          if (trace->end_kind != GOR_END_NONE && trace->exit_status != 0)
            v->n_output_lines++;
        }

      v->top = y;
      y += 14 * self->fs;
      v->title_y = y;
      y += 24 * self->fs;
      v->legend_y = y;
      if (self->opt.show_legend)
        y += 22 * self->fs;
      y += 4 * self->fs;
      v->axis_y = y;
      y += 30 * self->fs;
      y = round (y);
      v->lanes_y = y;
      y += self->lane_h * trace->goroutines->len;
      y += 6 * self->fs;
      v->count_y = y;
      y += 40 * self->fs;
      v->output_y = y;
      if (v->n_output_lines > 0)
        y += (12 + 18 + 15 * v->n_output_lines) * self->fs;
      y += 14 * self->fs;
      v->bottom = y;
      y += 10 * self->fs;

      /* The longest label decides the label column. */
      for (guint i = 0; i < trace->goroutines->len; i++)
        {
          GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);
          gsize len = (g->name ? strlen (g->name) : 0)
                      + (g->created_file ? strlen (g->created_file) : 0)
                      + (g->id >= 10000 ? 5 : g->id >= 1000 ? 4 : g->id >= 100 ? 3 : g->id >= 10 ? 2 : 1)
                      + (g->created_line >= 1000 ? 4 : g->created_line >= 100 ? 3 : 2);

          if (len > longest_len)
            {
              longest_len = len;
              longest = (int) i;
              longest_vi = vi;
            }
        }
    }

  self->label_w = 150 * self->fs;
  if (longest >= 0)
    {
      PangoFontMap *fm = pango_cairo_font_map_get_default ();
      PangoContext *ctx = pango_font_map_create_context (fm);
      PangoLayout *layout = pango_layout_new (ctx);
      PangoFontDescription *fd = make_font (self, FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
      GorTraceGoroutine *g = g_ptr_array_index (self->v[longest_vi].trace->goroutines, longest);
      g_autofree char *label = lane_label (g);
      g_autofree char *site = lane_site (g);
      int w1, w2;

      pango_layout_set_font_description (layout, fd);
      pango_layout_set_text (layout, label, -1);
      pango_layout_get_pixel_size (layout, &w1, NULL);
      pango_font_description_set_absolute_size (fd, 10.5 * self->fs * PANGO_SCALE);
      pango_layout_set_font_description (layout, fd);
      pango_layout_set_text (layout, site, -1);
      pango_layout_get_pixel_size (layout, &w2, NULL);
      pango_font_description_free (fd);
      g_object_unref (layout);
      g_object_unref (ctx);
      self->label_w = MAX (self->label_w, 16 * self->fs + w1 + 12 * self->fs + w2 + 14 * self->fs);
    }
  self->label_w = MIN (self->label_w, MAX (150.0, self->width * 0.4));

  self->layout_valid = TRUE;
  self->list_valid = FALSE;
}

static double
lanes_right (GorRender *self)
{
  return self->width - 16 * self->fs;
}

static double
p_to_x (GorRender *self, double p)
{
  return self->label_w + (p - self->first_step) / self->spp;
}

static void
clear_list (GorRender *self)
{
  for (int k = 0; k < N_KINDS; k++)
    g_array_set_size (self->rects[k], 0);
  g_array_set_size (self->texts, 0);
  g_array_set_size (self->ends, 0);
  g_array_set_size (self->arrows, 0);
  g_array_set_size (self->links, 0);
  self->n_drawn_spans = 0;
}

static void
lane_bar (GorRender *self, Kind kind, double lane_top, double *y, double *h)
{
  double bar = MAX (1.0, self->lane_h - 8 * self->fs);

  if (self->lane_h < 8)
    bar = MAX (1.0, self->lane_h - 1);
  if (kind == KIND_RUNNABLE)
    bar = MAX (1.0, bar * 0.4);
  *y = round (lane_top + (self->lane_h - bar) / 2);
  *h = round (bar);
}

static void
build_count (GorRender *self, int vi)
{
  Variant *v = &self->v[vi];
  GorTrace *trace = v->trace;
  GArray *cols = self->count_cols[vi];
  double left = self->label_w, right = lanes_right (self);
  int n_cols = (int) MAX (0, ceil (right - left));
  double end_x = p_to_x (self, p_post (v, trace->n_steps));
  const GorStepValue *pts = (const GorStepValue *) (gpointer) trace->num_goroutines->data;
  guint n_pts = trace->num_goroutines->len;
  double s_left = p_to_step (v, self->first_step);
  guint i, lo = 0, hi = n_pts;
  double carried;

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

      if (left + c >= end_x || left + c + 1 <= p_to_x (self, 0))
        {
          g_array_index (cols, float, c) = -1;
          continue;
        }
      while (i < n_pts && p_to_x (self, p_post (v, pts[i].step)) < col_x1)
        {
          m = MAX (m, (double) pts[i].value);
          carried = (double) pts[i].value;
          i++;
        }
      g_array_index (cols, float, c) = (float) m;
    }
}

static void
build_list (GorRender *self)
{
  double left = self->label_w, right = lanes_right (self);
  double p_left = self->first_step - self->spp;
  double p_right = self->first_step + (right - left + 2) * self->spp;
  int level;
  double view_top = self->scroll_y, view_bottom = self->scroll_y + self->height;

  ensure_layout (self);
  if (self->list_valid)
    return;

  clear_list (self);
  level = zoom_level (self);

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      Variant *v = &self->v[vi];
      GorTrace *trace = v->trace;
      guint n = trace->goroutines->len;
      int first = (int) floor ((view_top - v->lanes_y) / self->lane_h);
      int last = (int) ceil ((view_bottom - v->lanes_y) / self->lane_h);
      g_autoptr (GHashTable) seen = NULL;
      guint32 s_left, s_right;
      guint lo, hi;

      first = CLAMP (first, 0, (int) n);
      last = CLAMP (last, 0, (int) n);
      self->lane_first[vi] = first;
      self->lane_last[vi] = last;

      for (int i = first; i < last; i++)
        {
          LaneCache *lc = get_lane (self, vi, (guint) i, level);
          const Seg *segs = (const Seg *) (gpointer) lc->segs->data;
          guint nseg = lc->segs->len, a = 0, b = nseg;
          double lane_top = v->lanes_y + i * self->lane_h;

          /* First piece ending at or after the left edge. */
          while (a < b)
            {
              guint mid = a + (b - a) / 2;

              if (segs[mid].p1 < p_left)
                a = mid + 1;
              else
                b = mid;
            }

          for (guint j = a; j < nseg && segs[j].p0 <= p_right; j++)
            {
              const Seg *s = &segs[j];
              double x0 = p_to_x (self, s->p0), x1 = p_to_x (self, s->p1);
              Rect r;
              double y, h;

              /* In hairline lanes waiting for a turn is just background. */
              if (s->kind == KIND_RUNNABLE && self->lane_h < 6)
                continue;

              /* Whole pixels: crisp edges, and cairo's fast path for
               * pixel-aligned boxes. */
              x0 = round (MAX (x0, left - 2));
              x1 = round (MIN (x1, right + 2));
              if (x1 - x0 < 1)
                x1 = x0 + 1;
              lane_bar (self, s->kind, lane_top, &y, &h);
              r.x = (float) x0;
              r.w = (float) (x1 - x0);
              r.y = (float) y;
              r.h = (float) h;
              g_array_append_val (self->rects[s->kind], r);
              self->n_drawn_spans++;

              if (!s->merged && s->reason != GOR_REASON_NONE && s->kind != KIND_RUNNABLE
                  && s->kind != KIND_RUNNING && x1 - x0 > 30 && self->lane_h >= 14)
                {
                  SpanText t = { (float) x0, (float) (lane_top + self->lane_h / 2),
                                 (float) (x1 - x0), s->kind, s->reason };

                  g_array_append_val (self->texts, t);
                }
            }

          if (lc->forever_tail)
            {
              double x = round (p_to_x (self, lc->end_p));
              double y, h;
              Rect r;

              lane_bar (self, KIND_FOREVER, lane_top, &y, &h);
              r.x = (float) x;
              r.y = (float) y;
              r.w = (float) FOREVER_TAIL_PX;
              r.h = (float) h;
              if (x >= left - FOREVER_TAIL_PX && x <= right)
                g_array_append_val (self->rects[KIND_FOREVER], r);
            }

          if (lc->end != END_NONE)
            {
              double x = p_to_x (self, lc->end_p) + (lc->forever_tail ? FOREVER_TAIL_PX : 0);

              if (x >= left - 14 && x <= right + 2)
                {
                  EndItem e = { (float) x, (float) lane_top, (guint8) lc->end };

                  g_array_append_val (self->ends, e);
                }
            }
        }

      /* Creation links: parent lane at the go statement → child's lane. */
      /* In hairline lanes thousands of links would only grey the picture. */
      if (self->opt.show_creation_links && self->lane_h >= 8)
        {
          Link *last_link = NULL;
          int last_parent = -1;

          for (guint i = 1; i < n; i++)
            {
              GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, i);
              int parent = g->parent_id ? goroutine_index (trace, g->parent_id) : -1;
              double x, y0, y1, xc;
              const GorSpan *first_span;

              if (parent < 0)
                continue;
              x = p_to_x (self, p_post (v, g->created_step) + v->a * 0.5);
              if (x < left || x > right)
                continue;
              y0 = v->lanes_y + (parent + 0.5) * self->lane_h;
              y1 = v->lanes_y + (i + 0.5) * self->lane_h;
              if (MAX (y0, y1) < view_top || MIN (y0, y1) > view_bottom)
                continue;
              first_span = g->spans->len > 0 ? &g_array_index (g->spans, GorSpan, 0) : NULL;
              xc = first_span ? p_to_x (self, p_pre (v, first_span->first_step)) : x;
              xc = CLAMP (xc, left, right);

              if (last_link && last_parent == parent && fabs (last_link->x - x) < 1.5)
                {
                  last_link->y1 = (float) MAX (last_link->y1, y1);
                  last_link->y0 = (float) MIN (last_link->y0, y0);
                  continue;
                }
              {
                Link l = { (float) x, (float) y0, (float) y1, (float) xc };

                g_array_append_val (self->links, l);
                last_link = &g_array_index (self->links, Link, self->links->len - 1);
                last_parent = parent;
              }
            }
        }

      /* Hand-off arrows, sorted by to_step: binary search the view. */
      if (self->opt.show_handoffs && trace->handoffs->len > 0 && self->spp <= MAX_ARROW_SPP)
        {
          const GorHandoff *hs = (const GorHandoff *) (gpointer) trace->handoffs->data;

          s_left = (guint32) CLAMP (p_to_step (v, p_left), 0, G_MAXUINT32 - 1);
          s_right = (guint32) CLAMP (p_to_step (v, p_right) + 1, 0, G_MAXUINT32 - 1);
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

          for (guint i = lo;
               i < trace->handoffs->len && hs[i].to_step <= s_right && self->arrows->len < MAX_ARROWS;
               i++)
            {
              const GorHandoff *h = &hs[i];
              int fi = goroutine_index (trace, h->from_id);
              int ti = goroutine_index (trace, h->to_id);
              double x0, x1, y0, y1;
              gint64 key;
              gpointer old;

              if (fi < 0 || ti < 0 || fi == ti)
                continue;
              /* Only arrows that touch a lane on screen. */
              if ((fi < first || fi >= last) && (ti < first || ti >= last))
                continue;
              x0 = p_to_x (self, p_post (v, h->from_step) + v->a * 0.5);
              x1 = p_to_x (self, p_post (v, h->to_step) + v->a * 0.5);
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
                Line l = { (float) x0, (float) y0, (float) x1, (float) y1 };
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
            gpointer k, val;

            g_hash_table_iter_init (&iter, seen);
            while (g_hash_table_iter_next (&iter, &k, &val))
              {
                g_free (k);
                g_free (val);
              }
          }
        }

      build_count (self, vi);
    }

  self->list_valid = TRUE;
}

static void
draw_text (PangoLayout *layout, cairo_t *cr, double x, double y, const char *text)
{
  pango_layout_set_text (layout, text, -1);
  cairo_move_to (cr, x, y);
  pango_cairo_show_layout (cr, layout);
}

static int
text_width (PangoLayout *layout, const char *text)
{
  int w;

  pango_layout_set_text (layout, text, -1);
  pango_layout_get_pixel_size (layout, &w, NULL);
  return w;
}

static void
format_duration (gint64 ns, char *buf, gsize len)
{
  if (ns == 0)
    g_snprintf (buf, len, "0s");
  else if (ns < 1000)
    g_snprintf (buf, len, "%" G_GINT64_FORMAT "ns", ns);
  else if (ns < 1000000)
    g_snprintf (buf, len, "%gµs", ns / 1e3);
  else if (ns < 1000000000)
    g_snprintf (buf, len, "%gms", ns / 1e6);
  else
    g_snprintf (buf, len, "%gs", ns / 1e9);
}

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

static void
draw_hatch (cairo_t *cr, double x, double y, double w, double h)
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

static void
draw_legend (GorRender *self, cairo_t *cr, PangoLayout *layout, double y)
{
  const Palette *pal = &self->pal;
  struct { const char *label; int kind; } items[] = {
    { "running", KIND_RUNNING },
    { "runnable", KIND_RUNNABLE },
    { "blocked", KIND_BLOCKED },
    { "sleeping", KIND_SLEEPING },
    { "blocked forever", KIND_FOREVER },
    { "exited", -1 },
    { "killed at exit", -2 },
    { "hand-off", -3 },
    { "go statement", -4 },
  };
  double x = 16 * self->fs;
  double sw = 16 * self->fs, sh = 10 * self->fs;
  double cy = y + 8 * self->fs;

  for (guint i = 0; i < G_N_ELEMENTS (items); i++)
    {
      int w;

      if (items[i].kind == -3 && !self->opt.show_handoffs)
        continue;
      if (items[i].kind == -4 && !self->opt.show_creation_links)
        continue;

      if (items[i].kind >= 0)
        {
          double bh = items[i].kind == KIND_RUNNABLE ? sh * 0.5 : sh;

          set_rgb (cr, &pal->kind[items[i].kind]);
          cairo_rectangle (cr, x, cy - bh / 2, sw, bh);
          cairo_fill (cr);
        }
      else if (items[i].kind == -1)
        {
          set_rgb (cr, &pal->kind[KIND_RUNNING]);
          cairo_rectangle (cr, x, cy - sh / 2, sw - 3, sh);
          cairo_fill (cr);
          set_rgb (cr, &pal->text);
          cairo_rectangle (cr, x + sw - 3, cy - sh / 2 - 1, 2, sh + 2);
          cairo_fill (cr);
        }
      else if (items[i].kind == -2)
        {
          set_rgb (cr, &pal->dim);
          draw_hatch (cr, x + 2, cy - sh / 2, sw - 4, sh);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, x + 2.5, cy - sh / 2 + 0.5, sw - 5, sh - 1);
          cairo_stroke (cr);
        }
      else if (items[i].kind == -3)
        {
          set_rgb (cr, &pal->arrow);
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
          set_rgb (cr, &pal->link);
          cairo_set_line_width (cr, 1.2);
          cairo_arc (cr, x + 3, cy - 4, 2.2, 0, 2 * G_PI);
          cairo_fill (cr);
          cairo_move_to (cr, x + 3, cy - 4);
          cairo_line_to (cr, x + 3, cy + 4);
          cairo_line_to (cr, x + sw, cy + 4);
          cairo_stroke (cr);
        }

      x += sw + 5 * self->fs;
      set_rgb (cr, &pal->dim);
      w = text_width (layout, items[i].label);
      cairo_move_to (cr, x, y);
      pango_cairo_show_layout (cr, layout);
      x += w + 14 * self->fs;
    }
}

static void
draw_axis (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small,
           int vi, double top, double bottom)
{
  Variant *v = &self->v[vi];
  const Palette *pal = &self->pal;
  double left = self->label_w, right = lanes_right (self);
  double y = v->axis_y;
  double end_x = p_to_x (self, p_post (v, v->trace->n_steps));
  char buf[64], tbuf[32];

  /* Axis base line. */
  set_rgb (cr, &pal->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, y + 29.5 * self->fs);
  cairo_line_to (cr, MIN (right, MAX (left, end_x)), y + 29.5 * self->fs);
  cairo_stroke (cr);

  if (self->opt.axis == GOR_RENDER_AXIS_STEPS || v->b == 0)
    {
      double step_px = 90 * self->fs;
      double iv = MAX (1, nice_interval (step_px * self->spp));
      double s0 = ceil (MAX (0, self->first_step) / iv) * iv;

      for (double s = s0; s <= v->trace->n_steps; s += iv)
        {
          double x = p_to_x (self, s);

          if (x > right)
            break;
          set_rgba (cr, &pal->grid, 0.9);
          cairo_move_to (cr, floor (x) + 0.5, y + 24 * self->fs);
          cairo_line_to (cr, floor (x) + 0.5, bottom);
          cairo_stroke (cr);
          g_snprintf (buf, sizeof buf, "%.0f", s);
          set_rgb (cr, &pal->text);
          draw_text (layout, cr, x + 3, y, buf);
          if (v->trace->vtime->len > 0)
            {
              format_duration (gor_trace_vtime_at (v->trace, (guint32) s), tbuf, sizeof tbuf);
              set_rgb (cr, &pal->dim);
              draw_text (small, cr, x + 3, y + 14 * self->fs, tbuf);
            }
        }
      set_rgb (cr, &pal->dim);
      draw_text (small, cr, 16 * self->fs, y + 2 * self->fs, "step");
      if (v->trace->vtime->len > 0)
        draw_text (small, cr, 16 * self->fs, y + 14 * self->fs, "virtual time");
    }
  else
    {
      /* Ticks at round virtual times; a time inside a clock jump sits
       * inside the jump's room in proportion. */
      GorTrace *trace = v->trace;
      gint64 t0 = gor_trace_vtime_at (trace, 0);
      gint64 t1 = gor_trace_vtime_at (trace, trace->n_steps);
      double px_per_ns = (v->b / self->spp);
      double iv = nice_interval (90 * self->fs / MAX (px_per_ns, 1e-18));
      const GorStepValue *pts = (const GorStepValue *) (gpointer) trace->vtime->data;
      guint n_pts = trace->vtime->len, k = 0;

      for (double t = ceil (t0 / iv) * iv; t <= t1; t += iv)
        {
          double p, x;

          /* First change point with value ≥ t. */
          while (k < n_pts && pts[k].value < t)
            k++;
          if (k >= n_pts)
            p = p_post (v, trace->n_steps);
          else if (pts[k].value == t || pts[k].step == 0)
            p = p_post (v, pts[k].step);
          else
            p = p_pre (v, pts[k].step) + v->b * (t - (double) gor_trace_vtime_at (trace, pts[k].step - 1));
          x = p_to_x (self, p);
          if (x < left)
            continue;
          if (x > right)
            break;
          set_rgba (cr, &pal->grid, 0.9);
          cairo_move_to (cr, floor (x) + 0.5, y + 24 * self->fs);
          cairo_line_to (cr, floor (x) + 0.5, bottom);
          cairo_stroke (cr);
          format_duration ((gint64) t, tbuf, sizeof tbuf);
          set_rgb (cr, &pal->text);
          draw_text (layout, cr, x + 3, y, tbuf);
        }
      set_rgb (cr, &pal->dim);
      draw_text (small, cr, 16 * self->fs, y + 2 * self->fs, "virtual time");
    }
}

static char *
variant_title (GorRender *self, int vi)
{
  const char *title = self->title;
  g_autofree char *base = NULL;

  if (title == NULL)
    {
      base = g_path_get_basename (self->v[vi].trace->file ? self->v[vi].trace->file : "program");
      title = base;
    }
  if (self->n_variants == 1)
    return g_strdup (title);
  return g_strdup_printf ("%s — %s", vi == 0 ? "Leak" : "Fixed", title);
}

static void
draw_header (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small, int vi)
{
  Variant *v = &self->v[vi];
  const Palette *pal = &self->pal;
  PangoFontDescription *bold = make_font (self, FONT_FAMILY, 15, PANGO_WEIGHT_BOLD);
  g_autofree char *title = variant_title (self, vi);
  g_autofree char *base = g_path_get_basename (v->trace->file ? v->trace->file : "program");
  g_autofree char *info = NULL;
  g_autofree char *forever = NULL;
  guint n_forever = 0;
  guint n_g = 0;
  int tw, iw;
  double x = 16 * self->fs;

  /* In playback, only what has happened by the playhead. */
  for (guint i = 0; i < v->trace->goroutines->len; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, i);

      if (!self->opt.draw_future && g->created_step > self->playhead)
        continue;
      n_g++;
      if (g->blocked_forever_since >= 0
          && (self->opt.draw_future || g->blocked_forever_since <= self->playhead))
        n_forever++;
    }

  pango_layout_set_font_description (layout, bold);
  set_rgb (cr, &pal->text);
  tw = text_width (layout, title);
  cairo_move_to (cr, x, v->title_y);
  pango_cairo_show_layout (cr, layout);
  pango_font_description_free (bold);
  {
    PangoFontDescription *fd = make_font (self, FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description (layout, fd);
    pango_font_description_free (fd);
  }

  x += tw + 14 * self->fs;
  info = g_strdup_printf ("%s · %u goroutine%s · ", base, n_g, n_g == 1 ? "" : "s");
  set_rgb (cr, &pal->dim);
  iw = text_width (layout, info);
  cairo_move_to (cr, x, v->title_y + 3 * self->fs);
  pango_cairo_show_layout (cr, layout);
  x += iw;

  forever = g_strdup_printf ("%u blocked forever", n_forever);
  if (n_forever > 0)
    {
      PangoFontDescription *fd = make_font (self, FONT_FAMILY, 12, PANGO_WEIGHT_BOLD);

      pango_layout_set_font_description (layout, fd);
      pango_font_description_free (fd);
      set_rgb (cr, &pal->kind[KIND_FOREVER]);
    }
  else
    set_rgb (cr, &pal->dim);
  draw_text (layout, cr, x, v->title_y + 3 * self->fs, forever);
  x += text_width (layout, forever);

  /* How the run ended, once the playhead is there. */
  if (v->trace->end_message && (self->opt.draw_future || self->playhead >= v->trace->n_steps))
    {
      g_autofree char *end = g_strdup_printf (" · %s", v->trace->end_message);
      PangoFontDescription *fd = make_font (self, FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);

      pango_layout_set_font_description (layout, fd);
      pango_font_description_free (fd);
      set_rgb (cr, &pal->dim);
      pango_layout_set_width (layout, (int) MAX (0, (self->width - 16 * self->fs - x) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      draw_text (layout, cr, x, v->title_y + 3 * self->fs, end);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
  {
    PangoFontDescription *fd = make_font (self, FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
    pango_layout_set_font_description (layout, fd);
    pango_font_description_free (fd);
  }

  if (self->opt.show_legend)
    draw_legend (self, cr, small, v->legend_y);
}

static void
draw_lane_labels (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small, int vi)
{
  Variant *v = &self->v[vi];
  const Palette *pal = &self->pal;
  double x = 16 * self->fs;
  int lh;

  if (self->lane_h < 12)
    return;

  pango_layout_set_text (layout, "g", -1);
  pango_layout_get_pixel_size (layout, NULL, &lh);

  for (int i = self->lane_first[vi]; i < self->lane_last[vi]; i++)
    {
      GorTraceGoroutine *g = g_ptr_array_index (v->trace->goroutines, i);
      g_autofree char *label = NULL;
      g_autofree char *site = NULL;
      double y = v->lanes_y + i * self->lane_h;
      int sw = 0, sh = 0;

      if (!self->opt.draw_future && g->created_step > self->playhead)
        continue;

      site = lane_site (g);
      if (*site)
        {
          pango_layout_set_text (small, site, -1);
          pango_layout_get_pixel_size (small, &sw, &sh);
          set_rgb (cr, &pal->dim);
          cairo_move_to (cr, self->label_w - 12 * self->fs - sw, y + (self->lane_h - sh) / 2);
          pango_cairo_show_layout (cr, small);
        }

      label = lane_label (g);
      pango_layout_set_width (layout, (int) ((self->label_w - x - sw - 20 * self->fs) * PANGO_SCALE));
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_END);
      set_rgb (cr, g->blocked_forever_since >= 0
                   && (self->opt.draw_future || g->blocked_forever_since <= self->playhead)
               ? &pal->kind[KIND_FOREVER] : &pal->text);
      draw_text (layout, cr, x, y + (self->lane_h - lh) / 2, label);
      pango_layout_set_width (layout, -1);
      pango_layout_set_ellipsize (layout, PANGO_ELLIPSIZE_NONE);
    }
}

static void
draw_count (GorRender *self, cairo_t *cr, PangoLayout *small, int vi)
{
  Variant *v = &self->v[vi];
  const Palette *pal = &self->pal;
  GArray *cols = self->count_cols[vi];
  double base = v->count_y + 36 * self->fs;
  double h = 30 * self->fs;
  double left = self->label_w;
  gboolean open = FALSE;
  char buf[64];
  int c;

  set_rgb (cr, &pal->dim);
  draw_text (small, cr, 16 * self->fs, v->count_y + 6 * self->fs, "goroutines");
  g_snprintf (buf, sizeof buf, "max %" G_GINT64_FORMAT, v->max_count);
  draw_text (small, cr, 16 * self->fs, v->count_y + 19 * self->fs, buf);

  set_rgb (cr, &pal->grid);
  cairo_set_line_width (cr, 1);
  cairo_move_to (cr, left, floor (base) + 0.5);
  cairo_line_to (cr, lanes_right (self), floor (base) + 0.5);
  cairo_stroke (cr);

  /* One path: a step outline over the columns. */
  for (c = 0; c < (int) cols->len; c++)
    {
      float val = g_array_index (cols, float, c);
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
  set_rgba (cr, &pal->count, 0.35);
  cairo_fill_preserve (cr);
  set_rgba (cr, &pal->count, 0.9);
  cairo_set_line_width (cr, 1.2);
  cairo_stroke (cr);
}

static void
draw_output (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *mono, int vi)
{
  Variant *v = &self->v[vi];
  GorTrace *trace = v->trace;
  const Palette *pal = &self->pal;
  guint32 upto = self->opt.draw_future ? G_MAXUINT32 : self->playhead;
  g_autoptr (GString) text = g_string_new (NULL);
  g_autoptr (GPtrArray) lines = g_ptr_array_new ();
  guint first, total, max_lines = MIN (v->n_output_lines, MAX_OUTPUT_LINES);
  double y = v->output_y + 12 * self->fs;
  char *p;

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

  set_rgb (cr, &pal->dim);
  total = lines->len;
  first = total > max_lines ? total - max_lines + 1 : 0;
  if (first > 0)
    {
      g_autofree char *more = g_strdup_printf ("Output (%u earlier lines not shown)", first);
      draw_text (layout, cr, 16 * self->fs, y, more);
    }
  else
    draw_text (layout, cr, 16 * self->fs, y, "Output");
  y += 18 * self->fs;

  pango_layout_set_width (mono, (int) ((self->width - 40 * self->fs) * PANGO_SCALE));
  pango_layout_set_ellipsize (mono, PANGO_ELLIPSIZE_END);
  for (guint i = first; i < total; i++)
    {
      set_rgb (cr, &pal->text);
      draw_text (mono, cr, 24 * self->fs, y, g_ptr_array_index (lines, i));
      y += 15 * self->fs;
    }
  pango_layout_set_width (mono, -1);
}

static void
fill_rects (cairo_t *cr, GArray *rects)
{
  for (guint i = 0; i < rects->len; i++)
    {
      const Rect *r = &g_array_index (rects, Rect, i);
      cairo_rectangle (cr, r->x, r->y, r->w, r->h);
    }
  cairo_fill (cr);
}

static void
draw_lanes (GorRender *self, cairo_t *cr, PangoLayout *small)
{
  const Palette *pal = &self->pal;
  double left = self->label_w, right = lanes_right (self);

  cairo_save (cr);
  cairo_rectangle (cr, left, self->scroll_y, right + 16 * self->fs - left, self->height);
  cairo_clip (cr);

  /* Creation links under the spans. */
  if (self->links->len > 0)
    {
      set_rgb (cr, &pal->link);
      cairo_set_line_width (cr, 1);
      for (guint i = 0; i < self->links->len; i++)
        {
          const Link *l = &g_array_index (self->links, Link, i);
          double x = floor (l->x) + 0.5;

          cairo_move_to (cr, x, l->y0);
          cairo_line_to (cr, x, l->y1);
          if (l->x_child > l->x + 1)
            cairo_line_to (cr, l->x_child, l->y1);
        }
      cairo_stroke (cr);
      for (guint i = 0; i < self->links->len; i++)
        {
          const Link *l = &g_array_index (self->links, Link, i);

          cairo_new_sub_path (cr);
          cairo_arc (cr, floor (l->x) + 0.5, l->y0, 2.5, 0, 2 * G_PI);
        }
      cairo_fill (cr);
    }

  for (int k = 0; k < N_KINDS; k++)
    {
      set_rgb (cr, &pal->kind[k]);
      fill_rects (cr, self->rects[k]);
    }

  /* Reasons written on blocked spans where they fit. */
  for (guint i = 0; i < self->texts->len; i++)
    {
      const SpanText *t = &g_array_index (self->texts, SpanText, i);
      const char *label = reason_label (t->reason);
      g_autofree char *forever = NULL;
      double x0 = MAX (t->x, left), x1 = MIN (t->x + t->w, right);
      int w, h;

      if (t->kind == KIND_FOREVER)
        {
          forever = g_strdup_printf ("blocked forever · %s", label);
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
      set_rgb (cr, &pal->kind_text[t->kind]);
      cairo_move_to (cr, x0 + 5, t->y - h / 2.0);
      pango_cairo_show_layout (cr, small);
    }

  /* Ends: exited is a small bar, killed a hatched block. */
  for (guint i = 0; i < self->ends->len; i++)
    {
      const EndItem *e = &g_array_index (self->ends, EndItem, i);
      double y, h;

      lane_bar (self, KIND_RUNNING, e->y, &y, &h);
      if (e->mark == END_EXITED)
        {
          set_rgb (cr, &pal->text);
          cairo_rectangle (cr, e->x - 1, y - 1, 2, h + 2);
          cairo_fill (cr);
        }
      else
        {
          double w = MIN (12 * self->fs, MAX (4, h));

          set_rgb (cr, &pal->dim);
          draw_hatch (cr, e->x, y, w, h);
          cairo_set_line_width (cr, 1);
          cairo_rectangle (cr, e->x + 0.5, y + 0.5, w - 1, h - 1);
          cairo_stroke (cr);
        }
    }

  /* Hand-off arrows on top. */
  if (self->arrows->len > 0)
    {
      set_rgba (cr, &pal->arrow, 0.9);
      cairo_set_line_width (cr, 1.5);
      for (guint i = 0; i < self->arrows->len; i++)
        {
          const Line *l = &g_array_index (self->arrows, Line, i);
          double dy = l->y1 - l->y0;
          double bend = MIN (fabs (dy) * 0.35, 30);
          double ex = l->x1, ey = l->y1 - (dy > 0 ? 4 : -4);

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
          const Line *l = &g_array_index (self->arrows, Line, i);
          double s = l->y1 > l->y0 ? 1 : -1;
          double ey = l->y1 - 3 * s;

          cairo_move_to (cr, l->x1, ey);
          cairo_line_to (cr, l->x1 - 4, ey - 7 * s);
          cairo_line_to (cr, l->x1 + 4, ey - 7 * s);
          cairo_close_path (cr);
        }
      cairo_fill (cr);
    }

  cairo_restore (cr);
}

static void
ensure_view (GorRender *self)
{
  ensure_layout (self);
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
  self->lane_h = DEFAULT_LANE_HEIGHT;
  for (int k = 0; k < N_KINDS; k++)
    self->rects[k] = g_array_new (FALSE, FALSE, sizeof (Rect));
  self->texts = g_array_new (FALSE, FALSE, sizeof (SpanText));
  self->ends = g_array_new (FALSE, FALSE, sizeof (EndItem));
  self->arrows = g_array_new (FALSE, FALSE, sizeof (Line));
  self->links = g_array_new (FALSE, FALSE, sizeof (Link));
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
  for (int k = 0; k < N_KINDS; k++)
    g_array_unref (self->rects[k]);
  g_array_unref (self->texts);
  g_array_unref (self->ends);
  g_array_unref (self->arrows);
  g_array_unref (self->links);
  for (int vi = 0; vi < 2; vi++)
    g_array_unref (self->count_cols[vi]);
  g_free (self);
}

void
gor_render_set_traces (GorRender  *self,
                       GorTrace   *leak,
                       GorTrace   *fixed,
                       const char *title)
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
    self->v[vi].lanes = g_ptr_array_new_with_free_func (lane_cache_free);

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
      ((LaneCache *) g_ptr_array_index (self->v[vi].lanes, i))->level = G_MININT;
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
  self->width = width;
  self->height = height;
  /* The label column depends on the width. */
  self->layout_valid = FALSE;
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
gor_render_set_view (GorRender *self,
                     double     first_step,
                     double     steps_per_pixel,
                     double     scroll_y)
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
gor_render_get_view (GorRender *self,
                     double    *first_step,
                     double    *steps_per_pixel,
                     double    *scroll_y)
{
  g_return_if_fail (self != NULL);

  ensure_view (self);
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

  ensure_layout (self);
  /* Leave room after the end for the killed marks. */
  w = MAX (1.0, lanes_right (self) - self->label_w - 14 * self->fs);
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

double
gor_render_get_content_height (GorRender *self, int width)
{
  g_return_val_if_fail (self != NULL, 0);

  if (self->n_variants == 0)
    return 0;
  /* The vertical layout does not depend on the width (long lines are
   * ellipsized, never wrapped), so measuring leaves the viewport alone. */
  ensure_layout (self);
  return self->v[self->n_variants - 1].bottom;
}

double
gor_render_get_lanes_x (GorRender *self)
{
  g_return_val_if_fail (self != NULL, 0);
  ensure_layout (self);
  return self->label_w;
}

gboolean
gor_render_get_lane_extents (GorRender *self,
                             int        variant,
                             int        goroutine_index,
                             double    *y,
                             double    *height)
{
  g_return_val_if_fail (self != NULL, FALSE);

  if (variant < 0 || variant >= self->n_variants || goroutine_index < 0
      || (guint) goroutine_index >= self->v[variant].trace->goroutines->len)
    return FALSE;
  ensure_layout (self);
  if (y)
    *y = self->v[variant].lanes_y + goroutine_index * self->lane_h;
  if (height)
    *height = self->lane_h;
  return TRUE;
}

double
gor_render_step_to_x (GorRender *self, int variant, double step)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (variant >= 0 && variant < self->n_variants, 0);

  ensure_view (self);
  return p_to_x (self, step_to_p (&self->v[variant], step));
}

double
gor_render_x_to_step (GorRender *self, int variant, double x)
{
  g_return_val_if_fail (self != NULL, 0);
  g_return_val_if_fail (variant >= 0 && variant < self->n_variants, 0);

  ensure_view (self);
  return p_to_step (&self->v[variant], self->first_step + (x - self->label_w) * self->spp);
}

static void
draw_variant_frame (GorRender *self, cairo_t *cr, PangoLayout *layout, PangoLayout *small,
                    PangoLayout *mono, int vi)
{
  Variant *v = &self->v[vi];
  double view_top = self->scroll_y, view_bottom = self->scroll_y + self->height;

  if (v->bottom < view_top || v->top > view_bottom)
    return;

  if (vi > 0)
    {
      set_rgb (cr, &self->pal.grid);
      cairo_set_line_width (cr, 1);
      cairo_move_to (cr, 0, floor (v->top) + 0.5);
      cairo_line_to (cr, self->width, floor (v->top) + 0.5);
      cairo_stroke (cr);
    }

  draw_header (self, cr, layout, small, vi);
  draw_axis (self, cr, layout, small, vi, v->axis_y, v->count_y + 36 * self->fs);
  draw_lane_labels (self, cr, layout, small, vi);
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

  ensure_view (self);
  build_list (self);

  cairo_save (cr);
  set_rgb (cr, &self->pal.bg);
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
  fd = make_font (self, FONT_FAMILY, 12, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (layout, fd);
  pango_font_description_free (fd);
  fd = make_font (self, FONT_FAMILY, 10.5, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (small, fd);
  pango_font_description_free (fd);
  fd = make_font (self, MONO_FAMILY, 11, PANGO_WEIGHT_NORMAL);
  pango_layout_set_font_description (mono, fd);
  pango_font_description_free (fd);

  /* Stripes behind every other lane. */
  set_rgb (cr, &self->pal.stripe);
  for (int vi = 0; vi < self->n_variants; vi++)
    for (int i = self->lane_first[vi]; i < self->lane_last[vi]; i++)
      if (i % 2 == 1 && self->lane_h >= 6)
        cairo_rectangle (cr, 0, self->v[vi].lanes_y + i * self->lane_h, self->width, self->lane_h);
  cairo_fill (cr);

  for (int vi = 0; vi < self->n_variants; vi++)
    draw_variant_frame (self, cr, layout, small, mono, vi);

  /* Playback: nothing after the playhead.  One single-rectangle clip per
   * variant: cairo 1.16 aborts (get_clip_surface: clip->path) on a clip made
   * of several boxes that are not pixel-aligned. */
  if (self->opt.draw_future)
    draw_lanes (self, cr, small);
  else
    for (int vi = 0; vi < self->n_variants; vi++)
      {
        Variant *v = &self->v[vi];
        double px = p_to_x (self, p_post (v, self->playhead));

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
          double px = p_to_x (self, p_post (&self->v[vi], self->playhead));

          cairo_rectangle (cr, 0, self->scroll_y, MAX (0, px), self->height);
          cairo_clip (cr);
        }
      draw_count (self, cr, small, vi);
      cairo_restore (cr);
    }

  if (self->opt.show_output)
    for (int vi = 0; vi < self->n_variants; vi++)
      draw_output (self, cr, layout, mono, vi);

  cairo_restore (cr);
}

static void
lane_band (GorRender *self, cairo_t *cr, int vi, int index, const Rgb *c, double alpha,
           gboolean outline)
{
  double y;

  if (vi < 0 || vi >= self->n_variants || index < 0
      || (guint) index >= self->v[vi].trace->goroutines->len)
    return;
  y = self->v[vi].lanes_y + index * self->lane_h;
  set_rgba (cr, c, alpha);
  cairo_rectangle (cr, 0, y, self->width, self->lane_h);
  cairo_fill (cr);
  if (outline)
    {
      set_rgba (cr, c, 0.9);
      cairo_set_line_width (cr, 1.5);
      cairo_rectangle (cr, 1.75, y + 0.75, self->width - 3.5, self->lane_h - 1.5);
      cairo_stroke (cr);
    }
}

void
gor_render_draw_overlay (GorRender *self, cairo_t *cr)
{
  const Palette *pal;

  g_return_if_fail (self != NULL);
  g_return_if_fail (cr != NULL);

  if (self->n_variants == 0)
    return;
  ensure_view (self);
  pal = &self->pal;

  cairo_save (cr);
  cairo_rectangle (cr, 0, 0, self->width, self->height);
  cairo_clip (cr);
  cairo_translate (cr, 0, -self->scroll_y);

  lane_band (self, cr, self->sel_variant, self->sel_index, &pal->accent, 0.12, TRUE);
  if (self->hover_variant != self->sel_variant || self->hover_index != self->sel_index)
    lane_band (self, cr, self->hover_variant, self->hover_index, &pal->text, 0.06, FALSE);

  /* The playhead, across each variant's axis, lanes and count strip. */
  for (int vi = 0; vi < self->n_variants; vi++)
    {
      Variant *v = &self->v[vi];
      guint32 step = MIN (self->playhead, v->trace->n_steps);
      double x = p_to_x (self, p_post (v, step));
      double top = v->axis_y + 20 * self->fs, bottom = v->count_y + 36 * self->fs;

      if (x < self->label_w - 1 || x > lanes_right (self) + 1)
        continue;
      x = floor (x) + 0.5;
      set_rgba (cr, &pal->playhead, 0.85);
      cairo_set_line_width (cr, 1.5);
      cairo_move_to (cr, x, top + 6);
      cairo_line_to (cr, x, bottom);
      cairo_stroke (cr);
      cairo_move_to (cr, x - 5, top);
      cairo_line_to (cr, x + 5, top);
      cairo_line_to (cr, x, top + 7);
      cairo_close_path (cr);
      cairo_fill (cr);

      /* NumGoroutine at the playhead, beside the line in the count strip. */
      if (v->trace->num_goroutines->len > 0)
        {
          char buf[32];
          PangoLayout *layout = pango_cairo_create_layout (cr);
          PangoFontDescription *fd = make_font (self, FONT_FAMILY, 10.5, PANGO_WEIGHT_BOLD);
          int tw, th;

          g_snprintf (buf, sizeof buf, "%" G_GINT64_FORMAT,
                      gor_trace_num_goroutines_at (v->trace, step));
          pango_layout_set_font_description (layout, fd);
          pango_font_description_free (fd);
          pango_layout_set_text (layout, buf, -1);
          pango_layout_get_pixel_size (layout, &tw, &th);
          set_rgb (cr, &pal->bg);
          cairo_rectangle (cr, x + 3, v->count_y + 2 * self->fs, tw + 4, th);
          cairo_fill (cr);
          set_rgb (cr, &pal->playhead);
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

gboolean
gor_render_hit_test (GorRender    *self,
                     double        x,
                     double        y,
                     GorRenderHit *hit)
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
  ensure_view (self);
  yc = y + self->scroll_y;

  for (int vi = 0; vi < self->n_variants; vi++)
    {
      Variant *v = &self->v[vi];
      GorTrace *trace = v->trace;
      double s;

      if (yc < v->top || yc >= v->bottom)
        continue;

      hit->variant = vi;
      hit->trace = trace;
      s = p_to_step (v, self->first_step + (x - self->label_w) * self->spp);
      hit->step = (guint32) CLAMP (floor (s), 0, trace->n_steps > 0 ? trace->n_steps - 1 : 0);

      if (yc < v->axis_y)
        hit->area = GOR_RENDER_HIT_HEADER;
      else if (yc < v->lanes_y)
        hit->area = GOR_RENDER_HIT_AXIS;
      else if (yc < v->lanes_y + self->lane_h * trace->goroutines->len)
        {
          int index = (int) floor ((yc - v->lanes_y) / self->lane_h);
          GorTraceGoroutine *g = g_ptr_array_index (trace->goroutines, index);

          hit->goroutine_index = index;
          hit->goroutine = g;
          if (x < self->label_w)
            hit->area = GOR_RENDER_HIT_LABEL;
          else
            {
              const GorSpan *span = NULL;

              hit->area = GOR_RENDER_HIT_LANE;
              if (s >= 0 && s < trace->n_steps
                  && (self->opt.draw_future || hit->step <= self->playhead))
                span = gor_trace_goroutine_span_at (g, hit->step);
              if (span && span->state != GOR_STATE_EXITED && span->state != GOR_STATE_KILLED)
                {
                  hit->area = GOR_RENDER_HIT_SPAN;
                  hit->span = span;
                  hit->blocked_forever = g->blocked_forever_since >= 0
                                         && hit->step >= g->blocked_forever_since;
                }
            }
        }
      else if (yc < v->output_y)
        hit->area = GOR_RENDER_HIT_COUNT;
      else
        hit->area = GOR_RENDER_HIT_OUTPUT;
      return TRUE;
    }

  return FALSE;
}

guint
gor_render_get_n_drawn_spans (GorRender *self)
{
  g_return_val_if_fail (self != NULL, 0);
  return self->n_drawn_spans;
}
