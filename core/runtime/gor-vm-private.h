/* gor-vm-private.h — the VM's structures and the functions its files share
 *
 * SPDX-License-Identifier: GPL-3.0-or-later
 *
 * Only core/runtime/ (and the tests) include this header: everything else
 * goes through gor-vm.h, where the VM and its goroutines are opaque.
 */
#pragma once

#include "gor-vm.h"

G_BEGIN_DECLS

typedef struct _GorChan  GorChan;
typedef struct _GorReach GorReach;

typedef struct _GorWaiter GorWaiter;
struct _GorWaiter
{
  GorG      *g;
  GorWaiter *next;
  GorWaiter *prev;
  gpointer   obj;        /* channel, mutex or WaitGroup waited on */
  GorValue   val;        /* value to send */
  gint32     dst;        /* receive: stack slot of the value (ok follows), -1 none */
  gint32     case_index; /* select case, -1 for a plain operation */
  gboolean   is_send;
  gboolean   want_ok;
};

typedef struct
{
  GorWaiter *head;
  GorWaiter *tail;
} GorWaitQ;

struct _GorChan
{
  GorObj    hdr;
  GorType  *elem;
  guint32   id;
  gboolean  closed;
  gint64    cap;
  gint64    len;
  gint64    head;
  GorValue *buf;
  guint32  *buf_from; /* trace: sender id and step per buffered element */
  GorWaitQ  recvq;
  GorWaitQ  sendq;
  GorChan  *next_chan; /* every channel, so the heap can free buffers */
  gboolean  timer;     /* a Timer's or Ticker's: its one buffered value is hidden */
};

/* len and cap of a channel as Go 1.23 reports them: a timer's channel
 * looks unbuffered (0 and 0), whatever it holds. */
static inline gint64
_gor_chan_go_len (const GorChan *ch)
{
  return ch && !ch->timer ? ch->len : 0;
}

static inline gint64
_gor_chan_go_cap (const GorChan *ch)
{
  return ch && !ch->timer ? ch->cap : 0;
}

typedef struct
{
  GorObj   hdr;
  gint32   state; /* Mutex: 0/1; RWMutex: -1 writer, n readers */
  guint32  id;    /* 1, 2, … in creation order, for the trace */
  gint32   writers_waiting;
  gboolean starving; /* Mutex: Unlock hands the lock to the first waiter */
  gboolean woken;    /* Mutex: a woken waiter has yet to try again */
  GorWaitQ waitq;
} GorMutex;

typedef struct
{
  GorObj   hdr;
  gint64   counter;
  guint32  id; /* 1, 2, … in creation order, for the trace */
  GorWaitQ waitq;
} GorWaitGroup;

typedef struct _GorDefer GorDefer;
struct _GorDefer
{
  GorDefer   *next;
  GorFunc    *fn;
  GorClosure *env;
  guint       n_args;
  GorValue    args[];
};

enum
{
  GOR_FRAME_DEFERRED = 1 << 0,  /* a deferred call: results are dropped */
  GOR_FRAME_FMT = 1 << 1,       /* a String or Error method fmt called (gor-fmt-call.c) */
  GOR_FRAME_FMT_CATCH = 1 << 2, /* … whose panic fmt catches and prints */
};

typedef struct _GorFmtCall    GorFmtCall;
typedef struct _GorPanicPrint GorPanicPrint;

typedef struct
{
  GorFunc    *fn;
  GorClosure *env;
  GorDefer   *defers;
  guint32     pc;
  guint32     base;
  guint32     ret_to;
  guint32     flags;
} GorFrame;

typedef enum
{
  GOR_G_RUNNABLE,
  GOR_G_RUNNING,
  GOR_G_BLOCKED,
  GOR_G_SLEEPING,
  GOR_G_DEAD,
} GorGStatus;

/* What a goroutine needs only when it panics, recovers, runs Once.Do,
 * formats through a method, waits for a Mutex, is handed a value in a
 * recorded run or is scheduled by pct: most never do, so it
 * is allocated on the first write (_gor_g_rare) and until then every
 * goroutine shares one read-only, all-zero copy. */
