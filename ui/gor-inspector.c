/* gor-inspector.c — the selected goroutine at the playhead, and the output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * "Now" is the last step drawn: at playhead p, step p - 1.  Nothing after
 * the playhead is told here, as nothing after it is drawn.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gor-caption.h"
#include "gor-format.h"
#include "gor-inspector.h"

/* A runaway program may print without end: show its tail only, built
 * without copying what comes before. */
#define MAX_OUTPUT_BYTES 16384
/* The history shows the goroutine's last steps, looked for this far back. */
#define HISTORY_LINES 8
#define HISTORY_LOOKBACK 200000

struct _GorInspector
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkLabel  *heading;
  GtkLabel  *values[GOR_INSPECTOR_N_FIELDS];
  GtkLabel  *history_title;
  GtkLabel  *history;
  GtkLabel  *output_titles[2];
  GtkLabel  *outputs[2];
  GtkWidget *output_frames[2];
};

G_DEFINE_FINAL_TYPE (GorInspector, gor_inspector, GTK_TYPE_WIDGET)

static const char *field_names[GOR_INSPECTOR_N_FIELDS] = {
  N_ ("Goroutine"),       N_ ("Parent"), N_ ("Created at"), N_ ("State now"),
  N_ ("Blocked forever"), N_ ("Reason"), N_ ("Waiting on"), N_ ("Holds"),
};

void
gor_label_keep_locations_whole (GtkLabel *label)
{
  static GRegex *location;
  const char    *text = gtk_label_get_text (label);
  PangoAttrList *attrs = pango_attr_list_new ();
  GMatchInfo    *match = NULL;

  /* "leak.go:13", "leak.go:13:5": a file name and its line numbers. */
  if (g_once_init_enter (&location))
    g_once_init_leave (&location, g_regex_new ("[\\w./-]+(:[0-9]+)+", G_REGEX_OPTIMIZE, 0, NULL));
  g_regex_match (location, text, 0, &match);
  while (g_match_info_matches (match))
    {
      int             start, end;
      PangoAttribute *attr = pango_attr_allow_breaks_new (FALSE);

      g_match_info_fetch_pos (match, 0, &start, &end);
      attr->start_index = (guint) start;
      attr->end_index = (guint) end;
      pango_attr_list_insert (attrs, attr);
      g_match_info_next (match, NULL);
    }
  g_match_info_free (match);
  gtk_label_set_attributes (label, attrs);
  pango_attr_list_unref (attrs);
}

static void
set_field (GorInspector *self, GorInspectorField field, const char *text)
{
  gtk_label_set_text (self->values[field], text ? text : "—");
  gor_label_keep_locations_whole (self->values[field]);
  if (gtk_label_get_ellipsize (self->values[field]) != PANGO_ELLIPSIZE_NONE)
    gtk_widget_set_tooltip_text (GTK_WIDGET (self->values[field]), text);
}

static void
set_forever_style (GorInspector *self, gboolean forever)
{
  if (forever)
    {
      gtk_widget_add_css_class (GTK_WIDGET (self->values[GOR_INSPECTOR_FOREVER]), "forever");
      gtk_widget_add_css_class (GTK_WIDGET (self->values[GOR_INSPECTOR_STATE]), "forever");
    }
  else
    {
      gtk_widget_remove_css_class (GTK_WIDGET (self->values[GOR_INSPECTOR_FOREVER]), "forever");
      gtk_widget_remove_css_class (GTK_WIDGET (self->values[GOR_INSPECTOR_STATE]), "forever");
    }
}

static char *
describe_end (GorTrace *trace)
{
  switch (trace->end_kind)
    {
    case GOR_END_NONE: return NULL;
    case GOR_END_MAIN_RETURNED: return g_strdup (_ ("main returned"));
    case GOR_END_STEP_LIMIT:
      return g_strdup_printf (_ ("stopped at the step limit (%u steps)"), trace->n_steps);
    case GOR_END_EXIT:
    case GOR_END_PANIC:
    case GOR_END_FATAL:
    case GOR_END_DEADLOCK:
    default: return g_strdup_printf ("exit status %d", trace->exit_status);
    }
}

