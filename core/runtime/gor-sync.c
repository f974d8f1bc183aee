/* gor-sync.c — sync.Mutex, sync.RWMutex, sync.WaitGroup and sync.Cond
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Waiters queue in FIFO order.  A Mutex works as Go's does: Unlock frees
 * it and wakes the first waiter, which tries again when it runs, so a
 * goroutine that unlocks and locks again at once keeps it; a woken waiter
 * that lost waits at the front, and once one has waited over a
 * millisecond the Mutex starves: Unlock hands it straight to the first
 * waiter.  RWMutex Unlocks hand over directly.
 */

#define STARVATION_NS 1000000

#include "config.h"

#include <string.h>

#include "gor-vm-private.h"

static void
park (GorG *g, GorWaitQ *q, gpointer obj, gboolean writer, GorReason reason)
{
  memset (&g->w, 0, sizeof g->w);
  g->w.g = g;
  g->w.obj = obj;
  g->w.is_send = writer;
  g->w.dst = -1;
  g->w.case_index = -1;
  g->w.prev = q->tail;
  if (q->tail)
    q->tail->next = &g->w;
  else
    q->head = &g->w;
  q->tail = &g->w;
  g->reason = reason;
}

/* A woken waiter that was overtaken: first in the queue again. */
static void
park_front (GorG *g, GorWaitQ *q, gpointer obj, GorReason reason)
{
  memset (&g->w, 0, sizeof g->w);
  g->w.g = g;
  g->w.obj = obj;
  g->w.is_send = TRUE;
  g->w.dst = -1;
  g->w.case_index = -1;
  g->w.next = q->head;
  if (q->head)
    q->head->prev = &g->w;
  else
    q->tail = &g->w;
  q->head = &g->w;
  g->reason = reason;
}

static GorWaiter *
pop (GorWaitQ *q)
{
  GorWaiter *w = q->head;

  if (w)
    _gor_waitq_remove (q, w);
  return w;
}

GorMutex *
_gor_mutex_new (GorVM *vm, GorObjKind kind)
{
  GorMutex *m = gor_heap_alloc (&vm->heap, GOR_OBJ_MUTEX, sizeof (GorMutex));

  (void) kind;
  m->id = ++vm->next_mutex_id;
  return m;
}

GorWaitGroup *
_gor_waitgroup_new (GorVM *vm)
{
  GorWaitGroup *wg = gor_heap_alloc (&vm->heap, GOR_OBJ_WAITGROUP, sizeof (GorWaitGroup));

  wg->id = ++vm->next_wg_id;
  return wg;
}

static G_GNUC_NO_INLINE gboolean mutex_lock (GorVM *vm, GorG *g, GorMutex *m, gboolean read);

gboolean
_gor_mutex_lock (GorVM *vm, GorG *g, GorMutex *m, gboolean read)
{
  gboolean done;

  /* a free Mutex taken by one that was not woken for it: what mutex_lock
   * does, without its calls (and, in a recorded run, what it notes) */
  if (G_LIKELY (m->state == 0 && m->hdr.flags != 1 && !g->lock_retry))
    {
      m->state = 1;
      g->lock_given = FALSE;
      if (vm->record)
        _gor_vm_note (vm, read ? GOR_EVENT_RLOCK : GOR_EVENT_LOCK, m->id, 0, NULL, 0);
      return TRUE;
    }
  done = mutex_lock (vm, g, m, read);

  _gor_vm_note (vm, read ? GOR_EVENT_RLOCK : GOR_EVENT_LOCK, m->id, done ? 0 : GOR_EVENT_BLOCKED, NULL, 0);
  return done;
}

static gboolean
mutex_lock (GorVM *vm, GorG *g, GorMutex *m, gboolean read)
{
  gboolean rw = m->hdr.flags == 1;

  if (!rw)
    {
      if (g->lock_retry)
        m->woken = FALSE;
      if (g->lock_given || m->state == 0)
        {
          m->state = 1;
          g->lock_given = FALSE;
          g->lock_retry = FALSE;
          return TRUE;
        }
      if (g->lock_retry)
        {
          if (_gor_sched_now (vm) - g->rare->lock_since > STARVATION_NS)
            m->starving = TRUE;
          park_front (g, &m->waitq, m, GOR_REASON_MUTEX_LOCK);
          return FALSE;
        }
      _gor_g_rare (g)->lock_since = _gor_sched_now (vm);
      park (g, &m->waitq, m, TRUE, GOR_REASON_MUTEX_LOCK);
      return FALSE;
    }
  if (read)
    {
      if (m->state >= 0 && m->writers_waiting == 0)
        {
          m->state++;
          return TRUE;
        }
      park (g, &m->waitq, m, FALSE, GOR_REASON_RWMUTEX_RLOCK);
      return FALSE;
    }
  if (m->state == 0 && m->waitq.head == NULL)
    {
      m->state = -1;
      return TRUE;
    }
  m->writers_waiting++;
  park (g, &m->waitq, m, TRUE, GOR_REASON_RWMUTEX_LOCK);
  return FALSE;
}

