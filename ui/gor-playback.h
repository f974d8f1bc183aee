/* gor-playback.h — a playhead over one recording of a leak/fixed pair
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The playhead counts the steps shown: at playhead p, steps [0, p) are on
 * screen.  GorPlayback owns the runners and records each program once,
 * ahead of the playhead, in idle batches.  Moving forward past what has
 * been recorded resumes the runners; moving back, scrubbing and going to
 * the start only move the playhead over the recorded traces.
 */
#pragma once

#include <glib-object.h>

#include "gor-runner.h"
#include "gor-scenario.h"
#include "gor-trace.h"

G_BEGIN_DECLS

#define GOR_TYPE_PLAYBACK (gor_playback_get_type ())
G_DECLARE_FINAL_TYPE (GorPlayback, gor_playback, GOR, PLAYBACK, GObject)

GorPlayback *gor_playback_new (void);

/* Either may be NULL (one program alone goes in the leak slot).  Starts
 * recording ahead from the main loop. */
void gor_playback_set_runners (GorPlayback *self, GorRunner *leak, GorRunner *fixed);
/* Plays traces that are already recorded (no runner behind them). */
void      gor_playback_set_traces (GorPlayback *self, GorTrace *leak, GorTrace *fixed);
GorTrace *gor_playback_get_trace (GorPlayback *self, GorVariant slot);

guint gor_playback_get_playhead (GorPlayback *self);
/* Clamped to what has been recorded; never runs the programs. */
void     gor_playback_set_playhead (GorPlayback *self, guint playhead);
guint    gor_playback_get_n_steps (GorPlayback *self);
gboolean gor_playback_get_finished (GorPlayback *self);
gboolean gor_playback_get_playing (GorPlayback *self);
void     gor_playback_set_playing (GorPlayback *self, gboolean playing);
double   gor_playback_get_speed (GorPlayback *self);
void     gor_playback_set_speed (GorPlayback *self, double steps_per_second);
gboolean gor_playback_get_running_to_end (GorPlayback *self);

void gor_playback_step_forward (GorPlayback *self);
void gor_playback_step_back (GorPlayback *self);
void gor_playback_go_start (GorPlayback *self);
/* Records both programs to their end in batches from the main loop; the
 * playhead follows until it is moved by hand. */
void gor_playback_run_to_end (GorPlayback *self);
/* Records the rest of the run now, without the main loop; the playhead
 * stays (for an export of the whole run). */
void gor_playback_record_all (GorPlayback *self);

G_END_DECLS
