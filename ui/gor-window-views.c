/* gor-window-views.c — what the window shows at the playhead
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The subtitle, the banner, the source panes' marks and the inspector all
 * read the recorded traces at the playhead: what is recorded ahead of it
 * stays out of sight.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gor-caption.h"
#include "gor-format.h"
#include "gor-line-diff.h"
#include "gor-window-private.h"

GorSourcePane *
_gor_window_get_pane (GorWindow *self, guint variant)
{
  return variant == GOR_VARIANT_LEAK ? self->leak_source : self->fixed_source;
}

/* The banner: compile errors stay; end-of-run messages follow the
 * playhead. */
void
_gor_window_show_banner (GorWindow *self, GtkMessageType type, const char *text)
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
  _gor_window_present_banner (self);
  gtk_widget_set_visible (GTK_WIDGET (self->banner), TRUE);
  gtk_info_bar_set_revealed (self->banner, TRUE);
}

static char *
describe_end (GorTrace *trace, const char *name)
{
  switch (trace->end_kind)
    {
    case GOR_END_STEP_LIMIT:
      return g_strdup_printf (_ ("%s did not end within %u steps: it was stopped at the step limit "
                                 "(a loop that never ends?)"),
                              name, trace->n_steps);
    case GOR_END_PANIC:
    case GOR_END_FATAL:
    case GOR_END_DEADLOCK:
      return g_strdup_printf (_ ("%s: %s (exit status %d)"), name,
                              trace->end_message ? trace->end_message : _ ("the program failed"),
                              trace->exit_status);
    case GOR_END_EXIT:
      if (trace->exit_status != 0)
        return g_strdup_printf (_ ("%s exited with status %d"), name, trace->exit_status);
      return NULL;
    case GOR_END_NONE:
    case GOR_END_MAIN_RETURNED:
    default: return NULL;
    }
}

static void
update_banner (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);
  g_autoptr (GString) text = g_string_new (NULL);
  GtkMessageType type = GTK_MESSAGE_INFO;
  gboolean       at_limit = FALSE;

  gtk_widget_set_visible (self->run_longer_button, FALSE);

  if (self->compile_error != NULL)
    {
      _gor_window_show_banner (self, GTK_MESSAGE_ERROR, self->compile_error);
      return;
    }

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      GorTrace        *trace = gor_playback_get_trace (self->playback, v);
      g_autofree char *line = NULL;

      if (trace == NULL || trace->end_kind == GOR_END_NONE || playhead < trace->n_steps)
        continue;
      line = describe_end (trace, self->names[v]);
      if (line == NULL)
        continue;
      if (trace->end_kind == GOR_END_STEP_LIMIT)
        {
          type = GTK_MESSAGE_WARNING;
          at_limit = TRUE;
        }
      if (text->len > 0)
        g_string_append_c (text, '\n');
      g_string_append (text, line);
    }

  /* At the end of a bundled scenario, its lesson. */
  if (self->current != NULL && self->current->scenario != NULL && self->current->scenario->lesson != NULL
      && *self->current->scenario->lesson != '\0' && gor_playback_get_finished (self->playback)
      && playhead >= gor_playback_get_n_steps (self->playback))
    {
      if (text->len > 0)
        g_string_append (text, "\n");
      g_string_append_printf (text, _ ("Lesson: %s"), self->current->scenario->lesson);
    }

  _gor_window_show_banner (self, type, text->len > 0 ? text->str : NULL);
  /* The limit is the window's, not the program's: it can be raised here. */
  if (at_limit && self->max_steps < GOR_WINDOW_MAX_STEPS_CAP)
    {
      g_autofree char *tip
          = g_strdup_printf (_ ("Run the programs again with a limit of %u steps"),
                             MIN (self->max_steps * GOR_WINDOW_MAX_STEPS_LONGER, GOR_WINDOW_MAX_STEPS_CAP));

      gtk_widget_set_tooltip_text (self->run_longer_button, tip);
      gtk_widget_set_visible (self->run_longer_button, gor_window_get_banner_text (self) != NULL);
    }
}

