/* gor-export.c — the timeline as an SVG or PNG file, the run as trace-event JSON
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */

#include "config.h"

#include "gor-export-private.h"
#include "gor-render-private.h"
#include "gor-trace-json.h"

#include <errno.h>
#include <fcntl.h>
#include <limits.h>
#include <math.h>
#include <signal.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>
#include <cairo-svg.h>
#include <glib/gi18n-lib.h>
#include <glib/gstdio.h>

/* Symbolic links followed from a target before giving up, as the kernel
 * does (ELOOP). */
#define MAX_SYMLINKS 40
/* Without a height asked for, a picture taller than this leaves lanes out
 * (and says how many): thousands of labelled lanes help nobody, and the
 * SVG would swell with their glyphs. */
#define AUTO_HEIGHT_LIMIT 12000

G_DEFINE_QUARK (gor - export - error - quark, gor_export_error)

/* The temporary file of the export under way, where a signal handler can
 * find it without allocating: a fixed buffer and a flag.  One export at a
 * time owns them (busy); another one running meanwhile (none does today)
 * is simply not tracked. */
static char                  pending_path[PATH_MAX];
static volatile sig_atomic_t pending = 0;
static int                   busy = 0;

typedef struct
{
  int fd;
  int saved_errno;
} Sink;

static cairo_status_t
write_cb (void *closure, const unsigned char *data, unsigned int length)
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
gor_export_format_from_name (const char *name, GorExportFormat *format)
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
gor_export_format_from_path (const char *path, GorExportFormat *format)
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
  g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE, _ ("cannot write %s: %s"), path,
               g_strerror (err));
  return FALSE;
}

static const char *
describe_type (mode_t mode)
{
  if (S_ISDIR (mode))
    return _ ("a folder");
  if (S_ISFIFO (mode))
    return _ ("a named pipe (FIFO)");
  if (S_ISCHR (mode))
    return _ ("a character device");
  if (S_ISBLK (mode))
    return _ ("a block device");
  if (S_ISSOCK (mode))
    return _ ("a socket");
  return _ ("not a regular file");
}

/* Follows @path's symbolic links to the file the picture replaces (or
 * creates, when the last link dangles).  *@exists tells which; @st is
 * that file's stat when it exists. */
static char *
resolve_target (const char *path, gboolean *exists, GStatBuf *st, GError **error)
{
  g_autofree char *current = g_strdup (path);

  for (int hops = 0;; hops++)
    {
      g_autoptr (GError) link_error = NULL;
      g_autofree char *link = NULL;

      if (g_lstat (current, st) != 0)
        {
          if (errno == ENOENT)
            {
              *exists = FALSE;
              return g_steal_pointer (&current);
            }
          write_error (error, path, errno);
          return NULL;
        }
      if (!S_ISLNK (st->st_mode))
        {
          *exists = TRUE;
          return g_steal_pointer (&current);
        }
      if (hops >= MAX_SYMLINKS)
        {
          write_error (error, path, ELOOP);
          return NULL;
        }
      link = g_file_read_link (current, &link_error);
      if (link == NULL)
        {
          g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE, _ ("cannot write %s: %s"), path,
                       link_error->message);
          return NULL;
        }
      if (!g_path_is_absolute (link))
        {
          g_autofree char *dir = g_path_get_dirname (current);

          g_free (current);
          current = g_build_filename (dir, link, NULL);
        }
      else
        {
          g_free (current);
          current = g_steal_pointer (&link);
        }
    }
}

static void
block_signals (sigset_t *old)
{
  sigset_t set;

  sigemptyset (&set);
  sigaddset (&set, SIGINT);
  sigaddset (&set, SIGTERM);
  sigaddset (&set, SIGHUP);
  sigaddset (&set, SIGQUIT);
  pthread_sigmask (SIG_BLOCK, &set, old);
}

/* Creates the temporary file in @dir.  When this export may own the
 * pending slot, the name lives there from before the file exists to after
 * it is renamed or removed; the signals a handler cleans up after are
 * held meanwhile, so it never sees a half-made name. */
static int
create_temporary (const char *dir, mode_t mode, char **tmp_path, gboolean *tracked)
{
  g_autofree char *template = g_build_filename (dir, ".gorolanes-XXXXXX", NULL);
  sigset_t old;
  int      fd, err;

  *tracked = strlen (template) < sizeof pending_path && g_atomic_int_compare_and_exchange (&busy, 0, 1);
  if (!*tracked)
    {
      fd = g_mkstemp_full (template, O_WRONLY | O_CLOEXEC, (int) mode);
      *tmp_path = g_steal_pointer (&template);
      return fd;
    }

  block_signals (&old);
  strcpy (pending_path, template);
  fd = g_mkstemp_full (pending_path, O_WRONLY | O_CLOEXEC, (int) mode);
  err = errno;
  pending = fd >= 0;
  *tmp_path = g_strdup (pending_path);
  pthread_sigmask (SIG_SETMASK, &old, NULL);
  if (fd < 0)
    g_atomic_int_set (&busy, 0);
  errno = err;
  return fd;
}

