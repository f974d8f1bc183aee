/* gor-source-pane.h — one variant's program text with the playhead's line
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

G_BEGIN_DECLS

#define GOR_TYPE_SOURCE_PANE (gor_source_pane_get_type ())
G_DECLARE_FINAL_TYPE (GorSourcePane, gor_source_pane, GOR, SOURCE_PANE, GtkWidget)

GtkWidget *gor_source_pane_new (void);

/* Replaces the text; clears every mark.  @kind is shown before the file
 * name ("Leak", "Fixed", or NULL). */
void gor_source_pane_set_program (GorSourcePane *self, const char *kind, const char *file_name,
                                  const char *text);
/* What the pane shows: its heading ("Fixed — fixed.go") and its text. */
const char *gor_source_pane_get_title (GorSourcePane *self);
char       *gor_source_pane_get_text (GorSourcePane *self);
/* The line (1-based, 0 for none) where the goroutine shown is now. */
void  gor_source_pane_set_current_line (GorSourcePane *self, guint line);
guint gor_source_pane_get_current_line (GorSourcePane *self);
/* Lines where goroutines are blocked forever (may repeat). */
void     gor_source_pane_set_forever_lines (GorSourcePane *self, const guint *lines, guint n_lines);
gboolean gor_source_pane_line_is_forever (GorSourcePane *self, guint line);
/* Lines where this variant differs from the other one (a line diff):
 * a quiet background, and in the gutter "+" (@added: the fixed variant's
 * own lines) or "−" (the leak's). */
void     gor_source_pane_set_changed_lines (GorSourcePane *self, const guint *lines, guint n_lines,
                                            gboolean added);
gboolean gor_source_pane_line_is_changed (GorSourcePane *self, guint line);
/* A compile error at @line:@col (0: none). */
void  gor_source_pane_set_error (GorSourcePane *self, guint line, guint col, const char *message);
guint gor_source_pane_get_error_line (GorSourcePane *self);

G_END_DECLS
