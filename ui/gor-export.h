/* gor-export.h — the timeline as an SVG or PNG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Draws through the one renderer (gor-render.h), so a file shows what the
 * window shows.  The picture goes to a temporary file (.gorolanes-XXXXXX)
 * in the target's folder that is renamed over the target only when
 * complete: a failed export never leaves a partial or empty file behind.
 *
 * Nothing but a regular file is ever replaced.  A symbolic link is
 * followed: the picture replaces the file it points to and the link
 * stays.  A target that is not a regular file (a FIFO, a device such as
 * /dev/null, a socket, a folder) is refused with a message and left as it
 * is; writing into it in place could block, or lose the picture without a
 * word.  A file that is replaced keeps its permissions (and its owner and
 * group where the process may set them); a file that is not writable is
 * refused as a shell's redirection would refuse it.  A file with several
 * hard links is replaced in its own name only: the other names keep the
 * old picture.
 */
#pragma once

#include <glib.h>

#include "gor-render.h"
#include "gor-trace.h"

G_BEGIN_DECLS

#define GOR_EXPORT_ERROR (gor_export_error_quark ())

/* The largest pictures.  A PNG is drawn in memory first (4 bytes a pixel):
 * 16384 pixels a side and 64 Mi pixels in all (256 MiB) are beyond any
 * screen or slide and within a desktop's memory.  An SVG is written as it
 * is drawn, but a viewer has to draw it again: 30000 a side. */
#define GOR_EXPORT_MAX_PNG_SIDE 16384
#define GOR_EXPORT_MAX_PNG_PIXELS (64 * 1024 * 1024)
#define GOR_EXPORT_MAX_SVG_SIDE 30000

typedef enum
{
  GOR_EXPORT_ERROR_FORMAT, /* unknown format or extension */
  GOR_EXPORT_ERROR_WRITE,  /* the file could not be written, or is not a
                            * regular file and is left as it is */
  GOR_EXPORT_ERROR_SIZE,   /* the picture would be too large */
} GorExportError;

GQuark gor_export_error_quark (void);

typedef enum
{
  GOR_EXPORT_FORMAT_SVG,
  GOR_EXPORT_FORMAT_PNG,
} GorExportFormat;

/* "svg" / "png" (any case) → format. */
gboolean gor_export_format_from_name (const char *name, GorExportFormat *format);
/* From the file name's extension. */
gboolean gor_export_format_from_path (const char *path, GorExportFormat *format);

/* Fails with GOR_EXPORT_ERROR_SIZE when a @width × @height picture is
 * beyond the limits of @format; a @height of 0 (the content's) is not
 * checked here, it is cut to the limits when drawn. */
gboolean gor_export_check_size (GorExportFormat format, int width, int height, GError **error);

/* Removes the temporary file of the export under way, if any.  Only
 * async-signal-safe calls: meant for a SIGINT/SIGTERM handler or atexit()
 * of a command-line export, so that an interrupted export leaves nothing
 * behind.  Installing the handler is the program's business. */
void gor_export_remove_temporary_file (void);

/* Writes what @render draws at its current size, view and options. */
gboolean gor_export_render (GorRender *render, const char *path, GorExportFormat format, GError **error);

/* The whole run of @leak (and @fixed, may be NULL) fitted to @width; a
 * @height of 0 takes the content's height (lanes shrink when a very large
 * trace would not fit a picture).  @options may be NULL for the defaults;
 * the export always draws everything, with no playhead. */
gboolean gor_export_traces (GorTrace *leak, GorTrace *fixed, const char *title,
                            const GorRenderOptions *options, int width, int height, const char *path,
                            GorExportFormat format, GError **error);

/* As gor_export_traces(), an SVG that plays the run in @seconds and
 * starts again, drawn progressively with SMIL animation (no script);
 * where animation is not supported it shows the whole run, the picture
 * gor_export_traces() writes. */
gboolean gor_export_traces_animated (GorTrace *leak, GorTrace *fixed, const char *title,
                                     const GorRenderOptions *options, int width, int height, double seconds,
                                     const char *path, GError **error);

/* Writes @leak (and @fixed, may be NULL) as Chrome/Perfetto trace-event
 * JSON (core/gor-trace-json.h) to @path, as safely as the pictures. */
gboolean gor_export_trace_json (GorTrace *leak, GorTrace *fixed, const char *title, const char *path,
                                GError **error);

G_END_DECLS
