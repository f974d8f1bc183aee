/* gor-window-dialogs.c — opening programs, exporting, and telling errors
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Programs come in through the open dialog or by drag and drop; the
 * timeline goes out through the export dialog, drawn from the one
 * recording playback made.  GTK 4.8 has no GtkFileDialog nor
 * GtkAlertDialog: GtkFileChooserNative and one message dialog helper.
 */

#include "config.h"

#include <string.h>
#include <glib/gi18n.h>

#include "gor-export.h"
#include "gor-window-private.h"

void
_gor_window_show_message (GorWindow *self, GtkMessageType type, const char *primary, const char *secondary)
{
  GtkWidget *dialog;

  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  dialog = gtk_message_dialog_new (GTK_WINDOW (self), GTK_DIALOG_MODAL | GTK_DIALOG_DESTROY_WITH_PARENT, type,
                                   GTK_BUTTONS_CLOSE, "%s", primary);
  if (secondary != NULL)
    gtk_message_dialog_format_secondary_text (GTK_MESSAGE_DIALOG (dialog), "%s", secondary);
  G_GNUC_END_IGNORE_DEPRECATIONS
  g_signal_connect (dialog, "response", G_CALLBACK (gtk_window_destroy), NULL);
  gtk_window_present (GTK_WINDOW (dialog));
}

static GtkFileFilter *
new_filter (const char *name, const char *pattern, const char *mime)
{
  GtkFileFilter *filter = gtk_file_filter_new ();

  gtk_file_filter_set_name (filter, name);
  gtk_file_filter_add_pattern (filter, pattern);
  if (mime != NULL)
    gtk_file_filter_add_mime_type (filter, mime);
  return filter;
}

static GtkFileChooserNative *
new_chooser (GorWindow *self, const char *title, GtkFileChooserAction action, const char *accept)
{
  GtkFileChooserNative *chooser
      = gtk_file_chooser_native_new (title, GTK_WINDOW (self), action, accept, _ ("_Cancel"));

  gtk_native_dialog_set_modal (GTK_NATIVE_DIALOG (chooser), TRUE);
  return chooser;
}

static void
open_response_cb (GtkNativeDialog *dialog, int response, GorWindow *self)
{
  if (response == GTK_RESPONSE_ACCEPT)
    {
      g_autoptr (GListModel) files = gtk_file_chooser_get_files (GTK_FILE_CHOOSER (dialog));
      g_autoptr (GPtrArray) array = g_ptr_array_new_with_free_func (g_object_unref);
      guint n = g_list_model_get_n_items (files);

      for (guint i = 0; i < n && array->len < 2; i++)
        g_ptr_array_add (array, g_list_model_get_item (files, i));
      if (array->len > 0)
        gor_window_open_files (self, (GFile **) array->pdata, array->len);
    }
  g_clear_object (&self->chooser);
}

