/* gor-inspector.h — the selected goroutine at the playhead, and the output
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include <gtk/gtk.h>

#include "gor-trace.h"

G_BEGIN_DECLS

typedef enum
{
  GOR_INSPECTOR_GOROUTINE,
  GOR_INSPECTOR_PARENT,
  GOR_INSPECTOR_CREATED,
  GOR_INSPECTOR_STATE,
  GOR_INSPECTOR_FOREVER,
  GOR_INSPECTOR_REASON,
  GOR_INSPECTOR_WAITING_ON, /* the primitive it waits for: holders, buffer, counter, other waiters */
  GOR_INSPECTOR_HOLDS,      /* the Mutexes it holds, and who waits for them */
  GOR_INSPECTOR_N_FIELDS
} GorInspectorField;

#define GOR_TYPE_INSPECTOR (gor_inspector_get_type ())
G_DECLARE_FINAL_TYPE (GorInspector, gor_inspector, GOR, INSPECTOR, GtkWidget)

GtkWidget *gor_inspector_new (void);

/* @trace NULL or @index < 0: nothing selected. */
void gor_inspector_show (GorInspector *self, GorTrace *trace, int goroutine_index, guint playhead);
/* Each variant's output up to the playhead (@fixed NULL: one program). */
void        gor_inspector_set_output (GorInspector *self, GorTrace *leak, GorTrace *fixed, guint playhead);
const char *gor_inspector_get_field (GorInspector *self, GorInspectorField field);
const char *gor_inspector_get_output (GorInspector *self, int variant);
/* The selected goroutine's last steps up to the playhead, one caption a
 * line ("step 5 · g2 waits for mu — held by g3"). */
const char *gor_inspector_get_history (GorInspector *self);

/* @label's text wraps between words only, never inside a location such
 * as "leak.go:13" (Pango would break after the colon): call after each
 * gtk_label_set_text(). */
void gor_label_keep_locations_whole (GtkLabel *label);

G_END_DECLS
