/* gor-explore-strip.c — many schedules of a program pair, one cell each
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The schedules run in a GTask thread; the workers only bump an atomic
 * counter (in the job, which outlives the strip if need be), which a
 * timeout on the main loop reads a few times a second for the progress
 * bar, so the window stays responsive however fast the schedules go.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gor-explore-strip.h"
#include "gor-window-private.h"

#define CELL_HEIGHT 18
#define ROW_GAP 4
#define N_VARIANTS 2

struct _GorExploreStrip
{
  GtkWidget parent_instance;

  GtkWidget *box;
  GtkWidget *header;
  GtkWidget *progress;
  GtkWidget *cancel_button;
  GtkWidget *area;

  GCancellable     *cancellable;
  guint             progress_source;
  gint             *done; /* atomic, in the running job: schedules finished */
  guint             total;
  GorExploreResult *results[N_VARIANTS];
  char             *header_text;
  gint              selected_variant;
  gint              selected_schedule;
};

typedef struct
{
  char *names[N_VARIANTS];
  char *sources[N_VARIANTS];
  guint n_schedules;
  gint  done; /* atomic */
} ExploreJob;

/* The task does not hold the strip: a strip closed while its schedules
 * run is finalized at once, on the main thread, and the task's callback
 * finds it gone. */
typedef struct
{
  GWeakRef      strip;
  GCancellable *cancellable;
} DoneData;

G_DEFINE_FINAL_TYPE (GorExploreStrip, gor_explore_strip, GTK_TYPE_WIDGET)

enum
{
  SEED_ACTIVATED,
  FINISHED,
  N_SIGNALS
};

static guint signals[N_SIGNALS];

static void
explore_job_free (gpointer data)
{
  ExploreJob *job = data;

  for (guint v = 0; v < N_VARIANTS; v++)
    {
      g_free (job->names[v]);
      g_free (job->sources[v]);
    }
  g_free (job);
}

static void
results_free (gpointer data)
{
  GorExploreResult **results = data;

  for (guint v = 0; v < N_VARIANTS; v++)
    gor_explore_result_free (results[v]);
  g_free (results);
}

static void
set_color (cairo_t *cr, guint blocked)
{
  /* none: a quiet grey-green; then ever darker reds */
  static const double colors[][3] = {
    { 0.80, 0.87, 0.80 },
    { 0.94, 0.60, 0.58 },
    { 0.85, 0.33, 0.30 },
    { 0.66, 0.12, 0.10 },
  };
  const double *c = colors[MIN (blocked, G_N_ELEMENTS (colors) - 1)];

  cairo_set_source_rgb (cr, c[0], c[1], c[2]);
}

static void
draw_cb (GtkDrawingArea *area, cairo_t *cr, int width, int height, gpointer user_data)
{
  GorExploreStrip *self = user_data;

  for (guint v = 0; v < N_VARIANTS; v++)
    {
      const GorExploreResult *r = self->results[v];
      double                  w, y = v * (CELL_HEIGHT + ROW_GAP);

      if (r == NULL || r->n_schedules == 0)
        continue;
      w = (double) width / r->n_schedules;
      for (guint i = 0; i < r->n_schedules; i++)
        {
          set_color (cr, r->blocked_counts[i]);
          /* a hair of space between cells while they are wide enough */
          cairo_rectangle (cr, i * w, y, w >= 4 ? w - 1 : w, CELL_HEIGHT);
          cairo_fill (cr);
        }
      if (self->selected_variant == (gint) v && self->selected_schedule >= 0)
        {
          cairo_set_source_rgb (cr, 0.1, 0.1, 0.1);
          cairo_set_line_width (cr, 2);
          cairo_rectangle (cr, self->selected_schedule * w + 1, y + 1, MAX (w - 2, 1), CELL_HEIGHT - 2);
          cairo_stroke (cr);
        }
    }
}

static void
update_header (GorExploreStrip *self)
{
  GString *s = g_string_new (NULL);

  if (self->results[0] != NULL)
    /* TRANSLATORS: the header of the exploration strip */
    g_string_append_printf (s, _ ("blocked forever in %u of %u schedules"), self->results[0]->n_leaky,
                            self->results[0]->n_schedules);
  if (self->results[1] != NULL)
    {
      g_string_append (s, " · ");
      /* TRANSLATORS: follows "blocked forever in 37 of 200 schedules · " */
      g_string_append_printf (s, _ ("fixed: %u of %u"), self->results[1]->n_leaky,
                              self->results[1]->n_schedules);
    }
  g_free (self->header_text);
  self->header_text = g_string_free (s, FALSE);
  gtk_label_set_text (GTK_LABEL (self->header), self->header_text);
}