gboolean
_gor_mutex_try_lock (GorMutex *m, gboolean read)
{
  if (m->hdr.flags != 1)
    {
      if (m->state != 0 || m->starving)
        return FALSE;
      m->state = 1;
      return TRUE;
    }
  if (read)
    {
      if (m->state < 0 || m->writers_waiting > 0)
        return FALSE;
      m->state++;
      return TRUE;
    }
  if (m->state != 0 || m->waitq.head != NULL)
    return FALSE;
  m->state = -1;
  return TRUE;
}

static void
rw_wake (GorVM *vm, GorMutex *m)
{
  GorWaiter *w;

  while ((w = m->waitq.head) != NULL)
    {
      if (w->is_send)
        {
          if (m->state != 0)
            return;
          pop (&m->waitq);
          m->writers_waiting--;
          m->state = -1;
          _gor_sched_ready (vm, w->g);
          return;
        }
      if (m->state < 0)
        return;
      pop (&m->waitq);
      m->state++;
      _gor_sched_ready (vm, w->g);
    }
}

static G_GNUC_NO_INLINE gboolean mutex_unlock (GorVM *vm, GorMutex *m, gboolean read);

gboolean
_gor_mutex_unlock (GorVM *vm, GorMutex *m, gboolean read)
{
  /* nobody to wake (none waits, or one woken has yet to run): the Mutex
   * is free again, and that is all (in a recorded run, noted as
   * mutex_unlock notes it) */
  if (G_LIKELY (m->hdr.flags != 1 && m->state != 0 && (m->waitq.head == NULL || (m->woken && !m->starving))))
    {
      m->state = 0;
      if (vm->record)
        _gor_vm_note (vm, GOR_EVENT_UNLOCK, m->id, 0, NULL, 0);
      return TRUE;
    }
  return mutex_unlock (vm, m, read);
}

static gboolean
mutex_unlock (GorVM *vm, GorMutex *m, gboolean read)
{
  gboolean rw = m->hdr.flags == 1;

  if (!rw)
    {
      GorWaiter *w;

      if (m->state == 0)
        return FALSE;
      /* one woken waiter at a time, as in Go */
      w = m->woken && !m->starving ? NULL : pop (&m->waitq);
      if (w == NULL)
        m->state = 0;
      else if (m->starving)
        {
          /* the lock passes to it */
          w->g->lock_given = TRUE;
          if (m->waitq.head == NULL || _gor_sched_now (vm) - w->g->rare->lock_since <= STARVATION_NS)
            m->starving = FALSE;
        }
      else
        {
          m->state = 0;
          m->woken = TRUE;
          w->g->lock_retry = TRUE;
        }
      if (w)
        _gor_sched_ready (vm, w->g);
      _gor_vm_note (vm, GOR_EVENT_UNLOCK, m->id, 0, w ? w->g : NULL, 0);
      return TRUE;
    }
  if (read)
    {
      if (m->state <= 0)
        return FALSE;
      m->state--;
    }
  else
    {
      if (m->state != -1)
        return FALSE;
      m->state = 0;
    }
  {
    GorG *first = m->waitq.head ? m->waitq.head->g : NULL;
    GorG *still = (rw_wake (vm, m), m->waitq.head ? m->waitq.head->g : NULL);

    _gor_vm_note (vm, read ? GOR_EVENT_RUNLOCK : GOR_EVENT_UNLOCK, m->id, 0, first != still ? first : NULL,
                  0);
  }
  return TRUE;
}

gboolean
_gor_wg_add (GorVM *vm, GorWaitGroup *wg, gint64 delta)
{
  wg->counter += delta;
  if (wg->counter < 0)
    return FALSE;
  _gor_vm_note (vm, GOR_EVENT_WG_ADD, wg->id, 0,
                wg->counter == 0 && wg->waitq.head ? wg->waitq.head->g : NULL, wg->counter);
  if (vm->record && vm->current)
    gor_step_event_set_value (&vm->ev, GOR_EVENT_VALUE_INT, delta);
  if (wg->counter == 0)
    {
      GorWaiter *w;

      while ((w = pop (&wg->waitq)) != NULL)
        _gor_sched_ready (vm, w->g);
    }
  return TRUE;
}

gboolean
_gor_wg_wait (GorVM *vm, GorG *g, GorWaitGroup *wg)
{
  _gor_vm_note (vm, GOR_EVENT_WG_WAIT, wg->id, wg->counter == 0 ? 0 : GOR_EVENT_BLOCKED, NULL, wg->counter);
  if (wg->counter == 0)
    return TRUE;
  park (g, &wg->waitq, wg, FALSE, GOR_REASON_WAITGROUP_WAIT);
  return FALSE;
}

