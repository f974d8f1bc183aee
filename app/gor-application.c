/* gor-application.c — the GtkApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gor-application.h"
#include "gor-window.h"

struct _GorApplication
{
  GtkApplication parent_instance;
};

G_DEFINE_FINAL_TYPE (GorApplication, gor_application, GTK_TYPE_APPLICATION)

static void
gor_application_activate (GApplication *app)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (gor_window_new (GTK_APPLICATION (app)));

  gtk_window_present (window);
}

static void
gor_application_open (GApplication *app, GFile **files, int n_files, const char *hint)
{
  GtkWindow *window = gtk_application_get_active_window (GTK_APPLICATION (app));

  if (window == NULL)
    window = GTK_WINDOW (gor_window_new (GTK_APPLICATION (app)));

  /* main.c accepts at most two: a program and its fix. */
  if (n_files > 0)
    gor_window_open_files (GOR_WINDOW (window), files, (guint) MIN (n_files, 2));
  gtk_window_present (window);
}

static void
about_activated_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  static const char *authors[] = { N_ ("The Gorolanes authors"), NULL };
  const char        *translated_authors[] = { _ (authors[0]), NULL };
  GtkWindow         *window = gtk_application_get_active_window (GTK_APPLICATION (user_data));

  gtk_show_about_dialog (window, "program-name", "Gorolanes", "logo-icon-name", APPLICATION_ID, "version",
                         PACKAGE_VERSION, "comments",
                         _ ("Watch goroutines live, block and leak: run small Go programs "
                            "step by step and see which goroutines are blocked forever."),
                         "license-type", GTK_LICENSE_GPL_3_0, "authors", translated_authors,
                         "translator-credits", _ ("translator-credits"), NULL);
}

static void
quit_activated_cb (GSimpleAction *action, GVariant *parameter, gpointer user_data)
{
  g_application_quit (G_APPLICATION (user_data));
}

static void
gor_application_startup (GApplication *app)
{
  static const GActionEntry app_entries[] = {
    { "quit", quit_activated_cb, NULL, NULL, NULL },
    { "about", about_activated_cb, NULL, NULL, NULL },
  };
  static const char *quit_accels[] = { "<Control>q", NULL };
  g_autoptr (GtkCssProvider) css = NULL;

  G_APPLICATION_CLASS (gor_application_parent_class)->startup (app);

  g_action_map_add_action_entries (G_ACTION_MAP (app), app_entries, G_N_ELEMENTS (app_entries), app);
  gtk_application_set_accels_for_action (GTK_APPLICATION (app), "app.quit", quit_accels);
  /* The window's own keys (Ctrl+O, Ctrl+E, F11) come with the window. */

  css = gtk_css_provider_new ();
  gtk_css_provider_load_from_resource (css, "/io/github/gorolanes/Gorolanes/style.css");
  gtk_style_context_add_provider_for_display (gdk_display_get_default (), GTK_STYLE_PROVIDER (css),
                                              GTK_STYLE_PROVIDER_PRIORITY_APPLICATION);
}

static void
gor_application_class_init (GorApplicationClass *klass)
{
  GApplicationClass *app_class = G_APPLICATION_CLASS (klass);

  app_class->activate = gor_application_activate;
  app_class->open = gor_application_open;
  app_class->startup = gor_application_startup;
}

static void
gor_application_init (GorApplication *self)
{
}

GorApplication *
gor_application_new (void)
{
  return g_object_new (GOR_TYPE_APPLICATION, "application-id", APPLICATION_ID, "flags",
                       G_APPLICATION_HANDLES_OPEN | G_APPLICATION_NON_UNIQUE, NULL);
}
