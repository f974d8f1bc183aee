/* gor-step-event.h — what one step did, in a few words of data
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * A step runs one goroutine to its next scheduling point (or moves the
 * clock): the operation at that point is the step's event, recorded so that
 * the step can be told in a sentence (gor-caption.h) and the state of a
 * channel, Mutex or WaitGroup at a step can be read back without running
 * the program again.  One event per step, indexed by step; 32 bytes, as the
 * longest recorded runs have millions of steps.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

typedef enum
{
  GOR_EVENT_NONE,    /* ran without reaching a named operation (time slice, print …) */
  GOR_EVENT_GO,      /* obj: the new goroutine's id */
  GOR_EVENT_SEND,    /* obj: channel id; n: buffer length after */
  GOR_EVENT_RECV,    /* obj: channel id; n: buffer length after */
  GOR_EVENT_CLOSE,   /* obj: channel id; n: goroutines woken */
  GOR_EVENT_SELECT,  /* blocked, default, or the case: FLAG_SEL_SEND/RECV on obj */
  GOR_EVENT_LOCK,    /* obj: mutex id */
  GOR_EVENT_RLOCK,   /* obj: mutex id */
  GOR_EVENT_UNLOCK,  /* obj: mutex id; peer: the waiter woken */
  GOR_EVENT_RUNLOCK, /* obj: mutex id; peer: the waiter woken */
  GOR_EVENT_WG_ADD,  /* obj: WaitGroup id; n: counter after; value: delta */
  GOR_EVENT_WG_WAIT, /* obj: WaitGroup id; n: counter */
  GOR_EVENT_COND_WAIT,
  GOR_EVENT_COND_SIGNAL, /* peer: the waiter woken */
  GOR_EVENT_SLEEP,       /* value: nanoseconds */
  GOR_EVENT_GOSCHED,
  GOR_EVENT_EXIT,        /* the goroutine returned */
  GOR_EVENT_MAIN_RETURN, /* main returned: the program ends */
  GOR_EVENT_PANIC,
  GOR_EVENT_FATAL,
  GOR_EVENT_DEADLOCK,
  GOR_EVENT_OS_EXIT,
  GOR_EVENT_CLOCK, /* no goroutine ran: the clock jumped to the next timer */
  GOR_N_EVENTS
} GorEventKind;

enum
{
  GOR_EVENT_BLOCKED = 1 << 0,  /* the goroutine parked (or slept) */
  GOR_EVENT_DIRECT = 1 << 1,   /* handed straight to/from the parked peer */
  GOR_EVENT_BUFFERED = 1 << 2, /* the value went into / came out of the buffer */
  GOR_EVENT_CLOSED = 1 << 3,   /* received the zero value of a closed channel */
  GOR_EVENT_NIL = 1 << 4,      /* on a nil channel */
  GOR_EVENT_SEL_SEND = 1 << 5, /* select: a send case fired */
  GOR_EVENT_SEL_RECV = 1 << 6, /* select: a receive case fired */
  GOR_EVENT_SEL_DEFAULT = 1 << 7,
};

typedef enum
{
  GOR_EVENT_VALUE_NONE,
  GOR_EVENT_VALUE_INT,
  GOR_EVENT_VALUE_UINT,
  GOR_EVENT_VALUE_BOOL,
  GOR_EVENT_VALUE_FLOAT,
  GOR_EVENT_VALUE_TEXT, /* value: offset of a NUL-terminated text in trace->event_text */
} GorEventValueKind;

typedef struct
{
  guint32 goroutine_id; /* who ran; 0 in a clock step */
  guint8  kind;         /* GorEventKind */
  guint8  flags;
  guint8  value_kind; /* GorEventValueKind */
  guint8  sel_case;   /* select: 1 + the index of the case that fired, 0 none */
  guint32 obj;        /* channel, mutex or WaitGroup id (1, 2, … per kind), or goroutine */
  guint32 peer;       /* the goroutine handed to/from or woken, 0 none */
  guint32 line;       /* source line of the operation */
  guint32 n;
  guint32 value_lo; /* the value sent/received (or ns, delta): 64 bits in two halves */
  guint32 value_hi; /* (two halves: the event packs in 32 bytes) */
} GorStepEvent;

G_STATIC_ASSERT (sizeof (GorStepEvent) == 32);

static inline gint64
gor_step_event_value (const GorStepEvent *ev)
{
  return (gint64) (((guint64) ev->value_hi << 32) | ev->value_lo);
}

static inline void
gor_step_event_set_value (GorStepEvent *ev, GorEventValueKind kind, gint64 v)
{
  ev->value_kind = (guint8) kind;
  ev->value_lo = (guint32) ((guint64) v & 0xffffffffu);
  ev->value_hi = (guint32) ((guint64) v >> 32);
}

G_END_DECLS
