/* gor-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one entry of the sidebar at a time (a bundled scenario
 * or programs the user opened): its leak and fixed variants each run once,
 * recorded in lockstep by GorPlayback; the timeline, the source panes and
 * the inspector all read the same traces at the same playhead.  The other
 * parts of the window are listed in gor-window-private.h.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gor-diagnostic.h"
#include "gor-format.h"
#include "gor-window-private.h"

#define REFRESH_INTERVAL_MS 120

G_DEFINE_FINAL_TYPE (GorWindow, gor_window, GTK_TYPE_APPLICATION_WINDOW)

static const double speeds[] = { 1, 2, 5, 10, 25, 100 };

static void
update_titles (GorWindow *self)
{
  g_autofree char *window_title = NULL;
  const char      *title = self->current ? self->current->title : "Gorolanes";

  gtk_label_set_text (self->title_label, title);
  if (self->current == NULL)
    window_title = g_strdup ("Gorolanes");
  else if (self->current->scenario != NULL)
    window_title = g_strdup_printf ("%s — Gorolanes", title);
  else if (self->names[GOR_VARIANT_FIXED] != NULL)
    window_title = g_strdup_printf ("%s · %s — Gorolanes", self->names[GOR_VARIANT_LEAK],
                                    self->names[GOR_VARIANT_FIXED]);
  else
    window_title = g_strdup_printf ("%s — Gorolanes", self->names[GOR_VARIANT_LEAK]);
  gtk_window_set_title (GTK_WINDOW (self), window_title);
}

static void
append_line (GString *text, const char *line)
{
  if (text->len > 0)
    g_string_append_c (text, '\n');
  g_string_append (text, line);
}

/* Go code with type parameters is refused by name: say what to do, with
 * the name of the generic function or type when it stands before the
 * brackets ("func Map[T any]"). */
static char *
unsupported_hint (const char *source, const GorDiagnostic *d)
{
  const char      *p = source;
  const char      *at, *name;
  g_autofree char *word = NULL;

  if (d == NULL || g_strcmp0 (d->message, "unsupported: type parameters") != 0)
    return NULL;
  for (guint line = 1; line < d->line && p != NULL; line++)
    {
      p = strchr (p, '\n');
      p = p ? p + 1 : NULL;
    }
  if (p != NULL && d->column > 1 && strnlen (p, d->column) >= d->column - 1)
    {
      at = p + d->column - 1;
      for (name = at; name > p && (g_ascii_isalnum (name[-1]) || name[-1] == '_'); name--)
        ;
      if (name < at && memchr (p, '\n', (gsize) (at - p)) == NULL)
        word = g_strndup (name, (gsize) (at - name));
    }
  if (word != NULL)
    return g_strdup_printf (_ ("Gorolanes does not run generic code yet: rewrite %s without type "
                               "parameters, one copy for each type it is used with."),
                            word);
  return g_strdup (_ ("Gorolanes does not run generic code yet: rewrite it without type parameters, "
                      "one copy for each type it is used with."));
}

/* Reads and compiles one variant of the current entry; shows its text.
 * Errors go to @errors and, where the program has one, to its line. */
static GorRunner *
load_variant (GorWindow *self, guint v, const char *kind, guint64 seed, GString *errors)
{
  const char    *path = self->current->paths[v];
  GorSourcePane *pane = _gor_window_get_pane (self, v);
  g_autoptr (GError) error = NULL;
  const GorDiagnostic *d;
  GorRunner           *runner;
  gsize                length = 0;

  g_clear_pointer (&self->sources[v], g_free);
  g_clear_pointer (&self->names[v], g_free);
  if (path == NULL)
    {
      gor_source_pane_set_program (pane, NULL, NULL, "");
      return NULL;
    }

  self->names[v] = gor_format_basename (path);
  if (!gor_runner_check_file_size (path, self->names[v], &error)
      || !g_file_get_contents (path, &self->sources[v], &length, &error))
    {
      gor_source_pane_set_program (pane, kind, self->names[v], "");
      append_line (errors, error->message);
      return NULL;
    }

  gor_source_pane_set_program (pane, kind, self->names[v], self->sources[v]);
  runner = gor_runner_new (self->names[v], self->sources[v], (gssize) length, seed, &error);
  if (runner == NULL)
    {
      g_autofree char *hint = NULL;
      g_autofree char *message = NULL;

      d = gor_diagnostic_from_error (error);
      hint = unsupported_hint (self->sources[v], d);
      message = hint ? g_strdup_printf ("%s\n%s", error->message, hint) : g_strdup (error->message);
      if (d != NULL && d->line > 0)
        gor_source_pane_set_error (pane, d->line, d->column, message);
      append_line (errors, message);
      return NULL;
    }
  self->n_runners++;
  gor_runner_set_max_steps (runner, self->max_steps);
  return runner;
}

