/* gor-map-private.h — Go maps for the VM
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 */
#pragma once

#include "gor-vm-private.h"

G_BEGIN_DECLS

typedef struct _GorMap GorMap;

GorValue _gor_map_new (GorVM *vm, GorType *map_type);
GorValue _gor_map_get (GorVM *vm, GorMap *m, GorType *map_type, GorValue key, gboolean *ok);
void     _gor_map_set (GorVM *vm, GorMap *m, GorValue key, GorValue val);
void     _gor_map_delete (GorMap *m, GorValue key);
gint64   _gor_map_len (GorMap *m);
/* Iteration visits the keys in an order drawn from the run's generator. */
gpointer _gor_map_iter (GorVM *vm, GorMap *m);
gboolean _gor_map_next (gpointer iter, GorValue *key, GorValue *val);
/* Entries sorted by key, for printing (Go prints maps sorted). */
GArray  *_gor_map_sorted (GorMap *m);
GorType *_gor_map_type (GorMap *m);
void     _gor_map_release (GorObj *obj);
/* The collector's view: what a map (with its tables) or an iterator takes
 * from the budget; its live keys and values (an iterator: its map, which
 * it marks as iterated in collection @epoch), handed to @func a few at a
 * time; and the compaction of a map most of whose entries were deleted
 * and that no iterator found in @epoch reads (the bytes freed). */
typedef void (*GorMapVisitFunc) (const GorValue *v, gsize n, gpointer data);
gsize _gor_map_bytes (GorObj *obj);
void  _gor_map_visit (GorObj *obj, guint epoch, GorMapVisitFunc func, gpointer data);
gsize _gor_map_compact (GorObj *obj, guint epoch);
/* Every key and value a map (or a map iterator) holds, for the leak walk. */
GArray *_gor_map_values (GorObj *obj);

G_END_DECLS
