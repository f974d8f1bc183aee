/* gor-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The window shows one entry of the sidebar at a time (a bundled scenario
 * or programs the user opened): its leak and fixed variants run in
 * lockstep through GorPlayback; the timeline, the source panes and the
 * inspector all read the same traces at the same playhead.
 */

#include "config.h"

#include <stdlib.h>
#include <string.h>
#include <glib/gi18n.h>

#include "gor-diagnostic.h"
#include "gor-export.h"
#include "gor-format.h"
#include "gor-scenario.h"
#include "gor-window.h"

/* Far more than any teaching program takes (the scenarios end within a
 * hundred steps); a runaway loop, whose every step is a full time slice,
 * stops here in about a second instead of keeping the class waiting. */
#define WINDOW_MAX_STEPS 20000u

typedef struct
{
  GorScenario *scenario; /* borrowed from the window's list, or NULL */
  char        *paths[GOR_N_VARIANTS];
  char        *title;
  char        *summary;
  guint64      seed;
} Entry;

struct _GorWindow
{
  GtkApplicationWindow parent_instance;

  GtkHeaderBar   *header_bar;
  GtkToggleButton *sidebar_button;
  GtkButton      *play_button;
  GtkDropDown    *speed_dropdown;
  GtkLabel       *title_label;
  GtkLabel       *subtitle_label;
  GtkSpinButton  *seed_spin;
  GtkInfoBar     *banner;
  GtkLabel       *banner_label;
  GtkPaned       *outer_paned;
  GtkWidget      *sidebar;
  GtkListBox     *sidebar_list;
  GtkStack       *timeline_stack;
  GtkLabel       *placeholder_label;
  GorTimeline    *timeline;
  GorSourcePane  *leak_source;
  GorSourcePane  *fixed_source;
  GorInspector   *inspector;

  GorPlayback    *playback;
  GPtrArray      *scenarios;  /* GorScenario */
  GPtrArray      *entries;    /* Entry */
  Entry          *current;
  char           *sources[GOR_N_VARIANTS];
  char           *names[GOR_N_VARIANTS];
  gboolean        has_compile_error;
  char           *compile_error;
  guint32         max_steps;

  GtkFileChooserNative *chooser;

  /* A second run of the same programs, ahead of playback, to learn how
   * long the whole run is so the timeline keeps one scale. */
  GorRunner      *probes[GOR_N_VARIANTS];
  guint           probe_source;
  gboolean        was_wide;

  /* While running to the end, the views refresh a few times a second,
   * not after every batch of steps. */
  guint           refresh_source;
  gboolean        traces_grew;
  char           *dismissed;
  gboolean        leak_shown;
  guint           expected_steps;
};

#define REFRESH_INTERVAL_MS 120

G_DEFINE_FINAL_TYPE (GorWindow, gor_window, GTK_TYPE_APPLICATION_WINDOW)

static const double speeds[] = { 1, 2, 5, 10, 25, 100 };

static void
entry_free (gpointer data)
{
  Entry *entry = data;

  for (guint i = 0; i < GOR_N_VARIANTS; i++)
    g_free (entry->paths[i]);
  g_free (entry->title);
  g_free (entry->summary);
  g_free (entry);
}

static GorSourcePane *
source_pane (GorWindow *self, guint variant)
{
  return variant == GOR_VARIANT_LEAK ? self->leak_source : self->fixed_source;
}

/* The banner: compile errors stay; end-of-run messages follow the
 * playhead. */
static void
show_banner (GorWindow *self, GtkMessageType type, const char *text)
{
  /* Closed by the user: stays closed until there is something new. */
  if (text != NULL && g_strcmp0 (text, self->dismissed) == 0)
    text = NULL;
  if (text == NULL)
    {
      gtk_info_bar_set_revealed (self->banner, FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->banner), FALSE);
      return;
    }
  gtk_info_bar_set_message_type (self->banner, type);
  gtk_label_set_text (self->banner_label, text);
  gtk_widget_set_visible (GTK_WIDGET (self->banner), TRUE);
  gtk_info_bar_set_revealed (self->banner, TRUE);
}

static char *
describe_end (GorTrace *trace, const char *name)
{
  switch (trace->end_kind)
    {
    case GOR_END_STEP_LIMIT:
      return g_strdup_printf (_("%s did not end within %u steps: it was stopped at the step limit "
                                "(a loop that never ends?)"), name, trace->n_steps);
    case GOR_END_PANIC:
    case GOR_END_FATAL:
    case GOR_END_DEADLOCK:
      return g_strdup_printf (_("%s: %s (exit status %d)"), name,
                              trace->end_message ? trace->end_message : _("the program failed"),
                              trace->exit_status);
    case GOR_END_EXIT:
      if (trace->exit_status != 0)
        return g_strdup_printf (_("%s exited with status %d"), name, trace->exit_status);
      return NULL;
    case GOR_END_NONE:
    case GOR_END_MAIN_RETURNED:
    default:
      return NULL;
    }
}