typedef struct
{
  GorIface      *panic_val;
  char          *pending_panic; /* runtime error to raise when it next runs */
  GPtrArray     *panic_chain;   /* earlier panics still in flight (GorIface*) */
  GorIface      *recovered_val; /* recovered by a deferred call that is still running */
  guint32        recovered_depth;
  GArray        *onces;        /* GorOnceRun: the Once.Do calls running f, innermost last */
  GorFmtCall    *fmt_calls;    /* fmt instructions waiting for a method, innermost first */
  GorPanicPrint *pprint;       /* its unrecovered panic's values being printed */
  gint64         prio;         /* pct: the higher runs first */
  gint64         lock_since;   /* virtual time it first waited for the Mutex */
  guint32        pend_from_id; /* recording: hand-off to record when it next runs */
  guint32        pend_from_step;
  guint32        pend_chan;
} GorGRare;

/* A goroutine: kept small, as a program may park a hundred thousand.  Its
 * first stack lives at its end (stack0) until it needs a bigger one, and
 * its first frame in frame0, whose fn stays its entry function. */
struct _GorG
{
  guint32            id;
  guint8             status; /* GorGStatus */
  guint8             reason; /* GorReason while blocked */
  guint8             panicking;
  guint8             pend_handoff;
  guint8             goexiting;        /* runtime.Goexit: unwinding through the defers */
  guint8             lock_retry;       /* woken by Unlock: tries Lock again */
  guint8             lock_given;       /* handed the Mutex by Unlock */
  guint8             recovered_in_use; /* rare->recovered_val is set: returns take the slow path */
  gint32             runq_index;
  GorValue          *stack;
  guint32            sp;
  guint32            stack_cap;
  GorFrame          *frames; /* frame0 until a second frame is needed */
  guint32            n_frames;
  guint32            frames_cap;
  GorWaiter          w;   /* the one wait of a plain blocking operation */
  GorWaiter         *sel; /* select waiters */
  guint32            n_sel;
  guint32            blocked_step;
  guint32            blocked_line;
  guint32            last_line;
  guint32            created_line;
  GorG              *all_prev;
  GorG              *all_next;
  GorTraceGoroutine *tg;
  const GorGRare    *rare; /* read here; written through _gor_g_rare */
  GorFrame           frame0;
  GorValue           stack0[];
};

/* Hidden: the window module links a copy of the core of its own, and
 * each copy compares its goroutines with its own. */
G_GNUC_INTERNAL extern const GorGRare _gor_g_rare_none;

GorGRare *_gor_g_rare_new (GorG *g);

/* @g's rare state, to write: its own, allocated on the first call. */
static inline GorGRare *
_gor_g_rare (GorG *g)
{
  if (G_UNLIKELY (g->rare == &_gor_g_rare_none))
    return _gor_g_rare_new (g);
  return (GorGRare *) g->rare;
}

static inline void
_gor_g_set_recovered (GorG *g, GorIface *v)
{
  _gor_g_rare (g)->recovered_val = v;
  g->recovered_in_use = v != NULL;
}

/* The function @g was started with (its first frame's, which stays). */
static inline GorFunc *
_gor_g_entry (GorG *g)
{
  return g->frame0.fn;
}

typedef enum
{
  GOR_RUN_YIELD,   /* reached a scheduling point, still runnable */
  GOR_RUN_BLOCKED, /* parked; reason in g->reason */
  GOR_RUN_SLEEP,   /* parked on the clock */
  GOR_RUN_EXIT,    /* returned from its function */
  GOR_RUN_PANIC,   /* unrecovered panic: the program ends */
  GOR_RUN_FATAL,   /* fatal error: the program ends */
  GOR_RUN_OS_EXIT, /* os.Exit */
} GorRunResult;

typedef struct
{
  gint64     when;
  guint64    seq;
  GorG      *g;    /* a sleeping goroutine, or NULL for a channel timer */
  GorChan   *chan; /* time.After / time.Tick: where the time is sent */
  GorStruct *ctx;  /* context.WithTimeout: the context to cancel */
  GorStruct *tobj; /* time.Timer / time.Ticker: [0] C, [1] active, [2] generation, [3] period */
  gint64     gen;
  gint64     period; /* time.Tick: re-armed every period */
} GorTimer;

struct _GorVM
{
  GorProgram *program;
  GorHeap     heap;
  GorValue   *globals;
  GorTrace   *trace;
  gboolean    record; /* spans, hand-offs, goroutine records */