/* A long recording (a loop that may never end) shows how far it got
 * toward the step limit; the window stays usable meanwhile. */
static void
update_progress (GorWindow *self)
{
  guint    n = 0;
  gboolean recording = !gor_playback_get_finished (self->playback);

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      GorTrace *trace = gor_playback_get_trace (self->playback, v);

      if (trace != NULL)
        n = MAX (n, trace->n_steps);
    }
  recording = recording && n >= GOR_WINDOW_PROGRESS_MIN_STEPS && self->compile_error == NULL;
  gtk_widget_set_visible (GTK_WIDGET (self->progress_bar), recording);
  if (recording)
    {
      g_autofree char *text
          = g_strdup_printf (_ ("Still running: step %u of at most %u (the step limit)"), n, self->max_steps);

      gtk_progress_bar_set_fraction (self->progress_bar, MIN (1.0, (double) n / MAX (self->max_steps, 1)));
      gtk_progress_bar_set_text (self->progress_bar, text);
    }
}

void
_gor_window_update_subtitle (GorWindow *self)
{
  guint     playhead = gor_playback_get_playhead (self->playback);
  guint     n_steps = gor_playback_get_n_steps (self->playback);
  gboolean  finished = gor_playback_get_finished (self->playback);
  GorTrace *leak = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK);
  GorTrace *fixed = gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED);
  g_autoptr (GString) s = g_string_new (NULL);

  if (leak == NULL)
    {
      gtk_label_set_text (self->subtitle_label, self->has_compile_error ? _ ("The program has errors") : "");
      return;
    }

  {
    g_autofree char *t = gor_format_duration (gor_trace_vtime_at (leak, playhead));
    /* The recording reaches the end soon after loading: then the whole
     * run's length is known. */
    if (finished)
      g_string_append_printf (s, _ ("Step %u of %u · time %s"), playhead, n_steps, t);
    else
      g_string_append_printf (s, _ ("Step %u · time %s"), playhead, t);
  }

  if (finished && playhead >= n_steps)
    {
      guint n_leak = gor_trace_count_blocked_forever (leak);

      if (fixed != NULL)
        g_string_append_printf (s, _ (" · blocked forever: %u in leak, %u in fixed"), n_leak,
                                gor_trace_count_blocked_forever (fixed));
      else
        g_string_append_printf (
            s, ngettext (" · %u goroutine blocked forever", " · %u goroutines blocked forever", n_leak),
            n_leak);
    }
  gtk_label_set_text (self->subtitle_label, s->str);
}

/* The goroutine whose line a variant's pane shows: the selected one (by
 * id, in both variants), else the one that ran in the last step shown. */
static const GorTraceGoroutine *
goroutine_to_show (GorWindow *self, GorTrace *trace, guint playhead, const GorSpan **span_out)
{
  int     sel_variant = gor_timeline_get_selected_variant (self->timeline);
  int     sel_index = gor_timeline_get_selected_goroutine (self->timeline);
  guint32 step;

  *span_out = NULL;
  if (trace == NULL || playhead == 0 || trace->n_steps == 0)
    return NULL;
  step = MIN (playhead, trace->n_steps) - 1;

  if (sel_index >= 0)
    {
      GorTrace                *sel_trace = gor_playback_get_trace (self->playback, sel_variant);
      const GorTraceGoroutine *sel;
      GorTraceGoroutine       *g;

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
      const GorSpan           *span = gor_trace_goroutine_span_at (g, step);

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
      GorTrace      *trace = gor_playback_get_trace (self->playback, v);
      GorSourcePane *pane = _gor_window_get_pane (self, v);
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

          if (g->blocked_forever_since >= 0 && g->blocked_forever_since < (gint64) playhead
              && g->blocked_line > 0)
            g_array_append_val (lines, g->blocked_line);
        }
      gor_source_pane_set_forever_lines (pane, (const guint *) (gpointer) lines->data, lines->len);
    }
}