static void
update_banner (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);
  g_autoptr (GString) text = g_string_new (NULL);
  GtkMessageType type = GTK_MESSAGE_INFO;

  if (self->compile_error != NULL)
    {
      show_banner (self, GTK_MESSAGE_ERROR, self->compile_error);
      return;
    }

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      GorTrace *trace = gor_playback_get_trace (self->playback, v);
      g_autofree char *line = NULL;

      if (trace == NULL || trace->end_kind == GOR_END_NONE || playhead < trace->n_steps)
        continue;
      line = describe_end (trace, self->names[v]);
      if (line == NULL)
        continue;
      if (trace->end_kind == GOR_END_STEP_LIMIT)
        type = GTK_MESSAGE_WARNING;
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  /* At the end of a bundled scenario, its lesson. */
  if (self->current != NULL && self->current->scenario != NULL &&
      self->current->scenario->lesson != NULL && *self->current->scenario->lesson != '\0' &&
      gor_playback_get_finished (self->playback) &&
      playhead >= gor_playback_get_n_steps (self->playback))
    {
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, _("Lesson: %s"), self->current->scenario->lesson);
    }

  show_banner (self, type, text->len > 0 ? text->str : NULL);
}

static void
update_subtitle (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);
  guint n_steps = gor_playback_get_n_steps (self->playback);
  gboolean finished = gor_playback_get_finished (self->playback);
  GorTrace *leak = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK);
  GorTrace *fixed = gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED);
  g_autoptr (GString) s = g_string_new (NULL);

  if (leak == NULL)
    {
      gtk_label_set_text (self->subtitle_label, self->has_compile_error ? _("The program has errors") : "");
      return;
    }

  {
    g_autofree char *t = gor_format_duration (gor_trace_vtime_at (leak, playhead));
    if (finished)
      g_string_append_printf (s, _("Step %u of %u · time %s"), playhead, n_steps, t);
    else if (self->expected_steps > 0)
      g_string_append_printf (s, _("Step %u of %u · time %s"), playhead, self->expected_steps, t);
    else
      g_string_append_printf (s, _("Step %u · time %s"), playhead, t);
  }

  if (finished && playhead >= n_steps)
    {
      guint n_leak = gor_trace_count_blocked_forever (leak);

      if (fixed != NULL)
        g_string_append_printf (s, _(" · blocked forever: %u in leak, %u in fixed"),
                                n_leak, gor_trace_count_blocked_forever (fixed));
      else
        g_string_append_printf (s, ngettext (" · %u goroutine blocked forever",
                                             " · %u goroutines blocked forever", n_leak), n_leak);
    }
  gtk_label_set_text (self->subtitle_label, s->str);
}

/* The goroutine whose line a variant's pane shows: the selected one (by
 * id, in both variants), else the one that ran in the last step shown. */
static const GorTraceGoroutine *
goroutine_to_show (GorWindow *self, GorTrace *trace, guint playhead, const GorSpan **span_out)
{
  int sel_variant = gor_timeline_get_selected_variant (self->timeline);
  int sel_index = gor_timeline_get_selected_goroutine (self->timeline);
  guint32 step;

  *span_out = NULL;
  if (trace == NULL || playhead == 0 || trace->n_steps == 0)
    return NULL;
  step = MIN (playhead, trace->n_steps) - 1;

  if (sel_index >= 0)
    {
      GorTrace *sel_trace = gor_playback_get_trace (self->playback, sel_variant);
      const GorTraceGoroutine *sel;
      GorTraceGoroutine *g;

      if (sel_trace == NULL || (guint) sel_index >= gor_trace_get_n_goroutines (sel_trace))
        return NULL;
      sel = gor_trace_get_goroutine (sel_trace, (guint) sel_index);
      g = gor_trace_lookup (trace, sel->id);
      if (g != NULL)
        *span_out = gor_trace_goroutine_span_at (g, step);
      return g;
    }

  for (guint i = 0; i < gor_trace_get_n_goroutines (trace); i++)
    {
      const GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);
      const GorSpan *span = gor_trace_goroutine_span_at (g, step);

      if (span != NULL && span->state == GOR_STATE_RUNNING)
        {
          *span_out = span;
          return g;
        }
    }
  return NULL;
}

static void
update_sources (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      GorTrace *trace = gor_playback_get_trace (self->playback, v);
      GorSourcePane *pane = source_pane (self, v);
      const GorSpan *span = NULL;
      g_autoptr (GArray) lines = g_array_new (FALSE, FALSE, sizeof (guint));

      goroutine_to_show (self, trace, playhead, &span);
      /* A goroutine that is gone is at no line. */
      if (span != NULL && (span->state == GOR_STATE_EXITED || span->state == GOR_STATE_KILLED))
        span = NULL;
      gor_source_pane_set_current_line (pane, span ? span->line : 0);

      for (guint i = 0; trace != NULL && i < gor_trace_get_n_goroutines (trace); i++)
        {
          const GorTraceGoroutine *g = gor_trace_get_goroutine (trace, i);

          if (g->blocked_forever_since >= 0 && g->blocked_forever_since < (gint64) playhead &&
              g->blocked_line > 0)
            g_array_append_val (lines, g->blocked_line);
        }
      gor_source_pane_set_forever_lines (pane, (const guint *) (gpointer) lines->data, lines->len);
    }
}

