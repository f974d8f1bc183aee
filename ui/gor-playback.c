/* gor-playback.c — steps a leak/fixed pair of programs in lockstep
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each program runs once.  Its runner records into a trace and the
 * playhead moves over that recording: an idle source records ahead in
 * batches of steps (low priority while the user watches, default idle
 * priority in run-to-end, when the playhead follows), so the whole run's
 * length is known early, the window keeps drawing between batches, and
 * moving back, scrubbing or exporting never runs the programs again.
 */

#include "config.h"

#include "gor-playback.h"

/* A run-to-end dispatch stops after this long, so input and redraws get in
 * between batches even on a runaway program. */
#define RUN_BUDGET_US 8000
#define RUN_BATCH 256

struct _GorPlayback
{
  GObject parent_instance;

  GorRunner *runners[GOR_N_VARIANTS];
  GorTrace  *traces[GOR_N_VARIANTS];

  guint    playhead;
  guint    n_steps;
  double   speed;
  gboolean finished;

  guint play_source;
  /* Records ahead in batches until both programs end. */
  guint record_source;
  /* The playhead follows the recording to the end. */
  gboolean running_to_end;
};

enum
{
  PROP_0,
  PROP_PLAYHEAD,
  PROP_N_STEPS,
  PROP_PLAYING,
  PROP_FINISHED,
  PROP_SPEED,
  PROP_RUNNING_TO_END,
  N_PROPS
};

enum
{
  ADVANCED,
  N_SIGNALS
};

G_DEFINE_FINAL_TYPE (GorPlayback, gor_playback, G_TYPE_OBJECT)

static GParamSpec *properties[N_PROPS];
static guint       signals[N_SIGNALS];

static gboolean
slot_finished (GorPlayback *self, guint slot)
{
  if (self->traces[slot] == NULL)
    return TRUE;
  if (self->runners[slot] != NULL)
    return gor_runner_is_finished (self->runners[slot]);
  return TRUE;
}

/* Recomputes n-steps and finished from the traces; notifies changes. */
static void
update_counts (GorPlayback *self)
{
  guint    n_steps = 0;
  gboolean finished = TRUE;

  for (guint i = 0; i < GOR_N_VARIANTS; i++)
    {
      if (self->traces[i] != NULL)
        n_steps = MAX (n_steps, self->traces[i]->n_steps);
      if (!slot_finished (self, i))
        finished = FALSE;
    }

  if (n_steps != self->n_steps)
    {
      self->n_steps = n_steps;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_N_STEPS]);
    }
  if (finished != self->finished)
    {
      self->finished = finished;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_FINISHED]);
    }
}

/* Runs the variants that have not yet reached @target steps, one step
 * each in turn, until they do or end.  Returns whether any step ran. */
static gboolean
advance_to (GorPlayback *self, guint target, gint64 deadline)
{
  gboolean ran = FALSE;
  gboolean more = TRUE;

  while (more)
    {
      more = FALSE;
      for (guint i = 0; i < GOR_N_VARIANTS; i++)
        {
          GorRunner *runner = self->runners[i];

          if (runner == NULL || gor_runner_is_finished (runner))
            continue;
          if (self->traces[i]->n_steps >= target)
            continue;
          for (guint k = 0; k < RUN_BATCH && self->traces[i]->n_steps < target; k++)
            {
              ran = TRUE;
              if (!gor_runner_step (runner))
                break;
            }
          if (!gor_runner_is_finished (runner) && self->traces[i]->n_steps < target)
            more = TRUE;
        }
      if (deadline > 0 && g_get_monotonic_time () >= deadline)
        break;
    }

  return ran;
}

static void
set_playhead_internal (GorPlayback *self, guint playhead)
{
  playhead = MIN (playhead, self->n_steps);
  if (playhead == self->playhead)
    return;
  self->playhead = playhead;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYHEAD]);
}

static void
stop_following (GorPlayback *self)
{
  if (!self->running_to_end)
    return;
  self->running_to_end = FALSE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING_TO_END]);
}

static void
stop_sources (GorPlayback *self)
{
  gboolean was_playing = self->play_source != 0;

  g_clear_handle_id (&self->play_source, g_source_remove);
  g_clear_handle_id (&self->record_source, g_source_remove);
  if (was_playing)
    g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
  stop_following (self);
}