static gboolean
progress_cb (gpointer user_data)
{
  GorExploreStrip *self = user_data;
  guint            done = self->done ? (guint) g_atomic_int_get (self->done) : 0;

  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress),
                                 self->total ? (double) done / self->total : 0.0);
  return G_SOURCE_CONTINUE;
}

static void
worker_progress_cb (guint done, guint total, gpointer user_data)
{
  ExploreJob *job = user_data;

  g_atomic_int_add (&job->done, 1);
}

static void
explore_thread (GTask *task, gpointer source_object, gpointer task_data, GCancellable *cancellable)
{
  ExploreJob        *job = task_data;
  GorExploreResult **results = g_new0 (GorExploreResult *, N_VARIANTS);
  GError            *error = NULL;

  for (guint v = 0; v < N_VARIANTS && error == NULL; v++)
    if (job->sources[v] != NULL)
      results[v] = gor_explore_run (job->names[v], job->sources[v], -1, job->n_schedules, GOR_EXPLORE_RANDOM,
                                    0, cancellable, worker_progress_cb, job, &error);
  if (error != NULL)
    {
      results_free (results);
      g_task_return_error (task, error);
      return;
    }
  g_task_return_pointer (task, results, results_free);
}

static void
stop_running (GorExploreStrip *self)
{
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->cancellable);
  self->done = NULL;
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);
}

static void
explore_done_cb (GObject *source, GAsyncResult *result, gpointer user_data)
{
  DoneData *data = user_data;
  g_autoptr (GorExploreStrip) self = g_weak_ref_get (&data->strip);
  g_autoptr (GError) error = NULL;
  GorExploreResult **results = g_task_propagate_pointer (G_TASK (result), &error);
  gboolean           current = self != NULL && data->cancellable == self->cancellable;

  g_weak_ref_clear (&data->strip);
  g_object_unref (data->cancellable);
  g_free (data);
  /* a newer exploration replaced this one, or the strip went away */
  if (!current)
    {
      if (results)
        results_free (results);
      return;
    }
  stop_running (self);
  if (results != NULL)
    {
      for (guint v = 0; v < N_VARIANTS; v++)
        {
          gor_explore_result_free (self->results[v]);
          self->results[v] = g_steal_pointer (&results[v]);
        }
      results_free (results);
      update_header (self);
    }
  else if (g_error_matches (error, G_IO_ERROR, G_IO_ERROR_CANCELLED))
    gtk_label_set_text (GTK_LABEL (self->header), _ ("Exploration cancelled"));
  else
    gtk_label_set_text (GTK_LABEL (self->header), error->message);
  gtk_widget_queue_draw (self->area);
  g_signal_emit (self, signals[FINISHED], 0);
}

static void
click_cb (GtkGestureClick *gesture, int n_press, double x, double y, gpointer user_data)
{
  GorExploreStrip *self = user_data;
  guint            v = (guint) (y / (CELL_HEIGHT + ROW_GAP));
  int              width = gtk_widget_get_width (self->area);

  if (v >= N_VARIANTS || self->results[v] == NULL || width <= 0 || x < 0)
    return;
  gor_explore_strip_activate_cell (self, v, (guint) (x * self->results[v]->n_schedules / width));
}

static void
cancel_clicked_cb (GtkButton *button, gpointer user_data)
{
  gor_explore_strip_cancel (GOR_EXPLORE_STRIP (user_data));
}

/* Taken out of its window (closed): the schedules stop, though someone
 * may still hold the strip. */
static void
gor_explore_strip_unroot (GtkWidget *widget)
{
  GorExploreStrip *self = GOR_EXPLORE_STRIP (widget);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  GTK_WIDGET_CLASS (gor_explore_strip_parent_class)->unroot (widget);
}

static void
gor_explore_strip_dispose (GObject *object)
{
  GorExploreStrip *self = GOR_EXPLORE_STRIP (object);

  if (self->cancellable)
    g_cancellable_cancel (self->cancellable);
  g_clear_handle_id (&self->progress_source, g_source_remove);
  g_clear_object (&self->cancellable);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  G_OBJECT_CLASS (gor_explore_strip_parent_class)->dispose (object);
}