static char *
ids_text (GArray *ids)
{
  GString *s = g_string_new (NULL);

  for (guint i = 0; i < ids->len; i++)
    g_string_append_printf (s, "%sg%u", i ? ", " : "", g_array_index (ids, guint32, i));
  return g_string_free (s, FALSE);
}

/* "held by g2 since step 14 (leak.go:22); waiting: g3, g4" */
static void
append_mutex_state (GString *s, GorTrace *trace, guint32 mutex_id, guint32 now, guint playhead,
                    const char *file)
{
  g_autoptr (GArray) holders = gor_caption_mutex_holders (trace, mutex_id, playhead);
  g_autoptr (GArray) waiters = gor_caption_waiters (trace, GOR_EVENT_LOCK, mutex_id, now);

  for (guint i = 0; i < holders->len; i++)
    {
      const GorHolder   *h = &g_array_index (holders, GorHolder, i);
      GorTraceGoroutine *hg = gor_trace_lookup (trace, h->goroutine_id);
      const GorSpan     *span = hg ? gor_trace_goroutine_span_at (hg, now) : NULL;

      if (i > 0)
        g_string_append (s, "; ");
      if (span && span->state == GOR_STATE_EXITED)
        g_string_append_printf (s, _ ("held by g%u (ended) since step %u (%s:%u)"), h->goroutine_id,
                                h->since_step, file, h->line);
      else
        g_string_append_printf (s, _ ("held by g%u since step %u (%s:%u)"), h->goroutine_id, h->since_step,
                                file, h->line);
    }
  if (holders->len == 0)
    g_string_append (s, _ ("not held"));
  if (waiters->len > 0)
    {
      g_autofree char *ids = ids_text (waiters);

      g_string_append_printf (s, _ ("; waiting: %s"), ids);
    }
}

static void
append_chan_state (GString *s, GorTrace *trace, guint32 chan_id, guint32 now, guint playhead)
{
  GorChanState st;

  if (!gor_caption_chan_state (trace, chan_id, playhead, &st))
    return;
  if (st.cap == 0)
    g_string_append (s, _ ("unbuffered"));
  else
    {
      g_string_append_printf (s, _ ("buffer %u/%u"), st.len, st.cap);
      for (guint i = 0; i < st.values->len && i < 8; i++)
        g_string_append_printf (s, "%s%s", i ? ", " : ": ", (char *) g_ptr_array_index (st.values, i));
      if (st.values->len > 8)
        g_string_append (s, ", …");
    }
  if (st.closed)
    g_string_append (s, _ (", closed"));
  gor_chan_state_clear (&st);
  /* the waiters as drawn now (the playhead's last step) */
  {
    g_autoptr (GArray) senders = gor_caption_waiters (trace, GOR_EVENT_SEND, chan_id, now);
    g_autoptr (GArray) receivers = gor_caption_waiters (trace, GOR_EVENT_RECV, chan_id, now);
    g_autofree char *snd = ids_text (senders);
    g_autofree char *rcv = ids_text (receivers);

    if (senders->len > 0)
      g_string_append_printf (s, _ ("; waiting to send: %s"), snd);
    if (receivers->len > 0)
      g_string_append_printf (s, _ ("; waiting to receive: %s"), rcv);
  }
}

