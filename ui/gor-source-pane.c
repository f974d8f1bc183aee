/* gor-source-pane.c — one variant's program text with the playhead's line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Line backgrounds are tags with translucent colours, so they read the same
 * on the light and the dark style scheme; the gutter carries an icon for
 * each kind of line, so the marks do not rely on colour alone.  A
 * blocked-forever line stays red even when it is also the current line.
 */

#include "config.h"

#include <glib/gi18n.h>
#include <gtksourceview/gtksource.h>

#include "gor-source-pane.h"

#define CATEGORY_CURRENT "current"
#define CATEGORY_FOREVER "forever"
#define CATEGORY_ERROR "error"
#define CATEGORY_REMOVED "removed" /* a leak line the fixed variant does not have */
#define CATEGORY_ADDED "added"     /* a fixed line the leak does not have */

struct _GorSourcePane
{
  GtkWidget parent_instance;

  GtkWidget       *box;
  GtkLabel        *title;
  GtkSourceView   *view;
  GtkSourceBuffer *buffer;
  GtkTextTag      *current_tag;
  GtkTextTag      *forever_tag;
  GtkTextTag      *error_tag;
  GtkTextTag      *changed_tag;
  GtkTextTag      *error_span_tag;

  guint       current_line;
  GHashTable *changed_lines; /* line → line */
  guint       error_line;
  GHashTable *forever_lines; /* line → line */
};

G_DEFINE_FINAL_TYPE (GorSourcePane, gor_source_pane, GTK_TYPE_WIDGET)

static void
update_scheme (GorSourcePane *self)
{
  GtkSourceStyleSchemeManager *manager = gtk_source_style_scheme_manager_get_default ();
  GtkSettings                 *settings = gtk_widget_get_settings (GTK_WIDGET (self));
  g_autofree char             *theme = NULL;
  gboolean                     prefer_dark = FALSE;
  gboolean                     dark;

  GdkRGBA fg;

  g_object_get (settings, "gtk-application-prefer-dark-theme", &prefer_dark, "gtk-theme-name", &theme, NULL);
  /* GTK_THEME=…:dark shows in no setting: a light text colour tells. */
  G_GNUC_BEGIN_IGNORE_DEPRECATIONS
  gtk_style_context_get_color (gtk_widget_get_style_context (GTK_WIDGET (self)), &fg);
  G_GNUC_END_IGNORE_DEPRECATIONS
  dark = prefer_dark || (theme != NULL && g_str_has_suffix (theme, "-dark"))
         || (0.299 * fg.red + 0.587 * fg.green + 0.114 * fg.blue) > 0.5;
  gtk_source_buffer_set_style_scheme (
      self->buffer, gtk_source_style_scheme_manager_get_scheme (manager, dark ? "Adwaita-dark" : "Adwaita"));
}

static void
settings_changed_cb (GtkSettings *settings, GParamSpec *pspec, GorSourcePane *self)
{
  update_scheme (self);
}

static void
line_bounds (GorSourcePane *self, guint line, GtkTextIter *start, GtkTextIter *end)
{
  gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (self->buffer), start, (int) line - 1);
  *end = *start;
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
  /* Take the newline too, so the whole row is painted. */
  gtk_text_iter_forward_char (end);
}

static gboolean
line_exists (GorSourcePane *self, guint line)
{
  return line > 0 && (int) line <= gtk_text_buffer_get_line_count (GTK_TEXT_BUFFER (self->buffer));
}

static void
clear_category (GorSourcePane *self, GtkTextTag *tag, const char *category)
{
  GtkTextIter start, end;

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), tag, &start, &end);
  gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, category);
}

static void
mark_line (GorSourcePane *self, guint line, GtkTextTag *tag, const char *category)
{
  GtkTextIter start, end;

  if (!line_exists (self, line))
    return;
  line_bounds (self, line, &start, &end);
  gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), tag, &start, &end);
  gtk_source_buffer_create_source_mark (self->buffer, NULL, category, &start);
}

static void
scroll_to_line (GorSourcePane *self, guint line)
{
  GtkTextIter iter;

  if (!line_exists (self, line))
    return;
  gtk_text_buffer_get_iter_at_line (GTK_TEXT_BUFFER (self->buffer), &iter, (int) line - 1);
  gtk_text_view_scroll_to_iter (GTK_TEXT_VIEW (self->view), &iter, 0.15, FALSE, 0, 0);
}

static GtkSourceMarkAttributes *
new_attributes (const char *icon_name)
{
  GtkSourceMarkAttributes *attributes = gtk_source_mark_attributes_new ();

  gtk_source_mark_attributes_set_icon_name (attributes, icon_name);
  return attributes;
}