static void
update_inspector (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);
  int variant = gor_timeline_get_selected_variant (self->timeline);
  int index = gor_timeline_get_selected_goroutine (self->timeline);

  gor_inspector_show (self->inspector,
                      variant >= 0 ? gor_playback_get_trace (self->playback, variant) : NULL,
                      index, playhead);
  gor_inspector_set_output (self->inspector,
                            gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK),
                            gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED),
                            playhead);
}

static void
update_actions (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);
  gboolean has_trace = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK) != NULL;
  gboolean at_end = gor_playback_get_finished (self->playback) &&
                    playhead >= gor_playback_get_n_steps (self->playback);
  GActionMap *map = G_ACTION_MAP (self);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "step-back")),
                               has_trace && playhead > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "start")),
                               has_trace && playhead > 0);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "step-forward")),
                               has_trace && !at_end);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "end")),
                               has_trace && !at_end);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "play")),
                               has_trace);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "export")),
                               has_trace);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "zoom-in")),
                               has_trace);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "zoom-out")),
                               has_trace);
  g_simple_action_set_enabled (G_SIMPLE_ACTION (g_action_map_lookup_action (map, "zoom-fit")),
                               has_trace);
}

/* The first time a run is seen to its end with nothing selected, the
 * inspector shows the first goroutine the leak variant left blocked
 * forever: the answer to "what leaked?" without a click. */
static void
select_leak_at_end (GorWindow *self)
{
  GorTrace *leak = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK);

  if (self->leak_shown || leak == NULL || !gor_playback_get_finished (self->playback) ||
      gor_playback_get_playhead (self->playback) < gor_playback_get_n_steps (self->playback))
    return;
  self->leak_shown = TRUE;
  if (gor_timeline_get_selected_goroutine (self->timeline) >= 0)
    return;
  for (guint i = 0; i < gor_trace_get_n_goroutines (leak); i++)
    if (gor_trace_get_goroutine (leak, i)->blocked_forever_since >= 0)
      {
        gor_timeline_select (self->timeline, GOR_VARIANT_LEAK, (int) i);
        return;
      }
}

static void
update_all (GorWindow *self)
{
  select_leak_at_end (self);
  update_subtitle (self);
  update_sources (self);
  update_inspector (self);
  update_banner (self);
  update_actions (self);
}

static void
update_titles (GorWindow *self)
{
  g_autofree char *window_title = NULL;
  const char *title = self->current ? self->current->title : "Gorolanes";

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
stop_probe (GorWindow *self)
{
  g_clear_handle_id (&self->probe_source, g_source_remove);
  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    g_clear_object (&self->probes[v]);
}

static gboolean
probe_cb (gpointer user_data)
{
  GorWindow *self = user_data;
  gint64 deadline = g_get_monotonic_time () + 4000;
  gboolean done;
  guint n_steps = 0;

  do
    {
      done = TRUE;
      for (guint v = 0; v < GOR_N_VARIANTS; v++)
        if (self->probes[v] != NULL && !gor_runner_is_finished (self->probes[v]))
          {
            for (guint k = 0; k < 64 && gor_runner_step (self->probes[v]); k++)
              ;
            done = done && gor_runner_is_finished (self->probes[v]);
          }
    }
  while (!done && g_get_monotonic_time () < deadline);

  if (!done)
    return G_SOURCE_CONTINUE;

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    if (self->probes[v] != NULL)
      n_steps = MAX (n_steps, gor_runner_get_trace (self->probes[v])->n_steps);
  gor_timeline_set_expected_steps (self->timeline, n_steps);
  self->expected_steps = n_steps;
  self->probe_source = 0;
  update_subtitle (self);
  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    g_clear_object (&self->probes[v]);
  return G_SOURCE_REMOVE;
}

static void
start_probe (GorWindow *self, guint64 seed)
{
  stop_probe (self);
  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      if (self->sources[v] == NULL)
        continue;
      self->probes[v] = gor_runner_new (self->names[v], self->sources[v], -1, seed, NULL);
      if (self->probes[v] == NULL)
        {
          stop_probe (self);
          return;
        }
      gor_runner_set_max_steps (self->probes[v], self->max_steps);
    }
  self->probe_source = g_idle_add_full (G_PRIORITY_LOW, probe_cb, self, NULL);
}

/* (Re)creates the runners of the current entry from its files at the
 * seed in the spin button, and shows step 0. */
