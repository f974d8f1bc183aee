/* gor-caption.h — a step in words, and the primitives' state at a step
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Everything here reads the trace's step events (gor-step-event.h): what a
 * step did, who holds a Mutex, what a channel's buffer holds, a
 * WaitGroup's counter.  The program is never run again.  The "state at
 * step p" is the state when step p begins, after every step before it.
 */
#pragma once

#include "gor-trace.h"

G_BEGIN_DECLS

/* The sentence that tells what @step did, in the user's language, e.g.
 * "g2 sends 3 on out — no receiver is ready: g2 blocks".  Empty when the
 * step recorded nothing.  Free with g_free(). */
char *gor_caption_for_step (GorTrace *trace, guint32 step);

/* The name of the channel, Mutex or WaitGroup the event of @step works on,
 * as the program's source spells it where it can be read from the line
 * ("out", "s.mu", "wg"), else "chan #2", "Mutex #1" … */
char *gor_caption_object_name (GorTrace *trace, guint32 step);

/* The event that made @g wait at @step (the one that started its blocked
 * or sleeping span), or NULL when @g is not waiting then.  @blocked_step
 * (may be NULL) receives the step of that event. */
const GorStepEvent *gor_caption_blocking_event (GorTrace *trace, const GorTraceGoroutine *g, guint32 step,
                                                guint32 *blocked_step);

typedef struct
{
  guint32  goroutine_id;
  guint32  since_step; /* the step that locked it */
  guint32  line;       /* where */
  gboolean reader;     /* RLock */
} GorHolder;

/* Who holds Mutex/RWMutex @mutex_id when @step begins: GorHolder, in the
 * order they took it. */
GArray *gor_caption_mutex_holders (GorTrace *trace, guint32 mutex_id, guint32 step);

/* Goroutines (guint32 ids, in the order they started waiting) blocked at
 * @step on object @obj by an event of @kind (GOR_EVENT_SEND, _RECV, _LOCK
 * and _RLOCK together, _WG_WAIT). */
GArray *gor_caption_waiters (GorTrace *trace, GorEventKind kind, guint32 obj, guint32 step);

typedef struct
{
  guint32    cap;
  guint32    len;
  gboolean   closed;
  GPtrArray *values;    /* char *: the buffered values, oldest first ("?" unknown) */
  GArray    *senders;   /* guint32 goroutine ids blocked sending */
  GArray    *receivers; /* guint32 goroutine ids blocked receiving */
} GorChanState;

/* The state of channel @chan_id when @step begins.  FALSE when the trace
 * knows no such channel. */
gboolean gor_caption_chan_state (GorTrace *trace, guint32 chan_id, guint32 step, GorChanState *state);
void     gor_chan_state_clear (GorChanState *state);

/* A WaitGroup's counter when @step begins. */
gint64 gor_caption_wg_counter (GorTrace *trace, guint32 wg_id, guint32 step);

/* The value an event moved, printed as Go prints it with %v, or NULL. */
char *gor_caption_value_text (GorTrace *trace, const GorStepEvent *ev);

G_END_DECLS