/* What the goroutine waits for at step @now, and that primitive's state. */
static char *
describe_waiting_on (GorTrace *trace, const GorTraceGoroutine *g, guint32 now, guint playhead,
                     const char *file)
{
  guint32             at = 0;
  const GorStepEvent *ev = gor_caption_blocking_event (trace, g, now, &at);
  g_autofree char    *name = NULL;
  GString            *s;

  if (ev == NULL || ev->kind == GOR_EVENT_SLEEP || ev->kind == GOR_EVENT_NONE)
    return NULL;
  if (ev->kind == GOR_EVENT_SELECT)
    return g_strdup (ev->n == 0 ? _ ("select {}: nothing can wake it") : _ ("select: no case is ready"));
  if (ev->flags & GOR_EVENT_NIL)
    return g_strdup (_ ("a nil channel: nothing can wake it"));
  if (ev->kind == GOR_EVENT_COND_WAIT)
    return NULL;
  name = gor_caption_object_name (trace, at);
  s = g_string_new (name);
  g_string_append (s, " — ");
  if (ev->kind == GOR_EVENT_LOCK || ev->kind == GOR_EVENT_RLOCK)
    append_mutex_state (s, trace, ev->obj, now, playhead, file);
  else if (ev->kind == GOR_EVENT_SEND || ev->kind == GOR_EVENT_RECV)
    append_chan_state (s, trace, ev->obj, now, playhead);
  else if (ev->kind == GOR_EVENT_WG_WAIT)
    {
      g_autoptr (GArray) waiters = gor_caption_waiters (trace, GOR_EVENT_WG_WAIT, ev->obj, now);
      g_autofree char *ids = ids_text (waiters);

      g_string_append_printf (s, _ ("counter %lld; waiting: %s"),
                              (long long) gor_caption_wg_counter (trace, ev->obj, playhead), ids);
    }
  return g_string_free (s, FALSE);
}

/* The Mutexes @g holds after step @now, each with its waiters. */
static char *
describe_holds (GorTrace *trace, const GorTraceGoroutine *g, guint32 now, guint playhead, const char *file)
{
  g_autoptr (GArray) locked = g_array_new (FALSE, FALSE, sizeof (guint32));
  g_autoptr (GString) s = g_string_new (NULL);

  for (guint32 t = 0; t < MIN (playhead, trace->events->len); t++)
    {
      const GorStepEvent *ev = &g_array_index (trace->events, GorStepEvent, t);
      gboolean            seen = FALSE;

      if (ev->goroutine_id != g->id || (ev->kind != GOR_EVENT_LOCK && ev->kind != GOR_EVENT_RLOCK)
          || (ev->flags & GOR_EVENT_BLOCKED))
        continue;
      for (guint i = 0; i < locked->len; i++)
        seen = seen || g_array_index (locked, guint32, i) == ev->obj;
      if (!seen)
        g_array_append_val (locked, ev->obj);
    }
  for (guint i = 0; i < locked->len; i++)
    {
      guint32 mutex_id = g_array_index (locked, guint32, i);
      g_autoptr (GArray) holders = gor_caption_mutex_holders (trace, mutex_id, playhead);

      for (guint h = 0; h < holders->len; h++)
        {
          const GorHolder *holder = &g_array_index (holders, GorHolder, h);
          g_autoptr (GArray) waiters = NULL;
          g_autofree char *ids = NULL, *name = NULL;

          if (holder->goroutine_id != g->id)
            continue;
          waiters = gor_caption_waiters (trace, GOR_EVENT_LOCK, mutex_id, now);
          ids = ids_text (waiters);
          name = gor_caption_object_name (trace, holder->since_step);
          if (s->len > 0)
            g_string_append (s, "\n");
          g_string_append_printf (s, _ ("%s since step %u (%s:%u)"), name, holder->since_step, file,
                                  holder->line);
          if (waiters->len > 0)
            g_string_append_printf (s, _ ("; waiting: %s"), ids);
          break;
        }
    }
  return s->len > 0 ? g_strdup (s->str) : NULL;
}

/* The captions of @g's last steps up to @now, oldest first. */
static char *
history_text (GorTrace *trace, const GorTraceGoroutine *g, guint32 now)
{
  g_autoptr (GPtrArray) lines = g_ptr_array_new_with_free_func (g_free);
  GString *s = g_string_new (NULL);
  guint32  stop = now > HISTORY_LOOKBACK ? now - HISTORY_LOOKBACK : 0;

  for (gint64 t = MIN ((gint64) now, (gint64) trace->events->len - 1);
       t >= stop && lines->len < HISTORY_LINES; t--)
    {
      const GorStepEvent *ev = &g_array_index (trace->events, GorStepEvent, t);
      g_autofree char    *caption = NULL;

      if (ev->goroutine_id != g->id)
        continue;
      caption = gor_caption_for_step (trace, (guint32) t);
      g_ptr_array_add (lines, g_strdup_printf (_ ("step %u · %s"), (guint32) t, caption));
    }
  for (guint i = lines->len; i > 0; i--)
    g_string_append_printf (s, "%s%s", i < lines->len ? "\n" : "", (char *) g_ptr_array_index (lines, i - 1));
  return g_string_free (s, FALSE);
}