static void
start_runs (GorWindow *self)
{
  Entry *entry = self->current;
  GorRunner *runners[GOR_N_VARIANTS] = { NULL, NULL };
  g_autoptr (GString) errors = g_string_new (NULL);
  guint64 seed = (guint64) gtk_spin_button_get_value_as_int (self->seed_spin);
  gboolean pair = entry->paths[GOR_VARIANT_FIXED] != NULL;
  const char *kinds[GOR_N_VARIANTS] = { pair ? _("Leak") : NULL, _("Fixed") };
  const char *title;

  self->has_compile_error = FALSE;
  self->leak_shown = FALSE;
  self->expected_steps = 0;
  g_clear_pointer (&self->compile_error, g_free);
  stop_probe (self);

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      g_autoptr (GError) error = NULL;
      gsize length = 0;

      g_clear_pointer (&self->sources[v], g_free);
      g_clear_pointer (&self->names[v], g_free);
      if (entry->paths[v] == NULL)
        {
          gor_source_pane_set_program (source_pane (self, v), NULL, NULL, "");
          continue;
        }

      self->names[v] = gor_format_basename (entry->paths[v]);
      if (!g_file_get_contents (entry->paths[v], &self->sources[v], &length, &error))
        {
          gor_source_pane_set_program (source_pane (self, v), kinds[v], self->names[v], "");
          if (errors->len > 0)
            g_string_append_c (errors, '\n');
          g_string_append (errors, error->message);
          continue;
        }

      gor_source_pane_set_program (source_pane (self, v), kinds[v], self->names[v], self->sources[v]);
      runners[v] = gor_runner_new (self->names[v], self->sources[v], (gssize) length, seed, &error);
      if (runners[v] == NULL)
        {
          const GorDiagnostic *d = gor_diagnostic_from_error (error);

          if (d != NULL && d->line > 0)
            gor_source_pane_set_error (source_pane (self, v), d->line, d->column, error->message);
          if (errors->len > 0)
            g_string_append_c (errors, '\n');
          g_string_append (errors, error->message);
          continue;
        }
      gor_runner_set_max_steps (runners[v], self->max_steps);
    }

  gtk_widget_set_visible (GTK_WIDGET (self->fixed_source), pair);

  if (errors->len > 0)
    {
      /* A pair is shown only whole: the lesson is the comparison. */
      self->has_compile_error = TRUE;
      self->compile_error = g_strdup (errors->str);
      gor_playback_set_runners (self->playback, NULL, NULL);
      gor_timeline_set_traces (self->timeline, NULL, NULL, NULL);
      gtk_label_set_text (self->placeholder_label,
                          _("This program cannot run until its errors are fixed.\n"
                            "The error is marked in the source below."));
      gtk_stack_set_visible_child_name (self->timeline_stack, "placeholder");
    }
  else
    {
      gor_playback_set_runners (self->playback, runners[GOR_VARIANT_LEAK], runners[GOR_VARIANT_FIXED]);
      title = entry->scenario ? entry->title : NULL;
      gor_timeline_set_traces (self->timeline,
                               gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK),
                               gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED),
                               title);
      gtk_stack_set_visible_child_name (self->timeline_stack, "timeline");
      start_probe (self, seed);
    }

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    g_clear_object (&runners[v]);

  update_titles (self);
  update_all (self);
}