  /* scheduler */
  GorG          **runq;
  guint           runq_len;
  guint           runq_cap;
  GArray         *timers; /* GorTimer, binary heap */
  guint64         timer_seq;
  gint64          now; /* virtual ns */
  guint64         rng;
  guint32         step;
  guint32         next_gid;
  guint32         next_chan_id;
  guint           n_live; /* runtime.NumGoroutine() */
  GorG           *all;    /* live goroutines */
  GorG           *main_g;
  GorG           *current;
  GorChan        *chans;
  gboolean        ended;
  GorEndKind      end_kind;
  int             exit_status;
  char           *end_message; /* first line of the panic/fatal text */
  GString        *err_text;    /* whole stderr text at the end */
  GString        *scratch;
  GorVMOutputFunc output;
  gpointer        output_data;
  guint           slice;            /* instructions per time slice */
  guint           budget;           /* left of the running goroutine's slice */
  guint           run_budget;       /* the budget its current run started with */
  guint64         n_instructions;   /* instructions run so far, for the runaway limit */
  gboolean        live_leaks;       /* run the live blocked-forever rule */
  guint32         last_leak_check;  /* the step the live leak rule last ran at */
  gboolean        slice_expired;    /* the last run used up its time slice */
  gboolean        gosched;          /* the last run ended in runtime.Gosched */
  GorG           *keep;             /* ran into a scheduling point without blocking: runs next */
  gboolean        main_goexited;    /* main called runtime.Goexit: the run goes on */
  GorG           *avoid;            /* called runtime.Gosched: another goroutine runs first */
  gboolean        between_steps;    /* timers firing before the next step is picked:
                              * whom they wake may run in that very step */
  GPtrArray      *orphans;          /* method calls for fmt that blocked: freed at the end */
  char           *method_panic;     /* what the last fmt method call panicked with */
  gboolean        method_panicking; /* printing a method's panic value (Go's pp.panicking,
                                 * preprintpanics): another panic goes on up */
  GorIface       *method_repanic;   /* that panic, on its way out of the fmt call */
  guint           method_depth;     /* fmt method calls running inside each other, in C */
  gboolean        method_overflow;  /* they went too deep, or met a fatal error: the run ends */
  gboolean        method_exit;      /* one called os.Exit: the run ends with its status */
  gsize           stacks_bytes;     /* every goroutine's stack and frames together */
  GorFmtCall     *fmt_active;       /* the fmt instruction formatting now, if any */
  GPtrArray      *errorf_wrapped;   /* GorIface: Errorf's %w operands, while it formats */
  guint32         next_mutex_id;
  guint32         next_wg_id;
  GorStepEvent    ev;          /* what the current step did (recorded runs) */
  char            ev_text[48]; /* its value, when printed as text */
  GorReach       *reach;       /* the live leak rule's state (gor-reach.c) */
  gsize           mem_limit;   /* the run's memory budget (gor-gc.c) */
  gsize           gc_next;     /* the heap size that triggers the next collection */
  gsize           gc_min;      /* below this the heap is not collected */
  guint           gc_count;    /* collections so far */
  gboolean        gc_stress;   /* tests: collect after every 64 KiB allocated */
  struct _GorGc  *gc;          /* the collector's tables, kept between collections */

  /* the chooser (gor-choose.c) */
  GorStrategy strategy;
  guint64     pct_rng; /* pct's own stream: the program's rand stays the seed's */
  gint64      pct_low; /* the priority the next demoted goroutine gets */
  guint       pct_n_changes;
  guint32     pct_change[GOR_PCT_MAX_DEPTH]; /* steps where the chosen one drops */
  guint       pct_timer_delays;              /* due timers held back in a row */

  /* A scheduling point passed without blocking may go on into the next
   * step inside the dispatch loop (_gor_sched_go_on), within the bounds
   * gor_vm_run_steps sets: 0 outside it, where every step is its own. */
  guint32 go_on_end;              /* the first step it may not start */
  guint64 go_on_max_instructions; /* the run's instruction limit */
  guint   run_cut;                /* budget the current run set aside for a timer */
};

/* The default memory budget of a run: live data beyond it (heap objects,
 * maps, goroutines, stacks, the trace and kept output) ends the run as Go
 * ends one that runs out of memory, not the process. */
#define GOR_HEAP_LIMIT ((gsize) 2 << 30)
/* Below this the heap is not collected: small programs never pay. */
#define GOR_GC_MIN_HEAP ((gsize) 4 << 20)

/* How deep fmt's method calls (String, Error) may nest: each level is a
 * goroutine run on the C stack, a few kilobytes of it. */
#define GOR_MAX_METHOD_DEPTH 1000