static void
update_inspector (GorWindow *self)
{
  guint playhead = gor_playback_get_playhead (self->playback);
  int   variant = gor_timeline_get_selected_variant (self->timeline);
  int   index = gor_timeline_get_selected_goroutine (self->timeline);

  gor_inspector_show (self->inspector, variant >= 0 ? gor_playback_get_trace (self->playback, variant) : NULL,
                      index, playhead);
  gor_inspector_set_output (self->inspector, gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK),
                            gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED), playhead);
}

/* The first time a run is seen to its end with nothing selected, the
 * inspector shows the first goroutine the leak variant left blocked
 * forever: the answer to "what leaked?" without a click. */
static void
select_leak_at_end (GorWindow *self)
{
  GorTrace *leak = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK);

  if (self->leak_shown || leak == NULL || !gor_playback_get_finished (self->playback)
      || gor_playback_get_playhead (self->playback) < gor_playback_get_n_steps (self->playback))
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

/* The caption above the timeline: what the last step drawn did, in each
 * variant.  Every variant has its line from the start (a hint, or a dash
 * when its step says nothing), so the timeline does not move down when the
 * first step is told. */
static void
update_caption (GorWindow *self)
{
  guint    playhead = gor_playback_get_playhead (self->playback);
  gboolean pair = gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED) != NULL;
  GString *s = g_string_new (NULL);

  for (guint v = 0; v < GOR_N_VARIANTS; v++)
    {
      GorTrace        *trace = gor_playback_get_trace (self->playback, v);
      g_autofree char *caption = NULL;
      g_autofree char *text = NULL;

      if (trace == NULL)
        continue;
      if (playhead > 0 && trace->n_steps > 0)
        caption = gor_caption_for_step (trace, MIN (playhead, trace->n_steps) - 1);
      if (caption != NULL && caption[0] != '\0')
        text = g_markup_escape_text (caption, -1);
      else if (playhead == 0 && v == GOR_VARIANT_LEAK)
        text = g_markup_escape_text (_ ("Press play or step forward: each step is told here in words."), -1);
      else
        text = g_strdup ("—");
      if (s->len > 0)
        g_string_append_c (s, '\n');
      if (pair)
        g_string_append_printf (s, "<b>%s</b> %s", v == GOR_VARIANT_LEAK ? _ ("Leak:") : _ ("Fixed:"), text);
      else
        g_string_append (s, text);
    }
  if (s->len == 0)
    g_string_append (s, _ ("Press play or step forward: each step is told here in words."));
  gtk_label_set_markup (self->caption_label, s->str);
  gor_label_keep_locations_whole (self->caption_label);
  g_string_free (s, TRUE);
}

void
_gor_window_show_source_diff (GorWindow *self)
{
  g_autoptr (GArray) removed = g_array_new (FALSE, FALSE, sizeof (guint));
  g_autoptr (GArray) added = g_array_new (FALSE, FALSE, sizeof (guint));

  if (self->sources[GOR_VARIANT_LEAK] && self->sources[GOR_VARIANT_FIXED])
    gor_line_diff (self->sources[GOR_VARIANT_LEAK], self->sources[GOR_VARIANT_FIXED], removed, added);
  gor_source_pane_set_changed_lines (_gor_window_get_pane (self, GOR_VARIANT_LEAK),
                                     (const guint *) (gpointer) removed->data, removed->len, FALSE);
  gor_source_pane_set_changed_lines (_gor_window_get_pane (self, GOR_VARIANT_FIXED),
                                     (const guint *) (gpointer) added->data, added->len, TRUE);
}

void
_gor_window_update_selection (GorWindow *self)
{
  update_sources (self);
  update_inspector (self);
}

void
_gor_window_update_all (GorWindow *self)
{
  select_leak_at_end (self);
  _gor_window_update_subtitle (self);
  update_caption (self);
  update_sources (self);
  update_inspector (self);
  update_banner (self);
  update_progress (self);
  _gor_window_update_actions (self);
}