static void
show_entry (GorWindow *self, Entry *entry)
{
  self->current = entry;
  g_signal_handlers_block_matched (self->seed_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  gtk_spin_button_set_value (self->seed_spin, (double) entry->seed);
  g_signal_handlers_unblock_matched (self->seed_spin, G_SIGNAL_MATCH_DATA, 0, 0, NULL, NULL, self);
  start_runs (self);
}

static GtkWidget *
new_sidebar_row (Entry *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (entry->title);
  GtkWidget *summary = gtk_label_new (entry->summary);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (summary), 0.0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_lines (GTK_LABEL (summary), 3);
  gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_add_css_class (summary, "caption");
  gtk_widget_set_visible (summary, entry->summary != NULL && *entry->summary != '\0');

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_widget_set_tooltip_text (row, entry->scenario ? entry->scenario->lesson : entry->paths[0]);
  g_object_set_data (G_OBJECT (row), "gor-entry", entry);
  return row;
}

static void
header_func (GtkListBoxRow *row,
             GtkListBoxRow *before,
             gpointer       user_data)
{
  Entry *entry = g_object_get_data (G_OBJECT (row), "gor-entry");
  Entry *prev = before ? g_object_get_data (G_OBJECT (before), "gor-entry") : NULL;
  gboolean is_scenario = entry->scenario != NULL;
  GtkWidget *header;

  if (prev != NULL && (prev->scenario != NULL) == is_scenario)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (is_scenario ? _("Scenarios") : _("Your Programs"));
  gtk_label_set_xalign (GTK_LABEL (header), 0.0);
  gtk_widget_add_css_class (header, "sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

static GtkListBoxRow *
row_for_entry (GorWindow *self, Entry *entry)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && g_object_get_data (G_OBJECT (child), "gor-entry") == entry)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

static void
select_entry (GorWindow *self, Entry *entry)
{
  GtkListBoxRow *row = row_for_entry (self, entry);

  /* Selecting the row shows the entry (row-selected). */
  if (row != NULL && gtk_list_box_get_selected_row (self->sidebar_list) != row)
    gtk_list_box_select_row (self->sidebar_list, row);
  else
    show_entry (self, entry);
}

static void
load_scenarios (GorWindow *self)
{
  g_autoptr (GError) error = NULL;
  const char *dir = gor_scenario_get_default_dir ();

  self->scenarios = gor_scenario_load_all (dir, &error);
  if (self->scenarios == NULL)
    {
      g_autofree char *message = g_strdup_printf (_("The bundled scenarios could not be loaded: %s"),
                                                  error->message);
      self->scenarios = g_ptr_array_new_with_free_func ((GDestroyNotify) gor_scenario_free);
      show_banner (self, GTK_MESSAGE_ERROR, message);
      return;
    }

  for (guint i = 0; i < self->scenarios->len; i++)
    {
      GorScenario *scenario = g_ptr_array_index (self->scenarios, i);
      Entry *entry = g_new0 (Entry, 1);

      entry->scenario = scenario;
      entry->paths[GOR_VARIANT_LEAK] = g_strdup (scenario->leak_path);
      entry->paths[GOR_VARIANT_FIXED] = g_strdup (scenario->fixed_path);
      entry->title = g_strdup (scenario->title);
      entry->summary = g_strdup (scenario->summary);
      entry->seed = scenario->seed;
      g_ptr_array_add (self->entries, entry);
      gtk_list_box_append (self->sidebar_list, new_sidebar_row (entry));
    }
}

static void
sidebar_row_selected_cb (GtkListBox    *list,
                         GtkListBoxRow *row,
                         GorWindow     *self)
{
  Entry *entry;

  if (row == NULL)
    return;
  entry = g_object_get_data (G_OBJECT (row), "gor-entry");
  if (entry != NULL)
    show_entry (self, entry);
}

static void
refresh (GorWindow *self)
{
  if (self->traces_grew)
    {
      self->traces_grew = FALSE;
      gor_timeline_invalidate (self->timeline);
    }
  update_all (self);
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
  if (!gor_playback_get_running_to_end (self->playback))
    {
      g_clear_handle_id (&self->refresh_source, g_source_remove);
      refresh (self);
      return;
    }
  if (self->refresh_source == 0)
    self->refresh_source = g_timeout_add (REFRESH_INTERVAL_MS, refresh_cb, self);
}

static void
playhead_changed_cb (GorPlayback *playback,
                     GParamSpec  *pspec,
                     GorWindow   *self)
{
  queue_refresh (self);
}

static void
playing_changed_cb (GorPlayback *playback,
                    GParamSpec  *pspec,
                    GorWindow   *self)
{
  gboolean playing = gor_playback_get_playing (playback);

  gtk_button_set_icon_name (self->play_button,
                            playing ? "media-playback-pause-symbolic" : "media-playback-start-symbolic");
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->play_button),
                               playing ? _("Pause (Space)") : _("Play (Space)"));
}

static void
advanced_cb (GorPlayback *playback,
             GorWindow   *self)
{
  self->traces_grew = TRUE;
  queue_refresh (self);
}

static void
selection_changed_cb (GorTimeline *timeline,
                      GParamSpec  *pspec,
                      GorWindow   *self)
{
  update_sources (self);
  update_inspector (self);
}

static void
seed_changed_cb (GtkSpinButton *spin,
                 GorWindow     *self)
{
  if (self->current == NULL)
    return;
  self->current->seed = (guint64) gtk_spin_button_get_value_as_int (spin);
  start_runs (self);
}

static void
speed_changed_cb (GtkDropDown *dropdown,
                  GParamSpec  *pspec,
                  GorWindow   *self)
{
  guint i = gtk_drop_down_get_selected (dropdown);

  if (i < G_N_ELEMENTS (speeds))
    gor_playback_set_speed (self->playback, speeds[i]);
}

static void
banner_response_cb (GtkInfoBar *banner,
                    int         response,
                    GorWindow  *self)
{
  if (response == GTK_RESPONSE_CLOSE)
    {
      g_free (self->dismissed);
      self->dismissed = g_strdup (gtk_label_get_text (self->banner_label));
      show_banner (self, GTK_MESSAGE_INFO, NULL);
    }
}

static gboolean
is_go_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, ".go");
}

static gboolean
drop_cb (GtkDropTarget *target,
         const GValue  *value,
         double         x,
         double         y,
         GorWindow     *self)
{
  g_autoptr (GSList) list = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL && files->len < 2; l = l->next)
    if (is_go_file (l->data))
      g_ptr_array_add (files, l->data);

  if (files->len == 0)
    {
      show_banner (self, GTK_MESSAGE_ERROR, _("Only Go programs (.go files) can be opened."));
      return FALSE;
    }
  gor_window_open_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

