/* gor-explore-strip.h — many schedules of a program pair, one cell each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Runs the schedules in a worker thread (gor_explore_run, itself on every
 * core) with a progress bar and a Cancel button, then draws one row of N
 * cells per variant, each coloured by how many goroutines that schedule
 * left blocked forever.  Activating a cell emits "seed-activated" with
 * its seed, which `run --seed` and the window replay.  The header says
 * "blocked forever in 37 of 200 schedules · fixed: 0 of 200".
 */
#pragma once

#include <gtk/gtk.h>

#include "gor-explore.h"

G_BEGIN_DECLS

#define GOR_TYPE_EXPLORE_STRIP (gor_explore_strip_get_type ())
G_DECLARE_FINAL_TYPE (GorExploreStrip, gor_explore_strip, GOR, EXPLORE_STRIP, GtkWidget)

GtkWidget *gor_explore_strip_new (void);
/* Starts exploring @n_schedules random-walk schedules of each variant
 * (@fixed_name/@fixed_source may be NULL), cancelling a run in progress.
 * "finished" is emitted when the results are shown (or it was cancelled
 * or failed). */
void        gor_explore_strip_start (GorExploreStrip *self, const char *leak_name, const char *leak_source,
                                     const char *fixed_name, const char *fixed_source, guint n_schedules);
void        gor_explore_strip_cancel (GorExploreStrip *self);
gboolean    gor_explore_strip_is_running (GorExploreStrip *self);
const char *gor_explore_strip_get_header (GorExploreStrip *self);
/* The result of @variant (0 leak, 1 fixed), or NULL. */
const GorExploreResult *gor_explore_strip_get_result (GorExploreStrip *self, guint variant);
/* As a click on the cell of @schedule in @variant's row. */
void gor_explore_strip_activate_cell (GorExploreStrip *self, guint variant, guint schedule);

G_END_DECLS
