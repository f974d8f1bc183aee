/* gor-window.h — the main window
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GOR_TYPE_WINDOW (gor_window_get_type ())
G_DECLARE_FINAL_TYPE (GorWindow, gor_window, GOR, WINDOW, GtkApplicationWindow)

GorWindow *gor_window_new (GtkApplication *application);

G_END_DECLS
