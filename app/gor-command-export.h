/* gor-command-export.h — `gorolanes export`: the timeline as SVG or PNG
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* @argv[0] is "export".  Needs no display and never initialises GTK.
 * Returns the process exit status. */
int gor_command_export (int argc, char *argv[]);

G_END_DECLS
