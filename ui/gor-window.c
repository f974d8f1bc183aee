/* gor-window.c — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-window.h"

struct _GorWindow
{
  GtkApplicationWindow parent_instance;

  GtkHeaderBar *header_bar;
};

G_DEFINE_FINAL_TYPE (GorWindow, gor_window, GTK_TYPE_APPLICATION_WINDOW)

static void
gor_window_class_init (GorWindowClass *klass)
{
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  gtk_widget_class_set_template_from_resource (widget_class,
                                               "/io/github/goroscope/Goroscope/ui/gor-window.ui");
  gtk_widget_class_bind_template_child (widget_class, GorWindow, header_bar);
}

static void
gor_window_init (GorWindow *self)
{
  gtk_widget_init_template (GTK_WIDGET (self));
}

GorWindow *
gor_window_new (GtkApplication *application)
{
  return g_object_new (GOR_TYPE_WINDOW, "application", application, NULL);
}
