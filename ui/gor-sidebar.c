/* gor-sidebar.c — the sidebar's entries: scenarios, then your programs
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Each row of the window's list box carries its GorSidebarEntry; the
 * window owns the entries.  The programs the user opened come first,
 * under their own heading (below the scenarios they would be out of
 * sight), then the bundled scenarios under a heading per group (the
 * article's cases, then the shapes of real bugs), then any bundled
 * scenario that could not be loaded, with why.
 */

#include "config.h"

#include <glib/gi18n.h>

#include "gor-format.h"
#include "gor-window-private.h"

#define ENTRY_KEY "gor-entry"
#define BROKEN_KEY "gor-broken"

/* The heading of bundled scenarios that could not be loaded. */
#define SECTION_BROKEN 100

static GtkWidget *
new_row (GorSidebarEntry *entry)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (entry->title);
  /* A scenario's row says what to look at.  It has no tooltip: the
   * summary and the lesson give the answer away, and a tooltip would
   * cover the rows below. */
  const char *line = entry->scenario && entry->scenario->look_at ? entry->scenario->look_at : entry->summary;
  GtkWidget  *summary = gtk_label_new (line);

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (summary), 0.0);
  gtk_label_set_wrap (GTK_LABEL (summary), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (summary), PANGO_WRAP_WORD_CHAR);
  /* What to look at is read whole; a folder path may be cut. */
  if (entry->scenario == NULL)
    {
      gtk_label_set_lines (GTK_LABEL (summary), 3);
      gtk_label_set_ellipsize (GTK_LABEL (summary), PANGO_ELLIPSIZE_END);
    }
  gtk_widget_add_css_class (summary, "dim-label");
  gtk_widget_add_css_class (summary, "caption");
  gtk_widget_set_visible (summary, line != NULL && *line != '\0');

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), summary);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  if (entry->scenario == NULL)
    gtk_widget_set_tooltip_text (row, entry->paths[0]);
  g_object_set_data (G_OBJECT (row), ENTRY_KEY, entry);
  return row;
}

/* Which heading a row is under: a scenario's group, or the user's programs. */
static int
entry_section (GorSidebarEntry *entry)
{
  if (entry->scenario == NULL)
    return -1;
  return (int) entry->scenario->group;
}

static const char *
section_heading (int section)
{
  switch (section)
    {
    case GOR_SCENARIO_GROUP_ARTICLE: return _ ("From the Article");
    case GOR_SCENARIO_GROUP_REAL_BUGS: return _ ("From Real Bugs");
    case SECTION_BROKEN: return _ ("Could Not Be Loaded");
    default: return _ ("Your Programs");
    }
}

static int
row_section (GtkListBoxRow *row)
{
  GorSidebarEntry *entry = _gor_sidebar_row_get_entry (row);

  return entry != NULL ? entry_section (entry) : SECTION_BROKEN;
}

static void
header_func (GtkListBoxRow *row, GtkListBoxRow *before, gpointer user_data)
{
  int        section = row_section (row);
  GtkWidget *header;

  if (before != NULL && row_section (before) == section)
    {
      gtk_list_box_row_set_header (row, NULL);
      return;
    }
  header = gtk_label_new (section_heading (section));
  gtk_label_set_xalign (GTK_LABEL (header), 0.0);
  gtk_widget_add_css_class (header, "sidebar-heading");
  gtk_list_box_row_set_header (row, header);
}

GorSidebarEntry *
_gor_sidebar_entry_new_for_scenario (GorScenario *scenario)
{
  GorSidebarEntry *entry = g_new0 (GorSidebarEntry, 1);

  entry->scenario = scenario;
  entry->paths[GOR_VARIANT_LEAK] = g_strdup (scenario->leak_path);
  entry->paths[GOR_VARIANT_FIXED] = g_strdup (scenario->fixed_path);
  entry->title = g_strdup (scenario->title);
  entry->summary = g_strdup (scenario->summary);
  entry->seed = scenario->seed;
  return entry;
}

