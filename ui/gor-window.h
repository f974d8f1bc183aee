/* gor-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gor-inspector.h"
#include "gor-playback.h"
#include "gor-source-pane.h"
#include "gor-timeline.h"

G_BEGIN_DECLS

#define GOR_TYPE_WINDOW (gor_window_get_type ())
G_DECLARE_FINAL_TYPE (GorWindow, gor_window, GOR, WINDOW, GtkApplicationWindow)

GorWindow *gor_window_new (GtkApplication *application);

/* One program, or a program and its fix (@n_files 1 or 2).  Adds them to
 * the sidebar and shows them at step 0; errors go to the banner and the
 * source pane. */
void gor_window_open_files (GorWindow *self, GFile **files, guint n_files);
/* Shows a bundled scenario by folder name; FALSE if there is none. */
gboolean gor_window_show_scenario (GorWindow *self, const char *id);
/* Writes the whole recorded run as SVG or PNG (by extension). */
gboolean gor_window_export_to_file (GorWindow *self, GFile *file, GError **error);
/* The step limit for programs opened from now on. */
void gor_window_set_max_steps (GorWindow *self, guint32 max_steps);

GorPlayback   *gor_window_get_playback (GorWindow *self);
GorTimeline   *gor_window_get_timeline (GorWindow *self);
GorInspector  *gor_window_get_inspector (GorWindow *self);
GorSourcePane *gor_window_get_source_pane (GorWindow *self, int variant);
/* The banner's text, or NULL when it is hidden. */
const char *gor_window_get_banner_text (GorWindow *self);
guint       gor_window_get_n_sidebar_rows (GorWindow *self);

G_END_DECLS
