/* test-input.h — pointer and key input for the UI tests, as a user gives it
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Gestures read their start point and modifiers from the event that
 * started them, which a test cannot make: pointer input goes to the X
 * server instead (xdotool, under Xvfb in CI) and the test waits until
 * GTK has delivered it.  Keys go through the window's own shortcut
 * controllers and the application's accels, as GTK dispatches them.
 */
#pragma once

#include <gtk/gtk.h>
#include <gdk/x11/gdkx.h>

static inline void
test_input_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

/* Whether real pointer input can be given: an X display and xdotool. */
static inline gboolean
test_input_available (void)
{
  g_autofree char *xdotool = g_find_program_in_path ("xdotool");

  return xdotool != NULL && GDK_IS_X11_DISPLAY (gdk_display_get_default ());
}

/* Runs "xdotool ARGS…" with %XID replaced by @widget's toplevel X window
 * and coordinates in @widget's own space turned into that window's. */
static inline void test_input_xdotool (GtkWidget *widget, const char *format, ...) G_GNUC_PRINTF (2, 3);

static inline void
test_input_xdotool (GtkWidget *widget, const char *format, ...)
{
  GtkNative       *native = gtk_widget_get_native (widget);
  GdkSurface      *surface = gtk_native_get_surface (native);
  g_autofree char *args = NULL;
  g_autofree char *command = NULL;
  g_autofree char *err = NULL;
  g_autoptr (GError) error = NULL;
  GString *expanded = g_string_new (NULL);
  va_list  ap;
  int      status = 0;

  va_start (ap, format);
  args = g_strdup_vprintf (format, ap);
  va_end (ap);
  for (const char *p = args; *p != '\0'; p++)
    {
      if (g_str_has_prefix (p, "%XID"))
        {
          g_string_append_printf (expanded, "%lu", (unsigned long) gdk_x11_surface_get_xid (surface));
          p += 3;
        }
      else
        g_string_append_c (expanded, *p);
    }
  command = g_strconcat ("xdotool ", expanded->str, NULL);
  g_string_free (expanded, TRUE);
  g_spawn_command_line_sync (command, NULL, &err, &status, &error);
  g_assert_no_error (error);
  if (!g_spawn_check_wait_status (status, NULL))
    g_error ("%s failed: %s", command, err);
}

/* (x, y) in @widget's coordinates → its toplevel X window's. */
static inline void
test_input_to_window (GtkWidget *widget, double x, double y, int *wx, int *wy)
{
  GtkNative       *native = gtk_widget_get_native (widget);
  graphene_point_t in = GRAPHENE_POINT_INIT ((float) x, (float) y);
  graphene_point_t out;
  double           sx, sy;

  g_assert_true (gtk_widget_compute_point (widget, GTK_WIDGET (native), &in, &out));
  gtk_native_get_surface_transform (native, &sx, &sy);
  *wx = (int) (out.x + sx);
  *wy = (int) (out.y + sy);
}

/* Moves the pointer over @widget at (x, y) and waits until it is there. */
static inline void
test_input_move (GtkWidget *widget, double x, double y)
{
  int wx, wy;

  test_input_to_window (widget, x, y, &wx, &wy);
  test_input_xdotool (widget, "mousemove --sync --window %%XID %d %d", wx, wy);
}

/* Iterates the main loop until @done (checked after each dispatch)
 * returns TRUE, or 30 seconds pass.  Returns @done's last answer.  The
 * deadline only ends a wait that would never end: nothing here measures
 * speed, and a sanitizer build on a loaded machine takes its time. */
static inline gboolean
test_input_wait (gboolean (*done) (gpointer data), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 30 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  return done (data);
}

/* Presents @window and waits until it is mapped, sized and focused. */
static inline void
test_input_show (GtkWindow *window)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  gtk_window_present (window);
  while ((!gtk_widget_get_mapped (GTK_WIDGET (window)) || gtk_widget_get_width (GTK_WIDGET (window)) == 0)
         && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (1000);
    }
  /* Let the first frames go by, so the widgets have their sizes. */
  for (int i = 0; i < 20; i++)
    {
      g_usleep (2000);
      test_input_iterate ();
    }
}

static inline gboolean
test_input_trigger_matches (GtkShortcutTrigger *trigger, guint keyval, GdkModifierType modifiers)
{
  if (GTK_IS_KEYVAL_TRIGGER (trigger))
    return gtk_keyval_trigger_get_keyval (GTK_KEYVAL_TRIGGER (trigger)) == keyval
           && gtk_keyval_trigger_get_modifiers (GTK_KEYVAL_TRIGGER (trigger)) == modifiers;
  if (GTK_IS_ALTERNATIVE_TRIGGER (trigger))
    return test_input_trigger_matches (gtk_alternative_trigger_get_first (GTK_ALTERNATIVE_TRIGGER (trigger)),
                                       keyval, modifiers)
           || test_input_trigger_matches (
               gtk_alternative_trigger_get_second (GTK_ALTERNATIVE_TRIGGER (trigger)), keyval, modifiers);
  return FALSE;
}

/* Presses a key on @window as GTK dispatches it before the focused widget
 * gets it: the window's capture-phase shortcut controllers (its own keys
 * and the application's accels).  Returns whether something took it. */
static inline gboolean
test_input_press_key (GtkWindow *window, guint keyval, GdkModifierType modifiers)
{
  GListModel     *controllers = gtk_widget_observe_controllers (GTK_WIDGET (window));
  GtkApplication *app = gtk_window_get_application (window);
  gboolean        handled = FALSE;

  for (guint i = 0; i < g_list_model_get_n_items (controllers) && !handled; i++)
    {
      g_autoptr (GtkEventController) c = g_list_model_get_item (controllers, i);

      /* Only what runs before the focused widget sees the key. */
      if (!GTK_IS_SHORTCUT_CONTROLLER (c)
          || gtk_event_controller_get_propagation_phase (c) != GTK_PHASE_CAPTURE)
        continue;
      for (guint k = 0; k < g_list_model_get_n_items (G_LIST_MODEL (c)) && !handled; k++)
        {
          g_autoptr (GtkShortcut) shortcut = g_list_model_get_item (G_LIST_MODEL (c), k);

          if (test_input_trigger_matches (gtk_shortcut_get_trigger (shortcut), keyval, modifiers))
            handled = gtk_shortcut_action_activate (gtk_shortcut_get_action (shortcut),
                                                    GTK_SHORTCUT_ACTION_EXCLUSIVE, GTK_WIDGET (window),
                                                    gtk_shortcut_get_arguments (shortcut));
        }
    }
  g_object_unref (controllers);

  if (!handled && app != NULL)
    {
      g_autofree char *accel = gtk_accelerator_name (keyval, modifiers);
      g_auto (GStrv) actions = gtk_application_get_actions_for_accel (app, accel);

      for (guint i = 0; actions != NULL && actions[i] != NULL && !handled; i++)
        handled = gtk_widget_activate_action (GTK_WIDGET (window), actions[i], NULL);
    }
  return handled;
}