static void
gor_source_pane_map (GtkWidget *widget)
{
  GTK_WIDGET_CLASS (gor_source_pane_parent_class)->map (widget);
  update_scheme (GOR_SOURCE_PANE (widget));
}

static void
gor_source_pane_dispose (GObject *object)
{
  GorSourcePane *self = GOR_SOURCE_PANE (object);

  g_signal_handlers_disconnect_by_func (gtk_widget_get_settings (GTK_WIDGET (self)), settings_changed_cb,
                                        self);
  g_clear_pointer (&self->box, gtk_widget_unparent);
  g_clear_pointer (&self->forever_lines, g_hash_table_unref);
  g_clear_pointer (&self->changed_lines, g_hash_table_unref);

  G_OBJECT_CLASS (gor_source_pane_parent_class)->dispose (object);
}

static void
gor_source_pane_class_init (GorSourcePaneClass *klass)
{
  GObjectClass   *object_class = G_OBJECT_CLASS (klass);
  GtkWidgetClass *widget_class = GTK_WIDGET_CLASS (klass);

  object_class->dispose = gor_source_pane_dispose;
  widget_class->map = gor_source_pane_map;

  gtk_widget_class_set_layout_manager_type (widget_class, GTK_TYPE_BIN_LAYOUT);
  gtk_widget_class_set_css_name (widget_class, "sourcepane");
}

static void
gor_source_pane_init (GorSourcePane *self)
{
  GtkSourceLanguageManager *languages = gtk_source_language_manager_get_default ();
  GtkWidget                *scroller;
  GtkSettings              *settings;
  g_autoptr (GtkSourceMarkAttributes) current = new_attributes ("go-next-symbolic");
  g_autoptr (GtkSourceMarkAttributes) forever = new_attributes ("process-stop-symbolic");
  g_autoptr (GtkSourceMarkAttributes) error = new_attributes ("dialog-error-symbolic");
  g_autoptr (GtkSourceMarkAttributes) removed = new_attributes ("list-remove-symbolic");
  g_autoptr (GtkSourceMarkAttributes) added = new_attributes ("list-add-symbolic");

  self->forever_lines = g_hash_table_new (NULL, NULL);
  self->changed_lines = g_hash_table_new (NULL, NULL);

  self->box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 0);
  gtk_widget_set_parent (self->box, GTK_WIDGET (self));

  self->title = GTK_LABEL (gtk_label_new (NULL));
  gtk_label_set_xalign (self->title, 0.0);
  gtk_label_set_ellipsize (self->title, PANGO_ELLIPSIZE_MIDDLE);
  gtk_widget_add_css_class (GTK_WIDGET (self->title), "pane-title");
  gtk_box_append (GTK_BOX (self->box), GTK_WIDGET (self->title));

  self->buffer = gtk_source_buffer_new (NULL);
  gtk_source_buffer_set_language (self->buffer, gtk_source_language_manager_get_language (languages, "go"));
  gtk_source_buffer_set_highlight_matching_brackets (self->buffer, FALSE);

  /* Blocked forever is created last, so it wins over the current line;
   * the lines that differ between the variants are the quietest, first. */
  self->changed_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "changed-line",
                                                  "paragraph-background", "rgba(229,165,10,0.16)", NULL);
  self->error_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "error-line",
                                                "paragraph-background", "rgba(224,27,36,0.30)", NULL);
  /* Only the offending code is underlined, not the whole line. */
  self->error_span_tag
      = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "error-span", "underline",
                                    PANGO_UNDERLINE_ERROR, "weight", PANGO_WEIGHT_BOLD, NULL);
  self->current_tag = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "current-line",
                                                  "paragraph-background", "rgba(53,132,228,0.30)", NULL);
  self->forever_tag
      = gtk_text_buffer_create_tag (GTK_TEXT_BUFFER (self->buffer), "forever-line", "paragraph-background",
                                    "rgba(224,27,36,0.32)", "weight", PANGO_WEIGHT_BOLD, NULL);

  self->view = GTK_SOURCE_VIEW (gtk_source_view_new_with_buffer (self->buffer));
  g_object_unref (self->buffer);
  gtk_text_view_set_editable (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_cursor_visible (GTK_TEXT_VIEW (self->view), FALSE);
  gtk_text_view_set_monospace (GTK_TEXT_VIEW (self->view), TRUE);
  gtk_text_view_set_left_margin (GTK_TEXT_VIEW (self->view), 6);
  gtk_text_view_set_top_margin (GTK_TEXT_VIEW (self->view), 4);
  gtk_text_view_set_bottom_margin (GTK_TEXT_VIEW (self->view), 4);
  gtk_source_view_set_show_line_numbers (self->view, TRUE);
  gtk_source_view_set_show_line_marks (self->view, TRUE);
  gtk_source_view_set_tab_width (self->view, 4);
  gtk_source_view_set_mark_attributes (self->view, CATEGORY_REMOVED, removed, 0);
  gtk_source_view_set_mark_attributes (self->view, CATEGORY_ADDED, added, 0);
  gtk_source_view_set_mark_attributes (self->view, CATEGORY_CURRENT, current, 1);
  gtk_source_view_set_mark_attributes (self->view, CATEGORY_ERROR, error, 2);
  gtk_source_view_set_mark_attributes (self->view, CATEGORY_FOREVER, forever, 3);
  /* The keys belong to playback: the text is for reading only. */
  gtk_widget_set_focusable (GTK_WIDGET (self->view), FALSE);
  gtk_widget_add_css_class (GTK_WIDGET (self->view), "source");

  scroller = gtk_scrolled_window_new ();
  gtk_widget_set_vexpand (scroller, TRUE);
  gtk_widget_set_hexpand (scroller, TRUE);
  gtk_scrolled_window_set_child (GTK_SCROLLED_WINDOW (scroller), GTK_WIDGET (self->view));
  gtk_box_append (GTK_BOX (self->box), scroller);

  settings = gtk_widget_get_settings (GTK_WIDGET (self));
  g_signal_connect_object (settings, "notify::gtk-application-prefer-dark-theme",
                           G_CALLBACK (settings_changed_cb), self, 0);
  g_signal_connect_object (settings, "notify::gtk-theme-name", G_CALLBACK (settings_changed_cb), self, 0);
  update_scheme (self);
}

