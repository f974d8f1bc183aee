/* gor-window-present.c — presentation mode and the window's theme
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Presentation mode (F5, or the main menu; Escape or F5 leaves) is for a
 * projector: the window goes full screen, the sidebar, the header bar's
 * settings and the source panes with the inspector are hidden (the menu
 * brings the panes back), and the timeline's text and lanes grow by one scale
 * factor that follows the screen's height, so 1280×720 and 1920×1080 both
 * read from the back of a room.  Leaving restores what was there.
 *
 * The theme (System, Light, Dark) is GTK's dark-variant setting for this
 * process; the timeline and the source panes follow the style it gives.
 * The choice is kept in a small key file in the user's config folder.
 */

#include "config.h"

#include <errno.h>

#include "gor-window-private.h"

/* The least and the largest text scale in presentation mode. */
#define MIN_PRESENT_SCALE 1.4
#define MAX_PRESENT_SCALE 2.4
/* Screen height in pixels that gives presentation scale 1. */
#define PRESENT_SCALE_HEIGHT 540.0
/* Below this height the room above the timeline is kept tight
 * (style.css, .present-compact): 720 lines leave little for the lanes. */
#define PRESENT_COMPACT_HEIGHT 900

#define SETTINGS_GROUP "Window"
#define SETTINGS_THEME "Theme"

static const char *const themes[] = { "system", "light", "dark" };

double
_gor_window_present_scale_for_height (int height)
{
  return CLAMP (height / PRESENT_SCALE_HEIGHT, MIN_PRESENT_SCALE, MAX_PRESENT_SCALE);
}

static void
set_chrome_visible (GorWindow *self, gboolean visible)
{
  gtk_widget_set_visible (GTK_WIDGET (self->sidebar_button), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->speed_dropdown), visible);
  gtk_widget_set_visible (GTK_WIDGET (self->seed_box), visible);
}

static void
set_sources_visible (GorWindow *self, gboolean visible)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "show-sources");

  gtk_widget_set_visible (self->bottom_paned, visible);
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (visible));
}

static void
show_sources_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;

  set_sources_visible (self, !gtk_widget_get_visible (self->bottom_paned));
}

static void
apply_scale (GorWindow *self)
{
  int height = gtk_widget_get_height (GTK_WIDGET (self));

  if (self->presenting)
    gor_timeline_set_text_scale (self->timeline, _gor_window_present_scale_for_height (height));
  else
    gor_timeline_set_text_scale (self->timeline, GOR_WINDOW_TEXT_SCALE);
  if (self->presenting && height > 0 && height < PRESENT_COMPACT_HEIGHT)
    gtk_widget_add_css_class (GTK_WIDGET (self), "present-compact");
  else
    gtk_widget_remove_css_class (GTK_WIDGET (self), "present-compact");
  self->present_height = height;
}

/* Presenting, the banner (a lesson of two or three lines, a message) is
 * one line and the timeline keeps the room: the whole text is in its
 * tooltip, and back in the window once presentation mode ends. */
void
_gor_window_present_banner (GorWindow *self)
{
  gtk_label_set_wrap (self->banner_label, !self->presenting);
  gtk_label_set_ellipsize (self->banner_label, self->presenting ? PANGO_ELLIPSIZE_END : PANGO_ELLIPSIZE_NONE);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->banner_label),
                               self->presenting ? gtk_label_get_text (self->banner_label) : NULL);
}

static gboolean
apply_scale_cb (gpointer user_data)
{
  GorWindow *self = user_data;

  self->scale_source = 0;
  apply_scale (self);
  return G_SOURCE_REMOVE;
}

/* From size_allocate: the scale is set outside of layout. */
void
_gor_window_present_size_changed (GorWindow *self, int height)
{
  if (!self->presenting || height == self->present_height || self->scale_source != 0)
    return;
  self->scale_source = g_idle_add_full (G_PRIORITY_HIGH_IDLE, apply_scale_cb, self, NULL);
}

void
_gor_window_set_presenting (GorWindow *self, gboolean presenting)
{
  GAction *action = g_action_map_lookup_action (G_ACTION_MAP (self), "present");

  presenting = !!presenting;
  if (presenting == self->presenting)
    return;
  self->presenting = presenting;

  if (presenting)
    {
      self->present_was_fullscreen = gtk_window_is_fullscreen (GTK_WINDOW (self));
      self->present_had_sidebar = gtk_toggle_button_get_active (self->sidebar_button);
      self->present_had_sources = gtk_widget_get_visible (self->bottom_paned);
      gtk_toggle_button_set_active (self->sidebar_button, FALSE);
      set_sources_visible (self, FALSE);
      set_chrome_visible (self, FALSE);
      gtk_widget_add_css_class (GTK_WIDGET (self), "presentation");
      if (!self->present_was_fullscreen)
        gtk_window_fullscreen (GTK_WINDOW (self));
    }
  else
    {
      g_clear_handle_id (&self->scale_source, g_source_remove);
      set_chrome_visible (self, TRUE);
      gtk_toggle_button_set_active (self->sidebar_button, self->present_had_sidebar);
      set_sources_visible (self, self->present_had_sources);
      gtk_widget_remove_css_class (GTK_WIDGET (self), "presentation");
      if (!self->present_was_fullscreen)
        gtk_window_unfullscreen (GTK_WINDOW (self));
    }
  _gor_window_present_banner (self);
  apply_scale (self);
  g_simple_action_set_state (G_SIMPLE_ACTION (action), g_variant_new_boolean (presenting));
}