static gboolean
play_tick_cb (gpointer user_data)
{
  GorPlayback *self = user_data;

  gor_playback_step_forward (self);
  if (self->finished && self->playhead >= self->n_steps)
    {
      self->play_source = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

static gboolean
record_batch_cb (gpointer user_data)
{
  GorPlayback *self = user_data;
  gint64       deadline = g_get_monotonic_time () + RUN_BUDGET_US;
  gboolean     ran;

  ran = advance_to (self, G_MAXUINT, deadline);
  update_counts (self);
  if (ran)
    g_signal_emit (self, signals[ADVANCED], 0);
  if (self->running_to_end)
    set_playhead_internal (self, self->n_steps);

  if (self->finished)
    {
      self->record_source = 0;
      stop_following (self);
      return G_SOURCE_REMOVE;
    }
  return G_SOURCE_CONTINUE;
}

/* (Re)starts recording ahead at @priority, unless the run is recorded. */
static void
record_ahead (GorPlayback *self, int priority)
{
  g_clear_handle_id (&self->record_source, g_source_remove);
  if (self->finished)
    return;
  self->record_source = g_idle_add_full (priority, record_batch_cb, self, NULL);
}

static void
start_play_timer (GorPlayback *self)
{
  guint interval = (guint) CLAMP (1000.0 / self->speed, 1.0, 10000.0);

  g_clear_handle_id (&self->play_source, g_source_remove);
  self->play_source = g_timeout_add (interval, play_tick_cb, self);
}

static void
clear_slots (GorPlayback *self)
{
  for (guint i = 0; i < GOR_N_VARIANTS; i++)
    {
      g_clear_object (&self->runners[i]);
      g_clear_pointer (&self->traces[i], gor_trace_unref);
    }
}

static void
reset_position (GorPlayback *self)
{
  stop_sources (self);
  update_counts (self);
  if (self->playhead != 0)
    {
      self->playhead = 0;
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYHEAD]);
    }
  g_signal_emit (self, signals[ADVANCED], 0);
}

static void
gor_playback_dispose (GObject *object)
{
  GorPlayback *self = GOR_PLAYBACK (object);

  g_clear_handle_id (&self->play_source, g_source_remove);
  g_clear_handle_id (&self->record_source, g_source_remove);
  clear_slots (self);

  G_OBJECT_CLASS (gor_playback_parent_class)->dispose (object);
}

static void
gor_playback_get_property (GObject *object, guint prop_id, GValue *value, GParamSpec *pspec)
{
  GorPlayback *self = GOR_PLAYBACK (object);

  switch (prop_id)
    {
    case PROP_PLAYHEAD: g_value_set_uint (value, self->playhead); break;
    case PROP_N_STEPS: g_value_set_uint (value, self->n_steps); break;
    case PROP_PLAYING: g_value_set_boolean (value, gor_playback_get_playing (self)); break;
    case PROP_FINISHED: g_value_set_boolean (value, self->finished); break;
    case PROP_SPEED: g_value_set_double (value, self->speed); break;
    case PROP_RUNNING_TO_END: g_value_set_boolean (value, self->running_to_end); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gor_playback_set_property (GObject *object, guint prop_id, const GValue *value, GParamSpec *pspec)
{
  GorPlayback *self = GOR_PLAYBACK (object);

  switch (prop_id)
    {
    case PROP_PLAYHEAD: gor_playback_set_playhead (self, g_value_get_uint (value)); break;
    case PROP_PLAYING: gor_playback_set_playing (self, g_value_get_boolean (value)); break;
    case PROP_SPEED: gor_playback_set_speed (self, g_value_get_double (value)); break;
    default: G_OBJECT_WARN_INVALID_PROPERTY_ID (object, prop_id, pspec);
    }
}

static void
gor_playback_class_init (GorPlaybackClass *klass)
{
  GObjectClass *object_class = G_OBJECT_CLASS (klass);

  object_class->dispose = gor_playback_dispose;
  object_class->get_property = gor_playback_get_property;
  object_class->set_property = gor_playback_set_property;

  properties[PROP_PLAYHEAD]
      = g_param_spec_uint ("playhead", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_N_STEPS]
      = g_param_spec_uint ("n-steps", NULL, NULL, 0, G_MAXUINT, 0,
                           G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_PLAYING] = g_param_spec_boolean (
      "playing", NULL, NULL, FALSE, G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_FINISHED] = g_param_spec_boolean (
      "finished", NULL, NULL, TRUE, G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_SPEED]
      = g_param_spec_double ("speed", NULL, NULL, 0.1, 1000.0, 5.0,
                             G_PARAM_READWRITE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  properties[PROP_RUNNING_TO_END]
      = g_param_spec_boolean ("running-to-end", NULL, NULL, FALSE,
                              G_PARAM_READABLE | G_PARAM_EXPLICIT_NOTIFY | G_PARAM_STATIC_STRINGS);
  g_object_class_install_properties (object_class, N_PROPS, properties);

  /* Emitted after the traces grew (or were replaced): what is drawn from
   * them must be laid out again. */
  signals[ADVANCED] = g_signal_new ("advanced", G_TYPE_FROM_CLASS (klass), G_SIGNAL_RUN_LAST, 0, NULL, NULL,
                                    NULL, G_TYPE_NONE, 0);
}

static void
gor_playback_init (GorPlayback *self)
{
  self->speed = 5.0;
  self->finished = TRUE;
}

GorPlayback *
gor_playback_new (void)
{
  return g_object_new (GOR_TYPE_PLAYBACK, NULL);
}

void
gor_playback_set_runners (GorPlayback *self, GorRunner *leak, GorRunner *fixed)
{
  GorRunner *runners[GOR_N_VARIANTS] = { leak, fixed };

  g_return_if_fail (GOR_IS_PLAYBACK (self));

  stop_sources (self);
  clear_slots (self);
  for (guint i = 0; i < GOR_N_VARIANTS; i++)
    if (runners[i] != NULL)
      {
        self->runners[i] = g_object_ref (runners[i]);
        self->traces[i] = gor_trace_ref (gor_runner_get_trace (runners[i]));
      }
  reset_position (self);
  record_ahead (self, G_PRIORITY_LOW);
}

void
gor_playback_set_traces (GorPlayback *self, GorTrace *leak, GorTrace *fixed)
{
  GorTrace *traces[GOR_N_VARIANTS] = { leak, fixed };

  g_return_if_fail (GOR_IS_PLAYBACK (self));

  stop_sources (self);
  clear_slots (self);
  for (guint i = 0; i < GOR_N_VARIANTS; i++)
    if (traces[i] != NULL)
      self->traces[i] = gor_trace_ref (traces[i]);
  reset_position (self);
}

GorTrace *
gor_playback_get_trace (GorPlayback *self, GorVariant slot)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), NULL);
  g_return_val_if_fail (slot < GOR_N_VARIANTS, NULL);

  return self->traces[slot];
}

