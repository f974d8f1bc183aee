/* gor-timeline.h — the timeline widget: a leak/fixed pair on one playhead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gor-render.h"
#include "gor-trace.h"

G_BEGIN_DECLS

#define GOR_TYPE_TIMELINE (gor_timeline_get_type ())
G_DECLARE_FINAL_TYPE (GorTimeline, gor_timeline, GOR, TIMELINE, GtkWidget)

GtkWidget *gor_timeline_new (void);

/* @fixed may be NULL.  Resets zoom to fit and clears the selection. */
void      gor_timeline_set_traces (GorTimeline *self, GorTrace *leak, GorTrace *fixed, const char *title);
GorTrace *gor_timeline_get_trace (GorTimeline *self, int variant);
/* Text and lanes larger than the renderer's default (1.0), for a room. */
void gor_timeline_set_text_scale (GorTimeline *self, double scale);
/* The program output under each variant (the window shows it elsewhere). */
void gor_timeline_set_show_output (GorTimeline *self, gboolean show_output);
/* The traces grew in place (playback): lay them out again. */
void gor_timeline_invalidate (GorTimeline *self);

guint gor_timeline_get_playhead (GorTimeline *self);
void  gor_timeline_set_playhead (GorTimeline *self, guint playhead);
/* When FALSE (the default) nothing after the playhead is drawn. */
void gor_timeline_set_draw_future (GorTimeline *self, gboolean draw_future);

/* Selection: a variant (GorVariant) and a goroutine index in its
 * trace, or -1/-1. */
int  gor_timeline_get_selected_variant (GorTimeline *self);
int  gor_timeline_get_selected_goroutine (GorTimeline *self);
void gor_timeline_select (GorTimeline *self, int variant, int goroutine_index);

void gor_timeline_zoom_in (GorTimeline *self);
void gor_timeline_zoom_out (GorTimeline *self);
/* Shows the whole run again and follows it as it grows. */
void gor_timeline_zoom_fit (GorTimeline *self);
/* Zoom factor relative to fit-to-window (1.0 = fit). */
double gor_timeline_get_zoom (GorTimeline *self);

/* How many pixels of content do not fit the widget's height, in both
 * panels together (0: everything is in sight without scrolling). */
double gor_timeline_get_hidden_height (GorTimeline *self);
/* The renderer behind the widget (for tests and export of what is shown). */
GorRender *gor_timeline_get_render (GorTimeline *self);
/* Tooltip text for viewport point (x, y), or NULL: what hovering shows. */
char *gor_timeline_describe_at (GorTimeline *self, double x, double y);

G_END_DECLS