static gboolean
key_pressed_cb (GtkEventControllerKey *controller,
                guint                  keyval,
                guint                  keycode,
                GdkModifierType        state,
                GorWindow             *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));
  const char *action = NULL;

  if (state & (GDK_CONTROL_MASK | GDK_ALT_MASK | GDK_SUPER_MASK))
    return FALSE;
  /* Typing a seed, or moving in a menu, keeps its keys. */
  if (focus != NULL &&
      (GTK_IS_EDITABLE (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL ||
       gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) != NULL))
    return FALSE;

  switch (keyval)
    {
    case GDK_KEY_space:
    case GDK_KEY_KP_Space:
      action = "play";
      break;
    case GDK_KEY_Right:
    case GDK_KEY_KP_Right:
      action = "step-forward";
      break;
    case GDK_KEY_Left:
    case GDK_KEY_KP_Left:
      action = "step-back";
      break;
    case GDK_KEY_Home:
    case GDK_KEY_KP_Home:
      action = "start";
      break;
    case GDK_KEY_End:
    case GDK_KEY_KP_End:
      action = "end";
      break;
    case GDK_KEY_plus:
    case GDK_KEY_equal:
    case GDK_KEY_KP_Add:
      action = "zoom-in";
      break;
    case GDK_KEY_minus:
    case GDK_KEY_KP_Subtract:
      action = "zoom-out";
      break;
    case GDK_KEY_0:
    case GDK_KEY_KP_0:
      action = "zoom-fit";
      break;
    default:
      return FALSE;
    }

  g_action_group_activate_action (G_ACTION_GROUP (self), action, NULL);
  return TRUE;
}

static void
play_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;

  gor_playback_set_playing (self->playback, !gor_playback_get_playing (self->playback));
}

static void
step_forward_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;

  gor_playback_set_playing (self->playback, FALSE);
  gor_playback_step_forward (self->playback);
}

static void
step_back_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gor_playback_step_back (GOR_WINDOW (user_data)->playback);
}

static void
start_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gor_playback_go_start (GOR_WINDOW (user_data)->playback);
}

static void
end_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gor_playback_run_to_end (GOR_WINDOW (user_data)->playback);
}

static void
restart_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;

  if (self->current != NULL)
    start_runs (self);
}

static void
fullscreen_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GtkWindow *window = GTK_WINDOW (user_data);

  if (gtk_window_is_fullscreen (window))
    gtk_window_unfullscreen (window);
  else
    gtk_window_fullscreen (window);
}

static void
zoom_in_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gor_timeline_zoom_in (GOR_WINDOW (user_data)->timeline);
}

static void
zoom_out_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gor_timeline_zoom_out (GOR_WINDOW (user_data)->timeline);
}

static void
zoom_fit_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  gor_timeline_zoom_fit (GOR_WINDOW (user_data)->timeline);
}

/* The one error dialog (GTK 4.8 has no GtkAlertDialog). */
static void
show_error_dialog (GorWindow *self, const char *primary, const char *secondary)
{
  GtkWidget *dialog;

G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (self),
                                   GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT,
                                   GTK_MESSAGE_ERROR, GTK_BUTTONS_CLOSE, "%s", primary);
  gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static void
open_response_cb (GtkNativeDialog *dialog,
                  int              response,
                  GorWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (files);

      for (guint i = 0; i < n && array->len < 2; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        gor_window_open_files (self, (GFile **) array->pdata, array->len);
    }
  g_clear_object (&self->chooser);
}

static GtkFileFilter *
new_filter (const char *name, const char *pattern, const char *mime)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime != NULL)
    gtk_file_filter_add_mime_type (filter, mime);
  return filter;
}

static void
open_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;
  g_autoptr (GtkFileFilter) go = new_filter (_("Go programs"), "*.go", "text/x-go");

  if (self->chooser != NULL)
    return;
  self->chooser = gtk_file_chooser_native_new (_("Open a Go Program (and Its Fix)"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_OPEN, _("_Open"), _("_Cancel"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), go);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
export_response_cb (GtkNativeDialog *dialog,
                    int              response,
                    GorWindow       *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GFile) file = gtk_file_chooser_get_file (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GError) error = NULL;
      GorExportFormat format;

      /* A name typed without .svg/.png takes the chosen filter's. */
      if (file != NULL && g_file_peek_path (file) != NULL &&
          !gor_export_format_from_path (g_file_peek_path (file), &format))
        {
          GtkFileFilter *filter = gtk_file_chooser_get_filter (GTK_FILE_CHOOSER (dialog));
          gboolean png = filter != NULL && g_strcmp0 (gtk_file_filter_get_name (filter), _("PNG picture")) == 0;
          g_autofree char *named = g_strconcat (g_file_peek_path (file), png ? ".png" : ".svg", NULL);

          g_object_unref (file);
          file = g_file_new_for_path (named);
        }

      if (file != NULL && !gor_window_export_to_file (self, file, &error))
        show_error_dialog (self, _("The timeline could not be exported"), error->message);
    }
  g_clear_object (&self->chooser);
}

