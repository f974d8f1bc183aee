/* gor-export-private.h — shared inside the export
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gor-export.h"

G_BEGIN_DECLS

/* The animated SVG document (gor-export-animate.c): @full draws the whole
 * run, @start the same picture at step 0 of playback; @seconds is the
 * play time of one pass. */
gboolean _gor_export_animate_svg (GorRender *full, GorRender *start, double seconds, GString *out,
                                  GError **error);

/* Appends @len bytes of SVG markup with its ids and local references
 * prefixed by @prefix. */
void _gor_export_append_prefixed (GString *out, const char *body, gsize len, const char *prefix);

G_END_DECLS