static void
gor_explore_strip_finalize (GObject *object)
{
  GorExploreStrip *self = GOR_EXPLORE_STRIP (object);

  for (guint v = 0; v < N_VARIANTS; v++)
    gor_explore_result_free (self->results[v]);
  g_free (self->header_text);
  G_OBJECT_CLASS (gor_explore_strip_parent_class)->finalize (object);
}

static void
gor_explore_strip_class_init (GorExploreStripClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gor_explore_strip_dispose;
  object_class->finalize = gor_explore_strip_finalize;
  widget_class->unroot = gor_explore_strip_unroot;
  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "explorestrip");

  signals[SEED_ACTIVATED] = g_signal_new ("seed-activated", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0,
                                          NULL, NULL, NULL, G_TYPE_NONE, 1, G_TYPE_UINT64);
  signals[FINISHED] = g_signal_new ("finished", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 0);
}

static void
gor_explore_strip_init (GorExploreStrip *self)
{
  GtkWidget  *top = gtk_box_new (GTK_ORIENTATION_HORIZONTAL, 6);
  GtkGesture *click = gtk_gesture_click_new ();

  self->selected_variant = -1;
  self->selected_schedule = -1;
  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 6);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->header = gtk_label_new (NULL);
  gtk_label_set_xalign (GTK_LABEL (self->header), 0);
  gtk_widget_set_hexpand (self->header, TRUE);
  self->progress = gtk_progress_bar_new ();
  gtk_widget_set_valign (self->progress, GTK_ALIGN_CENTER);
  gtk_widget_set_hexpand (self->progress, TRUE);
  self->cancel_button = gtk_button_new_with_label (_ ("Cancel"));
  g_signal_connect (self->cancel_button, "clicked", G_CALLBACK (cancel_clicked_cb), self);
  gtk_box_append (GTK_BOX (top), self->header);
  gtk_box_append (GTK_BOX (top), self->progress);
  gtk_box_append (GTK_BOX (top), self->cancel_button);
  gtk_widget_set_visible (self->progress, FALSE);
  gtk_widget_set_visible (self->cancel_button, FALSE);

  self->area = gtk_drawing_area_new ();
  gtk_drawing_area_set_content_height (GTK_DRAWING_AREA (self->area), N_VARIANTS * (CELL_HEIGHT + ROW_GAP));
  gtk_drawing_area_set_content_width (GTK_DRAWING_AREA (self->area), 400);
  gtk_drawing_area_set_draw_func (GTK_DRAWING_AREA (self->area), draw_cb, self, NULL);
  gtk_widget_set_tooltip_text (self->area,
                               _ ("One cell per schedule, red where goroutines were blocked forever. "
                                  "Click a cell to replay its seed."));
  gtk_gesture_single_set_button (GTK_GESTURE_SINGLE (click), GDK_BUTTON_PRIMARY);
  g_signal_connect (click, "pressed", G_CALLBACK (click_cb), self);
  gtk_widget_add_controller (self->area, GTK_EVENT_CONTROLLER (click));

  gtk_box_append (GTK_BOX (self->box), top);
  gtk_box_append (GTK_BOX (self->box), self->area);
}

GtkWidget *
gor_explore_strip_new (void)
{
  return g_object_new (GOR_TYPE_EXPLORE_STRIP, NULL);
}

void
gor_explore_strip_start (GorExploreStrip *self, const char *leak_name, const char *leak_source,
                         const char *fixed_name, const char *fixed_source, guint n_schedules)
{
  g_autoptr (GTask) task = NULL;
  g_autofree char *text = NULL;
  ExploreJob      *job;
  DoneData        *data;

  g_return_if_fail (GOR_IS_EXPLORE_STRIP (self));
  g_return_if_fail (leak_name != NULL && leak_source != NULL);

  /* the one running goes on to its end unseen: its callback finds that it
   * is no longer the current one */
  gor_explore_strip_cancel (self);
  stop_running (self);
  job = g_new0 (ExploreJob, 1);
  job->names[0] = g_strdup (leak_name);
  job->sources[0] = g_strdup (leak_source);
  job->names[1] = g_strdup (fixed_source ? fixed_name : NULL);
  job->sources[1] = g_strdup (fixed_source);
  job->n_schedules = n_schedules;
  self->done = &job->done;

  self->total = n_schedules * (fixed_source ? 2 : 1);
  self->cancellable = g_cancellable_new ();
  self->selected_variant = self->selected_schedule = -1;
  /* TRANSLATORS: while the schedules run */
  text = g_strdup_printf (_ ("Exploring %u schedules…"), self->total);
  gtk_label_set_text (GTK_LABEL (self->header), text);
  gtk_progress_bar_set_fraction (GTK_PROGRESS_BAR (self->progress), 0);
  gtk_widget_set_visible (self->progress, TRUE);
  gtk_widget_set_visible (self->cancel_button, TRUE);
  self->progress_source = g_timeout_add (100, progress_cb, self);

  data = g_new0 (DoneData, 1);
  g_weak_ref_init (&data->strip, self);
  data->cancellable = g_object_ref (self->cancellable);
  task = g_task_new (NULL, self->cancellable, explore_done_cb, data);
  g_task_set_task_data (task, job, explore_job_free);
  g_task_run_in_thread (task, explore_thread);
}