/* sync.Cond: [0] L, [1] its queue (a WaitGroup object, for the waiters). */
GorStruct *
_gor_cond_new (GorVM *vm, GorValue locker)
{
  GorStruct *cv = gor_struct_new (&vm->heap, 2);

  cv->f[0] = locker;
  cv->f[1].p = _gor_waitgroup_new (vm);
  return cv;
}

GorRunResult
_gor_cond_wait (GorVM *vm, GorG *g, GorStruct *cv)
{
  GorWaitGroup *q = cv->f[1].p;

  if (!_gor_mutex_unlock (vm, cv->f[0].p, FALSE))
    {
      g_free (vm->end_message);
      vm->end_message = g_strdup ("fatal error: sync: unlock of unlocked mutex");
      return GOR_RUN_FATAL;
    }
  /* park; on wake the next instructions take L again */
  q->counter = 1;
  _gor_wg_wait (vm, g, q);
  g->reason = GOR_REASON_COND_WAIT;
  _gor_vm_note (vm, GOR_EVENT_COND_WAIT, 0, GOR_EVENT_BLOCKED, NULL, 0);
  return GOR_RUN_BLOCKED;
}

void
_gor_cond_signal (GorVM *vm, GorStruct *cv, gboolean broadcast)
{
  GorWaitGroup *q = cv->f[1].p;
  GorWaiter    *w;

  if (q == NULL)
    {
      /* a zero Cond (not from NewCond) has had no waiters */
      _gor_vm_note (vm, GOR_EVENT_COND_SIGNAL, 0, broadcast ? GOR_EVENT_BUFFERED : 0, NULL, 0);
      return;
    }
  _gor_vm_note (vm, GOR_EVENT_COND_SIGNAL, 0, broadcast ? GOR_EVENT_BUFFERED : 0,
                q->waitq.head ? q->waitq.head->g : NULL, 0);
  while ((w = q->waitq.head) != NULL)
    {
      _gor_waitq_remove (&q->waitq, w);
      _gor_sched_ready (vm, w->g);
      if (!broadcast)
        break;
    }
}

/* sync.Once: the box holds NULL until the first Do, then a WaitGroup whose
 * counter is 1 while f runs and 0 once it has returned.  As in Go, where
 * Do takes a Mutex around f, a caller that comes while f runs waits, and
 * is shown waiting in sync.Mutex.Lock. */
typedef struct
{
  GorWaitGroup *wg;
  guint32       depth; /* frames of the goroutine when Do called f */
} GorOnceRun;

/* 0: f has run, skip it; 1: this caller runs f; -1: it waits. */
int
_gor_once_begin (GorVM *vm, GorG *g, GorBox *once)
{
  GorWaitGroup *wg = once->v.p;
  GorOnceRun    run;

  if (wg != NULL)
    {
      if (wg->counter == 0)
        return 0;
      _gor_wg_wait (vm, g, wg);
      g->reason = GOR_REASON_MUTEX_LOCK;
      _gor_vm_note (vm, GOR_EVENT_NONE, 0, GOR_EVENT_BLOCKED, NULL, 0);
      return -1;
    }
  wg = _gor_waitgroup_new (vm);
  wg->counter = 1;
  once->v.p = wg;
  if (g->rare->onces == NULL)
    _gor_g_rare (g)->onces = g_array_new (FALSE, FALSE, sizeof (GorOnceRun));
  run.wg = wg;
  run.depth = g->n_frames;
  g_array_append_val (g->rare->onces, run);
  return 1;
}

/* f returned: the waiters go on. */
void
_gor_once_end (GorVM *vm, GorG *g)
{
  GorOnceRun *run = &g_array_index (g->rare->onces, GorOnceRun, g->rare->onces->len - 1);

  _gor_wg_add (vm, run->wg, -1);
  g_array_set_size (g->rare->onces, g->rare->onces->len - 1);
}

/* A panic (or Goexit) left a frame: a Do whose f it left is over too, as
 * Go's deferred Unlock in Do ends it. */
void
_gor_once_unwind (GorVM *vm, GorG *g)
{
  while (g->rare->onces && g->rare->onces->len > 0
         && g_array_index (g->rare->onces, GorOnceRun, g->rare->onces->len - 1).depth >= g->n_frames)
    _gor_once_end (vm, g);
}

/* An Unlock found nothing locked: the run ends with what Go says. */
GorRunResult
_gor_sync_unlock_fatal (GorVM *vm, GorMutex *m, gboolean read)
{
  g_free (vm->end_message);
  if (read)
    vm->end_message = g_strdup ("fatal error: sync: RUnlock of unlocked RWMutex");
  else
    vm->end_message = g_strdup (m->hdr.flags ? "fatal error: sync: Unlock of unlocked RWMutex"
                                             : "fatal error: sync: unlock of unlocked mutex");
  return GOR_RUN_FATAL;
}