static void
export_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;
  g_autoptr (GtkFileFilter) svg = new_filter (_("SVG picture"), "*.svg", NULL);
  g_autoptr (GtkFileFilter) png = new_filter (_("PNG picture"), "*.png", NULL);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL || gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK) == NULL)
    return;
  if (self->current != NULL && self->current->scenario != NULL)
    stem = g_strdup (self->current->scenario->id);
  else if (self->names[GOR_VARIANT_LEAK] != NULL)
    {
      stem = g_strdup (self->names[GOR_VARIANT_LEAK]);
      if (g_str_has_suffix (stem, ".go"))
        stem[strlen (stem) - 3] = '\0';
    }
  name = g_strdup_printf ("%s.svg", stem ? stem : "timeline");

  self->chooser = gtk_file_chooser_native_new (_("Export the Timeline"), GTK_WINDOW (self),
                                               GTK_FILE_CHOOSER_ACTION_SAVE, _("_Export"), _("_Cancel"));
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), svg);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), png);
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (self->chooser), TRUE);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

static void
after_paint_cb (GdkFrameClock *clock,
                GorWindow     *self)
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

  /* Destroyed meanwhile: its children are gone. */
  if (self->playback == NULL)
    return G_SOURCE_REMOVE;
  gtk_toggle_button_set_active (self->sidebar_button, self->was_wide);
  return G_SOURCE_REMOVE;
}

/* Below 1000 px the sidebar gives its room to the timeline (the toggle
 * brings it back); it returns when the window grows again. */
static void
gor_window_size_allocate (GtkWidget *widget,
                          int        width,
                          int        height,
                          int        baseline)
{
  GorWindow *self = GOR_WINDOW (widget);
  gboolean wide = width >= 1000;

  GTK_WIDGET_CLASS (gor_window_parent_class)->size_allocate (widget, width, height, baseline);

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

  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
  stop_probe (self);
  g_clear_handle_id (&self->refresh_source, g_source_remove);
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
  GObjectClass *object_class = G_OBJECT_CLASS (klass);
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
  gtk_widget_class_bind_template_child (widget_class, GorWindow, banner);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, banner_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, outer_paned);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, sidebar);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, sidebar_list);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, timeline_stack);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, placeholder_label);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, timeline);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, leak_source);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, fixed_source);
  gtk_widget_class_bind_template_child (widget_class, GorWindow, inspector);
}

static void
gor_window_init (GorWindow *self)
{
  static const GActionEntry entries[] = {
    { "play", play_activated, NULL, NULL, NULL },
    { "step-forward", step_forward_activated, NULL, NULL, NULL },
    { "step-back", step_back_activated, NULL, NULL, NULL },
    { "start", start_activated, NULL, NULL, NULL },
    { "end", end_activated, NULL, NULL, NULL },
    { "restart", restart_activated, NULL, NULL, NULL },
    { "open", open_activated, NULL, NULL, NULL },
    { "export", export_activated, NULL, NULL, NULL },
    { "zoom-in", zoom_in_activated, NULL, NULL, NULL },
    { "zoom-out", zoom_out_activated, NULL, NULL, NULL },
    { "zoom-fit", zoom_fit_activated, NULL, NULL, NULL },
    { "fullscreen", fullscreen_activated, NULL, NULL, NULL },
  };
  GtkEventController *keys;
  GtkDropTarget *drop;

  gtk_widget_init_template (GTK_WIDGET (self));

  self->max_steps = WINDOW_MAX_STEPS;
  self->entries = g_ptr_array_new_with_free_func (entry_free);
  self->playback = gor_playback_new ();
  speed_changed_cb (self->speed_dropdown, NULL, self);

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  /* The inspector shows each variant's output; the timeline keeps the room. */
  gor_timeline_set_show_output (self->timeline, FALSE);
  /* Read from the back of a classroom too. */
  gor_timeline_set_text_scale (self->timeline, 1.15);
  self->was_wide = TRUE;

  g_object_bind_property (self->playback, "playhead", self->timeline, "playhead",
                          G_BINDING_BIDIRECTIONAL | G_BINDING_SYNC_CREATE);
  g_object_bind_property (self->sidebar_button, "active", self->sidebar, "visible",
                          G_BINDING_SYNC_CREATE);
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

  keys = gtk_event_controller_key_new ();
  gtk_event_controller_set_propagation_phase (keys, GTK_PHASE_CAPTURE);
  g_signal_connect (keys, "key-pressed", G_CALLBACK (key_pressed_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), keys);

  drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);
  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));

  gtk_list_box_set_header_func (self->sidebar_list, header_func, NULL, NULL);
  g_signal_connect (self->sidebar_list, "row-selected", G_CALLBACK (sidebar_row_selected_cb), self);

  show_banner (self, GTK_MESSAGE_INFO, NULL);
  load_scenarios (self);
  if (self->entries->len > 0)
    select_entry (self, g_ptr_array_index (self->entries, 0));
  else
    {
      gtk_label_set_text (self->placeholder_label, _("Open a Go program to watch its goroutines."));
      gtk_stack_set_visible_child_name (self->timeline_stack, "placeholder");
      update_all (self);
    }
}

