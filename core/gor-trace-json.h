/* gor-trace-json.h — a run as Chrome/Perfetto trace-event JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Writes the traces of a leak variant and its fix in the Trace Event
 * Format's JSON object form ({"traceEvents": […], "displayTimeUnit",
 * "otherData"}), which ui.perfetto.dev and chrome://tracing open.  It is
 * data, not drawing, so it lives in the core beside the trace it reads.
 *
 * Mapping:
 *   - time base: steps.  Step s is at ts = s µs (1 step = 1 µs).  The
 *     virtual clock cannot serve as the time base: it stands still for
 *     most steps, so spans would have no width; it is kept per slice as
 *     args.vtime_ns (the clock at the slice's first step) when the run's
 *     clock moved.  otherData.time_base says the same in the file.
 *   - one process per variant: pid 1 is "leak", the fix (if any) is the
 *     next process, both named "leak — FILE — TITLE" / "fixed — …" and
 *     ordered by process_sort_index.
 *   - one thread (track) per goroutine, named "g7 main.worker" and ordered
 *     by goroutine id (thread_sort_index).  Leak goroutine gN is tid N; the
 *     fixed process's pid is one more than the leak's largest id and its gN
 *     is tid pid + N - 1.  Every tid is thus unique in the file (importers
 *     treat tids as system-wide) and main is its process's main thread.
 *   - a complete event ("X", cat "goroutine") per state span: "running",
 *     "runnable", "sleeping", "blocked: chan send", and from the step a
 *     goroutine is found blocked forever "blocked forever: chan send".  Args:
 *     state, reason, source ("leak.go:13"), first_step and end_step (the
 *     half-open step range), vtime_ns.  A goroutine's slices are
 *     contiguous and never overlap (no nesting at all; should the trace
 *     hold spans out of order, the one recorded later wins).  Its end is
 *     an instant ("i", scope "t"): "exited" or "killed" (alive when the
 *     program ended).
 *   - a flow per channel hand-off: "s" on the sender and "f" with "bp":"e"
 *     on the receiver, cat "handoff", name "chan cN", one id per flow.
 *     Both sit in the middle of their step (ts = step + 0.5) so each binds
 *     to the slice that covers that step.
 *   - a counter ("C", name "goroutines") per process with the series
 *     running, runnable, blocked, sleeping and blocked forever, emitted at
 *     every step where one of them changes; spans closing at the run's end
 *     do not bring them down.
 *
 * The file is written as a stream (a run may have millions of events) to
 * a file descriptor; ui/gor-export.c gives it the same safe file as the
 * pictures (a temporary renamed over the target only when complete, a link
 * followed, nothing but a regular file replaced).
 */
#pragma once

#include <glib.h>

#include "gor-trace.h"

G_BEGIN_DECLS

/* Writes @leak (and @fixed, may be NULL) to @fd.  @title (may be NULL) is
 * the scenario's, added to the process names.  Returns 0, or the errno of
 * the first write that failed. */
int gor_trace_json_write_fd (GorTrace *leak, GorTrace *fixed, const char *title, int fd);

/* Appends @text (@len bytes, or up to its NUL when @len is -1) to @out as a
 * JSON string literal, quotes included: '"' and '\\' escaped, control
 * characters as \n, \t … or \u00XX, and each byte that is not part of
 * valid UTF-8 replaced by U+FFFD.  Every string of the file goes through
 * it. */
void gor_trace_json_append_string (GString *out, const char *text, gssize len);

G_END_DECLS