void
_gor_window_open_dialog (GorWindow *self)
{
  g_autoptr (GtkFileFilter) go = new_filter (_ ("Go programs"), "*.go", "text/x-go");

  if (self->chooser != NULL)
    return;
  self->chooser
      = new_chooser (self, _ ("Open a Go Program (and Its Fix)"), GTK_FILE_CHOOSER_ACTION_OPEN, _ ("_Open"));
  gtk_file_chooser_set_select_multiple (GTK_FILE_CHOOSER (self->chooser), TRUE);
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), go);
  g_signal_connect (self->chooser, "response", G_CALLBACK (open_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

/* What the export dialog offers, as GtkFileChooser choices: the ids are
 * those of `gorolanes export`'s options where there is one.  The first
 * option of each is the default, which draws what `gorolanes export`
 * draws. */
typedef enum
{
  EXPORT_SVG,
  EXPORT_PNG,
  EXPORT_PERFETTO,
  EXPORT_SVG_ANIMATED,
} ExportKind;

static const char *const export_extensions[] = { ".svg", ".png", ".json", ".svg" };

/* One pass of an animated SVG, as `gorolanes export --animate`. */
#define ANIMATION_SECONDS 10.0

typedef struct
{
  const char *id;
  const char *label;
  const char *option_ids[5];
  const char *option_labels[5];
} ExportChoice;

static const ExportChoice export_choices[] = {
  { "format",
    N_ ("Format"),
    { "svg", "png", "perfetto", "svg-animated" },
    { N_ ("SVG picture"), N_ ("PNG picture"), N_ ("Perfetto trace (JSON)"),
      N_ ("Animated SVG (plays the run)") } },
  { "theme", N_ ("Theme"), { "light", "dark" }, { N_ ("Light"), N_ ("Dark") } },
  { "axis", N_ ("Axis"), { "steps", "time" }, { N_ ("Steps"), N_ ("Virtual time") } },
  /* 1920×1080 and 1600×1200 are what 16:9 and 4:3 slides are shown at. */
  { "size",
    N_ ("Size"),
    { "content", "1920x1080", "1600x1200", "window" },
    { N_ ("1600 wide, every lane"), N_ ("16:9 (1920×1080)"), N_ ("4:3 (1600×1200)"),
      N_ ("The timeline's size in the window") } },
  { "captions", N_ ("Captions"), { "none", "story" }, { N_ ("No story"), N_ ("The story in words") } },
};

static void
add_export_choices (GtkFileChooser *chooser)
{
  for (guint i = 0; i < G_N_ELEMENTS (export_choices); i++)
    {
      const ExportChoice *c = &export_choices[i];
      const char         *labels[G_N_ELEMENTS (c->option_labels)] = { NULL };

      for (guint j = 0; c->option_ids[j] != NULL; j++)
        labels[j] = _ (c->option_labels[j]);
      gtk_file_chooser_add_choice (chooser, c->id, _ (c->label), (const char **) c->option_ids, labels);
      gtk_file_chooser_set_choice (chooser, c->id, c->option_ids[0]);
    }
}

/* The timeline as @kind, drawn with @options at @width × @height (a
 * @height of 0: the content's) for a picture. */
static gboolean
export_traces (GorWindow *self, const char *path, ExportKind kind, const GorRenderOptions *options, int width,
               int height, GError **error)
{
  GorExportFormat format = kind == EXPORT_PNG ? GOR_EXPORT_FORMAT_PNG : GOR_EXPORT_FORMAT_SVG;
  GorTrace       *leak = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK);
  const char     *title = self->current && self->current->scenario ? self->current->title : NULL;

  if (leak == NULL)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                   _ ("There is no timeline to export: the program has not run."));
      return FALSE;
    }
  if (kind != EXPORT_PERFETTO && !gor_export_check_size (format, width, height, error))
    return FALSE;

  /* A file holds the whole run, as `gorolanes export` does.  The
   * recording is usually whole by now (it runs ahead in idle batches);
   * if not, its rest is made now, and the playhead stays where it is. */
  gor_playback_record_all (self->playback);
  leak = gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK);
  if (kind == EXPORT_PERFETTO)
    return gor_export_trace_json (leak, gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED), title,
                                  path, error);
  if (kind == EXPORT_SVG_ANIMATED)
    return gor_export_traces_animated (leak, gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED),
                                       title, options, width, height, ANIMATION_SECONDS, path, error);
  return gor_export_traces (leak, gor_playback_get_trace (self->playback, GOR_VARIANT_FIXED), title, options,
                            width, height, path, format, error);
}

/* @path with the extension of @kind in place of a known one. */
static char *
path_for_kind (const char *path, ExportKind kind)
{
  g_autofree char *base = g_path_get_basename (path);
  gsize            len = strlen (path);

  for (guint i = 0; i < G_N_ELEMENTS (export_extensions); i++)
    {
      gsize n = strlen (export_extensions[i]);

      /* "x.svg" loses its ".svg"; a name that is only ".svg" keeps it. */
      if (strlen (base) > n && g_ascii_strcasecmp (path + len - n, export_extensions[i]) == 0)
        {
          len -= n;
          break;
        }
    }
  return g_strdup_printf ("%.*s%s", (int) len, path, export_extensions[kind]);
}

static void
export_response_cb (GtkNativeDialog *dialog, int response, GorWindow *self)
{
  GtkFileChooser *chooser = GTK_FILE_CHOOSER (dialog);
  g_autoptr (GFile) file = NULL;
  g_autoptr (GError) error = NULL;
  g_autofree char *path = NULL;
  GorRenderOptions options;
  ExportKind       kind = EXPORT_SVG;
  const char      *format, *size;
  int              width = 1600, height = 0;

  if (response == GTK_RESPONSE_ACCEPT)
    file = gtk_file_chooser_get_file (chooser);
  if (file == NULL)
    {
      g_clear_object (&self->chooser);
      return;
    }

  format = gtk_file_chooser_get_choice (chooser, "format");
  if (g_strcmp0 (format, "png") == 0)
    kind = EXPORT_PNG;
  else if (g_strcmp0 (format, "perfetto") == 0)
    kind = EXPORT_PERFETTO;
  else if (g_strcmp0 (format, "svg-animated") == 0)
    kind = EXPORT_SVG_ANIMATED;
  gor_render_options_init (&options);
  if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "theme"), "dark") == 0)
    options.theme = GOR_RENDER_THEME_DARK;
  if (g_strcmp0 (gtk_file_chooser_get_choice (chooser, "axis"), "time") == 0)
    options.axis = GOR_RENDER_AXIS_TIME;
  options.show_captions = g_strcmp0 (gtk_file_chooser_get_choice (chooser, "captions"), "story") == 0;
  size = gtk_file_chooser_get_choice (chooser, "size");
  if (g_strcmp0 (size, "1920x1080") == 0)
    width = 1920, height = 1080;
  else if (g_strcmp0 (size, "1600x1200") == 0)
    width = 1600, height = 1200;
  else if (g_strcmp0 (size, "window") == 0 && gtk_widget_get_width (GTK_WIDGET (self->timeline)) > 0)
    {
      width = gtk_widget_get_width (GTK_WIDGET (self->timeline));
      height = MAX (1, gtk_widget_get_height (GTK_WIDGET (self->timeline)));
    }
  g_clear_object (&self->chooser);

  if (g_file_peek_path (file) == NULL)
    {
      g_autofree char *uri = g_file_get_uri (file);

      g_set_error (&error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE,
                   _ ("%s: only local files can be written"), uri);
    }
  else
    {
      /* The name's extension follows the format chosen. */
      path = path_for_kind (g_file_peek_path (file), kind);
      export_traces (self, path, kind, &options, width, height, &error);
    }
  if (error != NULL)
    _gor_window_show_message (self, GTK_MESSAGE_ERROR, _ ("The timeline could not be exported"),
                              error->message);
}

