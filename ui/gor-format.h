/* gor-format.h — words and numbers the window shows about a trace
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

#include "gor-trace.h"

G_BEGIN_DECLS

/* A virtual duration as Go's time.Duration.String() prints it: "0s",
 * "1.5s", "100ms", "2m30s".  The status bar, tooltips, inspector and the
 * timeline's axis all print durations through it. */
char *gor_format_duration (gint64 ns);
/* "g2 main.gen.func1" */
char *gor_format_goroutine (const GorTraceGoroutine *g);
/* What a goroutine does in a span at @step: "running", "blocked: chan
 * send", "blocked forever: chan send", "sleeping", "exited". */
char *gor_format_span_state (const GorTraceGoroutine *g, const GorSpan *span, guint32 step);
/* The output a trace printed in steps [0, playhead). */
char *gor_format_output_until (GorTrace *trace, guint playhead);
/* The end of it: at most @max_bytes, cut at a line start, built without
 * copying what comes before; @n_hidden is told the lines left out. */
char *gor_format_output_tail (GorTrace *trace, guint playhead, gsize max_bytes, guint64 *n_hidden);
/* The last path component of @path ("mine.go"). */
char *gor_format_basename (const char *path);

G_END_DECLS