static void
gor_inspector_dispose (GObject *object)
{
  GorInspector *self = GOR_INSPECTOR (object);

  g_clear_pointer (&self->box, gtk_widget_unparent);

  G_OBJECT_CLASS (gor_inspector_parent_class)->dispose (object);
}

static void
gor_inspector_class_init (GorInspectorClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gor_inspector_dispose;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "inspector");
}

static GtkLabel *
new_output_label (void)
{
  GtkLabel *label = GTK_LABEL (gtk_label_new (NULL));

  gtk_label_set_xalign (label, 0.0);
  gtk_label_set_yalign (label, 0.0);
  gtk_label_set_selectable (label, TRUE);
  gtk_label_set_wrap (label, TRUE);
  gtk_label_set_wrap_mode (label, PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (GTK_WIDGET (label), "monospace");
  gtk_widget_add_css_class (GTK_WIDGET (label), "program-output");
  gtk_widget_set_focusable (GTK_WIDGET (label), FALSE);
  return label;
}

static void
gor_inspector_init (GorInspector *self)
{
  GtkWidget *grid;

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->heading = GTK_LABEL (gtk_label_new (_ ("Goroutine")));
  gtk_label_set_xalign (self->heading, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->heading), "pane-title");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->heading));

  grid = gtk_grid_new ();
  gtk_grid_set_row_spacing (GTK_GRID (grid), 3);
  gtk_grid_set_column_spacing (GTK_GRID (grid), 10);
  gtk_widget_set_margin_start (grid, 8);
  gtk_widget_set_margin_end (grid, 8);
  for (guint i = 0; i < GOR_INSPECTOR_N_FIELDS; i++)
    {
      GtkWidget *name = gtk_label_new (_ (field_names[i]));
      GtkWidget *value = gtk_label_new ("—");

      gtk_label_set_xalign (GTK_LABEL (name), 1.0);
      gtk_label_set_yalign (GTK_LABEL (name), 0.0);
      gtk_widget_add_css_class (name, "dim-label");
      gtk_label_set_xalign (GTK_LABEL (value), 0.0);
      gtk_label_set_wrap (GTK_LABEL (value), TRUE);
      gtk_label_set_wrap_mode (GTK_LABEL (value), PANGO_WRAP_WORD);
      gtk_label_set_selectable (GTK_LABEL (value), TRUE);
      gtk_widget_set_focusable (value, FALSE);
      gtk_widget_set_hexpand (value, TRUE);
      gtk_grid_attach (GTK_GRID (grid), name, 0, (int) i, 1, 1);
      gtk_grid_attach (GTK_GRID (grid), value, 1, (int) i, 1, 1);
      self->values[i] = GTK_LABEL (value);
    }
  gtk_widget_add_css_class (GTK_WIDGET (self->values[GOR_INSPECTOR_GOROUTINE]), "heading");
  /* Sentences wrap between words only: a Go name such as
   * main.handle.func1 is one word and never split.  The goroutine's and
   * its parent's names stand alone: one line, shortened in the middle
   * (the tooltip has them whole) so that "…func1" stays readable. */
  for (guint i = 0; i < GOR_INSPECTOR_N_FIELDS; i++)
    gtk_label_set_wrap_mode (self->values[i], PANGO_WRAP_WORD);
  for (guint i = GOR_INSPECTOR_GOROUTINE; i <= GOR_INSPECTOR_PARENT; i++)
    {
      gtk_label_set_wrap (self->values[i], FALSE);
      gtk_label_set_ellipsize (self->values[i], PANGO_ELLIPSIZE_MIDDLE);
      gtk_label_set_width_chars (self->values[i], 8);
    }
  gtk_box_append (GTK_BOX (self->box), grid);

  self->history_title = GTK_LABEL (gtk_label_new (_ ("History")));
  gtk_label_set_xalign (self->history_title, 0.0);
  gtk_widget_add_css_class (GTK_WIDGET (self->history_title), "pane-title");
  gtk_widget_set_margin_top (GTK_WIDGET (self->history_title), 6);
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->history_title));
  self->history = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->history, 0.0);
  gtk_label_set_wrap (self->history, TRUE);
  gtk_label_set_wrap_mode (self->history, PANGO_WRAP_WORD);
  gtk_label_set_selectable (self->history, TRUE);
  gtk_widget_set_focusable (GTK_WIDGET (self->history), FALSE);
  gtk_widget_set_margin_start (GTK_WIDGET (self->history), 8);
  gtk_widget_set_margin_end (GTK_WIDGET (self->history), 8);
  gtk_widget_add_css_class (GTK_WIDGET (self->history), "history");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->history));

  for (guint v = 0; v < 2; v++)
    {
      GtkWidget *frame = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);

      self->output_titles[v] = GTK_LABEL (gtk_label_new (NULL));
      gtk_label_set_xalign (self->output_titles[v], 0.0);
      gtk_widget_add_css_class (GTK_WIDGET (self->output_titles[v]), "pane-title");
      gtk_widget_set_margin_top (GTK_WIDGET (self->output_titles[v]), 6);
      self->outputs[v] = new_output_label ();
      gtk_widget_set_margin_start (GTK_WIDGET (self->outputs[v]), 8);
      gtk_widget_set_margin_end (GTK_WIDGET (self->outputs[v]), 8);
      gtk_box_append (GTK_BOX (frame), GTK_WIDGET (self->output_titles[v]));
      gtk_box_append (GTK_BOX (frame), GTK_WIDGET (self->outputs[v]));
      gtk_box_append (GTK_BOX (self->box), frame);
      self->output_frames[v] = frame;
    }

  gor_inspector_show (self, NULL, -1, 0);
}