/* (Re)creates the runners of the current entry from its files at the
 * seed in the spin button, and shows step 0.  They are the only runs of
 * these programs: playback records them once, ahead of the playhead. */
void
_gor_window_start_runs (GorWindow *self)
{
  GorSidebarEntry *entry = self->current;
  GorRunner       *runners[GOR_N_VARIANTS] = { NULL, NULL };
  g_autoptr (GString) errors = g_string_new (NULL);
  guint64     seed = (guint64) gtk_spin_button_get_value_as_int (self->seed_spin);
  gboolean    pair = entry->paths[GOR_VARIANT_FIXED] != NULL;
  const char *kinds[GOR_N_VARIANTS] = { pair ? _ ("Leak") : NULL, _ ("Fixed") };

  self->has_compile_error = FALSE;
  self->leak_shown = FALSE;
  g_clear_pointer (&self->compile_error, g_free);

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    runners[v] = load_variant (self, v, kinds[v], seed, errors);

  gtk_widget_set_visible (GTK_WIDGET (self->fixed_source), pair);
  _gor_window_show_source_diff (self);

  if (errors->len > 0)
    {
      /* A pair is shown only whole: the lesson is the comparison. */
      self->has_compile_error = TRUE;
      self->compile_error = g_strdup (errors->str);
      gor_playback_set_runners (self->playback, NULL, NULL);
      gor_timeline_set_traces (self->timeline, NULL, NULL, NULL);
      gtk_label_set_text (self->placeholder_label, _ ("This program cannot run until its errors are fixed.\n"
                                                      "The error is marked in the source below."));
      gtk_stack_set_visible_child_name (self->timeline_stack, "placeholder");
    }
  else
    {
      gor_playback_set_runners (self->playback, runners[GOR_VARIANT_LEAK], runners[GOR_VARIANT_FIXED]);
      gor_timeline_set_traces (self->timeline, gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK),
                               gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED),
                               entry->scenario ? entry->title : NULL);
      gtk_stack_set_visible_child_name (self->timeline_stack, "timeline");
    }

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    g_clear_object (&runners[v]);

  update_titles (self);
  _gor_window_update_all (self);
}

void
_gor_window_run_longer (GorWindow *self)
{
  if (self->current == NULL || self->max_steps >= GOR_WINDOW_MAX_STEPS_CAP)
    return;
  self->max_steps = MIN ((guint64) self->max_steps * GOR_WINDOW_MAX_STEPS_LONGER, GOR_WINDOW_MAX_STEPS_CAP);
  _gor_window_start_runs (self);
  gor_playback_run_to_end (self->playback);
}