GtkWidget *
gor_source_pane_new (void)
{
  return g_object_new (GOR_TYPE_SOURCE_PANE, NULL);
}

void
gor_source_pane_set_program (GorSourcePane *self, const char *kind, const char *file_name, const char *text)
{
  g_autofree char *title = NULL;

  g_return_if_fail (GOR_IS_SOURCE_PANE (self));

  if (kind != NULL && file_name != NULL)
    title = g_strdup_printf ("%s — %s", kind, file_name);
  else
    title = g_strdup (file_name ? file_name : kind ? kind : "");
  gtk_label_set_text (self->title, title);

  /* Replacing the text keeps the marks of the old one, moved to where
   * the deleted text began: line 1.  Remove them all first. */
  {
    GtkTextIter start, end;

    gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
    gtk_source_buffer_remove_source_marks (self->buffer, &start, &end, NULL);
  }

  /* The text may come from any file: never hand GTK invalid UTF-8. */
  if (text != NULL && !g_utf8_validate (text, -1, NULL))
    {
      g_autofree char *valid = g_utf8_make_valid (text, -1);
      gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), valid, -1);
    }
  else
    gtk_text_buffer_set_text (GTK_TEXT_BUFFER (self->buffer), text ? text : "", -1);

  self->current_line = 0;
  self->error_line = 0;
  g_hash_table_remove_all (self->forever_lines);
  g_hash_table_remove_all (self->changed_lines);
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->view), NULL);
  update_scheme (self);
}

const char *
gor_source_pane_get_title (GorSourcePane *self)
{
  g_return_val_if_fail (GOR_IS_SOURCE_PANE (self), NULL);
  return gtk_label_get_text (self->title);
}

char *
gor_source_pane_get_text (GorSourcePane *self)
{
  GtkTextIter start, end;

  g_return_val_if_fail (GOR_IS_SOURCE_PANE (self), NULL);
  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  return gtk_text_buffer_get_text (GTK_TEXT_BUFFER (self->buffer), &start, &end, FALSE);
}

void
gor_source_pane_set_current_line (GorSourcePane *self, guint line)
{
  g_return_if_fail (GOR_IS_SOURCE_PANE (self));

  if (!line_exists (self, line))
    line = 0;
  if (line == self->current_line)
    return;
  self->current_line = line;
  clear_category (self, self->current_tag, CATEGORY_CURRENT);
  if (line == 0)
    return;
  mark_line (self, line, self->current_tag, CATEGORY_CURRENT);
  scroll_to_line (self, line);
}

guint
gor_source_pane_get_current_line (GorSourcePane *self)
{
  g_return_val_if_fail (GOR_IS_SOURCE_PANE (self), 0);
  return self->current_line;
}

void
gor_source_pane_set_forever_lines (GorSourcePane *self, const guint *lines, guint n_lines)
{
  gboolean same = TRUE;
  guint    n_distinct = 0;
  g_autoptr (GHashTable) seen = g_hash_table_new (NULL, NULL);

  g_return_if_fail (GOR_IS_SOURCE_PANE (self));

  for (guint i = 0; i < n_lines; i++)
    if (line_exists (self, lines[i]) && g_hash_table_add (seen, GUINT_TO_POINTER (lines[i])))
      {
        n_distinct++;
        if (!g_hash_table_contains (self->forever_lines, GUINT_TO_POINTER (lines[i])))
          same = FALSE;
      }
  if (same && n_distinct == g_hash_table_size (self->forever_lines))
    return;

  clear_category (self, self->forever_tag, CATEGORY_FOREVER);
  g_hash_table_remove_all (self->forever_lines);
  for (guint i = 0; i < n_lines; i++)
    if (line_exists (self, lines[i]) && g_hash_table_add (self->forever_lines, GUINT_TO_POINTER (lines[i])))
      mark_line (self, lines[i], self->forever_tag, CATEGORY_FOREVER);
}