guint
gor_playback_get_playhead (GorPlayback *self)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), 0);
  return self->playhead;
}

void
gor_playback_set_playhead (GorPlayback *self, guint playhead)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  /* Scrubbing takes the playhead from run-to-end; the recording goes on. */
  if (MIN (playhead, self->n_steps) != self->playhead)
    stop_following (self);
  set_playhead_internal (self, playhead);
}

guint
gor_playback_get_n_steps (GorPlayback *self)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), 0);
  return self->n_steps;
}

gboolean
gor_playback_get_finished (GorPlayback *self)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), TRUE);
  return self->finished;
}

gboolean
gor_playback_get_playing (GorPlayback *self)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), FALSE);
  return self->play_source != 0;
}

gboolean
gor_playback_get_running_to_end (GorPlayback *self)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), FALSE);
  return self->running_to_end;
}

void
gor_playback_set_playing (GorPlayback *self, gboolean playing)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  playing = !!playing;
  if (playing == gor_playback_get_playing (self))
    return;

  if (!playing)
    {
      g_clear_handle_id (&self->play_source, g_source_remove);
      g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
      return;
    }

  if (self->running_to_end)
    {
      stop_following (self);
      record_ahead (self, G_PRIORITY_LOW);
    }
  /* Play from the start again once at the end, as media players do. */
  if (self->finished && self->playhead >= self->n_steps)
    set_playhead_internal (self, 0);
  start_play_timer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_PLAYING]);
}

double
gor_playback_get_speed (GorPlayback *self)
{
  g_return_val_if_fail (GOR_IS_PLAYBACK (self), 5.0);
  return self->speed;
}

void
gor_playback_set_speed (GorPlayback *self, double steps_per_second)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  steps_per_second = CLAMP (steps_per_second, 0.1, 1000.0);
  if (steps_per_second == self->speed)
    return;
  self->speed = steps_per_second;
  if (self->play_source != 0)
    start_play_timer (self);
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_SPEED]);
}

void
gor_playback_step_forward (GorPlayback *self)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  if (self->playhead >= self->n_steps && !self->finished)
    {
      if (advance_to (self, self->playhead + 1, 0))
        {
          update_counts (self);
          g_signal_emit (self, signals[ADVANCED], 0);
        }
      else
        update_counts (self);
    }
  set_playhead_internal (self, self->playhead + 1);
}

void
gor_playback_step_back (GorPlayback *self)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  gor_playback_set_playing (self, FALSE);
  stop_following (self);
  if (self->playhead > 0)
    set_playhead_internal (self, self->playhead - 1);
}

void
gor_playback_go_start (GorPlayback *self)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  gor_playback_set_playing (self, FALSE);
  stop_following (self);
  set_playhead_internal (self, 0);
}

void
gor_playback_run_to_end (GorPlayback *self)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  gor_playback_set_playing (self, FALSE);
  if (self->finished)
    {
      set_playhead_internal (self, self->n_steps);
      return;
    }
  if (self->running_to_end)
    return;
  self->running_to_end = TRUE;
  g_object_notify_by_pspec (G_OBJECT (self), properties[PROP_RUNNING_TO_END]);
  record_ahead (self, G_PRIORITY_DEFAULT_IDLE);
}

void
gor_playback_record_all (GorPlayback *self)
{
  g_return_if_fail (GOR_IS_PLAYBACK (self));

  if (self->finished)
    return;
  advance_to (self, G_MAXUINT, 0);
  update_counts (self);
  g_signal_emit (self, signals[ADVANCED], 0);
  g_clear_handle_id (&self->record_source, g_source_remove);
  if (self->running_to_end)
    set_playhead_internal (self, self->n_steps);
  stop_following (self);
}
