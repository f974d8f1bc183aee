/* gor-trace.h — the recorded life of every goroutine of one run
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * The trace is the single model between the core and everything that shows
 * a run: the timeline widget, the SVG/PNG export, the inspector and the
 * headless report all read it; none of them re-runs or re-derives
 * scheduling.
 *
 * Steps: the scheduler numbers its steps 0, 1, 2, …; in step s one
 * goroutine runs (from one scheduling point to the next), except in a clock
 * step: when nothing can run, the clock jumps to the next timer in a step of
 * its own where no goroutine runs, so that a sleep or timer wait always
 * covers at least one step and the virtual time of that step is the time
 * slept.  Spans cover
 * half-open step ranges [first_step, end_step).  Each goroutine's spans are
 * sorted, contiguous and non-overlapping from its creation step to the step
 * it ended.  The last span of a goroutine that is still alive is open
 * (end_step == GOR_SPAN_OPEN) and reaches to the trace's n_steps: read ends
 * through gor_trace_span_end().
 */
#pragma once

#include <glib.h>

#include "gor-step-event.h"

G_BEGIN_DECLS

typedef enum
{
  GOR_STATE_RUNNING,  /* it is the goroutine that runs in these steps */
  GOR_STATE_RUNNABLE, /* ready, waiting for a turn */
  GOR_STATE_BLOCKED,  /* waiting on a primitive; see GorReason */
  GOR_STATE_SLEEPING, /* time.Sleep or a timer: will wake on the clock */
  GOR_STATE_EXITED,   /* returned; a zero-length marker span at its end */
  GOR_STATE_KILLED,   /* still alive when the program ended */
  GOR_N_STATES
} GorState;

typedef enum
{
  GOR_REASON_NONE,
  GOR_REASON_CHAN_SEND,
  GOR_REASON_CHAN_RECV,
  GOR_REASON_NIL_CHAN_SEND,
  GOR_REASON_NIL_CHAN_RECV,
  GOR_REASON_SELECT,
  GOR_REASON_SELECT_NO_CASES, /* select {} */
  GOR_REASON_MUTEX_LOCK,
  GOR_REASON_RWMUTEX_RLOCK,
  GOR_REASON_RWMUTEX_LOCK,
  GOR_REASON_WAITGROUP_WAIT,
  GOR_REASON_COND_WAIT,
  GOR_REASON_SLEEP,
  GOR_N_REASONS
} GorReason;

/* Go's words for a reason, as in a goroutine dump: "chan send",
 * "chan receive (nil chan)", "sync.Mutex.Lock", "sync.WaitGroup.Wait",
 * "select", "select (no cases)", "sleep". */
const char *gor_reason_to_string (GorReason reason);
/* The label drawn on a span: "chan send", "chan receive", "nil chan",
 * "Lock", "Wait", "select {}", "Sleep" … */
const char *gor_reason_to_short_string (GorReason reason);
const char *gor_state_to_string (GorState state);

typedef struct
{
  guint32 first_step; /* inclusive */
  guint32 end_step;   /* exclusive; == first_step for EXITED/KILLED markers */
  guint8  state;      /* GorState */
  guint8  reason;     /* GorReason, for BLOCKED (and SLEEPING: GOR_REASON_SLEEP) */
  guint16 pad;
  guint32 line; /* source line where it runs / blocks (0 unknown) */
} GorSpan;

#define GOR_SPAN_OPEN G_MAXUINT32

typedef enum
{
  GOR_END_NONE,          /* still running (playback in progress) */
  GOR_END_MAIN_RETURNED, /* exit status 0 */
  GOR_END_EXIT,          /* os.Exit(n) */
  GOR_END_PANIC,         /* unrecovered panic, exit status 2 */
  GOR_END_FATAL,         /* fatal error (unlock of unlocked mutex …), exit 2 */
  GOR_END_DEADLOCK,      /* all goroutines are asleep, exit 2 */
  GOR_END_STEP_LIMIT,    /* --max-steps reached, exit 3 */
} GorEndKind;

typedef struct
{
  guint32 id;           /* Go's goroutine id: main is 1 */
  guint32 parent_id;    /* 0 for main */
  char   *name;         /* "main", "main.gen.func1", "main.handle" */
  char   *created_file; /* file of the go statement (NULL for main) */
  guint32 created_line; /* line of the go statement */
  char   *creator_name; /* function holding the go statement: "main.gen" */
  guint32 created_step; /* step in which the go statement ran */
  GArray *spans;        /* GorSpan, sorted */

  /* Blocked-forever analysis (gor-leak); -1 when never. */
  gint64   blocked_forever_since; /* step */
  guint8   forever_reason;        /* GorReason */
  guint32  blocked_line;          /* line it blocked at */
  gboolean ended;                 /* exited or killed */
  /* Still blocked when main returned, with no proof that it could never
   * have gone on: the step it last blocked at; -1 otherwise.  Known only
   * once the run has ended (at step n_steps). */
  gint64 still_blocked_since;
  /* Elements spans has room for (private to gor-trace.c and
   * gor-trace-private.h). */
  guint spans_cap;
} GorTraceGoroutine;

typedef struct
{
  guint32 from_id; /* sender goroutine */
  guint32 from_step;
  guint32 to_id; /* receiver goroutine */
  guint32 to_step;
  guint32 chan_id; /* 1, 2, … in creation order */
} GorHandoff;

typedef struct
{
  guint32  step;
  guint32  goroutine_id;
  guint32  offset; /* into output text */
  guint32  length;
  gboolean is_stderr;
} GorOutputChunk;