#define GOR_NIL_DEREF "runtime error: invalid memory address or nil pointer dereference"

/* A runtime.Error panic value with the formatted text. */
GorIface *_gor_vm_error (GorVM *vm, const char *fmt, ...) G_GNUC_PRINTF (2, 3);

/* The current step's event (gor-step-event.h), for recorded runs: the
 * operations note what they did; the scheduler stores it when the step ends. */
static inline void
_gor_vm_note (GorVM *vm, GorEventKind kind, guint32 obj, guint flags, GorG *peer, gint64 n)
{
  if (!vm->record || vm->current == NULL)
    return;
  vm->ev.kind = (guint8) kind;
  vm->ev.obj = obj;
  vm->ev.flags = (guint8) flags;
  vm->ev.peer = peer ? peer->id : 0;
  vm->ev.n = (guint32) CLAMP (n, 0, G_MAXUINT32);
}
/* The value an operation moved, printed short (gor-chan.c). */
void _gor_vm_note_value (GorVM *vm, GorType *t, GorValue v);

/* gor-vm.c and gor-sched.c */
GorRunResult _gor_vm_run (GorVM *vm, GorG *g, guint *budget);
gboolean     _gor_sched_go_on (GorVM *vm, GorG *g, const GorInstr *ip, const GorValue *sp);
GorG   *_gor_sched_spawn (GorVM *vm, GorFunc *fn, GorClosure *env, GorValue *args, guint n_args, GorG *parent,
                          guint32 line);
void    _gor_sched_ready (GorVM *vm, GorG *g);
void    _gor_sched_sleep (GorVM *vm, GorG *g, gint64 ns);
void    _gor_sched_chan_timer (GorVM *vm, GorChan *c, gint64 ns, gint64 period);
void    _gor_sched_ctx_timer (GorVM *vm, GorStruct *ctx, gint64 ns);
void    _gor_sched_obj_timer (GorVM *vm, GorStruct *tobj, gint64 ns);
void    _gor_sched_output (GorVM *vm, GorG *g, const char *text, gsize len, gboolean is_stderr);
guint64 _gor_sched_rand (GorVM *vm);
gint64  _gor_sched_now (GorVM *vm);

/* The scheduler's choice points (gor-choose.c): every choice the
 * scheduler leaves open goes through these, so that a strategy and a seed
 * fix the whole run. */
guint       _gor_choose_runnable (GorVM *vm);
guint       _gor_choose_case (GorVM *vm, guint n);
gboolean    _gor_choose_timers_first (GorVM *vm);
void        _gor_choose_spawned (GorVM *vm, GorG *g);
void        _gor_choose_yielded (GorVM *vm, GorG *g);
const char *_gor_vm_func_name (GorFunc *fn);

/* A goroutine's stack, frames and deferred calls (gor-frames.c).  A frame
 * needs its locals and its operand stack, whose depth the compiler counts
 * exactly, and no room besides: the runtime ensures the room of whatever
 * it pushes beyond (a frame's arguments and results, fmt's method calls). */
#define GOR_STACK_SLACK 0
void _gor_vm_ensure_stack (GorVM *vm, GorG *g, guint32 need);
/* Pushes a frame whose arguments are already at stack[base..]. */
void      _gor_vm_push_frame (GorVM *vm, GorG *g, GorFunc *fn, GorClosure *env, guint32 base, guint32 ret_to,
                              guint32 flags);
GorDefer *_gor_vm_make_defer (GorFunc *fn, GorClosure *env, GorValue *args, guint n);
gboolean  _gor_vm_call_next_defer (GorVM *vm, GorG *g);
void      _gor_vm_start (GorVM *vm, GorG *g, GorFunc *fn, GorClosure *env, GorValue *args, guint n);
void      _gor_vm_free_g (GorVM *vm, GorG *g);
guint32   _gor_vm_g_line (GorG *g);

GorChan *_gor_chan_new (GorVM *vm, GorType *elem, gint64 cap);
/* Each returns TRUE when the operation completed, FALSE when @g parked.
 * A panic to raise is returned in @panic_msg. */
gboolean _gor_chan_send (GorVM *vm, GorG *g, GorChan *c, GorValue v, const char **panic_msg);
gboolean _gor_chan_recv (GorVM *vm, GorG *g, GorChan *c, gint32 dst, gboolean want_ok);
gboolean _gor_chan_close (GorVM *vm, GorG *g, GorChan *c, const char **panic_msg);
/* vals: per case, chan then (for sends) value; on completion the case
 * index, value and ok are written at stack slot @dst..@dst+2. */
