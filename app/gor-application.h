/* gor-application.h — the GtkApplication
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GOR_TYPE_APPLICATION (gor_application_get_type ())
G_DECLARE_FINAL_TYPE (GorApplication, gor_application, GOR, APPLICATION, GtkApplication)

GorApplication *gor_application_new (void);

G_END_DECLS