/* Takes both paths; @fixed_path may be NULL. */
GorSidebarEntry *
_gor_sidebar_entry_new_for_files (char *leak_path, char *fixed_path)
{
  GorSidebarEntry *entry = g_new0 (GorSidebarEntry, 1);
  g_autofree char *base = gor_format_basename (leak_path);

  entry->paths[GOR_VARIANT_LEAK] = leak_path;
  entry->paths[GOR_VARIANT_FIXED] = fixed_path;
  entry->seed = 1;
  if (fixed_path != NULL)
    {
      g_autofree char *fixed_base = gor_format_basename (fixed_path);

      entry->title = g_strdup_printf ("%s · %s", base, fixed_base);
    }
  else
    entry->title = g_strdup (base);
  entry->summary = g_path_get_dirname (leak_path);
  return entry;
}

void
_gor_sidebar_entry_free (gpointer data)
{
  GorSidebarEntry *entry = data;

  for (guint i = 0; i < GOR_N_VARIANTS; i++)
    g_free (entry->paths[i]);
  g_free (entry->title);
  g_free (entry->summary);
  g_free (entry);
}

void
_gor_sidebar_init (GtkListBox *list)
{
  gtk_list_box_set_header_func (list, header_func, NULL, NULL);
}

void
_gor_sidebar_append (GtkListBox *list, GorSidebarEntry *entry)
{
  int position = -1;

  /* The user's programs go after the others they opened, before the
   * scenarios. */
  if (entry->scenario == NULL)
    {
      position = 0;
      for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
           child = gtk_widget_get_next_sibling (child))
        {
          GorSidebarEntry *e;

          if (!GTK_IS_LIST_BOX_ROW (child))
            continue;
          e = _gor_sidebar_row_get_entry (GTK_LIST_BOX_ROW (child));
          if (e == NULL || e->scenario != NULL)
            break;
          position++;
        }
    }
  gtk_list_box_insert (list, new_row (entry), position);
}

/* A bundled scenario that could not be loaded: its folder name and why,
 * in a row that cannot be chosen. */
void
_gor_sidebar_append_broken (GtkListBox *list, const GorScenario *broken)
{
  GtkWidget *row = gtk_list_box_row_new ();
  GtkWidget *box = gtk_box_new (GTK_ORIENTATION_VERTICAL, 2);
  GtkWidget *title = gtk_label_new (broken->id);
  GtkWidget *why = gtk_label_new (broken->error ? broken->error->message : "");

  gtk_label_set_xalign (GTK_LABEL (title), 0.0);
  gtk_label_set_wrap (GTK_LABEL (title), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (title), PANGO_WRAP_WORD_CHAR);
  gtk_widget_add_css_class (title, "heading");
  gtk_label_set_xalign (GTK_LABEL (why), 0.0);
  gtk_label_set_wrap (GTK_LABEL (why), TRUE);
  gtk_label_set_wrap_mode (GTK_LABEL (why), PANGO_WRAP_WORD_CHAR);
  gtk_label_set_selectable (GTK_LABEL (why), TRUE);
  gtk_widget_add_css_class (why, "error");
  gtk_widget_add_css_class (why, "caption");

  gtk_widget_set_margin_top (box, 6);
  gtk_widget_set_margin_bottom (box, 6);
  gtk_box_append (GTK_BOX (box), title);
  gtk_box_append (GTK_BOX (box), why);
  gtk_list_box_row_set_child (GTK_LIST_BOX_ROW (row), box);
  gtk_list_box_row_set_selectable (GTK_LIST_BOX_ROW (row), FALSE);
  gtk_list_box_row_set_activatable (GTK_LIST_BOX_ROW (row), FALSE);
  g_object_set_data (G_OBJECT (row), BROKEN_KEY, GINT_TO_POINTER (1));
  gtk_list_box_append (list, row);
}

GtkListBoxRow *
_gor_sidebar_find_row (GtkListBox *list, GorSidebarEntry *entry)
{
  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child) && _gor_sidebar_row_get_entry (GTK_LIST_BOX_ROW (child)) == entry)
      return GTK_LIST_BOX_ROW (child);
  return NULL;
}

GorSidebarEntry *
_gor_sidebar_row_get_entry (GtkListBoxRow *row)
{
  return g_object_get_data (G_OBJECT (row), ENTRY_KEY);
}

guint
_gor_sidebar_count_rows (GtkListBox *list)
{
  guint n = 0;

  for (GtkWidget *child = gtk_widget_get_first_child (GTK_WIDGET (list)); child != NULL;
       child = gtk_widget_get_next_sibling (child))
    if (GTK_IS_LIST_BOX_ROW (child))
      n++;
  return n;
}