gboolean _gor_chan_select (GorVM *vm, GorG *g, GorSelectSpec *spec, GorValue *vals, gint32 dst,
                           const char **panic_msg);
void     _gor_waitq_remove (GorWaitQ *q, GorWaiter *w);
/* A send that never blocks (timers): dropped when the buffer is full. */
void _gor_chan_send_nb (GorVM *vm, GorChan *c, GorValue v);

GorMutex     *_gor_mutex_new (GorVM *vm, GorObjKind kind);
GorWaitGroup *_gor_waitgroup_new (GorVM *vm);
gboolean      _gor_mutex_lock (GorVM *vm, GorG *g, GorMutex *m, gboolean read);
gboolean      _gor_mutex_try_lock (GorMutex *m, gboolean read);
/* FALSE on unlock of an unlocked mutex (a fatal error). */
gboolean _gor_mutex_unlock (GorVM *vm, GorMutex *m, gboolean read);
gboolean _gor_wg_add (GorVM *vm, GorWaitGroup *wg, gint64 delta);
gboolean _gor_wg_wait (GorVM *vm, GorG *g, GorWaitGroup *wg);
int      _gor_once_begin (GorVM *vm, GorG *g, GorBox *once);
void     _gor_once_end (GorVM *vm, GorG *g);
void     _gor_once_unwind (GorVM *vm, GorG *g);

/* gor-reach.c */
void _gor_reach_forget (GorReach *reach, GorG *g);
void _gor_reach_free (GorReach *reach);
/* gor_reach_check after a step of @ran that did not block and went on
 * (_gor_sched_go_on), when it ends at the witnesses (TRUE); FALSE: the
 * full check is to run.  _gor_reach_watched, the cheaper, first, then
 * _gor_reach_held (with @ran runnable). */
gboolean _gor_reach_held (GorVM *vm, GorG *ran);

/* What _gor_reach_held found, kept for the steps @g goes on into (see
 * gor-reach.c): per target, where its waiters are and where its witness
 * holds it.  The first member of GorReach. */
typedef struct
{
  GorObj         *t;
  GorWaitQ       *q[2];  /* (q[0] is never NULL) */
  const GorValue *loc;   /* the slot, box or package variable */
  GorClosure     *env;   /* a closure's variable of @g: the closure of */
  guint32         frame; /* its frame i (else NULL) */
} GorReachWatchItem;

typedef struct
{
  GorReachWatchItem item[4];
  guint             n;
  guint             gc; /* the VM's collections then */
  GorG             *g;  /* whose steps it serves (NULL: none kept) */
} GorReachWatch;

/* Whether what _gor_reach_held kept still stands after a step of @ran
 * that went on: every target still waited on, still where its witness
 * was. */
static inline gboolean
_gor_reach_watched (GorVM *vm, GorG *ran)
{
  const GorReachWatch *ws = (const GorReachWatch *) (gconstpointer) vm->reach;

  if (ws == NULL || ws->g != ran || ws->gc != vm->gc_count)
    return FALSE;
  for (const GorReachWatchItem *e = ws->item, *end = e + ws->n; e < end; e++)
    if (e->loc->p != e->t || !(e->q[0]->head || (e->q[1] && e->q[1]->head))
        || (e->env != NULL && (e->frame >= ran->n_frames || ran->frames[e->frame].env != e->env)))
      return FALSE;
  return TRUE;
}
/* The live-in slots of a function's locals before each instruction, a
 * bit per local (NULL when not known: every slot live); @pc past the
 * code gives NULL too. */
gpointer       _gor_liveness_new (GorFunc *fn);
void           _gor_liveness_free (gpointer lv);
const guint32 *_gor_liveness_at (gconstpointer lv, GorFunc *fn, guint32 pc);

/* The collector (gor-gc.c).  collect: a collection; @running is the
 * goroutine in the dispatch loop when it collects inside an instruction
 * (its whole stack array is a root), else NULL.  room: whether @n more
 * bytes fit in the budget, after a collection when @running may collect.
 * in_use: what the run owns now. */