GorWindow *
gor_window_new (GtkApplication *application)
{
  return g_object_new (GOR_TYPE_WINDOW, "application", application, NULL);
}

void
gor_window_open_files (GorWindow  *self,
                       GFile     **files,
                       guint       n_files)
{
  Entry *entry = NULL;
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
      Entry *e = g_ptr_array_index (self->entries, i);

      if (e->scenario == NULL && g_strcmp0 (e->paths[0], leak) == 0 &&
          g_strcmp0 (e->paths[1], fixed) == 0)
        entry = e;
    }

  if (entry == NULL)
    {
      g_autofree char *base = gor_format_basename (leak);
      g_autofree char *dir = g_path_get_dirname (leak);

      entry = g_new0 (Entry, 1);
      entry->paths[GOR_VARIANT_LEAK] = g_steal_pointer (&leak);
      entry->paths[GOR_VARIANT_FIXED] = g_steal_pointer (&fixed);
      entry->seed = 1;
      if (entry->paths[GOR_VARIANT_FIXED] != NULL)
        {
          g_autofree char *fixed_base = gor_format_basename (entry->paths[GOR_VARIANT_FIXED]);
          entry->title = g_strdup_printf ("%s · %s", base, fixed_base);
        }
      else
        entry->title = g_strdup (base);
      entry->summary = g_strdup (dir);
      g_ptr_array_add (self->entries, entry);
      gtk_list_box_append (self->sidebar_list, new_sidebar_row (entry));
    }

  select_entry (self, entry);
}

gboolean
gor_window_show_scenario (GorWindow  *self,
                          const char *id)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), FALSE);

  for (guint i = 0; i < self->entries->len; i++)
    {
      Entry *e = g_ptr_array_index (self->entries, i);

      if (e->scenario != NULL && g_strcmp0 (e->scenario->id, id) == 0)
        {
          select_entry (self, e);
          return TRUE;
        }
    }
  return FALSE;
}

gboolean
gor_window_export_to_file (GorWindow  *self,
                           GFile      *file,
                           GError    **error)
{
  g_autofree char *path = NULL;
  GorExportFormat format;
  GorRenderOptions options;
  const char *title;

  g_return_val_if_fail (GOR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                   _("%s: only local files can be written"), g_file_peek_path (file));
      return FALSE;
    }
  if (!gor_export_format_from_path (path, &format))
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_FORMAT,
                   _("%s: the name must end in .svg or .png"), path);
      return FALSE;
    }
  if (gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK) == NULL)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                   _("There is no timeline to export: the program has not run."));
      return FALSE;
    }

  gor_render_options_init (&options);
  title = self->current && self->current->scenario ? self->current->title : NULL;

  if (!gor_playback_get_finished (self->playback))
    {
      /* A picture shows the whole run, as `gorolanes export` does: run a
       * copy of the programs to their end; playback stays where it is. */
      GorTrace *traces[GOR_N_VARIANTS] = { NULL, NULL };
      guint64 seed = (guint64) gtk_spin_button_get_value_as_int (self->seed_spin);
      gboolean ok;

      for (guint v = 0; v < GOR_N_VARIANTS; v++)
        {
          g_autoptr (GorRunner) runner = NULL;

          if (self->sources[v] == NULL)
            continue;
          runner = gor_runner_new (self->names[v], self->sources[v], -1, seed, error);
          if (runner == NULL)
            {
              g_clear_pointer (&traces[GOR_VARIANT_LEAK], gor_trace_unref);
              return FALSE;
            }
          gor_runner_set_max_steps (runner, self->max_steps);
          gor_runner_run_sync (runner, NULL);
          traces[v] = gor_trace_ref (gor_runner_get_trace (runner));
        }
      ok = gor_export_traces (traces[GOR_VARIANT_LEAK], traces[GOR_VARIANT_FIXED],
                              title, &options, 1600, 0, path, format, error);
      for (guint v = 0; v < GOR_N_VARIANTS; v++)
        g_clear_pointer (&traces[v], gor_trace_unref);
      return ok;
    }

  return gor_export_traces (gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK),
                            gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED),
                            title, &options, 1600, 0, path, format, error);
}

void
gor_window_set_max_steps (GorWindow *self,
                          guint32    max_steps)
{
  g_return_if_fail (GOR_IS_WINDOW (self));
  self->max_steps = max_steps > 0 ? max_steps : WINDOW_MAX_STEPS;
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
gor_window_get_source_pane (GorWindow *self,
                            int        variant)
{
  g_return_val_if_fail (GOR_IS_WINDOW (self), NULL);
  return source_pane (self, variant == GOR_VARIANT_FIXED ? GOR_VARIANT_FIXED : GOR_VARIANT_LEAK);
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
  guint n = 0;

  g_return_val_if_fail (GOR_IS_WINDOW (self), 0);
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (self->sidebar_list));
       child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}