static void
show_entry (GorWindow *self, GorSidebarEntry *entry)
{
  self->current = entry;
  g_signal_handlers_block_matched (self->seed_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_spin_button_set_value (self->seed_spin, (double) entry->seed);
  g_signal_handlers_unblock_matched (self->seed_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  _gor_window_start_runs (self);
}

void
_gor_window_select_entry (GorWindow *self, GorSidebarEntry *entry)
{
  GtkListBoxRow *row = _gor_sidebar_find_row (self->sidebar_list, entry);

  /* Selecting the row shows the entry (row-selected). */
  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
  else
    show_entry (self, entry);
}

static void
add_entry (GorWindow *self, GorSidebarEntry *entry)
{
  g_ptr_array_add (self->entries, entry);
  _gor_sidebar_append (self->sidebar_list, entry);
}

static void
load_scenarios (GorWindow *self)
{
  g_autoptr (GError) error = NULL;
  g_autoptr (GPtrArray) broken = NULL;
  const char *dir = gor_scenario_get_default_dir ();

  /* Each folder loads on its own: a broken one is listed with why, the
   * others are there as usual. */
  self->scenarios = gor_scenario_load_all_full (dir, &broken, &error);
  if (self->scenarios == NULL)
    {
      g_autofree char *message
          = g_strdup_printf (_ ("The bundled scenarios could not be loaded: %s"), error->message);
      self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_scenario_free);
      _gor_window_show_banner (self, GTK_MESSAGE_ERROR, message);
      return;
    }

  for (guint i = 0; i < self->scenarios->len; i++)
    add_entry (self, _gor_sidebar_entry_new_for_scenario (g_ptr_array_index (self->scenarios, i)));
  for (guint i = 0; broken != NULL && i < broken->len; i++)
    _gor_sidebar_append_broken (self->sidebar_list, g_ptr_array_index (broken, i));
}

static void
sidebar_row_selected_cb (GtkListBox *list, GtkListBoxRow *row, GorWindow *self)
{
  GorSidebarEntry *entry;

  if (row == NULL)
    return;
  entry = _gor_sidebar_row_get_entry (row);
  if (entry != NULL)
    show_entry (self, entry);
}

static void
refresh (GorWindow *self)
{
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  if (self->traces_grew)
    {
      self->traces_grew = FALSE;
      gor_timeline_invalidate (self->timeline);
    }
  _gor_window_update_all (self);
}

static gboolean
refresh_cb (gpointer user_data)
{
  GorWindow *self = user_data;

  self->refresh_source = 0;
  refresh (self);
  return G_SOURCE_REMOVE;
}

static void
queue_refresh (GorWindow *self)
{
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (REFRESH_INTERVAL_MS, refresh_cb, self);
}

/* A playhead moved by hand shows at once; one that follows run-to-end,
 * a few times a second. */
static void
playhead_changed_cb (GorPlayback *playback, GParamSpec *pspec, GorWindow *self)
{
  if (gor_playback_get_running_to_end (playback))
    queue_refresh (self);
  else
    refresh (self);
}

static void
playing_changed_cb (GorPlayback *playback, GParamSpec *pspec, GorWindow *self)
{
  gboolean playing = gor_playback_get_playing (playback);

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _ ("Pause (Space)") : _ ("Play (Space)"));
}

/* The recording grew, mostly ahead of the playhead and out of sight: the
 * timeline is laid out again with the next refresh. */
static void
advanced_cb (GorPlayback *playback, GorWindow *self)
{
  self->traces_grew = TRUE;
  queue_refresh (self);
}

static void
selection_changed_cb (GorTimeline *timeline, GParamSpec *pspec, GorWindow *self)
{
  _gor_window_update_selection (self);
}

static void
seed_changed_cb (GtkSpinButton *spin, GorWindow *self)
{
  if (self->current == NULL)
    return;
  self->current->seed = (guint64) gtk_spin_button_get_value_as_int (spin);
  _gor_window_start_runs (self);
}

static void
speed_changed_cb (GtkDropDown *dropdown, GParamSpec *pspec, GorWindow *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < G_N_ELEMENTS (speeds))
    gor_playback_set_speed (self->playback, speeds[i]);
}

static void
banner_response_cb (GtkInfoBar *banner, int response, GorWindow *self)
{
  if (response == GOR_WINDOW_RESPONSE_RUN_LONGER)
    _gor_window_run_longer (self);
  else if (response == GTK_RESPONSE_CLOSE)
    {
      g_free (self->dismissed);
      self->dismissed = g_strdup (gtk_label_get_text (self->banner_label));
      _gor_window_show_banner (self, GTK_MESSAGE_INFO, NULL);
    }
}

static void
after_paint_cb (GdkFrameClock *clock, GorWindow *self)
{
  const char *bench = g_getenv ("GOROLANES_BENCH");

  g_signal_handlers_disconnect_by_func (clock, after_paint_cb, self);
  /* Wall-clock microseconds, for a script that noted when it started us. */
  g_printerr ("first-frame-us %" G_GINT64_FORMAT "\n", g_get_real_time ());
  if (g_strcmp0 (bench, "quit") == 0)
    gtk_window_destroy (GTK_WINDOW (self));
}

static void
gor_window_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (gor_window_parent_class)->map (widget);

  if (g_getenv ("GOROLANES_BENCH") != NULL)
    {
      GdkFrameClock *clock = gtk_widget_get_frame_clock (widget);

      if (clock != NULL)
        g_signal_connect (clock, "after-paint", G_CALLBACK (after_paint_cb), widget);
    }
}