gboolean
_gor_window_get_presenting (GorWindow *self)
{
  return self->presenting;
}

static void
present_activated (GSimpleAction *action, GVariant *param, gpointer user_data)
{
  GorWindow *self = user_data;

  _gor_window_set_presenting (self, !self->presenting);
}

/* Escape leaves presentation mode, unless a menu or the seed has it. */
static gboolean
escape_cb (GtkWidget *widget, GVariant *args, gpointer user_data)
{
  GorWindow *self = GOR_WINDOW (widget);
  GtkWidget *focus = gtk_root_get_focus (GTK_ROOT (self));

  if (!self->presenting)
    return FALSE;
  if (focus != NULL && gtk_widget_get_ancestor (focus, GTK_TYPE_POPOVER) != NULL)
    return FALSE;
  _gor_window_set_presenting (self, FALSE);
  return TRUE;
}

static char *
settings_path (void)
{
  return g_build_filename (g_get_user_config_dir (), "gorolanes", "settings.ini", NULL);
}

static int
theme_index (const char *name)
{
  for (guint i = 0; i < G_N_ELEMENTS (themes); i++)
    if (g_strcmp0 (name, themes[i]) == 0)
      return (int) i;
  return -1;
}

static void
save_theme (const char *theme)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autoptr (GError) error = NULL;
  g_autofree char *path = settings_path ();
  g_autofree char *dir = g_path_get_dirname (path);

  /* Other keys of the file stay as they are. */
  g_key_file_load_from_file (file, path, G_KEY_FILE_KEEP_COMMENTS, NULL);
  g_key_file_set_string (file, SETTINGS_GROUP, SETTINGS_THEME, theme);
  if (g_mkdir_with_parents (dir, 0700) != 0 || !g_key_file_save_to_file (file, path, &error))
    g_debug ("Could not save the theme to %s: %s", path, error ? error->message : g_strerror (errno));
}

static char *
load_theme (void)
{
  g_autoptr (GKeyFile) file = g_key_file_new ();
  g_autofree char *path = settings_path ();
  char            *theme;

  if (!g_key_file_load_from_file (file, path, G_KEY_FILE_NONE, NULL))
    return g_strdup (themes[0]);
  theme = g_key_file_get_string (file, SETTINGS_GROUP, SETTINGS_THEME, NULL);
  if (theme_index (theme) < 0)
    {
      g_free (theme);
      return g_strdup (themes[0]);
    }
  return theme;
}

static void
apply_theme (GorWindow *self, const char *theme)
{
  GtkSettings *settings = gtk_widget_get_settings (GTK_WIDGET (self));

  /* System: whatever GTK read from the desktop's settings. */
  if (g_strcmp0 (theme, "system") == 0)
    gtk_settings_reset_property (settings, "gtk-application-prefer-dark-theme");
  else
    g_object_set (settings, "gtk-application-prefer-dark-theme", g_strcmp0 (theme, "dark") == 0, NULL);
  gtk_widget_queue_draw (GTK_WIDGET (self->timeline));
}

static void
theme_changed (GSimpleAction *action, GVariant *value, gpointer user_data)
{
  GorWindow  *self = user_data;
  const char *theme = g_variant_get_string (value, NULL);

  if (theme_index (theme) < 0)
    return;
  g_simple_action_set_state (action, value);
  apply_theme (self, theme);
  save_theme (theme);
}

void
_gor_window_init_present (GorWindow *self)
{
  g_autofree char    *theme = load_theme ();
  GtkEventController *controller = gtk_shortcut_controller_new ();
  GtkShortcut        *shortcut;
  GSimpleAction      *action;

  action = g_simple_action_new_stateful ("present", NULL, g_variant_new_boolean (FALSE));
  g_signal_connect (action, "activate", G_CALLBACK (present_activated), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_object_unref (action);

  action = g_simple_action_new_stateful ("show-sources", NULL, g_variant_new_boolean (TRUE));
  g_signal_connect (action, "activate", G_CALLBACK (show_sources_activated), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_object_unref (action);

  action = g_simple_action_new_stateful ("theme", G_VARIANT_TYPE_STRING, g_variant_new_string (theme));
  g_signal_connect (action, "change-state", G_CALLBACK (theme_changed), self);
  g_action_map_add_action (G_ACTION_MAP (self), G_ACTION (action));
  g_object_unref (action);
  if (g_strcmp0 (theme, "system") != 0)
    apply_theme (self, theme);

  /* Before a focused button sees it, as the window's other plain keys;
   * a menu keeps it (escape_cb). */
  gtk_event_controller_set_name (controller, "gor-window-present-keys");
  gtk_event_controller_set_propagation_phase (controller, GTK_PHASE_CAPTURE);
  shortcut = gtk_shortcut_new (gtk_keyval_trigger_new (GDK_KEY_Escape, 0),
                               gtk_callback_action_new (escape_cb, NULL, NULL));
  gtk_shortcut_controller_add_shortcut (GTK_SHORTCUT_CONTROLLER (controller), shortcut);
  gtk_widget_add_controller (GTK_WIDGET (self), controller);
}

void
_gor_window_dispose_present (GorWindow *self)
{
  g_clear_handle_id (&self->scale_source, g_source_remove);
}