/* Renames the temporary file over @target (or removes it when @target is
 * NULL) and lets go of the pending slot. */
static int
finish_temporary (const char *tmp_path, gboolean tracked, const char *target)
{
  sigset_t old;
  int      result, err;

  if (tracked)
    block_signals (&old);
  if (target != NULL)
    result = g_rename (tmp_path, target);
  else
    result = g_unlink (tmp_path);
  err = errno;
  if (result != 0 && target != NULL)
    g_unlink (tmp_path);
  if (tracked)
    {
      pending = 0;
      pthread_sigmask (SIG_SETMASK, &old, NULL);
      g_atomic_int_set (&busy, 0);
    }
  errno = err;
  return result;
}

void
gor_export_remove_temporary_file (void)
{
  if (pending)
    {
      pending = 0;
      unlink (pending_path);
    }
}

gboolean
gor_export_check_size (GorExportFormat format, int width, int height, GError **error)
{
  const char *name = format == GOR_EXPORT_FORMAT_PNG ? "PNG" : "SVG";

  if (format == GOR_EXPORT_FORMAT_PNG
      && (width > GOR_EXPORT_MAX_PNG_SIDE || height > GOR_EXPORT_MAX_PNG_SIDE
          || (gint64) width * height > GOR_EXPORT_MAX_PNG_PIXELS))
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_SIZE,
                   _ ("a %s of %d×%d pixels is too large: at most %d pixels a side and "
                      "%d pixels in all"),
                   name, width, height, GOR_EXPORT_MAX_PNG_SIDE, GOR_EXPORT_MAX_PNG_PIXELS);
      return FALSE;
    }
  if (width > GOR_EXPORT_MAX_SVG_SIDE || height > GOR_EXPORT_MAX_SVG_SIDE)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_SIZE,
                   _ ("a %s of %d×%d pixels is too large: at most %d pixels a side"), name, width, height,
                   GOR_EXPORT_MAX_SVG_SIDE);
      return FALSE;
    }
  return TRUE;
}

/* Writes what @write puts on a file descriptor to @path safely: only a
 * regular file is replaced (a link leads to the file it names), through a
 * temporary file in the same folder that is renamed over the target once
 * complete and keeps a replaced file's mode and owner; on any failure the
 * target is as it was and nothing is left behind.  @write returns 0 or an
 * errno, or FALSE with @error set for a failure of its own. */
typedef gboolean (*WriteFunc) (int fd, gpointer data, int *saved_errno, GError **error);

static gboolean
write_safely (const char *path, WriteFunc write_func, gpointer data, GError **error)
{
  g_autofree char *target = NULL;
  g_autofree char *dir = NULL;
  g_autofree char *tmp_path = NULL;
  g_autoptr (GError) own_error = NULL;
  GStatBuf st;
  gboolean exists = FALSE, tracked = FALSE, ok;
  int      fd, saved_errno = 0;

  target = resolve_target (path, &exists, &st, error);
  if (target == NULL)
    return FALSE;
  if (exists && !S_ISREG (st.st_mode))
    {
      if (g_strcmp0 (target, path) != 0)
        g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                     _ ("cannot write %s: it leads to %s, which is %s, not a file; "
                        "left as it is"),
                     path, target, describe_type (st.st_mode));
      else
        g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                     _ ("cannot write %s: it is %s, not a file; left as it is"), path,
                     describe_type (st.st_mode));
      return FALSE;
    }
  if (exists && g_access (target, W_OK) != 0)
    return write_error (error, path, errno);

  /* A new file gets the usual 0666 less the umask; one that is replaced
   * keeps its mode, set on the temporary once written (0600 until then). */
  dir = g_path_get_dirname (target);
  fd = create_temporary (dir, exists ? 0600 : 0666, &tmp_path, &tracked);
  if (fd < 0)
    return write_error (error, path, errno);

  ok = write_func (fd, data, &saved_errno, &own_error);
  if (ok && saved_errno == 0 && exists)
    {
      /* Owner first: changing it clears set-id bits that fchmod sets back.
       * Only root (or the owner, for a group it is in) may: otherwise the
       * new file is the user's own, as any editor would leave it. */
      if ((st.st_uid != geteuid () || st.st_gid != getegid ()) && fchown (fd, st.st_uid, st.st_gid) != 0)
        (void) !fchown (fd, (uid_t) -1, st.st_gid);
      if (fchmod (fd, st.st_mode & 07777) != 0)
        saved_errno = errno;
    }
  if (ok && saved_errno == 0 && fsync (fd) != 0 && errno != EINVAL)
    saved_errno = errno;
  if (close (fd) != 0 && saved_errno == 0)
    saved_errno = errno;

  if (!ok || saved_errno != 0)
    {
      finish_temporary (tmp_path, tracked, NULL);
      if (saved_errno != 0)
        return write_error (error, path, saved_errno);
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE, _ ("cannot write %s: %s"), path,
                   own_error->message);
      return FALSE;
    }

  if (finish_temporary (tmp_path, tracked, target) != 0)
    return write_error (error, path, errno);

  return TRUE;
}