GtkWidget *
gor_inspector_new (void)
{
  return g_object_new (GOR_TYPE_INSPECTOR, NULL);
}

/* Who holds what, and what the goroutine did last, at the playhead. */
static void
show_primitives (GorInspector *self, GorTrace *trace, const GorTraceGoroutine *g, guint playhead,
                 const char *file)
{
  guint32          now = MIN (playhead, trace->n_steps) > 0 ? MIN (playhead, trace->n_steps) - 1 : 0;
  g_autofree char *waiting = NULL, *holds = NULL, *history = NULL;

  if (playhead > 0 && trace->n_steps > 0)
    {
      waiting = describe_waiting_on (trace, g, now, playhead, file);
      holds = describe_holds (trace, g, now, playhead, file);
      history = history_text (trace, g, now);
    }
  set_field (self, GOR_INSPECTOR_WAITING_ON, waiting);
  set_field (self, GOR_INSPECTOR_HOLDS, holds);
  gtk_label_set_text (self->history, history ? history : "");
  gor_label_keep_locations_whole (self->history);
  gtk_widget_set_visible (GTK_WIDGET (self->history_title), history && history[0]);
  gtk_widget_set_visible (GTK_WIDGET (self->history), history && history[0]);
}

void
gor_inspector_show (GorInspector *self, GorTrace *trace, int goroutine_index, guint playhead)
{
  const GorTraceGoroutine *g;
  const GorSpan           *span = NULL;
  g_autofree char         *name = NULL;
  g_autofree char         *file = NULL;
  gboolean                 forever;

  g_return_if_fail (GOR_IS_INSPECTOR (self));

  set_forever_style (self, FALSE);
  if (trace == NULL || goroutine_index < 0 || (guint) goroutine_index >= gor_trace_get_n_goroutines (trace))
    {
      gtk_label_set_text (self->heading, _ ("Goroutine — click a lane"));
      for (guint i = 0; i < GOR_INSPECTOR_N_FIELDS; i++)
        set_field (self, i, NULL);
      gtk_label_set_text (self->history, "");
      gtk_widget_set_visible (GTK_WIDGET (self->history_title), FALSE);
      gtk_widget_set_visible (GTK_WIDGET (self->history), FALSE);
      return;
    }

  g = gor_trace_get_goroutine (trace, (guint) goroutine_index);
  file = gor_format_basename (trace->file);
  {
    g_autofree char *heading = g_strdup_printf (_ ("Goroutine in %s"), file);
    gtk_label_set_text (self->heading, heading);
  }
  name = gor_format_goroutine (g);
  set_field (self, GOR_INSPECTOR_GOROUTINE, name);

  if (g->parent_id == 0)
    set_field (self, GOR_INSPECTOR_PARENT, NULL);
  else
    {
      GorTraceGoroutine *parent = gor_trace_lookup (trace, g->parent_id);
      g_autofree char   *parent_name
          = parent ? gor_format_goroutine (parent) : g_strdup_printf ("g%u", g->parent_id);
      set_field (self, GOR_INSPECTOR_PARENT, parent_name);
    }

  if (g->created_file == NULL)
    set_field (self, GOR_INSPECTOR_CREATED, _ ("program start"));
  else
    {
      g_autofree char *base = gor_format_basename (g->created_file);
      g_autofree char *text = g_strdup_printf (_ ("%s:%u in %s, step %u"), base, g->created_line,
                                               g->creator_name ? g->creator_name : "?", g->created_step);
      set_field (self, GOR_INSPECTOR_CREATED, text);
    }

  if (playhead > 0)
    span = gor_trace_goroutine_span_at (g, MIN (playhead, trace->n_steps) - 1);
  /* Once the playhead has passed the step a goroutine ended in (main
   * returning, or the end of the run killing the others), it is no longer
   * what it was doing in that step: say that it exited or was killed. */
  if (playhead > 0 && g->spans->len > 0)
    {
      const GorSpan *last = &g_array_index (g->spans, GorSpan, g->spans->len - 1);

      if ((last->state == GOR_STATE_EXITED || last->state == GOR_STATE_KILLED) && last->first_step <= playhead
          && g_array_index (g->spans, GorSpan, 0).first_step < playhead)
        span = last;
    }

  forever = g->blocked_forever_since >= 0 && g->blocked_forever_since < (gint64) playhead;

  if (span == NULL)
    set_field (self, GOR_INSPECTOR_STATE, playhead <= g->created_step ? _ ("not created yet") : NULL);
  else
    {
      g_autofree char *state = gor_format_span_state (g, span, MIN (playhead, trace->n_steps) - 1);
      g_autofree char *text
          = span->line > 0 ? g_strdup_printf (_ ("%s at %s:%u"), state, file, span->line) : g_strdup (state);
      set_field (self, GOR_INSPECTOR_STATE, text);
    }

  if (forever)
    {
      g_autofree char *when
          = gor_format_duration (gor_trace_vtime_at (trace, (guint32) g->blocked_forever_since));
      g_autofree char *since
          = g_strdup_printf (_ ("since step %lld (time %s)"), (long long) g->blocked_forever_since, when);
      g_autofree char *reason
          = g->blocked_line > 0 ? g_strdup_printf (
                _ ("%s at %s:%u"), gor_reason_to_string (g->forever_reason), file, g->blocked_line)
                                : g_strdup (gor_reason_to_string (g->forever_reason));

      set_field (self, GOR_INSPECTOR_FOREVER, since);
      set_field (self, GOR_INSPECTOR_REASON, reason);
      set_forever_style (self, TRUE);
    }
  else if (g->still_blocked_since >= 0 && playhead >= trace->n_steps && trace->end_kind != GOR_END_NONE)
    {
      /* the other label: blocked at the end, but nothing proved it could
       * never have gone on */
      g_autofree char *reason
          = g->blocked_line > 0 ? g_strdup_printf (
                _ ("%s at %s:%u"), gor_reason_to_string (g->forever_reason), file, g->blocked_line)
                                : g_strdup (gor_reason_to_string (g->forever_reason));
      g_autofree char *text = g_strdup_printf (_ ("no: still blocked when main returned (since step %lld)"),
                                               (long long) g->still_blocked_since);

      set_field (self, GOR_INSPECTOR_FOREVER, text);
      set_field (self, GOR_INSPECTOR_REASON, reason);
    }
  else
    {
      set_field (self, GOR_INSPECTOR_FOREVER, _ ("no"));
      if (span != NULL && (span->state == GOR_STATE_BLOCKED || span->state == GOR_STATE_SLEEPING))
        set_field (self, GOR_INSPECTOR_REASON, gor_reason_to_string (span->reason));
      else if (span != NULL && span->state == GOR_STATE_RUNNABLE)
        {
          /* A long grey span puzzles: nothing blocks it, it waits its turn. */
          guint            waited = MIN (playhead, trace->n_steps) - span->first_step;
          g_autofree char *why = g_strdup_printf (
              g_dngettext (
                  GETTEXT_PACKAGE,
                  "ready to run, waiting for its turn for %u step: all goroutines have equal priority",
                  "ready to run, waiting for its turn for %u steps: all goroutines have equal priority",
                  waited),
              waited);

          set_field (self, GOR_INSPECTOR_REASON, why);
        }
      else
        set_field (self, GOR_INSPECTOR_REASON, NULL);
    }
  show_primitives (self, trace, g, playhead, file);
}