void
gor_explore_strip_cancel (GorExploreStrip *self)
{
  g_return_if_fail (GOR_IS_EXPLORE_STRIP (self));
  if (self->cancellable == NULL)
    return;
  g_cancellable_cancel (self->cancellable);
}

gboolean
gor_explore_strip_is_running (GorExploreStrip *self)
{
  g_return_val_if_fail (GOR_IS_EXPLORE_STRIP (self), FALSE);
  return self->cancellable != NULL;
}

const char *
gor_explore_strip_get_header (GorExploreStrip *self)
{
  g_return_val_if_fail (GOR_IS_EXPLORE_STRIP (self), NULL);
  return gtk_label_get_text (GTK_LABEL (self->header));
}

const GorExploreResult *
gor_explore_strip_get_result (GorExploreStrip *self, guint variant)
{
  g_return_val_if_fail (GOR_IS_EXPLORE_STRIP (self), NULL);
  return variant < N_VARIANTS ? self->results[variant] : NULL;
}

void
gor_explore_strip_activate_cell (GorExploreStrip *self, guint variant, guint schedule)
{
  g_return_if_fail (GOR_IS_EXPLORE_STRIP (self));
  if (variant >= N_VARIANTS || self->results[variant] == NULL
      || schedule >= self->results[variant]->n_schedules)
    return;
  self->selected_variant = (gint) variant;
  self->selected_schedule = (gint) schedule;
  gtk_widget_queue_draw (self->area);
  g_signal_emit (self, signals[SEED_ACTIVATED], 0, gor_explore_seed_of (schedule));
}

/* ---- the window's Explore action ---- */

static void
window_seed_cb (GorExploreStrip *strip, guint64 seed, gpointer user_data)
{
  GorWindow *window = user_data;

  /* the seed button restarts the runs: the timeline shows that schedule */
  gtk_spin_button_set_value (window->seed_spin, (double) seed);
}

void
_gor_window_explore (GorWindow *window)
{
  GtkWidget *dialog, *strip;

  if (window->sources[GOR_VARIANT_LEAK] == NULL || window->has_compile_error)
    return;
  dialog = gtk_window_new ();
  gtk_window_set_transient_for (GTK_WINDOW (dialog), GTK_WINDOW (window));
  gtk_window_set_destroy_with_parent (GTK_WINDOW (dialog), TRUE);
  gtk_window_set_title (GTK_WINDOW (dialog), _ ("Explore Schedules"));
  gtk_window_set_default_size (GTK_WINDOW (dialog), 760, -1);
  strip = gor_explore_strip_new ();
  gtk_widget_set_margin_start (strip, 12);
  gtk_widget_set_margin_end (strip, 12);
  gtk_widget_set_margin_top (strip, 12);
  gtk_widget_set_margin_bottom (strip, 12);
  gtk_window_set_child (GTK_WINDOW (dialog), strip);
  g_signal_connect_object (strip, "seed-activated", G_CALLBACK (window_seed_cb), window, 0);
  gor_explore_strip_start (GOR_EXPLORE_STRIP (strip), window->names[GOR_VARIANT_LEAK],
                           window->sources[GOR_VARIANT_LEAK], window->names[GOR_VARIANT_FIXED],
                           window->sources[GOR_VARIANT_FIXED], GOR_EXPLORE_DEFAULT_SCHEDULES);
  gtk_window_present (GTK_WINDOW (dialog));
}