typedef struct
{
  GorRender      *render;
  GorExportFormat format;
} PictureJob;

static gboolean
write_picture (int fd, gpointer data, int *saved_errno, GError **error)
{
  PictureJob      *job = data;
  Sink             sink = { fd, 0 };
  cairo_surface_t *surface;
  cairo_status_t   status;
  cairo_t         *cr;
  int              width, height;

  gor_render_get_size (job->render, &width, &height);
  if (job->format == GOR_EXPORT_FORMAT_SVG)
    {
      surface = cairo_svg_surface_create_for_stream (write_cb, &sink, width, height);
      cairo_svg_surface_set_document_unit (surface, CAIRO_SVG_UNIT_PX);
    }
  else
    surface = cairo_image_surface_create (CAIRO_FORMAT_ARGB32, width, height);

  cr = cairo_create (surface);
  gor_render_draw (job->render, cr);
  status = cairo_status (cr);
  cairo_destroy (cr);

  if (status == CAIRO_STATUS_SUCCESS && job->format == GOR_EXPORT_FORMAT_PNG)
    status = cairo_surface_write_to_png_stream (surface, write_cb, &sink);
  cairo_surface_finish (surface);
  if (status == CAIRO_STATUS_SUCCESS)
    status = cairo_surface_status (surface);
  cairo_surface_destroy (surface);

  *saved_errno = sink.saved_errno;
  if (status != CAIRO_STATUS_SUCCESS && sink.saved_errno == 0)
    {
      g_set_error_literal (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE, cairo_status_to_string (status));
      return FALSE;
    }
  return TRUE;
}

