/* gor-window-actions.c — the window's actions and the keys that fire them
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Every command is a "win." action; the header bar, the menu and the keys
 * all go through it.  Keys with a modifier are application accels (menus
 * show them).  The plain keys of playback and zoom are shortcuts on the
 * window, taken in the capture phase so a focused button or list row does
 * not swallow Space or the arrows, but left to a widget where the user
 * types (the seed) or to an open menu.
 */

#include "config.h"

#include "gor-window-private.h"

/* The plain keys: each has a keypad twin, some a second key. */
static const struct
{
  guint       keyvals[3];
  const char *action;
} plain_keys[] = {
  { { GDK_KEY_space, GDK_KEY_KP_Space, 0 }, "play" },
  { { GDK_KEY_Right, GDK_KEY_KP_Right, 0 }, "step-forward" },
  { { GDK_KEY_Left, GDK_KEY_KP_Left, 0 }, "step-back" },
  { { GDK_KEY_Home, GDK_KEY_KP_Home, 0 }, "start" },
  { { GDK_KEY_End, GDK_KEY_KP_End, 0 }, "end" },
  { { GDK_KEY_plus, GDK_KEY_equal, GDK_KEY_KP_Add }, "zoom-in" },
  { { GDK_KEY_minus, GDK_KEY_KP_Subtract, 0 }, "zoom-out" },
  { { GDK_KEY_0, GDK_KEY_KP_0, 0 }, "zoom-fit" },
};

static const struct
{
  const char *action;
  const char *accel;
} accels[] = {
  { "win.open", "<Control>o" },
  { "win.export", "<Control>e" },
  { "win.fullscreen", "F11" },
  { "win.present", "F5" },
};

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
    _gor_window_start_runs (self);
}

static void
open_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  _gor_window_open_dialog (GOR_WINDOW (user_data));
}

static void
export_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  _gor_window_export_dialog (GOR_WINDOW (user_data));
}

static void
explore_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  _gor_window_explore (GOR_WINDOW (user_data));
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

/* Typing a seed, or moving in a menu, keeps its keys. */
static gboolean
focus_takes_keys (GorWindow *self)
{
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  return focus != NULL
         && (GTK_IS_EDITABLE (focus) || gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL
             || gtk_widget_get_ancestor (focus, GTK_TYPE_SPIN_BUTTON) != NULL);
}

static gboolean
plain_key_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  GorWindow *self = GOR_WINDOW (widget);

  if (focus_takes_keys (self))
    return FALSE;
  /* A disabled action ignores the key, which is still taken. */
  g_action_group_activate_action (G_ACTION_GROUP (self), g_variant_get_string (args, NULL), NULL);
  return TRUE;
}

static GtkShortcutTrigger *
new_trigger (const guint *keyvals)
{
  GtkShortcutTrigger *trigger = gtk_keyval_trigger_new (keyvals[0], 0);

  for (guint i = 1; i < 3 && keyvals[i] != 0; i++)
    trigger = gtk_alternative_trigger_new (trigger, gtk_keyval_trigger_new (keyvals[i], 0));
  return trigger;
}

static void
add_plain_keys (GorWindow *self)
{
  GtkEventController *controller = gtk_shortcut_controller_new ();

  gtk_event_controller_set_name (controller, "gor-window-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  for (guint i = 0; i < G_N_ELEMENTS (plain_keys); i++)
    {
      GtkShortcut *shortcut = gtk_shortcut_new (new_trigger (plain_keys[i].keyvals),
                                                gtk_callback_action_new (plain_key_cb, NULL, NULL));

      gtk_shortcut_set_arguments (shortcut, g_variant_new_string (plain_keys[i].action));
      gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
    }
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

static void
set_enabled (GorWindow *self, const char *name, gboolean enabled)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), name);

  g_simple_action_set_enabled (G_SIMPLE_ACTION (action), enabled);
}

void
_gor_window_update_actions (GorWindow *self)
{
  guint    playhead = gor_playback_get_playhead (self->playback);
  gboolean has_trace = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK) != NULL;
  gboolean at_end
      = gor_playback_get_finished (self->playback) && playhead >= gor_playback_get_n_steps (self->playback);

  set_enabled (self, "step-back", has_trace && playhead > 0);
  set_enabled (self, "start", has_trace && playhead > 0);
  set_enabled (self, "step-forward", has_trace && !at_end);
  set_enabled (self, "end", has_trace && !at_end);
  set_enabled (self, "play", has_trace);
  set_enabled (self, "export", has_trace);
  set_enabled (self, "zoom-in", has_trace);
  set_enabled (self, "zoom-out", has_trace);
  set_enabled (self, "zoom-fit", has_trace);
}

static void
application_changed_cb (GorWindow *self, GParamSpec *pspec, gpointer user_data)
{
  GtkApplication *application = gtk_window_get_application (GTK_WINDOW (self));

  if (application != NULL)
    _gor_window_set_accels (application);
}

void
_gor_window_init_actions (GorWindow *self)
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
    { "explore", explore_activated, NULL, NULL, NULL },
    { "zoom-in", zoom_in_activated, NULL, NULL, NULL },
    { "zoom-out", zoom_out_activated, NULL, NULL, NULL },
    { "zoom-fit", zoom_fit_activated, NULL, NULL, NULL },
    { "fullscreen", fullscreen_activated, NULL, NULL, NULL },
  };

  g_action_map_add_action_entries (G_ACTION_MAP (self), entries, G_N_ELEMENTS (entries), self);
  add_plain_keys (self);
  g_signal_connect (self, "notify::application", G_CALLBACK (application_changed_cb), NULL);
}

void
_gor_window_set_accels (GtkApplication *application)
{
  for (guint i = 0; i < G_N_ELEMENTS (accels); i++)
    {
      const char *keys[] = { accels[i].accel, NULL };

      gtk_application_set_accels_for_action (application, accels[i].action, keys);
    }
}
