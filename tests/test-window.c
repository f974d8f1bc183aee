/* test-window.c — the main window shell
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include <gtk/gtk.h>

#include "gor-window.h"

static void
test_window_from_template (void)
{
  g_autoptr (GtkApplication) app = gtk_application_new ("io.github.goroscope.Test",
                                                        G_APPLICATION_NON_UNIQUE);
  GorWindow *window;

  g_assert_true (g_application_register (G_APPLICATION (app), NULL, NULL));
  window = gor_window_new (app);
  g_assert_true (GOR_IS_WINDOW (window));
  g_assert_cmpstr (gtk_window_get_title (GTK_WINDOW (window)), ==, "Goroscope");
  g_assert_true (GTK_IS_HEADER_BAR (gtk_window_get_titlebar (GTK_WINDOW (window))));
  gtk_window_destroy (GTK_WINDOW (window));
}

int
main (int argc, char *argv[])
{
  gtk_test_init (&argc, &argv, NULL);

  g_test_add_func ("/ui/window/template", test_window_from_template);

  return g_test_run ();
}