void     _gor_gc_collect (GorVM *vm, GorG *running);
char    *_gor_gc_oom_message (GorVM *vm, gsize bytes);
void     _gor_gc_free (GorVM *vm);
gboolean _gor_gc_room (GorVM *vm, GorG *running, gsize n);
static inline gsize
_gor_gc_in_use (GorVM *vm)
{
  GorTrace *t = vm->trace;
  gsize     n = vm->heap.bytes + vm->stacks_bytes + (gsize) vm->n_live * sizeof (GorG);

  n += t->output_text->allocated_len + (gsize) t->output->len * sizeof (GorOutputChunk);
  n += (gsize) t->handoffs->len * sizeof (GorHandoff);
  n += (gsize) (t->vtime->len + t->num_goroutines->len) * sizeof (GorStepValue);
  n += (gsize) t->events->len * sizeof (GorStepEvent);
  /* a goroutine's record, and about two spans a step */
  n += (gsize) t->goroutines->len * (sizeof (GorTraceGoroutine) + 64);
  if (vm->record)
    n += (gsize) vm->step * 2 * sizeof (GorSpan);
  return n;
}
static inline void
_gor_gc_safe_point (GorVM *vm)
{
  if (G_UNLIKELY (vm->heap.bytes >= vm->gc_next))
    _gor_gc_collect (vm, NULL);
}

/* gor-object.c */
/* Calls a user method of no arguments returning a string (String, Error)
 * on a value, to completion, for fmt.  FALSE when there is none. */
gboolean _gor_vm_call_string_method (GorVM *vm, GorType *t, GorValue v, const char *name, GorValue *result);
/* The function of @t's user method @name of no arguments returning a
 * string, with the receiver in @arg; NULL when there is none. */
GorFunc *_gor_vm_string_method (GorVM *vm, GorType *t, GorValue v, const char *name, GorMethod **method,
                                GorValue *arg);
GorValue _gor_value_zero (GorVM *vm, GorType *t);
GorValue _gor_value_clone (GorVM *vm, GorType *t, GorValue v);
gboolean _gor_value_equal (GorType *t, GorValue a, GorValue b);
/* The method @name of @t, or of *@t's element for an unnamed pointer
 * (then @deref tells whether the receiver must be loaded). */
GorMethod  *_gor_type_find_method (GorType *t, const char *name, gboolean *deref);
gboolean    _gor_type_implements (GorType *t, GorType *iface);
const char *_gor_type_iface_name (GorType *t);
GorIface   *_gor_type_assert_error (GorVM *vm, GorIface *x, GorType *from, GorType *to);
gboolean _gor_slice_bounds (GorVM *vm, guint b, gint64 cap, gint64 len, gint64 *lo, gint64 *hi, gint64 *max,
                            GorIface **perr);
/* The capacity append gives a slice of @cap that must hold @need; @elem
 * is APPEND's b operand (element size, 0x8000 when it holds pointers). */
gint64    _gor_slice_grow_cap (gint64 cap, gint64 need, guint elem);
GorSlice *_gor_slice_make (GorVM *vm, GorType *slice_type, gint64 len, gint64 cap, gboolean has_cap,
                           GorIface **perr, gsize *oom_bytes);
GorSlice *_gor_slice_append (GorVM *vm, GorSlice *s, const GorValue *vals, gint64 n, guint elem,
                             gsize *oom_bytes);
GorSlice *_gor_slice_append_slice (GorVM *vm, GorSlice *s, GorSlice *t, guint elem, gsize *oom_bytes);

/* sync (gor-sync.c): an Unlock found nothing locked; the run ends with
 * what Go says */
GorRunResult _gor_sync_unlock_fatal (GorVM *vm, GorMutex *m, gboolean read);

/* sync.Cond (gor-sync.c) */
GorStruct   *_gor_cond_new (GorVM *vm, GorValue locker);
GorRunResult _gor_cond_wait (GorVM *vm, GorG *g, GorStruct *cv);
void         _gor_cond_signal (GorVM *vm, GorStruct *cv, gboolean broadcast);

/* The library packages' instructions (gor-lib-*.c): each works on the
 * stack below @sp and returns the new top; a panic to raise is set in
 * @perr. */