typedef struct
{
  guint32 step;
  gint64  value;
} GorStepValue;

typedef struct _GorTrace GorTrace;

struct _GorTrace
{
  gatomicrefcount ref_count;
  char           *file;   /* program file name as given */
  char           *source; /* program text */
  guint64         seed;

  GPtrArray *goroutines;     /* GorTraceGoroutine*, in creation order; [0] is main */
  GArray    *handoffs;       /* GorHandoff, sorted by to_step */
  GArray    *output;         /* GorOutputChunk, sorted by step */
  GString   *output_text;    /* all stdout/stderr bytes, chunks point into it */
  GArray    *num_goroutines; /* GorStepValue change points: NumGoroutine from that step on */
  GArray    *vtime;          /* GorStepValue change points: virtual ns from that step on */
  GArray    *events;         /* GorStepEvent, one per step (gor-step-event.h) */
  GString   *event_text;     /* printable values of events, NUL-separated */
  GArray    *chan_caps;      /* guint32 capacity of channel id i + 1 */

  guint32    n_steps; /* steps recorded so far */
  GorEndKind end_kind;
  int        exit_status;
  char      *end_message; /* first line of the panic/fatal text, or NULL */

  /* Elements the arrays appended to at every step have room for (private
   * to gor-trace.c). */
  guint events_cap, vtime_cap, handoffs_cap;
};

GorTrace *gor_trace_new (const char *file, const char *source, guint64 seed);
GorTrace *gor_trace_ref (GorTrace *trace);
void      gor_trace_unref (GorTrace *trace);

GorTraceGoroutine *gor_trace_lookup (GorTrace *trace, guint32 goroutine_id);
guint              gor_trace_get_n_goroutines (GorTrace *trace);
GorTraceGoroutine *gor_trace_get_goroutine (GorTrace *trace, guint index);

/* The span of @g covering @step, or NULL if the goroutine does not exist
 * then.  O(log n). */
const GorSpan *gor_trace_goroutine_span_at (const GorTraceGoroutine *g, guint32 step);
/* Value of a change-point array at @step (0 / first value before the first point). */
gint64 gor_trace_value_at (GArray *change_points, guint32 step);
gint64 gor_trace_vtime_at (GorTrace *trace, guint32 step);
gint64 gor_trace_num_goroutines_at (GorTrace *trace, guint32 step);
/* Number of goroutines blocked forever at the end of the trace (main included
 * if it is). */
guint gor_trace_count_blocked_forever (GorTrace *trace);
/* Number of goroutines still blocked, unproven, when the run ended. */
guint gor_trace_count_still_blocked (GorTrace *trace);

/* Recording API, for the scheduler and for tests that build traces by hand. */
GorTraceGoroutine *gor_trace_add_goroutine (GorTrace *trace, guint32 id, guint32 parent_id, const char *name,
                                            const char *creator_name, const char *created_file,
                                            guint32 created_line, guint32 step);
/* Starts a new span for @g at @step in @state, closing the previous one.
 * Consecutive calls with the same state, reason and line extend the span. */
void gor_trace_set_state (GorTrace *trace, GorTraceGoroutine *g, guint32 step, GorState state,
                          GorReason reason, guint32 line);
void gor_trace_add_handoff (GorTrace *trace, guint32 from_id, guint32 from_step, guint32 to_id,
                            guint32 to_step, guint32 chan_id);
void gor_trace_add_output (GorTrace *trace, guint32 step, guint32 goroutine_id, gboolean is_stderr,
                           const char *text, gsize len);
void gor_trace_set_num_goroutines (GorTrace *trace, guint32 step, gint64 n);
void gor_trace_set_vtime (GorTrace *trace, guint32 step, gint64 ns);
static inline guint32
gor_trace_span_end (const GorTrace *trace, const GorSpan *span)
{
  return span->end_step == GOR_SPAN_OPEN ? trace->n_steps : span->end_step;
}

/* The event of @step, or NULL when none was recorded. */
const GorStepEvent *gor_trace_event_at (GorTrace *trace, guint32 step);
/* Text of a GOR_EVENT_VALUE_TEXT value. */
const char *gor_trace_event_text (GorTrace *trace, const GorStepEvent *ev);
/* Records @ev as the event of @step; @text (NULL or a printable value,
 * already short) is stored for GOR_EVENT_VALUE_TEXT. */
void gor_trace_set_event (GorTrace *trace, guint32 step, const GorStepEvent *ev, const char *text);
void gor_trace_add_chan (GorTrace *trace, guint32 chan_id, guint32 cap);

/* Moves n_steps forward (open spans reach to it). */
void gor_trace_set_n_steps (GorTrace *trace, guint32 n_steps);
void gor_trace_finish (GorTrace *trace, GorEndKind kind, int exit_status, const char *end_message);
void gor_trace_mark_blocked_forever (GorTrace *trace, GorTraceGoroutine *g, guint32 since_step,
                                     GorReason reason, guint32 line);
/* The other label: blocked since @since_step when the run ended, not
 * proven blocked forever (a no-op for a goroutine that was). */
void gor_trace_mark_still_blocked (GorTrace *trace, GorTraceGoroutine *g, guint32 since_step,
                                   GorReason reason, guint32 line);

/* Deterministic text dump of the whole trace (for tests: same seed →
 * byte-identical dump). */
char *gor_trace_to_string (GorTrace *trace);

G_DEFINE_AUTOPTR_CLEANUP_FUNC (GorTrace, gor_trace_unref)

G_END_DECLS