static gboolean
sync_sidebar_cb (gpointer user_data)
{
  GorWindow *self = user_data;

  /* Destroyed meanwhile: its children are gone.  Presentation mode keeps
   * the sidebar hidden. */
  if (self->playback == NULL || self->presenting)
    return G_SOURCE_REMOVE;
  gtk_toggle_button_set_active (self->sidebar_button, self->was_wide);
  return G_SOURCE_REMOVE;
}

/* Below 1000 px the sidebar gives its room to the timeline (the toggle
 * brings it back); it returns when the window grows again. */
static void
gor_window_size_allocate (GtkWidget *widget, int width, int height, int baseline)
{
  GorWindow *self = GOR_WINDOW (widget);
  gboolean   wide = width >= 1000;

  GTK_WIDGET_CLASS (gor_window_parent_class)->size_allocate (widget, width, height, baseline);
  _gor_window_present_size_changed (self, height);

  if (wide != self->was_wide)
    {
      self->was_wide = wide;
      g_idle_add_full (G_PRIORITY_HIGH_IDLE, sync_sidebar_cb, g_object_ref (self), g_object_unref);
    }
}

static void
gor_window_dispose (GObject *object)
{
  GorWindow *self = GOR_WINDOW (object);

  _gor_window_close_dialogs (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
  _gor_window_dispose_present (self);
  if (self->playback != NULL)
    g_signal_handlers_disconnect_by_data (self->playback, self);
  g_clear_object (&self->playback);

  G_OBJECT_CLASS (gor_window_parent_class)->dispose (object);
}

static void
gor_window_finalize (GObject *object)
{
  GorWindow *self = GOR_WINDOW (object);

  g_clear_pointer (&self->entries, g_ptr_array_unref);
  g_clear_pointer (&self->scenarios, g_ptr_array_unref);
  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      g_free (self->sources[v]);
      g_free (self->names[v]);
    }
  g_free (self->compile_error);
  g_free (self->dismissed);

  G_OBJECT_CLASS (gor_window_parent_class)->finalize (object);
}

static void
gor_window_class_init (GorWindowClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gor_window_dispose;
  object_class->finalize = gor_window_finalize;
  widget_class->map = gor_window_map;
  widget_class->size_allocate = gor_window_size_allocate;

  g_type_ensure (GOR_TYPE_TIMELINE);
  g_type_ensure (GOR_TYPE_SOURCE_PANE);
  g_type_ensure (GOR_TYPE_INSPECTOR);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/gorolanes/Gorolanes/ui/gor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GorWindow, header_bar);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, sidebar_button);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, play_button);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, speed_dropdown);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, title_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, subtitle_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, seed_spin);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, seed_box);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, progress_bar);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, placeholder_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, bottom_paned);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, caption_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, leak_source);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, fixed_source);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, inspector);
}

static void
gor_window_init (GorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));

  self->max_steps = GOR_WINDOW_MAX_STEPS;
  self->entries = g_ptr_array_new_with_free_func (_gor_sidebar_entry_free);
  self->playback = gor_playback_new ();
  speed_changed_cb (self->speed_dropdown, NULL, self);

  _gor_window_init_actions (self);
  _gor_window_init_present (self);
  _gor_window_init_drop (self);
  /* The inspector shows each variant's output; the timeline keeps the room. */
  gor_timeline_set_show_output (self->timeline, FALSE);
  /* Read from the back of a classroom too. */
  gor_timeline_set_text_scale (self->timeline, GOR_WINDOW_TEXT_SCALE);
  self->was_wide = TRUE;

  g_object_bind_property (self->playback, "playhead", self->timeline, "playhead",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->sidebar_button, "active", self->sidebar, "visible", G_BINDING_SYNC_CREATE);
  g_signal_connect (self->playback, "notify::playhead", G_CALLBACK (playhead_changed_cb), self);
  g_signal_connect (self->playback, "notify::finished", G_CALLBACK (playhead_changed_cb), self);
  g_signal_connect (self->playback, "notify::running-to-end", G_CALLBACK (playhead_changed_cb), self);
  g_signal_connect (self->playback, "notify::playing", G_CALLBACK (playing_changed_cb), self);
  g_signal_connect (self->playback, "advanced", G_CALLBACK (advanced_cb), self);
  g_signal_connect (self->timeline, "notify::selected-goroutine", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->timeline, "notify::selected-variant", G_CALLBACK (selection_changed_cb), self);
  g_signal_connect (self->seed_spin, "value-changed", G_CALLBACK (seed_changed_cb), self);
  g_signal_connect (self->speed_dropdown, "notify::selected", G_CALLBACK (speed_changed_cb), self);
  g_signal_connect (self->banner, "response", G_CALLBACK (banner_response_cb), self);

  _gor_sidebar_init (self->sidebar_list);
  g_signal_connect (self->sidebar_list, "row-selected", G_CALLBACK (sidebar_row_selected_cb), self);

  self->run_longer_button
      = gtk_info_bar_add_button (self->banner, _ ("Run Longer"), GOR_WINDOW_RESPONSE_RUN_LONGER);
  gtk_widget_set_visible (self->run_longer_button, FALSE);
  _gor_window_show_banner (self, GTK_MESSAGE_INFO, NULL);
  load_scenarios (self);
  if (self->entries->len > 0)
    _gor_window_select_entry (self, g_ptr_array_index (self->entries, 0));
  else
    {
      gtk_label_set_text (self->placeholder_label, _ ("Open a Go program to watch its goroutines."));
      gtk_stack_set_visible_child_name (self->timeline_stack, "placeholder");
      _gor_window_update_all (self);
    }
}

