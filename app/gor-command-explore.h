/* gor-command-explore.h — `gorolanes explore`: many schedules, headless
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

int gor_command_explore (int argc, char *argv[]);

G_END_DECLS