void
_gor_window_export_dialog (GorWindow *self)
{
  g_autoptr (GtkFileFilter) files = new_filter (_ ("Pictures and traces"), "*.svg", NULL);
  g_autofree char *stem = NULL;
  g_autofree char *name = NULL;

  if (self->chooser != NULL || gor_playback_get_trace (self->playback, GOR_VARIANT_LEAK) == NULL)
    return;
  if (self->current != NULL && self->current->scenario != NULL)
    stem = g_strdup (self->current->scenario->id);
  else if (self->names[GOR_VARIANT_LEAK] != NULL)
    {
      stem = g_strdup (self->names[GOR_VARIANT_LEAK]);
      if (g_str_has_suffix (stem, ".go"))
        stem[strlen (stem) - 3] = '\0';
    }
  name = g_strdup_printf ("%s.svg", stem ? stem : "timeline");

  self->chooser = new_chooser (self, _ ("Export the Timeline"), GTK_FILE_CHOOSER_ACTION_SAVE, _ ("_Export"));
  /* One filter for every format: the format is a choice of its own, and
   * a filter per format would be a second, disagreeing, one. */
  gtk_file_filter_add_pattern (files, "*.png");
  gtk_file_filter_add_pattern (files, "*.json");
  gtk_file_chooser_add_filter (GTK_FILE_CHOOSER (self->chooser), files);
  add_export_choices (GTK_FILE_CHOOSER (self->chooser));
  gtk_file_chooser_set_current_name (GTK_FILE_CHOOSER (self->chooser), name);
  g_signal_connect (self->chooser, "response", G_CALLBACK (export_response_cb), self);
  gtk_native_dialog_show (GTK_NATIVE_DIALOG (self->chooser));
}

void
_gor_window_close_dialogs (GorWindow *self)
{
  if (self->chooser != NULL)
    {
      gtk_native_dialog_destroy (GTK_NATIVE_DIALOG (self->chooser));
      g_clear_object (&self->chooser);
    }
}

static gboolean
is_go_file (GFile *file)
{
  g_autofree char *name = g_file_get_basename (file);

  return name != NULL && g_str_has_suffix (name, ".go");
}

static gboolean
drop_cb (GtkDropTarget *target, const GValue *value, double x, double y, GorWindow *self)
{
  g_autoptr (GSList) list = NULL;
  g_autoptr (GPtrArray) files = g_ptr_array_new ();

  if (!G_VALUE_HOLDS (value, GDK_TYPE_FILE_LIST))
    return FALSE;
  list = gdk_file_list_get_files (g_value_get_boxed (value));
  for (GSList *l = list; l != NULL && files->len < 2; l = l->next)
    if (is_go_file (l->data))
      g_ptr_array_add (files, l->data);

  if (files->len == 0)
    {
      _gor_window_show_banner (self, GTK_MESSAGE_ERROR, _ ("Only Go programs (.go files) can be opened."));
      return FALSE;
    }
  gor_window_open_files (self, (GFile **) files->pdata, files->len);
  return TRUE;
}

void
_gor_window_init_drop (GorWindow *self)
{
  GtkDropTarget *drop = gtk_drop_target_new (GDK_TYPE_FILE_LIST, GDK_ACTION_COPY);

  g_signal_connect (drop, "drop", G_CALLBACK (drop_cb), self);
  gtk_widget_add_controller (GTK_WIDGET (self), GTK_EVENT_CONTROLLER (drop));
}

gboolean
gor_window_export_to_file (GorWindow *self, GFile *file, GError **error)
{
  g_autofree char *path = NULL;
  GorExportFormat  format;
  GorRenderOptions options;

  g_return_val_if_fail (GOR_IS_WINDOW (self), FALSE);
  g_return_val_if_fail (G_IS_FILE (file), FALSE);

  path = g_file_get_path (file);
  if (path == NULL)
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_WRITE, _ ("%s: only local files can be written"),
                   g_file_peek_path (file));
      return FALSE;
    }
  if (!gor_export_format_from_path (path, &format))
    {
      g_set_error (error, GOR_EXPORT_ERROR, GOR_EXPORT_ERROR_FORMAT,
                   _ ("%s: the name must end in .svg or .png"), path);
      return FALSE;
    }
  gor_render_options_init (&options);
  return export_traces (self, path, format == GOR_EXPORT_FORMAT_PNG ? EXPORT_PNG : EXPORT_SVG, &options, 1600,
                        0, error);
}