GorWindow *
gor_window_new (GtkApplication *application)
{
  return g_object_new (GOR_TYPE_WINDOW, "application", application, NULL);
}

void
gor_window_open_files (GorWindow *self, GFile **files, guint n_files)
{
  GorSidebarEntry *entry = NULL;
  g_autofree char *leak = NULL;
  g_autofree char *fixed = NULL;

  g_return_if_fail (GOR_IS_WINDOW (self));
  g_return_if_fail (n_files >= 1 && n_files <= 2);

  leak = g_file_get_path (files[0]);
  fixed = n_files > 1 ? g_file_get_path (files[1]) : NULL;
  if (leak == NULL)
    leak = g_file_get_uri (files[0]);
  if (n_files > 1 && fixed == NULL)
    fixed = g_file_get_uri (files[1]);

  for (guint i = 0; i < self->entries->len; i++)
    {
      GorSidebarEntry *e = g_ptr_array_index (self->entries, i);

      if (e->scenario == NULL && g_strcmp0 (e->paths[0], leak) == 0 && g_strcmp0 (e->paths[1], fixed) == 0)
        entry = e;
    }

  if (entry == NULL)
    {
      entry = _gor_sidebar_entry_new_for_files (g_steal_pointer (&leak), g_steal_pointer (&fixed));
      add_entry (self, entry);
    }

  _gor_window_select_entry (self, entry);
}

gboolean
gor_window_show_scenario (GorWindow *self, const char *id)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      GorSidebarEntry *e = g_ptr_array_index (self->entries, i);

      if (e->scenario != NULL && g_strcmp0 (e->scenario->id, id) == 0)
        {
          _gor_window_select_entry (self, e);
          return TRUE;
        }
    }
  return FALSE;
}

void
gor_window_set_max_steps (GorWindow *self, guint32 max_steps)
{
  g_return_if_fail (GOR_IS_WINDOW (self));
  self->max_steps = max_steps > 0 ? max_steps : GOR_WINDOW_MAX_STEPS;
}

GorPlayback *
gor_window_get_playback (GorWindow *self)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), NULL);
  return self->playback;
}

GorTimeline *
gor_window_get_timeline (GorWindow *self)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), NULL);
  return self->timeline;
}

GorInspector *
gor_window_get_inspector (GorWindow *self)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), NULL);
  return self->inspector;
}

GorSourcePane *
gor_window_get_source_pane (GorWindow *self, int variant)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), NULL);
  return _gor_window_get_pane (self, variant == GOR_VARIANT_FIXED ? GOR_VARIANT_FIXED : GOR_VARIANT_LEAK);
}

const char *
gor_window_get_banner_text (GorWindow *self)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), NULL);
  if (!gtk_widget_get_visible (GTK_WIDGET (self->banner)) || !gtk_info_bar_get_revealed (self->banner))
    return NULL;
  return gtk_label_get_text (self->banner_label);
}

guint
gor_window_get_n_sidebar_rows (GorWindow *self)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), 0);
  return _gor_sidebar_count_rows (self->sidebar_list);
}

guint
_gor_window_get_n_runners (GorWindow *self)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), 0);
  return self->n_runners;
}
