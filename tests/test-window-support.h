/* test-window-support.h — what every window test sets up the same way
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A registered application with the app's resource path, a main loop
 * turned until it is idle or until something happens, a widget looked
 * up by type, and a settings folder of the test's own so that a run
 * never reads or writes the user's settings.
 */
#pragma once

#include <glib/gstdio.h>
#include <gtk/gtk.h>

static inline void
test_window_iterate (void)
{
  while (g_main_context_iteration (NULL, FALSE))
    ;
}

static inline GtkApplication *
test_window_new_app (void)
{
  GtkApplication *app = gtk_application_new ("io.github.gorolanes.Test", G_APPLICATION_NON_UNIQUE);

  /* The app's own resources (help overlay) are found under its base path. */
  g_application_set_resource_base_path (G_APPLICATION (app), "/io/github/gorolanes/Gorolanes");
  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  return app;
}

/* Waits a little for @done (the main loop runs meanwhile). */
static inline void
test_window_wait_for (gboolean (*done) (gpointer), gpointer data)
{
  gint64 deadline = g_get_monotonic_time () + 5 * G_USEC_PER_SEC;

  while (!done (data) && g_get_monotonic_time () < deadline)
    {
      if (!g_main_context_iteration (NULL, FALSE))
        g_usleep (2000);
    }
}

/* The first widget of @type at or below @widget, depth first. */
static inline GtkWidget *
test_window_find_type (GtkWidget *widget, GType type)
{
  if (G_TYPE_CHECK_INSTANCE_TYPE (widget, type))
    return widget;
  for (GtkWidget *child = gtk_widget_get_first_child (widget); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    {
      GtkWidget *found = test_window_find_type (child, type);

      if (found != NULL)
        return found;
    }
  return NULL;
}

/* The folder that stands for XDG_CONFIG_HOME while the tests run. */
static char *test_window_config_dir;

/* Initialises GTK with settings in a folder of the test's own, lets
 * @add_tests register the test cases, runs them and removes the folder
 * and the settings file the app wrote there. */
static inline int
test_window_run (int *argc, char ***argv, void (*add_tests) (void))
{
  int result;

  test_window_config_dir = g_dir_make_tmp ("gorolanes-config-XXXXXX", NULL);
  g_setenv ("XDG_CONFIG_HOME", test_window_config_dir, TRUE);
  gtk_test_init (argc, argv, NULL);
  add_tests ();
  result = g_test_run ();

  {
    g_autofree char *file = g_build_filename (test_window_config_dir, "gorolanes", "settings.ini", NULL);
    g_autofree char *dir = g_build_filename (test_window_config_dir, "gorolanes", NULL);

    g_unlink (file);
    g_rmdir (dir);
    g_rmdir (test_window_config_dir);
    g_clear_pointer (&test_window_config_dir, g_free);
  }
  return result;
}
