/* gor-export.c — the timeline as an SVG or PNG file
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-export.h"

#include <errno.h>
#include <fcntl.h>
#include <math.h>
#include <string.h>
#include <unistd.h>
#include <cairo-svg.h>
#include <glib/gstdio.h>

/* cairo's image surfaces stop at 32767 pixels a side; keep pictures well
 * under that. */
#define MAX_PICTURE_SIDE 30000
/* Without a height asked for, a picture taller than this shrinks its lanes:
 * thousands of labelled lanes help nobody, and the SVG would swell with
 * their glyphs. */
#define AUTO_HEIGHT_LIMIT 12000
#define MIN_LANE_HEIGHT 2.0

G_DEFINE_QUARK (gor-export-error-quark, gor_export_error)

typedef struct
{
  int    fd;
  int    saved_errno;
} Sink;

static cairo_status_t
write_cb (void                *closure,
          const unsigned char *data,
          unsigned int         length)
{
  Sink *sink = closure;

  while (length > 0)
    {
      ssize_t n = write (sink->fd, data, length);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          sink->saved_errno = errno;
          return CAIRO_STATUS_WRITE_ERROR;
        }
      data += n;
      length -= (unsigned int) n;
    }

  return CAIRO_STATUS_SUCCESS;
}

gboolean
gor_export_format_from_name (const char      *name,
                             GorExportFormat *format)
{
  g_return_val_if_fail (name != NULL, FALSE);

  if (g_ascii_strcasecmp (name, "svg") == 0)
    *format = GOR_EXPORT_FORMAT_SVG;
  else if (g_ascii_strcasecmp (name, "png") == 0)
    *format = GOR_EXPORT_FORMAT_PNG;
  else
    return FALSE;
  return TRUE;
}

gboolean
gor_export_format_from_path (const char      *path,
                             GorExportFormat *format)
{
  const char *dot;

  g_return_val_if_fail (path != NULL, FALSE);

  dot = strrchr (path, '.');
  if (dot == NULL || strchr (dot, G_DIR_SEPARATOR) != NULL)
    return FALSE;
  return gor_export_format_from_name (dot + 1, format);
}

static gboolean
write_error (GError **error, const char *path, int err)
{
  g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
               "cannot write %s: %s", path, g_strerror (err));
  return FALSE;
}

gboolean
gor_export_render (GorRender        *render,
                   const char       *path,
                   GorExportFormat   format,
                   GError          **error)
{
  g_autofree char *dir = NULL;
  g_autofree char *base = NULL;
  g_autofree char *tmp_path = NULL;
  cairo_surface_t *surface;
  cairo_status_t status;
  cairo_t *cr;
  Sink sink = { -1, 0 };
  double width, height;

  g_return_val_if_fail (render != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  {
    int w, h;

    gor_render_get_size (render, &w, &h);
    width = w;
    height = h;
  }

  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_SIZE,
                   "picture of %.0f×%.0f pixels is too large (at most %d a side)",
                   width, height, MAX_PICTURE_SIDE);
      return FALSE;
    }

  /* A temporary file next to the target, renamed when complete. */
  dir = g_path_get_dirname (path);
  base = g_path_get_basename (path);
  tmp_path = g_strdup_printf ("%s%c.%s.XXXXXX", dir, G_DIR_SEPARATOR, base);
  sink.fd = g_mkstemp_full (tmp_path, O_WRONLY | O_CLOEXEC, 0644);
  if (sink.fd < 0)
    return write_error (error, path, errno);

  if (format == GOR_EXPORT_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (write_cb, &sink, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, (int) width, (int) height);

  cr = cairo_create (surface);
  gor_render_draw (render, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && format == GOR_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  if (status == CAIRO_STATUS_SUCCESS && fsync (sink.fd) != 0 && errno != EINVAL)
    sink.saved_errno = errno;
  if (close (sink.fd) != 0 && sink.saved_errno == 0)
    sink.saved_errno = errno;

  if (status != CAIRO_STATUS_SUCCESS || sink.saved_errno != 0)
    {
      g_unlink (tmp_path);
      if (sink.saved_errno != 0)
        return write_error (error, path, sink.saved_errno);
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                   "cannot write %s: %s", path, cairo_status_to_string (status));
      return FALSE;
    }

  if (g_rename (tmp_path, path) != 0)
    {
      int err = errno;

      g_unlink (tmp_path);
      return write_error (error, path, err);
    }

  return TRUE;
}

gboolean
gor_export_traces (GorTrace                *leak,
                   GorTrace                *fixed,
                   const char              *title,
                   const GorRenderOptions  *options,
                   int                      width,
                   int                      height,
                   const char              *path,
                   GorExportFormat          format,
                   GError                 **error)
{
  g_autoptr (GorRender) render = gor_render_new ();
  GorRenderOptions opt;
  double content;

  g_return_val_if_fail (leak != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  if (options)
    opt = *options;
  else
    gor_render_options_init (&opt);
  opt.draw_future = TRUE;

  if (width <= 0)
    width = 1600;
  if (width > MAX_PICTURE_SIDE || height > MAX_PICTURE_SIDE)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_SIZE,
                   "picture of %d×%d pixels is too large (at most %d a side)",
                   width, height, MAX_PICTURE_SIDE);
      return FALSE;
    }

  gor_render_set_traces (render, leak, fixed, title);
  gor_render_set_options (render, &opt);
  content = gor_render_get_content_height (render, width);

  /* Lanes shrink so the picture fits the height asked for (or the largest
   * picture), never below a couple of pixels each. */
  {
    double limit = height > 0 ? height : AUTO_HEIGHT_LIMIT;

    if (content > limit)
      {
        guint n_lanes = gor_trace_get_n_goroutines (leak)
                        + (fixed ? gor_trace_get_n_goroutines (fixed) : 0);
        double lane_h, fixed_part;

        gor_render_get_lane_extents (render, 0, 0, NULL, &lane_h);
        fixed_part = content - lane_h * n_lanes;
        opt.lane_height = MAX (MIN_LANE_HEIGHT, floor ((limit - fixed_part) / MAX (n_lanes, 1)));
        gor_render_set_options (render, &opt);
        content = gor_render_get_content_height (render, width);
      }
  }

  if (height <= 0)
    height = (int) ceil (MIN (content, MAX_PICTURE_SIDE));
  height = MAX (height, 1);

  gor_render_set_size (render, width, height);
  gor_render_fit (render);
  gor_render_set_playhead (render, gor_render_get_n_steps (render));

  return gor_export_render (render, path, format, error);
}
