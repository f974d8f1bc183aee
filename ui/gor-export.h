/* gor-export.h — the timeline as an SVG or PNG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws through the one renderer (gor-render.h), so a file shows what the
 * window shows.  The picture goes to a temporary file in the target's
 * folder that is renamed over the target only when complete: a failed
 * export never leaves a partial or empty file behind.
 */
#pragma once

#include <glib.h>

#include "gor-render.h"
#include "gor-trace.h"

G_BEGIN_DECLS

#define GOR_EXPORT_ERROR (gor_export_error_quark ())

typedef enum
{
  GOR_EXPORT_ERROR_FORMAT, /* unknown format or extension */
  GOR_EXPORT_ERROR_WRITE,  /* the file could not be written */
  GOR_EXPORT_ERROR_SIZE,   /* the picture would be too large */
} GorExportError;

GQuark gor_export_error_quark (void);

typedef enum
{
  GOR_EXPORT_FORMAT_SVG,
  GOR_EXPORT_FORMAT_PNG,
} GorExportFormat;

/* "svg" / "png" (any case) → format. */
gboolean gor_export_format_from_name (const char      *name,
                                      GorExportFormat *format);
/* From the file name's extension. */
gboolean gor_export_format_from_path (const char      *path,
                                      GorExportFormat *format);

/* Writes what @render draws at its current size, view and options. */
gboolean gor_export_render (GorRender        *render,
                            const char       *path,
                            GorExportFormat   format,
                            GError          **error);

/* The whole run of @leak (and @fixed, may be NULL) fitted to @width; a
 * @height of 0 takes the content's height (lanes shrink when a very large
 * trace would not fit a picture).  @options may be NULL for the defaults;
 * the export always draws everything, with no playhead. */
gboolean gor_export_traces (GorTrace                *leak,
                            GorTrace                *fixed,
                            const char              *title,
                            const GorRenderOptions  *options,
                            int                      width,
                            int                      height,
                            const char              *path,
                            GorExportFormat          format,
                            GError                 **error);

G_END_DECLS
