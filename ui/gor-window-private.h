/* gor-window-private.h — what the main window's parts share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window is split by concern: gor-window.c (the template, its state,
 * loading a program pair), gor-window-views.c (the subtitle, banner,
 * source panes and inspector at the playhead), gor-window-actions.c (the
 * actions and their keys), gor-window-dialogs.c (open, export, messages,
 * drag and drop), gor-window-present.c (presentation mode, theme) and
 * gor-sidebar.c (the scenarios / your-programs list).
 */
#pragma once

#include "gor-scenario.h"
#include "gor-window.h"

G_BEGIN_DECLS

/* Far more than any teaching program takes (the scenarios end within a
 * hundred steps); a runaway loop, whose every step is a full time slice,
 * stops here in about a second instead of keeping the class waiting. */
#define GOR_WINDOW_MAX_STEPS 20000u
/* The timeline's text scale out of presentation mode. */
#define GOR_WINDOW_TEXT_SCALE 1.15
/* "Run Longer" multiplies the limit, up to this many steps. */
#define GOR_WINDOW_MAX_STEPS_LONGER 5u
#define GOR_WINDOW_MAX_STEPS_CAP 1000000u
/* A recording this long shows its progress while it grows. */
#define GOR_WINDOW_PROGRESS_MIN_STEPS 1000u
/* The banner's button that raises the step limit and runs again. */
#define GOR_WINDOW_RESPONSE_RUN_LONGER 1

/* One row of the sidebar: a bundled scenario, or programs the user opened. */
typedef struct
{
  GorScenario *scenario; /* borrowed from the window's list, or NULL */
  char        *paths[GOR_N_VARIANTS];
  char        *title;
  char        *summary;
  guint64      seed;
} GorSidebarEntry;

struct _GorWindow
{
  GtkApplicationWindow parent_instance;

  GtkHeaderBar    *header_bar;
  GtkToggleButton *sidebar_button;
  GtkButton       *play_button;
  GtkDropDown     *speed_dropdown;
  GtkLabel        *title_label;
  GtkLabel        *subtitle_label;
  GtkSpinButton   *seed_spin;
  GtkWidget       *seed_box;
  GtkInfoBar      *banner;
  GtkLabel        *banner_label;
  GtkWidget       *run_longer_button;
  GtkProgressBar  *progress_bar;
  GtkPaned        *outer_paned;
  GtkWidget       *sidebar;
  GtkListBox      *sidebar_list;
  GtkStack        *timeline_stack;
  GtkLabel        *placeholder_label;
  GtkWidget       *bottom_paned;
  GorTimeline     *timeline;
  GtkLabel        *caption_label; /* the current step in words, above the timeline */
  GorSourcePane   *leak_source;
  GorSourcePane   *fixed_source;
  GorInspector    *inspector;

  /* Owns the runners: each program of the current entry runs once. */
  GorPlayback     *playback;
  GPtrArray       *scenarios; /* GorScenario */
  GPtrArray       *entries;   /* GorSidebarEntry */
  GorSidebarEntry *current;
  char            *sources[GOR_N_VARIANTS];
  char            *names[GOR_N_VARIANTS];
  gboolean         has_compile_error;
  char            *compile_error;
  guint32          max_steps;
  guint            n_runners; /* created so far, for tests */

  GtkFileChooserNative *chooser;

  gboolean was_wide;

  /* While the recording grows, the views refresh a few times a second,
   * not after every batch of steps. */
  guint    refresh_source;
  gboolean traces_grew;
  char    *dismissed;
  gboolean leak_shown;

  /* Presentation mode, and what it hid or changed, to restore. */
  gboolean presenting;
  gboolean present_was_fullscreen;
  gboolean present_had_sidebar;
  gboolean present_had_sources;
  int      present_height;
  guint    scale_source;
};

/* gor-window.c */
void _gor_window_start_runs (GorWindow *self);
void _gor_window_select_entry (GorWindow *self, GorSidebarEntry *entry);
/* How many GorRunner the window has created (each compiles and runs one
 * program): tests check that playing, scrubbing and export add none. */
guint _gor_window_get_n_runners (GorWindow *self);

/* Raises the step limit and runs the programs again to their end. */
void _gor_window_run_longer (GorWindow *self);

/* gor-window-views.c */
GorSourcePane *_gor_window_get_pane (GorWindow *self, guint variant);
void           _gor_window_show_banner (GorWindow *self, GtkMessageType type, const char *text);
void           _gor_window_update_subtitle (GorWindow *self);
void           _gor_window_update_selection (GorWindow *self);
void           _gor_window_update_all (GorWindow *self);
/* The lines where the leak and the fixed program differ, in both panes. */
void _gor_window_show_source_diff (GorWindow *self);

/* gor-window-actions.c */
void _gor_window_init_actions (GorWindow *self);
void _gor_window_update_actions (GorWindow *self);
/* The window's keys that take a modifier, as application accels. */
void _gor_window_set_accels (GtkApplication *application);

/* gor-window-dialogs.c */
void _gor_window_init_drop (GorWindow *self);
void _gor_window_show_message (GorWindow *self, GtkMessageType type, const char *primary,
                               const char *secondary);
void _gor_window_open_dialog (GorWindow *self);
void _gor_window_export_dialog (GorWindow *self);
void _gor_window_close_dialogs (GorWindow *self);

/* gor-window-present.c */
void     _gor_window_init_present (GorWindow *self);
void     _gor_window_dispose_present (GorWindow *self);
void     _gor_window_set_presenting (GorWindow *self, gboolean presenting);
gboolean _gor_window_get_presenting (GorWindow *self);
void     _gor_window_present_size_changed (GorWindow *self, int height);
/* The banner's label as presentation mode wants it (one line or whole). */
void _gor_window_present_banner (GorWindow *self);
/* The timeline's text scale in presentation mode on a screen @height
 * pixels high. */
double _gor_window_present_scale_for_height (int height);
/* gor-explore-strip.c: the Explore action's window, whose cells load
 * their seed here */
void _gor_window_explore (GorWindow *self);

/* gor-sidebar.c */
GorSidebarEntry *_gor_sidebar_entry_new_for_scenario (GorScenario *scenario);
GorSidebarEntry *_gor_sidebar_entry_new_for_files (char *leak_path, char *fixed_path);
void             _gor_sidebar_entry_free (gpointer entry);
void             _gor_sidebar_init (GtkListBox *list);
void             _gor_sidebar_append (GtkListBox *list, GorSidebarEntry *entry);
void             _gor_sidebar_append_broken (GtkListBox *list, const GorScenario *broken);
GtkListBoxRow   *_gor_sidebar_find_row (GtkListBox *list, GorSidebarEntry *entry);
GorSidebarEntry *_gor_sidebar_row_get_entry (GtkListBoxRow *row);
guint            _gor_sidebar_count_rows (GtkListBox *list);

G_END_DECLS
