/* gor-runner.h — runs one Go program step by step from the GLib main loop
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A GorRunner owns a compiled program, its scheduler and its trace.  The
 * window drives it from the main loop (one step per tick in playback,
 * batches of steps per dispatch in run-to-end); the headless commands call
 * gor_runner_run_sync().  Every step appends to the trace, which is what
 * everything else reads.
 */
#pragma once

#include <gio/gio.h>

#include "gor-trace.h"
#include "gor-vm.h"

G_BEGIN_DECLS

#define GOR_RUNNER_DEFAULT_MAX_STEPS 50000000u
/* A loop that never reaches a scheduling point spends a whole time slice in
 * every step: this bound, not the step limit, is what stops it within
 * seconds. */
#define GOR_RUNNER_DEFAULT_MAX_INSTRUCTIONS G_GUINT64_CONSTANT (2000000000)

#define GOR_TYPE_RUNNER (gor_runner_get_type ())
G_DECLARE_FINAL_TYPE (GorRunner, gor_runner, GOR, RUNNER, GObject)

/* The largest source Gorolanes parses.  Its syntax tree and compiled
 * program take about 130 times the source's size (a 12 MB file of small
 * functions peaks at 1.6 GB): 2 MB keeps that near 300 MB, and programs
 * written to be read and watched are a few kilobytes. */
#define GOR_RUNNER_MAX_SOURCE_BYTES (2u * 1024 * 1024)

/* FALSE, with "FILE: too large (N MB; at most M MB)" in @error, when a
 * source of @size bytes is over GOR_RUNNER_MAX_SOURCE_BYTES. */
gboolean gor_runner_check_size (const char *filename, guint64 size, GError **error);
/* As gor_runner_check_size() for the file at @path, before it is read;
 * TRUE when it cannot be looked at (reading it will say why). */
gboolean gor_runner_check_file_size (const char *path, const char *filename, GError **error);

/* Parses and compiles @source.  On a source over the size limit, a syntax error or an unsupported feature
 * returns NULL with a one-line "FILE:LINE:COL: …" message in @error. */
GorRunner *gor_runner_new (const char *filename, const char *source, gssize length, guint64 seed,
                           GError **error);
/* Reads @path, then as gor_runner_new(). */
GorRunner *gor_runner_new_for_path (const char *path, guint64 seed, GError **error);

GorTrace *gor_runner_get_trace (GorRunner *self);
guint64   gor_runner_get_seed (GorRunner *self);
void      gor_runner_set_max_steps (GorRunner *self, guint32 max_steps);
guint32   gor_runner_get_max_steps (GorRunner *self);
void      gor_runner_set_max_instructions (GorRunner *self, guint64 max_instructions);
guint64   gor_runner_get_max_instructions (GorRunner *self);
/* The run's memory budget in bytes (before the first step; 0 for the
 * default, 2 GiB): live data past it ends the run out of memory. */
void     gor_runner_set_max_memory (GorRunner *self, gsize bytes);
gboolean gor_runner_is_finished (GorRunner *self);

/* Runs one scheduling step.  Returns FALSE once the program has ended
 * (then "finished" has been emitted). */
gboolean gor_runner_step (GorRunner *self);

/* Main-loop driving.  play: one step every @interval_ms; run_to_end:
 * batches of steps per dispatch (a few ms each) so the loop stays
 * responsive.  Emits "stepped" (after each dispatch that ran steps) and
 * "finished".  pause stops either. */
void     gor_runner_play (GorRunner *self, guint interval_ms);
void     gor_runner_run_to_end (GorRunner *self);
void     gor_runner_pause (GorRunner *self);
gboolean gor_runner_is_playing (GorRunner *self);

/* Runs in a plain loop to the end (or max steps), no main loop.  Returns the
 * program's exit status (0, 2, 3 for the step limit, or os.Exit's). */
int gor_runner_run_sync (GorRunner *self, GCancellable *cancellable);

/* Who decides the scheduler's choices (random by default); pct as
 * `explore` runs it, so that a seed it reports replays.  Takes effect
 * only before the first step. */
void gor_runner_set_strategy (GorRunner *self, GorStrategy strategy);

/* Whether the trace records spans, hand-offs and goroutine records (the
 * default) or only the output and the end (a headless run without a
 * report).  Takes effect only before the first step. */
void gor_runner_set_record (GorRunner *self, gboolean record);
/* The process exit status of the ended program (see run_sync). */
int gor_runner_get_exit_status (GorRunner *self);

/* Where the program's stdout/stderr bytes go as they are produced, besides
 * the trace (the headless `run` command passes stdout/stderr writers). */
typedef void (*GorOutputFunc) (const char *text, gsize len, gboolean is_stderr, gpointer user_data);
void gor_runner_set_output_func (GorRunner *self, GorOutputFunc func, gpointer user_data,
                                 GDestroyNotify notify);

G_END_DECLS