static void
show_output (GorInspector *self, guint v, GorTrace *trace, const char *kind, guint playhead)
{
  g_autofree char *text = NULL;
  g_autofree char *file = NULL;
  g_autofree char *title = NULL;
  GString         *shown;
  guint64          hidden = 0;

  gtk_widget_set_visible (self->output_frames[v], trace != NULL);
  if (trace == NULL)
    return;

  file = gor_format_basename (trace->file);
  title = kind ? g_strdup_printf (_ ("Output — %s (%s)"), kind, file)
               : g_strdup_printf (_ ("Output — %s"), file);
  gtk_label_set_text (self->output_titles[v], title);

  text = gor_format_output_tail (trace, playhead, MAX_OUTPUT_BYTES, &hidden);
  shown = g_string_new (NULL);
  if (hidden > 0)
    {
      guint n = (guint) MIN (hidden, G_MAXUINT);

      g_string_append_printf (
          shown,
          g_dngettext (GETTEXT_PACKAGE, "… %u earlier line not shown\n", "… %u earlier lines not shown\n", n),
          n);
    }
  g_string_append (shown, text);

  if (trace->end_kind != GOR_END_NONE && playhead >= trace->n_steps)
    {
      g_autofree char *end = describe_end (trace);

      if (shown->len > 0 && shown->str[shown->len - 1] != '\n')
        g_string_append_c (shown, '\n');
      g_string_append_printf (shown, "[%s]", end);
    }
  if (shown->len == 0)
    g_string_append (shown, _ ("(nothing printed yet)"));
  else if (shown->str[shown->len - 1] == '\n')
    g_string_truncate (shown, shown->len - 1);

  if (!g_utf8_validate (shown->str, (gssize) shown->len, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (shown->str, (gssize) shown->len);
      gtk_label_set_text (self->outputs[v], valid);
    }
  else
    gtk_label_set_text (self->outputs[v], shown->str);
  g_string_free (shown, TRUE);
}

void
gor_inspector_set_output (GorInspector *self, GorTrace *leak, GorTrace *fixed, guint playhead)
{
  g_return_if_fail (GOR_IS_INSPECTOR (self));

  show_output (self, 0, leak, fixed ? _ ("leak") : NULL, playhead);
  show_output (self, 1, fixed, _ ("fixed"), playhead);
}

const char *
gor_inspector_get_field (GorInspector *self, GorInspectorField field)
{
  g_return_val_if_fail (GOR_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (field < GOR_INSPECTOR_N_FIELDS, NULL);
  return gtk_label_get_text (self->values[field]);
}

const char *
gor_inspector_get_output (GorInspector *self, int variant)
{
  g_return_val_if_fail (GOR_IS_INSPECTOR (self), NULL);
  g_return_val_if_fail (variant == 0 || variant == 1, NULL);
  return gtk_label_get_text (self->outputs[variant]);
}

const char *
gor_inspector_get_history (GorInspector *self)
{
  g_return_val_if_fail (GOR_IS_INSPECTOR (self), NULL);
  return gtk_label_get_text (self->history);
}