gboolean
gor_source_pane_line_is_forever (GorSourcePane *self, guint line)
{
  g_return_val_if_fail (GOR_IS_SOURCE_PANE (self), FALSE);
  return g_hash_table_contains (self->forever_lines, GUINT_TO_POINTER (line));
}

/* The code an error at @line:@col (bytes, 1-based) points at: a bracket
 * with what it encloses on that line ("[T any]"), a name, or one
 * character; the whole line when there is no column. */
static void
error_span (GorSourcePane *self, guint line, guint col, GtkTextIter *start, GtkTextIter *end)
{
  GtkTextBuffer *buffer = GTK_TEXT_BUFFER (self->buffer);
  gunichar       open, close = 0;
  int            depth = 0;

  gtk_text_buffer_get_iter_at_line (buffer, start, (int) line - 1);
  *end = *start;
  if (!gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_to_line_end (end);
  if (col == 0 || (int) col - 1 >= gtk_text_iter_get_line_index (end))
    return;
  gtk_text_buffer_get_iter_at_line_index (buffer, start, (int) line - 1, (int) col - 1);
  *end = *start;
  open = gtk_text_iter_get_char (start);
  close = open == '[' ? ']' : open == '(' ? ')' : open == '{' ? '}' : 0;
  if (close != 0)
    {
      while (!gtk_text_iter_ends_line (end))
        {
          gunichar c = gtk_text_iter_get_char (end);

          gtk_text_iter_forward_char (end);
          depth += c == open ? 1 : c == close ? -1 : 0;
          if (depth == 0)
            break;
        }
      return;
    }
  while (!gtk_text_iter_ends_line (end)
         && (g_unichar_isalnum (gtk_text_iter_get_char (end)) || gtk_text_iter_get_char (end) == '_'))
    gtk_text_iter_forward_char (end);
  if (gtk_text_iter_equal (start, end) && !gtk_text_iter_ends_line (end))
    gtk_text_iter_forward_char (end);
}

void
gor_source_pane_set_error (GorSourcePane *self, guint line, guint col, const char *message)
{
  GtkTextIter start, end;

  g_return_if_fail (GOR_IS_SOURCE_PANE (self));

  gtk_text_buffer_get_bounds (GTK_TEXT_BUFFER (self->buffer), &start, &end);
  gtk_text_buffer_remove_tag (GTK_TEXT_BUFFER (self->buffer), self->error_span_tag, &start, &end);
  clear_category (self, self->error_tag, CATEGORY_ERROR);
  self->error_line = line_exists (self, line) ? line : 0;
  gtk_widget_set_tooltip_text (GTK_WIDGET (self->view), self->error_line ? message : NULL);
  if (self->error_line == 0)
    return;
  mark_line (self, line, self->error_tag, CATEGORY_ERROR);
  error_span (self, line, col, &start, &end);
  gtk_text_buffer_apply_tag (GTK_TEXT_BUFFER (self->buffer), self->error_span_tag, &start, &end);
  scroll_to_line (self, line);
}

guint
gor_source_pane_get_error_line (GorSourcePane *self)
{
  g_return_val_if_fail (GOR_IS_SOURCE_PANE (self), 0);
  return self->error_line;
}

void
gor_source_pane_set_changed_lines (GorSourcePane *self, const guint *lines, guint n_lines, gboolean added)
{
  const char *category = added ? CATEGORY_ADDED : CATEGORY_REMOVED;

  g_return_if_fail (GOR_IS_SOURCE_PANE (self));

  clear_category (self, self->changed_tag, CATEGORY_ADDED);
  clear_category (self, self->changed_tag, CATEGORY_REMOVED);
  g_hash_table_remove_all (self->changed_lines);
  for (guint i = 0; i < n_lines; i++)
    if (line_exists (self, lines[i]) && g_hash_table_add (self->changed_lines, GUINT_TO_POINTER (lines[i])))
      mark_line (self, lines[i], self->changed_tag, category);
}

gboolean
gor_source_pane_line_is_changed (GorSourcePane *self, guint line)
{
  g_return_val_if_fail (GOR_IS_SOURCE_PANE (self), FALSE);
  return g_hash_table_contains (self->changed_lines, GUINT_TO_POINTER (line));
}