gboolean
gor_export_render (GorRender *render, const char *path, GorExportFormat format, GError **error)
{
  PictureJob job = { render, format };
  int        w, h;

  g_return_val_if_fail (render != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  gor_render_get_size (render, &w, &h);
  if (!gor_export_check_size (format, w, h, error))
    return FALSE;
  return write_safely (path, write_picture, &job, error);
}

typedef struct
{
  GorTrace   *leak;
  GorTrace   *fixed;
  const char *title;
} JsonJob;

static gboolean
write_json (int fd, gpointer data, int *saved_errno, GError **error)
{
  JsonJob *job = data;

  *saved_errno = gor_trace_json_write_fd (job->leak, job->fixed, job->title, fd);
  return TRUE;
}

gboolean
gor_export_trace_json (GorTrace *leak, GorTrace *fixed, const char *title, const char *path, GError **error)
{
  JsonJob job = { leak, fixed, title };

  g_return_val_if_fail (leak != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  return write_safely (path, write_json, &job, error);
}

/* The most a picture of a given size grows its text and lanes to fill
 * the room it has. */
#define MAX_FILL_SCALE 2.0

/* Whether @render draws everything: its legend and output whole, and
 * every goroutine (folded or not), none left out. */
static gboolean
fits_whole (GorRender *render, GorTrace *leak, GorTrace *fixed)
{
  (void) leak;
  if (render->compact)
    return FALSE;
  for (int vi = 0; vi < (fixed ? 2 : 1); vi++)
    {
      guint drawn, folded, left_out;

      gor_render_get_lane_accounting (render, vi, &drawn, &folded, &left_out);
      if (left_out > 0)
        return FALSE;
    }
  return TRUE;
}

/* The largest scale (to a 20th) at which @render's content still fits
 * @height with nothing left out. */
static void
grow_to_fill (GorRender *render, GorRenderOptions *opt, GorTrace *leak, GorTrace *fixed, int width,
              int height)
{
  double base = opt->font_scale > 0 ? opt->font_scale : 1.0, lo = base, hi = base * MAX_FILL_SCALE;

  for (int i = 0; i < 6; i++)
    {
      double mid = (lo + hi) / 2;

      opt->font_scale = mid;
      gor_render_set_options (render, opt);
      if (gor_render_get_content_height (render, width) <= height && fits_whole (render, leak, fixed))
        lo = mid;
      else
        hi = mid;
    }
  opt->font_scale = floor (lo * 20) / 20;
  gor_render_set_options (render, opt);
}

/* A renderer for the whole run of @leak (and @fixed), fitted as
 * gor_export_traces() says. */
static GorRender *
prepare_render (GorTrace *leak, GorTrace *fixed, const char *title, const GorRenderOptions *options,
                int width, int height, GorExportFormat format, GError **error)
{
  GorRender       *render;
  GorRenderOptions opt;
  double           content;

  if (options)
    opt = *options;
  else
    gor_render_options_init (&opt);
  opt.draw_future = TRUE;
  /* A picture stays folded: no disclosure triangles to click. */
  opt.interactive = FALSE;

  if (width <= 0)
    width = 1600;
  if (!gor_export_check_size (format, width, height, error))
    return NULL;

  /* Lanes never shrink below readable text: folds take the repeated
   * goroutines, and the lanes that still do not fit the height asked for
   * (or the largest picture) are left out, the picture saying how many. */
  {
    double most = GOR_EXPORT_MAX_SVG_SIDE;

    if (format == GOR_EXPORT_FORMAT_PNG)
      most = MIN (GOR_EXPORT_MAX_PNG_SIDE, GOR_EXPORT_MAX_PNG_PIXELS / width);
    opt.max_height = height > 0 ? height : MIN (AUTO_HEIGHT_LIMIT, most);
  }
  render = gor_render_new ();
  gor_render_set_traces (render, leak, fixed, title);
  gor_render_set_options (render, &opt);
  content = gor_render_get_content_height (render, width);

  /* A picture of a given size (a 16:9 slide) is filled: text and lanes
   * grow, up to MAX_FILL_SCALE, while everything still fits. */
  if (height > 0 && content < height * 0.8 && fits_whole (render, leak, fixed))
    grow_to_fill (render, &opt, leak, fixed, width, height);

  /* The content's height, cut to the largest picture of the format. */
  if (height <= 0)
    {
      double most = GOR_EXPORT_MAX_SVG_SIDE;

      if (format == GOR_EXPORT_FORMAT_PNG)
        most = MIN (GOR_EXPORT_MAX_PNG_SIDE, GOR_EXPORT_MAX_PNG_PIXELS / width);
      height = (int) ceil (MIN (content, most));
    }
  height = MAX (height, 1);

  gor_render_set_size (render, width, height);
  gor_render_fit (render);
  gor_render_set_playhead (render, gor_render_get_n_steps (render));
  return render;
}

gboolean
gor_export_traces (GorTrace *leak, GorTrace *fixed, const char *title, const GorRenderOptions *options,
                   int width, int height, const char *path, GorExportFormat format, GError **error)
{
  g_autoptr (GorRender) render = NULL;

  g_return_val_if_fail (leak != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);

  render = prepare_render (leak, fixed, title, options, width, height, format, error);
  if (render == NULL)
    return FALSE;
  return gor_export_render (render, path, format, error);
}

static gboolean
write_string (int fd, gpointer data, int *saved_errno, GError **error)
{
  GString    *text = data;
  const char *p = text->str;
  gsize       left = text->len;

  (void) error;
  while (left > 0)
    {
      ssize_t n = write (fd, p, left);

      if (n < 0)
        {
          if (errno == EINTR)
            continue;
          *saved_errno = errno;
          break;
        }
      p += n;
      left -= (gsize) n;
    }
  return TRUE;
}

gboolean
gor_export_traces_animated (GorTrace *leak, GorTrace *fixed, const char *title,
                            const GorRenderOptions *options, int width, int height, double seconds,
                            const char *path, GError **error)
{
  g_autoptr (GorRender) render = NULL;
  g_autoptr (GorRender) start = gor_render_new ();
  g_autoptr (GString) svg = g_string_new (NULL);
  GorRenderOptions opt;
  double           first_step, spp, scroll_y;

  g_return_val_if_fail (leak != NULL, FALSE);
  g_return_val_if_fail (path != NULL, FALSE);
  g_return_val_if_fail (seconds > 0, FALSE);

  render = prepare_render (leak, fixed, title, options, width, height, GOR_EXPORT_FORMAT_SVG, error);
  if (render == NULL)
    return FALSE;

  /* The same picture as playback shows it before the first step. */
  gor_render_get_options (render, &opt);
  opt.draw_future = FALSE;
  gor_render_set_traces (start, leak, fixed, title);
  gor_render_set_options (start, &opt);
  gor_render_get_size (render, &width, &height);
  gor_render_set_size (start, width, height);
  gor_render_get_view (render, &first_step, &spp, &scroll_y);
  gor_render_set_view (start, first_step, spp, scroll_y);
  gor_render_set_playhead (start, 0);

  if (!_gor_export_animate_svg (render, start, seconds, svg, error))
    return FALSE;
  return write_safely (path, write_string, svg, error);
}