GorValue *_gor_lib_time_after (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_timer (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_context (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_errors (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);

/* Go's own error types (gor-lib-errors.c), at these indices of the
 * program's type_refs (the compiler puts them there first) */
#define GOR_TREF_WRAP_ERROR 4  /* *fmt.wrapError */
#define GOR_TREF_WRAP_ERRORS 5 /* *fmt.wrapErrors */
#define GOR_TREF_JOIN_ERROR 6  /* *errors.joinError */
#define GOR_TREF_ERROR 7       /* the error interface */
gboolean _gor_error_join_text (GorVM *vm, GorG *g, GorValue *result);
typedef enum
{
  GOR_ERROR_TEXT, /* *errors.errorString, runtime.Error: the value is the text */
  GOR_ERROR_WRAP,
  GOR_ERROR_WRAPS,
  GOR_ERROR_JOIN
} GorErrorKind;
GorErrorKind  _gor_error_kind (GorVM *vm, GorType *t);
const GorStr *_gor_error_text (GorVM *vm, const GorIface *x);
GorStr       *_gor_error_string (GorVM *vm, const GorIface *x);
GorIface     *_gor_errorf_result (GorVM *vm, GorStr *msg, GPtrArray *wrapped);
void          _gor_fmt_join_text (GorVM *vm, GString *out, const GorIface *x);
GorValue     *_gor_lib_atomic (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue     *_gor_lib_addr (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue     *_gor_lib_rand (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue     *_gor_lib_itoa (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue     *_gor_lib_atoi (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
/* Cancels @ctx and its children (a deadline: "context deadline exceeded") */
void _gor_ctx_cancel (GorVM *vm, GorStruct *ctx, gboolean deadline);
/* time.Duration.String */

/* Conversions between strings, bytes and runes (gor-strings.c) */
GorSlice *_gor_str_to_bytes (GorVM *vm, GorStr *s);
GorStr   *_gor_str_from_slice (GorVM *vm, GorSlice *s, gboolean runes);
GorStr   *_gor_str_from_rune (GorVM *vm, gint64 r);
GorSlice *_gor_str_to_runes (GorVM *vm, GorStr *s);

/* gor-strings.c: the strings package; @fn is a GorStringsFunc.  Pops the
 * arguments, pushes the result, returns the new stack top. */
GorIface *_gor_vm_string_panic (GorVM *vm, const char *text);
void      _gor_fmt_quote (GString *out, const char *s, gsize len);
GorValue *_gor_vm_strings (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes);
/* gor-lib-text.c: the STRINGS operations from GOR_STRINGS_LIB_TEXT on */
#define GOR_STR_ERROR_IDENTITY 4 /* GorStr flag: the text of one errors.New call */
GorValue *_gor_lib_text (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes);
GorValue *_gor_lib_scan (GorVM *vm, int fn, GorValue *sp);

/* fmt's calls of String and Error methods (gor-fmt-call.c) */
typedef enum
{
  GOR_FMT_DONE, /* formatted: the arguments are popped, @out holds the text */
  GOR_FMT_CALL, /* a method must run first: push_fmt_frame, then run the instruction again */
} GorFmtStep;
GorFmtStep _gor_fmt_step (GorVM *vm, GorG *g, GorPrintSpec *spec, GString *out);
/* The function of the method fmt waits for, its receiver put at the stack
 * top; NULL when they nest too deep (a stack overflow). */
GorFunc   *_gor_fmt_call_target (GorVM *vm, GorG *g, guint32 *flags);
GorFmtStep _gor_fmt_call_step (GorVM *vm, GorG *g, guint n,
                               gboolean (*walk) (GorVM *vm, GorValue *args, gpointer data), gpointer data);
gboolean _gor_fmt_call_method (GorVM *vm, GorFunc *fn, GorValue arg, const GorValue *arg2, GorValue *result);
GorFmtStep _gor_lib_errors_step (GorVM *vm, GorG *g, gint32 a, guint b, GorIface **perr);
/* A method frame (GOR_FRAME_FMT) returned; or its panic reached it and is
 * caught (GOR_FRAME_FMT_CATCH): TRUE when the caller resumes. */
void     _gor_fmt_call_returned (GorG *g);
gboolean _gor_fmt_call_caught (GorVM *vm, GorG *g, GorFrame *popped);
/* In a formatting pass: the method's result, its panic, or a request. */
gboolean _gor_fmt_call_result (GorVM *vm, GorMethod *m, GorValue arg, GorValue *result);
void     _gor_fmt_calls_free (GorG *g);
/* Whether the instruction before @pc of @g's current frame is a formatting
 * that waited for a method, which has returned: it runs again to go on. */
gboolean _gor_fmt_call_resuming (GorG *g, guint32 pc);
/* Calls @visit on every heap pointer the fmt instructions of @c's chain
 * keep aside (the receiver asked for, a panic state to restore): roots
 * for the collector. */
void _gor_fmt_calls_visit (GorFmtCall *c, void (*visit) (gconstpointer p, gpointer data), gpointer data);

/* mathlib: gor-lib-math.c, gor-lib-sort.c, gor-lib-strconv.c */
/* ITOA, ATOI and MATHLIB: a library function on plain values */
GorValue *_gor_lib_call (GorVM *vm, GorOp op, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_mathlib (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_strconv (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_sort (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
GorValue *_gor_lib_float (GorVM *vm, gint32 a, guint b, GorValue *sp, GorIface **perr);
/* %v of a float: shortest digits that read back as a float of @bits */
void _gor_fmt_float_g (GString *out, double f, int bits);
/* SORT: a sort that calls the program's less function or methods */
GorFmtStep _gor_lib_sort_step (GorVM *vm, GorG *g, gint32 a, guint b, GorIface **perr);
/* SORT past the sorts: strings.Map, FieldsFunc … (gor-lib-strfunc.c) */
GorFmtStep _gor_lib_strfunc_step (GorVM *vm, GorG *g, gint32 a, guint b, GorIface **perr);
/* STRINGS: NewReplacer's check and copy, a Replacer's Replace */
GorValue *_gor_lib_replacer (GorVM *vm, int fn, GorValue *sp, GorIface **perr, gsize *oom_bytes);
/* For _gor_fmt_call_step's walk: the result of a call of @fn (a closure's
 * if @env is not NULL) on @n (1 to 3) arguments, or FALSE when it must run
 * first; a function of no results (@no_result) is done once it returned. */
gboolean _gor_fmt_call_func (GorVM *vm, GorFunc *fn, GorClosure *env, const GorValue *args, guint n,
                             gboolean no_result, GorValue *result);
/* Go's UTF-8 decoding: the rune at @p and its width (RuneError, 1 for a
 * bad sequence; RuneError, 0 for none) */
gunichar  _gor_utf8_decode (const guchar *p, gsize n, int *width);
GorSlice *_gor_lib_append_bytes (GorVM *vm, GorSlice *s, const guchar *bytes, gsize n, GorIface **perr);
/* For a walk that goes on where its last pass stopped: memory of @size
 * bytes (zeroed at first) kept from pass to pass, freed by @free_func
 * when the instruction is done; and, once the walk has kept what the
 * results so far told it, their removal from the stack. */
gpointer _gor_fmt_call_state (GorVM *vm, gsize size, GDestroyNotify free_func);
void     _gor_fmt_call_consumed (GorVM *vm);
/* The closure whose function _gor_fmt_call_target returned, or NULL */
GorClosure *_gor_fmt_call_env (GorG *g);

/* gor-panic-print.c */
/* What the goroutine does after its step ended with @res: a panic that
 * reached its bottom first calls the values' Error or String methods in
 * the goroutine (GOR_RUN_YIELD while they run); GOR_RUN_PANIC when the
 * run ends with it, with vm->method_repanic set if a method panicked. */
GorRunResult _gor_panic_print_step (GorVM *vm, GorG *g, GorRunResult res);
/* What the method of the @i-th value (the chain's, then the panic's)
 * returned; NULL if it has none. */
const GString *_gor_panic_print_text (GorG *g, guint i);
void           _gor_panic_print_free (GorG *g);
void           _gor_panic_print_visit (GorPanicPrint *pp, void (*visit) (gconstpointer p, gpointer data),
                                       gpointer       data);

/* gor-fmt.c */
void _gor_fmt_value (GorVM *vm, GString *out, GorType *type, GorValue v, char verb);
void _gor_fmt_print (GorVM *vm, GString *out, GorPrintSpec *spec, GorValue *args, guint n);
void _gor_fmt_printf (GorVM *vm, GString *out, const GorStr *format, GorPrintSpec *spec, GorValue *args,
                      guint n);
void _gor_fmt_panic_value (GorVM *vm, GString *out, GorIface *val);

G_END_DECLS

/* The @len bytes at @p inside @s's, as a string value: shared with @s as
 * s[i:j] is (a view when long enough, gor_str_sub) */
static inline GorValue
_gor_vm_sub_value (GorVM *vm, const GorStr *s, const char *p, gsize len)
{
  gsize    lo = (gsize) (p - gor_str_data (s));
  GorValue v;

  v.p = gor_str_sub (&vm->heap, s, lo, lo + len);
  return v;
}
